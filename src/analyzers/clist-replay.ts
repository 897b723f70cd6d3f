/**
 * Replays the slog's c-list changes into per-vat c-list sizes per block.
 *
 * Sources (docs/formats.md §1.3, §3.3):
 * - `clist` events: `mode` `import` / `export` add an entry (reachable), `drop` deletes it;
 * - the importer's `dropImports` syscall turns its entries recognizable-only (`_`);
 * - a `dropExports` delivery turns the exporter's entries recognizable-only;
 * - a delivery that carries a kref the vat holds as a recognizable-only import makes it reachable again.
 * An exporter that re-sends a recognizable-only export also becomes reachable in the kernel; the slog
 * shows that only in syscall capdata, which this replay does not decode (a documented approximation).
 *
 * Files are replayed independently (so stage files can be scanned in parallel) and merged in stage
 * order. A file cannot know the state of an entry created in an earlier file, so the first operation
 * on such a "foreign" entry is recorded (foreign-ops.ts) and its old state is resolved at merge time.
 * From `clist` events, memory is bounded by the live c-list size, not by the slog size: entries
 * created and deleted in the same file leave nothing behind. From translations, which never show an
 * entry's creation, every kref the file sees leaves an op and a deleted-entry mark: memory grows
 * with the number of distinct krefs, 18 bytes an op (a 10x run of the large fixture: 700,000).
 *
 * Slogs without `clist` events are replayed from the delivery/syscall translations instead
 * (`clist-translations.ts`), through the same per-file partials. A translation only shows that an
 * entry exists, not whether it was just created, so those files use two more operations: `ensure`
 * (the entry is present in this state; if an earlier file already had it, it is the same entry, not
 * a new one) and `wipe` (vat termination: every entry of the vat is gone), both resolved at merge.
 */

import { emptyPoints, POINT_WIDTH, pushPoint, trimPoints, type ClistPoints } from './clist-points.js';
import { KrefStates, type KrefList } from './kref-states.js';
import { emptyOps, opKref, OP_ENSURE, OP_EXACT, OP_ROOT, OP_WIPE, pushOp, trimOps, type ForeignOps } from './foreign-ops.js';
import { krefKey, krefText, vrefKind, VREF_DEVICE, VREF_EXPORT, VREF_IMPORT, VREF_PROMISE, VREF_ROOT, type KrefKey } from '../slog/kref.js';

/** Entry states. 0 = absent. */
export const EXP_R = 1;
export const EXP_U = 2;
export const IMP_R = 3;
export const IMP_U = 4;
export const PROM = 5;
export const DEV = 6;
const FOREIGN = 8;
/** Op flags of a translation's `ensure`, and of any op whose vref is known. */
const ENSURE = OP_ENSURE | OP_EXACT;
const EXACT = OP_EXACT;
/** `assumedOld` marker: the operation creates the entry, so its old state is known to be absent. */
const CREATE = -1;
const STATE_MASK = 7;
/** Correction bucket of a vat termination. */
const WIPE = -1;

/** Per-vat counters: index = state (1..6); index 0 unused. */
export type Counts = [number, number, number, number, number, number, number];
const zero = (): Counts => [0, 0, 0, 0, 0, 0, 0];

/**
 * Per-vat object entry flows (indexes into a `Life`): entries created, dropped (turned
 * recognizable-only), retired (deleted), and retired by a `retireImports` / `retireExports`
 * delivery (the other side retired them), for imports and for exports.
 */
export const LIFE_IMP_CREATED = 0;
export const LIFE_IMP_DROPPED = 1;
export const LIFE_IMP_RETIRED = 2;
export const LIFE_IMP_RETIRED_BY_EXPORTER = 3;
export const LIFE_EXP_CREATED = 4;
export const LIFE_EXP_DROPPED = 5;
export const LIFE_EXP_RETIRED = 6;
export const LIFE_EXP_RETIRED_BY_KERNEL = 7;
export type Life = [number, number, number, number, number, number, number, number];
const noLife = (): Life => [0, 0, 0, 0, 0, 0, 0, 0];

/** The flow an entry's change from `old` to `next` (states 0..6) counts as, or -1. */
function lifeFlow(old: number, next: number): number {
  if (old === 0) return next === IMP_R || next === IMP_U ? LIFE_IMP_CREATED : next === EXP_R || next === EXP_U ? LIFE_EXP_CREATED : -1;
  if (next === 0) return old === IMP_R || old === IMP_U ? LIFE_IMP_RETIRED : old === EXP_R || old === EXP_U ? LIFE_EXP_RETIRED : -1;
  if (old === IMP_R && next === IMP_U) return LIFE_IMP_DROPPED;
  if (old === EXP_R && next === EXP_U) return LIFE_EXP_DROPPED;
  return -1;
}

export interface ClistFilePartial {
  points: Record<string, ClistPoints>;
  finalDelta: Record<string, Counts>;
  /**
   * Operations on entries the file had not seen before, in order, per op: the vat, the kref, the
   * index of the vat's first point that includes it, the state assumed when no earlier file knows
   * the entry, and flags: OP_ROOT (the vref is the vat's root object export `o+0`), OP_ENSURE (a
   * translation's `ensure`: the entry is present; when no earlier file had it, it was created here,
   * except a genesis vat's root export, which it then claims), OP_EXACT (the vref is known, from
   * translations: only an op on `o+0` may claim a genesis vat's root), OP_WIPE (vat termination,
   * from translations: from that point on the vat has no entries; no kref).
   */
  foreign: ForeignOps;
  /**
   * Final states of the entries this file touched, per vat: typed lists of kref keys and states
   * (state 0 = deleted), 5 bytes an entry: a long run touches 10^5 entries and more (from
   * translations, 700,000 at 10x the large fixture).
   */
  touched: Record<string, KrefList>;
  events: number;
  /**
   * Vats created in this file's genesis (bootstrap) block. Their root object export `o+0` is put in
   * the c-list by initializeSwingset before the kernel writes a slog, so no `clist` event shows it;
   * the merge adds it for them.
   */
  rootSeeds: string[];
  /** Replayed from delivery/syscall translations (the file has no `clist` events); absent: from `clist` events. */
  source?: 'translations';
  /**
   * Per vat, the object entry flows of this file (see LIFE_*). A translation's `ensure` of an entry
   * the file had not seen is counted as created at merge time, once it is known to be new.
   */
  life?: Record<string, Life>;
}

/** Reachable state of an entry for a vref of this kind (src/slog/kref.ts), 0 for other vrefs. */
function stateForVrefKind(kind: number): number {
  switch (kind & ~VREF_ROOT) {
    case VREF_EXPORT: return EXP_R;
    case VREF_IMPORT: return IMP_R;
    case VREF_PROMISE: return PROM;
    case VREF_DEVICE: return DEV;
    default: return 0;
  }
}

/** Replay state of one vat. */
interface VatState {
  vatID: string;
  /** Position in the replay's vats (creation order): the vat of a foreign op. */
  index: number;
  /** kref key → state (| FOREIGN when the entry predates this file). */
  known: KrefStates;
  counts: Counts;
  points: ClistPoints;
  /** Changed since the last checkpoint. */
  dirty: boolean;
  /** Number of recognizable-only imports held (a cheap filter for re-reach checks). */
  weak: number;
  life: Life;
}

export class ClistReplay {
  private readonly vats = new Map<string, VatState>();
  /** Vats changed since the last checkpoint, in order of first change. */
  private readonly dirty: VatState[] = [];
  private readonly foreign: ForeignOps = emptyOps();
  /** One-entry cache: consecutive events are mostly for the same vat. */
  private last: VatState | null = null;
  /** Operations recorded so far (0 = nothing seen that changes a c-list). */
  events = 0;

  private vat(vatID: string): VatState {
    const l = this.last;
    if (l !== null && l.vatID === vatID) return l;
    let v = this.vats.get(vatID);
    if (!v) {
      v = { vatID, index: this.vats.size, known: new KrefStates(), counts: zero(), points: emptyPoints(), dirty: false, weak: 0, life: noLife() };
      this.vats.set(vatID, v);
    }
    this.last = v;
    return v;
  }

  private set(v: VatState, kref: KrefKey, next: number, assumedOld: number, root = false, flags = 0): void {
    const m = v.known;
    const c = v.counts;
    const old = m.get(kref) ?? (assumedOld === CREATE ? 0 : undefined);
    if (old === undefined) {
      pushOp(this.foreign, v.index, kref, v.points.length, assumedOld, root ? flags | OP_ROOT : flags);
      if (next) c[next]++;
      m.set(kref, next | FOREIGN);
      // An `ensure` of an unseen entry is counted at merge (created here, or seen before).
      if (!(flags & OP_ENSURE)) this.flow(v, assumedOld, next);
    } else {
      const o = old & STATE_MASK;
      if (o === next) return;
      this.flow(v, o, next);
      if (o) c[o]--;
      if (next) c[next]++;
      if (next === 0 && !(old & FOREIGN)) m.delete(kref);
      else m.set(kref, next | (old & FOREIGN));
      if (o === IMP_U) v.weak--;
    }
    if (next === IMP_U) v.weak++;
    this.touch(v);
  }

  private flow(v: VatState, old: number, next: number): void {
    const f = lifeFlow(old, next);
    if (f >= 0) v.life[f]++;
  }

  /**
   * A `retireImports` (the exporter retired the objects) or `retireExports` (no importer
   * recognizes them any more) delivery to the vat: `n` object krefs.
   */
  retireDelivered(vatID: string, kind: 'retireImports' | 'retireExports', n: number): void {
    if (n > 0) this.vat(vatID).life[kind === 'retireImports' ? LIFE_IMP_RETIRED_BY_EXPORTER : LIFE_EXP_RETIRED_BY_KERNEL] += n;
  }

  /** The vat's counts changed: it gets a point at the next checkpoint. */
  private touch(v: VatState): void {
    if (!v.dirty) {
      v.dirty = true;
      this.dirty.push(v);
    }
    this.events++;
  }

  /** `clist` event, as the scan reads it: the kref's key and the vref's kind (src/slog/kref.ts). */
  clistKeyed(mode: string, vatID: string, kref: KrefKey, vrefKind: number): void {
    if (mode === 'drop') {
      this.set(this.vat(vatID), kref, 0, stateForVrefKind(vrefKind), vrefKind === VREF_EXPORT + VREF_ROOT);
    } else if (mode === 'import' || mode === 'export') {
      const s = stateForVrefKind(vrefKind);
      if (s) this.set(this.vat(vatID), kref, s, CREATE);
    }
  }

  /** The vat's `dropImports` syscall (krefs from `ksc[1]`). */
  dropImports(vatID: string, krefs: string[]): void {
    for (const k of krefs) if (k.startsWith('ko')) this.set(this.vat(vatID), krefKey(k), IMP_U, IMP_R);
  }

  /** A `dropExports` delivery to the exporter (krefs from `kd[1]`). */
  dropExports(vatID: string, krefs: string[]): void {
    for (const k of krefs) if (k.startsWith('ko')) this.set(this.vat(vatID), krefKey(k), EXP_U, EXP_R);
  }

  /** Krefs delivered to a vat in a message/notify: recognizable-only imports become reachable. */
  delivered(vatID: string, krefs: Iterable<string>): void {
    const v = this.vats.get(vatID);
    if (!v || v.weak <= 0) return;
    for (const kref of krefs) {
      const k = krefKey(kref);
      const s = v.known.get(k);
      if (s !== undefined && (s & STATE_MASK) === IMP_U) this.set(v, k, IMP_R, IMP_U);
    }
  }

  /**
   * Translations: the vat's c-list maps `kref` to `vref` (an object). When the entry is known in
   * this file, it only changes when `reach` is set and it is recognizable-only (the kernel sets the
   * reachable flag of imports it delivers and of exports the vat sends). An entry not known in this
   * file is recorded in its reachable state as an `ensure` op, resolved at merge.
   */
  ensure(vatID: string, kref: string, vref: string, reach: boolean): void {
    const kind = vrefKind(vref);
    const s = stateForVrefKind(kind);
    if (s !== EXP_R && s !== IMP_R && s !== PROM) return;
    const v = this.vat(vatID);
    const k = krefKey(kref);
    const old = v.known.get(k);
    if (old === undefined) this.set(v, k, s, s, kind === VREF_EXPORT + VREF_ROOT, ENSURE);
    else if ((old & STATE_MASK) === 0 || (reach && (old & STATE_MASK) === s + 1)) this.set(v, k, s, s);
  }

  /** Translations: a known object or promise entry changes state (`next` 0 = deleted); `assumed` is its state before when not known. */
  translated(vatID: string, kref: string, vref: string, next: number, assumed: number): void {
    const c = vref.charCodeAt(0);
    if (c !== 0x6f /* o */ && c !== 0x70 /* p */) return;
    this.set(this.vat(vatID), krefKey(kref), next, assumed, vref === 'o+0', EXACT);
  }

  /** Translations: the vat was terminated; the kernel deletes its whole c-list. */
  wipe(vatID: string): void {
    const v = this.vat(vatID);
    // set() only deletes or rewrites entries already there: safe while iterating the table.
    v.known.forEach((kref, s) => {
      if (s & STATE_MASK) this.set(v, kref, 0, s & STATE_MASK);
    });
    pushOp(this.foreign, v.index, null, v.points.length, 0, OP_WIPE);
    this.touch(v);
  }

  hasWeakImports(vatID: string): boolean {
    const v = this.vats.get(vatID);
    return v !== undefined && v.weak > 0;
  }

  /** Record a point for every vat that changed since the last point. */
  checkpoint(height: number | null): void {
    const h = height ?? NaN;
    for (const v of this.dirty) {
      pushPoint(v.points, h, v.counts);
      v.dirty = false;
    }
    this.dirty.length = 0;
  }

  private readonly seeds: string[] = [];

  /** A vat created in the genesis block (see `rootSeeds`). */
  genesisVat(vatID: string): void {
    if (!this.seeds.includes(vatID)) this.seeds.push(vatID);
  }

  finish(lastHeight: number | null, source?: 'translations'): ClistFilePartial {
    this.checkpoint(lastHeight);
    const touched: ClistFilePartial['touched'] = Object.create(null);
    const points: Record<string, ClistPoints> = Object.create(null);
    const finalDelta: Record<string, Counts> = Object.create(null);
    const life: Record<string, Life> = Object.create(null);
    for (const v of this.vats.values()) {
      touched[v.vatID] = v.known.list(STATE_MASK);
      points[v.vatID] = trimPoints(v.points);
      finalDelta[v.vatID] = v.counts;
      life[v.vatID] = v.life;
    }
    this.foreign.vats = [...this.vats.keys()];
    return { points, finalDelta, foreign: trimOps(this.foreign), touched, events: this.events, rootSeeds: this.seeds, life, ...(source ? { source } : {}) };
  }
}

export interface ClistSeries {
  /** Per vat: absolute points [height, eR, eU, iR, iU, promises, devices]. */
  points: Record<string, ClistPoints>;
  /** Final absolute counts per vat. */
  final: Record<string, Counts>;
  /** Operations on entries that existed before the first slog line (the series is then relative). */
  unknownPrior: number;
  unknownExamples: string[];
  /** The slog starts at genesis and no entry from before it was touched: counts are absolute. */
  absolute: boolean;
  /** Per vat: what its series was replayed from (`mixed`: some files had `clist` events, some not). */
  sources: Record<string, ClistSource>;
  /** Per vat: its object entry flows over all files (see LIFE_*). */
  life: Record<string, Life>;
}

export type ClistSource = 'clist-events' | 'translations' | 'mixed';

/** Merge per-file partials in stage order into absolute series. */
export function mergeClist(files: ClistFilePartial[]): ClistSeries {
  /** Per vat: the states of the entries earlier files left (by kref key). */
  const carried = new Map<string, KrefStates>();
  const base = new Map<string, Counts>();
  const points: Record<string, ClistPoints> = Object.create(null);
  let unknownPrior = 0;
  const seeded = new Set<string>();
  const rootClaimed = new Set<string>();
  const unknownExamples: string[] = [];
  const bySource: Record<string, ClistSource> = Object.create(null);
  const life: Record<string, Life> = Object.create(null);
  const lifeOf = (vatID: string): Life => (life[vatID] ??= noLife());
  /** A file replayed from translations (or from `clist` events) gave the vat points or a seed. */
  const noteSource = (vatID: string, fromTranslations: boolean) => {
    const s: ClistSource = fromTranslations ? 'translations' : 'clist-events';
    const had = bySource[vatID];
    bySource[vatID] = had === undefined || had === s ? s : 'mixed';
  };
  for (let fi = 0; fi < files.length; fi++) {
    const f = files[fi];
    for (const vatID of f.rootSeeds ?? []) {
      if (seeded.has(vatID)) continue;
      seeded.add(vatID);
      noteSource(vatID, !!f.source);
      const b = base.get(vatID) ?? zero();
      b[EXP_R]++;
      base.set(vatID, b);
    }
    // Corrections: per vat, list of [pointIndex, bucket] to decrement from that point on
    // (bucket WIPE: from that point on the vat has no entries).
    const corr = new Map<string, Array<[number, number]>>();
    const wiped: string[] = [];
    const ops = f.foreign;
    for (let i = 0; i < ops.length; i++) {
      const vatID = ops.vats[ops.vat[i] as number] as string;
      const flags = ops.flags[i] as number;
      const pointIndex = ops.pointIndex[i] as number;
      const assumed = ops.assumed[i] as number;
      let list = corr.get(vatID);
      if (flags & OP_WIPE) {
        if (!list) corr.set(vatID, (list = []));
        list.push([pointIndex, WIPE]);
        wiped.push(vatID);
        continue;
      }
      const kref = opKref(ops, i);
      let old = carried.get(vatID)?.get(kref) ?? 0;
      if (old === 0) {
        // In a run that starts at genesis, the only unlogged entries are the vats' root exports:
        // the first unknown export a seeded vat touches is its root object (with translations,
        // where the vref is known: its `o+0`, once; after that an unknown `o+0` is a new entry).
        const isExport = assumed === EXP_R || assumed === EXP_U;
        const root = (flags & OP_ROOT) !== 0;
        const claim = flags & OP_EXACT ? root && !rootClaimed.has(vatID) : root || !rootClaimed.has(vatID);
        if (seeded.has(vatID) && isExport && claim) {
          rootClaimed.add(vatID);
          old = EXP_R;
        } else if (flags & OP_ENSURE) {
          // Not in any earlier file: created here.
          old = 0;
          const f = lifeFlow(0, assumed);
          if (f >= 0) lifeOf(vatID)[f]++;
        } else {
          unknownPrior++;
          if (unknownExamples.length < 5) unknownExamples.push(`${vatID}:${krefText(kref)}`);
          old = assumed;
        }
      }
      if (!old) continue;
      if (!list) corr.set(vatID, (list = []));
      list.push([pointIndex, old]);
    }
    for (const [vatID, l] of Object.entries(f.life ?? {})) {
      const into = lifeOf(vatID);
      for (let i = 0; i < into.length; i++) into[i] += l[i] ?? 0;
    }
    const vats = new Set([...Object.keys(f.points), ...Object.keys(f.finalDelta)]);
    for (const vatID of vats) {
      const b = base.get(vatID) ?? zero();
      const list = (corr.get(vatID) ?? []).sort((x, y) => x[0] - y[0]);
      const acc = zero();
      let ci = 0;
      /** Applies the next correction at a point whose counts 1..6 are `p[o + 1..6]`. */
      const apply = (p: ArrayLike<number>, o: number) => {
        const [, bucket] = list[ci++];
        if (bucket !== WIPE) acc[bucket]--;
        else for (let s = 1; s <= 6; s++) acc[s] = -(b[s] + (p[o + s] as number));
      };
      const d = f.finalDelta[vatID] ?? zero();
      const out = (points[vatID] ??= emptyPoints());
      const own = f.points[vatID];
      const abs = zero();
      for (let i = 0; own && i < own.length; i++) {
        const rows = own.data;
        const o = i * POINT_WIDTH;
        while (ci < list.length && list[ci][0] <= i) apply(rows, o);
        for (let s = 1; s <= 6; s++) abs[s] = b[s] + (rows[o + s] as number) + acc[s];
        pushPoint(out, rows[o] as number, abs);
      }
      while (ci < list.length) apply(d, 0);
      const next = zero();
      for (let s = 1; s <= 6; s++) next[s] = b[s] + d[s] + acc[s];
      base.set(vatID, next);
      noteSource(vatID, !!f.source);
    }
    // The entries carried into the next file (none after the last: on a long single-file run this
    // map would hold every live entry again).
    if (fi === files.length - 1) continue;
    for (const vatID of wiped) carried.delete(vatID);
    for (const [vatID, { keys, states, other }] of Object.entries(f.touched)) {
      let m = carried.get(vatID);
      if (!m) carried.set(vatID, (m = new KrefStates()));
      const carry = (k: KrefKey, s: number) => (s ? m.set(k, s) : m.delete(k));
      for (let i = 0; i < keys.length; i++) carry(keys[i] as number, states[i] as number);
      for (const [k, s] of other) carry(k, s);
    }
  }
  for (const vatID of Object.keys(points)) points[vatID] = trimPoints(points[vatID]);
  return {
    points, final: Object.assign(Object.create(null), Object.fromEntries(base)), unknownPrior, unknownExamples,
    absolute: seeded.size > 0 && unknownPrior === 0, sources: bySource, life,
  };
}
