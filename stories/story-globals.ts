/** Shared by Storybook's preview and the story tests: applies a story's language and theme. */

/** The name of each shipped language, in that language. */
export const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  es: 'Español',
};

const WIDGETS = 'benefits-list, botox-candidacy-check, treatment-timeline';

/**
 * Sets the text direction for the language and, unless the theme is `auto`, forces the colour
 * scheme on every widget in `root` and paints the preview background to match.
 */
export function applyStoryGlobals(
  root: HTMLElement,
  { locale, theme }: { locale?: string; theme?: string },
): void {
  root.dir = locale === 'ar' ? 'rtl' : '';
  const forced = theme === 'light' || theme === 'dark' ? theme : null;
  root.style.background = forced === 'dark' ? '#0b0e11' : forced === 'light' ? '#ffffff' : '';
  root.style.padding = forced ? '1rem' : '';
  queueMicrotask(() => {
    for (const widget of root.querySelectorAll(WIDGETS)) {
      if (forced) widget.setAttribute('theme', forced);
    }
  });
}
