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
import { methodFromMessage } from './method-name.js';
import { krefOfValue, vrefOfValue } from './kref.js';
import type { ClistFields, DeliverFields, EventFields, ResultFields } from './field-types.js';
import { fastKrefs } from './fast-krefs.js';

export * from './field-types.js';
export { fastDeliver, methodFromRawBody } from './fast-deliver.js';
export { fastResult, SUSPECT_SECONDS } from './fast-result.js';
export { fastEvent } from './fast-event.js';
export { fastClist } from './fast-clist.js';

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
