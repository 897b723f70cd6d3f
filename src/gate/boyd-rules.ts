/**
 * BOYD growth verdict for one vat (docs/policy.md explains each test and default). Two windows are
 * judged by the same tests: the whole run, and the BOYDs from the vat's onset on (where its growth
 * begins, when the report found one: a leak that starts late is diluted in a whole-run fit).
 * - neutral: too few BOYDs, or they cover too little of the run;
 * - fail: in one window, the Mann–Kendall trend is significant after Bonferroni across the vats
 *   tested and the windows tried, the Sen slope's lower bound is above the floor, the rise exceeds
 *   the minimum, raw and against the peers, and the drift guards find nothing
 *   ({@link driftReasons}: the vat rises against its peers, and its heap grew);
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
  /**
   * Windows tried per vat (for Bonferroni): the whole run and each candidate onset
   * (`1 + onsetCandidates`). Default 1.
   */
  windows?: number;
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
 * Only when that median is at most half the other's ({@link FORM_MARGIN}): the stage-to-stage level
 * moves of each vat (±10% at each restart) also move both forms, and a run whose drift is small
 * next to them cannot tell its form (a generated run with an added drift had medians 0.17 and 0.12
 * per mille per block: the ratio form, chosen on that, failed its lightest vat).
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
  const [d, r] = [median(diffs), median(ratios)];
  return r * FORM_MARGIN <= d ? 'ratio' : d * FORM_MARGIN <= r ? 'diff' : 'both';
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

/** One window of a vat's BOYDs and what the drift guards see in it. */
export interface BoydWindow {
  trend: TrendStats;
  /** Minus the peers' per-block median (null: no peers). */
  corrected: TrendStats | null;
  /** Divided by it (null: no peers, or a report without the ratio form). */
  ratio: TrendStats | null;
  /** Heap growth over the window (null: the worker reports no heap counts). */
  heapGrowth: number | null;
}

/** The whole-run window of a vat. */
const wholeRun = (v: VatReport): BoydWindow => ({
  trend: v.boyd!,
  corrected: v.boyd!.commonModeCorrected,
  ratio: v.boyd!.commonModeRatio ?? null,
  heapGrowth: v.heap?.growth ?? null,
});

/** The window from the vat's onset on, when the report has one. */
function afterOnset(v: VatReport): BoydWindow | null {
  const b = v.boyd;
  if (!b?.onset || !b.afterOnset) return null;
  return { trend: b.afterOnset, corrected: b.afterOnsetCorrected ?? null, ratio: b.afterOnsetRatio ?? null, heapGrowth: b.afterOnsetHeapGrowth ?? null };
}

export function boydVerdict(v: VatReport, p: BoydPolicy, ctx: BoydContext): Verdict {
  const base = { vatID: v.vatID, name: v.name, metric: 'boyd-slope' };
  const b = v.boyd;
  if (!b || !boydTestable(v, p, ctx.span)) {
    return { ...base, level: 'neutral', value: b?.slopePerBlock ?? null, threshold: p.slopeFloor, message: `too few BOYDs to judge (${b?.count ?? 0}; need ${p.minSamples} over ≥${pct(p.minSpanFraction)} of the run)` };
  }
  const alphaAdj = bonferroni(p.alpha, ctx.tested * Math.max(1, ctx.windows ?? 1));
  const floor = ctx.perBlock === false ? 0 : p.slopeFloor;
  const us = slopeText(ctx.perBlock === false ? 'delivery' : 'block');
  const axisNote = ctx.perBlock === false ? ' (x = delivery ordinal: no block events, floor not applied)' : '';
  const form = ctx.drift ?? 'both';
  const noPeers = p.commonMode && !b.commonModeCorrected ? '; no peer vats with enough BOYDs to tell machine drift apart' : '';
  // Without heap counts only the peers tell a vat's own growth from the others'. In one shared heap
  // (local workers: every vat in the kernel's process) every vat's BOYD collects all of it, so
  // every vat slows when any one retains: there BOYD time cannot blame a vat at all, and the
  // verdict stays at warn for the c-lists to decide.
  const sharedHeap = !v.heap && v.managerType === 'local';
  const noHeap = !v.heap
    ? sharedHeap
      ? '; no heap counts, and local workers share one heap (each BOYD collects all of it, so every vat slows down when any one retains): BOYD time cannot attribute a leak to a vat, the c-lists decide who leaks'
      : '; no heap counts: only its peers tell its own growth from machine drift'
    : '';
  const gc = b.gcWork?.adjusted ? `; judged at its usual GC load (${fmtNum(b.gcWork.reference)} GC krefs a BOYD, ${(b.gcWork.secondsPerKref * 1e6).toFixed(1)} µs each)` : '';

  const whole = wholeRun(v);
  const wholeFails = failures(whole, p, ctx, alphaAdj, form, floor, us);
  const onsetW = afterOnset(v);
  const onsetFails = onsetW ? failures(onsetW, p, ctx, alphaAdj, form, floor, us) : null;
  const where = b.onset ? `block ${b.onset.height}${b.onset.stage !== null ? ` (stage ${b.onset.stage})` : ''}` : '';
  const facts = (w: BoydWindow, span: string) =>
    `Sen slope ${us(w.trend.slopePerBlock)} (CI lower ${us(w.trend.slopeCI?.[0] ?? null)}), MK p=${fmtP(w.trend.pValue)} vs α=${fmtP(alphaAdj)}, rise ${pct(w.trend.relativeRise)} ${span}${axisNote}`;
  const guards = (w: BoydWindow) => {
    const rv = riseAgainstPeers(w, form);
    return `${w.corrected ? `; corrected for common-mode drift ${us(w.corrected.slopePerBlock)}` : ''}${rv !== null ? `, ${pct(rv)} against its peers` : ''}${noPeers}${w.heapGrowth !== null ? `; heap ×${w.heapGrowth.toFixed(2)}` : ''}`;
  };
  const nominal = (w: BoydWindow) => w.trend.pValue !== null && w.trend.pValue < p.alpha && (w.trend.slopePerBlock ?? 0) > 0;

  let level: Level;
  let message: string;
  let value = b.slopePerBlock;
  if (sharedHeap && (!wholeFails.length || (onsetFails && !onsetFails.length))) {
    level = 'warn';
    message = `BOYD time grows, but cannot be attributed to this vat: ${facts(whole, 'over the run')}${guards(whole)}${where ? `; growth begins at ${where}` : ''}${gc}${noHeap}`;
  } else if (!wholeFails.length) {
    level = 'fail';
    message = `BOYD time grows: ${facts(whole, 'over the run')}${guards(whole)}${where ? `; growth begins at ${where}` : ''}${gc}${noHeap}`;
  } else if (onsetW && onsetFails && !onsetFails.length) {
    level = 'fail';
    value = onsetW.trend.slopePerBlock;
    message = `BOYD time grows from ${where} on: ${facts(onsetW, 'since then')}${guards(onsetW)}; the whole run shows no growth (${wholeFails[0]})${gc}${noHeap}`;
  } else if (nominal(whole) || (onsetW && nominal(onsetW))) {
    level = 'warn';
    const after = onsetW && onsetFails ? `; from ${where} on: ${facts(onsetW, 'since then')}; but ${onsetFails.join('; ')}` : '';
    message = `BOYD time may grow: ${facts(whole, 'over the run')}; but ${wholeFails.join('; ')}${after}${noPeers}${gc}${noHeap}`;
  } else {
    level = 'pass';
    message = `no BOYD growth: ${facts(whole, 'over the run')}${gc}`;
  }
  return { ...base, level, value, threshold: floor, message };
}

/** Why a window is not growth (empty: it is). */
function failures(w: BoydWindow, p: BoydPolicy, ctx: BoydContext, alphaAdj: number, form: DriftForm, floor: number, us: (s: number | null) => string): string[] {
  const t = w.trend;
  const out: string[] = [];
  if (!(t.pValue !== null && t.pValue < alphaAdj)) out.push('trend not significant after correcting for the vats and windows tested');
  if (!((t.slopeCI?.[0] ?? -Infinity) > floor)) out.push(ctx.perBlock === false ? 'slope lower bound not above 0' : `slope lower bound not above ${us(p.slopeFloor)}`);
  if (!(t.relativeRise !== null && t.relativeRise > p.minRelativeRise)) out.push(`rise not above ${pct(p.minRelativeRise)}`);
  out.push(...windowDriftReasons(w, p, alphaAdj, form));
  return out;
}

/**
 * The window's rise against its peers, relative to its own level: in the 'diff' form the corrected
 * slope over the window divided by the vat's first mean, in the 'ratio' form the ratio's own rise;
 * in 'both' the smaller. Null without peers.
 */
export function riseAgainstPeers(w: BoydWindow, form: DriftForm): number | null {
  const t = w.trend;
  const d = w.corrected;
  const q = w.ratio;
  const diffRise = d && d.slopePerBlock !== null && d.xFirst !== null && d.xLast !== null && t.firstMean ? (d.slopePerBlock * (d.xLast - d.xFirst)) / Math.abs(t.firstMean) : null;
  const ratioRise = q?.relativeRise ?? null;
  if (form === 'diff' || ratioRise === null) return diffRise;
  if (form === 'ratio' || diffRise === null) return ratioRise;
  return Math.min(diffRise, ratioRise);
}

/**
 * Why a vat's BOYD growth may be machine drift rather than its own (empty: no reason), over the
 * whole run. See {@link windowDriftReasons}.
 */
export function driftReasons(v: VatReport, p: BoydPolicy, alphaAdj: number, form: DriftForm): string[] {
  return v.boyd ? windowDriftReasons(wholeRun(v), p, alphaAdj, form) : [];
}

/**
 * Why a window's growth may be machine drift (empty: no reason). With the common-mode test on, the
 * vat must rise significantly against its peers in the run's drift form ({@link driftForm}; in
 * both forms when the run cannot tell), and by more than the minimum rise: a vat that rises with
 * its peers plus a few percent (every vat of one shared heap does) is not growing on its own. A vat
 * without peers has only the heap test. A heap that did not grow means nothing was retained.
 */
export function windowDriftReasons(w: BoydWindow, p: BoydPolicy, alphaAdj: number, form: DriftForm): string[] {
  const out: string[] = [];
  const risesAgainstPeers = (t: TrendStats) => t.pValue !== null && t.pValue < alphaAdj && (t.slopeCI?.[0] ?? -1) > 0;
  if (p.commonMode && w.corrected) {
    const ratio = w.ratio;
    // A vat without the ratio form (an older report; peers' median ≤ 0) is judged on the difference.
    if ((form !== 'ratio' || !ratio) && !risesAgainstPeers(w.corrected)) out.push('not distinct from the other vats (machine-wide drift)');
    else if (form !== 'diff' && ratio && !risesAgainstPeers(ratio)) out.push('not distinct from the other vats in proportion to their time (a machine-wide slowdown)');
    else {
      const rise = riseAgainstPeers(w, form);
      if (rise !== null && !(rise > p.minRelativeRise)) out.push(`rise against its peers ${pct(rise)}, not above ${pct(p.minRelativeRise)}`);
    }
  }
  if (w.heapGrowth !== null && w.heapGrowth < p.heapVetoGrowth) out.push(`heap flat (×${w.heapGrowth.toFixed(2)}): likely machine drift`);
  return out;
}

/** How much less the vats must move in one drift form than in the other for the run to be judged in it. */
export const FORM_MARGIN = 2;

const fmtNum = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

export function fmtP(p: number | null | undefined): string {
  if (p === null || p === undefined) return 'n/a';
  if (p < 1e-4) return p.toExponential(1);
  return p.toPrecision(2);
}
