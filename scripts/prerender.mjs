// Renders the widgets of an HTML page to declarative shadow DOM, so they show before (or
// without) JavaScript; the page then hydrates them (see docs and test/fixtures/ssr/client.js).
//
//   node scripts/prerender.mjs in.html [out.html] [--locale es] [--today 2026-04-15]
//
// Writes to out.html (creating its folder) or to standard output. Needs `npm run build:npm`
// first and @lit-labs/ssr installed. From the npm package:
//   import { prerender } from 'botox-migraine-widgets/ssr.js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const args = process.argv.slice(2);
const options = {};
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--locale' || args[i] === '--today') options[args[i].slice(2)] = args[++i];
  else files.push(args[i]);
}
if (files.length < 1 || files.length > 2 || Object.values(options).includes(undefined)) {
  console.error(
    'usage: node scripts/prerender.mjs in.html [out.html] [--locale xx] [--today YYYY-MM-DD]',
  );
  process.exit(2);
}

let prerender;
try {
  ({ prerender } = await import('../dist/npm/ssr/render.js'));
} catch (error) {
  console.error(
    `could not load dist/npm/ssr/render.js (run \`npm run build:npm\` first): ${error}`,
  );
  process.exit(1);
}

const page = await prerender(readFileSync(files[0], 'utf8'), options);
if (files[1]) {
  mkdirSync(dirname(files[1]), { recursive: true });
  writeFileSync(files[1], page);
} else {
  process.stdout.write(page);
}
