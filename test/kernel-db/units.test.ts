import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { censusSnapshot, compareVatIDs, parseClistValue } from '../../src/kernel-db/census.js';
import { censusDeltas } from '../../src/kernel-db/delta.js';
import { snapshotHeight } from '../../src/kernel-db/height.js';
import { isUnsafeMemberName, parseTarVerboseLine, unescapeTarName } from '../../src/kernel-db/tar.js';
import type { KernelCensus, VatCensus } from '../../src/kernel-db/types.js';
import { SMALL_KV, makeKvDb, scratchDir } from './helpers.js';

const base = scratchDir('units');
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

describe('tar listing parser', () => {
  it('parses regular, symlink, hardlink, device and directory lines', () => {
    expect(
      parseTarVerboseLine(
        '-rw-r--r-- 0/0         3719168 2026-11-26 07:33 _agstate/agoric-servers/local-chain-26657-stage-3/data/agoric/swingstore.sqlite',
      ),
    ).toMatchObject({ type: '-', size: 3719168, name: '_agstate/agoric-servers/local-chain-26657-stage-3/data/agoric/swingstore.sqlite' });
    expect(parseTarVerboseLine('lrwxrwxrwx 0/0 0 2026-11-26 08:28 d/swingstore.sqlite -> /etc/passwd')).toMatchObject({
      type: 'l',
      name: 'd/swingstore.sqlite',
      linkTarget: '/etc/passwd',
    });
    expect(parseTarVerboseLine('hrw-r--r-- 0/0 0 2026-11-26 08:28 d/hard link to d/a b')).toMatchObject({
      type: 'h',
      name: 'd/hard',
      linkTarget: 'd/a b',
    });
    expect(parseTarVerboseLine('crw-r--r-- 0/0             1,3 2026-11-26 08:28 cdev')).toMatchObject({ type: 'c', name: 'cdev', size: 0 });
    expect(parseTarVerboseLine('drwxr-xr-x 0/0 0 2026-11-26 08:28:13 d/')).toMatchObject({ type: 'd', name: 'd/' });
    expect(parseTarVerboseLine('-rw-r--r-- root/root 3 2026-11-26 08:28 a  b ')).toMatchObject({ name: 'a  b ' });
    expect(parseTarVerboseLine('garbage')).toBeUndefined();
  });

  it('unescapes GNU tar escape quoting', () => {
    expect(unescapeTarName('d/nl\\nline')).toBe('d/nl\nline');
    expect(unescapeTarName('d/back\\\\slash')).toBe('d/back\\slash');
    expect(unescapeTarName('caf\\303\\251')).toBe('café');
    expect(unescapeTarName('bad\\377')).toBeUndefined();
  });

  it('flags absolute and .. names', () => {
    expect(isUnsafeMemberName('/etc/passwd')).toBe(true);
    expect(isUnsafeMemberName('../evil')).toBe(true);
    expect(isUnsafeMemberName('a/../../b')).toBe(true);
    expect(isUnsafeMemberName('a\\..\\b')).toBe(true);
    expect(isUnsafeMemberName('./a/swingstore.sqlite')).toBe(false);
    expect(isUnsafeMemberName('a/..b/c')).toBe(false);
  });

  it('a name that is not UTF-8 still parses (bad bytes as U+FFFD), so its .. is seen', () => {
    const e = parseTarVerboseLine('-rw-r--r-- 0/0               5 2026-11-26 20:00 \\377/../../evil');
    expect(e?.name).toBe('\ufffd/../../evil');
    expect(isUnsafeMemberName(e!.name)).toBe(true);
    expect(unescapeTarName('bad\\377', true)).toBe('bad\ufffd');
  });
});

describe('census on a synthetic kvStore', () => {
  const f = path.join(base, 'synthetic.sqlite');
  makeKvDb(f, {
    ...SMALL_KV,
    'vat.dynamicIDs': '["v10"]',
    'vats.terminated': '["v11"]',
    'v10.options': '{"managerType":"xs-worker","name":"zcf-1"}',
    'v10.o.nextID': '60',
    'v10.c.ko21': 'R o-55', // second importer of ko21
    'v10.c.ko30': '_ o-56', // orphaned: ko30 has no owner
    'v10.c.kp41': 'R p-60',
    'v10.c.kp42': 'R p+5',
    'v10.c.kd30': 'R d-70',
    'v10.c.ko31': 'R o+d12/3', // durable export
    'v10.c.ko32': 'o-57', // legacy value without a flag → reachable
    'v10.c.o-55': 'ko21', // reverse direction: must not be counted
    'ko30.refCount': '0,1',
    'ko31.owner': 'v10',
    'ko31.refCount': '0,0',
    'ko32.owner': 'v1',
    'ko32.refCount': '2,2',
    'v11.c.ko40': '_ o+9', // terminated, no name/options, still has a c-list
    'v12.vs.x': 'vatstore only', // no c-list: not reported
    'version': '3',
    kernelStats: '{"kernelObjects":7,"clistEntries":"12","bogus":{"x":1}}',
  }).close();
  const c = censusSnapshot(f, { source: 'synthetic', stage: 4 });
  const vat = (id: string): VatCensus => c.vats.find((v) => v.vatID === id)!;

  it('finds vats from names, dynamicIDs and c-list keys, in numeric order', () => {
    expect(c.vats.map((v) => v.vatID)).toEqual(['v1', 'v2', 'v10', 'v11']);
    expect(vat('v10')).toMatchObject({ name: 'zcf-1', managerType: 'xs-worker', dynamic: true, nextImportID: 60 });
    expect(vat('v11')).toMatchObject({ terminated: true, exports: { reachable: 0, recognizableOnly: 1 } });
    expect(vat('v11').name).toBeUndefined();
    expect(vat('v1')).toMatchObject({ name: 'alice', managerType: 'xsnap', nextImportID: 50 });
  });

  it('classifies one c-list direction', () => {
    expect(vat('v1').exports).toEqual({ reachable: 1, recognizableOnly: 1 });
    expect(vat('v2').imports).toEqual({ reachable: 1, recognizableOnly: 1 });
    expect(vat('v10')).toMatchObject({
      exports: { reachable: 1, recognizableOnly: 0 },
      imports: { reachable: 2, recognizableOnly: 1 },
      promises: 2,
      devices: 1,
      clistEntries: 7,
    });
  });

  it('builds the import graph with orphaned krefs under "?"', () => {
    expect(c.importGraph).toEqual([
      { importer: 'v2', exporter: 'v1', total: 2, reachable: 1 },
      { importer: 'v10', exporter: 'v1', total: 2, reachable: 2 },
      { importer: 'v10', exporter: '?', total: 1, reachable: 0 },
    ]);
  });

  it('splits koN.refCount per owner', () => {
    expect(c.recognizableOnlyObjectsByOwner).toEqual({ v1: 1, '?': 1 });
    expect(c.kernelObjects).toEqual({
      total: 5,
      reachable: 2,
      recognizableOnly: 2,
      unreferenced: 1,
      byOwner: {
        v1: { total: 3, reachable: 2, recognizableOnly: 1, unreferenced: 0 },
        v10: { total: 1, reachable: 0, recognizableOnly: 0, unreferenced: 1 },
        '?': { total: 1, reachable: 0, recognizableOnly: 1, unreferenced: 0 },
      },
    });
  });

  it('reads kernel-wide counters', () => {
    expect(c).toMatchObject({ source: 'synthetic', stage: 4, height: 77, koNextID: 22, kpNextID: 40 });
    expect(c.kernelStats).toEqual({ kernelObjects: 7, clistEntries: 12 });
    expect(c.kvRowsScanned).toBeGreaterThan(20);
  });

  it('helpers', () => {
    expect(['v10', 'v2', 'v1', '?', 'd7'].sort(compareVatIDs)).toEqual(['v1', 'v2', 'v10', '?', 'd7']);
    expect(parseClistValue('_ o+d12/3:1')).toEqual({ reachable: false, vref: 'o+d12/3:1' });
    expect(parseClistValue('R o-50')).toEqual({ reachable: true, vref: 'o-50' });
  });
});

const mk = (stage: number | undefined, height: number | undefined, vats: Array<Partial<VatCensus> & { vatID: string }>): KernelCensus => {
  const c: KernelCensus = {
    source: `s${stage}`,
    vats: vats.map((v) => ({
      exports: { reachable: 0, recognizableOnly: 0 },
      imports: { reachable: 0, recognizableOnly: 0 },
      promises: 0,
      devices: 0,
      ...v,
    })),
    importGraph: [],
    recognizableOnlyObjectsByOwner: {},
    kvRowsScanned: 0,
  };
  if (stage !== undefined) c.stage = stage;
  if (height !== undefined) c.height = height;
  return c;
};

describe('census: owner names and counter keys from the DB are data', () => {
  it('a koN.owner or kernelStats key of "__proto__" is counted under that name and touches no prototype', () => {
    const f = path.join(base, 'proto.sqlite');
    makeKvDb(f, {
      ...SMALL_KV,
      'ko21.owner': '__proto__',
      'ko22.owner': 'constructor',
      'ko22.refCount': '1,1',
      kernelStats: '{"__proto__":5,"kernelObjects":7}',
    }).close();
    const c = censusSnapshot(f, { source: 'proto' });
    expect(Object.keys(c.kernelObjects!.byOwner)).toEqual(['v1', '__proto__', 'constructor']);
    expect(c.kernelObjects!.byOwner['__proto__']).toEqual({ total: 1, reachable: 0, recognizableOnly: 1, unreferenced: 0 });
    const sum = Object.values(c.kernelObjects!.byOwner).reduce((a, x) => a + x.total, 0);
    expect(sum).toBe(c.kernelObjects!.total);
    expect(c.recognizableOnlyObjectsByOwner['__proto__']).toBe(1);
    expect(Object.entries(c.kernelStats!)).toEqual([['__proto__', 5], ['kernelObjects', 7]]);
    // Nothing landed on Object.prototype.
    expect(({} as Record<string, unknown>).total).toBeUndefined();
    expect(({} as Record<string, unknown>).recognizableOnly).toBeUndefined();
    // And it survives the report's JSON round trip as an ordinary key.
    expect(JSON.parse(JSON.stringify(c.kernelObjects!.byOwner))['__proto__'].total).toBe(1);
  });
});

describe('censusDeltas', () => {
  it('handles vats present in only one snapshot and per-block normalisation', () => {
    const a = mk(1, 100, [
      { vatID: 'v1', exports: { reachable: 10, recognizableOnly: 0 }, nextImportID: 50 },
      { vatID: 'v3', imports: { reachable: 4, recognizableOnly: 2 }, promises: 3, nextImportID: 70 },
    ]);
    const b = mk(2, 150, [
      { vatID: 'v1', exports: { reachable: 60, recognizableOnly: 5 }, nextImportID: 50 },
      { vatID: 'v12', name: 'zcf', imports: { reachable: 1, recognizableOnly: 0 }, nextImportID: 61 },
    ]);
    const d = censusDeltas([a, b]);
    expect(d.map((x) => [x.vatID, x.presence])).toEqual([
      ['v1', 'both'],
      ['v3', 'from-only'],
      ['v12', 'to-only'],
    ]);
    expect(d[0]).toEqual({
      vatID: 'v1',
      from: 1,
      to: 2,
      fromHeight: 100,
      toHeight: 150,
      blocks: 50,
      exports: { reachable: 50, recognizableOnly: 5 },
      imports: { reachable: 0, recognizableOnly: 0 },
      promises: 0,
      nextImportID: 0,
      perBlock: { exports: 55 / 50, imports: 0 },
      presence: 'both',
    });
    expect(d[1]).toMatchObject({ imports: { reachable: -4, recognizableOnly: -2 }, promises: -3 });
    expect(d[1]!.nextImportID).toBeUndefined();
    expect(d[2]).toMatchObject({ name: 'zcf', imports: { reachable: 1, recognizableOnly: 0 }, nextImportID: 11 });
  });

  it('uses input order when stages/heights are missing', () => {
    const d = censusDeltas([mk(undefined, undefined, [{ vatID: 'v1' }]), mk(undefined, undefined, [{ vatID: 'v1' }]), mk(undefined, undefined, [])]);
    expect(d.map((x) => [x.from, x.to, x.blocks, x.perBlock])).toEqual([
      [0, 1, undefined, undefined],
      [1, 2, undefined, undefined],
    ]);
    expect(censusDeltas([])).toEqual([]);
    expect(censusDeltas([mk(1, 1, [{ vatID: 'v1' }])])).toEqual([]);
  });
});

describe('snapshotHeight', () => {
  const perf = { stages: { '0': {}, '1': { lastBlockHeight: 120 }, '2': { lastBlockHeight: 240 } } };
  it('prefers host.height, then the perf stage lastBlockHeight', () => {
    expect(snapshotHeight(mk(1, 99, []), perf)).toBe(99);
    expect(snapshotHeight(mk(1, undefined, []), perf)).toBe(120);
    expect(snapshotHeight(mk(1, undefined, []), perf, 2)).toBe(240);
    expect(snapshotHeight(mk(0, undefined, []), perf)).toBeUndefined();
    expect(snapshotHeight(mk(undefined, undefined, []), perf)).toBeUndefined();
    expect(snapshotHeight(mk(3, undefined, []))).toBeUndefined();
  });
});
