/**
 * Reads the page's language configuration blocks. Loaded only by pages that have one (or bundled
 * into the script-tag entry, which reads them before the first render).
 */
import { PAGE_CONFIGURATION, warn, type Messages } from './locale.js';
import { registerLocale } from './wording.js';

/**
 * The script-tag way to configure languages without writing JavaScript: a JSON block read when
 * the first widget connects (a data block is not script, so strict Content-Security-Policies
 * allow it):
 *
 * ```html
 * <script type="application/json" data-botox-widgets>
 *   { "locale": "vi", "messages": { "vi": { "benefits.heading": "…" }, "en": { … } } }
 * </script>
 * ```
 *
 * Each `messages` entry replaces wording in a shipped language or registers a new one. Returns
 * the `locale` to use, if one is given.
 */
export function readPageConfiguration(): string | undefined {
  let locale: string | undefined;
  for (const block of document.querySelectorAll(PAGE_CONFIGURATION)) {
    let config: unknown;
    try {
      config = JSON.parse(block.textContent ?? '');
    } catch {
      warn(
        `config:${block.textContent}`,
        'ignored a data-botox-widgets block that is not valid JSON',
      );
      continue;
    }
    if (typeof config !== 'object' || config === null) continue;
    const {
      locale: wanted,
      messages,
      dir,
    } = config as {
      locale?: unknown;
      messages?: unknown;
      dir?: Record<string, 'ltr' | 'rtl'>;
    };
    if (typeof messages === 'object' && messages !== null) {
      for (const [code, entries] of Object.entries(messages)) {
        registerLocale(code, entries as Messages, { dir: dir?.[code] });
      }
    }
    if (typeof wanted === 'string') locale = wanted;
  }
  return locale;
}
