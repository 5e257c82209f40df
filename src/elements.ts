/**
 * The library's elements, in one table: each standard tag name and a lazy loader of its class.
 * The script tag's autoloader (`cdn.ts`), server rendering (`ssr/render.ts`) and the stories read
 * it; `define.ts` registers the same tags synchronously through each element's define module
 * (test/registration.test.ts fails when the two lists differ).
 *
 * Every loader is an `import()`: this module pulls no element into whoever imports it. The script
 * tag's entry gets its own copy of it, and each element stays a chunk of its own (see
 * vite.config.ts).
 *
 * @internal
 */
export const ELEMENTS = {
  'benefits-list': () =>
    import('./components/benefits-list/benefits-list.js').then((m) => m.BenefitsList),
  'botox-candidacy-check': () =>
    import('./components/botox-candidacy-check/botox-candidacy-check.js').then(
      (m) => m.BotoxCandidacyCheck,
    ),
  'treatment-timeline': () =>
    import('./components/treatment-timeline/treatment-timeline.js').then(
      (m) => m.TreatmentTimeline,
    ),
} as const;

/**
 * What the table must be: each tag loads the class that its define module declares for it in
 * `HTMLElementTagNameMap` (so `ElementTag` below is a type error when a row is wrong).
 */
type TagMapped<Table> = {
  readonly [Tag in keyof Table]: Tag extends keyof HTMLElementTagNameMap
    ? Table[Tag] extends () => Promise<new () => HTMLElementTagNameMap[Tag]>
      ? Table[Tag]
      : never
    : never;
};
type Checked<Table extends TagMapped<Table>> = Table;

/**
 * A tag name of the library's elements.
 *
 * @internal
 */
export type ElementTag = keyof Checked<typeof ELEMENTS>;

/**
 * Every tag name of the library's elements, in the table's order.
 *
 * @internal
 */
export const ELEMENT_TAGS = /* @__PURE__ */ Object.keys(ELEMENTS) as readonly ElementTag[];
