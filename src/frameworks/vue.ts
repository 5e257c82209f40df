/**
 * Vue 3 template types for the three elements (`GlobalComponents`), checked by `vue-tsc` with
 * `strictTemplates`: typed attributes, properties and `@event` listeners. Type-only; load it once
 * in the app (in any `.ts` or `.vue` file, for example `env.d.ts`) with
 *
 * ```ts
 * import type {} from 'botox-migraine-widgets/vue';
 * ```
 *
 * At run time the tags are custom elements, not Vue components: tell Vue's compiler so with
 * `isCustomElement` (see the README).
 */
import type { AllowedComponentProps, HTMLAttributes, VNodeProps } from 'vue';
import type { BotoxElements, EventProps } from './elements.js';

/** The props of one element: its properties and events, then Vue's HTML attributes. */
export type VueProps<Tag extends keyof BotoxElements> = BotoxElements[Tag]['properties'] &
  EventProps<BotoxElements[Tag]['events']> &
  Omit<HTMLAttributes, keyof BotoxElements[Tag]['properties']> &
  VNodeProps &
  AllowedComponentProps;

/**
 * One element as a template sees it: a component whose props are the element's (the pattern of
 * Vue's guide to custom elements; `$props` is for template types only).
 */
export type VueElement<Tag extends keyof BotoxElements> =
  new () => BotoxElements[Tag]['element'] & {
    /** @deprecated For template types only: a custom element has no `$props` at run time. */
    $props: VueProps<Tag>;
  };

/** The three elements as Vue sees them in a template, by tag name. */
export type BotoxVueElements = { [Tag in keyof BotoxElements]: VueElement<Tag> };

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into Vue's
  interface GlobalComponents extends BotoxVueElements {}
}
