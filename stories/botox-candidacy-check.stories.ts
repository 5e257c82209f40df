import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/botox-candidacy-check/define.js';
import type { BotoxCandidacyCheck } from '../src/components/botox-candidacy-check/botox-candidacy-check.js';
import type { CandidacyAnswers } from '../src/logic/candidacy/index.js';
import { renderWidget } from './arg-types.js';
import { clickButton, typeInto, widgetIn, withClipboard } from './play.js';

const TAG = 'botox-candidacy-check';
const render = renderWidget(TAG);

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

/** The check in the story, once drawn. */
const check = (canvasElement: HTMLElement) => widgetIn<BotoxCandidacyCheck>(canvasElement, TAG);

const meta: Meta = {
  title: 'Elements/botox-candidacy-check',
  component: TAG,
  render,
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

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

/** "Next" on an unanswered question: the question says what is missing and keeps the person there. */
export const ErrorUnanswered: Story = {
  play: async ({ canvasElement }) => {
    await clickButton(await check(canvasElement), 'button.primary');
  },
};

/** A count outside its range (45 headache days a month): the field says which numbers it takes. */
export const ErrorOutOfRange: Story = {
  play: async ({ canvasElement }) => {
    await typeInto(await check(canvasElement), 'headacheDays', '45');
  },
};

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

/** The result, after "Copy summary" with a clipboard that accepts the text (`works`) or not. */
const afterCopy = (works: boolean): Story => ({
  args: { step: 8, answers: LIKELY },
  play: async ({ canvasElement }) => {
    const widget = await check(canvasElement);
    await withClipboard(works, () => clickButton(widget, '.actions button:nth-of-type(2)'));
    await widget.updateComplete;
  },
});

/** "Copy summary" worked: the status line says so (read out by screen readers). */
export const SummaryCopied: Story = afterCopy(true);

/** The clipboard refused: the summary appears in a box to select and copy by hand. */
export const SummaryCopyFailed: Story = afterCopy(false);

/** "Not sure? Count them": the last 30 days, opened. */
export const DayCounter: Story = {
  play: async ({ canvasElement }) => {
    await clickButton(await check(canvasElement), 'button[aria-expanded="false"]');
  },
};

/** After "Start again": the answers are cleared, and Undo brings them back. */
export const AfterStartAgain: Story = {
  args: { step: 8, answers: LIKELY },
  play: async ({ canvasElement }) => {
    await clickButton(await check(canvasElement), 'button.restart');
  },
};

/** All questions at once with the result updating live below. */
export const FormMode: Story = { args: { mode: 'form', answers: answeredBefore(4) } };

/** Without the headache-duration check (`checks="overuse"`). Age and safety are always asked. */
export const WithoutDurationCheck: Story = {
  args: { mode: 'form', checks: ['overuse'], answers: LIKELY },
};

/** Without the medicine-overuse check (`checks="duration"`). */
export const WithoutOveruseCheck: Story = {
  args: { mode: 'form', checks: ['duration'], answers: LIKELY },
};

/** Neither switchable check (`checks=""`): the article's core criteria, age and safety. */
export const CoreCriteriaOnly: Story = { args: { checks: [], step: 6, answers: LIKELY } };

/** A clinic's name, booking link and brand colours (the public custom properties). */
export const ClinicBranded: Story = {
  args: {
    theme: 'light',
    step: 8,
    'clinic-name': 'NorCal Pain Treatment Center',
    'consultation-href': 'https://example.com/book',
    answers: LIKELY,
    '--bmw-accent': '#6b2a7d',
    '--bmw-accent-soft': '#f3e6f7',
    '--bmw-surface-raised': '#fffaf3',
    '--bmw-radius': '4px',
    '--bmw-font': 'Georgia, serif',
  },
};

/** The clinic's own title at the level its page needs; the result's headings follow it (h4, h5). */
export const ClinicHeading: Story = {
  args: {
    heading: 'Could Botox help your migraines?',
    'heading-level': 3,
    step: 8,
    answers: LIKELY,
  },
};

/** No title (`heading=""`), for a page whose own heading introduces the check: the outcome becomes the top heading. */
export const WithoutHeading: Story = { args: { heading: '', step: 8, answers: LIKELY } };

/**
 * In the page's own `<form>` (`name`, `required`): "Send" on an unfinished check does not
 * submit; the check shows the first unanswered question with its error.
 */
export const InAForm: Story = {
  args: { mode: 'form', name: 'self-check', required: true, answers: answeredBefore(2) },
  render: (args) =>
    html`<form @submit=${(event: Event) => event.preventDefault()}>
      ${render(args)}
      <p><button type="submit">Send to the clinic</button></p>
    </form>`,
  play: async ({ canvasElement }) => {
    const widget = await check(canvasElement);
    // What "Send" does first: the form reports its fields' validity.
    widget.closest('form')!.reportValidity();
    await widget.updateComplete;
  },
};

/** Inside a disabled `<fieldset>` of the page's form: every control is disabled. */
export const DisabledInForm: Story = {
  args: { mode: 'form', answers: answeredBefore(4) },
  render: (args) =>
    html`<form>
      <fieldset disabled style="border: 0; margin: 0; padding: 0">${render(args)}</fieldset>
    </form>`,
};

/** In Spanish, whatever the toolbar says. */
export const Spanish: Story = {
  args: { mode: 'form', 'clinic-name': 'Clínica del Sol', answers: answeredBefore(5) },
  globals: { locale: 'es' },
};

/** In Arabic, right to left, at the result. */
export const Arabic: Story = {
  args: { step: 8, answers: { ...LIKELY, triptanDays: 12 } },
  globals: { locale: 'ar' },
};

/** Forced dark scheme, at the result. */
export const Dark: Story = { args: { theme: 'dark', step: 8, answers: LIKELY } };

/** Right-to-left layout from the page's `dir`, in English. */
export const RightToLeft: Story = {
  args: { step: 1, answers: answeredBefore(1) },
  render: (args) => html`<div dir="rtl">${render(args)}</div>`,
};

/** The narrowest supported width: 320 px. */
export const Narrow: Story = {
  args: { mode: 'form' },
  render: (args) => html`<div style="width: 320px">${render(args)}</div>`,
};
