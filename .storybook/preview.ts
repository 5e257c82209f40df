import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import manifest from '../custom-elements.json';
import '../src/define.js';
import { followDocumentLocale, setLocale, SHIPPED_LOCALES } from '../src/localization/locale.js';
import { applyStoryGlobals, languageName } from '../stories/story-globals.js';

setCustomElementsManifest(manifest);

/** Applies the toolbar's language and colour scheme to the story. */
const withGlobals: Decorator = (story, context) => {
  const { locale, theme } = context.globals as { locale?: string; theme?: string };
  // The language is page-wide: on a docs page, where every story renders together, a story that
  // pins its own language (e.g. "Spanish") must not switch all the others.
  const pinnedByStory = context.viewMode === 'docs' && context.storyGlobals?.locale;
  if (!pinnedByStory)
    void (locale && locale !== 'auto' ? setLocale(locale) : followDocumentLocale());
  return html`<div
    class="story-root"
    ${ref((root) => root && applyStoryGlobals(root as HTMLElement, { locale, theme }))}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [withGlobals],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'auto', title: 'Follow <html lang>' },
          ...SHIPPED_LOCALES.map((code) => ({
            value: code,
            title: `${languageName(code)} (${code})`,
          })),
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
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};

export default preview;
