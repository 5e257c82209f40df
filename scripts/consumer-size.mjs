// What a consumer's bundler ships for one element: a one-line app importing only that element
// from the published package entry (resolved through package.json "exports" to dist/npm, Lit from
// node_modules), bundled and minified by Vite. Beside them, the floors built the same way: Lit's
// hello world, and the same with @lit/localize. Used by `npm run size` after `npm run build`.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { PACKAGE, packageByName } from './package-by-name.mjs';

/** gzip (level 9) and brotli (quality 11) sizes of a file, in bytes. */
export function sizes(file) {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Every .js file under `dir`, recursively. */
export function jsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

const built = (path) => JSON.stringify(resolve('dist/npm', path));

const HELLO = `customElements.define('hello-world', class extends LitElement { render() { return html\`<p>\${msg('Hello')}</p>\`; } });`;

/** Each consumer app: a name for the table, its one-module source, and its kind. */
export const APPS = [
  {
    name: 'floor: Lit hello world',
    kind: 'floor',
    source: `import { LitElement, html } from 'lit';\nconst msg = (text) => text;\n${HELLO}`,
  },
  {
    name: 'floor: Lit + @lit/localize hello world',
    kind: 'floor-localize',
    source: `import { LitElement, html } from 'lit';\nimport { msg } from '@lit/localize';\n${HELLO}`,
  },
  {
    // The same hello world on the library's own base: its language runtime (following
    // <html lang>, lazy translations, a clinic's wording), the theme attribute and warnings.
    name: 'floor: hello world on the library runtime',
    kind: 'floor-runtime',
    source: [
      `import { html } from 'lit';`,
      `import { WidgetElement as LitElement } from ${built('internal/widget-element.js')};`,
      `import { msg } from ${built('localization/locale.js')};`,
      HELLO,
    ].join('\n'),
  },
  {
    name: '<benefits-list> alone',
    kind: 'benefits-list',
    source: `import '${PACKAGE}/benefits-list.js';`,
  },
  {
    name: '<treatment-timeline> alone',
    kind: 'treatment-timeline',
    source: `import '${PACKAGE}/treatment-timeline.js';`,
  },
  {
    name: '<botox-candidacy-check> alone',
    kind: 'botox-candidacy-check',
    source: `import '${PACKAGE}/botox-candidacy-check.js';`,
  },
  { name: 'all three (define.js)', kind: 'all', source: `import '${PACKAGE}/define.js';` },
];

/**
 * Bundles a one-module app (`source`) as a consumer's Vite would, minified, in a temporary folder
 * inside the project (so `lit` resolves from its node_modules as in a consumer's app), and
 * resolves with what `measure(outDir)` returns before the folder is removed. The entry is
 * `outDir/main.js`; `keepExports` keeps the entry's exports (for a library module).
 */
export async function bundleApp(source, measure, { keepExports = false } = {}) {
  mkdirSync('node_modules/.cache', { recursive: true });
  const root = resolve(mkdtempSync('node_modules/.cache/bmw-consumer-'));
  try {
    writeFileSync(join(root, 'main.js'), source);
    await build({
      configFile: false,
      logLevel: 'silent',
      root,
      plugins: [packageByName],
      resolve: { conditions: ['production'] },
      build: {
        outDir: join(root, 'out'),
        minify: true,
        modulePreload: false,
        rollupOptions: {
          input: join(root, 'main.js'),
          output: { entryFileNames: 'main.js' },
          ...(keepExports ? { preserveEntrySignatures: 'exports-only' } : {}),
        },
      },
    });
    return measure(join(root, 'out'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Builds every app; resolves with the gzip/brotli size of its entry and its lazy chunks' gzip total. */
export async function consumerBundles() {
  const rows = [];
  for (const app of APPS) {
    rows.push(
      await bundleApp(app.source, (out) => {
        const lazy = jsFiles(out).filter((file) => !file.endsWith('/main.js'));
        return {
          ...app,
          ...sizes(join(out, 'main.js')),
          lazyChunks: lazy.length,
          lazyGzip: lazy.reduce((sum, file) => sum + sizes(file).gzip, 0),
        };
      }),
    );
  }
  return rows;
}
