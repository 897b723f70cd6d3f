/**
 * The engine shared by the CLI and the action:
 * run files → one streaming pass per slog (parallel) → merge → kernel-DB census per snapshot →
 * RunReport → gate(report, baseline, policy).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { isMainThread } from 'node:worker_threads';
import path from 'node:path';
import { discoverRun, type RunFiles } from '../run-files/discover.js';
import { readPerf } from '../run-files/perf.js';
import { MAIN_THREAD_MAX_SLOG_BYTES, scanFiles } from '../pipeline/scan-files.js';
import { mergeScans, overlaps, type MergedRun } from '../pipeline/merge-scans.js';
import { buildReport } from '../report/build-report.js';
import { gate } from '../gate/gate.js';
import { InputError } from '../shared/limits.js';
import { describeSkipped, extractZipSafely } from '../sources/zip/extract-zip.js';
import { openSnapshot, censusSnapshot, snapshotHeight, type KernelCensus } from '../kernel-db/index.js';
import type { FileScan } from '../pipeline/file-scan.js';
import { stageOf } from '../run-files/stage.js';
import type { FileRead, Provenance, RunReport, Warning } from '../shared/report-schema.js';
import type { Policy } from '../shared/policy.js';
import { mib, type Logger } from '../shared/logger.js';
import { heapProbe } from './heap-probe.js';
import { groupDigits } from '../shared/number-format.js';

export interface AnalyzeOptions {
  inputs: string[];
  policy: Policy;
  log: Logger;
  provenance?: Provenance;
  baseline?: RunReport | null;
  baselineReason?: string;
  workerScript?: URL;
  concurrency?: number;
  tmpRoot?: string;
  /**
   * Replay the c-list of slog files without `clist` events from their delivery/syscall
   * translations (default true). False keeps such files without a slog c-list series.
   */
  translations?: boolean;
  /**
   * Directories of temporary files → what to call them in the report and its messages: the action
   * names the directory it unpacked an artifact into by the artifact (`name.zip`). A zip given as
   * an input is named the same way without this.
   */
  inputNames?: Record<string, string>;
}

export async function analyzeRun(opts: AnalyzeOptions): Promise<RunReport> {
  const { log, policy } = opts;
  const cleanups: Array<() => Promise<void>> = [];
  /** Temporary directories → their names in the report (the caller's, and each zip's extraction directory → the zip). */
  const tempNames = new Map<string, string>(Object.entries(opts.inputNames ?? {}));
  const named = (text: string) => namedPaths(text, tempNames);
  try {
    let files = await discoverRun(opts.inputs);
    const extraWarnings: Warning[] = [];
    if (files.zips.length) files = await unpackZips(files, opts, cleanups, extraWarnings, tempNames);
    for (const s of files.skipped) {
      extraWarnings.push({ code: 'run-file-skipped', count: 1, message: `${s.path}: ${s.why}; not read`, examples: [path.basename(s.path)] });
    }
    if (!files.slogs.length && !files.snapshots.length) {
      throw new InputError(`${opts.inputs.join(', ')}: no slog (chain-stage-N.slog.gz, *.slog, *.jsonl) or kernel-DB snapshot found`);
    }
    const slogBytes = files.slogs.reduce((a, s) => a + s.bytes, 0);
    log.info(
      `run files: ${files.slogs.length} slog(s) (${mib(slogBytes)}), ${files.snapshots.length} snapshot(s)${files.perf ? ', perf.jsonl' : ''}; ` +
        `analysis ${isMainThread ? 'on the main thread' : 'in an engine worker'}`,
    );

    const perf = files.perf ? await readPerf(files.perf, { maxLineBytes: policy.limits.maxLineBytes }).catch((e: Error) => {
      extraWarnings.push({ code: 'perf-unreadable', count: 1, message: `${files.perf}: ${e.message}`, examples: [files.perf!] });
      return null;
    }) : null;
    if (perf?.badLines) {
      const first = perf.problems[0]!;
      extraWarnings.push({ code: 'perf-unreadable', count: perf.badLines, message: `${first.where}: ${first.why} (stage heights and cycle counts from it are missing)`, examples: perf.problems.map((p) => p.where) });
    } else if (perf && !perf.finished) {
      const name = path.basename(files.perf!);
      extraWarnings.push({ code: 'perf-unreadable', count: 1, message: `${name}: no \`perf-finish\` event (a run cut short?): stage heights and cycle counts from it are missing`, examples: [name] });
    }

    // In a function of its own: the per-file scans (each a copy of what the merge keeps) must not
    // stay reachable from this frame while the report is built.
    const { merged, slogPaths } = await readSlogs(files.slogs.map((s) => s.path), slogBytes, opts, extraWarnings);
    const probed = await heapProbe();
    if (probed) log.info(probed);
    if (slogPaths.length && merged.deliveries === 0 && !files.snapshots.length) {
      const why = merged.warnings.map((w) => w.message).slice(0, 3).join('; ');
      throw new InputError(named(`${slogPaths.join(', ')}: no usable deliveries read${why ? ` (${why})` : ''}`));
    }

    if (merged.deliveries > 0 && ![...merged.vats.values()].some((v) => v.boyd.x.length > 0)) {
      extraWarnings.push({
        code: 'no-boyd',
        count: 1,
        message: `no bringOutYourDead delivery inside a block in ${slogPaths.length} slog file(s): BOYD time not judged`,
        examples: slogPaths.map((p) => path.basename(p)).slice(0, 5),
      });
    }

    const censuses: KernelCensus[] = [];
    const extraFiles: FileRead[] = [];
    if (files.snapshots.length) {
      await log.group(`Kernel-DB census of ${files.snapshots.length} snapshot(s)`, async () => {
        for (const s of files.snapshots) {
          const t0 = Date.now();
          try {
            const opened = await openSnapshot(s.path, { limits: policy.limits, tmpRoot: opts.tmpRoot });
            try {
              const stage = s.stage ?? undefined;
              const c = censusSnapshot(opened.dbPath, { stage, source: s.path });
              c.height ??= snapshotHeight(c, perf ?? undefined, stage) ?? snapshotHeightFromSlog(merged.files, stage);
              censuses.push(c);
              log.info(`  ${path.basename(s.path)}: ${c.vats.length} vats, ${groupDigits(c.kvRowsScanned)} rows, height ${c.height ?? '?'} (${Date.now() - t0} ms)`);
            } finally {
              await opened.cleanup();
            }
            extraFiles.push({ path: s.path, kind: 'storage', stage: s.stage ?? undefined, bytes: s.bytes });
          } catch (e) {
            // A snapshot that cannot be read costs only its census (kernel-db throws InputError,
            // SnapshotError for the archive and its tools); anything else is a fault of the tool.
            if (!(e instanceof InputError)) throw e;
            // Logged once with the other warnings below.
            extraWarnings.push({ code: 'snapshot-unreadable', count: 1, message: (e as Error).message, examples: [s.path] });
          }
        }
      });
    }
    if (merged.deliveries === 0 && !censuses.length) {
      const why = extraWarnings.map((w) => w.message).slice(0, 3).join('; ');
      throw new InputError(named(`${opts.inputs.join(', ')}: nothing usable read${why ? ` (${why})` : ''}`));
    }
    if (files.perf) extraFiles.push({ path: files.perf, kind: 'perf', bytes: 0 });

    const tReport = performance.now();
    const report = buildReport({
      merged,
      censuses: censuses.sort(chainOrder),
      perf,
      policy,
      provenance: opts.provenance ?? { source: 'local', path: opts.inputs.join(' ') },
      extraFiles,
      extraWarnings,
    });
    log.info(`statistics and report in ${((performance.now() - tReport) / 1000).toFixed(2)} s`);
    // A file read from a zip is named by the zip and its place in it: the directory it was read
    // from is removed when the run ends.
    for (const f of report.run.files) f.path = named(f.path);
    for (const w of report.run.warnings) {
      w.message = named(w.message);
      w.examples = w.examples.map(named);
    }
    for (const w of report.run.warnings) log.warning(`${w.message}${w.count > 1 ? ` (${w.count} times)` : ''}`);
    return gate(report, opts.baseline ?? null, policy, opts.baselineReason);
  } finally {
    for (const c of cleanups.reverse()) await c().catch(() => {});
  }
}

/**
 * One streaming pass per slog file (in parallel), then the merge in stage order. Files out of
 * block order are put in order and files that repeat earlier deliveries read again, each with a
 * warning in `warnings`. Returns the merged run and the paths in the order read.
 */
async function readSlogs(slogPaths: string[], slogBytes: number, opts: AnalyzeOptions, warnings: Warning[]): Promise<{ merged: MergedRun; slogPaths: string[] }> {
  const { log, policy } = opts;
  const tScan = performance.now();
  const scanOpts = { log, maxLineBytes: policy.limits.maxLineBytes, translations: opts.translations };
  let scans = await log.group(`Reading ${slogPaths.length} slog file(s), ${mib(slogBytes)}`, () =>
    scanFiles(slogPaths, {
      ...scanOpts,
      workerScript: opts.workerScript,
      concurrency: opts.concurrency,
      // A run this small is read on the main thread too; a bigger one only in capped heaps.
      localLane: !isMainThread || slogBytes < MAIN_THREAD_MAX_SLOG_BYTES,
    }),
  );
  if (slogPaths.length) {
    const secs = (performance.now() - tScan) / 1000;
    const raw = scans.reduce((a, s) => a + s.read.bytesOut, 0);
    log.info(`read ${slogPaths.length} slog file(s) in ${secs.toFixed(2)} s (${mib(raw)} decompressed, ${(raw / 1048576 / Math.max(secs, 1e-3)).toFixed(0)} MiB/s)`);
  }
  const reordered = blockOrder(scans);
  if (reordered) {
    warnings.push(reordered.warning);
    scans = reordered.order.map((i) => scans[i]);
    slogPaths.splice(0, slogPaths.length, ...reordered.order.map((i) => slogPaths[i]));
  }
  for (const s of scans) {
    if (s.read.lines === 0 && !s.read.error) {
      const name = path.basename(s.path);
      warnings.push({ code: 'empty-file', count: 1, message: `${name}: empty file (no lines); nothing read from it`, examples: [name] });
    }
  }
  const redo = overlaps(scans);
  if (redo.size) {
    log.info(`re-reading ${redo.size} file(s) that repeat deliveries of earlier files`);
    for (const [i, skip] of redo) scans[i] = (await scanFiles([slogPaths[i]], scanOpts, [skip]))[0];
    scans = [...scans];
  }
  return { merged: mergeScans(scans), slogPaths };
}

/**
 * Snapshots in chain order: by block height when both have one, else by stage, a snapshot without
 * a stage (a bare `swingstore.sqlite`) after those with one, as run discovery orders them; else as
 * given (the sort is stable). Sorting stage-less ones first made a later DB the first snapshot and
 * every delta run backwards.
 */
function chainOrder(a: KernelCensus, b: KernelCensus): number {
  if (a.height !== undefined && b.height !== undefined && a.height !== b.height) return a.height - b.height;
  return (a.stage ?? Infinity) - (b.stage ?? Infinity) || 0;
}

/** Height of a snapshot taken at the end of a stage: the last block of that stage's slog. */
function snapshotHeightFromSlog(scans: Array<{ stage: number | null; heightMax: number | null }>, stage: number | undefined): number | undefined {
  if (stage === undefined) return undefined;
  const s = scans.find((f) => f.stage === stage);
  return s?.heightMax ?? undefined;
}

/** `text` with every path under a directory of `names` (`DIR/x`) written under its name (`NAME/x`). */
function namedPaths(text: string, names: Map<string, string>): string {
  for (const [dir, name] of names) text = text.split(`${dir}${path.sep}`).join(`${name}${path.sep}`);
  return text;
}

async function unpackZips(
  files: RunFiles,
  opts: AnalyzeOptions,
  cleanups: Array<() => Promise<void>>,
  warnings: Warning[],
  tempNames: Map<string, string>,
): Promise<RunFiles> {
  const inputs: string[] = [];
  for (const zip of files.zips) {
    const dir = await mkdtemp(path.join(opts.tmpRoot ?? os.tmpdir(), 'loadgen-gate-zip-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    tempNames.set(dir, zip);
    const res = await extractZipSafely(zip, dir, opts.policy.limits);
    // One line each (the member name is quoted: it may hold newlines or control characters),
    // logged once with the other warnings.
    for (const s of res.skipped) {
      warnings.push({ code: 'zip-member-skipped', count: 1, message: describeSkipped(path.basename(zip), s), examples: [path.basename(zip)] });
    }
    inputs.push(dir);
  }
  const inner = await discoverRun(inputs);
  for (const s of inner.slogs) s.stage ??= stageOf(s.path);
  return {
    root: files.root,
    slogs: [...files.slogs, ...inner.slogs].sort((a, b) => (a.stage ?? Infinity) - (b.stage ?? Infinity)),
    snapshots: [...files.snapshots, ...inner.snapshots].sort((a, b) => (a.stage ?? Infinity) - (b.stage ?? Infinity)),
    perf: files.perf ?? inner.perf,
    zips: [],
    skipped: [...files.skipped, ...inner.skipped],
  };
}

/**
 * Stage files are read in name order; when their block heights say otherwise (a file named
 * stage-2 holding blocks 1–120 and stage-1 holding 121–240), the later blocks' deliveries would
 * look like repeats and be dropped. Returns the order that sorts the files with blocks by their
 * first block (stable; files without blocks, such as stage 0, keep their places) and a warning, or
 * null when the order is already right.
 */
function blockOrder(scans: FileScan[]): { order: number[]; warning: Warning } | null {
  const slots = scans.map((s, i) => (s.heightMin !== null ? i : -1)).filter((i) => i >= 0);
  const sorted = [...slots].sort((a, b) => scans[a].heightMin! - scans[b].heightMin! || a - b);
  if (sorted.every((v, k) => v === slots[k])) return null;
  const order = scans.map((_, i) => i);
  slots.forEach((slot, k) => (order[slot] = sorted[k]));
  const moved = sorted.map((i) => scans[i]);
  const show = (s: FileScan) => `${path.basename(s.path)} (blocks ${s.heightMin}–${s.heightMax})`;
  return {
    order,
    warning: {
      code: 'stage-order',
      count: 1,
      message: `stage files out of block order: read as ${moved.map(show).join(', ')}`,
      examples: moved.map((s) => path.basename(s.path)).slice(0, 5),
    },
  };
}
