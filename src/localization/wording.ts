/**
 * A clinic's own wording and languages added at run time: `setMessages`, `clearMessages` and
 * `registerLocale`. Its own module, so a bundle that never calls them does not carry them.
 */
import {
  SHIPPED_LOCALES,
  activate,
  availableLocales,
  documentLanguage,
  getLocale,
  isFollowingDocument,
  localeDirection,
  notify,
  overrides,
  registered,
  warn,
} from './locale.js';
import { matchLocale } from './match.js';
import { checkMessages, type Messages } from './messages.js';

const TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

function checked(code: unknown, messages: unknown, what: string): Messages | null {
  if (typeof code !== 'string' || !TAG.test(code)) {
    warn(
      `${what}:code:${String(code)}`,
      `${what}() ignored: "${String(code)}" is not a language tag`,
    );
    return null;
  }
  const { messages: valid, rejected } = checkMessages(messages);
  if (rejected.length > 0) {
    warn(
      `${what}:${code}:${rejected.join()}`,
      `${what}("${code}") ignored entries that are not text: ${rejected.join(', ')}`,
    );
  }
  void reportUnknownIds(code, valid, what);
  return valid;
}

/**
 * Warns about ids no message has. The ids come from a small generated list, loaded only now, so a
 * page that changes some wording downloads no translation it does not show; if the list cannot
 * load, the check is skipped.
 */
async function reportUnknownIds(code: string, messages: Messages, what: string): Promise<void> {
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
      `${what}:${code}:unknown:${unknown.join()}`,
      `${what}("${code}"): no message has the id ${unknown.map((id) => `"${id}"`).join(', ')}`,
    );
  }
}

/**
 * Replaces the wording of any messages, by id, in one language (shipped or registered). Later
 * calls add to earlier ones. Placeholders are written `{0}`, `{1}`, … in the order of the
 * English text (see docs/messages.md). The text is always shown as text, never as HTML.
 */
export function setMessages(code: string, messages: Messages): void {
  const valid = checked(code, messages, 'setMessages');
  if (!valid) return;
  const key = matchLocale(code, availableLocales(), '') || code;
  overrides.set(key, { ...overrides.get(key), ...valid });
  notify();
}

/** Removes the wording set with `setMessages` for one language, or for all. */
export function clearMessages(code?: string): void {
  if (code === undefined) overrides.clear();
  else overrides.delete(code);
  notify();
}

/**
 * Adds a language the library does not ship, from plain data such as a JSON file: message id →
 * text. Messages it lacks fall back to English. `dir` defaults from the language code. The
 * widgets switch to it when `<html lang>` asks for it, or on `setLocale(code)`.
 */
export function registerLocale(
  code: string,
  messages: Messages,
  options: { dir?: 'ltr' | 'rtl' } = {},
): void {
  const valid = checked(code, messages, 'registerLocale');
  if (!valid) return;
  if ((SHIPPED_LOCALES as readonly string[]).includes(code)) {
    setMessages(code, valid);
    return;
  }
  const dir = options.dir === 'rtl' || options.dir === 'ltr' ? options.dir : undefined;
  registered.set(code, { messages: valid, dir: dir ?? localeDirection(code) });
  if (isFollowingDocument()) void activate(documentLanguage(), true);
  else if (code === getLocale()) notify();
}
