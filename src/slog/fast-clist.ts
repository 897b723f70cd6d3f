/**
 * The byte-level reader of `clist` lines: the kernel's exact layout checked literally first, any
 * other layout walked key by key. False when the line is anything but plain JSON this reader
 * handles.
 */
import { krefKey, krefKeyAt, krefOfValue, vrefKind, vrefKindAt, vrefOfValue, type KrefKey } from './kref.js';
import type { ClistFields } from './field-types.js';
import { j, K, KEYS, RBRACE_BYTES } from './field-keys.js';

const CLIST_HEAD = Buffer.from('{"type":"clist","crankNum":');
const CLIST_MODE = Buffer.from(',"mode":');
const CLIST_VAT = Buffer.from(',"vatID":');
const CLIST_KOBJ = Buffer.from(',"kobj":');
const CLIST_VOBJ = Buffer.from(',"vobj":');
const CLIST_TIME = Buffer.from(',"time":');
const CLIST_MONOTIME = Buffer.from(',"monotime":');

export function fastClist(buf: Buffer, start: number, end: number, f: ClistFields): boolean {
  // Most lines have exactly the kernel's layout: check it literally, without looking keys up.
  j.reset(buf, start, end);
  if (
    j.literal(CLIST_HEAD) && (f.crankNum = j.number()) !== undefined &&
    j.literal(CLIST_MODE) && (f.mode = j.stringOnly()) !== undefined &&
    j.literal(CLIST_VAT) && (f.vatID = j.stringOnly()) !== undefined &&
    j.literal(CLIST_KOBJ) && (f.kref = krefOnly()) !== undefined &&
    j.literal(CLIST_VOBJ) && (f.vref = vrefOnly()) !== undefined &&
    j.literal(CLIST_TIME) && j.skipNumber() &&
    j.literal(CLIST_MONOTIME) && j.skipNumber() &&
    j.literal(RBRACE_BYTES) && j.atEnd()
  ) {
    return true;
  }
  // Any other layout (key order, missing or extra keys, whitespace, other value types).
  f.mode = f.vatID = f.kref = f.vref = f.crankNum = undefined;
  j.reset(buf, start, end);
  if (!j.objectStart()) return false;
  for (let first = true, k = -1; j.more(first); first = false) {
    switch ((k = j.key(KEYS, k))) {
      case -2: return false;
      case K.mode: f.mode = j.string(); break;
      case K.vatID: f.vatID = j.string(); break;
      case K.kobj: f.kref = krefOfValue(j.string()); break;
      case K.vobj: f.vref = vrefOfValue(j.string()); break;
      case K.crankNum: f.crankNum = j.number(); break;
      default: j.skip();
    }
  }
  return j.atEnd();
}

/**
 * The string at the cursor, scanned once: true when it is a plain one (ASCII, no escapes) whose
 * bytes are j.buf[j.strStart, j.strEnd); false when it needs decoding (then j.stringValue()).
 * Undefined when the value is no string or an invalid one (as `j.stringOnly()` gives).
 */
function scanPlain(): boolean | undefined {
  if (j.pos >= j.end || j.buf[j.pos] !== 0x22 || !j.scanString()) return undefined;
  return !j.strEscaped && !j.strNonAscii;
}

/** The string at the cursor as a c-list key, without making a string for a canonical kref. */
function krefOnly(): KrefKey | undefined {
  const plain = scanPlain();
  if (plain === undefined) return undefined;
  const k = plain ? krefKeyAt(j.buf, j.strStart, j.strEnd) : -1;
  return k >= 0 ? k : krefKey(j.stringValue());
}

/** The kind of the vref string at the cursor (undefined: not a string, or empty). */
function vrefOnly(): number | undefined {
  const plain = scanPlain();
  if (plain === undefined || j.strEnd === j.strStart) return undefined;
  return plain ? vrefKindAt(j.buf, j.strStart, j.strEnd) : vrefKind(j.stringValue());
}

// ---------------------------------------------------------------------------------------------
