/**
 * Cleaning the self-check's input: the `checks` a clinic switches on, untrusted answers from a
 * host page or storage, and the counts a person types. No function here throws, on any input.
 */

import {
  ALWAYS_ASKED,
  CHECK_KEYS,
  COMMITMENTS,
  LIMITS,
  OUTCOMES,
  PRIOR_TREATMENTS,
  SAFETY_KEYS,
  type AlwaysAskedKey,
  type CandidacyAnswers,
  type CheckKey,
  type Outcome,
  type SafetyAnswers,
  type SafetyKey,
} from './types.js';

/** What {@link parseChecks} returns. */
export interface ParsedChecks {
  /** The active checks, deduplicated, in {@link CHECK_KEYS} order. */
  checks: CheckKey[];
  /**
   * Always-asked keys (`adult`, `safety`) the input named, deduplicated, in {@link ALWAYS_ASKED}
   * order: accepted from older markup, but they switch nothing.
   */
  alwaysAsked: AlwaysAskedKey[];
  /** Tokens that are not check keys, trimmed and deduplicated, in the order given. */
  unknown: string[];
  /** True when the input was of an unusable type (all checks are then active). */
  invalid: boolean;
}

/** What {@link sanitizeAnswers} returns. */
export interface SanitizedAnswers {
  /** A fresh plain object holding only the valid fields. */
  answers: CandidacyAnswers;
  /** Paths of the dropped fields, e.g. `headacheDays`, `safety.pregnant`, `colour`, or `answers`. */
  rejected: string[];
}

/**
 * The count fields of {@link CandidacyAnswers}, the answers that are whole numbers within their
 * {@link LIMITS} range. The one list of them, for everything that handles the number inputs.
 */
export const COUNT_FIELDS = [
  'headacheDays',
  'months',
  'painRelieverDays',
  'triptanDays',
  'preventivesTried',
] as const;

/** One count field of {@link CandidacyAnswers} (see {@link COUNT_FIELDS}). */
export type CountField = (typeof COUNT_FIELDS)[number];

type BooleanField = 'adult' | 'longHeadaches';
const BOOLEAN_FIELDS: readonly BooleanField[] = ['adult', 'longHeadaches'];
const ANSWER_FIELDS: readonly (keyof CandidacyAnswers)[] = [
  ...COUNT_FIELDS,
  ...BOOLEAN_FIELDS,
  'priorTreatment',
  'commitment',
  'safety',
];
/** Stands in for a read that was not attempted (unknown key) or threw. */
const NOT_READ = { ok: false } as const;

/** Whether `list` contains `value`, narrowing it to the list's element type. */
function includes<T extends string>(list: readonly T[], value: unknown): value is T {
  return (list as readonly unknown[]).includes(value);
}

/** Whether `value` is one of {@link CHECK_KEYS}. */
export function isCheckKey(value: unknown): value is CheckKey {
  return includes(CHECK_KEYS, value);
}

/** Whether `value` is one of {@link OUTCOMES}. */
export function isOutcome(value: unknown): value is Outcome {
  return includes(OUTCOMES, value);
}

function allChecks(invalid: boolean): ParsedChecks {
  return { checks: [...CHECK_KEYS], alwaysAsked: [], unknown: [], invalid };
}

function tokens(text: string): string[] {
  return text.split(/[\s,]+/).filter((token) => token !== '');
}

/**
 * Parses the `checks` attribute/property: a comma- or space-separated string, or an array of such
 * strings. Keys match case-insensitively; `adult` and `safety` (always asked) are returned in
 * `alwaysAsked`; anything else in `unknown` (trimmed, deduplicated). `null`/`undefined` → all
 * checks (the default). An empty or blank string, or an empty array → no switchable checks. Any other type (or an unreadable array) → all checks and
 * `invalid: true`; non-string array items are skipped and also set `invalid`. The returned keys
 * are deduplicated and in {@link CHECK_KEYS} order. Never throws.
 */
export function parseChecks(input: unknown): ParsedChecks {
  if (input === null || input === undefined) return allChecks(false);
  try {
    let invalid = false;
    let words: string[];
    if (typeof input === 'string') {
      words = tokens(input);
    } else if (Array.isArray(input)) {
      words = [];
      for (const item of input as unknown[]) {
        if (typeof item === 'string') words.push(...tokens(item));
        else invalid = true;
      }
    } else {
      return allChecks(true);
    }
    const found = new Set<string>();
    const unknown: string[] = [];
    for (const word of words) {
      const key = word.toLowerCase();
      if (isCheckKey(key) || includes(ALWAYS_ASKED, key)) found.add(key);
      else if (!unknown.includes(word)) unknown.push(word);
    }
    return {
      checks: CHECK_KEYS.filter((key) => found.has(key)),
      alwaysAsked: ALWAYS_ASKED.filter((key) => found.has(key)),
      unknown,
      invalid,
    };
  } catch {
    return allChecks(true);
  }
}

/** Own enumerable string keys of an untrusted object, or `null` when they cannot be read. */
function readKeys(value: unknown): string[] | null {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    return Object.keys(value);
  } catch {
    return null;
  }
}

/** Reads one property of an untrusted object; `{ ok: false }` when the read throws. */
function readValue(source: object, key: string): { ok: true; value: unknown } | typeof NOT_READ {
  try {
    return { ok: true, value: (source as Record<string, unknown>)[key] };
  } catch {
    return NOT_READ;
  }
}

function isCount(value: unknown, range: { min: number; max: number }): value is number {
  return (
    typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max
  );
}

/** Validates a `safety` object; `null` when it is not an object at all. */
function sanitizeSafety(value: unknown, rejected: string[]): SafetyAnswers | null {
  const keys = readKeys(value);
  if (keys === null) return null;
  const safety: SafetyAnswers = {};
  for (const key of keys) {
    const read = includes(SAFETY_KEYS, key) ? readValue(value as object, key) : NOT_READ;
    if (!read.ok) {
      rejected.push(`safety.${key}`);
    } else if (typeof read.value === 'boolean') {
      safety[key as SafetyKey] = read.value;
    } else if (read.value !== undefined && read.value !== null) {
      rejected.push(`safety.${key}`);
    }
  }
  return safety;
}

/**
 * Validates untrusted `answers` (e.g. from a host page or JSON) field by field: keeps each valid
 * field and drops each invalid one — wrong type, non-integer (including `NaN` and `±Infinity`), out
 * of range, unknown enum value, unknown key, non-object `safety`, non-boolean safety flag, or a
 * property whose getter throws — reporting the dropped field paths (e.g. `headacheDays`,
 * `safety.pregnant`, `colour`). A field that is `undefined` or `null` counts as unanswered and is
 * neither kept nor reported (unless its key is unknown). A non-object input (array, string,
 * number, function) or one whose keys cannot be read → empty answers and rejected `['answers']`;
 * `null`/`undefined` → empty answers, nothing rejected. Only own enumerable string keys are read,
 * and only known keys' values. Never throws; returns a fresh plain object (a `__proto__` key is
 * reported as unknown, never copied).
 */
export function sanitizeAnswers(input: unknown): SanitizedAnswers {
  const answers: CandidacyAnswers = {};
  const rejected: string[] = [];
  if (input === null || input === undefined) return { answers, rejected };
  const keys = readKeys(input);
  if (keys === null) return { answers, rejected: ['answers'] };
  const source = input as object;
  for (const key of keys) {
    const read = includes(ANSWER_FIELDS, key) ? readValue(source, key) : NOT_READ;
    if (!read.ok) {
      rejected.push(key);
      continue;
    }
    const value = read.value;
    if (value === undefined || value === null) continue;
    let valid = true;
    if (key === 'safety') {
      const safety = sanitizeSafety(value, rejected);
      if (safety === null) valid = false;
      else answers.safety = safety;
    } else if (includes(COUNT_FIELDS, key)) {
      // `+ 0` turns -0 into 0.
      if (isCount(value, LIMITS[key])) answers[key] = value + 0;
      else valid = false;
    } else if (includes(BOOLEAN_FIELDS, key)) {
      if (typeof value === 'boolean') answers[key] = value;
      else valid = false;
    } else if (key === 'priorTreatment') {
      if (includes(PRIOR_TREATMENTS, value)) answers.priorTreatment = value;
      else valid = false;
    } else if (includes(COMMITMENTS, value)) {
      answers.commitment = value;
    } else {
      valid = false;
    }
    if (!valid) rejected.push(key);
  }
  return { answers, rejected };
}

/**
 * Parses a count a person typed: a trimmed, plain decimal integer (ASCII digits only, no sign,
 * decimal point or exponent) within `[min, max]` → the number; anything else → `null`.
 * For example with 0–31: `" 12 "` → 12, `"007"` → 7; `""`, `"3.5"`, `"1e1"`, `"-1"`, `"+1"`,
 * `"32"` → `null`. Never throws (a non-string `text` → `null`).
 */
export function parseCount(text: string, min: number, max: number): number | null {
  if (typeof text !== 'string') return null;
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : null;
}
