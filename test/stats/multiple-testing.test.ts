import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benjaminiHochberg, benjaminiHochbergAdjusted, bonferroni } from '../../src/stats/index.js';

describe('bonferroni', () => {
  it('divides alpha by the number of tests', () => {
    expect(bonferroni(0.05, 10)).toBeCloseTo(0.005, 15);
    expect(bonferroni(0.05, 1)).toBe(0.05);
    expect(bonferroni(0.05, 0)).toBe(0.05);
  });
});

describe('benjaminiHochberg', () => {
  it('hand example', () => {
    // m = 5, q = 0.05: sorted p 0.005, 0.01, 0.03, 0.04, 0.2 vs k·q/m = 0.01, 0.02, 0.03, 0.04, 0.05
    // → largest k with p(k) ≤ kq/m is 4 → reject all but 0.2.
    expect(benjaminiHochberg([0.01, 0.04, 0.03, 0.005, 0.2], 0.05)).toEqual([true, true, true, true, false]);
  });

  it('is a step-up procedure', () => {
    // m = 4: thresholds 0.0125, 0.025, 0.0375, 0.05. p(1) = 0.02 and p(2) = 0.03 miss their own
    // thresholds but p(3) = 0.035 ≤ 0.0375, so the first three are rejected.
    expect(benjaminiHochberg([0.035, 0.02, 0.5, 0.03], 0.05)).toEqual([true, true, false, true]);
    expect(benjaminiHochbergAdjusted([0.035, 0.02, 0.5, 0.03])).toEqual([
      expect.closeTo(0.04667, 4),
      expect.closeTo(0.04667, 4),
      expect.closeTo(0.5, 10),
      expect.closeTo(0.04667, 4),
    ]);
  });

  it('edge cases: empty, NaN never rejected but counted in m', () => {
    expect(benjaminiHochberg([], 0.05)).toEqual([]);
    expect(benjaminiHochberg([NaN, 0.001], 0.05)).toEqual([false, true]);
    // With m = 2 the threshold for rank 1 is 0.025: 0.03 is not rejected.
    expect(benjaminiHochberg([NaN, 0.03], 0.05)).toEqual([false, false]);
    expect(benjaminiHochbergAdjusted([NaN, 0.03])).toEqual([1, 0.06]);
  });

  it('rejects a superset of Bonferroni and agrees with adjusted p-values (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 60 }),
        fc.double({ min: 0.001, max: 0.5, noNaN: true }),
        (ps, q) => {
          const rej = benjaminiHochberg(ps, q);
          const adj = benjaminiHochbergAdjusted(ps);
          const bonf = bonferroni(q, ps.length);
          ps.forEach((p, i) => {
            if (p <= bonf) expect(rej[i]).toBe(true);
            expect(rej[i]).toBe(adj[i]! <= q * (1 + 1e-12));
            expect(adj[i]).toBeGreaterThanOrEqual(p);
          });
          // Monotone: a smaller p is never less rejected than a larger one.
          ps.forEach((p, i) => ps.forEach((p2, j) => { if (p < p2 && rej[j]) expect(rej[i]).toBe(true); }));
        },
      ),
      { numRuns: 100, seed: 5 },
    );
  });
});
