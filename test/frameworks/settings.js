/**
 * What every framework app passes to the widgets, so test/frameworks.test.ts can check the same
 * result in each. Kept at module level: a framework sets a rich property again only when the
 * value it is given changes, and a new object on every render would reset the person's answers.
 */

export const CLINIC = 'NorCal Pain Treatment Center';

/** The benefits to show, in this order: set as an array property. */
export const ITEMS = ['not-a-pill', 'relief'];

/** The switchable checks that apply: `duration` is left out, so its question is not asked. */
export const CHECKS = ['overuse'];

/** Saved answers that meet every criterion left on: the outcome is `likely`. */
export const ANSWERS = {
  headacheDays: 20,
  months: 6,
  longHeadaches: true,
  priorTreatment: 'not-helped',
  preventivesTried: 3,
  painRelieverDays: 2,
  triptanDays: 4,
  commitment: 'yes',
  adult: true,
  safety: {},
};

export const START_DATE = '2026-03-02';
export const TODAY = '2026-02-20';

/** One line for the app's event log: what the framework code received in `event.detail`. */
export function eventLine(event) {
  if (event.type === 'timeline-calendar') {
    const { filename, schedule } = event.detail;
    return `timeline-calendar: ${filename}, ${schedule.sessions.join(' ')}`;
  }
  const { answers, result } = event.detail;
  return `${event.type}: ${result.outcome}, ${answers.headacheDays} days, commitment ${answers.commitment}`;
}
