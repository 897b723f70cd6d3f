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
 * Many pairs with exactly the same slope (a step series, a constant: slope 0; a counter growing by
 * the same whole number each block: that number) are not listed. At a pivot v where u(v) is exact
 * for every point, the pairs with equal u(v) are exactly those of slope v, and they change order at
 * v only. So a band around v is listed in two halves, t1 → v and v → t2, with those pairs in x order
 * in the first and in reverse x order in the second: neither half lists them, and they are counted
 * from the runs of equal u(v). The pivots: 0, where u(0) = y (with no y −0, all those slopes are
 * +0); and a whole number v where every x and y is a multiple of some 2^−k (whole numbers, or the
 * halves of a downsampled series of them) and y − v·(x − x0) stays below 2^53·2^−k: then every
 * value, difference and product is exact, Δy = v·Δx exactly, and so is their quotient. That v is a
 * bracket lo = hi, or an `atom` inside a wider bracket that the caller's sample shows many slopes
 * at (a bracket around Sen's interval bound next to such a median).
 */
import type { Series } from './internal.js';

/**
 * Largest share of all pairs the band between t1 and t2 may hold: listing a pair costs a few times
 * what the pass over every pair spends on it.
 */
const MAX_BAND_SHARE = 0.2;

/**
 * Distinct-x pairs with equal key, for `idx` sorted by key (ties by y, then index): a run of equal
 * key is sorted by y, and its points of equal x (whose y are then equal too: key = y − v·(x − x0))
 * are consecutive in it.
 */
function equalKeyPairs(idx: Int32Array, key: Float64Array, xs: Float64Array): number {
  const n = idx.length;
  let pairs = 0;
  for (let g = 0; g < n; ) {
    let e = g + 1;
    while (e < n && key[idx[e] as number] === key[idx[g] as number]) e++;
    pairs += ((e - g) * (e - g - 1)) / 2;
    for (let k = g; k < e; ) {
      let f = k + 1;
      while (f < e && xs[idx[f] as number] === xs[idx[k] as number]) f++;
      pairs -= ((f - k) * (f - k - 1)) / 2; // pairs of equal x are not pairs of the slopes
      k = f;
    }
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
  /** u(t1) and u(t2) of every point. */
  uT1: Float64Array;
  uT2: Float64Array;
  /** Distinct-x pairs of the series. */
  pairs: number;
  /** Some y is −0: pairs of equal y may then have the slope −0 (0 is no pivot). */
  negativeZero: boolean;
  /**
   * The least k (0 to MAX_GRID) for which every x·2^k and y·2^k is a whole number below 2^53 (a
   * whole-number slope can then be a pivot), −1 when there is none. 0: whole numbers; 1: halves,
   * such as the means of 1 or 2 values that a downsampled series of whole numbers has.
   */
  grid: number;
  /** u at the pivot, and the indices sorted by it. */
  w: Float64Array;
  byPivot: Int32Array;
  /** The band's counts while a bracket is counted. */
  band: Float64Array;
  /** max |y|, x[n−1] − x[0], the least positive gap between x values. */
  yMax: number;
  xSpan: number;
  dxMin: number;
}

/** Work arrays for `series`, which has `pairs` distinct-x pairs (what the caller counted them as). */
export function inversionScratch(series: Series, pairs: number): InversionScratch {
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
    uT1: new Float64Array(n),
    uT2: new Float64Array(n),
    band: new Float64Array(4),
    pairs,
    negativeZero: ys.some((y) => Object.is(y, -0)),
    grid: gridOf(xs, ys),
    w: new Float64Array(n),
    byPivot: new Int32Array(n),
    yMax,
    xSpan: n > 0 ? (xs[n - 1] as number) - (xs[0] as number) : 0,
    dxMin,
  };
}

/** Largest k tried for {@link InversionScratch.grid}. */
const MAX_GRID = 4;

function gridOf(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  for (let k = 0, scale = 1; k <= MAX_GRID; k++, scale *= 2) {
    let on = true;
    for (let i = 0; on && i < xs.length; i++) on = Number.isSafeInteger((xs[i] as number) * scale) && Number.isSafeInteger((ys[i] as number) * scale);
    if (on) return k;
  }
  return -1;
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
  atom = NaN,
): BracketCounts | null {
  const { x: xs, y: ys, n } = series;
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi && s.dxMin < Infinity)) return null;
  const EPS = Number.EPSILON;
  // Rounding of u = y − t·(x − x0) at |t| is at most a few EPS·(|y| + |t|·xSpan) per point, plus
  // half the least subnormal per operation; divided by the least x gap, it bounds how far from t a
  // misjudged pair's slope can be. The slope expression's own rounding adds a few EPS·|t|. 64 and 4
  // cover the few with room.
  const bound = (t: number) => 64 * EPS * ((s.yMax + t * s.xSpan) / s.dxMin + t) + (4 * Number.MIN_VALUE) / s.dxMin + 1e-290;
  const t0 = Math.abs(lo) + Math.abs(hi);
  const margin = bound(t0 + 2 * bound(t0));
  if (!Number.isFinite(margin)) return null;
  const t1 = lo - Math.max(margin, Math.abs(lo) * EPS);
  const t2 = hi + Math.max(margin, Math.abs(hi) * EPS);
  if (!(t1 < lo && t2 > hi && Number.isFinite(t1) && Number.isFinite(t2))) return null;
  // The margin must also bound the rounding at t1 and t2 themselves, which it does not when it is
  // of the order of |lo|: x spread over ~10^13 of its least gaps and more (a review found such
  // series, with clusters of x far apart, miscounted by a margin taken at |lo| + |hi| only).
  if (!(bound(Math.max(-t1, t2, 0)) <= margin)) return null;

  const x0 = xs[0] as number;
  const { uT1, uT2, order, tmp } = s;
  let finite = true;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - x0;
    const a = (uT1[i] = (ys[i] as number) - t1 * dx);
    const b = (uT2[i] = (ys[i] as number) - t2 * dx);
    finite &&= Number.isFinite(a) && Number.isFinite(b);
  }
  if (!finite) return null;
  // A pivot inside (t1, t2) where u is exact for every point, and the pairs of equal u there (all of
  // slope exactly `pivot`): they are counted instead of listed (see the module comment).
  let pivotKey: Float64Array | null = null;
  let pivot = 0;
  // An atom strictly inside the bracket puts its pairs in the window as `v`: not 0 when some y is
  // −0, whose pairs of equal y have the slopes +0 and −0 (at an end they are only counted).
  const v = lo === hi ? lo : atom >= lo && atom <= hi && !(atom === 0 && s.negativeZero) ? atom : NaN;
  if (t1 < 0 && t2 > 0 && !s.negativeZero) pivotKey = ys;
  else if (s.grid >= 0 && Number.isSafeInteger(v) && (Math.abs(v) * s.xSpan + s.yMax) * 2 ** s.grid < 2 ** 53) {
    pivot = v;
    for (let i = 0; i < n; i++) s.w[i] = (ys[i] as number) - pivot * ((xs[i] as number) - x0);
    pivotKey = s.w;
  }
  let flat = 0;
  if (pivotKey) {
    s.byPivot.set(s.base);
    mergeCount(s.byPivot, tmp, pivotKey, ys);
    flat = equalKeyPairs(s.byPivot, pivotKey, xs);
    if (flat === 0) pivotKey = null;
  }
  // Pairs below t2, then below t1: the inversions of the base order in the u(t2) and u(t1) orders
  // (`order` then holds the latter). Their difference, less the pivot's pairs, is the band the
  // listing would go through; when it is a large part of all pairs (many equal slopes near the
  // bracket), the pass over every pair is cheaper.
  order.set(s.base);
  const belowT2 = mergeCount(order, tmp, uT2, ys);
  order.set(s.base);
  const below = mergeCount(order, tmp, uT1, ys);
  if (belowT2 - below - flat > s.pairs * maxBandShare) return null;
  // Pairs between t1 and t2: the inversions of the u(t1) order in the u(t2) order, each placed
  // against lo and hi by its slope computed as the full enumeration computes it.
  const band = s.band;
  band[0] = below;
  band[1] = band[2] = band[3] = 0;
  if (!pivotKey) mergeBand(order, tmp, uT2, xs, ys, lo, hi, inside, band, TIE_Y_THEN_INDEX);
  else {
    // t1 → pivot (ties by index: the pivot's pairs keep their x order), then the pivot's runs
    // reversed, then pivot → t2 (ties by y, then index descending): neither half lists those pairs.
    // At t1 and t2 a pivot lo = hi is a margin away, where its pairs cannot tie; the pivot 0 may be
    // nearer (a bracket ending within the margin below or above 0), but its pairs have equal y, so
    // their ties fall to the index: ascending at t1, as at the pivot, and descending at t2.
    mergeBand(order, tmp, pivotKey, xs, ys, lo, hi, inside, band, TIE_INDEX);
    for (let g = 0; g < n; ) {
      let e = g + 1;
      while (e < n && pivotKey[order[e] as number] === pivotKey[order[g] as number]) e++;
      order.subarray(g, e).reverse();
      g = e;
    }
    mergeBand(order, tmp, uT2, xs, ys, lo, hi, inside, band, TIE_Y_THEN_INDEX_DOWN);
    // The pivot's pairs: slope exactly `pivot` (+0 for 0: no y is −0).
    if (pivot < lo) band[0] = (band[0] as number) + flat;
    else if (pivot === lo) band[1] = (band[1] as number) + flat;
    else if (pivot < hi) {
      const count = band[2] as number;
      if (count < inside.length) inside.fill(pivot, count, Math.min(inside.length, count + flat));
      band[2] = count + flat;
    } else if (pivot === hi) band[3] = (band[3] as number) + flat;
  }
  return { below: band[0] as number, atLo: band[1] as number, count: band[2] as number, atHi: band[3] as number };
}

/** Ties of a sort by key: by y (ascending), then by index ascending or descending; or by index only. */
const TIE_Y_THEN_INDEX = 0;
const TIE_Y_THEN_INDEX_DOWN = 1;
const TIE_INDEX = 2;

/**
 * a before b in the order of key, ties broken by `tie`. By y first for the u orders (points of equal
 * x keep their order by y); by index only for the order at a pivot, where points of equal key and
 * distinct x must stay in x order whatever their y.
 */
function before(key: Float64Array, ys: Float64Array, a: number, b: number, tie = TIE_Y_THEN_INDEX): boolean {
  const ka = key[a] as number;
  const kb = key[b] as number;
  if (ka !== kb) return ka < kb;
  if (tie !== TIE_INDEX) {
    const ya = ys[a] as number;
    const yb = ys[b] as number;
    if (ya !== yb) return ya < yb;
  }
  return tie === TIE_Y_THEN_INDEX_DOWN ? a > b : a < b;
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
 * Sorts `idx` by `key` like {@link mergeCount} (ties broken by `tie`); every inversion it undoes is
 * a pair whose slope is placed against [lo, hi]: `counts` (below, atLo, inside, atHi) grows, the
 * inside slopes go to `inside` while they fit. The classification is inline in {@link mergeBandRuns}:
 * it runs for every pair listed (tens of thousands a bracket).
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
  tie: number,
): void {
  const n = idx.length;
  let src = idx;
  let dst = tmp;
  for (let width = 1; width < n; width *= 2) {
    for (let start = 0; start < n; start += 2 * width) {
      mergeBandRuns(src, dst, start, Math.min(start + width, n), Math.min(start + 2 * width, n), key, xs, ys, lo, hi, inside, counts, tie);
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== idx) idx.set(src);
}

/**
 * One merge of {@link mergeBand}: src[start..mid) and src[mid..end) into dst[start..end), placing the
 * slope of every pair it puts back in order. A function of its own, called for each pair of runs:
 * as loops nested in the widths' loop, V8 compiled them on the stack and discarded that code each
 * time the innermost loop ended (over a thousand times in one report).
 */
function mergeBandRuns(
  src: Int32Array,
  dst: Int32Array,
  start: number,
  mid: number,
  end: number,
  key: Float64Array,
  xs: Float64Array,
  ys: Float64Array,
  lo: number,
  hi: number,
  inside: Float64Array,
  counts: Float64Array,
  tie: number,
): void {
  const cap = inside.length;
  let below = counts[0] as number;
  let atLo = counts[1] as number;
  let count = counts[2] as number;
  let atHi = counts[3] as number;
  let i = start;
  let j = mid;
  let k = start;
  while (i < mid && j < end) {
    const b = src[j] as number;
    if (before(key, ys, b, src[i] as number, tie)) {
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
  counts[0] = below;
  counts[1] = atLo;
  counts[2] = count;
  counts[3] = atHi;
}
