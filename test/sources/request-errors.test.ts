/**
 * The project's hints as a mapping on Octokit's RequestError: built from RequestErrors as
 * @octokit/request throws them, without any HTTP.
 */
import { RequestError } from '@octokit/request-error';
import { describe, expect, it } from 'vitest';
import { GitHubApiError, isForbidden, redactor } from '../../src/sources/github/errors.js';
import { displayPath, rateLimit, toGitHubApiError, type RequestErrorContext } from '../../src/sources/github/request-errors.js';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const ctx = (o: Partial<RequestErrorContext> = {}): RequestErrorContext => ({ apiPath: '/', attempts: 1, retried: true, maxRetryAfterMs: 120_000, redact: redactor('ghs_secretToken42'), now: () => NOW, ...o });

function answer(status: number, method: string, path: string, data: unknown, headers: Record<string, string> = {}): RequestError {
  const url = `https://api.github.com${path}?per_page=100`;
  return new RequestError('ignored', status, {
    request: { method: method as 'GET', url, headers: { authorization: 'token ghs_secretToken42' } },
    response: { status, url, headers, data },
  });
}
const map = (e: unknown, c = ctx()) => toGitHubApiError(e, c) as GitHubApiError;
const hint = (status: number, method: string, path: string, message = 'msg', headers: Record<string, string> = {}) => map(answer(status, method, path, { message }, headers)).hint;

describe('toGitHubApiError', () => {
  it('one line naming the status, method, path (no query) and GitHub message with its error details', () => {
    const e = map(answer(422, 'POST', '/repos/o/r/issues', { message: 'Validation Failed', errors: [{ field: 'title', code: 'missing_field' }, 'x'], documentation_url: 'https://docs.github.com/rest' }, { 'x-github-request-id': 'AB:CD' }));
    expect(e).toBeInstanceOf(GitHubApiError);
    expect(e.message).toBe('GitHub API 422 on POST /repos/o/r/issues: Validation Failed [title missing_field; x]');
    expect(e).toMatchObject({ status: 422, method: 'POST', path: '/repos/o/r/issues', documentationUrl: 'https://docs.github.com/rest', requestId: 'AB:CD', rateLimited: false });
  });

  it('permission hints by status and route', () => {
    expect(hint(401, 'GET', '/repos/o/r')).toBe('bad or expired token (check the `github-token` input)');
    expect(hint(403, 'GET', '/repos/o/r/actions/runs/1/artifacts')).toBe('needs `actions: read` permission (or the run/artifact does not exist)');
    expect(hint(404, 'GET', '/repos/o/r/actions/artifacts/5/zip')).toBe('needs `actions: read` permission (or the run/artifact does not exist)');
    expect(hint(410, 'GET', '/repos/o/r/actions/artifacts/5/zip')).toBe('artifact expired');
    expect(hint(403, 'POST', '/repos/o/r/issues/7/comments')).toBe('needs `pull-requests: write` (or `issues: write`) permission; fork PRs get a read-only token');
    expect(hint(403, 'PATCH', '/repos/o/r/issues/comments/9')).toBe('needs `pull-requests: write` (or `issues: write`) permission; fork PRs get a read-only token');
    expect(hint(403, 'POST', '/repos/o/r/issues')).toBe('needs `issues: write` permission');
    expect(hint(404, 'GET', '/repos/o/r')).toBe('repository not found, or the token cannot see it');
    expect(hint(422, 'PATCH', '/repos/o/r/issues/comments/9', 'Body is too long')).toBe('body over 65,536 characters');
    expect(isForbidden(map(answer(403, 'POST', '/repos/o/r/issues/7/comments', { message: 'Resource not accessible by integration' })))).toBe(true);
  });

  it('a rate limit is never a permission problem: 429, or a 403 with retry-after, remaining 0 or a rate-limit message', () => {
    const over = map(answer(403, 'POST', '/repos/o/r/issues/7/comments', { message: 'You have exceeded a secondary rate limit.' }, { 'retry-after': '3600' }));
    expect(over.rateLimited).toBe(true);
    expect(isForbidden(over)).toBe(false);
    expect(over.hint).toBe('secondary rate limit: GitHub asks to wait 3600 s, longer than the 120 s this action waits; not a permission problem, try again later');
    const primary = map(answer(403, 'GET', '/repos/o/r/issues', { message: 'API rate limit exceeded' }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 600) }));
    expect(primary.hint).toBe('rate limit exhausted: GitHub asks to wait 600 s, longer than the 120 s this action waits; resets at 2026-01-01T00:10:00.000Z; not a permission problem, try again later');
    expect(map(answer(429, 'GET', '/repos/o/r', { message: 'slow down' })).hint).toBe('secondary rate limit; not a permission problem, try again later');
    expect(rateLimit(403, {}, 'Resource not accessible by integration', NOW)).toBeUndefined();
    expect(rateLimit(403, { 'retry-after': '30' }, 'Forbidden', NOW)).toEqual({ kind: 'secondary', waitMs: 30_000 });
  });

  it('a server error: how many attempts were made, or that a POST was not retried at all', () => {
    expect(map(answer(502, 'GET', '/repos/o/r', { message: 'Server Error' }), ctx({ attempts: 4 })).hint).toBe('GitHub server error; gave up after 4 attempts');
    const post = map(answer(502, 'POST', '/repos/o/r/issues/7/comments', { message: 'Server Error' }), ctx({ retried: false }));
    expect(post.hint).toBe('GitHub server error; POST not retried: it may already have been applied');
    expect(post.message).not.toMatch(/retries exhausted|attempts/);
  });

  it('no answer at all: status 0 with the cause; the token and signed queries never appear', () => {
    const cause = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    const e = map(new RequestError('fetch failed', 500, { request: { method: 'GET', url: 'https://api.github.com/repos/o/r?sig=abc', headers: {} }, cause }), ctx({ attempts: 2 }));
    expect(e.message).toBe('GitHub API request failed on GET /repos/o/r: connect ECONNREFUSED (ECONNREFUSED) (hint: gave up after 2 attempts)');
    const echo = map(answer(500, 'GET', '/repos/o/r', { message: 'echo ghs_secretToken42 https://blob/x?sig=SECRET&se=1' }));
    expect(echo.message).not.toContain('ghs_secretToken42');
    expect(echo.message).not.toContain('SECRET');
  });

  it('other errors pass through; GHES paths lose their /api/v3 prefix', () => {
    const plain = new Error('x');
    expect(toGitHubApiError(plain, ctx())).toBe(plain);
    expect(displayPath('https://ghe.example/api/v3/repos/o/r?page=2', '/api/v3')).toBe('/repos/o/r');
    expect(displayPath('https://api.github.com/repos/o/r', '/')).toBe('/repos/o/r');
  });
});
