import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../../localization/locale.js';
import { WidgetElement, reflectedText } from '../../internal/widget-element.js';
import { themeStyles, darkThemeStyles } from '../../internal/theme.styles.js';
import { warnOnce } from '../../core/warn.js';
import {
  levelBelow,
  parseEnum,
  parseInteger,
  safeUrl,
  toText,
  type HeadingLevel,
} from '../../logic/attributes.js';
import {
  ALWAYS_ASKED,
  CHECK_KEYS,
  parseChecks,
  questionsFor,
  sanitizeAnswers,
  type CandidacyAnswers,
  type AlwaysAskedKey,
  type CandidacyResult,
  type CheckKey,
} from '../../logic/candidacy/index.js';
import { CandidacyController } from '../../controllers/candidacy.js';
import { FormControlController } from '../../controllers/form-control.js';
import { HeadingController } from '../../controllers/heading.js';
import { counterPart, printPart, resultPart } from './parts.js';
import { outcomeHeadline, renderView } from './view.js';
import type { ViewOptions } from './view-options.js';
import { candidacyStyles, shellStyles } from './botox-candidacy-check.styles.js';

/** How the questions are shown: one at a time (`steps`, the default) or all at once (`form`). */
export const CANDIDACY_MODES = ['steps', 'form'] as const;
/** `steps` or `form`. */
export type CandidacyMode = (typeof CANDIDACY_MODES)[number];

/**
 * "Is this for me?": a short self-check that applies the article's criteria for Botox treatment of
 * chronic migraine, scores the answers for the person and explains every point. Never a diagnosis:
 * every result says the clinic decides at the consultation. Nothing the person enters is sent or
 * stored; the element only dispatches events on the page.
 *
 * Form-associated: with a `name` inside a `<form>`, it submits `{ answers, result }` as JSON.
 *
 * Headings: the title is at `heading-level` (default 2); the outcome is one level below it and
 * the "Your answers" heading one level below the outcome (at most 6). With the title turned off
 * (`heading=""`), the outcome takes `heading-level` itself.
 *
 * @customElement botox-candidacy-check
 * @summary A plain-language self-check for Botox treatment of chronic migraine.
 *
 * @fires {CandidacyChangeEvent} candidacy-change - The person gave or changed an answer.
 *   `detail`: `{ answers, result }` (copies). Not fired when the host sets a property.
 * @fires {CandidacyCompleteEvent} candidacy-complete - The outcome first became other than
 *   `incomplete`, or later changed to another such outcome. `detail`: `{ answers, result }`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The title (`<h2>` by default; see `heading-level`).
 * @csspart intro - The short introduction.
 * @csspart questions - All questions (`form` mode).
 * @csspart step - The current question and its buttons (`steps` mode).
 * @csspart progress - The "Question 2 of 8" text (`steps` mode).
 * @csspart progress-bar - The visual progress bar (`steps` mode).
 * @csspart question - Each question (`<fieldset>`).
 * @csspart input - Each number input.
 * @csspart choice - Each radio button or checkbox with its label.
 * @csspart error - Each inline error message.
 * @csspart nav - The Back / Next / Change my answers / Start again buttons.
 * @csspart button - Every button except the day buttons of the counter (part `day`).
 * @csspart counter - The headache-day counter.
 * @csspart day - Each day of the headache-day counter.
 * @csspart undo - The "Your answers were cleared" notice with its Undo button, shown after Start again.
 * @csspart result - The result. Screen readers hear the outcome through focus (steps mode) or a hidden status line (form mode).
 * @csspart summary - The first screen of the result: the outcome's icon, headline, one-sentence explanation, next step and call to action. Its class names the outcome (`summary-likely`, `summary-discuss`, `summary-unlikely`, `summary-incomplete`).
 * @csspart outcome - The outcome headline (a heading, focused when the result appears in `steps` mode).
 * @csspart points - The "Point by point" section: the points that need attention first.
 * @csspart criteria - The list of criteria with their explanations.
 * @csspart criterion - Each criterion.
 * @csspart decision-note - The note that the clinic decides at the consultation.
 * @csspart cta - The call to action (the booking link, or the text without a link).
 * @csspart answers - The person's answers (shown in `steps` mode and when printing).
 * @csspart answers-heading - The "Your answers" heading.
 * @csspart actions - The Print / Copy summary buttons.
 *
 * @cssprop [--bmw-accent=#0b6b63] - Accent colour (buttons, links, progress) in the light scheme.
 * @cssprop [--bmw-accent-contrast=#ffffff] - Text on the accent colour in the light scheme.
 * @cssprop [--bmw-accent-soft=#e0f2ef] - Background of selected choices and marked days in the light scheme.
 * @cssprop [--bmw-text=#1f2933] - Text colour in the light scheme.
 * @cssprop [--bmw-text-muted=#4a5866] - Secondary text (hints) and input borders in the light scheme.
 * @cssprop [--bmw-surface=#ffffff] - Background of the widget in the light scheme.
 * @cssprop [--bmw-surface-raised=#f3f6f8] - Background of questions and the result in the light scheme.
 * @cssprop [--bmw-border=#c3ccd5] - Border colour of cards in the light scheme.
 * @cssprop [--bmw-focus=#1a56db] - Focus ring colour in the light scheme.
 * @cssprop [--bmw-dark-accent=#6ad3c6] - Accent colour in the dark scheme (likewise `--bmw-dark-text`, `--bmw-dark-text-muted`, `--bmw-dark-surface`, `--bmw-dark-surface-raised`, `--bmw-dark-border`, `--bmw-dark-accent-soft`, `--bmw-dark-accent-contrast`, `--bmw-dark-focus`).
 * @cssprop [--bmw-radius=0.75rem] - Corner radius.
 * @cssprop [--bmw-gap=1rem] - Space between and inside parts.
 * @cssprop [--bmw-font=inherit] - Font family (inherits the page's font by default).
 * @cssprop [--bmw-error] - Colour of validation messages, invalid-input borders, points that do not fit and the "may not be the right choice" outcome (default: red mixed with the text colour, readable in both schemes).
 * @cssprop [--bmw-caution] - Colour of points to talk through with the doctor and of the "talk with the doctor first" outcome (default: amber mixed with the text colour, readable in both schemes).
 */
export class BotoxCandidacyCheck extends WidgetElement {
  /**
   * Always `true`: the element is form-associated, so inside a `<form>` it submits its answers
   * (see `name`), takes part in validation (see `required`), and follows form reset, restore and
   * `<fieldset disabled>`.
   */
  static formAssociated = true;

  static override styles = [themeStyles, darkThemeStyles, shellStyles, candidacyStyles];

  /** @internal */
  static override messageGroups = ['candidacy', 'candidacy-result'];

  static override get properties() {
    return {
      checks: { converter: { fromAttribute: (value: string | null) => value } },
      mode: {},
      heading: {},
      headingLevel: { attribute: 'heading-level' },
      clinicName: { attribute: 'clinic-name' },
      consultationHref: { attribute: 'consultation-href' },
      name: { reflect: true, converter: reflectedText },
      required: { type: Boolean },
      step: {},
      answers: { attribute: false, noAccessor: true },
    };
  }

  /**
   * Which of the switchable checks apply: a comma-separated list of `duration` and `overuse` (or
   * an array as a property). Not set: both. Empty: neither. Age and the safety points are always
   * asked and cannot be switched off, so that nobody under 18, or for whom Botox is not safe, is
   * told their answers fit: `adult` and `safety` in the list (older markup) change nothing and
   * warn once. Unknown keys are ignored with one warning; a value of another type gives both,
   * with one warning.
   */
  checks: readonly (CheckKey | AlwaysAskedKey)[] | string | null | undefined;

  /** `steps` (one question at a time, the default) or `form` (all at once, live result). Any other value gives `steps` and a warning. */
  mode: CandidacyMode = 'steps';

  /** The title, shown as plain text. Not set: a translated default ("Is Botox for me?"). Empty (or only spaces): no title. */
  heading?: string;

  /** The title's level, 2 to 6 (default 2), to fit the page's outline. The outcome is one level below it and "Your answers" one below that (at most 6); with no title, the outcome takes this level. Any other value gives 2 and a warning. */
  headingLevel: HeadingLevel | number | string = 2;

  /** The clinic's name, shown as plain text in the call to action. */
  clinicName?: string;

  /**
   * Where to book a consultation: an `http:`, `https:`, `mailto:` or `tel:` link, or a relative
   * one. Anything else (such as `javascript:`) is ignored with a warning, and the call to action
   * becomes plain text.
   */
  consultationHref?: string;

  /** The form field name: with it, inside a `<form>`, the element submits `{ answers, result }` as JSON. */
  name?: string;

  /**
   * When set, a form containing the element is invalid until every question is answered. On a
   * failed submit or `reportValidity()`, the check shows the first unanswered question with its
   * error and focuses it; `checkValidity()` only reports.
   */
  required = false;

  /**
   * The question shown in `steps` mode, 0-based; the number of questions shows the result. It
   * follows the person's Back / Next. A value that is not a whole number in range gives 0 and a
   * warning.
   */
  step: number | string = 0;

  private readonly headings = new HeadingController(this);
  private readonly check = new CandidacyController(this);
  private readonly control = new FormControlController(this, {
    value: () => JSON.stringify({ answers: this.answers, result: this.result }),
    missing: () => this.required && this.result.outcome === 'incomplete',
    message: () =>
      msg('Please answer every question of the self-check.', {
        id: 'candidacy.required',
        desc: 'Browser validation message when the self-check is required in a form and questions are unanswered.',
      }),
    // The browser points its message at the control to fix of the first unanswered question
    // when it is shown, else at the first control (steps mode: another question, or the result).
    anchor: () => {
      const question = this.check.firstUnanswered();
      return (
        (question &&
          this.renderRoot.querySelector<HTMLElement>(this.check.controlToFix(question))) ??
        this.renderRoot.querySelector<HTMLElement>('input, button') ??
        undefined
      );
    },
    reported: () => this.check.showFirstUnanswered(),
  });
  private clinic = '';
  private href: string | null = null;
  private loading?: Promise<unknown>;
  private readonly toggleCounter = (): void => {
    this.check.toggleCounter();
    if (!counterPart.value) this.track(counterPart.load().then(() => this.requestUpdate()));
  };
  private readonly print = (summary: Parameters<ViewOptions['print']>[0]): void => {
    this.track(
      printPart.load().then((module) => void module?.printSummary(summary, this.renderRoot)),
    );
  };

  /**
   * The person's valid answers (a copy). Setting it restores a saved state: invalid fields are
   * dropped with one warning listing them; if any safety flag is invalid, the safety question
   * counts as unanswered. Setting it fires no event.
   */
  get answers(): CandidacyAnswers {
    return this.check.answers;
  }

  set answers(value: CandidacyAnswers) {
    const { answers, rejected } = sanitizeAnswers(value);
    if (rejected.length > 0) {
      // Names the dropped fields, or the value itself when it is not an object at all.
      this.warn('answers', rejected[0] === 'answers' ? value : rejected.join(', '), 'unanswered');
      if (rejected.some((path) => path.startsWith('safety'))) delete answers.safety;
    }
    this.check.restore(answers);
  }

  /** The evaluation of the current answers: the outcome and one result per active criterion. */
  get result(): CandidacyResult {
    return this.check.result;
  }

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.control.form;
  }

  /** The validity state: `valueMissing` while `required` and questions are unanswered. */
  get validity(): ValidityState | undefined {
    return this.control.validity;
  }

  /** The message shown when the element is invalid. */
  get validationMessage(): string {
    return this.control.validationMessage;
  }

  /** Whether the element takes part in form validation. */
  get willValidate(): boolean {
    return this.control.willValidate;
  }

  /** Checks validity (see `required`); fires `invalid` when invalid, and changes nothing on screen. */
  checkValidity(): boolean {
    return this.control.checkValidity();
  }

  /** Like `checkValidity()`, and shows the browser's message at the control to fix. */
  reportValidity(): boolean {
    return this.control.reportValidity();
  }

  /** Called when a `<fieldset disabled>` or form around the element disables or enables it: every control follows. */
  formDisabledCallback(disabled: boolean): void {
    this.control.setDisabled(disabled);
  }

  /** Called when the form is reset: clears the answers and shows the first question. Fires no event. */
  formResetCallback(): void {
    this.check.reset();
  }

  /** Called by the browser to restore the submitted state (back/forward navigation, autofill). */
  formStateRestoreCallback(state: unknown): void {
    try {
      this.answers = (JSON.parse(state as string) as { answers: CandidacyAnswers }).answers;
    } catch {
      // Not a state this element saved: keep the current answers.
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The result's code loads while the person reads the first question.
    void resultPart.load();
  }

  /**
   * Waits for the result's module before an update that shows the result (form mode, or a step
   * past the questions), so the result never renders half and hydration matches the server.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!resultPart.value && this.mayShowResult()) {
      return resultPart.load().then(() => this.performUpdate());
    }
    return super.scheduleUpdate();
  }

  /** Whether the next render may show the result: form mode, or any step but the first. */
  private mayShowResult(): boolean {
    return this.mode !== 'steps' || String(this.step) !== '0';
  }

  /** Also waits for the lazily loaded parts, so the element is fully rendered when it resolves. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.loading) {
      await this.loading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Maps the attributes onto the self-check's configuration, warning once per bad value. */
  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const check = this.check;
    if (changed.has('checks')) {
      const parsed = parseChecks(this.checks);
      check.checks = parsed.checks;
      check.questions = questionsFor(parsed.checks);
      if (parsed.unknown.length > 0 || parsed.invalid) {
        this.warn('checks', this.checks, parsed.checks, CHECK_KEYS);
      }
      if (parsed.alwaysAsked.length > 0) {
        warnOnce(
          this,
          'checks:always-asked',
          `<${this.localName}> always asks about age and the safety points: ${ALWAYS_ASKED.join(' and ')} in checks cannot switch them off, so that nobody under 18, or for whom Botox is not safe, is told their answers fit. Only ${CHECK_KEYS.join(' and ')} can be switched; remove ${parsed.alwaysAsked.join(' and ')} from checks.`,
        );
      }
    }
    if (changed.has('mode')) {
      const mode = parseEnum(this.mode, CANDIDACY_MODES, 'steps');
      check.steps = mode.value === 'steps';
      if (!mode.valid) this.warn('mode', this.mode, mode.value, CANDIDACY_MODES);
    }
    if (changed.has('consultationHref')) {
      const given = this.consultationHref;
      this.href = safeUrl(given);
      if (this.href === null && given != null && given !== '') {
        this.warn('consultation-href', given, null);
      }
    }
    this.clinic = this.clinicName == null ? '' : toText(this.clinicName);
    if (changed.has('step')) {
      const step = parseInteger(this.step, { min: 0, max: check.questions.length, fallback: 0 });
      check.index = step.value;
      if (!step.valid) this.warn('step', this.step, 0);
    }
  }

  /** Focuses what a command asked for (the next question, the outcome, the control to fix). */
  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const focus = this.check.takeFocus();
    const target = focus && this.renderRoot.querySelector<HTMLElement>(focus);
    if (target) target.focus();
  }

  override render(): TemplateResult {
    const title = this.headings.title(
      msg('Is Botox for me?', {
        id: 'candidacy.heading',
        desc: 'Title of the self-check. Botox is a brand name: keep it.',
      }),
    );
    const view: ViewOptions = {
      result: this.result,
      level: levelBelow(this.headings.level, title !== null),
      clinic: this.clinic,
      href: this.href,
      disabled: this.control.disabled,
      toggleCounter: this.toggleCounter,
      print: this.print,
    };
    const steps = this.check.steps;
    // Form mode: the outcome is announced when it changes (the focused heading says it in steps mode).
    const { outcome } = view.result;
    const announcement = !steps && outcome !== 'incomplete' ? outcomeHeadline(outcome) : '';
    return html`
      <div
        part="base"
        dir=${ifDefined(this.contentDir)}
        class="base mode-${steps ? 'steps' : 'form'}"
      >
        ${this.headings.render(title)}
        <p part="intro" class="intro">
          ${msg(
            'Answer a few short questions about your headaches. You will see how your answers fit the usual reasons doctors give Botox for chronic migraine, with each point explained. This is not a diagnosis. Your answers stay on this device: nothing is sent or saved.',
            {
              id: 'candidacy.intro',
              desc: 'Introduction of the self-check. Must say it is not a diagnosis and that nothing is sent or saved.',
            },
          )}
        </p>
        ${renderView(this.check, view)}
        <p class="sr" role="status">${announcement}</p>
      </div>
    `;
  }

  /** Makes `updateComplete` wait for a part that is loading. */
  private track(loading: Promise<unknown>): void {
    const tracked: Promise<unknown> = (this.loading = loading.finally(() => {
      if (this.loading === tracked) this.loading = undefined;
    }));
  }
}
