/**
 * The byte-level reader of `deliver` lines: vatID, numbers, replay flag, `vd`'s kind and a
 * message's method, and `kd` as a byte range (read only when needed). False when the line is
 * anything but plain JSON this reader handles: the caller then parses it (fields.ts).
 */
import { interned } from './json-bytes.js';
import { methodFromBody } from './method-name.js';
import type { DeliverFields } from './field-types.js';
import { j, K, KEYS } from './field-keys.js';

export function fastDeliver(buf: Buffer, start: number, end: number, f: DeliverFields): boolean {
  f.vatID = f.deliveryNum = f.crankNum = f.kind = f.time = f.monotime = f.kd = undefined;
  f.hasCrankNum = f.replay = false;
  f.method = null;
  f.kdStart = f.kdEnd = -1;
  j.reset(buf, start, end);
  if (!j.objectStart()) return false;
  for (let first = true, k = -1; j.more(first); first = false) {
    switch ((k = j.key(KEYS, k))) {
      case -2: return false;
      case K.vatID: f.vatID = j.string(); break;
      case K.deliveryNum: f.deliveryNum = j.number(); break;
      case K.crankNum: f.hasCrankNum = true; f.crankNum = j.number(); break;
      case K.replay: f.replay = j.isTrue(); break;
      case K.time: f.time = j.number(); break;
      case K.monotime: f.monotime = j.number(); break;
      case K.vd: readVd(f); break;
      case K.kd:
        j.peek();
        f.kdStart = j.pos;
        j.skip();
        f.kdEnd = j.pos;
        break;
      default: j.skip();
    }
  }
  return j.atEnd();
}

/** `vd`: kind = vd[0], and the method of a message from vd[2]. */
function readVd(f: DeliverFields): void {
  f.kind = undefined;
  f.method = null;
  if (j.peek() !== 0x5b) {
    j.skip();
    return;
  }
  j.pos++;
  let i = 0;
  let kind: string | undefined;
  for (let first = true; j.moreItems(first); first = false, i++) {
    if (i === 0) kind = j.string();
    else if (i === 2 && kind === 'message') f.method = messageMethod();
    else j.skip();
  }
  f.kind = kind;
}

/** `methodFromMessage(msg)` for the value at the cursor. */
function messageMethod(): string | null {
  if (j.peek() !== 0x7b) {
    j.skip();
    return null; // not an object (arrays have no .method / .methargs either)
  }
  j.pos++;
  let method: string | undefined;
  let bodyStart = -1;
  let bodyEnd = -1;
  let bodyEscaped = false;
  let bodyNonAscii = false;
  for (let first = true, k = -1; j.more(first); first = false) {
    switch ((k = j.key(KEYS, k))) {
      case -2: return null;
      case K.method: method = j.string(); break;
      case K.methargs:
        bodyStart = -1;
        if (j.peek() !== 0x7b) {
          j.skip();
          break;
        }
        j.pos++;
        for (let f2 = true, k2 = -1; j.more(f2); f2 = false) {
          const k = (k2 = j.key(KEYS, k2));
          if (k === -2) return null;
          if (k === K.body) {
            bodyStart = -1;
            if (j.peek() === 0x22) {
              if (!j.scanString()) return null;
              bodyStart = j.strStart;
              bodyEnd = j.strEnd;
              bodyEscaped = j.strEscaped;
              bodyNonAscii = j.strNonAscii;
            } else j.skip();
          } else j.skip();
        }
        break;
      default: j.skip();
    }
  }
  if (j.bad) return null;
  if (method !== undefined) return method;
  if (bodyStart < 0) return null;
  return methodFromRawBody(j.buf, bodyStart, bodyEnd, bodyEscaped, bodyNonAscii);
}

const BODY_PREFIX = 512;

/**
 * `methodFromBody` of a JSON string given raw (still escaped, between its quotes), decoding as
 * little of it as possible: the common `#["name",…` form is read directly, else a prefix is decoded
 * (a result found in a prefix is the result for the whole body), else the whole body.
 */
export function methodFromRawBody(buf: Buffer, s: number, e: number, escaped: boolean, nonAscii: boolean): string | null {
  // `#[\"name\"` or `[\"name\"` with a plain identifier.
  let p = s;
  if (p < e && buf[p] === 0x23 /* # */) p++;
  if (p + 2 < e && buf[p] === 0x5b && buf[p + 1] === 0x5c && buf[p + 2] === 0x22) {
    const n0 = p + 3;
    let q = n0;
    let h = 0;
    for (let c = buf[q]; q < e && isIdent(c); c = buf[++q]) h = (Math.imul(h, 31) + c) | 0;
    if (q + 1 < e && buf[q] === 0x5c && buf[q + 1] === 0x22) return q - n0 <= 32 ? interned(buf, n0, q, h) : buf.toString('latin1', n0, q);
  }
  const decode = (to: number) =>
    escaped ? (JSON.parse(`"${buf.toString('utf8', s, to)}"`) as string) : buf.toString(nonAscii ? 'utf8' : 'latin1', s, to);
  if (e - s > BODY_PREFIX) {
    // Cut before any escape sequence that would straddle the prefix end.
    let cut = s + BODY_PREFIX;
    for (let i = s; i < cut; i++) {
      if (buf[i] !== 0x5c) continue;
      const len = buf[i + 1] === 0x75 ? 6 : 2;
      if (i + len > cut) cut = i;
      i += len - 1;
    }
    const m = methodFromBody(decode(cut));
    if (m !== null) return m;
  }
  return methodFromBody(decode(e));
}

function isIdent(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x24;
}

/**
 * A delivery's `seconds` above this is checked against the time between its deliver and
 * deliver-result lines (so `fastResult` reads their `time`/`monotime` too): a damaged value would
 * otherwise dwarf every other delivery's time.
 */
