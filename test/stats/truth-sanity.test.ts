/**
 * Sanity checks against the summary numbers an independent script computed from the real
 * SwingSet slogs (truth.json). The per-BOYD series themselves need the slog parser, so these
 * tests only use the recorded OLS summaries:
 *
 *   loadgen-leaky v7 (leaky): n = 369, slope 1.418e-05 s/block, SE 4.41e-07, t = 32.15
 *   loadgen-leaky v9 (tidy):  n = 370, slope −8.057e-07, SE 6.36e-07, t = −1.27
 *   loadgen-weak  v9 (tidy):  n = 370, t = 2.26 → one-sided p ≈ 0.012: below 0.05/4 but above
 *   0.05/9, which is why the gate needs the multiple-testing correction and a magnitude floor.
 */
import { describe, expect, it } from 'vitest';
import { truth } from '../helpers/fixtures.js';
import {
  benjaminiHochberg,
  bonferroni,
  gaussian,
  mulberry32,
  ols,
  studentTCdf,
  studentTQuantile,
  trend,
} from '../../src/stats/index.js';

interface BoydSummary {
  n: number;
  first_block?: number;
  last_block?: number;
  ols_slope_s_per_block?: number;
  ols_slope_stderr?: number;
  ols_slope_t?: number;
  ols_intercept_s?: number;
}
type Truth = {
  vats: Record<string, { name: string; boyd: BoydSummary }>;
  expected: { boyd_growth: { must_flag: string[]; must_not_flag: string[] } };
};

const RUNS = ['loadgen-leaky', 'loadgen-weak', 'loadgen-clean'] as const;

describe('truth.json OLS summaries', () => {
  it.each(RUNS)('%s: recorded t = slope/SE, and Bonferroni on one-sided t p-values matches expectations', async (run) => {
    const t = (await truth(run)) as Truth;
    const labels = Object.entries(t.vats).map(([id, v]) => `${id}:${v.name}`);
    const pValues = Object.values(t.vats).map(({ boyd: b }) => {
      if (b.ols_slope_t === undefined || b.ols_slope_stderr === undefined || b.ols_slope_s_per_block === undefined) return NaN;
      const tRecomputed = b.ols_slope_s_per_block / b.ols_slope_stderr;
      expect(Math.abs(tRecomputed - b.ols_slope_t)).toBeLessThan(0.01 * Math.abs(b.ols_slope_t) + 0.02);
      return 1 - studentTCdf(b.ols_slope_t, b.n - 2);
    });
    const alphaFail = bonferroni(0.05, labels.length);
    const fail = pValues.map((p) => p < alphaFail);
    const warn = benjaminiHochberg(pValues, 0.05);
    labels.forEach((label, i) => {
      if (t.expected.boyd_growth.must_flag.includes(label)) {
        expect(fail[i], label).toBe(true);
        expect(warn[i], label).toBe(true);
      }
      if (t.expected.boyd_growth.must_not_flag.includes(label)) expect(fail[i], label).toBe(false);
    });
  });

  it('loadgen-leaky: t-based 95% CIs separate the leaky vat from the controls', async () => {
    const t = (await truth('loadgen-leaky')) as Truth;
    const ci = (b: BoydSummary): [number, number] => {
      const half = studentTQuantile(0.975, b.n - 2) * b.ols_slope_stderr!;
      return [b.ols_slope_s_per_block! - half, b.ols_slope_s_per_block! + half];
    };
    const leaky = t.vats['v7']!.boyd;
    const tidy = t.vats['v9']!.boyd;
    expect(ci(leaky)[0]).toBeGreaterThan(0);
    expect(ci(tidy)[0]).toBeLessThan(0);
    expect(ci(tidy)[1]).toBeGreaterThan(0);
  });

  it('loadgen-leaky v7: a synthetic series with the recorded fit is recovered and flagged', async () => {
    // Rebuild a series with the same n, block span, intercept, slope and noise level implied by
    // the recorded SE (σ = SE·sqrt(Sxx)); our OLS must recover the slope/SE and Sen + MK must flag it.
    const b = (await truth('loadgen-leaky')).vats.v7.boyd as Required<BoydSummary>;
    const x = Array.from({ length: b.n }, (_, i) => b.first_block + ((b.last_block - b.first_block) * i) / (b.n - 1));
    const mx = x.reduce((s, v) => s + v, 0) / x.length;
    const sxx = x.reduce((s, v) => s + (v - mx) ** 2, 0);
    const sigma = b.ols_slope_stderr * Math.sqrt(sxx);
    const g = gaussian(mulberry32(369));
    const y = x.map((v) => b.ols_intercept_s + b.ols_slope_s_per_block * v + sigma * g());
    const fit = ols(x, y)!;
    expect(Math.abs(fit.slope - b.ols_slope_s_per_block)).toBeLessThan(4 * b.ols_slope_stderr);
    expect(fit.slopeSE / b.ols_slope_stderr).toBeGreaterThan(0.85);
    expect(fit.slopeSE / b.ols_slope_stderr).toBeLessThan(1.15);
    const r = trend(x, y);
    expect(r.mannKendall!.pIncreasing).toBeLessThan(1e-6);
    expect(r.theilSen!.ciLow).toBeGreaterThan(0);
    expect(r.theilSen!.ciLow).toBeLessThan(b.ols_slope_s_per_block);
    expect(r.theilSen!.ciHigh).toBeGreaterThan(b.ols_slope_s_per_block);
  });
});
