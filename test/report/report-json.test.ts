/**
 * The report file written in pieces: byte for byte `JSON.stringify(report, null, 2) + '\n'` on the
 * reports of real runs and on the corners of JSON.stringify, and never one string near the size of
 * the whole report (a run of ~100,000 vats does not fit in one V8 string).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { jsonChunks, writeReportJson, CHUNK_CHARS } from '../../src/report/report-json.js';
import type { RunReport } from '../../src/shared/report-schema.js';
import { analyzeFixture } from '../engine/helpers.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-report-json-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const expected = (v: unknown) => JSON.stringify(v, null, 2) + '\n';

async function written(report: unknown): Promise<string> {
  const file = path.join(dir, `r${Math.random().toString(36).slice(2)}.json`);
  await writeReportJson(file, report as RunReport);
  return fs.readFileSync(file, 'utf8');
}

describe('report JSON written in pieces', () => {
  it.each(['loadgen-leaky', 'loadgen-weak'] as const)('is byte-identical to JSON.stringify on the %s report', async (run) => {
    const report = await analyzeFixture(run);
    expect(report.vats.length).toBeGreaterThan(4);
    expect(report.verdicts.length).toBeGreaterThan(0);
    expect(Buffer.from(await written(report))).toEqual(Buffer.from(expected(report)));
    // Any chunking gives the same text: one piece a chunk, and a few pieces a chunk.
    expect([...jsonChunks(report, 1)].join('')).toBe(expected(report));
    expect([...jsonChunks(report, 700)].join('')).toBe(expected(report));
  });

  const corners: Array<[string, unknown]> = [
    ['empty arrays and objects', { vats: [], verdicts: [], importGraph: [], run: { files: [], warnings: [] }, policy: {}, n: [[], [[]], {}, [{}]] }],
    ['undefined, function and symbol members', { a: undefined, b: () => 1, c: Symbol('s'), d: 1, list: [undefined, () => 2, Symbol('t'), null], nested: { x: undefined, y: [undefined] }, deep: [{ z: undefined, w: 2 }] }],
    ['only left-out members', { a: undefined, b: { c: undefined }, d: [{ e: undefined }] }],
    ['nested arrays at every depth', { a: [1, [2, [3, [4, { b: [5, [6]] }]]]], c: { d: [[[]]], e: { f: [{ g: [[1], []] }] } } }],
    ['strings with unicode and escapes', { 'k"ey\n': 'tab\there "quote" back\\slash', u: 'é 漢 😀 \u2028\u2029 \u0000\u001f \ud800 lone', list: ['\r\n', '<script>', '\u007f'], nested: { '\u00e9': ['\ud83d\ude00'] } }],
    ['numbers JSON rewrites', { a: NaN, b: Infinity, c: -0, d: 1e21, e: 5e-7, list: [NaN, -Infinity], boxed: [new Number(3), new String('s'), new Boolean(false)] }],
    ['toJSON at the top, in the walk and below it', { when: new Date(0), list: [new Date(1), { at: new Date(2) }], custom: { toJSON: (k: string) => ({ key: k, list: [1, 2] }) }, inList: [{ toJSON: (k: string) => `index ${k}` }] }],
    ['a report-shaped object', { schemaVersion: 2, tool: { name: 'loadgen-gate', version: '0.1.0' }, run: { blockRange: null, files: [{ path: 'a', warnings: [] }] }, vats: [{ vatID: 'v1', boyd: { onset: undefined, afterOnset: null } }], promiseGraph: undefined, verdicts: [], verdict: 'pass', band: undefined }],
  ];
  it.each(corners)('is byte-identical to JSON.stringify: %s', async (_name, value) => {
    expect(await written(value)).toBe(expected(value));
    expect([...jsonChunks(value, 1)].join('')).toBe(expected(value));
  });

  it('holds at most one element at a time, never the whole report', async () => {
    const base = await analyzeFixture('loadgen-leaky');
    const copies = 400;
    const report: RunReport = {
      ...base,
      vats: Array.from({ length: copies }, (_, i) => base.vats.map((v) => ({ ...v, vatID: `${v.vatID}-${i}` }))).flat(),
      verdicts: Array.from({ length: copies }, (_, i) => base.verdicts.map((v) => ({ ...v, vatID: v.vatID && `${v.vatID}-${i}` }))).flat(),
      importGraph: Array.from({ length: copies }, () => base.importGraph).flat(),
    };
    const whole = expected(report).length;
    // The report's parts: each element of a top-level array, and each other top-level member.
    const parts = Object.values(report).flatMap((v: unknown) => (Array.isArray(v) ? v : [v]));
    const largestElement = Math.max(...parts.map((e) => JSON.stringify(e, null, 2)?.length ?? 0));
    expect(whole).toBeGreaterThan(200 * largestElement);

    // Every string JSON.stringify builds while the file is written, and every chunk written.
    const built: number[] = [];
    const stringify = JSON.stringify;
    vi.spyOn(JSON, 'stringify').mockImplementation((...args: Parameters<typeof JSON.stringify>) => {
      const s = stringify(...args);
      built.push(s?.length ?? 0);
      return s;
    });
    const chunks: number[] = [];
    const write = fs.WriteStream.prototype.write;
    vi.spyOn(fs.WriteStream.prototype, 'write').mockImplementation(function (this: fs.WriteStream, chunk: unknown, ...rest: unknown[]) {
      chunks.push(typeof chunk === 'string' ? Buffer.byteLength(chunk) : (chunk as Buffer).length);
      return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
    });
    const text = await written(report);
    vi.restoreAllMocks();

    expect(text.length).toBe(whole);
    expect(text).toBe(expected(report));
    expect(built.length).toBeGreaterThan(report.vats.length);
    // Each element is one string, in a holder (two more spaces a line, its key): far from the whole.
    expect(Math.max(...built)).toBeLessThan(1.5 * largestElement + 100);
    expect(Math.max(...built)).toBeLessThan(whole / 100);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.reduce((a, b) => a + b, 0)).toBe(Buffer.byteLength(text));
    expect(Math.max(...chunks)).toBeLessThan(4 * (CHUNK_CHARS + 1.5 * largestElement + 100));
    expect(Math.max(...chunks)).toBeLessThan(whole / 4);
  });
});
