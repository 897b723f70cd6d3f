/**
 * The pure parts of the history in the action: whether a run reads and carries it, the history it
 * carries (found, broken and rebuilt, or seeded), and the tracking issue's section saying since
 * which run a metric is above its band when no change point can be told yet.
 */
import { describe, expect, it } from 'vitest';
import { actionContext } from '../helpers/action-context.js';
import { planHistory, nextHistory, type HistoryConfig } from '../../src/publish/github/history-artifact.js';
import { historySection } from '../../src/publish/github/history-issues.js';
import { emptyHistory, FIXED_METRICS, historyOf, parseHistory, type HistoryEntry } from '../../src/history/index.js';
import type { RunReport, Verdict } from '../../src/shared/report-schema.js';

const cfg: HistoryConfig = { mode: 'auto', name: 'loadgen-gate-history', size: 200, bandRuns: undefined };
const env = { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'http://x' };
const main = actionContext({ eventName: 'schedule', ref: 'refs/heads/main', branch: 'main', payload: { repository: { default_branch: 'main' } } });

describe('planHistory', () => {
  it('carries on default-branch baseline runs, reads only elsewhere, and not at all when told', () => {
    expect(planHistory(cfg, main, env, {})).toMatchObject({ read: true, carry: true });
    const pr = actionContext({ eventName: 'pull_request', ref: 'refs/pull/7/merge', branch: 'feature', payload: { repository: { default_branch: 'main' } } });
    expect(planHistory(cfg, pr, env, {})).toMatchObject({ read: true, carry: false, why: "a 'pull_request' run makes no baseline: the history is read, not carried" });
    expect(planHistory(cfg, main, {}, {})).toMatchObject({ read: true, carry: false });
    expect(planHistory({ ...cfg, mode: 'never' }, main, env, {})).toEqual({ read: false, carry: false, why: "input 'history' is 'never'" });
    expect(planHistory({ ...cfg, mode: 'file', file: '/h.json' }, main, env, {})).toEqual({ read: true, carry: false, why: 'history file /h.json: read only' });
  });
});

const report = (runId: number, exportsPerBlock: number): RunReport =>
  ({
    schemaVersion: 1,
    generatedAt: '2026-11-01T00:00:00Z',
    provenance: { source: 'github-run', runId, headSha: runId.toString(16).padStart(40, '0'), url: `https://github.com/o/r/actions/runs/${runId}` },
    run: { xAxis: 'blockHeight' },
    verdict: 'pass',
    vats: [{ vatID: 'v7', name: 'leaky', clist: { snapshots: [], series: { xAxis: 'blockHeight', start: { height: 0, exports: 0, imports: 0, recognizableOnlyImports: 0, recognizableOnlyExports: 0 }, end: { height: 100, exports: 100 * exportsPerBlock, imports: 0, recognizableOnlyImports: 0, recognizableOnlyExports: 0 } } }, deliveryKinds: [] }],
  }) as unknown as RunReport;

describe('nextHistory', () => {
  it('appends to the history found; rebuilds a broken one from the seeds, with a warning', () => {
    const found = historyOf([1, 2].map((i) => ({ run: { id: i, attempt: 1, sha: null, time: null, url: null, branch: null, label: null, verdict: null }, metrics: [], vats: [] }) as HistoryEntry), 200);
    const a = nextHistory({ parsed: { history: found, notes: [] }, note: 'history artifact of run 2' }, [], report(3, 0), 200, 1);
    expect(a.history.entries.map((e) => e.run.id)).toEqual([1, 2, 3]);
    expect(a.notes).toEqual(['history artifact of run 2: 2 run(s)', 'this run appended: 3 run(s) kept (history-size 200)']);
    const broken = parseHistory('{"format":"loadgen-gate-history"', 'history artifact of run 2');
    const b = nextHistory({ parsed: broken, note: 'history artifact of run 2' }, [report(10, 0), report(11, 0)], report(12, 5), 2, 1);
    expect(b.warnings).toEqual([expect.stringMatching(/^history artifact of run 2: not JSON .*; rebuilding the history$/)]);
    expect(b.history.entries.map((e) => e.run.id)).toEqual([11, 12]);
    expect(nextHistory({ parsed: null, note: 'none' }, [], report(5, 0), 200).history.entries).toHaveLength(1);
    expect(emptyHistory().entries).toEqual([]);
  });
});

describe('historySection', () => {
  it('says since which run a metric is above its band, with the commit range, before a change point can be told', () => {
    const h = historyOf([0, 0, 0, 0, 0, 0, 5, 5].map((x, i) => ({ ...reportEntry(100 + i, x) })), 200);
    const v: Verdict = { vatID: 'v7', name: 'leaky', metric: 'clist-exports-vs-band', level: 'fail', value: 5, threshold: 0.02, message: '', reference: { kind: 'band', value: 0, spread: 0, runs: 6 }, unit: 'entries/block' };
    const md = historySection(h, [], 'v7', 'leaky', 'clist', [v]);
    expect(md).toContain('#### c-list exports growth (` clist-exports `)');
    expect(md).toContain('- Above its band since [run 106 @ 000000000000 \\(2026-11-01\\)](https://github.com/o/r/actions/runs/106): last good [run 105 @ 000000000000 \\(2026-11-01\\)](https://github.com/o/r/actions/runs/105), first bad [run 106');
    expect(md).toContain(`([commits](https://github.com/o/r/compare/${(105).toString(16).padStart(40, '0')}...${(106).toString(16).padStart(40, '0')}))`);
    // The chart's numeric run axis, its line from 0 to 5 entries/block.
    expect(md).toContain('x-axis "run (oldest first)" 0 --> 7');
    expect(md).toMatch(/line "clist-exports" \[0, [^\]]*, 5\]/);
  });
});

function reportEntry(runId: number, x: number): HistoryEntry {
  return { run: { id: runId, attempt: 1, sha: runId.toString(16).padStart(40, '0'), time: '2026-11-01T00:00:00.000Z', url: `https://github.com/o/r/actions/runs/${runId}`, branch: 'main', label: null, verdict: null }, metrics: [...FIXED_METRICS], vats: [['v7', 'leaky', FIXED_METRICS.map((m) => (m === 'clist-exports' ? x : null))]] };
}
