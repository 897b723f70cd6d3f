/**
 * End to end: the bundled action (dist/index.js) against the fake GitHub API on loopback.
 * Source artifacts are real zips of the shared loadgen fixtures nested under `loadgen-output/`;
 * the baseline is loadgen-clean's RunReport uploaded by an earlier `report.yml` run on main.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readdir, readFile } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BOT, fakeRepo, startFakeGitHub, zipFiles, type FakeGitHub, type FakeRepo } from '../fake-github/server.js';
import { commentMarker } from '../../src/publish/github/comment.js';
import { issueMarker } from '../../src/publish/github/tracking-issue.js';
import { fixture } from '../helpers/fixtures.js';
import { cleanBaselineReport, cleanup, hoursAgo, loadgenZip, runBundle, type ActionRun } from './action-helpers.js';
import type { RunReport } from '../../src/shared/report-schema.js';

const TOKEN = 'ghs_actionE2eToken0123456789';
const SLUG = 'agoric/agoric-sdk';
const PR_SHA = 'd'.repeat(40);
const OUTPUTS = ['verdict', 'report-path', 'regressions', 'summary-path', 'baseline-run-id', 'report-artifact-id'];

let gh: FakeGitHub;
const runs: ActionRun[] = [];

async function seed(): Promise<FakeRepo> {
  const baseline = await cleanBaselineReport();
  return fakeRepo({
    default_branch: 'main',
    runs: [
      // loadgen.yml on main: 101 is the newest usable; 102 is newer but from a fork; 103 failed.
      { id: 101, workflow: 'loadgen.yml', head_branch: 'main', head_sha: 'a'.repeat(40), created_at: hoursAgo(5) },
      { id: 102, workflow: 'loadgen.yml', head_branch: 'main', head_sha: 'f'.repeat(40), created_at: hoursAgo(2), head_repository: 'mallory/agoric-sdk', event: 'pull_request' },
      { id: 103, workflow: 'loadgen.yml', head_branch: 'main', head_sha: 'e'.repeat(40), created_at: hoursAgo(1), conclusion: 'failure' },
      // A clean run, picked by run id.
      { id: 110, workflow: 'loadgen.yml', head_branch: 'main', head_sha: 'b'.repeat(40), created_at: hoursAgo(30) },
      // A PR run (fork-safe pattern: analysed under workflow_run).
      { id: 120, workflow: 'loadgen.yml', head_branch: 'feature', head_sha: PR_SHA, created_at: hoursAgo(3), event: 'pull_request' },
      // report.yml on main carries the baseline report.
      { id: 201, workflow: 'report.yml', head_branch: 'main', head_sha: 'c'.repeat(40), created_at: hoursAgo(20), event: 'workflow_run' },
    ],
    artifacts: [
      { id: 1101, run_id: 101, name: 'loadgen-output', zip: await loadgenZip('loadgen-leaky'), created_at: hoursAgo(5) },
      { id: 1102, run_id: 102, name: 'loadgen-output', zip: zipFiles({ 'evil.txt': 'fork' }), created_at: hoursAgo(2) },
      { id: 1103, run_id: 103, name: 'loadgen-output', zip: zipFiles({ 'x.txt': 'failed' }), created_at: hoursAgo(1) },
      { id: 1110, run_id: 110, name: 'loadgen-output', zip: await loadgenZip('loadgen-clean'), created_at: hoursAgo(30) },
      { id: 1120, run_id: 120, name: 'loadgen-output', zip: await loadgenZip('loadgen-leaky'), created_at: hoursAgo(3) },
      { id: 2201, run_id: 201, name: 'loadgen-gate-report', zip: zipFiles({ 'loadgen-gate-report.json': JSON.stringify(baseline) }), created_at: hoursAgo(20) },
    ],
    pulls: [
      { number: 7, state: 'open', head_sha: 'a'.repeat(40) },
      { number: 12, state: 'open', head_sha: PR_SHA, head_repo: 'mallory/agoric-sdk' },
    ],
  });
}

beforeAll(async () => {
  // The shared fixtures live outside the repository (../shared): without them the suite fails.
  if (!existsSync(fixture('loadgen-leaky', 'perf.jsonl'))) throw new Error(`shared fixtures missing: ${fixture('loadgen-leaky', 'perf.jsonl')}`);
  gh = await startFakeGitHub({ token: TOKEN, repos: {} });
});
afterAll(async () => {
  await gh.close();
  await Promise.all(runs.map(cleanup));
});
beforeEach(async () => {
  gh.requests.length = 0;
  gh.state.faults = [];
  gh.state.actor = BOT;
  gh.state.repos = { [SLUG]: await seed() };
});

const repo = () => gh.state.repos[SLUG]!;
const api = (method?: string) => gh.requests.filter((r) => !r.path.startsWith('/_blob/') && (!method || r.method === method));

async function act(inputs: Record<string, string>, extra: { event?: string; payload?: unknown; env?: Record<string, string> } = {}): Promise<ActionRun> {
  const r = await runBundle({ apiUrl: gh.url, inputs: { 'github-token': TOKEN, ...inputs }, ...extra });
  runs.push(r);
  return r;
}

const readReport = async (r: ActionRun): Promise<RunReport> => JSON.parse(await readFile(r.outputs['report-path']!, 'utf8'));
const explain = (r: ActionRun) => `exit ${r.code}\n--- stdout\n${r.stdout.slice(-6000)}\n--- stderr\n${r.stderr.slice(-3000)}`;

describe('action bundle against a fake GitHub', () => {
  it('finds the latest successful non-fork run, compares with the main baseline, comments once and updates it', async () => {
    const inputs = { workflow: 'loadgen.yml', artifact: 'loadgen-output', 'baseline-workflow': 'report.yml', comment: 'always', 'comment-key': 'a3p' };
    const payload = { pull_request: { number: 7 } };
    const first = await act(inputs, { payload });
    expect(first.code, explain(first)).toBe(1);

    // Source: run 101 (102 is a fork run, 103 failed); only its artifact was downloaded.
    expect(api().some((r) => r.path.startsWith(`/repos/${SLUG}/actions/workflows/loadgen.yml/runs?`) && r.path.includes('branch=main') && r.path.includes('status=success'))).toBe(true);
    expect(api().some((r) => r.path.includes('/artifacts/1101/zip'))).toBe(true);
    expect(api().some((r) => r.path.includes('/runs/102/artifacts') || r.path.includes('/artifacts/1102/zip'))).toBe(false);
    expect(first.stdout).toMatch(/source: run 101, https:\/\/github\.com\/agoric\/agoric-sdk\/actions\/runs\/101, head aaaaaaaaaaaa on main \(push\), artifact 'loadgen-output' \(.+\), 5\.0 h old/);
    expect(first.stdout).toContain('run directory inside the artifact: loadgen-output/');

    // Outputs: all six, set before failing.
    expect(Object.keys(first.outputs).sort()).toEqual([...OUTPUTS].sort());
    expect(first.outputs.verdict).toBe('fail');
    expect(Number(first.outputs.regressions)).toBeGreaterThan(0);
    expect(first.outputs['baseline-run-id']).toBe('201');
    expect(first.outputs['summary-path']).toMatch(/report\.md$/);
    expect(first.errors.at(-1)).toMatch(/^::error::loadgen-gate: \d+ regression\(s\) in .*leaky/);

    // Report: provenance and the baseline comparison.
    const report = await readReport(first);
    expect(report.provenance).toMatchObject({ source: 'github-run', runId: 101, headSha: 'a'.repeat(40), branch: 'main', artifact: 'loadgen-output' });
    // Files are named by the artifact, not by the temporary directory it was unpacked into.
    const runFiles = (await readdir(fixture('loadgen-leaky'))).filter((f) => f !== 'truth.json');
    expect(report.run.files.map((f) => f.path).sort()).toEqual(runFiles.map((f) => path.join('loadgen-output.zip', 'loadgen-output', f)).sort());
    expect(report.provenance.ageHours).toBeCloseTo(5, 0);
    expect(report.baseline).toMatchObject({ used: true });
    expect(report.verdicts.find((v) => v.name === 'leaky' && v.metric === 'boyd-slope-vs-baseline')?.level).toBe('fail');
    expect(report.verdicts.some((v) => v.metric === 'clist-vs-baseline')).toBe(true);

    // Job summary and the summary file.
    expect(first.summary).toContain('FAIL');
    expect(first.summary).toContain('Source: [run 101](https://github.com/agoric/agoric-sdk/actions/runs/101)');
    expect(first.summary).toMatch(/Baseline: run 150 @ ` cccccccccccc `, 22\.0 h old/);
    expect(first.stdout).toMatch(/baseline: report of run 201, .*; it describes run 150, .*, 22\.0 h old\n/);
    expect(first.summary).toContain('boyd-slope-vs-baseline');
    expect(await readFile(first.outputs['summary-path']!, 'utf8')).toContain('boyd-slope-vs-baseline');

    // Annotations within the cap; temp dirs removed.
    expect(first.errors.length).toBeLessThanOrEqual(11);
    expect(first.leftInTemp).toEqual([]);

    // One sticky comment on PR 7.
    const comments = () => repo().comments.filter((c) => c.issue_number === 7);
    expect(comments()).toHaveLength(1);
    const c1 = comments()[0]!;
    expect(c1.body.startsWith(commentMarker('a3p'))).toBe(true);
    expect(c1.body).toContain('boyd-slope-vs-baseline');
    expect(c1.body).toContain('https://github.example/agoric/agoric-sdk/actions/runs/9999');
    // The token is masked and never printed.
    expect(first.stdout.split(`::add-mask::${TOKEN}`).join('')).not.toContain(TOKEN);

    // Second run: the same comment is updated in place.
    gh.requests.length = 0;
    const second = await act(inputs, { payload });
    expect(second.code, explain(second)).toBe(1);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]!.id).toBe(c1.id);
    expect(api('PATCH').map((r) => r.path)).toEqual([`/repos/${SLUG}/issues/comments/${c1.id}`]);
    expect(api('POST')).toHaveLength(0);
    expect(second.stdout).toContain(`PR #7 comment updated`);
  });

  it('expired artifact (410 on download): one clear error line, exit 1, verdict error', async () => {
    gh.state.faults!.push({ path: `/repos/${SLUG}/actions/artifacts/1101/zip`, responses: [410] });
    const r = await act({ workflow: 'loadgen.yml', artifact: 'loadgen-output' });
    expect(r.code, explain(r)).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^::error::loadgen-gate: artifact 'loadgen-output' \(id 1101\) of run 101 has expired/);
    expect(r.errors[0]).not.toContain(TOKEN);
    expect(r.outputs.verdict).toBe('error');
    expect(Object.keys(r.outputs).sort()).toEqual([...OUTPUTS].sort());
    expect(r.leftInTemp).toEqual([]);
  });

  it('403 on commenting is a warning; the verdict alone decides the exit code (run-id source, clean run passes)', async () => {
    gh.state.faults!.push({ method: 'POST', path: `/repos/${SLUG}/issues/7/comments`, responses: [403] });
    const r = await act({ 'run-id': '110', artifact: 'loadgen-*', 'baseline-workflow': 'report.yml' }, { payload: { pull_request: { number: 7 } } });
    expect(r.code, explain(r)).toBe(0);
    expect(r.outputs.verdict).toMatch(/^(pass|warn)$/);
    expect(r.outputs.regressions).toBe('0');
    expect(r.warnings.some((w) => /cannot comment on PR #7: GitHub API 403 .*Resource not accessible by integration/.test(w))).toBe(true);
    expect(r.errors).toEqual([]);
    expect(repo().comments).toHaveLength(0);
    const report = await readReport(r);
    expect(report.provenance).toMatchObject({ runId: 110, branch: 'main' });
    expect(report.verdicts.find((v) => v.metric === 'boyd-slope-vs-baseline')).toBeDefined();
  });

  it('retries a 5xx and then succeeds', async () => {
    gh.state.faults!.push({ path: `/repos/${SLUG}/actions/workflows/loadgen.yml/runs`, responses: [502] });
    gh.state.faults!.push({ path: `/repos/${SLUG}/actions/artifacts/1101/zip`, responses: [503] });
    const r = await act({ workflow: 'loadgen.yml', artifact: 'loadgen-output', baseline: 'none', comment: 'never' });
    expect(r.code, explain(r)).toBe(1); // leaky fails on thresholds
    expect(r.outputs.verdict).toBe('fail');
    expect(r.stdout).toMatch(/GitHub API: 502 server error on GET \/repos\/agoric\/agoric-sdk\/actions\/workflows\/loadgen\.yml\/runs; retry 1/);
    expect(r.stdout).toMatch(/GitHub API: 503 server error on GET \/repos\/agoric\/agoric-sdk\/actions\/artifacts\/1101\/zip; retry 1/);
    expect(api().filter((q) => q.path.startsWith(`/repos/${SLUG}/actions/workflows/loadgen.yml/runs`))).toHaveLength(2);
  });

  it('missing baseline (expired report artifact): says so and judges on thresholds alone', async () => {
    repo().artifacts.find((a) => a.id === 2201)!.expired = true;
    const r = await act({ workflow: 'loadgen.yml', artifact: 'loadgen-output', comment: 'never' });
    expect(r.code, explain(r)).toBe(1);
    expect(r.warnings.some((w) => /no baseline: .*all have expired.*judging on thresholds alone/.test(w))).toBe(true);
    expect(r.summary).toMatch(/Baseline: none \(thresholds only; Found 1 artifact.*expired/);
    expect(r.outputs['baseline-run-id']).toBe('');
    const report = await readReport(r);
    expect(report.baseline.used).toBe(false);
    expect(report.verdicts.some((v) => v.metric.endsWith('-vs-baseline'))).toBe(false);
    expect(report.verdicts.some((v) => v.level === 'fail')).toBe(true);
  });

  it('workflow_run with empty pull_requests: source = the triggering run, PR found through the commits API', async () => {
    const payload = { workflow_run: { id: 120, event: 'pull_request', head_sha: PR_SHA, head_branch: 'feature', pull_requests: [], repository: { full_name: SLUG }, head_repository: { full_name: 'mallory/agoric-sdk' } } };
    const r = await act({ artifact: 'loadgen-output', 'baseline-workflow': 'report.yml' }, { event: 'workflow_run', payload });
    expect(r.code, explain(r)).toBe(1);
    expect(api().some((q) => q.path.startsWith(`/repos/${SLUG}/actions/runs/120/artifacts`))).toBe(true);
    expect(api().some((q) => q.path.startsWith(`/repos/${SLUG}/commits/${PR_SHA}/pulls`))).toBe(true);
    expect(r.stdout).toContain('PR #12 (from commits-api)');
    const comments = repo().comments.filter((c) => c.issue_number === 12);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('Source: [run 120]');
    expect((await readReport(r)).provenance).toMatchObject({ runId: 120, branch: 'feature' });
  });

  it('local path: a job summary over budget drops detail with a note (never silently)', async () => {
    const r = await act({ path: fixture('loadgen-leaky'), baseline: 'none', comment: 'never' }, { event: 'push', env: { LOADGEN_GATE_SUMMARY_MAX_BYTES: '6000' } });
    expect(r.code, explain(r)).toBe(1);
    expect(Buffer.byteLength(r.summary)).toBeLessThanOrEqual(6000);
    expect(r.summary).toContain("Omitted to fit GitHub's 1 MiB job-summary limit");
    expect(r.warnings.some((w) => w.includes('job summary over'))).toBe(true);
    // The summary file keeps everything.
    const full = await readFile(r.outputs['summary-path']!, 'utf8');
    expect(full.length).toBeGreaterThan(r.summary.length);
    expect(full).toContain('Delivery time breakdown');
    expect(r.stdout).toMatch(/source: local path .*loadgen-leaky, in run 9999, https:\/\/github\.example\/agoric\/agoric-sdk\/actions\/runs\/9999/);
    expect(api()).toHaveLength(0);
  });

  it('scheduled runs open one tracking issue per regression and close them when it is gone', async () => {
    const inputs = { 'tracking-issues': 'true', baseline: 'none', comment: 'never' };
    const leaky = await act({ ...inputs, path: fixture('loadgen-leaky') }, { event: 'schedule' });
    expect(leaky.code, explain(leaky)).toBe(1);
    const open = () => repo().issues.filter((i) => i.state === 'open');
    const keys = open().map((i) => /loadgen-gate-issue:(\S+) -->/.exec(i.body)?.[1]).sort();
    expect(keys).toEqual(['holder:clist', 'leaky:boyd', 'leaky:clist']);
    expect(open().every((i) => i.labels.includes('loadgen-gate') && i.body.startsWith(issueMarker(/loadgen-gate-issue:(\S+) -->/.exec(i.body)![1]!)))).toBe(true);
    const created = open().length;

    // Same regressions again: no duplicates.
    await act({ ...inputs, path: fixture('loadgen-leaky') }, { event: 'schedule' });
    expect(open()).toHaveLength(created);

    // Regression gone: all closed.
    const clean = await act({ ...inputs, path: fixture('loadgen-clean') }, { event: 'schedule' });
    expect(clean.code, explain(clean)).toBe(0);
    expect(open()).toHaveLength(0);
    expect(repo().issues.filter((i) => i.state === 'closed')).toHaveLength(created);
  });

  it('a manual run on another branch leaves the tracking issues alone; one on the default branch keeps them', async () => {
    // An open issue of main's nightly for a vat that does not regress in this run.
    repo().issues.push({ number: 50, title: 'loadgen-gate: BOYD time growth in gone', body: `${issueMarker('gone:boyd')}\nold`, state: 'open', labels: ['loadgen-gate'], user: BOT, created_at: hoursAgo(30), updated_at: hoursAgo(30) });
    const inputs = { 'tracking-issues': 'true', baseline: 'none', comment: 'never', 'upload-report': 'never', path: fixture('loadgen-leaky') };
    const payload = { repository: { full_name: SLUG, default_branch: 'main' } };
    const on = (branch: string) => act(inputs, { event: 'workflow_dispatch', payload, env: { GITHUB_REF: `refs/heads/${branch}`, GITHUB_REF_NAME: branch } });

    const feature = await on('feature');
    expect(feature.code, explain(feature)).toBe(1);
    expect(feature.stdout).toContain("tracking issues: skipped: a 'workflow_dispatch' run is on branch 'feature', not the default branch 'main' (they follow the runs of the baseline branch only)");
    expect(repo().issues.map((i) => [i.number, i.state])).toEqual([[50, 'open']]);
    expect(api().filter((q) => q.path.includes('/issues'))).toEqual([]);

    const main = await on('main');
    expect(main.code, explain(main)).toBe(1);
    expect(repo().issues.find((i) => i.number === 50)!.state).toBe('closed');
    const open = repo().issues.filter((i) => i.state === 'open').map((i) => /loadgen-gate-issue:(\S+) -->/.exec(i.body)?.[1]);
    expect(open.sort()).toEqual(['holder:clist', 'leaky:boyd', 'leaky:clist']);
  });

  it('a bad input fails with one line naming the input and the valid values', async () => {
    const r = await act({ path: fixture('loadgen-clean'), comment: 'sometimes' });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual(["::error::loadgen-gate: input 'comment' must be one of always, on-change, on-regression, never (got 'sometimes')"]);
    expect(r.outputs.verdict).toBe('error');
  });
});
