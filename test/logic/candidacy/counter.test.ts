// The headache-day counter (src/logic/candidacy/counter.ts).
import { expect } from '@open-wc/testing';
import {
  COUNTER_COLUMNS,
  COUNTER_DAYS,
  gridMove,
  lastDays,
} from '../../../src/logic/candidacy/counter.js';
import { untyped } from './model.js';

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
