/**
 * Machine drift on real runs: the loadgen fixtures' BOYD times rewritten as a slower CI host would
 * have made them, then judged through the engine entry `analyzeRun`. A clean run must not fail
 * whatever the form of the slowdown; the leaky run must still fail on leaky (v7) under it.
 * - scaled: every BOYD `seconds` × (1 + (h − 1)/359): twice as slow by the last block (CPU
 *   contention scales time). Without heap counts (as a `local` worker reports none), the peers are
 *   the only drift guard left.
 * - added: every BOYD + 8 µs × (h − 1), in a run that reaps each vat every 3rd block only (a real
 *   chain does not reap every vat in every block), with sink's heap growing by a harmless 10%.
 * - against a baseline: the clean run with the added slowdown against the clean run as it is.
 * Slogs only (the DB archives judge c-lists, which drift does not touch).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.js';
import { analyzeRun } from '../../src/engine/analyze-run.js';
import { gate } from '../../src/gate/gate.js';
import { driftForm } from '../../src/gate/boyd-rules.js';
import { loadPolicy } from '../../src/shared/policy.js';
import { silentLogger } from '../../src/shared/logger.js';
import type { RunReport } from '../../src/shared/report-schema.js';
import { BUSY, verdictOf, type Run } from './helpers.js';
import { slogName, STAGES } from './oldera-suite.js';

interface Drift {
  /** New `seconds` of a BOYD of `vatID` in block `h`. */
  seconds?: (s: number, h: number, vatID: string) => number;
  /** Keep the BOYD of `vatID` in block `h` (both its deliver and its deliver-result)? */
  keep?: (h: number, vatID: string) => boolean;
  /** New heap count of a BOYD (null: the worker reports none). */
  heap?: (count: number, h: number, vatID: string) => number | null;
}

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

/** The run's slogs with its in-block, non-replay BOYDs rewritten by `drift`, in a temp directory. */
async function drifted(run: Run, drift: Drift): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `loadgen-gate-drift-${run}-`));
  dirs.push(dir);
  for (const n of STAGES) {
    const lines = gunzipSync(await readFile(fixture(run, slogName(n)))).toString('utf8').split('\n');
    let height: number | null = null;
    const out: string[] = [];
    for (const line of lines) {
      if (!line.startsWith('{"type":"deliver') && !line.startsWith('{"type":"cosmic-swingset-end-block')) {
        out.push(line);
        continue;
      }
      const ev = JSON.parse(line);
      if (ev.type === 'cosmic-swingset-end-block-start') height = ev.blockHeight;
      else if (ev.type === 'cosmic-swingset-end-block-finish') height = null;
      const boyd = (ev.type === 'deliver' || ev.type === 'deliver-result') && ev.dispatch === 'bringOutYourDead' && !ev.replay && height !== null;
      if (!boyd) {
        out.push(line);
        continue;
      }
      if (drift.keep && !drift.keep(height!, ev.vatID)) continue;
      if (ev.type === 'deliver-result') {
        if (drift.seconds) ev.seconds = drift.seconds(ev.seconds, height!, ev.vatID);
        const meter = ev.dr?.[2];
        if (drift.heap && meter && typeof meter.currentHeapCount === 'number') {
          const c = drift.heap(meter.currentHeapCount, height!, ev.vatID);
          if (c === null) delete meter.currentHeapCount;
          else meter.currentHeapCount = c;
        }
      }
      out.push(JSON.stringify(ev));
    }
    await writeFile(path.join(dir, slogName(n)), gzipSync(out.join('\n'), { level: 1 }));
  }
  return dir;
}

const analyze = async (dir: string): Promise<RunReport> => analyzeRun({ inputs: [dir], policy: await loadPolicy(), log: silentLogger });
const boydLevels = (r: RunReport) => BUSY.map((v) => verdictOf(r, v, 'boyd-slope')!.level);

const scaled: Drift = { seconds: (s, h) => s * (1 + (h - 1) / 359), heap: () => null };
const added: Drift = {
  seconds: (s, h) => s + 8e-6 * (h - 1),
  keep: (h) => h % 3 === 0,
  heap: (c, h, v) => (v === 'v8' ? Math.round(c * (1 + (0.1 * (h - 1)) / 359)) : c),
};

describe('machine drift on the real runs', () => {
  it('a clean run twice as slow by its end (time scaled, no heap counts) does not fail', async () => {
    const r = await analyze(await drifted('loadgen-clean', scaled));
    expect(boydLevels(r)).not.toContain('fail');
    // The slower vats (holder, sink) rise against the peers' median; in proportion to it they do not.
    const holder = verdictOf(r, 'v6', 'boyd-slope')!;
    expect(holder.level).toBe('warn');
    expect(holder.message).toMatch(/but not distinct from the other vats in proportion to their time \(a machine-wide slowdown\)/);
  });

  it('a clean run reaped every 3rd block, slowed down by an added 8 µs/block, does not fail', async () => {
    const r = await analyze(await drifted('loadgen-clean', added));
    // 120 BOYDs a vat, in blocks no other vat reaped in: the peers are interpolated, not skipped.
    for (const v of BUSY) expect(r.vats.find((x) => x.vatID === v)!.boyd!.commonModeCorrected?.count).toBe(120);
    expect(boydLevels(r)).not.toContain('fail');
    expect(verdictOf(r, 'v8', 'boyd-slope')!.message).toMatch(/but not distinct from the other vats \(machine-wide drift\)$/);
  });

  it('against the clean run as baseline, the added slowdown steepens every slope but fails none', async () => {
    const policy = await loadPolicy();
    const base = await analyze(await drifted('loadgen-clean', {}));
    const slow = await analyze(await drifted('loadgen-clean', { seconds: added.seconds }));
    const r = gate(slow, base, policy);
    const vs = BUSY.map((v) => verdictOf(r, v, 'boyd-slope-vs-baseline')!);
    // Every slope is 8 µs/block steeper than on main, significantly: each warns, none fails.
    expect(vs.map((v) => v.level)).toEqual(['warn', 'warn', 'warn', 'warn']);
    // Theil–Sen moves by exactly the added slope.
    for (const v of vs) expect(v.message).toMatch(/\(difference 8\.00 µs\/block, z=[\d.]+\); but (not distinct from the other vats|heap flat)/);
  });

  it('a heavy vat that leaks under an added slowdown still fails: its difference to the peers rises, its ratio need not', async () => {
    // sink (v8) made 6 ms heavier than its peers, with a leak of 15 µs/block and a heap growing
    // by 42%, in the clean run; every vat + 8 µs/block. Under an added drift the ratio of a vat
    // heavier than its peers is pulled down (here it no longer rises significantly): required to
    // rise in both forms, sink only warned. The run's form is the difference.
    const heavyLeak: Drift = {
      seconds: (s, h, v) => s + (v === 'v8' ? 0.006 + 15e-6 * (h - 1) : 0) + 8e-6 * (h - 1),
      heap: (c, h, v) => (v === 'v8' ? Math.round(c * (1 + (0.42 * (h - 1)) / 359)) : c),
    };
    const r = await analyze(await drifted('loadgen-clean', heavyLeak));
    expect(BUSY.map((v) => verdictOf(r, v, 'boyd-slope')!.level)).toEqual(['warn', 'warn', 'fail', 'warn']);
    const ratio = r.vats.find((v) => v.vatID === 'v8')!.boyd!.commonModeRatio!;
    expect(ratio.pValue! >= 0.01 / 4 || ratio.slopeCI![0] <= 0).toBe(true);
    const busy = (x: RunReport) => x.vats.filter((v) => (BUSY as readonly string[]).includes(v.vatID));
    expect(driftForm(busy(r))).toBe('diff');
    expect(driftForm(busy(await analyze(await drifted('loadgen-clean', scaled))))).toBe('ratio');
    // Counting the vats reaped only a few times (bootstrap, vatAdmin, …: wild slopes) would pick the other.
    expect(driftForm(r.vats)).toBe('ratio');
  });

  it('the leaky run still fails on leaky (v7) under either slowdown, and on nothing else', async () => {
    for (const drift of [scaled, added]) {
      const r = await analyze(await drifted('loadgen-leaky', drift));
      expect(verdictOf(r, 'v7', 'boyd-slope')!.level).toBe('fail');
      expect(BUSY.filter((v) => verdictOf(r, v, 'boyd-slope')!.level === 'fail')).toEqual(['v7']);
    }
  });
});
