import { defineConfig, type Plugin, type UserConfig } from 'vite';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

/**
 * Translator notes (`desc`) are for XLIFF only; at run time they are dead weight. This removes the
 * `desc` option that follows the `id` in every `msg(…, { id, desc })` call of the library's source.
 */
function stripTranslatorNotes(): Plugin {
  const note = /(\bid:\s*(['"`])[\w.-]+\2)\s*,\s*desc:\s*(['"`])(?:\\.|(?!\3)[\s\S])*?\3\s*,?/g;
  return {
    name: 'strip-translator-notes',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('msg(')) return null;
      const stripped = code.replace(note, '$1');
      if (/\bdesc:\s*['"`]/.test(stripped)) {
        this.error(`a msg() translator note in ${id} was not stripped: put "id" before "desc"`);
      }
      return { code: stripped, map: null };
    },
  };
}

/**
 * Translations are plain modules with no CSS or shared chunks to preload, so Vite's preload helper
 * (about 1 KB, and it touches the DOM at import time) is dead weight: unwrap the dynamic imports.
 */
function plainDynamicImports(): Plugin {
  return {
    name: 'plain-dynamic-imports',
    enforce: 'post',
    renderChunk(code) {
      if (!code.includes('__vitePreload') && !code.includes('preload-helper')) return null;
      const unwrapped = code
        .replace(/__vitePreload\(\(\) => (import\("[^"]+"\)), __VITE_PRELOAD__\)/g, '$1')
        // Unbundled (npm) output keeps a bare import of the helper module: drop it too.
        .replace(/^import\s*"[^"]*preload-helper\.js";\n/gm, '');
      return { code: unwrapped, map: null };
    },
    generateBundle(_options, bundle) {
      // Bare imports of the helper (left by the unbundled npm build) import nothing that is used.
      const bare = /^import\s*["'][^"']*preload-helper[^"']*\.js["'];?\n/gm;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = chunk.code.replace(bare, '');
      }
      // Delete the helper only when nothing imports it any more (Storybook's own chunks do).
      for (const file of Object.keys(bundle).filter((name) => name.includes('preload-helper'))) {
        const base = file.split('/').pop() as string;
        const used = Object.values(bundle).some(
          (chunk) => chunk.type === 'chunk' && chunk.fileName !== file && chunk.code.includes(base),
        );
        if (!used) delete bundle[file];
      }
    },
  };
}

const plugins = (): Plugin[] => [
  plainDynamicImports(),
  stripTranslatorNotes(),
  {
    ...(minifyHTML({
      failOnError: true,
      include: ['**/src/**/*.ts'],
      exclude: ['**/node_modules/**'],
      // SVG icons need their self-closing slashes, or each <path> swallows the next.
      options: { minifyOptions: { keepClosingSlash: true } },
    }) as unknown as Plugin),
    apply: 'build',
  },
];

/** Entry points of the npm build: the class-only root, `define.js`, and each element's define module. */
const npmEntries = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  'components/benefits-list/define': 'src/components/benefits-list/define.ts',
  'components/botox-candidacy-check/define': 'src/components/botox-candidacy-check/define.ts',
  'components/treatment-timeline/define': 'src/components/treatment-timeline/define.ts',
  'ssr/render': 'src/ssr/render.ts',
};

/**
 * - `npm start`: the dev server, opening the demo clinic page (`src/demo/index.html`).
 * - `vite build` (script tag): the self-contained module `dist/botox-widgets.js` (Lit and
 *   @lit/localize bundled), each translation a lazy sibling chunk in `dist/locales/`, loaded
 *   relative to the module's own URL so it works from any CDN path.
 * - `vite build --mode npm`: unbundled ES modules in `dist/npm/` for bundlers, with `lit` and
 *   `@lit/localize` left as shared dependencies; templates minified, translator notes removed.
 */
export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'demo') {
    // `npm run build:demo`: the demo clinic page as a static site in dist/demo/ (relative paths).
    return {
      plugins: plugins(),
      root: 'src/demo',
      base: './',
      build: {
        outDir: '../../dist/demo',
        emptyOutDir: true,
        target: 'es2023',
        minify: true,
        sourcemap: false,
        modulePreload: false,
      },
    };
  }
  if (mode === 'npm') {
    return {
      plugins: plugins(),
      build: {
        outDir: 'dist/npm',
        emptyOutDir: true,
        target: 'es2023',
        minify: false,
        sourcemap: true,
        modulePreload: false,
        rollupOptions: {
          input: npmEntries,
          preserveEntrySignatures: 'strict',
          external: [/^lit(\/.*)?$/, /^@lit\/localize(\/.*)?$/, /^@lit-labs\/ssr(\/.*)?$/],
          output: {
            preserveModules: true,
            preserveModulesRoot: 'src',
            entryFileNames: '[name].js',
          },
        },
      },
    };
  }
  return {
    plugins: plugins(),
    server: { open: '/src/demo/index.html' },
    build: {
      outDir: 'dist',
      // The script tag is built first (`npm run build`), so it starts from a clean dist/.
      emptyOutDir: true,
      target: 'es2023',
      minify: true,
      sourcemap: true,
      modulePreload: false,
      rollupOptions: {
        // `npm run size` bundles single elements the same way through BMW_SIZE_ENTRY.
        input: process.env.BMW_SIZE_ENTRY
          ? { entry: process.env.BMW_SIZE_ENTRY }
          : { 'botox-widgets': 'src/cdn.ts' },
        // Lets code shared with lazy chunks stay in the entry (exported under short names), so
        // the script tag loads one file up front, never an eager shared chunk.
        preserveEntrySignatures: 'allow-extension',
        output: {
          entryFileNames: '[name].js',
          // Translations in locales/, other lazily loaded parts in chunks/.
          chunkFileNames: (chunk) => {
            const locale = /\/generated\/locales\/([^/]+)\/[^/]+\.ts$/.exec(
              chunk.facadeModuleId ?? '',
            );
            return locale ? `locales/${locale[1]}/[name]-[hash].js` : 'chunks/[name]-[hash].js';
          },
        },
      },
    },
  };
});
