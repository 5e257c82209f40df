/**
 * What the script tag's entry (src/cdn.ts) loads with `import()`, in one shared chunk with Lit,
 * the base class, the theme and the language runtime: the first time the page shows a widget
 * (beside that widget's own chunk, so neither waits for the other) or calls the language API.
 * The element chunks import the same chunk, never the entry, so however many URLs the entry is
 * loaded from (`?ver=…`), there is one copy of everything else per folder.
 */
import { start as startRuntime } from '../localization/runtime.js';
import { LOCALE_LOADERS, readPage } from '../localization/shipped.js';
import { messagesReady, useTranslations } from '../localization/store.js';
import { defineElement as define, type VersionedElement } from './define-element.js';

export { followDocumentLocale, setLocale } from '../localization/runtime.js';
export { clearMessages, registerLocale, setMessages } from '../localization/wording.js';

/** Starts the language runtime; resolves once the page's data block (if any) applies. */
export function start(): Promise<void> {
  useTranslations(LOCALE_LOADERS, readPage);
  return startRuntime();
}

/**
 * Registers an element once its text in the page's language has loaded (or failed to load), so a
 * widget on a Spanish page never draws in English first: until then it is not defined, and the
 * space the page reserves with `:not(:defined)` stays in place.
 */
export async function defineElement(tag: string, ctor: VersionedElement): Promise<void> {
  await messagesReady((ctor as { messageGroups?: readonly string[] }).messageGroups ?? []);
  define(tag, ctor);
}
