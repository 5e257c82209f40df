/**
 * The built script-tag module, used exactly as a clinic would: a plain page holding only the
 * script tag and the element. Needs `npm run build` first (`npm test` does it).
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers.js';

async function load(page: string): Promise<Document> {
  const response = await fetch('/dist/botox-widgets.js', { method: 'HEAD' });
  if (!response.ok) throw new Error('dist/botox-widgets.js is missing: run `npm run build` first');
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = page;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

const titlesIn = (doc: Document) =>
  [
    ...(doc.querySelector('benefits-list')?.shadowRoot?.querySelectorAll('[part="title"]') ?? []),
  ].map((n) => n.textContent!.trim());

/** The translation chunks a page has fetched, by locale code. */
const loadedChunks = (doc: Document) =>
  doc
    .defaultView!.performance.getEntriesByType('resource')
    .map(
      (entry) =>
        /\/dist\/locales\/([\w-]+)\/[\w-]+-[\w-]{8}\.js$/.exec(new URL(entry.name).pathname)?.[1],
    )
    .filter((code): code is string => code !== undefined);

describe('script tag (dist/botox-widgets.js)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows the four benefits on a plain HTML page', async () => {
    const doc = await load('/test/fixtures/script-tag.html');
    await waitUntil(() => titlesIn(doc).length === 4, 'four benefits rendered');
    expect(titlesIn(doc)).to.deep.equal([
      'Fewer, milder migraines',
      'Fewer whole-body side effects',
      'Not a daily pill',
      'More good days',
    ]);
    expect(loadedChunks(doc), 'English needs no translation chunk').to.deep.equal([]);
  });

  it('shows Spanish when the page says <html lang="es">, loading the lazy chunk', async () => {
    const doc = await load('/test/fixtures/script-tag-es.html');
    await waitUntil(() => titlesIn(doc)[0] === 'Menos migrañas y más leves', 'Spanish titles');
    expect(titlesIn(doc)).to.deep.equal([
      'Menos migrañas y más leves',
      'Menos efectos secundarios en todo el cuerpo',
      'No es una pastilla diaria',
      'Más días buenos',
    ]);
    expect(loadedChunks(doc), 'the es chunk loads on demand').to.deep.equal(['es']);
  });

  it('draws in Spanish from its first render: defined only once the page language has loaded', async () => {
    const doc = await load('/test/fixtures/script-tag-es.html');
    const view = doc.defaultView as Window & typeof globalThis;
    await view.customElements.whenDefined('benefits-list');
    const el = doc.querySelector('benefits-list') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    // The first update after the definition: with the old order it drew the English text, and
    // only a later update the Spanish one.
    await el.updateComplete;
    expect(titlesIn(doc)[0]).to.equal('Menos migrañas y más leves');
  });

  it('ships no translator notes or dev-only code', async () => {
    for (const [file, source] of await builtFiles()) {
      expect(source, file).not.to.contain('desc:');
      expect(source, file).not.to.contain('Plain language, grade 6');
      expect(source, file).not.to.contain('__vitePreload');
      expect(source, file).not.to.contain('Lit is in dev mode');
    }
  });

  it('exports only the documented API (the language API, load, VERSION)', async () => {
    const url = '/dist/botox-widgets.js';
    const module = (await import(/* @vite-ignore */ url)) as Record<string, unknown>;
    expect(Object.keys(module).sort()).to.deep.equal([
      'VERSION',
      'clearMessages',
      'followDocumentLocale',
      'getLocale',
      'load',
      'registerLocale',
      'setLocale',
      'setMessages',
    ]);
  });

  it('loads nothing up front, and no chunk imports the entry', async () => {
    const files = await builtFiles();
    const entry = files.get('/dist/botox-widgets.js')!;
    expect(staticImports(entry), 'static imports of the entry').to.deep.equal([]);
    expect(files.size, 'the entry leads to the chunks').to.be.above(30);
    for (const [file, source] of files) {
      const imported = [...staticImports(source), ...dynamicImports(source)].map(
        (spec) => new URL(spec, new URL(file, location.href)).pathname,
      );
      expect(imported, file).not.to.include('/dist/botox-widgets.js');
    }
  });
});

const staticImports = (source: string) =>
  [...source.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)].map((m) => m[1]);
const dynamicImports = (source: string) =>
  [...source.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);

/** The entry and every chunk it leads to, statically or with import(), by path. */
async function builtFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const visit = async (path: string): Promise<void> => {
    if (files.has(path)) return;
    const response = await fetch(path);
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    const source = await response.text();
    files.set(path, source);
    const base = new URL(path, location.href);
    for (const spec of [...staticImports(source), ...dynamicImports(source)]) {
      await visit(new URL(spec, base).pathname);
    }
  };
  await visit('/dist/botox-widgets.js');
  return files;
}
