/**
 * Budget of the property tests. `npm test` runs the cheap properties CHEAP times and the costly
 * ones (temp files, whole pipeline) fewer; `scripts/fuzz-long.mjs` sets FUZZ_RUNS (e.g. 100000) as
 * the cheap properties' count and scales the others by the same factor. FUZZ_SEED replays a
 * failure that fast-check reported.
 */
export const CHEAP = 500;

export function runs(defaultRuns: number): { numRuns: number; seed?: number; endOnFailure: boolean } {
  const n = Number(process.env.FUZZ_RUNS);
  const seed = Number(process.env.FUZZ_SEED);
  return {
    numRuns: Number.isInteger(n) && n > 0 ? Math.max(1, Math.round((n * defaultRuns) / CHEAP)) : defaultRuns,
    ...(process.env.FUZZ_SEED && Number.isInteger(seed) ? { seed } : {}),
    endOnFailure: true,
  };
}

/** Per-test timeout: generous when a long run is asked for. */
export const timeout = (ms: number): number => (Number(process.env.FUZZ_RUNS) > 0 ? Math.max(ms, 6 * 3_600_000) : ms);
