/**
 * The GitHub REST client: `@actions/github`'s Octokit (its proxy-aware fetch, pagination) with
 * `@octokit/plugin-retry` and `@octokit/plugin-throttling`, set up for this action:
 *
 * - retried: server errors (5xx) and failed requests, a connection lost after the headers included
 *   (fetch.ts), up to `retries` times with the retry plugin's growing waits; rate limits (429, a
 *   403 that says so, `x-ratelimit-remaining: 0`) as GitHub asks (`retry-after`, the reset time),
 *   when the wait is at most `maxRetryAfterMs`; else they fail at once, reported as a rate limit.
 * - not retried: a POST (creating a comment or an issue) on a server error or a lost connection:
 *   it may already have been applied, and a second copy is worse than a warning. Rate-limited
 *   POSTs are retried: GitHub refused them.
 * - every failure is one {@link GitHubApiError} line with a hint (request-errors.ts); the token
 *   and signed URLs' query strings never appear.
 *
 * Artifact downloads (download.ts) use the plain fetch in `client.gate` for the signed storage URL.
 */
import { defaults, getOctokitOptions, GitHub } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Octokit, OctokitOptions } from '@octokit/core';
import { oneLine, redactor } from './errors.js';
import { wholeBodyFetch } from './fetch.js';
import { describeNetworkError, displayPath, toGitHubApiError } from './request-errors.js';

export interface RetryInfo {
  /** 1 for the first retry. */
  attempt: number;
  /** The wait before this retry: waited when it starts, to come when `waiting`. */
  delayMs: number;
  /** Reported before a rate limit's wait, rather than as the retry starts. */
  waiting?: boolean;
  method: string;
  path: string;
  /** HTTP status of the failure, or 0 for a network error. */
  status: number;
  reason: string;
}

export interface GitHubClientOptions {
  token: string;
  /** `GITHUB_API_URL`; default `https://api.github.com`. May carry a path (GHES: `/api/v3`). */
  apiUrl?: string;
  userAgent: string;
  /** Retries after the first attempt. Default 3. */
  retries?: number;
  /**
   * One second of the plugins' waits, in ms (the retry plugin waits 1, 4, 9 units; a rate limit
   * the seconds GitHub asks). Default 1000; tests make it 1.
   */
  retryUnitMs?: number;
  /** Longest wait a rate limit may ask for; longer → fail now. Default 120 s. */
  maxRetryAfterMs?: number;
  /** Per-request timeout for API calls. Default 30 s. */
  timeoutMs?: number;
  /** Called as each retry starts (e.g. to log through core.info), and before a rate-limit wait. */
  onRetry?: (info: RetryInfo) => void;
  /**
   * Space writes as GitHub asks (the throttling plugin: 1 s between writes, 3 s between those that
   * notify people, such as a new comment or issue). Default true; tests turn it off.
   */
  spaceWrites?: boolean;
  /** Injectable fetch. Default: `@actions/github`'s (it honours the runner's proxy settings). */
  fetch?: typeof fetch;
}

/** What the download helper needs beside Octokit. */
export interface GateSettings {
  apiUrl: string;
  /** The fetch for signed storage URLs (no token ever goes there). */
  fetch: typeof fetch;
  retries: number;
  retryUnitMs: number;
  onRetry: (info: RetryInfo) => void;
  redact: (s: string) => string;
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_API_URL = 'https://api.github.com';

/** Statuses the retry plugin leaves alone: client errors, and 429, which the throttling plugin handles. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

type RequestOptions = { method: string; url: string; headers: Record<string, string>; request: { retries?: number } };
interface Attempts {
  n: number;
  failedAt: number;
  status: number;
  reason: string;
}

/**
 * First among the plugins, so its hooks sit inside the retry and throttling plugins' and see each
 * attempt: a POST gets no retries (see above), and every retry is counted and reported, whichever
 * plugin made it. It also hands the per-client settings to the instance (`client.gate`).
 */
function observe(octokit: Octokit, options: OctokitOptions): { gate: GateSettings } {
  const g = options.gate as GateSettings & { attempts: WeakMap<object, Attempts>; pathOf: (url: string) => string; apiOrigin: string };
  octokit.hook.before('request', (req) => {
    const r = req as unknown as RequestOptions;
    if (r.method === 'POST' && r.request.retries === undefined) r.request.retries = 0;
    r.headers['x-github-api-version'] ??= '2022-11-28';
    // The hooks see the route's template; its URL is where the request goes.
    const url = octokit.request.endpoint.parse(req).url;
    // The token goes to the API's origin only, whatever a `Link` header names as the next page.
    if (new URL(url).origin !== g.apiOrigin) throw new Error(`refusing to send the token to ${new URL(url).origin} (not the API's origin ${g.apiOrigin})`);
    const a = g.attempts.get(req);
    if (!a) return void g.attempts.set(req, { n: 1, failedAt: 0, status: 0, reason: '' });
    a.n++;
    g.onRetry({ attempt: a.n - 1, delayMs: Date.now() - a.failedAt, method: r.method, path: g.pathOf(url), status: a.status, reason: a.reason });
  });
  octokit.hook.error('request', (error, req) => {
    const a = g.attempts.get(req);
    if (a) {
      const e = error as { status?: number; response?: unknown; cause?: unknown };
      a.failedAt = Date.now();
      a.status = e.response && typeof e.status === 'number' ? e.status : 0;
      a.reason = a.status >= 500 ? `${a.status} server error` : a.status === 403 || a.status === 429 ? `${a.status} rate limit` : a.status ? `${a.status}` : g.redact(describeNetworkError(e.cause ?? error));
    }
    throw error;
  });
  return { gate: g };
}

const GateOctokit = GitHub.plugin(observe, retry, throttling);
export type GitHubClient = InstanceType<typeof GateOctokit>;

/** Stands in for the throttling plugin's write limiters (a Bottleneck group) when writes are not spaced. */
const UNSPACED = { key: () => ({ schedule: (_job: unknown, fn: (...a: unknown[]) => unknown, ...args: unknown[]) => Promise.resolve().then(() => fn(...args)) }) };

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const apiUrl = (options.apiUrl?.trim() || DEFAULT_API_URL).replace(/\/+$/, '');
  let apiPath: string;
  let apiOrigin: string;
  try {
    const u = new URL(apiUrl);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error('protocol');
    apiPath = u.pathname;
    apiOrigin = u.origin;
  } catch {
    throw new Error(`Invalid GitHub API URL '${oneLine(apiUrl, 200)}' (GITHUB_API_URL must be an http(s) URL)`);
  }
  const retries = Math.max(0, Math.floor(options.retries ?? 3));
  const unit = options.retryUnitMs ?? 1000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 120_000;
  const redact = redactor(options.token ?? '');
  const baseFetch = options.fetch ?? (defaults.request?.fetch as typeof fetch | undefined) ?? fetch;
  const onRetry = options.onRetry ?? (() => {});
  const attempts = new WeakMap<object, Attempts>();
  const pathOf = (url: string) => redact(displayPath(url, apiPath));

  // A rate limit is waited out when GitHub asks for at most `maxRetryAfterMs`; else it fails now
  // and is reported as a rate limit (request-errors.ts).
  const onLimit = (kind: string) => (retryAfter: number, req: { method: string; url: string }, o: Octokit, retryCount: number) => {
    const ok = retryAfter * 1000 <= maxRetryAfterMs && retryCount < retries;
    const url = o.request.endpoint.parse(req as Parameters<typeof o.request.endpoint.parse>[0]).url;
    if (ok) onRetry({ attempt: retryCount + 1, delayMs: retryAfter * unit, method: req.method, path: pathOf(url), status: 0, reason: kind, waiting: true });
    return ok;
  };

  const client = new GateOctokit(
    getOctokitOptions(options.token, {
      baseUrl: apiUrl,
      userAgent: options.userAgent,
      request: { fetch: wholeBodyFetch(baseFetch, options.timeoutMs ?? 30_000) },
      retry: { retries, retryAfterBaseValue: unit, doNotRetry: DO_NOT_RETRY },
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        retryAfterBaseValue: unit,
        // The plugin only calls `key(id).schedule(job, fn)` on these.
        ...(options.spaceWrites === false ? { write: UNSPACED as never, notifications: UNSPACED as never } : {}),
      },
      gate: { apiUrl, fetch: baseFetch, retries, retryUnitMs: unit, onRetry, redact, sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)), attempts, pathOf, apiOrigin },
    }),
  );

  // Outermost (registered after the plugins'): the final failure, after every retry, as one line.
  client.hook.error('request', (error, req) => {
    const r = req as unknown as RequestOptions;
    throw toGitHubApiError(error, { apiPath, attempts: attempts.get(req)?.n ?? 1, retried: (r.request.retries ?? retries) > 0, maxRetryAfterMs, redact });
  });
  return client;
}
