import { warnOnPage, warnVersions } from '../core/page.js';

/** A custom element class that states the library version it came from. */
export interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

/**
 * Registers `ctor` under `tag` unless the tag is taken. Never throws; does nothing where there is
 * no custom element registry (server rendering without a shim). When the tag is taken, the first
 * registration wins:
 * - by a class of the same version (another copy of the library, a second script tag): silently;
 * - by another version: one warning for the page, naming the version in use and the fix;
 * - by a class that is not the library's: one warning for the tag.
 */
export function defineElement(tag: string, ctor: VersionedElement): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as VersionedElement | undefined;
  const used = existing?.version;
  if (!existing) customElements.define(tag, ctor);
  else if (used !== ctor.version) {
    if (used && ctor.version) warnVersions(used, ctor.version);
    else warnOnPage(`tag:${tag}`, `<${tag}> is taken by other code`);
  }
}
