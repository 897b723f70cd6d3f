/** Small descriptive helpers for reports and charts. */
import { median as ssMedian } from 'simple-statistics';

function meanOfRange(values: ArrayLike<number>, start: number, end: number): number {
  if (end <= start) return NaN;
  let s = 0;
  for (let i = start; i < end; i++) s += values[i] as number;
  return s / (end - start);
}

/** Mean of the first min(k, length) values; NaN when there are none. */
export function meanOfFirst(values: ArrayLike<number>, k: number): number {
  return meanOfRange(values, 0, Math.min(Math.max(0, Math.floor(k)), values.length));
}

/** Mean of the last min(k, length) values; NaN when there are none. */
export function meanOfLast(values: ArrayLike<number>, k: number): number {
  const len = values.length;
  return meanOfRange(values, Math.max(0, len - Math.max(0, Math.floor(k))), len);
}

/** Median (mean of the two middle values for even length); NaN when empty. */
export function median(values: ArrayLike<number>): number {
  if (values.length === 0) return NaN;
  return ssMedian(Array.from(values));
}

/**
 * Reduces a series to at most `maxPoints` points for charts by splitting the points, in their
 * given order, into ≤ maxPoints consecutive buckets of near-equal size (sizes differ by at most
 * one) and taking each bucket's mean x and mean y. Series already short enough are copied.
 */
export function downsample(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  maxPoints: number,
): { x: number[]; y: number[] } {
  if (xs.length !== ys.length) {
    throw new RangeError(`xs and ys must have the same length (got ${xs.length} and ${ys.length})`);
  }
  const m = Math.floor(maxPoints);
  if (!(m >= 1)) throw new RangeError(`maxPoints must be ≥ 1, got ${maxPoints}`);
  const n = xs.length;
  if (n <= m) return { x: Array.from(xs), y: Array.from(ys) };
  const x: number[] = [];
  const y: number[] = [];
  for (let b = 0; b < m; b++) {
    const start = Math.floor((b * n) / m);
    const end = Math.floor(((b + 1) * n) / m);
    x.push(meanOfRange(xs, start, end));
    y.push(meanOfRange(ys, start, end));
  }
  return { x, y };
}
