/**
 * A slog without any block events (swingset-runner before 2022-09, docs/formats.md §2.2): the whole
 * loadgen-leaky run with every `cosmic-swingset-*` line removed and no kernel-DB snapshots. The
 * x-axis falls back to the delivery ordinal. The leak is the same, so the gate should still fail
 * on leaky, on BOYD growth and on c-list growth (judged from the replay's start and end).
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/shared/report-schema.js';
import { fixture } from '../helpers/fixtures.js';
import { analyze, vatOf, verdictOf } from './helpers.js';

/** Drops `cosmic-swingset-*` lines, streaming (the stage files are 13 MB raw each). */
function dropBlockEvents(): Transform {
  let rest = '';
  return new Transform({
    transform(chunk, _enc, cb) {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop()!;
      cb(null, lines.filter((l) => !l.startsWith('{"type":"cosmic-swingset-')).map((l) => `${l}\n`).join(''));
    },
    flush(cb) {
      cb(null, rest && !rest.startsWith('{"type":"cosmic-swingset-') ? `${rest}\n` : '');
    },
  });
}

let dir = '';
let r: RunReport;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'loadgen-gate-noblocks-'));
  const files: string[] = [];
  for (const s of [0, 1, 2, 3]) {
    const out = path.join(dir, `chain-stage-${s}.slog`);
    await pipeline(createReadStream(fixture('loadgen-leaky', `chain-stage-${s}.slog.gz`)), createGunzip(), dropBlockEvents(), createWriteStream(out));
    files.push(out);
  }
  r = await analyze(files);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('loadgen-leaky without block events (delivery-ordinal axis)', () => {
  it('falls back to the delivery ordinal and still counts every BOYD', () => {
    expect(r.run.xAxis).toBe('deliveryOrdinal');
    expect(r.run.blocks).toBe(0);
    // Same 360 regular BOYDs as with block events: the 3 bootstrap-block BOYDs of stage 0 (v1, v7,
    // v9), now on the axis too, are each followed by a heap-snapshot-save, i.e. pre-snapshot.
    for (const vatID of ['v6', 'v7', 'v8']) expect(vatOf(r, vatID).boyd!.count, vatID).toBe(360);
    expect(vatOf(r, 'v7').boyd!.growth!).toBeGreaterThan(2); // 2.6 ms → 6.8 ms, as with blocks
  });

  // Without block events the replay still gives each vat's first and final c-list state: growth is
  // judged on the whole run (no per-block rate). Leaky's exports grow 1 → 1,801 → clist-exports fail.
  it('judges c-list growth from the slog replay (leaky exports +1,800 → fail)', () => {
    expect(vatOf(r, 'v7').clist?.series).toBeTruthy();
    expect(verdictOf(r, 'v7', 'clist-exports')?.level).toBe('fail');
    // Ordinals are not blocks: no block count and no per-block rate, however far apart they are.
    const c = vatOf(r, 'v7').clist!;
    expect(c.series!.end!.height - c.series!.start!.height).toBeGreaterThan(1000);
    expect(c.delta).toMatchObject({ blocks: 0, perBlock: null, exports: 1800 });
    expect(verdictOf(r, 'v7', 'clist-exports')?.message).toContain('whole run (no block events)');
  });

  // On the delivery-ordinal axis the per-block slope floor does not apply (the slope is per
  // delivery); the other tests still do, so leaky fails as on the block-height axis.
  it('fails leaky on BOYD growth as it does with block events', () => {
    expect(verdictOf(r, 'v7', 'boyd-slope')?.level).toBe('fail');
    // Slopes per delivery, said as such, and the floor actually applied (0) as the threshold.
    expect(verdictOf(r, 'v7', 'boyd-slope')).toMatchObject({ threshold: 0, message: expect.stringMatching(/^BOYD time grows: Sen slope [\d.]+ µs\/delivery \(CI lower [\d.]+ µs\/delivery\)/) });
    expect(r.verdicts.filter((v) => v.metric === 'boyd-slope').every((v) => !v.message.includes('µs/block'))).toBe(true);
    expect(r.verdict).toBe('fail');
  });
});
