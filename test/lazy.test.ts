import { expect } from '@open-wc/testing';
import { lazy } from '../src/internal/lazy.js';

describe('lazy parts (the result, the day counter, print)', () => {
  it('loads once per page and keeps the module', async () => {
    let calls = 0;
    const part = lazy(() => {
      calls += 1;
      return Promise.resolve({ name: 'result' });
    });
    expect(part.value).to.equal(undefined);
    const [first, second] = await Promise.all([part.load(), part.load()]);
    expect(first).to.deep.equal({ name: 'result' });
    expect(second).to.equal(first);
    expect(part.value).to.equal(first);
    await part.load();
    expect(calls).to.equal(1);
  });

  it('resolves to undefined when the chunk cannot load, and tries again on the next use', async () => {
    let calls = 0;
    const part = lazy(() => {
      calls += 1;
      return calls === 1
        ? Promise.reject(new Error('offline'))
        : Promise.resolve({ name: 'print' });
    });
    expect(await part.load()).to.equal(undefined);
    expect(part.value).to.equal(undefined);
    expect(await part.load()).to.deep.equal({ name: 'print' });
    expect(part.value).to.deep.equal({ name: 'print' });
    expect(calls).to.equal(2);
  });
});
