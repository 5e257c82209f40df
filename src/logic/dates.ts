/**
 * Pure, DOM-free calendar-date helpers: ISO `YYYY-MM-DD` dates, parsed, formatted, counted and
 * shifted.
 *
 * All calendar arithmetic is done on whole calendar dates through a day number (days since
 * 1970-01-01 in the proleptic Gregorian calendar) using integer math only, so results never
 * depend on the runtime's time zone or on daylight-saving transitions. No function in this
 * module throws, whatever it is given.
 *
 * @module
 */

import { dateFormat } from './intl.js';

/** A calendar date split into its parts; `month` is 1–12, `day` is 1–31. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar. */
const EPOCH_SHIFT = 719468;
/** Days in one 400-year Gregorian cycle. */
const DAYS_PER_ERA = 146097;

const ISO_DATE = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;

/**
 * Whether `year` is a leap year in the proleptic Gregorian calendar.
 *
 * @param year - A whole year number.
 * @returns `true` for leap years (divisible by 4, except centuries not divisible by 400).
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in a month.
 *
 * @param year - A whole year number.
 * @param month - The month, 1–12.
 * @returns 28–31, or `NaN` when `month` is not 1–12.
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  if (month === 4 || month === 6 || month === 9 || month === 11) return 30;
  return Number.isInteger(month) && month >= 1 && month <= 12 ? 31 : NaN;
}

/**
 * Strict ISO calendar date 'YYYY-MM-DD' (years 1000–9999), real dates only ('2026-02-30',
 * '2025-02-29' → null; '2024-02-29' ok). Non-strings, surrounding junk, times
 * ('2026-01-01T00:00') → null. Leading/trailing whitespace may be trimmed.
 *
 * @param input - Anything, typically an attribute or property value.
 * @returns The date's parts, or `null` when `input` is not a valid ISO calendar date.
 */
export function parseIsoDate(input: unknown): DateParts | null {
  if (typeof input !== 'string') return null;
  const match = ISO_DATE.exec(input.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/**
 * Whether `input` is a valid ISO calendar date as accepted by {@link parseIsoDate}.
 *
 * @param input - Anything.
 * @returns `true` when {@link parseIsoDate} would return parts.
 */
export function isIsoDate(input: unknown): input is string {
  return parseIsoDate(input) !== null;
}

function pad(value: number, width: number): string {
  const digits = String(Math.abs(value)).padStart(width, '0');
  return value < 0 ? `-${digits}` : digits;
}

/**
 * Formats date parts as 'YYYY-MM-DD'. The parts are not validated: years outside 0–9999 are
 * written in the ISO 8601 expanded form ('+010000-01-01', '-000001-01-01'), and invalid parts
 * (such as 2026-02-30) produce a string that {@link parseIsoDate} rejects. A non-object or parts
 * that are not all whole numbers yield ''.
 *
 * @param parts - The date to format.
 * @returns The ISO date string.
 */
export function formatIsoDate(parts: DateParts): string {
  if (typeof parts !== 'object' || parts === null) return '';
  const { year, month, day } = parts;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return '';
  const yearText =
    year >= 0 && year <= 9999 ? pad(year, 4) : `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}`;
  return `${yearText}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Date-only arithmetic through a day number (days since 1970-01-01, proleptic Gregorian,
 * computed with integer math, NOT via Date or time zones).
 *
 * `day` is not checked against the month's length (day 0 is the last day of the previous month,
 * 32 January is 1 February).
 *
 * @param parts - The date; all parts must be whole numbers and `month` 1–12.
 * @returns The day number (1970-01-01 → 0), or `NaN` for a non-object, non-integer parts or
 *   a month outside 1–12.
 */
export function toDayNumber(parts: DateParts): number {
  if (typeof parts !== 'object' || parts === null) return NaN;
  const { month, day } = parts;
  let { year } = parts;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return NaN;
  if (month < 1 || month > 12) return NaN;
  // Howard Hinnant's days_from_civil: years start on 1 March so the leap day comes last.
  if (month <= 2) year -= 1;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
}

/**
 * Date-only arithmetic through a day number (days since 1970-01-01, proleptic Gregorian,
 * computed with integer math, NOT via Date or time zones). Inverse of {@link toDayNumber}.
 *
 * @param day - A whole day number (0 → 1970-01-01).
 * @returns The calendar date, or parts that are all `NaN` when `day` is not a whole number.
 */
export function fromDayNumber(day: number): DateParts {
  if (!Number.isInteger(day)) return { year: NaN, month: NaN, day: NaN };
  // Howard Hinnant's civil_from_days.
  const shifted = day + EPOCH_SHIFT;
  const era = Math.floor(shifted / DAYS_PER_ERA);
  const dayOfEra = shifted - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day: dayOfMonth };
}

/**
 * Adds whole days to an ISO date without any time-zone or daylight-saving effects.
 *
 * @param iso - A valid ISO date (see {@link parseIsoDate}).
 * @param days - A whole number of days, may be negative.
 * @returns The resulting ISO date (years beyond 9999 use the expanded form of
 *   {@link formatIsoDate}). When `iso` is not a valid ISO date or `days` is not a whole number,
 *   the input is returned unchanged ('' for a non-string).
 */
export function addDays(iso: string, days: number): string {
  const parts = parseIsoDate(iso);
  if (!parts || !Number.isInteger(days)) return typeof iso === 'string' ? iso : '';
  return formatIsoDate(fromDayNumber(toDayNumber(parts) + days));
}

/**
 * The number of calendar days from one ISO date to another.
 *
 * @param fromIso - The earlier date.
 * @param toIso - The later date.
 * @returns `to − from` in days (negative when `toIso` is earlier), or `NaN` when either date is
 *   invalid.
 */
export function daysBetween(fromIso: string, toIso: string): number {
  const from = parseIsoDate(fromIso);
  const to = parseIsoDate(toIso);
  if (!from || !to) return NaN;
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * The local calendar date of a Date in the runtime's time zone (getFullYear/getMonth/getDate),
 * as ISO.
 *
 * @param date - A Date, typically `new Date()` for "today".
 * @returns The ISO date, or '' when `date` is not a valid Date.
 */
export function localIsoDate(date: Date): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return '';
  return formatIsoDate({
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
  });
}

/**
 * Formats an ISO date as a long, localized calendar date ('March 8, 2026', '8 de marzo de 2026').
 * The date is built with `Date.UTC` and formatted with `timeZone: 'UTC'`, so the result is the
 * same in every time zone.
 *
 * @param iso - A valid ISO date.
 * @param locale - A BCP 47 language tag; an invalid tag falls back to English.
 * @returns The formatted date, or '' when `iso` is not a valid ISO date.
 */
export function formatLongDate(iso: string, locale: string): string {
  const parts = parseIsoDate(iso);
  if (!parts) return '';
  const date = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };
  try {
    return dateFormat(locale, options).format(date);
  } catch {
    return dateFormat('en', options).format(date);
  }
}
