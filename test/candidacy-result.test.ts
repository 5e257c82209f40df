/**
 * The self-check's result as a worried reader on a phone meets it: three outcomes that look
 * different (icon, colour, words, border) also without colour, the first screen first at 390 px,
 * the points that need attention first, Print that prints the summary alone, and no reassuring
 * words for a safety answer that rules Botox out, in any language.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../src/components/botox-candidacy-check/define.js';
import type { BotoxCandidacyCheck } from '../src/components/botox-candidacy-check/botox-candidacy-check.js';
import type { CandidacyAnswers, Outcome } from '../src/logic/candidacy/index.js';
import { followDocumentLocale, setLocale, SHIPPED_LOCALES } from '../src/localization/locale.js';
import { LIKELY } from './fixtures/candidacy-answers.js';
import { candidacy } from './harness/index.js';
import { captureWarnings } from './helpers.js';

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** One set of answers per outcome, each with the points that make it. */
const OUTCOME_ANSWERS: Record<Outcome, CandidacyAnswers> = {
  likely: LIKELY,
  discuss: { ...LIKELY, commitment: 'unsure', safety: { neuromuscular: true } },
  unlikely: { ...LIKELY, safety: { allergy: true, breathingBleeding: true } },
  incomplete: { headacheDays: 20 },
};
const OUTCOMES = Object.keys(OUTCOME_ANSWERS) as Outcome[];

/** The English words of each outcome, as a reader sees them. */
const ENGLISH: Record<Outcome, { headline: string; explanation: string; next: string }> = {
  likely: {
    headline: 'Botox may be an option for you',
    explanation: 'Your answers fit the usual reasons doctors give Botox for chronic migraine.',
    next: 'Next step: book a consultation. The doctor checks your health and decides with you.',
  },
  discuss: {
    headline: 'Botox may be an option: talk with the doctor first',
    explanation: 'Your answers mostly fit, but some points need a talk with the doctor first.',
    next: 'Next step: talk with the doctor about the points marked below.',
  },
  unlikely: {
    headline: 'Botox may not be the right choice for you now',
    explanation: 'One of your safety answers means Botox is not suitable for you now.',
    next: 'Next step: ask your doctor about treatments that may suit you better.',
  },
  incomplete: {
    headline: 'Your result is not ready yet',
    explanation: 'Answer every question to see how your answers fit.',
    next: '',
  },
};

async function showResult(
  answers: CandidacyAnswers,
  attributes: { theme?: string; clinic?: string } = {},
): Promise<BotoxCandidacyCheck> {
  const el = await fixture<BotoxCandidacyCheck>(
    html`<botox-candidacy-check
      theme=${attributes.theme ?? 'auto'}
      clinic-name=${attributes.clinic ?? 'Lakeside Headache Clinic'}
      consultation-href="https://example.org/book"
      .answers=${answers}
      step="8"
    ></botox-candidacy-check>`,
  );
  await el.updateComplete;
  return el;
}

/** An icon's drawing: its shapes and their attributes. */
const shape = (svg: Element) =>
  [...svg.querySelectorAll('*')]
    .map(
      (node) =>
        `${node.localName}(${[...node.attributes].map((a) => `${a.name}=${a.value}`).join(' ')})`,
    )
    .join(' ');

const emulate = (features: { name: string; value: string }[]) =>
  executeServerCommand('emulate-media-features', features);

describe('<botox-candidacy-check> result', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(async () => {
    warnings.restore();
    await setLocale('en');
    await followDocumentLocale();
    await emulate([]);
  });

  it('gives each outcome its own icon, colour, border, headline, sentence and next step', async () => {
    const looks = new Map<Outcome, { icon: string; colour: string; border: string }>();
    for (const outcome of OUTCOMES) {
      const el = await showResult(OUTCOME_ANSWERS[outcome]);
      const check = candidacy(el);
      expect(el.result.outcome).to.equal(outcome);
      const summary = check.summary()!;
      expect(summary.classList.contains(`summary-${outcome}`), outcome).to.equal(true);
      expect(check.outcome(), outcome).to.equal(ENGLISH[outcome].headline);
      expect(check.explanation(), outcome).to.equal(ENGLISH[outcome].explanation);
      expect(check.nextStep(), outcome).to.equal(ENGLISH[outcome].next);
      const icon = summary.querySelector('.outcome-icon svg')!;
      expect(icon.getAttribute('aria-hidden'), 'the words carry the meaning').to.equal('true');
      expect(icon.getBoundingClientRect().width, `${outcome}: the icon is drawn`).to.be.above(20);
      looks.set(outcome, {
        icon: shape(icon),
        colour: getComputedStyle(summary).borderInlineEndColor,
        border: getComputedStyle(summary).borderTopStyle,
      });
      expect(warnings.messages).to.deep.equal([]);
    }
    for (const aspect of ['icon', 'colour', 'border'] as const) {
      const values = OUTCOMES.map((outcome) => looks.get(outcome)![aspect]);
      expect(new Set(values).size, `every outcome has its own ${aspect}`).to.equal(4);
    }
  });

  it('stays distinguishable in forced colours: own icon shape and border style, system colours', async () => {
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    const borders = new Set<string>();
    const icons = new Set<string>();
    for (const outcome of OUTCOMES) {
      const el = await showResult(OUTCOME_ANSWERS[outcome]);
      const summary = candidacy(el).summary()!;
      borders.add(getComputedStyle(summary).borderTopStyle);
      const icon = summary.querySelector('.outcome-icon')!;
      icons.add(shape(icon.querySelector('svg')!));
      // The icon follows the system's text colour, as the words do.
      expect(getComputedStyle(icon).color, outcome).to.equal(
        getComputedStyle(candidacy(el).outcomeHeading()!).color,
      );
      await expect(el).to.be.accessible();
    }
    expect(borders.size).to.equal(4);
    expect(icons.size).to.equal(4);
  });

  it('uses plain status words, never "Met" / "Not met"', async () => {
    const el = await showResult({
      ...LIKELY,
      headacheDays: 10,
      commitment: 'unsure',
      adult: undefined,
    });
    const words = candidacy(el).criterionStatuses();
    expect(words).to.include.members([
      'Fits',
      'Does not fit',
      'Talk to your doctor',
      'Not answered',
    ]);
    expect(text(candidacy(el).result())).not.to.match(/\bMet\b|\bNot met\b/);
  });

  it('fits the headline, one sentence, the next step and the call to action in the first 600 px at 390 px wide', async () => {
    await setViewport({ width: 390, height: 844 });
    try {
      for (const locale of ['en', 'ar', 'de']) {
        await setLocale(locale);
        for (const outcome of OUTCOMES) {
          const el = await showResult(OUTCOME_ANSWERS[outcome]);
          const check = candidacy(el);
          const result = check.result()!.getBoundingClientRect();
          const summary = check.summary()!;
          const bottom = summary.getBoundingClientRect().bottom - result.top;
          expect(bottom, `${locale} ${outcome}: first screen`).to.be.at.most(600);
          for (const part of ['.outcome', '.explanation', '[part="cta"]']) {
            expect(summary.querySelector(part), `${locale} ${outcome}: ${part}`).not.to.equal(null);
          }
          expect(summary.querySelector('.next') !== null, outcome).to.equal(
            outcome !== 'incomplete',
          );
          expect(summary.querySelector('[part="cta"] a')?.getAttribute('href')).to.equal(
            'https://example.org/book',
          );
          // The explanation is one sentence.
          expect(
            text(summary.querySelector('.explanation')).match(/[.!?。؟]/g) ?? [],
          ).to.have.length(1);
          // The points follow the first screen, the ones to attend to first.
          const points = check.points()!;
          expect(points.getBoundingClientRect().top).to.be.at.least(
            summary.getBoundingClientRect().bottom,
          );
          expect(result.width, 'no sideways scrolling').to.be.at.most(390);
        }
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('lists the points that need attention first', async () => {
    const el = await showResult({
      ...LIKELY,
      commitment: 'unsure',
      safety: { recentToxin: true, pregnant: true },
      painRelieverDays: undefined,
    });
    const check = candidacy(el);
    const statuses = check
      .criteria()
      .map((item) =>
        ['not-met', 'discuss', 'unknown', 'met'].find((status) => item.classList.contains(status)),
      );
    expect(statuses).to.deep.equal(['not-met', 'discuss', 'unknown', 'met', 'met', 'met', 'met']);
    const labels = check.criterionLabels();
    expect(labels.slice(0, 3)).to.deep.equal([
      'Safety points',
      'Visits every 12 weeks',
      'Pain medicine use',
    ]);
    // Pregnancy rules Botox out for now and comes before the caution; each has its own reason.
    const flags = check.flags();
    expect(flags.map((li) => text(li.querySelector('.flag-status')))).to.deep.equal([
      'Does not fit',
      'Talk to your doctor',
    ]);
    expect(text(flags[0].querySelector('.flag-reason'))).to.equal(
      'Botox is usually not given while you are pregnant or breastfeeding. Ask the doctor about options that are safe now.',
    );
    expect(text(flags[1].querySelector('.flag-reason'))).to.equal(
      'Doses of botulinum toxin add up. The doctor needs to know about any injection in the last 4 months.',
    );
  });

  it('is accessible in every outcome, light and dark, in English and Arabic', async () => {
    for (const locale of ['en', 'ar']) {
      await setLocale(locale);
      for (const theme of ['light', 'dark']) {
        for (const outcome of OUTCOMES) {
          const el = await showResult(OUTCOME_ANSWERS[outcome], { theme });
          expect(el.result.outcome).to.equal(outcome);
          if (locale === 'ar') {
            expect(getComputedStyle(candidacy(el).base()!).direction).to.equal('rtl');
          }
          await expect(el, `${locale} ${theme} ${outcome}`).to.be.accessible();
        }
      }
    }
  });

  describe('Print summary', () => {
    const host = () => document.querySelector('#host-page-text');
    beforeEach(() => {
      const marker = document.createElement('h1');
      marker.id = 'host-page-text';
      marker.textContent = 'Host page heading that must not print';
      document.body.prepend(marker);
    });
    afterEach(() => host()?.remove());

    async function print(el: BotoxCandidacyCheck): Promise<Document> {
      // "Print summary": the first of the summary buttons, whatever the language.
      const frame = await candidacy(el).print();
      expect(frame, 'printed from a frame of its own').not.to.equal(null);
      return frame!.contentDocument!;
    }

    it('prints only the summary: headline, points, answers, date and clinic, not the host page', async () => {
      const el = await showResult(OUTCOME_ANSWERS.unlikely);
      expect(text(candidacy(el).printButton())).to.equal('Print summary');
      const doc = await print(el);
      const printed = text(doc.body);
      expect(printed).not.to.contain('Host page heading');
      expect(doc.title).to.equal('Botox for chronic migraine: my self-check');
      expect(printed).to.contain(ENGLISH.unlikely.headline);
      expect(printed).to.contain(ENGLISH.unlikely.explanation);
      expect(printed).to.contain('Clinic: Lakeside Headache Clinic');
      const today = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date());
      expect(printed).to.contain(`Date: ${today}`);
      expect(printed).to.contain('Point by point');
      expect(printed).to.contain('Safety points');
      expect(printed).to.contain('Does not fit');
      expect(printed).to.contain(
        'With an allergy to a botulinum toxin medicine, Botox is not safe for you.',
      );
      expect(printed).to.contain('Your answers');
      expect(printed).to.contain('Headache days a month');
      expect(printed).to.contain(
        'This is not a diagnosis. The clinic makes the decision with you at your consultation.',
      );
      // The order of a summary: headline, then points, then answers, then the note.
      const at = (needle: string) => printed.indexOf(needle);
      expect(at(ENGLISH.unlikely.headline)).to.be.below(at('Point by point'));
      expect(at('Point by point')).to.be.below(at('Your answers'));
      expect(at('Your answers')).to.be.below(at('This is not a diagnosis'));
      // No buttons, links or questions of the widget.
      expect(doc.querySelectorAll('button, input, a, script')).to.have.length(0);
      expect(printed).not.to.contain('Copy summary');
    });

    it('prints in the page language, right to left in Arabic, without a clinic line when none is given', async () => {
      await setLocale('ar');
      const el = await showResult(OUTCOME_ANSWERS.likely, { clinic: '' });
      const doc = await print(el);
      expect(doc.documentElement.lang).to.equal('ar');
      expect(doc.documentElement.dir).to.equal('rtl');
      expect(text(doc.body)).to.contain(candidacy(el).outcome());
      expect(text(doc.body)).not.to.contain('Lakeside');
      expect(doc.querySelector('.clinic')).to.equal(null);
    });
  });

  it('never calls a contraindication an option or says it does not rule the person out, in any language', async () => {
    /** How each shipped language said "this does not rule you out" before this was fixed. */
    const NOT_RULED_OUT: Record<string, RegExp> = {
      en: /does not rule you out/i,
      ar: /لا يعني استبعادك/,
      de: /schließt Sie nicht aus/,
      es: /no le descarta/,
      fr: /ne vous exclut pas/,
      'pt-BR': /não exclui você/,
      'zh-Hans': /并不代表您不能接受治疗/,
    };
    expect(Object.keys(NOT_RULED_OUT).sort()).to.deep.equal([...SHIPPED_LOCALES].sort());
    for (const locale of SHIPPED_LOCALES) {
      await setLocale(locale);
      // The reassuring headlines as this language says them.
      const likely = candidacy(await showResult(OUTCOME_ANSWERS.likely)).outcome();
      const discuss = candidacy(await showResult(OUTCOME_ANSWERS.discuss)).outcome();
      for (const flag of ['allergy', 'skinInfection', 'pregnant'] as const) {
        for (const others of [{}, { neuromuscular: true, recentToxin: true }]) {
          const el = await showResult({ ...LIKELY, safety: { [flag]: true, ...others } });
          expect(el.result.outcome, `${locale} ${flag}`).to.equal('unlikely');
          const shown = text(candidacy(el).base());
          expect(shown, `${locale} ${flag}`).not.to.contain(likely);
          expect(shown, `${locale} ${flag}`).not.to.contain(discuss);
          expect(shown, `${locale} ${flag}`).not.to.match(NOT_RULED_OUT[locale]);
        }
      }
      // Nor does the safety question promise that no box rules anyone out.
      const questions = await fixture<BotoxCandidacyCheck>(
        html`<botox-candidacy-check mode="form"></botox-candidacy-check>`,
      );
      expect(text(candidacy(questions).base()), locale).not.to.match(NOT_RULED_OUT[locale]);
    }
  });
});
