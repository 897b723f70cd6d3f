/**
 * Counts the pairwise slopes of a series below, at and inside a bracket [lo, hi] in O(n log n + K)
 * (K: the pairs whose slope falls in or near the bracket), instead of visiting all n(n−1)/2 pairs.
 *
 * The idea (the slope-selection algorithms of Cole, Salowe, Steiger and Szemerédi, and Matoušek):
 * for pairs i, j with x_i < x_j, slope(i, j) < t exactly when u_j(t) < u_i(t), u(t) = y − t·x. So the
 * pairs with a slope below t are the inversions of the x order in the u(t) order (counted by a
 * merge sort), and the pairs with a slope between t1 and t2 are those whose order differs between
 * u(t1) and u(t2) (listed by a second merge sort, as it meets them).
 *
 * Exactness: the report's slopes are the floating-point values (y_j − y_i)/(x_j − x_i), and a pair
 * whose slope is within rounding of t may be put on the wrong side of t by the u comparison. So the
 * sorts run at t1 = lo − margin and t2 = hi + margin, the margin bounding that rounding (with room
 * to spare), and every pair the second sort lists gets its slope computed with the same expression
 * as the full enumeration, then placed against lo and hi exactly. A pair counted below t1 has a
 * slope below lo; a pair whose slope is within [lo, hi] is never on the wrong side of t1 or t2, so it
 * is listed. The counts are then exactly those of the pass over every pair (pair-slopes.ts
 * `countPass`), which remains the fallback: when a bound is not finite, or the margin or a u is not
 * (values near the float range, x gaps near the smallest double), and when the band holds a large
 * share of all pairs (many equal slopes near the bracket), where listing them costs more.
 *
 * Slopes of exactly 0, the bulk of a step series (a c-list size, a constant), are not listed: the
 * pairs of equal y all have slope +0 (when no y is −0), and they change order at t = 0 only, where
 * the u order is the y order exactly. So a band around 0 is listed in two halves, t1 → 0 and 0 → t2,
 * with the pairs of equal y in x order in the first and in reverse x order in the second: neither
 * half lists them, and they are counted from the series (InversionScratch.flatPairs).
 */
import type { Series } from './internal.js';

/**
 * Largest share of all pairs the band between t1 and t2 may hold: listing a pair costs a few times
 * what the pass over every pair spends on it.
 */
const MAX_BAND_SHARE = 0.2;

/** Distinct-x pairs with equal y; −1 when some y is −0. */
function flatPairs(xs: Float64Array, ys: Float64Array): number {
  const n = xs.length;
  for (let i = 0; i < n; i++) if (Object.is(ys[i], -0)) return -1;
  const byY = new Int32Array(n);
  for (let i = 0; i < n; i++) byY[i] = i;
  byY.sort((a, b) => (ys[a] as number) - (ys[b] as number) || (xs[a] as number) - (xs[b] as number));
  let pairs = 0;
  for (let g = 0; g < n; ) {
    let e = g + 1;
    while (e < n && ys[byY[e] as number] === ys[byY[g] as number]) e++;
    pairs += ((e - g) * (e - g - 1)) / 2;
    // Less the pairs of equal x within the group (they are not pairs of the slopes).
    for (let k = g; k < e; ) {
      let f = k + 1;
      while (f < e && xs[byY[f] as number] === xs[byY[k] as number]) f++;
      pairs -= ((f - k) * (f - k - 1)) / 2;
      k = f;
    }
    g = e;
  }
  return pairs;
}

/** Pairs with distinct x of an x-sorted array. */
function distinctPairs(xs: Float64Array): number {
  const n = xs.length;
  let pairs = (n * (n - 1)) / 2;
  for (let g = 0; g < n; ) {
    let e = g + 1;
    while (e < n && xs[e] === xs[g]) e++;
    pairs -= ((e - g) * (e - g - 1)) / 2;
    g = e;
  }
  return pairs;
}

/** The counts of one bracket (the slopes inside it are written to the caller's window). */
export interface BracketCounts {
  below: number;
  atLo: number;
  /** Slopes strictly inside (lo, hi), also those beyond the window's length (not stored). */
  count: number;
  atHi: number;
}

/** Per-series work arrays, reused across the brackets of one pass. */
export interface InversionScratch {
  /** The series' indices in x order, ties in x by y, then by index: the order at t → −∞. */
  base: Int32Array;
  order: Int32Array;
  tmp: Int32Array;
  u: Float64Array;
  v: Float64Array;
  /** Distinct-x pairs of the series. */
  pairs: number;
  /** Distinct-x pairs with equal y (slope exactly 0), or −1 when some y is −0 (their slopes' signs vary). */
  flatPairs: number;
  /** The band's counts while a bracket is counted. */
  band: Float64Array;
  /** max |y|, x[n−1] − x[0], the least positive gap between x values. */
  yMax: number;
  xSpan: number;
  dxMin: number;
}

export function inversionScratch(series: Series): InversionScratch {
  const { x: xs, y: ys, n } = series;
  const base = new Int32Array(n);
  for (let i = 0; i < n; i++) base[i] = i;
  let yMax = 0;
  let dxMin = Infinity;
  for (let i = 0; i < n; i++) {
    const a = Math.abs(ys[i] as number);
    if (a > yMax) yMax = a;
    if (i > 0) {
      const d = (xs[i] as number) - (xs[i - 1] as number);
      if (d > 0 && d < dxMin) dxMin = d;
    }
  }
  // Within a group of equal x, by y then index: u(t) keeps that order at every t (same x), so pairs
  // of one group never count as inverted.
  for (let g = 0; g < n; ) {
    let e = g + 1;
    while (e < n && xs[e] === xs[g]) e++;
    if (e - g > 1) base.subarray(g, e).sort((a, b) => (ys[a] as number) - (ys[b] as number) || a - b);
    g = e;
  }
  return {
    base,
    order: new Int32Array(n),
    tmp: new Int32Array(n),
    u: new Float64Array(n),
    v: new Float64Array(n),
    band: new Float64Array(4),
    pairs: distinctPairs(xs),
    flatPairs: flatPairs(xs, ys),
    yMax,
    xSpan: n > 0 ? (xs[n - 1] as number) - (xs[0] as number) : 0,
    dxMin,
  };
}

/**
 * The counts of bracket [lo, hi] (lo ≤ hi) among the distinct-x pairwise slopes of `series` (x
 * sorted), the slopes strictly inside written to `inside` (as many as fit); null when the bracket
 * cannot be certified this way (see the module comment), or when the pairs to list near it are more
 * than `maxBandShare` of all: the caller then visits every pair.
 */
export function countBracketByInversions(
  series: Series,
  lo: number,
  hi: number,
  inside: Float64Array,
  s: InversionScratch,
  maxBandShare = MAX_BAND_SHARE,
): BracketCounts | null {
  const { x: xs, y: ys, n } = series;
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi && s.dxMin < Infinity)) return null;
  const EPS = Number.EPSILON;
  // Rounding of u = y − t·(x − x0) is at most a few EPS·(|y| + |t|·xSpan) per point; divided by the
  // least x gap, it bounds how far from t a misjudged pair's slope can be. The slope expression's
  // own rounding adds a few EPS·|t|. 64 covers the few with room; the absolute term covers
  // subnormal values.
  const bound = (t: number) => 64 * EPS * ((s.yMax + t * s.xSpan) / s.dxMin + t) + 1e-290;
  const t0 = Math.abs(lo) + Math.abs(hi);
  const margin = bound(t0 + 2 * bound(t0));
  if (!Number.isFinite(margin)) return null;
  const t1 = lo - Math.max(margin, Math.abs(lo) * EPS);
  const t2 = hi + Math.max(margin, Math.abs(hi) * EPS);
  if (!(t1 < lo && t2 > hi && Number.isFinite(t1) && Number.isFinite(t2))) return null;

  const x0 = xs[0] as number;
  const { u, v, order, tmp } = s;
  let finite = true;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - x0;
    const a = (u[i] = (ys[i] as number) - t1 * dx);
    const b = (v[i] = (ys[i] as number) - t2 * dx);
    finite &&= Number.isFinite(a) && Number.isFinite(b);
  }
  if (!finite) return null;
  // A bracket around 0 with pairs of equal y (a step series: many slopes exactly 0) is listed in two
  // halves that leave those pairs out: they are counted instead (split below).
  const split = t1 < 0 && t2 > 0 && s.flatPairs > 0;
  // Pairs below t2, then below t1: the inversions of the base order in the u(t2) and u(t1) orders
  // (`order` then holds the latter). Their difference is the band the second sort would list; when
  // it is a large part of all pairs (many equal slopes at a bound), the pass over every pair is
  // cheaper.
  order.set(s.base);
  const belowT2 = mergeCount(order, tmp, v, ys);
  order.set(s.base);
  const below = mergeCount(order, tmp, u, ys);
  if (belowT2 - below - (split ? s.flatPairs : 0) > s.pairs * maxBandShare) return null;
  // Pairs between t1 and t2: the inversions of the u(t1) order in the u(t2) order, each placed
  // against lo and hi by its slope computed as the full enumeration computes it.
  const band = s.band;
  band[0] = below;
  band[1] = band[2] = band[3] = 0;
  if (!split) mergeBand(order, tmp, v, xs, ys, lo, hi, inside, band, false);
  else {
    // At t = 0 the order is that of y, exactly (no rounding). Pairs of equal y keep their x order
    // from t1 to 0 (ties by index ascending) and their reverse from 0 to t2 (ties by index
    // descending), so neither half lists them; every other pair is listed in the half where it
    // changes order, as the single band would list it.
    mergeBand(order, tmp, ys, xs, ys, lo, hi, inside, band, false);
    for (let g = 0; g < n; ) {
      let e = g + 1;
      while (e < n && ys[order[e] as number] === ys[order[g] as number]) e++;
      order.subarray(g, e).reverse();
      g = e;
    }
    mergeBand(order, tmp, v, xs, ys, lo, hi, inside, band, true);
    // The pairs of equal y: their slope is 0 (+0: no y is −0).
    const flat = s.flatPairs;
    if (0 < lo) band[0] = (band[0] as number) + flat;
    else if (0 === lo) band[1] = (band[1] as number) + flat;
    else if (0 < hi) {
      const count = band[2] as number;
      if (count < inside.length) inside.fill(0, count, Math.min(inside.length, count + flat));
      band[2] = count + flat;
    } else if (0 === hi) band[3] = (band[3] as number) + flat;
  }
  return { below: band[0] as number, atLo: band[1] as number, count: band[2] as number, atHi: band[3] as number };
}

/** a before b in the order of key (ties by y, then by index, descending when `desc`). */
function before(key: Float64Array, ys: Float64Array, a: number, b: number, desc = false): boolean {
  const ka = key[a] as number;
  const kb = key[b] as number;
  if (ka !== kb) return ka < kb;
  const ya = ys[a] as number;
  const yb = ys[b] as number;
  return ya !== yb ? ya < yb : desc ? a > b : a < b;
}

/** Sorts `idx` by `key` (bottom-up merge sort, `tmp` as scratch); returns the number of inversions. */
function mergeCount(idx: Int32Array, tmp: Int32Array, key: Float64Array, ys: Float64Array): number {
  const n = idx.length;
  let inversions = 0;
  let src = idx;
  let dst = tmp;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if (before(key, ys, src[j] as number, src[i] as number)) {
          inversions += mid - i;
          dst[k++] = src[j++] as number;
        } else dst[k++] = src[i++] as number;
      }
      while (i < mid) dst[k++] = src[i++] as number;
      while (j < hi) dst[k++] = src[j++] as number;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== idx) idx.set(src);
  return inversions;
}

/**
 * Sorts `idx` by `key` like {@link mergeCount} (ties by index descending when `desc`); every
 * inversion it undoes is a pair whose slope is
 * placed against [lo, hi]: `counts` (below, atLo, inside, atHi) grows, the inside slopes go to
 * `inside` while they fit. One function with the classification inline: it runs for every pair
 * listed (tens of thousands a bracket).
 */
function mergeBand(
  idx: Int32Array,
  tmp: Int32Array,
  key: Float64Array,
  xs: Float64Array,
  ys: Float64Array,
  lo: number,
  hi: number,
  inside: Float64Array,
  counts: Float64Array,
  desc: boolean,
): void {
  const n = idx.length;
  const cap = inside.length;
  let below = counts[0] as number;
  let atLo = counts[1] as number;
  let count = counts[2] as number;
  let atHi = counts[3] as number;
  let src = idx;
  let dst = tmp;
  for (let width = 1; width < n; width *= 2) {
    for (let start = 0; start < n; start += 2 * width) {
      const mid = Math.min(start + width, n);
      const end = Math.min(start + 2 * width, n);
      let i = start;
      let j = mid;
      let k = start;
      while (i < mid && j < end) {
        const b = src[j] as number;
        if (before(key, ys, b, src[i] as number, desc)) {
          const xb = xs[b] as number;
          const yb = ys[b] as number;
          for (let r = i; r < mid; r++) {
            const a = src[r] as number;
            // The enumeration's expression: the pair in x order (a pair that changes order has distinct x).
            const sl = a < b ? (yb - (ys[a] as number)) / (xb - (xs[a] as number)) : ((ys[a] as number) - yb) / ((xs[a] as number) - xb);
            if (sl < lo) below++;
            else if (sl === lo) atLo++;
            else if (sl < hi) {
              if (count < cap) inside[count] = sl;
              count++;
            } else if (sl === hi) atHi++;
          }
          dst[k++] = b;
          j++;
        } else dst[k++] = src[i++] as number;
      }
      while (i < mid) dst[k++] = src[i++] as number;
      while (j < end) dst[k++] = src[j++] as number;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== idx) idx.set(src);
  counts[0] = below;
  counts[1] = atLo;
  counts[2] = count;
  counts[3] = atHi;
}
