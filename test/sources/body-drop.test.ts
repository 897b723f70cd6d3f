/**
 * A response whose connection drops after the headers (a proxy reset mid-download). It is retried
 * like any failed request, for a JSON answer and for an artifact download alike; only when every
 * attempt drops does the client throw a GitHubApiError (status 0) naming the request and the
 * attempts, which its callers turn into "no baseline" or a clean error.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type RetryInfo } from '../../src/sources/github/client.js';
import { downloadArtifactZip } from '../../src/sources/github/download.js';
import { GitHubApiError } from '../../src/sources/github/errors.js';
import { zipFiles } from '../fake-github/server.js';

const ZIP = Buffer.from(zipFiles({ 'perf.jsonl': `${'{"type":"x"}\n'.repeat(2000)}` }));
const JSON_BODY = JSON.stringify({ full_name: 'o/r', default_branch: 'main', padding: 'a'.repeat(4000) });

let server: http.Server;
let url = '';
/** How many of the next answers lose their connection after the headers. */
let drops = 0;
const served: string[] = [];
beforeAll(async () => {
  server = http.createServer((req, res) => {
    served.push(req.url ?? '');
    if (req.url?.includes('/actions/artifacts/')) {
      res.writeHead(302, { location: `${url}/a.zip?sig=SECRET&se=2099` });
      return res.end();
    }
    const zip = req.url?.startsWith('/a.zip');
    const body = zip ? ZIP : Buffer.from(JSON_BODY);
    res.writeHead(200, { 'content-type': zip ? 'application/zip' : 'application/json', 'content-length': String(body.length) });
    if (drops > 0) {
      drops--;
      // Headers promise the whole body; 100 bytes arrive, then the socket is destroyed.
      res.write(body.subarray(0, 100));
      setTimeout(() => res.socket?.destroy(), 20);
      return;
    }
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  served.length = 0;
  drops = 0;
});

function client(retries = 3) {
  const log: RetryInfo[] = [];
  const c = createGitHubClient({ token: 'ghs_test', apiUrl: url, userAgent: 't', retries, retryUnitMs: 1, onRetry: (r) => log.push(r) });
  return { c, log };
}
const getRepo = (c: ReturnType<typeof client>['c']) => c.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' });

describe('a connection lost while reading the body', () => {
  it('is retried for a JSON answer, which then arrives whole', async () => {
    drops = 2;
    const { c, log } = client();
    const { data } = await getRepo(c);
    expect(data.default_branch).toBe('main');
    expect(served).toEqual(['/repos/o/r', '/repos/o/r', '/repos/o/r']);
    expect(log.map((r) => [r.attempt, r.status, r.path])).toEqual([
      [1, 0, '/repos/o/r'],
      [2, 0, '/repos/o/r'],
    ]);
    expect(log[0]!.reason).toMatch(/^connection lost while reading the response/);
  });

  it('is retried for a download, from a fresh signed URL, which then arrives whole', async () => {
    drops = 1;
    const { c, log } = client();
    const buf = await downloadArtifactZip(c, { owner: 'o', repo: 'r', artifactId: 5, maxBytes: 1 << 20 });
    expect(buf.equals(ZIP)).toBe(true);
    expect(served.map((s) => s.split('?')[0])).toEqual(['/repos/o/r/actions/artifacts/5/zip', '/a.zip', '/repos/o/r/actions/artifacts/5/zip', '/a.zip']);
    expect(log).toHaveLength(1);
    expect(log[0]!.reason).toMatch(/^connection lost while reading the response/);
    expect(JSON.stringify(log)).not.toContain('SECRET');
  });

  it('when every attempt drops: a GitHubApiError with status 0 naming the request and the attempts', async () => {
    drops = 10;
    const { c } = client(1);
    const e = await getRepo(c).then(() => null, (x: unknown) => x);
    expect(e).toBeInstanceOf(GitHubApiError);
    expect((e as GitHubApiError).status).toBe(0);
    expect((e as Error).message).toMatch(/^GitHub API request failed on GET \/repos\/o\/r: connection lost while reading the response: .* \(hint: gave up after 2 attempts\)$/);
  });

  it('... and for a download, without the query of a signed URL in the message', async () => {
    drops = 10;
    const { c } = client(1);
    const e = await downloadArtifactZip(c, { owner: 'o', repo: 'r', artifactId: 5, maxBytes: 1 << 20 }).then(() => null, (x: unknown) => x);
    expect(e).toBeInstanceOf(GitHubApiError);
    expect((e as GitHubApiError).status).toBe(0);
    expect((e as Error).message).toMatch(/^GitHub API request failed on GET http:\/\/127\.0\.0\.1:\d+\/a\.zip: connection lost while reading the response: .* \(hint: gave up after 2 attempts\)$/);
    expect((e as Error).message).not.toContain('SECRET');
  });
});
