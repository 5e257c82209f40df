/**
 * Every text a clinic or a patient can supply — attributes, wording overrides (`setMessages`),
 * registered languages (`registerLocale`), slotted items, typed answers, the `answers` property —
 * carrying markup and script payloads. Each render is compared with a clean render of the same
 * element: no element more (no img, script, svg, iframe or object beyond the element's own icons),
 * no event-handler attribute, no script run (`window.__x` stays unset while a control image's
 * inline handler does run), no security-policy violation, no error. Links stay http(s), mailto,
 * tel or relative, and the calendar file escapes a hostile clinic name.
 */
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import '../src/components/benefits-list/define.js';
import '../src/components/botox-candidacy-check/define.js';
import '../src/components/treatment-timeline/define.js';
import type { BenefitsList } from '../src/components/benefits-list/benefits-list.js';
import type { BotoxCandidacyCheck } from '../src/components/botox-candidacy-check/botox-candidacy-check.js';
import type { TreatmentTimeline } from '../src/components/treatment-timeline/treatment-timeline.js';
import type { TimelineCalendarEvent } from '../src/events/timeline-events.js';
import type { CandidacyAnswers } from '../src/logic/candidacy/index.js';
import { LOCALE_LOADERS, followDocumentLocale, setLocale } from '../src/localization/locale.js';
import { clearMessages, registerLocale, setMessages } from '../src/localization/wording.js';
import { captureWarnings, waitUntil } from './helpers.js';

declare global {
  interface Window {
    __x?: number;
    __ctl?: number;
  }
}

const RUN = 'window.__x=(window.__x||0)+1';

/** Markup, script, template and entity payloads, as a CMS or a person might pass them on. */
const PAYLOADS = [
  `<img src=x onerror="${RUN}">`,
  `</style><script>${RUN}</script>`,
  `"><svg onload="${RUN}">`,
  `'><svg/onload=${RUN}><math><mtext></p><img src=x onerror=${RUN}>`,
  `<iframe srcdoc="<script>parent.__x=(parent.__x||0)+1</script>"></iframe>`,
  `<object data="javascript:${RUN}"></object><embed src="javascript:${RUN}">`,
  `javascript:${RUN}`,
  `{{constructor.constructor('${RUN}')()}}`,
  '${' + RUN + '}',
  '&lt;b&gt;not bold&lt;/b&gt; &amp; &#60;script&#62;',
  `<b>not bold</b><a href="javascript:${RUN}">link</a><style>*{display:none}</style>`,
  `<!--<img src=x onerror="${RUN}">--><![CDATA[<script>${RUN}</script>]]>`,
  '{0} {1} {{0}} %s $& $1',
  'Line one\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nEND:VALARM',
];

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

// ---------------------------------------------------------------------------------------------
// Detectors
// ---------------------------------------------------------------------------------------------

const figures = {
  renders: 0,
  injectedElements: 0,
  handlerAttributes: 0,
  links: 0,
  unsafeLinks: 0,
  calendars: 0,
  controls: 0,
};
const violations: string[] = [];
const errors: string[] = [];
const controlImages = new Set<EventTarget>();

function onViolation(event: SecurityPolicyViolationEvent) {
  violations.push(`${event.violatedDirective}: ${event.sample}`);
}
/** Captures script errors and resource errors (an injected image failing to load). */
function onError(event: Event) {
  if (controlImages.has(event.target as EventTarget)) return;
  const target = event.target as Element | null;
  errors.push(
    event instanceof ErrorEvent ? event.message : `${target?.localName ?? '?'} failed to load`,
  );
}
function onRejection(event: PromiseRejectionEvent) {
  errors.push(`unhandled rejection: ${String(event.reason)}`);
}

/** Every element under `root`, by tag name, through nested shadow roots. */
function census(root: ParentNode, into: Record<string, number> = {}): Record<string, number> {
  for (const el of root.querySelectorAll('*')) {
    into[el.localName] = (into[el.localName] ?? 0) + 1;
    if (el.shadowRoot) census(el.shadowRoot, into);
  }
  return into;
}

/** Elements in `actual` beyond those in `clean`. */
function extra(actual: Record<string, number>, clean: Record<string, number>): number {
  return Object.entries(actual).reduce(
    (sum, [tag, n]) => sum + Math.max(0, n - (clean[tag] ?? 0)),
    0,
  );
}

/** Attributes named on… anywhere under `root`. */
function handlerAttributes(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    for (const name of el.getAttributeNames()) {
      if (name.startsWith('on')) found.push(`<${el.localName} ${name}>`);
    }
    if (el.shadowRoot) found.push(...handlerAttributes(el.shadowRoot));
  }
  return found;
}

const ALLOWED_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];

/** Every link under `root`; each must be http(s), mailto, tel or relative, with only `href`. */
function checkLinks(root: ParentNode): HTMLAnchorElement[] {
  const links = [...root.querySelectorAll('a')];
  for (const link of links) {
    figures.links++;
    const safe =
      ALLOWED_PROTOCOLS.includes(link.protocol) &&
      ALLOWED_PROTOCOLS.includes(new URL(link.getAttribute('href')!, document.baseURI).protocol);
    if (!safe) figures.unsafeLinks++;
    expect(safe, `unsafe link ${JSON.stringify(link.getAttribute('href'))}`).to.equal(true);
    expect(link.getAttributeNames(), 'a link carries only its href').to.deep.equal(['href']);
  }
  return links;
}

/**
 * Compares a payload render with a clean one: the same elements (links aside: they are checked on
 * their own), no handler attributes, safe links.
 */
function expectClean(actual: Widget, clean: Widget, what: string, ignoreLinks = false) {
  figures.renders++;
  const got = census(actual.shadowRoot!);
  const want = census(clean.shadowRoot!);
  if (ignoreLinks) {
    delete got.a;
    delete want.a;
  }
  figures.injectedElements += extra(got, want);
  expect(got, `${what}: the same elements as a clean render`).to.deep.equal(want);
  const handlers = handlerAttributes(actual.shadowRoot!);
  figures.handlerAttributes += handlers.length;
  expect(handlers, `${what}: no event-handler attributes`).to.deep.equal([]);
  checkLinks(actual.shadowRoot!);
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/**
 * Lets any injected image fail to load and any injected handler run: a control image with the
 * payloads' `src` and an inline `onerror` must run its handler (so handlers do run in this page),
 * and then nothing from a payload may have run.
 */
async function settle() {
  await nextFrame();
  const before = window.__ctl ?? 0;
  const control = document.createElement('img');
  controlImages.add(control);
  control.setAttribute('onerror', 'window.__ctl=(window.__ctl||0)+1');
  control.src = 'x';
  document.body.append(control);
  await waitUntil(() => (window.__ctl ?? 0) > before, 'the control image ran its inline handler');
  control.remove();
  figures.controls++;
  await nextFrame();
  expect(window.__x, 'no payload script ran').to.equal(undefined);
  expect(violations, 'no security-policy violation').to.deep.equal([]);
  expect(errors, 'no error, no injected resource').to.deep.equal([]);
}

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

let stage: HTMLElement;

async function render<T extends Widget>(
  tag: string,
  attributes: Record<string, string>,
  children: Node[] = [],
): Promise<T> {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  stage.append(el);
  await el.updateComplete;
  return el;
}

const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** The same attributes with every value replaced. */
const withAll = (names: string[], value: string) =>
  Object.fromEntries(names.map((name) => [name, value]));

/** Types into a count input as a person does, then leaves it. */
function typeInto(input: HTMLInputElement, text: string) {
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Asks the timeline for its calendar file, without downloading it. */
function calendarOf(el: TreatmentTimeline): Promise<string> {
  return new Promise((resolve) => {
    el.addEventListener(
      'timeline-calendar',
      (event: TimelineCalendarEvent) => {
        event.preventDefault();
        resolve(event.detail.ics);
      },
      { once: true },
    );
    part(el, 'calendar-button')!.click();
  });
}

/** The content lines of a calendar file, unfolded; each physical line free of CR and LF. */
function contentLines(ics: string): string[] {
  expect(ics.endsWith('\r\n'), 'ends with CRLF').to.equal(true);
  const physical = ics.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(/[\r\n]/.test(line), `a bare line break in ${JSON.stringify(line)}`).to.equal(false);
  }
  const lines: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  return lines;
}
const propertyNames = (ics: string) => contentLines(ics).map((line) => line.split(/[:;]/)[0]);

/** What a TEXT value reads as after escaping and parsing: CR and other controls dropped. */
const asCalendarText = (text: string) =>
  // eslint-disable-next-line no-control-regex -- the controls iCalendar TEXT cannot carry
  text.replace(/\r/g, '').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');

function events(ics: string): ICAL.Component[] {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  expect(calendar.getAllSubcomponents().map((c) => c.name)).to.satisfy((names: string[]) =>
    names.every((name) => name === 'vevent'),
  );
  return calendar.getAllSubcomponents('vevent');
}

/** Every message id the widgets use (from a shipped translation). */
async function messageIds(): Promise<string[]> {
  const groups = await Promise.all(Object.values(LOCALE_LOADERS.es).map((load) => load()));
  return groups.flatMap((group) => Object.keys(group.templates));
}

/** One of each widget, showing as much of its text as possible. */
async function renderAll(): Promise<Widget[]> {
  return [
    await render<BenefitsList>('benefits-list', {}),
    await render<BotoxCandidacyCheck>('botox-candidacy-check', {
      mode: 'form',
      'clinic-name': 'Clinic',
      'consultation-href': '/book',
    }),
    await render<TreatmentTimeline>('treatment-timeline', {
      'start-date': '2026-03-02',
      today: '2026-04-01',
    }),
  ];
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

describe('injection: clinic and patient text stays text', () => {
  let warnings: ReturnType<typeof captureWarnings>;

  before(() => {
    document.addEventListener('securitypolicyviolation', onViolation);
    window.addEventListener('error', onError, true);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    document.removeEventListener('securitypolicyviolation', onViolation);
    window.removeEventListener('error', onError, true);
    window.removeEventListener('unhandledrejection', onRejection);
    console.log(
      `[injection] ${PAYLOADS.length} payloads, ${figures.renders} renders compared with clean ones: ` +
        `${figures.injectedElements} injected elements, ${figures.handlerAttributes} handler attributes, ` +
        `${window.__x ?? 0} script executions, ${violations.length} policy violations, ${errors.length} errors; ` +
        `${figures.links} links checked, ${figures.unsafeLinks} unsafe; ${figures.calendars} calendar files checked; ` +
        `${figures.controls} control handlers ran`,
    );
  });
  beforeEach(() => {
    warnings = captureWarnings();
    stage = document.createElement('div');
    document.body.append(stage);
  });
  afterEach(async () => {
    warnings.restore();
    stage.remove();
    clearMessages();
    await followDocumentLocale();
  });

  it('the detectors see an extra element, a handler attribute and an unsafe link', async () => {
    const clean = await render<BenefitsList>('benefits-list', {});
    const tampered = await render<BenefitsList>('benefits-list', {});
    const img = document.createElement('img');
    img.setAttribute('onclick', 'void 0');
    tampered.shadowRoot!.append(img);
    expect(extra(census(tampered.shadowRoot!), census(clean.shadowRoot!))).to.equal(1);
    expect(handlerAttributes(tampered.shadowRoot!)).to.deep.equal(['<img onclick>']);
    img.remove();
    const link = document.createElement('a');
    link.setAttribute('href', 'javascript:void 0');
    const box = document.createElement('div');
    box.append(link);
    expect(() => checkLinks(box)).to.throw('unsafe link');
    figures.links--;
    figures.unsafeLinks--;
    await settle();
  });

  it('<benefits-list>: heading, items, other attributes and slotted items', async () => {
    const names = ['heading', 'items', 'layout', 'heading-level', 'theme'];
    const own = (text: string) => {
      const li = document.createElement('li');
      li.textContent = text;
      return li;
    };
    const clean = await render<BenefitsList>(
      'benefits-list',
      { ...withAll(names, 'nonsense'), heading: 'Our heading' },
      [own('Our own point')],
    );
    for (const payload of PAYLOADS) {
      const el = await render<BenefitsList>('benefits-list', withAll(names, payload), [
        own(payload),
      ]);
      expectClean(el, clean, `benefits-list ${JSON.stringify(payload)}`);
      expect(part(el, 'heading')!.textContent, 'the heading as text').to.equal(payload);
      expect(el.querySelector('li')!.children, 'the slotted item keeps its text').to.have.length(0);
      expect(el.querySelector('li')!.textContent).to.equal(payload);
    }
    await settle();
  });

  it('<botox-candidacy-check>: clinic name, link, checks and other attributes', async () => {
    const names = ['clinic-name', 'consultation-href', 'checks', 'step', 'name', 'theme'];
    const clean = await render<BotoxCandidacyCheck>('botox-candidacy-check', {
      ...withAll(names, 'nonsense'),
      mode: 'form',
    });
    for (const payload of PAYLOADS) {
      const el = await render<BotoxCandidacyCheck>('botox-candidacy-check', {
        ...withAll(names, payload),
        mode: 'form',
      });
      expectClean(el, clean, `botox-candidacy-check ${JSON.stringify(payload)}`, true);
      expect(part(el, 'cta')!.textContent, 'the clinic name as text').to.contain(payload);
    }
    await settle();
  });

  it('<botox-candidacy-check>: typed answers and `answers` with string payloads', async () => {
    const clean = await render<BotoxCandidacyCheck>('botox-candidacy-check', { mode: 'form' });
    const inputs = (el: BotoxCandidacyCheck) => [
      ...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[part~="input"]'),
    ];
    for (const input of inputs(clean)) typeInto(input, 'abc');
    await clean.updateComplete;
    expect(clean.shadowRoot!.querySelectorAll('[part~="error"]')).to.have.length(4);

    for (const payload of PAYLOADS) {
      const el = await render<BotoxCandidacyCheck>('botox-candidacy-check', { mode: 'form' });
      for (const input of inputs(el)) typeInto(input, payload);
      await el.updateComplete;
      expectClean(el, clean, `typed ${JSON.stringify(payload)}`);
      for (const input of inputs(el)) {
        expect(input.value, 'the input holds the typed text').to.equal(
          payload.replace(/[\r\n]/g, ''),
        );
      }
      expect(el.result.outcome).to.equal('incomplete');
    }

    const unanswered = await render('botox-candidacy-check', { mode: 'form' });
    const answered = await render<BotoxCandidacyCheck>('botox-candidacy-check', { mode: 'form' });
    for (const payload of PAYLOADS) {
      const hostile: Record<string, unknown> = {
        headacheDays: payload,
        months: payload,
        painRelieverDays: payload,
        triptanDays: payload,
        adult: payload,
        longHeadaches: payload,
        priorTreatment: payload,
        commitment: payload,
        safety: { allergy: payload, [payload]: true },
        [payload]: payload,
      };
      for (const value of [hostile, payload, JSON.stringify(hostile), [payload]]) {
        answered.answers = value as CandidacyAnswers;
        await answered.updateComplete;
        expect(answered.answers, 'nothing of it is kept').to.deep.equal({});
        expectClean(answered, unanswered, `answers with ${JSON.stringify(payload)}`);
      }
    }
    await settle();
  });

  it('`consultation-href`: only http(s), mailto, tel or relative links', async () => {
    const dangerous = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      '\tjavascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      'java\u0000script:alert(1)',
      '\u0001javascript:alert(1)',
      '\u00a0javascript:alert(1)',
      '\ufeffjavascript:alert(1)',
      'javascript://%0aalert(1)',
      `javascript:${RUN}`,
      'data:text/html,<script>alert(1)</script>',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'DATA:image/svg+xml,<svg onload=alert(1)>',
      'vbscript:msgbox(1)',
      'VBScript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://clinic.example/1234',
      'about:blank',
      'view-source:https://clinic.example/',
      'filesystem:https://clinic.example/temporary/x',
      'jar:file:///x!/y',
      'ftp://clinic.example/',
      '\\\\evil.example/book',
      '/\\evil.example/book',
      'https:\\\\evil.example',
      'https://clinic.example/book" onclick="alert(1)',
      '\ud800javascript:alert(1)',
    ];
    const inert = [
      // Relative links whose text only looks like a scheme: harmless, allowed.
      'javascript&colon;alert(1)',
      '&#106;avascript:alert(1)',
      '%6Aavascript:alert(1)',
      '\u200bjavascript:alert(1)',
      "https://clinic.example/'><script>alert(1)</script>",
      '//evil.example/book',
      'http://evil.example@clinic.example/',
    ];
    const safe = [
      '/book',
      'book.html',
      '?consult=1',
      '#book',
      'https://clinic.example/book',
      'http://clinic.example/book',
      'mailto:desk@clinic.example',
      'tel:+15551234567',
    ];
    let shown = 0;
    for (const href of [...dangerous, ...inert, ...safe]) {
      // No switchable checks: six questions (age and safety are always asked), the result is step 6.
      const el = await render<BotoxCandidacyCheck>('botox-candidacy-check', {
        checks: '',
        step: '6',
        'consultation-href': href,
      });
      expect(part(el, 'result'), 'the result shows').to.not.equal(null);
      const links = checkLinks(el.shadowRoot!);
      if (dangerous.includes(href))
        expect(links, `no link for ${JSON.stringify(href)}`).to.deep.equal([]);
      if (safe.includes(href)) {
        expect(links, `a link for ${JSON.stringify(href)}`).to.have.length(1);
        expect(links[0].getAttribute('href')).to.equal(href);
      }
      shown += links.length;
      el.remove();
    }
    expect(shown, 'the safe and inert links were shown').to.equal(safe.length + inert.length);
    await settle();
  });

  it('<treatment-timeline>: heading, clinic name and other attributes', async () => {
    const names = [
      'heading',
      'clinic-name',
      'start-date',
      'today',
      'interval-weeks',
      'sessions',
      'orientation',
      'heading-level',
      'theme',
    ];
    const clean = await render<TreatmentTimeline>('treatment-timeline', {
      ...withAll(names, 'nonsense'),
      heading: 'Our plan',
      'clinic-name': 'Clinic',
    });
    for (const payload of PAYLOADS) {
      const el = await render<TreatmentTimeline>('treatment-timeline', withAll(names, payload));
      expectClean(el, clean, `treatment-timeline ${JSON.stringify(payload)}`);
      expect(part(el, 'heading')!.textContent).to.equal(payload);
      expect(part(el, 'description')!.textContent, 'the clinic name as text').to.contain(
        payload.trim(),
      );
    }
    await settle();
  });

  it('the calendar file escapes a hostile clinic name', async () => {
    const hostile = [
      ...PAYLOADS,
      'Clinic\r\nATTENDEE:mailto:evil@example.com',
      'Clinic\nEND:VEVENT\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\nSUMMARY:Free Botox',
      'Clinic\rX-INJECTED:1',
      'Clinic;X-PARAM=1:evil',
      'Clinic,Evil\\nBEGIN:VALARM\\, \\; \\\\',
      'Clinic\u0000\u000b\u001bEND:VCALENDAR\u007f',
      'Clinic\u2028LOCATION:elsewhere\u2029',
      `${'Ünïcödé 诊所 🏥 '.repeat(12)}\nEND:VEVENT`,
    ];
    const dated = { 'start-date': '2026-03-02', today: '2026-04-01' };
    const clean = await render<TreatmentTimeline>('treatment-timeline', {
      ...dated,
      'clinic-name': 'Clinic',
    });
    const cleanNames = propertyNames(await calendarOf(clean));
    expect(cleanNames).to.include('LOCATION');
    for (const clinic of hostile) {
      const el = await render<TreatmentTimeline>('treatment-timeline', {
        ...dated,
        'clinic-name': clinic,
      });
      const ics = await calendarOf(el);
      figures.calendars++;
      expect(propertyNames(ics), `the same lines for ${JSON.stringify(clinic)}`).to.deep.equal(
        cleanNames,
      );
      const expected = asCalendarText(clinic.trim());
      for (const event of events(ics)) {
        expect(String(event.getFirstPropertyValue('location'))).to.equal(expected);
        expect(event.getAllProperties().map((p) => p.name)).to.deep.equal([
          'uid',
          'dtstamp',
          'dtstart',
          'dtend',
          'summary',
          'description',
          'location',
          'transp',
        ]);
      }
      el.remove();
    }
    await settle();
  });

  it('wording overrides (`setMessages`) render as text, in the page and the calendar file', async () => {
    const ids = await messageIds();
    expect(ids.length, 'every message id').to.be.greaterThan(100);
    const clean = await renderAll();
    const cleanCensus = clean.map((el) => census(el.shadowRoot!));
    const cleanCalendar = propertyNames(await calendarOf(clean[2] as TreatmentTimeline));
    for (const el of clean) el.remove();

    for (const payload of PAYLOADS) {
      setMessages('en', Object.fromEntries(ids.map((id) => [id, `${payload} {0}`])));
      const widgets = await renderAll();
      widgets.forEach((el, i) => {
        figures.renders++;
        const got = census(el.shadowRoot!);
        figures.injectedElements += extra(got, cleanCensus[i]);
        expect(got, `${el.localName} with ${JSON.stringify(payload)}`).to.deep.equal(
          cleanCensus[i],
        );
        expect(handlerAttributes(el.shadowRoot!)).to.deep.equal([]);
        checkLinks(el.shadowRoot!);
        expect(el.shadowRoot!.textContent, 'the wording as text').to.contain(payload);
      });
      const ics = await calendarOf(widgets[2] as TreatmentTimeline);
      figures.calendars++;
      expect(propertyNames(ics), 'the calendar file has the same lines').to.deep.equal(
        cleanCalendar,
      );
      // (`{0}`-style placeholders in a wording are filled in, as documented.)
      const written = /\{\d+\}/.test(payload) ? '%s $& $1' : asCalendarText(payload);
      for (const event of events(ics)) {
        expect(String(event.getFirstPropertyValue('summary'))).to.contain(written);
      }
      for (const el of widgets) el.remove();
      clearMessages('en');
    }
    await settle();
  });

  it('a registered language (`registerLocale`) renders as text', async () => {
    const ids = await messageIds();
    const clean = await renderAll();
    const cleanCensus = clean.map((el) => census(el.shadowRoot!));
    for (const el of clean) el.remove();

    // A payload as the language code or as the direction is refused.
    for (const payload of PAYLOADS) registerLocale(payload, { 'benefits.heading': payload });
    PAYLOADS.forEach((payload, i) => {
      const code = `qa${String.fromCharCode(97 + i)}`;
      registerLocale(code, Object.fromEntries(ids.map((id) => [id, `${payload} {0}`])), {
        dir: payload as 'ltr',
      });
    });
    for (const [i, payload] of PAYLOADS.entries()) {
      await setLocale(`qa${String.fromCharCode(97 + i)}`);
      const widgets = await renderAll();
      widgets.forEach((el, j) => {
        figures.renders++;
        const got = census(el.shadowRoot!);
        figures.injectedElements += extra(got, cleanCensus[j]);
        expect(got, `${el.localName} in a language with ${JSON.stringify(payload)}`).to.deep.equal(
          cleanCensus[j],
        );
        expect(handlerAttributes(el.shadowRoot!)).to.deep.equal([]);
        checkLinks(el.shadowRoot!);
        expect(el.shadowRoot!.textContent).to.contain(payload);
        expect(part(el, 'base')!.getAttribute('dir'), 'a refused direction').to.equal('ltr');
      });
      for (const el of widgets) el.remove();
    }
    await setLocale('en');
    await settle();
  });
});
