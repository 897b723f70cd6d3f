/**
 * Slog eras (docs/formats.md §1.2–1.5, §2.2): the frozen modern slice
 * test/fixtures/eras/leaky-stage1-b1-30.slog.gz (real loadgen-leaky stage-1 lines, blocks 1–30;
 * see make-slice.mjs there) is rewritten at test time into older or degraded shapes, and each
 * variant must give the same per-kind/method delivery table and the same BOYD numbers as the
 * original — exactly where the durations come from the same field, and equal to a reference with
 * the same derivable durations (Δtime, Δmonotime) where the `seconds` field is gone.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/shared/report-schema.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { LOCAL_FIXTURES } from '../helpers/fixtures.js';
import { analyze } from './helpers.js';

type Ev = Record<string, any>;
const SLICE = path.join(LOCAL_FIXTURES, 'eras/leaky-stage1-b1-30.slog.gz');
const MODERN: Ev[] = gunzipSync(readFileSync(SLICE)).toString('utf8').trim().split('\n').map((l) => JSON.parse(l));

// ---------------------------------------------------------------------------------------------
// Rewrites (each returns new events; the originals are never mutated)

const clone = (e: Ev): Ev => structuredClone(e);
const isDelivery = (e: Ev) => e.type === 'deliver' || e.type === 'deliver-result';
const without = (e: Ev, keys: string[]): Ev => Object.fromEntries(Object.entries(e).filter(([k]) => !keys.includes(k)));

/** Pairs each non-replay deliver-result with its deliver and sets `seconds` from the given clock. */
function secondsFrom(events: Ev[], clock: 'time' | 'monotime'): Ev[] {
  let open: Ev | null = null;
  return events.map((e0) => {
    const e = clone(e0);
    if (e.type === 'deliver' && !e.replay) open = e;
    else if (e.type === 'deliver-result' && !e.replay) {
      e.seconds = e[clock] - open![clock];
      open = null;
    }
    return e;
  });
}

/**
 * Smallcaps value → pre-smallcaps ("@qclass") JSON value, for the subset these messages use:
 * `$N.iface` remotables, `&N` promises, `!`-escaped strings, `#undefined`, `+N` bigints.
 */
function toLegacy(v: any): any {
  if (Array.isArray(v)) return v.map(toLegacy);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toLegacy(x)]));
  if (typeof v !== 'string') return v;
  let m: RegExpExecArray | null;
  if ((m = /^\$(\d+)\.(.*)$/.exec(v))) return { '@qclass': 'slot', iface: m[2], index: Number(m[1]) };
  if ((m = /^&(\d+)$/.exec(v))) return { '@qclass': 'slot', index: Number(m[1]) };
  if (v === '#undefined') return { '@qclass': 'undefined' };
  if ((m = /^\+(\d+)$/.exec(v))) return { '@qclass': 'bigint', digits: m[1] };
  if (v.startsWith('!')) return v.slice(1);
  if (/^[!"#$%&'()*+,-]/.test(v)) throw new Error(`smallcaps string not handled: ${v}`);
  return v;
}

/** Applies `f` to the message record (`kd[2]`, `vd[2]`) of every `message` delivery. */
function mapMessages(events: Ev[], f: (msg: Ev, vatID: string) => Ev): Ev[] {
  return events.map((e0) => {
    if (e0.type !== 'deliver' || e0.vd?.[0] !== 'message') return e0;
    const e = clone(e0);
    e.vd[2] = f(e.vd[2], e.vatID);
    if (Array.isArray(e.kd)) e.kd[2] = f(e.kd[2], e.vatID);
    return e;
  });
}

const decoded = (msg: Ev): [any, any] => {
  const body: string = msg.methargs.body;
  if (!body.startsWith('#')) throw new Error(`expected smallcaps: ${body}`);
  return JSON.parse(body.slice(1));
};

const VARIANTS: Record<string, { about: string; make: () => Ev[] }> = {
  a_2022_time_first: {
    about: '2021-04 → 2022-06: `time` first, no monotime / seconds / dispatch; block events with only blockHeight/blockTime; no run-*/commit-* events; xs-meter-12 usage without heap count',
    make: () =>
      MODERN.filter((e) => !/^cosmic-swingset-(run|commit-block|after-commit)/.test(e.type)).map((e0) => {
        let e = without(e0, ['monotime', 'seconds', 'dispatch', 'syscall', 'messageType', 'crankType']);
        if (/^cosmic-swingset-(begin|end)-block/.test(e.type)) e = { type: e.type, blockHeight: e.blockHeight, blockTime: e.blockTime, time: e.time };
        if (e.type === 'deliver-result' && Array.isArray(e.dr)) {
          const u = e.dr[2];
          e.dr = [e.dr[0], null, u ? { meterType: 'xs-meter-12', compute: u.compute, allocate: u.allocate } : null];
        }
        const { time, type, ...rest } = e;
        return { time, type, ...rest };
      }),
  },
  b_monotime_no_seconds: {
    about: '2022-06 → 2025-03: monotime present, no `seconds` / dispatch / messageType',
    make: () => MODERN.map((e) => without(e, ['seconds', 'dispatch', 'syscall', 'messageType'])),
  },
  c_legacy_method_args: {
    about: 'before 2022-04: message record `{method, args: capdata, result}` instead of methargs',
    make: () =>
      mapMessages(MODERN, (msg) => {
        const [method, args] = decoded(msg);
        const { methargs, ...rest } = msg;
        return { method, args: { body: JSON.stringify(toLegacy(args)), slots: methargs.slots }, ...rest };
      }),
  },
  d_json_methargs: {
    about: '2022-04 → 2022-10: methargs.body is plain JSON `["produce",[...]]` with @qclass slots',
    make: () => mapMessages(MODERN, (msg) => ({ ...msg, methargs: { ...msg.methargs, body: JSON.stringify(toLegacy(decoded(msg))) } })),
  },
  e_smallcaps_bang_undefined: {
    about: 'smallcaps: leaky’s method escaped as "!produce", sink’s `use` turned into a function call ("#undefined")',
    make: () =>
      mapMessages(MODERN, (msg, vatID) => {
        const [method, args] = decoded(msg);
        const m = vatID === 'v7' ? `!${method}` : vatID === 'v8' ? '#undefined' : method;
        return { ...msg, methargs: { ...msg.methargs, body: `#${JSON.stringify([m, args])}` } };
      }),
  },
  f_replay_inserted: {
    about: 'replayed deliveries inside blocks: the real preamble replay lines, and a replayed copy of the previous block’s BOYD (crankNum and kd removed, `replay` moved to the end of the line)',
    make: () => {
      const preamble = MODERN.filter((e) => isDelivery(e) && e.replay === true);
      expect(preamble.length).toBe(18); // 9 replayed deliveries of the stage-1 preamble
      const out: Ev[] = [];
      let boyd: Ev[] = [];
      for (const e of MODERN) {
        if (e.type === 'deliver' && !e.replay && e.vd[0] === 'bringOutYourDead') boyd = [e];
        else if (e.type === 'deliver-result' && boyd.length === 1 && e.deliveryNum === boyd[0].deliveryNum) boyd.push(e);
        out.push(e);
        if (e.type === 'cosmic-swingset-end-block-start' && e.blockHeight >= 5 && boyd.length === 2) {
          out.push(...preamble);
          for (const b of boyd) {
            const { replay: _r, crankNum: _c, kd: _k, ...rest } = b;
            out.push({ ...rest, replay: true });
          }
        }
      }
      return out;
    },
  },
  g_no_block_events: {
    about: 'no block events at all (swingset-runner without run-start): x-axis falls back to the delivery ordinal',
    make: () => MODERN.filter((e) => !e.type.startsWith('cosmic-swingset-')),
  },
  h_run_start_only: {
    about: 'run-start/run-finish heights only (swingset-runner since 2022-09): no begin-block / end-block events',
    make: () => MODERN.filter((e) => !/^cosmic-swingset-(begin-block|end-block-start|end-block-finish)$/.test(e.type)),
  },
  ref_seconds_from_time: {
    about: 'reference for (a): the modern lines with `seconds` = Δtime',
    make: () => secondsFrom(MODERN, 'time'),
  },
  ref_seconds_from_monotime: {
    about: 'reference for (b): the modern lines with `seconds` = Δmonotime',
    make: () => secondsFrom(MODERN, 'monotime'),
  },
};

// ---------------------------------------------------------------------------------------------
// Independent oracle from the modern lines: per (vat, kind, method) count and total seconds.

function oracle(events: Ev[]): Map<string, { count: number; total: number }> {
  const out = new Map<string, { count: number; total: number }>();
  let open: Ev | null = null;
  for (const e of events) {
    if (e.type === 'deliver' && !e.replay) open = e;
    if (e.type !== 'deliver-result' || e.replay) continue;
    const d = open!;
    expect(d.deliveryNum).toBe(e.deliveryNum);
    const method = d.vd[0] === 'message' ? decoded(d.vd[2])[0] : undefined;
    const key = `${d.vatID} ${d.vd[0]}${method !== undefined ? ` ${method}` : ''}`;
    const o = out.get(key) ?? { count: 0, total: 0 };
    o.count++;
    o.total += e.seconds;
    out.set(key, o);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

const dir = { path: '' };
const reports = new Map<string, RunReport>();
let modern: RunReport;

beforeAll(async () => {
  dir.path = await mkdtemp(path.join(os.tmpdir(), 'loadgen-gate-eras-'));
  const write = async (name: string, events: Ev[]) => {
    const p = path.join(dir.path, `${name}.slog`);
    await writeFile(p, events.map((e) => JSON.stringify(e)).join('\n') + '\n');
    return p;
  };
  modern = await analyze([await write('modern', MODERN)]);
  for (const [name, v] of Object.entries(VARIANTS)) reports.set(name, await analyze([await write(name, v.make())]));
});
afterAll(async () => {
  if (dir.path) await rm(dir.path, { recursive: true, force: true });
});

/** |a − b| within float error of sums of ~1,000 durations of a few ms. */
const close = (a: number | null | undefined, b: number | null | undefined) =>
  a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-12 + 1e-9 * Math.abs(b));

function expectClose(actual: unknown, expected: unknown, where: string): void {
  if (typeof expected === 'number' || typeof actual === 'number') {
    if (!close(actual as number, expected as number)) expect(actual, where).toBe(expected);
    return;
  }
  if (Array.isArray(expected) || (expected && typeof expected === 'object')) {
    expect(actual !== null && typeof actual === 'object', where).toBe(true);
    const keys = new Set([...Object.keys(expected as object), ...Object.keys(actual as object)]);
    for (const k of keys) expectClose((actual as any)[k], (expected as any)[k], `${where}.${k}`);
    return;
  }
  expect(actual, where).toEqual(expected);
}

type KindRow = { vat: string; kind: string; method?: string; count: number; totalSeconds: number; meanFirst100: number | null; meanLast100: number | null; fittedFirst?: number | null; fittedLast?: number | null };
function kindTable(r: RunReport, opts: { fitted: boolean; rename?: (vat: string, m: string) => string } = { fitted: true }): KindRow[] {
  const rows: KindRow[] = [];
  for (const v of r.vats) {
    for (const k of v.deliveryKinds) {
      const row: KindRow = { vat: v.vatID, kind: k.kind, count: k.count, totalSeconds: k.totalSeconds, meanFirst100: k.meanFirst100, meanLast100: k.meanLast100 };
      if (k.method !== undefined) row.method = opts.rename ? opts.rename(v.vatID, k.method) : k.method;
      if (opts.fitted) Object.assign(row, { fittedFirst: k.fittedFirst, fittedLast: k.fittedLast });
      rows.push(row);
    }
  }
  return rows.sort((a, b) => `${a.vat} ${a.kind} ${a.method}`.localeCompare(`${b.vat} ${b.kind} ${b.method}`));
}

function boydTable(r: RunReport, opts: { xStats: boolean } = { xStats: true }) {
  return r.vats
    .filter((v) => v.boyd)
    .map((v) => {
      const b = v.boyd!;
      const row: Record<string, unknown> = { vat: v.vatID, name: v.name, count: b.count, preSnapshotCount: b.preSnapshotCount, firstMean: b.firstMean, lastMean: b.lastMean };
      if (opts.xStats) Object.assign(row, { xFirst: b.xFirst, xLast: b.xLast, olsSlope: b.olsSlope, slopePerBlock: b.slopePerBlock });
      return row;
    });
}

const heaps = (r: RunReport) => r.vats.map((v) => [v.vatID, v.heap?.first ?? null, v.heap?.last ?? null]);

describe('era variants of a real slog slice (loadgen-leaky stage 1, blocks 1–30)', () => {
  it('the modern original: 30 blocks, delivery table equal to an independent count of the lines', () => {
    expect(modern.run.xAxis).toBe('blockHeight');
    expect(modern.run.blockRange).toEqual([1, 30]);
    expect(modern.run.warnings).toEqual([]);
    const want = oracle(MODERN);
    const got = new Map(kindTable(modern).map((k) => [`${k.vat} ${k.kind}${k.method !== undefined ? ` ${k.method}` : ''}`, k]));
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [key, w] of want) {
      expect(got.get(key)!.count, key).toBe(w.count);
      expect(close(got.get(key)!.totalSeconds, w.total), key).toBe(true);
    }
    // What the slice holds (readable check of the table): leaky 30 × produce, 30 BOYDs (31 in-block
    // minus pre-snapshot ones); holder 30 × keep; sink 30 × use.
    expect(got.get('v7 message produce')!.count).toBe(30);
    expect(got.get('v6 message keep')!.count).toBe(30);
    expect(got.get('v8 message use')!.count).toBe(30);
    const boyd = Object.fromEntries(boydTable(modern).map((b) => [b.vat, (b.count as number) + (b.preSnapshotCount as number)]));
    expect(boyd).toMatchObject({ v6: 31, v7: 30, v8: 31, v9: 31 });
    expect(modern.vats.filter((v) => v.boyd).every((v) => v.boyd!.xFirst! >= 1 && v.boyd!.xLast! <= 30)).toBe(true);
  });

  it('the rewrites produce the intended line shapes (self-check of the test data)', () => {
    const v = (name: string) => VARIANTS[name].make();
    const deliveries = (evs: Ev[]) => evs.filter((e) => e.type === 'deliver' && !e.replay);
    const messages = (evs: Ev[]) => deliveries(evs).filter((e) => e.vd[0] === 'message');
    const a = v('a_2022_time_first');
    expect(a.every((e) => Object.keys(e)[0] === 'time' && !('monotime' in e) && !('seconds' in e) && !('dispatch' in e))).toBe(true);
    expect(a.some((e) => /^cosmic-swingset-(run|commit)/.test(e.type))).toBe(false);
    const b = v('b_monotime_no_seconds');
    expect(b.every((e) => !('seconds' in e) && !('dispatch' in e))).toBe(true);
    expect(b.filter(isDelivery).every((e) => typeof e.monotime === 'number')).toBe(true);
    const c = messages(v('c_legacy_method_args'));
    expect(c.length).toBe(messages(MODERN).length);
    expect(c.every((e) => typeof e.vd[2].method === 'string' && !('methargs' in e.vd[2]) && typeof e.kd[2].method === 'string')).toBe(true);
    expect(c.find((e) => e.vatID === 'v6')!.vd[2].args.body).toMatch(/^\[\[\{"@qclass":"slot","iface":"Alleged: SeatHandle","index":0\}/);
    const d = messages(v('d_json_methargs'));
    expect(d.every((e) => e.vd[2].methargs.body.startsWith('["'))).toBe(true);
    expect(d.find((e) => e.vatID === 'v7')!.vd[2].methargs.body).toBe('["produce",[1,10,10,2]]');
    const e = messages(v('e_smallcaps_bang_undefined'));
    expect(e.find((x) => x.vatID === 'v7')!.vd[2].methargs.body).toBe('#["!produce",[1,10,10,2]]');
    expect(e.find((x) => x.vatID === 'v8')!.vd[2].methargs.body).toMatch(/^#\["#undefined",/);
    const f = v('f_replay_inserted');
    expect(f.filter((x) => x.replay === true).length).toBe(18 + 26 * 20); // preamble + 20 lines in each of blocks 5–30
    expect(deliveries(f).length).toBe(deliveries(MODERN).length);
    expect(v('g_no_block_events').some((x) => x.type.startsWith('cosmic-swingset-'))).toBe(false);
    const h = v('h_run_start_only');
    expect(h.some((x) => x.type.includes('end-block') || x.type.includes('begin-block'))).toBe(false);
    expect(h.filter((x) => x.type === 'cosmic-swingset-run-start').length).toBe(30);
    // The Δtime / Δmonotime references really differ from the kernel's `seconds` (else (a)/(b) would prove nothing).
    const total = (r: RunReport) => kindTable(r).reduce((acc, k) => acc + k.totalSeconds, 0);
    expect(Math.abs(total(reports.get('ref_seconds_from_time')!) - total(modern))).toBeGreaterThan(1e-6);
    expect(Math.abs(total(reports.get('ref_seconds_from_monotime')!) - total(modern))).toBeGreaterThan(1e-6);
  });

  it('(a) 2021–22 `time`-first lines: durations from Δtime, everything else as the original', () => {
    const a = reports.get('a_2022_time_first')!;
    const ref = reports.get('ref_seconds_from_time')!;
    expect(a.run.xAxis).toBe('blockHeight');
    expect(a.run.blockRange).toEqual([1, 30]);
    expect(a.run.warnings).toEqual([]);
    // Same rows and counts as the original …
    expect(kindTable(a).map(({ vat, kind, method, count }) => ({ vat, kind, method, count }))).toEqual(
      kindTable(modern).map(({ vat, kind, method, count }) => ({ vat, kind, method, count })),
    );
    // … durations exactly the Δtime ones (reference = original lines with seconds := Δtime) …
    expectClose(kindTable(a), kindTable(ref), 'kinds');
    expectClose(boydTable(a), boydTable(ref), 'boyd');
    // … which differ from the kernel's `seconds` by the logging overhead only (≤ 68 µs per delivery in this slice).
    for (const [x, m] of boydTable(a).map((b, i) => [b, boydTable(modern)[i]])) {
      expect(Math.abs((x.firstMean as number) - (m.firstMean as number))).toBeLessThan(1e-4);
    }
    // xs-meter-12 had no currentHeapCount: no heap numbers at all, and no crash.
    expect(a.vats.every((v) => v.heap === null)).toBe(true);
  });

  it('(b) monotime without `seconds`: durations from Δmonotime', () => {
    const b = reports.get('b_monotime_no_seconds')!;
    const ref = reports.get('ref_seconds_from_monotime')!;
    expect(b.run.warnings).toEqual([]);
    expectClose(kindTable(b), kindTable(ref), 'kinds');
    expectClose(boydTable(b), boydTable(ref), 'boyd');
    expect(heaps(b)).toEqual(heaps(modern));
    expect(kindTable(b).map((k) => k.count)).toEqual(kindTable(modern).map((k) => k.count));
  });

  it.each([
    ['c_legacy_method_args', '(c) legacy vd[2].method / args'],
    ['d_json_methargs', '(d) JSON (non-smallcaps) methargs.body'],
    ['f_replay_inserted', '(f) replay:true lines inserted in blocks'],
    ['h_run_start_only', '(h) run-start heights only'],
  ])('%s: identical delivery table and BOYD numbers — %s', (name) => {
    const r = reports.get(name)!;
    expect(r.run.warnings).toEqual([]);
    expectClose(kindTable(r), kindTable(modern), 'kinds');
    expectClose(boydTable(r), boydTable(modern), 'boyd');
    expect(heaps(r)).toEqual(heaps(modern));
    expect(r.run.blockRange).toEqual([1, 30]);
  });

  it('(e) smallcaps "!produce" decodes to produce; "#undefined" is a function call', () => {
    const e = reports.get('e_smallcaps_bang_undefined')!;
    const rename = (vat: string, m: string) => (vat === 'v8' && m === 'use' ? '(function call)' : m);
    expectClose(kindTable(e), kindTable(modern, { fitted: true, rename }), 'kinds');
    expectClose(boydTable(e), boydTable(modern), 'boyd');
    const methods = (vat: string) => e.vats.find((v) => v.vatID === vat)!.deliveryKinds.filter((k) => k.kind === 'message').map((k) => k.method);
    expect(methods('v7')).toEqual(['produce']);
    expect(methods('v8')).toEqual(['(function call)']);
  });

  it('(f) the inserted replays are counted as skipped, not as deliveries', () => {
    const f = reports.get('f_replay_inserted')!;
    const n = (r: RunReport) => r.vats.reduce((a, v) => a + v.deliveries, 0);
    expect(n(f)).toBe(n(modern));
    expect(f.run.blocks).toBe(modern.run.blocks);
  });

  it('(g) no block events: x-axis is the delivery ordinal, named in the markdown; same counts and durations', () => {
    const g = reports.get('g_no_block_events')!;
    expect(g.run.xAxis).toBe('deliveryOrdinal');
    expect(g.run.blocks).toBe(0);
    expect(renderMarkdown(g)).toContain('delivery ordinal (no block events in the slog)');
    // Fitted values and slopes are per delivery here, not per block: compare the rest.
    expectClose(kindTable(g, { fitted: false }), kindTable(modern, { fitted: false }), 'kinds');
    expectClose(boydTable(g, { xStats: false }), boydTable(modern, { xStats: false }), 'boyd');
    expect(heaps(g)).toEqual(heaps(modern));
  });

  it('(h) run-start heights only: x-axis runBlockHeight, named in the markdown', () => {
    const h = reports.get('h_run_start_only')!;
    expect(h.run.xAxis).toBe('runBlockHeight');
    expect(renderMarkdown(h)).toContain('run block height 1–30');
  });
});
