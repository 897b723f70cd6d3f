/**
 * The built action (dist/index.js) uploading its RunReport as an artifact through @actions/artifact,
 * against the fake artifact service (test/fake-github/results.ts: Twirp CreateArtifact /
 * FinalizeArtifact and an Azure-style block blob store on loopback), and the next PR run finding that
 * upload as its baseline through the fake GitHub API. Synthetic runs (scripts/synthetic-run.mjs), so
 * no shared fixtures are needed.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeRepo, startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { runtimeToken, sha256Digest, startFakeResults, TWIRP_PREFIX, type FakeResults } from '../fake-github/results.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { BUNDLE, cleanup, hoursAgo, NODE, runBundle, type ActionRun } from './action-helpers.js';
import type { RunReport } from '../../src/shared/report-schema.js';

const TOKEN = 'ghs_uploadE2eToken0123456789';
const SLUG = 'agoric/agoric-sdk';
const RUN_BACKEND = 'c4d5e6f7-0000-4000-8000-00000000a001';
const JOB_BACKEND = 'c4d5e6f7-0000-4000-8000-00000000b002';
/** The job of a re-run (attempt 2) of the same workflow run. */
const JOB_BACKEND_2 = 'c4d5e6f7-0000-4000-8000-00000000b003';
/** The payload of a push to the default branch. */
const PUSH_PAYLOAD = { ref: 'refs/heads/main', repository: { full_name: SLUG, default_branch: 'main' } };

let dir: string;
let gh: FakeGitHub;
let rs: FakeResults;
const runs: ActionRun[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lg-upload-'));
  for (const [name, flag] of [['clean', []], ['leaky', ['--leaky']]] as const) {
    execFileSync(NODE, [path.join(REPO_ROOT, 'scripts/synthetic-run.mjs'), path.join(dir, name), ...flag]);
  }
  gh = await startFakeGitHub({ token: TOKEN, repos: {} });
  rs = await startFakeResults({ runBackendId: RUN_BACKEND, jobBackendId: JOB_BACKEND });
});
afterAll(async () => {
  await Promise.all([gh?.close(), rs?.close()]);
  await Promise.all(runs.map(cleanup));
  if (dir) await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  gh.requests.length = 0;
  gh.state.repos = { [SLUG]: fakeRepo() };
  rs.requests.length = 0;
  rs.artifacts.length = 0;
  rs.deleted.length = 0;
  rs.state.faults = [];
  rs.state.jobBackendId = JOB_BACKEND;
});

interface Act {
  run: 'clean' | 'leaky';
  inputs?: Record<string, string>;
  event?: string;
  payload?: unknown;
  env?: Record<string, string>;
  /** Default true: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL of the fake service. */
  runtime?: boolean;
}

/** A run of the bundle as on github.com, on a push to main unless told otherwise. */
async function act(o: Act & { bundle?: string }): Promise<ActionRun> {
  const r = await runBundle({
    bundle: o.bundle,
    apiUrl: gh.url,
    // The HTML report's own upload is checked apart (the last test): these count the report artifact.
    inputs: { path: path.join(dir, o.run), baseline: 'none', comment: 'never', 'github-token': TOKEN, 'html-report': 'never', history: 'never', ...o.inputs },
    event: o.event ?? 'push',
    payload: o.payload ?? PUSH_PAYLOAD,
    env: {
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      ...(o.runtime === false ? {} : { ACTIONS_RUNTIME_TOKEN: rs.token, ACTIONS_RESULTS_URL: rs.url }),
      ...o.env,
    },
  });
  runs.push(r);
  return r;
}

const explain = (r: ActionRun) => `exit ${r.code}\n--- stdout\n${r.stdout.slice(-6000)}\n--- stderr\n${r.stderr.slice(-3000)}`;
const twirp = (op?: string) => rs.requests.filter((q) => q.path.startsWith(TWIRP_PREFIX) && (!op || q.path === TWIRP_PREFIX + op));
const blobRequests = () => rs.requests.filter((q) => !q.path.startsWith(TWIRP_PREFIX));
const artifactWarnings = (r: ActionRun) => r.warnings.filter((w) => /artifact/i.test(w));

describe('action bundle: report artifact upload', () => {
  it('a push to main uploads the report it wrote (name, retention, size, hash); the next PR run uses it as its baseline', async () => {
    const name = 'loadgen-gate-report-a3p';
    const main = await act({ run: 'clean', inputs: { 'report-artifact': name, 'report-retention-days': '30' }, env: { GITHUB_RUN_ID: '301' } });
    expect(main.code, explain(main)).toBe(0);
    expect(main.outputs.verdict).toMatch(/^(pass|warn)$/);
    expect(artifactWarnings(main)).toEqual([]);

    // One artifact, created and finalized with the configured name, by this job's backend ids.
    expect(rs.artifacts).toHaveLength(1);
    const a = rs.artifacts[0]!;
    expect(a.name).toBe(name);
    expect(a.create).toMatchObject({ workflow_run_backend_id: RUN_BACKEND, workflow_job_run_backend_id: JOB_BACKEND, name, version: 7, mime_type: 'application/zip' });
    const expiresInDays = (Date.parse(String(a.create.expires_at)) - Date.now()) / 86_400_000;
    expect(expiresInDays).toBeGreaterThan(29.9);
    expect(expiresInDays).toBeLessThan(30.1);
    expect(twirp().map((q) => q.path)).toEqual([TWIRP_PREFIX + 'CreateArtifact', TWIRP_PREFIX + 'FinalizeArtifact']);
    expect(twirp().every((q) => q.headers.authorization === `Bearer ${rs.token}`)).toBe(true);
    // The blob went to the signed URL, as staged block(s) plus a block list, without the token.
    expect(a.stagedBlocks).toBe(1); // a report zip of a few kB is one block
    expect(blobRequests().map((q) => new URL(q.path, 'http://x').searchParams.get('comp'))).toEqual([...Array(a.stagedBlocks).fill('block'), 'blocklist']);
    expect(blobRequests().every((q) => q.method === 'PUT' && q.headers.authorization === undefined)).toBe(true);
    expect(a.commitHeaders?.['x-ms-blob-content-type']).toBe('application/zip');

    // Finalize reports the size and hash of exactly the bytes stored.
    const blob = a.blob!;
    expect(a.finalize).toMatchObject({ name, size: String(blob.byteLength), hash: sha256Digest(blob) });

    // The zip holds the report file, byte for byte as the action wrote it.
    const written = await readFile(main.outputs['report-path']!);
    const members = unzipSync(blob);
    expect(Object.keys(members)).toEqual([path.basename(main.outputs['report-path']!)]);
    expect(Buffer.from(Object.values(members)[0]!).equals(written)).toBe(true);
    const report = JSON.parse(written.toString('utf8')) as RunReport;
    expect(report.provenance).toMatchObject({ source: 'local', runId: 301, branch: 'main' });
    expect(report.verdicts.length).toBeGreaterThan(0);

    // Output and log.
    expect(main.outputs['report-artifact-id']).toBe(String(a.id));
    expect(main.stdout).toContain(`report artifact '${name}': uploading (a 'push' run on the default branch 'main')`);
    expect(main.stdout).toContain(`report artifact '${name}' uploaded: id ${a.id}, ${blob.byteLength} bytes (zip), 30 day(s), sha256 ${sha256Digest(blob).slice(7)}`);

    // GitHub now lists that artifact on run 301 of report.yml; a PR run of report.yml finds it by the same name.
    gh.state.repos[SLUG] = fakeRepo({
      runs: [{ id: 301, workflow: 'report.yml', head_branch: 'main', head_sha: 'c'.repeat(40), created_at: hoursAgo(1) }],
      artifacts: [{ id: a.id, run_id: 301, name: a.name, zip: blob, created_at: hoursAgo(1) }],
    });
    rs.requests.length = 0;
    const pr = await act({
      run: 'leaky',
      inputs: { baseline: 'auto', 'report-artifact': name },
      event: 'pull_request',
      payload: { pull_request: { number: 7 }, repository: { full_name: SLUG, default_branch: 'main' } },
      env: { GITHUB_RUN_ID: '302', GITHUB_REF: 'refs/pull/7/merge', GITHUB_REF_NAME: '7/merge', GITHUB_HEAD_REF: 'feature' },
    });
    expect(pr.code, explain(pr)).toBe(1);
    expect(pr.outputs['baseline-run-id']).toBe('301');
    const prReport = JSON.parse(await readFile(pr.outputs['report-path']!, 'utf8')) as RunReport;
    expect(prReport.baseline.used).toBe(true);
    expect(prReport.verdicts.find((v) => v.name === 'leaky' && v.metric === 'boyd-slope-vs-baseline')?.level).toBe('fail');
    // A PR report never becomes a baseline under the default `auto`.
    expect(rs.requests).toEqual([]);
    expect(pr.outputs['report-artifact-id']).toBe('');
    expect(pr.stdout).toContain(`report artifact '${name}' not uploaded: a 'pull_request' run makes no baseline`);
    expect(artifactWarnings(pr)).toEqual([]);
  });

  it('the fork-safe report workflow (workflow_run of a push on main) uploads under the default name', async () => {
    const payload = { repository: { full_name: SLUG, default_branch: 'main' }, workflow_run: { id: 55, event: 'push', head_branch: 'main', repository: { full_name: SLUG }, head_repository: { full_name: SLUG } } };
    const r = await act({ run: 'clean', event: 'workflow_run', payload });
    expect(r.code, explain(r)).toBe(0);
    expect(rs.artifacts.map((x) => x.name)).toEqual(['loadgen-gate-report']);
    expect(rs.artifacts[0]!.create.expires_at).toBeUndefined(); // no retention input: the repository's default
    const blob = rs.artifacts[0]!.blob!;
    expect(rs.artifacts[0]!.finalize).toMatchObject({ name: 'loadgen-gate-report', size: String(blob.byteLength), hash: sha256Digest(blob) });
    expect(r.outputs['report-artifact-id']).toBe(String(rs.artifacts[0]!.id));
    expect(r.stdout).toContain("uploading (the triggering 'push' run on the default branch 'main')");
  });

  it('CreateArtifact failing is one warning: the gate still fails a leaky run, and passes a clean one, with every output set', async () => {
    for (const [run, code, verdict] of [['leaky', 1, /^fail$/], ['clean', 0, /^(pass|warn)$/]] as const) {
      rs.requests.length = 0;
      rs.state.faults = [{ op: 'CreateArtifact', responses: [{ status: 409, code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' }] }];
      const r = await act({ run, inputs: { 'upload-report': 'always' }, event: 'pull_request', payload: { pull_request: { number: 7 } } });
      expect(r.code, explain(r)).toBe(code);
      expect(r.outputs.verdict).toMatch(verdict);
      expect(r.outputs['report-artifact-id']).toBe('');
      expect(r.outputs['report-path']).toMatch(/report\.json$/);
      expect(r.summary).toContain('loadgen-gate');
      expect(artifactWarnings(r)).toEqual([
        "::warning::report artifact 'loadgen-gate-report' not uploaded: Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run. The run already holds an artifact of that name, from another job or step: give each gate step of a workflow its own 'report-artifact' (and its baseline lookup the same name). The verdict stands; later runs cannot use this report as their baseline",
      ]);
      // Nothing after the failed create: no blob, no finalize.
      expect(rs.requests.map((q) => q.path)).toEqual([TWIRP_PREFIX + 'CreateArtifact']);
      if (run === 'leaky') expect(r.errors.at(-1)).toMatch(/^::error::loadgen-gate: \d+ regression\(s\) in leaky/);
      else expect(r.errors).toEqual([]);
    }
  });

  it('a re-run replaces the report an earlier attempt uploaded: the run then holds one report, the re-run\'s', async () => {
    // Attempt 1 analysed a run that failed (a flaky one, say) and uploaded its report.
    const first = await act({ run: 'leaky', env: { GITHUB_RUN_ATTEMPT: '1' } });
    expect(first.code, explain(first)).toBe(1);
    expect(twirp().map((q) => q.path.slice(TWIRP_PREFIX.length))).toEqual(['CreateArtifact', 'FinalizeArtifact']);
    const firstId = rs.artifacts[0]!.id;
    // Attempt 2 is a new job of the same run, with its own runtime token.
    rs.requests.length = 0;
    rs.state.jobBackendId = JOB_BACKEND_2;
    const second = await act({ run: 'clean', env: { GITHUB_RUN_ATTEMPT: '2', ACTIONS_RUNTIME_TOKEN: runtimeToken(RUN_BACKEND, JOB_BACKEND_2) } });
    expect(second.code, explain(second)).toBe(0);
    expect(artifactWarnings(second)).toEqual([]);
    // The run's artifacts listed (is there an earlier report?), then the library's deletion, which
    // looks the name up again itself.
    expect(twirp().map((q) => q.path.slice(TWIRP_PREFIX.length))).toEqual(['ListArtifacts', 'ListArtifacts', 'DeleteArtifact', 'CreateArtifact', 'FinalizeArtifact']);
    expect(rs.deleted.map((a) => [a.id, a.jobBackendId])).toEqual([[firstId, JOB_BACKEND]]);
    expect(rs.artifacts.map((a) => [a.name, a.jobBackendId])).toEqual([['loadgen-gate-report', JOB_BACKEND_2]]);
    expect(second.outputs['report-artifact-id']).toBe(String(rs.artifacts[0]!.id));
    expect(second.stdout).toContain(`report artifact 'loadgen-gate-report': attempt 2 of this run; deleted the report an earlier attempt uploaded (id ${firstId}) to put this one in its place`);
    const report = JSON.parse(Buffer.from(Object.values(unzipSync(rs.artifacts[0]!.blob!))[0]!).toString('utf8')) as RunReport;
    expect(report.verdict).toBe(second.outputs.verdict);
    expect(report.verdict).not.toBe('fail');
    // Without the replacement the same re-run is refused (409) and the run keeps attempt 1's report.
    rs.requests.length = 0;
    rs.state.jobBackendId = JOB_BACKEND;
    const stale = await act({ run: 'clean', env: { GITHUB_RUN_ATTEMPT: '1' } });
    expect(artifactWarnings(stale)).toHaveLength(1);
    expect(artifactWarnings(stale)[0]).toContain('(409) Conflict');
  });

  it('results service unreachable, or the blob store refusing the upload: one warning each, and never a finalize', async () => {
    const offline = await act({ run: 'clean', env: { ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/' } });
    expect(offline.code, explain(offline)).toBe(0);
    expect(artifactWarnings(offline)).toHaveLength(1);
    expect(artifactWarnings(offline)[0]).toMatch(/^::warning::report artifact 'loadgen-gate-report' not uploaded: Failed to CreateArtifact: Unable to make request: ECONNREFUSED .*The verdict stands/);
    expect(offline.outputs['report-artifact-id']).toBe('');

    rs.state.faults = [{ op: 'blob', responses: [{ status: 403, code: 'AuthenticationFailed' }] }];
    const refused = await act({ run: 'leaky' });
    expect(refused.code, explain(refused)).toBe(1);
    expect(refused.outputs.verdict).toBe('fail');
    expect(artifactWarnings(refused)).toHaveLength(1);
    expect(artifactWarnings(refused)[0]).toMatch(/not uploaded: .*AuthenticationFailed/);
    expect(twirp('FinalizeArtifact')).toEqual([]);
    // The refused run created its artifact, then stored no blob and finalized nothing.
    expect(rs.artifacts.map((x) => ({ name: x.name, blob: x.blob, finalize: x.finalize }))).toEqual([{ name: 'loadgen-gate-report', blob: undefined, finalize: undefined }]);
    expect(refused.outputs['report-artifact-id']).toBe('');
  });

  it('a blob store that takes the upload and never answers: given up after report-upload-timeout, the step still ends with the gate\'s code', async () => {
    rs.state.faults = [{ op: 'blob', responses: [{ status: 0, hang: true }] }];
    const t0 = Date.now();
    const hung = await act({ run: 'leaky', inputs: { 'report-upload-timeout': '2' } });
    const secs = (Date.now() - t0) / 1000;
    expect(hung.code, explain(hung)).toBe(1);
    expect(hung.outputs.verdict).toBe('fail');
    expect(artifactWarnings(hung)).toEqual([
      "::warning::report artifact 'loadgen-gate-report' not uploaded: no answer within 2 s (input 'report-upload-timeout'). The verdict stands; later runs cannot use this report as their baseline",
    ]);
    expect(hung.outputs['report-artifact-id']).toBe('');
    expect(twirp('FinalizeArtifact')).toEqual([]);
    // Waited the timeout out, and was not held open by the stalled request after it (the fake server
    // would keep it for as long as the test runs).
    expect(secs).toBeGreaterThanOrEqual(2);
    expect(secs).toBeLessThan(60);
  });

  it('no runtime token: a warning that says why, and no request', async () => {
    const r = await act({ run: 'clean', runtime: false, env: { ACTIONS_RESULTS_URL: rs.url } });
    expect(r.code, explain(r)).toBe(0);
    expect(artifactWarnings(r)).toHaveLength(1);
    expect(artifactWarnings(r)[0]).toMatch(/^::warning::report artifact 'loadgen-gate-report' not uploaded: ACTIONS_RUNTIME_TOKEN is not set/);
    expect(rs.requests).toEqual([]);
    expect(r.outputs['report-artifact-id']).toBe('');
  });

  it('upload-report: never makes no call, even on a push to main', async () => {
    const r = await act({ run: 'clean', inputs: { 'upload-report': 'never' } });
    expect(r.code, explain(r)).toBe(0);
    expect(rs.requests).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.stdout).toContain("report artifact 'loadgen-gate-report' not uploaded: input 'upload-report' is 'never'");
    expect(r.outputs['report-artifact-id']).toBe('');
  });

  it('GitHub Enterprise Server: a warning instead of calling the unsupported service', async () => {
    const r = await act({ run: 'leaky', env: { GITHUB_SERVER_URL: 'https://github.corp.example' } });
    expect(r.code, explain(r)).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(artifactWarnings(r)).toHaveLength(1);
    expect(artifactWarnings(r)[0]).toContain('looks like GitHub Enterprise Server');
    expect(rs.requests).toEqual([]);
  });

  it('@actions/artifact is a chunk of its own, loaded only to upload (not by the scan workers, nor the CLI)', async () => {
    const distDir = path.dirname(BUNDLE);
    const marker = 'BlockBlobClient'; // @azure/storage-blob, which only @actions/artifact brings in
    const chunks = (await readdir(distDir)).filter((f) => /^\d+\.index\.js$/.test(f));
    const withClient: string[] = [];
    for (const f of chunks) if ((await readFile(path.join(distDir, f), 'utf8')).includes(marker)) withClient.push(f);
    expect(withClient).toHaveLength(1);
    expect((await readFile(BUNDLE, 'utf8')).includes(marker)).toBe(false);
    expect((await readFile(path.join(REPO_ROOT, 'dist/cli/index.js'), 'utf8')).includes(marker)).toBe(false);

    // The action without that chunk: analysis (two stage files, so worker threads) and outputs work;
    // only an upload needs it, and then its absence is a warning, not a failure.
    const copy = path.join(dir, 'dist-without-artifact');
    await cp(distDir, copy, { recursive: true, filter: (src) => src !== path.join(distDir, withClient[0]!) && src !== path.join(distDir, 'cli') });
    const never = await act({ run: 'leaky', inputs: { 'upload-report': 'never' }, bundle: path.join(copy, 'index.js') });
    expect(never.code, explain(never)).toBe(1);
    expect(never.outputs.verdict).toBe('fail');
    expect(never.stdout).toContain('Reading 2 slog file(s)');
    expect(never.warnings).toEqual([]);
    const due = await act({ run: 'clean', bundle: path.join(copy, 'index.js') });
    expect(due.code, explain(due)).toBe(0);
    expect(artifactWarnings(due)).toHaveLength(1);
    expect(artifactWarnings(due)[0]).toMatch(new RegExp(`not uploaded: .*${withClient[0]!.replace(/\./g, '\\.')}`));
    expect(rs.requests).toEqual([]);
  });

  it('the HTML report is uploaded unzipped on a PR run too, and the job summary links it', async () => {
    const r = await act({ run: 'leaky', inputs: { 'html-report': 'upload' }, event: 'pull_request', payload: { pull_request: { number: 7 } }, env: { GITHUB_JOB: 'gate' } });
    expect(r.code, explain(r)).toBe(1);
    // No report artifact on a PR (upload-report: auto); the HTML report alone, named after the job.
    expect(r.stdout.split('\n').filter((l) => l.includes('HTML report')), explain(r)).toHaveLength(1);
    expect(rs.artifacts.map((a) => [a.name, a.create.mime_type])).toEqual([['loadgen-gate-report-gate.html', 'text/html']]);
    const a = rs.artifacts[0]!;
    const html = Buffer.from(a.blob!).toString('utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toMatch(/<b>leaky \(v\d+\)<\/b>: BOYD time/);
    expect(html).not.toMatch(/<script|<link|src="http/i);
    expect(a.finalize).toMatchObject({ name: 'loadgen-gate-report-gate.html', size: String(a.blob!.byteLength) });
    expect(r.summary).toContain(`[Open the HTML report](https://github.com/${SLUG}/actions/runs/9999/artifacts/${a.id})`);
    expect(r.warnings).toEqual([]);
  });
});
