/**
 * Order statistics of the pairwise slopes (yj − yi)/(xj − xi) of a series, over the pairs with
 * distinct x, without storing the n(n−1)/2 slopes.
 *
 * Materializing them costs 16 MB per fit at n = 2,000 and three quickselects over 2·10^6 values;
 * a report fits dozens of series. Instead (Floyd–Rivest style):
 *   1. draw a seeded uniform sample of the slopes and sort it;
 *   2. around the sample position of each wanted rank, take a bracket [lo, hi] wide enough
 *      (±6 binomial standard deviations) to hold the true order statistic;
 *   3. one pass over all pairs counts the slopes below each bracket and at its ends, and keeps only
 *      the (few) slopes strictly inside; the wanted ranks are then selected among those.
 * Every slope is computed with the same expression as in a full enumeration, so the values
 * returned are exactly the order statistics of the full set. If a bracket misses (probability
 * ~10^-9) or would hold too many values, the caller falls back to the full enumeration.
 */
import { selectInPlace, type Series } from './internal.js';
import { mulberry32 } from './prng.js';

/** Below this many pairs, enumerating them into an array is cheap and simpler. */
export const STREAMING_MIN_PAIRS = 1 << 16;

/** Most slopes a bracket may hold before the pass gives up (the fallback enumerates all). */
const WINDOW_CAP = 1 << 20;

export interface PairSlopeStats {
  /** The order statistics, in the order of the ranks asked for. */
  values: number[];
  /** Mann–Kendall S = Σ sign(yj − yi) over the distinct-x pairs. */
  s: number;
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
  const rng = mulberry32(seed);
  let k = 0;
  for (let attempt = 0, max = 50 * m + 1000; k < m && attempt < max; attempt++) {
    const i = Math.floor(rng() * n);
    const j = Math.floor(rng() * n);
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
 * Values of the given 0-based ranks among the `total` distinct-x pairwise slopes of `series`
 * (x sorted ascending; `sample` from {@link drawSlopeSample}), or null when the bracketing failed
 * and the caller should enumerate.
 * The counting pass also yields the Mann–Kendall S, so the test need not loop over the pairs again.
 */
export function slopeOrderStatistics(series: Series, total: number, ranks: readonly number[], sample: Float64Array): PairSlopeStats | null {
  let mannKendallS = NaN;
  const m = sample.length;

  // 1. One bracket per distinct wanted rank (neighbouring ranks share one).
  const wanted = [...new Set(ranks)].sort((a, b) => a - b);
  const delta = Math.ceil(3 * Math.sqrt(m)) + 2;
  const spans: Array<{ loIdx: number; hiIdx: number }> = [];
  const owner: number[] = [];
  for (const r of wanted) {
    const p = ((r + 0.5) / total) * m;
    const loIdx = Math.floor(p) - delta;
    const hiIdx = Math.ceil(p) + delta;
    const prev = spans[spans.length - 1];
    if (prev && loIdx <= prev.hiIdx) prev.hiIdx = Math.max(prev.hiIdx, hiIdx);
    else spans.push({ loIdx, hiIdx });
    owner.push(spans.length - 1);
  }
  const brackets: Bracket[] = spans.map(({ loIdx, hiIdx }) => {
    const expected = Math.ceil(((hiIdx - loIdx + 1) / m) * total * 1.5) + 64;
    return {
      lo: loIdx < 0 ? -Infinity : (sample[loIdx] as number),
      hi: hiIdx >= m ? Infinity : (sample[hiIdx] as number),
      below: 0,
      atLo: 0,
      atHi: 0,
      inside: new Float64Array(Math.min(expected, WINDOW_CAP)),
      count: 0,
      overflow: false,
    };
  });

  // 2. Counting passes, two brackets at a time (the median needs one, Sen's interval two).
  for (let b = 0; b < brackets.length; b += 2) {
    const signs = countPass(series, brackets[b] as Bracket, brackets[b + 1] ?? null);
    if (b === 0) mannKendallS = signs;
  }

  // 3. Resolve each rank inside its bracket: [below][lo × atLo][inside][hi × atHi][above].
  const byRank = new Map<number, number>();
  for (let w = 0; w < wanted.length; w++) {
    const r = wanted[w] as number;
    const br = brackets[owner[w] as number] as Bracket;
    if (br.overflow) return null;
    let at = r - br.below;
    if (at < 0) return null;
    if (at < br.atLo) {
      byRank.set(r, br.lo);
      continue;
    }
    at -= br.atLo;
    if (at < br.count) {
      const win = br.inside.subarray(0, br.count);
      selectInPlace(win, at);
      byRank.set(r, win[at] as number);
      continue;
    }
    at -= br.count;
    if (at < br.atHi) {
      byRank.set(r, br.hi);
      continue;
    }
    return null;
  }
  return { values: ranks.map((r) => byRank.get(r) as number), s: mannKendallS };
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

/**
 * Counts the slopes below, at and inside one or two brackets, keeping those strictly inside; the
 * same slope expression and pair order as the full enumeration in theil-sen.ts. All state is in
 * locals: a loop that updates objects runs ~3x slower. Returns Σ sign(yj − yi) (Mann–Kendall S).
 */
function countPass(series: Series, b1: Bracket, b2: Bracket | null): number {
  const { x: xs, y: ys, n } = series;
  const lo1 = b1.lo;
  const hi1 = b1.hi;
  const in1 = b1.inside;
  const cap1 = in1.length;
  // Without a second bracket, one that every slope falls below (its counts are discarded).
  const lo2 = b2 ? b2.lo : Infinity;
  const hi2 = b2 ? b2.hi : Infinity;
  const in2 = b2 ? b2.inside : in1;
  const cap2 = b2 ? in2.length : 0;
  let below1 = 0, atLo1 = 0, atHi1 = 0, count1 = 0, over1 = false;
  let below2 = 0, atLo2 = 0, atHi2 = 0, count2 = 0, over2 = false;
  let pos = 0;
  let neg = 0;
  let groupEnd = 0;
  for (let i = 0; i < n; i++) {
    if (groupEnd <= i) {
      groupEnd = i + 1;
      while (groupEnd < n && xs[groupEnd] === xs[i]) groupEnd++;
    }
    const xi = xs[i] as number;
    const yi = ys[i] as number;
    for (let j = groupEnd; j < n; j++) {
      const dy = (ys[j] as number) - yi;
      if (dy > 0) pos++;
      else if (dy < 0) neg++;
      const s = dy / ((xs[j] as number) - xi);
      if (s < lo1) below1++;
      else if (s === lo1) atLo1++;
      else if (s < hi1) {
        if (count1 < cap1) in1[count1++] = s;
        else over1 = true;
      } else if (s === hi1) atHi1++;
      if (s < lo2) below2++;
      else if (s === lo2) atLo2++;
      else if (s < hi2) {
        if (count2 < cap2) in2[count2++] = s;
        else over2 = true;
      } else if (s === hi2) atHi2++;
    }
  }
  Object.assign(b1, { below: below1, atLo: atLo1, atHi: atHi1, count: count1, overflow: over1 });
  if (b2) Object.assign(b2, { below: below2, atLo: atLo2, atHi: atHi2, count: count2, overflow: over2 });
  return pos - neg;
}
