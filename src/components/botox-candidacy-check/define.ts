import { defineElement } from '../../internal/define-element.js';
import { BotoxCandidacyCheck } from './botox-candidacy-check.js';

defineElement('botox-candidacy-check', BotoxCandidacyCheck);

declare global {
  interface HTMLElementTagNameMap {
    'botox-candidacy-check': BotoxCandidacyCheck;
  }
}

export { BotoxCandidacyCheck };
