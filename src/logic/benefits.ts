/**
 * The article's benefits as stable keys, and the rules for choosing them. Pure and DOM-free; the
 * words shown for each key live in the element, where they are translated.
 */
import { parseEnum, parseKeyList, type Parsed } from './attributes.js';

/** Stable keys of the built-in benefits, in the article's order. */
export const BENEFIT_KEYS = ['relief', 'side-effects', 'not-a-pill', 'daily-life'] as const;
/** One of the built-in benefits. */
export type BenefitKey = (typeof BENEFIT_KEYS)[number];

/** How the benefits are laid out. */
export const BENEFIT_LAYOUTS = ['list', 'grid'] as const;
/** `list` (one column) or `grid` (cards that wrap). */
export type BenefitsLayout = (typeof BENEFIT_LAYOUTS)[number];

export {
  HEADING_LEVEL,
  HEADING_LEVELS,
  resolveHeadingLevel,
  type HeadingLevel,
} from './attributes.js';

/** What `resolveBenefitKeys` decided: the keys to show and what was wrong with the input. */
export interface BenefitSelection {
  keys: BenefitKey[];
  /** Keys that are not built-in benefits (ignored). */
  unknown: string[];
  /** True when the input was of the wrong type, or named no known key at all. */
  fellBack: boolean;
}

/**
 * Chooses which built-in benefits to show, and in which order, from the `items` attribute or
 * property. Not given → all four. An empty list → none (a clinic may show only its own items).
 * Only unknown keys, or a value of the wrong type → all four (so the widget is never blank).
 */
export function resolveBenefitKeys(input: unknown): BenefitSelection {
  const parsed = parseKeyList(input, BENEFIT_KEYS);
  if (parsed.keys === null) {
    return { keys: [...BENEFIT_KEYS], unknown: [], fellBack: parsed.invalid };
  }
  if (parsed.keys.length === 0 && parsed.unknown.length > 0) {
    return { keys: [...BENEFIT_KEYS], unknown: parsed.unknown, fellBack: true };
  }
  return { keys: parsed.keys, unknown: parsed.unknown, fellBack: false };
}

/** Reads the `layout` attribute; anything but `list` or `grid` gives `list`. */
export function resolveLayout(input: unknown): Parsed<BenefitsLayout> {
  return parseEnum(input, BENEFIT_LAYOUTS, 'list');
}
