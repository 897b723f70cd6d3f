/** What a GC kref adds to a BOYD (analyzers/boyd-causes.ts gcCost) and the BOYD times at the usual GC load. */
import { describe, expect, it } from 'vitest';
import { atUsualGcLoad, gcCost } from '../../src/analyzers/boyd-causes.js';

describe('gcCost', () => {
  it('is Δ seconds / Δ krefs of neighbouring BOYDs; the usual load is the median', () => {
    // A forced BOYD (0 krefs, 5 ms) and a GC-triggered one (20 krefs, 8.5 ms) each block, then one
    // BOYD a block with 10 krefs: loadgen-late's exporter.
    const g = [...Array.from({ length: 100 }, (_, i) => (i % 2 ? 20 : 0)), ...Array(60).fill(10)];
    const y = g.map((k) => 0.005 + 0.000175 * k);
    const c = gcCost(y, g, 12, 0.1)!;
    expect(c.secondsPerKref).toBeCloseTo(0.000175, 12);
    expect(c.pairs).toBe(100);
    expect(c.reference).toBe(10);
    expect(c.adjusted).toBe(true);
    // At the usual load every BOYD costs the same.
    for (const v of atUsualGcLoad(y, g, c)) expect(v).toBeCloseTo(0.005 + 0.00175, 12);
  });

  it('ignores spikes (a weighted median), and a kref may cost less than nothing', () => {
    const g = Array.from({ length: 200 }, (_, i) => (i % 2 ? 20 : 0));
    const y = g.map((k, i) => 0.006 - 0.0002 * k + (i === 51 ? 0.05 : 0));
    expect(gcCost(y, g, 12, 0.1)!.secondsPerKref).toBeCloseTo(-0.0002, 12);
  });

  it('is null with one GC load only, and not applied when the other kind is rare', () => {
    expect(gcCost([1, 2, 3], [20, 20, 20], 12, 0.1)).toBeNull();
    const g = Array.from({ length: 370 }, (_, i) => (i % 90 === 0 ? 0 : 20)); // a restart's extra BOYD now and then
    const c = gcCost(g.map(() => 0.004), g, 12, 0.1)!;
    expect(c.pairs).toBe(9); // 5 such BOYDs, the first with one neighbour
    expect(c.adjusted).toBe(false);
  });
});
