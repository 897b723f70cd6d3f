/**
 * One streaming pass over one slog file: the scanner (slog/scanner.ts) reads it and feeds the
 * analysis (analyzers/slog-analysis.ts): delivery pairing, block attribution, per-kind/method
 * delivery times, BOYD and heap samples, vat names and the c-list replay. The result is a plain,
 * structured-cloneable `FileScan` (so it can come back from a worker thread) that
 * `merge-scans.ts` combines across stage files in stage order.
 */
import path from 'node:path';
import type { ReadResult } from '../slog/line-reader.js';
import { FileDiagnostics } from '../slog/diagnostics.js';
import { SlogScanner } from '../slog/scanner.js';
import { stageOf } from '../run-files/stage.js';
import type { DeliveryAcc } from '../analyzers/delivery-stats.js';
import type { ClistFilePartial } from '../analyzers/clist-replay.js';
import { SlogAnalysis } from '../analyzers/slog-analysis.js';
import type { BoydSamples } from '../analyzers/boyd-samples.js';
import type { VatFileInfo } from '../analyzers/vat-info.js';
import type { Warning } from '../shared/report-schema.js';

export type { BoydSamples } from '../analyzers/boyd-samples.js';
export type { VatFileInfo } from '../analyzers/vat-info.js';

export interface FileScan {
  path: string;
  stage: number | null;
  read: ReadResult;
  events: number;
  warnings: Warning[];
  /** Deliveries were attributed through end-block windows (true) or run-start heights only (false). */
  endBlockWindows: boolean;
  heightMin: number | null;
  heightMax: number | null;
  /**
   * The block heights seen, as sorted runs [first, last] of consecutive heights (a few pairs for a
   * whole stage): the merge counts a height two files share once (a block re-run after a restart).
   */
  blockRuns: Array<[number, number]>;
  /** The highest crankNum of a (non-replay) delivery or `clist` event; null: none. */
  crankMax: number | null;
  swingsetSeconds: number;
  firstBlockTime: number | null;
  lastBlockTime: number | null;
  /** `monotime` of the same first and last block events (null: the slog has none): immune to wall-clock steps. */
  firstBlockMonotime: number | null;
  lastBlockMonotime: number | null;
  deliveries: number;
  replaySkipped: number;
  vats: Record<string, VatFileInfo>;
  deliveryAccs: DeliveryAcc[];
  boyd: Record<string, BoydSamples>;
  clist: ClistFilePartial;
}

export interface ScanOptions {
  /** Per vat, deliveries with deliveryNum ≤ this were already counted from an earlier file. */
  skipUpTo?: Record<string, number>;
  /**
   * The c-list changes of cranks numbered ≤ this were already replayed from an earlier file: its
   * `clist` events, `dropImports` syscalls, `dropExports` and the translations of those cranks are
   * left out (the deliveries, by `skipUpTo`).
   */
  skipCranksUpTo?: number;
  onProgress?: (file: string, bytesIn: number, lines: number) => void;
  maxLineBytes?: number;
  /**
   * Read every event with `JSON.parse` instead of the byte-level field readers (slow; the reference
   * the fast path is tested against).
   */
  reference?: boolean;
  /** Counts how lines were read (for tests): by the byte-level readers, or by JSON.parse after they gave up. */
  counters?: { fast: number; fallback: number };
  /**
   * Replay the c-list from delivery/syscall translations when the file has no `clist` events
   * (default true; see analyzers/clist-translations.ts).
   */
  translations?: boolean;
  /** Operations seen in translations, with no `clist` event, that make the file count as having none (default CLIST_GRACE_SIGNS). */
  clistGraceSigns?: number;
}

/** What a file's scan leaves out because earlier files counted it (a re-read of an overlapping file). */
export type RepeatSkip = Pick<ScanOptions, 'skipUpTo' | 'skipCranksUpTo'>;

export async function scanSlogFile(file: string, opts: ScanOptions = {}): Promise<FileScan> {
  const diag = new FileDiagnostics(path.basename(file));
  const analysis = new SlogAnalysis(diag, opts);
  const scanner = new SlogScanner(analysis, diag, { reference: opts.reference, counters: opts.counters });
  const read = await scanner.scan(file, {
    maxLineBytes: opts.maxLineBytes,
    onProgress: opts.onProgress ? (b, l) => opts.onProgress!(file, b, l) : undefined,
  });
  const { blocks, pairing, clist } = analysis;
  return {
    path: file,
    stage: stageOf(file),
    read,
    events: scanner.events + clist.translatedLines,
    warnings: diag.list(),
    endBlockWindows: blocks.sawEndBlock,
    heightMin: blocks.heightMin,
    heightMax: blocks.heightMax,
    blockRuns: blocks.blockRuns(),
    crankMax: analysis.crankMax === -Infinity ? null : analysis.crankMax,
    swingsetSeconds: blocks.swingsetSeconds,
    firstBlockTime: blocks.firstBlockTime,
    lastBlockTime: blocks.lastBlockTime,
    firstBlockMonotime: blocks.firstBlockMonotime,
    lastBlockMonotime: blocks.lastBlockMonotime,
    deliveries: pairing.ordinal,
    replaySkipped: scanner.replaySkipped + pairing.replaySkipped,
    vats: analysis.vats.vats,
    deliveryAccs: analysis.stats.list(),
    boyd: analysis.boyd.boyd,
    clist: clist.finish(blocks.lastHeight),
  };
}
