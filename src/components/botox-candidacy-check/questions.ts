/**
 * The questions of the self-check: pure templates of the controller's state, whose event
 * handlers call the controller's commands.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../localization/locale.js';
import {
  COMMITMENTS,
  LIMITS,
  PRIOR_TREATMENTS,
  SAFETY_KEYS,
  asksPreventivesCount,
  type CandidacyAnswers,
  type CountField,
  type QuestionId,
  type SafetyKey,
} from '../../logic/candidacy/index.js';
import type { CandidacyController, ChoiceField } from '../../controllers/candidacy.js';
import { counterPart } from './parts.js';
import {
  commitmentLabel,
  countLabel,
  noneLabel,
  priorLabel,
  safetyLabel,
  yesNoLabel,
} from './texts.js';
import type { ViewOptions } from './view-options.js';

/** One question as a `<fieldset>`; `number` and `total` (steps mode) show the progress. */
export function renderQuestion(
  c: CandidacyController,
  view: ViewOptions,
  question: QuestionId,
  number = 0,
  total = 0,
): TemplateResult {
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
        c.showsMissing(question)
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
        html`${count(c, view, question, 'headacheDays')} ${renderCounter(c, view)}`,
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
        count(c, view, question, 'months'),
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
        yesNo(c, view, question, 'longHeadaches'),
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
          radio(c, view, question, 'priorTreatment', value, priorLabel(value)),
        )}
        ${asksPreventivesCount(c.given.priorTreatment) ? count(c, view, question, 'preventivesTried') : nothing}`,
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
        html`${count(c, view, question, 'painRelieverDays')}
        ${count(c, view, question, 'triptanDays')}`,
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
          radio(c, view, question, 'commitment', value, commitmentLabel(value)),
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
        yesNo(c, view, question, 'adult'),
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
        safety(c, view),
      );
  }
}

/** The ids that describe a control of `question`: its hint and any error. */
function describedBy(c: CandidacyController, question: QuestionId, field?: CountField): string {
  const ids = [`${question}-hint`];
  if (field && c.bad.has(field)) ids.push(`${field}-range-error`);
  if (c.showsMissing(question)) ids.push(`${question}-error`);
  return ids.join(' ');
}

function count(
  c: CandidacyController,
  view: ViewOptions,
  question: QuestionId,
  field: CountField,
): TemplateResult {
  const { min, max } = LIMITS[field];
  const bad = c.bad.has(field);
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
      .value=${c.drafts[field] ?? ''}
      ?disabled=${view.disabled}
      aria-invalid=${bad || (c.showsMissing(question) && c.given[field] === undefined) ? 'true' : 'false'}
      aria-describedby=${describedBy(c, question, field)}
      @input=${(event: Event) => c.draft(field, (event.target as HTMLInputElement).value)}
      @change=${(event: Event) => c.typed(field, (event.target as HTMLInputElement).value)}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        c.enter(field, (event.target as HTMLInputElement).value);
      }}
    />
  </div>`;
}

function radio<F extends ChoiceField>(
  c: CandidacyController,
  view: ViewOptions,
  question: QuestionId,
  field: F,
  value: NonNullable<CandidacyAnswers[F]>,
  label: string,
): TemplateResult {
  return html`<label part="choice" class="choice">
    <input
      type="radio"
      name=${field}
      .checked=${c.given[field] === value}
      ?disabled=${view.disabled}
      aria-invalid=${c.showsMissing(question) ? 'true' : 'false'}
      aria-describedby=${describedBy(c, question)}
      @change=${() => c.choose(field, value)}
    />
    <span>${label}</span>
  </label>`;
}

function yesNo(
  c: CandidacyController,
  view: ViewOptions,
  question: QuestionId,
  field: 'longHeadaches' | 'adult',
): TemplateResult {
  return html`${radio(c, view, question, field, true, yesNoLabel(true))}
  ${radio(c, view, question, field, false, yesNoLabel(false))}`;
}

function safety(c: CandidacyController, view: ViewOptions): TemplateResult {
  const answer = c.given.safety;
  const box = (key: SafetyKey | null, label: string, checked: boolean) =>
    html`<label part="choice" class="choice ${key ? '' : 'none'}">
      <input
        type="checkbox"
        .checked=${checked}
        ?disabled=${view.disabled}
        aria-invalid=${c.showsMissing('safety') ? 'true' : 'false'}
        aria-describedby=${describedBy(c, 'safety')}
        @change=${(event: Event) => c.flag(key, (event.target as HTMLInputElement).checked)}
      />
      <span>${label}</span>
    </label>`;
  return html`${SAFETY_KEYS.map((key) => box(key, safetyLabel(key), answer?.[key] === true))}
  ${box(null, noneLabel(), answer !== undefined && !SAFETY_KEYS.some((key) => answer[key]))}`;
}

function renderCounter(c: CandidacyController, view: ViewOptions): TemplateResult {
  const counter = c.counter;
  const module = counterPart.value;
  const open = counter?.open === true;
  return html`<button
      type="button"
      part="button"
      class="link"
      ?disabled=${view.disabled}
      aria-expanded=${open ? 'true' : 'false'}
      @click=${() => view.toggleCounter()}
    >
      ${msg('Not sure? Count them', {
        id: 'candidacy.counter.toggle',
        desc: 'Button that opens a calendar of the last 30 days to count headache days.',
      })}
    </button>
    ${counter && open && module ? module.renderCounter(c, counter, view.disabled) : nothing}`;
}
