/**
 * One open tracking issue per regressing key. Issues carry `<!-- loadgen-gate-issue:${key} -->`
 * on their first line and the label; only bot-authored (or `viewerLogin`) issues count.
 * - regressing key, no issue → create; issue exists → update title/body if changed;
 *   several open issues for one key → keep the oldest, close the rest as duplicates.
 * - open marked issue whose key is no longer regressing → comment, then close.
 * A 403 stops the sync and is reported in `forbidden` (the caller warns).
 */
import type { GitHubClient } from '../../sources/github/client.js';
import { GitHubApiError } from '../../sources/github/errors.js';
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

interface ApiIssue {
  number: number;
  title: string;
  body?: string | null;
  html_url?: string;
  state?: string;
  user?: GitHubUser | null;
  pull_request?: unknown;
  created_at?: string;
}

const MARKER_RE = /^\s*<!-- loadgen-gate-issue:([A-Za-z0-9._:/@+-]{1,100}) -->/;

export function issueMarker(key: string): string {
  assertKey(key, 'issue');
  return `<!-- loadgen-gate-issue:${key} -->`;
}

export async function syncTrackingIssues(client: GitHubClient, opts: SyncTrackingIssuesOptions): Promise<SyncTrackingIssuesResult> {
  const { owner, repo } = opts;
  const label = opts.label ?? 'loadgen-gate';
  const maxCreate = opts.maxCreate ?? 20;
  const closeComment = opts.closeComment ?? ((key: string) => `loadgen-gate: \`${key}\` is no longer regressing; closing.`);
  const out: SyncTrackingIssuesResult = { created: [], updated: [], unchanged: [], closed: [], duplicatesClosed: [], skipped: [] };

  const wanted = new Map<string, Regression>();
  for (const r of opts.regressions) {
    assertKey(r.key, 'issue');
    if (!wanted.has(r.key)) wanted.set(r.key, r);
  }
  const ref = (key: string, i: ApiIssue): IssueRef => ({ key, number: i.number, ...(i.html_url ? { url: i.html_url } : {}) });

  try {
    const open = await client.paginate<ApiIssue>(
      'GET /repos/{owner}/{repo}/issues',
      { owner, repo, labels: label, state: 'open', per_page: 100, sort: 'created', direction: 'asc' },
      { maxItems: 2000 },
    );
    const byKey = new Map<string, ApiIssue[]>();
    for (const i of open) {
      if (i.pull_request || !isOwnAuthor(i.user, opts.viewerLogin)) continue;
      const m = MARKER_RE.exec(i.body ?? '');
      if (!m) continue;
      const list = byKey.get(m[1]!) ?? [];
      list.push(i);
      byKey.set(m[1]!, list);
    }
    for (const list of byKey.values()) list.sort((a, b) => a.number - b.number);

    const close = async (key: string, issue: ApiIssue, comment: string, reason: 'completed' | 'not_planned') => {
      await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: issue.number, body: comment });
      await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: issue.number, state: 'closed', state_reason: reason });
      return ref(key, issue);
    };

    for (const [key, r] of wanted) {
      const body = truncateBody(`${issueMarker(key)}\n${r.body}`, DEFAULT_BODY_MAX_CHARS, opts.summaryUrl).body;
      const title = r.title.replace(/\s+/g, ' ').trim().slice(0, 256) || key;
      const [keep, ...dups] = byKey.get(key) ?? [];
      if (!keep) {
        if (out.created.length >= maxCreate) {
          out.skipped.push({ key, reason: `more than ${maxCreate} new issues in one run` });
          continue;
        }
        const { data } = await client.request<ApiIssue>('POST /repos/{owner}/{repo}/issues', { owner, repo, title, body, labels: [label] });
        out.created.push(ref(key, data));
      } else if (keep.title === title && comparable(keep.body ?? '') === comparable(body)) {
        out.unchanged.push(ref(key, keep));
      } else {
        const { data } = await client.request<ApiIssue>('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: keep.number, title, body });
        out.updated.push(ref(key, { ...keep, ...data }));
      }
      for (const d of dups) out.duplicatesClosed.push(await close(key, d, `loadgen-gate: duplicate of #${keep?.number ?? '?'}; closing.`, 'not_planned'));
    }

    for (const [key, list] of byKey) {
      if (wanted.has(key)) continue;
      for (const issue of list) out.closed.push(await close(key, issue, closeComment(key), 'completed'));
    }
  } catch (e) {
    if (e instanceof GitHubApiError && e.status === 403) {
      out.forbidden = e.message;
      return out;
    }
    throw e;
  }
  return out;
}
