// @ts-check
// The clinic studio's XLIFF is what lit-localize reads (issue: export → import gives identical
// wording, and the XLIFF validates against lit-localize):
//
// 1. For every shipped language, the studio's export of the shipped translations has, unit for
//    unit and byte for byte, the project's own `xliff/<code>.xlf`, which `lit-localize extract`
//    wrote.
// 2. A language added in the studio (Vietnamese, docs/examples/vi.json) exported as XLIFF and
//    read back by lit-localize's own XLIFF reader gives every text unchanged.
//
// Runs on the studio's own writer (src/studio/model/wording-io.ts, compiled here with esbuild)
// and the studio's data (scripts/studio-data.mjs, which needs `npm run build` first).
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';
import { XliffFormatter } from '@lit/localize-tools/lib/formatters/xliff.js';
import { studioData } from '../../scripts/studio-data.mjs';

const source = readFileSync(
  new URL('../../src/studio/model/wording-io.ts', import.meta.url),
  'utf8',
);
const { code } = await transform(source, { loader: 'ts', format: 'esm' });
const { writeXliff } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);
const data = await studioData();
const failures = [];

for (const locale of data.locales.filter((each) => each !== data.source)) {
  const texts = Object.fromEntries(
    data.messages.flatMap((message) =>
      message.translations[locale] === undefined
        ? []
        : [[message.id, message.translations[locale]]],
    ),
  );
  const written = writeXliff(locale, texts, data);
  const committed = readFileSync(new URL(`../../xliff/${locale}.xlf`, import.meta.url), 'utf8');
  // Unit by unit (\`lit-localize extract\` keeps the order a file already had, so files differ
  // in order), and the text around the units.
  const units = (xml) => xml.match(/<trans-unit [\s\S]*?<\/trans-unit>/g) ?? [];
  const frame = (xml) => xml.replace(/<trans-unit [\s\S]*?<\/trans-unit>\n/g, '');
  const ours = new Set(units(written));
  const theirs = units(committed);
  const differing = theirs.filter((unit) => !ours.has(unit));
  if (frame(written) !== frame(committed))
    failures.push(`${locale}: the XLIFF header or footer differs from xliff/${locale}.xlf`);
  if (differing.length > 0 || ours.size !== theirs.length)
    failures.push(
      `${locale}: ${differing.length} of ${theirs.length} units differ from xliff/${locale}.xlf, such as:\n${differing[0] ?? ''}\nstudio:\n${[...ours].find((unit) => unit.startsWith(differing[0]?.split('\n')[0] ?? '')) ?? '(none)'}`,
    );
}

const vietnamese = JSON.parse(
  readFileSync(new URL('../../docs/examples/vi.json', import.meta.url), 'utf8'),
);
const formatter = new XliffFormatter(
  /** @type {any} */ ({ interchange: { format: 'xliff', xliffDir: '.' }, targetLocales: [] }),
);
const bundle = formatter.parseXliff(writeXliff('vi', vietnamese, data));
if (bundle.locale !== 'vi')
  failures.push(`lit-localize reads the language ${bundle.locale}, not vi`);
const read = Object.fromEntries(
  bundle.messages.map(({ name, contents }) => [
    name,
    contents.map((part) => (typeof part === 'string' ? part : `{${part.index}}`)).join(''),
  ]),
);
for (const [id, text] of Object.entries(vietnamese))
  if (read[id] !== text)
    failures.push(
      `vi ${id}: lit-localize reads ${JSON.stringify(read[id])}, not ${JSON.stringify(text)}`,
    );
if (Object.keys(read).length !== Object.keys(vietnamese).length)
  failures.push(
    `lit-localize reads ${Object.keys(read).length} texts, the file has ${Object.keys(vietnamese).length}`,
  );

if (failures.length > 0) {
  console.error(`✗ studio XLIFF:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(
  `✓ studio XLIFF: ${data.locales.length - 1} shipped languages identical to xliff/, unit by unit, ${Object.keys(read).length} Vietnamese texts read back unchanged by lit-localize`,
);
