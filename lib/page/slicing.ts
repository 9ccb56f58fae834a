/**
 * Work in time slices: a long job on the page's main thread gives the thread back every few
 * milliseconds, so it never becomes a long task (over 50 ms, the Long Tasks API's threshold).
 */

export interface Slicing {
  /** Main-thread time one slice may take before it yields, in ms. */
  budget: number;
  /** The clock, in ms: performance.now in a page. */
  now: () => number;
  /** Gives the main thread back: a macrotask, so input and rendering run between slices. */
  yieldToPage: () => Promise<void>;
  /** Whether to stop early (the page turned Dramatis off, or the script was unloaded). */
  cancelled?: () => boolean;
}

/** Slicing with no budget to speak of: for tests and callers that want the work done at once. */
export const UNSLICED: Slicing = { budget: Infinity, now: () => 0, yieldToPage: () => Promise.resolve() };

/**
 * A clock for one sliced job: `due()` says when the slice has used its budget, and `pause()` yields
 * and starts the next slice. Returns false from pause() when the job was cancelled meanwhile.
 */
export function sliceClock(slicing: Slicing): { due: () => boolean; pause: () => Promise<boolean> } {
  let start = slicing.now();
  return {
    due: () => slicing.now() - start > slicing.budget,
    pause: async () => {
      await slicing.yieldToPage();
      start = slicing.now();
      return !slicing.cancelled?.();
    },
  };
}
