/**
 * One runtime per page, whatever the URL. Pages in test/fixtures/two-urls/ load the built library
 * twice, as sites do: the script tag with `?ver=` beside the page's own import by the plain URL;
 * `dist/` from a second folder beside the first; the script tag beside an app's own bundle (the
 * npm build). Every time: at most one download per distinct URL (the second folder only its
 * entry), one class per tag, every call of the second copy's language API reaching every
 * widget, no warning and no error. And another version first on the page: one warning. Needs
 * `npm run build` first (`npm test` builds before the browser tests).
 */
import { expect } from '@open-wc/testing';
import { templates as benefitsFr } from '../src/localization/generated/locales/fr/benefits.js';
import { templates as candidacyFr } from '../src/localization/generated/locales/fr/candidacy.js';
import { templates as timelineFr } from '../src/localization/generated/locales/fr/timeline.js';
import { VERSION } from '../src/version.js';
import { waitUntil } from './helpers.js';

interface Api {
  setLocale(tag: string): Promise<string>;
  followDocumentLocale(): Promise<string>;
  getLocale(): string;
  setMessages(code: string, messages: Record<string, string>): void;
  clearMessages(code?: string): void;
  registerLocale(code: string, messages: Record<string, string>): void;
}
type PageWindow = Window &
  typeof globalThis & {
    api?: Api;
    tagApi?: Api;
    pageLog: { warnings: string[]; errors: string[] };
  };

const TAGS = ['benefits-list', 'treatment-timeline', 'botox-candidacy-check'] as const;
const ENGLISH = ['Benefits of Botox for migraines', 'Your treatment timeline', 'Is Botox for me?'];
const FRENCH = [
  benefitsFr['benefits.heading'],
  timelineFr['timeline.heading'],
  candidacyFr['candidacy.heading'],
];

async function open(page: string): Promise<{ win: PageWindow; doc: Document; api: Api }> {
  const response = await fetch('/dist/botox-widgets.js', { method: 'HEAD' });
  if (!response.ok) throw new Error('dist/ is missing: run `npm run build` first');
  const frame = document.createElement('iframe');
  frame.width = '800';
  frame.height = '1400';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/fixtures/two-urls/${page}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  await waitUntil(() => win.api !== undefined, 'the page script has the API');
  return { win, doc: frame.contentDocument!, api: win.api! };
}

const headings = (doc: Document) =>
  TAGS.map((tag) =>
    (doc.querySelector(tag)?.shadowRoot?.querySelector('[part="heading"]')?.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
const collapse = (texts: string[]) => texts.map((text) => text.replace(/\s+/g, ' ').trim());

/** Every URL the page fetched (path and query), in order. */
const downloads = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .map((url) => url.pathname + url.search);

/**
 * Each API call of `api` reaches every widget of `doc`: a language, a clinic's wording, a
 * registered language, and back to `<html lang>`.
 */
async function everyCallReachesEveryWidget(doc: Document, api: Api): Promise<void> {
  await waitUntil(() => headings(doc).join() === ENGLISH.join(), 'every widget in English');
  expect(await api.setLocale('fr')).to.equal('fr');
  await waitUntil(() => headings(doc).join() === collapse(FRENCH).join(), 'every widget in French');
  api.setMessages('fr', { 'timeline.heading': 'Votre calendrier à la clinique' });
  await waitUntil(
    () => headings(doc)[1] === 'Votre calendrier à la clinique',
    'setMessages reaches the timeline',
  );
  api.registerLocale('vi', { 'benefits.heading': 'Lợi ích của Botox' });
  expect(await api.setLocale('vi')).to.equal('vi');
  await waitUntil(() => headings(doc)[0] === 'Lợi ích của Botox', 'a registered language');
  expect(api.getLocale()).to.equal('vi');
  expect(await api.followDocumentLocale()).to.equal('en');
  api.clearMessages();
  await waitUntil(() => headings(doc).join() === ENGLISH.join(), 'back to <html lang="en">');
}

function expectOneClassPerTag(doc: Document, win: Window): void {
  for (const tag of TAGS) {
    const element = doc.querySelector(tag)!;
    expect(win.customElements.get(tag), tag).to.equal(element.constructor);
    expect(element.shadowRoot!.querySelectorAll('[part="base"]'), tag).to.have.length(1);
  }
}

function expectQuiet(win: PageWindow): void {
  expect(win.pageLog.errors, 'errors').to.deep.equal([]);
  expect(win.pageLog.warnings, 'warnings').to.deep.equal([]);
}

describe('one runtime per page, whatever the URL', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('the script tag with ?ver= and the plain URL: two entries, one set of chunks', async () => {
    const { win, doc, api } = await open('ver.html');
    // The plain URL's API, then the ?ver= instance's (the script tag's own).
    await everyCallReachesEveryWidget(doc, api);
    await everyCallReachesEveryWidget(doc, win.tagApi!);
    expectOneClassPerTag(doc, win);
    expectQuiet(win);
    const files = downloads(win);
    expect(files, 'each URL once').to.have.members([...new Set(files)]);
    const entries = files.filter((file) => file.startsWith('/dist/botox-widgets.js'));
    expect(entries).to.have.members(['/dist/botox-widgets.js?ver=6.1.9', '/dist/botox-widgets.js']);
    expect(files.filter((file) => /\/chunks\/shared-/.test(file))).to.have.length(1);
    // The chunks never import the entry (they would load it again, by another URL).
    for (const file of files.filter((name) => /\/(chunks|locales)\//.test(name))) {
      const source = await (await fetch(file)).text();
      expect(source, file).not.to.match(/botox-widgets\.js/);
    }
  });

  it('dist/ in a second folder: the second copy loads only its entry and runs nothing', async () => {
    const { win, doc, api } = await open('folders.html');
    await everyCallReachesEveryWidget(doc, api);
    expectOneClassPerTag(doc, win);
    expectQuiet(win);
    const files = downloads(win);
    expect(files, 'each URL once').to.have.members([...new Set(files)]);
    expect(files.filter((file) => file.startsWith('/dist//'))).to.deep.equal([
      '/dist//botox-widgets.js',
    ]);
  });

  it("the script tag and an app's own bundle: the bundle's API reaches the script tag's widgets", async () => {
    const { win, doc, api } = await open('bundle.html');
    await everyCallReachesEveryWidget(doc, api);
    expectOneClassPerTag(doc, win);
    expectQuiet(win);
    const files = downloads(win);
    expect(files, 'each URL once').to.have.members([...new Set(files)]);
  });

  it('another version first on the page: one warning, naming the version in use and the fix', async () => {
    const key = `botox-migraine-widgets/runtime@${VERSION.split('.')[0]}`;
    const { win, doc, api } = await open(
      `versions.html?${new URLSearchParams({ runtime: key, version: '0.0.9' })}`,
    );
    await waitUntil(() => headings(doc).join() === ENGLISH.join(), 'every widget in English');
    await api.setLocale('fr');
    await waitUntil(
      () => headings(doc).join() === collapse(FRENCH).join(),
      'every widget in French',
    );
    expect(win.pageLog.errors).to.deep.equal([]);
    expect(win.pageLog.warnings).to.deep.equal([
      `[botox-migraine-widgets] this page loads versions 0.0.9 and ${VERSION}, and uses 0.0.9: remove the other copy.`,
    ]);
  });
});
