/**
 * A clinic's own wording and languages added at run time: `setMessages`, `clearMessages` and
 * `registerLocale`. Its own module, so a bundle that never calls them does not carry them.
 *
 * Each call adds to what came before, by message id, and applies at once to the widgets on the
 * page and to those that connect later; the page's data block (page-config.ts) gives way to any
 * call, whenever the block is read. So the result is the same in any order.
 */
import { matchLocale } from './match.js';
import { checkMessages, type Messages } from './messages.js';
import { reactivate } from './runtime.js';
import { SHIPPED_LOCALES, availableLocales, getLocale, notify, type Wording } from './store.js';
import { pagePart, warnOnPage as warn } from '../core/page.js';
import { describeValue } from '../core/warn.js';

/** The page's wording (see store.ts), which only this module changes. */
const wording = (): Wording =>
  pagePart('wording', (): Wording => ({ overrides: new Map(), registered: new Map() }));

const TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/**
 * Warns about ids no message has. The ids come from a small generated list, loaded only now, so a
 * page that changes some wording downloads no translation it does not show; if the list cannot
 * load, the check is skipped.
 */
async function reportUnknownIds(messages: Messages, caller: string): Promise<void> {
  const ids = Object.keys(messages);
  if (ids.length === 0) return;
  let known: readonly string[];
  try {
    ({ MESSAGE_IDS: known } = await import('./generated/message-ids.js'));
  } catch {
    return;
  }
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    warn(
      `${caller}:unknown:${unknown.join()}`,
      `${caller}: no message has the id ${unknown.map((id) => `"${id}"`).join(', ')}`,
    );
  }
}

/**
 * @internal Checks and adds wording for `code`, as `setMessages` does, or, with `register`, as
 * `registerLocale` does. `caller` names the call in warnings (`setMessages("en", …)`, or the
 * data block); with `under`, what calls set before is kept.
 */
export function addMessages(
  code: unknown,
  messages: unknown,
  caller: string,
  register: boolean,
  dir?: unknown,
  under = false,
): void {
  if (typeof code !== 'string' || !TAG.test(code)) {
    warn(`${caller}:tag`, `${caller}: ignored ${describeValue(code)}, which is not a language tag`);
    return;
  }
  const { messages: valid, rejected } = checkMessages(messages);
  if (rejected.length > 0) {
    warn(
      `${caller}:${rejected.join()}`,
      `${caller}: ignored entries that are not text: ${rejected.join(', ')}`,
    );
  }
  void reportUnknownIds(valid, caller);
  const { overrides, registered } = wording();
  // Each call adds to the one before, by id; with `under` (the data block), what calls gave wins.
  const merge = <T>(before: T | undefined, given: T): T =>
    under ? { ...given, ...before } : { ...before, ...given };
  if (register && !(SHIPPED_LOCALES as readonly string[]).includes(code)) {
    const before = registered.get(code);
    const given = dir === 'rtl' || dir === 'ltr' ? dir : undefined;
    registered.set(code, {
      messages: merge(before?.messages, valid),
      dir: under ? (before?.dir ?? given) : (given ?? before?.dir),
    });
    // The widgets may show this language already, or the page may ask for it (`<html lang>`
    // or `setLocale`).
    if (code === getLocale()) notify();
    else void reactivate();
    return;
  }
  const key = matchLocale(code, availableLocales(), '') || code;
  overrides.set(key, merge(overrides.get(key), valid));
  notify();
}

/**
 * Replaces the wording of any messages, by id, in one language (shipped or registered). Later
 * calls add to earlier ones. Placeholders are written `{0}`, `{1}`, … in the order of the
 * English text (see docs/messages.md). The text is always shown as text, never as HTML.
 */
export function setMessages(code: string, messages: Messages): void {
  addMessages(code, messages, `setMessages(${describeValue(code)}, …)`, false);
}

/** Removes the wording set with `setMessages` for one language, or for all. */
export function clearMessages(code?: string): void {
  const { overrides } = wording();
  if (code === undefined) overrides.clear();
  else overrides.delete(code);
  notify();
}

/**
 * Adds a language the library does not ship, from plain data such as a JSON file: message id →
 * text. Messages it lacks fall back to English; calling it again for the same code adds to what
 * it gave before. `dir` defaults from the language code. The widgets switch to it when
 * `<html lang>` asks for it, or on `setLocale(code)` (before or after this call). For a language
 * the library ships, this is `setMessages`.
 */
export function registerLocale(
  code: string,
  messages: Messages,
  options: { dir?: 'ltr' | 'rtl' } = {},
): void {
  addMessages(code, messages, `registerLocale(${describeValue(code)}, …)`, true, options?.dir);
}
