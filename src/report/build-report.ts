/**
 * Turns a merged run (slog analyzers) and the kernel-DB censuses into the RunReport's numbers.
 * Verdicts are added afterwards by the gate.
 */
import type { MergedRun, VatSeries } from '../pipeline/merge-scans.js';
import type { KernelCensus, VatCensus } from '../kernel-db/types.js';
import { censusDelta, censusDeltas, compareVatIDs, type VatDelta } from '../kernel-db/index.js';
import type { PerfInfo } from '../run-files/perf.js';
import { fittedEnds, lastInOrder, type DeliveryAcc } from '../analyzers/delivery-stats.js';
import { chartPoints, fitTrend } from '../analyzers/trend.js';
import { boydRun, boydStats } from './boyd-stats.js';
import { EXP_R, EXP_U, IMP_R, IMP_U, PROM } from '../analyzers/clist-replay.js';
import { copyPoint, emptyPoints, pointAt, pointValue, pushPoint, type ClistPoints } from '../analyzers/clist-points.js';
import { attributionSentence } from '../analyzers/attribution.js';
import { clistFacts, clistFactsIndex } from '../analyzers/clist-facts.js';
import { meanOfFirst, meanOfLast } from '../stats/index.js';
import type {
  ClistSnapshot, ClistStats, ClistSeriesStats, DeliveryKindStats, FileRead, HeapStats,
  ImportGraphEdge, Provenance, RunReport, VatReport, Warning,
} from '../shared/report-schema.js';
import { blocksOnAxis, SCHEMA_VERSION } from '../shared/report-schema.js';
import { policyFor, type BoydPolicy, type Policy } from '../shared/policy.js';
import { VERSION } from '../shared/version.js';

export interface BuildInputs {
  merged: MergedRun;
  censuses: KernelCensus[];
  perf: PerfInfo | null;
  policy: Policy;
  provenance: Provenance;
  extraFiles: FileRead[];
  extraWarnings: Warning[];
}

export function buildReport(inp: BuildInputs): RunReport {
  const { merged, policy } = inp;
  // The judged BOYD series of every vat, and the common-mode peers (report/boyd-stats.ts).
  const boyd = boydRun(merged, policy);

  // Every per-vat lookup below is by map, built once: the report stays linear in the vats.
  const accsOf = accsByVat(merged.deliveryAccs);
  const censusVats = inp.censuses.map((c) => new Map(c.vats.map((v) => [v.vatID, v])));

  const censusNames = new Map<string, { name?: string; managerType?: string }>();
  for (const c of inp.censuses) for (const v of c.vats) censusNames.set(v.vatID, { name: v.name, managerType: v.managerType });

  const vatIDs = new Set<string>([...merged.vats.keys(), ...censusNames.keys(), ...Object.keys(merged.clist.final)]);
  const vats: VatReport[] = [];
  for (const vatID of [...vatIDs].sort(compareVatIDs)) {
    const v = merged.vats.get(vatID);
    const cn = censusNames.get(vatID);
    const name = cn?.name ?? v?.name ?? null;
    // A vat's overrides (alpha, edgeSamples) shape its statistics too, not only its verdicts.
    const vatBoyd = policyFor(policy, vatID, name).boyd;
    const report: VatReport = {
      vatID,
      name,
      managerType: cn?.managerType ?? v?.managerType ?? null,
      deliveries: v?.deliveries ?? 0,
      boyd: v ? boydStats(v, boyd, vatBoyd) : null,
      heap: v ? heapStats(v, vatBoyd) : null,
      deliveryKinds: deliveryKinds(accsOf.get(vatID) ?? [], merged.accsByHeight),
    };
    const clist = clistStats(vatID, merged, inp.censuses, censusVats, inp.perf);
    if (clist) report.clist = clist;
    vats.push(report);
  }

  const importGraph: ImportGraphEdge[] = [];
  for (const c of inp.censuses) for (const e of c.importGraph) importGraph.push({ ...e, stage: c.stage ?? -1 });

  const promiseGraph: NonNullable<RunReport['promiseGraph']> = [];
  for (const c of inp.censuses) for (const e of c.promiseGraph ?? []) promiseGraph.push({ ...e, stage: c.stage ?? -1 });

  const flowsRun = { heightMin: merged.heightMin, heightMax: merged.heightMax, xAxis: merged.xAxis, absolute: merged.clist.absolute };
  const factsIndex = clistFactsIndex(inp.censuses);
  const names = new Map(vats.map((v) => [v.vatID, v]));
  for (const vr of vats) {
    if (!vr.clist) continue;
    Object.assign(vr.clist, clistFacts(vr, merged.clist.life[vr.vatID], factsIndex, flowsRun));
    vr.clist.attribution = attributionSentence(vr, names) ?? undefined;
  }

  const files: FileRead[] = merged.files.map((f) => ({
    path: f.path,
    kind: 'slog',
    stage: f.stage ?? undefined,
    bytes: f.read.bytesIn,
    lines: f.read.lines,
    events: f.events,
    truncated: Boolean(f.read.error) || undefined,
  }));

  const byKind = new Map<string, { count: number; seconds: number }>();
  let deliverySeconds = 0;
  for (const a of merged.deliveryAccs) {
    const e = byKind.get(a.kind) ?? { count: 0, seconds: 0 };
    e.count += a.count;
    e.seconds += a.total;
    byKind.set(a.kind, e);
    deliverySeconds += a.total;
  }

  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'loadgen-gate', version: VERSION },
    generatedAt: new Date().toISOString(),
    provenance: inp.provenance,
    run: {
      files: [...files, ...inp.extraFiles],
      xAxis: merged.xAxis,
      blockRange: merged.heightMin !== null && merged.heightMax !== null ? [merged.heightMin, merged.heightMax] : null,
      blocks: blocksOnAxis(merged.xAxis, merged.blocks),
      cycles: inp.perf?.cycles ?? null,
      warnings: [...merged.warnings, ...inp.extraWarnings],
      utilization: {
        deliverySeconds,
        swingsetSeconds: merged.swingsetSeconds || null,
        wallSeconds: merged.wallSeconds,
        byKind: [...byKind.entries()]
          .map(([kind, e]) => ({ kind, count: e.count, seconds: e.seconds, share: deliverySeconds ? e.seconds / deliverySeconds : 0 }))
          .sort((a, b) => b.seconds - a.seconds),
      },
    },
    vats,
    importGraph,
    ...(promiseGraph.length ? { promiseGraph } : {}),
    kernel: inp.censuses.map((c) => ({
      stage: c.stage ?? -1,
      height: c.height ?? null,
      koNextID: c.koNextID ?? null,
      kpNextID: c.kpNextID ?? null,
      kernelObjects: c.kernelObjects?.total ?? null,
      recognizableOnlyObjects: c.kernelObjects?.recognizableOnly ?? null,
      kernelPromises: c.kernelPromises?.total ?? null,
      unresolvedPromisesByDecider: c.kernelPromises ? { ...c.kernelPromises.unresolvedByDecider } : null,
    })),
    verdicts: [],
    verdict: 'pass',
    baseline: { used: false, reason: 'no baseline given' },
    policy: policy as unknown as Record<string, unknown>,
  };
}

function heapStats(v: VatSeries, p: BoydPolicy): HeapStats | null {
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < v.boyd.x.length; i++) {
    if (Number.isFinite(v.boyd.heap[i])) {
      x.push(v.boyd.x[i]);
      y.push(v.boyd.heap[i]);
    }
  }
  if (x.length < 3) return null;
  const k = Math.max(1, Math.min(p.edgeSamples, Math.floor(x.length / 3)));
  const { theilSen: ts, mannKendall: mk } = fitTrend(x, y, p.alpha);
  const first = meanOfFirst(y, k);
  const last = meanOfLast(y, k);
  return {
    count: x.length,
    slopePerBlock: ts?.slope ?? null,
    slopeCI: ts ? [ts.ciLow, ts.ciHigh] : null,
    pValue: mk?.pIncreasing ?? null,
    first,
    last,
    growth: first > 0 ? last / first : null,
    chart: chartPoints(x, y),
  };
}

/** The accumulators of each vat, in their order in `accs`. */
function accsByVat(accs: DeliveryAcc[]): Map<string, DeliveryAcc[]> {
  const out = new Map<string, DeliveryAcc[]>();
  for (const a of accs) {
    const list = out.get(a.vatID);
    if (list) list.push(a);
    else out.set(a.vatID, [a]);
  }
  return out;
}

/** A vat's delivery kinds (its accumulators), by total time. */
function deliveryKinds(accs: DeliveryAcc[], byHeight: boolean): DeliveryKindStats[] {
  const out: DeliveryKindStats[] = [];
  for (const a of accs) {
    const [f0, f1] = fittedEnds(byHeight ? a.byHeight : a.byOrdinal);
    const last = lastInOrder(a);
    out.push({
      kind: a.kind,
      ...(a.method !== null ? { method: a.method } : {}),
      count: a.count,
      totalSeconds: a.total,
      meanFirst100: a.first.length ? a.first.reduce((p, c) => p + c, 0) / a.first.length : null,
      meanLast100: last.length ? last.reduce((p, c) => p + c, 0) / last.length : null,
      fittedFirst: f0,
      fittedLast: f1,
    });
  }
  return out.sort((a, b) => b.totalSeconds - a.totalSeconds);
}

const objTotal = (p: ClistPoints, i: number) =>
  pointValue(p, i, EXP_R) + pointValue(p, i, EXP_U) + pointValue(p, i, IMP_R) + pointValue(p, i, IMP_U);

/** `censusVats[i]`: the vats of `censuses[i]` by vatID. */
function clistStats(vatID: string, merged: MergedRun, censuses: KernelCensus[], censusVats: Array<Map<string, VatCensus>>, perf: PerfInfo | null): ClistStats | null {
  const snapshots: ClistSnapshot[] = [];
  /** The snapshots that hold this vat, each cut down to it: its deltas then cost nothing per other vat. */
  const withVat: KernelCensus[] = [];
  for (const [i, c] of censuses.entries()) {
    const v = censusVats[i]!.get(vatID);
    if (!v) continue;
    withVat.push({ ...c, vats: [v] });
    snapshots.push({
      stage: c.stage ?? -1,
      height: c.height ?? null,
      exports: { ...v.exports },
      imports: { ...v.imports },
      promises: v.promises,
      nextImportID: v.nextImportID ?? null,
      ...(v.promiseSplit ? { promiseSplit: { ...v.promiseSplit } } : {}),
      ...(v.unresolvedPromises !== undefined ? { unresolvedPromises: v.unresolvedPromises } : {}),
    });
  }
  const pts = clistPoints(merged, vatID);
  let seriesStats: ClistSeriesStats | null = null;
  if (pts.length) {
    // Sample the step function at every block where it changed, plus the run's last block.
    const x: number[] = [];
    const y: number[] = [];
    for (let i = 0; i < pts.length; i++) {
      x.push(pointValue(pts, i, 0));
      y.push(objTotal(pts, i));
    }
    const lastH = merged.heightMax;
    if (lastH !== null && x[x.length - 1] < lastH) {
      x.push(lastH);
      y.push(y[y.length - 1]);
    }
    const { theilSen: ts, mannKendall: mk } = fitTrend(x, y, 0.05);
    const at = (i: number, h: number) => {
      const v = (s: number) => pointValue(pts, i, s);
      return { height: h, imports: v(IMP_R) + v(IMP_U), exports: v(EXP_R) + v(EXP_U), recognizableOnlyImports: v(IMP_U), recognizableOnlyExports: v(EXP_U), promises: v(PROM) };
    };
    const last = pts.length - 1;
    seriesStats = {
      source: 'slog',
      replayedFrom: merged.clist.sources[vatID] ?? 'clist-events',
      xAxis: merged.xAxis,
      absolute: merged.clist.absolute,
      slopePerBlock: ts?.slope ?? null,
      slopeCI: ts ? [ts.ciLow, ts.ciHigh] : null,
      pValue: mk?.pIncreasing ?? null,
      start: at(0, pointValue(pts, 0, 0)),
      end: at(last, lastH ?? pointValue(pts, last, 0)),
      chart: chartPoints(x, y),
    };
  }
  if (!snapshots.length && !seriesStats) return null;

  // Snapshot deltas come from the kernel-DB module, over the snapshots that hold this vat.
  const ofVat = (ds: VatDelta[]) => ds.map((d) => stageDelta(d, perf));
  let delta: ClistStats['delta'] = null;
  if (withVat.length >= 2) {
    const { nextImportID: _unused, ...firstToLast } = ofVat(censusDelta(withVat[0], withVat[withVat.length - 1]))[0];
    delta = firstToLast;
  } else if (seriesStats?.start && seriesStats.end) {
    const s = seriesStats.start;
    const e = seriesStats.end;
    const blocks = blocksOnAxis(merged.xAxis, e.height - s.height);
    delta = {
      fromStage: null,
      toStage: null,
      blocks,
      exports: e.exports - s.exports,
      imports: e.imports - s.imports,
      recognizableOnly: e.recognizableOnlyImports + e.recognizableOnlyExports - s.recognizableOnlyImports - s.recognizableOnlyExports,
      promises: (e.promises ?? 0) - (s.promises ?? 0),
      perBlock: blocks > 0 ? (e.exports - s.exports + e.imports - s.imports) / blocks : null,
      perCycle: null,
    };
  }
  const stageDeltas = ofVat(censusDeltas(withVat));
  return { snapshots, series: seriesStats, delta, stageDeltas };
}

/** A kernel-DB delta in the report's shape: totals per side, rates per block and per cycle. */
function stageDelta(d: VatDelta, perf: PerfInfo | null): ClistStats['stageDeltas'][number] {
  const exports = d.exports.reachable + d.exports.recognizableOnly;
  const imports = d.imports.reachable + d.imports.recognizableOnly;
  const blocks = d.blocks ?? null;
  const cycles = perfCycles(perf, d.from, d.to);
  return {
    fromStage: d.from,
    toStage: d.to,
    blocks,
    exports,
    imports,
    recognizableOnly: d.exports.recognizableOnly + d.imports.recognizableOnly,
    promises: d.promises,
    nextImportID: d.nextImportID ?? null,
    perBlock: blocks ? (exports + imports) / blocks : null,
    perCycle: cycles ? (exports + imports) / cycles : null,
  };
}

/** Loadgen cycles run after stage `from` up to and including stage `to`. */
function perfCycles(perf: PerfInfo | null, from: number, to: number): number | null {
  if (!perf) return null;
  let sum = 0;
  let any = false;
  for (let s = from + 1; s <= to; s++) {
    const c = perf.stages[String(s)]?.cycleCount;
    if (c !== undefined) {
      sum += c;
      any = true;
    }
  }
  return any ? sum : null;
}

/**
 * The vat's c-list points inside the run's block range, starting with its state before the first
 * block (from genesis-time points, or the final counts of a vat that never changed).
 */
function clistPoints(merged: MergedRun, vatID: string): ClistPoints {
  const all = merged.clist.points[vatID] ?? emptyPoints();
  const finalCounts = merged.clist.final[vatID];
  const h0 = merged.heightMin;
  const out = emptyPoints();
  const startWith = (values: ArrayLike<number>) => pushPoint(out, h0!, values);
  if (merged.xAxis === 'deliveryOrdinal') {
    // No block events: no per-block series, but the replay still tells where the vat started
    // (its first recorded state) and ended (its final counts), on the delivery-ordinal range.
    if (!all.length || !finalCounts || h0 === null || merged.heightMax === null) return out;
    startWith(pointAt(all, 0));
    pushPoint(out, merged.heightMax, finalCounts);
    return out;
  }
  /** Index of the last point outside blocks (before the first block), and of the first inside. */
  let before = -1;
  let firstIn = -1;
  for (let i = 0; i < all.length; i++) {
    if (!Number.isFinite(pointValue(all, i, 0))) before = i;
    else if (firstIn < 0) firstIn = i;
  }
  if (h0 !== null) {
    const startVals = before >= 0 ? pointAt(all, before) : firstIn < 0 && finalCounts ? finalCounts : null;
    if (startVals && (firstIn < 0 || pointValue(all, firstIn, 0) > h0)) startWith(startVals);
  }
  for (let i = 0; i < all.length; i++) if (Number.isFinite(pointValue(all, i, 0))) copyPoint(all, i, out);
  return out;
}
