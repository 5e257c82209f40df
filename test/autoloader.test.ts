import { expect } from '@open-wc/testing';
import { autoload } from '../src/internal/autoloader.js';
import { captureWarnings, waitUntil } from './helpers.js';

let sequence = 0;
const define = (tag: string, ctor: CustomElementConstructor) => customElements.define(tag, ctor);
const uniqueTag = (name: string) => `auto-${name}-${++sequence}`;

describe('autoloader (script tag)', () => {
  afterEach(() => document.querySelectorAll('[data-auto]').forEach((node) => node.remove()));

  it('loads elements already in the page, once each', async () => {
    const tag = uniqueTag('present');
    const host = document.createElement('div');
    host.dataset.auto = '';
    host.append(document.createElement(tag), document.createElement(tag));
    document.body.append(host);
    let calls = 0;
    autoload(
      {
        [tag]: async () => {
          calls++;
          return class extends HTMLElement {};
        },
      },
      define,
    );
    await waitUntil(() => customElements.get(tag) !== undefined, 'defined');
    expect(calls).to.equal(1);
    expect(host.querySelector(tag)!.matches(':defined')).to.equal(true);
  });

  it('loads an element when it is added later, nested or not', async () => {
    const tag = uniqueTag('later');
    const other = uniqueTag('unused');
    let otherCalls = 0;
    autoload(
      {
        [tag]: async () => class extends HTMLElement {},
        [other]: async () => {
          otherCalls++;
          return class extends HTMLElement {};
        },
      },
      define,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(customElements.get(tag), 'nothing loads before the tag appears').to.equal(undefined);
    const wrapper = document.createElement('section');
    wrapper.dataset.auto = '';
    wrapper.append(document.createElement(tag));
    document.body.append(wrapper);
    await waitUntil(() => customElements.get(tag) !== undefined, 'defined after insertion');
    expect(otherCalls, 'unused elements are never loaded').to.equal(0);
  });

  it('does not load a tag that is already defined (by another copy of the library)', async () => {
    const tag = uniqueTag('defined');
    customElements.define(tag, class extends HTMLElement {});
    let calls = 0;
    const load = autoload(
      {
        [tag]: async () => {
          calls++;
          return class extends HTMLElement {};
        },
      },
      define,
    );
    const host = document.createElement('div');
    host.dataset.auto = '';
    host.append(document.createElement(tag));
    document.body.append(host);
    await load(tag);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).to.equal(0);
  });

  it('loads on request for places the observer cannot see, and retries after a failure', async () => {
    const tag = uniqueTag('manual');
    let attempts = 0;
    const warnings = captureWarnings();
    try {
      const load = autoload(
        {
          [tag]: async () => {
            attempts++;
            if (attempts === 1) throw new Error('offline');
            return class extends HTMLElement {};
          },
        },
        define,
      );
      await load(tag);
      expect(customElements.get(tag)).to.equal(undefined);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(tag).and.contain('offline');
      await load(tag);
      expect(customElements.get(tag)).not.to.equal(undefined);
      await load('not-ours');
      expect(attempts).to.equal(2);
    } finally {
      warnings.restore();
    }
  });
});
