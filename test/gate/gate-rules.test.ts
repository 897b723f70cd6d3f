import { describe, expect, it } from 'vitest';
import { boydVerdict } from '../../src/gate/boyd-rules.js';
import { clistVerdicts } from '../../src/gate/clist-rules.js';
import { gate } from '../../src/gate/gate.js';
import { DEFAULT_POLICY } from '../../src/shared/policy.js';
import type { BoydStats, RunReport, TrendStats, VatReport } from '../../src/shared/report-schema.js';

const trendStats = (o: Partial<TrendStats>): TrendStats => ({
  count: 300, slopePerBlock: 1e-5, slopeCI: [8e-6, 1.2e-5], pValue: 1e-20, olsSlope: 1e-5, olsT: 20,
  firstMean: 0.003, lastMean: 0.007, growth: 2.3, relativeRise: 1.2, xFirst: 1, xLast: 360, ...o,
});
const boyd = (o: Partial<BoydStats> = {}): BoydStats => ({
  ...trendStats({}), preSnapshotCount: 0, commonModeCorrected: trendStats({}), chart: [], ...o,
});
const vat = (o: Partial<VatReport> = {}): VatReport => ({
  vatID: 'v7', name: 'leaky', managerType: 'xsnap', deliveries: 1000, boyd: boyd(),
  heap: { count: 300, slopePerBlock: 100, slopeCI: [90, 110], pValue: 1e-10, first: 1e5, last: 2e5, growth: 2 },
  deliveryKinds: [], ...o,
});
const ctx = { tested: 4, span: 360 };
const P = DEFAULT_POLICY.boyd;

describe('BOYD rule', () => {
  it('fails when every test holds', () => {
    expect(boydVerdict(vat(), P, ctx).level).toBe('fail');
  });
  it('is neutral with too few samples or too short a span', () => {
    expect(boydVerdict(vat({ boyd: boyd({ count: 5 }) }), P, ctx).level).toBe('neutral');
    expect(boydVerdict(vat({ boyd: boyd({ xFirst: 300, xLast: 330 }) }), P, ctx).level).toBe('neutral');
  });
  it('caps at warn when the vat only moves with its peers (machine drift)', () => {
    const v = boydVerdict(vat({ boyd: boyd({ commonModeCorrected: trendStats({ pValue: 0.4, slopeCI: [-1e-6, 1e-6] }) }) }), P, ctx);
    expect(v.level).toBe('warn');
    expect(v.message).toMatch(/machine-wide drift/);
  });
  it('caps at warn when the vat rises against its peers only while they slow down in proportion', () => {
    // Minus the peers' median it rises (a slower vat under a scaled slowdown); divided by it, flat.
    const v = boydVerdict(vat({ boyd: boyd({ commonModeRatio: trendStats({ pValue: 0.3, slopeCI: [-1e-4, 2e-4] }) }) }), P, ctx);
    expect(v.level).toBe('warn');
    expect(v.message).toMatch(/but not distinct from the other vats in proportion to their time \(a machine-wide slowdown\)$/);
    // Both forms rising: the vat's own growth (and a report without the ratio form is judged on the other).
    expect(boydVerdict(vat({ boyd: boyd({ commonModeRatio: trendStats({ relativeRise: 0.8 }) }) }), P, ctx).message).toMatch(/; corrected for common-mode drift 10\.00 µs\/block, 80% against its peers; heap ×2\.00$/);
    expect(boydVerdict(vat({ boyd: boyd({ commonModeRatio: undefined }) }), P, ctx).level).toBe('fail');
  });
  it('judges in the run\'s drift form; a vat without the ratio form, on the difference', () => {
    const flatDiff = boyd({ commonModeCorrected: trendStats({ pValue: 0.4, slopeCI: [-1e-6, 1e-6] }), commonModeRatio: trendStats({}) });
    expect(boydVerdict(vat({ boyd: flatDiff }), P, { ...ctx, drift: 'ratio' }).level).toBe('fail');
    expect(boydVerdict(vat({ boyd: flatDiff }), P, { ...ctx, drift: 'diff' }).level).toBe('warn');
    expect(boydVerdict(vat({ boyd: { ...flatDiff, commonModeRatio: null } }), P, { ...ctx, drift: 'ratio' }).level).toBe('warn');
  });
  it('says when no peer could tell machine drift apart', () => {
    const v = boydVerdict(vat({ boyd: boyd({ commonModeCorrected: null, commonModeRatio: null }) }), P, ctx);
    expect(v.level).toBe('fail');
    expect(v.message).toMatch(/; no peer vats with enough BOYDs to tell machine drift apart; heap ×2\.00$/);
    expect(boydVerdict(vat({ boyd: boyd({ commonModeCorrected: null }) }), { ...P, commonMode: false }, ctx).message).not.toMatch(/peer/);
  });
  it('caps at warn when the heap is flat', () => {
    const v = boydVerdict(vat({ heap: { count: 300, slopePerBlock: 0, slopeCI: [0, 0], pValue: 0.5, first: 1e5, last: 1.01e5, growth: 1.01 } }), P, ctx);
    expect(v.level).toBe('warn');
    expect(v.message).toMatch(/heap flat/);
  });
  it('applies Bonferroni: p between alpha/m and alpha warns', () => {
    const v = boydVerdict(vat({ boyd: boyd({ pValue: 0.005 }) }), P, { tested: 4, span: 360 });
    expect(v.level).toBe('warn');
    expect(boydVerdict(vat({ boyd: boyd({ pValue: 0.005 }) }), P, { tested: 1, span: 360 }).level).toBe('fail');
  });
  it('passes a falling or insignificant series', () => {
    expect(boydVerdict(vat({ boyd: boyd({ pValue: 0.9, slopePerBlock: -1e-6, slopeCI: [-2e-6, 0] }) }), P, ctx).level).toBe('pass');
  });
});

const snap = (stage: number, height: number, exp: number, imp: number, weak = 0) => ({
  stage, height, exports: { reachable: exp, recognizableOnly: 0 }, imports: { reachable: imp - weak, recognizableOnly: weak }, promises: 0, nextImportID: 50 + imp,
});

describe('c-list rules', () => {
  const C = DEFAULT_POLICY.clist;
  it('fails on growth above both thresholds, using the DB snapshots', () => {
    const vs = clistVerdicts(vat({ clist: { snapshots: [snap(1, 120, 602, 1), snap(3, 360, 1802, 1)], series: null, delta: null, stageDeltas: [] } }), C);
    expect(vs.map((v) => [v.metric, v.level, v.value])).toEqual([['clist-exports', 'fail', 1200], ['clist-imports', 'pass', 0]]);
    expect(vs[0].message).toMatch(/602 → 1802 \(\+1200\) \(5\.00\/block over 240 blocks\)/);
  });
  it('counts recognizable-only imports as growth (agoric-sdk#4525)', () => {
    const vs = clistVerdicts(vat({ clist: { snapshots: [snap(1, 120, 1, 600, 600), snap(3, 360, 1, 1800, 1800)], series: null, delta: null, stageDeltas: [] } }), C);
    expect(vs.find((v) => v.metric === 'clist-imports')!.level).toBe('fail');
  });
  it('warns on moderate growth and on a large drop', () => {
    const grow = clistVerdicts(vat({ clist: { snapshots: [snap(1, 120, 10, 0), snap(3, 360, 40, 0)], series: null, delta: null, stageDeltas: [] } }), C);
    expect(grow[0].level).toBe('warn');
    const drop = clistVerdicts(vat({ clist: { snapshots: [snap(1, 120, 1000, 0), snap(3, 360, 100, 0)], series: null, delta: null, stageDeltas: [] } }), C);
    expect(drop[0].level).toBe('warn');
    expect(drop[0].message).toMatch(/dropped sharply/);
  });
  it('fails a single stage jump when maxPerStage is set', () => {
    const vs = clistVerdicts(vat({ clist: { snapshots: [snap(1, 120, 10, 0), snap(2, 240, 70, 0), snap(3, 360, 75, 0)], series: null, delta: null, stageDeltas: [] } }), { ...C, maxPerStage: 50 });
    expect(vs[0].level).toBe('fail');
    expect(vs[0].message).toMatch(/stage 2 alone added 60/);
  });
});

describe('c-list rule without block heights', () => {
  it('judges the growth alone and says the per-block floor was not applied', () => {
    const snap = (stage: number, n: number) => ({ stage, height: null, exports: { reachable: n, recognizableOnly: 0 }, imports: { reachable: 0, recognizableOnly: 0 }, promises: 0, nextImportID: null });
    const v = vat({ clist: { snapshots: [snap(1, 0), snap(3, 150)], series: null, delta: null, stageDeltas: [] } as unknown as VatReport['clist'] });
    const [exp] = clistVerdicts(v, DEFAULT_POLICY.clist);
    expect(exp).toMatchObject({ metric: 'clist-exports', level: 'fail', value: 150 });
    expect(exp!.message).toBe('c-list exports grow: 0 → 150 (+150); no block heights, so the per-block floor is not applied, from kernel DB, stage 1 → 3');
  });
});

describe('gate', () => {
  const report = (vats: VatReport[]): RunReport => ({
    schemaVersion: 1, tool: { name: 'loadgen-gate', version: 't' }, generatedAt: '', provenance: { source: 'local' },
    run: { files: [], xAxis: 'blockHeight', blockRange: [1, 360], blocks: 360, cycles: null, warnings: [], utilization: { deliverySeconds: 0, swingsetSeconds: null, wallSeconds: null, byKind: [] } },
    vats, importGraph: [], kernel: [], verdicts: [], verdict: 'pass', baseline: { used: false, reason: '' }, policy: {},
  });
  it('takes the worst level, honours the ignore list, and says when there is no baseline', () => {
    const r = gate(report([vat(), vat({ vatID: 'v8', name: 'sink', boyd: boyd({ pValue: 0.9 }) })]), null, DEFAULT_POLICY);
    expect(r.verdict).toBe('fail');
    expect(r.baseline).toEqual({ used: false, reason: 'no baseline given: judged on thresholds alone' });
    const ignored = gate(report([vat(), vat({ vatID: 'v8', name: 'sink', boyd: boyd({ pValue: 0.9 }) })]), null, { ...DEFAULT_POLICY, ignore: ['leaky'] });
    expect(ignored.verdict).toBe('pass');
    expect(ignored.verdicts.some((v) => v.vatID === 'v7')).toBe(false);
  });
  it('compares with a baseline: new growth fails, same growth passes', () => {
    const flat = vat({ boyd: boyd({ slopePerBlock: 1e-7, slopeCI: [-1e-6, 1.2e-6] }) });
    const r = gate(report([vat()]), report([flat]), DEFAULT_POLICY);
    const v = r.verdicts.find((x) => x.metric === 'boyd-slope-vs-baseline')!;
    expect(v.level).toBe('fail');
    expect(r.baseline.used).toBe(true);
    const same = gate(report([vat()]), report([vat()]), DEFAULT_POLICY);
    expect(same.verdicts.find((x) => x.metric === 'boyd-slope-vs-baseline')!.level).toBe('pass');
  });
  it('a baseline statistic of another type (JSON from an artifact) is no statistic, not an internal error', () => {
    const odd = vat({ boyd: boyd({ slopePerBlock: '1e-7' as unknown as number }), clist: { snapshots: [], series: null, delta: { perBlock: '0.5' } as any, stageDeltas: [] } });
    const here = vat({ clist: { snapshots: [], series: null, delta: { perBlock: 0.5 } as any, stageDeltas: [] } });
    const r = gate(report([here]), report([odd]), DEFAULT_POLICY);
    expect(r.verdicts.filter((v) => v.metric.endsWith('-vs-baseline'))).toEqual([]);
  });
  it('a slope steeper than the baseline\'s that the drift guards explain only warns', () => {
    // A slower CI host: every vat's slope is steeper than on main, none rises against its peers.
    const flat = vat({ boyd: boyd({ slopePerBlock: 1e-7, slopeCI: [-1e-6, 1.2e-6] }) });
    const drifting = vat({ boyd: boyd({ commonModeCorrected: trendStats({ pValue: 0.4, slopeCI: [-1e-6, 1e-6] }) }) });
    const v = gate(report([drifting]), report([flat]), DEFAULT_POLICY).verdicts.find((x) => x.metric === 'boyd-slope-vs-baseline')!;
    expect(v.level).toBe('warn');
    expect(v.message).toBe('BOYD slope 10.00 µs/block vs baseline 0.10 µs/block (difference 9.90 µs/block, z=11.2); but not distinct from the other vats (machine-wide drift)');
    const flatHeap = vat({ heap: { count: 300, slopePerBlock: 0, slopeCI: [0, 0], pValue: 0.5, first: 1e5, last: 1.01e5, growth: 1.01 } });
    expect(gate(report([flatHeap]), report([flat]), DEFAULT_POLICY).verdicts.find((x) => x.metric === 'boyd-slope-vs-baseline')!.message).toMatch(/; but heap flat \(×1\.01\): likely machine drift$/);
  });

  describe('what the baseline is compared with', () => {
    const flat = () => vat({ boyd: boyd({ slopePerBlock: 1e-7, slopeCI: [-1e-6, 1.2e-6] }) });
    const vsBaseline = (r: RunReport) => r.verdicts.find((x) => x.metric === 'boyd-slope-vs-baseline')!;

    it('a baseline without block events (slopes per delivery) is not compared with slopes per block', () => {
      const ordinal = { ...report([flat()]), run: { ...report([]).run, xAxis: 'deliveryOrdinal' as const, blockRange: null, blocks: 0 } };
      const v = vsBaseline(gate(report([vat()]), ordinal, DEFAULT_POLICY));
      expect(v.level).toBe('neutral');
      expect(v.message).toBe('BOYD slope per block here, per delivery in the baseline: not comparable');
      // Both without block events: compared, in µs per delivery.
      const ordinalRun = (v: VatReport) => ({ ...report([v]), run: { ...report([]).run, xAxis: 'deliveryOrdinal' as const, blockRange: null, blocks: 0 } });
      expect(vsBaseline(gate(ordinalRun(vat()), ordinalRun(flat()), DEFAULT_POLICY)).message).toMatch(/^BOYD slope [\d.]+ µs\/delivery vs baseline [\d.]+ µs\/delivery/);
      // Both on block axes (blockHeight, runBlockHeight): compared.
      const run = { ...report([flat()]), run: { ...report([]).run, xAxis: 'runBlockHeight' as const } };
      expect(vsBaseline(gate(report([vat()]), run, DEFAULT_POLICY)).level).toBe('fail');
    });

    it('the same vatID under another name is another vat: not compared', () => {
      const other = vat({ name: 'someOtherContract', boyd: boyd({ slopePerBlock: 1e-7, slopeCI: [-1e-6, 1.2e-6] }) });
      const v = vsBaseline(gate(report([vat()]), report([other]), DEFAULT_POLICY));
      expect(v.level).toBe('neutral');
      expect(v.message).toBe('vat not in the baseline (its vatID belongs to someOtherContract there): nothing to compare');
      // A name on one side only still matches by vatID.
      expect(vsBaseline(gate(report([vat()]), report([{ ...flat(), name: null }]), DEFAULT_POLICY)).level).toBe('fail');
      // The same name under another vatID matches by name.
      expect(vsBaseline(gate(report([vat()]), report([{ ...flat(), vatID: 'v17' }]), DEFAULT_POLICY)).level).toBe('fail');
    });

    it('a vat the BOYD rule cannot judge (too few BOYDs, too short a span) on either side is not compared', () => {
      const short = vat({ boyd: boyd({ count: 12, xFirst: 330, xLast: 360 }) });
      const r = gate(report([short]), report([flat()]), DEFAULT_POLICY);
      expect(r.verdicts.find((x) => x.metric === 'boyd-slope')!.level).toBe('neutral');
      expect(vsBaseline(r)).toMatchObject({ level: 'neutral', message: 'too few BOYDs in this run to compare (need 12 over ≥20% of the run)' });
      const thinBaseline = vat({ boyd: boyd({ slopePerBlock: 1e-7, slopeCI: [-1e-6, 1.2e-6], count: 5 }) });
      expect(vsBaseline(gate(report([vat()]), report([thinBaseline]), DEFAULT_POLICY)).message).toBe('too few BOYDs in the baseline to compare (need 12 over ≥20% of the run)');
    });

    it('each interval is turned into a standard error at the α its own report used', () => {
      // The same interval, computed at α = 0.01 (this run) and at α = 0.1 (the baseline's policy):
      // at 0.1 it stands for a smaller standard error, so the difference is more significant.
      const cur = vat({ boyd: boyd({ slopePerBlock: 5e-6, slopeCI: [2e-6, 8e-6] }) });
      const base = (alpha: number) => ({ ...report([vat({ boyd: boyd({ slopePerBlock: 1e-6, slopeCI: [-2e-6, 4e-6] }) })]), policy: { boyd: { alpha } } });
      const here = { ...report([cur]), policy: { boyd: { alpha: 0.01 } } };
      const z = (b: RunReport) => Number(/z=([\d.]+)/.exec(vsBaseline(gate(here, b, DEFAULT_POLICY)).message)![1]);
      const se = (alpha: number) => 6e-6 / (2 * 2.5758293035489004) * (alpha === 0.1 ? 2.5758293035489004 / 1.6448536269514722 : 1);
      expect(z(base(0.01))).toBeCloseTo(4e-6 / Math.hypot(se(0.01), se(0.01)), 1);
      expect(z(base(0.1))).toBeCloseTo(4e-6 / Math.hypot(se(0.01), se(0.1)), 1);
      // A per-vat α override moves the test's level, not the intervals' meaning.
      const strict = { ...DEFAULT_POLICY, overrides: [{ match: 'leaky', boyd: { alpha: 0.2 } }] } as typeof DEFAULT_POLICY;
      expect(z(base(0.01))).toBe(Number(/z=([\d.]+)/.exec(vsBaseline(gate(here, base(0.01), strict)).message)![1]));
      // A per-vat override recorded in a report is the α that vat's interval was computed at.
      const perVat = { ...report([vat({ boyd: boyd({ slopePerBlock: 1e-6, slopeCI: [-2e-6, 4e-6] }) })]), policy: { boyd: { alpha: 0.01 }, overrides: [{ match: 'leaky', boyd: { alpha: 0.1 } }] } };
      expect(z(perVat)).toBeCloseTo(z(base(0.1)), 6);
    });
  });
});
