/**
 * C-list replay for slogs without `clist` events, from the kernel's delivery and syscall
 * translations (docs/formats.md §1.5; the idea of agoric-sdk `misc-tools/find-leaks.py`).
 *
 * Every `deliver` line carries the delivery in kernel form (`kd`, krefs) and vat form (`vd`, vrefs),
 * every `syscall` line the syscall in vat form (`vsc`) and kernel form (`ksc`). Walking the two forms
 * side by side pairs each kref with the vref the vat knows it by, which is a c-list entry of that
 * vat. What each translation does to the entry is the kernel's (vatTranslator.js, vatKeeper.js):
 * - `message`/`notify`/`startVat`/… deliveries and `send`/`resolve`/`exit`/`callNow` syscalls (and a
 *   `callNow` result) map their refs with the reachable flag set: an entry not seen before exists from
 *   now on; a delivered import, or a sent export, that was recognizable-only is reachable again;
 * - a `dropImports` syscall and a `dropExports` delivery make the entries recognizable-only;
 * - `retireImports`/`retireExports` (syscall or delivery) and `abandonExports` delete them;
 * - a `terminate` event deletes the vat's whole c-list.
 * Only object entries (`o±…` ↔ `koNN`) are kept; promises and device nodes are not counted.
 *
 * The kernel has written `clist` events since slog files exist, so this only runs when a file has
 * none (a filtered or trimmed slog, or one from a kernel before them). `SlogClistReplay` is the
 * replay the file scan uses: it replays `clist` events as always and, until the first `clist` event
 * of the file, also runs this translation replay as a shadow; at the first `clist` event the shadow
 * is dropped, so a file with `clist` events gives exactly what it gave without the shadow. A file
 * that ends with the shadow still alive is replayed from its translations.
 */
import { ClistReplay, EXP_R, EXP_U, IMP_R, IMP_U, type ClistFilePartial } from './clist-replay.js';
import { prefixHas } from '../slog/classify.js';
import type { KrefKey } from '../slog/kref.js';

/** Vatstore syscalls (the bulk of all syscalls) carry no refs: `["vatstore…` as `ksc[0]`/`vsc[0]`. */
const VATSTORE = Buffer.from('["vatstore');
/** A syscall result with capdata (`callNow`): `["ok",{`. Other results are `null` or a string. */
const OK_CAPDATA = Buffer.from('["ok",{');
const PREFIX_WINDOW = 400;
/** The start of an object kref string. */
const KREF_OBJECT = Buffer.from('"ko');
/** Deeper values are not walked (capdata is shallow; hostile lines may not be). */
const MAX_DEPTH = 24;

type Pair = [kref: string, vref: string];

/** Calls `f` for every kref/vref pair at the same place in the kernel and vat forms. */
function pairRefs(k: unknown, v: unknown, f: (kref: string, vref: string) => void, depth = 0): void {
  if (typeof k === 'string') {
    if (typeof v === 'string' && k.startsWith('ko') && v.charCodeAt(0) === 0x6f /* o */) {
      const sign = v.charCodeAt(1);
      if (sign === 0x2b /* + */ || sign === 0x2d /* - */) f(k, v);
    }
    return;
  }
  if (depth >= MAX_DEPTH || k === null || typeof k !== 'object' || v === null || typeof v !== 'object') return;
  if (Array.isArray(k)) {
    if (!Array.isArray(v)) return;
    const n = Math.min(k.length, v.length);
    for (let i = 0; i < n; i++) pairRefs(k[i], v[i], f, depth + 1);
    return;
  }
  if (Array.isArray(v)) return;
  const vo = v as Record<string, unknown>;
  for (const key of Object.keys(k)) if (Object.hasOwn(vo, key)) pairRefs((k as Record<string, unknown>)[key], vo[key], f, depth + 1);
}

/** The kref/vref pairs of two parallel lists (`[tag, [refs…]]` forms). */
function listPairs(k: unknown, v: unknown): Pair[] {
  const out: Pair[] = [];
  if (!Array.isArray(k) || !Array.isArray(v) || k.length !== v.length) return out;
  for (let i = 0; i < k.length; i++) {
    const kref = k[i];
    const vref = v[i];
    if (typeof kref === 'string' && typeof vref === 'string' && kref.startsWith('ko')) out.push([kref, vref]);
  }
  return out;
}

/** What a list-valued translation does to the entries: [next state, assumed old state] by vref sign. */
const LIST_OPS: Record<string, { exp?: [number, number]; imp?: [number, number] }> = {
  // deliveries
  dropExports: { exp: [EXP_U, EXP_R] },
  retireExports: { exp: [0, EXP_U] },
  retireImports: { imp: [0, IMP_U] },
  // syscalls (retire*: same names, other side; told apart by the vref sign)
  dropImports: { imp: [IMP_U, IMP_R] },
  abandonExports: { exp: [0, EXP_R] },
};

/** The translation replay of one file (a `ClistReplay` fed from translations). */
export class TranslationReplay {
  readonly replay = new ClistReplay();
  /** Syscall, syscall-result and terminate lines that changed the replay (the scan counts deliveries itself). */
  lines = 0;
  /**
   * Operations after which a kernel that writes `clist` events has always written one: a message
   * delivered or sent with a result promise (the promise enters a c-list), a notify (the resolved
   * promise leaves it), a retire or an abandon (entries leave it). Not a first sight of an entry
   * that existed before the file, nor a drop, which only clears the reachable flag.
   */
  clistSigns = 0;

  /** A non-replay `deliver` event. */
  deliver(ev: Record<string, unknown>): void {
    const { vatID, kd, vd } = ev;
    if (typeof vatID !== 'string' || !Array.isArray(kd) || !Array.isArray(vd) || kd[0] !== vd[0]) return;
    const tag = vd[0];
    if (tag === 'bringOutYourDead') return;
    const f = (kref: string, vref: string) => this.replay.ensure(vatID, kref, vref, vref.charCodeAt(1) === 0x2d /* imports */);
    if (tag === 'notify' || tag === 'retireExports' || tag === 'retireImports' || (tag === 'message' && hasResult(kd[2]))) this.clistSigns++;
    if (tag === 'dropExports' || tag === 'retireExports' || tag === 'retireImports') this.list(vatID, tag, kd[1], vd[1]);
    else if (tag === 'notify') {
      // Resolutions: kernel form [kpid, {state, data}], vat form [vpid, isReject, data].
      const kr = kd[1];
      const vr = vd[1];
      if (!Array.isArray(kr) || !Array.isArray(vr)) return;
      for (let i = 0; i < Math.min(kr.length, vr.length); i++) {
        const k = kr[i];
        const v = vr[i];
        if (Array.isArray(k) && Array.isArray(v) && k[1] !== null && typeof k[1] === 'object') pairRefs(k[1].data, v[2], f);
      }
    } else pairRefs(kd, vd, f);
  }

  /** A non-replay `syscall` event; false when it told nothing about the c-list. */
  syscall(ev: Record<string, unknown>): boolean {
    const { vatID, ksc, vsc } = ev;
    if (typeof vatID !== 'string' || !Array.isArray(ksc) || !Array.isArray(vsc) || vsc.length === 0) return false;
    const tag = vsc[0];
    if (typeof tag !== 'string' || tag === 'subscribe' || tag.startsWith('vatstore')) return false;
    // The kernel form of resolve/exit/abandonExports/subscribe/vatstore* names the vat after the tag.
    const named = ksc.length === vsc.length + 1 && ksc[1] === vatID;
    if (tag === 'retireImports' || tag === 'retireExports' || tag === 'abandonExports' || (tag === 'send' && hasResult(vsc[2]))) this.clistSigns++;
    if (Object.hasOwn(LIST_OPS, tag) && ksc[0] === tag) {
      const n = this.list(vatID, tag, ksc[named ? 2 : 1], vsc[1]);
      // The scan counts dropImports syscalls itself.
      if (n && tag !== 'dropImports') this.lines++;
      return n > 0;
    }
    const k = named ? [ksc[0], ...ksc.slice(2)] : ksc;
    let n = 0;
    // `send` target and slots, `resolve` data slots, `exit` info slots, `callNow` args slots.
    pairRefs(k.slice(1), vsc.slice(1), (kref, vref) => {
      n++;
      this.replay.ensure(vatID, kref, vref, vref.charCodeAt(1) === 0x2b /* exports */);
    });
    if (n) this.lines++;
    return n > 0;
  }

  /** A `syscall-result`: the capdata a `callNow` returns maps krefs into the vat (imports, reachable). */
  syscallResult(ev: Record<string, unknown>): void {
    const { vatID, ksr, vsr } = ev;
    if (typeof vatID !== 'string' || !Array.isArray(ksr) || !Array.isArray(vsr)) return;
    let n = 0;
    pairRefs(ksr[1], vsr[1], (kref, vref) => {
      n++;
      this.replay.ensure(vatID, kref, vref, true);
    });
    if (n) this.lines++;
  }

  /** A `terminate` event: the kernel deletes the vat's c-list. */
  terminate(ev: Record<string, unknown>): void {
    if (typeof ev.vatID !== 'string') return;
    this.replay.wipe(ev.vatID);
    this.lines++;
  }

  private list(vatID: string, tag: string, krefs: unknown, vrefs: unknown): number {
    const op = LIST_OPS[tag];
    let n = 0;
    for (const [kref, vref] of listPairs(krefs, vrefs)) {
      const s = vref.charCodeAt(1) === 0x2b ? op.exp : op.imp;
      if (!s) continue;
      this.replay.translated(vatID, kref, vref, s[0], s[1]);
      n++;
    }
    return n;
  }
}

/**
 * Operations (TranslationReplay.clistSigns) the translations may show, with no `clist` event, before
 * the file is taken to have none (a slog from a kernel before them): from then on only the
 * translation replay runs, and a `clist` event that still comes is ignored and reported. A kernel
 * that writes `clist` events writes one for each such operation (a result promise delivered or
 * sent, a notify, a retire), so a file that has them shows one with its first such operation;
 * idle blocks, first sights of older entries and drops do not count. Until then the replay of the
 * scan's own drops (dropImports, dropExports, re-reached imports) runs too, as a `clist` event
 * would need it; past it, it would only keep a second record of every entry a clist-less file
 * drops (a large share of the c-list state of a run without clist lines: docs/performance.md).
 */
export const CLIST_GRACE_SIGNS = 1000;

/**
 * The c-list replay of one slog file: `clist` events as `ClistReplay` does, plus a translation
 * replay that lives until the file's first `clist` event (see the module comment), or, after
 * CLIST_GRACE_SIGNS operations without one, instead of them.
 */
export class SlogClistReplay extends ClistReplay {
  private shadow: TranslationReplay | null;
  /** The file is taken to have no `clist` events: only the translations count. */
  private translationsOnly = false;
  /**
   * `graceSigns`: see CLIST_GRACE_SIGNS (at least 1). `crankSkip`: cranks numbered ≤ this were
   * replayed from an earlier file (`ScanOptions.skipCranksUpTo`); their c-list changes are left out.
   */
  constructor(
    translations = true,
    readonly graceSigns = CLIST_GRACE_SIGNS,
    private readonly crankSkip = -Infinity,
  ) {
    super();
    this.shadow = translations ? new TranslationReplay() : null;
  }

  /** An earlier file replayed this crank's c-list changes (its events and translations are left out). */
  replayedCrank(crankNum: unknown): boolean {
    return typeof crankNum === 'number' && crankNum <= this.crankSkip;
  }

  /** The translation replay still runs: feed it `deliver`/`syscall`/`syscall-result`/`terminate` lines. */
  get translating(): boolean {
    return this.shadow !== null;
  }

  /** Lines only the translation replay used (0 unless the file is replayed from translations). */
  get translatedLines(): number {
    return this.shadow?.lines ?? 0;
  }

  /** False when the event is ignored: it came after CLIST_GRACE_SIGNS operations without any. */
  override clistKeyed(mode: string, vatID: string, kref: KrefKey, vrefKind: number): boolean {
    if (this.translationsOnly) return false;
    this.shadow = null;
    super.clistKeyed(mode, vatID, kref, vrefKind);
    return true;
  }

  override dropImports(vatID: string, krefs: string[]): void {
    if (!this.translationsOnly) super.dropImports(vatID, krefs);
  }

  override dropExports(vatID: string, krefs: string[]): void {
    if (!this.translationsOnly) super.dropExports(vatID, krefs);
  }

  override delivered(vatID: string, krefs: Iterable<string>): void {
    if (!this.translationsOnly) super.delivered(vatID, krefs);
  }

  override hasWeakImports(vatID: string): boolean {
    return !this.translationsOnly && super.hasWeakImports(vatID);
  }

  override checkpoint(height: number | null): void {
    super.checkpoint(height);
    if (!this.shadow) return;
    this.shadow.replay.checkpoint(height);
    if (this.shadow.clistSigns >= Math.max(1, this.graceSigns)) this.translationsOnly = true;
  }

  override genesisVat(vatID: string): void {
    super.genesisVat(vatID);
    this.shadow?.replay.genesisVat(vatID);
  }

  override finish(lastHeight: number | null): ClistFilePartial {
    const s = this.shadow;
    if (s && s.replay.events > 0) return s.replay.finish(lastHeight, 'translations');
    return super.finish(lastHeight);
  }

  /**
   * The line may hold an object kref: it has a `"ko`. Only a kref starting with `ko` pairs with a
   * vref (pairRefs, listPairs), so a line without one changes nothing in the replay but the count
   * of clistSigns, which stops mattering once the file is taken to have no `clist` events: about
   * half the `deliver` and non-vatstore `syscall` lines (the large fixture without its clist lines:
   * 24,000 of 50,000 and 40,000 of 64,000) need no JSON.parse from then on, nor does a
   * `syscall-result` without one. Like the vatstore and capdata filters, this reads the kernel's
   * JSON.stringify spelling, which escapes no letter (a `\u006b` would hide a kref from it).
   */
  private mayNameKref(buf: Buffer, start: number, end: number): boolean {
    return prefixHas(buf, start, end, KREF_OBJECT, end - start);
  }

  /** The event of a line, unless it is garbage or of a crank an earlier file replayed already. */
  private parseFresh(buf: Buffer, start: number, end: number): Record<string, unknown> | null {
    const ev = parseLine(buf, start, end);
    return ev && !this.replayedCrank(ev.crankNum) ? ev : null;
  }

  /** A `deliver` line the scan counted as a delivery (not a replay). */
  deliverLine(buf: Buffer, start: number, end: number): void {
    if (!this.shadow || (this.translationsOnly && !this.mayNameKref(buf, start, end))) return;
    const ev = this.parseFresh(buf, start, end);
    if (ev) this.shadow.deliver(ev);
  }

  /** A `syscall` line. */
  syscallLine(buf: Buffer, start: number, end: number): void {
    if (!this.shadow || prefixHas(buf, start, end, VATSTORE, PREFIX_WINDOW)) return;
    if (this.translationsOnly && !this.mayNameKref(buf, start, end)) return;
    const ev = this.parseFresh(buf, start, end);
    if (ev && ev.replay !== true && ev.crankNum !== undefined) this.shadow.syscall(ev);
  }

  /** A `syscall-result` line. */
  syscallResultLine(buf: Buffer, start: number, end: number): void {
    if (!this.shadow || !prefixHas(buf, start, end, OK_CAPDATA, end - start) || !this.mayNameKref(buf, start, end)) return;
    const ev = this.parseFresh(buf, start, end);
    if (ev && ev.replay !== true && ev.crankNum !== undefined) this.shadow.syscallResult(ev);
  }

  /** A `terminate` line. */
  terminateLine(buf: Buffer, start: number, end: number): void {
    if (!this.shadow) return;
    const ev = this.parseFresh(buf, start, end);
    if (ev) this.shadow.terminate(ev);
  }
}

/** A message (`methargs` or legacy form) with a result promise. */
function hasResult(msg: unknown): boolean {
  return msg !== null && typeof msg === 'object' && typeof (msg as { result?: unknown }).result === 'string';
}

/** The event object of a line, or null (bad lines are reported by the scan's own readers, or ignored). */
function parseLine(buf: Buffer, start: number, end: number): Record<string, unknown> | null {
  try {
    const o: unknown = JSON.parse(buf.toString('utf8', start, end));
    return o !== null && typeof o === 'object' && !Array.isArray(o) ? (o as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
