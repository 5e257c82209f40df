import { css } from 'lit';

export const candidacyStyles = css`
  :host {
    /* Validation messages: red mixed with the text colour, so it stays readable in both schemes. */
    --_error: var(--bmw-error, color-mix(in srgb, #d4351c 55%, var(--_text)));
    /* "Talk to the doctor first": amber mixed with the text colour, likewise. */
    --_caution: var(--bmw-caution, color-mix(in srgb, #b86e00 60%, var(--_text)));
  }

  .hint {
    margin: 0 0 0.75rem;
    color: var(--_muted);
  }

  .question,
  .result,
  .counter {
    margin: 0 0 var(--_gap);
    padding: var(--_gap);
    min-inline-size: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
    overflow-wrap: anywhere;
  }

  .legend {
    float: left;
    inline-size: 100%;
    margin: 0 0 0.5rem;
    padding: 0;
    font-weight: 700;
    font-size: 1.125em;
  }

  .legend + * {
    clear: both;
  }

  .progress {
    display: block;
    font-size: 0.875rem;
    font-weight: 400;
    color: var(--_muted);
  }

  .bar {
    display: block;
    inline-size: 100%;
    block-size: 0.5rem;
    margin: 0 0 0.75rem;
    accent-color: var(--_accent);
  }

  .error {
    margin: 0 0 0.5rem;
    color: var(--_error);
    font-weight: 700;
  }

  .field {
    margin: 0 0 0.75rem;
  }

  .field label,
  .copy-text {
    display: block;
    font-weight: 600;
    margin: 0 0 0.25rem;
  }

  .number,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_muted);
    border-radius: 0.375rem;
    padding: 0.375rem 0.5rem;
  }

  .number {
    inline-size: 6em;
    min-block-size: 2.75rem;
  }

  textarea {
    display: block;
    inline-size: 100%;
    font-weight: 400;
  }

  [aria-invalid='true'].number {
    border-color: var(--_error);
  }

  .choice {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    min-block-size: 2.75rem;
    margin: 0 0 0.5rem;
    padding: 0.625rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_surface);
    cursor: pointer;
  }

  .choice:has(:checked) {
    border-color: var(--_accent);
    background: var(--_soft);
  }

  .choice input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  .none {
    margin-block-start: 1rem;
  }

  .nav,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }

  .actions,
  .result > .nav {
    margin-block-start: var(--_gap);
  }

  .actions p {
    flex-basis: 100%;
    margin: 0;
  }

  button,
  .cta a {
    font: inherit;
    min-block-size: 2.75rem;
    padding: 0.5rem 1.25rem;
    border: 2px solid transparent;
    border-radius: calc(var(--_radius) / 1.5);
    cursor: pointer;
  }

  .primary,
  .cta a {
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }

  .nav .primary {
    margin-inline-start: auto;
  }

  .secondary {
    background: var(--_surface);
    color: var(--_text);
    border-color: var(--_muted);
  }

  .link {
    padding-inline: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
  }

  .counter {
    margin-block: 0.75rem 0;
    background: var(--_surface);
  }

  .counter-title,
  .total {
    margin: 0 0 0.25rem;
    font-weight: 700;
  }

  .days,
  .row {
    display: grid;
    gap: 0.25rem;
    overflow-wrap: normal;
    white-space: nowrap;
  }

  .row {
    grid-template-columns: repeat(7, minmax(0, 1fr));
  }

  .weekdays {
    font-size: 0.75rem;
    text-align: center;
    color: var(--_muted);
  }

  .weekdays span {
    overflow: hidden;
  }

  .day {
    display: grid;
    place-content: center;
    inline-size: 100%;
    padding: 0.25rem 0;
    line-height: 1.1;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_muted);
  }

  .day small {
    display: block;
    font-size: 0.7em;
  }

  .sr {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .day[aria-current='date'] {
    border-width: 3px;
  }

  .day[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
    font-weight: 700;
    text-decoration: underline;
  }

  .total {
    margin-block: 0.75rem;
  }

  /* The first screen of the result: one look at the outcome, its icon, colour and next step. */
  .summary {
    --_tone: var(--_accent);
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    padding: 0.75rem;
    border: 2px solid var(--_tone);
    border-inline-start-width: 0.5rem;
    border-radius: calc(var(--_radius) / 1.5);
    background: color-mix(in srgb, var(--_tone) 10%, var(--_surface));
  }

  .summary-discuss {
    --_tone: var(--_caution);
    border-style: dashed;
    border-inline-start-style: solid;
  }

  .summary-unlikely {
    --_tone: var(--_error);
    border-style: double;
    border-width: 4px;
    border-inline-start-width: 0.5rem;
  }

  .summary-incomplete {
    --_tone: var(--_muted);
    border-style: dotted;
    border-inline-start-style: solid;
    background: var(--_surface);
  }

  .outcome-icon {
    flex: none;
    color: var(--_tone);
  }

  .outcome-icon svg {
    display: block;
    inline-size: 2.25rem;
    block-size: 2.25rem;
  }

  /* Narrow screens: the icon goes above the words, which keep the whole width. */
  .summary {
    flex-wrap: wrap;
  }

  .summary-body {
    flex: 1 1 16rem;
    min-inline-size: 0;
  }

  .outcome {
    margin: 0 0 0.25rem;
    font-size: 1.25em;
    line-height: 1.3;
  }

  .explanation,
  .next {
    margin: 0 0 0.5rem;
  }

  .next {
    font-weight: 600;
  }

  .summary .cta {
    margin: 0.75rem 0 0;
  }

  .points-heading {
    margin: var(--_gap) 0 0.5rem;
    font-size: 1em;
    line-height: 1.3;
  }

  .undo {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    align-items: center;
    margin: 0 0 var(--_gap);
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_surface);
  }

  .undo[hidden] {
    display: none;
  }

  .undo p {
    margin: 0;
  }

  /* "Start again" stands apart from "Change my answers", at the far end, behind a rule. */
  .result > .nav {
    padding-block-start: var(--_gap);
    border-block-start: 1px solid var(--_border);
  }

  .nav .restart {
    margin-inline-start: auto;
  }

  .criteria {
    list-style: none;
    display: grid;
    gap: 0.75rem;
    margin: var(--_gap) 0;
    padding: 0;
  }

  .criterion {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_surface);
  }

  .status-icon svg,
  .note svg {
    display: block;
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
  }

  .met .status-icon {
    color: var(--_accent);
  }

  .not-met .status-icon,
  .not-met .status {
    color: var(--_error);
  }

  .discuss .status-icon,
  .discuss .status {
    color: var(--_caution);
  }

  .unknown .status-icon {
    color: var(--_muted);
  }

  .criterion-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin: 0;
    font-weight: 700;
  }

  .status {
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    border-radius: 1rem;
    font-size: 0.875em;
    font-weight: 600;
  }

  .met .status {
    color: var(--_accent);
  }

  .unknown .status {
    color: var(--_muted);
  }

  .reason,
  .flags {
    margin: 0.25rem 0 0;
  }

  .flags li + li {
    margin-block-start: 0.375rem;
  }

  .flag-label,
  .flag-status {
    font-weight: 600;
  }

  .flag-status {
    display: block;
    font-size: 0.875em;
  }

  .flag.not-met .flag-status {
    color: var(--_error);
  }

  .flag.discuss .flag-status {
    color: var(--_caution);
  }

  .flag-reason {
    display: block;
  }

  .flags,
  dd ul {
    padding-inline-start: 1.25rem;
  }

  .note {
    display: flex;
    gap: 0.5rem;
    margin: var(--_gap) 0;
    font-weight: 600;
  }

  .cta a {
    display: inline-flex;
    align-items: center;
    text-decoration: none;
  }

  .answers-heading {
    margin: var(--_gap) 0 0.5rem;
    font-size: 1em;
    line-height: 1.3;
  }

  dl,
  dd,
  dd ul {
    margin: 0;
  }

  dl div {
    padding: 0.375rem 0;
    border-block-end: 1px solid var(--_border);
  }

  dt {
    font-weight: 600;
  }

  .mode-form .answers {
    display: none;
  }

  @media (forced-colors: active) {
    .question,
    .result,
    .counter,
    .choice,
    .criterion,
    .summary,
    .undo,
    .day {
      border-color: CanvasText;
    }
    .outcome-icon {
      color: CanvasText;
    }
    .day[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }

  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    button,
    .nav,
    .bar,
    .counter,
    .copy-status,
    .copy-text,
    .mode-form .questions {
      display: none !important;
    }
    .mode-form .answers {
      display: block;
    }
    .cta a {
      color: #000;
      background: none;
      padding: 0;
    }
    .cta a::after {
      content: ' (' attr(href) ')';
    }
  }
`;
