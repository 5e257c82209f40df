/**
 * Types shared by the element and its view module (no runtime code): the view renders from a
 * {@link UiState} and acts through a {@link UiHost}, so the element keeps its state private.
 */
import type { HeadingLevel } from '../../logic/attributes.js';
import type { CandidacyAnswers, QuestionId } from '../../logic/candidacy.js';
import type { CounterState } from './day-counter.js';
import type { CountField } from './texts.js';
import type { PrintSummary } from './print.js';

/** The element's interface state, owned by the element and read (and partly written) by the view. */
export interface UiState {
  /** The person's valid answers. */
  given: CandidacyAnswers;
  /** The text in each number input, which may not be a valid answer. */
  drafts: Partial<Record<CountField, string>>;
  /** Number inputs holding text that is not a whole number in range. */
  bad: Set<CountField>;
  /** The question whose "please answer" error shows (`steps` mode). */
  missing: QuestionId | null;
  /** The questions asked, in order. */
  questions: QuestionId[];
  /** The current question in `steps` mode; `questions.length` is the result. */
  index: number;
  /** `steps` mode (else `form`). */
  steps: boolean;
  /** The clinic's name, or ''. */
  clinic: string;
  /** The safe booking link, or null. */
  href: string | null;
  /** The level of the outcome heading (the answers heading is one level below it). */
  level: HeadingLevel;
  /** Disabled by a disabled `<fieldset>` or form around the element: every control is disabled. */
  disabled: boolean;
  /** The headache-day counter, once opened. */
  counter?: CounterState;
  /** The outcome of the last copy: '' (none), 'ok' or 'fail'. */
  copy: '' | 'ok' | 'fail';
  /** A selector in the shadow root to focus after the next render. */
  focus?: string;
  /** What "Start again" cleared, kept until the person answers again so Undo can bring it back. */
  undo?: { given: CandidacyAnswers; drafts: Partial<Record<CountField, string>>; index: number };
}

/** What the view may do to the element. */
export interface UiHost {
  readonly ui: UiState;
  /** Re-renders. */
  update(): void;
  /** Records answers the person gave and fires the events. */
  commit(next: CandidacyAnswers): void;
  /** Shows question `index` (or the result), then focuses `focus`. */
  go(index: number, focus: string): void;
  /** "Start again": clears every answer and shows the first question, keeping them for Undo. */
  restart(): void;
  /** Brings back the answers "Start again" cleared, and the question or result shown then. */
  undo(): void;
  /** Prints the summary alone (the print module loads on first use). */
  print(summary: PrintSummary): void;
  /** Makes `updateComplete` wait for a module that is loading. */
  track(loading: Promise<unknown>): void;
  /** Loads the headache-day counter (imported from the element so the build stays helper-free). */
  loadCounter(): Promise<typeof import('./day-counter.js')>;
}
