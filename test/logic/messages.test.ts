import { expect } from '@open-wc/testing';
import {
  checkMessages,
  fillPlaceholders,
  placeholdersOf,
  placeholderText,
} from '../../src/localization/messages.js';

describe('clinic messages', () => {
  describe('checkMessages', () => {
    it('keeps string values in a prototype-free object', () => {
      const { messages, rejected } = checkMessages({ 'a.b': 'Hello', 'c.d': 'Bye {0}' });
      expect({ ...messages }).to.deep.equal({ 'a.b': 'Hello', 'c.d': 'Bye {0}' });
      expect(Object.getPrototypeOf(messages)).to.equal(null);
      expect(rejected).to.deep.equal([]);
    });

    it('reports values that are not text, and keys that cannot be ids', () => {
      const input = JSON.parse(
        '{"ok":"yes","n":3,"o":{"x":"y"},"nul":null,"__proto__":"evil","constructor":"no","":"blank"}',
      ) as Record<string, unknown>;
      const { messages, rejected } = checkMessages(input);
      expect({ ...messages }).to.deep.equal({ ok: 'yes' });
      expect(rejected).to.deep.equal(['n', 'o', 'nul', '__proto__', 'constructor', '']);
      expect(({} as Record<string, unknown>).evil, 'no prototype pollution').to.equal(undefined);
    });

    it('treats unset input as no messages, and other types as wholly rejected', () => {
      expect(checkMessages(undefined).rejected).to.deep.equal([]);
      expect(checkMessages(null).rejected).to.deep.equal([]);
      for (const input of ['text', 42, true, ['a']]) {
        const result = checkMessages(input);
        expect(Object.keys(result.messages)).to.deep.equal([]);
        expect(result.rejected).to.deep.equal(['*']);
      }
    });

    it('survives throwing getters and unreadable objects', () => {
      const tricky = {
        good: 'fine',
        get bad(): string {
          throw new Error('boom');
        },
      };
      expect(checkMessages(tricky).rejected).to.deep.equal(['bad']);
      expect({ ...checkMessages(tricky).messages }).to.deep.equal({ good: 'fine' });
      const revocable = Proxy.revocable({}, {});
      revocable.revoke();
      expect(checkMessages(revocable.proxy).rejected).to.deep.equal(['*']);
    });
  });

  it('placeholdersOf lists placeholder numbers in order', () => {
    expect(placeholdersOf('{1} of {0}, {1}')).to.deep.equal([1, 0, 1]);
    expect(placeholdersOf('none here {x}')).to.deep.equal([]);
  });

  describe('fillPlaceholders', () => {
    it('fills by position, in any order', () => {
      expect(fillPlaceholders('Question {0} of {1}', [2, 8])).to.equal('Question 2 of 8');
      expect(fillPlaceholders('{1} 中的第 {0} 题', [2, 8])).to.equal('8 中的第 2 题');
    });
    it('leaves a placeholder without a value as written', () => {
      expect(fillPlaceholders('Session {0} of {2}', ['1', '4'])).to.equal('Session 1 of {2}');
    });
    it('inserts values as plain text', () => {
      expect(fillPlaceholders('Hi {0}', ['<b>{1}</b>', 'x'])).to.equal('Hi <b>{1}</b>');
    });
    it('returns text without placeholders unchanged', () => {
      expect(fillPlaceholders('Plain', [])).to.equal('Plain');
    });
  });

  it('placeholderText writes a template with {n} placeholders', () => {
    expect(placeholderText(['Question ', ' of ', ''])).to.equal('Question {0} of {1}');
    expect(placeholderText(['Plain'])).to.equal('Plain');
  });
});
