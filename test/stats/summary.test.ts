import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { downsample, meanOfFirst, meanOfLast, median } from '../../src/stats/index.js';

describe('summary helpers', () => {
  it('meanOfFirst / meanOfLast', () => {
    const v = [1, 2, 3, 4, 10];
    expect(meanOfFirst(v, 2)).toBe(1.5);
    expect(meanOfLast(v, 2)).toBe(7);
    expect(meanOfFirst(v, 50)).toBe(4);
    expect(meanOfLast(Float64Array.from(v), 50)).toBe(4);
    expect(meanOfFirst([], 3)).toBeNaN();
    expect(meanOfLast(v, 0)).toBeNaN();
  });

  it('median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median(Float64Array.from([5]))).toBe(5);
    expect(median([])).toBeNaN();
  });

  it('downsample buckets consecutive points by mean', () => {
    // 10 points into 3 buckets: index ranges [0,3), [3,6), [6,10).
    const xs = Array.from({ length: 10 }, (_, i) => i);
    const ys = xs.map((x) => x * 10);
    expect(downsample(xs, ys, 3)).toEqual({ x: [1, 4, 7.5], y: [10, 40, 75] });
    expect(downsample([1, 2], [3, 4], 5)).toEqual({ x: [1, 2], y: [3, 4] });
    expect(() => downsample([1], [1, 2], 5)).toThrow(RangeError);
    expect(() => downsample([1], [1], 0)).toThrow(RangeError);
  });

  it('downsample keeps ≤ maxPoints, preserves the overall mean for even buckets, and order (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 500 }),
        fc.integer({ min: 1, max: 100 }),
        (ys, m) => {
          const xs = ys.map((_, i) => i);
          const d = downsample(xs, ys, m);
          expect(d.x.length).toBe(Math.min(m, ys.length));
          expect(d.y.length).toBe(d.x.length);
          for (let i = 1; i < d.x.length; i++) expect(d.x[i]!).toBeGreaterThan(d.x[i - 1]!);
          const lo = Math.min(...ys);
          const hi = Math.max(...ys);
          for (const y of d.y) {
            expect(y).toBeGreaterThanOrEqual(lo - 1e-6);
            expect(y).toBeLessThanOrEqual(hi + 1e-6);
          }
          if (ys.length % m === 0 || ys.length <= m) {
            const mean = (a: number[]): number => a.reduce((s, v) => s + v, 0) / a.length;
            expect(mean(d.y)).toBeCloseTo(mean(ys), 4);
          }
        },
      ),
      { numRuns: 100, seed: 9 },
    );
  });
});
