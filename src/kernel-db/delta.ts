import { compareVatIDs } from './census.js';
import type { KernelCensus, ReachSplit, VatCensus } from './types.js';

/** Kernel-side import vrefs (`o-NN`) are allocated from 50 (vatKeeper.js). */
export const IMPORT_ID_START = 50;

export interface VatDelta {
  vatID: string;
  name?: string;
  /** Stage of the earlier snapshot (its index in the input when `stage` is unset). */
  from: number;
  /** Stage of the later snapshot (its index in the input when `stage` is unset). */
  to: number;
  fromHeight?: number;
  toHeight?: number;
  /** `toHeight - fromHeight` when both are known. */
  blocks?: number;
  exports: ReachSplit;
  imports: ReachSplit;
  promises: number;
  /**
   * Growth of `vNN.o.nextID` (= imports ever created). For a vat that only exists in the later
   * snapshot this is `nextID - 50`; undefined when it cannot be known.
   */
  nextImportID?: number;
  /** (exports|imports total delta) / blocks, when blocks > 0. */
  perBlock?: { exports: number; imports: number };
  /** `both`, or which single snapshot the vat appears in (created / terminated in between). */
  presence: 'both' | 'from-only' | 'to-only';
}

const zeroVat = (vatID: string): VatCensus => ({
  vatID,
  exports: { reachable: 0, recognizableOnly: 0 },
  imports: { reachable: 0, recognizableOnly: 0 },
  promises: 0,
  devices: 0,
});

const sub = (b: ReachSplit, a: ReachSplit): ReachSplit => ({
  reachable: b.reachable - a.reachable,
  recognizableOnly: b.recognizableOnly - a.recognizableOnly,
});

/** Deltas between `a` and `b` (any two snapshots, `b` later). */
export function censusDelta(a: KernelCensus, b: KernelCensus, fromIdx = 0, toIdx = 1): VatDelta[] {
  const av = new Map(a.vats.map((v) => [v.vatID, v]));
  const bv = new Map(b.vats.map((v) => [v.vatID, v]));
  const ids = [...new Set([...av.keys(), ...bv.keys()])].sort(compareVatIDs);
  const from = a.stage ?? fromIdx;
  const to = b.stage ?? toIdx;
  const blocks = a.height !== undefined && b.height !== undefined ? b.height - a.height : undefined;
  return ids.map((vatID) => {
    const va = av.get(vatID);
    const vb = bv.get(vatID);
    const x = va ?? zeroVat(vatID);
    const y = vb ?? zeroVat(vatID);
    const d: VatDelta = {
      vatID,
      from,
      to,
      exports: sub(y.exports, x.exports),
      imports: sub(y.imports, x.imports),
      promises: y.promises - x.promises,
      presence: va && vb ? 'both' : va ? 'from-only' : 'to-only',
    };
    const name = vb?.name ?? va?.name;
    if (name !== undefined) d.name = name;
    if (a.height !== undefined) d.fromHeight = a.height;
    if (b.height !== undefined) d.toHeight = b.height;
    if (blocks !== undefined) d.blocks = blocks;
    if (va?.nextImportID !== undefined && vb?.nextImportID !== undefined) {
      d.nextImportID = vb.nextImportID - va.nextImportID;
    } else if (!va && vb?.nextImportID !== undefined) {
      d.nextImportID = vb.nextImportID - IMPORT_ID_START;
    }
    if (blocks !== undefined && blocks > 0) {
      d.perBlock = {
        exports: (d.exports.reachable + d.exports.recognizableOnly) / blocks,
        imports: (d.imports.reachable + d.imports.recognizableOnly) / blocks,
      };
    }
    return d;
  });
}

/**
 * Per-vat deltas between consecutive snapshots (given in stage order, heights set e.g. via
 * `snapshotHeight`). A vat present in only one snapshot of a pair is compared against zero.
 * For a first→last delta call `censusDeltas([first, last])`.
 */
export function censusDeltas(snapshots: KernelCensus[]): VatDelta[] {
  const out: VatDelta[] = [];
  for (let i = 1; i < snapshots.length; i++) out.push(...censusDelta(snapshots[i - 1]!, snapshots[i]!, i - 1, i));
  return out;
}
