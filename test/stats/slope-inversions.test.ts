import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mulberry32, gaussian } from '../../src/stats/index.js';
import { prepareSeries, type Series } from '../../src/stats/internal.js';
import { countBracketByInversions, inversionScratch as scratchFor } from '../../src/stats/slope-inversions.js';

/** The reference: every distinct-x pair's slope, by the enumeration's expression, placed against [lo, hi]. */
function brute(x: Float64Array, y: Float64Array, lo: number, hi: number) {
  let below = 0, atLo = 0, atHi = 0;
  const inside: number[] = [];
  for (let i = 0; i < x.length; i++)
    for (let j = i + 1; j < x.length; j++) {
      if (x[j] === x[i]) continue;
      const s = (y[j]! - y[i]!) / (x[j]! - x[i]!);
      if (s < lo) below++;
      else if (s === lo) atLo++;
      else if (s < hi) inside.push(s);
      else if (s === hi) atHi++;
    }
  return { below, atLo, count: inside.length, atHi, inside: Float64Array.from(inside).sort() };
}

/** The work arrays of a series, with its distinct-x pairs counted by enumeration. */
const scratchOf = (s: Series) => scratchFor(s, slopes(s.x, s.y).length);

/** All distinct-x slopes, sorted (bracket bounds are picked among them, so that ties at the bounds happen). */
function slopes(x: Float64Array, y: Float64Array): Float64Array {
  const out: number[] = [];
  for (let i = 0; i < x.length; i++) for (let j = i + 1; j < x.length; j++) if (x[j] !== x[i]) out.push((y[j]! - y[i]!) / (x[j]! - x[i]!));
  return Float64Array.from(out).sort();
}

function check(xs: number[], ys: number[], pick: [number, number]) {
  const series = prepareSeries(xs, ys);
  const all = slopes(series.x, series.y);
  if (!all.length) return;
  const a = all[Math.floor(pick[0] * all.length)]!;
  const b = all[Math.floor(pick[1] * all.length)]!;
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  const want = brute(series.x, series.y, lo, hi);
  const window = new Float64Array(want.count + 3);
  const got = countBracketByInversions(series, lo, hi, window, scratchOf(series), Infinity);
  expect(got).not.toBeNull();
  expect(got).toStrictEqual({ below: want.below, atLo: want.atLo, count: want.count, atHi: want.atHi });
  // The same slopes, bit for bit (a sign of zero included), in any order.
  expect(Array.from(window.subarray(0, got!.count).sort())).toStrictEqual(Array.from(want.inside));
}

/** The counts of [lo, hi] by inversions equal the enumeration's, or the function gives up (null). */
function exactOrNull(xs: number[], ys: number[], lo: number, hi: number, maxBandShare = Infinity, atom = NaN): boolean {
  const series = prepareSeries(xs, ys);
  const want = brute(series.x, series.y, lo, hi);
  const window = new Float64Array(want.count + 3);
  const got = countBracketByInversions(series, lo, hi, window, scratchOf(series), maxBandShare, atom);
  if (got === null) return false;
  expect(got).toStrictEqual({ below: want.below, atLo: want.atLo, count: want.count, atHi: want.atHi });
  expect(Array.from(window.subarray(0, got.count).sort())).toStrictEqual(Array.from(want.inside));
  return true;
}

describe('countBracketByInversions (pairwise slopes counted by inversions, O(n log n + K))', () => {
  it('equals the pass over every pair: ties in x and y, signed zeros, block heights, bounds on slopes (property)', () => {
    const value = fc.oneof(
      fc.integer({ min: -3, max: 3 }),
      fc.constantFrom(0, -0, 0.1, 0.2, 0.30000000000000004, 1e-9, -1e-9),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), value), { minLength: 2, maxLength: 60 }),
        fc.constantFrom(0, 1_000_000, 12_345_678.5),
        fc.tuple(fc.double({ min: 0, max: 0.999, noNaN: true }), fc.double({ min: 0, max: 0.999, noNaN: true })),
        (pts, x0, pick) => check(pts.map(([x]) => x0 + x), pts.map(([, y]) => y), pick),
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
  });

  it('equals it on series like a report fits (BOYD seconds with noise, c-list steps, ties in x), bounds anywhere', () => {
    const rng = mulberry32(11);
    const g = gaussian(rng);
    const x = Array.from({ length: 400 }, (_, i) => 2_000_000 + i);
    const series: Array<[number[], number[]]> = [
      [x, x.map((v) => 0.009 + 1.9e-5 * (v - 2_000_000) + 0.002 * g())],
      [x, x.map((v) => 12_000 + 3 * Math.floor((v - 2_000_000) / 7))],
      [x.map((v) => Math.floor(v / 3)), x.map(() => 0.01 * Math.exp(g()))],
    ];
    for (const [xs, ys] of series) {
      for (const pick of [[0.49, 0.51], [0.02, 0.03], [0.97, 0.98], [0.5, 0.5], [0, 0.999]] as Array<[number, number]>) check(xs, ys, pick);
    }
  });

  it('gives up (null) where it cannot certify the counts: infinite bounds, a margin or u out of the float range', () => {
    const s = prepareSeries([1, 2, 3, 4], [1, 5, 2, 8]);
    const scratch = scratchOf(s);
    const w = new Float64Array(8);
    expect(countBracketByInversions(s, -Infinity, 1, w, scratch)).toBeNull();
    expect(countBracketByInversions(s, 1, Infinity, w, scratch)).toBeNull();
    // x gaps of 1e-300 and y of 1e30: the rounding bound (and the margin) overflows.
    const tiny = prepareSeries([0, 1e-300, 2e-300], [1e30, -1e30, 3e30]);
    expect(countBracketByInversions(tiny, -1, 1, w, scratchOf(tiny))).toBeNull();
    // A bound of 1e300 over an x span of 1e10: t·(x − x0) is beyond the float range.
    const far = prepareSeries([0, 5e9, 1e10], [1.7e308, 1, -1.7e308]);
    expect(countBracketByInversions(far, 1e300, 1e300, w, scratchOf(far))).toBeNull();
  });

  it('a step series (most slopes exactly 0): the pairs of equal y are counted, not listed, and the counts are exact', () => {
    const xs = Array.from({ length: 200 }, (_, i) => 1000 + i);
    const steps = prepareSeries(xs, xs.map((v) => 5 * Math.floor((v - 1000) / 50)));
    const w = new Float64Array(1 << 16);
    const scratch = scratchOf(steps);
    // Around 0, with 0 at each place against the bracket (below it, at an end, inside, above it, the
    // last ones within the rounding margin), and away from 0.
    for (const [lo, hi] of [[1e-15, 0.01], [0, 0], [-1e-9, 1e-9], [0, 0.01], [-0.01, 0], [-0.01, -1e-15], [0.03, 0.031]] as Array<[number, number]>) {
      const want = brute(steps.x, steps.y, lo, hi);
      const got = countBracketByInversions(steps, lo, hi, w, scratch);
      expect(got, `[${lo}, ${hi}]`).toStrictEqual({ below: want.below, atLo: want.atLo, count: want.count, atHi: want.atHi });
      expect(Array.from(w.subarray(0, got!.count).sort()), `[${lo}, ${hi}]`).toStrictEqual(Array.from(want.inside));
    }
    // With a −0 among the y the pairs of equal y do not all have the slope +0: 0 is no pivot.
    const signed = prepareSeries(xs, xs.map((v, i) => (i === 3 ? -0 : 5 * Math.floor((v - 1000) / 50))));
    expect(scratchOf(signed).negativeZero).toBe(true);
    const want = brute(signed.x, signed.y, -1e-9, 1e-9);
    const got = countBracketByInversions(signed, -1e-9, 1e-9, w, scratchOf(signed), Infinity)!;
    expect(got).toStrictEqual({ below: want.below, atLo: want.atLo, count: want.count, atHi: want.atHi });
    expect(Array.from(w.subarray(0, got.count).sort())).toStrictEqual(Array.from(want.inside));
  });

  it('a counter growing by a whole number a block (most slopes exactly that number) is counted around it as a pivot', () => {
    const xs = Array.from({ length: 300 }, (_, i) => 2_000_000 + i);
    // 385 a block, with a jump now and then: most pairs have the slope 385 exactly.
    const heap = prepareSeries(xs, xs.map((v, i) => 150_000 + 385 * (v - 2_000_000) + (i % 97 === 0 ? 1_000 : 0) + (i > 150 ? 7 : 0)));
    const w = new Float64Array(1 << 17);
    const scratch = scratchOf(heap);
    expect(scratch.grid).toBe(0);
    for (const [lo, hi] of [[385, 385], [386, 390], [380, 384.5]] as Array<[number, number]>) {
      const want = brute(heap.x, heap.y, lo, hi);
      const got = countBracketByInversions(heap, lo, hi, w, scratch);
      expect(got, `[${lo}, ${hi}]`).toStrictEqual({ below: want.below, atLo: want.atLo, count: want.count, atHi: want.atHi });
      expect(Array.from(w.subarray(0, got!.count).sort()), `[${lo}, ${hi}]`).toStrictEqual(Array.from(want.inside));
    }
    expect(brute(heap.x, heap.y, 385, 385).atLo).toBeGreaterThan(0.2 * (300 * 299) / 2); // a band the plain way would give up on
  });

  it('an atom (many slopes at one whole number) inside a wider bracket is a pivot too, also over halves (a downsampled counter)', () => {
    // A counter growing by 385 a block, downsampled to bucket means: heights and values in halves.
    const xs = Array.from({ length: 300 }, (_, i) => 2_000_000 + i + (i % 3 === 0 ? 0.5 : 0));
    const ys = xs.map((x, i) => 150_000 + 385 * (x - 2_000_000) + (i % 97 === 0 ? 1_000.5 : 0));
    const half = prepareSeries(xs, ys);
    const scratch = scratchOf(half);
    expect(scratch.grid).toBe(1);
    const w = new Float64Array(1 << 17);
    for (const [lo, hi] of [[300, 390], [385, 400], [200, 385], [385, 385]] as Array<[number, number]>) {
      const want = brute(half.x, half.y, lo, hi);
      // Most pairs have the slope 385: without the atom the band is left to the pass over every pair.
      if (lo !== hi) expect(countBracketByInversions(half, lo, hi, w, scratch), `[${lo}, ${hi}] without the atom`).toBeNull();
      const got = countBracketByInversions(half, lo, hi, w, scratch, undefined, 385);
      expect(got, `[${lo}, ${hi}]`).toStrictEqual({ below: want.below, atLo: want.atLo, count: want.count, atHi: want.atHi });
      expect(Array.from(w.subarray(0, got!.count).sort()), `[${lo}, ${hi}]`).toStrictEqual(Array.from(want.inside));
    }
    // An atom 0 inside the bracket when some y is −0: the pairs of equal y have the slopes +0 and −0,
    // and the window keeps each sign (a review's case: they were all written as the atom).
    const signed = prepareSeries([0, 1, 2], [0, -0, 0]);
    for (const atom of [0, -0]) {
      const got = countBracketByInversions(signed, -1, 1, w, scratchOf(signed), Infinity, atom)!;
      expect(got).toStrictEqual({ below: 0, atLo: 0, count: 3, atHi: 0 });
      expect(Array.from(w.subarray(0, 3).sort())).toStrictEqual(Array.from(brute(signed.x, signed.y, -1, 1).inside));
    }
    // Values on no grid of 2^-k (thirds): no pivot, whatever the atom.
    const thirds = prepareSeries(xs.map((x) => x + 1 / 3), ys);
    expect(scratchOf(thirds).grid).toBe(-1);
    expect(countBracketByInversions(thirds, 300, 390, w, scratchOf(thirds), undefined, 385)).toBeNull();
  });

  it('any atom, right or wrong, inside the bracket or not: exact counts or null (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 80 }), fc.integer({ min: -40, max: 40 })), { minLength: 2, maxLength: 50 }),
        fc.integer({ min: 0, max: 2 }),
        fc.tuple(fc.double({ min: 0, max: 0.999, noNaN: true }), fc.double({ min: 0, max: 0.999, noNaN: true })),
        fc.oneof(fc.integer({ min: -6, max: 6 }), fc.constantFrom(0.5, NaN, 1e300, -0)),
        fc.boolean(),
        (pts, k, pick, atom, flat) => {
          // x and y in whole numbers, halves or quarters; slopes of whole numbers are frequent (or,
          // flat, 0 with some y −0: pairs of slope +0 and −0).
          const xs = pts.map(([x]) => x / 2 ** k);
          const ys = pts.map(([x, y]) => (flat ? (y % 3 === 0 ? (y < 0 ? -0 : 0) : y) : 2 * x + (y % 5 === 0 ? y : 0)) / 2 ** k);
          const series = prepareSeries(xs, ys);
          const all = slopes(series.x, series.y);
          if (!all.length) return;
          const a = all[Math.floor(pick[0] * all.length)]!;
          const b = all[Math.floor(pick[1] * all.length)]!;
          exactOrNull(xs, ys, Math.min(a, b), Math.max(a, b), 0.2, atom);
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
  });

  it('leaves a band holding a large share of the pairs to the pass over every pair (many equal slopes, no pivot)', () => {
    const xs = Array.from({ length: 200 }, (_, i) => 1000 + i);
    // 2.5 a block: not a whole number, so no pivot.
    const line = prepareSeries(xs, xs.map((v) => 2.5 * v + (v % 50 === 0 ? 1 : 0)));
    const w = new Float64Array(1 << 16);
    const want = brute(line.x, line.y, 2.5, 2.5);
    expect(want.atLo).toBeGreaterThan(0.2 * (200 * 199) / 2); // above MAX_BAND_SHARE
    expect(countBracketByInversions(line, 2.5, 2.5, w, scratchOf(line))).toBeNull();
    expect(countBracketByInversions(line, 2.5, 2.5, w, scratchOf(line), Infinity)).toStrictEqual({ below: want.below, atLo: want.atLo, count: 0, atHi: want.atHi });
  });

  it('x spread over ~10^16 of its least gaps, and subnormal values: exact counts or null (cases a review found miscounted)', () => {
    // Clusters of x 1e15 apart with gaps of 0.125: rounding at t1 itself exceeded a margin taken at |lo| + |hi|.
    exactOrNull([0, 1e15, 1e15 + 0.125], [0.15898574702441692, 0.12998934090137482, 0.11577750742435455], -1.0977177619934082, -1.0977177619934078);
    // Subnormal u: rounding of half the least subnormal, beyond the absolute term of the margin.
    exactOrNull([0, 5e-324], [0, 5e-324], 1, 1);
    exactOrNull([0, 1e-300, 2e-300], [-0, 0, 0], 0, 0);
  });

  it('far clusters of x with tiny gaps: exact counts or null (property)', () => {
    let counted = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 40 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), { minLength: 2, maxLength: 40 }),
        fc.tuple(fc.double({ min: 0, max: 0.999, noNaN: true }), fc.double({ min: 0, max: 0.999, noNaN: true })),
        (pts, pick) => {
          const xs = pts.map(([far, k]) => (far ? 1e15 + 0.125 * k : k));
          const ys = pts.map(([, , y]) => y);
          const series = prepareSeries(xs, ys);
          const all = slopes(series.x, series.y);
          if (!all.length) return;
          const a = all[Math.floor(pick[0] * all.length)]!;
          const b = all[Math.floor(pick[1] * all.length)]!;
          runs++;
          if (exactOrNull(xs, ys, Math.min(a, b), Math.max(a, b))) counted++;
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
    // Not all given up: the series whose x stay near each other are counted.
    expect(counted).toBeGreaterThan(runs / 10);
  });

  it('large values it can certify are counted right', () => {
    check([1, 2, 3, 4, 5], [1e300, -1e300, 1e300, 0, 3e299], [0.2, 0.7]);
    check([1, 2, 3, 4, 5], [1e-300, -1e-300, 1e-300, 0, 5e-324], [0.2, 0.7]);
  });

  it('a window shorter than the slopes inside counts them all and keeps the first ones', () => {
    const xs = Array.from({ length: 50 }, (_, i) => i);
    const ys = xs.map((v) => (v * 7919) % 101);
    const s = prepareSeries(xs, ys);
    const want = brute(s.x, s.y, -1, 1);
    const w = new Float64Array(10);
    const got = countBracketByInversions(s, -1, 1, w, scratchOf(s), Infinity)!;
    expect(got.count).toBe(want.count);
    expect(want.count).toBeGreaterThan(10);
    // Ten of the inside slopes, each one of them (as a multiset).
    const left = Array.from(want.inside);
    for (const v of w) {
      const i = left.indexOf(v);
      expect(i, `${v} is a slope inside`).toBeGreaterThanOrEqual(0);
      left.splice(i, 1);
    }
  });
});
