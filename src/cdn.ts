/**
 * The script-tag entry, `dist/botox-widgets.js`: the shared runtime (Lit, languages, theme) plus
 * an autoloader. Each element's code is a sibling chunk that loads when its tag first appears in
 * the page, so a page pays only for the widgets it shows; translations load the same way. Every
 * chunk is resolved relative to this module's own URL, so the folder works from any CDN path.
 *
 * Its exports let a page pick the language, change wording, or load an element by hand (for a
 * widget inside another component's shadow root, which the autoloader cannot see):
 * `import { setLocale, load } from '…/botox-widgets.js'`.
 */
import { autoload } from './internal/autoloader.js';
import { usePageConfiguration } from './localization/locale.js';
export { registerLocale, setMessages, clearMessages } from './localization/wording.js';
import { readPageConfiguration } from './localization/page-config.js';

// Script-tag pages configure languages with a data block: read it before the first render.
usePageConfiguration(readPageConfiguration);

/** Loads and registers one element now (resolves when it is defined). */
export const load = autoload({
  'benefits-list': () =>
    import('./components/benefits-list/benefits-list.js').then((m) => m.BenefitsList),
  'botox-candidacy-check': () =>
    import('./components/botox-candidacy-check/botox-candidacy-check.js').then(
      (m) => m.BotoxCandidacyCheck,
    ),
  'treatment-timeline': () =>
    import('./components/treatment-timeline/treatment-timeline.js').then(
      (m) => m.TreatmentTimeline,
    ),
});

export { setLocale, getLocale, followDocumentLocale } from './localization/locale.js';
export { VERSION } from './version.js';

// The base every element shares (Lit, the theme, the base class) lives in this module, so an
// element's chunk arrives with all it needs already loaded: one request per element, no waterfall.
export { WidgetElement } from './internal/widget-element.js';
export { themeStyles, darkThemeStyles } from './internal/theme.styles.js';
export * as icons from './internal/icons.js';
export { ifDefined } from 'lit/directives/if-defined.js';
export { headingAt } from './internal/heading.js';
