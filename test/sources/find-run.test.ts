import { describe, expect, it } from 'vitest';
import { artifactNameMatcher, findSourceRun } from '../../src/sources/github/find-run.js';
import { SourceRunError } from '../../src/sources/github/errors.js';
import { fakeRepo } from '../fake-github/server.js';
import { apiRequests, artifact, hoursAgo, OWNER, REPO, run, SLUG, testClient, TOKEN, useFakeGitHub } from './github-helpers.js';

const gh = useFakeGitHub();

const base = { owner: OWNER, repo: REPO, workflow: 'loadgen.yml', artifact: 'a3p-*' };

describe('findSourceRun', () => {
  it('finds the latest successful run on the default branch with a matching artifact', async () => {
    gh.state.repos = {
      [SLUG]: fakeRepo({
        default_branch: 'master',
        runs: [
          run(1, { head_branch: 'master', created_at: hoursAgo(30) }),
          run(2, { head_branch: 'master', created_at: hoursAgo(20) }),
          run(3, { head_branch: 'master', created_at: hoursAgo(10), conclusion: 'failure' }),
          run(4, { head_branch: 'feature', created_at: hoursAgo(5) }),
          run(5, { head_branch: 'master', created_at: hoursAgo(8), workflow: 'other.yml' }),
        ],
        artifacts: [
          artifact(101, 1, 'a3p-results', { created_at: hoursAgo(30) }),
          artifact(102, 2, 'a3p-results', { created_at: hoursAgo(20) }),
          artifact(103, 3, 'a3p-results'),
          artifact(104, 4, 'a3p-results'),
          artifact(105, 5, 'a3p-results'),
        ],
      }),
    };
    const { client } = testClient(gh);
    const res = await findSourceRun(client, base);
    expect(res.run.id).toBe(2);
    expect(res.run.head_branch).toBe('master');
    expect(res.run.html_url).toBe(`https://github.com/${SLUG}/actions/runs/2`);
    expect(res.run.head_repository).toEqual({ full_name: SLUG });
    expect(res.artifact).toMatchObject({ id: 102, name: 'a3p-results', expired: false });
    expect(res.artifact.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(res.artifact.size_in_bytes).toBeGreaterThan(0);
    expect(res.ageHours).toBeGreaterThan(19.9);
    expect(res.ageHours).toBeLessThan(20.1);
    const runsReq = apiRequests(gh).find((r) => r.path.includes('/workflows/'))!;
    expect(runsReq.path).toContain('branch=master');
    expect(runsReq.path).toContain('status=success');
  });

  it('skips fork runs (a fork branch named main matches branch=main)', async () => {
    gh.state.repos = {
      [SLUG]: fakeRepo({
        runs: [run(1, { created_at: hoursAgo(20) }), run(2, { created_at: hoursAgo(1), head_repository: 'mallory/agoric-sdk', event: 'pull_request' })],
        artifacts: [artifact(101, 1, 'a3p-results'), artifact(102, 2, 'a3p-results')],
      }),
    };
    const { client } = testClient(gh);
    const res = await findSourceRun(client, { ...base, branch: 'main' });
    expect(res.run.id).toBe(1);
    // The fork run's artifacts were never listed.
    expect(apiRequests(gh).some((r) => r.path.includes('/runs/2/'))).toBe(false);
    // Opt-out
    const withForks = await findSourceRun(client, { ...base, branch: 'main', excludeForks: false });
    expect(withForks.run.id).toBe(2);
  });

  it('walks past runs without a matching artifact and accepts an exact name', async () => {
    gh.state.repos = {
      [SLUG]: fakeRepo({
        runs: [run(1, { created_at: hoursAgo(30) }), run(2, { created_at: hoursAgo(20) }), run(3, { created_at: hoursAgo(10) })],
        artifacts: [artifact(101, 1, 'loadgen-results'), artifact(102, 2, 'other'), artifact(103, 3, 'logs')],
      }),
    };
    const { client } = testClient(gh);
    const res = await findSourceRun(client, { ...base, artifact: 'loadgen-results' });
    expect(res.run.id).toBe(1);
    expect(res.artifact.id).toBe(101);
  });

  it('expired-only → clear error with count and expiry time', async () => {
    const exp1 = '2026-01-02T03:04:05Z';
    gh.state.repos = {
      [SLUG]: fakeRepo({
        runs: [run(1, { created_at: hoursAgo(30) }), run(2, { created_at: hoursAgo(20) })],
        artifacts: [
          artifact(101, 1, 'a3p-results', { expired: true, expires_at: '2025-12-01T00:00:00Z' }),
          artifact(102, 2, 'a3p-results', { expired: true, expires_at: exp1 }),
          artifact(103, 2, 'unrelated'),
        ],
      }),
    };
    const { client } = testClient(gh);
    const err = await findSourceRun(client, base).catch((e) => e);
    expect(err).toBeInstanceOf(SourceRunError);
    expect(err.reason).toBe('expired');
    expect(err.message).toContain("Found 2 artifact(s) matching 'a3p-*'");
    expect(err.message).toContain('all have expired, newest expired 2026-01-02T03:04:05.000Z (run 2)');
    expect(err.message).not.toContain('\n');
  });

  it('glob matched nothing → lists the names seen', async () => {
    gh.state.repos = {
      [SLUG]: fakeRepo({ runs: [run(1)], artifacts: [artifact(101, 1, 'logs'), artifact(102, 1, 'results-a3p')] }),
    };
    const { client } = testClient(gh);
    const err = await findSourceRun(client, base).catch((e) => e);
    expect(err.reason).toBe('no-match');
    expect(err.message).toMatch(/No artifact matching 'a3p-\*' in the 1 newest successful runs of workflow 'loadgen.yml' on branch 'main' in agoric\/agoric-sdk; artifact names seen: logs, results-a3p$/);
  });

  it('a run whose head repository is gone (a deleted fork\'s pull request) is a fork run', async () => {
    gh.state.repos = {
      [SLUG]: fakeRepo({
        runs: [run(1, { created_at: hoursAgo(20) }), run(9, { created_at: hoursAgo(1), head_repository: null, event: 'pull_request' })],
        artifacts: [artifact(101, 1, 'a3p-results'), artifact(109, 9, 'a3p-results')],
      }),
    };
    const { client } = testClient(gh);
    expect((await findSourceRun(client, { ...base, branch: 'main' })).run.id).toBe(1);
    expect(apiRequests(gh).some((r) => r.path.includes('/runs/9/'))).toBe(false);
  });

  it('fork runs do not use up the scan window: 50 newer fork runs on a branch named main do not hide the real one', async () => {
    const forkRuns = Array.from({ length: 50 }, (_, i) => run(100 + i, { created_at: hoursAgo(1 + i / 100), head_repository: 'mallory/agoric-sdk', event: 'pull_request' }));
    gh.state.repos = {
      [SLUG]: fakeRepo({
        runs: [run(1, { created_at: hoursAgo(20) }), ...forkRuns],
        artifacts: [artifact(101, 1, 'a3p-results'), ...forkRuns.map((r) => artifact(1000 + r.id, r.id, 'a3p-results'))],
      }),
    };
    const { client } = testClient(gh);
    const res = await findSourceRun(client, { ...base, branch: 'main', maxRunsToScan: 50 });
    expect(res.run.id).toBe(1);
  });

  it('no runs → clear error (mentions skipped forks)', async () => {
    gh.state.repos = { [SLUG]: fakeRepo({ runs: [run(1, { head_repository: 'mallory/fork' })], artifacts: [artifact(101, 1, 'a3p-x')] }) };
    const { client } = testClient(gh);
    const err = await findSourceRun(client, base).catch((e) => e);
    expect(err.reason).toBe('no-runs');
    expect(err.message).toContain("No successful runs of workflow 'loadgen.yml' on branch 'main' in agoric/agoric-sdk");
    expect(err.message).toContain('skipped 1 fork run(s)');
  });

  it('respects maxRunsToScan', async () => {
    const runs = Array.from({ length: 10 }, (_, i) => run(i + 1, { created_at: hoursAgo(100 - i) }));
    gh.state.repos = { [SLUG]: fakeRepo({ runs, artifacts: [artifact(101, 1, 'a3p-old')] }) };
    const { client } = testClient(gh);
    const err = await findSourceRun(client, { ...base, maxRunsToScan: 4 }).catch((e) => e);
    expect(err.reason).toBe('no-match');
    expect(apiRequests(gh).filter((r) => r.path.endsWith('/artifacts?per_page=100')).length).toBe(4);
    const ok = await findSourceRun(client, { ...base, maxRunsToScan: 10 });
    expect(ok.run.id).toBe(1);
  });

  it('beyond the window, an exact artifact name is looked up among the repository\'s artifacts, by the same rules', async () => {
    // 60 newer successful runs on main upload no report (report runs started by pull requests);
    // run 1 did. Also in the list, each newer than run 1's: a fork's, a feature branch's, a failed
    // run's, and another workflow's artifact of the same name.
    const busy = Array.from({ length: 60 }, (_, i) => run(100 + i, { workflow: 'report.yml', created_at: hoursAgo(50 - i * 0.5), event: 'workflow_run' }));
    const others = [
      run(2, { workflow: 'report.yml', created_at: hoursAgo(59), head_repository: 'mallory/agoric-sdk' }),
      run(3, { workflow: 'report.yml', created_at: hoursAgo(58), head_branch: 'feature' }),
      run(4, { workflow: 'report.yml', created_at: hoursAgo(57), conclusion: 'failure' }),
      run(5, { workflow: 'other.yml', created_at: hoursAgo(56) }),
    ];
    gh.state.repos = {
      [SLUG]: fakeRepo({
        runs: [run(1, { workflow: 'report.yml', created_at: hoursAgo(60) }), ...others, ...busy],
        artifacts: [
          artifact(11, 1, 'loadgen-gate-report', { created_at: hoursAgo(60) }),
          ...others.map((r) => artifact(10 + r.id, r.id, 'loadgen-gate-report', { created_at: r.created_at })),
          ...busy.map((r) => artifact(1000 + r.id, r.id, 'a3p-results', { created_at: r.created_at })),
        ],
      }),
    };
    const { client } = testClient(gh);
    const q = { ...base, workflow: 'report.yml', artifact: 'loadgen-gate-report', branch: 'main', maxRunsToScan: 50 };
    const res = await findSourceRun(client, q);
    expect([res.run.id, res.artifact.id]).toEqual([1, 11]);
    // One artifact list, and each candidate's run looked up once (the feature branch's is not: its
    // artifact already says so).
    const paths = apiRequests(gh).map((r) => r.path);
    expect(paths.filter((p) => p.startsWith(`/repos/${SLUG}/actions/artifacts?`))).toEqual([`/repos/${SLUG}/actions/artifacts?name=loadgen-gate-report&per_page=100`]);
    expect(paths.filter((p) => /\/actions\/runs\/\d+$/.test(p)).map((p) => Number(p.split('/').pop()))).toEqual([5, 4, 2, 1]);
    // A glob is not looked up that way (the list filters by exact name only).
    await expect(findSourceRun(client, { ...q, artifact: 'loadgen-gate-*' })).rejects.toMatchObject({ reason: 'no-match' });
    // Within the window, nothing changes: no artifact list.
    gh.requests.length = 0;
    expect((await findSourceRun(client, { ...q, maxRunsToScan: 100 })).run.id).toBe(1);
    expect(apiRequests(gh).some((r) => r.path.startsWith(`/repos/${SLUG}/actions/artifacts?`))).toBe(false);
  });

  it('with runId lists that run (fork or not) and picks the newest live match', async () => {
    gh.state.repos = {
      [SLUG]: fakeRepo({
        runs: [run(7, { head_repository: 'mallory/fork', event: 'pull_request', head_branch: 'patch-1' })],
        artifacts: [artifact(701, 7, 'a3p-one', { created_at: hoursAgo(3) }), artifact(702, 7, 'a3p-two', { created_at: hoursAgo(2) }), artifact(703, 7, 'a3p-three', { expired: true })],
      }),
    };
    const { client } = testClient(gh);
    const res = await findSourceRun(client, { owner: OWNER, repo: REPO, runId: '7', artifact: 'a3p-*' });
    expect(res.run).toMatchObject({ id: 7, event: 'pull_request', head_repository: { full_name: 'mallory/fork' } });
    expect(res.artifact.id).toBe(702);
    const missing = await findSourceRun(client, { owner: OWNER, repo: REPO, runId: 8, artifact: 'a3p-*' }).catch((e) => e);
    expect(missing.status).toBe(404);
    expect(missing.message).toContain('needs `actions: read` permission');
  });

  it('requires a workflow or run id', async () => {
    const { client } = testClient(gh);
    const err = await findSourceRun(client, { owner: OWNER, repo: REPO, artifact: 'x' }).catch((e) => e);
    expect(err.reason).toBe('bad-query');
  });

  it('glob matcher', () => {
    const m = artifactNameMatcher('a3p-*.zip?');
    expect(m('a3p-x.zipA')).toBe(true);
    expect(m('a3p-.zip')).toBe(false);
    expect(artifactNameMatcher('a.b')('axb')).toBe(false);
  });
});
