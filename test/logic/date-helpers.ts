// Shared by the date and schedule tests: reference dates computed through Date, and a way to
// hand ill-typed input to a typed function.

const DAY_MS = 86_400_000;

/** Reference day number computed through Date.UTC (tests only). */
export function referenceDayNumber(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / DAY_MS);
}

/** Reference ISO date for a day number computed through Date (tests only). */
export function referenceIso(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** A value of the wrong type, for "never throws" checks. */
export function wrong<T>(value: unknown): T {
  return value as T;
}
