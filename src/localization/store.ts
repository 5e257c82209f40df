/**
 * The page's language state: the language the widgets speak and its loaded text, a clinic's own
 * wording, the languages registered at run time, the translation loaders, and the widgets to
 * redraw. It lives in the page's shared object (src/core/page.ts), so every copy of the
 * library on the page reads and changes the same state, and only through the functions below.
 */
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import type { Messages } from './messages.js';
import { useLookup, type Template } from './msg.js';
import { pagePart, peekPart, warnOnPage } from '../core/page.js';

/** A language code the library ships. */
export type ShippedLocale = typeof sourceLocale | (typeof targetLocales)[number];

/** The language the widgets are written in, used when nothing better matches. */
export const SOURCE_LOCALE: ShippedLocale = sourceLocale;

/** Every language the library ships, the source language (`en`) first. */
export const SHIPPED_LOCALES: readonly ShippedLocale[] = [sourceLocale, ...targetLocales];

/** A translation: message id → template. */
export type Catalog = Readonly<Record<string, Template>>;

/** Lazy loaders of translations, by language and message group. */
export type Loaders = Readonly<
  Record<string, Readonly<Record<string, () => Promise<{ templates: Record<string, unknown> }>>>>
>;

/** Reads the page's data blocks, loading the code first (see page-config.ts); resolves with their `locale`. */
export type ConfigurationReader = () => Promise<string | undefined>;

/** @internal What the runtime (runtime.ts) decides the language with. */
export interface Choice {
  /**
   * The language pinned by `setLocale` or the data block; `null` once `followDocumentLocale` is
   * called (a call, before or after the block is read, wins over it); never set: no call yet.
   */
  pinned?: string | null;
  /** The runtime's start (once per page). */
  started?: Promise<void>;
  /** The reader of the page's data blocks (the first copy's). */
  reader?: ConfigurationReader;
}

interface Language extends Choice {
  /** The language the widgets speak, and its text (none for the source language). */
  active: string;
  catalog?: Catalog;
  /** The language being switched to (the active one once its text is in). */
  wanted: string;
  /** The number of the latest switch: only the latest one applies. */
  request: number;
  /** The translations of the copy that brought some first (see useTranslations). */
  loaders?: Loaders;
  /** Loaded translations, by `locale/group`. */
  loaded: Map<string, Catalog>;
  /** Message groups of the elements that have connected so far. */
  required: Set<string>;
  listeners: Set<() => void>;
}

/**
 * @internal A clinic's wording and the languages registered at run time: the page's `wording`
 * part, which only wording.ts writes (so bundles that never change wording do not carry the
 * code); the store reads it.
 */
export interface Wording {
  /** A clinic's own wording, by language. */
  overrides: Map<string, Messages>;
  /** Languages registered at run time; `dir` as given (else it comes from the code). */
  registered: Map<string, { messages: Messages; dir?: 'ltr' | 'rtl' }>;
}

const wording = (): Wording | undefined => peekPart('wording');

let own: Language | undefined;
/** The loaders and block reader this copy brings (see useTranslations). */
let ownLoaders: Loaders | undefined;
let ownReader: ConfigurationReader | undefined;

function language(): Language {
  if (!own) {
    // `msg` looks its text up here from now on (until then there is only the source text).
    useLookup((id) => {
      const { active, catalog } = language();
      const { overrides, registered } = wording() ?? {};
      return (
        overrides?.get(active)?.[id] ??
        registered?.get(active)?.messages[id] ??
        catalog?.[id] ??
        overrides?.get(sourceLocale)?.[id]
      );
    });
    own = pagePart('language', (): Language => ({
      active: sourceLocale,
      wanted: sourceLocale,
      request: 0,
      loaded: new Map(),
      required: new Set(),
      listeners: new Set(),
    }));
  }
  // The first loaders and reader any copy brings are the page's.
  own.loaders ??= ownLoaders;
  own.reader ??= ownReader;
  return own;
}

/** Language subtags written right to left. */
const RTL_LANGUAGES = /^(?:ar|dv|fa|he|ku|ps|sd|ug|ur|yi)(?:-|$)/i;

/**
 * @internal Plugs in the translations to load and the reader of the page's data block (see
 * shipped.ts); nothing of the page is touched until the state is first used. The first copy's
 * win: every copy then downloads each translation from the same URL, once.
 */
export function useTranslations(loaders: Loaders, reader: ConfigurationReader): void {
  ownLoaders ??= loaders;
  ownReader ??= reader;
}

/** @internal The runtime's part of the state. */
export const choice = (): Choice => language();

/** The language the widgets currently speak. */
export function getLocale(): string {
  return language().active;
}

/** Every language available now: the shipped ones and those registered at run time. */
export function availableLocales(): string[] {
  return [...SHIPPED_LOCALES, ...(wording()?.registered.keys() ?? [])];
}

/** The writing direction of a language (`rtl` for Arabic, Hebrew, Persian, Urdu, …). */
export function localeDirection(code: string = getLocale()): 'ltr' | 'rtl' {
  return wording()?.registered.get(code)?.dir ?? (RTL_LANGUAGES.test(code) ? 'rtl' : 'ltr');
}

/**
 * Calls `listener` after every change of language or wording. Returns the function that stops
 * it: widgets subscribe while connected, so none is left behind.
 */
export function onLocaleChange(listener: () => void): () => void {
  const { listeners } = language();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** @internal Redraws every connected widget, of every copy. */
export function notify(): void {
  for (const listener of language().listeners) listener();
}

/**
 * The groups `groups` of the translation of `locale` (loading those not loaded yet) merged with
 * every group loaded before; none for the source language or a registered one.
 */
async function load(locale: string, groups: Iterable<string>): Promise<Catalog | undefined> {
  const { loaders, loaded } = language();
  const byGroup = loaders?.[locale];
  if (!byGroup) return undefined;
  await Promise.all(
    [...groups].map((group) =>
      loaded.has(`${locale}/${group}`)
        ? 0
        : byGroup[group]?.().then(
            (module) => loaded.set(`${locale}/${group}`, module.templates as Catalog),
            (error: unknown) =>
              warnOnPage(`load:${locale}`, `could not load the "${locale}" text: ${String(error)}`),
          ),
    ),
  );
  return Object.assign(
    {},
    ...Object.keys(byGroup).map((group) => loaded.get(`${locale}/${group}`)),
  );
}

/**
 * @internal Switches to `locale` once the text of the page's message groups has loaded, then
 * redraws the widgets: always with `redraw`, otherwise only if the language or its text changed.
 * A later switch wins over this one. Resolves with the language in use.
 */
export async function switchTo(locale: string, redraw: boolean): Promise<string> {
  const state = language();
  const ticket = ++state.request;
  state.wanted = locale;
  const catalog = await load(locale, state.required);
  if (
    ticket === state.request &&
    (redraw || locale !== state.active || catalog !== state.catalog)
  ) {
    state.active = locale;
    state.catalog = catalog;
    notify();
  }
  return state.active;
}

/**
 * Declares the message groups an element needs (its `static messageGroups`); loads them in the
 * language being switched to, then redraws the widgets.
 */
export function requireMessages(groups: readonly string[]): void {
  const { required, loaders, wanted } = language();
  const missing = groups.filter((group) => !required.has(group));
  for (const group of missing) required.add(group);
  // The language being switched to, again: with these groups, which it then merges.
  if (missing.length > 0 && loaders?.[wanted]) void switchTo(wanted, true);
}

/**
 * @internal Declares `groups` like {@link requireMessages} and resolves once their text in the
 * language being switched to has loaded (or failed to load), with the language in use.
 */
export function messagesReady(groups: readonly string[]): Promise<string> {
  requireMessages(groups);
  return switchTo(language().wanted, false);
}
