import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { daysBetween } from '../../src/logic/dates.js';
import {
  INTERVAL_WEEKS,
  REVIEW_AFTER_SESSIONS,
  SESSION_COUNT,
  STEP_IDS,
  TIMELINE_ORIENTATIONS,
  computeSchedule,
  isStepId,
  parseWholeNumber,
  relativeWeeks,
  resolveOrientation,
  resolveStartDate,
  resolveToday,
  stepState,
  type ScheduleInput,
  type StepId,
} from '../../src/logic/schedule.js';
import { referenceDayNumber, referenceIso, wrong } from './date-helpers.js';

describe('schedule constants', () => {
  it('lists the five steps in treatment order', () => {
    expect(STEP_IDS).to.deep.equal(['consultation', 'first-session', 'effect', 'repeat', 'review']);
  });

  it('defines the interval and session ranges and the review point', () => {
    expect(INTERVAL_WEEKS).to.deep.equal({ min: 12, max: 52, default: 12 });
    expect(SESSION_COUNT).to.deep.equal({ min: 1, max: 12, default: 4 });
    expect(REVIEW_AFTER_SESSIONS).to.equal(2);
  });
});

describe('isStepId', () => {
  it('accepts every step id', () => {
    for (const id of STEP_IDS) expect(isStepId(id), id).to.equal(true);
  });

  it('rejects other values', () => {
    for (const value of ['', 'Consultation', 'first_session', 'reviews', 0, null, undefined, {}]) {
      expect(isStepId(value), String(value)).to.equal(false);
    }
  });
});

describe('parseWholeNumber', () => {
  it('accepts whole numbers within range', () => {
    expect(parseWholeNumber(12, INTERVAL_WEEKS)).to.deep.equal({ value: 12, valid: true });
    expect(parseWholeNumber(13, INTERVAL_WEEKS)).to.deep.equal({ value: 13, valid: true });
    expect(parseWholeNumber(26, INTERVAL_WEEKS)).to.deep.equal({ value: 26, valid: true });
    expect(parseWholeNumber(52, INTERVAL_WEEKS)).to.deep.equal({ value: 52, valid: true });
    expect(parseWholeNumber(1, SESSION_COUNT)).to.deep.equal({ value: 1, valid: true });
    expect(parseWholeNumber(12, SESSION_COUNT)).to.deep.equal({ value: 12, valid: true });
    expect(parseWholeNumber(12.0, INTERVAL_WEEKS)).to.deep.equal({ value: 12, valid: true });
  });

  it('accepts numeric strings, trimmed', () => {
    expect(parseWholeNumber('12', INTERVAL_WEEKS)).to.deep.equal({ value: 12, valid: true });
    expect(parseWholeNumber(' 16 ', INTERVAL_WEEKS)).to.deep.equal({ value: 16, valid: true });
    expect(parseWholeNumber('\n52\t', INTERVAL_WEEKS)).to.deep.equal({ value: 52, valid: true });
    expect(parseWholeNumber('016', INTERVAL_WEEKS)).to.deep.equal({ value: 16, valid: true });
    expect(parseWholeNumber('+26', INTERVAL_WEEKS)).to.deep.equal({ value: 26, valid: true });
  });

  it('treats undefined, null, empty and blank strings as not given', () => {
    for (const input of [undefined, null, '', '   ']) {
      expect(parseWholeNumber(input, INTERVAL_WEEKS), String(input)).to.deep.equal({
        value: 12,
        valid: true,
      });
      expect(parseWholeNumber(input, SESSION_COUNT), String(input)).to.deep.equal({
        value: 4,
        valid: true,
      });
    }
  });

  it('rejects out-of-range values', () => {
    // Shorter than the label's 12 weeks is out of range, like anything over a year.
    for (const input of [4, 8, 11, 3, 53, 0, -12, '4', '8', ' 11 ', '3', '53', '-12', 1e6]) {
      expect(parseWholeNumber(input, INTERVAL_WEEKS), String(input)).to.deep.equal({
        value: 12,
        valid: false,
      });
    }
    for (const input of [0, 13, '0', '13']) {
      expect(parseWholeNumber(input, SESSION_COUNT), String(input)).to.deep.equal({
        value: 4,
        valid: false,
      });
    }
  });

  it('rejects non-whole and non-numeric values', () => {
    const inputs: unknown[] = [
      NaN,
      Infinity,
      -Infinity,
      12.5,
      '12.5',
      '12.0',
      '12abc',
      'abc',
      '1e1',
      '0x10',
      '1 2',
      '--5',
      '١٢',
      true,
      false,
      {},
      [],
      [12],
      { valueOf: () => 12 },
      new Number(12),
      12n,
      Symbol('12'),
      () => 12,
    ];
    for (const input of inputs) {
      expect(parseWholeNumber(input, INTERVAL_WEEKS), String(input)).to.deep.equal({
        value: 12,
        valid: false,
      });
    }
  });

  it('uses the given range', () => {
    const range = { min: -5, max: 5, default: 0 };
    expect(parseWholeNumber(-5, range)).to.deep.equal({ value: -5, valid: true });
    expect(parseWholeNumber('-3', range)).to.deep.equal({ value: -3, valid: true });
    expect(parseWholeNumber(6, range)).to.deep.equal({ value: 0, valid: false });
    expect(parseWholeNumber(null, range)).to.deep.equal({ value: 0, valid: true });
  });

  it('does not throw without a range', () => {
    type Range = Parameters<typeof parseWholeNumber>[1];
    expect(parseWholeNumber(5, wrong<Range>(undefined))).to.deep.equal({
      value: undefined,
      valid: false,
    });
    expect(parseWholeNumber(undefined, wrong<Range>(null)).valid).to.equal(true);
  });

  it('never throws and returns either a valid in-range whole number or the default', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.double()), (input) => {
        const result = parseWholeNumber(input, SESSION_COUNT);
        if (result.valid) {
          expect(Number.isInteger(result.value)).to.equal(true);
          expect(result.value).to.be.within(1, 12);
        } else {
          expect(result.value).to.equal(4);
        }
      }),
    );
  });
});

describe('computeSchedule', () => {
  const EMPTY = { sessions: [], review: null, current: 'consultation', daysToNext: null };

  describe('dates', () => {
    it('uses the defaults: 4 sessions every 12 weeks, review after 2 sessions', () => {
      expect(computeSchedule({ startDate: '2026-03-08' })).to.deep.equal({
        sessions: ['2026-03-08', '2026-05-31', '2026-08-23', '2026-11-15'],
        review: '2026-08-23',
        current: 'consultation',
        daysToNext: null,
      });
    });

    it('places the review on the third appointment', () => {
      const schedule = computeSchedule({ startDate: '2026-01-05', intervalWeeks: 12 });
      expect(schedule.review).to.equal(schedule.sessions[2]);
      expect(daysBetween('2026-01-05', schedule.review as string)).to.equal(168);
    });

    it('does not drift across the March daylight-saving change', () => {
      // 2026-03-08 (US) and 2026-03-29 (EU) are daylight-saving change days.
      expect(
        computeSchedule({ startDate: '2026-03-01', intervalWeeks: 13, sessions: 5 }).sessions,
      ).to.deep.equal(['2026-03-01', '2026-05-31', '2026-08-30', '2026-11-29', '2027-02-28']);
      expect(
        computeSchedule({ startDate: '2026-03-29', intervalWeeks: 16, sessions: 3 }),
      ).to.deep.include({
        sessions: ['2026-03-29', '2026-07-19', '2026-11-08'],
        review: '2026-11-08',
      });
      expect(
        computeSchedule({ startDate: '2026-03-08', intervalWeeks: 12, sessions: 4 }).sessions,
      ).to.deep.equal(['2026-03-08', '2026-05-31', '2026-08-23', '2026-11-15']);
      expect(
        computeSchedule({ startDate: '2026-02-15', intervalWeeks: 12, sessions: 4 }).sessions,
      ).to.deep.equal(['2026-02-15', '2026-05-10', '2026-08-02', '2026-10-25']);
    });

    it('does not drift across the October/November daylight-saving change', () => {
      // 2026-10-25 (EU) and 2026-11-01 (US) are daylight-saving change days.
      expect(
        computeSchedule({ startDate: '2026-10-25', intervalWeeks: 13, sessions: 3 }),
      ).to.deep.include({
        sessions: ['2026-10-25', '2027-01-24', '2027-04-25'],
        review: '2027-04-25',
      });
      expect(
        computeSchedule({ startDate: '2026-11-01', intervalWeeks: 12, sessions: 3 }),
      ).to.deep.include({
        sessions: ['2026-11-01', '2027-01-24', '2027-04-18'],
        review: '2027-04-18',
      });
      expect(
        computeSchedule({ startDate: '2026-08-09', intervalWeeks: 12, sessions: 3 }).sessions,
        'a session on the US change day',
      ).to.deep.equal(['2026-08-09', '2026-11-01', '2027-01-24']);
    });

    it('keeps every session on the same weekday as the first one', () => {
      for (const startDate of ['2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01']) {
        for (const intervalWeeks of [12, 13, 16, 26, 39, 52]) {
          const schedule = computeSchedule({ startDate, intervalWeeks, sessions: 12 });
          schedule.sessions.forEach((date, i) => {
            expect(daysBetween(startDate, date), `${startDate} +${intervalWeeks}w #${i}`).to.equal(
              i * intervalWeeks * 7,
            );
          });
        }
      }
    });

    it('handles a first session on 29 February', () => {
      expect(
        computeSchedule({ startDate: '2024-02-29', intervalWeeks: 12, sessions: 4 }),
      ).to.deep.include({
        sessions: ['2024-02-29', '2024-05-23', '2024-08-15', '2024-11-07'],
        review: '2024-08-15',
      });
    });

    it('handles an interval that lands on 29 February 2028', () => {
      expect(
        computeSchedule({ startDate: '2027-12-07', intervalWeeks: 12, sessions: 3 }),
      ).to.deep.include({
        sessions: ['2027-12-07', '2028-02-29', '2028-05-23'],
        review: '2028-05-23',
      });
      expect(
        computeSchedule({ startDate: '2027-08-31', intervalWeeks: 13, sessions: 3 }),
        'the third session and the review on the leap day',
      ).to.deep.include({
        sessions: ['2027-08-31', '2027-11-30', '2028-02-29'],
        review: '2028-02-29',
      });
    });

    it('handles a schedule spanning several leap years (yearly, 12 sessions)', () => {
      expect(
        computeSchedule({ startDate: '2024-02-29', intervalWeeks: 52, sessions: 12 }),
      ).to.deep.include({
        sessions: [
          '2024-02-29',
          '2025-02-27',
          '2026-02-26',
          '2027-02-25',
          '2028-02-24',
          '2029-02-22',
          '2030-02-21',
          '2031-02-20',
          '2032-02-19',
          '2033-02-17',
          '2034-02-16',
          '2035-02-15',
        ],
        review: '2026-02-26',
      });
    });

    it('crosses a year end', () => {
      expect(
        computeSchedule({ startDate: '2026-10-08', intervalWeeks: 12, sessions: 3 }),
        'a session on 31 December',
      ).to.deep.include({
        sessions: ['2026-10-08', '2026-12-31', '2027-03-25'],
        review: '2027-03-25',
      });
      expect(computeSchedule({ startDate: '2026-12-20', sessions: 2 })).to.deep.include({
        sessions: ['2026-12-20', '2027-03-14'],
        review: '2027-06-06',
      });
    });

    it('supports intervals of 12 (the shortest), 26 and 52 (the longest) weeks', () => {
      expect(
        computeSchedule({ startDate: '2026-01-05', intervalWeeks: 26, sessions: 12 }),
      ).to.deep.include({
        sessions: [
          '2026-01-05',
          '2026-07-06',
          '2027-01-04',
          '2027-07-05',
          '2028-01-03',
          '2028-07-03',
          '2029-01-01',
          '2029-07-02',
          '2029-12-31',
          '2030-07-01',
          '2030-12-30',
          '2031-06-30',
        ],
        review: '2027-01-04',
      });
      expect(
        computeSchedule({ startDate: '2026-01-05', intervalWeeks: 12, sessions: 12 }),
      ).to.deep.include({
        sessions: [
          '2026-01-05',
          '2026-03-30',
          '2026-06-22',
          '2026-09-14',
          '2026-12-07',
          '2027-03-01',
          '2027-05-24',
          '2027-08-16',
          '2027-11-08',
          '2028-01-31',
          '2028-04-24',
          '2028-07-17',
        ],
        review: '2026-06-22',
      });
      expect(
        computeSchedule({ startDate: '2026-01-05', intervalWeeks: 52, sessions: 3 }),
      ).to.deep.include({
        sessions: ['2026-01-05', '2027-01-04', '2028-01-03'],
        review: '2028-01-03',
      });
    });

    it('supports 1 session (no review) and 12 sessions', () => {
      expect(computeSchedule({ startDate: '2026-03-08', sessions: 1 })).to.deep.equal({
        sessions: ['2026-03-08'],
        review: null,
        current: 'consultation',
        daysToNext: null,
      });
      const twelve = computeSchedule({ startDate: '2026-03-08', sessions: 12 });
      expect(twelve.sessions).to.have.length(12);
      expect(twelve.sessions[11]).to.equal('2028-09-17');
      expect(twelve.review).to.equal('2026-08-23');
    });

    it('accepts a start date with surrounding whitespace', () => {
      expect(computeSchedule({ startDate: ' 2026-03-08 ', sessions: 2 }).sessions).to.deep.equal([
        '2026-03-08',
        '2026-05-31',
      ]);
    });

    it('agrees with a Date.UTC reference for random inputs', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: referenceDayNumber(1000, 1, 1), max: referenceDayNumber(9000, 1, 1) }),
          fc.integer({ min: 12, max: 52 }),
          fc.integer({ min: 1, max: 12 }),
          (startDay, intervalWeeks, sessions) => {
            const startDate = referenceIso(startDay);
            const schedule = computeSchedule({ startDate, intervalWeeks, sessions });
            expect(schedule.sessions).to.deep.equal(
              Array.from({ length: sessions }, (_, i) =>
                referenceIso(startDay + i * intervalWeeks * 7),
              ),
            );
            expect(schedule.review).to.equal(
              sessions >= 2 ? referenceIso(startDay + 2 * intervalWeeks * 7) : null,
            );
          },
        ),
      );
    });
  });

  describe('invalid input', () => {
    it('returns an empty schedule without a valid start date', () => {
      const starts: unknown[] = [
        undefined,
        null,
        '',
        '   ',
        'abc',
        'tomorrow',
        '2026-02-30',
        '2025-02-29',
        '2026-13-01',
        '2026-01-01T00:00',
        '08/03/2026',
        20260308,
        new Date(2026, 2, 8),
        {},
        true,
      ];
      for (const startDate of starts) {
        expect(
          computeSchedule({ startDate: wrong<string>(startDate), today: '2026-05-01' }),
          String(startDate),
        ).to.deep.equal(EMPTY);
      }
    });

    it('falls back to 12 weeks for an invalid interval', () => {
      const intervals: unknown[] = [
        4,
        8,
        11,
        '4',
        ' 11 ',
        3,
        53,
        12.5,
        'abc',
        NaN,
        -12,
        0,
        Infinity,
        '12abc',
        true,
      ];
      for (const intervalWeeks of intervals) {
        expect(
          computeSchedule({
            startDate: '2026-03-08',
            intervalWeeks: wrong<number>(intervalWeeks),
            sessions: 3,
          }),
          String(intervalWeeks),
        ).to.deep.include({
          sessions: ['2026-03-08', '2026-05-31', '2026-08-23'],
          review: '2026-08-23',
        });
      }
    });

    it('accepts an interval given as a numeric string', () => {
      expect(
        computeSchedule({
          startDate: '2026-03-08',
          intervalWeeks: wrong<number>(' 16 '),
          sessions: 2,
        }).sessions,
      ).to.deep.equal(['2026-03-08', '2026-06-28']);
    });

    it('falls back to 4 sessions for an invalid count', () => {
      const counts: unknown[] = [0, 13, -1, 2.5, NaN, 'abc', '13', false];
      for (const sessions of counts) {
        expect(
          computeSchedule({ startDate: '2026-03-08', sessions: wrong<number>(sessions) }).sessions,
          String(sessions),
        ).to.deep.equal(['2026-03-08', '2026-05-31', '2026-08-23', '2026-11-15']);
      }
    });

    it('ignores an invalid today', () => {
      for (const today of [undefined, null, '', 'abc', '2026-02-30', '2026-13-01', 20260308]) {
        expect(
          computeSchedule({ startDate: '2026-03-08', sessions: 2, today: wrong<string>(today) }),
          String(today),
        ).to.deep.equal({
          sessions: ['2026-03-08', '2026-05-31'],
          review: '2026-08-23',
          current: 'consultation',
          daysToNext: null,
        });
      }
    });

    it('never throws for a missing or malformed input object', () => {
      expect(computeSchedule(wrong<ScheduleInput>(undefined))).to.deep.equal(EMPTY);
      expect(computeSchedule(wrong<ScheduleInput>(null))).to.deep.equal(EMPTY);
      expect(computeSchedule(wrong<ScheduleInput>('2026-03-08'))).to.deep.equal(EMPTY);
      expect(computeSchedule(wrong<ScheduleInput>(42))).to.deep.equal(EMPTY);
      expect(computeSchedule({})).to.deep.equal(EMPTY);
      fc.assert(
        fc.property(
          fc.record({
            startDate: fc.oneof(fc.anything(), fc.string()),
            intervalWeeks: fc.anything(),
            sessions: fc.anything(),
            today: fc.oneof(fc.anything(), fc.string()),
          }),
          (input) => {
            const schedule = computeSchedule(wrong<ScheduleInput>(input));
            expect(isStepId(schedule.current)).to.equal(true);
          },
        ),
      );
    });
  });

  describe('current step and daysToNext', () => {
    const base = { startDate: '2026-03-08', intervalWeeks: 12, sessions: 4 };
    // sessions 2026-03-08, 2026-05-31, 2026-08-23 (= review), 2026-11-15
    const at = (today: string): { current: StepId; daysToNext: number | null } => {
      const { current, daysToNext } = computeSchedule({ ...base, today });
      return { current, daysToNext };
    };

    it('is consultation before the first session', () => {
      expect(at('2026-01-01')).to.deep.equal({ current: 'consultation', daysToNext: 66 });
      expect(at('2026-03-01')).to.deep.equal({ current: 'consultation', daysToNext: 7 });
      expect(at('2026-03-07')).to.deep.equal({ current: 'consultation', daysToNext: 1 });
    });

    it('is first-session on the day of the first session', () => {
      expect(at('2026-03-08')).to.deep.equal({ current: 'first-session', daysToNext: 0 });
    });

    it('is effect between the first and the second session', () => {
      expect(at('2026-03-09')).to.deep.equal({ current: 'effect', daysToNext: 83 });
      expect(at('2026-04-15')).to.deep.equal({ current: 'effect', daysToNext: 46 });
      expect(at('2026-05-30')).to.deep.equal({ current: 'effect', daysToNext: 1 });
    });

    it('is repeat from the second session until the review', () => {
      expect(at('2026-05-31')).to.deep.equal({ current: 'repeat', daysToNext: 0 });
      expect(at('2026-06-01')).to.deep.equal({ current: 'repeat', daysToNext: 83 });
      expect(at('2026-08-22')).to.deep.equal({ current: 'repeat', daysToNext: 1 });
    });

    it('is review on and after the review date', () => {
      expect(at('2026-08-23')).to.deep.equal({ current: 'review', daysToNext: 0 });
      expect(at('2026-08-24')).to.deep.equal({ current: 'review', daysToNext: 83 });
      expect(at('2026-11-15')).to.deep.equal({ current: 'review', daysToNext: 0 });
    });

    it('has no next session after the last one', () => {
      expect(at('2026-11-16')).to.deep.equal({ current: 'review', daysToNext: null });
      expect(at('2030-01-01')).to.deep.equal({ current: 'review', daysToNext: null });
    });

    it('stays in effect forever with one session', () => {
      const one = (today: string): Partial<ReturnType<typeof computeSchedule>> =>
        computeSchedule({ startDate: '2026-03-08', sessions: 1, today });
      expect(one('2026-03-07')).to.deep.include({ current: 'consultation', daysToNext: 1 });
      expect(one('2026-03-08')).to.deep.include({ current: 'first-session', daysToNext: 0 });
      expect(one('2026-03-09')).to.deep.include({ current: 'effect', daysToNext: null });
      expect(one('2036-03-09')).to.deep.include({ current: 'effect', daysToNext: null });
    });

    it('reaches review after the last of two sessions', () => {
      const two = (today: string): Partial<ReturnType<typeof computeSchedule>> =>
        computeSchedule({ startDate: '2026-03-08', sessions: 2, today });
      expect(two('2026-05-31')).to.deep.include({ current: 'repeat', daysToNext: 0 });
      expect(two('2026-06-01')).to.deep.include({ current: 'repeat', daysToNext: null });
      expect(two('2026-08-22')).to.deep.include({ current: 'repeat', daysToNext: null });
      expect(two('2026-08-23')).to.deep.include({ current: 'review', daysToNext: null });
    });

    it('counts days to the next session across daylight-saving changes and leap days', () => {
      expect(
        computeSchedule({ startDate: '2026-03-29', intervalWeeks: 16, today: '2026-03-28' })
          .daysToNext,
      ).to.equal(1);
      expect(
        computeSchedule({ startDate: '2026-02-15', intervalWeeks: 12, today: '2026-03-07' }),
        'over both March changes to 2026-05-10',
      ).to.deep.include({ current: 'effect', daysToNext: 64 });
      expect(
        computeSchedule({ startDate: '2026-11-01', intervalWeeks: 26, today: '2026-10-25' })
          .daysToNext,
      ).to.equal(7);
      expect(
        computeSchedule({ startDate: '2026-10-04', intervalWeeks: 26, today: '2026-10-24' }),
        'over the autumn and spring changes to 2027-04-04',
      ).to.deep.include({ current: 'effect', daysToNext: 162 });
      expect(
        computeSchedule({ startDate: '2027-12-07', intervalWeeks: 12, today: '2028-02-28' }),
      ).to.deep.include({ current: 'effect', daysToNext: 1 });
      expect(
        computeSchedule({ startDate: '2026-12-20', intervalWeeks: 13, today: '2026-12-31' }),
        'over the year end to 2027-03-21',
      ).to.deep.include({ current: 'effect', daysToNext: 80 });
    });

    it('accepts a today with surrounding whitespace', () => {
      expect(computeSchedule({ ...base, today: ' 2026-03-08 ' })).to.deep.include({
        current: 'first-session',
        daysToNext: 0,
      });
    });
  });
});

describe('relativeWeeks', () => {
  it('uses the interval and count', () => {
    expect(relativeWeeks(12, 4)).to.deep.equal({ sessions: [0, 12, 24, 36], review: 24 });
    expect(relativeWeeks(16, 3)).to.deep.equal({ sessions: [0, 16, 32], review: 32 });
    expect(relativeWeeks(52, 2)).to.deep.equal({ sessions: [0, 52], review: 104 });
    expect(relativeWeeks(13, 12)).to.deep.equal({
      sessions: [0, 13, 26, 39, 52, 65, 78, 91, 104, 117, 130, 143],
      review: 26,
    });
  });

  it('has no review with a single session', () => {
    expect(relativeWeeks(12, 1)).to.deep.equal({ sessions: [0], review: null });
  });

  it('falls back to the defaults for invalid values', () => {
    const defaults = { sessions: [0, 12, 24, 36], review: 24 };
    expect(relativeWeeks(3, 0)).to.deep.equal(defaults);
    expect(relativeWeeks(4, 4)).to.deep.equal(defaults);
    expect(relativeWeeks(8, 4)).to.deep.equal(defaults);
    expect(relativeWeeks(11, 4)).to.deep.equal(defaults);
    expect(relativeWeeks(53, 13)).to.deep.equal(defaults);
    expect(relativeWeeks(12.5, 2.5)).to.deep.equal(defaults);
    expect(relativeWeeks(NaN, NaN)).to.deep.equal(defaults);
    expect(relativeWeeks(-12, -4)).to.deep.equal(defaults);
    expect(relativeWeeks(wrong<number>('abc'), wrong<number>(undefined))).to.deep.equal(defaults);
    expect(relativeWeeks(3, 2)).to.deep.equal({ sessions: [0, 12], review: 24 });
    expect(relativeWeeks(11, 3)).to.deep.equal({ sessions: [0, 12, 24], review: 24 });
    expect(relativeWeeks(16, 13)).to.deep.equal({ sessions: [0, 16, 32, 48], review: 32 });
  });

  it('matches the dated schedule', () => {
    for (const intervalWeeks of [12, 26, 52]) {
      for (const sessions of [1, 2, 4, 12]) {
        const weeks = relativeWeeks(intervalWeeks, sessions);
        const schedule = computeSchedule({ startDate: '2026-03-08', intervalWeeks, sessions });
        expect(schedule.sessions.map((date) => daysBetween('2026-03-08', date))).to.deep.equal(
          weeks.sessions.map((week) => week * 7),
        );
        expect(
          schedule.review === null ? null : daysBetween('2026-03-08', schedule.review),
        ).to.equal(weeks.review === null ? null : weeks.review * 7);
      }
    }
  });
});

describe('resolveStartDate', () => {
  it('accepts a valid ISO date, trimmed', () => {
    expect(resolveStartDate('2026-03-08')).to.deep.equal({ value: '2026-03-08', valid: true });
    expect(resolveStartDate(' 2024-02-29\n')).to.deep.equal({ value: '2024-02-29', valid: true });
  });

  it('treats unset or blank input as "no dates" without complaint', () => {
    for (const input of [undefined, null, '', '   ']) {
      expect(resolveStartDate(input), String(input)).to.deep.equal({ value: null, valid: true });
    }
  });

  it('rejects impossible dates, other text and other types', () => {
    for (const input of [
      '2026-02-30',
      '2025-02-29',
      'next week',
      '08/03/2026',
      20260308,
      {},
      true,
    ]) {
      expect(resolveStartDate(input), String(input)).to.deep.equal({ value: null, valid: false });
    }
    expect(resolveStartDate(new Date(2026, 2, 8))).to.deep.equal({ value: null, valid: false });
  });
});

describe('resolveToday', () => {
  const now = new Date(2026, 2, 8, 12);

  it('uses a valid ISO date as given, trimmed', () => {
    expect(resolveToday('2026-05-31', now)).to.deep.equal({ value: '2026-05-31', valid: true });
    expect(resolveToday(' 2026-05-31 ', now)).to.deep.equal({ value: '2026-05-31', valid: true });
  });

  it('falls back to the local date of `now` when unset or blank (valid)', () => {
    for (const input of [undefined, null, '', ' ']) {
      expect(resolveToday(input, now), String(input)).to.deep.equal({
        value: '2026-03-08',
        valid: true,
      });
    }
  });

  it('falls back to the local date of `now` for bad input (invalid)', () => {
    for (const input of ['2026-02-30', 'today', 42, {}]) {
      expect(resolveToday(input, now), String(input)).to.deep.equal({
        value: '2026-03-08',
        valid: false,
      });
    }
  });

  it('reads `now` in the local time zone', () => {
    const lateEvening = new Date(2026, 11, 31, 23, 59);
    expect(resolveToday(undefined, lateEvening).value).to.equal('2026-12-31');
    expect(resolveToday(undefined, new Date(NaN)).value).to.equal('');
  });
});

describe('resolveOrientation', () => {
  it('accepts vertical and horizontal, trimmed and in any case', () => {
    expect(TIMELINE_ORIENTATIONS).to.deep.equal(['vertical', 'horizontal']);
    expect(resolveOrientation('horizontal')).to.deep.equal({ value: 'horizontal', valid: true });
    expect(resolveOrientation(' Horizontal ')).to.deep.equal({ value: 'horizontal', valid: true });
    expect(resolveOrientation('VERTICAL')).to.deep.equal({ value: 'vertical', valid: true });
  });

  it('gives vertical when unset (valid) or for anything else (invalid)', () => {
    expect(resolveOrientation(undefined)).to.deep.equal({ value: 'vertical', valid: true });
    expect(resolveOrientation(null)).to.deep.equal({ value: 'vertical', valid: true });
    for (const input of ['diagonal', '', 'row', 1, {}]) {
      expect(resolveOrientation(input), String(input)).to.deep.equal({
        value: 'vertical',
        valid: false,
      });
    }
  });
});

describe('stepState', () => {
  it('marks earlier steps done, the current one current and later ones upcoming', () => {
    expect(STEP_IDS.map((step) => stepState(step, 'effect'))).to.deep.equal([
      'done',
      'done',
      'current',
      'upcoming',
      'upcoming',
    ]);
    expect(STEP_IDS.map((step) => stepState(step, 'consultation'))).to.deep.equal([
      'current',
      'upcoming',
      'upcoming',
      'upcoming',
      'upcoming',
    ]);
    expect(STEP_IDS.map((step) => stepState(step, 'review'))).to.deep.equal([
      'done',
      'done',
      'done',
      'done',
      'current',
    ]);
  });

  it('treats unknown step ids as upcoming', () => {
    expect(stepState(wrong<StepId>('nope'), 'review')).to.equal('upcoming');
    expect(stepState('consultation', wrong<StepId>('nope'))).to.equal('upcoming');
  });
});
