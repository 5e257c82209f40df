// @ts-check
// Settings → Botox widgets, as an administrator: pin Spanish and change one text's wording;
// the published page shows the widget in Spanish with that wording.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createPost, session, settle, setup, watch, widgets } from './harness.mjs';

/** @type {Awaited<ReturnType<typeof setup>>} */
let env;
/** @type {import('puppeteer-core').Page} */
let admin;

before(async () => {
  env = await setup();
  ({ page: admin } = await session(env.browser, env.wp, 'admin'));
});
after(async () => {
  await env?.wp.php(`delete_option('botox_widgets_settings');`);
  await env?.close();
});

/** The plugin's catalogue of texts, as installed. */
function messages() {
  const file = join(env.wp.docroot, 'wp-content/plugins/botox-widgets/generated/messages.json');
  const catalog = JSON.parse(readFileSync(file, 'utf8'));
  /** @type {Map<string, { text: string, translations: Record<string, string> }>} */
  const byId = new Map(catalog.messages.map((message) => [message.id, message]));
  return byId;
}

/**
 * Submits the settings form on the page and waits for the "saved" notice.
 * @param {import('puppeteer-core').Page} page
 * @param {string} form
 */
async function submit(page, form) {
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'domcontentloaded' }),
    page.$eval(`${form} [type="submit"]`, (button) =>
      /** @type {HTMLButtonElement} */ (button).click(),
    ),
  ]);
  const errors = await page.$$eval('.notice-error, .error', (nodes) =>
    nodes.map((node) => node.textContent?.trim()),
  );
  assert.deepEqual(errors, [], 'no error notice after saving');
  const notice = await page
    .$eval('.notice-success, .updated', (node) => node.textContent?.trim())
    .catch(() => '');
  assert.ok(notice, 'a "saved" notice is shown');
}

const OWN_WORDING = 'Por qué elegimos Botox — texto de la clínica';

describe('Settings', () => {
  test('pinning Spanish and changing one text shows the Spanish widget with that wording', async () => {
    const catalog = messages();
    const page = admin;
    await page.goto(`${env.wp.url}/wp-admin/options-general.php?page=botox-widgets`, {
      waitUntil: 'domcontentloaded',
    });
    const values = await page.$$eval('#botox-widgets-locale option', (options) =>
      options.map((option) => /** @type {HTMLOptionElement} */ (option).value),
    );
    assert.ok(values.includes('es'), `Spanish can be chosen (${values.join(', ')})`);
    await page.select('#botox-widgets-locale', 'es');
    await submit(page, 'form.botox-widgets-form');
    assert.equal(
      await page.$eval(
        '#botox-widgets-locale',
        (select) => /** @type {HTMLSelectElement} */ (select).value,
      ),
      'es',
    );

    await page.goto(
      `${env.wp.url}/wp-admin/options-general.php?page=botox-widgets&tab=wording&language=es`,
      { waitUntil: 'domcontentloaded' },
    );
    const field = '[id="botox-widgets-text-benefits.heading"]';
    await page.waitForSelector(field);
    await page.$eval(field, (textarea) => {
      /** @type {HTMLTextAreaElement} */ (textarea).value = '';
    });
    await page.type(field, OWN_WORDING);
    await submit(page, 'form.botox-widgets-wording');
    assert.equal(
      await page.$eval(field, (textarea) => /** @type {HTMLTextAreaElement} */ (textarea).value),
      OWN_WORDING,
    );

    const stored = JSON.parse(
      await env.wp.php(`echo wp_json_encode(get_option('botox_widgets_settings'));`),
    );
    assert.equal(stored.locale, 'es');
    assert.equal(stored.wording.es['benefits.heading'], OWN_WORDING);

    const post = await createPost(admin, env.wp.url, {
      title: 'Spanish widgets',
      type: 'pages',
      content:
        '<!-- wp:botox-widgets/benefits-list /-->\n\n<!-- wp:botox-widgets/candidacy-check /-->',
    });
    const { context, page: visitor } = await session(env.browser, env.wp, null);
    const seen = watch(visitor);
    await visitor.goto(post.link, { waitUntil: 'load' });
    await settle(visitor, { count: 2 });
    const [benefits, check] = await widgets(visitor);
    const data = await visitor.$$eval(
      'script[type="application/json"][data-botox-widgets]',
      (nodes) => nodes.map((node) => node.textContent ?? ''),
    );
    assert.equal(data.length, 1, 'one data block');
    const config = JSON.parse(data[0]);
    assert.equal(config.locale, 'es');
    assert.equal(config.messages.es['benefits.heading'], OWN_WORDING);

    assert.ok(
      benefits.text.startsWith(OWN_WORDING),
      `the heading is the clinic's: ${benefits.text.slice(0, 80)}`,
    );
    const relief = catalog.get('benefits.relief.title');
    assert.ok(relief?.translations.es, 'messages.json has the Spanish text');
    assert.ok(
      benefits.text.includes(relief.translations.es),
      `the benefits are in Spanish (${relief.translations.es})`,
    );
    assert.ok(!benefits.text.includes(relief.text), 'not in English');
    const heading = catalog.get('candidacy.heading');
    assert.ok(
      check.text.includes(/** @type {string} */ (heading?.translations.es)),
      'the check is in Spanish',
    );
    assert.deepEqual(seen.consoleErrors, []);
    assert.deepEqual(seen.pageErrors, []);
    await context.close();
  });
});
