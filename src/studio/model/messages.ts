/**
 * Checks of one message's wording, as a clinic types it: placeholders kept, none invented, no
 * markup (which the widgets would show as characters). Pure functions.
 */
import type { CatalogMessage } from './types.js';

export type MessageIssue =
  | { kind: 'missing'; token: string }
  | { kind: 'extra'; token: string }
  | { kind: 'markup'; sample: string };

const PLACEHOLDER = /\{\d+\}/g;
/** A tag (`<b>`, `</p>`, `<img …>`), a comment, or an HTML entity (`&amp;`, `&#39;`). */
const MARKUP = /<\/?[a-z][^<>]*>|<!--|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;

/** The placeholders written in a text, in order, with repeats. */
export const placeholdersIn = (text: string): string[] => text.match(PLACEHOLDER) ?? [];

/**
 * The problems of `text` as the wording of `message`: each placeholder of the English text
 * that is missing, each one it does not have, and the first piece of markup. An empty list when
 * the text can be used.
 */
export function checkMessage(text: string, message: CatalogMessage): MessageIssue[] {
  const issues: MessageIssue[] = [];
  const expected = message.placeholders.map(({ token }) => token);
  const given = new Set(placeholdersIn(text));
  for (const token of expected) if (!given.has(token)) issues.push({ kind: 'missing', token });
  for (const token of given) if (!expected.includes(token)) issues.push({ kind: 'extra', token });
  const markup = MARKUP.exec(text);
  if (markup) issues.push({ kind: 'markup', sample: markup[0].slice(0, 40) });
  return issues;
}

/**
 * Whether a text can replace the shipped one: not empty, and no placeholder missing or extra.
 * (Markup is reported but allowed: it shows as the characters typed, never as HTML.)
 */
export const usable = (text: string | undefined, message: CatalogMessage): text is string =>
  text !== undefined &&
  text.trim() !== '' &&
  checkMessage(text, message).every((issue) => issue.kind === 'markup');

/**
 * The text the widget shows for `message` in `code`: the clinic's usable text, else the shipped
 * translation, else English. `added` is the clinic's text for the message in that language.
 */
export function shownText(message: CatalogMessage, code: string, added?: string): string {
  if (usable(added, message)) return added;
  return message.translations[code] ?? message.text;
}

/**
 * After an edit, the placeholders that `before` had and `after` lost (each once): the studio
 * puts them back, so a placeholder cannot be deleted by accident.
 */
export function lostPlaceholders(before: string, after: string, message: CatalogMessage): string[] {
  const had = new Set(placeholdersIn(before));
  const has = new Set(placeholdersIn(after));
  return message.placeholders
    .map(({ token }) => token)
    .filter((token) => had.has(token) && !has.has(token));
}
