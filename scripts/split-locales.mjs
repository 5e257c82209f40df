// Runs after `lit-localize build`: splits each generated translation module into one small module
// per message group, so a page downloads only the wording of the elements it shows (each chunk
// stays well under 3 kB gzip), and writes `generated/loaders.ts`, a static map of lazy loaders
// that every bundler and dev server can follow, and `generated/message-ids.ts`, the list of every
// message id that `setMessages`/`registerLocale` check ids against without loading a translation.
import { readFileSync, writeFileSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Message id prefix → group. The first match wins; groups are what elements declare in
 * `static messageGroups`.
 */
export const GROUPS = [
  ['benefits.', 'benefits'],
  ['timeline.', 'timeline'],
  ['candidacy.outcome.', 'candidacy-result'],
  ['candidacy.reason.', 'candidacy-result'],
  ['candidacy.criterion.', 'candidacy-result'],
  ['candidacy.status.', 'candidacy-result'],
  ['candidacy.cta.', 'candidacy-result'],
  ['candidacy.decision-note', 'candidacy-result'],
  ['candidacy.summary.', 'candidacy-result'],
  ['candidacy.answers', 'candidacy-result'],
  ['candidacy.answer.', 'candidacy-result'],
  ['candidacy.copy', 'candidacy-result'],
  ['candidacy.copied', 'candidacy-result'],
  ['candidacy.print', 'candidacy-result'],
  ['candidacy.bring', 'candidacy-result'],
  ['candidacy.', 'candidacy'],
];

const groupOf = (id) => {
  const match = GROUPS.find(([prefix]) => id.startsWith(prefix));
  if (!match)
    throw new Error(
      `message "${id}" belongs to no group: add its prefix to GROUPS in scripts/split-locales.mjs`,
    );
  return match[1];
};

const root = 'src/localization/generated';
const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const header =
  '// Do not modify this file by hand!\n// Re-generate it with `npm run localize:build`.\n';
const loaders = [];
/** Every message id: the keys of each generated translation and the units of each XLIFF file. */
const ids = new Set();

for (const locale of config.targetLocales) {
  const file = `${root}/locales/${locale}.ts`;
  const source = readFileSync(file, 'utf8');
  const usesStr = /import \{\s*str\s*\} from '@lit\/localize';/.test(source);
  const body = source.slice(
    source.indexOf('export const templates = {') + 'export const templates = {'.length,
    source.lastIndexOf('};'),
  );
  // Each entry is `'id': <string or str`…` template>,` on its own line(s).
  const entries = [...body.matchAll(/^\s*'([^']+)': ([\s\S]*?),(?=\n\s*'|\s*$)/gm)].map(
    ([, id, value]) => [id, value],
  );
  const expected = (source.match(/^\s*'[^']+': /gm) ?? []).length;
  if (entries.length !== expected)
    throw new Error(`${file}: read ${entries.length} of ${expected} messages`);
  const byGroup = new Map();
  for (const [id, value] of entries) {
    ids.add(id);
    const group = groupOf(id);
    if (!byGroup.has(group)) byGroup.set(group, []);
    byGroup.get(group).push(`  '${id}': ${value},`);
  }
  rmSync(`${root}/locales/${locale}`, { recursive: true, force: true });
  mkdirSync(`${root}/locales/${locale}`, { recursive: true });
  const groups = [...byGroup.keys()].sort();
  for (const group of groups) {
    const lines = byGroup.get(group);
    const needsStr = usesStr && lines.some((line) => line.includes('str`'));
    writeFileSync(
      `${root}/locales/${locale}/${group}.ts`,
      `${header}${needsStr ? "import { str } from '../../../msg.js';\n" : ''}\nexport const templates = {\n${lines.join('\n')}\n};\n`,
    );
  }
  rmSync(file);
  loaders.push(
    `  '${locale}': {\n${groups.map((group) => `    '${group}': () => import('./locales/${locale}/${group}.js'),`).join('\n')}\n  },`,
  );
}

for (const locale of config.targetLocales) {
  const xliff = readFileSync(join(config.interchange.xliffDir, `${locale}.xlf`), 'utf8');
  for (const [, id] of xliff.matchAll(/<trans-unit id="([^"]+)"/g)) ids.add(id);
}
const sortedIds = [...ids].sort();
const unquotable = sortedIds.find((id) => /['\\\n]/.test(id));
if (unquotable) throw new Error(`message id ${JSON.stringify(unquotable)} cannot be quoted as is`);

writeFileSync(
  `${root}/loaders.ts`,
  `${header}\n/** Lazy loaders of every shipped translation, by language and message group. */\nexport const loaders: Record<string, Record<string, () => Promise<{ templates: Record<string, unknown> }>>> = {\n${loaders.join('\n')}\n};\n`,
);
writeFileSync(
  `${root}/message-ids.ts`,
  `${header}\n/**\n * Every message id, sorted. \`setMessages\` and \`registerLocale\` load it on demand to warn about\n * ids that do not exist, instead of loading a whole translation.\n */\nexport const MESSAGE_IDS: readonly string[] = [\n${sortedIds.map((id) => `  '${id}',`).join('\n')}\n];\n`,
);
if (!existsSync(`${root}/locale-codes.ts`))
  throw new Error('lit-localize build did not write locale-codes.ts');
console.log(
  `split ${config.targetLocales.length} translation(s) into message groups; listed ${sortedIds.length} message ids`,
);
