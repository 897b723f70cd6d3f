/**
 * Markdown summary of a RunReport: verdict first, then the per-vat table, the c-list table and
 * attribution sentences, charts for failing/top-growing vats, the delivery-time breakdown, and
 * input warnings. Every string that came from an artifact goes through `mdText`/`mdCode`.
 * Returned as prioritized sections so a size budget can drop detail first (never silently).
 */
import { markdownTable } from 'markdown-table';
import type { Level, RunReport, VatReport } from '../shared/report-schema.js';
import { htmlText, mdText, mdCode } from './escape.js';
import { xyChart } from './mermaid.js';
import { groupDigits } from '../shared/number-format.js';

export interface Section {
  id: string;
  markdown: string;
  /** Lower = dropped first when the output must shrink. */
  priority: number;
}

const ICON: Record<Level, string> = { fail: '❌', warn: '⚠️', pass: '✅', neutral: '➖' };
const us = (s: number | null | undefined) => (s === null || s === undefined || !Number.isFinite(s) ? '—' : (s * 1e6).toFixed(2));
const ms = (s: number | null | undefined) => (s === null || s === undefined || !Number.isFinite(s) ? '—' : (s * 1e3).toFixed(2));
const num = (n: number | null | undefined, d = 0) => (n === null || n === undefined || !Number.isFinite(n) ? '—' : groupDigits(n, d));
const ratio = (n: number | null | undefined) => (n === null || n === undefined || !Number.isFinite(n) ? '—' : `×${n.toFixed(2)}`);
const pval = (p: number | null | undefined) => (p === null || p === undefined ? '—' : p < 1e-4 ? p.toExponential(1) : p.toPrecision(2));
export const vatLabel = (v: { vatID: string; name: string | null }) => (v.name ? `${mdText(v.name, 60)} (${mdText(v.vatID, 12)})` : mdText(v.vatID, 12));
/** The same label inside raw HTML (a `<summary>`), where markdown escapes would show. */
const vatLabelHtml = (v: { vatID: string; name: string | null }) => (v.name ? `${htmlText(v.name, 60)} (${htmlText(v.vatID, 12)})` : htmlText(v.vatID, 12));

export interface RenderOptions {
  title?: string;
  /** Charts for at most this many vats. */
  maxCharts?: number;
  /** Rows of the delivery breakdown per vat. */
  maxMethodRows?: number;
}

export function renderSections(r: RunReport, opts: RenderOptions = {}): Section[] {
  const sections: Section[] = [];
  const title = opts.title ?? 'loadgen-gate';
  const failing = r.verdicts.filter((v) => v.level === 'fail');
  const warning = r.verdicts.filter((v) => v.level === 'warn');
  const names = [...new Set(failing.map((v) => vatLabel(v)))];
  const head = [
    `## ${ICON[r.verdict]} ${mdText(title, 80)}: **${r.verdict.toUpperCase()}**`,
    '',
    failing.length
      ? `${failing.length} regression(s) in ${names.join(', ')}.`
      : warning.length
        ? `No regression; ${warning.length} warning(s).`
        : 'No growth regression found.',
    '',
    runLine(r),
    baselineLine(r),
  ];
  const rebuilt = translationsLine(r);
  if (rebuilt) head.push(rebuilt);
  sections.push({ id: 'verdict', markdown: head.join('\n'), priority: 100 });

  const flagged = r.verdicts.filter((v) => v.level === 'fail' || v.level === 'warn');
  if (flagged.length) {
    const rows = flagged.map((v) => [ICON[v.level], vatLabel(v), mdCode(v.metric, 40), mdText(v.message, 400)]);
    sections.push({ id: 'verdicts', markdown: `### Findings\n\n${markdownTable([['', 'vat', 'metric', 'why'], ...rows])}`, priority: 95 });
  }

  const attributions = r.vats.filter((v) => v.clist?.attribution && isFlagged(r, v.vatID));
  if (attributions.length) {
    sections.push({
      id: 'attribution',
      markdown: `### Who keeps the objects\n\n${attributions.map((v) => `- ${mdText(v.clist!.attribution!, 600)}`).join('\n')}`,
      priority: 90,
    });
  }

  sections.push({ id: 'vats', markdown: vatTable(r), priority: 80 });
  const clist = clistTable(r);
  if (clist) sections.push({ id: 'clist', markdown: clist, priority: 70 });
  sections.push({ id: 'charts', markdown: charts(r, opts.maxCharts ?? 4), priority: 30 });
  sections.push({ id: 'deliveries', markdown: deliveryBreakdown(r, opts.maxMethodRows ?? 8), priority: 40 });
  const warn = warningsSection(r);
  if (warn) sections.push({ id: 'warnings', markdown: warn, priority: 60 });
  sections.push({ id: 'footer', markdown: footer(r), priority: 99 });
  return sections.filter((s) => s.markdown);
}

export function renderMarkdown(r: RunReport, opts: RenderOptions = {}): string {
  return renderSections(r, opts).map((s) => s.markdown).join('\n\n') + '\n';
}

function isFlagged(r: RunReport, vatID: string): boolean {
  return r.verdicts.some((v) => v.vatID === vatID && (v.level === 'fail' || v.level === 'warn'));
}

function runLine(r: RunReport): string {
  const br = r.run.blockRange;
  const axis = r.run.xAxis === 'blockHeight' ? 'block height' : r.run.xAxis === 'runBlockHeight' ? 'run block height' : 'delivery ordinal (no block events in the slog)';
  const slogs = r.run.files.filter((f) => f.kind === 'slog').length;
  const snaps = r.run.files.filter((f) => f.kind === 'storage').length;
  const range = br ? `${axis} ${num(br[0])}–${num(br[1])}` : `x-axis: ${axis}`;
  return `Run: ${slogs} slog file(s), ${snaps} kernel-DB snapshot(s), ${range}${r.run.cycles !== null ? `, ${num(r.run.cycles)} loadgen cycles` : ''}.`;
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
  const where = p?.runId ? `run ${mdText(String(p.runId), 20)}${p.headSha ? ` @ ${mdCode(p.headSha.slice(0, 12), 20)}` : ''}${p.ageHours !== undefined ? `, ${p.ageHours.toFixed(0)} h old` : ''}` : mdText(p?.path ?? 'file', 120);
  return `Baseline: ${where}.`;
}

function levelFor(r: RunReport, vatID: string, prefix: string): Level | null {
  const vs = r.verdicts.filter((v) => v.vatID === vatID && v.metric.startsWith(prefix));
  if (!vs.length) return null;
  return vs.reduce<Level>((w, v) => (rank(v.level) > rank(w) ? v.level : w), 'neutral');
}
const rank = (l: Level) => ({ neutral: 0, pass: 1, warn: 2, fail: 3 })[l];

function interesting(v: VatReport): boolean {
  return (v.boyd?.count ?? 0) > 0 || (v.clist?.delta ? v.clist.delta.exports !== 0 || v.clist.delta.imports !== 0 : false);
}

function vatTable(r: RunReport): string {
  const vats = r.vats.filter(interesting);
  const rows = vats.map((v) => {
    const b = v.boyd;
    const boydLevel = levelFor(r, v.vatID, 'boyd');
    return [
      vatLabel(v),
      boydLevel ? ICON[boydLevel] : '',
      num(b?.count),
      `${ms(b?.firstMean)} → ${ms(b?.lastMean)}`,
      us(b?.slopePerBlock),
      b?.slopeCI ? `[${us(b.slopeCI[0])}, ${us(b.slopeCI[1])}]` : '—',
      pval(b?.pValue),
      us(b?.commonModeCorrected?.slopePerBlock),
      ratio(v.heap?.growth),
    ];
  });
  const hidden = r.vats.length - vats.length;
  const alpha = Number((r.policy as { boyd?: { alpha?: number } }).boyd?.alpha ?? 0.05);
  const ciLabel = `${+(100 * (1 - alpha)).toFixed(1)}% CI`;
  return [
    '### BOYD time per vat',
    '',
    markdownTable([['vat', '', 'BOYDs', 'ms first → last', 'µs/block (Sen)', ciLabel, 'MK p', 'µs/block vs peers', 'heap'], ...rows], { align: ['l', 'c', 'r', 'r', 'r', 'r', 'r', 'r', 'r'] }),
    hidden > 0 ? `\n${hidden} idle vat(s) without BOYDs or c-list change not shown.` : '',
  ].join('\n');
}

function clistTable(r: RunReport): string | null {
  const vats = r.vats.filter((v) => v.clist?.delta && (v.clist.delta.exports !== 0 || v.clist.delta.imports !== 0 || isFlagged(r, v.vatID)));
  if (!vats.length) return null;
  const rows = vats.map((v) => {
    const c = v.clist!;
    const snaps = c.snapshots;
    const first = snaps[0];
    const last = snaps[snaps.length - 1];
    const tot = (s: typeof first) => s.exports.reachable + s.exports.recognizableOnly + s.imports.reachable + s.imports.recognizableOnly;
    const weak = (s: typeof first) => s.exports.recognizableOnly + s.imports.recognizableOnly;
    const start = snaps.length >= 2 ? `${num(tot(first))} (stage ${first.stage})` : c.series?.start ? num(c.series.start.exports + c.series.start.imports) : '—';
    const end = snaps.length >= 2 ? `${num(tot(last))} (stage ${last.stage})` : c.series?.end ? num(c.series.end.exports + c.series.end.imports) : '—';
    const d = c.delta!;
    const lvl = levelFor(r, v.vatID, 'clist');
    return [
      vatLabel(v),
      lvl ? ICON[lvl] : '',
      start,
      end,
      `${d.exports >= 0 ? '+' : ''}${num(d.exports)} / ${d.imports >= 0 ? '+' : ''}${num(d.imports)}`,
      num(d.perBlock, 2),
      d.perCycle !== null ? num(d.perCycle, 2) : '—',
      snaps.length ? num(weak(last)) : num((c.series?.end?.recognizableOnlyImports ?? 0) + (c.series?.end?.recognizableOnlyExports ?? 0)),
      c.series ? num(c.series.slopePerBlock, 2) : '—',
    ];
  });
  return [
    '### C-list (object table) growth',
    '',
    markdownTable([['vat', '', 'start', 'end', 'Δ exports / imports', 'per block', 'per cycle', 'recognizable-only', 'slog slope /block'], ...rows], { align: ['l', 'c', 'r', 'r', 'r', 'r', 'r', 'r', 'r'] }),
  ].join('\n');
}

function charts(r: RunReport, max: number): string {
  const ranked = r.vats
    .filter((v) => (v.boyd?.chart.length ?? 0) >= 3)
    .sort((a, b) => rank(levelFor(r, b.vatID, 'boyd') ?? 'neutral') - rank(levelFor(r, a.vatID, 'boyd') ?? 'neutral') || (b.boyd!.relativeRise ?? 0) - (a.boyd!.relativeRise ?? 0))
    .slice(0, max);
  const clistVats = r.vats.filter((v) => (levelFor(r, v.vatID, 'clist') === 'fail' || levelFor(r, v.vatID, 'clist') === 'warn') && (v.clist?.series?.chart.length ?? 0) >= 2).slice(0, max);
  if (!ranked.length && !clistVats.length) return '';
  const parts = ['### Charts', ''];
  for (const v of ranked) {
    const pts = v.boyd!.chart;
    parts.push(`<details${levelFor(r, v.vatID, 'boyd') === 'fail' ? ' open' : ''}><summary>BOYD ms vs block: ${vatLabelHtml(v)}</summary>\n`);
    parts.push(xyChart({ title: `BOYD ms, ${v.name ?? v.vatID}`, xLabel: r.run.xAxis === 'deliveryOrdinal' ? 'delivery' : 'block height', yLabel: 'ms', series: [{ name: 'BOYD', x: pts.map((p) => p[0]), y: pts.map((p) => p[1] * 1e3) }] }));
    parts.push('\n</details>\n');
  }
  for (const v of clistVats) {
    const pts = v.clist!.series!.chart;
    parts.push(`<details><summary>c-list entries vs block: ${vatLabelHtml(v)}</summary>\n`);
    parts.push(xyChart({ title: `c-list objects, ${v.name ?? v.vatID}`, xLabel: 'block height', yLabel: 'entries', series: [{ name: 'entries', x: pts.map((p) => p[0]), y: pts.map((p) => p[1]) }] }));
    parts.push('\n</details>\n');
  }
  return parts.join('\n');
}

function deliveryBreakdown(r: RunReport, maxRows: number): string {
  const u = r.run.utilization;
  const total = u.deliverySeconds;
  const lines = ['<details><summary>Delivery time breakdown</summary>', ''];
  const util = u.swingsetSeconds !== null && u.wallSeconds ? ` Swingset ran ${num(u.swingsetSeconds, 1)} s of ${num(u.wallSeconds, 1)} s wall time (${num((100 * u.swingsetSeconds) / u.wallSeconds, 0)}%).` : '';
  lines.push(`Deliveries took ${num(total, 1)} s in all.${util}`, '');
  lines.push(markdownTable([['kind', 'count', 'seconds', 'share'], ...u.byKind.map((k) => [mdCode(k.kind, 40), num(k.count), num(k.seconds, 2), `${num(k.share * 100, 1)}%`])], { align: ['l', 'r', 'r', 'r'] }));
  const rows: string[][] = [];
  for (const v of r.vats) {
    for (const k of v.deliveryKinds.slice(0, maxRows)) {
      rows.push([vatLabel(v), k.method !== undefined ? `${mdCode(k.kind, 30)} ${mdCode(k.method, 60)}` : mdCode(k.kind, 30), num(k.count), num(k.totalSeconds, 3), `${ms(k.meanFirst100)} → ${ms(k.meanLast100)}`, `${ms(k.fittedFirst)} → ${ms(k.fittedLast)}`]);
    }
  }
  if (rows.length) {
    lines.push('', 'Per vat, kind and method (mean of the first and last 100; OLS fit at the first and last block), in ms:', '');
    lines.push(markdownTable([['vat', 'delivery', 'count', 'total s', 'mean first → last 100', 'fitted first → last'], ...rows], { align: ['l', 'l', 'r', 'r', 'r', 'r'] }));
  }
  lines.push('', '</details>');
  return lines.join('\n');
}

function warningsSection(r: RunReport): string | null {
  const w = r.run.warnings;
  if (!w.length) return null;
  return ['### Input problems (counted, not fatal)', '', ...w.map((x) => `- ${mdCode(x.code, 40)} ×${num(x.count)}: ${mdText(x.message, 300)}`)].join('\n');
}

function footer(r: RunReport): string {
  return `<sub>loadgen-gate ${mdText(r.tool.version, 20)}, report schema v${r.schemaVersion}. Slopes are Theil–Sen with Sen's CI (Hamed–Rao corrected); p is a one-sided Mann–Kendall test; "vs peers" subtracts the per-block median of the other busy vats.</sub>`;
}
