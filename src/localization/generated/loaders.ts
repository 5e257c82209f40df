// Do not modify this file by hand!
// Re-generate it with `npm run localize:build`.

/** Lazy loaders of every shipped translation, by language and message group. */
export const loaders: Record<string, Record<string, () => Promise<{ templates: Record<string, unknown> }>>> = {
  'ar': {
    'benefits': () => import('./locales/ar/benefits.js'),
    'candidacy': () => import('./locales/ar/candidacy.js'),
    'candidacy-result': () => import('./locales/ar/candidacy-result.js'),
    'timeline': () => import('./locales/ar/timeline.js'),
  },
  'de': {
    'benefits': () => import('./locales/de/benefits.js'),
    'candidacy': () => import('./locales/de/candidacy.js'),
    'candidacy-result': () => import('./locales/de/candidacy-result.js'),
    'timeline': () => import('./locales/de/timeline.js'),
  },
  'es': {
    'benefits': () => import('./locales/es/benefits.js'),
    'candidacy': () => import('./locales/es/candidacy.js'),
    'candidacy-result': () => import('./locales/es/candidacy-result.js'),
    'timeline': () => import('./locales/es/timeline.js'),
  },
  'fr': {
    'benefits': () => import('./locales/fr/benefits.js'),
    'candidacy': () => import('./locales/fr/candidacy.js'),
    'candidacy-result': () => import('./locales/fr/candidacy-result.js'),
    'timeline': () => import('./locales/fr/timeline.js'),
  },
  'pt-BR': {
    'benefits': () => import('./locales/pt-BR/benefits.js'),
    'candidacy': () => import('./locales/pt-BR/candidacy.js'),
    'candidacy-result': () => import('./locales/pt-BR/candidacy-result.js'),
    'timeline': () => import('./locales/pt-BR/timeline.js'),
  },
  'zh-Hans': {
    'benefits': () => import('./locales/zh-Hans/benefits.js'),
    'candidacy': () => import('./locales/zh-Hans/candidacy.js'),
    'candidacy-result': () => import('./locales/zh-Hans/candidacy-result.js'),
    'timeline': () => import('./locales/zh-Hans/timeline.js'),
  },
};
