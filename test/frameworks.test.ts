/**
 * The package used from React 19, Vue 3 and Svelte 5 apps, as an app that ran
 * `npm install botox-migraine-widgets` would: each app (test/frameworks/<name>/) imports
 * `botox-migraine-widgets/define.js` by name — resolved through package.json "exports" to
 * dist/npm, with `lit` shared from node_modules — and is built by Vite into
 * dist/frameworks/<name>/. Each test loads a built app in a frame and checks that the framework's
 * attributes, rich properties and event listeners reach the elements, and that a person's input
 * comes back to the framework code.
 *
 * Needs `npm run build` and then `node scripts/build-frameworks.mjs`.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BenefitsList, BotoxCandidacyCheck, TreatmentTimeline } from '../src/index.js';
import { shadowText, waitUntil } from './helpers.js';

const FRAMEWORKS = ['react', 'vue', 'svelte'] as const;

interface App {
  doc: Document;
  win: Window & { litElementVersions?: string[]; litHtmlVersions?: string[] };
  benefits: BenefitsList;
  check: BotoxCandidacyCheck;
  timeline: TreatmentTimeline;
}

async function load(name: string): Promise<App> {
  const page = `/dist/frameworks/${name}/index.html`;
  const response = await fetch(page, { method: 'HEAD' });
  if (!response.ok) {
    throw new Error(
      `${page} is missing: run \`npm run build\`, then \`node scripts/build-frameworks.mjs\``,
    );
  }
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = page;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as App['win'];
  await waitUntil(
    () =>
      ['benefits-list', 'botox-candidacy-check', 'treatment-timeline'].every(
        (tag) => win.customElements.get(tag) && doc.querySelector(tag)?.shadowRoot,
      ),
    `${name}: the app rendered all three elements and they upgraded`,
  );
  // As an app would: wait until each element has rendered (the self-check's result is a chunk
  // of its own, loaded before the form-mode check first renders).
  for (const tag of ['benefits-list', 'botox-candidacy-check', 'treatment-timeline']) {
    await (doc.querySelector(tag) as unknown as { updateComplete: Promise<unknown> })
      .updateComplete;
  }
  return {
    doc,
    win,
    benefits: doc.querySelector('benefits-list')!,
    check: doc.querySelector('botox-candidacy-check')!,
    timeline: doc.querySelector('treatment-timeline')!,
  };
}

const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

/** The lines the app's own code wrote after receiving each event. */
const eventLog = (app: App) => texts(app.doc, '#events li');

for (const name of FRAMEWORKS) {
  describe(`${name} app (dist/frameworks/${name})`, () => {
    afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

    it('renders all three elements, with one shared copy of Lit', async () => {
      const app = await load(name);
      await waitUntil(() => texts(app.benefits.shadowRoot!, '[part="title"]').length > 0, 'titles');
      expect(shadowText(app.benefits)).to.contain('Why patients choose Botox');
      expect(shadowText(app.check)).to.contain('headache');
      expect(shadowText(app.timeline)).to.contain('Add to calendar');
      expect(app.win.litElementVersions, 'LitElement loaded once').to.have.length(1);
      expect(app.win.litHtmlVersions, 'lit-html loaded once').to.have.length(1);
      expect(app.doc.querySelector('h1')!.textContent!.toLowerCase()).to.equal(name);
    });

    it('applies attributes: the clinic name, the booking link, the grid layout, the dates', async () => {
      const app = await load(name);
      const link = app.check.shadowRoot!.querySelector('[part="cta"] a')!;
      expect(link.textContent!.trim()).to.equal(
        'Book a consultation with NorCal Pain Treatment Center',
      );
      expect(link.getAttribute('href')).to.equal('/book');
      const base = app.benefits.shadowRoot!.querySelector('[part="base"]')!;
      expect([...base.classList]).to.include('layout-grid');
      expect(shadowText(app.timeline)).to.contain('A doctor at NorCal Pain Treatment Center');
      expect(app.timeline.shadowRoot!.querySelectorAll('[part="session"]')).to.have.length(3);
    });

    it('applies rich properties: the items array, the checks array and the saved answers', async () => {
      const app = await load(name);
      await waitUntil(
        () => texts(app.benefits.shadowRoot!, '[part="title"]').length === 2,
        'two benefits',
      );
      expect(texts(app.benefits.shadowRoot!, '[part="title"]')).to.deep.equal([
        'Not a daily pill',
        'Fewer, milder migraines',
      ]);
      expect(app.benefits.items, 'set as a property, not an attribute').to.be.an('array');
      expect(app.benefits.hasAttribute('items')).to.equal(false);

      expect(app.check.checks).to.deep.equal(['overuse']);
      expect(
        app.check.shadowRoot!.querySelectorAll('fieldset'),
        'no headache-duration question',
      ).to.have.length(7);
      expect(shadowText(app.check)).not.to.contain('does the headache usually last 4 hours');
      expect(shadowText(app.check), 'age is always asked').to.contain('Are you 18 or older?');
      expect(app.check.result.outcome).to.equal('likely');
      await waitUntil(
        () => texts(app.check.shadowRoot!, '[part="outcome"]').length === 1,
        'the result is shown',
      );
      expect(texts(app.check.shadowRoot!, '[part="outcome"]')).to.deep.equal([
        'Botox may be an option for you',
      ]);
      expect(app.check.answers.headacheDays).to.equal(20);
      expect(eventLog(app), 'setting properties fires no event').to.deep.equal([]);
    });

    it("hands a person's answers and the calendar request to the app's listeners", async () => {
      const app = await load(name);
      const root = app.check.shadowRoot!;

      // A click: "Not sure" about coming back every 12 weeks.
      root.querySelectorAll<HTMLInputElement>('input[name="commitment"]')[1].click();
      await waitUntil(() => eventLog(app).length === 2, 'the app shows two events');
      expect(eventLog(app)).to.deep.equal([
        'candidacy-change: discuss, 20 days, commitment unsure',
        'candidacy-complete: discuss, 20 days, commitment unsure',
      ]);

      // Typing: 5 headache days a month instead of 20, then Tab away.
      const days = root.querySelector<HTMLInputElement>('#headacheDays')!;
      days.focus();
      days.select();
      await sendKeys({ type: '5' });
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => eventLog(app).length === 4, 'the app shows four events');
      expect(eventLog(app).slice(2)).to.deep.equal([
        'candidacy-change: unlikely, 5 days, commitment unsure',
        'candidacy-complete: unlikely, 5 days, commitment unsure',
      ]);

      // The calendar button: the app receives the schedule (and cancels the download).
      app.timeline
        .shadowRoot!.querySelector<HTMLButtonElement>('[part="calendar-button"]')!
        .click();
      await waitUntil(() => eventLog(app).length === 5, 'the app shows the calendar event');
      expect(eventLog(app)[4]).to.equal(
        'timeline-calendar: botox-sessions.ics, 2026-03-02 2026-05-25 2026-08-17',
      );
    });
  });
}
