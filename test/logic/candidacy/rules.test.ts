// The candidacy rules (src/logic/candidacy/rules.ts): criteria, outcome, questions.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  CHECK_KEYS,
  CRITERION_IDS,
  CRITERION_REASONS,
  CRITERION_STATUSES,
  PRIOR_TREATMENTS,
  QUESTION_IDS,
  type CandidacyAnswers,
  type CriterionId,
  type CriterionResult,
  type CriterionStatus,
  type Outcome,
  type PriorTreatment,
  type QuestionId,
  type SafetyAnswers,
} from '../../../src/logic/candidacy/types.js';
import {
  asksPreventivesCount,
  byAttention,
  evaluateCandidacy,
  isAnswered,
  outcomeOf,
  questionsFor,
  shouldAnnounceOutcome,
} from '../../../src/logic/candidacy/rules.js';
import { LIKELY, OLD_SAVED_LIKELY } from '../../fixtures/candidacy-answers.js';
import {
  BASE,
  FLAG_ORDER,
  MET,
  UNKNOWN,
  modelOutcome,
  modelOveruse,
  modelPrior,
  modelSafety,
  toResult,
  untyped,
  withAnswers,
} from './model.js';
import {
  EVALUATION_ROWS,
  FLAG_ALONE,
  FLAG_PAIRS,
  FLAG_SUBSETS,
  expectedCriteria,
} from './tables.js';

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
