import { describe, expect, it } from 'vitest';
import { downsample, gaussian, mannKendall, mulberry32, theilSen, trend } from '../../src/stats/index.js';
import { MAX_FIT_POINTS } from '../../src/analyzers/trend.js';
import { prepareSeries } from '../../src/stats/internal.js';
import { countingPasses, countSlopeBrackets, drawSlopeSample, fractionalRanks, rankFromBrackets, slopeOrderStatistics, STREAMING_MIN_PAIRS, windowPool } from '../../src/stats/pair-slopes.js';
import { senCore } from '../../src/stats/theil-sen.js';
import { normalQuantile } from '../../src/stats/distributions.js';

/** Independent reference: every distinct-x pairwise slope, sorted. */
function allSlopes(x: number[], y: number[]): Float64Array {
  const out: number[] = [];
  for (let i = 0; i < x.length; i++)
    for (let j = 0; j < x.length; j++) if (x[i]! < x[j]!) out.push((y[j]! - y[i]!) / (x[j]! - x[i]!));
  return Float64Array.from(out).sort();
}

/** The value at a 1-based, possibly fractional rank (clamped to [1, N]) of sorted slopes, interpolated. */
function atRank(ref: Float64Array, rank: number): number {
  const N = ref.length;
  const r = Math.min(Math.max(rank, 1), N) - 1;
  const k = Math.floor(r);
  return r === k ? ref[k]! : ref[k]! + (ref[k + 1]! - ref[k]!) * (r - k);
}

/** Sen's interval of sorted slopes for Var(S) at 95%: ranks (N − C)/2 and (N + C)/2 + 1, C = z·sqrt(Var S). */
function senInterval(ref: Float64Array, varS: number): [number, number] {
  const N = ref.length;
  const c = normalQuantile(0.975) * Math.sqrt(varS);
  return [atRank(ref, (N - c) / 2), atRank(ref, (N + c) / 2 + 1)];
}

/** An interval equal to the expected one to 12 decimals. */
function expectInterval(lo: number, hi: number, want: [number, number], name?: string): void {
  expect(lo, name).toBeCloseTo(want[0], 12);
  expect(hi, name).toBeCloseTo(want[1], 12);
}

/** Series shapes a report fits: noisy growth, step functions (c-list counts), ties in x (several BOYDs a block). */
function shapes(n: number): Array<[string, number[], number[]]> {
  const rng = mulberry32(42);
  const g = gaussian(rng);
  const x = Array.from({ length: n }, (_, i) => 1000 + i);
  const noisy = x.map((v) => 0.003 + 1.4e-5 * (v - 1000) + 0.0004 * g());
  const steps = x.map((v) => 5 * Math.floor((v - 1000) / 2));
  const flat = x.map(() => 7);
  const xTied = x.map((v) => 1000 + Math.floor((v - 1000) / 3));
  const heavyTail = x.map(() => Math.exp(4 * g()));
  return [
    ['noisy growth', x, noisy],
    ['c-list steps (many equal slopes)', x, steps],
    ['constant', x, flat],
    ['ties in x', xTied, noisy],
    ['heavy tails, no trend', x, heavyTail],
  ];
}

describe('slopeOrderStatistics (order statistics of pairwise slopes without storing them)', () => {
  it.each(shapes(600))('equals the enumerated order statistics: %s', (_name, x, y) => {
    const s = prepareSeries(x, y);
    const ref = allSlopes(x, y);
    const N = ref.length;
    const ranks = [0, 1, Math.floor(N * 0.025), Math.floor((N - 1) / 2), Math.ceil((N - 1) / 2), Math.floor(N * 0.975), N - 2, N - 1];
    const got = slopeOrderStatistics(s, N, ranks, drawSlopeSample(s, N, 0x5eed)!);
    expect(got).not.toBeNull();
    expect(got!.values).toEqual(ranks.map((r) => ref[r]));
  });

  // The shapes whose median bracket holds many distinct slopes (in the others it holds almost none).
  it.each(shapes(600).filter(([name]) => !/steps|constant/.test(name)))('reads ranks inside one bracket in any order: %s', (_name, x, y) => {
    // A read leaves its value in sorted place and the next read searches one side of it only;
    // neighbours, repeats and jumps across it must all still give the enumerated values.
    const s = prepareSeries(x, y);
    const ref = allSlopes(x, y);
    const N = ref.length;
    const mid = Math.floor((N - 1) / 2);
    const set = countSlopeBrackets(s, N, [mid], drawSlopeSample(s, N, 0x5eed)!);
    const inside = set.brackets.flatMap((b) => Array.from({ length: b.count }, (_, i) => b.below + b.atLo + i));
    expect(inside.length).toBeGreaterThan(20);
    const rng = mulberry32(9);
    const picks = [mid, mid + 1, mid - 1, mid, inside[0]!, inside[1]!, inside.at(-1)!, inside.at(-2)!];
    for (let k = 0; k < 40; k++) picks.push(inside[Math.floor(rng() * inside.length)]!);
    for (const r of picks) expect(rankFromBrackets(set, r), `rank ${r}`).toBe(ref[r]);
  });

  it('reads the neighbour of a placed value wherever it sits on its side', () => {
    // Windows partitioned around index 4 (value 5), with the greatest value of the left side first
    // and the least of the right side last: the one-scan reads of ranks 3 and 5 must find them.
    const partitioned = () => ({
      brackets: [{ lo: 0, hi: 10, below: 100, atLo: 2, atHi: 0, inside: Float64Array.of(4, 1, 2, 3, 5, 9, 7, 8, 6), count: 9, overflow: false, atom: NaN, placed: 4 }],
    });
    const left = partitioned();
    expect(rankFromBrackets(left, 102 + 3)).toBe(4);
    expect(left.brackets[0]!.placed).toBe(3);
    const right = partitioned();
    expect(rankFromBrackets(right, 102 + 5)).toBe(6);
    expect(right.brackets[0]!.placed).toBe(5);
    // Then any order of reads gives the sorted values 1..9 (and lo, and nothing below the bracket).
    for (const [r, v] of [[4, 5], [0, 1], [8, 9], [2, 3], [7, 8], [3, 4], [6, 7], [1, 2], [5, 6]] as const) {
      expect(rankFromBrackets(right, 102 + r), `rank ${r}`).toBe(v);
    }
    expect(rankFromBrackets(right, 101)).toBe(0);
    expect(rankFromBrackets(right, 99)).toBeUndefined();
  });

  it('interpolates fractional ranks like selectFractionalRank does', () => {
    const [, x, y] = shapes(400)[0]!;
    const ref = allSlopes(x, y);
    const N = ref.length;
    const got = fractionalRanks(N, [0.2, 1, 1234.25, N / 2 + 0.5, N + 7], (ks) => {
      const s = prepareSeries(x, y);
      return slopeOrderStatistics(s, N, ks, drawSlopeSample(s, N, 7)!)?.values ?? null;
    })!;
    expect(got[0]).toBe(ref[0]); // clamped to rank 1
    expect(got[1]).toBe(ref[0]);
    expect(got[2]).toBeCloseTo(ref[1233]! + (ref[1234]! - ref[1233]!) * 0.25, 15);
    expect(got[3]).toBeCloseTo((ref[N / 2 - 1]! + ref[N / 2]!) / 2, 15);
    expect(got[4]).toBe(ref[N - 1]); // clamped to rank N
  });

  it('theilSen and trend give the same slope and interval with or without enumeration', () => {
    // n = 1,500 → 1,124,250 pairs: above STREAMING_MIN_PAIRS, so the streaming path runs; the
    // reference is the brute-force sorted list of all slopes.
    for (const [name, x, y] of shapes(1500)) {
      const ref = allSlopes(x, y);
      expect(ref.length).toBeGreaterThan(STREAMING_MIN_PAIRS);
      const N = ref.length;
      const med = N % 2 ? ref[(N - 1) / 2]! : (ref[N / 2 - 1]! + ref[N / 2]!) / 2;
      const fit = theilSen(x, y)!;
      expect(fit.sampled, name).toBe(false);
      expect(fit.pairs, name).toBe(N);
      expect(fit.slope, name).toBe(med);
      const tr = trend(x, y);
      const t = tr.theilSen!;
      // Mann–Kendall S = #positive − #negative distinct-x slopes.
      expect(tr.mannKendall!.s, name).toBe(ref.filter((v) => v > 0).length - ref.filter((v) => v < 0).length);
      expect(t.slope, name).toBe(med);
      expect(t.ciLow, name).toBeLessThanOrEqual(t.slope);
      expect(t.ciHigh, name).toBeGreaterThanOrEqual(t.slope);
      // Sen's interval for a given Var(S); trend's sits at the test's (autocorrelation-corrected) one.
      const withVar = theilSen(x, y, 0.05, 2_000_000, { varS: 250_000 })!;
      expectInterval(withVar.ciLow, withVar.ciHigh, senInterval(ref, 250_000), name);
      expectInterval(t.ciLow, t.ciHigh, senInterval(ref, tr.mannKendall!.varSCorrected), name);
    }
  });

  it('a fit counts once when its interval falls in the median\'s bracket, twice when autocorrelation widens it past', () => {
    // trend() finds the slope, then the test's corrected Var(S), then the interval: when the
    // interval's ranks fall inside the bracket counted for the median it is read from there (the
    // report's shapes, 1,500 points), else counted again (an AR(1) series: Hamed–Rao widens Var(S)).
    const g = gaussian(mulberry32(42));
    const x = Array.from({ length: 1500 }, (_, i) => 1000 + i);
    let a = 0;
    const ar1 = x.map((v) => (a = 0.95 * a + g()) + 0.001 * v);
    for (const [name, xs, y, passes] of [...shapes(1500).map(([n, xs, y]) => [n, xs, y, 1] as const), ['AR(1), ρ = 0.95', x, ar1, 2] as const]) {
      const before = countingPasses.count;
      const tr = trend(xs, y);
      expect(countingPasses.count - before, name).toBe(passes);
      expectInterval(tr.theilSen!.ciLow, tr.theilSen!.ciHigh, senInterval(allSlopes(xs, y), tr.mannKendall!.varSCorrected), name);
    }
    expect(trend(x, ar1).mannKendall!.nEffRatio).toBeGreaterThan(2);
  });

  it('a downsampled counter (halves; most slopes exactly its whole-number rate) is counted by inversions, never by the pass over every pair', () => {
    // A c-list count growing by 385 a block with a jump now and then, over 2,160 blocks, fitted as
    // the report does: 2,000 bucket means of 1 or 2 points (heights and counts in halves). The
    // median's bracket is 385 alone and Sen's upper bound next to it holds most pairs: before, that
    // group fell back to the pass over all 2 million pairs.
    const heights = Array.from({ length: 2160 }, (_, i) => 500 + i);
    const counts = heights.map((h, i) => 10_000 + 385 * (h - 500) + (i % 211 === 0 ? 4_000 : 0) - (i % 173 === 0 ? 2_500 : 0));
    const d = downsample(heights, counts, MAX_FIT_POINTS);
    expect(d.x.length).toBe(2000);
    const before = countingPasses.allPairs;
    const passes = countingPasses.count;
    const tr = trend(d.x, d.y);
    expect(countingPasses.count - passes).toBe(1); // one group: the median and the interval
    expect(countingPasses.allPairs - before).toBe(0);
    expect(tr.theilSen!.slope).toBe(385);
    expectInterval(tr.theilSen!.ciLow, tr.theilSen!.ciHigh, senInterval(allSlopes(d.x, d.y), tr.mannKendall!.varSCorrected));
  });

  it('a wrong forecast costs a second pass, never a wrong value', () => {
    const [, x, y] = shapes(1500)[0]!;
    const ref = allSlopes(x, y);
    const N = ref.length;
    const before = countingPasses.count;
    // Forecast a tiny Var(S), then ask for the interval of a large one: its ranks are far outside
    // the brackets of the first pass.
    const core = senCore(prepareSeries(x, y), 2_000_000, 0x5eed, { alpha: 0.05, varS: 1 })!;
    expect(countingPasses.count - before).toBe(1);
    const varS = (N / 2 / normalQuantile(0.975)) ** 2; // ranks N/4 and 3N/4
    const [lo, hi] = core.interval(varS, 0.05);
    expect(countingPasses.count - before).toBe(2);
    expectInterval(lo, hi, senInterval(ref, varS));
    // Asking again reads the brackets already counted.
    core.interval(varS, 0.05);
    expect(countingPasses.count - before).toBe(2);
  });

  it('bracket windows are reused from fit to fit, never while a fit still reads them', () => {
    const [[, x1, y1], , , , [, x2, y2]] = shapes(1500) as [[string, number[], number[]], unknown, unknown, unknown, [string, number[], number[]]];
    const varS = 2e8;
    const forecast = { alpha: 0.05, varS };
    // A keeps its windows (not disposed) while B counts, disposes, and C takes B's windows over.
    windowPool.free.length = 0; // independent of what earlier tests left in the pool
    const a = senCore(prepareSeries(x1, y1), 2_000_000, 1, forecast)!;
    const b = senCore(prepareSeries(x2, y2), 2_000_000, 2, forecast)!;
    expect(windowPool.free).toHaveLength(0); // A's windows are still lent
    b.dispose();
    const freed = [...windowPool.free];
    expect(freed.length).toBeGreaterThan(0);
    const c = senCore(prepareSeries(x2, y2), 2_000_000, 3, forecast)!;
    for (const w of freed) expect(windowPool.free).not.toContain(w); // C took them over
    const want2 = senInterval(allSlopes(x2, y2), varS);
    expectInterval(...a.interval(varS, 0.05), senInterval(allSlopes(x1, y1), varS));
    expectInterval(...c.interval(varS, 0.05), want2);
    // After dispose a core still answers: it counts again, in windows of its own.
    const before = countingPasses.count;
    expectInterval(...b.interval(varS, 0.05), want2);
    expect(countingPasses.count - before).toBe(1);
    a.dispose();
    c.dispose();
    b.dispose();
  });
});
