/**
 * Leak attribution: one plain sentence per vat whose c-list grew, saying which side keeps the
 * objects alive (its exports held by importers, or imports it keeps itself) and how many of its
 * imports are recognizable but not reachable (WeakMap/WeakStore keys somewhere).
 */
import type { ImportEdge, KernelCensus } from '../kernel-db/types.js';
import type { VatReport } from '../shared/report-schema.js';
import { groupDigits } from '../shared/number-format.js';

const fmt = (n: number) => groupDigits(Math.round(n));
const label = (v: { vatID: string; name: string | null }) => (v.name ? `${v.name} (${v.vatID})` : v.vatID);

/** What the sentences look up, built once for all vats: names by vatID, the last snapshot's import edges by exporter and by importer. */
export interface AttributionIndex {
  names: Map<string, VatReport>;
  byExporter: Map<string, ImportEdge[]>;
  byImporter: Map<string, ImportEdge[]>;
}

export function attributionIndex(all: VatReport[], censuses: KernelCensus[]): AttributionIndex {
  const byExporter = new Map<string, ImportEdge[]>();
  const byImporter = new Map<string, ImportEdge[]>();
  const add = (m: Map<string, ImportEdge[]>, k: string, e: ImportEdge) => {
    const list = m.get(k);
    if (list) list.push(e);
    else m.set(k, [e]);
  };
  const last = censuses.length ? censuses[censuses.length - 1]! : null;
  for (const e of last?.importGraph ?? []) {
    add(byExporter, e.exporter, e);
    add(byImporter, e.importer, e);
  }
  return { names: new Map(all.map((v) => [v.vatID, v])), byExporter, byImporter };
}

/** `index`: {@link attributionIndex} of `all` and `censuses` (pass it when calling for many vats: building it is linear in them). */
export function attributionSentence(vat: VatReport, all: VatReport[], censuses: KernelCensus[], index?: AttributionIndex): string | null {
  const d = vat.clist?.delta;
  if (!d) return null;
  const grewExports = d.exports > 0;
  const grewImports = d.imports > 0;
  if (!grewExports && !grewImports) return null;
  const last = censuses.length ? censuses[censuses.length - 1] : null;
  const idx = index ?? attributionIndex(all, censuses);
  const names = idx.names;
  const who = (id: string) => (names.get(id) ? label(names.get(id)!) : id);
  // Each side's own rate: a combined one next to one side's count contradicted it.
  const rate = (n: number, blocks: number) => `${(n / blocks).toFixed(2)}/block`;
  const span = (n: number) => (d.blocks ? ` over ${fmt(d.blocks)} blocks (${rate(n, d.blocks)})` : '');
  const parts: string[] = [];
  if (grewExports) {
    let s = `${label(vat)} gained ${fmt(d.exports)} object exports${span(d.exports)}`;
    if (last) {
      const holders = [...(idx.byExporter.get(vat.vatID) ?? [])].sort((a, b) => b.total - a.total).slice(0, 3);
      if (holders.length) {
        s += `; they are kept by importers: ${holders.map((e) => `${who(e.importer)} holds ${fmt(e.total)} (${fmt(e.reachable)} reachable)`).join(', ')}`;
      } else {
        s += '; no other vat imports them, so the vat itself keeps its exports alive';
      }
    }
    const snap = vat.clist?.snapshots.at(-1);
    if (snap && snap.exports.recognizableOnly > 0) s += `; ${fmt(snap.exports.recognizableOnly)} of its exports are recognizable-only (dropped by importers but never retired)`;
    parts.push(s);
  }
  if (grewImports) {
    const impRate = grewExports ? (d.blocks ? ` (${rate(d.imports, d.blocks)})` : '') : span(d.imports);
    let s = `${label(vat)} gained ${fmt(d.imports)} object imports${impRate} and keeps them itself`;
    if (last) {
      const from = [...(idx.byImporter.get(vat.vatID) ?? [])].sort((a, b) => b.total - a.total).slice(0, 3);
      if (from.length) s += ` (from ${from.map((e) => `${who(e.exporter)}: ${fmt(e.total)}, ${fmt(e.reachable)} reachable`).join('; ')})`;
    }
    const sd = vat.clist?.stageDeltas.at(-1);
    if (sd && sd.nextImportID !== null && sd.nextImportID > 0) {
      // Over the run its imports grew, but the last stage may still have dropped more than it took.
      s += sd.imports >= 0
        ? `; in stage ${sd.toStage} it imported ${fmt(sd.nextImportID)} new objects, dropped ${fmt(Math.max(0, sd.nextImportID - sd.imports))} and kept ${fmt(sd.imports)}`
        : `; in stage ${sd.toStage} it imported ${fmt(sd.nextImportID)} new objects and dropped ${fmt(sd.nextImportID - sd.imports)}, ${fmt(-sd.imports)} fewer imports than it began the stage with`;
    }
    const snap = vat.clist?.snapshots.at(-1);
    const weak = snap ? snap.imports.recognizableOnly : vat.clist?.series?.end?.recognizableOnlyImports ?? 0;
    if (weak > 0) s += `; ${fmt(weak)} of its imports are recognizable but not reachable (kept as WeakMap/WeakStore keys, never retired)`;
    parts.push(s);
  }
  return parts.join('. ') + '.';
}
