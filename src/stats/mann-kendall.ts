/**
 * Mann–Kendall trend test of y against x, with the Hamed–Rao (1998) variance correction for
 * autocorrelation.
 */
import { normalCdf, normalQuantile, normalUpperTail } from './distributions.js';
import { averageRanks, kendallS, kendallVarS, prepareSeries, tieGroups, tieGroupsSorted, type Series } from './internal.js';
import { theilSen } from './theil-sen.js';

export interface MannKendall {
  /** Number of finite (x, y) points used. */
  n: number;
  /** S = Σ_{i<j} sign(xj − xi)·sign(yj − yi); equals Σ sign(yj − yi) over y ordered by x when x has no ties. */
  s: number;
  /** Tie-corrected null variance of S (Kendall's formula with ties in x and y). */
  varS: number;
  /** varS × nEffRatio (equal to varS when autocorrelation = 'none'). */
  varSCorrected: number;
  /** Hamed–Rao n/n* (≥ 1; exactly 1 when autocorrelation = 'none' or nothing is significant). */
  nEffRatio: number;
  /** Continuity-corrected Z = (S − sign(S)) / sqrt(varSCorrected); 0 when S = 0 or the variance is 0. */
  z: number;
  /** One-sided p-value for an increasing trend. */
  pIncreasing: number;
  /** Two-sided p-value. */
  pTwoSided: number;
  /** True when the p-values come from the exact permutation distribution of S (n < 10, no ties, no correction). */
  exact: boolean;
}

export interface MannKendallOptions {
  /** Default 'hamed-rao'. */
  autocorrelation?: 'hamed-rao' | 'none';
  /** Significance level for keeping a rank autocorrelation in the Hamed–Rao sum. Default 0.05. */
  alpha?: number;
  /** Sen slope used to detrend for Hamed–Rao; computed with {@link theilSen} when omitted. */
  senSlope?: number;
  /**
   * Largest lag screened by Hamed–Rao. Default: all lags (n − 3), as in the paper. Screening
   * every lag at 5% lets chance-significant lags inflate the factor on white noise (factor > 1
   * in roughly a third of i.i.d. series of a few hundred points, typically ≤ 1.5); a smaller
   * maxLag reduces that conservatism.
   */
  maxLag?: number;
}

/** Exact permutations are used below this n (when there are no ties). */
const EXACT_MAX_N = 9;

/**
 * Mahonian numbers: counts[k] = number of permutations of n items with k inversions.
 * Under H0 with no ties S = N − 2·inversions, N = n(n−1)/2.
 */
function inversionCounts(n: number): number[] {
  let counts = [1];
  for (let m = 2; m <= n; m++) {
    const maxK = (m * (m - 1)) / 2;
    const next = new Array<number>(maxK + 1).fill(0);
    for (let k = 0; k < counts.length; k++) {
      const c = counts[k] as number;
      for (let add = 0; add < m; add++) next[k + add] = (next[k + add] as number) + c;
    }
    counts = next;
  }
  return counts;
}

/** Exact P(S' ≥ s) and P(|S'| ≥ |s|) under H0 (no ties). */
function exactPValues(n: number, s: number): { pUp: number; pTwo: number } {
  const counts = inversionCounts(n);
  const total = counts.reduce((a, b) => a + b, 0);
  const bigN = (n * (n - 1)) / 2;
  // S' ≥ s  ⇔  inversions' ≤ (N − s)/2
  const cdfInv = (d: number): number => {
    let acc = 0;
    for (let k = 0; k <= Math.min(d, bigN); k++) acc += counts[k] as number;
    return acc / total;
  };
  const pUp = cdfInv(Math.floor((bigN - s) / 2));
  const pTwo = Math.min(1, 2 * cdfInv(Math.floor((bigN - Math.abs(s)) / 2)));
  return { pUp, pTwo };
}

/**
 * Hamed–Rao n/n*: rank the detrended series, keep the lag-k rank autocorrelations that are
 * significant at `alpha` (|ρk| > z_{1−alpha/2}/√n), and return
 * 1 + 2/(n(n−1)(n−2)) Σ_{k=1}^{n−3} (n−k)(n−k−1)(n−k−2) ρk.
 * The raw factor may be < 1 (negative autocorrelation); the caller floors it at 1.
 */
export function hamedRaoFactor(detrendedInOrder: ArrayLike<number>, alpha = 0.05, maxLag = Infinity): number {
  const n = detrendedInOrder.length;
  if (n < 4) return 1;
  const r = averageRanks(detrendedInOrder);
  let mean = 0;
  for (let i = 0; i < n; i++) mean += r[i] as number;
  mean /= n;
  for (let i = 0; i < n; i++) r[i] = (r[i] as number) - mean;
  let c0 = 0;
  for (let i = 0; i < n; i++) c0 += (r[i] as number) * (r[i] as number);
  if (!(c0 > 0)) return 1;
  const bound = normalQuantile(1 - alpha / 2) / Math.sqrt(n);
  let sum = 0;
  const lastLag = Math.min(n - 3, Math.floor(maxLag));
  const keep = (k: number, ck: number) => {
    const rho = ck / c0;
    if (Math.abs(rho) > bound) sum += (n - k) * (n - k - 1) * (n - k - 2) * rho;
  };
  // Four lags per sweep: four independent sums instead of one chain of dependent additions (each
  // lag's terms are still added in the same order, so every ρk is bit-for-bit the one-lag loop's).
  const c = new Float64Array(4);
  let k = 1;
  for (; k + 3 <= lastLag; k += 4) {
    lagSums4(r, k, c);
    keep(k, c[0] as number);
    keep(k + 1, c[1] as number);
    keep(k + 2, c[2] as number);
    keep(k + 3, c[3] as number);
  }
  for (; k <= lastLag; k++) keep(k, lagSum(r, k));
  return 1 + (2 * sum) / (n * (n - 1) * (n - 2));
}

/**
 * Σ r[i]·r[i+k+d] for d = 0..3, into `out`. A function of its own, called once per sweep: as a loop
 * nested in the sweep, V8 compiled it on stack and threw that code away at each of its exits.
 */
function lagSums4(r: Float64Array, k: number, out: Float64Array): void {
  const n = r.length;
  let c1 = 0, c2 = 0, c3 = 0, c4 = 0;
  let i = 0;
  for (; i + k + 3 < n; i++) {
    const ri = r[i] as number;
    c1 += ri * (r[i + k] as number);
    c2 += ri * (r[i + k + 1] as number);
    c3 += ri * (r[i + k + 2] as number);
    c4 += ri * (r[i + k + 3] as number);
  }
  for (let j = i; j + k < n; j++) c1 += (r[j] as number) * (r[j + k] as number);
  for (let j = i; j + k + 1 < n; j++) c2 += (r[j] as number) * (r[j + k + 1] as number);
  for (let j = i; j + k + 2 < n; j++) c3 += (r[j] as number) * (r[j + k + 2] as number);
  out[0] = c1;
  out[1] = c2;
  out[2] = c3;
  out[3] = c4;
}

/** Σ r[i]·r[i+k]. */
function lagSum(r: Float64Array, k: number): number {
  const n = r.length;
  let ck = 0;
  for (let i = 0; i + k < n; i++) ck += (r[i] as number) * (r[i + k] as number);
  return ck;
}

/**
 * The Hamed–Rao n/n* of a prepared series (x sorted) detrended by `slope`, floored at 1: what
 * {@link mannKendall} multiplies Var(S) by.
 */
export function hamedRaoRatio(xs: ArrayLike<number>, ys: ArrayLike<number>, slope: number, alpha = 0.05, maxLag = Infinity): number {
  const n = xs.length;
  // Centre x first: with raw block heights (10^6 and more) y − slope·x loses the digits that
  // decide the ranks, and the p-value would depend on where the heights start.
  const x0 = xs[0] as number;
  const detrended = new Float64Array(n);
  for (let i = 0; i < n; i++) detrended[i] = (ys[i] as number) - slope * ((xs[i] as number) - x0);
  return Math.max(1, hamedRaoFactor(detrended, alpha, maxLag));
}

/**
 * Mann–Kendall test on y ordered by x (stable; pairs tied in x contribute 0 to S).
 * Non-finite points are dropped; returns null when fewer than 4 points remain.
 *
 * Hamed–Rao (default): detrend with the Sen slope (y − slope·x, in x order), then multiply
 * Var(S) by n/n*. The factor is floored at 1: negative autocorrelation would shrink the
 * variance and make the gate more trigger-happy, so we never let the correction do that
 * (conservative for a gate).
 *
 * p-values: normal approximation with continuity correction; for n < 10 with no ties in x or y
 * and no variance inflation, the exact permutation distribution of S is used instead.
 */
export function mannKendall(x: ArrayLike<number>, y: ArrayLike<number>, opts: MannKendallOptions = {}): MannKendall | null {
  testAlpha(opts);
  return mannKendallOfSeries(prepareSeries(x, y), opts);
}

/** The significance level of the autocorrelation screen (RangeError outside (0, 1)). */
function testAlpha(opts: MannKendallOptions): number {
  const alpha = opts.alpha ?? 0.05;
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  return alpha;
}

/** @internal {@link mannKendall} of a series already prepared (finite points, x sorted), e.g. by `trend`. */
export function mannKendallOfSeries(series: Series, opts: MannKendallOptions = {}): MannKendall | null {
  const alpha = testAlpha(opts);
  const mode = opts.autocorrelation ?? 'hamed-rao';
  const { x: xs, y: ys, n } = series;
  if (n < 4) return null;

  const s = kendallS(xs, ys);

  const xTies = tieGroupsSorted(xs);
  const yTies = tieGroups(ys);
  const varS = kendallVarS(n, xTies, yTies);

  let nEffRatio = 1;
  if (mode === 'hamed-rao') {
    let slope = opts.senSlope;
    if (slope === undefined || !Number.isFinite(slope)) slope = theilSen(xs, ys)?.slope ?? 0;
    nEffRatio = hamedRaoRatio(xs, ys, slope, alpha, opts.maxLag ?? Infinity);
  }
  const varSCorrected = varS * nEffRatio;

  const sd = Math.sqrt(varSCorrected);
  const z = s === 0 || !(sd > 0) ? 0 : (s - Math.sign(s)) / sd;

  let pIncreasing: number;
  let pTwoSided: number;
  let exact = false;
  if (n <= EXACT_MAX_N && xTies.length === 0 && yTies.length === 0 && nEffRatio === 1) {
    const p = exactPValues(n, s);
    pIncreasing = p.pUp;
    pTwoSided = p.pTwo;
    exact = true;
  } else {
    pIncreasing = normalUpperTail(z);
    pTwoSided = Math.min(1, 2 * normalCdf(-Math.abs(z)));
  }
  return { n, s, varS, varSCorrected, nEffRatio, z, pIncreasing, pTwoSided, exact };
}
