/**
 * GitHub faults, end to end: the bundled action (dist/index.js) against the fake GitHub API on
 * loopback that drops connections after the headers, rate-limits beyond what the action waits,
 * fails a comment's POST with a server error, or serves a corrupt artifact zip. Each test failed on
 * the bundle before its fix.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BOT, fakeRepo, startFakeGitHub, zipFiles, type FakeGitHub, type FakeRepo } from '../fake-github/server.js';
import { cleanBaselineReport, cleanup, hoursAgo, loadgenZip, runBundle, type ActionRun } from './action-helpers.js';

const TOKEN = 'ghs_faultsE2eToken0123456789';
const SLUG = 'agoric/agoric-sdk';
const PR = { pull_request: { number: 7 } };

let gh: FakeGitHub;
const runs: ActionRun[] = [];

async function seed(baselineAgeHours = 22): Promise<FakeRepo> {
  const baseline = await cleanBaselineReport({ createdAt: hoursAgo(baselineAgeHours) });
  return fakeRepo({
    default_branch: 'main',
    runs: [
      { id: 101, workflow: 'loadgen.yml', head_branch: 'main', head_sha: 'a'.repeat(40), created_at: hoursAgo(5) },
      { id: 201, workflow: 'report.yml', head_branch: 'main', head_sha: 'c'.repeat(40), created_at: hoursAgo(20), event: 'workflow_run' },
    ],
    artifacts: [
      { id: 1101, run_id: 101, name: 'loadgen-output', zip: await loadgenZip('loadgen-leaky'), created_at: hoursAgo(5) },
      { id: 2201, run_id: 201, name: 'loadgen-gate-report', zip: zipFiles({ 'loadgen-gate-report.json': JSON.stringify(baseline) }), created_at: hoursAgo(20) },
    ],
    pulls: [{ number: 7, state: 'open', head_sha: 'a'.repeat(40) }],
  });
}

beforeAll(async () => {
  gh = await startFakeGitHub({ token: TOKEN, repos: {} });
});
afterAll(async () => {
  await gh.close();
  await Promise.all(runs.map(cleanup));
});
beforeEach(async () => {
  gh.requests.length = 0;
  gh.state.faults = [];
  gh.state.actor = BOT;
  gh.state.repos = { [SLUG]: await seed() };
});

const repo = () => gh.state.repos[SLUG]!;
const api = (method?: string) => gh.requests.filter((r) => !r.path.startsWith('/_blob/') && (!method || r.method === method));
const explain = (r: ActionRun) => `exit ${r.code}\n--- stdout\n${r.stdout.slice(-6000)}\n--- stderr\n${r.stderr.slice(-3000)}`;

async function act(inputs: Record<string, string>, payload: unknown = PR): Promise<ActionRun> {
  const r = await runBundle({ apiUrl: gh.url, inputs: { 'github-token': TOKEN, 'baseline-workflow': 'report.yml', ...inputs }, payload });
  runs.push(r);
  return r;
}

describe('GitHub faults against the action bundle', () => {
  it('a connection lost after the headers is retried, for a JSON list and for the artifact download', async () => {
    gh.state.faults!.push({ path: `/repos/${SLUG}/actions/workflows/loadgen.yml/runs`, responses: [{ status: 200, drop: true }] });
    gh.state.faults!.push({ path: '/_blob/1101', responses: [{ status: 200, drop: true }] });
    const r = await act({ workflow: 'loadgen.yml', artifact: 'loadgen-output', comment: 'never' });
    // The leaky run fails on its regressions: the analysis ran, the faults did not end it.
    expect(r.code, explain(r)).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.stdout).toMatch(/GitHub API: connection lost while reading the response: .* on GET \/repos\/agoric\/agoric-sdk\/actions\/workflows\/loadgen\.yml\/runs; retry 1 after/);
    expect(r.stdout).toMatch(/GitHub API: connection lost while reading the response: .* on GET http:\/\/localhost:\d+\/_blob\/1101; retry 1 after/);
    expect(r.stdout).not.toContain('sig=');
    expect(api().filter((q) => q.path.startsWith(`/repos/${SLUG}/actions/workflows/loadgen.yml/runs`))).toHaveLength(2);
    expect(gh.requests.filter((q) => q.path.startsWith('/_blob/1101'))).toHaveLength(2);
    expect(r.leftInTemp).toEqual([]);
  });

  it('a secondary rate limit on the comment asking to wait past the cap is reported as a rate limit, not a permission problem', async () => {
    gh.state.faults!.push({
      method: 'POST',
      path: `/repos/${SLUG}/issues/7/comments`,
      responses: [{ status: 403, headers: { 'retry-after': '3600' }, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' } }],
    });
    const r = await act({ 'run-id': '101', artifact: 'loadgen-output' });
    expect(r.code, explain(r)).toBe(1); // the verdict decides
    const w = r.warnings.filter((x) => /comment/i.test(x));
    expect(w, explain(r)).toHaveLength(1);
    expect(w[0]).toMatch(/PR comment failed: GitHub API 403 on POST \/repos\/agoric\/agoric-sdk\/issues\/7\/comments: You have exceeded a secondary rate limit.*\(hint: secondary rate limit: GitHub asks to wait 3600 s, longer than the 120 s this action waits; not a permission problem, try again later\)/);
    expect(w[0]).not.toMatch(/fork|read-only token|pull-requests: write/i);
    expect(api('POST')).toHaveLength(1);
  });

  it('a POST that gets a 5xx is not retried (a second comment is worse than none), and its message does not say retries were made', async () => {
    gh.state.faults!.push({ method: 'POST', path: `/repos/${SLUG}/issues/7/comments`, responses: [502] });
    const r = await act({ 'run-id': '101', artifact: 'loadgen-output' });
    expect(r.code, explain(r)).toBe(1);
    expect(api('POST')).toHaveLength(1);
    expect(repo().comments).toHaveLength(0);
    const w = r.warnings.filter((x) => /comment/i.test(x));
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/PR comment failed: GitHub API 502 on POST \/repos\/agoric\/agoric-sdk\/issues\/7\/comments: Server Error \(hint: GitHub server error; POST not retried: it may already have been applied\)/);
    expect(r.stdout).not.toMatch(/retries exhausted/);
  });

  it('a truncated artifact zip is reported naming the artifact and its run', async () => {
    const a = repo().artifacts.find((x) => x.id === 1101)!;
    a.zip = a.zip.subarray(0, 4096);
    const r = await act({ 'run-id': '101', artifact: 'loadgen-output', comment: 'never' });
    expect(r.code, explain(r)).toBe(1);
    expect(r.outputs.verdict).toBe('error');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^::error::loadgen-gate: cannot unpack artifact 'loadgen-output' \(id 1101\) of run 101 \(4\.0 KiB\): /);
    expect(r.errors[0]).not.toContain('in-memory zip');
    expect(r.leftInTemp).toEqual([]);
  });

  it("the baseline's age is in one unit in the summary and in the log", async () => {
    gh.state.repos = { [SLUG]: await seed(50) };
    const r = await act({ 'run-id': '101', artifact: 'loadgen-output', comment: 'never' });
    expect(r.code, explain(r)).toBe(1);
    expect(r.summary).toMatch(/Baseline: run 150 @ ` cccccccccccc `, 2\.1 days old\./);
    expect(r.stdout).toMatch(/baseline: report of run 201, .*; it describes run 150, .*, 2\.1 days old\n/);
  });
});
