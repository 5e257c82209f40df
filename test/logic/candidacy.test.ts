import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  ALWAYS_ASKED,
  CHECK_KEYS,
  COMMITMENTS,
  CRITERION_IDS,
  CRITERION_REASONS,
  CRITERION_STATUSES,
  LIMITS,
  OUTCOMES,
  PRIOR_TREATMENTS,
  QUESTION_IDS,
  REASON_CODES,
  SAFETY_KEYS,
  SAFETY_RULES,
  COUNTER_COLUMNS,
  COUNTER_DAYS,
  asksPreventivesCount,
  byAttention,
  evaluateCandidacy,
  gridMove,
  isAnswered,
  isCheckKey,
  isOutcome,
  lastDays,
  outcomeOf,
  parseChecks,
  parseCount,
  questionsFor,
  sanitizeAnswers,
  shouldAnnounceOutcome,
  summaryText,
  type CandidacyAnswers,
  type CandidacyResult,
  type Commitment,
  type CriterionId,
  type CriterionResult,
  type CriterionStatus,
  type Outcome,
  type ParsedChecks,
  type PriorTreatment,
  type QuestionId,
  type ReasonCode,
  type SafetyAnswers,
  type SafetyKey,
} from '../../src/logic/candidacy.js';
import { LIKELY, OLD_SAVED_LIKELY } from '../fixtures/candidacy-answers.js';

/** Lets a test hand deliberately ill-typed input to a typed function. */
function untyped<T>(value: unknown): T {
  return value as T;
}

/** Answers that meet every criterion. */
const BASE: Readonly<CandidacyAnswers> = Object.freeze({
  headacheDays: 20,
  months: 6,
  priorTreatment: 'not-helped',
  preventivesTried: 3,
  commitment: 'yes',
  adult: true,
  longHeadaches: true,
  painRelieverDays: 0,
  triptanDays: 0,
  safety: Object.freeze({}),
});

/** The reason each criterion gives when it is met with {@link BASE}. */
const MET: Readonly<Record<CriterionId, ReasonCode>> = {
  'chronic-migraine': 'chronic',
  'prior-treatment': 'treatment-not-helped',
  commitment: 'committed',
  adult: 'adult',
  duration: 'long-headaches',
  overuse: 'no-overuse',
  safety: 'no-safety-flags',
};

/** `BASE` with fields replaced; a field set to `undefined` is removed. */
function withAnswers(changes: Record<string, unknown>): CandidacyAnswers {
  const answers: Record<string, unknown> = { ...BASE, ...changes };
  for (const key of Object.keys(changes)) if (changes[key] === undefined) delete answers[key];
  return answers as CandidacyAnswers;
}

type Expected = [CriterionStatus, ReasonCode] | [CriterionStatus, ReasonCode, SafetyKey[]];

const UNKNOWN: Expected = ['unknown', 'unanswered'];

// ---------------------------------------------------------------------------------------------
// An independent statement of the rules, written from the clinical facts (not from the code under
// test): the tables below and the property-based model use these, never SAFETY_RULES or LIMITS.
// ---------------------------------------------------------------------------------------------

/** The two clinic-switchable checks. Age and safety are never switchable. */
const SWITCHABLE = ['duration', 'overuse'] as const;

/** The safety flags in their canonical order. */
const FLAG_ORDER: readonly SafetyKey[] = [
  'allergy',
  'skinInfection',
  'neuromuscular',
  'breathingBleeding',
  'pregnant',
  'recentToxin',
];

/** What each flag means: a contraindication or pregnancy (not-met), or a caution (discuss). */
const FLAG_RULES: Readonly<Record<SafetyKey, readonly ['not-met' | 'discuss', ReasonCode]>> = {
  allergy: ['not-met', 'toxin-allergy'],
  skinInfection: ['not-met', 'skin-infection'],
  neuromuscular: ['discuss', 'neuromuscular'],
  breathingBleeding: ['discuss', 'breathing-bleeding'],
  pregnant: ['not-met', 'pregnancy'],
  recentToxin: ['discuss', 'recent-toxin'],
};

/** The safety result for a set of raised flags (in any order). */
function modelSafety(raised: readonly SafetyKey[]): Expected {
  const inOrder = FLAG_ORDER.filter((key) => raised.includes(key));
  if (inOrder.length === 0) return ['met', 'no-safety-flags'];
  const flags = [
    ...inOrder.filter((key) => FLAG_RULES[key][0] === 'not-met'),
    ...inOrder.filter((key) => FLAG_RULES[key][0] === 'discuss'),
  ];
  const [status, reason] = FLAG_RULES[flags[0]!];
  return [status, reason, flags];
}

/** The prior-treatment result: three preventives are needed; fewer than three is a talk. */
function modelPrior(answer: PriorTreatment | undefined, tried: number | undefined): Expected {
  if (answer === 'helped') return ['not-met', 'treatment-helps'];
  if (answer === 'not-tried') return ['not-met', 'try-others-first'];
  if (answer === undefined || tried === undefined) return UNKNOWN;
  if (tried === 0) return ['not-met', 'try-others-first'];
  if (tried <= 2) return ['discuss', 'fewer-than-three'];
  return ['met', answer === 'not-helped' ? 'treatment-not-helped' : 'treatment-side-effects'];
}

/** The overuse result: 15+ pain reliever days, 10+ triptan days, or both kinds on 10+ days. */
function modelOveruse(pain: number | undefined, triptan: number | undefined): Expected {
  if ((pain !== undefined && pain >= 15) || (triptan !== undefined && triptan >= 10)) {
    return ['discuss', 'possible-overuse'];
  }
  if (pain === undefined || triptan === undefined) return UNKNOWN;
  if (pain >= 1 && triptan >= 1 && pain + triptan >= 10) return ['discuss', 'combined-overuse'];
  return ['met', 'no-overuse'];
}

/** The outcome for a list of statuses. */
function modelOutcome(statuses: readonly CriterionStatus[]): Outcome {
  if (statuses.some((status) => status === 'unknown')) return 'incomplete';
  if (statuses.some((status) => status === 'not-met')) return 'unlikely';
  if (statuses.some((status) => status === 'discuss')) return 'discuss';
  return 'likely';
}

/** The switchable checks a `checks` array turns on (`undefined`: both). */
function switchedOn(checks: readonly string[] | undefined): Set<string> {
  if (checks === undefined) return new Set(SWITCHABLE);
  const words = checks.flatMap((item) => item.split(/[\s,]+/)).map((word) => word.toLowerCase());
  return new Set(SWITCHABLE.filter((key) => words.includes(key)));
}

function toResult(id: CriterionId, [status, reason, flags]: Expected): CriterionResult {
  return flags === undefined ? { id, status, reason } : { id, status, reason, flags };
}

/** The commitment result for each answer. */
const COMMITMENT_RESULTS: Readonly<Record<Commitment, Expected>> = {
  yes: ['met', 'committed'],
  unsure: ['discuss', 'unsure-commitment'],
  no: ['not-met', 'no-commitment'],
};

/** The whole evaluation of valid answers, from the rules above. */
function modelEvaluate(answers: CandidacyAnswers, checks?: readonly string[]): CandidacyResult {
  const on = switchedOn(checks);
  const { headacheDays, months } = answers;
  const yesNo = (value: boolean | undefined, yes: ReasonCode, no: ReasonCode): Expected =>
    value === undefined ? UNKNOWN : value ? ['met', yes] : ['not-met', no];
  const rows: [CriterionId, Expected][] = [
    [
      'chronic-migraine',
      headacheDays === undefined || months === undefined
        ? UNKNOWN
        : headacheDays < 15
          ? ['not-met', 'too-few-days']
          : months < 3
            ? ['not-met', 'too-recent']
            : ['met', 'chronic'],
    ],
    ['prior-treatment', modelPrior(answers.priorTreatment, answers.preventivesTried)],
    [
      'commitment',
      answers.commitment === undefined ? UNKNOWN : COMMITMENT_RESULTS[answers.commitment],
    ],
    ['adult', yesNo(answers.adult, 'adult', 'under-18')],
  ];
  if (on.has('duration')) {
    rows.push(['duration', yesNo(answers.longHeadaches, 'long-headaches', 'short-headaches')]);
  }
  if (on.has('overuse')) {
    rows.push(['overuse', modelOveruse(answers.painRelieverDays, answers.triptanDays)]);
  }
  const safety = answers.safety;
  rows.push([
    'safety',
    safety === undefined ? UNKNOWN : modelSafety(FLAG_ORDER.filter((key) => safety[key] === true)),
  ]);
  const criteria = rows.map(([id, expected]) => toResult(id, expected));
  return { outcome: modelOutcome(criteria.map((criterion) => criterion.status)), criteria };
}

// ---------------------------------------------------------------------------------------------
// Explicit tables.
// ---------------------------------------------------------------------------------------------

/** Each safety flag alone: its status, its own reason, and the outcome with otherwise-met answers. */
const FLAG_ALONE: [SafetyKey, 'not-met' | 'discuss', ReasonCode, Outcome][] = [
  ['allergy', 'not-met', 'toxin-allergy', 'unlikely'],
  ['skinInfection', 'not-met', 'skin-infection', 'unlikely'],
  ['pregnant', 'not-met', 'pregnancy', 'unlikely'],
  ['neuromuscular', 'discuss', 'neuromuscular', 'discuss'],
  ['breathingBleeding', 'discuss', 'breathing-bleeding', 'discuss'],
  ['recentToxin', 'discuss', 'recent-toxin', 'discuss'],
];

/** Every pair of flags (all 15), written out: the most serious flag leads. */
const FLAG_PAIRS: [SafetyKey, SafetyKey, Expected, Outcome][] = [
  [
    'allergy',
    'skinInfection',
    ['not-met', 'toxin-allergy', ['allergy', 'skinInfection']],
    'unlikely',
  ],
  [
    'allergy',
    'neuromuscular',
    ['not-met', 'toxin-allergy', ['allergy', 'neuromuscular']],
    'unlikely',
  ],
  [
    'allergy',
    'breathingBleeding',
    ['not-met', 'toxin-allergy', ['allergy', 'breathingBleeding']],
    'unlikely',
  ],
  ['allergy', 'pregnant', ['not-met', 'toxin-allergy', ['allergy', 'pregnant']], 'unlikely'],
  ['allergy', 'recentToxin', ['not-met', 'toxin-allergy', ['allergy', 'recentToxin']], 'unlikely'],
  [
    'skinInfection',
    'neuromuscular',
    ['not-met', 'skin-infection', ['skinInfection', 'neuromuscular']],
    'unlikely',
  ],
  [
    'skinInfection',
    'breathingBleeding',
    ['not-met', 'skin-infection', ['skinInfection', 'breathingBleeding']],
    'unlikely',
  ],
  [
    'skinInfection',
    'pregnant',
    ['not-met', 'skin-infection', ['skinInfection', 'pregnant']],
    'unlikely',
  ],
  [
    'skinInfection',
    'recentToxin',
    ['not-met', 'skin-infection', ['skinInfection', 'recentToxin']],
    'unlikely',
  ],
  [
    'neuromuscular',
    'breathingBleeding',
    ['discuss', 'neuromuscular', ['neuromuscular', 'breathingBleeding']],
    'discuss',
  ],
  [
    'neuromuscular',
    'pregnant',
    ['not-met', 'pregnancy', ['pregnant', 'neuromuscular']],
    'unlikely',
  ],
  [
    'neuromuscular',
    'recentToxin',
    ['discuss', 'neuromuscular', ['neuromuscular', 'recentToxin']],
    'discuss',
  ],
  [
    'breathingBleeding',
    'pregnant',
    ['not-met', 'pregnancy', ['pregnant', 'breathingBleeding']],
    'unlikely',
  ],
  [
    'breathingBleeding',
    'recentToxin',
    ['discuss', 'breathing-bleeding', ['breathingBleeding', 'recentToxin']],
    'discuss',
  ],
  ['pregnant', 'recentToxin', ['not-met', 'pregnancy', ['pregnant', 'recentToxin']], 'unlikely'],
];

/** Prior treatment that asks for the count, with each count: 0 → no, 1–2 → talk, 3+ → met. */
const PREVENTIVES_COUNTED: [PriorTreatment, number, Expected, Outcome][] = [
  ['not-helped', 0, ['not-met', 'try-others-first'], 'unlikely'],
  ['not-helped', 1, ['discuss', 'fewer-than-three'], 'discuss'],
  ['not-helped', 2, ['discuss', 'fewer-than-three'], 'discuss'],
  ['not-helped', 3, ['met', 'treatment-not-helped'], 'likely'],
  ['not-helped', 4, ['met', 'treatment-not-helped'], 'likely'],
  ['not-helped', 20, ['met', 'treatment-not-helped'], 'likely'],
  ['side-effects', 0, ['not-met', 'try-others-first'], 'unlikely'],
  ['side-effects', 1, ['discuss', 'fewer-than-three'], 'discuss'],
  ['side-effects', 2, ['discuss', 'fewer-than-three'], 'discuss'],
  ['side-effects', 3, ['met', 'treatment-side-effects'], 'likely'],
  ['side-effects', 4, ['met', 'treatment-side-effects'], 'likely'],
  ['side-effects', 20, ['met', 'treatment-side-effects'], 'likely'],
];

/** Prior treatment that does not ask for the count: the count, valid or not, changes nothing. */
const PREVENTIVES_IGNORED: [PriorTreatment, unknown, Expected][] = [
  ['helped', undefined, ['not-met', 'treatment-helps']],
  ['helped', 0, ['not-met', 'treatment-helps']],
  ['helped', 2, ['not-met', 'treatment-helps']],
  ['helped', 3, ['not-met', 'treatment-helps']],
  ['helped', 20, ['not-met', 'treatment-helps']],
  ['helped', 21, ['not-met', 'treatment-helps']],
  ['not-tried', undefined, ['not-met', 'try-others-first']],
  ['not-tried', 0, ['not-met', 'try-others-first']],
  ['not-tried', 2, ['not-met', 'try-others-first']],
  ['not-tried', 3, ['not-met', 'try-others-first']],
  ['not-tried', 20, ['not-met', 'try-others-first']],
  ['not-tried', '3', ['not-met', 'try-others-first']],
];

/** Counts that are not valid: rejected, so the question stays unanswered. */
const INVALID_PREVENTIVES: [string, unknown][] = [
  ['21', 21],
  ['-1', -1],
  ['2.5', 2.5],
  ['"3"', '3'],
  ['NaN', Number.NaN],
  ['Infinity', Infinity],
  ['true', true],
  ['[3]', [3]],
];

/** Pain reliever days, triptan days → overuse result (both counts valid unless noted). */
const OVERUSE: [number | undefined, number | undefined, Expected][] = [
  // No medicine, or one kind below its own threshold: no overuse.
  [0, 0, ['met', 'no-overuse']],
  [1, 0, ['met', 'no-overuse']],
  [0, 1, ['met', 'no-overuse']],
  [9, 0, ['met', 'no-overuse']],
  [10, 0, ['met', 'no-overuse']],
  [12, 0, ['met', 'no-overuse']],
  [14, 0, ['met', 'no-overuse']],
  [0, 9, ['met', 'no-overuse']],
  // Both kinds, below 10 days together: no overuse.
  [1, 1, ['met', 'no-overuse']],
  [5, 4, ['met', 'no-overuse']],
  [4, 5, ['met', 'no-overuse']],
  [8, 1, ['met', 'no-overuse']],
  [1, 8, ['met', 'no-overuse']],
  // Both kinds, 10 or more days together, neither over its own threshold: combined overuse.
  [5, 5, ['discuss', 'combined-overuse']],
  [1, 9, ['discuss', 'combined-overuse']],
  [9, 1, ['discuss', 'combined-overuse']],
  [6, 4, ['discuss', 'combined-overuse']],
  [14, 1, ['discuss', 'combined-overuse']],
  [14, 9, ['discuss', 'combined-overuse']],
  // One kind at its own threshold: possible overuse, whatever the other count.
  [15, 0, ['discuss', 'possible-overuse']],
  [15, 9, ['discuss', 'possible-overuse']],
  [31, 0, ['discuss', 'possible-overuse']],
  [0, 10, ['discuss', 'possible-overuse']],
  [14, 10, ['discuss', 'possible-overuse']],
  [1, 10, ['discuss', 'possible-overuse']],
  [15, 10, ['discuss', 'possible-overuse']],
  [31, 31, ['discuss', 'possible-overuse']],
  [15, undefined, ['discuss', 'possible-overuse']],
  [undefined, 10, ['discuss', 'possible-overuse']],
  // A count missing and no threshold reached: unanswered (combined overuse is still possible).
  [14, undefined, UNKNOWN],
  [9, undefined, UNKNOWN],
  [0, undefined, UNKNOWN],
  [undefined, 9, UNKNOWN],
  [undefined, 0, UNKNOWN],
  [undefined, undefined, UNKNOWN],
];

interface EvaluationRow {
  name: string;
  answers: CandidacyAnswers;
  checks?: readonly string[];
  outcome: Outcome;
  /** Criteria that differ from "met with its MET reason"; every other active criterion is met. */
  changes?: Partial<Record<CriterionId, Expected>>;
}

/** The full expected criteria list: active criteria in order, met unless listed in `changes`. */
function expectedCriteria(
  checks: readonly string[] | undefined,
  changes: Partial<Record<CriterionId, Expected>>,
): CriterionResult[] {
  const on = switchedOn(checks);
  return CRITERION_IDS.filter(
    (id) => !(SWITCHABLE as readonly string[]).includes(id) || on.has(id),
  ).map((id) => toResult(id, changes[id] ?? ['met', MET[id]]));
}

const EVALUATION_ROWS: EvaluationRow[] = [
  // Everything met.
  { name: 'all criteria met', answers: BASE, outcome: 'likely' },

  // Headache days.
  {
    name: '0 headache days',
    answers: withAnswers({ headacheDays: 0 }),
    outcome: 'unlikely',
    changes: { 'chronic-migraine': ['not-met', 'too-few-days'] },
  },
  {
    name: '14 headache days',
    answers: withAnswers({ headacheDays: 14 }),
    outcome: 'unlikely',
    changes: { 'chronic-migraine': ['not-met', 'too-few-days'] },
  },
  { name: '15 headache days', answers: withAnswers({ headacheDays: 15 }), outcome: 'likely' },
  { name: '31 headache days', answers: withAnswers({ headacheDays: 31 }), outcome: 'likely' },
  {
    name: '32 headache days (rejected, so unknown)',
    answers: withAnswers({ headacheDays: 32 }),
    outcome: 'incomplete',
    changes: { 'chronic-migraine': UNKNOWN },
  },
  {
    name: '15.5 headache days (not an integer, so unknown)',
    answers: withAnswers({ headacheDays: 15.5 }),
    outcome: 'incomplete',
    changes: { 'chronic-migraine': UNKNOWN },
  },
  {
    name: 'headache days as a string (wrong type, so unknown)',
    answers: withAnswers({ headacheDays: '20' }),
    outcome: 'incomplete',
    changes: { 'chronic-migraine': UNKNOWN },
  },
  {
    name: 'headache days missing',
    answers: withAnswers({ headacheDays: undefined }),
    outcome: 'incomplete',
    changes: { 'chronic-migraine': UNKNOWN },
  },

  // Months.
  {
    name: '0 months',
    answers: withAnswers({ months: 0 }),
    outcome: 'unlikely',
    changes: { 'chronic-migraine': ['not-met', 'too-recent'] },
  },
  {
    name: '2 months',
    answers: withAnswers({ months: 2 }),
    outcome: 'unlikely',
    changes: { 'chronic-migraine': ['not-met', 'too-recent'] },
  },
  { name: '3 months', answers: withAnswers({ months: 3 }), outcome: 'likely' },
  { name: '600 months', answers: withAnswers({ months: 600 }), outcome: 'likely' },
  {
    name: '601 months (rejected, so unknown)',
    answers: withAnswers({ months: 601 }),
    outcome: 'incomplete',
    changes: { 'chronic-migraine': UNKNOWN },
  },
  {
    name: 'months missing',
    answers: withAnswers({ months: undefined }),
    outcome: 'incomplete',
    changes: { 'chronic-migraine': UNKNOWN },
  },
  {
    name: '14 days and 2 months: too few days is the reason given',
    answers: withAnswers({ headacheDays: 14, months: 2 }),
    outcome: 'unlikely',
    changes: { 'chronic-migraine': ['not-met', 'too-few-days'] },
  },
  {
    name: '14 days with months missing: unknown, not not-met',
    answers: withAnswers({ headacheDays: 14, months: undefined }),
    outcome: 'incomplete',
    changes: { 'chronic-migraine': UNKNOWN },
  },
  {
    name: '2 months with headache days missing: unknown, not not-met',
    answers: withAnswers({ headacheDays: undefined, months: 2 }),
    outcome: 'incomplete',
    changes: { 'chronic-migraine': UNKNOWN },
  },

  // Prior treatment, and how many preventive medicines were tried.
  ...PREVENTIVES_COUNTED.map(
    ([priorTreatment, preventivesTried, expected, outcome]): EvaluationRow => ({
      name: `prior treatment ${priorTreatment} after ${preventivesTried} preventives`,
      answers: withAnswers({ priorTreatment, preventivesTried }),
      outcome,
      changes: { 'prior-treatment': expected },
    }),
  ),
  ...(['not-helped', 'side-effects'] as const).map((priorTreatment): EvaluationRow => ({
    name: `prior treatment ${priorTreatment} without the number tried (old saved answers)`,
    answers: withAnswers({ priorTreatment, preventivesTried: undefined }),
    outcome: 'incomplete',
    changes: { 'prior-treatment': UNKNOWN },
  })),
  ...(['not-helped', 'side-effects'] as const).map((priorTreatment): EvaluationRow => ({
    name: `prior treatment ${priorTreatment} with the number tried null (unanswered)`,
    answers: withAnswers({ priorTreatment, preventivesTried: null }),
    outcome: 'incomplete',
    changes: { 'prior-treatment': UNKNOWN },
  })),
  ...(['not-helped', 'side-effects'] as const).flatMap((priorTreatment) =>
    INVALID_PREVENTIVES.map(([label, preventivesTried]): EvaluationRow => ({
      name: `prior treatment ${priorTreatment} with ${label} preventives (rejected, so unknown)`,
      answers: withAnswers({ priorTreatment, preventivesTried }),
      outcome: 'incomplete',
      changes: { 'prior-treatment': UNKNOWN },
    })),
  ),
  ...PREVENTIVES_IGNORED.map(([priorTreatment, preventivesTried, expected]): EvaluationRow => ({
    name: `prior treatment ${priorTreatment} with preventives ${JSON.stringify(preventivesTried) ?? 'missing'} (count ignored)`,
    answers: withAnswers({ priorTreatment, preventivesTried }),
    outcome: 'unlikely',
    changes: { 'prior-treatment': expected },
  })),
  {
    name: 'prior treatment missing',
    answers: withAnswers({ priorTreatment: undefined }),
    outcome: 'incomplete',
    changes: { 'prior-treatment': UNKNOWN },
  },
  {
    name: 'prior treatment missing with 3 preventives: still unknown',
    answers: withAnswers({ priorTreatment: undefined, preventivesTried: 3 }),
    outcome: 'incomplete',
    changes: { 'prior-treatment': UNKNOWN },
  },
  {
    name: 'prior treatment with an unknown value',
    answers: withAnswers({ priorTreatment: 'maybe' }),
    outcome: 'incomplete',
    changes: { 'prior-treatment': UNKNOWN },
  },

  // Commitment.
  { name: 'commitment yes', answers: withAnswers({ commitment: 'yes' }), outcome: 'likely' },
  {
    name: 'commitment unsure',
    answers: withAnswers({ commitment: 'unsure' }),
    outcome: 'discuss',
    changes: { commitment: ['discuss', 'unsure-commitment'] },
  },
  {
    name: 'commitment no',
    answers: withAnswers({ commitment: 'no' }),
    outcome: 'unlikely',
    changes: { commitment: ['not-met', 'no-commitment'] },
  },
  {
    name: 'commitment missing',
    answers: withAnswers({ commitment: undefined }),
    outcome: 'incomplete',
    changes: { commitment: UNKNOWN },
  },
  {
    name: 'commitment with an unknown value',
    answers: withAnswers({ commitment: 'YES' }),
    outcome: 'incomplete',
    changes: { commitment: UNKNOWN },
  },

  // Age: always asked.
  {
    name: 'under 18',
    answers: withAnswers({ adult: false }),
    outcome: 'unlikely',
    changes: { adult: ['not-met', 'under-18'] },
  },
  {
    name: 'adult missing',
    answers: withAnswers({ adult: undefined }),
    outcome: 'incomplete',
    changes: { adult: UNKNOWN },
  },
  {
    name: 'adult as a string (wrong type, so unknown)',
    answers: withAnswers({ adult: 'true' }),
    outcome: 'incomplete',
    changes: { adult: UNKNOWN },
  },

  // Duration check.
  {
    name: 'short headaches',
    answers: withAnswers({ longHeadaches: false }),
    outcome: 'unlikely',
    changes: { duration: ['not-met', 'short-headaches'] },
  },
  {
    name: 'duration missing',
    answers: withAnswers({ longHeadaches: undefined }),
    outcome: 'incomplete',
    changes: { duration: UNKNOWN },
  },
  {
    name: 'duration check off: short headaches no longer count',
    answers: withAnswers({ longHeadaches: false }),
    checks: ['overuse'],
    outcome: 'likely',
  },
  {
    name: 'duration check off with the old full list: short headaches no longer count',
    answers: withAnswers({ longHeadaches: false }),
    checks: ['adult', 'overuse', 'safety'],
    outcome: 'likely',
  },
  {
    name: 'duration check off: missing answer no longer counts',
    answers: withAnswers({ longHeadaches: undefined }),
    checks: ['overuse'],
    outcome: 'likely',
  },
  {
    name: 'duration check alone on',
    answers: withAnswers({ longHeadaches: false, triptanDays: 31 }),
    checks: ['duration'],
    outcome: 'unlikely',
    changes: { duration: ['not-met', 'short-headaches'] },
  },

  // Overuse check.
  ...OVERUSE.map(([painRelieverDays, triptanDays, expected]): EvaluationRow => ({
    name: `${painRelieverDays ?? 'missing'} pain reliever days and ${triptanDays ?? 'missing'} triptan days`,
    answers: withAnswers({ painRelieverDays, triptanDays }),
    outcome: modelOutcome([expected[0]]),
    changes: { overuse: expected },
  })),
  {
    name: '32 pain reliever days (rejected, so unknown)',
    answers: withAnswers({ painRelieverDays: 32 }),
    outcome: 'incomplete',
    changes: { overuse: UNKNOWN },
  },
  {
    name: '5 pain reliever days and 5.5 triptan days (rejected, so unknown)',
    answers: withAnswers({ painRelieverDays: 5, triptanDays: 5.5 }),
    outcome: 'incomplete',
    changes: { overuse: UNKNOWN },
  },
  {
    name: '32 pain reliever days (rejected) and 10 triptan days: possible overuse',
    answers: withAnswers({ painRelieverDays: 32, triptanDays: 10 }),
    outcome: 'discuss',
    changes: { overuse: ['discuss', 'possible-overuse'] },
  },
  {
    name: 'overuse check off: 31 pain reliever days no longer count',
    answers: withAnswers({ painRelieverDays: 31, triptanDays: 31 }),
    checks: ['duration'],
    outcome: 'likely',
  },
  {
    name: 'overuse check off: combined use no longer counts',
    answers: withAnswers({ painRelieverDays: 5, triptanDays: 5 }),
    checks: ['duration', 'adult', 'safety'],
    outcome: 'likely',
  },
  {
    name: 'overuse check off: missing answers no longer count',
    answers: withAnswers({ painRelieverDays: undefined, triptanDays: undefined }),
    checks: ['duration'],
    outcome: 'likely',
  },

  // Safety: each flag alone, every pair, several, all, none.
  ...FLAG_ALONE.map(([key, status, reason, outcome]): EvaluationRow => ({
    name: `safety flag ${key} alone: ${status} ${reason}`,
    answers: withAnswers({ safety: { [key]: true } }),
    outcome,
    changes: { safety: [status, reason, [key]] },
  })),
  ...FLAG_PAIRS.map(([first, second, expected, outcome]): EvaluationRow => ({
    // Given in reverse order: the result order does not depend on the input's key order.
    name: `safety flags ${first} and ${second}`,
    answers: withAnswers({ safety: { [second]: true, [first]: true } }),
    outcome,
    changes: { safety: expected },
  })),
  {
    name: 'safety flags pregnant, breathingBleeding and recentToxin',
    answers: withAnswers({
      safety: { recentToxin: true, breathingBleeding: true, pregnant: true },
    }),
    outcome: 'unlikely',
    changes: { safety: ['not-met', 'pregnancy', ['pregnant', 'breathingBleeding', 'recentToxin']] },
  },
  {
    name: 'safety flags neuromuscular, pregnant and skinInfection',
    answers: withAnswers({
      safety: { neuromuscular: true, pregnant: true, skinInfection: true },
    }),
    outcome: 'unlikely',
    changes: {
      safety: ['not-met', 'skin-infection', ['skinInfection', 'pregnant', 'neuromuscular']],
    },
  },
  {
    name: 'all three cautions, no contraindication',
    answers: withAnswers({
      safety: { recentToxin: true, breathingBleeding: true, neuromuscular: true },
    }),
    outcome: 'discuss',
    changes: {
      safety: ['discuss', 'neuromuscular', ['neuromuscular', 'breathingBleeding', 'recentToxin']],
    },
  },
  {
    name: 'every safety flag: not-met ones first, each group in canonical order',
    answers: withAnswers({
      safety: {
        recentToxin: true,
        pregnant: true,
        breathingBleeding: true,
        neuromuscular: true,
        skinInfection: true,
        allergy: true,
      },
    }),
    outcome: 'unlikely',
    changes: {
      safety: [
        'not-met',
        'toxin-allergy',
        [
          'allergy',
          'skinInfection',
          'pregnant',
          'neuromuscular',
          'breathingBleeding',
          'recentToxin',
        ],
      ],
    },
  },
  ...FLAG_ORDER.map((key): EvaluationRow => ({
    name: `safety flag ${key} explicitly false`,
    answers: withAnswers({ safety: { [key]: false } }),
    outcome: 'likely',
  })),
  {
    name: 'contraindications explicitly false, cautions raised',
    answers: withAnswers({
      safety: {
        allergy: false,
        skinInfection: false,
        pregnant: false,
        neuromuscular: true,
        breathingBleeding: true,
        recentToxin: true,
      },
    }),
    outcome: 'discuss',
    changes: {
      safety: ['discuss', 'neuromuscular', ['neuromuscular', 'breathingBleeding', 'recentToxin']],
    },
  },
  {
    name: 'cautions explicitly false, one contraindication raised',
    answers: withAnswers({
      safety: {
        neuromuscular: false,
        breathingBleeding: false,
        recentToxin: false,
        pregnant: true,
      },
    }),
    outcome: 'unlikely',
    changes: { safety: ['not-met', 'pregnancy', ['pregnant']] },
  },
  {
    name: 'all six safety flags false',
    answers: withAnswers({
      safety: {
        allergy: false,
        skinInfection: false,
        neuromuscular: false,
        breathingBleeding: false,
        pregnant: false,
        recentToxin: false,
      },
    }),
    outcome: 'likely',
  },
  { name: 'empty safety object', answers: withAnswers({ safety: {} }), outcome: 'likely' },
  {
    name: 'safety missing',
    answers: withAnswers({ safety: undefined }),
    outcome: 'incomplete',
    changes: { safety: UNKNOWN },
  },
  {
    name: 'safety not an object (rejected, so unknown)',
    answers: withAnswers({ safety: true }),
    outcome: 'incomplete',
    changes: { safety: UNKNOWN },
  },

  // Checks: age and safety cannot be switched off, whatever `checks` says.
  {
    name: 'checks [duration]: under 18 still counts',
    answers: withAnswers({ adult: false }),
    checks: ['duration'],
    outcome: 'unlikely',
    changes: { adult: ['not-met', 'under-18'] },
  },
  {
    name: 'checks [duration, overuse] (adult and safety not listed): under 18 still counts',
    answers: withAnswers({ adult: false }),
    checks: ['duration', 'overuse'],
    outcome: 'unlikely',
    changes: { adult: ['not-met', 'under-18'] },
  },
  {
    name: 'checks [duration, overuse]: a missing age still makes it incomplete',
    answers: withAnswers({ adult: undefined }),
    checks: ['duration', 'overuse'],
    outcome: 'incomplete',
    changes: { adult: UNKNOWN },
  },
  {
    name: 'checks [duration, overuse]: pregnancy still counts',
    answers: withAnswers({ safety: { pregnant: true } }),
    checks: ['duration', 'overuse'],
    outcome: 'unlikely',
    changes: { safety: ['not-met', 'pregnancy', ['pregnant']] },
  },
  {
    name: 'checks [duration, overuse]: a missing safety answer still makes it incomplete',
    answers: withAnswers({ safety: undefined }),
    checks: ['duration', 'overuse'],
    outcome: 'incomplete',
    changes: { safety: UNKNOWN },
  },
  {
    name: 'no checks: an allergy still counts',
    answers: withAnswers({ safety: { allergy: true } }),
    checks: [],
    outcome: 'unlikely',
    changes: { safety: ['not-met', 'toxin-allergy', ['allergy']] },
  },
  {
    name: 'no checks: under 18 still counts',
    answers: withAnswers({ adult: false }),
    checks: [],
    outcome: 'unlikely',
    changes: { adult: ['not-met', 'under-18'] },
  },
  {
    name: 'no checks: a caution still asks for a talk',
    answers: withAnswers({ safety: { recentToxin: true } }),
    checks: [],
    outcome: 'discuss',
    changes: { safety: ['discuss', 'recent-toxin', ['recentToxin']] },
  },
  {
    name: 'no checks: missing age and safety still make it incomplete',
    answers: withAnswers({ adult: undefined, safety: undefined }),
    checks: [],
    outcome: 'incomplete',
    changes: { adult: UNKNOWN, safety: UNKNOWN },
  },
  {
    name: 'no checks: duration and overuse answers ignored, age and safety not',
    answers: {
      headacheDays: 20,
      months: 6,
      priorTreatment: 'side-effects',
      preventivesTried: 5,
      commitment: 'yes',
      adult: false,
      longHeadaches: false,
      painRelieverDays: 31,
      safety: { allergy: true },
    },
    checks: [],
    outcome: 'unlikely',
    changes: {
      'prior-treatment': ['met', 'treatment-side-effects'],
      adult: ['not-met', 'under-18'],
      safety: ['not-met', 'toxin-allergy', ['allergy']],
    },
  },
  {
    name: 'checks [adult] (old markup): duration and overuse off, safety still evaluated',
    answers: withAnswers({ longHeadaches: false, triptanDays: 31, safety: { pregnant: true } }),
    checks: ['adult'],
    outcome: 'unlikely',
    changes: { safety: ['not-met', 'pregnancy', ['pregnant']] },
  },
  {
    name: 'checks [safety] (old markup): duration and overuse off, age still evaluated',
    answers: withAnswers({ adult: false, longHeadaches: false }),
    checks: ['safety'],
    outcome: 'unlikely',
    changes: { adult: ['not-met', 'under-18'] },
  },
  {
    name: 'checks [adult, safety] (old markup): the same as no checks',
    answers: withAnswers({ longHeadaches: undefined, painRelieverDays: undefined }),
    checks: ['adult', 'safety'],
    outcome: 'likely',
  },
  {
    name: 'checks in mixed case with duplicates',
    answers: withAnswers({ adult: false, longHeadaches: false, painRelieverDays: 31 }),
    checks: ['ADULT', 'Safety', 'safety', 'Duration', 'duration'],
    outcome: 'unlikely',
    changes: { adult: ['not-met', 'under-18'], duration: ['not-met', 'short-headaches'] },
  },
  {
    name: 'one checks item holding several keys',
    answers: withAnswers({ painRelieverDays: 15 }),
    checks: ['adult, OVERUSE safety'],
    outcome: 'discuss',
    changes: { overuse: ['discuss', 'possible-overuse'] },
  },
  {
    name: 'checks given out of order and repeated still list criteria in order',
    answers: withAnswers({ adult: false, safety: { allergy: true } }),
    checks: ['safety', 'overuse', 'adult', 'duration', 'safety'],
    outcome: 'unlikely',
    changes: {
      adult: ['not-met', 'under-18'],
      safety: ['not-met', 'toxin-allergy', ['allergy']],
    },
  },

  // Missing answers and priority of outcomes.
  {
    name: 'no answers at all',
    answers: {},
    outcome: 'incomplete',
    changes: {
      'chronic-migraine': UNKNOWN,
      'prior-treatment': UNKNOWN,
      commitment: UNKNOWN,
      adult: UNKNOWN,
      duration: UNKNOWN,
      overuse: UNKNOWN,
      safety: UNKNOWN,
    },
  },
  {
    name: 'no answers and no checks: age and safety still listed',
    answers: {},
    checks: [],
    outcome: 'incomplete',
    changes: {
      'chronic-migraine': UNKNOWN,
      'prior-treatment': UNKNOWN,
      commitment: UNKNOWN,
      adult: UNKNOWN,
      safety: UNKNOWN,
    },
  },
  {
    name: 'unknown beats not-met',
    answers: withAnswers({ headacheDays: 3, commitment: undefined }),
    outcome: 'incomplete',
    changes: { 'chronic-migraine': ['not-met', 'too-few-days'], commitment: UNKNOWN },
  },
  {
    name: 'unknown beats discuss',
    answers: withAnswers({ commitment: 'unsure', adult: undefined }),
    outcome: 'incomplete',
    changes: { commitment: ['discuss', 'unsure-commitment'], adult: UNKNOWN },
  },
  {
    name: 'unknown beats a contraindication',
    answers: withAnswers({ safety: { allergy: true }, preventivesTried: undefined }),
    outcome: 'incomplete',
    changes: { 'prior-treatment': UNKNOWN, safety: ['not-met', 'toxin-allergy', ['allergy']] },
  },
  {
    name: 'unknown beats not-met and discuss together',
    answers: withAnswers({ adult: false, triptanDays: 12, safety: undefined }),
    outcome: 'incomplete',
    changes: {
      adult: ['not-met', 'under-18'],
      overuse: ['discuss', 'possible-overuse'],
      safety: UNKNOWN,
    },
  },
  {
    name: 'not-met beats discuss',
    answers: withAnswers({ priorTreatment: 'helped', commitment: 'unsure' }),
    outcome: 'unlikely',
    changes: {
      'prior-treatment': ['not-met', 'treatment-helps'],
      commitment: ['discuss', 'unsure-commitment'],
    },
  },
  {
    name: 'not-met beats several discuss results',
    answers: withAnswers({
      longHeadaches: false,
      commitment: 'unsure',
      preventivesTried: 2,
      painRelieverDays: 5,
      triptanDays: 5,
      safety: { recentToxin: true },
    }),
    outcome: 'unlikely',
    changes: {
      'prior-treatment': ['discuss', 'fewer-than-three'],
      commitment: ['discuss', 'unsure-commitment'],
      duration: ['not-met', 'short-headaches'],
      overuse: ['discuss', 'combined-overuse'],
      safety: ['discuss', 'recent-toxin', ['recentToxin']],
    },
  },
  {
    name: 'several discuss results stay discuss',
    answers: withAnswers({
      commitment: 'unsure',
      preventivesTried: 1,
      triptanDays: 10,
      safety: { breathingBleeding: true },
    }),
    outcome: 'discuss',
    changes: {
      'prior-treatment': ['discuss', 'fewer-than-three'],
      commitment: ['discuss', 'unsure-commitment'],
      overuse: ['discuss', 'possible-overuse'],
      safety: ['discuss', 'breathing-bleeding', ['breathingBleeding']],
    },
  },
  {
    name: 'an unknown in an inactive check does not make the result incomplete',
    answers: withAnswers({ commitment: 'no', longHeadaches: undefined }),
    checks: ['overuse'],
    outcome: 'unlikely',
    changes: { commitment: ['not-met', 'no-commitment'] },
  },
];

/** All subsets of the safety flags (64), each in canonical order. */
const FLAG_SUBSETS: SafetyKey[][] = Array.from({ length: 2 ** FLAG_ORDER.length }, (_, bits) =>
  FLAG_ORDER.filter((_key, index) => (bits >> index) & 1),
);

describe('candidacy constants', () => {
  it('lists the check keys, enums and ids in their documented order', () => {
    expect([...CHECK_KEYS]).to.deep.equal(['duration', 'overuse']);
    expect([...ALWAYS_ASKED]).to.deep.equal(['adult', 'safety']);
    expect([...PRIOR_TREATMENTS]).to.deep.equal([
      'not-helped',
      'side-effects',
      'helped',
      'not-tried',
    ]);
    expect([...COMMITMENTS]).to.deep.equal(['yes', 'unsure', 'no']);
    expect([...SAFETY_KEYS]).to.deep.equal([
      'allergy',
      'skinInfection',
      'neuromuscular',
      'breathingBleeding',
      'pregnant',
      'recentToxin',
    ]);
    expect([...SAFETY_KEYS]).to.deep.equal([...FLAG_ORDER]);
    expect([...CRITERION_IDS]).to.deep.equal([
      'chronic-migraine',
      'prior-treatment',
      'commitment',
      'adult',
      'duration',
      'overuse',
      'safety',
    ]);
    expect([...CRITERION_STATUSES]).to.deep.equal(['met', 'not-met', 'discuss', 'unknown']);
    expect([...OUTCOMES]).to.deep.equal(['likely', 'discuss', 'unlikely', 'incomplete']);
    expect([...QUESTION_IDS]).to.deep.equal([
      'headache-days',
      'months',
      'duration',
      'prior-treatment',
      'overuse',
      'commitment',
      'adult',
      'safety',
    ]);
  });

  it('lists the reason codes in their documented order', () => {
    expect([...REASON_CODES]).to.deep.equal([
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
    ]);
    expect(REASON_CODES).to.not.include(untyped<ReasonCode>('safety-flag'));
  });

  it('has the documented limits and thresholds', () => {
    expect(LIMITS).to.deep.equal({
      headacheDays: { min: 0, max: 31 },
      months: { min: 0, max: 600 },
      painRelieverDays: { min: 0, max: 31 },
      triptanDays: { min: 0, max: 31 },
      preventivesTried: { min: 0, max: 20 },
      chronicDays: 15,
      chronicMonths: 3,
      painRelieverOveruseDays: 15,
      triptanOveruseDays: 10,
      combinedOveruseDays: 10,
      preventivesNeeded: 3,
    });
  });

  it('has the documented rule for each safety flag', () => {
    expect(SAFETY_RULES).to.deep.equal({
      allergy: { status: 'not-met', reason: 'toxin-allergy' },
      skinInfection: { status: 'not-met', reason: 'skin-infection' },
      pregnant: { status: 'not-met', reason: 'pregnancy' },
      neuromuscular: { status: 'discuss', reason: 'neuromuscular' },
      breathingBleeding: { status: 'discuss', reason: 'breathing-bleeding' },
      recentToxin: { status: 'discuss', reason: 'recent-toxin' },
    });
  });

  it('lists the reason codes each criterion can give', () => {
    expect(CRITERION_REASONS).to.deep.equal({
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
    });
  });

  it('assigns every reason code to exactly one criterion, except the shared "unanswered"', () => {
    expect(new Set(REASON_CODES).size).to.equal(REASON_CODES.length);
    expect(Object.keys(CRITERION_REASONS)).to.deep.equal([...CRITERION_IDS]);
    const used = Object.values(CRITERION_REASONS).flat();
    expect(used.filter((code) => code === 'unanswered')).to.have.length(CRITERION_IDS.length);
    const specific = used.filter((code) => code !== 'unanswered');
    expect(new Set(specific).size).to.equal(specific.length);
    expect([...specific, 'unanswered'].sort()).to.deep.equal([...REASON_CODES].sort());
  });

  it('keeps the switchable and always-asked keys apart, and the always-asked ones as criteria', () => {
    expect(CHECK_KEYS.filter((key) => includesString(ALWAYS_ASKED, key))).to.deep.equal([]);
    for (const key of [...CHECK_KEYS, ...ALWAYS_ASKED]) {
      expect(CRITERION_IDS, key).to.include(key);
      expect(QUESTION_IDS, key).to.include(key);
    }
  });
});

function includesString(list: readonly string[], value: string): boolean {
  return list.includes(value);
}

describe('evaluateCandidacy', () => {
  for (const row of EVALUATION_ROWS) {
    it(`${row.name} → ${row.outcome}`, () => {
      const result =
        row.checks === undefined
          ? evaluateCandidacy(row.answers)
          : evaluateCandidacy(row.answers, row.checks);
      expect(result.outcome).to.equal(row.outcome);
      expect(result.criteria).to.deep.equal(expectedCriteria(row.checks, row.changes ?? {}));
    });
  }

  it('never reads an unusable safety flag as "does not apply": the safety question is unanswered', () => {
    for (const bad of ['yes', 1, 0, 'false', {}, [true]]) {
      for (const flag of ['allergy', 'pregnant', 'recentToxin']) {
        const answers = { ...LIKELY, safety: { [flag]: bad } } as unknown as CandidacyAnswers;
        const result = evaluateCandidacy(answers);
        expect(result.outcome, `${flag}: ${JSON.stringify(bad)}`).to.equal('incomplete');
        expect(result.criteria.at(-1)).to.deep.equal({
          id: 'safety',
          status: 'unknown',
          reason: 'unanswered',
        });
        expect(isAnswered('safety', answers)).to.equal(false);
      }
    }
    // A valid flag beside an unusable one does not rescue the answer either.
    const mixed = { ...LIKELY, safety: { neuromuscular: true, allergy: 'no' } };
    expect(evaluateCandidacy(mixed as unknown as CandidacyAnswers).outcome).to.equal('incomplete');
  });

  it('has one row for every pair of safety flags', () => {
    const pairs = FLAG_PAIRS.map(([first, second]) => `${first}+${second}`);
    const expected = FLAG_ORDER.flatMap((first, index) =>
      FLAG_ORDER.slice(index + 1).map((second) => `${first}+${second}`),
    );
    expect(pairs).to.deep.equal(expected);
    expect(pairs).to.have.length(15);
    expect(FLAG_ALONE.map(([key]) => key).sort()).to.deep.equal([...FLAG_ORDER].sort());
  });

  it('agrees, for every one of the 64 sets of safety flags, with the clinical rule', () => {
    for (const raised of FLAG_SUBSETS) {
      const safety: SafetyAnswers = {};
      for (const key of FLAG_ORDER) safety[key] = raised.includes(key);
      const result = evaluateCandidacy(withAnswers({ safety }));
      const expected = modelSafety(raised);
      expect(result.criteria.at(-1), raised.join('+')).to.deep.equal(toResult('safety', expected));
      expect(result.outcome, raised.join('+')).to.equal(modelOutcome([expected[0]]));
    }
  });

  it('rules the treatment out whenever a contraindication or pregnancy is raised', () => {
    for (const raised of FLAG_SUBSETS) {
      const serious = raised.filter((key) =>
        ['allergy', 'skinInfection', 'pregnant'].includes(key),
      );
      const result = evaluateCandidacy(
        withAnswers({ safety: Object.fromEntries(raised.map((k) => [k, true])) }),
      );
      const safety = result.criteria.find((criterion) => criterion.id === 'safety')!;
      if (serious.length > 0) {
        expect(safety.status, raised.join('+')).to.equal('not-met');
        expect(result.outcome, raised.join('+')).to.equal('unlikely');
        expect(safety.flags!.slice(0, serious.length), raised.join('+')).to.deep.equal(serious);
      } else if (raised.length > 0) {
        expect(safety.status, raised.join('+')).to.equal('discuss');
        expect(result.outcome, raised.join('+')).to.equal('discuss');
      }
      if (raised.length > 0) expect(safety.reason).to.not.equal('no-safety-flags');
    }
  });

  it('agrees, for every number of preventives tried (0–20), with the funding rule', () => {
    for (const priorTreatment of PRIOR_TREATMENTS) {
      for (let tried = 0; tried <= 20; tried++) {
        const result = evaluateCandidacy(withAnswers({ priorTreatment, preventivesTried: tried }));
        expect(result.criteria[1], `${priorTreatment} ${tried}`).to.deep.equal(
          toResult('prior-treatment', modelPrior(priorTreatment, tried)),
        );
      }
    }
  });

  it('agrees, for every pair of medicine day counts (0–31), with the overuse rule', () => {
    for (let pain = 0; pain <= 31; pain++) {
      for (let triptan = 0; triptan <= 31; triptan++) {
        const result = evaluateCandidacy(
          withAnswers({ painRelieverDays: pain, triptanDays: triptan }),
        );
        expect(result.criteria[5], `${pain}+${triptan}`).to.deep.equal(
          toResult('overuse', modelOveruse(pain, triptan)),
        );
      }
    }
  });

  it('never lets a check list switch off age or safety', () => {
    const tokens = ['duration', 'overuse', 'adult', 'safety'];
    const lists = Array.from({ length: 2 ** tokens.length }, (_, bits) =>
      tokens.filter((_token, index) => (bits >> index) & 1),
    );
    for (const checks of [...lists, ['colour'], ['ADULT'], ['Safety, adult']]) {
      const underage = evaluateCandidacy(withAnswers({ adult: false }), checks);
      expect(underage.outcome, checks.join()).to.equal('unlikely');
      expect(underage.criteria, checks.join()).to.deep.include({
        id: 'adult',
        status: 'not-met',
        reason: 'under-18',
      });
      const pregnant = evaluateCandidacy(withAnswers({ safety: { pregnant: true } }), checks);
      expect(pregnant.outcome, checks.join()).to.equal('unlikely');
      expect(pregnant.criteria, checks.join()).to.deep.include({
        id: 'safety',
        status: 'not-met',
        reason: 'pregnancy',
        flags: ['pregnant'],
      });
      const unanswered = evaluateCandidacy(
        withAnswers({ adult: undefined, safety: undefined }),
        checks,
      );
      expect(unanswered.outcome, checks.join()).to.equal('incomplete');
    }
  });

  it('only ever gives a criterion one of its own reason codes', () => {
    for (const row of EVALUATION_ROWS) {
      for (const criterion of evaluateCandidacy(row.answers, row.checks).criteria) {
        expect(CRITERION_REASONS[criterion.id], `${row.name}: ${criterion.id}`).to.include(
          criterion.reason,
        );
      }
    }
  });

  it('gives the same result with checks omitted as with both listed, or with the old four', () => {
    const answers = withAnswers({ adult: false, safety: { allergy: true } });
    expect(evaluateCandidacy(answers)).to.deep.equal(evaluateCandidacy(answers, CHECK_KEYS));
    expect(evaluateCandidacy(answers)).to.deep.equal(
      evaluateCandidacy(answers, ['adult', 'duration', 'overuse', 'safety']),
    );
    expect(evaluateCandidacy(answers).outcome).to.equal('unlikely');
  });

  it('treats undefined checks as all checks', () => {
    const result = evaluateCandidacy(withAnswers({ longHeadaches: false }), undefined);
    expect(result.outcome).to.equal('unlikely');
    expect(result.criteria.map((criterion) => criterion.id)).to.deep.equal([...CRITERION_IDS]);
  });

  it('reads checks given as a string, as parseChecks does', () => {
    const answers = withAnswers({ longHeadaches: false, painRelieverDays: 31, adult: false });
    expect(evaluateCandidacy(answers, untyped<string[]>('adult,safety'))).to.deep.equal(
      evaluateCandidacy(answers, []),
    );
    expect(evaluateCandidacy(answers, untyped<string[]>('Duration OVERUSE'))).to.deep.equal(
      evaluateCandidacy(answers),
    );
  });

  it('treats checks of an unusable type as all checks', () => {
    const answers = withAnswers({ longHeadaches: false });
    for (const checks of [42, { duration: false }, true]) {
      expect(evaluateCandidacy(answers, untyped<string[]>(checks))).to.deep.equal(
        evaluateCandidacy(answers),
      );
    }
  });

  it('ignores unknown check keys, but never age or safety', () => {
    const result = evaluateCandidacy(withAnswers({ adult: false }), ['colour', 'duration']);
    expect(result.outcome).to.equal('unlikely');
    expect(result.criteria.map((criterion) => criterion.id)).to.deep.equal([
      'chronic-migraine',
      'prior-treatment',
      'commitment',
      'adult',
      'duration',
      'safety',
    ]);
  });

  it('finds the fixture answers likely, and the answers saved before the count was asked incomplete', () => {
    expect(evaluateCandidacy(LIKELY)).to.deep.equal({
      outcome: 'likely',
      criteria: expectedCriteria(undefined, {}),
    });
    expect(evaluateCandidacy(OLD_SAVED_LIKELY)).to.deep.equal({
      outcome: 'incomplete',
      criteria: expectedCriteria(undefined, { 'prior-treatment': UNKNOWN }),
    });
    expect(evaluateCandidacy({ ...OLD_SAVED_LIKELY, preventivesTried: 3 })).to.deep.equal(
      evaluateCandidacy(LIKELY),
    );
    expect(OLD_SAVED_LIKELY).to.not.have.property('preventivesTried');
    const { preventivesTried, ...rest } = LIKELY;
    expect(preventivesTried).to.equal(3);
    expect(rest).to.deep.equal(OLD_SAVED_LIKELY);
  });

  it('turns non-object answers into an all-unknown, incomplete result without throwing', () => {
    for (const answers of [null, undefined, 'answers', 42, [], [BASE], () => BASE]) {
      const result = evaluateCandidacy(untyped<CandidacyAnswers>(answers));
      expect(result.outcome).to.equal('incomplete');
      expect(result.criteria).to.deep.equal(
        CRITERION_IDS.map((id) => ({ id, status: 'unknown', reason: 'unanswered' })),
      );
    }
  });

  it('survives answers with a throwing getter, keeping the readable fields', () => {
    const answers = { ...BASE };
    Object.defineProperty(answers, 'commitment', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = evaluateCandidacy(answers);
    expect(result.outcome).to.equal('incomplete');
    expect(result.criteria).to.deep.equal(expectedCriteria(undefined, { commitment: UNKNOWN }));
  });

  it('does not change the answers or checks it is given', () => {
    const answers = withAnswers({ safety: { pregnant: true, allergy: false, recentToxin: true } });
    const copy = JSON.parse(JSON.stringify(answers)) as CandidacyAnswers;
    const checks = ['safety', 'Duration'];
    evaluateCandidacy(answers, checks);
    expect(answers).to.deep.equal(copy);
    expect(checks).to.deep.equal(['safety', 'Duration']);
  });

  it('returns a fresh flags array each time', () => {
    const answers = withAnswers({ safety: { allergy: true, neuromuscular: true } });
    const first = evaluateCandidacy(answers);
    first.criteria[6]!.flags!.push('pregnant');
    expect(evaluateCandidacy(answers).criteria[6]!.flags).to.deep.equal([
      'allergy',
      'neuromuscular',
    ]);
  });
});

describe('outcomeOf', () => {
  const rows: [CriterionStatus[], Outcome][] = [
    [[], 'likely'],
    [['met'], 'likely'],
    [['met', 'met'], 'likely'],
    [['discuss'], 'discuss'],
    [['met', 'discuss'], 'discuss'],
    [['not-met'], 'unlikely'],
    [['discuss', 'not-met'], 'unlikely'],
    [['not-met', 'discuss', 'met'], 'unlikely'],
    [['unknown'], 'incomplete'],
    [['not-met', 'unknown'], 'incomplete'],
    [['discuss', 'unknown', 'met'], 'incomplete'],
    [['met', 'not-met', 'discuss', 'unknown'], 'incomplete'],
  ];
  for (const [statuses, outcome] of rows) {
    it(`[${statuses.join(', ')}] → ${outcome}`, () => {
      expect(outcomeOf(statuses)).to.equal(outcome);
    });
  }
});

describe('parseChecks', () => {
  const parsed = (
    checks: ParsedChecks['checks'],
    alwaysAsked: ParsedChecks['alwaysAsked'] = [],
    unknown: string[] = [],
    invalid = false,
  ): ParsedChecks => ({ checks, alwaysAsked, unknown, invalid });
  const ALL = parsed(['duration', 'overuse']);
  const ALL_INVALID = parsed(['duration', 'overuse'], [], [], true);
  const NONE = parsed([]);

  const revoked = Proxy.revocable([], {});
  revoked.revoke();

  const rows: [string, unknown, ParsedChecks][] = [
    ['null', null, ALL],
    ['undefined', undefined, ALL],
    ['an empty string', '', NONE],
    ['a blank string', ' \t\n ', NONE],
    ['only separators', ' , ,, ', NONE],
    ['one switchable key', 'duration', parsed(['duration'])],
    ['both switchable keys', 'duration,overuse', parsed(['duration', 'overuse'])],
    ['switchable keys out of order', 'overuse duration', parsed(['duration', 'overuse'])],
    ['upper- and mixed-case switchable keys', 'OVERUSE, Duration', parsed(['duration', 'overuse'])],
    ['adult alone (always asked)', 'adult', parsed([], ['adult'])],
    ['safety alone (always asked)', 'safety', parsed([], ['safety'])],
    ['adult and safety as a string', 'adult,safety', parsed([], ['adult', 'safety'])],
    ['safety and adult out of order', 'safety adult', parsed([], ['adult', 'safety'])],
    ['upper-case always-asked keys', 'ADULT, Safety', parsed([], ['adult', 'safety'])],
    [
      'always-asked keys repeated in mixed case',
      'SAFETY safety Safety aDuLt adult',
      parsed([], ['adult', 'safety']),
    ],
    ['comma-separated keys', 'adult,duration', parsed(['duration'], ['adult'])],
    ['space-separated keys', 'overuse safety', parsed(['overuse'], ['safety'])],
    [
      'comma- and space-separated keys with padding',
      '  safety ,  adult\t,duration\n',
      parsed(['duration'], ['adult', 'safety']),
    ],
    [
      'the old full list, out of order',
      'safety overuse duration adult',
      parsed(['duration', 'overuse'], ['adult', 'safety']),
    ],
    ['duplicate keys', 'adult, adult,adult safety', parsed([], ['adult', 'safety'])],
    ['empty items between commas', 'adult,,duration,', parsed(['duration'], ['adult'])],
    [
      'unknown keys, deduplicated and trimmed',
      ' colour, adult ,colour  size, Colour ',
      parsed([], ['adult'], ['colour', 'size', 'Colour']),
    ],
    ['near misses of the always-asked keys', 'adults safe', parsed([], [], ['adults', 'safe'])],
    ['only unknown keys', 'foo bar', parsed([], [], ['foo', 'bar'])],
    [
      'a criterion id that is not a check',
      'chronic-migraine commitment',
      parsed([], [], ['chronic-migraine', 'commitment']),
    ],
    ['an empty array', [], NONE],
    ['an array of one key', ['duration'], parsed(['duration'])],
    ['an array of always-asked keys', ['adult', 'safety'], parsed([], ['adult', 'safety'])],
    [
      'an array with duplicates out of order',
      ['safety', 'adult', 'safety'],
      parsed([], ['adult', 'safety']),
    ],
    [
      'an array in mixed case with duplicates',
      ['SAFETY', 'Adult', 'safety', 'OVERUSE', 'overuse'],
      parsed(['overuse'], ['adult', 'safety']),
    ],
    ['an array with padded items', [' adult ', '\toveruse'], parsed(['overuse'], ['adult'])],
    [
      'an array item holding several keys',
      ['adult duration', 'safety,overuse'],
      parsed(['duration', 'overuse'], ['adult', 'safety']),
    ],
    ['an array of empty strings', ['', '  '], NONE],
    [
      'an array with unknown keys',
      ['adult', 'colour', 'colour '],
      parsed([], ['adult'], ['colour']),
    ],
    ['an array with a non-string item', ['adult', 42], parsed([], ['adult'], [], true)],
    [
      'an array with a non-string item and a switchable key',
      ['duration', null, 'Safety'],
      parsed(['duration'], ['safety'], [], true),
    ],
    ['an array of non-strings', [null, undefined, {}, ['adult']], parsed([], [], [], true)],
    ['a frozen array', Object.freeze(['overuse']), parsed(['overuse'])],
    ['a number', 42, ALL_INVALID],
    ['zero', 0, ALL_INVALID],
    ['NaN', Number.NaN, ALL_INVALID],
    ['true', true, ALL_INVALID],
    ['false', false, ALL_INVALID],
    ['a plain object', { adult: true }, ALL_INVALID],
    ['a Set', new Set(['adult']), ALL_INVALID],
    ['a function', () => 'adult', ALL_INVALID],
    ['a symbol', Symbol('adult'), ALL_INVALID],
    ['a bigint', 1n, ALL_INVALID],
    ['a String object', new String('adult'), ALL_INVALID],
    ['a revoked Proxy', revoked.proxy, ALL_INVALID],
    [
      'an array Proxy whose reads throw',
      new Proxy(['adult'], {
        get() {
          throw new Error('boom');
        },
      }),
      ALL_INVALID,
    ],
  ];

  for (const [name, input, expected] of rows) {
    it(`parses ${name}`, () => {
      expect(parseChecks(input)).to.deep.equal(expected);
    });
  }

  it('returns fresh arrays each time', () => {
    const first = parseChecks(null);
    first.checks.pop();
    first.alwaysAsked.push('adult');
    expect(parseChecks(null)).to.deep.equal(ALL);
    expect([...CHECK_KEYS]).to.have.length(2);
    const second = parseChecks('adult');
    second.alwaysAsked.pop();
    expect(parseChecks('adult').alwaysAsked).to.deep.equal(['adult']);
    expect([...ALWAYS_ASKED]).to.have.length(2);
  });
});

describe('isCheckKey and isOutcome', () => {
  const checkRows: [unknown, boolean][] = [
    ['duration', true],
    ['overuse', true],
    ['adult', false],
    ['safety', false],
    ['Duration', false],
    [' overuse', false],
    ['commitment', false],
    ['', false],
    [null, false],
    [1, false],
  ];
  for (const [value, expected] of checkRows) {
    it(`isCheckKey(${String(value)}) → ${expected}`, () => {
      expect(isCheckKey(value)).to.equal(expected);
    });
  }

  const outcomeRows: [unknown, boolean][] = [
    ['likely', true],
    ['discuss', true],
    ['unlikely', true],
    ['incomplete', true],
    ['Likely', false],
    ['met', false],
    [undefined, false],
    [{}, false],
  ];
  for (const [value, expected] of outcomeRows) {
    it(`isOutcome(${String(value)}) → ${expected}`, () => {
      expect(isOutcome(value)).to.equal(expected);
    });
  }
});

describe('sanitizeAnswers', () => {
  const FULL: CandidacyAnswers = {
    headacheDays: 20,
    months: 6,
    priorTreatment: 'side-effects',
    preventivesTried: 4,
    commitment: 'unsure',
    adult: true,
    longHeadaches: false,
    painRelieverDays: 3,
    triptanDays: 4,
    safety: { allergy: false, pregnant: true },
  };

  type SanitizeRow = [string, unknown, CandidacyAnswers, string[]];

  const rows: SanitizeRow[] = [
    // Whole input.
    ['null', null, {}, []],
    ['undefined', undefined, {}, []],
    ['an empty object', {}, {}, []],
    ['a string', 'headacheDays=20', {}, ['answers']],
    ['an empty string', '', {}, ['answers']],
    ['a number', 20, {}, ['answers']],
    ['NaN', Number.NaN, {}, ['answers']],
    ['a boolean', false, {}, ['answers']],
    ['an array', [FULL], {}, ['answers']],
    ['an empty array', [], {}, ['answers']],
    ['a function', () => FULL, {}, ['answers']],
    ['a symbol', Symbol('answers'), {}, ['answers']],
    ['a bigint', 20n, {}, ['answers']],
    ['a complete valid object', FULL, FULL, []],
    [
      'an object without a prototype',
      Object.assign(Object.create(null) as object, { headacheDays: 15, adult: false }),
      { headacheDays: 15, adult: false },
      [],
    ],
    ['inherited fields (ignored)', Object.create({ headacheDays: 20 }) as object, {}, []],

    // Counts.
    ['headacheDays 0', { headacheDays: 0 }, { headacheDays: 0 }, []],
    ['headacheDays -0', { headacheDays: -0 }, { headacheDays: 0 }, []],
    ['headacheDays 31', { headacheDays: 31 }, { headacheDays: 31 }, []],
    ['headacheDays 32', { headacheDays: 32 }, {}, ['headacheDays']],
    ['headacheDays -1', { headacheDays: -1 }, {}, ['headacheDays']],
    ['headacheDays 14.5', { headacheDays: 14.5 }, {}, ['headacheDays']],
    ['headacheDays 1e-9', { headacheDays: 1e-9 }, {}, ['headacheDays']],
    ['headacheDays NaN', { headacheDays: Number.NaN }, {}, ['headacheDays']],
    ['headacheDays Infinity', { headacheDays: Infinity }, {}, ['headacheDays']],
    ['headacheDays -Infinity', { headacheDays: -Infinity }, {}, ['headacheDays']],
    ['headacheDays huge', { headacheDays: Number.MAX_VALUE }, {}, ['headacheDays']],
    ['headacheDays 2^53', { headacheDays: 2 ** 53 }, {}, ['headacheDays']],
    ['headacheDays a numeric string', { headacheDays: '20' }, {}, ['headacheDays']],
    ['headacheDays an empty string', { headacheDays: '' }, {}, ['headacheDays']],
    ['headacheDays a boolean', { headacheDays: true }, {}, ['headacheDays']],
    ['headacheDays a bigint', { headacheDays: 20n }, {}, ['headacheDays']],
    ['headacheDays a Number object', { headacheDays: new Number(20) }, {}, ['headacheDays']],
    ['headacheDays an array', { headacheDays: [20] }, {}, ['headacheDays']],
    ['headacheDays an object', { headacheDays: { value: 20 } }, {}, ['headacheDays']],
    ['headacheDays undefined (unanswered)', { headacheDays: undefined }, {}, []],
    ['headacheDays null (unanswered)', { headacheDays: null }, {}, []],
    ['months 0', { months: 0 }, { months: 0 }, []],
    ['months 600', { months: 600 }, { months: 600 }, []],
    ['months 601', { months: 601 }, {}, ['months']],
    ['months -3', { months: -3 }, {}, ['months']],
    ['months 2.5', { months: 2.5 }, {}, ['months']],
    ['months a string', { months: 'three' }, {}, ['months']],
    ['painRelieverDays 31', { painRelieverDays: 31 }, { painRelieverDays: 31 }, []],
    ['painRelieverDays 32', { painRelieverDays: 32 }, {}, ['painRelieverDays']],
    ['painRelieverDays -1', { painRelieverDays: -1 }, {}, ['painRelieverDays']],
    ['painRelieverDays NaN', { painRelieverDays: Number.NaN }, {}, ['painRelieverDays']],
    ['triptanDays 0', { triptanDays: 0 }, { triptanDays: 0 }, []],
    ['triptanDays 32', { triptanDays: 32 }, {}, ['triptanDays']],
    ['triptanDays 9.99', { triptanDays: 9.99 }, {}, ['triptanDays']],
    ['triptanDays Infinity', { triptanDays: Infinity }, {}, ['triptanDays']],
    ['preventivesTried 0', { preventivesTried: 0 }, { preventivesTried: 0 }, []],
    ['preventivesTried -0', { preventivesTried: -0 }, { preventivesTried: 0 }, []],
    ['preventivesTried 3', { preventivesTried: 3 }, { preventivesTried: 3 }, []],
    ['preventivesTried 20', { preventivesTried: 20 }, { preventivesTried: 20 }, []],
    ['preventivesTried 21', { preventivesTried: 21 }, {}, ['preventivesTried']],
    ['preventivesTried -1', { preventivesTried: -1 }, {}, ['preventivesTried']],
    ['preventivesTried 2.5', { preventivesTried: 2.5 }, {}, ['preventivesTried']],
    ['preventivesTried "3"', { preventivesTried: '3' }, {}, ['preventivesTried']],
    ['preventivesTried NaN', { preventivesTried: Number.NaN }, {}, ['preventivesTried']],
    ['preventivesTried Infinity', { preventivesTried: Infinity }, {}, ['preventivesTried']],
    ['preventivesTried a boolean', { preventivesTried: true }, {}, ['preventivesTried']],
    ['preventivesTried an array', { preventivesTried: [3] }, {}, ['preventivesTried']],
    [
      'preventivesTried a Number object',
      { preventivesTried: new Number(3) },
      {},
      ['preventivesTried'],
    ],
    ['preventivesTried null (unanswered)', { preventivesTried: null }, {}, []],
    [
      'preventivesTried kept whatever the prior treatment',
      { priorTreatment: 'helped', preventivesTried: 2 },
      { priorTreatment: 'helped', preventivesTried: 2 },
      [],
    ],

    // Booleans.
    ['adult true', { adult: true }, { adult: true }, []],
    ['adult false', { adult: false }, { adult: false }, []],
    ['adult "true"', { adult: 'true' }, {}, ['adult']],
    ['adult 1', { adult: 1 }, {}, ['adult']],
    ['adult 0', { adult: 0 }, {}, ['adult']],
    ['adult a Boolean object', { adult: new Boolean(true) }, {}, ['adult']],
    ['adult null (unanswered)', { adult: null }, {}, []],
    ['longHeadaches true', { longHeadaches: true }, { longHeadaches: true }, []],
    ['longHeadaches "yes"', { longHeadaches: 'yes' }, {}, ['longHeadaches']],

    // Enums.
    ...PRIOR_TREATMENTS.map((value): SanitizeRow => [
      `priorTreatment ${value}`,
      { priorTreatment: value },
      { priorTreatment: value },
      [],
    ]),
    ['priorTreatment unknown value', { priorTreatment: 'cured' }, {}, ['priorTreatment']],
    ['priorTreatment upper case', { priorTreatment: 'HELPED' }, {}, ['priorTreatment']],
    ['priorTreatment padded', { priorTreatment: ' helped ' }, {}, ['priorTreatment']],
    ['priorTreatment a number', { priorTreatment: 2 }, {}, ['priorTreatment']],
    ['priorTreatment an array', { priorTreatment: ['helped'] }, {}, ['priorTreatment']],
    ...COMMITMENTS.map((value): SanitizeRow => [
      `commitment ${value}`,
      { commitment: value },
      { commitment: value },
      [],
    ]),
    ['commitment unknown value', { commitment: 'maybe' }, {}, ['commitment']],
    ['commitment empty string', { commitment: '' }, {}, ['commitment']],
    ['commitment a boolean', { commitment: true }, {}, ['commitment']],

    // Safety.
    ['safety empty', { safety: {} }, { safety: {} }, []],
    ...SAFETY_KEYS.map((key): SanitizeRow => [
      `safety.${key} true`,
      { safety: { [key]: true } },
      { safety: { [key]: true } },
      [],
    ]),
    ...SAFETY_KEYS.map((key): SanitizeRow => [
      `safety.${key} "yes"`,
      { safety: { [key]: 'yes' } },
      { safety: {} },
      [`safety.${key}`],
    ]),
    [
      'safety with flags of every kind',
      {
        safety: {
          allergy: false,
          skinInfection: 1,
          neuromuscular: null,
          pregnant: true,
          recentToxin: undefined,
          colour: true,
        },
      },
      { safety: { allergy: false, pregnant: true } },
      ['safety.skinInfection', 'safety.colour'],
    ],
    ['safety null (unanswered)', { safety: null }, {}, []],
    ['safety undefined (unanswered)', { safety: undefined }, {}, []],
    ['safety true', { safety: true }, {}, ['safety']],
    ['safety a string', { safety: 'none' }, {}, ['safety']],
    ['safety an array', { safety: [true] }, {}, ['safety']],
    ['safety a function', { safety: () => ({}) }, {}, ['safety']],
    [
      'safety nested garbage',
      { safety: { allergy: { deep: true }, pregnant: [true], extra: { a: { b: 1 } } } },
      { safety: {} },
      ['safety.allergy', 'safety.pregnant', 'safety.extra'],
    ],

    // Unknown keys and garbage.
    ['an unknown key', { colour: 'blue' }, {}, ['colour']],
    ['an unknown key with an undefined value', { colour: undefined }, {}, ['colour']],
    ['a key with the wrong case', { HeadacheDays: 20 }, {}, ['HeadacheDays']],
    ['a criterion id as a key', { 'chronic-migraine': true }, {}, ['chronic-migraine']],
    [
      'Object.prototype names as keys',
      { constructor: 1, toString: 'x', hasOwnProperty: null },
      {},
      ['constructor', 'toString', 'hasOwnProperty'],
    ],
    [
      'valid and invalid fields together, reported in key order',
      {
        colour: 'blue',
        headacheDays: 20,
        months: -1,
        priorTreatment: 'helped',
        adult: 'yes',
        safety: { pregnant: 'no', allergy: true },
        triptanDays: 10,
      },
      { headacheDays: 20, priorTreatment: 'helped', safety: { allergy: true }, triptanDays: 10 },
      ['colour', 'months', 'adult', 'safety.pregnant'],
    ],
    [
      'a JSON __proto__ key',
      JSON.parse('{"__proto__": {"polluted": true, "headacheDays": 20}, "months": 6}') as unknown,
      { months: 6 },
      ['__proto__'],
    ],
    [
      'a JSON __proto__ key inside safety',
      JSON.parse('{"safety": {"__proto__": {"allergy": true}, "pregnant": false}}') as unknown,
      { safety: { pregnant: false } },
      ['safety.__proto__'],
    ],
    [
      'a constructor.prototype path',
      JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown,
      {},
      ['constructor'],
    ],
    ['symbol keys (ignored)', { [Symbol('headacheDays')]: 20, months: 4 }, { months: 4 }, []],
    ['a Date', new Date(0), {}, []],
    ['a Map', new Map([['headacheDays', 20]]), {}, []],
  ];

  for (const [name, input, answers, rejected] of rows) {
    it(`sanitizes ${name}`, () => {
      const result = sanitizeAnswers(input);
      expect(result.answers).to.deep.equal(answers);
      expect(result.rejected).to.deep.equal(rejected);
    });
  }

  it('never copies a __proto__ key and never pollutes Object.prototype', () => {
    const input = JSON.parse(
      '{"__proto__": {"polluted": true}, "safety": {"__proto__": {"polluted": true}}}',
    ) as unknown;
    const { answers } = sanitizeAnswers(input);
    expect(Object.getPrototypeOf(answers)).to.equal(Object.prototype);
    expect(Object.getPrototypeOf(answers.safety)).to.equal(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(answers, '__proto__')).to.equal(false);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect((answers as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('reports a throwing getter and keeps the other fields', () => {
    const input = { months: 4 };
    Object.defineProperty(input, 'headacheDays', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(sanitizeAnswers(input)).to.deep.equal({
      answers: { months: 4 },
      rejected: ['headacheDays'],
    });
  });

  it('reports a throwing safety getter', () => {
    const input = { safety: { allergy: true } };
    Object.defineProperty(input, 'safety', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(sanitizeAnswers(input)).to.deep.equal({ answers: {}, rejected: ['safety'] });
  });

  it('reports a throwing getter inside safety', () => {
    const safety = { allergy: false };
    Object.defineProperty(safety, 'pregnant', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(sanitizeAnswers({ adult: true, safety })).to.deep.equal({
      answers: { adult: true, safety: { allergy: false } },
      rejected: ['safety.pregnant'],
    });
  });

  it('never reads the value of an unknown key', () => {
    let reads = 0;
    const input = { months: 5 };
    Object.defineProperty(input, 'colour', {
      enumerable: true,
      get() {
        reads += 1;
        return 'blue';
      },
    });
    expect(sanitizeAnswers(input)).to.deep.equal({ answers: { months: 5 }, rejected: ['colour'] });
    expect(reads).to.equal(0);
  });

  it('rejects a Proxy whose keys cannot be read', () => {
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    expect(sanitizeAnswers(proxy)).to.deep.equal({ answers: {}, rejected: ['answers'] });
    expect(sanitizeAnswers({ safety: proxy })).to.deep.equal({
      answers: {},
      rejected: ['safety'],
    });
  });

  it('rejects a revoked Proxy', () => {
    const { proxy, revoke } = Proxy.revocable({ headacheDays: 20 }, {});
    revoke();
    expect(sanitizeAnswers(proxy)).to.deep.equal({ answers: {}, rejected: ['answers'] });
  });

  it('reads through a Proxy whose every read throws, field by field', () => {
    const proxy = new Proxy(
      { headacheDays: 20, colour: 'blue' },
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(sanitizeAnswers(proxy)).to.deep.equal({
      answers: {},
      rejected: ['headacheDays', 'colour'],
    });
  });

  it('reads valid values through a well-behaved Proxy', () => {
    const proxy = new Proxy({ headacheDays: 20, safety: { allergy: true } }, {});
    expect(sanitizeAnswers(proxy)).to.deep.equal({
      answers: { headacheDays: 20, safety: { allergy: true } },
      rejected: [],
    });
  });

  it('returns fresh objects, not the input', () => {
    const safety = { pregnant: true };
    const input = { headacheDays: 20, safety };
    const { answers } = sanitizeAnswers(input);
    expect(answers).to.not.equal(input);
    expect(answers.safety).to.not.equal(safety);
    answers.safety!.allergy = true;
    expect(safety).to.deep.equal({ pregnant: true });
  });

  it('accepts frozen input', () => {
    const input = Object.freeze({ adult: true, safety: Object.freeze({ allergy: true }) });
    expect(sanitizeAnswers(input)).to.deep.equal({
      answers: { adult: true, safety: { allergy: true } },
      rejected: [],
    });
  });
});

describe('parseCount', () => {
  const rows: [string, number, number, number | null][] = [
    ['0', 0, 31, 0],
    ['12', 0, 31, 12],
    [' 12 ', 0, 31, 12],
    ['\t7\n', 0, 31, 7],
    ['31', 0, 31, 31],
    ['32', 0, 31, null],
    ['007', 0, 31, 7],
    ['600', 0, 600, 600],
    ['601', 0, 600, null],
    ['2', 3, 10, null],
    ['3', 3, 10, 3],
    ['', 0, 31, null],
    ['   ', 0, 31, null],
    ['3.5', 0, 31, null],
    ['3.0', 0, 31, null],
    ['3.', 0, 31, null],
    ['.5', 0, 31, null],
    ['1e1', 0, 31, null],
    ['-1', 0, 31, null],
    ['-0', 0, 31, null],
    ['+1', 0, 31, null],
    ['0x1', 0, 31, null],
    ['1_0', 0, 31, null],
    ['1 2', 0, 31, null],
    ['1,2', 0, 31, null],
    ['12abc', 0, 31, null],
    ['abc', 0, 31, null],
    ['NaN', 0, 31, null],
    ['Infinity', 0, 31, null],
    ['１２', 0, 31, null],
    ['٣', 0, 31, null],
    ['99999999999999999999999', 0, 31, null],
    ['1'.repeat(400), 0, Number.MAX_VALUE, null],
    ['5', 10, 0, null],
    ['5', Number.NaN, 31, null],
  ];
  for (const [text, min, max, expected] of rows) {
    it(`parseCount(${JSON.stringify(text.length > 30 ? `${text.slice(0, 30)}…` : text)}, ${min}, ${max}) → ${expected}`, () => {
      expect(parseCount(text, min, max)).to.equal(expected);
    });
  }

  it('returns null for non-string input', () => {
    for (const text of [null, undefined, 12, true, {}, ['12']]) {
      expect(parseCount(untyped<string>(text), 0, 31)).to.equal(null);
    }
  });
});

describe('questionsFor', () => {
  const ALL_QUESTIONS: QuestionId[] = [
    'headache-days',
    'months',
    'duration',
    'prior-treatment',
    'overuse',
    'commitment',
    'adult',
    'safety',
  ];
  const CORE: QuestionId[] = [
    'headache-days',
    'months',
    'prior-treatment',
    'commitment',
    'adult',
    'safety',
  ];
  const WITH_DURATION: QuestionId[] = [
    'headache-days',
    'months',
    'duration',
    'prior-treatment',
    'commitment',
    'adult',
    'safety',
  ];
  const WITH_OVERUSE: QuestionId[] = [
    'headache-days',
    'months',
    'prior-treatment',
    'overuse',
    'commitment',
    'adult',
    'safety',
  ];
  const rows: [string, unknown, QuestionId[]][] = [
    ['CHECK_KEYS', CHECK_KEYS, ALL_QUESTIONS],
    ['the old full list', ['adult', 'duration', 'overuse', 'safety'], ALL_QUESTIONS],
    ['no checks', [], CORE],
    ['[adult]', ['adult'], CORE],
    ['[safety]', ['safety'], CORE],
    ['[adult, safety]', ['adult', 'safety'], CORE],
    ['the string "adult,safety"', 'adult,safety', CORE],
    ['the string "adult,safety,duration,overuse"', 'adult,safety,duration,overuse', ALL_QUESTIONS],
    ['an empty string', '', CORE],
    ['[duration]', ['duration'], WITH_DURATION],
    ['[overuse]', ['overuse'], WITH_OVERUSE],
    ['[safety, duration, safety]', ['safety', 'duration', 'safety'], WITH_DURATION],
    ['mixed case with duplicates', ['ADULT', 'Safety', 'safety', 'Duration'], WITH_DURATION],
    ['one item holding both in upper case', ['DURATION OVERUSE'], ALL_QUESTIONS],
    ['unknown keys only', ['colour'], CORE],
    ['unknown keys and adult', ['colour', 'adult'], CORE],
    ['undefined', undefined, ALL_QUESTIONS],
    ['null', null, ALL_QUESTIONS],
    ['a number (unusable, so all)', 42, ALL_QUESTIONS],
  ];
  for (const [name, checks, expected] of rows) {
    it(`asks ${expected.length} questions for ${name}`, () => {
      expect(questionsFor(untyped<string[]>(checks))).to.deep.equal(expected);
    });
  }

  it('always asks age and safety, for every list of check keys', () => {
    const tokens = ['duration', 'overuse', 'adult', 'safety'];
    for (let bits = 0; bits < 2 ** tokens.length; bits++) {
      const checks = tokens.filter((_token, index) => (bits >> index) & 1);
      const questions = questionsFor(checks);
      expect(questions, checks.join()).to.include.members(['adult', 'safety']);
      expect(questions.includes('duration'), checks.join()).to.equal(checks.includes('duration'));
      expect(questions.includes('overuse'), checks.join()).to.equal(checks.includes('overuse'));
    }
  });
});

describe('asksPreventivesCount', () => {
  const rows: [unknown, boolean][] = [
    ['not-helped', true],
    ['side-effects', true],
    ['helped', false],
    ['not-tried', false],
    [undefined, false],
    ['Not-helped', false],
    [null, false],
  ];
  for (const [answer, expected] of rows) {
    it(`${String(answer)} → ${expected}`, () => {
      expect(asksPreventivesCount(untyped<PriorTreatment>(answer))).to.equal(expected);
    });
  }
});

describe('isAnswered', () => {
  const rows: [QuestionId, CandidacyAnswers, boolean][] = [
    ['headache-days', { headacheDays: 0 }, true],
    ['headache-days', { headacheDays: 31 }, true],
    ['headache-days', {}, false],
    ['headache-days', { headacheDays: 32 }, false],
    ['headache-days', { months: 6 }, false],
    ['months', { months: 0 }, true],
    ['months', { months: 601 }, false],
    ['months', { headacheDays: 20 }, false],
    ['duration', { longHeadaches: false }, true],
    ['duration', { longHeadaches: true }, true],
    ['duration', {}, false],
    ['prior-treatment', { priorTreatment: 'not-tried' }, true],
    ['prior-treatment', { priorTreatment: 'helped' }, true],
    ['prior-treatment', { priorTreatment: 'helped', preventivesTried: 3 }, true],
    [
      'prior-treatment',
      untyped<CandidacyAnswers>({ priorTreatment: 'not-tried', preventivesTried: 21 }),
      true,
    ],
    ['prior-treatment', { priorTreatment: 'not-helped' }, false],
    ['prior-treatment', { priorTreatment: 'side-effects' }, false],
    ['prior-treatment', { priorTreatment: 'not-helped', preventivesTried: 0 }, true],
    ['prior-treatment', { priorTreatment: 'not-helped', preventivesTried: 3 }, true],
    ['prior-treatment', { priorTreatment: 'not-helped', preventivesTried: 20 }, true],
    ['prior-treatment', { priorTreatment: 'side-effects', preventivesTried: 1 }, true],
    ['prior-treatment', { priorTreatment: 'not-helped', preventivesTried: 21 }, false],
    ['prior-treatment', { priorTreatment: 'side-effects', preventivesTried: -1 }, false],
    ['prior-treatment', { priorTreatment: 'not-helped', preventivesTried: 2.5 }, false],
    [
      'prior-treatment',
      untyped<CandidacyAnswers>({ priorTreatment: 'side-effects', preventivesTried: '3' }),
      false,
    ],
    ['prior-treatment', { priorTreatment: 'not-helped', preventivesTried: Number.NaN }, false],
    ['prior-treatment', { preventivesTried: 3 }, false],
    ['prior-treatment', {}, false],
    ['prior-treatment', untyped<CandidacyAnswers>({ priorTreatment: 'cured' }), false],
    ['overuse', { painRelieverDays: 0, triptanDays: 0 }, true],
    ['overuse', { painRelieverDays: 20, triptanDays: 12 }, true],
    ['overuse', { painRelieverDays: 20 }, false],
    ['overuse', { triptanDays: 12 }, false],
    ['overuse', {}, false],
    ['commitment', { commitment: 'no' }, true],
    ['commitment', {}, false],
    ['adult', { adult: false }, true],
    ['adult', { adult: true }, true],
    ['adult', {}, false],
    ['adult', untyped<CandidacyAnswers>({ adult: 'yes' }), false],
    ['safety', { safety: {} }, true],
    ['safety', { safety: { pregnant: true } }, true],
    ['safety', {}, false],
    ['safety', untyped<CandidacyAnswers>({ safety: 'none' }), false],
  ];
  for (const [question, answers, expected] of rows) {
    it(`${question} with ${JSON.stringify(answers)} → ${expected}`, () => {
      expect(isAnswered(question, answers)).to.equal(expected);
    });
  }

  it('answers every question for the all-met answers and the fixture', () => {
    for (const answers of [BASE, LIKELY]) {
      expect(QUESTION_IDS.filter((question) => isAnswered(question, answers))).to.deep.equal([
        ...QUESTION_IDS,
      ]);
    }
  });

  it('leaves only the prior-treatment question open in answers saved before the count was asked', () => {
    expect(
      QUESTION_IDS.filter((question) => !isAnswered(question, OLD_SAVED_LIKELY)),
    ).to.deep.equal(['prior-treatment']);
  });

  it('returns false for an unknown question', () => {
    expect(isAnswered(untyped<QuestionId>('colour'), BASE)).to.equal(false);
  });

  it('returns false for non-object answers', () => {
    for (const answers of [null, undefined, 'x', 3, [BASE]]) {
      expect(isAnswered('headache-days', untyped<CandidacyAnswers>(answers))).to.equal(false);
    }
  });
});

describe('byAttention', () => {
  /** The order of the statuses, from the one that needs attention most. */
  const RANK: Readonly<Record<CriterionStatus, number>> = {
    'not-met': 0,
    discuss: 1,
    unknown: 2,
    met: 3,
  };
  const criterion = (id: CriterionId, status: CriterionStatus): CriterionResult => ({
    id,
    status,
    reason: status === 'unknown' ? 'unanswered' : MET[id],
  });
  const ids = (criteria: readonly CriterionResult[]): string[] =>
    criteria.map((item) => `${item.id}:${item.status}`);

  const rows: [string, [CriterionId, CriterionStatus][], string[]][] = [
    ['nothing', [], []],
    ['one criterion', [['adult', 'met']], ['adult:met']],
    [
      'all met, kept in order',
      [
        ['chronic-migraine', 'met'],
        ['prior-treatment', 'met'],
        ['commitment', 'met'],
      ],
      ['chronic-migraine:met', 'prior-treatment:met', 'commitment:met'],
    ],
    [
      'every status once, met first',
      [
        ['chronic-migraine', 'met'],
        ['prior-treatment', 'unknown'],
        ['commitment', 'discuss'],
        ['adult', 'not-met'],
      ],
      ['adult:not-met', 'commitment:discuss', 'prior-treatment:unknown', 'chronic-migraine:met'],
    ],
    [
      'already in attention order',
      [
        ['adult', 'not-met'],
        ['commitment', 'discuss'],
        ['safety', 'unknown'],
        ['overuse', 'met'],
      ],
      ['adult:not-met', 'commitment:discuss', 'safety:unknown', 'overuse:met'],
    ],
    [
      'a full result, several of each status',
      [
        ['chronic-migraine', 'met'],
        ['prior-treatment', 'discuss'],
        ['commitment', 'not-met'],
        ['adult', 'unknown'],
        ['duration', 'met'],
        ['overuse', 'not-met'],
        ['safety', 'discuss'],
      ],
      [
        'commitment:not-met',
        'overuse:not-met',
        'prior-treatment:discuss',
        'safety:discuss',
        'adult:unknown',
        'chronic-migraine:met',
        'duration:met',
      ],
    ],
    [
      'the input order kept within a status, even when not in criterion order',
      [
        ['safety', 'met'],
        ['adult', 'met'],
        ['overuse', 'discuss'],
        ['chronic-migraine', 'not-met'],
        ['commitment', 'discuss'],
        ['prior-treatment', 'not-met'],
      ],
      [
        'chronic-migraine:not-met',
        'prior-treatment:not-met',
        'overuse:discuss',
        'commitment:discuss',
        'safety:met',
        'adult:met',
      ],
    ],
    [
      'unknown before met, after discuss',
      [
        ['chronic-migraine', 'unknown'],
        ['prior-treatment', 'met'],
        ['commitment', 'unknown'],
        ['adult', 'discuss'],
      ],
      ['adult:discuss', 'chronic-migraine:unknown', 'commitment:unknown', 'prior-treatment:met'],
    ],
  ];
  for (const [name, input, expected] of rows) {
    it(`orders ${name}`, () => {
      const criteria = input.map(([id, status]) => criterion(id, status));
      expect(ids(byAttention(criteria))).to.deep.equal(expected);
    });
  }

  it('returns a new array and leaves its input alone', () => {
    const allergy: CriterionResult = {
      id: 'safety',
      status: 'not-met',
      reason: 'toxin-allergy',
      flags: ['allergy'],
    };
    const criteria: readonly CriterionResult[] = Object.freeze(
      [criterion('chronic-migraine', 'met'), criterion('commitment', 'discuss'), allergy].map(
        (item) => Object.freeze(item),
      ),
    );
    const copy = JSON.parse(JSON.stringify(criteria)) as CriterionResult[];
    const sorted = byAttention(criteria);
    expect(sorted).to.not.equal(criteria);
    expect(criteria).to.deep.equal(copy);
    expect(ids(sorted)).to.deep.equal([
      'safety:not-met',
      'commitment:discuss',
      'chronic-migraine:met',
    ]);
    expect(sorted[0]).to.deep.equal({
      id: 'safety',
      status: 'not-met',
      reason: 'toxin-allergy',
      flags: ['allergy'],
    });
    const empty: CriterionResult[] = [];
    expect(byAttention(empty)).to.not.equal(empty);
    const mutable = [criterion('adult', 'met'), criterion('commitment', 'not-met')];
    byAttention(mutable).reverse();
    expect(ids(mutable)).to.deep.equal(['adult:met', 'commitment:not-met']);
  });

  it('orders an evaluated result: the allergy and the talk first, then the open question', () => {
    const { criteria } = evaluateCandidacy(
      withAnswers({ safety: { allergy: true }, commitment: 'unsure', longHeadaches: undefined }),
    );
    expect(byAttention(criteria).map((item) => item.id)).to.deep.equal([
      'safety',
      'commitment',
      'duration',
      'chronic-migraine',
      'prior-treatment',
      'adult',
      'overuse',
    ]);
  });

  it('is a stable sort by attention, for any list (property-based)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.constantFrom(...CRITERION_IDS),
            status: fc.constantFrom(...CRITERION_STATUSES),
          }),
          { maxLength: 20 },
        ),
        (items) => {
          const criteria = items.map(({ id, status }) => criterion(id, status));
          const sorted = byAttention(criteria);
          // A permutation of the same objects.
          expect(sorted).to.have.length(criteria.length);
          expect([...sorted].sort(byIndexIn(criteria))).to.deep.equal(criteria);
          for (let i = 1; i < sorted.length; i++) {
            const [before, after] = [sorted[i - 1]!, sorted[i]!];
            expect(RANK[before.status]).to.be.at.most(RANK[after.status]);
            if (before.status === after.status) {
              expect(criteria.indexOf(before)).to.be.below(criteria.indexOf(after));
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  function byIndexIn(list: readonly CriterionResult[]) {
    return (a: CriterionResult, b: CriterionResult): number => list.indexOf(a) - list.indexOf(b);
  }
});

describe('shouldAnnounceOutcome', () => {
  const rows: [Outcome | undefined, Outcome, boolean][] = [
    [undefined, 'incomplete', false],
    [undefined, 'likely', true],
    [undefined, 'discuss', true],
    [undefined, 'unlikely', true],
    ['incomplete', 'incomplete', false],
    ['incomplete', 'likely', true],
    ['incomplete', 'discuss', true],
    ['incomplete', 'unlikely', true],
    ['likely', 'incomplete', false],
    ['likely', 'likely', false],
    ['likely', 'discuss', true],
    ['likely', 'unlikely', true],
    ['discuss', 'incomplete', false],
    ['discuss', 'likely', true],
    ['discuss', 'discuss', false],
    ['discuss', 'unlikely', true],
    ['unlikely', 'incomplete', false],
    ['unlikely', 'likely', true],
    ['unlikely', 'discuss', true],
    ['unlikely', 'unlikely', false],
  ];
  for (const [previous, next, expected] of rows) {
    it(`${String(previous)} → ${next}: ${expected ? 'announce' : 'stay quiet'}`, () => {
      expect(shouldAnnounceOutcome(previous, next)).to.equal(expected);
    });
  }

  it('never announces a value that is not an outcome', () => {
    expect(shouldAnnounceOutcome(undefined, untyped<Outcome>('complete'))).to.equal(false);
    expect(shouldAnnounceOutcome('likely', untyped<Outcome>(undefined))).to.equal(false);
  });

  it('announces once per change through a sequence of evaluations', () => {
    const sequence: CandidacyAnswers[] = [
      {},
      withAnswers({ commitment: undefined }),
      BASE,
      withAnswers({ headacheDays: 21 }),
      withAnswers({ commitment: 'unsure' }),
      withAnswers({ commitment: undefined }),
      withAnswers({ commitment: 'unsure' }),
      withAnswers({ commitment: 'no' }),
    ];
    let previous: Outcome | undefined;
    const announced: Outcome[] = [];
    for (const answers of sequence) {
      const { outcome } = evaluateCandidacy(answers);
      if (shouldAnnounceOutcome(previous, outcome)) {
        announced.push(outcome);
        previous = outcome;
      }
    }
    expect(announced).to.deep.equal(['likely', 'discuss', 'unlikely']);
  });
});

describe('never throws (property-based)', () => {
  const anything = fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withNullPrototype: true,
    withObjectString: true,
    withSet: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true,
  });
  const answerLike = fc.record(
    {
      headacheDays: fc.oneof(fc.integer({ min: -5, max: 40 }), fc.double(), anything),
      months: fc.oneof(fc.integer({ min: -5, max: 700 }), anything),
      priorTreatment: fc.oneof(fc.constantFrom(...PRIOR_TREATMENTS), anything),
      preventivesTried: fc.oneof(fc.integer({ min: -3, max: 25 }), fc.double(), anything),
      commitment: fc.oneof(fc.constantFrom(...COMMITMENTS), anything),
      adult: fc.oneof(fc.boolean(), anything),
      longHeadaches: fc.oneof(fc.boolean(), anything),
      painRelieverDays: fc.oneof(fc.integer({ min: -5, max: 40 }), anything),
      triptanDays: fc.oneof(fc.integer({ min: -5, max: 40 }), anything),
      safety: fc.oneof(
        fc.dictionary(fc.oneof(fc.constantFrom(...SAFETY_KEYS), fc.string()), anything),
        anything,
      ),
    },
    { requiredKeys: [] },
  );
  const checkWord = fc.constantFrom(
    'duration',
    'overuse',
    'adult',
    'safety',
    'Duration',
    'OVERUSE',
    'Adult',
    'SAFETY',
    'colour',
  );

  it('sanitizeAnswers keeps only valid fields and reports the rest', () => {
    fc.assert(
      fc.property(fc.oneof(anything, answerLike), (input) => {
        const { answers, rejected } = sanitizeAnswers(input);
        expect(Object.getPrototypeOf(answers)).to.equal(Object.prototype);
        expect(rejected).to.be.an('array');
        expect(sanitizeAnswers(answers)).to.deep.equal({ answers, rejected: [] });
        const tried = answers.preventivesTried;
        if (tried !== undefined) {
          expect(Number.isInteger(tried)).to.equal(true);
          expect(tried).to.be.within(0, 20);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('evaluateCandidacy always returns a consistent result', () => {
    fc.assert(
      fc.property(
        fc.oneof(anything, answerLike),
        fc.oneof(fc.array(checkWord, { maxLength: 6 }), anything),
        (answers, checks) => {
          const result = evaluateCandidacy(
            untyped<CandidacyAnswers>(answers),
            untyped<string[]>(checks),
          );
          expect(OUTCOMES).to.include(result.outcome);
          expect(result.outcome).to.equal(modelOutcome(result.criteria.map((c) => c.status)));
          const ids = result.criteria.map((c) => c.id);
          // Age and safety are always there, whatever the checks.
          expect(ids.slice(0, 4)).to.deep.equal([
            'chronic-migraine',
            'prior-treatment',
            'commitment',
            'adult',
          ]);
          expect(ids.at(-1)).to.equal('safety');
          expect(ids).to.deep.equal(CRITERION_IDS.filter((id) => ids.includes(id)));
          for (const criterion of result.criteria) {
            expect(CRITERION_REASONS[criterion.id]).to.include(criterion.reason);
            expect(criterion.status === 'unknown').to.equal(criterion.reason === 'unanswered');
            if (criterion.flags !== undefined) {
              expect(criterion.id).to.equal('safety');
              expect(criterion.flags).to.not.be.empty;
              expect(toResult('safety', modelSafety(criterion.flags))).to.deep.equal(criterion);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('evaluateCandidacy follows the clinical rules for any valid answers and checks', () => {
    const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
    const count = (max: number) =>
      fc.oneof(fc.integer({ min: 0, max }), fc.constantFrom(0, 1, 2, 3, 5, 9, 10, 14, 15, max));
    const validAnswers = fc.record({
      headacheDays: maybe(count(31)),
      months: maybe(fc.oneof(fc.integer({ min: 0, max: 600 }), fc.constantFrom(2, 3))),
      priorTreatment: maybe(fc.constantFrom(...PRIOR_TREATMENTS)),
      preventivesTried: maybe(count(20)),
      commitment: maybe(fc.constantFrom(...COMMITMENTS)),
      adult: maybe(fc.boolean()),
      longHeadaches: maybe(fc.boolean()),
      painRelieverDays: maybe(count(31)),
      triptanDays: maybe(count(31)),
      safety: maybe(
        fc.record(
          {
            allergy: fc.boolean(),
            skinInfection: fc.boolean(),
            neuromuscular: fc.boolean(),
            breathingBleeding: fc.boolean(),
            pregnant: fc.boolean(),
            recentToxin: fc.boolean(),
          },
          { requiredKeys: [] },
        ),
      ),
    });
    fc.assert(
      fc.property(
        validAnswers,
        fc.option(fc.array(checkWord, { maxLength: 6 }), { nil: undefined }),
        (generated, checks) => {
          // Drop the fields the generator left undefined: a missing field is unanswered.
          const answers = Object.fromEntries(
            Object.entries(generated).filter(([, value]) => value !== undefined),
          ) as CandidacyAnswers;
          expect(sanitizeAnswers(answers).rejected).to.deep.equal([]);
          const result =
            checks === undefined ? evaluateCandidacy(answers) : evaluateCandidacy(answers, checks);
          expect(result).to.deep.equal(modelEvaluate(answers, checks));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('parseChecks, parseCount, questionsFor, isAnswered and shouldAnnounceOutcome accept anything', () => {
    fc.assert(
      fc.property(anything, anything, (a, b) => {
        const parsed = parseChecks(a);
        expect(parsed.checks).to.deep.equal(CHECK_KEYS.filter((k) => parsed.checks.includes(k)));
        expect(parsed.alwaysAsked).to.deep.equal(
          ALWAYS_ASKED.filter((k) => parsed.alwaysAsked.includes(k)),
        );
        if (typeof a !== 'string') expect(parseCount(untyped<string>(a), 0, 31)).to.equal(null);
        const questions = questionsFor(untyped<string[]>(a));
        expect(questions).to.include.members(['adult', 'safety']);
        expect(questions).to.deep.equal(QUESTION_IDS.filter((q) => questions.includes(q)));
        expect(isAnswered(untyped<QuestionId>(a), untyped<CandidacyAnswers>(b))).to.be.a('boolean');
        expect(shouldAnnounceOutcome(untyped<Outcome>(a), untyped<Outcome>(b))).to.be.a('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('parseChecks sorts every check word into checks, alwaysAsked or unknown', () => {
    fc.assert(
      fc.property(fc.array(checkWord, { maxLength: 8 }), fc.boolean(), (words, asString) => {
        const parsed = parseChecks(asString ? words.join(', ') : words);
        const lower = words.map((word) => word.toLowerCase());
        expect(parsed.checks).to.deep.equal(SWITCHABLE.filter((key) => lower.includes(key)));
        expect(parsed.alwaysAsked).to.deep.equal(
          (['adult', 'safety'] as const).filter((key) => lower.includes(key)),
        );
        expect(parsed.unknown).to.deep.equal(words.includes('colour') ? ['colour'] : []);
        expect(parsed.invalid).to.equal(false);
      }),
      { numRuns: 300 },
    );
  });

  it('parseCount accepts exactly the in-range digit strings', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const value = parseCount(text, 0, 31);
        if (value === null) return;
        expect(Number.isInteger(value)).to.equal(true);
        expect(value).to.be.within(0, 31);
        expect(text.trim()).to.match(/^\d+$/);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 31 }), (n) => {
        expect(parseCount(` ${n} `, 0, 31)).to.equal(n);
      }),
    );
  });
});

describe('lastDays', () => {
  it('lists today and the days before it, oldest first', () => {
    expect(lastDays('2024-03-02', 4)).to.deep.equal([
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
      '2024-03-02',
    ]);
    expect(lastDays('2024-01-01', 2)).to.deep.equal(['2023-12-31', '2024-01-01']);
  });

  it('gives the counter its 30 days ending today', () => {
    const days = lastDays('2024-10-27', COUNTER_DAYS);
    expect(days).to.have.length(30);
    expect(days[0]).to.equal('2024-09-28');
    expect(days[29]).to.equal('2024-10-27');
    expect(new Set(days).size).to.equal(30);
  });

  it('is not thrown off by daylight-saving changes', () => {
    for (const today of ['2024-03-31', '2024-11-03', '2024-10-27', '2024-03-10']) {
      const days = lastDays(today, COUNTER_DAYS);
      expect(days[29]).to.equal(today);
      for (let i = 1; i < days.length; i++) {
        expect(Date.parse(days[i]) - Date.parse(days[i - 1])).to.equal(86_400_000);
      }
    }
  });

  it('returns no days for malformed dates or counts', () => {
    for (const today of [
      '',
      '2024-2-01',
      '2024-02-30',
      '2024-13-01',
      'today',
      untyped<string>(5),
    ]) {
      expect(lastDays(today, 3), String(today)).to.deep.equal([]);
    }
    for (const count of [0, -1, 1.5, 367, NaN, untyped<number>('3')]) {
      expect(lastDays('2024-01-10', count), String(count)).to.deep.equal([]);
    }
    expect(lastDays('2024-01-10', 366)).to.have.length(366);
    expect(lastDays('2024-01-10', 1)).to.deep.equal(['2024-01-10']);
  });
});

describe('gridMove', () => {
  const grid = { count: COUNTER_DAYS, columns: COUNTER_COLUMNS };

  it('moves a day with the arrows, and swaps left and right in RTL', () => {
    expect(gridMove(10, 'ArrowRight', grid)).to.equal(11);
    expect(gridMove(10, 'ArrowLeft', grid)).to.equal(9);
    expect(gridMove(10, 'ArrowRight', { ...grid, rtl: true })).to.equal(9);
    expect(gridMove(10, 'ArrowLeft', { ...grid, rtl: true })).to.equal(11);
    expect(gridMove(6, 'ArrowRight', grid), 'wraps to the next row').to.equal(7);
  });

  it('moves a week with up and down', () => {
    expect(gridMove(10, 'ArrowDown', grid)).to.equal(17);
    expect(gridMove(10, 'ArrowUp', grid)).to.equal(3);
  });

  it('goes to the row edges with Home and End, and to the grid edges with Ctrl', () => {
    expect(gridMove(10, 'Home', grid)).to.equal(7);
    expect(gridMove(10, 'End', grid)).to.equal(13);
    expect(gridMove(28, 'End', grid), 'the short last row').to.equal(29);
    expect(gridMove(10, 'Home', { ...grid, ctrl: true })).to.equal(0);
    expect(gridMove(10, 'End', { ...grid, ctrl: true })).to.equal(29);
  });

  it('stops at the edges', () => {
    expect(gridMove(0, 'ArrowLeft', grid)).to.equal(0);
    expect(gridMove(29, 'ArrowRight', grid)).to.equal(29);
    expect(gridMove(3, 'ArrowUp', grid)).to.equal(3);
    expect(gridMove(25, 'ArrowDown', grid)).to.equal(25);
    expect(gridMove(0, 'ArrowRight', { ...grid, rtl: true })).to.equal(0);
  });

  it('leaves other keys alone', () => {
    for (const key of ['Enter', ' ', 'a', 'PageUp', '']) {
      expect(gridMove(5, key, grid), key).to.equal(null);
    }
  });
});

describe('summaryText', () => {
  it('lays out the answers, the result and the note as plain text', () => {
    const text = summaryText({
      title: 'Is Botox for me?',
      answersHeading: 'Your answers',
      answers: [
        ['Headache days a month', '20'],
        ['Safety points', ['Allergy', 'Pregnancy']],
        ['18 or older', 'Yes'],
      ],
      resultHeading: 'Result',
      outcome: 'Talk with the doctor first',
      explanation: 'Some points need a talk.',
      criteria: [
        { label: 'Headache days', status: 'Met', reason: 'You have 15 or more.' },
        {
          label: 'Safety',
          status: 'Talk with your doctor',
          reason: 'Talk to the doctor first about:',
          details: ['Allergy', 'Pregnancy'],
        },
      ],
      note: 'The clinic decides.',
    });
    expect(text).to.equal(
      [
        'Is Botox for me?',
        '',
        'Your answers',
        '- Headache days a month: 20',
        '- Safety points:',
        '  - Allergy',
        '  - Pregnancy',
        '- 18 or older: Yes',
        '',
        'Result: Talk with the doctor first',
        'Some points need a talk.',
        '- Headache days: Met. You have 15 or more.',
        '- Safety: Talk with your doctor. Talk to the doctor first about:',
        '  - Allergy',
        '  - Pregnancy',
        '',
        'The clinic decides.',
      ].join('\n'),
    );
  });

  it('leaves out the reason, and its space, when it is empty', () => {
    const text = summaryText({
      title: 'T',
      answersHeading: 'A',
      answers: [],
      resultHeading: 'R',
      outcome: 'Not suitable',
      explanation: 'E',
      criteria: [
        { label: 'Safety', status: 'Not suitable', reason: '', details: ['Allergy', 'Pregnancy'] },
        { label: 'Age', status: 'Not met', reason: '' },
        { label: 'Headache days', status: 'Met', reason: 'You have 15 or more.' },
      ],
      note: 'N',
    });
    expect(text).to.equal(
      [
        'T',
        '',
        'A',
        '',
        'R: Not suitable',
        'E',
        '- Safety: Not suitable.',
        '  - Allergy',
        '  - Pregnancy',
        '- Age: Not met.',
        '- Headache days: Met. You have 15 or more.',
        '',
        'N',
      ].join('\n'),
    );
    for (const line of text.split('\n')) expect(line, JSON.stringify(line)).to.not.match(/\s$/);
  });

  it('handles no answers and no criteria', () => {
    const text = summaryText({
      title: 'T',
      answersHeading: 'A',
      answers: [],
      resultHeading: 'R',
      outcome: 'O',
      explanation: 'E',
      criteria: [],
      note: 'N',
    });
    expect(text).to.equal('T\n\nA\n\nR: O\nE\n\nN');
  });
});
