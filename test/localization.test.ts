import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { configureLocalization } from '@lit/localize';
import '../src/components/benefits-list/define.js';
import type { BenefitsList } from '../src/components/benefits-list/benefits-list.js';
import {
  availableLocales,
  followDocumentLocale,
  getLocale,
  localeDirection,
  LOCALE_LOADERS,
  msg,
  onLocaleChange,
  setLocale,
  SHIPPED_LOCALES,
  str,
} from '../src/localization/locale.js';
import { clearMessages, registerLocale, setMessages } from '../src/localization/wording.js';
import { benefits, harness } from './harness/index.js';
import { captureWarnings, waitUntil } from './helpers.js';

const heading = (el: BenefitsList) => benefits(el).headingText();
const titles = (el: BenefitsList) => benefits(el).titles();
const tick = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('localization', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(async () => {
    warnings.restore();
    clearMessages();
    document.documentElement.lang = 'en';
    await followDocumentLocale();
  });

  it('has lazy loaders for every target language and message group of the config', async () => {
    const config = (await (await fetch('/lit-localize.json')).json()) as {
      sourceLocale: string;
      targetLocales: string[];
    };
    expect(Object.keys(LOCALE_LOADERS).sort()).to.deep.equal([...config.targetLocales].sort());
    expect(SHIPPED_LOCALES).to.deep.equal([config.sourceLocale, ...config.targetLocales]);
    for (const groups of Object.values(LOCALE_LOADERS)) {
      expect(Object.keys(groups).sort()).to.deep.equal([
        'benefits',
        'candidacy',
        'candidacy-result',
        'timeline',
      ]);
    }
  });

  it('follows <html lang>, with region fallback, and re-renders when it changes', async () => {
    const el = await fixture<BenefitsList>(html`<benefits-list></benefits-list>`);
    expect(heading(el)).to.equal('Benefits of Botox for migraines');
    document.documentElement.lang = 'es-MX';
    await waitUntil(() => heading(el) === 'Beneficios de Botox para la migraña', 'Spanish heading');
    expect(getLocale()).to.equal('es');
    document.documentElement.lang = 'en-GB';
    await waitUntil(() => heading(el) === 'Benefits of Botox for migraines', 'English heading');
    expect(getLocale()).to.equal('en');
  });

  it('falls back to English for a language it does not ship, without an error', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      const el = await fixture<BenefitsList>(html`<benefits-list></benefits-list>`);
      document.documentElement.lang = 'es';
      await waitUntil(() => getLocale() === 'es', 'Spanish first');
      document.documentElement.lang = 'vi';
      await waitUntil(() => getLocale() === 'en', 'back to English');
      await el.updateComplete;
      expect(heading(el)).to.equal('Benefits of Botox for migraines');
      document.documentElement.lang = '';
      await tick();
      expect(getLocale()).to.equal('en');
      expect(errors).to.deep.equal([]);
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('lets setLocale override <html lang> until followDocumentLocale is called', async () => {
    const el = await fixture<BenefitsList>(html`<benefits-list></benefits-list>`);
    expect(await setLocale('es-AR')).to.equal('es');
    await el.updateComplete;
    expect(heading(el)).to.equal('Beneficios de Botox para la migraña');
    document.documentElement.lang = 'en';
    await tick();
    expect(getLocale(), '<html lang> is ignored while pinned').to.equal('es');
    expect(await followDocumentLocale()).to.equal('en');
    await el.updateComplete;
    expect(heading(el)).to.equal('Benefits of Botox for migraines');
    expect(await setLocale('klingon')).to.equal('en');
  });

  // Before any test that shows Arabic: the check used to download the whole Arabic translation,
  // which a page that has loaded it once would not request again.
  it('reports an unknown id without downloading any translation', async () => {
    const translations = () =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.includes('/locales/'));
    const before = translations();
    expect(
      before.filter((name) => name.includes('/locales/ar/')),
      'no earlier test has loaded Arabic',
    ).to.deep.equal([]);
    setMessages('en', { 'benefits.heading': 'Our heading', 'benefits.no-such-id': 'Hello' });
    await waitUntil(() => warnings.messages.length === 1, 'unknown id reported');
    expect(warnings.messages[0]).to.contain('no message has the id "benefits.no-such-id"');
    await tick();
    expect(translations(), 'translation chunks requested').to.deep.equal(before);
  });

  it('replaces wording by id, with placeholders, as text only', async () => {
    const el = await fixture<BenefitsList>(html`<benefits-list></benefits-list>`);
    setMessages('en', {
      'benefits.heading': 'Why our patients choose Botox',
      'benefits.relief.title': '<img src=x onerror="window.__pwned=1">Fewer migraines',
    });
    await el.updateComplete;
    expect(heading(el)).to.equal('Why our patients choose Botox');
    expect(titles(el)[0]).to.equal('<img src=x onerror="window.__pwned=1">Fewer migraines');
    expect(benefits(el).query('img')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);

    setMessages('en', { 'demo.count': 'Session {1} of {0} (again {1})' });
    expect(msg(str`Session ${2} of ${4}`, { id: 'demo.count' })).to.equal(
      'Session 4 of 2 (again 4)',
    );
    await waitUntil(() => warnings.messages.length === 1, 'unknown id reported');
    expect(warnings.messages[0]).to.contain('"demo.count"');
  });

  it('keeps English wording overrides out of other languages, and falls back to them', async () => {
    const el = await fixture<BenefitsList>(html`<benefits-list></benefits-list>`);
    setMessages('en', { 'benefits.heading': 'Our heading' });
    setMessages('es', { 'benefits.relief.title': 'Menos migrañas' });
    await setLocale('es');
    await el.updateComplete;
    expect(heading(el), 'the Spanish translation beats an English override').to.equal(
      'Beneficios de Botox para la migraña',
    );
    expect(titles(el)[0]).to.equal('Menos migrañas');
    clearMessages('es');
    await el.updateComplete;
    expect(titles(el)[0]).to.equal('Menos migrañas y más leves');
  });

  it('registers a new language from JSON, missing strings falling back to English', async () => {
    const el = await fixture<BenefitsList>(html`<benefits-list></benefits-list>`);
    const vi = (await (await fetch('/docs/examples/vi.json')).json()) as Record<string, string>;
    registerLocale('vi', vi);
    expect(availableLocales()).to.include('vi');
    document.documentElement.lang = 'vi-VN';
    await waitUntil(() => getLocale() === 'vi', 'Vietnamese');
    await el.updateComplete;
    expect(heading(el)).to.equal(vi['benefits.heading']);
    expect(localeDirection('vi')).to.equal('ltr');
    expect(getComputedStyle(benefits(el).base()!).direction).to.equal('ltr');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('lays a right-to-left language out right to left, unless the host sets dir', async () => {
    registerLocale('he', { 'benefits.heading': 'היתרונות של בוטוקס' });
    const el = await fixture<BenefitsList>(html`<benefits-list></benefits-list>`);
    await setLocale('he');
    await el.updateComplete;
    const base = () => benefits(el).base()!;
    expect(base().getAttribute('dir')).to.equal('rtl');
    expect(titles(el)[0], 'missing strings fall back to English').to.equal(
      'Fewer, milder migraines',
    );
    el.setAttribute('dir', 'ltr');
    el.requestUpdate();
    await el.updateComplete;
    expect(base().getAttribute('dir')).to.equal('ltr');
  });

  it('rejects bad language data with one warning per cause, naming the call, and keeps working', async () => {
    const bad = () => {
      registerLocale('not a tag!', { a: 'b' });
      registerLocale('xx', 'oops' as unknown as Record<string, string>);
      setMessages('en', { 'benefits.heading': 42 } as unknown as Record<string, string>);
    };
    bad();
    bad();
    expect(availableLocales()).not.to.include('not a tag!');
    expect(warnings.messages).to.deep.equal([
      '[botox-migraine-widgets] registerLocale("not a tag!", …): ignored "not a tag!", which is not a language tag',
      '[botox-migraine-widgets] registerLocale("xx", …): ignored entries that are not text: *',
      '[botox-migraine-widgets] setMessages("en", …): ignored entries that are not text: benefits.heading',
    ]);
    const el = await fixture<BenefitsList>(html`<benefits-list></benefits-list>`);
    expect(heading(el)).to.equal('Benefits of Botox for migraines');
  });

  it('adds to a registered language when it is registered again, by id', async () => {
    const el = await fixture<BenefitsList>(html`<benefits-list></benefits-list>`);
    registerLocale('eo', { 'benefits.heading': 'Avantaĝoj' });
    await setLocale('eo');
    registerLocale('eo', { 'benefits.relief.title': 'Malpli da migrenoj' });
    await el.updateComplete;
    expect(heading(el)).to.equal('Avantaĝoj');
    expect(titles(el)[0]).to.equal('Malpli da migrenoj');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('notifies subscribers and stops when they unsubscribe', async () => {
    let calls = 0;
    const stop = onLocaleChange(() => calls++);
    await setLocale('es');
    expect(calls).to.be.greaterThan(0);
    stop();
    const before = calls;
    await setLocale('en');
    expect(calls).to.equal(before);
  });

  it('lives beside a host app that configures @lit/localize itself', async () => {
    const host = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['de'],
      loadLocale: async () => ({ templates: {} }),
    });
    expect(host.getLocale()).to.equal('en');
    const el = await fixture<BenefitsList>(html`<benefits-list></benefits-list>`);
    await setLocale('es');
    await el.updateComplete;
    expect(heading(el)).to.equal('Beneficios de Botox para la migraña');
    expect(warnings.messages).to.deep.equal([]);
  });
});

describe('localization across every element', () => {
  const headingOf = (el: Element) => harness(el).headingText()?.replace(/\s+/g, ' ').trim();

  afterEach(async () => {
    clearMessages();
    document.documentElement.lang = 'en';
    await followDocumentLocale();
  });

  it('follows <html lang> changes in every element, and falls back to English', async () => {
    await import('../src/define.js');
    const root = await fixture<HTMLElement>(
      html`<div>
        <benefits-list></benefits-list>
        <botox-candidacy-check></botox-candidacy-check>
        <treatment-timeline start-date="2026-03-02" today="2026-03-01"></treatment-timeline>
      </div>`,
    );
    const [benefitsList, check, timeline] = [...root.children];
    const english = [benefitsList, check, timeline].map(headingOf);
    expect(english).to.deep.equal([
      'Benefits of Botox for migraines',
      'Is Botox for me?',
      'Your treatment timeline',
    ]);
    for (const [lang, locale] of [
      ['fr-CA', 'fr'],
      ['ar-EG', 'ar'],
      ['zh-CN', 'zh-Hans'],
      ['de', 'de'],
      ['pt', 'pt-BR'],
    ]) {
      const groups = LOCALE_LOADERS[locale];
      const loadedCatalog = Object.assign(
        {},
        ...(await Promise.all(Object.values(groups).map(async (load) => (await load()).templates))),
      ) as Record<string, string>;
      // Headings are compared with white space collapsed (French puts a no-break space before "?").
      const catalog = Object.fromEntries(
        Object.entries(loadedCatalog).map(([id, text]) => [id, String(text).replace(/\s+/g, ' ')]),
      );
      document.documentElement.lang = lang;
      await waitUntil(
        () => headingOf(benefitsList) === catalog['benefits.heading'],
        `${lang}: benefits-list follows`,
      );
      await waitUntil(
        () =>
          headingOf(check) === catalog['candidacy.heading'] &&
          headingOf(timeline) === catalog['timeline.heading'],
        `${lang}: every element follows`,
      );
      expect(getLocale()).to.equal(locale);
    }
    document.documentElement.lang = 'sw';
    await waitUntil(() => headingOf(timeline) === english[2], 'unknown language: English');
    expect([benefitsList, check, timeline].map(headingOf)).to.deep.equal(english);
  });

  it('takes a new language from the sample JSON file plus three English overrides', async () => {
    await import('../src/define.js');
    const vi = (await (await fetch('/docs/examples/vi.json')).json()) as Record<string, string>;
    expect(Object.keys(vi).length, 'the sample is a complete language').to.equal(
      Object.keys(
        Object.assign(
          {},
          ...(await Promise.all(
            Object.values(LOCALE_LOADERS.es).map(async (load) => (await load()).templates),
          )),
        ),
      ).length,
    );
    registerLocale('vi', vi);
    setMessages('en', {
      'candidacy.heading': 'Could Botox help you?',
      'candidacy.progress': 'Step {0} / {1}',
      'benefits.heading': '<script>alert("x")</script> & <b>Benefits</b>',
    });
    const root = await fixture<HTMLElement>(
      html`<div>
        <benefits-list></benefits-list>
        <botox-candidacy-check></botox-candidacy-check>
      </div>`,
    );
    const [benefitsList, check] = [...root.children] as LitElement[];
    await check.updateComplete;
    expect(headingOf(check)).to.equal('Could Botox help you?');
    expect(harness(check).query('[part="progress"]')!.textContent).to.contain('Step 1 / 8');
    expect(headingOf(benefitsList)).to.equal('<script>alert("x")</script> & <b>Benefits</b>');
    expect(harness(benefitsList).query('script, b')).to.equal(null);

    document.documentElement.lang = 'vi';
    await waitUntil(() => headingOf(check) === vi['candidacy.heading'], 'Vietnamese');
    expect(headingOf(benefitsList)).to.equal(vi['benefits.heading']);
    expect(harness(check).query('[part="progress"]')!.textContent).to.contain(
      vi['candidacy.progress'].replace('{0}', '1').replace('{1}', '8'),
    );
    await expect(root).to.be.accessible();
  });
});

describe('switching language keeps what the person entered', () => {
  afterEach(() => followDocumentLocale());

  it('keeps the candidacy answers, step and result across languages', async () => {
    await import('../src/define.js');
    const el = await fixture<HTMLElement & { answers: unknown; step: unknown; result: unknown }>(
      html`<botox-candidacy-check></botox-candidacy-check>`,
    );
    const input = harness(el).query<HTMLInputElement>('[part~="input"]')!;
    input.focus();
    input.value = '18';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await (el as unknown as LitElement).updateComplete;
    const answers = JSON.stringify(el.answers);
    expect(answers).to.contain('"headacheDays":18');
    for (const locale of ['ar', 'zh-Hans', 'es', 'en']) {
      await setLocale(locale);
      await (el as unknown as LitElement).updateComplete;
      expect(JSON.stringify(el.answers), locale).to.equal(answers);
      expect(
        harness(el).query<HTMLInputElement>('[part~="input"]')!.value,
        `${locale}: the typed count is still shown`,
      ).to.equal('18');
    }
  });
});
