#!/usr/bin/env node
// Times the markdown, HTML and terminal renderings of made-up reports of many vats
// (test/helpers/many-vats.ts): median of RUNS runs each, in one process after one warm-up.
//   node scripts/bench-render.mjs [--vats 50000,100000] [--runs 3] [--out FILE.json]
// `npm run bench -- --only render` runs it. Timings only: no test asserts on them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { vats: { type: 'string', default: '50000,100000' }, runs: { type: 'string', default: '3' }, out: { type: 'string' } } });
const out = path.join(ROOT, '.tmp/bench-render');
// rolldown (vitest's bundler) strips the types without checking them: the entry pulls in test/.
execFileSync(process.execPath, ['node_modules/rolldown/bin/cli.mjs', 'scripts/bench-render-entry.ts', '--file', path.join(out, 'index.mjs'), '--platform', 'node', '--log-level', 'silent'], { cwd: ROOT, stdio: 'inherit' });
const m = await import(pathToFileURL(path.join(out, 'index.mjs')).href);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const rows = [];
for (const n of values.vats.split(',').map(Number)) {
  const report = m.manyVatsReport(n);
  const row = { vats: n, verdicts: report.verdicts.length };
  for (const [name, f] of [['markdown', m.renderMarkdown], ['html', m.renderHtml], ['terminal', m.renderTerminal]]) {
    f(report); // warm-up
    const t = [];
    let size = 0;
    for (let i = 0; i < Number(values.runs); i++) {
      const t0 = performance.now();
      size = f(report).length;
      t.push(performance.now() - t0);
    }
    row[name] = { ms: median(t), chars: size };
  }
  row.heapMB = process.memoryUsage().heapUsed / 2 ** 20;
  rows.push(row);
}
const fmt = (x) => x.toLocaleString('en-US', { maximumFractionDigits: 0 });
console.log('| vats | verdicts | markdown | HTML | terminal | markdown size | HTML size |');
console.log('|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${fmt(r.vats)} | ${fmt(r.verdicts)} | ${fmt(r.markdown.ms)} ms | ${fmt(r.html.ms)} ms | ${fmt(r.terminal.ms)} ms | ${fmt(r.markdown.chars / 1000)} kB | ${fmt(r.html.chars / 1000)} kB |`);
if (values.out) fs.writeFileSync(values.out, JSON.stringify(rows, null, 2));
