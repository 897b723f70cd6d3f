/**
 * The promise half of the census on loadgen-promises' three storage snapshots, against truth.json:
 * each vat's `vNN.c.kpNN` entries split by vref sign (`clist_promises`), and the kernel promise
 * table by state and decider (`kernel_promises`); the unresolved-promise graph says who holds and
 * who subscribes to what leaky decides.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { censusSnapshot } from '../../src/kernel-db/census.js';
import { openSnapshot } from '../../src/kernel-db/open-snapshot.js';
import type { KernelCensus } from '../../src/kernel-db/types.js';
import { fixture } from '../helpers/fixtures.js';

const RUN = 'loadgen-promises';
const STAGES = [1, 2, 3] as const;
const censuses = new Map<number, KernelCensus>();
let truth: any;

beforeAll(async () => {
  truth = JSON.parse(await readFile(fixture(RUN, 'truth.json'), 'utf8'));
  for (const stage of STAGES) {
    const file = fixture(RUN, `chain-stage-${stage}-storage.tar.xz`);
    const snap = await openSnapshot(file);
    try {
      censuses.set(stage, censusSnapshot(snap.dbPath, { source: file, stage }));
    } finally {
      await snap.cleanup();
    }
  }
}, 120_000);

describe(`${RUN} storage snapshots: promise entries and the kernel promise table`, () => {
  it.each(STAGES)('stage %i: every vat’s promise entries by sign = truth clist_promises (0 where truth has none)', (stage) => {
    const c = censuses.get(stage)!;
    for (const v of c.vats) {
      const want = truth.vats[v.vatID]?.clist_promises?.per_stage[String(stage)] ?? { total: 0, exports: 0, imports: 0 };
      expect({ total: v.promises, ...(v.promiseSplit ?? { exports: 0, imports: 0 }) }, v.vatID).toEqual(want);
    }
  });

  it.each(STAGES)('stage %i: kpNN.state totals and unresolved by decider = truth kernel_promises', (stage) => {
    const k = censuses.get(stage)!.kernelPromises!;
    const want = truth.kernel_promises[String(stage)];
    expect(k.total).toBe(want.total);
    expect(k.byState).toEqual(want.by_state);
    expect(k.unresolvedByDecider).toEqual(want.unresolved_by_decider);
  });

  it.each(STAGES)('stage %i: holder holds and subscribes to every unresolved promise leaky decides; each has a refCount of 2 (both c-lists)', (stage) => {
    const c = censuses.get(stage)!;
    const n = truth.kernel_promises[String(stage)].unresolved_by_decider.v7;
    expect(c.promiseGraph).toEqual([
      { holder: 'v6', decider: 'v7', unresolved: n, subscribed: n },
      { holder: 'v7', decider: 'v7', unresolved: n, subscribed: 0 },
    ]);
    expect(c.kernelPromises!.unresolvedBySubscriber).toEqual({ v6: n });
    expect(c.kernelPromises!.unresolvedRefCount).toBe(2 * n);
    expect(c.vats.find((v) => v.vatID === 'v6')!.unresolvedPromises).toBe(n);
  });
});
