import { html } from 'lit';

/*
 * 24×24 stroke icons, decorative and hidden from assistive technology; their stroke style comes
 * from the shared theme (theme.styles.ts). Each is one complete, static `html` template: Lit
 * prepares it once, with no nested SVG template to unwrap.
 */

/** A falling line: fewer migraine days. */
export const trendDownIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <path d="M3 6l6 6 4-4 8 8" />
  <path d="M21 10v6h-6" />
</svg>`;
/** A target: the medicine goes only where it is needed. */
export const targetIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <circle cx="12" cy="12" r="9" />
  <circle cx="12" cy="12" r="5" />
  <circle cx="12" cy="12" r="1" />
</svg>`;
/** A calendar: a visit every few months instead of a daily pill. */
export const calendarIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <rect x="3" y="5" width="18" height="16" rx="2" />
  <path d="M16 3v4M8 3v4M3 11h18" />
  <path d="M9 16l2 2 4-4" />
</svg>`;
/** A sun: more good days. */
export const sunIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <circle cx="12" cy="12" r="4" />
  <path
    d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"
  />
</svg>`;
/** An information mark for notes. */
export const infoIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <circle cx="12" cy="12" r="9" />
  <path d="M12 11v6M12 7.5v.5" />
</svg>`;
