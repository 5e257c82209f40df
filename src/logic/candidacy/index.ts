/**
 * Candidacy self-check logic for "Botox for migraines": which answers a person gives, which
 * criteria they meet, and the overall outcome. Pure and DOM-free, and no function here throws, on
 * any input: untrusted values are validated first and the worst case is "unknown" / "incomplete".
 *
 * This is an information aid, not a diagnosis: every outcome is phrased for a conversation with a
 * clinician, and "likely" only means none of the checked criteria speaks against the treatment.
 *
 * The module is split by concern: `types.ts` (the constant tables and types), `answers.ts` (input
 * cleaning), `rules.ts` (the criteria and the outcome), `counter.ts` (the headache-day counter)
 * and `summary.ts` (the copied summary). Import from this index.
 */

export {
  ALWAYS_ASKED,
  CHECK_KEYS,
  COMMITMENTS,
  CRITERION_IDS,
  CRITERION_REASONS,
  CRITERION_STATUSES,
  LIMITS,
  OUTCOMES,
  PRIOR_TREATMENTS,
  QUESTION_IDS,
  REASON_CODES,
  SAFETY_KEYS,
  SAFETY_RULES,
  type AlwaysAskedKey,
  type CandidacyAnswers,
  type CandidacyResult,
  type CheckKey,
  type Commitment,
  type CriterionId,
  type CriterionResult,
  type CriterionStatus,
  type Outcome,
  type PriorTreatment,
  type QuestionId,
  type ReasonCode,
  type SafetyAnswers,
  type SafetyKey,
} from './types.js';
export {
  COUNT_FIELDS,
  isCheckKey,
  isOutcome,
  parseChecks,
  parseCount,
  sanitizeAnswers,
  type CountField,
  type ParsedChecks,
  type SanitizedAnswers,
} from './answers.js';
export {
  asksPreventivesCount,
  byAttention,
  evaluateCandidacy,
  isAnswered,
  outcomeOf,
  questionsFor,
  shouldAnnounceOutcome,
} from './rules.js';
export { COUNTER_COLUMNS, COUNTER_DAYS, gridMove, lastDays } from './counter.js';
export { summaryText, type SummaryCriterion, type SummaryParts } from './summary.js';
