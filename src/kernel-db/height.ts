import type { KernelCensus } from './types.js';

/** The slice of perf.jsonl's `perf-finish.stats` we need. */
export interface PerfStagesLike {
  stages: Record<string, { lastBlockHeight?: number } | undefined>;
}

/**
 * Block height of a storage snapshot: `host.height` from the DB if present, else the perf.jsonl
 * stage's `lastBlockHeight` (the tarball is the state at the end of that stage). `stage` defaults
 * to `census.stage`.
 */
export function snapshotHeight(
  census: Pick<KernelCensus, 'height' | 'stage'>,
  perf?: PerfStagesLike,
  stage?: number,
): number | undefined {
  if (census.height !== undefined && Number.isFinite(census.height)) return census.height;
  const s = stage ?? census.stage;
  if (s === undefined || !perf?.stages) return undefined;
  const h = perf.stages[String(s)]?.lastBlockHeight;
  return typeof h === 'number' && Number.isFinite(h) ? h : undefined;
}
