/**
 * Candidacy self-check logic for "Botox for migraines": which answers a person gives, which
 * criteria they meet, and the overall outcome. Pure and DOM-free, and no function here throws, on
 * any input: untrusted values are validated first and the worst case is "unknown" / "incomplete".
 *
 * This is an information aid, not a diagnosis: every outcome is phrased for a conversation with a
 * clinician, and "likely" only means none of the checked criteria speaks against the treatment.
 */

import { addDays, isIsoDate } from './schedule.js';

/**
 * The checks a clinic can switch off with `checks`, in their canonical order (both are on by
 * default): how long headaches last, and pain medicine use.
 */
export const CHECK_KEYS = ['duration', 'overuse'] as const;

/** One clinic-switchable clinical check. */
export type CheckKey = (typeof CHECK_KEYS)[number];

/**
 * Checks that are always asked and cannot be switched off: age (the medicine is for adults) and
 * the safety points (some rule the treatment out). Older markup listed them in `checks`; they are
 * still accepted there, and reported in {@link ParsedChecks.alwaysAsked}.
 */
export const ALWAYS_ASKED = ['adult', 'safety'] as const;

/** A check that is always asked (see {@link ALWAYS_ASKED}). */
export type AlwaysAskedKey = (typeof ALWAYS_ASKED)[number];

/** Answers to "Have other preventive treatments helped?" */
export const PRIOR_TREATMENTS = ['not-helped', 'side-effects', 'helped', 'not-tried'] as const;

/**
 * An answer about earlier preventive treatment: `not-helped` (tried, did not help enough),
 * `side-effects` (could not continue because of side effects), `helped`, or `not-tried`.
 */
export type PriorTreatment = (typeof PRIOR_TREATMENTS)[number];

/** Answers to "Can you come back for injections about every 12 weeks?" */
export const COMMITMENTS = ['yes', 'unsure', 'no'] as const;

/** An answer about committing to repeat appointments. */
export type Commitment = (typeof COMMITMENTS)[number];

/**
 * Safety flags, in their canonical order: allergy to any botulinum toxin product; skin infection
 * where the injections would go; a nerve–muscle disorder (myasthenia gravis, ALS, Lambert-Eaton);
 * breathing, swallowing or bleeding problems; pregnant or breastfeeding; any botulinum toxin in
 * the last 4 months.
 */
export const SAFETY_KEYS = [
  'allergy',
  'skinInfection',
  'neuromuscular',
  'breathingBleeding',
  'pregnant',
  'recentToxin',
] as const;

/** One safety flag. */
export type SafetyKey = (typeof SAFETY_KEYS)[number];

/** Safety answers: once the object is present, a missing flag counts as `false`. */
export type SafetyAnswers = Partial<Record<SafetyKey, boolean>>;

/**
 * What a safety flag means for the treatment, following the product label: a contraindication or
 * pregnancy (`not-met`: not suitable, or not now), or a caution to talk through with the doctor
 * first (`discuss`). Each flag has its own reason code, and so its own explanation.
 */
export const SAFETY_RULES: Readonly<
  Record<SafetyKey, { status: 'not-met' | 'discuss'; reason: ReasonCode }>
> = {
  allergy: { status: 'not-met', reason: 'toxin-allergy' },
  skinInfection: { status: 'not-met', reason: 'skin-infection' },
  pregnant: { status: 'not-met', reason: 'pregnancy' },
  neuromuscular: { status: 'discuss', reason: 'neuromuscular' },
  breathingBleeding: { status: 'discuss', reason: 'breathing-bleeding' },
  recentToxin: { status: 'discuss', reason: 'recent-toxin' },
};

/** Everything the self-check can ask. Every field is optional: a missing field is unanswered. */
export interface CandidacyAnswers {
  /** Headache days a month, an integer 0–31. */
  headacheDays?: number;
  /** How many months the pattern has lasted, an integer 0–600. */
  months?: number;
  /** What earlier preventive treatment did. */
  priorTreatment?: PriorTreatment;
  /**
   * How many different preventive medicines were tried, an integer 0–20. Asked, and used, only
   * when `priorTreatment` is `not-helped` or `side-effects`.
   */
  preventivesTried?: number;
  /** Whether repeat appointments about every 12 weeks are possible. */
  commitment?: Commitment;
  /** 18 or older. */
  adult?: boolean;
  /** Headaches last 4 hours or more on headache days. */
  longHeadaches?: boolean;
  /** Days a month with simple pain relievers, an integer 0–31. */
  painRelieverDays?: number;
  /** Days a month with triptans, ergots, opioids or combination painkillers, an integer 0–31. */
  triptanDays?: number;
  /** Safety flags; absent means the safety question is unanswered. */
  safety?: SafetyAnswers;
}

/** Every criterion, in the order results are listed. */
export const CRITERION_IDS = [
  'chronic-migraine',
  'prior-treatment',
  'commitment',
  'adult',
  'duration',
  'overuse',
  'safety',
] as const;

/** One criterion. `adult`, `duration`, `overuse` and `safety` share their names with the checks. */
export type CriterionId = (typeof CRITERION_IDS)[number];

/** Every criterion status. */
export const CRITERION_STATUSES = ['met', 'not-met', 'discuss', 'unknown'] as const;

/**
 * How one criterion came out: `met`, `not-met` (speaks against the treatment), `discuss` (raise it
 * with the clinician) or `unknown` (not answered yet).
 */
export type CriterionStatus = (typeof CRITERION_STATUSES)[number];

/**
 * Every reason code. Each criterion result carries exactly one, so a UI can show one explanation
 * per result; `unanswered` is shared by every criterion whose status is `unknown`.
 */
export const REASON_CODES = [
  'chronic',
  'too-few-days',
  'too-recent',
  'treatment-not-helped',
  'treatment-side-effects',
  'treatment-helps',
  'try-others-first',
  'fewer-than-three',
  'committed',
  'unsure-commitment',
  'no-commitment',
  'adult',
  'under-18',
  'long-headaches',
  'short-headaches',
  'no-overuse',
  'possible-overuse',
  'combined-overuse',
  'no-safety-flags',
  'toxin-allergy',
  'skin-infection',
  'pregnancy',
  'neuromuscular',
  'breathing-bleeding',
  'recent-toxin',
  'unanswered',
] as const;

/** Why a criterion has its status; see {@link CRITERION_REASONS} for which codes each one uses. */
export type ReasonCode = (typeof REASON_CODES)[number];

/** The reason codes each criterion can produce (every criterion can also be `unanswered`). */
export const CRITERION_REASONS: Readonly<Record<CriterionId, readonly ReasonCode[]>> = {
  'chronic-migraine': ['chronic', 'too-few-days', 'too-recent', 'unanswered'],
  'prior-treatment': [
    'treatment-not-helped',
    'treatment-side-effects',
    'treatment-helps',
    'try-others-first',
    'fewer-than-three',
    'unanswered',
  ],
  commitment: ['committed', 'unsure-commitment', 'no-commitment', 'unanswered'],
  adult: ['adult', 'under-18', 'unanswered'],
  duration: ['long-headaches', 'short-headaches', 'unanswered'],
  overuse: ['no-overuse', 'possible-overuse', 'combined-overuse', 'unanswered'],
  safety: [
    'no-safety-flags',
    'toxin-allergy',
    'skin-infection',
    'pregnancy',
    'neuromuscular',
    'breathing-bleeding',
    'recent-toxin',
    'unanswered',
  ],
};

/**
 * The result for one criterion. `flags` is present only on a safety result with raised flags;
 * its `status` and `reason` are then those of the most serious flag (see {@link SAFETY_RULES}).
 */
export interface CriterionResult {
  /** Which criterion. */
  id: CriterionId;
  /** How it came out. */
  status: CriterionStatus;
  /** Why, for picking an explanation. */
  reason: ReasonCode;
  /**
   * The safety flags answered `true`, the ones that rule the treatment out (`not-met`) first,
   * each group in {@link SAFETY_KEYS} order. Each has its own reason in {@link SAFETY_RULES}.
   */
  flags?: SafetyKey[];
}

/** Every outcome. */
export const OUTCOMES = ['likely', 'discuss', 'unlikely', 'incomplete'] as const;

/**
 * The overall outcome: `incomplete` if any active criterion is unknown; else `unlikely` if any is
 * not met; else `discuss` if any needs discussing; else `likely`.
 */
export type Outcome = (typeof OUTCOMES)[number];

/** The overall result: the outcome plus one result per active criterion, in {@link CRITERION_IDS} order. */
export interface CandidacyResult {
  /** The overall outcome. */
  outcome: Outcome;
  /** Per-criterion results; inactive checks are omitted. */
  criteria: CriterionResult[];
}

/** Valid ranges for the counts, and the clinical thresholds. */
export const LIMITS = {
  headacheDays: { min: 0, max: 31 },
  months: { min: 0, max: 600 },
  painRelieverDays: { min: 0, max: 31 },
  triptanDays: { min: 0, max: 31 },
  preventivesTried: { min: 0, max: 20 },
  /** Headache days a month from which migraine counts as chronic. */
  chronicDays: 15,
  /** Months the pattern must have lasted to count as chronic. */
  chronicMonths: 3,
  /** Days a month of simple pain relievers from which overuse is possible. */
  painRelieverOveruseDays: 15,
  /** Days a month of triptans, ergots, opioids or combination painkillers from which overuse is possible. */
  triptanOveruseDays: 10,
  /** Days a month of both kinds together (each used) from which overuse is possible (ICHD-3 8.2.6). */
  combinedOveruseDays: 10,
  /** Preventive medicines tried from which the usual funding rule is met (NICE TA260). */
  preventivesNeeded: 3,
} as const;

/** The questions, in the order they are asked. */
export const QUESTION_IDS = [
  'headache-days',
  'months',
  'duration',
  'prior-treatment',
  'overuse',
  'commitment',
  'adult',
  'safety',
] as const;

/** One question of the self-check. */
export type QuestionId = (typeof QUESTION_IDS)[number];

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

type CountField =
  'headacheDays' | 'months' | 'painRelieverDays' | 'triptanDays' | 'preventivesTried';
type BooleanField = 'adult' | 'longHeadaches';

const COUNT_FIELDS: readonly CountField[] = [
  'headacheDays',
  'months',
  'painRelieverDays',
  'triptanDays',
  'preventivesTried',
];
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

function result(id: CriterionId, status: CriterionStatus, reason: ReasonCode): CriterionResult {
  return { id, status, reason };
}

const UNANSWERED = 'unanswered';

function chronicMigraine(answers: CandidacyAnswers): CriterionResult {
  const id = 'chronic-migraine';
  const { headacheDays, months } = answers;
  if (headacheDays === undefined || months === undefined) return result(id, 'unknown', UNANSWERED);
  if (headacheDays < LIMITS.chronicDays) return result(id, 'not-met', 'too-few-days');
  if (months < LIMITS.chronicMonths) return result(id, 'not-met', 'too-recent');
  return result(id, 'met', 'chronic');
}

/** Whether the answer to `priorTreatment` asks how many preventive medicines were tried. */
export function asksPreventivesCount(answer: PriorTreatment | undefined): boolean {
  return answer === 'not-helped' || answer === 'side-effects';
}

function priorTreatment(answers: CandidacyAnswers): CriterionResult {
  const id = 'prior-treatment';
  const tried = answers.preventivesTried;
  switch (answers.priorTreatment) {
    case 'not-helped':
    case 'side-effects':
      // Saved answers from before the count was asked have none: the question is unanswered.
      if (tried === undefined) return result(id, 'unknown', UNANSWERED);
      if (tried === 0) return result(id, 'not-met', 'try-others-first');
      if (tried < LIMITS.preventivesNeeded) return result(id, 'discuss', 'fewer-than-three');
      return answers.priorTreatment === 'not-helped'
        ? result(id, 'met', 'treatment-not-helped')
        : result(id, 'met', 'treatment-side-effects');
    case 'helped':
      return result(id, 'not-met', 'treatment-helps');
    case 'not-tried':
      return result(id, 'not-met', 'try-others-first');
    default:
      return result(id, 'unknown', UNANSWERED);
  }
}

function commitment(answers: CandidacyAnswers): CriterionResult {
  const id = 'commitment';
  switch (answers.commitment) {
    case 'yes':
      return result(id, 'met', 'committed');
    case 'unsure':
      return result(id, 'discuss', 'unsure-commitment');
    case 'no':
      return result(id, 'not-met', 'no-commitment');
    default:
      return result(id, 'unknown', UNANSWERED);
  }
}

function yesNo(
  id: CriterionId,
  answer: boolean | undefined,
  yes: ReasonCode,
  no: ReasonCode,
): CriterionResult {
  if (answer === undefined) return result(id, 'unknown', UNANSWERED);
  return answer ? result(id, 'met', yes) : result(id, 'not-met', no);
}

function overuse(answers: CandidacyAnswers): CriterionResult {
  const id = 'overuse';
  const { painRelieverDays, triptanDays } = answers;
  if (
    (painRelieverDays !== undefined && painRelieverDays >= LIMITS.painRelieverOveruseDays) ||
    (triptanDays !== undefined && triptanDays >= LIMITS.triptanOveruseDays)
  ) {
    return result(id, 'discuss', 'possible-overuse');
  }
  if (painRelieverDays === undefined || triptanDays === undefined) {
    return result(id, 'unknown', UNANSWERED);
  }
  // Both kinds, neither over its own limit, on 10 or more days together (ICHD-3 8.2.6). A day
  // with both counts twice, so this errs towards a talk with the doctor.
  if (
    painRelieverDays > 0 &&
    triptanDays > 0 &&
    painRelieverDays + triptanDays >= LIMITS.combinedOveruseDays
  ) {
    return result(id, 'discuss', 'combined-overuse');
  }
  return result(id, 'met', 'no-overuse');
}

function safety(answers: CandidacyAnswers): CriterionResult {
  const id = 'safety';
  const flags = answers.safety;
  if (flags === undefined) return result(id, 'unknown', UNANSWERED);
  const raised = SAFETY_KEYS.filter((key) => flags[key] === true);
  if (raised.length === 0) return result(id, 'met', 'no-safety-flags');
  const serious = raised.filter((key) => SAFETY_RULES[key].status === 'not-met');
  const ordered = [...serious, ...raised.filter((key) => !serious.includes(key))];
  const { status, reason } = SAFETY_RULES[ordered[0]];
  return { ...result(id, status, reason), flags: ordered };
}

/**
 * The valid answers, where a safety answer with any unusable flag counts as unanswered: a flag that
 * cannot be read must never turn into "does not apply".
 */
function safeAnswers(answers: unknown): CandidacyAnswers {
  const { answers: clean, rejected } = sanitizeAnswers(answers);
  if (rejected.some((path) => path.startsWith('safety'))) delete clean.safety;
  return clean;
}

/** Combines criterion statuses into the overall outcome (see {@link Outcome}). */
export function outcomeOf(statuses: readonly CriterionStatus[]): Outcome {
  if (statuses.includes('unknown')) return 'incomplete';
  if (statuses.includes('not-met')) return 'unlikely';
  if (statuses.includes('discuss')) return 'discuss';
  return 'likely';
}

/**
 * Evaluates answers against the criteria. Results are listed in {@link CRITERION_IDS} order and
 * switched-off checks are omitted (their answers are ignored); age and safety are always
 * evaluated. `checks` defaults to both switchable checks and is read with {@link parseChecks}
 * (`adult` and `safety` in it change nothing). The answers are passed through
 * {@link sanitizeAnswers} first, so an invalid field (say 32 headache days) counts as unanswered,
 * and so does a safety answer with any invalid flag.
 * Never throws.
 */
export function evaluateCandidacy(
  answers: CandidacyAnswers,
  checks: readonly string[] = CHECK_KEYS,
): CandidacyResult {
  const clean = safeAnswers(answers);
  const active = parseChecks(checks).checks;
  const criteria: CriterionResult[] = [
    chronicMigraine(clean),
    priorTreatment(clean),
    commitment(clean),
    yesNo('adult', clean.adult, 'adult', 'under-18'),
  ];
  if (active.includes('duration')) {
    criteria.push(yesNo('duration', clean.longHeadaches, 'long-headaches', 'short-headaches'));
  }
  if (active.includes('overuse')) criteria.push(overuse(clean));
  criteria.push(safety(clean));
  return { outcome: outcomeOf(criteria.map((criterion) => criterion.status)), criteria };
}

/** How urgently each status asks for the reader's attention (lower first). */
const ATTENTION: Readonly<Record<CriterionStatus, number>> = {
  'not-met': 0,
  discuss: 1,
  unknown: 2,
  met: 3,
};

/**
 * The criteria of a {@link CandidacyResult} in the order a result lists them: the points that need
 * attention first (does not fit, then talk to the doctor, then unanswered, then fits), keeping
 * their given order within each status. Returns a new array and leaves the input as it is.
 */
export function byAttention(criteria: readonly CriterionResult[]): CriterionResult[] {
  return criteria
    .map((criterion, index) => ({ criterion, index }))
    .sort(
      (a, b) => ATTENTION[a.criterion.status] - ATTENTION[b.criterion.status] || a.index - b.index,
    )
    .map(({ criterion }) => criterion);
}

/** The check a question depends on; `null` when it is always asked. */
const QUESTION_CHECK: Readonly<Record<QuestionId, CheckKey | null>> = {
  'headache-days': null,
  months: null,
  duration: 'duration',
  'prior-treatment': null,
  overuse: 'overuse',
  commitment: null,
  adult: null,
  safety: null,
};

/**
 * The questions to ask, in order, for the given active checks: `duration` only with the
 * `duration` check and `overuse` with `overuse`; every other question (age and safety included)
 * always. `checks` is read with {@link parseChecks}, so unknown keys are ignored. Never throws.
 */
export function questionsFor(checks: readonly string[]): QuestionId[] {
  const active = parseChecks(checks).checks;
  return QUESTION_IDS.filter((question) => {
    const check = QUESTION_CHECK[question];
    return check === null || active.includes(check);
  });
}

/**
 * Whether a question has a valid answer in `answers` (after {@link sanitizeAnswers}): `overuse`
 * needs both counts, `safety` needs the safety object (its flags may be missing), and
 * `prior-treatment` needs the number of preventive medicines tried when the answer asks for it
 * (see {@link asksPreventivesCount}). An unknown question → `false`. Never throws.
 */
export function isAnswered(question: QuestionId, answers: CandidacyAnswers): boolean {
  const clean = safeAnswers(answers);
  switch (question) {
    case 'headache-days':
      return clean.headacheDays !== undefined;
    case 'months':
      return clean.months !== undefined;
    case 'duration':
      return clean.longHeadaches !== undefined;
    case 'prior-treatment':
      return (
        clean.priorTreatment !== undefined &&
        (!asksPreventivesCount(clean.priorTreatment) || clean.preventivesTried !== undefined)
      );
    case 'overuse':
      return clean.painRelieverDays !== undefined && clean.triptanDays !== undefined;
    case 'commitment':
      return clean.commitment !== undefined;
    case 'adult':
      return clean.adult !== undefined;
    case 'safety':
      return clean.safety !== undefined;
    default:
      return false;
  }
}

/**
 * Outcome-change tracker helper: true when the new outcome should fire a "complete" event — it
 * is a valid outcome other than `incomplete` and differs from the previous one.
 */
export function shouldAnnounceOutcome(previous: Outcome | undefined, next: Outcome): boolean {
  return isOutcome(next) && next !== 'incomplete' && next !== previous;
}

/** How many days the headache-day counter shows: today and the 29 days before. */
export const COUNTER_DAYS = 30;

/** Columns of the headache-day counter: one week per row. */
export const COUNTER_COLUMNS = 7;

/**
 * The `count` calendar days that end with `todayIso` (a `YYYY-MM-DD` date), oldest first, as
 * `YYYY-MM-DD` strings — date-only arithmetic from the schedule module, so no time zone or
 * daylight-saving change can shift a day. A malformed or impossible date, or a `count` that is not
 * a positive integer of at most 366 → `[]`. Never throws.
 */
export function lastDays(todayIso: string, count: number): string[] {
  if (!isIsoDate(todayIso) || !Number.isInteger(count) || count < 1 || count > 366) return [];
  return Array.from({ length: count }, (_, index) => addDays(todayIso, index - count + 1));
}

/**
 * Where focus goes in the headache-day counter, a grid of `count` days in rows of `columns`, when
 * `key` is pressed on day `index`: ArrowLeft/ArrowRight one day back/forward (swapped when `rtl`),
 * ArrowUp/ArrowDown one row (a week), Home/End the row's first/last day, and with `ctrl` the
 * grid's first/last day. Moves stop at the edges. Any other key → `null` (not handled).
 */
export function gridMove(
  index: number,
  key: string,
  options: { count: number; columns: number; rtl?: boolean; ctrl?: boolean },
): number | null {
  const { count, columns, rtl = false, ctrl = false } = options;
  const last = count - 1;
  const rowStart = index - (index % columns);
  let next: number;
  switch (key) {
    case 'ArrowLeft':
      next = index + (rtl ? 1 : -1);
      break;
    case 'ArrowRight':
      next = index + (rtl ? -1 : 1);
      break;
    case 'ArrowUp':
      next = index - columns;
      break;
    case 'ArrowDown':
      next = index + columns;
      break;
    case 'Home':
      next = ctrl ? 0 : rowStart;
      break;
    case 'End':
      next = ctrl ? last : Math.min(rowStart + columns - 1, last);
      break;
    default:
      return null;
  }
  return next < 0 || next > last ? index : next;
}

/** One criterion in a {@link summaryText}, already translated. */
export interface SummaryCriterion {
  /** What the criterion is about, e.g. "Headache days". */
  label: string;
  /** Its status word, e.g. "Met". */
  status: string;
  /** The explanation of its reason ('' when its details explain it instead). */
  reason: string;
  /** Items listed under the explanation (the raised safety points). */
  details?: readonly string[];
}

/** The already-translated pieces of a {@link summaryText}. */
export interface SummaryParts {
  /** The first line. */
  title: string;
  /** The heading of the answers. */
  answersHeading: string;
  /** Each answer as `[question label, answer]`; an answer may list several items. */
  answers: ReadonlyArray<readonly [string, string | readonly string[]]>;
  /** The heading of the result. */
  resultHeading: string;
  /** The outcome headline. */
  outcome: string;
  /** The short explanation of the outcome. */
  explanation: string;
  /** One entry per criterion. */
  criteria: readonly SummaryCriterion[];
  /** The closing note (not a diagnosis; the clinic decides). */
  note: string;
}

/**
 * The plain-text summary a person copies to bring to the consultation: title, answers, result
 * and closing note, one item per line, lists as `- ` lines (nested items indented). Builds only
 * from the given translated pieces; no wording of its own besides punctuation. Never throws.
 */
export function summaryText(parts: SummaryParts): string {
  const lines = [parts.title, '', parts.answersHeading];
  for (const [label, answer] of parts.answers) {
    if (typeof answer === 'string') {
      lines.push(`- ${label}: ${answer}`);
    } else {
      lines.push(`- ${label}:`, ...answer.map((item) => `  - ${item}`));
    }
  }
  lines.push('', `${parts.resultHeading}: ${parts.outcome}`, parts.explanation);
  for (const criterion of parts.criteria) {
    const reason = criterion.reason ? ` ${criterion.reason}` : '';
    lines.push(`- ${criterion.label}: ${criterion.status}.${reason}`);
    for (const item of criterion.details ?? []) lines.push(`  - ${item}`);
  }
  lines.push('', parts.note);
  return lines.join('\n');
}
