/**
 * RunReport → one history entry. A report is JSON from a file or an artifact, possibly written by
 * an older or newer loadgen-gate: every field is read defensively, and a metric the report does
 * not give is missing (null), never a guess.
 *
 * Per vat: the BOYD slope (per block only: a slope per delivery, on a run without block events,
 * is another quantity), the BOYD level (median of the chart's points: robust to the edges), the
 * BOYDs counted, heap growth, c-list growth per block by kind (from the kernel-DB snapshots when
 * two have heights, else from the slog replay), the promise entries at the end, and the mean time
 * per delivery of each kind delivered at least {@link MIN_KIND_COUNT} times.
 */
import type { RunReport } from '../shared/report-schema.js';
import { compactNumber, type HistoryEntry, type HistoryRunInfo, type HistoryVatRow } from './format.js';
import { FIXED_METRICS, TIME_PREFIX } from './metrics.js';

/** Fewer deliveries of a kind than this in a run: no time for that kind (a mean of 3 is noise). */
export const MIN_KIND_COUNT = 10;
/** At most this many delivery kinds per vat (the most frequent). */
const MAX_KINDS = 12;

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** What the report says about its run. `label` names a run without an id (e.g. its file name). */
export function runInfoOf(report: RunReport, label?: string): HistoryRunInfo {
  const p = obj(report.provenance) ?? {};
  const id = num(p.runId);
  const attempt = num((p as Obj).runAttempt);
  return {
    id: id !== null && Number.isSafeInteger(id) && id >= 0 ? id : null,
    attempt: attempt !== null && Number.isSafeInteger(attempt) && attempt >= 1 ? attempt : null,
    sha: str(p.headSha) && /^[0-9a-f]{7,64}$/i.test(p.headSha as string) ? (p.headSha as string) : null,
    time: validTime(p.createdAt) ?? validTime(report.generatedAt),
    url: str(p.url) && /^https?:\/\/[^\s]+$/.test(p.url as string) ? (p.url as string) : null,
    branch: str(p.branch),
    label: label ?? null,
    verdict: str(report.verdict),
  };
}

const validTime = (v: unknown): string | null => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(Date.parse(v)).toISOString() : null);

/** The entry for `report`. */
export function entryFromReport(report: RunReport, label?: string): HistoryEntry {
  const perBlock = obj(report.run)?.xAxis !== 'deliveryOrdinal';
  const rows: Array<{ vatID: string; name: string | null; values: Map<string, number | null> }> = [];
  const kindsSeen = new Set<string>();
  for (const raw of Array.isArray(report.vats) ? report.vats : []) {
    const v = obj(raw);
    const vatID = str(v?.vatID);
    if (!v || !vatID) continue;
    const values = vatValues(v, perBlock);
    for (const k of values.keys()) if (k.startsWith(TIME_PREFIX)) kindsSeen.add(k);
    if ([...values.values()].some((x) => x !== null)) rows.push({ vatID, name: str(v.name), values });
  }
  const metrics = [...FIXED_METRICS, ...[...kindsSeen].sort()];
  const vats: HistoryVatRow[] = rows.map((r) => [r.vatID, r.name, metrics.map((m) => compactNumber(r.values.get(m) ?? null))]);
  return { run: runInfoOf(report, label), metrics, vats };
}

function vatValues(v: Obj, perBlock: boolean): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const boyd = obj(v.boyd);
  if (boyd) {
    out.set('boyd-slope', perBlock ? num(boyd.slopePerBlock) : null);
    out.set('boyd-level', boydLevel(boyd));
    out.set('boyd-count', num(boyd.count));
  }
  out.set('heap-growth', num(obj(v.heap)?.growth));
  for (const [k, x] of Object.entries(clistRates(obj(v.clist), perBlock))) out.set(k, x);
  for (const [kind, t] of kindTimes(v.deliveryKinds)) out.set(`${TIME_PREFIX}${kind}`, t);
  return out;
}

/** Median of the BOYD chart's points (bucket means), else the mean of the first and last samples. */
function boydLevel(b: Obj): number | null {
  const ys = (Array.isArray(b.chart) ? b.chart : []).map((p) => (Array.isArray(p) ? num(p[1]) : null)).filter((y): y is number => y !== null);
  if (ys.length) {
    ys.sort((a, c) => a - c);
    const h = ys.length >> 1;
    return ys.length % 2 ? ys[h]! : (ys[h - 1]! + ys[h]!) / 2;
  }
  const first = num(b.firstMean);
  const last = num(b.lastMean);
  return first !== null && last !== null ? (first + last) / 2 : (first ?? last);
}

interface Counts {
  height: number | null;
  exports: number | null;
  imports: number | null;
  recognizableOnly: number | null;
  promises: number | null;
}

const sum = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);
const split = (s: unknown): number | null => {
  const o = obj(s);
  return o ? sum(num(o.reachable), num(o.recognizableOnly)) : null;
};

/** Growth per block of each c-list kind, and the promise entries at the end. */
function clistRates(c: Obj | null, perBlock: boolean): Record<string, number | null> {
  const out: Record<string, number | null> = { 'clist-exports': null, 'clist-imports': null, 'clist-recognizable-only': null, 'clist-promises': null, 'promise-entries': null };
  if (!c) return out;
  const snaps: Counts[] = (Array.isArray(c.snapshots) ? c.snapshots : []).map((s) => {
    const o = obj(s) ?? {};
    const ro = sum(num(obj(o.exports)?.recognizableOnly), num(obj(o.imports)?.recognizableOnly));
    return { height: num(o.height), exports: split(o.exports), imports: split(o.imports), recognizableOnly: ro, promises: num(o.promises) };
  });
  const series = obj(c.series);
  const point = (p: unknown): Counts | null => {
    const o = obj(p);
    if (!o) return null;
    return {
      height: num(o.height),
      exports: num(o.exports),
      imports: num(o.imports),
      recognizableOnly: sum(num(o.recognizableOnlyImports), num(o.recognizableOnlyExports)),
      // Written by newer reports (the promise c-list series); absent before.
      promises: num(o.promises),
    };
  };
  const last = snaps.length ? snaps[snaps.length - 1]! : null;
  out['promise-entries'] = last?.promises ?? point(series?.end)?.promises ?? null;
  let a: Counts | null = null;
  let b: Counts | null = null;
  const withHeights = snaps.filter((s) => s.height !== null);
  if (withHeights.length >= 2 && withHeights[withHeights.length - 1]!.height! > withHeights[0]!.height!) {
    a = withHeights[0]!;
    b = withHeights[withHeights.length - 1]!;
  } else if (series && series.xAxis !== 'deliveryOrdinal') {
    a = point(series.start);
    b = point(series.end);
  }
  if (!perBlock || !a || !b || a.height === null || b.height === null || !(b.height > a.height)) return out;
  const blocks = b.height - a.height;
  const rate = (x: number | null, y: number | null) => (x === null || y === null ? null : (y - x) / blocks);
  out['clist-exports'] = rate(a.exports, b.exports);
  out['clist-imports'] = rate(a.imports, b.imports);
  out['clist-recognizable-only'] = rate(a.recognizableOnly, b.recognizableOnly);
  out['clist-promises'] = rate(a.promises, b.promises);
  return out;
}

/** Mean seconds per delivery of each kind (all methods of `message` together). */
function kindTimes(list: unknown): Array<[string, number]> {
  const by = new Map<string, { count: number; seconds: number }>();
  for (const raw of Array.isArray(list) ? list : []) {
    const k = obj(raw);
    const kind = str(k?.kind);
    const count = num(k?.count);
    const seconds = num(k?.totalSeconds);
    if (!kind || !/^[A-Za-z0-9]{1,40}$/.test(kind) || count === null || seconds === null || count <= 0) continue;
    const t = by.get(kind) ?? { count: 0, seconds: 0 };
    t.count += count;
    t.seconds += seconds;
    by.set(kind, t);
  }
  return [...by]
    .filter(([, t]) => t.count >= MIN_KIND_COUNT)
    .sort((x, y) => y[1].count - x[1].count)
    .slice(0, MAX_KINDS)
    .map(([kind, t]) => [kind, t.seconds / t.count]);
}
