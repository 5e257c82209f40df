/**
 * Embedding on real pages, with the built files a clinic or a developer would use (needs
 * `npm run build` first; `npm test` builds before the browser tests):
 * - the script tag pasted twice, and two separately built copies of one version on one page;
 * - the classes registered under a site's own tag names (the npm build);
 * - the README's `:not(:defined)` CSS keeping each widget's space before the script runs.
 * Each page is in test/fixtures/embed/; record.js, loaded first, records warnings and errors.
 */
import { expect } from '@open-wc/testing';
import type { BotoxCandidacyCheck } from '../src/components/botox-candidacy-check/botox-candidacy-check.js';
import { benefits as benefitsOf, candidacy, harness } from './harness/index.js';
import { waitUntil } from './helpers.js';

interface EmbedLog {
  warnings: string[];
  errors: string[];
}
type FrameWindow = Window &
  typeof globalThis & { embedLog: EmbedLog; layoutShift: { total: number; entries: number } };

const TAGS = ['botox-candidacy-check', 'treatment-timeline', 'benefits-list'] as const;

const clean = (node: Node | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function assertBuilt(): Promise<void> {
  for (const file of ['/dist/botox-widgets.js', '/dist/npm/index.js']) {
    const response = await fetch(file, { method: 'HEAD' });
    if (!response.ok) throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
}

async function open(
  page: string,
  width = 800,
  height = 1400,
): Promise<{ win: FrameWindow; doc: Document }> {
  await assertBuilt();
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = page;
  document.body.append(frame);
  await loaded;
  return { win: frame.contentWindow as FrameWindow, doc: frame.contentDocument! };
}

/** Resolves once every element of `tags` in `doc` shows text in its shadow root. */
const allRendered = (doc: Document, tags: readonly string[]) =>
  waitUntil(
    () => tags.every((tag) => clean(doc.querySelector(tag)?.shadowRoot).length > 0),
    `${tags.join(', ')} render`,
  );

/** Two animation frames of the frame's window: layout and any layout-shift entry are done. */
const settled = (win: Window) =>
  new Promise<void>((resolve) =>
    win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve())),
  );

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('the script tag twice on one page', () => {
  it('two module instances of one build: no error, each element rendered once, silent', async () => {
    const { win, doc } = await open('/test/fixtures/embed/double.html');
    await allRendered(doc, TAGS);
    await settled(win);
    // Both instances really ran (the second one is a separate module, by its URL).
    const modules = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname + new URL(entry.name).search)
      .filter((path) => path.startsWith('/dist/botox-widgets.js'));
    expect(modules).to.have.members(['/dist/botox-widgets.js', '/dist/botox-widgets.js?copy=2']);
    expect(win.embedLog.errors).to.deep.equal([]);
    for (const tag of TAGS) {
      const element = doc.querySelector(tag)!;
      expect(customElements === win.customElements).to.equal(false);
      expect(win.customElements.get(tag), tag).to.equal(element.constructor);
      // One shadow root with one copy of the content.
      expect(element.shadowRoot!.querySelectorAll('[part="base"]'), tag).to.have.length(1);
    }
    expect(benefitsOf(doc.querySelector('benefits-list')!).items()).to.have.length(4);
    // The second instance finds the first one's runtime and defines nothing: each tag has one
    // class and nothing conflicts, no warning; the element chunks load once.
    expect(win.embedLog.warnings).to.deep.equal([]);
    const chunks = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/dist/chunks/'));
    expect(chunks).to.have.members([...new Set(chunks)]);
  });

  it('two separately built copies of one version: one class per tag, one runtime, silent', async () => {
    const { win, doc } = await open('/test/fixtures/embed/two-copies.html');
    await allRendered(doc, TAGS);
    await settled(win);
    expect(win.embedLog.errors).to.deep.equal([]);
    // The same version twice defines each tag once and says nothing (another version warns
    // once: test/two-urls.test.ts).
    expect(win.embedLog.warnings).to.deep.equal([]);
    for (const tag of TAGS) {
      const element = doc.querySelector(tag)!;
      expect(win.customElements.get(tag), tag).to.equal(element.constructor);
      expect(element.shadowRoot!.querySelectorAll('[part="base"]'), tag).to.have.length(1);
    }
  });
});

describe("a site's own tag names (npm build)", () => {
  it('clinic-check, clinic-timeline and clinic-benefits render and work', async () => {
    const { win, doc } = await open('/test/fixtures/embed/custom-tags.html');
    const tags = ['clinic-check', 'clinic-timeline', 'clinic-benefits'];
    await allRendered(doc, tags);
    expect(win.embedLog.errors).to.deep.equal([]);
    expect(win.embedLog.warnings).to.deep.equal([]);
    // The standard names stay free for another copy of the library.
    for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.equal(undefined);

    // benefits: the items attribute works under the new name.
    const benefits = harness(doc.querySelector('clinic-benefits')!);
    expect(benefits.texts('[part="title"]')).to.deep.equal([
      'Fewer, milder migraines',
      'Not a daily pill',
    ]);

    // timeline: the dates come from start-date and today.
    const timeline = doc.querySelector('clinic-timeline')!;
    expect(clean(harness(timeline).query('[part="status"]'))).to.match(/76 days/);

    // candidacy check (form mode): answering fires candidacy-change from the custom tag.
    const check = doc.querySelector('clinic-check')!;
    const ui = candidacy(check as BotoxCandidacyCheck);
    const changes: string[] = [];
    check.addEventListener('candidacy-change', (event) => changes.push(event.type));
    // The first choice: "Yes", the headaches usually last 4 hours or more.
    ui.pick('longHeadaches', true);
    expect(changes).to.deep.equal(['candidacy-change']);
    expect(clean(ui.cta())).to.contain('NorCal Pain Treatment Center');
  });
});

describe('space kept before the script runs (README CSS)', () => {
  async function upgrade(page: string, width: number) {
    const { win, doc } = await open(page, width, 1000);
    await settled(win);
    const heights = () => TAGS.map((tag) => doc.querySelector(tag)!.getBoundingClientRect().height);
    const before = heights();
    const afterTop = doc.querySelector('#after')!.getBoundingClientRect().top;
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/botox-widgets.js';
    doc.head.append(script);
    await allRendered(doc, TAGS);
    await settled(win);
    await settled(win);
    return {
      before,
      after: heights(),
      moved: doc.querySelector('#after')!.getBoundingClientRect().top - afterTop,
      shift: win.layoutShift,
    };
  }

  for (const width of [800, 320]) {
    it(`at ${width} px each widget keeps its space (within 5 %) and nothing shifts`, async () => {
      const result = await upgrade('/test/fixtures/embed/reserved.html', width);
      TAGS.forEach((tag, i) => {
        const [before, after] = [result.before[i], result.after[i]];
        expect(Math.abs(after - before) / after, `${tag}: ${before} → ${after} px`).to.be.below(
          0.05,
        );
      });
      expect(Math.abs(result.moved), 'text after the widgets moved').to.be.below(32);
      expect(result.shift.total, 'cumulative layout shift').to.be.below(0.05);
    });
  }

  it('without it the same page shifts (the measurement can fail)', async () => {
    const result = await upgrade('/test/fixtures/embed/unreserved.html', 800);
    expect(result.before).to.deep.equal([0, 0, 0]);
    expect(result.shift.total).to.be.above(0.1);
  });
});
