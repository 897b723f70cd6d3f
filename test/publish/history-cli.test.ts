/**
 * `loadgen-gate history` and `analyze --history` through the built bundle (dist/cli/index.js), on
 * real reports: the six partial runs of the clean fixture, then of the leaky one, written as files.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_BUNDLE, NODE24, requireBundle } from '../engine/helpers.js';
import { fixture } from '../helpers/fixtures.js';
import { asRun, familyRuns, shaOf } from '../history/fixture-runs.js';
import { parseHistory } from '../../src/history/index.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'loadgen-gate-history-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(NODE24, [CLI_BUNDLE, ...args], { maxBuffer: 64 << 20, timeout: 120_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const nights = path.join(tmp, 'nights');
beforeAll(async () => {
  requireBundle(CLI_BUNDLE);
  mkdirSync(nights);
  const runs = [...(await familyRuns('loadgen-clean')), ...(await familyRuns('loadgen-leaky'))];
  // Names that sort in night order (night-00 … night-11).
  runs.forEach((r, i) => writeFileSync(path.join(nights, `night-${String(i).padStart(2, '0')}.json`), JSON.stringify(asRun(r, i))));
}, 600_000);

describe('loadgen-gate history', () => {
  it('reads a directory in name order, writes the history and the change points', async () => {
    const out = path.join(tmp, 'history.json');
    const json = path.join(tmp, 'changes.json');
    const r = await cli(['history', nights, '--out', out, '--json', json]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const h = parseHistory(readFileSync(out, 'utf8'));
    expect(h.problem).toBeUndefined();
    expect(h.history.entries.map((e) => e.run.label)).toEqual(Array.from({ length: 12 }, (_, i) => `night-${String(i).padStart(2, '0')}.json`));
    const doc = JSON.parse(readFileSync(json, 'utf8'));
    expect(doc.runs).toBe(12);
    const c = doc.changePoints.find((x: { name: string; metric: string }) => x.name === 'leaky' && x.metric === 'clist-exports');
    expect(c).toMatchObject({ vatID: 'v7', name: 'leaky', metric: 'clist-exports', index: 6, direction: 'up', before: { id: 1005, sha: shaOf(5) }, after: { id: 1006, sha: shaOf(6) } });
    expect(r.stdout).toContain(`leaky (v7) clist-exports rose 0.000/block → 5.000/block between run 1005 @ ${shaOf(5).slice(0, 12)} (2026-11-06) and run 1006 @ ${shaOf(6).slice(0, 12)} (2026-11-07)`);
  });

  it('takes a history among its inputs, and refuses a file that is neither', async () => {
    const out = path.join(tmp, 'history.json');
    const again = path.join(tmp, 'history2.json');
    expect((await cli(['history', out, path.join(nights, 'night-00.json'), '--out', again])).code).toBe(0);
    expect(parseHistory(readFileSync(again, 'utf8')).history.entries).toHaveLength(12);
    const junk = path.join(tmp, 'junk.json');
    writeFileSync(junk, '{"hello":1}');
    const bad = await cli(['history', junk]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(`loadgen-gate: ${junk}: not a loadgen-gate RunReport\n`);
  });

  it('analyze --history judges the leaky run against the band of the clean nights (exit 1); a broken history is a warning', async () => {
    const h = path.join(tmp, 'clean-history.json');
    expect((await cli(['history', ...Array.from({ length: 6 }, (_, i) => path.join(nights, `night-0${i}.json`)), '--out', h])).code).toBe(0);
    const json = path.join(tmp, 'leaky.json');
    const r = await cli(['analyze', fixture('loadgen-leaky'), '--history', h, '--json', json, '--markdown', path.join(tmp, 'leaky.md'), '--quiet']);
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.band).toEqual({ used: true, reason: 'judged against the band of the last 6 main run(s)', runs: 6 });
    const failing = report.verdicts.filter((v: { metric: string; level: string }) => v.metric.endsWith('-vs-band') && v.level === 'fail');
    expect(new Set(failing.map((v: { name: string }) => v.name))).toEqual(new Set(['leaky', 'holder']));
    // The summary shows the run against the band.
    const md = readFileSync(path.join(tmp, 'leaky.md'), 'utf8');
    expect(md).toContain('### Against the band of the last 6 main runs');
    expect(md).toContain('| ❌  | leaky (v7)  | ` clist-exports ` | 5\\.000/block | 0\\.000/block ± 0.000/block \\(6 runs\\) |');
    const broken = path.join(tmp, 'broken.json');
    writeFileSync(broken, '{"format":"loadgen-gate-history"');
    const b = await cli(['analyze', fixture('loadgen-clean'), '--history', broken, '--json', path.join(tmp, 'clean.json'), '--markdown', path.join(tmp, 'clean.md'), '--quiet']);
    expect(b.code).toBe(0);
    expect(b.stderr).toMatch(/^warning: .*broken\.json: not JSON .*; judged without the band$/m);
  });
});
