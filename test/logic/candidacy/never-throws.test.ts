// Property-based checks across the candidacy modules: nothing throws, and the rules match the
// independent model in model.ts.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  ALWAYS_ASKED,
  CHECK_KEYS,
  COMMITMENTS,
  CRITERION_IDS,
  CRITERION_REASONS,
  OUTCOMES,
  PRIOR_TREATMENTS,
  QUESTION_IDS,
  SAFETY_KEYS,
  type CandidacyAnswers,
  type Outcome,
  type QuestionId,
} from '../../../src/logic/candidacy/types.js';
import { parseChecks, parseCount, sanitizeAnswers } from '../../../src/logic/candidacy/answers.js';
import {
  evaluateCandidacy,
  isAnswered,
  questionsFor,
  shouldAnnounceOutcome,
} from '../../../src/logic/candidacy/rules.js';
import {
  SWITCHABLE,
  modelEvaluate,
  modelOutcome,
  modelSafety,
  toResult,
  untyped,
} from './model.js';

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
