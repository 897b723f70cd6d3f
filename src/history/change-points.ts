/**
 * Change points of every vat and metric across the runs of a history (docs/policy.md, "Change
 * points"). Per series (one vat, one metric, the runs that have it), the rank split test of
 * src/stats/change-points.ts; false alarms are controlled over all series at once: the whole-series
 * tests go through Benjamini–Hochberg at `history.changeQ` (which under no change anywhere bounds
 * the chance of any change point at q), and a series found to change is searched further, each
 * part at the level its first test passed at. A change smaller than the metric's floor is not
 * reported. A change followed by one back to within the floor of where it started is marked as
 * reverted.
 */
import { benjaminiHochberg, DEFAULT_SPLIT_TEST, median, rankSplitTest, segmentSeed, segmentSeries, stringSeed, type SplitTest, type SplitTestOptions } from '../stats/index.js';
import { DEFAULT_POLICY, isIgnored, type Policy } from '../shared/policy.js';
import type { History, HistoryRunInfo } from './format.js';
import { metricInfo } from './metrics.js';
import { seriesOf, vatIDAt, type SeriesPoint } from './series.js';

/** A run as change points name it. */
export interface RunRef {
  /** Position in the history. */
  index: number;
  id: number | null;
  attempt: number | null;
  sha: string | null;
  time: string | null;
  url: string | null;
  label: string | null;
}

export interface ChangePoint {
  /** The vat's id in the first run after the change. */
  vatID: string;
  name: string | null;
  metric: string;
  /** Position in the history of the first run after the change. */
  index: number;
  direction: 'up' | 'down';
  /** Up is a regression for every metric (each is a cost), unless it undoes a fall. */
  regression: boolean;
  /** Last run before the change (last good when it is a regression) and first run after it. */
  before: RunRef;
  after: RunRef;
  /** Median of the metric over the runs between the neighbouring change points, on each side. */
  medianBefore: number;
  medianAfter: number;
  /** p-value of the split (the family-wide level it passed is `level`). */
  p: number;
  level: number;
  /** GitHub compare link from the last run before to the first after, when the runs link to GitHub. */
  compareUrl: string | null;
  /** A later change that brought the metric back to within the floor of `medianBefore`. */
  revertedAt: RunRef | null;
  /** This change undoes the one at that position. */
  reverts: number | null;
}

export interface ChangePointResult {
  changePoints: ChangePoint[];
  /** Series tested (vats × metrics with enough runs that vary). */
  tested: number;
  /** The family-wide level the whole-series tests were held to (0 when none passed). */
  level: number;
}

export function runRef(h: History, index: number): RunRef {
  const r: HistoryRunInfo = h.entries[index]!.run;
  return { index, id: r.id, attempt: r.attempt, sha: r.sha, time: r.time, url: r.url, label: r.label };
}

/** `https://github.com/o/r/compare/a...b` from two runs' links and shas; null unless both are on one repository. */
export function compareUrl(a: RunRef, b: RunRef): string | null {
  const repo = (u: string | null) => (u ? /^(https?:\/\/[^/\s]+\/[^/\s]+\/[^/\s]+)\/actions\/runs\/\d+/.exec(u)?.[1] : undefined);
  const ra = repo(a.url);
  const rb = repo(b.url);
  if (!ra || ra !== rb || !a.sha || !b.sha || a.sha === b.sha) return null;
  return `${ra}/compare/${a.sha}...${b.sha}`;
}

interface Candidate {
  key: string;
  /** The vatID in the newest run that has the vat. */
  vatID: string;
  name: string | null;
  metric: string;
  points: SeriesPoint[];
  first: SplitTest | null;
  seed: number;
}

export function findChangePoints(h: History, policy: Policy = DEFAULT_POLICY): ChangePointResult {
  const hp = policy.history ?? DEFAULT_POLICY.history;
  const candidates: Candidate[] = [];
  for (const s of seriesOf(h).values()) {
    if (isIgnored(policy, s.vatID, s.name)) continue;
    for (const [metric, points] of s.metrics) {
      if (!metricInfo(metric)?.judged || points.length < 2 * hp.minSegment) continue;
      candidates.push({ key: s.key, vatID: s.vatID, name: s.name, metric, points, first: null, seed: stringSeed(`${s.key}\u0000${metric}`) });
    }
  }
  // Permutations enough to resolve the smallest level Benjamini–Hochberg can use (q / m).
  const opts: SplitTestOptions = {
    ...DEFAULT_SPLIT_TEST,
    minSegment: hp.minSegment,
    screenLevel: hp.changeQ,
    maxPermutations: Math.min(49_999, Math.max(999, Math.ceil(Math.max(1, candidates.length) / hp.changeQ))),
  };
  const values = (c: Candidate) => c.points.map((p) => p.value);
  // A short round of permutations for every series, then a full one for those that may count:
  // Benjamini–Hochberg rejects none above q·K/m, K being the series whose short round is ≤ q (a
  // short-round p-value is noisy: those within 4× of that bound are refined).
  for (const c of candidates) c.first = rankSplitTest(values(c), { ...opts, screenOnly: true, seed: segmentSeed(c.seed, 0, c.points.length) });
  const screened = candidates.filter((c) => c.first);
  const passing = screened.filter((c) => c.first!.p <= hp.changeQ).length;
  const refineBelow = Math.min(hp.changeQ, (4 * hp.changeQ * passing) / Math.max(1, screened.length));
  for (const c of screened) {
    if (c.first!.permutations > 0 && c.first!.p <= refineBelow) {
      c.first = rankSplitTest(values(c), { ...opts, screenLevel: undefined, seed: segmentSeed(c.seed ^ 0x9e3779b9, 0, c.points.length) });
    }
  }
  const tested = candidates.filter((c) => c.first);
  const pValues = tested.map((c) => c.first!.p);
  const rejected = benjaminiHochberg(pValues, hp.changeQ);
  const k = rejected.filter(Boolean).length;
  const level = k ? (k * hp.changeQ) / pValues.length : 0;
  const out: ChangePoint[] = [];
  tested.forEach((c, i) => {
    if (!rejected[i]) return;
    const splits = segmentSeries(values(c), level, { ...opts, seed: c.seed }, c.first);
    out.push(...describe(h, c, splits, level, policy));
  });
  out.sort((a, b) => a.index - b.index || (a.name ?? a.vatID).localeCompare(b.name ?? b.vatID) || a.metric.localeCompare(b.metric));
  return { changePoints: out, tested: tested.length, level };
}

/** The kept splits of one series as change points: floors applied, directions and reverts set. */
function describe(h: History, c: Candidate, splits: Array<{ index: number; p: number }>, level: number, policy: Policy): ChangePoint[] {
  const info = metricInfo(c.metric)!;
  const xs = c.points.map((p) => p.value);
  const segMedian = (a: number, b: number) => median(xs.slice(a, b));
  // Drop the smallest change below the floor, then look again (the segments merge), until all count.
  const pOf = new Map(splits.map((s) => [s.index, s.p]));
  let kept = splits.map((s) => s.index);
  for (;;) {
    const bounds = [0, ...kept, xs.length];
    let worst = -1;
    let worstRatio = Infinity;
    kept.forEach((s, i) => {
      const before = segMedian(bounds[i]!, s);
      const delta = Math.abs(segMedian(s, bounds[i + 2]!) - before);
      const floor = info.floor(policy, before);
      const ratio = floor > 0 ? delta / floor : delta > 0 ? Infinity : 0;
      if (delta < floor && ratio < worstRatio) {
        worst = i;
        worstRatio = ratio;
      }
    });
    if (worst < 0) break;
    kept = kept.filter((_, i) => i !== worst);
  }
  const bounds = [0, ...kept, xs.length];
  const medians = bounds.slice(0, -1).map((a, i) => segMedian(a, bounds[i + 1]!));
  const cps: ChangePoint[] = kept.map((s, i) => {
    const before = runRef(h, c.points[s - 1]!.entry);
    const after = runRef(h, c.points[s]!.entry);
    const up = medians[i + 1]! > medians[i]!;
    return {
      vatID: vatIDAt(h, c.points[s]!.entry, c.key) ?? c.vatID,
      name: c.name,
      metric: c.metric,
      index: after.index,
      direction: up ? 'up' : 'down',
      regression: up,
      before,
      after,
      medianBefore: medians[i]!,
      medianAfter: medians[i + 1]!,
      p: pOf.get(s)!,
      level,
      compareUrl: compareUrl(before, after),
      revertedAt: null,
      reverts: null,
    };
  });
  for (let i = 0; i + 1 < cps.length; i++) {
    const a = cps[i]!;
    const b = cps[i + 1]!;
    if (a.direction !== b.direction && Math.abs(b.medianAfter - a.medianBefore) < info.floor(policy, a.medianBefore)) {
      a.revertedAt = b.after;
      b.reverts = a.index;
      // Back up to where it was after a fall is no regression.
      if (b.direction === 'up') b.regression = false;
    }
  }
  return cps;
}
