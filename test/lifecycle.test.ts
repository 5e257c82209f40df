/**
 * Real pages move widgets around: a CMS re-renders a column, a framework moves a node, a tab
 * panel detaches its content, the language or colour scheme changes while someone is typing.
 * None of it may lose what the person has entered or leave anything behind:
 *
 * - each element keeps its state (answers, typed text, the current question, open disclosures)
 *   through remove + re-insert, a move to another container, `setLocale` and `theme` changes —
 *   including a language change while it is detached;
 * - 100 connect/disconnect cycles of each element leave no listener on `window` or `document`,
 *   no extra observer, and no subscription to the language runtime (a disconnected element is
 *   not updated by `setLocale`; a connected one exactly once).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../src/define.js';
import type { BenefitsList } from '../src/components/benefits-list/benefits-list.js';
import type { BotoxCandidacyCheck } from '../src/components/botox-candidacy-check/botox-candidacy-check.js';
import type { TreatmentTimeline } from '../src/components/treatment-timeline/treatment-timeline.js';
import type { CandidacyAnswers, CountField } from '../src/logic/candidacy/index.js';
import { followDocumentLocale, setLocale } from '../src/localization/locale.js';
import { LIKELY } from './fixtures/candidacy-answers.js';
import { benefits, candidacy, harness, textOf, timeline } from './harness/index.js';
import { waitUntil } from './helpers.js';

const inRoot = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  harness(el).queryAll<T>(selector);
const heading = (el: Element) => textOf(harness(el).heading());
const checkOf = (el: LitElement) => candidacy(el as BotoxCandidacyCheck);

async function press(el: LitElement, control: HTMLElement, key: string): Promise<void> {
  control.focus();
  await sendKeys({ press: key });
  await el.updateComplete;
}
const buttonIn = (el: LitElement, label: string) => {
  const found = checkOf(el).button(label);
  if (!found) throw new Error(`<${el.localName}> has no button "${label}"`);
  return found;
};
const choiceIn = (el: LitElement, label: string) => checkOf(el).choice(label);
/** Types with the keyboard into the number input `id`; `commit` presses Tab to leave it. */
async function typeInto(el: LitElement, id: CountField, text: string, commit: boolean) {
  const input = checkOf(el).input(id)!;
  input.focus();
  await sendKeys({ type: text });
  if (commit) await sendKeys({ press: 'Tab' });
  await el.updateComplete;
}

/**
 * What the person sees of their own input, independent of the language: every text input's value
 * and every choice's checked state in order, the question shown, the open disclosures.
 */
function visibleState(el: Element) {
  return {
    inputs: inRoot<HTMLInputElement>(el, 'input').map((i) =>
      i.type === 'text' ? i.value : i.checked,
    ),
    question: inRoot<HTMLProgressElement>(el, 'progress').map((p) => p.value),
    errors: inRoot(el, '[part="error"]').length,
    open: inRoot<HTMLDetailsElement>(el, 'details').map((d) => d.open),
    current: inRoot(el, 'ol[part="list"] > li').findIndex(
      (li) => li.getAttribute('aria-current') === 'step',
    ),
  };
}

/** The host-visible state: the check's answers and step, the timeline's schedule. */
function modelState(el: Element): unknown {
  if (el.localName === 'botox-candidacy-check') {
    const check = el as BotoxCandidacyCheck;
    return { answers: check.answers, step: check.step };
  }
  if (el.localName === 'treatment-timeline') return (el as TreatmentTimeline).schedule;
  return (el as BenefitsList).items ?? null;
}

interface Case {
  name: string;
  render: () => ReturnType<typeof html>;
  /** The person's part of the work, done before the element is moved around. */
  interact: (el: LitElement) => Promise<void>;
  /**
   * The check's answers once the number still being typed is committed: the browser commits it
   * (a change event) as soon as the field loses focus, which removing the element does.
   */
  committed?: CandidacyAnswers;
  /** Finishes the work afterwards: proves the element still works. */
  finish?: (el: LitElement) => Promise<void>;
}

/** Every leaf of a JSON value, by path. */
function leaves(value: unknown, path = '', out = new Map<string, unknown>()) {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) leaves(child, `${path}/${key}`, out);
  } else {
    out.set(path, value);
  }
  return out;
}
/** How many values of `before` are missing or different in `after`. */
const lostValues = (before: unknown, after: unknown) => {
  const now = leaves(after);
  return [...leaves(before)].filter(([path, value]) => now.get(path) !== value).length;
};

const CASES: Case[] = [
  {
    name: 'botox-candidacy-check (steps): four answers given, one number typed, one being typed',
    render: () => html`<botox-candidacy-check></botox-candidacy-check>`,
    interact: async (el) => {
      await typeInto(el, 'headacheDays', '20', false);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await typeInto(el, 'months', '6', false);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await press(el, choiceIn(el, 'Yes'), 'Space');
      await press(el, buttonIn(el, 'Next'), 'Enter');
      await press(el, choiceIn(el, 'Yes, but they did not help enough'), 'Space');
      // That answer asks how many preventive medicines were tried: question 4 needs the number too.
      await typeInto(el, 'preventivesTried', '3', true);
      await press(el, buttonIn(el, 'Next'), 'Enter');
      // Question 5: one number entered, the other still being typed (no change event yet).
      await typeInto(el, 'painRelieverDays', '2', true);
      await typeInto(el, 'triptanDays', '4', false);
      const check = el as BotoxCandidacyCheck;
      expect(check.answers).to.deep.equal({
        headacheDays: 20,
        months: 6,
        longHeadaches: true,
        priorTreatment: 'not-helped',
        preventivesTried: 3,
        painRelieverDays: 2,
      } satisfies CandidacyAnswers);
      expect(check.step).to.equal(4);
      expect(visibleState(el).inputs).to.deep.equal(['2', '4']);
    },
    committed: {
      headacheDays: 20,
      months: 6,
      longHeadaches: true,
      priorTreatment: 'not-helped',
      preventivesTried: 3,
      painRelieverDays: 2,
      triptanDays: 4,
    },
    finish: async (el) => {
      // Enter in the field still being typed commits it and goes on.
      await press(el, checkOf(el).input('triptanDays')!, 'Enter');
      await press(el, choiceIn(el, 'Yes, I can'), 'Space');
      await press(el, buttonIn(el, 'Next'), 'Enter');
      await press(el, choiceIn(el, 'Yes'), 'Space');
      await press(el, buttonIn(el, 'Next'), 'Enter');
      await press(el, choiceIn(el, 'None of these apply to me'), 'Space');
      await press(el, buttonIn(el, 'See my result'), 'Enter');
      const check = el as BotoxCandidacyCheck;
      expect(check.answers).to.deep.equal(LIKELY);
      expect(check.result.outcome).to.equal('likely');
    },
  },
  {
    name: 'botox-candidacy-check (form): some answers, one invalid number with its error',
    render: () => html`<botox-candidacy-check mode="form"></botox-candidacy-check>`,
    interact: async (el) => {
      await typeInto(el, 'headacheDays', '18', true);
      await typeInto(el, 'months', 'abc', true);
      // "No" to the first yes/no question (how long headaches last).
      await press(el, checkOf(el).choiceFor('longHeadaches', false), 'Space');
      await press(el, choiceIn(el, 'I am not sure'), 'Space');
      await typeInto(el, 'triptanDays', '3', false);
      expect((el as BotoxCandidacyCheck).answers).to.deep.equal({
        headacheDays: 18,
        longHeadaches: false,
        commitment: 'unsure',
      } satisfies CandidacyAnswers);
      expect(visibleState(el).errors, 'the error for "abc" shows').to.equal(1);
    },
    committed: { headacheDays: 18, longHeadaches: false, commitment: 'unsure', triptanDays: 3 },
    finish: async (el) => {
      const check = el as BotoxCandidacyCheck;
      checkOf(el).input('months')!.select();
      await typeInto(el, 'months', '7', true);
      expect(check.answers.months).to.equal(7);
      expect(check.answers.triptanDays, 'the typed draft commits').to.equal(3);
    },
  },
  {
    name: 'benefits-list (expandable): two disclosures opened',
    render: () => html`<benefits-list expandable></benefits-list>`,
    interact: async (el) => {
      const list = benefits(el as BenefitsList);
      list.toggle(0);
      list.toggle(2);
      expect(visibleState(el).open).to.deep.equal([true, false, true, false]);
    },
  },
  {
    name: 'treatment-timeline (dated): the current step',
    render: () =>
      html`<treatment-timeline start-date="2026-03-02" today="2026-04-15"></treatment-timeline>`,
    interact: async (el) => {
      expect(visibleState(el).current).to.be.greaterThan(0);
    },
    finish: async (el) => {
      let fired = 0;
      el.addEventListener('timeline-calendar', (event) => {
        event.preventDefault();
        fired++;
      });
      void timeline(el as TreatmentTimeline).downloadCalendar();
      await waitUntil(() => fired > 0, 'timeline-calendar fired');
      expect(fired).to.equal(1);
    },
  },
];

describe('lifecycle', () => {
  afterEach(async () => {
    document.documentElement.lang = 'en';
    await followDocumentLocale();
  });

  describe('state survives being moved, re-inserted and re-styled', () => {
    for (const testCase of CASES) {
      it(testCase.name, async () => {
        const page = await fixture<HTMLElement>(
          html`<div>
            <section id="a">${testCase.render()}</section>
            <section id="b"></section>
          </div>`,
        );
        const [a, b] = [page.querySelector('#a')!, page.querySelector('#b')!];
        const el = a.firstElementChild as LitElement;
        await el.updateComplete;
        await testCase.interact(el);
        const seen = visibleState(el);
        const model = testCase.committed
          ? { answers: testCase.committed, step: (el as BotoxCandidacyCheck).step }
          : modelState(el);
        const english = heading(el);
        let lost = 0;

        const check = async (step: string) => {
          await el.updateComplete;
          lost += lostValues(seen, visibleState(el)) + lostValues(model, modelState(el));
          expect(visibleState(el), `${step}: what the person sees`).to.deep.equal(seen);
          expect(modelState(el), `${step}: the element's state`).to.deep.equal(model);
        };

        el.remove();
        a.append(el);
        await check('removed and re-inserted');
        b.append(el);
        await check('moved to another container');
        await setLocale('es');
        await check('setLocale("es")');
        expect(heading(el), 'speaks Spanish').not.to.equal(english);
        const spanish = heading(el);
        el.setAttribute('theme', 'dark');
        await check('theme="dark"');
        // The language changes while the element is detached (a hidden tab panel, say).
        el.remove();
        await setLocale('ar');
        a.append(el);
        await check('setLocale("ar") while detached, then re-inserted');
        expect(heading(el), 'speaks Arabic after re-insertion').to.match(/[\u0600-\u06ff]/);
        expect(heading(el)).not.to.equal(spanish);
        el.removeAttribute('theme');
        await setLocale('en');
        await check('back to English, theme removed');
        expect(heading(el)).to.equal(english);

        console.log(`lifecycle: ${testCase.name}: values lost: ${lost}`);
        expect(lost).to.equal(0);
        await testCase.finish?.(el);
      });
    }
  });

  describe('100 connect/disconnect cycles leave nothing behind', () => {
    let net: Map<string, number>;
    let observers: number;
    let undo: (() => void)[];

    /** Counts net listener registrations on window and document, and new observers. */
    function instrument() {
      net = new Map();
      observers = 0;
      undo = [];
      const proto = EventTarget.prototype;
      const { addEventListener: add, removeEventListener: remove } = proto;
      /** The listeners registered on window and document, by target, type and capture. */
      const live = new Map<string, Set<unknown>>();
      const keyOf = (target: EventTarget, type: string, options?: boolean | EventListenerOptions) =>
        `${target === window ? 'window' : 'document'}:${type}${
          (typeof options === 'boolean' ? options : options?.capture) ? ':capture' : ''
        }`;
      const track = (
        target: EventTarget,
        type: string,
        listener: unknown,
        options: unknown,
        on: boolean,
      ) => {
        if ((target !== window && target !== document) || !listener) return;
        const key = keyOf(target, type, options as boolean | EventListenerOptions | undefined);
        const set = live.get(key) ?? new Set();
        live.set(key, set);
        // The platform ignores duplicate registrations and removals of unknown listeners.
        if (on === set.has(listener)) return;
        if (on) set.add(listener);
        else set.delete(listener);
        net.set(key, (net.get(key) ?? 0) + (on ? 1 : -1));
      };
      proto.addEventListener = function (this: EventTarget, ...args: Parameters<typeof add>) {
        track(this, args[0], args[1], args[2], true);
        return add.apply(this, args);
      };
      proto.removeEventListener = function (this: EventTarget, ...args: Parameters<typeof remove>) {
        track(this, args[0], args[1], args[2], false);
        return remove.apply(this, args);
      };
      undo.push(() => {
        proto.addEventListener = add;
        proto.removeEventListener = remove;
      });
      for (const name of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver'] as const) {
        const original = window[name];
        window[name] = new Proxy(original, {
          construct(target, args, newTarget) {
            observers++;
            return Reflect.construct(target, args, newTarget) as object;
          },
        }) as never;
        undo.push(() => {
          window[name] = original as never;
        });
      }
    }
    afterEach(() => undo.reverse().forEach((step) => step()));

    /** Counts the element's update requests (the language runtime calls `requestUpdate`). */
    function countUpdates(el: LitElement): { count: number } {
      const counter = { count: 0 };
      const original = el.requestUpdate.bind(el);
      el.requestUpdate = (...args: Parameters<LitElement['requestUpdate']>) => {
        counter.count++;
        original(...args);
      };
      return counter;
    }

    it('the instruments see a leaked listener and a new observer (so 0 means 0)', () => {
      instrument();
      const listener = () => undefined;
      window.addEventListener('resize', listener);
      window.addEventListener('resize', listener);
      document.addEventListener('keydown', listener, true);
      new MutationObserver(listener).disconnect();
      expect(Object.fromEntries(net)).to.deep.equal({
        'window:resize': 1,
        'document:keydown:capture': 1,
      });
      document.removeEventListener('keydown', listener);
      expect(net.get('document:keydown:capture'), 'not the capture one').to.equal(1);
      document.removeEventListener('keydown', listener, true);
      window.removeEventListener('resize', listener);
      expect([...net.values()]).to.deep.equal([0, 0]);
      expect(observers).to.equal(1);
    });

    for (const tag of ['benefits-list', 'botox-candidacy-check', 'treatment-timeline'] as const) {
      it(`<${tag}>`, async () => {
        const container = await fixture<HTMLElement>(html`<div></div>`);
        const el = document.createElement(tag) as LitElement;
        if (tag === 'treatment-timeline') el.setAttribute('start-date', '2026-03-02');
        // First connection outside the count: the language runtime starts once per page.
        container.append(el);
        await el.updateComplete;
        el.remove();

        instrument();
        const updates = countUpdates(el);
        for (let i = 0; i < 100; i++) {
          container.append(el);
          await el.updateComplete;
          el.remove();
        }
        const extra = [...net.values()].reduce((sum, n) => sum + n, 0);
        const detail = Object.fromEntries([...net].filter(([, n]) => n !== 0));

        // Detached: a language change must not reach the element.
        updates.count = 0;
        await setLocale('es');
        const whileDetached = updates.count;
        // Connected again: exactly one update per language change (one subscription, not 101).
        container.append(el);
        await el.updateComplete;
        updates.count = 0;
        await setLocale('fr');
        await el.updateComplete;
        const whileConnected = updates.count;
        el.remove();

        console.log(
          `lifecycle: <${tag}> after 100 cycles: ${extra} extra window/document listener(s) ${JSON.stringify(detail)}, ${observers} new observer(s); updates on setLocale: ${whileDetached} detached, ${whileConnected} connected`,
        );
        expect(extra, JSON.stringify(detail)).to.equal(0);
        expect(observers).to.equal(0);
        expect(whileDetached, 'a detached element is not subscribed').to.equal(0);
        expect(whileConnected, 'one subscription while connected').to.equal(1);
      });
    }
  });
});
