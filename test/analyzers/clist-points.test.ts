/**
 * The c-list series store (src/analyzers/clist-points.ts): rows of one Float64Array that grow,
 * are trimmed before a scan result is posted, and survive structured cloning between threads.
 */
import { describe, expect, it } from 'vitest';
import { copyPoint, emptyPoints, pointAt, pointValue, POINT_WIDTH, pushPoint, trimPoints } from '../../src/analyzers/clist-points.js';
import { pointRows } from '../helpers/clist-rows.js';
import { ClistReplay, mergeClist } from '../../src/analyzers/clist-replay.js';
import { krefKey, VREF_EXPORT, VREF_IMPORT } from '../../src/slog/kref.js';

/** Counters as the replay keeps them: index 0 unused. */
const counts = (k: number) => [0, k, 2 * k, -k, k % 7, 1e9 + k, 0];

describe('clist point store', () => {
  it('keeps every row through growth, in order, with negative, large and NaN values', () => {
    const p = emptyPoints();
    for (let k = 0; k < 1000; k++) pushPoint(p, k === 0 ? NaN : k * 3, counts(k));
    expect(p.length).toBe(1000);
    expect(p.data.length).toBeGreaterThanOrEqual(1000 * POINT_WIDTH);
    expect(pointAt(p, 0)).toEqual([NaN, 0, 0, -0, 0, 1e9, 0]);
    expect(pointAt(p, 999)).toEqual([2997, 999, 1998, -999, 999 % 7, 1e9 + 999, 0]);
    expect(pointValue(p, 500, 0)).toBe(1500);
    expect(pointValue(p, 500, 3)).toBe(-500);
    const rows = pointRows(p);
    expect(rows).toHaveLength(1000);
    rows.forEach((r, k) => expect(r.slice(1)).toEqual(counts(k).slice(1)));
  });

  it('trims to exactly its rows, and a trimmed store is returned as is', () => {
    const p = emptyPoints();
    for (let k = 0; k < 17; k++) pushPoint(p, k, counts(k));
    expect(p.data.length).toBe(32 * POINT_WIDTH);
    const t = trimPoints(p);
    expect(t.data.length).toBe(17 * POINT_WIDTH);
    expect(pointRows(t)).toEqual(pointRows(p));
    expect(trimPoints(t)).toBe(t);
  });

  it('copies one row into another store', () => {
    const a = emptyPoints();
    pushPoint(a, 10, counts(1));
    pushPoint(a, 11, counts(2));
    const b = emptyPoints();
    copyPoint(a, 1, b);
    expect(pointRows(b)).toEqual([[11, ...counts(2).slice(1)]]);
  });

  it('a replay partial keeps its points through structured cloning (a scan worker posts it)', () => {
    const r = new ClistReplay();
    for (let h = 1; h <= 300; h++) {
      r.clistKeyed('export', 'v1', krefKey(`ko${h}`), VREF_EXPORT);
      if (h % 3 === 0) r.clistKeyed('import', 'v2', krefKey(`ko${h}`), VREF_IMPORT);
      r.checkpoint(h);
    }
    const part = r.finish(300);
    const cloned = structuredClone(part);
    expect(cloned.points.v1.data).toBeInstanceOf(Float64Array);
    expect(cloned.points.v1.data.length).toBe(300 * POINT_WIDTH);
    expect(pointRows(cloned.points.v1)).toEqual(pointRows(part.points.v1));
    // v1 exports one more object every block; v2 imports one every third block.
    expect(pointRows(cloned.points.v1).at(-1)).toEqual([300, 300, 0, 0, 0, 0, 0]);
    expect(pointRows(mergeClist([cloned]).points.v2).at(-1)).toEqual([300, 0, 0, 100, 0, 0, 0]);
    expect(cloned.points.v2.length).toBe(100);
  });
});
