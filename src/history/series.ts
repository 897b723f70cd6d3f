/**
 * A history as series: per vat and metric, the runs that have a value, oldest first. Vats are
 * matched across runs by name (a dynamic vat's vatID can differ from run to run), and by vatID
 * only when they have no name.
 */
import type { History, HistoryEntry } from './format.js';

/** The key of a vat across runs. */
export const vatKey = (vatID: string, name: string | null): string => (name ? `name:${name}` : `id:${vatID}`);

export interface SeriesPoint {
  /** Position of the run in the history's entries. */
  entry: number;
  value: number;
}

export interface VatSeries {
  key: string;
  name: string | null;
  /** The vatID in the newest run that has the vat. */
  vatID: string;
  /** Metric → points. */
  metrics: Map<string, SeriesPoint[]>;
}

/** Every vat's series in `h` (entries in history order). */
export function seriesOf(h: History): Map<string, VatSeries> {
  const out = new Map<string, VatSeries>();
  h.entries.forEach((e, i) => addEntry(out, e, i));
  return out;
}

function addEntry(out: Map<string, VatSeries>, e: HistoryEntry, entry: number): void {
  const seen = new Set<string>();
  for (const [vatID, name, values] of e.vats) {
    const key = vatKey(vatID, name);
    // Two rows for one vat in one run (an edited file): the first counts.
    if (seen.has(key)) continue;
    seen.add(key);
    let s = out.get(key);
    if (!s) out.set(key, (s = { key, name, vatID, metrics: new Map() }));
    s.vatID = vatID;
    e.metrics.forEach((m, j) => {
      const v = values[j];
      if (!m || v === null || v === undefined || !Number.isFinite(v)) return;
      let pts = s!.metrics.get(m);
      if (!pts) s!.metrics.set(m, (pts = []));
      pts.push({ entry, value: v });
    });
  }
}

/** The vat's id in history entry `entry` (a dynamic vat's may differ from run to run). */
export function vatIDAt(h: History, entry: number, key: string): string | undefined {
  return h.entries[entry]?.vats.find(([id, name]) => vatKey(id, name) === key)?.[0];
}

/** Median and the MAD scaled to a standard deviation (1.4826 × MAD) of `xs` (not empty). */
export function medianAndSpread(xs: readonly number[]): { median: number; spread: number } {
  const s = [...xs].sort((a, b) => a - b);
  const med = medianSorted(s);
  const dev = s.map((x) => Math.abs(x - med)).sort((a, b) => a - b);
  return { median: med, spread: 1.4826 * medianSorted(dev) };
}

function medianSorted(s: readonly number[]): number {
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}
