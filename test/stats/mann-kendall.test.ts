import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gaussian, hamedRaoFactor, mannKendall, mulberry32, normalUpperTail } from '../../src/stats/index.js';
import { averageRanks, kendallS, prepareSeries } from '../../src/stats/internal.js';
import { normalQuantile } from '../../src/stats/distributions.js';

const range = (n: number, start = 1): number[] => Array.from({ length: n }, (_, i) => start + i);

/** Independent reference S = Σ_{i<j} sign(xj − xi)·sign(yj − yi). */
function bruteS(x: number[], y: number[]): number {
  let s = 0;
  for (let i = 0; i < x.length; i++)
    for (let j = i + 1; j < x.length; j++) s += Math.sign(x[j]! - x[i]!) * Math.sign(y[j]! - y[i]!);
  return s;
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  const out: T[][] = [];
  items.forEach((item, i) => {
    for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)])) out.push([item, ...rest]);
  });
  return out;
}

function ar1(n: number, phi: number, seed: number): number[] {
  const g = gaussian(mulberry32(seed));
  const out: number[] = [];
  let prev = g() / Math.sqrt(1 - phi * phi);
  for (let i = 0; i < n; i++) {
    prev = phi * prev + g();
    out.push(prev);
  }
  return out;
}

describe('mannKendall', () => {
  it('textbook example with ties in y (hand-computed S and Var(S))', () => {
    // y = 1, 3, 3, 2, 5, 5 at x = 1..6. S = Σ_{i<j} sign(yj − yi):
    //   i=1 (1): +1 +1 +1 +1 +1 = +5
    //   i=2 (3):  0 −1 +1 +1    = +1
    //   i=3 (3): −1 +1 +1       = +1
    //   i=4 (2): +1 +1          = +2
    //   i=5 (5):  0             =  0          → S = 9
    // Var(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)]/18 = [6·5·17 − 2·(2·1·9)]/18 = (510 − 36)/18 = 26.3333
    // Z = (S − 1)/sqrt(Var) = 8/5.131601 = 1.558968 → one-sided p = 0.059502, two-sided 0.119004.
    const r = mannKendall(range(6), [1, 3, 3, 2, 5, 5], { autocorrelation: 'none' })!;
    expect(r.n).toBe(6);
    expect(r.s).toBe(9);
    expect(r.varS).toBeCloseTo(474 / 18, 12);
    expect(r.varSCorrected).toBe(r.varS);
    expect(r.nEffRatio).toBe(1);
    expect(r.z).toBeCloseTo(1.558967525907914, 9);
    expect(r.pIncreasing).toBeCloseTo(0.0595020332174816, 6);
    expect(r.pTwoSided).toBeCloseTo(0.1190040664349632, 6);
    expect(r.exact).toBe(false);
  });

  it('ties in x contribute 0 and use Kendall’s two-way tie correction', () => {
    // x = 1,2,2,3,4; y = 2,1,3,3,5. Pair signs: (1,2) −1, (1,3) +1, (1,4) +1, (1,5) +1,
    // (2,3) 0 (x tie), (2,4) +1, (2,5) +1, (3,4) 0 (y tie), (3,5) +1, (4,5) +1 → S = 6.
    // Var = (5·4·15 − 18 − 18)/18 + 0·0/(9·5·4·3) + (2·2)/(2·5·4) = 264/18 + 0.1 = 443/30.
    // Cross-check: Kendall's tau-b test (no continuity correction) of these data gives the
    // two-sided p 0.1184329 = 2·Q(6/sqrt(443/30)) in an independent statistics package.
    const r = mannKendall([1, 2, 2, 3, 4], [2, 1, 3, 3, 5], { autocorrelation: 'none' })!;
    expect(r.s).toBe(6);
    expect(r.varS).toBeCloseTo(443 / 30, 12);
    expect(2 * normalUpperTail(r.s / Math.sqrt(r.varS))).toBeCloseTo(0.1184329289166719, 6);
    expect(r.z).toBeCloseTo(1.3011542019823565, 9);
    expect(r.pIncreasing).toBeCloseTo(0.09660283897785527, 6);
  });

  it('Var(S) equals the exact permutation variance of S for several tie patterns', () => {
    const cases: [number[], number[]][] = [
      [range(6), [1, 2, 3, 4, 5, 6]],
      [range(6), [1, 1, 2, 2, 2, 3]],
      [[1, 1, 2, 3, 3, 3], [4, 4, 5, 6, 7, 8]],
      [[1, 1, 1, 2, 2, 3, 4], [1, 2, 2, 3, 3, 3, 9]],
    ];
    for (const [x, y] of cases) {
      const perms = permutations(y);
      let sum = 0;
      let sumSq = 0;
      for (const p of perms) {
        const s = bruteS(x, p);
        sum += s;
        sumSq += s * s;
      }
      expect(sum / perms.length).toBeCloseTo(0, 12);
      const r = mannKendall(x, y, { autocorrelation: 'none' })!;
      expect(r.varS).toBeCloseTo(sumSq / perms.length, 9);
    }
  });

  it('S matches brute force, is invariant to monotone transforms of y and to input order (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: 4, maxLength: 60 }),
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 60, maxLength: 60 }),
        fc.integer(),
        (xs, ysAll, seed) => {
          const ys = ysAll.slice(0, xs.length);
          const r = mannKendall(xs, ys)!;
          expect(r.s).toBe(bruteS(xs, ys));
          const t = mannKendall(xs, ys.map((v) => Math.exp(v / 5) + 3))!;
          expect(t.s).toBe(r.s);
          expect(t.varS).toBeCloseTo(r.varS, 9);
          const order = range(xs.length, 0);
          const rng = mulberry32(seed);
          for (let i = order.length - 1; i > 0; i--) {
            const j = Math.floor(rng() * (i + 1));
            [order[i], order[j]] = [order[j]!, order[i]!];
          }
          const shuffled = mannKendall(order.map((i) => xs[i]!), order.map((i) => ys[i]!))!;
          expect(shuffled).toEqual(r);
          expect(r.nEffRatio).toBeGreaterThanOrEqual(1);
          expect(r.pIncreasing).toBeGreaterThanOrEqual(0);
          expect(r.pIncreasing).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 100, seed: 3 },
    );
  });

  it('exact permutation p-values for n < 10 without ties', () => {
    // n = 5 strictly increasing: only 1 of 120 permutations has S = 10.
    const a = mannKendall(range(5), [1, 2, 3, 4, 5], { autocorrelation: 'none' })!;
    expect(a.exact).toBe(true);
    expect(a.s).toBe(10);
    expect(a.pIncreasing).toBeCloseTo(1 / 120, 12);
    expect(a.pTwoSided).toBeCloseTo(2 / 120, 12);
    // n = 6 with one inversion: S = 15 − 2 = 13; P(≤ 1 inversion) = (1 + 5)/720.
    const b = mannKendall(range(6), [1, 2, 3, 4, 6, 5], { autocorrelation: 'none' })!;
    expect(b.s).toBe(13);
    expect(b.pIncreasing).toBeCloseTo(6 / 720, 12);
    expect(b.pTwoSided).toBeCloseTo(12 / 720, 12);
    // Decreasing: P(S' ≥ −10) = 1.
    const c = mannKendall(range(5), [5, 4, 3, 2, 1], { autocorrelation: 'none' })!;
    expect(c.pIncreasing).toBeCloseTo(1, 12);
    // n = 10 falls back to the normal approximation.
    expect(mannKendall(range(10), range(10), { autocorrelation: 'none' })!.exact).toBe(false);
  });

  it('returns null for n < 4 (after dropping non-finite points)', () => {
    expect(mannKendall([1, 2, 3], [1, 2, 3])).toBeNull();
    expect(mannKendall([1, 2, 3, 4], [1, NaN, 3, 4])).toBeNull();
    expect(mannKendall([1, 2, 3, 4], [1, 2, 3, 4])).not.toBeNull();
  });

  it('constant y: S = 0, no evidence of a trend', () => {
    const r = mannKendall(range(20), Array(20).fill(5))!;
    expect(r.s).toBe(0);
    expect(r.z).toBe(0);
    expect(r.pIncreasing).toBe(0.5);
    expect(r.pTwoSided).toBe(1);
  });

  it('detects a noisy linear trend (p < 1e-6) and not a decreasing one', () => {
    const g = gaussian(mulberry32(42));
    const x = range(300, 5000);
    const up = x.map((v) => 0.01 * v + g());
    const r = mannKendall(x, up)!;
    expect(r.pIncreasing).toBeLessThan(1e-6);
    expect(r.z).toBeGreaterThan(5);
    const down = mannKendall(x, up.map((v) => -v))!;
    expect(down.pIncreasing).toBeGreaterThan(0.999999);
    expect(down.pTwoSided).toBeLessThan(1e-6);
  });

  it('does not detect a trend in seeded pure noise', () => {
    const g = gaussian(mulberry32(7));
    const x = range(200);
    const r = mannKendall(x, x.map(() => g()))!;
    expect(r.pIncreasing).toBeGreaterThan(0.05);
    expect(r.pTwoSided).toBeGreaterThan(0.05);
  });

  it('one-sided test has roughly nominal size on i.i.d. noise', () => {
    const g = gaussian(mulberry32(123));
    const x = range(40);
    let none = 0;
    let hr = 0;
    const reps = 400;
    for (let k = 0; k < reps; k++) {
      const y = x.map(() => g());
      if (mannKendall(x, y, { autocorrelation: 'none' })!.pIncreasing < 0.05) none++;
      if (mannKendall(x, y)!.pIncreasing < 0.05) hr++;
    }
    expect(none / reps).toBeGreaterThan(0.025);
    expect(none / reps).toBeLessThan(0.08);
    expect(hr).toBeLessThanOrEqual(none); // the correction never makes the test more liberal
  });

  it('Hamed–Rao inflates Var(S) on a strongly autocorrelated AR(1) series', () => {
    const y = ar1(300, 0.8, 17);
    const x = range(300);
    const r = mannKendall(x, y)!;
    const plain = mannKendall(x, y, { autocorrelation: 'none' })!;
    expect(r.nEffRatio).toBeGreaterThan(2);
    expect(r.varSCorrected).toBeCloseTo(r.varS * r.nEffRatio, 6);
    expect(r.s).toBe(plain.s);
    expect(Math.abs(r.z)).toBeLessThan(Math.abs(plain.z));
    // Positive lag-1 structure in the ranks directly:
    expect(hamedRaoFactor(y)).toBeGreaterThan(2);
  });

  it('Hamed–Rao reduces the false-positive rate on AR(1) noise', () => {
    const x = range(60);
    let none = 0;
    let hr = 0;
    for (let k = 0; k < 300; k++) {
      const y = ar1(60, 0.6, 1000 + k);
      if (mannKendall(x, y, { autocorrelation: 'none' })!.pIncreasing < 0.05) none++;
      if (mannKendall(x, y)!.pIncreasing < 0.05) hr++;
    }
    // Without correction the size is far above 5% (≈ 0.19 here); Hamed–Rao brings it down.
    expect(none / 300).toBeGreaterThan(0.1);
    expect(hr).toBeLessThan(none * 0.85);
  });

  it('Hamed–Rao factor is floored at 1 (never shrinks the variance)', () => {
    // Alternating series: strongly negative lag-1 rank autocorrelation → raw factor < 1.
    const y = range(50).map((i) => (i % 2 ? 1 : -1) * (1 + i / 100));
    expect(hamedRaoFactor(y)).toBeLessThan(1);
    const r = mannKendall(range(50), y)!;
    expect(r.nEffRatio).toBe(1);
    expect(r.varSCorrected).toBe(r.varS);
  });

  it('S by merge counting equals the pair loop with ties in x and in y, and signed zeros (property)', () => {
    // Few distinct values, so that x groups, y ties and pairs tied in both are common.
    const value = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom(0, -0, 0.5, 1e-300));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 8 }), value), { minLength: 1, maxLength: 80 }), (pts) => {
        const { x, y } = prepareSeries(pts.map((p) => p[0]), pts.map((p) => p[1]));
        expect(kendallS(x, y)).toBe(bruteS(pts.map((p) => p[0]), pts.map((p) => p[1])));
      }),
      { numRuns: 400 },
    );
    // Long enough for the merge steps (runs of 16 are insertion-sorted).
    const rng = mulberry32(3);
    const { x, y } = prepareSeries(range(3000).map(() => Math.floor(rng() * 900)), range(3000).map(() => Math.floor(rng() * 50)));
    expect(kendallS(x, y)).toBe(bruteS(Array.from(x), Array.from(y)));
  });

  it('the four-lags-at-a-time Hamed–Rao sum is bit for bit the one-lag loop (property)', () => {
    /** The textbook loop: one lag at a time. */
    const reference = (v: number[], alpha: number, maxLag: number) => {
      const n = v.length;
      if (n < 4) return 1;
      const r = averageRanks(v);
      let mean = 0;
      for (let i = 0; i < n; i++) mean += r[i]!;
      mean /= n;
      for (let i = 0; i < n; i++) r[i] = r[i]! - mean;
      let c0 = 0;
      for (let i = 0; i < n; i++) c0 += r[i]! * r[i]!;
      if (!(c0 > 0)) return 1;
      const bound = normalQuantile(1 - alpha / 2) / Math.sqrt(n);
      let sum = 0;
      for (let k = 1; k <= Math.min(n - 3, Math.floor(maxLag)); k++) {
        let ck = 0;
        for (let i = 0; i + k < n; i++) ck += r[i]! * r[i + k]!;
        const rho = ck / c0;
        if (Math.abs(rho) > bound) sum += (n - k) * (n - k - 1) * (n - k - 2) * rho;
      }
      return 1 + (2 * sum) / (n * (n - 1) * (n - 2));
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 90 }),
        fc.double({ min: -0.95, max: 0.95, noNaN: true }),
        fc.integer(),
        fc.oneof(fc.constant(Infinity), fc.integer({ min: 0, max: 40 })),
        fc.constantFrom(0.05, 0.5, 0.9),
        (n, phi, seed, maxLag, alpha) => {
          const y = ar1(n, phi, seed);
          expect(hamedRaoFactor(y, alpha, maxLag)).toBe(reference(y, alpha, maxLag));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('maxLag limits the screened lags', () => {
    const y = ar1(200, 0.7, 8);
    const all = hamedRaoFactor(y);
    const lag1 = hamedRaoFactor(y, 0.05, 1);
    expect(lag1).toBeGreaterThan(1);
    expect(lag1).not.toBe(all);
    expect(hamedRaoFactor(y, 0.05, 0)).toBe(1);
  });
});

describe('averageRanks', () => {
  /** The textbook definition: sort indices, average the ranks of each run of equal values. */
  function reference(v: number[]): number[] {
    const idx = v.map((_, i) => i).sort((a, b) => v[a]! - v[b]!);
    const r = new Array<number>(v.length);
    for (let i = 0; i < idx.length; ) {
      let j = i + 1;
      while (j < idx.length && v[idx[j]!] === v[idx[i]!]) j++;
      for (let k = i; k < j; k++) r[idx[k]!] = (i + 1 + j) / 2;
      i = j;
    }
    return r;
  }
  it('equals the sort of indices with ties averaged, −0 and 0 equal (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -4, max: 4 }), fc.constantFrom(0, -0, Infinity, -Infinity), fc.double({ noNaN: true })), { maxLength: 80 }), (v) => {
        expect(Array.from(averageRanks(v))).toStrictEqual(reference(v));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
  });
});
