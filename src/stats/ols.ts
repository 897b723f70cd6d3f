/**
 * Ordinary least squares y = intercept + slope·x, with the slope's standard error, t statistic,
 * R² and a Student-t confidence interval (n − 2 df). A secondary diagnostic only: the slope is
 * dragged by outliers (compare it with {@link theilSen}).
 */
import { studentTQuantile } from './distributions.js';
import { prepareSeries } from './internal.js';

export interface OlsFit {
  /** Number of finite (x, y) points used. */
  n: number;
  slope: number;
  intercept: number;
  /** Standard error of the slope, sqrt(SSE / (n − 2) / Sxx). */
  slopeSE: number;
  /** slope / slopeSE (±Infinity for a perfect non-flat fit, 0 for a perfect flat fit). */
  t: number;
  /** Coefficient of determination; 0 when y has no variance. */
  r2: number;
  /** Two-sided (1 − alpha) confidence interval of the slope. */
  ciLow: number;
  ciHigh: number;
}

/**
 * Fits OLS on the finite points. Returns null when fewer than 3 finite points remain or when
 * x has zero variance. Uses centred sums (two passes) so large x offsets such as block heights
 * do not lose precision.
 */
export function ols(x: ArrayLike<number>, y: ArrayLike<number>, alpha = 0.05): OlsFit | null {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  const { x: xs, y: ys, n } = prepareSeries(x, y);
  if (n < 3) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i] as number;
    my += ys[i] as number;
  }
  mx /= n;
  my /= n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (!(sxx > 0)) return null;
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  let sse = 0;
  for (let i = 0; i < n; i++) {
    const r = (ys[i] as number) - my - slope * ((xs[i] as number) - mx);
    sse += r * r;
  }
  const df = n - 2;
  const slopeSE = Math.sqrt(sse / df / sxx);
  const t = slopeSE > 0 ? slope / slopeSE : slope === 0 ? 0 : slope > 0 ? Infinity : -Infinity;
  const r2 = syy > 0 ? Math.min(1, Math.max(0, 1 - sse / syy)) : 0;
  const half = studentTQuantile(1 - alpha / 2, df) * slopeSE;
  return { n, slope, intercept, slopeSE, t, r2, ciLow: slope - half, ciHigh: slope + half };
}
