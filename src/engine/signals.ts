/**
 * Ctrl-C, or a CI cancel (SIGINT, then SIGTERM a few seconds later): the `finally` blocks that
 * remove a run's temporary directories never run when a signal ends the process. This handler
 * stops the engine worker (so nothing writes into them any more), removes every directory the
 * run made (shared/temp-dirs.ts: the main thread's and the engine worker's), and exits with the
 * conventional code, 128 + the signal's number: 130 for SIGINT, 143 for SIGTERM.
 */
import { closeTempDirs } from '../shared/temp-dirs.js';
import { stopEngineWorkers } from './engine-worker.js';

export const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
type HandledSignal = keyof typeof SIGNAL_EXIT_CODES;

/** How long stopping the engine worker may take before the directories are removed anyway. */
const STOP_WAIT_MS = 2000;

/**
 * Installs the handlers; returns a function that removes them. `say` gets one line (the CLI's
 * stderr, the action's log); `exit` ends the process.
 */
export function cleanUpOnSignals(say: (line: string) => void, exit: (code: number) => void = (code) => process.exit(code)): () => void {
  let stopping = false;
  const handlers = new Map<HandledSignal, () => void>();
  for (const sig of Object.keys(SIGNAL_EXIT_CODES) as HandledSignal[]) {
    const on = () => {
      // A SIGTERM after the SIGINT: already on the way out with the first one's code.
      if (stopping) return;
      stopping = true;
      void (async () => {
        await Promise.race([stopEngineWorkers().catch(() => undefined), new Promise((r) => setTimeout(r, STOP_WAIT_MS).unref())]);
        // Messages the worker posted before it stopped (a directory it had just made) arrive first.
        await new Promise((r) => setImmediate(r));
        // A directory being made when the signal came is waited for (briefly: it is one mkdtemp).
        await Promise.race([closeTempDirs(), new Promise((r) => setTimeout(r, STOP_WAIT_MS).unref())]);
        say(`${sig}: stopped; temporary files removed`);
        exit(SIGNAL_EXIT_CODES[sig]);
      })();
    };
    handlers.set(sig, on);
    process.on(sig, on);
  }
  return () => {
    for (const [sig, on] of handlers) process.off(sig, on);
  };
}
