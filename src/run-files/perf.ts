/**
 * perf.jsonl (docs/formats.md §5.2): the runner's perf events. We read each stage's block range
 * and cycle count from the `perf-finish` stats, streaming, and tolerate a missing or broken file.
 */
import path from 'node:path';
import { readLines } from '../slog/line-reader.js';
import { prefixHas } from '../slog/classify.js';

export interface PerfStage {
  firstBlockHeight?: number;
  lastBlockHeight?: number;
  blockCount?: number;
  cycleCount?: number;
}

export interface PerfInfo {
  stages: Record<string, PerfStage>;
  cycles: number | null;
  totalBlockCount: number | null;
  sdkRevision: string | null;
  /** Lines that looked like the events read here but could not be (not JSON, over the line cap). */
  badLines: number;
  /** The first few of them: where (`perf.jsonl:N`) and why. */
  problems: Array<{ where: string; why: string }>;
  /** A `perf-finish` event with its stats was read (a run cut short has none). */
  finished: boolean;
}

const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** The one event read here (other perf events are not parsed at all). */
const PERF_FINISH = Buffer.from('"perf-finish"');

/**
 * Reads the `perf-finish` stats, streaming through the slog line reader: a line over
 * `maxLineBytes` is not accumulated (a perf.jsonl of one endless line cannot exhaust memory), and a
 * wanted line that cannot be read is counted in `badLines` and named in `problems`.
 */
export async function readPerf(file: string, opts: { maxLineBytes?: number } = {}): Promise<PerfInfo> {
  const out: PerfInfo = { stages: Object.create(null), cycles: null, totalBlockCount: null, sdkRevision: null, badLines: 0, problems: [], finished: false };
  const name = path.basename(file);
  const bad = (line: number, why: string) => {
    out.badLines++;
    if (out.problems.length < 5) out.problems.push({ where: `${name}:${line}`, why });
  };
  const res = await readLines(
    file,
    (buf, start, end, line, oversized) => {
      if (!prefixHas(buf, start, end, PERF_FINISH, end - start)) return;
      if (oversized) return bad(line, 'perf event over the line-size cap; skipped');
      let ev: any;
      try {
        ev = JSON.parse(buf.toString('utf8', start, end));
      } catch {
        return bad(line, 'perf event line is not valid JSON; skipped');
      }
      if (ev?.type !== 'perf-finish') return;
      if (typeof ev.stats !== 'object' || !ev.stats || Array.isArray(ev.stats)) return bad(line, '`perf-finish` without a stats object; skipped');
      out.finished = true;
      const st = ev.stats;
      out.totalBlockCount = n(st.totalBlockCount) ?? null;
      out.cycles = n(st.cyclesSummary?.cycleCount) ?? null;
      out.sdkRevision = typeof st.metadata?.testData?.sdkRevision === 'string' ? st.metadata.testData.sdkRevision : null;
      if (st.stages && typeof st.stages === 'object') {
        for (const [k, s] of Object.entries(st.stages as Record<string, any>)) {
          out.stages[k] = {
            firstBlockHeight: n(s?.firstBlockHeight),
            lastBlockHeight: n(s?.lastBlockHeight),
            blockCount: n(s?.blockCount),
            cycleCount: n(s?.cycleCount),
          };
        }
      }
    },
    { maxLineBytes: opts.maxLineBytes },
  );
  if (res.error) throw new Error(res.error);
  return out;
}
