/** loadgen-weak end to end: truth.json numbers, and the recognizable-only (WeakMap) leak of issue 3. */
import { describe, expect, it } from 'vitest';
import { defineTruthSuite } from './truth-suite.js';
import { vatOf, verdictOf } from './helpers.js';

const s = defineTruthSuite('loadgen-weak');

describe('loadgen-weak: verdicts', () => {
  it('fails overall: leaky on BOYD slope, holder on c-list imports although none of them is reachable', () => {
    const r = s.report();
    expect(r.verdict).toBe('fail');
    expect(verdictOf(r, 'v7', 'boyd-slope')?.level).toBe('fail');
    expect(verdictOf(r, 'v6', 'clist-imports')?.level).toBe('fail');
    expect(verdictOf(r, 'v7', 'clist-exports')?.level).toBe('fail');
    const holder = vatOf(r, 'v6').clist!.snapshots.at(-1)!;
    expect(holder.imports).toEqual({ reachable: 0, recognizableOnly: 1800 });
  });

  it('attribution: holder’s sentence names its 1,800 recognizable-only imports', () => {
    const r = s.report();
    const holder = vatOf(r, 'v6').clist!.attribution!;
    expect(holder).toMatch(/^holder \(v6\) gained 1,200 object imports/);
    expect(holder).toMatch(/1,800 of its imports are recognizable but not reachable/);
    const leaky = vatOf(r, 'v7').clist!.attribution!;
    expect(leaky).toMatch(/holder \(v6\) holds 1,800 \(0 reachable\)/);
    expect(leaky).toMatch(/1,800 of its exports are recognizable-only/);
  });

  it('importGraph: v6 imports 1,800 from v7 at stage 3, none reachable (= truth kernel_object_refcounts)', () => {
    const r = s.report();
    const t = s.truth();
    const e = r.importGraph.filter((x) => x.importer === 'v6' && x.exporter === 'v7');
    expect(e.map((x) => x.stage)).toEqual([1, 2, 3]);
    for (const x of e) {
      // Every object leaky owns beyond its one reachable root is recognizable-only and held by holder.
      expect(x.total).toBe(t.kernel_object_refcounts[String(x.stage)].by_owner.v7.recognizable_only);
      expect(x.reachable).toBe(0);
    }
    expect(e.at(-1)!.total).toBe(1800);
  });
});
