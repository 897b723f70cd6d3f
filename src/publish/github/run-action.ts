/**
 * The action, step by step:
 *   parse inputs → resolve source (local path | run id | latest workflow run: download + safe
 *   extract into a temp dir that is always removed) → resolve baseline (file | newest report
 *   artifact on the baseline branch | none, with the reason) → analyzeRun (in the engine worker) → report JSON + markdown
 *   file → job summary (1 MiB budget) → annotations → sticky PR comment → tracking issues
 *   (scheduled and manual runs of the baseline branch) → outputs → report artifact (default-branch runs) → fail on a `fail` verdict.
 * The run history (history-run.ts) is read before the analysis (the band), and on default-branch
 * runs carried on: this run appended before the tracking issues, uploaded after the report artifact.
 * Outputs are always set (verdict `error` when the action could not do its job) before
 * `setFailed`, so `if: always()` steps can read them. The report artifact is uploaded after the
 * outputs and files are written; its failure is a warning and never changes the verdict.
 * `@actions/core` and the loader of `@actions/artifact` are injected (entry/action.ts), and every
 * step takes plain values, a GitHubClient and the run's log: nothing here imports `@actions/*`,
 * and nothing lives at module level.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { analyzeRunIsolated } from '../../engine/engine-worker.js';
import { loadPolicy } from '../../shared/policy.js';
import { renderSections } from '../../render/markdown.js';
import { withBand } from '../../render/band-section.js';
import { renderHtml } from '../../render/html.js';
import { docsBaseUrl, uploadHtmlReport } from './html-artifact.js';
import { createGitHubClient, type GitHubClient } from '../../sources/github/client.js';
import { oneLine } from '../../sources/github/errors.js';
import { InputError } from '../../shared/limits.js';
import { VERSION } from '../../shared/version.js';
import { writeReportJson } from '../../report/report-json.js';
import type { Provenance, RunReport } from '../../shared/report-schema.js';
import { fitToBudget, SUMMARY_LIMIT_BYTES, type SummarySection } from './summary-budget.js';
import { planAnnotations } from './annotations.js';
import { parseInputs, type ActionConfig } from './inputs.js';
import { readContext, runUrl, type ActionContext } from './context.js';
import { describeProvenance, resolveSource, TempDirs, type ResolvedSource } from './source.js';
import { resolveBaseline, type ResolvedBaseline } from './baseline.js';
import { withProvenance } from './bodies.js';
import { planReportUpload, uploadReportArtifact, type ArtifactUploader, type BaselineTarget } from './report-artifact.js';
import { ActionLog, Outputs, type ActionCore } from './action-io.js';
import { postComment, updateTrackingIssues, viewerLoginOnce, type NotifyDeps } from './notify.js';
import { prepareCarry, readRunHistory, uploadCarried, type HistoryDeps } from './history-run.js';

export interface RunActionDeps {
  /** `@actions/core`. */
  core: ActionCore;
  /** The bundle itself: what the engine worker runs. */
  workerScript: URL;
  /** Loads `@actions/artifact`'s client; called only to upload (it is heavy). */
  loadArtifactClient: () => Promise<ArtifactUploader>;
  /** The runner's variables. Default `process.env`. */
  env?: NodeJS.ProcessEnv;
}

export interface RunActionResult {
  /**
   * The report upload was given up after `report-upload-timeout`: its request may still hold the
   * event loop open, and the caller should end the process (everything else is written).
   */
  uploadAbandoned: boolean;
}

export async function runAction(deps: RunActionDeps): Promise<RunActionResult> {
  const { core } = deps;
  const env = deps.env ?? process.env;
  const log = new ActionLog(core);
  const out = new Outputs(core);
  let tmp: TempDirs | undefined;
  let uploadAbandoned = false;
  try {
    // 1. Inputs.
    const ctx = readContext(env);
    const cfg = parseInputs((name) => core.getInput(name), ctx);
    if (cfg.token) core.setSecret(cfg.token); // the runner masks github.token, but not a PAT read from elsewhere
    const client = cfg.token ? makeClient(cfg.token, ctx, log) : undefined;
    const policy = await loadPolicy(cfg.config);
    tmp = new TempDirs(ctx.tempDir);
    const sourceDeps = { client, tmp, limits: policy.limits, log: log.logger };

    // 2. Source.
    const source = await core.group('Source', async () => addRunnerProvenance(await resolveSource(cfg.source, sourceDeps), ctx, log));

    // 3. Baseline.
    const baseline = await core.group('Baseline', () => resolveBaseline(cfg.baseline, sourceDeps, { runId: source.provenance.runId }));
    reportBaseline(baseline, cfg, log);
    if (baseline.runId !== undefined) out.baselineRunId = String(baseline.runId);

    // 3b. History: the band this run is judged against.
    const historyDeps: HistoryDeps = { client, cfg, ctx, env, sourceDeps, log: log.logger };
    const runHistory = await core.group('History', () => readRunHistory(historyDeps, baselineTarget(cfg, source.provenance), policy));

    // 4. Analysis.
    const report = await analyzeRunIsolated({
      history: runHistory.band,
      inputs: [source.input],
      policy,
      log: log.logger,
      provenance: source.provenance,
      baseline: baseline.report,
      baselineReason: baseline.report ? undefined : `thresholds only; ${baseline.reason}`,
      workerScript: deps.workerScript,
      tmpRoot: ctx.tempDir,
      // A downloaded artifact is unpacked into a temporary directory: its files are named by it.
      inputNames: source.inputName !== undefined ? { [source.input]: source.inputName } : undefined,
    });
    const failing = report.verdicts.filter((v) => v.level === 'fail');

    // 5. Report files; the HTML report is uploaded first so the summary and the comment can link it.
    const htmlUrl = cfg.htmlReport ? await publishHtmlReport(deps, report, cfg, ctx, log, env, () => (uploadAbandoned = true)) : undefined;
    const sections = withBand(withProvenance(renderSections(report, { htmlUrl, docsBase: docsBaseUrl(ctx, env) }), report), report);
    await writeReportFiles(report, sections, cfg, log);
    out.verdict = report.verdict;
    out.reportPath = cfg.reportPath;
    out.summaryPath = cfg.summaryPath;
    out.regressions = String(failing.length);

    // 6–9. Tell people (the history carried on by this run first: the tracking issues show it).
    const carried = await prepareCarry(historyDeps, runHistory, report, policy);
    const summaryUrl = runUrl(ctx);
    await writeJobSummary(core, sections, log, env);
    emitAnnotations(core, report, log.warningsShown);
    if (client) {
      const notify: NotifyDeps = { client, cfg, ctx, log, viewerLogin: viewerLoginOnce(client, cfg.token), summaryUrl };
      await postComment(notify, source, sections, report);
      await updateTrackingIssues(notify, report, baselineTarget(cfg, report.provenance), carried);
    } else if (cfg.comment !== 'never') {
      log.info("no PR comment: input 'github-token' is empty");
    }

    // 10. Outputs, the report artifact (never throws), then the verdict.
    out.flush();
    const upload = await publishReportArtifact(deps, cfg, ctx, report.provenance, log, env);
    out.reportArtifactId = upload.id;
    uploadAbandoned ||= upload.abandoned;
    out.flushArtifact();
    if (carried) await uploadCarried(historyDeps, carried, deps.loadArtifactClient);
    if (report.verdict === 'fail') {
      core.setFailed(`loadgen-gate: ${failing.length} regression(s) in ${[...new Set(failing.map((v) => v.name ?? v.vatID))].join(', ')}`);
    } else {
      log.info(`loadgen-gate: ${report.verdict}`);
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
  }
  return { uploadAbandoned };
}

/**
 * Upload the report as `report-artifact` when `upload-report` says so: the artifact id (or ''), and
 * whether the upload was given up after `report-upload-timeout`. Never throws.
 */
async function publishReportArtifact(deps: RunActionDeps, cfg: ActionConfig, ctx: ActionContext, analysed: Provenance, log: ActionLog, env: NodeJS.ProcessEnv): Promise<{ id: string; abandoned: boolean }> {
  let abandoned = false;
  try {
    const plan = planReportUpload(cfg.upload, ctx, env, baselineTarget(cfg, analysed));
    if (!plan.upload) {
      const line = `report artifact '${cfg.upload.name}' not uploaded: ${plan.why}`;
      if (plan.warn) log.warn(line);
      else log.info(line);
      return { id: '', abandoned };
    }
    log.info(`report artifact '${cfg.upload.name}': uploading (${plan.why})`);
    const id = await deps.core.group(`Upload report artifact '${cfg.upload.name}'`, () =>
      uploadReportArtifact(cfg.upload, cfg.reportPath, deps.loadArtifactClient, log.logger, {
        onTimeout: () => {
          abandoned = true;
        },
        runAttempt: ctx.runAttempt,
      }),
    );
    return { id: id === undefined ? '' : String(id), abandoned };
  } catch (e) {
    // uploadReportArtifact already turns upload errors into a warning; this is the last guard.
    log.warn(`report artifact '${cfg.upload.name}' not uploaded: ${oneLine(e instanceof Error ? e.message : String(e), 600)}`);
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
async function publishHtmlReport(deps: RunActionDeps, report: RunReport, cfg: ActionConfig, ctx: ActionContext, log: ActionLog, env: NodeJS.ProcessEnv, onTimeout: () => void): Promise<string | undefined> {
  try {
    return await uploadHtmlReport(renderHtml(report), path.dirname(cfg.reportPath), ctx, deps.loadArtifactClient, log.logger, { timeoutSeconds: cfg.upload.timeoutSeconds, retentionDays: cfg.upload.retentionDays, onTimeout, env });
  } catch (e) {
    log.warn(`HTML report not uploaded: ${oneLine(e instanceof Error ? e.message : String(e), 600)}`);
    return undefined;
  }
}

function makeClient(token: string, ctx: ActionContext, log: ActionLog): GitHubClient {
  return createGitHubClient({
    token,
    apiUrl: ctx.apiUrl,
    userAgent: `loadgen-gate/${VERSION}`,
    onRetry: (r) =>
      log.info(`GitHub API: ${r.reason} on ${r.method} ${r.path}${r.waiting ? `: waiting ${(r.delayMs / 1000).toFixed(1)} s as GitHub asks` : `; retry ${r.attempt} after ${(r.delayMs / 1000).toFixed(1)} s`}`),
  });
}

/** A local path analysed inside a workflow: this workflow run is the provenance. */
function addRunnerProvenance(source: ResolvedSource, ctx: ActionContext, log: ActionLog): ResolvedSource {
  const p = source.provenance;
  if (p.source !== 'local') return source;
  if (ctx.runId && /^\d+$/.test(ctx.runId)) {
    p.runId = Number(ctx.runId);
    p.url = runUrl(ctx);
    if (ctx.sha) p.headSha = ctx.sha;
    if (ctx.branch) p.branch = ctx.branch;
  }
  log.info(`source: ${describeProvenance(p)}`);
  return source;
}

function reportBaseline(b: ResolvedBaseline, cfg: ActionConfig, log: ActionLog): void {
  if (b.report) return;
  const line = `no baseline: ${b.reason}; judging on thresholds alone`;
  if (cfg.baseline.kind === 'none') log.info(line);
  else log.warn(line);
}

async function writeReportFiles(report: RunReport, sections: SummarySection[], cfg: ActionConfig, log: ActionLog): Promise<void> {
  await mkdir(path.dirname(cfg.reportPath), { recursive: true });
  await writeReportJson(cfg.reportPath, report);
  await writeFile(cfg.summaryPath, sections.map((s) => s.markdown).join('\n\n') + '\n');
  log.info(`report: ${cfg.reportPath}; summary: ${cfg.summaryPath}`);
}

/** `LOADGEN_GATE_SUMMARY_MAX_BYTES` lowers the budget (tests); it can never exceed GitHub's limit. */
function summaryBudget(env: NodeJS.ProcessEnv): number {
  const dflt = SUMMARY_LIMIT_BYTES - 1024;
  const n = Number(env.LOADGEN_GATE_SUMMARY_MAX_BYTES);
  return Number.isInteger(n) && n > 0 ? Math.min(n, dflt) : dflt;
}

async function writeJobSummary(core: ActionCore, sections: SummarySection[], log: ActionLog, env: NodeJS.ProcessEnv): Promise<void> {
  const { markdown, dropped } = fitToBudget(sections, summaryBudget(env));
  if (dropped.length) log.warn(`job summary over GitHub's 1 MiB limit: left out ${dropped.join(', ')} (the report files have everything)`);
  if (!env.GITHUB_STEP_SUMMARY) {
    log.info('GITHUB_STEP_SUMMARY is not set: no job summary');
    return;
  }
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (e) {
    log.warn(`cannot write the job summary: ${(e as Error).message}`);
  }
}

/** The verdicts' annotations, in what is left of the step's 10 per level after `warningsShown`. */
function emitAnnotations(core: ActionCore, report: RunReport, warningsShown: number): void {
  const flagged = report.verdicts.filter((v) => v.level === 'fail' || v.level === 'warn');
  // One error is kept for the failure itself (core.setFailed, after this).
  const cap = { warning: 10 - warningsShown, error: 10 - (report.verdict === 'fail' ? 1 : 0) };
  for (const a of planAnnotations(flagged.map((v) => ({
    level: v.level === 'fail' ? ('error' as const) : ('warning' as const),
    title: `loadgen-gate: ${v.name ?? v.vatID} ${v.metric}`,
    message: v.message,
  })), cap)) {
    core[a.level](a.message, { title: a.title });
  }
}
