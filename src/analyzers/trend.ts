/**
 * Trend statistics for one series against block height: Theil–Sen slope with Sen's confidence
 * interval widened for autocorrelation (Hamed–Rao), one-sided Mann–Kendall p-value, OLS as a
 * secondary diagnostic, and first/last means.
 */
import { trend, ols, meanOfFirst, meanOfLast, median, downsample } from '../stats/index.js';
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

/** A vat's BOYD time per block: ascending heights and the mean of the vat's samples at each. */
export interface PerBlock {
  x: Float64Array;
  y: Float64Array;
}

/** A vat's BOYD time against its peers', block by block (see {@link commonMode}). */
export interface CommonMode {
  /** Heights where the vat had a BOYD and at least one peer a level. */
  x: number[];
  /** The vat's per-block mean minus the peers' median: an additive drift cancels. */
  diff: number[];
  /** Heights and the vat's per-block mean divided by the peers' median (when that is > 0). */
  ratioX: number[];
  /** A proportional slowdown (every vat's time × the same factor) cancels. */
  ratio: number[];
}

/**
 * Common-mode correction: each of the vat's per-block BOYD means against the median, at that
 * height, of its peers' BOYD time. A machine-wide slowdown (a loaded CI host) moves every vat
 * together and cancels out; a vat that retains objects keeps its own rise. Two forms, because a
 * slowdown can add time (diff cancels it, the ratio of a vat faster than its peers then rises) or
 * scale it (the ratio cancels it, the diff of a vat slower than its peers then rises): the gate
 * tests the form that cancels the run's drift (gate/boyd-rules.ts driftForm).
 *
 * A peer's level at a height where it had no BOYD is interpolated linearly between its BOYDs
 * before and after (none outside its first and last): a chain reaps each vat every few blocks, not
 * in every block, and different vats in different blocks.
 *
 * Per-block means are kept as sorted arrays and the peers are walked in step with the vat (a long
 * run has 10^4 blocks and more: maps of them cost several MB per vat).
 */
export function commonMode(
  vatID: string,
  series: Map<string, { x: number[]; y: number[] }>,
  peerIDs: Set<string>,
  cache: Map<string, PerBlock> = new Map(),
): CommonMode | null {
  const own = series.get(vatID);
  if (!own) return null;
  const perBlock = (v: string) => {
    let m = cache.get(v);
    if (!m) cache.set(v, (m = blockMeans(series.get(v)!)));
    return m;
  };
  const others = [...peerIDs].filter((v) => v !== vatID).map(perBlock);
  if (!others.length) return null;
  const mine = perBlock(vatID);
  const at = new Array<number>(others.length).fill(0);
  const out: CommonMode = { x: [], diff: [], ratio: [], ratioX: [] };
  const peers: number[] = [];
  for (let i = 0; i < mine.x.length; i++) {
    const h = mine.x[i] as number;
    peers.length = 0;
    for (let k = 0; k < others.length; k++) {
      const o = others[k] as PerBlock;
      let p = at[k] as number;
      while (p < o.x.length && (o.x[p] as number) < h) p++;
      at[k] = p;
      if (p >= o.x.length) continue;
      const x1 = o.x[p] as number;
      if (x1 === h) peers.push(o.y[p] as number);
      else if (p > 0) {
        const x0 = o.x[p - 1] as number;
        const y0 = o.y[p - 1] as number;
        peers.push(y0 + (((o.y[p] as number) - y0) * (h - x0)) / (x1 - x0));
      }
    }
    if (!peers.length) continue;
    const m = median(peers);
    const y = mine.y[i] as number;
    out.x.push(h);
    out.diff.push(y - m);
    if (m > 0) {
      out.ratioX.push(h);
      out.ratio.push(y / m);
    }
  }
  return out.x.length ? out : null;
}

/**
 * Mean value per x (a vat can have more than one BOYD in a block), in ascending x; the samples of
 * one x are summed in the order they came.
 */
export function blockMeans(s: { x: number[]; y: number[] }): PerBlock {
  const n = s.x.length;
  let order: number[] | null = null;
  for (let i = 1; i < n; i++) {
    if ((s.x[i] as number) < (s.x[i - 1] as number)) {
      // Out of order (stage files given out of order): a stable sort keeps each block's own order.
      order = Array.from({ length: n }, (_, k) => k).sort((a, b) => (s.x[a] as number) - (s.x[b] as number) || a - b);
      break;
    }
  }
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  let m = 0;
  let sum = 0;
  let count = 0;
  for (let k = 0; k < n; k++) {
    const i = order ? (order[k] as number) : k;
    const xi = s.x[i] as number;
    if (count && xi !== xs[m]) {
      ys[m++] = sum / count;
      sum = 0;
      count = 0;
    }
    xs[m] = xi;
    sum += s.y[i] as number;
    count++;
  }
  if (count) ys[m++] = sum / count;
  return { x: xs.slice(0, m), y: ys.slice(0, m) };
}

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
