/**
 * Comparison with a baseline RunReport (the last run on main). Per vat:
 * - `boyd-slope-vs-baseline`: the BOYD slope difference, with both runs' uncertainty (each Sen
 *   CI half-width turned into a standard error and combined in quadrature): fail when the current
 *   slope exceeds the baseline's by more than z standard errors, is above the slope floor, and is
 *   at least `minRatio` times the baseline's, and the BOYD rule's drift guards find nothing (the vat
 *   rises against its peers in this run's drift form, its heap grew: a slower CI host steepens every
 *   vat's slope); warn when only significant, or when a drift guard objects.
 * - `clist-vs-baseline`: c-list growth per block now vs the baseline's, with an exact tolerance.
 * A vat that is new or absent in the baseline is reported as neutral, never compared with another:
 * vats are matched by name, and by vatID only when the names do not disagree (a dynamic vatID may
 * belong to another vat in another run). BOYD slopes are compared only when both runs measure
 * them per block (a slope per delivery, on a run without block events, is another quantity) and
 * when the BOYD rule could judge the vat in both runs (enough BOYDs, over enough of the run).
 */
import { slopeUnit, type BoydStats, type RunReport, type Verdict, type VatReport } from '../shared/report-schema.js';
import { DEFAULT_POLICY, policyFor, type Policy } from '../shared/policy.js';
import { boydTestable, driftReasons, runSpan, slopeText, type DriftForm } from './boyd-rules.js';
import { bonferroni, normalQuantile } from '../stats/index.js';

/**
 * The α a report computed a vat's Sen interval at: its recorded policy's, through the same
 * override matching as the gate (`policyFor`), which need not be this run's. A recorded policy is
 * JSON from an artifact: anything but a probability falls back to the default.
 */
function ciAlpha(r: RunReport, vatID: string, name: string | null): number {
  const rec = (r.policy ?? {}) as { boyd?: unknown; overrides?: unknown };
  const boyd = rec.boyd && typeof rec.boyd === 'object' ? { ...DEFAULT_POLICY.boyd, ...rec.boyd } : DEFAULT_POLICY.boyd;
  const overrides = Array.isArray(rec.overrides) ? rec.overrides.filter((o): o is Policy['overrides'][number] => !!o && typeof o === 'object') : [];
  const a: unknown = policyFor({ ...DEFAULT_POLICY, boyd, overrides }, vatID, name).boyd.alpha;
  return typeof a === 'number' && a > 0 && a < 1 ? a : DEFAULT_POLICY.boyd.alpha;
}

/** A baseline is JSON from a file or an artifact: a statistic of another type is no statistic. */
const finiteOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
/** The vat's BOYD slope and its interval, as numbers. */
const hasSlope = (b: BoydStats | null | undefined): b is BoydStats & { slopePerBlock: number; slopeCI: [number, number] } =>
  !!b && finiteOrNull(b.slopePerBlock) !== null && Array.isArray(b.slopeCI) && b.slopeCI.length === 2 && b.slopeCI.every((c) => finiteOrNull(c) !== null);

/** `tested`, `drift`: the BOYD rule's Bonferroni count and drift form in this run (for the drift guards). */
export function baselineVerdicts(report: RunReport, baseline: RunReport, policy: Policy, vatIDs: string[], tested: number, drift: DriftForm): Verdict[] {
  const out: Verdict[] = [];
  const byKey = new Map<string, VatReport>();
  for (const v of baseline.vats) {
    byKey.set(`id:${v.vatID}`, v);
    if (v.name) byKey.set(`name:${v.name}`, v);
  }
  const unit = slopeUnit(report.run.xAxis);
  const sameAxis = unit === slopeUnit(baseline.run.xAxis);
  const us = slopeText(unit);
  const [span, baselineSpan] = [runSpan(report), runSpan(baseline)];
  const judged = new Set(vatIDs);
  for (const v of report.vats) {
    if (!judged.has(v.vatID)) continue;
    // Match by name first: vatIDs of dynamic vats can differ between runs. The same vatID under
    // another name is another vat.
    const byID = byKey.get(`id:${v.vatID}`);
    const b = (v.name && byKey.get(`name:${v.name}`)) || (byID && (!v.name || !byID.name || byID.name === v.name) ? byID : undefined);
    const base = { vatID: v.vatID, name: v.name };
    const p = policyFor(policy, v.vatID, v.name);
    const neutral = (message: string) => out.push({ ...base, metric: 'boyd-slope-vs-baseline', level: 'neutral', value: v.boyd!.slopePerBlock, threshold: null, unit: `s/${unit}`, message });
    if (!b) {
      if (v.boyd?.slopePerBlock !== null && v.boyd) {
        neutral(byID ? `vat not in the baseline (its vatID belongs to ${byID.name} there): nothing to compare` : 'vat not in the baseline: nothing to compare');
      }
      continue;
    }
    const cur = v.boyd;
    const old = b.boyd;
    if (hasSlope(cur) && hasSlope(old)) {
      const testedHere = boydTestable(v, p.boyd, span);
      if (!sameAxis) {
        neutral(`BOYD slope per ${unit} here, per ${slopeUnit(baseline.run.xAxis)} in the baseline: not comparable`);
      } else if (!testedHere || !boydTestable(b, p.boyd, baselineSpan)) {
        neutral(`too few BOYDs ${testedHere ? 'in the baseline' : 'in this run'} to compare (need ${p.boyd.minSamples} over ≥${Math.round(p.boyd.minSpanFraction * 100)}% of the run)`);
      } else {
        // Each interval back to a standard error at the α it was computed with.
        const se = (ci: [number, number], alpha: number) => (ci[1] - ci[0]) / (2 * normalQuantile(1 - alpha / 2));
        const sd = Math.hypot(se(cur.slopeCI, ciAlpha(report, v.vatID, v.name)), se(old.slopeCI, ciAlpha(baseline, b.vatID, b.name)));
        const diff = cur.slopePerBlock - old.slopePerBlock;
        const z = sd > 0 ? diff / sd : diff > 0 ? Infinity : 0;
        const significant = z > policy.baseline.z;
        const big = cur.slopePerBlock > p.boyd.slopeFloor && cur.slopePerBlock >= policy.baseline.minRatio * Math.max(old.slopePerBlock, p.boyd.slopeFloor);
        const guards = significant && big ? driftReasons(v, p.boyd, bonferroni(p.boyd.alpha, tested), drift) : [];
        const level = significant && big && !guards.length ? 'fail' : significant ? 'warn' : 'pass';
        out.push({
          ...base,
          metric: 'boyd-slope-vs-baseline',
          level,
          value: diff,
          threshold: policy.baseline.z,
          // The threshold is a z score; value and reference are in seconds per x step.
          reference: { kind: 'baseline', value: old.slopePerBlock, runs: 1 },
          unit: `s/${unit}`,
          message: `BOYD slope ${us(cur.slopePerBlock)} vs baseline ${us(old.slopePerBlock)} (difference ${us(diff)}, z=${Number.isFinite(z) ? z.toFixed(1) : '∞'})${guards.length ? `; but ${guards.join('; ')}` : ''}`,
        });
      }
    }
    const curRate = finiteOrNull(v.clist?.delta?.perBlock);
    const oldRate = finiteOrNull(b.clist?.delta?.perBlock);
    if (curRate !== null && oldRate !== null) {
      const diff = curRate - oldRate;
      const level = diff > policy.baseline.clistPerBlockTolerance && (v.clist?.delta?.exports ?? 0) + (v.clist?.delta?.imports ?? 0) >= p.clist.warnGrowth ? 'fail' : 'pass';
      out.push({
        ...base,
        metric: 'clist-vs-baseline',
        level,
        value: diff,
        threshold: policy.baseline.clistPerBlockTolerance,
        reference: { kind: 'baseline', value: oldRate, runs: 1 },
        unit: 'entries/block',
        message: `c-list growth ${curRate.toFixed(3)}/block vs baseline ${oldRate.toFixed(3)}/block`,
      });
    }
  }
  return out;
}
