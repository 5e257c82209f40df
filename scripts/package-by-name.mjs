import { fileURLToPath } from 'node:url';

/** The package's own name, as a consumer imports it. */
export const PACKAGE = 'botox-migraine-widgets';

/**
 * A Vite plugin that resolves `botox-migraine-widgets` and its subpaths as Node does for an
 * installed package: by the "exports" map of its package.json (this file sits inside the package,
 * so Node's self-reference applies). A path the map does not export fails, as it would for a user.
 */
export const packageByName = {
  name: 'package-by-name',
  enforce: 'pre',
  resolveId(id) {
    if (id !== PACKAGE && !id.startsWith(`${PACKAGE}/`)) return null;
    return fileURLToPath(import.meta.resolve(id));
  },
};
