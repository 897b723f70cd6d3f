/**
 * The numbers behind a vat's charts, shared by the mermaid charts of the summary and the SVG charts
 * of the HTML report:
 * - BOYD: the report's downsampled points; the fitted Theil–Sen line (Sen's intercept, the median
 *   of y − slope·x over those points), bent at the onset when the report has one (flat at the
 *   median before it, the after-onset slope from it); the band of lines with the slope's confidence
 *   limits through the median point; the median of the other busy vats at each point (peers); and
 *   the baseline's slope drawn from where this run's fit starts, when a baseline verdict gives it.
 * - c-list: exports, imports and recognizable-only entries at each kernel-DB snapshot.
 * Every function is linear (or n log n) in the points and peers it is given; callers pass a bounded
 * set of peers.
 */
import type { RunReport, VatReport, Verdict } from '../shared/report-schema.js';

export type Pt = [number, number];

export interface BoydChart {
  points: Pt[];
  trend: Pt[];
  /** Lower and upper lines of the slope's confidence band, at the trend's x values. */
  band: { lo: Pt[]; hi: Pt[] } | null;
  peers: Pt[];
  baseline: Pt[];
  onset: { x: number; stage: number | null } | null;
  slope: number | null;
}

const median = (xs: number[]): number => {
  if (!xs.length) return NaN;
  const s = Float64Array.from(xs).sort();
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** y at x by linear interpolation over points sorted by x (flat beyond the ends). */
function interpolate(pts: Pt[], x: number, from: { i: number }): number {
  if (!pts.length) return NaN;
  if (x <= pts[0]![0]) return pts[0]![1];
  if (x >= pts[pts.length - 1]![0]) return pts[pts.length - 1]![1];
  let i = from.i;
  while (i < pts.length - 2 && pts[i + 1]![0] < x) i++;
  from.i = i;
  const [x0, y0] = pts[i]!;
  const [x1, y1] = pts[i + 1]!;
  return x1 > x0 ? y0 + ((x - x0) / (x1 - x0)) * (y1 - y0) : y0;
}

/** A vat's BOYD chart points in x order, sorted once per report (charts reuse peers). */
const sortedCharts = new WeakMap<VatReport, Pt[]>();
function sortedChart(v: VatReport): Pt[] {
  let pts = sortedCharts.get(v);
  if (!pts) sortedCharts.set(v, (pts = v.boyd!.chart.slice().sort((s, t) => s[0] - t[0]) as Pt[]));
  return pts;
}

/**
 * The busy vats whose BOYD series can serve as peers: at least `minPoints` chart points (a kernel
 * vat with 3 BOYDs early in the run would be held flat over the whole run), most BOYDs first, at
 * most `max`.
 */
export function peerPool(r: RunReport, max = 200, minPoints = 12): VatReport[] {
  return r.vats
    .filter((v) => (v.boyd?.chart.length ?? 0) >= minPoints)
    .sort((a, b) => (b.boyd!.count ?? 0) - (a.boyd!.count ?? 0))
    .slice(0, max);
}

export function boydChart(v: VatReport, pool: VatReport[], baseline: Verdict | undefined): BoydChart | null {
  const b = v.boyd;
  if (!b || b.chart.length < 3) return null;
  const points = b.chart.filter((p) => Number.isFinite(p[0]) && Number.isFinite(p[1])).slice().sort((p, q) => p[0] - q[0]) as Pt[];
  if (points.length < 3) return null;
  const x0 = points[0]![0];
  const x1 = points[points.length - 1]![0];
  const slope = typeof b.slopePerBlock === 'number' && Number.isFinite(b.slopePerBlock) ? b.slopePerBlock : null;
  const onsetRaw = (b as { onset?: { height: number; stage: number | null } | null }).onset;
  const onset = onsetRaw && Number.isFinite(onsetRaw.height) && onsetRaw.height > x0 && onsetRaw.height < x1 ? { x: onsetRaw.height, stage: onsetRaw.stage ?? null } : null;
  const after = (b as { afterOnset?: { slopePerBlock: number | null } | null }).afterOnset;

  let trend: Pt[] = [];
  let band: BoydChart['band'] = null;
  if (onset && after && typeof after.slopePerBlock === 'number' && Number.isFinite(after.slopePerBlock)) {
    const before = points.filter((p) => p[0] < onset.x);
    const later = points.filter((p) => p[0] >= onset.x);
    const flat = median(before.map((p) => p[1]));
    const s2 = after.slopePerBlock;
    const a2 = median(later.map((p) => p[1] - s2 * p[0]));
    // The flat part ends where the rising line starts, so the two meet at the onset.
    trend = [[x0, flat], [onset.x, flat], [onset.x, a2 + s2 * onset.x], [x1, a2 + s2 * x1]];
  } else if (slope !== null) {
    const a = median(points.map((p) => p[1] - slope * p[0]));
    trend = [[x0, a + slope * x0], [x1, a + slope * x1]];
    if (b.slopeCI && b.slopeCI.every((c) => Number.isFinite(c))) {
      const xm = median(points.map((p) => p[0]));
      const ym = a + slope * xm;
      const line = (s: number): Pt[] => [[x0, ym + s * (x0 - xm)], [x1, ym + s * (x1 - xm)]];
      const [l0, l1] = line(b.slopeCI[0]);
      const [h0, h1] = line(b.slopeCI[1]);
      // The band is the region between the two lines: the lower one at each end.
      band = { lo: [[x0, Math.min(l0![1], h0![1])], [x1, Math.min(l1![1], h1![1])]], hi: [[x0, Math.max(l0![1], h0![1])], [x1, Math.max(l1![1], h1![1])]] };
    }
  }

  // Peers' median at each of this vat's points.
  const others = pool.filter((p) => p.vatID !== v.vatID).map((p) => ({ pts: sortedChart(p), cursor: { i: 0 } }));
  const peers: Pt[] = others.length ? points.map(([x]) => [x, median(others.map((o) => interpolate(o.pts, x, o.cursor)))] as Pt) : [];

  let base: Pt[] = [];
  const ref = baseline?.reference?.value;
  if (typeof ref === 'number' && Number.isFinite(ref) && trend.length) {
    const start = trend[0]!;
    base = [start, [x1, start[1] + ref * (x1 - start[0])]];
  }
  return { points, trend, band, peers, baseline: base, onset, slope };
}

export interface ClistChart {
  labels: string[];
  heights: Array<number | null>;
  exports: number[];
  imports: number[];
  recognizableOnly: number[];
}

export function clistChart(v: VatReport): ClistChart | null {
  const s = v.clist?.snapshots ?? [];
  if (s.length < 2) return null;
  return {
    labels: s.map((x) => `stage ${x.stage}${x.height !== null ? ` (${x.height})` : ''}`),
    heights: s.map((x) => x.height),
    exports: s.map((x) => x.exports.reachable + x.exports.recognizableOnly),
    imports: s.map((x) => x.imports.reachable + x.imports.recognizableOnly),
    recognizableOnly: s.map((x) => x.exports.recognizableOnly + x.imports.recognizableOnly),
  };
}

/** [min, max] without spreading (large arrays would overflow the call stack). */
export function extent(values: number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/** Nice round tick values covering [lo, hi], about `count` of them. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const out: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) out.push(Math.abs(t) < step * 1e-9 ? 0 : t);
  return out;
}
