/**
 * The "Add to calendar" flow of <treatment-timeline>: the cancelable event, the download through a
 * Blob URL, and the downloaded file read back with a real iCalendar parser.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../src/components/treatment-timeline/define.js';
import type { TreatmentTimeline } from '../src/components/treatment-timeline/treatment-timeline.js';
import { TimelineCalendarEvent } from '../src/events/timeline-events.js';
import { addDays } from '../src/logic/dates.js';
import { followDocumentLocale, setLocale } from '../src/localization/locale.js';
import { timeline } from './harness/index.js';
import { waitUntil } from './helpers.js';

interface Download {
  href: string;
  download: string;
  connected: boolean;
}

/** Observes downloads without letting the browser save anything. */
function watchDownloads() {
  const blobs: Blob[] = [];
  const urls: string[] = [];
  const revoked: string[] = [];
  const clicks: Download[] = [];
  const realCreate = URL.createObjectURL;
  const realRevoke = URL.revokeObjectURL;
  const realClick = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = realCreate(blob);
    blobs.push(blob as Blob);
    urls.push(url);
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    revoked.push(url);
    realRevoke(url);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicks.push({ href: this.href, download: this.download, connected: this.isConnected });
  };
  return {
    blobs,
    urls,
    revoked,
    clicks,
    restore() {
      URL.createObjectURL = realCreate;
      URL.revokeObjectURL = realRevoke;
      HTMLAnchorElement.prototype.click = realClick;
    },
  };
}

/** Clicks the button and resolves with the `timeline-calendar` event, caught on the document. */
function clickAndCatch(
  el: TreatmentTimeline,
  onEvent?: (event: TimelineCalendarEvent) => void,
): Promise<TimelineCalendarEvent> {
  return new Promise((resolve) => {
    document.addEventListener(
      'timeline-calendar',
      (event) => {
        onEvent?.(event);
        resolve(event);
      },
      { once: true },
    );
    void timeline(el).downloadCalendar();
  });
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

function parseEvents(ics: string): ICAL.Component[] {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  expect(calendar.name).to.equal('vcalendar');
  return calendar.getAllSubcomponents('vevent');
}

const text = (event: ICAL.Component, name: string) => {
  const value = event.getFirstPropertyValue(name);
  return value === null ? null : String(value);
};

describe('<treatment-timeline> calendar', () => {
  let downloads: ReturnType<typeof watchDownloads>;
  beforeEach(() => {
    downloads = watchDownloads();
  });
  afterEach(() => downloads.restore());

  it('fires a bubbling, composed, cancelable event with the file before downloading', async () => {
    const el = await fixture<TreatmentTimeline>(
      html`<treatment-timeline start-date="2026-03-08" today="2026-03-01"></treatment-timeline>`,
    );
    let downloadsAtEvent = -1;
    const event = await clickAndCatch(el, () => {
      downloadsAtEvent = downloads.blobs.length + downloads.clicks.length;
    });
    expect(event).to.be.instanceOf(TimelineCalendarEvent);
    expect(event.type).to.equal(TimelineCalendarEvent.eventName);
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    expect(downloadsAtEvent, 'nothing downloaded before the event').to.equal(0);
    expect(event.detail.filename).to.equal('botox-sessions.ics');
    expect(event.detail.schedule).to.deep.equal(el.schedule);
    expect(event.detail.ics.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);

    await waitUntil(() => downloads.clicks.length === 1, 'the download link was clicked');
    expect(downloads.blobs).to.have.length(1);
    expect(downloads.blobs[0].type).to.equal('text/calendar;charset=utf-8');
    expect(await downloads.blobs[0].text()).to.equal(event.detail.ics);
    expect(downloads.clicks[0]).to.deep.equal({
      href: downloads.urls[0],
      download: 'botox-sessions.ics',
      connected: true,
    });
    expect(timeline(el).query('a'), 'the temporary link is removed').to.equal(null);
    await waitUntil(() => downloads.revoked.length === 1, 'the Blob URL was revoked');
    expect(downloads.revoked).to.deep.equal(downloads.urls);
  });

  it('downloads nothing when the page calls preventDefault()', async () => {
    const el = await fixture<TreatmentTimeline>(
      html`<treatment-timeline start-date="2026-03-08"></treatment-timeline>`,
    );
    const event = await clickAndCatch(el, (e) => e.preventDefault());
    expect(event.defaultPrevented).to.equal(true);
    await nextTask();
    await nextTask();
    expect(downloads.blobs).to.deep.equal([]);
    expect(downloads.clicks).to.deep.equal([]);
    expect(event.detail.ics).to.contain('BEGIN:VEVENT');

    // The next click, not cancelled, downloads.
    await clickAndCatch(el);
    await waitUntil(() => downloads.clicks.length === 1, 'downloaded');
  });

  it('downloads an .ics whose every date equals `schedule`, read with ical.js', async () => {
    const el = await fixture<TreatmentTimeline>(
      html`<treatment-timeline
        start-date="2027-12-07"
        interval-weeks="12"
        sessions="5"
        clinic-name=${'NorCal Pain, Spine; & Rehab'}
      ></treatment-timeline>`,
    );
    await timeline(el).downloadCalendar();
    await waitUntil(() => downloads.blobs.length === 1, 'a file was made');
    const ics = await downloads.blobs[0].text();
    const events = parseEvents(ics);
    const { sessions, review } = el.schedule;
    const expected = [...sessions, review!];
    expect(sessions).to.include('2028-02-29');
    const starts = events.map((event) => {
      const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
      expect(start.isDate, 'all-day').to.equal(true);
      return start.toString();
    });
    expect(starts).to.deep.equal(expected);
    events.forEach((event, i) => {
      const end = event.getFirstPropertyValue('dtend') as ICAL.Time;
      expect(end.toString()).to.equal(addDays(expected[i], 1));
      expect(text(event, 'location')).to.equal('NorCal Pain, Spine; & Rehab');
    });
    expect(events.map((event) => text(event, 'summary'))).to.deep.equal([
      'Botox session 1 of 5',
      'Botox session 2 of 5',
      'Botox session 3 of 5',
      'Botox session 4 of 5',
      'Botox session 5 of 5',
      'Review: how well is Botox working?',
    ]);
    expect(text(events[0], 'description')).to.contain('Your clinic confirms the exact date');
    expect(text(events[5], 'description')).to.contain('at least 30% (about 3 in 10)');
  });

  it('writes no location without a clinic name, and one event with a single session', async () => {
    const el = await fixture<TreatmentTimeline>(
      html`<treatment-timeline start-date="2026-03-08" sessions="1"></treatment-timeline>`,
    );
    const event = await clickAndCatch(el, (e) => e.preventDefault());
    const events = parseEvents(event.detail.ics);
    expect(events).to.have.length(1);
    expect(text(events[0], 'summary')).to.equal('Botox session 1 of 1');
    expect(text(events[0], 'location')).to.equal(null);
  });

  it('writes the calendar in the active language', async () => {
    const el = await fixture<TreatmentTimeline>(
      html`<treatment-timeline start-date="2026-03-08" sessions="2"></treatment-timeline>`,
    );
    await setLocale('es');
    try {
      await el.updateComplete;
      const event = await clickAndCatch(el, (e) => e.preventDefault());
      expect(parseEvents(event.detail.ics).map((e) => text(e, 'summary'))).to.deep.equal([
        'Sesión de Botox 1 de 2',
        'Sesión de Botox 2 de 2',
        'Revisión: ¿cómo le está funcionando Botox?',
      ]);
    } finally {
      await followDocumentLocale();
    }
  });

  it('works from the keyboard', async () => {
    const el = await fixture<TreatmentTimeline>(
      html`<treatment-timeline start-date="2026-03-08"></treatment-timeline>`,
    );
    let fired = 0;
    el.addEventListener('timeline-calendar', (event) => {
      fired += 1;
      event.preventDefault();
    });
    timeline(el).calendarButton()!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => fired === 1, 'Enter asks for the calendar');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => fired === 2, 'Space asks for the calendar');
  });

  it('never fires when the page sets properties', async () => {
    let fired = 0;
    const listener = () => (fired += 1);
    document.addEventListener('timeline-calendar', listener);
    try {
      const el = await fixture<TreatmentTimeline>(html`<treatment-timeline></treatment-timeline>`);
      el.startDate = '2026-03-08';
      el.today = '2026-03-08';
      el.hideCalendar = true;
      await el.updateComplete;
      el.hideCalendar = false;
      await el.updateComplete;
      await nextTask();
      expect(fired).to.equal(0);
      expect(downloads.clicks).to.deep.equal([]);
    } finally {
      document.removeEventListener('timeline-calendar', listener);
    }
  });
});
