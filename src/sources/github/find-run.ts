/**
 * Find the workflow run + artifact to analyse: either a given run id, or the newest successful
 * run of a workflow on a branch (default: the repository's default branch) that still has a
 * non-expired artifact matching a name or glob (`a3p-*`). Fork runs are skipped when scanning,
 * because `branch=main` also matches a fork's `main`.
 */
import type { GitHubClient } from './client.js';
import { SourceRunError } from './errors.js';
import { listUpTo, pagesOf, requestJson } from './rest.js';

export interface FindSourceRunOptions {
  owner: string;
  repo: string;
  /** Take this run as given (no fork/branch/status filter). */
  runId?: number | string;
  /** Workflow file name (`loadgen.yml`) or numeric id. Required without `runId`. */
  workflow?: string | number;
  /** Default: the repository's `default_branch`. */
  branch?: string;
  /** Optional event filter when scanning (e.g. `push`). */
  event?: string;
  /** Artifact name or glob (`*`, `?`). */
  artifact: string;
  /** Skip runs whose head repository is not owner/repo. Default true (scanning only). */
  excludeForks?: boolean;
  /** Default 30. */
  maxRunsToScan?: number;
  /** Clock for `ageHours`/expiry checks. */
  now?: Date;
}

export interface SourceRun {
  id: number;
  html_url: string;
  head_sha: string;
  head_branch: string | null;
  created_at: string;
  event: string;
  head_repository: { full_name: string } | null;
}

export interface SourceArtifact {
  id: number;
  name: string;
  size_in_bytes: number;
  expired: boolean;
  created_at: string;
  expires_at?: string;
  digest?: string;
}

export interface SourceRunResult {
  run: SourceRun;
  artifact: SourceArtifact;
  /** Hours since the artifact was created (2 decimals). */
  ageHours: number;
}

interface ApiRun {
  id: number;
  html_url: string;
  head_sha: string;
  head_branch: string | null;
  created_at: string;
  event: string;
  conclusion?: string | null;
  head_repository?: { full_name?: string } | null;
  workflow_id?: number;
  /** `.github/workflows/loadgen.yml` */
  path?: string;
}

interface ApiArtifact {
  id: number;
  name: string;
  size_in_bytes: number;
  expired: boolean;
  created_at: string | null;
  expires_at?: string | null;
  digest?: string | null;
  /** In the repository-wide artifact list: the run that made it. */
  workflow_run?: { id?: number; head_branch?: string | null } | null;
}

/**
 * Runs looked up one by one, at most, from the repository's artifact list when the window of
 * newest runs held none with the artifact.
 */
const MAX_RUNS_BEYOND_WINDOW = 20;

/** `*` = any run of characters, `?` = one character; everything else literal. Case-sensitive. */
export function artifactNameMatcher(pattern: string): (name: string) => boolean {
  if (!/[*?]/.test(pattern)) return (name) => name === pattern;
  const re = new RegExp(
    `^${pattern
      .split('')
      .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\/]/g, '\\$&')))
      .join('')}$`,
    's',
  );
  return (name) => re.test(name);
}

export async function findSourceRun(client: GitHubClient, opts: FindSourceRunOptions): Promise<SourceRunResult> {
  const { owner, repo } = opts;
  const now = opts.now ?? new Date();
  const pattern = opts.artifact?.trim();
  if (!pattern) throw new SourceRunError('bad-query', 'An artifact name or glob is required');
  const matches = artifactNameMatcher(pattern);
  const isGlob = /[*?]/.test(pattern);
  const slug = `${owner}/${repo}`;

  const listArtifacts = (runId: number | string) =>
    listUpTo<ApiArtifact>(
      client,
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
      { owner, repo, run_id: runId, per_page: 100, name: isGlob ? undefined : pattern },
      1000,
    );

  const seen = new Set<string>();
  const expired: Array<{ run: number; a: ApiArtifact }> = [];
  const pick = (runId: number, arts: ApiArtifact[]): ApiArtifact | undefined => {
    const hits = arts.filter((a) => {
      seen.add(a.name);
      return matches(a.name);
    });
    const live: ApiArtifact[] = [];
    for (const a of hits) (isExpired(a, now) ? expired.push({ run: runId, a }) : live.push(a));
    live.sort((x, y) => Date.parse(y.created_at ?? '') - Date.parse(x.created_at ?? '') || y.id - x.id);
    return live[0];
  };

  if (opts.runId !== undefined && opts.runId !== '') {
    const runId = String(opts.runId).trim();
    if (!/^\d+$/.test(runId)) throw new SourceRunError('bad-query', `run id '${runId}' is not a number`);
    const run = await requestJson<ApiRun>(client, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: runId });
    const art = pick(run.id, await listArtifacts(runId));
    if (art) return result(run, art, now);
    throw noArtifactError(`run ${runId} of ${slug}`, pattern, seen, expired);
  }

  if (opts.workflow === undefined || String(opts.workflow).trim() === '') {
    throw new SourceRunError('bad-query', 'Either a run id or a workflow (file name or id) is required to find the source run');
  }
  const workflow = String(opts.workflow).trim();
  const excludeForks = opts.excludeForks ?? true;
  // A run is this repository's only when its head repository says so: a pull request from a fork
  // that was deleted since has head_repository null, and its workflow ran the fork's code.
  const fromFork = (run: ApiRun): boolean => {
    const head = run.head_repository?.full_name;
    return excludeForks && (!head || head.toLowerCase() !== slug.toLowerCase());
  };
  const maxRuns = Math.max(1, Math.floor(opts.maxRunsToScan ?? 30));
  let branch = opts.branch?.trim() || undefined;
  if (!branch) {
    const data = await requestJson<{ default_branch?: string }>(client, 'GET /repos/{owner}/{repo}', { owner, repo });
    branch = data.default_branch || 'main';
  }

  // `scanned` counts this repository's runs, which are what `maxRuns` bounds: fork runs on a branch
  // of the same name (a fork's `main`) must not push the real ones out of the window. Fork runs
  // are bounded by the pages read (up to 10 times the window).
  let scanned = 0;
  const runsScanned = new Set<number>();
  let forks = 0;
  let withoutMatch = 0;
  const perPage = Math.min(100, maxRuns);
  const pages = pagesOf<ApiRun>(
    client,
    'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
    { owner, repo, workflow_id: workflow, branch, status: 'success', event: opts.event || undefined, per_page: perPage },
    excludeForks ? 10 * Math.ceil(maxRuns / perPage) + 1 : Math.ceil(maxRuns / perPage) + 1,
  );
  outer: for await (const runs of pages) {
    for (const run of runs) {
      if (scanned >= maxRuns) break outer;
      if (run.conclusion && run.conclusion !== 'success') continue;
      if (fromFork(run)) {
        forks++;
        continue;
      }
      scanned++;
      runsScanned.add(run.id);
      const art = pick(run.id, await listArtifacts(run.id));
      if (art) return result(run, art, now);
      withoutMatch++;
    }
  }

  // The window was full of runs without the artifact (in a busy repository most runs of a workflow
  // may upload none, e.g. report runs triggered by pull requests): look the artifact up by name
  // among the repository's artifacts, newest first, and check each one's run by the same rules.
  if (scanned >= maxRuns && !isGlob) {
    const arts = await listUpTo<ApiArtifact>(client, 'GET /repos/{owner}/{repo}/actions/artifacts', { owner, repo, name: pattern, per_page: 100 }, 300);
    const tried = new Set<number>(runsScanned);
    for (const a of arts) {
      const runId = a.workflow_run?.id;
      if (typeof runId !== 'number' || tried.has(runId) || a.workflow_run?.head_branch !== branch || a.name !== pattern) continue;
      tried.add(runId);
      if (isExpired(a, now)) {
        expired.push({ run: runId, a });
        continue;
      }
      if (tried.size - runsScanned.size > MAX_RUNS_BEYOND_WINDOW) break;
      const run = await requestJson<ApiRun>(client, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: runId });
      if (!sameWorkflow(run, workflow) || run.head_branch !== branch || (run.conclusion ?? null) !== 'success') continue;
      if (opts.event && run.event !== opts.event) continue;
      if (fromFork(run)) continue;
      return result(run, a, now);
    }
  }

  const where = `successful runs of workflow '${workflow}' on branch '${branch}'${opts.event ? ` (event ${opts.event})` : ''} in ${slug}`;
  const forkNote = forks ? `; skipped ${forks} fork run(s)` : '';
  if (scanned === 0) {
    throw new SourceRunError('no-runs', `No ${where}${forkNote}`);
  }
  throw noArtifactError(`the ${scanned} newest ${where}${forkNote}`, pattern, seen, expired);
}

/** The run is of the workflow given as a file name (`loadgen.yml`), a path, or a numeric id. */
function sameWorkflow(run: ApiRun, workflow: string): boolean {
  if (/^\d+$/.test(workflow)) return run.workflow_id === Number(workflow);
  const p = run.path?.split('@')[0];
  return p === workflow || p === `.github/workflows/${workflow}`;
}

function noArtifactError(where: string, pattern: string, seen: Set<string>, expired: Array<{ run: number; a: ApiArtifact }>): SourceRunError {
  if (expired.length) {
    const newest = expired
      .map((e) => ({ ...e, t: Date.parse(e.a.expires_at ?? '') }))
      .sort((x, y) => (Number.isNaN(y.t) ? -Infinity : y.t) - (Number.isNaN(x.t) ? -Infinity : x.t))[0]!;
    const when = Number.isNaN(newest.t) ? '' : `, newest expired ${new Date(newest.t).toISOString()} (run ${newest.run})`;
    return new SourceRunError(
      'expired',
      `Found ${expired.length} artifact(s) matching '${pattern}' in ${where}, but all have expired${when}. Re-run the workflow or raise its retention-days`,
    );
  }
  const names = [...seen].sort();
  const list = names.length === 0 ? 'no artifacts at all' : `artifact names seen: ${names.slice(0, 20).join(', ')}${names.length > 20 ? `, … (${names.length - 20} more)` : ''}`;
  return new SourceRunError('no-match', `No artifact matching '${pattern}' in ${where}; ${list}`);
}

function isExpired(a: ApiArtifact, now: Date): boolean {
  if (a.expired) return true;
  const t = a.expires_at ? Date.parse(a.expires_at) : NaN;
  return !Number.isNaN(t) && t <= now.getTime();
}

function result(run: ApiRun, a: ApiArtifact, now: Date): SourceRunResult {
  const created = Date.parse(a.created_at ?? run.created_at);
  const ageHours = Number.isNaN(created) ? 0 : Math.round(((now.getTime() - created) / 3_600_000) * 100) / 100;
  return {
    run: {
      id: run.id,
      html_url: run.html_url,
      head_sha: run.head_sha,
      head_branch: run.head_branch ?? null,
      created_at: run.created_at,
      event: run.event,
      head_repository: run.head_repository?.full_name ? { full_name: run.head_repository.full_name } : null,
    },
    artifact: {
      id: a.id,
      name: a.name,
      size_in_bytes: a.size_in_bytes,
      expired: false,
      created_at: a.created_at ?? run.created_at,
      ...(a.expires_at ? { expires_at: a.expires_at } : {}),
      ...(a.digest ? { digest: a.digest } : {}),
    },
    ageHours,
  };
}
