/**
 * BOYD growth verdict for one vat (docs/policy.md explains each test and default):
 * - neutral: too few BOYDs, or they cover too little of the run;
 * - fail: the Mann–Kendall trend is significant after Bonferroni across the vats tested, the Sen
 *   slope's lower bound is above the floor, the rise over the run exceeds the minimum, and the
 *   drift guards find nothing ({@link driftReasons}: the vat rises against its peers, and its heap
 *   grew);
 * - warn: the trend is significant at the uncorrected level but some of the other tests fail;
 * - pass: otherwise.
 */
import type { Level, RunReport, TrendStats, Verdict, VatReport } from '../shared/report-schema.js';
import { coversRun, type BoydPolicy } from '../shared/policy.js';
import { bonferroni, median } from '../stats/index.js';

export interface BoydContext {
  /** Number of vats tested (for Bonferroni). */
  tested: number;
  /** The run's x span (blocks). */
  span: number;
  /**
   * When the slog has no block events, x is the delivery ordinal: the floor (seconds per block)
   * has no meaning there, so the slope only has to be positive.
   */
  perBlock?: boolean;
  /** The run's drift form ({@link driftForm}); default 'both'. */
  drift?: DriftForm;
}

/**
 * Which common-mode form cancels a run's machine drift: 'diff' when it adds time (every vat's BOYD
 * + d(t)), 'ratio' when it scales time (× s(t)), 'both' when the run cannot tell.
 */
export type DriftForm = 'diff' | 'ratio' | 'both';

/**
 * The run's drift form: the one in which the vats move least against their peers. Under an added
 * drift each vat minus its peers' median stays flat while its ratio to them moves (up for a vat
 * lighter than its peers, down for a heavier one); under a scaled drift the other way round. So
 * the form whose slopes, relative to the series' level, have the smaller median magnitude over the
 * vats is the one the drift cancels in; a leaking vat, one among several, moves the median little.
 * Only the vats the BOYD rule judges count (`vats`: enough BOYDs over enough of the run; a vat
 * reaped three times has wild slopes). With fewer than three of them having both forms (or a report
 * without the ratio form) the run cannot tell, and a vat must rise in both forms ('both'): neither
 * form alone may blame a vat for drift.
 */
export function driftForm(vats: VatReport[]): DriftForm {
  const diffs: number[] = [];
  const ratios: number[] = [];
  for (const v of vats) {
    const b = v.boyd;
    const d = b?.commonModeCorrected;
    const q = b?.commonModeRatio;
    if (!b || !d || !q || d.slopePerBlock === null || q.slopePerBlock === null || !b.firstMean || !q.firstMean) continue;
    diffs.push(Math.abs(d.slopePerBlock / b.firstMean));
    ratios.push(Math.abs(q.slopePerBlock / q.firstMean));
  }
  if (diffs.length < 3) return 'both';
  return median(ratios) < median(diffs) ? 'ratio' : 'diff';
}

/** A slope in µs per x unit: per block, or per delivery on a run without block events. */
export const slopeText = (unit: 'block' | 'delivery') => (s: number | null | undefined) => (s === null || s === undefined ? 'n/a' : `${(s * 1e6).toFixed(2)} µs/${unit}`);
const pct = (f: number | null | undefined) => (f === null || f === undefined ? 'n/a' : `${(f * 100).toFixed(0)}%`);

/** The blocks from a run's first to its last, the span `boydTestable` measures coverage against. */
export const runSpan = (r: RunReport): number => (r.run.blockRange ? r.run.blockRange[1] - r.run.blockRange[0] + 1 : 0);

/** Whether the vat has enough BOYDs to be judged at all. */
export function boydTestable(v: VatReport, p: BoydPolicy, span: number): boolean {
  const b = v.boyd;
  if (!b || b.xFirst === null || b.xLast === null) return false;
  return coversRun(b.count, b.xFirst, b.xLast, span, p);
}

export function boydVerdict(v: VatReport, p: BoydPolicy, ctx: BoydContext): Verdict {
  const base = { vatID: v.vatID, name: v.name, metric: 'boyd-slope' };
  const b = v.boyd;
  if (!b || !boydTestable(v, p, ctx.span)) {
    return { ...base, level: 'neutral', value: b?.slopePerBlock ?? null, threshold: p.slopeFloor, message: `too few BOYDs to judge (${b?.count ?? 0}; need ${p.minSamples} over ≥${pct(p.minSpanFraction)} of the run)` };
  }
  const alphaAdj = bonferroni(p.alpha, ctx.tested);
  const significant = b.pValue !== null && b.pValue < alphaAdj;
  const nominal = b.pValue !== null && b.pValue < p.alpha;
  const lo = b.slopeCI?.[0] ?? null;
  const floor = ctx.perBlock === false ? 0 : p.slopeFloor;
  const aboveFloor = lo !== null && lo > floor;
  const rises = b.relativeRise !== null && b.relativeRise > p.minRelativeRise;
  const cm = b.commonModeCorrected;
  const ratio = b.commonModeRatio ?? null;
  const drift = driftReasons(v, p, alphaAdj, ctx.drift ?? 'both');
  const heapGrowth = v.heap?.growth ?? null;

  const us = slopeText(ctx.perBlock === false ? 'delivery' : 'block');
  const axisNote = ctx.perBlock === false ? ' (x = delivery ordinal: no block events, floor not applied)' : '';
  const facts = `Sen slope ${us(b.slopePerBlock)} (CI lower ${us(lo)}), MK p=${fmtP(b.pValue)} vs α=${fmtP(alphaAdj)}, rise ${pct(b.relativeRise)} over the run${axisNote}`;
  const noPeers = p.commonMode && !cm ? '; no peer vats with enough BOYDs to tell machine drift apart' : '';
  const failing: string[] = [];
  if (!significant) failing.push('trend not significant after correcting for the vats tested');
  if (!aboveFloor) failing.push(ctx.perBlock === false ? 'slope lower bound not above 0' : `slope lower bound not above ${us(p.slopeFloor)}`);
  if (!rises) failing.push(`rise not above ${pct(p.minRelativeRise)}`);
  failing.push(...drift);

  let level: Level;
  if (!failing.length) level = 'fail';
  else if (nominal && (b.slopePerBlock ?? 0) > 0) level = 'warn';
  else level = 'pass';
  const message =
    level === 'fail'
      ? `BOYD time grows: ${facts}${cm ? `; corrected for common-mode drift ${us(cm.slopePerBlock)}` : ''}${ratio ? `, ${pct(ratio.relativeRise)} against its peers` : ''}${noPeers}${heapGrowth !== null ? `; heap ×${heapGrowth.toFixed(2)}` : ''}`
      : level === 'warn'
        ? `BOYD time may grow: ${facts}; but ${failing.join('; ')}${noPeers}`
        : `no BOYD growth: ${facts}`;
  return { ...base, level, value: b.slopePerBlock, threshold: floor, message };
}

/**
 * Why a vat's BOYD growth may be machine drift rather than its own (empty: no reason). With the
 * common-mode test on, the vat must rise significantly against its peers in the run's drift form
 * ({@link driftForm}; in both forms when the run cannot tell). A vat without peers has only the
 * heap test. A heap that did not grow means nothing was retained.
 */
export function driftReasons(v: VatReport, p: BoydPolicy, alphaAdj: number, form: DriftForm): string[] {
  const b = v.boyd;
  const out: string[] = [];
  const risesAgainstPeers = (t: TrendStats) => t.pValue !== null && t.pValue < alphaAdj && (t.slopeCI?.[0] ?? -1) > 0;
  if (p.commonMode && b?.commonModeCorrected) {
    const ratio = b.commonModeRatio ?? null;
    // A vat without the ratio form (an older report; peers' median ≤ 0) is judged on the difference.
    if ((form !== 'ratio' || !ratio) && !risesAgainstPeers(b.commonModeCorrected)) out.push('not distinct from the other vats (machine-wide drift)');
    else if (form !== 'diff' && ratio && !risesAgainstPeers(ratio)) out.push('not distinct from the other vats in proportion to their time (a machine-wide slowdown)');
  }
  const heapGrowth = v.heap?.growth ?? null;
  if (heapGrowth !== null && heapGrowth < p.heapVetoGrowth) out.push(`heap flat (×${heapGrowth.toFixed(2)}): likely machine drift`);
  return out;
}

export function fmtP(p: number | null | undefined): string {
  if (p === null || p === undefined) return 'n/a';
  if (p < 1e-4) return p.toExponential(1);
  return p.toPrecision(2);
}
