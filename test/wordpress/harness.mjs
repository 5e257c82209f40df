// @ts-check
/* global process, fetch, URLSearchParams, requestAnimationFrame */
// What the WordPress tests share: one WordPress (the one `npm run test:wordpress` started, or
// a new one when a file runs alone), headless Chromium, logged-in sessions per role, posts
// created over REST with the user's own cookie and nonce (so an Author's content goes through
// kses like in the editor), and readers for the widgets' rendered state.
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findBrowser } from '../../scripts/browser.mjs';
import { OFFLINE_FLAG, useWordPress } from '../../scripts/wordpress-env.mjs';

export const TAGS = ['botox-candidacy-check', 'treatment-timeline', 'benefits-list'];
export const ENTRY = /\/wp-content\/plugins\/botox-widgets\/widgets\/botox-widgets\.js(\?.*)?$/;

/**
 * Starts (or attaches to) WordPress and launches Chromium. Call once per file, in before().
 * @returns {Promise<{ wp: import('../../scripts/wordpress-env.mjs').WordPress,
 *   browser: import('puppeteer-core').Browser, close: () => Promise<void> }>}
 */
export async function setup() {
  const wp = await useWordPress({
    log: (line) => process.env.WORDPRESS_VERBOSE && console.error(`[wordpress] ${line}`),
  });
  const browser = await puppeteer.launch({
    executablePath: findBrowser(),
    args: [...CHROME_FLAGS, OFFLINE_FLAG, '--window-size=1280,800'],
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    protocolTimeout: 120000,
  });
  return {
    wp,
    browser,
    close: async () => {
      await browser.close();
      await wp.stop();
    },
  };
}

/**
 * A fresh browser context (own cookies), logged in as `user` unless null.
 * @param {import('puppeteer-core').Browser} browser
 * @param {import('../../scripts/wordpress-env.mjs').WordPress} wp
 * @param {'admin' | 'editor' | 'author' | null} user
 */
export async function session(browser, wp, user) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(30000);
  page.setDefaultNavigationTimeout(60000);
  if (user) await wp.login(page, user);
  return { context, page };
}

/**
 * The REST nonce of the logged-in user of `page` (admin-ajax's rest-nonce action).
 * @param {import('puppeteer-core').Page} page
 * @param {string} url
 */
export async function restNonce(page, url) {
  if (!page.url().startsWith(url))
    await page.goto(`${url}/wp-admin/`, { waitUntil: 'domcontentloaded' });
  const nonce = await page.evaluate(async (base) => {
    const response = await fetch(`${base}/wp-admin/admin-ajax.php?action=rest-nonce`, {
      credentials: 'same-origin',
    });
    return response.text();
  }, url);
  if (!/^[0-9a-f]{10}$/.test(nonce)) throw new Error(`No REST nonce: ${nonce}`);
  return nonce;
}

/**
 * Calls the REST API as the logged-in user of `page` (cookie + nonce), as the block editor does.
 * @param {import('puppeteer-core').Page} page
 * @param {string} url
 * @param {string} route e.g. '/wp/v2/posts'
 * @param {{ method?: string, body?: unknown, query?: Record<string, string> }} [request]
 * @returns {Promise<{ status: number, json: any }>}
 */
export async function rest(page, url, route, request = {}) {
  const nonce = await restNonce(page, url);
  const query = new URLSearchParams({ rest_route: route, ...(request.query ?? {}) });
  return page.evaluate(
    async (address, method, nonce, body) => {
      const response = await fetch(address, {
        method,
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'x-wp-nonce': nonce },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      let json;
      try {
        json = JSON.parse(text);
      } catch {
        json = text;
      }
      return { status: response.status, json };
    },
    `${url}/?${query}`,
    request.method ?? (request.body === undefined ? 'GET' : 'POST'),
    nonce,
    request.body,
  );
}

/**
 * Creates a post (or page) as the logged-in user of `page`; resolves with its id, link and the
 * content as WordPress stored it (after kses).
 * @param {import('puppeteer-core').Page} page
 * @param {string} url
 * @param {{ title: string, content: string, status?: string, type?: 'posts' | 'pages' }} post
 */
export async function createPost(page, url, post) {
  const type = post.type ?? 'posts';
  const created = await rest(page, url, `/wp/v2/${type}`, {
    body: { title: post.title, content: post.content, status: post.status ?? 'publish' },
  });
  if (created.status !== 201) {
    throw new Error(
      `Creating "${post.title}" failed (${created.status}): ${JSON.stringify(created.json)}`,
    );
  }
  const stored = await rest(page, url, `/wp/v2/${type}/${created.json.id}`, {
    query: { context: 'edit' },
  });
  return {
    id: /** @type {number} */ (created.json.id),
    link: /** @type {string} */ (created.json.link),
    raw: /** @type {string} */ (stored.json.content.raw),
  };
}

/**
 * Records what a page does: console errors, page errors, dialogs, requests.
 * @param {import('puppeteer-core').Page} page
 */
export function watch(page) {
  const seen = {
    /** @type {string[]} */ consoleErrors: [],
    /** @type {string[]} */ consoleWarnings: [],
    /** @type {string[]} */ pageErrors: [],
    /** @type {string[]} */ dialogs: [],
    /** @type {string[]} */ requests: [],
    /** @type {string[]} */ failed: [],
    reset() {
      for (const key of [
        'consoleErrors',
        'consoleWarnings',
        'pageErrors',
        'dialogs',
        'requests',
        'failed',
      ]) {
        // @ts-expect-error the arrays above
        seen[key].length = 0;
      }
    },
  };
  page.on('console', (message) => {
    const where = message.location()?.url ?? '';
    if (message.type() === 'error') seen.consoleErrors.push(`${message.text()} ${where}`.trim());
    if (message.type() === 'warn') seen.consoleWarnings.push(`${message.text()} ${where}`.trim());
  });
  page.on('pageerror', (error) => seen.pageErrors.push(String(error)));
  page.on('dialog', (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  page.on('request', (request) => seen.requests.push(request.url()));
  page.on('requestfailed', (request) =>
    seen.failed.push(`${request.url()} ${request.failure()?.errorText}`),
  );
  return seen;
}

/**
 * Waits until every widget on the page is defined and has finished rendering (Lit's
 * updateComplete, twice stable), the fonts are ready and two frames have passed.
 * @param {import('puppeteer-core').Page} page
 * @param {{ timeout?: number, count?: number }} [options] count: how many widgets to expect
 */
export async function settle(page, options = {}) {
  const timeout = options.timeout ?? 20000;
  await page.waitForFunction(
    (tags, count) => {
      const elements = tags.flatMap((tag) => [...document.querySelectorAll(tag)]);
      if (count !== undefined && elements.length < count) return false;
      return elements.every(
        (element) => customElements.get(element.localName) && element.shadowRoot,
      );
    },
    { timeout, polling: 50 },
    TAGS,
    options.count,
  );
  await page.evaluate(async (tags) => {
    const elements = tags.flatMap((tag) => [...document.querySelectorAll(tag)]);
    for (let round = 0; round < 10; round++) {
      // @ts-expect-error Lit's updateComplete
      const done = await Promise.all(elements.map((element) => element.updateComplete));
      if (done.every(Boolean)) break;
    }
    await document.fonts.ready;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  }, TAGS);
}

/**
 * Each widget in document order: tag, attributes, whether it is defined, its rendered text
 * (through nested shadow roots), its height, and the variant of its slot.
 * @param {import('puppeteer-core').Page} page
 */
export function widgets(page) {
  return page.evaluate((tags) => {
    /** @param {Node} node */
    const text = (node) => {
      let out = '';
      for (const child of node.childNodes) {
        if (child.nodeType === 3) out += child.textContent;
        else if (child.nodeType === 1) {
          const element = /** @type {Element} */ (child);
          if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(element.tagName)) continue;
          if (element.shadowRoot) out += ` ${text(element.shadowRoot)} `;
          else out += ` ${text(element)} `;
        }
      }
      return out;
    };
    return [...document.querySelectorAll(tags.join(','))].map((element) => ({
      tag: element.localName,
      attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
      defined: Boolean(customElements.get(element.localName)),
      rendered: Boolean(element.shadowRoot && element.shadowRoot.childNodes.length),
      text: element.shadowRoot ? text(element.shadowRoot).replace(/\s+/g, ' ').trim() : '',
      steps: element.shadowRoot ? element.shadowRoot.querySelectorAll('[part~="step"]').length : 0,
      items: element.shadowRoot ? element.shadowRoot.querySelectorAll('[part~="item"]').length : 0,
      height: element.getBoundingClientRect().height,
      variant: element.parentElement?.getAttribute('data-bmw-variant') ?? null,
      slot: Boolean(element.parentElement?.classList.contains('botox-widgets-slot')),
    }));
  }, TAGS);
}

/**
 * Every element in the page and in every (nested) shadow root that matches `selector`.
 * @param {import('puppeteer-core').Page} page
 * @param {string} selector
 */
export function deepQueryCount(page, selector) {
  return page.evaluate((selector) => {
    let count = 0;
    /** @param {Document | ShadowRoot} root */
    const visit = (root) => {
      count += root.querySelectorAll(selector).length;
      for (const element of root.querySelectorAll('*'))
        if (element.shadowRoot) visit(element.shadowRoot);
    };
    visit(document);
    return count;
  }, selector);
}

/** A log entry that names the plugin's files (for PHP warnings and notices the plugin causes). */
export const PLUGIN_LOG = /botox-widgets|botox_widget/i;

/**
 * Log entries of `after` that `before` does not have (timestamps stripped; paths normalised).
 * @param {string[]} before
 * @param {string[]} after
 */
export function newLogEntries(before, after) {
  const known = new Set(before);
  return [...new Set(after.filter((entry) => !known.has(entry)))];
}
