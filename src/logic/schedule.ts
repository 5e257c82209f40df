/**
 * Pure, DOM-free date and schedule logic for the "Botox for migraines" treatment timeline.
 *
 * All calendar arithmetic is done on whole calendar dates through a day number (days since
 * 1970-01-01 in the proleptic Gregorian calendar) using integer math only, so results never
 * depend on the runtime's time zone or on daylight-saving transitions. No function in this
 * module throws, whatever it is given.
 *
 * @module
 */

import { dateFormat } from './intl.js';
import { parseEnum, parseInteger, type Parsed } from './attributes.js';

/** The treatment steps, in order. The ids are stable and may be used in markup and storage. */
export const STEP_IDS = ['consultation', 'first-session', 'effect', 'repeat', 'review'] as const;

/** One of {@link STEP_IDS}. */
export type StepId = (typeof STEP_IDS)[number];

/**
 * Allowed and default number of weeks between two treatment sessions. The label for Botox in
 * chronic migraine repeats treatment every 12 weeks, and never sooner, so 12 is both the default
 * and the minimum; longer intervals (up to a year) cover a frequency that varies with the
 * individual response.
 */
export const INTERVAL_WEEKS = { min: 12, max: 52, default: 12 } as const;

/** Allowed and default number of treatment sessions shown in a schedule. */
export const SESSION_COUNT = { min: 1, max: 12, default: 4 } as const;

/** The response is reviewed after this many sessions (two cycles, about 24 weeks). */
export const REVIEW_AFTER_SESSIONS = 2;

/** A calendar date split into its parts; `month` is 1–12, `day` is 1–31. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** An inclusive whole-number range with a default value, like {@link INTERVAL_WEEKS}. */
export interface WholeNumberRange {
  min: number;
  max: number;
  default: number;
}

/** Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar. */
const EPOCH_SHIFT = 719468;
/** Days in one 400-year Gregorian cycle. */
const DAYS_PER_ERA = 146097;

const ISO_DATE = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;

/**
 * Whether `value` is one of the {@link STEP_IDS}.
 *
 * @param value - Anything.
 * @returns `true` for a known step id.
 */
export function isStepId(value: unknown): value is StepId {
  return (STEP_IDS as readonly unknown[]).includes(value);
}

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
 * Parses a whole number within range from an attribute/property value (number or numeric
 * string like "12", " 8 "); returns { value, valid }: invalid (NaN, floats like 12.5, "12abc",
 * out of range, booleans, objects) → the fallback value with valid false; undefined/null/''
 * (also a whitespace-only string) → fallback with valid true (= not given).
 *
 * Strings must be optionally signed decimal digits ("+8" and "08" are accepted, "1e1", "0x10"
 * and "12.0" are not).
 *
 * @param input - Anything.
 * @param range - Inclusive bounds and the fallback (`range.default`).
 * @returns The number and whether the input was acceptable.
 */
export function parseWholeNumber(
  input: unknown,
  range: WholeNumberRange,
): { value: number; valid: boolean } {
  // `range?.`: a missing range gives no valid number rather than a throw.
  return parseInteger(input, { min: range?.min, max: range?.max, fallback: range?.default });
}

/** What {@link computeSchedule} needs; every field is optional and may be invalid. */
export interface ScheduleInput {
  /** ISO date of the first treatment session. */
  startDate?: string | null;
  /** Weeks between sessions, {@link INTERVAL_WEEKS}. */
  intervalWeeks?: number;
  /** Number of sessions, {@link SESSION_COUNT}. */
  sessions?: number;
  /** ISO date of "today", used for the current step and the countdown. */
  today?: string | null;
}

/** A dated treatment schedule. */
export interface Schedule {
  /** ISO dates of the sessions, first to last. */
  sessions: string[];
  /** ISO date of the response review, or `null` with fewer than two sessions. */
  review: string | null;
  /** The latest step that has started by `today`. */
  current: StepId;
  /** Days from `today` to the next session on or after it (0 on a session day), or `null`. */
  daysToNext: number | null;
}

/**
 * sessions[i] = start + i*interval*7 days. review = start + REVIEW_AFTER_SESSIONS*interval*7
 * days when sessions >= 2, else null (it coincides with the 3rd appointment when there is one).
 * Without a valid startDate: sessions [], review null, current 'consultation', daysToNext null.
 * current: the latest step that has started by `today`: before the first session →
 * consultation; on its day → first-session; after it and before the 2nd session (or forever
 * with 1 session) → effect; from the 2nd session → repeat; from the review date → review.
 * daysToNext: days from today to the next session on or after today (0 on a session day), null
 * when none remain or no today. Without today: current computed as 'consultation' and
 * daysToNext null. Invalid interval/sessions → defaults (use the constants).
 *
 * @param input - Start date, interval, session count and today; anything invalid is tolerated.
 * @returns The schedule.
 */
export function computeSchedule(input: ScheduleInput): Schedule {
  const { startDate, intervalWeeks, sessions, today } = input ?? {};
  const start = parseIsoDate(startDate);
  if (!start) return { sessions: [], review: null, current: 'consultation', daysToNext: null };

  const intervalDays = parseWholeNumber(intervalWeeks, INTERVAL_WEEKS).value * 7;
  const count = parseWholeNumber(sessions, SESSION_COUNT).value;
  const startDay = toDayNumber(start);
  const sessionDays = Array.from({ length: count }, (_, i) => startDay + i * intervalDays);
  const reviewDay =
    count >= REVIEW_AFTER_SESSIONS ? startDay + REVIEW_AFTER_SESSIONS * intervalDays : null;

  const schedule: Schedule = {
    sessions: sessionDays.map((day) => formatIsoDate(fromDayNumber(day))),
    review: reviewDay === null ? null : formatIsoDate(fromDayNumber(reviewDay)),
    current: 'consultation',
    daysToNext: null,
  };

  const todayParts = parseIsoDate(today);
  if (!todayParts) return schedule;
  const todayDay = toDayNumber(todayParts);

  if (reviewDay !== null && todayDay >= reviewDay) schedule.current = 'review';
  else if (count >= 2 && todayDay >= sessionDays[1]) schedule.current = 'repeat';
  else if (todayDay > startDay) schedule.current = 'effect';
  else if (todayDay === startDay) schedule.current = 'first-session';

  const next = sessionDays.find((day) => day >= todayDay);
  schedule.daysToNext = next === undefined ? null : next - todayDay;
  return schedule;
}

/**
 * Relative week offsets for the general timeline without dates: sessions at week 0, interval,
 * 2*interval…, review week.
 *
 * @param intervalWeeks - Weeks between sessions; invalid → {@link INTERVAL_WEEKS} default.
 * @param sessions - Number of sessions; invalid → {@link SESSION_COUNT} default.
 * @returns The session weeks and the review week (`null` with fewer than two sessions).
 */
export function relativeWeeks(
  intervalWeeks: number,
  sessions: number,
): { sessions: number[]; review: number | null } {
  const interval = parseWholeNumber(intervalWeeks, INTERVAL_WEEKS).value;
  const count = parseWholeNumber(sessions, SESSION_COUNT).value;
  return {
    sessions: Array.from({ length: count }, (_, i) => i * interval),
    review: count >= REVIEW_AFTER_SESSIONS ? REVIEW_AFTER_SESSIONS * interval : null,
  };
}

/** How the timeline is laid out; `horizontal` turns vertical again on narrow widths. */
export const TIMELINE_ORIENTATIONS = ['vertical', 'horizontal'] as const;

/** One of {@link TIMELINE_ORIENTATIONS}. */
export type TimelineOrientation = (typeof TIMELINE_ORIENTATIONS)[number];

/** Where a step stands on a dated timeline relative to today. */
export type StepState = 'done' | 'current' | 'upcoming';

function isBlank(input: unknown): boolean {
  return (
    input === undefined || input === null || (typeof input === 'string' && input.trim() === '')
  );
}

/**
 * Reads a start date: a valid ISO date → that date, trimmed; unset or blank → `null` (valid: the
 * general timeline); anything else → `null` (invalid).
 *
 * @param input - Anything, typically the `start-date` attribute.
 * @returns The ISO date or `null`, and whether the input was acceptable.
 */
export function resolveStartDate(input: unknown): Parsed<string | null> {
  if (isBlank(input)) return { value: null, valid: true };
  return isIsoDate(input) ? { value: input.trim(), valid: true } : { value: null, valid: false };
}

/**
 * Reads "today": a valid ISO date → that date, trimmed; unset or blank → the local date of `now`
 * (valid); anything else → the local date of `now` (invalid).
 *
 * @param input - Anything, typically the `today` attribute.
 * @param now - The current moment, read in the runtime's time zone via {@link localIsoDate}.
 * @returns The ISO date of today ('' only when `now` is not a valid Date) and whether the input
 *   was acceptable.
 */
export function resolveToday(input: unknown, now: Date): Parsed<string> {
  if (isIsoDate(input)) return { value: input.trim(), valid: true };
  return { value: localIsoDate(now), valid: isBlank(input) };
}

/**
 * Reads the timeline orientation (trimmed, case-insensitive). Unset → `vertical` (valid); any
 * other value → `vertical` (invalid).
 *
 * @param input - Anything, typically the `orientation` attribute.
 * @returns The orientation and whether the input was acceptable.
 */
export function resolveOrientation(input: unknown): Parsed<TimelineOrientation> {
  return parseEnum(input, TIMELINE_ORIENTATIONS, 'vertical');
}

/**
 * Where `step` stands when `current` is the current step: earlier steps are done, later ones
 * upcoming.
 *
 * @param step - A step id.
 * @param current - The current step id.
 * @returns `done`, `current` or `upcoming` (`upcoming` when either id is unknown).
 */
export function stepState(step: StepId, current: StepId): StepState {
  const index = STEP_IDS.indexOf(step);
  const now = STEP_IDS.indexOf(current);
  if (index < 0 || now < 0) return 'upcoming';
  return index === now ? 'current' : index < now ? 'done' : 'upcoming';
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
