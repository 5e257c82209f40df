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
export { THEMES, type Theme } from './internal/widget-element.js';
export {
  setLocale,
  getLocale,
  followDocumentLocale,
  SUPPORTED_LOCALES,
  SOURCE_LOCALE,
  LOCALE_STATUS_EVENT,
  type LocaleCode,
} from './localization/locale.js';
export { VERSION } from './version.js';
