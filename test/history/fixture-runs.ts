/**
 * "Nightly runs" made from the fixtures: each loadgen run's stages alone (1, 2, 3), two at a time
 * (1–2, 2–3) and all three, each a real RunReport of real kernel data with the spread between
 * them as the noise of a series. Each gets a run id, a commit and a time as the action would give
 * it. Analysed in-process, once per test file.
 */
import { createHash } from 'node:crypto';
import { analyze } from '../engine/helpers.js';
import { fixture } from '../helpers/fixtures.js';
import type { RunReport } from '../../src/shared/report-schema.js';

export type Family = 'loadgen-clean' | 'loadgen-leaky' | 'loadgen-weak';
export const PARTS: number[][] = [[1], [2], [3], [1, 2], [2, 3], [1, 2, 3]];

function inputsOf(family: Family, stages: number[]): string[] {
  const slogs = stages.map((k) => fixture(family, `chain-stage-${k}.slog.gz`));
  const first = stages[0]!;
  const snaps = [...(first > 1 ? [first - 1] : []), ...stages].map((k) => fixture(family, `chain-stage-${k}-storage.tar.xz`));
  return [...slogs, ...snaps, fixture(family, 'perf.jsonl')];
}

const cache = new Map<string, Promise<RunReport>>();
/** The report of `family`'s stages `stages` (computed once per test file). */
export function partReport(family: Family, stages: number[]): Promise<RunReport> {
  const key = `${family}:${stages.join('')}`;
  let p = cache.get(key);
  if (!p) cache.set(key, (p = analyze(inputsOf(family, stages))));
  return p;
}

/** The six runs of a family, in PARTS order. */
export const familyRuns = (family: Family): Promise<RunReport[]> => Promise.all(PARTS.map((s) => partReport(family, s)));

export const shaOf = (i: number): string => createHash('sha1').update(`commit ${i}`).digest('hex');
export const REPO_URL = 'https://github.com/agoric/loadgen';

/** `report` as run `i` of the default branch: run id 1000 + i, commit shaOf(i), one day apart. */
export function asRun(report: RunReport, i: number): RunReport {
  return {
    ...report,
    provenance: {
      source: 'github-run',
      runId: 1000 + i,
      url: `${REPO_URL}/actions/runs/${1000 + i}`,
      headSha: shaOf(i),
      branch: 'main',
      createdAt: new Date(Date.UTC(2026, 10, 1 + i, 3, 17)).toISOString(),
    },
  };
}
