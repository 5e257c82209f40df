/**
 * Small helpers for stories that show a state a person reaches by acting (an error after
 * "Next", a copied summary): they act on the widget as a person would, through its own buttons
 * and fields. A story's `play` runs them in Storybook; test/stories.test.ts runs them too.
 */
import type { LitElement } from 'lit';

/** The first `tag` inside the story's canvas, once it has rendered. */
export async function widgetIn<T extends LitElement = LitElement>(
  canvas: HTMLElement,
  tag: string,
): Promise<T> {
  const widget = canvas.querySelector<T>(tag);
  if (!widget) throw new Error(`the story shows no <${tag}>`);
  await widget.updateComplete;
  return widget;
}

/** Clicks the first button of the widget that matches `selector`. */
export async function clickButton(widget: LitElement, selector: string): Promise<void> {
  const button = widget.shadowRoot!.querySelector<HTMLButtonElement>(selector);
  if (!button) throw new Error(`no ${selector} in <${widget.localName}>`);
  button.click();
  await widget.updateComplete;
}

/** Types `value` into the widget's field `#id` and leaves it, as a person would. */
export async function typeInto(widget: LitElement, id: string, value: string): Promise<void> {
  const input = widget.shadowRoot!.getElementById(id) as HTMLInputElement | null;
  if (!input) throw new Error(`no #${id} in <${widget.localName}>`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await widget.updateComplete;
}

/**
 * Runs `act` while the clipboard accepts (`works`) or refuses every text, then puts the page's
 * clipboard back: the copied and the copy-failed states do not depend on the browser's
 * permission prompt.
 */
export async function withClipboard(works: boolean, act: () => Promise<void>): Promise<void> {
  const clipboard = navigator.clipboard as Clipboard | undefined;
  const stand = works
    ? () => Promise.resolve()
    : () => Promise.reject(new DOMException('Not allowed', 'NotAllowedError'));
  if (clipboard)
    Object.defineProperty(clipboard, 'writeText', { value: stand, configurable: true });
  try {
    await act();
    // The copy settles in a microtask chain; let it finish before the state is drawn.
    await new Promise((done) => setTimeout(done, 0));
  } finally {
    if (clipboard) Reflect.deleteProperty(clipboard, 'writeText');
  }
}
