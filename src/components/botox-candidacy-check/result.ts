/**
 * The result of the self-check: the outcome, one explained point per criterion, the call to
 * action, the person's answers, and the Print / Copy summary tools.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../localization/locale.js';
import { headingAt } from '../../internal/heading.js';
import { infoIcon } from '../../internal/icons.js';
import { levelBelow, type HeadingLevel } from '../../logic/attributes.js';
import {
  SAFETY_KEYS,
  summaryText,
  type CandidacyAnswers,
  type CandidacyResult,
  type CriterionId,
  type CriterionStatus,
  type Outcome,
  type QuestionId,
  type ReasonCode,
} from '../../logic/candidacy.js';
import {
  commitmentLabel,
  countLabel,
  noneLabel,
  priorLabel,
  safetyLabel,
  yesNoLabel,
  type CountField,
} from './texts.js';

/** What the element hands to {@link renderResult}. */
export interface ResultView {
  answers: CandidacyAnswers;
  result: CandidacyResult;
  questions: readonly QuestionId[];
  /** The clinic's name ('' when not given), shown as text. */
  clinic: string;
  /** The safe booking link, or null. */
  href: string | null;
  /** The level of the outcome heading; the answers heading is one level below it. */
  level: HeadingLevel;
  /** Whether the element is disabled (by a disabled fieldset or form around it). */
  disabled: boolean;
  /** The outcome of the last copy: '' (none yet), 'ok' or 'fail'. */
  copy: '' | 'ok' | 'fail';
  /** Records the outcome of a copy. */
  done(state: 'ok' | 'fail'): void;
}

const STATUS_ICONS: Record<CriterionStatus, TemplateResult> = {
  met: html`<svg viewBox="0 0 24 24" aria-hidden="true">
    <path d="M5 12l5 5 9-11" />
  </svg>`,
  'not-met': html`<svg viewBox="0 0 24 24" aria-hidden="true">
    <path d="M6 6l12 12M18 6L6 18" />
  </svg>`,
  discuss: html`<svg viewBox="0 0 24 24" aria-hidden="true">
    <path d="M4 5h16v11H9l-5 4z" />
  </svg>`,
  unknown: html`<svg viewBox="0 0 24 24" aria-hidden="true">
    <circle cx="12" cy="12" r="9" />
    <path d="M8 12h8" />
  </svg>`,
};

/** The outcome in one line, as its heading says it. Call only while rendering. */
export function headline(outcome: Outcome): string {
  switch (outcome) {
    case 'likely':
      return msg('Botox may be an option for you', {
        id: 'candidacy.outcome.likely',
        desc: 'Result headline when every criterion fits. Never a diagnosis.',
      });
    case 'discuss':
      return msg('Botox may be an option: talk with the doctor first', {
        id: 'candidacy.outcome.discuss',
        desc: 'Result headline when some points need discussing with the doctor.',
      });
    case 'unlikely':
      return msg('Botox may not be the right choice for you now', {
        id: 'candidacy.outcome.unlikely',
        desc: 'Result headline when a criterion does not fit. Gentle, never final.',
      });
    case 'incomplete':
      return msg('Your result is not ready yet', {
        id: 'candidacy.outcome.incomplete',
        desc: 'Result headline while questions are unanswered.',
      });
  }
}

function explanation(outcome: Outcome): string {
  switch (outcome) {
    case 'likely':
      return msg('Your answers fit the usual reasons doctors give Botox for chronic migraine.', {
        id: 'candidacy.outcome.likely.text',
        desc: 'Short explanation under the "likely" headline.',
      });
    case 'discuss':
      return msg(
        'Your answers mostly fit, but some points need a talk with the doctor first. They are marked below.',
        {
          id: 'candidacy.outcome.discuss.text',
          desc: 'Short explanation under the "discuss" headline.',
        },
      );
    case 'unlikely':
      return msg(
        'Some of your answers do not fit the usual reasons for Botox treatment. Other treatments may help you more. Each point is explained below.',
        {
          id: 'candidacy.outcome.unlikely.text',
          desc: 'Short explanation under the "unlikely" headline.',
        },
      );
    case 'incomplete':
      return msg(
        'Some questions are not answered yet. Answer them all to see how your answers fit.',
        {
          id: 'candidacy.outcome.incomplete.text',
          desc: 'Short explanation under the "incomplete" headline.',
        },
      );
  }
}

function criterionLabel(id: CriterionId): string {
  switch (id) {
    case 'chronic-migraine':
      return msg('Headache days', {
        id: 'candidacy.criterion.chronic-migraine',
        desc: 'Name of the criterion: 15+ headache days a month for 3+ months.',
      });
    case 'prior-treatment':
      return msg('Other preventive medicines', {
        id: 'candidacy.criterion.prior-treatment',
        desc: 'Name of the criterion about earlier preventive treatment.',
      });
    case 'commitment':
      return msg('Visits every 12 weeks', {
        id: 'candidacy.criterion.commitment',
        desc: 'Name of the criterion about coming back for repeat injections.',
      });
    case 'adult':
      return msg('Age', {
        id: 'candidacy.criterion.adult',
        desc: 'Name of the age criterion (18+).',
      });
    case 'duration':
      return msg('How long headaches last', {
        id: 'candidacy.criterion.duration',
        desc: 'Name of the criterion: headaches lasting 4 hours or more.',
      });
    case 'overuse':
      return msg('Pain medicine use', {
        id: 'candidacy.criterion.overuse',
        desc: 'Name of the criterion about taking pain medicine very often.',
      });
    case 'safety':
      return msg('Safety points', {
        id: 'candidacy.criterion.safety',
        desc: 'Name of the safety criterion.',
      });
  }
}

function statusWord(status: CriterionStatus): string {
  switch (status) {
    case 'met':
      return msg('Met', { id: 'candidacy.status.met', desc: 'Status of a criterion that fits.' });
    case 'not-met':
      return msg('Not met', {
        id: 'candidacy.status.not-met',
        desc: 'Status of a criterion that does not fit.',
      });
    case 'discuss':
      return msg('Talk with your doctor', {
        id: 'candidacy.status.discuss',
        desc: 'Status of a criterion to raise with the doctor first.',
      });
    case 'unknown':
      return msg('Not answered yet', {
        id: 'candidacy.status.unknown',
        desc: 'Status of a criterion whose question is unanswered.',
      });
  }
}

function reasonText(reason: ReasonCode): string {
  switch (reason) {
    case 'chronic':
      return msg(
        'You have headaches on 15 or more days a month, for 3 months or more. This is the pattern of chronic migraine, which Botox is used for. The doctor will confirm it.',
        { id: 'candidacy.reason.chronic', desc: 'Explanation: the chronic migraine pattern fits.' },
      );
    case 'too-few-days':
      return msg(
        'You have fewer than 15 headache days a month. Botox is for chronic migraine; other preventive treatments may suit you better.',
        { id: 'candidacy.reason.too-few-days', desc: 'Explanation: fewer than 15 headache days.' },
      );
    case 'too-recent':
      return msg(
        'This pattern has lasted less than 3 months. Chronic migraine means at least 3 months. A headache diary will help the doctor.',
        { id: 'candidacy.reason.too-recent', desc: 'Explanation: pattern shorter than 3 months.' },
      );
    case 'treatment-not-helped':
      return msg(
        'Other preventive medicines did not help enough. Botox is often used in this case.',
        {
          id: 'candidacy.reason.treatment-not-helped',
          desc: 'Explanation: earlier preventive medicines did not help enough.',
        },
      );
    case 'treatment-side-effects':
      return msg(
        'You had to stop other preventive medicines because of side effects. Botox is often used in this case.',
        {
          id: 'candidacy.reason.treatment-side-effects',
          desc: 'Explanation: earlier preventive medicines were stopped for side effects.',
        },
      );
    case 'treatment-helps':
      return msg(
        'Your preventive medicine helps you. It is usually best to stay with a treatment that works.',
        {
          id: 'candidacy.reason.treatment-helps',
          desc: 'Explanation: the current preventive medicine helps.',
        },
      );
    case 'try-others-first':
      return msg(
        'You have not tried other preventive medicines yet. Doctors usually suggest trying them first.',
        {
          id: 'candidacy.reason.try-others-first',
          desc: 'Explanation: no preventive medicine tried yet.',
        },
      );
    case 'committed':
      return msg(
        'You can come back about every 12 weeks. The effect wears off, so the injections are repeated.',
        { id: 'candidacy.reason.committed', desc: 'Explanation: can come back every 12 weeks.' },
      );
    case 'unsure-commitment':
      return msg(
        'You are not sure you can come every 12 weeks. Ask the clinic how the visits could fit into your life.',
        {
          id: 'candidacy.reason.unsure-commitment',
          desc: 'Explanation: unsure about coming back every 12 weeks.',
        },
      );
    case 'no-commitment':
      return msg(
        'You cannot come every 12 weeks. Botox only keeps working when the injections are repeated.',
        {
          id: 'candidacy.reason.no-commitment',
          desc: 'Explanation: cannot come back every 12 weeks.',
        },
      );
    case 'adult':
      return msg('You are 18 or older. Botox for migraine is approved for adults.', {
        id: 'candidacy.reason.adult',
        desc: 'Explanation: 18 or older.',
      });
    case 'under-18':
      return msg(
        'You are under 18. Botox for migraine is approved for adults only. A doctor can talk with you about other options.',
        { id: 'candidacy.reason.under-18', desc: 'Explanation: under 18.' },
      );
    case 'long-headaches':
      return msg('Your headaches usually last 4 hours or more, as in chronic migraine.', {
        id: 'candidacy.reason.long-headaches',
        desc: 'Explanation: headaches last 4 hours or more.',
      });
    case 'short-headaches':
      return msg(
        'Your headaches are usually shorter than 4 hours. Botox was studied in people whose headaches last 4 hours or more.',
        {
          id: 'candidacy.reason.short-headaches',
          desc: 'Explanation: headaches usually shorter than 4 hours.',
        },
      );
    case 'no-overuse':
      return msg(
        'You take pain medicine on fewer days than the point where it can cause more headaches.',
        {
          id: 'candidacy.reason.no-overuse',
          desc: 'Explanation: pain medicine use below the overuse limits.',
        },
      );
    case 'possible-overuse':
      return msg(
        'Taking pain medicine this often can itself cause more headaches. The doctor will look at this first.',
        {
          id: 'candidacy.reason.possible-overuse',
          desc: 'Explanation: possible medication overuse (15+ days of simple pain relievers, or 10+ days of triptans, ergots, opioids or combination painkillers).',
        },
      );
    case 'no-safety-flags':
      return msg('None of the safety points apply to you.', {
        id: 'candidacy.reason.no-safety-flags',
        desc: 'Explanation: no safety point ticked.',
      });
    case 'safety-flag':
      return msg('This does not rule you out. Talk to the doctor first about:', {
        id: 'candidacy.reason.safety-flag',
        desc: 'Explanation before the list of ticked safety points. Never a bare "no".',
      });
    case 'unanswered':
      return msg('Answer the question to see this point.', {
        id: 'candidacy.reason.unanswered',
        desc: 'Explanation of a criterion whose question is unanswered.',
      });
  }
}

type AnswerRow = [string, string | string[]];

/** The person's answers as label/value rows, in question order. */
function answerRows(answers: CandidacyAnswers, questions: readonly QuestionId[]): AnswerRow[] {
  const none = msg('Not answered', {
    id: 'candidacy.answer.none',
    desc: 'Shown in the summary for an unanswered question.',
  });
  const show = <T>(value: T | undefined, text: (value: T) => string) =>
    value === undefined ? none : text(value);
  const count = (field: CountField): AnswerRow => [countLabel(field), show(answers[field], String)];
  const rows: AnswerRow[] = [];
  for (const question of questions) {
    switch (question) {
      case 'headache-days':
        rows.push(count('headacheDays'));
        break;
      case 'months':
        rows.push(count('months'));
        break;
      case 'duration':
        rows.push([
          msg('Headaches usually last 4 hours or more', {
            id: 'candidacy.answer.duration',
            desc: 'Summary label of the duration answer (Yes/No).',
          }),
          show(answers.longHeadaches, yesNoLabel),
        ]);
        break;
      case 'prior-treatment':
        rows.push([
          msg('Tried medicines to prevent migraines', {
            id: 'candidacy.answer.prior-treatment',
            desc: 'Summary label of the earlier-treatment answer.',
          }),
          show(answers.priorTreatment, priorLabel),
        ]);
        break;
      case 'overuse':
        rows.push(count('painRelieverDays'), count('triptanDays'));
        break;
      case 'commitment':
        rows.push([
          msg('Can come about every 12 weeks', {
            id: 'candidacy.answer.commitment',
            desc: 'Summary label of the commitment answer.',
          }),
          show(answers.commitment, commitmentLabel),
        ]);
        break;
      case 'adult':
        rows.push([
          msg('18 or older', {
            id: 'candidacy.answer.adult',
            desc: 'Summary label of the age answer.',
          }),
          show(answers.adult, yesNoLabel),
        ]);
        break;
      case 'safety': {
        const safety = answers.safety;
        const flags = SAFETY_KEYS.filter((key) => safety?.[key]);
        rows.push([
          criterionLabel('safety'),
          safety === undefined ? none : flags.length ? flags.map(safetyLabel) : noneLabel(),
        ]);
        break;
      }
    }
  }
  return rows;
}

/** Renders the result. Call only while the element renders (it translates). */
export function renderResult(view: ResultView): TemplateResult {
  const { result, clinic, href } = view;
  const rows = answerRows(view.answers, view.questions);
  const note = msg(
    'This is not a diagnosis. The clinic makes the decision with you at your consultation.',
    {
      id: 'candidacy.decision-note',
      desc: 'Shown with every result: the clinic decides at the consultation.',
    },
  );
  const answersHeading = msg('Your answers', {
    id: 'candidacy.answers.heading',
    desc: 'Heading of the list of the person’s answers.',
  });
  const text = summaryText({
    title: msg('Botox for chronic migraine: my self-check', {
      id: 'candidacy.summary.title',
      desc: 'First line of the copied summary.',
    }),
    answersHeading,
    answers: rows,
    resultHeading: msg('Result', {
      id: 'candidacy.summary.result',
      desc: 'Label in the copied summary.',
    }),
    outcome: headline(result.outcome),
    explanation: explanation(result.outcome),
    criteria: result.criteria.map((criterion) => ({
      label: criterionLabel(criterion.id),
      status: statusWord(criterion.status),
      reason: reasonText(criterion.reason),
      details: criterion.flags?.map(safetyLabel),
    })),
    note,
  });
  const copy = () => {
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(text))
      .then(
        () => view.done('ok'),
        () => view.done('fail'),
      );
  };
  return html`
    ${headingAt(view.level, 'outcome', headline(result.outcome), {
      className: `outcome outcome-${result.outcome}`,
      focusable: true,
    })}
    <p class="explanation">${explanation(result.outcome)}</p>
    <ul part="criteria" class="criteria" role="list">
      ${result.criteria.map(
        (criterion) =>
          html`<li part="criterion" class="criterion ${criterion.status}">
            <span class="status-icon">${STATUS_ICONS[criterion.status]}</span>
            <div>
              <p class="criterion-head">
                <span class="label">${criterionLabel(criterion.id)}</span>
                <span class="status">${statusWord(criterion.status)}</span>
              </p>
              <p class="reason">${reasonText(criterion.reason)}</p>
              ${
                criterion.flags
                  ? html`<ul class="flags">
                      ${criterion.flags.map((flag) => html`<li>${safetyLabel(flag)}</li>`)}
                    </ul>`
                  : nothing
              }
            </div>
          </li>`,
      )}
    </ul>
    <p part="decision-note" class="note">${infoIcon}<span>${note}</span></p>
    <p part="cta" class="cta">
      ${
        href
          ? html`<a href=${href}
              >${
                clinic
                  ? msg(str`Book a consultation with ${clinic}`, {
                      id: 'candidacy.cta.book-named',
                      desc: 'Link to book a consultation; the placeholder is the clinic name.',
                    })
                  : msg('Book a consultation', {
                      id: 'candidacy.cta.book',
                      desc: 'Link to book a consultation (no clinic name given).',
                    })
              }</a
            >`
          : clinic
            ? msg(str`Talk to ${clinic} about the next step.`, {
                id: 'candidacy.cta.talk-named',
                desc: 'Call to action without a booking link; the placeholder is the clinic name.',
              })
            : msg('Talk to your clinic about the next step.', {
                id: 'candidacy.cta.talk',
                desc: 'Call to action without a booking link or clinic name.',
              })
      }
    </p>
    <section part="answers" class="answers" aria-labelledby="answers-heading">
      ${headingAt(levelBelow(view.level, true), 'answers-heading', answersHeading, {
        id: 'answers-heading',
      })}
      <dl>
        ${rows.map(
          ([label, value]) =>
            html`<div>
              <dt>${label}</dt>
              <dd>
                ${
                  typeof value === 'string'
                    ? value
                    : html`<ul>
                        ${value.map((item) => html`<li>${item}</li>`)}
                      </ul>`
                }
              </dd>
            </div>`,
        )}
      </dl>
    </section>
    <div part="actions" class="actions">
      <p>
        ${msg('Bring your answers to your consultation.', {
          id: 'candidacy.bring',
          desc: 'Text before the Print / Copy summary buttons.',
        })}
      </p>
      <button
        type="button"
        part="button"
        class="secondary"
        ?disabled=${view.disabled}
        @click=${() => window.print()}
      >
        ${msg('Print summary', { id: 'candidacy.print', desc: 'Button: print the summary.' })}
      </button>
      <button
        type="button"
        part="button"
        class="secondary"
        ?disabled=${view.disabled}
        @click=${copy}
      >
        ${msg('Copy summary', {
          id: 'candidacy.copy',
          desc: 'Button: copy a plain-text summary to the clipboard.',
        })}
      </button>
      <p class="copy-status" role="status">
        ${
          view.copy === 'ok'
            ? msg('Summary copied.', {
                id: 'candidacy.copied',
                desc: 'Status after the summary was copied.',
              })
            : view.copy === 'fail'
              ? msg('Copying did not work. Select the summary below and copy it yourself.', {
                  id: 'candidacy.copy-failed',
                  desc: 'Status when the clipboard is not available.',
                })
              : nothing
        }
      </p>
      ${
        view.copy === 'fail'
          ? html`<label class="field copy-text"
              >${msg('Summary', {
                id: 'candidacy.summary.label',
                desc: 'Label of the text box holding the summary to copy by hand.',
              })}<textarea readonly rows="10" .value=${text}></textarea>
            </label>`
          : nothing
      }
    </div>
  `;
}
