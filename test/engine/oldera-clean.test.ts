/** loadgen-clean without `clist` events: the negative control stays flat and passes. */
import { describe, expect, it } from 'vitest';
import { vatOf } from './helpers.js';
import { countsAt, defineOldEraSuite, split } from './oldera-suite.js';

const s = defineOldEraSuite('loadgen-clean');

describe('loadgen-clean without clist events: the rebuilt numbers', () => {
  it('every busy vat holds only roots at blocks 120 / 240 / 360 (nothing retained anywhere)', () => {
    const m = s.merged();
    for (const h of [120, 240, 360]) {
      expect(countsAt(m, 'v6', h)).toEqual(split(1, 0, 0, 0));
      expect(countsAt(m, 'v7', h)).toEqual(split(1, 0, 1, 0));
      expect(countsAt(m, 'v8', h)).toEqual(split(1, 0, 0, 0));
      expect(countsAt(m, 'v9', h)).toEqual(split(1, 0, 1, 0));
    }
  });

  it('slog-only analysis passes: every c-list verdict passes with zero growth and a zero slope', () => {
    const b = s.slogOnly();
    const clist = b.verdicts.filter((v) => v.metric.startsWith('clist-'));
    expect(clist.length).toBe(27); // 9 vats × exports/imports/promises
    expect(clist.every((v) => v.level === 'pass' && v.value === 0)).toBe(true);
    for (const vatID of ['v6', 'v7', 'v8', 'v9']) expect(vatOf(b, vatID).clist!.series!.slopePerBlock).toBe(0);
    expect(b.verdict).toBe('pass');
  });
});
