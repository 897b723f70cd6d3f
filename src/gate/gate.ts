/**
 * gate(report, baseline, policy) → verdicts and the overall verdict. Pure: no I/O.
 */
import type { Level, RunReport, Verdict } from '../shared/report-schema.js';
import { isIgnored, policyFor, type Policy } from '../shared/policy.js';
import { boydTestable, boydVerdict, driftForm, runSpan } from './boyd-rules.js';
import { clistVerdicts } from './clist-rules.js';
import { baselineVerdicts } from './baseline-rules.js';

const RANK: Record<Level, number> = { neutral: 0, pass: 1, warn: 2, fail: 3 };

export function worst(levels: Level[]): Level {
  let w: Level = 'neutral';
  for (const l of levels) if (RANK[l] > RANK[w]) w = l;
  return w;
}

export function gate(report: RunReport, baseline: RunReport | null, policy: Policy, baselineReason?: string): RunReport {
  const span = runSpan(report);
  const judged = report.vats.filter((v) => !isIgnored(policy, v.vatID, v.name));
  const testable = judged.filter((v) => boydTestable(v, policyFor(policy, v.vatID, v.name).boyd, span));
  const tested = testable.length;
  const drift = driftForm(testable);
  const verdicts: Verdict[] = [];
  for (const v of judged) {
    const p = policyFor(policy, v.vatID, v.name);
    if (v.boyd) verdicts.push(boydVerdict(v, p.boyd, { tested, span, perBlock: report.run.xAxis !== 'deliveryOrdinal', drift }));
    verdicts.push(...clistVerdicts(v, p.clist));
  }
  let baselineInfo: RunReport['baseline'];
  if (baseline) {
    verdicts.push(...baselineVerdicts(report, baseline, policy, judged.map((v) => v.vatID), tested, drift));
    baselineInfo = { used: true, reason: 'compared with the baseline report', provenance: baseline.provenance, generatedAt: baseline.generatedAt };
  } else {
    baselineInfo = { used: false, reason: baselineReason ?? 'no baseline given: judged on thresholds alone' };
  }
  const verdict = worst(verdicts.map((v) => v.level));
  return { ...report, verdicts, verdict: verdict === 'neutral' && verdicts.length === 0 ? 'neutral' : verdict, baseline: baselineInfo };
}
