/**
 * perf.jsonl (src/run-files/perf.ts) on the leaky fixture's file and on damaged copies of it: a
 * perf-finish line cut short or over the line cap is counted and named, never silently dropped,
 * and the engine reports it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPerf } from '../../src/run-files/perf.js';
import { fixture } from '../helpers/fixtures.js';
import { analyze } from '../engine/helpers.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-perf-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const original = fs.readFileSync(fixture('loadgen-leaky', 'perf.jsonl'), 'utf8');
const lines = original.split('\n').filter(Boolean);
const finishAt = lines.findIndex((l) => l.includes('"type":"perf-finish"'));
const stats = JSON.parse(lines[finishAt]!).stats;

/** A run directory: the leaky fixture's files, with `perf.jsonl` replaced by `perfText`. */
function runWith(name: string, perfText: string): string {
  const d = path.join(dir, name);
  fs.mkdirSync(d);
  for (const f of fs.readdirSync(fixture('loadgen-leaky'))) if (f !== 'perf.jsonl' && f !== 'truth.json') fs.symlinkSync(fixture('loadgen-leaky', f), path.join(d, f));
  fs.writeFileSync(path.join(d, 'perf.jsonl'), perfText);
  return d;
}

describe('readPerf', () => {
  it('reads the perf-finish stats of the fixture: every stage, the cycles, the SDK revision', async () => {
    const p = await readPerf(fixture('loadgen-leaky', 'perf.jsonl'));
    expect(Object.keys(p.stages)).toEqual(Object.keys(stats.stages));
    for (const [k, s] of Object.entries(stats.stages as Record<string, Record<string, number>>)) {
      expect(p.stages[k]).toEqual({ firstBlockHeight: s.firstBlockHeight, lastBlockHeight: s.lastBlockHeight, blockCount: s.blockCount, cycleCount: s.cycleCount });
    }
    expect([p.cycles, p.sdkRevision, p.badLines, p.problems]).toEqual([stats.cyclesSummary.cycleCount, stats.metadata.testData.sdkRevision, 0, []]);
  });

  it('a perf-finish line cut short, or longer than the line cap, is counted and named with its line', async () => {
    const cut = [...lines.slice(0, finishAt), lines[finishAt]!.slice(0, -200)].join('\n');
    fs.writeFileSync(path.join(dir, 'cut.jsonl'), cut);
    const p = await readPerf(path.join(dir, 'cut.jsonl'));
    expect(p.badLines).toBe(1);
    expect(p.problems).toEqual([{ where: `cut.jsonl:${finishAt + 1}`, why: 'perf event line is not valid JSON; skipped' }]);
    expect(Object.keys(p.stages)).toEqual([]);

    const long = [...lines.slice(0, finishAt), lines[finishAt]!.replace('"stats":{', `"pad":"${'x'.repeat(8000)}","stats":{`)].join('\n');
    fs.writeFileSync(path.join(dir, 'long.jsonl'), long);
    expect((await readPerf(path.join(dir, 'long.jsonl'))).stages['1']).toBeDefined();
    const capped = await readPerf(path.join(dir, 'long.jsonl'), { maxLineBytes: 4096 });
    expect(capped.problems).toEqual([{ where: `long.jsonl:${finishAt + 1}`, why: 'perf event over the line-size cap; skipped' }]);
  });

  it('the engine warns about the cut line and loses only what it held (the per-cycle rates)', async () => {
    const good = await analyze([fixture('loadgen-leaky')]);
    const r = await analyze([runWith('cut', [...lines.slice(0, finishAt), lines[finishAt]!.slice(0, -200)].join('\n'))]);
    expect(r.run.warnings.filter((w) => w.code === 'perf-unreadable')).toEqual([
      { code: 'perf-unreadable', count: 1, message: `perf.jsonl:${finishAt + 1}: perf event line is not valid JSON; skipped (stage heights and cycle counts from it are missing)`, examples: [`perf.jsonl:${finishAt + 1}`] },
    ]);
    expect(good.run.warnings.some((w) => w.code === 'perf-unreadable')).toBe(false);
    expect(good.run.cycles).toBe(stats.cyclesSummary.cycleCount);
    expect(r.run.cycles).toBeNull();
    expect(r.verdict).toBe(good.verdict);
  }, 120_000);

  it('a perf.jsonl without a usable perf-finish (a run cut short, junk, stats not an object) is said, not ignored', async () => {
    const noFinish = await analyze([runWith('no-finish', lines.slice(0, finishAt).join('\n'))]);
    expect(noFinish.run.warnings.filter((w) => w.code === 'perf-unreadable')).toEqual([
      { code: 'perf-unreadable', count: 1, message: 'perf.jsonl: no `perf-finish` event (a run cut short?): stage heights and cycle counts from it are missing', examples: ['perf.jsonl'] },
    ]);
    const junk = await readPerf(path.join(runWith('junk', '\u0000\u0001 not json\n'), 'perf.jsonl'));
    expect([junk.finished, junk.badLines]).toEqual([false, 0]);
    fs.writeFileSync(path.join(dir, 'oops.jsonl'), JSON.stringify({ type: 'perf-finish', stats: 'oops' }));
    const oops = await readPerf(path.join(dir, 'oops.jsonl'));
    expect([oops.finished, oops.problems]).toEqual([false, [{ where: 'oops.jsonl:1', why: '`perf-finish` without a stats object; skipped' }]]);
    expect((await readPerf(fixture('loadgen-leaky', 'perf.jsonl'))).finished).toBe(true);
  }, 120_000);
});
