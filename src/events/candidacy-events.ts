import type { CandidacyAnswers, CandidacyResult } from '../logic/candidacy/index.js';

/** What `candidacy-change` and `candidacy-complete` carry: copies, safe to keep or change. */
export interface CandidacyDetail {
  /** The person's valid answers (an answer typed out of range is left out until fixed). */
  readonly answers: CandidacyAnswers;
  /** The evaluation of those answers. */
  readonly result: CandidacyResult;
}

/**
 * Fired by `<botox-candidacy-check>` each time the person gives or changes an answer (never when
 * the host sets a property). Bubbles and crosses shadow roots.
 */
export class CandidacyChangeEvent extends Event {
  /** The event's name, `candidacy-change`: the type to pass to `addEventListener`. */
  static readonly eventName = 'candidacy-change';

  constructor(readonly detail: CandidacyDetail) {
    super(CandidacyChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * Fired by `<botox-candidacy-check>` when the person's answers first give an outcome other than
 * `incomplete`, and again whenever that outcome changes to another one (never when the host sets
 * a property). Bubbles and crosses shadow roots.
 */
export class CandidacyCompleteEvent extends Event {
  /** The event's name, `candidacy-complete`: the type to pass to `addEventListener`. */
  static readonly eventName = 'candidacy-complete';

  constructor(readonly detail: CandidacyDetail) {
    super(CandidacyCompleteEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'candidacy-change': CandidacyChangeEvent;
    'candidacy-complete': CandidacyCompleteEvent;
  }
}
