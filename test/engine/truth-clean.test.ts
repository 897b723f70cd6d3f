/** loadgen-clean end to end: truth.json numbers, and a clean pass. */
import { describe, expect, it } from 'vitest';
import { defineTruthSuite } from './truth-suite.js';
import { vatOf } from './helpers.js';

const s = defineTruthSuite('loadgen-clean');

describe('loadgen-clean: verdicts', () => {
  it('passes: no c-list fail or warn, no BOYD fail', () => {
    const r = s.report();
    expect(r.verdict).toBe('pass');
    const clist = r.verdicts.filter((v) => v.metric.startsWith('clist-'));
    // exports, imports and promise entries for every vat.
    expect(clist.length).toBe(3 * r.vats.length);
    expect(clist.filter((v) => v.level !== 'pass')).toEqual([]);
    expect(r.verdicts.filter((v) => v.metric === 'boyd-slope' && v.level === 'fail')).toEqual([]);
    expect(r.verdicts.filter((v) => v.level === 'fail' || v.level === 'warn')).toEqual([]);
  });

  it('no attribution sentence and no object shared in bulk between vats', () => {
    const r = s.report();
    for (const v of r.vats) expect(v.clist?.attribution, v.vatID).toBeUndefined();
    // The only edges are the loadgen's wiring (one object each).
    expect(Math.max(...r.importGraph.map((e) => e.total))).toBe(1);
    expect(vatOf(r, 'v7').clist!.delta).toMatchObject({ exports: 0, imports: 0 });
  });
});
