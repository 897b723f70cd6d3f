/**
 * The translation replay (src/analyzers/clist-translations.ts) on hand-written lines, for the
 * shapes the fixtures do not have: legacy `args` messages, resolve/exit/callNow syscalls, callNow
 * results, abandonExports, re-reaching, vat termination, and how the merge resolves entries that a
 * file mentions without creating. Line shapes follow docs/formats.md §1.5 and the real fixture
 * lines (e.g. `ksc` of resolve/exit/subscribe names the vat after the tag).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlogClistReplay, TranslationReplay } from '../../src/analyzers/clist-translations.js';
import { mergeClist, type ClistFilePartial, type Counts } from '../../src/analyzers/clist-replay.js';
import { pointRows } from '../helpers/clist-rows.js';
import { scanSlogFile } from '../../src/pipeline/file-scan.js';

type Ev = Record<string, unknown>;
const msg = (target: string, slots: string[], result: string | null = null) => ({ methargs: { body: '#["m",[]]', slots }, result });
const deliver = (vatID: string, kd: unknown[], vd: unknown[]): Ev => ({ type: 'deliver', crankNum: 1, vatID, deliveryNum: 1, replay: false, kd, vd });
const syscall = (vatID: string, ksc: unknown[], vsc: unknown[]): Ev => ({ type: 'syscall', crankNum: 1, vatID, deliveryNum: 1, syscallNum: 0, replay: false, ksc, vsc });

/** Feeds events to a fresh replay, one block per call of `block`; returns the file's partial. */
function file(build: (t: TranslationReplay, block: (h: number) => void) => void, genesis: string[] = []): ClistFilePartial {
  const t = new TranslationReplay();
  for (const v of genesis) t.replay.genesisVat(v);
  build(t, (h) => t.replay.checkpoint(h));
  return t.replay.finish(null, 'translations');
}
/** [exports reachable, exports recognizable-only, imports reachable, imports recognizable-only]. */
const objs = (c: Counts | undefined) => (c ? [c[1], c[2], c[3], c[4]] : undefined);

describe('pairing kd/vd and ksc/vsc', () => {
  it('message deliveries (methargs and legacy args), notify, startVat: every ko ↔ o± pair, promises and devices left out', () => {
    const f = file((t) => {
      t.deliver(deliver('v1', ['startVat', { body: '#{}', slots: ['ko1', 'kd30'] }], ['startVat', { body: '#{}', slots: ['o-50', 'd-70'] }]));
      t.deliver(deliver('v1', ['message', 'ko2', msg('ko2', ['ko3', 'kp40'])], ['message', 'o+0', msg('o+0', ['o-51', 'p-60'], 'p-61')]));
      // Before 2022-04: {method, args} instead of methargs.
      t.deliver(deliver('v1', ['message', 'ko2', { method: 'm', args: { body: '[]', slots: ['ko4'] }, result: 'kp41' }], ['message', 'o+0', { method: 'm', args: { body: '[]', slots: ['o-52'] }, result: 'p-62' }]));
      t.deliver(deliver('v1', ['notify', [['kp40', { state: 'fulfilled', data: { body: '#0', slots: ['ko5'] } }]]], ['notify', [['p-60', false, { body: '#0', slots: ['o-53'] }]]]));
      t.deliver(deliver('v1', ['bringOutYourDead'], ['bringOutYourDead']));
    });
    const m = mergeClist([f]);
    // Imports o-50..o-53 (ko1, ko3, ko4, ko5) and the export o+0 (ko2); kp/kd not counted.
    expect(objs(m.final.v1)).toEqual([1, 0, 4, 0]);
    expect(m.sources.v1).toBe('translations');
  });

  it('send / resolve / exit / callNow syscalls and a callNow result; subscribe and vatstore ignored', () => {
    const t = new TranslationReplay();
    expect(t.syscall(syscall('v2', ['send', 'ko9', msg('ko9', ['ko10'], 'kp50')], ['send', 'o-50', msg('o-50', ['o+1'], 'p+5')]))).toBe(true);
    // resolve and exit: the kernel form names the vat after the tag.
    expect(t.syscall(syscall('v2', ['resolve', 'v2', [['kp51', false, { body: '#0', slots: ['ko11'] }]]], ['resolve', [['p-60', false, { body: '#0', slots: ['o+2'] }]]]))).toBe(true);
    expect(t.syscall(syscall('v2', ['exit', 'v2', false, { body: '#0', slots: ['ko12'] }], ['exit', false, { body: '#0', slots: ['o+3'] }]))).toBe(true);
    expect(t.syscall(syscall('v2', ['invoke', 'kd30', 'get', { body: '#0', slots: ['ko13'] }], ['callNow', 'd-70', 'get', { body: '#0', slots: ['o+4'] }]))).toBe(true);
    t.syscallResult({ type: 'syscall-result', crankNum: 1, vatID: 'v2', ksr: ['ok', { body: '#0', slots: ['ko14'] }], vsr: ['ok', { body: '#0', slots: ['o-51'] }] });
    expect(t.syscall(syscall('v2', ['subscribe', 'v2', 'kp50'], ['subscribe', 'p+5']))).toBe(false);
    expect(t.syscall(syscall('v2', ['vatstoreSet', 'v2', 'k', 'ko99'], ['vatstoreSet', 'k', 'o+99']))).toBe(false);
    // 4 syscall lines and 1 result line fed the replay (the scan counts them as events).
    expect(t.lines).toBe(5);
    const m = mergeClist([t.replay.finish(null, 'translations')]);
    // Exports o+1..o+4; imports o-50 (the send target) and o-51 (from the device).
    expect(objs(m.final.v2)).toEqual([4, 0, 2, 0]);
  });

  it('dropImports → recognizable-only; retireImports (syscall) deletes; dropExports / retireExports deliveries; abandonExports', () => {
    const f = file((t) => {
      t.deliver(deliver('v6', ['message', 'ko1', msg('ko1', ['ko2', 'ko3', 'ko4'])], ['message', 'o+0', msg('o+0', ['o-50', 'o-51', 'o-52'])]));
      t.syscall(syscall('v6', ['dropImports', ['ko2', 'ko3']], ['dropImports', ['o-50', 'o-51']]));
      t.syscall(syscall('v6', ['retireImports', ['ko2']], ['retireImports', ['o-50']]));
      t.syscall(syscall('v7', ['send', 'ko20', msg('ko20', ['ko21', 'ko22', 'ko23'])], ['send', 'o-50', msg('o-50', ['o+1', 'o+2', 'o+3'])]));
      t.deliver(deliver('v7', ['dropExports', ['ko21', 'ko22']], ['dropExports', ['o+1', 'o+2']]));
      t.deliver(deliver('v7', ['retireExports', ['ko21']], ['retireExports', ['o+1']]));
      // The kernel names the vat in abandonExports (vatTranslator: ['abandonExports', vatID, krefs]).
      t.syscall(syscall('v7', ['abandonExports', 'v7', ['ko23']], ['abandonExports', ['o+3']]));
    });
    const m = mergeClist([f]);
    expect(objs(m.final.v6)).toEqual([1, 0, 1, 1]); // o+0; o-52 reachable, o-51 recognizable-only
    expect(objs(m.final.v7)).toEqual([0, 1, 1, 0]); // o+2 recognizable-only; o-50 imported by the send
    expect(m.unknownPrior).toBe(0);
  });

  it('re-reaching: a recognizable-only import delivered again, or export sent again, is reachable again', () => {
    const f = file((t) => {
      t.deliver(deliver('v6', ['message', 'ko1', msg('ko1', ['ko2'])], ['message', 'o+0', msg('o+0', ['o-50'])]));
      t.syscall(syscall('v6', ['dropImports', ['ko2']], ['dropImports', ['o-50']]));
      t.syscall(syscall('v6', ['send', 'ko9', msg('ko9', ['ko3'])], ['send', 'o-51', msg('o-51', ['o+1'])]));
      t.deliver(deliver('v6', ['dropExports', ['ko3']], ['dropExports', ['o+1']]));
    });
    expect(objs(mergeClist([f]).final.v6)).toEqual([1, 1, 1, 1]);
    const again = file((t) => {
      t.deliver(deliver('v6', ['message', 'ko1', msg('ko1', ['ko2'])], ['message', 'o+0', msg('o+0', ['o-50'])]));
      t.syscall(syscall('v6', ['dropImports', ['ko2']], ['dropImports', ['o-50']]));
      t.syscall(syscall('v6', ['send', 'ko9', msg('ko9', ['ko3'])], ['send', 'o-51', msg('o-51', ['o+1'])]));
      t.deliver(deliver('v6', ['dropExports', ['ko3']], ['dropExports', ['o+1']]));
      t.deliver(deliver('v6', ['message', 'ko1', msg('ko1', ['ko2'])], ['message', 'o+0', msg('o+0', ['o-50'])]));
      t.syscall(syscall('v6', ['send', 'ko9', msg('ko9', ['ko3'])], ['send', 'o-51', msg('o-51', ['o+1'])]));
    });
    expect(objs(mergeClist([again]).final.v6)).toEqual([2, 0, 2, 0]);
  });

  it('malformed or hostile shapes are ignored without throwing', () => {
    const t = new TranslationReplay();
    let deep: unknown = 'ko1';
    let deepV: unknown = 'o-50';
    for (let i = 0; i < 10_000; i++) {
      deep = [deep];
      deepV = [deepV];
    }
    expect(() => {
      t.deliver(deliver('v1', ['message', 'ko1', deep], ['message', 'o+0', deepV]));
      t.deliver({ type: 'deliver', vatID: 'v1', kd: 'x', vd: null });
      t.deliver(deliver('__proto__', ['message', 'ko1', msg('ko1', ['ko2'])], ['message', 'o+0', msg('o+0', ['o-50'])]));
      t.deliver(deliver('v1', ['dropExports', ['ko1', 'ko2']], ['dropExports', ['o+1']])); // lengths differ: ignored
      t.syscall(syscall('v1', ['retireImports', 'ko2'], ['retireImports', 'o-50']));
      t.syscall({ type: 'syscall', vatID: 7, ksc: [], vsc: [] });
    }).not.toThrow();
    const m = mergeClist([t.replay.finish(null, 'translations')]);
    expect(objs(m.final['__proto__'])).toEqual([1, 0, 1, 0]);
    expect(Object.getPrototypeOf(m.final)).toBeNull();
  });
});

describe('merging files: an entry mentioned again is the same entry', () => {
  const makes = (t: TranslationReplay) => t.deliver(deliver('v6', ['message', 'ko1', msg('ko1', ['ko2', 'ko3'])], ['message', 'o+0', msg('o+0', ['o-50', 'o-51'])]));
  const mentions = (t: TranslationReplay) => t.deliver(deliver('v6', ['message', 'ko1', msg('ko1', ['ko2'])], ['message', 'o+0', msg('o+0', ['o-50'])]));

  it('a later file mentioning earlier entries counts nothing new; its drops and retires apply to them', () => {
    const f1 = file((t, block) => {
      makes(t);
      block(1);
    }, ['v6']);
    const f2 = file((t, block) => {
      mentions(t);
      block(2);
      t.syscall(syscall('v6', ['dropImports', ['ko3']], ['dropImports', ['o-51']]));
      block(3);
      t.syscall(syscall('v6', ['retireImports', ['ko3']], ['retireImports', ['o-51']]));
      block(4);
    });
    const m = mergeClist([f1, f2]);
    // Genesis vat v6: its root o+0 (seeded, then mentioned as a message target), o-50, o-51;
    // o-51, created in the first file, turns recognizable-only in block 3 and is gone in block 4.
    expect(pointRows(m.points.v6).map((p) => [p[0], ...p.slice(1, 5)])).toEqual([
      [1, 1, 0, 2, 0],
      [2, 1, 0, 2, 0],
      [3, 1, 0, 1, 1],
      [4, 1, 0, 1, 0],
    ]);
    expect(m.absolute).toBe(true);
    expect(m.unknownPrior).toBe(0);
  });

  it('the same later file alone: what it mentions is counted once, from its first mention (relative series)', () => {
    const f2 = file((t, block) => {
      mentions(t);
      block(2);
      mentions(t);
      block(3);
    });
    const m = mergeClist([f2]);
    expect(pointRows(m.points.v6).map((p) => [p[0], ...p.slice(1, 5)])).toEqual([[2, 1, 0, 1, 0]]);
    expect(m.absolute).toBe(false);
  });

  it('a drop or retire of an entry no file created is counted as unknown (the series is then relative)', () => {
    const f = file((t) => t.syscall(syscall('v6', ['retireImports', ['ko3']], ['retireImports', ['o-51']])), ['v6']);
    const m = mergeClist([f]);
    expect(m.unknownPrior).toBe(1);
    expect(m.absolute).toBe(false);
  });

  it('vat termination deletes the vat’s whole c-list, including entries of earlier files the file never mentioned', () => {
    const f1 = file((t, block) => {
      makes(t);
      t.syscall(syscall('v6', ['send', 'ko9', msg('ko9', ['ko4'])], ['send', 'o-52', msg('o-52', ['o+1'])]));
      t.deliver(deliver('v7', ['message', 'ko9', msg('ko9', ['ko4'])], ['message', 'o+0', msg('o+0', ['o-60'])]));
      block(1);
    }, ['v6', 'v7']);
    const f2 = file((t, block) => {
      mentions(t);
      block(2);
      t.terminate({ type: 'terminate', vatID: 'v6', shouldReject: false, info: { body: '#0', slots: [] } });
      block(3);
    });
    const m = mergeClist([f1, f2]);
    expect(pointRows(m.points.v6).map((p) => [p[0], ...p.slice(1, 5)])).toEqual([
      [1, 2, 0, 3, 0],
      [2, 2, 0, 3, 0],
      [3, 0, 0, 0, 0],
    ]);
    expect(objs(m.final.v6)).toEqual([0, 0, 0, 0]);
    expect(objs(m.final.v7)).toEqual([1, 0, 1, 0]); // other vats keep theirs
    // After the termination, a later file that mentions v6's old kref again makes a new entry.
    const f3 = file((t) => mentions(t));
    expect(objs(mergeClist([f1, f2, f3]).final.v6)).toEqual([1, 0, 1, 0]);
  });

  it('says per vat what its series was replayed from: clist events, translations, or both (mixed)', () => {
    // The same replay, finished as a file with `clist` events (no source) or from translations.
    const events = (() => {
      const t = new TranslationReplay();
      t.replay.genesisVat('v1');
      makes(t);
      t.deliver(deliver('v8', ['message', 'ko1', msg('ko1', ['ko7'])], ['message', 'o+0', msg('o+0', ['o-70'])]));
      return t.replay.finish(1);
    })();
    const translated = file((t) => {
      mentions(t);
      t.deliver(deliver('v9', ['message', 'ko1', msg('ko1', ['ko8'])], ['message', 'o+0', msg('o+0', ['o-80'])]));
    });
    expect({ ...mergeClist([events, translated]).sources }).toEqual({ v1: 'clist-events', v6: 'mixed', v8: 'clist-events', v9: 'translations' });
    expect({ ...mergeClist([translated]).sources }).toEqual({ v6: 'translations', v9: 'translations' });
  });
});

describe('the file scan: a shadow until the first clist event', () => {
  let dir = '';
  const lines = (evs: Ev[]) => `${evs.map((e) => JSON.stringify(e)).join('\n')}\n`;
  const block = (h: number, evs: Ev[]): Ev[] => [
    { type: 'cosmic-swingset-end-block-start', blockHeight: h, blockTime: h, time: h, monotime: h },
    ...evs,
    { type: 'cosmic-swingset-end-block-finish', blockHeight: h, blockTime: h, time: h + 0.5, monotime: h + 0.5 },
  ];
  const d = (vatID: string, n: number, kd: unknown[], vd: unknown[], extra: Ev = {}): Ev[] => [
    { ...deliver(vatID, kd, vd), deliveryNum: n, time: n, monotime: n, ...extra },
    { type: 'deliver-result', crankNum: 1, vatID, deliveryNum: n, replay: false, dr: ['ok', null, null], time: n + 0.1, monotime: n + 0.1, seconds: 0.1, ...extra },
  ];
  const traffic = [
    ...block(1, [
      ...d('v6', 1, ['message', 'ko1', msg('ko1', ['ko2'])], ['message', 'o+0', msg('o+0', ['o-50'])]),
      syscall('v6', ['vatstoreSet', 'v6', 'k', 'v'], ['vatstoreSet', 'k', 'v']),
      syscall('v6', ['send', 'ko2', msg('ko2', ['ko3'])], ['send', 'o-50', msg('o-50', ['o+1'])]),
    ]),
    ...block(2, [
      // Replays are not new work: neither `replay: true` nor (old slogs) a missing crankNum.
      { ...syscall('v6', ['send', 'ko2', msg('ko2', ['ko8'])], ['send', 'o-50', msg('o-50', ['o+8'])]), replay: true },
      { ...deliver('v6', ['message', 'ko1', msg('ko1', ['ko9'])], ['message', 'o+0', msg('o+0', ['o-59'])]), replay: true },
      ...d('v6', 2, ['dropExports', ['ko3']], ['dropExports', ['o+1']]),
    ]),
  ];
  const clistEvent: Ev = { type: 'clist', crankNum: 1, mode: 'import', vatID: 'v6', kobj: 'ko2', vobj: 'o-50' };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'loadgen-gate-translations-'));
    await writeFile(path.join(dir, 'no-clist.slog'), lines(traffic));
    // The same traffic with the clist events the kernel would write: v6 imports ko2 as o-50 (the
    // delivery), then exports ko3 as o+1 (the send).
    const exported: Ev = { type: 'clist', crankNum: 1, mode: 'export', vatID: 'v6', kobj: 'ko3', vobj: 'o+1' };
    await writeFile(path.join(dir, 'with-clist.slog'), lines([...traffic.slice(0, 2), clistEvent, ...traffic.slice(2, 5), exported, ...traffic.slice(5)]));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('without clist events: replayed from the translations, block by block; replays skipped', async () => {
    const scan = await scanSlogFile(path.join(dir, 'no-clist.slog'));
    expect(scan.clist.source).toBe('translations');
    const m = mergeClist([scan.clist]);
    // v6: block 1 imports o-50 and sends its new export o+1; block 2 drops o+1.
    expect(pointRows(m.points.v6).map((p) => [p[0], ...p.slice(1, 5)])).toEqual([
      [1, 2, 0, 1, 0],
      [2, 1, 1, 1, 0],
    ]);
    // Events: 2 deliveries and their results, 4 block events, and the send syscall, which only the
    // translation replay used (not the vatstore one, nor the replayed ones).
    expect(scan.events).toBe(4 + 4 + 1);
    expect((await scanSlogFile(path.join(dir, 'no-clist.slog'), { translations: false })).clist.source).toBeUndefined();
  });

  it('with a clist event: the shadow is dropped there and the scan equals the scan without it', async () => {
    const on = await scanSlogFile(path.join(dir, 'with-clist.slog'));
    const off = await scanSlogFile(path.join(dir, 'with-clist.slog'), { translations: false });
    expect(on.clist.source).toBeUndefined();
    expect(on).toEqual(off);
    // What the clist events and the dropExports delivery tell: o+1 recognizable-only, o-50. The
    // translations would also have counted the root o+0 (the message target) from block 1.
    expect(mergeClist([on.clist]).final.v6.slice(1, 5)).toEqual([0, 1, 1, 0]);
  });
});

describe('operations that a kernel writing clist events always logs (clistSigns)', () => {
  const signsAfter = (build: (t: TranslationReplay) => void) => {
    const t = new TranslationReplay();
    build(t);
    return t.clistSigns;
  };
  it('counts results delivered or sent, notifies, retires and abandons', () => {
    expect(signsAfter((t) => t.deliver(deliver('v6', ['message', 'ko1', msg('ko1', [], 'kp5')], ['message', 'o+1', msg('o+1', [], 'p-5')])))).toBe(1);
    expect(signsAfter((t) => t.deliver(deliver('v6', ['notify', [['kp5', { state: 'fulfilled', data: { body: '#0', slots: [] } }]]], ['notify', [['p-5', false, { body: '#0', slots: [] }]]])))).toBe(1);
    expect(signsAfter((t) => t.deliver(deliver('v6', ['retireImports', ['ko9']], ['retireImports', ['o-9']])))).toBe(1);
    expect(signsAfter((t) => t.syscall(syscall('v6', ['send', 'ko1', msg('ko1', [], 'kp7')], ['send', 'o-1', msg('o-1', [], 'p+7')])))).toBe(1);
    expect(signsAfter((t) => t.syscall(syscall('v6', ['abandonExports', 'v6', ['ko3']], ['abandonExports', ['o+3']])))).toBe(1);
  });
  it('not a message without a result, a drop, or a first sight of an entry', () => {
    expect(signsAfter((t) => t.deliver(deliver('v6', ['message', 'ko1', msg('ko1', ['ko2'])], ['message', 'o+1', msg('o+1', ['o-2'])])))).toBe(0);
    expect(signsAfter((t) => t.syscall(syscall('v6', ['send', 'ko1', msg('ko1', ['ko4'])], ['send', 'o-1', msg('o-1', ['o+4'])])))).toBe(0);
    expect(signsAfter((t) => t.deliver(deliver('v6', ['dropExports', ['ko3']], ['dropExports', ['o+3']])))).toBe(0);
    expect(signsAfter((t) => t.syscall(syscall('v6', ['dropImports', ['ko2']], ['dropImports', ['o-2']])))).toBe(0);
  });
});

describe('lines without an object kref (`"ko`) are not parsed once the file counts as clist-less', () => {
  it('the file replay, which skips them, ends as a translation replay fed every event', () => {
    const events: Ev[] = [
      deliver('v1', ['message', 'ko2', msg('ko2', ['ko3'], 'kp40')], ['message', 'o+0', msg('o+0', ['o-51'], 'p-60')]),
      // Only promises and devices: no "ko" in the line.
      deliver('v1', ['message', 'kp7', msg('kp7', ['kp8', 'kd1'], 'kp41')], ['message', 'p-9', msg('p-9', ['p-10', 'd-1'], 'p-61')]),
      deliver('v1', ['notify', [['kp40', { state: 'fulfilled', data: { body: '#0', slots: ['kp42'] } }]]], ['notify', [['p-60', false, { body: '#0', slots: ['p-62'] }]]]),
      syscall('v1', ['send', 'kp9', msg('kp9', [], 'kp50')], ['send', 'p-70', msg('p-70', [], 'p+5')]),
      syscall('v1', ['send', 'ko9', msg('ko9', ['ko10'], 'kp51')], ['send', 'o-50', msg('o-50', ['o+1'], 'p+6')]),
      syscall('v1', ['dropImports', ['ko3']], ['dropImports', ['o-51']]),
      { type: 'syscall-result', crankNum: 1, vatID: 'v1', ksr: ['ok', { body: '#0', slots: ['kp52'] }], vsr: ['ok', { body: '#0', slots: ['p-63'] }] },
      { type: 'syscall-result', crankNum: 1, vatID: 'v1', ksr: ['ok', { body: '#0', slots: ['ko14'] }], vsr: ['ok', { body: '#0', slots: ['o-52'] }] },
      deliver('v1', ['retireImports', ['ko3']], ['retireImports', ['o-51']]),
    ];
    // A grace of 1: the file counts as clist-less at the first checkpoint, and the filter is on.
    const fileReplay = new SlogClistReplay(true, 1);
    const direct = new TranslationReplay();
    const feed = (ev: Ev) => {
      const line = Buffer.from(`junk\n${JSON.stringify(ev)}\nmore`);
      const start = 5;
      const end = line.length - 5;
      if (ev.type === 'deliver') fileReplay.deliverLine(line, start, end);
      else if (ev.type === 'syscall') fileReplay.syscallLine(line, start, end);
      else fileReplay.syscallResultLine(line, start, end);
      if (ev.type === 'deliver') direct.deliver(ev);
      else if (ev.type === 'syscall') direct.syscall(ev);
      else direct.syscallResult(ev);
    };
    for (let h = 1; h <= 3; h++) {
      for (const ev of events) feed(ev);
      fileReplay.checkpoint(h);
      direct.replay.checkpoint(h);
    }
    const a = mergeClist([fileReplay.finish(3)]);
    const b = mergeClist([direct.replay.finish(3, 'translations')]);
    expect(pointRows(a.points.v1)).toStrictEqual(pointRows(b.points.v1));
    expect(pointRows(a.points.v1)).toHaveLength(3); // one point per block
    expect(a.final).toStrictEqual(b.final);
    // Exports o+0 (the target) and o+1 (sent); imports o-50 (a send target) and o-52 (a callNow
    // result); o-51 dropped, then retired.
    expect(objs(a.final.v1)).toEqual([2, 0, 2, 0]);
    // The lines that changed the replay are the same too (the scan counts them as events).
    expect(fileReplay.translatedLines).toBe(direct.lines);
  });
});
