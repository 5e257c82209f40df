import { css } from 'lit';

/**
 * The questions and navigation of `<botox-candidacy-check>`: the panels, legends, progress bar,
 * validation messages, number fields, choices and buttons. Part of {@link candidacyStyles}, whose
 * file keeps the order of all rules.
 */
export const questionStyles = css`
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
`;
