/**
 * Common-mode correction of BOYD time: each vat's per-block means against the median, at that
 * height, of its peers' BOYD time (see {@link commonModes}).
 */

/** A vat's BOYD time per block: ascending heights and the mean of the vat's samples at each. */
export interface PerBlock {
  x: Float64Array;
  y: Float64Array;
}

/** A vat's BOYD time against its peers', block by block (see {@link commonModes}). */
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

type Series = Map<string, { x: number[]; y: number[] }>;

/**
 * Common-mode correction: each of the vat's per-block BOYD means against the median, at that
 * height, of its peers' BOYD time (every peer but the vat itself). A machine-wide slowdown (a
 * loaded CI host) moves every vat together and cancels out; a vat that retains objects keeps its
 * own rise. Two forms, because a slowdown can add time (diff cancels it, the ratio of a vat faster
 * than its peers then rises) or scale it (the ratio cancels it, the diff of a vat slower than its
 * peers then rises): the gate tests the form that cancels the run's drift (gate/boyd-rules.ts
 * driftForm).
 *
 * A peer's level at a height where it had no BOYD is interpolated linearly between its BOYDs
 * before and after (none outside its first and last): a chain reaps each vat every few blocks, not
 * in every block, and different vats in different blocks.
 *
 * For every vat of `vatIDs` (default: every vat of `series`) at once, in one sweep over the heights
 * where any of them had a BOYD: at each, the peers' levels are gathered and sorted once, and each
 * vat's median leaves its own level out by rank. Time O(H·P·log P + S) for H such heights, P peers
 * and S samples, memory O(P + S): linear in the vats for a given run length (a vat-by-vat walk over
 * all peers was quadratic in them).
 */
export function commonModes(
  series: Series,
  peerIDs: Set<string>,
  cache: Map<string, PerBlock> = new Map(),
  vatIDs: Iterable<string> = series.keys(),
): Map<string, CommonMode | null> {
  const perBlock = (v: string) => {
    let m = cache.get(v);
    if (!m) cache.set(v, (m = blockMeans(series.get(v)!)));
    return m;
  };
  const out = new Map<string, CommonMode | null>();
  const peerList = [...peerIDs];
  const peers = peerList.map(perBlock);
  const queried: Array<{ vatID: string; own: PerBlock; peer: boolean; out: CommonMode }> = [];
  let total = 0;
  for (const vatID of vatIDs) {
    if (!series.has(vatID) || out.has(vatID)) continue;
    const peer = peerIDs.has(vatID);
    if (peerList.length - (peer ? 1 : 0) === 0) {
      out.set(vatID, null);
      continue;
    }
    const own = perBlock(vatID);
    const cm: CommonMode = { x: [], diff: [], ratio: [], ratioX: [] };
    queried.push({ vatID, own, peer, out: cm });
    out.set(vatID, cm);
    total += own.x.length;
  }
  // The distinct heights queried, and each query (vat, index) bucketed by its height's rank.
  const all = new Float64Array(total);
  let n = 0;
  for (const q of queried) for (const h of q.own.x) all[n++] = h;
  all.sort();
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || all[i] !== all[distinct - 1]) all[distinct++] = all[i] as number;
  const heights = all.subarray(0, distinct);
  const start = new Int32Array(distinct + 1);
  const rankOf = new Int32Array(total);
  n = 0;
  for (const q of queried) {
    let r = 0;
    for (const h of q.own.x) {
      while (heights[r] !== h) r++;
      rankOf[n++] = r;
      start[r + 1]!++;
    }
  }
  for (let r = 0; r < distinct; r++) start[r + 1]! += start[r]!;
  const fill = start.slice(0, distinct);
  const qVat = new Int32Array(total);
  const qIdx = new Int32Array(total);
  n = 0;
  queried.forEach((q, v) => {
    for (let i = 0; i < q.own.x.length; i++) {
      const at = fill[rankOf[n++]!]!++;
      qVat[at] = v;
      qIdx[at] = i;
    }
  });

  const at = new Int32Array(peers.length);
  const levels = new Float64Array(peers.length);
  for (let r = 0; r < distinct; r++) {
    const h = heights[r] as number;
    let count = 0;
    for (let k = 0; k < peers.length; k++) {
      const o = peers[k] as PerBlock;
      let p = at[k] as number;
      while (p < o.x.length && (o.x[p] as number) < h) p++;
      at[k] = p;
      if (p >= o.x.length) continue;
      const x1 = o.x[p] as number;
      if (x1 === h) levels[count++] = o.y[p] as number;
      else if (p > 0) {
        const x0 = o.x[p - 1] as number;
        const y0 = o.y[p - 1] as number;
        levels[count++] = y0 + (((o.y[p] as number) - y0) * (h - x0)) / (x1 - x0);
      }
    }
    const sorted = levels.subarray(0, count).sort();
    for (let j = start[r] as number; j < (start[r + 1] as number); j++) {
      const q = queried[qVat[j] as number]!;
      const y = q.own.y[qIdx[j] as number] as number;
      // A peer's own level at a height of its own is its mean there: left out of its median.
      const m = q.peer ? medianWithout(sorted, y) : medianOf(sorted);
      if (Number.isNaN(m)) continue;
      q.out.x.push(h);
      q.out.diff.push(y - m);
      if (m > 0) {
        q.out.ratioX.push(h);
        q.out.ratio.push(y / m);
      }
    }
  }
  for (const q of queried) if (!q.out.x.length) out.set(q.vatID, null);
  return out;
}

/** {@link commonModes} of one vat. */
export function commonMode(vatID: string, series: Series, peerIDs: Set<string>, cache: Map<string, PerBlock> = new Map()): CommonMode | null {
  return commonModes(series, peerIDs, cache, [vatID]).get(vatID) ?? null;
}

/**
 * The median of sorted values as the project's `median` (simple-statistics, numpy's linear
 * method) computes it: the middle value, or the lower middle plus half the gap to the upper.
 * `at(k)` is the k-th smallest of `n`; NaN when n is 0.
 */
function medianAt(n: number, at: (k: number) => number): number {
  if (n === 0) return NaN;
  if (n % 2 === 1) return at((n - 1) / 2);
  const lo = at(n / 2 - 1);
  return lo + 0.5 * (at(n / 2) - lo);
}

const medianOf = (a: Float64Array) => medianAt(a.length, (k) => a[k] as number);

/** The median of sorted `a` with one value equal to `y` left out (`y` is one of them). */
function medianWithout(a: Float64Array, y: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < y) lo = mid + 1;
    else hi = mid;
  }
  const r = lo;
  return medianAt(a.length - 1, (k) => a[k < r ? k : k + 1] as number);
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
