// The widgets' attributes as data, for tools that build markup or a settings form for them: the
// WordPress plugin (scripts/build-wordpress.mjs writes it as generated/schema.json), and later a
// clinic "studio" page or Storybook controls.
//
// It is derived, never typed by hand: the elements, their attributes (in the manifest's order),
// descriptions and defaults come from `custom-elements.json` (the public API only), and the allowed
// values and ranges from the constants the library exports (built into `dist/npm/`). Each
// attribute's TypeScript type text in the manifest is mapped to a kind below; a type text that
// has no mapping (a new attribute, or a changed type) throws, so the schema cannot drift silently.
//
// Run `npm run build` (or at least `vite build --mode npm` and `cem analyze`) first. In Node:
//
//   import { elementSchema } from './scripts/element-schema.mjs';
//   const schema = elementSchema();
//   schema.elements['treatment-timeline'].attributes.find((a) => a.name === 'sessions');
//   // → { name: 'sessions', property: 'sessions', kind: 'integer', min: 1, max: 12, default: 4, … }
//
// The module has no Node-only import: a bundler (Vite, Storybook) can load it as well.

import manifestJson from '../custom-elements.json' with { type: 'json' };
import {
  BENEFIT_KEYS,
  BENEFIT_LAYOUTS,
  CANDIDACY_MODES,
  CHECK_KEYS,
  INTERVAL_WEEKS,
  SESSION_COUNT,
  THEMES,
  TIMELINE_ORIENTATIONS,
  VERSION,
} from '../dist/npm/index.js';
import { HEADING_LEVELS } from '../dist/npm/logic/attributes.js';

/** The parsed custom-elements.json the schema is read from (for tools that also need its parts, events…). */
export const MANIFEST = manifestJson;

/**
 * The kinds of attribute value:
 * - `enum`: one of `values`;
 * - `list`: comma-separated keys from `values`, in the order given; not set = the element's own
 *   selection, empty = none;
 * - `integer`: a whole number from `min` to `max` (either may be absent);
 * - `boolean`: a boolean attribute (present = true);
 * - `date`: a calendar date, `YYYY-MM-DD`;
 * - `text`: plain text, shown as text;
 * - `url`: a link (the element keeps only safe ones).
 */
export const KINDS = Object.freeze(['enum', 'list', 'integer', 'boolean', 'date', 'text', 'url']);

/**
 * The elements, in the order tools present them, with what the manifest does not say: a title
 * for people and the short `type` used in names (`botox-widgets/<type>` block names, shortcodes).
 */
export const ELEMENTS = Object.freeze({
  'botox-candidacy-check': { type: 'candidacy-check', title: 'Botox candidacy check' },
  'treatment-timeline': { type: 'treatment-timeline', title: 'Treatment timeline' },
  'benefits-list': { type: 'benefits-list', title: 'Botox benefits list' },
});

/**
 * Attributes that belong in hand-written markup or in tests, not in a page builder's settings
 * (`block: false`): a form field's `name` and `required`, the current `step` of the check, and
 * the timeline's fixed `today`.
 */
export const NOT_FOR_BLOCKS = Object.freeze(['name', 'required', 'step', 'today']);

/** The constants the schema reads values and ranges from: the library's own exports. */
export const BUILT_CONSTANTS = Object.freeze({
  BENEFIT_KEYS,
  BENEFIT_LAYOUTS,
  CANDIDACY_MODES,
  CHECK_KEYS,
  HEADING_LEVELS,
  INTERVAL_WEEKS,
  SESSION_COUNT,
  THEMES,
  TIMELINE_ORIENTATIONS,
});

const enumOf = (values) => ({ kind: 'enum', values: [...values] });
const listOf = (values) => ({ kind: 'list', values: [...values] });
const range = ({ min, max, default: fallback }) => ({
  kind: 'integer',
  ...(min === undefined ? {} : { min }),
  ...(max === undefined ? {} : { max }),
  ...(fallback === undefined ? {} : { expectedDefault: fallback }),
});

/**
 * Ranges of the attributes typed `number | string`, which the type does not tell apart. `step` is
 * an index into the questions (0-based): its upper end depends on the answers.
 */
const NUMBER_RANGES = {
  'treatment-timeline interval-weeks': (c) => range(c.INTERVAL_WEEKS),
  'treatment-timeline sessions': (c) => range(c.SESSION_COUNT),
  'botox-candidacy-check step': () => range({ min: 0 }),
};

/**
 * Manifest type text → kind, values and range. Each entry gets the constants, the manifest
 * attribute and the element's tag; it returns the kind and, for enum/list, `values`, for integer
 * `min`/`max` (and `expectedDefault`, checked against the manifest's default).
 */
const TYPE_KINDS = {
  boolean: () => ({ kind: 'boolean' }),
  CandidacyMode: (c) => enumOf(c.CANDIDACY_MODES),
  BenefitsLayout: (c) => enumOf(c.BENEFIT_LAYOUTS),
  Theme: (c) => enumOf(c.THEMES),
  'TimelineOrientation | string': (c) => enumOf(c.TIMELINE_ORIENTATIONS),
  'HeadingLevel | number | string': (c) =>
    range({ min: Math.min(...c.HEADING_LEVELS), max: Math.max(...c.HEADING_LEVELS) }),
  'readonly BenefitKey[] | string | null | undefined': (c) => listOf(c.BENEFIT_KEYS),
  'readonly (CheckKey | AlwaysAskedKey)[] | string | null | undefined': (c) => listOf(c.CHECK_KEYS),
  'number | string': (c, attribute, tag) => {
    const ranged = NUMBER_RANGES[`${tag} ${attribute.name}`];
    if (!ranged)
      throw new Error(`no range is known for <${tag} ${attribute.name}> (number | string)`);
    return ranged(c);
  },
  // Links are named `…-href` or `…-url`; any other string is plain text.
  'string | undefined': (_, attribute) => ({
    kind: /-(?:href|url)$/.test(attribute.name) ? 'url' : 'text',
  }),
  // Nullable strings are the dates (`start-date`, `today`), documented as `YYYY-MM-DD`.
  'string | null | undefined': (_, attribute, tag) => {
    if (!(attribute.description ?? '').includes('YYYY-MM-DD'))
      throw new Error(`<${tag} ${attribute.name}>: a nullable string that is not a date`);
    return { kind: 'date' };
  },
};

/** The manifest's default (source text such as `'steps'`, `2`, `false`) as a value. */
function parseDefault(text, where) {
  if (text === undefined || text === 'undefined' || text === 'null') return undefined;
  const quoted = /^(['"`])(.*)\1$/s.exec(text);
  if (quoted) return quoted[2];
  if (text === 'true' || text === 'false') return text === 'true';
  if (/^-?\d+(?:\.\d+)?$/.test(text)) return Number(text);
  throw new Error(`${where}: cannot read the default ${text}`);
}

/** One manifest attribute as a schema attribute, or throws when its type has no mapping. */
function schemaAttribute(attribute, tag, constants) {
  const where = `<${tag} ${attribute.name}>`;
  const typeText = attribute.type?.text;
  const resolve = TYPE_KINDS[typeText];
  if (!resolve)
    throw new Error(
      `${where}: the type "${typeText}" has no kind: map it in TYPE_KINDS (scripts/element-schema.mjs)`,
    );
  const { kind, values, min, max, expectedDefault } = resolve(constants, attribute, tag);
  if (values !== undefined && values.length === 0)
    throw new Error(`${where}: the constants give no values`);
  for (const [name, bound] of Object.entries({ min, max }))
    if (bound !== undefined && !Number.isInteger(bound))
      throw new Error(`${where}: the constants give no whole-number ${name}`);

  let value = parseDefault(attribute.default, where);
  if (kind === 'boolean') value ??= false;
  const hasDefault = ['enum', 'integer', 'boolean'].includes(kind) && value !== undefined;
  if (hasDefault) {
    const fits =
      kind === 'enum'
        ? values.includes(value)
        : kind === 'boolean'
          ? typeof value === 'boolean'
          : Number.isInteger(value) &&
            (min === undefined || value >= min) &&
            (max === undefined || value <= max) &&
            (expectedDefault === undefined || value === expectedDefault);
    if (!fits)
      throw new Error(`${where}: the default ${attribute.default} does not fit its ${kind}`);
  }

  return {
    name: attribute.name,
    property: attribute.fieldName ?? attribute.name,
    kind,
    ...(values === undefined ? {} : { values }),
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
    ...(hasDefault ? { default: value } : {}),
    description: (attribute.description ?? '').replace(/\s*\n\s*/g, ' ').trim(),
    block: !NOT_FOR_BLOCKS.includes(attribute.name),
  };
}

/**
 * The schema of every element:
 *
 * ```
 * { version, elements: { [tag]: { block, type, title, summary, attributes: [
 *     { name, property, kind, values?, min?, max?, default?, description, block } ] } } }
 * ```
 *
 * - `name` is the HTML attribute, `property` the JavaScript property;
 * - `default` is given for `enum`, `integer` and `boolean` only (a list, text, link or date that
 *   is not set keeps the element's own behaviour);
 * - `block` is `false` for attributes a page builder should not offer (see `NOT_FOR_BLOCKS`);
 * - element `block` is the WordPress block name, `botox-widgets/<type>`.
 *
 * Options, for tests and for tools that load the manifest or the constants themselves:
 * `manifest` (the parsed custom-elements.json), `constants` (see `BUILT_CONSTANTS`), `version`.
 * Throws when an element or an attribute cannot be resolved.
 */
export function elementSchema({
  manifest = manifestJson,
  constants = BUILT_CONSTANTS,
  version = VERSION,
} = {}) {
  const declarations = new Map(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => [declaration.tagName, declaration]),
  );
  for (const tag of declarations.keys())
    if (!ELEMENTS[tag])
      throw new Error(`<${tag}> is not in ELEMENTS (scripts/element-schema.mjs): give it a title`);

  const elements = {};
  for (const [tag, { type, title }] of Object.entries(ELEMENTS)) {
    const declaration = declarations.get(tag);
    if (!declaration) throw new Error(`custom-elements.json has no <${tag}>`);
    elements[tag] = {
      block: `botox-widgets/${type}`,
      type,
      title,
      summary: (declaration.summary ?? '').replace(/\s*\n\s*/g, ' ').trim(),
      attributes: (declaration.attributes ?? []).map((attribute) =>
        schemaAttribute(attribute, tag, constants),
      ),
    };
  }
  return { version, elements };
}
