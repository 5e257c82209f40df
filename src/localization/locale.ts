/**
 * The library's language runtime: which language the widgets speak, where it comes from
 * (`<html lang>` by default, or an explicit `setLocale`) and lazy loading of translations.
 *
 * Nothing here runs at import time: the first widget that connects starts it, so importing the
 * library on a server or in a test has no side effects.
 */
import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from './generated/locale-codes.js';
import { matchLocale } from './match.js';
import { LOG_PREFIX } from '../internal/warn.js';

/** A language code the library ships. */
export type LocaleCode = (typeof allLocales)[number];

/** Every language the library ships, the source language (`en`) first. */
export const SUPPORTED_LOCALES: readonly LocaleCode[] = [sourceLocale, ...targetLocales];

/** The language the widgets are written in, used when nothing better matches. */
export const SOURCE_LOCALE: LocaleCode = sourceLocale;

type TargetLocale = (typeof targetLocales)[number];

/**
 * One static loader per shipped translation. Static (not a template-literal import) so every
 * bundler and dev server sees each chunk; a test keeps this map in step with the XLIFF targets.
 */
export const LOCALE_LOADERS: Record<TargetLocale, () => Promise<unknown>> = {
  es: () => import('./generated/locales/es.js'),
};

type Runtime = ReturnType<typeof configureLocalization>;

let runtime: Runtime | null | undefined;
let followDocument = true;
let observer: MutationObserver | undefined;

function getRuntime(): Runtime | null {
  if (runtime !== undefined) return runtime;
  try {
    runtime = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (code) =>
        LOCALE_LOADERS[code as TargetLocale]() as ReturnType<
          Parameters<typeof configureLocalization>[0]['loadLocale']
        >,
    });
  } catch (error) {
    // Another copy of @lit/localize on this page was configured first; keep the source text.
    console.warn(`${LOG_PREFIX} translations off: ${String(error)}`);
    runtime = null;
  }
  return runtime;
}

async function apply(requested: string | null | undefined): Promise<LocaleCode> {
  const target = matchLocale(requested, SUPPORTED_LOCALES, SOURCE_LOCALE) as LocaleCode;
  const active = getRuntime();
  if (active && active.getLocale() !== target) {
    try {
      await active.setLocale(target);
    } catch (error) {
      console.warn(`${LOG_PREFIX} could not load "${target}": ${String(error)}`);
    }
  }
  return target;
}

function documentLanguage(): string {
  return typeof document === 'undefined' ? '' : document.documentElement.lang;
}

/**
 * Starts following `<html lang>` (once per page; later calls do nothing). Widgets call this when
 * they connect. Browser translation tools rewrite `lang`, so later changes are followed too.
 */
export function startLocaleSync(): void {
  if (observer || typeof MutationObserver === 'undefined' || typeof document === 'undefined') {
    return;
  }
  observer = new MutationObserver(() => {
    if (followDocument) void apply(documentLanguage());
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  if (followDocument) void apply(documentLanguage());
}

/**
 * Chooses the widgets' language explicitly, overriding `<html lang>` from now on. Takes any
 * language tag and uses the best shipped match (`es-MX` → `es`; unknown → `en`). Resolves with
 * the code in use once its translation has loaded.
 */
export function setLocale(tag: string): Promise<LocaleCode> {
  followDocument = false;
  return apply(tag);
}

/** Goes back to following `<html lang>` after a `setLocale` call. */
export function followDocumentLocale(): Promise<LocaleCode> {
  followDocument = true;
  startLocaleSync();
  return apply(documentLanguage());
}

/** The language the widgets currently speak. */
export function getLocale(): LocaleCode {
  return (getRuntime()?.getLocale() ?? SOURCE_LOCALE) as LocaleCode;
}

/** The event name dispatched on `window` when the language starts loading, loads, or fails. */
export { LOCALE_STATUS_EVENT };
