/**
 * Delivery pairing and line splitting on random slogs written to temp files and scanned:
 * - every deliver line and every deliver-result line is accounted for (paired, duplicate, no
 *   usable duration, or reported unpaired), whatever the interleaving;
 * - for well-formed interleavings, the paired deliveries and BOYD samples are exactly the
 *   generated ones; garbage lines and CRLF line ends change nothing but the garbage count;
 * - the line reader delivers exactly the file's lines for any chunk size, with long lines cut
 *   to their prefix.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { scanSlogFile, type FileScan } from '../../src/pipeline/file-scan.js';
import { readLines } from '../../src/slog/line-reader.js';
import { mulberry32 } from '../../src/stats/prng.js';
import { runs, timeout } from './runs.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-fuzz-pairing-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let fileNo = 0;
const write = (content: string | Buffer): string => {
  const f = path.join(dir, `f${fileNo++}.slog`);
  fs.writeFileSync(f, content);
  return f;
};

type Op = { op: 'pair' | 'boyd' | 'orphanDeliver' | 'orphanResult'; vat: string; garbageBefore: string | null; garbageBetween: string | null; newBlock: boolean };

/** A garbage line: never valid JSON (starts with `~`), never empty, no newline. */
const garbage = fc.oneof(
  fc.string({ maxLength: 40 }).map((s) => `~${s.replace(/[\r\n]/g, ' ')}`),
  fc.uint8Array({ maxLength: 40 }).map((b) => `~${Buffer.from(b.filter((x) => x !== 10 && x !== 13)).toString('latin1')}`),
  fc.constantFrom('~{"type":"deliver"', '~<html>', '~\u0000\u00ff'),
);
const opArb: fc.Arbitrary<Op> = fc.record({
  op: fc.constantFrom('pair', 'pair', 'pair', 'boyd', 'boyd', 'orphanDeliver', 'orphanResult'),
  vat: fc.constantFrom('v1', 'v2', 'v3', 'v10'),
  garbageBefore: fc.option(garbage, { freq: 4 }),
  garbageBetween: fc.option(garbage, { freq: 4 }),
  newBlock: fc.boolean(),
});

interface Built {
  lines: string[];
  clean: string[];
  pairs: number;
  boyd: Record<string, number>;
  orphanDelivers: number;
  orphanResults: number;
  garbage: number;
}

/** Lines for a sequence of operations, inside block windows (heights 1, 2, …). */
function build(ops: Op[]): Built {
  const lines: string[] = [];
  const clean: string[] = [];
  const push = (l: string, isGarbage = false) => {
    lines.push(l);
    if (!isGarbage) clean.push(l);
  };
  const nums: Record<string, number> = {};
  let crank = 0;
  let height = 0;
  let t = 1000;
  let pairs = 0;
  let orphanDelivers = 0;
  let orphanResults = 0;
  let garbageN = 0;
  const boyd: Record<string, number> = {};
  const openBlock = () => push(JSON.stringify({ type: 'cosmic-swingset-end-block-start', blockHeight: ++height, blockTime: 1, time: t, monotime: t }));
  const closeBlock = () => push(JSON.stringify({ type: 'cosmic-swingset-end-block-finish', blockHeight: height, blockTime: 1, time: t, monotime: t }));
  openBlock();
  for (const o of ops) {
    if (o.newBlock) {
      closeBlock();
      openBlock();
    }
    if (o.garbageBefore) {
      push(o.garbageBefore, true);
      garbageN++;
    }
    const kind = o.op === 'boyd' ? 'bringOutYourDead' : 'notify';
    const deliveryNum = (nums[o.vat] = (nums[o.vat] ?? 0) + 1);
    const crankNum = ++crank;
    t += 0.01;
    const d = JSON.stringify({ type: 'deliver', crankNum, vatID: o.vat, deliveryNum, replay: false, dispatch: kind, kd: [kind], vd: [kind], time: t, monotime: t });
    const r = JSON.stringify({ type: 'deliver-result', crankNum, vatID: o.vat, deliveryNum, replay: false, dispatch: kind, dr: ['ok', null, { currentHeapCount: crankNum }], time: t + 0.001, monotime: t + 0.001, seconds: 0.001 * (1 + (crankNum % 7)) });
    if (o.op !== 'orphanResult') push(d);
    if (o.garbageBetween) {
      push(o.garbageBetween, true);
      garbageN++;
    }
    if (o.op !== 'orphanDeliver') push(r);
    if (o.op === 'pair' || o.op === 'boyd') pairs++;
    if (o.op === 'boyd') boyd[o.vat] = (boyd[o.vat] ?? 0) + 1;
    if (o.op === 'orphanDeliver') orphanDelivers++;
    if (o.op === 'orphanResult') orphanResults++;
  }
  closeBlock();
  return { lines, clean, pairs, boyd, orphanDelivers, orphanResults, garbage: garbageN };
}

const codes = (s: FileScan): Record<string, number> => Object.fromEntries(s.warnings.map((w) => [w.code, w.count]));
const boydCounts = (s: FileScan): Record<string, number> =>
  Object.fromEntries(Object.entries(s.boyd).map(([v, b]) => [v, b.seconds.length]).filter(([, n]) => (n as number) > 0));
const samples = (s: FileScan) => Object.fromEntries(Object.entries(s.boyd).map(([v, b]) => [v, { h: b.height, s: b.seconds, heap: b.heap }]));

describe('delivery pairing', () => {
  it(
    'well-formed interleavings: paired deliveries, BOYDs and unpaired warnings are exactly the generated ones; garbage and CRLF change nothing else',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(opArb, { maxLength: 60 }), async (ops) => {
          const b = build(ops);
          const scan = await scanSlogFile(write(`${b.lines.join('\n')}\n`));
          const c = codes(scan);
          expect(scan.deliveries).toBe(b.pairs);
          expect(boydCounts(scan)).toEqual(b.boyd);
          expect(c['unpaired-deliver'] ?? 0).toBe(b.orphanDelivers);
          expect(c['unpaired-result'] ?? 0).toBe(b.orphanResults);
          expect(c['garbage-line'] ?? 0).toBe(b.garbage);
          expect(c['duplicate-delivery'] ?? 0).toBe(0);
          // Without the garbage, the same samples; with CRLF line ends, the same again.
          const clean = await scanSlogFile(write(`${b.clean.join('\n')}\n`));
          const crlf = await scanSlogFile(write(`${b.lines.join('\r\n')}\r\n`));
          for (const other of [clean, crlf]) {
            expect(other.deliveries).toBe(scan.deliveries);
            expect(samples(other)).toEqual(samples(scan));
          }
          expect(codes(crlf)).toEqual(c);
          const { 'garbage-line': _g, ...rest } = c;
          expect(codes(clean)).toEqual(rest);
        }),
        runs(40),
      );
    },
    timeout(60_000),
  );

  it(
    'any interleaving: each deliver and each result line is paired, a repeat, unusable, or reported unpaired',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(opArb, { maxLength: 50 }), fc.integer(), async (ops, seed) => {
          const b = build(ops.map((o) => ({ ...o, newBlock: false })));
          // Shuffle the event lines inside the single block window.
          const body = b.lines.slice(1, -1);
          const rnd = mulberry32(seed);
          for (let i = body.length - 1; i > 0; i--) {
            const j = Math.floor(rnd() * (i + 1));
            [body[i], body[j]] = [body[j]!, body[i]!];
          }
          const lines = [b.lines[0]!, ...body, b.lines.at(-1)!];
          const scan = await scanSlogFile(write(`${lines.join('\n')}\n`));
          const c = codes(scan);
          const delivers = lines.filter((l) => l.startsWith('{"type":"deliver"')).length;
          const results = lines.filter((l) => l.startsWith('{"type":"deliver-result"')).length;
          const matched = scan.deliveries + (c['duplicate-delivery'] ?? 0) + (c['bad-duration'] ?? 0);
          expect(delivers).toBe(matched + (c['unpaired-deliver'] ?? 0));
          expect(results).toBe(matched + (c['unpaired-result'] ?? 0));
          expect(c['garbage-line'] ?? 0).toBe(b.garbage);
          // Per vat, counted deliveries never exceed what was generated.
          for (const [v, info] of Object.entries(scan.vats)) expect(info.deliveries).toBeLessThanOrEqual(ops.filter((o) => o.vat === v).length);
        }),
        runs(40),
      );
    },
    timeout(60_000),
  );
});

describe('line reader', () => {
  const content = fc.array(
    fc.oneof(fc.string({ maxLength: 30 }).map((s) => s.replace(/\n/g, ' ')), fc.string({ maxLength: 300 }).map((s) => s.replace(/\n/g, 'x'))),
    { maxLength: 30 },
  );

  it(
    'delivers exactly the lines of the file for any chunk size; over-long lines come as their prefix',
    async () => {
      await fc.assert(
        fc.asyncProperty(content, fc.boolean(), fc.integer({ min: 1, max: 64 }), fc.integer({ min: 4, max: 200 }), async (ls, trailingNl, hwm, maxLine) => {
          const text = ls.join('\n') + (trailingNl && ls.length ? '\n' : '');
          const bytes = Buffer.from(text);
          const f = write(bytes);
          const got: Array<{ s: string; over: boolean; no: number }> = [];
          // prefixBytes ≤ maxLineBytes (the defaults are 64 KiB and 64 MiB).
          const prefix = Math.max(1, Math.floor(maxLine / 2));
          const res = await readLines(f, (buf, start, end, no, over) => got.push({ s: buf.subarray(start, end).toString('latin1'), over, no }), {
            highWaterMark: hwm,
            maxLineBytes: maxLine,
            prefixBytes: prefix,
          });
          const want: string[] = [];
          let p = 0;
          while (p < bytes.length) {
            const nl = bytes.indexOf(10, p);
            want.push(bytes.subarray(p, nl < 0 ? bytes.length : nl).toString('latin1'));
            p = nl < 0 ? bytes.length : nl + 1;
          }
          expect(got.map((g) => g.no)).toEqual(want.map((_, i) => i + 1));
          expect(res.lines).toBe(want.length);
          expect(res.partialLastLine).toBe(bytes.length > 0 && bytes[bytes.length - 1] !== 10);
          got.forEach((g, i) => {
            const w = want[i]!;
            const wlen = Buffer.byteLength(w, 'latin1');
            expect(g.over).toBe(wlen > maxLine);
            expect(g.s).toBe(g.over ? Buffer.from(w, 'latin1').subarray(0, prefix).toString('latin1') : w);
          });
        }),
        runs(150),
      );
    },
    timeout(60_000),
  );

  // Regression: an oversized line inside one chunk is handed over clamped to its newline, so
  // with prefixBytes > maxLineBytes it never carries the following lines' bytes.
  it('an over-long line never carries bytes of the next line (prefixBytes > maxLineBytes)', async () => {
    const f = write('x'.repeat(50) + '\n{"type":"deliver"}\n');
    const got: string[] = [];
    await readLines(f, (buf, start, end) => got.push(buf.subarray(start, end).toString()), { maxLineBytes: 10, prefixBytes: 64 * 1024 });
    expect(got[0]).toBe('x'.repeat(50));
  });
});
