/**
 * A part of an element that loads on first use (a chunk of its own): loaded once per page, and
 * retried on the next use if loading failed.
 */
export interface LazyPart<T> {
  /** The loaded module, or `undefined` until it has loaded. */
  readonly value: T | undefined;
  /** Loads the module once; resolves to `undefined` if it could not be loaded. */
  load(): Promise<T | undefined>;
}

/** A {@link LazyPart} loaded by `load` (write it as `() => import('./part.js')`). */
export function lazy<T>(load: () => Promise<T>): LazyPart<T> {
  let loading: Promise<T | undefined> | undefined;
  const part: { value: T | undefined; load(): Promise<T | undefined> } = {
    value: undefined,
    load: () =>
      (loading ??= load().then(
        (module) => (part.value = module),
        () => {
          loading = undefined;
          return undefined;
        },
      )),
  };
  return part;
}
