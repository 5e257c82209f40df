/**
 * Wording files in and out: the library's JSON (what `setMessages`, `registerLocale` and the
 * page's data block take) and XLIFF 1.2 as `lit-localize` writes the project's `xliff/` files.
 * Reading never throws: a file that cannot be used gives an error for people and changes nothing.
 */
import type { StudioData } from './types.js';

/** Wording read from a file: language code → id → text, and what was left out. */
export interface WordingFile {
  ok: true;
  languages: Record<string, Record<string, string>>;
  /** Writing directions the file gives (the data block's `dir`). */
  dir: Record<string, 'ltr' | 'rtl'>;
  /** Ids no message has. */
  unknown: string[];
  /** Ids whose value is not text. */
  notText: string[];
}
export interface WordingError {
  ok: false;
  error: string;
}

const CURLY = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The known, text-valued entries of one language's object. */
function entries(
  value: Record<string, unknown>,
  ids: ReadonlySet<string>,
  unknown: string[],
  notText: string[],
): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const [id, text] of Object.entries(value)) {
    if (!ids.has(id)) unknown.push(id);
    else if (typeof text !== 'string') notText.push(id);
    else texts[id] = text;
  }
  return texts;
}

function finish(
  languages: Record<string, Record<string, string>>,
  dir: Record<string, 'ltr' | 'rtl'>,
  unknown: string[],
  notText: string[],
): WordingFile | WordingError {
  if (!Object.values(languages).some((texts) => Object.keys(texts).length > 0))
    return {
      ok: false,
      error:
        unknown.length > 0
          ? `None of its ${unknown.length} ids is a message of the widgets (such as "benefits.heading"). Is it a file for this library?`
          : 'It has no texts.',
    };
  return { ok: true, languages, dir, unknown, notText };
}

/** A file's text without a byte-order mark and outer space; `undefined` when nothing is left. */
function fileText(text: string): string | undefined {
  const source = text.replace(/^\uFEFF/, '').trim();
  return source === '' ? undefined : source;
}
const EMPTY: WordingError = { ok: false, error: 'The file is empty.' };

/**
 * Reads the library's JSON: `{ "id": "text", … }` (for `code`), or a data block's
 * `{ "messages": { "<code>": { … } }, "dir": { … } }`.
 */
export function readWordingJson(
  text: string,
  code: string,
  data: StudioData,
): WordingFile | WordingError {
  const source = fileText(text);
  if (source === undefined) return EMPTY;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    if (CURLY.test(source))
      return {
        ok: false,
        error:
          'It is not valid JSON: it has curly quotes (“ ” or « ») where JSON needs straight ones ("). A word processor may have changed them; open the file in a plain text editor, or export it again.',
      };
    return {
      ok: false,
      error: `It is not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
  if (!isRecord(value))
    return { ok: false, error: 'It is not a wording file: expected { "message id": "text", … }.' };
  if (value.format === 'botox-widgets-studio')
    return { ok: false, error: 'This is a studio project file: open it with “Open project”.' };
  const ids = new Set(data.messages.map((message) => message.id));
  const unknown: string[] = [];
  const notText: string[] = [];
  const languages: Record<string, Record<string, string>> = {};
  const dir: Record<string, 'ltr' | 'rtl'> = {};
  if ('messages' in value) {
    if (!isRecord(value.messages))
      return {
        ok: false,
        error:
          'Its "messages" is not one entry per language: expected { "messages": { "vi": { "message id": "text" } } }.',
      };
    for (const [language, texts] of Object.entries(value.messages)) {
      if (!isRecord(texts)) {
        notText.push(language);
        continue;
      }
      languages[language] = entries(texts, ids, unknown, notText);
    }
    if (isRecord(value.dir))
      for (const [language, direction] of Object.entries(value.dir))
        if (direction === 'rtl' || direction === 'ltr') dir[language] = direction;
  } else {
    languages[code] = entries(value, ids, unknown, notText);
  }
  return finish(languages, dir, unknown, notText);
}

/** JSON for `setMessages(code, …)` / `registerLocale(code, …)`: id → text, in id order. */
export function writeWordingJson(texts: Record<string, string>): string {
  const sorted = Object.fromEntries(Object.entries(texts).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// XLIFF 1.2

const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/**
 * XLIFF 1.2 for `code`, as `lit-localize extract` writes `xliff/<code>.xlf`: every message in
 * the files' order, its English source, the translation in `texts` as `<target>` (none where
 * `texts` has no text), the note; placeholders as `<x id="n" equiv-text="…"/>`.
 */
export function writeXliff(code: string, texts: Record<string, string>, data: StudioData): string {
  const byId = new Map(data.messages.map((message) => [message.id, message]));
  const units = data.order.map((id) => {
    const message = byId.get(id);
    if (!message) throw new Error(`no message ${id}`);
    const codes = new Map(message.placeholders.map(({ token, code: expr }) => [token, expr]));
    const inline = (text: string) =>
      text
        .split(/(\{\d+\})/)
        .map((part, index) =>
          index % 2 === 1 && codes.has(part)
            ? `<x id="${part.slice(1, -1)}" equiv-text="${escapeAttribute(codes.get(part) ?? '')}"/>`
            : escapeText(part),
        )
        .join('');
    const target = texts[id];
    return [
      `<trans-unit id="${escapeAttribute(id)}">`,
      `  <source>${inline(message.text)}</source>`,
      ...(target === undefined || target === '' ? [] : [`  <target>${inline(target)}</target>`]),
      ...(message.desc ? [`  <note from="lit-localize">${escapeText(message.desc)}</note>`] : []),
      '</trans-unit>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
    `<file target-language="${escapeAttribute(code)}" source-language="${escapeAttribute(data.source)}" original="lit-localize-inputs" datatype="plaintext">`,
    '<body>',
    ...units,
    '</body>',
    '</file>',
    '</xliff>',
    '',
  ].join('\n');
}

/** A `<target>`'s text: `<x id="n"/>` → `{n}` (by id, or in order), other markup's text kept. */
function targetText(node: Node): string {
  let text = '';
  let index = 0;
  const walk = (parent: Node) => {
    for (const child of Array.from(parent.childNodes)) {
      if (child.nodeType === 3 || child.nodeType === 4) text += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const element = child as Element;
        if (element.localName === 'x') {
          const id = element.getAttribute('id');
          text += `{${id !== null && /^\d+$/.test(id) ? id : index}}`;
          index++;
        } else walk(element);
      }
    }
  };
  walk(node);
  return text;
}

/**
 * Reads XLIFF 1.2 (`<trans-unit id>` with `<target>`): the language is the file's
 * `target-language`, else `code`. No DOCTYPE, no entities.
 */
export function readXliff(
  text: string,
  code: string,
  data: StudioData,
): WordingFile | WordingError {
  const source = fileText(text);
  if (source === undefined) return EMPTY;
  if (/<!DOCTYPE|<!ENTITY/i.test(source))
    return { ok: false, error: 'XLIFF files with a DOCTYPE are not accepted.' };
  const document = new DOMParser().parseFromString(source, 'application/xml');
  if (document.getElementsByTagName('parsererror').length > 0)
    return { ok: false, error: 'It is not well-formed XML: a tag is broken or not closed.' };
  const root = document.documentElement;
  if (root.localName !== 'xliff')
    return { ok: false, error: `It is not an XLIFF file (its root is <${root.localName}>).` };
  const language = root.getElementsByTagNameNS('*', 'file')[0]?.getAttribute('target-language');
  const ids = new Set(data.messages.map((message) => message.id));
  const unknown: string[] = [];
  const texts: Record<string, string> = {};
  for (const unit of Array.from(root.getElementsByTagNameNS('*', 'trans-unit'))) {
    const id = unit.getAttribute('id') ?? '';
    const target = Array.from(unit.children).find((child) => child.localName === 'target');
    if (!ids.has(id)) unknown.push(id);
    else if (target) texts[id] = targetText(target);
  }
  return finish({ [language || code]: texts }, {}, unknown, []);
}
