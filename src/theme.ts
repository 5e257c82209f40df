/** Colour schemes a widget can be forced into; `auto` follows the system setting. */
export const THEMES = ['auto', 'light', 'dark'] as const;
/** `auto` (default), `light` or `dark`. */
export type Theme = (typeof THEMES)[number];
