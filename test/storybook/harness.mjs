// @ts-check
// What the Storybook tests share: the built static Storybook (`storybook-static/`, from
// `npm run build-storybook`) served as a host would serve it, headless Chromium, its list of
// stories, and a preview page that can show one story after another the way Storybook's own
// manager does (over its channel), with a fixed clock so dated stories never change.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findBrowser, serveStatic } from '../../scripts/browser.mjs';

export const STATIC = fileURLToPath(new URL('../../storybook-static/', import.meta.url));

/** The clock of every preview page: 15 June 2026, noon UTC (the timeline's stories fix their own `today`). */
export const CLOCK = Date.UTC(2026, 5, 15, 12);

/** Width of the preview page: wider than every element's largest layout switch (48rem). */
export const VIEWPORT = { width: 900, height: 700 };

/**
 * Serves the static Storybook and launches Chromium. Call once per file, in before().
 * @returns {Promise<{ url: string, browser: import('puppeteer-core').Browser,
 *   stories: { id: string, title: string, name: string }[], close: () => Promise<void> }>}
 */
export async function setup() {
  if (!existsSync(`${STATIC}index.json`))
    throw new Error('No storybook-static/: run `npm run build-storybook` first');
  const server = await serveStatic(STATIC);
  const browser = await puppeteer.launch({
    executablePath: findBrowser(),
    args: [...CHROME_FLAGS, '--window-size=1280,900', '--font-render-hinting=none'],
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    protocolTimeout: 120000,
  });
  const index = JSON.parse(readFileSync(`${STATIC}index.json`, 'utf8'));
  const stories = Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .map(({ id, title, name }) => ({ id, title, name }));
  return {
    url: server.url,
    browser,
    stories,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Makes `page` deterministic before anything runs: the fixed clock (time still moves, from
 * CLOCK), UTC, reduced motion, the light system scheme, no text caret.
 * @param {import('puppeteer-core').Page} page
 */
export async function steady(page) {
  await page.emulateTimezone('UTC');
  await page.emulateMediaFeatures([
    { name: 'prefers-reduced-motion', value: 'reduce' },
    { name: 'prefers-color-scheme', value: 'light' },
  ]);
  await page.evaluateOnNewDocument((clock) => {
    const RealDate = Date;
    const offset = clock - RealDate.now();
    class FixedDate extends RealDate {
      /** @param {any[]} args */
      constructor(...args) {
        if (args.length) super(.../** @type {[any]} */ (args));
        else super(RealDate.now() + offset);
      }
      static now() {
        return RealDate.now() + offset;
      }
    }
    globalThis.Date = /** @type {DateConstructor} */ (/** @type {unknown} */ (FixedDate));
    document.addEventListener('DOMContentLoaded', () => {
      document.documentElement.style.caretColor = 'transparent';
    });
  }, CLOCK);
}

/** The preview page's URL for a story with globals such as `{ theme: 'dark', locale: 'ar' }`. */
export function previewUrl(base, id, globals = {}, args = '') {
  const pairs = Object.entries(globals).map(([key, value]) => `${key}:${value}`);
  return `${base}iframe.html?viewMode=story&id=${encodeURIComponent(id)}${
    pairs.length ? `&globals=${pairs.join(';')}` : ''
  }${args ? `&args=${args}` : ''}`;
}

/**
 * A preview page (`iframe.html`) with `globals`, on its first story, ready for `show()`.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} base
 * @param {string} firstId
 * @param {Record<string, string>} globals
 */
export async function openPreview(browser, base, firstId, globals = {}) {
  const page = await browser.newPage();
  page.setDefaultTimeout(30000);
  await page.setViewport(VIEWPORT);
  await steady(page);
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(previewUrl(base, firstId, globals), { waitUntil: 'networkidle0' });
  await settled(page);
  return { page, errors };
}

/**
 * Shows story `id` in an open preview page, as the manager does, and resolves once it rendered
 * (its play function included) and settled. Rejects when the story errs.
 * @param {import('puppeteer-core').Page} page
 * @param {string} id
 */
export async function show(page, id) {
  const outcome = await page.evaluate(
    (storyId) =>
      new Promise((resolve) => {
        const preview = /** @type {any} */ (window).__STORYBOOK_PREVIEW__;
        if (preview.currentSelection?.storyId === storyId) return resolve('ok');
        const channel = /** @type {any} */ (window).__STORYBOOK_ADDONS_CHANNEL__;
        const timer = setTimeout(() => done('no storyRendered within 20 s'), 20000);
        const done = (/** @type {string} */ result) => {
          clearTimeout(timer);
          for (const [event, listener] of listeners) channel.off(event, listener);
          resolve(result);
        };
        /** @type {[string, (...args: any[]) => void][]} */
        const listeners = [
          ['storyRendered', (/** @type {string} */ rendered) => rendered === storyId && done('ok')],
          [
            'storyErrored',
            (/** @type {any} */ error) =>
              done(`error: ${error?.title ?? ''} ${error?.description ?? ''}`),
          ],
          [
            'storyThrewException',
            (/** @type {any} */ error) => done(`exception: ${error?.message ?? error}`),
          ],
          [
            'playFunctionThrewException',
            (/** @type {any} */ error) => done(`play: ${error?.message ?? error}`),
          ],
        ];
        for (const [event, listener] of listeners) channel.on(event, listener);
        channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }),
    id,
  );
  if (outcome !== 'ok') throw new Error(`${id}: ${outcome}`);
  await settled(page);
}

/**
 * Waits until the widgets have finished updating (a language loads asynchronously) and two
 * frames have passed with the same rendered text.
 * @param {import('puppeteer-core').Page} page
 */
export async function settled(page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => done(undefined)));
    const text = () =>
      [...document.querySelectorAll('#storybook-root *')]
        .map((element) => `${element.localName}${element.shadowRoot?.textContent ?? ''}`)
        .join('|');
    await document.fonts.ready;
    let previous = '';
    for (let round = 0; round < 40; round++) {
      const widgets = [...document.querySelectorAll('#storybook-root *')].filter(
        (element) => element.shadowRoot && 'updateComplete' in element,
      );
      await Promise.all(widgets.map((widget) => /** @type {any} */ (widget).updateComplete));
      await frame();
      await frame();
      const now = text();
      if (now === previous) return;
      previous = now;
    }
  });
}

/** The axe-core source, injected into preview pages. */
export const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * axe's WCAG 2.2 A/AA violations in the story's canvas (shadow roots included), as
 * `rule: target` lines.
 * @param {import('puppeteer-core').Page} page
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = /** @type {any} */ (window).axe;
    const results = await axe.run(document.querySelector('#storybook-root'), {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return results.violations.flatMap((/** @type {any} */ v) =>
      v.nodes.map((/** @type {any} */ n) => `${v.id}: ${JSON.stringify(n.target)}`),
    );
  });
}

export const VERBOSE = Boolean(process.env.STORYBOOK_VERBOSE);
