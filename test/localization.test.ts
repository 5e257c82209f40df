import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/benefits-list/define.js';
import type { BenefitsList } from '../src/components/benefits-list/benefits-list.js';
import {
  followDocumentLocale,
  getLocale,
  LOCALE_LOADERS,
  setLocale,
  SUPPORTED_LOCALES,
} from '../src/localization/locale.js';
import { captureWarnings, waitUntil } from './helpers.js';

const heading = (el: BenefitsList) => el.shadowRoot!.querySelector('[part="heading"]')!.textContent;

describe('localization', () => {
  afterEach(async () => {
    document.documentElement.lang = 'en';
    await followDocumentLocale();
  });

  it('has a loader for every target language in the lit-localize config', async () => {
    const config = (await (await fetch('/lit-localize.json')).json()) as {
      sourceLocale: string;
      targetLocales: string[];
    };
    expect(Object.keys(LOCALE_LOADERS).sort()).to.deep.equal([...config.targetLocales].sort());
    expect(SUPPORTED_LOCALES).to.deep.equal([config.sourceLocale, ...config.targetLocales]);
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
    const warnings = captureWarnings();
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
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(getLocale()).to.equal('en');
      expect(errors).to.deep.equal([]);
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      warnings.restore();
    }
  });

  it('lets setLocale override <html lang> until followDocumentLocale is called', async () => {
    const el = await fixture<BenefitsList>(html`<benefits-list></benefits-list>`);
    expect(await setLocale('es-AR')).to.equal('es');
    await el.updateComplete;
    expect(heading(el)).to.equal('Beneficios de Botox para la migraña');

    document.documentElement.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(getLocale(), '<html lang> is ignored while pinned').to.equal('es');

    expect(await followDocumentLocale()).to.equal('en');
    await el.updateComplete;
    expect(heading(el)).to.equal('Benefits of Botox for migraines');
  });

  it('resolves an unknown tag given to setLocale to English', async () => {
    expect(await setLocale('klingon')).to.equal('en');
    expect(getLocale()).to.equal('en');
  });
});
