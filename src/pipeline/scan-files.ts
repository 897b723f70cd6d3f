/**
 * Scans slog files, in worker threads when a worker script is given (up to the number of cores at a
 * time, a worker taking the next file when it is done), else in-process one after the other.
 * Results come back in input order, so the merge is deterministic whatever finishes first.
 *
 * A run of 64 MiB of slog or more is analyzed in the engine worker (engine-worker.ts), whose heap is
 * capped: a single file is scanned in-process there, and with several files the engine thread is one
 * of the lanes. A smaller run is analyzed on the main thread, which is then one of the lanes too
 * (`localLane`); otherwise, on the main thread (the engine called directly), every file goes to a
 * scan worker, whose heap is capped like the engine's. Scan
 * workers get the same small young generation as the engine: a long scan keeps a few objects alive
 * at every scavenge, and V8 then grows the new space of an unconstrained isolate to its maximum,
 * which would make peak RSS grow with the slog's length.
 */
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import os from 'node:os';
import { scanSlogFile, type FileScan, type RepeatSkip, type ScanOptions } from './file-scan.js';
import { mib, type Logger } from '../shared/logger.js';
import { groupDigits } from '../shared/number-format.js';

export const WORKER_ROLE = 'loadgen-gate-scan';

/**
 * Slog bytes on disk from which the main thread hands work to workers whose heap is capped: the
 * engine (engine-worker.ts) for a whole run this big, the scan of a single file this big. Below
 * it, the main heap stays as small as a worker's and the start of a worker is saved.
 */
export const MAIN_THREAD_MAX_SLOG_BYTES = 64 * 1024 * 1024;
/**
 * The heap limits of the engine and scan workers. 4 MiB of young generation: scavenges stay
 * frequent and cheap, so the slog reader's dead objects are freed soon and RSS stays flat over the
 * run's length, and no slower (10x the large fixture at 16 and at 4 MiB: docs/performance.md).
 */
export const CAPPED_HEAP_LIMITS = { maxYoungGenerationSizeMb: 4 };

export interface ScanFilesOptions {
  /** The bundle to start as a worker (it must call `runScanWorker()` when `workerData.role === WORKER_ROLE`). */
  workerScript?: URL;
  concurrency?: number;
  log: Logger;
  maxLineBytes?: number;
  /** `ScanOptions.translations` (default true). */
  translations?: boolean;
  /**
   * This thread scans files too, as one of the `concurrency` lanes; false sends every file to a scan
   * worker. Default: in a worker (the engine worker's heap is capped), not on the main thread. The
   * engine sets it on the main thread for a run under MAIN_THREAD_MAX_SLOG_BYTES.
   */
  localLane?: boolean;
}

export async function scanFiles(files: string[], opts: ScanFilesOptions, skips: Array<RepeatSkip | undefined> = []): Promise<FileScan[]> {
  const progress = (file: string, bytes: number, lines: number) => opts.log.info(`  ${file}: ${mib(bytes)} read, ${groupDigits(lines)} lines`);
  const concurrency = Math.max(1, Math.min(opts.concurrency ?? os.availableParallelism(), files.length));
  const scanHere = (i: number) =>
    scanSlogFile(files[i], { ...skips[i], onProgress: progress, maxLineBytes: opts.maxLineBytes, translations: opts.translations });
  // When this thread is a lane itself, the other lanes are scan workers (none for a single file).
  const local = (opts.localLane ?? !isMainThread) ? 1 : 0;
  if (!opts.workerScript || concurrency - local < 1) {
    const out: FileScan[] = [];
    for (let i = 0; i < files.length; i++) out.push(await scanHere(i));
    return out;
  }
  // One worker per lane, reused for the lane's next file (starting one costs a bundle load). When
  // this thread is a lane itself it does not just wait, and one isolate fewer is less RSS and time
  // (the 4 leaky stage files: docs/performance.md).
  const results: FileScan[] = new Array(files.length);
  let next = 0;
  const localLane = async () => {
    while (next < files.length) {
      const i = next++;
      results[i] = await scanHere(i);
    }
  };
  const lane = () =>
    new Promise<void>((resolve, reject) => {
      if (next >= files.length) return resolve();
      let current = next++;
      const job = (i: number) => ({ file: files[i], options: { ...skips[i], maxLineBytes: opts.maxLineBytes, translations: opts.translations } });
      const w = new Worker(opts.workerScript!, { workerData: { role: WORKER_ROLE, ...job(current) }, resourceLimits: CAPPED_HEAP_LIMITS });
      let failed = false;
      const fail = (e: Error) => {
        failed = true;
        void w.terminate();
        reject(e);
      };
      w.on('message', (m: any) => {
        if (m?.type === 'progress') progress(m.file, m.bytes, m.lines);
        else if (m?.type === 'error') fail(new Error(m.message));
        else if (m?.type === 'done') {
          results[current] = m.scan;
          if (next < files.length) {
            current = next++;
            w.postMessage({ type: 'scan', ...job(current) });
          } else w.postMessage({ type: 'close' });
        }
      });
      w.on('error', (e) => fail(e));
      w.on('exit', (code) => {
        if (failed) return;
        if (results[current]) resolve();
        else reject(new Error(`scan worker for ${files[current]} exited with code ${code}`));
      });
    });
  await Promise.all([...Array.from({ length: local }, localLane), ...Array.from({ length: concurrency - local }, lane)]);
  return results;
}

/**
 * Worker side: scan the file in `data`, post the result, then scan the files the main thread sends
 * (`{type: 'scan', file, options}`) until it sends `{type: 'close'}`.
 */
export async function runScanWorker(data: { file: string; options: ScanOptions }, post: (m: unknown) => void): Promise<void> {
  const scanOne = async (job: { file: string; options: ScanOptions }) => {
    try {
      const scan = await scanSlogFile(job.file, {
        ...job.options,
        onProgress: (file, bytes, lines) => post({ type: 'progress', file, bytes, lines }),
      });
      post({ type: 'done', scan });
    } catch (e) {
      post({ type: 'error', message: (e as Error).message });
    }
  };
  parentPort?.on('message', (m: any) => {
    if (m?.type === 'scan') void scanOne(m);
    else if (m?.type === 'close') parentPort?.close();
  });
  await scanOne(data);
}
