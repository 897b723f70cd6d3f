/**
 * The action, step by step:
 *   parse inputs → resolve source (local path | run id | latest workflow run: download + safe
 *   extract into a temp dir that is always removed) → resolve baseline (file | newest report
 *   artifact on the baseline branch | none, with the reason) → analyzeRun (in the engine worker) → report JSON + markdown
 *   file → job summary (1 MiB budget) → annotations → sticky PR comment → tracking issues
 *   (scheduled and manual runs of the baseline branch) → outputs → report artifact (default-branch runs) → fail on a `fail` verdict.
 * Outputs are always set (verdict `error` when the action could not do its job) before
 * `setFailed`, so `if: always()` steps can read them. The report artifact is uploaded after the
 * outputs and files are written; its failure is a warning and never changes the verdict. Only
 * this file and entry/action.ts talk to @actions/core, and only this file loads @actions/artifact
 * (lazily, so that the scan workers and the CLI never do); everything it calls takes plain
 * values, a GitHubClient and a Logger.
 */
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { analyzeRunIsolated } from '../../engine/engine-worker.js';
import { loadPolicy } from '../../shared/policy.js';
import { renderSections } from '../../render/markdown.js';
import { renderHtml } from '../../render/html.js';
import { docsBaseUrl, uploadHtmlReport } from './html-artifact.js';
import { createGitHubClient, type GitHubClient } from '../../sources/github/client.js';
import { oneLine } from '../../sources/github/errors.js';
import { InputError } from '../../shared/limits.js';
import { VERSION } from '../../shared/version.js';
import { oneLineLogger, type Logger } from '../../shared/logger.js';
import type { Provenance, RunReport } from '../../shared/report-schema.js';
import { fitToBudget, SUMMARY_LIMIT_BYTES, type SummarySection } from './summary-budget.js';
import { planAnnotations } from './annotations.js';
import { upsertStickyComment } from './comment.js';
import { findPrNumber } from './pr-number.js';
import { syncTrackingIssues } from './tracking-issue.js';
import { parseInputs, type ActionConfig } from './inputs.js';
import { originEvent, readContext, runUrl, type ActionContext } from './context.js';
import { describeProvenance, resolveSource, TempDirs, type ResolvedSource } from './source.js';
import { resolveBaseline, type ResolvedBaseline } from './baseline.js';
import { commentBody, regressionsOf, withProvenance } from './bodies.js';
import { baselineEligibility, planReportUpload, uploadReportArtifact, type ArtifactUploader, type BaselineTarget } from './report-artifact.js';

/**
 * The pipeline's log in the step's output. `core.info` writes its text as it is, so every message
 * goes through safeLine first: a slog file named `x\n::error::…` must not issue a workflow command.
 */
export const coreLogger: Logger = oneLineLogger({
  info: (m) => core.info(m),
  warning: (m) => warn(m),
  group: (t, fn) => core.group(t, fn),
});

/**
 * Warning annotations this step has shown: GitHub shows 10 per step, so the verdicts' warnings get
 * what is left (emitAnnotations). No error annotation comes before them.
 */
let warningsShown = 0;
function warn(m: string): void {
  warningsShown++;
  core.warning(m);
}

/** `core.info` for lines that may carry artifact or API text (names, paths, provenance, messages). */
const info = coreLogger.info;

/**
 * The six outputs, each set once (empty when unknown): `flush()` the five report outputs,
 * `flushArtifact()` the report artifact id, which is known only after the upload.
 */
class Outputs {
  verdict = 'error';
  reportPath = '';
  regressions = '';
  summaryPath = '';
  baselineRunId = '';
  reportArtifactId = '';
  private flushed = false;
  private artifactFlushed = false;
  flush(): void {
    if (this.flushed) return;
    this.flushed = true;
    core.setOutput('verdict', this.verdict);
    core.setOutput('report-path', this.reportPath);
    core.setOutput('regressions', this.regressions);
    core.setOutput('summary-path', this.summaryPath);
    core.setOutput('baseline-run-id', this.baselineRunId);
  }
  flushArtifact(): void {
    if (this.artifactFlushed) return;
    this.artifactFlushed = true;
    core.setOutput('report-artifact-id', this.reportArtifactId);
  }
}

/**
 * Events on which `tracking-issues: true` opens/updates/closes issues, on the baseline branch only
 * (the same test as the report upload's, baselineEligibility).
 */
const TRACKING_EVENTS = new Set(['schedule', 'workflow_dispatch']);

export async function runAction(workerScript: URL): Promise<void> {
  const out = new Outputs();
  let tmp: TempDirs | undefined;
  /** An upload given up after `report-upload-timeout`: its request may still hold the event loop open. */
  let uploadAbandoned = false;
  try {
    // 1. Inputs.
    const ctx = readContext();
    const cfg = parseInputs((name) => core.getInput(name), ctx);
    if (cfg.token) core.setSecret(cfg.token); // the runner masks github.token, but not a PAT read from elsewhere
    const client = cfg.token ? makeClient(cfg.token, ctx) : undefined;
    const policy = await loadPolicy(cfg.config);
    tmp = new TempDirs(ctx.tempDir);
    const deps = { client, tmp, limits: policy.limits, log: coreLogger };

    // 2. Source.
    const source = await core.group('Source', async () => addRunnerProvenance(await resolveSource(cfg.source, deps), ctx));

    // 3. Baseline.
    const baseline = await core.group('Baseline', () => resolveBaseline(cfg.baseline, deps, { runId: source.provenance.runId }));
    reportBaseline(baseline, cfg);
    if (baseline.runId !== undefined) out.baselineRunId = String(baseline.runId);

    // 4. Analysis.
    const report = await analyzeRunIsolated({
      inputs: [source.input],
      policy,
      log: coreLogger,
      provenance: source.provenance,
      baseline: baseline.report,
      baselineReason: baseline.report ? undefined : `thresholds only; ${baseline.reason}`,
      workerScript,
      tmpRoot: ctx.tempDir,
      // A downloaded artifact is unpacked into a temporary directory: its files are named by it.
      inputNames: source.inputName !== undefined ? { [source.input]: source.inputName } : undefined,
    });
    const failing = report.verdicts.filter((v) => v.level === 'fail');

    // 5. Report files; the HTML report is uploaded first so the summary and the comment can link it.
    const htmlUrl = cfg.htmlReport ? await publishHtmlReport(report, cfg, ctx, () => (uploadAbandoned = true)) : undefined;
    const sections = withProvenance(renderSections(report, { htmlUrl, docsBase: docsBaseUrl(ctx) }), report);
    await writeReportFiles(report, sections, cfg);
    out.verdict = report.verdict;
    out.reportPath = cfg.reportPath;
    out.summaryPath = cfg.summaryPath;
    out.regressions = String(failing.length);

    // 6–9. Tell people.
    const summaryUrl = runUrl(ctx);
    await writeJobSummary(sections);
    emitAnnotations(report);
    if (client) {
      await postComment(client, cfg, ctx, source, sections, report, summaryUrl);
      await updateTrackingIssues(client, cfg, ctx, report, summaryUrl);
    } else if (cfg.comment !== 'never') {
      info("no PR comment: input 'github-token' is empty");
    }

    // 10. Outputs, the report artifact (never throws), then the verdict.
    out.flush();
    const upload = await publishReportArtifact(cfg, ctx, report.provenance);
    out.reportArtifactId = upload.id;
    uploadAbandoned ||= upload.abandoned;
    out.flushArtifact();
    if (report.verdict === 'fail') {
      core.setFailed(`loadgen-gate: ${failing.length} regression(s) in ${[...new Set(failing.map((v) => v.name ?? v.vatID))].join(', ')}`);
    } else {
      info(`loadgen-gate: ${report.verdict}`);
    }
  } catch (e) {
    out.verdict = 'error';
    out.flush();
    out.flushArtifact();
    const msg = e instanceof Error ? e.message : String(e);
    if (!(e instanceof InputError) && e instanceof Error && e.stack) core.debug(e.stack);
    core.setFailed(`loadgen-gate: ${oneLine(msg, 2000)}`);
  } finally {
    await tmp?.cleanup();
    // Outputs, summary and exit code are written: an abandoned upload must not keep the step alive.
    if (uploadAbandoned) process.exit();
  }
}

/**
 * Upload the report as `report-artifact` when `upload-report` says so: the artifact id (or ''), and
 * whether the upload was given up after `report-upload-timeout` (then the action ends the process
 * itself once everything else is written). Never throws.
 */
async function publishReportArtifact(cfg: ActionConfig, ctx: ActionContext, analysed: Provenance): Promise<{ id: string; abandoned: boolean }> {
  let abandoned = false;
  try {
    const plan = planReportUpload(cfg.upload, ctx, process.env, baselineTarget(cfg, analysed));
    if (!plan.upload) {
      const line = `report artifact '${cfg.upload.name}' not uploaded: ${plan.why}`;
      if (plan.warn) warn(line);
      else info(line);
      return { id: '', abandoned };
    }
    info(`report artifact '${cfg.upload.name}': uploading (${plan.why})`);
    const id = await core.group(`Upload report artifact '${cfg.upload.name}'`, () =>
      uploadReportArtifact(cfg.upload, cfg.reportPath, loadArtifactClient, coreLogger, {
        onTimeout: () => {
          abandoned = true;
        },
        runAttempt: ctx.runAttempt,
      }),
    );
    return { id: id === undefined ? '' : String(id), abandoned };
  } catch (e) {
    // uploadReportArtifact already turns upload errors into a warning; this is the last guard.
    warn(`report artifact '${cfg.upload.name}' not uploaded: ${oneLine(e instanceof Error ? e.message : String(e), 600)}`);
    return { id: '', abandoned };
  }
}

/**
 * The baseline branch (`baseline-branch`, else the default branch) and the branch of the run the
 * report analysed: what decides whether this run makes a baseline (the report upload) and whether
 * it keeps the tracking issues.
 */
function baselineTarget(cfg: ActionConfig, analysed: Provenance): BaselineTarget {
  return {
    baselineBranch: cfg.baseline.kind === 'workflow' ? cfg.baseline.branch : undefined,
    analysedBranch: analysed.source === 'github-run' ? analysed.branch : undefined,
  };
}

/** The HTML report next to the JSON report, uploaded unzipped; its link, or undefined. Never throws. */
async function publishHtmlReport(report: RunReport, cfg: ActionConfig, ctx: ActionContext, onTimeout: () => void): Promise<string | undefined> {
  try {
    return await uploadHtmlReport(renderHtml(report), path.dirname(cfg.reportPath), ctx, loadArtifactClient, coreLogger, { timeoutSeconds: cfg.upload.timeoutSeconds, retentionDays: cfg.upload.retentionDays, onTimeout });
  } catch (e) {
    warn(`HTML report not uploaded: ${oneLine(e instanceof Error ? e.message : String(e), 600)}`);
    return undefined;
  }
}

/** @actions/artifact is ESM-only and heavy (Azure storage, archiver, Octokit): loaded only to upload. */
async function loadArtifactClient(): Promise<ArtifactUploader> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  return new DefaultArtifactClient();
}

function makeClient(token: string, ctx: ActionContext): GitHubClient {
  return createGitHubClient({
    token,
    apiUrl: ctx.apiUrl,
    userAgent: `loadgen-gate/${VERSION}`,
    onRetry: (r) => info(`GitHub API: ${r.reason} on ${r.method} ${r.path}; retry ${r.attempt} in ${(r.delayMs / 1000).toFixed(1)} s`),
  });
}

/** A local path analysed inside a workflow: this workflow run is the provenance. */
function addRunnerProvenance(source: ResolvedSource, ctx: ActionContext): ResolvedSource {
  const p = source.provenance;
  if (p.source !== 'local') return source;
  if (ctx.runId && /^\d+$/.test(ctx.runId)) {
    p.runId = Number(ctx.runId);
    p.url = runUrl(ctx);
    if (ctx.sha) p.headSha = ctx.sha;
    if (ctx.branch) p.branch = ctx.branch;
  }
  info(`source: ${describeProvenance(p)}`);
  return source;
}

function reportBaseline(b: ResolvedBaseline, cfg: ActionConfig): void {
  if (b.report) return;
  const line = `no baseline: ${b.reason}; judging on thresholds alone`;
  if (cfg.baseline.kind === 'none') info(line);
  else warn(line);
}

async function writeReportFiles(report: RunReport, sections: SummarySection[], cfg: ActionConfig): Promise<void> {
  await mkdir(path.dirname(cfg.reportPath), { recursive: true });
  await writeFile(cfg.reportPath, JSON.stringify(report, null, 2) + '\n');
  await writeFile(cfg.summaryPath, sections.map((s) => s.markdown).join('\n\n') + '\n');
  info(`report: ${cfg.reportPath}; summary: ${cfg.summaryPath}`);
}

/** `LOADGEN_GATE_SUMMARY_MAX_BYTES` lowers the budget (tests); it can never exceed GitHub's limit. */
function summaryBudget(): number {
  const dflt = SUMMARY_LIMIT_BYTES - 1024;
  const env = Number(process.env.LOADGEN_GATE_SUMMARY_MAX_BYTES);
  return Number.isInteger(env) && env > 0 ? Math.min(env, dflt) : dflt;
}

async function writeJobSummary(sections: SummarySection[]): Promise<void> {
  const { markdown, dropped } = fitToBudget(sections, summaryBudget());
  if (dropped.length) warn(`job summary over GitHub's 1 MiB limit: left out ${dropped.join(', ')} (the report files have everything)`);
  if (!process.env.GITHUB_STEP_SUMMARY) {
    info('GITHUB_STEP_SUMMARY is not set: no job summary');
    return;
  }
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (e) {
    warn(`cannot write the job summary: ${(e as Error).message}`);
  }
}

function emitAnnotations(report: RunReport): void {
  const flagged = report.verdicts.filter((v) => v.level === 'fail' || v.level === 'warn');
  // What is left of the step's 10 per level: the input-problem and other warnings already shown,
  // and one error kept for the failure itself (core.setFailed, after this).
  const cap = { warning: 10 - warningsShown, error: 10 - (report.verdict === 'fail' ? 1 : 0) };
  for (const a of planAnnotations(flagged.map((v) => ({
    level: v.level === 'fail' ? ('error' as const) : ('warning' as const),
    title: `loadgen-gate: ${v.name ?? v.vatID} ${v.metric}`,
    message: v.message,
  })), cap)) {
    core[a.level](a.message, { title: a.title });
  }
}

async function postComment(client: GitHubClient, cfg: ActionConfig, ctx: ActionContext, source: ResolvedSource, sections: SummarySection[], report: RunReport, summaryUrl: string | undefined): Promise<void> {
  if (cfg.comment === 'never') return;
  if (!ctx.owner) return info('no PR comment: GITHUB_REPOSITORY is not set');
  try {
    let pr = cfg.prNumber;
    if (pr === undefined) {
      const found = await findPrNumber(client, { owner: ctx.owner, repo: ctx.repo, eventName: ctx.eventName, payload: ctx.payload, artifactPrText: source.prText });
      for (const n of found.notes) info(`PR number: ${n}`);
      if (found.number === undefined) return info(`no PR comment: ${found.reason}`);
      pr = found.number;
      info(`PR #${pr} (from ${found.source})`);
    }
    const { body, dropped } = commentBody(sections, { summaryUrl });
    if (dropped.length) info(`PR comment: left out ${dropped.join(', ')} to fit the comment limit`);
    const res = await upsertStickyComment(client, {
      owner: ctx.owner,
      repo: ctx.repo,
      issueNumber: pr,
      key: cfg.commentKey,
      body,
      // What 'on-change' compares: every section, also those left out of the body.
      content: sections.map((s) => s.markdown).join('\n\n'),
      mode: cfg.comment,
      regression: report.verdict === 'fail',
      viewerLogin: await viewerLogin(client, cfg.token),
      summaryUrl,
    });
    if (res.action === 'forbidden') {
      warn(`cannot comment on PR #${pr}: ${res.message ?? '403'}. Fork PRs get a read-only token: use the workflow_run pattern (docs/github.md)`);
    } else {
      info(`PR #${pr} comment ${res.action}${res.url ? `: ${res.url}` : ''}${res.message ? ` (${res.message})` : ''}${res.truncated ? ' (truncated)' : ''}`);
    }
  } catch (e) {
    warn(`PR comment failed: ${(e as Error).message}`);
  }
}

async function updateTrackingIssues(client: GitHubClient, cfg: ActionConfig, ctx: ActionContext, report: RunReport, summaryUrl: string | undefined): Promise<void> {
  if (!cfg.trackingIssues) return;
  const event = originEvent(ctx);
  if (!TRACKING_EVENTS.has(event)) return info(`tracking issues: skipped on '${event}' events (only ${[...TRACKING_EVENTS].join(', ')})`);
  // The issues track the baseline branch's runs: a manual run of another branch (or one that
  // analysed another branch's run) must neither open issues for its leaks nor close main's.
  const branch = baselineEligibility(ctx, baselineTarget(cfg, report.provenance));
  if (!branch.ok) return info(`tracking issues: skipped: ${branch.why} (they follow the runs of the baseline branch only)`);
  if (!ctx.owner) return info('tracking issues: GITHUB_REPOSITORY is not set');
  try {
    const res = await syncTrackingIssues(client, {
      owner: ctx.owner,
      repo: ctx.repo,
      regressions: regressionsOf(report, { summaryUrl }),
      label: cfg.trackingLabel,
      viewerLogin: await viewerLogin(client, cfg.token),
      summaryUrl,
    });
    if (res.forbidden) return warn(`tracking issues: ${res.forbidden}`);
    const list = (refs: Array<{ number: number }>) => refs.map((r) => `#${r.number}`).join(' ') || '-';
    info(`tracking issues: created ${list(res.created)}, updated ${list(res.updated)}, unchanged ${list(res.unchanged)}, closed ${list(res.closed)}, duplicates closed ${list(res.duplicatesClosed)}`);
    for (const s of res.skipped) warn(`tracking issue for ${s.key} not created: ${s.reason}`);
  } catch (e) {
    warn(`tracking issues failed: ${(e as Error).message}`);
  }
}

let viewer: Promise<string | undefined> | undefined;
/** Login of a PAT's user (its comments are not Bot-authored); GITHUB_TOKEN (`ghs_…`) needs none. */
function viewerLogin(client: GitHubClient, token: string): Promise<string | undefined> {
  if (token.startsWith('ghs_')) return Promise.resolve(undefined);
  viewer ??= client
    .request<{ login?: string }>('GET /user')
    .then((r) => (typeof r.data?.login === 'string' ? r.data.login : undefined))
    .catch(() => undefined);
  return viewer;
}
