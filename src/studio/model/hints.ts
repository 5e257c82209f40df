/**
 * Each option's label, hint and value names in words for a clinic (the manifest's descriptions
 * are written for developers). Keyed by attribute name, or `tag attribute` where one element
 * means something else; test/studio-model.test.ts checks that every option has one.
 */
export interface OptionHint {
  label: string;
  hint: string;
  /** Names of enum values or list keys, where the key is not plain English. */
  values?: Record<string, string>;
}

const THEME: OptionHint = {
  label: 'Colour scheme',
  hint: 'Automatic follows each visitor’s light or dark setting. Choose Light or Dark to match your site.',
  values: { auto: 'Automatic', light: 'Light', dark: 'Dark' },
};
const HEADING_LEVEL: OptionHint = {
  label: 'Heading level',
  hint: 'Fits the widget into your page’s outline: 2 when it sits under the page title (h1), 3 inside a section, and so on.',
};

export const OPTION_HINTS: Record<string, OptionHint> = {
  theme: THEME,
  'heading-level': HEADING_LEVEL,
  'clinic-name': {
    label: 'Clinic name',
    hint: 'Your clinic’s name, as patients know it.',
  },
  'botox-candidacy-check checks': {
    label: 'Optional questions',
    hint: 'Age and the safety questions are always asked. Switch this on to choose which of the other questions to ask.',
  },
  'botox-candidacy-check mode': {
    label: 'Layout',
    hint: 'One question at a time, or all questions on one page with the result updating as people answer.',
    values: { steps: 'One question at a time', form: 'All questions at once' },
  },
  'botox-candidacy-check heading': {
    label: 'Heading',
    hint: 'Empty: “Is Botox for me?” in the widget’s language.',
  },
  'botox-candidacy-check consultation-href': {
    label: 'Booking link',
    hint: 'Where patients book a consultation: a web address (https://…), an email (mailto:…) or a phone number (tel:…).',
  },
  'treatment-timeline start-date': {
    label: 'First session date',
    hint: 'Usually left empty on a clinic page: the timeline then shows weeks. With a date it shows each session’s date.',
  },
  'treatment-timeline interval-weeks': {
    label: 'Weeks between sessions',
    hint: '12 or more: Botox for migraine is repeated about every 12 weeks, never sooner.',
  },
  'treatment-timeline sessions': {
    label: 'Sessions to show',
    hint: 'How many treatment sessions the timeline lists.',
  },
  'treatment-timeline orientation': {
    label: 'Direction',
    hint: 'Across the page needs room: on narrow screens the timeline runs down the page anyway.',
    values: { vertical: 'Down the page', horizontal: 'Across the page' },
  },
  'treatment-timeline compact': {
    label: 'Compact',
    hint: 'Only titles, dates and sessions, without the explanations.',
  },
  'treatment-timeline hide-calendar': {
    label: 'Hide “Add to calendar”',
    hint: 'Hides the button that saves the dates to a calendar.',
  },
  'treatment-timeline heading': {
    label: 'Heading',
    hint: 'Empty: the usual heading in the widget’s language.',
  },
  'benefits-list items': {
    label: 'Benefits to show',
    hint: 'Switch this on to choose which benefits to list.',
  },
  'benefits-list layout': {
    label: 'Layout',
    hint: 'One column, or cards side by side where there is room.',
    values: { list: 'One column', grid: 'Cards' },
  },
  'benefits-list heading': {
    label: 'Heading',
    hint: 'Empty: the usual heading in the widget’s language.',
  },
  'benefits-list hide-safety-note': {
    label: 'Hide the safety note',
    hint: 'Only when the page gives the same safety information right beside the list.',
  },
  'benefits-list expandable': {
    label: 'Titles only, open to read',
    hint: 'Shows the titles; each explanation opens when a patient selects it.',
  },
};

/** The hint of an element's option, or `undefined` when it has none yet. */
export const optionHint = (tag: string, name: string): OptionHint | undefined =>
  OPTION_HINTS[`${tag} ${name}`] ?? OPTION_HINTS[name];
