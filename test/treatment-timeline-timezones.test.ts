/**
 * <treatment-timeline> in other time zones. A browser test cannot change the machine's zone, so
 * these tests simulate one: `Date` reports local time shifted by the zone's offset, and
 * `Intl.DateTimeFormat` defaults to that zone, the way a device set to that zone would behave.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/treatment-timeline/define.js';
import type { TreatmentTimeline } from '../src/components/treatment-timeline/treatment-timeline.js';
import { timeline } from './harness/index.js';
import { shadowText } from './helpers.js';

const RealDate = Date;
const RealDateTimeFormat = Intl.DateTimeFormat;
const HOUR = 3_600_000;

interface Zone {
  name: string;
  /** Offset from UTC in hours (UTC−10 → −10). */
  offset: number;
}
const HONOLULU: Zone = { name: 'Pacific/Honolulu', offset: -10 };
const KIRITIMATI: Zone = { name: 'Pacific/Kiritimati', offset: 14 };

/** Makes the page behave as if the device were in `zone` and the time were `now` (UTC ms). */
function simulateZone(zone: Zone, now: number): void {
  const shift = zone.offset * HOUR;
  class ZonedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now);
      else super(...(args as [number]));
    }
    static override now(): number {
      return now;
    }
    private local(): Date {
      return new RealDate(this.getTime() + shift);
    }
    override getTimezoneOffset(): number {
      return -zone.offset * 60;
    }
    override getFullYear(): number {
      return this.local().getUTCFullYear();
    }
    override getMonth(): number {
      return this.local().getUTCMonth();
    }
    override getDate(): number {
      return this.local().getUTCDate();
    }
    override getDay(): number {
      return this.local().getUTCDay();
    }
    override getHours(): number {
      return this.local().getUTCHours();
    }
  }
  window.Date = ZonedDate as unknown as DateConstructor;
  Intl.DateTimeFormat = function (locale?: string | string[], options = {}) {
    return new RealDateTimeFormat(locale, { timeZone: zone.name, ...options });
  } as unknown as typeof Intl.DateTimeFormat;
}

function restoreZone(): void {
  window.Date = RealDate;
  Intl.DateTimeFormat = RealDateTimeFormat;
}

const dates = (el: TreatmentTimeline) => timeline(el).times();
const status = (el: TreatmentTimeline) => timeline(el).status();

describe('<treatment-timeline> in different time zones', () => {
  afterEach(restoreZone);

  it('the simulation really shifts local dates and default formatting', () => {
    const instant = Date.UTC(2026, 2, 8, 9);
    simulateZone(HONOLULU, instant);
    expect(new Date().getDate()).to.equal(7);
    expect(new Date().getTimezoneOffset()).to.equal(600);
    expect(new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(instant)).to.equal(
      'March 7, 2026',
    );
    simulateZone(KIRITIMATI, instant);
    expect(new Date().getDate()).to.equal(8);
    expect(new Date().getTimezoneOffset()).to.equal(-840);
    expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Pacific/Kiritimati');
  });

  it('renders identical dates for the same `start-date` and `today` in UTC−10 and UTC+14', async () => {
    const rendered: Array<{ dates: string[][]; text: string }> = [];
    for (const zone of [HONOLULU, KIRITIMATI]) {
      // Evening in Honolulu is already the next day in Kiritimati; the dates must not move.
      simulateZone(zone, Date.UTC(2026, 2, 8, 8, 30));
      const el = await fixture<TreatmentTimeline>(
        html`<treatment-timeline
          start-date="2026-03-08"
          today="2026-05-30"
          interval-weeks="13"
        ></treatment-timeline>`,
      );
      rendered.push({ dates: dates(el) as string[][], text: shadowText(el) });
      restoreZone();
    }
    expect(rendered[0]).to.deep.equal(rendered[1]);
    expect(rendered[0].dates).to.deep.equal([
      ['2026-03-08', 'March 8, 2026'],
      ['2026-03-08', 'March 8, 2026'],
      ['2026-06-07', 'June 7, 2026'],
      ['2026-09-06', 'September 6, 2026'],
      ['2026-12-06', 'December 6, 2026'],
      ['2026-09-06', 'September 6, 2026'],
    ]);
    expect(rendered[0].text).to.contain('Before March 8, 2026');
    expect(rendered[0].text).to.contain('Your next session is in 8 days.');
  });

  it('takes "today" from the device’s local date when `today` is not set', async () => {
    // 2026-03-08 09:00 UTC is 7 March, 23:00 in Honolulu and 8 March, 23:00 in Kiritimati.
    const instant = Date.UTC(2026, 2, 8, 9);

    simulateZone(HONOLULU, instant);
    const west = await fixture<TreatmentTimeline>(
      html`<treatment-timeline start-date="2026-03-08"></treatment-timeline>`,
    );
    expect(west.schedule.current).to.equal('consultation');
    expect(west.schedule.daysToNext).to.equal(1);
    expect(status(west)).to.equal('Your next session is tomorrow.');
    const westDates = dates(west);
    restoreZone();

    simulateZone(KIRITIMATI, instant);
    const east = await fixture<TreatmentTimeline>(
      html`<treatment-timeline start-date="2026-03-08"></treatment-timeline>`,
    );
    expect(east.schedule.current).to.equal('first-session');
    expect(status(east)).to.equal('Your next session is today.');
    expect(dates(east)).to.deep.equal(westDates);
    expect(westDates[0]).to.deep.equal(['2026-03-08', 'March 8, 2026']);
  });

  it('reads the local date when rendering, not when the element is made', async () => {
    simulateZone(HONOLULU, Date.UTC(2026, 2, 8, 9));
    const el = document.createElement('treatment-timeline');
    el.startDate = '2026-03-08';
    restoreZone();
    // A day later, the element is put on the page.
    simulateZone(HONOLULU, Date.UTC(2026, 2, 9, 9));
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.schedule.current).to.equal('first-session');
      expect(status(el)).to.equal('Your next session is today.');
      // And again the next day, on the next render.
      simulateZone(HONOLULU, Date.UTC(2026, 2, 10, 9));
      el.requestUpdate();
      await el.updateComplete;
      expect(el.schedule.current).to.equal('effect');
    } finally {
      el.remove();
    }
  });
});
