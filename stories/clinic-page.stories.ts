import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { SAMPLE_LOCALE } from './story-globals.js';

/**
 * The three widgets as a clinic's article page uses them: the benefits, the self-check and the
 * timeline between the clinic's own paragraphs, in the page's font and width.
 */
const meta: Meta = {
  title: 'Pages/Clinic page',
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj;

const page = () =>
  html`<main style="max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem">
    <h1 style="font-size: 2rem; line-height: 1.2">Botox for migraines</h1>
    <p>
      NorCal Pain Treatment Center offers Botox injections for adults with chronic migraine. Here is
      what it can do, whether it may suit you, and what the treatment looks like.
    </p>
    <benefits-list layout="grid" heading-level="2"></benefits-list>
    <botox-candidacy-check
      heading-level="2"
      clinic-name="NorCal Pain Treatment Center"
      consultation-href="https://example.com/book"
    ></botox-candidacy-check>
    <treatment-timeline
      heading-level="2"
      start-date="2026-03-08"
      today="2026-04-01"
      clinic-name="NorCal Pain Treatment Center"
    ></treatment-timeline>
    <p style="font-size: 0.9rem">
      This page gives general information. Your doctor will decide with you whether Botox is right
      for you.
    </p>
  </main>`;

/** The article page, in the toolbar's language and colour scheme. */
export const ArticlePage: Story = { render: page };

/** The same page in Arabic: everything reads right to left. */
export const ArticlePageArabic: Story = { render: page, globals: { locale: 'ar' } };

/** The same page in a language the clinic added (`registerLocale`): Vietnamese. */
export const ArticlePageAddedLanguage: Story = {
  render: page,
  globals: { locale: SAMPLE_LOCALE },
};
