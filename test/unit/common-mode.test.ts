/**
 * The common-mode correction (src/analyzers/trend.ts) against a plain reference: per-block means in
 * maps, peers looked up block by block. Same numbers, bit for bit, on random runs with several BOYDs
 * in a block, blocks a vat skipped, and samples out of block order.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blockMeans, commonModeCorrected } from '../../src/analyzers/trend.js';
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

function reference(vatID: string, series: Map<string, XY>, busy: Set<string>): XY | null {
  const own = series.get(vatID);
  if (!own) return null;
  const others = [...busy].filter((v) => v !== vatID).map((v) => referenceMeans(series.get(v)!));
  if (!others.length) return null;
  const x: number[] = [];
  const y: number[] = [];
  for (const [h, val] of [...referenceMeans(own).entries()].sort((a, b) => a[0] - b[0])) {
    const peers = others.map((o) => o.get(h)).filter((v): v is number => v !== undefined);
    if (!peers.length) continue;
    x.push(h);
    y.push(val - median(peers));
  }
  return x.length ? { x, y } : null;
}

const sample = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.double({ min: 1e-4, max: 0.2, noNaN: true }));
const vatSeries = fc.array(sample, { maxLength: 80 }).map((pts) => ({ x: pts.map((p) => p[0]), y: pts.map((p) => p[1]) }));

describe('commonModeCorrected', () => {
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
          expect(commonModeCorrected(vatID, series, busy, cache)).toEqual(reference(vatID, series, busy));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('blockMeans: ascending blocks, one mean each', () => {
    expect(blockMeans({ x: [5, 3, 5, 3, 9], y: [1, 2, 3, 4, 5] })).toEqual({ x: Float64Array.from([3, 5, 9]), y: Float64Array.from([3, 2, 5]) });
    expect(blockMeans({ x: [], y: [] })).toEqual({ x: new Float64Array(0), y: new Float64Array(0) });
  });
});
