/**
 * The RunReport as a workflow artifact, so that later runs find it as their baseline
 * (baseline.ts looks for the newest artifact named `report-artifact` on the baseline branch).
 *
 * Pure: whether to upload (`upload-report`, the event and branch, the host, the runner's
 * variables) and one log line for each outcome. The upload goes through an {@link ArtifactUploader}
 * that the caller loads: run-action.ts imports @actions/artifact lazily, so the scan workers and
 * the CLI never load it. Nothing here throws: an upload that fails is a warning, never the verdict.
 * No @actions/* here.
 */
import path from 'node:path';
import { oneLine } from '../../sources/github/errors.js';
import type { Logger } from '../../shared/logger.js';
import { originEvent, workflowRunOf, type ActionContext } from './context.js';

export type UploadMode = 'auto' | 'always' | 'never';
export const UPLOAD_MODES: readonly UploadMode[] = ['auto', 'always', 'never'];

/** Events whose default-branch runs upload under `auto`: the runs that make baselines. */
const BASELINE_EVENTS: readonly string[] = ['push', 'schedule', 'workflow_dispatch'];

/** Characters @actions/artifact refuses in an artifact name (and the baseline lookup would never match). */
export const ARTIFACT_NAME_FORBIDDEN = /[":<>|*?\\/\r\n]/;

/** Retention GitHub accepts at most (a repository's own limit may be lower; the upload then uses that). */
export const MAX_RETENTION_DAYS = 400;

export interface ReportArtifactConfig {
  mode: UploadMode;
  name: string;
  /** Undefined: the repository's default retention. */
  retentionDays: number | undefined;
  /** Give up on an upload that has not finished after this many seconds (a warning, never a hang). */
  timeoutSeconds: number;
}

/** Default of `report-upload-timeout`: a report is a few hundred kB; two minutes is generous. */
export const DEFAULT_UPLOAD_TIMEOUT_SECONDS = 120;

/** Longest `report-upload-timeout` accepted. */
export const MAX_UPLOAD_TIMEOUT_SECONDS = 3600;

export type UploadPlan = { upload: true; why: string } | { upload: false; why: string; warn: boolean };

/** The part of @actions/artifact's client that we use. */
export interface ArtifactUploader {
  uploadArtifact(name: string, files: string[], rootDirectory: string, options?: { retentionDays?: number }): Promise<{ id?: number; size?: number; digest?: string }>;
  /** This workflow run's artifacts (every attempt's and job's). */
  listArtifacts?(): Promise<{ artifacts: Array<{ name: string; id: number }> }>;
  /**
   * Deletes this workflow run's artifact of that name (the newest if several). Only called for a
   * name `listArtifacts` gave: the library reports a missing one as a warning of its own.
   */
  deleteArtifact?(name: string): Promise<{ id?: number }>;
}

export interface UploadOptions {
  /** Called when the upload is given up after `timeoutSeconds` (the caller ends the process later). */
  onTimeout?: () => void;
  /**
   * `GITHUB_RUN_ATTEMPT`. On a re-run (2 and up) an earlier attempt may have uploaded a report
   * under the same name, and artifact names are unique in a workflow run: that report is deleted
   * first, so the run holds this attempt's report, the one a later baseline lookup should find.
   */
  runAttempt?: string;
}

/** A refused upload because the run already holds an artifact of that name (HTTP 409). */
const isConflict = (msg: string) => /\(409\)|already exists/i.test(msg);

type Env = Record<string, string | undefined>;

/**
 * Upload or not, and why. `never` and an `auto` run that makes no baseline are plain notes; a run
 * that should upload but cannot (not on a runner, GitHub Enterprise Server) is a warning.
 */
export function planReportUpload(cfg: ReportArtifactConfig, ctx: ActionContext, env: Env = process.env, target: BaselineTarget = {}): UploadPlan {
  if (cfg.mode === 'never') return { upload: false, warn: false, why: "input 'upload-report' is 'never'" };
  let why = "input 'upload-report' is 'always'";
  if (cfg.mode === 'auto') {
    const e = baselineEligibility(ctx, target);
    const of = target.baselineBranch ? `of the baseline branch '${target.baselineBranch}'` : 'of the default branch';
    if (!e.ok) return { upload: false, warn: false, why: `${e.why} (upload-report: auto uploads only ${BASELINE_EVENTS.join(', ')} runs ${of})` };
    why = e.why;
  }
  for (const v of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL']) {
    if (!env[v]) return { upload: false, warn: true, why: `${v} is not set (the runner sets it for actions; outside GitHub Actions use upload-report: never)` };
  }
  if (!artifactServiceAvailable(ctx.serverUrl)) {
    return { upload: false, warn: true, why: `${ctx.serverUrl} looks like GitHub Enterprise Server, where @actions/artifact cannot upload; upload report-path with the artifact action your server supports and set upload-report: never` };
  }
  return { upload: true, why };
}

/** Where the baseline lookup (baseline.ts) will search, and what the report describes. */
export interface BaselineTarget {
  /** `baseline-branch`: the branch whose runs give the baseline (default: the default branch). */
  baselineBranch?: string;
  /** Branch of the run the report analysed, when it is another workflow run's artifacts. */
  analysedBranch?: string;
}

/**
 * Does this run make a baseline? A push, scheduled or manual run of the baseline branch (by
 * default the default branch), or, under `workflow_run`, such a run of this repository (not of a
 * fork) that triggered it; and the report must describe a run of that branch, or the lookup
 * refuses it (a manual run on main that analysed a pull request's run makes no baseline).
 */
export function baselineEligibility(ctx: ActionContext, target: BaselineTarget = {}): { ok: boolean; why: string } {
  const wr = workflowRunOf(ctx);
  const event = originEvent(ctx);
  const what = !event ? 'a run without GITHUB_EVENT_NAME (outside GitHub Actions)' : wr ? `the triggering '${event}' run` : `a '${event}' run`;
  if (!BASELINE_EVENTS.includes(event)) return { ok: false, why: `${what} makes no baseline` };
  const defaultBranch = str(ctx.payload.repository?.default_branch);
  let branch: string | undefined;
  if (wr) {
    const head = str(wr.head_repository?.full_name);
    const base = str(wr.repository?.full_name) ?? str(ctx.payload.repository?.full_name);
    if (!head || !base || head !== base) return { ok: false, why: `${what} is from another repository (${head ?? 'unknown'})` };
    branch = str(wr.head_branch);
  } else {
    if (ctx.ref && !ctx.ref.startsWith('refs/heads/')) return { ok: false, why: `${what} is for ${ctx.ref}, not a branch` };
    branch = ctx.branch;
  }
  const analysed = (want: string | undefined) =>
    target.analysedBranch !== undefined && want !== undefined && target.analysedBranch !== want
      ? { ok: false, why: `${what} analysed a run of branch '${target.analysedBranch}', not '${want}': the baseline lookup would refuse its report` }
      : undefined;
  if (target.baselineBranch) {
    const want = target.baselineBranch;
    if (!branch) return { ok: false, why: `${what}: cannot tell its branch` };
    if (branch !== want) return { ok: false, why: `${what} is on branch '${branch}', not the baseline branch '${want}'` };
    return analysed(want) ?? { ok: true, why: `${what} on the baseline branch '${want}'` };
  }
  if (!defaultBranch) {
    // Scheduled workflows always run on the default branch; other payloads name it.
    if (event === 'schedule' && !wr) return analysed(branch) ?? { ok: true, why: 'a scheduled run (always on the default branch)' };
    return { ok: false, why: `${what}: the event payload does not name the default branch` };
  }
  if (!branch) return { ok: false, why: `${what}: cannot tell its branch` };
  if (branch !== defaultBranch) return { ok: false, why: `${what} is on branch '${branch}', not the default branch '${defaultBranch}'` };
  return analysed(defaultBranch) ?? { ok: true, why: `${what} on the default branch '${defaultBranch}'` };
}

/** github.com and GHE.com data residency have the artifact (v4) service; GitHub Enterprise Server does not. */
export function artifactServiceAvailable(serverUrl: string): boolean {
  let host: string;
  try {
    host = new URL(serverUrl).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost');
}

/**
 * Upload `reportPath` (alone, under its own file name) as artifact `cfg.name`. Returns the
 * artifact id, or undefined after one warning line when loading the client or the upload failed.
 */
export async function uploadReportArtifact(
  cfg: ReportArtifactConfig,
  reportPath: string,
  loadUploader: () => Promise<ArtifactUploader>,
  log: Logger,
  opts: UploadOptions = {},
): Promise<number | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const attempt = Number(opts.runAttempt);
  const reRun = Number.isSafeInteger(attempt) && attempt > 1;
  try {
    const uploader = await loadUploader();
    // The library has no overall deadline: a service that accepts the connection and never answers
    // would hold the step until the job's timeout. Race it (the deletion of an earlier attempt's
    // report and the upload together); the caller ends the process afterwards.
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), cfg.timeoutSeconds * 1000);
    });
    const giveUp = (pending: Promise<unknown>) => {
      pending.catch(() => {});
      opts.onTimeout?.();
      log.warning(`report artifact '${cfg.name}' not uploaded: no answer within ${cfg.timeoutSeconds} s (input 'report-upload-timeout'). The verdict stands; later runs cannot use this report as their baseline`);
      return undefined;
    };
    if (reRun && uploader.listArtifacts && uploader.deleteArtifact) {
      const deletion = replaceEarlierAttempt(uploader, cfg.name, attempt, log);
      if ((await Promise.race([deletion, timedOut])) === 'timeout') return giveUp(deletion);
    }
    const upload = uploader.uploadArtifact(cfg.name, [reportPath], path.dirname(reportPath), cfg.retentionDays === undefined ? {} : { retentionDays: cfg.retentionDays });
    const res = await Promise.race([upload, timedOut]);
    if (res === 'timeout') return giveUp(upload);
    if (typeof res?.id !== 'number' || !Number.isSafeInteger(res.id) || res.id <= 0) {
      log.warning(`report artifact '${cfg.name}': the upload returned no artifact id`);
      return undefined;
    }
    const days = cfg.retentionDays === undefined ? "the repository's retention" : `${cfg.retentionDays} day(s)`;
    log.info(`report artifact '${cfg.name}' uploaded: id ${res.id}, ${res.size ?? '?'} bytes (zip), ${days}${res.digest ? `, sha256 ${res.digest}` : ''}`);
    return res.id;
  } catch (e) {
    const msg = errorText(e);
    const hint = isConflict(msg)
      ? reRun
        ? '. The run already holds a report of that name and the earlier attempt\'s could not be replaced'
        : ". The run already holds an artifact of that name, from another job or step: give each gate step of a workflow its own 'report-artifact' (and its baseline lookup the same name)"
      : '';
    log.warning(`report artifact '${cfg.name}' not uploaded: ${oneLine(msg, 600)}${hint}. The verdict stands; later runs cannot use this report as their baseline`);
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/** Deletes the report an earlier attempt of this run uploaded, if any; never throws. */
async function replaceEarlierAttempt(uploader: ArtifactUploader, name: string, attempt: number, log: Logger): Promise<void> {
  try {
    const { artifacts } = await uploader.listArtifacts!();
    const earlier = artifacts.filter((a) => a.name === name);
    if (!earlier.length) {
      log.info(`report artifact '${name}': attempt ${attempt} of this run; no earlier attempt uploaded one`);
      return;
    }
    const { id } = await uploader.deleteArtifact!(name);
    log.info(`report artifact '${name}': attempt ${attempt} of this run; deleted the report an earlier attempt uploaded (id ${id ?? earlier[0]!.id}) to put this one in its place`);
  } catch (e) {
    log.warning(`report artifact '${name}': could not replace the report an earlier attempt of this run uploaded (${oneLine(errorText(e), 300)}); uploading anyway`);
  }
}

const errorText = (e: unknown) => (e instanceof Error ? `${e.name && e.name !== 'Error' ? `${e.name}: ` : ''}${e.message}` : String(e));

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
