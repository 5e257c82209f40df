/**
 * Form association for an element that acts as one form control (as Shoelace's
 * FormControlController): its value and validity through ElementInternals, a validity message
 * pointed at the control to fix, and the form's disabled state. The element keeps the public
 * form API (`form`, `validity`, `checkValidity()` …) and forwards it here.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the form control needs from its element, read after each update. */
export interface FormControlOptions {
  /** The value to submit (and to restore), or null for none. */
  value(): string | null;
  /** Whether the control is missing a required value now. */
  missing(): boolean;
  /** The browser's message while it is invalid (translated: read at update time). */
  message(): string;
  /** The control the browser points its message at. */
  anchor(): HTMLElement | undefined;
  /**
   * After a failed submit or `reportValidity()` the browser focuses the anchor: the element then
   * shows what to fix. Not called for `checkValidity()`, which only reports.
   */
  reported(): void;
}

export class FormControlController implements ReactiveController {
  /** Disabled by a disabled `<fieldset>` or form around the element. */
  disabled = false;
  private readonly internals?: ElementInternals;
  /** An `invalid` event has just fired (cleared after the current task). */
  private invalidPending = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FormControlOptions,
  ) {
    host.addController(this);
    if (host.attachInternals) this.internals = host.attachInternals();
    // `checkValidity()` fires `invalid` too; only a submit or `reportValidity()` then focuses the
    // validity anchor, which is when the element shows the first unanswered question.
    host.addEventListener('invalid', () => {
      this.invalidPending = true;
      setTimeout(() => (this.invalidPending = false));
    });
    host.addEventListener('focusin', () => {
      if (!this.invalidPending) return;
      this.invalidPending = false;
      if (!this.disabled) options.reported();
    });
  }

  /** After each update: submits the current value and sets the validity. */
  hostUpdated(): void {
    const internals = this.internals;
    if (!internals) return;
    const value = this.options.value();
    internals.setFormValue(value, value);
    if (this.options.missing()) {
      internals.setValidity({ valueMissing: true }, this.options.message(), this.options.anchor());
    } else {
      internals.setValidity({});
    }
  }

  /** The form the element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }

  get validity(): ValidityState | undefined {
    return this.internals?.validity;
  }

  get validationMessage(): string {
    return this.internals?.validationMessage ?? '';
  }

  get willValidate(): boolean {
    return this.internals?.willValidate ?? false;
  }

  checkValidity(): boolean {
    return this.internals?.checkValidity() ?? true;
  }

  reportValidity(): boolean {
    return this.internals?.reportValidity() ?? true;
  }

  /** The form disabled or enabled the element. */
  setDisabled(disabled: boolean): void {
    this.disabled = disabled;
    this.host.requestUpdate();
  }
}
