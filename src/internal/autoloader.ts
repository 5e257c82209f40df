/** Loads one element's class on demand. */
export type ElementLoader = () => Promise<CustomElementConstructor>;

/**
 * Loads the elements in `loaders` as their tags appear in the document, and registers each with
 * `define`: those on the page now, and any added later (by a CMS, a framework, or
 * `document.createElement` followed by insertion). A page pays only for the elements it uses; a
 * tag already defined (by another copy of the library) is not loaded again. Returns a function
 * that loads one tag at once, for elements that live where the document observer cannot see
 * (another component's shadow root). Does nothing where there is no DOM.
 *
 * It imports nothing: the script tag's entry shares no module with the chunks it loads.
 */
export function autoload(
  loaders: Readonly<Record<string, ElementLoader>>,
  define: (tag: string, ctor: CustomElementConstructor) => void | Promise<void>,
): (tag: string) => Promise<void> {
  const pending = new Map<string, Promise<void>>();
  const load = (tag: string): Promise<void> => {
    const loader = loaders[tag];
    if (!loader || typeof customElements === 'undefined' || customElements.get(tag)) {
      return Promise.resolve();
    }
    let done = pending.get(tag);
    if (!done) {
      done = loader().then(
        (ctor) => define(tag, ctor),
        (error: unknown) => {
          pending.delete(tag);
          console.warn(`[botox-migraine-widgets] could not load <${tag}>: ${String(error)}`);
        },
      );
      pending.set(tag, done);
    }
    return done;
  };
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined') return load;
  const selector = Object.keys(loaders).join(',');
  const scan = (root: ParentNode) => {
    for (const element of root.querySelectorAll(selector)) void load(element.localName);
  };
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const element = node as Element;
        if (Object.hasOwn(loaders, element.localName)) void load(element.localName);
        scan(element);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  scan(document);
  return load;
}
