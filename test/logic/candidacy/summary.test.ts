// The copied summary (src/logic/candidacy/summary.ts).
import { expect } from '@open-wc/testing';
import { summaryText } from '../../../src/logic/candidacy/summary.js';

describe('summaryText', () => {
  it('lays out the answers, the result and the note as plain text', () => {
    const text = summaryText({
      title: 'Is Botox for me?',
      answersHeading: 'Your answers',
      answers: [
        ['Headache days a month', '20'],
        ['Safety points', ['Allergy', 'Pregnancy']],
        ['18 or older', 'Yes'],
      ],
      resultHeading: 'Result',
      outcome: 'Talk with the doctor first',
      explanation: 'Some points need a talk.',
      criteria: [
        { label: 'Headache days', status: 'Met', reason: 'You have 15 or more.' },
        {
          label: 'Safety',
          status: 'Talk with your doctor',
          reason: 'Talk to the doctor first about:',
          details: ['Allergy', 'Pregnancy'],
        },
      ],
      note: 'The clinic decides.',
    });
    expect(text).to.equal(
      [
        'Is Botox for me?',
        '',
        'Your answers',
        '- Headache days a month: 20',
        '- Safety points:',
        '  - Allergy',
        '  - Pregnancy',
        '- 18 or older: Yes',
        '',
        'Result: Talk with the doctor first',
        'Some points need a talk.',
        '- Headache days: Met. You have 15 or more.',
        '- Safety: Talk with your doctor. Talk to the doctor first about:',
        '  - Allergy',
        '  - Pregnancy',
        '',
        'The clinic decides.',
      ].join('\n'),
    );
  });

  it('leaves out the reason, and its space, when it is empty', () => {
    const text = summaryText({
      title: 'T',
      answersHeading: 'A',
      answers: [],
      resultHeading: 'R',
      outcome: 'Not suitable',
      explanation: 'E',
      criteria: [
        { label: 'Safety', status: 'Not suitable', reason: '', details: ['Allergy', 'Pregnancy'] },
        { label: 'Age', status: 'Not met', reason: '' },
        { label: 'Headache days', status: 'Met', reason: 'You have 15 or more.' },
      ],
      note: 'N',
    });
    expect(text).to.equal(
      [
        'T',
        '',
        'A',
        '',
        'R: Not suitable',
        'E',
        '- Safety: Not suitable.',
        '  - Allergy',
        '  - Pregnancy',
        '- Age: Not met.',
        '- Headache days: Met. You have 15 or more.',
        '',
        'N',
      ].join('\n'),
    );
    for (const line of text.split('\n')) expect(line, JSON.stringify(line)).to.not.match(/\s$/);
  });

  it('handles no answers and no criteria', () => {
    const text = summaryText({
      title: 'T',
      answersHeading: 'A',
      answers: [],
      resultHeading: 'R',
      outcome: 'O',
      explanation: 'E',
      criteria: [],
      note: 'N',
    });
    expect(text).to.equal('T\n\nA\n\nR: O\nE\n\nN');
  });
});
