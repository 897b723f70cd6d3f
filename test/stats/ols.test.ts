import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ols } from '../../src/stats/index.js';

describe('ols', () => {
  it('matches a hand-computed fit', () => {
    // x = 1..5, y = 2,4,5,4,5: x̄ = 3, ȳ = 4, Sxx = 10, Sxy = 6 → slope 0.6, intercept 2.2.
    // Residuals −0.8, 0.6, 1.0, −0.6, −0.2 → SSE 2.4; SST 6 → R² 0.6.
    // SE = sqrt(2.4/3/10) = sqrt(0.08) = 0.28284271; t = 2.12132034.
    // t_{0.975,3} = 3.18244631 → half-width 0.90013175 → CI [−0.30013175, 1.50013175].
    const fit = ols([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]);
    expect(fit).not.toBeNull();
    const f = fit!;
    expect(f.n).toBe(5);
    expect(f.slope).toBeCloseTo(0.6, 12);
    expect(f.intercept).toBeCloseTo(2.2, 12);
    expect(f.r2).toBeCloseTo(0.6, 12);
    expect(f.slopeSE).toBeCloseTo(0.28284271247, 10);
    expect(f.t).toBeCloseTo(2.12132034356, 9);
    expect(f.ciLow).toBeCloseTo(-0.30013175, 7);
    expect(f.ciHigh).toBeCloseTo(1.50013175, 7);
  });

  it('does not lose precision with large x offsets (block heights)', () => {
    const x = [1, 2, 3, 4, 5].map((v) => v + 1e9);
    const fit = ols(x, [2, 4, 5, 4, 5])!;
    expect(fit.slope).toBeCloseTo(0.6, 9);
    expect(fit.slopeSE).toBeCloseTo(0.28284271247, 8);
  });

  it('returns null for n < 3 or constant x; drops non-finite points', () => {
    expect(ols([1, 2], [1, 2])).toBeNull();
    expect(ols([3, 3, 3, 3], [1, 2, 3, 4])).toBeNull();
    expect(ols([1, 2, NaN, 3], [1, Infinity, 5, 3])).toBeNull();
    const f = ols([1, 2, NaN, 3, 4], [2, 4, 0, 6, 8])!;
    expect(f.n).toBe(4);
    expect(f.slope).toBeCloseTo(2, 12);
    expect(f.slopeSE).toBe(0);
    expect(f.t).toBe(Infinity);
    expect(f.r2).toBeCloseTo(1, 12);
    expect(() => ols([1, 2, 3], [1, 2])).toThrow(RangeError);
  });

  it('flat y: slope 0, t 0, r2 0', () => {
    const f = ols([1, 2, 3, 4], [7, 7, 7, 7])!;
    expect(f.slope).toBe(0);
    expect(f.t).toBe(0);
    expect(f.r2).toBe(0);
  });

  it('recovers exact lines (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 30 }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        (xs, a, b) => {
          const f = ols(xs, xs.map((x) => a + b * x))!;
          expect(f.slope).toBeCloseTo(b, 6);
          expect(f.intercept).toBeCloseTo(a, 4);
          expect(f.ciLow).toBeLessThanOrEqual(f.slope);
          expect(f.ciHigh).toBeGreaterThanOrEqual(f.slope);
        },
      ),
      { numRuns: 100, seed: 1 },
    );
  });
});
