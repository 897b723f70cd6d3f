/** Counts of c-list entries split by the c-list flag: `R` (reachable) vs `_` (recognizable only). */
export interface ReachSplit {
  reachable: number;
  recognizableOnly: number;
}

/** One vat's c-list census (one direction only: keys `vNN.c.k*`). */
export interface VatCensus {
  vatID: string;
  /** From `vat.name.<NAME>` (static vats), else `vNN.options` `name`. */
  name?: string;
  /** `vNN.options` `workerOptions.type` (`xsnap`, `local`, …), else legacy `managerType`. */
  managerType?: string;
  /** Object exports (`o+…`, incl. virtual/durable `o+vN/I`, `o+dN/I`). */
  exports: ReachSplit;
  /** Object imports (`o-…`). */
  imports: ReachSplit;
  /** Promise entries (`p+…`/`p-…`). */
  promises: number;
  /** Promise entries by vref sign: `p+…` (allocated by the vat: it sent them) and `p-…` (the kernel's). */
  promiseSplit?: { exports: number; imports: number };
  /** Promise entries whose `kpN.state` is `unresolved` (see `KernelCensus.promiseGraph` for their deciders). */
  unresolvedPromises?: number;
  /** Device entries (`d+…`/`d-…`). */
  devices: number;
  /** Raw `vNN.o.nextID` (starts at 50; growth = imports ever created). */
  nextImportID?: number;
  /** All one-direction c-list rows of this vat (objects + promises + devices + unrecognized). */
  clistEntries?: number;
  /** Listed in `vat.dynamicIDs`. */
  dynamic?: boolean;
  /** Listed in `vats.terminated` (its c-list may still be being cleaned up). */
  terminated?: boolean;
}

/** Aggregated object imports from `importer`'s c-list whose kernel object is owned by `exporter`. */
export interface ImportEdge {
  importer: string;
  /** `koN.owner`, or `'?'` when the kernel object has no owner (orphaned / exporter terminated). */
  exporter: string;
  total: number;
  reachable: number;
}

/**
 * Aggregated unresolved promise entries of `holder`'s c-list whose `kpN.decider` is `decider`
 * (`'kernel'` when the promise has no decider: the result of a message still queued in the kernel).
 */
export interface PromiseEdge {
  holder: string;
  decider: string;
  /** Entries of unresolved promises. */
  unresolved: number;
  /** … of which `holder` is in `kpN.subscribers`. */
  subscribed: number;
}

/** The kernel promise table (`kpN.state`, `.decider`, `.subscribers`, `.refCount`). */
export interface KernelPromiseCensus {
  /** Promises with a `kpN.state` row. */
  total: number;
  /** `unresolved` / `fulfilled` / `rejected` (any other state as written). */
  byState: Record<string, number>;
  /** Unresolved promises by `kpN.decider` (`'kernel'`: none). */
  unresolvedByDecider: Record<string, number>;
  /** Unresolved promises each vat subscribes to (`kpN.subscribers`). */
  unresolvedBySubscriber: Record<string, number>;
  /** Sum of `kpN.refCount` over the unresolved promises (c-list entries and kernel-held references). */
  unresolvedRefCount: number;
}

/** Kernel-object counts from `koN.refCount` = `"<reachable>,<recognizable>"`. */
export interface RefCountSplit {
  total: number;
  /** reachable count > 0 */
  reachable: number;
  /** 0 reachable, recognizable > 0 */
  recognizableOnly: number;
  /** `0,0` (or no refCount row) */
  unreferenced: number;
}

export interface KernelObjectCensus extends RefCountSplit {
  /** Keyed by `koN.owner` (`'?'` when there is no owner row). */
  byOwner: Record<string, RefCountSplit>;
}

export interface KernelCensus {
  /** What the caller called this snapshot (usually the artifact path). */
  source: string;
  stage?: number;
  /** `host.height` (cosmic-swingset's last committed block), when present. */
  height?: number;
  koNextID?: number;
  kpNextID?: number;
  /** Numeric fields of the consensus `kernelStats` JSON. */
  kernelStats?: Record<string, number>;
  /** Sorted by numeric vat ID. */
  vats: VatCensus[];
  /** Sorted by importer, then exporter (numeric vat order). */
  importGraph: ImportEdge[];
  /** Owner vat → number of kernel objects whose refCount is `0,N` with N > 0. Only owners with > 0. */
  recognizableOnlyObjectsByOwner: Record<string, number>;
  /** Full `koN.refCount` breakdown (same shape as truth.json `kernel_object_refcounts`). */
  kernelObjects?: KernelObjectCensus;
  /** The kernel promise table (truth.json `kernel_promises`). */
  kernelPromises?: KernelPromiseCensus;
  /** Unresolved promise entries per (holder, decider), sorted by holder, then decider. */
  promiseGraph?: PromiseEdge[];
  /** `table`: kvStore's own key index; `temporary`: kvStore has none, one was built once (kv-reader.ts). */
  keyIndex?: 'table' | 'temporary';
  /** kvStore rows read (range rows + point lookups that hit). */
  kvRowsScanned: number;
}
