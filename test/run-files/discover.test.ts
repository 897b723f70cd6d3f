/**
 * Run discovery (src/run-files/discover.ts) on a run directory assembled from the leaky fixture:
 * symbolic links count as the files they point to, a dangling one is reported (not silently
 * dropped), and a snapshot tar compressed with gzip instead of xz is found like the loadgen's own.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverRun } from '../../src/run-files/discover.js';
import type { RunReport } from '../../src/shared/report-schema.js';
import { fixture } from '../helpers/fixtures.js';
import { analyze } from '../engine/helpers.js';

let dir = '';
const at = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-discover-'));
  for (const name of ['chain-stage-1.slog.gz', 'chain-stage-2.slog.gz', 'chain-stage-1-storage.tar.xz', 'perf.jsonl']) {
    fs.symlinkSync(fixture('loadgen-leaky', name), at(name));
  }
  fs.copyFileSync(fixture('loadgen-leaky', 'chain-stage-3.slog.gz'), at('chain-stage-3.slog.gz'));
  // Stage 2's snapshot as .tar.gz: the same tar, gzip instead of xz.
  const tarBytes = execFileSync('xz', ['-dc', fixture('loadgen-leaky', 'chain-stage-2-storage.tar.xz')], { maxBuffer: 1 << 28 });
  fs.writeFileSync(at('chain-stage-2-storage.tar.gz'), execFileSync('gzip', ['-c'], { input: tarBytes, maxBuffer: 1 << 28 }));
  fs.symlinkSync(at('gone.slog.gz'), at('chain-stage-4.slog.gz')); // dangling
  fs.symlinkSync(at('gone.txt'), at('notes.txt')); // dangling, but not a run file
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('discoverRun', () => {
  it('follows symbolic links, finds a .tar.gz snapshot, and lists a dangling link to a run file as skipped', async () => {
    const files = await discoverRun([dir]);
    expect(files.slogs.map((s) => [path.basename(s.path), s.stage])).toEqual([
      ['chain-stage-1.slog.gz', 1],
      ['chain-stage-2.slog.gz', 2],
      ['chain-stage-3.slog.gz', 3],
    ]);
    // A link's size is that of its target, not of the link.
    expect(files.slogs[0]!.bytes).toBe(fs.statSync(fixture('loadgen-leaky', 'chain-stage-1.slog.gz')).size);
    expect(files.snapshots.map((s) => [path.basename(s.path), s.stage])).toEqual([
      ['chain-stage-1-storage.tar.xz', 1],
      ['chain-stage-2-storage.tar.gz', 2],
    ]);
    expect(files.perf).toBe(at('perf.jsonl'));
    expect(files.skipped).toEqual([{ path: at('chain-stage-4.slog.gz'), why: 'symbolic link to a file that cannot be read (ENOENT)' }]);
  });
});

describe('the engine on that directory', () => {
  let r: RunReport;
  let direct: RunReport;
  beforeAll(async () => {
    r = await analyze([dir]);
    direct = await analyze(['chain-stage-1.slog.gz', 'chain-stage-2.slog.gz', 'chain-stage-3.slog.gz', 'chain-stage-1-storage.tar.xz', 'chain-stage-2-storage.tar.xz', 'perf.jsonl'].map((n) => fixture('loadgen-leaky', n)));
  }, 120_000);

  it('warns once about the dangling link and reads the rest, the .tar.gz snapshot as the .tar.xz one', () => {
    const w = r.run.warnings.filter((x) => x.code === 'run-file-skipped');
    expect(w).toEqual([{ code: 'run-file-skipped', count: 1, message: `${at('chain-stage-4.slog.gz')}: symbolic link to a file that cannot be read (ENOENT); not read`, examples: ['chain-stage-4.slog.gz'] }]);
    const snaps = (x: RunReport) => x.vats.map((v) => [v.vatID, v.clist?.snapshots.map((s) => [s.stage, s.exports, s.imports])]);
    expect(snaps(r)).toEqual(snaps(direct));
    expect(r.vats.find((v) => v.vatID === 'v7')!.clist!.snapshots.map((s) => s.stage)).toEqual([1, 2]);
    expect(r.verdict).toBe(direct.verdict);
  });
});
