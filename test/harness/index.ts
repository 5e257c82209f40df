/**
 * Test harnesses for the widgets: `candidacy(el)`, `timeline(el)`, `benefits(el)`, or `harness(el)`
 * for any of them (the shared queries of {@link Harness}).
 */
import { Harness, type Widget } from './base.js';

export { Harness, nextTask, textOf, type Widget } from './base.js';
export { BenefitsHarness, benefits } from './benefits.js';
export {
  CandidacyHarness,
  candidacy,
  type ChoiceField,
  type ChoiceValue,
  type SafetyChoice,
} from './candidacy.js';
export { TimelineHarness, timeline } from './timeline.js';

/** The shared harness of any widget (its shadow root, heading, base, text and focus). */
export function harness(el: Element): Harness {
  return new Harness(el as Widget);
}
