// @ts-check
// `npm run bench`: how fast the widgets upgrade, render and respond, beside the physical limit.
//
// The page (test/bench/bench.ts) is built with the script-tag settings into dist/bench and served
// on localhost with cross-origin isolation (for microsecond timers). Headless Chromium then:
// - loads a fresh page per sample and measures the upgrade and first render of 1 and of 100
//   instances of each element, to laid-out pixels, alternating with the same final DOM inserted
//   as static HTML (declarative shadow DOM, same styles): the limit no framework can beat;
// - in one page, measures a click on an answer of the candidacy check to its updated result,
//   and a language switch of all three elements (translations already loaded).
// It prints medians with 95 % confidence intervals and the ratios, and exits 1 when a target is
// missed: ≤ 1.5× the static limit per element, < 16 ms from click to result.
//
// `BENCH_SAMPLES=n` sets the samples per variant (default 30).
import { writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { CHROME_FLAGS, findBrowser, serveStatic } from './browser.mjs';

const SAMPLES = Number(process.env.BENCH_SAMPLES) || 30;
const COUNTS = [1, 100];
const TARGET = { ratio: 1.5, clickMs: 16 };
const OUT = 'dist/bench';

// 1. Build the page with the same settings as the script tag (minified, production Lit).
process.env.BMW_SIZE_ENTRY = 'test/bench/bench.ts';
await build({ logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true, sourcemap: false } });
delete process.env.BMW_SIZE_ENTRY;
writeFileSync(
  `${OUT}/index.html`,
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<link rel="icon" href="data:,"><style>body{margin:0;font:16px/1.5 system-ui,sans-serif}#stage{width:800px}</style>
<script type="module" src="./entry.js"></script></head><body><main id="stage"></main></body></html>`,
);

// 2. Statistics.
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
};
/** Distribution-free 95 % confidence interval of the median (order statistics). */
const medianInterval = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const half = (1.96 * Math.sqrt(n)) / 2;
  const low = Math.max(0, Math.floor(n / 2 - half) - 1);
  const high = Math.min(n - 1, Math.ceil(n / 2 + half));
  return [sorted[low], sorted[high]];
};
/** Seeded random numbers, so two runs resample alike. */
let seed = 42;
const random = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
const resample = (values) => values.map(() => values[Math.floor(random() * values.length)]);
/** 95 % bootstrap interval of the ratio of medians a / b. */
const ratioInterval = (a, b) => {
  const ratios = Array.from({ length: 2000 }, () => median(resample(a)) / median(resample(b)));
  ratios.sort((x, y) => x - y);
  return [ratios[Math.floor(ratios.length * 0.025)], ratios[Math.floor(ratios.length * 0.975)]];
};
const ms = (value) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const interval = ([low, high]) => `[${ms(low)}–${ms(high)}]`;

// 3. Measure.
const server = await serveStatic(OUT, {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
});
const browser = await puppeteer.launch({
  executablePath: findBrowser(),
  args: [...CHROME_FLAGS, '--window-size=1280,900'],
  headless: true,
});
const failures = [];
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const open = async () => {
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.bench !== undefined);
  };
  await open();
  if (!(await page.evaluate(() => window.crossOriginIsolated))) {
    console.warn('! not cross-origin isolated: timers are coarse (100 µs)');
  }
  const elements = await page.evaluate(() => window.bench.elements);
  /** @type {Record<string, string>} */
  const markup = {};
  for (const tag of elements)
    markup[tag] = await page.evaluate((t) => window.bench.staticMarkup(t), tag);

  console.log(
    `Upgrade + first render, a fresh page per sample, ${SAMPLES} samples per variant (median ms [95 % CI])\n`,
  );
  const header = ['element', 'count', 'widget', 'static HTML', 'ratio', ''];
  const rows = [];
  for (const tag of elements) {
    for (const count of COUNTS) {
      const widget = [];
      const limit = [];
      for (let sample = 0; sample < SAMPLES; sample++) {
        // Alternate which variant goes first, so drift on the machine hits both alike.
        const order = sample % 2 ? ['static', 'widget'] : ['widget', 'static'];
        for (const variant of order) {
          await open();
          if (variant === 'widget') {
            widget.push(await page.evaluate((t, c) => window.bench.upgrade(t, c), tag, count));
          } else {
            limit.push(
              await page.evaluate((m, c) => window.bench.insertStatic(m, c), markup[tag], count),
            );
          }
        }
      }
      const ratio = median(widget) / median(limit);
      const [low, high] = ratioInterval(widget, limit);
      const control = tag === 'lit-hello';
      const ok = control || ratio <= TARGET.ratio;
      if (!ok)
        failures.push(
          `<${tag}> ×${count} is ${ratio.toFixed(2)}× the static limit (target ≤ ${TARGET.ratio}×)`,
        );
      rows.push([
        control ? '<lit-hello> (control: Lit)' : `<${tag}>`,
        `${count}`,
        `${ms(median(widget))} ${interval(medianInterval(widget))}`,
        `${ms(median(limit))} ${interval(medianInterval(limit))}`,
        `${ratio.toFixed(2)}× [${low.toFixed(2)}–${high.toFixed(2)}]`,
        control ? '' : ok ? '✓' : '✗',
      ]);
    }
  }
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => row[i].length)),
  );
  const line = (row) =>
    row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));

  await open();
  const clicks = [];
  await page.evaluate(() => window.bench.clickToResult());
  for (let sample = 0; sample < SAMPLES * 2; sample++) {
    clicks.push(await page.evaluate(() => window.bench.clickToResult()));
  }
  await open();
  const switches = [];
  await page.evaluate(() => window.bench.switchLanguage());
  for (let sample = 0; sample < SAMPLES * 2; sample++) {
    switches.push(await page.evaluate(() => window.bench.switchLanguage()));
  }
  const clickOk = median(clicks) < TARGET.clickMs;
  if (!clickOk)
    failures.push(`click to result takes ${ms(median(clicks))} ms (target < ${TARGET.clickMs} ms)`);
  console.log(`\nIn one page, ${SAMPLES * 2} samples each (median ms [95 % CI])\n`);
  console.log(
    `candidacy check, click on an answer → updated result   ${ms(median(clicks))} ${interval(medianInterval(clicks))}  ${clickOk ? '✓' : '✗'} (target < ${TARGET.clickMs} ms)`,
  );
  console.log(
    `language switch en ⇄ es, all three elements re-rendered ${ms(median(switches))} ${interval(medianInterval(switches))}`,
  );
} finally {
  await browser.close();
  await server.close();
}
if (failures.length) {
  console.error(`\n${failures.map((failure) => `✗ ${failure}`).join('\n')}`);
  process.exit(1);
}
console.log('\n✓ every target met');
