import { expect } from '@open-wc/testing';
import {
  HEADING_LEVELS,
  headingText,
  isUnset,
  levelBelow,
  parseEnum,
  parseInteger,
  parseKeyList,
  safeUrl,
} from '../../src/logic/attributes.js';

describe('attribute parsers', () => {
  it('isUnset is true only for null and undefined', () => {
    expect([null, undefined, '', 0, false, NaN].map(isUnset)).to.deep.equal([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  describe('parseEnum', () => {
    const allowed = ['list', 'grid'] as const;
    const cases: Array<[unknown, string, boolean]> = [
      [undefined, 'list', true],
      [null, 'list', true],
      ['grid', 'grid', true],
      [' GRID ', 'grid', true],
      ['list', 'list', true],
      ['carousel', 'list', false],
      ['', 'list', false],
      [3, 'list', false],
      [{}, 'list', false],
      [['grid'], 'list', false],
    ];
    for (const [input, value, valid] of cases) {
      it(`${JSON.stringify(input) ?? 'undefined'} → ${value} (${valid ? 'valid' : 'fallback'})`, () => {
        expect(parseEnum(input, allowed, 'list')).to.deep.equal({ value, valid });
      });
    }
  });

  describe('parseInteger', () => {
    const range = { min: 2, max: 6, fallback: 2 };
    const cases: Array<[unknown, number, boolean]> = [
      [undefined, 2, true],
      [null, 2, true],
      ['', 2, true],
      ['  ', 2, true],
      [3, 3, true],
      ['4', 4, true],
      [' 6 ', 6, true],
      ['+5', 5, true],
      [2, 2, true],
      [1, 2, false],
      [7, 2, false],
      ['7', 2, false],
      [-3, 2, false],
      [2.5, 2, false],
      ['2.5', 2, false],
      ['1e1', 2, false],
      ['0x3', 2, false],
      ['3px', 2, false],
      [NaN, 2, false],
      [Infinity, 2, false],
      [true, 2, false],
      [{}, 2, false],
      [[3], 2, false],
    ];
    for (const [input, value, valid] of cases) {
      it(`${String(input)} → ${value} (${valid ? 'valid' : 'fallback'})`, () => {
        expect(parseInteger(input, range)).to.deep.equal({ value, valid });
      });
    }
  });

  describe('parseKeyList', () => {
    const allowed = ['a', 'b', 'c'] as const;
    it('splits on commas and whitespace, keeps order, drops duplicates', () => {
      expect(parseKeyList('c, a  b,,a', allowed)).to.deep.equal({
        keys: ['c', 'a', 'b'],
        unknown: [],
        invalid: false,
      });
    });
    it('reports unknown keys once each, trimmed and lower-cased', () => {
      expect(parseKeyList('A, x, X ,y', allowed)).to.deep.equal({
        keys: ['a'],
        unknown: ['x', 'y'],
        invalid: false,
      });
    });
    it('accepts arrays, stringifying non-strings', () => {
      expect(parseKeyList(['b', 7, ''], allowed)).to.deep.equal({
        keys: ['b'],
        unknown: ['7'],
        invalid: false,
      });
    });
    it('treats an empty string as an empty list', () => {
      expect(parseKeyList('', allowed)).to.deep.equal({ keys: [], unknown: [], invalid: false });
    });
    it('returns null keys when unset, and flags other types', () => {
      expect(parseKeyList(undefined, allowed)).to.deep.equal({
        keys: null,
        unknown: [],
        invalid: false,
      });
      expect(parseKeyList(null, allowed)).to.deep.equal({
        keys: null,
        unknown: [],
        invalid: false,
      });
      expect(parseKeyList(5, allowed)).to.deep.equal({ keys: null, unknown: [], invalid: true });
      expect(parseKeyList({ a: 1 }, allowed)).to.deep.equal({
        keys: null,
        unknown: [],
        invalid: true,
      });
    });
  });

  describe('safeUrl', () => {
    const allowed = [
      'https://clinic.example/book',
      'http://clinic.example',
      'mailto:desk@clinic.example',
      'tel:+15551234567',
      '/book',
      'book.html',
      '#contact',
      '?visit=1',
    ];
    for (const url of allowed) {
      it(`accepts ${url}`, () => expect(safeUrl(`  ${url} `)).to.equal(url));
    }
    const refused: unknown[] = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://clinic.example',
      'https://exa mple.com',
      '\\\\evil',
      'http://[::1',
      '',
      null,
      undefined,
      42,
      {},
    ];
    for (const url of refused) {
      it(`refuses ${JSON.stringify(url) ?? 'undefined'}`, () =>
        expect(safeUrl(url)).to.equal(null));
    }
  });

  it('levelBelow is one level down (at most 6), or the same level when the heading is off', () => {
    expect(HEADING_LEVELS.map((level) => levelBelow(level, true))).to.deep.equal([3, 4, 5, 6, 6]);
    expect(HEADING_LEVELS.map((level) => levelBelow(level, false))).to.deep.equal([2, 3, 4, 5, 6]);
  });

  it('headingText keeps any text but no blank heading', () => {
    expect(headingText('Why Botox?')).to.equal('Why Botox?');
    expect(headingText('  Padded  ')).to.equal('  Padded  ');
    expect(headingText(12)).to.equal('12');
    for (const blank of ['', '   ', '\n\t', '\u00a0']) {
      expect(headingText(blank), JSON.stringify(blank)).to.equal(null);
    }
  });
});
