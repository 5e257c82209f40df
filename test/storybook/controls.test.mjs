// @ts-check
// The controls of every story, as the built Storybook computes them (its own argTypes after
// every enhancer), against the public API in custom-elements.json: each name must be an
// attribute, a writable property-only member, an event or a CSS custom property of the story's
// element — never a private, static or read-only member, never a CSS part or slot. No attribute
// may be listed twice (as attribute and property), and every attribute has exactly one
// control of the kind its values need.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { openPreview, setup } from './harness.mjs';

const manifest = JSON.parse(
  readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'),
);
const declarations = new Map(
  manifest.modules
    .flatMap((/** @type {any} */ module) => module.declarations ?? [])
    .filter((/** @type {any} */ d) => d.customElement)
    .map((/** @type {any} */ d) => [d.tagName, d]),
);

/** The public API of `tag` by kind of name. */
function publicApi(/** @type {string} */ tag) {
  const d = declarations.get(tag);
  const attributeFields = new Set(d.attributes.map((/** @type {any} */ a) => a.fieldName));
  return {
    attributes: new Map(d.attributes.map((/** @type {any} */ a) => [a.name, a])),
    properties: new Set(
      d.members
        .filter(
          (/** @type {any} */ m) =>
            m.kind === 'field' &&
            (m.privacy ?? 'public') === 'public' &&
            !m.static &&
            !m.readonly &&
            !attributeFields.has(m.name),
        )
        .map((/** @type {any} */ m) => m.name),
    ),
    events: new Set((d.events ?? []).map((/** @type {any} */ e) => e.name)),
    cssProperties: new Set((d.cssProperties ?? []).map((/** @type {any} */ c) => c.name)),
    parts: new Set((d.cssParts ?? []).map((/** @type {any} */ p) => p.name)),
    hidden: new Set(
      d.members
        .filter(
          (/** @type {any} */ m) => m.static || m.readonly || (m.privacy ?? 'public') !== 'public',
        )
        .map((/** @type {any} */ m) => m.name),
    ),
  };
}

/** The control each kind of attribute type text must get. */
function expectedControl(/** @type {any} */ attribute) {
  const type = attribute.type?.text ?? '';
  if (type === 'boolean') return 'boolean';
  if (/\[\]/.test(type)) return 'inline-check';
  if (/^(CandidacyMode|BenefitsLayout|Theme|TimelineOrientation)/.test(type)) return 'inline-radio';
  if (/number/.test(type)) return 'number';
  if ((attribute.description ?? '').includes('YYYY-MM-DD')) return 'date';
  return 'text';
}

/** @type {Awaited<ReturnType<typeof setup>>} */
let env;
/** @type {import('puppeteer-core').Page} */
let page;
/** @type {Record<string, { component?: string, argTypes: Record<string, any> }>} */
let computed;
before(async () => {
  env = await setup();
  ({ page } = await openPreview(env.browser, env.url, env.stories[0].id));
  computed = await page.evaluate(
    async (ids) => {
      const store = /** @type {any} */ (window).__STORYBOOK_PREVIEW__.storyStoreValue;
      /** @type {Record<string, any>} */
      const out = {};
      for (const storyId of ids) {
        const story = await store.loadStory({ storyId });
        out[storyId] = {
          component: story.component,
          argTypes: Object.fromEntries(
            Object.entries(story.argTypes).map(([key, argType]) => [
              key,
              {
                name: /** @type {any} */ (argType).name,
                category: /** @type {any} */ (argType).table?.category,
                disabled: Boolean(/** @type {any} */ (argType).table?.disable),
                control: /** @type {any} */ (argType).control,
                options: /** @type {any} */ (argType).options,
                action: /** @type {any} */ (argType).action,
              },
            ]),
          ),
        };
      }
      return out;
    },
    env.stories.map((story) => story.id),
  );
});
after(() => env?.close());

test('every story has its controls computed', () => {
  assert.equal(Object.keys(computed).length, env.stories.length);
  assert.ok(env.stories.length > 50);
});

test("each element story's controls are its public API, once each, with no part in their place", () => {
  /** @type {string[]} */
  const problems = [];
  let checked = 0;
  for (const [id, { component, argTypes }] of Object.entries(computed)) {
    if (!component) continue;
    checked++;
    const api = publicApi(component);
    const names = Object.values(argTypes).map((a) => a.name);
    const duplicates = names.filter((name, i) => names.indexOf(name) !== i);
    if (duplicates.length) problems.push(`${id}: listed twice: ${duplicates.join(', ')}`);
    for (const [key, argType] of Object.entries(argTypes)) {
      const known =
        api.attributes.has(key) ||
        api.properties.has(key) ||
        api.events.has(key) ||
        api.cssProperties.has(key);
      if (!known) problems.push(`${id}: "${key}" is not in <${component}>'s public API`);
      if (api.hidden.has(key)) problems.push(`${id}: "${key}" is static, read-only or private`);
      if (/part/i.test(argType.category ?? '') || /slot/i.test(argType.category ?? ''))
        problems.push(`${id}: "${key}" is a ${argType.category} row`);
      if (api.parts.has(key) && !api.attributes.has(key) && !api.properties.has(key))
        problems.push(`${id}: "${key}" is a CSS part`);
      // A camelCase twin of an attribute (headingLevel beside heading-level).
      for (const attribute of api.attributes.values())
        if (attribute.fieldName === key && attribute.name !== key)
          problems.push(`${id}: "${key}" duplicates the attribute ${attribute.name}`);
    }
    for (const [name, attribute] of api.attributes) {
      const argType = argTypes[name];
      if (!argType) {
        problems.push(`${id}: no control for the attribute ${name}`);
        continue;
      }
      const type = typeof argType.control === 'object' ? argType.control?.type : argType.control;
      const expected = expectedControl(attribute);
      const fits =
        expected === 'inline-radio' ? ['inline-radio', 'select'].includes(type) : type === expected;
      if (!fits) problems.push(`${id}: ${name} has a ${type} control, not ${expected}`);
      if (argType.category !== 'attributes')
        problems.push(`${id}: ${name} is not under attributes`);
      if (expected === 'inline-radio' && !(argType.options?.length > 1))
        problems.push(`${id}: ${name} offers no values`);
    }
    for (const event of api.events)
      if (argTypes[event]?.action !== event)
        problems.push(`${id}: ${event} is not logged as an action`);
  }
  assert.ok(checked > 40, `${checked} element stories checked`);
  assert.deepEqual(problems, []);
});

test('the theming story offers every CSS custom property of the elements, and nothing else', () => {
  const tokens = computed['theming-tokens--live-tokens'];
  assert.ok(tokens, 'Theming/Tokens › Live tokens exists');
  const all = new Set([...declarations.keys()].flatMap((tag) => [...publicApi(tag).cssProperties]));
  assert.deepEqual(Object.keys(tokens.argTypes).sort(), [...all].sort());
  for (const argType of Object.values(tokens.argTypes))
    assert.equal(argType.category, 'CSS custom properties');
});
