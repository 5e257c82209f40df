/**
 * The script-tag way to configure languages: a JSON data block read when the first widget
 * connects. (Its own file: the block is read once per page.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { harness } from './harness/index.js';
import { captureWarnings, waitUntil } from './helpers.js';

describe('page configuration block (data-botox-widgets)', () => {
  it('registers languages, overrides wording and picks the language, ignoring bad blocks', async () => {
    const warnings = captureWarnings();
    try {
      const bad = document.createElement('script');
      bad.type = 'application/json';
      bad.dataset.botoxWidgets = '';
      bad.textContent = '{ not json';
      const block = document.createElement('script');
      block.type = 'application/json';
      block.dataset.botoxWidgets = '';
      block.textContent = JSON.stringify({
        locale: 'vi',
        messages: {
          vi: { 'benefits.heading': 'Lợi ích của Botox' },
          en: { 'benefits.relief.title': 'Fewer migraine days' },
        },
      });
      document.head.append(bad, block);
      const { getLocale } = await import('../src/localization/locale.js');
      await import('../src/components/benefits-list/define.js');
      const el = await fixture<HTMLElement>(html`<benefits-list></benefits-list>`);
      const heading = () => harness(el).headingText();
      await waitUntil(() => heading() === 'Lợi ích của Botox', 'Vietnamese from the block');
      expect(getLocale()).to.equal('vi');
      const titles = harness(el)
        .queryAll('[part="title"]')
        .map((n) => n.textContent!.trim());
      expect(titles[0], 'missing Vietnamese falls back to the English override').to.equal(
        'Fewer migraine days',
      );
      expect(titles[1]).to.equal('Fewer whole-body side effects');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('not valid JSON');
    } finally {
      warnings.restore();
    }
  });
});
