/**
 * "Print summary" (src/components/botox-candidacy-check/print.ts): the summary is built in a
 * hidden `about:blank` frame of the element's shadow root and printed from there, so only the
 * summary prints. Checked: the frame is hidden from sight and from assistive technology; its
 * document has the language, direction, title and every piece in order, as text (markup stays
 * text); one frame at a time, gone after `afterprint`; no script, no style element or attribute;
 * its stylesheet applies under the strict Content-Security-Policy with 0 violations; print()
 * returns at once in headless Chromium; and the largest summary in every shipped language fits
 * one A4 page.
 */
import { expect } from '@open-wc/testing';
import {
  printSummary,
  type PrintCriterion,
  type PrintSummary,
} from '../src/components/botox-candidacy-check/print.js';
import {
  COMMITMENTS,
  CRITERION_IDS,
  CRITERION_REASONS,
  CRITERION_STATUSES,
  OUTCOMES,
  PRIOR_TREATMENTS,
  SAFETY_KEYS,
  SAFETY_RULES,
  type CriterionId,
  type Outcome,
  type SafetyKey,
} from '../src/logic/candidacy/index.js';
import { LOCALE_LOADERS } from '../src/localization/locale.js';
import { waitUntil } from './helpers.js';

declare global {
  interface Window {
    __printX?: number;
  }
}

const clean = (node: Node | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A realistic full English summary: 7 criteria, 6 raised safety points, 10 answers. */
const SAFETY = [
  'Allergy to any botulinum toxin product (such as Botox, Dysport or Xeomin)',
  'A skin infection on the head or neck, where the injections would go',
  'A nerve or muscle disease, such as myasthenia gravis, ALS or Lambert-Eaton syndrome',
  'Problems with breathing or swallowing, or a bleeding problem',
  'Pregnant, trying to get pregnant, or breastfeeding',
  'Any botulinum toxin injection in the last 4 months, for any reason',
];
/** The criterion's line for each raised safety point: "point: status. reason". */
const SAFETY_LINES = [
  `${SAFETY[0]}: Not met. With an allergy to a botulinum toxin medicine, Botox is not safe for you. Tell the doctor about the allergy.`,
  `${SAFETY[1]}: Not met. Not now: the injections wait until the skin infection has cleared.`,
  `${SAFETY[4]}: Not met. Botox is usually not given while you are pregnant or breastfeeding. Ask the doctor about options that are safe now.`,
  `${SAFETY[2]}: Talk with your doctor. With a nerve or muscle disease, swallowing and breathing problems after Botox are more likely. Talk to the doctor first.`,
  `${SAFETY[3]}: Talk with your doctor. Botox can make breathing or swallowing problems worse, and a bleeding problem or blood thinners can make the injections bleed. Talk to the doctor first.`,
  `${SAFETY[5]}: Talk with your doctor. Doses of botulinum toxin add up. The doctor needs to know about any injection in the last 4 months.`,
];
const ENGLISH: PrintSummary = {
  lang: 'en',
  dir: 'ltr',
  title: 'Botox for chronic migraine: my self-check',
  date: 'Date: 3 December 2026',
  clinic: 'Clinic: NorCal Pain Treatment Center',
  outcome: 'unlikely',
  headline: 'Botox may not be the right choice for you now',
  explanation:
    'One of your safety answers means Botox is not suitable for you now. Next step: ask your doctor about treatments that may suit you better.',
  criteriaHeading: 'Point by point',
  criteria: [
    {
      label: 'Headache days',
      status: 'met',
      statusText: 'Met',
      reason:
        'You have headaches on 15 or more days a month, for 3 months or more. This is the pattern of chronic migraine, which Botox is used for. The doctor will confirm it.',
    },
    {
      label: 'Other preventive medicines',
      status: 'met',
      statusText: 'Met',
      reason: 'Other preventive medicines did not help enough. Botox is often used in this case.',
    },
    {
      label: 'Visits every 12 weeks',
      status: 'discuss',
      statusText: 'Talk with your doctor',
      reason:
        'You are not sure you can come every 12 weeks. Ask the clinic how the visits could fit into your life.',
    },
    {
      label: 'Age',
      status: 'met',
      statusText: 'Met',
      reason: 'You are 18 or older. Botox for migraine is approved for adults.',
    },
    {
      label: 'How long headaches last',
      status: 'met',
      statusText: 'Met',
      reason: 'Your headaches usually last 4 hours or more, as in chronic migraine.',
    },
    {
      label: 'Pain medicine use',
      status: 'discuss',
      statusText: 'Talk with your doctor',
      reason:
        'Taking pain medicine this often can itself cause more headaches. The doctor will look at this first.',
    },
    {
      // A raised safety point is explained flag by flag, with no reason of its own.
      label: 'Safety points',
      status: 'not-met',
      statusText: 'Not met',
      reason: '',
      details: SAFETY_LINES,
    },
  ],
  answersHeading: 'Your answers',
  answers: [
    ['Headache days a month', '20'],
    ['Months with this many headache days', '6'],
    ['Headaches usually last 4 hours or more', 'Yes'],
    ['Tried medicines to prevent migraines', 'Yes, but they did not help enough'],
    ['Number of different preventive medicines you have tried', '3'],
    ['Days a month with simple pain relievers', '16'],
    ['Days a month with triptans, ergots, opioids or combination painkillers', '4'],
    ['Can come about every 12 weeks', 'I am not sure yet'],
    ['18 or older', 'Yes'],
    ['Safety points', SAFETY],
  ],
  note: 'This is not a diagnosis. The clinic makes the decision with you at your consultation.',
};

/** Every piece of a summary, in the order the printed page shows them. */
function pieces(summary: PrintSummary): string[] {
  return [
    summary.title,
    summary.date,
    ...(summary.clinic ? [summary.clinic] : []),
    summary.headline,
    summary.explanation,
    summary.criteriaHeading,
    ...summary.criteria.flatMap((c) => [
      c.label,
      c.statusText,
      ...(c.reason ? [c.reason] : []),
      ...(c.details ?? []),
    ]),
    summary.answersHeading,
    ...summary.answers.flatMap(([label, value]) => [
      label,
      ...(Array.isArray(value) ? value : [value]),
    ]),
    summary.note,
  ];
}

// ---------------------------------------------------------------------------------------------
// The largest summary of each shipped language
// ---------------------------------------------------------------------------------------------

/** What the translation files do not hold (the lines the element formats), per language. */
const EXTRAS: Record<string, { date: string; clinic: string; criteriaHeading: string }> = {
  ar: {
    date: 'التاريخ: الأربعاء، ٣٠ سبتمبر ٢٠٢٦',
    clinic: 'العيادة: مركز نوركال لعلاج الألم – عيادة الصداع والصداع النصفي، سان فرانسيسكو',
    criteriaHeading: 'كيف تتوافق إجاباتك مع كل نقطة',
  },
  de: {
    date: 'Datum: Mittwoch, 30. September 2026',
    clinic:
      'Praxis: NorCal Pain Treatment Center – Kopfschmerz- und Migränesprechstunde, San Francisco',
    criteriaHeading: 'Wie Ihre Antworten zu den einzelnen Punkten passen',
  },
  es: {
    date: 'Fecha: miércoles, 30 de septiembre de 2026',
    clinic: 'Clínica: NorCal Pain Treatment Center – Unidad de cefalea y migraña, San Francisco',
    criteriaHeading: 'Cómo encajan sus respuestas con cada punto',
  },
  fr: {
    date: 'Date : mercredi 30 septembre 2026',
    clinic:
      'Clinique : NorCal Pain Treatment Center – Consultation céphalées et migraine, San Francisco',
    criteriaHeading: 'Comment vos réponses correspondent à chaque point',
  },
  'pt-BR': {
    date: 'Data: quarta-feira, 30 de setembro de 2026',
    clinic:
      'Clínica: NorCal Pain Treatment Center – Ambulatório de cefaleia e enxaqueca, San Francisco',
    criteriaHeading: 'Como suas respostas se encaixam em cada ponto',
  },
  'zh-Hans': {
    date: '日期：2026年9月30日星期三',
    clinic: '诊所：NorCal Pain Treatment Center – 头痛与偏头痛门诊，旧金山',
    criteriaHeading: '您的回答与各项标准的对照',
  },
};

/** The translation id of each safety point's label. */
const SAFETY_IDS: Record<SafetyKey, string> = {
  allergy: 'allergy',
  skinInfection: 'skin-infection',
  neuromuscular: 'neuromuscular',
  breathingBleeding: 'breathing-bleeding',
  pregnant: 'pregnant',
  recentToxin: 'recent-toxin',
};

const longest = (texts: readonly string[]) =>
  texts.reduce((a, b) => (b.length > a.length ? b : a), '');

/**
 * English texts the element prints, by id: to measure how much longer a language writes (the
 * first group, translated everywhere), and to size a stand-in for a text not translated yet.
 */
const ENGLISH_TEXTS: Record<string, string> = {
  'candidacy.summary.title': 'Botox for chronic migraine: my self-check',
  'candidacy.decision-note':
    'This is not a diagnosis. The clinic makes the decision with you at your consultation.',
  'candidacy.reason.chronic':
    'You have headaches on 15 or more days a month, for 3 months or more. This is the pattern of chronic migraine, which Botox is used for. The doctor will confirm it.',
  'candidacy.reason.too-few-days':
    'You have fewer than 15 headache days a month. Botox is for chronic migraine; other preventive treatments may suit you better.',
  'candidacy.reason.unsure-commitment':
    'You are not sure you can come every 12 weeks. Ask the clinic how the visits could fit into your life.',
  'candidacy.reason.under-18':
    'You are under 18. Botox for migraine is approved for adults only. A doctor can talk with you about other options.',
  'candidacy.reason.short-headaches':
    'Your headaches are usually shorter than 4 hours. Botox was studied in people whose headaches last 4 hours or more.',
  'candidacy.reason.possible-overuse':
    'Taking pain medicine this often can itself cause more headaches. The doctor will look at this first.',
  'candidacy.safety.allergy':
    'Allergy to any botulinum toxin product (such as Botox, Dysport or Xeomin)',
  'candidacy.safety.breathing-bleeding':
    'Problems with breathing or swallowing, or a bleeding problem',
  // Newer texts (stand-ins until their translations ship).
  'candidacy.reason.fewer-than-three':
    'You have tried 1 or 2 preventive medicines. Some health services ask that 3 are tried first. The doctor will tell you what applies to you.',
  'candidacy.reason.combined-overuse':
    'Together, you take pain medicines on 10 or more days a month. This can itself cause more headaches. The doctor will look at this first.',
  'candidacy.reason.toxin-allergy':
    'With an allergy to a botulinum toxin medicine, Botox is not safe for you. Tell the doctor about the allergy.',
  'candidacy.reason.skin-infection':
    'Not now: the injections wait until the skin infection has cleared.',
  'candidacy.reason.pregnancy':
    'Botox is usually not given while you are pregnant or breastfeeding. Ask the doctor about options that are safe now.',
  'candidacy.reason.neuromuscular':
    'With a nerve or muscle disease, swallowing and breathing problems after Botox are more likely. Talk to the doctor first.',
  'candidacy.reason.breathing-bleeding':
    'Botox can make breathing or swallowing problems worse, and a bleeding problem or blood thinners can make the injections bleed. Talk to the doctor first.',
  'candidacy.reason.recent-toxin':
    'Doses of botulinum toxin add up. The doctor needs to know about any injection in the last 4 months.',
  'candidacy.outcome.likely.next':
    'Next step: book a consultation. The doctor checks your health and decides with you.',
  'candidacy.outcome.discuss.next':
    'Next step: talk with the doctor about the points marked below.',
  'candidacy.outcome.unlikely.next':
    'Next step: ask your doctor about treatments that may suit you better.',
  'candidacy.count.preventives': 'Number of different preventive medicines you have tried',
};
const RATIO_IDS = Object.keys(ENGLISH_TEXTS).slice(0, 10);

/**
 * The largest summary `locale` can produce, from its shipped translations, in the shape the
 * element prints: the longest outcome (its sentence and next step), for each criterion its
 * longest status word and reason, all 6 safety points raised (each one a line "point: status.
 * reason"), the longest answer to each question, and 10 answer rows. A text not translated yet
 * stands in as text of the language, 10 % longer than the English times how much longer the
 * language writes (or as its longest reason when the English is not known here): the check stays
 * on the safe side until the translation ships.
 */
const reported = new Set<string>();
async function largest(locale: string): Promise<PrintSummary> {
  const groups = await Promise.all(Object.values(LOCALE_LOADERS[locale]).map((load) => load()));
  const catalog = Object.assign({}, ...groups.map((g) => g.templates)) as Record<string, unknown>;
  const shipped = (id: string): string | undefined =>
    typeof catalog[id] === 'string' ? catalog[id] : undefined;
  const t = (id: string): string => {
    const text = shipped(id);
    if (text === undefined) throw new Error(`${locale}: no plain translation for ${id}`);
    return text;
  };
  const reasons = Object.keys(catalog).filter((id) => id.startsWith('candidacy.reason.'));
  const longestReason = longest(reasons.map(t));
  const ratio =
    RATIO_IDS.reduce((sum, id) => sum + t(id).length, 0) /
    RATIO_IDS.reduce((sum, id) => sum + ENGLISH_TEXTS[id].length, 0);
  const filler = reasons.map(t).join(' ');
  const standIns: string[] = [];
  const text = (id: string): string => {
    const found = shipped(id);
    if (found !== undefined) return found;
    standIns.push(id);
    const english = ENGLISH_TEXTS[id];
    return english
      ? filler.repeat(2).slice(0, Math.ceil(english.length * ratio * 1.1))
      : longestReason;
  };
  const reason = (code: string) => text(`candidacy.reason.${code}`);
  const outcomeText = (o: Outcome) =>
    o === 'incomplete'
      ? t(`candidacy.outcome.${o}.text`)
      : `${t(`candidacy.outcome.${o}.text`)} ${text(`candidacy.outcome.${o}.next`)}`;
  const outcome = OUTCOMES.reduce((a, b) =>
    t(`candidacy.outcome.${b}`).length + outcomeText(b).length >
    t(`candidacy.outcome.${a}`).length + outcomeText(a).length
      ? b
      : a,
  );
  const statusText = longest(CRITERION_STATUSES.map((s) => t(`candidacy.status.${s}`)));
  const status = CRITERION_STATUSES.find((s) => t(`candidacy.status.${s}`) === statusText)!;
  const safety = SAFETY_KEYS.map((key) => t(`candidacy.safety.${SAFETY_IDS[key]}`));
  const flagLines = SAFETY_KEYS.map((key, i) => {
    const rule = SAFETY_RULES[key];
    return `${safety[i]}: ${t(`candidacy.status.${rule.status}`)}. ${reason(rule.reason)}`;
  });
  const criteria: PrintCriterion[] = CRITERION_IDS.map((id: CriterionId) => ({
    label: t(`candidacy.criterion.${id}`),
    status,
    statusText,
    // A raised safety point is explained flag by flag instead.
    reason: id === 'safety' ? '' : longest(CRITERION_REASONS[id].map(reason)),
    ...(id === 'safety' ? { details: flagLines } : {}),
  }));
  const counts = ['headache-days', 'months', 'pain-relievers', 'triptans'].map((id) =>
    t(`candidacy.count.${id}`),
  );
  const yesNo = longest([t('candidacy.yes'), t('candidacy.no')]);
  const prior = longest(PRIOR_TREATMENTS.map((id) => t(`candidacy.prior.${id}`)));
  const commitment = longest(COMMITMENTS.map((id) => t(`candidacy.commitment.${id}`)));
  const summary: PrintSummary = {
    lang: locale,
    dir: locale === 'ar' ? 'rtl' : 'ltr',
    title: t('candidacy.summary.title'),
    ...EXTRAS[locale],
    criteriaHeading: shipped('candidacy.summary.points') ?? EXTRAS[locale].criteriaHeading,
    outcome,
    headline: t(`candidacy.outcome.${outcome}`),
    explanation: outcomeText(outcome),
    criteria,
    answersHeading: t('candidacy.answers.heading'),
    answers: [
      [counts[0], '31'],
      [counts[1], '600'],
      [t('candidacy.answer.duration'), yesNo],
      [t('candidacy.answer.prior-treatment'), prior],
      [text('candidacy.count.preventives'), '20'],
      [counts[2], '31'],
      [counts[3], '31'],
      [t('candidacy.answer.commitment'), commitment],
      [t('candidacy.answer.adult'), yesNo],
      [t('candidacy.criterion.safety'), safety],
    ],
    note: t('candidacy.decision-note'),
  };
  if (standIns.length && !reported.has(locale)) {
    reported.add(locale);
    console.log(
      `${locale}: ×${ratio.toFixed(2)} stand-ins for ${[...new Set(standIns)].join(', ')}`,
    );
  }
  return summary;
}

// ---------------------------------------------------------------------------------------------
// Harness
// ---------------------------------------------------------------------------------------------

/** A connected host element with an open shadow root, as the element's. */
function shadowContainer(): ShadowRoot {
  const host = document.createElement('div');
  document.body.append(host);
  return host.attachShadow({ mode: 'open' });
}

/**
 * Runs `hook` with each print frame's window as soon as it exists, before the summary is built
 * and printed (Chromium fires a frame's first `load` while appending it; a capturing listener of
 * the container hears it).
 */
function onFrameWindow(container: ShadowRoot, hook: (win: Window) => void): void {
  container.addEventListener(
    'load',
    (event) => {
      const win = (event.target as HTMLIFrameElement).contentWindow;
      if (win) hook(win);
    },
    true,
  );
}

/** Prints `summary` from `container` with print() recorded instead of opening a dialog. */
function printQuietly(
  summary: PrintSummary,
  container: ShadowRoot = shadowContainer(),
): { frame: HTMLIFrameElement; doc: Document; win: Window; printed: string[] } {
  const printed: string[] = [];
  onFrameWindow(container, (win) => {
    // What the page holds when print() is called.
    win.print = () => printed.push(clean(win.document.body));
  });
  const frame = printSummary(summary, container);
  return { frame, doc: frame.contentDocument!, win: frame.contentWindow!, printed };
}

const MM = 96 / 25.4;
/** The printable box of an A4 page with 14 mm margins, in CSS pixels. */
const PRINTABLE = { width: (210 - 2 * 14) * MM, height: (297 - 2 * 14) * MM };

/**
 * Lays the frame's document out at the printable width; the height of its content in CSS pixels
 * (from the top of the page to the bottom of the last block: the frame's `about:blank` document
 * is in quirks mode, where the root is at least as tall as the viewport).
 */
function contentHeight(frame: HTMLIFrameElement): number {
  frame.style.width = `${PRINTABLE.width}px`;
  frame.style.height = `${2 * PRINTABLE.height}px`;
  const doc = frame.contentDocument!;
  const scroller = doc.scrollingElement!;
  expect(scroller.scrollWidth, 'no line is wider than the page').to.be.at.most(
    scroller.clientWidth,
  );
  const top = doc.documentElement.getBoundingClientRect().top;
  return doc.body.lastElementChild!.getBoundingClientRect().bottom - top;
}

afterEach(() => {
  document.querySelectorAll('body > div, body > iframe').forEach((node) => node.remove());
  delete window.__printX;
});

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

describe('print summary (print.ts)', () => {
  it('appends one frame to the container, hidden from sight and from assistive technology', () => {
    const container = shadowContainer();
    const host = container.host as HTMLElement;
    const before = host.getBoundingClientRect();
    const { frame } = printQuietly(ENGLISH, container);
    expect(frame.parentNode, 'in the container').to.equal(container);
    expect(container.querySelectorAll('iframe').length).to.equal(1);
    expect(frame.getAttribute('aria-hidden')).to.equal('true');
    expect(frame.tabIndex).to.equal(-1);
    expect(frame.hasAttribute('src') || frame.hasAttribute('srcdoc'), 'no src or srcdoc').to.equal(
      false,
    );
    expect(frame.contentDocument!.URL).to.equal('about:blank');
    const box = frame.getBoundingClientRect();
    expect([box.width, box.height], 'zero size').to.deep.equal([0, 0]);
    expect(getComputedStyle(frame).position, 'out of the flow').to.equal('fixed');
    expect(getComputedStyle(frame).borderTopWidth).to.equal('0px');
    const after = host.getBoundingClientRect();
    expect(after.height, 'the host keeps its size').to.equal(before.height);
  });

  it('gives the document the language, direction and title', async () => {
    const { doc } = printQuietly(ENGLISH);
    expect(doc.documentElement.lang).to.equal('en');
    expect(doc.documentElement.dir).to.equal('ltr');
    expect(doc.title).to.equal(ENGLISH.title);
    const arabic = await largest('ar');
    const { doc: rtl } = printQuietly(arabic);
    expect(rtl.documentElement.lang).to.equal('ar');
    expect(rtl.documentElement.dir).to.equal('rtl');
    expect(rtl.title).to.equal(arabic.title);
    expect(getComputedStyle(rtl.body).direction).to.equal('rtl');
  });

  it('shows every piece in order, in the expected structure, and prints it', () => {
    const { doc, printed } = printQuietly(ENGLISH);
    const text = clean(doc.body);
    let at = -1;
    for (const piece of pieces(ENGLISH)) {
      const next = text.indexOf(piece, at + 1);
      expect(next, `"${piece}" after position ${at} in: ${text}`).to.be.greaterThan(at);
      at = next;
    }
    expect(printed, 'print() was called once, with the whole summary built').to.deep.equal([text]);

    expect(clean(doc.querySelector('h1'))).to.equal(ENGLISH.title);
    expect(clean(doc.querySelector('.meta'))).to.equal(`${ENGLISH.date} · ${ENGLISH.clinic}`);
    const outcome = doc.querySelector('.outcome')!;
    expect([...outcome.classList]).to.deep.equal(['outcome', 'outcome-unlikely']);
    expect(clean(outcome.querySelector('h2'))).to.equal(ENGLISH.headline);
    expect(clean(outcome.querySelector('p'))).to.equal(ENGLISH.explanation);
    expect([...doc.querySelectorAll('h2')].map(clean)).to.deep.equal([
      ENGLISH.headline,
      ENGLISH.criteriaHeading,
      ENGLISH.answersHeading,
    ]);
    const items = [...doc.querySelectorAll('.criteria > li')];
    expect(items.map((li) => clean(li.querySelector('.label')))).to.deep.equal(
      ENGLISH.criteria.map((c) => c.label),
    );
    expect(items.map((li) => clean(li.querySelector('.status')))).to.deep.equal(
      ENGLISH.criteria.map((c) => c.statusText),
    );
    expect(items.map((li) => li.querySelectorAll('li').length)).to.deep.equal([
      0, 0, 0, 0, 0, 0, 6,
    ]);
    expect([...items[6].querySelectorAll('li')].map(clean)).to.deep.equal(SAFETY_LINES);
    expect(
      items.map((li) => clean(li.querySelector('.reason'))),
      'an empty reason has no paragraph',
    ).to.deep.equal(ENGLISH.criteria.map((c) => c.reason));
    expect(items[6].querySelector('.reason')).to.equal(null);
    const dl = doc.querySelector('dl')!;
    expect([...dl.querySelectorAll('dt')].map(clean)).to.deep.equal(
      ENGLISH.answers.map(([label]) => label),
    );
    const dds = [...dl.querySelectorAll('dd')];
    expect(dds.length).to.equal(ENGLISH.answers.length);
    expect([...dds[9].querySelectorAll(':scope > ul > li')].map(clean)).to.deep.equal(SAFETY);
    expect(dds.slice(0, 9).map((dd) => dd.querySelector('ul'))).to.deep.equal(Array(9).fill(null));
    expect(clean(doc.body.lastElementChild)).to.equal(ENGLISH.note);
  });

  it('has no clinic line when no clinic name is given', () => {
    const { doc } = printQuietly({ ...ENGLISH, clinic: '' });
    expect(clean(doc.querySelector('.meta'))).to.equal(ENGLISH.date);
    expect(doc.querySelector('.clinic')).to.equal(null);
    expect(clean(doc.body)).not.to.contain('·');
  });

  it('renders markup as text', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const run = '<img src=x onerror="parent.parent.__printX=1"><script>parent.__printX=1</script>';
    const hostile: PrintSummary = {
      ...ENGLISH,
      title: payload,
      date: run,
      clinic: `<b>Clinic</b> ${payload}`,
      headline: payload,
      explanation: `${run}&lt;b&gt;`,
      criteriaHeading: payload,
      criteria: [
        { label: payload, status: 'discuss', statusText: run, reason: payload, details: [run] },
      ],
      answersHeading: payload,
      answers: [
        [payload, run],
        [run, [payload, run]],
      ],
      note: `${payload}<style>*{display:none}</style>`,
    };
    const { doc } = printQuietly(hostile);
    expect(doc.title).to.equal(payload);
    expect(doc.querySelectorAll('img, script, style, b, svg, iframe').length).to.equal(0);
    const text = clean(doc.body);
    for (const piece of pieces(hostile)) expect(text).to.contain(piece);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.__printX, 'no script ran').to.equal(undefined);
  });

  it('keeps one frame per container: a second print replaces the first', () => {
    const container = shadowContainer();
    const other = shadowContainer();
    const first = printQuietly(ENGLISH, container).frame;
    const elsewhere = printQuietly(ENGLISH, other).frame;
    const second = printQuietly({ ...ENGLISH, title: 'Second' }, container).frame;
    expect(second).not.to.equal(first);
    expect(first.isConnected, 'the first frame is gone').to.equal(false);
    expect([...container.querySelectorAll('iframe')]).to.deep.equal([second]);
    expect(second.contentDocument!.title).to.equal('Second');
    expect(elsewhere.isConnected, "another container's frame stays").to.equal(true);
  });

  it('keeps the frame until afterprint, then removes it', async () => {
    const container = shadowContainer();
    const { frame, win } = printQuietly(ENGLISH, container);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(frame.isConnected, 'kept while printing').to.equal(true);
    win.dispatchEvent(new Event('beforeprint'));
    expect(frame.isConnected).to.equal(true);
    win.dispatchEvent(new Event('afterprint'));
    expect(frame.isConnected, 'removed after printing').to.equal(false);
    expect(container.querySelectorAll('iframe').length).to.equal(0);
  });

  it('builds without script, style elements or style attributes', () => {
    const { doc } = printQuietly(ENGLISH);
    expect(doc.querySelectorAll('script, style, link, [style]').length).to.equal(0);
    const handlers = [...doc.querySelectorAll('*')].flatMap((el) =>
      el.getAttributeNames().filter((name) => name.startsWith('on')),
    );
    expect(handlers, 'no event-handler attribute').to.deep.equal([]);
    expect(doc.querySelectorAll('body *').length, 'the summary is there').to.be.greaterThan(40);
  });

  it('styles the page with a constructable stylesheet of the frame: black on white, A4', () => {
    const { doc, win } = printQuietly(ENGLISH);
    const frameWindow = win as Window & typeof globalThis;
    expect(doc.adoptedStyleSheets.length).to.equal(1);
    const [sheet] = doc.adoptedStyleSheets;
    expect(sheet instanceof frameWindow.CSSStyleSheet, "the frame's realm").to.equal(true);
    const page = [...sheet.cssRules].find((rule) => rule instanceof frameWindow.CSSPageRule) as
      CSSPageRule | undefined;
    expect(page, 'an @page rule').to.exist;
    expect(page!.style.getPropertyValue('size').toLowerCase()).to.equal('a4');
    expect(page!.style.getPropertyValue('margin')).to.equal('14mm');
    const style = (selector: string) => frameWindow.getComputedStyle(doc.querySelector(selector)!);
    expect(style('html').color).to.equal('rgb(0, 0, 0)');
    expect(style('html').backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(style('html').fontSize, 'a long summary prints smaller, never below 8.5pt').to.be.oneOf([
      '14px',
      '13.3333px',
      '12.6667px',
      '12px',
      '11.3333px',
    ]);
    expect(style('body').margin).to.equal('0px');
    expect(style('.status').fontWeight).to.equal('700');
    expect(style('.outcome').borderTopStyle).to.equal('solid');
    expect(style('.outcome').borderTopColor).to.equal('rgb(0, 0, 0)');
  });

  it('returns at once from the real print() in headless Chromium, and never throws', async () => {
    // The real print(): headless Chromium fires `beforeprint` and returns; no dialog, no
    // `afterprint`, so the frame stays until the next print replaces it.
    const container = shadowContainer();
    const events: string[] = [];
    onFrameWindow(container, (win) => {
      win.addEventListener('beforeprint', () =>
        events.push(`beforeprint ${clean(win.document.body).length > 0}`),
      );
      win.addEventListener('afterprint', () => events.push('afterprint'));
    });
    const start = performance.now();
    const frame = printSummary(ENGLISH, container);
    const took = performance.now() - start;
    console.log(`print(): returned after ${took.toFixed(1)} ms; events: ${events.join(', ')}`);
    expect(took, 'print() does not block').to.be.below(2000);
    expect(events, 'print() ran with the summary built').to.deep.equal(['beforeprint true']);
    expect(frame.isConnected).to.equal(true);

    // A print() that throws (a blocked dialog), and a container outside any document.
    const failing = shadowContainer();
    onFrameWindow(failing, (win) => {
      win.print = () => {
        throw new Error('blocked');
      };
    });
    let kept: HTMLIFrameElement | undefined;
    expect(() => (kept = printSummary(ENGLISH, failing))).not.to.throw();
    expect(clean(kept!.contentDocument!.body)).to.contain(ENGLISH.note);
    const detached = document.createElement('div').attachShadow({ mode: 'open' });
    let orphan: HTMLIFrameElement | undefined;
    expect(() => (orphan = printSummary(ENGLISH, detached))).not.to.throw();
    expect(orphan!.contentWindow).to.equal(null);
    expect(detached.querySelectorAll('iframe').length, 'nothing left behind').to.equal(0);
    expect(() => printSummary(ENGLISH, document.createTextNode('x'))).not.to.throw();
  });

  describe('one A4 page', () => {
    it('prints a usual summary at 10.5pt, and a long one smaller to fit', async () => {
      // One safety point raised, as is usual: the full size.
      const usual: PrintSummary = {
        ...ENGLISH,
        criteria: ENGLISH.criteria.map((c) =>
          c.details ? { ...c, details: c.details.slice(0, 1) } : c,
        ),
        answers: ENGLISH.answers.map(([label, value]) => [
          label,
          Array.isArray(value) ? value.slice(0, 1) : value,
        ]),
      };
      const { frame, doc } = printQuietly(usual);
      expect(getComputedStyle(doc.documentElement).fontSize, '10.5pt').to.equal('14px');
      expect(contentHeight(frame)).to.be.at.most(PRINTABLE.height);
      // The largest German one does not fit at 10.5pt: it prints smaller, and fits.
      const long = printQuietly(await largest('de'));
      const size = parseFloat(getComputedStyle(long.doc.documentElement).fontSize);
      expect(size, 'smaller than 10.5pt').to.be.below(14);
      expect(size, 'not below 8.5pt').to.be.at.least(11.33);
      expect(contentHeight(long.frame)).to.be.at.most(PRINTABLE.height);
    });

    it('measures a page-long summary (the measure is not empty)', async () => {
      const { frame } = printQuietly(await largest('de'));
      const height = contentHeight(frame);
      expect(height, 'a maximal summary fills most of the page').to.be.above(PRINTABLE.height / 2);
      // The same summary twice over does not fit: the check can fail.
      const twice = await largest('de');
      const { frame: doubled } = printQuietly({
        ...twice,
        criteria: [...twice.criteria, ...twice.criteria],
      });
      expect(contentHeight(doubled)).to.be.above(PRINTABLE.height);
    });

    for (const locale of ['ar', 'de', 'fr', 'es', 'pt-BR', 'zh-Hans']) {
      it(`fits the largest ${locale} summary on one page`, async () => {
        const summary = await largest(locale);
        const { frame, doc } = printQuietly(summary);
        expect(doc.documentElement.dir).to.equal(summary.dir);
        const height = contentHeight(frame);
        console.log(
          `${locale}: ${(height / MM).toFixed(0)} mm of ${(PRINTABLE.height / MM).toFixed(0)} mm at ${getComputedStyle(doc.documentElement).fontSize}`,
        );
        expect(height, `${locale}: content height in px`).to.be.at.most(PRINTABLE.height);
        const size = parseFloat(getComputedStyle(doc.documentElement).fontSize);
        expect(size, `${locale}: not below 8.5pt`).to.be.at.least(11.33);
      });
    }
  });

  describe('under a strict Content-Security-Policy', () => {
    const PAGE = '/test/fixtures/csp/print.html';
    const POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
    type Violation = { directive: string };
    type PageWindow = Window & typeof globalThis & { cspViolations: Violation[] };

    async function open(): Promise<{ page: PageWindow; doc: Document }> {
      const frame = document.createElement('iframe');
      frame.width = '900';
      frame.height = '900';
      const loaded = new Promise((resolve) =>
        frame.addEventListener('load', resolve, { once: true }),
      );
      frame.src = PAGE;
      document.body.append(frame);
      await loaded;
      const page = frame.contentWindow as PageWindow;
      expect(page.cspViolations, 'the violation recorder (record.js) ran first').to.be.an('array');
      return { page, doc: frame.contentDocument! };
    }

    it('is served with the strict policy', async () => {
      const response = await fetch(PAGE);
      expect(response.headers.get('content-security-policy')).to.equal(POLICY);
    });

    it('applies its stylesheet and builds the summary with 0 violations', async () => {
      const { page, doc } = await open();
      const host = doc.getElementById('host')!;
      const container = host.attachShadow({ mode: 'open' });
      const inFrame: Violation[] = [];
      const printed: boolean[] = [];
      onFrameWindow(container, (win) => {
        win.addEventListener('securitypolicyviolation', (event) =>
          inFrame.push({ directive: (event as SecurityPolicyViolationEvent).violatedDirective }),
        );
        win.print = () => printed.push(true);
      });
      const summary = await largest('ar');
      const frame = printSummary(summary, container);
      const frameDoc = frame.contentDocument!;
      const frameWindow = frame.contentWindow as Window & typeof globalThis;
      expect(printed).to.deep.equal([true]);
      expect(frameDoc.documentElement.dir).to.equal('rtl');
      for (const piece of pieces(summary)) expect(clean(frameDoc.body)).to.contain(piece);
      expect(frameDoc.adoptedStyleSheets.length).to.equal(1);
      const h1 = frameWindow.getComputedStyle(frameDoc.querySelector('h1')!);
      const rootSize = parseFloat(frameWindow.getComputedStyle(frameDoc.documentElement).fontSize);
      expect(parseFloat(h1.fontSize) / rootSize, 'the sheet applies: a larger title').to.be.closeTo(
        1.45,
        0.01,
      );
      expect(frameWindow.getComputedStyle(frameDoc.body).margin).to.equal('0px');
      expect(
        frameWindow.getComputedStyle(frameDoc.querySelector('.outcome')!).borderTopStyle,
      ).to.equal('solid');
      expect(getComputedStyle(frame).width, 'CSSOM styles apply to the frame').to.equal('0px');
      // Let any report arrive (violation events are queued as tasks).
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(page.cspViolations, 'the page').to.deep.equal([]);
      expect(inFrame, 'the print frame').to.deep.equal([]);

      // The frame is under the same policy (the checks above are not vacuous): an inline style
      // attribute and an HTML string are refused there.
      const probe = frameDoc.createElement('p');
      probe.setAttribute('style', 'color: rgb(255, 0, 0)');
      frameDoc.body.append(probe);
      expect(frameWindow.getComputedStyle(probe).color, 'inline style blocked').to.equal(
        'rgb(0, 0, 0)',
      );
      expect(() => {
        // eslint-disable-next-line no-restricted-syntax -- deliberately breaks Trusted Types
        frameDoc.createElement('div').innerHTML = '<b>bold</b>';
      }).to.throw(/TrustedHTML/);
      await waitUntil(() => inFrame.length >= 2, 'the print frame records violations');
      expect(inFrame.map((v) => v.directive)).to.include('require-trusted-types-for');
    });
  });
});
