import { css } from 'lit';

export const benefitsListStyles = css`
  :host {
    padding: var(--_gap);
  }

  .heading {
    margin: 0 0 var(--_gap);
    font-size: 1.375em;
    line-height: 1.25;
  }

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_gap) * 0.75);
  }

  .layout-grid .list {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13.5rem), 1fr));
  }

  .layout-grid .item {
    flex-direction: column;
  }

  .item,
  ::slotted(li) {
    display: flex;
    gap: calc(var(--_gap) * 0.75);
    align-items: flex-start;
    margin: 0;
    padding: var(--_gap);
    background: var(--_raised);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }

  ::slotted(li) {
    display: block;
  }

  .icon {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    border-radius: 50%;
    background: var(--_soft);
    color: var(--_accent);
  }

  .icon svg {
    inline-size: 1.5rem;
    block-size: 1.5rem;
  }

  .text {
    flex: 1;
    min-inline-size: 0;
  }

  .title {
    margin: 0;
    font-weight: 700;
    font-size: 1.0625em;
  }

  .body {
    margin: 0.25em 0 0;
  }

  details {
    inline-size: 100%;
  }

  summary {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    min-block-size: 2.5rem;
    cursor: pointer;
    border-radius: calc(var(--_radius) / 2);
    list-style: none;
  }

  summary::-webkit-details-marker {
    display: none;
  }

  summary::after {
    content: '';
    flex: none;
    inline-size: 0.6em;
    block-size: 0.6em;
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: rotate(45deg);
    transition: transform 150ms ease;
    margin-inline-end: 0.25rem;
  }

  details[open] summary::after {
    transform: rotate(225deg);
  }

  .note {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    margin: var(--_gap) 0 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .note svg {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-block-start: 0.125em;
  }

  @media (forced-colors: active) {
    .item,
    ::slotted(li) {
      border-color: CanvasText;
    }
    .icon {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }
  }
`;
