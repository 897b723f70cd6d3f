/**
 * The heap probe (src/pipeline/heap-probe.ts) the benchmark reads: off unless asked, and when on,
 * a full collection before it measures, in the line format `npm run bench` parses.
 */
import { describe, expect, it } from 'vitest';
import { HEAP_PROBE_ENV, heapProbe } from '../../src/engine/heap-probe.js';

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
    // And 20 MB of array buffer, dropped too.
    let buffer: Uint8Array | null = new Uint8Array(20e6).fill(1);
    const { heapUsed: withJunk, arrayBuffers: withBuffer } = process.memoryUsage();
    expect(junk.length + buffer.length).toBe(21_000_000);
    junk = null;
    buffer = null;
    const line = await heapProbe({ [HEAP_PROBE_ENV]: '1' });
    const m = BENCH_PATTERN.exec(line ?? '');
    expect(m, String(line)).not.toBeNull();
    const usedMB = Number(m![1]);
    expect(usedMB).toBeGreaterThan(0);
    expect(usedMB).toBeLessThan(withJunk / 1e6 - 30);
    expect(Number(m![2])).toBeLessThan(withBuffer / 1e6 - 15);
  });
});
