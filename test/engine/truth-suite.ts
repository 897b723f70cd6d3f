/**
 * The checks every loadgen fixture gets against its truth.json (written by an independent Python
 * script from the same files): BOYD numbers per busy vat, the c-list census per stage, slog/DB
 * agreement, and every must_flag / must_not_flag entry of `expected`. Used by the three
 * `truth-<run>.test.ts` files (one per fixture, so vitest runs them in parallel and each caches
 * its own analysis).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { discoverRun } from '../../src/run-files/discover.js';
import { scanFiles } from '../../src/pipeline/scan-files.js';
import { mergeScans, type MergedRun } from '../../src/pipeline/merge-scans.js';
import { silentLogger } from '../../src/shared/logger.js';
import { ols, meanOfFirst, meanOfLast } from '../../src/stats/index.js';
import type { RunReport } from '../../src/shared/report-schema.js';
import { fixture, truth as readTruth } from '../helpers/fixtures.js';
import { analyzeFixture, BUSY, levelsOf, splitTag, vatOf, verdictOf, type Run } from './helpers.js';

/** edgeSamples of the default policy and of truth.json's first50/last50. */
const EDGE = 50;

/** truth per_stage entry → the four-way split (leaky/clean lack the combined keys; they have no `_` entries at all). */
export function truthSplit(ps: Record<string, number | undefined>) {
  const er = ps.exports_recognizable_only ?? 0;
  const ir = ps.imports_recognizable_only ?? 0;
  return {
    exports: { reachable: ps.exports_reachable ?? (ps.exports ?? 0) - er, recognizableOnly: er },
    imports: { reachable: ps.imports_reachable ?? (ps.imports ?? 0) - ir, recognizableOnly: ir },
  };
}

export function defineTruthSuite(run: Run): { report: () => RunReport; truth: () => any } {
  let report: RunReport;
  let truth: any;
  let merged: MergedRun;

  beforeAll(async () => {
    truth = await readTruth(run);
    report = await analyzeFixture(run);
    // The same slog pass the engine runs, stopped before the report: gives the per-BOYD series
    // (with the pre-snapshot flag) so the truth numbers can be reproduced exactly.
    const files = await discoverRun([fixture(run)]);
    merged = mergeScans(await scanFiles(files.slogs.map((s) => s.path), { log: silentLogger }));
  });

  describe(`${run}: BOYD numbers vs truth.json`, () => {
    it('uses block height as the x-axis over blocks 1–360, with no input warnings', () => {
      expect(report.run.xAxis).toBe('blockHeight');
      expect(report.run.blockRange).toEqual([truth.stages['1'].firstBlockHeight, truth.stages['3'].lastBlockHeight]);
      expect(report.run.blocks).toBe(truth.total_blocks);
      expect(report.run.warnings).toEqual([]);
    });

    it.each(BUSY)('%s: the slog pass reproduces truth.json exactly when pre-snapshot BOYDs are kept', (vatID) => {
      const t = truth.vats[vatID].boyd;
      const b = merged.vats.get(vatID)!.boyd;
      // truth `n` = non-replay BOYDs inside an end-block window. Ours drops the same replays and
      // the same out-of-block BOYDs (the bootstrap block of stage 0: one each for v1, v7, v9).
      expect(b.x.length).toBe(t.n);
      expect(b.x[0]).toBe(t.first_block);
      expect(b.x.at(-1)).toBe(t.last_block);
      // truth.json rounds the slope to 4 significant digits: relative error ≤ 5e-4.
      const fit = ols(b.x, b.seconds)!;
      expect(Math.abs(fit.slope / t.ols_slope_s_per_block - 1)).toBeLessThan(5e-4);
      expect(Math.abs(fit.slopeSE / t.ols_slope_stderr - 1)).toBeLessThan(5e-3); // 3 significant digits
      // Means are rounded to 6 decimals (1 µs): |error| ≤ 0.5 µs.
      expect(Math.abs(meanOfFirst(b.seconds, EDGE) - t.first50_mean_s)).toBeLessThanOrEqual(5e-7 + 1e-12);
      expect(Math.abs(meanOfLast(b.seconds, EDGE) - t.last50_mean_s)).toBeLessThanOrEqual(5e-7 + 1e-12);
      // xsnap currentHeapCount of the first and last in-block BOYD: integers, exact.
      expect(b.heap[0]).toBe(t.heap_count_first);
      expect(b.heap.at(-1)).toBe(t.heap_count_last);
    });

    it.each(BUSY)('%s: BOYD count = truth n minus the pre-snapshot BOYDs the report leaves out', (vatID) => {
      const t = truth.vats[vatID].boyd;
      const b = vatOf(report, vatID).boyd!;
      // A BOYD that the kernel runs right before a heap-snapshot-save of the same vat is scheduled
      // differently and is excluded from the trend (preSnapshotCount). Out-of-block BOYDs are
      // excluded by truth and by us alike, so the counts add up exactly.
      expect(b.count + b.preSnapshotCount).toBe(t.n);
      // 4–9 pre-snapshot BOYDs per vat in these runs (≤ 2.5% of the samples).
      expect(b.preSnapshotCount).toBeGreaterThan(0);
      expect(b.preSnapshotCount).toBeLessThanOrEqual(10);
      expect(b.xFirst).toBe(t.first_block);
      expect(b.xLast).toBe(t.last_block);
    });

    it.each(BUSY)('%s: OLS slope within one standard error of truth', (vatID) => {
      const t = truth.vats[vatID].boyd;
      const b = vatOf(report, vatID).boyd!;
      // The report's fit drops ≤ 10 of ~365 points (the pre-snapshot BOYDs); that moves the slope
      // by a fraction of its standard error (observed ≤ 0.45 SE over the 12 vat/run pairs).
      // One truth SE is 0.44–1.7 µs/block, far below leaky's 8.6–14.2 µs/block.
      expect(Math.abs(b.olsSlope! - t.ols_slope_s_per_block)).toBeLessThanOrEqual(t.ols_slope_stderr);
      if (Math.abs(t.ols_slope_t) >= 5) expect(Math.sign(b.olsSlope!)).toBe(Math.sign(t.ols_slope_s_per_block));
    });

    it.each(BUSY)('%s: first/last-50 means = the first/last 50 regular BOYDs, within 10%% of truth first50/last50', (vatID) => {
      const t = truth.vats[vatID].boyd;
      const b = vatOf(report, vatID).boyd!;
      const s = merged.vats.get(vatID)!.boyd;
      const regular = s.seconds.filter((_, i) => !s.preSnapshot[i]);
      // Exactly the policy's edgeSamples (50) non-pre-snapshot samples at each end.
      expect(b.firstMean!).toBeCloseTo(meanOfFirst(regular, EDGE), 12);
      expect(b.lastMean!).toBeCloseTo(meanOfLast(regular, EDGE), 12);
      // truth averages the first/last 50 of all BOYDs; dropping the pre-snapshot ones swaps a few
      // of the 50 samples for neighbouring ones. Observed difference ≤ 3.8%; 10% still separates
      // leaky's 2.6× (leaky run) and 1.6× (weak run) rise from flat.
      expect(Math.abs(b.firstMean! / t.first50_mean_s - 1)).toBeLessThan(0.1);
      expect(Math.abs(b.lastMean! / t.last50_mean_s - 1)).toBeLessThan(0.1);
    });

    it.each(BUSY)('%s: heap growth agrees with truth heap_growth', (vatID) => {
      const t = truth.vats[vatID].boyd;
      const h = vatOf(report, vatID).heap!;
      // The report's growth is mean(last 50 heaps) / mean(first 50 heaps); truth's is last/first
      // sample. For a heap that grows steadily the averaged ratio is smaller but keeps most of the
      // rise (observed 66–86% of it), and it must agree with truth on the 1.05 veto threshold.
      expect(h.growth! >= 1.05).toBe(t.heap_growth >= 1.05);
      expect(h.growth!).toBeLessThanOrEqual(t.heap_growth + 1e-3);
      if (t.heap_growth >= 1.05) expect(h.growth! - 1).toBeGreaterThan(0.6 * (t.heap_growth - 1));
      else expect(Math.abs(h.growth! - 1)).toBeLessThan(0.01);
    });
  });

  describe(`${run}: verdicts vs truth.json expected`, () => {
    it('names every vat the way truth.json does', () => {
      for (const [vatID, v] of Object.entries<any>(truth.vats)) expect(vatOf(report, vatID).name).toBe(v.name);
    });

    it('c-list rule: every must_flag vat fails, every must_not_flag vat passes both sides', () => {
      const e = truth.expected.clist_growth;
      for (const tag of e.must_flag) {
        const { vatID } = splitTag(tag);
        expect(levelsOf(report, vatID, 'clist-'), tag).toContain('fail');
      }
      for (const tag of e.must_not_flag) {
        const { vatID } = splitTag(tag);
        // ≤ 10 entries of change; the warn threshold is 20, so not even a warning.
        expect(levelsOf(report, vatID, 'clist-'), tag).toEqual(['pass', 'pass']);
      }
    });

    it('BOYD rule: every must_flag vat fails, no must_not_flag vat fails', () => {
      const e = truth.expected.boyd_growth;
      for (const tag of e.must_flag) expect(verdictOf(report, splitTag(tag).vatID, 'boyd-slope')?.level, tag).toBe('fail');
      for (const tag of e.must_not_flag) {
        const { vatID } = splitTag(tag);
        // comms (v3) has no BOYD at all, hence no BOYD verdict; the others with ≤ 5 BOYDs are neutral.
        expect(levelsOf(report, vatID, 'boyd-'), tag).not.toContain('fail');
      }
    });
  });

  describe(`${run}: c-list census vs truth.json`, () => {
    it('snapshot counts per stage equal truth per_stage exactly, for every vat', () => {
      for (const [vatID, v] of Object.entries<any>(truth.vats)) {
        const snaps = vatOf(report, vatID).clist!.snapshots;
        expect(snaps.map((s) => s.stage)).toEqual([1, 2, 3]);
        for (const s of snaps) {
          const want = truthSplit(v.clist.per_stage[String(s.stage)]);
          expect({ exports: s.exports, imports: s.imports }, `${vatID} stage ${s.stage}`).toEqual(want);
        }
      }
    });

    it('each snapshot is placed at its stage’s last block (120 / 240 / 360)', () => {
      const snaps = vatOf(report, 'v7').clist!.snapshots;
      expect(snaps.map((s) => s.height)).toEqual([1, 2, 3].map((n) => truth.stages[String(n)].lastBlockHeight));
    });

    it('the slog replay ends where the last kernel-DB snapshot is, for every vat (slog/DB agreement)', () => {
      for (const vatID of Object.keys(truth.vats)) {
        const c = vatOf(report, vatID).clist!;
        const last = c.snapshots.at(-1)!;
        expect(c.series, vatID).not.toBeNull();
        expect(c.series!.absolute, `${vatID}: stage 0 is present, so the replay starts from an empty kernel`).toBe(true);
        expect(c.series!.end, vatID).toEqual({
          height: truth.stages['3'].lastBlockHeight,
          exports: last.exports.reachable + last.exports.recognizableOnly,
          imports: last.imports.reachable + last.imports.recognizableOnly,
          recognizableOnlyExports: last.exports.recognizableOnly,
          recognizableOnlyImports: last.imports.recognizableOnly,
        });
      }
    });

    it('recognizable-only imports in the last snapshot match expected.weak_imports (absent key = {})', () => {
      const weak: Record<string, number> = truth.expected.weak_imports ?? {};
      for (const vatID of Object.keys(truth.vats)) {
        const v = vatOf(report, vatID);
        const n = v.clist!.snapshots.at(-1)!.imports.recognizableOnly;
        expect(n, vatID).toBe(weak[`${vatID}:${v.name}`] ?? 0);
      }
    });
  });

  return { report: () => report, truth: () => truth };
}
