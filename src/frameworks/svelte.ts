/**
 * Svelte 5 types for the three elements (`SvelteHTMLElements`), checked by `svelte-check`: typed
 * attributes, properties and `on<event-name>` handlers. Type-only; load it once in the app (for
 * example in `src/app.d.ts`) with
 *
 * ```ts
 * import type {} from 'botox-migraine-widgets/svelte';
 * ```
 *
 * Svelte 5 sets an attribute as a property when the element has one (arrays and objects arrive
 * intact) and turns `on<event-name>` attributes into listeners for that exact event name.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { BotoxElements, EventAttributes } from './elements.js';

/** The attributes of one element: its attributes, properties and events, then Svelte's HTML ones. */
export type SvelteProps<Tag extends keyof BotoxElements> = BotoxElements[Tag]['attributes'] &
  EventAttributes<BotoxElements[Tag]['events']> &
  Omit<HTMLAttributes<BotoxElements[Tag]['element']>, keyof BotoxElements[Tag]['attributes']>;

/** The three elements' attributes, by tag name. */
export type BotoxSvelteElements = { [Tag in keyof BotoxElements]: SvelteProps<Tag> };

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into Svelte's
  interface SvelteHTMLElements extends BotoxSvelteElements {}
}
