/**
 * Storybook's controls, built from the element's public API and nothing else.
 *
 * Storybook's own reading of custom-elements.json lists every member (statics, read-only
 * properties), lists each attribute twice (kebab attribute and camelCase property) and lets a
 * CSS part with an attribute's name (`heading`, `step`) replace that attribute's control. Here:
 *
 * - one control per **attribute**, named as in HTML (`heading-level`), typed from the same schema
 *   the WordPress blocks and the clinic studio use (scripts/element-schema.mjs): a select for a
 *   fixed set of values, a switch for a boolean, a number with its range, a date picker, a
 *   "choose which" checklist for `checks` / `items`, text otherwise;
 * - one control per writable **property** that has no attribute (`answers`: an object);
 * - one row per **event** (its exact name), logged in the Actions panel with its `detail`;
 * - one control per **CSS custom property** (a colour picker for colours), in its own category.
 *
 * CSS parts and slots are not args: the Docs page lists them (see `componentDescription`).
 * `renderWidget()` draws an element from args, so every control reaches the element the way a
 * page would set it: attributes as attributes, `answers` as a property, custom properties as
 * inline style, events through `addEventListener`.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/define.js';
import { elementSchema, MANIFEST as manifest } from '../scripts/element-schema.mjs';

/** The categories of the Controls table, in the order they are shown. */
export const CATEGORIES = {
  attributes: 'attributes',
  properties: 'properties',
  events: 'events',
  cssProperties: 'CSS custom properties',
} as const;

interface ManifestItem {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: { text?: string };
  kind?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}
export interface ElementDeclaration {
  tagName: string;
  summary?: string;
  description?: string;
  attributes?: (ManifestItem & { fieldName?: string })[];
  members?: ManifestItem[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
}

/** The manifest's declaration of `tag`, or `undefined` for a tag it does not know. */
export function declarationOf(tag: string): ElementDeclaration | undefined {
  for (const module of (manifest as { modules: { declarations?: unknown[] }[] }).modules)
    for (const declaration of (module.declarations ?? []) as ElementDeclaration[])
      if (declaration.tagName === tag) return declaration;
  return undefined;
}

const schema = elementSchema();
const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ').trim();
/** A colour token: its default is a hex colour, or (no fixed default) its description says "Colour". */
const isColour = (token: ManifestItem) =>
  /^#[0-9a-f]{3,8}$/i.test(token.default?.trim() ?? '') ||
  /^colour\b/i.test(token.description ?? '');

/**
 * The writable public properties that no attribute reflects (`answers`): members that are
 * public, not static, not read-only, fields, and not an attribute's field.
 */
function propertyOnly(declaration: ElementDeclaration): ManifestItem[] {
  const fields = new Set((declaration.attributes ?? []).map((a) => a.fieldName ?? a.name));
  return (declaration.members ?? []).filter(
    (member) =>
      member.kind === 'field' &&
      (member.privacy ?? 'public') === 'public' &&
      !member.static &&
      !member.readonly &&
      !member.name.startsWith('_') &&
      !fields.has(member.name),
  );
}

/** The controls of `tag`, keyed by their names in the public API. Empty for an unknown tag. */
export function widgetArgTypes(tag: string): ArgTypes {
  const declaration = declarationOf(tag);
  const element = schema.elements[tag as keyof typeof schema.elements];
  if (!declaration || !element) return {};
  const argTypes: ArgTypes = {};

  for (const attribute of element.attributes) {
    const manifestAttribute = declaration.attributes!.find((a) => a.name === attribute.name)!;
    const control =
      attribute.kind === 'enum'
        ? { type: attribute.values!.length > 3 ? 'select' : 'inline-radio' }
        : attribute.kind === 'list'
          ? { type: 'inline-check' }
          : attribute.kind === 'integer'
            ? { type: 'number', min: attribute.min, max: attribute.max, step: 1 }
            : attribute.kind === 'boolean'
              ? { type: 'boolean' }
              : attribute.kind === 'date'
                ? { type: 'date' }
                : { type: 'text' };
    const range =
      attribute.kind === 'integer' && attribute.min !== undefined
        ? attribute.max === undefined
          ? ` (${attribute.min} or more)`
          : ` (${attribute.min}–${attribute.max})`
        : '';
    argTypes[attribute.name] = {
      name: attribute.name,
      description: `${attribute.description}${range} Property: \`${attribute.property}\`.`,
      control: control as ArgTypes[string]['control'],
      ...(attribute.values ? { options: attribute.values } : {}),
      table: {
        category: CATEGORIES.attributes,
        type: { summary: manifestAttribute.type?.text ?? attribute.kind },
        ...(manifestAttribute.default === undefined
          ? {}
          : { defaultValue: { summary: manifestAttribute.default } }),
      },
    };
  }

  for (const property of propertyOnly(declaration)) {
    argTypes[property.name] = {
      name: property.name,
      description: `${oneLine(property.description)} Property only (no attribute).`,
      control: { type: 'object' },
      table: {
        category: CATEGORIES.properties,
        type: { summary: property.type?.text ?? 'object' },
      },
    };
  }

  for (const event of declaration.events ?? []) {
    argTypes[event.name] = {
      name: event.name,
      description: oneLine(event.description),
      action: event.name,
      control: false,
      table: { category: CATEGORIES.events, type: { summary: event.type?.text ?? 'CustomEvent' } },
    };
  }

  for (const property of declaration.cssProperties ?? []) {
    argTypes[property.name] = {
      name: property.name,
      description: oneLine(property.description),
      control: { type: isColour(property) ? 'color' : 'text' },
      table: {
        category: CATEGORIES.cssProperties,
        type: { summary: isColour(property) ? 'colour' : 'CSS value' },
        ...(property.default === undefined ? {} : { defaultValue: { summary: property.default } }),
      },
    };
  }
  return argTypes;
}

/**
 * The CSS custom properties of every element, once each (a theme sets them for the page): the
 * controls of the theming story.
 */
export function tokenArgTypes(): ArgTypes {
  const tokens: ArgTypes = {};
  for (const tag of Object.keys(schema.elements))
    for (const [name, argType] of Object.entries(widgetArgTypes(tag)))
      if (argType.table?.category === CATEGORIES.cssProperties) tokens[name] ??= argType;
  return tokens;
}

/** A `date` control's value (a timestamp at local midnight) or a string as `YYYY-MM-DD`. */
export function dateArg(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const day = new Date(value);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${two(day.getMonth() + 1)}-${two(day.getDate())}`;
}

type Listener = (event: Event) => void;
const listeners = new WeakMap<Element, Map<string, Listener>>();

/**
 * Sets `args` on `element` as a page would: each attribute (removed when the arg is not set),
 * each property-only member, each CSS custom property (inline style), and a listener per event
 * that passes the event's `detail` to the event's arg (Storybook's action).
 */
export function applyArgs(element: HTMLElement, args: Record<string, unknown>): void {
  const tag = element.localName;
  const argTypes = widgetArgTypes(tag);
  const kinds = new Map(
    (schema.elements[tag as keyof typeof schema.elements]?.attributes ?? []).map((a) => [
      a.name,
      a.kind,
    ]),
  );
  const previous = listeners.get(element) ?? new Map<string, Listener>();
  for (const [name, listener] of previous) element.removeEventListener(name, listener);
  previous.clear();
  listeners.set(element, previous);

  for (const [name, argType] of Object.entries(argTypes)) {
    const value = args[name];
    const category = argType.table?.category;
    if (category === CATEGORIES.attributes) {
      const kind = kinds.get(name);
      const text =
        kind === 'boolean'
          ? value
            ? ''
            : undefined
          : kind === 'list'
            ? Array.isArray(value)
              ? value.join(',')
              : (value as string | undefined)
            : kind === 'date'
              ? dateArg(value)
              : value === undefined || value === null
                ? undefined
                : String(value);
      if (text === undefined) element.removeAttribute(name);
      else element.setAttribute(name, text);
    } else if (category === CATEGORIES.properties) {
      if (value !== undefined) (element as unknown as Record<string, unknown>)[name] = value;
    } else if (category === CATEGORIES.cssProperties) {
      if (typeof value === 'string' && value !== '') element.style.setProperty(name, value);
      else element.style.removeProperty(name);
    } else if (category === CATEGORIES.events && typeof value === 'function') {
      const listener: Listener = (event) =>
        (value as (detail: unknown) => void)((event as CustomEvent).detail);
      element.addEventListener(name, listener);
      previous.set(name, listener);
    }
  }
}

/** A story's render: `<tag>` with `args` applied (see `applyArgs`) and `children` inside. */
export function renderWidget(
  tag: 'benefits-list' | 'botox-candidacy-check' | 'treatment-timeline',
  children?: TemplateResult,
) {
  const set = (args: Record<string, unknown>) =>
    ref((element) => {
      if (element) applyArgs(element as HTMLElement, args);
    });
  switch (tag) {
    case 'benefits-list':
      return (args: Record<string, unknown>) =>
        html`<benefits-list ${set(args)}>${children}</benefits-list>`;
    case 'botox-candidacy-check':
      return (args: Record<string, unknown>) =>
        html`<botox-candidacy-check ${set(args)}>${children}</botox-candidacy-check>`;
    case 'treatment-timeline':
      return (args: Record<string, unknown>) =>
        html`<treatment-timeline ${set(args)}>${children}</treatment-timeline>`;
  }
}
