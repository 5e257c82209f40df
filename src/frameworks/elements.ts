/**
 * What a template may set on each element and which events it fires, shared by the React, Vue and
 * Svelte declarations beside this file. Type-only (nothing here exists at run time), and derived
 * from the element and event classes so it cannot drift from them:
 *
 * - the names are the element's reactive properties (its `static properties`): as they are for
 *   Vue (`clinicName`, which Vue's templates also accept as `clinic-name`), and as attributes in
 *   kebab case for React and Svelte (`clinic-name`), where a property without an attribute
 *   (`answers`) keeps its own name;
 * - each type is the class property's type, narrowed where the class accepts any string only so
 *   that a bad attribute cannot break it (`heading-level` is 2 to 6, `sessions` a number);
 * - the events are the event classes, named by their own `eventName`.
 */
import type { BenefitsList } from '../components/benefits-list/benefits-list.js';
import type {
  BotoxCandidacyCheck,
  CandidacyMode,
} from '../components/botox-candidacy-check/botox-candidacy-check.js';
import type { TreatmentTimeline } from '../components/treatment-timeline/treatment-timeline.js';
import type { CandidacyChangeEvent, CandidacyCompleteEvent } from '../events/candidacy-events.js';
import type { TimelineCalendarEvent } from '../events/timeline-events.js';
import type { HeadingLevel } from '../logic/attributes.js';
import type { BenefitsLayout } from '../logic/benefits.js';
import type { TimelineOrientation } from '../logic/schedule.js';

/** A number, or the same number written as an attribute (`sessions="3"`). */
export type NumberValue = number | `${number}`;

/** A heading level, 2 to 6, as a number or as an attribute (`heading-level="3"`). */
export type HeadingLevelValue = HeadingLevel | `${HeadingLevel}`;

/** `clinicName` → `clinic-name`. */
type Kebab<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${Kebab<Tail>}`
  : S;

/** `candidacy-complete` → `candidacyComplete`. */
type Camel<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<Camel<Tail>>}`
  : S;

/** An element class, with the reactive properties it declares in `static properties`. */
interface ElementClass {
  readonly prototype: HTMLElement;
  readonly properties: object;
}

/** An event class, with the event name it is dispatched under. */
interface EventClass {
  readonly eventName: string;
  readonly prototype: Event;
}

/** The reactive properties of an element class, with the `theme` every widget inherits. */
type Reactive<C extends ElementClass> = Extract<
  keyof C['properties'] | 'theme',
  keyof C['prototype'] & string
>;

/** The name a template uses: the attribute, or the property itself when it has no attribute. */
type TemplateName<C extends ElementClass, K extends Reactive<C>> = K extends keyof C['properties']
  ? C['properties'][K] extends { attribute: boolean }
    ? K
    : Kebab<K>
  : Kebab<K>;

/**
 * The type of each reactive property of an element class: the class's own type, or the one
 * `Narrow` gives (each key must be a reactive property, and its type must fit the class's).
 */
type Properties<
  C extends ElementClass,
  Narrow extends {
    [K in keyof Narrow]: K extends Reactive<C> ? C['prototype'][K] : never;
  },
> = {
  [K in Reactive<C>]?: K extends keyof Narrow ? Narrow[K] : C['prototype'][K];
};

/** The same, by the name an HTML template uses (the attribute, or the property without one). */
type Attributes<C extends ElementClass, P> = {
  [K in Reactive<C> as TemplateName<C, K>]?: K extends keyof P ? P[K] : never;
};

/** `<benefits-list>`'s properties (`headingLevel`), for templates that name them so (Vue). */
export type BenefitsListProperties = Properties<
  typeof BenefitsList,
  { layout: BenefitsLayout; headingLevel: HeadingLevelValue }
>;

/** `<botox-candidacy-check>`'s properties (`clinicName`). */
export type BotoxCandidacyCheckProperties = Properties<
  typeof BotoxCandidacyCheck,
  { mode: CandidacyMode; headingLevel: HeadingLevelValue; step: NumberValue }
>;

/** `<treatment-timeline>`'s properties (`startDate`). */
export type TreatmentTimelineProperties = Properties<
  typeof TreatmentTimeline,
  {
    intervalWeeks: NumberValue;
    sessions: NumberValue;
    orientation: TimelineOrientation;
    headingLevel: HeadingLevelValue;
  }
>;

/** `<benefits-list>`'s attributes (`heading-level`), and `items` as an array too (React, Svelte). */
export type BenefitsListAttributes = Attributes<typeof BenefitsList, BenefitsListProperties>;

/** `<botox-candidacy-check>`'s attributes (`clinic-name`), and the `answers` property. */
export type BotoxCandidacyCheckAttributes = Attributes<
  typeof BotoxCandidacyCheck,
  BotoxCandidacyCheckProperties
>;

/** `<treatment-timeline>`'s attributes (`start-date`). */
export type TreatmentTimelineAttributes = Attributes<
  typeof TreatmentTimeline,
  TreatmentTimelineProperties
>;

/**
 * Each element: its class, what a template may set (by property and by attribute name), and the
 * event classes it dispatches.
 */
export interface BotoxElements {
  'benefits-list': {
    element: BenefitsList;
    properties: BenefitsListProperties;
    attributes: BenefitsListAttributes;
    events: never;
  };
  'botox-candidacy-check': {
    element: BotoxCandidacyCheck;
    properties: BotoxCandidacyCheckProperties;
    attributes: BotoxCandidacyCheckAttributes;
    events: typeof CandidacyChangeEvent | typeof CandidacyCompleteEvent;
  };
  'treatment-timeline': {
    element: TreatmentTimeline;
    properties: TreatmentTimelineProperties;
    attributes: TreatmentTimelineAttributes;
    events: typeof TimelineCalendarEvent;
  };
}

/** The three tag names. */
export type BotoxTag = keyof BotoxElements;

/** `on<event-name>` handlers (React 19, Svelte 5): `oncandidacy-complete`. */
export type EventAttributes<Events extends EventClass> = {
  [E in Events as `on${E['eventName']}`]?: (event: E['prototype']) => void;
};

/** `on<EventName>` handlers (Vue's `@candidacy-complete`): `onCandidacyComplete`. */
export type EventProps<Events extends EventClass> = {
  [E in Events as `on${Capitalize<Camel<E['eventName']>>}`]?: (event: E['prototype']) => void;
};
