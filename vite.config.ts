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
 * `__vitePreload(() => import("…")…, deps)` → `import("…")…` where there is nothing to preload
 * (no deps), whatever follows the import inside (`.then(…)`).
 */
function unwrapPreloads(code: string): string {
  const head = '__vitePreload(() => ';
  let out = '';
  let from = 0;
  for (let at = code.indexOf(head); at !== -1; at = code.indexOf(head, from)) {
    let depth = 0;
    let end = at + head.length;
    for (; end < code.length && !(depth === 0 && code[end] === ','); end++) {
      if (code[end] === '(') depth++;
      else if (code[end] === ')') depth--;
    }
    const tail = /^,\s*(?:__VITE_PRELOAD__|\[\]|void 0)\s*\)/.exec(code.slice(end));
    out += tail ? code.slice(from, at) + code.slice(at + head.length, end) : code.slice(from, end);
    from = tail ? end + tail[0].length : end;
  }
  return out + code.slice(from);
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
      let unwrapped = unwrapPreloads(code)
        // Unbundled (npm) output keeps a bare import of the helper module: drop it too.
        .replace(/^import\s*"[^"]*preload-helper\.js";\n/gm, '');
      // …and a named one, once nothing calls the helper.
      const named = /^import\s*\{\s*__vitePreload\s*\}\s*from\s*"[^"]*preload-helper\.js";\n/m;
      if (unwrapped.split('__vitePreload').length === 2) unwrapped = unwrapped.replace(named, '');
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

/**
 * Two facts about this repository, not the library:
 * - `npm start` prints the server's root URL: send `/` to the demo clinic page (dev server only).
 * - package.json `sideEffects` names the shipped files (`dist/…`), and Vite applies it to this
 *   repository's sources too: keep the side effects of the modules that register elements.
 */
function repositoryPlugins(): Plugin[] {
  const registers = /\/src\/(?:define|cdn|components\/[^/]+\/define)\.ts$/;
  return [
    {
      name: 'demo-at-root',
      apply: 'serve',
      configureServer(server) {
        // Storybook runs Vite inside its own server (middleware mode), and `/` is its own there.
        if (server.config.server.middlewareMode) return;
        server.middlewares.use((req, res, next) => {
          if (!/^\/(?:index\.html)?(?:\?.*)?$/.test(req.url ?? '')) return next();
          res.statusCode = 302;
          res.setHeader('Location', '/src/demo/index.html');
          res.end();
        });
      },
    },
    {
      name: 'source-side-effects',
      apply: 'build',
      transform: (_code, id) => (registers.test(id) ? { moduleSideEffects: true } : null),
    },
  ];
}

/**
 * The clinic studio's data (`virtual:botox-studio-data`, see scripts/studio-data.mjs), built from
 * the manifest, the library's constants, the theme and the XLIFF files when a page imports it.
 */
function studioData(): Plugin {
  const resolved = '\0botox-studio-data';
  return {
    name: 'botox-studio-data',
    resolveId: (source) => (source === 'virtual:botox-studio-data' ? resolved : null),
    async load(id) {
      if (id !== resolved) return null;
      const script = new URL('./scripts/studio-data.mjs', import.meta.url).href;
      const { studioDataModule } = (await import(script)) as {
        studioDataModule: () => Promise<string>;
      };
      return studioDataModule();
    },
  };
}

/**
 * In the studio's build, its pages load the built script tag (`dist/botox-widgets.js`, beside
 * `dist/studio/`) rather than a copy of the widgets: `src/cdn.ts` → `../botox-widgets.js`.
 */
function studioUsesScriptTag(): Plugin {
  return {
    name: 'studio-uses-script-tag',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '../cdn.js' && importer?.includes('/src/studio/'))
        return { id: '../botox-widgets.js', external: true };
      return null;
    },
  };
}

const plugins = (): Plugin[] => [
  ...repositoryPlugins(),
  studioData(),
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

/**
 * The script tag's entry shares no module with the chunks it loads. Otherwise rolldown keeps a
 * shared module in the entry and the chunks import the entry by URL, and then
 * `botox-widgets.js?ver=6.1.9` beside `botox-widgets.js` is two instances of all of it: two
 * downloads, two language runtimes. So each module the entry imports statically is the entry's
 * own copy (the same file, as `…?entry`: the autoloader, the page's shared object, the version),
 * and it loads everything else with `import()`, from the chunks' own copies.
 *
 * The script tag's chunks are plain modules with no CSS, so Vite's preload helper (about 1 kB,
 * and it touches the DOM at import time) is also replaced by a plain call of the import.
 */
function privateEntryImports(entry: string): Plugin {
  const COPY = '?entry';
  const PRELOAD_HELPER = '\0vite/preload-helper.js';
  // Only in the script tag's own build (Storybook's builder takes these plugins too).
  let active = false;
  return {
    name: 'private-entry-imports',
    enforce: 'pre',
    configResolved(config) {
      const { input } = config.build.rollupOptions;
      active =
        config.command === 'build' &&
        Object.values(typeof input === 'object' ? input : {}).includes(entry);
    },
    async resolveId(source, importer, options) {
      const kind = (options as { kind?: string }).kind;
      if (!active || !importer || kind !== 'import-statement') return null;
      if (!importer.endsWith(COPY) && !importer.endsWith(`/${entry}`)) return null;
      if (source === PRELOAD_HELPER) return `${PRELOAD_HELPER}${COPY}`;
      const resolved = await this.resolve(source, importer.replace(COPY, ''), options);
      if (!resolved || resolved.external) return resolved;
      if (!resolved.id.includes('/src/')) {
        this.error(`${entry} imports ${source}: the entry loads it with import(), or not at all`);
      }
      return { ...resolved, id: `${resolved.id}${COPY}` };
    },
    load(id) {
      if (!active || !id.startsWith(PRELOAD_HELPER)) return null;
      return 'export const __vitePreload = (load) => load();';
    },
  };
}

/**
 * What every element of the script tag needs, in one chunk (`chunks/shared-….js`) that the
 * element chunks import and the entry loads beside the first one: Lit, the base class, theme,
 * icons and heading helper, and the language runtime. Not translations, the message id list or
 * the data-block reader, which load on demand.
 */
const SHARED_CHUNK =
  /\/src\/(?:internal\/(?!autoloader)|localization\/(?!page-config|generated\/(?:locales|message-ids))|version\.ts$|theme\.ts$)/;

/** Entry points of the npm build: the class-only root, `define.js`, and each element's define module. */
const npmEntries = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  'components/benefits-list/define': 'src/components/benefits-list/define.ts',
  'components/botox-candidacy-check/define': 'src/components/botox-candidacy-check/define.ts',
  'components/treatment-timeline/define': 'src/components/treatment-timeline/define.ts',
  'ssr/render': 'src/ssr/render.ts',
  // The language API in one module (the bundler resolves the elements' imports past it to the
  // layers; scripts/consumer-size.mjs measures the runtime through it).
  'localization/locale': 'src/localization/locale.ts',
};

/**
 * - `npm start`: the dev server, opening the demo clinic page (`src/demo/index.html`).
 * - `vite build` (script tag): the entry `dist/botox-widgets.js` (the autoloader and the language
 *   API), `dist/chunks/shared-….js` (Lit, the base class, the runtime) and each element's chunk
 *   beside it, each translation a lazy chunk in `dist/locales/`, all loaded relative to the
 *   entry's own URL so the folder works from any CDN path.
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
  if (mode === 'studio') {
    // `npm run build:studio`: the clinic studio in dist/studio/ (relative paths), on the built
    // script tag in dist/ (so build it after `vite build`).
    return {
      plugins: [studioUsesScriptTag(), ...plugins()],
      root: 'src/studio',
      base: './',
      build: {
        outDir: '../../dist/studio',
        emptyOutDir: true,
        target: 'es2023',
        minify: true,
        sourcemap: false,
        modulePreload: false,
        assetsDir: '',
        rollupOptions: {
          input: { index: 'src/studio/index.html', preview: 'src/studio/preview.html' },
          output: { entryFileNames: '[name]-[hash].js', chunkFileNames: '[name]-[hash].js' },
        },
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
  const scriptTag = !process.env.BMW_SIZE_ENTRY;
  return {
    plugins: [privateEntryImports('src/cdn.ts'), ...plugins()],
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
        input: scriptTag
          ? { 'botox-widgets': 'src/cdn.ts' }
          : { entry: process.env.BMW_SIZE_ENTRY as string },
        // The entry exports its API and nothing else: no chunk imports it (see
        // privateEntryImports). It loads the shared chunk beside an element's own, never up front.
        preserveEntrySignatures: scriptTag ? 'strict' : 'allow-extension',
        output: {
          entryFileNames: '[name].js',
          ...(scriptTag && {
            codeSplitting: {
              groups: [
                { name: 'shared', test: (id) => SHARED_CHUNK.test(id) && !id.endsWith('?entry') },
              ],
            },
          }),
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
