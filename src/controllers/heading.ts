/**
 * The title every element shows, and the level of the headings below it: reads `heading` and
 * `heading-level`, warns once about a bad level, and renders the title as a real heading.
 */
import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import {
  HEADING_LEVELS,
  headingText,
  resolveHeadingLevel,
  type HeadingLevel,
} from '../logic/attributes.js';
import { headingAt } from '../internal/heading.js';

/** An element with a title: its `heading` text and `heading-level` as set by the page. */
export interface HeadingHost extends ReactiveControllerHost {
  heading?: string;
  headingLevel: unknown;
  /** Warns once about a bad value (see `WidgetElement`). */
  warn(name: string, value: unknown, fallback: unknown, allowed?: readonly unknown[]): void;
}

/**
 * The element's title. Its level comes from `heading-level` (a bad value gives 2, with one
 * warning before the render); `title()` and `render()` are pure, for use in templates. The
 * headings below the title take `levelBelow(controller.level, title !== null)`.
 */
export class HeadingController implements ReactiveController {
  constructor(private readonly host: HeadingHost) {
    host.addController(this);
  }

  /** The title's level, 2 to 6: read from `heading-level` when asked, so server rendering has it too. */
  get level(): HeadingLevel {
    return resolveHeadingLevel(this.host.headingLevel).value;
  }

  /** Before each render: warns once about a bad `heading-level`. */
  hostUpdate(): void {
    const host = this.host;
    if (!resolveHeadingLevel(host.headingLevel).valid) {
      host.warn('heading-level', host.headingLevel, 2, HEADING_LEVELS);
    }
  }

  /** The title to show: the page's `heading`, else `fallback` (translated); `null` for none. */
  title(fallback: string): string | null {
    return headingText(this.host.heading ?? fallback);
  }

  /** The title as a heading with part and class `heading`, or nothing for no title. */
  render(title: string | null): unknown {
    return title === null ? nothing : headingAt(this.level, 'heading', title);
  }
}
