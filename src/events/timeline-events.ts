import type { Schedule } from '../logic/schedule.js';

/** What a `timeline-calendar` event carries. */
export interface TimelineCalendarDetail {
  /** The iCalendar (.ics) text about to be downloaded. */
  readonly ics: string;
  /** The file name the download will use, `botox-sessions.ics`. */
  readonly filename: string;
  /** The schedule the calendar was built from. */
  readonly schedule: Schedule;
}

/**
 * Fired by `<treatment-timeline>` when the person asks for the calendar file, before the download
 * starts. Bubbles and crosses shadow roots. Call `preventDefault()` to run your own flow instead:
 * then nothing is downloaded.
 */
export class TimelineCalendarEvent extends Event {
  /** The event's name, `timeline-calendar`: the type to pass to `addEventListener`. */
  static readonly eventName = 'timeline-calendar';

  constructor(readonly detail: TimelineCalendarDetail) {
    super(TimelineCalendarEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-calendar': TimelineCalendarEvent;
  }
}
