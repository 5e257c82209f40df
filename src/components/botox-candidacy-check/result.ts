/**
 * The result of the self-check. First what a worried reader needs at a glance — the outcome with
 * its own icon and colour, one sentence, the next step and the call to action — then each point,
 * those that need attention first, the person's answers, and the Print / Copy summary tools.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { getLocale, localeDirection, msg, str } from '../../localization/locale.js';
import type { CandidacyController } from '../../controllers/candidacy.js';
import { headingAt } from '../../internal/heading.js';
import { infoIcon } from '../../internal/icons.js';
import { OUTCOME_ICONS, STATUS_ICONS } from '../../internal/outcome-icons.js';
import { levelBelow } from '../../logic/attributes.js';
import { dateFormat } from '../../logic/intl.js';
import { byAttention, summaryText } from '../../logic/candidacy/index.js';
import type { PrintSummary } from './print.js';
import { answerRows, point, type Point } from './result-rows.js';
import { explanation, headline, nextStep } from './result-texts.js';
import type { ViewOptions } from './view-options.js';

export { headline };

/** Today's date, written in the active language (English if that language is not a valid tag). */
function today(): string {
  const options = { dateStyle: 'long' } as const;
  try {
    return dateFormat(getLocale(), options).format(new Date());
  } catch {
    return dateFormat('en', options).format(new Date());
  }
}

/** The call to action: the booking link when there is one, else a sentence. */
function callToAction(clinic: string, href: string | null): TemplateResult | string {
  if (href) {
    return html`<a href=${href}
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
    >`;
  }
  return clinic
    ? msg(str`Talk to ${clinic} about the next step.`, {
        id: 'candidacy.cta.talk-named',
        desc: 'Call to action without a booking link; the placeholder is the clinic name.',
      })
    : msg('Talk to your clinic about the next step.', {
        id: 'candidacy.cta.talk',
        desc: 'Call to action without a booking link or clinic name.',
      });
}

/** Renders the result. Call only while the element renders (it translates). */
export function renderResult(c: CandidacyController, view: ViewOptions): TemplateResult {
  const { result, clinic, href } = view;
  const { outcome } = result;
  const rows = answerRows(c.given, c.questions);
  const points = byAttention(result.criteria).map(point);
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
  const pointsHeading = msg('Point by point', {
    id: 'candidacy.summary.points',
    desc: 'Heading of the list that explains each point of the result, the ones that need attention first.',
  });
  const title = msg('Botox for chronic migraine: my self-check', {
    id: 'candidacy.summary.title',
    desc: 'First line of the copied and the printed summary.',
  });
  const said = headline(outcome);
  const why = explanation(result);
  const next = nextStep(outcome);
  const flagLines = (item: Point) =>
    item.flags.map((flag) => `${flag.label}: ${flag.status}. ${flag.reason}`);
  const text = summaryText({
    title,
    answersHeading,
    answers: rows,
    resultHeading: msg('Result', {
      id: 'candidacy.summary.result',
      desc: 'Label in the copied summary.',
    }),
    outcome: said,
    explanation: next ? `${why} ${next}` : why,
    criteria: points.map((item) => ({
      label: item.label,
      status: item.status,
      reason: item.reason,
      details: flagLines(item),
    })),
    note,
  });
  const date = today();
  const summary: PrintSummary = {
    lang: getLocale(),
    dir: localeDirection(),
    title,
    date: msg(str`Date: ${date}`, {
      id: 'candidacy.summary.date',
      desc: 'Line of the printed summary with the date it was printed (a long date).',
    }),
    clinic: clinic
      ? msg(str`Clinic: ${clinic}`, {
          id: 'candidacy.summary.clinic',
          desc: 'Line of the printed summary naming the clinic (the placeholder is its name).',
        })
      : '',
    outcome,
    headline: said,
    explanation: next ? `${why} ${next}` : why,
    criteriaHeading: pointsHeading,
    criteria: points.map((item) => ({
      label: item.label,
      status: item.criterion.status,
      statusText: item.status,
      reason: item.reason,
      details: flagLines(item),
    })),
    answersHeading,
    answers: rows,
    note,
  };
  const copy = () => {
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(text))
      .then(
        () => c.copied('ok'),
        () => c.copied('fail'),
      );
  };
  const below = levelBelow(view.level, true);
  return html`
    <div part="summary" class="summary summary-${outcome}">
      <span class="outcome-icon">${OUTCOME_ICONS[outcome]}</span>
      <div class="summary-body">
        ${headingAt(view.level, 'outcome', said, {
          className: `outcome outcome-${outcome}`,
          focusable: true,
        })}
        <p class="explanation">${why}</p>
        ${next ? html`<p class="next">${next}</p>` : nothing}
        <p part="cta" class="cta">${callToAction(clinic, href)}</p>
      </div>
    </div>
    <p part="decision-note" class="note">${infoIcon}<span>${note}</span></p>
    <section part="points" class="points" aria-labelledby="points-heading">
      ${headingAt(below, 'points-heading', pointsHeading, { id: 'points-heading' })}
      <ul part="criteria" class="criteria" role="list">
        ${points.map(
          (item) =>
            html`<li part="criterion" class="criterion ${item.criterion.status}">
              <span class="status-icon">${STATUS_ICONS[item.criterion.status]}</span>
              <div>
                <p class="criterion-head">
                  <span class="label">${item.label}</span>
                  <span class="status">${item.status}</span>
                </p>
                ${item.reason ? html`<p class="reason">${item.reason}</p>` : nothing}
                ${
                  item.flags.length
                    ? html`<ul class="flags">
                        ${item.flags.map(
                          (flag) =>
                            html`<li class="flag ${flag.tone}">
                              <span class="flag-label">${flag.label}</span>
                              <span class="flag-status">${flag.status}</span>
                              <span class="flag-reason">${flag.reason}</span>
                            </li>`,
                        )}
                      </ul>`
                    : nothing
                }
              </div>
            </li>`,
        )}
      </ul>
    </section>
    <section part="answers" class="answers" aria-labelledby="answers-heading">
      ${headingAt(below, 'answers-heading', answersHeading, { id: 'answers-heading' })}
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
        @click=${() => view.print(summary)}
      >
        ${msg('Print summary', {
          id: 'candidacy.print',
          desc: 'Button: print a one-page summary of the answers and the result.',
        })}
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
          c.copy === 'ok'
            ? msg('Summary copied.', {
                id: 'candidacy.copied',
                desc: 'Status after the summary was copied.',
              })
            : c.copy === 'fail'
              ? msg('Copying did not work. Select the summary below and copy it yourself.', {
                  id: 'candidacy.copy-failed',
                  desc: 'Status when the clipboard is not available.',
                })
              : nothing
        }
      </p>
      ${
        c.copy === 'fail'
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
