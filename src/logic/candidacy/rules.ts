/**
 * The candidacy rules: how the answers meet each criterion, the overall outcome, and which
 * questions are asked and answered. Untrusted answers are cleaned first (see `answers.ts`), so no
 * function here throws, on any input.
 */

import { isOutcome, parseChecks, sanitizeAnswers } from './answers.js';
import {
  CHECK_KEYS,
  LIMITS,
  QUESTION_IDS,
  SAFETY_KEYS,
  SAFETY_RULES,
  type CandidacyAnswers,
  type CandidacyResult,
  type CheckKey,
  type CriterionId,
  type CriterionResult,
  type CriterionStatus,
  type Outcome,
  type PriorTreatment,
  type QuestionId,
  type ReasonCode,
} from './types.js';

function result(id: CriterionId, status: CriterionStatus, reason: ReasonCode): CriterionResult {
  return { id, status, reason };
}

const UNANSWERED = 'unanswered';

function chronicMigraine(answers: CandidacyAnswers): CriterionResult {
  const id = 'chronic-migraine';
  const { headacheDays, months } = answers;
  if (headacheDays === undefined || months === undefined) return result(id, 'unknown', UNANSWERED);
  if (headacheDays < LIMITS.chronicDays) return result(id, 'not-met', 'too-few-days');
  if (months < LIMITS.chronicMonths) return result(id, 'not-met', 'too-recent');
  return result(id, 'met', 'chronic');
}

/** Whether the answer to `priorTreatment` asks how many preventive medicines were tried. */
export function asksPreventivesCount(answer: PriorTreatment | undefined): boolean {
  return answer === 'not-helped' || answer === 'side-effects';
}

function priorTreatment(answers: CandidacyAnswers): CriterionResult {
  const id = 'prior-treatment';
  const tried = answers.preventivesTried;
  switch (answers.priorTreatment) {
    case 'not-helped':
    case 'side-effects':
      // Saved answers from before the count was asked have none: the question is unanswered.
      if (tried === undefined) return result(id, 'unknown', UNANSWERED);
      if (tried === 0) return result(id, 'not-met', 'try-others-first');
      if (tried < LIMITS.preventivesNeeded) return result(id, 'discuss', 'fewer-than-three');
      return answers.priorTreatment === 'not-helped'
        ? result(id, 'met', 'treatment-not-helped')
        : result(id, 'met', 'treatment-side-effects');
    case 'helped':
      return result(id, 'not-met', 'treatment-helps');
    case 'not-tried':
      return result(id, 'not-met', 'try-others-first');
    default:
      return result(id, 'unknown', UNANSWERED);
  }
}

function commitment(answers: CandidacyAnswers): CriterionResult {
  const id = 'commitment';
  switch (answers.commitment) {
    case 'yes':
      return result(id, 'met', 'committed');
    case 'unsure':
      return result(id, 'discuss', 'unsure-commitment');
    case 'no':
      return result(id, 'not-met', 'no-commitment');
    default:
      return result(id, 'unknown', UNANSWERED);
  }
}

function yesNo(
  id: CriterionId,
  answer: boolean | undefined,
  yes: ReasonCode,
  no: ReasonCode,
): CriterionResult {
  if (answer === undefined) return result(id, 'unknown', UNANSWERED);
  return answer ? result(id, 'met', yes) : result(id, 'not-met', no);
}

function overuse(answers: CandidacyAnswers): CriterionResult {
  const id = 'overuse';
  const { painRelieverDays, triptanDays } = answers;
  if (
    (painRelieverDays !== undefined && painRelieverDays >= LIMITS.painRelieverOveruseDays) ||
    (triptanDays !== undefined && triptanDays >= LIMITS.triptanOveruseDays)
  ) {
    return result(id, 'discuss', 'possible-overuse');
  }
  if (painRelieverDays === undefined || triptanDays === undefined) {
    return result(id, 'unknown', UNANSWERED);
  }
  // Both kinds, neither over its own limit, on 10 or more days together (ICHD-3 8.2.6). A day
  // with both counts twice, so this errs towards a talk with the doctor.
  if (
    painRelieverDays > 0 &&
    triptanDays > 0 &&
    painRelieverDays + triptanDays >= LIMITS.combinedOveruseDays
  ) {
    return result(id, 'discuss', 'combined-overuse');
  }
  return result(id, 'met', 'no-overuse');
}

function safety(answers: CandidacyAnswers): CriterionResult {
  const id = 'safety';
  const flags = answers.safety;
  if (flags === undefined) return result(id, 'unknown', UNANSWERED);
  const raised = SAFETY_KEYS.filter((key) => flags[key] === true);
  if (raised.length === 0) return result(id, 'met', 'no-safety-flags');
  const serious = raised.filter((key) => SAFETY_RULES[key].status === 'not-met');
  const ordered = [...serious, ...raised.filter((key) => !serious.includes(key))];
  const { status, reason } = SAFETY_RULES[ordered[0]];
  return { ...result(id, status, reason), flags: ordered };
}

/**
 * The valid answers, where a safety answer with any unusable flag counts as unanswered: a flag that
 * cannot be read must never turn into "does not apply".
 */
function safeAnswers(answers: unknown): CandidacyAnswers {
  const { answers: clean, rejected } = sanitizeAnswers(answers);
  if (rejected.some((path) => path.startsWith('safety'))) delete clean.safety;
  return clean;
}

/** Combines criterion statuses into the overall outcome (see {@link Outcome}). */
export function outcomeOf(statuses: readonly CriterionStatus[]): Outcome {
  if (statuses.includes('unknown')) return 'incomplete';
  if (statuses.includes('not-met')) return 'unlikely';
  if (statuses.includes('discuss')) return 'discuss';
  return 'likely';
}

/**
 * Evaluates answers against the criteria. Results are listed in {@link CRITERION_IDS} order and
 * switched-off checks are omitted (their answers are ignored); age and safety are always
 * evaluated. `checks` defaults to both switchable checks and is read with {@link parseChecks}
 * (`adult` and `safety` in it change nothing). The answers are passed through
 * {@link sanitizeAnswers} first, so an invalid field (say 32 headache days) counts as unanswered,
 * and so does a safety answer with any invalid flag.
 * Never throws.
 */
export function evaluateCandidacy(
  answers: CandidacyAnswers,
  checks: readonly string[] = CHECK_KEYS,
): CandidacyResult {
  const clean = safeAnswers(answers);
  const active = parseChecks(checks).checks;
  const criteria: CriterionResult[] = [
    chronicMigraine(clean),
    priorTreatment(clean),
    commitment(clean),
    yesNo('adult', clean.adult, 'adult', 'under-18'),
  ];
  if (active.includes('duration')) {
    criteria.push(yesNo('duration', clean.longHeadaches, 'long-headaches', 'short-headaches'));
  }
  if (active.includes('overuse')) criteria.push(overuse(clean));
  criteria.push(safety(clean));
  return { outcome: outcomeOf(criteria.map((criterion) => criterion.status)), criteria };
}

/** How urgently each status asks for the reader's attention (lower first). */
const ATTENTION: Readonly<Record<CriterionStatus, number>> = {
  'not-met': 0,
  discuss: 1,
  unknown: 2,
  met: 3,
};

/**
 * The criteria of a {@link CandidacyResult} in the order a result lists them: the points that need
 * attention first (does not fit, then talk to the doctor, then unanswered, then fits), keeping
 * their given order within each status. Returns a new array and leaves the input as it is.
 */
export function byAttention(criteria: readonly CriterionResult[]): CriterionResult[] {
  return criteria
    .map((criterion, index) => ({ criterion, index }))
    .sort(
      (a, b) => ATTENTION[a.criterion.status] - ATTENTION[b.criterion.status] || a.index - b.index,
    )
    .map(({ criterion }) => criterion);
}

/** The check a question depends on; `null` when it is always asked. */
const QUESTION_CHECK: Readonly<Record<QuestionId, CheckKey | null>> = {
  'headache-days': null,
  months: null,
  duration: 'duration',
  'prior-treatment': null,
  overuse: 'overuse',
  commitment: null,
  adult: null,
  safety: null,
};

/**
 * The questions to ask, in order, for the given active checks: `duration` only with the
 * `duration` check and `overuse` with `overuse`; every other question (age and safety included)
 * always. `checks` is read with {@link parseChecks}, so unknown keys are ignored. Never throws.
 */
export function questionsFor(checks: readonly string[]): QuestionId[] {
  const active = parseChecks(checks).checks;
  return QUESTION_IDS.filter((question) => {
    const check = QUESTION_CHECK[question];
    return check === null || active.includes(check);
  });
}

/**
 * Whether a question has a valid answer in `answers` (after {@link sanitizeAnswers}): `overuse`
 * needs both counts, `safety` needs the safety object (its flags may be missing), and
 * `prior-treatment` needs the number of preventive medicines tried when the answer asks for it
 * (see {@link asksPreventivesCount}). An unknown question → `false`. Never throws.
 */
export function isAnswered(question: QuestionId, answers: CandidacyAnswers): boolean {
  const clean = safeAnswers(answers);
  switch (question) {
    case 'headache-days':
      return clean.headacheDays !== undefined;
    case 'months':
      return clean.months !== undefined;
    case 'duration':
      return clean.longHeadaches !== undefined;
    case 'prior-treatment':
      return (
        clean.priorTreatment !== undefined &&
        (!asksPreventivesCount(clean.priorTreatment) || clean.preventivesTried !== undefined)
      );
    case 'overuse':
      return clean.painRelieverDays !== undefined && clean.triptanDays !== undefined;
    case 'commitment':
      return clean.commitment !== undefined;
    case 'adult':
      return clean.adult !== undefined;
    case 'safety':
      return clean.safety !== undefined;
    default:
      return false;
  }
}

/**
 * Outcome-change tracker helper: true when the new outcome should fire a "complete" event — it
 * is a valid outcome other than `incomplete` and differs from the previous one.
 */
export function shouldAnnounceOutcome(previous: Outcome | undefined, next: Outcome): boolean {
  return isOutcome(next) && next !== 'incomplete' && next !== previous;
}
