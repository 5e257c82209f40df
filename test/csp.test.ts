/**
 * The built script tag under a strict Content-Security-Policy, as a hardened clinic site serves
 * it: `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for
 * 'script'` (no inline script, no inline style, Trusted Types for every script sink). The page
 * (test/fixtures/csp/strict.html) records every `securitypolicyviolation` from its first script
 * on; the widgets must render, work, print (from the summary's own frame, under the same
 * policy) and switch language without a single one. Needs
 * `npx vite build` first (`npm test` builds before the browser tests).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitUntil } from './helpers.js';

const PAGE = '/test/fixtures/csp/strict.html';
const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}
type FrameWindow = Window & typeof globalThis & { cspViolations: Violation[] };

const clean = (node: Node | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function assertBuilt(): Promise<void> {
  const response = await fetch('/dist/botox-widgets.js', { method: 'HEAD' });
  if (!response.ok) {
    throw new Error(
      'dist/botox-widgets.js is missing: run `npx vite build` (or `npm run build`) before the browser tests',
    );
  }
}

async function open(): Promise<{ frame: HTMLIFrameElement; win: FrameWindow; doc: Document }> {
  await assertBuilt();
  const frame = document.createElement('iframe');
  frame.width = '900';
  frame.height = '1400';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = PAGE;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  expect(win.cspViolations, 'the violation recorder (record.js) ran first').to.be.an('array');
  return { frame, win, doc: frame.contentDocument! };
}

/** The element `tag` of the frame, once its shadow root shows text. */
async function rendered(doc: Document, tag: string): Promise<HTMLElement> {
  await waitUntil(
    () => clean(doc.querySelector(tag)?.shadowRoot).length > 0,
    `<${tag}> renders its content`,
  );
  return doc.querySelector<HTMLElement>(tag)!;
}

const root = (el: Element) => el.shadowRoot!;
const buttonLabelled = (el: Element, label: string) =>
  [...root(el).querySelectorAll('button')].find((b) => clean(b) === label);

async function click(el: Element, label: string): Promise<void> {
  const button = buttonLabelled(el, label);
  if (!button) throw new Error(`no button "${label}" in <${el.localName}>`);
  button.click();
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

async function choose(el: Element, label: string): Promise<void> {
  const input = [...root(el).querySelectorAll('label')]
    .find((l) => clean(l) === label)
    ?.querySelector('input');
  if (!input) throw new Error(`no choice "${label}"`);
  input.click();
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  expect(input.checked, label).to.equal(true);
}

/** Types with the real keyboard into the number input `id` of the frame's candidacy check. */
async function type(el: Element, id: string, text: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>(`#${id}`)!;
  input.focus();
  await sendKeys({ type: text });
  expect(input.value, `typed into #${id}`).to.equal(text);
  // Leaving the field commits it (a change event), as it does for a person.
  input.blur();
}

const legend = (el: Element) => clean(root(el).querySelector('legend'));

describe('strict Content-Security-Policy (dist/botox-widgets.js)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('is served with the strict policy', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy')).to.equal(POLICY);
  });

  it('records a violation when something breaks the policy (the recorder works)', async () => {
    const { win, doc } = await open();
    const before = win.cspViolations.length;
    // An inline style attribute (inside a shadow root, like a widget's) and an HTML string
    // sink: both forbidden by the policy.
    const host = doc.createElement('div');
    const probe = doc.createElement('p');
    probe.setAttribute('style', 'color: red');
    host.attachShadow({ mode: 'open' }).append(probe);
    doc.body.append(host);
    expect(() => {
      // eslint-disable-next-line no-restricted-syntax -- deliberately breaks Trusted Types
      doc.createElement('div').innerHTML = '<b>bold</b>';
    }).to.throw(/TrustedHTML/);
    await waitUntil(() => win.cspViolations.length >= before + 2, 'two violations recorded');
    const directives = win.cspViolations.slice(before).map((v) => v.directive);
    expect(directives).to.include('require-trusted-types-for');
    expect(directives.some((d) => d.startsWith('style-src'))).to.equal(true);
  });

  it('renders, works and switches language with 0 violations', async () => {
    const { win, doc } = await open();
    const benefits = await rendered(doc, 'benefits-list');
    const timeline = await rendered(doc, 'treatment-timeline');
    const check = await rendered(doc, 'botox-candidacy-check');

    // Every element renders its content in its shadow root.
    expect(root(benefits).querySelectorAll('[part~="title"]').length).to.equal(4);
    expect(clean(root(benefits))).to.contain('Fewer, milder migraines');
    expect(clean(root(timeline))).to.contain('You are here');
    expect(clean(root(timeline).querySelector('[part="status"]'))).to.match(/\d/);
    // The page's data-botox-widgets block is read (a JSON data block is not script).
    expect(clean(root(check).querySelector('[part="heading"]'))).to.equal(
      'Could Botox help my migraines?',
    );
    expect(legend(check)).to.contain('Question 1 of 8');

    // Benefits: open a disclosure.
    const details = root(benefits).querySelector('details')!;
    root(benefits).querySelector('summary')!.click();
    expect(details.open, 'the first benefit opens').to.equal(true);

    // Timeline: add to calendar; the page takes over (no download).
    let calendar: (Event & { detail: { ics: string } }) | undefined;
    timeline.addEventListener(
      'timeline-calendar',
      (event) => {
        event.preventDefault();
        calendar = event as Event & { detail: { ics: string } };
      },
      { once: true },
    );
    buttonLabelled(timeline, 'Add to calendar')!.click();
    await waitUntil(() => calendar !== undefined, 'timeline-calendar fired');
    expect(calendar!.detail.ics).to.contain('BEGIN:VCALENDAR');

    // Candidacy check, steps mode, through to a result; the day counter (a lazy chunk) included.
    await click(check, 'Not sure? Count them');
    await waitUntil(() => root(check).querySelector('[part="counter"]') !== null, 'counter open');
    const days = [...root(check).querySelectorAll<HTMLButtonElement>('[part="day"]')];
    for (const day of days.slice(0, 20)) {
      day.click();
      await (check as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    }
    expect(clean(root(check).querySelector('.total'))).to.equal('20 headache days marked');
    await click(check, 'Use this count');
    expect(root(check).querySelector<HTMLInputElement>('#headacheDays')!.value).to.equal('20');
    await click(check, 'Next');
    expect(legend(check)).to.contain('Question 2 of 8');
    await type(check, 'months', '6');
    await click(check, 'Next');
    await choose(check, 'Yes');
    await click(check, 'Next');
    await choose(check, 'Yes, but they did not help enough');
    // That answer asks how many preventive medicines were tried.
    await type(check, 'preventivesTried', '3');
    await click(check, 'Next');
    expect(legend(check)).to.contain('Question 5 of 8');
    await type(check, 'painRelieverDays', '2');
    await type(check, 'triptanDays', '4');
    await click(check, 'Next');
    await choose(check, 'Yes, I can');
    await click(check, 'Next');
    await choose(check, 'Yes');
    await click(check, 'Next');
    expect(legend(check)).to.contain('Question 8 of 8');
    await choose(check, 'None of these apply to me');
    await click(check, 'See my result');
    const outcome = root(check).querySelector('[part="outcome"]');
    expect(outcome, 'a result shows').to.exist;
    expect(outcome!.classList.contains('outcome-likely')).to.equal(true);

    // Print summary (a lazy chunk): the summary is built in a hidden about:blank frame of the
    // element's shadow root, which is under the same policy, and printed from there with the
    // real print() (it returns at once in headless Chromium). The frame's violations are its own
    // events: they are recorded from the moment its window exists (its first `load` fires while
    // it is appended, before the summary is built).
    const inFrame: { directive: string; sample: string }[] = [];
    const printed: string[] = [];
    root(check).addEventListener(
      'load',
      (event) => {
        const frameWindow = (event.target as HTMLIFrameElement).contentWindow!;
        frameWindow.addEventListener('securitypolicyviolation', (violation) =>
          inFrame.push({ directive: violation.violatedDirective, sample: violation.sample }),
        );
        const print = frameWindow.print.bind(frameWindow);
        frameWindow.print = () => {
          printed.push(clean(frameWindow.document.body));
          print();
        };
      },
      true,
    );
    let pagePrints = 0;
    win.print = () => void pagePrints++;
    await click(check, 'Print summary');
    expect(pagePrints, 'the page itself is not printed').to.equal(0);
    expect(printed, "the frame's print() ran once").to.have.length(1);
    const printFrame = root(check).querySelector('iframe')!;
    expect(printFrame, 'the print frame').to.exist;
    const printDoc = printFrame.contentDocument!;
    expect(printDoc.URL).to.equal('about:blank');
    expect(printed[0], 'printed with the summary built').to.equal(clean(printDoc.body));
    expect(printed[0]).to.contain('Botox may be an option for you');
    expect(printed[0]).to.contain('Clinic: NorCal Pain Treatment Center');
    expect(printed[0]).to.contain('Number of different preventive medicines you have tried');
    const printView = printFrame.contentWindow!;
    expect(printDoc.adoptedStyleSheets, "the frame's own stylesheet").to.have.length(1);
    expect(printView.getComputedStyle(printDoc.body).margin, 'its rules apply').to.equal('0px');
    expect(printView.getComputedStyle(printDoc.querySelector('.outcome')!).borderTopStyle).to.equal(
      'solid',
    );
    expect(getComputedStyle(printFrame).width, 'hidden with CSSOM styles').to.equal('0px');
    expect(
      printDoc.querySelectorAll('script, style, [style]'),
      'no inline code or style',
    ).to.have.length(0);

    // Language: follow <html lang> to Arabic (a lazy translation chunk) and back.
    const heading = () => clean(root(check).querySelector('[part="heading"]'));
    const englishTitles = clean(root(benefits).querySelector('[part~="title"]'));
    doc.documentElement.lang = 'ar';
    await waitUntil(
      () => clean(root(benefits).querySelector('[part~="title"]')) !== englishTitles,
      'benefits in Arabic',
    );
    await waitUntil(() => heading() !== 'Could Botox help my migraines?', 'check in Arabic');
    expect(heading()).to.match(/[\u0600-\u06ff]/);
    expect(root(check).querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(clean(root(timeline))).to.match(/[\u0600-\u06ff]/);
    doc.documentElement.lang = 'en';
    await waitUntil(() => heading() === 'Could Botox help my migraines?', 'back to English');
    expect(clean(root(benefits).querySelector('[part~="title"]'))).to.equal(englishTitles);
    expect(root(check).querySelector('[part="outcome"]'), 'the result is kept').to.exist;

    // Let any late report arrive (violation events are queued as tasks).
    await new Promise((resolve) => setTimeout(resolve, 50));
    const violations = win.cspViolations;
    console.log(
      `CSP: ${violations.length} violation(s) under "${POLICY}", ${inFrame.length} in the print frame`,
    );
    expect(violations, JSON.stringify(violations, null, 2)).to.deep.equal([]);
    expect(inFrame, `the print frame: ${JSON.stringify(inFrame)}`).to.deep.equal([]);

    // The print frame is under the policy too (0 there is not for lack of one): an inline style
    // attribute is refused and recorded there.
    const probe = printDoc.createElement('p');
    probe.setAttribute('style', 'color: rgb(255, 0, 0)');
    printDoc.body.append(probe);
    expect(printView.getComputedStyle(probe).color, 'inline style blocked').to.equal(
      'rgb(0, 0, 0)',
    );
    await waitUntil(() => inFrame.length > 0, 'the print frame records violations');
    expect(inFrame[0].directive.startsWith('style-src'), inFrame[0].directive).to.equal(true);
  });
});
