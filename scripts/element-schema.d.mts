// Types of scripts/element-schema.mjs, for TypeScript callers (Storybook's controls). The
// attribute and element shapes are the ones the clinic studio documents (it gets the same data).
import type { AttributeKind, StudioAttribute, StudioElement } from '../src/studio/model/types.js';

export type { AttributeKind };
export type SchemaAttribute = StudioAttribute;
/** An element of the schema: as the studio's, plus the WordPress block name; keyed by tag. */
export type SchemaElement = Omit<StudioElement, 'tag'> & { block: string };

/** The parsed custom-elements.json. */
export const MANIFEST: unknown;
export const KINDS: readonly AttributeKind[];
export const ELEMENTS: Readonly<Record<string, { type: string; title: string }>>;
export const NOT_FOR_BLOCKS: readonly string[];
export function elementSchema(options?: {
  manifest?: unknown;
  constants?: Record<string, unknown>;
  version?: string;
}): { version: string; elements: Record<string, SchemaElement> };
