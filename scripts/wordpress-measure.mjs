// @ts-check
/* global requestAnimationFrame, Node, setTimeout, Buffer */
// Measures the height of every widget variant on a real WordPress 6.1 + Twenty Twenty-Three
// page, in every language, at viewport widths from 320 to 1440 px in 20 px steps, and writes
// integrations/wordpress/botox-widgets/reserved-heights.json: the heights that the plugin
// reserves before the widgets' script has run, so that the page does not shift.
//
//   npm run wordpress:measure            (after npm run build: needs dist/wordpress/botox-widgets.zip)
//   node scripts/wordpress-measure.mjs [--check] [--reload] [--languages en,es] [--plugin <zip|dir>]
//
// Common device widths in between (390, 768, 1366…) are measured as well.
// Twenty Twenty-Three's font sizes are fluid (they follow the viewport width), so heights are
// measured by viewport width with mobile emulation off. Each language's page is loaded once at
// 1440 px and then resized step by step; a few widths are loaded afresh at the end to check that
// resizing gives the heights of a first load (--reload loads every width afresh). Each height
// is read once the widget has fully rendered (updateComplete, its chunks loaded, fonts ready,
// the height stable over two frames).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findBrowser } from './browser.mjs';
import { OFFLINE_FLAG, startWordPress } from './wordpress-env.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(ROOT, 'integrations/wordpress/botox-widgets/reserved-heights.json');
const MIN_WIDTH = 320;
const MAX_WIDTH = 1440;
const STEP = 20;
/**
 * Common device widths between the 20 px steps (phones, tablets, small laptops): measured too,
 * so that the height reserved at exactly these widths is their own, not the step's below.
 */
const DEVICE_WIDTHS = [375, 390, 393, 412, 414, 430, 768, 810, 834, 1024, 1366];
const CHECK_WIDTHS = [320, 390, 768, 1280];
const TAGS = ['botox-candidacy-check', 'treatment-timeline', 'benefits-list'];

/**
 * The variants of the spec (the key botox_widgets_variant() gives) and block attributes that
 * give each. The page tells the real key (data-bmw-variant on the slot); these are what to put
 * on it.
 */
function variantBlocks() {
  const start = new Date(Date.now() + 14 * 86400000).toISOString().slice(0, 10);
  /** @type {[string, string, Record<string, unknown>][]} */
  const blocks = [
    ['candidacy:steps', 'candidacy-check', {}],
    ['candidacy:form', 'candidacy-check', { mode: 'form' }],
    ['timeline:weeks', 'treatment-timeline', {}],
    ['timeline:dates', 'treatment-timeline', { startDate: start }],
    ['timeline:weeks-compact', 'treatment-timeline', { compact: true }],
    ['timeline:dates-compact', 'treatment-timeline', { startDate: start, compact: true }],
    ['timeline:weeks-horizontal', 'treatment-timeline', { orientation: 'horizontal' }],
    [
      'timeline:dates-horizontal',
      'treatment-timeline',
      { startDate: start, orientation: 'horizontal' },
    ],
    [
      'timeline:weeks-compact-horizontal',
      'treatment-timeline',
      { compact: true, orientation: 'horizontal' },
    ],
    [
      'timeline:dates-compact-horizontal',
      'treatment-timeline',
      { startDate: start, compact: true, orientation: 'horizontal' },
    ],
    ['benefits:list', 'benefits-list', {}],
    ['benefits:grid', 'benefits-list', { layout: 'grid' }],
    ['benefits:list-expandable', 'benefits-list', { expandable: true }],
    ['benefits:grid-expandable', 'benefits-list', { layout: 'grid', expandable: true }],
  ];
  return blocks;
}

/** @param {string[]} args */
function options(args) {
  const value = (name) => {
    const at = args.indexOf(name);
    return at === -1 ? undefined : args[at + 1];
  };
  return {
    check: args.includes('--check'),
    reload: args.includes('--reload'),
    languages: value('--languages')?.split(','),
    plugin: value('--plugin'),
    help: args.includes('--help') || args.includes('-h'),
  };
}

/**
 * Waits until every widget is defined and rendered and every height is stable.
 * @param {import('puppeteer-core').Page} page
 * @param {[string, string, Record<string, unknown>][]} blocks what the page holds, in order
 */
async function settle(page, blocks) {
  const count = blocks.length;
  await page.waitForFunction(
    (tags, count) => {
      const elements = tags.flatMap((tag) => [...document.querySelectorAll(tag)]);
      return (
        elements.length >= count &&
        elements.every(
          (element) =>
            customElements.get(element.localName) && element.shadowRoot?.childNodes.length,
        )
      );
    },
    { timeout: 30000, polling: 50 },
    TAGS,
    count,
  );
  await page.waitForNetworkIdle({ idleTime: 150, timeout: 30000 }).catch(() => {});
  const rows = await page.evaluate(async (tags) => {
    const elements = tags.flatMap((tag) => [...document.querySelectorAll(tag)]);
    const frame = () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    elements.sort((a, b) =>
      a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    const read = () =>
      elements.map((element, index) => ({
        index,
        variant: element.parentElement?.getAttribute('data-bmw-variant') ?? '',
        height: Math.round(element.getBoundingClientRect().height * 100) / 100,
      }));
    let last = '';
    for (let round = 0; round < 40; round++) {
      // @ts-expect-error Lit's updateComplete
      await Promise.all(elements.map((element) => element.updateComplete));
      await document.fonts.ready;
      await frame();
      const now = JSON.stringify(read());
      if (now === last) break;
      last = now;
      await new Promise((done) => setTimeout(done, 60));
    }
    return read();
  }, TAGS);
  return rows.map((row) => ({ ...row, id: blocks[row.index]?.[0] ?? String(row.index) }));
}

/**
 * Compresses heights by width into [min width, height] pairs where the height changes.
 * @param {[number, number][]} byWidth ascending
 */
export function compress(byWidth) {
  /** @type {[number, number][]} */
  const pairs = [];
  for (const [width, height] of byWidth) {
    if (!pairs.length) pairs.push([0, height]);
    else if (pairs[pairs.length - 1][1] !== height) pairs.push([width, height]);
  }
  return pairs;
}

async function main() {
  const args = options(process.argv.slice(2));
  if (args.help) {
    console.log(
      'Usage: node scripts/wordpress-measure.mjs [--languages en,es] [--reload] [--plugin <zip|dir>] [--check]\n' +
        `Writes ${OUTPUT.replace(`${ROOT}/`, '')}; --check only compares with it (exit 1 if a height moved by more than 2 px).`,
    );
    return;
  }
  const started = Date.now();
  const wp = await startWordPress({
    plugin: args.plugin ? resolve(args.plugin) : undefined,
    log: (line) => console.error(`[wordpress] ${line}`),
  });
  /** @type {import('puppeteer-core').Browser | undefined} */
  let browser;
  try {
    const pluginDir = join(wp.docroot, 'wp-content/plugins/botox-widgets');
    const messagesFile = join(pluginDir, 'generated/messages.json');
    const shipped = existsSync(messagesFile)
      ? /** @type {string[]} */ (JSON.parse(readFileSync(messagesFile, 'utf8')).locales)
      : ['en', 'ar', 'de', 'es', 'fr', 'pt-BR', 'zh-Hans'];
    const languages = args.languages ?? ['en', ...shipped.filter((code) => code !== 'en')];
    const version = (await wp.php('echo get_bloginfo("version");')).trim();

    // One page with one block per variant, in the order of variantBlocks().
    const blocks = variantBlocks();
    const content = blocks
      .map(
        ([, name, attributes]) =>
          `<!-- wp:botox-widgets/${name} ${JSON.stringify(attributes)} /-->`,
      )
      .join('\n\n');
    const base64 = Buffer.from(content).toString('base64');
    const id = Number(
      (
        await wp.php(`
          $id = wp_insert_post(array('post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Reserved heights',
            'post_content' => wp_slash(base64_decode('${base64}')), 'post_author' => 1), true);
          if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
          echo $id;`)
      ).trim(),
    );
    const link = `${wp.url}/?page_id=${id}`;

    browser = await puppeteer.launch({
      executablePath: findBrowser(),
      args: [...CHROME_FLAGS, OFFLINE_FLAG],
      headless: true,
      defaultViewport: { width: MAX_WIDTH, height: 900 },
      protocolTimeout: 180000,
    });
    const page = await browser.newPage();
    const errors = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(String(error)));

    const widths = [];
    for (let width = MIN_WIDTH; width <= MAX_WIDTH; width += STEP) widths.push(width);
    widths.push(...DEVICE_WIDTHS.filter((width) => !widths.includes(width)));
    widths.sort((a, b) => a - b);

    /** @type {Record<string, Record<string, [number, number][]>>} heights[variant][language] */
    const heights = {};
    /** @type {string[]} */
    const mismatches = [];
    /** @type {Map<string, string>} */
    const keys = new Map();
    let checked = 0;
    let worst = 0;
    for (const language of languages) {
      await wp.php(`
        $settings = get_option('botox_widgets_settings', array());
        if (!is_array($settings)) { $settings = array(); }
        $settings['locale'] = ${JSON.stringify(language === 'en' ? '' : language)};
        update_option('botox_widgets_settings', $settings);`);
      const load = async (width) => {
        await page.setViewport({ width, height: 900, deviceScaleFactor: 1, isMobile: false });
        await page.goto(link, { waitUntil: 'load' });
        return settle(page, blocks);
      };
      let rows = await load(MAX_WIDTH);
      for (const row of rows) {
        if (row.variant && row.id && row.variant !== row.id) keys.set(row.id, row.variant);
      }
      const lang = await page.evaluate(() => {
        const element = document.querySelector('benefits-list');
        // @ts-expect-error the element's shadow root
        return element?.shadowRoot?.textContent?.slice(0, 40) ?? '';
      });
      /** @type {Record<string, [number, number][]>} */
      const byVariant = {};
      for (const width of widths) {
        if (args.reload) rows = await load(width);
        else {
          await page.setViewport({ width, height: 900, deviceScaleFactor: 1, isMobile: false });
          rows = await settle(page, blocks);
        }
        for (const row of rows) {
          const key = row.variant || row.id;
          if (byVariant[key]?.some(([w]) => w === width)) continue; // two blocks, one key
          (byVariant[key] ??= []).push([width, Math.round(row.height)]);
        }
      }
      if (!args.reload) {
        for (const width of CHECK_WIDTHS) {
          const fresh = await load(width);
          for (const row of fresh) {
            const key = row.variant || row.id;
            const resized = byVariant[key]?.find(([w]) => w === width)?.[1];
            if (resized === undefined) continue;
            const diff = Math.abs(resized - Math.round(row.height));
            checked++;
            worst = Math.max(worst, diff);
            if (diff > 1)
              mismatches.push(
                `${language} ${key} at ${width}px: resized ${resized}, fresh ${Math.round(row.height)}`,
              );
          }
        }
      }
      for (const [key, list] of Object.entries(byVariant))
        (heights[key] ??= {})[language] = compress(list);
      console.error(
        `[measure] ${language}: ${Object.keys(byVariant).length} variants (${lang.trim().slice(0, 30)}…) ${((Date.now() - started) / 1000).toFixed(0)} s`,
      );
    }

    const order = blocks.map(([key]) => keys.get(key) ?? key);
    const variants = Object.fromEntries(
      [...new Set(order)].filter((key) => heights[key]).map((key) => [key, heights[key]]),
    );
    const result = {
      measured: {
        wordpress: version,
        theme: 'twentytwentythree',
        date: new Date().toISOString().slice(0, 10),
      },
      variants,
    };

    // Summary.
    const at = (pairs, width) => {
      let height = pairs[0][1];
      for (const [min, value] of pairs) if (width >= min) height = value;
      return height;
    };
    console.log(
      `\nReserved heights (px) on WordPress ${version} + Twenty Twenty-Three, widths ${MIN_WIDTH}–${MAX_WIDTH} px:`,
    );
    console.log(
      `${'variant'.padEnd(34)} ${'lang'.padEnd(8)} ${'320'.padStart(6)} ${'390'.padStart(6)} ${'800'.padStart(6)} ${'1280'.padStart(6)}  pairs`,
    );
    for (const [key, byLanguage] of Object.entries(variants)) {
      for (const [language, pairs] of Object.entries(byLanguage)) {
        console.log(
          `${key.padEnd(34)} ${language.padEnd(8)} ${[320, 390, 800, 1280].map((w) => String(at(pairs, w)).padStart(6)).join(' ')}  ${pairs.length}`,
        );
      }
    }
    const renamed = [...keys].map(([meant, real]) => `${meant} → ${real}`);
    if (renamed.length)
      console.log(`\nThe plugin names these variants differently: ${renamed.join(', ')}`);
    const missing = blocks.filter(([key]) => !keys.has(key) && !heights[key]).map(([key]) => key);
    if (missing.length) console.log(`Not measured: ${missing.join(', ')}`);
    if (!args.reload) {
      console.log(
        `Resized vs fresh load at ${CHECK_WIDTHS.join(', ')} px: ${checked} heights, largest difference ${worst} px${
          mismatches.length ? `:\n  ${mismatches.join('\n  ')}` : ''
        }`,
      );
    }
    if (errors.length)
      console.log(`Console errors during the measurement:\n  ${[...new Set(errors)].join('\n  ')}`);

    if (args.check) {
      const saved = existsSync(OUTPUT)
        ? JSON.parse(readFileSync(OUTPUT, 'utf8'))
        : { variants: {} };
      const moved = [];
      for (const [key, byLanguage] of Object.entries(variants)) {
        for (const [language, pairs] of Object.entries(byLanguage)) {
          const old = saved.variants?.[key]?.[language];
          if (!old) {
            moved.push(`${key} ${language}: not in the file`);
            continue;
          }
          for (const width of widths) {
            const diff = Math.abs(at(pairs, width) - at(old, width));
            if (diff > 2) {
              moved.push(
                `${key} ${language} at ${width}px: ${at(old, width)} → ${at(pairs, width)}`,
              );
              break;
            }
          }
        }
      }
      console.log(
        moved.length
          ? `\nChanged since the file was written:\n  ${moved.join('\n  ')}`
          : '\nThe file is up to date.',
      );
      process.exitCode = moved.length ? 1 : 0;
    } else {
      const json = JSON.stringify(result, null, 2);
      // The repository's Prettier style, so that `prettier --check .` passes on the file.
      const prettier = await import('prettier').catch(() => null);
      const config = prettier ? ((await prettier.resolveConfig(OUTPUT)) ?? {}) : {};
      writeFileSync(
        OUTPUT,
        prettier ? await prettier.format(json, { ...config, parser: 'json' }) : `${json}\n`,
      );
      console.log(
        `\nWrote ${OUTPUT.replace(`${ROOT}/`, '')} in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
      );
    }
  } finally {
    await browser?.close();
    await wp.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
