import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addDays,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  formatLongDate,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  localIsoDate,
  parseIsoDate,
  toDayNumber,
  type DateParts,
} from '../../src/logic/dates.js';
import { referenceDayNumber, referenceIso, wrong } from './date-helpers.js';

describe('isLeapYear', () => {
  it('follows the Gregorian rules', () => {
    expect(isLeapYear(2024)).to.equal(true);
    expect(isLeapYear(2028)).to.equal(true);
    expect(isLeapYear(2000)).to.equal(true);
    expect(isLeapYear(1600)).to.equal(true);
    expect(isLeapYear(2025)).to.equal(false);
    expect(isLeapYear(2026)).to.equal(false);
    expect(isLeapYear(1900)).to.equal(false);
    expect(isLeapYear(2100)).to.equal(false);
  });
});

describe('daysInMonth', () => {
  it('returns the length of every month in common and leap years', () => {
    const common = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    const leap = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    expect(common.map((_, i) => daysInMonth(2026, i + 1))).to.deep.equal(common);
    expect(leap.map((_, i) => daysInMonth(2024, i + 1))).to.deep.equal(leap);
    expect(daysInMonth(1900, 2)).to.equal(28);
    expect(daysInMonth(2000, 2)).to.equal(29);
  });

  it('returns NaN for months outside 1–12', () => {
    expect(daysInMonth(2026, 0)).to.be.NaN;
    expect(daysInMonth(2026, 13)).to.be.NaN;
    expect(daysInMonth(2026, 1.5)).to.be.NaN;
    expect(daysInMonth(2026, NaN)).to.be.NaN;
  });
});

describe('parseIsoDate', () => {
  it('parses valid calendar dates', () => {
    expect(parseIsoDate('2026-03-08')).to.deep.equal({ year: 2026, month: 3, day: 8 });
    expect(parseIsoDate('2026-12-31')).to.deep.equal({ year: 2026, month: 12, day: 31 });
    expect(parseIsoDate('2026-01-01')).to.deep.equal({ year: 2026, month: 1, day: 1 });
    expect(parseIsoDate('1000-01-01')).to.deep.equal({ year: 1000, month: 1, day: 1 });
    expect(parseIsoDate('9999-12-31')).to.deep.equal({ year: 9999, month: 12, day: 31 });
  });

  it('accepts 29 February only in leap years', () => {
    expect(parseIsoDate('2024-02-29')).to.deep.equal({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2000-02-29')).to.deep.equal({ year: 2000, month: 2, day: 29 });
    expect(parseIsoDate('2025-02-29')).to.equal(null);
    expect(parseIsoDate('1900-02-29')).to.equal(null);
    expect(parseIsoDate('2026-02-30')).to.equal(null);
  });

  it('rejects impossible months and days', () => {
    for (const input of [
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-01-32',
      '2026-04-31',
      '2026-06-31',
      '2026-09-31',
      '2026-11-31',
    ]) {
      expect(parseIsoDate(input), input).to.equal(null);
    }
  });

  it('trims surrounding whitespace', () => {
    expect(parseIsoDate('  2026-03-08\n')).to.deep.equal({ year: 2026, month: 3, day: 8 });
    expect(parseIsoDate('\t2024-02-29 ')).to.deep.equal({ year: 2024, month: 2, day: 29 });
  });

  it('rejects other formats, times and surrounding junk', () => {
    for (const input of [
      '',
      '   ',
      'abc',
      'not a date',
      '2026-1-01',
      '2026-01-1',
      '26-01-01',
      '02026-01-01',
      '0999-12-31',
      '0000-01-01',
      '+2026-01-01',
      '-2026-01-01',
      '2026/01/01',
      '20260101',
      '2026-01-01T00:00',
      '2026-01-01T00:00:00Z',
      '2026-01-01 10:00',
      'x2026-01-01',
      '2026-01-01x',
      '2026-01-01\n2026-01-02',
      '２０２６-01-01',
      '٢٠٢٦-01-01',
    ]) {
      expect(parseIsoDate(input), JSON.stringify(input)).to.equal(null);
    }
  });

  it('rejects non-strings', () => {
    const inputs: unknown[] = [
      undefined,
      null,
      20260101,
      NaN,
      true,
      {},
      [],
      ['2026-01-01'],
      new Date(2026, 0, 1),
      { year: 2026, month: 1, day: 1 },
      Symbol('2026-01-01'),
      10n,
      () => '2026-01-01',
    ];
    for (const input of inputs) expect(parseIsoDate(input), String(input)).to.equal(null);
  });

  it('never throws and only returns real dates that format back to the trimmed input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const parts = parseIsoDate(input);
        if (parts !== null) expect(formatIsoDate(parts)).to.equal((input as string).trim());
      }),
    );
    fc.assert(
      fc.property(fc.string(), (input) => {
        const parts = parseIsoDate(input);
        if (parts !== null) {
          expect(parts.day).to.be.within(1, daysInMonth(parts.year, parts.month));
        }
      }),
    );
  });
});

describe('isIsoDate', () => {
  it('agrees with parseIsoDate', () => {
    expect(isIsoDate('2026-03-08')).to.equal(true);
    expect(isIsoDate(' 2024-02-29 ')).to.equal(true);
    expect(isIsoDate('2025-02-29')).to.equal(false);
    expect(isIsoDate(20260308)).to.equal(false);
    expect(isIsoDate(null)).to.equal(false);
  });
});

describe('formatIsoDate', () => {
  it('pads years, months and days', () => {
    expect(formatIsoDate({ year: 2026, month: 3, day: 8 })).to.equal('2026-03-08');
    expect(formatIsoDate({ year: 2026, month: 12, day: 31 })).to.equal('2026-12-31');
    expect(formatIsoDate({ year: 999, month: 1, day: 1 })).to.equal('0999-01-01');
    expect(formatIsoDate({ year: 0, month: 1, day: 1 })).to.equal('0000-01-01');
    expect(formatIsoDate({ year: 9999, month: 12, day: 31 })).to.equal('9999-12-31');
  });

  it('uses the expanded form outside years 0–9999', () => {
    expect(formatIsoDate({ year: 10000, month: 1, day: 1 })).to.equal('+010000-01-01');
    expect(formatIsoDate({ year: -1, month: 12, day: 31 })).to.equal('-000001-12-31');
    expect(formatIsoDate({ year: 275760, month: 9, day: 13 })).to.equal('+275760-09-13');
  });

  it('does not validate the parts, but the result is then rejected by parseIsoDate', () => {
    const bad = formatIsoDate({ year: 2026, month: 2, day: 30 });
    expect(bad).to.equal('2026-02-30');
    expect(parseIsoDate(bad)).to.equal(null);
    expect(formatIsoDate({ year: 2026, month: -1, day: 5 })).to.equal('2026--01-05');
  });

  it('returns an empty string for a non-object or parts that are not whole numbers', () => {
    expect(formatIsoDate({ year: NaN, month: 1, day: 1 })).to.equal('');
    expect(formatIsoDate({ year: 2026, month: 1.5, day: 1 })).to.equal('');
    expect(formatIsoDate({ year: 2026, month: 1, day: Infinity })).to.equal('');
    expect(formatIsoDate(wrong<DateParts>({ year: '2026', month: 1, day: 1 }))).to.equal('');
    expect(formatIsoDate(wrong<DateParts>({}))).to.equal('');
    expect(formatIsoDate(wrong<DateParts>(null))).to.equal('');
    expect(formatIsoDate(wrong<DateParts>(undefined))).to.equal('');
    expect(formatIsoDate(wrong<DateParts>('2026-01-01'))).to.equal('');
  });
});

describe('toDayNumber / fromDayNumber', () => {
  it('counts days from 1970-01-01', () => {
    expect(toDayNumber({ year: 1970, month: 1, day: 1 })).to.equal(0);
    expect(toDayNumber({ year: 1970, month: 1, day: 2 })).to.equal(1);
    expect(toDayNumber({ year: 1969, month: 12, day: 31 })).to.equal(-1);
    expect(toDayNumber({ year: 2000, month: 3, day: 1 })).to.equal(11017);
    expect(toDayNumber({ year: 2026, month: 3, day: 8 })).to.equal(20520);
    expect(toDayNumber({ year: 1000, month: 1, day: 1 })).to.equal(-354285);
    expect(toDayNumber({ year: 9999, month: 12, day: 31 })).to.equal(2932896);
    expect(fromDayNumber(0)).to.deep.equal({ year: 1970, month: 1, day: 1 });
    expect(fromDayNumber(-1)).to.deep.equal({ year: 1969, month: 12, day: 31 });
    expect(fromDayNumber(20520)).to.deep.equal({ year: 2026, month: 3, day: 8 });
    expect(fromDayNumber(2932896)).to.deep.equal({ year: 9999, month: 12, day: 31 });
  });

  it('handles the leap day and the day after it', () => {
    const leap = toDayNumber({ year: 2024, month: 2, day: 29 });
    expect(toDayNumber({ year: 2024, month: 2, day: 28 })).to.equal(leap - 1);
    expect(toDayNumber({ year: 2024, month: 3, day: 1 })).to.equal(leap + 1);
    expect(fromDayNumber(leap)).to.deep.equal({ year: 2024, month: 2, day: 29 });
    expect(fromDayNumber(leap + 1)).to.deep.equal({ year: 2024, month: 3, day: 1 });
    expect(
      toDayNumber({ year: 2025, month: 3, day: 1 }) -
        toDayNumber({ year: 2025, month: 2, day: 28 }),
    ).to.equal(1);
  });

  it('matches Date.UTC and round-trips for every day from 1899-01-01 to 2101-12-31', () => {
    const first = referenceDayNumber(1899, 1, 1);
    const last = referenceDayNumber(2101, 12, 31);
    expect(last - first).to.be.greaterThan(70000);
    let checked = 0;
    for (let day = first; day <= last; day++) {
      const parts = fromDayNumber(day);
      const iso = formatIsoDate(parts);
      if (iso !== referenceIso(day)) expect(iso, `day ${day}`).to.equal(referenceIso(day));
      const back = toDayNumber(parts);
      if (back !== day) expect(back, iso).to.equal(day);
      if (referenceDayNumber(parts.year, parts.month, parts.day) !== day) {
        expect(referenceDayNumber(parts.year, parts.month, parts.day), iso).to.equal(day);
      }
      checked++;
    }
    expect(checked).to.equal(last - first + 1);
  });

  it('matches Date.UTC around the ends of the supported year range', () => {
    for (const [start, end] of [
      [referenceDayNumber(1000, 1, 1), referenceDayNumber(1001, 12, 31)],
      [referenceDayNumber(1599, 1, 1), referenceDayNumber(1601, 12, 31)],
      [referenceDayNumber(9998, 1, 1), referenceDayNumber(9999, 12, 31)],
    ]) {
      for (let day = start; day <= end; day++) {
        const iso = formatIsoDate(fromDayNumber(day));
        if (iso !== referenceIso(day)) expect(iso).to.equal(referenceIso(day));
        const parts = parseIsoDate(iso) as DateParts;
        if (toDayNumber(parts) !== day) expect(toDayNumber(parts), iso).to.equal(day);
      }
    }
  });

  it('round-trips random day numbers, including negative years', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5_000_000, max: 5_000_000 }), (day) => {
        expect(toDayNumber(fromDayNumber(day))).to.equal(day);
        const parts = fromDayNumber(day);
        expect(parts.month).to.be.within(1, 12);
        expect(parts.day).to.be.within(1, daysInMonth(parts.year, parts.month));
      }),
    );
    expect(fromDayNumber(-719528)).to.deep.equal({ year: 0, month: 1, day: 1 });
    expect(fromDayNumber(-719529)).to.deep.equal({ year: -1, month: 12, day: 31 });
    expect(toDayNumber({ year: -1, month: 12, day: 31 })).to.equal(-719529);
  });

  it('does not check the day against the month length', () => {
    expect(toDayNumber({ year: 2026, month: 1, day: 32 })).to.equal(
      toDayNumber({ year: 2026, month: 2, day: 1 }),
    );
    expect(toDayNumber({ year: 2026, month: 3, day: 0 })).to.equal(
      toDayNumber({ year: 2026, month: 2, day: 28 }),
    );
  });

  it('returns NaN for invalid parts', () => {
    expect(toDayNumber({ year: 2026, month: 0, day: 1 })).to.be.NaN;
    expect(toDayNumber({ year: 2026, month: 13, day: 1 })).to.be.NaN;
    expect(toDayNumber({ year: 2026.5, month: 1, day: 1 })).to.be.NaN;
    expect(toDayNumber({ year: 2026, month: 1.5, day: 1 })).to.be.NaN;
    expect(toDayNumber({ year: 2026, month: 1, day: 1.5 })).to.be.NaN;
    expect(toDayNumber({ year: NaN, month: 1, day: 1 })).to.be.NaN;
    expect(toDayNumber({ year: Infinity, month: 1, day: 1 })).to.be.NaN;
    expect(toDayNumber(wrong<DateParts>({ year: '2026', month: 1, day: 1 }))).to.be.NaN;
    expect(toDayNumber(wrong<DateParts>(null))).to.be.NaN;
    expect(toDayNumber(wrong<DateParts>('2026-01-01'))).to.be.NaN;
  });

  it('returns NaN parts for a non-integer day number', () => {
    const nan = { year: NaN, month: NaN, day: NaN };
    expect(fromDayNumber(1.5)).to.deep.equal(nan);
    expect(fromDayNumber(NaN)).to.deep.equal(nan);
    expect(fromDayNumber(Infinity)).to.deep.equal(nan);
    expect(fromDayNumber(wrong<number>('5'))).to.deep.equal(nan);
  });
});

describe('addDays', () => {
  it('adds and subtracts days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-03-08', 0)).to.equal('2026-03-08');
    expect(addDays('2026-03-08', 1)).to.equal('2026-03-09');
    expect(addDays('2026-01-31', 1)).to.equal('2026-02-01');
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2027-01-01', -1)).to.equal('2026-12-31');
    expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
    expect(addDays('2024-02-29', 1)).to.equal('2024-03-01');
    expect(addDays('2025-02-28', 1)).to.equal('2025-03-01');
    expect(addDays('2024-02-29', 365)).to.equal('2025-02-28');
    expect(addDays('2024-02-29', 1461)).to.equal('2028-02-29');
    expect(addDays('2026-03-08', -20520)).to.equal('1970-01-01');
  });

  it('does not drift over daylight-saving changes', () => {
    expect(addDays('2026-03-07', 1)).to.equal('2026-03-08');
    expect(addDays('2026-03-08', 1)).to.equal('2026-03-09');
    expect(addDays('2026-03-28', 1)).to.equal('2026-03-29');
    expect(addDays('2026-03-29', 1)).to.equal('2026-03-30');
    expect(addDays('2026-10-24', 1)).to.equal('2026-10-25');
    expect(addDays('2026-10-25', 1)).to.equal('2026-10-26');
    expect(addDays('2026-10-31', 1)).to.equal('2026-11-01');
    expect(addDays('2026-11-01', 1)).to.equal('2026-11-02');
    expect(addDays('2026-03-01', 84)).to.equal('2026-05-24');
    expect(addDays('2026-10-04', 28)).to.equal('2026-11-01');
  });

  it('trims a valid input with whitespace', () => {
    expect(addDays(' 2026-03-08 ', 7)).to.equal('2026-03-15');
  });

  it('writes years after 9999 in the expanded form', () => {
    expect(addDays('9999-12-31', 1)).to.equal('+010000-01-01');
  });

  it('returns the input unchanged for an invalid date or day count', () => {
    expect(addDays('2026-02-30', 1)).to.equal('2026-02-30');
    expect(addDays('nonsense', 1)).to.equal('nonsense');
    expect(addDays('', 1)).to.equal('');
    expect(addDays('2026-03-08', 1.5)).to.equal('2026-03-08');
    expect(addDays('2026-03-08', NaN)).to.equal('2026-03-08');
    expect(addDays('2026-03-08', Infinity)).to.equal('2026-03-08');
    expect(addDays('2026-03-08', wrong<number>('1'))).to.equal('2026-03-08');
    expect(addDays(wrong<string>(null), 1)).to.equal('');
    expect(addDays(wrong<string>(20260308), 1)).to.equal('');
  });

  it('agrees with daysBetween for random offsets', () => {
    fc.assert(
      fc.property(fc.integer({ min: -300_000, max: 300_000 }), (days) => {
        const result = addDays('2026-03-08', days);
        expect(daysBetween('2026-03-08', result)).to.equal(days);
        expect(result).to.equal(referenceIso(20520 + days));
      }),
    );
  });
});

describe('daysBetween', () => {
  it('counts calendar days, negative when going back', () => {
    expect(daysBetween('2026-03-08', '2026-03-08')).to.equal(0);
    expect(daysBetween('2026-03-08', '2026-05-31')).to.equal(84);
    expect(daysBetween('2026-05-31', '2026-03-08')).to.equal(-84);
    expect(daysBetween('2024-02-29', '2028-02-29')).to.equal(1461);
    expect(daysBetween('2026-12-31', '2027-01-01')).to.equal(1);
    expect(daysBetween('2026-03-28', '2026-03-30')).to.equal(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).to.equal(2);
    expect(daysBetween('2026-10-31', '2026-11-02')).to.equal(2);
  });

  it('returns NaN when either date is invalid', () => {
    expect(daysBetween('2026-02-30', '2026-03-01')).to.be.NaN;
    expect(daysBetween('2026-03-01', '2025-02-29')).to.be.NaN;
    expect(daysBetween('', '')).to.be.NaN;
    expect(daysBetween(wrong<string>(undefined), '2026-03-01')).to.be.NaN;
  });
});

describe('localIsoDate', () => {
  it('returns the local calendar date of a Date', () => {
    expect(localIsoDate(new Date(2026, 2, 8, 0, 0, 0))).to.equal('2026-03-08');
    expect(localIsoDate(new Date(2026, 2, 8, 23, 59, 59))).to.equal('2026-03-08');
    expect(localIsoDate(new Date(2026, 11, 31, 23, 59, 59, 999))).to.equal('2026-12-31');
    expect(localIsoDate(new Date(2027, 0, 1, 0, 0, 0))).to.equal('2027-01-01');
    expect(localIsoDate(new Date(2024, 1, 29, 12))).to.equal('2024-02-29');
    expect(localIsoDate(new Date(2026, 9, 25, 2, 30))).to.equal('2026-10-25');
    expect(localIsoDate(new Date(2026, 10, 1, 1, 30))).to.equal('2026-11-01');
  });

  it('uses the local, not the UTC, calendar date', () => {
    const date = new Date(Date.UTC(2026, 2, 8, 0, 30));
    const expected = [
      String(date.getFullYear()),
      String(date.getMonth() + 1).padStart(2, '0'),
      String(date.getDate()).padStart(2, '0'),
    ].join('-');
    expect(localIsoDate(date)).to.equal(expected);
  });

  it('returns an empty string for an invalid Date or a non-Date', () => {
    expect(localIsoDate(new Date(NaN))).to.equal('');
    expect(localIsoDate(wrong<Date>('2026-03-08'))).to.equal('');
    expect(localIsoDate(wrong<Date>(Date.now()))).to.equal('');
    expect(localIsoDate(wrong<Date>(null))).to.equal('');
  });
});

describe('formatLongDate', () => {
  it('formats long dates in English and Spanish', () => {
    expect(formatLongDate('2026-03-08', 'en')).to.equal('March 8, 2026');
    expect(formatLongDate('2026-03-08', 'es')).to.equal('8 de marzo de 2026');
    expect(formatLongDate('2024-02-29', 'en')).to.equal('February 29, 2024');
    expect(formatLongDate('2026-12-31', 'es')).to.equal('31 de diciembre de 2026');
    expect(formatLongDate(' 2026-01-01 ', 'en')).to.equal('January 1, 2026');
  });

  it('gives the same calendar date as a formatter pinned to any time zone at local noon', () => {
    // Noon in the zone itself is the same calendar date everywhere; formatLongDate must agree.
    for (const timeZone of ['Pacific/Honolulu', 'Pacific/Kiritimati', 'Europe/Madrid', 'UTC']) {
      for (const iso of ['2026-03-08', '2026-10-25', '2026-11-01', '2026-12-31', '2024-02-29']) {
        const [year, month, day] = iso.split('-').map(Number);
        const zoned = new Intl.DateTimeFormat('en-US', {
          timeZone,
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          hourCycle: 'h23',
        });
        // Find the instant that is 12:00 on that date in `timeZone`.
        let instant = Date.UTC(year, month - 1, day, 12);
        for (let i = 0; i < 3; i++) {
          const parts = Object.fromEntries(
            zoned.formatToParts(instant).map((part) => [part.type, part.value]),
          );
          const shown = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour);
          instant += Date.UTC(year, month - 1, day, 12) - shown;
        }
        const expected = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone }).format(
          instant,
        );
        expect(formatLongDate(iso, 'en'), `${iso} in ${timeZone}`).to.equal(expected);
      }
    }
  });

  it('does not depend on the default time zone of the formatter', () => {
    const RealDateTimeFormat = Intl.DateTimeFormat;
    const results: string[] = [];
    try {
      for (const timeZone of ['Pacific/Honolulu', 'Pacific/Kiritimati']) {
        // Simulate a runtime whose default zone is `timeZone` (UTC−10, then UTC+14).
        Intl.DateTimeFormat = function (locale?: string | string[], options = {}) {
          return new RealDateTimeFormat(locale, { timeZone, ...options });
        } as unknown as typeof Intl.DateTimeFormat;
        results.push(formatLongDate('2026-03-08', 'en'));
        // A naive formatter would show the previous or the next day here.
        const naive = new Intl.DateTimeFormat('en', { dateStyle: 'long' });
        expect(naive.format(new Date(Date.UTC(2026, 2, 8, 0)))).not.to.equal(
          naive.format(new Date(Date.UTC(2026, 2, 8, 23))),
        );
      }
    } finally {
      Intl.DateTimeFormat = RealDateTimeFormat;
    }
    expect(results).to.deep.equal(['March 8, 2026', 'March 8, 2026']);
  });

  it('falls back to English for an invalid language tag and gives "" for an invalid date', () => {
    expect(formatLongDate('2026-03-08', 'not a tag!')).to.equal('March 8, 2026');
    expect(formatLongDate('2026-02-30', 'en')).to.equal('');
    expect(formatLongDate(wrong<string>(null), 'en')).to.equal('');
  });
});
