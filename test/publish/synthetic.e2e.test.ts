/**
 * The bundled action on synthetic runs (scripts/synthetic-run.mjs, as in the self-test workflow):
 * needs no shared fixtures, so it also runs in GitHub CI. Two stage slogs → the scan runs in
 * worker threads started from dist/index.js itself.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { cleanup, NODE, runBundle, type ActionRun } from './action-helpers.js';
import type { RunReport } from '../../src/shared/report-schema.js';

let dir: string;
const runs: ActionRun[] = [];
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lg-synthetic-'));
  for (const [name, flag] of [['clean', []], ['leaky', ['--leaky']]] as const) {
    execFileSync(NODE, [path.join(REPO_ROOT, 'scripts/synthetic-run.mjs'), path.join(dir, name), ...flag]);
  }
});
afterAll(async () => {
  await Promise.all(runs.map(cleanup));
  await rm(dir, { recursive: true, force: true });
});

describe('action bundle on synthetic runs (no API)', () => {
  it('clean passes; leaky fails, also against the clean report as the baseline file', async () => {
    // A run this small is analyzed on the main thread by default; the engine worker that big runs
    // get is forced here, so that its log forwarding is what the assertions below check.
    const clean = await runBundle({
      apiUrl: 'http://127.0.0.1:9',
      inputs: { path: path.join(dir, 'clean'), baseline: 'none', comment: 'never', 'github-token': '' },
      event: 'push',
      env: { LOADGEN_GATE_ENGINE: 'worker' },
    });
    runs.push(clean);
    expect(clean.stdout).toMatch(/run files: 2 slog\(s\) \([\d.]+ MiB\), .*; analysis in an engine worker/);
    expect(clean.code, clean.stdout).toBe(0);
    expect(clean.outputs.verdict).toMatch(/^(pass|warn)$/);
    expect(clean.stdout).toContain('Reading 2 slog file(s)');
    // The engine ran in a worker; its log groups reach the runner log through the main thread,
    // opened and closed in order, with the scan's progress lines inside the reading group.
    const log = clean.stdout.split('\n');
    const open = log.findIndex((l) => l.startsWith('::group::Reading 2 slog file(s)'));
    const close = log.findIndex((l, i) => i > open && l.startsWith('::endgroup::'));
    expect(open, clean.stdout).toBeGreaterThanOrEqual(0);
    expect(close).toBeGreaterThan(open);
    // One progress line per file (each is well under the 64 MiB progress step; the run is seeded).
    expect(log.slice(open, close).filter((l) => / lines$/.test(l))).toEqual([
      expect.stringMatching(/\/chain-stage-1\.slog: [\d.]+ MiB read, 2,854 lines$/),
      expect.stringMatching(/\/chain-stage-2\.slog: [\d.]+ MiB read, 2,850 lines$/),
    ]);
    expect(log.filter((l) => l.startsWith('::group::')).length).toBe(log.filter((l) => l.startsWith('::endgroup::')).length);
    expect(clean.stdout).toMatch(/read 2 slog file\(s\) in \d+\.\d\d s/);
    expect(clean.stdout).toMatch(/statistics and report in \d+\.\d\d s/);

    const leaky = await runBundle({
      apiUrl: 'http://127.0.0.1:9',
      inputs: { path: path.join(dir, 'leaky'), baseline: clean.outputs['report-path']!, comment: 'never', 'github-token': '' },
      event: 'push',
    });
    runs.push(leaky);
    expect(leaky.stdout).toMatch(/run files: 2 slog\(s\) \([\d.]+ MiB\), .*; analysis on the main thread/);
    expect(leaky.code, leaky.stdout).toBe(1);
    expect(leaky.outputs).toMatchObject({ verdict: 'fail', 'baseline-run-id': '' });
    const report: RunReport = JSON.parse(await readFile(leaky.outputs['report-path']!, 'utf8'));
    expect(report.baseline.used).toBe(true);
    expect(report.verdicts.find((v) => v.name === 'leaky' && v.metric === 'boyd-slope-vs-baseline')?.level).toBe('fail');
    expect(leaky.summary).toContain('boyd-slope-vs-baseline');
    expect(leaky.errors.at(-1)).toBe('::error::loadgen-gate: 2 regression(s) in leaky');
  });

  it('a slog file name holding a newline and a workflow command stays one harmless log line', async () => {
    // Such a name reaches the action through `path:` (zip members with control characters are
    // refused at extraction). core.info prints its text as it is: the name must not open a line.
    const evil = path.join(dir, 'evil');
    await cp(path.join(dir, 'clean'), evil, { recursive: true });
    const forged = 'chain-stage-1\n::error title=Forged::injected by a file name\n.slog';
    await rename(path.join(evil, 'chain-stage-1.slog'), path.join(evil, forged));
    for (const engine of ['main', 'worker']) {
      const r = await runBundle({
        apiUrl: 'http://127.0.0.1:9',
        inputs: { path: evil, baseline: 'none', comment: 'never', 'github-token': '', 'upload-report': 'never' },
        event: 'push',
        env: { LOADGEN_GATE_ENGINE: engine },
      });
      runs.push(r);
      expect(r.code, r.stdout).toBe(0);
      const lines = r.stdout.split('\n');
      expect(lines.filter((l) => l.includes('Forged') && !l.includes('chain-stage-1\\u000a::error'))).toEqual([]);
      expect(r.errors).toEqual([]);
      // The progress line names the file on one line, its control characters made visible.
      expect(lines.some((l) => /chain-stage-1\\u000a::error title=Forged::injected by a file name\\u000a\.slog: [\d.]+ MiB read, 2,854 lines$/.test(l)), r.stdout).toBe(true);
    }
  });
});
