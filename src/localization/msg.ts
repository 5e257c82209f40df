/**
 * The leaf of the language runtime: `msg` and `str`, which the elements and the generated
 * translations use. It imports nothing of the library, so every module can import it without a
 * circle: the wording it finds comes from the page's language store (store.ts), which plugs its
 * lookup in with `useLookup`.
 *
 * The elements write `msg()` and `str` exactly as with @lit/localize (same types, so
 * `lit-localize extract` finds every message and XLIFF stays the interchange format), but the
 * lookup is the library's own: any number of languages, a clinic's own wording, and no global
 * @lit/localize configuration to clash with a host app's.
 */
import type { msg as litMsg, str as litStr } from '@lit/localize';

/** A template whose expressions are filled in at run time (``str`Hi ${name}` ``). */
export interface StrResult {
  strTag: true;
  strings: readonly string[];
  values: readonly unknown[];
}

/** A message as a translation holds it: plain text, or a template with expressions. */
export type Template = string | StrResult;

let lookup: (id: string) => Template | undefined = () => undefined;

/** @internal Where `msg` finds a message by id (set by store.ts). */
export function useLookup(next: (id: string) => Template | undefined): void {
  lookup = next;
}

/**
 * Fills `{0}`, `{1}`, … with `values` (as text). A placeholder with no value stays as written, so
 * a mistake shows instead of vanishing; `{{` and `}}` are not special.
 */
export function fillPlaceholders(text: string, values: readonly unknown[]): string {
  return text.replace(/\{(\d+)\}/g, (whole, index: string) =>
    +index < values.length ? String(values[+index]) : whole,
  );
}

const joinTemplate = (strings: readonly string[], values: readonly unknown[]) =>
  strings.reduce((text, part, index) => `${text}${String(values[index - 1])}${part}`);

/**
 * Returns the message `id` in the active language: the clinic's wording if it set one, else the
 * translation, else the clinic's English wording, else the source text. Typed as @lit/localize's
 * `msg` so the extraction tooling recognises every call.
 */
export const msg = ((template: Template, options?: { id?: string }): string => {
  const values = typeof template === 'string' ? [] : template.values;
  const found = options?.id === undefined ? undefined : lookup(options.id);
  const text = found ?? template;
  if (typeof text === 'string') return fillPlaceholders(text, values);
  // A generated translation's values are the indexes of the source's expressions.
  return joinTemplate(
    text.strings,
    text === found ? text.values.map((index) => values[index as number]) : values,
  );
}) as unknown as typeof litMsg;

/** Tags a template whose expressions are filled in at run time: ``msg(str`Hi ${name}`, {…})``. */
export const str = ((strings: TemplateStringsArray, ...values: unknown[]): StrResult => ({
  strTag: true,
  strings,
  values,
})) as unknown as typeof litStr;
