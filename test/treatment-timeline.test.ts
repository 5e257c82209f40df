import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/treatment-timeline/define.js';
import type { TreatmentTimeline } from '../src/components/treatment-timeline/treatment-timeline.js';
import { localIsoDate } from '../src/logic/dates.js';
import { computeSchedule, STEP_IDS, type StepId } from '../src/logic/schedule.js';
import { followDocumentLocale, setLocale } from '../src/localization/locale.js';
import { registerLocale } from '../src/localization/wording.js';
import { timeline } from './harness/index.js';
import { captureWarnings, shadowText } from './helpers.js';

const steps = (el: TreatmentTimeline) => timeline(el).steps();
/** The id of the step marked with aria-current="step", or null. */
const currentStep = (el: TreatmentTimeline) => timeline(el).currentStep();
const status = (el: TreatmentTimeline) => timeline(el).status();
const sessionWhen = (el: TreatmentTimeline) => timeline(el).dates();

const ENGLISH_TITLES = [
  'Consultation',
  'First treatment session',
  'The effect may build',
  'Repeat sessions',
  'Check how well it works',
];

describe('<treatment-timeline>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  describe('general timeline (no start date)', () => {
    it('shows the five steps in an ordered list with week labels', async () => {
      const el = await fixture<TreatmentTimeline>(html`<treatment-timeline></treatment-timeline>`);
      const heading = timeline(el).heading()!;
      expect(heading.localName).to.equal('h2');
      expect(heading.textContent).to.equal('Your treatment timeline');
      expect(timeline(el).list()).not.to.equal(null);
      expect(steps(el)).to.have.length(5);
      expect(timeline(el).stepTitles()).to.deep.equal(ENGLISH_TITLES);
      expect(
        timeline(el)
          .stepTitleElements()
          .every((h) => h.localName === 'h3'),
      ).to.equal(true);
      expect(timeline(el).when()).to.deep.equal([
        'Before your first session',
        'Week 0',
        'Over the next few weeks',
        'Week 24',
      ]);
      expect(timeline(el).sessionLabels()).to.deep.equal([
        'Session 1 of 4',
        'Session 2 of 4',
        'Session 3 of 4',
        'Session 4 of 4',
      ]);
      expect(sessionWhen(el)).to.deep.equal(['Week 0', 'Week 12', 'Week 24', 'Week 36']);
      expect(currentStep(el)).to.equal(null);
      expect(status(el)).to.equal(null);
      expect(timeline(el).calendarButton(), 'no calendar without dates').to.equal(null);
      expect(el.schedule).to.deep.equal({
        sessions: [],
        review: null,
        current: 'consultation',
        daysToNext: null,
      });
      expect(warnings.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('tells the article facts in plain words', async () => {
      const el = await fixture<TreatmentTimeline>(html`<treatment-timeline></treatment-timeline>`);
      const text = shadowText(el);
      expect(text).to.contain('31 to 39 small injections into 7 areas of your head and neck');
      expect(text).to.contain('The effect may build');
      expect(text).to.contain(
        'Some people notice a change within a few weeks. Others notice it only after a second session, and for some it does not help.',
      );
      expect(text).to.contain('about every 12 weeks');
      expect(text).to.contain('decides with you if Botox is right for you');
    });

    it('gives both stopping rules in the review step, and promises nothing', async () => {
      const el = await fixture<TreatmentTimeline>(html`<treatment-timeline></treatment-timeline>`);
      const review = timeline(el).descriptions()[STEP_IDS.indexOf('review')];
      expect(review).to.contain('After two sessions (about 24 weeks)');
      expect(review).to.contain(
        'your doctor checks if your headache days are down by at least 30% (about 3 in 10)',
      );
      expect(review).to.contain('If not, the clinic may suggest a different treatment.');
      expect(review).to.contain(
        'If you have fewer than 15 headache days a month for 3 months in a row, your doctor will check if you still need Botox.',
      );
      const text = shadowText(el);
      expect(text).not.to.contain('The effect builds');
      expect(text).not.to.contain('about 31');
      expect(text).not.to.match(/means fewer/);
      el.intervalWeeks = 16;
      await el.updateComplete;
      expect(shadowText(el), 'the review weeks follow the interval').to.contain(
        'After two sessions (about 32 weeks)',
      );
    });
  });

  describe('with a start date', () => {
    it('shows real dates, the current step and a countdown', async () => {
      const el = await fixture<TreatmentTimeline>(
        html`<treatment-timeline start-date="2026-03-08" today="2026-03-01"></treatment-timeline>`,
      );
      expect(timeline(el).when()).to.deep.equal([
        'Before March 8, 2026',
        'March 8, 2026',
        'Over the next few weeks',
        'August 23, 2026',
      ]);
      expect(sessionWhen(el)).to.deep.equal([
        'March 8, 2026',
        'May 31, 2026',
        'August 23, 2026',
        'November 15, 2026',
      ]);
      expect(timeline(el).sessionDatetimes()).to.deep.equal([
        '2026-03-08',
        '2026-05-31',
        '2026-08-23',
        '2026-11-15',
      ]);
      expect(el.schedule).to.deep.equal({
        sessions: ['2026-03-08', '2026-05-31', '2026-08-23', '2026-11-15'],
        review: '2026-08-23',
        current: 'consultation',
        daysToNext: 7,
      });
      expect(currentStep(el)).to.equal('consultation');
      expect(status(el)).to.equal('Your next session is in 7 days.');
      expect(timeline(el).calendarButton()!.textContent!.trim()).to.equal('Add to calendar');
      await expect(el).to.be.accessible();
    });

    const CASES: Array<[string, string, StepId, string]> = [
      [
        'before the first session',
        '2026-02-01',
        'consultation',
        'Your next session is in 35 days.',
      ],
      ['on the first session', '2026-03-08', 'first-session', 'Your next session is today.'],
      ['the day after it', '2026-03-09', 'effect', 'Your next session is in 83 days.'],
      ['between sessions', '2026-05-29', 'effect', 'Your next session is in 2 days.'],
      ['the day before the 2nd session', '2026-05-30', 'effect', 'Your next session is tomorrow.'],
      ['on the 2nd session', '2026-05-31', 'repeat', 'Your next session is today.'],
      ['after the 2nd session', '2026-06-10', 'repeat', 'Your next session is in 74 days.'],
      ['on the review', '2026-08-23', 'review', 'Your next session is today.'],
      ['after the review', '2026-09-01', 'review', 'Your next session is in 75 days.'],
      [
        'after the last session',
        '2026-12-01',
        'review',
        'There are no more sessions on this timeline. Ask your clinic what comes next.',
      ],
    ];
    for (const [label, today, expected, countdown] of CASES) {
      it(`marks the current step ${label}`, async () => {
        const el = await fixture<TreatmentTimeline>(
          html`<treatment-timeline start-date="2026-03-08" today=${today}></treatment-timeline>`,
        );
        expect(el.schedule.current).to.equal(expected);
        expect(currentStep(el)).to.equal(expected);
        const li = steps(el)[STEP_IDS.indexOf(expected)];
        expect(li.getAttribute('part')).to.equal('step step-current');
        expect(li.querySelector('[part="current-label"]')!.textContent!.trim()).to.equal(
          'You are here',
        );
        expect(timeline(el).currentLabels()).to.have.length(1);
        // Past steps show a check mark instead of their number: shape, not colour alone.
        const markers = timeline(el).markers();
        STEP_IDS.forEach((id, i) => {
          const before = i < STEP_IDS.indexOf(expected);
          expect(markers[i], id).to.equal(before ? '✓' : String(i + 1));
        });
        expect(status(el)).to.equal(countdown);
        expect(status(el)).not.to.match(/\b1 days\b/);
      });
    }

    it('marks the current step with a visible marker, not colour alone', async () => {
      const el = await fixture<TreatmentTimeline>(
        html`<treatment-timeline
          theme="light"
          start-date="2026-03-08"
          today="2026-04-01"
        ></treatment-timeline>`,
      );
      const [done, , current, upcoming] = timeline(el)
        .markerElements()
        .map((m) => getComputedStyle(m));
      expect(current.backgroundColor).to.equal('rgb(11, 107, 99)');
      expect(upcoming.backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(done.backgroundColor).to.equal('rgb(224, 242, 239)');
      const label = timeline(el).currentLabels()[0];
      expect(getComputedStyle(label).borderTopStyle).to.equal('solid');
      await expect(el).to.be.accessible();
    });

    it('uses the local date as today when `today` is not set', async () => {
      const el = await fixture<TreatmentTimeline>(
        html`<treatment-timeline start-date="2026-03-08"></treatment-timeline>`,
      );
      const expected = computeSchedule({
        startDate: '2026-03-08',
        today: localIsoDate(new Date()),
      });
      expect(el.schedule).to.deep.equal(expected);
      expect(currentStep(el)).to.equal(expected.current);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('updates `schedule` and the view when properties change', async () => {
      const el = await fixture<TreatmentTimeline>(
        html`<treatment-timeline today="2026-03-08"></treatment-timeline>`,
      );
      el.startDate = '2026-03-08';
      expect(el.schedule.sessions, 'before the next render').to.have.length(4);
      await el.updateComplete;
      expect(currentStep(el)).to.equal('first-session');
      el.today = '2026-06-10';
      el.intervalWeeks = 13;
      el.sessions = 3;
      await el.updateComplete;
      expect(el.schedule).to.deep.equal({
        sessions: ['2026-03-08', '2026-06-07', '2026-09-06'],
        review: '2026-09-06',
        current: 'repeat',
        daysToNext: 88,
      });
      expect(sessionWhen(el)).to.deep.equal(['March 8, 2026', 'June 7, 2026', 'September 6, 2026']);
      expect(() => {
        (el as unknown as { schedule: unknown }).schedule = null;
      }, 'schedule is read-only').to.throw(TypeError);
      el.startDate = null;
      await el.updateComplete;
      expect(sessionWhen(el)).to.deep.equal(['Week 0', 'Week 13', 'Week 26']);
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('attributes', () => {
    it('`interval-weeks` changes the weeks, dates and wording', async () => {
      const el = await fixture<TreatmentTimeline>(
        html`<treatment-timeline interval-weeks="16"></treatment-timeline>`,
      );
      expect(sessionWhen(el)).to.deep.equal(['Week 0', 'Week 16', 'Week 32', 'Week 48']);
      expect(timeline(el).when()[3]).to.equal('Week 32');
      expect(shadowText(el)).to.contain('about every 16 weeks');
      expect(shadowText(el)).to.contain('After two sessions (about 32 weeks)');
      el.setAttribute('start-date', '2026-01-05');
      el.setAttribute('interval-weeks', '52');
      await el.updateComplete;
      expect(sessionWhen(el)).to.deep.equal([
        'January 5, 2026',
        'January 4, 2027',
        'January 3, 2028',
        'January 1, 2029',
      ]);
      // 12, the label's interval, is the shortest allowed: no warning.
      el.setAttribute('interval-weeks', '12');
      await el.updateComplete;
      expect(el.schedule.sessions[1]).to.equal('2026-03-30');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('`sessions` sets how many sessions are listed', async () => {
      const el = await fixture<TreatmentTimeline>(
        html`<treatment-timeline sessions="6" start-date="2026-03-08"></treatment-timeline>`,
      );
      expect(timeline(el).sessionLabels().at(-1)).to.equal('Session 6 of 6');
      expect(el.schedule.sessions).to.have.length(6);
      el.sessions = '12';
      await el.updateComplete;
      expect(timeline(el).sessions()).to.have.length(12);
      el.sessions = 1;
      await el.updateComplete;
      expect(timeline(el).sessions()).to.have.length(1);
      expect(el.schedule.review).to.equal(null);
      const review = steps(el)[4];
      expect(review.querySelector('[part="when"]'), 'no review date with one session').to.equal(
        null,
      );
      expect(review.querySelector('[part="description"]')!.textContent).to.contain(
        'After two sessions',
      );
      el.startDate = undefined;
      await el.updateComplete;
      expect(steps(el)[4].querySelector('[part="when"]')).to.equal(null);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('`clinic-name` appears as plain text in the consultation step', async () => {
      const name = '<b>NorCal Pain</b> & Spine';
      const el = await fixture<TreatmentTimeline>(
        html`<treatment-timeline clinic-name=${name}></treatment-timeline>`,
      );
      const body = steps(el)[0].querySelector('[part="description"]')!;
      expect(body.textContent).to.contain('A doctor at <b>NorCal Pain</b> & Spine looks at');
      expect(body.children).to.have.length(0);
      expect(timeline(el).query('b')).to.equal(null);
      el.clinicName = '   ';
      await el.updateComplete;
      expect(steps(el)[0].textContent).to.contain('A doctor at the clinic looks at');
    });

    it('`orientation="horizontal"` lays steps in a row where there is room', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 960px">
          <treatment-timeline orientation="horizontal" start-date="2026-03-08"></treatment-timeline>
        </div>`,
      );
      const el = wrapper.querySelector('treatment-timeline')!;
      const boxes = () => steps(el).map((li) => li.getBoundingClientRect());
      let rects = boxes();
      expect(rects.every((r) => Math.abs(r.top - rects[0].top) < 1)).to.equal(true);
      expect(rects.every((r, i) => i === 0 || r.left > rects[i - 1].left)).to.equal(true);
      await expect(el).to.be.accessible();

      wrapper.dir = 'rtl';
      await el.updateComplete;
      rects = boxes();
      expect(
        rects.every((r, i) => i === 0 || r.left < rects[i - 1].left),
        'mirrored',
      ).to.equal(true);

      wrapper.style.width = '320px';
      wrapper.dir = '';
      await new Promise((resolve) => requestAnimationFrame(resolve));
      rects = boxes();
      expect(
        rects.every((r, i) => i === 0 || r.top > rects[i - 1].top),
        'narrow: vertical again',
      ).to.equal(true);
      expect(el.scrollWidth).to.be.at.most(320);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('`orientation="vertical"` (default) stacks the steps, even when wide', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 960px"><treatment-timeline></treatment-timeline></div>`,
      );
      const el = wrapper.querySelector('treatment-timeline')!;
      const rects = steps(el).map((li) => li.getBoundingClientRect());
      expect(rects.every((r, i) => i === 0 || r.top > rects[i - 1].top)).to.equal(true);
    });

    it('`compact` hides the explanations but keeps titles, dates and sessions', async () => {
      const el = await fixture<TreatmentTimeline>(
        html`<treatment-timeline compact start-date="2026-03-08"></treatment-timeline>`,
      );
      expect(timeline(el).descriptions()).to.have.length(0);
      expect(timeline(el).stepTitles()).to.deep.equal(ENGLISH_TITLES);
      expect(timeline(el).sessions()).to.have.length(4);
      expect(timeline(el).calendarButton()).not.to.equal(null);
      await expect(el).to.be.accessible();
      el.compact = false;
      await el.updateComplete;
      expect(timeline(el).descriptions()).to.have.length(5);
    });

    it('`hide-calendar` hides the calendar button', async () => {
      const el = await fixture<TreatmentTimeline>(
        html`<treatment-timeline hide-calendar start-date="2026-03-08"></treatment-timeline>`,
      );
      expect(timeline(el).calendarButton()).to.equal(null);
      expect(sessionWhen(el)).to.have.length(4);
      el.removeAttribute('hide-calendar');
      await el.updateComplete;
      expect(timeline(el).calendarButton()).not.to.equal(null);
    });

    it('`heading` is shown as text; empty hides it and lifts the step titles', async () => {
      const el = await fixture<TreatmentTimeline>(
        html`<treatment-timeline heading=${'<i>Your plan</i> at our clinic'}></treatment-timeline>`,
      );
      const heading = timeline(el).heading()!;
      expect(heading.textContent).to.equal('<i>Your plan</i> at our clinic');
      expect(heading.children).to.have.length(0);
      el.heading = '';
      await el.updateComplete;
      expect(timeline(el).heading()).to.equal(null);
      expect(
        timeline(el)
          .stepTitleElements()
          .every((h) => h.localName === 'h2'),
      ).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('`heading-level` sets the heading, with step titles one level below (at most 6)', async () => {
      const el = await fixture<TreatmentTimeline>(
        html`<treatment-timeline heading-level="4"></treatment-timeline>`,
      );
      const levels = () => [
        timeline(el).heading()!.localName,
        timeline(el).stepTitleElements()[0].localName,
      ];
      expect(levels()).to.deep.equal(['h4', 'h5']);
      for (const [value, expected] of [
        ['2', ['h2', 'h3']],
        ['3', ['h3', 'h4']],
        ['5', ['h5', 'h6']],
        ['6', ['h6', 'h6']],
      ] as const) {
        el.setAttribute('heading-level', value);
        await el.updateComplete;
        expect(levels(), value).to.deep.equal(expected);
      }
      el.heading = '';
      await el.updateComplete;
      expect(timeline(el).stepTitleElements()[0].localName).to.equal('h6');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('`theme="dark"` is accessible with dates', async () => {
      const el = await fixture<TreatmentTimeline>(
        html`<treatment-timeline
          theme="dark"
          start-date="2026-03-08"
          today="2026-06-01"
        ></treatment-timeline>`,
      );
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 26, 31)');
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    const BAD: Array<[string, string, (el: TreatmentTimeline) => void]> = [
      ['start-date', '2026-02-30', (el) => expect(sessionWhen(el)[1]).to.equal('Week 12')],
      ['start-date', 'next Monday', (el) => expect(sessionWhen(el)[0]).to.equal('Week 0')],
      ['interval-weeks', '3', (el) => expect(sessionWhen(el)[1]).to.equal('Week 12')],
      ['interval-weeks', '4', (el) => expect(sessionWhen(el)[1]).to.equal('Week 12')],
      ['interval-weeks', '8', (el) => expect(sessionWhen(el)[1]).to.equal('Week 12')],
      ['interval-weeks', '11', (el) => expect(sessionWhen(el)[1]).to.equal('Week 12')],
      ['interval-weeks', '53', (el) => expect(sessionWhen(el)[1]).to.equal('Week 12')],
      ['interval-weeks', '12.5', (el) => expect(sessionWhen(el)[1]).to.equal('Week 12')],
      ['interval-weeks', 'twelve', (el) => expect(sessionWhen(el)[1]).to.equal('Week 12')],
      ['sessions', '0', (el) => expect(sessionWhen(el)).to.have.length(4)],
      ['sessions', '13', (el) => expect(sessionWhen(el)).to.have.length(4)],
      ['sessions', 'lots', (el) => expect(sessionWhen(el)).to.have.length(4)],
      [
        'orientation',
        'diagonal',
        (el) => expect(timeline(el).query('.base.vertical')).not.to.equal(null),
      ],
      [
        'heading-level',
        '9',
        (el) => expect(timeline(el).query('h2[part="heading"]')).not.to.equal(null),
      ],
    ];
    for (const [name, value, check] of BAD) {
      it(`${name}="${value}" falls back with one warning`, async () => {
        const el = await fixture<TreatmentTimeline>(
          html`<treatment-timeline></treatment-timeline>`,
        );
        el.setAttribute(name, value);
        await el.updateComplete;
        check(el);
        expect(steps(el)).to.have.length(5);
        expect(shadowText(el).length).to.be.greaterThan(100);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain(name).and.contain(value);
        el.requestUpdate(name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()));
        await el.updateComplete;
        expect(warnings.messages, 'the same bad value warns once').to.have.length(1);
      });
    }

    it('an unreadable `today` uses the local date with one warning', async () => {
      const el = await fixture<TreatmentTimeline>(
        html`<treatment-timeline start-date="2026-03-08" today="2026-13-01"></treatment-timeline>`,
      );
      expect(el.schedule).to.deep.equal(
        computeSchedule({ startDate: '2026-03-08', today: localIsoDate(new Date()) }),
      );
      expect(currentStep(el)).not.to.equal(null);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('today').and.contain('2026-13-01');
    });

    it('wrong property types fall back without throwing', async () => {
      const el = await fixture<TreatmentTimeline>(html`<treatment-timeline></treatment-timeline>`);
      el.startDate = new Date() as unknown as string;
      el.intervalWeeks = { weeks: 12 } as unknown as number;
      el.sessions = true as unknown as number;
      el.orientation = 7 as unknown as string;
      el.clinicName = ['NorCal'] as unknown as string;
      el.today = 20260308 as unknown as string;
      await el.updateComplete;
      expect(steps(el)).to.have.length(5);
      expect(sessionWhen(el)).to.deep.equal(['Week 0', 'Week 12', 'Week 24', 'Week 36']);
      expect(steps(el)[0].textContent).to.contain('A doctor at the clinic');
      expect(warnings.messages).to.have.length(6);
      for (const name of [
        'start-date',
        'interval-weeks',
        'sessions',
        'orientation',
        'clinic-name',
        'today',
      ]) {
        expect(
          warnings.messages.filter((m) => m.includes(` ${name}=`)),
          name,
        ).to.have.length(1);
      }
    });

    it('blank values count as not given', async () => {
      const el = await fixture<TreatmentTimeline>(
        html`<treatment-timeline
          start-date=""
          today=" "
          interval-weeks=""
          sessions=""
        ></treatment-timeline>`,
      );
      expect(sessionWhen(el)).to.deep.equal(['Week 0', 'Week 12', 'Week 24', 'Week 36']);
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('layout', () => {
    it('fits 320 px without horizontal scrolling', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 320px">
          <treatment-timeline
            start-date="2026-03-08"
            today="2026-06-01"
            sessions="12"
            clinic-name="Northern California Pain Treatment Center"
          ></treatment-timeline>
        </div>`,
      );
      const el = wrapper.querySelector('treatment-timeline')!;
      expect(el.scrollWidth).to.be.at.most(320);
      const right = wrapper.getBoundingClientRect().right + 0.5;
      expect(
        timeline(el)
          .queryAll('[part="session"], [part="step"], [part="calendar-button"]')
          .every((node) => node.getBoundingClientRect().right <= right),
      ).to.equal(true);
      const button = timeline(el).calendarButton()!.getBoundingClientRect();
      expect(button.height).to.be.at.least(24);
      await expect(el).to.be.accessible();
    });

    it('mirrors the line and markers in right-to-left pages', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl" style="width: 400px">
          <treatment-timeline start-date="2026-03-08"></treatment-timeline>
        </div>`,
      );
      const el = wrapper.querySelector('treatment-timeline')!;
      const step = steps(el)[1];
      const marker = step.querySelector('[part="marker"]')!.getBoundingClientRect();
      const title = step.querySelector('[part="step-title"]')!.getBoundingClientRect();
      expect(marker.left, 'marker on the right').to.be.greaterThan(title.right - 1);
      const line = getComputedStyle(step, '::after');
      expect(line.borderRightStyle).to.equal('solid');
      expect(line.borderLeftStyle).to.equal('none');
      await expect(el).to.be.accessible();
    });

    it('draws the line with borders (visible in forced colours)', async () => {
      const el = await fixture<TreatmentTimeline>(
        html`<treatment-timeline start-date="2026-03-08" today="2026-06-01"></treatment-timeline>`,
      );
      const line = getComputedStyle(steps(el)[0], '::after');
      expect(line.borderLeftStyle).to.equal('solid');
      expect(parseFloat(line.borderLeftWidth)).to.be.at.least(2);
      expect(getComputedStyle(timeline(el).markerElements()[0]).borderTopStyle).to.equal('solid');
    });
  });

  describe('Spanish', () => {
    afterEach(async () => {
      await followDocumentLocale();
    });

    it('shows Spanish text, dates and countdowns', async () => {
      const el = await fixture<TreatmentTimeline>(
        html`<treatment-timeline start-date="2026-03-08" today="2026-03-08"></treatment-timeline>`,
      );
      await setLocale('es');
      await el.updateComplete;
      expect(timeline(el).heading()!.textContent).to.equal('Su calendario de tratamiento');
      const titles = timeline(el).stepTitles();
      expect(titles).to.have.length(5);
      // The effect title's wording changes with its translation; only its language is checked.
      expect(titles[2]).to.match(/^El efecto /);
      expect([...titles.slice(0, 2), ...titles.slice(3)]).to.deep.equal([
        'Consulta',
        'Primera sesión de tratamiento',
        'Sesiones periódicas',
        'Revisar cómo funciona',
      ]);
      expect(sessionWhen(el)).to.deep.equal([
        '8 de marzo de 2026',
        '31 de mayo de 2026',
        '23 de agosto de 2026',
        '15 de noviembre de 2026',
      ]);
      expect(timeline(el).when()[0]).to.equal('Antes del 8 de marzo de 2026');
      expect(timeline(el).sessionLabels()[0]).to.equal('Sesión 1 de 4');
      expect(timeline(el).currentLabel()).to.equal('Usted está aquí');
      expect(timeline(el).calendarButton()!.textContent!.trim()).to.equal('Añadir al calendario');
      expect(shadowText(el)).to.contain('unas 24 semanas').and.contain('al menos un 30 %');
      const countdowns: Array<[string, string]> = [
        ['2026-03-08', 'Su próxima sesión es hoy.'],
        ['2026-05-30', 'Su próxima sesión será mañana.'],
        ['2026-05-29', 'Su próxima sesión será dentro de 2 días.'],
        ['2026-04-01', 'Su próxima sesión será dentro de 60 días.'],
        [
          '2026-12-01',
          'No quedan más sesiones en este calendario. Pregunte en su clínica cuáles son los siguientes pasos.',
        ],
      ];
      for (const [today, expected] of countdowns) {
        el.today = today;
        await el.updateComplete;
        expect(status(el), today).to.equal(expected);
      }
      await expect(el).to.be.accessible();
    });

    it('shows Spanish week labels and the clinic sentence', async () => {
      await setLocale('es');
      const el = await fixture<TreatmentTimeline>(
        html`<treatment-timeline clinic-name="Clínica Norte"></treatment-timeline>`,
      );
      expect(sessionWhen(el)).to.deep.equal(['Semana 0', 'Semana 12', 'Semana 24', 'Semana 36']);
      expect(steps(el)[0].textContent).to.contain('Un médico de Clínica Norte revisa');
      expect(timeline(el).when()[0]).to.equal('Antes de su primera sesión');
    });
  });

  describe('plural rules', () => {
    afterEach(() => setLocale('en'));

    it('picks the message for the plural form of the active language', async () => {
      // In Russian, 21 is singular. A language registered without its own wording shows the
      // English text of the singular form.
      registerLocale('ru', {});
      await setLocale('ru');
      const el = await fixture<TreatmentTimeline>(
        html`<treatment-timeline start-date="2026-03-08" today="2026-02-15"></treatment-timeline>`,
      );
      expect(status(el)).to.equal('Your next session is in 21 day.');
      el.today = '2026-02-14';
      await el.updateComplete;
      expect(status(el)).to.equal('Your next session is in 22 days.');
    });
  });
});
