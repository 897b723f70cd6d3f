/**
 * Resolve the baseline RunReport: a file, or the report artifact of the newest successful run of
 * the baseline workflow on the baseline branch (same finder as the source, forks excluded).
 * Whatever goes wrong (no run, expired artifact, missing permission, API error, unreadable
 * report) becomes `{ report: null, reason }`: the caller says "no baseline: <reason>" and the gate
 * judges on thresholds alone. Never falls back to another run silently. No @actions/* here.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { findSourceRun, type SourceRunResult } from '../../sources/github/find-run.js';
import { GitHubApiError, SourceRunError } from '../../sources/github/errors.js';
import { InputError } from '../../shared/limits.js';
import { checkReport, readBaseline } from '../../report/baseline-file.js';
import type { RunReport } from '../../shared/report-schema.js';
import type { BaselineConfig } from './inputs.js';
import { describeProvenance, downloadAndExtract, needClient, provenanceOf, type SourceDeps } from './source.js';

export interface ResolvedBaseline {
  report: RunReport | null;
  /** Why there is no baseline, or where it came from. */
  reason: string;
  /** Run that holds the baseline report artifact. */
  runId?: number;
}

/** Largest report JSON we read from a baseline artifact. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;

export async function resolveBaseline(cfg: BaselineConfig, deps: SourceDeps, current: { runId?: number }): Promise<ResolvedBaseline> {
  if (cfg.kind === 'none') return { report: null, reason: cfg.reason };
  if (cfg.kind === 'file') {
    const exists = await stat(cfg.path).catch(() => undefined);
    if (!exists) return { report: null, reason: `baseline file ${cfg.path} does not exist` };
    try {
      return { report: await readBaseline(cfg.path), reason: `baseline file ${cfg.path}` };
    } catch (e) {
      if (e instanceof InputError) return { report: null, reason: e.message };
      throw e;
    }
  }
  let found: SourceRunResult;
  try {
    const client = needClient(deps.client, 'fetch the baseline report');
    found = await findSourceRun(client, {
      owner: cfg.owner,
      repo: cfg.repo,
      workflow: cfg.workflow,
      branch: cfg.branch,
      artifact: cfg.artifact,
      maxRunsToScan: 50,
      now: deps.now,
    });
    const where = describeProvenance(provenanceOf(found), found);
    if (current.runId !== undefined && found.run.id === current.runId) {
      return { report: null, reason: `the newest '${cfg.artifact}' artifact is from the run being analysed (${found.run.id})` };
    }
    const dir = await downloadAndExtract(client, cfg.owner, cfg.repo, found, deps, 'baseline');
    const report = await findReport(dir);
    if (!report) return { report: null, reason: `artifact '${found.artifact.name}' of run ${found.run.id} holds no loadgen-gate RunReport JSON` };
    const p = report.provenance;
    if (p?.source === 'github-run' && p.runId !== undefined && p.runId === current.runId) {
      return { report: null, reason: `the baseline report of run ${found.run.id} describes the run being analysed (${p.runId})` };
    }
    if (p?.source === 'github-run' && p.branch && found.run.head_branch && p.branch !== found.run.head_branch) {
      return {
        report: null,
        reason: `the newest '${cfg.artifact}' artifact (run ${found.run.id}) analysed a run of branch '${p.branch}', not '${found.run.head_branch}'; upload the report only for ${found.run.head_branch} runs (docs/github.md)`,
      };
    }
    // The age shown is that of the baseline's loadgen run now, not when its report was made.
    const created = Date.parse(p?.createdAt ?? found.run.created_at);
    const now = (deps.now ?? new Date()).getTime();
    const ageHours = Number.isNaN(created) ? found.ageHours : Math.round(((now - created) / 3_600_000) * 100) / 100;
    const withAge: RunReport = { ...report, provenance: { ...(p ?? { source: 'github-run' }), ageHours, ...(p?.runId === undefined ? { runId: found.run.id, url: found.run.html_url, headSha: found.run.head_sha } : {}) } };
    deps.log.info(`baseline: report of ${where}; it describes ${describeProvenance(withAge.provenance)}`);
    return { report: withAge, reason: `report artifact of run ${found.run.id}`, runId: found.run.id };
  } catch (e) {
    if (e instanceof SourceRunError || e instanceof InputError || e instanceof GitHubApiError) return { report: null, reason: e.message };
    throw e;
  }
}

/** The first file (depth ≤ 2; `*report*.json` first) that parses as a RunReport. */
async function findReport(dir: string): Promise<RunReport | null> {
  const files: string[] = [];
  const walk = async (d: string, depth: number) => {
    for (const e of (await readdir(d, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isFile() && e.name.endsWith('.json')) files.push(p);
      else if (e.isDirectory() && depth > 0) await walk(p, depth - 1);
    }
  };
  await walk(dir, 2);
  files.sort((a, b) => Number(!/report/i.test(path.basename(a))) - Number(!/report/i.test(path.basename(b))));
  for (const f of files) {
    if ((await stat(f)).size > MAX_REPORT_BYTES) continue;
    try {
      return checkReport(JSON.parse(await readFile(f, 'utf8')), f);
    } catch {
      /* not a report: try the next file */
    }
  }
  return null;
}
