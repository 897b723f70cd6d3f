/**
 * Download an Actions artifact as zip bytes. GitHub answers `GET .../artifacts/{id}/zip` with a
 * 302 to a short-lived signed storage URL: the API request goes through Octokit (its retries),
 * the storage request through the plain fetch, WITHOUT the token (another origin), and reading
 * stops once `maxBytes` is exceeded. Octokit cannot do this last part: it reads a body whole.
 *
 * A failure at the storage end (a server error, a failed request, a connection lost mid-body) is
 * retried from the API request, which gives a fresh signed URL, up to the client's `retries`,
 * waiting 1, 4, 9… units as the retry plugin does. Unpacking is the caller's job (see
 * `src/shared/limits.ts` for the extraction caps).
 */
import type { GitHubClient } from './client.js';
import { ArtifactDownloadError, GitHubApiError } from './errors.js';
import { ConnectionLostError, timedFetch } from './fetch.js';
import { describeNetworkError } from './request-errors.js';

export interface DownloadArtifactOptions {
  owner: string;
  repo: string;
  artifactId: number | string;
  /** Hard cap on the zip size (bytes). */
  maxBytes: number;
  /** Timeout of each attempt; default 10 min. */
  timeoutMs?: number;
}

const ROUTE = 'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/zip';

export async function downloadArtifactZip(client: GitHubClient, opts: DownloadArtifactOptions): Promise<Buffer> {
  if (!Number.isFinite(opts.maxBytes) || opts.maxBytes <= 0) throw new Error(`maxBytes must be a positive number (got ${opts.maxBytes})`);
  const buf = await downloadCapped(client, opts);
  // Local file header, or the end-of-central-directory record of an empty zip.
  const sig = buf.length >= 4 ? buf.readUInt32LE(0) : 0;
  if (sig !== 0x04034b50 && sig !== 0x06054b50) {
    throw new ArtifactDownloadError(`artifact ${opts.artifactId} of ${opts.owner}/${opts.repo} is not a zip file (${buf.length} bytes)`);
  }
  return buf;
}

/** A storage-side failure worth another attempt (a fresh signed URL). */
class StorageFailure extends Error {
  constructor(readonly error: GitHubApiError) {
    super(error.message);
  }
}

async function downloadCapped(client: GitHubClient, opts: DownloadArtifactOptions): Promise<Buffer> {
  const g = client.gate;
  for (let attempt = 1; ; attempt++) {
    try {
      return await downloadOnce(client, opts, attempt);
    } catch (e) {
      if (!(e instanceof StorageFailure)) throw e;
      if (attempt > g.retries) throw e.error;
      const delayMs = attempt ** 2 * g.retryUnitMs;
      await g.sleep(delayMs);
      g.onRetry({ attempt, delayMs, method: 'GET', path: e.error.path, status: e.error.status, reason: e.error.status ? `${e.error.status} server error` : e.error.githubMessage });
    }
  }
}

async function downloadOnce(client: GitHubClient, opts: DownloadArtifactOptions, attempt: number): Promise<Buffer> {
  const g = client.gate;
  const fetch = timedFetch(g.fetch, opts.timeoutMs ?? 600_000);
  const path = `/repos/${opts.owner}/${opts.repo}/actions/artifacts/${opts.artifactId}/zip`;
  // No redirect followed by fetch: the token must not go to the storage host.
  const res = await client.request(ROUTE, {
    owner: opts.owner,
    repo: opts.repo,
    artifact_id: Number(opts.artifactId),
    request: { redirect: 'manual', fetch, parseSuccessResponseBody: false },
  });
  const body = res.data as unknown as ReadableStream<Uint8Array> | null;
  const location = res.headers.location;
  if (res.status >= 300 && res.status < 400) {
    await body?.cancel().catch(() => undefined);
    if (!location) throw apiError(res.status, path, 'redirect without a location');
    return fetchStorage(g, fetch, location, opts.maxBytes, attempt);
  }
  return readCapped(body, Number(res.headers['content-length']), opts.maxBytes, path, (e) => transient(0, path, e, attempt, g.redact));
}

async function fetchStorage(g: GitHubClient['gate'], fetch: typeof globalThis.fetch, location: string, maxBytes: number, attempt: number): Promise<Buffer> {
  const api = new URL(g.apiUrl);
  const target = new URL(location, api);
  const shown = `${target.origin}${target.pathname}`;
  if (target.protocol !== 'https:' && target.protocol !== 'http:') throw apiError(302, shown, `refusing redirect to ${target.protocol} URL`);
  if (api.protocol === 'https:' && target.protocol === 'http:') throw apiError(302, shown, 'refusing https → http redirect');
  let res: Response;
  try {
    res = await fetch(target, { redirect: 'follow' });
  } catch (e) {
    throw transient(0, shown, e, attempt, g.redact);
  }
  if (!res.ok) {
    const text = await res.text().catch(() => '');
    let message = res.statusText || `HTTP ${res.status}`;
    try {
      const j = JSON.parse(text) as { message?: unknown };
      if (typeof j.message === 'string') message = j.message;
    } catch {
      if (text && text.length < 300 && !/<html/i.test(text)) message = text;
    }
    const err = new GitHubApiError({ status: res.status, method: 'GET', path: shown, githubMessage: g.redact(message), attempts: attempt });
    if (res.status >= 500 || res.status === 429) throw new StorageFailure(err);
    throw err;
  }
  return readCapped(res.body, Number(res.headers.get('content-length')), maxBytes, shown, (e) => transient(0, shown, e, attempt, g.redact));
}

function transient(status: number, path: string, cause: unknown, attempt: number, redact: (s: string) => string): StorageFailure {
  const what = cause instanceof ConnectionLostError ? cause.message : `connection lost while reading the response: ${describeNetworkError(cause)}`;
  return new StorageFailure(new GitHubApiError({ status, method: 'GET', path, githubMessage: redact(what), hint: attempt > 1 ? `gave up after ${attempt} attempts` : undefined, attempts: attempt }));
}

function apiError(status: number, path: string, message: string): GitHubApiError {
  return new GitHubApiError({ status, method: 'GET', path, githubMessage: message });
}

/** The body into one Buffer, failing once it exceeds `maxBytes` (by the declared length first). */
async function readCapped(body: ReadableStream<Uint8Array> | null, declared: number, maxBytes: number, what: string, lost: (e: unknown) => Error): Promise<Buffer> {
  if (Number.isFinite(declared) && declared > maxBytes) {
    await body?.cancel().catch(() => undefined);
    throw new ArtifactDownloadError(`${what} is ${fmtBytes(declared)}, over the ${fmtBytes(maxBytes)} download limit`);
  }
  if (!body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    let chunk: Awaited<ReturnType<typeof reader.read>>;
    try {
      chunk = await reader.read();
    } catch (e) {
      throw lost(e);
    }
    if (chunk.done) break;
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new ArtifactDownloadError(`${what} exceeded the ${fmtBytes(maxBytes)} download limit (stopped after ${fmtBytes(total)})`);
    }
    chunks.push(Buffer.from(chunk.value.buffer, chunk.value.byteOffset, chunk.value.byteLength));
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
