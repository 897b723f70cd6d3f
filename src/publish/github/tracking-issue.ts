/**
 * One open tracking issue per regressing key. Issues carry `<!-- loadgen-gate-issue:${key} -->`
 * on their first line and the label; only bot-authored (or `viewerLogin`) issues count.
 * - regressing key, no issue → create; issue exists → update title/body if changed;
 *   several open issues for one key → keep the oldest, close the rest as duplicates.
 * - open marked issue whose key is no longer regressing → comment, then close.
 *
 * Plan, then apply: {@link planTrackingIssues} turns the open issues and the regressions into a
 * list of steps without any request; {@link applyTrackingPlan} makes them in order. A 403 stops
 * the sync and is reported in `forbidden` (the caller warns).
 */
import type { GitHubClient } from '../../sources/github/client.js';
import { isForbidden } from '../../sources/github/errors.js';
import { listUpTo, requestJson } from '../../sources/github/rest.js';
import { assertKey, comparable, DEFAULT_BODY_MAX_CHARS, isOwnAuthor, truncateBody, type GitHubUser } from './text.js';

export interface Regression {
  key: string;
  title: string;
  body: string;
}

export interface SyncTrackingIssuesOptions {
  owner: string;
  repo: string;
  regressions: Regression[];
  /** Default 'loadgen-gate'. */
  label?: string;
  viewerLogin?: string;
  /** Comment posted before closing a resolved issue. */
  closeComment?: (key: string) => string;
  /** Safety valve against issue floods. Default 20. */
  maxCreate?: number;
  summaryUrl?: string;
}

export interface IssueRef {
  key: string;
  number: number;
  url?: string;
}

export interface SyncTrackingIssuesResult {
  created: IssueRef[];
  updated: IssueRef[];
  unchanged: IssueRef[];
  closed: IssueRef[];
  duplicatesClosed: IssueRef[];
  skipped: Array<{ key: string; reason: string }>;
  forbidden?: string;
}

export interface ApiIssue {
  number: number;
  title: string;
  body?: string | null;
  html_url?: string;
  state?: string;
  user?: GitHubUser | null;
  pull_request?: unknown;
  created_at?: string;
}

/** One step of a sync, in the order it is applied. */
export type IssueStep =
  | { kind: 'create'; key: string; title: string; body: string; label: string }
  | { kind: 'update'; issue: IssueRef; title: string; body: string }
  | { kind: 'unchanged'; issue: IssueRef }
  /** Comment, then close: `resolved` (no longer regressing) or `duplicate` (of an older issue). */
  | { kind: 'close'; issue: IssueRef; why: 'resolved' | 'duplicate'; comment: string }
  | { kind: 'skip'; key: string; reason: string };

const MARKER_RE = /^\s*<!-- loadgen-gate-issue:([A-Za-z0-9._:/@+-]{1,100}) -->/;

export function issueMarker(key: string): string {
  assertKey(key, 'issue');
  return `<!-- loadgen-gate-issue:${key} -->`;
}

/** Our open issues by key, oldest first: marked, written by a bot or by us, not pull requests. */
export function ownIssuesByKey(open: readonly ApiIssue[], viewerLogin?: string): Map<string, ApiIssue[]> {
  const byKey = new Map<string, ApiIssue[]>();
  for (const i of open) {
    if (i.pull_request || !isOwnAuthor(i.user, viewerLogin)) continue;
    const m = MARKER_RE.exec(i.body ?? '');
    if (!m) continue;
    const list = byKey.get(m[1]!) ?? [];
    list.push(i);
    byKey.set(m[1]!, list);
  }
  for (const list of byKey.values()) list.sort((a, b) => a.number - b.number);
  return byKey;
}

const refOf = (key: string, i: ApiIssue): IssueRef => ({ key, number: i.number, ...(i.html_url ? { url: i.html_url } : {}) });

/**
 * Pure: the steps that bring the open issues in line with the regressions. For each regressing key
 * (first occurrence wins): create, update or leave its issue, then close its duplicates; then close
 * the issues of keys no longer regressing. At most `maxCreate` creations; the rest are skipped.
 */
export function planTrackingIssues(open: readonly ApiIssue[], opts: Omit<SyncTrackingIssuesOptions, 'owner' | 'repo'>): IssueStep[] {
  const label = opts.label ?? 'loadgen-gate';
  const maxCreate = opts.maxCreate ?? 20;
  const closeComment = opts.closeComment ?? ((key: string) => `loadgen-gate: \`${key}\` is no longer regressing; closing.`);
  const wanted = new Map<string, Regression>();
  for (const r of opts.regressions) {
    assertKey(r.key, 'issue');
    if (!wanted.has(r.key)) wanted.set(r.key, r);
  }
  const byKey = ownIssuesByKey(open, opts.viewerLogin);
  const steps: IssueStep[] = [];
  let creates = 0;
  for (const [key, r] of wanted) {
    const body = truncateBody(`${issueMarker(key)}\n${r.body}`, DEFAULT_BODY_MAX_CHARS, opts.summaryUrl).body;
    const title = r.title.replace(/\s+/g, ' ').trim().slice(0, 256) || key;
    const [keep, ...dups] = byKey.get(key) ?? [];
    if (!keep) {
      if (creates >= maxCreate) steps.push({ kind: 'skip', key, reason: `more than ${maxCreate} new issues in one run` });
      else {
        creates++;
        steps.push({ kind: 'create', key, title, body, label });
      }
    } else if (keep.title === title && comparable(keep.body ?? '') === comparable(body)) {
      steps.push({ kind: 'unchanged', issue: refOf(key, keep) });
    } else {
      steps.push({ kind: 'update', issue: refOf(key, keep), title, body });
    }
    for (const d of dups) steps.push({ kind: 'close', issue: refOf(key, d), why: 'duplicate', comment: `loadgen-gate: duplicate of #${keep?.number ?? '?'}; closing.` });
  }
  for (const [key, list] of byKey) {
    if (wanted.has(key)) continue;
    for (const issue of list) steps.push({ kind: 'close', issue: refOf(key, issue), why: 'resolved', comment: closeComment(key) });
  }
  return steps;
}

/** The open issues that carry the label, oldest first. */
export async function listLabelledIssues(client: GitHubClient, target: { owner: string; repo: string }, label: string): Promise<ApiIssue[]> {
  return listUpTo<ApiIssue>(
    client,
    'GET /repos/{owner}/{repo}/issues',
    { owner: target.owner, repo: target.repo, labels: label, state: 'open', per_page: 100, sort: 'created', direction: 'asc' },
    2000,
  );
}

/** Makes the steps in order. A 403 stops it: what was done so far is returned, with `forbidden`. */
export async function applyTrackingPlan(client: GitHubClient, target: { owner: string; repo: string }, steps: readonly IssueStep[]): Promise<SyncTrackingIssuesResult> {
  const { owner, repo } = target;
  const out: SyncTrackingIssuesResult = { created: [], updated: [], unchanged: [], closed: [], duplicatesClosed: [], skipped: [] };
  try {
    for (const s of steps) {
      switch (s.kind) {
        case 'skip':
          out.skipped.push({ key: s.key, reason: s.reason });
          break;
        case 'unchanged':
          out.unchanged.push(s.issue);
          break;
        case 'create': {
          const data = await requestJson<ApiIssue>(client, 'POST /repos/{owner}/{repo}/issues', { owner, repo, title: s.title, body: s.body, labels: [s.label] });
          out.created.push(refOf(s.key, data));
          break;
        }
        case 'update': {
          const data = await requestJson<ApiIssue>(client, 'PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: s.issue.number, title: s.title, body: s.body });
          out.updated.push({ ...s.issue, ...(data.html_url ? { url: data.html_url } : {}) });
          break;
        }
        case 'close':
          await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: s.issue.number, body: s.comment });
          await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: s.issue.number, state: 'closed', state_reason: s.why === 'resolved' ? 'completed' : 'not_planned' });
          (s.why === 'resolved' ? out.closed : out.duplicatesClosed).push(s.issue);
          break;
      }
    }
  } catch (e) {
    if (!isForbidden(e)) throw e;
    out.forbidden = (e as Error).message;
  }
  return out;
}

/** List, plan, apply. A 403 (listing or writing) is reported in `forbidden`, not thrown. */
export async function syncTrackingIssues(client: GitHubClient, opts: SyncTrackingIssuesOptions): Promise<SyncTrackingIssuesResult> {
  for (const r of opts.regressions) assertKey(r.key, 'issue');
  let open: ApiIssue[];
  try {
    open = await listLabelledIssues(client, opts, opts.label ?? 'loadgen-gate');
  } catch (e) {
    if (!isForbidden(e)) throw e;
    return { created: [], updated: [], unchanged: [], closed: [], duplicatesClosed: [], skipped: [], forbidden: (e as Error).message };
  }
  return applyTrackingPlan(client, opts, planTrackingIssues(open, opts));
}
