/**
 * The common part of the element harnesses: one element instance, its shadow root, and the few
 * queries every widget shares. As Material Web's `harness.ts`, a harness drives an element the way
 * a person does (click, type, choose) and reads what a person sees, so tests say what they do
 * instead of which node of the shadow root they touch.
 */

/** An element of this library: a Lit element with a shadow root. */
export interface Widget extends HTMLElement {
  readonly updateComplete: Promise<boolean>;
}

/** The text of `node`, white space collapsed and trimmed; '' for no node. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Resolves after the current task (timers and promise callbacks queued so far have run). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/** Wraps one element instance of this library. */
export class Harness<E extends Widget = Widget> {
  constructor(readonly element: E) {}

  /** The element's shadow root. */
  get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error(`<${this.element.localName}> has no open shadow root`);
    return root;
  }

  /** Resolves when the element has rendered its latest change. */
  async settle(): Promise<void> {
    await this.element.updateComplete;
  }

  /** The first node of the shadow root matching `selector`, or null. */
  query<T extends Element = HTMLElement>(selector: string): T | null {
    return this.root.querySelector<T>(selector);
  }

  /** Every node of the shadow root matching `selector`, in document order. */
  queryAll<T extends Element = HTMLElement>(selector: string): T[] {
    return [...this.root.querySelectorAll<T>(selector)];
  }

  /** The text (collapsed) of every node matching `selector`. */
  texts(selector: string): string[] {
    return this.queryAll(selector).map(textOf);
  }

  /** The visible text of the whole shadow root, white space collapsed. */
  text(): string {
    return textOf(this.root);
  }

  /** The wrapper around everything (part `base`). */
  base(): HTMLElement | null {
    return this.query('[part="base"]');
  }

  /** The title (part `heading`), or null when it is turned off. */
  heading(): HTMLElement | null {
    return this.query('[part="heading"]');
  }

  /** The title's text exactly as rendered (not trimmed), or null when there is none. */
  headingText(): string | null {
    return this.heading()?.textContent ?? null;
  }

  /** The focused node inside the shadow root, or null. */
  active(): HTMLElement | null {
    return this.root.activeElement as HTMLElement | null;
  }
}
