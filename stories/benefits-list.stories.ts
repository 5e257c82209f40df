import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/benefits-list/define.js';

interface Args {
  items?: string;
  layout: 'list' | 'grid';
  heading?: string;
  headingLevel: number;
  hideSafetyNote: boolean;
  expandable: boolean;
  theme: 'auto' | 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Elements/benefits-list',
  component: 'benefits-list',
  args: {
    layout: 'list',
    headingLevel: 2,
    hideSafetyNote: false,
    expandable: false,
    theme: 'auto',
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'grid'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    items: { control: 'text' },
    heading: { control: 'text' },
  },
  render: (args) =>
    html`<benefits-list
      items=${args.items ?? nothing}
      layout=${args.layout}
      heading=${args.heading ?? nothing}
      heading-level=${args.headingLevel}
      ?hide-safety-note=${args.hideSafetyNote}
      ?expandable=${args.expandable}
      theme=${args.theme}
    ></benefits-list>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The four benefits from the article, with the safety note. */
export const Default: Story = {};

/** Cards that wrap into columns on wide screens. */
export const Grid: Story = { args: { layout: 'grid' } };

/** Titles only; each explanation opens on demand. */
export const Expandable: Story = { args: { expandable: true } };

/** A clinic picks two benefits and their order. */
export const ChosenItems: Story = { args: { items: 'not-a-pill,relief' } };

/** The clinic's own heading at the level its page needs, without the safety note. */
export const ClinicHeading: Story = {
  args: { heading: 'Why our patients choose Botox', headingLevel: 3, hideSafetyNote: true },
};

/** Clinic-added items go in the default slot as `<li>` elements. */
export const ClinicItems: Story = {
  render: () =>
    html`<benefits-list items="relief,daily-life" layout="grid">
      <li>
        <strong>Evening appointments</strong><br />Injections after work, Tuesday to Thursday.
      </li>
      <li>
        <strong>Insurance help</strong><br />Our staff check your cover before your first visit.
      </li>
    </benefits-list>`,
};

/** Forced dark scheme. */
export const Dark: Story = { args: { theme: 'dark', layout: 'grid' } };

/** A clinic brand through the public custom properties. */
export const Branded: Story = {
  render: () =>
    html`<benefits-list
      theme="light"
      style="--bmw-accent: #7a2e8f; --bmw-accent-soft: #f3e6f7; --bmw-surface-raised: #fffaf3; --bmw-radius: 4px; --bmw-font: Georgia, serif"
    ></benefits-list>`,
};

/** In Spanish, whatever the toolbar says. */
export const Spanish: Story = { globals: { locale: 'es' } };

/** Right-to-left layout (the page's `dir`). */
export const RightToLeft: Story = {
  render: (args) => html`<div dir="rtl">${meta.render!(args, {} as never)}</div>`,
};

/** The narrowest supported width: 320 px. */
export const Narrow: Story = {
  args: { layout: 'grid' },
  render: (args) => html`<div style="width: 320px">${meta.render!(args, {} as never)}</div>`,
};
