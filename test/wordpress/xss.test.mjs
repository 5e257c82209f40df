// @ts-check
/* global setTimeout */
// Script injection probes: in shortcode attributes and block attributes (saved by an Author
// through kses, and by an administrator, whose content kses does not filter, so that the plugin's
// own escaping is what is tested), in raw element markup, and in a wording override saved on
// the settings page. No dialog opens, no injected element exists in the page or in any shadow
// root, and the probe shows as text.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createPost, deepQueryCount, session, settle, setup, watch, widgets } from './harness.mjs';

const IMG = '<img src=x onerror=alert(1)>';
const BREAKOUT = '"><img src=x onerror=alert(1)>';
const ATTRIBUTE = 'x" onmouseover="alert(1)" autofocus onfocus="alert(1)';
const SCRIPT_END = '</script><script>alert(1)</script>';

/** @type {Awaited<ReturnType<typeof setup>>} */
let env;
/** @type {import('puppeteer-core').Page} */
let author;
/** @type {import('puppeteer-core').Page} */
let admin;

before(async () => {
  env = await setup();
  ({ page: author } = await session(env.browser, env.wp, 'author'));
  ({ page: admin } = await session(env.browser, env.wp, 'admin'));
});
after(async () => {
  await env?.wp.php(`delete_option('botox_widgets_settings');`);
  await env?.close();
});

/**
 * Opens `link` logged out, waits for the widgets, hovers and focuses them, and checks that
 * nothing ran and nothing was injected.
 * @param {string} link
 * @param {number} count
 * @param {{ imagesAllowed?: boolean }} [options] an Author may post an <img> (without handlers)
 */
async function visit(link, count, options = {}) {
  const { context, page } = await session(env.browser, env.wp, null);
  const seen = watch(page);
  await page.goto(link, { waitUntil: 'load' });
  await settle(page, { count });
  for (const handle of await page.$$('botox-candidacy-check, treatment-timeline, benefits-list')) {
    await handle.hover().catch(() => {});
    await handle.focus().catch(() => {});
  }
  await new Promise((done) => setTimeout(done, 300));
  const found = await widgets(page);
  assert.deepEqual(seen.dialogs, [], 'no dialog opened');
  if (!options.imagesAllowed) {
    assert.equal(
      await deepQueryCount(page, 'img[src="x"]'),
      0,
      'no injected <img>, in the page or a shadow root',
    );
  }
  assert.equal(
    await deepQueryCount(page, '[onerror], [onmouseover], [onfocus]'),
    0,
    'no injected handler',
  );
  const injectedScripts = await page.$$eval(
    'script',
    (scripts) =>
      scripts.filter(
        (script) =>
          /alert\(1\)/.test(script.textContent ?? '') && script.type !== 'application/json',
      ).length,
  );
  assert.equal(injectedScripts, 0, 'no injected <script>');
  await context.close();
  return { found, seen };
}

describe('XSS probes', () => {
  for (const role of ['author', 'admin']) {
    test(`shortcode attributes saved by the ${role} are escaped`, async () => {
      const page = role === 'author' ? author : admin;
      const content = [
        `[botox_widget type="benefits-list" heading='${BREAKOUT}']`,
        `[botox_widget type="treatment-timeline" heading='${ATTRIBUTE}' clinic-name="A&quot; onclick=&quot;alert(1)"]`,
        `[botox_widget type=“candidacy-check” heading=“${IMG}”]`,
      ].join('\n\n');
      const post = await createPost(page, env.wp.url, {
        title: `Shortcode probe (${role})`,
        content,
      });
      const { found } = await visit(post.link, 3);
      const [benefits, timeline, check] = found;
      assert.equal(benefits.tag, 'benefits-list');
      // wptexturize may curl the quote (a shortcode with < > in it is texturized): either is text.
      assert.match(
        benefits.attributes.heading,
        /^["”]>\s*<img/,
        `the heading is kept as text: ${benefits.attributes.heading}`,
      );
      assert.match(
        benefits.text,
        /^["”]>\s*<img/,
        `and shown as text: ${benefits.text.slice(0, 60)}`,
      );
      assert.deepEqual(
        Object.keys(timeline.attributes).filter((name) => /^on|autofocus/.test(name)),
        [],
      );
      assert.ok(
        timeline.attributes.heading.includes('onmouseover'),
        'the quote stays inside the value',
      );
      // Curly quotes around HTML: whatever the parser keeps, nothing may run (checked in visit()).
      assert.equal(check.tag, 'botox-candidacy-check');
      if (role === 'admin')
        assert.ok(
          check.text.startsWith(IMG),
          `the probe shows as text: ${check.text.slice(0, 60)}`,
        );
    });

    test(`block attributes saved by the ${role} are escaped`, async () => {
      const page = role === 'author' ? author : admin;
      const attributes = (value) =>
        JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
      const content = [
        `<!-- wp:botox-widgets/benefits-list ${attributes({ heading: BREAKOUT })} /-->`,
        `<!-- wp:botox-widgets/treatment-timeline ${attributes({ heading: ATTRIBUTE, clinicName: IMG })} /-->`,
        `<!-- wp:botox-widgets/candidacy-check ${attributes({ consultationHref: 'javascript:alert(1)', heading: SCRIPT_END })} /-->`,
      ].join('\n\n');
      const post = await createPost(page, env.wp.url, { title: `Block probe (${role})`, content });
      const { found } = await visit(post.link, 3);
      const [benefits, timeline, check] = found;
      assert.ok(
        benefits.text.includes('">'),
        `the heading shows as text: ${benefits.text.slice(0, 60)}`,
      );
      assert.deepEqual(
        Object.keys(timeline.attributes).filter((name) => /^on|autofocus/.test(name)),
        [],
      );
      assert.ok(
        !String(check.attributes['consultation-href'] ?? '').startsWith('javascript:'),
        'no javascript: link',
      );
    });
  }

  // kses splits a tag at the first ">", even inside quotes, so the break-out probe becomes an
  // <img src="x"> that an Author may post anyway: what matters is that no handler survives.
  test('raw element markup by an Author loses event handlers', async () => {
    const content = [
      `<benefits-list heading="Safe" onmouseover="alert(1)" onclick="alert(1)"></benefits-list>`,
      `<treatment-timeline heading='${BREAKOUT}'></treatment-timeline>`,
    ].join('\n\n');
    const post = await createPost(author, env.wp.url, { title: 'Raw probe', content });
    assert.ok(!/onmouseover|onclick/.test(post.raw), `kses removed the handlers: ${post.raw}`);
    const { found } = await visit(post.link, 2, { imagesAllowed: true });
    assert.equal(found[0].attributes.heading, 'Safe');
  });

  test('a wording override is shown as text, never as HTML', async () => {
    await admin.goto(
      `${env.wp.url}/wp-admin/options-general.php?page=botox-widgets&tab=wording&language=en`,
      {
        waitUntil: 'domcontentloaded',
      },
    );
    for (const [id, value] of [
      ['benefits.heading', IMG],
      ['candidacy.heading', SCRIPT_END],
      ['timeline.heading', BREAKOUT],
    ]) {
      const field = `[id="botox-widgets-text-${id}"]`;
      await admin.waitForSelector(field);
      await admin.$eval(field, (textarea) => {
        /** @type {HTMLTextAreaElement} */ (textarea).value = '';
      });
      await admin.type(field, value);
    }
    await Promise.all([
      admin.waitForNavigation({ waitUntil: 'domcontentloaded' }),
      admin.$eval('form.botox-widgets-wording [type="submit"]', (button) =>
        /** @type {HTMLButtonElement} */ (button).click(),
      ),
    ]);
    // The settings page itself shows the saved texts as text.
    assert.equal(
      await deepQueryCount(admin, 'img[src="x"]'),
      0,
      'the settings page is not injected',
    );
    assert.equal(
      await admin.$eval(
        '[id="botox-widgets-text-benefits.heading"]',
        (textarea) => /** @type {HTMLTextAreaElement} */ (textarea).value,
      ),
      IMG,
    );

    const post = await createPost(author, env.wp.url, {
      title: 'Wording probe',
      content:
        '<!-- wp:botox-widgets/benefits-list /-->\n\n<!-- wp:botox-widgets/candidacy-check /-->\n\n<!-- wp:botox-widgets/treatment-timeline /-->',
    });
    const { found } = await visit(post.link, 3);
    const [benefits, check, timeline] = found;
    assert.ok(
      benefits.text.startsWith(IMG),
      `the override shows as text: ${benefits.text.slice(0, 60)}`,
    );
    assert.ok(
      check.text.startsWith(SCRIPT_END),
      `the </script> probe shows as text: ${check.text.slice(0, 60)}`,
    );
    assert.ok(
      timeline.text.startsWith(BREAKOUT),
      `the quote probe shows as text: ${timeline.text.slice(0, 60)}`,
    );
  });
});
