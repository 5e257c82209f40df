// @ts-check
// Visual regression and accessibility of every story of the built Storybook, in three variants:
// light, dark, and Arabic (right to left). Each story is shown in a preview page as the manager
// shows it, with a fixed clock; its canvas is compared with the committed baseline
// (test/storybook/baselines/<variant>/<story id>.png) and checked with axe (WCAG 2.2 A/AA).
//
// A difference of more than MAX_CHANGED_PIXELS pixels (or another size) fails, and the actual
// image and a diff image (changes in red) are written to test/storybook/output/<variant>/.
// After an intended change of look, update the baselines and commit them:
//
//   npm run test:storybook:update
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { axeViolations, openPreview, setup, show } from './harness.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const BASELINES = join(HERE, 'baselines');
const OUTPUT = join(HERE, 'output');
const UPDATE = process.env.UPDATE_BASELINES === '1';

/**
 * Pixels that may differ from the baseline. Chromium draws the same page the same way on the
 * same machine, so none may: a 1 px change of any border, gap or glyph fails.
 */
export const MAX_CHANGED_PIXELS = 0;

/** pixelmatch's per-pixel colour tolerance (0–1): only exact-looking colours count as equal. */
const COLOUR_THRESHOLD = 0.05;

/** The variants every story is drawn in, and the Storybook globals of each. */
export const VARIANTS = {
  light: { theme: 'light' },
  dark: { theme: 'dark' },
  ar: { theme: 'light', locale: 'ar' },
};

/**
 * Compares two PNG images; returns the number of changed pixels (or -1 for another size) and
 * the diff image.
 * @param {Buffer} expected
 * @param {Buffer} actual
 */
export function compare(expected, actual) {
  const a = PNG.sync.read(expected);
  const b = PNG.sync.read(actual);
  if (a.width !== b.width || a.height !== b.height) return { changed: -1, diff: null, a, b };
  const diff = new PNG({ width: a.width, height: a.height });
  const changed = pixelmatch(a.data, b.data, diff.data, a.width, a.height, {
    threshold: COLOUR_THRESHOLD,
    includeAA: true,
  });
  return { changed, diff: PNG.sync.write(diff), a, b };
}

/** @type {Awaited<ReturnType<typeof setup>>} */
let env;
before(async () => {
  env = await setup();
  if (!UPDATE) rmSync(OUTPUT, { recursive: true, force: true });
});
after(() => env?.close());

test('the comparison catches a single changed pixel', async () => {
  const { page } = await openPreview(env.browser, env.url, 'elements-benefits-list--default', {
    theme: 'light',
  });
  const canvas = await page.$('#storybook-root');
  const shot = Buffer.from(await canvas.screenshot({ type: 'png' }));
  await page.close();
  assert.equal(compare(shot, shot).changed, 0, 'an image equals itself');
  const image = PNG.sync.read(shot);
  // One pixel in the middle, nudged by a visible step of grey.
  const at = (Math.floor(image.height / 2) * image.width + Math.floor(image.width / 2)) * 4;
  for (let channel = 0; channel < 3; channel++)
    image.data[at + channel] = image.data[at + channel] > 127 ? image.data[at + channel] - 40 : 200;
  const { changed } = compare(shot, PNG.sync.write(image));
  assert.equal(changed, 1);
  assert.ok(changed > MAX_CHANGED_PIXELS, 'one changed pixel is over the limit');
});

for (const [variant, globals] of Object.entries(VARIANTS)) {
  describe(`stories, ${variant}`, () => {
    /** @type {import('puppeteer-core').Page} */
    let page;
    /** @type {string[]} */
    let errors;
    before(async () => {
      ({ page, errors } = await openPreview(env.browser, env.url, env.stories[0].id, globals));
    });
    after(() => page?.close());

    test('every story matches its baseline and has no axe violations', async () => {
      assert.ok(env.stories.length > 50, `${env.stories.length} stories`);
      /** @type {string[]} */
      const failures = [];
      for (const story of env.stories) {
        await show(page, story.id);
        const canvas = await page.$('#storybook-root');
        assert.ok(canvas, `${story.id}: no canvas`);
        const shot = Buffer.from(await canvas.screenshot({ type: 'png' }));
        const baseline = join(BASELINES, variant, `${story.id}.png`);
        if (UPDATE) {
          mkdirSync(dirname(baseline), { recursive: true });
          writeFileSync(baseline, shot);
        } else if (!existsSync(baseline)) {
          failures.push(`${story.id}: no baseline (run npm run test:storybook:update)`);
        } else {
          const { changed, diff, a, b } = compare(readFileSync(baseline), shot);
          if (changed === -1 || changed > MAX_CHANGED_PIXELS) {
            const out = join(OUTPUT, variant);
            mkdirSync(out, { recursive: true });
            writeFileSync(join(out, `${story.id}.actual.png`), shot);
            if (diff) writeFileSync(join(out, `${story.id}.diff.png`), diff);
            failures.push(
              changed === -1
                ? `${story.id}: ${b.width}×${b.height} px, baseline ${a.width}×${a.height} px (test/storybook/output/${variant}/)`
                : `${story.id}: ${changed} pixels changed (diff: test/storybook/output/${variant}/${story.id}.diff.png)`,
            );
          }
        }
        const violations = await axeViolations(page);
        if (violations.length) failures.push(`${story.id}: axe: ${violations.join('; ')}`);
      }
      assert.deepEqual(errors, [], 'no page errors');
      assert.deepEqual(failures, []);
    });
  });
}
