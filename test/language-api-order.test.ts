/**
 * The language API gives the same result in any order: each call (`setLocale`,
 * `followDocumentLocale`, `setMessages`, `registerLocale`, and with the page's data block) made
 * before the first widget connects, while it connects (its code and text still loading), and
 * after it has rendered, with the script tag (dist/botox-widgets.js) and with the npm build
 * (dist/npm/, as a bundler resolves it). Each case is a fresh page
 * (test/fixtures/language-api/); it ends with the expected text and language, still there a
 * moment later, with no warning, no error, and no file downloaded twice. Needs `npm run build`
 * first (`npm test` builds before the browser tests).
 */
import { expect } from '@open-wc/testing';
import { templates as de } from '../src/localization/generated/locales/de/benefits.js';
import { templates as fr } from '../src/localization/generated/locales/fr/benefits.js';
import { waitUntil } from './helpers.js';

type Messages = Record<string, string>;
interface Api {
  setLocale(tag: string): Promise<string>;
  followDocumentLocale(): Promise<string>;
  getLocale(): string;
  setMessages(code: string, messages: Messages): void;
  registerLocale(code: string, messages: Messages): void;
}
type PageWindow = Window &
  typeof globalThis & { api?: Api; pageLog: { warnings: string[]; errors: string[] } };

const ENGLISH = 'Benefits of Botox for migraines';
const GERMAN = de['benefits.heading'];
const FRENCH = fr['benefits.heading'];
/** The page's data block in the block cases: Spanish, with one heading of its own. */
const BLOCK = { locale: 'es', messages: { es: { 'benefits.heading': 'Encabezado del bloque' } } };

interface Case {
  name: string;
  /** `<html lang>`. */
  lang: string;
  block?: object;
  /** Part of the page, done as soon as the library is in (before any timing). */
  setup?: (api: Api) => unknown;
  /** The call under test, made before, during or after the first connection. */
  call: (api: Api) => unknown;
  /** The heading before the call (waited for in the "after" timing), and after it. */
  initial: string;
  heading: string;
  locale: string;
}

const CASES: Case[] = [
  {
    name: "setLocale('fr') on a German page",
    lang: 'de',
    call: (api) => api.setLocale('fr'),
    initial: GERMAN,
    heading: FRENCH,
    locale: 'fr',
  },
  {
    name: "followDocumentLocale() after setLocale('fr')",
    lang: 'de',
    setup: (api) => api.setLocale('fr'),
    call: (api) => api.followDocumentLocale(),
    initial: FRENCH,
    heading: GERMAN,
    locale: 'de',
  },
  {
    name: "setMessages('en', …)",
    lang: 'en',
    call: (api) => api.setMessages('en', { 'benefits.heading': 'Why our patients choose Botox' }),
    initial: ENGLISH,
    heading: 'Why our patients choose Botox',
    locale: 'en',
  },
  {
    name: "registerLocale('vi', …) on a Vietnamese page",
    lang: 'vi',
    call: (api) => api.registerLocale('vi', { 'benefits.heading': 'Lợi ích của Botox' }),
    initial: ENGLISH,
    heading: 'Lợi ích của Botox',
    locale: 'vi',
  },
  {
    name: "registerLocale('vi', …) after setLocale('vi')",
    lang: 'en',
    setup: (api) => api.setLocale('vi'),
    call: (api) => api.registerLocale('vi', { 'benefits.heading': 'Lợi ích của Botox' }),
    initial: ENGLISH,
    heading: 'Lợi ích của Botox',
    locale: 'vi',
  },
  {
    name: "the data block, and setLocale('de')",
    lang: 'en',
    block: BLOCK,
    call: (api) => api.setLocale('de'),
    initial: 'Encabezado del bloque',
    heading: GERMAN,
    locale: 'de',
  },
  {
    name: "the data block, and setMessages('es', …) for the same id",
    lang: 'en',
    block: BLOCK,
    call: (api) => api.setMessages('es', { 'benefits.heading': 'Encabezado de la clínica' }),
    initial: 'Encabezado del bloque',
    heading: 'Encabezado de la clínica',
    locale: 'es',
  },
  {
    name: 'the data block, and followDocumentLocale() on a German page',
    lang: 'de',
    block: BLOCK,
    call: (api) => api.followDocumentLocale(),
    initial: 'Encabezado del bloque',
    heading: GERMAN,
    locale: 'de',
  },
];

const BUILDS = { 'script tag': 'script', 'npm build': 'npm' } as const;

const headingIn = (doc: Document) =>
  doc
    .querySelector('benefits-list')
    ?.shadowRoot?.querySelector('[part="heading"]')
    ?.textContent?.trim();

async function openPage(
  page: 'order' | 'element',
  query: Record<string, string>,
): Promise<{ win: PageWindow; doc: Document; api: Api }> {
  const response = await fetch('/dist/botox-widgets.js', { method: 'HEAD' });
  if (!response.ok) throw new Error('dist/ is missing: run `npm run build` first');
  const frame = document.createElement('iframe');
  frame.width = '800';
  frame.height = '900';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/fixtures/language-api/${page}.html?${new URLSearchParams(query)}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  await waitUntil(() => win.api !== undefined, 'the library loaded');
  return { win, doc: frame.contentDocument!, api: win.api! };
}

/** Every file the page fetched, each expected once. */
const downloads = (win: Window) =>
  win.performance.getEntriesByType('resource').map((entry) => entry.name);

/** Checks the page ends in `heading` and `locale`, stays there, and logged nothing. */
async function expectEnd(
  { win, doc, api }: { win: PageWindow; doc: Document; api: Api },
  heading: string,
  locale: string,
): Promise<void> {
  await waitUntil(() => headingIn(doc) === heading, `the heading "${heading}"`);
  await waitUntil(() => api.getLocale() === locale, `getLocale() === '${locale}'`);
  // Nothing switches it back later (the first connection used to override a pinned language).
  await new Promise((resolve) => setTimeout(resolve, 150));
  expect(headingIn(doc), 'the heading a moment later').to.equal(heading);
  expect(api.getLocale(), 'getLocale() a moment later').to.equal(locale);
  expect(win.pageLog.errors, 'errors').to.deep.equal([]);
  expect(win.pageLog.warnings, 'warnings').to.deep.equal([]);
  const files = downloads(win);
  expect(files, 'each file downloaded once').to.have.members([...new Set(files)]);
}

describe('the language API in any order', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const [buildName, build] of Object.entries(BUILDS)) {
    describe(buildName, () => {
      for (const c of CASES) {
        for (const when of ['before', 'during', 'after'] as const) {
          it(`${c.name}, ${when} the first widget connects`, async () => {
            const page = await openPage('order', {
              build,
              lang: c.lang,
              ...(c.block ? { block: JSON.stringify(c.block) } : {}),
            });
            const { doc, api } = page;
            await c.setup?.(api);
            const insert = () => doc.body.append(doc.createElement('benefits-list'));
            if (when === 'before') {
              await c.call(api);
              insert();
            } else if (when === 'during') {
              // Connected (npm) or waiting for its chunk (script tag); its text still loading.
              insert();
              await c.call(api);
            } else {
              insert();
              await waitUntil(() => headingIn(doc) === c.initial, `first "${c.initial}"`);
              await c.call(api);
            }
            await expectEnd(page, c.heading, c.locale);
          });
        }
      }

      for (const page of ['element', 'order'] as const) {
        it(`the data block alone, with the widget ${page === 'element' ? 'in the page' : 'added later'}`, async () => {
          const opened = await openPage(page, { build, lang: 'en', block: JSON.stringify(BLOCK) });
          if (page === 'order') opened.doc.body.append(opened.doc.createElement('benefits-list'));
          await expectEnd(opened, 'Encabezado del bloque', 'es');
        });
      }
    });
  }
});
