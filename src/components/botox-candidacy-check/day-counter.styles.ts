import { css } from 'lit';

/**
 * The headache-day counter of `<botox-candidacy-check>`: its grid of days and the total (and
 * `.sr`, the visually hidden text the counter and the element's live region use). Part of
 * {@link candidacyStyles}, whose file keeps the order of all rules.
 */
export const counterStyles = css`
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
`;
