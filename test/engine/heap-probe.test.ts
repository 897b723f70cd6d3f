/**
 * The heap probe (src/engine/heap-probe.ts) the benchmark reads: off unless asked, and when on,
 * a full collection before it measures, in the line format `npm run bench` parses: garbage is not
 * counted, and what is still referenced is.
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

  /** The probe's two numbers (MB), parsed with the bench's pattern. */
  const probe = async (): Promise<{ usedMB: number; buffersMB: number }> => {
    const line = await heapProbe({ [HEAP_PROBE_ENV]: '1' });
    const m = BENCH_PATTERN.exec(line ?? '');
    expect(m, String(line)).not.toBeNull();
    return { usedMB: Number(m![1]), buffersMB: Number(m![2]) };
  };

  it('collects the garbage before it measures, and says so in the format the bench parses', async () => {
    // ~60 MB of objects and 20 MB of array buffer, measured while referenced, then dropped.
    let junk: Array<{ i: number; s: string }> | null = Array.from({ length: 1_000_000 }, (_, i) => ({ i, s: `item ${i}` }));
    let buffer: Uint8Array | null = new Uint8Array(20e6).fill(1);
    const { heapUsed: withJunk, arrayBuffers: withBuffer } = process.memoryUsage();
    junk = null;
    buffer = null;
    const { usedMB, buffersMB } = await probe();
    expect(usedMB).toBeGreaterThan(0);
    expect(usedMB).toBeLessThan(withJunk / 1e6 - 30);
    expect(buffersMB).toBeLessThan(withBuffer / 1e6 - 15);
  });

  it('counts what is still referenced when it measures', async () => {
    const before = await probe();
    // ~60 MB of objects and 40 MB of array buffer that stay referenced across the probe.
    const kept = {
      objects: Array.from({ length: 1_000_000 }, (_, i) => ({ i, s: `item ${i}` })),
      buffer: new Uint8Array(40e6).fill(1),
    };
    const during = await probe();
    expect(during.usedMB - before.usedMB).toBeGreaterThan(30);
    expect(during.buffersMB - before.buffersMB).toBeGreaterThan(35);
    // Read after the probe, so the collector cannot have taken them before it measured.
    expect(kept.objects[999_999]!.s).toBe('item 999999');
    expect(kept.buffer[39_999_999]).toBe(1);
  });
});
