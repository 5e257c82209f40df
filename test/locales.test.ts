/**
 * Every story of every element, in every shipped language: no English left (brand and proper
 * names aside), no placeholder left unfilled, accessible in the light and the dark theme — Arabic
 * laid out right to left.
 */
import { expect, fixture } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import { followDocumentLocale, setLocale, SHIPPED_LOCALES } from '../src/localization/locale.js';
import { applyStoryGlobals } from '../stories/story-globals.js';
import * as benefitsList from '../stories/benefits-list.stories.js';
import * as candidacyCheck from '../stories/botox-candidacy-check.stories.js';
import * as treatmentTimeline from '../stories/treatment-timeline.stories.js';

interface StoryLike {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
}
type StoriesModule = Record<string, StoryLike> & {
  default: StoryLike & { component: string; title: string };
};

const TAGS = ['benefits-list', 'botox-candidacy-check', 'treatment-timeline'];
/** Names that stay as they are in every language. */
const KEEP =
  /^(Botox|NorCal Pain Treatment Center|Lakeside Headache Clinic|ALS|[\d\s.,:;/%+()–-]+)$/;

/** Every visible text and accessible name inside the widgets' shadow roots. */
function texts(root: Element): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent!.replace(/\s+/g, ' ').trim();
      if (text && node.parentElement?.localName !== 'style') found.push(text);
      return;
    }
    if (node instanceof Element) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext']) {
        const value = node.getAttribute(name);
        if (value) found.push(value.trim());
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  for (const widget of root.querySelectorAll(TAGS.join(','))) visit(widget.shadowRoot!);
  if (TAGS.includes(root.localName)) visit((root as Element).shadowRoot!);
  return found;
}

async function render(story: StoryLike, meta: StoryLike): Promise<HTMLElement> {
  const args = { ...meta.args, ...story.args };
  const root = await fixture<HTMLElement>((story.render ?? meta.render!)(args, { args }));
  const widgets = [root, ...root.querySelectorAll('*')].filter((el) =>
    TAGS.includes(el.localName),
  ) as LitElement[];
  for (const widget of widgets) await widget.updateComplete;
  return root;
}

const modules = [benefitsList, candidacyCheck, treatmentTimeline] as unknown as StoriesModule[];

/** How many times axe ran in this file (printed at the end). */
let axeRuns = 0;
after(() =>
  console.log(`locales.test: ${axeRuns} axe runs (every story × language × light, dark)`),
);

for (const locale of SHIPPED_LOCALES.filter((code) => code !== 'en')) {
  describe(`every story in ${locale}`, () => {
    after(() => followDocumentLocale());
    for (const module of modules) {
      const meta = module.default;
      for (const [name, story] of Object.entries(module).filter(([key]) => key !== 'default')) {
        it(`${meta.component} ${name}`, async () => {
          await setLocale('en');
          const english = new Set(texts(await render(story, meta)));
          await setLocale(locale);
          const root = await render(story, meta);
          const shown = texts(root);
          expect(shown.length, 'shows text').to.be.greaterThan(0);
          // Text the clinic supplies (a heading, a name) is shown as given, in any language.
          const supplied = new Set(
            Object.values({ ...meta.args, ...story.args }).filter((v) => typeof v === 'string'),
          );
          for (const widget of [root, ...root.querySelectorAll(TAGS.join(','))]) {
            for (const attribute of widget.attributes) supplied.add(attribute.value);
          }
          const leftInEnglish = shown.filter(
            (text) =>
              english.has(text) &&
              !KEEP.test(text) &&
              !supplied.has(text) &&
              text.split(/\s+/).length >= 2,
          );
          expect(leftInEnglish, 'English left').to.deep.equal([]);
          const unfilled = shown.filter((text) =>
            /\{\d+\}|\$\{|undefined|NaN|\[object /.test(text),
          );
          expect(unfilled, 'unfilled placeholders').to.deep.equal([]);
          if (locale === 'ar') {
            for (const widget of root.querySelectorAll(TAGS.join(','))) {
              const base = widget.shadowRoot!.querySelector('[part="base"]')!;
              expect(getComputedStyle(base).direction, 'Arabic is right to left').to.equal('rtl');
            }
          }
          await expect(root).to.be.accessible();
          axeRuns++;
          // The same story in the dark theme, as Storybook's theme toolbar applies it.
          const host = root.parentElement!;
          applyStoryGlobals(host, { locale, theme: 'dark' });
          await Promise.resolve();
          const widgets = host.querySelectorAll<LitElement>(TAGS.join(','));
          expect(widgets.length, 'widgets to darken').to.be.greaterThan(0);
          for (const widget of widgets) {
            await widget.updateComplete;
            expect(widget.getAttribute('theme'), 'dark theme applied').to.equal('dark');
            expect(getComputedStyle(widget).colorScheme, 'dark colours in use').to.equal('dark');
          }
          await expect(root, 'dark theme').to.be.accessible();
          axeRuns++;
        });
      }
    }
  });
}
