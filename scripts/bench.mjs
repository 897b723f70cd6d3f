#!/usr/bin/env node
// Benchmarks the built CLI bundle (dist/cli/index.js, what ships) on the fixtures and generated
// data, and compares it with `gzip -dc FILE > /dev/null` measured in the same run, interleaved.
// Prints a table (wall time, ratio to gzip -dc, lines/s, MB/s of decompressed slog, peak RSS) and
// writes it as JSON for comparison between commits. No assertions: numbers only.
//
//   npm run bench -- [--runs 5] [--quick] [--build] [--out FILE.json] [--only NAME,...]
//
// --quick skips the generated 2x, 4x and 10x runs; --build re-bundles dist/ first (scripts/bundle.mjs).
// Generated inputs are cached in bench/.data/ (git-ignored): 2x, 4x and 10x and a 2-stage
// continuation of the large fixture, the fixture and its 10x without `clist` lines (an older
// kernel's slog: the c-list is rebuilt from translations) (scripts/gen-slog-copies.mjs), and a
// 1M-row kernel DB (scripts/gen-census-db.mjs). A last table gives peak RSS against slog length.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '..');
const FIXTURES = path.resolve(ROOT, '../shared/fixtures');
const DATA = path.join(ROOT, 'bench/.data');
const CLI = path.join(ROOT, 'dist/cli/index.js');
const WRAP = path.join(ROOT, 'scripts/bench-rss-wrap.mjs');

const { values: opt } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    quick: { type: 'boolean', default: false },
    build: { type: 'boolean', default: false },
    out: { type: 'string' },
    only: { type: 'string' },
  },
});
const RUNS = Math.max(1, Number(opt.runs));
const CORES = os.availableParallelism();
const only = opt.only ? new Set(opt.only.split(',')) : null;

const node = (script, args, extra = {}) => execFileSync(process.execPath, [script, ...args], { cwd: ROOT, stdio: 'inherit', ...extra });
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const log = (s) => process.stderr.write(`${s}\n`);

// --- build and data ---
if (opt.build) node('scripts/bundle.mjs', []);
if (!fs.existsSync(CLI)) throw new Error(`${CLI} missing: run with --build (or npm run bundle)`);
const newestSrc = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true, recursive: true }).reduce((m, e) => (e.isFile() ? Math.max(m, fs.statSync(path.join(e.parentPath, e.name)).mtimeMs) : m), 0);
if (newestSrc(path.join(ROOT, 'src')) > fs.statSync(CLI).mtimeMs) log('warning: src/ is newer than dist/cli/index.js (use --build to measure the current code)');

const LARGE = path.join(FIXTURES, 'large/leak-xsnap.slog.gz');
const LEAKY = [0, 1, 2, 3].map((i) => path.join(FIXTURES, `loadgen-leaky/chain-stage-${i}.slog.gz`));
const STAGES2 = [0, 1].map((i) => path.join(DATA, `large-2stages/chain-stage-${i}.slog.gz`));
/** Generated single files: name → [copies, --no-clist]. */
const GENERATED = {
  'large-2x': [2, false],
  'large-4x': [4, false],
  'large-10x': [10, false],
  'large-no-clist': [1, true],
  'large-10x-no-clist': [10, true],
};
const generated = (name) => path.join(DATA, `${name}.slog.gz`);
const CENSUS = path.join(DATA, 'census-1m.sqlite');
const want = (name) => !only || only.has(name);

if (want('large-2-stages') && !STAGES2.every((f) => fs.existsSync(f))) {
  log('generating bench/.data/large-2stages (2 continuing stage files) ...');
  node('scripts/gen-slog-copies.mjs', ['--copies', '2', '--split', path.join(DATA, 'large-2stages'), LARGE]);
}
for (const [name, [copies, noClist]] of Object.entries(GENERATED)) {
  if ((opt.quick && copies > 1) || !want(name) || fs.existsSync(generated(name))) continue;
  log(`generating bench/.data/${name}.slog.gz${copies >= 10 ? ' (about 2 minutes)' : ''} ...`);
  node('scripts/gen-slog-copies.mjs', ['--copies', String(copies), '--out', generated(name), ...(noClist ? ['--no-clist'] : []), LARGE]);
}
if (want('census-1m') && !fs.existsSync(CENSUS)) {
  log('generating bench/.data/census-1m.sqlite ...');
  node('scripts/gen-census-db.mjs', ['--rows', '1000000', '--out', CENSUS]);
}

/** Decompressed size of a slog (cached in bench/.data/sizes.json). */
const sizesFile = path.join(DATA, 'sizes.json');
const sizes = fs.existsSync(sizesFile) ? JSON.parse(fs.readFileSync(sizesFile, 'utf8')) : {};
async function rawBytes(file) {
  const st = fs.statSync(file);
  const key = `${file}:${st.size}:${Math.round(st.mtimeMs)}`;
  if (sizes[key] === undefined) {
    let n = 0;
    for await (const c of fs.createReadStream(file).pipe(zlib.createGunzip({ chunkSize: 1 << 20 }))) n += c.length;
    sizes[key] = n;
    fs.mkdirSync(DATA, { recursive: true });
    fs.writeFileSync(sizesFile, JSON.stringify(sizes, null, 1));
  }
  return sizes[key];
}

// --- runners ---
/** Wall time (ms) of a child process, and what it wrote to stderr. */
function timed(cmd, args, { stdout = 'ignore', env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const out = stdout === 'null' ? fs.openSync('/dev/null', 'w') : 'ignore';
    const child = spawn(cmd, args, { stdio: ['ignore', out, 'pipe'], env });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (typeof out === 'number') fs.closeSync(out);
      resolve({ ms: performance.now() - t0, code, stderr: err });
    });
  });
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'loadgen-gate-bench-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

/** One CLI run through the RSS wrapper: wall ms, peak RSS (MB), report lines, stderr. */
async function runCli(inputs, extraArgs = [], quiet = true, env = {}) {
  const json = path.join(tmp, 'report.json');
  const rssFile = path.join(tmp, 'rss.json');
  fs.rmSync(rssFile, { force: true });
  const args = [WRAP, CLI, 'analyze', ...inputs, '--json', json, '--markdown', path.join(tmp, 'report.md'), ...(quiet ? ['--quiet'] : []), ...extraArgs];
  const r = await timed(process.execPath, args, { env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile } });
  if (r.code !== 0 && r.code !== 1) throw new Error(`loadgen-gate exited ${r.code}: ${r.stderr.slice(-2000)}`);
  const usage = JSON.parse(fs.readFileSync(rssFile, 'utf8'));
  const rss = usage.maxRSS / 1024;
  // CPU time of every thread of the process (the inflater's, the compiler's and the collector's too).
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  const report = JSON.parse(fs.readFileSync(json, 'utf8'));
  const lines = (report.run?.files ?? []).filter((f) => f.kind === 'slog').reduce((a, f) => a + (f.lines ?? 0), 0);
  return { ms: r.ms, cpuMs, rssMB: rss, lines, stderr: r.stderr };
}

async function gzipAll(files) {
  let ms = 0;
  for (const f of files) {
    const r = await timed('gzip', ['-dc', f], { stdout: 'null' });
    if (r.code !== 0) throw new Error(`gzip -dc ${f} failed: ${r.stderr}`);
    ms += r.ms;
  }
  return ms;
}

// --- cases ---
const cases = [];
const slogCase = (name, files, note, extraArgs = []) => want(name) && cases.push({ name, files, note, extraArgs });
slogCase('large', [LARGE], '1 file, the large fixture');
slogCase('leaky-4-stages', LEAKY, '4 stage files in parallel (default --jobs)');
slogCase('large-2-stages', STAGES2, '2 generated stage files in parallel (default --jobs)');
slogCase('large-2-stages-jobs1', STAGES2, 'same, --jobs 1 (one file after the other)', ['--jobs', '1']);
slogCase('large-no-clist', [generated('large-no-clist')], '1 file, the large fixture without its clist lines (c-list from translations)');
if (!opt.quick) {
  slogCase('large-2x', [generated('large-2x')], '1 generated file, 2x the large fixture');
  slogCase('large-4x', [generated('large-4x')], '1 generated file, 4x the large fixture');
  slogCase('large-10x', [generated('large-10x')], '1 generated file, 10x the large fixture');
  slogCase('large-10x-no-clist', [generated('large-10x-no-clist')], 'the same without clist lines');
}

const results = [];
for (const c of cases) {
  const raw = (await Promise.all(c.files.map(rawBytes))).reduce((a, b) => a + b, 0);
  const gz = [];
  const cli = [];
  const cpu = [];
  const readS = [];
  const statsS = [];
  const restS = [];
  let rss = 0;
  let lines = 0;
  log(`${c.name}: ${c.files.length} file(s), ${(raw / 1e6).toFixed(0)} MB raw, ${RUNS} runs`);
  for (let i = 0; i < RUNS; i++) {
    gz.push(await gzipAll(c.files));
    // Not --quiet: the CLI's log gives the time of the read and of the statistics phase.
    const r = await runCli(c.files, c.extraArgs, false);
    cli.push(r.ms);
    cpu.push(r.cpuMs);
    rss = Math.max(rss, r.rssMB);
    const read = /read \d+ slog file\(s\) in ([\d.]+) s/.exec(r.stderr);
    const stats = /statistics and report in ([\d.]+) s/.exec(r.stderr);
    // A run counts towards the split only when its log gives both phases; "the rest" is taken per
    // run (a difference of medians of different runs could even come out negative).
    if (read && stats) {
      readS.push(Number(read[1]));
      statsS.push(Number(stats[1]));
      restS.push(r.ms / 1000 - Number(read[1]) - Number(stats[1]));
    }
    lines = r.lines;
  }
  const wall = median(cli);
  results.push({
    name: c.name, note: c.note, files: c.files.length, rawMB: raw / 1e6, lines,
    wallMs: wall, wallMinMs: Math.min(...cli), gzipMs: median(gz), ratio: wall / median(gz), bestRatio: Math.min(...cli) / Math.min(...gz),
    cpuMs: median(cpu), cpuFloorRatio: median(cpu) / CORES / median(gz),
    readMs: readS.length ? median(readS) * 1000 : null, statsMs: statsS.length ? median(statsS) * 1000 : null, restMs: restS.length ? median(restS) * 1000 : null,
    linesPerSec: lines / (wall / 1000), mbPerSec: raw / 1e6 / (wall / 1000), peakRssMB: rss, runsMs: cli, gzipRunsMs: gz,
  });
}

// What the engine keeps once the slogs are read, apart from what peak RSS adds to it (the heaps'
// spare room, the allocator, the Node binary, each thread's isolate): one more run of each
// single-file case with the heap probe on (src/pipeline/heap-probe.ts), not timed. Two runs, the
// smaller kept: what is still referenced is the same each time, while what the collector can
// reclaim varies a little with the timing (the probe collects until two rounds agree).
for (const r of results.filter((x) => x.files === 1)) {
  const c = cases.find((x) => x.name === r.name);
  for (let i = 0; i < 2; i++) {
    const p = await runCli(c.files, c.extraArgs, false, { LOADGEN_GATE_HEAP_PROBE: '1' });
    const m = /heap after the read \(after a full GC\): ([\d.]+) MB used, ([\d.]+) MB in array buffers/.exec(p.stderr);
    if (!m) throw new Error(`no heap probe line in CLI output:\n${p.stderr.slice(-2000)}`);
    const kept = { heapMB: Number(m[1]), buffersMB: Number(m[2]) };
    if (!r.kept || kept.heapMB + kept.buffersMB < r.kept.heapMB + r.kept.buffersMB) r.kept = kept;
  }
}

// Sum of single-file times for the multi-file cases (the parallel run should be well under it).
const parallel = [];
for (const c of cases.filter((x) => x.files.length > 1 && !x.extraArgs.length)) {
  let sum = 0;
  for (const f of c.files) {
    const t = [];
    for (let i = 0; i < RUNS; i++) t.push((await runCli([f])).ms);
    sum += median(t);
  }
  const par = results.find((r) => r.name === c.name).wallMs;
  parallel.push({ name: c.name, files: c.files.length, parallelMs: par, sumOfSingleFilesMs: sum, speedup: sum / par });
}

// Kernel-DB census of a 1M-row snapshot: the CLI logs the census time of each snapshot.
let census = null;
if (want('census-1m')) {
  const t = [];
  const wall = [];
  let rss = 0;
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    const r = await runCli([CENSUS], [], false);
    const m = /census-1m\.sqlite: \d+ vats, ([\d,]+) rows, .*\((\d+) ms\)/.exec(r.stderr);
    if (!m) throw new Error(`no census timing in CLI output:\n${r.stderr.slice(-2000)}`);
    rows = Number(m[1].replace(/,/g, ''));
    t.push(Number(m[2]));
    wall.push(r.ms);
    rss = Math.max(rss, r.rssMB);
  }
  const kvRows = Number(execFileSync(process.execPath, ['-e', `const {DatabaseSync}=require('node:sqlite');console.log(new DatabaseSync(${JSON.stringify(CENSUS)},{readOnly:true}).prepare('SELECT count(*) n FROM kvStore').get().n)`]).toString());
  census = { name: 'census-1m', kvRows, rowsRead: rows, censusMs: median(t), wallMs: median(wall), peakRssMB: rss, runsMs: t };
}

// --- output ---
const fmt = (n, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const table = [
  '| case | files | raw MB | lines | wall (median) | gzip -dc (median) | ratio | best wall / best gzip | lines/s | MB/s | peak RSS (max) |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...results.map((r) =>
    `| ${r.name} | ${r.files} | ${fmt(r.rawMB)} | ${fmt(r.lines)} | ${fmt(r.wallMs / 1000, 2)} s | ${fmt(r.gzipMs / 1000, 2)} s | ${fmt(r.ratio, 2)}x | ${fmt(r.bestRatio, 2)}x | ${fmt(r.linesPerSec / 1e3)}k | ${fmt(r.mbPerSec)} | ${fmt(r.peakRssMB)} MB |`),
];
table.push(
  '',
  '| case | wall (median) | of which: reading the slogs | statistics and report | the rest (start-up, census, outputs, exit) |',
  '|---|---:|---:|---:|---:|',
  ...results.map((r) =>
    r.readMs === null
      ? `| ${r.name} | ${fmt(r.wallMs / 1000, 2)} s | | | |`
      : `| ${r.name} | ${fmt(r.wallMs / 1000, 2)} s | ${fmt(r.readMs / 1000, 2)} s | ${fmt(r.statsMs / 1000, 2)} s | ${fmt(r.restMs / 1000, 2)} s |`),
);
// The wall time no scheduling can beat: the CPU time of all the process's threads spread over
// every core without a gap. Its ratio to gzip -dc is the lowest ratio this much work allows.
table.push(
  '',
  `| case | CPU time, all threads (median) | CPU ÷ ${CORES} cores | that ÷ gzip -dc | wall ÷ gzip -dc |`,
  '|---|---:|---:|---:|---:|',
  ...results.map((r) =>
    `| ${r.name} | ${fmt(r.cpuMs / 1000, 2)} s | ${fmt(r.cpuMs / CORES / 1000, 2)} s | ${fmt(r.cpuFloorRatio, 2)}x | ${fmt(r.ratio, 2)}x |`),
);
if (parallel.length) {
  table.push('', '| parallel case | files | parallel wall | sum of single-file walls | speedup |', '|---|---:|---:|---:|---:|');
  for (const p of parallel) table.push(`| ${p.name} | ${p.files} | ${fmt(p.parallelMs / 1000, 2)} s | ${fmt(p.sumOfSingleFilesMs / 1000, 2)} s | ${fmt(p.speedup, 2)}x |`);
}
if (census) {
  table.push('', '| census | kvStore rows | rows read | census time | CLI wall | peak RSS |', '|---|---:|---:|---:|---:|---:|');
  table.push(`| ${census.name} | ${fmt(census.kvRows)} | ${fmt(census.rowsRead)} | ${fmt(census.censusMs / 1000, 2)} s | ${fmt(census.wallMs / 1000, 2)} s | ${fmt(census.peakRssMB)} MB |`);
}
// Rendering made-up reports of 50,000 and 100,000 vats (scripts/bench-render.mjs): linear in vats.
if (want('render')) {
  const md = execFileSync(process.execPath, ['scripts/bench-render.mjs', '--runs', String(Math.min(RUNS, 3))], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  table.push('', 'Rendering made-up reports (markdown, HTML, terminal text; median of the runs):', '', ...md.trim().split('\n').filter((l) => l.startsWith('|')));
}
// Peak RSS against slog length: the single-file runs of the large fixture and its continuations.
const byLength = [
  ['large', 'large-2x', 'large-4x', 'large-10x'],
  ['large-no-clist', 'large-10x-no-clist'],
].map((names) => names.map((n) => results.find((r) => r.name === n)).filter(Boolean));
if (byLength.some((rows) => rows.length > 1)) {
  table.push(
    '',
    '| peak RSS by slog length | raw MB | lines | peak RSS (max) | kept after the read: heap used + array buffers (after a full GC) |',
    '|---|---:|---:|---:|---:|',
  );
  for (const rows of byLength) {
    for (const r of rows) {
      const k = r.kept ? `${fmt(r.kept.heapMB + r.kept.buffersMB, 1)} MB (${fmt(r.kept.heapMB, 1)} + ${fmt(r.kept.buffersMB, 1)})` : '';
      table.push(`| ${r.name} | ${fmt(r.rawMB)} | ${fmt(r.lines)} | ${fmt(r.peakRssMB)} MB | ${k} |`);
    }
  }
}
console.log(table.join('\n'));

let commit = null;
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
} catch {
  /* not a git checkout */
}
const doc = {
  date: new Date().toISOString(), commit, node: process.version, cpus: os.availableParallelism(), loadavg: os.loadavg(),
  runs: RUNS, results, parallel, census,
};
const outFile = opt.out ?? path.join(ROOT, 'bench-results', `bench-${doc.date.replace(/[:.]/g, '-')}${commit ? `-${commit}` : ''}.json`);
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, `${JSON.stringify(doc, null, 2)}\n`);
log(`written ${path.relative(process.cwd(), outFile)}`);
