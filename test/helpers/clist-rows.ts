/** A c-list series (src/analyzers/clist-points.ts) as one array per point, for assertions. */
import { pointAt, type ClistPoints } from '../../src/analyzers/clist-points.js';

export function pointRows(p: ClistPoints | undefined): number[][] {
  const out: number[][] = [];
  if (p) for (let i = 0; i < p.length; i++) out.push(pointAt(p, i));
  return out;
}
