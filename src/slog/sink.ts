/**
 * What the slog scanner (scanner.ts) hands on: one call per event the analysis reads, with its
 * fields already read and checked. The scanner reports lines it cannot read (garbage, wrong shape,
 * oversized, unknown types) and leaves out transcript replays; everything that depends on what
 * came before (pairing, blocks, the c-list) is the sink's. The field records are reused for the
 * next line: a sink copies what it keeps. `buf` is valid during the call only.
 *
 * One class implements it (analyzers/slog-analysis.ts), so every call site stays monomorphic.
 */
import type { VatCreation } from './create-vat.js';
import type { ClistFields, DeliverFields, EventFields, ResultFields } from './fields.js';

/** A rare event line whose fields are read only if the sink asks (`fields()` reports a garbage line). */
export interface EventLine {
  readonly line: number;
  fields(): EventFields | null;
}

export interface SlogSink {
  /** A new delivery (not a replay) with vatID, deliveryNum, kind and a crankNum. */
  onDeliver(d: DeliverFields, buf: Buffer, line: number): void;
  /** Every new `deliver` line with a crankNum, well-formed or not, after `onDeliver` (the translation replay reads it). */
  onDeliverLine(d: DeliverFields, buf: Buffer, start: number, end: number): void;
  /** A `deliver-result` (not a transcript replay). */
  onResult(r: ResultFields, buf: Buffer, line: number): void;
  /** A well-formed `clist` event; returns whether it was used (counted as an event). */
  onClist(c: ClistFields, line: number): boolean;
  /** Every `syscall` line, before it is read. */
  onSyscallLine(buf: Buffer, start: number, end: number): void;
  /** A `dropImports` syscall (not a replay); returns whether it was used. */
  onDropImports(vatID: string, krefs: string[], crankNum: number | undefined): boolean;
  onSyscallResultLine(buf: Buffer, start: number, end: number): void;
  onTerminateLine(buf: Buffer, start: number, end: number): void;
  /** A `create-vat` with a vatID. */
  onCreateVat(info: VatCreation & { vatID: string }): void;
  onSnapshotSave(vatID: string): void;
  onBootstrapStart(): void;
  onBootstrapFinish(): void;
  /** A `cosmic-swingset-end-block-start` with a numeric blockHeight. */
  onEndBlockStart(ev: EventFields & { blockHeight: number }, line: number): void;
  onEndBlockFinish(ev: EventFields): void;
  /** Returns whether the event was used. */
  onRunStart(ev: EventLine): boolean;
  onRunFinish(ev: EventLine): void;
  /** The last line was read (before read errors are reported). */
  onEnd(): void;
}
