/**
 * The facts behind the "who keeps the objects" sentence of a vat whose c-list grew: who keeps its
 * growing entries alive (`keptAliveBy`), the lifecycle of its object entries (created, dropped,
 * retired over the slog; reachable and recognizable-only at the end) and, for promise entries, the
 * deciders and holders of its unresolved promises (kernel promise table).
 *
 * The SwingSet GC rules the attribution rests on (docs/report-schema.md, "Who keeps the objects"):
 * - a reachable import (`R o-`) is kept by the importer's own references;
 * - a reachable export (`R o+`) is kept by the importers that hold it reachable (or, when none does,
 *   by the kernel: a queued message or promise data);
 * - a recognizable-only export (`_ o+`) is one the kernel dropped (no vat can reach it) that the
 *   exporter has not retired: the exporter itself still holds the object alive. It stays in the
 *   c-lists only while some importer still recognizes it; once none does, the kernel retires it;
 * - a recognizable-only import (`_ o-`) is one the importer dropped but still recognizes (a
 *   WeakMap/WeakStore key), so it does not retire it; it stays until its exporter retires the
 *   object, i.e. while the exporter still holds it alive;
 * - an unresolved promise stays in every c-list that holds it until its decider resolves it.
 */
import { IMPORT_ID_START } from '../kernel-db/delta.js';
import { compareVatIDs } from '../kernel-db/census.js';
import type { ImportEdge, KernelCensus, PromiseEdge, VatCensus } from '../kernel-db/types.js';
import type { ClistLifecycle, ClistPromiseFacts, ClistSideLife, ClistStats, ReachSplit, VatReport, XAxis } from '../shared/report-schema.js';
import {
  LIFE_EXP_CREATED, LIFE_EXP_DROPPED, LIFE_EXP_RETIRED, LIFE_EXP_RETIRED_BY_KERNEL, LIFE_IMP_CREATED, LIFE_IMP_DROPPED,
  LIFE_IMP_RETIRED, LIFE_IMP_RETIRED_BY_EXPORTER, type Life,
} from './clist-replay.js';

/** The decider of a promise with no `kpN.decider` (census-vats.ts KERNEL_DECIDER). */
const KERNEL = 'kernel';

export interface FlowsRun {
  heightMin: number | null;
  heightMax: number | null;
  xAxis: XAxis;
  /** The slog replay starts from an empty kernel. */
  absolute: boolean;
}

export type ClistFacts = Pick<ClistStats, 'keptAliveBy' | 'lifecycle' | 'promiseFacts'>;

interface Split {
  exports: ReachSplit;
  imports: ReachSplit;
}

/** One snapshot's census with its vats and graph edges by vat, so each vat's facts cost no scan of the others'. */
interface IndexedCensus {
  census: KernelCensus;
  vats: Map<string, VatCensus>;
  byImporter: Map<string, ImportEdge[]>;
  byExporter: Map<string, ImportEdge[]>;
  byHolder: Map<string, PromiseEdge[]>;
  byDecider: Map<string, PromiseEdge[]>;
}

/** The censuses (chain order), indexed once for all vats. */
export type ClistFactsIndex = IndexedCensus[];

function group<E>(edges: readonly E[], key: (e: E) => string): Map<string, E[]> {
  const m = new Map<string, E[]>();
  for (const e of edges) {
    const k = key(e);
    const list = m.get(k);
    if (list) list.push(e);
    else m.set(k, [e]);
  }
  return m;
}

export function clistFactsIndex(censuses: KernelCensus[]): ClistFactsIndex {
  return censuses.map((census) => ({
    census,
    vats: new Map(census.vats.map((v) => [v.vatID, v])),
    byImporter: group(census.importGraph, (e) => e.importer),
    byExporter: group(census.importGraph, (e) => e.exporter),
    byHolder: group(census.promiseGraph ?? [], (e) => e.holder),
    byDecider: group(census.promiseGraph ?? [], (e) => e.decider),
  }));
}

/** The growth of the vat's object splits: first→last snapshot holding it, else the slog series. */
export function splitGrowth(clist: ClistStats): { from: Split; to: Split } | null {
  const snaps = clist.snapshots;
  if (snaps.length >= 2) return { from: snaps[0]!, to: snaps[snaps.length - 1]! };
  const s = clist.series;
  if (!s?.start || !s.end) return null;
  const of = (p: NonNullable<typeof s.start>): Split => ({
    exports: { reachable: p.exports - p.recognizableOnlyExports, recognizableOnly: p.recognizableOnlyExports },
    imports: { reachable: p.imports - p.recognizableOnlyImports, recognizableOnly: p.recognizableOnlyImports },
  });
  return { from: of(s.start), to: of(s.end) };
}

const total = (r: ReachSplit) => r.reachable + r.recognizableOnly;

/**
 * Per other vat: [total, reachable] of the vat's import edges in a census: its imports by exporter
 * (`side` imports) or its exports by importer (`side` exports).
 */
function edges(c: IndexedCensus | null, vatID: string, side: 'imports' | 'exports'): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  const list = c ? (side === 'imports' ? c.byImporter : c.byExporter).get(vatID) ?? [] : [];
  for (const e of list) {
    const other = side === 'imports' ? e.exporter : e.importer;
    const t = out.get(other) ?? [0, 0];
    t[0] += e.total;
    t[1] += e.reachable;
    out.set(other, t);
  }
  return out;
}

/** Other vats whose edge part (`pick`) grew from `first` to `last` (or is above 0 with no first). */
function grewIn(first: Map<string, [number, number]> | null, last: Map<string, [number, number]>, pick: (t: [number, number]) => number): string[] {
  const out: string[] = [];
  for (const [other, t] of last) {
    const before = first?.get(other);
    if (pick(t) - (before ? pick(before) : 0) > 0) out.push(other);
  }
  return out;
}

function lifecycle(vatID: string, clist: ClistStats, life: Life | undefined, last: IndexedCensus | null, run: FlowsRun): ClistLifecycle {
  const v = last?.vats.get(vatID) ?? null;
  const end = clist.series?.end;
  const state = v
    ? { exports: v.exports, imports: v.imports }
    : end
      ? {
        exports: { reachable: end.exports - end.recognizableOnlyExports, recognizableOnly: end.recognizableOnlyExports },
        imports: { reachable: end.imports - end.recognizableOnlyImports, recognizableOnly: end.recognizableOnlyImports },
      }
      : { exports: { reachable: 0, recognizableOnly: 0 }, imports: { reachable: 0, recognizableOnly: 0 } };
  const side = (s: ReachSplit, created: number | null, dropped: number | null, retired: number | null, byOther: number | null): ClistSideLife => ({
    created, dropped, retired, retiredByOtherSide: byOther, recognizableOnly: s.recognizableOnly, reachable: s.reachable,
  });
  let imports: ClistSideLife;
  let exports: ClistSideLife;
  let flowsFrom: ClistLifecycle['flowsFrom'] = 'slog';
  // The slog's flows, when it saw this vat's c-list traffic at all; else what the kernel DB tells.
  const sawTraffic = life !== undefined && life.some((n) => n > 0);
  if (life && sawTraffic) {
    imports = side(state.imports, life[LIFE_IMP_CREATED], life[LIFE_IMP_DROPPED], life[LIFE_IMP_RETIRED], life[LIFE_IMP_RETIRED_BY_EXPORTER]);
    exports = side(state.exports, life[LIFE_EXP_CREATED], life[LIFE_EXP_DROPPED], life[LIFE_EXP_RETIRED], life[LIFE_EXP_RETIRED_BY_KERNEL]);
  } else {
    // Kernel DB only: `vNN.o.nextID` counts every import the vat ever got; those no longer in its
    // c-list were retired, and an entry is retired only after it was dropped.
    flowsFrom = 'kernel-db';
    const created = v?.nextImportID !== undefined ? v.nextImportID - IMPORT_ID_START : null;
    const retired = created !== null ? Math.max(0, created - total(state.imports)) : null;
    imports = side(state.imports, created, retired !== null ? retired + state.imports.recognizableOnly : null, retired, null);
    exports = side(state.exports, null, null, null, null);
  }
  const byOther = (m: Map<string, [number, number]>, key: 'exporter' | 'importer') =>
    [...m].sort((a, b) => b[1][0] - a[1][0] || compareVatIDs(a[0], b[0])).map(([other, [t, r]]) => ({ [key]: other, total: t, reachable: r }));
  const onBlocks = run.xAxis !== 'deliveryOrdinal' && run.heightMin !== null && run.heightMax !== null;
  return {
    flowsFrom,
    statesFrom: v ? 'kernel-db' : 'slog',
    blocks: flowsFrom === 'slog' && onBlocks ? [run.heightMin!, run.heightMax!] : null,
    absolute: flowsFrom === 'kernel-db' ? true : run.absolute,
    imports,
    exports,
    importsFrom: byOther(edges(last, vatID, 'imports'), 'exporter') as ClistLifecycle['importsFrom'],
    exportsTo: byOther(edges(last, vatID, 'exports'), 'importer') as ClistLifecycle['exportsTo'],
  };
}

function promiseFacts(vatID: string, last: IndexedCensus): ClistPromiseFacts {
  const heldByDecider: Record<string, number> = Object.create(null);
  const decidedHeldBy: Record<string, number> = Object.create(null);
  let subscribed = 0;
  for (const e of last.byHolder.get(vatID) ?? []) {
    heldByDecider[e.decider] = (heldByDecider[e.decider] ?? 0) + e.unresolved;
    subscribed += e.subscribed;
  }
  for (const e of last.byDecider.get(vatID) ?? []) {
    if (e.holder !== vatID) decidedHeldBy[e.holder] = (decidedHeldBy[e.holder] ?? 0) + e.unresolved;
  }
  return { heldByDecider, subscribed, decides: last.census.kernelPromises?.unresolvedByDecider[vatID] ?? 0, decidedHeldBy };
}

/** Promise entries at the start and end: first→last snapshot, else the slog series. */
function promiseGrowth(clist: ClistStats): number {
  const snaps = clist.snapshots;
  if (snaps.length >= 2) return snaps[snaps.length - 1]!.promises - snaps[0]!.promises;
  const s = clist.series;
  return s?.start && s.end ? (s.end.promises ?? 0) - (s.start.promises ?? 0) : 0;
}

/**
 * The facts of one vat (empty when neither its object nor its promise entries grew). `index`:
 * {@link clistFactsIndex} of the censuses in chain order; `life`: the vat's slog flows (undefined
 * without a slog replay of it).
 */
export function clistFacts(vat: VatReport, life: Life | undefined, index: ClistFactsIndex, run: FlowsRun): ClistFacts {
  const clist = vat.clist;
  if (!clist) return {};
  const { vatID } = vat;
  const withVat = index.filter((c) => c.vats.has(vatID));
  const first = withVat.length >= 2 ? withVat[0]! : null;
  const last = withVat.at(-1) ?? null;
  const keep = new Set<string>();
  const out: ClistFacts = {};

  const g = splitGrowth(clist);
  const grewImports = g !== null && total(g.to.imports) > total(g.from.imports);
  const grewExports = g !== null && total(g.to.exports) > total(g.from.exports);
  if (g && (grewImports || grewExports)) {
    if (grewImports && g.to.imports.reachable > g.from.imports.reachable) keep.add(vatID);
    if (grewImports && g.to.imports.recognizableOnly > g.from.imports.recognizableOnly && last) {
      // Recognizable-only imports stay while their exporter holds the objects.
      const from = (c: IndexedCensus | null) => edges(c, vatID, 'imports');
      for (const exp of grewIn(first ? from(first) : null, from(last), ([t, r]) => t - r)) if (exp !== '?') keep.add(exp);
    }
    if (grewExports && g.to.exports.reachable > g.from.exports.reachable && last) {
      // Reachable exports are kept by the importers that hold them reachable.
      const to = (c: IndexedCensus | null) => edges(c, vatID, 'exports');
      for (const imp of grewIn(first ? to(first) : null, to(last), ([, r]) => r)) keep.add(imp);
    }
    if (grewExports && g.to.exports.recognizableOnly > g.from.exports.recognizableOnly) keep.add(vatID);
    out.lifecycle = lifecycle(vatID, clist, life, last, run);
  }

  if (promiseGrowth(clist) > 0) {
    if (last) {
      out.promiseFacts = promiseFacts(vatID, last);
      for (const [decider, n] of Object.entries(out.promiseFacts.heldByDecider)) if (n > 0 && decider !== KERNEL && decider !== '?') keep.add(decider);
    }
  }
  if (out.lifecycle || out.promiseFacts || keep.size) out.keptAliveBy = [...keep].sort(compareVatIDs);
  return out;
}
