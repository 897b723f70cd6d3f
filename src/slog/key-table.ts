/**
 * Short ASCII names (member keys, event types) looked up from bytes without allocating: `find`
 * takes the hash `h = h * 31 + byte` (from 0) of the bytes. For keys, slog lines of one type have
 * them in the same order, so the table also remembers which key followed which (`after`):
 * `JsonBytes.key` first checks that guess with one byte comparison and hashes only when it is wrong.
 */
export class KeyTable {
  private readonly slots: Int32Array;
  readonly keys: Buffer[];
  readonly byName: Map<string, number>;
  /** The keys followed by `":`, for matching a guess in one loop. */
  readonly quoted: Buffer[];
  /** after[prev + 1] = the key that followed key `prev` last time (prev = -1: the first key). */
  readonly after: Int32Array;

  constructor(readonly names: readonly string[]) {
    let size = 64;
    while (size < names.length * 4) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.after = new Int32Array(names.length + 1).fill(-1);
    this.keys = names.map((n) => Buffer.from(n, 'latin1'));
    this.quoted = names.map((n) => Buffer.from(`${n}":`, 'latin1'));
    this.byName = new Map(names.map((n, i) => [n, i]));
    this.keys.forEach((k, id) => {
      let h = 0;
      for (const c of k) h = (Math.imul(h, 31) + c) | 0;
      let i = KeyTable.slot(h, size);
      while (this.slots[i] !== -1) i = (i + 1) & (size - 1);
      this.slots[i] = id;
    });
  }

  static slot(h: number, size: number): number {
    return (h ^ (h >>> 11)) & (size - 1);
  }

  /** Index of the name with bytes b[s..e) and hash h, or -1. */
  find(h: number, b: Uint8Array, s: number, e: number): number {
    const size = this.slots.length;
    const n = e - s;
    for (let i = KeyTable.slot(h, size); ; i = (i + 1) & (size - 1)) {
      const id = this.slots[i];
      if (id === -1) return -1;
      const k = this.keys[id];
      if (k.length !== n) continue;
      let j = 0;
      while (j < n && k[j] === b[s + j]) j++;
      if (j === n) return id;
    }
  }
}
