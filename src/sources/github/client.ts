/**
 * A tiny GitHub REST client on top of global `fetch`.
 *
 * - Octokit-style routes: `request('GET /repos/{owner}/{repo}', { owner, repo, per_page: 100 })`.
 *   Placeholders are filled (URL-encoded) from params; other params become the query string
 *   (GET/DELETE) or the JSON body (POST/PATCH/PUT).
 * - Retries with exponential backoff + jitter on 5xx, 429, secondary rate limits (403 with
 *   `retry-after`, `x-ratelimit-remaining: 0`, or a "secondary rate limit" message) and network
 *   errors, honouring `retry-after` / `x-ratelimit-reset`. POST is only retried on rate limits
 *   (a 5xx may have created the comment/issue already).
 * - Failures become one-line {@link GitHubApiError}s with a hint. The token never appears in a
 *   message; signed URLs are reported without their query string.
 * - `download()` follows redirects by hand and drops `Authorization` when the target origin
 *   differs from the API origin (the signed blob URL), and enforces a byte cap while streaming.
 *
 * Pure logic elsewhere takes a {@link GitHubClient}; nothing here imports `@actions/*`.
 */
import { ArtifactDownloadError, GitHubApiError, oneLine } from './errors.js';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type RequestParams = Record<string, unknown>;

export interface GitHubResponse<T> {
  status: number;
  headers: Headers;
  data: T;
  /** Final URL (query removed). */
  url: string;
}

export interface RetryInfo {
  attempt: number;
  delayMs: number;
  method: string;
  path: string;
  /** HTTP status, or 0 for a network error. */
  status: number;
  reason: string;
}

export interface GitHubClientOptions {
  token: string;
  /** `GITHUB_API_URL`; default `https://api.github.com`. May carry a path (GHES: `/api/v3`). */
  apiUrl?: string;
  userAgent: string;
  /** Retries after the first attempt (max attempts = retries + 1). Default 3. */
  retries?: number;
  /** Injectable for tests. Default: setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Injectable jitter source in [0,1). Default Math.random. */
  random?: () => number;
  /** First backoff step. Default 1000 ms (doubles per attempt, jittered to 50–100%). */
  baseDelayMs?: number;
  /** Backoff ceiling. Default 30 s. */
  maxDelayMs?: number;
  /** Longest `retry-after`/reset wait we accept; longer → fail now. Default 120 s. */
  maxRetryAfterMs?: number;
  /** Per-request timeout for API calls. Default 30 s. */
  timeoutMs?: number;
  /** Called before each retry sleep (e.g. to log through core.info). */
  onRetry?: (info: RetryInfo) => void;
  /** Injectable fetch. Default global fetch. */
  fetch?: typeof fetch;
}

export interface PageOptions {
  /** Key of the array in object responses (`workflow_runs`, `artifacts`); omit for array bodies. */
  itemsKey?: string;
  /** Stop after this many pages. Default 50. */
  maxPages?: number;
}

export interface PaginateOptions extends PageOptions {
  /** Stop after this many items. Default 10,000. */
  maxItems?: number;
}

export interface DownloadOptions {
  maxBytes: number;
  /** Whole-download timeout. Default 10 min. */
  timeoutMs?: number;
  /** Default 5. */
  maxRedirects?: number;
}

export interface GitHubClient {
  readonly apiUrl: string;
  request<T = unknown>(route: string, params?: RequestParams): Promise<GitHubResponse<T>>;
  /** Pages of items, following `Link: rel="next"` (same origin only) or `page` increments. */
  pages<T>(route: string, params?: RequestParams, options?: PageOptions): AsyncGenerator<T[], void, void>;
  paginate<T>(route: string, params?: RequestParams, options?: PaginateOptions): Promise<T[]>;
  /** GET a binary resource (following redirects without auth off-origin) into a Buffer. */
  download(route: string, params: RequestParams, options: DownloadOptions): Promise<Buffer>;
}

export const DEFAULT_API_URL = 'https://api.github.com';

/** Query parameters that carry a signed URL's credentials. */
const SIGNED_QUERY_PARAM = /([?&](?:sig|signature|se|st|sp|sv|sr|spr|skoid|sktid|skt|ske|sks|skv|rscd|X-Amz-[A-Za-z-]+|token|access_token)=)[^&\s"'<>]+/gi;

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE']);

interface Prepared {
  method: HttpMethod;
  route: string;
  path: string;
  url: URL;
  body: string | undefined;
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const apiUrl = (options.apiUrl?.trim() || DEFAULT_API_URL).replace(/\/+$/, '');
  let apiOrigin: string;
  try {
    const u = new URL(apiUrl);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error('protocol');
    apiOrigin = u.origin;
  } catch {
    throw new Error(`Invalid GitHub API URL '${oneLine(apiUrl, 200)}' (GITHUB_API_URL must be an http(s) URL)`);
  }
  const token = options.token ?? '';
  const retries = Math.max(0, Math.floor(options.retries ?? 3));
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const random = options.random ?? Math.random;
  const baseDelayMs = options.baseDelayMs ?? 1000;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 120_000;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const fetchImpl = options.fetch ?? fetch;

  // The token, and the signature parts of signed blob URLs (Azure SAS, S3 presigned) that an error
  // body may quote, never reach a message, a field of an error, or the log.
  const redact = (s: string): string => {
    const t = token.length >= 4 ? s.split(token).join('***') : s;
    return t.replace(SIGNED_QUERY_PARAM, '$1***');
  };

  function baseHeaders(withAuth: boolean): Record<string, string> {
    const h: Record<string, string> = {
      accept: 'application/vnd.github+json',
      'user-agent': options.userAgent,
      'x-github-api-version': '2022-11-28',
    };
    if (withAuth && token) h.authorization = `Bearer ${token}`;
    return h;
  }

  function prepare(route: string, params: RequestParams = {}): Prepared {
    const m = /^(GET|POST|PATCH|PUT|DELETE)\s+(\/\S*)$/.exec(route.trim());
    if (!m) throw new Error(`Bad route '${route}' (expected 'METHOD /path')`);
    const method = m[1] as HttpMethod;
    const template = m[2]!;
    const rest: RequestParams = { ...params };
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
      const v = rest[name];
      if (v === undefined || v === null || v === '') throw new Error(`Missing parameter '${name}' for ${route}`);
      delete rest[name];
      return encodeURIComponent(String(v));
    });
    const url = new URL(apiUrl + path);
    let body: string | undefined;
    if (method === 'GET' || method === 'DELETE') {
      for (const [k, v] of Object.entries(rest)) {
        if (v === undefined || v === null) continue;
        url.searchParams.set(k, Array.isArray(v) ? v.join(',') : String(v));
      }
    } else {
      const clean = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
      body = JSON.stringify(clean);
    }
    return { method, route: `${method} ${template}`, path, url, body };
  }

  function backoff(attempt: number): number {
    const step = Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);
    return Math.round(step / 2 + random() * (step / 2));
  }

  /** Decide whether (and how long) to wait before retrying; undefined = don't retry. */
  async function retryDelay(
    res: Response | undefined,
    attempt: number,
    idempotent: boolean,
  ): Promise<{ delayMs: number; reason: string } | { tooLong: string } | undefined> {
    if (!res) return idempotent ? { delayMs: backoff(attempt), reason: 'network error' } : undefined;
    const s = res.status;
    const retryAfter = parseRetryAfter(res.headers.get('retry-after'));
    const remaining = res.headers.get('x-ratelimit-remaining');
    const reset = Number(res.headers.get('x-ratelimit-reset'));
    let rateLimited = s === 429;
    if (s === 403) {
      if (retryAfter !== undefined || remaining === '0') rateLimited = true;
      else {
        const text = await res.clone().text().catch(() => '');
        if (/rate limit/i.test(text)) rateLimited = true;
      }
    }
    if (rateLimited) {
      let delayMs: number;
      if (retryAfter !== undefined) delayMs = retryAfter;
      else if (remaining === '0' && Number.isFinite(reset) && reset > 0) delayMs = Math.max(0, reset * 1000 - Date.now()) + 1000;
      else delayMs = Math.max(60_000, backoff(attempt)); // GitHub: wait at least a minute
      if (delayMs > maxRetryAfterMs) return { tooLong: `rate limited; GitHub asks to wait ${Math.round(delayMs / 1000)} s` };
      return { delayMs, reason: `${s} rate limit` };
    }
    if (s >= 500 && s <= 599 && idempotent) return { delayMs: backoff(attempt), reason: `${s} server error` };
    return undefined;
  }

  /** fetch with retries. Returns the last response (any status); throws on final network error. */
  async function send(p: Prepared, init: RequestInit, timeout: number, display: { route: string; path: string }): Promise<Response> {
    const idempotent = IDEMPOTENT.has(p.method);
    for (let attempt = 0; ; attempt++) {
      let res: Response | undefined;
      let netError: unknown;
      try {
        res = await fetchImpl(p.url, { ...init, method: p.method, signal: AbortSignal.timeout(timeout) });
      } catch (e) {
        netError = e;
      }
      const decision = attempt < retries ? await retryDelay(res, attempt, idempotent) : undefined;
      if (!decision || 'tooLong' in decision) {
        if (res) return res;
        throw new GitHubApiError({
          status: 0,
          method: p.method,
          route: display.route,
          path: display.path,
          githubMessage: redact(describeNetworkError(netError)),
          hint: attempt > 0 ? `gave up after ${attempt + 1} attempts` : undefined,
        });
      }
      await res?.body?.cancel().catch(() => undefined);
      options.onRetry?.({ attempt: attempt + 1, delayMs: decision.delayMs, method: p.method, path: display.path, status: res?.status ?? 0, reason: decision.reason });
      await sleep(decision.delayMs);
    }
  }

  async function toError(res: Response, p: { method: string; route: string; path: string }): Promise<GitHubApiError> {
    const text = await res.text().catch(() => '');
    let message = res.statusText || `HTTP ${res.status}`;
    let documentationUrl: string | undefined;
    try {
      const j = JSON.parse(text) as { message?: unknown; documentation_url?: unknown; errors?: unknown };
      if (typeof j.message === 'string' && j.message) message = j.message;
      if (typeof j.documentation_url === 'string') documentationUrl = j.documentation_url;
      if (Array.isArray(j.errors) && j.errors.length) {
        const details = j.errors
          .map((e) => (typeof e === 'string' ? e : typeof e?.message === 'string' ? e.message : typeof e?.code === 'string' ? `${e.field ?? ''} ${e.code}` : ''))
          .filter(Boolean)
          .join('; ');
        if (details) message += ` [${details}]`;
      }
    } catch {
      if (text && text.length < 300 && !/<html/i.test(text)) message = text;
    }
    return new GitHubApiError({
      status: res.status,
      method: p.method,
      route: p.route,
      path: p.path,
      githubMessage: redact(oneLine(message, 400)),
      hint: hintFor(res, p.path, message),
      documentationUrl: documentationUrl === undefined ? undefined : redact(oneLine(documentationUrl, 300)),
      requestId: redact(oneLine(res.headers.get('x-github-request-id') ?? '', 100)) || undefined,
    });
  }

  async function request<T>(route: string, params?: RequestParams): Promise<GitHubResponse<T>> {
    const p = prepare(route, params);
    return requestPrepared<T>(p);
  }

  async function requestPrepared<T>(p: Prepared): Promise<GitHubResponse<T>> {
    const headers = baseHeaders(true);
    if (p.body !== undefined) headers['content-type'] = 'application/json';
    const res = await send(p, { headers, body: p.body, redirect: 'follow' }, timeoutMs, p);
    if (!res.ok) throw await toError(res, p);
    const text = await readBody(() => res.text(), p, redact);
    let data: unknown = undefined;
    if (text) {
      try {
        data = JSON.parse(text);
      } catch {
        data = text;
      }
    }
    return { status: res.status, headers: res.headers, data: data as T, url: stripQuery(res.url || p.url.href) };
  }

  async function* pages<T>(route: string, params: RequestParams = {}, opts: PageOptions = {}): AsyncGenerator<T[], void, void> {
    const maxPages = opts.maxPages ?? 50;
    let p: Prepared | undefined = prepare(route, params);
    const perPage = Number(p.url.searchParams.get('per_page') ?? 30);
    for (let page = 1; p && page <= maxPages; page++) {
      const res: GitHubResponse<unknown> = await requestPrepared<unknown>(p);
      const raw = opts.itemsKey ? (res.data as Record<string, unknown> | undefined)?.[opts.itemsKey] : res.data;
      const items = Array.isArray(raw) ? (raw as T[]) : [];
      yield items;
      const next = nextLink(res.headers.get('link'));
      if (next) {
        const u: URL = new URL(next, p.url);
        if (u.origin !== apiOrigin) break; // never send the token elsewhere
        p = { ...p, url: u, path: u.pathname };
      } else if (res.headers.get('link') === null && items.length >= perPage && items.length > 0) {
        const u: URL = new URL(p.url);
        u.searchParams.set('page', String(Number(u.searchParams.get('page') ?? 1) + 1));
        p = { ...p, url: u };
      } else {
        p = undefined;
      }
    }
  }

  async function paginate<T>(route: string, params?: RequestParams, opts: PaginateOptions = {}): Promise<T[]> {
    const maxItems = opts.maxItems ?? 10_000;
    const out: T[] = [];
    for await (const items of pages<T>(route, params, opts)) {
      for (const it of items) {
        out.push(it);
        if (out.length >= maxItems) return out;
      }
    }
    return out;
  }

  async function download(route: string, params: RequestParams, opts: DownloadOptions): Promise<Buffer> {
    const maxRedirects = opts.maxRedirects ?? 5;
    const timeout = opts.timeoutMs ?? 600_000;
    const first = prepare(route, params);
    let current: Prepared = first;
    let withAuth = true;
    for (let hop = 0; ; hop++) {
      const display = withAuth ? first : { method: 'GET', route: `GET ${current.url.origin}`, path: stripQuery(current.url.href) };
      const res = await send(current, { headers: baseHeaders(withAuth), redirect: 'manual' }, timeout, display);
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        await res.body?.cancel().catch(() => undefined);
        if (hop >= maxRedirects) throw new GitHubApiError({ status: res.status, method: 'GET', route: display.route, path: display.path, githubMessage: `more than ${maxRedirects} redirects` });
        const target = new URL(res.headers.get('location')!, current.url);
        if (target.protocol !== 'https:' && target.protocol !== 'http:') throw new GitHubApiError({ status: res.status, method: 'GET', route: display.route, path: display.path, githubMessage: `refusing redirect to ${target.protocol} URL` });
        if (current.url.protocol === 'https:' && target.protocol === 'http:') throw new GitHubApiError({ status: res.status, method: 'GET', route: display.route, path: display.path, githubMessage: 'refusing https → http redirect' });
        // Only keep the token while we stay on the API origin; signed storage URLs need none.
        withAuth = withAuth && target.origin === apiOrigin;
        current = { method: 'GET', route: `GET ${target.origin}`, path: target.pathname, url: target, body: undefined };
        continue;
      }
      if (!res.ok) throw await toError(res, display);
      return readBody(() => readCapped(res, opts.maxBytes, display.path), display, redact);
    }
  }

  return { apiUrl, request, pages, paginate, download };
}

/**
 * A response body read after its headers: a connection that drops or times out then is an API
 * error (status 0) naming the request, like one that fails before the headers, so that callers
 * which degrade on API errors (no baseline, a warning) do so instead of ending the run with
 * undici's bare 'terminated'. The download's own limit errors pass through.
 */
async function readBody<T>(read: () => Promise<T>, what: { method: string; route: string; path: string }, redact: (s: string) => string): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof GitHubApiError || e instanceof ArtifactDownloadError) throw e;
    throw new GitHubApiError({ status: 0, method: what.method, route: what.route, path: what.path, githubMessage: redact(`connection lost while reading the response: ${describeNetworkError(e)}`) });
  }
}

async function readCapped(res: Response, maxBytes: number, what: string): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new ArtifactDownloadError(`${what} is ${fmtBytes(declared)}, over the ${fmtBytes(maxBytes)} download limit`);
  }
  if (!res.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new ArtifactDownloadError(`${what} exceeded the ${fmtBytes(maxBytes)} download limit (stopped after ${fmtBytes(total)})`);
    }
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
  return Buffer.concat(chunks, total);
}

export function fmtBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}

/** `retry-after` in ms (delta-seconds or HTTP date), or undefined. */
export function parseRetryAfter(v: string | null): number | undefined {
  if (v === null || v.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(v.trim())) return Math.round(Number(v) * 1000);
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : Math.max(0, t - Date.now());
}

function nextLink(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1];
  }
  return undefined;
}

function stripQuery(href: string): string {
  try {
    const u = new URL(href);
    return `${u.origin}${u.pathname}`;
  } catch {
    return href.split('?')[0] ?? href;
  }
}

function describeNetworkError(e: unknown): string {
  if (e instanceof Error) {
    if (e.name === 'TimeoutError' || e.name === 'AbortError') return 'request timed out';
    const cause = (e as { cause?: { code?: unknown; message?: unknown } }).cause;
    const code = typeof cause?.code === 'string' ? cause.code : undefined;
    return code ? `${e.message} (${code})` : e.message;
  }
  return String(e);
}

function hintFor(res: Response, path: string, message: string): string | undefined {
  const s = res.status;
  const actions = /\/actions\//.test(path);
  if (s === 401) return 'bad or expired token (check the `github-token` input)';
  if (s === 403 && (res.headers.get('x-ratelimit-remaining') === '0' || /rate limit/i.test(message))) {
    const reset = Number(res.headers.get('x-ratelimit-reset'));
    return Number.isFinite(reset) && reset > 0 ? `rate limit exhausted; resets at ${new Date(reset * 1000).toISOString()}` : 'rate limited; try again later';
  }
  if (s === 429) return 'rate limited; try again later';
  if ((s === 403 || s === 404) && actions) return 'needs `actions: read` permission (or the run/artifact does not exist)';
  if (s === 410) return actions ? 'artifact expired' : 'resource is gone';
  if (s === 403 && /\/issues\/\d+\/comments|\/issues\/comments\//.test(path))
    return 'needs `pull-requests: write` (or `issues: write`) permission; fork PRs get a read-only token';
  if (s === 403 && /\/issues(\/|$)/.test(path)) return 'needs `issues: write` permission';
  if (s === 404 && /^\/repos\/[^/]+\/[^/]+$/.test(path.replace(/^\/api\/v3/, ''))) return 'repository not found, or the token cannot see it';
  if (s === 422 && /too long/i.test(message)) return 'body over 65,536 characters';
  if (s >= 500) return 'GitHub server error; retries exhausted';
  return undefined;
}
