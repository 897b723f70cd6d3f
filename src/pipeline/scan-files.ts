/**
 * Scans slog files, in parallel worker threads when a worker script is given (one file per worker,
 * up to the number of cores), else in-process one after the other. Results come back in input order,
 * so the merge is deterministic whatever finishes first.
 */
import { Worker } from 'node:worker_threads';
import os from 'node:os';
import { scanSlogFile, type FileScan, type ScanOptions } from '../slog/file-scan.js';
import { mib, type Logger } from './logger.js';

export const WORKER_ROLE = 'loadgen-gate-scan';

export interface ScanFilesOptions {
  /** The bundle to start as a worker (it must call `runScanWorker()` when `workerData.role === WORKER_ROLE`). */
  workerScript?: URL;
  concurrency?: number;
  log: Logger;
  maxLineBytes?: number;
}

export async function scanFiles(files: string[], opts: ScanFilesOptions, skipUpTo: Array<Record<string, number> | undefined> = []): Promise<FileScan[]> {
  const progress = (file: string, bytes: number, lines: number) =>
    opts.log.info(`  ${file}: ${mib(bytes)} read, ${lines.toLocaleString('en-US')} lines`);
  const concurrency = Math.max(1, Math.min(opts.concurrency ?? os.availableParallelism(), files.length));
  if (!opts.workerScript || concurrency === 1 || files.length === 1) {
    const out: FileScan[] = [];
    for (let i = 0; i < files.length; i++) {
      out.push(await scanSlogFile(files[i], { skipUpTo: skipUpTo[i], onProgress: progress, maxLineBytes: opts.maxLineBytes }));
    }
    return out;
  }
  const results: FileScan[] = new Array(files.length);
  let next = 0;
  const runOne = (i: number) =>
    new Promise<void>((resolve, reject) => {
      const w = new Worker(opts.workerScript!, {
        workerData: { role: WORKER_ROLE, file: files[i], options: { skipUpTo: skipUpTo[i], maxLineBytes: opts.maxLineBytes } },
      });
      w.on('message', (m: any) => {
        if (m?.type === 'progress') progress(m.file, m.bytes, m.lines);
        else if (m?.type === 'done') results[i] = m.scan;
        else if (m?.type === 'error') reject(new Error(m.message));
      });
      w.on('error', reject);
      w.on('exit', (code) => (results[i] ? resolve() : reject(new Error(`scan worker for ${files[i]} exited with code ${code}`))));
    });
  const lanes = Array.from({ length: concurrency }, async () => {
    while (next < files.length) await runOne(next++);
  });
  await Promise.all(lanes);
  return results;
}

/** Worker side: scan one file and post the result. */
export async function runScanWorker(data: { file: string; options: ScanOptions }, post: (m: unknown) => void): Promise<void> {
  try {
    const scan = await scanSlogFile(data.file, {
      ...data.options,
      onProgress: (file, bytes, lines) => post({ type: 'progress', file, bytes, lines }),
    });
    post({ type: 'done', scan });
  } catch (e) {
    post({ type: 'error', message: (e as Error).message });
  }
}
