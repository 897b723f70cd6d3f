/**
 * The import graph as inline SVG: exporters on the left, importers on the right, one edge per
 * (importer, exporter) pair at the last snapshot, its width growing with the number of imported
 * objects and labelled with the count (reachable and recognizable-only). Each edge is a `.pt` mark
 * (see svg.ts). At most `max` edges, the largest first.
 */
import type { ImportGraphEdge } from '../shared/report-schema.js';
import { htmlText } from './escape.js';
import { COLORS } from './svg.js';
import { groupDigits } from '../shared/number-format.js';

export function importGraphSvg(edges: ImportGraphEdge[], label: (vatID: string) => string, max = 40): string {
  let last = -Infinity;
  for (const e of edges) if (e.stage > last) last = e.stage;
  const top = edges.filter((e) => e.stage === last && e.total > 0).sort((a, b) => b.total - a.total).slice(0, max);
  if (!top.length) return '';
  const left = [...new Set(top.map((e) => e.exporter))];
  const right = [...new Set(top.map((e) => e.importer))];
  const rowH = 34;
  const H = 50 + Math.max(left.length, right.length) * rowH;
  const W = 760;
  const lx = 190;
  const rx = W - 190;
  const ly = new Map(left.map((v, i) => [v, 46 + i * rowH + rowH / 2]));
  const ry = new Map(right.map((v, i) => [v, 46 + i * rowH + rowH / 2]));
  const maxTotal = top[0]!.total;
  const out: string[] = [`<svg class="chart" id="import-graph" data-points="${top.length}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="import graph">`];
  out.push('<title>Who imports whose objects (last snapshot)</title>');
  out.push(`<text class="title" x="8" y="16">Who imports whose objects (stage ${Number.isFinite(last) ? last : '—'})</text>`);
  out.push(`<text class="label" x="${lx}" y="36" text-anchor="end">exporter</text><text class="label" x="${rx}" y="36">importer</text>`);
  for (const e of top) {
    const y1 = ly.get(e.exporter)!;
    const y2 = ry.get(e.importer)!;
    const w = 1.5 + 8 * Math.sqrt(e.total / maxTotal);
    const weak = e.total - e.reachable;
    const color = weak > e.reachable ? COLORS.purple : COLORS.blue;
    const mx = (lx + rx) / 2;
    out.push(`<path class="pt" d="M${lx + 6} ${y1} C${mx} ${y1} ${mx} ${y2} ${rx - 6} ${y2}" fill="none" stroke="${color}" stroke-opacity="0.7" stroke-width="${w.toFixed(1)}"><title>${htmlText(label(e.importer), 80)} imports ${groupDigits(e.total)} of ${htmlText(label(e.exporter), 80)}'s objects (${groupDigits(e.reachable)} reachable)</title></path>`);
    out.push(`<text class="tick" x="${mx}" y="${((y1 + y2) / 2 - 4).toFixed(1)}" text-anchor="middle">${groupDigits(e.total)}${weak ? ` (${groupDigits(weak)} weak)` : ''}</text>`);
  }
  for (const [v, y] of ly) out.push(`<circle cx="${lx}" cy="${y}" r="5" fill="${COLORS.grey}"/><text class="legend" x="${lx - 10}" y="${y + 4}" text-anchor="end">${htmlText(label(v), 40)}</text>`);
  for (const [v, y] of ry) out.push(`<circle cx="${rx}" cy="${y}" r="5" fill="${COLORS.grey}"/><text class="legend" x="${rx + 10}" y="${y + 4}">${htmlText(label(v), 40)}</text>`);
  out.push('</svg>');
  return out.join('');
}
