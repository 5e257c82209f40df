/**
 * No re-render storms: a page of widgets draws each one once when it first appears (even the
 * very first widget, which starts the language runtime), and once per language switch.
 * This file must run in its own page, before anything else has started the runtime.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { BenefitsList } from '../src/components/benefits-list/benefits-list.js';
import { TreatmentTimeline } from '../src/components/treatment-timeline/treatment-timeline.js';
import { BotoxCandidacyCheck } from '../src/components/botox-candidacy-check/botox-candidacy-check.js';
import { setLocale } from '../src/localization/locale.js';
import { waitUntil } from './helpers.js';

const renders = new Map<string, number>();
const count = (tag: string) => renders.set(tag, (renders.get(tag) ?? 0) + 1);
// Each element class under its own tag, counting its renders.
customElements.define(
  'count-benefits',
  class extends BenefitsList {
    override render() {
      count('count-benefits');
      return super.render();
    }
  },
);
customElements.define(
  'count-timeline',
  class extends TreatmentTimeline {
    override render() {
      count('count-timeline');
      return super.render();
    }
  },
);
customElements.define(
  'count-candidacy',
  class extends BotoxCandidacyCheck {
    override render() {
      count('count-candidacy');
      return super.render();
    }
  },
);

const settle = () => new Promise((done) => setTimeout(done, 100));

describe('render count', () => {
  it('renders each widget once on first appearance and once per language switch', async () => {
    expect(renders.size, 'nothing rendered before this test').to.equal(0);
    const page = await fixture<HTMLElement>(
      html`<div>
        <count-benefits></count-benefits><count-benefits></count-benefits>
        <count-timeline start-date="2026-12-01" today="2026-11-24"></count-timeline>
        <count-candidacy mode="form"></count-candidacy>
      </div>`,
    );
    // Each first render done (the form-mode check waits for its result chunk), then a quiet
    // moment in which any extra render would show.
    const widgets = [...page.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    await settle();
    expect(Object.fromEntries(renders)).to.deep.equal({
      'count-benefits': 2,
      'count-timeline': 1,
      'count-candidacy': 1,
    });

    renders.clear();
    await setLocale('es');
    await waitUntil(() => renders.size === 3, 'every widget redrawn in Spanish');
    await settle();
    expect(Object.fromEntries(renders)).to.deep.equal({
      'count-benefits': 2,
      'count-timeline': 1,
      'count-candidacy': 1,
    });
    expect(page.querySelector('count-benefits')!.shadowRoot!.textContent).to.contain('Beneficios');
    await setLocale('en');
  });
});
