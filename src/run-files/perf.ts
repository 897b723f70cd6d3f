/**
 * perf.jsonl (docs/formats.md §5.2): the runner's perf events. We read each stage's block range
 * and cycle count from the `perf-finish` stats, streaming, and tolerate a missing or broken file.
 */
import { createReadStream } from 'node:fs';
import readline from 'node:readline';

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
  badLines: number;
}

const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export async function readPerf(file: string): Promise<PerfInfo> {
  const out: PerfInfo = { stages: {}, cycles: null, totalBlockCount: null, sdkRevision: null, badLines: 0 };
  const rl = readline.createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    if (!line.includes('"perf-finish"') && !line.includes('"perf-stage-first-block"')) continue;
    let ev: any;
    try {
      ev = JSON.parse(line);
    } catch {
      out.badLines++;
      continue;
    }
    if (ev?.type !== 'perf-finish' || typeof ev.stats !== 'object' || !ev.stats) continue;
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
  }
  return out;
}
