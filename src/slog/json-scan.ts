/**
 * The JSON grammar (RFC 8259) at the byte level, for the validating reader (json-bytes.ts): where
 * a string, number or literal that starts at a position ends (or -1 when it is not valid), and the
 * whitespace between tokens. No allocation, no decoding.
 */

export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const COMMA = 0x2c;
export const COLON = 0x3a;
export const LBRACE = 0x7b;
export const RBRACE = 0x7d;
export const LBRACKET = 0x5b;
export const RBRACKET = 0x5d;
export const MINUS = 0x2d;
export const DOT = 0x2e;
export const ZERO = 0x30;

export const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
export const isHex = (c: number) => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);

/** Flags of the last string scanned by `stringEnd`. */
export const STR_ESCAPED = 1;
export const STR_NON_ASCII = 2;
export let strFlags = 0;

/**
 * `b[p]` is the opening quote of a string: returns the index of its closing quote, or -1 when the
 * string is invalid (bad escape, raw control character, no closing quote before `e`). Sets strFlags.
 */
export function stringEnd(b: Uint8Array, p: number, e: number): number {
  let flags = 0;
  for (p++; p < e; p++) {
    const c = b[p];
    if (c === QUOTE) {
      strFlags = flags;
      return p;
    }
    if (c < 0x20) return -1;
    if (c === BACKSLASH) {
      flags |= STR_ESCAPED;
      const d = p + 1 < e ? b[p + 1] : -1;
      if (d === 0x75 /* u */) {
        if (p + 5 >= e || !isHex(b[p + 2]) || !isHex(b[p + 3]) || !isHex(b[p + 4]) || !isHex(b[p + 5])) return -1;
        p += 5;
      } else if (d === QUOTE || d === BACKSLASH || d === 0x2f || d === 0x62 || d === 0x66 || d === 0x6e || d === 0x72 || d === 0x74) {
        p++;
      } else return -1;
    } else if (c >= 0x80) flags |= STR_NON_ASCII;
  }
  return -1;
}

/**
 * Branches that most lines never take are written so that the arithmetic in them runs on every
 * call (`p += cond ? 1 : 0`, `literalEnd`): V8 gathers type feedback as code runs, and optimized
 * code that meets an operation it has no feedback for is discarded and compiled again (the first
 * negative number or `true` in a slog did that to the readers, `skip` included, in mid-file).
 */

/** `b[p]` starts a number: returns the index after it, or -1 when it is not a JSON number. */
export function numberEnd(b: Uint8Array, p: number, e: number): number {
  p += p < e && b[p] === MINUS ? 1 : 0;
  if (p >= e) return -1;
  let c = b[p];
  if (c === ZERO) p++;
  else if (c >= 0x31 && c <= 0x39) {
    do p++;
    while (p < e && (c = b[p]) >= 0x30 && c <= 0x39);
  } else return -1;
  if (p < e && b[p] === DOT) {
    p++;
    if (p >= e || !isDigit(b[p])) return -1;
    do p++;
    while (p < e && (c = b[p]) >= 0x30 && c <= 0x39);
  }
  if (p < e && (b[p] | 0x20) === 0x65 /* e E */) {
    p++;
    if (p < e && (b[p] === 0x2b || b[p] === MINUS)) p++;
    if (p >= e || !isDigit(b[p])) return -1;
    do p++;
    while (p < e && (c = b[p]) >= 0x30 && c <= 0x39);
  }
  return p;
}

/** `b[p]` starts `true`, `false` or `null`: the index after it, else -1. */
export function literalEnd(b: Uint8Array, p: number, e: number): number {
  const c = b[p];
  if (c === 0x74 /* t */) return p + 3 < e && b[p + 1] === 0x72 && b[p + 2] === 0x75 && b[p + 3] === 0x65 ? p + 4 : -1;
  if (c === 0x66 /* f */) return p + 4 < e && b[p + 1] === 0x61 && b[p + 2] === 0x6c && b[p + 3] === 0x73 && b[p + 4] === 0x65 ? p + 5 : -1;
  if (c === 0x6e /* n */) return p + 3 < e && b[p + 1] === 0x75 && b[p + 2] === 0x6c && b[p + 3] === 0x6c ? p + 4 : -1;
  return -1;
}

/** Index of the first non-whitespace byte at or after p (or e). */
export function skipWs(b: Uint8Array, p: number, e: number): number {
  while (p < e) {
    const c = b[p];
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
    p++;
  }
  return p;
}
