/**
 * A vat's c-list series: one point per checkpoint at which its counts changed, each
 * [height, eR, eU, iR, iU, promises, devices] (height NaN outside blocks).
 *
 * Stored as rows of one Float64Array (56 bytes a point) rather than an array per point (~150 bytes
 * with its header, elements and boxed numbers): a long run has a point per block for every busy
 * vat, 10^5 points and more, and the points are the largest thing the scan keeps. A typed array
 * is also copied as one block when a scan worker posts its result.
 *
 * A plain object (not a class) so that it survives structured cloning between threads.
 */
export const POINT_WIDTH = 7;

export interface ClistPoints {
  /** Points held. */
  length: number;
  /** Rows of POINT_WIDTH values; capacity ≥ length * POINT_WIDTH (exactly that after `trimPoints`). */
  data: Float64Array;
}

export const emptyPoints = (): ClistPoints => ({ length: 0, data: new Float64Array(0) });

/** Appends [height, ...counts[1..6]] (`counts[0]` is unused, as in the replay's counters). */
export function pushPoint(p: ClistPoints, height: number, counts: ArrayLike<number>): void {
  let o = p.length * POINT_WIDTH;
  if (o + POINT_WIDTH > p.data.length) {
    const grown = new Float64Array(Math.max(16 * POINT_WIDTH, p.data.length * 2));
    grown.set(p.data);
    p.data = grown;
  }
  const d = p.data;
  d[o++] = height;
  for (let s = 1; s < POINT_WIDTH; s++) d[o++] = counts[s] as number;
  p.length++;
}

/** Appends point `i` of `from` to `to`. */
export function copyPoint(from: ClistPoints, i: number, to: ClistPoints): void {
  pushPoint(to, from.data[i * POINT_WIDTH] as number, from.data.subarray(i * POINT_WIDTH, (i + 1) * POINT_WIDTH));
}

/** Value `s` (0 = height, 1..6 = counts) of point `i`. */
export const pointValue = (p: ClistPoints, i: number, s: number): number => p.data[i * POINT_WIDTH + s] as number;

/** Point `i` as a new array [height, ...counts]. */
export const pointAt = (p: ClistPoints, i: number): number[] => Array.from(p.data.subarray(i * POINT_WIDTH, (i + 1) * POINT_WIDTH));

/** The points with their spare capacity dropped (a posted typed array copies its whole buffer). */
export function trimPoints(p: ClistPoints): ClistPoints {
  const n = p.length * POINT_WIDTH;
  return n === p.data.length ? p : { length: p.length, data: p.data.slice(0, n) };
}
