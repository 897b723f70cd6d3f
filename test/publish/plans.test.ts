/**
 * The sticky comment's and the tracking issues' plans: what to write, decided from what is on
 * GitHub, without any request.
 */
import { describe, expect, it } from 'vitest';
import { commentMarker, digestLine, findOwnComment, planStickyComment, type ApiComment, type UpsertCommentOptions } from '../../src/publish/github/comment.js';
import { issueMarker, planTrackingIssues, type ApiIssue } from '../../src/publish/github/tracking-issue.js';

const BOT = { login: 'github-actions[bot]', type: 'Bot' };
const HUMAN = { login: 'mallory', type: 'User' };

const opts = (o: Partial<UpsertCommentOptions> = {}): UpsertCommentOptions => ({
  owner: 'o',
  repo: 'r',
  issueNumber: 42,
  key: 'a3p',
  body: '## loadgen-gate\n\nall good\n\n_Updated 2026-01-01T00:00:00Z_',
  mode: 'always',
  regression: false,
  ...o,
});
const written = (body: string): string => `${commentMarker('a3p')}\n${digestLine(body)}\n${body}`;

describe('planStickyComment', () => {
  it('no comment yet: create the marker, the digest and the body; on-regression without one: skip', () => {
    const o = opts();
    expect(planStickyComment(undefined, o)).toEqual({ kind: 'create', body: written(o.body), truncated: false });
    expect(planStickyComment(undefined, opts({ mode: 'on-regression' }))).toEqual({ kind: 'skip', reason: 'no regression and no earlier comment', truncated: false });
    expect(planStickyComment(undefined, opts({ mode: 'on-regression', regression: true })).kind).toBe('create');
    expect(planStickyComment(undefined, opts({ mode: 'never' }))).toEqual({ kind: 'skip', reason: "comment mode is 'never'", truncated: false });
  });

  it('our comment exists: always updates it; on-change and on-regression leave it when only the time stamp differs', () => {
    const existing: ApiComment = { id: 7, body: written('## loadgen-gate\n\nall good\n\n_Updated 2025-12-31T00:00:00Z_'), html_url: 'https://x/7', user: BOT };
    expect(planStickyComment(existing, opts())).toMatchObject({ kind: 'update', id: 7, url: 'https://x/7' });
    expect(planStickyComment(existing, opts({ mode: 'on-change' }))).toEqual({ kind: 'unchanged', id: 7, url: 'https://x/7', truncated: false });
    expect(planStickyComment(existing, opts({ mode: 'on-regression' }))).toEqual({ kind: 'unchanged', id: 7, url: 'https://x/7', truncated: false });
    const changed = planStickyComment(existing, opts({ mode: 'on-change', body: 'REGRESSED' }));
    expect(changed).toEqual({ kind: 'update', id: 7, url: 'https://x/7', body: written('REGRESSED'), truncated: false });
  });

  it('a comment written before digests is compared by its text', () => {
    const old: ApiComment = { id: 9, body: `${commentMarker('a3p')}\nsame text`, user: BOT };
    // The stored text lacks the digest line, so it differs from what would be written: one update.
    expect(planStickyComment(old, opts({ mode: 'on-change', body: 'same text' })).kind).toBe('update');
  });

  it('a body over the limit is cut and marked truncated, whatever the plan', () => {
    const body = `${'x'.repeat(99)}\n`.repeat(1000);
    const p = planStickyComment(undefined, opts({ body }));
    expect(p.kind).toBe('create');
    expect(p.truncated).toBe(true);
    expect(p.kind === 'create' && p.body.length).toBeLessThanOrEqual(65_000);
  });

  it('rejects a key that could close the HTML comment, a bad PR number and a bad mode', () => {
    expect(() => planStickyComment(undefined, opts({ key: 'x --> <b>' }))).toThrow(/Invalid comment key/);
    expect(() => planStickyComment(undefined, opts({ issueNumber: 0 }))).toThrow(/Invalid PR\/issue number 0/);
    expect(() => planStickyComment(undefined, opts({ mode: 'sometimes' as never }))).toThrow(/Invalid comment mode 'sometimes'/);
  });
});

describe('findOwnComment', () => {
  const page: ApiComment[] = [
    { id: 1, body: `${commentMarker('a3p')}\npasted by a person`, user: HUMAN },
    { id: 2, body: `${commentMarker('other')}\nanother key`, user: BOT },
    { id: 3, body: `  ${commentMarker('a3p')}\nours`, user: BOT },
  ];
  it('takes the marker of its key, written by a bot, never a person', () => {
    expect(findOwnComment(page, 'a3p')?.id).toBe(3);
    expect(findOwnComment(page.slice(0, 2), 'a3p')).toBeUndefined();
  });
  it("takes a person's comment only when that person is the token's user (PAT)", () => {
    expect(findOwnComment(page.slice(0, 2), 'a3p', 'Mallory')?.id).toBe(1);
  });
});

describe('planTrackingIssues', () => {
  const issue = (number: number, key: string, extra: Partial<ApiIssue> = {}): ApiIssue => ({ number, title: `t ${key}`, body: `${issueMarker(key)}\nold`, user: BOT, html_url: `https://x/issues/${number}`, ...extra });
  const reg = (key: string, body = `vat ${key} grows`) => ({ key, title: `loadgen regression: ${key}`, body });

  it('one step per issue, in order: keep-or-update then duplicates per key, creations up to the cap, then the resolved', () => {
    const open: ApiIssue[] = [
      issue(8, 'v9:boyd'),
      issue(3, 'v9:boyd', { title: 'loadgen regression: v9:boyd', body: `${issueMarker('v9:boyd')}\nvat v9:boyd grows` }),
      issue(5, 'v1:clist'),
      issue(6, 'v2:boyd', { user: HUMAN }), // a person's: never touched
      issue(7, 'v3:boyd', { pull_request: {} }), // a pull request: never touched
      { number: 4, title: 'unmarked', body: 'no marker', user: BOT },
    ];
    const steps = planTrackingIssues(open, { regressions: [reg('v9:boyd'), reg('v12:clist'), reg('v13:clist'), reg('v9:boyd', 'a repeat is ignored')], maxCreate: 1 });
    expect(steps).toEqual([
      { kind: 'unchanged', issue: { key: 'v9:boyd', number: 3, url: 'https://x/issues/3' } },
      { kind: 'close', issue: { key: 'v9:boyd', number: 8, url: 'https://x/issues/8' }, why: 'duplicate', comment: 'loadgen-gate: duplicate of #3; closing.' },
      { kind: 'create', key: 'v12:clist', title: 'loadgen regression: v12:clist', body: `${issueMarker('v12:clist')}\nvat v12:clist grows`, label: 'loadgen-gate' },
      { kind: 'skip', key: 'v13:clist', reason: 'more than 1 new issues in one run' },
      { kind: 'close', issue: { key: 'v1:clist', number: 5, url: 'https://x/issues/5' }, why: 'resolved', comment: 'loadgen-gate: `v1:clist` is no longer regressing; closing.' },
    ]);
  });

  it('a changed body or title is an update; the time stamp and the ages are not', () => {
    const open = [issue(3, 'k', { title: 'loadgen regression: k', body: `${issueMarker('k')}\nvat k grows, 5.0 h old` })];
    expect(planTrackingIssues(open, { regressions: [reg('k', 'vat k grows, 3.3 days old')] })[0]!.kind).toBe('unchanged');
    expect(planTrackingIssues(open, { regressions: [reg('k', 'vat k grows faster')] })[0]).toMatchObject({ kind: 'update', issue: { number: 3 }, body: `${issueMarker('k')}\nvat k grows faster` });
    expect(planTrackingIssues(open, { regressions: [{ ...reg('k', 'vat k grows, 5.0 h old'), title: 'renamed\n  title' }] })[0]).toMatchObject({ kind: 'update', title: 'renamed title' });
  });

  it("a PAT's own issues count as ours; the label names the creations", () => {
    const open = [issue(6, 'v2:boyd', { user: HUMAN })];
    expect(planTrackingIssues(open, { regressions: [], viewerLogin: 'mallory' })).toEqual([
      { kind: 'close', issue: { key: 'v2:boyd', number: 6, url: 'https://x/issues/6' }, why: 'resolved', comment: 'loadgen-gate: `v2:boyd` is no longer regressing; closing.' },
    ]);
    expect(planTrackingIssues([], { regressions: [reg('a')], label: 'perf' })[0]).toMatchObject({ kind: 'create', label: 'perf' });
  });

  it('rejects a key that could close the HTML comment', () => {
    expect(() => planTrackingIssues([], { regressions: [reg('a --> b')] })).toThrow(/Invalid issue key/);
  });
});
