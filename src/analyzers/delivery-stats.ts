/**
 * Per (vat, delivery kind, method) time accumulators, mergeable across files in stage order:
 * count, total, the first and last 100 durations, and OLS sums against two x-axes (block height
 * where known, and the delivery ordinal) so fitted values at the first and last block need no
 * per-delivery storage.
 */
export const KEEP = 100;

export interface OlsSums {
  n: number;
  sx: number;
  sy: number;
  sxx: number;
  sxy: number;
  xMin: number;
  xMax: number;
}

export interface DeliveryAcc {
  vatID: string;
  kind: string;
  method: string | null;
  count: number;
  total: number;
  first: number[];
  /** Ring buffer of the last KEEP durations; `lastPos` is the next write index once full. */
  last: number[];
  lastPos: number;
  byHeight: OlsSums;
  byOrdinal: OlsSums;
}

export const emptySums = (): OlsSums => ({ n: 0, sx: 0, sy: 0, sxx: 0, sxy: 0, xMin: Infinity, xMax: -Infinity });

export function addSum(s: OlsSums, x: number, y: number): void {
  s.n++;
  s.sx += x;
  s.sy += y;
  s.sxx += x * x;
  s.sxy += x * y;
  if (x < s.xMin) s.xMin = x;
  if (x > s.xMax) s.xMax = x;
}

/** Merge `b` into `a`, with b's x shifted by `offset`. */
export function mergeSums(a: OlsSums, b: OlsSums, offset = 0): void {
  a.n += b.n;
  a.sx += b.sx + b.n * offset;
  a.sy += b.sy;
  a.sxx += b.sxx + 2 * offset * b.sx + b.n * offset * offset;
  a.sxy += b.sxy + offset * b.sy;
  if (b.n) {
    a.xMin = Math.min(a.xMin, b.xMin + offset);
    a.xMax = Math.max(a.xMax, b.xMax + offset);
  }
}

/** OLS fitted values at the smallest and largest x, or nulls when the fit is undefined. */
export function fittedEnds(s: OlsSums): [number | null, number | null] {
  if (s.n < 2) return [null, null];
  const den = s.n * s.sxx - s.sx * s.sx;
  if (!(Math.abs(den) > 1e-12 * Math.max(1, s.n * s.sxx))) return [null, null];
  const slope = (s.n * s.sxy - s.sx * s.sy) / den;
  const intercept = (s.sy - slope * s.sx) / s.n;
  return [intercept + slope * s.xMin, intercept + slope * s.xMax];
}

export const accKey = (vatID: string, kind: string, method: string | null): string => `${vatID}\u0000${kind}\u0000${method ?? ''}`;

export class DeliveryStats {
  /** In order of first appearance. */
  private readonly all: DeliveryAcc[] = [];
  /** vatID → kind → method ('' for none) → accumulator; no key string per delivery. */
  private readonly byVat = new Map<string, Map<string, Map<string, DeliveryAcc>>>();

  add(vatID: string, kind: string, method: string | null, seconds: number, height: number | null, ordinal: number): void {
    let kinds = this.byVat.get(vatID);
    if (!kinds) this.byVat.set(vatID, (kinds = new Map()));
    let methods = kinds.get(kind);
    if (!methods) kinds.set(kind, (methods = new Map()));
    let a = methods.get(method ?? '');
    if (!a) {
      a = { vatID, kind, method, count: 0, total: 0, first: [], last: [], lastPos: 0, byHeight: emptySums(), byOrdinal: emptySums() };
      methods.set(method ?? '', a);
      this.all.push(a);
    }
    a.count++;
    a.total += seconds;
    if (a.first.length < KEEP) a.first.push(seconds);
    if (a.last.length < KEEP) a.last.push(seconds);
    else {
      a.last[a.lastPos] = seconds;
      a.lastPos = (a.lastPos + 1) % KEEP;
    }
    if (height !== null) addSum(a.byHeight, height, seconds);
    addSum(a.byOrdinal, ordinal, seconds);
  }

  list(): DeliveryAcc[] {
    return [...this.all];
  }
}

/** Last-KEEP values in chronological order. */
export function lastInOrder(a: DeliveryAcc): number[] {
  return a.last.length < KEEP ? a.last.slice() : [...a.last.slice(a.lastPos), ...a.last.slice(0, a.lastPos)];
}

/** Merge per-file accumulators in stage order; `ordinalOffsets[i]` shifts file i's ordinals. */
export function mergeDeliveryStats(files: DeliveryAcc[][], ordinalOffsets: number[]): DeliveryAcc[] {
  const out = new Map<string, DeliveryAcc>();
  files.forEach((list, i) => {
    for (const b of list) {
      const key = accKey(b.vatID, b.kind, b.method);
      let a = out.get(key);
      if (!a) {
        a = { ...b, first: [], last: [], lastPos: 0, count: 0, total: 0, byHeight: emptySums(), byOrdinal: emptySums() };
        out.set(key, a);
      }
      a.count += b.count;
      a.total += b.total;
      for (const v of b.first) if (a.first.length < KEEP) a.first.push(v);
      const merged = [...lastInOrder(a), ...lastInOrder(b)].slice(-KEEP);
      a.last = merged;
      a.lastPos = 0;
      mergeSums(a.byHeight, b.byHeight);
      mergeSums(a.byOrdinal, b.byOrdinal, ordinalOffsets[i] ?? 0);
    }
  });
  return [...out.values()];
}
