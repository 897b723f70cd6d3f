import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/sources/github/client.js';
import { parseRetryAfter } from '../../src/sources/github/request-errors.js';
import { GitHubApiError } from '../../src/sources/github/errors.js';
import { fakeRepo } from '../fake-github/server.js';
import { listUpTo } from '../../src/sources/github/rest.js';
import { apiRequests, artifact, OWNER, REPO, run, SLUG, testClient, TOKEN, useFakeGitHub } from './github-helpers.js';

const gh = useFakeGitHub((g) => {
  g.state.repos = { [SLUG]: fakeRepo({ runs: [run(1)], artifacts: [artifact(11, 1, 'a3p-report')] }) };
});

const ARTS = `/repos/${SLUG}/actions/runs/1/artifacts`;

describe('createGitHubClient (Octokit with the retry and throttling plugins)', () => {
  const listArtifacts = (client: ReturnType<typeof testClient>['client'], run_id = 1) =>
    client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', { owner: OWNER, repo: REPO, run_id });

  it('retries 5xx with growing waits, then succeeds; each retry is reported', async () => {
    gh.state.faults!.push({ path: ARTS, responses: [502, 503, 500] });
    const { client, retries } = testClient(gh);
    const { data } = await listArtifacts(client);
    expect(data.total_count).toBe(1);
    expect(apiRequests(gh).length).toBe(4);
    expect(retries.map((r) => [r.attempt, r.status, r.reason, r.path])).toEqual([
      [1, 502, '502 server error', ARTS],
      [2, 503, '503 server error', ARTS],
      [3, 500, '500 server error', ARTS],
    ]);
    // The retry plugin waits 1, 4, 9 units (1 ms here, 1 s in the action).
    expect(retries[2]!.delayMs).toBeGreaterThanOrEqual(9);
  });

  it('gives up after `retries` and reports one clear line naming the attempts', async () => {
    gh.state.faults!.push({ path: ARTS, responses: [502, 502, 502] });
    const { client } = testClient(gh, { retries: 2 });
    const err = await listArtifacts(client).catch((e) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect(err.status).toBe(502);
    expect(err.attempts).toBe(3);
    expect(err.message).toBe(`GitHub API 502 on GET ${ARTS}: Server Error (hint: GitHub server error; gave up after 3 attempts)`);
    expect(apiRequests(gh).length).toBe(3);
  });

  it('waits out a 429 and a 403 secondary rate limit as retry-after asks, and a primary one until its reset', async () => {
    gh.state.faults!.push({
      path: ARTS,
      responses: [
        { status: 429, headers: { 'retry-after': '7' } },
        { status: 403, headers: { 'retry-after': '3' }, body: { message: 'You have exceeded a secondary rate limit' } },
        { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 5) }, body: { message: 'API rate limit exceeded' } },
      ],
    });
    const { client, retries } = testClient(gh);
    await listArtifacts(client);
    expect(apiRequests(gh).length).toBe(4);
    const waits = retries.filter((r) => r.waiting);
    expect(waits.map((r) => r.reason)).toEqual(['secondary rate limit', 'secondary rate limit', 'rate limit']);
    expect(retries.filter((r) => !r.waiting).map((r) => [r.attempt, r.reason])).toEqual([
      [1, '429 rate limit'],
      [2, '403 rate limit'],
      [3, '403 rate limit'],
    ]);
    expect(waits.map((r) => r.delayMs).slice(0, 2)).toEqual([7, 3]);
    expect(waits[2]!.delayMs).toBeGreaterThanOrEqual(5);
    expect(waits[2]!.delayMs).toBeLessThanOrEqual(7);
  });

  it('fails at once, as a rate limit, when GitHub asks to wait longer than maxRetryAfterMs', async () => {
    gh.state.faults!.push({ path: ARTS, responses: [{ status: 429, headers: { 'retry-after': '3600' } }] });
    const { client, retries } = testClient(gh);
    const err = await listArtifacts(client).catch((e) => e);
    expect(err.status).toBe(429);
    expect(err.rateLimited).toBe(true);
    expect(err.message).toMatch(/\(hint: secondary rate limit: GitHub asks to wait 3600 s, longer than the 120 s this action waits; not a permission problem, try again later\)$/);
    expect(retries).toEqual([]);
    expect(apiRequests(gh).length).toBe(1);
  });

  it('does not retry a POST on a 5xx (it may have been applied) and says so; retries one GitHub rate-limited', async () => {
    gh.state.repos[SLUG]!.pulls.push({ number: 5, state: 'open', head_sha: 'a'.repeat(40) });
    const path = `/repos/${SLUG}/issues/5/comments`;
    gh.state.faults!.push({ method: 'POST', path, responses: [502] });
    const { client } = testClient(gh);
    const post = () => client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: OWNER, repo: REPO, issue_number: 5, body: 'x' });
    const err = await post().catch((e) => e);
    expect(err.status).toBe(502);
    expect(err.message).toBe(`GitHub API 502 on POST ${path}: Server Error (hint: GitHub server error; POST not retried: it may already have been applied)`);
    expect(err.message).not.toContain('retries exhausted');
    expect(apiRequests(gh, 'POST').length).toBe(1);
    gh.state.faults!.push({ method: 'POST', path, responses: [{ status: 429, headers: { 'retry-after': '1' } }] });
    const ok = await post();
    expect(ok.status).toBe(201);
    expect(apiRequests(gh, 'POST').length).toBe(3);
    expect(gh.state.repos[SLUG]!.comments).toHaveLength(1);
  });

  it('hints: 404/403 on actions → actions: read; 401 → bad token; never leaks the token', async () => {
    const { client } = testClient(gh);
    const e404 = await listArtifacts(client, 999).catch((e) => e);
    expect(e404.message).toBe(`GitHub API 404 on GET /repos/${SLUG}/actions/runs/999/artifacts: Not Found (hint: needs \`actions: read\` permission (or the run/artifact does not exist))`);
    expect(e404.method).toBe('GET');
    expect(e404.path).toBe(`/repos/${SLUG}/actions/runs/999/artifacts`);

    const bad = createGitHubClient({ token: 'ghs_wrongToken999', apiUrl: gh.url, userAgent: 't', retryUnitMs: 1 });
    const e401 = await bad.request('GET /repos/{owner}/{repo}', { owner: OWNER, repo: REPO }).catch((e) => e);
    expect(e401.message).toBe(`GitHub API 401 on GET /repos/${SLUG}: Bad credentials (hint: bad or expired token (check the \`github-token\` input))`);
    expect(e401.message).not.toContain('ghs_wrongToken999');
    expect(JSON.stringify(e401)).not.toContain('ghs_wrongToken999');

    gh.state.faults!.push({ path: `/repos/${SLUG}`, responses: [{ status: 403, body: { message: `echo ${TOKEN}\nsecond line` } }] });
    const e403 = await client.request('GET /repos/{owner}/{repo}', { owner: OWNER, repo: REPO }).catch((e) => e);
    expect(e403.message).not.toContain(TOKEN);
    expect(e403.message).not.toContain('\n');
    expect(e403.rateLimited).toBe(false);
  });

  it('sends the token, user agent and API version; paginates through Link', async () => {
    const repo = gh.state.repos[SLUG]!;
    for (let i = 2; i <= 7; i++) repo.runs.push(run(i));
    const { client } = testClient(gh);
    const all = await listUpTo<{ id: number }>(client, 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', { owner: OWNER, repo: REPO, workflow_id: 'loadgen.yml', per_page: 2 }, 100);
    expect(all.map((r) => r.id)).toEqual([7, 6, 5, 4, 3, 2, 1]);
    expect(apiRequests(gh).length).toBe(4);
    const h = gh.requests[0]!.headers;
    expect(h.authorization).toBe(`token ${TOKEN}`);
    expect(h['user-agent']).toMatch(/^loadgen-gate-test /);
    expect(h['x-github-api-version']).toBe('2022-11-28');
    gh.requests.length = 0;
    expect((await listUpTo(client, 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', { owner: OWNER, repo: REPO, workflow_id: 'loadgen.yml', per_page: 2 }, 3)).length).toBe(3);
    expect(apiRequests(gh).length).toBe(2);
  });

  it("never sends the token to another origin, whatever a page's Link header names", async () => {
    const other = http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', link: `<http://localhost:${(other.address() as AddressInfo).port}/repos/o/r/issues?page=2>; rel="next"` });
      res.end(JSON.stringify([{ number: 1 }]));
    });
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', () => r()));
    const seen: Array<string | undefined> = [];
    other.on('request', (req) => seen.push(`${req.headers.host} ${req.headers.authorization ?? '-'}`));
    try {
      const client = createGitHubClient({ token: TOKEN, apiUrl: `http://127.0.0.1:${(other.address() as AddressInfo).port}`, userAgent: 't', retryUnitMs: 1 });
      const err = await listUpTo(client, 'GET /repos/{owner}/{repo}/issues', { owner: 'o', repo: 'r' }, 100).catch((e) => e);
      expect(err.message).toMatch(/^refusing to send the token to http:\/\/localhost:\d+ \(not the API's origin http:\/\/127\.0\.0\.1:\d+\)$/);
      expect(seen).toEqual([`127.0.0.1:${(other.address() as AddressInfo).port} token ${TOKEN}`]);
    } finally {
      await new Promise<void>((r) => other.close(() => r()));
    }
  });

  it('reports network errors without the token, after its retries', async () => {
    // A port nothing listens on.
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const client = createGitHubClient({ token: TOKEN, apiUrl: `http://127.0.0.1:${port}`, userAgent: 't', retries: 1, retryUnitMs: 1 });
    const err = await client.request('GET /repos/{owner}/{repo}', { owner: OWNER, repo: REPO }).catch((e) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect(err.status).toBe(0);
    expect(err.message).toMatch(/^GitHub API request failed on GET \/repos\/agoric\/agoric-sdk: .*ECONNREFUSED.*gave up after 2 attempts/);
    expect(err.message).not.toContain(TOKEN);
  });

  it('parses retry-after', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter(new Date(Date.now() + 10_000).toUTCString())).toBeGreaterThan(8000);
  });
});
