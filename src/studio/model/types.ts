/**
 * What the studio knows about the widgets, generated at build time from custom-elements.json,
 * the library's constants, the theme and the XLIFF files (vite.config.ts, mode "studio"), and
 * the clinic's project: the options, colours and wording it is working on.
 */

/** How an attribute's value is entered (see scripts/element-schema.mjs). */
export type AttributeKind = 'enum' | 'list' | 'integer' | 'boolean' | 'date' | 'text' | 'url';

export interface StudioAttribute {
  /** The HTML attribute. */
  name: string;
  /** The JavaScript property. */
  property: string;
  kind: AttributeKind;
  /** The allowed values of an `enum`, the keys of a `list`, in order. */
  values?: string[];
  min?: number;
  max?: number;
  /** The element's default (for enum, integer and boolean attributes). */
  default?: string | number | boolean;
  description: string;
  /** `false` for attributes a page builder does not offer (`name`, `step`, …). */
  block: boolean;
}

export interface StudioElement {
  tag: string;
  /** The short name: `candidacy-check`, as in the WordPress shortcode's `type`. */
  type: string;
  title: string;
  summary: string;
  attributes: StudioAttribute[];
}

export interface CatalogPlaceholder {
  /** `{0}`, `{1}`, … */
  token: string;
  /** What it stands for in the code (`${clinic}`), as XLIFF's `equiv-text`. */
  code: string;
}

export interface CatalogMessage {
  id: string;
  /** The tag of the element that shows it. */
  element: string;
  /** The English text. */
  text: string;
  /** The note for translators. */
  desc: string;
  placeholders: CatalogPlaceholder[];
  /** Shipped translations, by language code (English is `text`). */
  translations: Record<string, string>;
}

export interface ColourToken {
  /** `--bmw-accent`, `--bmw-dark-accent`, … */
  name: string;
  /** `light` or `dark`: the scheme the token colours. */
  scheme: 'light' | 'dark';
  /** `#rrggbb`. */
  default: string;
  description: string;
}

export interface StudioData {
  version: string;
  elements: StudioElement[];
  /** The source language, `en`. */
  source: string;
  /** Every shipped language, the source first. */
  locales: string[];
  /** Right-to-left shipped languages. */
  dir: Record<string, 'rtl'>;
  /** Message ids in the XLIFF files' order. */
  order: string[];
  /** Sorted by id. */
  messages: CatalogMessage[];
  colours: ColourToken[];
}

/** A language the clinic adds. */
export interface AddedLanguage {
  dir: 'ltr' | 'rtl';
  /** The language its texts started from (`en`, or a shipped one). */
  from: string;
  /** id → text; a missing or empty entry shows the English text. */
  messages: Record<string, string>;
}

/** The clinic's work, as saved in the browser and in a project file. */
export interface Project {
  format: 'botox-widgets-studio';
  version: 1;
  /** The widget being configured. */
  widget: string;
  /** tag → attribute → value as written in HTML (`''` for a boolean that is on). */
  attributes: Record<string, Record<string, string>>;
  /** token → `#rrggbb`, only the colours the clinic changed. */
  colours: Record<string, string>;
  /** The language the preview shows and the embed code selects. */
  locale: string;
  /** `true`: the embed code always shows `locale`; `false`: the widget follows the page's language. */
  fixLocale: boolean;
  /** Changed wording of shipped languages: code → id → text. */
  wording: Record<string, Record<string, string>>;
  /** Languages the clinic added: code → language. */
  languages: Record<string, AddedLanguage>;
  /** Where the clinic's site loads `botox-widgets.js` from; empty: where the studio loads it. */
  scriptUrl: string;
}
