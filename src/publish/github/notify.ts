/**
 * The action's two ways of telling people through the API: the sticky PR comment and the tracking
 * issues. Each decides whether it applies (inputs, event, branch), then finds, plans and applies
 * (comment.ts, tracking-issue.ts). Neither throws: a failure is one warning line, and the verdict
 * alone decides the exit code. No @actions/* here: the log is the run's {@link ActionLog}.
 */
import type { GitHubClient } from '../../sources/github/client.js';
import { requestJson } from '../../sources/github/rest.js';
import type { RunReport } from '../../shared/report-schema.js';
import type { SummarySection } from './summary-budget.js';
import type { ActionLog } from './action-io.js';
import { upsertStickyComment } from './comment.js';
import { findPrNumber } from './pr-number.js';
import { syncTrackingIssues } from './tracking-issue.js';
import type { ActionConfig } from './inputs.js';
import { originEvent, type ActionContext } from './context.js';
import type { ResolvedSource } from './source.js';
import { commentBody, regressionsOf } from './bodies.js';
import { baselineEligibility, type BaselineTarget } from './report-artifact.js';

/**
 * Events on which `tracking-issues: true` opens/updates/closes issues, on the baseline branch only
 * (the same test as the report upload's, baselineEligibility).
 */
const TRACKING_EVENTS = new Set(['schedule', 'workflow_dispatch']);

export interface NotifyDeps {
  client: GitHubClient;
  cfg: ActionConfig;
  ctx: ActionContext;
  log: ActionLog;
  /** Login of a PAT's user, asked once per run (see {@link viewerLoginOnce}). */
  viewerLogin: () => Promise<string | undefined>;
  summaryUrl: string | undefined;
}

export async function postComment(d: NotifyDeps, source: ResolvedSource, sections: SummarySection[], report: RunReport): Promise<void> {
  const { client, cfg, ctx, log } = d;
  if (cfg.comment === 'never') return;
  if (!ctx.owner) return log.info('no PR comment: GITHUB_REPOSITORY is not set');
  try {
    let pr = cfg.prNumber;
    if (pr === undefined) {
      const found = await findPrNumber(client, { owner: ctx.owner, repo: ctx.repo, eventName: ctx.eventName, payload: ctx.payload, artifactPrText: source.prText });
      for (const n of found.notes) log.info(`PR number: ${n}`);
      if (found.number === undefined) return log.info(`no PR comment: ${found.reason}`);
      pr = found.number;
      log.info(`PR #${pr} (from ${found.source})`);
    }
    const { body, dropped } = commentBody(sections, { summaryUrl: d.summaryUrl });
    if (dropped.length) log.info(`PR comment: left out ${dropped.join(', ')} to fit the comment limit`);
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
      viewerLogin: await d.viewerLogin(),
      summaryUrl: d.summaryUrl,
    });
    if (res.action === 'forbidden') {
      log.warn(`cannot comment on PR #${pr}: ${res.message ?? '403'}. Fork PRs get a read-only token: use the workflow_run pattern (docs/github.md)`);
    } else {
      log.info(`PR #${pr} comment ${res.action}${res.url ? `: ${res.url}` : ''}${res.message ? ` (${res.message})` : ''}${res.truncated ? ' (truncated)' : ''}`);
    }
  } catch (e) {
    log.warn(`PR comment failed: ${(e as Error).message}`);
  }
}

export async function updateTrackingIssues(d: NotifyDeps, report: RunReport, target: BaselineTarget): Promise<void> {
  const { client, cfg, ctx, log } = d;
  if (!cfg.trackingIssues) return;
  const event = originEvent(ctx);
  if (!TRACKING_EVENTS.has(event)) return log.info(`tracking issues: skipped on '${event}' events (only ${[...TRACKING_EVENTS].join(', ')})`);
  // The issues track the baseline branch's runs: a manual run of another branch (or one that
  // analysed another branch's run) must neither open issues for its leaks nor close main's.
  const branch = baselineEligibility(ctx, target);
  if (!branch.ok) return log.info(`tracking issues: skipped: ${branch.why} (they follow the runs of the baseline branch only)`);
  if (!ctx.owner) return log.info('tracking issues: GITHUB_REPOSITORY is not set');
  try {
    const res = await syncTrackingIssues(client, {
      owner: ctx.owner,
      repo: ctx.repo,
      regressions: regressionsOf(report, { summaryUrl: d.summaryUrl }),
      label: cfg.trackingLabel,
      viewerLogin: await d.viewerLogin(),
      summaryUrl: d.summaryUrl,
    });
    if (res.forbidden) return log.warn(`tracking issues: ${res.forbidden}`);
    const list = (refs: Array<{ number: number }>) => refs.map((r) => `#${r.number}`).join(' ') || '-';
    log.info(`tracking issues: created ${list(res.created)}, updated ${list(res.updated)}, unchanged ${list(res.unchanged)}, closed ${list(res.closed)}, duplicates closed ${list(res.duplicatesClosed)}`);
    for (const s of res.skipped) log.warn(`tracking issue for ${s.key} not created: ${s.reason}`);
  } catch (e) {
    log.warn(`tracking issues failed: ${(e as Error).message}`);
  }
}

/**
 * The login of a PAT's user (its comments are not Bot-authored), asked at most once; a
 * GITHUB_TOKEN (`ghs_…`) needs none. Undefined when the lookup fails.
 */
export function viewerLoginOnce(client: GitHubClient, token: string): () => Promise<string | undefined> {
  let viewer: Promise<string | undefined> | undefined;
  return () => {
    if (token.startsWith('ghs_')) return Promise.resolve(undefined);
    viewer ??= requestJson<{ login?: string }>(client, 'GET /user')
      .then((u) => (typeof u?.login === 'string' ? u.login : undefined))
      .catch(() => undefined);
    return viewer;
  };
}
