// @ts-check
// An Author (no unfiltered_html, so everything goes through kses) publishes the widgets as
// blocks, as shortcodes (also with the curly quotes a word processor or wptexturize leaves) and
// as raw element markup; the published posts show working widgets.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createPost, session, settle, setup, watch, widgets } from './harness.mjs';

const FIRST_QUESTION = 'On how many days a month do you have a headache?';

/** @type {Awaited<ReturnType<typeof setup>>} */
let env;
/** @type {import('puppeteer-core').Page} */
let author;

before(async () => {
  env = await setup();
  ({ page: author } = await session(env.browser, env.wp, 'author'));
});
after(() => env?.close());

/**
 * Publishes `content` as the Author, opens the post logged out, and returns its widgets.
 * @param {string} title
 * @param {string} content
 * @param {number} count widgets expected
 */
async function publishAndView(title, content, count) {
  const post = await createPost(author, env.wp.url, { title, content });
  const { context, page } = await session(env.browser, env.wp, null);
  const seen = watch(page);
  await page.goto(post.link, { waitUntil: 'load' });
  await settle(page, { count });
  const found = await widgets(page);
  await context.close();
  return { post, found, seen };
}

/** @param {{ consoleErrors: string[], pageErrors: string[] }} seen */
function assertQuiet(seen) {
  assert.deepEqual(seen.pageErrors, [], 'no page errors');
  assert.deepEqual(seen.consoleErrors, [], 'no console errors');
}

/** @param {ReturnType<typeof widgets> extends Promise<infer T> ? T : never} found */
function assertAllRendered(found) {
  for (const widget of found) {
    assert.ok(widget.defined, `<${widget.tag}> is defined`);
    assert.ok(widget.rendered, `<${widget.tag}> rendered its shadow root`);
    assert.ok(widget.height > 100, `<${widget.tag}> has a height (${widget.height})`);
  }
}

describe('Author content', () => {
  test('the three blocks, saved by an Author, render as working widgets', async () => {
    const content = [
      '<!-- wp:paragraph --><p>Before the widgets.</p><!-- /wp:paragraph -->',
      '<!-- wp:botox-widgets/candidacy-check {"mode":"form"} /-->',
      '<!-- wp:botox-widgets/treatment-timeline {"startDate":"2026-03-02","sessions":3} /-->',
      '<!-- wp:botox-widgets/benefits-list {"layout":"grid","items":["relief","daily-life"]} /-->',
    ].join('\n\n');
    const { post, found, seen } = await publishAndView('Blocks by an Author', content, 3);
    assert.match(
      post.raw,
      /wp:botox-widgets\/candidacy-check \{"mode":"form"\}/,
      'kses kept the block',
    );
    assert.deepEqual(
      found.map((widget) => widget.tag),
      ['botox-candidacy-check', 'treatment-timeline', 'benefits-list'],
    );
    assertAllRendered(found);
    const [check, timeline, benefits] = found;
    assert.equal(check.attributes.mode, 'form');
    assert.ok(check.text.includes(FIRST_QUESTION), 'the check shows its first question');
    assert.ok(check.slot, 'blocks are wrapped in .botox-widgets-slot');
    assert.equal(timeline.attributes['start-date'], '2026-03-02');
    assert.equal(timeline.attributes.sessions, '3');
    assert.ok(timeline.steps >= 4, `the timeline shows its steps (${timeline.steps})`);
    assert.equal(benefits.attributes.layout, 'grid');
    assert.equal(benefits.attributes.items, 'relief,daily-life');
    assert.equal(benefits.items, 2, 'the benefits list shows the two chosen items');
    assertQuiet(seen);
  });

  test('shortcodes, with straight and with curly quotes, render as working widgets', async () => {
    const content = [
      '<p>Shortcodes:</p>',
      '[botox_widget type="candidacy-check" mode="form"]',
      '[botox_widget type="benefits-list" layout="grid" items="relief,not-a-pill"]',
      '[botox_widget type=“treatment-timeline” heading=“Tu plan”]',
      '[botox_widget type=“treatment-timeline” heading=“Another plan” start-date=“2026-03-02”]',
    ].join('\n\n');
    const { post, found, seen } = await publishAndView('Shortcodes by an Author', content, 4);
    assert.ok(post.raw.includes('[botox_widget type=“treatment-timeline”'), 'stored as typed');
    assert.deepEqual(
      found.map((widget) => widget.tag),
      ['botox-candidacy-check', 'benefits-list', 'treatment-timeline', 'treatment-timeline'],
    );
    assertAllRendered(found);
    const [check, benefits, timeline, second] = found;
    assert.equal(check.attributes.mode, 'form');
    assert.ok(check.text.includes(FIRST_QUESTION), 'the check shows its first question');
    assert.equal(benefits.attributes.layout, 'grid');
    assert.equal(benefits.items, 2);
    assert.equal(timeline.attributes.heading, 'Tu plan', 'curly quotes: the heading is parsed');
    assert.ok(
      timeline.text.startsWith('Tu plan'),
      `the timeline shows its heading: ${timeline.text.slice(0, 40)}`,
    );
    assert.ok(timeline.steps >= 4, `the timeline shows its steps (${timeline.steps})`);
    assert.equal(second.attributes.heading, 'Another plan');
    assert.equal(second.attributes['start-date'], '2026-03-02');
    assertQuiet(seen);
  });

  test('raw element markup survives kses and renders, with straight and with curly quotes', async () => {
    const content = [
      '<p>Raw markup:</p>',
      '<botox-candidacy-check mode="form" clinic-name="North Clinic"></botox-candidacy-check>',
      '<treatment-timeline start-date="2026-03-02" compact></treatment-timeline>',
      '<benefits-list layout=“grid” heading=“Why Botox?”></benefits-list>',
      '<!-- wp:html --><botox-candidacy-check mode=“form”></botox-candidacy-check><!-- /wp:html -->',
    ].join('\n\n');
    const { post, found, seen } = await publishAndView('Raw markup by an Author', content, 4);
    assert.match(
      post.raw,
      /<botox-candidacy-check mode="form" clinic-name="North Clinic">/,
      'kses kept the tag',
    );
    assert.deepEqual(
      found.map((widget) => widget.tag),
      ['botox-candidacy-check', 'treatment-timeline', 'benefits-list', 'botox-candidacy-check'],
    );
    assertAllRendered(found);
    const [check, timeline, benefits, curly] = found;
    assert.equal(check.attributes.mode, 'form');
    assert.equal(check.attributes['clinic-name'], 'North Clinic');
    assert.ok(check.text.includes(FIRST_QUESTION));
    assert.ok('compact' in timeline.attributes);
    assert.ok(timeline.steps >= 4);
    assert.equal(
      benefits.attributes.layout,
      'grid',
      'curly quotes in raw markup: the value is kept',
    );
    assert.equal(benefits.attributes.heading, 'Why Botox?');
    assert.equal(curly.attributes.mode, 'form', 'curly quotes in an HTML block');
    assert.ok(curly.text.includes(FIRST_QUESTION));
    assertQuiet(seen);
  });
});
