// `npm run size` (after `npm run build`): one table of gzip and brotli sizes, with the budgets
// CI enforces.
// - The script tag (`en`): its entry module, each element chunk and lazy part, each locale chunk.
// - Each element as a consumer's bundler ships it, Lit included, beside the Lit hello-world
//   floors built the same way in the same run (scripts/consumer-size.mjs).
// - Each element's content floor: its English text, CSS and pure logic alone, against the
//   allowance the issue gives it over the Lit floor (scripts/content-floor.mjs).
// Exits 1 when a budget is exceeded. `node scripts/size.mjs src/components/<tag>/define.ts`
// instead bundles just that entry the way the script tag is built.
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { build } from 'vite';
import { consumerBundles, jsFiles, sizes } from './consumer-size.mjs';
import { contentFloors } from './content-floor.mjs';

/**
 * Budgets, in bytes of gzip. `bundle` and `localeChunk` are the targets of the size issue, and
 * met. The per-element targets (benefits-list ≤ Lit floor + 2 kB, any element ≤ floor + 6 kB) are
 * printed beside each bundle but cannot be met: the content floor table shows the text, CSS and
 * logic the product requires already take (or exceed) the allowance (see docs/performance.md).
 * Each element instead has a ceiling a little above its current size, so CI stops any growth.
 * Raised once, by 50 B for <treatment-timeline>, for the shared heading controller of the
 * house-structure step (measured +68 B gzip there; <benefits-list> +34 B and the candidacy
 * check's three controllers +160 B fit under their ceilings).
 */
export const BUDGETS = {
  bundle: 16_000,
  localeChunk: 3_000,
  benefitsOverFloor: 2_000,
  elementOverFloor: 6_000,
  ceiling: {
    'benefits-list': 12_200,
    'treatment-timeline': 14_750,
    'botox-candidacy-check': 21_800,
    all: 25_200,
  },
};

/** Bundles one entry module with the project's script-tag settings into a temporary folder. */
export async function bundleEntry(entry) {
  const outDir = mkdtempSync(join(tmpdir(), 'bmw-size-'));
  process.env.BMW_SIZE_ENTRY = entry;
  try {
    await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true, sourcemap: false } });
  } finally {
    delete process.env.BMW_SIZE_ENTRY;
  }
  const files = jsFiles(outDir).map((file) => ({ file: relative(outDir, file), ...sizes(file) }));
  rmSync(outDir, { recursive: true, force: true });
  return files;
}

const kb = (n) => `${(n / 1000).toFixed(2)} kB`;

/** Prints rows as columns: the first left-aligned, the rest right-aligned. */
function table(header, rows) {
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => String(row[i]).length)),
  );
  const line = (row) =>
    row
      .map((cell, i) =>
        i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]),
      )
      .join('  ')
      .trimEnd();
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const entry = process.argv[2];
  if (entry) {
    table(
      ['file', 'raw', 'gzip', 'brotli'],
      (await bundleEntry(entry)).map((row) => [
        row.file,
        kb(row.raw),
        kb(row.gzip),
        kb(row.brotli),
      ]),
    );
  } else {
    if (!existsSync('dist/botox-widgets.js') || !existsSync('dist/npm/define.js')) {
      console.error('dist/ is missing: run `npm run build` first');
      process.exit(1);
    }
    const failures = [];
    const check = (ok, message) => {
      if (!ok) failures.push(message);
      return ok ? '✓' : '✗';
    };

    // 1. The script tag.
    const files = [['dist/botox-widgets.js', sizes('dist/botox-widgets.js')]];
    for (const dir of ['dist/chunks', 'dist/locales']) {
      if (existsSync(dir)) {
        for (const file of jsFiles(dir).sort()) files.push([relative('.', file), sizes(file)]);
      }
    }
    const ELEMENT_CHUNK =
      /^dist\/chunks\/(benefits-list|botox-candidacy-check|treatment-timeline)-/;
    const elementChunks = files.filter(([file]) => ELEMENT_CHUNK.test(file));
    // What a page loads for some elements: the entry, their chunks, and every chunk those import
    // statically (shared rules); lazy parts (import()) and translations are left out.
    const gzipOf = new Map(files.map(([file, size]) => [file, size.gzip]));
    const pageLoad = (chunks) => {
      const seen = new Set(['dist/botox-widgets.js']);
      const visit = (file) => {
        if (seen.has(file)) return;
        seen.add(file);
        const code = readFileSync(file, 'utf8');
        for (const [, spec] of code.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)) {
          visit(relative('.', join(dirname(file), spec)));
        }
      };
      chunks.forEach(visit);
      return [...seen].reduce((sum, file) => sum + (gzipOf.get(file) ?? 0), 0);
    };
    const pages = [
      ...elementChunks.map(([file]) => [
        `a page showing only <${ELEMENT_CHUNK.exec(file)?.[1]}>`,
        pageLoad([file]),
      ]),
      ['a page showing all three', pageLoad(elementChunks.map(([file]) => file))],
    ];
    const locales = files.filter(([file]) => file.startsWith('dist/locales/'));
    console.log('Script tag, en (gzip level 9, brotli quality 11)\n');
    table(
      ['file', 'raw', 'gzip', 'brotli', 'budget', ''],
      [
        ...files.map(([file, size]) => {
          const budget =
            file === 'dist/botox-widgets.js'
              ? BUDGETS.bundle
              : file.startsWith('dist/locales/')
                ? BUDGETS.localeChunk
                : undefined;
          return [
            file,
            kb(size.raw),
            kb(size.gzip),
            kb(size.brotli),
            budget ? `≤ ${kb(budget)}` : '',
            budget
              ? check(
                  size.gzip <= budget,
                  `${file} is ${kb(size.gzip)} gzip (budget ${kb(budget)})`,
                )
              : '',
          ];
        }),
        ...pages.map(([name, gzip]) => [`${name}: entry + chunks`, '', kb(gzip), '', '', '']),
      ],
    );
    const largest = Math.max(...locales.map(([, size]) => size.gzip));
    console.log(
      `\n${locales.length} locale chunks, largest ${kb(largest)} gzip (budget ${kb(BUDGETS.localeChunk)} each)`,
    );

    // 2. What a consumer's bundler ships.
    const bundles = await consumerBundles();
    const floor = bundles.find((row) => row.kind === 'floor').gzip;
    const floorLocalize = bundles.find((row) => row.kind === 'floor-localize').gzip;
    const targets = [];
    console.log(
      `\nConsumer bundles (Vite, minified, Lit included; the entry chunk, lazy chunks apart)\n`,
    );
    table(
      ['bundle', 'gzip', 'brotli', 'over Lit floor', 'issue target', '', 'CI ceiling', ''],
      bundles.map((row) => {
        const over = row.gzip - floor;
        const isElement = !row.kind.startsWith('floor') && row.kind !== 'all';
        const target =
          row.kind === 'benefits-list'
            ? BUDGETS.benefitsOverFloor
            : isElement
              ? BUDGETS.elementOverFloor
              : undefined;
        const ceiling = BUDGETS.ceiling[row.kind];
        const targetMet = target === undefined || over <= target;
        if (!targetMet)
          targets.push(`${row.name} is floor + ${kb(over)} (target floor + ${kb(target)})`);
        return [
          row.name + (row.lazyChunks ? ` (+${row.lazyChunks} lazy, ${kb(row.lazyGzip)})` : ''),
          kb(row.gzip),
          kb(row.brotli),
          row.kind === 'floor' ? '' : `${over >= 0 ? '+' : ''}${kb(over)}`,
          target === undefined ? '' : `≤ +${kb(target)}`,
          target === undefined ? '' : targetMet ? 'met' : 'not met',
          ceiling === undefined ? '' : `≤ ${kb(ceiling)}`,
          ceiling === undefined
            ? ''
            : check(
                row.gzip <= ceiling,
                `${row.name} is ${kb(row.gzip)} gzip (ceiling ${kb(ceiling)})`,
              ),
        ];
      }),
    );
    console.log(
      `\n(@lit/localize adds ${kb(floorLocalize - floor)} to the floor; the widgets do not use its runtime.)`,
    );
    if (targets.length) {
      console.log(`Issue targets not met:\n${targets.map((t) => `  - ${t}`).join('\n')}`);
    }

    // 3. What the content alone weighs, against each element's allowance over the floor.
    console.log(
      '\nContent floor: English text + CSS (theme and element) + pure logic, gzip together; no template, language runtime or Lit\n',
    );
    table(
      ['element', 'messages', 'text', 'CSS', 'logic', 'together', 'issue allowance', 'left'],
      (await contentFloors()).map((row) => {
        const allowance =
          row.element === 'benefits-list' ? BUDGETS.benefitsOverFloor : BUDGETS.elementOverFloor;
        const left = allowance - row.together;
        return [
          `<${row.element}>`,
          row.messages,
          kb(row.text),
          kb(row.css),
          kb(row.logic),
          kb(row.together),
          `+${kb(allowance)}`,
          `${left < 0 ? '−' : ''}${kb(Math.abs(left))}`,
        ];
      }),
    );
    const runtime = bundles.find((row) => row.kind === 'floor-runtime').gzip - floor;
    console.log(
      `\nEach element also carries the library runtime, +${kb(runtime)} over the Lit floor on its own (the hello world on the library runtime, above), before its own template and code.`,
    );
    if (failures.length) {
      console.error(`\n${failures.map((f) => `✗ ${f}`).join('\n')}`);
      process.exit(1);
    }
    console.log('\n✓ size budgets and ceilings met');
  }
}
