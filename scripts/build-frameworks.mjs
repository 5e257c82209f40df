// Builds the three framework apps in test/frameworks/ (React 19, Vue 3, Svelte 5) into
// dist/frameworks/<name>/, each a static page with its own index.html, for
// test/frameworks.test.ts. Run after `npm run build`: the apps import the package by its name,
// resolved through package.json "exports" to dist/npm, with `lit` shared from node_modules —
// what an app that ran `npm install botox-migraine-widgets` gets.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { build } from 'vite';
import { packageByName } from './package-by-name.mjs';
import vue from '@vitejs/plugin-vue';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const repo = fileURLToPath(new URL('../', import.meta.url));

if (!existsSync(`${repo}dist/npm/define.js`)) {
  console.error('dist/npm is missing: run `npm run build` first.');
  process.exit(1);
}

const apps = {
  react: [],
  vue: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.includes('-') } } })],
  svelte: [svelte({ configFile: false })],
};

const start = performance.now();
for (const [name, plugins] of Object.entries(apps)) {
  await build({
    configFile: false,
    root: `${repo}test/frameworks/${name}`,
    base: './',
    logLevel: 'warn',
    mode: 'production',
    plugins: [packageByName, ...plugins],
    build: {
      outDir: `${repo}dist/frameworks/${name}`,
      emptyOutDir: true,
      target: 'es2022',
      reportCompressedSize: false,
    },
  });
}
console.log(
  `Built ${Object.keys(apps).join(', ')} into dist/frameworks/ in ${Math.round(performance.now() - start)} ms.`,
);
