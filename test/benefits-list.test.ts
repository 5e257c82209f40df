import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/benefits-list/define.js';
import type { BenefitsList } from '../src/components/benefits-list/benefits-list.js';
import { followDocumentLocale, setLocale } from '../src/localization/locale.js';
import { benefits } from './harness/index.js';
import { captureWarnings, shadowText } from './helpers.js';

const titles = (el: BenefitsList) => benefits(el).titles();

const ENGLISH_TITLES = [
  'Fewer, milder migraines',
  'Fewer whole-body side effects',
  'Not a daily pill',
  'More good days',
];

describe('<benefits-list>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it('shows the four benefits, a level-2 heading and the safety note by default', async () => {
    const el = await fixture<BenefitsList>(html`<benefits-list></benefits-list>`);
    expect(titles(el)).to.deep.equal(ENGLISH_TITLES);
    const list = benefits(el);
    const heading = list.heading()!;
    expect(heading.localName).to.equal('h2');
    expect(list.headingText()).to.equal('Benefits of Botox for migraines');
    expect(list.list()!.children).to.have.length.greaterThan(3);
    expect(shadowText(el)).to.contain('prescription medicine');
    expect(shadowText(el)).to.contain('neck pain');
    expect(shadowText(el)).not.to.match(/non-drug|drug-free/i);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('words the benefits without a promise, and says it does not work for everyone', async () => {
    const el = await fixture<BenefitsList>(html`<benefits-list></benefits-list>`);
    const text = shadowText(el);
    expect(text).to.contain(
      'For many adults with chronic migraine, Botox can mean fewer headache days each month.',
    );
    expect(text).to.contain('The migraines that still come may be less severe.');
    expect(text).to.contain('It does not work for everyone.');
    expect(text).to.contain(
      'If Botox helps you, fewer and milder migraine days can make it easier',
    );
    expect(text).to.contain('fewer whole-body side effects than daily preventive pills');
    expect(text).to.contain('Botox is a prescription medicine for adults.');
    expect(text).not.to.match(/means fewer|no side effects|side-effect free|guarantee/i);
    el.hideSafetyNote = true;
    el.items = 'relief';
    await el.updateComplete;
    expect(shadowText(el), 'said in the benefit itself, not only in the note').to.contain(
      'It does not work for everyone.',
    );
  });

  it('is accessible in list and grid layouts, expandable or not', async () => {
    for (const template of [
      html`<benefits-list></benefits-list>`,
      html`<benefits-list layout="grid" expandable></benefits-list>`,
    ]) {
      const el = await fixture<BenefitsList>(template);
      await expect(el).to.be.accessible();
    }
  });

  it('chooses a subset and order with `items`', async () => {
    const el = await fixture<BenefitsList>(
      html`<benefits-list items="daily-life, relief"></benefits-list>`,
    );
    expect(titles(el)).to.deep.equal(['More good days', 'Fewer, milder migraines']);
    el.items = ['not-a-pill'];
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Not a daily pill']);
    el.items = 'side-effects side-effects';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Fewer whole-body side effects']);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('ignores unknown keys with one warning, and never goes blank', async () => {
    const el = await fixture<BenefitsList>(
      html`<benefits-list items="relief,botox-is-magic"></benefits-list>`,
    );
    expect(titles(el)).to.deep.equal(['Fewer, milder migraines']);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('items').and.contain('botox-is-magic');
    el.requestUpdate('items');
    await el.updateComplete;
    expect(warnings.messages, 'the same bad value warns once').to.have.length(1);

    el.setAttribute('items', 'nonsense');
    await el.updateComplete;
    expect(titles(el), 'no known key falls back to all four').to.deep.equal(ENGLISH_TITLES);
    expect(warnings.messages).to.have.length(2);

    el.items = 42 as unknown as string;
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(ENGLISH_TITLES);
    expect(warnings.messages).to.have.length(3);
  });

  it('shows only slotted clinic items when `items` is empty', async () => {
    const el = await fixture<BenefitsList>(html`
      <benefits-list items=""><li>Free parking at the clinic</li></benefits-list>
    `);
    expect(titles(el)).to.deep.equal([]);
    const clinic = benefits(el).clinicItems();
    expect(clinic.map((n) => n.textContent)).to.deep.equal(['Free parking at the clinic']);
    const li = el.querySelector('li')!;
    expect(getComputedStyle(li).borderTopStyle, 'clinic items share the item style').to.equal(
      'solid',
    );
    await expect(el).to.be.accessible();
  });

  it('uses `layout`, and falls back to list on a bad value with a warning', async () => {
    const el = await fixture<BenefitsList>(html`<benefits-list layout="grid"></benefits-list>`);
    const base = () => benefits(el).base()!;
    expect(base().classList.contains('layout-grid')).to.equal(true);
    el.layout = 'carousel' as 'list';
    await el.updateComplete;
    expect(base().classList.contains('layout-list')).to.equal(true);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('layout').and.contain('carousel');
  });

  it('renders the clinic heading as text, even when it carries markup', async () => {
    const markup = '<img src=x onerror=alert(1)><b>Why patients choose us</b>';
    const el = await fixture<BenefitsList>(html`<benefits-list heading=${markup}></benefits-list>`);
    const list = benefits(el);
    const heading = list.heading()!;
    expect(list.headingText()).to.equal(
      '<img src=x onerror=alert(1)><b>Why patients choose us</b>',
    );
    expect(heading.children).to.have.length(0);
    expect(list.query('img, b')).to.equal(null);
  });

  it('hides the heading when `heading` is empty', async () => {
    const el = await fixture<BenefitsList>(html`<benefits-list heading=""></benefits-list>`);
    expect(benefits(el).heading()).to.equal(null);
    expect(titles(el)).to.have.length(4);
  });

  it('sets the heading level from 2 to 6 and falls back to 2 on bad values', async () => {
    const el = await fixture<BenefitsList>(html`<benefits-list heading-level="4"></benefits-list>`);
    const level = () => benefits(el).heading()!.localName;
    expect(level()).to.equal('h4');
    for (const [value, expected] of [
      ['3', 'h3'],
      ['5', 'h5'],
      ['6', 'h6'],
      ['2', 'h2'],
      ['7', 'h2'],
      ['1', 'h2'],
      ['three', 'h2'],
      ['2.5', 'h2'],
    ] as const) {
      el.setAttribute('heading-level', value);
      await el.updateComplete;
      expect(level(), `heading-level="${value}"`).to.equal(expected);
    }
    expect(warnings.messages).to.have.length(4);
    expect(warnings.messages.every((m) => m.includes('heading-level'))).to.equal(true);
  });

  it('hides the safety note with `hide-safety-note`', async () => {
    const el = await fixture<BenefitsList>(html`<benefits-list hide-safety-note></benefits-list>`);
    expect(benefits(el).safetyNote()).to.equal(null);
    el.hideSafetyNote = false;
    await el.updateComplete;
    expect(benefits(el).safetyNote()).not.to.equal(null);
  });

  it('puts each explanation in a native disclosure with `expandable`', async () => {
    const el = await fixture<BenefitsList>(html`<benefits-list expandable></benefits-list>`);
    const list = benefits(el);
    const details = list.disclosures();
    expect(details).to.have.length(4);
    expect(details.every((d) => !d.open)).to.equal(true);
    const summary = details[0].querySelector('summary')!;
    expect(summary.textContent!.trim()).to.equal('Fewer, milder migraines');
    list.toggle(0);
    expect(details[0].open).to.equal(true);
  });

  it('marks icons as decorative', async () => {
    const el = await fixture<BenefitsList>(html`<benefits-list></benefits-list>`);
    const svgs = benefits(el).queryAll<SVGSVGElement>('svg');
    expect(svgs.length).to.equal(5);
    expect(svgs.every((svg) => svg.getAttribute('aria-hidden') === 'true')).to.equal(true);
    expect(svgs[0].querySelectorAll('path').length, 'icon paths stay siblings').to.equal(2);
  });

  it('forces a colour scheme with `theme` and warns on a bad one', async () => {
    const el = await fixture<BenefitsList>(html`<benefits-list theme="dark"></benefits-list>`);
    const surface = () => getComputedStyle(el).backgroundColor;
    expect(surface()).to.equal('rgb(22, 26, 31)');
    el.theme = 'light';
    await el.updateComplete;
    expect(surface()).to.equal('rgb(255, 255, 255)');
    el.theme = 'purple' as 'light';
    await el.updateComplete;
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('theme');
  });

  it('takes clinic colours from public custom properties', async () => {
    const el = await fixture<BenefitsList>(
      html`<benefits-list theme="light" style="--bmw-accent: rgb(120, 0, 60)"></benefits-list>`,
    );
    const icon = benefits(el).icons()[0];
    expect(getComputedStyle(icon).color).to.equal('rgb(120, 0, 60)');
  });

  it('lays out RTL with logical properties', async () => {
    const el = await fixture<BenefitsList>(
      html`<div dir="rtl" style="width: 400px"><benefits-list></benefits-list></div>`,
    );
    const list = el.querySelector('benefits-list')!;
    const item = benefits(list).items()[0];
    const icon = item.querySelector('[part="icon"]')!.getBoundingClientRect();
    const text = item.querySelector('.text')!.getBoundingClientRect();
    expect(icon.left, 'icon sits on the right in RTL').to.be.greaterThan(text.left);
  });

  it('fits 320 px without horizontal scrolling', async () => {
    const el = await fixture<HTMLElement>(
      html`<div style="width: 320px"><benefits-list layout="grid"></benefits-list></div>`,
    );
    const list = el.querySelector('benefits-list')!;
    expect(list.scrollWidth).to.be.at.most(320);
    const items = benefits(list).items();
    expect(
      items.every(
        (item) => item.getBoundingClientRect().right <= el.getBoundingClientRect().right + 0.5,
      ),
    ).to.equal(true);
  });

  it('switches between English and Spanish', async () => {
    const el = await fixture<BenefitsList>(html`<benefits-list></benefits-list>`);
    await setLocale('es');
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([
      'Menos migrañas y más leves',
      'Menos efectos secundarios en todo el cuerpo',
      'No es una pastilla diaria',
      'Más días buenos',
    ]);
    expect(shadowText(el)).to.contain('medicamento con receta');
    await expect(el).to.be.accessible();
    await followDocumentLocale();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(ENGLISH_TITLES);
  });
});
