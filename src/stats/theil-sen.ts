/**
 * Theil–Sen slope (median of pairwise slopes) with Sen's (1968) distribution-free confidence
 * interval derived from the Mann–Kendall variance of S.
 */
import { normalQuantile } from './distributions.js';
import {
  kendallVarS,
  medianOfSorted,
  prepareSeries,
  selectFractionalRank,
  tieGroups,
  tieGroupsSorted,
  type Series,
} from './internal.js';
import { Mulberry32 } from './prng.js';
import { countSlopeBrackets, drawSlopeSample, fractionalRanks, rankFromBrackets, STREAMING_MIN_PAIRS, windowPool, type SlopeBrackets } from './pair-slopes.js';

export interface TheilSenFit {
  /** Number of finite (x, y) points used. */
  n: number;
  /** Median of the pairwise slopes (yj − yi)/(xj − xi) over pairs with distinct x. */
  slope: number;
  /** median(y − slope·x). */
  intercept: number;
  /** Sen confidence interval of the slope at level 1 − alpha (two-sided). */
  ciLow: number;
  ciHigh: number;
  /** Number of pairwise slopes actually computed (equals the number of distinct-x pairs unless sampled). */
  pairs: number;
  /** True when the pairs were subsampled because there were more than maxPairs of them. */
  sampled: boolean;
}

export interface TheilSenOptions {
  /**
   * Var(S) to use for the confidence interval instead of the tie-corrected Mann–Kendall
   * variance computed here, e.g. `mannKendall(...).varSCorrected` to widen the interval for an
   * autocorrelated series.
   */
  varS?: number;
  /** Seed of the mulberry32 generator used when subsampling pairs. Default 0x5eed. */
  seed?: number;
}

/** Default seed of the pair subsampler; fixed so that results are reproducible. */
export const THEIL_SEN_DEFAULT_SEED = 0x5eed;

/** Pairwise slopes of a prepared series plus what is needed to place Sen's interval. */
export interface SenCore {
  n: number;
  slope: number;
  intercept: number;
  /** Sen interval for a given Var(S) and alpha (reuses the computed slopes). */
  interval(varS: number, alpha: number): [number, number];
  /** Tie-corrected Mann–Kendall Var(S) of the series. */
  varS: number;
  pairs: number;
  sampled: boolean;
  /** The caller is done with `interval`: the counting passes' windows go back to the pool. */
  dispose(): void;
}

/**
 * What the caller will ask `interval` for, known before the slope: with it, the counting pass for
 * the median also brackets the interval's ranks, and a fit over many pairs needs one pass, not two.
 * (A Var(S) that depends on the slope, such as Hamed–Rao's, is not known before it: `trend` asks
 * for the interval afterwards.)
 */
export interface IntervalForecast {
  alpha: number;
  /** Var(S) the interval will use; default the series' tie-corrected Mann–Kendall Var(S). */
  varS?: number;
}

/** Sen's interval ranks (1-based, fractional) among `bigN` slopes for Var(S) and alpha. */
function intervalRanks(bigN: number, varS: number, alpha: number): [number, number] {
  const c = normalQuantile(1 - alpha / 2) * Math.sqrt(Math.max(varS, 0));
  return [(bigN - c) / 2, (bigN + c) / 2 + 1];
}

/** @internal Computes the pairwise slopes once; shared by {@link theilSen} and `trend`. */
export function senCore(series: Series, maxPairs: number, seed: number, forecast?: IntervalForecast): SenCore | null {
  if (!(maxPairs >= 1)) throw new RangeError(`maxPairs must be ≥ 1, got ${maxPairs}`);
  const cap = Math.floor(maxPairs);
  const { x: xs, y: ys, n } = series;
  if (n < 3) return null;

  const xTies = tieGroupsSorted(xs);
  const totalDistinct = (n * (n - 1)) / 2 - xTies.reduce((s, t) => s + (t * (t - 1)) / 2, 0);
  if (totalDistinct <= 0) return null;

  // Exact mode: the slopes are enumerated into an array only when there are few of them; above
  // that, order statistics come from a counting pass (pair-slopes.ts) that gives the same values.
  let slopes: Float64Array | null = null;
  let sampled = false;
  const enumerate = (): Float64Array => {
    const out = new Float64Array(totalDistinct);
    // xs is sorted, so for each i the distinct-x partners j > i start at the next x group.
    let k = 0;
    let groupEnd = 0;
    for (let i = 0; i < n; i++) {
      if (groupEnd <= i) {
        groupEnd = i + 1;
        while (groupEnd < n && xs[groupEnd] === xs[i]) groupEnd++;
      }
      const xi = xs[i] as number;
      const yi = ys[i] as number;
      for (let j = groupEnd; j < n; j++) {
        out[k++] = ((ys[j] as number) - yi) / ((xs[j] as number) - xi);
      }
    }
    return out;
  };
  if (totalDistinct > cap) {
    // Uniform draws (with replacement) of ordered index pairs, rejecting equal x: uniform over
    // the distinct-x pairs. Deterministic for a given seed.
    sampled = true;
    const rng = new Mulberry32(seed);
    const buf = new Float64Array(cap);
    let k = 0;
    const maxAttempts = 50 * cap + 1000;
    for (let attempt = 0; k < cap && attempt < maxAttempts; attempt++) {
      const i = Math.floor(rng.next() * n);
      const j = Math.floor(rng.next() * n);
      const dx = (xs[j] as number) - (xs[i] as number);
      if (dx === 0) continue;
      buf[k++] = ((ys[j] as number) - (ys[i] as number)) / dx;
    }
    slopes = k === cap ? buf : buf.slice(0, k);
  } else if (totalDistinct < STREAMING_MIN_PAIRS) {
    slopes = enumerate();
  }
  const m = slopes ? slopes.length : totalDistinct;
  const varS = kendallVarS(n, xTies, tieGroups(ys));
  /** The slope sample the counting passes place their brackets from (drawn once, for the median). */
  let sample: Float64Array | null | undefined;
  /** Brackets counted so far: later ranks are read from them when they fall inside one. */
  const counted: SlopeBrackets[] = [];
  /** Windows the brackets took from the pool (returned by `dispose`). */
  const lent: Float64Array[] = [];
  const alloc = (size: number) => {
    const w = windowPool.take(size);
    lent.push(w);
    return w;
  };
  /** 0-based ranks of the slopes, from the brackets counted so far or a new pass (null: bracketing failed). */
  const orderStats = (ks: number[], alsoKs: number[] = []): number[] | null => {
    const known = (k: number) => {
      for (const c of counted) {
        const v = rankFromBrackets(c, k);
        if (v !== undefined) return v;
      }
      return undefined;
    };
    let vals = ks.map(known);
    if (vals.every((v) => v !== undefined)) return vals as number[];
    if (sample === undefined) sample = drawSlopeSample(series, totalDistinct, seed);
    if (!sample) return null;
    const set = countSlopeBrackets(series, totalDistinct, [...ks, ...alsoKs], sample, alloc);
    counted.push(set);
    vals = ks.map(known);
    return vals.every((v) => v !== undefined) ? (vals as number[]) : null;
  };
  /** Values at 1-based fractional ranks of the slopes (or of the sample, when sampled). */
  const atRanks = (ranks: number[], alsoKs?: number[]): number[] => {
    if (!slopes) {
      const exact = fractionalRanks(totalDistinct, ranks, (ks) => orderStats(ks, alsoKs));
      if (exact) return exact;
      slopes = enumerate(); // the bracketing missed (very rare): enumerate after all
    }
    const a = slopes;
    return ranks.map((r) => selectFractionalRank(a, r));
  };
  // With a forecast of the interval, the median's pass also brackets the interval's ranks;
  // `interval` reads them from there when asked for that Var(S) and alpha, else it counts again.
  let alsoKs: number[] | undefined;
  if (!slopes && forecast) {
    alsoKs = intervalRanks(totalDistinct, forecast.varS ?? varS, forecast.alpha).flatMap((r) => {
      const k = Math.floor(Math.min(Math.max(r, 1), totalDistinct) - 1);
      return k + 1 < totalDistinct ? [k, k + 1] : [k];
    });
  }
  const [slope] = atRanks([(m + 1) / 2], alsoKs) as [number];

  const resid = new Float64Array(n);
  for (let i = 0; i < n; i++) resid[i] = (ys[i] as number) - slope * (xs[i] as number);
  resid.sort();
  const intercept = medianOfSorted(resid);

  const bigN = totalDistinct;
  const toSample = (r: number): number => (sampled && bigN > 1 ? 1 + ((r - 1) * (m - 1)) / (bigN - 1) : r);
  const interval = (varS: number, alpha: number): [number, number] => {
    if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
    const [rLo, rHi] = intervalRanks(bigN, varS, alpha);
    const [lo, hi] = atRanks([toSample(rLo), toSample(rHi)]) as [number, number];
    return [lo, hi];
  };
  const dispose = () => {
    counted.length = 0; // a later `interval` counts again, in windows of its own
    windowPool.give(lent.splice(0));
  };
  return { n, slope, intercept, interval, varS, pairs: m, sampled, dispose };
}

/**
 * Theil–Sen fit of y on x. Non-finite points are dropped. Returns null when fewer than 3 points
 * remain or no two points have distinct x.
 *
 * CI: C = z_{1−alpha/2}·sqrt(Var(S)); the bounds are the pairwise slopes at 1-based ranks
 * (N − C)/2 and (N + C)/2 + 1 of their ascending order (linear interpolation between order
 * statistics for fractional ranks, clamped to [1, N]), N = number of distinct-x pairs.
 * When N > maxPairs, maxPairs pairs are drawn uniformly with replacement by a seeded PRNG
 * (deterministic) and the ranks are rescaled to the sample: rank r ↦ 1 + (r − 1)(M − 1)/(N − 1).
 * Order statistics come from quickselect (expected O(N)), not a full sort.
 */
export function theilSen(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  alpha = 0.05,
  maxPairs = 2_000_000,
  opts: TheilSenOptions = {},
): TheilSenFit | null {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  const forecast: IntervalForecast = { alpha, varS: opts.varS };
  const core = senCore(prepareSeries(x, y), maxPairs, opts.seed ?? THEIL_SEN_DEFAULT_SEED, forecast);
  if (!core) return null;
  const [ciLow, ciHigh] = core.interval(opts.varS ?? core.varS, alpha);
  core.dispose();
  return {
    n: core.n,
    slope: core.slope,
    intercept: core.intercept,
    ciLow,
    ciHigh,
    pairs: core.pairs,
    sampled: core.sampled,
  };
}
