/**
 * Short ASCII strings (vat IDs, krefs, vrefs, method names) repeat a lot: a direct-mapped cache
 * returns the same string for the same bytes instead of allocating one per line.
 */
export class Interner {
  private readonly table: Array<string | undefined>;
  private readonly mask: number;

  constructor(size = 4096) {
    this.table = new Array<string | undefined>(size).fill(undefined);
    this.mask = size - 1;
  }

  /** The string of ASCII bytes b[s..e), whose hash (h = h * 31 + byte, from 0) is `h`. */
  get(b: Uint8Array, s: number, e: number, h: number): string {
    const n = e - s;
    const slot = (h ^ (h >>> 13)) & this.mask;
    const cand = this.table[slot];
    if (cand !== undefined && cand.length === n) {
      let i = 0;
      while (i < n && cand.charCodeAt(i) === b[s + i]) i++;
      if (i === n) return cand;
    }
    const str = asciiString(b, s, e);
    this.table[slot] = str;
    return str;
  }
}

/** A string from ASCII bytes; String.fromCharCode is much cheaper than Buffer#toString for short ones. */
export function asciiString(b: Uint8Array, s: number, e: number): string {
  switch (e - s) {
    case 0: return '';
    case 1: return String.fromCharCode(b[s]);
    case 2: return String.fromCharCode(b[s], b[s + 1]);
    case 3: return String.fromCharCode(b[s], b[s + 1], b[s + 2]);
    case 4: return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3]);
    case 5: return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4]);
    case 6: return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5]);
    case 7: return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6]);
    case 8: return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7]);
    default: return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1', s, e);
  }
}

/** Strings longer than this are not interned (`JsonBytes.string` scans at most this far for one). */
export const MAX_INTERNED = 32;

export const interner = new Interner();

/** The shared string for ASCII bytes b[s..e) with hash h (h = h * 31 + byte, from 0). */
export const interned = (b: Uint8Array, s: number, e: number, h: number): string => interner.get(b, s, e, h);
