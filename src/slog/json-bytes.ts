/**
 * A small validating JSON reader over a byte range of a Buffer, used to pick the few fields the
 * scanner needs out of big slog lines without `JSON.parse` building the whole object.
 *
 * It follows the JSON grammar (RFC 8259) strictly, so a line it reads is a line `JSON.parse` would
 * accept, and it reads values with `JSON.parse` semantics (last duplicate key wins, numbers correctly
 * rounded). Invalid UTF-8 is not an error (the reference decodes with `buf.toString('utf8')`, which
 * substitutes U+FFFD), and it is decoded the same way here. A syntax error, or nesting deeper than
 * MAX_DEPTH, makes it give up: the caller then re-reads the line with `JSON.parse`, which decides
 * whether the line is garbage.
 *
 * Usage: `reset(buf, start, end)`, then `objectStart()` and `for (let f = true; j.more(f); f = false)`
 * over members with `key()` and a value reader (`string()`, `number()`, `isTrue()`, `skip()`, ...).
 * Errors set `bad` and make every later call a no-op; check it (or `end()`) once at the end.
 */

import { QUOTE, BACKSLASH, COMMA, COLON, LBRACE, RBRACE, LBRACKET, RBRACKET, MINUS, DOT, ZERO, isDigit, STR_ESCAPED, STR_NON_ASCII, strFlags, stringEnd, numberEnd, literalEnd, skipWs } from './json-scan.js';
import { interner, MAX_INTERNED } from './interner.js';
import type { KeyTable } from './key-table.js';

export { Interner, asciiString, interned } from './interner.js';
export { KeyTable } from './key-table.js';

/** Deeper values are left to JSON.parse (the container stack is kept in the bits of an int32). */
const MAX_DEPTH = 30;
/** Exact powers of ten (10^0..10^22 are exactly representable as doubles). */
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
const TWO_53 = 2 ** 53;

export class JsonBytes {
  buf: Buffer = Buffer.alloc(0);
  pos = 0;
  end = 0;
  /** A syntax error (or something this reader does not handle) was met. */
  bad = false;
  /** Raw bounds (between the quotes) and flags of the last string scanned. */
  strStart = 0;
  strEnd = 0;
  strEscaped = false;
  strNonAscii = false;

  reset(buf: Buffer, start: number, end: number): this {
    this.buf = buf;
    this.pos = start;
    this.end = end;
    this.bad = false;
    return this;
  }

  fail(): false {
    this.bad = true;
    this.pos = this.end;
    return false;
  }

  /** Skips JSON whitespace and returns the next byte, or -1 at the end. */
  peek(): number {
    const b = this.buf;
    let p = this.pos;
    const e = this.end;
    if (p < e && b[p] > 0x20) return b[p];
    while (p < e) {
      const c = b[p];
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) p++;
      else {
        this.pos = p;
        return c;
      }
    }
    this.pos = p;
    return -1;
  }

  /** Position of the next value (after whitespace). */
  peekPos(): number {
    this.peek();
    return this.pos;
  }

  /** Consumes `{`; false (and `bad`) if the next value is not an object. */
  objectStart(): boolean {
    if (this.peek() !== LBRACE) return this.fail();
    this.pos++;
    return true;
  }

  /**
   * Object members / array elements: true when another one follows (the `,` is consumed), false at
   * the closing bracket (consumed) or on a syntax error.
   */
  more(first: boolean, close = RBRACE): boolean {
    if (this.bad) return false;
    const c = this.peek();
    if (c === close) {
      this.pos++;
      return false;
    }
    if (first) {
      if (c === -1) return this.fail();
      return true;
    }
    if (c !== COMMA) return this.fail();
    this.pos++;
    return true;
  }

  /** Array elements: like `more` with `]`. */
  moreItems(first: boolean): boolean {
    return this.more(first, RBRACKET);
  }

  /**
   * Reads a member key and its `:`, returning its index in `table` (-1 for other keys), or -2 on a
   * syntax error. `prev` is the previous key of this object (-1 for the first), for the guess.
   * Keys with escapes are decoded and looked up by name.
   */
  key(table: KeyTable, prev: number): number {
    if (this.peek() !== QUOTE) return this.fail(), -2;
    const b = this.buf;
    const e = this.end;
    const s = this.pos + 1;
    let p = s;
    let id = table.after[prev + 1];
    if (id >= 0) {
      // The guess, as `name":` (the key, its closing quote and a colon right after it).
      const k = table.quoted[id];
      const n = k.length;
      if (s + n <= e) {
        let i = 0;
        while (i < n && k[i] === b[s + i]) i++;
        if (i === n) {
          this.strStart = s;
          this.strEnd = s + n - 2;
          this.pos = s + n;
          return id;
        }
      }
    }
    let h = 0;
    for (; p < e; p++) {
      const c = b[p];
      if (c === QUOTE || c === BACKSLASH || c < 0x20) break;
      h = (Math.imul(h, 31) + c) | 0;
    }
    if (p < e && b[p] === QUOTE) {
      id = table.find(h, b, s, p);
      this.strStart = s;
      this.strEnd = p;
      this.pos = p + 1;
    } else {
      // Escapes (or an error): validate and decode the key, then look it up by name.
      if (!this.scanString()) return -2;
      id = table.byName.get(this.stringValue()) ?? -1;
    }
    if (id >= 0) table.after[prev + 1] = id;
    if (this.peek() !== COLON) return this.fail(), -2;
    this.pos++;
    return id;
  }

  /** Only whitespace is left: the line was exactly one JSON value. */
  atEnd(): boolean {
    if (this.bad) return false;
    return this.peek() === -1;
  }

  /** At `"`: scans the string, validating escapes and control characters. */
  scanString(): boolean {
    const q = stringEnd(this.buf, this.pos, this.end);
    if (q < 0) return this.fail();
    this.strStart = this.pos + 1;
    this.strEnd = q;
    this.strEscaped = (strFlags & STR_ESCAPED) !== 0;
    this.strNonAscii = (strFlags & STR_NON_ASCII) !== 0;
    this.pos = q + 1;
    return true;
  }

  /** Decoded value of the last scanned string. */
  stringValue(): string {
    const { buf, strStart: s, strEnd: e } = this;
    if (this.strEscaped) return JSON.parse(buf.toString('utf8', s - 1, e + 1)) as string;
    return buf.toString(this.strNonAscii ? 'utf8' : 'latin1', s, e);
  }

  /** The exact bytes `lit` come next (no whitespace skipped); consumes them. Never sets `bad`. */
  literal(lit: Buffer): boolean {
    const b = this.buf;
    const p = this.pos;
    const n = lit.length;
    if (p + n > this.end) return false;
    for (let i = 0; i < n; i++) if (b[p + i] !== lit[i]) return false;
    this.pos = p + n;
    return true;
  }

  /** The next value if it is a string (at the cursor, no whitespace); else undefined, nothing consumed. */
  stringOnly(): string | undefined {
    if (this.pos >= this.end || this.buf[this.pos] !== QUOTE) return undefined;
    return this.string();
  }

  /** The next value as a string, or undefined when it is another kind of value (skipped). */
  string(): string | undefined {
    if (this.peek() !== QUOTE) {
      this.skip();
      return undefined;
    }
    // Short plain ASCII strings: scan and hash in one pass, then intern.
    const b = this.buf;
    const s = this.pos + 1;
    const lim = Math.min(this.end, s + MAX_INTERNED + 1);
    let h = 0;
    for (let p = s; p < lim; p++) {
      const c = b[p];
      if (c === QUOTE) {
        this.pos = p + 1;
        return interner.get(b, s, p, h);
      }
      if (c === BACKSLASH || c < 0x20 || c >= 0x80) break;
      h = (Math.imul(h, 31) + c) | 0;
    }
    if (!this.scanString()) return undefined;
    return this.stringValue();
  }

  /** At a number: validates it; false (bad) if it is not a JSON number. */
  skipNumber(): boolean {
    const q = numberEnd(this.buf, this.pos, this.end);
    if (q < 0) return this.fail();
    this.pos = q;
    return true;
  }

  /**
   * The next value as a finite number (what `Number.isFinite(JSON.parse(...))` would give), or
   * undefined when it is another kind of value (skipped) or overflows.
   */
  number(): number | undefined {
    const c = this.peek();
    if (c !== MINUS && !isDigit(c)) {
      this.skip();
      return undefined;
    }
    // Validates while accumulating the digits as an integer mantissa `m` with `frac` digits after
    // the point. Clinger's fast path: m < 2^53 divided by an exact power of ten is correctly
    // rounded, as JSON.parse is; exponents and longer mantissas take the slow path.
    const b = this.buf;
    const e = this.end;
    const s = this.pos;
    let p = s;
    const neg = c === MINUS;
    p += neg ? 1 : 0;
    let m = 0;
    let d = p < e ? b[p] : -1;
    if (d === ZERO) p++;
    else if (isDigit(d)) {
      do {
        m = m * 10 + (d - 0x30);
        d = ++p < e ? b[p] : -1;
      } while (isDigit(d));
    } else return this.fail(), undefined;
    let frac = 0;
    if (p < e && b[p] === DOT) {
      const f0 = ++p;
      while (p < e && isDigit((d = b[p]))) {
        m = m * 10 + (d - 0x30);
        p++;
      }
      frac = p - f0;
      if (frac === 0) return this.fail(), undefined;
    }
    let exact = m < TWO_53 && frac <= 22;
    if (p < e && (b[p] | 0x20) === 0x65 /* e E */) {
      exact = false;
      p++;
      if (p < e && (b[p] === 0x2b || b[p] === MINUS)) p++;
      if (p >= e || !isDigit(b[p])) return this.fail(), undefined;
      while (p < e && isDigit(b[p])) p++;
    }
    this.pos = p;
    let v: number;
    if (exact) {
      v = frac > 0 ? m / POW10[frac] : m;
      v *= neg ? -1 : 1;
    } else v = Number(b.toString('latin1', s, p));
    return Number.isFinite(v) ? v : undefined;
  }

  /** The next value is the literal `true` (consumed); any other value is skipped. */
  isTrue(): boolean {
    if (this.peek() === 0x74 && this.word('true')) return true;
    this.skip();
    return false;
  }

  private word(w: string): boolean {
    const b = this.buf;
    const p = this.pos;
    if (p + w.length > this.end) return this.fail();
    for (let i = 0; i < w.length; i++) if (b[p + i] !== w.charCodeAt(i)) return this.fail();
    this.pos = p + w.length;
    return true;
  }

  /**
   * Validates and skips the next value; false (bad) on a syntax error. One loop with an explicit
   * container stack (a bit per level: 1 = object), as values to skip can be big and nested.
   */
  skip(): boolean {
    if (this.bad) return false;
    const b = this.buf;
    const e = this.end;
    let p = skipWs(b, this.pos, e);
    let depth = 0;
    let objects = 0;
    value: for (;;) {
      if (p >= e) return this.fail();
      let c = b[p];
      if (c === QUOTE) {
        p = stringEnd(b, p, e);
        if (p < 0) return this.fail();
        p++;
      } else if (c === MINUS || (c >= 0x30 && c <= 0x39)) {
        p = numberEnd(b, p, e);
        if (p < 0) return this.fail();
      } else if (c === LBRACE || c === LBRACKET) {
        if (depth >= MAX_DEPTH) return this.fail();
        depth++;
        objects = (objects << 1) | (c === LBRACE ? 1 : 0);
        p = skipWs(b, p + 1, e);
        if (p >= e) return this.fail();
        c = b[p];
        if (c === (objects & 1 ? RBRACE : RBRACKET)) {
          p++;
          depth--;
          objects >>>= 1;
        } else {
          if (objects & 1) {
            p = this.keyEnd(p);
            if (p < 0) return false;
          }
          continue value;
        }
      } else {
        p = literalEnd(b, p, e);
        if (p < 0) return this.fail();
      }
      // After a value: the end of the skipped value, a separator, or closing brackets.
      for (;;) {
        if (depth === 0) {
          this.pos = p;
          return true;
        }
        p = skipWs(b, p, e);
        if (p >= e) return this.fail();
        c = b[p];
        if (c === COMMA) {
          p = skipWs(b, p + 1, e);
          if (objects & 1) {
            p = this.keyEnd(p);
            if (p < 0) return false;
          }
          continue value;
        }
        if (c !== (objects & 1 ? RBRACE : RBRACKET)) return this.fail();
        p++;
        depth--;
        objects >>>= 1;
      }
    }
  }

  /** At a member key: returns the index after its `:` and any whitespace (-1 and bad on error). */
  private keyEnd(p: number): number {
    const b = this.buf;
    const e = this.end;
    if (p >= e || b[p] !== QUOTE) return this.fail(), -1;
    p = stringEnd(b, p, e);
    if (p < 0) return this.fail(), -1;
    p = skipWs(b, p + 1, e);
    if (p >= e || b[p] !== COLON) return this.fail(), -1;
    return skipWs(b, p + 1, e);
  }
}
