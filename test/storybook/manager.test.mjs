// @ts-check
// The built Storybook as a designer uses it, in its full page (the manager): a link with args
// and globals shows that story in that state, also after a reload; answering the candidacy
// check logs its events, with their detail, in the Actions panel.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { setup, steady } from './harness.mjs';

/** @type {Awaited<ReturnType<typeof setup>>} */
let env;
before(async () => {
  env = await setup();
});
after(() => env?.close());

/**
 * The manager page at `query`, and its preview frame once the story rendered.
 * @param {string} query
 */
async function openManager(query) {
  const page = await env.browser.newPage();
  page.setDefaultTimeout(30000);
  await page.setViewport({ width: 1280, height: 900 });
  await steady(page);
  await page.goto(`${env.url}?${query}`, { waitUntil: 'networkidle0' });
  const frame = await preview(page);
  return { page, frame };
}

/** @param {import('puppeteer-core').Page} page */
async function preview(page) {
  const handle = await page.waitForSelector('#storybook-preview-iframe');
  const frame = await handle.contentFrame();
  await frame.waitForFunction(() => {
    const root = document.querySelector('#storybook-root');
    const widget = root?.querySelector('botox-candidacy-check, treatment-timeline, benefits-list');
    return widget?.shadowRoot?.querySelector('h2, h3, h4, ol, ul, fieldset');
  });
  // The language loads asynchronously; let the widgets draw it.
  await frame.evaluate(() => new Promise((done) => setTimeout(done, 300)));
  return frame;
}

/** What the check in the preview shows: its heading, theme, text direction and language. */
function readCheck(/** @type {import('puppeteer-core').Frame} */ frame) {
  return frame.evaluate(() => {
    const check = /** @type {HTMLElement} */ (document.querySelector('botox-candidacy-check'));
    const heading = check.shadowRoot?.querySelector('[part~="heading"]');
    return {
      heading: heading?.textContent?.trim(),
      level: heading?.localName,
      theme: check.getAttribute('theme'),
      clinic: check.getAttribute('clinic-name'),
      accent: check.style.getPropertyValue('--bmw-accent'),
      dir: getComputedStyle(check).direction,
      text: check.shadowRoot?.textContent ?? '',
      page: getComputedStyle(document.body).backgroundColor,
    };
  });
}

test('a link with args and globals restores the story in that state, also after a reload', async () => {
  const query =
    'path=/story/elements-botox-candidacy-check--outcome-unlikely' +
    '&globals=locale:es;theme:dark' +
    '&args=heading:Hola+desde+la+clinica;heading-level:3;clinic-name:Clinica+del+Sol;--bmw-accent:!hex(7a2e8f)';
  const { page, frame } = await openManager(query);
  for (const round of ['opened', 'reloaded']) {
    const current =
      round === 'opened'
        ? frame
        : await (async () => {
            await page.reload({ waitUntil: 'networkidle0' });
            return preview(page);
          })();
    const check = await readCheck(current);
    assert.equal(check.heading, 'Hola desde la clinica', `${round}: heading from args`);
    assert.equal(check.level, 'h3', `${round}: heading-level from args`);
    assert.equal(check.clinic, 'Clinica del Sol', `${round}: clinic-name from args`);
    assert.equal(check.accent, '#7a2e8f', `${round}: a colour token from args`);
    assert.equal(check.theme, 'dark', `${round}: the theme global`);
    assert.equal(check.page, 'rgb(11, 14, 17)', `${round}: the page takes the dark scheme`);
    // Spanish, and the story's own answers: fewer than 15 headache days.
    assert.match(
      check.text,
      /Puede que Botox no sea la mejor opción para usted ahora/,
      `${round}: the Spanish "unlikely" outcome`,
    );
    assert.doesNotMatch(check.text, /Answer a few short questions/, `${round}: not English`);
    // The toolbar says so too.
    const menus = await page.evaluate(() =>
      [...document.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? ''),
    );
    assert.ok(
      menus.some((label) => /^Language.*Español \(es\)$/.test(label)),
      `${round}: the language menu shows Spanish`,
    );
    assert.ok(
      menus.some((label) => /^Colour scheme Dark$/.test(label)),
      `${round}: the theme menu shows Dark`,
    );
    assert.equal(new URL(page.url()).searchParams.get('globals'), 'locale:es;theme:dark');
  }
  await page.close();
});

test('Arabic from the URL turns the story right to left', async () => {
  const { page, frame } = await openManager(
    'path=/story/elements-botox-candidacy-check--default&globals=locale:ar',
  );
  const check = await readCheck(frame);
  assert.equal(check.dir, 'rtl');
  assert.match(check.text, /[\u0600-\u06FF]{4}/);
  await page.close();
});

test('answering the check logs candidacy-change and candidacy-complete in the Actions panel', async () => {
  const { page, frame } = await openManager(
    'path=/story/elements-botox-candidacy-check--step-safety&addonPanel=storybook/actions/panel',
  );
  // The last question: no safety point applies; then "See my result".
  await frame.evaluate(() => {
    const check = /** @type {any} */ (document.querySelector('botox-candidacy-check'));
    const none = /** @type {HTMLInputElement} */ (
      check.shadowRoot.querySelector('label.none input[type="checkbox"]')
    );
    none.click();
  });
  await frame.evaluate(() => {
    const check = /** @type {any} */ (document.querySelector('botox-candidacy-check'));
    /** @type {HTMLButtonElement} */ (check.shadowRoot.querySelector('button.primary')).click();
  });
  const tab = await page.waitForSelector('::-p-text(Actions)');
  await tab.click();
  const panel = await page.waitForFunction(
    () => {
      const text = document.body.innerText;
      return text.includes('candidacy-change') && text.includes('candidacy-complete')
        ? text
        : false;
    },
    { timeout: 15000 },
  );
  const text = String(await panel.jsonValue());
  // The detail is logged: the answers and the result with its outcome.
  assert.match(text, /answers/);
  assert.match(text, /result/);
  await page.close();
});

test("each element's Docs page shows the README's snippets, its parts and slots, and no part as a control", async () => {
  const page = await env.browser.newPage();
  for (const [tag, type] of [
    ['botox-candidacy-check', 'candidacy-check'],
    ['treatment-timeline', 'treatment-timeline'],
    ['benefits-list', 'benefits-list'],
  ]) {
    await page.goto(`${env.url}iframe.html?viewMode=docs&id=elements-${tag}--docs`, {
      waitUntil: 'networkidle0',
    });
    await page.waitForFunction(() => document.body.innerText.includes('CSS parts'));
    const text = await page.evaluate(() => document.body.innerText);
    for (const heading of [
      'Script tag',
      'npm',
      'React 19',
      'Vue 3',
      'Svelte 5',
      'WordPress shortcode',
    ])
      assert.match(text, new RegExp(`^${heading}$`, 'm'), `${tag}: ${heading}`);
    assert.ok(text.includes(`[botox_widget type="${type}"`), `${tag}: its shortcode`);
    assert.ok(
      text.includes(`import 'botox-migraine-widgets/${tag}.js';`),
      `${tag}: its npm import`,
    );
    // The parts table, and the controls table without a part row.
    const parts = await page.evaluate(() =>
      [...document.querySelectorAll('table')]
        .filter((table) => table.querySelector('th')?.textContent?.trim() === 'Part')
        .flatMap((table) =>
          [...table.querySelectorAll('tbody tr td:first-child')].map((td) =>
            td.textContent?.trim(),
          ),
        ),
    );
    assert.ok(parts.includes('base'), `${tag}: the part "base" is documented`);
    assert.doesNotMatch(text, /css shadow parts/i, `${tag}: no parts among the controls`);
  }
  await page.close();
});
