/**
 * gate(report, baseline, history, policy) → verdicts and the overall verdict. Pure: no I/O.
 * `history` (the runs of the default branch, src/history) adds the band verdicts
 * (band-rules.ts); the older form gate(report, baseline, policy) judges without one.
 */
import type { Level, RunReport, Verdict } from '../shared/report-schema.js';
import { isIgnored, policyFor, type Policy } from '../shared/policy.js';
import { boydTestable, boydVerdict, driftForm, runSpan } from './boyd-rules.js';
import { clistVerdicts } from './clist-rules.js';
import { baselineVerdicts } from './baseline-rules.js';
import { bandVerdicts } from './band-rules.js';
import type { History } from '../history/index.js';

const RANK: Record<Level, number> = { neutral: 0, pass: 1, warn: 2, fail: 3 };

export function worst(levels: Level[]): Level {
  let w: Level = 'neutral';
  for (const l of levels) if (RANK[l] > RANK[w]) w = l;
  return w;
}

export function gate(report: RunReport, baseline: RunReport | null, history: History | null, policy: Policy, baselineReason?: string): RunReport;
export function gate(report: RunReport, baseline: RunReport | null, policy: Policy, baselineReason?: string): RunReport;
export function gate(report: RunReport, baseline: RunReport | null, ...rest: [History | null, Policy, string?] | [Policy, string?]): RunReport {
  const withHistory = rest[0] === null || (typeof rest[0] === 'object' && 'entries' in rest[0]);
  const history = withHistory ? (rest[0] as History | null) : null;
  const policy = (withHistory ? rest[1] : rest[0]) as Policy;
  const baselineReason = (withHistory ? rest[2] : rest[1]) as string | undefined;
  const span = runSpan(report);
  const judged = report.vats.filter((v) => !isIgnored(policy, v.vatID, v.name));
  const testable = judged.filter((v) => boydTestable(v, policyFor(policy, v.vatID, v.name).boyd, span));
  const tested = testable.length;
  const drift = driftForm(testable);
  const verdicts: Verdict[] = [];
  for (const v of judged) {
    const p = policyFor(policy, v.vatID, v.name);
    // Each vat is judged over the whole run and from each candidate onset: all count as tests.
    const windows = 1 + p.boyd.onsetCandidates;
    if (v.boyd) verdicts.push(boydVerdict(v, p.boyd, { tested, span, perBlock: report.run.xAxis !== 'deliveryOrdinal', drift, windows }));
    verdicts.push(...clistVerdicts(v, p.clist));
  }
  let baselineInfo: RunReport['baseline'];
  if (baseline) {
    verdicts.push(...baselineVerdicts(report, baseline, policy, judged.map((v) => v.vatID), tested, drift));
    baselineInfo = { used: true, reason: 'compared with the baseline report', provenance: baseline.provenance, generatedAt: baseline.generatedAt };
  } else {
    baselineInfo = { used: false, reason: baselineReason ?? 'no baseline given: judged on thresholds alone' };
  }
  let band: RunReport['band'];
  if (history) {
    const res = bandVerdicts(report, history, policy, judged, tested, drift);
    verdicts.push(...res.verdicts);
    band = res.info;
  }
  const verdict = worst(verdicts.map((v) => v.level));
  return { ...report, verdicts, verdict: verdict === 'neutral' && verdicts.length === 0 ? 'neutral' : verdict, baseline: baselineInfo, ...(band ? { band } : {}) };
}
