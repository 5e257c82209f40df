// @ts-check
/* global setTimeout, performance */
// No layout shift: a page with the three blocks at their defaults, in English and in Spanish
// (site language es_ES), on a desktop (1280×800) and a phone (390×844, 2×, mobile) viewport,
// has a Cumulative Layout Shift of at most 0.01. The plugin reserves each widget's measured
// height (reserved-heights.json) until its element is defined. The widget chunks are held back
// a little so that they really arrive after the first paint, as on a slow network.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createPost, session, settle, setup, watch } from './harness.mjs';

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
  mobile: { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};
const MOBILE_UA =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36';
const LIMIT = 0.01;
const CHUNK_DELAY = 400;

/** @type {Awaited<ReturnType<typeof setup>>} */
let env;
/** @type {string} */
let link;
/** @type {Record<string, number>} */
const results = {};

before(async () => {
  env = await setup();
  const { page: admin } = await session(env.browser, env.wp, 'admin');
  const post = await createPost(admin, env.wp.url, {
    title: 'Botox for migraines',
    type: 'pages',
    content: [
      '<!-- wp:paragraph --><p>Botox can help adults with chronic migraine. Read on to see if it may suit you.</p><!-- /wp:paragraph -->',
      '<!-- wp:botox-widgets/candidacy-check /-->',
      '<!-- wp:paragraph --><p>What the treatment looks like over time:</p><!-- /wp:paragraph -->',
      '<!-- wp:botox-widgets/treatment-timeline /-->',
      '<!-- wp:botox-widgets/benefits-list /-->',
      '<!-- wp:paragraph --><p>Questions? Call the clinic.</p><!-- /wp:paragraph -->',
    ].join('\n\n'),
  });
  link = post.link;
});
after(async () => {
  await env?.wp.php(`update_option('WPLANG', '');`);
  if (Object.keys(results).length) console.log(`CLS ${JSON.stringify(results)}`);
  await env?.close();
});

/**
 * Loads the page in a fresh context and returns its CLS and the shifts.
 * @param {keyof typeof VIEWPORTS} viewport
 */
async function measure(viewport) {
  const { context, page } = await session(env.browser, env.wp, null);
  const seen = watch(page);
  await page.emulate({
    viewport: VIEWPORTS[viewport],
    userAgent: viewport === 'mobile' ? MOBILE_UA : await env.browser.userAgent(),
  });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (/\/botox-widgets\/widgets\/chunks\//.test(request.url())) {
      setTimeout(() => request.continue().catch(() => {}), CHUNK_DELAY);
    } else request.continue().catch(() => {});
  });
  await page.evaluateOnNewDocument(() => {
    const state = {
      cls: 0,
      /** @type {object[]} */ shifts: [],
      /** @type {Record<string, number>} */ defined: {},
      /** @type {Record<string, number>} */ reserved: {},
    };
    // @ts-expect-error a test global
    window.__cls = state;
    new window.PerformanceObserver((list) => {
      for (const entry of /** @type {any[]} */ (list.getEntries())) {
        if (entry.hadRecentInput) continue;
        state.cls += entry.value;
        state.shifts.push({
          value: entry.value,
          at: Math.round(entry.startTime),
          sources: (entry.sources ?? []).map((source) => ({
            node: source.node
              ? `${source.node.nodeName.toLowerCase()}${source.node.className ? `.${String(source.node.className).split(' ')[0]}` : ''}`
              : null,
            before: [Math.round(source.previousRect.y), Math.round(source.previousRect.height)],
            after: [Math.round(source.currentRect.y), Math.round(source.currentRect.height)],
          })),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
    for (const tag of ['botox-candidacy-check', 'treatment-timeline', 'benefits-list']) {
      customElements.whenDefined(tag).then(() => {
        state.defined[tag] = performance.now();
      });
    }
    document.addEventListener('DOMContentLoaded', () => {
      for (const tag of ['botox-candidacy-check', 'treatment-timeline', 'benefits-list']) {
        const element = document.querySelector(tag);
        if (element && !customElements.get(tag))
          state.reserved[tag] = element.getBoundingClientRect().height;
      }
    });
  });
  await page.goto(link, { waitUntil: 'load' });
  await settle(page, { count: 3 });
  await new Promise((done) => setTimeout(done, 1000));
  const state = await page.evaluate(() => {
    // @ts-expect-error a test global
    const state = window.__cls;
    const paint = performance
      .getEntriesByType('paint')
      .find((entry) => entry.name === 'first-paint');
    const heights = Object.fromEntries(
      ['botox-candidacy-check', 'treatment-timeline', 'benefits-list'].map((tag) => [
        tag,
        document.querySelector(tag)?.getBoundingClientRect().height ?? 0,
      ]),
    );
    return {
      ...state,
      firstPaint: paint?.startTime ?? null,
      heights,
      lang: document.documentElement.lang,
    };
  });
  await context.close();
  return { ...state, seen };
}

describe('No layout shift', () => {
  for (const locale of ['en', 'es']) {
    for (const viewport of /** @type {(keyof typeof VIEWPORTS)[]} */ (['desktop', 'mobile'])) {
      test(`CLS ≤ ${LIMIT}: ${locale}, ${viewport}`, async (t) => {
        await env.wp.php(`update_option('WPLANG', ${locale === 'es' ? "'es_ES'" : "''"});`);
        const state = await measure(viewport);
        results[`${locale}/${viewport}`] = Number(state.cls.toFixed(4));
        t.diagnostic(
          `CLS ${state.cls.toFixed(4)} (lang ${state.lang}); reserved ${JSON.stringify(state.reserved)}; final ${JSON.stringify(
            state.heights,
          )}`,
        );
        if (state.shifts.length) t.diagnostic(`shifts: ${JSON.stringify(state.shifts)}`);
        assert.equal(
          locale === 'es',
          /^es/.test(state.lang),
          `the page is in ${locale} (${state.lang})`,
        );
        assert.ok(state.firstPaint !== null, 'the page painted');
        for (const [tag, at] of Object.entries(state.defined)) {
          assert.ok(
            at > state.firstPaint,
            `<${tag}> was defined after the first paint (${Math.round(at)} > ${Math.round(state.firstPaint)} ms)`,
          );
        }
        assert.equal(Object.keys(state.defined).length, 3, 'all three widgets were defined');
        for (const tag of Object.keys(state.heights)) {
          assert.ok(
            state.reserved[tag] > 100,
            `<${tag}> had space reserved before it was defined (${state.reserved[tag]})`,
          );
        }
        assert.deepEqual(state.seen.consoleErrors, []);
        assert.ok(
          state.cls <= LIMIT,
          `CLS ${state.cls.toFixed(4)} > ${LIMIT}: ${JSON.stringify(state.shifts)}`,
        );
      });
    }
  }
});
