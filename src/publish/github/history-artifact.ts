/**
 * The run history as a workflow artifact (`history-artifact`, default `loadgen-gate-history`),
 * carried from one default-branch run to the next: download the newest one, append this run,
 * keep the newest `history-size`, upload. With no history yet it is seeded from the report
 * artifacts earlier runs uploaded. Every run that reads it (pull requests too) judges against the
 * band of its last `band-runs` entries.
 *
 * Plan, then apply: {@link planHistory} (whether to read and whether to carry, from the inputs,
 * the event and the branch) and {@link nextHistory} (the history to upload, from what was found)
 * are pure; {@link fetchHistory}, {@link fetchSeedReports} and {@link uploadHistory} do the I/O.
 * Nothing here throws for a missing or broken history: it is a warning, and the history is
 * rebuilt. No @actions/* here.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GitHubClient } from '../../sources/github/client.js';
import { findSourceRun } from '../../sources/github/find-run.js';
import { listUpTo, requestJson } from '../../sources/github/rest.js';
import { GitHubApiError, oneLine, SourceRunError } from '../../sources/github/errors.js';
import { InputError } from '../../shared/limits.js';
import { checkReport } from '../../report/baseline-file.js';
import type { RunReport } from '../../shared/report-schema.js';
import { appendEntry, emptyHistory, entryFromReport, HISTORY_FILE, parseHistory, serializeHistory, type History, type ParsedHistory } from '../../history/index.js';
import type { ActionContext } from './context.js';
import type { HistoryConfig } from './history-config.js';
import { baselineEligibility, artifactServiceAvailable, type ArtifactUploader, type BaselineTarget } from './report-artifact.js';
import { downloadAndExtract, type SourceDeps } from './source.js';

export { DEFAULT_HISTORY_ARTIFACT, DEFAULT_HISTORY_SIZE, MAX_HISTORY_SIZE, type HistoryConfig, type HistoryMode } from './history-config.js';

export interface HistoryPlan {
  /** Look for the history (artifact or file). */
  read: boolean;
  /** Append this run and upload the result. */
  carry: boolean;
  why: string;
}

/**
 * Pure. Read on every run unless `never`; carry on the runs that make a baseline (push, schedule,
 * workflow_dispatch on the baseline branch, baselineEligibility) where the artifact service is
 * there; a file given as `history` is read only.
 */
export function planHistory(cfg: HistoryConfig, ctx: ActionContext, env: Record<string, string | undefined>, target: BaselineTarget): HistoryPlan {
  if (cfg.mode === 'never') return { read: false, carry: false, why: "input 'history' is 'never'" };
  if (cfg.mode === 'file') return { read: true, carry: false, why: `history file ${cfg.file}: read only` };
  const e = baselineEligibility(ctx, target);
  if (!e.ok) return { read: true, carry: false, why: `${e.why}: the history is read, not carried` };
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) return { read: true, carry: false, why: 'ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set: the history cannot be uploaded' };
  if (!artifactServiceAvailable(ctx.serverUrl)) return { read: true, carry: false, why: `${ctx.serverUrl} has no artifact service @actions/artifact can upload to` };
  return { read: true, carry: true, why: e.why };
}

export interface FoundHistory {
  parsed: ParsedHistory | null;
  /** Where it came from, or why there is none. */
  note: string;
  runId?: number;
}

/**
 * Pure: the history to carry forward: the one found (when it could be read), else one seeded from
 * earlier reports (oldest first); then this run appended and the newest `size` kept. `notes`:
 * what happened, `warnings`: what the caller shows as warnings (a broken history).
 */
export function nextHistory(found: FoundHistory, seeds: RunReport[], current: RunReport, size: number, attempt?: number): { history: History; notes: string[]; warnings: string[] } {
  const notes: string[] = [];
  const warnings: string[] = [];
  let base: History;
  if (found.parsed && !found.parsed.problem) {
    base = found.parsed.history;
    notes.push(`${found.note}: ${base.entries.length} run(s)`);
    warnings.push(...found.parsed.notes);
  } else {
    if (found.parsed?.problem) warnings.push(`${found.parsed.problem}; rebuilding the history`);
    base = emptyHistory();
    for (const r of seeds) base = appendEntry(base, entryFromReport(r), size);
    notes.push(`no history to carry on (${found.note}): seeded from ${seeds.length} earlier report(s)`);
  }
  const entry = entryFromReport(current);
  if (attempt !== undefined && entry.run.attempt === null) entry.run.attempt = attempt;
  const history = appendEntry(base, entry, size);
  notes.push(`this run appended: ${history.entries.length} run(s) kept (history-size ${size})`);
  return { history, notes, warnings };
}

interface Where {
  owner: string;
  repo: string;
  workflow: string;
  branch: string | undefined;
}

/** The newest history artifact of the baseline workflow's runs on the branch (not this run's). Never throws for a missing one. */
export async function fetchHistory(client: GitHubClient, where: Where, name: string, deps: SourceDeps, currentRunId?: number): Promise<FoundHistory> {
  try {
    const found = await findSourceRun(client, { ...where, artifact: name, maxRunsToScan: 50, now: deps.now });
    if (currentRunId !== undefined && found.run.id === currentRunId) return { parsed: null, note: `the newest '${name}' artifact is this run's` };
    const dir = await downloadAndExtract(client, where.owner, where.repo, found, deps, 'history');
    const file = await findHistoryFile(dir);
    const note = `history artifact '${name}' of run ${found.run.id}`;
    if (!file) return { parsed: { history: emptyHistory(), problem: `${note} holds no ${HISTORY_FILE}`, notes: [] }, note, runId: found.run.id };
    return { parsed: parseHistory(await readFile(file, 'utf8'), note), note, runId: found.run.id };
  } catch (e) {
    if (e instanceof SourceRunError || e instanceof InputError || e instanceof GitHubApiError) return { parsed: null, note: oneLine(e.message, 300) };
    throw e;
  }
}

/** A history file from the `history` input (a path). */
export async function readHistoryInput(file: string): Promise<FoundHistory> {
  const text = await readFile(file, 'utf8').catch((e: Error) => e);
  if (text instanceof Error) return { parsed: null, note: `history file ${file}: ${oneLine(text.message, 200)}` };
  return { parsed: parseHistory(text, `history file ${file}`), note: `history file ${file}` };
}

async function findHistoryFile(dir: string): Promise<string | undefined> {
  const direct = path.join(dir, HISTORY_FILE);
  if (await stat(direct).catch(() => null)) return direct;
  const json = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  return json.length ? path.join(dir, json[0]!) : undefined;
}

interface ApiRun {
  id: number;
  head_repository?: { full_name?: string } | null;
  conclusion?: string | null;
  created_at?: string;
}
interface ApiArtifact {
  id: number;
  name: string;
  expired: boolean;
  created_at: string | null;
  size_in_bytes: number;
  workflow_run?: { id?: number; head_branch?: string | null; head_sha?: string } | null;
}

/**
 * The reports earlier runs uploaded (`report-artifact`), oldest first, at most `limit` (the newest):
 * this repository's successful runs of the workflow on the branch, each one's newest live
 * artifact of that name. Unreadable ones are skipped with a note. Never throws for API errors.
 */
export async function fetchSeedReports(client: GitHubClient, where: Where, reportArtifact: string, limit: number, deps: SourceDeps, currentRunId?: number): Promise<{ reports: RunReport[]; notes: string[] }> {
  const notes: string[] = [];
  const { owner, repo } = where;
  try {
    let branch = where.branch;
    if (!branch) branch = (await requestJson<{ default_branch?: string }>(client, 'GET /repos/{owner}/{repo}', { owner, repo })).default_branch || 'main';
    const runs = await listUpTo<ApiRun>(
      client,
      'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
      { owner, repo, workflow_id: where.workflow, branch, status: 'success', per_page: 100 },
      Math.min(1000, limit * 3),
    );
    const slug = `${owner}/${repo}`.toLowerCase();
    const mine = new Map(runs.filter((r) => r.id !== currentRunId && (r.conclusion ?? 'success') === 'success' && r.head_repository?.full_name?.toLowerCase() === slug).map((r) => [r.id, r]));
    const arts = await listUpTo<ApiArtifact>(client, 'GET /repos/{owner}/{repo}/actions/artifacts', { owner, repo, name: reportArtifact, per_page: 100 }, Math.min(3000, limit * 5));
    const newestPerRun = new Map<number, ApiArtifact>();
    for (const a of arts) {
      const runId = a.workflow_run?.id;
      if (a.name !== reportArtifact || a.expired || runId === undefined || !mine.has(runId)) continue;
      const seen = newestPerRun.get(runId);
      if (!seen || Date.parse(a.created_at ?? '') > Date.parse(seen.created_at ?? '')) newestPerRun.set(runId, a);
    }
    const picked = [...newestPerRun]
      .sort((x, y) => Date.parse(mine.get(y[0])!.created_at ?? '') - Date.parse(mine.get(x[0])!.created_at ?? '') || y[0] - x[0])
      .slice(0, limit)
      .reverse();
    const reports: RunReport[] = [];
    for (const [runId, a] of picked) {
      try {
        const run = mine.get(runId)!;
        const dir = await downloadAndExtract(client, owner, repo, { run: { id: runId, html_url: '', head_sha: a.workflow_run?.head_sha ?? '', head_branch: branch, created_at: run.created_at ?? '', event: '', head_repository: null }, artifact: { id: a.id, name: a.name, size_in_bytes: a.size_in_bytes, expired: false, created_at: a.created_at ?? '' }, ageHours: 0 }, deps, 'seed');
        const report = await readReportIn(dir);
        if (report) reports.push(report);
        else notes.push(`report artifact of run ${runId} holds no RunReport; skipped`);
      } catch (e) {
        notes.push(`report artifact of run ${runId}: ${oneLine((e as Error).message, 200)}; skipped`);
      }
    }
    return { reports, notes };
  } catch (e) {
    if (e instanceof GitHubApiError || e instanceof InputError) return { reports: [], notes: [`cannot list earlier reports: ${oneLine(e.message, 300)}`] };
    throw e;
  }
}

async function readReportIn(dir: string): Promise<RunReport | null> {
  for (const n of (await readdir(dir)).filter((x) => x.endsWith('.json')).sort()) {
    try {
      return checkReport(JSON.parse(await readFile(path.join(dir, n), 'utf8')), n);
    } catch {
      /* not a report */
    }
  }
  return null;
}

/** Writes the history into `dir` and uploads it as `name`; the artifact id, or a warning line. Never throws. */
export async function uploadHistory(history: History, dir: string, name: string, tool: string, loadUploader: () => Promise<ArtifactUploader>, timeoutSeconds: number, reRun = false): Promise<{ id?: number; warning?: string; bytes: number }> {
  const file = path.join(dir, HISTORY_FILE);
  const text = serializeHistory(history, tool);
  let timer: NodeJS.Timeout | undefined;
  try {
    await writeFile(file, text);
    const uploader = await loadUploader();
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutSeconds * 1000);
    });
    // A re-run: an earlier attempt of this run may hold the name (names are unique in a run).
    if (reRun && uploader.listArtifacts && uploader.deleteArtifact) {
      const { artifacts } = await uploader.listArtifacts().catch(() => ({ artifacts: [] as Array<{ name: string; id: number }> }));
      if (artifacts.some((a) => a.name === name)) await uploader.deleteArtifact(name).catch(() => undefined);
    }
    const upload = uploader.uploadArtifact(name, [file], dir, {});
    upload.catch(() => {});
    const res = await Promise.race([upload, timedOut]);
    if (res === 'timeout') return { warning: `history artifact '${name}' not uploaded: no answer within ${timeoutSeconds} s`, bytes: text.length };
    if (typeof res?.id !== 'number') return { warning: `history artifact '${name}': the upload returned no artifact id`, bytes: text.length };
    return { id: res.id, bytes: text.length };
  } catch (e) {
    return { warning: `history artifact '${name}' not uploaded: ${oneLine((e as Error).message, 400)}. The next run rebuilds it from the report artifacts`, bytes: text.length };
  } finally {
    clearTimeout(timer);
  }
}
