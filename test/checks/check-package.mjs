// The package as npm would publish it: packs the tarball into a temporary folder and checks it.
// Needs a build first (`npm run build`: dist/ and custom-elements.json). Exits 1 on any problem.
//
// - `attw --profile esm-only` (Are the Types Wrong?) and `publint --strict` on the tarball;
// - every entry's types compile for a consumer with `skipLibCheck: false`, and the tag map
//   (`document.createElement('benefits-list')` is a `BenefitsList`) comes with the root entry,
//   the script-tag file's types, `define.js` and each element's entry;
// - no `@internal` declaration in the shipped types (tsconfig.build.json `stripInternal`);
// - contents: a LICENSE (MIT); no sources, tests, images or contributor docs; no source map that
//   points to a file that does not ship without carrying its content (so no `.d.ts.map`: the
//   declaration maps would point to the unshipped `src/`); `sideEffects` names only shipped
//   files, and covers every module the package imports for its effect;
// - package.json: `exports` targets ship, each has `types` first; `repository`, `homepage`,
//   `bugs` are public https URLs (no machine paths, no registry hosts);
// - custom-elements.json passes test/checks/check-manifest.mjs against the tarball's files.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { checkManifest, exportedNames, summary } from './check-manifest.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = (name) => join(repo, 'node_modules/.bin', name);
const problems = [];
const fail = (message) => problems.push(message);

for (const built of ['dist/npm/index.js', 'dist/types/index.d.ts', 'dist/botox-widgets.js']) {
  if (!existsSync(join(repo, built))) {
    console.error(`✗ ${built} is missing: run npm run build first`);
    process.exit(1);
  }
}

const work = mkdtempSync(join(tmpdir(), 'bmw-package-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

// 1. Pack (no lifecycle scripts: the build is the caller's), and unpack where a consumer's
//    node_modules would hold it.
const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
    cwd: repo,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }),
);
const tarball = join(work, pack.filename);
const consumer = join(work, 'consumer');
const installed = join(consumer, 'node_modules', pack.name);
mkdirSync(installed, { recursive: true });
execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
const files = pack.files.map((file) => file.path).sort();
const shipped = new Set(files);
const read = (file) => readFileSync(join(installed, file), 'utf8');
const packageJson = JSON.parse(read('package.json'));

// 2. Are the Types Wrong? and publint, on the tarball itself.
function tool(label, command, args) {
  const run = spawnSync(command, args, { cwd: work, encoding: 'utf8' });
  const output = `${run.stdout}${run.stderr}`.trim();
  console.log(`\n--- ${label}\n${output}`);
  if (run.status !== 0) fail(`${label} failed (exit ${run.status}): see its output above`);
}
tool('attw --profile esm-only', bin('attw'), [
  tarball,
  '--profile',
  'esm-only',
  '--no-definitely-typed',
  '--format',
  'table-flipped',
  '--no-color',
]);
tool('publint --strict', bin('publint'), ['run', tarball, '--strict']);
console.log('');

// 3. Contents.
if (!shipped.has('LICENSE')) fail('no LICENSE file');
else {
  const license = read('LICENSE');
  if (
    !/^MIT License/.test(license) ||
    !/Permission is hereby granted, free of charge/.test(license)
  ) {
    fail('LICENSE is not the MIT licence text');
  }
  if (!/Copyright \(c\) 2026 botox-migraine-widgets contributors/.test(license)) {
    fail('LICENSE does not name "2026 botox-migraine-widgets contributors"');
  }
}
if (packageJson.license !== 'MIT')
  fail(`package.json "license" is ${packageJson.license}, not MIT`);
const allowedDocs = /^docs\/(?:localization\.md|messages\.md|examples\/[\w.-]+\.json)$/;
for (const file of files) {
  if (/^(?:src|test|stories|xliff|coverage|\.storybook|\.ci|node_modules)\//.test(file)) {
    fail(`${file} is repository-only (sources, tests, stories, translations, CI)`);
  }
  if (/^dist\/(?:demo|frameworks|ssr|lighthouse)\//.test(file))
    fail(`${file} is a test or demo build`);
  if (/\.(?:png|jpe?g|gif|webp|avif|svg)$/i.test(file)) fail(`${file}: no images in the package`);
  if (/\.ts$/.test(file) && !/\.d\.ts$/.test(file)) fail(`${file} is TypeScript source`);
  if (/\.d\.ts\.map$/.test(file))
    fail(`${file}: declaration maps point to src/, which does not ship`);
  if (file.startsWith('docs/') && !allowedDocs.test(file)) {
    fail(
      `${file} is not one of the user guides that ship (docs/localization.md, docs/messages.md, docs/examples/)`,
    );
  }
}

// Source maps: every source ships, or its content is in the map.
for (const file of files.filter((name) => name.endsWith('.map'))) {
  const map = JSON.parse(read(file));
  const base = posix.join(posix.dirname(file), map.sourceRoot ?? '');
  (map.sources ?? []).forEach((source, index) => {
    const target = posix.normalize(posix.join(base, source));
    if (!shipped.has(target) && typeof map.sourcesContent?.[index] !== 'string') {
      fail(`${file} points to ${target}, which does not ship, without its content`);
    }
  });
}
for (const file of files.filter((name) => /\.(?:js|d\.ts)$/.test(name))) {
  const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(read(file))?.[1];
  if (url && !url.startsWith('data:')) {
    const target = posix.normalize(posix.join(posix.dirname(file), url));
    if (!shipped.has(target)) fail(`${file} names the source map ${target}, which does not ship`);
  }
}

// sideEffects: shipped paths only, and every import made for its effect stays.
const globToRegExp = (glob) =>
  new RegExp(
    `^${glob
      .replace(/^\.\//, '')
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*\*\//g, '\u0000')
      .replace(/\*\*/g, '.*')
      .replace(/\*/g, '[^/]*')
      .replace(/\?/g, '[^/]')
      .replaceAll('\u0000', '(?:.*/)?')}$`,
  );
const sideEffects = packageJson.sideEffects;
if (!Array.isArray(sideEffects)) {
  fail('package.json "sideEffects" should list the registering modules');
} else {
  const patterns = sideEffects.map((glob) => ({ glob, regExp: globToRegExp(glob) }));
  for (const { glob, regExp } of patterns) {
    if (!files.some((file) => regExp.test(file)))
      fail(`sideEffects "${glob}" matches no shipped file`);
  }
  const listed = (file) => patterns.some(({ regExp }) => regExp.test(file));
  // Does the module do anything when imported: a top-level statement that is not a declaration
  // (a call such as `defineElement(…)`, an assignment), or a bare import of such a module?
  const bareImports = (file) =>
    [...read(file).matchAll(/(?:^|[;\n])\s*import\s*["'](\.{1,2}\/[^"']+)["']/g)].map(
      ([, specifier]) => posix.normalize(posix.join(posix.dirname(file), specifier)),
    );
  const effects = new Map();
  const runsOnImport = (file) => {
    if (effects.has(file)) return effects.get(file);
    effects.set(file, false);
    const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest);
    const result =
      source.statements.some(
        (statement) =>
          ts.isExpressionStatement(statement) && !ts.isStringLiteral(statement.expression),
      ) || bareImports(file).some((target) => shipped.has(target) && runsOnImport(target));
    effects.set(file, result);
    return result;
  };
  for (const file of files.filter((name) => name.endsWith('.js'))) {
    for (const target of bareImports(file)) {
      if (!shipped.has(target)) fail(`${file} imports ${target}, which does not ship`);
      // A bare import of a module that does nothing is harmless: a bundler may drop it.
      else if (runsOnImport(target) && !listed(target)) {
        fail(`${file} imports ${target} for its effect, but sideEffects does not list it`);
      }
    }
  }
  for (const file of files.filter((name) => /^dist\/npm\/.*\.js$/.test(name))) {
    if (
      !listed(file) &&
      runsOnImport(file) &&
      /\bcustomElements\b|defineElement\(/.test(read(file))
    ) {
      fail(`${file} registers elements when imported, but sideEffects does not list it`);
    }
  }
}
// `define.js` registers every element: its imports of the element entries survived the build.
const defineEntry = 'dist/npm/define.js';
if (shipped.has(defineEntry)) {
  for (const element of files.filter((file) =>
    /^dist\/npm\/components\/[^/]+\/define\.js$/.test(file),
  )) {
    const specifier = `./${posix.relative(posix.dirname(defineEntry), element)}`;
    if (!read(defineEntry).includes(`import "${specifier}"`)) {
      fail(`${defineEntry} does not import ${specifier}: it would register nothing`);
    }
  }
}

// The types carry no @internal declaration.
for (const file of files.filter((name) => name.endsWith('.d.ts'))) {
  if (/@internal\b/.test(read(file))) fail(`${file} still declares something marked @internal`);
}

// 4. package.json: exports, entry fields, public links.
const targets = [];
const collect = (value, subpath) => {
  if (typeof value === 'string') targets.push({ subpath, target: value });
  else if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) collect(inner, subpath);
  }
};
for (const [subpath, value] of Object.entries(packageJson.exports ?? {})) {
  collect(value, subpath);
  const javascript =
    typeof value === 'string' ? /\.m?js$/.test(value) : 'default' in value || 'import' in value;
  if (javascript && (typeof value === 'string' || Object.keys(value)[0] !== 'types')) {
    fail(`exports["${subpath}"] has no "types" (first)`);
  }
}
for (const field of ['main', 'module', 'types']) {
  if (packageJson[field]) targets.push({ subpath: `"${field}"`, target: packageJson[field] });
}
for (const { subpath, target } of targets) {
  if (!shipped.has(target.replace(/^\.\//, '')))
    fail(`${subpath} → ${target}, which does not ship`);
}
const links = {
  repository: packageJson.repository?.url ?? packageJson.repository,
  homepage: packageJson.homepage,
  bugs: packageJson.bugs?.url ?? packageJson.bugs,
};
for (const [field, url] of Object.entries(links)) {
  if (typeof url !== 'string') fail(`package.json has no "${field}"`);
  else if (!/^(?:git\+)?https:\/\/[\w.-]+\.[a-z]{2,}\//.test(url))
    fail(`"${field}" is not a public https URL: ${url}`);
  else if (
    /localhost|127\.0\.0\.1|registry|verdaccio|npm\.pkg|\/work\/|\/tmp\/|\/home\//i.test(url)
  ) {
    fail(`"${field}" names a machine path or a registry: ${url}`);
  }
}
const packageText = read('package.json');
for (const machine of [/file:/, /"\/(?:work|tmp|home|Users|root)\//, /[A-Z]:\\\\/]) {
  if (machine.test(packageText)) fail(`package.json contains a machine path (${machine})`);
}

// 5. custom-elements.json, against the tarball.
if (!shipped.has('custom-elements.json')) fail('custom-elements.json does not ship');
else {
  if (packageJson.customElements !== 'custom-elements.json') {
    fail('package.json "customElements" does not name custom-elements.json');
  }
  const manifest = JSON.parse(read('custom-elements.json'));
  const rootEntry = packageJson.exports['.'].default.replace(/^\.\//, '');
  const result = checkManifest({
    manifest,
    shipped,
    packageJson,
    rootExports: exportedNames(installed, rootEntry),
  });
  for (const problem of result.problems) fail(`custom-elements.json: ${problem}`);
  if (!result.problems.length) console.log(`✓ custom-elements.json: ${summary({ manifest })}`);
}

// 6. A consumer's type check: one program per entry, so one entry's tag map cannot hide
//    another's gap. The package's dependencies come from this repository's node_modules.
for (const entry of readdirSync(join(repo, 'node_modules'))) {
  if (entry.startsWith('.') || entry === pack.name) continue;
  symlinkSync(join(repo, 'node_modules', entry), join(consumer, 'node_modules', entry));
}
const tagCheck = (tag, type) => `
const ${type.toLowerCase()}: ${type} = document.createElement('${tag}');
void ${type.toLowerCase()};`;
const elementTypes = {
  'benefits-list': 'BenefitsList',
  'botox-candidacy-check': 'BotoxCandidacyCheck',
  'treatment-timeline': 'TreatmentTimeline',
};
const allTags = Object.entries(elementTypes)
  .map(([tag, type]) => tagCheck(tag, type))
  .join('');
const programs = {
  // The root entry: classes, types, the language API, the tag map and typed events.
  root: `import {
  setLocale,
  type BenefitsList,
  type BotoxCandidacyCheck,
  type Outcome,
  type TreatmentTimeline,
} from '${pack.name}';
${allTags}
// @ts-expect-error: 'carousel' is not a layout
document.createElement('benefits-list').layout = 'carousel';
document.querySelector('botox-candidacy-check')?.addEventListener('candidacy-complete', (event) => {
  const outcome: Outcome = event.detail.result.outcome;
  void outcome;
});
void setLocale('fr');
`,
  // The script-tag file's own types: the tag map without any other import.
  'script-tag': `import { setLocale } from '${pack.name}/botox-widgets.js';
const list = document.createElement('benefits-list');
list.layout = 'grid';
// @ts-expect-error: 'carousel' is not a layout
list.layout = 'carousel';
void setLocale('fr');
`,
  define: `import type { BenefitsList, BotoxCandidacyCheck, TreatmentTimeline } from '${pack.name}/define.js';
import '${pack.name}/define.js';
${allTags}
`,
  ...Object.fromEntries(
    Object.entries(elementTypes).map(([tag, type]) => [
      tag,
      `import type { ${type} } from '${pack.name}/${tag}.js';\n${tagCheck(tag, type)}\n`,
    ]),
  ),
  // Every entry that has types, together: they compile side by side.
  'every-entry': Object.entries(packageJson.exports)
    .filter(([, value]) => typeof value === 'object' && value.types)
    .map(
      ([subpath], index) =>
        `import type * as entry${index} from '${posix.join(pack.name, subpath)}';`,
    )
    .join('\n'),
};
for (const [name, code] of Object.entries(programs)) {
  writeFileSync(join(consumer, `${name}.ts`), code);
  writeFileSync(
    join(consumer, `tsconfig.${name}.json`),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
        jsx: 'preserve',
      },
      files: [`${name}.ts`],
    }),
  );
  const run = spawnSync(
    process.execPath,
    [join(repo, 'node_modules/typescript/bin/tsc'), '-p', `tsconfig.${name}.json`],
    {
      cwd: consumer,
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) {
    fail(
      `consumer types (${name}): ${`${run.stdout}${run.stderr}`.trim().split('\n').slice(0, 12).join('\n    ')}`,
    );
  }
}

// 7. Report.
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
console.log(
  `${pack.filename}: ${pack.entryCount} files, ${kB(pack.size)} packed, ${kB(pack.unpackedSize)} unpacked`,
);
if (problems.length) {
  // One line per problem, but at most three of a kind (the same message about other files).
  const kinds = new Map();
  for (const problem of problems) {
    const kind = problem.replace(/\S*[/.]\S*/g, '…');
    kinds.set(kind, [...(kinds.get(kind) ?? []), problem]);
  }
  for (const same of kinds.values()) {
    for (const problem of same.slice(0, 3)) console.error(`✗ ${problem}`);
    if (same.length > 3) console.error(`  … and ${same.length - 3} more like it`);
  }
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log('✓ the packed package passes attw, publint, the type checks and the content rules');
