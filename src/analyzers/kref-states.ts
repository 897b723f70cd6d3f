/**
 * One vat's c-list entries in a file's replay: kref key → state (1..15: the entry state, with the
 * replay's FOREIGN bit). A hash table with open addressing over typed arrays, 5 bytes a slot, a
 * fraction of a Map's cost an entry (docs/performance.md). Numeric keys below
 * 2^32 (src/slog/kref.ts: 4N + kind, so krefs up to ko1073741823) go in the table; a bigger one, or
 * a kref kept as text, in a Map beside it.
 *
 * The table is a replay's largest state: the leak itself (every live entry), and in a file
 * replayed from translations, a mark for every kref it ever saw (700,000 at 10x the large fixture).
 *
 * Deleting leaves a tombstone, so deleting or rewriting entries while iterating is safe; only
 * inserting a new key can rebuild the table.
 */
import type { KrefKey } from '../slog/kref.js';

/**
 * A table's entries as plain typed arrays (a scan worker posts them): the table's keys with their
 * states, then the other keys with theirs.
 */
export interface KrefList {
  keys: Uint32Array;
  states: Uint8Array;
  other: Array<[KrefKey, number]>;
}

const EMPTY = 0;
const DELETED = 0xff;
const MIN_CAPACITY = 16;

export class KrefStates {
  private keys = new Uint32Array(MIN_CAPACITY);
  private states = new Uint8Array(MIN_CAPACITY);
  /** Slots holding an entry or a tombstone. */
  private used = 0;
  private live = 0;
  /** Keys that are not numbers below 2^32. */
  private other: Map<KrefKey, number> | null = null;

  get size(): number {
    return this.live + (this.other?.size ?? 0);
  }

  get(k: KrefKey): number | undefined {
    if (!inTable(k)) return this.other?.get(k);
    const i = this.find(k);
    return i >= 0 ? (this.states[i] as number) : undefined;
  }

  /** `state` must be 1..254. */
  set(k: KrefKey, state: number): void {
    if (!inTable(k)) {
      (this.other ??= new Map()).set(k, state);
      return;
    }
    const i = this.find(k);
    if (i >= 0) {
      this.states[i] = state;
      return;
    }
    if ((this.used + 1) * 5 > this.keys.length * 3) this.rebuild(); // load ≤ 0.6
    const mask = this.keys.length - 1;
    let j = hash(k) & mask;
    for (;;) {
      const s = this.states[j] as number;
      if (s === EMPTY || s === DELETED) {
        if (s === EMPTY) this.used++;
        this.keys[j] = k;
        this.states[j] = state;
        this.live++;
        return;
      }
      j = (j + 1) & mask;
    }
  }

  delete(k: KrefKey): void {
    if (!inTable(k)) {
      this.other?.delete(k);
      return;
    }
    const i = this.find(k);
    if (i >= 0) {
      this.states[i] = DELETED;
      this.live--;
    }
  }

  /** Every entry (table order, then the other keys); `f` may delete or rewrite entries. */
  forEach(f: (k: KrefKey, state: number) => void): void {
    const { keys, states } = this;
    for (let i = 0; i < states.length; i++) {
      const s = states[i] as number;
      if (s !== EMPTY && s !== DELETED) f(keys[i] as number, s);
    }
    if (this.other) for (const [k, s] of this.other) f(k, s);
  }

  /** Every entry, its state masked with `mask`, in `forEach` order. */
  list(mask: number): KrefList {
    const keys = new Uint32Array(this.live);
    const states = new Uint8Array(this.live);
    let n = 0;
    for (let i = 0; i < this.states.length; i++) {
      const s = this.states[i] as number;
      if (s === EMPTY || s === DELETED) continue;
      keys[n] = this.keys[i] as number;
      states[n++] = s & mask;
    }
    const other: Array<[KrefKey, number]> = [];
    if (this.other) for (const [k, s] of this.other) other.push([k, s & mask]);
    return { keys, states, other };
  }

  /** Slot of `k`, or -1. */
  private find(k: number): number {
    const { keys, states } = this;
    const mask = keys.length - 1;
    let j = hash(k) & mask;
    for (;;) {
      const s = states[j] as number;
      if (s === EMPTY) return -1;
      if (s !== DELETED && keys[j] === k) return j;
      j = (j + 1) & mask;
    }
  }

  /** Re-inserts the live entries into a table sized for three times their number (tombstones go). */
  private rebuild(): void {
    const { keys, states } = this;
    let cap = MIN_CAPACITY;
    while (cap < (this.live + 1) * 3) cap *= 2;
    this.keys = new Uint32Array(cap);
    this.states = new Uint8Array(cap);
    const mask = cap - 1;
    for (let i = 0; i < states.length; i++) {
      const s = states[i] as number;
      if (s === EMPTY || s === DELETED) continue;
      const k = keys[i] as number;
      let j = hash(k) & mask;
      while (this.states[j] !== EMPTY) j = (j + 1) & mask;
      this.keys[j] = k;
      this.states[j] = s;
    }
    this.used = this.live;
  }
}

/** A key the table holds: a whole number below 2^32. */
const inTable = (k: KrefKey): k is number => typeof k === 'number' && k >>> 0 === k;

/** Mixes a 32-bit key. */
function hash(k: number): number {
  let h = Math.imul(k, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 13);
}
