/**
 * Cheap line classification: read the event `type` from the first bytes of a slog line without
 * decoding or parsing it. Both key orders occur (`{"type":…` since 2022-06, `{"time":…,"type":…`
 * before), see docs/formats.md §1.2.
 */
import type { KeyTable } from './json-bytes.js';

const TYPE_KEY = Buffer.from('"type":"');
const SCAN_WINDOW = 256;

/** Byte bounds of the last type string found by `findType`. */
const span = { start: 0, end: 0 };

/**
 * Finds the `type` string of a line; returns false when the line is not a JSON object with a
 * leading `type` (or the type has escapes or control characters). Bounds land in `span`.
 */
function findType(buf: Buffer, start: number, end: number): boolean {
  if (end - start < 12 || buf[start] !== 0x7b /* { */) return false;
  let p = -1;
  // `{"type":` first (the `{` is checked above): a string there is the type; anything else is not
  // a type, whatever a nested object further on says (`{"type":123,"x":{"type":"deliver"}}` is no
  // delivery). Compared byte by byte, unrolled: this runs on every line.
  if (
    buf[start + 1] === 0x22 /* " */ && buf[start + 2] === 0x74 /* t */ && buf[start + 3] === 0x79 /* y */ &&
    buf[start + 4] === 0x70 /* p */ && buf[start + 5] === 0x65 /* e */ && buf[start + 6] === 0x22 /* " */ && buf[start + 7] === 0x3a /* : */
  ) {
    if (buf[start + 8] !== 0x22) return false;
    p = start + 1;
  } else {
    const lim = Math.min(end, start + SCAN_WINDOW);
    p = buf.subarray(start, lim).indexOf(TYPE_KEY);
    if (p < 0) return false;
    p += start;
  }
  const s = p + TYPE_KEY.length;
  const lim = Math.min(end, s + 128);
  for (let i = s; i < lim; i++) {
    const c = buf[i];
    if (c === 0x22) {
      span.start = s;
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
