/**
 * The two causes of a BOYD in one vat's series. The kernel runs `bringOutYourDead` in a vat on its
 * reap schedule (every `reapInterval` deliveries, or when a host calls `reapAllVats`), and also
 * when the vat's pending GC work crosses a threshold: each `dropExports` / `retireExports` /
 * `retireImports` delivery adds its krefs to the vat's `gcKrefs` dirt, and at 20 (the kernel's
 * default) the vat is reaped. The two kinds cost differently (a BOYD that retires twenty exports
 * does work a scheduled one does not), and their mix changes when a leak starts: an importer that
 * stops releasing objects stops sending the drops that trigger the exporter's extra BOYDs.
 *
 * The scan records, for each BOYD, the krefs of the GC deliveries the vat received since its
 * previous BOYD ({@link GcDirt}); the report estimates what one such kref adds to a BOYD's time
 * from neighbouring BOYDs of the vat ({@link gcCost}) and judges every BOYD at the vat's usual GC
 * load ({@link atUsualGcLoad}), so that a change in the mix cannot hide or fake a trend.
 */
import { median } from '../stats/index.js';

/** Deliveries whose krefs count as GC work (the kernel's `gcKrefs` reap dirt). */
const GC_KINDS: ReadonlySet<string> = new Set(['dropExports', 'retireExports', 'retireImports']);

/** Whether a delivery of `kind` is GC work whose krefs the kernel counts towards a reap. */
export const isGcDelivery = (kind: string): boolean => GC_KINDS.has(kind);

/** Per vat, the GC krefs delivered since its last BOYD (one scan, one file). */
export class GcDirt {
  private readonly dirt = new Map<string, number>();

  /** A counted (non-replay, not duplicate) delivery of `kind` to `vatID` carrying `krefs` krefs. */
  delivered(vatID: string, kind: string, krefs: number): void {
    if (krefs > 0 && GC_KINDS.has(kind)) this.dirt.set(vatID, (this.dirt.get(vatID) ?? 0) + krefs);
  }

  /** A BOYD of `vatID`: the GC krefs it had to process, and the vat's count starts again. */
  boyd(vatID: string): number {
    const g = this.dirt.get(vatID) ?? 0;
    this.dirt.delete(vatID);
    return g;
  }
}

export interface GcCost {
  /** Seconds one GC kref adds to a BOYD (may be negative: a GC-triggered BOYD can find less garbage). */
  secondsPerKref: number;
  /** Neighbouring BOYD pairs with different GC loads the estimate rests on. */
  pairs: number;
  /** The vat's usual GC load (median krefs per BOYD): every BOYD is judged as if it had this many. */
  reference: number;
  /** Whether the series was adjusted (enough pairs: `minPairs` and `minShare` of the BOYDs). */
  adjusted: boolean;
}

/**
 * What one GC kref adds to a BOYD of this vat: the weighted median, over each pair of consecutive
 * BOYDs whose GC loads differ, of (Δ seconds / Δ krefs), weighted by |Δ krefs|. Consecutive BOYDs
 * are close in time, so a trend or a level shift between stages barely enters a pair, and the
 * median ignores the spikes BOYD times have. Null when no pair differs (one cause only).
 */
export function gcCost(y: ArrayLike<number>, g: ArrayLike<number>, minPairs: number, minShare: number): GcCost | null {
  const n = Math.min(y.length, g.length);
  const ratios: Array<[number, number]> = [];
  for (let i = 1; i < n; i++) {
    const dg = (g[i] as number) - (g[i - 1] as number);
    if (dg === 0 || !Number.isFinite(dg)) continue;
    ratios.push([((y[i] as number) - (y[i - 1] as number)) / dg, Math.abs(dg)]);
  }
  if (!ratios.length) return null;
  const pairs = ratios.length;
  return {
    secondsPerKref: weightedMedian(ratios),
    pairs,
    reference: median(Float64Array.from({ length: n }, (_, i) => g[i] as number)),
    adjusted: pairs >= minPairs && pairs >= minShare * n,
  };
}

/** Each BOYD time as if the BOYD had processed the vat's usual number of GC krefs. */
export function atUsualGcLoad(y: ArrayLike<number>, g: ArrayLike<number>, c: GcCost): number[] {
  const out = new Array<number>(y.length);
  for (let i = 0; i < y.length; i++) out[i] = (y[i] as number) - c.secondsPerKref * ((g[i] as number) - c.reference);
  return out;
}

/** The value at half the total weight (the lower one on a tie). */
function weightedMedian(vw: Array<[number, number]>): number {
  vw.sort((a, b) => a[0] - b[0]);
  let total = 0;
  for (const [, w] of vw) total += w;
  let acc = 0;
  for (const [v, w] of vw) {
    acc += w;
    if (acc >= total / 2) return v;
  }
  return vw[vw.length - 1]![0];
}
