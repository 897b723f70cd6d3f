/** loadgen-leaky end to end: truth.json numbers, plus the verdicts and attribution of issues 2 and 3. */
import { describe, expect, it } from 'vitest';
import { defineTruthSuite } from './truth-suite.js';
import { vatOf, verdictOf } from './helpers.js';

const s = defineTruthSuite('loadgen-leaky');

describe('loadgen-leaky: verdicts', () => {
  it('fails overall: leaky on BOYD slope and c-list exports, holder on c-list imports', () => {
    const r = s.report();
    expect(r.verdict).toBe('fail');
    expect(verdictOf(r, 'v7', 'boyd-slope')?.level).toBe('fail');
    expect(verdictOf(r, 'v7', 'clist-exports')?.level).toBe('fail');
    expect(verdictOf(r, 'v6', 'clist-imports')?.level).toBe('fail');
    // Exactly these three fail; nothing else (holder's BOYD trend is "either" in truth.json).
    expect(r.verdicts.filter((v) => v.level === 'fail').map((v) => `${v.vatID} ${v.metric}`).sort()).toEqual(['v6 clist-imports', 'v7 boyd-slope', 'v7 clist-exports']);
  });

  it('c-list verdicts carry the kernel-DB growth from stage 1 to stage 3 (+1,200 over 240 blocks)', () => {
    const r = s.report();
    // truth: leaky 602 → 1802 entries (exports 601 → 1801), holder 601 → 1801 (imports 600 → 1800).
    expect(verdictOf(r, 'v7', 'clist-exports')).toMatchObject({ value: 1200 });
    expect(verdictOf(r, 'v6', 'clist-imports')).toMatchObject({ value: 1200 });
    expect(vatOf(r, 'v7').clist!.delta).toMatchObject({ fromStage: 1, toStage: 3, blocks: 240, exports: 1200, imports: 0, perBlock: 5 });
    expect(vatOf(r, 'v6').clist!.delta).toMatchObject({ fromStage: 1, toStage: 3, blocks: 240, exports: 0, imports: 1200, perBlock: 5 });
    // perf.jsonl: 240 cycles in each of stages 2 and 3.
    expect(vatOf(r, 'v7').clist!.delta!.perCycle).toBe(1200 / 480);
  });

  it('attribution: holder (v6) keeps its imports reachable, and with them leaky’s exports', () => {
    const r = s.report();
    const holder = vatOf(r, 'v6').clist!;
    const leaky = vatOf(r, 'v7').clist!;
    expect(holder.keptAliveBy).toEqual(['v6']);
    expect(leaky.keptAliveBy).toEqual(['v6']);
    // holder keeps every second of the 10 objects a block: it drops and retires the others itself.
    expect(holder.lifecycle!.imports).toEqual({ created: 3600, dropped: 1800, retired: 1800, retiredByOtherSide: 0, recognizableOnly: 0, reachable: 1800 });
    expect(leaky.lifecycle!.exports).toEqual({ created: 3600, dropped: 1800, retired: 1800, retiredByOtherSide: 1800, recognizableOnly: 0, reachable: 1801 });
    expect(holder.attribution).toMatch(/^holder \(v6\) gained 1,200 object imports/);
    expect(holder.attribution).toContain("holder (v6)'s own references keep the reachable ones alive (1,800 from leaky (v7)): open holder (v6)'s code.");
    expect(leaky.attribution).toMatch(/^leaky \(v7\) gained 1,200 object exports/);
    expect(leaky.attribution).toContain("holder (v6) holds 1,800 reachable; their references keep leaky (v7)'s exports alive: open holder (v6)'s code.");
    expect(holder.attribution).not.toMatch(/recognizable-only ones/); // all 1,800 are reachable here
  });

  it('importGraph: v6 imports 1,800 objects from v7 at stage 3, all reachable', () => {
    const r = s.report();
    const e = r.importGraph.filter((x) => x.importer === 'v6' && x.exporter === 'v7');
    expect(e.map((x) => [x.stage, x.total, x.reachable])).toEqual([[1, 600, 600], [2, 1200, 1200], [3, 1800, 1800]]);
  });
});
