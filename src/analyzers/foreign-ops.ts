/**
 * The operations a file's c-list replay made on entries it had not seen before ("foreign" ops,
 * clist-replay.ts): the merge resolves each against the entries earlier files left.
 *
 * Stored as columns of typed arrays (18 bytes an op) rather than an object per op (several times
 * that). A file replayed from translations knows no entry's creation, so every entry it sees makes
 * an op: hundreds of thousands in a long run (docs/performance.md).
 * A plain object (not a class) so that it survives structured cloning between threads.
 */
import type { KrefKey } from '../slog/kref.js';

/** Flag bits of an op. */
export const OP_ROOT = 1;
export const OP_ENSURE = 2;
export const OP_EXACT = 4;
export const OP_WIPE = 8;

export interface ForeignOps {
  length: number;
  /** Vat IDs; `vat[i]` indexes this list. */
  vats: string[];
  vat: Uint32Array;
  /** Numeric kref keys (src/slog/kref.ts); NaN for a wipe or a kref kept as text (in `textKrefs`). */
  kref: Float64Array;
  /** Index of the first point of the vat that includes the op. */
  pointIndex: Uint32Array;
  /** The state the entry is assumed to have had, when nothing earlier knows it. */
  assumed: Int8Array;
  flags: Uint8Array;
  /** Op index → kref, for the rare kref that has no numeric key. */
  textKrefs: Record<number, string>;
}

export const emptyOps = (): ForeignOps => ({
  length: 0,
  vats: [],
  vat: new Uint32Array(0),
  kref: new Float64Array(0),
  pointIndex: new Uint32Array(0),
  assumed: new Int8Array(0),
  flags: new Uint8Array(0),
  textKrefs: Object.create(null) as Record<number, string>,
});

function resized<T extends Uint32Array | Float64Array | Int8Array | Uint8Array>(a: T, n: number): T {
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a.subarray(0, Math.min(a.length, n)));
  return b;
}

function setCapacity(ops: ForeignOps, n: number): void {
  ops.vat = resized(ops.vat, n);
  ops.kref = resized(ops.kref, n);
  ops.pointIndex = resized(ops.pointIndex, n);
  ops.assumed = resized(ops.assumed, n);
  ops.flags = resized(ops.flags, n);
}

/** Appends an op; `kref` null for a wipe. */
export function pushOp(ops: ForeignOps, vat: number, kref: KrefKey | null, pointIndex: number, assumed: number, flags: number): void {
  const i = ops.length;
  if (i === ops.kref.length) setCapacity(ops, Math.max(64, i * 2));
  ops.vat[i] = vat;
  if (typeof kref === 'number') ops.kref[i] = kref;
  else {
    ops.kref[i] = NaN;
    if (kref !== null) ops.textKrefs[i] = kref;
  }
  ops.pointIndex[i] = pointIndex;
  ops.assumed[i] = assumed;
  ops.flags[i] = flags;
  ops.length = i + 1;
}

/** The kref of op `i` (a number key, or its text). */
export function opKref(ops: ForeignOps, i: number): KrefKey {
  const k = ops.kref[i] as number;
  return k === k ? k : (ops.textKrefs[i] ?? '');
}

/** The ops with their spare capacity dropped (a posted typed array copies its whole buffer). */
export function trimOps(ops: ForeignOps): ForeignOps {
  if (ops.kref.length !== ops.length) setCapacity(ops, ops.length);
  return ops;
}
