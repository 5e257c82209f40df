/**
 * Server rendering: `test/fixtures/ssr/page.html` rendered by `src/ssr/render.ts` (through
 * `node scripts/prerender.mjs test/fixtures/ssr/page.html dist/ssr/page.html`, part of
 * `npm run build`) shows every widget with JavaScript off, and with JavaScript on hydrates it in
 * place: same content, same layout, working controls, no errors.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers.js';

const PAGE = '/dist/ssr/page.html';
const TAGS = ['benefits-list', 'botox-candidacy-check', 'treatment-timeline'] as const;
type Tag = (typeof TAGS)[number];

interface FrameWindow extends Window {
  recordedErrors?: string[];
}

async function load(scripts: boolean): Promise<HTMLIFrameElement> {
  const response = await fetch(PAGE, { method: 'HEAD' });
  if (!response.ok) {
    throw new Error(
      `${PAGE} is missing: run \`npm run build\` (it prerenders test/fixtures/ssr/page.html)`,
    );
  }
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '3000px';
  // Same origin (so the test can read it), no scripts: what a visitor without JavaScript sees.
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = PAGE;
  document.body.append(frame);
  await loaded;
  return frame;
}

const widget = (frame: HTMLIFrameElement, tag: Tag) =>
  frame.contentDocument!.querySelector(tag) as HTMLElement;
const root = (frame: HTMLIFrameElement, tag: Tag) => {
  const shadow = widget(frame, tag).shadowRoot;
  if (!shadow) throw new Error(`<${tag}> has no shadow root`);
  return shadow;
};
const texts = (frame: HTMLIFrameElement, tag: Tag, selector: string) =>
  [...root(frame, tag).querySelectorAll(selector)].map((node) =>
    node.textContent!.replace(/\s+/g, ' ').trim(),
  );
/** The visible text of a widget, without its styles. */
const content = (frame: HTMLIFrameElement, tag: Tag) =>
  [...root(frame, tag).children]
    .filter((node) => node.localName !== 'style')
    .map((node) => node.textContent!.replace(/\s+/g, ' ').trim())
    .join(' ');
const box = (frame: HTMLIFrameElement, tag: Tag) => {
  const { x, y, width, height } = widget(frame, tag).getBoundingClientRect();
  return { x, y, width, height };
};

async function hydrated(frame: HTMLIFrameElement): Promise<void> {
  const win = frame.contentWindow!;
  await waitUntil(
    () => TAGS.every((tag) => win.customElements.get(tag) !== undefined),
    'the elements are defined',
  );
  for (const tag of TAGS) {
    const element = widget(frame, tag) as HTMLElement & { updateComplete: Promise<boolean> };
    await element.updateComplete;
  }
}

/** The layout shifts the frame has recorded since it started (including before this call). */
async function layoutShifts(frame: HTMLIFrameElement): Promise<number[]> {
  const win = frame.contentWindow! as Window & typeof globalThis;
  const values: number[] = [];
  const observer = new win.PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      values.push((entry as PerformanceEntry & { value: number }).value);
  });
  observer.observe({ type: 'layout-shift', buffered: true });
  // Buffered entries arrive in a task of their own.
  await new Promise((resolve) => win.setTimeout(resolve, 100));
  for (const entry of observer.takeRecords()) {
    values.push((entry as PerformanceEntry & { value: number }).value);
  }
  observer.disconnect();
  return values;
}

const BENEFITS = [
  'Fewer, milder migraines',
  'Fewer whole-body side effects',
  'Not a daily pill',
  'More good days',
];
const STEPS = [
  'Consultation',
  'First treatment session',
  'The effect may build',
  'Repeat sessions',
  'Check how well it works',
];
const SESSION_DATES = ['March 2, 2026', 'May 25, 2026', 'August 17, 2026', 'November 9, 2026'];

/** What every visitor must see, with or without JavaScript. */
function expectEnglishContent(frame: HTMLIFrameElement): void {
  expect(texts(frame, 'benefits-list', '[part="heading"]')).to.deep.equal([
    'Benefits of Botox for migraines',
  ]);
  expect(texts(frame, 'benefits-list', '[part="title"]')).to.deep.equal(BENEFITS);
  expect(texts(frame, 'benefits-list', '[part="item"]')).to.have.length(4);

  expect(texts(frame, 'botox-candidacy-check', '[part="heading"]')).to.deep.equal([
    'Is Botox for me?',
  ]);
  expect(texts(frame, 'botox-candidacy-check', '[part="progress"]')).to.deep.equal([
    'Question 1 of 8',
  ]);
  const legends = texts(frame, 'botox-candidacy-check', 'legend');
  expect(legends).to.have.length(1);
  expect(legends[0]).to.contain('On how many days a month do you have a headache?');
  expect(texts(frame, 'botox-candidacy-check', 'input')).to.have.length(1);

  expect(texts(frame, 'treatment-timeline', '[part="heading"]')).to.deep.equal([
    'Your treatment timeline',
  ]);
  const steps = texts(frame, 'treatment-timeline', '[part~="step"]');
  expect(steps).to.have.length(STEPS.length);
  STEPS.forEach((title, index) => expect(steps[index]).to.contain(title));
  expect(texts(frame, 'treatment-timeline', '[part="status"]')).to.deep.equal([
    'Your next session is in 40 days.',
  ]);
  expect(texts(frame, 'treatment-timeline', '[part="session"] time')).to.deep.equal(SESSION_DATES);
}

describe('server rendering (dist/ssr/page.html)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows every widget in English with JavaScript off', async () => {
    const frame = await load(false);
    const win = frame.contentWindow! as FrameWindow;
    expect(win.recordedErrors, 'no script ran in the frame').to.equal(undefined);
    for (const tag of TAGS) {
      expect(win.customElements.get(tag), `<${tag}> is not defined`).to.equal(undefined);
      expect(widget(frame, tag).shadowRoot, `<${tag}> has a declarative shadow root`).to.exist;
      expect(box(frame, tag).height, `<${tag}> takes up space`).to.be.greaterThan(100);
    }
    expectEnglishContent(frame);
    // The styles come with the markup: the benefit titles are styled, not the browser default.
    const title = root(frame, 'benefits-list').querySelector('[part="title"]')!;
    expect(frame.contentWindow!.getComputedStyle(title).fontWeight).not.to.equal('400');
  });

  it('hydrates in place with JavaScript on: same content, same layout, no errors', async () => {
    const still = await load(false);
    const before = Object.fromEntries(TAGS.map((tag) => [tag, content(still, tag)]));
    const boxes = Object.fromEntries(TAGS.map((tag) => [tag, box(still, tag)]));
    still.remove();

    const frame = await load(true);
    await hydrated(frame);
    const win = frame.contentWindow! as FrameWindow;
    expect(win.recordedErrors, 'the error recorder ran').to.be.an('array');
    expect(win.recordedErrors).to.deep.equal([]);
    expectEnglishContent(frame);
    for (const tag of TAGS) {
      expect(content(frame, tag), `<${tag}> shows the server's content, once`).to.equal(
        before[tag],
      );
      expect(box(frame, tag), `<${tag}> keeps its place and size`).to.deep.equal(boxes[tag]);
    }
    expect(await layoutShifts(frame), 'no layout shift').to.deep.equal([]);
  });

  it('is interactive after hydration', async () => {
    const frame = await load(true);
    await hydrated(frame);
    const win = frame.contentWindow! as FrameWindow;

    // The candidacy check answers and moves on.
    const check = widget(frame, 'botox-candidacy-check');
    const changes: unknown[] = [];
    check.addEventListener('candidacy-change', (event) => changes.push(event));
    const input = root(frame, 'botox-candidacy-check').querySelector('input')!;
    input.value = '20';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(changes, 'candidacy-change fired').to.have.length(1);
    root(frame, 'botox-candidacy-check')
      .querySelector<HTMLButtonElement>('button.primary')!
      .click();
    await waitUntil(
      () => texts(frame, 'botox-candidacy-check', '[part="progress"]')[0] === 'Question 2 of 8',
      'the second question',
    );
    expect(texts(frame, 'botox-candidacy-check', 'legend')).to.have.length(1);
    expect(texts(frame, 'botox-candidacy-check', '[part="heading"]')).to.have.length(1);

    // The timeline's calendar button is wired to its event.
    const timeline = widget(frame, 'treatment-timeline');
    let calendar: Event | undefined;
    timeline.addEventListener('timeline-calendar', (event) => {
      calendar = event;
      event.preventDefault(); // no download in the test
    });
    root(frame, 'treatment-timeline')
      .querySelector<HTMLButtonElement>('[part="calendar-button"]')!
      .click();
    await waitUntil(() => calendar !== undefined, 'timeline-calendar fired');

    // A benefit opens; the list still holds four.
    const details = root(frame, 'benefits-list').querySelector('details')!;
    details.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
    expect(texts(frame, 'benefits-list', '[part="item"]')).to.have.length(4);

    expect(win.recordedErrors).to.deep.equal([]);
  });
});
