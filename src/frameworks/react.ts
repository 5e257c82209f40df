/**
 * React 19 TSX types for the three elements: typed attributes, properties and `on<event-name>`
 * handlers on `<benefits-list>`, `<botox-candidacy-check>` and `<treatment-timeline>`. Type-only;
 * load it once in the app with
 *
 * ```ts
 * import type {} from 'botox-migraine-widgets/react';
 * ```
 *
 * React 19 sets a prop as a property when the element has one (arrays and objects arrive intact)
 * and turns `on<event-name>` props into listeners for that exact event name.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { BotoxElements, EventAttributes } from './elements.js';

/** The props of one element: its attributes, properties and events, then React's HTML props. */
export type ReactProps<Tag extends keyof BotoxElements> = BotoxElements[Tag]['attributes'] &
  EventAttributes<BotoxElements[Tag]['events']> &
  Omit<
    DetailedHTMLProps<HTMLAttributes<BotoxElements[Tag]['element']>, BotoxElements[Tag]['element']>,
    keyof BotoxElements[Tag]['attributes']
  >;

/** The three elements' props, by tag name. */
export type BotoxReactElements = { [Tag in keyof BotoxElements]: ReactProps<Tag> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into React's
    interface IntrinsicElements extends BotoxReactElements {}
  }
}
