/**
 * The byte-level reader of `deliver-result` lines: vatID, numbers, `seconds`, the heap count of
 * `dr[2]`, and `dr[1]` (BOYD retention stats) as a byte range. False when the line is anything but
 * plain JSON this reader handles: the caller then parses it (fields.ts).
 */
import type { ResultFields } from './field-types.js';
import { j, K, KEYS } from './field-keys.js';

export const SUSPECT_SECONDS = 1;

export function fastResult(buf: Buffer, start: number, end: number, f: ResultFields): boolean {
  f.vatID = f.deliveryNum = f.seconds = f.time = f.monotime = f.heap = f.retention = undefined;
  f.hasCrankNum = f.replay = false;
  f.retStart = f.retEnd = -1;
  let timeAt = -1;
  let monotimeAt = -1;
  j.reset(buf, start, end);
  if (!j.objectStart()) return false;
  for (let first = true, k = -1; j.more(first); first = false) {
    switch ((k = j.key(KEYS, k))) {
      case -2: return false;
      case K.vatID: f.vatID = j.string(); break;
      case K.deliveryNum: f.deliveryNum = j.number(); break;
      case K.crankNum: f.hasCrankNum = true; j.skip(); break;
      case K.replay: f.replay = j.isTrue(); break;
      case K.seconds: f.seconds = j.number(); break;
      case K.time: timeAt = j.peekPos(); j.skip(); break;
      case K.monotime: monotimeAt = j.peekPos(); j.skip(); break;
      case K.dr: readDr(f); break;
      default: j.skip();
    }
  }
  if (!j.atEnd()) return false;
  if (f.seconds === undefined || f.seconds > SUSPECT_SECONDS) {
    f.time = numberAt(timeAt);
    f.monotime = numberAt(monotimeAt);
  }
  return true;
}

/** The number at `pos` of the current (validated) line, as `num()` would read it. */
function numberAt(pos: number): number | undefined {
  if (pos < 0) return undefined;
  j.pos = pos;
  return j.number();
}

/** `dr`: retention stats range from dr[1], heap count from dr[2]. */
function readDr(f: ResultFields): void {
  f.heap = undefined;
  f.retStart = f.retEnd = -1;
  if (j.peek() !== 0x5b) {
    j.skip();
    return;
  }
  j.pos++;
  let i = 0;
  for (let first = true; j.moreItems(first); first = false, i++) {
    const c = j.peek();
    if (i === 1 && c === 0x7b) {
      f.retStart = j.pos;
      j.skip();
      f.retEnd = j.pos;
    } else if (i === 2 && c === 0x7b) {
      j.pos++;
      for (let f2 = true, k2 = -1; j.more(f2); f2 = false) {
        const k = (k2 = j.key(KEYS, k2));
        if (k === -2) return;
        if (k === K.currentHeapCount) f.heap = j.number();
        else j.skip();
      }
    } else j.skip();
  }
}
