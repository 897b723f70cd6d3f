/**
 * A kvStore without its PRIMARY KEY (no index on `key`) must not make the census quadratic: each
 * per-vat query would scan the whole table and build an automatic index over it. The census builds
 * one index once (a temporary copy keyed by `key`) and reads only that. Checked by what SQLite
 * plans and by how many statements run, never by wall time: the same census as with the key
 * index, a fixed number of prepared statements whatever the number of vats, no statement that
 * scans a table or builds an automatic index, and exactly one pass over kvStore.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { runCensus, censusSnapshot } from '../../src/kernel-db/census.js';
import { hasKeyIndex, type KvDb } from '../../src/kernel-db/kv-reader.js';
import type { KernelCensus } from '../../src/kernel-db/types.js';
import { scratchDir } from './helpers.js';

const dir = scratchDir('key-index');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * A kernel DB of `vats` vats in a ring: each exports 3 objects to the next vat (1 reachable, 2
 * recognizable-only there), holds 2 unresolved promises decided by the previous vat (and
 * subscribes to them), and has 5 vatstore rows. The vat IDs start at `firstVat`.
 */
function kernelRows(vats: number, firstVat: number): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  const ids = Array.from({ length: vats }, (_, i) => `v${firstVat + i}`);
  rows.push(['vat.names', JSON.stringify(ids.map((v) => `n-${v}`))]);
  let ko = 20;
  let kp = 40;
  ids.forEach((v, i) => {
    rows.push([`vat.name.n-${v}`, v], [`${v}.options`, JSON.stringify({ workerOptions: { type: 'xsnap' } })]);
    const next = ids[(i + 1) % vats]!;
    const prev = ids[(i + vats - 1) % vats]!;
    for (let j = 0; j < 3; j++) {
      const kref = `ko${ko++}`;
      rows.push([`${v}.c.${kref}`, `R o+${j + 1}`], [`${v}.c.o+${j + 1}`, kref], [`${kref}.owner`, v]);
      const reach = j === 0 ? 'R' : '_';
      rows.push([`${next}.c.${kref}`, `${reach} o-${50 + i * 3 + j}`], [`${kref}.refCount`, j === 0 ? '1,1' : '0,1']);
    }
    for (let j = 0; j < 2; j++) {
      const kpid = `kp${kp++}`;
      rows.push([`${v}.c.${kpid}`, `R p-${60 + j}`], [`${kpid}.state`, 'unresolved'], [`${kpid}.decider`, prev]);
      rows.push([`${kpid}.subscribers`, v], [`${kpid}.refCount`, '2'], [`${prev}.c.${kpid}`, `R p+${10 + i * 2 + j}`]);
    }
    for (let j = 0; j < 5; j++) rows.push([`${v}.vs.vom.o+d1/${j}`, '{}']);
  });
  rows.push(['ko.nextID', String(ko)], ['kp.nextID', String(kp)], ['host.height', '500']);
  return rows;
}

function writeDb(file: string, rows: Array<[string, string]>, primaryKey: boolean): string {
  const db = new DatabaseSync(file);
  db.exec(`CREATE TABLE kvStore (key TEXT, value TEXT${primaryKey ? ', PRIMARY KEY (key)' : ''})`);
  const put = db.prepare('INSERT INTO kvStore (key, value) VALUES (?, ?)');
  db.exec('BEGIN');
  // Rows in a scrambled order: without the key index nothing may rely on insertion order.
  for (let i = 0; i < rows.length; i++) {
    const [k, v] = rows[(i * 7919) % rows.length]!;
    put.run(k, v);
  }
  db.exec('COMMIT');
  db.close();
  return file;
}

/** Runs the census over a connection that records every statement it prepares and executes. */
function watchedCensus(file: string): { census: KernelCensus; prepared: string[]; executed: string[]; plans: string[][] } {
  const db = new DatabaseSync(file, { readOnly: true });
  const prepared: string[] = [];
  const executed: string[] = [];
  const watched: KvDb = {
    prepare: (sql: string) => {
      prepared.push(sql);
      return db.prepare(sql);
    },
    exec: (sql: string) => {
      executed.push(sql);
      db.exec(sql);
    },
  };
  try {
    const census = runCensus(watched, { source: path.basename(file) });
    const plans = prepared
      .filter((sql) => !/^\s*EXPLAIN/i.test(sql))
      .map((sql) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((r) => r.detail));
    return { census, prepared, executed, plans };
  } finally {
    db.close();
  }
}

/** Plan lines that read a whole table or build an index per statement (sqlite_master aside). */
const badPlanLines = (plans: string[][]) => plans.flat().filter((d) => /AUTOMATIC/.test(d) || (/^SCAN\b/.test(d) && !/sqlite_master/.test(d)));

describe('census of a kvStore without a key index', () => {
  for (const [vats, firstVat] of [[40, 1], [400, 17]] as const) {
    it(`${vats} vats from v${firstVat}: the same census as with the key index, from one pass over kvStore`, () => {
      const rows = kernelRows(vats, firstVat);
      const withPk = writeDb(path.join(dir, `pk-${vats}.sqlite`), rows, true);
      const noPk = writeDb(path.join(dir, `nopk-${vats}.sqlite`), rows, false);
      const a = watchedCensus(withPk);
      const b = watchedCensus(noPk);
      expect(a.census.keyIndex).toBe('table');
      expect(b.census.keyIndex).toBe('temporary');
      const { keyIndex: _a, source: _s1, ...ca } = a.census;
      const { keyIndex: _b, source: _s2, ...cb } = b.census;
      expect(cb).toEqual(ca);
      // The numbers themselves: every vat has 3 exports, 3 imports from its predecessor (1
      // reachable, 2 recognizable-only) and 4 unresolved promise entries (2 it decides, 2 it holds).
      expect(b.census.vats).toHaveLength(vats);
      const v = b.census.vats[1]!;
      expect(v).toMatchObject({ exports: { reachable: 3, recognizableOnly: 0 }, imports: { reachable: 1, recognizableOnly: 2 }, promises: 4, unresolvedPromises: 4 });
      expect(b.census.kernelPromises).toMatchObject({ total: 2 * vats, byState: { unresolved: 2 * vats } });
      expect(b.census.promiseGraph!.filter((e) => e.holder === v.vatID)).toEqual([
        { holder: v.vatID, decider: `v${firstVat}`, unresolved: 2, subscribed: 2 },
        { holder: v.vatID, decider: `v${firstVat + 1}`, unresolved: 2, subscribed: 0 },
      ]);
      // With the key index, nothing is copied; without it, kvStore is read by one statement, once.
      expect(a.executed).toEqual([]);
      expect(b.executed).toHaveLength(1);
      expect(b.executed[0]).toMatch(/INSERT OR IGNORE INTO temp\.census_kv[\s\S]*FROM main\.kvStore/);
      for (const w of [a, b]) expect(badPlanLines(w.plans)).toEqual([]);
      // Every query reads the indexed copy, not kvStore.
      expect(b.prepared.filter((s) => /\bkvStore\b/.test(s) && !/sqlite_master/.test(s) && !/^\s*EXPLAIN/i.test(s))).toEqual([]);
    });
  }

  it('prepares as many statements for 400 vats as for 40: no statement per vat', () => {
    const counts = [40, 400].map((vats) => watchedCensus(path.join(dir, `nopk-${vats}.sqlite`)).prepared.length);
    expect(counts[1]).toBe(counts[0]);
  });

  it('the check itself: a plain kvStore has a key index, one without the PRIMARY KEY has none', () => {
    for (const [name, want] of [['pk-40.sqlite', true], ['nopk-40.sqlite', false]] as const) {
      const db = new DatabaseSync(path.join(dir, name), { readOnly: true });
      try {
        expect(hasKeyIndex(db)).toBe(want);
      } finally {
        db.close();
      }
    }
  });

  it('censusSnapshot opens such a DB read-only and writes nothing beside it', () => {
    const before = fs.readdirSync(dir).sort();
    const c = censusSnapshot(path.join(dir, 'nopk-40.sqlite'), { source: 'nopk-40.sqlite', stage: 1 });
    expect(c.keyIndex).toBe('temporary');
    expect(c.stage).toBe(1);
    expect(fs.readdirSync(dir).sort()).toEqual(before);
  });
});
