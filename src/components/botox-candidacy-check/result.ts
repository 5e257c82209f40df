/**
 * The result of the self-check. First what a worried reader needs at a glance — the outcome with
 * its own icon and colour, one sentence, the next step and the call to action — then each point,
 * those that need attention first, the person's answers, and the Print / Copy summary tools.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { getLocale, localeDirection, msg, str } from '../../localization/locale.js';
import { headingAt } from '../../internal/heading.js';
import { infoIcon } from '../../internal/icons.js';
import { levelBelow, type HeadingLevel } from '../../logic/attributes.js';
import { dateFormat } from '../../logic/intl.js';
import {
  SAFETY_KEYS,
  SAFETY_RULES,
  asksPreventivesCount,
  byAttention,
  summaryText,
  type CandidacyAnswers,
  type CandidacyResult,
  type CriterionId,
  type CriterionResult,
  type CriterionStatus,
  type Outcome,
  type QuestionId,
  type ReasonCode,
} from '../../logic/candidacy.js';
import type { PrintSummary } from './print.js';
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
  /** The level of the outcome heading; the points and answers headings are one level below it. */
  level: HeadingLevel;
  /** Whether the element is disabled (by a disabled fieldset or form around it). */
  disabled: boolean;
  /** The outcome of the last copy: '' (none yet), 'ok' or 'fail'. */
  copy: '' | 'ok' | 'fail';
  /** Records the outcome of a copy. */
  done(state: 'ok' | 'fail'): void;
  /** Prints the summary (in a frame of its own, so only the summary prints). */
  print(summary: PrintSummary): void;
}

const icon = (body: SVGTemplateResult) =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true">${body}</svg>`;

const STATUS_ICONS: Record<CriterionStatus, TemplateResult> = {
  met: icon(svg`<path d="M5 12l5 5 9-11" />`),
  'not-met': icon(svg`<path d="M6 6l12 12M18 6L6 18" />`),
  discuss: icon(svg`<path d="M4 5h16v11H9l-5 4z" />`),
  unknown: icon(svg`<circle cx="12" cy="12" r="9" /><path d="M8 12h8" />`),
};

/** One icon shape per outcome, so outcomes differ without colour too. */
const OUTCOME_ICONS: Record<Outcome, TemplateResult> = {
  likely: icon(svg`<circle cx="12" cy="12" r="9.5" /><path d="M7.5 12.5l3 3 6-7" />`),
  discuss: icon(svg`<path d="M3 4h18v12H10l-5 4v-4H3z" /><path d="M12 7v4M12 13.5v.5" />`),
  unlikely: icon(svg`<path d="M8 2.5h8l5.5 5.5v8L16 21.5H8L2.5 16V8z" /><path d="M7.5 12h9" />`),
  incomplete: icon(
    svg`<circle cx="12" cy="12" r="9.5" stroke-dasharray="3 3" /><path
        d="M8 12h.5M12 12h.5M16 12h.5"
      />`,
  ),
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
        desc: 'Result headline when some points need discussing with the doctor (cautions only; never shown for an allergy, infection or pregnancy).',
      });
    case 'unlikely':
      return msg('Botox may not be the right choice for you now', {
        id: 'candidacy.outcome.unlikely',
        desc: 'Result headline when a criterion does not fit, or a safety answer rules Botox out for now. Gentle, never final.',
      });
    case 'incomplete':
      return msg('Your result is not ready yet', {
        id: 'candidacy.outcome.incomplete',
        desc: 'Result headline while questions are unanswered.',
      });
  }
}

/** One sentence under the headline. */
function explanation(result: CandidacyResult): string {
  switch (result.outcome) {
    case 'likely':
      return msg('Your answers fit the usual reasons doctors give Botox for chronic migraine.', {
        id: 'candidacy.outcome.likely.text',
        desc: 'One sentence under the "likely" headline.',
      });
    case 'discuss':
      return msg('Your answers mostly fit, but some points need a talk with the doctor first.', {
        id: 'candidacy.outcome.discuss.text',
        desc: 'One sentence under the "discuss" headline.',
      });
    case 'unlikely':
      return result.criteria.some(({ id, status }) => id === 'safety' && status === 'not-met')
        ? msg('One of your safety answers means Botox is not suitable for you now.', {
            id: 'candidacy.outcome.unlikely.safety',
            desc: 'One sentence under the "unlikely" headline when a safety answer (allergy, skin infection, pregnancy or breastfeeding) rules Botox out for now.',
          })
        : msg('Some of your answers do not fit the usual reasons for Botox treatment.', {
            id: 'candidacy.outcome.unlikely.text',
            desc: 'One sentence under the "unlikely" headline.',
          });
    case 'incomplete':
      return msg('Answer every question to see how your answers fit.', {
        id: 'candidacy.outcome.incomplete.text',
        desc: 'One sentence under the "incomplete" headline.',
      });
  }
}

/** What to do next, in one or two short sentences; '' while the result is incomplete. */
function nextStep(outcome: Outcome): string {
  switch (outcome) {
    case 'likely':
      return msg(
        'Next step: book a consultation. The doctor checks your health and decides with you.',
        {
          id: 'candidacy.outcome.likely.next',
          desc: 'What to do next, under the "likely" result.',
        },
      );
    case 'discuss':
      return msg('Next step: talk with the doctor about the points marked below.', {
        id: 'candidacy.outcome.discuss.next',
        desc: 'What to do next, under the "discuss" result.',
      });
    case 'unlikely':
      return msg('Next step: ask your doctor about treatments that may suit you better.', {
        id: 'candidacy.outcome.unlikely.next',
        desc: 'What to do next, under the "unlikely" result.',
      });
    case 'incomplete':
      return '';
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
      return msg('Fits', {
        id: 'candidacy.status.met',
        desc: 'Status of a point whose answer fits the usual reasons for Botox. Short, plain.',
      });
    case 'not-met':
      return msg('Does not fit', {
        id: 'candidacy.status.not-met',
        desc: 'Status of a point whose answer does not fit (or rules Botox out for now). Short, plain.',
      });
    case 'discuss':
      return msg('Talk to your doctor', {
        id: 'candidacy.status.discuss',
        desc: 'Status of a point to raise with the doctor first. Short, plain.',
      });
    case 'unknown':
      return msg('Not answered', {
        id: 'candidacy.status.unknown',
        desc: 'Status of a point whose question is unanswered. Short, plain.',
      });
  }
}

function reasonText(reason: ReasonCode): string {
  switch (reason) {
    case 'chronic':
      return msg(
        'You have headaches on 15 or more days a month, for 3 months or more. This is the number of headache days doctors look for. The doctor will confirm what kind of headaches you have.',
        {
          id: 'candidacy.reason.chronic',
          desc: 'Explanation: enough headache days for long enough. Must not say it is chronic migraine: the doctor confirms the kind of headache.',
        },
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
        'You have tried 3 or more preventive medicines, and they did not help enough. Botox is often used in this case.',
        {
          id: 'candidacy.reason.treatment-not-helped',
          desc: 'Explanation: 3 or more earlier preventive medicines did not help enough.',
        },
      );
    case 'treatment-side-effects':
      return msg(
        'You have tried 3 or more preventive medicines, and side effects made you stop. Botox is often used in this case.',
        {
          id: 'candidacy.reason.treatment-side-effects',
          desc: 'Explanation: 3 or more earlier preventive medicines were tried and stopped for side effects.',
        },
      );
    case 'fewer-than-three':
      return msg(
        'You have tried 1 or 2 preventive medicines. Some health services ask that 3 are tried first. The doctor will tell you what applies to you.',
        {
          id: 'candidacy.reason.fewer-than-three',
          desc: 'Explanation: only 1 or 2 preventive medicines tried; some health services (such as the NHS) fund Botox only after 3.',
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
      return msg(
        'Your headaches usually last 4 hours or more. Botox was studied in people whose headaches last this long.',
        {
          id: 'candidacy.reason.long-headaches',
          desc: 'Explanation: headaches last 4 hours or more.',
        },
      );
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
    case 'combined-overuse':
      return msg(
        'Together, you take pain medicines on 10 or more days a month. This can itself cause more headaches. The doctor will look at this first.',
        {
          id: 'candidacy.reason.combined-overuse',
          desc: 'Explanation: simple pain relievers and triptans/other pain medicines together on 10+ days a month (possible medication overuse), though neither alone is over its limit.',
        },
      );
    case 'no-safety-flags':
      return msg('None of the safety points apply to you.', {
        id: 'candidacy.reason.no-safety-flags',
        desc: 'Explanation: no safety point ticked.',
      });
    case 'toxin-allergy':
      return msg(
        'With an allergy to a botulinum toxin medicine, Botox is not safe for you. Tell the doctor about the allergy.',
        {
          id: 'candidacy.reason.toxin-allergy',
          desc: 'Explanation of the ticked safety point "allergy to any botulinum toxin": Botox must not be given. Clear, never reassuring.',
        },
      );
    case 'skin-infection':
      return msg('Not now: the injections wait until the skin infection has cleared.', {
        id: 'candidacy.reason.skin-infection',
        desc: 'Explanation of the ticked safety point "skin infection where the injections would go".',
      });
    case 'pregnancy':
      return msg(
        'Botox is usually not given while you are pregnant or breastfeeding. Ask the doctor about options that are safe now.',
        {
          id: 'candidacy.reason.pregnancy',
          desc: 'Explanation of the ticked safety point "pregnant, trying to get pregnant, or breastfeeding".',
        },
      );
    case 'neuromuscular':
      return msg(
        'With a nerve or muscle disease, swallowing and breathing problems after Botox are more likely. Talk to the doctor first.',
        {
          id: 'candidacy.reason.neuromuscular',
          desc: 'Explanation of the ticked safety point "nerve or muscle disease" (myasthenia gravis, ALS, Lambert-Eaton).',
        },
      );
    case 'breathing-bleeding':
      return msg(
        'Botox can make breathing or swallowing problems worse, and a bleeding problem or blood thinners can make the injections bleed. Talk to the doctor first.',
        {
          id: 'candidacy.reason.breathing-bleeding',
          desc: 'Explanation of the ticked safety point "breathing or swallowing problems, a bleeding problem, or blood thinners".',
        },
      );
    case 'recent-toxin':
      return msg(
        'Doses of botulinum toxin add up. The doctor needs to know about any injection in the last 4 months.',
        {
          id: 'candidacy.reason.recent-toxin',
          desc: 'Explanation of the ticked safety point "botulinum toxin in the last 4 months" (cosmetic or medical).',
        },
      );
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
        if (asksPreventivesCount(answers.priorTreatment)) rows.push(count('preventivesTried'));
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

/** A translated point: its label, status word and explanation, and its safety flags' own lines. */
interface Point {
  criterion: CriterionResult;
  label: string;
  status: string;
  reason: string;
  flags: { label: string; tone: CriterionStatus; status: string; reason: string }[];
}

function point(criterion: CriterionResult): Point {
  const flags = (criterion.flags ?? []).map((flag) => ({
    label: safetyLabel(flag),
    tone: SAFETY_RULES[flag].status,
    status: statusWord(SAFETY_RULES[flag].status),
    reason: reasonText(SAFETY_RULES[flag].reason),
  }));
  return {
    criterion,
    label: criterionLabel(criterion.id),
    status: statusWord(criterion.status),
    // A raised safety point is explained flag by flag instead.
    reason: flags.length ? '' : reasonText(criterion.reason),
    flags,
  };
}

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
export function renderResult(view: ResultView): TemplateResult {
  const { result, clinic, href } = view;
  const { outcome } = result;
  const rows = answerRows(view.answers, view.questions);
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
        () => view.done('ok'),
        () => view.done('fail'),
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
