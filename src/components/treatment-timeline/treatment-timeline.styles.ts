import { css } from 'lit';

/*
 * The line and markers use borders (not backgrounds) so they stay visible in forced colours, and
 * logical properties only, so they mirror in right-to-left pages. `--_m` is the marker size.
 */
export const treatmentTimelineStyles = css`
  :host {
    padding: var(--_gap);
  }

  .base {
    --_m: 2rem;
    overflow-wrap: anywhere;
  }

  .heading {
    margin: 0 0 var(--_gap);
    font-size: 1.375em;
    line-height: 1.25;
  }

  .status {
    margin: 0 0 var(--_gap);
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_soft);
    font-weight: 700;
  }

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
  }

  .step {
    position: relative;
    padding-block-end: var(--_gap);
    padding-inline-start: calc(var(--_m) + var(--_gap) * 0.75);
    min-block-size: calc(var(--_m) + var(--_gap));
  }

  .step:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(var(--_m) / 2 - 1px);
    inset-block: calc(var(--_m) + 0.25rem) 0.25rem;
    border-inline-start: 2px solid var(--_line, var(--_border));
  }

  .done {
    --_line: var(--_accent);
  }

  .marker {
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0;
    display: grid;
    place-items: center;
    inline-size: var(--_m);
    block-size: var(--_m);
    border: 2px solid var(--_accent);
    border-radius: 50%;
    background: var(--_surface);
    font-weight: 700;
  }

  .done .marker {
    background: var(--_soft);
  }

  .current .marker {
    background: var(--_accent);
    color: var(--_on-accent);
    box-shadow: 0 0 0 4px var(--_soft);
  }

  .step-title {
    margin: 0;
    padding-block-start: 0.3rem;
    font-size: 1.0625em;
    line-height: 1.25;
  }

  .here {
    display: inline-block;
    margin: 0.25rem 0;
    padding: 0 0.5rem;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    font-weight: 700;
    font-size: 0.875em;
  }

  .when,
  .note,
  .hint {
    margin: 0;
    color: var(--_muted);
  }

  .when {
    font-weight: 700;
  }

  .description {
    margin: 0.25em 0 0;
  }

  .sessions {
    list-style: none;
    margin: 0.5rem 0 0;
    padding: 0.25rem 0.75rem;
    background: var(--_raised);
    border-radius: calc(var(--_radius) / 2);
  }

  .session {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    column-gap: 1rem;
    padding-block: 0.25rem;
  }

  .session + .session {
    border-block-start: 1px solid var(--_border);
  }

  .session-when {
    font-weight: 700;
  }

  .note,
  .hint {
    font-size: 0.9375em;
  }

  .calendar {
    margin-block-start: var(--_gap);
  }

  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    margin-block-end: 0.5rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }

  .button svg {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  .compact .step {
    padding-block-end: calc(var(--_gap) / 2);
  }

  .compact .sessions {
    margin-block-start: 0.25rem;
  }

  /* Horizontal only where there is room; narrower containers keep the vertical line. */
  .horizontal {
    container-type: inline-size;
  }

  @container (min-width: 48rem) {
    .horizontal .list {
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      column-gap: var(--_gap);
    }

    .horizontal .step {
      padding-inline-start: 0;
      padding-block-start: calc(var(--_m) + var(--_gap) * 0.5);
    }

    .horizontal .step:not(:last-child)::after {
      inset-block: calc(var(--_m) / 2 - 1px) auto;
      inset-inline: calc(var(--_m) + 0.25rem) calc(0.25rem - var(--_gap));
      border-inline-start: 0;
      border-block-start: 2px solid var(--_line, var(--_border));
    }
  }

  @media (forced-colors: active) {
    .marker,
    .here {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .current .marker {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .step {
      --_line: CanvasText;
    }
    .status {
      border-color: CanvasText;
    }
    .button {
      border-color: ButtonText;
    }
  }
`;
