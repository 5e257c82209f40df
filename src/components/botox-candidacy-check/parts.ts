/**
 * The parts of the self-check that load on first use, each a chunk of its own: the result (its
 * code and English text, which the questions do not need), the headache-day counter, and the
 * printed summary.
 */
import { lazy } from '../../internal/lazy.js';

/** The result. The element starts loading it on connection and waits for it before showing it. */
export const resultPart = lazy(() => import('./result.js'));

/** The headache-day counter, loaded when the person first opens it. */
export const counterPart = lazy(() => import('./day-counter.js'));

/** The printed summary, loaded when the person first prints. */
export const printPart = lazy(() => import('./print.js'));

/**
 * Loads the result's module once per page (for server rendering, which must render the result
 * in full). Resolves to `undefined` if the chunk cannot be loaded.
 */
export function loadResult(): Promise<typeof import('./result.js') | undefined> {
  return resultPart.load();
}
