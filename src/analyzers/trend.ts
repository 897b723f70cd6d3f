/**
 * Trend statistics for one series against block height: Theil–Sen slope with Sen's confidence
 * interval widened for autocorrelation (Hamed–Rao), one-sided Mann–Kendall p-value, OLS as a
 * secondary diagnostic, and first/last means.
 */
import { trend, ols, meanOfFirst, meanOfLast, downsample } from '../stats/index.js';
import type { TrendStats } from '../shared/report-schema.js';

export interface TrendOptions {
  /** Two-sided level of the slope confidence interval. */
  alpha: number;
  /** Samples averaged at each end for firstMean/lastMean. */
  edgeSamples: number;
}

export function trendStats(x: ArrayLike<number>, y: ArrayLike<number>, opts: TrendOptions): TrendStats {
  const n = x.length;
  const k = Math.max(1, Math.min(opts.edgeSamples, Math.floor(n / 3)));
  const firstMean = n ? meanOfFirst(y, k) : null;
  const lastMean = n ? meanOfLast(y, k) : null;
  const { theilSen: ts, mannKendall: mk } = fitTrend(x, y, opts.alpha);
  const o = n >= 3 ? ols(x, y, opts.alpha) : null;
  const xFirst = n ? x[0] : null;
  const xLast = n ? x[n - 1] : null;
  const base = firstMean !== null && firstMean !== 0 ? Math.abs(firstMean) : null;
  return {
    count: n,
    slopePerBlock: ts ? ts.slope : null,
    slopeCI: ts ? [ts.ciLow, ts.ciHigh] : null,
    pValue: mk ? mk.pIncreasing : null,
    olsSlope: o ? o.slope : null,
    olsT: o ? o.t : null,
    firstMean,
    lastMean,
    growth: base !== null && lastMean !== null ? lastMean / base : null,
    relativeRise: ts && base !== null && xFirst !== null && xLast !== null ? (ts.slope * (xLast - xFirst)) / base : null,
    xFirst,
    xLast,
  };
}

/** Downsampled [x, y] pairs for a chart. */
export function chartPoints(x: ArrayLike<number>, y: ArrayLike<number>, maxPoints = 60): Array<[number, number]> {
  if (!x.length) return [];
  const d = downsample(x, y, maxPoints);
  return d.x.map((xv, i) => [Math.round(xv), round(d.y[i], 9)]);
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));

export { blockMeans, commonMode, commonModes, type CommonMode, type PerBlock } from './common-mode.js';

/**
 * Series longer than this are fitted on this many consecutive-bucket means. Mann–Kendall and the
 * Hamed–Rao correction are O(n²) in time and Theil–Sen's pairwise slopes O(n²) in memory; a 12-hour
 * run has ~10^4 BOYDs per vat. Bucket means keep the trend and make the test, if anything, more
 * conservative (fewer points), so memory and time stay bounded whatever the run length.
 */
export const MAX_FIT_POINTS = 2000;

/** Theil–Sen + Mann–Kendall sharing one set of pairwise slopes; the CI uses the corrected variance. */
export function fitTrend(x: ArrayLike<number>, y: ArrayLike<number>, alpha: number) {
  if (x.length > MAX_FIT_POINTS) {
    const d = downsample(x, y, MAX_FIT_POINTS);
    return trend(d.x, d.y, { ciAlpha: alpha });
  }
  return trend(x, y, { ciAlpha: alpha });
}
