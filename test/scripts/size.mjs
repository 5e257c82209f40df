// `npm run size`: gzip and brotli sizes of the script-tag bundle and its lazy chunks (from
// `npm run build`), and of one element's own entry bundled the way the script tag is.
// `node test/scripts/size.mjs src/components/<tag>/define.ts` builds just that entry.
import { readdirSync, readFileSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { build } from 'vite';

export const BUDGETS = { bundle: 16_000, localeChunk: 3_000 };

/** gzip (level 9) and brotli (quality 11) sizes of a file, in bytes. */
export function sizes(file) {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Every .js file under `dir`, recursively. */
export function jsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

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

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const entry = process.argv[2];
  if (entry) {
    for (const row of await bundleEntry(entry)) {
      console.log(
        `${row.file.padEnd(40)} ${kb(row.raw).padStart(10)} raw ${kb(row.gzip).padStart(10)} gzip ${kb(row.brotli).padStart(10)} brotli`,
      );
    }
  } else {
    if (!existsSync('dist/botox-widgets.js')) {
      console.error('dist/botox-widgets.js is missing: run `npm run build` first');
      process.exit(1);
    }
    const failures = [];
    const rows = [['dist/botox-widgets.js', sizes('dist/botox-widgets.js')]];
    for (const dir of ['dist/chunks', 'dist/locales']) {
      if (existsSync(dir)) {
        for (const file of jsFiles(dir).sort()) rows.push([relative('.', file), sizes(file)]);
      }
    }
    const line = (file, size) =>
      `${file.padEnd(52)} ${kb(size.raw).padStart(10)} raw ${kb(size.gzip).padStart(10)} gzip ${kb(size.brotli).padStart(10)} brotli`;
    for (const [file, size] of rows) {
      console.log(line(file, size));
      if (file === 'dist/botox-widgets.js' && size.gzip > BUDGETS.bundle) {
        failures.push(`${file} is ${kb(size.gzip)} gzip (budget ${kb(BUDGETS.bundle)})`);
      }
      if (file.startsWith('dist/locales/') && size.gzip > BUDGETS.localeChunk) {
        failures.push(`${file} is ${kb(size.gzip)} gzip (budget ${kb(BUDGETS.localeChunk)})`);
      }
    }
    // What a page showing all three elements in English downloads up front.
    const elements = rows.filter(([file]) =>
      /^dist\/chunks\/(benefits-list|botox-candidacy-check|treatment-timeline)-/.test(file),
    );
    const total = [rows[0], ...elements].reduce((sum, [, size]) => sum + size.gzip, 0);
    console.log(`\nEntry + all three elements (en): ${kb(total)} gzip`);
    if (failures.length) {
      console.error(failures.map((f) => `✗ ${f}`).join('\n'));
      process.exit(1);
    }
    console.log('✓ size budgets met');
  }
}
