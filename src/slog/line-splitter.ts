/**
 * Cuts a stream of byte chunks into lines and hands each to a {@link LineSink} as a byte range,
 * without decoding it. A line split across chunks is carried over (copied: the chunks are released
 * once read); a line longer than `maxLineBytes` is not accumulated: only its first `prefixBytes`
 * are kept and handed over with `oversized = true`. A leading UTF-8 byte-order mark is dropped.
 */

export interface LineSink {
  /**
   * `buf[start..end)` is the line without its newline. `lineNo` is 1-based. `buf` is valid during
   * the call only (its memory is released once its chunk is read): keep copies, not views.
   */
  (buf: Buffer, start: number, end: number, lineNo: number, oversized: boolean): void;
}

const NL = 10;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export class LineSplitter {
  /** Lines delivered so far. */
  lines = 0;
  /** Bytes pushed so far. */
  bytes = 0;
  /** Bytes of a leading UTF-8 byte-order mark matched so far (its length: done looking). */
  private bomSeen = 0;
  /** Carry-over of a line split across chunks. */
  private carry: Buffer[] = [];
  private carryLen = 0;
  private carryOversized = false;

  constructor(
    private readonly onLine: LineSink,
    private readonly maxLineBytes: number,
    private readonly prefixBytes: number,
  ) {}

  /** Delivers every line that `chunk` completes; keeps its unterminated tail for the next one. */
  push(chunk: Buffer): void {
    this.bytes += chunk.length;
    const n = chunk.length;
    let pos = this.skipMark(chunk);
    if (pos < 0) return;
    if (this.carryLen > 0 || this.carryOversized) {
      const nl = chunk.indexOf(NL, pos);
      if (nl < 0) {
        this.appendCarry(chunk, pos, n);
        return;
      }
      if (this.carryOversized || this.carryLen + nl - pos > this.maxLineBytes) {
        this.appendCarry(chunk, pos, nl);
        this.flushCarry(null, 0, 0);
      } else {
        this.flushCarry(chunk, pos, nl);
      }
      pos = nl + 1;
    }
    pos = this.splitLines(chunk, pos, n);
    if (pos < n) this.appendCarry(chunk, pos, n);
  }

  /** The end of the input: delivers a last line that has no newline. Returns whether there was one. */
  finish(): boolean {
    // A file that ends within its first bytes, which looked like the start of a mark.
    if (this.bomSeen > 0 && this.bomSeen < UTF8_BOM.length) this.appendCarry(UTF8_BOM, 0, this.bomSeen);
    const partial = this.carryLen > 0 || this.carryOversized;
    if (partial) this.flushCarry(null, 0, 0);
    return partial;
  }

  /**
   * Where the text of `chunk` starts past a UTF-8 byte-order mark (a file written by a Windows
   * tool): no part of line 1. The first chunks can be shorter than it: its bytes are matched over
   * as many chunks as it takes, and only a whole mark is dropped; the start of one is line 1's (a
   * damaged line, reported). −1: all of the chunk may still be the mark.
   */
  private skipMark(chunk: Buffer): number {
    if (this.bomSeen >= UTF8_BOM.length) return 0;
    const before = this.bomSeen;
    let pos = 0;
    while (this.bomSeen < UTF8_BOM.length && pos < chunk.length && chunk[pos] === UTF8_BOM[this.bomSeen]) {
      pos++;
      this.bomSeen++;
    }
    if (this.bomSeen === UTF8_BOM.length) return pos;
    if (pos === chunk.length) return -1;
    this.bomSeen = UTF8_BOM.length;
    if (before > 0) this.appendCarry(UTF8_BOM, 0, before);
    return 0;
  }

  /**
   * Delivers the complete lines of chunk[pos..n) and returns where the unterminated tail starts.
   * Its counter is a local, kept in a register through the hot loop.
   */
  private splitLines(chunk: Buffer, pos: number, n: number): number {
    const { onLine, maxLineBytes, prefixBytes } = this;
    let count = this.lines;
    try {
      while (pos < n) {
        const nl = chunk.indexOf(NL, pos);
        if (nl < 0) break;
        count++;
        if (nl - pos > maxLineBytes) onLine(chunk, pos, Math.min(nl, pos + prefixBytes), count, true);
        else onLine(chunk, pos, nl, count, false);
        pos = nl + 1;
      }
    } finally {
      this.lines = count;
    }
    return pos;
  }

  /** Delivers the carried line, completed by `tail[from..to)` when given. */
  private flushCarry(tail: Buffer | null, from: number, to: number): void {
    this.lines++;
    const carry = this.carry;
    if (this.carryOversized) {
      const head = carry.length === 1 ? carry[0]! : Buffer.concat(carry);
      this.onLine(head, 0, head.length, this.lines, true);
    } else {
      const parts = tail ? [...carry, tail.subarray(from, to)] : carry;
      const whole = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      this.onLine(whole, 0, whole.length, this.lines, false);
    }
    this.carry = [];
    this.carryLen = 0;
    this.carryOversized = false;
  }

  private appendCarry(chunk: Buffer, from: number, to: number): void {
    if (this.carryOversized) {
      // Past the cap only the prefix grows, up to `prefixBytes` (a cap below the prefix fills it
      // over later chunks, so the prefix does not depend on where the chunks were cut).
      const head = this.carry[0]!;
      if (head.length < this.prefixBytes) {
        this.carry = [Buffer.concat([head, chunk.subarray(from, Math.min(to, from + this.prefixBytes - head.length))])];
      }
      return;
    }
    const piece = chunk.subarray(from, to);
    if (this.carryLen + piece.length > this.maxLineBytes) {
      // Keep only a prefix, enough to classify the line and read its leading fields.
      const have = this.carry.length === 1 ? this.carry[0]! : Buffer.concat(this.carry);
      const need = Math.max(0, this.prefixBytes - have.length);
      this.carry = [Buffer.concat([have.subarray(0, this.prefixBytes), piece.subarray(0, need)])];
      this.carryLen = this.carry[0]!.length;
      this.carryOversized = true;
      return;
    }
    // Copy: the chunk buffer may be reused by the stream.
    this.carry.push(Buffer.from(piece));
    this.carryLen += piece.length;
  }
}
