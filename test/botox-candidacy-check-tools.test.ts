/** The headache-day counter, printing, copying, and the privacy promise of <botox-candidacy-check>. */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/components/botox-candidacy-check/define.js';
import type { BotoxCandidacyCheck } from '../src/components/botox-candidacy-check/botox-candidacy-check.js';
import type { CandidacyChangeEvent } from '../src/events/candidacy-events.js';
import { lastDays, type CandidacyAnswers, type CountField } from '../src/logic/candidacy/index.js';
import { localIsoDate } from '../src/logic/dates.js';
import { followDocumentLocale, getLocale, setLocale } from '../src/localization/locale.js';
import { LIKELY } from './fixtures/candidacy-answers.js';
import { candidacy } from './harness/index.js';
import { captureWarnings } from './helpers.js';

const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function press(el: BotoxCandidacyCheck, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Opens the counter with the keyboard: Tab to "Not sure? Count them" and Enter. */
async function openCounter(el: BotoxCandidacyCheck) {
  const check = candidacy(el);
  for (let i = 0; i < 5 && text(check.active()) !== 'Not sure? Count them'; i++) {
    await sendKeys({ press: 'Tab' });
  }
  expect(text(check.active())).to.equal('Not sure? Count them');
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
    const check = candidacy(el);
    const toggle = check.button('Not sure? Count them')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(check.counter()).to.equal(null);
    await openCounter(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const expected = lastDays(localIsoDate(new Date()), 30);
    const label = new Intl.DateTimeFormat(getLocale(), {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    });
    const days = check.days();
    expect(days.map((day) => text(day.querySelector('.sr')))).to.deep.equal(
      expected.map((iso) => label.format(new Date(`${iso}T00:00:00Z`))),
    );
    expect(days[29].getAttribute('aria-current')).to.equal('date');
    expect(days.filter((day) => day.getAttribute('aria-current') === 'date')).to.have.length(1);
    expect(days.map((day) => day.tabIndex).filter((t) => t === 0)).to.have.length(1);
    expect(days[29].tabIndex, 'today takes focus first').to.equal(0);
    expect(
      check.queryAll('[role="row"]').map((row) => row.querySelectorAll('[role="gridcell"]').length),
    ).to.deep.equal([7, 7, 7, 7, 2]);
    expect(text(check.counter())).to.contain(
      'If one attack lasted several days, mark each of those days.',
    );
    expect(text(check.counterTotal())).to.equal('0 headache days marked');
    await expect(el).to.be.accessible();
  });

  it('moves with the arrow keys, toggles with Space and Enter, and fills the answer', async () => {
    const el = await fixture<BotoxCandidacyCheck>(
      html`<botox-candidacy-check></botox-candidacy-check>`,
    );
    const check = candidacy(el);
    const changes: CandidacyChangeEvent[] = [];
    el.addEventListener('candidacy-change', (event) => changes.push(event));
    await openCounter(el);
    await press(el, 'Tab');
    expect(check.activeDay(), 'Tab enters the grid at today').to.equal(29);
    await press(el, 'Space');
    expect(check.markedDays()).to.deep.equal([29]);
    expect(text(check.counterTotal())).to.equal('1 headache day marked');
    await press(el, 'ArrowLeft');
    expect(check.activeDay()).to.equal(28);
    expect(check.days()[28].tabIndex).to.equal(0);
    expect(check.days()[29].tabIndex).to.equal(-1);
    await press(el, 'Enter');
    await press(el, 'ArrowUp');
    expect(check.activeDay(), 'up is a week back').to.equal(21);
    await press(el, 'Space');
    await press(el, 'ArrowDown');
    expect(check.activeDay()).to.equal(28);
    await press(el, 'Home');
    expect(check.activeDay(), 'Home: start of the row').to.equal(28);
    await press(el, 'ArrowUp');
    await press(el, 'End');
    expect(check.activeDay(), 'End: end of the row').to.equal(27);
    await sendKeys({ down: 'Control' });
    await press(el, 'Home');
    await sendKeys({ up: 'Control' });
    expect(check.activeDay(), 'Ctrl+Home: the first day').to.equal(0);
    await press(el, 'ArrowLeft');
    expect(check.activeDay(), 'stops at the edge').to.equal(0);
    await press(el, 'ArrowRight');
    await press(el, 'Space');
    await press(el, 'Space');
    expect(check.markedDays(), 'Space toggles back off').to.deep.equal([21, 28, 29]);
    expect(text(check.counterTotal())).to.equal('3 headache days marked');
    expect(check.counterTotal()!.getAttribute('role')).to.equal('status');
    expect(changes, 'marking days is not yet an answer').to.have.length(0);
    await expect(el).to.be.accessible();

    for (let i = 0; i < 5 && text(check.active()) !== 'Use this count'; i++) {
      await sendKeys({ press: 'Tab' });
    }
    await press(el, 'Enter');
    expect(el.answers.headacheDays).to.equal(3);
    expect(changes).to.have.length(1);
    expect(changes[0].detail.answers).to.deep.equal({ headacheDays: 3 });
    expect(check.active()?.id, 'focus returns to the answer').to.equal('headacheDays');
    expect(check.value('headacheDays')).to.equal('3');
    expect(check.counter(), 'the counter closes').to.equal(null);

    // Reopening keeps the marks.
    await check.press('Not sure? Count them');
    expect(check.markedDays()).to.deep.equal([21, 28, 29]);
    await check.press('Not sure? Count them');
    expect(check.counter()).to.equal(null);
  });

  it('follows the date when reopened on a later day, keeping marks still in range', async () => {
    const el = await fixture<BotoxCandidacyCheck>(
      html`<botox-candidacy-check></botox-candidacy-check>`,
    );
    const check = candidacy(el);
    await check.press('Not sure? Count them');
    const today = text(check.days()[29].querySelector('.sr'));
    await check.toggleDay(0);
    await check.toggleDay(29);
    await check.press('Not sure? Count them');
    const RealDate = Date;
    globalThis.Date = class extends RealDate {
      constructor(...args: []) {
        super(...((args.length ? args : [RealDate.now() + 86_400_000]) as []));
      }
    } as DateConstructor;
    try {
      await check.press('Not sure? Count them');
    } finally {
      globalThis.Date = RealDate;
    }
    expect(text(check.days()[28].querySelector('.sr')), 'yesterday moved up one').to.equal(today);
    expect(check.markedDays(), 'the oldest mark left the 30 days').to.deep.equal([28]);
    expect(check.days()[29].tabIndex).to.equal(0);
    expect(text(check.counterTotal())).to.equal('1 headache day marked');
  });

  it('has forced-colours rules for borders and marked days', async () => {
    // Headless Chromium cannot emulate forced colours here, so read the shadow root's rules.
    const el = await fixture<BotoxCandidacyCheck>(
      html`<botox-candidacy-check></botox-candidacy-check>`,
    );
    const rules = candidacy(el)
      .root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
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
    const check = candidacy(el);
    await check.press('Not sure? Count them');
    check.days()[10].focus();
    await check.toggleDay(10);
    await press(el, 'ArrowLeft');
    expect(check.activeDay(), 'left is later in RTL').to.equal(11);
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    expect(check.activeDay()).to.equal(9);
    const [first, second] = check.days();
    expect(first.getBoundingClientRect().left).to.be.greaterThan(
      second.getBoundingClientRect().left,
    );
  });

  it('keeps day cells at least 24 px at 320 px wide, in Spanish too', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><botox-candidacy-check></botox-candidacy-check></div>`,
    );
    const el = wrap.querySelector('botox-candidacy-check')!;
    const check = candidacy(el);
    await setLocale('es');
    try {
      await el.updateComplete;
      await check.toggleCounter();
      expect(el.scrollWidth).to.be.at.most(320);
      for (const day of check.days()) {
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
      expect(text(check.days()[29].querySelector('.sr'))).to.equal(label);
      await check.toggleDay(0);
      expect(text(check.counterTotal())).to.equal('1 día con dolor de cabeza marcado');
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
    const check = candidacy(el);
    const shown = (selector: string) =>
      check.queryAll(selector).map((node) => getComputedStyle(node).display !== 'none');
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
    const answers = check.answersText();
    expect(answers).to.contain('Headache days a month 20');
    expect(answers).to.contain('Safety points None of these apply to me');
    expect(check.outcome()).to.equal('Botox may be an option for you');

    const steps = await fixture<BotoxCandidacyCheck>(
      html`<botox-candidacy-check .answers=${LIKELY} step="8"></botox-candidacy-check>`,
    );
    expect(
      candidacy(steps)
        .queryAll('button, progress')
        .some((node) => getComputedStyle(node).display !== 'none'),
    ).to.equal(false);
    expect(getComputedStyle(candidacy(steps).answersSection()!).display).to.equal('block');
  });

  it('opens the print dialog from "Print summary", printing the summary alone from a hidden frame', async () => {
    const el = await fixture<BotoxCandidacyCheck>(
      html`<botox-candidacy-check
        clinic-name="Lakeside Headache Clinic"
        .answers=${LIKELY}
        step="8"
      ></botox-candidacy-check>`,
    );
    const check = candidacy(el);
    const host = document.createElement('h1');
    host.textContent = 'Host page heading that must not print';
    document.body.prepend(host);
    /** What each print() of a frame saw: the frame and the text of its document then. */
    const printed: { frame: HTMLIFrameElement; text: string }[] = [];
    // The frame's window exists once the frame is appended: its first `load` fires then, before
    // the summary is built and printed (a capturing listener of the shadow root hears it).
    check.root.addEventListener(
      'load',
      (event) => {
        const frame = event.target as HTMLIFrameElement;
        const win = frame.contentWindow!;
        win.print = () => void printed.push({ frame, text: text(win.document.body) });
      },
      true,
    );
    const original = window.print;
    let pageCalls = 0;
    window.print = () => {
      pageCalls++;
    };
    try {
      expect(check.printFrame(), 'no frame before printing').to.equal(null);
      // The print module loads on first use; print() waits for it.
      await check.print();
      expect(pageCalls, 'the page itself is not printed').to.equal(0);
      expect(printed, "the frame's print() was called once").to.have.length(1);
      const frames = check.printFrames();
      expect(frames, 'one frame, in the shadow root').to.have.length(1);
      const [frame] = frames;
      expect(printed[0].frame).to.equal(frame);
      expect(frame.hasAttribute('src') || frame.hasAttribute('srcdoc'), 'no src').to.equal(false);
      expect(frame.contentDocument!.URL).to.equal('about:blank');
      expect(frame.getAttribute('aria-hidden')).to.equal('true');
      expect(frame.tabIndex).to.equal(-1);
      const box = frame.getBoundingClientRect();
      expect([box.width, box.height], 'not on screen').to.deep.equal([0, 0]);

      // What print() printed: the summary, in order, and nothing of the page or the widget's tools.
      const doc = frame.contentDocument!;
      expect(doc.title).to.equal('Botox for chronic migraine: my self-check');
      const summary = printed[0].text;
      expect(summary, 'print() saw the finished summary').to.equal(text(doc.body));
      const pieces = [
        'Botox for chronic migraine: my self-check',
        `Date: ${new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date())}`,
        'Clinic: Lakeside Headache Clinic',
        'Botox may be an option for you',
        'Your answers fit the usual reasons doctors give Botox for chronic migraine.',
        'Point by point',
        'Headache days: Fits.',
        'Your answers',
        'Number of different preventive medicines you have tried',
        'This is not a diagnosis. The clinic makes the decision with you at your consultation.',
      ];
      let at = -1;
      for (const piece of pieces) {
        const next = summary.indexOf(piece, at + 1);
        expect(next, `"${piece}" after position ${at} in: ${summary}`).to.be.greaterThan(at);
        at = next;
      }
      const rows = [...doc.querySelectorAll('dl > div')].map((row) => [
        text(row.querySelector('dt')),
        text(row.querySelector('dd')),
      ]);
      expect(rows, 'every answer, the count of preventives included').to.deep.include.members([
        ['Tried medicines to prevent migraines', 'Yes, but they did not help enough'],
        ['Number of different preventive medicines you have tried', '3'],
        ['Safety points', 'None of these apply to me'],
      ]);
      expect(rows).to.have.length(10);
      expect(summary).not.to.contain('Host page heading');
      expect(summary).not.to.contain('Print summary');
      expect(doc.querySelectorAll('button, input, a, script')).to.have.length(0);

      // Printing again replaces the frame: one at a time.
      await check.print();
      expect(printed).to.have.length(2);
      expect(frame.isConnected, 'the first frame is gone').to.equal(false);
      expect(check.printFrames()).to.deep.equal([printed[1].frame]);
      expect(pageCalls).to.equal(0);
    } finally {
      window.print = original;
      host.remove();
    }
    await expect(el).to.be.accessible();
  });

  it('copies a plain-text summary of the answers and the result', async () => {
    /** Shows the result for `answers`, presses "Copy summary" and returns what was copied. */
    const copy = async (answers: CandidacyAnswers) => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check .answers=${answers} step="8"></botox-candidacy-check>`,
      );
      const copied: string[] = [];
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: (value: string) => (copied.push(value), Promise.resolve()) },
      });
      const check = candidacy(el);
      try {
        await check.copy();
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
      expect(copied, 'one copy').to.have.length(1);
      expect(text(check.copyStatus())).to.equal('Summary copied.');
      expect(check.copyStatus()!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
      return { el, copied: copied[0] };
    };
    const ALLERGY = 'An allergy to any botulinum toxin medicine (such as Botox, Dysport or Xeomin)';
    const NERVE =
      'A nerve or muscle disease, such as myasthenia gravis, ALS or Lambert-Eaton syndrome';
    const PREGNANT = 'Being pregnant, trying to get pregnant, or breastfeeding';
    const RECENT = 'Any botulinum toxin injection in the last 4 months, for any reason';

    // Two safety points that rule Botox out and one to talk through: "does not fit". The points
    // that need attention come first, as on screen; the safety point lists each flag with its own
    // status and reason (those that rule Botox out first), and has no reason line of its own.
    const { el, copied } = await copy({
      ...LIKELY,
      commitment: 'unsure',
      safety: { allergy: true, neuromuscular: true, pregnant: true },
    });
    expect(el.result.outcome).to.equal('unlikely');
    expect(copied).to.equal(
      [
        'Botox for chronic migraine: my self-check',
        '',
        'Your answers',
        '- Headache days a month: 20',
        '- Months with this many headache days: 6',
        '- Headaches usually last 4 hours or more: Yes',
        '- Tried medicines to prevent migraines: Yes, but they did not help enough',
        '- Number of different preventive medicines you have tried: 3',
        '- Days a month with simple pain relievers: 2',
        '- Days a month with triptans, ergots, opioids or combination painkillers: 4',
        '- Can come about every 12 weeks: I am not sure',
        '- 18 or older: Yes',
        '- Safety points:',
        `  - ${ALLERGY}`,
        `  - ${NERVE}`,
        `  - ${PREGNANT}`,
        '',
        'Result: Botox may not be the right choice for you now',
        'One of your safety answers means Botox is not suitable for you now. Next step: ask your doctor about treatments that may suit you better.',
        '- Safety points: Does not fit.',
        `  - ${ALLERGY}: Does not fit. With an allergy to a botulinum toxin medicine, Botox is not safe for you. Tell the doctor about the allergy.`,
        `  - ${PREGNANT}: Does not fit. Botox is usually not given while you are pregnant or breastfeeding. Ask the doctor about options that are safe now.`,
        `  - ${NERVE}: Talk to your doctor. With a nerve or muscle disease, swallowing and breathing problems after Botox are more likely. Talk to the doctor first.`,
        '- Visits every 12 weeks: Talk to your doctor. You are not sure you can come every 12 weeks. Ask the clinic how the visits could fit into your life.',
        '- Headache days: Fits. You have headaches on 15 or more days a month, for 3 months or more. This is the number of headache days doctors look for. The doctor will confirm what kind of headaches you have.',
        '- Other preventive medicines: Fits. You have tried 3 or more preventive medicines, and they did not help enough. Botox is often used in this case.',
        '- Age: Fits. You are 18 or older. Botox for migraine is approved for adults.',
        '- How long headaches last: Fits. Your headaches usually last 4 hours or more. Botox was studied in people whose headaches last this long.',
        '- Pain medicine use: Fits. You take pain medicine on fewer days than the point where it can cause more headaches.',
        '',
        'This is not a diagnosis. The clinic makes the decision with you at your consultation.',
      ].join('\n'),
    );
    // The copied points follow the order shown on screen.
    const shown = candidacy(el).criterionLabels();
    const listed = copied
      .split('\n')
      .slice(copied.split('\n').indexOf('Result: Botox may not be the right choice for you now'))
      .filter((line) => line.startsWith('- '))
      .map((line) => line.slice(2, line.indexOf(':')));
    expect(listed).to.deep.equal(shown);

    // Every status at once (an unanswered question too): does not fit, talk to your doctor, not
    // answered, fits, in that order.
    const incomplete = await copy({
      ...LIKELY,
      triptanDays: undefined,
      preventivesTried: 0,
      commitment: 'unsure',
      safety: { recentToxin: true },
    });
    expect(incomplete.el.result.outcome).to.equal('incomplete');
    const lines = incomplete.copied.split('\n');
    expect(lines).to.include(
      '- Days a month with triptans, ergots, opioids or combination painkillers: Not answered',
    );
    expect(lines.slice(lines.indexOf('Result: Your result is not ready yet'))).to.deep.equal([
      'Result: Your result is not ready yet',
      'Answer every question to see how your answers fit.',
      '- Other preventive medicines: Does not fit. You have not tried other preventive medicines yet. Doctors usually suggest trying them first.',
      '- Visits every 12 weeks: Talk to your doctor. You are not sure you can come every 12 weeks. Ask the clinic how the visits could fit into your life.',
      '- Safety points: Talk to your doctor.',
      `  - ${RECENT}: Talk to your doctor. Doses of botulinum toxin add up. The doctor needs to know about any injection in the last 4 months.`,
      '- Pain medicine use: Not answered. Answer the question to see this point.',
      '- Headache days: Fits. You have headaches on 15 or more days a month, for 3 months or more. This is the number of headache days doctors look for. The doctor will confirm what kind of headaches you have.',
      '- Age: Fits. You are 18 or older. Botox for migraine is approved for adults.',
      '- How long headaches last: Fits. Your headaches usually last 4 hours or more. Botox was studied in people whose headaches last this long.',
      '',
      'This is not a diagnosis. The clinic makes the decision with you at your consultation.',
    ]);
  });

  it('explains how to copy by hand when the clipboard fails', async () => {
    const el = await fixture<BotoxCandidacyCheck>(
      html`<botox-candidacy-check mode="form" .answers=${LIKELY}></botox-candidacy-check>`,
    );
    const check = candidacy(el);
    for (const clipboard of [{ writeText: () => Promise.reject(new Error('denied')) }, undefined]) {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
      try {
        await check.copy();
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
      expect(text(check.copyStatus())).to.equal(
        'Copying did not work. Select the summary below and copy it yourself.',
      );
      const box = check.copyBox()!;
      expect(box.readOnly).to.equal(true);
      expect(box.labels![0].textContent).to.contain('Summary');
      expect(box.value).to.contain('Result: Botox may be an option for you');
      expect(box.value).to.contain('- Headache days a month: 20');
      await expect(el).to.be.accessible();
      // A new answer clears the message.
      await check.choose('adult', false);
      expect(text(check.copyStatus())).to.equal('');
      expect(check.copyBox()).to.equal(null);
      await check.choose('adult', true);
    }
  });
});

describe('<botox-candidacy-check> privacy', () => {
  it('sends nothing and stores nothing during a whole session', async () => {
    const calls: string[] = [];
    /** What the person asked for: the print() of the summary's frame. */
    const printed: string[] = [];
    const record = (name: string) => () => {
      calls.push(name);
    };
    type Realm = Window & typeof globalThis;
    const restores: (() => void)[] = [];
    /**
     * Replaces every way `win` could send or store data with a recording stub: the page's window,
     * and the print frame's own (a frame has its own fetch, storage and cookie).
     */
    const watch = (win: Realm, where: string) => {
      const originals = {
        fetch: win.fetch,
        open: win.XMLHttpRequest.prototype.open,
        send: win.XMLHttpRequest.prototype.send,
        beacon: win.Navigator.prototype.sendBeacon,
        setItem: win.Storage.prototype.setItem,
        WebSocket: win.WebSocket,
      };
      win.fetch = (() => {
        calls.push(`${where} fetch`);
        return Promise.reject(new Error('blocked'));
      }) as typeof fetch;
      win.XMLHttpRequest.prototype.open = record(`${where} xhr.open`);
      win.XMLHttpRequest.prototype.send = record(`${where} xhr.send`);
      win.Navigator.prototype.sendBeacon = () => (calls.push(`${where} sendBeacon`), false);
      win.Storage.prototype.setItem = record(`${where} storage.setItem`);
      win.WebSocket = function () {
        calls.push(`${where} WebSocket`);
      } as unknown as typeof WebSocket;
      Object.defineProperty(win.document, 'cookie', {
        configurable: true,
        get: () => '',
        set: record(`${where} cookie`),
      });
      restores.push(() => {
        win.fetch = originals.fetch;
        win.XMLHttpRequest.prototype.open = originals.open;
        win.XMLHttpRequest.prototype.send = originals.send;
        win.Navigator.prototype.sendBeacon = originals.beacon;
        win.Storage.prototype.setItem = originals.setItem;
        win.WebSocket = originals.WebSocket;
        delete (win.document as unknown as Record<string, unknown>).cookie;
      });
    };
    watch(window, 'page');
    const print = window.print;
    // The page itself must never print: only the summary's frame does.
    window.print = record('page window.print');
    let el: BotoxCandidacyCheck | undefined;
    try {
      el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check
          consultation-href="https://clinic.example/book"
          name="check"
        ></botox-candidacy-check>`,
      );
      const check = el;
      const ui = candidacy(check);
      // The print frame's window, watched as soon as it exists (its first `load` fires while it
      // is appended, before the summary is built and printed).
      ui.root.addEventListener(
        'load',
        (event) => {
          const win = (event.target as HTMLIFrameElement).contentWindow as Realm;
          watch(win, 'print frame');
          win.print = () => void printed.push(text(win.document.body));
        },
        true,
      );
      const next = () => ui.next();
      const type = async (id: CountField, value: string) => {
        expect(ui.input(id), `#${id}`).to.not.equal(null);
        await ui.type(id, value);
      };
      await ui.toggleCounter();
      await ui.toggleDay(3);
      await ui.useCount();
      await type('headacheDays', '20');
      await next();
      await type('months', '4');
      await next();
      for (let step = 2; step < 8; step++) {
        if (step === 4) {
          await type('painRelieverDays', '1');
          await type('triptanDays', '1');
        } else {
          await ui.chooseFirst();
          // "Yes, but they did not help enough" asks how many preventive medicines were tried.
          if (step === 3) await type('preventivesTried', '3');
        }
        await next();
      }
      expect(check.answers.preventivesTried).to.equal(3);
      // The first safety point ticked, an allergy to botulinum toxin, rules Botox out.
      expect(check.answers.safety).to.deep.equal({ allergy: true });
      expect(check.result.outcome).to.equal('unlikely');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.resolve() },
      });
      await ui.copy();
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      // The print module loads on first use; print() waits for it.
      await ui.print();
      expect(printed, 'the summary printed from its frame').to.have.length(1);
      expect(printed[0]).to.contain('Botox for chronic migraine: my self-check');
      const frame = ui.printFrame()!;
      expect(frame.hasAttribute('src') || frame.hasAttribute('srcdoc'), 'no src').to.equal(false);
      expect(frame.contentDocument!.URL, 'nothing loaded into the frame').to.equal('about:blank');
      expect(
        frame.contentWindow!.performance.getEntriesByType('resource'),
        'the frame loads nothing',
      ).to.deep.equal([]);
      await ui.restart();
      expect(check.answers).to.deep.equal({});
    } finally {
      window.print = print;
      restores.reverse().forEach((restore) => restore());
    }
    expect(calls).to.deep.equal([]);
    expect(document.cookie, 'the real cookie setter is back').to.be.a('string');
  });
});
