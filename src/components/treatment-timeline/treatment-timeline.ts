import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { getLocale, msg, str } from '../../localization/locale.js';
import { WidgetElement } from '../../internal/widget-element.js';
import { HeadingController } from '../../controllers/heading.js';
import { headingAt } from '../../internal/heading.js';
import { calendarIcon } from '../../internal/icons.js';
import { themeStyles, darkThemeStyles } from '../../internal/theme.styles.js';
import { TimelineCalendarEvent } from '../../events/timeline-events.js';
import { levelBelow, type HeadingLevel } from '../../logic/attributes.js';
import { formatLongDate } from '../../logic/dates.js';
import {
  INTERVAL_WEEKS,
  SESSION_COUNT,
  STEP_IDS,
  TIMELINE_ORIENTATIONS,
  computeSchedule,
  parseWholeNumber,
  resolveOrientation,
  resolveStartDate,
  resolveToday,
  relativeWeeks,
  stepState,
  type Schedule,
  type StepId,
  type TimelineOrientation,
} from '../../logic/schedule.js';
import { treatmentTimelineStyles } from './treatment-timeline.styles.js';
import { nextSessionText, stepText } from './timeline-texts.js';

const range = ({ min, max }: { min: number; max: number }) => [`${min}–${max}`];

/**
 * The treatment process of Botox for chronic migraine — consultation, first session, the effect
 * that may build over a few weeks, repeat sessions about every 12 weeks and a review after two
 * sessions — as a timeline. Without `start-date` it shows typical weeks; with it, the person's own
 * dates, where they are now, a countdown to the next session and an "Add to calendar" button.
 *
 * Headings: the overall heading is at `heading-level` (default 2); each step's title is one level
 * below it (at most 6), or at `heading-level` itself when the overall heading is turned off.
 *
 * @customElement treatment-timeline
 * @summary A treatment timeline with the person's own dates and a calendar file.
 *
 * @fires {TimelineCalendarEvent} timeline-calendar - When the person asks for the calendar file,
 *   before it downloads. `detail`: `{ ics, filename, schedule }`. Cancelable: `preventDefault()`
 *   stops the download so the page can run its own flow.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The overall heading.
 * @csspart status - The sentence about the next session (only with dates).
 * @csspart list - The ordered list of steps (`<ol>`).
 * @csspart step - Each step (`<li>`); the current one also has the part `step-current`.
 * @csspart step-current - The current step (only with dates).
 * @csspart marker - The round marker of each step on the line.
 * @csspart step-title - The title of each step.
 * @csspart when - The week or date of a step.
 * @csspart current-label - The "You are here" label of the current step.
 * @csspart description - The explanation of each step (hidden when `compact`).
 * @csspart sessions - The list of sessions inside the repeat step.
 * @csspart session - Each session in that list.
 * @csspart note - The note that the clinic sets and confirms each appointment.
 * @csspart calendar-button - The "Add to calendar" button.
 * @csspart calendar-hint - The short text under the button.
 *
 * @cssprop [--bmw-accent=#0b6b63] - Accent colour (markers, line of past steps, button) in the light scheme.
 * @cssprop [--bmw-accent-contrast=#ffffff] - Text on the accent colour in the light scheme.
 * @cssprop [--bmw-accent-soft=#e0f2ef] - Background of past markers and the status in the light scheme.
 * @cssprop [--bmw-text=#1f2933] - Text colour in the light scheme.
 * @cssprop [--bmw-text-muted=#4a5866] - Secondary text (dates, weeks, notes) in the light scheme.
 * @cssprop [--bmw-surface=#ffffff] - Background of the widget in the light scheme.
 * @cssprop [--bmw-surface-raised=#f3f6f8] - Background of the session list in the light scheme.
 * @cssprop [--bmw-border=#c3ccd5] - Colour of the line in the light scheme.
 * @cssprop [--bmw-focus=#1a56db] - Focus ring colour in the light scheme.
 * @cssprop [--bmw-dark-accent=#6ad3c6] - Accent colour in the dark scheme (likewise `--bmw-dark-accent-contrast`, `--bmw-dark-text`, `--bmw-dark-text-muted`, `--bmw-dark-surface`, `--bmw-dark-surface-raised`, `--bmw-dark-border`, `--bmw-dark-accent-soft`, `--bmw-dark-focus`).
 * @cssprop [--bmw-radius=0.75rem] - Corner radius.
 * @cssprop [--bmw-gap=1rem] - Space between and inside steps.
 * @cssprop [--bmw-font=inherit] - Font family (inherits the page's font by default).
 */
export class TreatmentTimeline extends WidgetElement {
  static override styles = [themeStyles, darkThemeStyles, treatmentTimelineStyles];

  /** @internal */
  static override messageGroups = ['timeline'];

  static override get properties() {
    return {
      startDate: { attribute: 'start-date' },
      intervalWeeks: { attribute: 'interval-weeks' },
      sessions: {},
      today: {},
      clinicName: { attribute: 'clinic-name' },
      orientation: {},
      compact: { type: Boolean },
      hideCalendar: { type: Boolean, attribute: 'hide-calendar' },
      heading: {},
      headingLevel: { attribute: 'heading-level' },
    };
  }

  /**
   * The date of the first treatment session, as `YYYY-MM-DD`. Not set: the general timeline in
   * weeks. An impossible or unreadable date gives the general timeline and one warning.
   */
  startDate?: string | null;

  /**
   * Weeks between sessions, 12 to 52 (default 12): never sooner than the label's 12 weeks, longer
   * when the doctor adjusts it to the person's response. Any other value gives 12 and one warning.
   *
   * @default 12
   */
  intervalWeeks: number | string = INTERVAL_WEEKS.default;

  /**
   * How many sessions to list, 1 to 12 (default 4). Any other value gives 4 and one warning.
   *
   * @default 4
   */
  sessions: number | string = SESSION_COUNT.default;

  /**
   * Today's date as `YYYY-MM-DD`, for demos and tests. Not set: the local date, read each time the
   * element renders. An unreadable date gives the local date and one warning.
   */
  today?: string | null;

  /** The clinic's name, shown as plain text in the consultation step and used as the calendar events' location. */
  clinicName?: string;

  /**
   * `vertical` (default) or `horizontal`. Horizontal turns vertical when the element is narrower
   * than 48rem; in flex or grid layouts give the element a width. Any other value gives vertical.
   */
  orientation: TimelineOrientation | string = 'vertical';

  /** A denser timeline: titles, dates and sessions only, without the explanations. */
  compact = false;

  /** Hides the "Add to calendar" button. */
  hideCalendar = false;

  /** The overall heading, shown as plain text. Not set: a translated default. Empty (or only spaces): no heading. */
  heading?: string;

  /** The overall heading's level, 2 to 6 (default 2); step titles are one level below (at most 6), or at this level when there is no heading. Any other value gives 2 and a warning. */
  headingLevel: HeadingLevel | number | string = 2;

  private interval: number = INTERVAL_WEEKS.default;
  private count: number = SESSION_COUNT.default;
  private layout: TimelineOrientation = 'vertical';
  private readonly headings = new HeadingController(this);

  /**
   * The schedule as shown: session dates and the review date (ISO, empty and `null` without a
   * start date), the current step id and the days to the next session (`null` when none is left).
   */
  get schedule(): Schedule {
    return computeSchedule({
      startDate: this.startDate,
      intervalWeeks: this.intervalWeeks as number,
      sessions: this.sessions as number,
      today: resolveToday(this.today, new Date()).value,
    });
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('startDate') && !resolveStartDate(this.startDate).valid) {
      this.warn('start-date', this.startDate, 'weeks');
    }
    if (changed.has('today') && !resolveToday(this.today, new Date()).valid) {
      this.warn('today', this.today, 'local date');
    }
    if (
      changed.has('clinicName') &&
      this.clinicName != null &&
      typeof this.clinicName !== 'string'
    ) {
      this.warn('clinic-name', this.clinicName, '');
    }
    if (changed.has('intervalWeeks')) {
      const interval = parseWholeNumber(this.intervalWeeks, INTERVAL_WEEKS);
      this.interval = interval.value;
      if (!interval.valid) {
        this.warn('interval-weeks', this.intervalWeeks, interval.value, range(INTERVAL_WEEKS));
      }
    }
    if (changed.has('sessions')) {
      const count = parseWholeNumber(this.sessions, SESSION_COUNT);
      this.count = count.value;
      if (!count.valid) this.warn('sessions', this.sessions, count.value, range(SESSION_COUNT));
    }
    if (changed.has('orientation')) {
      const layout = resolveOrientation(this.orientation);
      this.layout = layout.value;
      if (!layout.valid)
        this.warn('orientation', this.orientation, 'vertical', TIMELINE_ORIENTATIONS);
    }
  }

  override render(): TemplateResult {
    const title = this.headings.title(
      msg('Your treatment timeline', {
        id: 'timeline.heading',
        desc: 'Default heading of the treatment timeline.',
      }),
    );
    const schedule = this.schedule;
    const locale = getLocale();
    const clinic = this.clinic;
    const stepLevel = levelBelow(this.headings.level, title !== null);
    const dated = schedule.sessions.length > 0;
    const weeks = relativeWeeks(this.interval, this.count);
    const date = (iso: string) => html`<time datetime=${iso}>${formatLongDate(iso, locale)}</time>`;
    const firstDate = dated ? formatLongDate(schedule.sessions[0], locale) : '';
    const week = (n: number) =>
      msg(str`Week ${n}`, {
        id: 'timeline.week',
        desc: 'A point in the general timeline, counted in weeks from the first session ("Week 0", "Week 12").',
      });

    const when = (step: StepId): unknown => {
      switch (step) {
        case 'consultation':
          return dated
            ? msg(str`Before ${firstDate}`, {
                id: 'timeline.when.before',
                desc: 'When the consultation happens: before the date of the first session (a long date).',
              })
            : msg('Before your first session', {
                id: 'timeline.when.before-start',
                desc: 'When the consultation happens, in the general timeline without dates.',
              });
        case 'first-session':
          return dated ? date(schedule.sessions[0]) : week(0);
        case 'effect':
          return msg('Over the next few weeks', {
            id: 'timeline.when.effect',
            desc: 'When the effect of the first session may build.',
          });
        case 'review':
          return dated
            ? schedule.review && date(schedule.review)
            : weeks.review !== null && week(weeks.review);
        default:
          return null;
      }
    };

    const sessionList = () => {
      const total = weeks.sessions.length;
      return html`<ul part="sessions" class="sessions" role="list">
        ${weeks.sessions.map((n, i) => {
          const number = i + 1;
          return html`<li part="session" class="session">
            <span
              >${msg(str`Session ${number} of ${total}`, {
                id: 'timeline.session',
                desc: 'Label of one session in the list, e.g. "Session 1 of 4". Followed by its date or week.',
              })}</span
            >
            <span class="session-when">${dated ? date(schedule.sessions[i]) : week(n)}</span>
          </li>`;
        })}
      </ul>`;
    };

    const step = (id: StepId, index: number) => {
      const state = dated ? stepState(id, schedule.current) : 'upcoming';
      const current = state === 'current';
      const [title, body] = stepText(id, this.interval, clinic);
      const whenText = when(id);
      return html`<li
        part=${current ? 'step step-current' : 'step'}
        class="step ${dated ? state : ''}"
        aria-current=${current ? 'step' : 'false'}
      >
        <span part="marker" class="marker" aria-hidden="true"
          >${state === 'done' ? '✓' : index + 1}</span
        >
        ${headingAt(stepLevel, 'step-title', title)}
        ${
          current
            ? html`<p part="current-label" class="here">
                ${msg('You are here', {
                  id: 'timeline.here',
                  desc: 'Label that marks the step the patient is in today.',
                })}
              </p>`
            : nothing
        }
        ${whenText ? html`<p part="when" class="when">${whenText}</p>` : nothing}
        ${this.compact ? nothing : html`<p part="description" class="description">${body}</p>`}
        ${id === 'repeat' ? sessionList() : nothing}
      </li>`;
    };

    return html`
      <div
        part="base"
        dir=${ifDefined(this.contentDir)}
        class="base ${this.layout} ${this.compact ? 'compact' : ''}"
      >
        ${this.headings.render(title)}
        ${
          dated
            ? html`<p part="status" class="status">${nextSessionText(schedule.daysToNext)}</p>`
            : nothing
        }
        <ol part="list" class="list" role="list">
          ${STEP_IDS.map(step)}
        </ol>
        <p part="note" class="note">
          ${msg('This is a typical plan. Your clinic sets and confirms each appointment.', {
            id: 'timeline.note',
            desc: 'Note under the timeline: dates and weeks are a guide, the clinic books the real appointments.',
          })}
        </p>
        ${
          dated && !this.hideCalendar
            ? html`<div class="calendar">
                <button
                  part="calendar-button"
                  class="button"
                  type="button"
                  @click=${this.downloadCalendar}
                >
                  ${calendarIcon}
                  ${msg('Add to calendar', {
                    id: 'timeline.calendar.button',
                    desc: 'Button that downloads a calendar file with the session dates.',
                  })}
                </button>
                <p part="calendar-hint" class="hint">
                  ${msg(
                    'Saves a file with these dates for your calendar app. Nothing is sent anywhere.',
                    {
                      id: 'timeline.calendar.hint',
                      desc: 'Short text under the calendar button. Reassures that no data leaves the device.',
                    },
                  )}
                </p>
              </div>`
            : nothing
        }
      </div>
    `;
  }

  /** The clinic's name, trimmed, or '' when it is not text. */
  private get clinic(): string {
    return typeof this.clinicName === 'string' ? this.clinicName.trim() : '';
  }

  /**
   * Builds the calendar file (its code loads on first use), announces it with a cancelable
   * `timeline-calendar` event, and downloads it unless the page called `preventDefault()`.
   */
  private async downloadCalendar(): Promise<void> {
    const schedule = this.schedule;
    const calendar = await import('./timeline-calendar.js');
    const ics = calendar.calendarText(schedule, this.clinic);
    const filename = calendar.CALENDAR_FILENAME;
    if (this.dispatchEvent(new TimelineCalendarEvent({ ics, filename, schedule }))) {
      calendar.saveFile(ics, filename, this.renderRoot);
    }
  }
}
