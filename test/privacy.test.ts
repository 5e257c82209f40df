/**
 * "Nothing is sent or saved": a full session through every element — every benefit opened, the
 * self-check answered by keyboard to a result with the headache-day counter, the summary copied
 * and printed, the calendar file made — with every way a page can send or store data
 * instrumented. The only allowed calls are the ones the person asks for: the clipboard write
 * (Copy summary), the print dialog (Print summary: print() of the summary's own hidden
 * `about:blank` frame, never of the page) and the local calendar file (a blob URL and a download
 * link, whose download is not performed here). The print frame is a window of its own: it is
 * instrumented the same way as soon as it exists. The network is also watched through Resource
 * Timing: after the library's lazy chunks have loaded once, the session loads nothing, and the
 * print frame loads nothing either.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { BenefitsList } from '../src/components/benefits-list/benefits-list.js';
import type { BotoxCandidacyCheck } from '../src/components/botox-candidacy-check/botox-candidacy-check.js';
import type { TreatmentTimeline } from '../src/components/treatment-timeline/treatment-timeline.js';
import type { CountField } from '../src/logic/candidacy/index.js';
import { LIKELY } from './fixtures/candidacy-answers.js';
import { BenefitsHarness, CandidacyHarness, TimelineHarness } from './harness/index.js';
import { waitUntil } from './helpers.js';

type Widgets = {
  benefits: BenefitsList;
  check: BotoxCandidacyCheck;
  timeline: TreatmentTimeline;
};

const clean = (node: Node | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function page(): Promise<Widgets> {
  const root = await fixture<HTMLElement>(
    html`<div>
      <benefits-list expandable></benefits-list>
      <botox-candidacy-check
        clinic-name="NorCal Pain Treatment Center"
        consultation-href="/book"
      ></botox-candidacy-check>
      <treatment-timeline start-date="2026-03-02" today="2026-04-15"></treatment-timeline>
    </div>`,
  );
  const widgets = {
    benefits: root.querySelector('benefits-list')!,
    check: root.querySelector('botox-candidacy-check')!,
    timeline: root.querySelector('treatment-timeline')!,
  };
  for (const el of Object.values(widgets)) await el.updateComplete;
  return widgets;
}

/** `found`, or an error naming `what` is missing. */
function need<T>(found: T | null | undefined, what: string): T {
  if (!found) throw new Error(`no ${what}`);
  return found;
}
const buttonIn = (ui: CandidacyHarness, label: string) =>
  need(ui.button(label), `button "${label}"`);

/** Keyboard: focus a control, then press a key (Enter on buttons, Space on choices). */
async function press(el: BotoxCandidacyCheck, control: HTMLElement, key: string): Promise<void> {
  control.focus();
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Keyboard: type a number into the input `id`, then Enter (commits and goes on). */
async function typeNumber(el: BotoxCandidacyCheck, id: CountField, value: string): Promise<void> {
  const input = need(new CandidacyHarness(el).input(id), `#${id}`);
  input.focus();
  await sendKeys({ type: value });
  expect(input.value).to.equal(value);
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

/** The whole session. Clicks are for the benefits and the timeline; the check is by keyboard. */
async function session({ benefits, check, timeline }: Widgets, stubs: Instruments): Promise<void> {
  const { allowed } = stubs;
  const list = new BenefitsHarness(benefits);
  const ui = new CandidacyHarness(check);
  // The print frame is instrumented the moment it is added to the element's shadow root.
  stubs.watchFrames(ui.root);
  // Benefits: open every disclosure.
  list.toggleAll();
  expect(
    list.disclosures().map((d) => d.open),
    'every benefit opens',
  ).to.deep.equal([true, true, true, true]);

  // The self-check in steps mode: the day counter, marked with the keyboard.
  await press(check, buttonIn(ui, 'Not sure? Count them'), 'Enter');
  await waitUntil(() => ui.counter() !== null, 'counter');
  for (let i = 0; i < 16; i++) {
    const activeDay = need(ui.tabbableDay(), 'day to focus');
    await press(check, activeDay, 'Space');
    activeDay.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await check.updateComplete;
  }
  expect(clean(ui.counterTotal())).to.equal('16 headache days marked');
  await press(check, buttonIn(ui, 'Use this count'), 'Enter');
  expect(ui.value('headacheDays')).to.equal('16');
  await press(check, buttonIn(ui, 'Next'), 'Enter');
  await typeNumber(check, 'months', '6');
  await press(check, ui.choice('Yes'), 'Space');
  await press(check, buttonIn(ui, 'Next'), 'Enter');
  await press(check, ui.choice('Yes, but they did not help enough'), 'Space');
  // That answer asks how many preventive medicines were tried; Enter goes on.
  await typeNumber(check, 'preventivesTried', '3');
  await typeNumber(check, 'painRelieverDays', '2');
  await typeNumber(check, 'triptanDays', '4');
  await press(check, ui.choice('Yes, I can'), 'Space');
  await press(check, buttonIn(ui, 'Next'), 'Enter');
  await press(check, ui.choice('Yes'), 'Space');
  await press(check, buttonIn(ui, 'Next'), 'Enter');
  await press(check, ui.choice('None of these apply to me'), 'Space');
  await press(check, buttonIn(ui, 'See my result'), 'Enter');
  expect(check.result.outcome).to.equal('likely');
  expect(check.answers).to.deep.equal({ ...LIKELY, headacheDays: 16 });

  // The summary: copied (the person asked) and printed — nothing of the kind before.
  expect(allowed, 'no clipboard, print or file before the person asks').to.deep.equal({});
  await press(check, buttonIn(ui, 'Copy summary'), 'Enter');
  await waitUntil(() => ui.text().includes('Summary copied.'), 'copied');
  await press(check, buttonIn(ui, 'Print summary'), 'Enter');
  // The summary printed from a hidden frame of its own, with nothing loaded into it.
  const frame = ui.printFrame();
  expect(frame, 'the print frame').to.not.equal(null);
  expect(stubs.frames, 'the print frame was instrumented').to.have.length(1);
  expect(stubs.frames[0]).to.equal(frame!.contentWindow);
  expect(frame!.hasAttribute('src') || frame!.hasAttribute('srcdoc'), 'no src').to.equal(false);
  expect(frame!.contentDocument!.URL).to.equal('about:blank');
  expect(stubs.printed, 'print() of the frame, with the summary in it').to.have.length(1);
  expect(stubs.printed[0]).to.contain('Botox for chronic migraine: my self-check');
  expect(stubs.printed[0]).to.contain('Headache days a month');
  expect(
    frame!.contentWindow!.performance.getEntriesByType('resource'),
    'the print frame loads nothing',
  ).to.deep.equal([]);

  // The timeline: the calendar file, made in the page.
  void new TimelineHarness(timeline).downloadCalendar();
}

interface Instruments {
  /** Calls that would send or store data: must stay at 0. */
  forbidden: Record<string, number>;
  /** Calls the person asked for: the clipboard write, print, the local calendar file. */
  allowed: Record<string, number>;
  clipboardText: string[];
  downloads: { href: string; download: string }[];
  /** The windows of the print frames instrumented so far. */
  frames: Window[];
  /** The text of the frame's document at each print() of a print frame. */
  printed: string[];
  /**
   * Instruments each frame added to `container` (the print frame), the same way as the page, as
   * soon as its window exists: Chromium fires a frame's first `load` while appending it, before
   * the summary is built and printed; a capturing listener of the container hears it.
   */
  watchFrames(container: ShadowRoot): void;
  restore(): void;
}

type Realm = Window & typeof globalThis;

/** Replaces every way to send or store data with a counting stub (network calls are not made). */
function instrument(): Instruments {
  const forbidden: Record<string, number> = {};
  const allowed: Record<string, number> = {};
  const clipboardText: string[] = [];
  const downloads: { href: string; download: string }[] = [];
  const frames: Window[] = [];
  const printed: string[] = [];
  const undo: (() => void)[] = [];
  const allow = (name: string) => (allowed[name] = (allowed[name] ?? 0) + 1);

  /** Redefines `key` on `target` and remembers how to put it back. */
  const replace = (target: object, key: PropertyKey, descriptor: PropertyDescriptor) => {
    const own = Object.getOwnPropertyDescriptor(target, key);
    Object.defineProperty(target, key, { configurable: true, ...descriptor });
    undo.push(() => {
      if (own) Object.defineProperty(target, key, own);
      else delete (target as Record<PropertyKey, unknown>)[key];
    });
  };

  /**
   * Stubs every way `win` can send or store data; `prefix` names the window in the counts ('' for
   * the page). A frame is a realm of its own, with its own constructors, prototypes and cookie.
   */
  const forbid = (win: Realm, prefix: string) => {
    const count = (name: string) => {
      const key = `${prefix}${name}`;
      forbidden[key] = (forbidden[key] ?? 0) + 1;
    };
    /** Replaces a method with a stub that counts each call and does nothing. */
    const method = (target: object, key: string, name: string) => {
      replace(target, key, {
        writable: true,
        value: () => {
          count(name);
          return undefined;
        },
      });
    };
    /** Counts constructions of a global constructor and makes an inert object (a Proxy, so `instanceof` still works). */
    const constructor = (key: string) => {
      const original = (win as unknown as Record<string, unknown>)[key] as new () => object;
      replace(win, key, {
        writable: true,
        value: new Proxy(original, {
          construct(target) {
            count(`new ${key}`);
            return Object.create(target.prototype as object) as object;
          },
        }),
      });
    };

    // Network.
    method(win, 'fetch', 'fetch');
    method(win.XMLHttpRequest.prototype, 'open', 'XMLHttpRequest.open');
    method(win.XMLHttpRequest.prototype, 'send', 'XMLHttpRequest.send');
    method(win.Navigator.prototype, 'sendBeacon', 'navigator.sendBeacon');
    constructor('WebSocket');
    constructor('EventSource');
    constructor('Image');
    const imageSrc = Object.getOwnPropertyDescriptor(win.HTMLImageElement.prototype, 'src')!;
    replace(win.HTMLImageElement.prototype, 'src', {
      get: imageSrc.get,
      set(this: HTMLImageElement, value: string) {
        count('img.src');
        void [this, value];
      },
    });
    method(win, 'open', 'window.open');
    // Storage: the methods, and any touch of the storage objects at all.
    for (const key of ['setItem', 'getItem', 'removeItem', 'clear', 'key']) {
      method(win.Storage.prototype, key, `Storage.${key}`);
    }
    for (const key of ['localStorage', 'sessionStorage', 'indexedDB']) {
      const holder = Object.hasOwn(win, key) ? win : win.Window.prototype;
      const own = Object.getOwnPropertyDescriptor(holder, key)!;
      replace(holder, key, {
        get() {
          count(`window.${key}`);
          return own.get!.call(win) as unknown;
        },
      });
    }
    method(win.IDBFactory.prototype, 'open', 'indexedDB.open');
    replace(win.document, 'cookie', {
      get() {
        count('document.cookie (read)');
        return '';
      },
      set() {
        count('document.cookie (write)');
      },
    });
  };
  forbid(window, '');

  /** The print frame: the same stubs, and its print() recorded instead of opening a dialog. */
  const watchFrames = (container: ShadowRoot) => {
    const onLoad = (event: Event) => {
      const win = (event.target as HTMLIFrameElement).contentWindow as Realm | null;
      if (!win || frames.includes(win)) return;
      frames.push(win);
      forbid(win, 'print frame: ');
      replace(win, 'print', {
        writable: true,
        value: () => {
          allow('print frame: print()');
          printed.push(clean(win.document.body));
        },
      });
    };
    container.addEventListener('load', onLoad, true);
    undo.push(() => container.removeEventListener('load', onLoad, true));
  };

  // What the person asks for.
  replace(navigator, 'clipboard', {
    value: {
      writeText: (text: string) => {
        allow('navigator.clipboard.writeText');
        clipboardText.push(text);
        return Promise.resolve();
      },
    },
  });
  // Never the page itself: "Print summary" prints only the summary, from its own frame.
  replace(window, 'print', { writable: true, value: () => allow('window.print (the page)') });
  replace(URL, 'createObjectURL', {
    writable: true,
    value: (blob: Blob) => {
      allow(`URL.createObjectURL (${blob.type})`);
      return 'blob:stubbed-calendar';
    },
  });
  replace(URL, 'revokeObjectURL', { writable: true, value: () => undefined });
  replace(HTMLAnchorElement.prototype, 'click', {
    writable: true,
    value(this: HTMLAnchorElement) {
      allow('download link click (not performed)');
      downloads.push({ href: this.href, download: this.download });
    },
  });

  return {
    forbidden,
    allowed,
    clipboardText,
    downloads,
    frames,
    printed,
    watchFrames,
    restore: () => undo.reverse().forEach((step) => step()),
  };
}

const resources = () => performance.getEntriesByType('resource').map((entry) => entry.name);

describe('privacy: a full session sends and stores nothing', () => {
  it('the instruments catch every way to send or store data (so 0 means 0), in the print frame too', () => {
    /** Every way `win` can send or store data, once each (twice for two storage objects). */
    const exercise = (win: Realm) => {
      void win.fetch('/nowhere');
      const xhr = new win.XMLHttpRequest();
      xhr.open('POST', '/nowhere');
      xhr.send('x');
      win.navigator.sendBeacon('/nowhere', 'x');
      expect(new win.WebSocket('ws://localhost:9/')).to.be.instanceOf(win.WebSocket);
      void new win.EventSource('/nowhere');
      const img = new win.Image();
      img.src = '/nowhere.png';
      win.open('/nowhere');
      win.localStorage.setItem('k', 'v');
      win.localStorage.getItem('k');
      win.sessionStorage.removeItem('k');
      win.sessionStorage.clear();
      win.indexedDB.open('db');
      win.document.cookie = 'k=v';
      void win.document.cookie;
    };
    const counts = (prefix: string) =>
      Object.fromEntries(
        Object.entries({
          fetch: 1,
          'XMLHttpRequest.open': 1,
          'XMLHttpRequest.send': 1,
          'navigator.sendBeacon': 1,
          'new WebSocket': 1,
          'new EventSource': 1,
          'new Image': 1,
          'img.src': 1,
          'window.open': 1,
          'window.localStorage': 2,
          'window.sessionStorage': 2,
          'window.indexedDB': 1,
          'Storage.setItem': 1,
          'Storage.getItem': 1,
          'Storage.removeItem': 1,
          'Storage.clear': 1,
          'indexedDB.open': 1,
          'document.cookie (write)': 1,
          'document.cookie (read)': 1,
        }).map(([name, n]) => [`${prefix}${name}`, n]),
      );
    const stubs = instrument();
    const host = document.createElement('div');
    document.body.append(host);
    let frameWindow: Realm | undefined;
    try {
      exercise(window);
      expect(stubs.forbidden).to.deep.equal(counts(''));

      // A frame added to a watched shadow root, as the print frame is: its own realm is caught.
      const container = host.attachShadow({ mode: 'open' });
      stubs.watchFrames(container);
      const frame = document.createElement('iframe');
      container.append(frame);
      expect(stubs.frames, 'instrumented when appended').to.have.length(1);
      frameWindow = frame.contentWindow as Realm;
      expect(stubs.frames[0]).to.equal(frameWindow);
      exercise(frameWindow);
      frameWindow.print();
      expect(stubs.forbidden).to.deep.equal({ ...counts(''), ...counts('print frame: ') });
      expect(stubs.allowed).to.deep.equal({ 'print frame: print()': 1 });
      window.print();
      expect(stubs.allowed, "the page's own print() is seen").to.deep.equal({
        'print frame: print()': 1,
        'window.print (the page)': 1,
      });
    } finally {
      stubs.restore();
    }
    expect(window.fetch, 'restored').not.to.equal(undefined);
    expect(Object.getOwnPropertyDescriptor(document, 'cookie'), 'restored').to.equal(undefined);
    expect(
      Object.getOwnPropertyDescriptor(frameWindow!.document, 'cookie'),
      'restored in the frame',
    ).to.equal(undefined);
    host.remove();
  });

  it('makes 0 network or storage calls; only the clipboard, print and the local file when asked', async () => {
    // The test runner's own channel (keyboard commands) opens before anything is watched.
    await sendKeys({ press: 'Shift' });

    // Warm-up: the same session once, so every lazy part of the library loads first. Only the
    // library's own modules may load; the download is cancelled by the page.
    const before = new Set(resources());
    const warm = await page();
    let warmCalendar = false;
    warm.timeline.addEventListener('timeline-calendar', (event) => {
      event.preventDefault();
      warmCalendar = true;
    });
    const warmStubs = instrument();
    try {
      await session(warm, warmStubs);
      // The calendar's modules have loaded once its event fires.
      await waitUntil(() => warmCalendar, 'the calendar file was made in the warm-up');
    } finally {
      warmStubs.restore();
    }
    const firstLoads = resources().filter((name) => !before.has(name));
    console.log(
      `privacy: lazy modules on first use: ${firstLoads.map((n) => new URL(n).pathname).join(', ')}`,
    );
    for (const name of firstLoads) {
      const url = new URL(name);
      expect(url.origin, name).to.equal(location.origin);
      expect(url.pathname, name).to.match(/^\/src\/[\w/-]+\.(js|ts)$/);
    }
    expect(warmStubs.forbidden, 'warm-up').to.deep.equal({});

    // The measured session, on fresh elements, with everything loaded.
    const widgets = await page();
    const seen: string[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push(entry.name);
    });
    observer.observe({ type: 'resource' });
    const start = resources().length;
    const stubs = instrument();
    let calendarEvents = 0;
    widgets.timeline.addEventListener('timeline-calendar', () => calendarEvents++);
    try {
      await session(widgets, stubs);
      await waitUntil(() => stubs.downloads.length === 1, 'the calendar file was made');
    } finally {
      stubs.restore();
    }
    // Resource entries are delivered to observers as a task: give them one.
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    const newResources = resources().slice(start);

    const forbiddenTotal = Object.values(stubs.forbidden).reduce((a, b) => a + b, 0);
    console.log(
      [
        `privacy: forbidden calls: ${forbiddenTotal} ${JSON.stringify(stubs.forbidden)}`,
        `privacy: allowed (user-initiated): ${JSON.stringify(stubs.allowed)}`,
        `privacy: new resource entries: ${newResources.length} (observer: ${seen.length})`,
      ].join('\n'),
    );
    expect(stubs.forbidden, 'calls that send or store data').to.deep.equal({});
    expect(newResources, 'resource entries during the session').to.deep.equal([]);
    expect(seen, 'PerformanceObserver entries during the session').to.deep.equal([]);
    expect(stubs.allowed).to.deep.equal({
      'navigator.clipboard.writeText': 1,
      'print frame: print()': 1,
      'URL.createObjectURL (text/calendar;charset=utf-8)': 1,
      'download link click (not performed)': 1,
    });
    expect(stubs.clipboardText[0]).to.contain('Botox for chronic migraine: my self-check');
    expect(stubs.downloads).to.deep.equal([
      { href: 'blob:stubbed-calendar', download: 'botox-sessions.ics' },
    ]);
    expect(calendarEvents).to.equal(1);
  });
});
