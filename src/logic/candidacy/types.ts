/**
 * The candidacy self-check's vocabulary: the constant tables (checks, answers, safety flags and
 * their rules, criteria, reason codes, outcomes, limits, questions) and the types built on them.
 * Constants and types only, no logic.
 */

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
