/**
 * Where a series' growth begins: a broken-stick ("hinge") least-squares fit
 * y = a + b·(x − x₀) + c·(x − τ)₊ at each of a fixed set of candidate breakpoints τ. The candidates
 * are chosen before the data is looked at ({@link onsetCandidates}), so a test of the segment after
 * the chosen one is one of a known number of windows, which a Bonferroni count can cover.
 *
 * The fit is least squares on values whose spikes are clipped (to their running median ± 4 robust
 * standard deviations): a BOYD series has single spikes many times its level (a GC pause), and one
 * of them near a candidate would otherwise decide where the slope changes.
 */
import { median } from './summary.js';

/** A broken-stick fit at one breakpoint. */
export interface HingeFit {
  /** The breakpoint (an x value from the candidates). */
  tau: number;
  /** Slope before the breakpoint (units per x step). */
  slopeBefore: number;
  /** Slope after it minus the slope before. */
  slopeChange: number;
  /** Residual sum of squares of the hinge fit (on the winsorized values). */
  sse: number;
  /** Residual sum of squares of one straight line (same values), for comparison. */
  sseLine: number;
}

/**
 * `count` candidate breakpoints evenly spaced over [x₀ + from·(x₁ − x₀), x₀ + to·(x₁ − x₀)], rounded
 * to whole x steps and de-duplicated (a short run has fewer distinct ones).
 */
export function onsetCandidates(x0: number, x1: number, count: number, from = 0.1, to = 0.8): number[] {
  if (!(count > 0) || !(x1 > x0)) return [];
  const out: number[] = [];
  for (let k = 0; k < count; k++) {
    const f = count === 1 ? from : from + ((to - from) * k) / (count - 1);
    const tau = Math.round(x0 + f * (x1 - x0));
    if (tau > x0 && tau < x1 && out[out.length - 1] !== tau) out.push(tau);
  }
  return out;
}

/**
 * The best hinge fit over `candidates` among those where the slope increases (c > 0), or null when
 * there is none (the series does not bend upwards anywhere, or has fewer than 4 points on a side).
 * `x` must be ascending.
 */
export function bestHinge(x: ArrayLike<number>, y: ArrayLike<number>, candidates: readonly number[], minSide = 4): HingeFit | null {
  const n = Math.min(x.length, y.length);
  if (n < 2 * minSide) return null;
  const w = winsorized(y, n);
  const x0 = x[0] as number;
  const sseLine = lineSse(x, w, n, x0);
  let best: HingeFit | null = null;
  let at = 0;
  for (const tau of candidates) {
    while (at < n && (x[at] as number) < tau) at++;
    if (at < minSide || n - at < minSide) continue;
    const fit = hinge(x, w, n, x0, tau);
    if (!fit || !(fit.slopeChange > 0)) continue;
    if (!best || fit.sse < best.sse) best = { ...fit, sseLine };
  }
  return best;
}

/** Points on each side of a value in the running median its spikes are measured against. */
const HALF_WINDOW = 7;

/**
 * y with its spikes clipped: each value to its running median (15 points) ± 4 robust standard
 * deviations of the values around their running medians (1.4826 × MAD). The running median follows
 * a step or a rise, so only single spikes are clipped, never the series' shape. Unchanged when the
 * MAD is 0 (a series without noise).
 */
function winsorized(y: ArrayLike<number>, n: number): Float64Array {
  const out = Float64Array.from({ length: n }, (_, i) => y[i] as number);
  const local = new Float64Array(n);
  const win: number[] = [];
  for (let i = 0; i < n; i++) {
    win.length = 0;
    for (let k = Math.max(0, i - HALF_WINDOW); k <= Math.min(n - 1, i + HALF_WINDOW); k++) win.push(out[k] as number);
    local[i] = median(win);
  }
  const dev = Float64Array.from(out, (v, i) => Math.abs(v - (local[i] as number)));
  const s = 1.4826 * median(dev);
  if (!(s > 0)) return out;
  for (let i = 0; i < n; i++) out[i] = Math.min((local[i] as number) + 4 * s, Math.max((local[i] as number) - 4 * s, out[i] as number));
  return out;
}

function lineSse(x: ArrayLike<number>, y: Float64Array, n: number, x0: number): number {
  let sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const u = (x[i] as number) - x0;
    const v = y[i] as number;
    sx += u; sy += v; sxx += u * u; sxy += u * v; syy += v * v;
  }
  const vxx = sxx - (sx * sx) / n;
  const vxy = sxy - (sx * sy) / n;
  const vyy = syy - (sy * sy) / n;
  return vxx > 0 ? Math.max(0, vyy - (vxy * vxy) / vxx) : Math.max(0, vyy);
}

/** Least squares on [1, x − x₀, (x − τ)₊] by the normal equations (3 × 3, solved by Cramer's rule on centred sums). */
function hinge(x: ArrayLike<number>, y: Float64Array, n: number, x0: number, tau: number): Omit<HingeFit, 'sseLine'> | null {
  let s1 = 0, s2 = 0, sy = 0, s11 = 0, s12 = 0, s22 = 0, s1y = 0, s2y = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const u = (x[i] as number) - x0;
    const h = Math.max(0, (x[i] as number) - tau);
    const v = y[i] as number;
    s1 += u; s2 += h; sy += v;
    s11 += u * u; s12 += u * h; s22 += h * h;
    s1y += u * v; s2y += h * v; syy += v * v;
  }
  // Centre: the intercept drops out, leaving a 2 × 2 system for (b, c).
  const a11 = s11 - (s1 * s1) / n;
  const a12 = s12 - (s1 * s2) / n;
  const a22 = s22 - (s2 * s2) / n;
  const b1 = s1y - (s1 * sy) / n;
  const b2 = s2y - (s2 * sy) / n;
  const vyy = syy - (sy * sy) / n;
  const det = a11 * a22 - a12 * a12;
  if (!(Math.abs(det) > 1e-12 * Math.max(1, a11 * a22))) return null;
  const b = (b1 * a22 - b2 * a12) / det;
  const c = (a11 * b2 - a12 * b1) / det;
  const sse = Math.max(0, vyy - b * b1 - c * b2);
  return { tau, slopeBefore: b, slopeChange: c, sse };
}
