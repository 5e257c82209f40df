/**
 * The clinic studio's logic (src/studio/model/): message checks, language codes, contrast,
 * projects read from storage or files, wording files in and out, and the embed code.
 */
import { expect } from '@open-wc/testing';
import { data } from '../src/studio/data.js';
import { contrastChecks, contrastRatio, normalizeHex } from '../src/studio/model/colours.js';
import {
  embedCode,
  escapeHtml,
  pageConfiguration,
  strictPolicyCode,
  testPage,
  wordpressCode,
} from '../src/studio/model/embed.js';
import { groupMessages, groupOf } from '../src/studio/model/groups.js';
import { optionHint } from '../src/studio/model/hints.js';
import { checkLanguageTag, directionOf } from '../src/studio/model/languages.js';
import { checkMessage, lostPlaceholders, shownText, usable } from '../src/studio/model/messages.js';
import {
  appliedWording,
  newProject,
  progress,
  readProject,
  startingTexts,
} from '../src/studio/model/project.js';
import type { CatalogMessage, Project } from '../src/studio/model/types.js';
import {
  readWordingJson,
  readXliff,
  writeWordingJson,
  writeXliff,
} from '../src/studio/model/wording-io.js';

const message = (id: string): CatalogMessage => {
  const found = data.messages.find((each) => each.id === id);
  if (!found) throw new Error(`no message ${id}`);
  return found;
};
/** A message with a placeholder: "Question {0} of {1}"-like. */
const withPlaceholders = data.messages.find((each) => each.placeholders.length >= 2)!;
const SCRIPT = 'https://clinic.example/widgets/botox-widgets.js';

function project(change: (draft: Project) => void = () => {}): Project {
  const draft = newProject(data);
  change(draft);
  return draft;
}

/** Parses HTML as a blank page would, without running anything. */
const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');

describe('studio data', () => {
  it('has the three elements, every message and the colour tokens of both schemes', () => {
    expect(data.elements.map((element) => element.tag)).to.have.members([
      'botox-candidacy-check',
      'treatment-timeline',
      'benefits-list',
    ]);
    expect(data.messages.length).to.be.greaterThan(150);
    expect(data.order).to.have.length(data.messages.length);
    expect(data.locales[0]).to.equal('en');
    expect(data.dir).to.deep.equal({ ar: 'rtl' });
    const names = data.colours.map((token) => token.name);
    expect(names).to.include.members(['--bmw-accent', '--bmw-text', '--bmw-dark-accent']);
    for (const token of data.colours) expect(token.default).to.match(/^#[0-9a-f]{6}$/);
  });

  it('gives every message a group and every option a hint for clinics', () => {
    const ungrouped = data.messages.filter((each) => groupOf(each.id) === undefined);
    expect(ungrouped.map((each) => each.id)).to.deep.equal([]);
    for (const element of data.elements) {
      const groups = groupMessages(data.messages, element.tag);
      expect(groups.map((group) => group.title)).not.to.include('Other');
      expect(groups.flatMap((group) => group.messages)).to.have.length(
        data.messages.filter((each) => each.element === element.tag).length,
      );
      for (const attribute of element.attributes.filter((each) => each.block)) {
        const hint = optionHint(element.tag, attribute.name);
        expect(hint, `${element.tag} ${attribute.name}`).to.exist;
        if (attribute.kind === 'enum')
          for (const value of attribute.values ?? [])
            expect(hint?.values?.[value], `${attribute.name}=${value}`).to.be.a('string');
      }
    }
  });
});

describe('studio message checks', () => {
  const [first, second] = withPlaceholders.placeholders.map(({ token }) => token) as [
    string,
    string,
  ];

  it('accepts a text with its placeholders, in any order', () => {
    expect(checkMessage(`${second} … ${first}`, withPlaceholders)).to.deep.equal([]);
    expect(usable(`${second} … ${first}`, withPlaceholders)).to.equal(true);
  });

  it('reports a lost placeholder, an invented one and markup', () => {
    expect(checkMessage(`only ${first}`, withPlaceholders)).to.deep.equal([
      { kind: 'missing', token: second },
    ]);
    expect(checkMessage(`${first} ${second} {7}`, withPlaceholders)).to.deep.equal([
      { kind: 'extra', token: '{7}' },
    ]);
    const heading = message('benefits.heading');
    expect(checkMessage('<b>Why</b> Botox', heading)).to.deep.equal([
      { kind: 'markup', sample: '<b>' },
    ]);
    expect(checkMessage('Fish &amp; chips', heading)[0]?.kind).to.equal('markup');
    expect(checkMessage('Botox & you: 2 < 3', heading)).to.deep.equal([]);
  });

  it('uses a broken or empty text nowhere: the shipped one shows', () => {
    expect(usable('', withPlaceholders)).to.equal(false);
    expect(usable('   ', withPlaceholders)).to.equal(false);
    expect(usable(`no placeholders`, withPlaceholders)).to.equal(false);
    expect(usable(undefined, withPlaceholders)).to.equal(false);
    expect(usable('<i>markup</i> shows as text', message('benefits.heading'))).to.equal(true);
    expect(shownText(withPlaceholders, 'es', 'broken')).to.equal(withPlaceholders.translations.es);
    expect(shownText(message('benefits.heading'), 'vi')).to.equal(message('benefits.heading').text);
  });

  it('names the placeholders an edit deleted', () => {
    const before = `${first} and ${second}`;
    expect(lostPlaceholders(before, `${first} and `, withPlaceholders)).to.deep.equal([second]);
    expect(lostPlaceholders(before, `${second}${first}`, withPlaceholders)).to.deep.equal([]);
    expect(lostPlaceholders('', 'typing', withPlaceholders)).to.deep.equal([]);
  });
});

describe('studio language codes', () => {
  const shipped = data.locales;

  it('accepts BCP 47 codes and writes them the usual way', () => {
    expect(checkLanguageTag('vi', shipped, [])).to.deep.equal({ ok: true, code: 'vi' });
    expect(checkLanguageTag(' pt_pt ', shipped, [])).to.deep.equal({ ok: true, code: 'pt-PT' });
    expect(checkLanguageTag('sr-latn', shipped, [])).to.deep.equal({ ok: true, code: 'sr-Latn' });
    expect(checkLanguageTag('es-MX', shipped, [])).to.deep.equal({ ok: true, code: 'es-MX' });
  });

  it('refuses what is not a code, a shipped language and one added twice', () => {
    for (const typed of ['vietnamese', 'v', '12', 'en-', 'zh_Hans_CN_x', '<b>', 'e s'])
      expect(checkLanguageTag(typed, shipped, []).ok, typed).to.equal(false);
    expect(checkLanguageTag('', shipped, [])).to.deep.equal({ ok: false, reason: 'empty' });
    expect(checkLanguageTag('ES', shipped, [])).to.deep.equal({
      ok: false,
      reason: 'shipped',
      code: 'es',
    });
    expect(checkLanguageTag('VI', shipped, ['vi'])).to.deep.include({ ok: false, reason: 'added' });
  });

  it('starts right-to-left scripts right to left', () => {
    for (const code of ['fa', 'he', 'ur', 'ckb', 'ps', 'yi', 'az-Arab'])
      expect(directionOf(code), code).to.equal('rtl');
    for (const code of ['vi', 'ko', 'pt-PT', 'az', 'sr-Latn'])
      expect(directionOf(code), code).to.equal('ltr');
  });
});

describe('studio colours', () => {
  it('computes WCAG contrast', () => {
    expect(contrastRatio('#ffffff', '#000000')).to.be.closeTo(21, 0.001);
    expect(contrastRatio('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
    expect(normalizeHex('#AbC')).to.equal('#aabbcc');
    expect(normalizeHex('red')).to.equal(undefined);
    expect(normalizeHex('#12345')).to.equal(undefined);
  });

  it('passes with the shipped colours and warns for a pale accent', () => {
    const defaults = (name: string) => data.colours.find((token) => token.name === name)!.default;
    expect(contrastChecks(defaults).filter((check) => !check.ok)).to.deep.equal([]);
    const pale = contrastChecks((name) => (name === '--bmw-accent' ? '#7fd1c7' : defaults(name)));
    const failing = pale.filter((check) => !check.ok).map((check) => `${check.text} ${check.on}`);
    expect(failing).to.include('--bmw-accent --bmw-surface');
    expect(failing).to.include('--bmw-accent-contrast --bmw-accent');
  });
});

describe('studio projects', () => {
  it('reads back what it saved', () => {
    const saved = project((draft) => {
      draft.widget = 'treatment-timeline';
      draft.attributes['treatment-timeline'] = { sessions: '6', compact: '' };
      draft.colours['--bmw-accent'] = '#123456';
      draft.wording.es = { 'timeline.heading': 'Su plan' };
      draft.languages.vi = { dir: 'ltr', from: 'en', messages: { 'benefits.heading': 'Lợi ích' } };
      draft.locale = 'vi';
    });
    expect(readProject(JSON.parse(JSON.stringify(saved)), data)).to.deep.equal(saved);
  });

  it('drops what it does not know and never throws', () => {
    const read = readProject(
      {
        format: 'botox-widgets-studio',
        widget: 'evil-widget',
        attributes: { 'benefits-list': { layout: 'grid', onclick: 'alert(1)', items: 3 } },
        colours: { '--bmw-accent': 'url(javascript:1)', '--bmw-text': '#ABC', '--evil': '#000' },
        wording: { es: { 'benefits.heading': 'Beneficios', nope: 'x' }, xx: { a: 'b' } },
        languages: { 'not a code': {}, vi: { dir: 'sideways', messages: ['x'] } },
        locale: 'klingon',
        fixLocale: 'yes',
      },
      data,
    )!;
    expect(read.widget).to.equal(data.elements[0]!.tag);
    expect(read.attributes).to.deep.equal({ 'benefits-list': { layout: 'grid' } });
    expect(read.colours).to.deep.equal({ '--bmw-text': '#aabbcc' });
    expect(read.wording).to.deep.equal({ es: { 'benefits.heading': 'Beneficios' } });
    expect(read.languages).to.deep.equal({ vi: { dir: 'ltr', from: 'en', messages: {} } });
    expect(read.locale).to.equal('en');
    expect(read.fixLocale).to.equal(true);
    for (const junk of [null, 3, 'x', [], {}, { format: 'other' }])
      expect(readProject(junk, data)).to.equal(undefined);
  });

  it('applies only usable texts, and counts an added language’s progress', () => {
    const [first] = withPlaceholders.placeholders.map(({ token }) => token);
    const draft = project((each) => {
      each.wording.es = { 'benefits.heading': 'Beneficios', [withPlaceholders.id]: 'sin marcador' };
      each.languages.vi = {
        dir: 'ltr',
        from: 'en',
        messages: {
          'benefits.heading': 'Lợi ích',
          [withPlaceholders.id]: `${first}`,
          'benefits.relief.title': ' ',
        },
      };
    });
    const { changed, added } = appliedWording(draft, data);
    expect(changed).to.deep.equal({ es: { 'benefits.heading': 'Beneficios' } });
    expect(added.vi!.messages).to.deep.equal({ 'benefits.heading': 'Lợi ích' });
    expect(progress(draft.languages.vi!, data.messages)).to.deep.equal({
      translated: 1,
      total: data.messages.length,
    });
    expect(Object.keys(startingTexts('en', data))).to.have.length(0);
    expect(startingTexts('es', data)['benefits.heading']).to.equal(
      message('benefits.heading').translations.es,
    );
  });
});

describe('studio wording files', () => {
  const vietnamese = {
    'benefits.heading': 'Lợi ích của Botox',
    [withPlaceholders.id]: withPlaceholders.placeholders.map(({ token }) => token).join(' / '),
    'benefits.safety-note': 'Ghi chú <b>an toàn</b> & “trích dẫn”',
  };

  it('JSON: export → import gives the same texts', () => {
    const read = readWordingJson(writeWordingJson(vietnamese), 'vi', data);
    expect(read).to.deep.equal({
      ok: true,
      languages: { vi: vietnamese },
      dir: {},
      unknown: [],
      notText: [],
    });
  });

  it('XLIFF: export → import gives the same texts', () => {
    const xml = writeXliff('vi', vietnamese, data);
    expect(xml).to.contain('target-language="vi"');
    expect(xml).to.contain('&lt;b&gt;an toàn&lt;/b&gt; &amp; “trích dẫn”');
    const read = readXliff(xml, 'xx', data);
    expect(read).to.deep.equal({
      ok: true,
      languages: { vi: vietnamese },
      dir: {},
      unknown: [],
      notText: [],
    });
  });

  it('reads a data block with several languages and their directions', () => {
    const block = JSON.stringify({
      locale: 'fa',
      messages: { fa: { 'benefits.heading': 'مزایا' }, en: { 'benefits.heading': 'Why' }, x: 3 },
      dir: { fa: 'rtl', en: 'sideways' },
    });
    const read = readWordingJson(block, 'vi', data);
    expect(read).to.deep.equal({
      ok: true,
      languages: { fa: { 'benefits.heading': 'مزایا' }, en: { 'benefits.heading': 'Why' } },
      dir: { fa: 'rtl' },
      unknown: [],
      notText: ['x'],
    });
  });

  it('keeps known ids, and reports unknown ones and values that are not text', () => {
    const read = readWordingJson(
      JSON.stringify({ 'benefits.heading': 'A', 'no.such.id': 'B', 'benefits.relief.title': 4 }),
      'vi',
      data,
    );
    expect(read).to.deep.equal({
      ok: true,
      languages: { vi: { 'benefits.heading': 'A' } },
      dir: {},
      unknown: ['no.such.id'],
      notText: ['benefits.relief.title'],
    });
  });

  it('refuses a file it cannot use, with an error for people', () => {
    const cases: [string, RegExp][] = [
      ['', /empty/],
      ['{ “benefits.heading”: “Lợi ích” }', /curly quotes/],
      ['{ "benefits.heading": "x", }', /not valid JSON/],
      ['["benefits.heading"]', /not a wording file/],
      ['{ "messages": ["x"] }', /not one entry per language/],
      ['{ "nope": "x", "also.not": "y" }', /None of its 2 ids/],
      [JSON.stringify(newProject(data)), /project file/],
    ];
    for (const [text, error] of cases) {
      const read = readWordingJson(text, 'vi', data);
      expect(read.ok, text).to.equal(false);
      if (!read.ok) expect(read.error, text).to.match(error);
    }
    const xmlCases: [string, RegExp][] = [
      ['<xliff><file><body><trans-unit id="a">', /not well-formed/],
      ['<!DOCTYPE x [<!ENTITY e "x">]><xliff/>', /DOCTYPE/],
      ['<html><body>hi</body></html>', /not an XLIFF file/],
      [writeXliff('vi', {}, data), /no texts/],
    ];
    for (const [text, error] of xmlCases) {
      const read = readXliff(text, 'vi', data);
      expect(read.ok, text).to.equal(false);
      if (!read.ok) expect(read.error, text).to.match(error);
    }
  });
});

describe('studio embed code', () => {
  const hostile = '"><img src=x onerror=alert(1)></script><!--';

  it('is only the script tag and the element when nothing changed but the language', () => {
    const code = embedCode(
      project((each) => void (each.fixLocale = false)),
      data,
      SCRIPT,
    );
    expect(code).to.equal(
      `<script type="module" src="${SCRIPT}"></script>\n<botox-candidacy-check></botox-candidacy-check>\n`,
    );
  });

  it('carries options, colours, wording and language; hostile text stays text', () => {
    const draft = project((each) => {
      each.widget = 'benefits-list';
      each.attributes['benefits-list'] = { layout: 'grid', heading: hostile, expandable: '' };
      each.colours['--bmw-accent'] = '#123456';
      each.wording.es = { 'benefits.heading': hostile };
      each.locale = 'es';
    });
    const code = embedCode(draft, data, SCRIPT);
    const page = parse(`<body>${code}</body>`);
    expect(page.querySelectorAll('img')).to.have.length(0);
    expect(page.querySelectorAll('script')).to.have.length(2);
    const element = page.querySelector('benefits-list')!;
    expect(element.getAttribute('heading')).to.equal(hostile);
    expect(element.getAttribute('layout')).to.equal('grid');
    expect(element.hasAttribute('expandable')).to.equal(true);
    expect(element.getAttribute('style')).to.equal('--bmw-accent: #123456');
    const block = page.querySelector('script[type="application/json"][data-botox-widgets]')!;
    expect(JSON.parse(block.textContent!)).to.deep.equal({
      locale: 'es',
      messages: { es: { 'benefits.heading': hostile } },
    });
    expect(pageConfiguration(draft, data)).to.deep.equal(JSON.parse(block.textContent!));
  });

  it('sends an added language with its direction', () => {
    const draft = project((each) => {
      each.languages.fa = { dir: 'rtl', from: 'en', messages: { 'benefits.heading': 'مزایا' } };
      each.locale = 'fa';
    });
    expect(pageConfiguration(draft, data)).to.deep.equal({
      locale: 'fa',
      messages: { fa: { 'benefits.heading': 'مزایا' } },
      dir: { fa: 'rtl' },
    });
  });

  it('makes a whole test page and a strict-policy variant without inline JSON or styles', () => {
    const draft = project((each) => {
      each.colours['--bmw-accent'] = '#123456';
      each.wording.en = { 'candidacy.heading': hostile };
    });
    const page = parse(testPage(draft, data, SCRIPT));
    expect(page.querySelector('botox-candidacy-check')).to.exist;
    expect(page.documentElement.lang).to.equal('en');
    const strict = strictPolicyCode(draft, data, SCRIPT);
    const markup = parse(`<body>${strict.markup}</body>`);
    expect(markup.querySelector('script')!.getAttribute('src')).to.equal(`/${strict.file}`);
    expect(markup.querySelector('script[type="application/json"]')).to.equal(null);
    expect(markup.querySelector('[style]')).to.equal(null);
    expect(strict.contents).to.contain(`from "${SCRIPT}"`);
    expect(strict.contents).to.contain('setMessages("en"');
    expect(strict.contents).not.to.contain('</script>');
    expect(strict.contents).to.contain('adoptedStyleSheets');
  });

  it('gives WordPress a shortcode, its CSS and a language file per added language', () => {
    const draft = project((each) => {
      each.widget = 'treatment-timeline';
      each.attributes['treatment-timeline'] = { sessions: '6', compact: '', heading: 'Say "hi"' };
      each.colours['--bmw-accent'] = '#123456';
      each.languages.vi = { dir: 'ltr', from: 'en', messages: { 'timeline.heading': 'Kế hoạch' } };
      each.wording.es = { 'timeline.heading': 'Su plan' };
    });
    const wordpress = wordpressCode(draft, data);
    expect(wordpress.shortcode).to.equal(
      '[botox_widget type="treatment-timeline" sessions="6" compact]',
    );
    expect(wordpress.notInShortcode).to.deep.equal(['heading']);
    expect(wordpress.css).to.equal('treatment-timeline {\n  --bmw-accent: #123456;\n}\n');
    expect(JSON.parse(wordpress.files[0]!.contents)).to.deep.equal({
      messages: { vi: { 'timeline.heading': 'Kế hoạch' } },
    });
    expect(wordpress.wording).to.deep.equal([
      { code: 'es', id: 'timeline.heading', text: 'Su plan' },
    ]);
  });

  it('escapes every character that could end an attribute', () => {
    expect(escapeHtml(`<a href="x">&</a>`)).to.equal('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});
