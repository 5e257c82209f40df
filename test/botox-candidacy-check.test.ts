import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/botox-candidacy-check/define.js';
import type { BotoxCandidacyCheck } from '../src/components/botox-candidacy-check/botox-candidacy-check.js';
import { CandidacyChangeEvent, CandidacyCompleteEvent } from '../src/events/candidacy-events.js';
import {
  evaluateCandidacy,
  type CandidacyAnswers,
  type SafetyKey,
} from '../src/logic/candidacy/index.js';
import { followDocumentLocale, setLocale } from '../src/localization/locale.js';
import { LIKELY } from './fixtures/candidacy-answers.js';
import { candidacy } from './harness/index.js';
import { captureWarnings, shadowText } from './helpers.js';

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const active = (el: BotoxCandidacyCheck) => candidacy(el).active();
const legend = (el: BotoxCandidacyCheck) => candidacy(el).question();
const outcomeHeading = (el: BotoxCandidacyCheck) => candidacy(el).outcomeHeading()!;

/** Presses Tab until the focused element in the shadow root passes `test`. */
async function tabTo(el: BotoxCandidacyCheck, test: (node: HTMLElement) => boolean) {
  for (let i = 0; i < 20; i++) {
    await sendKeys({ press: 'Tab' });
    const node = active(el);
    if (node && test(node)) return node;
  }
  throw new Error('Tab never reached the control');
}

const byId = (id: string) => (node: HTMLElement) => node.id === id;
const button = (label: string) => (node: HTMLElement) =>
  node.localName === 'button' && text(node) === label;
const choice = (label: string) => (node: HTMLElement) =>
  node.localName === 'input' && text(node.closest('label')) === label;
const firstRadio = (node: HTMLElement) =>
  node.localName === 'input' && (node as HTMLInputElement).type === 'radio';

/** Keyboard only: types a number into the input `id`. */
async function typeNumber(el: BotoxCandidacyCheck, id: string, value: string) {
  await tabTo(el, byId(id));
  await sendKeys({ type: value });
}

/** Keyboard only: Tab into a radio group, Space, then ArrowDown until `label` is checked. */
async function chooseRadio(el: BotoxCandidacyCheck, label: string) {
  await tabTo(el, firstRadio);
  await sendKeys({ press: 'Space' });
  for (let i = 0; i < 4 && !choice(label)(active(el)!); i++) await sendKeys({ press: 'ArrowDown' });
  expect((active(el) as HTMLInputElement).checked, label).to.equal(true);
  expect(choice(label)(active(el)!), label).to.equal(true);
}

/** Keyboard only: Tab to the checkbox `label` and press Space. */
async function tick(el: BotoxCandidacyCheck, label: string) {
  await tabTo(el, choice(label));
  await sendKeys({ press: 'Space' });
}

/** Keyboard only: Tab to a button and press Enter. */
async function pressButton(el: BotoxCandidacyCheck, label: string) {
  await tabTo(el, button(label));
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

interface Plan {
  days: string;
  months: string;
  duration: string;
  prior: string;
  /** How many preventive medicines were tried ('' when the prior answer does not ask). */
  preventives: string;
  relievers: string;
  triptans: string;
  commitment: string;
  adult: string;
  safety: string[];
}

const LIKELY_PLAN: Plan = {
  days: '20',
  months: '6',
  duration: 'Yes',
  prior: 'Yes, but they did not help enough',
  preventives: '3',
  relievers: '2',
  triptans: '4',
  commitment: 'Yes, I can',
  adult: 'Yes',
  safety: ['None of these apply to me'],
};

/** Answers all eight questions in steps mode with the keyboard alone. */
async function stepsByKeyboard(el: BotoxCandidacyCheck, plan: Plan) {
  await typeNumber(el, 'headacheDays', plan.days);
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  expect(legend(el)).to.contain('Question 2 of 8');
  expect(active(el)?.localName, 'focus moves to the new question').to.equal('legend');
  await typeNumber(el, 'months', plan.months);
  await pressButton(el, 'Next');
  expect(legend(el)).to.contain('Question 3 of 8');
  await chooseRadio(el, plan.duration);
  await pressButton(el, 'Next');
  await chooseRadio(el, plan.prior);
  await el.updateComplete;
  if (plan.preventives) await typeNumber(el, 'preventivesTried', plan.preventives);
  else expect(candidacy(el).input('preventivesTried'), 'no count for this answer').to.equal(null);
  await pressButton(el, 'Next');
  expect(legend(el)).to.contain('Question 5 of 8');
  await typeNumber(el, 'painRelieverDays', plan.relievers);
  await typeNumber(el, 'triptanDays', plan.triptans);
  await pressButton(el, 'Next');
  await chooseRadio(el, plan.commitment);
  await pressButton(el, 'Next');
  await chooseRadio(el, plan.adult);
  await pressButton(el, 'Next');
  expect(legend(el)).to.contain('Question 8 of 8');
  for (const label of plan.safety) await tick(el, label);
  await pressButton(el, 'See my result');
}

/** The English name of each point, as the result shows it. */
const CRITERION_LABELS: Record<string, string> = {
  'chronic-migraine': 'Headache days',
  'prior-treatment': 'Other preventive medicines',
  commitment: 'Visits every 12 weeks',
  adult: 'Age',
  duration: 'How long headaches last',
  overuse: 'Pain medicine use',
  safety: 'Safety points',
};

/** The reason each safety flag is explained by (from the product label; see the facts guide). */
const FLAG_REASONS: Record<SafetyKey, string> = {
  allergy: 'toxin-allergy',
  skinInfection: 'skin-infection',
  pregnant: 'pregnancy',
  neuromuscular: 'neuromuscular',
  breathingBleeding: 'breathing-bleeding',
  recentToxin: 'recent-toxin',
};

describe('<botox-candidacy-check>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it('starts with the first question in steps mode', async () => {
    const el = await fixture<BotoxCandidacyCheck>(
      html`<botox-candidacy-check></botox-candidacy-check>`,
    );
    expect(text(candidacy(el).query('h2'))).to.equal('Is Botox for me?');
    expect(shadowText(el)).to.contain('This is not a diagnosis');
    expect(shadowText(el)).to.contain('nothing is sent or saved');
    expect(legend(el)).to.equal('Question 1 of 8 On how many days a month do you have a headache?');
    expect(candidacy(el).questions()).to.have.length(1);
    expect(candidacy(el).progressBar()!.getAttribute('aria-hidden')).to.equal('true');
    expect(candidacy(el).progressBar()!.value).to.equal(1);
    expect(candidacy(el).progressBar()!.max).to.equal(8);
    expect(candidacy(el).buttonLabels()).to.deep.equal(['Not sure? Count them', 'Next']);
    expect(candidacy(el).result(), 'no result before the last question').to.equal(null);
    expect(el.result.outcome).to.equal('incomplete');
    expect(warnings.messages).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  describe('steps mode by keyboard alone', () => {
    it('reaches "likely", with focus on the result heading', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check clinic-name="NorCal Pain"></botox-candidacy-check>`,
      );
      await stepsByKeyboard(el, LIKELY_PLAN);
      expect(el.result.outcome).to.equal('likely');
      expect(el.answers).to.deep.equal(LIKELY);
      expect(active(el)).to.equal(outcomeHeading(el));
      expect(text(outcomeHeading(el))).to.equal('Botox may be an option for you');
      // The focused heading says it: the status region stays quiet in steps mode.
      expect(text(candidacy(el).announcement())).to.equal('');
      expect(shadowText(el)).to.contain(
        'The clinic makes the decision with you at your consultation.',
      );
      expect(shadowText(el)).to.contain('Talk to NorCal Pain about the next step.');
      await expect(el).to.be.accessible();
    });

    it('reaches "discuss" (a caution and unsure about visits), each caution with its own reason', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check></botox-candidacy-check>`,
      );
      await stepsByKeyboard(el, {
        ...LIKELY_PLAN,
        commitment: 'I am not sure',
        safety: [
          'A nerve or muscle disease, such as myasthenia gravis, ALS or Lambert-Eaton syndrome',
          'Any botulinum toxin injection in the last 4 months, for any reason',
        ],
      });
      expect(el.result.outcome).to.equal('discuss');
      expect(el.answers.safety).to.deep.equal({ neuromuscular: true, recentToxin: true });
      expect(text(outcomeHeading(el))).to.equal(
        'Botox may be an option: talk with the doctor first',
      );
      const safety = candidacy(el)
        .criteria()
        .find((li) => li.textContent!.includes('Safety'))!;
      expect(text(safety.querySelector('.status'))).to.equal('Talk to your doctor');
      const flags = [...safety.querySelectorAll('.flags li')].map(text);
      expect(flags).to.deep.equal([
        'A nerve or muscle disease, such as myasthenia gravis, ALS or Lambert-Eaton syndrome Talk to your doctor With a nerve or muscle disease, swallowing and breathing problems after Botox are more likely. Talk to the doctor first.',
        'Any botulinum toxin injection in the last 4 months, for any reason Talk to your doctor Doses of botulinum toxin add up. The doctor needs to know about any injection in the last 4 months.',
      ]);
      expect(shadowText(el)).not.to.match(/does not rule you out|\bNot met\b|\bMet\b/);
      await expect(el).to.be.accessible();
    });

    it('reaches "unlikely" for an allergy to the toxin: never "may be an option"', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check></botox-candidacy-check>`,
      );
      await stepsByKeyboard(el, {
        ...LIKELY_PLAN,
        safety: ['An allergy to any botulinum toxin medicine (such as Botox, Dysport or Xeomin)'],
      });
      expect(el.result.outcome).to.equal('unlikely');
      expect(text(outcomeHeading(el))).to.equal('Botox may not be the right choice for you now');
      expect(candidacy(el).explanation()).to.equal(
        'One of your safety answers means Botox is not suitable for you now.',
      );
      const first = candidacy(el).criteria()[0];
      expect(text(first.querySelector('.label')), 'the point to attend to comes first').to.equal(
        'Safety points',
      );
      expect(text(first.querySelector('.status'))).to.equal('Does not fit');
      expect(text(first)).to.contain(
        'With an allergy to a botulinum toxin medicine, Botox is not safe for you. Tell the doctor about the allergy.',
      );
      expect(shadowText(el)).not.to.match(/may be an option|does not rule you out/i);
      await expect(el).to.be.accessible();
    });

    it('asks how many preventive medicines were tried only when they did not help or had side effects', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check step="3"></botox-candidacy-check>`,
      );
      expect(candidacy(el).input('preventivesTried')).to.equal(null);
      await chooseRadio(el, 'Yes, but I had to stop because of side effects');
      await el.updateComplete;
      const input = candidacy(el).input('preventivesTried')!;
      expect(candidacy(el).inputLabel('preventivesTried')).to.equal(
        'Number of different preventive medicines you have tried',
      );
      await pressButton(el, 'Next');
      expect(legend(el), 'the count is needed').to.contain('Question 4 of 8');
      expect(active(el)).to.equal(input);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      await sendKeys({ type: '21' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(text(candidacy(el).rangeError('preventivesTried'))).to.equal(
        'Enter a whole number from 0 to 20.',
      );
      expect(legend(el)).to.contain('Question 4 of 8');
      input.value = '';
      await sendKeys({ press: 'Tab' });
      await tabTo(el, byId('preventivesTried'));
      await sendKeys({ type: '2' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(legend(el)).to.contain('Question 5 of 8');
      expect(el.answers).to.deep.equal({ priorTreatment: 'side-effects', preventivesTried: 2 });
      el.answers = { ...LIKELY, priorTreatment: 'side-effects', preventivesTried: 2 };
      el.step = 8;
      await el.updateComplete;
      expect(el.result.outcome).to.equal('discuss');
      expect(shadowText(el)).to.contain('Some health services ask that 3 are tried first.');
      expect(candidacy(el).answersText()).to.contain(
        'Number of different preventive medicines you have tried 2',
      );
      // An answer that does not ask for the count hides it, and it no longer counts.
      el.answers = { ...LIKELY, priorTreatment: 'helped', preventivesTried: 2 };
      await el.updateComplete;
      expect(candidacy(el).answersText()).not.to.contain('Number of different');
    });

    it('reaches "unlikely" (too few headache days), explaining the point', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check></botox-candidacy-check>`,
      );
      await stepsByKeyboard(el, { ...LIKELY_PLAN, days: '10' });
      expect(el.result.outcome).to.equal('unlikely');
      expect(text(outcomeHeading(el))).to.equal('Botox may not be the right choice for you now');
      const first = candidacy(el).criteria()[0];
      expect(text(first)).to.equal(
        'Headache days Does not fit You have fewer than 15 headache days a month. Botox is for chronic migraine; other preventive treatments may suit you better.',
      );
      expect(first.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('is "incomplete" until every question is answered, and Next insists on an answer', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check></botox-candidacy-check>`,
      );
      await pressButton(el, 'Next');
      expect(legend(el), 'stays on the question').to.contain('Question 1 of 8');
      const error = candidacy(el).error('headache-days');
      expect(text(error)).to.equal('Answer this question to go on.');
      const input = candidacy(el).input('headacheDays')!;
      expect(active(el)).to.equal(input);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')!.split(' ')).to.include('headache-days-error');
      await expect(el).to.be.accessible();
      await sendKeys({ type: '16' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.result.outcome).to.equal('incomplete');
      expect(legend(el)).to.contain('Question 2 of 8');

      // Back keeps the answer.
      await pressButton(el, 'Back');
      expect(legend(el)).to.contain('Question 1 of 8');
      expect(candidacy(el).input('headacheDays')!.value).to.equal('16');
      expect(candidacy(el).error('headache-days'), 'the error went once answered').to.equal(null);

      // A completed check that loses an answer is incomplete again.
      await pressButton(el, 'Next');
      el.answers = { ...LIKELY, headacheDays: 16 };
      el.step = 8;
      await el.updateComplete;
      expect(el.result.outcome).to.equal('likely');
      await pressButton(el, 'Change my answers');
      expect(legend(el)).to.contain('Question 8 of 8');
      expect(active(el)?.localName).to.equal('legend');
      await tick(el, 'None of these apply to me');
      await el.updateComplete;
      expect(el.result.outcome).to.equal('incomplete');
      expect(el.answers.safety).to.equal(undefined);
      await pressButton(el, 'See my result');
      expect(text(candidacy(el).error('safety'))).to.equal('Answer this question to go on.');
      expect(candidacy(el).result()).to.equal(null);
    });

    it('starts again from the first question with every answer cleared, and Undo brings them back', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check .answers=${LIKELY} step="8"></botox-candidacy-check>`,
      );
      expect(text(outcomeHeading(el))).to.equal('Botox may be an option for you');
      // Start again stands apart, at the end of the row, after "Change my answers".
      const nav = candidacy(el).navButtons().map(text);
      expect(nav).to.deep.equal(['Change my answers', 'Start again']);
      const changes: CandidacyAnswers[] = [];
      el.addEventListener('candidacy-change', (event) => changes.push(event.detail.answers));
      await pressButton(el, 'Start again');
      expect(el.answers).to.deep.equal({});
      expect(legend(el)).to.contain('Question 1 of 8');
      expect(candidacy(el).input('headacheDays')!.value).to.equal('');
      // Focus is on the message, so it is read; Undo is the next control.
      expect(active(el)).to.equal(candidacy(el).undoMessage());
      expect(text(active(el))).to.equal('Your answers were cleared.');
      await expect(el).to.be.accessible();
      await pressButton(el, 'Undo');
      expect(el.answers).to.deep.equal(LIKELY);
      expect(el.step).to.equal(8);
      expect(active(el)).to.equal(outcomeHeading(el));
      expect(text(outcomeHeading(el))).to.equal('Botox may be an option for you');
      expect(candidacy(el).undoButton(), 'Undo is used up').to.equal(null);
      expect(changes).to.deep.equal([{}, LIKELY]);

      // A new answer after Start again ends the chance to undo.
      await pressButton(el, 'Start again');
      await typeNumber(el, 'headacheDays', '4');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(candidacy(el).undoButton()).to.equal(null);
      expect(text(candidacy(el).undoNotice())).to.equal('');
      expect(el.answers).to.deep.equal({ headacheDays: 4 });
    });

    it('brings back a half-typed count on Undo', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check .answers=${LIKELY} mode="form"></botox-candidacy-check>`,
      );
      await candidacy(el).type('months', 'six');
      expect(candidacy(el).rangeError('months')).not.to.equal(null);
      await pressButton(el, 'Start again');
      expect(candidacy(el).input('months')!.value).to.equal('');
      expect(candidacy(el).rangeError('months')).to.equal(null);
      await pressButton(el, 'Undo');
      expect(candidacy(el).input('months')!.value).to.equal('six');
      expect(candidacy(el).rangeError('months'), 'still not a number').not.to.equal(null);
      const { answers } = el;
      expect(answers.months).to.equal(undefined);
      expect({ ...answers, months: LIKELY.months }).to.deep.equal(LIKELY);
    });
  });

  describe('form mode', () => {
    it('announces the outcome when it changes, and nothing more', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check mode="form"></botox-candidacy-check>`,
      );
      const status = candidacy(el).announcement()!;
      expect(text(status), 'nothing while incomplete').to.equal('');
      const withoutAge: CandidacyAnswers = { ...LIKELY };
      delete withoutAge.adult;
      el.answers = withoutAge;
      await el.updateComplete;
      expect(text(status)).to.equal('');
      await candidacy(el).choose('adult', true);
      expect(text(status)).to.equal('Botox may be an option for you');
      const changes: MutationRecord[] = [];
      const observer = new MutationObserver((records) => changes.push(...records));
      observer.observe(status, { childList: true, characterData: true, subtree: true });
      await candidacy(el).choose('priorTreatment', 'side-effects');
      observer.disconnect();
      expect(
        changes,
        'same outcome: the status is not touched, so nothing is read again',
      ).to.deep.equal([]);
      await pressButton(el, 'Start again');
      expect(text(status)).to.equal('');
    });

    it('shows every question and a live result, reaching each outcome by keyboard', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check mode="form"></botox-candidacy-check>`,
      );
      expect(candidacy(el).questions()).to.have.length(8);
      expect(candidacy(el).progressBar()).to.equal(null);
      expect(text(outcomeHeading(el))).to.equal('Your result is not ready yet');
      expect(candidacy(el).criterionStatuses()).to.deep.equal(Array(7).fill('Not answered'));
      expect(
        getComputedStyle(candidacy(el).answersSection()!).display,
        'answers only in print',
      ).to.equal('none');
      await expect(el).to.be.accessible();

      await typeNumber(el, 'headacheDays', '20');
      await typeNumber(el, 'months', '6');
      await chooseRadio(el, 'Yes');
      await chooseRadio(el, 'Yes, but I had to stop because of side effects');
      await el.updateComplete;
      await typeNumber(el, 'preventivesTried', '4');
      await typeNumber(el, 'painRelieverDays', '0');
      await typeNumber(el, 'triptanDays', '0');
      await chooseRadio(el, 'Yes, I can');
      await chooseRadio(el, 'Yes');
      await tick(el, 'None of these apply to me');
      await el.updateComplete;
      expect(el.result.outcome).to.equal('likely');
      expect(text(outcomeHeading(el))).to.equal('Botox may be an option for you');
      expect(el.answers.priorTreatment).to.equal('side-effects');
      await expect(el).to.be.accessible();

      // Shift+Tab back to the medicine question and raise the triptan days: discuss.
      await sendKeys({ down: 'Shift' });
      for (let i = 0; i < 20 && active(el)?.id !== 'triptanDays'; i++) {
        await sendKeys({ press: 'Tab' });
      }
      await sendKeys({ up: 'Shift' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '12' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(el.result.outcome).to.equal('discuss');
      expect(text(outcomeHeading(el))).to.equal(
        'Botox may be an option: talk with the doctor first',
      );
      expect(shadowText(el)).to.contain(
        'Taking pain medicine this often can itself cause more headaches.',
      );

      // Under 18: unlikely.
      const adultYes = await tabTo(el, (node) => (node as HTMLInputElement).name === 'adult');
      expect(text(adultYes.closest('label')), 'the group is entered at its checked radio').to.equal(
        'Yes',
      );
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(choice('No')(active(el)!)).to.equal(true);
      expect(el.answers.adult).to.equal(false);
      expect(el.result.outcome).to.equal('unlikely');
      expect(shadowText(el)).to.contain('You are under 18.');
      await expect(el).to.be.accessible();
    });

    it('shows the booking link with the clinic name, as text', async () => {
      const name = '<b>NorCal</b> Pain';
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check
          mode="form"
          clinic-name=${name}
          consultation-href="https://clinic.example/book"
        ></botox-candidacy-check>`,
      );
      const link = candidacy(el).ctaLink()!;
      expect(link.getAttribute('href')).to.equal('https://clinic.example/book');
      expect(link.textContent).to.equal('Book a consultation with <b>NorCal</b> Pain');
      expect(link.children).to.have.length(0);
      el.clinicName = undefined;
      await el.updateComplete;
      expect(text(candidacy(el).cta())).to.equal('Book a consultation');
      for (const href of ['tel:+15551234', 'mailto:book@clinic.example', '/book', 'book.html']) {
        el.consultationHref = href;
        await el.updateComplete;
        expect(candidacy(el).ctaLink()!.getAttribute('href')).to.equal(href);
      }
      el.consultationHref = undefined;
      await el.updateComplete;
      expect(text(candidacy(el).cta())).to.equal('Talk to your clinic about the next step.');
      expect(warnings.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });

  describe('events', () => {
    it('fires candidacy-change with copies of the answers and result on each answer', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check mode="form"></botox-candidacy-check>`,
      );
      const changes: CandidacyChangeEvent[] = [];
      document.addEventListener('candidacy-change', (event) => changes.push(event));
      const check = candidacy(el);
      check.change('headacheDays', '18');
      expect(changes).to.have.length(1);
      const [event] = changes;
      expect(event).to.be.instanceOf(CandidacyChangeEvent);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.target).to.equal(el);
      expect(event.detail.answers).to.deep.equal({ headacheDays: 18 });
      expect(event.detail.result).to.deep.equal(evaluateCandidacy({ headacheDays: 18 }));
      event.detail.answers.headacheDays = 1;
      expect(el.answers.headacheDays, 'the detail is a copy').to.equal(18);

      check.pick('commitment', 'yes');
      expect(changes).to.have.length(2);
      expect(changes[1].detail.answers).to.deep.equal({ headacheDays: 18, commitment: 'yes' });

      check.change('headacheDays', '18');
      expect(changes, 'the same value again is not a new answer').to.have.length(2);
    });

    it('fires candidacy-complete once per change of outcome', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check mode="form"></botox-candidacy-check>`,
      );
      const complete: CandidacyCompleteEvent[] = [];
      el.addEventListener('candidacy-complete', (event) => complete.push(event));
      const check = candidacy(el);
      check.change('headacheDays', '20');
      check.change('months', '6');
      check.pick('longHeadaches', true);
      check.pick('priorTreatment', 'not-helped');
      await el.updateComplete;
      check.change('preventivesTried', '3');
      check.change('painRelieverDays', '0');
      check.change('triptanDays', '0');
      check.pick('commitment', 'yes');
      check.pick('adult', true);
      expect(complete, 'not before the last answer').to.have.length(0);
      // The last checkbox: "None of these apply to me".
      check.pick('safety', 'none');
      expect(complete).to.have.length(1);
      expect(complete[0]).to.be.instanceOf(CandidacyCompleteEvent);
      expect(complete[0].bubbles && complete[0].composed).to.equal(true);
      expect(complete[0].detail.result.outcome).to.equal('likely');
      expect(complete[0].detail.answers).to.deep.equal({
        ...LIKELY,
        painRelieverDays: 0,
        triptanDays: 0,
      });

      check.pick('commitment', 'unsure');
      expect(complete).to.have.length(2);
      expect(complete[1].detail.result.outcome).to.equal('discuss');
      check.change('painRelieverDays', '20');
      expect(complete, 'still discuss').to.have.length(2);
      check.change('headacheDays', '');
      expect(el.result.outcome).to.equal('incomplete');
      check.change('headacheDays', '25');
      expect(complete, 'back to the same outcome').to.have.length(2);
      check.change('headacheDays', '5');
      expect(complete).to.have.length(3);
      expect(complete[2].detail.result.outcome).to.equal('unlikely');
    });

    it('fires nothing when the host sets properties or attributes', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check></botox-candidacy-check>`,
      );
      let count = 0;
      const listener = () => count++;
      el.addEventListener('candidacy-change', listener);
      el.addEventListener('candidacy-complete', listener);
      el.answers = LIKELY;
      await el.updateComplete;
      el.checks = ['adult'];
      el.step = 8;
      el.mode = 'form';
      await el.updateComplete;
      el.answers = { ...LIKELY, adult: false };
      el.setAttribute('checks', 'adult');
      await el.updateComplete;
      expect(el.result.outcome).to.equal('unlikely');
      expect(count).to.equal(0);
    });

    it('after the host restores a complete state, fires candidacy-complete only on a new outcome', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check mode="form" .answers=${LIKELY}></botox-candidacy-check>`,
      );
      const outcomes: string[] = [];
      el.addEventListener('candidacy-complete', (event) =>
        outcomes.push(event.detail.result.outcome),
      );
      const check = candidacy(el);
      check.pick('longHeadaches', true);
      check.pick('priorTreatment', 'side-effects');
      expect(outcomes, 'still likely').to.deep.equal([]);
      check.pick('priorTreatment', 'not-tried');
      expect(outcomes).to.deep.equal(['unlikely']);
    });
  });

  it('explains every reason code with its own message, the points to attend to first', async () => {
    const el = await fixture<BotoxCandidacyCheck>(
      html`<botox-candidacy-check mode="form"></botox-candidacy-check>`,
    );
    const seen = new Map<string, string>();
    const rank = { 'not-met': 0, discuss: 1, unknown: 2, met: 3 } as const;
    for (const answers of [
      {},
      LIKELY,
      {
        headacheDays: 9,
        months: 1,
        priorTreatment: 'side-effects',
        preventivesTried: 3,
        commitment: 'unsure',
        painRelieverDays: 5,
        triptanDays: 5,
      },
      { headacheDays: 20, months: 2, priorTreatment: 'helped', commitment: 'no', adult: false },
      {
        priorTreatment: 'not-tried',
        longHeadaches: false,
        triptanDays: 10,
        safety: { allergy: true, skinInfection: true, pregnant: true },
      },
      {
        priorTreatment: 'not-helped',
        preventivesTried: 1,
        safety: { neuromuscular: true, breathingBleeding: true, recentToxin: true },
      },
    ] as CandidacyAnswers[]) {
      el.answers = answers;
      await el.updateComplete;
      const items = candidacy(el).criteria();
      expect(items).to.have.length(el.result.criteria.length);
      const statuses = items.map((item) =>
        (['not-met', 'discuss', 'unknown', 'met'] as const).find((status) =>
          item.classList.contains(status),
        )!,
      );
      expect(
        statuses.map((status) => rank[status]),
        'attention first',
      ).to.deep.equal([...statuses.map((status) => rank[status])].sort());
      for (const criterion of el.result.criteria) {
        const item = items.find(
          (node) => text(node.querySelector('.label')) === CRITERION_LABELS[criterion.id],
        );
        expect(item?.classList.contains(criterion.status), criterion.id).to.equal(true);
        expect(item, criterion.id).not.to.equal(undefined);
        const pairs: [string, string][] = criterion.flags
          ? [...item!.querySelectorAll('.flags li')].map((li, index) => [
              FLAG_REASONS[criterion.flags![index]],
              text(li.querySelector('.flag-reason')),
            ])
          : [[criterion.reason, text(item!.querySelector('.reason'))]];
        for (const [reason, shown] of pairs) {
          expect(shown, reason).not.to.equal('');
          expect(seen.get(reason) ?? shown, reason).to.equal(shown);
          seen.set(reason, shown);
        }
      }
    }
    expect(seen.size, 'all 26 reason codes shown').to.equal(26);
    expect(new Set(seen.values()).size, 'each with a different message').to.equal(26);
  });

  describe('bad input', () => {
    it('rejects a count out of range or not a whole number, with an inline message', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check mode="form"></botox-candidacy-check>`,
      );
      await typeNumber(el, 'headacheDays', '20');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(el.answers.headacheDays).to.equal(20);
      const input = candidacy(el).input('headacheDays')!;
      for (const bad of ['32', '3.5', '-1', 'abc', '1e1']) {
        input.focus();
        input.select();
        await sendKeys({ type: bad });
        await sendKeys({ press: 'Tab' });
        await el.updateComplete;
        expect(text(candidacy(el).rangeError('headacheDays')), bad).to.equal(
          'Enter a whole number from 0 to 31.',
        );
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(input.getAttribute('aria-describedby')).to.equal(
          'headache-days-hint headacheDays-range-error',
        );
        expect(input.value, 'the typed text stays for fixing').to.equal(bad);
        expect(el.answers.headacheDays, 'no answer from invalid data').to.equal(undefined);
        expect(el.result.criteria[0].status).to.equal('unknown');
      }
      await expect(el).to.be.accessible();
      input.focus();
      input.select();
      await sendKeys({ type: '15' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(candidacy(el).rangeError('headacheDays')).to.equal(null);
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect(el.answers.headacheDays).to.equal(15);

      await candidacy(el).type('months', '601');
      expect(text(candidacy(el).rangeError('months'))).to.equal(
        'Enter a whole number from 0 to 600.',
      );
      await candidacy(el).type('months', '');
      expect(candidacy(el).rangeError('months'), 'empty is unanswered, not wrong').to.equal(null);
    });

    it('keeps ids unique when a question and its number share a name, and announces errors', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check step="1"></botox-candidacy-check>`,
      );
      await pressButton(el, 'Next');
      const months = candidacy(el).input('months')!;
      expect(candidacy(el).error('months')!.getAttribute('role')).to.equal('alert');
      expect(months.getAttribute('aria-describedby')).to.equal('months-hint months-error');
      await candidacy(el).type('months', 'abc');
      expect(candidacy(el).rangeError('months')!.getAttribute('role')).to.equal('alert');
      expect(candidacy(el).error('months'), 'the number error says more').to.equal(null);
      expect(months.getAttribute('aria-describedby')).to.equal('months-hint months-range-error');
      const ids = candidacy(el)
        .queryAll('[id]')
        .map((node) => node.id);
      expect(ids.length, 'every id once').to.equal(new Set(ids).size);
      await expect(el).to.be.accessible();
    });

    it('marks only the count still empty as invalid', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check step="4"></botox-candidacy-check>`,
      );
      await pressButton(el, 'Next');
      const invalid = () =>
        (['painRelieverDays', 'triptanDays'] as const).map((field) =>
          candidacy(el).input(field)!.getAttribute('aria-invalid'),
        );
      expect(invalid()).to.deep.equal(['true', 'true']);
      await typeNumber(el, 'painRelieverDays', '3');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(invalid()).to.deep.equal(['false', 'true']);
    });

    it('does not go on from a question with an invalid count, and focuses it', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check step="4"></botox-candidacy-check>`,
      );
      expect(legend(el)).to.contain('Question 5 of 8');
      await typeNumber(el, 'painRelieverDays', '40');
      await typeNumber(el, 'triptanDays', '1');
      await pressButton(el, 'Next');
      expect(legend(el)).to.contain('Question 5 of 8');
      expect(active(el)?.id).to.equal('painRelieverDays');
      expect(text(candidacy(el).rangeError('painRelieverDays'))).to.equal(
        'Enter a whole number from 0 to 31.',
      );
      await expect(el).to.be.accessible();
      // With only one count answered, Next focuses the empty one.
      el.answers = { painRelieverDays: 3 };
      await el.updateComplete;
      await pressButton(el, 'Next');
      expect(active(el)?.id).to.equal('triptanDays');
      expect(text(candidacy(el).error('overuse'))).to.equal('Answer this question to go on.');
    });
  });

  describe('attributes and properties', () => {
    it('restores saved answers, dropping bad fields with one warning', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check mode="form"></botox-candidacy-check>`,
      );
      el.answers = {
        ...LIKELY,
        headacheDays: 99,
        colour: 'red',
      } as unknown as CandidacyAnswers;
      await el.updateComplete;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('answers').and.contain('headacheDays, colour');
      const kept = { ...LIKELY };
      delete kept.headacheDays;
      expect(el.answers).to.deep.equal(kept);
      expect(candidacy(el).input('months')!.value).to.equal('6');
      expect(candidacy(el).input('headacheDays')!.value).to.equal('');
      expect(el.result.outcome).to.equal('incomplete');
    });

    it('treats safety as unanswered when a safety flag is malformed', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check mode="form"></botox-candidacy-check>`,
      );
      el.answers = {
        ...LIKELY,
        safety: { allergy: false, pregnant: 'yes' },
      } as unknown as CandidacyAnswers;
      await el.updateComplete;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('safety.pregnant');
      expect(el.answers.safety, 'not silently "no flags"').to.equal(undefined);
      expect(el.result.criteria.find((c) => c.id === 'safety')!.status).to.equal('unknown');
      expect(
        candidacy(el)
          .checkboxes()
          .some((box) => box.checked),
      ).to.equal(false);
      for (const value of ['nonsense', 42, [1, 2], null]) {
        expect(() => (el.answers = value as unknown as CandidacyAnswers)).not.to.throw();
      }
      await el.updateComplete;
      expect(el.answers).to.deep.equal({});
      expect(warnings.messages, 'one per malformed value; null just clears').to.have.length(4);
      expect(warnings.messages[1]).to.contain('answers="nonsense"');
      expect(warnings.messages[2]).to.contain('answers=42');
    });

    it('switches each switchable check off', async () => {
      for (const [checks, missing, criterion, ignored] of [
        [
          'overuse',
          'does the headache usually last 4 hours or more',
          'duration',
          { longHeadaches: false },
        ],
        ['duration', 'How often do you take medicine', 'overuse', { triptanDays: 31 }],
      ] as const) {
        const el = await fixture<BotoxCandidacyCheck>(
          html`<botox-candidacy-check mode="form" checks=${checks}></botox-candidacy-check>`,
        );
        expect(candidacy(el).questions(), checks).to.have.length(7);
        expect(shadowText(el), checks).not.to.contain(missing);
        expect(
          el.result.criteria.map((c) => c.id),
          checks,
        ).not.to.include(criterion);
        expect(el.result.criteria, checks).to.have.length(6);
        el.answers = { ...LIKELY, ...ignored };
        await el.updateComplete;
        expect(el.result.outcome, `${checks}: the switched-off answer is ignored`).to.equal(
          'likely',
        );
        await expect(el).to.be.accessible();
      }
      const none = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check checks=""></botox-candidacy-check>`,
      );
      expect(legend(none)).to.contain('Question 1 of 6');
      none.answers = {
        headacheDays: 20,
        months: 6,
        priorTreatment: 'helped',
        commitment: 'yes',
        adult: true,
        safety: {},
      };
      none.step = 6;
      await none.updateComplete;
      expect(none.result.criteria.map((c) => c.id)).to.deep.equal([
        'chronic-migraine',
        'prior-treatment',
        'commitment',
        'adult',
        'safety',
      ]);
      expect(text(outcomeHeading(none))).to.equal('Botox may not be the right choice for you now');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('always asks about age and safety: adult and safety in checks switch nothing, with one warning', async () => {
      for (const checks of ['adult,safety', 'duration, overuse, adult, safety', 'SAFETY']) {
        const el = await fixture<BotoxCandidacyCheck>(
          html`<botox-candidacy-check mode="form" checks=${checks}></botox-candidacy-check>`,
        );
        expect(shadowText(el), checks).to.contain('Are you 18 or older?');
        expect(shadowText(el), checks).to.contain('Do any of these apply to you?');
        el.answers = { ...LIKELY, adult: false };
        await el.updateComplete;
        expect(el.result.outcome, `${checks}: under 18`).to.equal('unlikely');
        el.answers = { ...LIKELY, safety: { allergy: true } };
        await el.updateComplete;
        expect(el.result.outcome, `${checks}: allergy`).to.equal('unlikely');
        el.requestUpdate('checks');
        await el.updateComplete;
      }
      expect(warnings.messages).to.have.length(3);
      for (const message of warnings.messages) {
        expect(message).to.contain(
          '<botox-candidacy-check> always asks about age and the safety points',
        );
        expect(message).to.contain('nobody under 18, or for whom Botox is not safe');
        expect(message).to.contain('Only duration and overuse can be switched');
      }
      expect(warnings.messages[0]).to.contain('remove adult and safety from checks');
      expect(warnings.messages[2]).to.contain('remove safety from checks');
      // A checks list that leaves them out (older markup switching them off) still asks them.
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check checks="duration"></botox-candidacy-check>`,
      );
      expect(legend(el)).to.contain('Question 1 of 7');
      expect(el.result.criteria.map((c) => c.id)).to.include.members(['adult', 'safety']);
    });

    it('warns once about unknown checks and keeps the known ones', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check checks="overuse, bogus"></botox-candidacy-check>`,
      );
      expect(legend(el)).to.contain('Question 1 of 7');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('checks').and.contain('bogus');
      el.requestUpdate('checks');
      await el.updateComplete;
      expect(warnings.messages).to.have.length(1);
      el.checks = 7 as unknown as string;
      await el.updateComplete;
      expect(legend(el), 'an unusable type means all checks').to.contain('Question 1 of 8');
      expect(warnings.messages).to.have.length(2);
    });

    it('`heading` is shown as text; empty hides it and lifts the result headings', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check
          mode="form"
          heading=${'<b>Could Botox help you?</b>'}
        ></botox-candidacy-check>`,
      );
      el.answers = LIKELY;
      await el.updateComplete;
      const heading = candidacy(el).heading()!;
      expect(heading.localName).to.equal('h2');
      expect(heading.textContent).to.equal('<b>Could Botox help you?</b>');
      expect(heading.children).to.have.length(0);
      expect(outcomeHeading(el).localName).to.equal('h3');
      expect(candidacy(el).answersHeading()!.localName).to.equal('h4');
      el.heading = '';
      await el.updateComplete;
      expect(candidacy(el).heading()).to.equal(null);
      expect(outcomeHeading(el).localName, 'the outcome takes the title’s level').to.equal('h2');
      expect(candidacy(el).answersHeading()!.localName).to.equal('h3');
      expect(text(outcomeHeading(el))).to.equal('Botox may be an option for you');
      el.heading = undefined;
      await el.updateComplete;
      expect(text(candidacy(el).heading()), 'unset: the default title').to.equal(
        'Is Botox for me?',
      );
      expect(warnings.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('`heading-level` sets the title, with the result headings below it (at most 6)', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check heading-level="4" mode="form"></botox-candidacy-check>`,
      );
      el.answers = LIKELY;
      await el.updateComplete;
      const levels = () => [
        candidacy(el).heading()!.localName,
        outcomeHeading(el).localName,
        candidacy(el).answersHeading()!.localName,
      ];
      expect(levels()).to.deep.equal(['h4', 'h5', 'h6']);
      for (const [value, expected] of [
        ['2', ['h2', 'h3', 'h4']],
        ['3', ['h3', 'h4', 'h5']],
        ['5', ['h5', 'h6', 'h6']],
        ['6', ['h6', 'h6', 'h6']],
      ] as const) {
        el.setAttribute('heading-level', value);
        await el.updateComplete;
        expect(levels(), value).to.deep.equal(expected);
      }
      el.heading = '';
      el.headingLevel = 3;
      await el.updateComplete;
      expect(outcomeHeading(el).localName).to.equal('h3');
      expect(outcomeHeading(el).getAttribute('tabindex'), 'still a focus target').to.equal('-1');
      expect(outcomeHeading(el).classList.contains('outcome-likely')).to.equal(true);
      expect(warnings.messages).to.deep.equal([]);
      el.setAttribute('heading-level', '1');
      await el.updateComplete;
      expect(outcomeHeading(el).localName, 'a bad level gives 2').to.equal('h2');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('heading-level="1"').and.contain('2, 3, 4, 5, 6');
    });

    it('a title of only spaces is no title', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check
          heading="   "
          step="8"
          .answers=${LIKELY}
        ></botox-candidacy-check>`,
      );
      expect(candidacy(el).heading()).to.equal(null);
      expect(outcomeHeading(el).localName).to.equal('h2');
    });

    it('says in `step` that it shows the result when `checks` leaves fewer questions', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check step="8" .answers=${LIKELY}></botox-candidacy-check>`,
      );
      expect(outcomeHeading(el)).not.to.equal(null);
      el.checks = '';
      await el.updateComplete;
      expect(Number(el.step)).to.equal(6);
      el.checks = null;
      await el.updateComplete;
      expect(Number(el.step)).to.equal(6);
      expect(legend(el), 'back on a question, as `step` says').to.contain('Question 7 of 8');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('falls back to steps on a bad mode, with one warning', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check mode="wizard"></botox-candidacy-check>`,
      );
      expect(candidacy(el).questions()).to.have.length(1);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('mode').and.contain('wizard');
      el.mode = 'FORM' as 'form';
      await el.updateComplete;
      expect(candidacy(el).questions(), 'case-insensitive').to.have.length(8);
      expect(warnings.messages).to.have.length(1);
    });

    it('ignores an unsafe consultation link with one warning', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check
          mode="form"
          clinic-name="NorCal Pain"
          consultation-href="javascript:alert(1)"
        ></botox-candidacy-check>`,
      );
      expect(candidacy(el).query('a')).to.equal(null);
      expect(text(candidacy(el).cta())).to.equal('Talk to NorCal Pain about the next step.');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('consultation-href').and.contain('javascript:');
      for (const href of ['data:text/html,hi', ' java\tscript:alert(1)', 'vbscript:x']) {
        el.consultationHref = href;
        await el.updateComplete;
        expect(candidacy(el).query('a'), href).to.equal(null);
      }
      expect(warnings.messages).to.have.length(4);
      el.consultationHref = '';
      await el.updateComplete;
      expect(warnings.messages, 'empty means no link, quietly').to.have.length(4);
    });

    it('opens at a given step, falling back to the first on a bad one', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check step="2"></botox-candidacy-check>`,
      );
      expect(legend(el)).to.contain('Question 3 of 8');
      for (const bad of ['9', '-1', 'two', '1.5']) {
        el.setAttribute('step', bad);
        await el.updateComplete;
        expect(legend(el), bad).to.contain('Question 1 of 8');
      }
      expect(warnings.messages).to.have.length(4);
      expect(warnings.messages.every((m) => m.includes('step'))).to.equal(true);
      el.step = 8;
      await el.updateComplete;
      expect(text(outcomeHeading(el))).to.equal('Your result is not ready yet');
      el.checks = '';
      await el.updateComplete;
      expect(el.step, 'the result of 6 questions is step 6').to.equal(6);
      expect(text(outcomeHeading(el)), 'fewer questions: still the result').to.equal(
        'Your result is not ready yet',
      );
    });

    it('takes answers set before it is defined', async () => {
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('botox-candidacy-check') as BotoxCandidacyCheck;
      (el as unknown as { answers: CandidacyAnswers }).answers = LIKELY;
      holder.append(el);
      await el.updateComplete;
      expect(el.result.outcome).to.equal('likely');
    });
  });

  describe('in a form', () => {
    it('submits { answers, result } as JSON under its name, and resets', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <botox-candidacy-check name="self-check" mode="form"></botox-candidacy-check>
          <button type="reset">Reset</button>
        </form>
      `);
      const el = form.querySelector('botox-candidacy-check')!;
      await el.updateComplete;
      expect(el.form).to.equal(form);
      expect(el.willValidate).to.equal(true);
      el.answers = LIKELY;
      await el.updateComplete;
      const value = JSON.parse(new FormData(form).get('self-check') as string) as unknown;
      expect(value).to.deep.equal({ answers: LIKELY, result: evaluateCandidacy(LIKELY) });
      expect(form.checkValidity(), 'not required').to.equal(true);

      let events = 0;
      el.addEventListener('candidacy-change', () => events++);
      form.reset();
      await el.updateComplete;
      expect(el.answers).to.deep.equal({});
      expect(events, 'a reset is not an answer').to.equal(0);
      expect(candidacy(el).input('headacheDays')!.value).to.equal('');
      expect(JSON.parse(new FormData(form).get('self-check') as string)).to.deep.equal({
        answers: {},
        result: evaluateCandidacy({}),
      });
    });

    it('follows a disabled fieldset around it: every control is disabled, then enabled again', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <fieldset disabled>
            <botox-candidacy-check name="c" mode="form"></botox-candidacy-check>
          </fieldset>
        </form>
      `);
      const el = form.querySelector('botox-candidacy-check')!;
      await el.updateComplete;
      const controls = () =>
        candidacy(el).queryAll<HTMLInputElement | HTMLButtonElement>('input, button');
      expect(controls().length).to.be.greaterThan(20);
      expect(controls().filter((control) => !control.disabled)).to.deep.equal([]);
      expect([...new FormData(form).keys()], 'a disabled control submits nothing').to.deep.equal(
        [],
      );
      form.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect(controls().filter((control) => control.disabled)).to.deep.equal([]);
      let changes = 0;
      el.addEventListener('candidacy-change', () => changes++);
      // The first radio button.
      candidacy(el).pick('longHeadaches', true);
      expect(changes, 'usable again').to.equal(1);
    });

    it('on a failed submit, goes to the first unanswered question and focuses it (steps mode)', async () => {
      const withoutAge: CandidacyAnswers = { ...LIKELY };
      delete withoutAge.adult;
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <botox-candidacy-check
            name="c"
            required
            .answers=${withoutAge}
            step="8"
          ></botox-candidacy-check>
        </form>
      `);
      const el = form.querySelector('botox-candidacy-check')!;
      await el.updateComplete;
      expect(candidacy(el).outcomeHeading(), 'starts on the result').not.to.equal(null);
      expect(form.reportValidity()).to.equal(false);
      await el.updateComplete;
      expect(legend(el)).to.contain('Are you 18 or older?');
      expect(Number(el.step)).to.equal(6);
      expect(text(candidacy(el).error('adult'))).to.equal('Answer this question to go on.');
      expect(active(el)).to.equal(candidacy(el).radios('adult')[0]);
      await expect(el).to.be.accessible();
    });

    it('only reports on checkValidity(): no focus taken, no question changed', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <input aria-label="Your name" />
          <botox-candidacy-check name="c" required step="2"></botox-candidacy-check>
        </form>
      `);
      const el = form.querySelector('botox-candidacy-check')!;
      await el.updateComplete;
      const name = form.querySelector('input')!;
      name.focus();
      expect(form.checkValidity()).to.equal(false);
      expect(el.checkValidity()).to.equal(false);
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(document.activeElement).to.equal(name);
      expect(legend(el)).to.contain('Question 3 of 8');
      expect(candidacy(el).errors()).to.deep.equal([]);
      // Its own reportValidity() does show it: the first unanswered question, focused.
      expect(el.reportValidity()).to.equal(false);
      await el.updateComplete;
      expect(legend(el)).to.contain('Question 1 of 8');
      expect(active(el)?.id).to.equal('headacheDays');
      expect(text(candidacy(el).error('headache-days'))).to.equal('Answer this question to go on.');
    });

    /** A required form-mode check with `answers`, after a failed `reportValidity()` of its form. */
    async function failedSubmit(answers: CandidacyAnswers) {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <botox-candidacy-check
            name="c"
            required
            mode="form"
            .answers=${answers}
          ></botox-candidacy-check>
        </form>
      `);
      const el = form.querySelector('botox-candidacy-check')!;
      await el.updateComplete;
      expect(form.reportValidity()).to.equal(false);
      await el.updateComplete;
      return el;
    }

    it('on a failed submit, focuses the empty number of a half-answered question', async () => {
      const el = await failedSubmit({ ...LIKELY, triptanDays: undefined });
      expect(active(el)?.id).to.equal('triptanDays');
      expect(text(candidacy(el).error('overuse'))).to.equal('Answer this question to go on.');
      expect(candidacy(el).input('triptanDays')!.getAttribute('aria-invalid')).to.equal('true');
      expect(candidacy(el).input('painRelieverDays')!.getAttribute('aria-invalid')).to.equal(
        'false',
      );
    });

    it('on a failed submit in form mode, points at and focuses the first unanswered question', async () => {
      const el = await failedSubmit({ headacheDays: 20, months: 6, longHeadaches: true });
      const first = candidacy(el).radios('priorTreatment')[0];
      expect(active(el)).to.equal(first);
      expect(text(candidacy(el).error('prior-treatment'))).to.equal(
        'Answer this question to go on.',
      );
      expect(candidacy(el).errors(), 'only that question').to.have.length(1);
    });

    it('goes back to the first question on reset in steps mode', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <botox-candidacy-check name="c" .answers=${LIKELY} step="8"></botox-candidacy-check>
        </form>
      `);
      const el = form.querySelector('botox-candidacy-check')!;
      await el.updateComplete;
      expect(candidacy(el).outcomeHeading()).not.to.equal(null);
      form.reset();
      await el.updateComplete;
      expect(legend(el)).to.contain('Question 1 of 8');
    });

    it('is invalid while required and incomplete', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form><botox-candidacy-check name="c" required></botox-candidacy-check></form>
      `);
      const el = form.querySelector('botox-candidacy-check')!;
      await el.updateComplete;
      expect(form.checkValidity()).to.equal(false);
      expect(el.checkValidity()).to.equal(false);
      expect(el.validity!.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal('Please answer every question of the self-check.');
      el.answers = LIKELY;
      await el.updateComplete;
      expect(form.checkValidity()).to.equal(true);
      expect(el.reportValidity()).to.equal(true);
      expect(el.validity!.valid).to.equal(true);
      el.required = false;
      el.answers = {};
      await el.updateComplete;
      expect(form.checkValidity(), 'not required: valid when incomplete').to.equal(true);
    });

    it('leaves no form entry without a name, and restores a submitted state', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form><botox-candidacy-check mode="form"></botox-candidacy-check></form>
      `);
      const el = form.querySelector('botox-candidacy-check')!;
      await el.updateComplete;
      el.answers = LIKELY;
      await el.updateComplete;
      expect([...new FormData(form).keys()]).to.deep.equal([]);
      el.formStateRestoreCallback(JSON.stringify({ answers: { headacheDays: 3 }, result: {} }));
      expect(el.answers).to.deep.equal({ headacheDays: 3 });
      el.formStateRestoreCallback('not json');
      expect(el.answers, 'a foreign state is ignored').to.deep.equal({ headacheDays: 3 });
    });
  });

  describe('accessibility', () => {
    it('is accessible in every step and every result, light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await fixture<BotoxCandidacyCheck>(
          html`<botox-candidacy-check theme=${theme} .answers=${LIKELY}></botox-candidacy-check>`,
        );
        for (let step = 0; step < 8; step++) {
          el.step = step;
          await el.updateComplete;
          expect(legend(el)).to.contain(`Question ${step + 1} of 8`);
          await expect(el).to.be.accessible();
        }
        for (const [answers, outcome] of [
          [LIKELY, 'likely'],
          [{ ...LIKELY, safety: { neuromuscular: true, recentToxin: true } }, 'discuss'],
          [{ ...LIKELY, safety: { allergy: true, recentToxin: true } }, 'unlikely'],
          [{ ...LIKELY, priorTreatment: 'helped', commitment: 'no' }, 'unlikely'],
          [{ headacheDays: 20 }, 'incomplete'],
        ] as const) {
          el.answers = answers;
          el.step = 8;
          await el.updateComplete;
          expect(el.result.outcome).to.equal(outcome);
          expect(candidacy(el).outcomeHeading()!.classList.contains(`outcome-${outcome}`)).to.equal(
            true,
          );
          await expect(el).to.be.accessible();
        }
      }
    });

    it('keeps each question a fieldset with a legend, and every control labelled', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check mode="form"></botox-candidacy-check>`,
      );
      for (const fieldset of candidacy(el).questions()) {
        expect(fieldset.firstElementChild!.localName).to.equal('legend');
      }
      for (const input of candidacy(el).queryAll<HTMLInputElement>('input')) {
        expect(input.labels!.length, input.id || input.name).to.equal(1);
      }
      // One quiet status region for the outcome; the criteria are not in any live region.
      expect(
        candidacy(el).criteriaList()!.closest('[role="status"], [role="alert"], [aria-live]'),
      ).to.equal(null);
      expect(candidacy(el).queryAll('[role="status"].sr')).to.have.length(1);
    });

    it('gives every target at least 24 × 24 px and fits 320 px', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 320px">
          <botox-candidacy-check mode="form"></botox-candidacy-check>
        </div>`,
      );
      const el = wrap.querySelector('botox-candidacy-check')!;
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(320);
      for (const target of candidacy(el).queryAll('button, input, a, .choice')) {
        const box = target.getBoundingClientRect();
        expect(box.height, text(target) || target.id).to.be.at.least(24);
        expect(box.width, text(target) || target.id).to.be.at.least(20);
        expect(box.right, 'inside 320 px').to.be.at.most(wrap.getBoundingClientRect().right + 0.5);
      }
      for (const target of candidacy(el).queryAll('.choice, button')) {
        expect(target.getBoundingClientRect().width).to.be.at.least(24);
      }
    });

    it('lays out right to left with logical properties', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div dir="rtl" style="width: 500px">
          <botox-candidacy-check step="1"></botox-candidacy-check>
        </div>`,
      );
      const el = wrap.querySelector('botox-candidacy-check')!;
      await el.updateComplete;
      const [back, next] = candidacy(el).navButtons();
      expect(text(back)).to.equal('Back');
      expect(
        next.getBoundingClientRect().left,
        'Next sits at the inline end (left in RTL)',
      ).to.be.lessThan(back.getBoundingClientRect().left);
    });

    it('takes clinic colours from the public custom properties', async () => {
      const el = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check
          theme="light"
          style="--bmw-accent: rgb(120, 0, 60); --bmw-accent-contrast: rgb(255, 255, 240)"
        ></botox-candidacy-check>`,
      );
      const next = candidacy(el).button('Next')!;
      expect(getComputedStyle(next).backgroundColor).to.equal('rgb(120, 0, 60)');
      expect(getComputedStyle(next).color).to.equal('rgb(255, 255, 240)');
    });
  });

  it('speaks Spanish', async () => {
    const el = await fixture<BotoxCandidacyCheck>(
      html`<botox-candidacy-check mode="form" clinic-name="Clínica Sol"></botox-candidacy-check>`,
    );
    await setLocale('es');
    await el.updateComplete;
    try {
      expect(text(candidacy(el).query('h2'))).to.equal('¿Es Botox para mí?');
      expect(candidacy(el).question()).to.equal('¿Cuántos días al mes tiene dolor de cabeza?');
      expect(candidacy(el).inputLabel('headacheDays')).to.equal('Días con dolor de cabeza al mes');
      expect(text(candidacy(el).outcomeHeading())).to.equal('Su resultado aún no está listo');
      expect(shadowText(el)).to.contain('Hable con Clínica Sol sobre el siguiente paso.');
      el.answers = LIKELY;
      await el.updateComplete;
      expect(text(candidacy(el).outcomeHeading())).to.equal(
        'Botox puede ser una opción para usted',
      );
      expect(shadowText(el)).to.contain('Esto no es un diagnóstico.');
      el.mode = 'steps';
      el.step = 1;
      await el.updateComplete;
      expect(legend(el)).to.contain('Pregunta 2 de 8');
      const primary = candidacy(el)
        .buttons()
        .find((b) => b.classList.contains('primary'))!;
      expect(text(primary)).to.equal('Siguiente');
      await candidacy(el).type('months', '700');
      expect(text(candidacy(el).rangeError('months'))).to.equal(
        'Escriba un número entero del 0 al 600.',
      );
      await expect(el).to.be.accessible();
    } finally {
      await followDocumentLocale();
      await el.updateComplete;
    }
    expect(text(candidacy(el).query('h2'))).to.equal('Is Botox for me?');
  });
});
