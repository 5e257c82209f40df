// Reads the XLIFF files that `lit-localize extract` writes (`xliff/<locale>.xlf`, one per target
// language): every message id with its English text, its translation and its translator note.
// Shared by `scripts/messages-doc.mjs` (docs/messages.md) and `scripts/build-wordpress.mjs`
// (the plugin's generated/messages.json), so both show the same texts.
//
// A placeholder (`<x id="0" equiv-text="${clinic}"/>`) becomes `{0}`, `{1}`, … by its id, as in
// docs/messages.md and in the JSON the library's `setMessages` / `registerLocale` take. A
// translation may move placeholders; their ids stay those of the English text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `lit-localize.json`: the source language, the target languages and the XLIFF folder. */
export function localizeConfig(file = 'lit-localize.json') {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The five XML entities of the XLIFF text, decoded. */
export const decodeXml = (text) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * The text of a `<source>` or `<target>`: placeholders as `{n}` (by their `id`, or in order
 * when an `<x/>` has none), entities decoded.
 */
function messageText(xml) {
  let index = 0;
  return decodeXml(
    xml.replace(/<x\b([^>]*)\/>/g, (_, attributes) => {
      const id = /\bid="(\d+)"/.exec(attributes)?.[1];
      const n = id === undefined ? index : Number(id);
      index++;
      return `{${n}}`;
    }),
  );
}

/**
 * Parses the text of one XLIFF file into its units, in file order:
 * `{ id, source, target, note, placeholders }`, where `target` is `undefined` when the unit has
 * no (or an empty) translation and `placeholders` lists the English text's `{n}` in order, each
 * with the expression it stands for in the code (`{ token: '{0}', code: '${clinic}' }`).
 */
export function parseXliff(xml) {
  return [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(
    ([, id, body]) => {
      const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
      const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
      let index = 0;
      const placeholders = [...source.matchAll(/<x\b([^>]*)\/>/g)].map(([, attributes]) => {
        const id = /\bid="(\d+)"/.exec(attributes)?.[1];
        const n = id === undefined ? index : Number(id);
        index++;
        return {
          token: `{${n}}`,
          code: decodeXml(/\bequiv-text="([^"]*)"/.exec(attributes)?.[1] ?? ''),
        };
      });
      return {
        id: decodeXml(id),
        source: messageText(source),
        target: target === undefined || target.trim() === '' ? undefined : messageText(target),
        note: decodeXml(/<note[^>]*>([\s\S]*?)<\/note>/.exec(body)?.[1] ?? ''),
        placeholders,
      };
    },
  );
}

/** The units of `<xliffDir>/<locale>.xlf` (see `parseXliff`). */
export function readXliff(locale, config = localizeConfig()) {
  const dir = config.interchange?.xliffDir ?? 'xliff/';
  return parseXliff(readFileSync(join(dir, `${locale}.xlf`), 'utf8'));
}

/**
 * Every message, sorted by id: `{ id, text, note, placeholders, translations }`, with the English
 * text and note (read from the first target language's file, as every file carries them) and
 * `translations` = target locale → translated text, for each language that translates it.
 * Throws when the files disagree on the ids or on an English text.
 */
export function readMessages(config = localizeConfig()) {
  const [first, ...others] = config.targetLocales;
  const byId = new Map(
    readXliff(first, config).map((unit) => [
      unit.id,
      {
        id: unit.id,
        text: unit.source,
        note: unit.note,
        placeholders: unit.placeholders,
        translations: unit.target === undefined ? {} : { [first]: unit.target },
      },
    ]),
  );
  for (const locale of others) {
    const units = readXliff(locale, config);
    if (units.length !== byId.size)
      throw new Error(`xliff/${locale}.xlf has ${units.length} messages, ${first} ${byId.size}`);
    for (const unit of units) {
      const message = byId.get(unit.id);
      if (!message) throw new Error(`xliff/${locale}.xlf: unknown message "${unit.id}"`);
      if (message.text !== unit.source)
        throw new Error(`xliff/${locale}.xlf: "${unit.id}" has another English text`);
      if (unit.target !== undefined) message.translations[locale] = unit.target;
    }
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
