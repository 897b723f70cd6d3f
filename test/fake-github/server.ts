/**
 * Fake GitHub REST API for tests (unit tests and the end-to-end test of `node dist/index.js`).
 *
 * Self-contained: imports only `node:*` and `fflate`, and uses erasable TypeScript only, so it
 * runs under vitest or plain Node 24 (type stripping).
 *
 *   const gh = await startFakeGitHub({ token: 't0k', repos: { 'o/r': fakeRepo({ runs, artifacts }) } });
 *   process.env.GITHUB_API_URL = gh.url;    // http://127.0.0.1:<ephemeral port>
 *   ...; afterAll(() => gh.close());
 *
 * Listens on 127.0.0.1 with an ephemeral port only. Bounded: 1 MiB request bodies, 10 s request
 * timeout, `maxRequests` (default 10,000) requests per server, 64 connections.
 *
 * Routes (JSON shaped like GitHub's; `{o}/{r}` must be a key of `state.repos`):
 *   GET   /repos/{o}/{r}
 *   GET   /repos/{o}/{r}/actions/workflows/{file-or-id}/runs   ?branch&status&event&head_sha&per_page&page
 *   GET   /repos/{o}/{r}/actions/runs/{id}
 *   GET   /repos/{o}/{r}/actions/runs/{id}/artifacts           ?name&per_page&page
 *   GET   /repos/{o}/{r}/actions/artifacts                     ?name&per_page&page (newest first)
 *   GET   /repos/{o}/{r}/actions/artifacts/{id}
 *   GET   /repos/{o}/{r}/actions/artifacts/{id}/zip  → 302 to /_blob/{id}?sig=… on the SAME server
 *         under the OTHER host alias (127.0.0.1 ↔ localhost, or `state.blobHost`), 410 if expired.
 *   GET   /_blob/{id}  → zip bytes; 400 if an Authorization header arrives (like Azure storage).
 *   GET   /repos/{o}/{r}/issues/{n}/comments  POST same  PATCH /repos/{o}/{r}/issues/comments/{id}
 *   GET   /repos/{o}/{r}/issues ?labels&state&per_page&page   POST /repos/{o}/{r}/issues
 *   GET   /repos/{o}/{r}/issues/{n}   PATCH same
 *   GET   /repos/{o}/{r}/pulls/{n}
 *   GET   /repos/{o}/{r}/commits/{sha}/pulls
 * Lists paginate with `Link: <…>; rel="next"` (absolute URL on the host the client used).
 *
 * Auth: when `state.token` is set, API routes need `Authorization: Bearer|token <token>` (else 401).
 * New comments/issues are authored by `state.actor` (default github-actions[bot], type Bot).
 *
 * Fault injection: `state.faults` rules are checked first; a rule whose `method` (optional) and
 * `path` (exact path without query, or RegExp) match consumes the next entry of `responses`
 * (a status or `{ status, headers, body }`), e.g.
 *   { path: '/repos/o/r/actions/runs/1/artifacts', responses: [502, { status: 429, headers: { 'retry-after': '2' } }] }
 *   { method: 'POST', path: /\/issues\/\d+\/comments$/, responses: [403] }
 *   { path: '/_blob/11', responses: [{ status: 200, drop: true }] }   (connection lost after the headers)
 * Rules may be pushed while the server runs (`gh.state.faults.push(...)`).
 *
 * `requests` records every request: method, path (with query) and lower-cased headers.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';
import { closer } from './closer.js';

export interface FakeUser {
  login: string;
  type: 'Bot' | 'User';
  id?: number;
}

export const BOT: FakeUser = { login: 'github-actions[bot]', type: 'Bot', id: 41898282 };
export const HUMAN: FakeUser = { login: 'mallory', type: 'User', id: 7 };

export interface FakeRun {
  id: number;
  /** Workflow file name, e.g. `loadgen.yml`. */
  workflow: string;
  head_branch: string;
  head_sha: string;
  /** Default 'push'. */
  event?: string;
  /** Default 'completed'. */
  status?: string;
  /** Default 'success'. */
  conclusion?: string | null;
  created_at: string;
  /** Full name of the head repository; default the repo itself (set another for a fork run, null for a deleted fork's). */
  head_repository?: string | null;
  pull_requests?: Array<{ number: number; head?: { sha: string; ref?: string }; base?: { ref?: string; repo?: { url: string } } }>;
}

export interface FakeArtifact {
  id: number;
  run_id: number;
  name: string;
  /** Zip bytes (see {@link zipFiles}). */
  zip: Uint8Array;
  created_at: string;
  expires_at?: string;
  expired?: boolean;
}

export interface FakeComment {
  id: number;
  issue_number: number;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason?: string | null;
  labels: string[];
  user: FakeUser;
  created_at: string;
  updated_at: string;
}

export interface FakePull {
  number: number;
  state: 'open' | 'closed';
  head_sha: string;
  head_ref?: string;
  /** Head repo full name (fork PRs). Default the repo itself. */
  head_repo?: string;
  title?: string;
  /** Other commits the PR contains (GET /commits/{sha}/pulls lists it for them too). */
  commits?: string[];
}

export interface FakeRepo {
  default_branch: string;
  /** Optional explicit workflow ids; otherwise ids are derived from the runs' file names. */
  workflows?: Array<{ id: number; file: string }>;
  runs: FakeRun[];
  artifacts: FakeArtifact[];
  comments: FakeComment[];
  issues: FakeIssue[];
  pulls: FakePull[];
}

export interface FaultResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /**
   * Lose the connection after the headers: they promise 5,000 bytes, the first 100 arrive, then
   * the socket is destroyed (a proxy reset mid-response).
   */
  drop?: boolean;
}

export interface FaultRule {
  method?: string;
  path: string | RegExp;
  responses: Array<number | FaultResponse>;
}

export interface FakeState {
  /** Keyed by `owner/repo`. */
  repos: Record<string, FakeRepo>;
  token?: string;
  actor?: FakeUser;
  faults?: FaultRule[];
  /** Host name used in the artifact redirect. Default: the other alias of the request's host. */
  blobHost?: string;
  maxRequests?: number;
  /** Next id for created comments (and issue numbers start above the existing ones). */
  nextId?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
}

export interface FakeGitHub {
  /** `http://127.0.0.1:<port>` — use as GITHUB_API_URL. */
  url: string;
  port: number;
  requests: RecordedRequest[];
  state: FakeState;
  close(): Promise<void>;
}

export function fakeRepo(partial: Partial<FakeRepo> = {}): FakeRepo {
  return { default_branch: 'main', runs: [], artifacts: [], comments: [], issues: [], pulls: [], ...partial };
}

/** Zip a map of files; already-compressed members (.gz/.xz/.zst/.zip) are stored, others deflated. */
export function zipFiles(files: Record<string, string | Uint8Array>): Uint8Array {
  const z: Zippable = {};
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    z[name] = [data, { level: /\.(gz|xz|zst|zip|bz2)$/.test(name) ? 0 : 6, mtime: new Date('2026-01-01T00:00:00Z') }];
  }
  return zipSync(z);
}

const MAX_BODY = 1024 * 1024;
const ISO = (d = new Date()): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

class HttpError extends Error {
  status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

interface Ctx {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  method: string;
  url: URL;
  body: unknown;
  origin: string;
}

export async function startFakeGitHub(state: FakeState): Promise<FakeGitHub> {
  state.faults ??= [];
  const requests: RecordedRequest[] = [];
  let port = 0;
  let nextId = state.nextId ?? 5000;

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      const status = e instanceof HttpError ? e.status : 500;
      if (!res.headersSent) send(res, status, { message: e instanceof Error ? e.message : String(e) });
      else res.destroy();
    });
  });
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  server.keepAliveTimeout = 1_000;
  server.maxConnections = 64;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    const host = headers.host ?? `127.0.0.1:${port}`;
    const url = new URL(req.url ?? '/', `http://${host}`);
    requests.push({ method, path: url.pathname + url.search, headers });
    if (requests.length > (state.maxRequests ?? 10_000)) return send(res, 503, { message: 'fake-github: request cap reached' });

    const body = await readBody(req);

    for (const rule of state.faults ?? []) {
      if (rule.responses.length === 0) continue;
      if (rule.method && rule.method.toUpperCase() !== method) continue;
      const hit = typeof rule.path === 'string' ? rule.path === url.pathname : rule.path.test(url.pathname);
      if (!hit) continue;
      const r = rule.responses.shift()!;
      const f: FaultResponse = typeof r === 'number' ? { status: r } : r;
      if (f.drop) return dropAfterHeaders(res, f);
      return send(res, f.status, f.body ?? { message: defaultMessage(f.status) }, f.headers);
    }

    const ctx: Ctx = { req, res, method, url, body, origin: `http://${host}` };
    if (url.pathname.startsWith('/_blob/')) return blob(ctx, headers);
    if (state.token) {
      const auth = headers.authorization ?? '';
      if (auth !== `Bearer ${state.token}` && auth !== `token ${state.token}`) return send(res, 401, { message: 'Bad credentials' });
    }
    return route(ctx);
  }

  function blob(ctx: Ctx, headers: Record<string, string>): void {
    const id = Number(ctx.url.pathname.slice('/_blob/'.length));
    if (headers.authorization) return send(ctx.res, 400, { message: 'InvalidAuthenticationInfo: Authorization header sent to signed blob URL' });
    for (const repo of Object.values(state.repos)) {
      const a = repo.artifacts.find((x) => x.id === id);
      if (a) {
        if (ctx.url.searchParams.get('sig') !== sig(a)) return send(ctx.res, 403, { message: 'AuthenticationFailed: bad signature' });
        ctx.res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(a.zip.byteLength) });
        ctx.res.end(Buffer.from(a.zip));
        return;
      }
    }
    send(ctx.res, 404, { message: 'BlobNotFound' });
  }

  function route(ctx: Ctx): void {
    const p = ctx.url.pathname;
    const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(p);
    if (!m) return send(ctx.res, 404, { message: 'Not Found' });
    const slug = `${decodeURIComponent(m[1]!)}/${decodeURIComponent(m[2]!)}`;
    const repo = state.repos[slug];
    if (!repo) return send(ctx.res, 404, { message: 'Not Found' });
    const rest = m[3] ?? '';
    const M = ctx.method;
    let g: RegExpExecArray | null;

    if (rest === '' && M === 'GET') return send(ctx.res, 200, { full_name: slug, name: m[2], private: false, default_branch: repo.default_branch });

    if ((g = /^\/actions\/workflows\/([^/]+)\/runs$/.exec(rest)) && M === 'GET') {
      const file = workflowFile(repo, decodeURIComponent(g[1]!));
      if (!file) return send(ctx.res, 404, { message: 'Not Found' });
      const q = ctx.url.searchParams;
      const status = q.get('status');
      const runs = repo.runs
        .filter((r) => r.workflow === file)
        .filter((r) => !q.get('branch') || r.head_branch === q.get('branch'))
        .filter((r) => !q.get('event') || (r.event ?? 'push') === q.get('event'))
        .filter((r) => !q.get('head_sha') || r.head_sha === q.get('head_sha'))
        .filter((r) => {
          if (!status) return true;
          if (['completed', 'in_progress', 'queued', 'requested', 'waiting', 'pending'].includes(status)) return (r.status ?? 'completed') === status;
          return (r.conclusion === undefined ? 'success' : r.conclusion) === status;
        })
        .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || b.id - a.id);
      const pg = page(ctx, runs);
      return send(ctx.res, 200, { total_count: runs.length, workflow_runs: pg.items.map((r) => runJson(slug, repo, r)) }, pg.headers);
    }

    if ((g = /^\/actions\/runs\/(\d+)$/.exec(rest)) && M === 'GET') {
      const run = repo.runs.find((r) => r.id === Number(g![1]));
      return run ? send(ctx.res, 200, runJson(slug, repo, run)) : send(ctx.res, 404, { message: 'Not Found' });
    }

    if ((g = /^\/actions\/runs\/(\d+)\/artifacts$/.exec(rest)) && M === 'GET') {
      const runId = Number(g[1]);
      if (!repo.runs.some((r) => r.id === runId)) return send(ctx.res, 404, { message: 'Not Found' });
      const name = ctx.url.searchParams.get('name');
      const arts = repo.artifacts.filter((a) => a.run_id === runId && (!name || a.name === name)).sort((a, b) => b.id - a.id);
      const pg = page(ctx, arts);
      return send(ctx.res, 200, { total_count: arts.length, artifacts: pg.items.map((a) => artifactJson(ctx, slug, repo, a)) }, pg.headers);
    }

    if (rest === '/actions/artifacts' && M === 'GET') {
      const name = ctx.url.searchParams.get('name');
      const arts = repo.artifacts.filter((a) => !name || a.name === name).sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || b.id - a.id);
      const pg = page(ctx, arts);
      return send(ctx.res, 200, { total_count: arts.length, artifacts: pg.items.map((a) => artifactJson(ctx, slug, repo, a)) }, pg.headers);
    }

    if ((g = /^\/actions\/artifacts\/(\d+)(\/zip)?$/.exec(rest)) && M === 'GET') {
      const a = repo.artifacts.find((x) => x.id === Number(g![1]));
      if (!a) return send(ctx.res, 404, { message: 'Not Found' });
      if (!g[2]) return send(ctx.res, 200, artifactJson(ctx, slug, repo, a));
      if (isExpired(a)) return send(ctx.res, 410, { message: 'Artifact has expired' });
      const hostName = state.blobHost ?? (ctx.url.hostname === 'localhost' ? '127.0.0.1' : 'localhost');
      ctx.res.writeHead(302, { location: `http://${hostName}:${port}/_blob/${a.id}?sig=${sig(a)}&se=${encodeURIComponent(ISO(new Date(Date.now() + 60_000)))}` });
      ctx.res.end();
      return;
    }

    if ((g = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const n = Number(g[1]);
      if (!repo.issues.some((i) => i.number === n) && !repo.pulls.some((x) => x.number === n)) return send(ctx.res, 404, { message: 'Not Found' });
      if (M === 'GET') {
        const list = repo.comments.filter((c) => c.issue_number === n).sort((a, b) => a.id - b.id);
        const pg = page(ctx, list);
        return send(ctx.res, 200, pg.items.map((c) => commentJson(slug, c)), pg.headers);
      }
      if (M === 'POST') {
        const body = field(ctx.body, 'body');
        if (body.length > 65_536) return send(ctx.res, 422, { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'Body is too long (maximum is 65536 characters)' }] });
        const now = ISO();
        const c: FakeComment = { id: nextId++, issue_number: n, body, user: state.actor ?? BOT, created_at: now, updated_at: now };
        repo.comments.push(c);
        return send(ctx.res, 201, commentJson(slug, c));
      }
    }

    if ((g = /^\/issues\/comments\/(\d+)$/.exec(rest)) && M === 'PATCH') {
      const c = repo.comments.find((x) => x.id === Number(g![1]));
      if (!c) return send(ctx.res, 404, { message: 'Not Found' });
      const body = field(ctx.body, 'body');
      if (body.length > 65_536) return send(ctx.res, 422, { message: 'Validation Failed', errors: [{ message: 'Body is too long (maximum is 65536 characters)' }] });
      c.body = body;
      c.updated_at = ISO();
      return send(ctx.res, 200, commentJson(slug, c));
    }

    if (rest === '/issues') {
      if (M === 'GET') {
        const q = ctx.url.searchParams;
        const st = q.get('state') ?? 'open';
        const labels = (q.get('labels') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
        const asc = q.get('direction') === 'asc';
        const all: Array<Record<string, unknown>> = [
          ...repo.issues
            .filter((i) => (st === 'all' || i.state === st) && labels.every((l) => i.labels.includes(l)))
            .map((i) => issueJson(slug, i)),
          ...repo.pulls
            .filter((x) => (st === 'all' || x.state === st) && labels.length === 0)
            .map((x) => ({ number: x.number, title: x.title ?? '', body: '', state: x.state, labels: [], user: BOT, pull_request: { url: '' } })),
        ].sort((a, b) => (asc ? 1 : -1) * (Number(a.number) - Number(b.number)));
        const pg = page(ctx, all);
        return send(ctx.res, 200, pg.items, pg.headers);
      }
      if (M === 'POST') {
        const title = field(ctx.body, 'title');
        if (!title) return send(ctx.res, 422, { message: 'Validation Failed', errors: [{ field: 'title', code: 'missing_field' }] });
        const labels = ((ctx.body as { labels?: unknown }).labels as string[] | undefined) ?? [];
        const now = ISO();
        const number = Math.max(0, ...repo.issues.map((i) => i.number), ...repo.pulls.map((x) => x.number)) + 1;
        const issue: FakeIssue = { number, title, body: optionalField(ctx.body, 'body') ?? '', state: 'open', labels: labels.map(String), user: state.actor ?? BOT, created_at: now, updated_at: now };
        repo.issues.push(issue);
        return send(ctx.res, 201, issueJson(slug, issue));
      }
    }

    if ((g = /^\/issues\/(\d+)$/.exec(rest))) {
      const issue = repo.issues.find((i) => i.number === Number(g![1]));
      if (!issue) return send(ctx.res, 404, { message: 'Not Found' });
      if (M === 'GET') return send(ctx.res, 200, issueJson(slug, issue));
      if (M === 'PATCH') {
        const b = (ctx.body ?? {}) as Record<string, unknown>;
        if (typeof b.title === 'string') issue.title = b.title;
        if (typeof b.body === 'string') issue.body = b.body;
        if (b.state === 'open' || b.state === 'closed') issue.state = b.state;
        if (typeof b.state_reason === 'string') issue.state_reason = b.state_reason;
        if (Array.isArray(b.labels)) issue.labels = b.labels.map(String);
        issue.updated_at = ISO();
        return send(ctx.res, 200, issueJson(slug, issue));
      }
    }

    if ((g = /^\/pulls\/(\d+)$/.exec(rest)) && M === 'GET') {
      const pr = repo.pulls.find((x) => x.number === Number(g![1]));
      return pr ? send(ctx.res, 200, pullJson(slug, pr)) : send(ctx.res, 404, { message: 'Not Found' });
    }

    if ((g = /^\/commits\/([0-9a-fA-F]{4,64})\/pulls$/.exec(rest)) && M === 'GET') {
      const sha = g[1]!;
      const prs = repo.pulls.filter((x) => x.head_sha === sha || x.commits?.includes(sha));
      return send(ctx.res, 200, prs.map((x) => pullJson(slug, x)));
    }

    return send(ctx.res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }

  function workflowFile(repo: FakeRepo, wf: string): string | undefined {
    const ids = workflowIds(repo);
    if (/^\d+$/.test(wf)) return [...ids].find(([, id]) => id === Number(wf))?.[0];
    return ids.has(wf) ? wf : undefined;
  }

  function workflowIds(repo: FakeRepo): Map<string, number> {
    const ids = new Map<string, number>();
    for (const w of repo.workflows ?? []) ids.set(w.file, w.id);
    let next = 9000;
    for (const r of repo.runs) if (!ids.has(r.workflow)) ids.set(r.workflow, next++);
    return ids;
  }

  function runJson(slug: string, repo: FakeRepo, r: FakeRun): Record<string, unknown> {
    const head = r.head_repository === undefined ? slug : r.head_repository;
    return {
      id: r.id,
      name: r.workflow.replace(/\.ya?ml$/, ''),
      html_url: `https://github.com/${slug}/actions/runs/${r.id}`,
      head_sha: r.head_sha,
      head_branch: r.head_branch,
      event: r.event ?? 'push',
      status: r.status ?? 'completed',
      conclusion: r.conclusion === undefined ? 'success' : r.conclusion,
      created_at: r.created_at,
      updated_at: r.created_at,
      workflow_id: workflowIds(repo).get(r.workflow),
      path: `.github/workflows/${r.workflow}`,
      pull_requests: r.pull_requests ?? [],
      repository: { full_name: slug },
      head_repository: head === null ? null : { full_name: head, fork: head !== slug },
    };
  }

  function artifactJson(ctx: Ctx, slug: string, repo: FakeRepo, a: FakeArtifact): Record<string, unknown> {
    const run = repo.runs.find((r) => r.id === a.run_id);
    return {
      id: a.id,
      name: a.name,
      size_in_bytes: a.zip.byteLength,
      url: `${ctx.origin}/repos/${slug}/actions/artifacts/${a.id}`,
      archive_download_url: `${ctx.origin}/repos/${slug}/actions/artifacts/${a.id}/zip`,
      expired: isExpired(a),
      created_at: a.created_at,
      updated_at: a.created_at,
      expires_at: a.expires_at ?? ISO(new Date(Date.parse(a.created_at) + 90 * 86_400_000)),
      digest: `sha256:${createHash('sha256').update(a.zip).digest('hex')}`,
      workflow_run: run ? { id: run.id, head_branch: run.head_branch, head_sha: run.head_sha } : null,
    };
  }

  function commentJson(slug: string, c: FakeComment): Record<string, unknown> {
    return {
      id: c.id,
      body: c.body,
      user: c.user,
      created_at: c.created_at,
      updated_at: c.updated_at,
      html_url: `https://github.com/${slug}/pull/${c.issue_number}#issuecomment-${c.id}`,
    };
  }

  function issueJson(slug: string, i: FakeIssue): Record<string, unknown> {
    return {
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state,
      state_reason: i.state_reason ?? null,
      labels: i.labels.map((name) => ({ name })),
      user: i.user,
      created_at: i.created_at,
      updated_at: i.updated_at,
      html_url: `https://github.com/${slug}/issues/${i.number}`,
    };
  }

  function pullJson(slug: string, x: FakePull): Record<string, unknown> {
    return {
      number: x.number,
      state: x.state,
      title: x.title ?? `PR ${x.number}`,
      html_url: `https://github.com/${slug}/pull/${x.number}`,
      head: { sha: x.head_sha, ref: x.head_ref ?? `branch-${x.number}`, repo: { full_name: x.head_repo ?? slug } },
      base: { ref: 'main', repo: { full_name: slug } },
    };
  }

  function page<T>(ctx: Ctx, items: T[]): { items: T[]; headers: Record<string, string> } {
    const q = ctx.url.searchParams;
    const per = Math.min(100, Math.max(1, Number(q.get('per_page') ?? 30) || 30));
    const pg = Math.max(1, Number(q.get('page') ?? 1) || 1);
    const slice = items.slice((pg - 1) * per, pg * per);
    const headers: Record<string, string> = {};
    if (pg * per < items.length) {
      const next = new URL(ctx.url);
      next.searchParams.set('page', String(pg + 1));
      const last = new URL(ctx.url);
      last.searchParams.set('page', String(Math.ceil(items.length / per)));
      headers.link = `<${next.href}>; rel="next", <${last.href}>; rel="last"`;
    }
    return { items: slice, headers };
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    state,
    close: closer(server),
  };
}

function isExpired(a: FakeArtifact): boolean {
  return a.expired === true || (a.expires_at !== undefined && Date.parse(a.expires_at) <= Date.now());
}

function sig(a: FakeArtifact): string {
  return createHash('sha256').update(`fake-sig:${a.id}`).digest('hex').slice(0, 16);
}

function field(body: unknown, name: string): string {
  const v = optionalField(body, name);
  if (v === undefined) throw new HttpError(422, `Validation Failed: '${name}' is required`);
  return v;
}

function optionalField(body: unknown, name: string): string | undefined {
  const v = body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
  return typeof v === 'string' ? v : undefined;
}

function defaultMessage(status: number): string {
  if (status === 403) return 'Resource not accessible by integration';
  if (status === 404) return 'Not Found';
  if (status === 410) return 'Artifact has expired';
  if (status === 429) return 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';
  if (status >= 500) return 'Server Error';
  return http.STATUS_CODES[status] ?? 'Error';
}

function dropAfterHeaders(res: http.ServerResponse, f: FaultResponse): void {
  res.writeHead(f.status, { 'content-type': 'application/json; charset=utf-8', 'content-length': '5000', ...f.headers });
  res.write(`{"message":"${'a'.repeat(86)}`);
  setTimeout(() => res.socket?.destroy(), 20);
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}

async function readBody(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, 'fake-github: request body over 1 MiB');
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'Problems parsing JSON');
  }
}
