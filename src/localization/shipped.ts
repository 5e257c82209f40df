/**
 * The translations this package ships, and the reader of the page's data block: what the base
 * class of every element (and the script tag's shared chunk) plugs into the language runtime
 * with `useTranslations(LOCALE_LOADERS, readPage)`. The runtime itself imports neither, so the
 * generated translation chunks and the block reader, which import the runtime's modules, never
 * lead back to it.
 */
export { loaders as LOCALE_LOADERS } from './generated/loaders.js';

/** @internal Loads the reader of the page's data blocks and reads them (see page-config.ts). */
export const readPage = (): Promise<string | undefined> =>
  import('./page-config.js').then((module) => module.readPageConfiguration());
