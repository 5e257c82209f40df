// @ts-check
// `npm run lighthouse`: Lighthouse 12 against the built demo clinic page (dist/demo, from
// `npm run build:demo`), served on localhost the way a host would serve it (gzip, cache headers)
// and loaded in headless Chromium. Runs the mobile profile (simulated slow 4G and a mid-range
// phone) and the desktop profile, prints the four category scores with CLS and TBT, and fails
// when a score is below 100 or the layout shifts at all.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROME_FLAGS, findBrowser, serveStatic } from './browser.mjs';

const ROOT = 'dist/demo';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const TARGET = { score: 100, cls: 0 };

if (!existsSync(`${ROOT}/index.html`)) {
  console.error(`${ROOT}/index.html is missing: run \`npm run build:demo\` first`);
  process.exit(1);
}

const server = await serveStatic(ROOT);
const chrome = await chromeLauncher.launch({
  chromePath: findBrowser(),
  chromeFlags: CHROME_FLAGS,
  logLevel: 'silent',
});
const failures = [];
const rows = [];
try {
  for (const [profile, config] of /** @type {const} */ ([
    ['mobile', undefined],
    ['desktop', desktopConfig],
  ])) {
    const result = await lighthouse(
      server.url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      config,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    mkdirSync('dist/lighthouse', { recursive: true });
    writeFileSync(`dist/lighthouse/${profile}.json`, JSON.stringify(lhr, null, 1));
    const scores = CATEGORIES.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
    const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN;
    const tbt = lhr.audits['total-blocking-time']?.numericValue ?? NaN;
    const lcp = lhr.audits['largest-contentful-paint']?.numericValue ?? NaN;
    const fcp = lhr.audits['first-contentful-paint']?.numericValue ?? NaN;
    rows.push([
      profile,
      ...scores,
      cls.toFixed(3),
      `${Math.round(tbt)} ms`,
      `${Math.round(fcp)} ms`,
      `${Math.round(lcp)} ms`,
    ]);
    CATEGORIES.forEach((id, index) => {
      if (scores[index] < TARGET.score) {
        const lost = Object.values(lhr.audits)
          .filter(
            (audit) =>
              audit.score !== null &&
              audit.score < 1 &&
              lhr.categories[id].auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0),
          )
          .map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`);
        failures.push(`${profile} ${id} ${scores[index]} < ${TARGET.score}: ${lost.join(', ')}`);
      }
    });
    if (!(cls <= TARGET.cls)) failures.push(`${profile} CLS ${cls} > ${TARGET.cls}`);
  }
} finally {
  await chrome.kill();
  await server.close();
}

const header = ['profile', 'perf', 'a11y', 'best-pr.', 'SEO', 'CLS', 'TBT', 'FCP', 'LCP'];
const widths = header.map((title, index) =>
  Math.max(title.length, ...rows.map((row) => String(row[index]).length)),
);
const format = (row) => row.map((cell, index) => String(cell).padStart(widths[index])).join('  ');
console.log(
  `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version} on ${ROOT} (full reports in dist/lighthouse/)`,
);
console.log(format(header));
for (const row of rows) console.log(format(row));
if (failures.length) {
  console.error(failures.map((failure) => `✗ ${failure}`).join('\n'));
  process.exit(1);
}
console.log(`✓ every score ${TARGET.score}, CLS ${TARGET.cls}`);
