/**
 * The words of the result: the outcome's headline, explanation and next step, each criterion's
 * name and status, and the explanation of each reason. Each function calls `msg`, so call them
 * only while rendering.
 */
import { msg } from '../../localization/locale.js';
import type {
  CandidacyResult,
  CriterionId,
  CriterionStatus,
  Outcome,
  ReasonCode,
} from '../../logic/candidacy/index.js';

/** The outcome in one line, as its heading says it. Call only while rendering. */
export function headline(outcome: Outcome): string {
  switch (outcome) {
    case 'likely':
      return msg('Botox may be an option for you', {
        id: 'candidacy.outcome.likely',
        desc: 'Result headline when every criterion fits. Never a diagnosis.',
      });
    case 'discuss':
      return msg('Botox may be an option: talk with the doctor first', {
        id: 'candidacy.outcome.discuss',
        desc: 'Result headline when some points need discussing with the doctor (cautions only; never shown for an allergy, infection or pregnancy).',
      });
    case 'unlikely':
      return msg('Botox may not be the right choice for you now', {
        id: 'candidacy.outcome.unlikely',
        desc: 'Result headline when a criterion does not fit, or a safety answer rules Botox out for now. Gentle, never final.',
      });
    case 'incomplete':
      return msg('Your result is not ready yet', {
        id: 'candidacy.outcome.incomplete',
        desc: 'Result headline while questions are unanswered.',
      });
  }
}

/** One sentence under the headline. */
export function explanation(result: CandidacyResult): string {
  switch (result.outcome) {
    case 'likely':
      return msg('Your answers fit the usual reasons doctors give Botox for chronic migraine.', {
        id: 'candidacy.outcome.likely.text',
        desc: 'One sentence under the "likely" headline.',
      });
    case 'discuss':
      return msg('Your answers mostly fit, but some points need a talk with the doctor first.', {
        id: 'candidacy.outcome.discuss.text',
        desc: 'One sentence under the "discuss" headline.',
      });
    case 'unlikely':
      return result.criteria.some(({ id, status }) => id === 'safety' && status === 'not-met')
        ? msg('One of your safety answers means Botox is not suitable for you now.', {
            id: 'candidacy.outcome.unlikely.safety',
            desc: 'One sentence under the "unlikely" headline when a safety answer (allergy, skin infection, pregnancy or breastfeeding) rules Botox out for now.',
          })
        : msg('Some of your answers do not fit the usual reasons for Botox treatment.', {
            id: 'candidacy.outcome.unlikely.text',
            desc: 'One sentence under the "unlikely" headline.',
          });
    case 'incomplete':
      return msg('Answer every question to see how your answers fit.', {
        id: 'candidacy.outcome.incomplete.text',
        desc: 'One sentence under the "incomplete" headline.',
      });
  }
}

/** What to do next, in one or two short sentences; '' while the result is incomplete. */
export function nextStep(outcome: Outcome): string {
  switch (outcome) {
    case 'likely':
      return msg(
        'Next step: book a consultation. The doctor checks your health and decides with you.',
        {
          id: 'candidacy.outcome.likely.next',
          desc: 'What to do next, under the "likely" result.',
        },
      );
    case 'discuss':
      return msg('Next step: talk with the doctor about the points marked below.', {
        id: 'candidacy.outcome.discuss.next',
        desc: 'What to do next, under the "discuss" result.',
      });
    case 'unlikely':
      return msg('Next step: ask your doctor about treatments that may suit you better.', {
        id: 'candidacy.outcome.unlikely.next',
        desc: 'What to do next, under the "unlikely" result.',
      });
    case 'incomplete':
      return '';
  }
}

export function criterionLabel(id: CriterionId): string {
  switch (id) {
    case 'chronic-migraine':
      return msg('Headache days', {
        id: 'candidacy.criterion.chronic-migraine',
        desc: 'Name of the criterion: 15+ headache days a month for 3+ months.',
      });
    case 'prior-treatment':
      return msg('Other preventive medicines', {
        id: 'candidacy.criterion.prior-treatment',
        desc: 'Name of the criterion about earlier preventive treatment.',
      });
    case 'commitment':
      return msg('Visits every 12 weeks', {
        id: 'candidacy.criterion.commitment',
        desc: 'Name of the criterion about coming back for repeat injections.',
      });
    case 'adult':
      return msg('Age', {
        id: 'candidacy.criterion.adult',
        desc: 'Name of the age criterion (18+).',
      });
    case 'duration':
      return msg('How long headaches last', {
        id: 'candidacy.criterion.duration',
        desc: 'Name of the criterion: headaches lasting 4 hours or more.',
      });
    case 'overuse':
      return msg('Pain medicine use', {
        id: 'candidacy.criterion.overuse',
        desc: 'Name of the criterion about taking pain medicine very often.',
      });
    case 'safety':
      return msg('Safety points', {
        id: 'candidacy.criterion.safety',
        desc: 'Name of the safety criterion.',
      });
  }
}

export function statusWord(status: CriterionStatus): string {
  switch (status) {
    case 'met':
      return msg('Fits', {
        id: 'candidacy.status.met',
        desc: 'Status of a point whose answer fits the usual reasons for Botox. Short, plain.',
      });
    case 'not-met':
      return msg('Does not fit', {
        id: 'candidacy.status.not-met',
        desc: 'Status of a point whose answer does not fit (or rules Botox out for now). Short, plain.',
      });
    case 'discuss':
      return msg('Talk to your doctor', {
        id: 'candidacy.status.discuss',
        desc: 'Status of a point to raise with the doctor first. Short, plain.',
      });
    case 'unknown':
      return msg('Not answered', {
        id: 'candidacy.status.unknown',
        desc: 'Status of a point whose question is unanswered. Short, plain.',
      });
  }
}

export function reasonText(reason: ReasonCode): string {
  switch (reason) {
    case 'chronic':
      return msg(
        'You have headaches on 15 or more days a month, for 3 months or more. This is the number of headache days doctors look for. The doctor will confirm what kind of headaches you have.',
        {
          id: 'candidacy.reason.chronic',
          desc: 'Explanation: enough headache days for long enough. Must not say it is chronic migraine: the doctor confirms the kind of headache.',
        },
      );
    case 'too-few-days':
      return msg(
        'You have fewer than 15 headache days a month. Botox is for chronic migraine; other preventive treatments may suit you better.',
        { id: 'candidacy.reason.too-few-days', desc: 'Explanation: fewer than 15 headache days.' },
      );
    case 'too-recent':
      return msg(
        'This pattern has lasted less than 3 months. Chronic migraine means at least 3 months. A headache diary will help the doctor.',
        { id: 'candidacy.reason.too-recent', desc: 'Explanation: pattern shorter than 3 months.' },
      );
    case 'treatment-not-helped':
      return msg(
        'You have tried 3 or more preventive medicines, and they did not help enough. Botox is often used in this case.',
        {
          id: 'candidacy.reason.treatment-not-helped',
          desc: 'Explanation: 3 or more earlier preventive medicines did not help enough.',
        },
      );
    case 'treatment-side-effects':
      return msg(
        'You have tried 3 or more preventive medicines, and side effects made you stop. Botox is often used in this case.',
        {
          id: 'candidacy.reason.treatment-side-effects',
          desc: 'Explanation: 3 or more earlier preventive medicines were tried and stopped for side effects.',
        },
      );
    case 'fewer-than-three':
      return msg(
        'You have tried 1 or 2 preventive medicines. Some health services ask that 3 are tried first. The doctor will tell you what applies to you.',
        {
          id: 'candidacy.reason.fewer-than-three',
          desc: 'Explanation: only 1 or 2 preventive medicines tried; some health services (such as the NHS) fund Botox only after 3.',
        },
      );
    case 'treatment-helps':
      return msg(
        'Your preventive medicine helps you. It is usually best to stay with a treatment that works.',
        {
          id: 'candidacy.reason.treatment-helps',
          desc: 'Explanation: the current preventive medicine helps.',
        },
      );
    case 'try-others-first':
      return msg(
        'You have not tried other preventive medicines yet. Doctors usually suggest trying them first.',
        {
          id: 'candidacy.reason.try-others-first',
          desc: 'Explanation: no preventive medicine tried yet.',
        },
      );
    case 'committed':
      return msg(
        'You can come back about every 12 weeks. The effect wears off, so the injections are repeated.',
        { id: 'candidacy.reason.committed', desc: 'Explanation: can come back every 12 weeks.' },
      );
    case 'unsure-commitment':
      return msg(
        'You are not sure you can come every 12 weeks. Ask the clinic how the visits could fit into your life.',
        {
          id: 'candidacy.reason.unsure-commitment',
          desc: 'Explanation: unsure about coming back every 12 weeks.',
        },
      );
    case 'no-commitment':
      return msg(
        'You cannot come every 12 weeks. Botox only keeps working when the injections are repeated.',
        {
          id: 'candidacy.reason.no-commitment',
          desc: 'Explanation: cannot come back every 12 weeks.',
        },
      );
    case 'adult':
      return msg('You are 18 or older. Botox for migraine is approved for adults.', {
        id: 'candidacy.reason.adult',
        desc: 'Explanation: 18 or older.',
      });
    case 'under-18':
      return msg(
        'You are under 18. Botox for migraine is approved for adults only. A doctor can talk with you about other options.',
        { id: 'candidacy.reason.under-18', desc: 'Explanation: under 18.' },
      );
    case 'long-headaches':
      return msg(
        'Your headaches usually last 4 hours or more. Botox was studied in people whose headaches last this long.',
        {
          id: 'candidacy.reason.long-headaches',
          desc: 'Explanation: headaches last 4 hours or more.',
        },
      );
    case 'short-headaches':
      return msg(
        'Your headaches are usually shorter than 4 hours. Botox was studied in people whose headaches last 4 hours or more.',
        {
          id: 'candidacy.reason.short-headaches',
          desc: 'Explanation: headaches usually shorter than 4 hours.',
        },
      );
    case 'no-overuse':
      return msg(
        'You take pain medicine on fewer days than the point where it can cause more headaches.',
        {
          id: 'candidacy.reason.no-overuse',
          desc: 'Explanation: pain medicine use below the overuse limits.',
        },
      );
    case 'possible-overuse':
      return msg(
        'Taking pain medicine this often can itself cause more headaches. The doctor will look at this first.',
        {
          id: 'candidacy.reason.possible-overuse',
          desc: 'Explanation: possible medication overuse (15+ days of simple pain relievers, or 10+ days of triptans, ergots, opioids or combination painkillers).',
        },
      );
    case 'combined-overuse':
      return msg(
        'Together, you take pain medicines on 10 or more days a month. This can itself cause more headaches. The doctor will look at this first.',
        {
          id: 'candidacy.reason.combined-overuse',
          desc: 'Explanation: simple pain relievers and triptans/other pain medicines together on 10+ days a month (possible medication overuse), though neither alone is over its limit.',
        },
      );
    case 'no-safety-flags':
      return msg('None of the safety points apply to you.', {
        id: 'candidacy.reason.no-safety-flags',
        desc: 'Explanation: no safety point ticked.',
      });
    case 'toxin-allergy':
      return msg(
        'With an allergy to a botulinum toxin medicine, Botox is not safe for you. Tell the doctor about the allergy.',
        {
          id: 'candidacy.reason.toxin-allergy',
          desc: 'Explanation of the ticked safety point "allergy to any botulinum toxin": Botox must not be given. Clear, never reassuring.',
        },
      );
    case 'skin-infection':
      return msg('Not now: the injections wait until the skin infection has cleared.', {
        id: 'candidacy.reason.skin-infection',
        desc: 'Explanation of the ticked safety point "skin infection where the injections would go".',
      });
    case 'pregnancy':
      return msg(
        'Botox is usually not given while you are pregnant or breastfeeding. Ask the doctor about options that are safe now.',
        {
          id: 'candidacy.reason.pregnancy',
          desc: 'Explanation of the ticked safety point "pregnant, trying to get pregnant, or breastfeeding".',
        },
      );
    case 'neuromuscular':
      return msg(
        'With a nerve or muscle disease, swallowing and breathing problems after Botox are more likely. Talk to the doctor first.',
        {
          id: 'candidacy.reason.neuromuscular',
          desc: 'Explanation of the ticked safety point "nerve or muscle disease" (myasthenia gravis, ALS, Lambert-Eaton).',
        },
      );
    case 'breathing-bleeding':
      return msg(
        'Botox can make breathing or swallowing problems worse, and a bleeding problem or blood thinners can make the injections bleed. Talk to the doctor first.',
        {
          id: 'candidacy.reason.breathing-bleeding',
          desc: 'Explanation of the ticked safety point "breathing or swallowing problems, a bleeding problem, or blood thinners".',
        },
      );
    case 'recent-toxin':
      return msg(
        'Doses of botulinum toxin add up. The doctor needs to know about any injection in the last 4 months.',
        {
          id: 'candidacy.reason.recent-toxin',
          desc: 'Explanation of the ticked safety point "botulinum toxin in the last 4 months" (cosmetic or medical).',
        },
      );
    case 'unanswered':
      return msg('Answer the question to see this point.', {
        id: 'candidacy.reason.unanswered',
        desc: 'Explanation of a criterion whose question is unanswered.',
      });
  }
}
