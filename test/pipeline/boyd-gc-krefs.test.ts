/**
 * The scan's GC load per BOYD (BoydSamples.gcKrefs): the krefs of the dropExports / retireExports /
 * retireImports deliveries a vat received since its previous BOYD. Checked against a plain
 * JSON.parse recount of the same slog, on loadgen-late, where the exporter `auction` (v6) gets two
 * kinds of BOYD in its clean stages: the forced one (no GC work) and the one the kernel adds when
 * its importer's drops and retirements (10 + 10 krefs a block) reach the gcKrefs threshold of 20.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanSlogFile, type FileScan } from '../../src/pipeline/file-scan.js';
import { GcDirt, isGcDelivery } from '../../src/analyzers/boyd-causes.js';
import { fixture } from '../helpers/fixtures.js';

/** Independent recount: every non-replay BOYD of every vat with the GC krefs since its previous one. */
async function recount(file: string): Promise<Map<string, number[]>> {
  const out = new Map<string, number[]>();
  const dirt = new Map<string, number>();
  for (const line of gunzipSync(await readFile(file)).toString('utf8').split('\n')) {
    if (!line.startsWith('{"type":"deliver"')) continue;
    const ev = JSON.parse(line);
    if (ev.replay || ev.crankNum === undefined) continue;
    const kind = ev.kd[0];
    if (kind === 'bringOutYourDead') {
      const g = out.get(ev.vatID) ?? [];
      g.push(dirt.get(ev.vatID) ?? 0);
      out.set(ev.vatID, g);
      dirt.delete(ev.vatID);
    } else if (['dropExports', 'retireExports', 'retireImports'].includes(kind)) {
      dirt.set(ev.vatID, (dirt.get(ev.vatID) ?? 0) + ev.kd[1].length);
    }
  }
  return out;
}

describe('GC krefs per BOYD (loadgen-late)', () => {
  const files = [2, 3].map((n) => fixture('loadgen-late', `chain-stage-${n}.slog.gz`));
  const scans: FileScan[] = [];
  const truths: Array<Map<string, number[]>> = [];
  beforeAll(async () => {
    for (const f of files) {
      scans.push(await scanSlogFile(f));
      truths.push(await recount(f));
    }
  });

  it('equals a JSON.parse recount for every vat, BOYD by BOYD (clean stage 2, leaking stage 3)', () => {
    for (let i = 0; i < files.length; i++) {
      const want = truths[i]!;
      expect(Object.keys(scans[i]!.boyd).sort()).toEqual([...want.keys()].sort());
      for (const [vatID, g] of want) expect(scans[i]!.boyd[vatID]!.gcKrefs, `${files[i]} ${vatID}`).toEqual(g);
    }
  });

  it('shows the two kinds of auction BOYD in the clean stage and one kind once the leak runs', () => {
    const count = (g: number[], k: number) => g.filter((v) => v === k).length;
    const [clean, leaking] = scans.map((s) => s.boyd.v6!.gcKrefs);
    // Stage 2 (blocks 101–200): one forced BOYD a block with no GC work, and one extra after the
    // board's 10 drops + 10 retirements reach the threshold of 20 krefs.
    expect(count(clean!, 0)).toBeGreaterThanOrEqual(98);
    expect(count(clean!, 20)).toBeGreaterThanOrEqual(98);
    // Stage 3: the board keeps every 2nd object, so 5 drops + 5 retirements a block: 10 krefs, under
    // the threshold; the forced BOYD of the next block takes them, and the extra kind is gone.
    expect(count(leaking!, 10)).toBeGreaterThanOrEqual(98);
    expect(count(leaking!, 20)).toBe(0);
    // The board (v7) and the sink (v8) export nothing anyone drops: no GC work at all.
    for (const s of scans) for (const v of ['v7', 'v8']) expect(s.boyd[v]!.gcKrefs.every((g) => g === 0)).toBe(true);
  });
});

describe('GcDirt', () => {
  it('counts only GC deliveries and starts again at each BOYD', () => {
    const d = new GcDirt();
    d.delivered('v1', 'dropExports', 10);
    d.delivered('v1', 'message', 3);
    d.delivered('v1', 'retireImports', 5);
    d.delivered('v2', 'retireExports', 7);
    expect(d.boyd('v1')).toBe(15);
    expect(d.boyd('v1')).toBe(0);
    expect(d.boyd('v2')).toBe(7);
    expect(['dropExports', 'retireExports', 'retireImports', 'message', 'notify', 'bringOutYourDead'].map(isGcDelivery)).toEqual([true, true, true, false, false, false]);
  });
});
