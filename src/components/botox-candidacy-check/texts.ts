/**
 * Translated labels shared by the questions and the (lazily loaded) result. Each function calls
 * `msg`, so it must be called while rendering.
 */
import { msg } from '../../localization/locale.js';
import type {
  Commitment,
  CountField,
  PriorTreatment,
  SafetyKey,
} from '../../logic/candidacy/index.js';

/** The label of a count input, also used for that answer in the summary. */
export function countLabel(field: CountField): string {
  switch (field) {
    case 'headacheDays':
      return msg('Headache days a month', {
        id: 'candidacy.count.headache-days',
        desc: 'Label of the number input for headache days per month; also a label in the summary.',
      });
    case 'months':
      return msg('Months with this many headache days', {
        id: 'candidacy.count.months',
        desc: 'Label of the number input: for how many months the headache pattern has lasted.',
      });
    case 'painRelieverDays':
      return msg('Days a month with simple pain relievers', {
        id: 'candidacy.count.pain-relievers',
        desc: 'Label of the number input: days per month the person takes simple pain relievers (paracetamol, ibuprofen, aspirin).',
      });
    case 'preventivesTried':
      return msg('Number of different preventive medicines you have tried', {
        id: 'candidacy.count.preventives',
        desc: 'Label of the number input shown when earlier preventive medicines did not help or had side effects: how many different ones were tried (0 to 20); also a label in the summary.',
      });
    case 'triptanDays':
      return msg('Days a month with triptans, ergots, opioids or combination painkillers', {
        id: 'candidacy.count.triptans',
        desc: 'Label of the number input: days per month with triptans, ergots (ergotamine), opioids (codeine, tramadol) or combination painkillers.',
      });
  }
}

/** "Yes" or "No". */
export function yesNoLabel(value: boolean): string {
  return value
    ? msg('Yes', { id: 'candidacy.yes', desc: 'Answer "yes" to a yes/no question.' })
    : msg('No', { id: 'candidacy.no', desc: 'Answer "no" to a yes/no question.' });
}

/** The answer choices about earlier preventive medicines. */
export function priorLabel(value: PriorTreatment): string {
  switch (value) {
    case 'not-helped':
      return msg('Yes, but they did not help enough', {
        id: 'candidacy.prior.not-helped',
        desc: 'Answer to "Have you tried medicines to prevent migraines?"',
      });
    case 'side-effects':
      return msg('Yes, but I had to stop because of side effects', {
        id: 'candidacy.prior.side-effects',
        desc: 'Answer to "Have you tried medicines to prevent migraines?"',
      });
    case 'helped':
      return msg('Yes, and they help me', {
        id: 'candidacy.prior.helped',
        desc: 'Answer to "Have you tried medicines to prevent migraines?"',
      });
    case 'not-tried':
      return msg('No, I have not tried any', {
        id: 'candidacy.prior.not-tried',
        desc: 'Answer to "Have you tried medicines to prevent migraines?"',
      });
  }
}

/** The answer choices about coming back every 12 weeks. */
export function commitmentLabel(value: Commitment): string {
  switch (value) {
    case 'yes':
      return msg('Yes, I can', {
        id: 'candidacy.commitment.yes',
        desc: 'Answer to "Can you come to the clinic about every 12 weeks?"',
      });
    case 'unsure':
      return msg('I am not sure', {
        id: 'candidacy.commitment.unsure',
        desc: 'Answer to "Can you come to the clinic about every 12 weeks?"',
      });
    case 'no':
      return msg('No, I cannot', {
        id: 'candidacy.commitment.no',
        desc: 'Answer to "Can you come to the clinic about every 12 weeks?"',
      });
  }
}

/** The six safety points, in plain words (a checkbox each; listed again in the result). */
export function safetyLabel(key: SafetyKey): string {
  switch (key) {
    case 'allergy':
      return msg('An allergy to any botulinum toxin medicine (such as Botox, Dysport or Xeomin)', {
        id: 'candidacy.safety.allergy',
        desc: 'Safety point. Brand names stay as they are.',
      });
    case 'skinInfection':
      return msg('A skin infection on the head or neck, where the injections would go', {
        id: 'candidacy.safety.skin-infection',
        desc: 'Safety point: infection at the planned injection sites.',
      });
    case 'neuromuscular':
      return msg(
        'A nerve or muscle disease, such as myasthenia gravis, ALS or Lambert-Eaton syndrome',
        {
          id: 'candidacy.safety.neuromuscular',
          desc: 'Safety point: neuromuscular disorders. Use the usual local names of the diseases.',
        },
      );
    case 'breathingBleeding':
      return msg('Breathing or swallowing problems, a bleeding problem, or taking blood thinners', {
        id: 'candidacy.safety.breathing-bleeding',
        desc: 'Safety point: problems with breathing or swallowing (such as COPD or asthma), a bleeding disorder, or taking medicine that thins the blood.',
      });
    case 'pregnant':
      return msg('Being pregnant, trying to get pregnant, or breastfeeding', {
        id: 'candidacy.safety.pregnant',
        desc: 'Safety point: pregnancy or breastfeeding.',
      });
    case 'recentToxin':
      return msg('Any botulinum toxin injection in the last 4 months, for any reason', {
        id: 'candidacy.safety.recent-toxin',
        desc: 'Safety point: any botulinum toxin (medical or cosmetic) in the last 4 months.',
      });
  }
}

/** The choice that confirms no safety point applies. */
export function noneLabel(): string {
  return msg('None of these apply to me', {
    id: 'candidacy.safety.none',
    desc: 'Checkbox under the safety points: confirms that none of them applies.',
  });
}
