import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/define.js';
import { tokenArgTypes } from './arg-types.js';

/**
 * Themes through the public `--bmw-*` custom properties (see the README's Theming section),
 * set once for the page: every widget reads the same tokens.
 */
const meta: Meta = {
  title: 'Theming/Tokens',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

const page = (tokens: Record<string, unknown>) =>
  html`<div
    style=${styleMap({
      display: 'grid',
      gap: '1.5rem',
      ...Object.fromEntries(
        Object.entries(tokens).filter(([name, value]) => name.startsWith('--') && value),
      ),
    })}
  >
    <benefits-list layout="grid" items="relief,not-a-pill,daily-life"></benefits-list>
    <treatment-timeline
      start-date="2026-03-02"
      today="2026-04-20"
      clinic-name="NorCal Pain Treatment Center"
      compact
    ></treatment-timeline>
    <botox-candidacy-check
      mode="form"
      clinic-name="NorCal Pain Treatment Center"
    ></botox-candidacy-check>
  </div>`;

/**
 * Every public token as a control: change a colour, the radius or the font and the three
 * widgets follow. With every control empty, this is the built-in look: calm teal on white
 * (the dark values follow the colour scheme).
 */
export const LiveTokens: Story = {
  argTypes: tokenArgTypes(),
  render: (args) => page(args),
};

/** A warm clinic brand: terracotta accent, cream cards, a serif font, softer corners. */
export const WarmClinicBrand: Story = {
  render: () =>
    page({
      '--bmw-accent': '#9a3b1b',
      '--bmw-accent-soft': '#fbe7dc',
      '--bmw-accent-contrast': '#ffffff',
      '--bmw-surface': '#fffaf3',
      '--bmw-surface-raised': '#f7ecdf',
      '--bmw-border': '#dcc3ab',
      '--bmw-text': '#2b1d14',
      '--bmw-text-muted': '#5e4636',
      '--bmw-focus': '#1d4ed8',
      '--bmw-dark-accent': '#f0a37f',
      '--bmw-dark-accent-soft': '#4a2a1c',
      '--bmw-dark-accent-contrast': '#1f0e07',
      '--bmw-dark-surface': '#1f1712',
      '--bmw-dark-surface-raised': '#2c211a',
      '--bmw-dark-border': '#6d5443',
      '--bmw-font': "Georgia, 'Times New Roman', serif",
      '--bmw-radius': '1.25rem',
    }),
};

/** High contrast: black on white, heavy borders, a strong focus ring (white on black in dark). */
export const HighContrast: Story = {
  render: () =>
    page({
      '--bmw-accent': '#000000',
      '--bmw-accent-soft': '#ffffff',
      '--bmw-accent-contrast': '#ffffff',
      '--bmw-surface': '#ffffff',
      '--bmw-surface-raised': '#ffffff',
      '--bmw-border': '#000000',
      '--bmw-text': '#000000',
      '--bmw-text-muted': '#000000',
      '--bmw-focus': '#c00000',
      '--bmw-dark-accent': '#ffffff',
      '--bmw-dark-accent-soft': '#000000',
      '--bmw-dark-accent-contrast': '#000000',
      '--bmw-dark-surface': '#000000',
      '--bmw-dark-surface-raised': '#000000',
      '--bmw-dark-border': '#ffffff',
      '--bmw-dark-text': '#ffffff',
      '--bmw-dark-text-muted': '#ffffff',
      '--bmw-dark-focus': '#ffd400',
      '--bmw-radius': '0',
    }),
};
