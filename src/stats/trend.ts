/**
 * One-call trend analysis: Theil–Sen slope + Mann–Kendall test (Hamed–Rao by default) sharing
 * one set of pairwise slopes, with Sen's interval widened by the autocorrelation-corrected
 * Var(S) so the CI and the test agree.
 */
import { prepareSeries } from './internal.js';
import { mannKendallOfSeries, type MannKendall, type MannKendallOptions } from './mann-kendall.js';
import { senCore, THEIL_SEN_DEFAULT_SEED, type TheilSenFit } from './theil-sen.js';

export interface TrendOptions {
  /** Two-sided level of Sen's CI. Default 0.05. */
  ciAlpha?: number;
  /** Significance level of the Hamed–Rao autocorrelation screen. Default 0.05. */
  acfAlpha?: number;
  /** Default 'hamed-rao'. */
  autocorrelation?: 'hamed-rao' | 'none';
  /** Passed to the Mann–Kendall test (Hamed–Rao lag limit). */
  maxLag?: number;
  maxPairs?: number;
  seed?: number;
}

export interface TrendResult {
  /** Theil–Sen fit; its CI uses `mannKendall.varSCorrected` when the test ran. */
  theilSen: TheilSenFit | null;
  mannKendall: MannKendall | null;
}

export function trend(x: ArrayLike<number>, y: ArrayLike<number>, opts: TrendOptions = {}): TrendResult {
  const ciAlpha = opts.ciAlpha ?? 0.05;
  const series = prepareSeries(x, y);
  const autocorrelation = opts.autocorrelation ?? 'hamed-rao';
  const acfAlpha = opts.acfAlpha ?? 0.05;
  // The interval uses mannKendall's corrected Var(S), which detrends by the exact slope: the slope
  // comes first (one counting pass), then the test, then the interval (a second pass, over the
  // pairs near its ranks only: pair-slopes.ts). Forecasting the interval from the sample's slope
  // saved that pass but cost a second Hamed–Rao correction, the dearer of the two.
  const core = senCore(series, opts.maxPairs ?? 2_000_000, opts.seed ?? THEIL_SEN_DEFAULT_SEED);
  const mkOpts: MannKendallOptions = { autocorrelation, alpha: acfAlpha };
  if (core) mkOpts.senSlope = core.slope;
  if (opts.maxLag !== undefined) mkOpts.maxLag = opts.maxLag;
  const mk = mannKendallOfSeries(series, mkOpts); // the series is prepared already
  let ts: TheilSenFit | null = null;
  if (core) {
    const [ciLow, ciHigh] = core.interval(mk ? mk.varSCorrected : core.varS, ciAlpha);
    core.dispose();
    ts = {
      n: core.n,
      slope: core.slope,
      intercept: core.intercept,
      ciLow,
      ciHigh,
      pairs: core.pairs,
      sampled: core.sampled,
    };
  }
  return { theilSen: ts, mannKendall: mk };
}
