/** Shared by Storybook's preview and the story tests: applies a story's language and theme. */
import { ELEMENT_TAGS } from '../src/elements.js';
import { localeDirection } from '../src/localization/locale.js';

/**
 * The language Storybook adds at run time with `registerLocale`, as a clinic would: the complete
 * Vietnamese example of docs/examples/vi.json. It shows a language the library does not ship.
 */
export const SAMPLE_LOCALE = 'vi';

/** The name of a language, written in that language ("Español", "العربية"). */
export function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    // A menu item starts with a capital where the script has them ("español" → "Español").
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}

/** Every widget of the library (src/elements.ts), as a selector. */
const WIDGETS = ELEMENT_TAGS.join(', ');

/** The page colours of the two schemes (also in .storybook/preview-head.html for `auto`). */
export const PAGE_COLOURS = {
  light: { background: '#ffffff', text: '#1c2329' },
  dark: { background: '#0b0e11', text: '#e6edf3' },
} as const;

/** Paints `page` (Storybook's canvas) in the forced scheme's colour; `auto` leaves it to CSS. */
export function paintPage(page: HTMLElement, theme?: string): void {
  const forced = theme === 'light' || theme === 'dark' ? theme : null;
  page.style.background = forced ? PAGE_COLOURS[forced].background : '';
  page.style.color = forced ? PAGE_COLOURS[forced].text : '';
  page.style.colorScheme = forced ?? '';
}

/**
 * Sets the text direction for the language (right to left for Arabic, or a registered language
 * that says so) and, unless the theme is `auto`, forces the colour scheme on every widget in
 * `root` and paints it to match.
 */
export function applyStoryGlobals(
  root: HTMLElement,
  { locale, theme }: { locale?: string; theme?: string },
): void {
  root.dir = locale && locale !== 'auto' && localeDirection(locale) === 'rtl' ? 'rtl' : '';
  if (locale && locale !== 'auto') root.lang = locale;
  else root.removeAttribute('lang');
  const forced = theme === 'light' || theme === 'dark' ? theme : null;
  paintPage(root, theme);
  root.style.padding = forced ? '1rem' : '';
  queueMicrotask(() => {
    for (const widget of root.querySelectorAll(WIDGETS)) {
      if (forced) widget.setAttribute('theme', forced);
    }
  });
}
