/**
 * Synthetic BOYD runs for the property tests of the BOYD rule: a merged run (what the slog scan
 * gives the report) with busy vats reaped every block over several stages, built from a seed. The
 * noise is shaped like the fixtures' (a 2-core VM, xsnap workers): log-normal around each vat's
 * level with autocorrelation, rare spikes of 1.5–3×, and a level that moves by up to ±12% at each
 * stage restart. On top: machine-wide drift (added or scaled), a leak that starts at a chosen block
 * (its heap grows from there), and a second kind of BOYD that GC work triggers.
 */
import { mergeScans, type FileSummary, type MergedRun, type VatSeries } from '../../src/pipeline/merge-scans.js';
import { gaussian, mulberry32 } from '../../src/stats/prng.js';

export interface SynthVat {
  vatID: string;
  name: string;
  /** Typical BOYD seconds at the start. */
  level: number;
  /** From block `from` on, the BOYD time grows by `perBlock` seconds per block, and so does the heap. */
  leak?: { from: number; perBlock: number };
  /**
   * Extra BOYDs triggered by GC work (an importer's drops): one more in each block, after the
   * scheduled one, carrying 20 GC krefs and costing `cost` seconds more (negative: cheaper) than
   * the scheduled one. From block `until` on the importer keeps objects: no extra BOYD, and the
   * scheduled one carries `after` krefs (10: it keeps half, as in loadgen-late; 0: it keeps all)
   * and their share of the cost.
   */
  extra?: { cost: number; until: number; after: number };
  /** 'flat': the heap does not grow (unless leaking); 'none': no heap counts (an older slog). */
  heap: 'flat' | 'none';
  /** Default 'xsnap'; 'local': in the kernel's own heap (it reports no heap counts). */
  managerType?: 'xsnap' | 'local';
}

export interface SynthRun {
  seed: number;
  blocks: number;
  stages: number;
  vats: SynthVat[];
  /** Machine-wide drift: every BOYD + amount·(h − 1) seconds, or × (1 + amount·(h − 1)/blocks). */
  drift?: { kind: 'add' | 'scale'; amount: number };
  /** Every vat's level × factor from block `at` on (a machine-wide level shift). */
  shift?: { at: number; factor: number };
  /**
   * Spread of the per-stage, per-vat level moves: each vat's level × (1 ± spread), uniform,
   * independent per stage (default 0.08: two vats then move apart by up to ~17% at a restart).
   */
  stageSpread?: number;
}

export const NAMES = ['zoe', 'vaultFactory', 'amm', 'board', 'auction', 'priceAuthority', 'walletFactory', 'provisionPool', 'reserve', 'psm', 'feeDistributor', 'bank'];

/** The merged run of `r`: stage files of equal length, every busy vat reaped each block. */
export function synthRun(r: SynthRun): MergedRun {
  const rng = mulberry32(r.seed);
  const gauss = gaussian(rng);
  const per = Math.ceil(r.blocks / r.stages);
  const stageOf = (h: number) => Math.min(r.stages, Math.floor((h - 1) / per) + 1);
  const spread = r.stageSpread ?? 0.08;
  const vats = new Map<string, VatSeries>();
  for (const v of r.vats) {
    const stageLevel = Array.from({ length: r.stages + 1 }, () => 1 + spread * (2 * rng() - 1));
    const s: VatSeries = {
      vatID: v.vatID, name: v.name, managerType: v.managerType ?? 'xsnap', deliveries: 4 * r.blocks,
      boyd: { x: [], seconds: [], heap: [], preSnapshot: [], gcKrefs: [] },
      heapFirst: null, heapLast: null, retentionFirst: null, retentionLast: null,
    };
    let ar = 0;
    const sample = (h: number, base: number, g: number) => {
      ar = 0.3 * ar + Math.sqrt(1 - 0.09) * gauss();
      let y = base * Math.exp(0.15 * ar - 0.5 * 0.15 * 0.15);
      if (rng() < 0.02) y *= 1.5 + 1.5 * rng();
      if (r.drift?.kind === 'add') y += r.drift.amount * (h - 1);
      if (r.drift?.kind === 'scale') y *= 1 + (r.drift.amount * (h - 1)) / r.blocks;
      const leaked = v.leak && h >= v.leak.from ? h - v.leak.from : 0;
      s.boyd.x.push(h);
      s.boyd.seconds.push(y);
      s.boyd.heap.push(v.heap === 'none' || v.managerType === 'local' ? NaN : Math.round(130_000 * (1 + (leaked * 0.8) / r.blocks) + 300 * rng()));
      s.boyd.preSnapshot.push(0);
      s.boyd.gcKrefs.push(g);
    };
    for (let h = 1; h <= r.blocks; h++) {
      const shift = r.shift && h >= r.shift.at ? r.shift.factor : 1;
      const leak = v.leak && h >= v.leak.from ? v.leak.perBlock * (h - v.leak.from) : 0;
      // A vat's level moves (stage restarts, a machine-wide shift) scale all of its BOYDs' work.
      const scale = stageLevel[stageOf(h)]! * shift;
      const e = v.extra;
      if (e && h < e.until) {
        sample(h, v.level * scale + leak, 0);
        sample(h, (v.level + e.cost) * scale + leak, 20);
      } else if (e) sample(h, (v.level + (e.cost * e.after) / 20) * scale + leak, e.after);
      else sample(h, v.level * scale + leak, 0);
    }
    vats.set(v.vatID, s);
  }
  const files = Array.from({ length: r.stages }, (_, i) => ({
    path: `chain-stage-${i + 1}.slog.gz`, stage: i + 1, heightMin: i * per + 1, heightMax: Math.min(r.blocks, (i + 1) * per),
    read: { bytesIn: 0, lines: 0 }, events: 0,
  })) as unknown as FileSummary[];
  return { ...mergeScans([]), xAxis: 'blockHeight', files, vats, heightMin: 1, heightMax: r.blocks, blocks: r.blocks };
}

/** `n` busy vats with distinct names and vatIDs (from v6), levels 4–14 ms. */
export function busyVats(seed: number, n: number): SynthVat[] {
  const rng = mulberry32(seed * 7919 + 13);
  const names = [...NAMES].sort(() => rng() - 0.5).slice(0, n);
  return names.map((name, i) => ({ vatID: `v${6 + i}`, name, level: 0.004 + 0.01 * rng(), heap: 'flat' as const }));
}
