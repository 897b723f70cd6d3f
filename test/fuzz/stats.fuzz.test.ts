/**
 * Invariants of the trend statistics the gate decides on (test/stats has the textbook checks and
 * the order/shift-of-y/scale properties; these add what a BOYD series goes through: shifted
 * block heights, a common-mode drift added, shuffled samples, and hostile numbers).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mannKendall } from '../../src/stats/mann-kendall.js';
import { theilSen } from '../../src/stats/theil-sen.js';
import { trend } from '../../src/stats/trend.js';
import { mulberry32 } from '../../src/stats/prng.js';
import { CHEAP, runs } from './runs.js';

/** A BOYD-like series: integer block heights (with repeats), durations in seconds. */
const series = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 400 }), fc.double({ min: 1e-4, max: 0.05, noNaN: true })), { minLength: 4, maxLength: 80 })
  .map((pts) => ({ x: pts.map((p) => p[0]), y: pts.map((p) => p[1]) }));

const shuffle = <T>(a: T[], seed: number): T[] => {
  const out = [...a];
  const rnd = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};

const close = (a: number, b: number, scale: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(scale)));

describe('Theil–Sen slope and Mann–Kendall on BOYD-like series', () => {
  it('the slope, S and p are the same for shuffled samples and for block heights shifted by a constant', () => {
    fc.assert(
      fc.property(series, fc.integer(), fc.integer({ min: -1_000_000, max: 1_000_000 }), ({ x, y }, seed, dx) => {
        const base = trend(x, y);
        const idx = shuffle(x.map((_, i) => i), seed);
        const sh = trend(idx.map((i) => x[i]!), idx.map((i) => y[i]!));
        const mv = trend(x.map((v) => v + dx), y);
        for (const other of [sh, mv]) {
          expect(other.theilSen?.slope).toBe(base.theilSen?.slope);
          expect(other.mannKendall?.s).toBe(base.mannKendall?.s);
          expect(other.mannKendall?.varS).toBe(base.mannKendall?.varS);
        }
        // The Hamed–Rao factor reads the residuals in x order; samples that share a block height
        // keep their input order, so only a series without repeated heights is fully
        // order-free (the pipeline always feeds samples in the same, file order).
        if (base.mannKendall && new Set(x).size === x.length) {
          close(sh.mannKendall!.pIncreasing, base.mannKendall.pIncreasing, 1);
        }
      }),
      runs(CHEAP / 2),
    );
  });

  // Regression: Hamed–Rao detrends with centred x (y − slope·(x − x₀)); with raw x (real chain
  // heights are ~10^7) rounding flipped near-ties in the ranks and the p-value depended on where
  // the heights start (this 15-point series moved by 0.024 when shifted by −702,776).
  it('the Hamed–Rao p does not depend on where the block heights start', () => {
    const x = [315, 150, 354, 128, 206, 105, 270, 163, 73, 59, 7, 326, 76, 57, 383];
    const y = [0.0078035900339325824, 0.00018206923280932337, 0.01245124342722688, 0.0001132706897419788, 0.0005614990652009508, 0.00037361943198481733, 0.00048812748337962933, 0.002095661570147697, 0.0051332402198662605, 0.0009048880447873334, 0.00032183863218904196, 0.00862825135862937, 0.0002868453851801289, 0.00020744326145049995, 0.032055125978871696];
    const p0 = trend(x, y).mannKendall!.pIncreasing;
    for (const dx of [-702_776, 19_000_000]) close(trend(x.map((v) => v + dx), y).mannKendall!.pIncreasing, p0, 1);
  });

  it('adding a drift b·x (common-mode slowdown) moves the slope by exactly b', () => {
    fc.assert(
      fc.property(series, fc.double({ min: -1e-3, max: 1e-3, noNaN: true }), ({ x, y }, b) => {
        const s0 = theilSen(x, y);
        const s1 = theilSen(x, y.map((v, i) => v + b * x[i]!));
        if (!s0) return expect(s1).toBeNull();
        // (The CI may move differently: a drift can break ties in y, which changes Var(S).)
        expect(Math.abs(s1!.slope - (s0.slope + b))).toBeLessThanOrEqual(1e-12);
      }),
      runs(CHEAP / 2),
    );
  });

  it('p-values are in [0, 1] and nothing throws, whatever the numbers (NaN, ±∞, ±MAX_VALUE, denormals)', () => {
    const hostile = fc.oneof(
      fc.double(),
      fc.constantFrom(NaN, Infinity, -Infinity, 0, -0, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e308, 5e-324),
      fc.integer({ min: -3, max: 3 }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(hostile, hostile), { maxLength: 60 }), ([...pts]) => {
        const x = pts.map((p) => p[0]);
        const y = pts.map((p) => p[1]);
        const mk = mannKendall(x, y);
        if (mk) {
          for (const p of [mk.pIncreasing, mk.pTwoSided]) {
            expect(p).toBeGreaterThanOrEqual(0);
            expect(p).toBeLessThanOrEqual(1);
          }
          expect(mk.nEffRatio).toBeGreaterThanOrEqual(1);
        }
        const t = trend(x, y);
        if (t.mannKendall) expect(Number.isNaN(t.mannKendall.pIncreasing)).toBe(false);
      }),
      runs(CHEAP),
    );
  });

  it('Sen\'s interval holds the slope (block heights, any durations up to 1e6 s, NaN/∞ samples dropped)', () => {
    const y = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(NaN, Infinity, -Infinity, 0));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -1e6, max: 1e6 }), y), { maxLength: 60 }), fc.constantFrom(0.01, 0.05, 0.2), (pts, alpha) => {
        const ts = trend(pts.map((p) => p[0]), pts.map((p) => p[1]), { ciAlpha: alpha }).theilSen;
        if (!ts) return;
        expect(Number.isFinite(ts.slope)).toBe(true);
        expect(ts.ciLow).toBeLessThanOrEqual(ts.slope);
        expect(ts.ciHigh).toBeGreaterThanOrEqual(ts.slope);
      }),
      runs(CHEAP),
    );
  });

  it('the one-sided p for an increasing trend mirrors the decreasing one (y → −y)', () => {
    fc.assert(
      fc.property(series, ({ x, y }) => {
        const up = mannKendall(x, y, { autocorrelation: 'none' });
        const down = mannKendall(x, y.map((v) => -v), { autocorrelation: 'none' });
        if (!up) return;
        expect(down!.s + 0).toBe(-up.s + 0);
        expect(down!.pTwoSided).toBeCloseTo(up.pTwoSided, 12);
        // P(S ≥ s) + P(S ≤ s) ≥ 1: the two one-sided p-values cover everything.
        expect(up.pIncreasing + down!.pIncreasing).toBeGreaterThanOrEqual(1 - 1e-12);
      }),
      runs(CHEAP / 2),
    );
  });
});
