/** The prefix every console message of the library starts with. */
export const LOG_PREFIX = '[botox-migraine-widgets]';

/** Where an owner keeps the keys it has warned about (the same for every copy of the library). */
const WARNED = Symbol.for('botox-migraine-widgets/warned');

/**
 * Writes a console warning once per `owner` and `key`: the same bad value set again stays quiet,
 * a different bad value warns again. Never throws.
 */
export function warnOnce(owner: object, key: string, message: string): void {
  const keys = ((owner as Record<symbol, Set<string>>)[WARNED] ??= new Set());
  if (!keys.has(key)) {
    keys.add(key);
    console.warn(`${LOG_PREFIX} ${message}`);
  }
}

/** A short, safe description of any value for a console message (never throws). */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 80));
  return value !== null && typeof value === 'object' ? 'an object' : String(value as string);
}
