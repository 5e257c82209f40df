/**
 * botox-migraine-widgets: element classes, types and the language API. Importing this module
 * registers nothing; import `botox-migraine-widgets/define.js` (every element) or one element's
 * entry such as `botox-migraine-widgets/benefits-list.js` to register the standard tag names.
 */
export { BenefitsList } from './components/benefits-list/benefits-list.js';
export {
  BENEFIT_KEYS,
  BENEFIT_LAYOUTS,
  type BenefitKey,
  type BenefitsLayout,
  type HeadingLevel,
} from './logic/benefits.js';
export {
  BotoxCandidacyCheck,
  CANDIDACY_MODES,
  type CandidacyMode,
} from './components/botox-candidacy-check/botox-candidacy-check.js';
export {
  CandidacyChangeEvent,
  CandidacyCompleteEvent,
  type CandidacyDetail,
} from './events/candidacy-events.js';
export {
  CHECK_KEYS,
  OUTCOMES,
  QUESTION_IDS,
  SAFETY_KEYS,
  type CandidacyAnswers,
  type CandidacyResult,
  type CheckKey,
  type CriterionResult,
  type Outcome,
  type SafetyKey,
} from './logic/candidacy/index.js';
export { TreatmentTimeline } from './components/treatment-timeline/treatment-timeline.js';
export { TimelineCalendarEvent, type TimelineCalendarDetail } from './events/timeline-events.js';
export {
  INTERVAL_WEEKS,
  SESSION_COUNT,
  STEP_IDS,
  TIMELINE_ORIENTATIONS,
  type Schedule,
  type StepId,
  type TimelineOrientation,
} from './logic/schedule.js';
export { THEMES, type Theme } from './theme.js';
export {
  setLocale,
  getLocale,
  followDocumentLocale,
  availableLocales,
  localeDirection,
  onLocaleChange,
  SHIPPED_LOCALES,
  SOURCE_LOCALE,
  type Messages,
  type ShippedLocale,
} from './localization/locale.js';
export { registerLocale, setMessages, clearMessages } from './localization/wording.js';
export { VERSION } from './version.js';

// The tag map (`document.createElement('benefits-list')` is a `BenefitsList`). Types only: this
// module still registers nothing.
export type {} from './components/benefits-list/define.js';
export type {} from './components/botox-candidacy-check/define.js';
export type {} from './components/treatment-timeline/define.js';
