/**
 * The calendar download of `<treatment-timeline>`, loaded only when the person asks for it, so the
 * iCalendar code stays out of the main bundle.
 */
import { msg, str } from '../../localization/locale.js';
import { buildCalendar, scheduleEvents } from '../../logic/ics.js';
import type { Schedule } from '../../logic/schedule.js';

/** The name of the downloaded file. */
export const CALENDAR_FILENAME = 'botox-sessions.ics';

/**
 * The iCalendar text of a schedule in the active language: one all-day event per session and one
 * for the review, at `location` when given.
 */
export function calendarText(schedule: Schedule, location: string): string {
  return buildCalendar({
    events: scheduleEvents(schedule, {
      session: (n, total) =>
        msg(str`Botox session ${n} of ${total}`, {
          id: 'timeline.ics.session',
          desc: 'Title of a calendar event for one treatment session, e.g. "Botox session 1 of 4". Botox is a brand name: keep it.',
        }),
      review: msg('Review: how well is Botox working?', {
        id: 'timeline.ics.review',
        desc: 'Title of the calendar event where the patient and doctor review the treatment after two sessions.',
      }),
      description: msg(
        'Planned Botox treatment for chronic migraine. Your clinic confirms the exact date and time.',
        {
          id: 'timeline.ics.description',
          desc: 'Description of each session event in the downloaded calendar file.',
        },
      ),
      reviewDescription: msg(
        'You and your doctor look at how much Botox has helped. If your headache days have not gone down by at least 30% (about 3 in 10), the clinic may suggest a different treatment.',
        {
          id: 'timeline.ics.review-description',
          desc: 'Description of the review event in the downloaded calendar file. Plain language.',
        },
      ),
    }),
    location,
    now: new Date(),
  });
}

/**
 * Saves `text` as a file on the person's device through a temporary link. Nothing is sent
 * anywhere: the file is made in the browser.
 */
export function saveFile(text: string, filename: string, parent: ParentNode): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  parent.append(link);
  link.click();
  link.remove();
  // Some browsers read the file after the click returns; free it a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
