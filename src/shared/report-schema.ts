/**
 * RunReport: the versioned JSON document the pipeline produces. It is the CLI's `--json` output,
 * the action's `report-path` output, and the baseline that a later run compares against.
 * Documented field by field in docs/report-schema.md; bump SCHEMA_VERSION on any breaking change.
 */
export const SCHEMA_VERSION = 2;

export type Level = 'fail' | 'warn' | 'pass' | 'neutral';
export type XAxis = 'blockHeight' | 'runBlockHeight' | 'deliveryOrdinal';

/**
 * A number of blocks read on `axis` (a count, or a difference of x values): none on the
 * delivery-ordinal axis, where x counts deliveries and a run without block events has no blocks.
 * The report's block counts and the c-list rules' per-block rates all go through it.
 */
export const blocksOnAxis = (axis: XAxis, blocks: number): number => (axis === 'deliveryOrdinal' ? 0 : blocks);

/** What a slope on `axis` is per: a block (either kind of block height), or a delivery. */
export const slopeUnit = (axis: XAxis): 'block' | 'delivery' => (axis === 'deliveryOrdinal' ? 'delivery' : 'block');

export interface Warning {
  /** Stable code, e.g. `garbage-line`, `truncated-gzip`, `unpaired-deliver`. */
  code: string;
  /** How many times it happened. */
  count: number;
  /** One line naming the file and line of the first occurrence(s). */
  message: string;
  /** Up to five `file:line` locations. */
  examples: string[];
}

export interface FileRead {
  path: string;
  kind: 'slog' | 'storage' | 'perf';
  stage?: number;
  bytes: number;
  lines?: number;
  /** Lines that were usable events of interest. */
  events?: number;
  truncated?: boolean;
}

export interface TrendStats {
  count: number;
  /** Theil–Sen slope, units per x step (seconds/block for BOYD). */
  slopePerBlock: number | null;
  /** Sen confidence interval of the slope [lo, hi]. */
  slopeCI: [number, number] | null;
  /** One-sided Mann–Kendall p-value for an increasing trend (Hamed–Rao corrected). */
  pValue: number | null;
  olsSlope: number | null;
  olsT: number | null;
  firstMean: number | null;
  lastMean: number | null;
  /** lastMean / firstMean. */
  growth: number | null;
  /** Theil–Sen slope × x span / firstMean: the relative rise over the run (0.3 = +30%). */
  relativeRise: number | null;
  xFirst: number | null;
  xLast: number | null;
}

export interface BoydStats extends TrendStats {
  /** BOYDs immediately followed by a heap-snapshot-save of the same vat (excluded from the trend). */
  preSnapshotCount: number;
  /** The same trend on the vat's BOYD time minus the per-block median of its peers (null: no peers). */
  commonModeCorrected: TrendStats | null;
  /**
   * The same trend on the vat's BOYD time divided by its peers' per-block median (a proportional
   * slowdown cancels). Absent in reports written before it existed.
   */
  commonModeRatio?: TrendStats | null;
  /** Downsampled series for charts: [x, seconds]. */
  chart: Array<[number, number]>;
  /**
   * Where the vat's growth begins (schema v2): the first BOYD at or after the candidate breakpoint
   * whose broken-stick fit is best, when the BOYDs after it rise and their slope lies above the
   * slope before it (docs/policy.md). `stage`: the stage file holding that block (null: unknown);
   * `index`: that BOYD's position in the judged series (the samples `count` counts). Null: none.
   */
  onset?: { height: number; stage: number | null; index: number } | null;
  /** The same trend over the BOYDs from the onset on (null: no onset). */
  afterOnset?: TrendStats | null;
  /** That segment minus its peers' per-block median (null: no onset, or no peers). */
  afterOnsetCorrected?: TrendStats | null;
  /** That segment divided by its peers' per-block median (null: no onset, or no peers). */
  afterOnsetRatio?: TrendStats | null;
  /** Heap growth over that segment, last / first edge means (null: no onset, or no heap counts). */
  afterOnsetHeapGrowth?: number | null;
  /**
   * The two causes of BOYD (schema v2): what one GC kref (dropExports / retireExports /
   * retireImports since the vat's previous BOYD) adds to a BOYD's time, from neighbouring BOYDs
   * with different GC loads. When `adjusted`, every statistic above is of the BOYD times at the
   * vat's usual GC load (`reference` krefs). Null: every BOYD had the same GC load.
   */
  gcWork?: { secondsPerKref: number; pairs: number; reference: number; adjusted: boolean } | null;
}

export interface HeapStats {
  count: number;
  slopePerBlock: number | null;
  slopeCI: [number, number] | null;
  pValue: number | null;
  first: number | null;
  last: number | null;
  growth: number | null;
  /** Downsampled series for charts: [x, heap count]. Absent in reports written before it existed. */
  chart?: Array<[number, number]>;
}

export interface DeliveryKindStats {
  kind: string;
  /** For `message` rows: the method name (escaped at render time, raw here). */
  method?: string;
  count: number;
  totalSeconds: number;
  meanFirst100: number | null;
  meanLast100: number | null;
  /** OLS fitted seconds at the first and last block. */
  fittedFirst: number | null;
  fittedLast: number | null;
}

export interface ReachSplit {
  reachable: number;
  recognizableOnly: number;
}

export interface ClistSnapshot {
  stage: number;
  height: number | null;
  exports: ReachSplit;
  imports: ReachSplit;
  promises: number;
  nextImportID: number | null;
  /** Promise entries by vref sign: `p+` (the vat allocated them) / `p-` (the kernel did). */
  promiseSplit?: { exports: number; imports: number };
  /** Promise entries whose `kpN.state` is `unresolved`. */
  unresolvedPromises?: number;
}

export interface ClistSeriesPoint {
  height: number;
  imports: number;
  exports: number;
  recognizableOnlyImports: number;
  recognizableOnlyExports: number;
  /** Promise entries (`kpN`); absent in reports written before it existed. */
  promises?: number;
}

/**
 * One side of a vat's object c-list over the slog (flows) and at its end (states, from the last
 * kernel-DB snapshot when there is one). See docs/report-schema.md.
 */
export interface ClistSideLife {
  /** Entries created: objects imported (imports) or exported (exports). Null: not known (see `flowsFrom`). */
  created: number | null;
  /** Entries turned recognizable-only: the vat's `dropImports` (imports), the kernel's `dropExports` (exports). */
  dropped: number | null;
  /** Entries deleted (retired). */
  retired: number | null;
  /**
   * Of `retired`, those the other side retired: `retireImports` deliveries (the exporter retired
   * them) for imports, `retireExports` deliveries (no importer recognizes them any more) for
   * exports. The rest the vat retired itself (its own `retireImports` / `retireExports` /
   * `abandonExports`). Null when the slog does not tell.
   */
  retiredByOtherSide: number | null;
  /** Entries still recognizable-only at the end. */
  recognizableOnly: number;
  /** Entries still reachable at the end. */
  reachable: number;
}

export interface ClistLifecycle {
  /** Where the flows come from: the slog replay (whole slog), or the kernel DB (imports only, from `vNN.o.nextID`). */
  flowsFrom: 'slog' | 'kernel-db';
  /** Where the end states come from. */
  statesFrom: 'kernel-db' | 'slog';
  /** Block range of the flows (null: not on a block axis). */
  blocks: [number, number] | null;
  /** The flows count from an empty kernel (the slog starts at genesis). */
  absolute: boolean;
  imports: ClistSideLife;
  exports: ClistSideLife;
  /** Object imports at the end by exporter vat: [exporter, total, reachable]. */
  importsFrom: Array<{ exporter: string; total: number; reachable: number }>;
  /** Object exports at the end held by importer vats. */
  exportsTo: Array<{ importer: string; total: number; reachable: number }>;
}

/** A vat's unresolved promises, from the kernel promise table of the last snapshot. */
export interface ClistPromiseFacts {
  /** Unresolved promise entries in its c-list, by decider (`kernel`: none, a queued message's result). */
  heldByDecider: Record<string, number>;
  /** … of which it subscribes to. */
  subscribed: number;
  /** Unresolved promises (kernel-wide) whose decider it is. */
  decides: number;
  /** Of those it decides, how many each other vat holds in its c-list. */
  decidedHeldBy: Record<string, number>;
}

export interface ClistSeriesStats {
  source: 'slog';
  /**
   * What the slog replay read: `clist` events, or (for slog files without them) the kernel's
   * delivery/syscall translations; `mixed` when the run's files differ.
   */
  replayedFrom: 'clist-events' | 'translations' | 'mixed';
  /** The x-axis of `height` values; on `deliveryOrdinal` only start and end are known. */
  xAxis: XAxis;
  /** Whether the series starts from an empty kernel (stage 0 present) or from an unknown offset. */
  absolute: boolean;
  slopePerBlock: number | null;
  slopeCI: [number, number] | null;
  pValue: number | null;
  start: ClistSeriesPoint | null;
  end: ClistSeriesPoint | null;
  /** Downsampled [x, imports + exports]. */
  chart: Array<[number, number]>;
}

export interface ClistStats {
  snapshots: ClistSnapshot[];
  series: ClistSeriesStats | null;
  delta: {
    fromStage: number | null;
    toStage: number | null;
    blocks: number | null;
    exports: number;
    imports: number;
    recognizableOnly: number;
    promises: number;
    perBlock: number | null;
    perCycle: number | null;
  } | null;
  /** Between consecutive snapshots: entries added per stage, per block and per loadgen cycle. */
  stageDeltas: Array<{ fromStage: number; toStage: number; blocks: number | null; exports: number; imports: number; recognizableOnly: number; promises: number; nextImportID: number | null; perBlock: number | null; perCycle: number | null }>;
  attribution?: string;
  /**
   * The vats whose own references keep this vat's growing entries alive: an importer holding
   * objects reachable; the exporter itself for exports importers only recognize (and for
   * recognizable-only imports, their exporter); the decider of unresolved promises. Present when
   * the vat's object or promise entries grew. See docs/report-schema.md.
   */
  keptAliveBy?: string[];
  /** The counts behind `attribution` and `keptAliveBy`. */
  lifecycle?: ClistLifecycle;
  /** Promise facts behind the promise sentence (present when promise entries grew). */
  promiseFacts?: ClistPromiseFacts;
}

export interface VatReport {
  vatID: string;
  name: string | null;
  managerType: string | null;
  deliveries: number;
  boyd: BoydStats | null;
  heap: HeapStats | null;
  clist?: ClistStats;
  deliveryKinds: DeliveryKindStats[];
}

export interface Verdict {
  vatID: string;
  name: string | null;
  metric: string;
  level: Level;
  value: number | null;
  threshold: number | null;
  message: string;
  /**
   * What the value was compared with, for comparisons with another run (`*-vs-baseline`) or with
   * the band of recent runs (`*-vs-band`): the baseline's (or the band's median) value, its spread
   * (the band's), and how many runs it stands for. For such verdicts `value` is this run's value
   * minus `reference.value`. Absent in reports written before it existed.
   */
  reference?: { kind: 'baseline' | 'band'; value: number | null; spread?: number | null; runs?: number };
  /** The unit of `value`, `threshold` and `reference.value` (e.g. `s/block`, `entries/block`, `entries`). */
  unit?: string;
}

export interface ImportGraphEdge {
  importer: string;
  exporter: string;
  total: number;
  reachable: number;
  stage: number;
}

export interface Provenance {
  source: 'local' | 'github-run';
  path?: string;
  runId?: number;
  url?: string;
  headSha?: string;
  branch?: string;
  createdAt?: string;
  ageHours?: number;
  artifact?: string;
}

export interface RunReport {
  schemaVersion: number;
  tool: { name: 'loadgen-gate'; version: string };
  generatedAt: string;
  provenance: Provenance;
  run: {
    files: FileRead[];
    xAxis: XAxis;
    blockRange: [number, number] | null;
    blocks: number;
    cycles: number | null;
    warnings: Warning[];
    utilization: {
      /** Sum of all non-replay delivery durations. */
      deliverySeconds: number;
      /** Sum of end-block durations (swingset time). */
      swingsetSeconds: number | null;
      /** Wall-clock span from the first to the last block. */
      wallSeconds: number | null;
      byKind: Array<{ kind: string; count: number; seconds: number; share: number }>;
    };
  };
  vats: VatReport[];
  importGraph: ImportGraphEdge[];
  /** Kernel-wide counters per snapshot. */
  kernel: Array<{
    stage: number; height: number | null; koNextID: number | null; kpNextID: number | null; kernelObjects: number | null; recognizableOnlyObjects: number | null;
    /** Promises in the kernel promise table (`kpN.state` rows); absent in older reports. */
    kernelPromises?: number | null;
    /** … of which unresolved, by decider (`kernel`: no decider). */
    unresolvedPromisesByDecider?: Record<string, number> | null;
  }>;
  /** Unresolved promise entries per (holder, decider) per snapshot; absent in older reports. */
  promiseGraph?: Array<{ holder: string; decider: string; unresolved: number; subscribed: number; stage: number }>;
  verdicts: Verdict[];
  verdict: Level;
  baseline: { used: boolean; reason: string; provenance?: Provenance; generatedAt?: string } ;
  /**
   * The band of recent main runs the run was judged against (`<metric>-vs-band` verdicts):
   * whether it was, why (not), and how many runs it held. Absent when no history was given.
   */
  band?: { used: boolean; reason: string; runs: number };
  policy: Record<string, unknown>;
}
