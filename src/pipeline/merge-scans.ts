/**
 * Deterministic merge of per-file scans (in stage order) into one run: picks the x-axis,
 * concatenates BOYD samples, merges delivery accumulators and the c-list replay, and collects
 * warnings. The same code runs whether the files were scanned in worker threads or in-process.
 */
import type { FileScan, BoydSamples, RepeatSkip } from './file-scan.js';
import { Diagnostics } from '../slog/diagnostics.js';
import { mergeDeliveryStats, type DeliveryAcc } from '../analyzers/delivery-stats.js';
import { mergeClist, type ClistSeries } from '../analyzers/clist-replay.js';
import type { Warning, XAxis } from '../shared/report-schema.js';

export interface VatSeries {
  vatID: string;
  name: string | null;
  managerType: string | null;
  deliveries: number;
  /** BOYD samples on the chosen x-axis, in order; pre-snapshot ones flagged; GC krefs since the previous BOYD. */
  boyd: { x: number[]; seconds: number[]; heap: number[]; preSnapshot: number[]; gcKrefs: number[] };
  heapFirst: [number, number] | null;
  heapLast: [number, number] | null;
  retentionFirst: Record<string, number> | null;
  retentionLast: Record<string, number> | null;
}

/** A file's scan without its bulk (samples, accumulators, c-list partial), which the merge consumed. */
export type FileSummary = Omit<FileScan, 'deliveryAccs' | 'boyd' | 'clist'>;

export interface MergedRun {
  xAxis: XAxis;
  files: FileSummary[];
  vats: Map<string, VatSeries>;
  deliveryAccs: DeliveryAcc[];
  /** True when `deliveryAccs` OLS sums use block height, false for the delivery ordinal. */
  accsByHeight: boolean;
  clist: ClistSeries;
  warnings: Warning[];
  heightMin: number | null;
  heightMax: number | null;
  blocks: number;
  swingsetSeconds: number;
  wallSeconds: number | null;
  deliveries: number;
}

export function mergeScans(scans: FileScan[]): MergedRun {
  const anyHeights = scans.some((s) => s.heightMax !== null && s.heightMax > 0);
  const allEndBlock = scans.filter((s) => s.heightMax !== null).every((s) => s.endBlockWindows);
  const xAxis: XAxis = anyHeights ? (allEndBlock ? 'blockHeight' : 'runBlockHeight') : 'deliveryOrdinal';

  const offsets: number[] = [];
  let off = 0;
  for (const s of scans) {
    offsets.push(off);
    off += s.deliveries;
  }

  const vats = new Map<string, VatSeries>();
  const get = (vatID: string): VatSeries => {
    let v = vats.get(vatID);
    if (!v) {
      v = {
        vatID, name: null, managerType: null, deliveries: 0,
        boyd: { x: [], seconds: [], heap: [], preSnapshot: [], gcKrefs: [] },
        heapFirst: null, heapLast: null, retentionFirst: null, retentionLast: null,
      };
      vats.set(vatID, v);
    }
    return v;
  };

  scans.forEach((s, i) => {
    for (const [vatID, info] of Object.entries(s.vats)) {
      const v = get(vatID);
      if (info.name) v.name = info.name;
      if (info.managerType) v.managerType = info.managerType;
      v.deliveries += info.deliveries;
      const shift = (p: [number, number] | undefined): [number, number] | null => (p ? [p[0], p[1]] : null);
      if (!v.heapFirst && info.heapFirst) v.heapFirst = shift(info.heapFirst);
      if (info.heapLast) v.heapLast = shift(info.heapLast);
      if (!v.retentionFirst && info.retentionFirst) v.retentionFirst = info.retentionFirst;
      if (info.retentionLast) v.retentionLast = info.retentionLast;
    }
    for (const [vatID, b] of Object.entries(s.boyd)) appendBoyd(get(vatID), b, xAxis, offsets[i]);
  });

  let heightMin: number | null = null;
  let heightMax: number | null = null;
  let swingsetSeconds = 0;
  for (const s of scans) {
    if (s.heightMin !== null) heightMin = heightMin === null ? s.heightMin : Math.min(heightMin, s.heightMin);
    if (s.heightMax !== null) heightMax = heightMax === null ? s.heightMax : Math.max(heightMax, s.heightMax);
    swingsetSeconds += s.swingsetSeconds;
  }
  const blocks = countBlocks(scans);
  if (xAxis === 'deliveryOrdinal') {
    heightMin = scans.some((s) => s.deliveries > 0) ? 1 : null;
    heightMax = off || null;
  }

  return {
    xAxis,
    // Only the summaries: the merged series hold the data, and the bulk can be collected.
    files: scans.map(({ deliveryAccs: _a, boyd: _b, clist: _c, ...summary }) => summary),
    vats,
    deliveryAccs: mergeDeliveryStats(scans.map((s) => s.deliveryAccs), offsets),
    accsByHeight: xAxis !== 'deliveryOrdinal',
    clist: mergeClist(scans.map((s) => s.clist)),
    warnings: Diagnostics.merge(scans.map((s) => s.warnings)),
    heightMin,
    heightMax,
    blocks,
    swingsetSeconds,
    wallSeconds: wallSeconds(scans),
    deliveries: off,
  };
}

const isNum = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

type BlockTimes = Pick<FileScan, 'firstBlockTime' | 'lastBlockTime' | 'firstBlockMonotime' | 'lastBlockMonotime'>;

/**
 * Wall time from the run's first block to its last: each file's span on the kernel's monotonic
 * clock (`monotime`; it restarts near 0 in each stage file, a new process), else on the wall clock
 * (`time`), plus the wall-clock gaps between consecutive files (the restarts). A wall-clock step
 * back (NTP, a VM resumed) makes a span or gap negative: it counts as nothing, so the total is
 * never negative. Null when no file has a block with a time.
 */
export function wallSeconds(scans: ReadonlyArray<BlockTimes>): number | null {
  let total: number | null = null;
  let prevEnd: number | null = null;
  for (const s of scans) {
    const span =
      isNum(s.firstBlockMonotime) && isNum(s.lastBlockMonotime)
        ? s.lastBlockMonotime - s.firstBlockMonotime
        : isNum(s.firstBlockTime) && isNum(s.lastBlockTime)
          ? s.lastBlockTime - s.firstBlockTime
          : NaN;
    if (!Number.isFinite(span)) continue;
    total = (total ?? 0) + Math.max(0, span);
    if (prevEnd !== null && isNum(s.firstBlockTime)) total += Math.max(0, s.firstBlockTime - prevEnd);
    if (isNum(s.lastBlockTime)) prevEnd = s.lastBlockTime;
  }
  return total;
}

function appendBoyd(v: VatSeries, b: BoydSamples, axis: XAxis, ordinalOffset: number): void {
  for (let i = 0; i < b.seconds.length; i++) {
    const x = axis === 'deliveryOrdinal' ? b.ordinal[i] + ordinalOffset : b.height[i];
    // Only in-block BOYDs count on a height axis (bootstrap and init-time reaps are not attributed).
    if (!Number.isFinite(x)) continue;
    v.boyd.x.push(x);
    v.boyd.seconds.push(b.seconds[i]);
    v.boyd.heap.push(b.heap[i]);
    v.boyd.preSnapshot.push(b.preSnapshot[i]);
    v.boyd.gcKrefs.push(b.gcKrefs[i] ?? 0);
  }
}

/**
 * Cross-file de-duplication: when a later file repeats deliveries that an earlier file already
 * counted (overlapping or repeated stage files), returns, per affected file index, what to skip:
 * per vat, the deliveryNum up to which its deliveries were counted, and the crankNum up to which
 * the c-list changes were replayed (the highest of the earlier files). The caller re-scans only
 * those files.
 */
export function overlaps(scans: FileScan[]): Map<number, RepeatSkip> {
  const maxSoFar: Record<string, number> = Object.create(null);
  let crankSoFar = -Infinity;
  const out = new Map<number, RepeatSkip>();
  scans.forEach((s, i) => {
    for (const [vatID, info] of Object.entries(s.vats)) {
      if (!info.deliveries || info.stuckCounter) continue;
      const prev = maxSoFar[vatID];
      if (prev !== undefined && info.minDeliveryNum <= prev) {
        const rec = out.get(i) ?? { skipUpTo: Object.create(null) as Record<string, number>, skipCranksUpTo: crankSoFar };
        rec.skipUpTo![vatID] = prev;
        out.set(i, rec);
      }
    }
    for (const [vatID, info] of Object.entries(s.vats)) {
      if (!info.deliveries || info.stuckCounter) continue;
      maxSoFar[vatID] = Math.max(maxSoFar[vatID] ?? -Infinity, info.maxDeliveryNum);
    }
    if (s.crankMax !== null) crankSoFar = Math.max(crankSoFar, s.crankMax);
  });
  return out;
}

/**
 * Distinct block heights over all files: a height two stage files share (the last block re-run
 * after a restart, docs/formats.md 2.1) is one block. Runs are whole heights [first, last], or a
 * single other height [h, h] (analyzers/block-windows.ts, `blockRuns`).
 */
function countBlocks(scans: ReadonlyArray<{ blockRuns: Array<[number, number]> }>): number {
  const runs = scans.flatMap((s) => s.blockRuns).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let count = 0;
  let end = -Infinity;
  for (const [a, b] of runs) {
    if (b <= end) continue;
    // The heights of this run past the last one counted.
    count += a === b ? 1 : b - Math.max(a, Math.floor(end) + 1) + 1;
    end = b;
  }
  return count;
}
