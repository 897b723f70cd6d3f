/**
 * The rank split test: its p-value is the permutation distribution's (checked against a full
 * enumeration), it holds its level on series without a change, it finds a step and an interval
 * where they are, and it is deterministic for a seed.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SPLIT_TEST, gaussian, mulberry32, rankSplitTest, segmentSeries } from '../../src/stats/index.js';

/** Every distinct order of `xs` (multiset permutations). */
function* orders(xs: number[]): Generator<number[]> {
  if (xs.length <= 1) {
    yield xs;
    return;
  }
  const seen = new Set<number>();
  for (let i = 0; i < xs.length; i++) {
    if (seen.has(xs[i]!)) continue;
    seen.add(xs[i]!);
    for (const rest of orders([...xs.slice(0, i), ...xs.slice(i + 1)])) yield [xs[i]!, ...rest];
  }
}

describe('rankSplitTest', () => {
  it('gives the exact permutation p-value of its statistic (full enumeration, n = 8, with ties)', () => {
    const xs = [1, 2, 2, 3, 7, 8, 8, 9];
    const opts = { ...DEFAULT_SPLIT_TEST, minSegment: 2, maxPermutations: 200_000, stopAfter: 2000 };
    const observed = rankSplitTest(xs, opts)!;
    expect(observed.splits).toEqual([4]);
    // Each distinct order of the multiset stands for the same number (2!·2!) of the 8! permutations.
    let total = 0;
    let atLeast = 0;
    for (const o of orders(xs)) {
      const t = rankSplitTest(o, { ...opts, maxPermutations: 1, stopAfter: 1 })!;
      total++;
      if (t.z >= observed.z * (1 - 1e-12)) atLeast++;
    }
    expect(total).toBe(10_080);
    const exact = atLeast / total;
    // Besag–Clifford with 2000 hits: relative error ~ 1/√2000 ≈ 2.2%.
    expect(observed.p).toBeGreaterThan(exact * 0.9);
    expect(observed.p).toBeLessThan(exact * 1.1);
  });

  it('holds its level on series without a change (600 series of 40 skewed values)', () => {
    const g = gaussian(mulberry32(7));
    let below = 0;
    for (let r = 0; r < 600; r++) {
      const xs = Array.from({ length: 40 }, () => Math.exp(g()));
      if (rankSplitTest(xs, { ...DEFAULT_SPLIT_TEST, seed: r, screenLevel: 0.05 })!.p <= 0.05) below++;
    }
    // 5% of 600 = 30; binomial sd 5.3.
    expect(below).toBeGreaterThan(12);
    expect(below).toBeLessThan(48);
  });

  it('finds a step at its place, and an interval by both ends', () => {
    const g = gaussian(mulberry32(3));
    const step = Array.from({ length: 30 }, (_, i) => g() + (i >= 22 ? 4 : 0));
    const t = rankSplitTest(step, DEFAULT_SPLIT_TEST)!;
    expect(t.splits).toEqual([22]);
    expect(t.p).toBeLessThan(1e-3);
    const bump = Array.from({ length: 30 }, (_, i) => g() + (i >= 10 && i < 20 ? 8 : 0));
    const u = rankSplitTest(bump, DEFAULT_SPLIT_TEST)!;
    expect(u.splits).toEqual([10, 20]);
    expect(segmentSeries(bump, 0.01).map((s) => s.index)).toEqual([10, 20]);
  });

  it('is deterministic for a seed, and has nothing to say on a constant or too short series', () => {
    const xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8];
    expect(rankSplitTest(xs, { ...DEFAULT_SPLIT_TEST, seed: 11 })).toEqual(rankSplitTest(xs, { ...DEFAULT_SPLIT_TEST, seed: 11 }));
    expect(rankSplitTest([2, 2, 2, 2, 2, 2, 2], DEFAULT_SPLIT_TEST)).toBeNull();
    expect(rankSplitTest([1, 2, 3, 4, 5], DEFAULT_SPLIT_TEST)).toBeNull();
  });
});
