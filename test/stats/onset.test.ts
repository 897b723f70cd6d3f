/** The broken-stick scan (src/stats/onset.ts) and the onset of growth (analyzers/trend.ts findOnset) on series with known answers. */
import { describe, expect, it } from 'vitest';
import { bestHinge, onsetCandidates } from '../../src/stats/onset.js';
import { findOnset } from '../../src/analyzers/trend.js';
import { gaussian, mulberry32 } from '../../src/stats/prng.js';

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const opts = (candidates: number[]) => ({ alpha: 0.01, edgeSamples: 50, candidates, minSamples: 12, significance: 0.01 / 16 });

describe('onsetCandidates', () => {
  it('spaces them evenly from 10% to 80% of the run, whole blocks, inside the run', () => {
    const c = onsetCandidates(1, 400, 15, 0.1, 0.8);
    expect(c).toHaveLength(15);
    expect(c[0]).toBe(41);
    expect(c.at(-1)).toBe(320);
    expect(c.every((t, i) => i === 0 || t > c[i - 1]!)).toBe(true);
    // A run of 10 blocks has fewer distinct candidates; none or an empty run has none.
    expect(onsetCandidates(1, 10, 15, 0.1, 0.8)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(onsetCandidates(1, 400, 0)).toEqual([]);
    expect(onsetCandidates(5, 5, 15)).toEqual([]);
  });
});

describe('bestHinge', () => {
  it('finds the exact bend of a noiseless broken stick and its slopes', () => {
    const x = range(1, 400);
    const y = x.map((h) => 0.005 + (h >= 201 ? 20e-6 * (h - 201) : 0));
    const fit = bestHinge(x, y, onsetCandidates(1, 400, 15, 0.1, 0.8))!;
    expect(fit.tau).toBe(201);
    expect(fit.slopeBefore).toBeCloseTo(0, 12);
    expect(fit.slopeChange).toBeCloseTo(20e-6, 12);
    expect(fit.sse).toBeLessThan(1e-18);
    expect(fit.sseLine).toBeGreaterThan(1e-6);
  });

  it('has no answer for a series that only bends downwards, or too few points on a side', () => {
    const x = range(1, 400);
    expect(bestHinge(x, x.map((h) => (h < 200 ? 0.01 : 0.01 - 1e-5 * (h - 200))), onsetCandidates(1, 400, 15))).toBeNull();
    expect(bestHinge([1, 2, 3, 4, 5], [1, 2, 3, 5, 8], [3])).toBeNull();
  });

  it('is not moved by a single spike next to a candidate (values are winsorized)', () => {
    const x = range(1, 400);
    const rng = gaussian(mulberry32(3));
    const y = x.map((h) => 0.005 + 2e-4 * rng() + (h >= 281 ? 20e-6 * (h - 281) : 0));
    const c = onsetCandidates(1, 400, 15, 0.1, 0.8);
    const spiked = [...y];
    spiked[120] = 0.5; // a 100× GC pause at block 121, a candidate
    expect(bestHinge(x, spiked, c)!.tau).toBe(bestHinge(x, y, c)!.tau);
  });
});

describe('findOnset', () => {
  const x = range(1, 400);
  const noise = (seed: number) => {
    const g = gaussian(mulberry32(seed));
    return x.map(() => 0.0006 * g());
  };
  const c = onsetCandidates(1, 400, 15, 0.1, 0.8);

  it('places the onset of a noisy late rise near its start; the segment after it rises, the one before does not', () => {
    const e = noise(1);
    const y = x.map((h, i) => 0.005 + e[i]! + (h >= 241 ? 20e-6 * (h - 241) : 0));
    const o = findOnset(x, y, opts(c))!;
    expect(Math.abs(o.height - 241)).toBeLessThanOrEqual(20);
    expect(o.index).toBe(o.height - 1);
    expect(o.after.count).toBe(400 - o.index);
    expect(o.after.slopeCI![0]).toBeGreaterThan(o.before.slopeCI![1]);
  });

  it('finds none in flat noise, nor in growth that runs from the start at one rate', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const e = noise(seed);
      expect(findOnset(x, x.map((_, i) => 0.005 + e[i]!), opts(c)), `flat ${seed}`).toBeNull();
      expect(findOnset(x, x.map((h, i) => 0.005 + 10e-6 * h + e[i]!), opts(c)), `linear ${seed}`).toBeNull();
    }
  });
});
