import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gaussian, mulberry32, ols, theilSen } from '../../src/stats/index.js';

const range = (n: number, start = 1): number[] => Array.from({ length: n }, (_, i) => start + i);

/** Independent reference: all pairwise slopes with distinct x, sorted. */
function bruteSlopes(x: number[], y: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < x.length; i++)
    for (let j = i + 1; j < x.length; j++) if (x[i] !== x[j]) out.push((y[j]! - y[i]!) / (x[j]! - x[i]!));
  return out.sort((a, b) => a - b);
}
const med = (s: number[]): number => (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2);

describe('theilSen', () => {
  it('matches a hand-computed example', () => {
    // x = 1..5, y = 2,4,5,4,5. Pairwise slopes sorted: −1, 0, 0, 1/3, 2/3, 3/4, 1, 1, 3/2, 2 (N = 10)
    // → slope = (2/3 + 3/4)/2 = 17/24 = 0.708333…
    // y − slope·x = 1.29167, 2.58333, 2.875, 1.16667, 1.45833 → intercept 1.458333… = 35/24.
    // y has two tie groups of size 2 (4,4 and 5,5): Var(S) = (5·4·15 − 2·(2·1·9))/18 = 264/18
    // = 14.6667, sqrt = 3.829708.
    // alpha = 0.05: C = 1.959964·3.829708 = 7.506091 → lower rank (10 − C)/2 = 1.246955, between
    //   −1 and 0 → −0.753045; upper rank (10 + C)/2 + 1 = 9.753045, between 3/2 and 2 → 1.876523.
    // alpha = 0.5: C = 0.6744898·3.829708 = 2.583099 → lower rank 3.708450, between 0 and 1/3
    //   → 0.236150; upper rank 7.291550, between the two 1s → 1.
    const f = theilSen([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])!;
    expect(f.slope).toBeCloseTo(17 / 24, 12);
    expect(f.intercept).toBeCloseTo(35 / 24, 12);
    expect(f.ciLow).toBeCloseTo(-0.753045, 5);
    expect(f.ciHigh).toBeCloseTo(1.876523, 5);
    expect(f.pairs).toBe(10);
    expect(f.sampled).toBe(false);
    const g = theilSen([1, 2, 3, 4, 5], [2, 4, 5, 4, 5], 0.5)!;
    expect(g.ciLow).toBeCloseTo(0.23615, 5);
    expect(g.ciHigh).toBe(1);
  });

  it('agrees with a brute-force median of pairwise slopes (ties in x skipped)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: -50, max: 50 })), { minLength: 3, maxLength: 40 }),
        (pts) => {
          const x = pts.map((p) => p[0]);
          const y = pts.map((p) => p[1]);
          const slopes = bruteSlopes(x, y);
          const f = theilSen(x, y);
          if (slopes.length === 0) {
            expect(f).toBeNull();
            return;
          }
          expect(f!.pairs).toBe(slopes.length);
          expect(f!.slope).toBeCloseTo(med(slopes), 10);
          expect(f!.intercept).toBeCloseTo(med(y.map((v, i) => v - f!.slope * x[i]!).sort((a, b) => a - b)), 9);
          expect(f!.ciLow).toBeLessThanOrEqual(f!.slope);
          expect(f!.ciHigh).toBeGreaterThanOrEqual(f!.slope);
        },
      ),
      { numRuns: 100, seed: 7 },
    );
  });

  it('exact line: exact slope and intercept, degenerate CI', () => {
    const x = range(30, 100);
    const f = theilSen(x, x.map((v) => 3 - 0.25 * v))!;
    expect(f.slope).toBeCloseTo(-0.25, 12);
    expect(f.intercept).toBeCloseTo(3, 9);
    expect(f.ciLow).toBeCloseTo(-0.25, 12);
    expect(f.ciHigh).toBeCloseTo(-0.25, 12);
  });

  it('is robust to late outliers that drag OLS', () => {
    // y = 2 + 0.5x on x = 1..50, with the last 5 points replaced by huge GC-pause-like spikes.
    const x = range(50);
    const y = x.map((v) => 2 + 0.5 * v + (v > 45 ? 1000 : 0));
    const f = theilSen(x, y)!;
    expect(Math.abs(f.slope - 0.5)).toBeLessThan(0.05);
    expect(Math.abs(f.intercept - 2)).toBeLessThan(1);
    expect(ols(x, y)!.slope).toBeGreaterThan(5); // OLS is dragged far away
  });

  it('returns null for < 3 points or constant x; drops non-finite points', () => {
    expect(theilSen([1, 2], [1, 2])).toBeNull();
    expect(theilSen([4, 4, 4], [1, 2, 3])).toBeNull();
    const f = theilSen([1, NaN, 2, 3], [1, 5, 2, Infinity])!;
    expect(f).toBeNull();
    const g = theilSen([1, NaN, 2, 3, 4], [1, 5, 3, 5, 7])!;
    expect(g.n).toBe(4);
    expect(g.slope).toBe(2);
    expect(() => theilSen([1, 2, 3], [1, 2, 3], 0)).toThrow(RangeError);
  });

  const series = fc
    .array(fc.tuple(fc.integer({ min: -500, max: 500 }), fc.double({ min: -1e3, max: 1e3, noNaN: true })), {
      minLength: 3,
      maxLength: 40,
    })
    .filter((pts) => new Set(pts.map((p) => p[0])).size >= 2);

  it('slope is invariant to shifting y and equivariant to scaling x and y (property)', () => {
    fc.assert(
      fc.property(
        series,
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (pts, shift, a, b) => {
          const x = pts.map((p) => p[0]);
          const y = pts.map((p) => p[1]);
          const base = theilSen(x, y)!;
          const tol = 1e-9 * (1 + Math.abs(base.slope)) + 1e-9;
          const shifted = theilSen(x, y.map((v) => v + shift))!;
          expect(Math.abs(shifted.slope - base.slope)).toBeLessThan(tol * 1e4);
          const scaledY = theilSen(x, y.map((v) => a * v))!;
          expect(Math.abs(scaledY.slope - a * base.slope)).toBeLessThan(a * tol * 10);
          const negY = theilSen(x, y.map((v) => -v))!;
          expect(Math.abs(negY.slope + base.slope)).toBeLessThan(tol);
          const scaledX = theilSen(x.map((v) => b * v), y)!;
          expect(Math.abs(scaledX.slope - base.slope / b)).toBeLessThan((tol * 10) / b);
        },
      ),
      { numRuns: 100, seed: 11 },
    );
  });

  it('result does not depend on the order of the points (property)', () => {
    fc.assert(
      fc.property(series, fc.integer(), (pts, seed) => {
        const rng = mulberry32(seed);
        const shuffled = pts.slice();
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = Math.floor(rng() * (i + 1));
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const a = theilSen(pts.map((p) => p[0]), pts.map((p) => p[1]))!;
        const b = theilSen(shuffled.map((p) => p[0]), shuffled.map((p) => p[1]))!;
        expect(b).toEqual(a);
      }),
      { numRuns: 100, seed: 13 },
    );
  });

  it('Sen CI contains the true slope on a noisy line and excludes 0', () => {
    // 99% interval on one seeded series (coverage itself is checked in the next test).
    const g = gaussian(mulberry32(2024));
    const x = range(200);
    const y = x.map((v) => 3 + 0.02 * v + g());
    const f = theilSen(x, y, 0.01)!;
    expect(f.ciLow).toBeLessThan(0.02);
    expect(f.ciHigh).toBeGreaterThan(0.02);
    expect(f.ciLow).toBeGreaterThan(0);
    expect(f.ciHigh - f.ciLow).toBeLessThan(0.02);
  });

  it('95% Sen CI has close to nominal coverage on i.i.d. noise', () => {
    const g = gaussian(mulberry32(99));
    const x = range(40);
    let covered = 0;
    const reps = 300;
    for (let r = 0; r < reps; r++) {
      const y = x.map((v) => 1 + 0.1 * v + g());
      const f = theilSen(x, y)!;
      if (f.ciLow <= 0.1 && 0.1 <= f.ciHigh) covered++;
    }
    expect(covered / reps).toBeGreaterThan(0.9);
    expect(covered / reps).toBeLessThan(0.99);
  });

  it('accepts a caller-supplied Var(S) for the CI (wider with larger variance)', () => {
    const g = gaussian(mulberry32(5));
    const x = range(60);
    const y = x.map((v) => 0.05 * v + g());
    const a = theilSen(x, y)!;
    const b = theilSen(x, y, 0.05, 2_000_000, { varS: 4 * (60 * 59 * 125) / 18 })!;
    expect(b.slope).toBe(a.slope);
    expect(b.ciLow).toBeLessThan(a.ciLow);
    expect(b.ciHigh).toBeGreaterThan(a.ciHigh);
  });

  it('subsamples pairs deterministically above maxPairs and stays close to the full answer', () => {
    const g = gaussian(mulberry32(31));
    const x = range(300);
    const y = x.map((v) => 10 + 0.03 * v + 2 * g());
    const full = theilSen(x, y)!; // 44,850 pairs
    const s1 = theilSen(x, y, 0.05, 20_000)!;
    const s2 = theilSen(x, y, 0.05, 20_000)!;
    expect(full.sampled).toBe(false);
    expect(s1.sampled).toBe(true);
    expect(s1.pairs).toBe(20_000);
    expect(s2).toEqual(s1);
    // The 95% CI spans C/N ≈ 7.6% of the pairwise-slope distribution; a quantile of 20,000
    // sampled slopes has SE sqrt(0.25/20000) ≈ 0.35% of it, i.e. ≈ 0.05 CI widths. Allow 5 SE.
    const width = full.ciHigh - full.ciLow;
    expect(Math.abs(s1.slope - full.slope)).toBeLessThan(0.25 * width);
    expect(Math.abs(s1.ciLow - full.ciLow)).toBeLessThan(0.25 * width);
    expect(Math.abs(s1.ciHigh - full.ciHigh)).toBeLessThan(0.25 * width);
    const other = theilSen(x, y, 0.05, 20_000, { seed: 1 })!;
    expect(other.slope).not.toBe(s1.slope);
  });

  // Speed is measured by `npm run bench`, never asserted here.
  it('subsamples pairs on long series (n = 3000 and 5000) and still brackets the slope', () => {
    for (const n of [3000, 5000]) {
      const g = gaussian(mulberry32(n));
      const x = range(n, 1_000_000);
      const y = x.map((v) => 0.001 * (v - 1_000_000) + g());
      const f = theilSen(x, y)!;
      expect(f.sampled).toBe(true);
      expect(f.ciLow).toBeLessThan(0.001);
      expect(f.ciHigh).toBeGreaterThan(0.001);
    }
  });
});
