import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const source = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * scripts/element-schema.mjs (the attributes as data, shared with the WordPress blocks and the
 * clinic studio) reads the library's constants from the build in `dist/npm/`. Storybook runs on
 * the sources, so it gets them from `src/` instead: no build is needed before `npm run storybook`.
 */
const schemaFromSources: Plugin = {
  name: 'botox-schema-from-sources',
  enforce: 'pre',
  resolveId(id, importer) {
    if (!importer?.endsWith('/scripts/element-schema.mjs') || !id.startsWith('../dist/npm/'))
      return null;
    return `${source}${id.slice('../dist/npm/'.length).replace(/\.js$/, '.ts')}`;
  },
};

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  viteFinal: (vite) => ({ ...vite, plugins: [...(vite.plugins ?? []), schemaFromSources] }),
};

export default config;
