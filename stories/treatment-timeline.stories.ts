import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/treatment-timeline/define.js';
import { renderWidget } from './arg-types.js';

const render = renderWidget('treatment-timeline');

/** The first session date used by the dated stories; `today` is fixed so they never change. */
const START = '2026-03-08';

const meta: Meta = {
  title: 'Elements/treatment-timeline',
  component: 'treatment-timeline',
  render,
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

/** The general timeline from the article, in weeks, before anyone has a date. */
export const General: Story = {};

/** The person's own dates: the current step, a countdown and "Add to calendar". */
export const PersonalDates: Story = { args: { 'start-date': START, today: '2026-04-01' } };

/** Before the first session: the consultation is the current step. */
export const BeforeFirstSession: Story = { args: { 'start-date': START, today: '2026-02-20' } };

/** The day of the first session. */
export const FirstSessionDay: Story = { args: { 'start-date': START, today: START } };

/** Between the first and second sessions, while the effect may build. */
export const EffectBuilding: Story = { args: { 'start-date': START, today: '2026-05-30' } };

/** After the second session: repeat sessions. */
export const RepeatSessions: Story = { args: { 'start-date': START, today: '2026-06-10' } };

/** On the review date, after two sessions. */
export const Review: Story = { args: { 'start-date': START, today: '2026-08-23' } };

/** After the last session on the timeline. */
export const AfterLastSession: Story = { args: { 'start-date': START, today: '2026-12-01' } };

/** A date that is not a date (`start-date="next Tuesday"`): the general timeline, and one console warning. */
export const UnreadableDate: Story = { args: { 'start-date': 'next Tuesday' } };

/** Steps side by side where there is room (48rem or more); narrower, they stack again. */
export const Horizontal: Story = {
  args: { 'start-date': START, today: '2026-04-01', orientation: 'horizontal', compact: true },
};

/** Steps stacked along a vertical line (the default). */
export const Vertical: Story = {
  args: { 'start-date': START, today: '2026-04-01', orientation: 'vertical' },
};

/** Titles, dates and sessions only. */
export const Compact: Story = { args: { 'start-date': START, today: '2026-04-01', compact: true } };

/** Without the calendar button. */
export const HideCalendar: Story = {
  args: { 'start-date': START, today: '2026-04-01', 'hide-calendar': true },
};

/** A clinic's name, heading, sessions and colours (public custom properties). */
export const ClinicBranded: Story = {
  args: {
    theme: 'light',
    'start-date': START,
    today: '2026-04-01',
    sessions: 6,
    'clinic-name': 'NorCal Pain Treatment Center',
    heading: 'Your Botox plan at NorCal Pain',
    'heading-level': 3,
    '--bmw-accent': '#7a2e8f',
    '--bmw-accent-soft': '#f3e6f7',
    '--bmw-surface-raised': '#fffaf3',
    '--bmw-radius': '4px',
    '--bmw-font': 'Georgia, serif',
  },
};

/** In Spanish, whatever the toolbar says. */
export const Spanish: Story = {
  args: { 'start-date': START, today: '2026-05-29' },
  globals: { locale: 'es' },
};

/** In Arabic, right to left: the line and markers move to the right, dates in Arabic. */
export const Arabic: Story = {
  args: { 'start-date': START, today: '2026-04-01' },
  globals: { locale: 'ar' },
};

/** Right-to-left layout from the page's `dir`, in English. */
export const RightToLeft: Story = {
  args: { 'start-date': START, today: '2026-04-01' },
  render: (args) => html`<div dir="rtl">${render(args)}</div>`,
};

/** The narrowest supported width: 320 px, with twelve sessions. */
export const Narrow: Story = {
  args: { 'start-date': START, today: '2026-04-01', sessions: 12 },
  render: (args) => html`<div style="width: 320px">${render(args)}</div>`,
};
