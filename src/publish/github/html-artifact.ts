/**
 * The HTML report as an unzipped workflow artifact (`@actions/artifact` with `skipArchive`), which
 * GitHub serves as the file itself, so the comment and the job summary can link it and a click
 * opens the report in the browser. Uploaded on every run the artifact service can take it (pull
 * requests too: it is a view of this run, not a baseline). The artifact of an unzipped upload is
 * named after its file, so the file name carries the job, the step id and the run attempt (two
 * gate steps of one job without ids collide, and the second is a warning). Nothing here throws; a failed upload is one
 * warning line and the report is simply not linked. No @actions/* here: the caller loads the client.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { oneLine } from '../../sources/github/errors.js';
import type { Logger } from '../../shared/logger.js';
import { artifactServiceAvailable } from './report-artifact.js';
import type { ActionContext } from './context.js';

/** The part of @actions/artifact's client this needs. */
export interface HtmlUploader {
  uploadArtifact(name: string, files: string[], rootDirectory: string, options?: { retentionDays?: number; skipArchive?: boolean }): Promise<{ id?: number; size?: number }>;
}

type Env = Record<string, string | undefined>;

/**
 * `loadgen-gate-report-<job>[-<step id>].html`, `-attempt-N` added on a re-run: artifact names are
 * unique in a workflow run, and an unzipped artifact is named after its file. The step id
 * (`GITHUB_ACTION` when the step has an `id:`) tells two gate steps of one job apart.
 */
export function htmlReportName(ctx: Pick<ActionContext, 'runAttempt'>, env: Env = process.env): string {
  const clean = (s: string | undefined) => (s ?? '').replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 60);
  const job = clean(env.GITHUB_JOB);
  const step = env.GITHUB_ACTION && !env.GITHUB_ACTION.startsWith('__') ? clean(env.GITHUB_ACTION) : '';
  const attempt = ctx.runAttempt && /^\d+$/.test(ctx.runAttempt) && ctx.runAttempt !== '1' ? `-attempt-${ctx.runAttempt}` : '';
  return `loadgen-gate-report${job ? `-${job}` : ''}${step ? `-${step}` : ''}${attempt}.html`;
}

/** Why the HTML report cannot be uploaded here, or null when it can. */
export function htmlUploadBlocker(ctx: Pick<ActionContext, 'serverUrl'>, env: Env = process.env): string | null {
  for (const v of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL']) if (!env[v]) return `${v} is not set (outside GitHub Actions)`;
  if (!artifactServiceAvailable(ctx.serverUrl)) return `${ctx.serverUrl} has no artifact service for unzipped uploads`;
  return null;
}

/** Where GitHub shows an artifact of this run. */
export function artifactUrl(ctx: Pick<ActionContext, 'serverUrl' | 'owner' | 'repo' | 'runId'>, id: number): string | undefined {
  if (!ctx.runId || !/^\d+$/.test(ctx.runId)) return undefined;
  return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}/artifacts/${id}`;
}

/**
 * Writes `html` into `dir` under its artifact name and uploads it unzipped. Returns the link to
 * the artifact, or undefined (with one warning or note) when it was not uploaded.
 */
export async function uploadHtmlReport(
  html: string,
  dir: string,
  ctx: ActionContext,
  loadUploader: () => Promise<HtmlUploader>,
  log: Logger,
  /** `onTimeout`: the upload was given up; its request may still hold the event loop (the caller ends the process). */
  opts: { timeoutSeconds: number; retentionDays?: number; env?: Env; onTimeout?: () => void },
): Promise<string | undefined> {
  const blocker = htmlUploadBlocker(ctx, opts.env);
  const name = htmlReportName(ctx, opts.env);
  if (blocker) {
    log.info(`HTML report not uploaded: ${blocker}`);
    return undefined;
  }
  let timer: NodeJS.Timeout | undefined;
  try {
    const file = path.join(dir, name);
    await mkdir(dir, { recursive: true });
    await writeFile(file, html);
    const uploader = await loadUploader();
    const upload = uploader.uploadArtifact(name, [file], dir, { skipArchive: true, ...(opts.retentionDays !== undefined ? { retentionDays: opts.retentionDays } : {}) });
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), opts.timeoutSeconds * 1000);
    });
    const res = await Promise.race([upload, timedOut]);
    if (res === 'timeout') {
      upload.catch(() => {});
      opts.onTimeout?.();
      log.warning(`HTML report '${name}' not uploaded: no answer within ${opts.timeoutSeconds} s`);
      return undefined;
    }
    if (typeof res?.id !== 'number' || !Number.isSafeInteger(res.id) || res.id <= 0) {
      log.warning(`HTML report '${name}': the upload returned no artifact id`);
      return undefined;
    }
    const url = artifactUrl(ctx, res.id);
    log.info(`HTML report '${name}' uploaded: id ${res.id}, ${res.size ?? '?'} bytes${url ? `, ${url}` : ''}`);
    return url;
  } catch (e) {
    log.warning(`HTML report '${name}' not uploaded: ${oneLine(e instanceof Error ? e.message : String(e), 600)}`);
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/** Base URL of this action's docs at the version that ran, for the links next to each finding. */
export function docsBaseUrl(ctx: Pick<ActionContext, 'serverUrl' | 'owner' | 'repo' | 'sha'>, env: Env = process.env): string | undefined {
  const repo = env.GITHUB_ACTION_REPOSITORY;
  const ref = env.GITHUB_ACTION_REF;
  if (repo && /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo)) return `${ctx.serverUrl}/${repo}/blob/${ref && /^[A-Za-z0-9_./-]+$/.test(ref) ? ref : 'HEAD'}/docs/`;
  // A local action (`uses: ./`): the docs of the checked-out repository.
  if (ctx.owner && ctx.repo) return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/blob/${ctx.sha && /^[0-9a-f]{7,40}$/.test(ctx.sha) ? ctx.sha : 'HEAD'}/docs/`;
  return undefined;
}
