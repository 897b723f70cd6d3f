/**
 * One vat's c-list entries in a file's replay: kref key → state (1..15: the entry state, with the
 * replay's FOREIGN bit). A hash table with open addressing over typed arrays, 9 bytes a slot and
 * ~20 bytes an entry, where a Map takes ~73 (measured: 10^5 entries, 7.3 MB). Numeric keys
 * (src/slog/kref.ts) go in the table; the rare kref kept as text in a Map beside it.
 *
 * The table is a replay's largest state: the leak itself (every live entry), and in a file
 * replayed from translations, a mark for every kref it ever saw (700,000 at 10x the large fixture).
 *
 * Deleting leaves a tombstone, so deleting or rewriting entries while iterating is safe; only
 * inserting a new key can rebuild the table.
 */
import type { KrefKey } from '../slog/kref.js';

/**
 * A table's entries as plain typed arrays (a scan worker posts them): numeric keys with their
 * states, then the text keys with theirs.
 */
export interface KrefList {
  keys: Float64Array;
  states: Uint8Array;
  text: Array<[string, number]>;
}

const EMPTY = 0;
const DELETED = 0xff;
const MIN_CAPACITY = 16;

export class KrefStates {
  private keys = new Float64Array(MIN_CAPACITY);
  private states = new Uint8Array(MIN_CAPACITY);
  /** Slots holding an entry or a tombstone. */
  private used = 0;
  private live = 0;
  private text: Map<string, number> | null = null;

  get size(): number {
    return this.live + (this.text?.size ?? 0);
  }

  get(k: KrefKey): number | undefined {
    if (typeof k !== 'number') return this.text?.get(k);
    const i = this.find(k);
    return i >= 0 ? (this.states[i] as number) : undefined;
  }

  /** `state` must be 1..254. */
  set(k: KrefKey, state: number): void {
    if (typeof k !== 'number') {
      (this.text ??= new Map()).set(k, state);
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
    if (typeof k !== 'number') {
      this.text?.delete(k);
      return;
    }
    const i = this.find(k);
    if (i >= 0) {
      this.states[i] = DELETED;
      this.live--;
    }
  }

  /** Every entry (numeric keys in table order, then text keys); `f` may delete or rewrite entries. */
  forEach(f: (k: KrefKey, state: number) => void): void {
    const { keys, states } = this;
    for (let i = 0; i < states.length; i++) {
      const s = states[i] as number;
      if (s !== EMPTY && s !== DELETED) f(keys[i] as number, s);
    }
    if (this.text) for (const [k, s] of this.text) f(k, s);
  }

  /** Every entry, its state masked with `mask`, in `forEach` order. */
  list(mask: number): KrefList {
    const keys = new Float64Array(this.live);
    const states = new Uint8Array(this.live);
    let n = 0;
    for (let i = 0; i < this.states.length; i++) {
      const s = this.states[i] as number;
      if (s === EMPTY || s === DELETED) continue;
      keys[n] = this.keys[i] as number;
      states[n++] = s & mask;
    }
    const text: Array<[string, number]> = [];
    if (this.text) for (const [k, s] of this.text) text.push([k, s & mask]);
    return { keys, states, text };
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
    this.keys = new Float64Array(cap);
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

/** Mixes an integer key below 2^53 (both 32-bit halves) into 32 bits. */
function hash(k: number): number {
  let h = Math.imul((k >>> 0) ^ Math.imul((k / 4294967296) >>> 0, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 13);
}
