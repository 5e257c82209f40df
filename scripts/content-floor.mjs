// The content floor of each element: the bytes no implementation can drop, because the product
// requires them. For each element, gzip of three things taken together:
// - its English text (every message of its message groups, as the XLIFF sources give them);
// - its CSS (the shared theme, light and dark, plus the element's own styles module, from
//   dist/npm; the candidacy check's few shell rules inside its element module are left out, so
//   that figure is, if anything, low);
// - its clinical rules (the pure logic module it applies, bundled and minified by Vite).
// No template, no language runtime, no attribute checking, no Lit. Used by `npm run size` (after
// `npm run build`) to show how much of the issue's per-element allowance the content alone takes.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleApp } from './consumer-size.mjs';

/** Each element's message groups (src/localization/generated/locales/<lang>/<group>.ts), styles and rules. */
export const CONTENT = {
  'benefits-list': { groups: ['benefits'], styles: 'benefits-list', rules: ['benefits'] },
  'treatment-timeline': {
    groups: ['timeline'],
    styles: 'treatment-timeline',
    rules: ['schedule', 'dates'],
  },
  'botox-candidacy-check': {
    groups: ['candidacy', 'candidacy-result'],
    styles: 'botox-candidacy-check',
    // The unbundled build has no barrel module: its parts, as the element ships them.
    rules: ['types', 'rules', 'answers', 'counter', 'summary'].map((part) => `candidacy/${part}`),
  },
};

const gzip = (text) => gzipSync(text, { level: 9 }).length;

const ENTITIES = { quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' };

/** English source text of every message, by id, from an XLIFF file (placeholders as `${…}`). */
function englishById() {
  const xliff = readFileSync('xliff/de.xlf', 'utf8');
  const byId = new Map();
  for (const unit of xliff.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>/g)) {
    const text = unit[2].replace(/<x id="\d+" equiv-text="([^"]*)"\/>/g, '$1');
    byId.set(
      unit[1],
      text.replace(/&(quot|apos|lt|gt|amp);/g, (_, name) => ENTITIES[name]),
    );
  }
  return byId;
}

/** The message ids of one group: the keys of its generated translation module. */
function idsOf(group) {
  const module = readFileSync(`src/localization/generated/locales/de/${group}.ts`, 'utf8');
  return [...module.matchAll(/^\s*'([\w.-]+)':/gm)].map((match) => match[1]);
}

/** The text of every CSSResult a module exports. */
async function cssOf(path) {
  const module = await import(pathToFileURL(resolve(path)).href);
  return Object.values(module)
    .map((value) => (Array.isArray(value) ? value.join('\n') : String(value)))
    .join('\n');
}

/** Logic modules bundled and minified together as a consumer's Vite would ship them, exports kept. */
function minifiedRules(names) {
  return bundleApp(
    names
      .map((name) => `export * from ${JSON.stringify(resolve(`dist/npm/logic/${name}.js`))};`)
      .join('\n'),
    (out) => readFileSync(join(out, 'main.js'), 'utf8'),
    { keepExports: true },
  );
}

/** Per element: gzip bytes of its text, its CSS, its logic, and the three together. */
export async function contentFloors() {
  const english = englishById();
  const theme = await cssOf('dist/npm/internal/theme.styles.js');
  const rows = [];
  for (const [element, { groups, styles, rules }] of Object.entries(CONTENT)) {
    const ids = groups.flatMap(idsOf);
    const missing = ids.filter((id) => !english.has(id));
    if (ids.length === 0 || missing.length) {
      throw new Error(`content floor of ${element}: no English text for ${missing.join(', ')}`);
    }
    const text = ids.map((id) => english.get(id)).join('\n');
    const css = `${theme}\n${await cssOf(`dist/npm/components/${element}/${styles}.styles.js`)}`;
    const code = await minifiedRules(rules);
    rows.push({
      element,
      messages: ids.length,
      text: gzip(text),
      css: gzip(css),
      logic: gzip(code),
      together: gzip(`${text}\n${css}\n${code}`),
    });
  }
  return rows;
}
