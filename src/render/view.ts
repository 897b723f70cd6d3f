/**
 * What every rendering of a report shows (markdown, terminal text, HTML), computed once and in
 * time linear (or n log n) in vats and verdicts: the level of each vat per metric family, the rows
 * of the verdict table (one per vat and metric, a `*-vs-baseline` or `*-vs-band` verdict merged
 * into the row of the metric it compares), one plain sentence per flagged vat, what was checked,
 * the vats without enough data, and the next steps.
 *
 * Text that came from an artifact (vat names and IDs) stays raw here, inside `{ vat }` segments:
 * each renderer escapes it for its own medium. Every other string is built here from numbers and
 * fixed words and needs no escaping beyond HTML's `& < >`.
 */
import type { ImportGraphEdge, Level, RunReport, VatReport, Verdict } from '../shared/report-schema.js';
import { groupDigits } from '../shared/number-format.js';
import { plainText } from './escape.js';

export interface VatRef {
  vatID: string;
  name: string | null;
}
/** A piece of display text: our own words, or a vat whose name must be escaped by the renderer. */
export type Seg = string | { vat: VatRef };

export const RANK: Record<Level, number> = { neutral: 0, pass: 1, warn: 2, fail: 3 };
const worse = (a: Level | undefined, b: Level): Level => (a === undefined || RANK[b] > RANK[a] ? b : a);

/** `boyd`, `clist`, or the metric's first word: the family a verdict's rule belongs to. */
export function familyOf(metric: string): string {
  if (metric.startsWith('boyd')) return 'boyd';
  if (metric.startsWith('clist')) return 'clist';
  if (metric.startsWith('heap')) return 'heap';
  return metric.split('-')[0] ?? metric;
}
/** The metric a comparison verdict compares: `boyd-slope-vs-baseline` → `boyd-slope`. */
export const baseMetric = (metric: string): string => (metric.endsWith('-vs-baseline') ? metric.slice(0, -12) : metric.endsWith('-vs-band') ? metric.slice(0, -8) : metric);

/** Per vat: the worst level of each metric family, and of all; one pass over the verdicts. */
export function levelsByVat(r: RunReport): Map<string, Map<string, Level>> {
  const out = new Map<string, Map<string, Level>>();
  for (const v of r.verdicts) {
    let m = out.get(v.vatID);
    if (!m) out.set(v.vatID, (m = new Map()));
    const f = familyOf(v.metric);
    m.set(f, worse(m.get(f), v.level));
    m.set('*', worse(m.get('*'), v.level));
  }
  return out;
}

export const isFlaggedLevel = (l: Level | null | undefined): boolean => l === 'fail' || l === 'warn';

// ---- number formats (output only [0-9.,+−×→ µmsa-z/%—] and spaces) ----
const fin = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);
export const fmt = {
  ms: (s: number | null | undefined) => (fin(s) ? groupDigits(s * 1e3, 2) : '—'),
  ms1: (s: number | null | undefined) => (fin(s) ? groupDigits(s * 1e3, s * 1e3 >= 10 ? 0 : 1) : '—'),
  us: (s: number | null | undefined) => (fin(s) ? groupDigits(s * 1e6, 2) : '—'),
  num: (n: number | null | undefined, d = 0) => (fin(n) ? groupDigits(n, d) : '—'),
  signed: (n: number | null | undefined, d = 0) => (fin(n) ? `${n > 0 ? '+' : n < 0 ? '−' : '±'}${groupDigits(Math.abs(n), d)}` : '—'),
  ratio: (n: number | null | undefined) => (fin(n) ? `×${n.toFixed(2)}` : '—'),
  p: (p: number | null | undefined) => (!fin(p) ? '—' : p < 1e-4 ? p.toExponential(1) : p.toPrecision(2)),
  pct: (n: number | null | undefined) => (fin(n) ? `${n > 0 ? '+' : n < 0 ? '−' : '±'}${groupDigits(Math.abs(n) * 100, Math.abs(n) >= 0.1 ? 0 : 1)}%` : '—'),
};

/** The unit a verdict's numbers are in: the verdict's own, else the one its metric implies. */
export function unitOf(v: Verdict, r: RunReport): string {
  if (v.unit) return v.unit;
  const per = r.run.xAxis === 'deliveryOrdinal' ? 'delivery' : 'block';
  if (v.metric.startsWith('boyd-slope')) return `s/${per}`;
  if (/^clist(-[a-z]+)?-vs-(baseline|band)$/.test(v.metric)) return 'entries/block';
  if (v.metric.startsWith('clist')) return 'entries';
  return '';
}

/** A value in its unit, shown the way people read it (seconds per block as µs/block). */
export function withUnit(n: number | null | undefined, unit: string, signed = false): string {
  const sgn = (s: string) => (signed && fin(n) && n > 0 ? `+${s}` : signed && fin(n) && n < 0 ? `−${s.replace(/^-/, '')}` : s);
  if (!fin(n)) return '—';
  let m: RegExpExecArray | null;
  if ((m = /^s\/(block|delivery)$/.exec(unit))) return `${sgn(fmt.us(n))} µs/${m[1]}`;
  if (unit === 's') return `${sgn(fmt.ms(n))} ms`;
  if (unit === 'entries/block') return `${sgn(groupDigits(n, 2))}/block`;
  if (unit === 'entries') return sgn(groupDigits(n, 0));
  if (unit === 'ratio') return `×${n.toFixed(2)}`;
  return `${sgn(groupDigits(n, Math.abs(n) >= 100 ? 0 : 2))}${unit ? ` ${unit}` : ''}`;
}

const METRIC_WORDS: Record<string, string> = {
  'boyd-slope': 'BOYD time slope',
  'clist-exports': 'c-list exports',
  'clist-imports': 'c-list imports',
  'clist-promises': 'c-list promises',
  clist: 'c-list growth rate',
  'clist-vs-baseline': 'c-list growth rate',
  'clist-vs-band': 'c-list growth rate',
  'heap-growth': 'heap growth',
};
export const metricWords = (metric: string): string => METRIC_WORDS[metric] ?? metric.replace(/-/g, ' ');

export interface Row {
  vat: VatRef;
  /** The metric the row is about (comparison suffixes removed). */
  metric: string;
  level: Level;
  /** A passing check with nothing to see (no change, no reference): summed up in one line. */
  quiet: boolean;
  /** The row's cells, formatted on first use (a report lists only some of its rows). */
  cells(): RowCells;
}

export interface RowCells {
  thisRun: string;
  reference: string;
  delta: string;
  limit: string;
}

/** Side of a c-list metric, for start/end counts. */
function clistSpan(v: VatReport | undefined, side: 'exports' | 'imports'): { start: number; end: number } | null {
  const c = v?.clist;
  if (!c) return null;
  const s = c.snapshots;
  if (s.length >= 2) {
    const tot = (i: number) => s[i]![side].reachable + s[i]![side].recognizableOnly;
    return { start: tot(0), end: tot(s.length - 1) };
  }
  if (c.series?.start && c.series.end) return { start: c.series.start[side], end: c.series.end[side] };
  return null;
}

function thisRunText(v: Verdict, vat: VatReport | undefined, unit: string): string {
  if (v.metric === 'boyd-slope') {
    const b = vat?.boyd;
    return `${withUnit(b?.slopePerBlock ?? v.value, unit)}${b && fin(b.firstMean) && fin(b.lastMean) ? ` (${fmt.ms(b.firstMean)} → ${fmt.ms(b.lastMean)} ms)` : ''}`;
  }
  const side = /^clist-(exports|imports)$/.exec(v.metric)?.[1] as 'exports' | 'imports' | undefined;
  if (side) {
    const span = clistSpan(vat, side);
    return span ? `${fmt.num(span.start)} → ${fmt.num(span.end)} (${fmt.signed(span.end - span.start)})` : withUnit(v.value, unit, true);
  }
  return withUnit(v.value, unit, unit === 'entries');
}

function limitText(v: Verdict, unit: string): string {
  if (v.threshold === null || !fin(v.threshold)) return '—';
  if (v.metric === 'boyd-slope-vs-baseline') return `Δ > ${fmt.num(v.threshold, 1)} σ`;
  if (/-vs-(baseline|band)$/.test(v.metric)) return `Δ > ${withUnit(v.threshold, unit)}`;
  if (v.metric.startsWith('boyd-slope')) return `> ${withUnit(v.threshold, unit)}`;
  if (unit === 'entries') return `≥ +${fmt.num(v.threshold)}`;
  return `> ${withUnit(v.threshold, unit)}`;
}

function referenceText(v: Verdict, unit: string): string {
  const ref = v.reference;
  if (!ref) return '—';
  const val = withUnit(ref.value, unit);
  if (ref.kind === 'band') return `${val}${fin(ref.spread) ? ` ± ${withUnit(ref.spread, unit).replace(/^[+−]/, '')}` : ''} (band${ref.runs ? ` of ${ref.runs} runs` : ''})`;
  return `${val} (baseline)`;
}

function deltaText(v: Verdict, unit: string): string {
  const ref = v.reference;
  if (!ref || !fin(v.value)) return '—';
  const rel = fin(ref.value) && Math.abs(ref.value) > 1e-12 ? ` (${fmt.pct(v.value / Math.abs(ref.value))})` : '';
  return `${withUnit(v.value, unit, true)}${rel}`;
}

/**
 * One row per vat and metric, most severe first, then by vat order; neutral verdicts (nothing to
 * judge) are not rows. A comparison verdict fills the reference and Δ of its metric's row; a
 * comparison without a row of its own metric is a row of its own. One pass over the verdicts and
 * one sort; the cells are formatted only for the rows a rendering shows.
 */
export function verdictRows(r: RunReport, vatByID: Map<string, VatReport>): Row[] {
  type Acc = { vat: VatRef; metric: string; level: Level; quiet: boolean; order: number; verdicts: Verdict[] };
  const out: Acc[] = [];
  const byVat = new Map<string, Map<string, Acc>>();
  for (const v of r.verdicts) {
    if (v.level === 'neutral') continue;
    const base = baseMetric(v.metric);
    const metric = base === 'clist' ? v.metric : base;
    let rows = byVat.get(v.vatID);
    if (!rows) byVat.set(v.vatID, (rows = new Map()));
    let row = rows.get(metric);
    if (!row) {
      rows.set(metric, (row = { vat: { vatID: v.vatID, name: v.name }, metric, level: v.level, quiet: true, order: out.length, verdicts: [] }));
      out.push(row);
    }
    row.level = worse(row.level, v.level);
    // A c-list check that passed with no change, against nothing or against a reference of no change.
    const still = v.level === 'pass' && v.metric.startsWith('clist') && v.value === 0 && (!v.reference || v.reference.value === 0);
    if (!still) row.quiet = false;
    row.verdicts.push(v);
  }
  out.sort((a, b) => RANK[b.level] - RANK[a.level] || a.order - b.order);
  return out.map((acc) => {
    let cells: RowCells | undefined;
    return { vat: acc.vat, metric: acc.metric, level: acc.level, quiet: acc.quiet, cells: () => (cells ??= rowCells(r, acc.verdicts, vatByID.get(acc.vat.vatID))) };
  });
}

function rowCells(r: RunReport, vs: Verdict[], vat: VatReport | undefined): RowCells {
  let thisRun = '—';
  const refs: string[] = [];
  const deltas: string[] = [];
  const limits: string[] = [];
  for (const v of vs) {
    const base = baseMetric(v.metric);
    const unit = unitOf(v, r);
    if (base !== v.metric) {
      refs.push(referenceText(v, unit));
      deltas.push(deltaText(v, unit));
      if (thisRun === '—' && v.reference && fin(v.reference.value) && fin(v.value)) {
        thisRun = base === 'boyd-slope' && vat?.boyd ? thisRunText({ ...v, metric: 'boyd-slope' }, vat, unit) : withUnit(v.reference.value + v.value, unit);
      }
    } else {
      thisRun = thisRunText(v, vat, unit);
    }
    limits.push(limitText(v, unit));
  }
  return { thisRun, reference: refs.join('; ') || '—', delta: deltas.join('; ') || '—', limit: limits.filter((l) => l !== '—').join('; ') || '—' };
}

/** Importers of `vatID`'s objects (or exporters of what it imports) at the last stage of the graph. */
function edgesAtLastStage(graph: ImportGraphEdge[]): { byExporter: Map<string, ImportGraphEdge[]>; byImporter: Map<string, ImportGraphEdge[]> } {
  let last = -Infinity;
  for (const e of graph) if (e.stage > last) last = e.stage;
  const byExporter = new Map<string, ImportGraphEdge[]>();
  const byImporter = new Map<string, ImportGraphEdge[]>();
  for (const e of graph) {
    if (e.stage !== last) continue;
    (byExporter.get(e.exporter) ?? byExporter.set(e.exporter, []).get(e.exporter)!).push(e);
    (byImporter.get(e.importer) ?? byImporter.set(e.importer, []).get(e.importer)!).push(e);
  }
  return { byExporter, byImporter };
}

export interface Grew {
  vat: VatRef;
  level: Level;
  sentence: Seg[];
  /** The policy sections that explain the rules it was flagged by. */
  docs: DocSection[];
}

export interface ReportView {
  vatByID: Map<string, VatReport>;
  levels: Map<string, Map<string, Level>>;
  rows: Row[];
  grew: Grew[];
  /** Vats with some BOYDs but too few to judge, and why (one line in every rendering). */
  thin: Array<{ vat: VatRef; boyds: number }>;
  thinReason: string | null;
  checked: string;
  /** "2 of 9 vats grew" / "no vat grew" */
  count: string;
}

const refOf = (v: { vatID: string; name: string | null }): VatRef => ({ vatID: v.vatID, name: v.name });

export function buildView(r: RunReport): ReportView {
  const vatByID = new Map(r.vats.map((v) => [v.vatID, v] as const));
  const levels = levelsByVat(r);
  const rows = verdictRows(r, vatByID);
  const graph = edgesAtLastStage(r.importGraph ?? []);
  const nameOf = (id: string): VatRef => refOf(vatByID.get(id) ?? { vatID: id, name: null });

  // Who grew: vats with a failing or warning verdict, failing ones first, each once.
  const flaggedVerdicts = new Map<string, Verdict[]>();
  for (const v of r.verdicts) if (isFlaggedLevel(v.level)) (flaggedVerdicts.get(v.vatID) ?? flaggedVerdicts.set(v.vatID, []).get(v.vatID)!).push(v);
  const grew: Grew[] = [];
  for (const [id, vs] of flaggedVerdicts) {
    const vat = vatByID.get(id);
    const level = levels.get(id)?.get('*') ?? 'warn';
    grew.push({ vat: vat ? refOf(vat) : refOf(vs[0]!), level, sentence: sentenceFor(r, vat, vs, graph, nameOf), docs: docsFor(vs) });
  }
  grew.sort((a, b) => RANK[b.level] - RANK[a.level]);

  const thinVerdicts = r.verdicts.filter((v) => v.metric === 'boyd-slope' && v.level === 'neutral');
  const thin = thinVerdicts.map((v) => ({ vat: refOf(v), boyds: vatByID.get(v.vatID)?.boyd?.count ?? 0 }));
  const reason = thinVerdicts[0]?.message.match(/need [^)]*/)?.[0] ?? null;

  const failVats = grew.filter((g) => g.level === 'fail').length;
  const warnVats = grew.length - failVats;
  const n = r.vats.length;
  const count =
    failVats > 0
      ? `${fmt.num(failVats)} of ${fmt.num(n)} vat${n === 1 ? '' : 's'} grew${warnVats ? `, ${fmt.num(warnVats)} more may have` : ''}`
      : warnVats > 0
        ? `no vat fails; ${fmt.num(warnVats)} of ${fmt.num(n)} may grow`
        : `no growth in ${fmt.num(n)} vat${n === 1 ? '' : 's'}`;
  return { vatByID, levels, rows, grew, thin, thinReason: reason, checked: checkedLine(r, thin.length), count };
}

function sentenceFor(r: RunReport, vat: VatReport | undefined, vs: Verdict[], graph: ReturnType<typeof edgesAtLastStage>, nameOf: (id: string) => VatRef): Seg[] {
  const parts: Seg[][] = [];
  const by = (m: string) => vs.find((v) => v.metric === m);
  const boyd = vat?.boyd;
  const boydV = vs.filter((v) => v.metric.startsWith('boyd'));
  if (boydV.length && boyd) {
    const blocks = fin(boyd.xFirst) && fin(boyd.xLast) ? boyd.xLast - boyd.xFirst + (r.run.xAxis === 'deliveryOrdinal' ? 0 : 1) : null;
    const per = r.run.xAxis === 'deliveryOrdinal' ? 'deliveries' : 'blocks';
    let s = `BOYD time ${fmt.ms1(boyd.firstMean)} → ${fmt.ms1(boyd.lastMean)} ms${blocks !== null ? ` over ${fmt.num(blocks)} ${per}` : ''}`;
    const onset = (boyd as { onset?: { height: number; stage: number | null } | null }).onset;
    if (onset && fin(onset.height)) s += `, rising since block ${fmt.num(onset.height)}${onset.stage !== null && onset.stage !== undefined ? ` (stage ${onset.stage})` : ''}`;
    const cmp = boydV.find((v) => v.reference && fin(v.reference.value) && fin(v.value));
    if (cmp) s += `, slope ${withUnit(cmp.reference!.value! + cmp.value!, unitOf(cmp, r))} against the ${cmp.reference!.kind}'s ${withUnit(cmp.reference!.value, unitOf(cmp, r))}`;
    if (boydV.every((v) => v.level !== 'fail')) s += ' (not certain)';
    parts.push([s]);
  }
  if (vat?.heap && fin(vat.heap.growth) && (boydV.length || vat.heap.growth >= 1.5)) parts.push([`heap ×${vat.heap.growth.toFixed(1)}`]);
  for (const side of ['exports', 'imports'] as const) {
    const v = by(`clist-${side}`);
    if (!v || !isFlaggedLevel(v.level)) continue;
    const span = clistSpan(vat, side);
    const pb = vat?.clist?.delta?.perBlock;
    const seg: Seg[] = [`c-list ${side} ${span ? `${fmt.num(span.start)} → ${fmt.num(span.end)}` : fmt.signed(v.value)}${fin(pb) ? ` (${fmt.num(pb, 2)}/block)` : ''}`];
    const edges = (side === 'exports' ? graph.byExporter : graph.byImporter).get(vat?.vatID ?? '') ?? [];
    const top = [...edges].sort((a, b) => b.total - a.total).slice(0, 2);
    // Who keeps the growing entries alive is the report's finding (clist.keptAliveBy); the import
    // graph gives the counts on the other side, reachable or recognizable-only.
    const other = (e: (typeof edges)[number]) => (side === 'exports' ? e.importer : e.exporter);
    const kept = vat?.clist?.keptAliveBy ?? [];
    if (kept.length) {
      seg.push('; kept alive by ');
      kept.slice(0, 2).forEach((id, i) => {
        if (i) seg.push(' and ');
        const e = edges.find((x) => other(x) === id);
        if (id === vat!.vatID) seg.push('itself');
        else seg.push({ vat: nameOf(id) }, e ? ` (${fmt.num(e.total)}${weakText(e)})` : '');
      });
    }
    const rest = top.filter((e) => !kept.includes(other(e)));
    if (rest.length) {
      seg.push(side === 'exports' ? (kept.length ? '; importers: ' : '; kept alive by ') : kept.length ? '; from ' : '; it keeps them itself, from ');
      rest.forEach((e, i) => {
        if (i) seg.push(' and ');
        seg.push({ vat: nameOf(other(e)) }, ` (${fmt.num(e.total)}${weakText(e)})`);
      });
    }
    parts.push(seg);
  }
  for (const v of vs) {
    if (v.metric.startsWith('boyd') || /^clist-(exports|imports)$/.test(v.metric)) continue;
    const unit = unitOf(v, r);
    parts.push([`${metricWords(baseMetric(v.metric))} ${v.reference ? `${withUnit(v.value, unit, true)} against the ${v.reference.kind}` : withUnit(v.value, unit, unit === 'entries')}`]);
  }
  const out: Seg[] = [];
  parts.forEach((p, i) => {
    if (i) out.push(', ');
    out.push(...p);
  });
  return out;
}

/** How many of an edge's imported objects are recognizable-only (WeakMap keys, or dropped but not retired). */
const weakText = (e: ImportGraphEdge) => (e.reachable >= e.total ? '' : e.reachable === 0 ? ', all recognizable-only' : `, ${fmt.num(e.total - e.reachable)} recognizable-only`);

function checkedLine(r: RunReport, thin: number): string {
  const busy = r.vats.filter((v) => (v.boyd?.count ?? 0) > 0).length;
  const snaps = r.run.files.filter((f) => f.kind === 'storage').length;
  let entries = 0;
  let withClist = 0;
  for (const v of r.vats) {
    const s = v.clist?.snapshots;
    if (s && s.length) {
      withClist++;
      const l = s[s.length - 1]!;
      entries += l.exports.reachable + l.exports.recognizableOnly + l.imports.reachable + l.imports.recognizableOnly;
    } else if (v.clist?.series) withClist++;
  }
  const blocks = r.run.blocks > 0 ? `${fmt.num(r.run.blocks)} blocks` : 'a run without block events';
  const judged = busy - thin;
  return (
    `Checked ${fmt.num(r.vats.length)} vats over ${blocks}: BOYD time of ${fmt.num(judged)} vat${judged === 1 ? '' : 's'} with enough BOYDs` +
    `, c-lists of ${fmt.num(withClist)} vat${withClist === 1 ? '' : 's'}${snaps ? ` in ${snaps} kernel-DB snapshot${snaps === 1 ? '' : 's'} (${fmt.num(entries)} object entries in the last)` : ' from the slog'}` +
    `${r.baseline.used ? ', against the baseline' : ''}.`
  );
}

export interface DocSection {
  file: string;
  anchor: string;
  title: string;
}

/** GitHub anchors of the policy sections that explain each rule. */
export const DOC_SECTIONS: Record<string, DocSection> = {
  boyd: { file: 'docs/policy.md', anchor: 'boyd-time-boyd-slope', title: 'BOYD time rule' },
  clist: { file: 'docs/policy.md', anchor: 'c-list-growth-clist-exports-clist-imports', title: 'c-list rule' },
  baseline: { file: 'docs/policy.md', anchor: 'against-the-baseline-boyd-slope-vs-baseline-clist-vs-baseline', title: 'baseline comparison' },
  band: { file: 'docs/policy.md', anchor: '', title: 'band of recent runs' },
};

/** The rule sections a vat's flagged verdicts point to. */
function docsFor(flagged: Verdict[]): DocSection[] {
  const keys = new Set<string>();
  for (const v of flagged) {
    if (v.metric.endsWith('-vs-baseline')) keys.add('baseline');
    else if (v.metric.endsWith('-vs-band')) keys.add('band');
    else if (familyOf(v.metric) === 'boyd' || familyOf(v.metric) === 'clist') keys.add(familyOf(v.metric));
  }
  return [...keys].map((k) => DOC_SECTIONS[k]!);
}

/**
 * The CLI command that reproduces this run's verdict locally, as argv words, cleaned of controls
 * and invisible characters (`plainText`); the renderer quotes them for the shell. From the report's provenance: the GitHub run's artifact through `gh run download`,
 * or the local path.
 */
export function reproduceCommand(r: RunReport): string[][] {
  return rawCommand(r).map((words) => words.map((w) => plainText(w, 300)));
}

function rawCommand(r: RunReport): string[][] {
  const p = r.provenance;
  const analyze = (dir: string) => ['npx', 'loadgen-gate', 'analyze', dir, ...(r.baseline.used ? ['--baseline', 'baseline-report.json'] : []), '--html', 'report.html'];
  if (p?.source === 'github-run' && p.runId !== undefined) {
    const repo = /^https:\/\/github\.com\/([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)\/actions\/runs\//.exec(p.url ?? '')?.[1];
    const dl = ['gh', 'run', 'download', String(p.runId), ...(repo ? ['-R', repo] : []), ...(p.artifact ? ['-n', p.artifact] : []), '-D', 'loadgen-run'];
    return [dl, analyze('loadgen-run')];
  }
  return [analyze(p?.path ?? '<run-dir>')];
}

/** POSIX shell quoting of one word: bare when it is plainly safe, else single-quoted. */
export const shellWord = (w: string): string => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`);
