/**
 * The HTML report: one self-contained file (no external CSS, JS, fonts or images; charts are inline
 * SVG) with everything the summary has and more: per vat, the BOYD scatter with its fitted trend,
 * confidence band, peers' median, onset and baseline; the heap series; the c-list by kind at each
 * snapshot over the slog's series; the import graph; the delivery-time breakdown; the statistics;
 * and the history across runs when one is given.
 * Text from an artifact goes through `htmlText`; our own words through `esc`. Linear (or n log n)
 * in vats; the per-vat sections and the tables are capped (`maxVats`, `maxRows`), the JSON report
 * keeps everything.
 */
import type { Level, RunReport, VatReport } from '../shared/report-schema.js';
import { htmlText } from './escape.js';
import { buildView, fmt, isFlaggedLevel, metricWords, RANK, reproduceCommand, shellWord, type ReportView, type Seg } from './view.js';
import { boydChart, peerPool } from './chart-data.js';
import { COLORS, svgChart } from './svg.js';
import { importGraphSvg } from './graph-svg.js';

/** History across runs, as the history module hands it over (oldest run first). */
export interface HistoryView {
  runs: Array<{ label: string; sha?: string; url?: string; time?: string }>;
  series: Array<{ vatID: string; name: string | null; metric: string; unit?: string; values: Array<number | null> }>;
  changePoints?: Array<{ vatID: string; metric: string; index: number }>;
}

export interface HtmlOptions {
  title?: string;
  history?: HistoryView | null;
  /** Per-vat sections at most (flagged and busiest first; default 60). */
  maxVats?: number;
  /** Rows of each table at most (default 500). */
  maxRows?: number;
  docsBase?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const ICON: Record<Level, string> = { fail: '❌', warn: '⚠️', pass: '✅', neutral: '➖' };
const label = (v: { vatID: string; name: string | null }) => (v.name ? `${htmlText(v.name, 60)} (${htmlText(v.vatID, 12)})` : htmlText(v.vatID, 12));
const segs = (s: Seg[]) => s.map((x) => (typeof x === 'string' ? esc(x) : `<b>${label(x.vat)}</b>`)).join('');
const table = (head: string[], rows: string[][], cls = '') => `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
const safeUrl = (u: string | undefined): string | undefined => (u && /^https?:\/\/[^\s()<>\]"']+$/.test(u) ? u : undefined);

const CSS = `
:root{--bg:#fff;--fg:#1f2328;--muted:#59636e;--border:#d1d9e0;--card:#f6f8fa;--grid:#e6e9ed;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--border:#3d444d;--card:#151b23;--grid:#262c36}}
body{background:var(--bg);color:var(--fg);font:14px/1.5 system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;margin:0 auto;max-width:1100px;padding:16px 24px}
h1{font-size:22px;margin:8px 0}h2{font-size:18px;border-bottom:1px solid var(--border);padding-bottom:4px;margin-top:28px}h3{font-size:15px;margin:18px 0 6px}
table{border-collapse:collapse;margin:8px 0;font-variant-numeric:tabular-nums}th,td{border:1px solid var(--border);padding:3px 8px;text-align:right;vertical-align:top}th{background:var(--card)}td:first-child,th:first-child,td.l{text-align:left}table.findings td:nth-child(-n+3),table.findings th:nth-child(-n+3){text-align:left}
.muted,.note{color:var(--muted)}.note{font-size:12px}code,pre{background:var(--card);border-radius:4px;font:12px ui-monospace,SFMono-Regular,Menlo,monospace}code{padding:1px 4px}pre{padding:8px 10px;overflow:auto}
.badge{display:inline-block;padding:2px 10px;border-radius:12px;font-weight:600;color:#fff}.fail{background:#cf222e}.warn{background:#9a6700}.pass{background:#1a7f37}.neutral{background:#59636e}
.vat{border:1px solid var(--border);border-radius:6px;padding:4px 14px 10px;margin:14px 0}svg.chart{max-width:100%;height:auto;display:block;margin:6px 0;color:var(--fg)}
svg .grid{stroke:var(--grid)}svg .axis{stroke:var(--muted)}svg text{fill:currentColor;font-size:11px}svg .title{font-size:13px;font-weight:600}svg .label{font-size:12px;fill:var(--muted)}svg .legend{font-size:11px}
details>summary{cursor:pointer;font-weight:600;margin:8px 0}a{color:#2f81f7}`;

export function renderHtml(r: RunReport, opts: HtmlOptions = {}): string {
  const view = buildView(r);
  const maxRows = opts.maxRows ?? 500;
  const title = opts.title ?? 'loadgen-gate';
  const body: string[] = [];
  body.push(`<h1>${htmlText(title, 80)} <span class="badge ${r.verdict}">${r.verdict.toUpperCase()}</span></h1>`);
  body.push(`<p><b>${esc(view.count[0]!.toUpperCase() + view.count.slice(1))}.</b></p>`);
  if (view.grew.length) body.push(`<ul>${view.grew.slice(0, maxRows).map((g) => `<li>${ICON[g.level]} <b>${label(g.vat)}</b>: ${segs(g.sentence)}.</li>`).join('')}</ul>`);
  body.push(`<p>${esc(view.checked)}</p>`);
  if (view.thin.length) body.push(`<p class="muted">➖ Too few BOYDs to judge${view.thinReason ? ` (${htmlText(view.thinReason, 80)})` : ''}: ${view.thin.slice(0, maxRows).map((t) => `${label(t.vat)} ${fmt.num(t.boyds)}`).join(', ')}.</p>`);
  body.push(`<p class="muted">${runLine(r)}<br>${baselineLine(r)}</p>`);

  body.push('<h2>Findings</h2>');
  const loud = view.rows.filter((x) => !x.quiet);
  const rows = loud.slice(0, maxRows).map((x) => {
    const c = x.cells();
    return [ICON[x.level], label(x.vat), esc(metricWords(x.metric)), esc(c.thisRun), esc(c.reference), esc(c.delta), esc(c.limit)];
  });
  body.push(rows.length ? table(['', 'vat', 'metric', 'this run', 'baseline / band', 'Δ', 'limit'], rows, 'findings') : '<p>No verdicts.</p>');
  if (loud.length > rows.length) body.push(`<p class="note">${loud.length - rows.length} more rows in the JSON report.</p>`);
  if (view.rows.length > loud.length) body.push(`<p class="note">✅ ${view.rows.length - loud.length} more checks passed with nothing to show: c-lists that did not change.</p>`);

  if (view.grew.length) {
    body.push('<h2>What to do</h2><p>Reproduce the verdict on your machine (Node 24):</p>');
    body.push(`<pre>${reproduceCommand(r).map((w) => htmlText(w.map(shellWord).join(' '), 400)).join('\n')}</pre><ul>`);
    for (const g of view.grew.slice(0, 50)) {
      const docs = g.docs.map((d) => `<a href="${esc(docLink(opts.docsBase, d))}">${esc(d.title)}</a>`);
      body.push(`<li>${ICON[g.level]} ${label(g.vat)}: ${docs.join(', ') || 'see the findings'}</li>`);
    }
    body.push('</ul>');
    const who = r.vats.filter((v) => v.clist?.attribution && isFlaggedLevel(view.levels.get(v.vatID)?.get('*'))).slice(0, maxRows);
    if (who.length) body.push(`<h3>Who keeps the objects</h3><ul>${who.map((v) => `<li>${htmlText(v.clist!.attribution!, 600)}</li>`).join('')}</ul>`);
  }

  body.push(vatSections(r, view, opts.maxVats ?? 60));
  const graph = importGraphSvg(r.importGraph ?? [], (id) => {
    const v = view.vatByID.get(id);
    return v?.name ? `${v.name} (${id})` : id;
  });
  if (graph) body.push('<h2>Import graph</h2>', graph, importTable(r, view, maxRows));
  body.push(deliveries(r, maxRows));
  if (opts.history && opts.history.runs.length) body.push(history(opts.history, view));
  body.push(statistics(r, view, maxRows));
  if (r.run.warnings.length) body.push(`<h2>Input problems (counted, not fatal)</h2><ul>${r.run.warnings.slice(0, maxRows).map((w) => `<li><code>${htmlText(w.code, 40)}</code> ×${fmt.num(w.count)}: ${htmlText(w.message, 300)}</li>`).join('')}</ul>`);
  body.push(`<p class="note">loadgen-gate ${htmlText(r.tool.version, 20)}, report schema v${r.schemaVersion}, generated ${htmlText(r.generatedAt, 40)}. Slopes are Theil–Sen with Sen's confidence interval (Hamed–Rao corrected); p is a one-sided Mann–Kendall test.</p>`);
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"><title>${htmlText(title, 80)}: ${r.verdict.toUpperCase()}</title><style>${CSS}</style></head>\n<body>\n${body.join('\n')}\n</body></html>\n`;
}

function docLink(base: string | undefined, d: { file: string; anchor: string }): string {
  const root = base && safeUrl(base) ? base.replace(/\/?$/, '/') : '';
  return `${root}${root ? d.file.replace(/^docs\//, '') : d.file}${d.anchor ? `#${d.anchor}` : ''}`;
}

function runLine(r: RunReport): string {
  const br = r.run.blockRange;
  const slogs = r.run.files.filter((f) => f.kind === 'slog').length;
  const snaps = r.run.files.filter((f) => f.kind === 'storage').length;
  return `Run: ${slogs} slog file(s), ${snaps} kernel-DB snapshot(s)${br ? `, blocks ${fmt.num(br[0])}–${fmt.num(br[1])}` : ''}${r.run.cycles !== null ? `, ${fmt.num(r.run.cycles)} loadgen cycles` : ''}.`;
}

function baselineLine(r: RunReport): string {
  const b = r.baseline;
  if (!b.used) return `Baseline: none (${htmlText(b.reason, 200)}).`;
  const p = b.provenance;
  return `Baseline: ${p?.runId ? `run ${htmlText(String(p.runId), 20)}${p.headSha ? ` @ <code>${htmlText(p.headSha.slice(0, 12), 20)}</code>` : ''}` : htmlText(p?.path ?? 'file', 120)}.`;
}

function vatSections(r: RunReport, view: ReportView, max: number): string {
  const lvl = (id: string) => view.levels.get(id)?.get('*') ?? 'neutral';
  // Vats too thin to judge are listed in one line at the top; they get a section only when flagged.
  const thin = new Set(view.thin.map((t) => t.vat.vatID));
  const vats = r.vats
    .filter((v) => isFlaggedLevel(lvl(v.vatID)) || (!thin.has(v.vatID) && ((v.boyd?.chart.length ?? 0) >= 3 || clistChanged(v))))
    .map((v, i) => ({ v, i, rank: RANK[lvl(v.vatID)] }))
    .sort((a, b) => b.rank - a.rank || (b.v.boyd?.count ?? 0) - (a.v.boyd?.count ?? 0) || a.i - b.i);
  const pool = peerPool(r);
  const baselineOf = new Map(r.verdicts.filter((v) => v.metric === 'boyd-slope-vs-baseline' && v.reference).map((v) => [v.vatID, v]));
  const xLabel = r.run.xAxis === 'deliveryOrdinal' ? 'delivery' : 'block height';
  const out = ['<h2>Vats</h2>'];
  for (const { v } of vats.slice(0, max)) {
    const l = lvl(v.vatID);
    out.push(`<section class="vat" id="vat-${htmlText(v.vatID, 12)}"><h3>${ICON[l]} ${label(v)}</h3>`);
    const c = boydChart(v, pool, baselineOf.get(v.vatID));
    if (c) {
      const ms = (pts: Array<[number, number]>) => pts.map(([x, y]) => [x, y * 1e3] as [number, number]);
      const lines = [];
      if (c.peers.length) lines.push({ name: "peers' median", color: COLORS.grey, pts: ms(c.peers), width: 1.5 });
      if (c.baseline.length) lines.push({ name: "baseline's slope", color: COLORS.green, pts: ms(c.baseline), dash: true });
      if (c.trend.length) lines.push({ name: 'fitted trend', color: COLORS.red, pts: ms(c.trend), width: 2.5 });
      out.push(
        svgChart({
          id: `boyd-${v.vatID}`,
          title: `BOYD time, ${v.name ?? v.vatID}: ${fmt.us(c.slope)} µs/block`,
          xLabel,
          yLabel: 'ms',
          scatter: [{ name: 'BOYD (bucket mean)', color: COLORS.blue, pts: ms(c.points) }],
          lines,
          band: c.band ? { name: 'slope CI', color: COLORS.red, lo: ms(c.band.lo), hi: ms(c.band.hi) } : undefined,
          markers: c.onset ? [{ x: c.onset.x, label: `onset ${c.onset.x}${c.onset.stage !== null ? ` (stage ${c.onset.stage})` : ''}` }] : [],
        }),
      );
    }
    const heap = v.heap?.chart;
    if (heap && heap.length >= 2) out.push(svgChart({ id: `heap-${v.vatID}`, title: `xsnap heap count, ${v.name ?? v.vatID}: ${fmt.ratio(v.heap!.growth)}`, xLabel, yLabel: 'heap objects', lines: [{ name: 'heap count', color: COLORS.teal, pts: heap, dots: true, width: 1.5 }], height: 220 }));
    const cl = clistSvg(v, xLabel);
    if (cl) out.push(cl);
    out.push('</section>');
  }
  if (vats.length > max) out.push(`<p class="note">${vats.length - max} more vats with data in the JSON report.</p>`);
  return out.join('\n');
}

const clistChanged = (v: VatReport) => !!v.clist?.delta && (v.clist.delta.exports !== 0 || v.clist.delta.imports !== 0 || v.clist.delta.recognizableOnly !== 0 || v.clist.delta.promises !== 0);

function clistSvg(v: VatReport, xLabel: string): string | null {
  const snaps = v.clist?.snapshots ?? [];
  const series = v.clist?.series?.chart ?? [];
  const withH = snaps.filter((s) => s.height !== null);
  const lines: Array<{ name: string; color: string; pts: Array<[number, number]>; dots: boolean; width?: number }> = [];
  if (withH.length >= 1 && (withH.length >= 2 || series.length >= 2)) {
    const at = (f: (s: (typeof snaps)[number]) => number) => withH.map((s) => [s.height!, f(s)] as [number, number]);
    lines.push({ name: 'exports', color: COLORS.blue, pts: at((s) => s.exports.reachable + s.exports.recognizableOnly), dots: true });
    lines.push({ name: 'imports', color: COLORS.orange, pts: at((s) => s.imports.reachable + s.imports.recognizableOnly), dots: true });
    lines.push({ name: 'recognizable-only', color: COLORS.purple, pts: at((s) => s.exports.recognizableOnly + s.imports.recognizableOnly), dots: true });
    if (withH.some((s) => s.promises)) lines.push({ name: 'promises', color: COLORS.teal, pts: at((s) => s.promises), dots: true });
  }
  if (series.length >= 2) lines.unshift({ name: 'slog: exports + imports', color: COLORS.grey, pts: series, dots: false, width: 1.5 });
  if (!lines.length) return null;
  return svgChart({ id: `clist-${v.vatID}`, title: `c-list entries, ${v.name ?? v.vatID} (dots: kernel-DB snapshots)`, xLabel, yLabel: 'entries', lines, height: 240 });
}

function importTable(r: RunReport, view: ReportView, max: number): string {
  let last = -Infinity;
  for (const e of r.importGraph) if (e.stage > last) last = e.stage;
  const edges = r.importGraph.filter((e) => e.stage === last).sort((a, b) => b.total - a.total).slice(0, max);
  const name = (id: string) => label(view.vatByID.get(id) ?? { vatID: id, name: null });
  return `<details><summary>Import counts at each snapshot's last stage (${edges.length})</summary>${table(['importer', 'exporter', 'objects', 'reachable', 'recognizable-only'], edges.map((e) => [name(e.importer), name(e.exporter), fmt.num(e.total), fmt.num(e.reachable), fmt.num(e.total - e.reachable)]))}</details>`;
}

function deliveries(r: RunReport, max: number): string {
  const u = r.run.utilization;
  const out = ['<h2>Delivery time</h2>'];
  const util = u.swingsetSeconds !== null && u.wallSeconds && u.wallSeconds > 0 && u.swingsetSeconds >= 0 ? ` Swingset ran ${fmt.num(u.swingsetSeconds, 1)} s of ${fmt.num(u.wallSeconds, 1)} s wall time.` : '';
  out.push(`<p>Deliveries took ${fmt.num(u.deliverySeconds, 1)} s in all.${util}</p>`);
  const kinds = u.byKind.slice(0, 20);
  if (kinds.length) {
    const W = 760;
    const bar = (k: (typeof kinds)[number], i: number) => `<rect class="pt" x="200" y="${30 + i * 22}" width="${Math.max(1, k.share * (W - 320)).toFixed(1)}" height="14" fill="${COLORS.blue}"/><text class="legend" x="192" y="${41 + i * 22}" text-anchor="end">${htmlText(k.kind, 40)}</text><text class="tick" x="${206 + k.share * (W - 320)}" y="${41 + i * 22}">${fmt.num(k.seconds, 2)} s (${fmt.num(k.share * 100, 1)}%)</text>`;
    out.push(`<svg class="chart" id="delivery-kinds" data-points="${kinds.length}" viewBox="0 0 ${W} ${40 + kinds.length * 22}" width="${W}" height="${40 + kinds.length * 22}" role="img" aria-label="delivery time by kind"><title>Delivery time by kind</title><text class="title" x="8" y="16">Delivery time by kind</text>${kinds.map(bar).join('')}</svg>`);
  }
  const busiest = r.vats
    .map((v) => ({ v, t: v.deliveryKinds.reduce((s, k) => s + (Number.isFinite(k.totalSeconds) ? k.totalSeconds : 0), 0) }))
    .filter((x) => x.v.deliveryKinds.length)
    .sort((a, b) => b.t - a.t);
  const rows: string[][] = [];
  for (const { v } of busiest) {
    for (const k of v.deliveryKinds.slice(0, 8)) {
      if (rows.length >= max) break;
      rows.push([label(v), `<code>${htmlText(k.kind, 30)}</code>${k.method !== undefined ? ` <code>${htmlText(k.method, 60)}</code>` : ''}`, fmt.num(k.count), fmt.num(k.totalSeconds, 3), `${fmt.ms(k.meanFirst100)} → ${fmt.ms(k.meanLast100)}`, `${fmt.ms(k.fittedFirst)} → ${fmt.ms(k.fittedLast)}`]);
    }
  }
  if (rows.length) out.push(`<details><summary>Per vat, kind and method (ms)</summary>${table(['vat', 'delivery', 'count', 'total s', 'mean first → last 100', 'fitted first → last'], rows)}</details>`);
  return out.join('\n');
}

function history(h: HistoryView, view: ReportView): string {
  const out = ['<h2>History across runs</h2>', `<p class="muted">${h.runs.length} runs, oldest first${h.runs[0]?.time ? ` (from ${htmlText(h.runs[0].time, 30)})` : ''}.</p>`];
  const cps = h.changePoints ?? [];
  for (const s of h.series.slice(0, 40)) {
    const pts = s.values.flatMap((v, i) => (typeof v === 'number' && Number.isFinite(v) ? [[i, v] as [number, number]] : []));
    if (!pts.length) continue;
    const vat = view.vatByID.get(s.vatID) ?? { vatID: s.vatID, name: s.name };
    const markers = cps.filter((c) => c.vatID === s.vatID && c.metric === s.metric).map((c) => ({ x: c.index - 0.5, label: `change: ${h.runs[c.index]?.sha?.slice(0, 8) ?? `run ${c.index + 1}`}` }));
    out.push(svgChart({ id: `history-${s.vatID}-${s.metric}`, title: `${vat.name ?? vat.vatID}: ${metricWords(s.metric)}${s.unit ? ` (${s.unit})` : ''}`, xLabel: 'run (oldest first)', yLabel: s.unit ?? '', lines: [{ name: s.metric, color: COLORS.blue, pts, dots: true }], markers, height: 220 }));
  }
  return out.join('\n');
}

function statistics(r: RunReport, _view: ReportView, max: number): string {
  const busy = r.vats.filter((v) => (v.boyd?.count ?? 0) > 0).slice(0, max);
  const rows = busy.map((v) => {
    const b = v.boyd!;
    return [label(v), fmt.num(b.count), `${fmt.ms(b.firstMean)} → ${fmt.ms(b.lastMean)}`, fmt.us(b.slopePerBlock), b.slopeCI ? `${fmt.us(b.slopeCI[0])} … ${fmt.us(b.slopeCI[1])}` : '—', fmt.p(b.pValue), fmt.us(b.commonModeCorrected?.slopePerBlock), fmt.ratio(v.heap?.growth)];
  });
  const why = r.verdicts.filter((v) => v.level !== 'pass').slice(0, max);
  return `<h2>Statistics</h2>${table(['vat', 'BOYDs', 'ms first → last', 'µs/block (Sen)', 'slope CI', 'MK p', 'µs/block vs peers', 'heap'], rows)}${why.length ? `<h3>Why</h3><ul>${why.map((v) => `<li>${ICON[v.level]} ${label(v)} <code>${htmlText(v.metric, 40)}</code>: ${htmlText(v.message, 500)}</li>`).join('')}</ul>` : ''}`;
}
