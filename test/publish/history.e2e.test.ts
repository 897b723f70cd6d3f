/**
 * The history carried over three scheduled runs of the built action (dist/index.js) against the
 * fake GitHub API and the fake artifact service on loopback:
 * A. no history yet: seeded from the report artifacts of 13 earlier runs (eight clean nights,
 *    then five leaky ones: the fixtures' partial runs), this (leaky) run appended; the change
 *    point at the first leaky night opens tracking issues for the retaining vats, with the commit
 *    range between the last clean night and the first leaky one;
 * B. the history A uploaded is downloaded and appended to (another leaky night);
 * C. a clean night: within the band of the last 10 runs, so the issues close; the history is
 *    pruned to `history-size`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeRepo, startFakeGitHub, zipFiles, type FakeGitHub, type FakeRepo } from '../fake-github/server.js';
import { startFakeResults, type FakeResults } from '../fake-github/results.js';
import { adoptUploads } from '../fake-github/artifacts.js';
import { fixture } from '../helpers/fixtures.js';
import { cleanup, runBundle, type ActionRun } from './action-helpers.js';
import { familyRuns, shaOf } from '../history/fixture-runs.js';
import { parseHistory, type History } from '../../src/history/index.js';
import type { RunReport } from '../../src/shared/report-schema.js';

const TOKEN = 'ghs_historyE2eToken0123456789';
const SLUG = 'agoric/agoric-sdk';
const REPO_URL = `https://github.com/${SLUG}`;
const PAYLOAD = { repository: { full_name: SLUG, default_branch: 'main' } };

let gh: FakeGitHub;
let rs: FakeResults;
let repo: FakeRepo;
let dir: string;
const runs: ActionRun[] = [];

/** Seed night i: run 1000 + i of report.yml on main, commit shaOf(i), with its report artifact. */
function seedNight(report: RunReport, i: number): void {
  const id = 1000 + i;
  const created = new Date(Date.UTC(2026, 10, 1 + i, 3, 17)).toISOString();
  const r: RunReport = { ...report, provenance: { source: 'github-run', runId: id, url: `${REPO_URL}/actions/runs/${id}`, headSha: shaOf(i), branch: 'main', createdAt: created } };
  repo.runs.push({ id, workflow: 'report.yml', head_branch: 'main', head_sha: shaOf(i), created_at: created, event: 'schedule' });
  repo.artifacts.push({ id: 50_000 + i, run_id: id, name: 'loadgen-gate-report', zip: zipFiles({ 'loadgen-gate-report.json': JSON.stringify(r) }), created_at: created });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lg-history-'));
  repo = fakeRepo();
  gh = await startFakeGitHub({ token: TOKEN, repos: { [SLUG]: repo } });
  rs = await startFakeResults({ runBackendId: 'aaaa0000-0000-4000-8000-00000000a001', jobBackendId: 'aaaa0000-0000-4000-8000-00000000b001' });
  const clean = await familyRuns('loadgen-clean');
  const leaky = (await familyRuns('loadgen-leaky')).slice(0, 5);
  [...clean, clean[0]!, clean[1]!, ...leaky].forEach((r, i) => seedNight(r, i));
}, 600_000);
afterAll(async () => {
  await Promise.all([gh?.close(), rs?.close()]);
  await Promise.all(runs.map(cleanup));
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A scheduled run of report.yml on main analysing a fixture directory as run `runId`. */
async function night(run: 'loadgen-leaky' | 'loadgen-clean', runId: number, sha: string): Promise<ActionRun> {
  const r = await runBundle({
    apiUrl: gh.url,
    repository: SLUG,
    event: 'schedule',
    payload: PAYLOAD,
    inputs: { path: fixture(run), baseline: 'none', comment: 'never', 'github-token': TOKEN, 'tracking-issues': 'true', 'history-size': '15', 'upload-report': 'never' },
    env: {
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_RUN_ID: String(runId),
      GITHUB_SHA: sha,
      ACTIONS_RUNTIME_TOKEN: rs.token,
      ACTIONS_RESULTS_URL: rs.url,
    },
    timeoutMs: 240_000,
  });
  runs.push(r);
  return r;
}

const explain = (r: ActionRun) => `exit ${r.code}\n--- stdout\n${r.stdout.slice(-8000)}\n--- stderr\n${r.stderr.slice(-3000)}`;

/** The history the run uploaded, and the upload moved into the fake API as an artifact of `runId`. */
function uploadedHistory(runId: number, sha: string): History {
  const a = rs.artifacts.find((x) => x.name === 'loadgen-gate-history');
  expect(a?.blob).toBeDefined();
  const files = unzipSync(a!.blob!);
  expect(Object.keys(files)).toEqual(['loadgen-gate-history.json']);
  const parsed = parseHistory(Buffer.from(files['loadgen-gate-history.json']!).toString('utf8'));
  expect(parsed.problem).toBeUndefined();
  adoptUploads(rs, repo, { id: runId, workflow: 'report.yml', branch: 'main', sha, created_at: new Date().toISOString() });
  return parsed.history;
}

const ids = (h: History) => h.entries.map((e) => e.run.id);
const openIssues = () => repo.issues.filter((i) => i.state === 'open');

describe('history carried across scheduled runs', () => {
  it('A seeds it from the earlier reports, appends, and opens issues with the commit range of the change point', async () => {
    const a = await night('loadgen-leaky', 2001, 'a'.repeat(40));
    expect(a.code, explain(a)).toBe(1);
    expect(a.stdout).toContain('history: no history to carry on');
    expect(a.stdout).toContain('history: rebuilt from 13 report artifact(s) of earlier runs');
    expect(a.stdout).toContain('seeded from 13 earlier report(s)');
    const h = uploadedHistory(2001, 'a'.repeat(40));
    expect(ids(h)).toEqual([...Array.from({ length: 13 }, (_, i) => 1000 + i), 2001]);
    expect(h.entries[13]!.run).toMatchObject({ id: 2001, attempt: 1, sha: 'a'.repeat(40), url: `${REPO_URL}/actions/runs/2001`, branch: 'main' });

    const titles = openIssues().map((i) => i.title).sort();
    expect(titles).toContain('loadgen-gate: c-list growth in leaky (v7)');
    expect(titles).toContain('loadgen-gate: c-list growth in holder (v6)');
    const leakyIssue = openIssues().find((i) => i.title === 'loadgen-gate: c-list growth in leaky (v7)')!;
    // Night 8 is the last clean one, night 9 the first leaky one.
    expect(leakyIssue.body).toContain('### Across runs of the default branch (14 in the history)');
    expect(leakyIssue.body).toContain(`rose from 0.000/block to 5.000/block: last good [run 1007 @ ${shaOf(7).slice(0, 12)} \\(2026-11-08\\)](${REPO_URL}/actions/runs/1007), first bad [run 1008 @ ${shaOf(8).slice(0, 12)} \\(2026-11-09\\)](${REPO_URL}/actions/runs/1008) ([commits](${REPO_URL}/compare/${shaOf(7)}...${shaOf(8)}))`);
    expect(leakyIssue.body).toMatch(/```mermaid\n(%%\{init: .*\}%%\n)?xychart-beta\n  title "leaky c-list exports growth"\n  x-axis "run \(oldest first\)" 0 --> 13/);
    // The control vats have no issue.
    expect(titles.some((t) => /\b(tidy|sink)\b/.test(t))).toBe(false);
  });

  it('B downloads the history A uploaded and appends to it', async () => {
    const b = await night('loadgen-leaky', 2002, 'b'.repeat(40));
    expect(b.code, explain(b)).toBe(1);
    expect(b.stdout).toContain("history: history artifact 'loadgen-gate-history' of run 2001, 14 run(s); carried on by this run");
    const h = uploadedHistory(2002, 'b'.repeat(40));
    expect(ids(h)).toEqual([...Array.from({ length: 13 }, (_, i) => 1000 + i), 2001, 2002]);
    expect(openIssues().length).toBeGreaterThanOrEqual(2);
  });

  it('C, a clean night within the band, closes the issues; the history is pruned to history-size', async () => {
    const c = await night('loadgen-clean', 2003, 'c'.repeat(40));
    expect(c.code, explain(c)).toBe(0);
    const report = JSON.parse(await import('node:fs/promises').then((fs) => fs.readFile(c.outputs['report-path']!, 'utf8'))) as RunReport;
    expect(report.band).toEqual({ used: true, reason: 'judged against the band of the last 10 main run(s)', runs: 10 });
    expect(report.verdicts.filter((v) => v.metric.endsWith('-vs-band') && v.level === 'fail')).toEqual([]);
    const h = uploadedHistory(2003, 'c'.repeat(40));
    expect(ids(h)).toEqual([...Array.from({ length: 12 }, (_, i) => 1001 + i), 2001, 2002, 2003]);
    expect(openIssues().filter((i) => /c-list growth in (leaky|holder)/.test(i.title))).toEqual([]);
  });
});
