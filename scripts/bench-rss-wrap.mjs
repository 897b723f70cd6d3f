#!/usr/bin/env node
// Runs a CLI bundle in this process and, on exit, writes `process.resourceUsage()` (maxRSS covers
// the whole process, worker threads included) to $BENCH_RSS_FILE. Used by scripts/bench.mjs:
//   BENCH_RSS_FILE=rss.json node scripts/bench-rss-wrap.mjs dist/cli/index.js analyze ...
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [cli, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], path.resolve(cli), ...args];
process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, JSON.stringify(process.resourceUsage()));
});
await import(pathToFileURL(path.resolve(cli)).href);
