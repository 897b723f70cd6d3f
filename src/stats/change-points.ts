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
  /**
   * The largest level the p-value will be held to (1: any). A first, short round of permutations
   * (stopping after {@link SCREEN_HITS} hits) gives a valid p-value; only when it is at most this
   * level is it replaced by a full round's (independent, `stopAfter` hits): a series far from
   * significant costs a few dozen permutations.
   */
  screenLevel?: number;
  /** Only the screening round (its p-value is valid; a caller refines the few that may count). */
  screenOnly?: boolean;
}

/** Hits that end the screening round. */
export const SCREEN_HITS = 3;

export const DEFAULT_SPLIT_TEST: SplitTestOptions = { minSegment: 3, maxPermutations: 19_999, stopAfter: 20, seed: 0x5eed };

export interface SplitTest {
  /**
   * Where the values change: one index (a step: the first value after it) or two (an interval
   * that differs from the values around it: its first value and the first after it), ascending,
   * each within minSegment … n − minSegment.
   */
  splits: number[];
  /** The statistic (the larger of the step and the interval one). */
  z: number;
  /** p-value of the statistic under no change. */
  p: number;
  /** Permutations drawn (0 when `p` is the normal bound). */
  permutations: number;
}

/**
 * The best split of `values` (finite numbers) and its p-value; null when no split is allowed
 * (fewer than 2 × minSegment values) or all values are equal. Two statistics of the centred
 * ranks' prefix sums P(k), each O(n): the step statistic max |P(k)| / sd(P(k)) (a change that
 * lasts; standardized, so a change in the last few runs counts as much as one in the middle), and
 * the interval statistic (max P − min P) scaled by the sd of a half split, which also finds a
 * change that was undone later (both ends of the interval at once, where the step statistic sees
 * only a bump). The test statistic is the larger of the two; the permutations calibrate it.
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
  const inv = new Float64Array(n + 1);
  for (let k = minSeg; k <= n - minSeg; k++) inv[k] = 1 / Math.sqrt(((k * (n - k)) / (n * (n - 1))) * ss);
  const halfInv = 1 / Math.sqrt((n / (4 * (n - 1))) * ss);
  const stat = new Statistic(n, minSeg, inv, halfInv);
  const observed = stat.of(centred);
  const observedStepAt = stat.stepAt;
  const observedIntervalWins = stat.intervalWins;
  const splitsAllowed = n - 2 * minSeg + 1;
  // The step statistic's normal tail over its splits (Bonferroni), and the interval statistic's
  // asymptotic (Kuiper) tail: together a conservative bound on the statistic's tail.
  const bound = Math.min(1, splitsAllowed * 2 * normalUpperTail(observed) + kuiperTail(observed / 2));
  const maxPerm = Math.max(1, Math.floor(opts.maxPermutations));
  if (bound * (maxPerm + 1) <= 1) return { splits: stat.splits(centred, ss, observedIntervalWins, observedStepAt), z: observed, p: bound, permutations: 0 };

  const rng = new Mulberry32(opts.seed);
  const shuffled = Float64Array.from(centred);
  const target = observed * (1 - 1e-12);
  const stopAfter = Math.max(1, Math.floor(opts.stopAfter));
  const screen = opts.screenLevel ?? 1;
  let total = 0;
  let p: number;
  const first = screen < 1 && stopAfter > SCREEN_HITS ? permutationRound(shuffled, stat, rng, target, SCREEN_HITS, maxPerm) : null;
  if (first) total += first.drawn;
  if (first && (first.p > screen || opts.screenOnly)) p = first.p;
  else {
    const full = permutationRound(shuffled, stat, rng, target, stopAfter, maxPerm);
    total += full.drawn;
    p = full.p;
  }
  // The exact ends of an interval only for a p-value that may count (they take O(n²)).
  const refine = p <= screen && !(opts.screenOnly && first);
  return { splits: refine ? stat.splits(centred, ss, observedIntervalWins, observedStepAt) : [observedStepAt], z: observed, p, permutations: total };
}

/**
 * Besag–Clifford: permute `c` in place until `hits` permutations reached `target` or `max` were
 * drawn; stopped after `hits` hits in `drawn` draws → hits/drawn, else (hits + 1)/(draws + 1).
 * A function of its own (not a closure per test): the loop keeps its optimized code across series.
 */
function permutationRound(c: Float64Array, stat: Statistic, rng: Mulberry32, target: number, hits: number, max: number): { p: number; drawn: number } {
  const n = c.length;
  let reached = 0;
  let drawn = 0;
  while (drawn < max) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      const t = c[i] as number;
      c[i] = c[j] as number;
      c[j] = t;
    }
    drawn++;
    if (stat.of(c) >= target && ++reached >= hits) break;
  }
  return { p: Math.min(1, reached >= hits ? reached / drawn : (reached + 1) / (drawn + 1)), drawn };
}

/** P(V > x) for the Kuiper statistic V (range of a Brownian bridge), x > 0. */
function kuiperTail(x: number): number {
  if (!(x > 0.4)) return 1;
  let s = 0;
  for (let k = 1; k <= 100; k++) {
    const t = 2 * (4 * k * k * x * x - 1) * Math.exp(-2 * k * k * x * x);
    s += t;
    if (Math.abs(t) < 1e-16) break;
  }
  return Math.min(1, Math.max(0, s));
}

/** The step and interval statistics of an order of the centred ranks; `splits()` after `of()` of the observed order. */
class Statistic {
  stepAt = 0;
  intervalWins = false;
  constructor(
    private readonly n: number,
    private readonly minSeg: number,
    private readonly inv: Float64Array,
    private readonly halfInv: number,
  ) {}

  of(c: Float64Array): number {
    const { n, minSeg, inv } = this;
    let prefix = 0;
    let best = -1;
    let bestAt = minSeg;
    // P(0) = P(n) = 0 bound the interval statistic too (an interval may start at 0 or end at n).
    let hi = 0;
    let lo = 0;
    for (let k = 1; k < n; k++) {
      prefix += c[k - 1] as number;
      if (k < minSeg || k > n - minSeg) continue;
      const a = Math.abs(prefix) * (inv[k] as number);
      // Strictly greater: of equal statistics, the earliest split.
      if (a > best + 1e-12) {
        best = a;
        bestAt = k;
      }
      if (prefix > hi) hi = prefix;
      if (prefix < lo) lo = prefix;
    }
    const interval = (hi - lo) * this.halfInv;
    this.stepAt = bestAt;
    this.intervalWins = interval > best;
    return Math.max(best, interval);
  }

  /**
   * Where the observed order `c` changes (its step split `stepAt`, and whether the interval
   * statistic won, from its `of()`). When the interval statistic won, its ends are
   * placed by the standardized interval statistic (each run of L values scaled by the sd of a sum
   * of L centred ranks), once, over all pairs: the unscaled range that decides significance
   * drifts an end by a value or two.
   */
  splits(c: Float64Array, ss: number, intervalWins: boolean, stepAt: number): number[] {
    if (!intervalWins) return [stepAt];
    const { n, minSeg } = this;
    const prefix = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) prefix[i + 1] = (prefix[i] as number) + (c[i] as number);
    const invLen = new Float64Array(n);
    for (let len = 1; len < n; len++) invLen[len] = 1 / Math.sqrt(((len * (n - len)) / (n * (n - 1))) * ss);
    let best = -1;
    let at: number[] = [stepAt];
    for (let a = 0; a <= n - minSeg; a++) {
      if (a > 0 && a < minSeg) continue;
      for (let b = a + minSeg; b <= n; b++) {
        if ((b < n && b > n - minSeg) || (a === 0 && b === n)) continue;
        const z = Math.abs((prefix[b] as number) - (prefix[a] as number)) * (invLen[b - a] as number);
        if (z > best + 1e-12) {
          best = z;
          at = [a, b].filter((k) => k > 0 && k < n);
        }
      }
    }
    return at;
  }
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
    const bounds = [a, ...test.splits.map((k) => a + k), b];
    for (let i = 0; i + 1 < bounds.length; i++) {
      if (i > 0) out.push({ index: bounds[i]!, p: test.p });
      visit(bounds[i]!, bounds[i + 1]!);
    }
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
