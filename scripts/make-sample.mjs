// Makes examples/sample-run/ from the shared loadgen-leaky fixture: the same real kernel lines,
// minus the ones loadgen-gate never reads (syscall-result, crank-start/-finish, syscalls other
// than dropImports) and minus the vat source bundles inside create-vat. Storage tars and
// perf.jsonl are copied as they are. Usage: node scripts/make-sample.mjs [fixture-dir] [out-dir]
import { createReadStream, createWriteStream, mkdirSync, copyFileSync, readdirSync } from 'node:fs';
import { createGunzip, createGzip } from 'node:zlib';
import readline from 'node:readline';
import path from 'node:path';

const src = process.argv[2] ?? '../shared/fixtures/loadgen-leaky';
const out = process.argv[3] ?? 'examples/sample-run';
mkdirSync(out, { recursive: true });
for (const name of readdirSync(src).sort()) {
  if (name === 'perf.jsonl' || name.endsWith('-storage.tar.xz')) {
    copyFileSync(path.join(src, name), path.join(out, name));
    continue;
  }
  if (!name.endsWith('.slog.gz')) continue;
  const gz = createGzip({ level: 9 });
  const done = new Promise((r) => gz.pipe(createWriteStream(path.join(out, name))).on('finish', r));
  const rl = readline.createInterface({ input: createReadStream(path.join(src, name)).pipe(createGunzip()), crlfDelay: Infinity });
  for await (let line of rl) {
    if (/^\{"type":"(syscall-result|crank-start|crank-finish)"/.test(line)) continue;
    if (line.startsWith('{"type":"syscall"') && !line.slice(0, 400).includes('dropImports')) continue;
    if (line.startsWith('{"type":"create-vat"')) {
      const o = JSON.parse(line);
      delete o.vatSourceBundle;
      line = JSON.stringify(o);
    }
    gz.write(line + '\n');
  }
  gz.end();
  await done;
}
console.log(`wrote ${out}`);
