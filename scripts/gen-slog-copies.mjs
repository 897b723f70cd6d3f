#!/usr/bin/env node
// Generates a longer slog from a real one for benchmarks: the input is streamed N times, and copy k
// continues where copy k-1 ended instead of repeating it. Block heights, crankNums, per-vat
// deliveryNums, time/monotime and the krefs/vrefs allocated after genesis are shifted by k times
// their span in the input; genesis (everything before the first block) is written once. The
// long-lived objects created at genesis keep their numbers, so later copies keep using them.
//
//   node scripts/gen-slog-copies.mjs --copies 10 --out bench/.data/large-10x.slog.gz [INPUT]
//   node scripts/gen-slog-copies.mjs --copies 2 --split bench/.data/large-2stages [INPUT]
//
// --split writes copy k as DIR/chain-stage-k.slog.gz (a run of k stage files) instead of one file.
// --no-clist leaves out the `clist` events, as a kernel from before they existed wrote the slog (the
// analysis then rebuilds the c-list from the delivery/syscall translations).
// Output is gzip level 1 (fast); INPUT defaults to ../shared/fixtures/large/leak-xsnap.slog.gz.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { once } from 'node:events';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { copies: { type: 'string', default: '10' }, out: { type: 'string' }, split: { type: 'string' }, 'no-clist': { type: 'boolean', default: false } },
});
const input = positionals[0] ?? path.resolve(import.meta.dirname, '../../shared/fixtures/large/leak-xsnap.slog.gz');
const copies = Number(values.copies);
if (!(copies >= 1) || (!values.out && !values.split)) {
  console.error('usage: gen-slog-copies.mjs --copies N (--out FILE.slog.gz | --split DIR) [--no-clist] [INPUT]');
  process.exit(2);
}

/** Calls `onLine(text)` for every line of a gzip or plain file. */
async function eachLine(file, onLine) {
  let stream = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  if (file.endsWith('.gz')) stream = stream.pipe(zlib.createGunzip({ chunkSize: 1 << 20 }));
  let rest = '';
  for await (const chunk of stream) {
    const text = rest + chunk.toString('utf8');
    const lines = text.split('\n');
    rest = lines.pop();
    for (const l of lines) await onLine(l);
  }
  if (rest) await onLine(rest);
}

// --- pass 1: spans of everything that gets shifted ---
const RE_INT = /"(blockHeight|crankNum|blockTime)":(\d+)/g;
const RE_DNUM = /"deliveryNum":(\d+)/;
const RE_VAT = /"vatID":"(v\d+)"/;
const RE_TIME = /"(time|monotime)":(\d+(?:\.\d+)?)/g;
const RE_KREF = /"(ko|kp)(\d+)"/g;
const RE_VREF = /"([op])([+-])(\d+)"/g;

const max = { blockHeight: 0, crankNum: 0, blockTime: 0, ko: 0, kp: 0, vref: 0 };
const genesisMax = { ko: 0, kp: 0, vref: 0 };
const maxDeliveryNum = new Map();
let tFirst = Infinity;
let tLast = -Infinity;
let mFirst = Infinity;
let mLast = -Infinity;
let inGenesis = true;
await eachLine(input, (line) => {
  if (inGenesis && line.startsWith('{"type":"cosmic-swingset-begin-block"')) inGenesis = false;
  for (const m of line.matchAll(RE_INT)) max[m[1]] = Math.max(max[m[1]], Number(m[2]));
  const d = RE_DNUM.exec(line);
  const v = d && RE_VAT.exec(line);
  if (v) maxDeliveryNum.set(v[1], Math.max(maxDeliveryNum.get(v[1]) ?? 0, Number(d[1])));
  for (const m of line.matchAll(RE_TIME)) {
    const x = Number(m[2]);
    if (m[1] === 'time') (tFirst = Math.min(tFirst, x)), (tLast = Math.max(tLast, x));
    else (mFirst = Math.min(mFirst, x)), (mLast = Math.max(mLast, x));
  }
  for (const m of line.matchAll(RE_KREF)) {
    max[m[1]] = Math.max(max[m[1]], Number(m[2]));
    if (inGenesis) genesisMax[m[1]] = Math.max(genesisMax[m[1]], Number(m[2]));
  }
  for (const m of line.matchAll(RE_VREF)) {
    max.vref = Math.max(max.vref, Number(m[3]));
    if (inGenesis) genesisMax.vref = Math.max(genesisMax.vref, Number(m[3]));
  }
});
const timeSpan = Math.ceil(tLast - tFirst) + 10;
const monoSpan = Math.ceil(mLast - mFirst) + 10;

const RE_ALL = /"(blockHeight|crankNum|blockTime|deliveryNum)":(\d+)|"(time|monotime)":(\d+(?:\.\d+)?)|"(ko|kp)(\d+)"|"([op][+-])(\d+)"/g;

function shiftLine(line, k) {
  if (k === 0) return line;
  const vat = RE_VAT.exec(line)?.[1];
  return line.replace(RE_ALL, (s, intKey, int, timeKey, time, kind, kref, vkind, vref) => {
    if (intKey === 'deliveryNum') return `"deliveryNum":${Number(int) + k * (maxDeliveryNum.get(vat) ?? 0)}`;
    if (intKey) return `"${intKey}":${Number(int) + k * (intKey === 'blockTime' ? timeSpan : max[intKey])}`;
    if (timeKey) return `"${timeKey}":${Math.round((Number(time) + k * (timeKey === 'time' ? timeSpan : monoSpan)) * 1e9) / 1e9}`;
    if (kind) return Number(kref) > genesisMax[kind] ? `"${kind}${Number(kref) + k * (max[kind] - genesisMax[kind])}"` : s;
    return Number(vref) > genesisMax.vref ? `"${vkind}${Number(vref) + k * (max.vref - genesisMax.vref)}"` : s;
  });
}

// --- pass 2: write the copies ---
function openOut(file) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const gz = zlib.createGzip({ level: 1, chunkSize: 1 << 20 });
  const out = fs.createWriteStream(`${file}.tmp`);
  gz.pipe(out);
  return { gz, out, file };
}
async function closeOut(o) {
  o.gz.end();
  await once(o.out, 'close');
  fs.renameSync(`${o.file}.tmp`, o.file);
}

const t0 = Date.now();
let o = values.out ? openOut(values.out) : null;
let rawBytes = 0;
for (let k = 0; k < copies; k++) {
  if (values.split) o = openOut(path.join(values.split, `chain-stage-${k}.slog.gz`));
  let skipping = k > 0;
  let batch = [];
  const flush = async () => {
    const text = batch.join('');
    batch = [];
    rawBytes += Buffer.byteLength(text);
    if (!o.gz.write(text)) await once(o.gz, 'drain');
  };
  await eachLine(input, async (line) => {
    if (skipping) {
      if (!line.startsWith('{"type":"cosmic-swingset-begin-block"')) return;
      skipping = false;
    }
    if (values['no-clist'] && line.startsWith('{"type":"clist"')) return;
    batch.push(shiftLine(line, k), '\n');
    if (batch.length >= 4096) await flush();
  });
  await flush();
  if (values.split) await closeOut(o);
  process.stderr.write(`copy ${k + 1}/${copies} done (${Math.round((Date.now() - t0) / 1000)} s)\n`);
}
if (values.out) await closeOut(o);
console.log(JSON.stringify({ copies, rawBytes, blocksPerCopy: max.blockHeight, out: values.out ?? values.split }));
