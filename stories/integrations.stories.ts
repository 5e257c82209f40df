import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { SAMPLE_LOCALE } from './story-globals.js';

/**
 * The widgets as the WordPress plugin and the clinic studio put them on a page (README:
 * "WordPress", "Clinic studio"). The markup is the one each prints.
 */
const meta: Meta = {
  title: 'Integrations/WordPress and studio',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

/**
 * `[botox_widget type="treatment-timeline" start-date="2027-01-15"]`: the plugin writes the
 * element with the shortcode's attributes, and the clinic name from Settings → Botox widgets.
 */
export const WordPressShortcode: Story = {
  name: 'WordPress shortcode',
  render: () =>
    html`<treatment-timeline
      start-date="2027-01-15"
      today="2026-12-04"
      clinic-name="NorCal Pain Treatment Center"
    ></treatment-timeline>`,
};

/**
 * `[botox_widget type="candidacy-check" mode="form" clinic-name="NorCal Pain Treatment Center"
 * consultation-href="/book"]`, in the block editor's "Botox candidacy check" block as well.
 */
export const WordPressBlock: Story = {
  name: 'WordPress block',
  render: () =>
    html`<botox-candidacy-check
      mode="form"
      clinic-name="NorCal Pain Treatment Center"
      consultation-href="/book"
    ></botox-candidacy-check>`,
};

/**
 * A language the clinic added in the studio (or uploaded in WordPress): the studio's language
 * file, given to `registerLocale`. Here, the complete Vietnamese example.
 */
export const StudioAddedLanguage: Story = {
  render: () =>
    html`<benefits-list layout="grid" items="relief,not-a-pill,daily-life"></benefits-list>`,
  globals: { locale: SAMPLE_LOCALE },
};
