/**
 * The fields the scanner uses from the three frequent, big event kinds (`deliver`, `deliver-result`,
 * `clist`), read in one of two ways into reusable records:
 * - `fast*`: a validating byte-level walk over the line (`JsonBytes`) that decodes only these
 *   fields; returns false when the line is anything but plain, and the caller falls back to
 * - `*FromEvent`: the reference, from the `JSON.parse`d event object.
 * Both must agree on every line (test/slog/perf-equivalence-fields.test.ts and test/pipeline/perf-equivalence.test.ts check it on real slogs and random lines).
 * Values needed rarely (`kd` krefs, BOYD retention stats) are kept as byte ranges by the fast reader
 * and parsed only when used (`kdOf`, `retentionOf`).
 */
import { JsonBytes, KeyTable, interned } from './json-bytes.js';
import { methodFromBody, methodFromMessage } from './method-name.js';
import { krefKey, krefKeyAt, krefOfValue, vrefKind, vrefKindAt, vrefOfValue, type KrefKey } from './kref.js';

export interface DeliverFields {
  vatID: string | undefined;
  deliveryNum: number | undefined;
  /** The line has a `crankNum` (replayed deliveries of old slogs lack it). */
  hasCrankNum: boolean;
  /** `crankNum` when a finite number. */
  crankNum: number | undefined;
  replay: boolean;
  /** `vd[0]` when `vd` is an array starting with a string. */
  kind: string | undefined;
  /** `methodFromMessage(vd[2])` for `message` deliveries, else null. */
  method: string | null;
  time: number | undefined;
  monotime: number | undefined;
  /** `kd` itself (reference reader) or its byte range in the line (fast reader, `kdStart >= 0`). */
  kd: unknown;
  kdStart: number;
  kdEnd: number;
}

export interface ResultFields {
  vatID: string | undefined;
  deliveryNum: number | undefined;
  hasCrankNum: boolean;
  replay: boolean;
  seconds: number | undefined;
  /** `time` and `monotime` are only needed (and only read by the fast reader) without `seconds`, or with one over SUSPECT_SECONDS. */
  time: number | undefined;
  monotime: number | undefined;
  /** `dr[2].currentHeapCount` (xsnap usage), when a finite number. */
  heap: number | undefined;
  /** `dr[1]` when it is a plain object (BOYD retention stats), or its byte range (`retStart >= 0`). */
  retention: Record<string, unknown> | undefined;
  retStart: number;
  retEnd: number;
}

export interface ClistFields {
  mode: string | undefined;
  vatID: string | undefined;
  /** `kobj` as a c-list key (src/slog/kref.ts); undefined when not a string. */
  kref: KrefKey | undefined;
  /** The kind of `vobj` (src/slog/kref.ts); undefined when not a non-empty string. */
  vref: number | undefined;
  /** `crankNum` when a finite number. */
  crankNum: number | undefined;
}

/** The fields read from the other events the scanner uses (block events, snapshots, syscalls). */
export interface EventFields {
  vatID: string | undefined;
  replay: boolean;
  blockHeight: number | undefined;
  time: number | undefined;
  monotime: number | undefined;
  seconds: number | undefined;
  /** `ksc[1]`'s strings when `ksc` is `["dropImports", [...]]`, else null. */
  dropImports: string[] | null;
  /** `crankNum` when a finite number. */
  crankNum: number | undefined;
}

export const newEventFields = (): EventFields => ({
  vatID: undefined, replay: false, blockHeight: undefined, time: undefined, monotime: undefined, seconds: undefined, dropImports: null, crankNum: undefined,
});

export const newDeliverFields = (): DeliverFields => ({
  vatID: undefined, deliveryNum: undefined, hasCrankNum: false, crankNum: undefined, replay: false, kind: undefined, method: null,
  time: undefined, monotime: undefined, kd: undefined, kdStart: -1, kdEnd: -1,
});

export const newResultFields = (): ResultFields => ({
  vatID: undefined, deliveryNum: undefined, hasCrankNum: false, replay: false, seconds: undefined, time: undefined,
  monotime: undefined, heap: undefined, retention: undefined, retStart: -1, retEnd: -1,
});

export const newClistFields = (): ClistFields => ({ mode: undefined, vatID: undefined, kref: undefined, vref: undefined, crankNum: undefined });

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

// ---------------------------------------------------------------------------------------------
// Reference readers (from a parsed event object)

export function deliverFromEvent(ev: any, f: DeliverFields): void {
  f.vatID = str(ev.vatID);
  f.deliveryNum = num(ev.deliveryNum);
  f.hasCrankNum = ev.crankNum !== undefined;
  f.crankNum = num(ev.crankNum);
  f.replay = ev.replay === true;
  const vd = ev.vd;
  f.kind = Array.isArray(vd) && typeof vd[0] === 'string' ? vd[0] : undefined;
  f.method = f.kind === 'message' ? methodFromMessage(vd[2]) : null;
  f.time = num(ev.time);
  f.monotime = num(ev.monotime);
  f.kd = ev.kd;
  f.kdStart = f.kdEnd = -1;
}

export function resultFromEvent(ev: any, f: ResultFields): void {
  f.vatID = str(ev.vatID);
  f.deliveryNum = num(ev.deliveryNum);
  f.hasCrankNum = ev.crankNum !== undefined;
  f.replay = ev.replay === true;
  f.seconds = num(ev.seconds);
  f.time = num(ev.time);
  f.monotime = num(ev.monotime);
  const dr = Array.isArray(ev.dr) ? ev.dr : [];
  const usage = dr[2] && typeof dr[2] === 'object' ? dr[2] : null;
  f.heap = usage ? num(usage.currentHeapCount) : undefined;
  const ret = dr[1];
  f.retention = ret && typeof ret === 'object' && !Array.isArray(ret) ? ret : undefined;
  f.retStart = f.retEnd = -1;
}

export function clistFromEvent(ev: any, f: ClistFields): void {
  f.mode = str(ev.mode);
  f.vatID = str(ev.vatID);
  f.kref = krefOfValue(ev.kobj);
  f.vref = vrefOfValue(ev.vobj);
  f.crankNum = num(ev.crankNum);
}

export function eventFromObject(ev: any, f: EventFields): void {
  f.vatID = str(ev.vatID);
  f.replay = ev.replay === true;
  f.blockHeight = num(ev.blockHeight);
  f.time = num(ev.time);
  f.monotime = num(ev.monotime);
  f.seconds = num(ev.seconds);
  f.crankNum = num(ev.crankNum);
  const ksc = ev.ksc;
  f.dropImports = Array.isArray(ksc) && ksc[0] === 'dropImports' && Array.isArray(ksc[1]) ? ksc[1].filter((k: unknown) => typeof k === 'string') : null;
}

/** `kd[1]`'s strings when `kd` and `kd[1]` are arrays (a dropExports delivery's krefs), else null. */
export function kdDrops(f: DeliverFields, buf: Buffer): string[] | null {
  const kd = f.kdStart >= 0 ? JSON.parse(buf.toString('utf8', f.kdStart, f.kdEnd)) : f.kd;
  return Array.isArray(kd) && Array.isArray(kd[1]) ? kd[1].filter((k: unknown) => typeof k === 'string') : null;
}

/** `krefsOf(kd)` when `kd` is an array, else none: the krefs a message or notify carries. */
export function kdKrefs(f: DeliverFields, buf: Buffer): string[] {
  if (f.kdStart >= 0) return fastKrefs(buf, f.kdStart, f.kdEnd);
  return Array.isArray(f.kd) ? krefsOf(f.kd) : [];
}

/** Krefs carried by a message or notify `kd` (target, argument slots, resolution data slots). */
export function krefsOf(kd: unknown[]): string[] {
  const out: string[] = [];
  const pushSlots = (capdata: any) => {
    const slots = capdata?.slots;
    if (Array.isArray(slots)) for (const s of slots) if (typeof s === 'string') out.push(s);
  };
  if (kd[0] === 'message') {
    if (typeof kd[1] === 'string') out.push(kd[1]);
    const msg = kd[2] as any;
    pushSlots(msg?.methargs ?? msg?.args);
  } else if (kd[0] === 'notify' && Array.isArray(kd[1])) {
    for (const r of kd[1] as any[]) if (Array.isArray(r)) pushSlots(r[1]?.data ?? r[2]);
  }
  return out;
}

/** The result's `dr[1]` when it is a plain object. */
export function retentionOf(f: ResultFields, buf: Buffer): Record<string, unknown> | undefined {
  return f.retStart >= 0 ? (JSON.parse(buf.toString('utf8', f.retStart, f.retEnd)) as Record<string, unknown>) : f.retention;
}

// ---------------------------------------------------------------------------------------------
// Fast readers (byte-level; false = not read, use the reference reader)

const KEY_NAMES = [
  'vatID', 'deliveryNum', 'crankNum', 'replay', 'time', 'monotime', 'seconds', 'vd', 'kd', 'dr',
  'mode', 'kobj', 'vobj', 'method', 'methargs', 'body', 'currentHeapCount',
  // Not read, but listed so that the key-order guess works for whole lines.
  'blockHeight', 'ksc',
  'type', 'dispatch', 'slots', 'result', 'meterType', 'compute', 'allocate', 'timestamps', 'args', 'data', 'state',
  'blockTime', 'runNum', 'syscallNum', 'syscall', 'vsc', 'snapshotID', 'endPosition',
] as const;
const KEYS = new KeyTable(KEY_NAMES);
const K = Object.fromEntries(KEY_NAMES.map((n, i) => [n, i])) as Record<(typeof KEY_NAMES)[number], number>;

/** The reader shared by the fast readers (they never nest). */
const j = new JsonBytes();

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
// Fast `krefsOf` over a validated `kd` byte range. Optional chaining and `??` on JSON values come
// down to: a member of a non-object is undefined, and `null` falls through `??`.

const LBRACKET = 0x5b;
const LBRACE = 0x7b;
const RBRACE_BYTES = Buffer.from('}');
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

function fastKrefs(buf: Buffer, start: number, end: number): string[] {
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
