import { expect } from '@open-wc/testing';
import { defineElement } from '../src/internal/define-element.js';
import { BenefitsList } from '../src/index.js';
import { VERSION } from '../src/version.js';
import { captureWarnings } from './helpers.js';

describe('registration', () => {
  it('the root module registers nothing', () => {
    expect(customElements.get('benefits-list')).to.equal(undefined);
  });

  it('the define module registers the client tag names and the tag map types them', async () => {
    await import('../src/define.js');
    expect(customElements.get('benefits-list')).to.equal(BenefitsList);
    const el: BenefitsList = document.createElement('benefits-list');
    expect(el).to.be.instanceOf(BenefitsList);
  });

  it('registering again is silent for the same class and never throws', () => {
    const warnings = captureWarnings();
    try {
      expect(() => defineElement('benefits-list', BenefitsList)).not.to.throw();
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('another class for a taken tag keeps the first and warns once naming both versions', () => {
    const warnings = captureWarnings();
    try {
      class Impostor extends HTMLElement {
        static readonly version = '9.9.9';
      }
      expect(() => defineElement('benefits-list', Impostor)).not.to.throw();
      expect(customElements.get('benefits-list')).to.equal(BenefitsList);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(VERSION).and.to.contain('benefits-list');

      class Older extends BenefitsList {}
      customElements.define('benefits-list-older', Older);
      defineElement('benefits-list-older', class extends HTMLElement {});
      expect(warnings.messages[1]).to.contain(`version ${VERSION}`);
    } finally {
      warnings.restore();
    }
  });

  it("the classes can be registered under a site's own tag name", async () => {
    class ClinicBenefits extends BenefitsList {}
    defineElement('clinic-benefits', ClinicBenefits);
    const el = document.createElement('clinic-benefits') as BenefitsList;
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="item"]')).to.have.length(4);
    el.remove();
  });

  it('VERSION matches package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
