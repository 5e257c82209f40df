/**
 * The page side of `npm run bench` (scripts/bench.mjs builds it with the script-tag settings
 * and drives it from Node). It defines the three elements and offers one measurement per call,
 * each returning milliseconds; the harness alternates variants and pages and does the statistics.
 */
import '../../src/define.js';
import { setLocale } from '../../src/index.js';
import type { BotoxCandidacyCheck } from '../../src/index.js';
import { LitElement, css, html } from 'lit';
import { LIKELY } from '../fixtures/candidacy-answers.js';

/**
 * The control: Lit's own hello world (one styled paragraph), measured the same way, shows what
 * any Lit element costs over static HTML before it does anything of its own.
 */
customElements.define(
  'lit-hello',
  class extends LitElement {
    static override styles = css`
      :host {
        display: block;
        padding: 1rem;
      }
    `;
    override render() {
      return html`<p>Hello, world</p>`;
    }
  },
);

/** The markup of each measured element, with the attributes a clinic would typically set. */
export const ELEMENTS = {
  'benefits-list': '<benefits-list></benefits-list>',
  'treatment-timeline':
    '<treatment-timeline start-date="2026-12-01" today="2026-11-24" clinic-name="NorCal Pain Treatment Center"></treatment-timeline>',
  'botox-candidacy-check':
    '<botox-candidacy-check mode="form" clinic-name="NorCal Pain Treatment Center"></botox-candidacy-check>',
  'lit-hello': '<lit-hello></lit-hello>',
} as const;
type Tag = keyof typeof ELEMENTS;

const stage = (): HTMLElement => document.getElementById('stage') as HTMLElement;

/** Forces style and layout of everything inserted, so both variants pay for the same work. */
const layout = (): number => stage().getBoundingClientRect().height;

const rendered = (): Promise<unknown> =>
  Promise.all(
    [...stage().querySelectorAll<LitElement>('*')]
      .filter((node) => 'updateComplete' in node)
      .map((node) => node.updateComplete),
  );

/**
 * The final DOM of one rendered element as static HTML: a host that is not a custom element,
 * holding a declarative shadow root with the same styles and the same shadow content. Lit's
 * comment markers are dropped, so the limit is plain HTML.
 */
async function staticMarkup(tag: Tag): Promise<string> {
  const holder = document.createElement('div');
  stage().append(holder);
  holder.setHTMLUnsafe(ELEMENTS[tag]);
  const element = holder.firstElementChild as LitElement;
  await element.updateComplete;
  const styles = (element.constructor as typeof LitElement).elementStyles
    .map((style) => ('cssText' in style ? style.cssText : ''))
    .join('\n');
  const shadow = (element.shadowRoot as ShadowRoot).getHTML().replace(/<!--[^]*?-->/g, '');
  const attributes = [...element.attributes].map((a) => ` ${a.name}="${a.value}"`).join('');
  holder.remove();
  return `<${tag}-static${attributes}><template shadowrootmode="open"><style>${styles}</style>${shadow}</template></${tag}-static>`;
}

/** Upgrade and first render of `count` instances, to laid-out pixels. */
async function upgrade(tag: Tag, count: number): Promise<number> {
  stage().replaceChildren();
  const markup = ELEMENTS[tag].repeat(count);
  const start = performance.now();
  stage().setHTMLUnsafe(markup);
  await rendered();
  layout();
  return performance.now() - start;
}

/** The same final DOM inserted as static HTML: the physical limit for `upgrade`. */
async function insertStatic(markup: string, count: number): Promise<number> {
  stage().replaceChildren();
  const all = markup.repeat(count);
  const start = performance.now();
  stage().setHTMLUnsafe(all);
  layout();
  return performance.now() - start;
}

let check: BotoxCandidacyCheck | undefined;
let commitment = 'yes';

/** A completed form-mode check: each call clicks the other commitment answer and waits for the new result. */
async function clickToResult(): Promise<number> {
  if (!check) {
    stage().replaceChildren();
    stage().setHTMLUnsafe(ELEMENTS['botox-candidacy-check']);
    check = stage().firstElementChild as BotoxCandidacyCheck;
    check.answers = LIKELY;
    await check.updateComplete;
  }
  commitment = commitment === 'yes' ? 'no' : 'yes';
  // The commitment answers, in order: yes, unsure, no.
  const radios = check.shadowRoot?.querySelectorAll<HTMLInputElement>('input[name="commitment"]');
  const radio = radios?.[commitment === 'yes' ? 0 : 2];
  if (!radio) throw new Error(`no "${commitment}" answer to click`);
  const before = check.result.outcome;
  const start = performance.now();
  radio.click();
  await check.updateComplete;
  layout();
  const took = performance.now() - start;
  if (check.result.outcome === before) throw new Error('the click did not change the result');
  return took;
}

let switched = false;
let language = 'en';

/** All three elements on the page; each call switches between Spanish and English and waits for every re-render. */
async function switchLanguage(): Promise<number> {
  if (!switched) {
    stage().replaceChildren();
    stage().setHTMLUnsafe(Object.values(ELEMENTS).join(''));
    await rendered();
    // Load the Spanish translations once; the measured switches then use them from memory.
    await setLocale('es');
    await setLocale('en');
    await rendered();
    switched = true;
  }
  language = language === 'en' ? 'es' : 'en';
  const heading = stage().querySelector('benefits-list')?.shadowRoot?.querySelector('h2');
  const before = heading?.textContent;
  const start = performance.now();
  await setLocale(language);
  await rendered();
  layout();
  const took = performance.now() - start;
  if (heading?.isConnected && heading.textContent === before)
    throw new Error('the language did not change');
  return took;
}

declare global {
  interface Window {
    bench: {
      elements: readonly Tag[];
      staticMarkup: typeof staticMarkup;
      upgrade: typeof upgrade;
      insertStatic: typeof insertStatic;
      clickToResult: typeof clickToResult;
      switchLanguage: typeof switchLanguage;
    };
  }
}

window.bench = {
  elements: Object.keys(ELEMENTS) as Tag[],
  staticMarkup,
  upgrade,
  insertStatic,
  clickToResult,
  switchLanguage,
};
