/**
 * Mermaid `xychart-beta` charts for GitHub markdown (mermaid 11).
 *
 * - `lineChart`: a numeric x-axis (`x-axis "block height" 1 --> 360`, which mermaid labels with a
 *   few round ticks) and up to a handful of lines. xychart spreads each line's values evenly over the
 *   axis, so every series is resampled onto the same `points` evenly spaced x values: the mean of its
 *   samples within half a step of each (a dense series), else linear interpolation between its
 *   neighbours (a fitted line given by its ends), held flat beyond its ends.
 * - `categoryChart`: a few labelled categories (the kernel-DB snapshots) and lines over them.
 * Colours are set explicitly (an `init` directive: a white plot with dark text and a fixed palette),
 * so a chart reads the same in GitHub's light and dark themes; each chart is followed by a key
 * naming the colours, since not every mermaid 11 release draws a legend.
 *
 * Untrusted text (titles, axis labels, series names) goes through `mermaidLabel`, which keeps only
 * `[A-Za-z0-9 _.,:/()%+-]` and is always emitted inside `"..."`, so it cannot close the string,
 * start a comment or directive, add a statement or leave the fenced block. Numbers are written in
 * plain decimal (the xychart lexer has no exponent syntax).
 */
import { extent } from './chart-data.js';

export interface LineSeries {
  name: string;
  /** [x, y] samples, any order. */
  pts: Array<[number, number]>;
  /** `#rrggbb`. */
  color: string;
}

export interface LineChartOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  series: LineSeries[];
  /** Evenly spaced x values each line is drawn at (default 60). */
  points?: number;
}

export interface CategoryChartOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  categories: string[];
  series: Array<{ name: string; values: number[]; color: string }>;
}

const LABEL_MAX = 80;
/** Largest magnitude we print; beyond it plain-decimal output gets silly. */
const MAX_ABS = 1e15;
/** Colours people can tell apart on white, light or dark page around it. */
export const PALETTE: Record<'blue' | 'red' | 'grey' | 'green' | 'orange' | 'purple', string> = { blue: '#0969da', red: '#cf222e', grey: '#8c959f', green: '#1a7f37', orange: '#bc4c00', purple: '#8250df' };
const INK = '#1f2328';
const AXIS = '#59636e';

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

const ok = (v: number) => Number.isFinite(v) && Math.abs(v) < MAX_ABS;
const q = (s: string): string => `"${s}"`;

function directive(colors: string[]): string {
  const palette = colors.filter((c) => /^#[0-9a-fA-F]{6}$/.test(c)).join(', ') || PALETTE.blue;
  const vars = {
    backgroundColor: '#ffffff',
    titleColor: INK,
    xAxisLabelColor: INK,
    xAxisTitleColor: INK,
    xAxisTickColor: AXIS,
    xAxisLineColor: AXIS,
    yAxisLabelColor: INK,
    yAxisTitleColor: INK,
    yAxisTickColor: AXIS,
    yAxisLineColor: AXIS,
    plotColorPalette: palette,
  };
  return `%%{init: ${JSON.stringify({ themeVariables: { xyChart: vars }, xyChart: { width: 860, height: 380, showLegend: true } })}}%%`;
}

/** y-axis bounds with 5% headroom, rounded to the values' precision; 0 when the data is near it. */
function yRange(values: number[]): { lo: number; hi: number; dec: number; vDec: number } {
  let [lo, hi] = extent(values);
  const span = hi - lo > 0 ? hi - lo : Math.abs(hi) > 0 ? Math.abs(hi) : 1;
  const dec = decimalsFor(span / 10, 2);
  const unit = 10 ** -dec;
  const l = lo >= 0 && lo - span * 0.15 < 0 ? 0 : lo - span * 0.05;
  lo = Math.floor(l / unit) * unit;
  hi = Math.ceil((hi + span * 0.05) / unit) * unit;
  if (!(hi > lo)) hi = lo + unit;
  return { lo, hi, dec, vDec: decimalsFor((hi - lo) / 1000, 1) };
}

function render(opts: { title: string; xAxis: string; yLabel: string; lines: Array<{ name: string; values: number[]; color: string }> }): string {
  const all = opts.lines.flatMap((l) => l.values);
  const y = yRange(all);
  const out: string[] = ['```mermaid', directive(opts.lines.map((l) => l.color)), 'xychart-beta'];
  const title = mermaidLabel(opts.title);
  if (title) out.push(`  title ${q(title)}`);
  out.push(`  x-axis ${opts.xAxis}`);
  const yl = mermaidLabel(opts.yLabel);
  out.push(`  y-axis ${yl ? `${q(yl)} ` : ''}${num(y.lo, y.dec)} --> ${num(y.hi, y.dec)}`);
  for (const l of opts.lines) {
    const name = mermaidLabel(l.name);
    out.push(`  line ${name ? `${q(name)} ` : ''}[${l.values.map((v) => num(v, y.vDec)).join(', ')}]`);
  }
  out.push('```');
  return `${out.join('\n')}\n`;
}

export function lineChart(opts: LineChartOptions): string {
  const k = Math.max(2, Math.floor(opts.points ?? 60));
  const series = opts.series.map((s) => ({ ...s, pts: (s.pts ?? []).filter((p) => ok(p[0]) && ok(p[1])).sort((a, b) => a[0] - b[0]) })).filter((s) => s.pts.length > 0);
  if (!series.length) return '';
  const [xMin, xMax] = extent(series.flatMap((s) => s.pts.map((p) => p[0])));
  if (!(xMax > xMin)) return '';
  const step = (xMax - xMin) / (k - 1);
  const grid = Array.from({ length: k }, (_, i) => xMin + i * step);
  const lines = series.map((s) => ({ name: s.name, color: s.color, values: resample(s.pts, grid, step) }));
  // The axis ends, with as many decimals as it takes to tell them apart (none can: no chart).
  let xDec = decimalsFor(xMax - xMin, 3);
  while (xDec < 12 && num(xMin, xDec) === num(xMax, xDec)) xDec++;
  if (!(Number(num(xMax, xDec)) > Number(num(xMin, xDec)))) return '';
  const xl = mermaidLabel(opts.xLabel);
  return render({ title: opts.title, xAxis: `${xl ? `${q(xl)} ` : ''}${num(xMin, xDec)} --> ${num(xMax, xDec)}`, yLabel: opts.yLabel, lines });
}

export function categoryChart(opts: CategoryChartOptions): string {
  const n = opts.categories.length;
  if (n < 2) return '';
  const lines = opts.series.filter((s) => s.values.length === n && s.values.every(ok));
  if (!lines.length) return '';
  // Band axes need distinct labels.
  const labels = opts.categories.map((c, i) => mermaidLabel(c, 30) || String(i + 1));
  const seen = new Set<string>();
  const uniq = labels.map((l, i) => (seen.has(l) ? `${l} ${i + 1}` : (seen.add(l), l)));
  const xl = mermaidLabel(opts.xLabel);
  return render({ title: opts.title, xAxis: `${xl ? `${q(xl)} ` : ''}[${uniq.map(q).join(', ')}]`, yLabel: opts.yLabel, lines });
}

/** Bucket means around each grid x, gaps filled by interpolation over the samples themselves. */
function resample(pts: Array<[number, number]>, grid: number[], step: number): number[] {
  const k = grid.length;
  const sums = new Float64Array(k);
  const counts = new Uint32Array(k);
  const x0 = grid[0]!;
  for (const [x, y] of pts) {
    const i = Math.min(k - 1, Math.max(0, Math.round((x - x0) / step)));
    sums[i]! += y;
    counts[i]! += 1;
  }
  // A series sparser than the grid (a fitted line's ends) is drawn through its samples.
  const dense = pts.length >= k / 2;
  let j = 0;
  return grid.map((x, i) => {
    if (dense && counts[i]! > 0) return sums[i]! / counts[i]!;
    while (j < pts.length - 2 && pts[j + 1]![0] < x) j++;
    const a = pts[j]!;
    const b = pts[Math.min(j + 1, pts.length - 1)]!;
    if (x <= pts[0]![0]) return pts[0]![1];
    if (x >= pts[pts.length - 1]![0]) return pts[pts.length - 1]![1];
    return b[0] > a[0] ? a[1] + ((x - a[0]) / (b[0] - a[0])) * (b[1] - a[1]) : a[1];
  });
}

/** Lines given as x and y arrays, coloured in palette order (a thin wrapper of `lineChart`). */
export function xyChart(opts: { title: string; xLabel: string; yLabel: string; series: Array<{ name: string; x: number[]; y: number[] }>; maxPoints?: number }): string {
  const colors = Object.values(PALETTE);
  return lineChart({
    title: opts.title,
    xLabel: opts.xLabel,
    yLabel: opts.yLabel,
    points: opts.maxPoints,
    series: opts.series.map((s, i) => ({ name: s.name, color: colors[i % colors.length]!, pts: Array.from({ length: Math.min(s.x?.length ?? 0, s.y?.length ?? 0) }, (_, j) => [s.x[j]!, s.y[j]!] as [number, number]) })),
  });
}
