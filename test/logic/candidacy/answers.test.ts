// Input cleaning of the candidacy self-check (src/logic/candidacy/answers.ts).
import { expect } from '@open-wc/testing';
import {
  ALWAYS_ASKED,
  CHECK_KEYS,
  COMMITMENTS,
  PRIOR_TREATMENTS,
  SAFETY_KEYS,
  type CandidacyAnswers,
} from '../../../src/logic/candidacy/types.js';
import {
  isCheckKey,
  isOutcome,
  parseChecks,
  parseCount,
  sanitizeAnswers,
  type ParsedChecks,
} from '../../../src/logic/candidacy/answers.js';
import { untyped } from './model.js';

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
