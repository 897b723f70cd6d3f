/**
 * Octokit's `RequestError` (and a failure before any answer) as one {@link GitHubApiError} line
 * with the project's hints: which permission is missing, that a fork PR has a read-only token,
 * that a rate limit is not a permission problem, whether a server error was retried. Pure.
 */
import { RequestError } from '@octokit/request-error';
import { GitHubApiError, oneLine } from './errors.js';

export interface RequestErrorContext {
  /** Path of the API URL (GHES: `/api/v3`), stripped from the paths shown. */
  apiPath: string;
  /** Attempts made for this request, retries included. */
  attempts: number;
  /** Whether this request was eligible for retries at all (a POST is not: see client.ts). */
  retried: boolean;
  /** Longest wait a rate limit may ask for before the client gives up instead. */
  maxRetryAfterMs: number;
  redact: (s: string) => string;
  now?: () => number;
}

type Headers = Record<string, string | number | undefined>;

/** Anything thrown out of an Octokit request, as a GitHubApiError; other errors pass through. */
export function toGitHubApiError(e: unknown, c: RequestErrorContext): unknown {
  if (e instanceof GitHubApiError) return e;
  if (!(e instanceof RequestError)) return e;
  const method = e.request.method;
  const path = c.redact(displayPath(e.request.url, c.apiPath));
  if (!e.response) {
    // @octokit/request answers a failed fetch with a RequestError of status 500 and no response.
    const cause = (e as { cause?: unknown }).cause;
    return new GitHubApiError({
      status: 0,
      method,
      path,
      githubMessage: c.redact(oneLine(describeNetworkError(cause ?? e), 400)),
      hint: c.retried ? (c.attempts > 1 ? `gave up after ${c.attempts} attempts` : undefined) : 'not retried: a POST may already have been applied',
      attempts: c.attempts,
    });
  }
  const headers = e.response.headers as Headers;
  const { message, documentationUrl } = githubMessage(e.response.data, e.message);
  const limit = rateLimit(e.status, headers, message, c.now?.() ?? Date.now());
  return new GitHubApiError({
    status: e.status,
    method,
    path,
    githubMessage: c.redact(oneLine(message, 400)),
    hint: limit ? rateLimitHint(limit, c.maxRetryAfterMs) : hintFor(e.status, method, path, message, c),
    documentationUrl: documentationUrl === undefined ? undefined : c.redact(oneLine(documentationUrl, 300)),
    requestId: c.redact(oneLine(String(headers['x-github-request-id'] ?? ''), 100)) || undefined,
    rateLimited: limit !== undefined,
    attempts: c.attempts,
  });
}

/** The URL's path without the query and without the API URL's own path (GHES `/api/v3`). */
export function displayPath(url: string, apiPath: string): string {
  let p: string;
  try {
    p = new URL(url).pathname;
  } catch {
    p = url.split('?')[0] ?? url;
  }
  const base = apiPath.replace(/\/+$/, '');
  return base && p.startsWith(`${base}/`) ? p.slice(base.length) : p;
}

/** GitHub's `message` with its `errors` details, and its documentation link. */
function githubMessage(data: unknown, fallback: string): { message: string; documentationUrl?: string } {
  if (typeof data === 'string') return { message: data && data.length < 300 && !/<html/i.test(data) ? data : fallback };
  if (!data || typeof data !== 'object') return { message: fallback };
  const j = data as { message?: unknown; documentation_url?: unknown; errors?: unknown };
  let message = typeof j.message === 'string' && j.message ? j.message : fallback;
  if (Array.isArray(j.errors) && j.errors.length) {
    const details = j.errors
      .map((x) => (typeof x === 'string' ? x : typeof x?.message === 'string' ? x.message : typeof x?.code === 'string' ? `${x.field ?? ''} ${x.code}` : ''))
      .filter(Boolean)
      .join('; ');
    if (details) message += ` [${details}]`;
  }
  return { message, ...(typeof j.documentation_url === 'string' ? { documentationUrl: j.documentation_url } : {}) };
}

export interface RateLimit {
  kind: 'primary' | 'secondary';
  /** What GitHub asks to wait, when it says. */
  waitMs?: number;
  /** When the primary limit resets (ms since the epoch). */
  resetAt?: number;
}

/**
 * A rate limit, from the answer alone: a 429, or a 403 with `retry-after`, `x-ratelimit-remaining: 0`
 * or a message naming a rate limit. Undefined for anything else (a 403 is then a permission problem).
 */
export function rateLimit(status: number, headers: Headers, message: string, now: number): RateLimit | undefined {
  const retryAfter = parseRetryAfter(headers['retry-after'] === undefined ? null : String(headers['retry-after']), now);
  const exhausted = String(headers['x-ratelimit-remaining'] ?? '') === '0';
  const said = /rate limit/i.test(message);
  if (status !== 429 && !(status === 403 && (retryAfter !== undefined || exhausted || said))) return undefined;
  const reset = Number(headers['x-ratelimit-reset']);
  if (exhausted && retryAfter === undefined && Number.isFinite(reset) && reset > 0) {
    return { kind: 'primary', resetAt: reset * 1000, waitMs: Math.max(0, reset * 1000 - now) };
  }
  return { kind: exhausted ? 'primary' : 'secondary', ...(retryAfter !== undefined ? { waitMs: retryAfter } : {}) };
}

function rateLimitHint(l: RateLimit, maxRetryAfterMs: number): string {
  const what = l.kind === 'primary' ? 'rate limit exhausted' : 'secondary rate limit';
  const reset = l.resetAt !== undefined ? `; resets at ${new Date(l.resetAt).toISOString()}` : '';
  if (l.waitMs !== undefined && l.waitMs > maxRetryAfterMs) {
    return `${what}: GitHub asks to wait ${Math.round(l.waitMs / 1000)} s, longer than the ${Math.round(maxRetryAfterMs / 1000)} s this action waits${reset}; not a permission problem, try again later`;
  }
  return `${what}${reset}; not a permission problem, try again later`;
}

function hintFor(s: number, method: string, path: string, message: string, c: RequestErrorContext): string | undefined {
  const actions = /\/actions\//.test(path);
  if (s === 401) return 'bad or expired token (check the `github-token` input)';
  if ((s === 403 || s === 404) && actions) return 'needs `actions: read` permission (or the run/artifact does not exist)';
  if (s === 410) return actions ? 'artifact expired' : 'resource is gone';
  if (s === 403 && /\/issues\/\d+\/comments|\/issues\/comments\//.test(path))
    return 'needs `pull-requests: write` (or `issues: write`) permission; fork PRs get a read-only token';
  if (s === 403 && /\/issues(\/|$)/.test(path)) return 'needs `issues: write` permission';
  if (s === 404 && /^\/repos\/[^/]+\/[^/]+$/.test(path)) return 'repository not found, or the token cannot see it';
  if (s === 422 && /too long/i.test(message)) return 'body over 65,536 characters';
  if (s >= 500) {
    if (!c.retried) return `GitHub server error; ${method} not retried: it may already have been applied`;
    return c.attempts > 1 ? `GitHub server error; gave up after ${c.attempts} attempts` : 'GitHub server error';
  }
  return undefined;
}

/** `retry-after` in ms (delta-seconds or HTTP date), or undefined. */
export function parseRetryAfter(v: string | null, now: number = Date.now()): number | undefined {
  if (v === null || v.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(v.trim())) return Math.round(Number(v) * 1000);
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

/** A failed fetch in a few words: 'request timed out', or the message with the cause's code. */
export function describeNetworkError(e: unknown): string {
  if (e instanceof Error) {
    if (e.name === 'TimeoutError' || e.name === 'AbortError') return 'request timed out';
    const cause = (e as { cause?: { code?: unknown; message?: unknown } }).cause;
    const code = typeof cause?.code === 'string' ? cause.code : undefined;
    const inner = typeof cause?.message === 'string' && e.message === 'fetch failed' ? cause.message : e.message;
    return code ? `${inner} (${code})` : inner;
  }
  return String(e);
}
