/**
 * Normal and Student-t distribution functions.
 *
 * simple-statistics supplies the building blocks (`errorFunction`: Numerical-Recipes erfc
 * approximation, fractional error < 1.2e-7; `probit`; `gammaln`), but its `probit` is only
 * accurate to ~3e-3 (1.9572 instead of 1.95996 at 0.975) and its normal CDF is a 4-digit table,
 * so the quantiles here polish those starting values with Newton/Halley steps.
 */
import { errorFunction, gammaln, probit } from 'simple-statistics';

const normalPdf = (z: number): number => Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);

const clamp01 = (p: number): number => (p < 0 ? 0 : p > 1 ? 1 : p);

/**
 * Φ(−z) for z ≥ 5 by Laplace's continued fraction φ(z)/(z + 1/(z + 2/(z + 3/(z + …)))), which
 * keeps full relative precision far into the tail where 1 + erf(·) cancels.
 */
function normalLowerTailFar(z: number): number {
  let f = z;
  for (let k = 120; k >= 1; k--) f = z + k / f;
  return normalPdf(z) / f;
}

/**
 * Standard normal CDF Φ(z): simple-statistics' `errorFunction` (absolute error ≲ 1e-7) for
 * |z| < 5, a continued fraction beyond (relative error ~1e-15, no underflow to 0 until ~z = 38).
 */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return NaN;
  if (z === Infinity) return 1;
  if (z === -Infinity) return 0;
  if (z <= -5) return normalLowerTailFar(-z);
  if (z >= 5) return 1 - normalLowerTailFar(z);
  if (z === 0) return 0.5; // the erf approximation is 3e-8 off at 0
  return clamp01(0.5 * (1 + errorFunction(z / Math.SQRT2)));
}

/** Upper tail 1 − Φ(z), computed as Φ(−z) to keep precision for large z. */
export function normalUpperTail(z: number): number {
  return normalCdf(-z);
}

/** Standard normal quantile Φ⁻¹(p); absolute error ≲ 1e-7 (limited by the CDF), p in (0, 1). */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p > 0.5) return -normalQuantile(1 - p);
  if (p === 0.5) return 0;
  // Lower half: start from simple-statistics' closed-form approximation, then Halley steps.
  let x = probit(p);
  if (!Number.isFinite(x) || x > 0) x = 0;
  for (let i = 0; i < 50; i++) {
    const pdf = normalPdf(x);
    if (pdf === 0) break;
    const e = normalCdf(x) - p;
    const d = e / pdf;
    const step = d / (1 + (x * d) / 2);
    x -= step;
    if (Math.abs(step) <= 1e-12 * Math.max(1, Math.abs(x))) break;
  }
  return x;
}

/** Continued fraction for the regularized incomplete beta function (modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const TINY = 1e-300;
  const EPS = 1e-15;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 1000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}

/** Regularized incomplete beta function I_x(a, b) for a, b > 0. */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (Number.isNaN(x) || !(a > 0) || !(b > 0)) return NaN;
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const logFront = gammaln(a + b) - gammaln(a) - gammaln(b) + a * Math.log(x) + b * Math.log1p(-x);
  const front = Math.exp(logFront);
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** P(T > t) for t ≥ 0 (Student t with `df` degrees of freedom), accurate in the far tail. */
function studentTUpperTailNonNeg(t: number, df: number): number {
  if (t === Infinity) return 0;
  return 0.5 * regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
}

/** Student-t CDF P(T ≤ t) with `df` > 0 degrees of freedom (df = Infinity gives the normal). */
export function studentTCdf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (df === Infinity || df > 1e10) return normalCdf(t);
  const upper = studentTUpperTailNonNeg(Math.abs(t), df);
  return t >= 0 ? 1 - upper : upper;
}

function studentTPdf(t: number, df: number): number {
  return Math.exp(
    gammaln((df + 1) / 2) - gammaln(df / 2) - 0.5 * Math.log(df * Math.PI) - ((df + 1) / 2) * Math.log1p((t * t) / df),
  );
}

/**
 * Student-t quantile: the t with P(T ≤ t) = p. Closed forms for df = 1 and 2; otherwise a
 * Cornish–Fisher start refined by safeguarded Newton steps on the upper tail (bisection
 * fallback), converging to ~1e-10 relative.
 */
export function studentTQuantile(p: number, df: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1 || !(df > 0)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (df === Infinity || df > 1e10) return normalQuantile(p);
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  const q = 1 - p; // target upper tail, in (0, 0.5)
  if (df === 1) return Math.tan(Math.PI * (p - 0.5));
  if (df === 2) return (2 * p - 1) / Math.sqrt(2 * p * q);

  // Cornish–Fisher expansion of t in terms of z.
  const z = normalQuantile(p);
  const z2 = z * z;
  let t =
    z +
    (z * (z2 + 1)) / (4 * df) +
    (z * (5 * z2 * z2 + 16 * z2 + 3)) / (96 * df * df) +
    (z * (3 * z2 * z2 * z2 + 19 * z2 * z2 + 17 * z2 - 15)) / (384 * df * df * df);
  if (!(t > 0) || !Number.isFinite(t)) t = z > 0 ? z : 1;

  // Bracket [lo, hi] with upperTail(lo) ≥ q ≥ upperTail(hi).
  let lo = 0;
  let hi = Math.max(t, 1);
  while (studentTUpperTailNonNeg(hi, df) > q) {
    lo = hi;
    hi *= 2;
    if (hi > 1e300) return Infinity;
  }
  for (let i = 0; i < 200; i++) {
    const f = studentTUpperTailNonNeg(t, df) - q; // decreasing in t
    if (f === 0) return t;
    if (f > 0) lo = t;
    else hi = t;
    const pdf = studentTPdf(t, df);
    let next = pdf > 0 ? t + f / pdf : NaN;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - t) <= 1e-13 * Math.max(1, Math.abs(t))) return next;
    t = next;
  }
  return t;
}
