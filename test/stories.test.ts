/**
 * Renders every story, as Storybook would with its args (and its play function, which acts on
 * the widget as a person would), and runs axe on it in light and dark, so stories cannot rot.
 * The built Storybook itself is tested in test/storybook/ (controls, links, actions, visuals).
 * Also checks the controls' args reach the element, and the Docs pages' usage snippets against
 * the README they are cut from.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { LitElement } from 'lit';
import { ELEMENT_TAGS } from '../src/elements.js';
import { registerLocale } from '../src/localization/wording.js';
import { followDocumentLocale, setLocale } from '../src/localization/locale.js';
import { applyStoryGlobals, SAMPLE_LOCALE } from '../stories/story-globals.js';
import { applyArgs, dateArg, widgetArgTypes } from '../stories/arg-types.js';
import { readmeBlocks, usageSnippets } from '../stories/docs.js';
import * as benefitsList from '../stories/benefits-list.stories.js';
import * as candidacyCheck from '../stories/botox-candidacy-check.stories.js';
import * as treatmentTimeline from '../stories/treatment-timeline.stories.js';
import * as themes from '../stories/themes.stories.js';
import * as clinicPage from '../stories/clinic-page.stories.js';
import * as integrations from '../stories/integrations.stories.js';

interface StoryLike {
  args?: Record<string, unknown>;
  globals?: { locale?: string; theme?: string };
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement; args: Record<string, unknown> }) => Promise<void>;
}
interface StoriesModule {
  default: StoryLike & { title: string; component?: string };
}

const modules = [
  benefitsList,
  candidacyCheck,
  treatmentTimeline,
  themes,
  clinicPage,
  integrations,
] as unknown as StoriesModule[];

before(async () => {
  // As Storybook's preview does: the sample language a clinic adds.
  const response = await fetch('/docs/examples/vi.json');
  registerLocale(SAMPLE_LOCALE, (await response.json()) as Record<string, string>);
});
after(() => followDocumentLocale());

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
          const widgets = [root, ...root.querySelectorAll('*')].filter((el) =>
            (ELEMENT_TAGS as readonly string[]).includes(el.localName),
          ) as LitElement[];
          expect(widgets.length, 'the story shows a widget').to.be.greaterThan(0);
          if (meta.component) expect(widgets.map((w) => w.localName)).to.include(meta.component);
          await story.play?.({ canvasElement: host, args });
          for (const widget of widgets) {
            await widget.updateComplete;
            expect(widget.shadowRoot!.textContent!.trim().length, 'not blank').to.be.greaterThan(0);
            if (theme === 'dark' && !args.theme) {
              expect(widget.getAttribute('theme')).to.equal('dark');
            }
          }
          await expect(host).to.be.accessible();
        });
      }
    }
  });
}

describe('stories: what the play functions show', () => {
  const play = async (story: StoryLike, meta: StoriesModule['default']) => {
    const args = { ...meta.args, ...story.args };
    const root = await fixture<HTMLElement>(
      html`<div>${(story.render ?? meta.render!)(args, { args })}</div>`,
    );
    await story.play!({ canvasElement: root, args });
    const check = root.querySelector('botox-candidacy-check') as LitElement;
    await check.updateComplete;
    return check.shadowRoot!;
  };
  const stories = candidacyCheck as unknown as Record<string, StoryLike> & StoriesModule;

  it('ErrorUnanswered shows the missing-answer error', async () => {
    const shadow = await play(stories.ErrorUnanswered, stories.default);
    expect(shadow.querySelector('[part~="error"]')!.textContent).to.contain('Answer this question');
  });
  it('ErrorOutOfRange shows the range error', async () => {
    const shadow = await play(stories.ErrorOutOfRange, stories.default);
    expect(shadow.querySelector('[part~="error"]')!.textContent).to.contain('from 0 to 31');
  });
  it('SummaryCopied says the summary was copied, and the page keeps its own clipboard', async () => {
    const before = Object.getOwnPropertyDescriptor(navigator.clipboard, 'writeText');
    const shadow = await play(stories.SummaryCopied, stories.default);
    expect(shadow.querySelector('.copy-status')!.textContent!.trim()).to.equal('Summary copied.');
    expect(Object.getOwnPropertyDescriptor(navigator.clipboard, 'writeText')).to.equal(before);
  });
  // InAForm's state (the error at the first unanswered question) is checked in the built
  // Storybook by its baseline screenshots (test/storybook/visual.test.mjs).
  it('SummaryCopyFailed offers the summary to copy by hand', async () => {
    const shadow = await play(stories.SummaryCopyFailed, stories.default);
    expect(shadow.querySelector('textarea')!.value).to.contain('Botox');
  });
});

describe('stories: args reach the element as a page sets them', () => {
  it('sets attributes, lists, dates, properties, custom properties and events, and unsets them', async () => {
    const element = document.createElement('botox-candidacy-check');
    const seen: unknown[] = [];
    applyArgs(element, {
      'heading-level': 3,
      checks: ['overuse'],
      required: true,
      answers: { headacheDays: 20 },
      '--bmw-accent': '#7a2e8f',
      'candidacy-change': (detail: unknown) => seen.push(detail),
    });
    expect(element.getAttribute('heading-level')).to.equal('3');
    expect(element.getAttribute('checks')).to.equal('overuse');
    expect(element.hasAttribute('required')).to.equal(true);
    expect(element.answers.headacheDays).to.equal(20);
    expect(element.style.getPropertyValue('--bmw-accent')).to.equal('#7a2e8f');
    element.dispatchEvent(new CustomEvent('candidacy-change', { detail: { step: 1 } }));
    expect(seen).to.deep.equal([{ step: 1 }]);

    applyArgs(element, { required: false, 'candidacy-change': () => seen.push('second') });
    expect(element.hasAttribute('heading-level')).to.equal(false);
    expect(element.hasAttribute('checks')).to.equal(false);
    expect(element.hasAttribute('required')).to.equal(false);
    expect(element.style.getPropertyValue('--bmw-accent')).to.equal('');
    element.dispatchEvent(new CustomEvent('candidacy-change', { detail: {} }));
    expect(seen, 'the old listener is gone').to.deep.equal([{ step: 1 }, 'second']);

    applyArgs(element, { checks: [] });
    expect(element.getAttribute('checks'), 'none chosen').to.equal('');
  });

  it('reads a date control (local midnight) or text as YYYY-MM-DD', () => {
    expect(dateArg(new Date(2026, 2, 8).getTime())).to.equal('2026-03-08');
    expect(dateArg('2026-03-08')).to.equal('2026-03-08');
    expect(dateArg(undefined)).to.equal(undefined);
    expect(dateArg(Number.NaN)).to.equal(undefined);
  });

  it('has no controls for a tag the library does not have', () => {
    expect(widgetArgTypes('clinic-benefits')).to.deep.equal({});
  });
});

describe('stories: Docs page snippets come from the README', () => {
  let readme = '';
  before(async () => {
    readme = await (await fetch('/README.md')).text();
  });

  it('reads fenced blocks with their heading, also indented ones', () => {
    const blocks = readmeBlocks('## A\n\n```js\nx();\n```\n\n- item\n\n  ```text\n  [a]\n  ```\n');
    expect(blocks).to.deep.equal([
      { heading: 'A', language: 'js', lines: ['x();'] },
      { heading: 'A', language: 'text', lines: ['[a]'] },
    ]);
  });

  for (const [tag, type] of [
    ['botox-candidacy-check', 'candidacy-check'],
    ['treatment-timeline', 'treatment-timeline'],
    ['benefits-list', 'benefits-list'],
  ] as const) {
    it(`<${tag}>: script tag, npm, React, Vue, Svelte and the shortcode, each line from the README`, () => {
      const snippets = usageSnippets(readme, tag, type);
      expect(snippets.map((s) => s.title)).to.deep.equal([
        'Script tag',
        'npm',
        'React 19',
        'Vue 3',
        'Svelte 5',
        'WordPress shortcode',
      ]);
      const readmeLines = new Set(readme.split('\n').map((line) => line.trim()));
      for (const snippet of snippets) {
        expect(snippet.code, snippet.title).to.match(new RegExp(`${tag}|type="${type}"`));
        for (const line of snippet.code.split('\n'))
          if (line.trim())
            expect(readmeLines.has(line.trim()), `${snippet.title}: ${line}`).to.equal(true);
      }
      expect(snippets[5]!.code).to.equal(
        readme
          .split('\n')
          .find((line) => line.includes(`[botox_widget type="${type}"`))!
          .trim(),
      );
    });
  }

  it('throws when the README loses a section the Docs pages quote', () => {
    expect(() =>
      usageSnippets(readme.replace('### Svelte 5', '### Svelte'), 'benefits-list', 'benefits-list'),
    ).to.throw(/Svelte 5/);
  });
});
