import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/** A fresh scratch directory for one test file. */
export function scratchDir(tag: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `kdb-test-${tag}-`));
}

/** Run the system tar with an argument array (never a shell). */
export function tar(args: string[], cwd?: string): void {
  execFileSync('tar', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_ALL: 'C' } });
}

/** Compress a file with xz in place (`f` → `f.xz`). */
export function xz(file: string): string {
  execFileSync('xz', ['-z', '-f', file], { stdio: ['ignore', 'ignore', 'pipe'] });
  return `${file}.xz`;
}

/** Recursive listing (relative path → size / 'dir' / 'link') used to prove nothing else was written. */
export function tree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      const rel = path.relative(root, p);
      if (e.isSymbolicLink()) out[rel] = `link:${fs.readlinkSync(p)}`;
      else if (e.isDirectory()) {
        out[rel] = 'dir';
        walk(p);
      } else out[rel] = `${fs.statSync(p).size}`;
    }
  };
  walk(root);
  return out;
}

/** Write a small swing-store-shaped SQLite DB with the given kvStore rows. */
export function makeKvDb(file: string, rows: Record<string, string>, opts: { wal?: boolean } = {}): DatabaseSync {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new DatabaseSync(file);
  if (opts.wal) db.exec('PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;');
  db.exec('CREATE TABLE kvStore (key TEXT, value TEXT, PRIMARY KEY (key))');
  const ins = db.prepare('INSERT INTO kvStore (key, value) VALUES (?, ?)');
  for (const [k, v] of Object.entries(rows)) ins.run(k, v);
  return db;
}

/** A minimal but realistic kvStore: exporter v1 ("alice") and importer v2 ("bob"). */
export const SMALL_KV: Record<string, string> = {
  'vat.names': '["alice","bob"]',
  'vat.name.alice': 'v1',
  'vat.name.bob': 'v2',
  'vat.dynamicIDs': '[]',
  'v1.options': '{"workerOptions":{"type":"xsnap"},"name":"alice"}',
  'v2.options': '{"workerOptions":{"type":"local"},"name":"bob"}',
  'v1.o.nextID': '50',
  'v2.o.nextID': '53',
  'v1.c.ko20': 'R o+0',
  'v1.c.o+0': 'ko20',
  'v1.c.ko21': '_ o+1',
  'v1.c.o+1': 'ko21',
  'v2.c.ko20': 'R o-50',
  'v2.c.o-50': 'ko20',
  'v2.c.ko21': '_ o-51',
  'v2.c.o-51': 'ko21',
  'ko20.owner': 'v1',
  'ko20.refCount': '1,1',
  'ko21.owner': 'v1',
  'ko21.refCount': '0,1',
  'ko.nextID': '22',
  'kp.nextID': '40',
  'host.height': '77',
};
