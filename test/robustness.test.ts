/**
 * Generated input (fast-check, fixed seed) for every attribute and every public writable property
 * of the three widgets: at least 1,000 values each, set one after the other on one element. After
 * each value the widget has thrown nothing, still shows its content, uses the documented fallback,
 * and warned exactly when the value was invalid (once per bad value).
 *
 * Then a model-based test of the self-check: random sequences of answers, given as a person would
 * (typing, clicking) and through `answers`, always show what the pure rules in src/logic say.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../src/components/benefits-list/define.js';
import '../src/components/botox-candidacy-check/define.js';
import '../src/components/treatment-timeline/define.js';
import type { BotoxCandidacyCheck } from '../src/components/botox-candidacy-check/botox-candidacy-check.js';
import type { TreatmentTimeline } from '../src/components/treatment-timeline/treatment-timeline.js';
import { describeValue } from '../src/core/warn.js';
import {
  CHECK_KEYS,
  byAttention,
  COMMITMENTS,
  LIMITS,
  PRIOR_TREATMENTS,
  SAFETY_KEYS,
  evaluateCandidacy,
  sanitizeAnswers,
  type CandidacyAnswers,
  type CheckKey,
  type Outcome,
  type SafetyKey,
} from '../src/logic/candidacy/index.js';
import { CandidacyHarness } from './harness/index.js';
import { captureWarnings, shadowText } from './helpers.js';

const SEED = 20_260_302;
const RUNS = 1000;

declare global {
  interface Window {
    __robust?: number;
  }
}

// ---------------------------------------------------------------------------------------------
// Generated values
// ---------------------------------------------------------------------------------------------

/** Markup, template and script fragments that text from a CMS may carry. */
const MARKUP = [
  '<b>bold</b>',
  '<img src=x onerror="window.__robust=(window.__robust||0)+1">',
  '</style><script>window.__robust=(window.__robust||0)+1</script>',
  '"><svg onload="window.__robust=(window.__robust||0)+1">',
  "{{constructor.constructor('window.__robust=1')()}}",
  '${window.__robust=1}',
  '&lt;b&gt;',
  '<!--',
  ']]>',
  '{0}',
];
/** Lone surrogates, controls, bidi and zero-width characters. */
const ODD_CHARACTERS = [
  '\uD800',
  '\uDFFF',
  '\uFFFE',
  '\u0000',
  '\u202E',
  '\u200B',
  '\uFEFF',
  '\r\n',
];

const text: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(...ODD_CHARACTERS),
  fc
    .tuple(
      fc.string({ maxLength: 8 }),
      fc.constantFrom(...MARKUP, ...ODD_CHARACTERS),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    )
    .map(([a, b, c]) => a + b + c),
  fc.json({ maxDepth: 2 }),
  fc.integer({ min: 100, max: 4000 }).map((n) => 'Ω<i>'.repeat(n)),
);

const padding = fc.constantFrom('', '', ' ', '\t', '\n ', '\u00a0');

/** Numbers written as text: plain, padded, signed, huge, floats, exponents, other digits. */
const numberText: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(padding, fc.constantFrom('', '+', '-', '0'), fc.integer({ min: 0, max: 70 }), padding)
    .map(([a, sign, n, b]) => `${a}${sign}${n}${b}`),
  fc.integer().map(String),
  fc.double().map(String),
  fc.bigInt().map(String),
  fc.constantFrom(
    '1e1',
    '0x10',
    '12.0',
    '4.5',
    '１２',
    '١٢',
    '12abc',
    '1,2',
    'Infinity',
    'NaN',
    '',
  ),
);

const pad0 = (n: number, width: number) => String(n).padStart(width, '0');

/** Date-like text: possible and impossible dates, other formats, padding. */
const dateText: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 10_500 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(([y, m, d]) => `${pad0(y, 4)}-${pad0(m, 2)}-${pad0(d, 2)}`),
  fc
    .tuple(
      padding,
      fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
      padding,
    )
    .map(([a, d, b]) => a + d.toISOString().slice(0, 10) + b),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ noInvalidDate: true }).map((d) => d.toDateString()),
  fc.constantFrom('2026-02-29', '2024-02-29', '2026-3-2', '02/03/2026', '20260302', 'today'),
);

/** One of `words`, sometimes re-cased and padded (the parsers trim and lower-case). */
const word = (...words: string[]) =>
  fc.oneof(
    fc.constantFrom(...words),
    fc
      .tuple(fc.constantFrom(...words), padding, padding, fc.constantFrom('upper', 'title', 'same'))
      .map(([w, a, b, casing]) => {
        const cased =
          casing === 'upper'
            ? w.toUpperCase()
            : casing === 'title'
              ? w[0].toUpperCase() + w.slice(1)
              : w;
        return a + cased + b;
      }),
  );

/** A key list as text: known keys (re-cased, padded), unknown words, assorted separators. */
const keyList = (keys: readonly string[]) =>
  fc
    .tuple(
      fc.array(fc.oneof(word(...keys), word(...keys), text), { maxLength: 5 }),
      fc.constantFrom(',', ' ', ', ', ',,', '\n', ';'),
    )
    .map(([parts, separator]) => parts.join(separator));

/** Values no attribute can carry: numbers, NaN, Infinity, big ints, arrays, objects… */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.integer({ min: -5, max: 70 }),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, Number.MAX_SAFE_INTEGER + 2, 4.5, 12.000001),
  fc.bigInt(),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.jsonValue({ maxDepth: 2 }),
  fc.array(fc.oneof(text, fc.integer()), { maxLength: 4 }),
  fc.object({ maxDepth: 1 }),
  fc.anything({
    maxDepth: 1,
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withDate: true,
    withTypedArray: true,
    withSparseArray: true,
    withBigInt: true,
    withNullPrototype: true,
  }),
  fc.constantFrom(new Date(NaN), () => 'a function', Symbol('a symbol')),
);

/** Values for an attribute: strings, or `null` to remove it. */
const forAttribute = (...specific: fc.Arbitrary<string>[]) =>
  fc.oneof(
    ...specific.map((arbitrary) => ({ arbitrary, weight: 4 })),
    { arbitrary: text, weight: 2 },
    { arbitrary: numberText, weight: 1 },
    { arbitrary: fc.constant(null), weight: 1 },
  );

/** Values for a property: the attribute's strings, typed values, and anything else. */
const forProperty = (typed: fc.Arbitrary<unknown>, ...specific: fc.Arbitrary<string>[]) =>
  fc.oneof(
    ...specific.map((arbitrary) => ({ arbitrary, weight: 3 })),
    { arbitrary: typed, weight: 2 },
    { arbitrary: text, weight: 1 },
    { arbitrary: oddValue, weight: 3 },
  );

// ---------------------------------------------------------------------------------------------
// The documented rules, written out independently of src/
// ---------------------------------------------------------------------------------------------

const isUnset = (value: unknown): value is null | undefined => value == null;
const isBlank = (value: unknown) =>
  isUnset(value) || (typeof value === 'string' && value.trim() === '');

/** A value as text; '' when String() cannot write it (an object without a prototype). */
function asText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '';
  }
}

/** `list|grid`-style enums: trimmed, case-insensitive; unset → fallback without a warning. */
function enumValue(value: unknown, allowed: readonly string[], fallback: string) {
  if (isUnset(value)) return { value: fallback, valid: true };
  const wanted = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  const match = allowed.find((option) => option === wanted);
  return match === undefined ? { value: fallback, valid: false } : { value: match, valid: true };
}

/** A whole number in range from a number or `[+-]digits` text; unset or blank → fallback. */
function wholeNumber(value: unknown, min: number, max: number, fallback: number) {
  if (isBlank(value)) return { value: fallback, valid: true };
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && /^[+-]?\d+$/.test(value.trim())) n = Number(value.trim());
  else return { value: fallback, valid: false };
  return Number.isInteger(n) && n >= min && n <= max
    ? { value: n, valid: true }
    : { value: fallback, valid: false };
}

/** A real calendar date `YYYY-MM-DD` (years 1000–9999), after trimming; else null. */
function isoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  const match = /^([1-9]\d{3})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? trimmed
    : null;
}

const DAY = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const plusDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const localToday = () => {
  const now = new Date();
  return `${now.getFullYear()}-${pad0(now.getMonth() + 1, 2)}-${pad0(now.getDate(), 2)}`;
};

/** Key lists (`items`, `checks`): text split on commas/whitespace, or an array of keys. */
function keyListValue(value: unknown, allowed: readonly string[]) {
  if (isUnset(value)) return { keys: null, unknown: [] as string[], badType: false };
  let parts: unknown[];
  if (typeof value === 'string') parts = value.split(/[\s,]+/);
  else if (Array.isArray(value)) parts = value;
  else return { keys: null, unknown: [], badType: true };
  const keys: string[] = [];
  const unknown: string[] = [];
  let badType = false;
  for (const part of parts) {
    if (typeof part !== 'string') {
      badType = true;
      continue;
    }
    for (const token of part.split(/[\s,]+/)) {
      const key = token.trim().toLowerCase();
      if (key === '') continue;
      if (allowed.includes(key)) {
        if (!keys.includes(key)) keys.push(key);
      } else unknown.push(key);
    }
  }
  return { keys, unknown, badType };
}

const truthy = (value: unknown) => Boolean(value);
const present = (value: unknown) => value !== null;

// ---------------------------------------------------------------------------------------------
// The harness
// ---------------------------------------------------------------------------------------------

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

interface Target {
  /** The attribute name, or the property name for property targets. */
  name: string;
  via: 'attribute' | 'property';
  /** The property the attribute maps to (defaults to `name`). */
  property?: string;
  values: fc.Arbitrary<unknown>;
  /** For attributes: the property value the element sees (default: the string, or null). */
  fromAttribute?: (value: string | null) => unknown;
  /** Whether the docs call this value invalid, which warns once per value. */
  invalid?: (value: unknown, el: Widget) => boolean;
  /** The name in the warning (the attribute's name); default `name`. */
  warnName?: string;
  /** The value the warning is keyed on (default: the value itself). */
  warnValue?: (value: unknown) => unknown;
  /**
   * Asserts what the docs promise for `value`. `reference` is the same element without the
   * attribute or property under test (its text is the "not set" wording, whatever it says).
   */
  check: (el: Widget, value: unknown, reference: Widget) => void;
  /** Other attributes the element needs for this target. */
  attributes?: Record<string, string>;
  /** Runs before the values (and returns the clean-up). */
  prepare?: (host: HTMLElement) => Promise<() => Promise<void>>;
}

interface WidgetSpec {
  tag: string;
  /** Whether the element sits in a <form>. */
  inForm?: boolean;
  /** Checks that the main part is there. */
  main: (root: ShadowRoot) => void;
  targets: Target[];
}

const tried: Record<string, Record<string, number>> = {};

function watchErrors() {
  const seen: string[] = [];
  const onError = (event: ErrorEvent) => seen.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    seen.push(`unhandledrejection: ${asText(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    seen,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** Sets ≥ RUNS generated values on one element and checks each; returns how many were tried. */
async function exercise(spec: WidgetSpec, target: Target): Promise<number> {
  const host = document.createElement(spec.inForm ? 'form' : 'div');
  document.body.append(host);
  const el = document.createElement(spec.tag) as Widget;
  for (const [name, value] of Object.entries(target.attributes ?? {})) el.setAttribute(name, value);
  const reference = el.cloneNode() as Widget;
  host.append(el, reference);
  await el.updateComplete;
  await reference.updateComplete;
  const cleanUp = target.prepare ? await target.prepare(host) : undefined;
  const property = target.property ?? target.name;
  const warnName = target.warnName ?? target.name;
  const errors = watchErrors();
  const warnings = captureWarnings();
  const warned = new Set<string>();
  let count = 0;
  try {
    await fc.assert(
      fc.asyncProperty(target.values, async (value) => {
        count++;
        const before = warnings.messages.length;
        if (target.via === 'attribute') {
          if (value === null) el.removeAttribute(target.name);
          else el.setAttribute(target.name, value as string);
        } else {
          (el as unknown as Record<string, unknown>)[property] = value;
        }
        await el.updateComplete;
        const seen =
          target.via === 'attribute' && target.fromAttribute
            ? target.fromAttribute(value as string | null)
            : value;

        expect(errors.seen, 'no uncaught error').to.deep.equal([]);

        const fresh = warnings.messages.slice(before);
        if (target.invalid?.(seen, el)) {
          const key = describeValue(target.warnValue ? target.warnValue(seen) : seen);
          if (warned.has(key)) {
            expect(fresh, 'the same bad value warns once').to.deep.equal([]);
          } else {
            expect(fresh, 'a bad value warns').to.have.length(1);
            expect(fresh[0]).to.contain(`ignored ${warnName}=`);
            warned.add(key);
          }
        } else {
          expect(fresh, 'a valid value does not warn').to.deep.equal([]);
        }

        const root = el.shadowRoot!;
        expect(shadowText(el), 'still shows its text').not.to.equal('');
        expect(root.querySelector('[part~="base"]'), 'base part').not.to.equal(null);
        spec.main(root);
        target.check(el, seen, reference);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true, includeErrorInReport: true },
    );
    await nextTask();
    expect(errors.seen, 'no uncaught error or rejection later').to.deep.equal([]);
    expect(window.__robust, 'no script ran').to.equal(undefined);
  } finally {
    warnings.restore();
    errors.stop();
    await cleanUp?.();
    host.remove();
  }
  return count;
}

/** An attribute target and its property twin. */
function both(
  attribute: string,
  property: string,
  common: Omit<Target, 'name' | 'via' | 'values' | 'property'>,
  attributeValues: fc.Arbitrary<unknown>,
  propertyValues: fc.Arbitrary<unknown>,
): Target[] {
  return [
    { ...common, name: attribute, via: 'attribute', property, values: attributeValues },
    {
      ...common,
      name: property,
      via: 'property',
      warnName: common.warnName ?? attribute,
      fromAttribute: undefined,
      values: propertyValues,
    },
  ];
}

const part = (root: ParentNode, name: string) =>
  root.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (root: ParentNode, name: string) => [
  ...root.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const trimmed = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rootOf = (el: Widget) => el.shadowRoot!;

/** The colour scheme an element uses. */
const scheme = (el: Element) => getComputedStyle(el).colorScheme;

/**
 * `theme`, as an attribute (system dark) and as a property (system light): `light` and `dark`
 * force a scheme; anything else behaves exactly like an element without `theme`.
 */
function themeTargets(tag: string, attributes: Record<string, string> = {}): Target[] {
  // (The harness's reference element, without `theme`, follows the system.)
  const prepare = (system: 'light' | 'dark') => async (host: HTMLElement) => {
    await executeServerCommand('emulate-media-features', [
      { name: 'prefers-color-scheme', value: system },
    ]);
    const reference = host.querySelector(tag)!.nextElementSibling!;
    expect(scheme(reference), 'the emulated system scheme').to.equal(system);
    return async () => {
      await executeServerCommand('emulate-media-features', [
        { name: 'prefers-color-scheme', value: '' },
      ]);
    };
  };
  const common = {
    attributes,
    invalid: (v: unknown) => !isUnset(v) && !['auto', 'light', 'dark'].includes(v as string),
    check: (el: Widget, v: unknown, reference: Widget) => {
      const expected = v === 'light' || v === 'dark' ? v : scheme(reference);
      expect(scheme(el), `theme=${describeValue(v)}`).to.equal(expected);
    },
  };
  const themes = word('auto', 'light', 'dark');
  return [
    {
      ...common,
      name: 'theme',
      via: 'attribute',
      values: forAttribute(themes),
      prepare: prepare('dark'),
    },
    {
      ...common,
      name: 'theme',
      via: 'property',
      values: forProperty(themes, themes),
      prepare: prepare('light'),
    },
  ];
}

/** `heading`: not set → the default; empty → no heading; anything else → shown as text. */
function headingTargets(attributes: Record<string, string> = {}): Target[] {
  return both(
    'heading',
    'heading',
    {
      attributes,
      check: (el, v, reference) => {
        const heading = part(rootOf(el), 'heading');
        const fallback = part(rootOf(reference), 'heading')!.textContent;
        if (!isUnset(v) && asText(v).trim() === '') {
          expect(heading, 'empty or only spaces: no heading').to.equal(null);
        } else {
          expect(heading!.textContent).to.equal(isUnset(v) ? fallback : asText(v));
        }
      },
    },
    forAttribute(text, fc.constantFrom('', 'Why our clinic offers Botox')),
    forProperty(text, fc.constantFrom('', 'Why our clinic offers Botox')),
  );
}

/** `heading-level`: a whole number 2–6, else 2 with a warning. */
function headingLevelTargets(
  attributes: Record<string, string>,
  checkLevel: (root: ShadowRoot, level: number) => void,
): Target[] {
  const levels = fc.oneof(numberText, fc.integer({ min: 0, max: 8 }).map(String));
  return both(
    'heading-level',
    'headingLevel',
    {
      attributes,
      invalid: (v) => !wholeNumber(v, 2, 6, 2).valid,
      check: (el, v) => checkLevel(rootOf(el), wholeNumber(v, 2, 6, 2).value),
    },
    forAttribute(levels),
    forProperty(fc.integer({ min: 0, max: 8 }), levels),
  );
}

/** A boolean attribute: present (any value) → on; as a property: truthy → on. */
function booleanTargets(
  attribute: string,
  property: string,
  attributes: Record<string, string>,
  check: (root: ShadowRoot, on: boolean) => void,
): Target[] {
  return both(
    attribute,
    property,
    {
      attributes,
      check: (el, v) => check(rootOf(el), truthy(v)),
    },
    forAttribute(fc.constantFrom('', 'false', 'true', attribute)),
    forProperty(fc.boolean(), fc.constantFrom('', 'false', 'true')),
  ).map((target) => (target.via === 'attribute' ? { ...target, fromAttribute: present } : target));
}

// ---------------------------------------------------------------------------------------------
// <benefits-list>
// ---------------------------------------------------------------------------------------------

const BENEFIT_KEYS = ['relief', 'side-effects', 'not-a-pill', 'daily-life'];

/** Not set or of the wrong type: all four; only unknown keys: all four; empty: none. */
function expectedBenefits(value: unknown) {
  const list = keyListValue(value, BENEFIT_KEYS);
  if (list.keys === null) return { keys: BENEFIT_KEYS, warns: list.badType };
  if (list.keys.length === 0 && (list.unknown.length > 0 || list.badType)) {
    return { keys: BENEFIT_KEYS, warns: true };
  }
  return { keys: list.keys, warns: list.unknown.length > 0 || list.badType };
}

const benefits: WidgetSpec = {
  tag: 'benefits-list',
  main: (root) => expect(part(root, 'list'), 'list part').not.to.equal(null),
  targets: [
    ...both(
      'items',
      'items',
      {
        invalid: (v) => expectedBenefits(v).warns,
        check: (el, v, reference) => {
          // Not set: all four in the article's order, which names each key's title.
          const titles = (of: Widget) => parts(rootOf(of), 'title').map((node) => trimmed(node));
          const all = titles(reference);
          expect(all).to.have.length(4);
          expect(titles(el)).to.deep.equal(
            expectedBenefits(v).keys.map((key) => all[BENEFIT_KEYS.indexOf(key)]),
          );
        },
      },
      forAttribute(keyList(BENEFIT_KEYS)),
      forProperty(
        fc.array(fc.oneof(word(...BENEFIT_KEYS), text, fc.integer()), { maxLength: 5 }),
        keyList(BENEFIT_KEYS),
      ),
    ),
    ...both(
      'layout',
      'layout',
      {
        invalid: (v) => !enumValue(v, ['list', 'grid'], 'list').valid,
        check: (el, v) => {
          const base = part(rootOf(el), 'base')!;
          const layout = enumValue(v, ['list', 'grid'], 'list').value;
          expect(base.classList.contains(`layout-${layout}`), `layout-${layout}`).to.equal(true);
          expect(base.className.match(/layout-\w+/g)).to.have.length(1);
        },
      },
      forAttribute(word('list', 'grid')),
      forProperty(word('list', 'grid'), word('list', 'grid')),
    ),
    ...headingTargets(),
    ...headingLevelTargets({}, (root, level) =>
      expect(part(root, 'heading')!.localName).to.equal(`h${level}`),
    ),
    ...booleanTargets('hide-safety-note', 'hideSafetyNote', {}, (root, on) =>
      expect(part(root, 'safety-note') === null).to.equal(on),
    ),
    ...booleanTargets('expandable', 'expandable', {}, (root, on) => {
      expect(root.querySelectorAll('details').length).to.equal(on ? 4 : 0);
      expect(parts(root, 'body')).to.have.length(4);
    }),
    ...themeTargets('benefits-list'),
  ],
};

// ---------------------------------------------------------------------------------------------
// <botox-candidacy-check>
// ---------------------------------------------------------------------------------------------

/**
 * The headline seen for each outcome: one outcome always shows the same words, and different
 * outcomes different words (whatever the wording is).
 */
const headlines = new Map<Outcome, string>();
function expectHeadline(outcome: HTMLElement, expected: Outcome) {
  expect(outcome.classList.contains(`outcome-${expected}`), outcome.className).to.equal(true);
  const words = trimmed(outcome);
  expect(words, 'a headline').not.to.equal('');
  if (!headlines.has(expected)) {
    expect([...headlines.values()], 'a headline of its own').not.to.include(words);
    headlines.set(expected, words);
  }
  expect(words, `the ${expected} headline`).to.equal(headlines.get(expected));
}

/** `steps` mode: which question shows, from the progress bar. */
function expectQuestion(root: ShadowRoot, index: number, total: number) {
  const bar = part(root, 'progress-bar') as HTMLProgressElement;
  expect([bar.value, bar.max], 'question / questions').to.deep.equal([index + 1, total]);
  expect(parts(root, 'question')).to.have.length(1);
}
const COUNT_MAX = {
  headacheDays: 31,
  months: 600,
  painRelieverDays: 31,
  triptanDays: 31,
  preventivesTried: 20,
};
type CountField = keyof typeof COUNT_MAX;
const COUNT_FIELDS = Object.keys(COUNT_MAX) as CountField[];

/** The active checks: unset or of the wrong type → both; text or array → the known keys. */
function expectedChecks(value: unknown) {
  const list = keyListValue(value, CHECK_KEYS);
  return {
    checks: list.keys === null ? [...CHECK_KEYS] : CHECK_KEYS.filter((k) => list.keys!.includes(k)),
    warns: list.badType || list.unknown.length > 0,
  };
}

/** Documented link rule: relative, http(s), mailto or tel; a plainly dangerous scheme never. */
const ALLOWED_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];
const plainlySafe = (v: string) =>
  /^(https?:\/\/[a-z0-9.-]+(\/[\w./-]*)?|mailto:[\w.+-]+@[\w.-]+|tel:\+?[\d-]+|\/[\w/-]*)$/i.test(
    v.trim(),
  );
/** After the element's trim, URL parsers drop tabs and newlines anywhere and leading C0/space. */
// eslint-disable-next-line no-control-regex -- what URL parsers ignore before a scheme
const LEADING_C0 = /^[\u0000-\u0020]+/;
const plainlyDangerous = (v: string) =>
  /^(javascript|data|vbscript|file|blob|about|ftp|ws|wss|view-source):/i.test(
    v
      .trim()
      .replace(/[\t\n\r]/g, '')
      .replace(LEADING_C0, ''),
  );

const hrefs = fc.oneof(
  fc.webUrl(),
  fc.constantFrom('/book', 'book.html', '?consult=1', '#book', 'mailto:desk@clinic.example'),
  fc.constantFrom('tel:+15551234567', '//clinic.example/book', 'https:clinic.example'),
  fc
    .tuple(
      fc.constantFrom(...ODD_CHARACTERS, '', ' ', '\t', '\n', '\u00a0', '\u0001'),
      fc.constantFrom('javascript', 'JaVaScRiPt', 'java\tscript', 'java\nscript', 'vbscript'),
      fc.constantFrom('data', 'file', 'blob', 'about', 'ftp'),
      fc.constantFrom(':alert(1)', ':window.__robust=1', ':text/html,<script>x</script>'),
      fc.boolean(),
    )
    .map(([lead, js, other, rest, pickJs]) => `${lead}${pickJs ? js : other}${rest}`),
);

/** The documented `answers` rules: what is kept, and which fields are rejected. */
function expectedAnswers(input: unknown): { kept: CandidacyAnswers; rejected: string[] } {
  const kept: Record<string, unknown> = {};
  const rejected: string[] = [];
  if (isUnset(input)) return { kept, rejected };
  let keys: string[];
  try {
    if (typeof input !== 'object' || Array.isArray(input)) return { kept, rejected: ['answers'] };
    keys = Object.keys(input);
  } catch {
    return { kept, rejected: ['answers'] };
  }
  const read = (source: object, key: string): { value?: unknown; threw?: true } => {
    try {
      return { value: (source as Record<string, unknown>)[key] };
    } catch {
      return { threw: true };
    }
  };
  const known = [...COUNT_FIELDS, 'adult', 'longHeadaches', 'priorTreatment', 'commitment'];
  for (const key of keys) {
    if (!known.includes(key) && key !== 'safety') {
      rejected.push(key);
      continue;
    }
    const { value, threw } = read(input, key);
    if (threw) rejected.push(key);
    else if (isUnset(value)) continue;
    else if (key === 'safety') {
      if (typeof value !== 'object' || Array.isArray(value)) {
        rejected.push(key);
        continue;
      }
      const safety: Record<string, boolean> = {};
      for (const flag of Object.keys(value)) {
        const got = (SAFETY_KEYS as readonly string[]).includes(flag)
          ? read(value, flag)
          : { threw: true as const };
        if (got.threw) rejected.push(`safety.${flag}`);
        else if (typeof got.value === 'boolean') safety[flag] = got.value;
        else if (!isUnset(got.value)) rejected.push(`safety.${flag}`);
      }
      kept.safety = safety;
    } else if (key in COUNT_MAX) {
      const ok =
        typeof value === 'number' &&
        Number.isInteger(value) &&
        value >= 0 &&
        value <= COUNT_MAX[key as CountField];
      if (ok) kept[key] = (value as number) + 0;
      else rejected.push(key);
    } else if (key === 'adult' || key === 'longHeadaches') {
      if (typeof value === 'boolean') kept[key] = value;
      else rejected.push(key);
    } else {
      const allowed: readonly unknown[] = key === 'commitment' ? COMMITMENTS : PRIOR_TREATMENTS;
      if (allowed.includes(value)) kept[key] = value;
      else rejected.push(key);
    }
  }
  // One invalid safety flag: the safety question counts as unanswered.
  if (rejected.some((path) => path.startsWith('safety'))) delete kept.safety;
  return { kept: kept as CandidacyAnswers, rejected };
}

const countValue = (field: CountField) =>
  fc.oneof(
    fc.integer({ min: 0, max: COUNT_MAX[field] }),
    fc.integer({ min: -3, max: COUNT_MAX[field] + 3 }),
    fc.double(),
    numberText,
    fc.constant(null),
  );
const answersValue: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        fc.record(
          {
            headacheDays: countValue('headacheDays'),
            months: countValue('months'),
            painRelieverDays: countValue('painRelieverDays'),
            triptanDays: countValue('triptanDays'),
            preventivesTried: countValue('preventivesTried'),
            adult: fc.oneof(fc.boolean(), fc.constantFrom('yes', 1, null)),
            longHeadaches: fc.oneof(fc.boolean(), fc.constantFrom('true', 0, undefined)),
            priorTreatment: fc.oneof(
              word(...PRIOR_TREATMENTS),
              fc.constantFrom(...PRIOR_TREATMENTS),
            ),
            commitment: fc.oneof(word(...COMMITMENTS), fc.constantFrom(...COMMITMENTS)),
            safety: fc.oneof(
              fc.dictionary(
                fc.oneof(fc.constantFrom(...SAFETY_KEYS), text),
                fc.oneof(fc.boolean(), fc.boolean(), fc.constantFrom('true', 1, null)),
                { maxKeys: 4 },
              ),
              oddValue,
            ),
          },
          { requiredKeys: [] },
        ),
        fc.dictionary(text, oddValue, { maxKeys: 2 }),
      )
      .map(([answers, extra]) => ({ ...extra, ...answers })),
  },
  { weight: 3, arbitrary: oddValue },
  { weight: 1, arbitrary: text },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      new Proxy(
        {},
        {
          ownKeys() {
            throw new Error('keys cannot be read');
          },
        },
      ),
      Object.defineProperty({ headacheDays: 20 }, 'months', {
        enumerable: true,
        get() {
          throw new Error('a getter that throws');
        },
      }),
      JSON.parse('{"__proto__": {"headacheDays": 20}, "months": 6}') as unknown,
    ),
  },
);

/** Where the self-check shows its questions or its result. */
function candidacyMain(root: ShadowRoot) {
  expect(part(root, 'intro'), 'intro part').not.to.equal(null);
  const shown = ['step', 'questions', 'result'].filter((name) => part(root, name) !== null);
  expect(shown.length, 'questions or result').to.be.greaterThan(0);
}

/** The check with only the result showing: no switchable checks, `steps` mode at the end. */
const RESULT_ONLY = { checks: '', step: '6' };

const candidacy: WidgetSpec = {
  tag: 'botox-candidacy-check',
  inForm: true,
  main: candidacyMain,
  targets: [
    ...both(
      'checks',
      'checks',
      {
        invalid: (v) => expectedChecks(v).warns,
        check: (el, v) => {
          const { checks } = expectedChecks(v);
          // Age and safety are always asked, whatever `checks` says.
          expectQuestion(rootOf(el), 0, 6 + checks.length);
          const check = el as BotoxCandidacyCheck;
          expect(check.result.criteria.map((c) => c.id).slice(4, -1)).to.deep.equal(checks);
        },
      },
      forAttribute(keyList(CHECK_KEYS)),
      forProperty(
        fc.array(fc.oneof(word(...CHECK_KEYS), text, fc.integer()), { maxLength: 5 }),
        keyList(CHECK_KEYS),
      ),
    ),
    ...both(
      'mode',
      'mode',
      {
        invalid: (v) => !enumValue(v, ['steps', 'form'], 'steps').valid,
        check: (el, v) => {
          const form = enumValue(v, ['steps', 'form'], 'steps').value === 'form';
          const root = rootOf(el);
          expect(part(root, 'questions') !== null, 'all questions').to.equal(form);
          expect(part(root, 'step') !== null, 'one question').to.equal(!form);
          expect(parts(root, 'question')).to.have.length(form ? 8 : 1);
        },
      },
      forAttribute(word('steps', 'form')),
      forProperty(word('steps', 'form'), word('steps', 'form')),
    ),
    ...both(
      'clinic-name',
      'clinicName',
      {
        attributes: RESULT_ONLY,
        check: (el, v, reference) => {
          const clinic = isUnset(v) ? '' : asText(v);
          const cta = part(rootOf(el), 'cta')!;
          const unnamed = part(rootOf(reference), 'cta')!.textContent;
          expect(cta.querySelector('a'), 'no link without consultation-href').to.equal(null);
          if (clinic === '') {
            expect(cta.textContent, 'no name: the general wording').to.equal(unnamed);
          } else {
            expect(cta.textContent, 'the name, as text').to.contain(clinic);
            expect(cta.textContent).not.to.equal(unnamed);
          }
        },
      },
      forAttribute(text, fc.constantFrom('', 'NorCal Pain Treatment Center')),
      forProperty(text, fc.constantFrom('', 'NorCal Pain Treatment Center')),
    ),
    ...both(
      'consultation-href',
      'consultationHref',
      {
        attributes: RESULT_ONLY,
        // The docs: anything but a safe link is ignored with a warning (so: no link ⇔ warned).
        invalid: (v, el) =>
          !isUnset(v) && v !== '' && part(rootOf(el), 'cta')!.querySelector('a') === null,
        check: (el, v) => {
          const link = part(rootOf(el), 'cta')!.querySelector('a');
          if (typeof v === 'string' && plainlySafe(v)) {
            expect(link, `a link for ${JSON.stringify(v)}`).not.to.equal(null);
          }
          if (typeof v === 'string' && plainlyDangerous(v)) {
            expect(link, `no link for ${JSON.stringify(v)}`).to.equal(null);
          }
          if (link) {
            expect(typeof v).to.equal('string');
            expect(link.getAttribute('href')).to.equal((v as string).trim());
            expect(ALLOWED_PROTOCOLS, link.href).to.include(link.protocol);
          }
        },
      },
      forAttribute(hrefs),
      forProperty(hrefs, hrefs),
    ),
    ...both(
      'name',
      'name',
      {
        check: (el, v) => {
          const form = el.closest('form')!;
          const entries = [...new FormData(form).entries()];
          // Form entry names are USVStrings: a lone surrogate becomes U+FFFD.
          const name = (isUnset(v) ? '' : asText(v)).replace(/\p{Cs}/gu, '\ufffd');
          if (name === '') {
            expect(entries, 'no name: nothing submitted').to.deep.equal([]);
          } else {
            expect(entries.map(([key]) => key)).to.deep.equal([name]);
            const sent = JSON.parse(entries[0][1] as string) as { result: { outcome: string } };
            expect(sent.result.outcome).to.equal('incomplete');
          }
        },
      },
      forAttribute(text, fc.constantFrom('', 'self-check')),
      forProperty(text, fc.constantFrom('', 'self-check')),
    ),
    ...booleanTargets('required', 'required', {}, (root, on) => {
      const el = (root.host as BotoxCandidacyCheck).closest('form')!;
      expect((root.host as BotoxCandidacyCheck).validity!.valueMissing).to.equal(on);
      expect(el.checkValidity()).to.equal(!on);
    }),
    ...both(
      'step',
      'step',
      {
        invalid: (v) => !wholeNumber(v, 0, 8, 0).valid,
        check: (el, v) => {
          const step = wholeNumber(v, 0, 8, 0).value;
          const root = rootOf(el);
          if (step < 8) {
            expectQuestion(root, step, 8);
          } else {
            expect(part(root, 'result'), 'the result').not.to.equal(null);
            expect(part(root, 'step')).to.equal(null);
          }
        },
      },
      forAttribute(fc.integer({ min: -1, max: 9 }).map(String), numberText),
      forProperty(fc.integer({ min: -1, max: 9 }), numberText),
    ),
    ...headingTargets(RESULT_ONLY),
    ...headingLevelTargets(RESULT_ONLY, (root, level) => {
      expect(part(root, 'heading')!.localName).to.equal(`h${level}`);
      expect(part(root, 'outcome')!.localName).to.equal(`h${Math.min(level + 1, 6)}`);
      expect(part(root, 'answers-heading')!.localName).to.equal(`h${Math.min(level + 2, 6)}`);
    }),
    ...themeTargets('botox-candidacy-check', RESULT_ONLY),
    {
      name: 'answers',
      via: 'property',
      attributes: { step: '8' },
      values: answersValue,
      invalid: (v) => expectedAnswers(v).rejected.length > 0,
      warnValue: (v) => {
        const { rejected } = expectedAnswers(v);
        return rejected[0] === 'answers' ? v : rejected.join(', ');
      },
      check: (el, v) => {
        const check = el as BotoxCandidacyCheck;
        const { kept } = expectedAnswers(v);
        expect(check.answers).to.deep.equal(kept);
        const expected = evaluateCandidacy(kept).outcome;
        expect(check.result.outcome).to.equal(expected);
        expectHeadline(part(rootOf(el), 'outcome')!, expected);
      },
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// <treatment-timeline>
// ---------------------------------------------------------------------------------------------

const START = '2026-03-02';
const DATED = { 'start-date': START, today: '2026-01-01' };

/** The countdown's words: none left, today, tomorrow each always the same and distinct. */
const countdowns = new Map<string, string>();
function expectCountdown(status: HTMLElement, days: number | null) {
  const words = trimmed(status);
  expect(words, 'a countdown').not.to.equal('');
  if (days !== null && days >= 2) {
    expect(words, 'the days to go').to.match(new RegExp(`(^|\\D)${days}(\\D|$)`));
    return;
  }
  const key = String(days);
  if (!countdowns.has(key)) {
    expect([...countdowns.values()], 'a sentence of its own').not.to.include(words);
    countdowns.set(key, words);
  }
  expect(words).to.equal(countdowns.get(key));
}

const schedule = (el: Widget) => (el as TreatmentTimeline).schedule;

const timeline: WidgetSpec = {
  tag: 'treatment-timeline',
  main: (root) => {
    expect(part(root, 'list'), 'list part').not.to.equal(null);
    expect(parts(root, 'step')).to.have.length(5);
  },
  targets: [
    ...both(
      'start-date',
      'startDate',
      {
        attributes: { today: '2026-01-01' },
        invalid: (v) => !isBlank(v) && isoDate(v) === null,
        check: (el, v) => {
          const date = isoDate(v);
          const root = rootOf(el);
          if (date) {
            expect(schedule(el).sessions).to.have.length(4);
            expect(schedule(el).sessions[0]).to.equal(date);
            expect(part(root, 'status'), 'the countdown').not.to.equal(null);
            expect(parts(root, 'step')[1].querySelector('time')!.dateTime).to.equal(date);
          } else {
            expect(schedule(el).sessions, 'the general timeline').to.deep.equal([]);
            expect(part(root, 'status')).to.equal(null);
            expect(root.querySelector('time'), 'no dates').to.equal(null);
          }
        },
      },
      forAttribute(dateText),
      forProperty(dateText, dateText),
    ),
    ...both(
      'today',
      'today',
      {
        attributes: { 'start-date': START },
        invalid: (v) => !isBlank(v) && isoDate(v) === null,
        check: (el, v) => {
          const today = dayNumber(isoDate(v) ?? localToday());
          const next = [0, 1, 2, 3]
            .map((i) => dayNumber(START) + i * 84)
            .find((day) => day >= today);
          const days = next === undefined ? null : next - today;
          expect(schedule(el).daysToNext).to.equal(days);
          expectCountdown(part(rootOf(el), 'status')!, days);
        },
      },
      forAttribute(dateText),
      forProperty(dateText, dateText),
    ),
    ...both(
      'interval-weeks',
      'intervalWeeks',
      {
        attributes: DATED,
        invalid: (v) => !wholeNumber(v, 12, 52, 12).valid,
        check: (el, v) => {
          const weeks = wholeNumber(v, 12, 52, 12).value;
          expect(schedule(el).sessions[1]).to.equal(plusDays(START, weeks * 7));
          expect(trimmed(parts(rootOf(el), 'description')[3]), 'the repeat step').to.match(
            new RegExp(`(^|\\D)${weeks}(\\D|$)`),
          );
        },
      },
      forAttribute(fc.integer({ min: 0, max: 60 }).map(String), numberText),
      forProperty(fc.integer({ min: 0, max: 60 }), numberText),
    ),
    ...both(
      'sessions',
      'sessions',
      {
        attributes: DATED,
        invalid: (v) => !wholeNumber(v, 1, 12, 4).valid,
        check: (el, v) => {
          const count = wholeNumber(v, 1, 12, 4).value;
          expect(schedule(el).sessions).to.have.length(count);
          expect(parts(rootOf(el), 'session')).to.have.length(count);
        },
      },
      forAttribute(fc.integer({ min: -1, max: 14 }).map(String), numberText),
      forProperty(fc.integer({ min: -1, max: 14 }), numberText),
    ),
    ...both(
      'clinic-name',
      'clinicName',
      {
        invalid: (v) => !isUnset(v) && typeof v !== 'string',
        check: (el, v, reference) => {
          const clinic = typeof v === 'string' ? v.trim() : '';
          const text = parts(rootOf(el), 'description')[0].textContent;
          const unnamed = parts(rootOf(reference), 'description')[0].textContent;
          if (clinic === '') {
            expect(text, 'no name: the general wording').to.equal(unnamed);
          } else {
            expect(text, 'the trimmed name, as text').to.contain(clinic);
            expect(text).not.to.equal(unnamed);
          }
        },
      },
      forAttribute(text, fc.constantFrom('', '  NorCal Pain  ')),
      forProperty(text, fc.constantFrom('', '  NorCal Pain  ')),
    ),
    ...both(
      'orientation',
      'orientation',
      {
        invalid: (v) => !enumValue(v, ['vertical', 'horizontal'], 'vertical').valid,
        check: (el, v) => {
          const layout = enumValue(v, ['vertical', 'horizontal'], 'vertical').value;
          const classes = part(rootOf(el), 'base')!.classList;
          expect(classes.contains(layout), layout).to.equal(true);
          expect(classes.contains(layout === 'vertical' ? 'horizontal' : 'vertical')).to.equal(
            false,
          );
        },
      },
      forAttribute(word('vertical', 'horizontal')),
      forProperty(word('vertical', 'horizontal'), word('vertical', 'horizontal')),
    ),
    ...booleanTargets('compact', 'compact', {}, (root, on) => {
      expect(parts(root, 'description')).to.have.length(on ? 0 : 5);
      expect(part(root, 'base')!.classList.contains('compact')).to.equal(on);
    }),
    ...booleanTargets('hide-calendar', 'hideCalendar', DATED, (root, on) =>
      expect(part(root, 'calendar-button') === null).to.equal(on),
    ),
    ...headingTargets(),
    ...headingLevelTargets({}, (root, level) => {
      expect(part(root, 'heading')!.localName).to.equal(`h${level}`);
      const titles = parts(root, 'step-title').map((node) => node.localName);
      expect(titles).to.deep.equal(Array(5).fill(`h${Math.min(level + 1, 6)}`));
    }),
    ...themeTargets('treatment-timeline'),
  ],
};

describe('generated input for every attribute and property', () => {
  after(() => {
    for (const [tag, counts] of Object.entries(tried)) {
      const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
      const each = Object.entries(counts).map(([name, n]) => `${name}: ${n}`);
      console.log(
        `[robustness] <${tag}>: ${total} generated values over ${each.length} attributes and properties (${each.join(', ')})`,
      );
    }
  });

  for (const spec of [benefits, candidacy, timeline]) {
    describe(`<${spec.tag}>`, () => {
      for (const target of spec.targets) {
        const label =
          target.via === 'attribute' ? `attribute ${target.name}` : `property .${target.name}`;
        it(`survives ${RUNS} generated values of the ${label}`, async function () {
          this.timeout(120_000);
          const count = await exercise(spec, target);
          (tried[spec.tag] ??= {})[label] = count;
          expect(count).to.be.at.least(1000);
        });
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Model-based: the self-check's UI always shows what the pure rules say
// ---------------------------------------------------------------------------------------------

const SEQUENCES = 200;

type ChoiceField = 'priorTreatment' | 'commitment' | 'adult' | 'longHeadaches';
type Choice = CandidacyAnswers[ChoiceField];

/** What the person has given so far, and what the count inputs hold. */
interface Model {
  answers: CandidacyAnswers;
  drafts: Partial<Record<CountField, string>>;
  checks: CheckKey[];
  /**
   * After "Start again", until the next answer: what Undo brings back (the model's answers and
   * drafts, and the element's own `answers` as they were before the restart).
   */
  undo?: {
    answers: CandidacyAnswers;
    drafts: Partial<Record<CountField, string>>;
    elementAnswers: CandidacyAnswers;
  };
}
interface Real {
  el: BotoxCandidacyCheck;
}

/** The switchable check that asks for a field, if any (age and safety are always asked). */
const FIELD_CHECK: Partial<Record<keyof CandidacyAnswers, CheckKey>> = {
  longHeadaches: 'duration',
  painRelieverDays: 'overuse',
  triptanDays: 'overuse',
};
const asked = (model: Model, field: keyof CandidacyAnswers) => {
  // The count of preventives is asked only after an answer that needs it.
  if (field === 'preventivesTried') {
    const prior = model.answers.priorTreatment;
    return prior === 'not-helped' || prior === 'side-effects';
  }
  const check = FIELD_CHECK[field];
  return check === undefined || model.checks.includes(check);
};
const CHOICES: Record<ChoiceField, readonly Choice[]> = {
  priorTreatment: PRIOR_TREATMENTS,
  commitment: COMMITMENTS,
  adult: [true, false],
  longHeadaches: [true, false],
};
const raisedFlags = (answers: CandidacyAnswers) =>
  SAFETY_KEYS.filter((key) => answers.safety?.[key] === true);

let actions = 0;
let undone = 0;
const outcomes: Record<string, number> = {};

/** The outcome, the criteria and every control agree with the model (after one action). */
async function verify(model: Model, real: Real, action = true) {
  if (action) actions++;
  const { el } = real;
  await el.updateComplete;
  const root = rootOf(el);
  const expected = evaluateCandidacy(sanitizeAnswers(model.answers).answers, model.checks);
  outcomes[expected.outcome] = (outcomes[expected.outcome] ?? 0) + 1;
  expect(el.result, 'result').to.deep.equal(expected);
  expectHeadline(part(root, 'outcome')!, expected.outcome);
  const shown = parts(root, 'criterion');
  expect(shown).to.have.length(expected.criteria.length);
  // Listed with the points that need attention first.
  byAttention(expected.criteria).forEach((criterion, i) =>
    expect(shown[i].classList.contains(criterion.status), criterion.id).to.equal(true),
  );
  // The controls show the same answers.
  for (const [field, values] of Object.entries(CHOICES) as [ChoiceField, Choice[]][]) {
    const radios = [...root.querySelectorAll<HTMLInputElement>(`input[name="${field}"]`)];
    expect(radios, field).to.have.length(asked(model, field) ? values.length : 0);
    radios.forEach((radio, i) =>
      expect(radio.checked, `${field} ${String(values[i])}`).to.equal(
        model.answers[field] === values[i],
      ),
    );
  }
  for (const field of COUNT_FIELDS) {
    const input = root.querySelector<HTMLInputElement>(`#${field}`);
    if (asked(model, field)) expect(input!.value, field).to.equal(model.drafts[field] ?? '');
    else expect(input, field).to.equal(null);
  }
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  if (asked(model, 'safety')) {
    const raised = raisedFlags(model.answers);
    expect(boxes.map((box) => box.checked)).to.deep.equal([
      ...SAFETY_KEYS.map((key) => raised.includes(key)),
      model.answers.safety !== undefined && raised.length === 0,
    ]);
  } else {
    expect(boxes).to.have.length(0);
  }
  // The Undo notice shows after "Start again" until the next answer, and only then.
  const undo = part(root, 'undo');
  expect(undo, 'undo part').not.to.equal(null);
  expect(undo!.hidden, 'the Undo notice is hidden').to.equal(model.undo === undefined);
  expect(undo!.querySelectorAll('button'), 'Undo button').to.have.length(model.undo ? 1 : 0);
}

/** Types text into a count input, then leaves it (a `change` event). */
class TypeCount implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly field: CountField,
    readonly typed: string,
  ) {}
  check = (model: Readonly<Model>) => asked(model as Model, this.field);
  async run(model: Model, real: Real) {
    const input = rootOf(real.el).querySelector<HTMLInputElement>(`#${this.field}`)!;
    input.focus();
    input.value = this.typed;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    // What the input holds (a text input drops line breaks): a whole number in range, or nothing.
    const value = input.value.trim();
    const answers = { ...model.answers };
    if (/^\d+$/.test(value) && Number(value) <= COUNT_MAX[this.field]) {
      answers[this.field] = Number(value);
    } else {
      delete answers[this.field];
    }
    model.answers = answers;
    model.drafts = { ...model.drafts, [this.field]: input.value };
    model.undo = undefined;
    await verify(model, real);
  }
  toString = () => `type ${this.field} ${JSON.stringify(this.typed)}`;
}

/** Clicks a radio button. */
class ClickChoice implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly field: ChoiceField,
    readonly value: Choice,
  ) {}
  check = (model: Readonly<Model>) => asked(model as Model, this.field);
  async run(model: Model, real: Real) {
    const radio = new CandidacyHarness(real.el).choiceFor(this.field, this.value as never);
    // A radio button already chosen fires no change: nothing is answered anew.
    if (!radio.checked) model.undo = undefined;
    radio.click();
    model.answers = { ...model.answers, [this.field]: this.value };
    await verify(model, real);
  }
  toString = () => `click ${this.field} ${String(this.value)}`;
}

/** Clicks a safety checkbox, or "None of these" (`null`). */
class ClickSafety implements fc.AsyncCommand<Model, Real> {
  constructor(readonly key: SafetyKey | null) {}
  check = (model: Readonly<Model>) => asked(model as Model, 'safety');
  async run(model: Model, real: Real) {
    new CandidacyHarness(real.el).pick('safety', this.key ?? 'none');
    const raised = raisedFlags(model.answers);
    let flags: SafetyKey[] | null;
    if (this.key === null) {
      // "None of these" clears every flag; clicked again, the question is unanswered.
      const noneTicked = model.answers.safety !== undefined && raised.length === 0;
      flags = noneTicked ? null : [];
    } else {
      flags = raised.includes(this.key)
        ? raised.filter((key) => key !== this.key)
        : [...raised, this.key];
      // Unticking the last flag leaves the question unanswered (not "none of these").
      if (flags.length === 0) flags = null;
    }
    const answers = { ...model.answers };
    if (flags === null) delete answers.safety;
    else answers.safety = Object.fromEntries(flags.map((key) => [key, true]));
    model.answers = answers;
    model.undo = undefined;
    await verify(model, real);
  }
  toString = () => `click safety ${String(this.key)}`;
}

/** The page restores a saved state through `answers`. */
class SetAnswers implements fc.AsyncCommand<Model, Real> {
  constructor(readonly value: unknown) {}
  check = () => true;
  async run(model: Model, real: Real) {
    real.el.answers = this.value as CandidacyAnswers;
    const { kept } = expectedAnswers(this.value);
    model.answers = kept;
    model.drafts = Object.fromEntries(
      COUNT_FIELDS.filter((field) => kept[field] !== undefined).map((f) => [f, String(kept[f])]),
    );
    // Restored answers replace the cleared ones: nothing to undo any more.
    model.undo = undefined;
    await verify(model, real);
  }
  toString = () => `answers = ${fc.stringify(this.value)}`;
}

/**
 * The page restores a saved state that meets every criterion: honest answers a person could give
 * (each within the range that fits), so that sequences also reach `likely` and move on from it.
 */
class SetLikelyAnswers extends SetAnswers {
  constructor(readonly likely: CandidacyAnswers) {
    super(likely);
  }
  override async run(model: Model, real: Real) {
    for (const checks of [CHECK_KEYS, []] as const) {
      expect(evaluateCandidacy(this.likely, checks).outcome, 'the pure rules').to.equal('likely');
    }
    await super.run(model, real);
    expect(real.el.result.outcome, 'outcome').to.equal('likely');
  }
  override toString = () => `answers = likely ${fc.stringify(this.likely)}`;
}

/** "Start again". */
class Restart implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(model: Model, real: Real) {
    // In `form` mode the result's only navigation button is "Start again".
    const buttons = rootOf(real.el).querySelectorAll('[part~="result"] [part~="nav"] button');
    expect(buttons).to.have.length(1);
    const elementAnswers = real.el.answers;
    (buttons[0] as HTMLButtonElement).click();
    model.undo = { answers: model.answers, drafts: model.drafts, elementAnswers };
    model.answers = {};
    model.drafts = {};
    await verify(model, real);
    expect(real.el.answers, 'cleared').to.deep.equal({});
  }
  toString = () => 'start again';
}

/** "Undo" after "Start again": the answers and the typed text come back. */
class Undo implements fc.AsyncCommand<Model, Real> {
  check = (model: Readonly<Model>) => model.undo !== undefined;
  async run(model: Model, real: Real) {
    new CandidacyHarness(real.el).undoButton()!.click();
    undone++;
    const saved = model.undo!;
    model.answers = saved.answers;
    model.drafts = saved.drafts;
    model.undo = undefined;
    await verify(model, real);
    expect(real.el.answers, 'the answers as before "Start again"').to.deep.equal(
      saved.elementAnswers,
    );
  }
  toString = () => 'undo';
}

/** The clinic changes which checks apply. */
class SetChecks implements fc.AsyncCommand<Model, Real> {
  constructor(readonly checks: CheckKey[]) {}
  check = () => true;
  async run(model: Model, real: Real) {
    real.el.setAttribute('checks', this.checks.join(', '));
    model.checks = this.checks;
    await verify(model, real);
  }
  toString = () => `checks="${this.checks.join(', ')}"`;
}

const typedCount = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 40 }).map(String) },
  { weight: 1, arbitrary: numberText },
  { weight: 1, arbitrary: text },
);
/** A complete, valid state (so that sequences also reach every outcome). */
const completeAnswers = fc.record({
  headacheDays: fc.integer({ min: 0, max: 31 }),
  months: fc.integer({ min: 0, max: 600 }),
  painRelieverDays: fc.integer({ min: 0, max: 31 }),
  triptanDays: fc.integer({ min: 0, max: 31 }),
  preventivesTried: fc.integer({ min: 0, max: 20 }),
  adult: fc.boolean(),
  longHeadaches: fc.boolean(),
  priorTreatment: fc.constantFrom(...PRIOR_TREATMENTS),
  commitment: fc.constantFrom(...COMMITMENTS),
  safety: fc.dictionary(fc.constantFrom(...SAFETY_KEYS), fc.boolean()),
});
/** Days of pain relievers and of triptans that are not overuse, alone or together. */
const noOveruse = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: LIMITS.painRelieverOveruseDays - 1 }), fc.constant(0)),
  fc.tuple(fc.constant(0), fc.integer({ min: 0, max: LIMITS.triptanOveruseDays - 1 })),
  fc
    .integer({ min: 1, max: LIMITS.combinedOveruseDays - 2 })
    .chain((pain) =>
      fc.tuple(
        fc.constant(pain),
        fc.integer({ min: 1, max: LIMITS.combinedOveruseDays - 1 - pain }),
      ),
    ),
);
/** A complete state that meets every criterion, whichever checks apply (the outcome `likely`). */
const likelyAnswers: fc.Arbitrary<CandidacyAnswers> = fc
  .record({
    headacheDays: fc.integer({ min: LIMITS.chronicDays, max: 31 }),
    months: fc.integer({ min: LIMITS.chronicMonths, max: 600 }),
    overuse: noOveruse,
    preventivesTried: fc.integer({ min: LIMITS.preventivesNeeded, max: 20 }),
    priorTreatment: fc.constantFrom('not-helped' as const, 'side-effects' as const),
    // Every flag left out or explicitly not ticked.
    safety: fc.dictionary(fc.constantFrom(...SAFETY_KEYS), fc.constant(false)),
  })
  .map(({ overuse: [painRelieverDays, triptanDays], ...rest }) => ({
    ...rest,
    painRelieverDays,
    triptanDays,
    adult: true,
    longHeadaches: true,
    commitment: 'yes' as const,
  }));

const commands = [
  fc.tuple(fc.constantFrom(...COUNT_FIELDS), typedCount).map(([f, t]) => new TypeCount(f, t)),
  fc.tuple(fc.constantFrom(...COUNT_FIELDS), typedCount).map(([f, t]) => new TypeCount(f, t)),
  fc
    .constantFrom<[ChoiceField, Choice][]>(
      ...(Object.entries(CHOICES) as [ChoiceField, Choice[]][]).flatMap(([field, values]) =>
        values.map((value): [ChoiceField, Choice] => [field, value]),
      ),
    )
    .map(([field, value]) => new ClickChoice(field, value)),
  fc.constantFrom(...SAFETY_KEYS, null).map((key) => new ClickSafety(key)),
  answersValue.map((value) => new SetAnswers(value)),
  completeAnswers.map((value) => new SetAnswers(value)),
  likelyAnswers.map((value) => new SetLikelyAnswers(value)),
  fc.constant(new Restart()),
  fc.constant(new Undo()),
  fc.subarray([...CHECK_KEYS]).map((checks) => new SetChecks(checks)),
];

describe('<botox-candidacy-check> against the pure rules (model-based)', () => {
  it(`shows evaluateCandidacy's result after ${SEQUENCES} random answer sequences`, async function () {
    this.timeout(120_000);
    const warnings = captureWarnings();
    const errors = watchErrors();
    const host = document.createElement('div');
    document.body.append(host);
    let sequences = 0;
    actions = 0;
    undone = 0;
    for (const outcome of Object.keys(outcomes)) delete outcomes[outcome];
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.subarray([...CHECK_KEYS]),
          fc.commands(commands, { maxCommands: 20, size: 'large' }),
          async (checks, sequence) => {
            sequences++;
            const el = document.createElement('botox-candidacy-check');
            el.setAttribute('mode', 'form');
            el.setAttribute('checks', checks.join(','));
            host.append(el);
            await el.updateComplete;
            const model: Model = { answers: {}, drafts: {}, checks };
            await verify(model, { el }, false);
            await fc.asyncModelRun(() => ({ model, real: { el } }), sequence);
            el.remove();
            expect(errors.seen, 'no uncaught error').to.deep.equal([]);
          },
        ),
        { seed: SEED, numRuns: SEQUENCES, endOnFailure: true, includeErrorInReport: true },
      );
      await nextTask();
      expect(errors.seen).to.deep.equal([]);
    } finally {
      warnings.restore();
      errors.stop();
      host.remove();
    }
    console.log(
      `[robustness] <botox-candidacy-check> model: ${sequences} sequences, ${actions} actions (${undone} of them Undo), each checked against evaluateCandidacy (outcomes: ${JSON.stringify(outcomes)})`,
    );
    expect(undone, 'Undo after "Start again" was tried').to.be.greaterThan(0);
    expect(Object.keys(outcomes).sort(), 'every outcome was reached').to.deep.equal([
      'discuss',
      'incomplete',
      'likely',
      'unlikely',
    ]);
    expect(sequences).to.be.at.least(SEQUENCES);
  });
});
