/** The prefix every console message of the library starts with. */
export const LOG_PREFIX = '[botox-migraine-widgets]';

const warned = new WeakMap<object, Set<string>>();

/**
 * Writes a console warning once per `owner` and `key`: the same bad value set again stays quiet,
 * a different bad value warns again. Never throws.
 */
export function warnOnce(owner: object, key: string, message: string): void {
  let keys = warned.get(owner);
  if (!keys) {
    keys = new Set();
    warned.set(owner, keys);
  }
  if (keys.has(key)) return;
  keys.add(key);
  console.warn(`${LOG_PREFIX} ${message}`);
}

/** A short, safe description of any value for a console message (never throws). */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 80));
  return value !== null && typeof value === 'object' ? 'an object' : String(value as string);
}
