import { describe, expect, it } from 'vitest';
import { createGitHubClient, parseRetryAfter } from '../../src/sources/github/client.js';
import { GitHubApiError } from '../../src/sources/github/errors.js';
import { fakeRepo } from '../fake-github/server.js';
import { apiRequests, artifact, OWNER, REPO, run, SLUG, testClient, TOKEN, useFakeGitHub } from './github-helpers.js';

const gh = useFakeGitHub((g) => {
  g.state.repos = { [SLUG]: fakeRepo({ runs: [run(1)], artifacts: [artifact(11, 1, 'a3p-report')] }) };
});

const ARTS = `/repos/${SLUG}/actions/runs/1/artifacts`;

describe('createGitHubClient', () => {
  it('retries 5xx with exponential backoff, then succeeds', async () => {
    gh.state.faults!.push({ path: ARTS, responses: [502, 503, 500] });
    const { client, sleeps, retries } = testClient(gh, { baseDelayMs: 100 });
    const { data } = await client.request<{ total_count: number }>('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', { owner: OWNER, repo: REPO, run_id: 1 });
    expect(data.total_count).toBe(1);
    expect(apiRequests(gh).length).toBe(4);
    // random() = 0.5 → 75% of 100, 200, 400
    expect(sleeps).toEqual([75, 150, 300]);
    expect(retries.map((r) => r.status)).toEqual([502, 503, 500]);
  });

  it('gives up after `retries` and reports one clear line', async () => {
    gh.state.faults!.push({ path: ARTS, responses: [502, 502, 502] });
    const { client } = testClient(gh, { retries: 2 });
    const err = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', { owner: OWNER, repo: REPO, run_id: 1 }).catch((e) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect(err.status).toBe(502);
    expect(err.message).toBe(`GitHub API 502 on GET ${ARTS}: Server Error (hint: GitHub server error; retries exhausted)`);
    expect(apiRequests(gh).length).toBe(3);
  });

  it('honours retry-after on 429 and on a 403 secondary rate limit', async () => {
    gh.state.faults!.push({
      path: ARTS,
      responses: [
        { status: 429, headers: { 'retry-after': '7' } },
        { status: 403, headers: { 'retry-after': '3' }, body: { message: 'You have exceeded a secondary rate limit' } },
        { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 5) } },
      ],
    });
    const { client, sleeps } = testClient(gh);
    await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', { owner: OWNER, repo: REPO, run_id: 1 });
    expect(sleeps.slice(0, 2)).toEqual([7000, 3000]);
    expect(sleeps[2]).toBeGreaterThan(3000);
    expect(sleeps[2]).toBeLessThanOrEqual(6000);
    expect(apiRequests(gh).length).toBe(4);
  });

  it('fails fast when GitHub asks to wait longer than maxRetryAfterMs', async () => {
    gh.state.faults!.push({ path: ARTS, responses: [{ status: 429, headers: { 'retry-after': '3600' } }] });
    const { client, sleeps } = testClient(gh);
    const err = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', { owner: OWNER, repo: REPO, run_id: 1 }).catch((e) => e);
    expect(err.status).toBe(429);
    expect(err.message).toMatch(/rate limited/);
    expect(sleeps).toEqual([]);
  });

  it('does not retry a POST on 5xx (it may have been applied) but does on 429', async () => {
    gh.state.repos[SLUG]!.pulls.push({ number: 5, state: 'open', head_sha: 'a'.repeat(40) });
    const path = `/repos/${SLUG}/issues/5/comments`;
    gh.state.faults!.push({ method: 'POST', path, responses: [502] });
    const { client } = testClient(gh);
    const err = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: OWNER, repo: REPO, issue_number: 5, body: 'x' }).catch((e) => e);
    expect(err.status).toBe(502);
    expect(apiRequests(gh, 'POST').length).toBe(1);
    gh.state.faults!.push({ method: 'POST', path, responses: [{ status: 429, headers: { 'retry-after': '1' } }] });
    const ok = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: OWNER, repo: REPO, issue_number: 5, body: 'x' });
    expect(ok.status).toBe(201);
    expect(apiRequests(gh, 'POST').length).toBe(3);
  });

  it('hints: 404/403 on actions → actions: read; 401 → bad token; never leaks the token', async () => {
    const { client } = testClient(gh);
    const e404 = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', { owner: OWNER, repo: REPO, run_id: 999 }).catch((e) => e);
    expect(e404.message).toContain('404');
    expect(e404.message).toContain('needs `actions: read` permission (or the run/artifact does not exist)');
    expect(e404.route).toBe('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts');
    expect(e404.method).toBe('GET');

    const bad = createGitHubClient({ token: 'ghs_wrongToken999', apiUrl: gh.url, userAgent: 't', sleep: async () => {} });
    const e401 = await bad.request('GET /repos/{owner}/{repo}', { owner: OWNER, repo: REPO }).catch((e) => e);
    expect(e401.message).toBe(`GitHub API 401 on GET /repos/${SLUG}: Bad credentials (hint: bad or expired token (check the \`github-token\` input))`);
    expect(e401.message).not.toContain('ghs_wrongToken999');
    expect(JSON.stringify(e401)).not.toContain('ghs_wrongToken999');

    gh.state.faults!.push({ path: `/repos/${SLUG}`, responses: [{ status: 403, body: { message: `echo ${TOKEN}\nsecond line` } }] });
    const e403 = await client.request('GET /repos/{owner}/{repo}', { owner: OWNER, repo: REPO }).catch((e) => e);
    expect(e403.message).not.toContain(TOKEN);
    expect(e403.message).not.toContain('\n');
  });

  it('sends auth, user-agent and API version headers; paginates through Link', async () => {
    const repo = gh.state.repos[SLUG]!;
    for (let i = 2; i <= 7; i++) repo.runs.push(run(i));
    const { client } = testClient(gh);
    const all = await client.paginate<{ id: number }>('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', { owner: OWNER, repo: REPO, workflow_id: 'loadgen.yml', per_page: 2 }, { itemsKey: 'workflow_runs' });
    expect(all.map((r) => r.id)).toEqual([7, 6, 5, 4, 3, 2, 1]);
    expect(apiRequests(gh).length).toBe(4);
    const h = gh.requests[0]!.headers;
    expect(h.authorization).toBe(`Bearer ${TOKEN}`);
    expect(h['user-agent']).toBe('loadgen-gate-test');
    expect(h['x-github-api-version']).toBe('2022-11-28');
  });

  it('reports network errors without the token', async () => {
    const client = createGitHubClient({ token: TOKEN, apiUrl: 'http://127.0.0.1:1', userAgent: 't', retries: 1, sleep: async () => {} });
    const err = await client.request('GET /repos/{owner}/{repo}', { owner: OWNER, repo: REPO }).catch((e) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect(err.status).toBe(0);
    expect(err.message).toMatch(/^GitHub API request failed on GET \/repos\/agoric\/agoric-sdk: .*gave up after 2 attempts/);
    expect(err.message).not.toContain(TOKEN);
  });

  it('parses retry-after', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter(new Date(Date.now() + 10_000).toUTCString())).toBeGreaterThan(8000);
  });
});
