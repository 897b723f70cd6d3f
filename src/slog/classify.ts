/**
 * Cheap line classification: read the event `type` from the first bytes of a slog line without
 * decoding or parsing it. Both key orders occur (`{"type":…` since 2022-06, `{"time":…,"type":…`
 * before), see docs/formats.md §1.2.
 */
const TYPE_KEY = Buffer.from('"type":"');
const SCAN_WINDOW = 256;

/** Returns the event type, or null when the line is not a JSON object with a leading `type`. */
export function lineType(buf: Buffer, start: number, end: number): string | null {
  if (end - start < 12 || buf[start] !== 0x7b /* { */) return null;
  let p = -1;
  // Fast path: `{"type":"` at offset 1.
  if (buf[start + 1] === 0x22 && buf[start + 2] === 0x74 && buf[start + 3] === 0x79 && buf[start + 7] === 0x3a) {
    p = start + 1;
  } else {
    const lim = Math.min(end, start + SCAN_WINDOW);
    p = buf.subarray(start, lim).indexOf(TYPE_KEY);
    if (p < 0) return null;
    p += start;
  }
  const s = p + TYPE_KEY.length;
  const lim = Math.min(end, s + 128);
  for (let i = s; i < lim; i++) {
    const c = buf[i];
    if (c === 0x22) return buf.toString("latin1", s, i);
    if (c === 0x5c || c < 0x20) return null; // escapes or control chars: not a type we know
  }
  return null;
}

/** True when `needle` (ASCII) occurs in the first `window` bytes of the line. */
export function prefixHas(buf: Buffer, start: number, end: number, needle: Buffer, window = 400): boolean {
  const lim = Math.min(end, start + window);
  return buf.subarray(start, lim).indexOf(needle) >= 0;
}
