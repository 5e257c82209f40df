// Coverage gate beyond web-test-runner's global threshold: the pure rule modules must be fully
// covered (every line). Reads coverage/lcov.info written by `wtr --coverage`.
import { readFileSync } from 'node:fs';

const FULL = [/^src\/logic\//, /^src\/localization\/(match|messages)\.ts$/];
const OVERALL_MIN = 90;

const records = readFileSync('coverage/lcov.info', 'utf8')
  .split('end_of_record')
  .filter((r) => r.includes('SF:'));
let found = 0;
let hit = 0;
const failures = [];
const rows = [];
for (const record of records) {
  const file = /SF:(.*)/.exec(record)[1].replace(/^.*?(src\/)/, '$1');
  const lf = Number(/LF:(\d+)/.exec(record)?.[1] ?? 0);
  const lh = Number(/LH:(\d+)/.exec(record)?.[1] ?? 0);
  found += lf;
  hit += lh;
  const pct = lf === 0 ? 100 : (lh / lf) * 100;
  rows.push([file, pct]);
  if (FULL.some((re) => re.test(file)) && lh < lf)
    failures.push(`${file}: ${lh}/${lf} lines (needs 100 %)`);
}
const overall = found === 0 ? 0 : (hit / found) * 100;
if (overall < OVERALL_MIN)
  failures.push(`overall: ${overall.toFixed(1)} % lines (needs ${OVERALL_MIN} %)`);
const logic = rows.filter(([file]) => FULL.some((re) => re.test(file)));
console.log(
  `Coverage: ${overall.toFixed(1)} % lines overall; ${logic.length} rule modules at ${logic.every(([, p]) => p === 100) ? '100 %' : 'less than 100 %'}`,
);
if (failures.length) {
  console.error(failures.map((f) => `✗ ${f}`).join('\n'));
  process.exit(1);
}
