/**
 * The heap probe (src/pipeline/heap-probe.ts) the benchmark reads: off unless asked, and when on,
 * a full collection before it measures, in the line format `npm run bench` parses.
 */
import { describe, expect, it } from 'vitest';
import { HEAP_PROBE_ENV, heapProbe } from '../../src/pipeline/heap-probe.js';

/** The pattern scripts/bench.mjs reads the probe's line with. */
const BENCH_PATTERN = /heap after the read \(after a full GC\): ([\d.]+) MB used, ([\d.]+) MB in array buffers/;

describe('heapProbe', () => {
  it('is off unless LOADGEN_GATE_HEAP_PROBE=1', async () => {
    expect(await heapProbe({})).toBeNull();
    expect(await heapProbe({ [HEAP_PROBE_ENV]: '0' })).toBeNull();
    expect(await heapProbe({ [HEAP_PROBE_ENV]: 'yes' })).toBeNull();
  });

  it('collects the garbage before it measures, and says so in the format the bench parses', async () => {
    // ~60 MB of objects, referenced while the heap is measured, then dropped.
    let junk: Array<{ i: number; s: string }> | null = Array.from({ length: 1_000_000 }, (_, i) => ({ i, s: `item ${i}` }));
    const withJunk = process.memoryUsage().heapUsed;
    expect(junk.length).toBe(1_000_000);
    junk = null;
    const line = await heapProbe({ [HEAP_PROBE_ENV]: '1' });
    const m = BENCH_PATTERN.exec(line ?? '');
    expect(m, String(line)).not.toBeNull();
    const usedMB = Number(m![1]);
    expect(usedMB).toBeGreaterThan(0);
    expect(usedMB).toBeLessThan(withJunk / 1e6 - 30);
    expect(Number(m![2])).toBeGreaterThanOrEqual(0);
  });
});
