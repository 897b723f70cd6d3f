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

  it('attribution (agoric-sdk #4525): holder dropped every object and still recognizes 1,800; leaky holds them alive', () => {
    const r = s.report();
    const t = s.truth();
    const holder = vatOf(r, 'v6').clist!;
    const leaky = vatOf(r, 'v7').clist!;
    // Both sides' growing entries are kept alive by the exporter holding the objects.
    expect(holder.keptAliveBy).toEqual(['v7']);
    expect(leaky.keptAliveBy).toEqual(['v7']);
    // holder: 10 objects a block over 360 blocks, all dropped; leaky let half go (retired, which
    // retired holder's imports); the rest, 1,800 = truth weak_imports, stay recognizable-only.
    const weak = t.expected.weak_imports['v6:holder'];
    expect(holder.lifecycle!.imports).toEqual({ created: 3600, dropped: 3600, retired: 1800, retiredByOtherSide: 1800, recognizableOnly: weak, reachable: 0 });
    expect(leaky.lifecycle!.exports).toEqual({ created: 3600, dropped: 3600, retired: 1800, retiredByOtherSide: 0, recognizableOnly: weak, reachable: 1 });
    expect(leaky.lifecycle!.exports.recognizableOnly).toBe(t.kernel_object_refcounts['3'].by_owner.v7.recognizable_only);
    expect(holder.attribution).toMatch(/^holder \(v6\) gained 1,200 object imports over 240 blocks \(5\.00\/block\): it imported 3,600 objects over blocks 1–360, dropped 3,600 and retired 1,800 \(1,800 when their exporter retired them\); it holds 0 reachable and 1,800 recognizable-only at block 360/);
    expect(holder.attribution).toContain('still recognizes them (e.g. as WeakMap/WeakStore keys), so it does not retire them (1,800 from leaky (v7)); they stay because their exporter has not retired them: leaky (v7) still holds those objects alive. Open leaky (v7)\'s code');
    expect(leaky.attribution).toContain('the kernel dropped 3,600 of them (no importer could reach them) and retired 1,800 (1,800 by leaky (v7) itself letting them go)');
    expect(leaky.attribution).toContain('leaky (v7) itself still holds those objects alive (importers still recognize them: holder (v6) 1,800). Open leaky (v7)\'s code.');
    // The wrong story is gone.
    for (const a of [holder.attribution!, leaky.attribution!]) expect(a).not.toMatch(/keeps them itself|kept by importers|dropped 600 and kept 600/);
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
