/**
 * C-list growth verdicts. Counts are deterministic (no timing noise), so the thresholds are exact:
 * fail when a vat's object imports or exports grow by at least `minGrowth` entries and
 * `minPerBlock` per block (or any stage adds more than `maxPerStage`); warn from `warnGrowth`;
 * warn on a large unexplained drop (broken GC bookkeeping or missing data).
 * The source is the kernel-DB snapshots when there are two or more, else the slog replay.
 */
import { blocksOnAxis, type Level, type Verdict, type VatReport } from '../shared/report-schema.js';
import type { ClistPolicy } from '../shared/policy.js';

type Side = 'imports' | 'exports';

export function clistVerdicts(v: VatReport, p: ClistPolicy): Verdict[] {
  const c = v.clist;
  if (!c) return [];
  const out: Verdict[] = [];
  for (const side of ['exports', 'imports'] as Side[]) {
    const series = seriesFor(v, side);
    if (!series) continue;
    const { start, end, blocks, source, perStage } = series;
    const growth = end - start;
    const perBlock = blocks > 0 ? growth / blocks : null;
    const metric = `clist-${side}`;
    const base = { vatID: v.vatID, name: v.name, metric, value: growth, threshold: p.minGrowth };
    // Without block heights (no block events; snapshots whose heights neither the DB, perf.jsonl nor
    // the slogs give) there is no rate to hold against minPerBlock: the growth alone decides, and
    // the message says so.
    const rate = perBlock !== null ? ` (${perBlock.toFixed(2)}/block over ${blocks} blocks)` : growth >= p.minGrowth ? '; no block heights, so the per-block floor is not applied' : '';
    const stageJump = p.maxPerStage !== null ? perStage.find((s) => s.delta > p.maxPerStage!) : undefined;
    let level: Level = 'pass';
    let message = `object ${side} ${start} → ${end} (${signed(growth)})${rate}, from ${source}`;
    if ((growth >= p.minGrowth && (perBlock === null || perBlock >= p.minPerBlock)) || stageJump) {
      level = 'fail';
      message = `c-list ${side} grow: ${start} → ${end} (${signed(growth)})${rate}, from ${source}${stageJump ? `; stage ${stageJump.stage} alone added ${stageJump.delta}` : ''}`;
    } else if (growth >= p.warnGrowth) {
      level = 'warn';
      message = `c-list ${side} grew: ${start} → ${end} (${signed(growth)})${rate}, from ${source}`;
    } else if (-growth >= p.dropWarnMin && start > 0 && -growth / start > p.dropWarnFraction) {
      level = 'warn';
      message = `c-list ${side} dropped sharply: ${start} → ${end} (${signed(growth)}), from ${source}; check the data or the GC`;
    }
    out.push({ ...base, level, message });
  }
  return out;
}

interface SideSeries {
  start: number;
  end: number;
  blocks: number;
  source: string;
  perStage: Array<{ stage: number; delta: number }>;
}

function seriesFor(v: VatReport, side: Side): SideSeries | null {
  const c = v.clist!;
  const snaps = c.snapshots;
  if (snaps.length >= 2) {
    const total = (i: number) => snaps[i][side].reachable + snaps[i][side].recognizableOnly;
    const a = snaps[0];
    const b = snaps[snaps.length - 1];
    const perStage = snaps.slice(1).map((s, i) => ({ stage: s.stage, delta: total(i + 1) - total(i) }));
    return {
      start: total(0),
      end: total(snaps.length - 1),
      blocks: a.height !== null && b.height !== null ? b.height - a.height : 0,
      source: `kernel DB, stage ${a.stage} → ${b.stage}`,
      perStage,
    };
  }
  const s = c.series;
  if (s?.start && s.end) {
    const ordinal = s.xAxis === 'deliveryOrdinal';
    const replay = s.replayedFrom === 'translations' ? 'slog replay of delivery/syscall translations' : s.replayedFrom === 'mixed' ? 'slog replay (partly of translations)' : 'slog replay';
    return {
      start: s.start[side],
      end: s.end[side],
      // Without block events there is no per-block rate: judged on the growth alone.
      blocks: blocksOnAxis(s.xAxis, s.end.height - s.start.height),
      source: ordinal
        ? `${replay}, whole run (no block events)${s.absolute ? '' : ' (relative)'}`
        : `${replay}, block ${s.start.height} → ${s.end.height}${s.absolute ? '' : ' (relative)'}`,
      perStage: [],
    };
  }
  return null;
}

const signed = (n: number) => (n >= 0 ? `+${n}` : String(n));
