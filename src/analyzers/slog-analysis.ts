/**
 * The analysis of one slog file, fed by the scanner (slog/scanner.ts) as its sink: delivery pairing
 * (delivery-pairing.ts), block windows (block-windows.ts), delivery times per kind and method
 * (delivery-stats.ts), BOYD and heap samples (boyd-samples.ts), vat names (vat-info.ts) and the
 * c-list replay (clist-translations.ts). Each event goes to the units that need it, in the order
 * the results depend on.
 */
import { kdDrops, kdKrefs, type ClistFields, type DeliverFields, type EventFields, type ResultFields } from '../slog/fields.js';
import type { FileDiagnostics } from '../slog/diagnostics.js';
import type { VatCreation } from '../slog/create-vat.js';
import type { EventLine, SlogSink } from '../slog/sink.js';
import { BlockWindows } from './block-windows.js';
import { BoydSampler } from './boyd-samples.js';
import { isGcDelivery } from './boyd-causes.js';
import { SlogClistReplay } from './clist-translations.js';
import { DeliveryPairing } from './delivery-pairing.js';
import { DeliveryStats } from './delivery-stats.js';
import { VatInfo } from './vat-info.js';

export interface SlogAnalysisOptions {
  /** Per vat, deliveries with deliveryNum ≤ this were already counted from an earlier file. */
  skipUpTo?: Record<string, number>;
  /** The c-list changes of cranks numbered ≤ this were already replayed from an earlier file. */
  skipCranksUpTo?: number;
  /** Replay the c-list from translations when the file has no `clist` events (default true). */
  translations?: boolean;
  /** Operations seen in translations, with no `clist` event, that make the file count as having none. */
  clistGraceSigns?: number;
}

export class SlogAnalysis implements SlogSink {
  readonly vats = new VatInfo();
  readonly blocks: BlockWindows;
  readonly pairing: DeliveryPairing;
  readonly stats = new DeliveryStats();
  readonly boyd = new BoydSampler();
  readonly clist: SlogClistReplay;
  /** The highest crankNum of a (non-replay) delivery or `clist` event. */
  crankMax = -Infinity;

  constructor(
    private readonly diag: FileDiagnostics,
    opts: SlogAnalysisOptions = {},
  ) {
    this.blocks = new BlockWindows(diag);
    this.pairing = new DeliveryPairing(diag, this.vats, opts.skipUpTo ?? {});
    this.clist = new SlogClistReplay(opts.translations !== false, opts.clistGraceSigns, opts.skipCranksUpTo);
  }

  onDeliver(d: DeliverFields, buf: Buffer, line: number): void {
    const { clist } = this;
    const replayed = clist.replayedCrank(d.crankNum);
    this.pairing.deliver(d, line, this.blocks.currentHeight(), replayed);
    this.boyd.delivering(d.vatID!, d.kind!);
    if (d.crankNum !== undefined && d.crankNum > this.crankMax) this.crankMax = d.crankNum;
    if (!replayed) this.pairing.od.gcKrefs = this.deliveredKrefs(d, buf);
  }

  /** The c-list changes a new delivery makes; returns the GC krefs it carries (0 unless a GC delivery). */
  private deliveredKrefs(d: DeliverFields, buf: Buffer): number {
    const vatID = d.vatID!;
    const kind = d.kind!;
    if (kind === 'dropExports') {
      const krefs = kdDrops(d, buf);
      if (!krefs) return 0;
      this.clist.dropExports(vatID, krefs);
      return krefs.length;
    }
    if (isGcDelivery(kind)) return kdDrops(d, buf)?.length ?? 0;
    if ((kind === 'message' || kind === 'notify') && this.clist.hasWeakImports(vatID)) this.clist.delivered(vatID, kdKrefs(d, buf));
    return 0;
  }

  onDeliverLine(d: DeliverFields, buf: Buffer, start: number, end: number): void {
    // Not for a crank an earlier file replayed: its line need not be parsed at all.
    if (this.clist.translating && !this.clist.replayedCrank(d.crankNum)) this.clist.deliverLine(buf, start, end);
  }

  onResult(r: ResultFields, buf: Buffer, line: number): void {
    const p = this.pairing;
    const seconds = p.result(r, line);
    if (seconds < 0) return;
    const o = p.od;
    this.stats.add(o.vatID, o.kind, o.method, seconds, o.height, p.ordinal);
    this.boyd.delivered(o, this.vats.vat(o.vatID), seconds, p.ordinal, r, buf);
  }

  onClist(c: ClistFields, line: number): boolean {
    const { crankNum } = c;
    if (crankNum !== undefined && crankNum > this.crankMax) this.crankMax = crankNum;
    const clist = this.clist;
    if (clist.replayedCrank(crankNum)) return false;
    if (!clist.clistKeyed(c.mode!, c.vatID!, c.kref!, c.vref!)) {
      this.diag.at('late-clist-event', line, `\`clist\` event after ${clist.graceSigns.toLocaleString('en-US')} c-list operations without one: the c-list stays rebuilt from the translations; ignored`);
    }
    return true;
  }

  onSyscallLine(buf: Buffer, start: number, end: number): void {
    if (this.clist.translating) this.clist.syscallLine(buf, start, end);
  }

  onDropImports(vatID: string, krefs: string[], crankNum: number | undefined): boolean {
    if (this.clist.replayedCrank(crankNum)) return false;
    this.clist.dropImports(vatID, krefs);
    return true;
  }

  onSyscallResultLine(buf: Buffer, start: number, end: number): void {
    if (this.clist.translating) this.clist.syscallResultLine(buf, start, end);
  }

  onTerminateLine(buf: Buffer, start: number, end: number): void {
    if (this.clist.translating) this.clist.terminateLine(buf, start, end);
  }

  onCreateVat(info: VatCreation & { vatID: string }): void {
    this.vats.created(info);
    if (this.blocks.genesis) this.clist.genesisVat(info.vatID);
  }

  onSnapshotSave(vatID: string): void {
    this.boyd.snapshotSave(vatID);
  }

  onBootstrapStart(): void {
    // Genesis: the vats created so far in this file were initialized with this kernel.
    this.blocks.genesis = true;
    for (const vatID of this.vats.namedVats()) this.clist.genesisVat(vatID);
  }

  onBootstrapFinish(): void {
    this.blocks.genesis = false;
  }

  onEndBlockStart(ev: EventFields & { blockHeight: number }, line: number): void {
    this.blocks.endBlockStart(ev, line);
  }

  onEndBlockFinish(ev: EventFields): void {
    this.clist.checkpoint(this.blocks.endBlockFinish(ev));
  }

  onRunStart(ev: EventLine): boolean {
    return this.blocks.runStart(ev);
  }

  onRunFinish(ev: EventLine): void {
    const h = this.blocks.runFinish(ev);
    if (h !== null) this.clist.checkpoint(h);
  }

  onEnd(): void {
    this.pairing.end();
    this.boyd.finish(this.vats.vats);
  }
}
