/**
 * A wall-clock step back during a run (NTP, a VM resumed): the kernel's `time` goes back an hour
 * in the middle of stage 2 and stays there. The wall time of the run is measured on the kernel's
 * monotonic clock (`monotime`, which restarts near 0 in each stage file) within each file, so it
 * is what the clock that did not step says; without `monotime` (an older slog) a span that ran
 * backwards counts as nothing. Never a negative duration. Built CLI on the leaky fixture.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupScratch, expectUsable, gzip, joinLines, LEAKY, runCli, scratchDir, slogLines } from './helpers.js';

afterAll(cleanupScratch);

const TIME = /,"time":(\d+(?:\.\d+)?)/;
const MONOTIME = /,"monotime":\d+(?:\.\d+)?(?:e-?\d+)?/;

/** The leaky run with `time` one hour back from the middle of stage 2 on; `monotime` dropped when `noMonotime`. */
function steppedRun(noMonotime: boolean): string {
  const dir = scratchDir(noMonotime ? 'step-nomono' : 'step');
  for (const stage of [0, 1, 2, 3]) {
    const lines = slogLines('loadgen-leaky', stage);
    const from = stage === 2 ? lines.length >> 1 : stage === 3 ? 0 : Infinity;
    const out = lines.map((b, i) => {
      let s = b.toString('utf8');
      if (i >= from) s = s.replace(TIME, (_m, t: string) => `,"time":${(Number(t) - 3600).toFixed(6)}`);
      if (noMonotime) s = s.replace(MONOTIME, '');
      return s;
    });
    fs.writeFileSync(path.join(dir, `chain-stage-${stage}.slog.gz`), gzip(joinLines(out)));
  }
  for (const f of ['perf.jsonl', 'chain-stage-1-storage.tar.xz', 'chain-stage-2-storage.tar.xz', 'chain-stage-3-storage.tar.xz']) fs.copyFileSync(LEAKY(f), path.join(dir, f));
  return dir;
}

describe('a wall-clock step back', () => {
  it('is not seen through monotime: the wall time is the run’s own, and positive', async () => {
    const [orig, stepped] = await Promise.all([runCli([LEAKY()]), runCli([steppedRun(false)])]);
    expectUsable(stepped);
    const w0 = orig.report.run.utilization.wallSeconds;
    const w = stepped.report.run.utilization.wallSeconds;
    expect(w0).toBeGreaterThan(30);
    // The original's wall clock and the monotonic clock agree to well under a second over the run.
    expect(Math.abs(w - w0)).toBeLessThan(0.5);
    expect(stepped.report.run.utilization.swingsetSeconds).toBeCloseTo(orig.report.run.utilization.swingsetSeconds, 6);
    expect(stepped.report.verdict).toBe(orig.report.verdict);
    expect(stepped.markdown).toMatch(/Swingset ran [\d.,]+ s of [\d.,]+ s wall time \(\d+%\)/);
  }, 120_000);

  it('without monotime, a span that ran backwards counts as nothing: no negative duration anywhere', async () => {
    const r = await runCli([steppedRun(true)]);
    expectUsable(r);
    const u = r.report.run.utilization;
    expect(u.wallSeconds).toBeGreaterThanOrEqual(0);
    expect(u.swingsetSeconds).toBeGreaterThan(0);
    // Stage 1 and stage 3 on the wall clock (unaffected), stage 2 counts as nothing.
    expect(u.wallSeconds).toBeLessThan(60);
    expect(r.markdown).not.toMatch(/-[\d,.]+ s/);
    expect(r.markdown).not.toMatch(/\(-\d+%\)/);
  }, 120_000);
});
