/**
 * The BOYD rule on every real-kernel run against its truth.json: every must_flag vat fails on a
 * BOYD metric and no must_not_flag vat does (leaky, clean, weak, late, local, promises), and the
 * three mechanisms of the later runs: loadgen-late's leak that starts in stage 3 (its onset, and
 * a verdict that says the whole run shows nothing), its exporter's two kinds of BOYD (judged at its
 * usual GC load), and loadgen-local's one shared heap (no vat blamed by BOYD time).
 */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { analyze, splitTag, vatOf, verdictOf } from './helpers.js';
import { fixture } from '../helpers/fixtures.js';
import { DEFAULT_POLICY } from '../../src/shared/policy.js';
import type { RunReport } from '../../src/shared/report-schema.js';

const RUNS = ['loadgen-leaky', 'loadgen-clean', 'loadgen-weak', 'loadgen-late', 'loadgen-local', 'loadgen-promises'] as const;
const reports = new Map<string, Promise<RunReport>>();
const report = (run: string) => {
  let p = reports.get(run);
  if (!p) reports.set(run, (p = analyze([fixture(run)])));
  return p;
};
const truth = async (run: string) => JSON.parse(await readFile(fixture(run, 'truth.json'), 'utf8'));
const boydLevels = (r: RunReport, vatID: string) => r.verdicts.filter((v) => v.vatID === vatID && v.metric.startsWith('boyd-')).map((v) => v.level);

describe.each(RUNS)('%s: BOYD verdicts vs truth.json expected.boyd_growth', (run) => {
  it('every must_flag vat fails on BOYD, no must_not_flag vat does', async () => {
    const [r, t] = [await report(run), await truth(run)];
    const e = t.expected.boyd_growth;
    for (const tag of e.must_flag) expect(boydLevels(r, splitTag(tag).vatID), tag).toContain('fail');
    for (const tag of e.must_not_flag) expect(boydLevels(r, splitTag(tag).vatID), tag).not.toContain('fail');
  });
});

describe('loadgen-late: a leak that starts in stage 3', () => {
  it('auction (v6): the onset is in stage 3, within its first quarter, where truth.json says the leak starts', async () => {
    const [r, t] = [await report('loadgen-late'), await truth('loadgen-late')];
    const b = vatOf(r, 'v6').boyd!;
    const stage3 = t.stages['3'];
    expect(t.params.LEAK_START_STAGE).toBe(3);
    expect(b.onset).toMatchObject({ stage: 3 });
    expect(b.onset!.height).toBeGreaterThanOrEqual(stage3.firstBlockHeight);
    expect(b.onset!.height).toBeLessThanOrEqual(stage3.firstBlockHeight + (stage3.lastBlockHeight - stage3.firstBlockHeight + 1) / 4);
    // index: the onset's BOYD in the judged series; the segment after it is the rest of the series.
    expect(b.afterOnset!.count).toBe(b.count - b.onset!.index);
    expect(b.afterOnset!.xFirst).toBe(b.onset!.height);
    expect(b.afterOnset!.xLast).toBe(t.vats.v6.boyd.last_block);
  });

  it('auction: the whole run shows no significant trend, the BOYDs after the onset do, against the peers too, with the heap growing', async () => {
    const r = await report('loadgen-late');
    const b = vatOf(r, 'v6').boyd!;
    const alpha = DEFAULT_POLICY.boyd.alpha / (4 * (1 + DEFAULT_POLICY.boyd.onsetCandidates));
    // truth: OLS t 4.75 over the whole run, 8.31 over the second half.
    expect(b.pValue!).toBeGreaterThan(alpha);
    expect(b.afterOnset!.pValue!).toBeLessThan(alpha);
    expect(b.afterOnset!.relativeRise!).toBeGreaterThan(DEFAULT_POLICY.boyd.minRelativeRise);
    expect(b.afterOnsetCorrected!.pValue!).toBeLessThan(alpha);
    expect(b.afterOnsetRatio!.pValue!).toBeLessThan(alpha);
    expect(b.afterOnsetHeapGrowth!).toBeGreaterThan(1.3);
    const v = verdictOf(r, 'v6', 'boyd-slope')!;
    expect(v.level).toBe('fail');
    expect(v.message).toMatch(new RegExp(`^BOYD time grows from block ${b.onset!.height} \\(stage 3\\) on: .*; the whole run shows no growth \\(trend not significant`));
    expect(v.value).toBe(b.afterOnset!.slopePerBlock);
  });

  it('no onset for the vats that do not grow (board, sink, tidy)', async () => {
    const r = await report('loadgen-late');
    for (const vatID of ['v7', 'v8', 'v9']) expect(vatOf(r, vatID).boyd!.onset, vatID).toBeNull();
  });

  it('auction has two kinds of BOYD in the clean stages: judged at its usual GC load, one GC kref costing what the second BOYD of a block costs more, per kref', async () => {
    const r = await report('loadgen-late');
    const gc = vatOf(r, 'v6').boyd!.gcWork!;
    // Stages 1–2: 0 and 20 krefs a BOYD; stages 3–4: 10. The median is 10.
    expect(gc).toMatchObject({ adjusted: true, reference: 10 });
    expect(gc.pairs).toBeGreaterThan(0.5 * vatOf(r, 'v6').boyd!.count);
    // Independently: in the clean stages the GC-triggered BOYD (20 krefs) costs 3.0–4.0 ms more
    // than the forced one of the same block (medians 8.5 vs 5.0 ms), so 150–200 µs a kref.
    expect(gc.secondsPerKref).toBeGreaterThan(150e-6);
    expect(gc.secondsPerKref).toBeLessThan(200e-6);
    // The importer and the control pair have one kind only (or too few of the other to matter).
    for (const vatID of ['v7', 'v8', 'v9']) expect(vatOf(r, vatID).boyd!.gcWork?.adjusted ?? false, vatID).toBe(false);
  });
});

describe('loadgen-local: one shared heap', () => {
  it('every busy vat rises, none fails on BOYD, each says BOYD time cannot attribute a leak and the c-lists decide', async () => {
    const r = await report('loadgen-local');
    for (const vatID of ['v6', 'v7', 'v8', 'v9']) {
      const v = vatOf(r, vatID);
      expect(v.heap, vatID).toBeNull();
      expect(v.managerType).toBe('local');
      // truth: all four busy vats rise (OLS t 6.5–10); against their peers they do not.
      expect(v.boyd!.relativeRise!).toBeGreaterThan(0.25);
      const m = verdictOf(r, vatID, 'boyd-slope')!;
      expect(m.level, vatID).toBe('warn');
      expect(m.message).toMatch(/BOYD time cannot attribute a leak to a vat, the c-lists decide who leaks$/);
    }
    // The c-lists decide: the retaining vats (holder, leaky) fail on them.
    for (const vatID of ['v6', 'v7']) expect(r.verdicts.some((v) => v.vatID === vatID && v.metric.startsWith('clist-') && v.level === 'fail'), vatID).toBe(true);
  });
});

describe('no onset on a clean run', () => {
  it('loadgen-clean: no vat has an onset of growth', async () => {
    const r = await report('loadgen-clean');
    expect(r.vats.filter((v) => v.boyd?.onset).map((v) => v.vatID)).toEqual([]);
    expect(r.schemaVersion).toBe(2);
  });
});
