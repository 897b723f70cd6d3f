/**
 * Block windows on their own: end-block windows attribute deliveries and sum the kernel's time in
 * blocks; run-start heights do only in a slog without end-block events, and not in genesis.
 */
import { describe, expect, it } from 'vitest';
import { BlockWindows } from '../../src/analyzers/block-windows.js';
import { FileDiagnostics } from '../../src/slog/diagnostics.js';
import { newEventFields, type EventFields } from '../../src/slog/fields.js';
import type { EventLine } from '../../src/slog/sink.js';

const ev = (o: Partial<EventFields>): EventFields => ({ ...newEventFields(), ...o });
const at = (line: number, o: Partial<EventFields> | null): EventLine => ({ line, fields: () => (o ? ev(o) : null) });
const start = (h: number, t: number) => ev({ blockHeight: h, time: t, monotime: t }) as EventFields & { blockHeight: number };

describe('block windows', () => {
  it('attributes deliveries inside end-block windows only and sums their seconds', () => {
    const diag = new FileDiagnostics('f');
    const b = new BlockWindows(diag);
    expect(b.runStart(at(1, { blockHeight: 4, time: 1 }))).toBe(true);
    expect(b.currentHeight()).toBe(4);
    b.endBlockStart(start(5, 10), 2);
    expect(b.currentHeight()).toBe(5);
    expect(b.endBlockFinish(ev({ time: 10.5, monotime: 10.25 }))).toBe(5); // monotime: 0.25 s
    expect(b.currentHeight()).toBeNull(); // between windows, once end-block events were seen
    expect(b.runStart(at(3, { blockHeight: 6, time: 11 }))).toBe(false);
    b.endBlockStart(start(6, 20), 4);
    expect(b.endBlockFinish(ev({ time: 21, monotime: 21, seconds: 0.5 }))).toBe(6); // seconds win
    b.endBlockStart(start(9, 30), 5); // 6 -> 9
    b.endBlockFinish(ev({ time: 31 })); // no monotime: time, 1 s
    expect(b.swingsetSeconds).toBeCloseTo(1.75, 9);
    expect([b.heightMin, b.heightMax, b.lastHeight, b.firstBlockTime, b.lastBlockTime]).toEqual([4, 9, 9, 1, 31]);
    expect(b.blockRuns()).toEqual([[4, 6], [9, 9]]);
    expect(diag.list().map((w) => [w.code, w.examples])).toEqual([['height-jump', ['f:5']]]);
  });

  it('uses run-start heights without end-block events, but not for the genesis block', () => {
    const b = new BlockWindows(new FileDiagnostics('f'));
    b.genesis = true;
    expect(b.runStart(at(1, { blockHeight: 1, time: 1 }))).toBe(false);
    expect(b.currentHeight()).toBeNull();
    expect(b.runFinish(at(2, { time: 2 }))).toBeNull();
    b.genesis = false;
    expect(b.runStart(at(3, { blockHeight: 1, time: 3, monotime: 30 }))).toBe(true);
    expect(b.currentHeight()).toBe(1);
    expect(b.runFinish(at(4, { time: 4, monotime: 40 }))).toBe(1);
    expect(b.runStart(at(5, null))).toBe(false); // garbage (reported by the scanner)
    expect([b.lastBlockTime, b.firstBlockTime, b.sawEndBlock]).toEqual([4, 3, false]);
    expect([b.firstBlockMonotime, b.lastBlockMonotime]).toEqual([30, 40]);
  });

  it('does not count a block whose wall clock stepped back (no monotime)', () => {
    const b = new BlockWindows(new FileDiagnostics('f'));
    b.endBlockStart(ev({ blockHeight: 1, time: 100 }) as EventFields & { blockHeight: number }, 1);
    b.endBlockFinish(ev({ time: 99 }));
    b.endBlockStart(ev({ blockHeight: 2, time: 100 }) as EventFields & { blockHeight: number }, 3);
    b.endBlockFinish(ev({ time: 100.5 }));
    expect(b.swingsetSeconds).toBe(0.5);
  });
});
