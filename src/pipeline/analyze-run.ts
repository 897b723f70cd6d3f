/**
 * The engine shared by the CLI and the action:
 * run files → one streaming pass per slog (parallel) → merge → kernel-DB census per snapshot →
 * RunReport → gate(report, baseline, policy).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { discoverRun, type RunFiles } from '../run-files/discover.js';
import { readPerf } from '../run-files/perf.js';
import { scanFiles } from './scan-files.js';
import { mergeScans, overlaps } from './merge-scans.js';
import { buildReport } from '../report/build-report.js';
import { gate } from '../gate/gate.js';
import { InputError } from '../sources/limits.js';
import { extractZipSafely } from '../sources/zip/extract-zip.js';
import { openSnapshot, censusSnapshot, snapshotHeight, type KernelCensus } from '../kernel-db/index.js';
import { stageOf } from '../slog/file-scan.js';
import type { FileRead, Provenance, RunReport, Warning } from '../report/schema.js';
import type { Policy } from '../gate/policy.js';
import { mib, type Logger } from './logger.js';

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
}

export async function analyzeRun(opts: AnalyzeOptions): Promise<RunReport> {
  const { log, policy } = opts;
  const cleanups: Array<() => Promise<void>> = [];
  try {
    let files = await discoverRun(opts.inputs);
    const extraWarnings: Warning[] = [];
    if (files.zips.length) files = await unpackZips(files, opts, cleanups, extraWarnings);
    if (!files.slogs.length && !files.snapshots.length) {
      throw new InputError(`${opts.inputs.join(', ')}: no slog (chain-stage-N.slog.gz, *.slog, *.jsonl) or kernel-DB snapshot found`);
    }
    log.info(`run files: ${files.slogs.length} slog(s), ${files.snapshots.length} snapshot(s)${files.perf ? ', perf.jsonl' : ''}`);

    const perf = files.perf ? await readPerf(files.perf).catch((e: Error) => {
      extraWarnings.push({ code: 'perf-unreadable', count: 1, message: `${files.perf}: ${e.message}`, examples: [files.perf!] });
      return null;
    }) : null;

    const slogPaths = files.slogs.map((s) => s.path);
    let scans = await log.group(`Reading ${slogPaths.length} slog file(s), ${mib(files.slogs.reduce((a, s) => a + s.bytes, 0))}`, () =>
      scanFiles(slogPaths, { workerScript: opts.workerScript, concurrency: opts.concurrency, log }),
    );
    const redo = overlaps(scans);
    if (redo.size) {
      log.info(`re-reading ${redo.size} file(s) that repeat deliveries of earlier files`);
      for (const [i, skip] of redo) scans[i] = (await scanFiles([slogPaths[i]], { log }, [skip]))[0];
      scans = [...scans];
    }
    const merged = mergeScans(scans);
    if (slogPaths.length && merged.deliveries === 0 && !files.snapshots.length) {
      const why = merged.warnings.map((w) => w.message).slice(0, 3).join('; ');
      throw new InputError(`${slogPaths.join(', ')}: no usable deliveries read${why ? ` (${why})` : ''}`);
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
              log.info(`  ${path.basename(s.path)}: ${c.vats.length} vats, ${c.kvRowsScanned.toLocaleString('en-US')} rows, height ${c.height ?? '?'} (${Date.now() - t0} ms)`);
            } finally {
              await opened.cleanup();
            }
            extraFiles.push({ path: s.path, kind: 'storage', stage: s.stage ?? undefined, bytes: s.bytes });
          } catch (e) {
            if (!(e instanceof InputError) && !/sqlite|database|tar|gzip/i.test((e as Error).message)) throw e;
            log.warning((e as Error).message);
            extraWarnings.push({ code: 'snapshot-unreadable', count: 1, message: (e as Error).message, examples: [s.path] });
          }
        }
      });
    }
    if (files.perf) extraFiles.push({ path: files.perf, kind: 'perf', bytes: 0 });

    const report = buildReport({
      merged,
      censuses: censuses.sort((a, b) => (a.stage ?? 0) - (b.stage ?? 0)),
      perf,
      policy,
      provenance: opts.provenance ?? { source: 'local', path: opts.inputs.join(' ') },
      extraFiles,
      extraWarnings,
    });
    for (const w of report.run.warnings) log.warning(`${w.message}${w.count > 1 ? ` (${w.count} times)` : ''}`);
    return gate(report, opts.baseline ?? null, policy, opts.baselineReason);
  } finally {
    for (const c of cleanups.reverse()) await c().catch(() => {});
  }
}

/** Height of a snapshot taken at the end of a stage: the last block of that stage's slog. */
function snapshotHeightFromSlog(scans: Array<{ stage: number | null; heightMax: number | null }>, stage: number | undefined): number | undefined {
  if (stage === undefined) return undefined;
  const s = scans.find((f) => f.stage === stage);
  return s?.heightMax ?? undefined;
}

async function unpackZips(files: RunFiles, opts: AnalyzeOptions, cleanups: Array<() => Promise<void>>, warnings: Warning[]): Promise<RunFiles> {
  const inputs: string[] = [];
  for (const zip of files.zips) {
    const dir = await mkdtemp(path.join(opts.tmpRoot ?? os.tmpdir(), 'loadgen-gate-zip-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const res = await extractZipSafely(zip, dir, opts.policy.limits);
    for (const s of res.skipped) {
      opts.log.warning(`${path.basename(zip)}: member ${JSON.stringify(s.name).slice(0, 120)} skipped: ${s.reason}`);
      warnings.push({ code: 'zip-member-skipped', count: 1, message: `${path.basename(zip)}: ${s.name.slice(0, 120)}: ${s.reason}`, examples: [zip] });
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
  };
}
