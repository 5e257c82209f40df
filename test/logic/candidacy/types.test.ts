// The constant tables and types of the candidacy self-check (src/logic/candidacy/types.ts).
import { expect } from '@open-wc/testing';
import {
  ALWAYS_ASKED,
  CHECK_KEYS,
  COMMITMENTS,
  CRITERION_IDS,
  CRITERION_REASONS,
  CRITERION_STATUSES,
  LIMITS,
  OUTCOMES,
  PRIOR_TREATMENTS,
  QUESTION_IDS,
  REASON_CODES,
  SAFETY_KEYS,
  SAFETY_RULES,
  type ReasonCode,
} from '../../../src/logic/candidacy/types.js';
import { FLAG_ORDER, untyped } from './model.js';

describe('candidacy constants', () => {
  it('lists the check keys, enums and ids in their documented order', () => {
    expect([...CHECK_KEYS]).to.deep.equal(['duration', 'overuse']);
    expect([...ALWAYS_ASKED]).to.deep.equal(['adult', 'safety']);
    expect([...PRIOR_TREATMENTS]).to.deep.equal([
      'not-helped',
      'side-effects',
      'helped',
      'not-tried',
    ]);
    expect([...COMMITMENTS]).to.deep.equal(['yes', 'unsure', 'no']);
    expect([...SAFETY_KEYS]).to.deep.equal([
      'allergy',
      'skinInfection',
      'neuromuscular',
      'breathingBleeding',
      'pregnant',
      'recentToxin',
    ]);
    expect([...SAFETY_KEYS]).to.deep.equal([...FLAG_ORDER]);
    expect([...CRITERION_IDS]).to.deep.equal([
      'chronic-migraine',
      'prior-treatment',
      'commitment',
      'adult',
      'duration',
      'overuse',
      'safety',
    ]);
    expect([...CRITERION_STATUSES]).to.deep.equal(['met', 'not-met', 'discuss', 'unknown']);
    expect([...OUTCOMES]).to.deep.equal(['likely', 'discuss', 'unlikely', 'incomplete']);
    expect([...QUESTION_IDS]).to.deep.equal([
      'headache-days',
      'months',
      'duration',
      'prior-treatment',
      'overuse',
      'commitment',
      'adult',
      'safety',
    ]);
  });

  it('lists the reason codes in their documented order', () => {
    expect([...REASON_CODES]).to.deep.equal([
      'chronic',
      'too-few-days',
      'too-recent',
      'treatment-not-helped',
      'treatment-side-effects',
      'treatment-helps',
      'try-others-first',
      'fewer-than-three',
      'committed',
      'unsure-commitment',
      'no-commitment',
      'adult',
      'under-18',
      'long-headaches',
      'short-headaches',
      'no-overuse',
      'possible-overuse',
      'combined-overuse',
      'no-safety-flags',
      'toxin-allergy',
      'skin-infection',
      'pregnancy',
      'neuromuscular',
      'breathing-bleeding',
      'recent-toxin',
      'unanswered',
    ]);
    expect(REASON_CODES).to.not.include(untyped<ReasonCode>('safety-flag'));
  });

  it('has the documented limits and thresholds', () => {
    expect(LIMITS).to.deep.equal({
      headacheDays: { min: 0, max: 31 },
      months: { min: 0, max: 600 },
      painRelieverDays: { min: 0, max: 31 },
      triptanDays: { min: 0, max: 31 },
      preventivesTried: { min: 0, max: 20 },
      chronicDays: 15,
      chronicMonths: 3,
      painRelieverOveruseDays: 15,
      triptanOveruseDays: 10,
      combinedOveruseDays: 10,
      preventivesNeeded: 3,
    });
  });

  it('has the documented rule for each safety flag', () => {
    expect(SAFETY_RULES).to.deep.equal({
      allergy: { status: 'not-met', reason: 'toxin-allergy' },
      skinInfection: { status: 'not-met', reason: 'skin-infection' },
      pregnant: { status: 'not-met', reason: 'pregnancy' },
      neuromuscular: { status: 'discuss', reason: 'neuromuscular' },
      breathingBleeding: { status: 'discuss', reason: 'breathing-bleeding' },
      recentToxin: { status: 'discuss', reason: 'recent-toxin' },
    });
  });

  it('lists the reason codes each criterion can give', () => {
    expect(CRITERION_REASONS).to.deep.equal({
      'chronic-migraine': ['chronic', 'too-few-days', 'too-recent', 'unanswered'],
      'prior-treatment': [
        'treatment-not-helped',
        'treatment-side-effects',
        'treatment-helps',
        'try-others-first',
        'fewer-than-three',
        'unanswered',
      ],
      commitment: ['committed', 'unsure-commitment', 'no-commitment', 'unanswered'],
      adult: ['adult', 'under-18', 'unanswered'],
      duration: ['long-headaches', 'short-headaches', 'unanswered'],
      overuse: ['no-overuse', 'possible-overuse', 'combined-overuse', 'unanswered'],
      safety: [
        'no-safety-flags',
        'toxin-allergy',
        'skin-infection',
        'pregnancy',
        'neuromuscular',
        'breathing-bleeding',
        'recent-toxin',
        'unanswered',
      ],
    });
  });

  it('assigns every reason code to exactly one criterion, except the shared "unanswered"', () => {
    expect(new Set(REASON_CODES).size).to.equal(REASON_CODES.length);
    expect(Object.keys(CRITERION_REASONS)).to.deep.equal([...CRITERION_IDS]);
    const used = Object.values(CRITERION_REASONS).flat();
    expect(used.filter((code) => code === 'unanswered')).to.have.length(CRITERION_IDS.length);
    const specific = used.filter((code) => code !== 'unanswered');
    expect(new Set(specific).size).to.equal(specific.length);
    expect([...specific, 'unanswered'].sort()).to.deep.equal([...REASON_CODES].sort());
  });

  it('keeps the switchable and always-asked keys apart, and the always-asked ones as criteria', () => {
    expect(CHECK_KEYS.filter((key) => includesString(ALWAYS_ASKED, key))).to.deep.equal([]);
    for (const key of [...CHECK_KEYS, ...ALWAYS_ASKED]) {
      expect(CRITERION_IDS, key).to.include(key);
      expect(QUESTION_IDS, key).to.include(key);
    }
  });
});

function includesString(list: readonly string[], value: string): boolean {
  return list.includes(value);
}
