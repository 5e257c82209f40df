import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/benefits-list/define.js';
import { renderWidget } from './arg-types.js';

const render = renderWidget('benefits-list');

const meta: Meta = {
  title: 'Elements/benefits-list',
  component: 'benefits-list',
  render,
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

/** The four benefits from the article, with the safety note. */
export const Default: Story = {};

/** Cards that wrap into columns on wide screens. */
export const Grid: Story = { args: { layout: 'grid' } };

/** Titles only; each explanation opens on demand. */
export const Expandable: Story = { args: { expandable: true } };

/** A clinic picks two benefits and their order. */
export const ChosenItems: Story = { args: { items: ['not-a-pill', 'relief'] } };

/** The clinic's own heading at the level its page needs, without the safety note. */
export const ClinicHeading: Story = {
  args: {
    heading: 'Why our patients choose Botox',
    'heading-level': 3,
    'hide-safety-note': true,
  },
};

/** Clinic-added items go in the default slot as `<li>` elements. */
export const ClinicItems: Story = {
  args: { items: ['relief', 'daily-life'], layout: 'grid' },
  render: renderWidget(
    'benefits-list',
    html`<li>
        <strong>Evening appointments</strong><br />Injections after work, Tuesday to Thursday.
      </li>
      <li>
        <strong>Insurance help</strong><br />Our staff check your cover before your first visit.
      </li>`,
  ),
};

/** Forced dark scheme. */
export const Dark: Story = { args: { theme: 'dark', layout: 'grid' } };

/** A clinic brand through the public custom properties. */
export const Branded: Story = {
  args: {
    theme: 'light',
    '--bmw-accent': '#7a2e8f',
    '--bmw-accent-soft': '#f3e6f7',
    '--bmw-surface-raised': '#fffaf3',
    '--bmw-radius': '4px',
    '--bmw-font': 'Georgia, serif',
  },
};

/** In Spanish, whatever the toolbar says. */
export const Spanish: Story = { globals: { locale: 'es' } };

/** In Arabic, right to left, as a grid. */
export const Arabic: Story = { args: { layout: 'grid' }, globals: { locale: 'ar' } };

/** Right-to-left layout from the page's `dir`, in English. */
export const RightToLeft: Story = {
  render: (args) => html`<div dir="rtl">${render(args)}</div>`,
};

/** The narrowest supported width: 320 px. */
export const Narrow: Story = {
  args: { layout: 'grid' },
  render: (args) => html`<div style="width: 320px">${render(args)}</div>`,
};
