// Types of scripts/element-schema.mjs, for TypeScript callers (Storybook's controls).
export type AttributeKind = 'enum' | 'list' | 'integer' | 'boolean' | 'date' | 'text' | 'url';
export interface SchemaAttribute {
  name: string;
  property: string;
  kind: AttributeKind;
  values?: string[];
  min?: number;
  max?: number;
  default?: string | number | boolean;
  description: string;
  block: boolean;
}
export interface SchemaElement {
  block: string;
  type: string;
  title: string;
  summary: string;
  attributes: SchemaAttribute[];
}
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
