// @ts-check
// The clinic studio's WordPress variant in a real WordPress: a clinic configures the treatment
// timeline in Vietnamese in the studio, uploads the language file the studio gives it in
// Settings → Botox widgets → Add a language, picks the language, and pastes the studio's
// shortcode into a page. The published page shows the widget with those options, in Vietnamese.
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URL, fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { build } from 'esbuild';
import { studioData } from '../../scripts/studio-data.mjs';
import { createPost, session, settle, setup, watch, widgets } from './harness.mjs';

/** @type {Awaited<ReturnType<typeof setup>>} */
let env;
/** @type {import('puppeteer-core').Page} */
let admin;
const folder = mkdtempSync(join(tmpdir(), 'botox-studio-wp-'));

before(async () => {
  env = await setup();
  ({ page: admin } = await session(env.browser, env.wp, 'admin'));
});
after(async () => {
  await env?.wp.php(`delete_option('botox_widgets_settings');`);
  await env?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** The studio's own model (src/studio/model/), compiled for Node. */
async function studioModel() {
  const { outputFiles } = await build({
    stdin: {
      contents:
        "export * from './embed.ts'; export { newProject } from './project.ts'; export { startingTexts } from './project.ts';",
      resolveDir: fileURLToPath(new URL('../../src/studio/model/', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

describe('Clinic studio → WordPress', () => {
  test('the studio’s language file and shortcode give the same widget on a published page', async () => {
    const model = await studioModel();
    const data = await studioData();
    const vietnamese = JSON.parse(
      readFileSync(new URL('../../docs/examples/vi.json', import.meta.url), 'utf8'),
    );
    const project = model.newProject(data);
    project.widget = 'treatment-timeline';
    project.attributes['treatment-timeline'] = {
      sessions: '6',
      'clinic-name': 'Bayview Pain Clinic',
      'hide-calendar': '',
    };
    project.languages.vi = { dir: 'ltr', from: 'en', messages: vietnamese };
    project.locale = 'vi';
    const wordpress = model.wordpressCode(project, data);
    assert.equal(
      wordpress.shortcode,
      '[botox_widget type="treatment-timeline" sessions="6" clinic-name="Bayview Pain Clinic" hide-calendar]',
    );
    assert.equal(wordpress.files.length, 1);
    const [file] = wordpress.files;
    const path = join(folder, file.name);
    writeFileSync(path, file.contents);

    // Settings → Botox widgets → Add a language, with the studio's file.
    const page = admin;
    await page.goto(`${env.wp.url}/wp-admin/options-general.php?page=botox-widgets&tab=languages`, {
      waitUntil: 'domcontentloaded',
    });
    await page.type('#botox-widgets-new-code', file.code);
    const upload = /** @type {import('puppeteer-core').ElementHandle<HTMLInputElement>} */ (
      await page.$('#botox-widgets-new-file')
    );
    await upload.uploadFile(path);
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'domcontentloaded' }),
      page.$eval('form.botox-widgets-add [type="submit"]', (button) =>
        /** @type {HTMLButtonElement} */ (button).click(),
      ),
    ]);
    const notice = await page.$eval('.notice', (node) => node.textContent?.trim() ?? '');
    assert.match(notice, /167/, `every text imported: ${notice}`);

    // General: the language, as the studio says.
    await page.goto(`${env.wp.url}/wp-admin/options-general.php?page=botox-widgets`, {
      waitUntil: 'domcontentloaded',
    });
    await page.select('#botox-widgets-locale', 'vi');
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'domcontentloaded' }),
      page.$eval('form.botox-widgets-form [type="submit"]', (button) =>
        /** @type {HTMLButtonElement} */ (button).click(),
      ),
    ]);
    const stored = JSON.parse(
      await env.wp.php(`echo wp_json_encode(get_option('botox_widgets_settings'));`),
    );
    assert.equal(stored.locale, 'vi');
    assert.deepEqual(stored.languages.vi.messages, vietnamese);

    // The shortcode, pasted into a page.
    const post = await createPost(admin, env.wp.url, {
      title: 'Treatment plan',
      type: 'pages',
      content: `<!-- wp:shortcode -->\n${wordpress.shortcode}\n<!-- /wp:shortcode -->`,
    });
    const { context, page: visitor } = await session(env.browser, env.wp, null);
    const seen = watch(visitor);
    await visitor.goto(post.link, { waitUntil: 'load' });
    await settle(visitor, { count: 1 });
    const [timeline] = await widgets(visitor);
    assert.equal(timeline.tag, 'treatment-timeline');
    for (const [name, value] of Object.entries(project.attributes['treatment-timeline']))
      assert.equal(timeline.attributes[name], value, `the attribute ${name}`);
    assert.ok(
      timeline.text.includes(vietnamese['timeline.heading']),
      `in Vietnamese: ${timeline.text.slice(0, 80)}`,
    );
    assert.ok(timeline.text.includes('Bayview Pain Clinic'), 'with the clinic name');
    assert.deepEqual(seen.consoleErrors, []);
    assert.deepEqual(seen.pageErrors, []);
    await context.close();
  });
});
