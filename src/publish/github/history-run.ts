/**
 * The history in one action run: before the analysis, read it (the band the run is judged
 * against); after it, on the runs that carry it, append this run, find the change points, and
 * upload it. Neither step throws: whatever goes wrong is a note or a warning, and the verdict does
 * not change. No @actions/* here.
 */
import type { GitHubClient } from '../../sources/github/client.js';
import type { Logger } from '../../shared/logger.js';
import type { RunReport } from '../../shared/report-schema.js';
import type { Policy } from '../../shared/policy.js';
import { VERSION } from '../../shared/version.js';
import { oneLine } from '../../sources/github/errors.js';
import { changePointLine, entryFromReport, findChangePoints, historyOf, type ChangePoint, type History } from '../../history/index.js';
import type { ActionConfig } from './inputs.js';
import type { ActionContext } from './context.js';
import type { ArtifactUploader, BaselineTarget } from './report-artifact.js';
import type { SourceDeps } from './source.js';
import { fetchHistory, fetchSeedReports, nextHistory, planHistory, readHistoryInput, uploadHistory, type FoundHistory, type HistoryPlan } from './history-artifact.js';

export type HistoryDeps = Deps;

export interface RunHistory {
  plan: HistoryPlan;
  found: FoundHistory;
  /** Earlier reports the history is rebuilt from (a carrying run that found none). */
  seeds: RunReport[];
  /** What the band is made of (null: none). */
  band: History | null;
}

interface Deps {
  client: GitHubClient | undefined;
  cfg: ActionConfig;
  ctx: ActionContext;
  env: Record<string, string | undefined>;
  sourceDeps: SourceDeps;
  log: Logger;
}

/** The baseline workflow and branch: where the history and the earlier reports are looked up. */
function where(d: Deps): { owner: string; repo: string; workflow: string; branch: string | undefined } | null {
  const b = d.cfg.baseline;
  if (b.kind === 'workflow') return { owner: b.owner, repo: b.repo, workflow: b.workflow, branch: b.branch };
  const workflow = d.ctx.workflowFile;
  return workflow && d.ctx.owner ? { owner: d.ctx.owner, repo: d.ctx.repo, workflow, branch: undefined } : null;
}

/** Before the analysis: the history this run is judged against. */
export async function readRunHistory(d: Deps, target: BaselineTarget, policy: Policy): Promise<RunHistory> {
  const plan = planHistory(d.cfg.history, d.ctx, d.env, target);
  if (d.cfg.history.bandRuns !== undefined) policy.history = { ...policy.history, bandRuns: d.cfg.history.bandRuns };
  if (!plan.read) {
    d.log.info(`history: ${plan.why}`);
    return { plan, found: { parsed: null, note: plan.why }, seeds: [], band: null };
  }
  let found: FoundHistory;
  if (d.cfg.history.mode === 'file') found = await readHistoryInput(d.cfg.history.file!);
  else {
    const w = where(d);
    const runId = runIdOf(d.ctx);
    found = !d.client ? { parsed: null, note: "input 'github-token' is empty" } : !w ? { parsed: null, note: "cannot tell which workflow's runs carry it: set input 'baseline-workflow'" } : await fetchHistory(d.client, w, d.cfg.history.name, d.sourceDeps, runId);
  }
  for (const n of found.parsed?.notes ?? []) d.log.warning(n);
  if (found.parsed?.problem) d.log.warning(`${found.parsed.problem}; the run is judged without the band${plan.carry ? ' and the history is rebuilt' : ''}`);
  let band = found.parsed && !found.parsed.problem ? found.parsed.history : null;
  d.log.info(`history: ${band ? `${found.note}, ${band.entries.length} run(s)` : `none (${found.note})`}; ${plan.carry ? 'carried on by this run' : plan.why}`);
  // No history on a run that carries it: rebuilt now from the reports earlier runs uploaded, so that
  // this run is judged against their band already.
  let seeds: RunReport[] = [];
  const w = where(d);
  if (plan.carry && !band && d.client && w) {
    const got = await fetchSeedReports(d.client, w, d.cfg.upload.name, d.cfg.history.size - 1, d.sourceDeps, runIdOf(d.ctx));
    seeds = got.reports;
    for (const n of got.notes) d.log.info(`history: ${n}`);
    if (seeds.length) band = historyOf(seeds.map((r) => entryFromReport(r)), d.cfg.history.size);
    d.log.info(`history: rebuilt from ${seeds.length} report artifact(s) of earlier runs`);
  }
  return { plan, found, seeds, band };
}

export interface CarriedHistory {
  /** The history with this run appended (what is uploaded). */
  history: History;
  changePoints: ChangePoint[];
}

/**
 * After the analysis, on a run that carries the history: seed it when there was none, append this
 * run, find the change points (for the log and the tracking issues). Null on a run that does not
 * carry it, or when that failed (a warning).
 */
export async function prepareCarry(d: Deps, rh: RunHistory, report: RunReport, policy: Policy): Promise<CarriedHistory | null> {
  if (!rh.plan.carry) return null;
  try {
    const next = nextHistory(rh.found, rh.seeds, report, d.cfg.history.size, attemptOf(d.ctx));
    for (const n of next.notes) d.log.info(`history: ${n}`);
    for (const w2 of next.warnings) d.log.warning(w2);
    const found = findChangePoints(next.history, policy);
    d.log.info(`history: ${found.tested} vat metric(s) tested, ${found.changePoints.length} change point(s)`);
    for (const c of found.changePoints) d.log.info(`  ${changePointLine(c)}`);
    return { history: next.history, changePoints: found.changePoints };
  } catch (e) {
    d.log.warning(`history not carried on: ${oneLine((e as Error).message, 400)}`);
    return null;
  }
}

/** Uploads the carried history; the artifact id, or undefined after a warning. Never throws. */
export async function uploadCarried(d: Deps, carried: CarriedHistory, loadUploader: () => Promise<ArtifactUploader>): Promise<number | undefined> {
  try {
    const dir = await d.sourceDeps.tmp.make('history-out');
    const up = await uploadHistory(carried.history, dir, d.cfg.history.name, `loadgen-gate ${VERSION}`, loadUploader, d.cfg.upload.timeoutSeconds, (attemptOf(d.ctx) ?? 1) > 1);
    if (up.warning) d.log.warning(up.warning);
    else d.log.info(`history artifact '${d.cfg.history.name}' uploaded: id ${up.id}, ${up.bytes} bytes, ${carried.history.entries.length} run(s)`);
    return up.id;
  } catch (e) {
    d.log.warning(`history artifact '${d.cfg.history.name}' not uploaded: ${oneLine((e as Error).message, 400)}`);
    return undefined;
  }
}

const runIdOf = (ctx: ActionContext): number | undefined => (ctx.runId && /^\d+$/.test(ctx.runId) ? Number(ctx.runId) : undefined);
function attemptOf(ctx: ActionContext): number | undefined {
  const a = Number(ctx.runAttempt);
  return Number.isSafeInteger(a) && a >= 1 ? a : undefined;
}
