/**
 * The blocks of one slog file: which block a delivery belongs to (the end-block window it ran in,
 * or, in a slog without end-block events, the run-start height), the heights seen, the time the
 * kernel spent in blocks and the first and last block times (docs/formats.md §2.1).
 */
import type { EventFields } from '../slog/fields.js';
import type { EventLine } from '../slog/sink.js';
import type { FileDiagnostics } from '../slog/diagnostics.js';

export class BlockWindows {
  /** Deliveries are attributed through end-block windows (true) or run-start heights only (false). */
  sawEndBlock = false;
  /** Inside the chain's genesis (bootstrap) block, or before it in a file that has one. */
  genesis = false;
  heightMin: number | null = null;
  heightMax: number | null = null;
  lastHeight: number | null = null;
  swingsetSeconds = 0;
  firstBlockTime: number | null = null;
  lastBlockTime: number | null = null;
  /** `monotime` of the same first and last block events (null: the slog has none): immune to wall-clock steps. */
  firstBlockMonotime: number | null = null;
  lastBlockMonotime: number | null = null;
  private firstHeightSeen = true;
  private ebHeight: number | null = null;
  private runHeight: number | null = null;
  private ebStart: { time: number; monotime?: number } | null = null;
  private readonly heightsSeen = new Set<number>();

  constructor(private readonly diag: FileDiagnostics) {}

  /** The block a delivery now belongs to, or null outside any. */
  currentHeight(): number | null {
    return this.ebHeight ?? (this.sawEndBlock ? null : this.runHeight);
  }

  endBlockStart(ev: EventFields & { blockHeight: number }, line: number): void {
    const h = ev.blockHeight;
    this.sawEndBlock = true;
    this.ebHeight = h;
    this.ebStart = { time: ev.time ?? NaN, monotime: ev.monotime };
    this.noteHeight(h, this.ebStart.time, line, ev.monotime);
  }

  /** Closes the end-block window; returns its height (null: none was open). */
  endBlockFinish(ev: EventFields): number | null {
    const t = ev.time ?? NaN;
    const start = this.ebStart;
    if (start) {
      const mt = ev.monotime;
      const secs = ev.seconds ?? (mt !== undefined && start.monotime !== undefined ? mt - start.monotime : t - start.time);
      // A wall-clock step back between the two lines (no monotime) would subtract.
      if (Number.isFinite(secs) && secs >= 0) this.swingsetSeconds += secs;
    }
    if (Number.isFinite(t)) this.lastBlockTime = t;
    this.lastBlockMonotime = ev.monotime ?? null;
    const h = this.ebHeight;
    this.ebHeight = null;
    this.ebStart = null;
    return h;
  }

  /**
   * A run-start: its height attributes deliveries in a slog without end-block events. The bootstrap
   * block's run carries the init height but is no block: its deliveries (and reaps) stay
   * unattributed, as between end-block windows. Returns whether the event was used.
   */
  runStart(line: EventLine): boolean {
    if (this.sawEndBlock || this.genesis) return false;
    const ev = line.fields();
    const h = ev?.blockHeight;
    if (!ev || h === undefined) return false;
    this.runHeight = h;
    this.noteHeight(h, ev.time ?? NaN, line.line, ev.monotime);
    return true;
  }

  /** A run-finish: returns the height of the run window it closes, or null (none open, or end-block windows). */
  runFinish(line: EventLine): number | null {
    const h = this.runHeight;
    if (this.sawEndBlock || h === null) return null;
    const ev = line.fields();
    if (ev?.time !== undefined) this.lastBlockTime = ev.time;
    if (ev) this.lastBlockMonotime = ev.monotime ?? null;
    this.runHeight = null;
    return h;
  }

  /** The block heights seen, as sorted runs [first, last] of consecutive heights. */
  blockRuns(): Array<[number, number]> {
    const runs: Array<[number, number]> = [];
    for (const h of [...this.heightsSeen].sort((a, b) => a - b)) {
      const last = runs[runs.length - 1];
      if (last && Number.isInteger(h) && Number.isInteger(last[1]) && h === last[1] + 1) last[1] = h;
      else runs.push([h, h]);
    }
    return runs;
  }

  private noteHeight(h: number, time: number, line: number, monotime: number | undefined): void {
    // Not silent: one damaged height moves the run's block range, so the BOYD coverage test and the
    // c-list rates per block.
    const last = this.lastHeight;
    if (!Number.isSafeInteger(h) || h < 0) this.diag.at('bad-height', line, `block height ${h} is not a whole number ≥ 0`);
    else if (last !== null && h !== last && h !== last + 1) {
      this.diag.at('height-jump', line, `block height ${h} after ${last} (a chain's heights go up by one): if damaged, it moves the run's block range and rates per block`);
    }
    this.heightsSeen.add(h);
    this.heightMin = this.heightMin === null ? h : Math.min(this.heightMin, h);
    this.heightMax = this.heightMax === null ? h : Math.max(this.heightMax, h);
    this.lastHeight = h;
    if (this.firstBlockTime === null && Number.isFinite(time)) this.firstBlockTime = time;
    if (this.firstHeightSeen) {
      this.firstHeightSeen = false;
      this.firstBlockMonotime = monotime ?? null;
    }
  }
}
