#!/usr/bin/env node
// Generates a swing-store kernel DB (`swingstore.sqlite`) with a realistic key mix for the census
// benchmark: per-vat c-lists in both directions (`vNN.c.koN` → `R o-M`, `vNN.c.o-M` → `koN`),
// `koN.owner` / `koN.refCount` for every kernel object, promises, and `vNN.vs.*` vatstore filler.
//
//   node scripts/gen-census-db.mjs --rows 1000000 --out bench/.data/census-1m.sqlite
//
// --no-pk makes kvStore without its PRIMARY KEY (no index on `key`), as a DB written by another
// tool may be: the census must stay linear in rows there too.
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import { mulberry32 } from '../src/stats/prng.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, out: { type: 'string' }, vats: { type: 'string', default: '40' }, 'no-pk': { type: 'boolean', default: false } } });
if (!values.out) {
  console.error('usage: gen-census-db.mjs --out FILE.sqlite [--rows N] [--vats N] [--no-pk]');
  process.exit(2);
}
const targetRows = Number(values.rows);
const nVats = Number(values.vats);

// The project's deterministic PRNG, so every generated DB is the same.
const rand = mulberry32(0x5eed);

fs.mkdirSync(path.dirname(values.out), { recursive: true });
const tmp = `${values.out}.tmp`;
fs.rmSync(tmp, { force: true });
const db = new DatabaseSync(tmp);
db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;');
db.exec(values['no-pk'] ? 'CREATE TABLE kvStore (key TEXT, value TEXT)' : 'CREATE TABLE kvStore (key TEXT, value TEXT, PRIMARY KEY (key))');
const put = db.prepare('INSERT INTO kvStore (key, value) VALUES (?, ?)');
let rows = 0;
const set = (k, v) => {
  put.run(k, v);
  rows++;
};

db.exec('BEGIN');
const vats = Array.from({ length: nVats }, (_, i) => `v${i + 1}`);
const names = vats.map((v, i) => (i < 10 ? `static${i + 1}` : null)).filter(Boolean);
set('vat.names', JSON.stringify(names));
names.forEach((n, i) => set(`vat.name.${n}`, vats[i]));
set('vat.dynamicIDs', JSON.stringify(vats.slice(10)));
for (const v of vats) set(`${v}.options`, JSON.stringify({ name: `zcf-${v}`, workerOptions: { type: 'xsnap' }, critical: false, reapDirtThreshold: {} }));

// Kernel objects: each exported by one vat and imported by 0..3 others; ~6 rows per object with
// vatstore filler on top, until the target row count is reached.
const nextVref = new Map(vats.map((v) => [v, { exp: 1, imp: 50, prom: 60 }]));
let ko = 20;
let kp = 40;
const fillerShare = 0.2;
while (rows < targetRows * (1 - fillerShare)) {
  const kref = `ko${ko++}`;
  const owner = vats[Math.floor(rand() * nVats)];
  const ownerIds = nextVref.get(owner);
  const exp = `o+${ownerIds.exp++}`;
  set(`${owner}.c.${kref}`, `R ${exp}`);
  set(`${owner}.c.${exp}`, kref);
  set(`${kref}.owner`, owner);
  const importers = new Set();
  for (let i = Math.floor(rand() * 4); i > 0; i--) importers.add(vats[Math.floor(rand() * nVats)]);
  importers.delete(owner);
  let reachable = 0;
  for (const imp of importers) {
    const ids = nextVref.get(imp);
    const vref = `o-${ids.imp++}`;
    const r = rand() < 0.8;
    if (r) reachable++;
    set(`${imp}.c.${kref}`, `${r ? 'R' : '_'} ${vref}`);
    set(`${imp}.c.${vref}`, kref);
  }
  set(`${kref}.refCount`, `${reachable},${importers.size}`);
  if (rand() < 0.05) {
    const pk = `kp${kp++}`;
    const ids = nextVref.get(owner);
    const p = `p-${ids.prom++}`;
    set(`${owner}.c.${pk}`, `R ${p}`);
    set(`${owner}.c.${p}`, pk);
    set(`${pk}.state`, 'unresolved');
    set(`${pk}.refCount`, '1');
  }
}
for (const v of vats) set(`${v}.o.nextID`, String(nextVref.get(v).imp));
let i = 0;
while (rows < targetRows) {
  const v = vats[i % nVats];
  set(`${v}.vs.vom.o+d${10 + (i % 7)}/${i}`, JSON.stringify({ count: { body: `#${i}`, slots: [] } }));
  i++;
}
set('ko.nextID', String(ko));
set('kp.nextID', String(kp));
set('host.height', '10000');
set('crankNumber', '1234567');
set('kernelStats', JSON.stringify({ kernelObjects: ko - 20, kernelPromises: kp - 40, clistEntries: 0 }));
db.exec('COMMIT');
rows = Number(db.prepare('SELECT count(*) AS n FROM kvStore').get().n);
db.close();
fs.renameSync(tmp, values.out);
console.log(JSON.stringify({ rows, kernelObjects: ko - 20, vats: nVats, primaryKey: !values['no-pk'], out: values.out, bytes: fs.statSync(values.out).size }));
