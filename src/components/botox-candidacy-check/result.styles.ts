import { css } from 'lit';

/**
 * The result of `<botox-candidacy-check>`: the summary of the outcome, the undo bar, the
 * criteria, the notes, the call to action and the list of answers. Part of
 * {@link candidacyStyles}, whose file keeps the order of all rules.
 */
export const resultStyles = css`
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
`;
