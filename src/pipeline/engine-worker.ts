/**
 * Runs the engine (`analyzeRun`) in a worker thread whose young generation is capped.
 *
 * Why: V8 lets the main isolate's new space grow to 128 MiB (Node 24, 64-bit) when a phase
 * allocates fast and keeps some of it, which merging the scans and fitting long series do; the
 * process's peak RSS then grows with the slog's length although the live data is a few tens of MB.
 * The main isolate's heap limits cannot be changed after start-up (there is no flag for an action's
 * `node` and `v8.setFlagsFromString` has no effect on an existing heap); a worker's can
 * (`resourceLimits`). The main thread keeps only the I/O of the entry point: it receives the
 * finished RunReport (a few hundred kB) and the log lines, which it prints through its own Logger,
 * groups included.
 */
import { Worker, isMainThread, workerData, parentPort } from 'node:worker_threads';
import { analyzeRun, type AnalyzeOptions } from './analyze-run.js';
import { runScanWorker, WORKER_ROLE } from './scan-files.js';
import { InputError } from '../sources/limits.js';
import type { Logger } from './logger.js';
import type { RunReport } from '../report/schema.js';

export const ENGINE_ROLE = 'loadgen-gate-engine';

/**
 * 4 MiB of young generation: scavenges stay frequent and cheap, so the slog reader's dead chunk
 * buffers are freed soon and the engine's RSS stays flat over the run's length (10x the large
 * fixture: 16 MiB → ~245 MB peak RSS, 4 MiB → ~215 MB, and no slower).
 */
const ENGINE_LIMITS = { maxYoungGenerationSizeMb: 4 };

type EngineMessage =
  | { type: 'info' | 'warning'; msg: string }
  | { type: 'group-start'; title: string }
  | { type: 'group-end' }
  | { type: 'done'; report: RunReport }
  | { type: 'error'; name: string; message: string; stack?: string };

/**
 * `analyzeRun` in an engine worker when `opts.workerScript` (the bundle) is given, else in-process
 * (tests running from the sources). Same result, same errors (InputError stays an InputError).
 */
export async function analyzeRunIsolated(opts: AnalyzeOptions): Promise<RunReport> {
  if (!opts.workerScript) return analyzeRun(opts);
  const { log, workerScript, ...rest } = opts;
  const worker = new Worker(workerScript, {
    workerData: { role: ENGINE_ROLE, opts: { ...rest, workerScript: workerScript.href } },
    resourceLimits: ENGINE_LIMITS,
  });
  const groups: Array<() => void> = [];
  return new Promise<RunReport>((resolve, reject) => {
    let settled = false;
    const settle = (f: () => void) => {
      if (settled) return;
      settled = true;
      // Close any group the worker left open (it failed inside one).
      while (groups.length) groups.pop()!();
      f();
    };
    worker.on('message', (m: EngineMessage) => {
      switch (m.type) {
        case 'info':
          log.info(m.msg);
          break;
        case 'warning':
          log.warning(m.msg);
          break;
        case 'group-start':
          void log.group(m.title, () => new Promise<void>((res) => groups.push(res)));
          break;
        case 'group-end':
          groups.pop()?.();
          break;
        case 'done':
          settle(() => resolve(m.report));
          break;
        case 'error': {
          const e = m.name === 'InputError' ? new InputError(m.message) : new Error(m.message);
          if (m.stack) e.stack = m.stack;
          settle(() => reject(e));
          break;
        }
      }
    });
    worker.on('error', (e) => settle(() => reject(e)));
    worker.on('exit', (code) => settle(() => reject(new Error(`analysis worker exited with code ${code} before finishing`))));
  });
}

/** Worker side of {@link analyzeRunIsolated}. */
async function runEngineWorker(data: { opts: Omit<AnalyzeOptions, 'log' | 'workerScript'> & { workerScript: string } }, post: (m: EngineMessage) => void): Promise<void> {
  const log: Logger = {
    info: (msg) => post({ type: 'info', msg }),
    warning: (msg) => post({ type: 'warning', msg }),
    group: async (title, fn) => {
      post({ type: 'group-start', title });
      try {
        return await fn();
      } finally {
        post({ type: 'group-end' });
      }
    },
  };
  try {
    const report = await analyzeRun({ ...data.opts, workerScript: new URL(data.opts.workerScript), log });
    post({ type: 'done', report });
  } catch (e) {
    const err = e as Error;
    post({ type: 'error', name: err?.name ?? 'Error', message: err?.message ?? String(e), stack: err?.stack });
  }
}

/**
 * What a bundle does when it was started as one of its own workers (scan or engine); returns false
 * on the main thread, where the entry point goes on with its own job.
 */
export async function runAsWorker(): Promise<boolean> {
  if (isMainThread || !parentPort) return false;
  const port = parentPort;
  if (workerData?.role === WORKER_ROLE) {
    await runScanWorker(workerData, (m) => port.postMessage(m));
    return true;
  }
  if (workerData?.role === ENGINE_ROLE) {
    await runEngineWorker(workerData, (m) => port.postMessage(m));
    return true;
  }
  return false;
}
