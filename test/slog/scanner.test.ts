/**
 * The slog scanner's contract with its sink: which events it hands on (with which fields), which
 * lines it leaves out (transcript replays) and which it reports (garbage, wrong shape, oversized,
 * unknown types), in fast and reference mode alike. Lines follow the kernel's slog shapes
 * (docs/formats.md §1).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { SlogScanner } from '../../src/slog/scanner.js';
import { FileDiagnostics } from '../../src/slog/diagnostics.js';
import type { EventLine, SlogSink } from '../../src/slog/sink.js';
import type { ClistFields, DeliverFields, EventFields, ResultFields } from '../../src/slog/fields.js';
import type { VatCreation } from '../../src/slog/create-vat.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-scanner-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Records every call as a short string; `useRuns` says whether run-start/finish lines are read. */
class RecordingSink implements SlogSink {
  readonly calls: string[] = [];
  constructor(private readonly useRuns = true, private readonly throwOnVat?: string) {}
  onDeliver(d: DeliverFields, _buf: Buffer, line: number) {
    if (d.vatID === this.throwOnVat) throw new Error('sink failed');
    this.calls.push(`deliver ${d.vatID}#${d.deliveryNum} ${d.kind} ${d.method} crank=${d.crankNum} @${line}`);
  }
  onDeliverLine(d: DeliverFields) {
    this.calls.push(`deliverLine crank=${d.crankNum}`);
  }
  onResult(r: ResultFields, _buf: Buffer, line: number) {
    this.calls.push(`result ${r.vatID}#${r.deliveryNum} seconds=${r.seconds} heap=${r.heap} @${line}`);
  }
  onClist(c: ClistFields) {
    this.calls.push(`clist ${c.mode} ${c.vatID} crank=${c.crankNum}`);
    return c.crankNum !== 1; // crank 1: "replayed by an earlier file", not used
  }
  onSyscallLine() {
    this.calls.push('syscallLine');
  }
  onDropImports(vatID: string, krefs: string[], crankNum: number | undefined) {
    this.calls.push(`dropImports ${vatID} ${krefs.join(',')} crank=${crankNum}`);
    return true;
  }
  onSyscallResultLine() {
    this.calls.push('syscallResultLine');
  }
  onTerminateLine() {
    this.calls.push('terminateLine');
  }
  onCreateVat(info: VatCreation & { vatID: string }) {
    this.calls.push(`createVat ${info.vatID} ${info.name} ${info.managerType}`);
  }
  onSnapshotSave(vatID: string) {
    this.calls.push(`snapshotSave ${vatID}`);
  }
  onBootstrapStart() {
    this.calls.push('bootstrapStart');
  }
  onBootstrapFinish() {
    this.calls.push('bootstrapFinish');
  }
  onEndBlockStart(ev: EventFields & { blockHeight: number }, line: number) {
    this.calls.push(`endBlockStart ${ev.blockHeight} @${line}`);
  }
  onEndBlockFinish(ev: EventFields) {
    this.calls.push(`endBlockFinish ${ev.blockHeight ?? '-'} t=${ev.time}`);
  }
  onRunStart(ev: EventLine) {
    if (!this.useRuns) return false;
    this.calls.push(`runStart ${ev.fields()?.blockHeight} @${ev.line}`);
    return true;
  }
  onRunFinish(ev: EventLine) {
    if (this.useRuns) this.calls.push(`runFinish t=${ev.fields()?.time}`);
  }
  onEnd() {
    this.calls.push('end');
  }
}

const j = (o: unknown) => JSON.stringify(o);
const deliver = (crankNum: number | undefined, vatID: string, deliveryNum: number, extra: object = {}) =>
  j({ type: 'deliver', ...(crankNum === undefined ? {} : { crankNum }), vatID, deliveryNum, replay: false, kd: ['message', 'ko1', { methargs: { body: '#["foo",[]]', slots: [] }, result: 'kp1' }], vd: ['message', 'o+0', { methargs: { body: '#["foo",[]]', slots: [] }, result: 'p-1' }], time: 10, monotime: 1, ...extra });
const result = (crankNum: number, vatID: string, deliveryNum: number, extra: object = {}) =>
  j({ type: 'deliver-result', crankNum, vatID, deliveryNum, replay: false, dr: ['ok', null, { currentHeapCount: 500 }], time: 10.5, monotime: 1.5, ...extra });

/** The lines of the test file, with what each one must produce (calls, or a warning). */
const LINES = [
  j({ type: 'create-vat', vatID: 'v1', dynamic: false, description: 'static name=alice', name: 'alice', managerType: 'xsnap', time: 0, monotime: 0 }), // 1
  j({ type: 'cosmic-swingset-bootstrap-block-start', blockTime: 100, time: 1, monotime: 1 }), // 2
  j({ type: 'cosmic-swingset-bootstrap-block-finish', blockTime: 100, time: 2, monotime: 2 }), // 3
  j({ type: 'cosmic-swingset-end-block-start', blockHeight: 7, blockTime: 100, time: 3, monotime: 3 }), // 4
  deliver(5, 'v1', 1), // 5
  result(5, 'v1', 1), // 6
  deliver(6, 'v1', 2, { replay: true }), // 7: transcript replay
  result(6, 'v1', 2, { replay: true }), // 8: transcript replay
  deliver(undefined, 'v1', 3), // 9: old slog's replay (no crankNum)
  j({ type: 'deliver', crankNum: 7, vatID: 'v1', replay: false, kd: ['message'], vd: ['message'], time: 11, monotime: 2 }), // 10: no deliveryNum
  '{"type":"deliver","crankNum":8,"vatID":"v1",', // 11: garbage
  j({ type: 'clist', crankNum: 1, mode: 'export', vatID: 'v1', kobj: 'ko5', vobj: 'o+5' }), // 12: not used by the sink
  j({ type: 'clist', crankNum: 9, mode: 'import', vatID: 'v1', kobj: 'ko6', vobj: 'o-6' }), // 13
  j({ type: 'clist', crankNum: 9, mode: 'import', vatID: 'v1', vobj: 'o-6' }), // 14: no kobj
  j({ type: 'syscall', crankNum: 9, vatID: 'v1', syscallNum: 0, replay: false, ksc: ['dropImports', ['ko6', 'ko7']], vsc: ['dropImports', ['o-6', 'o-7']] }), // 15
  j({ type: 'syscall-result', crankNum: 9, vatID: 'v1', syscallNum: 0, replay: false, ksr: ['ok', null], vsr: ['ok', null] }), // 16
  j({ type: 'heap-snapshot-save', vatID: 'v1', snapshotID: 'abc', endPosition: 9, time: 12, monotime: 3 }), // 17
  j({ type: 'terminate', vatID: 'v1', shouldReject: false, info: {} }), // 18
  j({ type: 'cosmic-swingset-end-block-finish', blockHeight: 7, blockTime: 100, time: 13, monotime: 4 }), // 19
  j({ type: 'cosmic-swingset-end-block-start', blockTime: 100, time: 14, monotime: 5 }), // 20: no blockHeight
  j({ type: 'cosmic-swingset-run-start', blockHeight: 8, runNum: 1, time: 15, monotime: 6 }), // 21
  j({ type: 'cosmic-swingset-run-finish', blockHeight: 8, runNum: 1, time: 16, monotime: 7 }), // 22
  j({ type: 'some-new-event', time: 17 }), // 23
  '[1,2]', // 24: JSON, but no event object
  j({ time: 18 }), // 25: no type
  '   ', // 26: blank
  j({ type: 'crank-start', crankNum: 10, time: 19 }), // 27: known, not needed
];

const EXPECTED = [
  'createVat v1 alice xsnap',
  'bootstrapStart',
  'bootstrapFinish',
  'endBlockStart 7 @4',
  'deliver v1#1 message foo crank=5 @5',
  'deliverLine crank=5',
  'result v1#1 seconds=undefined heap=500 @6',
  'deliverLine crank=7',
  'clist export v1 crank=1',
  'clist import v1 crank=9',
  'syscallLine',
  'dropImports v1 ko6,ko7 crank=9',
  'syscallResultLine',
  'snapshotSave v1',
  'terminateLine',
  'endBlockFinish 7 t=13',
  'runStart 8 @21',
  'runFinish t=16',
  'end',
];

async function scan(lines: string[], opts: { reference?: boolean; sink?: RecordingSink; maxLineBytes?: number; gzip?: boolean } = {}) {
  const f = path.join(dir, `t-${Math.random().toString(36).slice(2)}.slog${opts.gzip ? '.gz' : ''}`);
  const text = lines.join('\n') + '\n';
  fs.writeFileSync(f, opts.gzip ? zlib.gzipSync(text) : text);
  const sink = opts.sink ?? new RecordingSink();
  const diag = new FileDiagnostics(path.basename(f));
  const counters = { fast: 0, fallback: 0 };
  const scanner = new SlogScanner(sink, diag, { reference: opts.reference, counters });
  const read = await scanner.scan(f, { maxLineBytes: opts.maxLineBytes });
  const warnings = Object.fromEntries(diag.list().map((w) => [w.code, w.examples.map((e) => Number(e.split(':')[1]))]));
  return { sink, scanner, read, warnings, counters };
}

describe('the slog scanner', () => {
  for (const reference of [false, true]) {
    it(`hands each event to the sink, leaves out replays and reports bad lines (${reference ? 'JSON.parse' : 'byte readers'})`, async () => {
      const { sink, scanner, read, warnings } = await scan(LINES, { reference });
      expect(read.lines).toBe(LINES.length);
      expect(sink.calls).toEqual(EXPECTED);
      // Lines 7, 8 (replay: true) and 9 (no crankNum).
      expect(scanner.replaySkipped).toBe(3);
      // Used: create-vat, 2 bootstrap, end-block 4 and 19 (not 20), deliver 5, 9 and 10 (counted,
      // then left out or reported), result 6, clist 13 (not 12: the sink did not use it),
      // dropImports 15, snapshot 17, run-start 21.
      expect(scanner.events).toBe(13);
      expect(warnings).toEqual({
        'wrong-shape': [10, 14, 20, 24, 25],
        'garbage-line': [11],
        'unknown-event': [23],
      });
    });
  }

  it('reads the plain lines with the byte readers, and only the garbage one with JSON.parse', async () => {
    const { counters } = await scan(LINES);
    // Fast: deliver 5, 7, 9, 10, result 6, 8, clist 12, 13, 14, dropImports 15, snapshot 17,
    // end-block 4, 19, 20, run 21, 22.
    expect(counters).toEqual({ fast: 16, fallback: 1 });
  });

  it('reads a rare event only when the sink asks for it', async () => {
    const lines = [j({ type: 'cosmic-swingset-end-block-start', blockHeight: 1, time: 1 }), '{"type":"cosmic-swingset-run-start","blockHeight":2,', '{"type":"cosmic-swingset-run-finish",'];
    const lazy = await scan(lines, { sink: new RecordingSink(false) });
    expect(lazy.warnings).toEqual({});
    expect(lazy.scanner.events).toBe(1);
    const eager = await scan(lines, { sink: new RecordingSink(true) });
    expect(eager.warnings).toEqual({ 'garbage-line': [2, 3] });
    expect(eager.sink.calls).toEqual(['endBlockStart 1 @1', 'runStart undefined @2', 'runFinish t=undefined', 'end']);
  });

  it('reads a line in another JSON layout (sorted keys, spaces) from its parsed event, with a warning', async () => {
    const sorted = (line: string) => {
      const o = JSON.parse(line);
      return JSON.stringify(Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]))).replace(/":/g, '": ');
    };
    const lines = [deliver(5, 'v1', 1), result(5, 'v1', 1), j({ type: 'create-vat', vatID: 'v2', name: 'bob' }), j({ type: 'brand-new', time: 1 })].map(sorted);
    const { sink, warnings, counters } = await scan(lines);
    expect(sink.calls).toEqual(['deliver v1#1 message foo crank=5 @1', 'deliverLine crank=5', 'result v1#1 seconds=undefined heap=500 @2', 'createVat v2 bob undefined', 'end']);
    expect(warnings).toEqual({ 'other-json-layout': [1, 2, 3, 4], 'unknown-event': [4] });
    expect(counters).toEqual({ fast: 0, fallback: 2 });
  });

  it('reports lines over the cap, except create-vat whose leading fields it still reads', async () => {
    const pad = 'x'.repeat(3000);
    const lines = [
      j({ type: 'create-vat', vatID: 'v9', name: 'bob', managerType: 'local', vatSourceBundle: pad }),
      j({ type: 'deliver', crankNum: 1, vatID: 'v9', deliveryNum: 1, replay: false, kd: ['message', pad], vd: ['message'] }),
      j({ note: pad }),
    ];
    const { sink, warnings } = await scan(lines, { maxLineBytes: 1024 });
    expect(sink.calls).toEqual(['createVat v9 bob local', 'end']);
    expect(warnings).toEqual({ 'oversized-line': [2, 3] });
  });

  it('reports what the sink throws on a line and goes on with the next', async () => {
    const { sink, warnings } = await scan([deliver(1, 'vBad', 1), deliver(2, 'v1', 1)], { sink: new RecordingSink(true, 'vBad') });
    expect(warnings).toEqual({ 'line-error': [1] });
    expect(sink.calls).toEqual(['deliver v1#1 message foo crank=2 @2', 'deliverLine crank=2', 'end']);
  });

  it('tells the sink the file ended before it reports a truncated gzip', async () => {
    const f = path.join(dir, 'cut.slog.gz');
    const gz = zlib.gzipSync(LINES.join('\n') + '\n');
    fs.writeFileSync(f, gz.subarray(0, gz.length - 20));
    const sink = new RecordingSink();
    const diag = new FileDiagnostics('cut.slog.gz');
    const read = await new SlogScanner(sink, diag).scan(f);
    expect(read.error).toMatch(/^truncated/);
    expect(sink.calls.at(-1)).toBe('end');
    expect(diag.list().map((w) => w.code)).toContain('truncated-gzip');
  });

  it('hands on every new deliver, deliver-result and clist of a real slog (counted with JSON.parse)', async () => {
    const f = path.resolve(import.meta.dirname, '../../../shared/fixtures/loadgen-leaky/chain-stage-3.slog.gz');
    const want = { deliver: 0, result: 0, clist: 0, replays: 0 };
    for (const line of zlib.gunzipSync(fs.readFileSync(f)).toString('utf8').split('\n')) {
      if (!line) continue;
      const ev = JSON.parse(line);
      if (ev.type === 'deliver' || ev.type === 'deliver-result') {
        if (ev.replay === true || (ev.type === 'deliver' && ev.crankNum === undefined)) want.replays++;
        else if (ev.type === 'deliver') want.deliver++;
        else want.result++;
      } else if (ev.type === 'clist') want.clist++;
    }
    const sink = new RecordingSink();
    const diag = new FileDiagnostics('chain-stage-3.slog.gz');
    const scanner = new SlogScanner(sink, diag);
    await scanner.scan(f);
    const count = (p: string) => sink.calls.filter((c) => c.startsWith(p)).length;
    expect(want.deliver).toBeGreaterThan(1000);
    expect({ deliver: count('deliver '), result: count('result '), clist: count('clist '), replays: scanner.replaySkipped }).toEqual(want);
    expect(diag.list()).toEqual([]);
  });
});
