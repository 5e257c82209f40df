// @ts-check
/* global HTMLInputElement, Event */
// The block editor, as an Author: insert each block through the inserter (searching "Botox" /
// the block's title), change one option in the block's sidebar, see the preview element change,
// publish, reload: the blocks and their options are still there, and the published post shows
// them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { rest, session, settle, setup, watch, widgets } from './harness.mjs';

/** @type {Awaited<ReturnType<typeof setup>>} */
let env;
/** @type {import('puppeteer-core').Page} */
let page;
/** @type {ReturnType<typeof watch>} */
let seen;

before(async () => {
  env = await setup();
  ({ page } = await session(env.browser, env.wp, 'author'));
  seen = watch(page);
});
after(() => env?.close());

/** Waits for the editor and closes the welcome guide if it shows. */
async function editorReady() {
  await page.waitForSelector('.edit-post-layout, .editor-editor-interface', { timeout: 60000 });
  await page.waitForFunction(() => {
    // @ts-expect-error the editor's globals
    const wp = window.wp;
    return (
      wp?.data?.select('core/editor')?.getCurrentPostId() &&
      wp.blocks.getBlockType('botox-widgets/candidacy-check')
    );
  });
  const guide = await page
    .waitForSelector('.edit-post-welcome-guide', { timeout: 5000 })
    .catch(() => null);
  if (guide) {
    const close = await page.$(
      '.edit-post-welcome-guide button[aria-label="Close"], .edit-post-welcome-guide .components-modal__header button',
    );
    if (close) await close.click();
    else await page.keyboard.press('Escape');
    await page.waitForSelector('.edit-post-welcome-guide', { hidden: true });
  }
}

/** Opens the block inserter, searches, and clicks the block whose title is `title`. */
async function insertBlock(search, title) {
  const toggle = await page.waitForSelector('button.edit-post-header-toolbar__inserter-toggle');
  const open = await page.$('.block-editor-inserter__menu');
  if (!open) await toggle?.click();
  const input = await page.waitForSelector('.block-editor-inserter__menu input[type="search"]');
  await input?.click({ clickCount: 3 });
  await input?.type(search);
  const option = await page.waitForFunction(
    (title) =>
      [
        ...document.querySelectorAll(
          '.block-editor-inserter__menu .block-editor-block-types-list__item',
        ),
      ].find(
        (item) =>
          item.querySelector('.block-editor-block-types-list__item-title')?.textContent?.trim() ===
          title,
      ),
    {},
    title,
  );
  await /** @type {import('puppeteer-core').ElementHandle<Element>} */ (option).click();
  // The inserter stays open in 6.1 until closed.
  if (await page.$('.block-editor-inserter__menu')) await toggle?.click();
  await page.waitForSelector('.block-editor-inserter__menu', { hidden: true });
}

/** Shows the Block tab of the settings sidebar. */
async function blockSidebar() {
  const settings = await page.$('.edit-post-header__settings button[aria-label="Settings"]');
  if (
    settings &&
    (await settings.evaluate((button) => button.getAttribute('aria-pressed'))) !== 'true'
  ) {
    await settings.click();
  }
  const tab = await page.waitForSelector(
    'button.edit-post-sidebar__panel-tab[data-label="Block"], button[aria-label^="Block"][class*="panel-tab"]',
  );
  await tab?.click();
  await page.waitForSelector('.block-editor-block-inspector');
}

/**
 * The id of the control labelled `label` in the block inspector.
 * @param {string} label
 */
async function controlId(label) {
  const handle = await page.waitForFunction(
    (label) => {
      const labels = [...document.querySelectorAll('.block-editor-block-inspector label')];
      const found = labels.find((node) => node.textContent?.trim() === label);
      return found?.getAttribute('for') ?? null;
    },
    {},
    label,
  );
  return /** @type {string} */ (await handle.jsonValue());
}

/** Sets a date or text input the way a person's typing would (React sees an input event). */
async function setInput(id, value) {
  await page.$eval(
    `[id="${id}"]`,
    (input, value) => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setter?.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    value,
  );
}

/** The preview elements in the editor canvas. */
function previews() {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll(
        '.block-editor-block-list__layout botox-candidacy-check, .block-editor-block-list__layout treatment-timeline, .block-editor-block-list__layout benefits-list',
      ),
    ].map((element) => ({
      tag: element.localName,
      attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
      defined: Boolean(customElements.get(element.localName)),
      text: element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    })),
  );
}

/** The post's blocks as the editor holds them. */
function editorBlocks() {
  return page.evaluate(() =>
    // @ts-expect-error the editor's globals
    window.wp.data
      .select('core/block-editor')
      .getBlocks()
      .map((block) => ({ name: block.name, attributes: block.attributes })),
  );
}

describe('Block editor', () => {
  test('an Author inserts the three blocks, sets an option in each, publishes, and they persist', async () => {
    await page.goto(`${env.wp.url}/wp-admin/post-new.php`, { waitUntil: 'load' });
    await editorReady();
    await page.waitForSelector('.editor-post-title__input, .wp-block-post-title');
    await page.click('.editor-post-title__input, .wp-block-post-title');
    await page.keyboard.type('Editor test: Botox widgets');

    // The candidacy check: Mode → Form.
    await insertBlock('Botox', 'Botox candidacy check');
    await blockSidebar();
    await page.waitForFunction(() => {
      const element = document.querySelector(
        '.block-editor-block-list__layout botox-candidacy-check',
      );
      return (
        element &&
        customElements.get('botox-candidacy-check') &&
        element.shadowRoot?.textContent?.trim()
      );
    });
    let list = await previews();
    assert.equal(list.length, 1);
    assert.equal(list[0].attributes.mode, undefined, 'the preview starts in the default mode');
    const steps = list[0].text;
    await page.select(`[id="${await controlId('Mode')}"]`, 'form');
    await page.waitForFunction(
      () =>
        document
          .querySelector('.block-editor-block-list__layout botox-candidacy-check')
          ?.getAttribute('mode') === 'form',
    );
    await page.waitForFunction(
      (before) => {
        const text = document
          .querySelector('.block-editor-block-list__layout botox-candidacy-check')
          ?.shadowRoot?.textContent?.replace(/\s+/g, ' ')
          .trim();
        return text && text !== before;
      },
      {},
      steps,
    );

    // The timeline: Start date.
    await insertBlock('Treatment timeline', 'Treatment timeline');
    await blockSidebar();
    await setInput(await controlId('Start date'), '2026-03-02');
    await page.waitForFunction(() => {
      const element = document.querySelector('.block-editor-block-list__layout treatment-timeline');
      return (
        element?.getAttribute('start-date') === '2026-03-02' &&
        element.shadowRoot?.querySelector('[part~="status"], time')
      );
    });

    // The benefits list: Layout → Grid.
    await insertBlock('Botox', 'Botox benefits list');
    await blockSidebar();
    await page.select(`[id="${await controlId('Layout')}"]`, 'grid');
    await page.waitForFunction(
      () =>
        document
          .querySelector('.block-editor-block-list__layout benefits-list')
          ?.getAttribute('layout') === 'grid',
    );

    list = await previews();
    assert.deepEqual(
      list.map((preview) => preview.tag),
      ['botox-candidacy-check', 'treatment-timeline', 'benefits-list'],
    );
    assert.ok(
      list.every((preview) => preview.defined && preview.text),
      'every preview is a rendered widget',
    );

    // Publish.
    await page.click('.editor-post-publish-panel__toggle, .editor-post-publish-button__button');
    const confirm = await page.waitForSelector(
      '.editor-post-publish-panel .editor-post-publish-button, .editor-post-publish-panel__header-publish-button button',
    );
    await confirm?.click();
    await page.waitForFunction(() => {
      // @ts-expect-error the editor's globals
      const editor = window.wp.data.select('core/editor');
      return !editor.isSavingPost() && editor.isCurrentPostPublished();
    });
    const id = await page.evaluate(() => {
      // @ts-expect-error the editor's globals
      return window.wp.data.select('core/editor').getCurrentPostId();
    });

    // Reload: the blocks and their options are still there.
    await page.goto(`${env.wp.url}/wp-admin/post.php?post=${id}&action=edit`, {
      waitUntil: 'load',
    });
    await editorReady();
    await page.waitForFunction(
      () =>
        document.querySelectorAll('.block-editor-block-list__layout benefits-list').length === 1,
    );
    const blocks = await editorBlocks();
    assert.deepEqual(
      blocks.map((block) => block.name),
      [
        'botox-widgets/candidacy-check',
        'botox-widgets/treatment-timeline',
        'botox-widgets/benefits-list',
      ],
    );
    assert.equal(blocks[0].attributes.mode, 'form');
    assert.equal(blocks[1].attributes.startDate, '2026-03-02');
    assert.equal(blocks[2].attributes.layout, 'grid');
    list = await previews();
    assert.equal(list[0].attributes.mode, 'form');
    assert.equal(list[1].attributes['start-date'], '2026-03-02');
    assert.equal(list[2].attributes.layout, 'grid');

    const stored = await rest(page, env.wp.url, `/wp/v2/posts/${id}`, {
      query: { context: 'edit' },
    });
    assert.match(
      stored.json.content.raw,
      /<!-- wp:botox-widgets\/candidacy-check \{"mode":"form"\} \/-->/,
    );
    assert.match(stored.json.content.raw, /"startDate":"2026-03-02"/);
    assert.match(
      stored.json.content.raw,
      /<!-- wp:botox-widgets\/benefits-list \{"layout":"grid"\} \/-->/,
    );
    assert.equal(stored.json.status, 'publish');

    // The published post.
    const { context, page: visitor } = await session(env.browser, env.wp, null);
    await visitor.goto(stored.json.link, { waitUntil: 'load' });
    await settle(visitor, { count: 3 });
    const front = await widgets(visitor);
    assert.deepEqual(
      front.map((widget) => [
        widget.tag,
        widget.attributes.mode ?? widget.attributes['start-date'] ?? widget.attributes.layout,
      ]),
      [
        ['botox-candidacy-check', 'form'],
        ['treatment-timeline', '2026-03-02'],
        ['benefits-list', 'grid'],
      ],
    );
    assert.ok(front.every((widget) => widget.rendered));
    await context.close();

    const mine = seen.pageErrors.concat(seen.consoleErrors).filter((line) => /botox/i.test(line));
    assert.deepEqual(mine, [], 'no errors from the plugin in the editor');
  });
});
