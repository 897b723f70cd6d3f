/**
 * Inline SVG charts for the HTML report: a scatter of samples, lines, a shaded band, vertical
 * markers, round ticks on both axes and a legend. No script, no external resource. Text colours come
 * from the page's CSS (`currentColor`, `.grid`), so a chart follows the page's light or dark theme;
 * series colours are mid-tones that read on both.
 *
 * Each mark drawn for a data point has class `pt`, and the chart's `data-points` attribute says how
 * many there are, so a browser test can check that every point was drawn. All text goes through
 * `htmlText` (the callers pass raw names).
 */
import { htmlText } from './escape.js';
import { extent, niceTicks, type Pt } from './chart-data.js';

export const COLORS: Record<'blue' | 'red' | 'grey' | 'green' | 'orange' | 'purple' | 'teal', string> = { blue: '#3b82f6', red: '#e5484d', grey: '#8b949e', green: '#30a46c', orange: '#f76b15', purple: '#8e4ec6', teal: '#12a594' };

export interface SvgSeries {
  name: string;
  color: string;
  pts: Pt[];
}

export interface SvgChartOptions {
  id: string;
  title: string;
  xLabel: string;
  yLabel: string;
  /** Samples drawn as dots (each a `.pt`). */
  scatter?: SvgSeries[];
  /** Lines; with `dots`, each vertex is a `.pt` too. */
  lines?: Array<SvgSeries & { dash?: boolean; dots?: boolean; width?: number }>;
  band?: { name: string; color: string; lo: Pt[]; hi: Pt[] };
  markers?: Array<{ x: number; label: string }>;
  /** x values are indices into these labels (a category axis). */
  categories?: string[];
  width?: number;
  height?: number;
}

const fin = (v: number) => Number.isFinite(v);
/** Shortest tick label that tells neighbouring ticks apart. */
function tickLabel(v: number, step: number): string {
  const d = Math.max(0, Math.min(6, -Math.floor(Math.log10(step || 1)) + (step / 10 ** Math.floor(Math.log10(step || 1)) === 2.5 ? 1 : 0)));
  const s = Math.abs(v) >= 1e4 ? v.toFixed(0).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : v.toFixed(d);
  return s === '-0' ? '0' : s;
}
const r1 = (v: number) => Math.round(v * 10) / 10;

export function svgChart(o: SvgChartOptions): string {
  const W = o.width ?? 760;
  const H = o.height ?? 300;
  const m = { l: 64, r: 16, t: 40, b: 44 };
  const scatter = (o.scatter ?? []).map((s) => ({ ...s, pts: s.pts.filter((p) => fin(p[0]) && fin(p[1])) }));
  const lines = (o.lines ?? []).map((s) => ({ ...s, pts: s.pts.filter((p) => fin(p[0]) && fin(p[1])) })).filter((s) => s.pts.length);
  const band = o.band && o.band.lo.length && o.band.hi.length ? o.band : undefined;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const s of [...scatter, ...lines]) for (const [x, y] of s.pts) (xs.push(x), ys.push(y));
  if (band) for (const [x, y] of [...band.lo, ...band.hi]) (xs.push(x), ys.push(y));
  for (const mk of o.markers ?? []) if (fin(mk.x)) xs.push(mk.x);
  const points = scatter.reduce((n, s) => n + s.pts.length, 0) + lines.reduce((n, s) => n + (s.dots ? s.pts.length : 0), 0);
  const id = htmlText(o.id, 80);
  if (!xs.length) return `<svg class="chart" id="${id}" data-points="0" width="${W}" height="60" role="img" aria-label="${htmlText(o.title, 120)}: no data"><text x="8" y="30" fill="currentColor">${htmlText(o.title, 120)}: no data</text></svg>`;
  let [x0, x1] = extent(xs);
  let [y0, y1] = extent(ys);
  if (o.categories) [x0, x1] = [-0.5, o.categories.length - 0.5];
  if (!(x1 > x0)) [x0, x1] = [x0 - 1, x1 + 1];
  const ySpan = y1 - y0 || Math.abs(y1) || 1;
  y0 = y0 >= 0 && y0 - ySpan * 0.15 < 0 ? 0 : y0 - ySpan * 0.05;
  y1 = y1 + ySpan * 0.08;
  const px = (x: number) => r1(m.l + ((x - x0) / (x1 - x0)) * (W - m.l - m.r));
  const py = (y: number) => r1(H - m.b - ((y - y0) / (y1 - y0)) * (H - m.t - m.b));
  const out: string[] = [];
  out.push(`<svg class="chart" id="${id}" data-points="${points}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${htmlText(o.title, 160)}">`);
  out.push(`<title>${htmlText(o.title, 160)}</title>`);
  // Axes, grid and ticks.
  const yt = niceTicks(y0, y1, 5);
  const ys2 = yt.length > 1 ? yt[1]! - yt[0]! : 1;
  for (const t of yt) out.push(`<line class="grid" x1="${m.l}" x2="${W - m.r}" y1="${py(t)}" y2="${py(t)}"/><text class="tick" x="${m.l - 6}" y="${py(t) + 4}" text-anchor="end">${tickLabel(t, ys2)}</text>`);
  if (o.categories) {
    o.categories.forEach((c, i) => out.push(`<text class="tick" x="${px(i)}" y="${H - m.b + 16}" text-anchor="middle">${htmlText(c, 30)}</text>`));
  } else {
    const xt = niceTicks(x0, x1, 6);
    const xs2 = xt.length > 1 ? xt[1]! - xt[0]! : 1;
    for (const t of xt) out.push(`<line class="axis" x1="${px(t)}" x2="${px(t)}" y1="${H - m.b}" y2="${H - m.b + 4}"/><text class="tick" x="${px(t)}" y="${H - m.b + 16}" text-anchor="middle">${tickLabel(t, xs2)}</text>`);
  }
  out.push(`<line class="axis" x1="${m.l}" x2="${W - m.r}" y1="${H - m.b}" y2="${H - m.b}"/><line class="axis" x1="${m.l}" x2="${m.l}" y1="${m.t}" y2="${H - m.b}"/>`);
  out.push(`<text class="label" x="${(m.l + W - m.r) / 2}" y="${H - 8}" text-anchor="middle">${htmlText(o.xLabel, 60)}</text>`);
  out.push(`<text class="label" transform="translate(14 ${(m.t + H - m.b) / 2}) rotate(-90)" text-anchor="middle">${htmlText(o.yLabel, 40)}</text>`);
  out.push(`<text class="title" x="${m.l}" y="16">${htmlText(o.title, 120)}</text>`);
  if (band) {
    const poly = [...band.lo.map(([x, y]) => `${px(x)},${py(y)}`), ...[...band.hi].reverse().map(([x, y]) => `${px(x)},${py(y)}`)].join(' ');
    out.push(`<polygon points="${poly}" fill="${band.color}" fill-opacity="0.18" stroke="none"/>`);
  }
  for (const mk of o.markers ?? []) {
    if (!fin(mk.x)) continue;
    out.push(`<line x1="${px(mk.x)}" x2="${px(mk.x)}" y1="${m.t}" y2="${H - m.b}" stroke="${COLORS.orange}" stroke-width="1.5" stroke-dasharray="5 4"/><text class="tick" x="${px(mk.x) + 4}" y="${m.t + 10}" fill="${COLORS.orange}">${htmlText(mk.label, 40)}</text>`);
  }
  for (const s of scatter) {
    out.push(`<g fill="${s.color}" fill-opacity="0.8">${s.pts.map(([x, y]) => `<circle class="pt" cx="${px(x)}" cy="${py(y)}" r="2.2"/>`).join('')}</g>`);
  }
  for (const s of lines) {
    const d = s.pts.map(([x, y], i) => `${i ? 'L' : 'M'}${px(x)} ${py(y)}`).join('');
    out.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="${s.width ?? 2}"${s.dash ? ' stroke-dasharray="6 4"' : ''}/>`);
    if (s.dots) out.push(`<g fill="${s.color}">${s.pts.map(([x, y]) => `<circle class="pt" cx="${px(x)}" cy="${py(y)}" r="3.5"/>`).join('')}</g>`);
  }
  // Legend, one row above the plot.
  const entries = [...scatter.map((s) => ({ name: s.name, color: s.color, dot: true })), ...lines.map((s) => ({ name: s.name, color: s.color, dot: false })), ...(band ? [{ name: band.name, color: band.color, dot: false }] : [])];
  let lx = W - m.r;
  const legend: string[] = [];
  for (const e of entries.reverse()) {
    const label = htmlText(e.name, 40);
    const w = 22 + Math.min(40, e.name.length) * 6.4;
    lx -= w;
    legend.push(e.dot ? `<circle cx="${r1(lx + 6)}" cy="28" r="4" fill="${e.color}"/>` : `<rect x="${r1(lx)}" y="26" width="14" height="4" fill="${e.color}"/>`, `<text class="legend" x="${r1(lx + 18)}" y="32">${label}</text>`);
  }
  out.push(...legend);
  out.push('</svg>');
  return out.join('');
}
