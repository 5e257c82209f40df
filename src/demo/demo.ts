/**
 * The demo clinic page: registers the three widgets and wires the page's own controls — the
 * language (sets `<html lang>` and `dir`; the widgets follow), the colours (the widgets' `theme`
 * attribute and the page's own palette) and the first treatment date (the timeline's
 * `start-date`). Nothing is stored or sent.
 */
import '../define.js';

const WIDGETS = 'botox-candidacy-check, treatment-timeline, benefits-list';
const RIGHT_TO_LEFT = new Set(['ar']);

const root = document.documentElement;
const language = document.querySelector<HTMLSelectElement>('#language')!;
const theme = document.querySelector<HTMLSelectElement>('#theme')!;
const startDate = document.querySelector<HTMLInputElement>('#start-date')!;
const languageNote = document.querySelector<HTMLElement>('#language-note')!;

function showLanguage(code: string): void {
  root.lang = code;
  root.dir = RIGHT_TO_LEFT.has(code) ? 'rtl' : 'ltr';
  const name = language.selectedOptions[0]?.textContent ?? code;
  languageNote.textContent =
    code === 'en'
      ? ''
      : `The interactive tools on this page are now in ${name}. The rest of this demo page is written in English only.`;
}

function showTheme(value: string): void {
  if (value === 'auto') delete root.dataset.theme;
  else root.dataset.theme = value;
  for (const widget of document.querySelectorAll(WIDGETS)) widget.setAttribute('theme', value);
}

function showStartDate(value: string): void {
  const timeline = document.querySelector('treatment-timeline')!;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) timeline.setAttribute('start-date', value);
  else timeline.removeAttribute('start-date');
}

// Form controls may keep their values across a reload: start from what they show.
language.addEventListener('change', () => showLanguage(language.value));
theme.addEventListener('change', () => showTheme(theme.value));
startDate.addEventListener('input', () => showStartDate(startDate.value));
showLanguage(language.value);
showTheme(theme.value);
showStartDate(startDate.value);
