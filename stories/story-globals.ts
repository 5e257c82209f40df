/** Shared by Storybook's preview and the story tests: applies a story's language and theme. */
import { ELEMENT_TAGS } from '../src/elements.js';

/** The name of a language, written in that language ("Español", "العربية"). */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every widget of the library (src/elements.ts), as a selector. */
const WIDGETS = ELEMENT_TAGS.join(', ');

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
