/**
 * Runs the engine (`analyzeRun`) in a worker thread whose young generation is capped, for runs big
 * enough to need it ({@link engineThread}); smaller runs are analyzed on the calling thread.
 *
 * Why: V8 lets the main isolate's new space grow to 128 MiB (Node 24, 64-bit) when a phase
 * allocates fast and keeps some of it, which merging the scans and fitting long series do; the
 * process's peak RSS then grows with the slog's length although the live data is a few tens of MB.
 * The main isolate's heap limits cannot be changed after start-up (there is no flag for an action's
 * `node` and `v8.setFlagsFromString` has no effect on an existing heap); a worker's can
 * (`resourceLimits`). The main thread keeps only the I/O of the entry point: it receives the
 * finished RunReport (a few hundred kB) and the log lines, which it prints through its own Logger,
 * groups included. A worker's start-up (docs/performance.md) is a cost a small run need not pay.
 */
import { Worker, isMainThread, workerData, parentPort } from 'node:worker_threads';
import { analyzeRun, type AnalyzeOptions } from './analyze-run.js';
import { CAPPED_HEAP_LIMITS, MAIN_THREAD_MAX_SLOG_BYTES, runScanWorker, WORKER_ROLE } from '../pipeline/scan-files.js';
import { InputError } from '../shared/limits.js';
import { discoverRun } from '../run-files/discover.js';
import { stat } from 'node:fs/promises';
import type { Logger } from '../shared/logger.js';
import type { RunReport } from '../shared/report-schema.js';

const ENGINE_ROLE = 'loadgen-gate-engine';


type EngineMessage =
  | { type: 'info' | 'warning'; msg: string }
  | { type: 'group-start'; title: string }
  | { type: 'group-end' }
  | { type: 'done'; report: RunReport }
  | { type: 'error'; name: string; message: string; stack?: string; input?: boolean };

/**
 * Where the engine runs: `LOADGEN_GATE_ENGINE=worker|main` forces it (tests, diagnosis); by
 * default, the main thread for a run with less than {@link MAIN_THREAD_MAX_SLOG_BYTES} of slogs
 * (and zips) on disk. An engine worker costs time before it reads a byte (an isolate and a load of
 * the bundle) and memory; a run that small leaves the main heap no bigger than the worker's (the
 * large fixture doubled, in docs/performance.md). From that size on, the worker keeps the peak flat
 * whatever the run's length.
 */
export async function engineThread(inputs: string[]): Promise<{ where: 'worker' | 'main'; bytes: number }> {
  const forced = process.env.LOADGEN_GATE_ENGINE;
  if (forced === 'worker' || forced === 'main') return { where: forced, bytes: NaN };
  let bytes = NaN;
  try {
    const files = await discoverRun(inputs);
    bytes = files.slogs.reduce((a, f) => a + f.bytes, 0);
    for (const z of files.zips) bytes += (await stat(z)).size;
  } catch {
    // Unreadable inputs: the engine reports them (on the main thread: no worker needed for that).
  }
  return { where: bytes >= MAIN_THREAD_MAX_SLOG_BYTES ? 'worker' : 'main', bytes };
}

/**
 * `analyzeRun` in an engine worker when `opts.workerScript` (the bundle) is given and the run is
 * big ({@link engineThread}), else in-process. Same result, same errors (InputError stays an
 * InputError).
 */
export async function analyzeRunIsolated(opts: AnalyzeOptions): Promise<RunReport> {
  if (!opts.workerScript) return analyzeRun(opts);
  // (The engine's first log line says which thread it runs on.)
  if ((await engineThread(opts.inputs)).where === 'main') return analyzeRun(opts);
  const { log, workerScript, ...rest } = opts;
  const worker = new Worker(workerScript, {
    workerData: { role: ENGINE_ROLE, opts: { ...rest, workerScript: workerScript.href } },
    resourceLimits: CAPPED_HEAP_LIMITS,
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
          // By type, not by name: an InputError of any subclass stays one.
          const e = m.input ? new InputError(m.message) : new Error(m.message);
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
    post({ type: 'error', name: err?.name ?? 'Error', message: err?.message ?? String(e), stack: err?.stack, input: e instanceof InputError });
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
