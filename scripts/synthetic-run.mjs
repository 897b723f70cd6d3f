#!/usr/bin/env node
// Writes a small synthetic loadgen run (one chain slog + perf.jsonl) for the action self-test in CI,
// where the real fixtures are not available:
//   node scripts/synthetic-run.mjs <out-dir> [--leaky] [--blocks N]
// The blocks are split over two chain slogs (stages 1 and 2), so the slog scan runs in parallel
// workers like a real run's. Four xsnap vats get one message and one bringOutYourDead per block. With --leaky, vat "leaky"
// has BOYD time growing by 10 µs per block (and its heap growing); the others stay flat with noise.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mulberry32 } from '../src/stats/prng.ts';

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--'));
if (!out) {
  process.stderr.write('usage: synthetic-run.mjs <out-dir> [--leaky] [--blocks N]\n');
  process.exit(2);
}
const leaky = args.includes('--leaky');
const blocksArg = args.indexOf('--blocks');
const blocks = blocksArg >= 0 ? Number(args[blocksArg + 1]) : 300;

// Deterministic noise: the project's PRNG (Node 24 runs the TypeScript source as is).
const rand = mulberry32(0x9e3779b9);

const vats = [
  { vatID: 'v1', name: 'bootstrap' },
  { vatID: 'v5', name: 'holder' },
  { vatID: 'v6', name: 'leaky' },
  { vatID: 'v7', name: 'tidy' },
];
const lines = [];
let time = 1_800_000_000;
let mono = 1;
const tick = (s) => {
  time += s;
  mono += s;
  return { time: Number(time.toFixed(6)), monotime: Number(mono.toFixed(6)) };
};
for (const v of vats) lines.push({ type: 'create-vat', vatID: v.vatID, name: v.name, dynamic: false, managerType: 'xsnap', ...tick(0.01) });
let crankNum = 1;
const deliveryNum = Object.fromEntries(vats.map((v) => [v.vatID, 1]));
for (let h = 1; h <= blocks; h++) {
  lines.push({ type: 'cosmic-swingset-begin-block', blockHeight: h, blockTime: 1_800_000_000 + h * 6, ...tick(0.001) });
  lines.push({ type: 'cosmic-swingset-end-block-start', blockHeight: h, blockTime: 1_800_000_000 + h * 6, ...tick(0.001) });
  for (const v of vats) {
    const grow = leaky && v.name === 'leaky';
    for (const kind of ['message', 'bringOutYourDead']) {
      const n = deliveryNum[v.vatID]++;
      const c = crankNum++;
      const vd = kind === 'message' ? ['message', 'o+0', { methargs: { body: '#["poke",[]]', slots: [] }, result: null }] : ['bringOutYourDead'];
      lines.push({ type: 'deliver', crankNum: c, vatID: v.vatID, deliveryNum: n, replay: false, dispatch: kind, vd, ...tick(0.0001) });
      const seconds = kind === 'message' ? 0.001 + rand() * 0.0004 : 0.004 + (grow ? h * 1e-5 : 0) + rand() * 0.0008;
      const heap = 100_000 + (grow ? h * 400 : Math.round(rand() * 500));
      lines.push({ type: 'deliver-result', crankNum: c, vatID: v.vatID, deliveryNum: n, replay: false, dispatch: kind, dr: ['ok', null, { meterType: 'xs-meter-36', currentHeapCount: heap, compute: 1000 }], ...tick(seconds), seconds });
    }
  }
  lines.push({ type: 'cosmic-swingset-end-block-finish', blockHeight: h, blockTime: 1_800_000_000 + h * 6, ...tick(0.001) });
}
mkdirSync(out, { recursive: true });
// Stage 2 starts at the first line of the middle block (create-vat lines stay in stage 1).
const cut = lines.findIndex((l) => l.type === 'cosmic-swingset-begin-block' && l.blockHeight === Math.floor(blocks / 2) + 1);
const write = (name, part) => writeFileSync(path.join(out, name), part.map((l) => JSON.stringify(l)).join('\n') + '\n');
write('chain-stage-1.slog', lines.slice(0, cut));
write('chain-stage-2.slog', lines.slice(cut));
// The runner's summary at the end of a run (docs/formats.md §5.2): each stage's blocks; one cycle a block.
const half = Math.floor(blocks / 2);
const stage = (first, last) => ({ firstBlockHeight: first, lastBlockHeight: last, blockCount: last - first + 1, cycleCount: last - first + 1 });
const stats = { stages: { 1: stage(1, half), 2: stage(half + 1, blocks) }, totalBlockCount: blocks, cyclesSummary: { cycleCount: blocks } };
writeFileSync(path.join(out, 'perf.jsonl'), `${JSON.stringify({ type: 'perf-finish', time: Number(time.toFixed(6)), stats })}\n`);
process.stdout.write(`${out}: ${lines.length} slog lines, ${blocks} blocks${leaky ? ', vat "leaky" leaks' : ''}\n`);
