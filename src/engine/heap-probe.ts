/**
 * A diagnosis for the benchmark (`LOADGEN_GATE_HEAP_PROBE=1`): how much the engine keeps once the
 * slogs are read (the merged run the report is built from), measured after a full garbage
 * collection, so that it is data still referenced and not garbage the collector has yet to
 * reclaim. Peak RSS mixes the two with the heaps' spare room, the allocator's free lists, the
 * Node binary's pages and each thread's isolate; this line tells whether what the engine keeps
 * grows with a slog's length. Off by default: the collection costs milliseconds, and the flag it
 * needs (`--expose-gc`) stays set for the rest of the process.
 */
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

export const HEAP_PROBE_ENV = 'LOADGEN_GATE_HEAP_PROBE';

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * The probe's log line, or null when the probe is off. Measures the calling thread's heap (the
 * engine's: the main thread's or the engine worker's), where the merged run lives.
 */
export async function heapProbe(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  if (env[HEAP_PROBE_ENV] !== '1') return null;
  v8.setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  // The inflaters' native handles close some time after their streams end, and only then let go of
  // their last output buffers: collect until two rounds 50 ms apart measure the same (at most 20).
  let m = process.memoryUsage();
  for (let round = 0; round < 20; round++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    gc();
    const next = process.memoryUsage();
    const same = next.heapUsed === m.heapUsed && next.arrayBuffers === m.arrayBuffers;
    m = next;
    if (same) break;
  }
  return `heap after the read (after a full GC): ${mb(m.heapUsed)} used, ${mb(m.arrayBuffers)} in array buffers`;
}
