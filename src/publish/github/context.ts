/**
 * What the runner tells the action through its environment: repository, event and payload, API
 * and server URLs, run id, temp dir. Read once, from `process.env`-shaped input; no @actions/*.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { InputError } from '../../shared/limits.js';

export interface ActionContext {
  /** `GITHUB_REPOSITORY` split ('' when unset). */
  owner: string;
  repo: string;
  eventName: string;
  /** Parsed `GITHUB_EVENT_PATH` (empty object when absent). */
  payload: Record<string, any>;
  /** `GITHUB_API_URL` (GHES: `https://host/api/v3`). */
  apiUrl: string;
  /** `GITHUB_SERVER_URL`. */
  serverUrl: string;
  runId: string | undefined;
  runAttempt: string | undefined;
  /** Workflow file of the running workflow (`report.yml`), from `GITHUB_WORKFLOW_REF`. */
  workflowFile: string | undefined;
  /** `RUNNER_TEMP`, else the OS temp dir. */
  tempDir: string;
  /** `GITHUB_SHA`. */
  sha: string | undefined;
  /** The branch this workflow run is for: `GITHUB_HEAD_REF` on pull requests, else `GITHUB_REF_NAME`. */
  branch: string | undefined;
  /** `GITHUB_REF` (`refs/heads/main`, `refs/tags/v1`, `refs/pull/7/merge`). */
  ref?: string | undefined;
}

export function readContext(env: NodeJS.ProcessEnv = process.env): ActionContext {
  const slug = env.GITHUB_REPOSITORY ?? '';
  // Empty outside GitHub (local runs on a path); required only by the steps that call the API.
  const [owner, repo] = slug ? splitRepository(slug, 'GITHUB_REPOSITORY') : ['', ''];
  let payload: Record<string, any> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
      if (parsed && typeof parsed === 'object') payload = parsed as Record<string, any>;
    } catch (e) {
      throw new InputError(`GITHUB_EVENT_PATH ${env.GITHUB_EVENT_PATH}: cannot read the event payload (${(e as Error).message.split('\n')[0]})`);
    }
  }
  return {
    owner,
    repo,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    runId: env.GITHUB_RUN_ID || undefined,
    runAttempt: env.GITHUB_RUN_ATTEMPT || undefined,
    workflowFile: workflowFileOf(env.GITHUB_WORKFLOW_REF),
    tempDir: env.RUNNER_TEMP || os.tmpdir(),
    sha: env.GITHUB_SHA || undefined,
    branch: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || undefined,
    ref: env.GITHUB_REF || undefined,
  };
}

/** `owner/repo` → [owner, repo]; `what` names the input or variable in the error. */
export function splitRepository(slug: string, what: string): [string, string] {
  const m = /^([A-Za-z0-9_.-]{1,100})\/([A-Za-z0-9_.-]{1,100})$/.exec(slug.trim());
  if (!m) throw new InputError(`${what} must be 'owner/repo' (got '${slug.slice(0, 120)}')`);
  return [m[1]!, m[2]!];
}

/** `octo/repo/.github/workflows/report.yml@refs/heads/main` → `report.yml`. */
export function workflowFileOf(ref: string | undefined): string | undefined {
  const m = /\/\.github\/workflows\/([^/@]+)@/.exec(ref ?? '');
  return m?.[1];
}

/** Link to this workflow run (the job summary lives there). */
export function runUrl(ctx: ActionContext): string | undefined {
  if (!ctx.runId) return undefined;
  const attempt = ctx.runAttempt && ctx.runAttempt !== '1' ? `/attempts/${ctx.runAttempt}` : '';
  return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}${attempt}`;
}

/** Under a `workflow_run` event, the triggering run from the payload (an object), else undefined. */
export function workflowRunOf(ctx: ActionContext): Record<string, any> | undefined {
  const wr: unknown = ctx.eventName === 'workflow_run' ? ctx.payload.workflow_run : undefined;
  return wr !== null && typeof wr === 'object' ? (wr as Record<string, any>) : undefined;
}

/** The event that started the analysed work: the source run's event under `workflow_run`. */
export function originEvent(ctx: ActionContext): string {
  const event = workflowRunOf(ctx)?.event;
  return typeof event === 'string' ? event : ctx.eventName;
}
