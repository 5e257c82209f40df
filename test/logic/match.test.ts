import { expect } from '@open-wc/testing';
import { matchLocale } from '../../src/localization/match.js';

describe('matchLocale', () => {
  const shipped = ['en', 'es', 'fr', 'pt-BR', 'zh-Hans', 'ar'];
  const cases: Array<[string | null | undefined, string]> = [
    ['es', 'es'],
    ['es-MX', 'es'],
    ['ES_mx', 'es'],
    ['pt-BR', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['zh-TW', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['ar-EG', 'ar'],
    ['fr-CA', 'fr'],
    ['en-GB', 'en'],
    ['vi', 'en'],
    ['', 'en'],
    ['   ', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ];
  for (const [requested, expected] of cases) {
    it(`${JSON.stringify(requested) ?? 'undefined'} → ${expected}`, () => {
      expect(matchLocale(requested, shipped, 'en')).to.equal(expected);
    });
  }
  it('returns the fallback for a non-string at run time', () => {
    expect(matchLocale(42 as unknown as string, shipped, 'en')).to.equal('en');
  });
});
