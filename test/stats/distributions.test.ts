import { describe, expect, it } from 'vitest';
import {
  normalCdf,
  normalQuantile,
  normalUpperTail,
  regularizedIncompleteBeta,
  studentTCdf,
  studentTQuantile,
} from '../../src/stats/index.js';

// Reference values are standard table values (cross-checked offline with an independent
// statistics package); the implementation must match them to 1e-6 or better.
describe('normal distribution', () => {
  it.each([
    [0.975, 1.959963984540054],
    [0.995, 2.5758293035489004],
    [0.5, 0],
    [0.8413447460685429, 1],
    [1e-6, -4.753424308822899],
    [1e-12, -7.034483825301131],
  ])('quantile(%d) = %d', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 6);
  });

  it('cdf and quantile are inverse and symmetric', () => {
    for (const z of [-6, -3.3, -1, -0.1, 0, 0.4, 1.7, 2.9, 5]) {
      expect(normalQuantile(normalCdf(z))).toBeCloseTo(z, 5);
      // simple-statistics' erf approximation is good to ~1e-7 absolute (erf(0) ≈ 3e-8).
      expect(Math.abs(normalCdf(z) + normalCdf(-z) - 1)).toBeLessThan(1e-7);
      expect(normalUpperTail(z)).toBeCloseTo(1 - normalCdf(z), 7);
    }
    // Φ(−5) = 2.866515718791939e-7: relative accuracy in the tail.
    expect(normalUpperTail(5) / 2.866515718791939e-7).toBeCloseTo(1, 5);
    // Far tail keeps relative precision: Q(10) = 7.61985302416047e-24, Q(30) = 4.906713927147908e-198.
    expect(normalUpperTail(10) / 7.61985302416047e-24).toBeCloseTo(1, 9);
    expect(normalUpperTail(30) / 4.906713927147908e-198).toBeCloseTo(1, 9);
    expect(normalUpperTail(4.99) / 3.01896462520848e-7).toBeCloseTo(1, 5);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.5)).toBeNaN();
  });
});

describe('Student t', () => {
  it.each([
    [0.975, 1, 12.706204736174694],
    [0.975, 2, 4.302652729749462],
    [0.975, 3, 3.1824463052837078],
    [0.975, 5, 2.5705818356363146],
    [0.975, 10, 2.228138851986274],
    [0.975, 30, 2.0422724563012378],
    [0.975, 100, 1.9839715185235518],
    [0.975, 367, 1.9664489463121344],
    [0.995, 10, 3.16927267261695],
    [0.95, 20, 1.7247182429207866],
    [0.9995, 3, 12.923978636687961],
    [0.999999, 4, 41.5778541501515],
  ])('quantile(%d, df=%d) = %d', (p, df, t) => {
    expect(Math.abs(studentTQuantile(p, df) - t) / t).toBeLessThan(1e-7);
    expect(studentTQuantile(1 - p, df)).toBeCloseTo(-t, 5);
  });

  it('cdf matches reference values and inverts the quantile', () => {
    // P(T7 ≤ 2.5) = 0.9795038907071235; P(T3 > 10) = 0.0010641995292070751
    expect(studentTCdf(2.5, 7)).toBeCloseTo(0.9795038907071235, 9);
    expect(1 - studentTCdf(10, 3)).toBeCloseTo(0.0010641995292070751, 9);
    for (const df of [1, 2, 3.5, 8, 50]) {
      for (const p of [0.01, 0.2, 0.5, 0.9, 0.999]) {
        expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 9);
      }
    }
    expect(studentTQuantile(0.975, Infinity)).toBeCloseTo(1.959963984540054, 7);
  });

  it('regularized incomplete beta: closed forms', () => {
    // I_x(1, 1) = x; I_x(a, 1) = x^a; I_x(1, b) = 1 − (1 − x)^b
    expect(regularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(regularizedIncompleteBeta(0.7, 3, 1)).toBeCloseTo(0.343, 12);
    expect(regularizedIncompleteBeta(0.2, 1, 4)).toBeCloseTo(1 - 0.8 ** 4, 12);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });
});
