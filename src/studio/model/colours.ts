/**
 * Colour contrast, as WCAG 2.2 defines it, for the studio's brand colours. Pure functions.
 */

/** `#rgb` or `#rrggbb` (any case) → `#rrggbb`, or `undefined`. */
export function normalizeHex(value: string): string | undefined {
  const text = value.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(text)) return text;
  if (/^#[0-9a-f]{3}$/.test(text))
    return `#${[...text.slice(1)].map((digit) => digit + digit).join('')}`;
  return undefined;
}

/** Relative luminance of `#rrggbb` (WCAG 2.2, 1.4.3). */
export function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r as number) + 0.7152 * (g as number) + 0.0722 * (b as number);
}

/** The contrast ratio of two colours, 1 to 21. */
export function contrastRatio(one: string, other: string): number {
  const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/** Text and what it sits on in the widgets, per scheme (names without `--bmw-` / `--bmw-dark-`). */
export const CONTRAST_PAIRS: readonly { text: string; on: string; what: string; min: number }[] = [
  { text: 'text', on: 'surface', what: 'Text on the widget background', min: 4.5 },
  { text: 'text', on: 'surface-raised', what: 'Text on cards', min: 4.5 },
  { text: 'text-muted', on: 'surface', what: 'Hints on the widget background', min: 4.5 },
  { text: 'text-muted', on: 'surface-raised', what: 'Hints on cards', min: 4.5 },
  { text: 'accent', on: 'surface', what: 'Links on the widget background', min: 4.5 },
  { text: 'accent-contrast', on: 'accent', what: 'Button labels on the accent colour', min: 4.5 },
  { text: 'text', on: 'accent-soft', what: 'Text of selected answers', min: 4.5 },
  { text: 'focus', on: 'surface', what: 'Focus ring on the widget background', min: 3 },
];

export interface ContrastCheck {
  scheme: 'light' | 'dark';
  text: string;
  on: string;
  what: string;
  ratio: number;
  min: number;
  ok: boolean;
}

/**
 * Every pair of `CONTRAST_PAIRS` in both schemes, with the colours in `colour(name)` (a full
 * token name such as `--bmw-dark-text` → `#rrggbb`).
 */
export function contrastChecks(colour: (token: string) => string): ContrastCheck[] {
  return (['light', 'dark'] as const).flatMap((scheme) =>
    CONTRAST_PAIRS.map(({ text, on, what, min }) => {
      const prefix = scheme === 'light' ? '--bmw-' : '--bmw-dark-';
      const ratio = contrastRatio(colour(prefix + text), colour(prefix + on));
      return { scheme, text: prefix + text, on: prefix + on, what, ratio, min, ok: ratio >= min };
    }),
  );
}
