/**
 * Which language the widgets speak, and when it changes: `<html lang>` (followed, as browser
 * translation tools rewrite it) until `setLocale` or the page's data block pins a language.
 *
 * The order of calls does not matter. `setLocale`, `followDocumentLocale`, `setMessages`,
 * `registerLocale` and the data block give the same result whether they run before, during or
 * after the first widget connects: the runtime starts on whichever comes first and reads the
 * block then (it is page data: any call wins over it, whenever it came), and every change
 * applies to the widgets that connect later as to those already there.
 *
 * It imports no translation and no block reader: the entries plug them in (`useTranslations`,
 * see shipped.ts), so nothing it imports leads back to it. Its state is page-wide, in the store.
 */
import { matchLocale } from './match.js';
import { SOURCE_LOCALE, availableLocales, choice as state, switchTo } from './store.js';
import { warnOnPage } from '../core/page.js';

/** The page's data blocks (see page-config.ts). */
export const PAGE_CONFIGURATION = 'script[type="application/json"][data-botox-widgets]';

/** Whether the language follows `<html lang>` (true until `setLocale` or a data block pins one). */
export function isFollowingDocument(): boolean {
  return state().pinned == null;
}

/**
 * @internal Switches to the best available match for the language asked for now, the pinned one
 * or `<html lang>` (`es-MX` → `es`; unknown → `en`), once its text has loaded. Resolves with the
 * language in use.
 */
export function reactivate(redraw = true): Promise<string> {
  const asked =
    state().pinned ?? (typeof document === 'undefined' ? '' : document.documentElement.lang);
  return switchTo(matchLocale(asked, availableLocales(), SOURCE_LOCALE), redraw);
}

/**
 * Starts the runtime, once per page: follows `<html lang>` from now on and applies the page's
 * data blocks. Resolves once the language they ask for is active. The first widget that connects
 * or the first call of the language API starts it.
 */
export function start(): Promise<void> {
  const current = state();
  return (current.started ??= begin(current));
}

async function begin(current: ReturnType<typeof state>): Promise<void> {
  let configured = false;
  if (typeof document !== 'undefined') {
    new MutationObserver(() => {
      if (isFollowingDocument()) void reactivate(false);
    }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    if (current.reader && document.querySelector(PAGE_CONFIGURATION)) {
      configured = true;
      const locale = await current
        .reader()
        .catch((error: unknown) =>
          warnOnPage('config', `could not read the data-botox-widgets block: ${String(error)}`),
        );
      // A call of setLocale or followDocumentLocale wins over the block, whenever it came.
      if (locale && current.pinned === undefined) current.pinned = locale;
    }
  }
  await reactivate(configured);
}

/** Pins `pinned`, or follows `<html lang>` with `null`, whenever the runtime starts. */
async function choose(pinned: string | null): Promise<string> {
  state().pinned = pinned;
  await start();
  return reactivate();
}

/**
 * Chooses the widgets' language explicitly, overriding `<html lang>` from now on. Takes any
 * language tag and uses the best available match (`es-MX` → `es`; unknown → `en`). Resolves with
 * the code in use once its translation has loaded.
 */
export const setLocale = (tag: string): Promise<string> => choose(String(tag));

/** Goes back to following `<html lang>` after a `setLocale` call (or a data block's `locale`). */
export const followDocumentLocale = (): Promise<string> => choose(null);
