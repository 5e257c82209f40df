import { css } from 'lit';
import { questionStyles } from './questions.styles.js';
import { counterStyles } from './day-counter.styles.js';
import { resultStyles } from './result.styles.js';

/**
 * The styles of `<botox-candidacy-check>`, one stylesheet in this order: the colours of its
 * messages, the questions and navigation, the headache-day counter, the result, then the
 * forced-colours and print rules that span all of them.
 */
export const candidacyStyles = css`
  :host {
    /* Validation messages: red mixed with the text colour, so it stays readable in both schemes. */
    --_error: var(--bmw-error, color-mix(in srgb, #d4351c 55%, var(--_text)));
    /* "Talk to the doctor first": amber mixed with the text colour, likewise. */
    --_caution: var(--bmw-caution, color-mix(in srgb, #b86e00 60%, var(--_text)));
  }

  ${questionStyles}

  ${counterStyles}

  ${resultStyles}

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

/** The shell around the questions and the result: padding, the title and the introduction. */
export const shellStyles = css`
  :host {
    padding: var(--_gap);
  }
  .heading {
    margin: 0 0 0.5rem;
    font-size: 1.375em;
    line-height: 1.25;
  }
  .intro {
    margin: 0 0 0.75rem;
    color: var(--_muted);
  }
`;
