/**
 * Trend statistics for one series against block height: Theil–Sen slope with Sen's confidence
 * interval widened for autocorrelation (Hamed–Rao), one-sided Mann–Kendall p-value, OLS as a
 * secondary diagnostic, and first/last means; the common-mode series against the peers; and the
 * onset of growth that begins mid-run ({@link findOnset}).
 */
import { trend, ols, meanOfFirst, meanOfLast, downsample } from '../stats/index.js';
import { bestHinge } from '../stats/onset.js';
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

/** What {@link findOnset} needs: the trend options and the candidate breakpoints (stats/onset.ts). */
export interface OnsetOptions extends TrendOptions {
  candidates: readonly number[];
  /** The after-onset segment needs at least this many BOYDs (the BOYD rule's minSamples). */
  minSamples: number;
  /** The Mann–Kendall p the BOYDs after the breakpoint must be below (α over the windows tried). */
  significance: number;
}

/** Where a vat's growth begins, and the trends before and after it. */
export interface Onset {
  /** x of the first BOYD at or after the breakpoint. */
  height: number;
  /** Index of that BOYD in the series. */
  index: number;
  before: TrendStats;
  after: TrendStats;
}

/**
 * The onset of growth in a series (ascending x), or null. The breakpoint is the candidate whose
 * broken-stick fit is best among those where the slope increases ({@link bestHinge}); it is an
 * onset when the BOYDs after it rise (Mann–Kendall p below `significance`, which counts the windows
 * tried, and Sen's lower bound > 0) and their slope's
 * interval lies wholly above the interval of the slope before it: a change in slope that the noise
 * cannot make. Whether that growth fails the gate is the BOYD rule's question (with the count of
 * windows in its Bonferroni correction); this only says where it begins.
 */
export function findOnset(x: ArrayLike<number>, y: ArrayLike<number>, opts: OnsetOptions): Onset | null {
  const fit = bestHinge(x, y, opts.candidates, Math.max(4, opts.minSamples));
  if (!fit) return null;
  let index = 0;
  while (index < x.length && (x[index] as number) < fit.tau) index++;
  const xs = Array.prototype.slice.call(x) as number[];
  const ys = Array.prototype.slice.call(y) as number[];
  // A screen in O(n) before the O(n²) rank statistics: the OLS slope after the breakpoint must be
  // 2 standard errors above 0 and above the slope before it. The rank tests that follow are
  // stricter (autocorrelation-corrected, at α over the windows): a segment this screen drops would
  // hardly pass them, and most vats (flat, or growing steadily from the start) stop here.
  const olsAfter = ols(xs.slice(index), ys.slice(index));
  const olsBefore = ols(xs.slice(0, index), ys.slice(0, index));
  if (!olsAfter || !(olsAfter.t > 2)) return null;
  if (olsBefore && !((olsAfter.slope - olsBefore.slope) / Math.hypot(olsAfter.slopeSE, olsBefore.slopeSE) > 2)) return null;
  const after = trendStats(xs.slice(index), ys.slice(index), opts);
  if (!(after.pValue !== null && after.pValue < opts.significance && (after.slopeCI?.[0] ?? -Infinity) > 0)) return null;
  const before = trendStats(xs.slice(0, index), ys.slice(0, index), opts);
  if (!before.slopeCI || !after.slopeCI || !(after.slopeCI[0] > before.slopeCI[1])) return null;
  return { height: x[index] as number, index, before, after };
}

/** The points of a series from x = `from` on (ascending x). */
export function sliceFrom(x: readonly number[], y: readonly number[], from: number): { x: number[]; y: number[] } {
  let i = 0;
  while (i < x.length && (x[i] as number) < from) i++;
  return { x: x.slice(i), y: y.slice(i) };
}
