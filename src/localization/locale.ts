/**
 * The library's language API, in one module, as the elements, the npm build, server rendering
 * and Storybook import it. The runtime behind it is in layers, each importing only those below:
 *
 * - `msg.ts`: `msg` and `str`, the leaf (imports nothing of the library); the generated
 *   translations import `str` from it;
 * - `store.ts`: the page's language state (language, text, wording, registered languages,
 *   loaders), shared by every copy of the library on the page, behind functions;
 * - `runtime.ts`: which language is active, following `<html lang>`, `setLocale`, the data block;
 * - `wording.ts`: `setMessages`, `clearMessages`, `registerLocale` (its own module, so bundles
 *   that never call them do not carry them), and `page-config.ts`, the data block's reader;
 * - `shipped.ts`: the shipped translations and the block reader, which the base class of every
 *   element plugs into the runtime.
 *
 * Nothing runs at import time: the first widget that connects, or the first call, starts it.
 */
export { msg, str } from './msg.js';
export type { Messages } from './messages.js';
export {
  SHIPPED_LOCALES,
  SOURCE_LOCALE,
  availableLocales,
  getLocale,
  localeDirection,
  onLocaleChange,
  requireMessages,
  type ShippedLocale,
} from './store.js';
export { followDocumentLocale, isFollowingDocument, setLocale } from './runtime.js';
/** @internal For tests: the shipped translations' loaders (see shipped.ts). */
export { LOCALE_LOADERS } from './shipped.js';
