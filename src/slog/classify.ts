/**
 * Cheap line classification: read the event `type` from the first bytes of a slog line without
 * decoding or parsing it, in the layout the kernel writes (`JSON.stringify`, no spaces), with
 * `type` first (`{"type":…`, since 2022-06) or after `time` (and `monotime`) (`{"time":…,"type":…`
 * before), see docs/formats.md §1.2. Any other layout (keys sorted or spaced by another tool) is
 * not read here: the scan reads such a line with `JSON.parse`.
 */
import type { KeyTable } from './json-bytes.js';

const TIME_KEY = Buffer.from('"time":');
const MONOTIME_KEY = Buffer.from('"monotime":');

/** Byte bounds of the last type string found by `findType`. */
const span = { start: 0, end: 0 };

/** `key` (a quoted name and its colon) at `p`. */
function keyAt(buf: Buffer, p: number, end: number, key: Buffer): boolean {
  if (p + key.length > end) return false;
  for (let i = 0; i < key.length; i++) if (buf[p + i] !== key[i]) return false;
  return true;
}

/** The index after a JSON number's bytes at `p` (digits, sign, point, exponent), or -1 when none. */
function numberEnd(buf: Buffer, p: number, end: number): number {
  const s = p;
  for (; p < end; p++) {
    const c = buf[p];
    if (!((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e || c === 0x65 || c === 0x45)) break;
  }
  return p > s ? p : -1;
}

/**
 * Finds the `type` string of a line in the kernel's layout; returns false when the line is not a
 * JSON object starting with `"type":"` (after at most a `time` and a `monotime` number), or the
 * type has escapes or control characters. Bounds land in `span`.
 */
function findType(buf: Buffer, start: number, end: number): boolean {
  if (end - start < 12 || buf[start] !== 0x7b /* { */) return false;
  let p = start + 1;
  // `{"type":` first: a string there is the type; anything else is not a type, whatever a nested
  // object further on says (`{"type":123,"x":{"type":"deliver"}}` is no delivery). Compared byte by
  // byte, unrolled: this runs on every line.
  for (let lead = 0; ; lead++) {
    if (p + 8 > end) return false;
    if (
      buf[p] === 0x22 /* " */ && buf[p + 1] === 0x74 /* t */ && buf[p + 2] === 0x79 /* y */ &&
      buf[p + 3] === 0x70 /* p */ && buf[p + 4] === 0x65 /* e */ && buf[p + 5] === 0x22 /* " */ && buf[p + 6] === 0x3a /* : */
    ) {
      if (buf[p + 7] !== 0x22) return false;
      p += 8;
      break;
    }
    // An older kernel's `{"time":…,` (and `"monotime":…,`) before it.
    const key = lead < 2 ? (keyAt(buf, p, end, TIME_KEY) ? TIME_KEY : keyAt(buf, p, end, MONOTIME_KEY) ? MONOTIME_KEY : null) : null;
    if (!key) return false;
    p = numberEnd(buf, p + key.length, end);
    if (p < 0 || buf[p] !== 0x2c /* , */) return false;
    p++;
  }
  const lim = Math.min(end, p + 128);
  for (let i = p; i < lim; i++) {
    const c = buf[i];
    if (c === 0x22) {
      span.start = p;
      span.end = i;
      return true;
    }
    if (c === 0x5c || c < 0x20) return false; // escapes or control chars: not a type we know
  }
  return false;
}

/** Returns the event type, or null when the line is not a JSON object with a leading `type`. */
export function lineType(buf: Buffer, start: number, end: number): string | null {
  return findType(buf, start, end) ? buf.toString('latin1', span.start, span.end) : null;
}

/** Result of `typeCode` for a line without a readable type. */
export const NO_TYPE = -2;
/** Result of `typeCode` for a type not in the table (read it with `lineType`). */
export const OTHER_TYPE = -1;

/** The index of the line's type in `table`, or NO_TYPE / OTHER_TYPE; never allocates. */
export function typeCode(table: KeyTable, buf: Buffer, start: number, end: number): number {
  if (!findType(buf, start, end)) return NO_TYPE;
  let h = 0;
  for (let i = span.start; i < span.end; i++) h = (Math.imul(h, 31) + buf[i]) | 0;
  return table.find(h, buf, span.start, span.end);
}

const shiftTables = new WeakMap<Buffer, Int32Array>();

/**
 * True when `needle` (ASCII) occurs in the first `window` bytes of the line. Horspool search: the
 * window is mostly skipped in needle-sized steps, without allocating a view of it.
 */
export function prefixHas(buf: Buffer, start: number, end: number, needle: Buffer, window = 400): boolean {
  const n = needle.length;
  if (n === 0) return true;
  const last = n - 1;
  let shift = shiftTables.get(needle);
  if (!shift) {
    shift = new Int32Array(256).fill(n);
    for (let i = 0; i < last; i++) shift[needle[i]] = last - i;
    shiftTables.set(needle, shift);
  }
  const lim = Math.min(end, start + window);
  const tail = needle[last];
  for (let i = start; i + n <= lim; ) {
    const c = buf[i + last];
    if (c === tail) {
      let j = 0;
      while (j < last && buf[i + j] === needle[j]) j++;
      if (j === last) return true;
    }
    i += shift[c];
  }
  return false;
}
