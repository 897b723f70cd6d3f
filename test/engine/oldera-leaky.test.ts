/**
 * loadgen-leaky without `clist` events: the c-list is rebuilt from the delivery/syscall
 * translations (see oldera-suite.ts for the shared checks). Here: the numbers themselves, a stage
 * file read without the earlier stages (d), and the built CLI on the old-era directory.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/shared/report-schema.js';
import { fixture } from '../helpers/fixtures.js';
import { analyze, CLI_BUNDLE, NODE24, requireBundle, vatOf, verdictOf } from './helpers.js';
import { countsAt, defineOldEraSuite, seriesBody, slogName, verdictBodies, split } from './oldera-suite.js';

const s = defineOldEraSuite('loadgen-leaky');

describe('loadgen-leaky without clist events: the rebuilt numbers', () => {
  it('holder (v6) and leaky (v7) at blocks 120 / 240 / 360: +600 reachable entries per stage, as in the DB', () => {
    const m = s.merged();
    // leaky: its root o+0 plus 5 kept SeatHandles per block (601 / 1201 / 1801 exports); it imports
    // the holder's root (o-50). holder: its root export plus the 5 handles per block it keeps.
    expect([120, 240, 360].map((h) => countsAt(m, 'v7', h))).toEqual([split(601, 0, 1, 0), split(1201, 0, 1, 0), split(1801, 0, 1, 0)]);
    expect([120, 240, 360].map((h) => countsAt(m, 'v6', h))).toEqual([split(1, 0, 600, 0), split(1, 0, 1200, 0), split(1, 0, 1800, 0)]);
    // The controls stay flat: sink its root; tidy its root and the sink's root it sends to.
    for (const h of [120, 240, 360]) {
      expect(countsAt(m, 'v8', h)).toEqual(split(1, 0, 0, 0));
      expect(countsAt(m, 'v9', h)).toEqual(split(1, 0, 1, 0));
    }
  });

  it('slog-only verdicts (no archives): leaky fails on exports, holder on imports, 6 → 1801 and 5 → 1800 at 5.00/block', () => {
    const b = s.slogOnly();
    expect(verdictOf(b, 'v7', 'clist-exports')).toMatchObject({ level: 'fail', value: 1795 });
    expect(verdictOf(b, 'v6', 'clist-imports')).toMatchObject({ level: 'fail', value: 1795 });
    expect(verdictOf(b, 'v7', 'clist-exports')!.message).toBe('c-list exports grow: 6 → 1801 (+1795) (5.00/block over 359 blocks), from slog replay of delivery/syscall translations, block 1 → 360');
    expect(vatOf(b, 'v7').clist!.series).toMatchObject({ replayedFrom: 'translations', slopePerBlock: 5, slopeCI: [5, 5] });
    expect(vatOf(b, 'v6').clist!.series).toMatchObject({ replayedFrom: 'translations', slopePerBlock: 5, slopeCI: [5, 5] });
    // Exactly these two c-list failures, as with the clist events (and truth.json's must_flag).
    expect(b.verdicts.filter((v) => v.metric.startsWith('clist-') && v.level !== 'pass').map((v) => `${v.vatID} ${v.metric} ${v.level}`)).toEqual(['v6 clist-imports fail', 'v7 clist-exports fail']);
    expect(s.truth().expected.clist_growth.must_flag).toEqual(['v6:holder', 'v7:leaky']);
  });
});

/**
 * (d) Stage files read without the earlier stages. A translation cannot tell an entry made in an
 * earlier stage from a new one, so the first mention of an old entry counts it, once, from then on:
 * the rebuilt series = the clist-event series + the old entries the files mention. In this run
 * those are the busy vats' root objects (targets of every produce/keep/use) and the root imports
 * leaky and tidy send to, all mentioned in the first block, so the growth and slope are unchanged.
 */
describe('loadgen-leaky without clist events: (d) stage files read without the earlier stages', () => {
  const runs: Record<string, RunReport> = {};
  beforeAll(async () => {
    const derived = (n: number) => path.join(s.dir(), slogName(n));
    const original = (n: number) => fixture('loadgen-leaky', slogName(n));
    runs.alone = await analyze([derived(2)]);
    runs.aloneRef = await analyze([original(2)]);
    runs.pair = await analyze([derived(2), derived(3)]);
    runs.pairRef = await analyze([original(2), original(3)]);
  });

  /** Old entries each busy vat's files mention (counted once): [exports, imports]. */
  const MENTIONED: Record<string, [number, number]> = { v6: [1, 0], v7: [1, 1], v8: [1, 0], v9: [1, 1] };

  it.each([
    ['stage 2 alone', 'alone', 'aloneRef', 121, 240],
    ['stages 2 and 3 (entries of stage 2 mentioned again in stage 3 are the same entries)', 'pair', 'pairRef', 121, 360],
  ])('%s: relative series = clist-event series + each mentioned old entry once; same growth, slope and verdicts', (_label, got, ref, first, last) => {
    const a = runs[got];
    const r = runs[ref];
    for (const [vatID, [ex, im]] of Object.entries(MENTIONED)) {
      const sa = vatOf(a, vatID).clist!.series!;
      const sr = vatOf(r, vatID).clist!.series!;
      expect(sa.replayedFrom).toBe('translations');
      expect(sa.absolute, `${vatID}: no genesis, so the series is relative`).toBe(false);
      expect(sr.absolute).toBe(false);
      for (const [x, y] of [[sa.start!, sr.start!], [sa.end!, sr.end!]]) {
        expect(x, vatID).toEqual({ ...y, exports: y.exports + ex, imports: y.imports + im });
      }
      expect([sa.start!.height, sa.end!.height]).toEqual([first, last]);
      expect(sa.slopePerBlock, vatID).toBe(sr.slopePerBlock);
      expect(sa.slopeCI, vatID).toEqual(sr.slopeCI);
      // Charts: the same blocks, every value shifted by the same offset.
      expect(sa.chart.map((p) => p[0])).toEqual(sr.chart.map((p) => p[0]));
      sa.chart.forEach((p, i) => expect(Math.abs(p[1] - sr.chart[i][1] - (ex + im))).toBeLessThan(1e-9));
    }
    // Leaky: 5 → 600 exports over stage 2 with the clist events; 6 → 601 rebuilt (+ its root o+0).
    if (got === 'alone') {
      expect(vatOf(a, 'v7').clist!.series!.start).toMatchObject({ exports: 6, imports: 1 });
      expect(vatOf(a, 'v7').clist!.series!.end).toMatchObject({ exports: 601, imports: 1 });
    } else {
      // Not 1202: the root is mentioned in both files and counted once.
      expect(vatOf(a, 'v7').clist!.series!.end).toMatchObject({ exports: 1201, imports: 1 });
    }
    // Same verdicts; the rebuilt ones say they are relative and where they come from.
    const levels = (x: RunReport) => x.verdicts.filter((v) => v.metric.startsWith('clist-')).map((v) => [v.vatID, v.metric, v.level, v.value]);
    expect(levels(a)).toEqual(levels(r));
    expect(verdictOf(a, 'v7', 'clist-exports')!.message).toMatch(/from slog replay of delivery\/syscall translations, block \d+ → \d+ \(relative\)$/);
  });
});

describe('loadgen-leaky without clist events: the built CLI on the old-era directory', () => {
  let tmp = '';
  let ran: { code: number; stdout: string; stderr: string };
  beforeAll(async () => {
    requireBundle(CLI_BUNDLE);
    tmp = await mkdtemp(path.join(os.tmpdir(), 'loadgen-gate-oldera-cli-'));
    ran = await new Promise((resolve) => {
      execFile(NODE24, [CLI_BUNDLE, 'analyze', s.dir(), '--json', path.join(tmp, 'r.json')], { maxBuffer: 64 << 20, timeout: 60_000 }, (err, stdout, stderr) => {
        resolve({ code: err ? (typeof (err as any).code === 'number' ? (err as any).code : -1) : 0, stdout, stderr });
      });
    });
  });
  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('exits 1 (fail), reports the same series and verdicts as the in-process engine', async () => {
    expect(ran.code, ran.stderr).toBe(1);
    const r: RunReport = JSON.parse(await readFile(path.join(tmp, 'r.json'), 'utf8'));
    const e = s.withStorage();
    for (const v of e.vats) {
      expect(vatOf(r, v.vatID).clist?.series, v.vatID).toEqual(v.clist?.series);
      expect(vatOf(r, v.vatID).clist?.snapshots, v.vatID).toEqual(v.clist?.snapshots);
    }
    expect(verdictBodies(r)).toEqual(verdictBodies(e));
    expect(vatOf(r, 'v7').clist!.series!.replayedFrom).toBe('translations');
    expect(seriesBody(vatOf(r, 'v7').clist!.series)).toMatchObject({ end: { height: 360, exports: 1801, imports: 1 } });
  });

  it('the markdown says the c-list series were rebuilt from translations', () => {
    expect(ran.stdout).toContain('Slog c-list series rebuilt from the kernel’s delivery/syscall translations: the slog has no `clist` events.');
  });
});
