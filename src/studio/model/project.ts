/**
 * The clinic's project: a new one, one read back from storage or a file (checked field by
 * field, never trusted), and what it means for the widgets: the wording to apply, the progress
 * of an added language. Pure functions.
 */
import { normalizeHex } from './colours.js';
import { checkLanguageTag } from './languages.js';
import { usable } from './messages.js';
import type { AddedLanguage, CatalogMessage, Project, StudioData } from './types.js';

export const PROJECT_FORMAT = 'botox-widgets-studio';

/** A new project: the first widget, no changes, English. */
export function newProject(data: StudioData): Project {
  return {
    format: PROJECT_FORMAT,
    version: 1,
    widget: data.elements[0]?.tag ?? '',
    attributes: {},
    colours: {},
    locale: data.source,
    fixLocale: true,
    wording: {},
    languages: {},
    scriptUrl: '',
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Only string entries whose key passes `keep`. */
function strings(value: unknown, keep: (key: string) => boolean): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && keep(entry[0]),
    ),
  );
}

/**
 * A project from stored or loaded data: unknown widgets, attributes, colours, ids and
 * languages are dropped; anything missing takes the new project's value. Returns `undefined`
 * when `value` is not a studio project at all.
 */
export function readProject(value: unknown, data: StudioData): Project | undefined {
  if (!isRecord(value) || value.format !== PROJECT_FORMAT) return undefined;
  const project = newProject(data);
  const tags = new Map(data.elements.map((element) => [element.tag, element]));
  const ids = new Set(data.messages.map((message) => message.id));
  const colours = new Set(data.colours.map((token) => token.name));

  if (typeof value.widget === 'string' && tags.has(value.widget)) project.widget = value.widget;
  if (isRecord(value.attributes)) {
    for (const [tag, attributes] of Object.entries(value.attributes)) {
      const element = tags.get(tag);
      if (!element) continue;
      const names = new Set(element.attributes.filter((a) => a.block).map((a) => a.name));
      project.attributes[tag] = strings(attributes, (name) => names.has(name));
    }
  }
  for (const [name, colour] of Object.entries(strings(value.colours, (n) => colours.has(n)))) {
    const hex = normalizeHex(colour);
    if (hex) project.colours[name] = hex;
  }
  if (isRecord(value.wording)) {
    for (const [code, messages] of Object.entries(value.wording))
      if (data.locales.includes(code))
        project.wording[code] = strings(messages, (id) => ids.has(id));
  }
  if (isRecord(value.languages)) {
    for (const [code, language] of Object.entries(value.languages)) {
      const check = checkLanguageTag(code, data.locales, Object.keys(project.languages));
      if (!check.ok || check.code !== code || !isRecord(language)) continue;
      project.languages[code] = {
        dir: language.dir === 'rtl' ? 'rtl' : 'ltr',
        from:
          typeof language.from === 'string' && data.locales.includes(language.from)
            ? language.from
            : data.source,
        messages: strings(language.messages, (id) => ids.has(id)),
      };
    }
  }
  const locales = [...data.locales, ...Object.keys(project.languages)];
  if (typeof value.locale === 'string' && locales.includes(value.locale))
    project.locale = value.locale;
  if (typeof value.fixLocale === 'boolean') project.fixLocale = value.fixLocale;
  if (typeof value.scriptUrl === 'string') project.scriptUrl = value.scriptUrl.trim();
  return project;
}

/** Every language the project can show: the shipped ones, then the added ones. */
export const projectLocales = (project: Project, data: StudioData): string[] => [
  ...data.locales,
  ...Object.keys(project.languages),
];

/** The clinic's texts for `code`, shipped or added (what the fields hold). */
export const editedTexts = (project: Project, code: string): Record<string, string> =>
  project.languages[code]?.messages ?? project.wording[code] ?? {};

/**
 * The wording the widgets get, per language: for a shipped language the usable changes
 * (`setMessages`), for an added one its usable texts (`registerLocale`), in catalogue order.
 * Empty or broken texts are left out, so the widget shows the shipped (or English) text.
 */
export function appliedWording(
  project: Project,
  data: StudioData,
): { changed: Record<string, Record<string, string>>; added: Record<string, AddedLanguage> } {
  const pick = (texts: Record<string, string>) =>
    Object.fromEntries(
      data.messages
        .filter((message) => usable(texts[message.id], message))
        .map((message) => [message.id, texts[message.id] as string]),
    );
  const changed: Record<string, Record<string, string>> = {};
  for (const code of data.locales) {
    const texts = pick(project.wording[code] ?? {});
    if (Object.keys(texts).length > 0) changed[code] = texts;
  }
  const added: Record<string, AddedLanguage> = {};
  for (const [code, language] of Object.entries(project.languages))
    added[code] = { ...language, messages: pick(language.messages) };
  return { changed, added };
}

/** An added language's progress: usable texts out of all messages. */
export function progress(
  language: AddedLanguage,
  messages: readonly CatalogMessage[],
): { translated: number; total: number } {
  return {
    translated: messages.filter((message) => usable(language.messages[message.id], message)).length,
    total: messages.length,
  };
}

/**
 * A new language's starting texts: none (English shows until translated) or a copy of a shipped
 * translation to adapt.
 */
export function startingTexts(from: string, data: StudioData): Record<string, string> {
  if (from === data.source || !data.locales.includes(from)) return {};
  return Object.fromEntries(
    data.messages
      .filter((message) => message.translations[from] !== undefined)
      .map((message) => [message.id, message.translations[from] as string]),
  );
}
