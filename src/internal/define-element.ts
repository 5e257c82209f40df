import { VERSION } from '../version.js';
import { LOG_PREFIX } from './warn.js';

/** A custom element class that states the library version it came from. */
export interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

/**
 * Registers `ctor` under `tag` unless the tag is taken. Loading the bundle twice stays silent; when
 * another class (another copy or version of the library, or another library) already owns the tag,
 * the first registration wins and one warning names both versions. Never throws; does nothing where
 * there is no custom element registry (server rendering without a shim).
 */
export function defineElement(tag: string, ctor: VersionedElement): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (existing === undefined) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor) return;
  console.warn(
    `${LOG_PREFIX} <${tag}> already registered by version ${existing.version ?? '?'}; kept it, skipped version ${VERSION}`,
  );
}
