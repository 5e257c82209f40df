// Shared by the candidacy tests: helpers, and an independent statement of the rules.
import type {
  CandidacyAnswers,
  CandidacyResult,
  Commitment,
  CriterionId,
  CriterionResult,
  CriterionStatus,
  Outcome,
  PriorTreatment,
  ReasonCode,
  SafetyKey,
} from '../../../src/logic/candidacy/types.js';

/** Lets a test hand deliberately ill-typed input to a typed function. */
export function untyped<T>(value: unknown): T {
  return value as T;
}

/** Answers that meet every criterion. */
export const BASE: Readonly<CandidacyAnswers> = Object.freeze({
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
export const MET: Readonly<Record<CriterionId, ReasonCode>> = {
  'chronic-migraine': 'chronic',
  'prior-treatment': 'treatment-not-helped',
  commitment: 'committed',
  adult: 'adult',
  duration: 'long-headaches',
  overuse: 'no-overuse',
  safety: 'no-safety-flags',
};

/** `BASE` with fields replaced; a field set to `undefined` is removed. */
export function withAnswers(changes: Record<string, unknown>): CandidacyAnswers {
  const answers: Record<string, unknown> = { ...BASE, ...changes };
  for (const key of Object.keys(changes)) if (changes[key] === undefined) delete answers[key];
  return answers as CandidacyAnswers;
}

export type Expected = [CriterionStatus, ReasonCode] | [CriterionStatus, ReasonCode, SafetyKey[]];

export const UNKNOWN: Expected = ['unknown', 'unanswered'];

// ---------------------------------------------------------------------------------------------
// An independent statement of the rules, written from the clinical facts (not from the code under
// test): the tables below and the property-based model use these, never SAFETY_RULES or LIMITS.
// ---------------------------------------------------------------------------------------------

/** The two clinic-switchable checks. Age and safety are never switchable. */
export const SWITCHABLE = ['duration', 'overuse'] as const;

/** The safety flags in their canonical order. */
export const FLAG_ORDER: readonly SafetyKey[] = [
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
export function modelSafety(raised: readonly SafetyKey[]): Expected {
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
export function modelPrior(
  answer: PriorTreatment | undefined,
  tried: number | undefined,
): Expected {
  if (answer === 'helped') return ['not-met', 'treatment-helps'];
  if (answer === 'not-tried') return ['not-met', 'try-others-first'];
  if (answer === undefined || tried === undefined) return UNKNOWN;
  if (tried === 0) return ['not-met', 'try-others-first'];
  if (tried <= 2) return ['discuss', 'fewer-than-three'];
  return ['met', answer === 'not-helped' ? 'treatment-not-helped' : 'treatment-side-effects'];
}

/** The overuse result: 15+ pain reliever days, 10+ triptan days, or both kinds on 10+ days. */
export function modelOveruse(pain: number | undefined, triptan: number | undefined): Expected {
  if ((pain !== undefined && pain >= 15) || (triptan !== undefined && triptan >= 10)) {
    return ['discuss', 'possible-overuse'];
  }
  if (pain === undefined || triptan === undefined) return UNKNOWN;
  if (pain >= 1 && triptan >= 1 && pain + triptan >= 10) return ['discuss', 'combined-overuse'];
  return ['met', 'no-overuse'];
}

/** The outcome for a list of statuses. */
export function modelOutcome(statuses: readonly CriterionStatus[]): Outcome {
  if (statuses.some((status) => status === 'unknown')) return 'incomplete';
  if (statuses.some((status) => status === 'not-met')) return 'unlikely';
  if (statuses.some((status) => status === 'discuss')) return 'discuss';
  return 'likely';
}

/** The switchable checks a `checks` array turns on (`undefined`: both). */
export function switchedOn(checks: readonly string[] | undefined): Set<string> {
  if (checks === undefined) return new Set(SWITCHABLE);
  const words = checks.flatMap((item) => item.split(/[\s,]+/)).map((word) => word.toLowerCase());
  return new Set(SWITCHABLE.filter((key) => words.includes(key)));
}

export function toResult(id: CriterionId, [status, reason, flags]: Expected): CriterionResult {
  return flags === undefined ? { id, status, reason } : { id, status, reason, flags };
}

/** The commitment result for each answer. */
const COMMITMENT_RESULTS: Readonly<Record<Commitment, Expected>> = {
  yes: ['met', 'committed'],
  unsure: ['discuss', 'unsure-commitment'],
  no: ['not-met', 'no-commitment'],
};

/** The whole evaluation of valid answers, from the rules above. */
export function modelEvaluate(
  answers: CandidacyAnswers,
  checks?: readonly string[],
): CandidacyResult {
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
