/**
 * Sticky PR comment: one comment per `key`, found by a hidden marker on its first line AND a bot
 * author (or `viewerLogin`), so a user pasting the marker cannot make us edit their comment.
 *
 * Plan, then apply: {@link planStickyComment} decides (create, update, leave, skip) from the
 * comment found, without any request; {@link applyCommentPlan} makes the one write the plan names.
 * A 403 (fork PR with a read-only token) is returned as `forbidden` for the caller to warn about;
 * a rate limit is not a 403 of that kind and is thrown like any other API error.
 */
import { createHash } from 'node:crypto';
import type { GitHubClient } from '../../sources/github/client.js';
import { isForbidden } from '../../sources/github/errors.js';
import { pagesOf, requestJson } from '../../sources/github/rest.js';
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

export interface ApiComment {
  id: number;
  body?: string | null;
  html_url?: string;
  user?: GitHubUser | null;
}

/** What to do about the sticky comment; computed without any request. */
export type CommentPlan =
  | { kind: 'skip'; reason: string; truncated: boolean }
  | { kind: 'create'; body: string; truncated: boolean }
  | { kind: 'update'; id: number; url?: string; body: string; truncated: boolean }
  | { kind: 'unchanged'; id: number; url?: string; truncated: boolean };

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

/** Checks the options a plan relies on; throws on a bad key, number or mode. */
function checkOptions(opts: UpsertCommentOptions): void {
  commentMarker(opts.key);
  if (!Number.isSafeInteger(opts.issueNumber) || opts.issueNumber <= 0) throw new Error(`Invalid PR/issue number ${opts.issueNumber}`);
  if (!COMMENT_MODES.includes(opts.mode)) throw new Error(`Invalid comment mode '${opts.mode}' (valid: ${COMMENT_MODES.join(', ')})`);
}

/** Our sticky comment in a page of comments: the marker first, by a bot or by us. */
export function findOwnComment(page: readonly ApiComment[], key: string, viewerLogin?: string): ApiComment | undefined {
  const marker = commentMarker(key);
  return page.find((c) => (c.body ?? '').trimStart().startsWith(marker) && isOwnAuthor(c.user, viewerLogin));
}

/**
 * Pure: given our existing comment (or none), what to write. The body is the marker, the digest of
 * what the comment stands for, and the text, cut below GitHub's limit.
 */
export function planStickyComment(existing: ApiComment | undefined, opts: UpsertCommentOptions): CommentPlan {
  checkOptions(opts);
  if (opts.mode === 'never') return { kind: 'skip', reason: "comment mode is 'never'", truncated: false };
  const volatile = opts.volatileLine ?? VOLATILE_LINE;
  const digest = digestLine(opts.content ?? opts.body, volatile);
  const { body, truncated } = truncateBody(`${commentMarker(opts.key)}\n${digest}\n${opts.body}`, opts.maxChars ?? DEFAULT_BODY_MAX_CHARS, opts.summaryUrl);
  if (!existing) {
    if (opts.mode === 'on-regression' && !opts.regression) return { kind: 'skip', reason: 'no regression and no earlier comment', truncated };
    return { kind: 'create', body, truncated };
  }
  const ref = { id: existing.id, ...(existing.html_url ? { url: existing.html_url } : {}) };
  // A comment of an older version has no digest: then its text is compared.
  const had = storedDigest(existing.body ?? '');
  const same = had !== undefined ? had === digest : comparable(existing.body ?? '', volatile) === comparable(body, volatile);
  if (opts.mode !== 'always' && same) return { kind: 'unchanged', ...ref, truncated };
  return { kind: 'update', ...ref, body, truncated };
}

/** Our comment on the PR, read page by page until found. */
export async function findStickyComment(client: GitHubClient, opts: UpsertCommentOptions): Promise<ApiComment | undefined> {
  for await (const page of pagesOf<ApiComment>(
    client,
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    { owner: opts.owner, repo: opts.repo, issue_number: opts.issueNumber, per_page: 100 },
    100,
  )) {
    const own = findOwnComment(page, opts.key, opts.viewerLogin);
    if (own) return own;
  }
  return undefined;
}

/** Makes the write the plan names (none for skip/unchanged). */
export async function applyCommentPlan(client: GitHubClient, target: { owner: string; repo: string; issueNumber: number }, plan: CommentPlan): Promise<UpsertCommentResult> {
  const { owner, repo } = target;
  const truncated = plan.truncated;
  switch (plan.kind) {
    case 'skip':
      return { action: 'skipped', truncated, message: plan.reason };
    case 'unchanged':
      return { action: 'unchanged', id: plan.id, ...(plan.url ? { url: plan.url } : {}), truncated };
    case 'create': {
      const data = await requestJson<ApiComment>(client, 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: target.issueNumber, body: plan.body });
      return { action: 'created', id: data.id, ...(data.html_url ? { url: data.html_url } : {}), truncated };
    }
    case 'update': {
      const data = await requestJson<ApiComment>(client, 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner, repo, comment_id: plan.id, body: plan.body });
      const url = data.html_url ?? plan.url;
      return { action: 'updated', id: data.id ?? plan.id, ...(url ? { url } : {}), truncated };
    }
  }
}

/** Find, plan, apply. A 403 on reading or writing is `forbidden`, for the caller to warn about. */
export async function upsertStickyComment(client: GitHubClient, opts: UpsertCommentOptions): Promise<UpsertCommentResult> {
  let plan = planStickyComment(undefined, opts);
  if (opts.mode === 'never') return applyCommentPlan(client, opts, plan);
  try {
    plan = planStickyComment(await findStickyComment(client, opts), opts);
    return await applyCommentPlan(client, opts, plan);
  } catch (e) {
    if (isForbidden(e)) return { action: 'forbidden', truncated: plan.truncated, message: (e as Error).message };
    throw e;
  }
}
