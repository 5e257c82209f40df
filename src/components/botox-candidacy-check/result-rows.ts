/**
 * The result in words, row by row: the person's answers as label/value rows and each criterion
 * as a translated point. Call only while rendering (they translate).
 */
import { msg } from '../../localization/locale.js';
import {
  SAFETY_KEYS,
  SAFETY_RULES,
  asksPreventivesCount,
  type CandidacyAnswers,
  type CountField,
  type CriterionResult,
  type CriterionStatus,
  type QuestionId,
} from '../../logic/candidacy/index.js';
import { criterionLabel, reasonText, statusWord } from './result-texts.js';
import {
  commitmentLabel,
  countLabel,
  noneLabel,
  priorLabel,
  safetyLabel,
  yesNoLabel,
} from './texts.js';

/** One answer of the summary: its label and its value (a list for the safety points). */
export type AnswerRow = [string, string | string[]];

/** The person's answers as label/value rows, in question order. */
export function answerRows(
  answers: CandidacyAnswers,
  questions: readonly QuestionId[],
): AnswerRow[] {
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
export interface Point {
  criterion: CriterionResult;
  label: string;
  status: string;
  reason: string;
  flags: { label: string; tone: CriterionStatus; status: string; reason: string }[];
}

/** The point of one criterion, in words. */
export function point(criterion: CriterionResult): Point {
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
