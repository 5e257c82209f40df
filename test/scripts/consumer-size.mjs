// What a consumer's bundler ships for one element: a one-line app importing only that element
// from the published package entry (resolved through package.json "exports" to dist/npm, Lit from
// node_modules), bundled and minified by Vite. Also the Lit + @lit/localize floor, built the same
// way. Run after `npm run build`.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { jsFiles, sizes } from './size.mjs';
import { PACKAGE, packageByName } from './package-by-name.mjs';

const apps = {
  'floor: Lit + @lit/localize hello world': `import { LitElement, html } from 'lit';
import { msg } from '@lit/localize';
customElements.define('hello-world', class extends LitElement { render() { return html\`<p>\${msg('Hello')}</p>\`; } });`,
  '<benefits-list> alone': `import '${PACKAGE}/benefits-list.js';`,
  '<treatment-timeline> alone': `import '${PACKAGE}/treatment-timeline.js';`,
  '<botox-candidacy-check> alone': `import '${PACKAGE}/botox-candidacy-check.js';`,
  'all three (define.js)': `import '${PACKAGE}/define.js';`,
};

if (!existsSync('dist/npm/define.js')) {
  console.error('dist/npm is missing: run `npm run build` first');
  process.exit(1);
}
const kb = (n) => `${(n / 1000).toFixed(2)} kB`;
for (const [name, source] of Object.entries(apps)) {
  // Inside the project, so `lit` resolves from its node_modules as in a consumer's app.
  mkdirSync('node_modules/.cache', { recursive: true });
  const root = resolve(mkdtempSync('node_modules/.cache/bmw-consumer-'));
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
      rollupOptions: { input: join(root, 'main.js'), output: { entryFileNames: 'main.js' } },
    },
  });
  const files = jsFiles(join(root, 'out'));
  const entry = sizes(join(root, 'out', 'main.js'));
  const lazy = files.filter((f) => !f.endsWith('/main.js')).map((f) => sizes(f).gzip);
  console.log(
    `${name.padEnd(42)} ${kb(entry.gzip).padStart(9)} gzip ${kb(entry.brotli).padStart(9)} brotli` +
      (lazy.length
        ? `   (+${lazy.length} lazy chunks, ${kb(lazy.reduce((a, b) => a + b, 0))} gzip)`
        : ''),
  );
  rmSync(root, { recursive: true, force: true });
}
