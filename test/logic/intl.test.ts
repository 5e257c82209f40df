import { expect } from '@open-wc/testing';
import { dateFormat, pluralCategory } from '../../src/logic/intl.js';

describe('intl', () => {
  const march8 = new Date(Date.UTC(2026, 2, 8));

  it('formats dates per language and options', () => {
    const long = { dateStyle: 'long', timeZone: 'UTC' } as const;
    expect(dateFormat('en', long).format(march8)).to.equal('March 8, 2026');
    expect(dateFormat('es', long).format(march8)).to.equal('8 de marzo de 2026');
    expect(dateFormat('en', { weekday: 'long', timeZone: 'UTC' }).format(march8)).to.equal(
      'Sunday',
    );
  });

  it('builds each (language, options) pair once and reuses it', () => {
    const options = { month: 'short', timeZone: 'UTC' } as const;
    const first = dateFormat('fr', options);
    expect(dateFormat('fr', { ...options })).to.equal(first);
    expect(dateFormat('de', options)).not.to.equal(first);
    expect(dateFormat('fr', { ...options, month: 'long' })).not.to.equal(first);
  });

  it('rejects an invalid language tag as Intl does', () => {
    expect(() => dateFormat('not a tag', {})).to.throw(RangeError);
    expect(() => pluralCategory('not a tag', 1)).to.throw(RangeError);
  });

  it('gives the plural category of each language', () => {
    expect(pluralCategory('en', 1)).to.equal('one');
    expect(pluralCategory('en', 2)).to.equal('other');
    expect(pluralCategory('en', 0)).to.equal('other');
    expect(pluralCategory('fr', 0)).to.equal('one');
    expect(pluralCategory('ar', 3)).to.equal('few');
    expect(pluralCategory('ar', 11)).to.equal('many');
    expect(pluralCategory('zh-Hans', 1)).to.equal('other');
    // The same language again uses the rules already built, with the same answers.
    expect(pluralCategory('en', 1)).to.equal('one');
  });
});
