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
// 1M-row kernel DB and a 1,000-vat kernel DB whose kvStore has no PRIMARY KEY
// (scripts/gen-census-db.mjs), and slogs of 50,000 and 100,000 vats (scripts/gen-many-vats.mjs;
// not with --quick). A last table gives peak RSS against slog length.
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
/** Generated kernel DBs for the census cases: name → gen-census-db.mjs arguments. */
const CENSUS_CASES = {
  'census-1m': ['--rows', '1000000'],
  // No index on kvStore.key: the census builds one once (src/kernel-db/kv-reader.ts).
  'census-nopk-1000vats': ['--rows', '50000', '--vats', '1000', '--no-pk'],
};
const censusFile = (name) => path.join(DATA, `${name}.sqlite`);
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
for (const [name, args] of Object.entries(CENSUS_CASES)) {
  if (!want(name) || fs.existsSync(censusFile(name))) continue;
  log(`generating bench/.data/${name}.sqlite ...`);
  node('scripts/gen-census-db.mjs', [...args, '--out', censusFile(name)]);
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

// Kernel-DB census of generated snapshots: the CLI logs the census time of each snapshot.
const censuses = [];
for (const name of Object.keys(CENSUS_CASES)) {
  if (!want(name)) continue;
  const file = censusFile(name);
  const t = [];
  const wall = [];
  let rss = 0;
  let rows = 0;
  let vats = 0;
  const timing = new RegExp(`${name}\\.sqlite: ([\\d,]+) vats, ([\\d,]+) rows, .*\\((\\d+) ms\\)`);
  for (let i = 0; i < RUNS; i++) {
    const r = await runCli([file], [], false);
    const m = timing.exec(r.stderr);
    if (!m) throw new Error(`no census timing in CLI output:\n${r.stderr.slice(-2000)}`);
    vats = Number(m[1].replace(/,/g, ''));
    rows = Number(m[2].replace(/,/g, ''));
    t.push(Number(m[3]));
    wall.push(r.ms);
    rss = Math.max(rss, r.rssMB);
  }
  const kvRows = Number(execFileSync(process.execPath, ['-e', `const {DatabaseSync}=require('node:sqlite');console.log(new DatabaseSync(${JSON.stringify(file)},{readOnly:true}).prepare('SELECT count(*) n FROM kvStore').get().n)`]).toString());
  censuses.push({ name, vats, kvRows, rowsRead: rows, censusMs: median(t), wallMs: median(wall), peakRssMB: rss, runsMs: t });
}

// Many vats: what follows the read (statistics, report, gate, outputs) against the number of vats,
// on generated slogs (scripts/gen-many-vats.mjs: every vat judged and a common-mode peer of every
// other). Fewer runs (at most 2): each is long.
const manyVats = [];
for (const vats of [50_000, 100_000]) {
  const name = `many-vats-${vats / 1000}k`;
  if (!want(name) || opt.quick) continue;
  const file = path.join(DATA, `${name}.slog.gz`);
  if (!fs.existsSync(file)) {
    log(`generating bench/.data/${name}.slog.gz ...`);
    node('scripts/gen-many-vats.mjs', ['--vats', String(vats), '--out', file]);
  }
  const wall = [];
  const read = [];
  const stats = [];
  let rss = 0;
  for (let i = 0; i < Math.min(RUNS, 2); i++) {
    const r = await runCli([file], [], false);
    wall.push(r.ms);
    rss = Math.max(rss, r.rssMB);
    const rd = /read \d+ slog file\(s\) in ([\d.]+) s/.exec(r.stderr);
    const st = /statistics and report in ([\d.]+) s/.exec(r.stderr);
    if (rd) read.push(Number(rd[1]) * 1000);
    if (st) stats.push(Number(st[1]) * 1000);
  }
  manyVats.push({ name, vats, rawMB: (await rawBytes(file)) / 1e6, wallMs: median(wall), readMs: read.length ? median(read) : null, statsMs: stats.length ? median(stats) : null, peakRssMB: rss, runsMs: wall });
}

// History: 200 runs × 100 vats read, every vat metric searched for change points, written back
// (`loadgen-gate history HISTORY --out --json`). Generated once (bench/.data/history-200x100.json):
// timing noise on every vat, c-lists flat but for 3 vats that start leaking at run 150.
let history = null;
if (want('history-200x100')) {
  const file = path.join(DATA, 'history-200x100.json');
  if (!fs.existsSync(file)) {
    log('generating bench/.data/history-200x100.json ...');
    fs.mkdirSync(DATA, { recursive: true });
    let seed = 42;
    const rnd = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const normal = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
    const r4 = (v) => Number(v.toPrecision(4));
    const kinds = ['bringOutYourDead', 'message', 'notify', 'dropExports', 'retireExports', 'retireImports'];
    const metrics = ['boyd-slope', 'boyd-level', 'boyd-count', 'heap-growth', 'clist-exports', 'clist-imports', 'clist-recognizable-only', 'clist-promises', 'promise-entries', ...kinds.map((k) => `time-${k}`)];
    const lines = [];
    for (let i = 0; i < 200; i++) {
      const vats = [];
      for (let v = 0; v < 100; v++) {
        const leak = v < 3 && i >= 150;
        const level = 0.004 * (1 + (v % 7) / 7);
        vats.push([`v${v + 1}`, `vat${v + 1}`, [
          r4(normal() * 3e-6 + (leak ? 1.2e-5 : 0)), r4(level * (1 + 0.06 * normal())), 360, r4(leak ? 1.5 + 0.2 * rnd() : 1 + 0.004 * normal()),
          leak ? 5 : 0, leak ? 5 : 0, 0, 0, 4,
          ...kinds.map((_, k) => r4(0.0005 * (k + 1) * (1 + 0.08 * normal()))),
        ]]);
      }
      const sha = (i + 1).toString(16).padStart(40, '0');
      lines.push(JSON.stringify({ run: { id: 10_000 + i, attempt: 1, sha, time: new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString(), url: `https://github.com/o/r/actions/runs/${10_000 + i}`, branch: 'main', label: null, verdict: 'pass' }, metrics, vats }));
    }
    fs.writeFileSync(file, `{"format":"loadgen-gate-history","version":1,"tool":"bench","updatedAt":null,"entries":[\n${lines.join(',\n')}\n]}\n`);
  }
  const wall = [];
  const cpu = [];
  let out = '';
  const rssFile = path.join(tmp, 'history-rss.json');
  for (let i = 0; i < RUNS; i++) {
    const r = await timed(process.execPath, [WRAP, CLI, 'history', file, '--out', path.join(tmp, 'history-out.json'), '--json', path.join(tmp, 'changes.json')], { env: { ...process.env, BENCH_RSS_FILE: rssFile } });
    if (r.code !== 0) throw new Error(`loadgen-gate history exited ${r.code}: ${r.stderr.slice(-2000)}`);
    const usage = JSON.parse(fs.readFileSync(rssFile, 'utf8'));
    wall.push(r.ms);
    cpu.push((usage.userCPUTime + usage.systemCPUTime) / 1000);
  }
  const changes = JSON.parse(fs.readFileSync(path.join(tmp, 'changes.json'), 'utf8'));
  out = `${changes.tested} vat metrics tested, ${changes.changePoints.length} change point(s)`;
  history = { name: 'history-200x100', bytes: fs.statSync(file).size, wallMs: median(wall), cpuMs: median(cpu), runsMs: wall, note: out };
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
if (censuses.length) {
  table.push('', '| census | vats | kvStore rows | rows read | census time | CLI wall | peak RSS |', '|---|---:|---:|---:|---:|---:|---:|');
  for (const c of censuses) table.push(`| ${c.name} | ${fmt(c.vats)} | ${fmt(c.kvRows)} | ${fmt(c.rowsRead)} | ${fmt(c.censusMs / 1000, 2)} s | ${fmt(c.wallMs / 1000, 2)} s | ${fmt(c.peakRssMB)} MB |`);
}
if (manyVats.length) {
  table.push('', '| many vats | vats | raw MB | wall (median) | reading the slog | statistics and report | the rest (outputs, start-up, exit) | peak RSS (max) |', '|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const m of manyVats) {
    const rest = m.readMs !== null && m.statsMs !== null ? `${fmt((m.wallMs - m.readMs - m.statsMs) / 1000, 2)} s` : '';
    table.push(`| ${m.name} | ${fmt(m.vats)} | ${fmt(m.rawMB)} | ${fmt(m.wallMs / 1000, 2)} s | ${m.readMs === null ? '' : `${fmt(m.readMs / 1000, 2)} s`} | ${m.statsMs === null ? '' : `${fmt(m.statsMs / 1000, 2)} s`} | ${rest} | ${fmt(m.peakRssMB)} MB |`);
  }
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
if (history) {
  table.push('', '| history | file | read, change points, written: CLI wall (median) | CPU time (median) | |', '|---|---:|---:|---:|---|');
  table.push(`| ${history.name} | ${fmt(history.bytes / 1e6, 1)} MB | ${fmt(history.wallMs / 1000, 2)} s | ${fmt(history.cpuMs / 1000, 2)} s | ${history.note} |`);
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
  runs: RUNS, results, parallel, censuses, manyVats, history,
};
const outFile = opt.out ?? path.join(ROOT, 'bench-results', `bench-${doc.date.replace(/[:.]/g, '-')}${commit ? `-${commit}` : ''}.json`);
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, `${JSON.stringify(doc, null, 2)}\n`);
log(`written ${path.relative(process.cwd(), outFile)}`);
