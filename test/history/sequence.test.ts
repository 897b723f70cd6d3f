/**
 * Sequences of real reports (fixture-runs.ts): clean nights, then leaky ones. The change points
 * must fall on the first leaky night with its commit range, only on the vats that retain objects
 * (README: leaky v7 and holder v6 keep 5 objects per block, so their c-lists grow 5 entries per
 * block); a clean-only sequence has none; the band of clean nights passes a clean run and fails a
 * leaky one on the retaining vats only.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { appendEntry, emptyHistory, entryFromReport, findChangePoints, historyOf, type History } from '../../src/history/index.js';
import { gate } from '../../src/gate/gate.js';
import { DEFAULT_POLICY } from '../../src/shared/policy.js';
import type { RunReport } from '../../src/shared/report-schema.js';
import { asRun, familyRuns, partReport, REPO_URL, shaOf } from './fixture-runs.js';

let clean: RunReport[];
let leaky: RunReport[];
let weak: RunReport;

beforeAll(async () => {
  clean = await familyRuns('loadgen-clean');
  leaky = await familyRuns('loadgen-leaky');
  weak = await partReport('loadgen-weak', [1, 2, 3]);
}, 600_000);

const historyFrom = (reports: RunReport[]): History => historyOf(reports.map((r, i) => entryFromReport(asRun(r, i))), 200);
const RETAINING = new Set(['leaky', 'holder']);

describe('change points across nightly runs', () => {
  it('six clean nights then six leaky ones: the change falls on night 6, between commits 5 and 6, on the retaining vats', () => {
    const h = historyFrom([...clean, ...leaky]);
    const { changePoints } = findChangePoints(h);
    const key = (name: string, metric: string) => changePoints.find((c) => c.name === name && c.metric === metric);
    for (const [name, metric, after] of [
      ['holder', 'clist-imports', 5],
      ['leaky', 'clist-exports', 5],
    ] as const) {
      const c = key(name, metric)!;
      expect(c, `${name} ${metric}`).toBeDefined();
      expect(c.index).toBe(6);
      expect(c.direction).toBe('up');
      expect(c.before).toMatchObject({ index: 5, id: 1005, sha: shaOf(5) });
      expect(c.after).toMatchObject({ index: 6, id: 1006, sha: shaOf(6), time: '2026-11-07T03:17:00.000Z' });
      expect(c.compareUrl).toBe(`${REPO_URL}/compare/${shaOf(5)}...${shaOf(6)}`);
      // truth.json: the holder keeps every 2nd of 10 objects per block, 5 entries per block on each side.
      expect(c.medianBefore).toBe(0);
      expect(c.medianAfter).toBe(5);
      expect(c.revertedAt).toBeNull();
    }
    // Leaky's heap grows in every leaky night (README: ×1.17–×2.26), not in a clean one (×1.00).
    expect(key('leaky', 'heap-growth')).toMatchObject({ index: 6, direction: 'up' });
    // The control vats never get a regression.
    const regressions = changePoints.filter((c) => c.regression);
    expect(regressions.length).toBeGreaterThan(2);
    for (const c of regressions) expect(RETAINING.has(c.name!), `${c.name} ${c.metric}`).toBe(true);
    for (const c of regressions.filter((x) => !x.metric.startsWith("time-"))) expect(c.index, `${c.name} ${c.metric}`).toBe(6);
  });

  it('clean nights only: no change point', () => {
    const order = [0, 1, 2, 3, 4, 5, 3, 1, 5, 0, 4, 2];
    const res = findChangePoints(historyFrom(order.map((i) => clean[i]!)));
    expect(res.tested).toBeGreaterThan(20);
    expect(res.changePoints).toEqual([]);
  });

  it('a leak that is fixed again shows as a change and its revert', () => {
    const h = historyFrom([...clean, ...leaky, ...clean]);
    const { changePoints } = findChangePoints(h);
    const up = changePoints.find((c) => c.name === 'leaky' && c.metric === 'clist-exports' && c.direction === 'up')!;
    const down = changePoints.find((c) => c.name === 'leaky' && c.metric === 'clist-exports' && c.direction === 'down')!;
    expect(up.index).toBe(6);
    expect(down.index).toBe(12);
    expect(up.revertedAt).toMatchObject({ index: 12, sha: shaOf(12) });
    expect(down.reverts).toBe(6);
    expect(down.regression).toBe(false);
    // Still only the retaining vats regress.
    for (const c of changePoints.filter((x) => x.regression)) expect(RETAINING.has(c.name!), `${c.name} ${c.metric}`).toBe(true);
  });

  it('a run appended twice (a re-run) counts once', () => {
    let h = emptyHistory();
    h = appendEntry(h, entryFromReport(asRun(clean[0]!, 0)), 200);
    h = appendEntry(h, entryFromReport(asRun(clean[1]!, 0)), 200);
    expect(h.entries).toHaveLength(1);
    expect(h.entries[0]!.run.sha).toBe(shaOf(0));
  });
});

describe('the band of recent main runs', () => {
  const bandOf = (runs: RunReport[]) => historyFrom(runs);
  const bandVerdicts = (r: RunReport) => r.verdicts.filter((v) => v.metric.endsWith('-vs-band'));

  it('passes a clean run (the whole clean run against its five partial runs)', () => {
    const r = gate(clean[5]!, null, bandOf(clean.slice(0, 5)), DEFAULT_POLICY);
    expect(r.band).toEqual({ used: true, reason: 'judged against the band of the last 5 main run(s)', runs: 5 });
    const vs = bandVerdicts(r);
    expect(vs.length).toBeGreaterThan(20);
    expect(vs.filter((v) => v.level === 'fail')).toEqual([]);
    for (const v of vs) expect(v.reference).toMatchObject({ kind: 'band', runs: 5 });
  });

  it('fails a leaky run on the retaining vats only, with the band as the reference', () => {
    for (const run of [leaky[5]!, weak]) {
      const vs = bandVerdicts(gate(run, null, bandOf(clean), DEFAULT_POLICY));
      const failing = vs.filter((v) => v.level === 'fail');
      expect(new Set(failing.map((v) => v.name))).toEqual(RETAINING);
      const exports = failing.find((v) => v.name === 'leaky' && v.metric === 'clist-exports-vs-band')!;
      expect(exports.value).toBe(5);
      expect(exports.reference).toEqual({ kind: 'band', value: 0, spread: 0, runs: 6 });
      expect(exports.unit).toBe('entries/block');
      expect(exports.message).toMatch(/^c-list exports growth 5\.000\/block vs band 0\.000\/block ± 0\.000\/block of 6 main run\(s\): above the band by 5\.000\/block/);
    }
  });

  it('says nothing with fewer runs than bandMinRuns', () => {
    const r = gate(leaky[5]!, null, bandOf(clean.slice(0, 3)), DEFAULT_POLICY);
    expect(bandVerdicts(r)).toEqual([]);
    expect(r.band).toEqual({ used: false, reason: '3 main run(s) in the history; the band needs 5', runs: 3 });
  });

  it('leaves the judged run out of its own band (a main run already in the history)', () => {
    const h = historyFrom([...clean.slice(0, 5), leaky[5]!]);
    const r = gate(asRun(leaky[5]!, 5), null, h, DEFAULT_POLICY);
    expect(r.band?.runs).toBe(5);
    expect(bandVerdicts(r).some((v) => v.level === 'fail')).toBe(true);
  });
});
