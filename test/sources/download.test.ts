import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { downloadArtifactZip } from '../../src/sources/github/download.js';
import { ArtifactDownloadError, GitHubApiError } from '../../src/sources/github/errors.js';
import { fakeRepo, zipFiles } from '../fake-github/server.js';
import { fixture } from '../helpers/fixtures.js';
import { artifact, OWNER, REPO, run, SLUG, testClient, TOKEN, useFakeGitHub } from './github-helpers.js';

let files: Record<string, Uint8Array>;
beforeAll(async () => {
  files = {
    'perf.jsonl': await readFile(fixture('loadgen-leaky', 'perf.jsonl')),
    'chain-stage-0.slog.gz': await readFile(fixture('loadgen-leaky', 'chain-stage-0.slog.gz')),
  };
});
const gh = useFakeGitHub((g) => {
  g.state.repos = {
    [SLUG]: fakeRepo({
      runs: [run(1)],
      artifacts: [artifact(11, 1, 'a3p-results', { zip: zipFiles(files) }), artifact(12, 1, 'old', { expired: true })],
    }),
  };
});

describe('downloadArtifactZip', () => {
  it('follows the 302 to the blob host without Authorization and returns the zip', async () => {
    const { client } = testClient(gh);
    const buf = await downloadArtifactZip(client, { owner: OWNER, repo: REPO, artifactId: 11, maxBytes: 50 * 1024 * 1024 });
    const unzipped = unzipSync(new Uint8Array(buf));
    expect(Object.keys(unzipped).sort()).toEqual(['chain-stage-0.slog.gz', 'perf.jsonl']);
    expect(Buffer.from(unzipped['perf.jsonl']!).equals(Buffer.from(files['perf.jsonl']!))).toBe(true);
    expect(Buffer.from(unzipped['chain-stage-0.slog.gz']!).equals(Buffer.from(files['chain-stage-0.slog.gz']!))).toBe(true);

    const [api, blob] = gh.requests;
    expect(api!.path).toBe(`/repos/${SLUG}/actions/artifacts/11/zip`);
    expect(api!.headers.authorization).toBe(`token ${TOKEN}`);
    expect(api!.headers.host).toBe(`127.0.0.1:${gh.port}`);
    expect(blob!.path).toMatch(/^\/_blob\/11\?sig=/);
    expect(blob!.headers.host).toBe(`localhost:${gh.port}`);
    expect(blob!.headers.authorization).toBeUndefined();
    expect(gh.requests.length).toBe(2);
  });

  it('410 when expired → GitHubApiError with the "artifact expired" hint', async () => {
    const { client } = testClient(gh);
    const err = await downloadArtifactZip(client, { owner: OWNER, repo: REPO, artifactId: 12, maxBytes: 1e6 }).catch((e) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect(err.status).toBe(410);
    expect(err.message).toBe(`GitHub API 410 on GET /repos/${SLUG}/actions/artifacts/12/zip: Artifact has expired (hint: artifact expired)`);
  });

  it('enforces maxBytes', async () => {
    const { client } = testClient(gh);
    const err = await downloadArtifactZip(client, { owner: OWNER, repo: REPO, artifactId: 11, maxBytes: 100_000 }).catch((e) => e);
    expect(err).toBeInstanceOf(ArtifactDownloadError);
    expect(err.message).toMatch(/over the 98 KiB download limit/);
  });

  it('enforces maxBytes while streaming when there is no content-length', async () => {
    const big = new Uint8Array(300_000).fill(7);
    const body = async function* () {
      for (let i = 0; i < big.length; i += 10_000) yield big.subarray(i, i + 10_000);
    };
    const fetchImpl: typeof fetch = async () => new Response(ReadableStream.from(body()), { status: 200 });
    const { client } = testClient(gh, { fetch: fetchImpl });
    const err = await downloadArtifactZip(client, { owner: OWNER, repo: REPO, artifactId: 11, maxBytes: 50_000 }).catch((e) => e);
    expect(err).toBeInstanceOf(ArtifactDownloadError);
    expect(err.message).toMatch(/exceeded the 49 KiB download limit \(stopped after 59 KiB\)/);
  });

  it('retries a 5xx on the blob host (still without auth)', async () => {
    gh.state.faults!.push({ path: '/_blob/11', responses: [503] });
    const { client, retries } = testClient(gh);
    const buf = await downloadArtifactZip(client, { owner: OWNER, repo: REPO, artifactId: 11, maxBytes: 50e6 });
    expect(buf.length).toBeGreaterThan(1000);
    const blobs = gh.requests.filter((r) => r.path.startsWith('/_blob/'));
    expect(blobs.length).toBe(2);
    expect(blobs.every((r) => r.headers.authorization === undefined)).toBe(true);
    expect(retries.map((r) => [r.attempt, r.status, r.reason])).toEqual([[1, 503, '503 server error']]);
  });

  it('blob errors never show the signed query string', async () => {
    gh.state.faults!.push({ path: '/_blob/11', responses: [403, 403, 403, 403] });
    const { client } = testClient(gh);
    const err = await downloadArtifactZip(client, { owner: OWNER, repo: REPO, artifactId: 11, maxBytes: 50e6 }).catch((e) => e);
    expect(err.status).toBe(403);
    expect(err.message).toContain(`GET http://localhost:${gh.port}/_blob/11:`);
    expect(err.message).not.toContain('sig=');
  });

  it('rejects non-zip bodies', async () => {
    gh.state.repos[SLUG]!.artifacts.push(artifact(13, 1, 'html', { zip: new TextEncoder().encode('<html>oops</html>') }));
    const { client } = testClient(gh);
    const err = await downloadArtifactZip(client, { owner: OWNER, repo: REPO, artifactId: 13, maxBytes: 1e6 }).catch((e) => e);
    expect(err).toBeInstanceOf(ArtifactDownloadError);
    expect(err.message).toContain('is not a zip file');
  });
});
