/**
 * Sticky PR comment: one comment per `key`, found by a hidden marker on its first line AND a bot
 * author (or `viewerLogin`), so a user pasting the marker cannot make us edit their comment.
 * A 403 (fork PR with a read-only token) is returned as `forbidden` for the caller to warn about.
 */
import { createHash } from 'node:crypto';
import type { GitHubClient } from '../../sources/github/client.js';
import { GitHubApiError } from '../../sources/github/errors.js';
import { assertKey, comparable, DEFAULT_BODY_MAX_CHARS, isOwnAuthor, truncateBody, VOLATILE_LINE, type GitHubUser } from './text.js';

export type CommentMode = 'always' | 'on-change' | 'on-regression' | 'never';
export const COMMENT_MODES: readonly CommentMode[] = ['always', 'on-change', 'on-regression', 'never'];

export interface UpsertCommentOptions {
  owner: string;
  repo: string;
  issueNumber: number;
  key: string;
  body: string;
  /**
   * always: create or update. on-change: skip the update when the body is unchanged but for
   * volatile lines and ages (text.ts comparable). on-regression: create only on regression, but keep updating an existing comment
   * (unless unchanged). never: do nothing.
   */
  mode: CommentMode;
  regression: boolean;
  /** Login we post as when it is not a Bot account (PAT). */
  viewerLogin?: string;
  /** Linked from the truncation note. */
  summaryUrl?: string;
  /** Default 65,000 (always < 65,536). */
  maxChars?: number;
  /** Lines matching this are ignored by 'on-change'. Default {@link VOLATILE_LINE}. */
  volatileLine?: RegExp;
  /**
   * The whole text the comment stands for, when `body` is a shortened form of it (sections left
   * out to fit, with a note linking this run's job summary). Default: `body`. Its digest is kept
   * hidden in the comment and is what 'on-change' compares: a change in what was left out counts,
   * and the link to a new run's summary alone does not.
   */
  content?: string;
}

export interface UpsertCommentResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped' | 'forbidden';
  id?: number;
  url?: string;
  truncated: boolean;
  /** Why it was skipped/forbidden (for a warning). */
  message?: string;
}

interface ApiComment {
  id: number;
  body?: string | null;
  html_url?: string;
  user?: GitHubUser | null;
}

export function commentMarker(key: string): string {
  assertKey(key, 'comment');
  return `<!-- loadgen-gate:${key} -->`;
}

const DIGEST_LINE = /^<!-- loadgen-gate:digest:[0-9a-f]{32} -->$/;

/** The digest line of a comment we wrote: its second line (the marker is the first). */
function storedDigest(body: string): string | undefined {
  const second = body.trimStart().split(/\r?\n/, 2)[1];
  return second !== undefined && DIGEST_LINE.test(second) ? second : undefined;
}

/** The hidden line holding the digest of what a comment stands for, as 'on-change' compares it. */
export function digestLine(content: string, volatile: RegExp = VOLATILE_LINE): string {
  const hex = createHash('sha256').update(comparable(content, volatile)).digest('hex').slice(0, 32);
  return `<!-- loadgen-gate:digest:${hex} -->`;
}

export async function upsertStickyComment(client: GitHubClient, opts: UpsertCommentOptions): Promise<UpsertCommentResult> {
  const { owner, repo, mode } = opts;
  const marker = commentMarker(opts.key);
  if (!Number.isSafeInteger(opts.issueNumber) || opts.issueNumber <= 0) throw new Error(`Invalid PR/issue number ${opts.issueNumber}`);
  if (!['always', 'on-change', 'on-regression', 'never'].includes(mode)) throw new Error(`Invalid comment mode '${mode}' (valid: ${COMMENT_MODES.join(', ')})`);
  if (mode === 'never') return { action: 'skipped', truncated: false, message: "comment mode is 'never'" };

  const volatile = opts.volatileLine ?? VOLATILE_LINE;
  const digest = digestLine(opts.content ?? opts.body, volatile);
  const { body, truncated } = truncateBody(`${marker}\n${digest}\n${opts.body}`, opts.maxChars ?? DEFAULT_BODY_MAX_CHARS, opts.summaryUrl);
  const forbidden = (e: unknown): UpsertCommentResult | undefined =>
    e instanceof GitHubApiError && e.status === 403 ? { action: 'forbidden', truncated, message: e.message } : undefined;

  let existing: ApiComment | undefined;
  try {
    for await (const page of client.pages<ApiComment>(
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      { owner, repo, issue_number: opts.issueNumber, per_page: 100 },
      { maxPages: 100 },
    )) {
      existing = page.find((c) => (c.body ?? '').trimStart().startsWith(marker) && isOwnAuthor(c.user, opts.viewerLogin));
      if (existing) break;
    }
  } catch (e) {
    const f = forbidden(e);
    if (f) return f;
    throw e;
  }

  try {
    if (!existing) {
      if (mode === 'on-regression' && !opts.regression) return { action: 'skipped', truncated, message: 'no regression and no earlier comment' };
      const { data } = await client.request<ApiComment>('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner,
        repo,
        issue_number: opts.issueNumber,
        body,
      });
      return { action: 'created', id: data.id, ...(data.html_url ? { url: data.html_url } : {}), truncated };
    }
    const ref = { id: existing.id, ...(existing.html_url ? { url: existing.html_url } : {}) };
    // A comment of an older version has no digest: then its text is compared.
    const had = storedDigest(existing.body ?? '');
    const same = had !== undefined ? had === digest : comparable(existing.body ?? '', volatile) === comparable(body, volatile);
    if (mode !== 'always' && same) return { action: 'unchanged', ...ref, truncated };
    const { data } = await client.request<ApiComment>('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      owner,
      repo,
      comment_id: existing.id,
      body,
    });
    return { action: 'updated', id: data.id ?? existing.id, ...((data.html_url ?? existing.html_url) ? { url: data.html_url ?? existing.html_url } : {}), truncated };
  } catch (e) {
    const f = forbidden(e);
    if (f) return f;
    throw e;
  }
}
