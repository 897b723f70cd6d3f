import { describe, expect, it } from 'vitest';
import { issueMarker, syncTrackingIssues } from '../../src/publish/github/tracking-issue.js';
import { BOT, fakeRepo, HUMAN, type FakeIssue } from '../fake-github/server.js';
import { apiRequests, OWNER, REPO, SLUG, testClient, TOKEN, useFakeGitHub } from '../sources/github-helpers.js';

const gh = useFakeGitHub((g) => {
  g.state.repos = { [SLUG]: fakeRepo() };
});

const issues = () => gh.state.repos[SLUG]!.issues;
const open = () => issues().filter((i) => i.state === 'open');
const reg = (key: string, body = `vat ${key} BOYD time grows`) => ({ key, title: `loadgen regression: ${key}`, body });
const issue = (number: number, key: string, extra: Partial<FakeIssue> = {}): FakeIssue => ({
  number,
  title: `t ${key}`,
  body: `${issueMarker(key)}\nold`,
  state: 'open',
  labels: ['loadgen-gate'],
  user: BOT,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  ...extra,
});

describe('syncTrackingIssues', () => {
  it('creates, then updates/keeps, then closes with a comment', async () => {
    const { client } = testClient(gh);
    const r1 = await syncTrackingIssues(client, { owner: OWNER, repo: REPO, regressions: [reg('v9.boyd'), reg('v12.clist')] });
    expect(r1.created.map((c) => c.key)).toEqual(['v9.boyd', 'v12.clist']);
    expect(open()).toHaveLength(2);
    expect(open()[0]!.labels).toEqual(['loadgen-gate']);
    expect(open()[0]!.body.startsWith(issueMarker('v9.boyd'))).toBe(true);

    const r2 = await syncTrackingIssues(client, { owner: OWNER, repo: REPO, regressions: [reg('v9.boyd', 'worse now'), reg('v12.clist')] });
    expect(r2.updated.map((c) => c.key)).toEqual(['v9.boyd']);
    expect(r2.unchanged.map((c) => c.key)).toEqual(['v12.clist']);
    expect(r2.created).toEqual([]);
    expect(open()).toHaveLength(2);
    expect(issues().find((i) => i.number === r1.created[0]!.number)!.body).toContain('worse now');

    const r3 = await syncTrackingIssues(client, { owner: OWNER, repo: REPO, regressions: [reg('v12.clist')] });
    expect(r3.closed).toEqual([{ key: 'v9.boyd', number: r1.created[0]!.number, url: expect.stringContaining('/issues/') }]);
    const closed = issues().find((i) => i.number === r1.created[0]!.number)!;
    expect(closed).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(gh.state.repos[SLUG]!.comments.find((c) => c.issue_number === closed.number)!.body).toContain('no longer regressing');
    expect(open()).toHaveLength(1);
  });

  it('de-duplicates by marker: keeps the oldest, closes the rest', async () => {
    issues().push(issue(3, 'k'), issue(8, 'k'), issue(9, 'other', { labels: ['unrelated'] }));
    const { client } = testClient(gh);
    const res = await syncTrackingIssues(client, { owner: OWNER, repo: REPO, regressions: [reg('k')] });
    expect(res.updated.map((i) => i.number)).toEqual([3]);
    expect(res.duplicatesClosed.map((i) => i.number)).toEqual([8]);
    expect(issues().find((i) => i.number === 8)!.state_reason).toBe('not_planned');
    // An issue without our label is never touched.
    expect(issues().find((i) => i.number === 9)!.state).toBe('open');
    expect(apiRequests(gh, 'GET')[0]!.path).toContain('labels=loadgen-gate');
  });

  it('ignores marked issues written by humans', async () => {
    issues().push(issue(4, 'k', { user: HUMAN }));
    const { client } = testClient(gh);
    const res = await syncTrackingIssues(client, { owner: OWNER, repo: REPO, regressions: [] });
    expect(res.closed).toEqual([]);
    const res2 = await syncTrackingIssues(client, { owner: OWNER, repo: REPO, regressions: [reg('k')] });
    expect(res2.created).toHaveLength(1);
    expect(issues().find((i) => i.number === 4)!.body).toContain('old');
  });

  it('caps new issues per run', async () => {
    const { client } = testClient(gh);
    const res = await syncTrackingIssues(client, { owner: OWNER, repo: REPO, regressions: [reg('a'), reg('b'), reg('c')], maxCreate: 2 });
    expect(res.created).toHaveLength(2);
    expect(res.skipped).toEqual([{ key: 'c', reason: 'more than 2 new issues in one run' }]);
  });

  it('403 → forbidden, not a throw', async () => {
    gh.state.faults!.push({ method: 'POST', path: `/repos/${SLUG}/issues`, responses: [403] });
    const { client } = testClient(gh);
    const res = await syncTrackingIssues(client, { owner: OWNER, repo: REPO, regressions: [reg('a')] });
    expect(res.forbidden).toContain('needs `issues: write` permission');
    expect(issues()).toHaveLength(0);
  });
});
