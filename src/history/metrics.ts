/**
 * The metrics a history keeps per vat and run, what unit each is in, and the smallest change of
 * each that counts (below it a shift is not worth a verdict or a change point, however
 * significant: a c-list rate that moves by 0.01 entries per block, a BOYD level that moves by 3%).
 * docs/policy.md gives the reasons for each floor. Every metric is a cost: up is worse.
 */
import type { Policy } from '../shared/policy.js';

export interface MetricInfo {
  /** Column name in the history (and `<id>-vs-band` as a verdict metric). */
  id: string;
  /** What it is, for people. */
  label: string;
  unit: string;
  /** The smallest change that counts, given the median of the runs it is compared with. */
  floor(policy: Policy, median: number): number;
  /** Used by the band rule and the change points (false: kept for context only). */
  judged: boolean;
  /** A time measured on the runner (slows down with the machine), rather than a count. */
  timing: boolean;
  /**
   * Whether the band rule may fail a run on it. The time per delivery kind only warns: a kind
   * delivered a few hundred times at ~0.5 ms is dominated by the pipe round trip to the worker and
   * moves by a third between clean runs of one machine.
   */
  bandFails: boolean;
}

const relative = (p: Policy, median: number) => p.history.minRelativeChange * Math.abs(median);

const FIXED: MetricInfo[] = [
  { id: 'boyd-slope', bandFails: true, label: 'BOYD slope', unit: 's/block', judged: true, timing: true, floor: (p) => p.boyd.slopeFloor },
  { id: 'boyd-level', bandFails: true, label: 'BOYD time (median)', unit: 's', judged: true, timing: true, floor: relative },
  { id: 'boyd-count', bandFails: true, label: 'BOYDs', unit: 'BOYDs', judged: false, timing: false, floor: () => Infinity },
  { id: 'heap-growth', bandFails: true, label: 'heap growth', unit: '×', judged: true, timing: false, floor: (p) => Math.max(0, p.boyd.heapVetoGrowth - 1) },
  { id: 'clist-exports', bandFails: true, label: 'c-list exports growth', unit: 'entries/block', judged: true, timing: false, floor: (p) => p.baseline.clistPerBlockTolerance },
  { id: 'clist-imports', bandFails: true, label: 'c-list imports growth', unit: 'entries/block', judged: true, timing: false, floor: (p) => p.baseline.clistPerBlockTolerance },
  { id: 'clist-recognizable-only', bandFails: true, label: 'recognizable-only c-list growth', unit: 'entries/block', judged: true, timing: false, floor: (p) => p.baseline.clistPerBlockTolerance },
  { id: 'clist-promises', bandFails: true, label: 'c-list promises growth', unit: 'entries/block', judged: true, timing: false, floor: (p) => p.baseline.clistPerBlockTolerance },
  { id: 'promise-entries', bandFails: true, label: 'promise entries at the end', unit: 'entries', judged: true, timing: false, floor: (p) => p.clist.warnGrowth },
];

const BY_ID = new Map(FIXED.map((m) => [m.id, m]));

/** Prefix of the time-per-delivery metrics: `time-<kind>` (`time-message`, `time-bringOutYourDead`). */
export const TIME_PREFIX = 'time-';

/** The metric's description; a `time-<kind>` metric for any kind; undefined for a column this version does not know. */
export function metricInfo(id: string): MetricInfo | undefined {
  const known = BY_ID.get(id);
  if (known) return known;
  if (id.startsWith(TIME_PREFIX) && /^[A-Za-z0-9]{1,40}$/.test(id.slice(TIME_PREFIX.length))) {
    return { id, label: `time per ${id.slice(TIME_PREFIX.length)} delivery`, unit: 's', judged: true, timing: true, bandFails: false, floor: relative };
  }
  return undefined;
}

/** The fixed metrics in column order (time metrics follow, one per delivery kind). */
export const FIXED_METRICS: readonly string[] = FIXED.map((m) => m.id);

/** A spread or difference with its unit (no × sign on a difference of ratios). */
export function formatDelta(v: number, unit: string): string {
  return unit === '×' ? v.toFixed(2) : formatValue(v, unit);
}

/** A value with its unit, for messages. */
export function formatValue(v: number | null | undefined, unit: string): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return 'n/a';
  if (unit === 's/block') return `${(v * 1e6).toFixed(2)} µs/block`;
  if (unit === 's') return Math.abs(v) < 1 ? `${(v * 1e3).toFixed(2)} ms` : `${v.toFixed(2)} s`;
  if (unit === '×') return `×${v.toFixed(2)}`;
  if (unit === 'entries/block') return `${v.toFixed(3)}/block`;
  return `${Number(v.toPrecision(4))} ${unit}`;
}
