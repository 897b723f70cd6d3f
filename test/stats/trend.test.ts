import { describe, expect, it } from 'vitest';
import { gaussian, mannKendall, mulberry32, theilSen, trend } from '../../src/stats/index.js';

const range = (n: number, start = 1): number[] => Array.from({ length: n }, (_, i) => start + i);

describe('trend', () => {
  it('equals theilSen + mannKendall, with the CI widened by the corrected Var(S)', () => {
    // AR(1) noise around a mild trend, so Hamed–Rao kicks in.
    const g = gaussian(mulberry32(77));
    let e = 0;
    const x = range(250, 1000);
    const y = x.map((v) => {
      e = 0.8 * e + g();
      return 0.01 * v + e;
    });
    const t = trend(x, y);
    const mk = mannKendall(x, y)!;
    const plain = theilSen(x, y)!;
    expect(t.mannKendall).toEqual(mk);
    expect(mk.nEffRatio).toBeGreaterThan(1);
    expect(t.theilSen!.slope).toBe(plain.slope);
    expect(t.theilSen!.intercept).toBe(plain.intercept);
    expect(t.theilSen).toEqual(theilSen(x, y, 0.05, 2_000_000, { varS: mk.varSCorrected }));
    expect(t.theilSen!.ciLow).toBeLessThan(plain.ciLow);
    expect(t.theilSen!.ciHigh).toBeGreaterThan(plain.ciHigh);
  });

  it("autocorrelation 'none' reproduces the plain Sen interval", () => {
    const g = gaussian(mulberry32(78));
    const x = range(80);
    const y = x.map((v) => 0.1 * v + g());
    const t = trend(x, y, { autocorrelation: 'none', ciAlpha: 0.1 });
    expect(t.theilSen).toEqual(theilSen(x, y, 0.1));
    expect(t.mannKendall).toEqual(mannKendall(x, y, { autocorrelation: 'none' }));
  });

  it('short series: nulls', () => {
    expect(trend([1, 2], [1, 2])).toEqual({ theilSen: null, mannKendall: null });
    const t = trend([1, 2, 3], [1, 2, 3]);
    expect(t.mannKendall).toBeNull();
    expect(t.theilSen!.slope).toBe(1);
  });
});
