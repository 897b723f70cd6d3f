/**
 * The krefs a message or notify carries (`krefsOf` in fields.ts), read from the validated byte
 * range of a `deliver` line's `kd` without parsing it.
 */
import { j, K, KEYS, LBRACE, LBRACKET } from './field-keys.js';

// Fast `krefsOf` over a validated `kd` byte range. Optional chaining and `??` on JSON values come
// down to: a member of a non-object is undefined, and `null` falls through `??`.

const isNullAt = (pos: number) => j.buf[pos] === 0x6e; /* n */

/** Start of the last value of key `key` in the object at the cursor (-1 if none or not an object); the cursor moves past the value. */
function lastMember(key: number, key2 = -3): number {
  last2 = -1;
  if (j.peek() !== LBRACE) {
    j.skip();
    return -1;
  }
  j.pos++;
  let at = -1;
  for (let first = true, k = -1; j.more(first); first = false) {
    k = j.key(KEYS, k);
    if (k === key) at = j.peekPos();
    else if (k === key2) last2 = j.peekPos();
    j.skip();
  }
  return at;
}
/** The second key's position from the last `lastMember` call. */
let last2 = -1;

/** `pushSlots(capdata)` for the value at `pos` (-1: undefined); the cursor is restored. */
function pushSlotsAt(pos: number, out: string[]): void {
  if (pos < 0) return;
  const save = j.pos;
  j.pos = pos;
  const slots = lastMember(K.slots);
  if (slots >= 0 && j.buf[slots] === LBRACKET) {
    j.pos = slots + 1;
    for (let first = true; j.moreItems(first); first = false) {
      const s = j.peek() === 0x22 ? j.string() : (j.skip(), undefined);
      if (s !== undefined) out.push(s);
    }
  }
  j.pos = save;
}

export function fastKrefs(buf: Buffer, start: number, end: number): string[] {
  const out: string[] = [];
  j.reset(buf, start, end);
  if (j.peek() !== LBRACKET) return out;
  j.pos++;
  let tag: string | undefined;
  let i = 0;
  for (let first = true; j.moreItems(first); first = false, i++) {
    if (i === 0) tag = j.string();
    else if (tag === 'message' && i === 1) {
      const target = j.string();
      if (target !== undefined) out.push(target);
    } else if (tag === 'message' && i === 2) {
      // msg?.methargs ?? msg?.args
      const methargs = lastMember(K.methargs, K.args);
      const args = last2;
      pushSlotsAt(methargs >= 0 && !isNullAt(methargs) ? methargs : args, out);
    } else if (tag === 'notify' && i === 1 && j.peek() === LBRACKET) {
      j.pos++;
      for (let f2 = true; j.moreItems(f2); f2 = false) {
        if (j.peek() !== LBRACKET) {
          j.skip();
          continue;
        }
        // r[1]?.data ?? r[2]
        j.pos++;
        let data = -1;
        let r2 = -1;
        for (let f3 = true, n = 0; j.moreItems(f3); f3 = false, n++) {
          if (n === 1) data = lastMember(K.data);
          else {
            if (n === 2) r2 = j.peekPos();
            j.skip();
          }
        }
        pushSlotsAt(data >= 0 && !isNullAt(data) ? data : r2, out);
      }
    } else j.skip();
  }
  return out;
}
