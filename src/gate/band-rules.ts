/**
 * The run against the band of the last K main runs (`<metric>-vs-band`, docs/policy.md "Band"),
 * for every vat and history metric the band has: the band is the median of those runs ± their
 * spread (1.4826 × MAD). A value is a regression when it lies above the median by more than the
 * noise, which is the larger of
 * - the spread times a Student t quantile (K − 1 degrees of freedom) at `history.bandAlpha`
 *   divided by the number of comparisons made in this run (a clean run fails no comparison with
 *   probability ≥ 1 − α), widened by √(1 + π/2K) for the uncertainty of the median itself;
 * - the metric's floor (metrics.ts): deterministic counts have no spread at all.
 * Drift guards, as for the baseline: a timing metric that more than half of the vats having it
 * exceed is a slower machine, not a vat (warn); a BOYD slope fails only when the BOYD rule's
 * drift guards find nothing. Lower than the band is an improvement (pass). With fewer runs than
 * `history.bandMinRuns` in the band, no verdict.
 */
import type { RunReport, Verdict, VatReport } from '../shared/report-schema.js';
import { DEFAULT_POLICY, policyFor, type Policy } from '../shared/policy.js';
import { studentTQuantile, bonferroni } from '../stats/index.js';
import { bandsOf, entryFromReport, formatDelta, formatValue, metricInfo, type Band, type History } from '../history/index.js';
import { driftReasons, type DriftForm } from './boyd-rules.js';

interface Comparison {
  vat: VatReport;
  metric: string;
  value: number;
  band: Band;
  excess: number;
  noise: number;
  floor: number;
}

export interface BandResult {
  verdicts: Verdict[];
  info: NonNullable<RunReport['band']>;
}

/** `judged`: the vats the gate judges (not ignored); `tested`, `drift`: the BOYD rule's, for the slope's drift guards. */
export function bandVerdicts(report: RunReport, history: History, policy: Policy, judged: VatReport[], tested: number, drift: DriftForm): BandResult {
  const hp = policy.history ?? DEFAULT_POLICY.history;
  const entry = entryFromReport(report);
  const bands = bandsOf(history, hp.bandRuns, entry.run);
  if (bands.runs < hp.bandMinRuns) {
    return { verdicts: [], info: { used: false, reason: `${bands.runs} main run(s) in the history; the band needs ${hp.bandMinRuns}`, runs: bands.runs } };
  }
  const byID = new Map(judged.map((v) => [v.vatID, v]));
  const comparisons: Array<Omit<Comparison, 'excess' | 'noise' | 'floor'>> = [];
  for (const [vatID, name, values] of entry.vats) {
    const vat = byID.get(vatID);
    if (!vat) continue;
    entry.metrics.forEach((metric, j) => {
      const value = values[j];
      const info = metricInfo(metric);
      if (value === null || value === undefined || !info?.judged) return;
      if (metric.startsWith('boyd-') && (vat.boyd?.count ?? 0) < policyFor(policy, vatID, name).boyd.minSamples) return;
      const band = bands.get(vatID, name, metric);
      if (!band || band.runs < hp.bandMinRuns) return;
      comparisons.push({ vat, metric, value, band });
    });
  }
  const m = comparisons.length;
  const judgedAgainst = comparisons.map((c) => {
    const info = metricInfo(c.metric)!;
    const t = studentTQuantile(1 - bonferroni(hp.bandAlpha, m), c.band.runs - 1);
    const noise = t * c.band.spread * Math.sqrt(1 + Math.PI / (2 * c.band.runs));
    const floor = info.floor(policy, c.band.median);
    return { ...c, excess: c.value - c.band.median, noise, floor };
  });
  const above = (c: Comparison) => c.excess > Math.max(c.noise, c.floor);
  // Machine-wide: a timing metric above the band in more than half of the vats that have it (≥ 3).
  const machineWide = new Set<string>();
  const byMetric = new Map<string, Comparison[]>();
  for (const c of judgedAgainst) if (metricInfo(c.metric)!.timing) byMetric.set(c.metric, [...(byMetric.get(c.metric) ?? []), c]);
  for (const [metric, cs] of byMetric) if (cs.length >= 3 && cs.filter(above).length * 2 > cs.length) machineWide.add(metric);

  const verdicts = judgedAgainst.map((c): Verdict => {
    const info = metricInfo(c.metric)!;
    const f = (v: number) => formatValue(v, info.unit);
    const d = (v: number) => formatDelta(v, info.unit);
    const over = above(c);
    const guards: string[] = [];
    if (over && machineWide.has(c.metric)) guards.push(`most vats are above their band in ${info.label} (a slower machine)`);
    if (over && c.metric === 'boyd-slope') {
      const p = policyFor(policy, c.vat.vatID, c.vat.name).boyd;
      guards.push(...driftReasons(c.vat, p, bonferroni(p.alpha, tested), drift));
    }
    if (over && !info.bandFails) guards.push(`${info.label} alone does not fail a run`);
    const level = over ? (guards.length ? 'warn' : 'fail') : 'pass';
    const threshold = Math.max(c.noise, c.floor);
    const where = over ? `above the band by ${d(c.excess)} (more than ${d(threshold)})` : c.excess < -threshold ? 'below the band' : 'within the band';
    return {
      vatID: c.vat.vatID,
      name: c.vat.name,
      metric: `${c.metric}-vs-band`,
      level,
      // Like every comparison verdict: the difference from the reference, and the difference allowed.
      value: c.value - c.band.median,
      threshold,
      message: `${info.label} ${f(c.value)} vs band ${f(c.band.median)} ± ${d(c.band.spread)} of ${c.band.runs} main run(s): ${where}${guards.length ? `; but ${guards.join('; ')}` : ''}`,
      reference: { kind: 'band', value: c.band.median, spread: c.band.spread, runs: c.band.runs },
      unit: info.unit,
    };
  });
  return { verdicts, info: { used: true, reason: `judged against the band of the last ${bands.runs} main run(s)`, runs: bands.runs } };
}
