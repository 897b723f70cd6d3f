/**
 * Markdown summary of a RunReport, for the job summary, the PR comment and the CLI. Read top down:
 * the verdict and who grew in plain words, what was checked, one row per vat and metric (this
 * run, baseline or band, Δ, limit), what to do next, who keeps the objects, BOYD time and c-lists
 * per snapshot, then charts, and the statistics in folded blocks.
 * Every string that came from an artifact goes through `mdText`/`mdCode`/`htmlText`.
 * Returned as prioritized sections so a size budget can drop detail first (never silently).
 * Linear (or n log n) in vats and verdicts; tables list at most `maxRows` rows (the JSON report and
 * the HTML report keep everything), and say how many they left out.
 */
import { markdownTable } from 'markdown-table';
import type { Level, RunReport, VatReport } from '../shared/report-schema.js';
import { htmlText, mdText, mdCode } from './escape.js';
import { categoryChart, lineChart, PALETTE } from './mermaid.js';
import { boydChart, clistChart, peerPool } from './chart-data.js';
import { buildView, fmt, isFlaggedLevel, metricWords, RANK, reproduceCommand, shellWord, type ReportView, type Seg } from './view.js';
import { formatAge } from '../shared/number-format.js';

export interface Section {
  id: string;
  markdown: string;
  /** Lower = dropped first when the output must shrink. */
  priority: number;
}

export const ICON: Record<Level, string> = { fail: '❌', warn: '⚠️', pass: '✅', neutral: '➖' };
export const vatLabel = (v: { vatID: string; name: string | null }) => (v.name ? `${mdText(v.name, 60)} (${mdText(v.vatID, 12)})` : mdText(v.vatID, 12));
/** The same label inside raw HTML (a `<summary>`), where markdown escapes would show. */
const vatLabelHtml = (v: { vatID: string; name: string | null }) => (v.name ? `${htmlText(v.name, 60)} (${htmlText(v.vatID, 12)})` : htmlText(v.vatID, 12));
const segs = (s: Seg[]) => s.map((x) => (typeof x === 'string' ? x : vatLabel(x.vat))).join('');

export interface RenderOptions {
  title?: string;
  /** Charts for at most this many vats. */
  maxCharts?: number;
  /** Rows of the delivery breakdown per vat. */
  maxMethodRows?: number;
  /** Rows of each table at most (default 40). */
  maxRows?: number;
  /** Where the HTML report can be opened (linked at the top). */
  htmlUrl?: string;
  /** Base URL of the docs for links (default: relative `docs/...` paths). */
  docsBase?: string;
}

const safeUrl = (u: string | undefined): string | undefined => (u && /^https?:\/\/[^\s()<>\]]+$/.test(u) ? u : undefined);

export function renderSections(r: RunReport, opts: RenderOptions = {}): Section[] {
  const view = buildView(r);
  const maxRows = Math.max(1, opts.maxRows ?? 40);
  const sections: Section[] = [];
  const title = opts.title ?? 'loadgen-gate';
  const head = [`## ${ICON[r.verdict]} ${mdText(title, 80)}: **${r.verdict.toUpperCase()}**`, '', `**${view.count[0]!.toUpperCase()}${view.count.slice(1)}.**`, ''];
  const shown = view.grew.slice(0, maxRows);
  for (const g of shown) head.push(`- ${ICON[g.level]} **${vatLabel(g.vat)}**: ${segs(g.sentence)}.`);
  if (view.grew.length > shown.length) head.push(`- … and ${view.grew.length - shown.length} more vats (all in the HTML and JSON reports).`);
  if (shown.length) head.push('');
  head.push(view.checked);
  const thin = thinLine(view, maxRows);
  if (thin) head.push('', thin);
  head.push('', runLine(r), baselineLine(r));
  const rebuilt = translationsLine(r);
  if (rebuilt) head.push(rebuilt);
  const html = safeUrl(opts.htmlUrl);
  if (html) head.push('', `📊 [Open the HTML report](${html}): every vat's charts, the import graph and the statistics.`);
  sections.push({ id: 'verdict', markdown: head.join('\n'), priority: 100 });

  const table = verdictTable(view, maxRows);
  if (table) sections.push({ id: 'verdicts', markdown: table, priority: 95 });
  const next = nextSteps(r, view, opts);
  if (next) sections.push({ id: 'next-steps', markdown: next, priority: 93 });

  const attributions = r.vats.filter((v) => v.clist?.attribution && isFlaggedLevel(view.levels.get(v.vatID)?.get('*'))).slice(0, maxRows);
  if (attributions.length) {
    sections.push({
      id: 'attribution',
      markdown: `### Who keeps the objects\n\n${attributions.map((v) => `- ${mdText(v.clist!.attribution!, 1500)}`).join('\n')}`,
      priority: 90,
    });
  }
  sections.push({ id: 'vats', markdown: vatTable(r, view, maxRows), priority: 80 });
  const clist = clistTable(r, view, maxRows);
  if (clist) sections.push({ id: 'clist', markdown: clist, priority: 70 });
  const stats = statistics(r, view, maxRows);
  if (stats) sections.push({ id: 'statistics', markdown: stats, priority: 35 });
  sections.push({ id: 'charts', markdown: charts(r, view, opts.maxCharts ?? 4), priority: 30 });
  sections.push({ id: 'deliveries', markdown: deliveryBreakdown(r, opts.maxMethodRows ?? 8, Math.min(maxRows, 20)), priority: 40 });
  const warn = warningsSection(r);
  if (warn) sections.push({ id: 'warnings', markdown: warn, priority: 60 });
  sections.push({ id: 'footer', markdown: footer(r), priority: 99 });
  return sections.filter((s) => s.markdown);
}

export function renderMarkdown(r: RunReport, opts: RenderOptions = {}): string {
  return renderSections(r, opts).map((s) => s.markdown).join('\n\n') + '\n';
}

function thinLine(view: ReportView, max: number): string | null {
  if (!view.thin.length) return null;
  const list = view.thin.slice(0, max).map((t) => `${vatLabel(t.vat)} ${fmt.num(t.boyds)}`).join(', ');
  return `➖ Too few BOYDs to judge${view.thinReason ? ` (${mdText(view.thinReason, 80)})` : ''}: ${list}${view.thin.length > max ? ` and ${view.thin.length - max} more` : ''}.`;
}

function runLine(r: RunReport): string {
  const br = r.run.blockRange;
  const axis = r.run.xAxis === 'blockHeight' ? 'block height' : r.run.xAxis === 'runBlockHeight' ? 'run block height' : 'delivery ordinal (no block events in the slog)';
  const slogs = r.run.files.filter((f) => f.kind === 'slog').length;
  const snaps = r.run.files.filter((f) => f.kind === 'storage').length;
  const range = br ? `${axis} ${fmt.num(br[0])}–${fmt.num(br[1])}` : `x-axis: ${axis}`;
  return `Run: ${slogs} slog file(s), ${snaps} kernel-DB snapshot(s), ${range}${r.run.cycles !== null ? `, ${fmt.num(r.run.cycles)} loadgen cycles` : ''}.`;
}

/** Says when slog c-list series were rebuilt from translations (slog files without `clist` events). */
function translationsLine(r: RunReport): string | null {
  const withSeries = r.vats.filter((v) => v.clist?.series);
  const rebuilt = withSeries.filter((v) => v.clist!.series!.replayedFrom === 'translations' || v.clist!.series!.replayedFrom === 'mixed');
  if (!rebuilt.length) return null;
  if (rebuilt.length === withSeries.length && rebuilt.every((v) => v.clist!.series!.replayedFrom === 'translations')) {
    return 'Slog c-list series rebuilt from the kernel’s delivery/syscall translations: the slog has no `clist` events.';
  }
  const names = rebuilt.slice(0, 8).map((v) => vatLabel(v)).join(', ');
  return `Slog c-list series of ${names}${rebuilt.length > 8 ? ` and ${rebuilt.length - 8} more` : ''} rebuilt (at least in part) from delivery/syscall translations: some slog files have no \`clist\` events.`;
}

function baselineLine(r: RunReport): string {
  const b = r.baseline;
  if (!b.used) return `Baseline: none (${mdText(b.reason, 200)}).`;
  const p = b.provenance;
  const where = p?.runId ? `run ${mdText(String(p.runId), 20)}${p.headSha ? ` @ ${mdCode(p.headSha.slice(0, 12), 20)}` : ''}${p.ageHours !== undefined ? `, ${formatAge(p.ageHours)} old` : ''}` : mdText(p?.path ?? 'file', 120);
  return `Baseline: ${where}.`;
}

function verdictTable(view: ReportView, max: number): string | null {
  if (!view.rows.length) return null;
  const loud = view.rows.filter((x) => !x.quiet);
  const quiet = view.rows.length - loud.length;
  const rows = loud.slice(0, max).map((row) => {
    const c = row.cells();
    return [ICON[row.level], vatLabel(row.vat), mdText(metricWords(row.metric), 40), c.thisRun, c.reference, c.delta, c.limit];
  });
  const more = loud.length - rows.length;
  return [
    '### Findings',
    '',
    rows.length ? markdownTable([['', 'vat', 'metric', 'this run', 'baseline / band', 'Δ', 'limit'], ...rows], { align: ['c', 'l', 'l', 'r', 'r', 'r', 'r'] }) : '',
    more > 0 ? `\n${more} more row(s) (${loud.slice(max).filter((x) => isFlaggedLevel(x.level)).length} flagged) in the HTML and JSON reports.` : '',
    quiet > 0 ? `\n✅ ${quiet} more check(s) passed with nothing to show: c-lists that did not change.` : '',
  ].join('\n');
}

function docLink(base: string | undefined, d: { file: string; anchor: string; title: string }): string {
  const root = base && safeUrl(base) ? base.replace(/\/?$/, '/') : '';
  const file = root ? d.file.replace(/^docs\//, '') : d.file;
  return `[${d.title}](${root}${file}${d.anchor ? `#${d.anchor}` : ''})`;
}

function nextSteps(r: RunReport, view: ReportView, opts: RenderOptions): string | null {
  const flagged = view.grew;
  if (!flagged.length) return null;
  const cmd = reproduceCommand(r).map((words) => words.map(shellWord).join(' '));
  const lines = ['### What to do', '', 'Reproduce the verdict on your machine (Node 24):', '', '```sh', ...cmd, '```', ''];
  for (const g of flagged.slice(0, Math.min(20, opts.maxRows ?? 40))) {
    const docs = g.docs.map((d) => docLink(opts.docsBase, d));
    lines.push(`- ${ICON[g.level]} ${vatLabel(g.vat)}: ${docs.length ? `the rule: ${docs.join(', ')}` : 'see the findings above'}.`);
  }
  lines.push(
    '',
    'A leak shows as c-list entries that are never dropped (look at who keeps them, above) or BOYD time that rises with the heap. If the growth is intended, raise that vat\'s limit with an override in the policy file and say why in the PR; a ⚠️ warning never fails the build.',
  );
  return lines.join('\n');
}

const ordered = (_r: RunReport, view: ReportView, vats: VatReport[]) =>
  vats
    .map((v, i) => ({ v, i, rank: RANK[view.levels.get(v.vatID)?.get('*') ?? 'neutral'] }))
    .sort((a, b) => b.rank - a.rank || a.i - b.i)
    .map((x) => x.v);

function vatTable(r: RunReport, view: ReportView, max: number): string {
  const thin = new Set(view.thin.map((t) => t.vat.vatID));
  const busy = r.vats.filter((v) => (v.boyd?.count ?? 0) > 0 && !thin.has(v.vatID));
  const list = ordered(r, view, busy).slice(0, max);
  const edge = Number((r.policy as { boyd?: { edgeSamples?: number } }).boyd?.edgeSamples ?? 50);
  const rows = list.map((v) => {
    const b = v.boyd!;
    const lvl = view.levels.get(v.vatID)?.get('boyd');
    return [vatLabel(v), lvl ? ICON[lvl] : '', fmt.num(b.count), `${fmt.ms(b.firstMean)} → ${fmt.ms(b.lastMean)}`, fmt.pct(b.growth !== null ? b.growth - 1 : null), fmt.us(b.slopePerBlock), fmt.ratio(v.heap?.growth)];
  });
  const idle = r.vats.length - busy.length - thin.size;
  const pre = busy.reduce((s, v) => s + (v.boyd!.preSnapshotCount ?? 0), 0);
  return [
    '### BOYD time per vat',
    '',
    rows.length ? markdownTable([['vat', '', 'BOYDs', 'ms, first → last', 'change', 'µs/block', 'heap'], ...rows], { align: ['l', 'c', 'r', 'r', 'r', 'r', 'r'] }) : 'No vat has enough BOYDs for a trend.',
    '',
    `<sub>BOYDs: in-block BOYDs of the vat${pre ? ` (${fmt.num(pre)} right before a heap snapshot left out: a snapshot makes them slow)` : ''}. First → last: mean of the first and last ${fmt.num(edge)}. µs/block: the fitted (Theil–Sen) slope. Heap: the xsnap worker's heap count, last ÷ first (a \`local\` worker has none).${busy.length > list.length ? ` ${busy.length - list.length} more vat(s) in the HTML report.` : ''}${idle > 0 ? ` ${idle} idle vat(s) without BOYDs not shown.` : ''}</sub>`,
  ].join('\n');
}

function clistTable(r: RunReport, view: ReportView, max: number): string | null {
  const changed = (v: VatReport) => !!v.clist?.delta && (v.clist.delta.exports !== 0 || v.clist.delta.imports !== 0 || v.clist.delta.recognizableOnly !== 0);
  const all = ordered(r, view, r.vats.filter((v) => v.clist && (changed(v) || isFlaggedLevel(view.levels.get(v.vatID)?.get('clist')))));
  if (!all.length) return null;
  const list = all.slice(0, max);
  const stages = [...new Set(list.flatMap((v) => v.clist!.snapshots.map((s) => s.stage)))].sort((a, b) => a - b).slice(-4);
  const head = ['vat', '', ...stages.map((s) => `stage ${s}`), 'Δ', 'per block'];
  const rows = list.map((v) => {
    const c = v.clist!;
    const byStage = new Map(c.snapshots.map((s) => [s.stage, s]));
    const cell = (st: number) => {
      const s = byStage.get(st);
      if (!s) return '—';
      const weak = s.exports.recognizableOnly + s.imports.recognizableOnly;
      return `${fmt.num(s.exports.reachable + s.exports.recognizableOnly)} / ${fmt.num(s.imports.reachable + s.imports.recognizableOnly)}${weak ? ` (${fmt.num(weak)} weak)` : ''}${s.promises ? ` +${fmt.num(s.promises)} p` : ''}`;
    };
    const d = c.delta;
    const lvl = view.levels.get(v.vatID)?.get('clist');
    return [vatLabel(v), lvl ? ICON[lvl] : '', ...stages.map(cell), d ? `${fmt.signed(d.exports)} / ${fmt.signed(d.imports)}` : '—', d ? fmt.num(d.perBlock, 2) : c.series ? fmt.num(c.series.slopePerBlock, 2) : '—'];
  });
  return [
    '### C-list per snapshot',
    '',
    markdownTable([head, ...rows], { align: ['l', 'c', ...stages.map(() => 'r' as const), 'r', 'r'] }),
    '',
    `<sub>Exports / imports: object entries in the vat's c-list at each kernel-DB snapshot; weak: recognizable-only entries (kept as WeakMap/WeakStore keys or dropped but not retired); p: promise entries.${all.length > list.length ? ` ${all.length - list.length} more vat(s) in the HTML report.` : ''}</sub>`,
  ].join('\n');
}

function statistics(r: RunReport, view: ReportView, max: number): string | null {
  const busy = r.vats.filter((v) => (v.boyd?.count ?? 0) > 0);
  const list = ordered(r, view, busy).slice(0, max);
  const alpha = Number((r.policy as { boyd?: { alpha?: number } }).boyd?.alpha ?? 0.05);
  const ci = `${+(100 * (1 - alpha)).toFixed(1)}% CI`;
  const rows = list.map((v) => {
    const b = v.boyd!;
    return [vatLabel(v), fmt.num(b.count), fmt.us(b.slopePerBlock), b.slopeCI ? `${fmt.us(b.slopeCI[0])} … ${fmt.us(b.slopeCI[1])}` : '—', fmt.p(b.pValue), fmt.us(b.commonModeCorrected?.slopePerBlock), fmt.ratio(v.heap?.growth)];
  });
  const flagged = r.verdicts.filter((v) => isFlaggedLevel(v.level)).slice(0, max);
  const why = flagged.map((v) => `- ${ICON[v.level]} ${vatLabel(v)} ${mdCode(v.metric, 40)}: ${mdText(v.message, 400)}`);
  if (!rows.length && !why.length) return null;
  return [
    '<details><summary>Statistics</summary>',
    '',
    rows.length ? markdownTable([['vat', 'BOYDs', 'µs/block (Sen)', ci, 'MK p', 'µs/block vs peers', 'heap'], ...rows], { align: ['l', 'r', 'r', 'r', 'r', 'r', 'r'] }) : '',
    '',
    why.length ? ['Why each finding was raised:', '', ...why].join('\n') : '',
    '',
    '</details>',
  ].join('\n');
}

function charts(r: RunReport, view: ReportView, max: number): string {
  const lvl = (id: string, f: string) => view.levels.get(id)?.get(f) ?? 'neutral';
  const ranked = r.vats
    .filter((v) => (v.boyd?.chart.length ?? 0) >= 3)
    .map((v) => ({ v, rank: RANK[lvl(v.vatID, 'boyd')], rise: v.boyd!.relativeRise ?? 0 }))
    .sort((a, b) => b.rank - a.rank || b.rise - a.rise)
    .slice(0, max)
    .map((x) => x.v);
  const clistVats = r.vats.filter((v) => isFlaggedLevel(lvl(v.vatID, 'clist')) && (v.clist?.snapshots.length ?? 0) >= 2).slice(0, max);
  if (!ranked.length && !clistVats.length) return '';
  const pool = peerPool(r);
  const baselineOf = new Map(r.verdicts.filter((v) => v.metric === 'boyd-slope-vs-baseline' && v.reference).map((v) => [v.vatID, v]));
  const xLabel = r.run.xAxis === 'deliveryOrdinal' ? 'delivery' : 'block height';
  const parts = ['### Charts', ''];
  for (const v of ranked) {
    const c = boydChart(v, pool, baselineOf.get(v.vatID));
    if (!c) continue;
    const ms = (pts: Array<[number, number]>) => pts.map(([x, y]) => [x, y * 1e3] as [number, number]);
    const series: Array<{ name: string; pts: Array<[number, number]>; color: string }> = [{ name: 'BOYD ms', pts: ms(c.points), color: PALETTE.blue }];
    const key = ['🟦 BOYD time (mean per step)'];
    if (c.trend.length) (series.push({ name: 'fitted trend', pts: ms(c.trend), color: PALETTE.red }), key.push(c.onset ? `🟥 fitted trend, rising from block ${fmt.num(c.onset.x)}` : '🟥 fitted trend'));
    if (c.peers.length) (series.push({ name: 'peers median', pts: ms(c.peers), color: PALETTE.grey }), key.push("⬜ median of the other busy vats"));
    if (c.baseline.length) (series.push({ name: 'baseline slope', pts: ms(c.baseline), color: PALETTE.green }), key.push("🟩 the baseline's slope"));
    const open = lvl(v.vatID, 'boyd') === 'fail' ? ' open' : '';
    parts.push(`<details${open}><summary>BOYD time: ${vatLabelHtml(v)}</summary>\n`);
    parts.push(lineChart({ title: `BOYD ms, ${v.name ?? v.vatID}${c.onset ? `, onset at ${c.onset.x}` : ''}`, xLabel, yLabel: 'ms', series }));
    parts.push(`<sub>${key.join(' · ')}</sub>\n\n</details>\n`);
  }
  for (const v of clistVats) {
    const c = clistChart(v)!;
    parts.push(`<details open><summary>C-list entries per snapshot: ${vatLabelHtml(v)}</summary>\n`);
    parts.push(
      categoryChart({
        title: `c-list entries, ${v.name ?? v.vatID}`,
        xLabel: 'snapshot (block height)',
        yLabel: 'entries',
        categories: c.labels,
        series: [
          { name: 'exports', values: c.exports, color: PALETTE.blue },
          { name: 'imports', values: c.imports, color: PALETTE.orange },
          { name: 'recognizable-only', values: c.recognizableOnly, color: PALETTE.purple },
        ],
      }),
    );
    parts.push(`<sub>🟦 exports · 🟧 imports · 🟪 recognizable-only (both sides)</sub>\n\n</details>\n`);
  }
  return parts.join('\n');
}

function deliveryBreakdown(r: RunReport, maxRows: number, maxVats: number): string {
  const u = r.run.utilization;
  const total = u.deliverySeconds;
  const lines = ['<details><summary>Delivery time breakdown</summary>', ''];
  const util = u.swingsetSeconds !== null && u.wallSeconds && u.wallSeconds > 0 && u.swingsetSeconds >= 0 ? ` Swingset ran ${fmt.num(u.swingsetSeconds, 1)} s of ${fmt.num(u.wallSeconds, 1)} s wall time (${fmt.num((100 * u.swingsetSeconds) / u.wallSeconds, 0)}%).` : '';
  lines.push(`Deliveries took ${fmt.num(total, 1)} s in all.${util}`, '');
  lines.push(markdownTable([['kind', 'count', 'seconds', 'share'], ...u.byKind.map((k) => [mdCode(k.kind, 40), fmt.num(k.count), fmt.num(k.seconds, 2), `${fmt.num(k.share * 100, 1)}%`])], { align: ['l', 'r', 'r', 'r'] }));
  // The vats that took the most delivery time (n log n), each with its top rows.
  const busiest = r.vats
    .map((v) => ({ v, t: v.deliveryKinds.reduce((s, k) => s + (Number.isFinite(k.totalSeconds) ? k.totalSeconds : 0), 0) }))
    .filter((x) => x.v.deliveryKinds.length)
    .sort((a, b) => b.t - a.t);
  const rows: string[][] = [];
  for (const { v } of busiest.slice(0, maxVats)) {
    for (const k of v.deliveryKinds.slice(0, maxRows)) {
      rows.push([vatLabel(v), k.method !== undefined ? `${mdCode(k.kind, 30)} ${mdCode(k.method, 60)}` : mdCode(k.kind, 30), fmt.num(k.count), fmt.num(k.totalSeconds, 3), `${fmt.ms(k.meanFirst100)} → ${fmt.ms(k.meanLast100)}`, `${fmt.ms(k.fittedFirst)} → ${fmt.ms(k.fittedLast)}`]);
    }
  }
  if (rows.length) {
    lines.push('', 'Per vat, kind and method (mean of the first and last 100; OLS fit at the first and last block), in ms:', '');
    lines.push(markdownTable([['vat', 'delivery', 'count', 'total s', 'mean first → last 100', 'fitted first → last'], ...rows], { align: ['l', 'l', 'r', 'r', 'r', 'r'] }));
    if (busiest.length > maxVats) lines.push('', `${busiest.length - maxVats} more vat(s) in the HTML report.`);
  }
  lines.push('', '</details>');
  return lines.join('\n');
}

function warningsSection(r: RunReport): string | null {
  const w = r.run.warnings;
  if (!w.length) return null;
  return ['### Input problems (counted, not fatal)', '', ...w.slice(0, 50).map((x) => `- ${mdCode(x.code, 40)} ×${fmt.num(x.count)}: ${mdText(x.message, 300)}`), w.length > 50 ? `- … ${w.length - 50} more kinds in the JSON report.` : ''].filter(Boolean).join('\n');
}

function footer(r: RunReport): string {
  return `<sub>loadgen-gate ${mdText(r.tool.version, 20)}, report schema v${r.schemaVersion}. Slopes are Theil–Sen with Sen's CI (Hamed–Rao corrected); p is a one-sided Mann–Kendall test; "vs peers" subtracts the per-block median of the other busy vats.</sub>`;
}
