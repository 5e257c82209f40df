/**
 * Pure, DOM-free iCalendar (RFC 5545) export of a treatment schedule as all-day events.
 * No function in this module throws, whatever it is given.
 *
 * @module
 */

import { addDays, parseIsoDate, type DateParts } from './dates.js';

/** One all-day calendar event. */
export interface CalendarEventInput {
  /** ISO date 'YYYY-MM-DD' of the event; events with an invalid date are skipped. */
  date: string;
  /** The event title. */
  summary: string;
  /** Optional longer text. */
  description?: string;
}

/** Options for {@link buildCalendar}. */
export interface CalendarOptions {
  /** The events, in order. */
  events: CalendarEventInput[];
  /** Where the events take place, e.g. the clinic name; written to every event. */
  location?: string;
  /** Domain part of the UIDs; default {@link DEFAULT_UID_DOMAIN}. */
  uidDomain?: string;
  /** Makes UIDs unique per calendar; default derived from the events. */
  uidSeed?: string;
  /** The DTSTAMP of every event, written in UTC. An invalid Date falls back to 1970-01-01. */
  now: Date;
  /** The PRODID; default {@link DEFAULT_PRODUCT_ID}. */
  productId?: string;
  /** Written as X-WR-CALNAME when given. */
  calendarName?: string;
}

/** Default domain part of the event UIDs. */
export const DEFAULT_UID_DOMAIN = 'botox-migraine-widgets';

/** Default PRODID of the calendar. */
export const DEFAULT_PRODUCT_ID = '-//botox-migraine-widgets//Treatment schedule//EN';

/** Maximum length of a content line in octets, excluding the CRLF (RFC 5545 §3.1). */
export const MAX_LINE_OCTETS = 75;

const CRLF = '\r\n';

/** Control characters not allowed in TEXT values (everything but HTAB, LF and CR). */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Escapes a TEXT property value (RFC 5545 §3.3.11): backslash, semicolon and comma get a
 * backslash, a newline (LF or CRLF) becomes `\n`; CR and other control characters except
 * HTAB are dropped.
 *
 * @param value - The raw text; a non-string yields ''.
 * @returns The escaped value.
 */
export function escapeText(value: string): string {
  if (typeof value !== 'string') return '';
  return value
    .replace(/\r/g, '')
    .replace(CONTROL_CHARS, '')
    .replace(/[\\;,]/g, (char) => `\\${char}`)
    .replace(/\n/g, '\\n');
}

/** UTF-8 length of one code point (a lone surrogate is encoded as U+FFFD, 3 octets). */
function utf8Length(char: string): number {
  const code = char.codePointAt(0) as number;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code < 0x10000 ? 3 : 4;
}

/**
 * Folds one content line (RFC 5545 §3.1): every physical line is at most 75 octets of UTF-8,
 * excluding the line break, and never splits a multi-byte character; continuation lines start
 * with one space (counted in their 75 octets). Lines are joined with CRLF, without a trailing
 * one.
 *
 * @param line - One unfolded content line without line breaks; a non-string yields ''.
 * @returns The folded line.
 */
export function foldLine(line: string): string {
  if (typeof line !== 'string') return '';
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

function compactDate(parts: DateParts): string {
  return `${parts.year}${String(parts.month).padStart(2, '0')}${String(parts.day).padStart(2, '0')}`;
}

/** DTSTAMP form of a Date in UTC, 'YYYYMMDDTHHMMSSZ'; invalid or out-of-range → the epoch. */
function utcStamp(now: unknown): string {
  const valid = now instanceof Date && now.getUTCFullYear() >= 1000 && now.getUTCFullYear() <= 9999;
  const date = valid ? now : new Date(0);
  const two = (value: number): string => String(value).padStart(2, '0');
  return (
    compactDate({
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
    }) + `T${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z`
  );
}

/** Keeps only characters that are safe in a UID without escaping. */
function uidPart(value: unknown, fallback: string): string {
  const cleaned = typeof value === 'string' ? value.replace(/[^A-Za-z0-9._-]/g, '') : '';
  return cleaned === '' ? fallback : cleaned;
}

/** A stable 53-bit hash (cyrb53) of a string, as base 36. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

interface ValidEvent {
  parts: DateParts;
  date: string;
  summary: string;
  description: string;
}

function validEvents(events: unknown): ValidEvent[] {
  if (!Array.isArray(events)) return [];
  const result: ValidEvent[] = [];
  for (const event of events as unknown[]) {
    if (typeof event !== 'object' || event === null) continue;
    const { date, summary, description } = event as Partial<Record<string, unknown>>;
    const parts = parseIsoDate(date);
    if (!parts) continue;
    result.push({
      parts,
      date: (date as string).trim(),
      summary: text(summary),
      description: text(description),
    });
  }
  return result;
}

/**
 * RFC 5545 VCALENDAR: VERSION:2.0, PRODID, CALSCALE:GREGORIAN, METHOD:PUBLISH, optional
 * X-WR-CALNAME; one all-day VEVENT per event: UID (unique per event and stable for the same
 * input), DTSTAMP (YYYYMMDDTHHMMSSZ), DTSTART;VALUE=DATE, DTEND;VALUE=DATE (next day), SUMMARY,
 * DESCRIPTION and LOCATION when given, TRANSP:TRANSPARENT. CRLF line endings everywhere
 * including the last line; content lines folded at 75 octets of UTF-8 (never splitting a
 * multi-byte character; continuation lines start with one space); TEXT values escaped
 * (backslash, semicolon, comma, newline → \\n; CR dropped). Events with an invalid date are
 * skipped.
 *
 * UIDs have the form `<seed>-<n>-<YYYYMMDD>@<domain>` (n counts the written events from 1);
 * seed and domain keep only `A–Z a–z 0–9 . _ -`. An event on 9999-12-31 has no DTEND (RFC 5545
 * then makes it last one day). DESCRIPTION, LOCATION and X-WR-CALNAME are written only when
 * they are non-empty strings.
 *
 * @param options - The events and calendar settings.
 * @returns The iCalendar text.
 */
export function buildCalendar(options: CalendarOptions): string {
  const { events, location, uidDomain, uidSeed, now, productId, calendarName } = options ?? {};
  const valid = validEvents(events);
  const stamp = utcStamp(now);
  const domain = uidPart(uidDomain, DEFAULT_UID_DOMAIN);
  const seed = uidPart(
    uidSeed,
    hash(
      JSON.stringify(valid.map(({ date, summary, description }) => [date, summary, description])),
    ),
  );
  const place = text(location);
  const name = text(calendarName);
  const product = text(productId);

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(product === '' ? DEFAULT_PRODUCT_ID : product)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (name !== '') lines.push(`X-WR-CALNAME:${escapeText(name)}`);

  valid.forEach((event, index) => {
    const start = compactDate(event.parts);
    const end = parseIsoDate(addDays(event.date, 1));
    lines.push(
      'BEGIN:VEVENT',
      `UID:${seed}-${index + 1}-${start}@${domain}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${start}`,
    );
    if (end) lines.push(`DTEND;VALUE=DATE:${compactDate(end)}`);
    lines.push(`SUMMARY:${escapeText(event.summary)}`);
    if (event.description !== '') lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (place !== '') lines.push(`LOCATION:${escapeText(place)}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  });

  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function callLabel(label: unknown, n: number, total: number): string {
  if (typeof label === 'function') {
    try {
      const result: unknown = label(n, total);
      if (typeof result === 'string') return result;
    } catch {
      // A failing label callback falls through to the neutral label.
    }
  }
  return `${n}/${total}`;
}

/**
 * Builds the clinic-neutral event list for a schedule with localized labels the caller
 * provides: one event per session (summary `labels.session(n, total)`, n counting from 1,
 * description `labels.description`) and, when there is a review date, one review event
 * (summary `labels.review`, description `labels.reviewDescription`). Entries that are not valid
 * ISO dates are left out and not counted. A missing, failing or non-string session label
 * becomes `n/total`; a missing review label becomes ''.
 *
 * @param schedule - The dated sessions and review, e.g. from `computeSchedule`.
 * @param labels - Localized texts.
 * @returns The events, sessions first, then the review.
 */
export function scheduleEvents(
  schedule: { sessions: string[]; review: string | null },
  labels: {
    session: (n: number, total: number) => string;
    review: string;
    description?: string;
    reviewDescription?: string;
  },
): CalendarEventInput[] {
  const sessions = Array.isArray(schedule?.sessions)
    ? (schedule.sessions as unknown[]).filter((date): date is string => parseIsoDate(date) !== null)
    : [];
  const description = text(labels?.description);
  const events: CalendarEventInput[] = sessions.map((date, index) => ({
    date,
    summary: callLabel(labels?.session, index + 1, sessions.length),
    ...(description === '' ? {} : { description }),
  }));
  const review = schedule?.review;
  if (parseIsoDate(review)) {
    const reviewDescription = text(labels?.reviewDescription);
    events.push({
      date: review as string,
      summary: text(labels?.review),
      ...(reviewDescription === '' ? {} : { description: reviewDescription }),
    });
  }
  return events;
}
