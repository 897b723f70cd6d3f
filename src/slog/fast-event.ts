/**
 * The byte-level reader of the other events the scanner uses (block events, snapshots, syscalls):
 * vatID, replay flag, height, times, crankNum, and a `dropImports` syscall's krefs. False when the
 * line is anything but plain JSON this reader handles.
 */
import type { EventFields } from './field-types.js';
import { j, K, KEYS, LBRACKET } from './field-keys.js';

export function fastEvent(buf: Buffer, start: number, end: number, f: EventFields): boolean {
  f.vatID = f.blockHeight = f.time = f.monotime = f.seconds = f.crankNum = undefined;
  f.replay = false;
  f.dropImports = null;
  j.reset(buf, start, end);
  if (!j.objectStart()) return false;
  for (let first = true, k = -1; j.more(first); first = false) {
    switch ((k = j.key(KEYS, k))) {
      case -2: return false;
      case K.vatID: f.vatID = j.string(); break;
      case K.replay: f.replay = j.isTrue(); break;
      case K.blockHeight: f.blockHeight = j.number(); break;
      case K.time: f.time = j.number(); break;
      case K.monotime: f.monotime = j.number(); break;
      case K.seconds: f.seconds = j.number(); break;
      case K.crankNum: f.crankNum = j.number(); break;
      case K.ksc: f.dropImports = readDropImports(); break;
      default: j.skip();
    }
  }
  return j.atEnd();
}

/** `ksc` of a `dropImports` syscall: the strings of ksc[1]; null for any other value. */
function readDropImports(): string[] | null {
  if (j.peek() !== LBRACKET) {
    j.skip();
    return null;
  }
  j.pos++;
  let drop = false;
  let krefs: string[] | null = null;
  for (let first = true, i = 0; j.moreItems(first); first = false, i++) {
    if (i === 0) drop = j.string() === 'dropImports';
    else if (i === 1 && drop && j.peek() === LBRACKET) {
      j.pos++;
      krefs = [];
      for (let f2 = true; j.moreItems(f2); f2 = false) {
        const k = j.peek() === 0x22 ? j.string() : (j.skip(), undefined);
        if (k !== undefined) krefs.push(k);
      }
    } else j.skip();
  }
  return krefs;
}

/** `clist` lines as the kernel writes them (slogger.js `changeCList` + `writeSlogObject`). */
