import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import ICAL from 'ical.js';
import {
  DEFAULT_PRODUCT_ID,
  DEFAULT_UID_DOMAIN,
  MAX_LINE_OCTETS,
  buildCalendar,
  escapeText,
  foldLine,
  scheduleEvents,
  type CalendarEventInput,
  type CalendarOptions,
} from '../../src/logic/ics.js';
import { addDays } from '../../src/logic/dates.js';
import { computeSchedule } from '../../src/logic/schedule.js';

const NOW = new Date(Date.UTC(2026, 0, 15, 9, 5, 7));
const STAMP = '20260115T090507Z';

const encoder = new TextEncoder();
const octets = (text: string): number => encoder.encode(text).length;

/** Removes RFC 5545 folding (CRLF followed by one space). */
const unfold = (text: string): string => text.replace(/\r\n /g, '');

/** Physical lines of an iCalendar text, checking that each ends with CRLF. */
function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n'), 'ends with CRLF').to.equal(true);
  expect(/\r(?!\n)|(?<!\r)\n/.test(ics), 'bare CR or LF').to.equal(false);
  return ics.slice(0, -2).split('\r\n');
}

/** Unfolded content lines. */
const contentLines = (ics: string): string[] => physicalLines(unfold(ics));

function parse(ics: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(ics) as unknown[]);
}

function events(ics: string): ICAL.Component[] {
  const calendar = parse(ics);
  expect(calendar.name).to.equal('vcalendar');
  return calendar.getAllSubcomponents('vevent');
}

function time(event: ICAL.Component, name: string): ICAL.Time {
  const value = event.getFirstPropertyValue(name);
  expect(value, name).to.be.instanceOf(ICAL.Time);
  return value as ICAL.Time;
}

function textValue(event: ICAL.Component, name: string): string | null {
  const value = event.getFirstPropertyValue(name);
  return value === null ? null : String(value);
}

const DAY = (date: string, summary: string, description?: string): CalendarEventInput =>
  description === undefined ? { date, summary } : { date, summary, description };

const LABELS = {
  session: (n: number, total: number): string => `Botox session ${n} of ${total}`,
  review: 'Response review',
  description: '31 to 39 small injections into 7 areas of the head and neck.',
  reviewDescription: 'Fewer than 30 % fewer headache days after two cycles counts as no response.',
};

describe('escapeText', () => {
  it('escapes backslash, semicolon and comma', () => {
    expect(escapeText('a,b')).to.equal('a\\,b');
    expect(escapeText('a;b')).to.equal('a\\;b');
    expect(escapeText('a\\b')).to.equal('a\\\\b');
    expect(escapeText('\\,;')).to.equal('\\\\\\,\\;');
    expect(escapeText('\\n')).to.equal('\\\\n');
  });

  it('turns newlines into \\n and drops CR', () => {
    expect(escapeText('a\nb')).to.equal('a\\nb');
    expect(escapeText('a\r\nb')).to.equal('a\\nb');
    expect(escapeText('a\rb')).to.equal('ab');
    expect(escapeText('\n\n')).to.equal('\\n\\n');
  });

  it('drops control characters other than tab', () => {
    expect(escapeText('a\u0000b\u0007c\u000bd\u001fe\u007ff')).to.equal('abcdef');
    expect(escapeText('a\tb')).to.equal('a\tb');
  });

  it('keeps other text, including colons, quotes and non-ASCII', () => {
    expect(escapeText('')).to.equal('');
    expect(escapeText('Clinic: "Dr. Müller" 10:00')).to.equal('Clinic: "Dr. Müller" 10:00');
    expect(escapeText('偏头痛 😀 é')).to.equal('偏头痛 😀 é');
  });

  it('returns an empty string for a non-string', () => {
    expect(escapeText(undefined as unknown as string)).to.equal('');
    expect(escapeText(null as unknown as string)).to.equal('');
    expect(escapeText(42 as unknown as string)).to.equal('');
  });
});

describe('foldLine', () => {
  it('keeps lines up to 75 octets', () => {
    expect(foldLine('')).to.equal('');
    expect(foldLine('SUMMARY:short')).to.equal('SUMMARY:short');
    const exact = 'x'.repeat(75);
    expect(foldLine(exact)).to.equal(exact);
  });

  it('folds ASCII at 75 octets with a leading space on continuation lines', () => {
    expect(MAX_LINE_OCTETS).to.equal(75);
    expect(foldLine('x'.repeat(76))).to.equal(`${'x'.repeat(75)}\r\n x`);
    expect(foldLine('y'.repeat(75 + 74 + 1))).to.equal(
      `${'y'.repeat(75)}\r\n ${'y'.repeat(74)}\r\n y`,
    );
  });

  it('never splits two-byte characters', () => {
    const folded = foldLine('é'.repeat(40));
    expect(folded).to.equal(`${'é'.repeat(37)}\r\n ${'é'.repeat(3)}`);
    expect(octets(folded.split('\r\n')[0])).to.equal(74);
  });

  it('never splits three-byte characters', () => {
    const folded = foldLine('偏'.repeat(60));
    expect(folded).to.equal(`${'偏'.repeat(25)}\r\n ${'偏'.repeat(24)}\r\n ${'偏'.repeat(11)}`);
    expect(folded.split('\r\n').map(octets)).to.deep.equal([75, 73, 34]);
  });

  it('never splits four-byte characters (surrogate pairs)', () => {
    const folded = foldLine('😀'.repeat(20));
    expect(folded).to.equal(`${'😀'.repeat(18)}\r\n ${'😀'.repeat(2)}`);
    expect(folded.split('\r\n').map(octets)).to.deep.equal([72, 9]);
  });

  it('counts a lone surrogate as three octets (U+FFFD)', () => {
    const line = `${'x'.repeat(72)}\ud800y`;
    expect(foldLine(line)).to.equal(`${'x'.repeat(72)}\ud800\r\n y`);
  });

  it('unfolds back to the input and respects the limit for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (line) => {
        const folded = foldLine(line);
        expect(unfold(folded)).to.equal(line);
        for (const piece of folded.split('\r\n')) {
          expect(octets(piece)).to.be.at.most(75);
          expect(/[\ud800-\udbff]$/.test(piece) && /^ ?[\udc00-\udfff]/.test(piece)).to.equal(
            false,
          );
        }
      }),
    );
  });

  it('returns an empty string for a non-string', () => {
    expect(foldLine(undefined as unknown as string)).to.equal('');
    expect(foldLine(7 as unknown as string)).to.equal('');
  });
});

describe('buildCalendar', () => {
  it('writes the exact expected calendar', () => {
    const ics = buildCalendar({
      events: [DAY('2026-03-08', 'Session 1', 'Bring, your; list'), DAY('2026-05-31', 'Session 2')],
      location: 'Pain Clinic',
      uidSeed: 'abc',
      now: NOW,
      calendarName: 'Botox plan',
    });
    expect(ics).to.equal(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        `PRODID:${DEFAULT_PRODUCT_ID}`,
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Botox plan',
        'BEGIN:VEVENT',
        `UID:abc-1-20260308@${DEFAULT_UID_DOMAIN}`,
        `DTSTAMP:${STAMP}`,
        'DTSTART;VALUE=DATE:20260308',
        'DTEND;VALUE=DATE:20260309',
        'SUMMARY:Session 1',
        'DESCRIPTION:Bring\\, your\\; list',
        'LOCATION:Pain Clinic',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'BEGIN:VEVENT',
        `UID:abc-2-20260531@${DEFAULT_UID_DOMAIN}`,
        `DTSTAMP:${STAMP}`,
        'DTSTART;VALUE=DATE:20260531',
        'DTEND;VALUE=DATE:20260601',
        'SUMMARY:Session 2',
        'LOCATION:Pain Clinic',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
    expect(DEFAULT_UID_DOMAIN).to.equal('botox-migraine-widgets');
    expect(DEFAULT_PRODUCT_ID).to.equal('-//botox-migraine-widgets//Treatment schedule//EN');
  });

  it('writes an empty but valid calendar without events', () => {
    const ics = buildCalendar({ events: [], now: NOW });
    expect(ics).to.equal(
      `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:${DEFAULT_PRODUCT_ID}\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n`,
    );
    const calendar = parse(ics);
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
    expect(calendar.getFirstPropertyValue('calscale')).to.equal('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).to.equal('PUBLISH');
    expect(calendar.getFirstPropertyValue('prodid')).to.equal(DEFAULT_PRODUCT_ID);
    expect(calendar.getAllSubcomponents('vevent')).to.have.length(0);
  });

  for (const { title, input } of [
    { title: 'the defaults (12 weeks, 4 sessions)', input: { startDate: '2026-03-08' } },
    {
      title: 'spring daylight-saving weeks',
      input: { startDate: '2026-03-01', intervalWeeks: 13, sessions: 5 },
    },
    {
      title: 'a first session on a DST change day',
      input: { startDate: '2026-03-29', intervalWeeks: 16, sessions: 3 },
    },
    {
      title: 'autumn daylight-saving weeks',
      input: { startDate: '2026-10-25', intervalWeeks: 13, sessions: 3 },
    },
    {
      title: 'a November DST start',
      input: { startDate: '2026-11-01', intervalWeeks: 12, sessions: 3 },
    },
    {
      title: '29 February and a leap-year span',
      input: { startDate: '2024-02-29', intervalWeeks: 52, sessions: 12 },
    },
    {
      title: 'an interval landing on 2028-02-29',
      input: { startDate: '2027-12-07', intervalWeeks: 12, sessions: 3 },
    },
    {
      title: 'a session on 31 December',
      input: { startDate: '2026-10-08', intervalWeeks: 12, sessions: 3 },
    },
    { title: 'a single session', input: { startDate: '2026-03-08', sessions: 1 } },
  ]) {
    it(`matches the schedule for ${title} when parsed with ical.js`, () => {
      const schedule = computeSchedule(input);
      const list = scheduleEvents(schedule, LABELS);
      const ics = buildCalendar({ events: list, location: 'Pain Clinic', now: NOW });
      const parsed = events(ics);
      const expectedDates = [...schedule.sessions, ...(schedule.review ? [schedule.review] : [])];
      expect(parsed.map((event) => time(event, 'dtstart').toString())).to.deep.equal(expectedDates);
      parsed.forEach((event, i) => {
        const start = time(event, 'dtstart');
        const end = time(event, 'dtend');
        expect(start.isDate, 'dtstart is a date').to.equal(true);
        expect(end.isDate, 'dtend is a date').to.equal(true);
        expect(end.toString()).to.equal(addDays(expectedDates[i], 1));
        expect(event.getFirstProperty('dtstart')?.type).to.equal('date');
        const stamp = time(event, 'dtstamp');
        expect(stamp.isDate).to.equal(false);
        expect(stamp.toString()).to.equal('2026-01-15T09:05:07Z');
        expect(textValue(event, 'transp')).to.equal('TRANSPARENT');
        expect(textValue(event, 'location')).to.equal('Pain Clinic');
      });
      expect(parsed.map((event) => textValue(event, 'summary'))).to.deep.equal(
        list.map((event) => event.summary),
      );
      const uids = parsed.map((event) => textValue(event, 'uid'));
      expect(new Set(uids).size).to.equal(expectedDates.length);
      for (const uid of uids) expect(uid).to.match(/^[A-Za-z0-9._-]+@botox-migraine-widgets$/);
    });
  }

  it('writes session and review summaries and descriptions', () => {
    const schedule = computeSchedule({ startDate: '2026-03-08', intervalWeeks: 12, sessions: 3 });
    const parsed = events(buildCalendar({ events: scheduleEvents(schedule, LABELS), now: NOW }));
    expect(
      parsed.map((event) => [
        time(event, 'dtstart').toString(),
        textValue(event, 'summary'),
        textValue(event, 'description'),
      ]),
    ).to.deep.equal([
      ['2026-03-08', 'Botox session 1 of 3', LABELS.description],
      ['2026-05-31', 'Botox session 2 of 3', LABELS.description],
      ['2026-08-23', 'Botox session 3 of 3', LABELS.description],
      ['2026-08-23', 'Response review', LABELS.reviewDescription],
    ]);
  });

  it('uses CRLF after every line, including the last', () => {
    const ics = buildCalendar({
      events: [DAY('2026-03-08', 'A\nB\r\nC\rD', 'line 1\nline 2')],
      now: NOW,
      location: 'Room 1\nFloor 2',
      calendarName: 'X\nY',
    });
    const lines = physicalLines(ics);
    expect(lines[0]).to.equal('BEGIN:VCALENDAR');
    expect(lines[lines.length - 1]).to.equal('END:VCALENDAR');
    expect(ics.split('\r\n')).to.have.length(lines.length + 1);
    expect(ics.match(/\n/g)?.length).to.equal(ics.match(/\r\n/g)?.length);
    const [event] = events(ics);
    expect(textValue(event, 'summary')).to.equal('A\nB\nCD');
    expect(textValue(event, 'description')).to.equal('line 1\nline 2');
    expect(textValue(event, 'location')).to.equal('Room 1\nFloor 2');
  });

  it('folds long non-ASCII lines at 75 octets and round-trips them', () => {
    const chinese =
      '肉毒杆菌毒素治疗偏头痛：在头颈部七个区域进行大约三十一次小剂量注射，效果会在接下来的几周内逐渐显现。'.repeat(
        3,
      );
    const emoji = '💉🧠😀👍🏽👨‍👩‍👧 '.repeat(20);
    const accented =
      'Séance de traitement à la toxine botulique — évaluation après deux cycles, ça va être très bien. '.repeat(
        3,
      );
    const mixed = `a${'é偏😀'.repeat(30)}`;
    const ics = buildCalendar({
      events: [
        DAY('2026-03-08', chinese, emoji),
        DAY('2026-05-31', emoji, accented),
        DAY('2026-08-23', accented, chinese),
        DAY('2026-11-15', mixed),
      ],
      location: `Clinique Saint-Étienne, 偏头痛中心 🏥 ${'ü'.repeat(80)}`,
      calendarName: chinese,
      now: NOW,
    });
    const lines = physicalLines(ics);
    expect(lines.length).to.be.greaterThan(60);
    for (const line of lines) {
      expect(octets(line), line).to.be.at.most(75);
      expect(line).to.not.match(/^[\udc00-\udfff]|^ [\udc00-\udfff]|[\ud800-\udbff]$/);
    }
    expect(lines.some((line) => line.startsWith(' '))).to.equal(true);
    expect(lines.filter((line) => octets(line) > 70).length).to.be.greaterThan(10);
    const parsed = events(ics);
    expect(parsed.map((event) => textValue(event, 'summary'))).to.deep.equal([
      chinese,
      emoji,
      accented,
      mixed,
    ]);
    expect(parsed.map((event) => textValue(event, 'description'))).to.deep.equal([
      emoji,
      accented,
      chinese,
      null,
    ]);
    expect(textValue(parsed[0], 'location')).to.equal(
      `Clinique Saint-Étienne, 偏头痛中心 🏥 ${'ü'.repeat(80)}`,
    );
    expect(parse(ics).getFirstPropertyValue('x-wr-calname')).to.equal(escapeText(chinese));
  });

  it('escapes text so that ical.js reads back the original', () => {
    const tricky = [
      'Session 1, clinic A; room 2',
      'back\\slash',
      'C:\\path\\n not a newline',
      'line 1\nline 2\n\nline 4',
      ',;\\\n',
      '"quoted": value',
      'trailing backslash \\',
    ];
    const ics = buildCalendar({
      events: tricky.map((summary, i) => DAY(addDays('2026-03-08', i * 84), summary, summary)),
      location: 'Clinic, Street 1; Floor 2 \\ Suite\n3',
      now: NOW,
    });
    const parsed = events(ics);
    expect(parsed.map((event) => textValue(event, 'summary'))).to.deep.equal(tricky);
    expect(parsed.map((event) => textValue(event, 'description'))).to.deep.equal(tricky);
    for (const event of parsed) {
      expect(textValue(event, 'location')).to.equal('Clinic, Street 1; Floor 2 \\ Suite\n3');
    }
    expect(contentLines(ics)).to.include('SUMMARY:Session 1\\, clinic A\\; room 2');
  });

  it('round-trips random text through ical.js', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (summary) => {
        const [event] = events(buildCalendar({ events: [DAY('2026-03-08', summary)], now: NOW }));
        // eslint-disable-next-line no-control-regex -- the writer drops control characters
        const expected = summary.replace(/[\r\u0000-\u0008\u000b-\u001f\u007f]/g, '');
        expect(textValue(event, 'summary')).to.equal(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('writes LOCATION only when a location is given', () => {
    const base = { events: [DAY('2026-03-08', 'A'), DAY('2026-05-31', 'B')], now: NOW };
    const withLocation = events(buildCalendar({ ...base, location: 'Pain Clinic Zürich' }));
    expect(withLocation.map((event) => textValue(event, 'location'))).to.deep.equal([
      'Pain Clinic Zürich',
      'Pain Clinic Zürich',
    ]);
    for (const location of [undefined, '', 42 as unknown as string]) {
      const ics = buildCalendar({ ...base, location });
      expect(ics).to.not.contain('LOCATION');
      expect(events(ics).map((event) => textValue(event, 'location'))).to.deep.equal([null, null]);
    }
  });

  it('writes DESCRIPTION only when a description is given', () => {
    const ics = buildCalendar({
      events: [
        DAY('2026-03-08', 'A', 'Details'),
        DAY('2026-05-31', 'B', ''),
        DAY('2026-08-23', 'C'),
      ],
      now: NOW,
    });
    expect(events(ics).map((event) => textValue(event, 'description'))).to.deep.equal([
      'Details',
      null,
      null,
    ]);
    expect(ics.match(/DESCRIPTION/g)).to.have.length(1);
  });

  it('writes X-WR-CALNAME only when a calendar name is given', () => {
    const named = buildCalendar({ events: [], now: NOW, calendarName: 'Migraine, plan' });
    expect(contentLines(named)).to.include('X-WR-CALNAME:Migraine\\, plan');
    expect(buildCalendar({ events: [], now: NOW })).to.not.contain('X-WR-CALNAME');
    expect(buildCalendar({ events: [], now: NOW, calendarName: '' })).to.not.contain(
      'X-WR-CALNAME',
    );
  });

  it('uses a custom PRODID, escaped', () => {
    const calendar = parse(
      buildCalendar({ events: [], now: NOW, productId: '-//Pain Clinic, Inc.//Widgets//EN' }),
    );
    expect(calendar.getFirstPropertyValue('prodid')).to.equal('-//Pain Clinic, Inc.//Widgets//EN');
    expect(buildCalendar({ events: [], now: NOW, productId: '' })).to.contain(
      `PRODID:${DEFAULT_PRODUCT_ID}\r\n`,
    );
  });

  it('skips events with an invalid date', () => {
    const list = [
      DAY('2026-03-08', 'ok 1'),
      DAY('2026-02-30', 'impossible'),
      DAY('2025-02-29', 'not a leap year'),
      DAY('2026-13-01', 'month 13'),
      DAY('', 'empty'),
      DAY('soon', 'unparseable'),
      DAY('2026-03-08T10:00', 'time'),
      { date: 20260308, summary: 'number' } as unknown as CalendarEventInput,
      null as unknown as CalendarEventInput,
      'x' as unknown as CalendarEventInput,
      DAY(' 2024-02-29 ', 'ok 2'),
    ];
    const parsed = events(buildCalendar({ events: list, now: NOW, uidSeed: 's' }));
    expect(
      parsed.map((event) => [time(event, 'dtstart').toString(), textValue(event, 'summary')]),
    ).to.deep.equal([
      ['2026-03-08', 'ok 1'],
      ['2024-02-29', 'ok 2'],
    ]);
    expect(parsed.map((event) => textValue(event, 'uid'))).to.deep.equal([
      's-1-20260308@botox-migraine-widgets',
      's-2-20240229@botox-migraine-widgets',
    ]);
  });

  it('writes an empty SUMMARY for a missing summary', () => {
    const ics = buildCalendar({
      events: [{ date: '2026-03-08' } as unknown as CalendarEventInput],
      now: NOW,
    });
    expect(contentLines(ics)).to.include('SUMMARY:');
    expect(textValue(events(ics)[0], 'summary')).to.equal('');
  });

  it('omits DTEND for 9999-12-31 (one day by RFC 5545)', () => {
    const ics = buildCalendar({ events: [DAY('9999-12-31', 'Last day')], now: NOW });
    const [event] = events(ics);
    expect(time(event, 'dtstart').toString()).to.equal('9999-12-31');
    expect(event.getFirstPropertyValue('dtend')).to.equal(null);
    expect(ics).to.not.contain('DTEND');
  });

  describe('UIDs', () => {
    const list = [DAY('2026-03-08', 'A'), DAY('2026-03-08', 'A'), DAY('2026-05-31', 'B')];
    const uids = (options: CalendarOptions): (string | null)[] =>
      events(buildCalendar(options)).map((event) => textValue(event, 'uid'));

    it('are unique per event, even for identical events', () => {
      const result = uids({ events: list, now: NOW });
      expect(new Set(result).size).to.equal(3);
    });

    it('are stable for the same input, independent of DTSTAMP', () => {
      const first = buildCalendar({ events: list, now: NOW, location: 'X' });
      expect(buildCalendar({ events: list, now: NOW, location: 'X' })).to.equal(first);
      expect(uids({ events: list, now: new Date(Date.UTC(2030, 5, 1)) })).to.deep.equal(
        uids({ events: list, now: NOW }),
      );
    });

    it('derive the default seed from the events', () => {
      const base = uids({ events: list, now: NOW });
      expect(uids({ events: [DAY('2026-03-08', 'A'), ...list.slice(1)], now: NOW })).to.deep.equal(
        base,
      );
      const otherDate = uids({ events: [DAY('2026-03-15', 'A'), ...list.slice(1)], now: NOW });
      const otherSummary = uids({ events: [DAY('2026-03-08', 'Z'), ...list.slice(1)], now: NOW });
      const otherDescription = uids({
        events: [DAY('2026-03-08', 'A', 'd'), ...list.slice(1)],
        now: NOW,
      });
      for (const other of [otherDate, otherSummary, otherDescription]) {
        for (const uid of other) expect(base).to.not.include(uid);
      }
      for (const uid of base)
        expect(uid).to.match(/^[0-9a-z]+-[1-3]-2026\d{4}@botox-migraine-widgets$/);
    });

    it('use the given seed and domain, keeping only safe characters', () => {
      expect(
        uids({ events: list, now: NOW, uidSeed: 'patient 42/ä', uidDomain: 'clinic.example' }),
      ).to.deep.equal([
        'patient42-1-20260308@clinic.example',
        'patient42-2-20260308@clinic.example',
        'patient42-3-20260531@clinic.example',
      ]);
      expect(
        uids({ events: [list[0]], now: NOW, uidSeed: 'a_b.c-d', uidDomain: 'ex ample.org;' }),
      ).to.deep.equal(['a_b.c-d-1-20260308@example.org']);
    });

    it('fall back to the defaults for empty or unusable seed and domain', () => {
      const derived = uids({ events: list, now: NOW });
      expect(uids({ events: list, now: NOW, uidSeed: '', uidDomain: '' })).to.deep.equal(derived);
      expect(uids({ events: list, now: NOW, uidSeed: '@@@', uidDomain: '///' })).to.deep.equal(
        derived,
      );
    });

    it('differ between calendars with different seeds', () => {
      const a = uids({ events: list, now: NOW, uidSeed: 'a' });
      const b = uids({ events: list, now: NOW, uidSeed: 'b' });
      for (const uid of a) expect(b).to.not.include(uid);
    });
  });

  describe('DTSTAMP', () => {
    it('is written in UTC as YYYYMMDDTHHMMSSZ', () => {
      const stamp = (now: Date): string | undefined =>
        contentLines(buildCalendar({ events: [DAY('2026-03-08', 'A')], now }))
          .find((line) => line.startsWith('DTSTAMP:'))
          ?.slice(8);
      expect(stamp(NOW)).to.equal(STAMP);
      expect(stamp(new Date(Date.UTC(2026, 11, 31, 23, 59, 59, 999)))).to.equal('20261231T235959Z');
      expect(stamp(new Date(Date.UTC(2024, 1, 29, 0, 0, 0)))).to.equal('20240229T000000Z');
      expect(stamp(new Date(Date.UTC(2026, 2, 29, 1, 30)))).to.equal('20260329T013000Z');
    });

    it('falls back to the epoch for an invalid or out-of-range Date', () => {
      for (const now of [
        new Date(NaN),
        new Date(Date.UTC(10000, 0, 1)),
        new Date(Date.UTC(999, 11, 31)),
        undefined,
        '2026-01-15',
        1768467907000,
      ]) {
        const ics = buildCalendar({ events: [DAY('2026-03-08', 'A')], now: now as Date });
        expect(contentLines(ics), String(now)).to.include('DTSTAMP:19700101T000000Z');
        expect(time(events(ics)[0], 'dtstamp').toString()).to.equal('1970-01-01T00:00:00Z');
      }
    });
  });

  it('never throws for missing or malformed options', () => {
    const minimal = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:${DEFAULT_PRODUCT_ID}\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n`;
    expect(buildCalendar(undefined as unknown as CalendarOptions)).to.equal(minimal);
    expect(buildCalendar(null as unknown as CalendarOptions)).to.equal(minimal);
    expect(buildCalendar({ events: 'x' } as unknown as CalendarOptions)).to.equal(minimal);
    fc.assert(
      fc.property(
        fc.record({
          events: fc.oneof(
            fc.anything(),
            fc.array(
              fc.record({
                date: fc.oneof(fc.string(), fc.constantFrom('2026-03-08', '2024-02-29')),
                summary: fc.anything(),
                description: fc.anything(),
              }),
            ),
          ),
          location: fc.anything(),
          uidDomain: fc.anything(),
          uidSeed: fc.anything(),
          now: fc.oneof(fc.anything(), fc.date()),
          productId: fc.anything(),
          calendarName: fc.anything(),
        }),
        (options) => {
          const ics = buildCalendar(options as unknown as CalendarOptions);
          for (const line of physicalLines(ics)) expect(octets(line)).to.be.at.most(75);
          expect(parse(ics).name).to.equal('vcalendar');
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('scheduleEvents', () => {
  it('builds one event per session and one for the review', () => {
    const schedule = computeSchedule({ startDate: '2026-03-08', sessions: 4 });
    expect(scheduleEvents(schedule, LABELS)).to.deep.equal([
      { date: '2026-03-08', summary: 'Botox session 1 of 4', description: LABELS.description },
      { date: '2026-05-31', summary: 'Botox session 2 of 4', description: LABELS.description },
      { date: '2026-08-23', summary: 'Botox session 3 of 4', description: LABELS.description },
      { date: '2026-11-15', summary: 'Botox session 4 of 4', description: LABELS.description },
      { date: '2026-08-23', summary: 'Response review', description: LABELS.reviewDescription },
    ]);
  });

  it('leaves descriptions out when not given', () => {
    const schedule = computeSchedule({ startDate: '2026-12-20', intervalWeeks: 13, sessions: 2 });
    expect(
      scheduleEvents(schedule, { session: (n) => `Sitzung ${n}`, review: 'Bewertung' }),
    ).to.deep.equal([
      { date: '2026-12-20', summary: 'Sitzung 1' },
      { date: '2027-03-21', summary: 'Sitzung 2' },
      { date: '2027-06-20', summary: 'Bewertung' },
    ]);
    expect(
      scheduleEvents(schedule, {
        session: (n) => `S${n}`,
        review: 'R',
        description: '',
        reviewDescription: '',
      }),
    ).to.deep.equal([
      { date: '2026-12-20', summary: 'S1' },
      { date: '2027-03-21', summary: 'S2' },
      { date: '2027-06-20', summary: 'R' },
    ]);
  });

  it('has no review event with one session and nothing without a schedule', () => {
    expect(
      scheduleEvents(computeSchedule({ startDate: '2024-02-29', sessions: 1 }), LABELS),
    ).to.deep.equal([
      { date: '2024-02-29', summary: 'Botox session 1 of 1', description: LABELS.description },
    ]);
    expect(scheduleEvents(computeSchedule({ startDate: 'bad' }), LABELS)).to.deep.equal([]);
  });

  it('leaves out invalid dates and numbers the remaining sessions', () => {
    const schedule = {
      sessions: ['2026-03-08', '2026-02-30', 42 as unknown as string, '2026-05-31'],
      review: '2025-02-29',
    };
    expect(
      scheduleEvents(schedule, { session: (n, total) => `${n} of ${total}`, review: 'R' }),
    ).to.deep.equal([
      { date: '2026-03-08', summary: '1 of 2' },
      { date: '2026-05-31', summary: '2 of 2' },
    ]);
  });

  it('uses a neutral label when the session label is missing, fails or is not text', () => {
    const schedule = { sessions: ['2026-03-08', '2026-05-31'], review: '2026-08-23' };
    type Labels = Parameters<typeof scheduleEvents>[1];
    const expected = [
      { date: '2026-03-08', summary: '1/2' },
      { date: '2026-05-31', summary: '2/2' },
      { date: '2026-08-23', summary: '' },
    ];
    const broken: unknown[] = [
      {},
      { session: 'Session' },
      {
        session: () => {
          throw new Error('boom');
        },
      },
      { session: () => 5 },
      null,
      undefined,
    ];
    for (const labels of broken) {
      expect(scheduleEvents(schedule, labels as Labels), String(labels)).to.deep.equal(expected);
    }
  });

  it('never throws for a malformed schedule', () => {
    type Schedule = Parameters<typeof scheduleEvents>[0];
    expect(scheduleEvents(null as unknown as Schedule, LABELS)).to.deep.equal([]);
    expect(scheduleEvents({} as Schedule, LABELS)).to.deep.equal([]);
    expect(
      scheduleEvents({ sessions: 'x', review: 1 } as unknown as Schedule, LABELS),
    ).to.deep.equal([]);
    expect(
      scheduleEvents({ sessions: [], review: '2026-08-23' }, { session: () => '', review: 'R' }),
    ).to.deep.equal([{ date: '2026-08-23', summary: 'R' }]);
  });
});
