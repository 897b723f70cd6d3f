/**
 * RunReport: the versioned JSON document the pipeline produces. It is the CLI's `--json` output,
 * the action's `report-path` output, and the baseline that a later run compares against.
 * Documented field by field in docs/report-schema.md; bump SCHEMA_VERSION on any breaking change.
 */
export const SCHEMA_VERSION = 1;

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
  start: { height: number; imports: number; exports: number; recognizableOnlyImports: number; recognizableOnlyExports: number } | null;
  end: { height: number; imports: number; exports: number; recognizableOnlyImports: number; recognizableOnlyExports: number } | null;
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
  kernel: Array<{ stage: number; height: number | null; koNextID: number | null; kpNextID: number | null; kernelObjects: number | null; recognizableOnlyObjects: number | null }>;
  verdicts: Verdict[];
  verdict: Level;
  baseline: { used: boolean; reason: string; provenance?: Provenance; generatedAt?: string } ;
  policy: Record<string, unknown>;
}
