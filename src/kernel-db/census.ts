import fs from 'node:fs';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from '../shared/limits.js';
import { requireSqlite } from '../shared/node-support.js';
import { isOwnedCopy } from './open-snapshot.js';
import type { ImportEdge, KernelCensus, KernelObjectCensus, RefCountSplit, VatCensus } from './types.js';

export interface CensusOptions {
  /**
   * Allow opening the DB read-write if a read-only open fails (e.g. a WAL DB without `-shm` in a
   * read-only place). Default: only for temporary copies made by `openSnapshot`.
   */
  allowWriteFallback?: boolean;
}

const NO_OWNER = '?';

/** Numeric order for `v12` style IDs; anything else sorts after, lexically. */
export function compareVatIDs(a: string, b: string): number {
  const ma = /^v(\d+)$/.exec(a);
  const mb = /^v(\d+)$/.exec(b);
  if (ma && mb) return Number(ma[1]) - Number(mb[1]);
  if (ma) return -1;
  if (mb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Classify a c-list value `"<R|_> <vref>"` (legacy values without a flag count as reachable). */
export function parseClistValue(value: string): { reachable: boolean; vref: string } {
  if (value.length >= 2 && value[1] === ' ' && (value[0] === 'R' || value[0] === '_')) {
    return { reachable: value[0] === 'R', vref: value.slice(2) };
  }
  return { reachable: true, vref: value };
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Cheap sanity check of the 100-byte SQLite header: magic and "file shorter than the header says". */
function checkHeader(dbPath: string, where: string): void {
  let fd: number;
  try {
    fd = fs.openSync(dbPath, 'r');
  } catch (err) {
    throw new InputError(`${where}: cannot open: ${(err as Error).message}`);
  }
  try {
    const head = Buffer.alloc(100);
    const n = fs.readSync(fd, head, 0, 100, 0);
    if (n < 100 || !head.subarray(0, 16).equals(SQLITE_HEADER)) {
      throw new InputError(`${where}: not a SQLite database (bad header)`);
    }
    const rawPage = head.readUInt16BE(16);
    const pageSize = rawPage === 1 ? 65536 : rawPage;
    const pageCount = head.readUInt32BE(28);
    const changeCounter = head.readUInt32BE(24);
    const validFor = head.readUInt32BE(92);
    const size = fs.fstatSync(fd).size;
    if (pageCount > 0 && changeCounter === validFor && size < pageCount * pageSize) {
      throw new InputError(
        `${where}: SQLite file is truncated (${size} bytes, header says ${pageCount} pages of ${pageSize} bytes)`,
      );
    }
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * How SQLite is to open `dbPath` read-only. A DB with no `-wal` or `-journal` file beside it has all
 * its content in the main file, and is opened `immutable`: SQLite then takes no locks and creates
 * nothing next to it. Opened plainly, a WAL-mode file (a swing-store closed cleanly is one) gets a
 * `-shm` and a `-wal` file beside it even read-only, and in a read-only directory cannot be opened
 * at all. A DB with a `-wal` or `-journal` (an owned copy: see openPlain) is opened as usual, so
 * that SQLite reads them.
 */
function readOnlyLocation(dbPath: string): string | URL {
  if (fs.existsSync(`${dbPath}-wal`) || fs.existsSync(`${dbPath}-journal`)) return dbPath;
  const url = pathToFileURL(path.resolve(dbPath));
  url.searchParams.set('immutable', '1');
  return url;
}

function openDb(dbPath: string, where: string, allowWrite: boolean): DatabaseSync {
  checkHeader(dbPath, where);
  const Sqlite = requireSqlite(where).DatabaseSync;
  let firstErr: unknown;
  try {
    const db = new Sqlite(readOnlyLocation(dbPath), { readOnly: true });
    try {
      db.prepare('SELECT 1 FROM sqlite_master LIMIT 1').get();
      return db;
    } catch (err) {
      db.close();
      throw err;
    }
  } catch (err) {
    firstErr = err;
  }
  if (allowWrite) {
    let db: DatabaseSync | undefined;
    try {
      db = new Sqlite(dbPath, { readOnly: false });
      db.prepare('SELECT 1 FROM sqlite_master LIMIT 1').get();
      return db;
    } catch {
      db?.close(); // report the read-only error below
    }
  }
  throw new InputError(`${where}: cannot open SQLite swing-store: ${(firstErr as Error).message}`);
}

function toInt(v: unknown): number | undefined {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

function parseJson(v: string | undefined): unknown {
  if (v === undefined) return undefined;
  try {
    return JSON.parse(v);
  } catch {
    return undefined;
  }
}

const emptyRef = (): RefCountSplit => ({ total: 0, reachable: 0, recognizableOnly: 0, unreferenced: 0 });

/**
 * Count one snapshot's kernel-DB state: per-vat c-lists (one direction, `vNN.c.k*`), the import
 * graph (importer → `koN.owner`), `koN.refCount` splits per owner, and kernel counters. Streams key
 * ranges with prepared statements; never loads the whole kvStore. Opens the DB read-only.
 */
export function censusSnapshot(
  dbPath: string,
  label: { stage?: number; source: string },
  opts: CensusOptions = {},
): KernelCensus {
  const where = label.source === dbPath || !label.source ? dbPath : `${label.source} (${dbPath})`;
  const allowWrite = opts.allowWriteFallback ?? isOwnedCopy(dbPath);
  const db = openDb(dbPath, where, allowWrite);
  try {
    return runCensus(db, label);
  } catch (err) {
    const msg = (err as Error).message;
    if (err instanceof InputError && msg.startsWith(where)) throw err;
    throw new InputError(`${where}: cannot read swing-store: ${msg}`);
  } finally {
    db.close();
  }
}

function runCensus(db: DatabaseSync, label: { stage?: number; source: string }): KernelCensus {
  const hasKv = db.prepare("SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = 'kvStore'").get();
  if (!hasKv) throw new InputError('no kvStore table (not a swing-store DB)');

  let rows = 0;
  const getStmt = db.prepare('SELECT value FROM kvStore WHERE key = ?');
  const get = (key: string): string | undefined => {
    const r = getStmt.get(key) as { value: unknown } | undefined;
    if (!r) return undefined;
    rows++;
    return r.value == null ? undefined : String(r.value);
  };
  const rangeStmt = db.prepare('SELECT key, value FROM kvStore WHERE key >= ? AND key < ?');
  function* range(stmt: StatementSync, lo: string, hi: string): Generator<[string, string]> {
    for (const r of stmt.iterate(lo, hi) as Iterable<{ key: unknown; value: unknown }>) {
      rows++;
      yield [String(r.key), r.value == null ? '' : String(r.value)];
    }
  }

  // --- vat IDs: vat.name.* ∪ vat.dynamicIDs ∪ any vNN with a c-list ---
  const names = new Map<string, string>();
  for (const [key, value] of range(rangeStmt, 'vat.name.', 'vat.name/')) {
    const vatID = value.trim();
    if (/^v\d+$/.test(vatID) && !names.has(vatID)) names.set(vatID, key.slice('vat.name.'.length));
  }
  const dynamic = new Set<string>();
  const dyn = parseJson(get('vat.dynamicIDs'));
  if (Array.isArray(dyn)) for (const v of dyn) if (typeof v === 'string') dynamic.add(v);
  const terminated = new Set<string>();
  const term = parseJson(get('vats.terminated'));
  if (Array.isArray(term)) for (const v of term) if (typeof v === 'string') terminated.add(v);

  const vatIDs = new Set<string>([...names.keys(), ...dynamic]);
  // Skip-scan over `v<digits>.` prefixes: one index seek per distinct prefix.
  const nextGe = db.prepare("SELECT key FROM kvStore WHERE key >= ? AND key < 'v:' ORDER BY key LIMIT 1");
  const nextGt = db.prepare("SELECT key FROM kvStore WHERE key > ? AND key < 'v:' ORDER BY key LIMIT 1");
  const hasClist = db.prepare('SELECT 1 AS x FROM kvStore WHERE key >= ? AND key < ? LIMIT 1');
  let r = nextGe.get('v0') as { key: unknown } | undefined;
  while (r) {
    const key = String(r.key);
    const m = /^v(\d+)\./.exec(key);
    if (m) {
      const vatID = `v${m[1]}`;
      if (!vatIDs.has(vatID) && hasClist.get(`${vatID}.c.`, `${vatID}.c/`)) vatIDs.add(vatID);
      r = nextGe.get(`${vatID}/`) as { key: unknown } | undefined;
    } else {
      r = nextGt.get(key) as { key: unknown } | undefined;
    }
  }

  // --- per-vat c-lists (one direction) + import graph ---
  // One range scan per vat; the exporter of each object import is joined in SQLite (an index seek
  // on `<kref>.owner`), so JS only sees (key, value, owner) tuples.
  const clistStmt = db.prepare(
    `SELECT c.key, c.value, o.value FROM kvStore c
       LEFT JOIN kvStore o
         ON (substr(c.value, 3, 2) = 'o-' OR substr(c.value, 1, 2) = 'o-')
        AND o.key = (substr(c.key, ?) || '.owner')
     WHERE c.key >= ? AND c.key < ?`,
  );
  clistStmt.setReturnArrays(true);
  const edges = new Map<string, ImportEdge>();
  const vats: VatCensus[] = [];
  for (const vatID of [...vatIDs].sort(compareVatIDs)) {
    const vat: VatCensus = {
      vatID,
      exports: { reachable: 0, recognizableOnly: 0 },
      imports: { reachable: 0, recognizableOnly: 0 },
      promises: 0,
      devices: 0,
    };
    const options = parseJson(get(`${vatID}.options`)) as
      | { name?: unknown; managerType?: unknown; workerOptions?: { type?: unknown } }
      | undefined;
    const name = names.get(vatID) ?? (typeof options?.name === 'string' ? options.name : undefined);
    if (name !== undefined) vat.name = name;
    const mt = options?.workerOptions?.type ?? options?.managerType;
    if (typeof mt === 'string') vat.managerType = mt;
    const nextID = toInt(get(`${vatID}.o.nextID`));
    if (nextID !== undefined) vat.nextImportID = nextID;
    if (dynamic.has(vatID)) vat.dynamic = true;
    if (terminated.has(vatID)) vat.terminated = true;

    let entries = 0;
    const byExporter = new Map<string, ImportEdge>();
    const krefStart = `${vatID}.c.`.length + 1; // 1-based substr offset of the kref
    for (const row of clistStmt.iterate(krefStart, `${vatID}.c.k`, `${vatID}.c.l`) as Iterable<unknown[]>) {
      rows++;
      entries++;
      const value = row[1] == null ? '' : String(row[1]);
      const { reachable, vref } = parseClistValue(value);
      const t = vref[0];
      if (t === 'o') {
        const dir = vref[1];
        if (dir === '+') {
          if (reachable) vat.exports.reachable++;
          else vat.exports.recognizableOnly++;
        } else if (dir === '-') {
          if (reachable) vat.imports.reachable++;
          else vat.imports.recognizableOnly++;
          if (row[2] != null) rows++;
          const exporter = row[2] == null ? NO_OWNER : String(row[2]);
          let edge = byExporter.get(exporter);
          if (!edge) {
            edge = { importer: vatID, exporter, total: 0, reachable: 0 };
            byExporter.set(exporter, edge);
          }
          edge.total++;
          if (reachable) edge.reachable++;
        }
      } else if (t === 'p') {
        vat.promises++;
      } else if (t === 'd') {
        vat.devices++;
      }
    }
    for (const [exporter, edge] of byExporter) edges.set(`${vatID}\u0000${exporter}`, edge);
    vat.clistEntries = entries;
    vats.push(vat);
  }
  const importGraph = [...edges.values()].sort(
    (a, b) => compareVatIDs(a.importer, b.importer) || compareVatIDs(a.exporter, b.exporter),
  );

  // --- kernel objects: every koN has `.refCount` ("<reachable>,<recognizable>") and `.owner`.
  // Aggregated in SQLite by (owner, refCount); JS sees one row per distinct pair.
  const kernelObjects: KernelObjectCensus = { ...emptyRef(), byOwner: {} };
  // Keyed by `koN.owner` values from the DB, which may be any string (`__proto__` too): a Map, and
  // an object without a prototype for the report.
  const owners = new Map<string, RefCountSplit>();
  const refStmt = db.prepare(
    `SELECT o.value, r.value, count(*), count(o.value) FROM kvStore r
       LEFT JOIN kvStore o ON o.key = (substr(r.key, 1, length(r.key) - 9) || '.owner')
     WHERE r.key >= 'ko' AND r.key < 'kp' AND substr(r.key, -9) = '.refCount'
     GROUP BY 1, 2`,
  );
  refStmt.setReturnArrays(true);
  for (const row of refStmt.iterate() as Iterable<unknown[]>) {
    const n = Number(row[2]);
    rows += n + Number(row[3]);
    const owner = row[0] == null ? NO_OWNER : String(row[0]);
    let per = owners.get(owner);
    if (!per) owners.set(owner, (per = emptyRef()));
    const m = /^\s*(\d+)\s*,\s*(\d+)\s*$/.exec(row[1] == null ? '' : String(row[1]));
    const reach = m ? Number(m[1]) : 0;
    const recog = m ? Number(m[2]) : 0;
    const bucket: Exclude<keyof RefCountSplit, 'total'> =
      reach > 0 ? 'reachable' : recog > 0 ? 'recognizableOnly' : 'unreferenced';
    for (const s of [kernelObjects, per]) {
      s.total += n;
      s[bucket] += n;
    }
  }
  const recognizableOnlyObjectsByOwner: Record<string, number> = Object.create(null);
  const byOwner: Record<string, RefCountSplit> = Object.create(null);
  for (const owner of [...owners.keys()].sort(compareVatIDs)) {
    const split = owners.get(owner)!;
    byOwner[owner] = split;
    if (split.recognizableOnly > 0) recognizableOnlyObjectsByOwner[owner] = split.recognizableOnly;
  }
  kernelObjects.byOwner = byOwner;

  // --- kernel-wide counters ---
  const census: KernelCensus = {
    source: label.source,
    vats,
    importGraph,
    recognizableOnlyObjectsByOwner,
    kernelObjects,
    kvRowsScanned: 0,
  };
  if (label.stage !== undefined) census.stage = label.stage;
  const height = toInt(get('host.height'));
  if (height !== undefined) census.height = height;
  const ko = toInt(get('ko.nextID'));
  if (ko !== undefined) census.koNextID = ko;
  const kp = toInt(get('kp.nextID'));
  if (kp !== undefined) census.kpNextID = kp;
  const stats = parseJson(get('kernelStats'));
  if (stats && typeof stats === 'object' && !Array.isArray(stats)) {
    const out: Record<string, number> = Object.create(null);
    for (const [k, v] of Object.entries(stats as Record<string, unknown>)) {
      if (typeof v === 'number' && Number.isFinite(v)) out[k] = v;
      else if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) out[k] = Number(v);
    }
    census.kernelStats = out;
  }
  census.kvRowsScanned = rows;
  return census;
}
