/**
 * The RunReport's BOYD statistics per vat: the judged series (regular BOYDs, at the vat's usual GC
 * load when its BOYDs have two causes), its trend, the common-mode forms against the peers, and
 * the onset of growth that begins mid-run with the same statistics over the BOYDs after it.
 */
import type { MergedRun, VatSeries } from '../pipeline/merge-scans.js';
import { blockMeans, trendStats, chartPoints, commonModes, findOnset, sliceFrom, type CommonMode, type PerBlock } from '../analyzers/trend.js';
import { atUsualGcLoad, gcCost, type GcCost } from '../analyzers/boyd-causes.js';
import { onsetCandidates } from '../stats/onset.js';
import { meanOfFirst, meanOfLast } from '../stats/index.js';
import type { BoydStats } from '../shared/report-schema.js';
import { coversRun, policyFor, type BoydPolicy, type Policy } from '../shared/policy.js';

/** A vat's judged BOYD series. */
interface JudgedSeries {
  x: number[];
  /** Seconds, at the vat's usual GC load when `gc.adjusted`. */
  y: number[];
  /** xsnap heap count after each BOYD (NaN: none reported). */
  heap: number[];
  gc: GcCost | null;
}

/** Every vat's judged BOYD series, and what the common-mode correction and the onsets share. */
export interface BoydRun {
  series: Map<string, JudgedSeries>;
  /** The common-mode peers. */
  peers: Set<string>;
  /** Each vat's BOYD time against its peers' (analyzers/common-mode.ts), all vats in one sweep. */
  modes: Map<string, CommonMode | null>;
  /** The first and last x of the run (null: no BOYD axis). */
  range: [number, number] | null;
  /** The stage file that holds block `h` (null: unknown, or no block heights). */
  stageAt: (h: number) => number | null;
}

/**
 * Common-mode peers: the vats with enough BOYDs to be judged themselves (minSamples blocks over
 * minSpanFraction of the run), and in at least busyFraction of the blocks.
 */
export function boydRun(merged: MergedRun, policy: Policy): BoydRun {
  const span = merged.heightMin !== null && merged.heightMax !== null ? merged.heightMax - merged.heightMin + 1 : 0;
  const series = new Map<string, JudgedSeries>();
  const peers = new Set<string>();
  const perBlockCache = new Map<string, PerBlock>();
  const bp = policy.boyd;
  for (const v of merged.vats.values()) {
    const s = judgedSeries(v, policyFor(policy, v.vatID, v.name).boyd);
    if (!s.x.length) continue;
    series.set(v.vatID, s);
    if (!span) continue;
    const perBlock = blockMeans(s);
    perBlockCache.set(v.vatID, perBlock);
    const blocks = perBlock.x.length;
    if (blocks && coversRun(blocks, perBlock.x[0] as number, perBlock.x[blocks - 1] as number, span, bp) && blocks >= bp.busyFraction * span) peers.add(v.vatID);
  }
  const byHeight = merged.xAxis !== 'deliveryOrdinal';
  const files = merged.files.filter((f) => f.stage !== null && f.heightMin !== null && f.heightMax !== null);
  const stageAt = (h: number) => (byHeight ? files.find((f) => h >= f.heightMin! && h <= f.heightMax!)?.stage ?? null : null);
  // Per-block means, shared with the common-mode correction; their length is the vat's BOYD blocks.
  const modes = commonModes(series, peers, perBlockCache);
  return { series, peers, modes, range: span ? [merged.heightMin!, merged.heightMax!] : null, stageAt };
}

/**
 * BOYD samples that are not pre-snapshot (the snapshot BOYD is scheduled differently), each at the
 * vat's usual GC load when its BOYDs have two causes (analyzers/boyd-causes.ts).
 */
function judgedSeries(v: VatSeries, p: BoydPolicy): JudgedSeries {
  const x: number[] = [];
  const y: number[] = [];
  const g: number[] = [];
  const heap: number[] = [];
  for (const i of ascending(v.boyd.x)) {
    if (v.boyd.preSnapshot[i]) continue;
    x.push(v.boyd.x[i] as number);
    y.push(v.boyd.seconds[i] as number);
    g.push(v.boyd.gcKrefs[i] ?? 0);
    heap.push(v.boyd.heap[i] as number);
  }
  const gc = gcCost(y, g, p.minSamples, p.gcMixShare);
  return { x, y: gc?.adjusted ? atUsualGcLoad(y, g, gc) : y, heap, gc };
}

/**
 * The sample indexes in ascending x, each block's own order kept (stage files given out of order
 * give a series that goes back: the onset's index and segments need it in order).
 */
function ascending(x: readonly number[]): number[] {
  const order = Array.from({ length: x.length }, (_, k) => k);
  for (let i = 1; i < x.length; i++) {
    if ((x[i] as number) < (x[i - 1] as number)) return order.sort((a, b) => (x[a] as number) - (x[b] as number) || a - b);
  }
  return order;
}

export function boydStats(v: VatSeries, run: BoydRun, p: BoydPolicy): BoydStats | null {
  const s = run.series.get(v.vatID);
  if (!s) return null;
  const opts = { alpha: p.alpha, edgeSamples: p.edgeSamples };
  const t = trendStats(s.x, s.y, opts);
  const cm = run.modes.get(v.vatID) ?? null;
  const out: BoydStats = {
    ...t,
    preSnapshotCount: v.boyd.preSnapshot.reduce((a, b) => a + b, 0),
    commonModeCorrected: cm && cm.x.length >= 3 ? trendStats(cm.x, cm.diff, opts) : null,
    commonModeRatio: cm && cm.ratioX.length >= 3 ? trendStats(cm.ratioX, cm.ratio, opts) : null,
    chart: chartPoints(s.x, s.y),
    onset: null,
    afterOnset: null,
    afterOnsetCorrected: null,
    afterOnsetRatio: null,
    afterOnsetHeapGrowth: null,
    gcWork: s.gc,
  };
  const candidates = run.range && p.onsetCandidates > 0 ? onsetCandidates(run.range[0], run.range[1], p.onsetCandidates, 0.1, 1 - p.minSpanFraction) : [];
  // An onset's segment must rise significantly with the windows tried counted (not the vats: that
  // is the gate's count); the BOYD rule then judges it with both.
  const significance = p.alpha / (1 + candidates.length);
  const onset = candidates.length ? findOnset(s.x, s.y, { ...opts, candidates, minSamples: p.minSamples, significance }) : null;
  if (!onset) return out;
  const h = onset.height;
  out.onset = { height: h, stage: run.stageAt(h), index: onset.index };
  out.afterOnset = onset.after;
  if (cm) {
    const d = sliceFrom(cm.x, cm.diff, h);
    const q = sliceFrom(cm.ratioX, cm.ratio, h);
    out.afterOnsetCorrected = d.x.length >= 3 ? trendStats(d.x, d.y, opts) : null;
    out.afterOnsetRatio = q.x.length >= 3 ? trendStats(q.x, q.y, opts) : null;
  }
  out.afterOnsetHeapGrowth = heapGrowth(s.heap.slice(onset.index), p.edgeSamples);
  return out;
}

/** Mean of the last heap counts over the mean of the first (edge samples, at most a third each); null with fewer than 3. */
function heapGrowth(heap: number[], edge: number): number | null {
  const h = heap.filter((c) => Number.isFinite(c));
  if (h.length < 3) return null;
  const k = Math.max(1, Math.min(edge, Math.floor(h.length / 3)));
  const first = meanOfFirst(h, k);
  return first > 0 ? meanOfLast(h, k) / first : null;
}
