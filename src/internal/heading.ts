import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** What else a heading may carry besides its part. */
export interface HeadingOptions {
  /** Its class (default: the part's name). */
  className?: string;
  /** Its id, for `aria-labelledby`. */
  id?: string;
  /** Whether script may focus it (`tabindex="-1"`), as a target after a step of a form. */
  focusable?: boolean;
}

/**
 * A real heading element (`<h2>`…`<h6>`) at `level`, with `part` set to `part` and `class` to
 * `className` (default: `part`). Levels outside 3–6 give `<h2>`. (Static templates per level: no
 * markup is built from strings.)
 */
export function headingAt(
  level: number,
  part: string,
  content: unknown,
  { className = part, id, focusable = false }: HeadingOptions = {},
): TemplateResult {
  const tabindex = focusable ? '-1' : undefined;
  // One line each, so no whitespace surrounds the content.
  // prettier-ignore
  switch (level) {
    case 3:
      return html`<h3 part=${part} class=${className} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${className} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${className} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} class=${className} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h6>`;
    default:
      return html`<h2 part=${part} class=${className} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h2>`;
  }
}
