/**
 * The common-mode correction (src/analyzers/trend.ts) against a plain reference: per-block means in
 * maps, peers looked up block by block (interpolated between their neighbouring BOYDs where they
 * had none). Same numbers, bit for bit, on random runs with several BOYDs in a block, blocks a vat
 * skipped, and samples out of block order.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blockMeans, commonMode, type CommonMode } from '../../src/analyzers/trend.js';
import { median } from '../../src/stats/index.js';

type XY = { x: number[]; y: number[] };

function referenceMeans(s: XY): Map<number, number> {
  const sum = new Map<number, [number, number]>();
  for (let i = 0; i < s.x.length; i++) {
    const e = sum.get(s.x[i]!);
    if (e) {
      e[0] += s.y[i]!;
      e[1]++;
    } else sum.set(s.x[i]!, [s.y[i]!, 1]);
  }
  return new Map([...sum].map(([k, [t, c]]) => [k, t / c]));
}

/** The peer's level at h: its mean there, else interpolated between its neighbours (none outside). */
function level(o: Map<number, number>, h: number): number | undefined {
  if (o.has(h)) return o.get(h);
  const keys = [...o.keys()].sort((a, b) => a - b);
  const x0 = keys.filter((k) => k < h).pop();
  const x1 = keys.find((k) => k > h);
  if (x0 === undefined || x1 === undefined) return undefined;
  const y0 = o.get(x0)!;
  return y0 + ((o.get(x1)! - y0) * (h - x0)) / (x1 - x0);
}

function reference(vatID: string, series: Map<string, XY>, peerIDs: Set<string>): CommonMode | null {
  const own = series.get(vatID);
  if (!own) return null;
  const others = [...peerIDs].filter((v) => v !== vatID).map((v) => referenceMeans(series.get(v)!));
  if (!others.length) return null;
  const out: CommonMode = { x: [], diff: [], ratio: [], ratioX: [] };
  for (const [h, val] of [...referenceMeans(own).entries()].sort((a, b) => a[0] - b[0])) {
    const peers = others.map((o) => level(o, h)).filter((v): v is number => v !== undefined);
    if (!peers.length) continue;
    const m = median(peers);
    out.x.push(h);
    out.diff.push(val - m);
    if (m > 0) {
      out.ratioX.push(h);
      out.ratio.push(val / m);
    }
  }
  return out.x.length ? out : null;
}

const sample = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.double({ min: 1e-4, max: 0.2, noNaN: true }));
const vatSeries = fc.array(sample, { maxLength: 80 }).map((pts) => ({ x: pts.map((p) => p[0]), y: pts.map((p) => p[1]) }));

describe('commonMode', () => {
  it('equals the map-based reference, bit for bit', () => {
    fc.assert(
      fc.property(fc.array(vatSeries, { minLength: 1, maxLength: 5 }), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), fc.boolean(), (vats, isBusy, sortFirst) => {
        const series = new Map<string, XY>();
        vats.forEach((s, i) => {
          if (!s.x.length) return;
          if (sortFirst) {
            // Mostly the real case: samples in block order (a stable sort keeps each block's order).
            const idx = s.x.map((_, k) => k).sort((a, b) => s.x[a]! - s.x[b]! || a - b);
            series.set(`v${i}`, { x: idx.map((k) => s.x[k]!), y: idx.map((k) => s.y[k]!) });
          } else series.set(`v${i}`, s);
        });
        const busy = new Set([...series.keys()].filter((_, i) => isBusy[i]));
        const cache = new Map();
        for (const vatID of series.keys()) {
          expect(commonMode(vatID, series, busy, cache)).toEqual(reference(vatID, series, busy));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('cancels an added and a scaled slowdown, each in its own form; peers interpolated between their BOYDs', () => {
    // Peers v2, v3 reap every 3rd block, staggered; v1 every block. The host slows down by a factor
    // (1 + h/100) in one run and by h/1000 s added in the other.
    const base = { v1: 0.004, v2: 0.002, v3: 0.003 };
    const run = (slow: (t: number, h: number) => number) => {
      const s = new Map<string, XY>();
      for (const [vat, t, every, from, to] of [['v1', base.v1, 1, 1, 28], ['v2', base.v2, 3, 0, 30], ['v3', base.v3, 3, 1, 28]] as const) {
        const x: number[] = [];
        for (let h = from; h <= to; h += every) x.push(h);
        s.set(vat, { x, y: x.map((h) => slow(t, h)) });
      }
      return commonMode('v1', s, new Set(['v1', 'v2', 'v3']))!;
    };
    const scaled = run((t, h) => t * (1 + h / 100));
    // v1 (blocks 1-28) against the peers' median: v2's and v3's levels, one of them interpolated.
    expect(scaled.x).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    for (const r of scaled.ratio) expect(r).toBeCloseTo(0.004 / 0.0025, 12);
    expect(scaled.diff[27]! - scaled.diff[0]!).toBeGreaterThan(0.0004); // the added form rises
    const added = run((t, h) => t + h / 1000);
    for (const d of added.diff) expect(d).toBeCloseTo(0.004 - 0.0025, 12);
    expect(added.ratio[0]! - added.ratio[27]!).toBeGreaterThan(0.3); // the scaled form falls
  });

  it('blockMeans: ascending blocks, one mean each', () => {
    expect(blockMeans({ x: [5, 3, 5, 3, 9], y: [1, 2, 3, 4, 5] })).toEqual({ x: Float64Array.from([3, 5, 9]), y: Float64Array.from([3, 2, 5]) });
    expect(blockMeans({ x: [], y: [] })).toEqual({ x: new Float64Array(0), y: new Float64Array(0) });
  });
});
