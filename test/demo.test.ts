/**
 * The demo clinic page (src/demo/index.html), loaded through the dev server as `npm start` shows
 * it: every widget renders, every fact of the article is on the page, the language and colour
 * switchers and the start date drive the widgets, axe finds nothing, it fits 320 px, and the
 * space kept for each widget before the script runs is close to its rendered height.
 */
import { expect } from '@open-wc/testing';
import { harness, timeline as timelineOf } from './harness/index.js';
import { waitUntil } from './helpers.js';

const PAGE = '/src/demo/index.html';
const TAGS = ['botox-candidacy-check', 'treatment-timeline', 'benefits-list'] as const;

interface AxeResult {
  passes: unknown[];
  violations: { id: string; impact: string; nodes: { target: unknown[] }[] }[];
}
type FrameWindow = Window &
  typeof globalThis & { axe?: { run: (context: Node) => Promise<AxeResult> } };

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

async function open(width = 1024, height = 900, src = PAGE) {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as FrameWindow;
  await waitUntil(
    () => TAGS.every((tag) => clean(doc.querySelector(tag)?.shadowRoot?.textContent).length > 0),
    'every widget renders',
    8000,
  );
  await settled(win);
  return { frame, doc, win };
}

const settled = (win: Window) =>
  new Promise<void>((resolve) =>
    win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve())),
  );

/** The page's text, the widgets' shadow roots included. */
function pageText(doc: Document): string {
  const parts = [doc.body.innerText];
  for (const tag of TAGS) parts.push(doc.querySelector(tag)!.shadowRoot!.textContent ?? '');
  return clean(parts.join(' '));
}

const titles = (doc: Document) =>
  harness(doc.querySelector('benefits-list')!).texts('[part="title"]');

function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  expect(select.value, `option ${value}`).to.equal(value);
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

async function axe(doc: Document, win: FrameWindow): Promise<AxeResult> {
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const ready = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
    });
    doc.head.append(script);
    await ready;
  }
  return win.axe!.run(doc);
}

const violations = (result: AxeResult) =>
  result.violations.map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes[0]?.target)}`);

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('demo clinic page', () => {
  it('renders every widget, with one h1, landmarks and a working skip link', async () => {
    const { doc } = await open();
    expect(doc.querySelectorAll('h1')).to.have.length(1);
    expect(doc.querySelector('header')).to.exist;
    expect(doc.querySelectorAll('main')).to.have.length(1);
    expect(doc.querySelector('footer')).to.exist;
    const skip = doc.querySelector<HTMLAnchorElement>('a.skip-link')!;
    expect(skip, 'the first focusable element is the skip link').to.equal(
      doc.querySelector('a, button, input, select'),
    );
    expect(doc.querySelector(skip.hash)).to.equal(doc.querySelector('main'));
    for (const tag of TAGS) {
      expect(harness(doc.querySelector(tag)!).base(), tag).to.exist;
    }
    expect(titles(doc)).to.have.length(4);
  });

  it('carries every fact of the article, accurately', async () => {
    const { doc } = await open();
    const text = pageText(doc).toLowerCase();
    const facts = [
      // headline and what Botox is
      'wrinkles',
      'prescription medicine',
      'adults',
      'botulinum toxin',
      'neurotoxin',
      'clostridium botulinum',
      'medical conditions',
      // chronic migraine
      'severe form of headache disorder',
      'hours or even days',
      'nausea',
      'vomiting',
      'sensitivity to light and sound',
      '15 or more days a month',
      'at least three months',
      // how it is thought to work
      'fully understands',
      'muscle relaxation',
      'head and neck',
      'pain signals',
      // who may benefit
      'medicines or lifestyle changes',
      'side effects they could not live with',
      'effect wears off',
      // the process
      'consultation',
      'medical history',
      "healthcare provider's office",
      'every 12 weeks',
      'how you respond',
      'a few weeks',
      '31 to 39 small injections',
      'can mean fewer headache days',
      'does not work for everyone',
      // benefits
      'quality of life',
      'fewer whole-body side effects',
      'not a daily pill',
      'more good days',
      // safety and the close
      'neck pain',
      'not suitable for everyone',
      'evaluate your condition',
    ];
    const missing = facts.filter((fact) => !text.includes(fact));
    expect(missing, 'facts missing from the page').to.deep.equal([]);
    // The article's loose claims are not repeated.
    expect(text).not.to.match(/non-drug|drug-free|no side effects|\bcures?\b/);
    expect(text).not.to.match(/means fewer|much less frequent|real relief|effect builds/);
  });

  it('the language switcher offers all 7 languages and sets lang, dir and the widgets', async () => {
    const { doc } = await open();
    const select = doc.querySelector<HTMLSelectElement>('#language')!;
    expect([...select.options].map((o) => o.value)).to.deep.equal([
      'en',
      'es',
      'fr',
      'de',
      'pt-BR',
      'zh-Hans',
      'ar',
    ]);
    const note = doc.querySelector('#language-note')!;
    expect(clean(note.textContent)).to.equal('');
    const english = titles(doc);
    expect(english[0]).to.equal('Fewer, milder migraines');

    choose(select, 'es');
    expect(doc.documentElement.lang).to.equal('es');
    expect(doc.documentElement.dir).to.equal('ltr');
    await waitUntil(() => titles(doc)[0] === 'Menos migrañas y más leves', 'Spanish widgets');
    expect(clean(note.textContent)).to.contain('English only');

    choose(select, 'ar');
    expect(doc.documentElement.lang).to.equal('ar');
    expect(doc.documentElement.dir).to.equal('rtl');
    await waitUntil(() => /[\u0600-\u06ff]/.test(titles(doc)[0]!), 'Arabic widgets');
    const check = harness(doc.querySelector('botox-candidacy-check')!);
    expect(/[\u0600-\u06ff]/.test(check.text())).to.equal(true);

    choose(select, 'en');
    expect(doc.documentElement.dir).to.equal('ltr');
    await waitUntil(() => titles(doc)[0] === english[0], 'back to English');
    expect(clean(note.textContent)).to.equal('');
  });

  it('the colour switcher sets theme on every widget and the page colours', async () => {
    const { doc, win } = await open();
    const select = doc.querySelector<HTMLSelectElement>('#theme')!;
    const background = () => win.getComputedStyle(doc.documentElement).backgroundColor;
    const widgetText = (tag: string) =>
      win.getComputedStyle(harness(doc.querySelector(tag)!).base()!).color;

    choose(select, 'light');
    await settled(win);
    for (const tag of TAGS) expect(doc.querySelector(tag)!.getAttribute('theme')).to.equal('light');
    const light = { page: background(), widget: widgetText('benefits-list') };

    choose(select, 'dark');
    await settled(win);
    for (const tag of TAGS) expect(doc.querySelector(tag)!.getAttribute('theme')).to.equal('dark');
    expect(doc.documentElement.dataset.theme).to.equal('dark');
    expect(background()).not.to.equal(light.page);
    expect(widgetText('benefits-list')).not.to.equal(light.widget);

    choose(select, 'auto');
    for (const tag of TAGS) expect(doc.querySelector(tag)!.getAttribute('theme')).to.equal('auto');
    expect(doc.documentElement.dataset.theme).to.equal(undefined);
  });

  it("the start date shows the visitor's own treatment dates", async () => {
    const { doc } = await open();
    const input = doc.querySelector<HTMLInputElement>('#start-date')!;
    const timeline = doc.querySelector('treatment-timeline')!;
    expect(timeline.hasAttribute('start-date')).to.equal(false);
    input.value = '2030-01-07';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(timeline.getAttribute('start-date')).to.equal('2030-01-07');
    await timeline.updateComplete;
    // The sessions 12 weeks apart: 7 January, 1 April, 24 June 2030.
    const text = timelineOf(timeline).text();
    expect(text).to.contain('January 7, 2030').and.to.contain('April 1, 2030');
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(timeline.hasAttribute('start-date')).to.equal(false);
  });

  it('axe finds no violations, light and dark, left to right and right to left', async () => {
    const { doc, win } = await open();
    const first = await axe(doc, win);
    expect(first.passes.length, 'axe ran its rules').to.be.above(20);
    expect(violations(first), 'light, English').to.deep.equal([]);
    choose(doc.querySelector<HTMLSelectElement>('#theme')!, 'dark');
    choose(doc.querySelector<HTMLSelectElement>('#language')!, 'ar');
    await waitUntil(() => /[\u0600-\u06ff]/.test(titles(doc)[0]!), 'Arabic widgets');
    await settled(win);
    expect(violations(await axe(doc, win)), 'dark, Arabic').to.deep.equal([]);
  });

  for (const language of ['en', 'de', 'ar']) {
    it(`fits a 320 px screen without horizontal scrolling (${language})`, async () => {
      const { doc, win } = await open(320, 640);
      choose(doc.querySelector<HTMLSelectElement>('#language')!, language);
      const input = doc.querySelector<HTMLInputElement>('#start-date')!;
      input.value = '2030-01-07';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await waitUntil(
        () => language === 'en' || titles(doc)[0] !== 'Fewer, milder migraines',
        'the language',
      );
      await settled(win);
      expect(doc.documentElement.scrollWidth).to.be.at.most(doc.documentElement.clientWidth);
    });
  }

  for (const width of [1024, 320]) {
    it(`keeps close to each widget's space before the script runs (${width} px)`, async () => {
      const { doc } = await open(width);
      const rendered = TAGS.map((tag) => doc.querySelector(tag)!.getBoundingClientRect().height);
      // The same page without its script: the widgets stay undefined.
      const html = await (await fetch(PAGE)).text();
      const withoutScript = html.replace(/<script type="module"[^>]*><\/script>/, '');
      expect(withoutScript).not.to.equal(html);
      const frame = document.createElement('iframe');
      frame.width = String(width);
      frame.height = '900';
      const loaded = new Promise((resolve) =>
        frame.addEventListener('load', resolve, { once: true }),
      );
      frame.srcdoc = withoutScript.replace(
        '<head>',
        `<head><base href="${location.origin}/src/demo/" />`,
      );
      document.body.append(frame);
      await loaded;
      const bare = frame.contentDocument!;
      await waitUntil(
        () => bare.styleSheets.length > 0 && bare.styleSheets[0]!.cssRules.length > 0,
        'demo.css loaded',
      );
      TAGS.forEach((tag, i) => {
        const element = bare.querySelector(tag)!;
        expect(element.matches(':not(:defined)'), tag).to.equal(true);
        const kept = element.getBoundingClientRect().height;
        expect(
          Math.abs(kept - rendered[i]!) / rendered[i]!,
          `${tag}: ${kept} vs ${rendered[i]} px`,
        ).to.be.below(0.1);
      });
    });
  }
});
