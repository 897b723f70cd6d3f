/**
 * A response whose connection drops after the headers (a proxy reset mid-download): the client
 * throws a GitHubApiError (status 0) naming the request, which its callers turn into "no
 * baseline" or a clean error, instead of undici's bare 'terminated' ending the action.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/sources/github/client.js';
import { GitHubApiError } from '../../src/sources/github/errors.js';

let server: http.Server;
let url = '';
beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url?.includes('/actions/artifacts/')) {
      res.writeHead(302, { location: `${url}/a.zip?sig=SECRET&se=2099` });
      return res.end();
    }
    // Headers promise 5,000 bytes; 100 arrive, then the socket is destroyed.
    res.writeHead(200, { 'content-type': req.url?.endsWith('.zip') ? 'application/zip' : 'application/json', 'content-length': '5000' });
    res.write(req.url?.endsWith('.zip') ? Buffer.alloc(100, 1) : `{"x":"${'a'.repeat(92)}`);
    setTimeout(() => res.socket?.destroy(), 20);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('a connection lost while reading the body', () => {
  const client = () => createGitHubClient({ token: 'ghs_test', apiUrl: url, userAgent: 't', retries: 0, sleep: async () => {} });

  it('is a GitHubApiError with status 0 for a JSON request', async () => {
    const e = await client().request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' }).then(() => null, (x: unknown) => x);
    expect(e).toBeInstanceOf(GitHubApiError);
    expect((e as GitHubApiError).status).toBe(0);
    expect((e as Error).message).toMatch(/connection lost while reading the response/);
  });

  it('and for a download, without the query of a signed URL in the message', async () => {
    const e = await client().download('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/zip', { owner: 'o', repo: 'r', artifact_id: 5 }, { maxBytes: 1 << 20 }).then(() => null, (x: unknown) => x);
    expect(e).toBeInstanceOf(GitHubApiError);
    expect((e as GitHubApiError).status).toBe(0);
    expect((e as Error).message).toMatch(/connection lost while reading the response/);
    expect((e as Error).message).not.toContain('SECRET');
  });
});
