/**
 * Parsers for untrusted attribute and property values. Pure and DOM-free: each returns the value to
 * use plus whether the input was acceptable, so an element can fall back and warn once, never throw.
 */

/** The outcome of parsing one untrusted value. `valid` is false when the fallback was used for bad input. */
export interface Parsed<T> {
  value: T;
  valid: boolean;
}

/** Whether a value counts as "not given" (the attribute is absent or the property unset). */
export function isUnset(input: unknown): input is null | undefined {
  return input === null || input === undefined;
}

/**
 * Picks `input` when it is one of `allowed`, after trimming and lower-casing a string.
 * Unset → the fallback (valid); anything else → the fallback (invalid).
 */
export function parseEnum<T extends string>(
  input: unknown,
  allowed: readonly T[],
  fallback: T,
): Parsed<T> {
  if (isUnset(input)) return { value: fallback, valid: true };
  if (typeof input !== 'string') return { value: fallback, valid: false };
  const wanted = input.trim().toLowerCase();
  const match = allowed.find((option) => option === wanted);
  return match === undefined ? { value: fallback, valid: false } : { value: match, valid: true };
}

/**
 * Reads a whole number within `[min, max]` from a number or a decimal string such as `"12"` or
 * `" 3 "`. Unset or an empty string → the fallback (valid); floats, other text, out-of-range
 * numbers, booleans and objects → the fallback (invalid).
 */
export function parseInteger(
  input: unknown,
  range: { min: number; max: number; fallback: number },
): Parsed<number> {
  const { min, max, fallback } = range;
  if (isUnset(input) || (typeof input === 'string' && input.trim() === '')) {
    return { value: fallback, valid: true };
  }
  let value: number;
  if (typeof input === 'number') {
    value = input;
  } else if (typeof input === 'string' && /^[+-]?\d+$/.test(input.trim())) {
    value = Number(input.trim());
  } else {
    return { value: fallback, valid: false };
  }
  // Written so that a missing bound (NaN comparison) also counts as out of range.
  if (!Number.isInteger(value) || !(value >= min && value <= max)) {
    return { value: fallback, valid: false };
  }
  return { value, valid: true };
}

/**
 * Splits a key list given as a comma- or whitespace-separated string, or as an array, into known
 * keys (deduplicated, in the order given) and unknown ones. Keys are trimmed and lower-cased.
 * Unset → `null` keys (use the default). Any other type → `null` keys and `invalid: true`.
 */
export function parseKeyList<T extends string>(
  input: unknown,
  allowed: readonly T[],
): { keys: T[] | null; unknown: string[]; invalid: boolean } {
  if (isUnset(input)) return { keys: null, unknown: [], invalid: false };
  let parts: unknown[];
  if (typeof input === 'string') {
    parts = input.split(/[\s,]+/);
  } else if (Array.isArray(input)) {
    parts = input;
  } else {
    return { keys: null, unknown: [], invalid: true };
  }
  const keys: T[] = [];
  const unknown: string[] = [];
  for (const part of parts) {
    const key = typeof part === 'string' ? part.trim().toLowerCase() : String(part);
    if (key === '') continue;
    const match = allowed.find((option) => option === key);
    if (match === undefined) {
      if (!unknown.includes(key)) unknown.push(key);
    } else if (!keys.includes(match)) {
      keys.push(match);
    }
  }
  return { keys, unknown, invalid: false };
}

/**
 * Accepts a link only when it is relative or uses `http:`, `https:`, `mailto:` or `tel:`.
 * Returns the trimmed URL, or `null` for anything else (`javascript:`, `data:`, control
 * characters, non-strings). `base` resolves relative links for the scheme check only.
 */
export function safeUrl(input: unknown, base = 'https://example.invalid/'): string | null {
  if (typeof input !== 'string') return null;
  const url = input.trim();
  // Control characters and whitespace inside a URL are a classic way to hide a scheme.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (url === '' || /[\u0000-\u001f\u007f\s\\]/.test(url)) return null;
  // A lone surrogate is not text: the browser cannot follow such a link.
  if (/\p{Cs}/u.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return null;
  }
  return ['http:', 'https:', 'mailto:', 'tel:'].includes(parsed.protocol) ? url : null;
}

/**
 * Any value as text, as `String()` writes it; '' for a value `String()` cannot write (an object
 * without a prototype, or whose `toString` throws). For clinic text given as a property. Never
 * throws.
 */
export function toText(input: unknown): string {
  if (typeof input === 'string') return input;
  try {
    return String(input);
  } catch {
    return '';
  }
}

/** Allowed heading levels for an element's heading, and the default. */
export const HEADING_LEVEL = { min: 2, max: 6, fallback: 2 } as const;
/** The heading levels allowed, for messages and docs. */
export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
/** A heading level from 2 to 6. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Reads a `heading-level` attribute; anything but a whole number from 2 to 6 gives 2. */
export function resolveHeadingLevel(input: unknown): Parsed<HeadingLevel> {
  return parseInteger(input, HEADING_LEVEL) as Parsed<HeadingLevel>;
}

/**
 * The text of an element's heading, or `null` for no heading: a heading that is empty or only
 * spaces is none (no empty heading element). Any value is read as text.
 */
export function headingText(value: unknown): string | null {
  const text = toText(value);
  return text.trim() === '' ? null : text;
}

/**
 * The level of the headings below an element's own heading: one level under it (at most 6), or
 * the element's level itself when its heading is turned off, so the page outline never skips.
 */
export function levelBelow(level: HeadingLevel, headingShown: boolean): HeadingLevel {
  return headingShown ? (Math.min(level + 1, 6) as HeadingLevel) : level;
}
