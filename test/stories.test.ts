/**
 * Renders every story of every element, as Storybook would with its args, and runs axe on it, so
 * stories cannot rot. New stories files are picked up from the list below.
 */
import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { LitElement } from 'lit';
import { followDocumentLocale, setLocale } from '../src/localization/locale.js';
import { applyStoryGlobals } from '../stories/story-globals.js';
import * as benefitsList from '../stories/benefits-list.stories.js';
import * as candidacyCheck from '../stories/botox-candidacy-check.stories.js';
import * as treatmentTimeline from '../stories/treatment-timeline.stories.js';
import * as themes from '../stories/themes.stories.js';

interface StoryLike {
  args?: Record<string, unknown>;
  globals?: { locale?: string; theme?: string };
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
}
interface StoriesModule {
  default: StoryLike & { title: string; component: string };
}

const modules = [
  benefitsList,
  candidacyCheck,
  treatmentTimeline,
  themes,
] as unknown as StoriesModule[];

for (const module of modules) {
  const meta = module.default;
  describe(`stories: ${meta.title}`, () => {
    const stories = Object.entries(module).filter(([name]) => name !== 'default') as Array<
      [string, StoryLike]
    >;
    it('has stories', () => expect(stories.length).to.be.greaterThan(2));
    for (const [name, story] of stories) {
      for (const theme of ['light', 'dark']) {
        it(`${name} (${theme}) renders and is accessible`, async () => {
          const args = { ...meta.args, ...story.args };
          const render = story.render ?? meta.render!;
          const locale = story.globals?.locale;
          await (locale ? setLocale(locale) : followDocumentLocale());
          const root = await fixture<HTMLElement>(render(args, { args }) as TemplateResult);
          const host = root.parentElement as HTMLElement;
          applyStoryGlobals(host, { locale, theme });
          await Promise.resolve();
          const widgets = [root, ...root.querySelectorAll('*')].filter(
            (el) => el.localName === meta.component,
          ) as LitElement[];
          expect(widgets.length, 'the story shows its element').to.be.greaterThan(0);
          for (const widget of widgets) {
            await widget.updateComplete;
            expect(widget.shadowRoot!.textContent!.trim().length, 'not blank').to.be.greaterThan(0);
            if (theme === 'dark' && !story.args?.theme && !widget.hasAttribute('style')) {
              expect(widget.getAttribute('theme')).to.equal('dark');
            }
          }
          await expect(root).to.be.accessible();
        });
      }
    }
  });
}
