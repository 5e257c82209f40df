/**
 * The script-tag entry (`dist/botox-widgets.js`): registers every element. Translations load
 * lazily from sibling chunks, resolved relative to this module's own URL. Its exports let a page
 * pick the language or reuse a class: `import { setLocale } from '…/botox-widgets.js'`.
 */
import './define.js';

export { BenefitsList } from './components/benefits-list/benefits-list.js';
export { BotoxCandidacyCheck } from './components/botox-candidacy-check/botox-candidacy-check.js';
export { TreatmentTimeline } from './components/treatment-timeline/treatment-timeline.js';
export { setLocale, getLocale, followDocumentLocale } from './localization/locale.js';
export { VERSION } from './version.js';
