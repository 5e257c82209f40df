import { expect } from '@open-wc/testing';
import {
  BENEFIT_KEYS,
  resolveBenefitKeys,
  resolveHeadingLevel,
  resolveLayout,
} from '../../src/logic/benefits.js';

describe('benefit rules', () => {
  it("lists the article's four benefits in its order", () => {
    expect(BENEFIT_KEYS).to.deep.equal(['relief', 'side-effects', 'not-a-pill', 'daily-life']);
  });

  const cases: Array<[string, unknown, string[], string[], boolean]> = [
    ['not given', undefined, [...BENEFIT_KEYS], [], false],
    ['null', null, [...BENEFIT_KEYS], [], false],
    ['a subset in order', 'daily-life,relief', ['daily-life', 'relief'], [], false],
    ['an array', ['not-a-pill', 'side-effects'], ['not-a-pill', 'side-effects'], [], false],
    ['empty: only clinic items', '', [], [], false],
    ['an unknown key beside known ones', 'relief,miracle', ['relief'], ['miracle'], false],
    ['only unknown keys', 'miracle, cure', [...BENEFIT_KEYS], ['miracle', 'cure'], true],
    ['the wrong type', 12, [...BENEFIT_KEYS], [], true],
  ];
  for (const [name, input, keys, unknown, fellBack] of cases) {
    it(`items ${name}`, () => {
      expect(resolveBenefitKeys(input)).to.deep.equal({ keys, unknown, fellBack });
    });
  }

  it('layout is list or grid, list otherwise', () => {
    expect(resolveLayout('grid')).to.deep.equal({ value: 'grid', valid: true });
    expect(resolveLayout(undefined)).to.deep.equal({ value: 'list', valid: true });
    expect(resolveLayout('masonry')).to.deep.equal({ value: 'list', valid: false });
  });

  it('heading level is 2–6, 2 otherwise', () => {
    expect([2, 3, 4, 5, 6].map((n) => resolveHeadingLevel(n).value)).to.deep.equal([2, 3, 4, 5, 6]);
    expect(resolveHeadingLevel('1')).to.deep.equal({ value: 2, valid: false });
    expect(resolveHeadingLevel(7)).to.deep.equal({ value: 2, valid: false });
    expect(resolveHeadingLevel(null)).to.deep.equal({ value: 2, valid: true });
  });
});
