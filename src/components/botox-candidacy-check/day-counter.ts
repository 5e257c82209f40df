/**
 * The headache-day counter ("Not sure? Count them"), loaded only when the person opens it: the
 * last 30 days as a grid of toggle buttons, one week per row, moved through with the arrow keys.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { getLocale, msg, str } from '../../localization/locale.js';
import { COUNTER_COLUMNS, gridMove } from '../../logic/candidacy/index.js';
import type { CandidacyController, CounterState } from '../../controllers/candidacy.js';
import { dateFormat, pluralCategory } from '../../logic/intl.js';

/** Renders the counter; its buttons call the controller's counter commands. */
export function renderCounter(
  c: CandidacyController,
  state: CounterState,
  disabled: boolean,
): TemplateResult {
  const locale = getLocale();
  const format = (options: Intl.DateTimeFormatOptions) =>
    dateFormat(locale, { ...options, timeZone: 'UTC' });
  const full = format({ weekday: 'long', day: 'numeric', month: 'long' });
  const weekday = format({ weekday: 'short' });
  const month = format({ month: 'short' });
  const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const { days, marked } = state;
  const count = days.filter((day) => marked.has(day)).length;
  const rows: number[][] = [];
  for (let start = 0; start < days.length; start += COUNTER_COLUMNS) {
    rows.push(days.slice(start, start + COUNTER_COLUMNS).map((_, offset) => start + offset));
  }
  const keydown = (event: KeyboardEvent) => {
    const grid = event.currentTarget as HTMLElement;
    const next = gridMove(state.active, event.key, {
      count: days.length,
      columns: COUNTER_COLUMNS,
      rtl: getComputedStyle(grid).direction === 'rtl',
      ctrl: event.ctrlKey || event.metaKey,
    });
    if (next === null) return;
    event.preventDefault();
    grid.querySelectorAll('button')[next].focus();
    c.moveDay(next);
  };
  const total =
    pluralCategory(locale, count) === 'one'
      ? msg(str`${count} headache day marked`, {
          id: 'candidacy.counter.total.one',
          desc: 'Live count in the day counter, singular form (plural rule "one").',
        })
      : msg(str`${count} headache days marked`, {
          id: 'candidacy.counter.total.other',
          desc: 'Live count in the day counter, plural form.',
        });
  return html`<div part="counter" class="counter">
    <p class="counter-title" id="counter-title">
      ${msg('Your last 30 days', {
        id: 'candidacy.counter.title',
        desc: 'Title of the day counter: today and the 29 days before.',
      })}
    </p>
    <p class="hint" id="counter-hint">
      ${msg(
        'Press each day you had a headache, even a mild one. If one attack lasted several days, mark each of those days. Use the arrow keys to move between days.',
        {
          id: 'candidacy.counter.hint',
          desc: 'Instructions of the day counter. One attack lasting several days counts as several headache days.',
        },
      )}
    </p>
    <div
      role="grid"
      class="days"
      aria-labelledby="counter-title"
      aria-describedby="counter-hint"
      @keydown=${keydown}
    >
      <div class="row weekdays" aria-hidden="true">
        ${days.slice(0, COUNTER_COLUMNS).map((day) => html`<span>${weekday.format(date(day))}</span>`)}
      </div>
      ${rows.map(
        (row) =>
          html`<div role="row" class="row">
            ${row.map((index) => {
              const day = days[index];
              const on = marked.has(day);
              const number = Number(day.slice(8));
              return html`<span role="gridcell"
                ><button
                  type="button"
                  part="day"
                  class="day"
                  tabindex=${index === state.active ? 0 : -1}
                  ?disabled=${disabled}
                  aria-pressed=${on ? 'true' : 'false'}
                  aria-current=${index === days.length - 1 ? 'date' : 'false'}
                  @click=${() => c.toggleDay(index)}
                >
                  <span aria-hidden="true"
                    >${number}${
                      number === 1 || index === 0
                        ? html`<small>${month.format(date(day))}</small>`
                        : nothing
                    }</span
                  ><span class="sr">${full.format(date(day))}</span>
                </button></span
              >`;
            })}
          </div>`,
      )}
    </div>
    <p class="total" role="status">${total}</p>
    <button
      type="button"
      part="button"
      class="primary"
      ?disabled=${disabled}
      @click=${() => c.useCount(count)}
    >
      ${msg('Use this count', {
        id: 'candidacy.counter.use',
        desc: 'Button: put the number of marked days into the headache-days answer.',
      })}
    </button>
  </div>`;
}
