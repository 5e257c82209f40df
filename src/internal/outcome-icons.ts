/*
 * The icons of the self-check's result: one per criterion status and one per outcome, so they
 * differ without colour too. Decorative, hidden from assistive technology; their stroke style
 * comes from the shared theme. Only the result's chunk imports them.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { CriterionStatus, Outcome } from '../logic/candidacy/index.js';

const icon = (body: SVGTemplateResult) =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true">${body}</svg>`;

/** One icon per criterion status. */
export const STATUS_ICONS: Record<CriterionStatus, TemplateResult> = {
  met: icon(svg`<path d="M5 12l5 5 9-11" />`),
  'not-met': icon(svg`<path d="M6 6l12 12M18 6L6 18" />`),
  discuss: icon(svg`<path d="M4 5h16v11H9l-5 4z" />`),
  unknown: icon(svg`<circle cx="12" cy="12" r="9" /><path d="M8 12h8" />`),
};

/** One icon shape per outcome, so outcomes differ without colour too. */
export const OUTCOME_ICONS: Record<Outcome, TemplateResult> = {
  likely: icon(svg`<circle cx="12" cy="12" r="9.5" /><path d="M7.5 12.5l3 3 6-7" />`),
  discuss: icon(svg`<path d="M3 4h18v12H10l-5 4v-4H3z" /><path d="M12 7v4M12 13.5v.5" />`),
  unlikely: icon(svg`<path d="M8 2.5h8l5.5 5.5v8L16 21.5H8L2.5 16V8z" /><path d="M7.5 12h9" />`),
  incomplete: icon(
    svg`<circle cx="12" cy="12" r="9.5" stroke-dasharray="3 3" /><path
        d="M8 12h.5M12 12h.5M16 12h.5"
      />`,
  ),
};
