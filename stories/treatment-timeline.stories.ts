import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/treatment-timeline/define.js';

interface Args {
  startDate?: string;
  intervalWeeks: number;
  sessions: number;
  today?: string;
  clinicName?: string;
  orientation: 'vertical' | 'horizontal';
  compact: boolean;
  hideCalendar: boolean;
  heading?: string;
  headingLevel: number;
  theme: 'auto' | 'light' | 'dark';
}

/** The first session date used by the dated stories; `today` is fixed so they never change. */
const START = '2026-03-08';

const meta: Meta<Args> = {
  title: 'Elements/treatment-timeline',
  component: 'treatment-timeline',
  args: {
    intervalWeeks: 12,
    sessions: 4,
    orientation: 'vertical',
    compact: false,
    hideCalendar: false,
    headingLevel: 2,
    theme: 'auto',
  },
  argTypes: {
    startDate: { control: 'text', description: 'First session, YYYY-MM-DD' },
    today: { control: 'text', description: 'Today, YYYY-MM-DD (default: the local date)' },
    intervalWeeks: { control: { type: 'number', min: 12, max: 52 } },
    sessions: { control: { type: 'number', min: 1, max: 12 } },
    clinicName: { control: 'text' },
    orientation: { control: 'inline-radio', options: ['vertical', 'horizontal'] },
    heading: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args) =>
    html`<treatment-timeline
      start-date=${args.startDate ?? nothing}
      interval-weeks=${args.intervalWeeks}
      sessions=${args.sessions}
      today=${args.today ?? nothing}
      clinic-name=${args.clinicName ?? nothing}
      orientation=${args.orientation}
      ?compact=${args.compact}
      ?hide-calendar=${args.hideCalendar}
      heading=${args.heading ?? nothing}
      heading-level=${args.headingLevel}
      theme=${args.theme}
    ></treatment-timeline>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The general timeline from the article, in weeks, before anyone has a date. */
export const General: Story = {};

/** The person's own dates: the current step, a countdown and "Add to calendar". */
export const PersonalDates: Story = { args: { startDate: START, today: '2026-04-01' } };

/** Before the first session: the consultation is the current step. */
export const BeforeFirstSession: Story = { args: { startDate: START, today: '2026-02-20' } };

/** The day of the first session. */
export const FirstSessionDay: Story = { args: { startDate: START, today: START } };

/** Between the first and second sessions, while the effect may build. */
export const EffectBuilding: Story = { args: { startDate: START, today: '2026-05-30' } };

/** After the second session: repeat sessions. */
export const RepeatSessions: Story = { args: { startDate: START, today: '2026-06-10' } };

/** On the review date, after two sessions. */
export const Review: Story = { args: { startDate: START, today: '2026-08-23' } };

/** After the last session on the timeline. */
export const AfterLastSession: Story = { args: { startDate: START, today: '2026-12-01' } };

/** Steps side by side where there is room (48rem or more); narrower, they stack again. */
export const Horizontal: Story = {
  args: { startDate: START, today: '2026-04-01', orientation: 'horizontal', compact: true },
};

/** Steps stacked along a vertical line (the default). */
export const Vertical: Story = {
  args: { startDate: START, today: '2026-04-01', orientation: 'vertical' },
};

/** Titles, dates and sessions only. */
export const Compact: Story = { args: { startDate: START, today: '2026-04-01', compact: true } };

/** Without the calendar button. */
export const HideCalendar: Story = {
  args: { startDate: START, today: '2026-04-01', hideCalendar: true },
};

/** A clinic's name, heading, interval and colours (public custom properties). */
export const ClinicBranded: Story = {
  render: () =>
    html`<treatment-timeline
      theme="light"
      start-date=${START}
      today="2026-04-01"
      sessions="6"
      clinic-name="NorCal Pain Treatment Center"
      heading="Your Botox plan at NorCal Pain"
      heading-level="3"
      style="--bmw-accent: #7a2e8f; --bmw-accent-soft: #f3e6f7; --bmw-surface-raised: #fffaf3; --bmw-radius: 4px; --bmw-font: Georgia, serif"
    ></treatment-timeline>`,
};

/** In Spanish, whatever the toolbar says. */
export const Spanish: Story = {
  args: { startDate: START, today: '2026-05-29' },
  globals: { locale: 'es' },
};

/** Right-to-left layout (the page's `dir`): the line and markers move to the right. */
export const RightToLeft: Story = {
  args: { startDate: START, today: '2026-04-01' },
  render: (args) => html`<div dir="rtl">${meta.render!(args, {} as never)}</div>`,
};

/** The narrowest supported width: 320 px, with twelve sessions. */
export const Narrow: Story = {
  args: { startDate: START, today: '2026-04-01', sessions: 12 },
  render: (args) => html`<div style="width: 320px">${meta.render!(args, {} as never)}</div>`,
};
