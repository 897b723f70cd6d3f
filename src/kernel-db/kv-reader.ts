/**
 * Keyed access to a swing-store's kvStore for the census: point lookups and key ranges, each an
 * index seek. A kvStore whose `key` has no index (a DB made by another tool without the PRIMARY
 * KEY) would make every such query a scan of the whole table, and SQLite would build an automatic
 * index over all of it for every per-vat join: the census would be quadratic (issue: 1,000 vats,
 * 55 s). Then the reader builds one index once: it copies the rows the census reads (everything
 * but the vatstore, `vNN.vs.*`, the bulk of a kvStore) into a temporary table keyed by `key`, in
 * one scan, and every query reads that table instead.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { InputError } from '../shared/limits.js';

/** What the census needs of a connection (a test may wrap it to watch the statements). */
export type KvDb = Pick<DatabaseSync, 'prepare' | 'exec'>;

export interface KvReader {
  /** The table every query reads: `kvStore`, or `temp.census_kv` when kvStore has no key index. */
  readonly table: string;
  /** `table`: kvStore's own index on `key`; `temporary`: built once over a copy (see module comment). */
  readonly keyIndex: 'table' | 'temporary';
  /** Prepares `sql` with every `KV` (a whole word) read as the table. */
  prepare(sql: string): StatementSync;
  /** The value of `key`, undefined when absent or NULL. Counts a row read when present. */
  get(key: string): string | undefined;
  /** Rows with lo ≤ key < hi, in key order. Counts each row read. */
  range(lo: string, hi: string): Generator<[string, string]>;
  /** Rows read so far (range rows + point lookups that hit + rows the caller reports). */
  rows: number;
}

const TEMP_TABLE = 'temp.census_kv';

/** True when a point lookup on kvStore.key is an index seek (not a scan, not an automatic index). */
export function hasKeyIndex(db: KvDb): boolean {
  const plan = db.prepare('EXPLAIN QUERY PLAN SELECT value FROM kvStore WHERE key = ?').all() as Array<{ detail?: unknown }>;
  return plan.some((r) => /^SEARCH\b/.test(String(r.detail)) && !/AUTOMATIC/.test(String(r.detail)));
}

export function openKvReader(db: KvDb): KvReader {
  const hasKv = db.prepare("SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = 'kvStore'").get();
  if (!hasKv) throw new InputError('no kvStore table (not a swing-store DB)');
  let table = 'kvStore';
  let keyIndex: KvReader['keyIndex'] = 'table';
  if (!hasKeyIndex(db)) {
    // One scan of kvStore; the vatstore (`v<digits>.vs.…`) is never read by the census. A duplicate
    // key (possible without the PRIMARY KEY) keeps its first row.
    db.exec(`CREATE TEMP TABLE IF NOT EXISTS census_kv (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
             DELETE FROM ${TEMP_TABLE};
             INSERT OR IGNORE INTO ${TEMP_TABLE} (key, value)
               SELECT key, value FROM main.kvStore WHERE key IS NOT NULL AND key NOT GLOB 'v[0-9]*.vs.*'`);
    table = TEMP_TABLE;
    keyIndex = 'temporary';
  }
  const prepare = (sql: string) => db.prepare(sql.replace(/\bKV\b/g, table));
  const getStmt = prepare('SELECT value FROM KV WHERE key = ?');
  const rangeStmt = prepare('SELECT key, value FROM KV WHERE key >= ? AND key < ?');
  const reader: KvReader = {
    table,
    keyIndex,
    rows: 0,
    prepare,
    get(key) {
      const r = getStmt.get(key) as { value: unknown } | undefined;
      if (!r) return undefined;
      reader.rows++;
      return r.value == null ? undefined : String(r.value);
    },
    *range(lo, hi) {
      for (const r of rangeStmt.iterate(lo, hi) as Iterable<{ key: unknown; value: unknown }>) {
        reader.rows++;
        yield [String(r.key), r.value == null ? '' : String(r.value)];
      }
    },
  };
  return reader;
}
