// Fails when the XLIFF files or the generated locale modules are out of step with the code, or
// when any language misses a translation. Runs `lit-localize extract` and `build`, and compares.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const tracked = ['xliff', 'src/localization/generated', 'docs/messages.md'];
const snapshot = () =>
  new Map(
    tracked
      .filter((path) => existsSync(path))
      .flatMap((path) =>
        path.endsWith('.md')
          ? [[path, readFileSync(path, 'utf8')]]
          : readdirSync(path, { withFileTypes: true, recursive: true })
              .filter((entry) => entry.isFile())
              .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
              .map((file) => [file, readFileSync(file, 'utf8')]),
      ),
  );

const before = snapshot();
execFileSync('npx', ['lit-localize', 'extract'], { stdio: ['ignore', 'ignore', 'inherit'] });
execFileSync('npm', ['run', '--silent', 'localize:build'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const after = snapshot();

const problems = [];
for (const [file, text] of after) {
  if (before.get(file) !== text)
    problems.push(
      `${file} is out of date: run npm run localize:extract / localize:build and commit`,
    );
}
for (const file of before.keys())
  if (!after.has(file)) problems.push(`${file} is stale: delete it`);

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
let units = 0;
for (const locale of config.targetLocales) {
  const xliff = readFileSync(`xliff/${locale}.xlf`, 'utf8');
  const blocks = xliff.match(/<trans-unit [\s\S]*?<\/trans-unit>/g) ?? [];
  units = blocks.length;
  const missing = blocks
    .filter((block) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(block))
    .map((block) => /id="([^"]+)"/.exec(block)?.[1]);
  if (missing.length)
    problems.push(
      `xliff/${locale}.xlf misses ${missing.length} translation(s): ${missing.join(', ')}`,
    );
  const identical = blocks.filter((block) => {
    const source = /<source>([\s\S]*?)<\/source>/.exec(block)?.[1];
    const target = /<target>([\s\S]*?)<\/target>/.exec(block)?.[1];
    // One or two words may rightly be the same in another language ("Consultation", "Botox").
    const words = (source ?? '')
      .replace(/<[^>]+>/g, ' ')
      .trim()
      .split(/\s+/).length;
    return source && target && source === target && words >= 3;
  });
  if (identical.length > 0) {
    problems.push(
      `xliff/${locale}.xlf has ${identical.length} target(s) copied from English: ${identical.map((b) => /id="([^"]+)"/.exec(b)?.[1]).join(', ')}`,
    );
  }
}

if (problems.length) {
  console.error(problems.map((p) => `✗ ${p}`).join('\n'));
  process.exit(1);
}
console.log(
  `✓ XLIFF in sync: ${units} strings × ${config.targetLocales.length} language(s) translated`,
);
