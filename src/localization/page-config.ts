/**
 * Reads the page's language configuration blocks. Loaded only by pages that have one, when the
 * runtime starts (the first widget connecting or the first call of the language API, whichever
 * comes first); the script tag fetches it beside its shared chunk, so the block applies before
 * the first render.
 */
import { warnOnPage as warn } from '../core/page.js';
import { addMessages } from './wording.js';

const BLOCK = 'the data-botox-widgets block';

/**
 * The script-tag way to configure languages without writing JavaScript: a JSON block (a data
 * block is not script, so strict Content-Security-Policies allow it):
 *
 * ```html
 * <script type="application/json" data-botox-widgets>
 *   { "locale": "vi", "messages": { "vi": { "benefits.heading": "…" }, "en": { … } } }
 * </script>
 * ```
 *
 * Each `messages` entry replaces wording in a shipped language or registers a new one, beneath
 * what `setMessages` and `registerLocale` set (a call wins over the block, before or after it).
 * Returns the `locale` to use, if one is given.
 */
export function readPageConfiguration(): string | undefined {
  let locale: string | undefined;
  for (const block of document.querySelectorAll(
    'script[type="application/json"][data-botox-widgets]',
  )) {
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
      dir?: Record<string, unknown>;
    };
    if (typeof messages === 'object' && messages !== null) {
      for (const [code, entries] of Object.entries(messages)) {
        addMessages(code, entries, `${BLOCK} (${JSON.stringify(code)})`, true, dir?.[code], true);
      }
    }
    if (typeof wanted === 'string') locale = wanted;
  }
  return locale;
}
