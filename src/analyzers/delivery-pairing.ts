/**
 * Pairs each `deliver` with its `deliver-result`, leaves out deliveries counted before (by an
 * earlier file, or a deliveryNum that went backwards) and finds each delivery's duration.
 */
import { SUSPECT_SECONDS, type DeliverFields, type ResultFields } from '../slog/fields.js';
import type { FileDiagnostics } from '../slog/diagnostics.js';
import type { VatFileInfo, VatInfo } from './vat-info.js';

/** The delivery between a `deliver` and its `deliver-result` (one object, reused). */
export interface OpenDelivery {
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

export class DeliveryPairing {
  /** The open delivery, then the last one paired. */
  readonly od: OpenDelivery = { vatID: '', deliveryNum: 0, kind: '', method: null, time: NaN, monotime: NaN, line: 0, height: null, replayed: false, gcKrefs: 0 };
  /** A deliver is waiting for its result (in `od`). */
  private open = false;
  /** Deliveries counted: the last one's file-local ordinal. */
  ordinal = 0;
  /** Results of replayed deliveries (no crankNum, no open deliver) left out. */
  replaySkipped = 0;

  /** `skipUpTo`: per vat, deliveries with deliveryNum ≤ this were already counted from an earlier file. */
  constructor(
    private readonly diag: FileDiagnostics,
    private readonly vats: VatInfo,
    private readonly skipUpTo: Record<string, number>,
  ) {}

  /** A new delivery (vatID, deliveryNum and kind present) at block `height`; `replayed`: see OpenDelivery. */
  deliver(d: DeliverFields, line: number, height: number | null, replayed: boolean): void {
    const od = this.od;
    if (this.open) this.diag.at('unpaired-deliver', od.line, `deliver ${od.vatID}#${od.deliveryNum} has no deliver-result`);
    const kind = d.kind!;
    od.vatID = d.vatID!;
    od.deliveryNum = d.deliveryNum!;
    od.kind = kind;
    od.method = kind === 'message' ? d.method ?? '(unknown method)' : null;
    od.time = d.time ?? NaN;
    od.monotime = d.monotime ?? NaN;
    od.line = line;
    od.height = height;
    od.replayed = replayed;
    od.gcKrefs = 0;
    this.open = true;
  }

  /**
   * A `deliver-result`: the duration of the delivery it closes (`od`, counted in its vat's record),
   * or -1 when nothing is counted (replay, unpaired, duplicate, no usable duration; reported).
   */
  result(r: ResultFields, line: number): number {
    const { vatID, deliveryNum } = r;
    if (!r.hasCrankNum && !this.open) {
      this.replaySkipped++;
      return -1;
    }
    const o = this.od;
    if (!this.open || o.vatID !== vatID || o.deliveryNum !== deliveryNum) {
      this.diag.at('unpaired-result', line, `deliver-result ${vatID}#${deliveryNum} has no matching deliver`);
      return -1;
    }
    this.open = false;
    const v = this.vats.vat(o.vatID);
    if (this.isDuplicate(v)) {
      this.diag.at('duplicate-delivery', o.line, `delivery ${o.vatID}#${o.deliveryNum} seen before; counted once`);
      return -1;
    }
    const seconds = this.duration(r, line);
    if (!Number.isFinite(seconds) || seconds < 0) {
      this.diag.at('bad-duration', line, `deliver-result ${o.vatID}#${o.deliveryNum} has no usable duration`);
      return -1;
    }
    v.deliveries++;
    v.minDeliveryNum = Math.min(v.minDeliveryNum, o.deliveryNum);
    v.maxDeliveryNum = Math.max(v.maxDeliveryNum, o.deliveryNum);
    this.ordinal++;
    return seconds;
  }

  /** The end of the file: a deliver still open has no result. */
  end(): void {
    const od = this.od;
    if (this.open) this.diag.at('unpaired-deliver', od.line, `deliver ${od.vatID}#${od.deliveryNum} has no deliver-result (end of file)`);
  }

  /**
   * Vats without a transcript (comms, local workers) repeat deliveryNum; only a number that went
   * backwards within the file, or one at or below what an earlier file counted, is a duplicate.
   * Such vats get no number from the earlier files (their numbers say nothing): in a re-read of an
   * overlapping file, a delivery of theirs in a crank an earlier file had is a duplicate.
   */
  private isDuplicate(v: VatFileInfo): boolean {
    const o = this.od;
    const skip = this.skipUpTo[o.vatID];
    if (o.deliveryNum === v.maxDeliveryNum) {
      v.stuckCounter = true;
      return false;
    }
    return o.deliveryNum < v.maxDeliveryNum || (skip !== undefined ? o.deliveryNum <= skip : o.replayed);
  }

  /** The delivery's `seconds`, or the time between its two lines when absent or damaged. */
  private duration(r: ResultFields, line: number): number {
    const o = this.od;
    const seconds = r.seconds;
    if (seconds === undefined) return this.elapsed(r);
    if (seconds > SUSPECT_SECONDS) {
      // The kernel times a delivery between those two lines: more than that is a damaged value.
      const between = this.elapsed(r);
      if (Number.isFinite(between) && between >= 0 && seconds > between * 1.01 + 0.01) {
        this.diag.at('bad-duration', line, `deliver-result ${o.vatID}#${o.deliveryNum}: \`seconds\` ${seconds} is more than the ${between.toFixed(6)} s from its deliver; that is used`);
        return between;
      }
    }
    return seconds;
  }

  /** The time from the deliver to its deliver-result line (the kernel's clock: monotime, else time). */
  private elapsed(r: ResultFields): number {
    const o = this.od;
    const mt = r.monotime;
    return mt !== undefined && !Number.isNaN(o.monotime) ? mt - o.monotime : (r.time ?? NaN) - o.time;
  }
}
