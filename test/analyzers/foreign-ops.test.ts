/**
 * The foreign-op store (src/analyzers/foreign-ops.ts): typed columns that grow, keep text krefs
 * and wipes apart, are trimmed before a scan result is posted, and survive structured cloning.
 */
import { describe, expect, it } from 'vitest';
import { emptyOps, opKref, OP_ENSURE, OP_EXACT, OP_ROOT, OP_WIPE, pushOp, trimOps } from '../../src/analyzers/foreign-ops.js';
import { mergeClist } from '../../src/analyzers/clist-replay.js';
import { pointRows } from '../helpers/clist-rows.js';
import { TranslationReplay } from '../../src/analyzers/clist-translations.js';
import { krefKey } from '../../src/slog/kref.js';

describe('foreign op store', () => {
  it('keeps every op through growth, with text krefs and wipes', () => {
    const ops = emptyOps();
    for (let i = 0; i < 1000; i++) {
      const kref = i === 500 ? 'ko-odd' : i === 700 ? null : krefKey(`ko${i}`);
      pushOp(ops, i % 3, kref, i * 2, (i % 7) - 1, i === 700 ? OP_WIPE : i % 16);
    }
    expect(ops.length).toBe(1000);
    expect(ops.kref.length).toBeGreaterThanOrEqual(1000);
    expect(opKref(ops, 0)).toBe(krefKey('ko0'));
    expect(opKref(ops, 999)).toBe(krefKey('ko999'));
    expect(opKref(ops, 500)).toBe('ko-odd');
    expect(opKref(ops, 700)).toBe('');
    expect(ops.flags[700]).toBe(OP_WIPE);
    expect([ops.vat[998], ops.pointIndex[998], ops.assumed[998], ops.flags[998]]).toEqual([998 % 3, 1996, (998 % 7) - 1, 998 % 16]);
    expect(ops.assumed[0]).toBe(-1);
  });

  it('trims to its length, and a clone keeps the columns', () => {
    const ops = emptyOps();
    for (let i = 0; i < 63; i++) pushOp(ops, 0, krefKey(`kp${i}`), i, 3, OP_ENSURE | OP_EXACT);
    pushOp(ops, 1, 'ko-text', 63, 1, 0);
    pushOp(ops, 1, null, 64, 0, OP_WIPE);
    expect(ops.kref.length).toBe(128);
    trimOps(ops);
    for (const col of [ops.vat, ops.kref, ops.pointIndex, ops.assumed, ops.flags]) expect(col.length).toBe(65);
    const c = structuredClone(ops);
    expect(c.kref).toBeInstanceOf(Float64Array);
    expect(Array.from(c.kref)).toEqual(Array.from(ops.kref));
    expect(Array.from(c.flags)).toEqual(Array.from(ops.flags));
    expect([opKref(c, 0), opKref(c, 62), opKref(c, 63), opKref(c, 64)]).toEqual([krefKey('kp0'), krefKey('kp62'), 'ko-text', '']);
    expect([c.flags[64], c.vat[64], c.pointIndex[64]]).toEqual([OP_WIPE, 1, 64]);
  });
});

describe('foreign ops through the merge', () => {
  /** Two files replayed from translations: v6 imports ko20..ko29 in the first, drops three in the second. */
  function files() {
    const deliver = (t: TranslationReplay, krefs: number[]) =>
      t.deliver({ vatID: 'v6', kd: ['message', 'ko1', { methargs: { body: '#[]', slots: krefs.map((k) => `ko${k}`) }, result: null }], vd: ['message', 'o+0', { methargs: { body: '#[]', slots: krefs.map((k) => `o-${k}`) }, result: null }] });
    const a = new TranslationReplay();
    a.replay.genesisVat('v6');
    deliver(a, [20, 21, 22, 23, 24, 25, 26, 27, 28, 29]);
    a.replay.checkpoint(1);
    const b = new TranslationReplay();
    deliver(b, [20, 21]);
    b.replay.checkpoint(2);
    b.syscall({ vatID: 'v6', ksc: ['dropImports', ['ko20', 'ko21', 'ko22']], vsc: ['dropImports', ['o-20', 'o-21', 'o-22']] });
    b.replay.checkpoint(3);
    return [a.replay.finish(3, 'translations'), b.replay.finish(3, 'translations')];
  }

  it('the second file’s ops resolve against the first file’s entries, cloned or not', () => {
    const direct = mergeClist(files());
    const cloned = mergeClist(files().map((f) => structuredClone(f)));
    // [height, exports reachable, exports recognizable-only, imports reachable, imports recognizable-only, promises, devices]
    const expected = [
      [1, 1, 0, 10, 0, 0, 0],
      [2, 1, 0, 10, 0, 0, 0],
      [3, 1, 0, 7, 3, 0, 0],
    ];
    expect(pointRows(direct.points.v6)).toEqual(expected);
    expect(pointRows(cloned.points.v6)).toEqual(expected);
    expect(direct.unknownPrior).toBe(0);
  });
});
