/** Helpers shared by the estimators. Not re-exported from the package index. */

export interface Series {
  /** x sorted ascending (stable with respect to the input order). */
  x: Float64Array;
  /** y in the same order as x. */
  y: Float64Array;
  n: number;
}

/**
 * Drops points where x or y is not finite, then orders the points by x (stable sort, so points
 * with equal x keep their input order). Throws when the inputs have different lengths.
 */
export function prepareSeries(x: ArrayLike<number>, y: ArrayLike<number>): Series {
  if (x.length !== y.length) {
    throw new RangeError(`x and y must have the same length (got ${x.length} and ${y.length})`);
  }
  const idx: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (Number.isFinite(x[i]) && Number.isFinite(y[i])) idx.push(i);
  }
  // Array.prototype.sort is stable (ES2019+).
  idx.sort((a, b) => (x[a] as number) - (x[b] as number));
  const n = idx.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const i = idx[k] as number;
    xs[k] = x[i] as number;
    ys[k] = y[i] as number;
  }
  return { x: xs, y: ys, n };
}

/**
 * Sizes of the groups of equal values (only groups of size ≥ 2). `sorted` must be ascending.
 */
export function tieGroupsSorted(sorted: ArrayLike<number>): number[] {
  const out: number[] = [];
  let run = 1;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[i - 1]) {
      run++;
    } else {
      if (run > 1) out.push(run);
      run = 1;
    }
  }
  return out;
}

/** Tie-group sizes of arbitrary (unsorted) values. */
export function tieGroups(values: ArrayLike<number>): number[] {
  const copy = Float64Array.from(values as ArrayLike<number>);
  copy.sort();
  return tieGroupsSorted(copy);
}

/** Median of an ascending-sorted typed array (NaN when empty). */
export function medianOfSorted(sorted: Float64Array): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = n >> 1;
  return n % 2 === 1 ? (sorted[h] as number) : ((sorted[h - 1] as number) + (sorted[h] as number)) / 2;
}

/**
 * Average ranks (1-based; ties get the mean of the ranks they span). `values` must not hold NaN.
 * By a native sort of the values and a binary search of each value's run of equals (the search's
 * comparisons take −0 and 0 as equal, as `===` does): a comparator sort of indices ran mostly
 * interpreted in a report's first fits (docs/performance.md).
 */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const sorted = Float64Array.from(values);
  sorted.sort();
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    // First index whose value is not below v, and first whose value is above it.
    let a = 0;
    let b = n;
    while (a < b) {
      const m = (a + b) >>> 1;
      if ((sorted[m] as number) < v) a = m + 1;
      else b = m;
    }
    let c = a;
    let d = n;
    while (c < d) {
      const m = (c + d) >>> 1;
      if ((sorted[m] as number) <= v) c = m + 1;
      else d = m;
    }
    ranks[i] = (a + 1 + c) / 2; // mean of ranks a+1..c
  }
  return ranks;
}

/**
 * Mann–Kendall S = Σ sign(yj − yi) over the pairs i < j with xi ≠ xj, for x sorted ascending, in
 * O(n log n) (Knight 1966) instead of a loop over the n(n−1)/2 pairs: S = N − T − 2Q, where N
 * counts the distinct-x pairs, T those among them with equal y, and Q those with yi > yj (the
 * inversions of y, less those inside a group of equal x). Exact: only comparisons and counts.
 */
export function kendallS(xs: Float64Array, ys: Float64Array): number {
  const n = xs.length;
  const sorted = Float64Array.from(ys);
  const scratch = new Float64Array(n);
  let pairs = (n * (n - 1)) / 2;
  let inversions = inversionsSort(sorted, scratch, 0, n);
  let ties = tiedPairs(sorted);
  // Pairs inside a group of equal x are not pairs of S: take out their count, inversions and y ties.
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && xs[j] === xs[i]) j++;
    if (j - i > 1) {
      const group = ys.slice(i, j);
      pairs -= ((j - i) * (j - i - 1)) / 2;
      inversions -= inversionsSort(group, scratch, 0, j - i);
      ties -= tiedPairs(group);
    }
    i = j;
  }
  return pairs - ties - 2 * inversions;
}

/** Pairs of equal values in an ascending array. */
function tiedPairs(sorted: Float64Array): number {
  let ties = 0;
  for (const t of tieGroupsSorted(sorted)) ties += (t * (t - 1)) / 2;
  return ties;
}

/** Sorts a[from, to) ascending (merge sort) and returns its number of pairs i < j with a[i] > a[j]. */
function inversionsSort(a: Float64Array, tmp: Float64Array, from: number, to: number): number {
  const len = to - from;
  if (len < 2) return 0;
  if (len <= 16) {
    // Insertion sort: each shift is one inversion.
    let inv = 0;
    for (let i = from + 1; i < to; i++) {
      const v = a[i] as number;
      let j = i - 1;
      while (j >= from && (a[j] as number) > v) {
        a[j + 1] = a[j] as number;
        j--;
        inv++;
      }
      a[j + 1] = v;
    }
    return inv;
  }
  const mid = from + (len >> 1);
  let inv = inversionsSort(a, tmp, from, mid) + inversionsSort(a, tmp, mid, to);
  let i = from;
  let j = mid;
  let k = from;
  while (i < mid && j < to) {
    if ((a[j] as number) < (a[i] as number)) {
      inv += mid - i; // a[j] is below every value left in the first half
      tmp[k++] = a[j++] as number;
    } else tmp[k++] = a[i++] as number;
  }
  while (i < mid) tmp[k++] = a[i++] as number;
  while (j < to) tmp[k++] = a[j++] as number;
  a.set(tmp.subarray(from, to), from);
  return inv;
}

/**
 * Null-hypothesis variance of Kendall's S = Σ_{i<j} sign(xj−xi)·sign(yj−yi) with ties in
 * both variables (Kendall 1970, eq. 4.4):
 *
 *   Var(S) = [n(n−1)(2n+5) − Σt(t−1)(2t+5) − Σu(u−1)(2u+5)] / 18
 *          + [Σt(t−1)(t−2)]·[Σu(u−1)(u−2)] / [9n(n−1)(n−2)]
 *          + [Σt(t−1)]·[Σu(u−1)] / [2n(n−1)]
 *
 * where t runs over the x tie groups and u over the y tie groups. Without x ties this is the
 * usual tie-corrected Mann–Kendall variance.
 */
export function kendallVarS(n: number, xTies: readonly number[], yTies: readonly number[]): number {
  if (n < 2) return 0;
  const a = (t: number): number => t * (t - 1) * (2 * t + 5);
  const b = (t: number): number => t * (t - 1) * (t - 2);
  const c = (t: number): number => t * (t - 1);
  const sum = (ts: readonly number[], f: (t: number) => number): number => ts.reduce((s, t) => s + f(t), 0);
  let v = (n * (n - 1) * (2 * n + 5) - sum(xTies, a) - sum(yTies, a)) / 18;
  if (n > 2) v += (sum(xTies, b) * sum(yTies, b)) / (9 * n * (n - 1) * (n - 2));
  v += (sum(xTies, c) * sum(yTies, c)) / (2 * n * (n - 1));
  return Math.max(v, 0);
}

/**
 * In-place quickselect (Hoare partition, pseudo-random median-of-three pivots): afterwards
 * a[k] holds the k-th smallest value (0-based), everything before it is ≤ a[k] and everything
 * after it is ≥ a[k]. Expected O(length). `a` must not contain NaN.
 */
export function selectInPlace(a: Float64Array, k: number): void {
  let left = 0;
  let right = a.length - 1;
  // xorshift32 (no closure: a new one per call was a new call target, as mulberry32's was): only
  // used to pick pivot positions, so quality barely matters.
  let seed = 0x2545f491;
  while (right > left) {
    const span = right - left + 1;
    const p1 = a[left + ((seed = xorshift32(seed)) >>> 0) % span] as number;
    const p2 = a[left + ((seed = xorshift32(seed)) >>> 0) % span] as number;
    const p3 = a[left + ((seed = xorshift32(seed)) >>> 0) % span] as number;
    const pivot = p1 < p2 ? (p2 < p3 ? p2 : p1 < p3 ? p3 : p1) : p1 < p3 ? p1 : p2 < p3 ? p3 : p2;
    const j = partition(a, left, right, pivot);
    const i = partitionEnd;
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

function xorshift32(s: number): number {
  s ^= s << 13;
  s ^= s >>> 17;
  return s ^ (s << 5);
}

/** Where the upper part of the last {@link partition} starts. */
let partitionEnd = 0;

/**
 * Hoare partition of a[left..right] around `pivot`: returns the end j of the lower part (values
 * ≤ pivot) and sets `partitionEnd` to the start i of the upper one (values ≥ pivot); between them,
 * values equal to it. A function of its own: as loops nested in the selection loop, V8 compiled
 * them on the stack and discarded that code at every exit (each fit paid the compiler again).
 */
function partition(a: Float64Array, left: number, right: number, pivot: number): number {
  let i = left;
  let j = right;
  while (i <= j) {
    while ((a[i] as number) < pivot) i++;
    while ((a[j] as number) > pivot) j--;
    if (i <= j) {
      const t = a[i] as number;
      a[i] = a[j] as number;
      a[j] = t;
      i++;
      j--;
    }
  }
  partitionEnd = i;
  return j;
}

/**
 * Value at a 1-based, possibly fractional, rank (clamped to [1, n]) of the multiset in `a`,
 * interpolating linearly between neighbouring order statistics. Reorders `a` (quickselect).
 */
export function selectFractionalRank(a: Float64Array, rank: number): number {
  const n = a.length;
  if (n === 0) return NaN;
  const r = Math.min(Math.max(rank, 1), n) - 1;
  const k = Math.floor(r);
  const f = r - k;
  selectInPlace(a, k);
  const v0 = a[k] as number;
  if (f === 0 || k + 1 >= n) return v0;
  let v1 = Infinity;
  for (let i = k + 1; i < n; i++) if ((a[i] as number) < v1) v1 = a[i] as number;
  return v0 + (v1 - v0) * f;
}

/** Median of the values in `a` (NaN when empty). Reorders `a`. */
export function selectMedian(a: Float64Array): number {
  return selectFractionalRank(a, (a.length + 1) / 2);
}
