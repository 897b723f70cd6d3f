/**
 * Mermaid `xychart-beta` line charts for GitHub markdown.
 *
 * Every series is resampled onto one shared set of x categories (xychart draws each `line` entry
 * against the same x-axis by index), so series with different x samples still line up:
 * - if the distinct x values of all series fit in `maxPoints`, they become the categories;
 * - otherwise [min x, max x] is cut into `maxPoints` equal-width buckets, labelled with the mean
 *   x of the points they hold (the bucket centre when empty).
 * A series' value in a category is the mean of its y values there; categories where a series has
 * no samples are filled by linear interpolation between its neighbours (held flat at the ends).
 *
 * Untrusted text (title, axis labels, series names) goes through `mermaidLabel`, which keeps only
 * `[A-Za-z0-9 _.,:/()%+-]` and is always emitted inside `"..."`, so it cannot close the string,
 * start a comment/directive, add a statement or leave the fenced block. Numbers are written in
 * plain decimal (the xychart lexer has no exponent syntax).
 */

export interface XySeries {
  name: string;
  x: number[];
  y: number[];
}

export interface XyChartOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  series: XySeries[];
  /** Largest number of x categories (default 60). */
  maxPoints?: number;
}

const LABEL_MAX = 80;
/** Largest magnitude we print; beyond it plain-decimal output gets silly. */
const MAX_ABS = 1e15;

/** Mermaid-safe label text: allowed characters only, single spaces, bounded length. */
export function mermaidLabel(s: unknown, maxLen = LABEL_MAX): string {
  const text = typeof s === 'string' ? s : s === null || s === undefined ? '' : String(s);
  const kept = text
    .replace(/[^A-Za-z0-9 _.,:/()%+-]/g, ' ')
    .replace(/%+/g, '%')
    .replace(/ +/g, ' ')
    .trim();
  return kept.length > maxLen ? kept.slice(0, maxLen).trimEnd() : kept;
}

/** Plain-decimal number with `decimals` places at most, trailing zeros dropped. */
function num(v: number, decimals: number): string {
  let s = v.toFixed(Math.min(12, Math.max(0, decimals)));
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s === '-0' ? '0' : s;
}

/** Decimals needed to tell apart values `step` apart, showing ~`sig` significant digits of it. */
function decimalsFor(step: number, sig = 2): number {
  if (!(step > 0) || !Number.isFinite(step)) return 0;
  return Math.max(0, Math.min(12, sig - 1 - Math.floor(Math.log10(step))));
}

interface Category {
  /** Representative x (mean of samples, or bucket centre). */
  x: number;
}

export function xyChart(opts: XyChartOptions): string {
  const maxPoints = Math.max(2, Math.floor(opts.maxPoints ?? 60));

  // Finite (x, y) pairs per series; drop empty series.
  const series = opts.series
    .map((s) => {
      const pts: Array<[number, number]> = [];
      const n = Math.min(s.x?.length ?? 0, s.y?.length ?? 0);
      for (let i = 0; i < n; i++) {
        const x = s.x[i]!;
        const y = s.y[i]!;
        if (Number.isFinite(x) && Number.isFinite(y) && Math.abs(x) < MAX_ABS && Math.abs(y) < MAX_ABS) pts.push([x, y]);
      }
      return { name: s.name, pts };
    })
    .filter((s) => s.pts.length > 0);
  if (series.length === 0) return '';

  const allX = series.flatMap((s) => s.pts.map((p) => p[0]));
  const [xMin, xMax] = extent(allX);
  if (!(xMax > xMin)) return '';

  // Shared categories and a mapping x -> category index.
  const distinct = [...new Set(allX)].sort((a, b) => a - b);
  let categories: Category[];
  let indexOf: (x: number) => number;
  if (distinct.length <= maxPoints) {
    categories = distinct.map((x) => ({ x }));
    const pos = new Map(distinct.map((x, i) => [x, i]));
    indexOf = (x) => pos.get(x)!;
  } else {
    const width = (xMax - xMin) / maxPoints;
    indexOf = (x) => Math.min(maxPoints - 1, Math.floor((x - xMin) / width));
    const sums = new Array<number>(maxPoints).fill(0);
    const counts = new Array<number>(maxPoints).fill(0);
    for (const x of allX) {
      const i = indexOf(x);
      sums[i]! += x;
      counts[i]! += 1;
    }
    categories = sums.map((sum, i) => ({ x: counts[i]! > 0 ? sum / counts[i]! : xMin + (i + 0.5) * width }));
  }
  const k = categories.length;

  // Bucket means per series, then fill gaps.
  const lines = series.map((s) => {
    const sums = new Array<number>(k).fill(0);
    const counts = new Array<number>(k).fill(0);
    for (const [x, y] of s.pts) {
      const i = indexOf(x);
      sums[i]! += y;
      counts[i]! += 1;
    }
    const vals: Array<number | undefined> = sums.map((sum, i) => (counts[i]! > 0 ? sum / counts[i]! : undefined));
    return { name: s.name, values: fillGaps(vals, categories) };
  });

  const allY = lines.flatMap((l) => l.values);
  let [yMin, yMax] = extent(allY);
  const span = yMax - yMin > 0 ? yMax - yMin : Math.abs(yMax) > 0 ? Math.abs(yMax) : 1;
  const yDec = decimalsFor(span / 10, 2);
  const lo = yMin >= 0 && yMin - span * 0.05 < 0 ? 0 : yMin - span * 0.05;
  const hi = yMax + span * 0.05;
  const unit = 10 ** -yDec;
  yMin = Math.floor(lo / unit) * unit;
  yMax = Math.ceil(hi / unit) * unit;
  if (!(yMax > yMin)) yMax = yMin + unit;

  const steps = categories.slice(1).map((c, i) => c.x - categories[i]!.x).filter((d) => d > 0);
  const xDec = decimalsFor(steps.length > 0 ? extent(steps)[0] : xMax - xMin, 2);
  // Enough decimals for the values themselves to resolve ~1/1000 of the axis span.
  const vDec = decimalsFor((yMax - yMin) / 1000, 1);

  const q = (s: string): string => `"${s}"`;
  const out: string[] = ['```mermaid', 'xychart-beta'];
  const title = mermaidLabel(opts.title);
  if (title) out.push(`  title ${q(title)}`);
  const xl = mermaidLabel(opts.xLabel);
  out.push(`  x-axis ${xl ? `${q(xl)} ` : ''}[${uniqueLabels(categories.map((c) => c.x), xDec).map(q).join(', ')}]`);
  const yl = mermaidLabel(opts.yLabel);
  out.push(`  y-axis ${yl ? `${q(yl)} ` : ''}${num(yMin, yDec)} --> ${num(yMax, yDec)}`);
  for (const l of lines) {
    const name = mermaidLabel(l.name);
    out.push(`  line ${name ? `${q(name)} ` : ''}[${l.values.map((v) => num(v, vDec)).join(', ')}]`);
  }
  out.push('```');
  return `${out.join('\n')}\n`;
}

/** Formats category positions, adding decimals until no two labels collide (band axes need unique labels). */
function uniqueLabels(xs: number[], decimals: number): string[] {
  let labels = xs.map((x) => num(x, decimals));
  for (let d = decimals + 1; d <= 12 && new Set(labels).size < labels.length; d++) labels = xs.map((x) => num(x, d));
  return labels;
}

/** [min, max] without spreading (large arrays would overflow the call stack). */
function extent(values: number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/** Linear interpolation over the category x positions; flat extrapolation at both ends. */
function fillGaps(vals: Array<number | undefined>, cats: Category[]): number[] {
  const known = vals.flatMap((v, i) => (v === undefined ? [] : [i]));
  return vals.map((v, i) => {
    if (v !== undefined) return v;
    const after = known.findIndex((j) => j > i);
    if (after === -1) return vals[known[known.length - 1]!]!;
    if (after === 0) return vals[known[0]!]!;
    const j0 = known[after - 1]!;
    const j1 = known[after]!;
    const t = (cats[i]!.x - cats[j0]!.x) / (cats[j1]!.x - cats[j0]!.x);
    return vals[j0]! + t * (vals[j1]! - vals[j0]!);
  });
}
