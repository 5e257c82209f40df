// The explicit tables of expected results the candidacy tests go through.
import {
  CRITERION_IDS,
  type CandidacyAnswers,
  type CriterionId,
  type CriterionResult,
  type Outcome,
  type PriorTreatment,
  type ReasonCode,
  type SafetyKey,
} from '../../../src/logic/candidacy/types.js';
import {
  BASE,
  FLAG_ORDER,
  MET,
  SWITCHABLE,
  UNKNOWN,
  modelOutcome,
  switchedOn,
  toResult,
  withAnswers,
  type Expected,
} from './model.js';

// ---------------------------------------------------------------------------------------------
// Explicit tables.
// ---------------------------------------------------------------------------------------------

/** Each safety flag alone: its status, its own reason, and the outcome with otherwise-met answers. */
export const FLAG_ALONE: [SafetyKey, 'not-met' | 'discuss', ReasonCode, Outcome][] = [
  ['allergy', 'not-met', 'toxin-allergy', 'unlikely'],
  ['skinInfection', 'not-met', 'skin-infection', 'unlikely'],
  ['pregnant', 'not-met', 'pregnancy', 'unlikely'],
  ['neuromuscular', 'discuss', 'neuromuscular', 'discuss'],
  ['breathingBleeding', 'discuss', 'breathing-bleeding', 'discuss'],
  ['recentToxin', 'discuss', 'recent-toxin', 'discuss'],
];

/** Every pair of flags (all 15), written out: the most serious flag leads. */
export const FLAG_PAIRS: [SafetyKey, SafetyKey, Expected, Outcome][] = [
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
export function expectedCriteria(
  checks: readonly string[] | undefined,
  changes: Partial<Record<CriterionId, Expected>>,
): CriterionResult[] {
  const on = switchedOn(checks);
  return CRITERION_IDS.filter(
    (id) => !(SWITCHABLE as readonly string[]).includes(id) || on.has(id),
  ).map((id) => toResult(id, changes[id] ?? ['met', MET[id]]));
}

export const EVALUATION_ROWS: EvaluationRow[] = [
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
export const FLAG_SUBSETS: SafetyKey[][] = Array.from(
  { length: 2 ** FLAG_ORDER.length },
  (_, bits) => FLAG_ORDER.filter((_key, index) => (bits >> index) & 1),
);
