/**
 * The public types, as a TypeScript user meets them. `npm test` type-checks this file (tsc), so a
 * broken tag map or event map fails the build; the assertions below check the same at run time.
 */
import { expect } from '@open-wc/testing';
import {
  BenefitsList,
  BotoxCandidacyCheck,
  CandidacyChangeEvent,
  CandidacyCompleteEvent,
  TimelineCalendarEvent,
  TreatmentTimeline,
  type CandidacyResult,
  type Outcome,
  type Schedule,
} from '../src/index.js';
import '../src/define.js';

describe('public types', () => {
  it('types every tag through HTMLElementTagNameMap', () => {
    const benefits: BenefitsList = document.createElement('benefits-list');
    const check: BotoxCandidacyCheck = document.createElement('botox-candidacy-check');
    const timeline: TreatmentTimeline = document.createElement('treatment-timeline');
    expect(benefits).to.be.instanceOf(BenefitsList);
    expect(check).to.be.instanceOf(BotoxCandidacyCheck);
    expect(timeline).to.be.instanceOf(TreatmentTimeline);
  });

  it('types every event through GlobalEventHandlersEventMap', () => {
    const check = document.createElement('botox-candidacy-check');
    const timeline = document.createElement('treatment-timeline');
    const seen: Array<Outcome | string[]> = [];
    check.addEventListener('candidacy-complete', (event) => {
      const result: CandidacyResult = event.detail.result; // typed detail, no cast
      seen.push(result.outcome);
    });
    check.addEventListener('candidacy-change', (event) => seen.push(event.detail.result.outcome));
    timeline.addEventListener('timeline-calendar', (event) => {
      const schedule: Schedule = event.detail.schedule;
      seen.push(schedule.sessions);
      event.preventDefault();
    });
    const result: CandidacyResult = { outcome: 'likely', criteria: [] };
    check.dispatchEvent(new CandidacyChangeEvent({ answers: {}, result }));
    check.dispatchEvent(new CandidacyCompleteEvent({ answers: {}, result }));
    const schedule: Schedule = {
      sessions: ['2026-03-02'],
      review: null,
      current: 'consultation',
      daysToNext: 1,
    };
    const calendar = new TimelineCalendarEvent({ ics: '', filename: 'x.ics', schedule });
    timeline.dispatchEvent(calendar);
    expect(seen).to.deep.equal(['likely', 'likely', ['2026-03-02']]);
    expect(calendar.defaultPrevented, 'the calendar event is cancelable').to.equal(true);
  });
});
