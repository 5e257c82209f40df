import { expect } from '@open-wc/testing';
import { ELEMENT_TAGS, ELEMENTS } from '../src/elements.js';
import { defineElement } from '../src/internal/define-element.js';
import { BenefitsList } from '../src/index.js';
import { VERSION } from '../src/version.js';
import { benefits } from './harness/index.js';
import { captureWarnings } from './helpers.js';

describe('registration', () => {
  it('the root module registers nothing', () => {
    expect(customElements.get('benefits-list')).to.equal(undefined);
  });

  it('the define module registers the client tag names and the tag map types them', async () => {
    // Every tag the define module registers.
    const registered: string[] = [];
    const define = customElements.define;
    customElements.define = function (this: CustomElementRegistry, ...args) {
      registered.push(args[0]);
      return define.apply(this, args);
    };
    try {
      await import('../src/define.js');
    } finally {
      customElements.define = define;
    }
    // The tags of the element table (src/elements.ts), each with the class its loader gives:
    // define.ts's imports and the table cannot drift apart.
    expect([...registered].sort()).to.deep.equal([...ELEMENT_TAGS].sort());
    for (const tag of ELEMENT_TAGS) {
      expect(customElements.get(tag), tag).to.equal(await ELEMENTS[tag]());
    }
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

  it('a taken tag keeps its first class: silent for the same version, one warning otherwise', () => {
    const warnings = captureWarnings();
    try {
      // Another copy of this version (a second script tag, an app's own bundle): silent.
      class SameVersion extends BenefitsList {}
      expect(() => defineElement('benefits-list', SameVersion)).not.to.throw();
      expect(warnings.messages).to.deep.equal([]);

      // Another version: one warning for the page, however many tags it meets.
      class Other extends HTMLElement {
        static readonly version = '9.9.9';
      }
      expect(() => defineElement('benefits-list', Other)).not.to.throw();
      class OtherTimeline extends HTMLElement {
        static readonly version = '9.9.9';
      }
      customElements.define('registration-timeline', class extends BenefitsList {});
      defineElement('registration-timeline', OtherTimeline);
      expect(customElements.get('benefits-list')).to.equal(BenefitsList);
      expect(warnings.messages).to.deep.equal([
        `[botox-migraine-widgets] this page loads versions ${VERSION} and 9.9.9, and uses ${VERSION}: remove the other copy.`,
      ]);

      // Not the library's class (another library took the name): one warning for the tag.
      customElements.define('registration-foreign', class extends HTMLElement {});
      defineElement('registration-foreign', BenefitsList);
      defineElement('registration-foreign', BenefitsList);
      expect(warnings.messages.slice(1)).to.deep.equal([
        '[botox-migraine-widgets] <registration-foreign> is taken by other code',
      ]);
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
    expect(benefits(el).items()).to.have.length(4);
    el.remove();
  });

  it('VERSION matches package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
