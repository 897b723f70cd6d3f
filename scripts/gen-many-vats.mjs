#!/usr/bin/env node
// Writes a gzipped slog with many vats, for the bench of what follows the read (statistics, report,
// gate, outputs) against the number of vats:
//   node scripts/gen-many-vats.mjs --vats N --out FILE.slog.gz [--blocks 100] [--boyds 12]
// Every vat is created, gets one message (with one c-list export) and `--boyds` bringOutYourDead
// deliveries spread over the run, so that each is judged and each is a common-mode peer of every
// other: the worst case for work done per vat. Deterministic: the same arguments write the same
// bytes. `manyVatsLines` is the same slog as lines, for tests.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** The slog's lines (without newlines), in order. */
export function* manyVatsLines({ vats, blocks = 100, boyds = 12 }) {
  let t = 1_800_000_000;
  let mono = 1;
  const tick = (s) => {
    t += s;
    mono += s;
    return `"time":${t.toFixed(6)},"monotime":${mono.toFixed(6)}`;
  };
  // A fixed pseudo-random sequence (xorshift32).
  let seed = 0x9e3779b9;
  const rand = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  const vatID = (i) => `v${i + 1}`;
  for (let i = 0; i < vats; i++) yield `{"type":"create-vat","vatID":"${vatID(i)}","name":"vat-${i + 1}","dynamic":true,"managerType":"xsnap",${tick(1e-5)}}`;
  const step = Math.max(1, Math.floor(blocks / boyds));
  const deliveryNum = new Int32Array(vats);
  let crank = 1;
  const body = '{"methargs":{"body":"#[\\"poke\\",[]]","slots":[]},"result":null}';
  for (let h = 1; h <= blocks; h++) {
    const block = `"blockHeight":${h},"blockTime":${1_800_000_000 + h * 6}`;
    yield `{"type":"cosmic-swingset-begin-block",${block},${tick(0.001)}}`;
    yield `{"type":"cosmic-swingset-end-block-start",${block},${tick(0.001)}}`;
    for (let i = 0; i < vats; i++) {
      // Vat i: its message in block 1 + (i mod step), a BOYD there and every `step` blocks after (`boyds` of them).
      const k = h - 1 - (i % step);
      if (k < 0 || k % step !== 0 || k / step >= boyds) continue;
      const v = vatID(i);
      for (const kind of k === 0 ? ['message', 'bringOutYourDead'] : ['bringOutYourDead']) {
        const n = deliveryNum[i]++;
        const c = crank++;
        const msg = kind === 'message';
        const kd = msg ? `["message","ko${i + 1}",${body}]` : '["bringOutYourDead"]';
        const vd = msg ? `["message","o+0",${body}]` : '["bringOutYourDead"]';
        yield `{"type":"deliver","crankNum":${c},"vatID":"${v}","deliveryNum":${n},"replay":false,"dispatch":"${kind}","kd":${kd},"vd":${vd},${tick(1e-4)}}`;
        if (msg) yield `{"type":"clist","crankNum":${c},"mode":"export","vatID":"${v}","kobj":"ko${i + 1}","vobj":"o+0",${tick(1e-6)}}`;
        const seconds = (msg ? 0.001 : 0.004) + rand() * 0.0008;
        const heap = 100_000 + Math.round(rand() * 500);
        yield `{"type":"deliver-result","crankNum":${c},"vatID":"${v}","deliveryNum":${n},"replay":false,"dispatch":"${kind}","dr":["ok",null,{"meterType":"xs-meter-36","currentHeapCount":${heap},"compute":1000}],${tick(seconds)},"seconds":${seconds.toFixed(6)}}`;
      }
    }
    yield `{"type":"cosmic-swingset-end-block-finish",${block},${tick(0.001)}}`;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values: opt } = parseArgs({ options: { vats: { type: 'string' }, out: { type: 'string' }, blocks: { type: 'string', default: '100' }, boyds: { type: 'string', default: '12' } } });
  const [vats, blocks, boyds] = [Number(opt.vats), Number(opt.blocks), Number(opt.boyds)];
  if (!(vats >= 1) || !opt.out || !(blocks >= boyds) || !(boyds >= 1)) {
    process.stderr.write('usage: gen-many-vats.mjs --vats N --out FILE.slog.gz [--blocks 100] [--boyds 12]\n');
    process.exit(2);
  }
  const gz = zlib.createGzip({ level: 1 });
  const done = new Promise((resolve, reject) => gz.pipe(fs.createWriteStream(`${opt.out}.tmp`)).on('close', resolve).on('error', reject));
  let batch = [];
  let lines = 0;
  for (const line of manyVatsLines({ vats, blocks, boyds })) {
    batch.push(line);
    lines++;
    if (batch.length === 4096) {
      if (!gz.write(`${batch.join('\n')}\n`)) await new Promise((r) => gz.once('drain', r));
      batch = [];
    }
  }
  if (batch.length) gz.write(`${batch.join('\n')}\n`);
  gz.end();
  await done;
  fs.renameSync(`${opt.out}.tmp`, opt.out);
  process.stdout.write(`${opt.out}: ${vats} vats, ${blocks} blocks, ${lines} lines\n`);
}
