/** The headache-day counter, printing, copying, and the privacy promise of <botox-candidacy-check>. */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/components/botox-candidacy-check/define.js';
import type { BotoxCandidacyCheck } from '../src/components/botox-candidacy-check/botox-candidacy-check.js';
import type { CandidacyChangeEvent } from '../src/events/candidacy-events.js';
import { lastDays } from '../src/logic/candidacy.js';
import { localIsoDate } from '../src/logic/schedule.js';
import { followDocumentLocale, getLocale, setLocale } from '../src/localization/locale.js';
import { LIKELY } from './fixtures/candidacy-answers.js';
import { captureWarnings } from './helpers.js';

const $ = <T extends Element = HTMLElement>(el: BotoxCandidacyCheck, selector: string) =>
  el.shadowRoot!.querySelector(selector) as T;
const $$ = (el: BotoxCandidacyCheck, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const active = (el: BotoxCandidacyCheck) => el.shadowRoot!.activeElement as HTMLElement | null;
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const buttonNamed = (el: BotoxCandidacyCheck, label: string) =>
  $$(el, 'button').find((b) => text(b) === label)!;
const days = (el: BotoxCandidacyCheck) => $$(el, '[part="day"]') as HTMLButtonElement[];
const pressed = (el: BotoxCandidacyCheck) =>
  days(el).flatMap((day, index) => (day.getAttribute('aria-pressed') === 'true' ? [index] : []));
const activeDay = (el: BotoxCandidacyCheck) => days(el).indexOf(active(el) as HTMLButtonElement);

async function press(el: BotoxCandidacyCheck, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Opens the counter with the keyboard: Tab to "Not sure? Count them" and Enter. */
async function openCounter(el: BotoxCandidacyCheck) {
  for (let i = 0; i < 5 && text(active(el)) !== 'Not sure? Count them'; i++) {
    await sendKeys({ press: 'Tab' });
  }
  expect(text(active(el))).to.equal('Not sure? Count them');
  await press(el, 'Enter');
}

describe('<botox-candidacy-check> headache-day counter', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    expect(warnings.messages).to.deep.equal([]);
  });

  it('shows the last 30 days with localized labels, today last', async () => {
    const el = await fixture<BotoxCandidacyCheck>(
      html`<botox-candidacy-check></botox-candidacy-check>`,
    );
    const toggle = buttonNamed(el, 'Not sure? Count them');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '[part="counter"]')).to.equal(null);
    await openCounter(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const expected = lastDays(localIsoDate(new Date()), 30);
    const label = new Intl.DateTimeFormat(getLocale(), {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    });
    expect(days(el).map((day) => text(day.querySelector('.sr')))).to.deep.equal(
      expected.map((iso) => label.format(new Date(`${iso}T00:00:00Z`))),
    );
    expect(days(el)[29].getAttribute('aria-current')).to.equal('date');
    expect(days(el).filter((day) => day.getAttribute('aria-current') === 'date')).to.have.length(1);
    expect(
      days(el)
        .map((day) => day.tabIndex)
        .filter((t) => t === 0),
    ).to.have.length(1);
    expect(days(el)[29].tabIndex, 'today takes focus first').to.equal(0);
    expect(
      $$(el, '[role="row"]').map((row) => row.querySelectorAll('[role="gridcell"]').length),
    ).to.deep.equal([7, 7, 7, 7, 2]);
    expect(text($(el, '[part="counter"]'))).to.contain(
      'If one attack lasted several days, mark each of those days.',
    );
    expect(text($(el, '.total'))).to.equal('0 headache days marked');
    await expect(el).to.be.accessible();
  });

  it('moves with the arrow keys, toggles with Space and Enter, and fills the answer', async () => {
    const el = await fixture<BotoxCandidacyCheck>(
      html`<botox-candidacy-check></botox-candidacy-check>`,
    );
    const changes: CandidacyChangeEvent[] = [];
    el.addEventListener('candidacy-change', (event) => changes.push(event));
    await openCounter(el);
    await press(el, 'Tab');
    expect(activeDay(el), 'Tab enters the grid at today').to.equal(29);
    await press(el, 'Space');
    expect(pressed(el)).to.deep.equal([29]);
    expect(text($(el, '.total'))).to.equal('1 headache day marked');
    await press(el, 'ArrowLeft');
    expect(activeDay(el)).to.equal(28);
    expect(days(el)[28].tabIndex).to.equal(0);
    expect(days(el)[29].tabIndex).to.equal(-1);
    await press(el, 'Enter');
    await press(el, 'ArrowUp');
    expect(activeDay(el), 'up is a week back').to.equal(21);
    await press(el, 'Space');
    await press(el, 'ArrowDown');
    expect(activeDay(el)).to.equal(28);
    await press(el, 'Home');
    expect(activeDay(el), 'Home: start of the row').to.equal(28);
    await press(el, 'ArrowUp');
    await press(el, 'End');
    expect(activeDay(el), 'End: end of the row').to.equal(27);
    await sendKeys({ down: 'Control' });
    await press(el, 'Home');
    await sendKeys({ up: 'Control' });
    expect(activeDay(el), 'Ctrl+Home: the first day').to.equal(0);
    await press(el, 'ArrowLeft');
    expect(activeDay(el), 'stops at the edge').to.equal(0);
    await press(el, 'ArrowRight');
    await press(el, 'Space');
    await press(el, 'Space');
    expect(pressed(el), 'Space toggles back off').to.deep.equal([21, 28, 29]);
    expect(text($(el, '.total'))).to.equal('3 headache days marked');
    expect($(el, '.total').getAttribute('role')).to.equal('status');
    expect(changes, 'marking days is not yet an answer').to.have.length(0);
    await expect(el).to.be.accessible();

    for (let i = 0; i < 5 && text(active(el)) !== 'Use this count'; i++) {
      await sendKeys({ press: 'Tab' });
    }
    await press(el, 'Enter');
    expect(el.answers.headacheDays).to.equal(3);
    expect(changes).to.have.length(1);
    expect(changes[0].detail.answers).to.deep.equal({ headacheDays: 3 });
    expect(active(el)?.id, 'focus returns to the answer').to.equal('headacheDays');
    expect(($(el, '#headacheDays') as HTMLInputElement).value).to.equal('3');
    expect($(el, '[part="counter"]'), 'the counter closes').to.equal(null);

    // Reopening keeps the marks.
    buttonNamed(el, 'Not sure? Count them').click();
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal([21, 28, 29]);
    buttonNamed(el, 'Not sure? Count them').click();
    await el.updateComplete;
    expect($(el, '[part="counter"]')).to.equal(null);
  });

  it('follows the date when reopened on a later day, keeping marks still in range', async () => {
    const el = await fixture<BotoxCandidacyCheck>(
      html`<botox-candidacy-check></botox-candidacy-check>`,
    );
    const toggle = buttonNamed(el, 'Not sure? Count them');
    toggle.click();
    await el.updateComplete;
    const today = text(days(el)[29].querySelector('.sr'));
    days(el)[0].click();
    days(el)[29].click();
    await el.updateComplete;
    toggle.click();
    await el.updateComplete;
    const RealDate = Date;
    globalThis.Date = class extends RealDate {
      constructor(...args: []) {
        super(...((args.length ? args : [RealDate.now() + 86_400_000]) as []));
      }
    } as DateConstructor;
    try {
      toggle.click();
      await el.updateComplete;
    } finally {
      globalThis.Date = RealDate;
    }
    expect(text(days(el)[28].querySelector('.sr')), 'yesterday moved up one').to.equal(today);
    expect(pressed(el), 'the oldest mark left the 30 days').to.deep.equal([28]);
    expect(days(el)[29].tabIndex).to.equal(0);
    expect(text($(el, '.total'))).to.equal('1 headache day marked');
  });

  it('has forced-colours rules for borders and marked days', async () => {
    // Headless Chromium cannot emulate forced colours here, so read the shadow root's rules.
    const el = await fixture<BotoxCandidacyCheck>(
      html`<botox-candidacy-check></botox-candidacy-check>`,
    );
    const rules = el
      .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .filter(
        (rule): rule is CSSMediaRule =>
          rule instanceof CSSMediaRule && rule.conditionText === '(forced-colors: active)',
      )
      .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
    const pressedRule = rules.find((rule) => rule.selectorText.includes('aria-pressed'))!;
    expect(pressedRule.style.forcedColorAdjust).to.equal('none');
    expect(pressedRule.style.backgroundColor).to.equal('highlight');
    const borders = rules.find((rule) => rule.selectorText.includes('.day'))!;
    expect(borders.selectorText).to.contain('.choice');
    expect(borders.style.borderColor).to.equal('canvastext');
  });

  it('swaps left and right in right-to-left pages', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div dir="rtl"><botox-candidacy-check mode="form"></botox-candidacy-check></div>`,
    );
    const el = wrap.querySelector('botox-candidacy-check')!;
    await el.updateComplete;
    buttonNamed(el, 'Not sure? Count them').click();
    await el.updateComplete;
    days(el)[10].focus();
    days(el)[10].click();
    await el.updateComplete;
    await press(el, 'ArrowLeft');
    expect(activeDay(el), 'left is later in RTL').to.equal(11);
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    expect(activeDay(el)).to.equal(9);
    const [first, second] = days(el);
    expect(first.getBoundingClientRect().left).to.be.greaterThan(
      second.getBoundingClientRect().left,
    );
  });

  it('keeps day cells at least 24 px at 320 px wide, in Spanish too', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><botox-candidacy-check></botox-candidacy-check></div>`,
    );
    const el = wrap.querySelector('botox-candidacy-check')!;
    await setLocale('es');
    try {
      await el.updateComplete;
      $$(el, 'button.link')[0].click();
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(320);
      for (const day of days(el)) {
        const box = day.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
        expect(box.right).to.be.at.most(wrap.getBoundingClientRect().right);
      }
      const label = new Intl.DateTimeFormat('es', {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        timeZone: 'UTC',
      }).format(new Date(`${localIsoDate(new Date())}T00:00:00Z`));
      expect(text(days(el)[29].querySelector('.sr'))).to.equal(label);
      days(el)[0].click();
      await el.updateComplete;
      expect(text($(el, '.total'))).to.equal('1 día con dolor de cabeza marcado');
      await expect(el).to.be.accessible();
    } finally {
      await followDocumentLocale();
    }
  });
});

describe('<botox-candidacy-check> summary for the consultation', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('prints the answers and the result without buttons', async () => {
    const el = await fixture<BotoxCandidacyCheck>(
      html`<botox-candidacy-check mode="form" .answers=${LIKELY}></botox-candidacy-check>`,
    );
    const shown = (selector: string) =>
      $$(el, selector).map((node) => getComputedStyle(node).display !== 'none');
    expect(shown('[part="answers"]')).to.deep.equal([false]);
    expect(shown('button').every(Boolean)).to.equal(true);
    await emulateMedia({ media: 'print' });
    expect(shown('button').some(Boolean), 'no buttons on paper').to.equal(false);
    expect(shown('[part="nav"], [part="questions"]').some(Boolean)).to.equal(false);
    expect(shown('[part="answers"], [part="result"], [part="criteria"]')).to.deep.equal([
      true,
      true,
      true,
    ]);
    const answers = text($(el, '[part="answers"]'));
    expect(answers).to.contain('Headache days a month 20');
    expect(answers).to.contain('Safety points None of these apply to me');
    expect(text($(el, '.outcome'))).to.equal('Botox may be an option for you');

    const steps = await fixture<BotoxCandidacyCheck>(
      html`<botox-candidacy-check .answers=${LIKELY} step="8"></botox-candidacy-check>`,
    );
    expect(
      [...steps.shadowRoot!.querySelectorAll('button, progress')].some(
        (node) => getComputedStyle(node).display !== 'none',
      ),
    ).to.equal(false);
    expect(getComputedStyle(steps.shadowRoot!.querySelector('[part="answers"]')!).display).to.equal(
      'block',
    );
  });

  it('opens the print dialog from "Print summary"', async () => {
    const el = await fixture<BotoxCandidacyCheck>(
      html`<botox-candidacy-check .answers=${LIKELY} step="8"></botox-candidacy-check>`,
    );
    const original = window.print;
    let calls = 0;
    window.print = () => {
      calls++;
    };
    try {
      buttonNamed(el, 'Print summary').click();
    } finally {
      window.print = original;
    }
    expect(calls).to.equal(1);
  });

  it('copies a plain-text summary of the answers and the result', async () => {
    const el = await fixture<BotoxCandidacyCheck>(
      html`<botox-candidacy-check
        .answers=${{ ...LIKELY, commitment: 'unsure', safety: { allergy: true, pregnant: true } }}
        step="8"
      ></botox-candidacy-check>`,
    );
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (value: string) => (copied.push(value), Promise.resolve()) },
    });
    try {
      buttonNamed(el, 'Copy summary').click();
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
    expect(copied).to.deep.equal([
      [
        'Botox for chronic migraine: my self-check',
        '',
        'Your answers',
        '- Headache days a month: 20',
        '- Months with this many headache days: 6',
        '- Headaches usually last 4 hours or more: Yes',
        '- Tried medicines to prevent migraines: Yes, but they did not help enough',
        '- Days a month with simple pain relievers: 2',
        '- Days a month with triptans, ergots, opioids or combination painkillers: 4',
        '- Can come about every 12 weeks: I am not sure',
        '- 18 or older: Yes',
        '- Safety points:',
        '  - An allergy to any botulinum toxin medicine (such as Botox, Dysport or Xeomin)',
        '  - Being pregnant, trying to get pregnant, or breastfeeding',
        '',
        'Result: Botox may be an option: talk with the doctor first',
        'Your answers mostly fit, but some points need a talk with the doctor first. They are marked below.',
        '- Headache days: Met. You have headaches on 15 or more days a month, for 3 months or more. This is the pattern of chronic migraine, which Botox is used for. The doctor will confirm it.',
        '- Other preventive medicines: Met. Other preventive medicines did not help enough. Botox is often used in this case.',
        '- Visits every 12 weeks: Talk with your doctor. You are not sure you can come every 12 weeks. Ask the clinic how the visits could fit into your life.',
        '- Age: Met. You are 18 or older. Botox for migraine is approved for adults.',
        '- How long headaches last: Met. Your headaches usually last 4 hours or more, as in chronic migraine.',
        '- Pain medicine use: Met. You take pain medicine on fewer days than the point where it can cause more headaches.',
        '- Safety points: Talk with your doctor. This does not rule you out. Talk to the doctor first about:',
        '  - An allergy to any botulinum toxin medicine (such as Botox, Dysport or Xeomin)',
        '  - Being pregnant, trying to get pregnant, or breastfeeding',
        '',
        'This is not a diagnosis. The clinic makes the decision with you at your consultation.',
      ].join('\n'),
    ]);
    expect(text($(el, '.copy-status'))).to.equal('Summary copied.');
    expect($(el, '.copy-status').getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('explains how to copy by hand when the clipboard fails', async () => {
    const el = await fixture<BotoxCandidacyCheck>(
      html`<botox-candidacy-check mode="form" .answers=${LIKELY}></botox-candidacy-check>`,
    );
    for (const clipboard of [{ writeText: () => Promise.reject(new Error('denied')) }, undefined]) {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
      try {
        buttonNamed(el, 'Copy summary').click();
        await new Promise((resolve) => setTimeout(resolve));
        await el.updateComplete;
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
      expect(text($(el, '.copy-status'))).to.equal(
        'Copying did not work. Select the summary below and copy it yourself.',
      );
      const box = $<HTMLTextAreaElement>(el, 'textarea');
      expect(box.readOnly).to.equal(true);
      expect(box.labels![0].textContent).to.contain('Summary');
      expect(box.value).to.contain('Result: Botox may be an option for you');
      expect(box.value).to.contain('- Headache days a month: 20');
      await expect(el).to.be.accessible();
      // A new answer clears the message.
      ($$(el, 'input[name="adult"]')[1] as HTMLInputElement).click();
      await el.updateComplete;
      expect(text($(el, '.copy-status'))).to.equal('');
      expect($(el, 'textarea')).to.equal(null);
      ($$(el, 'input[name="adult"]')[0] as HTMLInputElement).click();
      await el.updateComplete;
    }
  });
});

describe('<botox-candidacy-check> privacy', () => {
  it('sends nothing and stores nothing during a whole session', async () => {
    const calls: string[] = [];
    const record = (name: string) => () => {
      calls.push(name);
    };
    const originals = {
      fetch: window.fetch,
      open: XMLHttpRequest.prototype.open,
      send: XMLHttpRequest.prototype.send,
      beacon: navigator.sendBeacon,
      setItem: Storage.prototype.setItem,
      WebSocket: window.WebSocket,
    };
    window.fetch = (() => {
      calls.push('fetch');
      return Promise.reject(new Error('blocked'));
    }) as typeof fetch;
    XMLHttpRequest.prototype.open = record('xhr.open');
    XMLHttpRequest.prototype.send = record('xhr.send');
    navigator.sendBeacon = () => (calls.push('sendBeacon'), false);
    Storage.prototype.setItem = record('storage.setItem');
    window.WebSocket = function () {
      calls.push('WebSocket');
    } as unknown as typeof WebSocket;
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => '',
      set: record('cookie'),
    });
    try {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check
          consultation-href="https://clinic.example/book"
          name="check"
        ></botox-candidacy-check>`,
      );
      const next = async () => {
        $$(el, 'button.primary').at(-1)!.click();
        await el.updateComplete;
      };
      const type = (id: string, value: string) => {
        const input = $<HTMLInputElement>(el, `#${id}`);
        input.value = value;
        input.dispatchEvent(new Event('input'));
        input.dispatchEvent(new Event('change'));
      };
      $$(el, 'button.link')[0].click();
      await el.updateComplete;
      days(el)[3].click();
      await el.updateComplete;
      $$(el, 'button.primary')[0].click();
      await el.updateComplete;
      type('headacheDays', '20');
      await next();
      type('months', '4');
      await next();
      for (let step = 2; step < 8; step++) {
        if (step === 4) {
          type('painRelieverDays', '1');
          type('triptanDays', '1');
        } else {
          $$(el, 'fieldset input')[0].click();
        }
        await el.updateComplete;
        await next();
      }
      expect(el.result.outcome).to.equal('discuss');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.resolve() },
      });
      buttonNamed(el, 'Copy summary').click();
      await new Promise((resolve) => setTimeout(resolve));
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      const print = window.print;
      window.print = () => undefined;
      buttonNamed(el, 'Print summary').click();
      window.print = print;
      buttonNamed(el, 'Start again').click();
      await el.updateComplete;
      expect(el.answers).to.deep.equal({});
    } finally {
      window.fetch = originals.fetch;
      XMLHttpRequest.prototype.open = originals.open;
      XMLHttpRequest.prototype.send = originals.send;
      navigator.sendBeacon = originals.beacon;
      Storage.prototype.setItem = originals.setItem;
      window.WebSocket = originals.WebSocket;
      delete (document as unknown as Record<string, unknown>).cookie;
    }
    expect(calls).to.deep.equal([]);
    expect(document.cookie, 'the real cookie setter is back').to.be.a('string');
  });
});
