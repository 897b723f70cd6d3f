/**
 * A RunReport with `n` vats, made up but shaped like a real one (BOYD series, heap, c-list
 * snapshots, delivery kinds, an import graph and three verdicts per vat, every 50th vat failing),
 * for checking that rendering stays linear (or n log n) in vats. Deterministic.
 */
import type { RunReport, VatReport, Verdict } from '../../src/shared/report-schema.js';

export function manyVatsReport(n: number): RunReport {
  const vats: VatReport[] = [];
  const verdicts: Verdict[] = [];
  const graph: RunReport['importGraph'] = [];
  for (let i = 0; i < n; i++) {
    const vatID = `v${i + 1}`;
    const name = `vat-${i + 1}`;
    const leaky = i % 50 === 7;
    const slope = leaky ? 1e-5 : (i % 7) * 1e-8;
    const chart: Array<[number, number]> = Array.from({ length: 20 }, (_, k) => [1 + k * 18, 0.002 + slope * k * 18 + ((i * 31 + k * 17) % 13) * 1e-5]);
    const exp = leaky ? 1800 : 1;
    vats.push({
      vatID,
      name,
      managerType: 'xsnap',
      deliveries: 400,
      boyd: {
        count: 360, slopePerBlock: slope, slopeCI: [slope - 1e-6, slope + 1e-6], pValue: leaky ? 1e-9 : 0.5, olsSlope: slope, olsT: 1,
        firstMean: 0.002, lastMean: 0.002 + slope * 360, growth: 1 + slope * 180000, relativeRise: slope * 180000, xFirst: 1, xLast: 360,
        preSnapshotCount: 2, commonModeCorrected: null, chart,
      },
      heap: { count: 360, slopePerBlock: 1, slopeCI: [0, 2], pValue: 0.1, first: 1000, last: leaky ? 2000 : 1000, growth: leaky ? 2 : 1, chart: [[1, 1000], [360, leaky ? 2000 : 1000]] },
      clist: {
        snapshots: [1, 2, 3].map((s) => ({ stage: s, height: s * 120, exports: { reachable: leaky ? 600 * s : 1, recognizableOnly: 0 }, imports: { reachable: 1, recognizableOnly: 0 }, promises: 0, nextImportID: null })),
        series: null,
        delta: { fromStage: 1, toStage: 3, blocks: 240, exports: leaky ? 1200 : 0, imports: 0, recognizableOnly: 0, promises: 0, perBlock: leaky ? 5 : 0, perCycle: null },
        stageDeltas: [],
        attribution: leaky ? `${name} (${vatID}) gained 1,200 object exports` : undefined,
      },
      deliveryKinds: [{ kind: 'message', method: 'work', count: 400, totalSeconds: 0.4 + (i % 13) * 0.01, meanFirst100: 0.001, meanLast100: 0.001, fittedFirst: 0.001, fittedLast: 0.001 }],
    });
    verdicts.push(
      { vatID, name, metric: 'boyd-slope', level: leaky ? 'fail' : 'pass', value: slope, threshold: 2e-6, message: leaky ? 'BOYD time grows' : 'no BOYD growth' },
      { vatID, name, metric: 'clist-exports', level: leaky ? 'fail' : 'pass', value: exp - 1, threshold: 100, message: 'object exports' },
      { vatID, name, metric: 'clist-imports', level: 'pass', value: 0, threshold: 100, message: 'object imports' },
    );
    if (leaky) graph.push({ importer: `v${((i + 1) % n) + 1}`, exporter: vatID, total: 1800, reachable: 1800, stage: 3 });
  }
  return {
    schemaVersion: 1,
    tool: { name: 'loadgen-gate', version: 'test' },
    generatedAt: '2026-01-01T00:00:00Z',
    provenance: { source: 'local', path: 'many-vats' },
    run: {
      files: [{ path: 'chain-stage-1.slog.gz', kind: 'slog', bytes: 1 }, { path: 'chain-stage-3-storage.tar.xz', kind: 'storage', bytes: 1 }],
      xAxis: 'blockHeight', blockRange: [1, 360], blocks: 360, cycles: 720, warnings: [],
      utilization: { deliverySeconds: n * 0.4, swingsetSeconds: 100, wallSeconds: 200, byKind: [{ kind: 'message', count: n * 400, seconds: n * 0.4, share: 1 }] },
    },
    vats,
    importGraph: graph,
    kernel: [],
    verdicts,
    verdict: 'fail',
    baseline: { used: false, reason: 'none' },
    policy: { boyd: { alpha: 0.01, edgeSamples: 50 } },
  };
}
