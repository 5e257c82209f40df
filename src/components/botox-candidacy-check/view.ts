/**
 * The self-check's questions, navigation and result. Renders from the element's
 * {@link UiState} and acts through its {@link UiHost}; only the headache-day counter is loaded
 * later, when it is first opened.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../localization/locale.js';
import {
  COMMITMENTS,
  COUNTER_DAYS,
  LIMITS,
  PRIOR_TREATMENTS,
  SAFETY_KEYS,
  asksPreventivesCount,
  isAnswered,
  lastDays,
  parseCount,
  type CandidacyAnswers,
  type CandidacyResult,
  type PriorTreatment,
  type QuestionId,
  type SafetyKey,
} from '../../logic/candidacy.js';
import { localIsoDate } from '../../logic/schedule.js';
import {
  commitmentLabel,
  countLabel,
  noneLabel,
  priorLabel,
  safetyLabel,
  yesNoLabel,
  type CountField,
} from './texts.js';
import type { UiHost, UiState } from './ui.js';

type ChoiceField = 'longHeadaches' | 'adult' | 'priorTreatment' | 'commitment';

/** The number inputs of each question that has any. */
const QUESTION_FIELDS: Partial<Record<QuestionId, CountField[]>> = {
  'headache-days': ['headacheDays'],
  months: ['months'],
  overuse: ['painRelieverDays', 'triptanDays'],
};

/** The number inputs `question` shows now (the count of preventives only after its answer asks for it). */
function fieldsOf(ui: UiState, question: QuestionId): CountField[] {
  if (question === 'prior-treatment') {
    return asksPreventivesCount(ui.given.priorTreatment) ? ['preventivesTried'] : [];
  }
  return QUESTION_FIELDS[question] ?? [];
}

let counterModule: typeof import('./day-counter.js') | undefined;
let resultModule: typeof import('./result.js') | undefined;
let resultLoading: Promise<typeof import('./result.js') | undefined> | undefined;

/**
 * Loads the result's module (its code and English text, a chunk of its own that the questions do
 * not need), once per page. The element starts this when it connects and waits for it before any
 * render that shows the result. Resolves to `undefined` if the chunk cannot be loaded.
 */
export function loadResult(): Promise<typeof import('./result.js') | undefined> {
  if (!resultLoading) {
    // The import stands alone so that every build keeps it a plain import().
    const loading = import('./result.js');
    resultLoading = loading.then(
      (module) => (resultModule = module),
      () => {
        resultLoading = undefined;
        return undefined;
      },
    );
  }
  return resultLoading;
}

/** Whether the result's module has loaded (so a render can show the result now). */
export function resultLoaded(): boolean {
  return resultModule !== undefined;
}

/** The outcome's headline, for the status line; '' until the result's module has loaded. */
export function outcomeHeadline(outcome: CandidacyResult['outcome']): string {
  return resultModule?.headline(outcome) ?? '';
}

/** Renders everything below the introduction. Call only while the element renders. */
export function renderView(host: UiHost, result: CandidacyResult): TemplateResult {
  const ui = host.ui;
  if (!ui.steps) {
    return html`${undoNotice(host)}
      <div part="questions" class="questions">
        ${ui.questions.map((question) => renderQuestion(host, question))}
      </div>
      ${resultSection(host, result)}`;
  }
  const index = ui.index;
  const total = ui.questions.length;
  if (index >= total) return resultSection(host, result);
  return html`${undoNotice(host)}
    <div part="step" class="step">
      <progress
        part="progress-bar"
        class="bar"
        max=${total}
        value=${index + 1}
        aria-hidden="true"
      ></progress>
      ${renderQuestion(host, ui.questions[index], index + 1, total)}
      <div part="nav" class="nav">
        ${
          index > 0
            ? html`<button
                type="button"
                part="button"
                class="secondary"
                ?disabled=${ui.disabled}
                @click=${() => host.go(index - 1, 'legend')}
              >
                ${msg('Back', { id: 'candidacy.back', desc: 'Button: go to the previous question.' })}
              </button>`
            : nothing
        }
        <button
          type="button"
          part="button"
          class="primary"
          ?disabled=${ui.disabled}
          @click=${() => next(host)}
        >
          ${
            index === total - 1
              ? msg('See my result', {
                  id: 'candidacy.see-result',
                  desc: 'Button on the last question: show the result.',
                })
              : msg('Next', { id: 'candidacy.next', desc: 'Button: go to the next question.' })
          }
        </button>
      </div>
    </div>`;
}

/**
 * After "Start again": says the answers were cleared and offers to bring them back, until the
 * person answers again. Focus goes to the message (so it is read), and Undo is the next control.
 */
function undoNotice(host: UiHost): TemplateResult {
  const ui = host.ui;
  return html`<div part="undo" class="undo" ?hidden=${!ui.undo}>
    <p class="undo-message" tabindex="-1">
      ${
        ui.undo
          ? msg('Your answers were cleared.', {
              id: 'candidacy.restart.cleared',
              desc: 'Shown after "Start again" cleared every answer; an Undo button follows.',
            })
          : nothing
      }
    </p>
    ${
      ui.undo
        ? html`<button
            type="button"
            part="button"
            class="secondary undo-button"
            ?disabled=${ui.disabled}
            @click=${() => host.undo()}
          >
            ${msg('Undo', {
              id: 'candidacy.restart.undo',
              desc: 'Button after "Start again": brings back the answers that were cleared.',
            })}
          </button>`
        : nothing
    }
  </div>`;
}

function resultSection(host: UiHost, result: CandidacyResult): TemplateResult {
  const ui = host.ui;
  // The element waits for the result's module before rendering this; if it could not load, the
  // navigation still shows (Change my answers / Start again).
  const renderResult = resultModule?.renderResult;
  return html`<section part="result" class="result">
    <div>
      ${renderResult?.({
        answers: ui.given,
        result,
        questions: ui.questions,
        clinic: ui.clinic,
        href: ui.href,
        level: ui.level,
        disabled: ui.disabled,
        copy: ui.copy,
        done: (state) => {
          ui.copy = state;
          host.update();
        },
        print: (summary) => host.print(summary),
      })}
    </div>
    <div part="nav" class="nav">
      ${
        ui.steps
          ? html`<button
              type="button"
              part="button"
              class="secondary"
              ?disabled=${ui.disabled}
              @click=${() => host.go(ui.questions.length - 1, 'legend')}
            >
              ${msg('Change my answers', {
                id: 'candidacy.change',
                desc: 'Button on the result: go back to the questions (answers are kept).',
              })}
            </button>`
          : nothing
      }
      <button
        type="button"
        part="button"
        class="secondary restart"
        ?disabled=${ui.disabled}
        @click=${() => host.restart()}
      >
        ${msg('Start again', {
          id: 'candidacy.restart',
          desc: 'Button: clear every answer and go back to the first question (an Undo button then offers to bring them back).',
        })}
      </button>
    </div>
  </section>`;
}

function renderQuestion(host: UiHost, question: QuestionId, number = 0, total = 0): TemplateResult {
  const fieldset = (legend: string, hint: string, body: TemplateResult) =>
    html`<fieldset part="question" class="question">
      <legend id="${question}-legend" class="legend" tabindex="-1">
        ${
          number
            ? html`<span part="progress" class="progress"
                >${msg(str`Question ${number} of ${total}`, {
                  id: 'candidacy.progress',
                  desc: 'Progress in steps mode, e.g. "Question 2 of 8".',
                })}</span
              >`
            : nothing
        }
        <span>${legend}</span>
      </legend>
      <p class="hint" id="${question}-hint">${hint}</p>
      ${
        showsMissing(host.ui, question)
          ? html`<p part="error" class="error" id="${question}-error" role="alert">
              ${msg('Answer this question to go on.', {
                id: 'candidacy.missing',
                desc: 'Inline error when Next is pressed on an unanswered question.',
              })}
            </p>`
          : nothing
      }
      ${body}
    </fieldset>`;
  switch (question) {
    case 'headache-days':
      return fieldset(
        msg('On how many days a month do you have a headache?', {
          id: 'candidacy.q.headache-days',
          desc: 'Question: headache days per month.',
        }),
        msg(
          'Count every day with a headache, mild or bad. If one attack lasts 3 days, that is 3 headache days.',
          {
            id: 'candidacy.q.headache-days.hint',
            desc: 'Hint under the headache-days question.',
          },
        ),
        html`${count(host, question, 'headacheDays')} ${renderCounter(host)}`,
      );
    case 'months':
      return fieldset(
        msg('For how many months have you had this many headache days?', {
          id: 'candidacy.q.months',
          desc: 'Question: how long the headache pattern has lasted, in months.',
        }),
        msg('For example, enter 6 for half a year. Enter 0 if it is less than a month.', {
          id: 'candidacy.q.months.hint',
          desc: 'Hint under the months question.',
        }),
        count(host, question, 'months'),
      );
    case 'duration':
      return fieldset(
        msg('On a headache day, does the headache usually last 4 hours or more?', {
          id: 'candidacy.q.duration',
          desc: 'Yes/no question about how long headaches last.',
        }),
        msg('Think of a usual headache day.', {
          id: 'candidacy.q.duration.hint',
          desc: 'Hint under the duration question.',
        }),
        yesNo(host, question, 'longHeadaches'),
      );
    case 'prior-treatment':
      return fieldset(
        msg('Have you tried medicines to prevent migraines?', {
          id: 'candidacy.q.prior-treatment',
          desc: 'Question about earlier preventive migraine treatment.',
        }),
        msg(
          'These are taken regularly to stop migraines before they start, not only when the pain comes.',
          {
            id: 'candidacy.q.prior-treatment.hint',
            desc: 'Hint explaining what preventive medicines are.',
          },
        ),
        html`${PRIOR_TREATMENTS.map((value) =>
          radio(host, question, 'priorTreatment', value, priorLabel(value)),
        )}
        ${asksPreventivesCount(host.ui.given.priorTreatment) ? count(host, question, 'preventivesTried') : nothing}`,
      );
    case 'overuse':
      return fieldset(
        msg('How often do you take medicine when a headache starts?', {
          id: 'candidacy.q.overuse',
          desc: 'Question about acute pain medicine use (two number inputs follow).',
        }),
        msg(
          'Simple pain relievers include paracetamol, ibuprofen and aspirin. Triptans include sumatriptan. Codeine is an opioid. A combination painkiller has two or more medicines in one pill. Count the days in a usual month. Enter 0 if you do not take them.',
          {
            id: 'candidacy.q.overuse.hint',
            desc: 'Hint under the medicine-use question. Use the local names of the medicines.',
          },
        ),
        html`${count(host, question, 'painRelieverDays')} ${count(host, question, 'triptanDays')}`,
      );
    case 'commitment':
      return fieldset(
        msg('Can you come to the clinic for injections about every 12 weeks?', {
          id: 'candidacy.q.commitment',
          desc: 'Question about coming back for repeat treatment.',
        }),
        msg('The effect wears off over time, so the injections are repeated.', {
          id: 'candidacy.q.commitment.hint',
          desc: 'Hint under the commitment question.',
        }),
        html`${COMMITMENTS.map((value) =>
          radio(host, question, 'commitment', value, commitmentLabel(value)),
        )}`,
      );
    case 'adult':
      return fieldset(
        msg('Are you 18 or older?', {
          id: 'candidacy.q.adult',
          desc: 'Yes/no question about age.',
        }),
        msg('Botox for migraine is approved for adults.', {
          id: 'candidacy.q.adult.hint',
          desc: 'Hint under the age question.',
        }),
        yesNo(host, question, 'adult'),
      );
    case 'safety':
      return fieldset(
        msg('Do any of these apply to you?', {
          id: 'candidacy.q.safety',
          desc: 'Question introducing the safety points (checkboxes).',
        }),
        msg(
          'Tick each one that applies. Some of these mean Botox is not safe for you, or not right now. Others mean you should talk to the doctor first.',
          {
            id: 'candidacy.q.safety.hint',
            desc: 'Hint under the safety question: some points rule Botox out (or out for now), others mean "talk to the doctor first".',
          },
        ),
        safety(host),
      );
  }
}

/**
 * Whether `question` shows its "answer this question" error: after Next on it unanswered, unless
 * one of its number inputs holds text that is not a number (that input's own error says more).
 */
function showsMissing(ui: UiState, question: QuestionId): boolean {
  return ui.missing === question && !fieldsOf(ui, question).some((field) => ui.bad.has(field));
}

/** The ids that describe a control of `question`: its hint and any error. */
function describedBy(ui: UiState, question: QuestionId, field?: CountField): string {
  const ids = [`${question}-hint`];
  if (field && ui.bad.has(field)) ids.push(`${field}-range-error`);
  if (showsMissing(ui, question)) ids.push(`${question}-error`);
  return ids.join(' ');
}

function count(host: UiHost, question: QuestionId, field: CountField): TemplateResult {
  const ui = host.ui;
  const { min, max } = LIMITS[field];
  const bad = ui.bad.has(field);
  return html`<div class="field">
    <label for=${field}>${countLabel(field)}</label>
    ${
      bad
        ? html`<p part="error" class="error" id="${field}-range-error" role="alert">
            ${msg(str`Enter a whole number from ${min} to ${max}.`, {
              id: 'candidacy.range',
              desc: 'Inline error for a number typed outside its range or not a whole number.',
            })}
          </p>`
        : nothing
    }
    <input
      id=${field}
      part="input"
      class="number"
      type="text"
      inputmode="numeric"
      autocomplete="off"
      spellcheck="false"
      .value=${ui.drafts[field] ?? ''}
      ?disabled=${ui.disabled}
      aria-invalid=${bad || (showsMissing(ui, question) && ui.given[field] === undefined) ? 'true' : 'false'}
      aria-describedby=${describedBy(ui, question, field)}
      @input=${(event: Event) => {
        ui.drafts[field] = (event.target as HTMLInputElement).value;
      }}
      @change=${(event: Event) => typed(host, field, (event.target as HTMLInputElement).value)}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        typed(host, field, (event.target as HTMLInputElement).value);
        if (ui.steps) next(host);
      }}
    />
  </div>`;
}

function radio<F extends ChoiceField>(
  host: UiHost,
  question: QuestionId,
  field: F,
  value: NonNullable<CandidacyAnswers[F]>,
  label: string,
): TemplateResult {
  const ui = host.ui;
  return html`<label part="choice" class="choice">
    <input
      type="radio"
      name=${field}
      .checked=${ui.given[field] === value}
      ?disabled=${ui.disabled}
      aria-invalid=${showsMissing(ui, question) ? 'true' : 'false'}
      aria-describedby=${describedBy(ui, question)}
      @change=${() => {
        // The count of preventives hides with an answer that does not ask for it: so does its error.
        if (field === 'priorTreatment' && !asksPreventivesCount(value as PriorTreatment)) {
          ui.bad.delete('preventivesTried');
        }
        host.commit({ ...ui.given, [field]: value });
      }}
    />
    <span>${label}</span>
  </label>`;
}

function yesNo(
  host: UiHost,
  question: QuestionId,
  field: 'longHeadaches' | 'adult',
): TemplateResult {
  return html`${radio(host, question, field, true, yesNoLabel(true))}
  ${radio(host, question, field, false, yesNoLabel(false))}`;
}

function safety(host: UiHost): TemplateResult {
  const ui = host.ui;
  const answer = ui.given.safety;
  const box = (key: SafetyKey | null, label: string, checked: boolean) =>
    html`<label part="choice" class="choice ${key ? '' : 'none'}">
      <input
        type="checkbox"
        .checked=${checked}
        ?disabled=${ui.disabled}
        aria-invalid=${showsMissing(ui, 'safety') ? 'true' : 'false'}
        aria-describedby=${describedBy(ui, 'safety')}
        @change=${(event: Event) => flag(host, key, (event.target as HTMLInputElement).checked)}
      />
      <span>${label}</span>
    </label>`;
  return html`${SAFETY_KEYS.map((key) => box(key, safetyLabel(key), answer?.[key] === true))}
  ${box(null, noneLabel(), answer !== undefined && !SAFETY_KEYS.some((key) => answer[key]))}`;
}

function renderCounter(host: UiHost): TemplateResult {
  const counter = host.ui.counter;
  const open = counter?.open === true;
  return html`<button
      type="button"
      part="button"
      class="link"
      ?disabled=${host.ui.disabled}
      aria-expanded=${open ? 'true' : 'false'}
      @click=${() => toggleCounter(host)}
    >
      ${msg('Not sure? Count them', {
        id: 'candidacy.counter.toggle',
        desc: 'Button that opens a calendar of the last 30 days to count headache days.',
      })}
    </button>
    ${
      counter && open && counterModule
        ? counterModule.renderCounter(host, counter, (total) => {
            counter.open = false;
            host.ui.focus = '#headacheDays';
            typed(host, 'headacheDays', String(total));
          })
        : nothing
    }`;
}

function toggleCounter(host: UiHost): void {
  const days = lastDays(localIsoDate(new Date()), COUNTER_DAYS);
  const counter = (host.ui.counter ??= {
    open: false,
    days,
    marked: new Set(),
    active: days.length - 1,
  });
  if (counter.days[counter.days.length - 1] !== days[days.length - 1]) {
    // The date changed since the counter was first opened: show the current 30 days.
    counter.days = days;
    counter.active = days.length - 1;
  }
  counter.open = !counter.open;
  if (!counterModule) {
    const loading = host.loadCounter();
    host.track(
      loading.then(
        (module) => {
          counterModule = module;
          host.update();
        },
        () => undefined,
      ),
    );
  }
  host.update();
}

/** The person entered `text` in a number input (on change, Enter, or "Use this count"). */
function typed(host: UiHost, field: CountField, text: string): void {
  const ui = host.ui;
  const { min, max } = LIMITS[field];
  const value = parseCount(text, min, max);
  ui.drafts[field] = text;
  const answers = { ...ui.given };
  if (value === null) {
    delete answers[field];
    if (text.trim() === '') ui.bad.delete(field);
    else ui.bad.add(field);
  } else {
    answers[field] = value;
    ui.bad.delete(field);
  }
  host.commit(answers);
}

/** The person ticked or unticked a safety point, or "none of these" (`key` null). */
function flag(host: UiHost, key: SafetyKey | null, on: boolean): void {
  const given = host.ui.given;
  let answer: CandidacyAnswers['safety'];
  if (key === null) {
    answer = on ? {} : undefined;
  } else {
    answer = { ...given.safety, [key]: on };
    if (!SAFETY_KEYS.some((name) => answer![name])) answer = undefined;
  }
  const answers = { ...given, safety: answer };
  if (!answer) delete answers.safety;
  host.commit(answers);
}

/**
 * A selector for the control of `question` that needs the person: its number input holding text
 * that is not a number, else its first empty number input, else its first control.
 */
export function controlToFix(ui: UiState, question: QuestionId): string {
  const fields = fieldsOf(ui, question);
  const field =
    fields.find((name) => ui.bad.has(name)) ?? fields.find((name) => ui.given[name] === undefined);
  return field ? `#${field}` : `#${question}-legend ~ * input`;
}

/** "Next": moves on when the question is answered, else shows the error and focuses the input. */
function next(host: UiHost): void {
  const ui = host.ui;
  const question = ui.questions[ui.index];
  const invalid = fieldsOf(ui, question).some((field) => ui.bad.has(field));
  if (invalid) {
    ui.focus = controlToFix(ui, question);
  } else if (!isAnswered(question, ui.given)) {
    ui.missing = question;
    ui.focus = controlToFix(ui, question);
  } else {
    host.go(ui.index + 1, ui.index + 1 >= ui.questions.length ? '.outcome' : 'legend');
    return;
  }
  host.update();
}
