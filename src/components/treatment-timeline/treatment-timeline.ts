import { html, nothing, type TemplateResult } from 'lit';
import { headingAt } from '../../internal/heading.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { getLocale, msg, str } from '../../localization/locale.js';
import { WidgetElement } from '../../internal/widget-element.js';
import { themeStyles, darkThemeStyles } from '../../internal/theme.styles.js';
import { calendarIcon } from '../../internal/icons.js';
import { TimelineCalendarEvent } from '../../events/timeline-events.js';
import { pluralCategory } from '../../logic/intl.js';
import {
  HEADING_LEVELS,
  headingText,
  levelBelow,
  resolveHeadingLevel,
  type HeadingLevel,
} from '../../logic/attributes.js';
import {
  INTERVAL_WEEKS,
  SESSION_COUNT,
  STEP_IDS,
  TIMELINE_ORIENTATIONS,
  computeSchedule,
  formatLongDate,
  parseWholeNumber,
  relativeWeeks,
  resolveOrientation,
  resolveStartDate,
  resolveToday,
  stepState,
  type Schedule,
  type StepId,
  type TimelineOrientation,
} from '../../logic/schedule.js';
import { treatmentTimelineStyles } from './treatment-timeline.styles.js';

/** The title and explanation of each step, in the active language. Called from render. */
function stepText(step: StepId, interval: number, clinic: string): [string, string] {
  switch (step) {
    case 'consultation':
      return [
        msg('Consultation', {
          id: 'timeline.consultation.title',
          desc: 'Title of the first step: a visit where the clinic decides if Botox suits the patient.',
        }),
        clinic
          ? msg(
              str`A doctor at ${clinic} looks at your health history, your migraine symptoms and the treatments you have tried. Then the doctor decides with you if Botox is right for you.`,
              {
                id: 'timeline.consultation.body-clinic',
                desc: 'Consultation step, with the clinic name given by the clinic (plain text). Never a diagnosis.',
              },
            )
          : msg(
              'A doctor at the clinic looks at your health history, your migraine symptoms and the treatments you have tried. Then the doctor decides with you if Botox is right for you.',
              {
                id: 'timeline.consultation.body',
                desc: 'Consultation step. Plain language, grade 6–8. Never a diagnosis.',
              },
            ),
      ];
    case 'first-session':
      return [
        msg('First treatment session', {
          id: 'timeline.first-session.title',
          desc: 'Title of the step where the first Botox injections are given.',
        }),
        msg(
          'You get 31 to 39 small injections into 7 areas of your head and neck. It is quick and done right in the office.',
          {
            id: 'timeline.first-session.body',
            desc: 'First session step: what happens at a treatment session. The label dose is 155 units at 31 sites, up to 195 units at 39 sites, in 7 head and neck muscle areas. Plain language.',
          },
        ),
      ];
    case 'effect':
      return [
        msg('The effect may build', {
          id: 'timeline.effect.title',
          desc: 'Title of the step after the first session, while the effect of Botox may grow. Keep "may": it does not work for everyone, so never promise it.',
        }),
        msg(
          'Some people notice a change within a few weeks. Others notice it only after a second session, and for some it does not help. That is why the effect is checked after two sessions. A headache diary helps you and your doctor see what has changed.',
          {
            id: 'timeline.effect.body',
            desc: 'Effect step: a change may show within a few weeks, or only after a second session, and for some people it does not help. Must not promise results.',
          },
        ),
      ];
    case 'repeat':
      return [
        msg('Repeat sessions', {
          id: 'timeline.repeat.title',
          desc: 'Title of the step where treatment sessions are repeated.',
        }),
        msg(
          str`You come back for a session about every ${interval} weeks. Your doctor may change this, depending on how you respond.`,
          {
            id: 'timeline.repeat.body',
            desc: 'Repeat step. The number is the weeks between sessions (12 to 52, usually 12).',
          },
        ),
      ];
    case 'review': {
      const reviewWeeks = interval * 2;
      return [
        msg('Check how well it works', {
          id: 'timeline.review.title',
          desc: 'Title of the step where patient and doctor review the effect after two sessions.',
        }),
        msg(
          str`After two sessions (about ${reviewWeeks} weeks), your doctor checks if your headache days are down by at least 30% (about 3 in 10). If not, the clinic may suggest a different treatment. If you have fewer than 15 headache days a month for 3 months in a row, your doctor will check if you still need Botox.`,
          {
            id: 'timeline.review.body',
            desc: 'Review step. The number is the weeks after the first session (usually 24). Say both stopping rules plainly: headache days not down by at least 30% after two sessions; fewer than 15 headache days a month for 3 months in a row.',
          },
        ),
      ];
    }
  }
}

/** The sentence about the next session, with whole messages per plural form. Called from render. */
function nextSessionText(days: number | null): string {
  if (days === null) {
    return msg('There are no more sessions on this timeline. Ask your clinic what comes next.', {
      id: 'timeline.next.none',
      desc: 'Shown when every session on the timeline is in the past.',
    });
  }
  if (days === 0) {
    return msg('Your next session is today.', {
      id: 'timeline.next.today',
      desc: 'Countdown when the next treatment session is today.',
    });
  }
  if (days === 1) {
    return msg('Your next session is tomorrow.', {
      id: 'timeline.next.tomorrow',
      desc: 'Countdown when the next treatment session is tomorrow.',
    });
  }
  return pluralCategory(getLocale(), days) === 'one'
    ? msg(str`Your next session is in ${days} day.`, {
        id: 'timeline.next.one',
        desc: 'Countdown, singular form. Used only for numbers above 1 that your language treats as singular (like 21 in some languages). English never shows it.',
      })
    : msg(str`Your next session is in ${days} days.`, {
        id: 'timeline.next.other',
        desc: 'Countdown, plural form: the number of days until the next session (2 or more).',
      });
}

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
  private level: HeadingLevel = 2;

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
    if (changed.has('headingLevel')) {
      const level = resolveHeadingLevel(this.headingLevel);
      this.level = level.value;
      if (!level.valid) this.warn('heading-level', this.headingLevel, 2, HEADING_LEVELS);
    }
  }

  override render(): TemplateResult {
    const schedule = this.schedule;
    const dated = schedule.sessions.length > 0;
    const weeks = relativeWeeks(this.interval, this.count);
    const locale = getLocale();
    const clinic = typeof this.clinicName === 'string' ? this.clinicName.trim() : '';
    const title = headingText(
      this.heading ??
        msg('Your treatment timeline', {
          id: 'timeline.heading',
          desc: 'Default heading of the treatment timeline.',
        }),
    );
    const stepLevel = levelBelow(this.level, title !== null);
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
        ${title === null ? nothing : headingAt(this.level, 'heading', title)}
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

  /**
   * Builds the calendar file (its code loads on first use), announces it with a cancelable
   * `timeline-calendar` event, and downloads it unless the page called `preventDefault()`.
   */
  private async downloadCalendar(): Promise<void> {
    const schedule = this.schedule;
    const calendar = await import('./timeline-calendar.js');
    const clinic = typeof this.clinicName === 'string' ? this.clinicName.trim() : '';
    const ics = calendar.calendarText(schedule, clinic);
    const filename = calendar.CALENDAR_FILENAME;
    if (this.dispatchEvent(new TimelineCalendarEvent({ ics, filename, schedule }))) {
      calendar.saveFile(ics, filename, this.renderRoot);
    }
  }
}
