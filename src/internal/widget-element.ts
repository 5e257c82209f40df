import { LitElement, type PropertyDeclarations } from 'lit';
import { isFollowingDocument, start } from '../localization/runtime.js';
import { LOCALE_LOADERS, readPage } from '../localization/shipped.js';
import {
  localeDirection,
  onLocaleChange,
  requireMessages,
  useTranslations,
} from '../localization/store.js';
import { toText } from '../logic/attributes.js';
import { THEMES, type Theme } from '../theme.js';
import { VERSION } from '../version.js';
import { describeValue, warnOnce } from '../core/warn.js';

/** Reflects a property as text, even a value `String()` cannot write (that one as ''). */
export const reflectedText = {
  toAttribute: (value: unknown): unknown => (value == null ? value : toText(value)),
};

/**
 * Base class of every widget: re-renders when the language changes, starts the language runtime
 * (following `<html lang>`, reading the page's data block) on first connection unless a call of
 * the language API started it, validates the shared `theme` attribute, and warns once per bad
 * value.
 */
export class WidgetElement extends LitElement {
  static {
    // The elements' text comes from the shipped translations (those of whichever copy on the
    // page plugs them in first). In the class every element extends, so no bundler leaves it out.
    useTranslations(LOCALE_LOADERS, readPage);
  }

  /** The library version this class comes from (shown when two versions meet on one page). */
  static readonly version = VERSION;

  static override get properties(): PropertyDeclarations {
    return { theme: { reflect: true, converter: reflectedText } };
  }

  /**
   * Forces a colour scheme: `light` or `dark`. `auto` (the default) follows the system setting.
   * Any other value behaves like `auto` and warns once.
   */
  theme: Theme = 'auto';

  /**
   * The message groups (translation chunks) the element's text comes from.
   * @internal
   */
  static messageGroups: readonly string[] = [];

  private stopFollowingLocale?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    void start();
    requireMessages((this.constructor as typeof WidgetElement).messageGroups);
    this.stopFollowingLocale = onLocaleChange(() => this.requestUpdate());
    // The language or wording may have changed while the element was detached.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFollowingLocale?.();
    this.stopFollowingLocale = undefined;
  }

  /**
   * The writing direction of the element's content, bound to each element's `base` part: the
   * host's own `dir` attribute when set; right to left for a right-to-left language; left to
   * right for a language chosen with `setLocale`; otherwise inherited from the page (so an
   * English widget in a right-to-left page or preview is mirrored with it).
   */
  protected get contentDir(): 'ltr' | 'rtl' | 'auto' | undefined {
    const own = this.getAttribute('dir');
    if (own === 'ltr' || own === 'rtl' || own === 'auto') return own;
    if (localeDirection() === 'rtl') return 'rtl';
    return isFollowingDocument() ? undefined : 'ltr';
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // Exactly `auto`, `light` or `dark`: the styles match the attribute as written.
    const theme: unknown = this.theme;
    if (changed.has('theme') && theme != null && !(THEMES as readonly unknown[]).includes(theme)) {
      this.warn('theme', this.theme, 'auto', THEMES);
    }
  }

  /**
   * Warns once about a bad attribute or property value, naming the fallback in use and, when
   * given, the allowed values. For the element and its controllers.
   * @internal
   */
  warn(name: string, value: unknown, fallback: unknown, allowed?: readonly unknown[]): void {
    const shown = describeValue(value);
    warnOnce(
      this,
      `${name}=${shown}`,
      `<${this.localName}> ignored ${name}=${shown}, using ${JSON.stringify(fallback)}` +
        (allowed ? `. Allowed: ${allowed.join(', ')}` : ''),
    );
  }
}
