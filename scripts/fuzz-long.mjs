#!/usr/bin/env node
// The long fuzz run: the property tests of test/fuzz with a large budget.
//
//   node scripts/fuzz-long.mjs                 # FUZZ_RUNS=100000 (cheap properties; costly ones scaled)
//   FUZZ_RUNS=1000000 node scripts/fuzz-long.mjs
//   FUZZ_SEED=1234 node scripts/fuzz-long.mjs  # replay the seed fast-check printed for a failure
//   node scripts/fuzz-long.mjs test/fuzz/render.fuzz.test.ts   # only some files
//
// `npm test` runs the same properties with their small default budgets (test/fuzz/runs.ts).
// Run it with the project's Node 24 (node_modules/.bin/node), as npm scripts do.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const files = process.argv.slice(2);
const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS || '100000' };
const started = Date.now();
process.stderr.write(`fuzz-long: FUZZ_RUNS=${env.FUZZ_RUNS}${env.FUZZ_SEED ? ` FUZZ_SEED=${env.FUZZ_SEED}` : ''} on ${files.length ? files.join(' ') : 'test/fuzz'}\n`);
const res = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...(files.length ? files : ['test/fuzz']), '--testTimeout=0', '--hookTimeout=0', '--reporter=verbose'],
  { cwd: root, env, stdio: 'inherit' },
);
process.stderr.write(`fuzz-long: finished in ${((Date.now() - started) / 60000).toFixed(1)} min, exit ${res.status ?? res.signal}\n`);
process.exitCode = res.status ?? 1;
