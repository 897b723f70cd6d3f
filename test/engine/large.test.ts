/**
 * The large single-process run (large/leak-xsnap.slog.gz, 27 MB gz / 181 MB raw, 1000 blocks),
 * read once in-process. Expected numbers are from /work/shared/fixtures/README.md ("The large run")
 * and large/leak-xsnap.summary.txt.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/shared/report-schema.js';
import { analyzeFixture, levelsOf, vatOf, verdictOf } from './helpers.js';

let r: RunReport;
beforeAll(async () => {
  r = await analyzeFixture('large');
});

describe('large/leak-xsnap.slog.gz', () => {
  it('reads blocks 1–1000 on the block-height axis; the only warning is the custom realdata-stage-saved line (2×)', () => {
    expect(r.run.xAxis).toBe('blockHeight');
    expect(r.run.blockRange).toEqual([1, 1000]);
    expect(r.run.blocks).toBe(1000);
    expect(r.run.warnings.map((w) => [w.code, w.count])).toEqual([['unknown-event', 2]]);
    expect(r.run.warnings[0].message).toContain('realdata-stage-saved');
  });

  it('BOYD counts: README n = report count + pre-snapshot BOYDs, per busy vat', () => {
    // README table "BOYD per vat, blocks 1–1000": leaky 1070, holder 1056, sink 1056, tidy 1075.
    const n: Record<string, number> = { v6: 1056, v7: 1070, v8: 1056, v9: 1075 };
    for (const [vatID, want] of Object.entries(n)) {
      const b = vatOf(r, vatID).boyd!;
      expect(b.count + b.preSnapshotCount, vatID).toBe(want);
      expect(b.xFirst, vatID).toBe(1);
      expect(b.xLast, vatID).toBe(1000);
    }
  });

  it('leaky (v7): BOYD ≈ 3 ms at the start and ≈ 22 ms at the end', () => {
    const b = vatOf(r, 'v7').boyd!;
    // README: first/last 100 samples 3.19 → 21.73 ms (bucket means 3.26 … 21.61). The report
    // averages the first/last 50 samples and leaves out the 70 pre-snapshot BOYDs, so allow ±15%
    // of README's values; the rise itself (6.8×) is far outside that.
    expect(b.firstMean! * 1e3).toBeGreaterThan(3.19 * 0.85);
    expect(b.firstMean! * 1e3).toBeLessThan(3.19 * 1.15);
    expect(b.lastMean! * 1e3).toBeGreaterThan(21.73 * 0.85);
    expect(b.lastMean! * 1e3).toBeLessThan(21.73 * 1.15);
    expect(b.growth!).toBeGreaterThan(5);
    // Heap 130,863 → 720,273 (5.5× sample to sample; averaged ends keep most of it).
    expect(vatOf(r, 'v7').heap!.growth!).toBeGreaterThan(3);
  });

  it('fails, naming leaky; sink and tidy do not fail', () => {
    expect(r.verdict).toBe('fail');
    expect(verdictOf(r, 'v7', 'boyd-slope')?.level).toBe('fail');
    expect(verdictOf(r, 'v7', 'boyd-slope')?.name).toBe('leaky');
    expect(levelsOf(r, 'v8', '')).not.toContain('fail');
    expect(levelsOf(r, 'v9', '')).not.toContain('fail');
    // sink and tidy: flat heaps (README 130,676 → 133,232 and 132,187 → 132,187): the BOYD verdict passes.
    expect(verdictOf(r, 'v8', 'boyd-slope')?.level).toBe('pass');
    expect(verdictOf(r, 'v9', 'boyd-slope')?.level).toBe('pass');
  });

  it('c-list from the slog replay alone matches the DB key counts at block 1000', () => {
    // summary.txt "c-list entries per vat (vNN.c.* keys)" at stage 2 (block 1000): holder 10,002,
    // leaky 10,004 keys = 5,001 / 5,002 entries (2 keys each); `v*.c.ko` over all vats: 10,007.
    const end = (id: string) => {
      const e = vatOf(r, id).clist!.series!.end!;
      return e.exports + e.imports;
    };
    expect(end('v6')).toBe(5001);
    expect(end('v7')).toBe(5002);
    expect(r.vats.reduce((a, v) => a + (v.clist?.series?.end ? end(v.vatID) : 0), 0)).toBe(10007);
    expect(verdictOf(r, 'v7', 'clist-exports')?.level).toBe('fail');
    expect(verdictOf(r, 'v6', 'clist-imports')?.level).toBe('fail');
  });
});
