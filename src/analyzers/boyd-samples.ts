/**
 * The samples one slog file gives of each vat's memory: every `bringOutYourDead` (its time, block,
 * heap after it, GC load, whether a heap snapshot followed) and the vat's first and last heap
 * count and retention stats.
 */
import { retentionOf, type ResultFields } from '../slog/fields.js';
import { GcDirt } from './boyd-causes.js';
import type { OpenDelivery } from './delivery-pairing.js';
import type { VatFileInfo } from './vat-info.js';

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

export class BoydSampler {
  /** Null-prototype record: vatIDs come from untrusted lines. */
  readonly boyd: Record<string, BoydSamples> = Object.create(null);
  /** Per vat, the index of its last BOYD while no other delivery followed it (for `preSnapshot`). */
  private readonly lastBoydIdx = new Map<string, number>();
  private readonly gcDirt = new GcDirt();
  /** Per vat, the last BOYD's retention stats: JSON text (fast reader) or the parsed object. */
  private readonly lastRetention = new Map<string, string | Record<string, unknown>>();

  /** A delivery (not yet paired) started in the vat. */
  delivering(vatID: string, kind: string): void {
    if (kind !== 'bringOutYourDead') this.lastBoydIdx.delete(vatID);
  }

  /** A counted delivery `o` of vat `v` that took `seconds` (its result `r`, in `buf`), the `ordinal`th of the file. */
  delivered(o: OpenDelivery, v: VatFileInfo, seconds: number, ordinal: number, r: ResultFields, buf: Buffer): void {
    if (o.gcKrefs) this.gcDirt.delivered(o.vatID, o.kind, o.gcKrefs);
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
    if (o.kind !== 'bringOutYourDead') return;
    const b = (this.boyd[o.vatID] ??= { height: [], ordinal: [], seconds: [], heap: [], deliveryNum: [], preSnapshot: [], gcKrefs: [] });
    this.lastBoydIdx.set(o.vatID, b.seconds.length);
    b.height.push(x);
    b.ordinal.push(ordinal);
    b.seconds.push(seconds);
    b.heap.push(heap ?? NaN);
    b.deliveryNum.push(o.deliveryNum);
    b.preSnapshot.push(0);
    b.gcKrefs.push(this.gcDirt.boyd(o.vatID));
    if (!v.retentionFirst) {
      const ret = retentionOf(r, buf);
      if (ret) v.retentionFirst = numericRecord(ret);
    }
    if (r.retStart >= 0) this.lastRetention.set(o.vatID, buf.toString('utf8', r.retStart, r.retEnd));
    else if (r.retention) this.lastRetention.set(o.vatID, r.retention);
  }

  /** A heap snapshot of the vat was saved: marks its last BOYD when nothing ran in between. */
  snapshotSave(vatID: string): void {
    const idx = this.lastBoydIdx.get(vatID);
    if (idx !== undefined) this.boyd[vatID].preSnapshot[idx] = 1;
    this.lastBoydIdx.delete(vatID);
  }

  /** The end of the file: each vat's last retention stats, decoded once, here. */
  finish(vats: Record<string, VatFileInfo>): void {
    for (const [vatID, raw] of this.lastRetention) vats[vatID].retentionLast = numericRecord(typeof raw === 'string' ? JSON.parse(raw) : raw);
  }
}

function numericRecord(o: Record<string, unknown>): Record<string, number> {
  const r: Record<string, number> = Object.create(null);
  for (const [k, v] of Object.entries(o)) if (typeof v === 'number' && Number.isFinite(v)) r[k] = v;
  return r;
}
