/**
 * Pure helpers for clinic-supplied wording: validating message objects (from JSON, a CMS, a
 * script tag) and filling their `{0}`-style placeholders. DOM-free.
 */

/** Fills `{0}`, `{1}`, … with values (it lives in the leaf, msg.ts, which `msg` uses). */
export { fillPlaceholders } from './msg.js';

/** A language's wording: message id → text. Placeholders are written `{0}`, `{1}`, … */
export type Messages = Record<string, string>;

/** The outcome of checking an untrusted messages object. */
export interface CheckedMessages {
  messages: Messages;
  /** Ids whose value was not a string, or keys that cannot be ids (e.g. `__proto__`). */
  rejected: string[];
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Keeps the string values of a plain object, in a fresh prototype-free object; reports the
 * rest. A non-object (or an array) gives no messages and `rejected: ['*']`. Never throws.
 */
export function checkMessages(input: unknown): CheckedMessages {
  const messages: Messages = Object.create(null) as Messages;
  const rejected: string[] = [];
  if (input === undefined || input === null) return { messages, rejected };
  let keys: string[];
  try {
    if (typeof input !== 'object' || Array.isArray(input)) throw new TypeError('not an object');
    keys = Object.keys(input);
  } catch {
    return { messages, rejected: ['*'] };
  }
  for (const key of keys) {
    let value: unknown;
    try {
      value = (input as Record<string, unknown>)[key];
    } catch {
      value = undefined;
    }
    if (typeof value === 'string' && !FORBIDDEN_KEYS.has(key) && key.trim() !== '') {
      messages[key] = value;
    } else {
      rejected.push(key);
    }
  }
  return { messages, rejected };
}

/** The placeholder numbers a message uses, e.g. `"{1} of {0}"` → `[1, 0]`. */
export function placeholdersOf(text: string): number[] {
  return [...text.matchAll(/\{(\d+)\}/g)].map((match) => Number(match[1]));
}

/**
 * Writes a source template's parts as one string with `{0}`, `{1}`, … where its expressions go:
 * how the documentation and clinics see a message with placeholders.
 */
export function placeholderText(strings: readonly string[]): string {
  return strings.reduce(
    (text, part, index) => (index === 0 ? part : `${text}{${index - 1}}${part}`),
    '',
  );
}
