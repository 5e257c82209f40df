/**
 * Pure, DOM-free date and schedule logic for the "Botox for migraines" treatment timeline.
 *
 * All calendar arithmetic is done on whole calendar dates through a day number (days since
 * 1970-01-01 in the proleptic Gregorian calendar) using integer math only, so results never
 * depend on the runtime's time zone or on daylight-saving transitions. No function in this
 * module throws, whatever it is given. The calendar-date helpers themselves are in `dates.ts`.
 *
 * @module
 */

import { parseEnum, parseInteger, type Parsed } from './attributes.js';
import {
  formatIsoDate,
  fromDayNumber,
  isIsoDate,
  localIsoDate,
  parseIsoDate,
  toDayNumber,
} from './dates.js';

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

/** An inclusive whole-number range with a default value, like {@link INTERVAL_WEEKS}. */
export interface WholeNumberRange {
  min: number;
  max: number;
  default: number;
}

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
