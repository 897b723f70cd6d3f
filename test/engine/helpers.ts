/**
 * Shared helpers of the end-to-end engine tests: in-process analysis of a fixture (cached per test
 * file in a module-level promise, so each fixture is read once per file), lookups into a RunReport,
 * and paths to the built bundles.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { analyzeRun } from '../../src/engine/analyze-run.js';
import { loadPolicy, type Policy } from '../../src/shared/policy.js';
import { silentLogger } from '../../src/shared/logger.js';
import type { Level, RunReport, Verdict, VatReport } from '../../src/shared/report-schema.js';
import { fixture, REPO_ROOT } from '../helpers/fixtures.js';

export type Run = 'loadgen-leaky' | 'loadgen-clean' | 'loadgen-weak';
export const RUNS: Run[] = ['loadgen-leaky', 'loadgen-clean', 'loadgen-weak'];
/** The four vats the loadgen driver keeps busy every block (README: v6 holder, v7 leaky, v8 sink, v9 tidy). */
export const BUSY = ['v6', 'v7', 'v8', 'v9'] as const;

/** In-process analysis (no worker script) with the default policy, exactly as the CLI would judge. */
export async function analyze(inputs: string[], policy?: Policy): Promise<RunReport> {
  return analyzeRun({ inputs, policy: policy ?? (await loadPolicy()), log: silentLogger });
}

const cache = new Map<string, Promise<RunReport>>();
/** The analysis of a shared fixture directory, computed once per test file. */
export function analyzeFixture(run: Run | 'large'): Promise<RunReport> {
  let p = cache.get(run);
  if (!p) {
    p = run === 'large' ? analyze([fixture('large', 'leak-xsnap.slog.gz')]) : analyze([fixture(run)]);
    cache.set(run, p);
  }
  return p;
}

export function vatOf(r: RunReport, vatID: string): VatReport {
  const v = r.vats.find((x) => x.vatID === vatID);
  if (!v) throw new Error(`report has no vat ${vatID} (has ${r.vats.map((x) => x.vatID).join(', ')})`);
  return v;
}

export function verdictOf(r: RunReport, vatID: string, metric: string): Verdict | undefined {
  return r.verdicts.find((v) => v.vatID === vatID && v.metric === metric);
}

export function levelsOf(r: RunReport, vatID: string, metricPrefix: string): Level[] {
  return r.verdicts.filter((v) => v.vatID === vatID && v.metric.startsWith(metricPrefix)).map((v) => v.level);
}

/** truth.json names vats as "vNN:name". */
export function splitTag(tag: string): { vatID: string; name: string } {
  const [vatID, name] = tag.split(':');
  return { vatID, name };
}

export const NODE24 = path.join(REPO_ROOT, 'node_modules/.bin/node');
export const CLI_BUNDLE = path.join(REPO_ROOT, 'dist/cli/index.js');
export const ACTION_BUNDLE = path.join(REPO_ROOT, 'dist/index.js');

export function requireBundle(p: string): void {
  if (!existsSync(p)) throw new Error(`${p} is missing: build it first with \`node_modules/.bin/node scripts/bundle.mjs\` (npm test does)`);
}
