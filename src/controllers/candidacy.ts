/**
 * The state of the self-check and every command the person can give it. The element maps its
 * attributes onto the configuration (`questions`, `index`, `steps`, `checks`); the templates read
 * the state and call the commands; only the commands change anything.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  CHECK_KEYS,
  COUNT_FIELDS,
  COUNTER_DAYS,
  LIMITS,
  SAFETY_KEYS,
  asksPreventivesCount,
  evaluateCandidacy,
  isAnswered,
  lastDays,
  parseCount,
  questionsFor,
  sanitizeAnswers,
  shouldAnnounceOutcome,
  type CandidacyAnswers,
  type CandidacyResult,
  type CheckKey,
  type CountField,
  type Outcome,
  type QuestionId,
  type SafetyKey,
} from '../logic/candidacy/index.js';
import { localIsoDate } from '../logic/dates.js';
import { CandidacyChangeEvent, CandidacyCompleteEvent } from '../events/candidacy-events.js';

/** The answer fields set with a radio button. */
export type ChoiceField = 'longHeadaches' | 'adult' | 'priorTreatment' | 'commitment';

/** What the headache-day counter remembers while the element lives (kept when it is closed). */
export interface CounterState {
  /** Whether the counter is showing. */
  open: boolean;
  /** The days shown, `YYYY-MM-DD`, oldest first; the last one is today. */
  days: string[];
  /** The days marked as headache days. */
  marked: Set<string>;
  /** The index of the day that takes focus (roving tabindex). */
  active: number;
}

/** What "Start again" cleared, kept until the person answers again so Undo can bring it back. */
export interface Cleared {
  given: CandidacyAnswers;
  drafts: Partial<Record<CountField, string>>;
  index: number;
}

/** The element the controller works for: it shows question `step` and hears the events. */
export interface CandidacyHost extends ReactiveControllerHost, EventTarget {
  /** The question shown in steps mode (the element parses it back into `index`). */
  step: number | string;
}

/** The number inputs of each question that has any. */
const QUESTION_FIELDS: Partial<Record<QuestionId, CountField[]>> = {
  'headache-days': ['headacheDays'],
  months: ['months'],
  overuse: ['painRelieverDays', 'triptanDays'],
};

/** The self-check's questions, answers and the person's commands. */
export class CandidacyController implements ReactiveController {
  /** The switchable checks in use. */
  checks: CheckKey[] = [...CHECK_KEYS];
  /** The questions asked, in order. */
  questions: QuestionId[] = questionsFor(CHECK_KEYS);
  /** The current question in steps mode; `questions.length` is the result. */
  index = 0;
  /** Steps mode (else form mode). */
  steps = true;

  /** The person's valid answers. */
  given: CandidacyAnswers = {};
  /** The text in each number input, which may not be a valid answer. */
  drafts: Partial<Record<CountField, string>> = {};
  /** Number inputs holding text that is not a whole number in range. */
  readonly bad = new Set<CountField>();
  /** The question whose "please answer" error shows. */
  missing: QuestionId | null = null;
  /** The headache-day counter, once opened. */
  counter?: CounterState;
  /** The outcome of the last copy: '' (none), 'ok' or 'fail'. */
  copy: '' | 'ok' | 'fail' = '';
  /** What "Start again" cleared, while Undo can bring it back. */
  cleared?: Cleared;
  /** A selector in the shadow root to focus after the next render (taken by `takeFocus`). */
  private focus?: string;
  /** The outcome the page was last told about with `candidacy-complete`. */
  private announced?: Outcome;

  constructor(private readonly host: CandidacyHost) {
    host.addController(this);
  }

  /**
   * Before each render: when fewer questions are asked than before (`checks` changed) and the
   * step is past them, shows the result, and says so in the element's `step`.
   */
  hostUpdate(): void {
    const last = this.questions.length;
    if (this.index > last) {
      this.index = last;
      this.host.step = last;
    }
  }

  /** The evaluation of the current answers. */
  get result(): CandidacyResult {
    return evaluateCandidacy(this.given, this.checks);
  }

  /** A copy of the valid answers. */
  get answers(): CandidacyAnswers {
    return sanitizeAnswers(this.given).answers;
  }

  /** Restores saved answers (already cleaned): the inputs show them, without errors or events. */
  restore(answers: CandidacyAnswers): void {
    this.given = answers;
    this.clearInputs();
    const { outcome } = this.result;
    this.announced = outcome === 'incomplete' ? undefined : outcome;
    this.host.requestUpdate();
  }

  /** Clears every answer and goes back to the first question, without events. */
  reset(): void {
    this.given = {};
    this.counter = undefined;
    this.announced = undefined;
    this.clearInputs();
    this.host.step = 0;
    this.host.requestUpdate();
  }

  /** The selector to focus after this render, once (the element focuses it when updated). */
  takeFocus(): string | undefined {
    const focus = this.focus;
    this.focus = undefined;
    return focus;
  }

  /** The number inputs `question` shows now (the count of preventives only when asked for). */
  fieldsOf(question: QuestionId): CountField[] {
    if (question === 'prior-treatment') {
      return asksPreventivesCount(this.given.priorTreatment) ? ['preventivesTried'] : [];
    }
    return QUESTION_FIELDS[question] ?? [];
  }

  /**
   * Whether `question` shows its "answer this question" error: after Next on it unanswered,
   * unless one of its number inputs holds text that is not a number (that input's error says more).
   */
  showsMissing(question: QuestionId): boolean {
    return (
      this.missing === question && !this.fieldsOf(question).some((field) => this.bad.has(field))
    );
  }

  /**
   * A selector for the control of `question` that needs the person: its number input holding
   * text that is not a number, else its first empty number input, else its first control.
   */
  controlToFix(question: QuestionId): string {
    const fields = this.fieldsOf(question);
    const field =
      fields.find((name) => this.bad.has(name)) ??
      fields.find((name) => this.given[name] === undefined);
    return field ? `#${field}` : `#${question}-legend ~ * input`;
  }

  /** The first question without a valid answer, if any. */
  firstUnanswered(): QuestionId | undefined {
    return this.questions.find((question) => !isAnswered(question, this.given));
  }

  /** Shows the first unanswered question (in steps mode, goes to it) with its error, focused. */
  showFirstUnanswered(): void {
    const question = this.firstUnanswered();
    if (!question) return;
    this.missing = question;
    this.focus = this.controlToFix(question);
    if (this.steps) this.host.step = this.questions.indexOf(question);
    this.host.requestUpdate();
  }

  /** Shows question `index` (or the result), then focuses `focus`. */
  go(index: number, focus: string): void {
    this.missing = null;
    this.focus = focus;
    this.host.step = index;
  }

  /** "Back": the previous question. */
  back(): void {
    this.go(this.index - 1, 'legend');
  }

  /** "Change my answers": the last question, answers kept. */
  change(): void {
    this.go(this.questions.length - 1, 'legend');
  }

  /** "Next": moves on when the question is answered, else shows the error and focuses the input. */
  next(): void {
    const question = this.questions[this.index];
    const invalid = this.fieldsOf(question).some((field) => this.bad.has(field));
    if (!invalid && isAnswered(question, this.given)) {
      const index = this.index + 1;
      this.go(index, index >= this.questions.length ? '.outcome' : 'legend');
      return;
    }
    if (!invalid) this.missing = question;
    this.focus = this.controlToFix(question);
    this.host.requestUpdate();
  }

  /** "Start again": clears every answer and shows the first question, keeping them for Undo. */
  restart(): void {
    const cleared = { given: this.given, drafts: { ...this.drafts }, index: this.index };
    this.commit({});
    this.reset();
    // Kept after the reset (which clears it): the answers can come back until the next one.
    this.cleared = cleared;
    this.focus = '.undo-message';
  }

  /** Brings back the answers "Start again" cleared, and the question or result shown then. */
  undo(): void {
    const saved = this.cleared;
    if (!saved) return;
    this.commit(saved.given);
    this.drafts = saved.drafts;
    this.bad.clear();
    for (const field of COUNT_FIELDS) {
      const draft = saved.drafts[field];
      if (draft !== undefined && draft.trim() !== '' && saved.given[field] === undefined) {
        this.bad.add(field);
      }
    }
    const index = Math.min(saved.index, this.questions.length);
    this.go(index, index >= this.questions.length ? '.outcome' : 'legend');
  }

  /** The person is typing `text` in a number input (kept as it is until they leave it). */
  draft(field: CountField, text: string): void {
    this.drafts[field] = text;
  }

  /** The person entered `text` in a number input (on change, Enter, or "Use this count"). */
  typed(field: CountField, text: string): void {
    const { min, max } = LIMITS[field];
    const value = parseCount(text, min, max);
    this.drafts[field] = text;
    const answers = { ...this.given };
    if (value === null) {
      delete answers[field];
      if (text.trim() === '') this.bad.delete(field);
      else this.bad.add(field);
    } else {
      answers[field] = value;
      this.bad.delete(field);
    }
    this.commit(answers);
  }

  /** Enter in a number input: takes the text, and in steps mode goes on as "Next" does. */
  enter(field: CountField, text: string): void {
    this.typed(field, text);
    if (this.steps) this.next();
  }

  /** The person chose a radio button. */
  choose<F extends ChoiceField>(field: F, value: NonNullable<CandidacyAnswers[F]>): void {
    // The count of preventives hides with an answer that does not ask for it: so does its error.
    if (
      field === 'priorTreatment' &&
      !asksPreventivesCount(value as CandidacyAnswers['priorTreatment'])
    ) {
      this.bad.delete('preventivesTried');
    }
    this.commit({ ...this.given, [field]: value });
  }

  /** The person ticked or unticked a safety point, or "none of these" (`key` null). */
  flag(key: SafetyKey | null, on: boolean): void {
    let answer: CandidacyAnswers['safety'];
    if (key === null) {
      answer = on ? {} : undefined;
    } else {
      answer = { ...this.given.safety, [key]: on };
      if (!SAFETY_KEYS.some((name) => answer![name])) answer = undefined;
    }
    const answers = { ...this.given, safety: answer };
    if (!answer) delete answers.safety;
    this.commit(answers);
  }

  /** Opens or closes the headache-day counter (showing the current 30 days). */
  toggleCounter(): void {
    const days = lastDays(localIsoDate(new Date()), COUNTER_DAYS);
    const counter = (this.counter ??= {
      open: false,
      days,
      marked: new Set(),
      active: days.length - 1,
    });
    if (counter.days[counter.days.length - 1] !== days[days.length - 1]) {
      // The date changed since the counter was first opened: show the current 30 days.
      counter.days = days;
      counter.active = days.length - 1;
    }
    counter.open = !counter.open;
    this.host.requestUpdate();
  }

  /** Moves the counter's focusable day (arrow keys). */
  moveDay(index: number): void {
    if (!this.counter) return;
    this.counter.active = index;
    this.host.requestUpdate();
  }

  /** Marks or unmarks a day of the counter. */
  toggleDay(index: number): void {
    const counter = this.counter;
    if (!counter) return;
    const day = counter.days[index];
    counter.active = index;
    if (counter.marked.has(day)) counter.marked.delete(day);
    else counter.marked.add(day);
    this.host.requestUpdate();
  }

  /** "Use this count": closes the counter and puts the count into the headache-days answer. */
  useCount(total: number): void {
    if (this.counter) this.counter.open = false;
    this.focus = '#headacheDays';
    this.typed('headacheDays', String(total));
  }

  /** Records the outcome of a copy of the summary. */
  copied(state: 'ok' | 'fail'): void {
    this.copy = state;
    this.host.requestUpdate();
  }

  /** Records answers the person gave and tells the page. */
  private commit(next: CandidacyAnswers): void {
    const before = JSON.stringify(this.given);
    this.given = next;
    if (this.missing && isAnswered(this.missing, next)) this.missing = null;
    this.copy = '';
    // A new answer after "Start again" (or Undo itself) ends the chance to undo.
    this.cleared = undefined;
    this.host.requestUpdate();
    if (JSON.stringify(next) === before) return;
    const host = this.host;
    host.dispatchEvent(new CandidacyChangeEvent({ answers: this.answers, result: this.result }));
    const { outcome } = this.result;
    if (shouldAnnounceOutcome(this.announced, outcome)) {
      this.announced = outcome;
      host.dispatchEvent(
        new CandidacyCompleteEvent({ answers: this.answers, result: this.result }),
      );
    }
  }

  /** Shows the saved answers in the inputs, without errors. */
  private clearInputs(): void {
    this.drafts = {};
    for (const field of COUNT_FIELDS) {
      const value = this.given[field];
      if (value !== undefined) this.drafts[field] = String(value);
    }
    this.bad.clear();
    this.missing = null;
    this.copy = '';
    this.cleared = undefined;
  }
}
