/**
 * Change points in a short, noisy series (one metric of one vat, one value per nightly run), by
 * divisive estimation as in E-Divisive (Matteson & James 2014; Hunter/Otava): find the split that
 * best separates the values before from those after, keep it when a permutation test says so,
 * and search both halves again. The divergence is the standardized rank sum of the values after a
 * split (a Mann–Whitney statistic, Pettitt 1979), so that one outlying night moves it by at most
 * one rank, a change in a ratio or a difference of the same data gives the same split, and ties
 * (c-list counts that stay at 0) are exact. docs/policy.md explains the choice and the defaults.
 *
 * The permutation test is exact under exchangeability (no change): the ranks are shuffled and
 * the largest statistic over the allowed splits recomputed, each permutation in O(n). It stops
 * early (Besag & Clifford 1991) once `stopAfter` permutations have reached the observed value, so
 * a series without a change costs a few dozen permutations. When the normal approximation,
 * Bonferroni-corrected over the splits (a conservative bound), is already below the resolution of
 * `maxPermutations` permutations, no permutation is drawn and that bound is the p-value.
 */
import { normalUpperTail } from './distributions.js';
import { averageRanks } from './internal.js';
import { Mulberry32 } from './prng.js';

export interface SplitTestOptions {
  /** Fewest values on each side of a split (≥ 1). */
  minSegment: number;
  /** Most permutations drawn for one test. */
  maxPermutations: number;
  /** Stop once this many permutations reached the observed statistic. */
  stopAfter: number;
  /** Seed of the permutations (the same series and seed give the same p-value). */
  seed: number;
}

export const DEFAULT_SPLIT_TEST: SplitTestOptions = { minSegment: 3, maxPermutations: 19_999, stopAfter: 20, seed: 0x5eed };

export interface SplitTest {
  /** Index of the first value after the split, in the tested values (minSegment … n − minSegment). */
  index: number;
  /** Standardized rank sum of the values before the split, negated: > 0 when the values after rank higher. */
  z: number;
  /** p-value of the largest |z| over the allowed splits, under no change. */
  p: number;
  /** Permutations drawn (0 when `p` is the normal bound). */
  permutations: number;
}

/**
 * The best single split of `values` (finite numbers) and its p-value; null when no split is
 * allowed (fewer than 2 × minSegment values) or all values are equal.
 */
export function rankSplitTest(values: ArrayLike<number>, opts: SplitTestOptions = DEFAULT_SPLIT_TEST): SplitTest | null {
  const n = values.length;
  const minSeg = Math.max(1, Math.floor(opts.minSegment));
  if (n < 2 * minSeg) return null;
  const ranks = averageRanks(values);
  const centred = new Float64Array(n);
  const mid = (n + 1) / 2;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const c = (ranks[i] as number) - mid;
    centred[i] = c;
    ss += c * c;
  }
  if (ss <= 1e-12) return null;
  // Under no change, the sum of k of the n centred ranks (drawn without replacement) has mean 0
  // and variance k(n − k)/(n(n − 1)) · Σc² (exact, ties included).
  const inv = new Float64Array(n);
  for (let k = minSeg; k <= n - minSeg; k++) inv[k] = 1 / Math.sqrt(((k * (n - k)) / (n * (n - 1))) * ss);
  const observed = maxStatistic(centred, inv, minSeg, n);
  const splits = n - 2 * minSeg + 1;
  const z = -observed.signed;
  const bound = Math.min(1, splits * 2 * normalUpperTail(observed.abs));
  const maxPerm = Math.max(1, Math.floor(opts.maxPermutations));
  if (bound * (maxPerm + 1) <= 1) return { index: observed.k, z, p: bound, permutations: 0 };

  const rng = new Mulberry32(opts.seed);
  const shuffled = Float64Array.from(centred);
  const target = observed.abs * (1 - 1e-12);
  const stopAfter = Math.max(1, Math.floor(opts.stopAfter));
  let reached = 0;
  let drawn = 0;
  while (drawn < maxPerm) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      const t = shuffled[i] as number;
      shuffled[i] = shuffled[j] as number;
      shuffled[j] = t;
    }
    drawn++;
    if (maxStatistic(shuffled, inv, minSeg, n).abs >= target && ++reached >= stopAfter) break;
  }
  // Besag–Clifford: stopped after `stopAfter` hits in `drawn` draws → hits/drawn; else (hits + 1)/(draws + 1).
  const p = reached >= stopAfter ? reached / drawn : (reached + 1) / (drawn + 1);
  return { index: observed.k, z, p: Math.min(1, p), permutations: drawn };
}

/** The largest |standardized prefix sum| over k = minSeg … n − minSeg, its sign and where. */
function maxStatistic(c: Float64Array, inv: Float64Array, minSeg: number, n: number): { abs: number; signed: number; k: number } {
  let prefix = 0;
  for (let i = 0; i < minSeg; i++) prefix += c[i] as number;
  let best = -1;
  let signed = 0;
  let at = minSeg;
  for (let k = minSeg; k <= n - minSeg; k++) {
    if (k > minSeg) prefix += c[k - 1] as number;
    const s = prefix * (inv[k] as number);
    const a = Math.abs(s);
    // Strictly greater: of equal statistics, the earliest split.
    if (a > best + 1e-12) {
      best = a;
      signed = s;
      at = k;
    }
  }
  return { abs: best, signed, k: at };
}

/**
 * Every change point of `values` by binary segmentation: a split is kept when its test's p-value
 * is at most `level`, and both sides are searched again with the same test. `first` is the test
 * of the whole series when the caller already has it (the family-wide step tests it first).
 * Returns the splits (index of the first value after each, and its test's p-value) in ascending order.
 */
export function segmentSeries(values: ArrayLike<number>, level: number, opts: SplitTestOptions = DEFAULT_SPLIT_TEST, first?: SplitTest | null): Array<{ index: number; p: number }> {
  const out: Array<{ index: number; p: number }> = [];
  const xs = Array.from(values);
  const visit = (a: number, b: number, given?: SplitTest | null) => {
    const test = given !== undefined ? given : rankSplitTest(xs.slice(a, b), { ...opts, seed: segmentSeed(opts.seed, a, b) });
    if (!test || !(test.p <= level)) return;
    const k = a + test.index;
    visit(a, k);
    out.push({ index: k, p: test.p });
    visit(k, b);
  };
  visit(0, xs.length, first);
  return out;
}

/** A seed per segment, so that a segment's p-value does not depend on the order of the search. */
export function segmentSeed(seed: number, a: number, b: number): number {
  let h = (seed ^ Math.imul(a + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ Math.imul(b + 1, 0xc2b2ae35);
  return (h ^ (h >>> 13)) >>> 0;
}

/** A stable 32-bit seed from a string (a vat and metric), FNV-1a. */
export function stringSeed(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
