/**
 * Health literacy: every English message the widgets can show (the `<source>` of each unit in
 * xliff/es.xlf, placeholders filled with plausible values) reads at a US school grade of 8 or
 * below overall (Flesch–Kincaid), and every message of 20 words or more at 9 or below on its own.
 */
import { expect } from '@open-wc/testing';
import { fleschKincaid } from 'flesch-kincaid';
// @ts-expect-error -- syllable ships no types for this data file (a plain ES module).
import { problematic as PROBLEMATIC } from 'syllable/problematic.js';

/*
 * Syllable counting, ported from `syllable` 5.0.1 (MIT, Titus Wormer). The package itself does not
 * load in the browser through the test runner's node resolution: it imports two CommonJS packages
 * (`normalize-strings`, `pluralize`) as ES modules. Its word list does load and is used as is;
 * `normalize-strings` becomes `String#normalize`, and `pluralize(word, 1)` (used only to look a
 * plural up in that list) a plain "-s"/"-es" strip.
 */
const problematic = PROBLEMATIC as Record<string, number>;
/** Alternatives written as space-separated regular expressions, joined with `|`. */
const any = (...lines: string[]) => lines.join(' ').split(' ').join('|');
const MONOSYLLABIC_ONE = new RegExp(
  any(
    'awe($|d|so) cia(?:l|$) tia cius cious [^aeiou]giu [aeiouy][^aeiouy]ion iou sia$ eous$',
    '[oa]gue$ .[^aeiuoycgltdb]{2,}ed$ .ely$ ^jua uai eau ^busi$',
    `(?:[aeiouy](?:${any('[bcfgklmnprsvwxyz] ch dg g[hn] lch l[lv] mm nch n[cgn] r[bcnsv] squ s[chkls] th')})ed$)`,
    `(?:[aeiouy](?:${any('[bdfklmnprstvy] ch g[hn] lch l[lv] mm nch nn r[nsv] squ s[cklst] th')})es$)`,
  ),
  'g',
);
const MONOSYLLABIC_TWO = new RegExp(
  `[aeiouy](?:${any('[bcdfgklmnprstvyz] ch dg g[hn] l[lv] mm n[cgns] r[cnsv] squ s[cklst] th')})e$`,
  'g',
);
const DOUBLE_SYLLABIC = [
  new RegExp(
    `(?:${any(
      '([^aeiouy])\\1l [^aeiouy]ie(?:r|s?t) [aeiouym]bl eo ism asm thm dnt snt uity dea gean oa ua',
      'react? orbed shred eings? [aeiouy]sh?e[rs]',
    )})$`,
    'g',
  ),
  new RegExp(
    any('creat(?!u) [^gq]ua[^auieo] [aeiou]{3} ^(?:ia|mc|coa[dglx].) ^re(app|es|im|us) (th|d)eist'),
    'g',
  ),
  new RegExp(
    any(
      '[^aeiou]y[ae] [^l]lien riet dien iu io ii uen [aeilotu]real real[aeilotu] iell eo[^aeiou]',
      '[aeiou]y[aeiou]',
    ),
    'g',
  ),
  /[^s]ia/,
];
const SINGLE = new RegExp(
  `^(?:${any('un fore ware none? out post sub pre pro dis side some')})|(?:${any(
    'ly less some ful ers? ness cians? ments? ettes? villes? ships? sides? ports? shires?',
    '[gnst]ion(?:ed|s)?',
  )})$`,
  'g',
);
const DOUBLE = new RegExp(
  `^(?:${any(
    'above anti ante counter hyper afore agri infra intra inter over semi ultra under extra dia',
    'micro mega kilo pico nano macro somer',
  )})|(?:fully|berry|woman|women|edly|union|((?:[bcdfghjklmnpqrstvwxz])|[aeiou])ye?ing)$`,
  'g',
);
const TRIPLE = /(creations?|ology|ologist|onomy|onomist)$/g;

/** The syllables of a run of letters a–z, as `syllable`'s internal `one()` counts them. */
function one(word: string): number {
  if (word.length === 0) return 0;
  if (word.length < 3) return 1;
  for (const form of [word, word.replace(/s$/, ''), word.replace(/es$/, '')]) {
    if (Object.hasOwn(problematic, form)) return problematic[form];
  }
  let count = 0;
  const counter = (addition: number) => () => {
    count += addition;
    return '';
  };
  const returner = (addition: number) => (match: string) => {
    count += addition;
    return match;
  };
  const value = word
    .replace(TRIPLE, counter(3))
    .replace(DOUBLE, counter(2))
    .replace(SINGLE, counter(1));
  count += value.split(/[^aeiouy]+/).filter((part) => part !== '').length;
  value.replace(MONOSYLLABIC_ONE, returner(-1)).replace(MONOSYLLABIC_TWO, returner(-1));
  let rest = value;
  for (const expression of DOUBLE_SYLLABIC) rest = rest.replace(expression, returner(1));
  return count || 1;
}

/** `syllable(value)`: the syllables of every word in `value`. */
function syllable(value: string): number {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/\b/g)
    .reduce((sum, part) => sum + one(part.replace(/[^a-z]/g, '')), 0);
}

/** What a reader sees in place of each placeholder. */
const PLACEHOLDERS: Record<string, string> = {
  clinic: 'Lakeside Clinic',
  count: 'five',
  days: 'five',
  n: 'one',
  number: 'two',
  min: 'zero',
  max: 'thirty-one',
  total: 'four',
  interval: 'twelve',
  reviewWeeks: 'twenty-four',
  firstDate: 'Sunday, March 8',
  date: 'March 8, 2026',
};

interface Message {
  id: string;
  text: string;
}

/** The English source of every message, placeholders filled in. */
async function englishMessages(): Promise<Message[]> {
  const xml = await (await fetch('/xliff/es.xlf')).text();
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.querySelector('parsererror'), 'es.xlf parses').to.equal(null);
  return [...doc.getElementsByTagName('trans-unit')].map((unit) => {
    const source = unit.getElementsByTagName('source')[0];
    let text = '';
    for (const node of source.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        text += node.textContent;
      } else if (node instanceof Element && node.localName === 'x') {
        const name = /^\$\{(\w+)\}$/.exec(node.getAttribute('equiv-text') ?? '')?.[1] ?? '';
        const value = PLACEHOLDERS[name];
        if (value === undefined)
          throw new Error(`No reading for placeholder ${name} in ${unit.id}`);
        text += value;
      } else {
        throw new Error(`Unexpected markup <${(node as Element).localName}> in ${unit.id}`);
      }
    }
    return { id: unit.id, text: text.replace(/\s+/g, ' ').trim() };
  });
}

const ONES = (
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' +
  'sixteen seventeen eighteen nineteen'
).split(' ');
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A whole number below 1000 as a reader says it ("31" → "thirty one"). */
function spoken(n: number): string {
  if (n < 20) return ONES[n];
  if (n < 100) return `${TENS[Math.floor(n / 10)]} ${n % 10 ? ONES[n % 10] : ''}`.trim();
  return `${ONES[Math.floor(n / 100)]} hundred ${n % 100 ? spoken(n % 100) : ''}`.trim();
}

/**
 * The syllables of one word. `syllable` counts numerals as 0, so a number is counted as it is
 * read aloud ("15" → "fifteen", "30%" → "thirty percent").
 */
function syllables(word: string): number {
  const number = /^(\d{1,3})(%?)$/.exec(word);
  if (number) {
    const said = spoken(Number(number[1])) + (number[2] ? ' percent' : '');
    return said.split(/[\s-]+/).reduce((sum, part) => sum + syllable(part), 0);
  }
  return Math.max(1, syllable(word));
}

type Counts = { sentence: number; word: number; syllable: number };

/** Sentences (at least one per message: a label is one), words and syllables of a message. */
function count(text: string): Counts {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((part) => /[\p{L}\d]/u.test(part)).length;
  const words = text
    .split(/[\s–—/]+/)
    .map((word) => word.replace(/^[^\p{L}\d]+|[^\p{L}\d%]+$/gu, ''))
    .filter((word) => /[\p{L}\d]/u.test(word));
  return {
    sentence: Math.max(1, sentences),
    word: words.length,
    syllable: words.reduce((sum, word) => sum + syllables(word), 0),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

describe('readability of the English copy', () => {
  let messages: Message[];
  before(async () => {
    messages = await englishMessages();
  });

  it('counts syllables, words and sentences sensibly (the yardstick itself)', () => {
    // As the `syllable` package counts them (checked in Node: the port agrees with the package on
    // every word of the copy and of the README and docs).
    const reference: Record<string, number> = {
      medicine: 3,
      consultation: 4,
      paracetamol: 5,
      onabotulinumtoxinA: 9,
      business: 2,
      anemones: 4,
      idea: 3,
      'whole-body': 3,
      headache: 2,
    };
    for (const [word, expected] of Object.entries(reference)) {
      expect(syllable(word), word).to.equal(expected);
    }
    expect(syllables('15')).to.equal(2);
    expect(syllables('30%')).to.equal(4);
    expect(count('You are 18 or older. Botox for migraine is approved for adults.')).to.deep.equal({
      sentence: 2,
      word: 12,
      syllable: 18,
    });
    // Known grades: very plain text sits low, dense clinical text far above 8.
    expect(fleschKincaid(count('The cat sat on the mat. It was a good cat.'))).to.be.below(1);
    const dense = count(
      'Onabotulinumtoxin administration necessitates comprehensive neurological evaluation, considering contraindications, concomitant pharmacological interventions and individualized therapeutic expectations.',
    );
    expect(fleschKincaid(dense)).to.be.above(20);
  });

  it('reads every message: the whole catalogue, with placeholders filled', () => {
    expect(messages.length, 'messages').to.be.greaterThan(100);
    const ids = new Set(messages.map((message) => message.id));
    for (const id of ['benefits.relief.body', 'candidacy.intro', 'timeline.review.body']) {
      expect(ids.has(id), id).to.equal(true);
    }
    for (const { id, text } of messages) {
      expect(text, id).not.to.match(/\$\{|<|undefined/);
      expect(text.length, id).to.be.greaterThan(0);
    }
  });

  /** Adds up the counts of the messages that pass `keep`. */
  function sum(keep: (message: Message) => boolean): Counts {
    const total: Counts = { sentence: 0, word: 0, syllable: 0 };
    for (const message of messages.filter(keep)) {
      const counts = count(message.text);
      total.sentence += counts.sentence;
      total.word += counts.word;
      total.syllable += counts.syllable;
    }
    return total;
  }

  it('is at grade 8 or below over all the English copy', () => {
    const total = sum(() => true);
    const overall = fleschKincaid(total);
    const prose = fleschKincaid(sum(({ text }) => /[.!?]$/.test(text)));
    console.log(
      `Flesch–Kincaid grade of all English copy: ${round(overall)} (${messages.length} messages, ` +
        `${total.word} words, ${total.sentence} sentences, ${total.syllable} syllables); ` +
        `messages that are full sentences only: ${round(prose)}`,
    );
    expect(overall, 'grade of all copy').to.be.at.most(8);
  });

  it('is at grade 9 or below in every message of 20 words or more', () => {
    const long = messages
      .map((message) => ({ ...message, counts: count(message.text) }))
      .filter((message) => message.counts.word >= 20)
      .map((message) => ({ ...message, grade: fleschKincaid(message.counts) }))
      .sort((a, b) => b.grade - a.grade);
    console.log(
      `${long.length} messages of 20+ words; the hardest:\n` +
        long
          .slice(0, 6)
          .map((m) => `  ${round(m.grade)}  ${m.id} (${m.counts.word} words)`)
          .join('\n'),
    );
    expect(long.length, 'long messages checked').to.be.greaterThan(20);
    const tooHard = long
      .filter((message) => message.grade > 9)
      .map((message) => `${message.id} (grade ${round(message.grade)}): ${message.text}`);
    expect(tooHard, 'messages of 20+ words above grade 9').to.deep.equal([]);
  });
});
