/**
 * Order statistics of the pairwise slopes (yj − yi)/(xj − xi) of a series, over the pairs with
 * distinct x, without storing the n(n−1)/2 slopes.
 *
 * Materializing them costs 16 MB per fit at n = 2,000 and three quickselects over 2·10^6 values;
 * a report fits dozens of series. Instead (Floyd–Rivest style):
 *   1. draw a seeded uniform sample of the slopes and sort it;
 *   2. around the sample position of each wanted rank, take a bracket [lo, hi] wide enough
 *      (±6 binomial standard deviations) to hold the true order statistic;
 *   3. count the slopes below each bracket and at its ends, and keep only the (few) slopes strictly
 *      inside; the wanted ranks are then selected among those. Each bracket is counted by
 *      inversions in O(n log n + K) (slope-inversions.ts); when one cannot be (non-finite values,
 *      or a band near it holding a large share of the pairs, as the many equal slopes of a step
 *      series do), one pass over all pairs counts the brackets together.
 * Every slope is computed with the same expression as in a full enumeration, so the values
 * returned are exactly the order statistics of the full set. If a bracket misses (probability
 * ~10^-9) or would hold too many values, the caller falls back to the full enumeration.
 */
import { selectInPlace, type Series } from './internal.js';
import { Mulberry32 } from './prng.js';
import { countBracketByInversions, inversionScratch, type InversionScratch } from './slope-inversions.js';

/** Below this many pairs, enumerating them into an array is cheap and simpler. */
export const STREAMING_MIN_PAIRS = 1 << 16;

/** Most slopes a bracket may hold before the pass gives up (the fallback enumerates all). */
const WINDOW_CAP = 1 << 20;

export interface PairSlopeStats {
  /** The order statistics, in the order of the ranks asked for. */
  values: number[];
}

interface Bracket {
  lo: number;
  hi: number;
  below: number;
  atLo: number;
  atHi: number;
  inside: Float64Array;
  count: number;
  overflow: boolean;
  /** A slope that many pairs share inside [lo, hi] (from the sample), else NaN: see {@link countBracketByInversions}'s pivot. */
  atom: number;
  /**
   * Index of `inside` the last read put in its sorted place (−1: none): the values before it are no
   * greater, those after it no smaller, so a later read only needs the side it falls on.
   */
  placed: number;
}

/**
 * A seeded uniform sample (with replacement) of the distinct-x pairwise slopes, sorted: what the
 * brackets of {@link slopeOrderStatistics} are placed from. Drawn once per series and reused for
 * every pass. Null when x has too few distinct values to draw it.
 */
export function drawSlopeSample(series: Series, total: number, seed: number): Float64Array | null {
  const { x: xs, y: ys, n } = series;
  const m = Math.min(65_536, Math.max(4_096, Math.ceil(8 * Math.sqrt(total))));
  const sample = new Float64Array(m);
  const rng = new Mulberry32(seed);
  let k = 0;
  for (let attempt = 0, max = 50 * m + 1000; k < m && attempt < max; attempt++) {
    const i = Math.floor(rng.next() * n);
    const j = Math.floor(rng.next() * n);
    if (i === j) continue;
    const a = i < j ? i : j;
    const b = i < j ? j : i;
    const dx = (xs[b] as number) - (xs[a] as number);
    if (dx === 0) continue;
    sample[k++] = ((ys[b] as number) - (ys[a] as number)) / dx;
  }
  if (k < m) return null;
  return sample.sort();
}

/**
 * Bracket windows, reused from fit to fit: each is up to a few MB, so without reuse every fit of a
 * long run leaves large-object garbage that only a full collection frees (a long run's report fits
 * dozens of series: docs/performance.md). A fit takes windows for its passes and gives them back when it is done.
 */
export const windowPool = {
  free: [] as Float64Array[],
  /** A window of at least `size` values (a longer one only means a bracket may hold more). */
  take(size: number): Float64Array {
    let best = -1;
    for (let i = 0; i < this.free.length; i++) {
      const len = (this.free[i] as Float64Array).length;
      if (len >= size && (best < 0 || len < (this.free[best] as Float64Array).length)) best = i;
    }
    return best >= 0 ? (this.free.splice(best, 1)[0] as Float64Array) : new Float64Array(size);
  },
  /** Windows no bracket uses any more; the pool keeps the six largest. */
  give(windows: Float64Array[]): void {
    this.free.push(...windows);
    this.free.sort((a, b) => b.length - a.length).splice(6);
  },
};

/**
 * Counting passes run so far in this thread, one per group of up to three brackets counted
 * together, by inversions or over all pairs (a diagnostic, read by tests).
 */
export const countingPasses = { count: 0, allPairs: 0 };

/** Brackets counted. */
export interface SlopeBrackets {
  brackets: Bracket[];
}

/**
 * Counts brackets around the given 0-based ranks among the `total` distinct-x pairwise slopes of
 * `series` (x sorted ascending; `sample` from {@link drawSlopeSample}): one counting pass for up to
 * three brackets (a median and Sen's two interval bounds), each bracket by inversions, or all three
 * by one pass over all pairs when one of them cannot be. Ranks are then read with
 * {@link rankFromBrackets}, also ranks other than these when they fall inside a bracket.
 */
export function countSlopeBrackets(
  series: Series,
  total: number,
  ranks: readonly number[],
  sample: Float64Array,
  alloc: (size: number) => Float64Array = (size) => new Float64Array(size),
): SlopeBrackets {
  const m = sample.length;
  // One bracket per distinct wanted rank (neighbouring ranks share one); brackets that overlap or
  // touch in value are merged, so that the pass can place every slope in at most one of them.
  const wanted = [...new Set(ranks)].sort((a, b) => a - b);
  const spans: Array<{ loIdx: number; hiIdx: number }> = [];
  const value = (idx: number) => (idx < 0 ? -Infinity : idx >= m ? Infinity : (sample[idx] as number));
  for (const r of wanted) {
    // The number of sample slopes below rank r is Binomial(m, q), q = r/total: ±6 standard
    // deviations of it (narrower towards the tails, where Sen's interval bounds are).
    const q = (r + 0.5) / total;
    const delta = Math.ceil(6 * Math.sqrt(m * q * (1 - q))) + 2;
    const p = q * m;
    const loIdx = Math.floor(p) - delta;
    const hiIdx = Math.ceil(p) + delta;
    const prev = spans[spans.length - 1];
    if (prev && (loIdx <= prev.hiIdx || value(loIdx) <= value(prev.hiIdx))) prev.hiIdx = Math.max(prev.hiIdx, hiIdx);
    else spans.push({ loIdx, hiIdx });
  }
  const brackets: Bracket[] = spans.map(({ loIdx, hiIdx }) => {
    const expected = Math.ceil(((hiIdx - loIdx + 1) / m) * total * 1.5) + 64;
    return {
      lo: value(loIdx), hi: value(hiIdx), below: 0, atLo: 0, atHi: 0, inside: alloc(Math.min(expected, WINDOW_CAP)), count: 0, overflow: false,
      atom: atomOf(sample, Math.max(0, loIdx), Math.min(m - 1, hiIdx)), placed: -1,
    };
  });
  const scratch = inversionScratch(series, total);
  for (let b = 0; b < brackets.length; b += 3) {
    countingPasses.count++;
    const group = brackets.slice(b, b + 3);
    // By inversions, O(n log n + K) a bracket; over every pair when one of them cannot be.
    if (!group.every((br) => countByInversions(series, br, scratch))) {
      countingPasses.allPairs++;
      countPass(series, group);
    }
  }
  return { brackets };
}

/**
 * The slope of 0-based rank `r` when a bracket holds it: [below][lo × atLo][inside][hi × atHi].
 * Undefined when none does (the caller counts again, around `r`).
 */
export function rankFromBrackets(set: SlopeBrackets, r: number): number | undefined {
  for (const br of set.brackets) {
    if (br.overflow) continue;
    let at = r - br.below;
    if (at < 0) continue;
    if (at < br.atLo) return br.lo;
    at -= br.atLo;
    if (at < br.count) return placeAt(br, at);
    at -= br.count;
    if (at < br.atHi) return br.hi;
  }
  return undefined;
}

/**
 * The value of 0-based rank `at` among a bracket's inside values, put in its sorted place. Reads come
 * in pairs of neighbouring ranks (a fractional rank interpolates between two order statistics): the
 * second one is the least (or greatest) value on its side of the first, found by one scan.
 */
function placeAt(br: Bracket, at: number): number {
  const win = br.inside;
  const p = br.placed;
  if (at === p) return win[at] as number;
  let from = 0;
  let to = br.count;
  if (p >= 0 && at > p) from = p + 1;
  else if (p >= 0) to = p;
  if (at === from || at === to - 1) {
    // The least (or greatest) value of the side: one scan, then swap it into place.
    const best = at === from ? leastAt(win, from, to) : greatestAt(win, from, to);
    const v = win[best] as number;
    win[best] = win[at] as number;
    win[at] = v;
  } else {
    selectInPlace(win.subarray(from, to), at - from);
  }
  br.placed = at;
  return win[at] as number;
}

/** Index of the first least value of win[from..to). */
function leastAt(win: Float64Array, from: number, to: number): number {
  let best = from;
  for (let i = from + 1; i < to; i++) if ((win[i] as number) < (win[best] as number)) best = i;
  return best;
}

/** Index of the first greatest value of win[from..to). */
function greatestAt(win: Float64Array, from: number, to: number): number {
  let best = from;
  for (let i = from + 1; i < to; i++) if ((win[i] as number) > (win[best] as number)) best = i;
  return best;
}

/**
 * Values of the given 0-based ranks among the `total` distinct-x pairwise slopes of `series`,
 * or null when the bracketing failed and the caller should enumerate.
 */
export function slopeOrderStatistics(series: Series, total: number, ranks: readonly number[], sample: Float64Array): PairSlopeStats | null {
  const set = countSlopeBrackets(series, total, ranks, sample);
  const values: number[] = [];
  for (const r of ranks) {
    const v = rankFromBrackets(set, r);
    if (v === undefined) return null;
    values.push(v);
  }
  return { values };
}

/**
 * Value at a 1-based, possibly fractional, rank (clamped to [1, total]) of the pairwise slopes,
 * interpolating linearly between neighbouring order statistics, as `selectFractionalRank` does
 * on the enumerated slopes. `orderStats` maps 0-based ranks to values (null: it could not).
 */
export function fractionalRanks(total: number, ranks: readonly number[], orderStats: (ks: number[]) => number[] | null): number[] | null {
  const plan = ranks.map((rank) => {
    const r = Math.min(Math.max(rank, 1), total) - 1;
    const k = Math.floor(r);
    const f = r - k;
    return { k, f, next: f !== 0 && k + 1 < total };
  });
  const ks: number[] = [];
  for (const p of plan) {
    ks.push(p.k);
    if (p.next) ks.push(p.k + 1);
  }
  const vals = orderStats(ks);
  if (!vals) return null;
  const at = new Map<number, number>();
  ks.forEach((k, i) => at.set(k, vals[i] as number));
  return plan.map((p) => {
    const v0 = at.get(p.k) as number;
    return p.next ? v0 + ((at.get(p.k + 1) as number) - v0) * p.f : v0;
  });
}

/** Counts `br` with {@link countBracketByInversions}; false when it cannot (nothing set). */
function countByInversions(series: Series, br: Bracket, scratch: InversionScratch): boolean {
  const c = countBracketByInversions(series, br.lo, br.hi, br.inside, scratch, undefined, br.atom);
  if (!c) return false;
  br.below = c.below;
  br.atLo = c.atLo;
  br.count = c.count;
  br.atHi = c.atHi;
  br.overflow = c.count > br.inside.length;
  return true;
}

/** A bracket no slope falls in (after the real ones: its bounds are +∞). */
const NO_BRACKET = (): Bracket => ({ lo: Infinity, hi: Infinity, below: 0, atLo: 0, atHi: 0, inside: new Float64Array(0), count: 0, overflow: false, atom: NaN, placed: -1 });

/**
 * The value of the longest run in the sorted sample[from..to] when that run holds at least 1% of
 * the sample (many pairs of the series have exactly that slope: a counter growing by the same
 * whole number each block), else NaN.
 */
function atomOf(sample: Float64Array, from: number, to: number): number {
  let best = NaN;
  let bestLen = Math.max(2, Math.ceil(sample.length / 100)) - 1;
  // Runs are counted whole, also where they reach past the bracket's ends (an atom at a bound).
  let i = from;
  while (i > 0 && sample[i - 1] === sample[from]) i--;
  while (i <= to) {
    let j = i + 1;
    while (j < sample.length && sample[j] === sample[i]) j++;
    if (j - i > bestLen) {
      bestLen = j - i;
      best = sample[i] as number;
    }
    i = j;
  }
  return best;
}

/**
 * One pass over the pairs for up to three brackets, sorted and disjoint in value: counts the
 * slopes below each, at its ends and inside it, keeping those inside; the same slope expression and
 * pair order as the full enumeration in theil-sen.ts. Each slope is placed with a chain of
 * comparisons that starts at the middle bracket (the median's, when a fit asks for its median and
 * interval together): for Sen's interval bounds, near the 2.5% and 97.5% points, the branches are
 * almost always taken the same way, so a three-bracket pass costs little more than a one-bracket
 * pass. All state is in locals: a loop that updates objects runs several times slower.
 */
function countPass(series: Series, real: Bracket[]): void {
  const [b1, b2, b3] = [real[0] ?? NO_BRACKET(), real[1] ?? NO_BRACKET(), real[2] ?? NO_BRACKET()] as [Bracket, Bracket, Bracket];
  const { x: xs, y: ys, n } = series;
  const lo1 = b1.lo, hi1 = b1.hi, in1 = b1.inside, cap1 = in1.length;
  const lo2 = b2.lo, hi2 = b2.hi, in2 = b2.inside, cap2 = in2.length;
  const lo3 = b3.lo, hi3 = b3.hi, in3 = b3.inside, cap3 = in3.length;
  // below1 | atLo1 count1 atHi1 | between12 | atLo2 count2 atHi2 | between23 | atLo3 count3 atHi3 | (above)
  let below1 = 0, atLo1 = 0, count1 = 0, atHi1 = 0, between12 = 0;
  let atLo2 = 0, count2 = 0, atHi2 = 0, between23 = 0;
  let atLo3 = 0, count3 = 0, atHi3 = 0;
  let groupEnd = 0;
  for (let i = 0; i < n; i++) {
    if (groupEnd <= i) {
      groupEnd = i + 1;
      while (groupEnd < n && xs[groupEnd] === xs[i]) groupEnd++;
    }
    const xi = xs[i] as number;
    const yi = ys[i] as number;
    for (let j = groupEnd; j < n; j++) {
      const s = ((ys[j] as number) - yi) / ((xs[j] as number) - xi);
      if (s < lo2) {
        if (s < lo1) below1++;
        else if (s === lo1) atLo1++;
        else if (s < hi1) {
          if (count1 < cap1) in1[count1] = s;
          count1++;
        } else if (s === hi1) atHi1++;
        else between12++;
      } else if (s === lo2) atLo2++;
      else if (s < hi2) {
        if (count2 < cap2) in2[count2] = s;
        count2++;
      } else if (s === hi2) atHi2++;
      else if (s < lo3) between23++;
      else if (s === lo3) atLo3++;
      else if (s < hi3) {
        if (count3 < cap3) in3[count3] = s;
        count3++;
      } else if (s === hi3) atHi3++;
    }
  }
  const below2 = below1 + atLo1 + count1 + atHi1 + between12;
  const below3 = below2 + atLo2 + count2 + atHi2 + between23;
  Object.assign(b1, { below: below1, atLo: atLo1, atHi: atHi1, count: count1, overflow: count1 > cap1 });
  Object.assign(b2, { below: below2, atLo: atLo2, atHi: atHi2, count: count2, overflow: count2 > cap2 });
  Object.assign(b3, { below: below3, atLo: atLo3, atHi: atHi3, count: count3, overflow: count3 > cap3 });
  // Real brackets are disjoint in value; only a placeholder after one that ends at +∞ starts where
  // it ends, and the pass counted the slopes equal to +∞ there.
  if (hi1 === lo2) b1.atHi += atLo2;
  if (hi2 === lo3) b2.atHi += atLo3;
}
