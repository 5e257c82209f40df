/**
 * Accessibility beyond axe: every interactive element used with the keyboard alone (focus checked
 * at each step, tab order in visual order, never lost to <body>); a visible focus indicator on
 * every control, also in forced colours; no motion when reduced motion is asked for; and no
 * horizontal scrolling at 320 px, at 200 % zoom and right to left.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import type { BenefitsList } from '../src/components/benefits-list/benefits-list.js';
import type { BotoxCandidacyCheck } from '../src/components/botox-candidacy-check/botox-candidacy-check.js';
import type { TreatmentTimeline } from '../src/components/treatment-timeline/treatment-timeline.js';
import type { TimelineCalendarEvent } from '../src/events/timeline-events.js';
import { followDocumentLocale, setLocale } from '../src/localization/locale.js';
import { LIKELY } from './fixtures/candidacy-answers.js';
import { benefits as benefitsOf, candidacy } from './harness/index.js';

type Widget = BenefitsList | BotoxCandidacyCheck | TreatmentTimeline;
const WIDGETS = 'benefits-list, botox-candidacy-check, treatment-timeline';

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A short description of an element for failure messages. */
function nameOf(node: Element | null): string {
  if (!node) return 'nothing';
  const host = (node.getRootNode() as ShadowRoot).host;
  const label =
    node.getAttribute('aria-label') ?? (text(node.closest('label')) || text(node)).slice(0, 40);
  return `${host ? `<${host.localName}> ` : ''}<${node.localName}${node.id ? `#${node.id}` : ''}> "${label}"`;
}

/** The element that really has focus, through shadow roots. */
function focused(): Element | null {
  let node = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node;
}

/** Focus must never fall back to <body> (or nowhere) after a key press. */
function expectFocusKept(after: string): Element {
  const node = focused();
  expect(node, `focus after ${after}`).to.not.equal(null);
  expect(node, `focus lost to <body> after ${after}`).to.not.equal(document.body);
  return node!;
}

/** Presses a key (or Shift+Tab) and checks focus was not lost. */
async function press(key: string): Promise<Element> {
  if (key === 'Shift+Tab') {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
  } else {
    await sendKeys({ press: key });
  }
  return expectFocusKept(key);
}

/** Presses Tab once per stop and checks focus lands on each stop in turn. */
async function tabThrough(stops: Element[]): Promise<void> {
  for (const stop of stops) {
    const node = await press('Tab');
    expect(nameOf(node), 'Tab order').to.equal(nameOf(stop));
    expect(node, nameOf(stop)).to.equal(stop);
    const root = stop.getRootNode();
    if (root instanceof ShadowRoot) {
      expect(document.activeElement, 'the page sees the widget focused').to.equal(root.host);
      expect(root.activeElement, 'the shadow root sees the control focused').to.equal(stop);
    } else {
      expect(document.activeElement).to.equal(stop);
    }
  }
}

/** The tab stops appear in reading order: each lower than the last, or on the same line after it. */
function expectVisualOrder(stops: Element[], rtl = false): void {
  for (let i = 1; i < stops.length; i++) {
    const a = stops[i - 1].getBoundingClientRect();
    const b = stops[i].getBoundingClientRect();
    const sameLine = b.top < a.bottom && b.bottom > a.top;
    const after = sameLine ? (rtl ? b.right < a.right : b.left > a.left) : b.top > a.top;
    expect(after, `${nameOf(stops[i])} comes after ${nameOf(stops[i - 1])} on screen`).to.be.true;
  }
}

/** A widget between two page buttons, so keyboard focus enters it from the page and leaves it. */
async function onPage<T extends Widget>(widget: TemplateResult) {
  const page = await fixture<HTMLDivElement>(
    html`<div><button id="before">Before</button>${widget}<button id="after">After</button></div>`,
  );
  const el = page.querySelector<T>(WIDGETS)!;
  await el.updateComplete;
  return {
    el,
    before: page.querySelector<HTMLButtonElement>('#before')!,
    after: page.querySelector<HTMLButtonElement>('#after')!,
    $: <E extends Element = HTMLElement>(selector: string) =>
      el.shadowRoot!.querySelector<E>(selector)!,
    $$: <E extends Element = HTMLElement>(selector: string) => [
      ...el.shadowRoot!.querySelectorAll<E>(selector),
    ],
  };
}

const CONTROLS = 'button, input, textarea, select, summary, a[href]';

/** Answers that show every criterion, some to discuss, with three safety points listed. */
const RICH = {
  ...LIKELY,
  triptanDays: 12,
  safety: { allergy: true, pregnant: true, recentToxin: true },
};
const CLINIC = 'NorCal Pain Treatment Center';

/**
 * All three widgets in their fullest state: every benefit open in the grid; the self-check in
 * form mode with every criterion, the day counter open and the copy-by-hand box; the timeline
 * with dates, twelve sessions and the horizontal layout asked for.
 */
async function richPage() {
  const page = await fixture<HTMLDivElement>(
    html`<div>
      <button id="before">Before</button>
      <benefits-list expandable layout="grid"></benefits-list>
      <botox-candidacy-check
        mode="form"
        clinic-name=${CLINIC}
        consultation-href="/book"
        .answers=${RICH}
      ></botox-candidacy-check>
      <treatment-timeline
        start-date="2026-03-08"
        today="2026-04-01"
        sessions="12"
        orientation="horizontal"
        clinic-name=${CLINIC}
      ></treatment-timeline>
      <button id="after">After</button>
    </div>`,
  );
  const widgets = [...page.querySelectorAll<Widget>(WIDGETS)];
  for (const widget of widgets) await widget.updateComplete;
  const list = benefitsOf(widgets[0] as BenefitsList);
  const check = candidacy(widgets[1] as BotoxCandidacyCheck);
  for (const details of list.disclosures()) details.open = true;
  await check.openCounter();
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: () => Promise.reject(new Error('denied')) },
  });
  try {
    check.copyButton()!.click();
    for (let i = 0; i < 50 && !check.copyBox(); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await check.settle();
    }
  } finally {
    delete (navigator as unknown as Record<string, unknown>).clipboard;
  }
  expect(check.days(), 'the day counter is open').to.have.length(30);
  expect(check.copyBox(), 'the copy-by-hand box shows').to.not.equal(null);
  expect(check.criteria(), 'every criterion').to.have.length(7);
  expect(check.flags(), 'the safety points listed').to.have.length(3);
  return {
    page,
    widgets,
    before: page.querySelector<HTMLButtonElement>('#before')!,
    after: page.querySelector<HTMLButtonElement>('#after')!,
  };
}

/** Every element of a widget's shadow root, the host first. */
const shadowElements = (widget: Element) => [widget, ...widget.shadowRoot!.querySelectorAll('*')];

const emulate = (features: Array<{ name: string; value: string }>) =>
  executeServerCommand('emulate-media-features', features);

describe('accessibility', () => {
  let initial: { width: number; height: number; zoom: number };
  before(() => {
    initial = { width: innerWidth, height: innerHeight, zoom: devicePixelRatio };
  });

  describe('keyboard only', () => {
    it('opens each benefit (grid of disclosures) with Enter and Space, in reading order', async () => {
      const { el, before, after, $$ } = await onPage<BenefitsList>(
        html`<benefits-list expandable layout="grid"></benefits-list>`,
      );
      const summaries = $$('summary');
      expect(summaries, 'one disclosure per benefit').to.have.length(4);
      const details = summaries.map((summary) => summary.parentElement as HTMLDetailsElement);
      before.focus();
      for (const [index, summary] of summaries.entries()) {
        await tabThrough([summary]);
        expect(document.activeElement, 'the page sees the widget focused').to.equal(el);
        expect(details[index].open, 'closed before the key').to.equal(false);
        const key = index % 2 === 0 ? 'Enter' : 'Space';
        await press(key);
        expect(details[index].open, `${key} opens "${text(summary)}"`).to.equal(true);
        expect(details[index].querySelector('.body')!.checkVisibility(), 'explanation shown').to.be
          .true;
        expect(focused(), 'focus stays on the summary').to.equal(summary);
      }
      expectVisualOrder(summaries);
      // Grid: the first three side by side, so reading order goes across before down.
      const tops = summaries.map((summary) => Math.round(summary.getBoundingClientRect().top));
      expect(tops[0], 'cards on one row').to.equal(tops[1]);
      await tabThrough([after]);
      expect(await press('Shift+Tab'), 'Shift+Tab goes back').to.equal(summaries[3]);
      await press('Enter');
      expect(details[3].open, 'Enter closes it again').to.equal(false);
      expect(await press('Shift+Tab')).to.equal(summaries[2]);
    });

    it('follows the reading order right to left in Arabic', async () => {
      await setLocale('ar');
      try {
        const list = await onPage<BenefitsList>(
          html`<benefits-list expandable layout="grid"></benefits-list>`,
        );
        const summaries = list.$$('summary');
        list.before.focus();
        await tabThrough([...summaries, list.after]);
        expectVisualOrder(summaries, true);
        const first = summaries[0].getBoundingClientRect();
        expect(first.left, 'the first card is on the right').to.be.greaterThan(
          summaries[1].getBoundingClientRect().left,
        );
        const check = await onPage<BotoxCandidacyCheck>(
          html`<botox-candidacy-check
            step="1"
            .answers=${{ headacheDays: 20 }}
          ></botox-candidacy-check>`,
        );
        const nav = check.$$('.nav button');
        expect(nav, 'Back and Next').to.have.length(2);
        check.before.focus();
        await tabThrough([check.$('#months'), ...nav, check.after]);
        expectVisualOrder(nav, true);
      } finally {
        await followDocumentLocale();
      }
    });

    it('takes the self-check from question 1 to the result, counter and summary tools included', async () => {
      const { el, before, after, $, $$ } = await onPage<BotoxCandidacyCheck>(
        html`<botox-candidacy-check
          clinic-name="Lakeside Clinic"
          consultation-href="/book"
        ></botox-candidacy-check>`,
      );
      const button = (label: string) => $$('button').find((node) => text(node) === label)!;
      const legendIs = (question: string) => {
        const node = focused()!;
        expect(node.localName, 'focus moves to the new question').to.equal('legend');
        expect(text(node)).to.contain(question);
      };
      /** Next (or "See my result") with Enter, from the last control of the question. */
      const next = async (stops: Element[], label = 'Next') => {
        const nav = [...(button('Back') ? [button('Back')] : []), button(label)];
        await tabThrough([...stops, ...nav]);
        expectVisualOrder([...stops, ...nav]);
        await press('Enter');
        await el.updateComplete;
      };

      // Question 1, with the day counter.
      before.focus();
      const days = $<HTMLInputElement>('#headacheDays');
      const toggle = button('Not sure? Count them');
      await tabThrough([days, toggle, button('Next'), after]);
      expectVisualOrder([days, toggle, button('Next')]);
      expect(await press('Shift+Tab')).to.equal(button('Next'));
      expect(await press('Shift+Tab')).to.equal(toggle);
      await press('Enter');
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded'), 'Enter opens the counter').to.equal('true');
      expect(focused(), 'focus stays on the toggle').to.equal(toggle);
      const grid = $$('.day');
      expect(grid, 'the last 30 days').to.have.length(30);
      await tabThrough([grid[29]]);
      expect(grid[29].getAttribute('aria-current'), 'starts on today').to.equal('date');
      // Rows of 7 days: 29 is today, 22 the same weekday a week before.
      const moves: Array<[string, number, string | null]> = [
        ['ArrowUp', 22, 'Enter'],
        ['ArrowLeft', 21, 'Space'],
        ['ArrowDown', 28, 'Enter'],
        ['ArrowRight', 29, 'Space'],
        ['Home', 28, null],
        ['End', 29, null],
      ];
      for (const [key, index, mark] of moves) {
        expect(await press(key), `${key} moves to day ${index}`).to.equal(grid[index]);
        expect(grid[index].tabIndex, 'roving tab stop').to.equal(0);
        if (mark) {
          await press(mark);
          expect(grid[index].getAttribute('aria-pressed'), `${mark} marks the day`).to.equal(
            'true',
          );
        }
      }
      expect(
        grid.filter((day) => day.getAttribute('aria-pressed') === 'true').length,
        'Space and Enter mark days',
      ).to.equal(4);
      const use = button('Use this count');
      await tabThrough([use]);
      expect(text($('.total'))).to.equal('4 headache days marked');
      expectVisualOrder([toggle, grid[29], use]);
      await press('Enter');
      await el.updateComplete;
      expect(focused(), '"Use this count" returns to the answer').to.equal(days);
      expect(days.value).to.equal('4');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      await press('End');
      await press('Backspace');
      await sendKeys({ type: '20' });
      await tabThrough([toggle]);
      await next([]);
      expect(el.answers.headacheDays).to.equal(20);
      legendIs('Question 2 of 8');

      // Questions 2 to 8.
      await tabThrough([$('#months')]);
      await sendKeys({ type: '6' });
      await next([]);
      legendIs('Question 3 of 8');
      const radio = () => $<HTMLInputElement>('input[type="radio"]');
      const first = radio();
      await tabThrough([first]);
      await press('Space');
      expect(first.checked, 'Space picks the first choice').to.equal(true);
      // A radio group is one tab stop: Tab goes from it straight to Back.
      await next([]);
      legendIs('Question 4 of 8');
      // "Yes, but they did not help enough" asks, in the same question, how many preventive
      // medicines were tried: the next tab stop after the group, before Back.
      const prior = radio();
      expect($('#preventivesTried'), 'no count before the answer').to.equal(null);
      await tabThrough([prior]);
      await press('Space');
      await el.updateComplete;
      expect(prior.checked, 'Space picks the first choice').to.equal(true);
      expect(text(prior.closest('label'))).to.equal('Yes, but they did not help enough');
      const preventives = $<HTMLInputElement>('#preventivesTried');
      expect(preventives, 'the count appears').to.not.equal(null);
      expect(preventives.closest('fieldset'), 'in the same question').to.equal(
        prior.closest('fieldset'),
      );
      expect(text(preventives.labels![0])).to.equal(
        'Number of different preventive medicines you have tried',
      );
      expect(focused(), 'focus stays on the choice').to.equal(prior);
      await tabThrough([preventives]);
      await sendKeys({ type: '3' });
      expectVisualOrder([prior, preventives, button('Back'), button('Next')]);
      await next([]);
      legendIs('Question 5 of 8');
      expect(el.answers.preventivesTried).to.equal(3);
      await tabThrough([$('#painRelieverDays')]);
      await sendKeys({ type: '2' });
      await tabThrough([$('#triptanDays')]);
      await sendKeys({ type: '4' });
      await next([]);
      legendIs('Question 6 of 8');
      for (const question of ['Question 7 of 8', 'Question 8 of 8']) {
        await tabThrough([radio()]);
        await press('Space');
        await next([]);
        legendIs(question);
      }
      const boxes = $$<HTMLInputElement>('input[type="checkbox"]');
      expect(boxes, 'six safety points and "none"').to.have.length(7);
      await tabThrough(boxes);
      await press('Space');
      expect(boxes.at(-1)!.checked, 'Space ticks "None of these apply to me"').to.equal(true);
      await next([], 'See my result');

      // The result.
      expect(focused(), 'focus moves to the outcome').to.equal($('.outcome'));
      expect(text($('.outcome'))).to.equal('Botox may be an option for you');
      expect(el.result.outcome).to.equal('likely');
      expect(el.answers).to.deep.equal(LIKELY);
      const resultTools = () => [
        $('.cta a'),
        button('Print summary'),
        button('Copy summary'),
        button('Change my answers'),
        button('Start again'),
      ];
      const tools = resultTools();
      expect(text(tools[0])).to.equal('Book a consultation with Lakeside Clinic');
      await tabThrough([...tools, after]);
      expectVisualOrder(tools);
      // "Print summary" prints the summary alone, from a hidden frame of the shadow root: its
      // window is watched from the moment it exists (its first `load` fires while it is appended).
      const print = window.print;
      let pagePrints = 0;
      window.print = () => {
        pagePrints++;
      };
      let printed = 0;
      el.shadowRoot!.addEventListener(
        'load',
        (event) => {
          const win = (event.target as HTMLIFrameElement).contentWindow!;
          win.print = () => {
            if (text(win.document.body).includes('Botox may be an option for you')) printed++;
          };
        },
        true,
      );
      let copied = '';
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: (value: string) => Promise.resolve(void (copied = value)) },
      });
      try {
        for (const tool of tools.slice(1).reverse()) {
          expect(await press('Shift+Tab')).to.equal(tool);
        }
        await press('Enter');
        // The print module loads on first use.
        await el.updateComplete;
        expect(printed, 'Enter on "Print summary" prints the summary').to.equal(1);
        expect(pagePrints, 'not the page itself').to.equal(0);
        expect($$('iframe'), 'from one hidden frame').to.have.length(1);
        expect(focused(), 'focus stays on "Print summary"').to.equal(button('Print summary'));
        await press('Tab');
        await press('Enter');
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve));
        await el.updateComplete;
        expect(copied, 'Enter on "Copy summary" copies').to.contain('Botox may be an option');
        expect(text($('.copy-status'))).to.equal('Summary copied.');
        expect(focused(), 'focus stays on "Copy summary"').to.equal(button('Copy summary'));
      } finally {
        window.print = print;
        delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
      await tabThrough([button('Change my answers')]);
      await press('Enter');
      await el.updateComplete;
      legendIs('Question 8 of 8');
      const again = $$<HTMLInputElement>('input[type="checkbox"]');
      expect(again.at(-1)!.checked, 'the answer is kept').to.equal(true);
      await next(again, 'See my result');
      expect(focused()).to.equal($('.outcome'));
      // The hidden print frame is no tab stop: Tab goes from "Start again" out of the widget.
      await tabThrough([...resultTools(), after]);
      expect(await press('Shift+Tab')).to.equal(button('Start again'));

      // "Start again" clears the answers; focus goes to the message, and Undo is the next stop.
      const startAgain = async () => {
        await press('Enter');
        await el.updateComplete;
        const message = $('[part="undo"] .undo-message');
        expect(focused(), 'focus moves to the message').to.equal(message);
        expect(text(message)).to.equal('Your answers were cleared.');
        expect(el.answers, '"Start again" clears the answers').to.deep.equal({});
        expect(text($('legend'))).to.contain('Question 1 of 8');
        return message;
      };
      await startAgain();
      await tabThrough([button('Undo')]);
      await press('Enter');
      await el.updateComplete;
      expect(el.answers, 'Undo brings the answers back').to.deep.equal(LIKELY);
      expect(focused(), 'and the result, focus on the outcome').to.equal($('.outcome'));
      expect(button('Undo'), 'Undo is used up').to.equal(undefined);
      await tabThrough(resultTools());
      const message = await startAgain();
      const firstQuestion = [
        button('Undo'),
        $('#headacheDays'),
        button('Not sure? Count them'),
        button('Next'),
      ];
      await tabThrough([...firstQuestion, after]);
      expectVisualOrder([message, ...firstQuestion]);
    });

    it('adds the timeline to the calendar with Enter and Space', async () => {
      const { el, before, after, $ } = await onPage<TreatmentTimeline>(
        html`<treatment-timeline start-date="2026-03-08" today="2026-04-01"></treatment-timeline>`,
      );
      const events: TimelineCalendarEvent[] = [];
      el.addEventListener('timeline-calendar', (event) => {
        event.preventDefault();
        events.push(event);
      });
      const calendar = $('[part="calendar-button"]');
      before.focus();
      await tabThrough([calendar]);
      expect(document.activeElement).to.equal(el);
      for (const [index, key] of ['Enter', 'Space'].entries()) {
        await press(key);
        const start = performance.now();
        while (events.length <= index && performance.now() - start < 4000) {
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        expect(events, `${key} asks for the calendar file`).to.have.length(index + 1);
        expect(events[index].detail.filename).to.equal('botox-sessions.ics');
        expect(events[index].defaultPrevented).to.equal(true);
        expect(focused(), 'focus stays on the button').to.equal(calendar);
      }
      expect(el.shadowRoot!.querySelector('a[download]'), 'no download').to.equal(null);
      await tabThrough([after]);
      expect(await press('Shift+Tab')).to.equal(calendar);
    });
  });

  describe('visible focus', () => {
    afterEach(async () => {
      await emulate([]);
      expect(matchMedia('(forced-colors: active)').matches, 'emulation reset').to.equal(false);
    });

    /** Why `node`, focused, shows no focus indicator, or '' when it shows one. */
    function missingRing(node: Element, forced: boolean): string {
      if (!node.matches(':focus-visible')) return `${nameOf(node)} is not :focus-visible`;
      const style = getComputedStyle(node);
      const outline =
        style.outlineStyle !== 'none' &&
        parseFloat(style.outlineWidth) >= 2 &&
        style.outlineColor !== 'rgba(0, 0, 0, 0)';
      // Forced colours drop box shadows, so only an outline counts there.
      const shadow = !forced && style.boxShadow !== 'none';
      return outline || shadow
        ? ''
        : `${nameOf(node)}: outline ${style.outlineStyle} ${style.outlineWidth}, shadow ${style.boxShadow}`;
    }

    for (const forced of [false, true]) {
      it(`shows a focus ring on every control${forced ? ' in forced colours' : ''}`, async () => {
        if (forced) await emulate([{ name: 'forced-colors', value: 'active' }]);
        expect(matchMedia('(forced-colors: active)').matches, 'forced colours').to.equal(forced);
        const { widgets, before, after } = await richPage();
        const problems: string[] = [];
        const seen = new Set<Element>();
        before.focus();
        let previous: Element | null = null;
        for (let i = 0; i < 100; i++) {
          const node = await press('Tab');
          if (node === after) break;
          expect(seen.has(node), `${nameOf(node)} reached twice`).to.equal(false);
          seen.add(node);
          const problem = missingRing(node, forced);
          if (problem) problems.push(problem);
          if (previous) {
            expect(
              getComputedStyle(previous).outlineStyle,
              `${nameOf(previous)} loses its ring when focus moves on`,
            ).to.equal('none');
          }
          previous = node;
        }
        expect(focused(), 'Tab leaves the last widget').to.equal(after);
        const controls = widgets.flatMap((widget) => [
          ...widget.shadowRoot!.querySelectorAll(CONTROLS),
        ]);
        // The controls Tab skips (other radios of a group, days of the counter's grid) are
        // reached with arrow keys; focusing them after keyboard use is keyboard focus too.
        const skipped = controls.filter((node) => !seen.has(node));
        for (const node of skipped) {
          (node as HTMLElement).focus();
          const problem = missingRing(node, forced);
          if (problem) problems.push(problem);
        }
        console.log(
          `visible focus${forced ? ' (forced colours)' : ''}: ${seen.size} tab stops and ` +
            `${skipped.length} arrow-key controls checked, ${problems.length} without a ring`,
        );
        expect(seen.size, 'tab stops').to.be.greaterThan(25);
        expect(problems).to.deep.equal([]);
      });
    }
  });

  describe('reduced motion', () => {
    afterEach(() => emulate([]));

    /** The elements (and pseudo-elements) that move: a transition or animation longer than 0 s. */
    function moving(widget: Element): string[] {
      const found: string[] = [];
      const long = (list: string) => list.split(',').some((value) => parseFloat(value) > 0);
      for (const node of shadowElements(widget)) {
        for (const pseudo of [null, '::before', '::after']) {
          const style = getComputedStyle(node, pseudo);
          if (
            long(style.transitionDuration) ||
            (style.animationName !== 'none' && long(style.animationDuration))
          ) {
            found.push(`${nameOf(node)}${pseudo ?? ''}: ${style.transition} ${style.animation}`);
          }
        }
      }
      return found;
    }

    it('stops every transition and animation when the person asks for less motion', async () => {
      const { widgets } = await richPage();
      const normal = widgets.flatMap(moving);
      console.log(`moving by default: ${normal.length} (${normal.join('; ')})`);
      expect(normal.length, 'something moves by default (the disclosure arrows)').to.be.greaterThan(
        0,
      );
      await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      for (const widget of widgets) {
        expect(moving(widget), `<${widget.localName}> under reduced motion`).to.deep.equal([]);
      }
      await emulate([]);
      expect(widgets.flatMap(moving), 'motion back after the emulation ends').to.deep.equal(normal);
    });
  });

  describe('no horizontal scrolling', () => {
    afterEach(async () => {
      await executeServerCommand('set-viewport-zoom', initial);
      await setViewport({ width: initial.width, height: initial.height });
      document.documentElement.dir = '';
      await followDocumentLocale();
      expect([innerWidth, devicePixelRatio], 'viewport reset').to.deep.equal([
        initial.width,
        initial.zoom,
      ]);
    });

    /** Where a widget's content sticks out of its host or the page. */
    function overflow(widget: Element): string[] {
      const host = widget.getBoundingClientRect();
      const found: string[] = [];
      if (host.left < -0.5 || host.right > innerWidth + 0.5) {
        found.push(`<${widget.localName}> ${host.left}–${host.right} in a ${innerWidth} px page`);
      }
      for (const node of widget.shadowRoot!.querySelectorAll('*')) {
        const box = node.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        if (box.left < host.left - 0.5 || box.right > host.right + 0.5) {
          found.push(
            `${nameOf(node)} ${Math.round(box.left)}–${Math.round(box.right)} outside ` +
              `${Math.round(host.left)}–${Math.round(host.right)}`,
          );
        }
      }
      if (widget.scrollWidth > widget.clientWidth) {
        found.push(`<${widget.localName}> scrolls: ${widget.scrollWidth} > ${widget.clientWidth}`);
      }
      return found;
    }

    const zoom = (width: number) => () =>
      executeServerCommand('set-viewport-zoom', { width, height: 900, zoom: 2 });
    const cases: Array<{
      name: string;
      set: () => Promise<unknown>;
      width: number;
      zoomed?: boolean;
      rtl?: boolean;
      horizontal?: boolean;
    }> = [
      { name: 'at 320 px', set: () => setViewport({ width: 320, height: 800 }), width: 320 },
      { name: 'at 200 % zoom (1280 px window)', set: zoom(640), width: 640, zoomed: true },
      {
        name: 'at 200 % zoom of a 1920 px window, where the timeline is horizontal',
        set: zoom(960),
        width: 960,
        zoomed: true,
        horizontal: true,
      },
      {
        name: 'in Arabic (right to left) at 320 px',
        set: async () => {
          await setViewport({ width: 320, height: 800 });
          document.documentElement.dir = 'rtl';
          await setLocale('ar');
        },
        width: 320,
        rtl: true,
      },
    ];
    for (const { name, set, width, zoomed, rtl, horizontal = false } of cases) {
      it(name, async () => {
        await set();
        expect(innerWidth, 'viewport width').to.equal(width);
        expect(devicePixelRatio, 'zoom').to.equal(zoomed ? 2 : initial.zoom);
        const { widgets } = await richPage();
        if (rtl) {
          for (const widget of widgets) {
            const base = widget.shadowRoot!.querySelector('[part="base"]')!;
            expect(getComputedStyle(base).direction, 'right to left').to.equal('rtl');
          }
        }
        // The timeline asks for the horizontal layout; it keeps it only where it has room.
        const steps = [...widgets[2].shadowRoot!.querySelectorAll('.step')];
        const row = steps.map((step) => Math.round(step.getBoundingClientRect().top));
        expect(new Set(row).size === 1, 'timeline steps side by side').to.equal(horizontal);
        expect(
          document.documentElement.scrollWidth,
          'the page does not scroll sideways',
        ).to.be.at.most(innerWidth);
        const checked = widgets.reduce((n, w) => n + w.shadowRoot!.querySelectorAll('*').length, 0);
        console.log(`no sideways scroll ${name}: ${checked} shadow elements measured`);
        expect(widgets.flatMap(overflow)).to.deep.equal([]);
      });
    }
  });
});
