/**
 * One streaming pass over one slog file: reads each line (line-reader.ts), classifies it by its
 * type (classify.ts), reads the fields of the events the analysis uses (fields.ts: the byte-level
 * readers, or JSON.parse when they give up or in reference mode), reports the lines it cannot read
 * and hands each event to a sink (sink.ts). Transcript replays are left out here.
 */
import { readLines, type ReadOptions, type ReadResult } from './line-reader.js';
import { lineType, prefixHas, typeCode, NO_TYPE, OTHER_TYPE } from './classify.js';
import type { FileDiagnostics } from './diagnostics.js';
import type { EventFields } from './fields.js';
import { FieldReader } from './scanner-fields.js';
import { createVatFields, createVatFromEvent } from './create-vat.js';
import type { EventLine, SlogSink } from './sink.js';
import {
  isBlank, RARE_EVENTS, referenceTypeCode, TYPES, T_BOOTSTRAP_FINISH, T_BOOTSTRAP_START, T_CLIST, T_CREATE_VAT, T_DELIVER, T_END_BLOCK_FINISH,
  T_END_BLOCK_START, T_RESULT, T_RUN_FINISH, T_RUN_START, T_SNAPSHOT_SAVE, T_SYSCALL, T_SYSCALL_RESULT, T_TERMINATE,
} from './scanner-types.js';

export interface ScannerOptions {
  /** Read every event with `JSON.parse` instead of the byte-level field readers (the reference). */
  reference?: boolean;
  /** Counts how lines were read (for tests): by the byte-level readers, or by JSON.parse after they gave up. */
  counters?: { fast: number; fallback: number };
}

const DROP_IMPORTS = Buffer.from('dropImports');
const EMPTY = Buffer.alloc(0);

export class SlogScanner implements EventLine {
  /** Events handed to the sink and used by it. */
  events = 0;
  /** Transcript replays left out (`replay: true`, or a `deliver` without crankNum as old slogs mark them). */
  replaySkipped = 0;
  private readonly read: FieldReader;
  /** The type of the current line when it is in another layout than the kernel's (`read.parsed`). */
  private parsedType: string | null = null;
  private parsedCode = NO_TYPE;
  // The current rare line, read on demand through `fields()` (EventLine).
  private buf: Buffer = EMPTY;
  private start = 0;
  private end = 0;
  /** The current rare line's number (EventLine). */
  line = 0;

  constructor(
    private readonly sink: SlogSink,
    private readonly diag: FileDiagnostics,
    opts: ScannerOptions = {},
  ) {
    this.read = new FieldReader(diag, opts.reference === true, opts.counters);
  }

  /** Scans `file` to its end (or to a read error, reported with the file's other problems). */
  async scan(file: string, opts: ReadOptions = {}): Promise<ReadResult> {
    const read = await readLines(file, (buf, start, end, line, oversized) => this.onLine(buf, start, end, line, oversized), opts);
    this.sink.onEnd();
    const at = `${this.diag.file}:${read.lines}`;
    if (read.error) this.diag.add(read.error.startsWith('truncated') ? 'truncated-gzip' : 'read-error', at, read.error);
    if (read.partialLastLine) this.diag.add('partial-last-line', at, 'last line has no newline (file cut short?)');
    return read;
  }

  /**
   * One line. One bad line never ends the file: anything a line makes the sink throw is reported
   * with its file:line and the scan goes on.
   */
  onLine(buf: Buffer, start: number, end: number, line: number, oversized: boolean): void {
    try {
      this.onLineUnguarded(buf, start, end, line, oversized);
    } catch (e) {
      this.diag.at('line-error', line, `line could not be analyzed (${String((e as Error)?.message ?? e).slice(0, 120)}); skipped`);
    }
  }

  /**
   * The frequent events are handled here; block, vat and snapshot events, lines without a known
   * type and oversized lines by `onRare`, from one call site that the first block reaches. A rare
   * line then cannot make V8 discard this function's optimized code and compile it again (a call
   * it had not seen before, such as an unknown event in mid-file, did), and each compilation is
   * smaller: on 2 cores the compiler's threads share the second core with the inflater.
   */
  private onLineUnguarded(buf: Buffer, start: number, end: number, line: number, oversized: boolean): void {
    if (end <= start) return;
    const code = this.read.parsed !== null ? this.parsedCode : this.read.reference ? referenceTypeCode(buf, start, end) : typeCode(TYPES, buf, start, end);
    if (code < 0 || oversized || RARE_EVENTS[code] === 1) {
      this.onRare(code, buf, start, end, line, oversized);
      return;
    }
    switch (code) {
      case T_DELIVER:
        this.onDeliver(buf, start, end, line);
        return;
      case T_RESULT:
        this.onResult(buf, start, end, line);
        return;
      case T_CLIST:
        this.onClist(buf, start, end, line);
        return;
      case T_SYSCALL:
        this.onSyscall(buf, start, end, line);
        return;
      case T_SYSCALL_RESULT:
        this.sink.onSyscallResultLine(buf, start, end);
        return;
      case T_TERMINATE:
        this.sink.onTerminateLine(buf, start, end);
        return;
      default:
      // A known event the analysis does not need.
    }
  }

  private onDeliver(buf: Buffer, start: number, end: number, line: number): void {
    const d = this.read.deliver(buf, start, end, line);
    if (!d) return;
    if (d.replay) {
      this.replaySkipped++; // transcript replay: not new work
      return;
    }
    this.events++;
    if (!d.vatID || d.deliveryNum === undefined || d.kind === undefined) {
      this.diag.at('wrong-shape', line, '`deliver` without vatID, deliveryNum or vd[0]; line skipped');
    } else if (!d.hasCrankNum) {
      // Old slogs mark replayed deliveries only by the missing crankNum.
      this.replaySkipped++;
      return;
    } else this.sink.onDeliver(d, buf, line);
    if (d.hasCrankNum) this.sink.onDeliverLine(d, buf, start, end);
  }

  private onResult(buf: Buffer, start: number, end: number, line: number): void {
    const r = this.read.result(buf, start, end, line);
    if (!r) return;
    if (r.replay) {
      this.replaySkipped++; // transcript replay: not new work
      return;
    }
    this.events++;
    this.sink.onResult(r, buf, line);
  }

  private onClist(buf: Buffer, start: number, end: number, line: number): void {
    const c = this.read.clist(buf, start, end, line);
    if (!c) return;
    if (!c.vatID || c.kref === undefined || c.kref === '' || c.vref === undefined || !c.mode) {
      this.diag.at('wrong-shape', line, '`clist` without vatID/kobj/vobj/mode; line skipped');
      return;
    }
    if (this.sink.onClist(c, line)) this.events++;
  }

  private onSyscall(buf: Buffer, start: number, end: number, line: number): void {
    this.sink.onSyscallLine(buf, start, end);
    // Cheap pre-filter: the syscall name comes early in the line (`syscall` field, `ksc[0]`).
    if (!prefixHas(buf, start, end, DROP_IMPORTS, 400)) return;
    const ev = this.read.event(buf, start, end, line);
    if (!ev || ev.replay) return;
    if (ev.vatID && ev.dropImports && this.sink.onDropImports(ev.vatID, ev.dropImports, ev.crankNum)) this.events++;
  }

  /** Block, vat and snapshot events (a few per block), lines without a known type, lines over the cap. */
  private onRare(code: number, buf: Buffer, start: number, end: number, line: number, oversized: boolean): void {
    if (code === NO_TYPE) {
      this.onUntyped(buf, start, end, line, oversized);
      return;
    }
    if (oversized && code !== T_CREATE_VAT) {
      this.diag.at('oversized-line', line, `${lineType(buf, start, end)} line over the line-size cap; skipped`);
      return;
    }
    if (code === OTHER_TYPE) {
      const type = this.parsedType ?? lineType(buf, start, end) ?? '';
      this.diag.at('unknown-event', line, `unknown event type "${type.slice(0, 60)}"; ignored`);
      return;
    }
    this.buf = buf;
    this.start = start;
    this.end = end;
    this.line = line;
    try {
      this.onBlockEvent(code);
    } finally {
      this.buf = EMPTY;
    }
  }

  /** A known rare event (the current line). */
  private onBlockEvent(code: number): void {
    const { sink, line } = this;
    switch (code) {
      case T_CREATE_VAT: {
        const info = this.read.parsed !== null ? createVatFromEvent(this.read.parsed) : createVatFields(this.buf, this.start, this.end);
        if (!info.vatID) {
          this.diag.at('wrong-shape', line, '`create-vat` without vatID');
          return;
        }
        this.events++;
        sink.onCreateVat(info as typeof info & { vatID: string });
        return;
      }
      case T_SNAPSHOT_SAVE: {
        const vatID = this.fields()?.vatID;
        if (!vatID) return;
        this.events++;
        sink.onSnapshotSave(vatID);
        return;
      }
      case T_BOOTSTRAP_START:
        this.events++;
        sink.onBootstrapStart();
        return;
      case T_BOOTSTRAP_FINISH:
        this.events++;
        sink.onBootstrapFinish();
        return;
      case T_END_BLOCK_START: {
        const ev = this.fields();
        if (!ev) return;
        if (ev.blockHeight === undefined) {
          // Its deliveries would silently get no height: say so.
          this.diag.at('wrong-shape', line, '`cosmic-swingset-end-block-start` without a numeric blockHeight; its block is not attributed');
          return;
        }
        this.events++;
        sink.onEndBlockStart(ev as EventFields & { blockHeight: number }, line);
        return;
      }
      case T_END_BLOCK_FINISH: {
        const ev = this.fields();
        if (!ev) return;
        this.events++;
        sink.onEndBlockFinish(ev);
        return;
      }
      case T_RUN_START:
        if (sink.onRunStart(this)) this.events++;
        return;
      case T_RUN_FINISH:
        sink.onRunFinish(this);
    }
  }

  /** The fields of the current rare line (EventLine), or null for a garbage line (reported). */
  fields(): EventFields | null {
    return this.read.event(this.buf, this.start, this.end, this.line);
  }

  /**
   * A line whose type the bytes do not give: blank, over the cap, garbage, without a `type`, or
   * valid JSON in another layout than the kernel's (another tool re-wrote the slog: sorted keys,
   * `": "` spacing), read from its parsed event, with a warning counted per line.
   */
  private onUntyped(buf: Buffer, start: number, end: number, line: number, oversized: boolean): void {
    if (isBlank(buf, start, end)) return;
    if (oversized) {
      this.diag.at('oversized-line', line, 'line too long and not a known event; skipped');
      return;
    }
    const ev = this.read.parse(buf, start, end, line);
    if (!ev) return;
    if (typeof ev.type !== 'string') {
      this.diag.at('wrong-shape', line, 'event without a `type`; line skipped');
      return;
    }
    this.diag.at('other-json-layout', line, "not in the kernel's own JSON layout (keys sorted or spaced by another tool): such lines are read with JSON.parse, more slowly");
    this.read.parsed = ev;
    this.parsedType = ev.type;
    this.parsedCode = TYPES.byName.get(ev.type) ?? OTHER_TYPE;
    try {
      this.onLineUnguarded(buf, start, end, line, false);
    } finally {
      this.read.parsed = null;
      this.parsedType = null;
    }
  }

}
