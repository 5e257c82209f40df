// Every message the widgets show, with what a tool needs to let people edit it: the element that
// shows it, its English text, the translator's note, its placeholders and the shipped
// translations. Read from the XLIFF files (scripts/xliff.mjs), so it cannot drift from them.
// Shared by the WordPress plugin's build (generated/messages.json) and the clinic studio's
// build (vite.config.ts, mode "studio").
import { join } from 'node:path';
import { localizeConfig, readMessages, readXliff } from './xliff.mjs';
import { SHIPPED_LOCALES, localeDirection } from '../dist/npm/index.js';

/**
 * `{ source, locales, dir, order, messages }`:
 * - `locales`: the source language first, then the targets of lit-localize.json (checked against
 *   the languages the build ships);
 * - `dir`: code → `'rtl'` for each right-to-left shipped language;
 * - `order`: every id in the order of the XLIFF files (what `lit-localize extract` writes);
 * - `messages`, sorted by id: `{ id, element, text, desc, placeholders: [{ token, code }],
 *   translations: { [code]: text } }`.
 *
 * `tags` are the element tags; a message belongs to the one named by its id's first part
 * (`candidacy.…` → `botox-candidacy-check`). `root` is the repository folder. Throws when a
 * message has no single element, or a translation lost a placeholder.
 */
export function messageCatalog(tags, root = '.') {
  const file = localizeConfig(join(root, 'lit-localize.json'));
  const config = {
    ...file,
    interchange: { ...file.interchange, xliffDir: join(root, file.interchange.xliffDir) },
  };
  const locales = [config.sourceLocale, ...config.targetLocales];
  if (locales.join() !== SHIPPED_LOCALES.join())
    throw new Error(
      `lit-localize.json lists ${locales.join()}, the build ships ${SHIPPED_LOCALES}`,
    );
  const elementOf = (id) => {
    const prefix = id.split('.')[0];
    const matches = tags.filter((tag) => tag.split('-').includes(prefix));
    if (matches.length !== 1)
      throw new Error(`message "${id}": no single element is named after "${prefix}"`);
    return matches[0];
  };
  const messages = readMessages(config).map(({ id, text, note, placeholders, translations }) => {
    for (const [locale, translation] of Object.entries(translations))
      for (const { token } of placeholders)
        if (!translation.includes(token))
          throw new Error(`message "${id}" (${locale}) lost ${token}`);
    return {
      id,
      element: elementOf(id),
      text,
      desc: note,
      placeholders: placeholders.map(({ token, code }) => ({ token, code })),
      translations: Object.fromEntries(
        config.targetLocales
          .filter((code) => code in translations)
          .map((c) => [c, translations[c]]),
      ),
    };
  });
  return {
    source: config.sourceLocale,
    locales,
    dir: Object.fromEntries(
      locales.filter((code) => localeDirection(code) === 'rtl').map((code) => [code, 'rtl']),
    ),
    order: readXliff(config.targetLocales[0], config).map((unit) => unit.id),
    messages,
  };
}
