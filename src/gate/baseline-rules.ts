/**
 * Comparison with a baseline RunReport (the last run on main). Per vat:
 * - `boyd-slope-vs-baseline`: the BOYD slope difference, with both runs' uncertainty (each Sen
 *   CI half-width turned into a standard error and combined in quadrature): fail when the current
 *   slope exceeds the baseline's by more than z standard errors, is above the slope floor, and is
 *   at least `minRatio` times the baseline's; warn when only significant.
 * - `clist-vs-baseline`: c-list growth per block now vs the baseline's, with an exact tolerance.
 * A vat that is new or absent in the baseline is reported as neutral, never compared with another.
 */
import type { RunReport, Verdict, VatReport } from '../report/schema.js';
import { policyFor, type Policy } from './policy.js';
import { normalQuantile } from '../stats/index.js';

const us = (s: number) => `${(s * 1e6).toFixed(2)} µs/block`;

export function baselineVerdicts(report: RunReport, baseline: RunReport, policy: Policy, vatIDs: string[]): Verdict[] {
  const out: Verdict[] = [];
  const byKey = new Map<string, VatReport>();
  for (const v of baseline.vats) {
    byKey.set(`id:${v.vatID}`, v);
    if (v.name) byKey.set(`name:${v.name}`, v);
  }
  for (const v of report.vats) {
    if (!vatIDs.includes(v.vatID)) continue;
    // Match by name first: vatIDs of dynamic vats can differ between runs.
    const b = (v.name && byKey.get(`name:${v.name}`)) || byKey.get(`id:${v.vatID}`);
    const base = { vatID: v.vatID, name: v.name };
    const p = policyFor(policy, v.vatID, v.name);
    if (!b) {
      if (v.boyd?.slopePerBlock !== null && v.boyd) out.push({ ...base, metric: 'boyd-slope-vs-baseline', level: 'neutral', value: v.boyd.slopePerBlock, threshold: null, message: 'vat not in the baseline: nothing to compare' });
      continue;
    }
    const cur = v.boyd;
    const old = b.boyd;
    if (cur && old && cur.slopePerBlock !== null && old.slopePerBlock !== null && cur.slopeCI && old.slopeCI) {
      const z95 = normalQuantile(1 - p.boyd.alpha / 2);
      const se = (ci: [number, number]) => (ci[1] - ci[0]) / (2 * z95);
      const sd = Math.hypot(se(cur.slopeCI), se(old.slopeCI));
      const diff = cur.slopePerBlock - old.slopePerBlock;
      const z = sd > 0 ? diff / sd : diff > 0 ? Infinity : 0;
      const significant = z > policy.baseline.z;
      const big = cur.slopePerBlock > p.boyd.slopeFloor && cur.slopePerBlock >= policy.baseline.minRatio * Math.max(old.slopePerBlock, p.boyd.slopeFloor);
      const level = significant && big ? 'fail' : significant ? 'warn' : 'pass';
      out.push({
        ...base,
        metric: 'boyd-slope-vs-baseline',
        level,
        value: diff,
        threshold: policy.baseline.z,
        message: `BOYD slope ${us(cur.slopePerBlock)} vs baseline ${us(old.slopePerBlock)} (difference ${us(diff)}, z=${Number.isFinite(z) ? z.toFixed(1) : '∞'})`,
      });
    }
    const curRate = v.clist?.delta?.perBlock ?? null;
    const oldRate = b.clist?.delta?.perBlock ?? null;
    if (curRate !== null && oldRate !== null) {
      const diff = curRate - oldRate;
      const level = diff > policy.baseline.clistPerBlockTolerance && (v.clist?.delta?.exports ?? 0) + (v.clist?.delta?.imports ?? 0) >= p.clist.warnGrowth ? 'fail' : 'pass';
      out.push({
        ...base,
        metric: 'clist-vs-baseline',
        level,
        value: diff,
        threshold: policy.baseline.clistPerBlockTolerance,
        message: `c-list growth ${curRate.toFixed(3)}/block vs baseline ${oldRate.toFixed(3)}/block`,
      });
    }
  }
  return out;
}
