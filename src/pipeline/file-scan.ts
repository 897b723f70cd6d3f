/**
 * One streaming pass over one slog file feeding every analyzer: delivery pairing, block
 * attribution, per-kind/method delivery times, BOYD and heap samples, vat names and the c-list
 * replay. The result is a plain, structured-cloneable `FileScan` (so it can come back from a worker
 * thread) that `merge-scans.ts` combines across stage files in stage order.
 */
import path from 'node:path';
import { readLines, type ReadResult } from '../slog/line-reader.js';
import { stageOf } from '../run-files/stage.js';
import { lineType, prefixHas, typeCode, NO_TYPE, OTHER_TYPE } from '../slog/classify.js';
import { KeyTable } from '../slog/json-bytes.js';
import { Diagnostics, KNOWN_TYPES } from '../slog/diagnostics.js';
import {
  clistFromEvent, deliverFromEvent, eventFromObject, fastClist, fastDeliver, fastEvent, fastResult, kdDrops, kdKrefs,
  newClistFields, newDeliverFields, newEventFields, newResultFields, resultFromEvent, retentionOf, SUSPECT_SECONDS, type DeliverFields,
  type EventFields, type ResultFields,
} from '../slog/fields.js';
import { DeliveryStats, type DeliveryAcc } from '../analyzers/delivery-stats.js';
import type { ClistFilePartial } from '../analyzers/clist-replay.js';
import { SlogClistReplay } from '../analyzers/clist-translations.js';
import { GcDirt, isGcDelivery } from '../analyzers/boyd-causes.js';
import type { Warning } from '../shared/report-schema.js';

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
  /**
   * GC krefs (dropExports / retireExports / retireImports) delivered to the vat since its previous
   * BOYD in this file: what tells a GC-triggered BOYD from a scheduled one (analyzers/boyd-causes.ts).
   */
  gcKrefs: number[];
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
  /** deliveryNum did not advance between deliveries (no transcript): its repeats are known by crank only. */
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
  /**
   * The block heights seen, as sorted runs [first, last] of consecutive heights (a few pairs for a
   * whole stage): the merge counts a height two files share once (a block re-run after a restart).
   */
  blockRuns: Array<[number, number]>;
  /** The highest crankNum of a (non-replay) delivery or `clist` event; null: none. */
  crankMax: number | null;
  swingsetSeconds: number;
  firstBlockTime: number | null;
  lastBlockTime: number | null;
  /** `monotime` of the same first and last block events (null: the slog has none): immune to wall-clock steps. */
  firstBlockMonotime: number | null;
  lastBlockMonotime: number | null;
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
  /**
   * The c-list changes of cranks numbered ≤ this were already replayed from an earlier file: its
   * `clist` events, `dropImports` syscalls, `dropExports` and the translations of those cranks are
   * left out (the deliveries, by `skipUpTo`).
   */
  skipCranksUpTo?: number;
  onProgress?: (file: string, bytesIn: number, lines: number) => void;
  maxLineBytes?: number;
  /**
   * Read every event with `JSON.parse` instead of the byte-level field readers (slow; the reference
   * the fast path is tested against).
   */
  reference?: boolean;
  /** Counts how lines were read (for tests): by the byte-level readers, or by JSON.parse after they gave up. */
  counters?: { fast: number; fallback: number };
  /**
   * Replay the c-list from delivery/syscall translations when the file has no `clist` events
   * (default true; see analyzers/clist-translations.ts).
   */
  translations?: boolean;
  /** Operations seen in translations, with no `clist` event, that make the file count as having none (default CLIST_GRACE_SIGNS). */
  clistGraceSigns?: number;
}

/** What a file's scan leaves out because earlier files counted it (a re-read of an overlapping file). */
export type RepeatSkip = Pick<ScanOptions, 'skipUpTo' | 'skipCranksUpTo'>;

/** The delivery between a `deliver` and its `deliver-result` (one object, reused). */
interface OpenDelivery {
  vatID: string;
  deliveryNum: number;
  kind: string;
  method: string | null;
  /** NaN when absent. */
  time: number;
  /** NaN when absent. */
  monotime: number;
  line: number;
  height: number | null;
  /** Its crank's c-list changes were replayed from an earlier file (a re-read of an overlapping file). */
  replayed: boolean;
  /** Krefs it carries when it is a GC delivery (0 otherwise). */
  gcKrefs: number;
}

const DROP_IMPORTS = Buffer.from('dropImports');

/** Every known event type gets a code; the scanner switches on the ones it reads. */
const TYPES = new KeyTable([...KNOWN_TYPES]);
const T = (type: string): number => {
  const id = TYPES.byName.get(type);
  if (id === undefined) throw new Error(`unknown slog type ${type}`);
  return id;
};
const T_DELIVER = T('deliver');
const T_RESULT = T('deliver-result');
const T_CLIST = T('clist');
const T_SYSCALL = T('syscall');
const T_SYSCALL_RESULT = T('syscall-result');
const T_TERMINATE = T('terminate');
const T_CREATE_VAT = T('create-vat');
const T_SNAPSHOT_SAVE = T('heap-snapshot-save');
const T_BOOTSTRAP_START = T('cosmic-swingset-bootstrap-block-start');
const T_BOOTSTRAP_FINISH = T('cosmic-swingset-bootstrap-block-finish');
const T_END_BLOCK_START = T('cosmic-swingset-end-block-start');
const T_END_BLOCK_FINISH = T('cosmic-swingset-end-block-finish');
const T_RUN_START = T('cosmic-swingset-run-start');
const T_RUN_FINISH = T('cosmic-swingset-run-finish');
/** The types `onEvent` reads (1 at their codes): a few lines per block. */
const BLOCK_EVENTS = new Uint8Array(TYPES.names.length);
for (const t of [T_CREATE_VAT, T_SNAPSHOT_SAVE, T_BOOTSTRAP_START, T_BOOTSTRAP_FINISH, T_END_BLOCK_START, T_END_BLOCK_FINISH, T_RUN_START, T_RUN_FINISH]) BLOCK_EVENTS[t] = 1;

export async function scanSlogFile(file: string, opts: ScanOptions = {}): Promise<FileScan> {
  const name = path.basename(file);
  const diag = new Diagnostics();
  const stats = new DeliveryStats();
  const clist = new SlogClistReplay(opts.translations !== false, opts.clistGraceSigns, opts.skipCranksUpTo);
  // Null-prototype records: vatIDs come from untrusted lines ("__proto__", "constructor" …).
  const vats: Record<string, VatFileInfo> = Object.create(null);
  const boyd: Record<string, BoydSamples> = Object.create(null);
  const lastBoydIdx = new Map<string, number>();
  const gcDirt = new GcDirt();
  /** Per vat, the last BOYD's retention stats: JSON text (fast reader) or the parsed object. */
  const lastRetention = new Map<string, string | Record<string, unknown>>();
  const skipUpTo = opts.skipUpTo ?? {};
  let crankMax = -Infinity;

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
  let firstBlockMonotime: number | null = null;
  let lastBlockMonotime: number | null = null;
  let firstHeightSeen = true;
  let ordinal = 0;
  let replaySkipped = 0;
  const od: OpenDelivery = { vatID: '', deliveryNum: 0, kind: '', method: null, time: NaN, monotime: NaN, line: 0, height: null, replayed: false, gcKrefs: 0 };
  /** A deliver is waiting for its result (in `od`). */
  let open = false;
  /** Inside the chain's genesis (bootstrap) block, or before it in a file that has one. */
  let genesis = false;

  const vat = (vatID: string): VatFileInfo =>
    (vats[vatID] ??= { deliveries: 0, minDeliveryNum: Infinity, maxDeliveryNum: -Infinity });
  const where = (line: number) => `${name}:${line}`;

  /**
   * A line in another layout than the kernel's (another tool re-wrote the slog: sorted keys, `": "`
   * spacing), parsed once to find its type: its event, which `parse` returns for it, and its type.
   */
  let parsed: any = null;
  let parsedType: string | null = null;
  let parsedCode = NO_TYPE;

  const parse = (buf: Buffer, start: number, end: number, line: number): any => {
    if (parsed) return parsed;
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

  const onDeliver = (d: DeliverFields, buf: Buffer, line: number) => {
    const { vatID, deliveryNum, kind } = d;
    if (!vatID || deliveryNum === undefined || kind === undefined) {
      diag.add('wrong-shape', where(line), '`deliver` without vatID, deliveryNum or vd[0]; line skipped');
      return;
    }
    if (!d.hasCrankNum) {
      // Old slogs mark replayed deliveries only by the missing crankNum.
      replaySkipped++;
      return;
    }
    if (open) diag.add('unpaired-deliver', where(od.line), `deliver ${od.vatID}#${od.deliveryNum} has no deliver-result`);
    const method = kind === 'message' ? d.method ?? '(unknown method)' : null;
    od.vatID = vatID;
    od.deliveryNum = deliveryNum;
    od.kind = kind;
    od.method = method;
    od.time = d.time ?? NaN;
    od.monotime = d.monotime ?? NaN;
    od.line = line;
    od.height = currentHeight();
    open = true;
    if (kind !== 'bringOutYourDead') lastBoydIdx.delete(vatID);
    if (d.crankNum !== undefined && d.crankNum > crankMax) crankMax = d.crankNum;
    od.gcKrefs = 0;
    od.replayed = clist.replayedCrank(d.crankNum);
    if (od.replayed) return;
    if (kind === 'dropExports') {
      const krefs = kdDrops(d, buf);
      if (krefs) {
        clist.dropExports(vatID, krefs);
        od.gcKrefs = krefs.length;
      }
    } else if (isGcDelivery(kind)) {
      od.gcKrefs = kdDrops(d, buf)?.length ?? 0;
    } else if ((kind === 'message' || kind === 'notify') && clist.hasWeakImports(vatID)) {
      clist.delivered(vatID, kdKrefs(d, buf));
    }
  };

  const onResult = (r: ResultFields, buf: Buffer, line: number) => {
    const { vatID, deliveryNum } = r;
    if (!r.hasCrankNum && !open) {
      replaySkipped++;
      return;
    }
    const o = od;
    if (!open || o.vatID !== vatID || o.deliveryNum !== deliveryNum) {
      diag.add('unpaired-result', where(line), `deliver-result ${vatID}#${deliveryNum} has no matching deliver`);
      return;
    }
    open = false;
    const v = vat(o.vatID);
    const skip = skipUpTo[o.vatID];
    // Vats without a transcript (comms, local workers) repeat deliveryNum; only a number that went
    // backwards within the file, or one at or below what an earlier file counted, is a duplicate.
    // Such vats get no number from the earlier files (their numbers say nothing): in a re-read of
    // an overlapping file, a delivery of theirs in a crank an earlier file had is a duplicate.
    if (o.deliveryNum === v.maxDeliveryNum) v.stuckCounter = true;
    else if (o.deliveryNum < v.maxDeliveryNum || (skip !== undefined ? o.deliveryNum <= skip : o.replayed)) {
      diag.add('duplicate-delivery', where(o.line), `delivery ${o.vatID}#${o.deliveryNum} seen before; counted once`);
      return;
    }
    let seconds = r.seconds;
    if (seconds === undefined) seconds = elapsedSince(o, r);
    else if (seconds > SUSPECT_SECONDS) {
      // The kernel times a delivery between those two lines: more than that is a damaged value.
      const between = elapsedSince(o, r);
      if (Number.isFinite(between) && between >= 0 && seconds > between * 1.01 + 0.01) {
        diag.add('bad-duration', where(line), `deliver-result ${o.vatID}#${o.deliveryNum}: \`seconds\` ${seconds} is more than the ${between.toFixed(6)} s from its deliver; that is used`);
        seconds = between;
      }
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
    if (o.gcKrefs) gcDirt.delivered(o.vatID, o.kind, o.gcKrefs);
    const heap = r.heap;
    const x = o.height ?? NaN;
    if (heap !== undefined) {
      if (!v.heapFirst) v.heapFirst = [x, heap];
      // Updated in place: one array per vat, not one per delivery.
      if (v.heapLast) {
        v.heapLast[0] = x;
        v.heapLast[1] = heap;
      } else v.heapLast = [x, heap];
    }
    if (o.kind === 'bringOutYourDead') {
      const b = (boyd[o.vatID] ??= { height: [], ordinal: [], seconds: [], heap: [], deliveryNum: [], preSnapshot: [], gcKrefs: [] });
      lastBoydIdx.set(o.vatID, b.seconds.length);
      b.height.push(x);
      b.ordinal.push(ordinal);
      b.seconds.push(seconds);
      b.heap.push(heap ?? NaN);
      b.deliveryNum.push(o.deliveryNum);
      b.preSnapshot.push(0);
      b.gcKrefs.push(gcDirt.boyd(o.vatID));
      if (!v.retentionFirst) {
        const ret = retentionOf(r, buf);
        if (ret) v.retentionFirst = numericRecord(ret);
      }
      if (r.retStart >= 0) lastRetention.set(o.vatID, buf.toString('utf8', r.retStart, r.retEnd));
      else if (r.retention) lastRetention.set(o.vatID, r.retention);
    }
  };

  // Reused for every line: the fields of the current event. The fast readers fill them from the
  // bytes; when one gives up (or in reference mode) JSON.parse and the *FromEvent readers do.
  const dFields = newDeliverFields();
  const rFields = newResultFields();
  const cFields = newClistFields();
  const eFields = newEventFields();
  const reference = opts.reference === true;
  const counters = opts.counters;

  /** The fields of another event (block, snapshot, syscall), or null for a garbage line (reported). */
  const readEvent = (buf: Buffer, start: number, end: number, line: number): EventFields | null => {
    if (!reference && !parsed) {
      if (fastEvent(buf, start, end, eFields)) {
        if (counters) counters.fast++;
        return eFields;
      }
      if (counters) counters.fallback++;
    }
    const ev = parse(buf, start, end, line);
    if (!ev) return null;
    eventFromObject(ev, eFields);
    return eFields;
  };

  /**
   * Every line. The frequent events are handled here; block, vat and snapshot events, lines without
   * a known type and oversized lines by `onEvent`, from one call site that the first block reaches.
   * A rare line then cannot make V8 discard this function's optimized code and compile it again (a
   * call it had not seen before, such as an unknown event in mid-file, did), and each compilation is
   * smaller: on 2 cores the compiler's threads share the second core with the inflater.
   */
  const onLineUnguarded = (buf: Buffer, start: number, end: number, line: number, oversized: boolean) => {
    if (end <= start) return;
    const code = parsed ? parsedCode : reference ? referenceTypeCode(buf, start, end) : typeCode(TYPES, buf, start, end);
    const ref = reference || parsed !== null;
    if (code < 0 || oversized || BLOCK_EVENTS[code] === 1) {
      onEvent(code, buf, start, end, line, oversized);
      return;
    }
    switch (code) {
      case T_DELIVER: {
        if (ref || !fastDeliver(buf, start, end, dFields)) {
          if (counters && !reference) counters.fallback++;
          const ev = parse(buf, start, end, line);
          if (!ev) return;
          deliverFromEvent(ev, dFields);
        } else if (counters) counters.fast++;
        if (dFields.replay) {
          replaySkipped++; // transcript replay: not new work
          return;
        }
        events++;
        onDeliver(dFields, buf, line);
        // Not for a crank an earlier file replayed: its line need not be parsed at all.
        if (clist.translating && dFields.hasCrankNum && !clist.replayedCrank(dFields.crankNum)) clist.deliverLine(buf, start, end);
        return;
      }
      case T_RESULT: {
        if (ref || !fastResult(buf, start, end, rFields)) {
          if (counters && !reference) counters.fallback++;
          const ev = parse(buf, start, end, line);
          if (!ev) return;
          resultFromEvent(ev, rFields);
        } else if (counters) counters.fast++;
        if (rFields.replay) {
          replaySkipped++; // transcript replay: not new work
          return;
        }
        events++;
        onResult(rFields, buf, line);
        return;
      }
      case T_CLIST: {
        if (ref || !fastClist(buf, start, end, cFields)) {
          if (counters && !reference) counters.fallback++;
          const ev = parse(buf, start, end, line);
          if (!ev) return;
          clistFromEvent(ev, cFields);
        } else if (counters) counters.fast++;
        const { vatID, kref, vref, mode, crankNum } = cFields;
        if (!vatID || kref === undefined || kref === '' || vref === undefined || !mode) {
          diag.add('wrong-shape', where(line), '`clist` without vatID/kobj/vobj/mode; line skipped');
          return;
        }
        if (crankNum !== undefined && crankNum > crankMax) crankMax = crankNum;
        if (clist.replayedCrank(crankNum)) return;
        events++;
        if (!clist.clistKeyed(mode, vatID, kref, vref)) {
          diag.add('late-clist-event', where(line), `\`clist\` event after ${clist.graceSigns.toLocaleString('en-US')} c-list operations without one: the c-list stays rebuilt from the translations; ignored`);
        }
        return;
      }
      case T_SYSCALL: {
        if (clist.translating) clist.syscallLine(buf, start, end);
        // Cheap pre-filter: the syscall name comes early in the line (`syscall` field, `ksc[0]`).
        if (!prefixHas(buf, start, end, DROP_IMPORTS, 400)) return;
        const ev = readEvent(buf, start, end, line);
        if (!ev || ev.replay) return;
        if (ev.vatID && ev.dropImports && !clist.replayedCrank(ev.crankNum)) {
          events++;
          clist.dropImports(ev.vatID, ev.dropImports);
        }
        return;
      }
      case T_SYSCALL_RESULT:
        if (clist.translating) clist.syscallResultLine(buf, start, end);
        return;
      case T_TERMINATE:
        if (clist.translating) clist.terminateLine(buf, start, end);
        return;
      default:
        // A known event the analysis does not need.
    }
  };

  /** Block, vat and snapshot events (a few per block), lines without a known type, lines over the cap. */
  const onEvent = (code: number, buf: Buffer, start: number, end: number, line: number, oversized: boolean) => {
    if (code === NO_TYPE) {
      if (isBlank(buf, start, end)) return;
      if (oversized) {
        diag.add('oversized-line', where(line), 'line too long and not a known event; skipped');
        return;
      }
      const ev = parse(buf, start, end, line);
      if (!ev) return;
      if (typeof ev.type !== 'string') {
        diag.add('wrong-shape', where(line), 'event without a `type`; line skipped');
        return;
      }
      // Valid JSON in another layout: read from the parsed event (said once per run, counted).
      diag.add('other-json-layout', where(line), "not in the kernel's own JSON layout (keys sorted or spaced by another tool): such lines are read with JSON.parse, more slowly");
      parsed = ev;
      parsedType = ev.type;
      parsedCode = TYPES.byName.get(ev.type) ?? OTHER_TYPE;
      try {
        onLineUnguarded(buf, start, end, line, false);
      } finally {
        parsed = parsedType = null;
      }
      return;
    }
    if (oversized && code !== T_CREATE_VAT) {
      diag.add('oversized-line', where(line), `${lineType(buf, start, end)} line over the line-size cap; skipped`);
      return;
    }
    switch (code) {
      case OTHER_TYPE: {
        const type = parsedType ?? lineType(buf, start, end) ?? '';
        diag.add('unknown-event', where(line), `unknown event type "${type.slice(0, 60)}"; ignored`);
        return;
      }
      case T_CREATE_VAT: {
        const info = parsed ? createVatFromEvent(parsed) : createVatFields(buf, start, end);
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
      case T_SNAPSHOT_SAVE: {
        const vatID = readEvent(buf, start, end, line)?.vatID;
        if (!vatID) return;
        events++;
        const idx = lastBoydIdx.get(vatID);
        if (idx !== undefined) boyd[vatID].preSnapshot[idx] = 1;
        lastBoydIdx.delete(vatID);
        return;
      }
      case T_BOOTSTRAP_START:
        // Genesis: the vats created so far in this file were initialized with this kernel.
        genesis = true;
        events++;
        for (const vatID of Object.keys(vats)) if (vats[vatID].name || vats[vatID].managerType) clist.genesisVat(vatID);
        return;
      case T_BOOTSTRAP_FINISH:
        genesis = false;
        events++;
        return;
      case T_END_BLOCK_START: {
        const ev = readEvent(buf, start, end, line);
        const h = ev?.blockHeight;
        if (!ev) return;
        if (h === undefined) {
          // Its deliveries would silently get no height: say so.
          diag.add('wrong-shape', where(line), '`cosmic-swingset-end-block-start` without a numeric blockHeight; its block is not attributed');
          return;
        }
        events++;
        sawEndBlock = true;
        ebHeight = h;
        ebStart = { time: ev.time ?? NaN, monotime: ev.monotime };
        noteHeight(h, ebStart.time, line, ev.monotime);
        return;
      }
      case T_END_BLOCK_FINISH: {
        const ev = readEvent(buf, start, end, line);
        if (!ev) return;
        events++;
        const t = ev.time ?? NaN;
        if (ebStart) {
          const mt = ev.monotime;
          const secs = ev.seconds ?? (mt !== undefined && ebStart.monotime !== undefined ? mt - ebStart.monotime : t - ebStart.time);
          // A wall-clock step back between the two lines (no monotime) would subtract.
          if (Number.isFinite(secs) && secs >= 0) swingsetSeconds += secs;
        }
        if (Number.isFinite(t)) lastBlockTime = t;
        lastBlockMonotime = ev.monotime ?? null;
        clist.checkpoint(ebHeight);
        ebHeight = null;
        ebStart = null;
        return;
      }
      case T_RUN_START: {
        // The bootstrap block's run carries the init height but is no block: its deliveries (and
        // reaps) stay unattributed, as between end-block windows (docs/formats.md §2.1).
        if (sawEndBlock || genesis) return;
        const ev = readEvent(buf, start, end, line);
        const h = ev?.blockHeight;
        if (!ev || h === undefined) return;
        events++;
        runHeight = h;
        noteHeight(h, ev.time ?? NaN, line, ev.monotime);
        return;
      }
      case T_RUN_FINISH: {
        if (sawEndBlock || runHeight === null) return;
        const ev = readEvent(buf, start, end, line);
        if (ev?.time !== undefined) lastBlockTime = ev.time;
        if (ev) lastBlockMonotime = ev.monotime ?? null;
        clist.checkpoint(runHeight);
        runHeight = null;
        return;
      }
    }
  };

  function noteHeight(h: number, time: number, line: number, monotime: number | undefined) {
    // Not silent: one damaged height moves the run's block range, so the BOYD coverage test and the
    // c-list rates per block.
    if (!Number.isSafeInteger(h) || h < 0) diag.add('bad-height', where(line), `block height ${h} is not a whole number ≥ 0`);
    else if (lastHeight !== null && h !== lastHeight && h !== lastHeight + 1) {
      diag.add('height-jump', where(line), `block height ${h} after ${lastHeight} (a chain's heights go up by one): if damaged, it moves the run's block range and rates per block`);
    }
    if (!heightsSeen.has(h)) heightsSeen.add(h);
    heightMin = heightMin === null ? h : Math.min(heightMin, h);
    heightMax = heightMax === null ? h : Math.max(heightMax, h);
    lastHeight = h;
    if (firstBlockTime === null && Number.isFinite(time)) firstBlockTime = time;
    if (firstHeightSeen) {
      firstHeightSeen = false;
      firstBlockMonotime = monotime ?? null;
    }
  }

  // One bad line never ends the file: anything a line makes the analyzers throw is reported with
  // its file:line and the scan goes on.
  const onLine = (buf: Buffer, start: number, end: number, line: number, oversized: boolean) => {
    try {
      onLineUnguarded(buf, start, end, line, oversized);
    } catch (e) {
      diag.add('line-error', where(line), `line could not be analyzed (${String((e as Error)?.message ?? e).slice(0, 120)}); skipped`);
    }
  };

  const read = await readLines(file, onLine, {
    maxLineBytes: opts.maxLineBytes,
    onProgress: opts.onProgress ? (b, l) => opts.onProgress!(file, b, l) : undefined,
  });
  if (open) diag.add('unpaired-deliver', where(od.line), `deliver ${od.vatID}#${od.deliveryNum} has no deliver-result (end of file)`);
  // Retention stats: only the first and last per vat are kept; the last is decoded once, here.
  for (const [vatID, raw] of lastRetention) vats[vatID].retentionLast = numericRecord(typeof raw === 'string' ? JSON.parse(raw) : raw);
  if (read.error) diag.add(read.error.startsWith('truncated') ? 'truncated-gzip' : 'read-error', `${name}:${read.lines}`, read.error);
  if (read.partialLastLine) diag.add('partial-last-line', `${name}:${read.lines}`, 'last line has no newline (file cut short?)');

  return {
    path: file,
    stage: stageOf(file),
    read,
    events: events + clist.translatedLines,
    warnings: diag.list(),
    endBlockWindows: sawEndBlock,
    heightMin,
    heightMax,
    blockRuns: runsOf(heightsSeen),
    crankMax: crankMax === -Infinity ? null : crankMax,
    swingsetSeconds,
    firstBlockTime,
    lastBlockTime,
    firstBlockMonotime,
    lastBlockMonotime,
    deliveries: ordinal,
    replaySkipped,
    vats,
    deliveryAccs: stats.list(),
    boyd,
    clist: clist.finish(lastHeight),
  };
}

/** The time from a deliver to its deliver-result line (the kernel's clock: monotime, else time). */
function elapsedSince(o: OpenDelivery, r: ResultFields): number {
  const mt = r.monotime;
  return mt !== undefined && !Number.isNaN(o.monotime) ? mt - o.monotime : (r.time ?? NaN) - o.time;
}

/** Sorted runs [first, last] of consecutive whole heights; any other height is a run of its own. */
function runsOf(heights: Set<number>): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const h of [...heights].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && Number.isInteger(h) && Number.isInteger(last[1]) && h === last[1] + 1) last[1] = h;
    else runs.push([h, h]);
  }
  return runs;
}

/** Type code via the decoded type string (what the reference path does). */
function referenceTypeCode(buf: Buffer, start: number, end: number): number {
  const type = lineType(buf, start, end);
  return type === null ? NO_TYPE : TYPES.byName.get(type) ?? OTHER_TYPE;
}

function isBlank(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

function numericRecord(o: Record<string, unknown>): Record<string, number> {
  const r: Record<string, number> = Object.create(null);
  for (const [k, v] of Object.entries(o)) if (typeof v === 'number' && Number.isFinite(v)) r[k] = v;
  return r;
}


/** `createVatFields` of a parsed `create-vat` event: its string fields. */
function createVatFromEvent(ev: Record<string, unknown>): { vatID?: string; name?: string; managerType?: string; description?: string } {
  const out: Record<string, string> = Object.create(null);
  for (const k of ['vatID', 'name', 'managerType', 'description']) if (typeof ev[k] === 'string') out[k] = ev[k];
  return out;
}

const CREATE_VAT_WINDOW = 16 * 1024;
const FIELD_RE = /"(vatID|name|managerType|description)":("(?:[^"\\]|\\.)*")/g;

/** `create-vat` lines carry the whole vat bundle; read the leading fields from a prefix only. */
export function createVatFields(buf: Buffer, start: number, end: number): { vatID?: string; name?: string; managerType?: string; description?: string } {
  const head = buf.toString('utf8', start, Math.min(end, start + CREATE_VAT_WINDOW));
  const cut = head.indexOf('"vatSourceBundle"');
  const text = cut >= 0 ? head.slice(0, cut) : head;
  const out: Record<string, string> = Object.create(null);
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
