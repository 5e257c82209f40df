import { html, type TemplateResult } from 'lit';

/**
 * A real heading element (`<h2>`…`<h6>`) at `level`, with `part` and `class` both set to `part`.
 * Levels outside 3–6 give `<h2>`. (Static templates per level: no markup is built from strings.)
 */
export function headingAt(level: number, part: string, content: unknown): TemplateResult {
  switch (level) {
    case 3:
      return html`<h3 part=${part} class=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${part}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} class=${part}>${content}</h6>`;
    default:
      return html`<h2 part=${part} class=${part}>${content}</h2>`;
  }
}
