import { access, readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { censusSnapshot } from '../../src/kernel-db/census.js';
import { censusDeltas } from '../../src/kernel-db/delta.js';
import { snapshotHeight, type PerfStagesLike } from '../../src/kernel-db/height.js';
import { openSnapshot } from '../../src/kernel-db/open-snapshot.js';
import type { KernelCensus, VatCensus } from '../../src/kernel-db/types.js';
import { fixture, truth } from '../helpers/fixtures.js';

type Run = 'loadgen-leaky' | 'loadgen-clean' | 'loadgen-weak';
const RUNS: Run[] = ['loadgen-leaky', 'loadgen-clean', 'loadgen-weak'];
const STAGES = [1, 2, 3] as const;
const MEMBER = (n: number) => `_agstate/agoric-servers/local-chain-26657-stage-${n}/data/agoric/swingstore.sqlite`;

interface Expected {
  exports_reachable: number;
  exports_recognizable_only: number;
  imports_reachable: number;
  imports_recognizable_only: number;
  total: number;
}

/**
 * truth.json `vats.vNN.clist.per_stage.N`: use the split keys when present, else derive them from
 * `exports`/`imports`/`recognizable_only` (leaky/clean have no recognizable-only entries at all).
 */
function expectedSplit(ps: Record<string, number | undefined>): Expected {
  const exports = ps.exports ?? 0;
  const imports = ps.imports ?? 0;
  const er = ps.exports_recognizable_only ?? (ps.recognizable_only === 0 ? 0 : undefined);
  const ir = ps.imports_recognizable_only ?? (ps.recognizable_only === 0 ? 0 : undefined);
  if (er === undefined || ir === undefined) throw new Error(`cannot derive split from ${JSON.stringify(ps)}`);
  return {
    exports_reachable: ps.exports_reachable ?? exports - er,
    exports_recognizable_only: er,
    imports_reachable: ps.imports_reachable ?? imports - ir,
    imports_recognizable_only: ir,
    total: ps.total ?? exports + imports,
  };
}

const actualSplit = (v: VatCensus): Expected => ({
  exports_reachable: v.exports.reachable,
  exports_recognizable_only: v.exports.recognizableOnly,
  imports_reachable: v.imports.reachable,
  imports_recognizable_only: v.imports.recognizableOnly,
  total: v.exports.reachable + v.exports.recognizableOnly + v.imports.reachable + v.imports.recognizableOnly,
});

async function perfStages(run: Run): Promise<PerfStagesLike> {
  const lines = (await readFile(fixture(run, 'perf.jsonl'), 'utf8')).trim().split('\n');
  const finish = lines.map((l) => JSON.parse(l)).find((e) => e.type === 'perf-finish');
  return finish.stats;
}

const censuses = new Map<string, KernelCensus>();
const members = new Map<string, string | undefined>();

beforeAll(async () => {
  for (const run of RUNS) {
    for (const stage of STAGES) {
      const file = fixture(run, `chain-stage-${stage}-storage.tar.xz`);
      const snap = await openSnapshot(file);
      try {
        members.set(`${run}/${stage}`, snap.member);
        censuses.set(`${run}/${stage}`, censusSnapshot(snap.dbPath, { source: file, stage }));
      } finally {
        await snap.cleanup();
      }
    }
  }
});

describe.each(RUNS)('%s storage snapshots', (run) => {
  let t: any;
  beforeAll(async () => {
    t = await truth(run);
  });

  it.each(STAGES)('stage %i: extracts the swingstore member', (stage) => {
    expect(members.get(`${run}/${stage}`)).toBe(MEMBER(stage));
  });

  it.each(STAGES)('stage %i: per-vat c-list split equals truth.json', (stage) => {
    const c = censuses.get(`${run}/${stage}`)!;
    expect(c.stage).toBe(stage);
    const vatIDs = Object.keys(t.vats);
    expect(vatIDs.length).toBe(9);
    expect(c.vats.map((v) => v.vatID)).toEqual(vatIDs);
    for (const vatID of vatIDs) {
      const want = expectedSplit(t.vats[vatID].clist.per_stage[String(stage)]);
      const got = c.vats.find((v) => v.vatID === vatID)!;
      expect({ vatID, ...actualSplit(got) }).toEqual({ vatID, ...want });
      expect(got.name).toBe(t.vats[vatID].name);
    }
  });

  it('names, manager types and kernel counters', () => {
    const c = censuses.get(`${run}/3`)!;
    const byID = new Map(c.vats.map((v) => [v.vatID, v]));
    expect(byID.get('v3')!.managerType).toBe('local'); // comms
    expect(byID.get('v7')!.managerType).toBe('xsnap');
    expect(byID.get('v1')!.devices).toBe(1); // bootstrap holds the vatAdmin device
    expect(c.height).toBeUndefined(); // the driver writes no host.height
    expect(c.koNextID).toBeGreaterThan(20);
    expect(c.kpNextID).toBeGreaterThan(40);
    expect(typeof c.kernelStats?.runQueueLength).toBe('number');
    expect(c.kvRowsScanned).toBeGreaterThan(0);
  });

  it('deltas between stages equal truth.json deltas; heights from perf.jsonl', async () => {
    const perf = await perfStages(run);
    const snaps = STAGES.map((s) => {
      const c = { ...censuses.get(`${run}/${s}`)! };
      const h = snapshotHeight(c, perf);
      if (h !== undefined) c.height = h;
      return c;
    });
    expect(snaps.map((s) => s.height)).toEqual([120, 240, 360]);
    const deltas = censusDeltas(snaps);
    expect(deltas.length).toBe(2 * 9);
    for (const d of deltas) {
      const want = t.vats[d.vatID].clist.deltas[`${d.from}->${d.to}`];
      expect(d.blocks).toBe(120);
      expect(d.presence).toBe('both');
      expect(d.exports.reachable + d.exports.recognizableOnly).toBe(want.exports);
      expect(d.imports.reachable + d.imports.recognizableOnly).toBe(want.imports);
      expect(d.exports.recognizableOnly + d.imports.recognizableOnly).toBe(want.recognizable_only);
      expect(d.exports.reachable + d.imports.reachable).toBe(want.reachable);
    }
    const first = censusDeltas([snaps[0]!, snaps[2]!]);
    for (const d of first) {
      const v = t.vats[d.vatID].clist;
      const total = d.exports.reachable + d.exports.recognizableOnly + d.imports.reachable + d.imports.recognizableOnly;
      expect(total).toBe(v.first_to_last_snapshot_delta);
    }
  });
});

describe('loadgen-leaky / clean specifics', () => {
  it('leaky: holder v6 imports 1800 reachable objects from leaky v7; no recognizable-only objects', () => {
    const c = censuses.get('loadgen-leaky/3')!;
    expect(c.importGraph).toContainEqual({ importer: 'v6', exporter: 'v7', total: 1800, reachable: 1800 });
    expect(c.recognizableOnlyObjectsByOwner).toEqual({});
  });
  it('leaky: holder nextImportID grows by 1200 per stage (10 imports per block)', () => {
    const ids = STAGES.map((s) => censuses.get(`loadgen-leaky/${s}`)!.vats.find((v) => v.vatID === 'v6')!.nextImportID!);
    expect(ids[1]! - ids[0]!).toBe(1200);
    expect(ids[2]! - ids[1]!).toBe(1200);
  });
  it('clean: no import edge into the holder grows', () => {
    const c = censuses.get('loadgen-clean/3')!;
    expect(c.importGraph.filter((e) => e.importer === 'v6')).toEqual([]);
    expect(c.recognizableOnlyObjectsByOwner).toEqual({});
  });
});

describe('loadgen-weak: recognizable-only imports (agoric-sdk #4525)', () => {
  let t: any;
  beforeAll(async () => {
    t = await truth('loadgen-weak');
  });

  it('holder v6 has 1800 recognizable-only imports at stage 3, all from v7 with 0 reachable', () => {
    const c = censuses.get('loadgen-weak/3')!;
    const v6 = c.vats.find((v) => v.vatID === 'v6')!;
    expect(v6.name).toBe('holder');
    expect(v6.imports).toEqual({ reachable: 0, recognizableOnly: 1800 });
    expect(v6.exports).toEqual({ reachable: 1, recognizableOnly: 0 });
    expect(c.importGraph).toEqual([
      { importer: 'v6', exporter: 'v7', total: 1800, reachable: 0 },
      { importer: 'v7', exporter: 'v6', total: 1, reachable: 1 },
      { importer: 'v9', exporter: 'v8', total: 1, reachable: 1 },
    ]);
    expect(t.expected.weak_imports).toEqual({ 'v6:holder': 1800 });
  });

  it.each(STAGES)('stage %i: koN.refCount splits equal truth.json kernel_object_refcounts', (stage) => {
    const c = censuses.get(`loadgen-weak/${stage}`)!;
    const want = t.kernel_object_refcounts[String(stage)];
    const conv = (x: any) => ({
      total: x.total,
      reachable: x.reachable,
      recognizableOnly: x.recognizable_only,
      unreferenced: x.unreferenced,
    });
    expect(c.kernelObjects).toEqual({
      ...conv(want),
      byOwner: Object.fromEntries(Object.entries(want.by_owner).map(([k, v]) => [k, conv(v)])),
    });
    expect(c.recognizableOnlyObjectsByOwner).toEqual({ v7: 600 * stage });
  });
});

describe('large/leak-xsnap.stage2.sqlite.gz (gzipped sqlite)', () => {
  let c: KernelCensus;
  let tempDir: string | undefined;
  beforeAll(async () => {
    const file = fixture('large', 'leak-xsnap.stage2.sqlite.gz');
    const snap = await openSnapshot(file);
    tempDir = snap.tempDir;
    try {
      c = censusSnapshot(snap.dbPath, { source: file, stage: 2 });
    } finally {
      await snap.cleanup();
    }
  });

  it('gunzips into a temp dir that cleanup() removes', async () => {
    expect(tempDir).toBeDefined();
    await expect(access(tempDir!)).rejects.toThrow();
  });

  it('one c-list direction = half of the README vNN.c.* key counts (10,002 / 10,004)', () => {
    const v = new Map(c.vats.map((x) => [x.vatID, x]));
    expect(v.get('v6')!.clistEntries).toBe(10_002 / 2);
    expect(v.get('v7')!.clistEntries).toBe(10_004 / 2);
    expect(v.get('v6')!.imports).toEqual({ reachable: 5000, recognizableOnly: 0 });
    expect(v.get('v6')!.exports).toEqual({ reachable: 1, recognizableOnly: 0 });
    expect(v.get('v7')!.exports).toEqual({ reachable: 5001, recognizableOnly: 0 });
    expect(v.get('v7')!.imports).toEqual({ reachable: 1, recognizableOnly: 0 });
    for (const id of ['v1', 'v2', 'v3', 'v4', 'v5', 'v8', 'v9']) expect(v.get(id)!.clistEntries).toBeLessThanOrEqual(2);
  });

  it('kernel objects = 5,005 (README kernelObjects), all reachable; import graph v6 <- v7', () => {
    expect(c.kernelObjects!.total).toBe(5005);
    expect(c.kernelObjects!.reachable).toBe(5005);
    expect(c.recognizableOnlyObjectsByOwner).toEqual({});
    expect(c.importGraph[0]).toEqual({ importer: 'v6', exporter: 'v7', total: 5000, reachable: 5000 });
    expect(c.koNextID).toBe(20029);
    expect(c.kpNextID).toBe(20043);
    expect(c.vats.find((x) => x.vatID === 'v6')!.nextImportID).toBe(10050);
  });
});
