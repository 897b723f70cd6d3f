/**
 * Leak attribution: plain sentences per vat whose c-list grew, saying which vat's references keep
 * the growing entries alive and which vat's code to open, with the counts behind them
 * (clist-facts.ts: `keptAliveBy`, `lifecycle`, `promiseFacts`). The GC rules they rest on are in
 * clist-facts.ts and docs/report-schema.md.
 */
import type { ClistLifecycle, ClistSideLife, ClistStats, VatReport } from '../shared/report-schema.js';
import { groupDigits } from '../shared/number-format.js';
import { splitGrowth } from './clist-facts.js';

const fmt = (n: number) => groupDigits(Math.round(n));
const label = (v: { vatID: string; name: string | null }) => (v.name ? `${v.name} (${v.vatID})` : v.vatID);
const plural = (n: number, one: string, many: string) => `${fmt(n)} ${n === 1 ? one : many}`;
/** "a, b and c". */
const and = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
/** "X's code" for one vat, "the code of X and Y" for more. */
const codeOf = (vats: string[]) => (vats.length === 1 ? `${vats[0]}'s code` : `the code of ${and(vats)}`);

interface Ctx {
  L: string;
  who: (vatID: string) => string;
  clist: ClistStats;
  /** " over N blocks (r/block)" for a count of the vat's growth. */
  span: (n: number) => string;
}

/** `all`: the run's vats by vatID (a map, so that a sentence costs no scan of the other vats). */
export function attributionSentence(vat: VatReport, all: ReadonlyMap<string, VatReport>): string | null {
  const clist = vat.clist;
  const d = clist?.delta;
  if (!clist || !d) return null;
  const names = all;
  const ctx: Ctx = {
    L: label(vat),
    who: (id) => (names.get(id) ? label(names.get(id)!) : id),
    clist,
    span: (n) => (d.blocks ? ` over ${fmt(d.blocks)} blocks (${(n / d.blocks).toFixed(2)}/block)` : ''),
  };
  const parts: string[] = [];
  if (d.imports > 0) parts.push(importSentence(ctx, d.imports));
  if (d.exports > 0) parts.push(exportSentence(ctx, d.exports));
  if (d.promises > 0) parts.push(promiseSentence(ctx, d.promises));
  return parts.length ? parts.join(' ') : null;
}

/** " over blocks A–B" (or where the flows were counted from) for the lifecycle's flows. */
function flowWindow(l: ClistLifecycle): string {
  if (l.flowsFrom === 'kernel-db') return ' since it started (kernel DB)';
  const from = l.absolute ? '' : ' (from the first slog line on)';
  return l.blocks ? ` over blocks ${fmt(l.blocks[0])}–${fmt(l.blocks[1])}${from}` : ` over the slog${from}`;
}

/** " at block H (kernel DB, stage S)" for the end states. */
function stateWhere(c: ClistStats): string {
  const snap = c.snapshots.at(-1);
  if (c.lifecycle?.statesFrom === 'kernel-db' && snap) return ` at block ${snap.height !== null ? fmt(snap.height) : '?'} (kernel DB, stage ${snap.stage})`;
  const end = c.series?.end;
  return end ? ` at the end of the slog` : '';
}

/** "retired N (M when …, K by itself)" for one side's flows. */
function retiredText(s: ClistSideLife, byOther: string, self: string): string {
  const n = s.retired ?? 0;
  if (s.retiredByOtherSide === null || n === 0) return `retired ${fmt(n)}`;
  const other = Math.min(n, s.retiredByOtherSide);
  const parts = [other > 0 ? `${fmt(other)} ${byOther}` : '', n - other > 0 ? `${fmt(n - other)} ${self}` : ''].filter(Boolean);
  return `retired ${fmt(n)} (${parts.join(', ')})`;
}

function importSentence({ L, who, clist, span }: Ctx, grew: number): string {
  const l = clist.lifecycle;
  let s = `${L} gained ${plural(grew, 'object import', 'object imports')}${span(grew)}`;
  if (!l) return `${s}.`;
  const i = l.imports;
  if (i.created !== null) {
    s += `: it imported ${plural(i.created, 'object', 'objects')}${flowWindow(l)}, dropped ${fmt(i.dropped ?? 0)} and ${retiredText(i, 'when their exporter retired them', 'itself')}`;
  }
  s += `; it holds ${fmt(i.reachable)} reachable and ${fmt(i.recognizableOnly)} recognizable-only${stateWhere(clist)}.`;
  const g = splitGrowth(clist);
  if (g && g.to.imports.reachable > g.from.imports.reachable && i.reachable > 0) {
    const from = l.importsFrom.filter((e) => e.reachable > 0).slice(0, 3).map((e) => `${fmt(e.reachable)} from ${who(e.exporter)}`);
    s += ` ${L}'s own references keep the reachable ones alive${from.length ? ` (${and(from)})` : ''}: open ${codeOf([L])}.`;
  }
  if (g && g.to.imports.recognizableOnly > g.from.imports.recognizableOnly && i.recognizableOnly > 0) {
    const exporters = l.importsFrom.filter((e) => e.total > e.reachable && e.exporter !== '?');
    s += ` It dropped the ${fmt(i.recognizableOnly)} recognizable-only ones but still recognizes them (e.g. as WeakMap/WeakStore keys), so it does not retire them`;
    if (exporters.length) {
      const xs = exporters.slice(0, 3).map((e) => who(e.exporter));
      const counts = exporters.slice(0, 3).map((e) => `${fmt(e.total - e.reachable)} from ${who(e.exporter)}`);
      s += ` (${and(counts)}); they stay because their exporter has not retired them: ${and(xs)} still ${xs.length === 1 ? 'holds' : 'hold'} those objects alive. Open ${codeOf(xs)} for what holds them, and ${codeOf([L])} for what still recognizes them.`;
    } else {
      s += '; they stay while their exporter holds the objects (a kernel-DB snapshot names the exporter).';
    }
  }
  return s;
}

function exportSentence({ L, who, clist, span }: Ctx, grew: number): string {
  const l = clist.lifecycle;
  let s = `${L} gained ${plural(grew, 'object export', 'object exports')}${span(grew)}`;
  if (!l) return `${s}.`;
  const e = l.exports;
  if (e.created !== null) {
    s += `: it exported ${plural(e.created, 'object', 'objects')}${flowWindow(l)}; the kernel dropped ${fmt(e.dropped ?? 0)} of them (no importer could reach them) and ${retiredText(e, 'when no importer recognized them any more', `by ${L} itself letting them go`)}`;
  }
  s += `; ${fmt(e.reachable)} ${e.reachable === 1 ? 'is' : 'are'} reachable and ${fmt(e.recognizableOnly)} recognizable-only${stateWhere(clist)}.`;
  const g = splitGrowth(clist);
  if (g && g.to.exports.reachable > g.from.exports.reachable) {
    const holders = l.exportsTo.filter((x) => x.reachable > 0);
    if (holders.length) {
      const xs = holders.slice(0, 3).map((x) => who(x.importer));
      s += ` Importers hold the reachable ones: ${and(holders.slice(0, 3).map((x) => `${who(x.importer)} holds ${fmt(x.reachable)} reachable`))}; their references keep ${L}'s exports alive: open ${codeOf(xs)}.`;
    } else if (l.statesFrom === 'kernel-db') {
      s += ' No vat imports the reachable ones: the kernel holds them (queued messages or promise data).';
    }
  }
  if (g && g.to.exports.recognizableOnly > g.from.exports.recognizableOnly && e.recognizableOnly > 0) {
    const recognizers = l.exportsTo.filter((x) => x.total > x.reachable).slice(0, 3).map((x) => `${who(x.importer)} ${fmt(x.total - x.reachable)}`);
    s += ` The kernel dropped the ${fmt(e.recognizableOnly)} recognizable-only ones but ${L} has not retired them: ${L} itself still holds those objects alive${recognizers.length ? ` (importers still recognize them: ${and(recognizers)})` : ''}. Open ${codeOf([L])}.`;
  }
  return s;
}

function promiseSentence({ L, who, clist, span }: Ctx, grew: number): string {
  let s = `${L} gained ${plural(grew, 'promise entry', 'promise entries')}${span(grew)}`;
  const p = clist.promiseFacts;
  if (!p) return `${s}; a kernel-DB snapshot names who decides them.`;
  const held = Object.entries(p.heldByDecider).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  const heldTotal = held.reduce((a, [, n]) => a + n, 0);
  const deciders = held.map(([dec]) => dec).filter((dec) => dec !== 'kernel' && dec !== '?');
  const byWhom = held.slice(0, 3).map(([dec, n]) => `${fmt(n)} decided by ${dec === 'kernel' ? 'the kernel (results of queued messages)' : whoOrSelf(dec, L, who)}`);
  s += `: it holds ${plural(heldTotal, 'unresolved promise', 'unresolved promises')}${byWhom.length ? ` (${and(byWhom)})` : ''}`;
  if (p.subscribed > 0) s += ` and subscribes to ${fmt(p.subscribed)} of them`;
  const resolvedEntries = (clist.snapshots.at(-1)?.promises ?? heldTotal) - heldTotal;
  if (resolvedEntries > 0) s += `; ${plural(resolvedEntries, 'other entry is of a promise', 'other entries are of promises')} already resolved`;
  const others = Object.entries(p.decidedHeldBy).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]).slice(0, 3);
  if (p.decides > 0) s += `; it decides ${plural(p.decides, 'unresolved promise', 'unresolved promises')}${others.length ? `, held by ${and(others.map(([h, n]) => `${who(h)} (${fmt(n)})`))}` : ''}`;
  s += '.';
  if (deciders.length) {
    const xs = deciders.slice(0, 3).map((dec) => who(dec));
    s += ` An unresolved promise stays in every c-list that holds it until its decider resolves it: open ${codeOf(xs)} for why ${xs.length === 1 ? 'it does' : 'they do'} not resolve them.`;
  }
  return s;
}

/** "itself" when the decider is the vat. */
function whoOrSelf(vatID: string, L: string, who: (id: string) => string): string {
  const w = who(vatID);
  return w === L ? `${L} itself` : w;
}
