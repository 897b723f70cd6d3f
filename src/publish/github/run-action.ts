/**
 * The action: read inputs, analyze, publish (job summary, outputs, annotations), and fail the step
 * on a `fail` verdict. Outputs are set before failing so `if: always()` steps can use them.
 */
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { analyzeRun } from '../../pipeline/analyze-run.js';
import { loadPolicy } from '../../gate/policy.js';
import { renderSections } from '../../render/markdown.js';
import { fitToBudget } from './summary-budget.js';
import { planAnnotations } from './annotations.js';
import type { Logger } from '../../pipeline/logger.js';
import type { RunReport } from '../../report/schema.js';

export const coreLogger: Logger = {
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  group: (t, fn) => core.group(t, fn),
};

export async function runAction(workerScript: URL): Promise<void> {
  try {
    const input = core.getInput('path', { required: true });
    const config = core.getInput('config') || undefined;
    const reportPath = path.resolve(core.getInput('report-path') || 'loadgen-gate-report.json');
    const policy = await loadPolicy(config);
    const report = await analyzeRun({ inputs: [input], policy, log: coreLogger, workerScript });
    await publish(report, reportPath);
  } catch (e) {
    core.setOutput('verdict', 'error');
    core.setFailed((e as Error).message);
  }
}

export async function publish(report: RunReport, reportPath: string): Promise<void> {
  await mkdir(path.dirname(reportPath), { recursive: true });
  await writeFile(reportPath, JSON.stringify(report, null, 2) + '\n');
  const regressions = report.verdicts.filter((v) => v.level === 'fail');
  core.setOutput('verdict', report.verdict);
  core.setOutput('report-path', reportPath);
  core.setOutput('regressions', String(regressions.length));
  const { markdown, dropped } = fitToBudget(renderSections(report));
  if (dropped.length) core.warning(`job summary over 1 MiB: left out ${dropped.join(', ')} (the JSON report has everything)`);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown, true).write();
  for (const a of planAnnotations(report.verdicts.filter((v) => v.level === 'fail' || v.level === 'warn').map((v) => ({
    level: v.level === 'fail' ? 'error' : 'warning',
    title: `loadgen-gate: ${v.name ?? v.vatID} ${v.metric}`,
    message: v.message,
  })))) {
    core[a.level](a.message, { title: a.title });
  }
  if (report.verdict === 'fail') {
    core.setFailed(`loadgen-gate: ${regressions.length} regression(s): ${[...new Set(regressions.map((v) => v.name ?? v.vatID))].join(', ')}`);
  } else {
    core.info(`loadgen-gate: ${report.verdict}`);
  }
}
