/**
 * One streaming pass over one slog file feeding every analyzer: delivery pairing, block
 * attribution, per-kind/method delivery times, BOYD and heap samples, vat names and the c-list
 * replay. The result is a plain, structured-cloneable `FileScan` (so it can come back from a worker
 * thread) that `merge-scans.ts` combines across stage files in stage order.
 */
import path from 'node:path';
import { readLines, type ReadResult } from './line-reader.js';
import { lineType, prefixHas } from './classify.js';
import { methodFromMessage } from './method-name.js';
import { Diagnostics, KNOWN_TYPES } from './diagnostics.js';
import { DeliveryStats, type DeliveryAcc } from '../analyzers/delivery-stats.js';
import { ClistReplay, type ClistFilePartial } from '../analyzers/clist-replay.js';
import type { Warning } from '../report/schema.js';

export interface BoydSamples {
  /** Block height, NaN when the BOYD ran outside a block window. */
  height: number[];
  /** File-local delivery ordinal. */
  ordinal: number[];
  seconds: number[];
  /** xsnap `currentHeapCount` after the BOYD, NaN when not reported. */
  heap: number[];
  deliveryNum: number[];
  /** 1 when the next event for the vat was a heap-snapshot-save. */
  preSnapshot: number[];
}

export interface VatFileInfo {
  name?: string;
  managerType?: string;
  description?: string;
  deliveries: number;
  minDeliveryNum: number;
  maxDeliveryNum: number;
  heapFirst?: [number, number];
  heapLast?: [number, number];
  retentionFirst?: Record<string, number>;
  retentionLast?: Record<string, number>;
  /** deliveryNum did not advance between deliveries (no transcript): never de-duplicated. */
  stuckCounter?: boolean;
}

export interface FileScan {
  path: string;
  stage: number | null;
  read: ReadResult;
  events: number;
  warnings: Warning[];
  /** Deliveries were attributed through end-block windows (true) or run-start heights only (false). */
  endBlockWindows: boolean;
  heightMin: number | null;
  heightMax: number | null;
  blocks: number;
  swingsetSeconds: number;
  firstBlockTime: number | null;
  lastBlockTime: number | null;
  deliveries: number;
  replaySkipped: number;
  vats: Record<string, VatFileInfo>;
  deliveryAccs: DeliveryAcc[];
  boyd: Record<string, BoydSamples>;
  clist: ClistFilePartial;
}

export interface ScanOptions {
  /** Per vat, deliveries with deliveryNum ≤ this were already counted from an earlier file. */
  skipUpTo?: Record<string, number>;
  onProgress?: (file: string, bytesIn: number, lines: number) => void;
  maxLineBytes?: number;
}

interface OpenDelivery {
  vatID: string;
  deliveryNum: number;
  kind: string;
  method: string | null;
  time: number;
  monotime: number | undefined;
  line: number;
  height: number | null;
}

const REPLAY_TRUE = Buffer.from('"replay":true');
const DROP_IMPORTS = Buffer.from('dropImports');

export function stageOf(file: string): number | null {
  const m = /(?:^|[^0-9])stage-?(\d+)(?:[^0-9]|$)/i.exec(path.basename(file));
  return m ? Number(m[1]) : null;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export async function scanSlogFile(file: string, opts: ScanOptions = {}): Promise<FileScan> {
  const name = path.basename(file);
  const diag = new Diagnostics();
  const stats = new DeliveryStats();
  const clist = new ClistReplay();
  const vats: Record<string, VatFileInfo> = {};
  const boyd: Record<string, BoydSamples> = {};
  const lastBoydIdx = new Map<string, number>();
  const skipUpTo = opts.skipUpTo ?? {};

  let events = 0;
  let sawEndBlock = false;
  let ebHeight: number | null = null;
  let runHeight: number | null = null;
  let ebStart: { time: number; monotime?: number } | null = null;
  let heightMin: number | null = null;
  let heightMax: number | null = null;
  let lastHeight: number | null = null;
  const heightsSeen = new Set<number>();
  let swingsetSeconds = 0;
  let firstBlockTime: number | null = null;
  let lastBlockTime: number | null = null;
  let ordinal = 0;
  let replaySkipped = 0;
  let open: OpenDelivery | null = null;
  /** Inside the chain's genesis (bootstrap) block, or before it in a file that has one. */
  let genesis = false;

  const vat = (vatID: string): VatFileInfo =>
    (vats[vatID] ??= { deliveries: 0, minDeliveryNum: Infinity, maxDeliveryNum: -Infinity });
  const where = (line: number) => `${name}:${line}`;

  const parse = (buf: Buffer, start: number, end: number, line: number): any => {
    try {
      const o = JSON.parse(buf.toString('utf8', start, end));
      if (o && typeof o === 'object' && !Array.isArray(o)) return o;
      diag.add('wrong-shape', where(line), 'JSON value is not an event object; line skipped');
    } catch {
      diag.add('garbage-line', where(line), 'not valid JSON; line skipped');
    }
    return null;
  };

  const currentHeight = (): number | null => (ebHeight ?? (sawEndBlock ? null : runHeight));

  const onDeliver = (ev: any, line: number) => {
    const vatID = str(ev.vatID);
    const deliveryNum = num(ev.deliveryNum);
    const vd = ev.vd;
    if (!vatID || deliveryNum === undefined || !Array.isArray(vd) || typeof vd[0] !== 'string') {
      diag.add('wrong-shape', where(line), '`deliver` without vatID, deliveryNum or vd[0]; line skipped');
      return;
    }
    if (ev.replay === true || ev.crankNum === undefined) {
      replaySkipped++;
      return;
    }
    if (open) diag.add('unpaired-deliver', where(open.line), `deliver ${open.vatID}#${open.deliveryNum} has no deliver-result`);
    const kind = vd[0];
    const method = kind === 'message' ? methodFromMessage(vd[2]) ?? '(unknown method)' : null;
    const time = num(ev.time) ?? NaN;
    open = { vatID, deliveryNum, kind, method, time, monotime: num(ev.monotime), line, height: currentHeight() };
    if (kind !== 'bringOutYourDead') lastBoydIdx.delete(vatID);
    const kd = ev.kd;
    if (Array.isArray(kd)) {
      if (kind === 'dropExports' && Array.isArray(kd[1])) clist.dropExports(vatID, kd[1].filter((k: unknown) => typeof k === 'string'));
      else if ((kind === 'message' || kind === 'notify') && clist.hasWeakImports(vatID)) clist.delivered(vatID, krefsOf(kd));
    }
  };

  const onResult = (ev: any, line: number) => {
    const vatID = str(ev.vatID);
    const deliveryNum = num(ev.deliveryNum);
    if (ev.replay === true || (ev.crankNum === undefined && !open)) {
      replaySkipped++;
      return;
    }
    const o = open;
    if (!o || o.vatID !== vatID || o.deliveryNum !== deliveryNum) {
      diag.add('unpaired-result', where(line), `deliver-result ${vatID}#${deliveryNum} has no matching deliver`);
      return;
    }
    open = null;
    const v = vat(o.vatID);
    const skip = skipUpTo[o.vatID];
    // Vats without a transcript (comms, local workers) repeat deliveryNum; only a number that went
    // backwards within the file, or one at or below what an earlier file counted, is a duplicate.
    if (o.deliveryNum === v.maxDeliveryNum) v.stuckCounter = true;
    else if (o.deliveryNum < v.maxDeliveryNum || (skip !== undefined && o.deliveryNum <= skip)) {
      diag.add('duplicate-delivery', where(o.line), `delivery ${o.vatID}#${o.deliveryNum} seen before; counted once`);
      return;
    }
    let seconds = num(ev.seconds);
    if (seconds === undefined) {
      const mt = num(ev.monotime);
      seconds = mt !== undefined && o.monotime !== undefined ? mt - o.monotime : (num(ev.time) ?? NaN) - o.time;
    }
    if (!Number.isFinite(seconds) || seconds < 0) {
      diag.add('bad-duration', where(line), `deliver-result ${o.vatID}#${o.deliveryNum} has no usable duration`);
      return;
    }
    v.deliveries++;
    v.minDeliveryNum = Math.min(v.minDeliveryNum, o.deliveryNum);
    v.maxDeliveryNum = Math.max(v.maxDeliveryNum, o.deliveryNum);
    ordinal++;
    stats.add(o.vatID, o.kind, o.method, seconds, o.height, ordinal);
    const dr = Array.isArray(ev.dr) ? ev.dr : [];
    const usage = dr[2] && typeof dr[2] === 'object' ? dr[2] : null;
    const heap = usage ? num(usage.currentHeapCount) : undefined;
    const x = o.height ?? NaN;
    if (heap !== undefined) {
      if (!v.heapFirst) v.heapFirst = [x, heap];
      v.heapLast = [x, heap];
    }
    if (o.kind === 'bringOutYourDead') {
      const b = (boyd[o.vatID] ??= { height: [], ordinal: [], seconds: [], heap: [], deliveryNum: [], preSnapshot: [] });
      lastBoydIdx.set(o.vatID, b.seconds.length);
      b.height.push(x);
      b.ordinal.push(ordinal);
      b.seconds.push(seconds);
      b.heap.push(heap ?? NaN);
      b.deliveryNum.push(o.deliveryNum);
      b.preSnapshot.push(0);
      const ret = dr[1];
      if (ret && typeof ret === 'object' && !Array.isArray(ret)) {
        const r = numericRecord(ret);
        if (!v.retentionFirst) v.retentionFirst = r;
        v.retentionLast = r;
      }
    }
  };

  const onLine = (buf: Buffer, start: number, end: number, line: number, oversized: boolean) => {
    if (end <= start) return;
    const type = lineType(buf, start, end);
    if (type === null) {
      if (isBlank(buf, start, end)) return;
      if (oversized) diag.add('oversized-line', where(line), 'line too long and not a known event; skipped');
      else if (parse(buf, start, end, line)) diag.add('wrong-shape', where(line), 'event without a `type`; line skipped');
      return;
    }
    if (oversized && type !== 'create-vat') {
      diag.add('oversized-line', where(line), `${type} line over the line-size cap; skipped`);
      return;
    }
    switch (type) {
      case 'deliver': {
        if (prefixHas(buf, start, end, REPLAY_TRUE, 200)) {
          replaySkipped++;
          return;
        }
        const ev = parse(buf, start, end, line);
        if (ev) {
          events++;
          onDeliver(ev, line);
        }
        return;
      }
      case 'deliver-result': {
        if (prefixHas(buf, start, end, REPLAY_TRUE, 200)) {
          replaySkipped++;
          return;
        }
        const ev = parse(buf, start, end, line);
        if (ev) {
          events++;
          onResult(ev, line);
        }
        return;
      }
      case 'clist': {
        const ev = parse(buf, start, end, line);
        if (!ev) return;
        const vatID = str(ev.vatID);
        const kref = str(ev.kobj);
        const vref = str(ev.vobj);
        const mode = str(ev.mode);
        if (!vatID || !kref || !vref || !mode) {
          diag.add('wrong-shape', where(line), '`clist` without vatID/kobj/vobj/mode; line skipped');
          return;
        }
        events++;
        clist.clist(mode, vatID, kref, vref);
        return;
      }
      case 'syscall': {
        if (!prefixHas(buf, start, end, DROP_IMPORTS, 400) || prefixHas(buf, start, end, REPLAY_TRUE, 200)) return;
        const ev = parse(buf, start, end, line);
        if (!ev || ev.replay === true) return;
        const ksc = ev.ksc;
        const vatID = str(ev.vatID);
        if (vatID && Array.isArray(ksc) && ksc[0] === 'dropImports' && Array.isArray(ksc[1])) {
          events++;
          clist.dropImports(vatID, ksc[1].filter((k: unknown) => typeof k === 'string'));
        }
        return;
      }
      case 'create-vat': {
        const info = createVatFields(buf, start, end);
        if (!info.vatID) {
          diag.add('wrong-shape', where(line), '`create-vat` without vatID');
          return;
        }
        events++;
        const v = vat(info.vatID);
        if (info.name) v.name = info.name;
        if (info.managerType) v.managerType = info.managerType;
        if (info.description) v.description = info.description;
        if (genesis) clist.genesisVat(info.vatID);
        return;
      }
      case 'heap-snapshot-save': {
        const ev = parse(buf, start, end, line);
        const vatID = ev && str(ev.vatID);
        if (!vatID) return;
        events++;
        const idx = lastBoydIdx.get(vatID);
        if (idx !== undefined) boyd[vatID].preSnapshot[idx] = 1;
        lastBoydIdx.delete(vatID);
        return;
      }
      case 'cosmic-swingset-bootstrap-block-start':
        // Genesis: the vats created so far in this file were initialized with this kernel.
        genesis = true;
        events++;
        for (const vatID of Object.keys(vats)) if (vats[vatID].name || vats[vatID].managerType) clist.genesisVat(vatID);
        return;
      case 'cosmic-swingset-bootstrap-block-finish':
        genesis = false;
        events++;
        return;
      case 'cosmic-swingset-end-block-start': {
        const ev = parse(buf, start, end, line);
        const h = ev && num(ev.blockHeight);
        if (h === undefined) return;
        events++;
        sawEndBlock = true;
        ebHeight = h;
        ebStart = { time: num(ev.time) ?? NaN, monotime: num(ev.monotime) };
        noteHeight(h, ebStart.time);
        return;
      }
      case 'cosmic-swingset-end-block-finish': {
        const ev = parse(buf, start, end, line);
        if (!ev) return;
        events++;
        const t = num(ev.time) ?? NaN;
        if (ebStart) {
          const mt = num(ev.monotime);
          const secs = num(ev.seconds) ?? (mt !== undefined && ebStart.monotime !== undefined ? mt - ebStart.monotime : t - ebStart.time);
          if (Number.isFinite(secs)) swingsetSeconds += secs;
        }
        if (Number.isFinite(t)) lastBlockTime = t;
        clist.checkpoint(ebHeight);
        ebHeight = null;
        ebStart = null;
        return;
      }
      case 'cosmic-swingset-run-start': {
        if (sawEndBlock) return;
        const ev = parse(buf, start, end, line);
        const h = ev && num(ev.blockHeight);
        if (h === undefined) return;
        events++;
        runHeight = h;
        noteHeight(h, num(ev.time) ?? NaN);
        return;
      }
      case 'cosmic-swingset-run-finish': {
        if (sawEndBlock || runHeight === null) return;
        const ev = parse(buf, start, end, line);
        const t = ev && num(ev.time);
        if (t !== undefined) lastBlockTime = t;
        clist.checkpoint(runHeight);
        runHeight = null;
        return;
      }
      default:
        if (!KNOWN_TYPES.has(type)) diag.add('unknown-event', where(line), `unknown event type "${type.slice(0, 60)}"; ignored`);
    }
  };

  function noteHeight(h: number, time: number) {
    if (!heightsSeen.has(h)) heightsSeen.add(h);
    heightMin = heightMin === null ? h : Math.min(heightMin, h);
    heightMax = heightMax === null ? h : Math.max(heightMax, h);
    lastHeight = h;
    if (firstBlockTime === null && Number.isFinite(time)) firstBlockTime = time;
  }

  const read = await readLines(file, onLine, {
    maxLineBytes: opts.maxLineBytes,
    onProgress: opts.onProgress ? (b, l) => opts.onProgress!(file, b, l) : undefined,
  });
  if (open) {
    const o = open as OpenDelivery;
    diag.add('unpaired-deliver', where(o.line), `deliver ${o.vatID}#${o.deliveryNum} has no deliver-result (end of file)`);
  }
  if (read.error) diag.add(read.error.startsWith('truncated') ? 'truncated-gzip' : 'read-error', `${name}:${read.lines}`, read.error);
  if (read.partialLastLine) diag.add('partial-last-line', `${name}:${read.lines}`, 'last line has no newline (file cut short?)');

  return {
    path: file,
    stage: stageOf(file),
    read,
    events,
    warnings: diag.list(),
    endBlockWindows: sawEndBlock,
    heightMin,
    heightMax,
    blocks: heightsSeen.size,
    swingsetSeconds,
    firstBlockTime,
    lastBlockTime,
    deliveries: ordinal,
    replaySkipped,
    vats,
    deliveryAccs: stats.list(),
    boyd,
    clist: clist.finish(lastHeight),
  };
}

function isBlank(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

function numericRecord(o: Record<string, unknown>): Record<string, number> {
  const r: Record<string, number> = {};
  for (const [k, v] of Object.entries(o)) if (typeof v === 'number' && Number.isFinite(v)) r[k] = v;
  return r;
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

const CREATE_VAT_WINDOW = 16 * 1024;
const FIELD_RE = /"(vatID|name|managerType|description)":("(?:[^"\\]|\\.)*")/g;

/** `create-vat` lines carry the whole vat bundle; read the leading fields from a prefix only. */
export function createVatFields(buf: Buffer, start: number, end: number): { vatID?: string; name?: string; managerType?: string; description?: string } {
  const head = buf.toString('utf8', start, Math.min(end, start + CREATE_VAT_WINDOW));
  const cut = head.indexOf('"vatSourceBundle"');
  const text = cut >= 0 ? head.slice(0, cut) : head;
  const out: Record<string, string> = {};
  FIELD_RE.lastIndex = 0;
  for (let m = FIELD_RE.exec(text); m; m = FIELD_RE.exec(text)) {
    if (out[m[1]] !== undefined) continue;
    try {
      out[m[1]] = JSON.parse(m[2]);
    } catch {
      /* malformed string: ignore the field */
    }
  }
  return out;
}
