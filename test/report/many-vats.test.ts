/**
 * What follows the read stays linear in the number of vats (issue: 50,000 vats took minutes).
 * Measured as work, not time: the reads of the per-vat inputs the report scans (the delivery
 * accumulators, each snapshot's vats and import edges), and the peer levels the common-mode
 * correction computes, for N and 2N vats. Linear work doubles; a per-vat scan of every vat
 * quadruples.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { manyVatsLines } from '../../scripts/gen-many-vats.mjs';
import { scanSlogFile } from '../../src/pipeline/file-scan.js';
import { mergeScans } from '../../src/pipeline/merge-scans.js';
import { buildReport } from '../../src/report/build-report.js';
import { gate } from '../../src/gate/gate.js';
import { commonModes, type PerBlock } from '../../src/analyzers/common-mode.js';
import { DEFAULT_POLICY } from '../../src/shared/policy.js';
import type { KernelCensus } from '../../src/kernel-db/types.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-many-vats-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** `list` behind a proxy that counts the reads of its elements into `count.reads`. */
function counted<T>(list: T[], count: { reads: number }): T[] {
  return new Proxy(list, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) count.reads++;
      return Reflect.get(target, key, receiver);
    },
  });
}

/** Two snapshots of `n` vats, each importing 3 objects from the next vat. */
function censuses(n: number, count: { reads: number }): KernelCensus[] {
  return [1, 2].map((stage) => {
    const vats = Array.from({ length: n }, (_, i) => ({
      vatID: `v${i + 1}`,
      exports: { reachable: stage * 3, recognizableOnly: 0 },
      imports: { reachable: stage * 3, recognizableOnly: 0 },
      promises: 0,
      devices: 0,
    }));
    const importGraph = vats.map((v, i) => ({ importer: v.vatID, exporter: `v${((i + 1) % n) + 1}`, total: stage * 3, reachable: stage * 3 }));
    return {
      source: `stage-${stage}.sqlite`, stage, height: stage * 50, vats: counted(vats, count), importGraph: counted(importGraph, count),
      recognizableOnlyObjectsByOwner: {}, kvRowsScanned: 0,
    };
  });
}

async function reportWork(n: number) {
  const file = path.join(dir, `vats-${n}.slog`);
  fs.writeFileSync(file, `${[...manyVatsLines({ vats: n, blocks: 100, boyds: 12 })].join('\n')}\n`);
  const merged = mergeScans([await scanSlogFile(file)]);
  const count = { reads: 0 };
  merged.deliveryAccs = counted(merged.deliveryAccs, count);
  const report = buildReport({
    merged, censuses: censuses(n, count), perf: null, policy: DEFAULT_POLICY,
    provenance: { source: 'local', path: file }, extraFiles: [], extraWarnings: [],
  });
  const gated = gate(report, report, DEFAULT_POLICY);
  return { reads: count.reads, report: gated };
}

describe('many vats', () => {
  it('the report reads each vat’s inputs a bounded number of times: work doubles with the vats', async () => {
    const a = await reportWork(300);
    const b = await reportWork(600);
    // Every vat is in the report, with its kinds, its BOYD trend against its peers and its c-list.
    expect(b.report.vats).toHaveLength(600);
    const v = b.report.vats.find((x) => x.vatID === 'v600')!;
    expect(v.deliveryKinds.map((k) => [k.kind, k.count])).toEqual([['bringOutYourDead', 12], ['message', 1]]);
    expect(v.boyd?.count).toBe(12);
    expect(v.boyd?.commonModeCorrected?.count).toBe(12);
    expect(v.clist?.delta).toMatchObject({ fromStage: 1, toStage: 2, exports: 3, imports: 3 });
    expect(v.clist?.attribution).toContain('they are kept by importers: vat-599 (v599) holds 6 (6 reachable)');
    expect(b.report.verdicts.filter((x) => x.metric === 'boyd-slope-vs-baseline')).toHaveLength(600);
    // Reads per vat stay the same (a scan of every accumulator or snapshot vat per vat would double them).
    expect(a.reads / 300).toBeLessThan(40);
    expect(b.reads / a.reads).toBeLessThan(2.2);
  }, 60_000);

  it('the common-mode correction computes each peer level once per height, not once per vat', () => {
    const run = (n: number) => {
      const series = new Map<string, { x: number[]; y: number[] }>();
      const cache = new Map<string, PerBlock>();
      const count = { reads: 0 };
      for (let i = 0; i < n; i++) {
        const x = Array.from({ length: 12 }, (_, k) => 1 + (i % 8) + 8 * k);
        const y = x.map((h) => 0.004 + ((i * 7 + h) % 13) * 1e-5);
        series.set(`v${i}`, { x, y });
        // The per-block means, behind counting proxies (read only by index and length).
        cache.set(`v${i}`, { x: counted(x, count), y: counted(y, count) } as unknown as PerBlock);
      }
      const peers = new Set(series.keys());
      const out = commonModes(series, peers, cache);
      return { reads: count.reads, out };
    };
    const a = run(200);
    const b = run(400);
    expect([...b.out.values()].every((m) => m !== null && m.x.length === 12)).toBe(true);
    expect(b.reads / a.reads).toBeLessThan(2.2);
  });
});
