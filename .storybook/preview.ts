import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import manifest from '../custom-elements.json';
import readme from '../README.md?raw';
import vietnamese from '../docs/examples/vi.json';
import { ELEMENTS } from '../scripts/element-schema.mjs';
import '../src/define.js';
import { registerLocale } from '../src/index.js';
import { followDocumentLocale, setLocale, SHIPPED_LOCALES } from '../src/localization/locale.js';
import { declarationOf, widgetArgTypes } from '../stories/arg-types.js';
import { componentDescription, usageSnippets } from '../stories/docs.js';
import {
  applyStoryGlobals,
  languageName,
  paintPage,
  SAMPLE_LOCALE,
} from '../stories/story-globals.js';

setCustomElementsManifest(manifest);
// A language the library does not ship, added the way a clinic adds one (docs/localization.md):
// the complete Vietnamese example file.
registerLocale(SAMPLE_LOCALE, vietnamese);

/** Applies the toolbar's language and colour scheme to the story. */
const withGlobals: Decorator = (story, context) => {
  const { locale, theme } = context.globals as { locale?: string; theme?: string };
  // The language is page-wide: on a docs page, where every story renders together, a story that
  // pins its own language (e.g. "Spanish") must not switch all the others.
  const pinnedByStory = context.viewMode === 'docs' && context.storyGlobals?.locale;
  if (!pinnedByStory)
    void (locale && locale !== 'auto' ? setLocale(locale) : followDocumentLocale());
  // In a story of its own, the whole canvas takes the theme's page colour.
  if (context.viewMode === 'story') paintPage(document.body, theme);
  return html`<div
    class="story-root"
    ${ref((root) => root && applyStoryGlobals(root as HTMLElement, { locale, theme }))}
  >
    ${story()}
  </div>`;
};

/** Widths a clinic page is read at: a small phone, a phone, a tablet and a laptop. */
const VIEWPORTS = Object.fromEntries(
  [
    [320, 640, 'mobile', 'Small phone'],
    [390, 844, 'mobile', 'Phone'],
    [768, 1024, 'tablet', 'Tablet'],
    [1280, 800, 'desktop', 'Laptop'],
  ].map(([width, height, type, name]) => [
    `w${width}`,
    { name: `${name} (${width} px)`, styles: { width: `${width}px`, height: `${height}px` }, type },
  ]),
);

const preview: Preview = {
  decorators: [withGlobals],
  globalTypes: {
    locale: {
      description: 'Language of the widgets (right-to-left ones turn the page round)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'auto', title: 'Follow <html lang>' },
          ...SHIPPED_LOCALES.map((code) => ({
            value: code,
            title: `${languageName(code)} (${code})`,
          })),
          {
            value: SAMPLE_LOCALE,
            title: `${languageName(SAMPLE_LOCALE)} (${SAMPLE_LOCALE}, added with registerLocale)`,
          },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'auto', title: 'System (prefers-color-scheme)' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'auto', theme: 'auto' },
  parameters: {
    controls: { expanded: true, sort: 'none' },
    a11y: { test: 'error' },
    // The theme global paints the page; a second background switch would only disagree with it.
    backgrounds: { disable: true },
    viewport: { options: VIEWPORTS },
    docs: {
      toc: true,
      // Controls from the public API only (stories/arg-types.ts), not Storybook's whole-manifest list.
      extractArgTypes: widgetArgTypes,
      extractComponentDescription: (tag: string) => {
        const declaration = declarationOf(tag);
        const element = ELEMENTS[tag];
        if (!declaration || !element) return '';
        return componentDescription(declaration, usageSnippets(readme, tag, element.type));
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
