// @ts-check
/* global process, setTimeout */
// Every page with widgets requests botox-widgets.js once (no ?ver=), pages without widgets not
// at all; no console errors; and no PHP warning or notice that the plugin causes: the same pages
// are visited with the plugin active and deactivated, and the active run may not add a log entry
// (WordPress 6.1 itself logs Deprecated notices on PHP 8.2: those are in both runs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import {
  ENTRY,
  PLUGIN_LOG,
  createPost,
  newLogEntries,
  session,
  settle,
  setup,
  watch,
} from './harness.mjs';

/** @type {Awaited<ReturnType<typeof setup>>} */
let env;
/** @type {import('puppeteer-core').Page} */
let author;
/** @type {import('puppeteer-core').Page} */
let admin;
/** @type {{ name: string, url: string, widgets: number }[]} */
const pages = [];
/** @type {number} */
let mixedId;

before(async () => {
  env = await setup();
  ({ page: author } = await session(env.browser, env.wp, 'author'));
  ({ page: admin } = await session(env.browser, env.wp, 'admin'));
  const url = env.wp.url;
  const blocks = await createPost(author, url, {
    title: 'Health: blocks',
    content: [
      '<!-- wp:botox-widgets/candidacy-check /-->',
      '<!-- wp:botox-widgets/treatment-timeline {"startDate":"2026-03-02"} /-->',
      '<!-- wp:botox-widgets/benefits-list {"layout":"grid"} /-->',
    ].join('\n\n'),
  });
  const shortcodes = await createPost(author, url, {
    title: 'Health: shortcodes',
    content:
      '[botox_widget type="candidacy-check" mode="form"]\n\n[botox_widget type="treatment-timeline"]\n\n[botox_widget type="benefits-list"]',
  });
  const raw = await createPost(author, url, {
    title: 'Health: raw markup',
    content:
      '<benefits-list layout="grid"></benefits-list>\n\n<treatment-timeline compact></treatment-timeline>',
  });
  const mixed = await createPost(author, url, {
    title: 'Health: all three ways on one page',
    content: [
      '<!-- wp:botox-widgets/benefits-list /-->',
      '<!-- wp:shortcode -->[botox_widget type="treatment-timeline" compact="true"]<!-- /wp:shortcode -->',
      '<!-- wp:html --><botox-candidacy-check mode="form"></botox-candidacy-check><!-- /wp:html -->',
      '<!-- wp:botox-widgets/benefits-list {"layout":"grid"} /-->',
    ].join('\n\n'),
  });
  mixedId = mixed.id;
  const plain = await createPost(author, url, {
    title: 'Health: no widgets',
    content: '<!-- wp:paragraph --><p>Nothing to see.</p><!-- /wp:paragraph -->',
  });
  pages.push(
    { name: 'blocks', url: blocks.link, widgets: 3 },
    { name: 'shortcodes', url: shortcodes.link, widgets: 3 },
    { name: 'raw markup', url: raw.link, widgets: 2 },
    { name: 'all three ways', url: mixed.link, widgets: 4 },
    { name: 'no widgets', url: plain.link, widgets: 0 },
    { name: 'sample page', url: `${url}/?page_id=2`, widgets: 0 },
  );
});
after(async () => {
  await env?.wp.setPluginActive(true).catch(() => {});
  await env?.close();
});

/**
 * Opens `address` in a fresh logged-out context and reports what happened.
 * @param {string} address
 * @param {number} count
 */
async function open(address, count) {
  const { context, page } = await session(env.browser, env.wp, null);
  const seen = watch(page);
  const response = await page.goto(address, { waitUntil: 'load' });
  if (count) await settle(page, { count });
  else await new Promise((done) => setTimeout(done, 300));
  const html = (await response?.text()) ?? '';
  await context.close();
  return { seen, html, status: response?.status() ?? 0 };
}

/**
 * Visits the front-end pages and, as the admin, the admin pages; returns the log's new entries.
 * @param {boolean} withSettings whether the plugin's settings page exists
 */
async function visitAll(withSettings) {
  const mark = env.wp.logMark();
  for (const entry of pages) {
    const started = Date.now();
    await open(entry.url, 0);
    if (process.env.WORDPRESS_VERBOSE) console.log(`${entry.url}: ${Date.now() - started} ms`);
  }
  await open(`${env.wp.url}/`, 0);
  const adminPages = [
    '/wp-admin/',
    '/wp-admin/plugins.php',
    '/wp-admin/edit.php',
    '/wp-admin/options-general.php',
    `/wp-admin/post.php?post=${mixedId}&action=edit`,
  ];
  if (withSettings) {
    adminPages.push(
      '/wp-admin/options-general.php?page=botox-widgets',
      '/wp-admin/options-general.php?page=botox-widgets&tab=wording',
      '/wp-admin/options-general.php?page=botox-widgets&tab=languages',
    );
  }
  for (const path of adminPages) {
    const started = Date.now();
    await admin.goto(`${env.wp.url}${path}`, { waitUntil: 'load' });
    // Let the page's own requests (admin-ajax, REST) reach PHP.
    await new Promise((done) => setTimeout(done, 500));
    if (process.env.WORDPRESS_VERBOSE) console.log(`${path}: ${Date.now() - started} ms`);
  }
  return env.wp.errors(mark);
}

describe('Page health', () => {
  test('botox-widgets.js: one request per page with widgets, none without, no ?ver=', async () => {
    for (const entry of pages) {
      const { seen, html, status } = await open(entry.url, entry.widgets);
      assert.equal(status, 200, `${entry.name}: ${entry.url}`);
      const requests = seen.requests.filter((url) => ENTRY.test(url));
      const tags = html.match(/<script[^>]*\/widgets\/botox-widgets\.js[^>]*>/g) ?? [];
      if (entry.widgets) {
        assert.equal(
          requests.length,
          1,
          `${entry.name}: one request for the entry (${requests.join(', ')})`,
        );
        assert.ok(!requests[0].includes('?'), `${entry.name}: no query string (${requests[0]})`);
        assert.equal(tags.length, 1, `${entry.name}: one script tag`);
        assert.match(tags[0], /type=["']module["']/, `${entry.name}: a module script`);
        assert.ok(!/[?&]ver=/.test(tags[0]), `${entry.name}: no ?ver= (${tags[0]})`);
      } else {
        assert.deepEqual(requests, [], `${entry.name}: no request for the entry`);
        assert.deepEqual(tags, [], `${entry.name}: no script tag`);
      }
      assert.deepEqual(seen.pageErrors, [], `${entry.name}: no page errors`);
      assert.deepEqual(seen.consoleErrors, [], `${entry.name}: no console errors`);
      assert.deepEqual(seen.failed, [], `${entry.name}: no failed requests`);
    }
  });

  test('the block editor and the settings page log no console errors', async () => {
    const seen = watch(admin);
    await admin.goto(`${env.wp.url}/wp-admin/post.php?post=${mixedId}&action=edit`, {
      waitUntil: 'load',
    });
    await admin.waitForFunction(() => {
      // @ts-expect-error the editor's globals
      const registry = window.wp?.blocks;
      return registry && registry.getBlockType('botox-widgets/benefits-list');
    });
    await admin.waitForNetworkIdle({ idleTime: 500, timeout: 5000 }).catch(() => {});
    const editorRequests = seen.requests.filter((url) => ENTRY.test(url));
    assert.equal(editorRequests.length, 1, `the editor loads the widgets once (${editorRequests})`);
    assert.ok(!editorRequests[0].includes('?'), `without a query string (${editorRequests[0]})`);
    await admin.goto(`${env.wp.url}/wp-admin/options-general.php?page=botox-widgets`, {
      waitUntil: 'load',
    });
    await admin.goto(`${env.wp.url}/wp-admin/options-general.php?page=botox-widgets&tab=wording`, {
      waitUntil: 'load',
    });
    // On a closed network the welcome guide's pictures from s.w.org cannot load: not an error
    // of the plugin's. Anything else is.
    const offline =
      /^Failed to load resource: net::ERR_NAME_NOT_RESOLVED https?:\/\/(?!127\.0\.0\.1)/;
    const errors = seen.consoleErrors.filter((line) => !offline.test(line)).concat(seen.pageErrors);
    assert.deepEqual(errors, [], 'no console errors in the editor or on the settings page');
  });

  test('no PHP warning or notice that the plugin causes (compared with the same pages without it)', async () => {
    const cliEntries = readFileSync(env.wp.cliLogFile, 'utf8');
    // The baseline first: what WordPress logs on its own, including anything logged only the
    // first time a file is compiled.
    await env.wp.setPluginActive(false);
    let baseline;
    try {
      baseline = await visitAll(false);
    } finally {
      await env.wp.setPluginActive(true);
    }
    const active = await visitAll(true);
    const added = newLogEntries(baseline, active);
    assert.deepEqual(added, [], 'the plugin adds no log entries');
    assert.deepEqual(
      env.wp.errors(0).filter((entry) => PLUGIN_LOG.test(entry)),
      [],
      'no entry of the whole run (every test file so far) names the plugin',
    );
    assert.deepEqual(
      cliEntries.split('\n').filter((line) => PLUGIN_LOG.test(line)),
      [],
      'activating the plugin and the setup scripts log nothing from the plugin',
    );
  });
});
