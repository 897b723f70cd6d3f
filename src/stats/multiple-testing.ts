/** Multiple-testing corrections across vats. */

/** Per-test significance level for a family-wise error rate `alpha` over `m` tests (m < 1 is treated as 1). */
export function bonferroni(alpha: number, m: number): number {
  return alpha / Math.max(1, Math.floor(m));
}

/**
 * Benjamini–Hochberg step-up procedure at false-discovery rate `q`. Returns, in input order,
 * whether each hypothesis is rejected. NaN / non-finite p-values are never rejected but still
 * count towards m (conservative).
 */
export function benjaminiHochberg(pValues: number[], q: number): boolean[] {
  const m = pValues.length;
  const rejected = new Array<boolean>(m).fill(false);
  if (m === 0) return rejected;
  const order = pValues
    .map((p, i) => ({ p: Number.isFinite(p) ? p : Infinity, i }))
    .sort((a, b) => a.p - b.p || a.i - b.i);
  let kMax = -1;
  for (let k = 0; k < m; k++) {
    if ((order[k] as { p: number }).p <= ((k + 1) / m) * q) kMax = k;
  }
  for (let k = 0; k <= kMax; k++) rejected[(order[k] as { i: number }).i] = true;
  return rejected;
}

/**
 * Benjamini–Hochberg adjusted p-values (q-values), in input order: the smallest FDR level at
 * which each hypothesis would be rejected. Non-finite p-values map to 1.
 */
export function benjaminiHochbergAdjusted(pValues: number[]): number[] {
  const m = pValues.length;
  const out = new Array<number>(m).fill(1);
  const order = pValues
    .map((p, i) => ({ p: Number.isFinite(p) ? p : Infinity, i }))
    .sort((a, b) => a.p - b.p || a.i - b.i);
  let running = 1;
  for (let k = m - 1; k >= 0; k--) {
    const { p, i } = order[k] as { p: number; i: number };
    running = Math.min(running, (p * m) / (k + 1));
    out[i] = Math.min(1, Math.max(p, running)); // max(): guard against rounding below p
  }
  return out;
}
