/**
 * A harness for `<treatment-timeline>`: its steps, their weeks or dates, the current step, the
 * countdown and the "Add to calendar" button.
 */
import { expect } from '@open-wc/testing';
import type { TreatmentTimeline } from '../../src/components/treatment-timeline/treatment-timeline.js';
import type { TimelineCalendarEvent } from '../../src/events/timeline-events.js';
import { STEP_IDS, type StepId } from '../../src/logic/schedule.js';
import { Harness } from './base.js';

export class TimelineHarness extends Harness<TreatmentTimeline> {
  /** The ordered list of steps (part `list`). */
  list(): HTMLOListElement | null {
    return this.query<HTMLOListElement>('ol[part="list"]');
  }

  /** The steps (`<li>`), in order: consultation, first session, effect, repeat, review. */
  steps(): HTMLLIElement[] {
    return this.queryAll<HTMLLIElement>('ol[part="list"] > li');
  }

  /** The step `id` (`<li>`). */
  step(id: StepId): HTMLLIElement | undefined {
    return this.steps()[STEP_IDS.indexOf(id)];
  }

  /** The title headings of the steps. */
  stepTitleElements(): HTMLElement[] {
    return this.queryAll('[part="step-title"]');
  }

  /** The titles of the steps. */
  stepTitles(): string[] {
    return this.texts('[part="step-title"]');
  }

  /** The week or date line of each step that has one ("Week 0", "March 8, 2026"…). */
  when(): string[] {
    return this.texts('[part="when"]');
  }

  /** The explanation of each step (none when `compact`). */
  descriptions(): string[] {
    return this.texts('[part="description"]');
  }

  /** The markers of the steps: their number, or ✓ for a step that is done. */
  markers(): string[] {
    return this.texts('[part="marker"]');
  }

  /** The round markers of the steps on the line (part `marker`). */
  markerElements(): HTMLElement[] {
    return this.queryAll('[part="marker"]');
  }

  /** The sessions listed in the repeat step (`<li>`). */
  sessions(): HTMLElement[] {
    return this.queryAll('[part="session"]');
  }

  /** The label of each session, e.g. "Session 1 of 4". */
  sessionLabels(): string[] {
    return this.texts('[part="session"] > span:first-child');
  }

  /** The date (or week, without a start date) of each session, as shown. */
  dates(): string[] {
    return this.texts('[part="session"] .session-when');
  }

  /** The `datetime` of each session's date. */
  sessionDatetimes(): (string | null)[] {
    return this.queryAll('[part="session"] time').map((time) => time.getAttribute('datetime'));
  }

  /** Every date shown (`<time>`) as [datetime, text as rendered]. */
  times(): [string | null, string | null][] {
    return this.queryAll('time').map((time) => [time.getAttribute('datetime'), time.textContent]);
  }

  /** The id of the step marked `aria-current="step"`, or null (there is at most one). */
  currentStep(): StepId | null {
    const steps = this.steps();
    const marked = steps.filter((li) => li.getAttribute('aria-current') === 'step');
    expect(marked.length, 'at most one current step').to.be.at.most(1);
    return marked.length === 0 ? null : STEP_IDS[steps.indexOf(marked[0])];
  }

  /** Every "You are here" label (one at most). */
  currentLabels(): HTMLElement[] {
    return this.queryAll('[part="current-label"]');
  }

  /** The "You are here" label's text, or null when no step is current. */
  currentLabel(): string | null {
    return this.query('[part="current-label"]')?.textContent?.trim() ?? null;
  }

  /** The sentence about the next session (trimmed), or null without dates. */
  status(): string | null {
    return this.query('[part="status"]')?.textContent?.trim() ?? null;
  }

  /** The "Add to calendar" button, or null (no dates, or `hide-calendar`). */
  calendarButton(): HTMLButtonElement | null {
    return this.query<HTMLButtonElement>('[part="calendar-button"]');
  }

  /**
   * Clicks "Add to calendar". Resolves with the `timeline-calendar` event once it has fired
   * (the calendar code loads on first use); the download follows unless a listener cancels it.
   */
  downloadCalendar(): Promise<TimelineCalendarEvent> {
    const button = this.calendarButton();
    if (!button) throw new Error('no "Add to calendar" button');
    const fired = new Promise<TimelineCalendarEvent>((resolve) => {
      this.element.addEventListener('timeline-calendar', resolve, { once: true });
    });
    button.click();
    return fired;
  }
}

/** The harness of `el`. */
export function timeline(el: TreatmentTimeline): TimelineHarness {
  return new TimelineHarness(el);
}
