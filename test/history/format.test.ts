/**
 * The history file: a round trip keeps every value to 4 significant digits; an entry written with
 * fewer metrics (an older version) stays readable and an unknown column is ignored; a broken file
 * is a problem line and an empty history, never an exception; 200 runs of 100 vats stay under 5 MB.
 */
import { describe, expect, it } from 'vitest';
import {
  appendEntry,
  emptyHistory,
  entryFromReport,
  FIXED_METRICS,
  historyOf,
  parseHistory,
  serializeHistory,
  seriesOf,
  type HistoryEntry,
} from '../../src/history/index.js';
import type { RunReport } from '../../src/shared/report-schema.js';

const run = (i: number) => ({ id: 100 + i, attempt: 1, sha: 'a'.repeat(39) + (i % 10), time: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(), url: `https://github.com/o/r/actions/runs/${100 + i}`, branch: 'main', label: null, verdict: 'pass' });

function bigEntry(i: number, vats = 100): HistoryEntry {
  const kinds = ['time-bringOutYourDead', 'time-message', 'time-notify', 'time-dropExports', 'time-retireExports', 'time-retireImports'];
  const metrics = [...FIXED_METRICS, ...kinds];
  return {
    run: run(i),
    metrics,
    vats: Array.from({ length: vats }, (_, v) => [`v${v + 1}`, `vat-number-${v + 1}`, metrics.map((_, j) => Math.PI * 1e-3 * (1 + ((i * 31 + v * 7 + j) % 97) / 97))]),
  };
}

describe('history file', () => {
  it('round-trips, rounded to 4 significant digits', () => {
    const h = historyOf([bigEntry(0, 3), bigEntry(1, 3)], 200);
    const back = parseHistory(serializeHistory(h, 'loadgen-gate test'));
    expect(back.problem).toBeUndefined();
    expect(back.notes).toEqual([]);
    expect(back.history.entries).toHaveLength(2);
    expect(back.history.entries[1]!.run).toEqual(run(1));
    expect(back.history.entries[0]!.vats[0]![2][0]).toBe(Number((Math.PI * 1e-3).toPrecision(4)));
  });

  it('reads an older entry with fewer metrics next to a newer one with a column it does not know', () => {
    const old = { run: { id: 1, sha: 'b'.repeat(40) }, metrics: ['boyd-slope', 'clist-imports'], vats: [['v7', 'leaky', [1e-6, 0]]] };
    const newer = { run: { id: 2, sha: 'c'.repeat(40) }, metrics: ['boyd-slope', 'clist-imports', 'some-future-metric'], vats: [['v7', 'leaky', [2e-6, 5, 42]]] };
    const text = JSON.stringify({ format: 'loadgen-gate-history', version: 1, entries: [old, newer] });
    const { history, problem } = parseHistory(text);
    expect(problem).toBeUndefined();
    const s = seriesOf(history).get('name:leaky')!;
    expect(s.metrics.get('clist-imports')!.map((p) => p.value)).toEqual([0, 5]);
    expect(s.metrics.get('boyd-slope')!.map((p) => p.entry)).toEqual([0, 1]);
    expect(s.metrics.get('heap-growth')).toBeUndefined();
  });

  it('turns a broken or foreign file into a problem line, and drops unreadable entries with a note', () => {
    expect(parseHistory('{"format":"loadgen-gate-history","version":1,"entries":[', 'h.json')).toMatchObject({ problem: expect.stringMatching(/^h\.json: not JSON/), history: { entries: [] } });
    expect(parseHistory('{"schemaVersion":1,"vats":[]}', 'r.json').problem).toBe('r.json: not a loadgen-gate history (format null)');
    expect(parseHistory('{"format":"loadgen-gate-history","version":"x","entries":[]}', 'h.json').problem).toBe('h.json: history version "x" is not a version');
    const mixed = parseHistory(JSON.stringify({ format: 'loadgen-gate-history', version: 1, entries: [bigEntry(0, 1), 'junk', { run: {} }] }), 'h.json');
    expect(mixed.history.entries).toHaveLength(1);
    expect(mixed.notes).toEqual(['h.json: entry 1 is unreadable; dropped', 'h.json: entry 2 is unreadable; dropped']);
    const future = parseHistory(JSON.stringify({ format: 'loadgen-gate-history', version: 9, entries: [bigEntry(0, 1)] }), 'h.json');
    expect(future.history.entries).toHaveLength(1);
    expect(future.notes[0]).toMatch(/newer loadgen-gate \(history version 9/);
  });

  it('keeps the newest runs and replaces a re-run of the same run', () => {
    let h = emptyHistory();
    for (let i = 0; i < 7; i++) h = appendEntry(h, bigEntry(i, 1), 5);
    expect(h.entries.map((e) => e.run.id)).toEqual([102, 103, 104, 105, 106]);
    h = appendEntry(h, { ...bigEntry(4, 1), run: { ...run(4), attempt: 2 } }, 5);
    expect(h.entries.map((e) => `${e.run.id}/${e.run.attempt}`)).toEqual(['102/1', '103/1', '105/1', '106/1', '104/2']);
  });

  it('holds 200 runs of 100 vats in under 5 MB', () => {
    const h = historyOf(Array.from({ length: 200 }, (_, i) => bigEntry(i)), 200);
    const bytes = Buffer.byteLength(serializeHistory(h, 'loadgen-gate test'));
    expect(bytes).toBeLessThan(5 * 1024 * 1024);
    expect(bytes).toBeGreaterThan(1024 * 1024);
  });

  it('builds an entry from whatever a report has, and nothing it lacks', () => {
    const report = {
      schemaVersion: 1,
      generatedAt: '2026-11-02T03:00:00Z',
      provenance: { source: 'github-run', runId: 77, headSha: 'd'.repeat(40), url: 'https://github.com/o/r/actions/runs/77' },
      run: { xAxis: 'blockHeight' },
      verdict: 'pass',
      vats: [
        {
          vatID: 'v7',
          name: 'leaky',
          boyd: { count: 300, slopePerBlock: 1.4e-5, chart: [[1, 0.003], [2, 0.005], [3, 0.004]], onset: { height: 120, stage: 2, index: 90 } },
          heap: { growth: 2.26 },
          clist: {
            snapshots: [
              { stage: 1, height: 120, exports: { reachable: 600, recognizableOnly: 2 }, imports: { reachable: 1, recognizableOnly: 0 }, promises: 4 },
              { stage: 3, height: 360, exports: { reachable: 1800, recognizableOnly: 2 }, imports: { reachable: 1, recognizableOnly: 0 }, promises: 964 },
            ],
            series: null,
          },
          deliveryKinds: [
            { kind: 'message', method: 'produce', count: 240, totalSeconds: 0.6 },
            { kind: 'message', method: 'keep', count: 60, totalSeconds: 0.3 },
            { kind: 'startVat', count: 1, totalSeconds: 0.07 },
            { kind: 'bad kind\n', count: 100, totalSeconds: 1 },
          ],
        },
        { vatID: 'v9', name: null, boyd: null, heap: 'garbage', deliveryKinds: null },
      ],
    } as unknown as RunReport;
    const e = entryFromReport(report, 'night.json');
    expect(e.run).toEqual({ id: 77, attempt: null, sha: 'd'.repeat(40), time: '2026-11-02T03:00:00.000Z', url: 'https://github.com/o/r/actions/runs/77', branch: null, label: 'night.json', verdict: 'pass' });
    expect(e.metrics).toEqual([...FIXED_METRICS, 'time-message']);
    const v = Object.fromEntries(e.metrics.map((m, j) => [m, e.vats[0]![2][j]]));
    expect(v).toEqual({
      'boyd-slope': 1.4e-5,
      'boyd-level': 0.004,
      'boyd-count': 300,
      'heap-growth': 2.26,
      'clist-exports': 5,
      'clist-imports': 0,
      'clist-recognizable-only': 0,
      'clist-promises': 4,
      'promise-entries': 964,
      'time-message': 0.003,
    });
    // The vat with nothing readable has no row.
    expect(e.vats).toHaveLength(1);
  });
});
