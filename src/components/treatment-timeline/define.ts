import { defineElement } from '../../internal/define-element.js';
import { TreatmentTimeline } from './treatment-timeline.js';

defineElement('treatment-timeline', TreatmentTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'treatment-timeline': TreatmentTimeline;
  }
}

export { TreatmentTimeline };
