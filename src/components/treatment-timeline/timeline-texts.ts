/**
 * The longer texts of `<treatment-timeline>`: each step's title and explanation, and the sentence
 * about the next session. Called from render, so they follow the active language.
 */
import { getLocale, msg, str } from '../../localization/locale.js';
import { pluralCategory } from '../../logic/intl.js';
import type { StepId } from '../../logic/schedule.js';

/** The title and explanation of each step, in the active language. Called from render. */
export function stepText(step: StepId, interval: number, clinic: string): [string, string] {
  switch (step) {
    case 'consultation':
      return [
        msg('Consultation', {
          id: 'timeline.consultation.title',
          desc: 'Title of the first step: a visit where the clinic decides if Botox suits the patient.',
        }),
        clinic
          ? msg(
              str`A doctor at ${clinic} looks at your health history, your migraine symptoms and the treatments you have tried. Then the doctor decides with you if Botox is right for you.`,
              {
                id: 'timeline.consultation.body-clinic',
                desc: 'Consultation step, with the clinic name given by the clinic (plain text). Never a diagnosis.',
              },
            )
          : msg(
              'A doctor at the clinic looks at your health history, your migraine symptoms and the treatments you have tried. Then the doctor decides with you if Botox is right for you.',
              {
                id: 'timeline.consultation.body',
                desc: 'Consultation step. Plain language, grade 6–8. Never a diagnosis.',
              },
            ),
      ];
    case 'first-session':
      return [
        msg('First treatment session', {
          id: 'timeline.first-session.title',
          desc: 'Title of the step where the first Botox injections are given.',
        }),
        msg(
          'You get 31 to 39 small injections into 7 areas of your head and neck. It is quick and done right in the office.',
          {
            id: 'timeline.first-session.body',
            desc: 'First session step: what happens at a treatment session. The label dose is 155 units at 31 sites, up to 195 units at 39 sites, in 7 head and neck muscle areas. Plain language.',
          },
        ),
      ];
    case 'effect':
      return [
        msg('The effect may build', {
          id: 'timeline.effect.title',
          desc: 'Title of the step after the first session, while the effect of Botox may grow. Keep "may": it does not work for everyone, so never promise it.',
        }),
        msg(
          'Some people notice a change within a few weeks. Others notice it only after a second session, and for some it does not help. That is why the effect is checked after two sessions. A headache diary helps you and your doctor see what has changed.',
          {
            id: 'timeline.effect.body',
            desc: 'Effect step: a change may show within a few weeks, or only after a second session, and for some people it does not help. Must not promise results.',
          },
        ),
      ];
    case 'repeat':
      return [
        msg('Repeat sessions', {
          id: 'timeline.repeat.title',
          desc: 'Title of the step where treatment sessions are repeated.',
        }),
        msg(
          str`You come back for a session about every ${interval} weeks. Your doctor may change this, depending on how you respond.`,
          {
            id: 'timeline.repeat.body',
            desc: 'Repeat step. The number is the weeks between sessions (12 to 52, usually 12).',
          },
        ),
      ];
    case 'review': {
      const reviewWeeks = interval * 2;
      return [
        msg('Check how well it works', {
          id: 'timeline.review.title',
          desc: 'Title of the step where patient and doctor review the effect after two sessions.',
        }),
        msg(
          str`After two sessions (about ${reviewWeeks} weeks), your doctor checks if your headache days are down by at least 30% (about 3 in 10). If not, the clinic may suggest a different treatment. If you have fewer than 15 headache days a month for 3 months in a row, your doctor will check if you still need Botox.`,
          {
            id: 'timeline.review.body',
            desc: 'Review step. The number is the weeks after the first session (usually 24). Say both stopping rules plainly: headache days not down by at least 30% after two sessions; fewer than 15 headache days a month for 3 months in a row.',
          },
        ),
      ];
    }
  }
}

/** The sentence about the next session, with whole messages per plural form. Called from render. */
export function nextSessionText(days: number | null): string {
  if (days === null) {
    return msg('There are no more sessions on this timeline. Ask your clinic what comes next.', {
      id: 'timeline.next.none',
      desc: 'Shown when every session on the timeline is in the past.',
    });
  }
  if (days === 0) {
    return msg('Your next session is today.', {
      id: 'timeline.next.today',
      desc: 'Countdown when the next treatment session is today.',
    });
  }
  if (days === 1) {
    return msg('Your next session is tomorrow.', {
      id: 'timeline.next.tomorrow',
      desc: 'Countdown when the next treatment session is tomorrow.',
    });
  }
  return pluralCategory(getLocale(), days) === 'one'
    ? msg(str`Your next session is in ${days} day.`, {
        id: 'timeline.next.one',
        desc: 'Countdown, singular form. Used only for numbers above 1 that your language treats as singular (like 21 in some languages). English never shows it.',
      })
    : msg(str`Your next session is in ${days} days.`, {
        id: 'timeline.next.other',
        desc: 'Countdown, plural form: the number of days until the next session (2 or more).',
      });
}
