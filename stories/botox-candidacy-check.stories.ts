import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/components/botox-candidacy-check/define.js';
import type { BotoxCandidacyCheck } from '../src/components/botox-candidacy-check/botox-candidacy-check.js';
import type { CandidacyAnswers } from '../src/logic/candidacy/index.js';

interface Args {
  mode: 'steps' | 'form';
  step: number;
  checks?: string;
  heading?: string;
  headingLevel: number;
  clinicName?: string;
  consultationHref?: string;
  answers: CandidacyAnswers;
  theme: 'auto' | 'light' | 'dark';
}

/** Every criterion met. */
const LIKELY: CandidacyAnswers = {
  headacheDays: 20,
  months: 8,
  longHeadaches: true,
  priorTreatment: 'not-helped',
  preventivesTried: 3,
  painRelieverDays: 3,
  triptanDays: 4,
  commitment: 'yes',
  adult: true,
  safety: {},
};

/** The answers to the questions before `step` (0-based), as if the person got that far. */
function answeredBefore(step: number): CandidacyAnswers {
  const order: (keyof CandidacyAnswers)[][] = [
    ['headacheDays'],
    ['months'],
    ['longHeadaches'],
    ['priorTreatment', 'preventivesTried'],
    ['painRelieverDays', 'triptanDays'],
    ['commitment'],
    ['adult'],
    ['safety'],
  ];
  const answers: Record<string, unknown> = {};
  for (const key of order.slice(0, step).flat()) answers[key] = LIKELY[key];
  return answers as CandidacyAnswers;
}

const meta: Meta<Args> = {
  title: 'Elements/botox-candidacy-check',
  component: 'botox-candidacy-check',
  args: { mode: 'steps', step: 0, headingLevel: 2, answers: {}, theme: 'auto' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['steps', 'form'] },
    step: { control: { type: 'number', min: 0, max: 8 } },
    checks: { control: 'text' },
    heading: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    clinicName: { control: 'text' },
    consultationHref: { control: 'text' },
    answers: { control: 'object' },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args) =>
    html`<botox-candidacy-check
      mode=${args.mode}
      step=${args.step}
      checks=${args.checks ?? nothing}
      heading=${args.heading ?? nothing}
      heading-level=${args.headingLevel}
      clinic-name=${args.clinicName ?? nothing}
      consultation-href=${args.consultationHref ?? nothing}
      theme=${args.theme}
      .answers=${args.answers}
    ></botox-candidacy-check>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Steps mode, first question: how many headache days a month. */
export const Default: Story = {};

/** Question 2: how many months the pattern has lasted. */
export const StepMonths: Story = { args: { step: 1, answers: answeredBefore(1) } };

/** Question 3: do headaches usually last 4 hours or more. */
export const StepDuration: Story = { args: { step: 2, answers: answeredBefore(2) } };

/** Question 4: earlier preventive medicines. */
export const StepPriorTreatment: Story = { args: { step: 3, answers: answeredBefore(3) } };

/** Question 4 after "they did not help": how many different preventive medicines were tried. */
export const StepPreventivesCount: Story = {
  args: { step: 3, answers: { ...answeredBefore(3), priorTreatment: 'not-helped' } },
};

/** Question 5: how often pain medicine is taken (two counts). */
export const StepMedicineUse: Story = { args: { step: 4, answers: answeredBefore(4) } };

/** Question 6: coming back about every 12 weeks. */
export const StepCommitment: Story = { args: { step: 5, answers: answeredBefore(5) } };

/** Question 7: 18 or older. */
export const StepAdult: Story = { args: { step: 6, answers: answeredBefore(6) } };

/** Question 8: the safety points (some rule Botox out or out for now, others need a talk first). */
export const StepSafety: Story = { args: { step: 7, answers: answeredBefore(7) } };

/** Result: every criterion met. */
export const OutcomeLikely: Story = { args: { step: 8, answers: LIKELY } };

/** Result: points to talk about first (a caution, possible medicine overuse). */
export const OutcomeDiscuss: Story = {
  args: { step: 8, answers: { ...LIKELY, triptanDays: 12, safety: { recentToxin: true } } },
};

/** Result: two cautions, each with its own reason (nerve–muscle disease; breathing or bleeding). */
export const OutcomeDiscussCautions: Story = {
  args: {
    step: 8,
    answers: { ...LIKELY, safety: { neuromuscular: true, breathingBleeding: true } },
  },
};

/** Result: only 1 or 2 preventive medicines tried, and pain medicines on 10+ days together. */
export const OutcomeDiscussPreventivesAndMedicines: Story = {
  args: {
    step: 8,
    answers: { ...LIKELY, preventivesTried: 2, painRelieverDays: 6, triptanDays: 5 },
  },
};

/** Result: a criterion speaks against it (fewer than 15 headache days). */
export const OutcomeUnlikely: Story = {
  args: { step: 8, answers: { ...LIKELY, headacheDays: 9 } },
};

/** Result: an allergy to botulinum toxin rules Botox out; a caution is listed after it. */
export const OutcomeUnlikelyAllergy: Story = {
  args: { step: 8, answers: { ...LIKELY, safety: { allergy: true, recentToxin: true } } },
};

/** Result: pregnant or breastfeeding — not now. */
export const OutcomeUnlikelyPregnancy: Story = {
  args: { step: 8, answers: { ...LIKELY, safety: { pregnant: true } } },
};

/** Result while questions are still unanswered. */
export const OutcomeIncomplete: Story = {
  args: { step: 8, answers: { headacheDays: 18, months: 4 } },
};

/** "Not sure? Count them": the last 30 days, opened as soon as the story renders. */
export const DayCounter: Story = {
  render: (args) =>
    html`<botox-candidacy-check
      theme=${args.theme}
      ${ref((element) => {
        const check = element as BotoxCandidacyCheck | undefined;
        void check?.updateComplete.then(() => {
          const toggle = check.shadowRoot!.querySelector<HTMLButtonElement>('[aria-expanded]');
          if (toggle?.getAttribute('aria-expanded') === 'false') toggle.click();
        });
      })}
    ></botox-candidacy-check>`,
};

/** After "Start again": the answers are cleared, and Undo brings them back. */
export const AfterStartAgain: Story = {
  args: { step: 8, answers: LIKELY },
  render: (args) =>
    html`<botox-candidacy-check
      theme=${args.theme}
      step=${args.step}
      .answers=${args.answers}
      ${ref((element) => {
        const check = element as BotoxCandidacyCheck | undefined;
        void check?.updateComplete.then(() => {
          check.shadowRoot!.querySelector<HTMLButtonElement>('button.restart')?.click();
        });
      })}
    ></botox-candidacy-check>`,
};

/** All questions at once with the result updating live below. */
export const FormMode: Story = { args: { mode: 'form', answers: answeredBefore(4) } };

/** Without the headache-duration check (`checks="overuse"`). Age and safety are always asked. */
export const WithoutDurationCheck: Story = {
  args: { mode: 'form', checks: 'overuse', answers: LIKELY },
};

/** Without the medicine-overuse check (`checks="duration"`). */
export const WithoutOveruseCheck: Story = {
  args: { mode: 'form', checks: 'duration', answers: LIKELY },
};

/** Neither switchable check (`checks=""`): the article's core criteria, age and safety. */
export const CoreCriteriaOnly: Story = { args: { checks: '', step: 6, answers: LIKELY } };

/** A clinic's name, booking link and brand colours. */
export const ClinicBranded: Story = {
  render: () =>
    html`<botox-candidacy-check
      theme="light"
      step="8"
      clinic-name="NorCal Pain Treatment Center"
      consultation-href="https://example.com/book"
      .answers=${LIKELY}
      style="--bmw-accent: #6b2a7d; --bmw-accent-soft: #f3e6f7; --bmw-surface-raised: #fffaf3; --bmw-radius: 4px; --bmw-font: Georgia, serif"
    ></botox-candidacy-check>`,
};

/** The clinic's own title at the level its page needs; the result's headings follow it (h4, h5). */
export const ClinicHeading: Story = {
  args: { heading: 'Could Botox help your migraines?', headingLevel: 3, step: 8, answers: LIKELY },
};

/** No title (`heading=""`), for a page whose own heading introduces the check: the outcome becomes the top heading. */
export const WithoutHeading: Story = { args: { heading: '', step: 8, answers: LIKELY } };

/** Inside a disabled `<fieldset>` of the page's form: every control is disabled. */
export const DisabledInForm: Story = {
  args: { mode: 'form', answers: answeredBefore(4) },
  render: (args) =>
    html`<form>
      <fieldset disabled style="border: 0; margin: 0; padding: 0">
        ${meta.render!(args, {} as never)}
      </fieldset>
    </form>`,
};

/** In Spanish, whatever the toolbar says. */
export const Spanish: Story = {
  args: { mode: 'form', clinicName: 'Clínica del Sol', answers: answeredBefore(5) },
  globals: { locale: 'es' },
};

/** Forced dark scheme, at the result. */
export const Dark: Story = { args: { theme: 'dark', step: 8, answers: LIKELY } };

/** Right-to-left layout (the page's `dir`). */
export const RightToLeft: Story = {
  args: { step: 1, answers: answeredBefore(1) },
  render: (args) => html`<div dir="rtl">${meta.render!(args, {} as never)}</div>`,
};

/** The narrowest supported width: 320 px. */
export const Narrow: Story = {
  args: { mode: 'form' },
  render: (args) => html`<div style="width: 320px">${meta.render!(args, {} as never)}</div>`,
};
