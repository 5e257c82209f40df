import { defineElement } from '../../internal/define-element.js';
import { BenefitsList } from './benefits-list.js';

defineElement('benefits-list', BenefitsList);

declare global {
  interface HTMLElementTagNameMap {
    'benefits-list': BenefitsList;
  }
}

export { BenefitsList };
