/**
 * The static copy of the demo clinic page (`npm run build` writes dist/demo/): it works from any
 * static file server, with relative paths only.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers.js';

describe('dist/demo (static demo page)', () => {
  it('shows all three widgets, loading only files under dist/demo/', async () => {
    const response = await fetch('/dist/demo/index.html');
    if (!response.ok) throw new Error('dist/demo/index.html is missing: run `npm run build` first');
    const html = await response.text();
    // (The test server adds its own /__web-dev-server… script; a static server would not.)
    expect(html, 'no root-relative script paths').not.to.match(/src="\/(?!\/|__web-dev-server)/);
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '800px';
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, { once: true }),
    );
    frame.src = '/dist/demo/index.html';
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const tags = ['benefits-list', 'botox-candidacy-check', 'treatment-timeline'];
    await waitUntil(
      () => tags.every((tag) => (doc.querySelector(tag)?.shadowRoot?.textContent ?? '').trim()),
      'every widget rendered',
    );
    const requested = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('.js') && !path.includes('__web-dev-server'));
    expect(requested.length).to.be.greaterThan(0);
    expect(requested.every((path) => path.startsWith('/dist/demo/'))).to.equal(true);
    frame.remove();
  });
});
