import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
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
  COUNTER_COLUMNS,
  COUNTER_DAYS,
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
  type CheckKey,
  type CriterionId,
  type CriterionResult,
  type CriterionStatus,
  type Outcome,
  type ParsedChecks,
  type QuestionId,
  type ReasonCode,
  type SafetyKey,
} from '../../src/logic/candidacy.js';

/** Lets a test hand deliberately ill-typed input to a typed function. */
function untyped<T>(value: unknown): T {
  return value as T;
}

/** Answers that meet every criterion. */
const BASE: Readonly<CandidacyAnswers> = Object.freeze({
  headacheDays: 20,
  months: 6,
  priorTreatment: 'not-helped',
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

interface EvaluationRow {
  name: string;
  answers: CandidacyAnswers;
  checks?: readonly CheckKey[];
  outcome: Outcome;
  /** Criteria that differ from "met with its MET reason"; every other active criterion is met. */
  changes?: Partial<Record<CriterionId, Expected>>;
}

/** The full expected criteria list: active criteria in order, met unless listed in `changes`. */
function expectedCriteria(
  checks: readonly CheckKey[],
  changes: Partial<Record<CriterionId, Expected>>,
): CriterionResult[] {
  return CRITERION_IDS.filter(
    (id) => !(CHECK_KEYS as readonly string[]).includes(id) || checks.includes(id as CheckKey),
  ).map((id) => {
    const change = changes[id];
    if (change === undefined) return { id, status: 'met', reason: MET[id] };
    const [status, reason, flags] = change;
    return flags === undefined ? { id, status, reason } : { id, status, reason, flags };
  });
}

const UNKNOWN: Expected = ['unknown', 'unanswered'];

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

  // Prior treatment.
  {
    name: 'prior treatment not-helped',
    answers: withAnswers({ priorTreatment: 'not-helped' }),
    outcome: 'likely',
  },
  {
    name: 'prior treatment side-effects',
    answers: withAnswers({ priorTreatment: 'side-effects' }),
    outcome: 'likely',
    changes: { 'prior-treatment': ['met', 'treatment-side-effects'] },
  },
  {
    name: 'prior treatment helped',
    answers: withAnswers({ priorTreatment: 'helped' }),
    outcome: 'unlikely',
    changes: { 'prior-treatment': ['not-met', 'treatment-helps'] },
  },
  {
    name: 'prior treatment not-tried',
    answers: withAnswers({ priorTreatment: 'not-tried' }),
    outcome: 'unlikely',
    changes: { 'prior-treatment': ['not-met', 'try-others-first'] },
  },
  {
    name: 'prior treatment missing',
    answers: withAnswers({ priorTreatment: undefined }),
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

  // Adult check.
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
  {
    name: 'adult check off: under 18 no longer counts',
    answers: withAnswers({ adult: false }),
    checks: ['duration', 'overuse', 'safety'],
    outcome: 'likely',
  },
  {
    name: 'adult check off: missing answer no longer counts',
    answers: withAnswers({ adult: undefined }),
    checks: ['duration', 'overuse', 'safety'],
    outcome: 'likely',
  },
  {
    name: 'adult check alone on',
    answers: withAnswers({ adult: false, longHeadaches: false, safety: { pregnant: true } }),
    checks: ['adult'],
    outcome: 'unlikely',
    changes: { adult: ['not-met', 'under-18'] },
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
    checks: ['adult', 'overuse', 'safety'],
    outcome: 'likely',
  },
  {
    name: 'duration check off: missing answer no longer counts',
    answers: withAnswers({ longHeadaches: undefined }),
    checks: ['adult', 'overuse', 'safety'],
    outcome: 'likely',
  },
  {
    name: 'duration check alone on',
    answers: withAnswers({ adult: false, longHeadaches: false }),
    checks: ['duration'],
    outcome: 'unlikely',
    changes: { duration: ['not-met', 'short-headaches'] },
  },

  // Overuse check.
  {
    name: '14 pain reliever days, 0 triptan days',
    answers: withAnswers({ painRelieverDays: 14 }),
    outcome: 'likely',
  },
  {
    name: '15 pain reliever days',
    answers: withAnswers({ painRelieverDays: 15 }),
    outcome: 'discuss',
    changes: { overuse: ['discuss', 'possible-overuse'] },
  },
  {
    name: '31 pain reliever days',
    answers: withAnswers({ painRelieverDays: 31 }),
    outcome: 'discuss',
    changes: { overuse: ['discuss', 'possible-overuse'] },
  },
  {
    name: '9 triptan days',
    answers: withAnswers({ triptanDays: 9 }),
    outcome: 'likely',
  },
  {
    name: '10 triptan days',
    answers: withAnswers({ triptanDays: 10 }),
    outcome: 'discuss',
    changes: { overuse: ['discuss', 'possible-overuse'] },
  },
  {
    name: '14 pain reliever days and 9 triptan days',
    answers: withAnswers({ painRelieverDays: 14, triptanDays: 9 }),
    outcome: 'likely',
  },
  {
    name: '15 pain reliever days and 10 triptan days',
    answers: withAnswers({ painRelieverDays: 15, triptanDays: 10 }),
    outcome: 'discuss',
    changes: { overuse: ['discuss', 'possible-overuse'] },
  },
  {
    name: '15 pain reliever days with triptan days missing',
    answers: withAnswers({ painRelieverDays: 15, triptanDays: undefined }),
    outcome: 'discuss',
    changes: { overuse: ['discuss', 'possible-overuse'] },
  },
  {
    name: '10 triptan days with pain reliever days missing',
    answers: withAnswers({ painRelieverDays: undefined, triptanDays: 10 }),
    outcome: 'discuss',
    changes: { overuse: ['discuss', 'possible-overuse'] },
  },
  {
    name: '14 pain reliever days with triptan days missing',
    answers: withAnswers({ painRelieverDays: 14, triptanDays: undefined }),
    outcome: 'incomplete',
    changes: { overuse: UNKNOWN },
  },
  {
    name: '9 triptan days with pain reliever days missing',
    answers: withAnswers({ painRelieverDays: undefined, triptanDays: 9 }),
    outcome: 'incomplete',
    changes: { overuse: UNKNOWN },
  },
  {
    name: 'both medicine counts missing',
    answers: withAnswers({ painRelieverDays: undefined, triptanDays: undefined }),
    outcome: 'incomplete',
    changes: { overuse: UNKNOWN },
  },
  {
    name: '32 pain reliever days (rejected, so unknown)',
    answers: withAnswers({ painRelieverDays: 32 }),
    outcome: 'incomplete',
    changes: { overuse: UNKNOWN },
  },
  {
    name: 'overuse check off: 31 pain reliever days no longer count',
    answers: withAnswers({ painRelieverDays: 31, triptanDays: 31 }),
    checks: ['adult', 'duration', 'safety'],
    outcome: 'likely',
  },
  {
    name: 'overuse check off: missing answers no longer count',
    answers: withAnswers({ painRelieverDays: undefined, triptanDays: undefined }),
    checks: ['adult', 'duration', 'safety'],
    outcome: 'likely',
  },

  // Safety check.
  ...SAFETY_KEYS.map((key): EvaluationRow => ({
    name: `safety flag ${key} alone`,
    answers: withAnswers({ safety: { [key]: true } }),
    outcome: 'discuss',
    changes: { safety: ['discuss', 'safety-flag', [key]] },
  })),
  ...SAFETY_KEYS.map((key): EvaluationRow => ({
    name: `safety flag ${key} explicitly false`,
    answers: withAnswers({ safety: { [key]: false } }),
    outcome: 'likely',
  })),
  {
    name: 'every safety flag, listed in SAFETY_KEYS order',
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
    outcome: 'discuss',
    changes: { safety: ['discuss', 'safety-flag', [...SAFETY_KEYS]] },
  },
  {
    name: 'two safety flags, one false one',
    answers: withAnswers({ safety: { pregnant: true, allergy: true, neuromuscular: false } }),
    outcome: 'discuss',
    changes: { safety: ['discuss', 'safety-flag', ['allergy', 'pregnant']] },
  },
  {
    name: 'all safety flags false',
    answers: withAnswers({
      safety: {
        allergy: false,
        skinInfection: false,
        neuromuscular: false,
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
  {
    name: 'safety check off: a safety flag no longer counts',
    answers: withAnswers({ safety: { pregnant: true } }),
    checks: ['adult', 'duration', 'overuse'],
    outcome: 'likely',
  },
  {
    name: 'safety check off: missing answer no longer counts',
    answers: withAnswers({ safety: undefined }),
    checks: ['adult', 'duration', 'overuse'],
    outcome: 'likely',
  },

  // Checks.
  {
    name: 'no checks: only the three core criteria, clinical answers ignored',
    answers: {
      headacheDays: 20,
      months: 6,
      priorTreatment: 'side-effects',
      commitment: 'yes',
      adult: false,
      longHeadaches: false,
      painRelieverDays: 31,
      safety: { allergy: true },
    },
    checks: [],
    outcome: 'likely',
    changes: { 'prior-treatment': ['met', 'treatment-side-effects'] },
  },
  {
    name: 'checks given out of order and repeated still list criteria in order',
    answers: withAnswers({ adult: false, safety: { allergy: true } }),
    checks: ['safety', 'adult', 'safety'],
    outcome: 'unlikely',
    changes: { adult: ['not-met', 'under-18'], safety: ['discuss', 'safety-flag', ['allergy']] },
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
    name: 'no answers and no checks',
    answers: {},
    checks: [],
    outcome: 'incomplete',
    changes: {
      'chronic-migraine': UNKNOWN,
      'prior-treatment': UNKNOWN,
      commitment: UNKNOWN,
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
      painRelieverDays: 20,
      safety: { recentToxin: true },
    }),
    outcome: 'unlikely',
    changes: {
      commitment: ['discuss', 'unsure-commitment'],
      duration: ['not-met', 'short-headaches'],
      overuse: ['discuss', 'possible-overuse'],
      safety: ['discuss', 'safety-flag', ['recentToxin']],
    },
  },
  {
    name: 'several discuss results stay discuss',
    answers: withAnswers({ commitment: 'unsure', triptanDays: 10, safety: { pregnant: true } }),
    outcome: 'discuss',
    changes: {
      commitment: ['discuss', 'unsure-commitment'],
      overuse: ['discuss', 'possible-overuse'],
      safety: ['discuss', 'safety-flag', ['pregnant']],
    },
  },
  {
    name: 'an unknown in an inactive check does not make the result incomplete',
    answers: withAnswers({ commitment: 'no', adult: undefined }),
    checks: ['duration', 'overuse', 'safety'],
    outcome: 'unlikely',
    changes: { commitment: ['not-met', 'no-commitment'] },
  },
];

describe('candidacy constants', () => {
  it('lists the check keys, enums and ids in their documented order', () => {
    expect([...CHECK_KEYS]).to.deep.equal(['adult', 'duration', 'overuse', 'safety']);
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

  it('has the documented limits and thresholds', () => {
    expect(LIMITS).to.deep.equal({
      headacheDays: { min: 0, max: 31 },
      months: { min: 0, max: 600 },
      painRelieverDays: { min: 0, max: 31 },
      triptanDays: { min: 0, max: 31 },
      chronicDays: 15,
      chronicMonths: 3,
      painRelieverOveruseDays: 15,
      triptanOveruseDays: 10,
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

  it('uses the clinic article reason codes for the not-met and discuss cases', () => {
    expect(CRITERION_REASONS['chronic-migraine']).to.include.members([
      'too-few-days',
      'too-recent',
    ]);
    expect(CRITERION_REASONS['prior-treatment']).to.include.members([
      'treatment-helps',
      'try-others-first',
    ]);
    expect(CRITERION_REASONS.commitment).to.include.members(['unsure-commitment', 'no-commitment']);
    expect(CRITERION_REASONS.adult).to.include('under-18');
    expect(CRITERION_REASONS.duration).to.include('short-headaches');
    expect(CRITERION_REASONS.overuse).to.include('possible-overuse');
    expect(CRITERION_REASONS.safety).to.include('safety-flag');
  });
});

describe('evaluateCandidacy', () => {
  for (const row of EVALUATION_ROWS) {
    it(`${row.name} → ${row.outcome}`, () => {
      const checks = row.checks ?? CHECK_KEYS;
      const result =
        row.checks === undefined
          ? evaluateCandidacy(row.answers)
          : evaluateCandidacy(row.answers, row.checks);
      expect(result.outcome).to.equal(row.outcome);
      expect(result.criteria).to.deep.equal(expectedCriteria(checks, row.changes ?? {}));
    });
  }

  it('only ever gives a criterion one of its own reason codes', () => {
    for (const row of EVALUATION_ROWS) {
      for (const criterion of evaluateCandidacy(row.answers, row.checks).criteria) {
        expect(CRITERION_REASONS[criterion.id], `${row.name}: ${criterion.id}`).to.include(
          criterion.reason,
        );
      }
    }
  });

  it('gives the same result with checks omitted as with all four listed', () => {
    const answers = withAnswers({ adult: false, safety: { allergy: true } });
    expect(evaluateCandidacy(answers)).to.deep.equal(evaluateCandidacy(answers, CHECK_KEYS));
    expect(evaluateCandidacy(answers).outcome).to.equal('unlikely');
  });

  it('treats undefined checks as all checks', () => {
    const result = evaluateCandidacy(withAnswers({ longHeadaches: false }), undefined);
    expect(result.outcome).to.equal('unlikely');
    expect(result.criteria.map((criterion) => criterion.id)).to.deep.equal([...CRITERION_IDS]);
  });

  it('ignores unknown check keys', () => {
    const result = evaluateCandidacy(
      withAnswers({ adult: false }),
      untyped<CheckKey[]>(['colour', 'duration']),
    );
    expect(result.outcome).to.equal('likely');
    expect(result.criteria.map((criterion) => criterion.id)).to.deep.equal([
      'chronic-migraine',
      'prior-treatment',
      'commitment',
      'duration',
    ]);
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
    expect(result.criteria).to.deep.equal(expectedCriteria(CHECK_KEYS, { commitment: UNKNOWN }));
  });

  it('does not change the answers it is given', () => {
    const answers = withAnswers({ safety: { pregnant: true, allergy: false } });
    const copy = JSON.parse(JSON.stringify(answers)) as CandidacyAnswers;
    evaluateCandidacy(answers);
    expect(answers).to.deep.equal(copy);
  });

  it('returns a fresh flags array each time', () => {
    const answers = withAnswers({ safety: { allergy: true } });
    const first = evaluateCandidacy(answers);
    first.criteria[6]!.flags!.push('pregnant');
    expect(evaluateCandidacy(answers).criteria[6]!.flags).to.deep.equal(['allergy']);
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
  const ALL: ParsedChecks = { checks: [...CHECK_KEYS], unknown: [], invalid: false };
  const ALL_INVALID: ParsedChecks = { checks: [...CHECK_KEYS], unknown: [], invalid: true };
  const NONE: ParsedChecks = { checks: [], unknown: [], invalid: false };

  const revoked = Proxy.revocable([], {});
  revoked.revoke();

  const rows: [string, unknown, ParsedChecks][] = [
    ['null', null, ALL],
    ['undefined', undefined, ALL],
    ['an empty string', '', NONE],
    ['a blank string', ' \t\n ', NONE],
    ['only separators', ' , ,, ', NONE],
    ['one key', 'adult', { checks: ['adult'], unknown: [], invalid: false }],
    [
      'comma-separated keys',
      'adult,duration',
      { checks: ['adult', 'duration'], unknown: [], invalid: false },
    ],
    [
      'space-separated keys',
      'overuse safety',
      { checks: ['overuse', 'safety'], unknown: [], invalid: false },
    ],
    [
      'comma- and space-separated keys with padding',
      '  safety ,  adult\t,duration\n',
      { checks: ['adult', 'duration', 'safety'], unknown: [], invalid: false },
    ],
    [
      'keys out of order',
      'safety overuse duration adult',
      { checks: ['adult', 'duration', 'overuse', 'safety'], unknown: [], invalid: false },
    ],
    [
      'duplicate keys',
      'adult, adult,adult safety',
      { checks: ['adult', 'safety'], unknown: [], invalid: false },
    ],
    [
      'empty items between commas',
      'adult,,duration,',
      { checks: ['adult', 'duration'], unknown: [], invalid: false },
    ],
    [
      'upper-case keys',
      'ADULT, Safety',
      { checks: ['adult', 'safety'], unknown: [], invalid: false },
    ],
    [
      'unknown keys, deduplicated and trimmed',
      ' colour, adult ,colour  size, Colour ',
      { checks: ['adult'], unknown: ['colour', 'size', 'Colour'], invalid: false },
    ],
    ['only unknown keys', 'foo bar', { checks: [], unknown: ['foo', 'bar'], invalid: false }],
    [
      'a criterion id that is not a check',
      'chronic-migraine commitment',
      { checks: [], unknown: ['chronic-migraine', 'commitment'], invalid: false },
    ],
    ['an empty array', [], NONE],
    ['an array of one key', ['duration'], { checks: ['duration'], unknown: [], invalid: false }],
    [
      'an array with duplicates out of order',
      ['safety', 'adult', 'safety'],
      { checks: ['adult', 'safety'], unknown: [], invalid: false },
    ],
    [
      'an array with padded items',
      [' adult ', '\toveruse'],
      { checks: ['adult', 'overuse'], unknown: [], invalid: false },
    ],
    [
      'an array item holding several keys',
      ['adult duration', 'safety,overuse'],
      { checks: ['adult', 'duration', 'overuse', 'safety'], unknown: [], invalid: false },
    ],
    ['an array of empty strings', ['', '  '], NONE],
    [
      'an array with unknown keys',
      ['adult', 'colour', 'colour '],
      { checks: ['adult'], unknown: ['colour'], invalid: false },
    ],
    [
      'an array with a non-string item',
      ['adult', 42],
      { checks: ['adult'], unknown: [], invalid: true },
    ],
    [
      'an array of non-strings',
      [null, undefined, {}, ['adult']],
      { checks: [], unknown: [], invalid: true },
    ],
    [
      'a frozen array',
      Object.freeze(['overuse']),
      { checks: ['overuse'], unknown: [], invalid: false },
    ],
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

  it('returns a fresh checks array each time', () => {
    const first = parseChecks(null);
    first.checks.pop();
    expect(parseChecks(null).checks).to.deep.equal([...CHECK_KEYS]);
    expect([...CHECK_KEYS]).to.have.length(4);
  });
});

describe('isCheckKey and isOutcome', () => {
  const checkRows: [unknown, boolean][] = [
    ['adult', true],
    ['duration', true],
    ['overuse', true],
    ['safety', true],
    ['Adult', false],
    [' adult', false],
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
  const rows: [readonly CheckKey[], QuestionId[]][] = [
    [
      CHECK_KEYS,
      [
        'headache-days',
        'months',
        'duration',
        'prior-treatment',
        'overuse',
        'commitment',
        'adult',
        'safety',
      ],
    ],
    [[], ['headache-days', 'months', 'prior-treatment', 'commitment']],
    [['adult'], ['headache-days', 'months', 'prior-treatment', 'commitment', 'adult']],
    [['duration'], ['headache-days', 'months', 'duration', 'prior-treatment', 'commitment']],
    [['overuse'], ['headache-days', 'months', 'prior-treatment', 'overuse', 'commitment']],
    [['safety'], ['headache-days', 'months', 'prior-treatment', 'commitment', 'safety']],
    [
      ['safety', 'duration', 'safety'],
      ['headache-days', 'months', 'duration', 'prior-treatment', 'commitment', 'safety'],
    ],
  ];
  for (const [checks, expected] of rows) {
    it(`asks ${expected.length} questions for [${checks.join(', ')}]`, () => {
      expect(questionsFor(checks)).to.deep.equal(expected);
    });
  }

  it('ignores unknown check keys', () => {
    expect(questionsFor(untyped<CheckKey[]>(['colour', 'adult']))).to.deep.equal([
      'headache-days',
      'months',
      'prior-treatment',
      'commitment',
      'adult',
    ]);
  });

  it('asks every question when checks are undefined', () => {
    expect(questionsFor(untyped<CheckKey[]>(undefined))).to.deep.equal([...QUESTION_IDS]);
  });
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

  it('answers every question for the all-met answers', () => {
    expect(QUESTION_IDS.filter((question) => isAnswered(question, BASE))).to.deep.equal([
      ...QUESTION_IDS,
    ]);
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

  it('sanitizeAnswers keeps only valid fields and reports the rest', () => {
    fc.assert(
      fc.property(fc.oneof(anything, answerLike), (input) => {
        const { answers, rejected } = sanitizeAnswers(input);
        expect(Object.getPrototypeOf(answers)).to.equal(Object.prototype);
        expect(rejected).to.be.an('array');
        expect(sanitizeAnswers(answers)).to.deep.equal({ answers, rejected: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('evaluateCandidacy always returns a consistent result', () => {
    fc.assert(
      fc.property(
        fc.oneof(anything, answerLike),
        fc.oneof(fc.subarray([...CHECK_KEYS]), anything),
        (answers, checks) => {
          const result = evaluateCandidacy(
            untyped<CandidacyAnswers>(answers),
            untyped<CheckKey[]>(checks),
          );
          expect(OUTCOMES).to.include(result.outcome);
          expect(result.outcome).to.equal(outcomeOf(result.criteria.map((c) => c.status)));
          const ids = result.criteria.map((c) => c.id);
          expect(ids.slice(0, 3)).to.deep.equal([
            'chronic-migraine',
            'prior-treatment',
            'commitment',
          ]);
          expect(ids).to.deep.equal(CRITERION_IDS.filter((id) => ids.includes(id)));
          for (const criterion of result.criteria) {
            expect(CRITERION_REASONS[criterion.id]).to.include(criterion.reason);
            expect(criterion.status === 'unknown').to.equal(criterion.reason === 'unanswered');
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('parseChecks, parseCount, questionsFor, isAnswered and shouldAnnounceOutcome accept anything', () => {
    fc.assert(
      fc.property(anything, anything, (a, b) => {
        const parsed = parseChecks(a);
        expect(parsed.checks).to.deep.equal(CHECK_KEYS.filter((k) => parsed.checks.includes(k)));
        if (typeof a !== 'string') expect(parseCount(untyped<string>(a), 0, 31)).to.equal(null);
        expect(questionsFor(untyped<CheckKey[]>(a))).to.be.an('array');
        expect(isAnswered(untyped<QuestionId>(a), untyped<CandidacyAnswers>(b))).to.be.a('boolean');
        expect(shouldAnnounceOutcome(untyped<Outcome>(a), untyped<Outcome>(b))).to.be.a('boolean');
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
