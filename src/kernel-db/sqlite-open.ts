/**
 * Opening a swing-store SQLite file for the census: a cheap header check first (so a truncated or
 * foreign file gets a clear one-line error), then a read-only open that leaves nothing beside it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DatabaseSync } from 'node:sqlite';
import { requireSqlite } from '../shared/node-support.js';
import { InputError } from '../shared/limits.js';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Cheap sanity check of the 100-byte SQLite header: magic and "file shorter than the header says". */
export function checkHeader(dbPath: string, where: string): void {
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

/**
 * Opens the DB read-only; with `allowWrite`, read-write when a read-only open fails (a WAL DB
 * without `-shm` in a read-only place). Throws an InputError naming `where`.
 */
export function openDb(dbPath: string, where: string, allowWrite: boolean): DatabaseSync {
  const Sqlite = requireSqlite(where).DatabaseSync;
  checkHeader(dbPath, where);
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
