/**
 * "Old-era" slogs: the real loadgen fixtures with every `clist` line removed (written at test time
 * into a temp directory, gzipped, next to copies of perf.jsonl and the storage archives). Without
 * `clist` events the slog c-list series is rebuilt from the delivery/syscall translations
 * (src/analyzers/clist-translations.ts). Checked here, through the engine entry `analyzeRun`:
 * (a) the rebuilt per-vat counts at the end of each stage equal the kernel-DB census of that
 *     stage's storage archive and truth.json's per-stage counts, exactly;
 * (b) the rebuilt series equals the `clist`-event series block by block, so slopes and verdicts
 *     (judged from the slog alone, without the archives) are the same.
 * Used by test/engine/oldera-<run>.test.ts (one per fixture, so vitest runs them in parallel).
 */
import { mkdtemp, copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanFiles } from '../../src/pipeline/scan-files.js';
import { mergeScans, type MergedRun } from '../../src/pipeline/merge-scans.js';
import { silentLogger } from '../../src/shared/logger.js';
import { EXP_R, EXP_U, IMP_R, IMP_U } from '../../src/analyzers/clist-replay.js';
import { pointRows } from '../helpers/clist-rows.js';
import type { ClistSeriesStats, ReachSplit, RunReport } from '../../src/shared/report-schema.js';
import { fixture, truth as readTruth } from '../helpers/fixtures.js';
import { analyze, vatOf, type Run } from './helpers.js';
import { truthSplit } from './truth-suite.js';

export const STAGES = [0, 1, 2, 3] as const;
export const slogName = (n: number) => `chain-stage-${n}.slog.gz`;
export const storageName = (n: number) => `chain-stage-${n}-storage.tar.xz`;

/** Writes `slogName(n)` of `run` without its `clist` lines into `dir`; returns the number of lines removed. */
export async function writeWithoutClist(run: Run, n: number, dir: string): Promise<number> {
  const lines = gunzipSync(await readFile(fixture(run, slogName(n)))).toString('utf8').split('\n');
  const kept = lines.filter((l) => !l.startsWith('{"type":"clist"'));
  await writeFile(path.join(dir, slogName(n)), gzipSync(kept.join('\n'), { level: 1 }));
  return lines.length - kept.length;
}

/** A temp directory laid out like the fixture, with `clist`-free slogs. */
export async function deriveOldEra(run: Run): Promise<{ dir: string; removed: number[] }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `loadgen-gate-oldera-${run}-`));
  const removed: number[] = [];
  for (const n of STAGES) removed.push(await writeWithoutClist(run, n, dir));
  await copyFile(fixture(run, 'perf.jsonl'), path.join(dir, 'perf.jsonl'));
  for (const n of [1, 2, 3]) await copyFile(fixture(run, storageName(n)), path.join(dir, storageName(n)));
  return { dir, removed };
}

/** An {exports, imports} split by reachability, written out: reachable / recognizable-only of each. */
export const split = (eR: number, eU: number, iR: number, iU: number): { exports: ReachSplit; imports: ReachSplit } => ({
  exports: { reachable: eR, recognizableOnly: eU },
  imports: { reachable: iR, recognizableOnly: iU },
});

/** The last point at or before height `h` as {exports, imports} split by reachability. */
export function splitAt(points: number[][], h: number): { exports: ReachSplit; imports: ReachSplit } {
  let p: number[] | undefined;
  // Points are in replay order; those outside blocks (NaN) come before the blocks of their file.
  for (const q of points) {
    if (Number.isFinite(q[0]) && q[0] > h) break;
    p = q;
  }
  const v = (i: number) => (p ? p[i] : 0);
  return split(v(EXP_R), v(EXP_U), v(IMP_R), v(IMP_U));
}

/**
 * The vat's split at block `h` in a merged run: its last point at or before `h`, or, for a vat the
 * replay never changed (vatAdmin: only its genesis root export), its constant final counts.
 */
export function countsAt(m: MergedRun, vatID: string, h: number): { exports: ReachSplit; imports: ReachSplit } {
  const pts = m.clist.points[vatID];
  const fin = m.clist.final[vatID];
  return splitAt(pts?.length ? pointRows(pts) : fin ? [[NaN, ...fin.slice(1)]] : [], h);
}

/** The object buckets of a vat's series at every block 1..last (the step function). */
export function perBlock(m: MergedRun, vatID: string, last: number): string[] {
  const out: string[] = [];
  for (let h = 1; h <= last; h++) {
    const s = countsAt(m, vatID, h);
    out.push(`${s.exports.reachable},${s.exports.recognizableOnly},${s.imports.reachable},${s.imports.recognizableOnly}`);
  }
  return out;
}

/** A series without its `replayedFrom` (the one field that says where it came from). */
export const seriesBody = (s: ClistSeriesStats | null | undefined) => {
  if (!s) return s;
  const { replayedFrom: _from, ...rest } = s;
  return rest;
};

/** Verdicts with the replay's name taken out of the message. */
export const verdictBodies = (r: RunReport) =>
  r.verdicts.map((v) => ({ ...v, message: v.message.replace('slog replay of delivery/syscall translations', 'slog replay') }));

export interface OldEra {
  truth: () => any;
  dir: () => string;
  removed: () => number[];
  /** Old-era slogs + perf.jsonl + storage archives (the whole directory). */
  withStorage: () => RunReport;
  /** Old-era slogs + perf.jsonl only: c-list verdicts come from the rebuilt slog series. */
  slogOnly: () => RunReport;
  /** The original slogs (with `clist` events) + perf.jsonl only. */
  reference: () => RunReport;
  /** The scans of the old-era slogs and of the originals, merged (for per-block series). */
  merged: () => MergedRun;
  mergedReference: () => MergedRun;
}

export function defineOldEraSuite(run: Run): OldEra {
  const st: Partial<{ truth: any; dir: string; removed: number[]; a: RunReport; b: RunReport; c: RunReport; m: MergedRun; mo: MergedRun }> = {};

  beforeAll(async () => {
    st.truth = await readTruth(run);
    const d = await deriveOldEra(run);
    st.dir = d.dir;
    st.removed = d.removed;
    const derivedSlogs = STAGES.map((n) => path.join(d.dir, slogName(n)));
    const originalSlogs = STAGES.map((n) => fixture(run, slogName(n)));
    st.a = await analyze([d.dir]);
    st.b = await analyze([...derivedSlogs, path.join(d.dir, 'perf.jsonl')]);
    st.c = await analyze([...originalSlogs, fixture(run, 'perf.jsonl')]);
    st.m = mergeScans(await scanFiles(derivedSlogs, { log: silentLogger }));
    st.mo = mergeScans(await scanFiles(originalSlogs, { log: silentLogger }));
  });
  afterAll(async () => {
    if (st.dir) await rm(st.dir, { recursive: true, force: true });
  });

  describe(`${run} without clist events: the test data`, () => {
    it('every stage file lost its clist lines, and nothing else', async () => {
      // Stage 0 holds the bootstrap block's c-list traffic, stages 1–3 the loadgen blocks'.
      expect(st.removed!.every((n) => n > 0)).toBe(true);
      for (const n of STAGES) {
        const text = gunzipSync(await readFile(path.join(st.dir!, slogName(n)))).toString('utf8');
        expect(text.includes('"type":"clist"')).toBe(false);
        const original = gunzipSync(await readFile(fixture(run, slogName(n)))).toString('utf8').split('\n');
        // Judged by each line's parsed type, not by the prefix the writer filtered on: exactly the
        // clist events are gone, every other line is kept in order.
        const clistEvent = (l: string) => {
          try {
            return JSON.parse(l)?.type === 'clist';
          } catch {
            return false;
          }
        };
        const others = original.filter((l) => !clistEvent(l));
        expect(original.length - others.length).toBe(st.removed![n]);
        expect(text.split('\n')).toEqual(others);
      }
    });

    it('the report reads the same files as the original run, with no input warnings', () => {
      expect(st.a!.run.warnings).toEqual([]);
      expect(st.b!.run.warnings).toEqual([]);
      expect(st.a!.run.files.filter((f) => f.kind === 'storage').length).toBe(3);
      expect(st.a!.run.blockRange).toEqual([1, 360]);
    });
  });

  describe(`${run} without clist events: (a) rebuilt counts vs the kernel DB`, () => {
    it('every vat’s series is rebuilt from translations, absolute (from genesis), with nothing unexplained', () => {
      for (const vatID of Object.keys(st.truth.vats)) {
        const s = vatOf(st.a!, vatID).clist!.series!;
        expect(s.replayedFrom, vatID).toBe('translations');
        expect(s.absolute, vatID).toBe(true);
      }
      expect(st.m!.clist.unknownPrior).toBe(0);
    });

    it('at the end of stages 1, 2 and 3 the rebuilt split equals the DB census and truth.json, for every vat', () => {
      for (const [vatID, v] of Object.entries<any>(st.truth.vats)) {
        const snaps = vatOf(st.a!, vatID).clist!.snapshots;
        expect(snaps.map((s) => s.stage)).toEqual([1, 2, 3]);
        for (const snap of snaps) {
          const want = truthSplit(v.clist.per_stage[String(snap.stage)]);
          expect({ exports: snap.exports, imports: snap.imports }, `${vatID} census stage ${snap.stage}`).toEqual(want);
          expect(countsAt(st.m!, vatID, snap.height!), `${vatID} rebuilt at block ${snap.height}`).toEqual(want);
        }
      }
    });

    it('the report’s series ends where the last snapshot is (block 360), for every vat', () => {
      for (const vatID of Object.keys(st.truth.vats)) {
        const c = vatOf(st.a!, vatID).clist!;
        const last = c.snapshots.at(-1)!;
        expect(c.series!.end, vatID).toEqual({
          height: 360,
          exports: last.exports.reachable + last.exports.recognizableOnly,
          imports: last.imports.reachable + last.imports.recognizableOnly,
          recognizableOnlyExports: last.exports.recognizableOnly,
          recognizableOnlyImports: last.imports.recognizableOnly,
        });
      }
    });
  });

  describe(`${run} without clist events: (b) same series and verdicts as the clist events`, () => {
    it('block by block (1–360), every vat’s rebuilt object counts equal the clist-event replay', () => {
      for (const vatID of Object.keys(st.truth.vats)) {
        expect(perBlock(st.m!, vatID, 360), vatID).toEqual(perBlock(st.mo!, vatID, 360));
      }
    });

    it('slog-only analysis: identical series (slope, CI, p, start, end, chart) and verdicts', () => {
      const b = st.b!;
      const c = st.c!;
      expect(b.vats.map((v) => v.vatID)).toEqual(c.vats.map((v) => v.vatID));
      for (const v of c.vats) {
        expect(seriesBody(vatOf(b, v.vatID).clist?.series), v.vatID).toEqual(seriesBody(v.clist?.series));
        if (v.clist?.series) expect(v.clist.series.replayedFrom).toBe('clist-events');
      }
      expect(verdictBodies(b)).toEqual(verdictBodies(c));
      expect(b.verdict).toBe(c.verdict);
      // The messages say where the numbers came from.
      for (const v of b.verdicts.filter((x) => x.metric.startsWith('clist-'))) expect(v.message).toMatch(/from slog replay of delivery\/syscall translations, block 1 → 360/);
    });
  });

  return {
    truth: () => st.truth,
    dir: () => st.dir!,
    removed: () => st.removed!,
    withStorage: () => st.a!,
    slogOnly: () => st.b!,
    reference: () => st.c!,
    merged: () => st.m!,
    mergedReference: () => st.mo!,
  };
}
