/**
 * The headache-day counter: which days it shows and how focus moves in its grid. Pure and
 * DOM-free; no function here throws.
 */

import { addDays, isIsoDate } from '../dates.js';

/** How many days the headache-day counter shows: today and the 29 days before. */
export const COUNTER_DAYS = 30;

/** Columns of the headache-day counter: one week per row. */
export const COUNTER_COLUMNS = 7;

/**
 * The `count` calendar days that end with `todayIso` (a `YYYY-MM-DD` date), oldest first, as
 * `YYYY-MM-DD` strings — date-only arithmetic from the dates module, so no time zone or
 * daylight-saving change can shift a day. A malformed or impossible date, or a `count` that is not
 * a positive integer of at most 366 → `[]`. Never throws.
 */
export function lastDays(todayIso: string, count: number): string[] {
  if (!isIsoDate(todayIso) || !Number.isInteger(count) || count < 1 || count > 366) return [];
  return Array.from({ length: count }, (_, index) => addDays(todayIso, index - count + 1));
}

/**
 * Where focus goes in the headache-day counter, a grid of `count` days in rows of `columns`, when
 * `key` is pressed on day `index`: ArrowLeft/ArrowRight one day back/forward (swapped when `rtl`),
 * ArrowUp/ArrowDown one row (a week), Home/End the row's first/last day, and with `ctrl` the
 * grid's first/last day. Moves stop at the edges. Any other key → `null` (not handled).
 */
export function gridMove(
  index: number,
  key: string,
  options: { count: number; columns: number; rtl?: boolean; ctrl?: boolean },
): number | null {
  const { count, columns, rtl = false, ctrl = false } = options;
  const last = count - 1;
  const rowStart = index - (index % columns);
  let next: number;
  switch (key) {
    case 'ArrowLeft':
      next = index + (rtl ? 1 : -1);
      break;
    case 'ArrowRight':
      next = index + (rtl ? -1 : 1);
      break;
    case 'ArrowUp':
      next = index - columns;
      break;
    case 'ArrowDown':
      next = index + columns;
      break;
    case 'Home':
      next = ctrl ? 0 : rowStart;
      break;
    case 'End':
      next = ctrl ? last : Math.min(rowStart + columns - 1, last);
      break;
    default:
      return null;
  }
  return next < 0 || next > last ? index : next;
}
