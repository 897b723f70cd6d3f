/**
 * Fake of the runner-facing artifact service that @actions/artifact (v2+, "artifact v4") talks
 * to when an action uploads an artifact, for tests of `node dist/index.js`:
 *
 *   const rs = await startFakeResults({ runBackendId: 'run-1', jobBackendId: 'job-1' });
 *   env: ACTIONS_RESULTS_URL = rs.url, ACTIONS_RUNTIME_TOKEN = rs.token, GITHUB_SERVER_URL = https://github.com
 *   ...; rs.artifacts[0].blob is the uploaded zip; afterAll(() => rs.close());
 *
 * Self-contained like server.ts (imports only `node:*`; erasable TypeScript). Listens on
 * 127.0.0.1 with an ephemeral port; bounded: 1 MiB JSON bodies, 64 MiB per blob request,
 * `maxRequests` (default 1,000), 10 s request timeout.
 *
 * What the SDK calls (read from node_modules/@actions/artifact and @azure/storage-blob):
 *   POST {ACTIONS_RESULTS_URL origin}/twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact
 *        Authorization: Bearer <ACTIONS_RUNTIME_TOKEN>; JSON with proto field names:
 *        { workflow_run_backend_id, workflow_job_run_backend_id, name, version: 7,
 *          mime_type: "application/zip", expires_at?: RFC 3339 }
 *        → { ok: true, signed_upload_url }
 *   PUT  <signed_upload_url>&comp=block&blockid=<base64>   (raw block bytes; one per 8 MiB)
 *   PUT  <signed_upload_url>&comp=blocklist                (XML <BlockList><Latest>id</Latest>…)
 *        (a plain PUT with `x-ms-blob-type: BlockBlob` is accepted too); no Authorization header
 *        may reach the blob store (the URL's `sig` is the credential), as with Azure storage.
 *   POST …/FinalizeArtifact  { workflow_run_backend_id, workflow_job_run_backend_id, name,
 *        size: "<bytes>", hash?: "sha256:<hex>" }  → { ok: true, artifact_id: "<id>" }
 *   POST …/ListArtifacts  { workflow_run_backend_id, workflow_job_run_backend_id, name_filter?,
 *        id_filter? }  → { artifacts: [{ workflow_run_backend_id, workflow_job_run_backend_id,
 *        database_id, name, size, created_at }] }: the run's finalized artifacts, of every job
 *   POST …/DeleteArtifact  { workflow_run_backend_id, workflow_job_run_backend_id (the artifact's
 *        job), name }  → { ok: true, artifact_id }
 * The backend ids come from the JWT's `scp` claim `Actions.Results:<run>:<job>`; {@link runtimeToken}
 * builds such a token (unsigned: the SDK only decodes it). The service takes the token of the run's
 * current job, `state.jobBackendId`: a test of a re-run sets a new job id and hands the action
 * `runtimeToken(run, newJob)`. Artifact names are unique across the run's jobs and attempts, as
 * on GitHub (a second CreateArtifact of a name is a 409). Errors are Twirp JSON `{ code, msg }`
 * with the matching HTTP status.
 *
 * Fault injection: `state.faults` rules (`CreateArtifact`, `FinalizeArtifact`, `ListArtifacts`,
 * `DeleteArtifact` or `blob`) consume
 * one response each per matching request, e.g. `{ op: 'CreateArtifact', responses: [{ status: 409,
 * code: 'already_exists', msg: '…' }] }`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash, randomUUID } from 'node:crypto';
import { closer } from './closer.js';

export const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';

export interface UploadedArtifact {
  id: number;
  name: string;
  /** The job (backend id) that created it. */
  jobBackendId: string;
  createdAt: string;
  /** Body of CreateArtifact as sent. */
  create: Record<string, unknown>;
  /** Body of FinalizeArtifact as sent (undefined until finalized). */
  finalize?: Record<string, unknown>;
  /** The committed blob (the zip), once the block list was committed. */
  blob?: Uint8Array;
  /** Blocks staged, in order of arrival. */
  stagedBlocks: number;
  /** Headers of the request that committed the blob (lower-cased). */
  commitHeaders?: Record<string, string>;
  blobPath: string;
  sig: string;
  pending: Map<string, Buffer>;
}

export interface ResultsFault {
  op: 'CreateArtifact' | 'FinalizeArtifact' | 'ListArtifacts' | 'DeleteArtifact' | 'blob';
  /** `hang`: take the request and never answer (a service that stalls). */
  responses: Array<{ status: number; code?: string; msg?: string; hang?: boolean }>;
}

export interface FakeResultsState {
  runBackendId: string;
  jobBackendId: string;
  faults?: ResultsFault[];
  maxRequests?: number;
  /** First artifact id handed out. */
  nextId?: number;
}

export interface ResultsRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
}

export interface FakeResults {
  /** `http://127.0.0.1:<port>/` — use as ACTIONS_RESULTS_URL. */
  url: string;
  /** A runtime token whose `scp` names this service's run and job backend ids. */
  token: string;
  state: FakeResultsState;
  requests: ResultsRequest[];
  artifacts: UploadedArtifact[];
  /** Artifacts removed by DeleteArtifact, in order. */
  deleted: UploadedArtifact[];
  close(): Promise<void>;
}

/** An unsigned JWT (`alg: none`) carrying `Actions.Results:<run>:<job>` in `scp`, like the runner's. */
export function runtimeToken(runBackendId: string, jobBackendId: string, extra: Record<string, unknown> = {}): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const payload = { scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${runBackendId}:${jobBackendId}`, iat: now, exp: now + 3600, ...extra };
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`;
}

const MAX_JSON = 1024 * 1024;
const MAX_BLOB = 64 * 1024 * 1024;

class TwirpError extends Error {
  status: number;
  code: string;
  hang = false;
  constructor(status: number, code: string, msg: string) {
    super(msg);
    this.status = status;
    this.code = code;
  }
}

export async function startFakeResults(state: FakeResultsState, opts: { token?: string } = {}): Promise<FakeResults> {
  state.faults ??= [];
  const token = opts.token ?? runtimeToken(state.runBackendId, state.jobBackendId);
  const requests: ResultsRequest[] = [];
  const artifacts: UploadedArtifact[] = [];
  const deleted: UploadedArtifact[] = [];

  /** A fixed `opts.token` exactly; otherwise any runtime token naming the run's current job. */
  function authorized(auth: string | undefined): boolean {
    if (opts.token) return auth === `Bearer ${opts.token}`;
    const m = /^Bearer [\w-]+\.([\w-]+)\.$/.exec(auth ?? '');
    if (!m) return false;
    try {
      const scp = (JSON.parse(Buffer.from(m[1]!, 'base64url').toString('utf8')) as { scp?: unknown }).scp;
      return typeof scp === 'string' && scp.split(' ').includes(`Actions.Results:${state.runBackendId}:${state.jobBackendId}`);
    } catch {
      return false;
    }
  }
  let nextId = state.nextId ?? 77_000;
  let port = 0;

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (e instanceof TwirpError) return sendJson(res, e.status, { code: e.code, msg: e.message });
      sendJson(res, 500, { code: 'internal', msg: e instanceof Error ? e.message : String(e) });
    });
  });
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  server.keepAliveTimeout = 1_000;
  server.maxConnections = 64;

  function fault(op: ResultsFault['op']): TwirpError | undefined {
    for (const rule of state.faults ?? []) {
      if (rule.op !== op || rule.responses.length === 0) continue;
      const r = rule.responses.shift()!;
      const e = new TwirpError(r.status, r.code ?? 'internal', r.msg ?? `injected ${r.status}`);
      if (r.hang) e.hang = true;
      return e;
    }
    return undefined;
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    const url = new URL(req.url ?? '/', `http://${headers.host ?? `127.0.0.1:${port}`}`);
    requests.push({ method, path: url.pathname + url.search, headers });
    if (requests.length > (state.maxRequests ?? 1000)) throw new TwirpError(503, 'unavailable', 'fake-results: request cap reached');

    if (url.pathname.startsWith(TWIRP_PREFIX)) {
      const op = url.pathname.slice(TWIRP_PREFIX.length);
      if (method !== 'POST') throw new TwirpError(404, 'bad_route', `${method} ${url.pathname}`);
      if (!authorized(headers.authorization)) throw new TwirpError(401, 'unauthenticated', 'invalid or missing runtime token');
      if (!/^application\/json\b/.test(headers['content-type'] ?? '')) throw new TwirpError(415, 'malformed', `content-type ${headers['content-type']}`);
      const body = JSON.parse((await readBody(req, MAX_JSON)).toString('utf8')) as Record<string, unknown>;
      if (op === 'CreateArtifact') return createArtifact(res, body);
      if (op === 'FinalizeArtifact') return finalizeArtifact(res, body);
      if (op === 'ListArtifacts') return listArtifacts(res, body);
      if (op === 'DeleteArtifact') return deleteArtifact(res, body);
      throw new TwirpError(404, 'bad_route', `no method ${op}`);
    }
    const a = artifacts.find((x) => x.blobPath === url.pathname);
    if (a && method === 'PUT') return putBlob(req, res, a, url, headers);
    throw new TwirpError(404, 'not_found', `BlobNotFound ${method} ${url.pathname}`);
  }

  function checkIds(body: Record<string, unknown>): void {
    if (body.workflow_run_backend_id !== state.runBackendId || body.workflow_job_run_backend_id !== state.jobBackendId) {
      throw new TwirpError(400, 'invalid_argument', `backend ids ${String(body.workflow_run_backend_id)}/${String(body.workflow_job_run_backend_id)} do not match the token`);
    }
  }

  function createArtifact(res: http.ServerResponse, body: Record<string, unknown>): void {
    const f = fault('CreateArtifact');
    if (f) throw f;
    checkIds(body);
    const name = body.name;
    if (typeof name !== 'string' || !name) throw new TwirpError(400, 'invalid_argument', 'name is required');
    if (body.version !== 7) throw new TwirpError(400, 'invalid_argument', `unsupported version ${String(body.version)}`);
    if (artifacts.some((x) => x.name === name)) throw new TwirpError(409, 'already_exists', 'an artifact with this name already exists on the workflow run');
    const a: UploadedArtifact = {
      id: nextId++,
      name,
      jobBackendId: state.jobBackendId,
      createdAt: new Date().toISOString(),
      create: body,
      stagedBlocks: 0,
      blobPath: `/fakeaccount/actions-results/${randomUUID()}/${encodeURIComponent(name)}.zip`,
      sig: randomUUID().replace(/-/g, ''),
      pending: new Map(),
    };
    artifacts.push(a);
    const se = new Date(Date.now() + 3_600_000).toISOString();
    sendJson(res, 200, { ok: true, signed_upload_url: `http://127.0.0.1:${port}${a.blobPath}?sv=2024-11-04&sr=b&sp=cw&se=${encodeURIComponent(se)}&sig=${a.sig}` });
  }

  function finalizeArtifact(res: http.ServerResponse, body: Record<string, unknown>): void {
    const f = fault('FinalizeArtifact');
    if (f) throw f;
    checkIds(body);
    const a = artifacts.find((x) => x.name === body.name);
    if (!a) throw new TwirpError(404, 'not_found', `no artifact '${String(body.name)}' was created`);
    if (!a.blob) throw new TwirpError(400, 'failed_precondition', 'the blob was not committed');
    a.finalize = body;
    sendJson(res, 200, { ok: true, artifact_id: String(a.id) });
  }

  function listArtifacts(res: http.ServerResponse, body: Record<string, unknown>): void {
    const f = fault('ListArtifacts');
    if (f) throw f;
    checkIds(body);
    const name = typeof body.name_filter === 'string' ? body.name_filter : undefined;
    const id = body.id_filter === undefined ? undefined : Number(body.id_filter);
    const list = artifacts.filter((a) => a.finalize && (name === undefined || a.name === name) && (id === undefined || a.id === id));
    sendJson(res, 200, {
      artifacts: list.map((a) => ({
        workflow_run_backend_id: state.runBackendId,
        workflow_job_run_backend_id: a.jobBackendId,
        database_id: String(a.id),
        name: a.name,
        size: String(a.blob?.length ?? 0),
        created_at: a.createdAt,
      })),
    });
  }

  function deleteArtifact(res: http.ServerResponse, body: Record<string, unknown>): void {
    const f = fault('DeleteArtifact');
    if (f) throw f;
    if (body.workflow_run_backend_id !== state.runBackendId) throw new TwirpError(400, 'invalid_argument', `run ${String(body.workflow_run_backend_id)} is not this token's run`);
    const i = artifacts.findIndex((a) => a.name === body.name && a.jobBackendId === body.workflow_job_run_backend_id);
    if (i < 0) throw new TwirpError(404, 'not_found', `no artifact '${String(body.name)}' of job ${String(body.workflow_job_run_backend_id)}`);
    const [a] = artifacts.splice(i, 1);
    deleted.push(a!);
    sendJson(res, 200, { ok: true, artifact_id: String(a!.id) });
  }

  async function putBlob(req: http.IncomingMessage, res: http.ServerResponse, a: UploadedArtifact, url: URL, headers: Record<string, string>): Promise<void> {
    const xmlError = (status: number, code: string) => {
      res.writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code });
      res.end(`<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`);
    };
    const body = await readBody(req, MAX_BLOB);
    if (headers.authorization) return xmlError(400, 'InvalidAuthenticationInfo');
    if (url.searchParams.get('sig') !== a.sig) return xmlError(403, 'AuthenticationFailed');
    const f = fault('blob');
    if (f?.hang) return; // never answer
    if (f) return xmlError(f.status, f.code ?? 'InternalError');
    const comp = url.searchParams.get('comp');
    const ok = () => {
      res.writeHead(201, { etag: `"0x${createHash('sha1').update(a.blobPath).digest('hex').slice(0, 16)}"`, 'x-ms-request-id': randomUUID(), 'x-ms-version': headers['x-ms-version'] ?? '2025-01-05', 'x-ms-request-server-encrypted': 'true', 'content-length': '0' });
      res.end();
    };
    if (comp === 'block') {
      const id = url.searchParams.get('blockid');
      if (!id) return xmlError(400, 'InvalidQueryParameterValue');
      a.pending.set(id, body);
      a.stagedBlocks++;
      return ok();
    }
    if (comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map((m) => m[2]!);
      const parts: Buffer[] = [];
      for (const id of ids) {
        const block = a.pending.get(id);
        if (!block) return xmlError(400, 'InvalidBlockList');
        parts.push(block);
      }
      a.blob = new Uint8Array(Buffer.concat(parts));
      a.commitHeaders = headers;
      return ok();
    }
    if (comp === null && headers['x-ms-blob-type'] === 'BlockBlob') {
      a.blob = new Uint8Array(body);
      a.commitHeaders = headers;
      return ok();
    }
    return xmlError(400, 'UnsupportedQueryParameter');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    state,
    requests,
    artifacts,
    deleted,
    close: closer(server),
  };
}

/** sha256 of bytes as `sha256:<hex>`, the form FinalizeArtifact's `hash` takes. */
export function sha256Digest(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) });
  res.end(text);
}

async function readBody(req: http.IncomingMessage, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw new TwirpError(413, 'resource_exhausted', `fake-results: body over ${max} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
