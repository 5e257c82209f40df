/**
 * Server rendering (Node only): turns the library's elements in an HTML page into declarative
 * shadow DOM with `@lit-labs/ssr`, so the widgets show their content before — or without —
 * JavaScript. A page that then loads `@lit-labs/ssr-client/lit-element-hydrate-support.js` before
 * `botox-migraine-widgets/define.js` hydrates them in place: no flash, no layout shift.
 *
 * ```js
 * import { prerender } from 'botox-migraine-widgets/ssr.js';
 * const page = await prerender(await readFile('in.html', 'utf8'));
 * ```
 *
 * `@lit-labs/ssr` must be installed (an optional peer dependency). The elements are registered
 * in its DOM shim's registry when `prerender` first runs (bundlers may reorder imports, so not at
 * import time).
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { defineElement } from '../internal/define-element.js';
import { loadResult } from '../components/botox-candidacy-check/parts.js';
import { ELEMENT_TAGS, ELEMENTS, type ElementTag } from '../elements.js';
import { requireMessages, setLocale, SOURCE_LOCALE } from '../localization/locale.js';

export interface PrerenderOptions {
  /**
   * The language to render in (any tag; the best shipped match is used). Default: the page's
   * `<html lang>`, else English. Render in the language the page will show, or the widgets switch
   * language after hydration.
   */
  locale?: string;
  /**
   * The date (`YYYY-MM-DD`) a `<treatment-timeline>` with a `start-date` and no `today` is
   * rendered for; it is written into the page as `today`, so the browser hydrates the same
   * content. Default: the server's local date. Regenerate the page daily, or set `today` yourself.
   */
  today?: string;
}

interface Attribute {
  name: string;
  value: string;
}

/** Text that is not markup: the contents of these elements are never searched for widgets. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'template', 'xmp', 'noscript']);
const NAME = /^[a-z_:][-a-z0-9_:.]*$/;

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Decodes the few entities an attribute value usually holds (others stay as written). */
const decodeAttribute = (value: string) =>
  value.replace(/&(amp|quot|lt|gt|apos|#\d+|#x[0-9a-f]+);/gi, (entity, body: string) => {
    const named: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };
    if (body[0] !== '#') return named[body.toLowerCase()] ?? entity;
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : +body.slice(1);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });

/**
 * Reads a start tag's attributes from `source` at `index` (just after the tag name). Returns them
 * and the index after `>`, or null when the tag never ends.
 */
function readAttributes(
  source: string,
  index: number,
): { attributes: Attribute[]; end: number } | null {
  const attributes: Attribute[] = [];
  const pattern = /\s*(?:([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?|(\/)|(>))/y;
  pattern.lastIndex = index;
  for (;;) {
    const match = pattern.exec(source);
    if (!match) return null;
    if (match[6]) return { attributes, end: pattern.lastIndex };
    if (match[1]) {
      const name = match[1].toLowerCase();
      if (!attributes.some((attribute) => attribute.name === name)) {
        attributes.push({ name, value: decodeAttribute(match[2] ?? match[3] ?? match[4] ?? '') });
      }
    }
  }
}

async function renderElement(tag: ElementTag, attributes: readonly Attribute[]): Promise<string> {
  const written = attributes
    .filter(({ name }) => NAME.test(name))
    .map(({ name, value }) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  // Only our own tag names and escaped attributes reach the template: nothing from the page is
  // markup.
  const start = unsafeStatic(`<${tag}${written}>`);
  const end = unsafeStatic(`</${tag}>`);
  const markup = await collectResult(render(html`${start}${end}`));
  // The page is not a Lit template: drop the markers of the wrapping template.
  return markup.replace(/^<!--lit-part [^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
}

const today = (): string => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

/**
 * Renders every `<benefits-list>`, `<botox-candidacy-check>` and `<treatment-timeline>` of an
 * HTML page (or fragment) to declarative shadow DOM and returns the page. Everything else is
 * returned as written; elements that already hold a declarative shadow root are left alone, so
 * rendering twice changes nothing. Text from the page is only ever written as escaped attribute
 * values.
 */
export async function prerender(page: string, options: PrerenderOptions = {}): Promise<string> {
  // The library's elements (src/elements.ts), registered in the DOM shim's registry; their
  // message groups are the translations to load.
  const classes = await Promise.all(ELEMENT_TAGS.map((tag) => ELEMENTS[tag]()));
  ELEMENT_TAGS.forEach((tag, index) => defineElement(tag, classes[index]));
  const lang = /<html\b[^>]*?\slang\s*=\s*["']?([\w-]+)/i.exec(page)?.[1];
  for (const element of classes) requireMessages(element.messageGroups);
  await setLocale(options.locale ?? lang ?? SOURCE_LOCALE);
  // The self-check's result is a chunk of its own in the browser; on the server it must be there
  // before rendering, which is synchronous.
  await loadResult();
  const date = options.today ?? today();

  let out = '';
  let index = 0;
  const tagAt = /<!--|<([a-zA-Z][-a-zA-Z0-9]*)/g;
  for (let match = tagAt.exec(page); match; match = tagAt.exec(page)) {
    if (match[0] === '<!--') {
      const close = page.indexOf('-->', match.index + 4);
      tagAt.lastIndex = close < 0 ? page.length : close + 3;
      continue;
    }
    const name = match[1].toLowerCase();
    if (RAW_TEXT.has(name)) {
      const close = page.toLowerCase().indexOf(`</${name}`, tagAt.lastIndex);
      tagAt.lastIndex = close < 0 ? page.length : close;
      continue;
    }
    if (!Object.hasOwn(ELEMENTS, name)) continue;
    const tag = name as ElementTag;
    const start = readAttributes(page, tagAt.lastIndex);
    if (!start) break;
    const close = page.toLowerCase().indexOf(`</${tag}>`, start.end);
    if (close < 0) break;
    const content = page.slice(start.end, close);
    tagAt.lastIndex = close + tag.length + 3;
    if (/<template\b[^>]*\sshadowroot(mode)?\s*=/i.test(content)) continue;

    const attributes = [...start.attributes];
    if (
      tag === 'treatment-timeline' &&
      attributes.some(({ name }) => name === 'start-date') &&
      !attributes.some(({ name }) => name === 'today')
    ) {
      attributes.push({ name: 'today', value: date });
    }
    const rendered = await renderElement(tag, attributes);
    // Light DOM content (the elements have no slots) stays where it was.
    out += page.slice(index, match.index) + rendered.slice(0, -`</${tag}>`.length) + content;
    out += `</${tag}>`;
    index = close + tag.length + 3;
  }
  return out + page.slice(index);
}
