// @ts-check
// `npm run lint:layers`: fails when a module in src/ imports from a higher layer. Lowest first:
//
//   0 logic          src/logic/: the article's rules, pure and DOM-free; imports only logic
//                    (not even a package)
//   1 core           src/core/ (the page-wide registry every copy shares, console warnings),
//                    src/version.ts
//   2 localization   src/localization/ (generated/ included)
//   3 events, internal, theme
//                    src/events/, src/internal/ (base element, define guard, theme styles,
//                    icons, heading template, lazy parts), src/theme.ts
//   4 controllers    src/controllers/
//   5 components     src/components/: one folder per element, and no element imports another
//                    element's folder
//   6 entry, ssr, frameworks, demo
//                    src/index.ts, src/define.ts, src/cdn.ts, src/elements.ts, src/ssr/,
//                    src/frameworks/, src/demo/
//   7 studio         src/studio/: the clinic studio page, on the script tag's API
//
// A module may import its own layer and any lower one. Every kind of import counts: static,
// type-only (`import type`, `export type … from`, `typeof import('…')`), dynamic `import()`,
// re-exports and module augmentations. A file of src/ that is in no layer fails too, so a new
// folder gets a place here first. Each violation is printed as
// `file → imported file (layer a may not import layer b)`.
//
// `--self-test` runs the check on a small tree of synthetic violations (and a clean one) in a
// temporary folder, and fails unless it finds exactly those: proof that the check can fail.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

/** Each part of src/, its layer (higher may import lower) and how to recognise its files. */
const PARTS = [
  { name: 'logic', layer: 0, test: (path) => path.startsWith('logic/') },
  { name: 'core', layer: 1, test: (path) => path.startsWith('core/') },
  { name: 'version', layer: 1, test: (path) => path === 'version.ts' },
  { name: 'localization', layer: 2, test: (path) => path.startsWith('localization/') },
  { name: 'events', layer: 3, test: (path) => path.startsWith('events/') },
  { name: 'internal', layer: 3, test: (path) => path.startsWith('internal/') },
  { name: 'theme', layer: 3, test: (path) => path === 'theme.ts' },
  { name: 'controllers', layer: 4, test: (path) => path.startsWith('controllers/') },
  { name: 'components', layer: 5, test: (path) => path.startsWith('components/') },
  {
    name: 'entry',
    layer: 6,
    test: (path) => ['index.ts', 'define.ts', 'cdn.ts', 'elements.ts'].includes(path),
  },
  { name: 'ssr', layer: 6, test: (path) => path.startsWith('ssr/') },
  { name: 'frameworks', layer: 6, test: (path) => path.startsWith('frameworks/') },
  { name: 'demo', layer: 6, test: (path) => path.startsWith('demo/') },
  { name: 'studio', layer: 7, test: (path) => path.startsWith('studio/') },
];

const SOURCE = /\.(?:[cm]?ts|tsx|[cm]?js|jsx)$/;

/** The part of src/ a path (relative to src/, with `/`) belongs to, or undefined. */
const partOf = (path) => PARTS.find((part) => part.test(path));

/** `components/<element>/…` → `<element>`; undefined for any other path. */
const elementOf = (path) => /^components\/([^/]+)\//.exec(path)?.[1];

/** Every source file under `dir`, relative to it, with `/`. */
function sourceFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
    .map((entry) =>
      relative(dir, join(entry.parentPath ?? entry.path, entry.name))
        .split(sep)
        .join('/'),
    )
    .sort();
}

/**
 * Every module specifier a file names: imports and re-exports (type-only ones too), `import()`
 * calls, `import('…')` types, `import x = require('…')` and `declare module '…'`.
 */
export function specifiers(fileName, text) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const found = [];
  const literal = (node) => node && ts.isStringLiteralLike(node) && found.push(node.text);
  const visit = (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      literal(node.moduleSpecifier);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference)
    ) {
      literal(node.moduleReference.expression);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      literal(node.arguments[0]);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      literal(node.argument.literal);
    } else if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)) {
      literal(node.name);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Where a relative specifier of `file` points, relative to src/ (with `/`): the source file it
 * names (`./x.js` is `x.ts` in the sources), or the path as written when there is none yet.
 * Undefined for a package, and `null` for a path outside src/.
 */
function target(src, file, specifier) {
  if (!specifier.startsWith('.') && !specifier.startsWith('/')) return undefined;
  const absolute = resolve(src, dirname(file), specifier);
  const stem = absolute.replace(/\.(?:[cm]?js|jsx)$/, '');
  const candidates = [
    absolute,
    ...['.ts', '.tsx', '.mts', '.cts'].map((ext) => `${stem}${ext}`),
    join(absolute, 'index.ts'),
  ];
  const found =
    candidates.find((path) => existsSync(path) && statSync(path).isFile()) ??
    (/\.(?:[cm]?js|jsx)$/.test(absolute) ? `${stem}.ts` : absolute);
  const path = relative(src, found).split(sep).join('/');
  return path.startsWith('../') || path === '..' ? null : path;
}

/** The violations of the layer rules in the src/ folder `src`, as printable lines. */
export function checkLayers(src) {
  const violations = [];
  const shown = (path) => `src/${path}`;
  for (const file of sourceFiles(src)) {
    const from = partOf(file);
    if (!from) {
      violations.push(`${shown(file)} is in no layer (add its folder to scripts/check-layers.mjs)`);
      continue;
    }
    const seen = new Set();
    for (const specifier of specifiers(file, readFileSync(join(src, file), 'utf8'))) {
      if (seen.has(specifier)) continue;
      seen.add(specifier);
      const path = target(src, file, specifier);
      if (path === undefined || path === null) {
        // A package (or a file outside src/): fine for any layer but logic.
        if (from.name === 'logic') {
          violations.push(
            `${shown(file)} → ${specifier} (layer logic may import only logic, not ${path === null ? 'files outside src/' : 'packages'})`,
          );
        }
        continue;
      }
      const to = partOf(path);
      if (!to) {
        violations.push(`${shown(file)} → ${shown(path)} (which is in no layer)`);
      } else if (to.layer > from.layer) {
        violations.push(
          `${shown(file)} → ${shown(path)} (layer ${from.name} may not import layer ${to.name})`,
        );
      } else if (elementOf(file) && elementOf(path) && elementOf(file) !== elementOf(path)) {
        violations.push(
          `${shown(file)} → ${shown(path)} (element ${elementOf(file)} may not import element ${elementOf(path)})`,
        );
      }
    }
  }
  return violations;
}

/** A tree with one violation of each kind (and allowed imports beside them). */
const SYNTHETIC = {
  'logic/rules.ts': `import { a } from './other.js';
import { html } from 'lit';
import type { Label } from '../localization/label.js';
export const rules = [a, html, null as unknown as Label];`,
  'logic/other.ts': `export const a = 1;`,
  'localization/label.ts': `import { a } from '../logic/other.js';
export type Label = string;
export const label = a;`,
  'internal/base.ts': `import { label } from '../localization/label.js';
export type Controller = typeof import('../controllers/focus.js');
export const base = label;`,
  'events/change.ts': `export { base } from '../internal/base.js';`,
  'theme.ts': `export * from './events/change.js';`,
  'controllers/focus.ts': `import '../theme.js';
export const view = () => import('../components/one-thing/one-thing.js');`,
  'components/one-thing/one-thing.ts': `import { view } from '../../controllers/focus.js';
import { shared } from '../shared.js';
import { Other } from '../other-thing/other-thing.js';
export const One = [view, shared, Other];`,
  'components/other-thing/other-thing.ts': `export type { Define } from '../../define.js';
export const Other = 1;`,
  'components/shared.ts': `export const shared = 1;`,
  'define.ts': `import './components/one-thing/one-thing.js';
export type Define = 1;`,
  'elements.ts': `export const ELEMENTS = { one: () => import('./components/one-thing/one-thing.js') };`,
  'ssr/render.ts': `import { ELEMENTS } from '../elements.js';
declare module '../internal/base.js' { interface Extra { x: 1 } }
export { ELEMENTS };`,
  'stray.ts': `export const stray = 1;`,
};

const EXPECTED = [
  'src/components/one-thing/one-thing.ts → src/components/other-thing/other-thing.ts (element one-thing may not import element other-thing)',
  'src/components/other-thing/other-thing.ts → src/define.ts (layer components may not import layer entry)',
  'src/controllers/focus.ts → src/components/one-thing/one-thing.ts (layer controllers may not import layer components)',
  'src/internal/base.ts → src/controllers/focus.ts (layer internal may not import layer controllers)',
  'src/logic/rules.ts → lit (layer logic may import only logic, not packages)',
  'src/logic/rules.ts → src/localization/label.ts (layer logic may not import layer localization)',
  'src/stray.ts is in no layer (add its folder to scripts/check-layers.mjs)',
];

/** Runs the check on SYNTHETIC, then on the same tree without its violations. */
export function selfTest() {
  const root = mkdtempSync(join(tmpdir(), 'bmw-layers-'));
  const problems = [];
  try {
    const src = join(root, 'src');
    for (const [path, text] of Object.entries(SYNTHETIC)) {
      mkdirSync(dirname(join(src, path)), { recursive: true });
      writeFileSync(join(src, path), text);
    }
    const found = checkLayers(src);
    const missed = EXPECTED.filter((line) => !found.includes(line));
    const extra = found.filter((line) => !EXPECTED.includes(line));
    for (const line of missed) problems.push(`not found: ${line}`);
    for (const line of extra) problems.push(`found but not expected: ${line}`);
    // The same tree without its violations passes.
    rmSync(join(src, 'stray.ts'));
    rmSync(join(src, 'components/other-thing'), { recursive: true });
    writeFileSync(
      join(src, 'logic/rules.ts'),
      `import { a } from './other.js';\nexport const r = a;`,
    );
    writeFileSync(join(src, 'internal/base.ts'), `export const base = 1;`);
    writeFileSync(
      join(src, 'controllers/focus.ts'),
      `import '../theme.js';\nexport const view = 1;`,
    );
    writeFileSync(
      join(src, 'components/one-thing/one-thing.ts'),
      `import { view } from '../../controllers/focus.js';\nexport const One = view;`,
    );
    for (const line of checkLayers(src)) problems.push(`clean tree: ${line}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return problems;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--self-test')) {
    const problems = selfTest();
    if (problems.length) {
      console.error(`✗ check-layers self-test:\n${problems.map((p) => `  ${p}`).join('\n')}`);
      process.exit(1);
    }
    console.log(`✓ check-layers self-test: finds all ${EXPECTED.length} synthetic violations`);
  } else {
    const src = fileURLToPath(new URL('../src/', import.meta.url));
    const violations = checkLayers(src);
    if (violations.length) {
      console.error(
        `✗ ${violations.length} import(s) across layers (see scripts/check-layers.mjs):\n${violations.map((v) => `  ${v}`).join('\n')}`,
      );
      process.exit(1);
    }
    console.log(
      `✓ layers: ${sourceFiles(src).length} modules of src/ import only their own layer or lower`,
    );
  }
}
