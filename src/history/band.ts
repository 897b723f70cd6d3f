/**
 * The band of recent main runs: per vat and metric, the median and the spread (1.4826 × MAD, a
 * standard deviation that one odd night cannot inflate) of the newest `runs` entries of a history
 * that have the metric. The run being judged is left out if the history already holds it.
 */
import { runKey, type History, type HistoryRunInfo } from './format.js';
import { medianAndSpread, seriesOf, vatKey } from './series.js';

export interface Band {
  median: number;
  spread: number;
  /** Runs the band is made of. */
  runs: number;
  /** Positions in the history of its oldest and newest run. */
  from: number;
  to: number;
}

export interface Bands {
  /** The band of one vat's metric; undefined when no run of the band has it. */
  get(vatID: string, name: string | null, metric: string): Band | undefined;
  /** Runs in the band (the newest `runs` entries, the judged run left out). */
  runs: number;
}

export function bandsOf(h: History, runs: number, current?: HistoryRunInfo): Bands {
  const skip = current ? runKey(current) : undefined;
  const kept = h.entries.map((e, i) => ({ e, i })).filter(({ e }) => runKey(e.run) !== skip);
  const window = kept.slice(Math.max(0, kept.length - Math.max(1, Math.floor(runs))));
  const sub: History = { ...h, entries: window.map((w) => w.e) };
  const series = seriesOf(sub);
  const cache = new Map<string, Band | undefined>();
  return {
    runs: window.length,
    get(vatID, name, metric) {
      const key = `${vatKey(vatID, name)}\u0000${metric}`;
      if (cache.has(key)) return cache.get(key);
      const pts = series.get(vatKey(vatID, name))?.metrics.get(metric);
      let band: Band | undefined;
      if (pts?.length) {
        const { median, spread } = medianAndSpread(pts.map((p) => p.value));
        band = { median, spread, runs: pts.length, from: window[pts[0]!.entry]!.i, to: window[pts[pts.length - 1]!.entry]!.i };
      }
      cache.set(key, band);
      return band;
    },
  };
}
