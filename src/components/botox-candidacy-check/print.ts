/**
 * "Print summary": a one-page summary of the self-check, printed from a hidden same-origin frame
 * so that only the summary prints, never the page around the element. Safe under a strict
 * Content-Security-Policy (`script-src 'self'; style-src 'self'; require-trusted-types-for
 * 'script'`): the frame is `about:blank`, its document is built with DOM calls and `textContent`
 * only (no HTML strings, no script, no style element or attribute), and it is styled by a
 * constructable stylesheet of the frame's own realm.
 */
import type { CriterionStatus, Outcome } from '../../logic/candidacy/index.js';

/** One criterion of a {@link PrintSummary}, already translated. */
export interface PrintCriterion {
  /** What the criterion is about, e.g. "Headache days". */
  label: string;
  /** Its status. */
  status: CriterionStatus;
  /** Its status word, e.g. "Met". */
  statusText: string;
  /** The explanation of its reason. */
  reason: string;
  /** Items listed under the explanation (the raised safety points). */
  details?: readonly string[];
}

/** The already-translated pieces of the printed summary. */
export interface PrintSummary {
  /** BCP 47 tag for `<html lang>`. */
  lang: string;
  /** The text direction. */
  dir: 'ltr' | 'rtl';
  /** The title, e.g. "Botox for chronic migraine: my self-check". */
  title: string;
  /** The formatted date line, e.g. "Date: 3 December 2026". */
  date: string;
  /** The formatted clinic line, '' when no clinic name is given. */
  clinic: string;
  /** The outcome. */
  outcome: Outcome;
  /** The outcome headline. */
  headline: string;
  /** The short explanation of the outcome. */
  explanation: string;
  /** The heading of the criteria. */
  criteriaHeading: string;
  /** One entry per criterion. */
  criteria: readonly PrintCriterion[];
  /** The heading of the answers. */
  answersHeading: string;
  /** Each answer as `[question label, answer]`; an answer may list several items. */
  answers: ReadonlyArray<readonly [string, string | readonly string[]]>;
  /** The closing note (not a diagnosis; the clinic decides). */
  note: string;
}

/** The printable box of an A4 page with 14 mm margins, in CSS pixels (96 per inch). */
const PAGE = { width: ((210 - 28) * 96) / 25.4, height: ((297 - 28) * 96) / 25.4 };

/** The text size, in points: the usual one, and the smallest a long summary shrinks to. */
const SIZE = 10.5;
const MIN_SIZE = 8.5;

/**
 * One A4 page: black on white, the system font, compact. Applies to every medium (the frame is
 * never on screen), so a layout at the printable width is the printed one. Every size is in `em`
 * of the root's, the first rule, which {@link fit} lowers for a long summary. (The frame's
 * `about:blank` document is in quirks mode; nothing here depends on it.)
 */
const PRINT_CSS = `
html { font-size: ${SIZE}pt; }
@page { size: A4; margin: 14mm; }
html {
  color-scheme: light;
  color: #000;
  background: #fff;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', Arial, sans-serif;
  line-height: 1.25;
  overflow-wrap: break-word;
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}
body { margin: 0; }
h1, h2, p, ul, dl, dd { margin: 0; }
h1 { font-size: 1.45em; line-height: 1.2; }
h2 { font-size: 1.1em; line-height: 1.25; margin: 0.9em 0 0.3em; }
.meta { margin: 0.2em 0 0.7em; }
.outcome { border: 1.5pt solid #000; border-radius: 2mm; padding: 0.4em 0.8em; break-inside: avoid; }
.outcome h2 { margin: 0 0 0.1em; }
ul { padding-inline-start: 1.4em; }
.criteria { padding: 0; list-style: none; }
.criteria > li { margin-top: 0.3em; break-inside: avoid; }
.details { list-style: disc; }
.status { font-weight: bold; }
dl > div { margin-top: 0.15em; break-inside: avoid; }
dt, dd, dd > ul, dd li { display: inline; }
dt::after { content: ': '; }
dd > ul { padding: 0; }
dd li + li::before { content: ' • '; }
.note { margin-top: 0.9em; padding-top: 0.4em; border-top: 0.75pt solid #000; }
`;

/**
 * Lowers the text size in half points, down to {@link MIN_SIZE}, until the summary fits one page:
 * lays the frame out at the printable width for a moment (no frame is painted meanwhile).
 */
function fit(frame: HTMLIFrameElement, doc: Document, sheet: CSSStyleSheet): void {
  const rule = sheet.cssRules[0] as CSSStyleRule;
  const style = frame.style;
  style.width = `${PAGE.width}px`;
  style.height = `${2 * PAGE.height}px`;
  // A little room for where a printed page breaks lines differently.
  const fits = () =>
    (doc.body.lastElementChild?.getBoundingClientRect().bottom ?? 0) <= PAGE.height - 8;
  for (let size = SIZE; size > MIN_SIZE && !fits();) {
    size -= 0.5;
    rule.style.fontSize = `${size}pt`;
  }
  style.width = style.height = '0';
}

/** The last frame of each container, replaced by the next print. */
const frames = new WeakMap<Node, HTMLIFrameElement>();

/** Appends a new `tag` element with `text` (if given) and `className` (if given) to `parent`. */
function add<K extends keyof HTMLElementTagNameMap>(
  parent: Node,
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const element = (parent.ownerDocument ?? (parent as Document)).createElement(tag);
  if (text !== undefined) element.textContent = text;
  if (className) element.className = className;
  parent.appendChild(element);
  return element;
}

/** A list of `items` as text, appended to `parent`. */
function list(parent: Node, items: readonly string[], className?: string): void {
  const ul = add(parent, 'ul', undefined, className);
  for (const item of items) add(ul, 'li', item);
}

/** Builds the summary into the frame's document; returns its window, or null without one. */
function build(frame: HTMLIFrameElement, summary: PrintSummary): Window | null {
  const win = frame.contentWindow as (Window & typeof globalThis) | null;
  const doc = frame.contentDocument;
  if (!win || !doc) return null;
  const root = doc.documentElement;
  root.lang = summary.lang;
  root.dir = summary.dir === 'rtl' ? 'rtl' : 'ltr';
  doc.head.replaceChildren();
  add(doc.head, 'title', summary.title);

  const body = doc.body;
  body.replaceChildren();
  add(body, 'h1', summary.title);
  const meta = add(body, 'p', undefined, 'meta');
  add(meta, 'span', summary.date, 'date');
  if (summary.clinic) {
    meta.append(' · ');
    add(meta, 'span', summary.clinic, 'clinic');
  }

  const outcome = add(body, 'section', undefined, `outcome outcome-${summary.outcome}`);
  add(outcome, 'h2', summary.headline);
  add(outcome, 'p', summary.explanation, 'explanation');

  add(body, 'h2', summary.criteriaHeading);
  const criteria = add(body, 'ul', undefined, 'criteria');
  for (const criterion of summary.criteria) {
    const item = add(criteria, 'li', undefined, `criterion ${criterion.status}`);
    // One run of text, as in the copied summary: "label: status. reason".
    const line = add(item, 'p');
    add(line, 'span', criterion.label, 'label');
    line.append(': ');
    add(line, 'span', criterion.statusText, 'status');
    if (criterion.reason) {
      line.append('. ');
      add(line, 'span', criterion.reason, 'reason');
    }
    if (criterion.details?.length) list(item, criterion.details, 'details');
  }

  add(body, 'h2', summary.answersHeading);
  const answers = add(body, 'dl', undefined, 'answers');
  for (const [label, value] of summary.answers) {
    const row = add(answers, 'div');
    add(row, 'dt', label);
    if (typeof value === 'string') add(row, 'dd', value);
    else list(add(row, 'dd'), value);
  }

  add(body, 'p', summary.note, 'note');

  try {
    // A sheet of the frame's own realm: one from the page's realm cannot be adopted there.
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(PRINT_CSS);
    doc.adoptedStyleSheets = [sheet];
    fit(frame, doc, sheet);
  } catch {
    // No constructable stylesheets (Safari before 16.4): the summary prints unstyled.
  }
  return win;
}

/** Builds the summary and prints it; never throws. */
function run(frame: HTMLIFrameElement, summary: PrintSummary): void {
  try {
    const win = build(frame, summary);
    if (!win) return;
    win.addEventListener('afterprint', () => frame.remove(), { once: true });
    win.print();
  } catch {
    // Printing is not available (a detached frame, a blocked dialog): nothing to do.
  }
}

/**
 * Builds the summary document in a hidden same-origin iframe appended to `container` (the
 * element's shadow root) and prints it. Returns the frame. The frame replaces the container's
 * previous one and removes itself once printing is over (`afterprint`). Never throws.
 */
export function printSummary(summary: PrintSummary, container: Node): HTMLIFrameElement {
  frames.get(container)?.remove();
  const frame = (container.ownerDocument ?? document).createElement('iframe');
  frames.set(container, frame);
  frame.title = summary.title;
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  // CSSOM properties, not a style attribute (which a strict style-src forbids).
  const style = frame.style;
  style.position = 'fixed';
  style.top = style.left = '0';
  style.width = style.height = '0';
  style.border = style.margin = style.padding = '0';
  style.pointerEvents = 'none';
  try {
    container.appendChild(frame);
  } catch {
    return frame;
  }
  const doc = frame.contentDocument;
  // Not in a document (a detached container): no window to print from.
  if (!doc) frame.remove();
  // A frame without `src` has its document at once; a browser that still loads `about:blank`
  // gets the summary once it has.
  else if (doc.readyState === 'complete') run(frame, summary);
  else frame.addEventListener('load', () => run(frame, summary), { once: true });
  return frame;
}
