/**
 * A harness for `<botox-candidacy-check>`: the questions (steps or form mode), the headache-day
 * counter, the result and its Print / Copy summary tools, driven and read as a person would.
 * Actions click the same controls a person clicks and resolve once the element has rendered the
 * outcome (`updateComplete`, which also waits for the lazily loaded counter, result and print
 * code). Keyboard-only journeys stay in the tests: they are what those tests check.
 */
import type { BotoxCandidacyCheck } from '../../src/components/botox-candidacy-check/botox-candidacy-check.js';
import {
  COMMITMENTS,
  PRIOR_TREATMENTS,
  SAFETY_KEYS,
  type CandidacyAnswers,
  type CountField,
  type QuestionId,
  type SafetyKey,
} from '../../src/logic/candidacy/index.js';
import { Harness, nextTask, textOf } from './base.js';

/** The answers given with radio buttons. */
export type ChoiceField = 'longHeadaches' | 'priorTreatment' | 'commitment' | 'adult';
/** A value of one of those answers. */
export type ChoiceValue<F extends ChoiceField> = NonNullable<CandidacyAnswers[F]>;
/** A safety point, or `none` for "None of these apply to me". */
export type SafetyChoice = SafetyKey | 'none';

/** The values of each radio group, in the order the element renders their radios. */
const CHOICE_ORDER: Record<ChoiceField, readonly unknown[]> = {
  longHeadaches: [true, false],
  adult: [true, false],
  priorTreatment: PRIOR_TREATMENTS,
  commitment: COMMITMENTS,
};
/** The safety checkboxes in the order the element renders them: every point, then "none". */
const SAFETY_ORDER: readonly SafetyChoice[] = [...SAFETY_KEYS, 'none'];

/** The count fields each question asks for, in the order it shows them. */
const QUESTION_FIELDS: Partial<Record<QuestionId, CountField[]>> = {
  'headache-days': ['headacheDays'],
  months: ['months'],
  'prior-treatment': ['preventivesTried'],
  overuse: ['painRelieverDays', 'triptanDays'],
};
/** The radio answer of each question that has one. */
const QUESTION_CHOICE: Partial<Record<QuestionId, ChoiceField>> = {
  duration: 'longHeadaches',
  'prior-treatment': 'priorTreatment',
  commitment: 'commitment',
  adult: 'adult',
};

export class CandidacyHarness extends Harness<BotoxCandidacyCheck> {
  // --- The questions -------------------------------------------------------------------------

  /** Every question shown (`<fieldset>`): one in steps mode, all of them in form mode. */
  questions(): HTMLFieldSetElement[] {
    return this.queryAll<HTMLFieldSetElement>('fieldset');
  }

  /** The text of the (first) question's legend, e.g. "Question 2 of 8 For how many months…". */
  question(): string {
    return textOf(this.query('legend'));
  }

  /** The id of the (first) question shown (from its legend's id), or null on the result. */
  questionId(): QuestionId | null {
    return (this.query('legend')?.id.replace(/-legend$/, '') as QuestionId | undefined) ?? null;
  }

  /** The progress bar of steps mode (`aria-hidden`; the legend says the same). */
  progressBar(): HTMLProgressElement | null {
    return this.query<HTMLProgressElement>('progress');
  }

  /** The "Question 2 of 8" text of steps mode, or '' in form mode. */
  progress(): string {
    return textOf(this.query('[part="progress"]'));
  }

  /** The number input of `field`, or null when it is not shown. */
  input(field: CountField): HTMLInputElement | null {
    return this.query<HTMLInputElement>(`#${field}`);
  }

  /** The label of the number input of `field`. */
  inputLabel(field: CountField): string {
    return textOf(this.query(`label[for="${field}"]`));
  }

  /** What the number input of `field` shows (which may not be a valid answer). Throws when it is not shown. */
  value(field: CountField): string {
    const input = this.input(field);
    if (!input) throw new Error(`no input #${field}`);
    return input.value;
  }

  /** The radio buttons of `field`, in order. */
  radios(field: ChoiceField): HTMLInputElement[] {
    return this.queryAll<HTMLInputElement>(`input[name="${field}"]`);
  }

  /** The safety checkboxes, in order: each point, then "None of these apply to me". */
  checkboxes(): HTMLInputElement[] {
    return this.queryAll<HTMLInputElement>('input[type="checkbox"]');
  }

  /** The radio button or checkbox whose label reads `label`. Throws unless exactly one does. */
  choice(label: string): HTMLInputElement {
    const found = this.queryAll('[part="choice"]').filter((node) => textOf(node) === label);
    if (found.length !== 1) {
      throw new Error(
        found.length === 0
          ? `no choice "${label}"`
          : `${found.length} choices "${label}": use choose(field, value)`,
      );
    }
    return found[0].querySelector('input')!;
  }

  /** The radio button for `value` of `field`, or the safety checkbox `key`. Throws when not shown. */
  choiceFor<F extends ChoiceField>(field: F, value: ChoiceValue<F>): HTMLInputElement;
  choiceFor(field: 'safety', key: SafetyChoice): HTMLInputElement;
  choiceFor(field: ChoiceField | 'safety', value: unknown): HTMLInputElement {
    const [inputs, order] =
      field === 'safety'
        ? [this.checkboxes(), SAFETY_ORDER]
        : [this.radios(field), CHOICE_ORDER[field]];
    const input = inputs[order.indexOf(value)];
    if (!input) throw new Error(`no choice ${String(value)} for ${field}`);
    return input;
  }

  /** Clicks the first choice (radio button or checkbox) of the (first) question shown. */
  async chooseFirst(): Promise<void> {
    const input = this.query<HTMLInputElement>(
      'fieldset input[type="radio"], fieldset input[type="checkbox"]',
    );
    if (!input) throw new Error('no choice in this question');
    input.click();
    await this.settle();
  }

  /** The "Answer this question to go on." error of `question`, or null. */
  error(question: QuestionId): HTMLElement | null {
    return this.query(`#${question}-error`);
  }

  /** The "Enter a whole number from … to …." error of the input `field`, or null. */
  rangeError(field: CountField): HTMLElement | null {
    return this.query(`#${field}-range-error`);
  }

  /** Every inline error shown. */
  errors(): HTMLElement[] {
    return this.queryAll('[part="error"]');
  }

  // --- Answering -----------------------------------------------------------------------------

  /** Types `text` into the number input of `field` and leaves it (input, then change). */
  async type(field: CountField, text: string): Promise<void> {
    const input = this.input(field);
    if (!input) throw new Error(`no input #${field}`);
    input.value = text;
    input.dispatchEvent(new Event('input'));
    this.change(field, text);
    await this.settle();
  }

  /**
   * Puts `text` in the number input of `field` and fires `change`, as leaving the input does,
   * without waiting for the render: the element answers (and fires its events) at once.
   */
  change(field: CountField, text: string): void {
    const input = this.input(field);
    if (!input) throw new Error(`no input #${field}`);
    input.value = text;
    input.dispatchEvent(new Event('change'));
  }

  /**
   * Clicks a choice: by its label (`choose('Yes, I can')`, which must be the only choice so
   * labelled), by answer (`choose('adult', false)`), or a safety checkbox
   * (`choose('safety', 'allergy')`, `choose('safety', 'none')`; a checkbox toggles).
   */
  async choose(label: string): Promise<void>;
  async choose<F extends ChoiceField>(field: F, value: ChoiceValue<F>): Promise<void>;
  async choose(field: 'safety', key: SafetyChoice): Promise<void>;
  async choose(labelOrField: string, value?: unknown): Promise<void> {
    const input =
      value === undefined
        ? this.choice(labelOrField)
        : this.choiceFor(labelOrField as ChoiceField, value as never);
    input.click();
    await this.settle();
  }

  /**
   * Clicks the radio button for `value` of `field` (or the safety checkbox `key`) without waiting
   * for the render: the element answers (and fires its events) at once.
   */
  pick<F extends ChoiceField>(field: F, value: ChoiceValue<F>): void;
  pick(field: 'safety', key: SafetyChoice): void;
  pick(field: ChoiceField | 'safety', value: unknown): void {
    this.choiceFor(field as ChoiceField, value as never).click();
  }

  /**
   * Answers every question asked with `answers` through the controls (steps mode: question by
   * question with Next, ending on the result). Expects an element without answers yet.
   */
  async answerAll(answers: CandidacyAnswers): Promise<void> {
    if (!this.query('[part="questions"]')) {
      for (let i = 0; i < 20; i++) {
        const question = this.questionId();
        if (!question) return;
        await this.answer(question, answers);
        await this.next();
        if (this.questionId() === question) throw new Error(`could not answer ${question}`);
      }
      throw new Error('never reached the result');
    }
    for (const fieldset of this.questions()) {
      const question = fieldset.querySelector('legend')!.id.replace(/-legend$/, '') as QuestionId;
      await this.answer(question, answers);
    }
  }

  /** Answers `question` with what `answers` gives for it. */
  private async answer(question: QuestionId, answers: CandidacyAnswers): Promise<void> {
    const choice = QUESTION_CHOICE[question];
    if (choice && answers[choice] !== undefined) {
      await this.choose(choice, answers[choice] as never);
    }
    for (const field of QUESTION_FIELDS[question] ?? []) {
      const value = answers[field];
      if (value !== undefined && this.input(field)) await this.type(field, String(value));
    }
    if (question === 'safety' && answers.safety) {
      const safety = answers.safety;
      for (const key of SAFETY_KEYS) {
        if (this.choiceFor('safety', key).checked !== (safety[key] === true)) {
          await this.choose('safety', key);
        }
      }
      if (!SAFETY_KEYS.some((key) => safety[key]) && !this.choiceFor('safety', 'none').checked) {
        await this.choose('safety', 'none');
      }
    }
  }

  // --- Buttons -------------------------------------------------------------------------------

  /** Every button shown, in order. */
  buttons(): HTMLButtonElement[] {
    return this.queryAll<HTMLButtonElement>('button');
  }

  /** The labels of every button shown. */
  buttonLabels(): string[] {
    return this.buttons().map(textOf);
  }

  /** The button labelled `label`, or undefined. */
  button(label: string): HTMLButtonElement | undefined {
    return this.buttons().find((button) => textOf(button) === label);
  }

  /** The Back / Next buttons (steps mode) or Change my answers / Start again (the result). */
  navButtons(): HTMLButtonElement[] {
    return this.queryAll<HTMLButtonElement>('[part="nav"] button');
  }

  /** Clicks the button labelled `label`. */
  async press(label: string): Promise<void> {
    const button = this.button(label);
    if (!button) throw new Error(`no button "${label}"`);
    button.click();
    await this.settle();
  }

  /** "Next" (or "See my result" on the last question), in steps mode. */
  async next(): Promise<void> {
    await this.click('[part="step"] > [part="nav"] > button.primary', 'Next');
  }

  /** "Back", in steps mode. */
  async back(): Promise<void> {
    await this.click('[part="step"] > [part="nav"] > button.secondary', 'Back');
  }

  /** "Change my answers", on the result in steps mode. */
  async changeAnswers(): Promise<void> {
    await this.click('[part="result"] > [part="nav"] > button:not(.restart)', 'Change my answers');
  }

  /** "Start again": clears every answer (Undo can bring them back). */
  async restart(): Promise<void> {
    await this.click('button.restart', 'Start again');
  }

  /** The "Your answers were cleared" notice (part `undo`; empty and hidden when not offered). */
  undoNotice(): HTMLElement | null {
    return this.query('[part="undo"]');
  }

  /** The message of that notice (focused after Start again). */
  undoMessage(): HTMLElement | null {
    return this.query('[part="undo"] p');
  }

  /** The Undo button, or null once it is used up. */
  undoButton(): HTMLButtonElement | null {
    return this.query<HTMLButtonElement>('[part="undo"] button');
  }

  /** "Undo": brings back what Start again cleared. */
  async undo(): Promise<void> {
    await this.click('[part="undo"] button', 'Undo');
  }

  // --- The headache-day counter --------------------------------------------------------------

  /** The "Not sure? Count them" button. */
  counterToggle(): HTMLButtonElement | null {
    return this.query<HTMLButtonElement>('button.link');
  }

  /** Clicks "Not sure? Count them": opens the counter, or closes it when open. */
  async toggleCounter(): Promise<void> {
    await this.click('button.link', 'Not sure? Count them');
  }

  /** Opens the counter (its code loads on first use); does nothing when it is open. */
  async openCounter(): Promise<void> {
    if (this.counterToggle()?.getAttribute('aria-expanded') !== 'true') await this.toggleCounter();
  }

  /** The counter (part `counter`), or null when closed. */
  counter(): HTMLElement | null {
    return this.query('[part="counter"]');
  }

  /** The counter's day buttons, oldest first (today last). */
  days(): HTMLButtonElement[] {
    return this.queryAll<HTMLButtonElement>('[part="day"]');
  }

  /** The day that takes focus when Tab enters the grid (roving tabindex), or null. */
  tabbableDay(): HTMLButtonElement | null {
    return this.query<HTMLButtonElement>('[part="day"][tabindex="0"]');
  }

  /** Clicks day `index` (0 is the oldest): marks it, or unmarks it. */
  async toggleDay(index: number): Promise<void> {
    const day = this.days()[index];
    if (!day) throw new Error(`no day ${index}`);
    day.click();
    await this.settle();
  }

  /** The indexes of the days marked (pressed). */
  markedDays(): number[] {
    return this.days().flatMap((day, index) =>
      day.getAttribute('aria-pressed') === 'true' ? [index] : [],
    );
  }

  /** The index of the focused day, or -1. */
  activeDay(): number {
    return this.days().indexOf(this.active() as HTMLButtonElement);
  }

  /** The live count line, e.g. "3 headache days marked". */
  counterTotal(): HTMLElement | null {
    return this.query('.total');
  }

  /** "Use this count": puts the number of marked days into the answer and closes the counter. */
  async useCount(): Promise<void> {
    await this.click('[part="counter"] button.primary', 'Use this count');
  }

  // --- The result ----------------------------------------------------------------------------

  /** The result (part `result`), or null while a question is shown in steps mode. */
  result(): HTMLElement | null {
    return this.query('[part="result"]');
  }

  /** The first screen of the result (part `summary`). */
  summary(): HTMLElement | null {
    return this.query('[part="summary"]');
  }

  /** The outcome headline (a heading, focused when the result appears in steps mode). */
  outcomeHeading(): HTMLElement | null {
    return this.query('.outcome');
  }

  /** The outcome headline's text, e.g. "Botox may be an option for you"; '' without a result. */
  outcome(): string {
    return textOf(this.outcomeHeading());
  }

  /** The one sentence under the headline. */
  explanation(): string {
    return textOf(this.query('.explanation'));
  }

  /** The next step under the headline ('' while incomplete). */
  nextStep(): string {
    return textOf(this.query('.next'));
  }

  /** The hidden status line that announces the outcome in form mode. */
  announcement(): HTMLElement | null {
    return this.query('p[role="status"].sr');
  }

  /** The section with the points (part `points`). */
  points(): HTMLElement | null {
    return this.query('[part="points"]');
  }

  /** The list of criteria (part `criteria`). */
  criteriaList(): HTMLElement | null {
    return this.query('[part="criteria"]');
  }

  /** Each criterion (part `criterion`), in the order shown: the points to attend to first. */
  criteria(): HTMLElement[] {
    return this.queryAll('[part="criterion"]');
  }

  /** The criterion whose name reads `label` (e.g. "Safety points"), or undefined. */
  criterion(label: string): HTMLElement | undefined {
    return this.criteria().find((item) => textOf(item.querySelector('.label')) === label);
  }

  /** The names of the criteria, in the order shown. */
  criterionLabels(): string[] {
    return this.texts('[part="criterion"] .label');
  }

  /** The status words of the criteria ("Fits", "Does not fit"…), in the order shown. */
  criterionStatuses(): string[] {
    return this.texts('[part="criterion"] .status');
  }

  /** The safety points ticked, as listed under the safety criterion (`<li>`), in the order shown. */
  flags(): HTMLElement[] {
    return this.queryAll('.flags li');
  }

  /** The call to action (part `cta`). */
  cta(): HTMLElement | null {
    return this.query('[part="cta"]');
  }

  /** The booking link, or null when there is none. */
  ctaLink(): HTMLAnchorElement | null {
    return this.query<HTMLAnchorElement>('[part="cta"] a');
  }

  /** The person's answers (part `answers`, shown in steps mode and on paper). */
  answersSection(): HTMLElement | null {
    return this.query('[part="answers"]');
  }

  /** The "Your answers" heading. */
  answersHeading(): HTMLElement | null {
    return this.query('[part="answers-heading"]');
  }

  /** The text of the person's answers. */
  answersText(): string {
    return textOf(this.answersSection());
  }

  // --- Print and copy ------------------------------------------------------------------------

  /** "Print summary" (the first of the summary buttons, in any language). */
  printButton(): HTMLButtonElement | null {
    return this.queryAll<HTMLButtonElement>('[part="actions"] button')[0] ?? null;
  }

  /** "Copy summary" (the second of the summary buttons). */
  copyButton(): HTMLButtonElement | null {
    return this.queryAll<HTMLButtonElement>('[part="actions"] button')[1] ?? null;
  }

  /**
   * "Print summary": resolves once the print module has loaded and printed, with the summary's
   * frame (or null).
   */
  async print(): Promise<HTMLIFrameElement | null> {
    const button = this.printButton();
    if (!button) throw new Error('no "Print summary" button');
    button.click();
    await this.settle();
    return this.printFrame();
  }

  /** The hidden frame the summary printed from, or null before printing. */
  printFrame(): HTMLIFrameElement | null {
    return this.query<HTMLIFrameElement>('iframe');
  }

  /** Every print frame in the shadow root (one at most). */
  printFrames(): HTMLIFrameElement[] {
    return this.queryAll<HTMLIFrameElement>('iframe');
  }

  /** "Copy summary": resolves once the clipboard answered and the status line shows it. */
  async copy(): Promise<void> {
    const button = this.copyButton();
    if (!button) throw new Error('no "Copy summary" button');
    button.click();
    await this.settle();
    await nextTask();
    await this.settle();
  }

  /** The status line after a copy ("Summary copied." or how to copy by hand). */
  copyStatus(): HTMLElement | null {
    return this.query('.copy-status');
  }

  /** The read-only box holding the summary to copy by hand, after a failed copy. */
  copyBox(): HTMLTextAreaElement | null {
    return this.query<HTMLTextAreaElement>('textarea');
  }

  /** Clicks the button matched by `selector` (`what` names it in the error when it is absent). */
  private async click(selector: string, what: string): Promise<void> {
    const button = this.query<HTMLButtonElement>(selector);
    if (!button) throw new Error(`no "${what}" button`);
    button.click();
    await this.settle();
  }
}

/** The harness of `el`. */
export function candidacy(el: BotoxCandidacyCheck): CandidacyHarness {
  return new CandidacyHarness(el);
}
