/**
 * What the element gives its templates besides the controller: values it derives from its
 * attributes for this render, and the two commands that load a part of their own.
 */
import type { HeadingLevel } from '../../logic/attributes.js';
import type { CandidacyResult } from '../../logic/candidacy/index.js';
import type { PrintSummary } from './print.js';

export interface ViewOptions {
  /** The evaluation of the current answers. */
  result: CandidacyResult;
  /** The level of the outcome heading (the points and answers headings are one level below). */
  level: HeadingLevel;
  /** The clinic's name, or ''. */
  clinic: string;
  /** The safe booking link, or null. */
  href: string | null;
  /** Disabled by a disabled `<fieldset>` or form around the element: every control is disabled. */
  disabled: boolean;
  /** Opens or closes the headache-day counter (its module loads on first use). */
  toggleCounter(): void;
  /** Prints the summary alone (the print module loads on first use). */
  print(summary: PrintSummary): void;
}
