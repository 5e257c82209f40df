/**
 * The one object per page that every copy of the library finds, whatever URL or bundle it came
 * from (`botox-widgets.js?ver=6.1.9` and `botox-widgets.js`, a copy of `dist/` in a second
 * folder, an app's own bundle): `globalThis[Symbol.for('botox-migraine-widgets/runtime@<major>')]`.
 * The page's language state, wording and loaders live in it (src/localization/store.ts and
 * runtime.ts), and so do the script tag's autoloader and API (src/cdn.ts): any copy's
 * `setLocale` reaches every widget, and a second script tag defines nothing.
 *
 * Copies of one major version share it: the first to need it creates it, and its version is the
 * one in use. A change to the shape of what it holds is a breaking change (a new major, a new key).
 */
import { VERSION } from '../version.js';
import { warnOnce } from './warn.js';

/** The version of the copy that created the object, and each layer's part, by name. */
type Page = { version: string } & Record<string, unknown>;

const KEY = Symbol.for(`botox-migraine-widgets/runtime@${VERSION.split('.')[0]}`);
const scope = globalThis as unknown as Record<symbol, Page | undefined>;

let page: Page | undefined;

/** The part `name` of the page's object, created with `create` by the first copy that needs it. */
export function pagePart<T>(name: string, create: () => T): T {
  if (!page) {
    page = scope[KEY] ??= { version: VERSION };
    if (page.version !== VERSION) warnVersions(page.version);
  }
  return (page[name] ??= create()) as T;
}

/** The part `name` if a copy has created it (creates nothing). */
export const peekPart = <T>(name: string): T | undefined => scope[KEY]?.[name] as T | undefined;

/** Writes a console warning once per page for `key`, whichever copy runs into it. */
export const warnOnPage = (key: string, message: string): void =>
  warnOnce(pagePart<object>('warned', Object), key, message);

/** Warns, once per page, that version `used` loaded first, so version `other` is unused. */
export function warnVersions(used: string, other = VERSION): void {
  warnOnPage(
    `version:${other}`,
    `this page loads versions ${used} and ${other}, and uses ${used}: remove the other copy.`,
  );
}
