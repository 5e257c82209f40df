import { css } from 'lit';

/**
 * Shared theme for every widget. Public tokens (`--bmw-*`) are what a clinic sets; each has a
 * fallback, and each maps onto a private `--_*` property the components use. Dark values come
 * from `--bmw-dark-*` tokens, never from the light ones, so a brand colour chosen for a light page
 * cannot end up unreadable on a dark surface.
 */
export const themeStyles = css`
  :host {
    --_font: var(--bmw-font, inherit);
    --_radius: var(--bmw-radius, 0.75rem);
    --_gap: var(--bmw-gap, 1rem);
    --_text: var(--bmw-text, #1f2933);
    --_muted: var(--bmw-text-muted, #4a5866);
    --_surface: var(--bmw-surface, #ffffff);
    --_raised: var(--bmw-surface-raised, #f3f6f8);
    --_border: var(--bmw-border, #c3ccd5);
    --_accent: var(--bmw-accent, #0b6b63);
    --_on-accent: var(--bmw-accent-contrast, #ffffff);
    --_soft: var(--bmw-accent-soft, #e0f2ef);
    --_focus: var(--bmw-focus, #1a56db);

    display: block;
    box-sizing: border-box;
    color-scheme: light;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
    line-height: 1.5;
    border-radius: var(--_radius);
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  /* The icons (src/internal/icons.ts): 24×24 line drawings in the text colour. */
  svg {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;

/**
 * Dark values: automatic with the system setting unless `theme="light"`, forced by `theme="dark"`.
 * The two blocks repeat on purpose (a shared fragment would not be valid CSS on its own); gzip
 * stores the repeat for a few bytes.
 */
export const darkThemeStyles = css`
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_text: var(--bmw-dark-text, #e6eaee);
      --_muted: var(--bmw-dark-text-muted, #b4bfca);
      --_surface: var(--bmw-dark-surface, #161a1f);
      --_raised: var(--bmw-dark-surface-raised, #212830);
      --_border: var(--bmw-dark-border, #4b5866);
      --_accent: var(--bmw-dark-accent, #6ad3c6);
      --_on-accent: var(--bmw-dark-accent-contrast, #0a1f1c);
      --_soft: var(--bmw-dark-accent-soft, #173b37);
      --_focus: var(--bmw-dark-focus, #8ab4ff);
      color-scheme: dark;
    }
  }
  :host([theme='dark']) {
    --_text: var(--bmw-dark-text, #e6eaee);
    --_muted: var(--bmw-dark-text-muted, #b4bfca);
    --_surface: var(--bmw-dark-surface, #161a1f);
    --_raised: var(--bmw-dark-surface-raised, #212830);
    --_border: var(--bmw-dark-border, #4b5866);
    --_accent: var(--bmw-dark-accent, #6ad3c6);
    --_on-accent: var(--bmw-dark-accent-contrast, #0a1f1c);
    --_soft: var(--bmw-dark-accent-soft, #173b37);
    --_focus: var(--bmw-dark-focus, #8ab4ff);
    color-scheme: dark;
  }
`;
