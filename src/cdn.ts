/**
 * The script-tag entry, `dist/botox-widgets.js`: a small autoloader and the language API, and
 * nothing else. The first time the page shows a widget, the widget's own chunk and one shared
 * chunk (Lit, the theme, the base class, the language runtime) load side by side; each
 * translation is a chunk of its own. A page pays only for the widgets and languages it shows.
 * Every chunk is resolved relative to this module's own URL, so the folder works from any path.
 *
 * The entry shares no module with its chunks (each module it imports is its own copy, see
 * vite.config.ts): the chunks never import it, so `botox-widgets.js?ver=6.1.9` beside
 * `import … from 'botox-widgets.js'` is two small entries on one set of chunks. And the first
 * copy on the page runs the page (src/core/page.ts): a second script tag, from any URL or
 * folder, defines nothing, and its API is the first one's, so any copy's `setLocale` reaches
 * every widget.
 *
 * Its exports let a page pick the language, change wording, or load an element by hand (for a
 * widget inside another component's shadow root, which the autoloader cannot see):
 * `import { setLocale, load } from '…/botox-widgets.js'`.
 */
import { autoload, type ElementLoader } from './internal/autoloader.js';
import { pagePart, peekPart } from './core/page.js';
import type * as Shared from './internal/script-tag.js';
import type { Messages } from './localization/messages.js';
// Imported last: first in the output, the table keeps the minifier from inlining a constant
// of warn.ts (9 B more gzip).
import { ELEMENTS } from './elements.js';

export { VERSION } from './version.js';

// The tag map of the elements this module defines, for the script tag's types (types only).
export type {} from './components/benefits-list/define.js';
export type {} from './components/botox-candidacy-check/define.js';
export type {} from './components/treatment-timeline/define.js';

/** The script tag's API, as the first copy on the page provides it. */
interface ScriptTag {
  load(tag: string): Promise<void>;
  setLocale(tag: string): Promise<string>;
  followDocumentLocale(): Promise<string>;
  registerLocale(code: string, messages: Messages, options?: { dir?: 'ltr' | 'rtl' }): void;
  setMessages(code: string, messages: Messages): void;
  clearMessages(code?: string): void;
}

/** A function of the shared chunk, other than its start; its result. */
type SharedName = Exclude<keyof typeof Shared, 'start'>;
type Result<Name extends SharedName> = Awaited<ReturnType<(typeof Shared)[Name]>>;
/** The same function, called from the entry: it waits for the shared chunk. */
type Later<Name extends SharedName> = (
  ...args: Parameters<(typeof Shared)[Name]>
) => Promise<Result<Name>>;

/** The API of the first copy on the page (this one's, if it is the first: then it runs the page). */
const first = pagePart('scriptTag', (): ScriptTag => {
  let ready: Promise<typeof Shared> | undefined;
  const shared = () =>
    (ready ??= import('./internal/script-tag.js').then(async (module) => {
      await module.start();
      return module;
    }));
  // A page with a data block also needs its reader: fetch it beside the shared chunk.
  if (
    typeof document !== 'undefined' &&
    document.querySelector('script[type="application/json"][data-botox-widgets]')
  ) {
    void import('./localization/page-config.js');
  }
  /** Each element's chunk (src/elements.ts), loaded beside the shared one; ready once both are in. */
  const loaders: Record<string, ElementLoader> = {};
  for (const tag in ELEMENTS) {
    loaders[tag] = () =>
      Promise.all([ELEMENTS[tag as keyof typeof ELEMENTS](), shared()]).then(([ctor]) => ctor);
  }
  /** The shared chunk's function of that name, called once the chunk is in (and started). */
  const later =
    <Name extends SharedName>(name: Name): Later<Name> =>
    (...args) =>
      shared().then((module) => (module[name] as (...args: unknown[]) => Result<Name>)(...args));
  const api = {
    // Each loader above waits for the shared chunk too, so this resolves at once.
    load: autoload(loaders, later('defineElement')),
  } as ScriptTag;
  // The language API, by name (each name once: the entry stays at its 1.2 kB gzip).
  for (const name of [
    'setLocale',
    'followDocumentLocale',
    'registerLocale',
    'setMessages',
    'clearMessages',
  ] as const) {
    (api as Record<typeof name, unknown>)[name] = later(name);
  }
  return api;
});

/** Loads and registers one element now (resolves when it is defined). */
export const load = (tag: string): Promise<void> => first.load(tag);

/**
 * Chooses the widgets' language, overriding `<html lang>` from now on (best match: `es-MX` →
 * `es`). Resolves with the code in use once its translation has loaded.
 */
export const setLocale = (tag: string): Promise<string> => first.setLocale(tag);

/** Goes back to following `<html lang>` (the default). Resolves with the code in use. */
export const followDocumentLocale = (): Promise<string> => first.followDocumentLocale();

/** The language the widgets speak now. */
export const getLocale = (): string => peekPart<{ active: string }>('language')?.active ?? 'en';

/**
 * Replaces the wording of any messages, by id, in one language; later calls add to earlier ones
 * (see docs/messages.md). Applies as soon as the shared chunk is in.
 */
export const setMessages = (code: string, messages: Messages): void => {
  first.setMessages(code, messages);
};

/** Removes the wording set with `setMessages` for one language, or for all. */
export const clearMessages = (code?: string): void => {
  first.clearMessages(code);
};

/** Adds a language the library does not ship, from plain data: message id → text. */
export const registerLocale = (
  code: string,
  messages: Messages,
  options?: { dir?: 'ltr' | 'rtl' },
): void => {
  first.registerLocale(code, messages, options);
};
