import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { censusSnapshot } from '../../src/kernel-db/census.js';
import { openSnapshot } from '../../src/kernel-db/open-snapshot.js';
import { DEFAULT_LIMITS, InputError } from '../../src/shared/limits.js';
import { fixture } from '../helpers/fixtures.js';
import { SMALL_KV, makeKvDb, scratchDir, tar, tree, xz } from './helpers.js';

let base: string; // scratch root: inputs live in base/in, temp dirs go to base/tmp
let tmpRoot: string;
let goodDb: string;

beforeAll(() => {
  base = scratchDir('hostile');
  tmpRoot = path.join(base, 'tmp');
  fs.mkdirSync(tmpRoot);
  goodDb = path.join(base, 'good', 'swingstore.sqlite');
  makeKvDb(goodDb, SMALL_KV).close();
});
afterAll(() => {
  fs.rmSync(base, { recursive: true, force: true });
});

let passwdBefore: { size: number; mtimeMs: number };
beforeEach(() => {
  const st = fs.statSync('/etc/passwd');
  passwdBefore = { size: st.size, mtimeMs: st.mtimeMs };
});

/** Expect an InputError matching `re`, the temp root empty, and nothing new anywhere else. */
async function expectRejected(file: string, re: RegExp, opts: Parameters<typeof openSnapshot>[1] = {}) {
  const created = new Set(Object.keys(tree(base))); // inputs built by the test itself
  const err = await openSnapshot(file, { tmpRoot, ...opts }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  expect((err as Error).message).toContain(file);
  expect((err as Error).message).toMatch(re);
  expect(fs.readdirSync(tmpRoot)).toEqual([]);
  const after = tree(base);
  expect(Object.keys(after).filter((k) => !created.has(k))).toEqual([]);
  const st = fs.statSync('/etc/passwd');
  expect({ size: st.size, mtimeMs: st.mtimeMs }).toEqual(passwdBefore);
  return err as InputError;
}

function stage(name: string): string {
  const d = path.join(base, 'in', name);
  fs.mkdirSync(d, { recursive: true });
  return d;
}

/** A stage directory whose `src/db/swingstore.sqlite` is a copy of the good DB, ready to archive. */
function stageWithDb(name: string): string {
  const d = stage(name);
  fs.mkdirSync(path.join(d, 'src', 'db'), { recursive: true });
  fs.copyFileSync(goodDb, path.join(d, 'src', 'db', 'swingstore.sqlite'));
  return d;
}

describe('hostile tar archives', () => {
  it('a member named ../evil anywhere in the archive is refused', async () => {
    const d = stage('dotdot');
    fs.mkdirSync(path.join(d, 'src', 'x'), { recursive: true });
    fs.copyFileSync(goodDb, path.join(d, 'src', 'x', 'swingstore.sqlite'));
    fs.writeFileSync(path.join(d, 'evil'), 'pwned');
    const out = path.join(d, 'a.tar.xz');
    tar(['-c', '-J', '-P', '-f', out, '-C', path.join(d, 'src'), '--', '../evil', 'x/swingstore.sqlite']);
    await expectRejected(out, /unsafe member path "\.\.\/evil"/);
    expect(fs.readFileSync(path.join(d, 'evil'), 'utf8')).toBe('pwned');
    expect(fs.existsSync(path.join(base, 'evil'))).toBe(false);
  });

  it('a ../…/swingstore.sqlite member is refused', async () => {
    const d = stage('dotdot2');
    fs.mkdirSync(path.join(d, 'src'), { recursive: true });
    fs.mkdirSync(path.join(d, 'up'), { recursive: true });
    fs.copyFileSync(goodDb, path.join(d, 'up', 'swingstore.sqlite'));
    const out = path.join(d, 'b.tar.xz');
    tar(['-c', '-J', '-P', '-f', out, '-C', path.join(d, 'src'), '--', '../up/swingstore.sqlite']);
    await expectRejected(out, /unsafe member path "\.\.\/up\/swingstore\.sqlite"/);
  });

  it('an absolute member path (tar -P) is refused', async () => {
    const d = stage('abs');
    const out = path.join(d, 'abs.tar.xz');
    tar(['-c', '-J', '-P', '-f', out, '--', goodDb]);
    const err = await expectRejected(out, /unsafe member path "\//);
    expect(err.message).toContain(goodDb);
  });

  it('a symlink named swingstore.sqlite pointing to /etc/passwd is refused', async () => {
    const d = stage('symlink');
    fs.mkdirSync(path.join(d, 'src', 'data', 'agoric'), { recursive: true });
    fs.symlinkSync('/etc/passwd', path.join(d, 'src', 'data', 'agoric', 'swingstore.sqlite'));
    const out = path.join(d, 'sym.tar.xz');
    tar(['-c', '-J', '-f', out, '-C', path.join(d, 'src'), 'data']);
    await expectRejected(out, /member "data\/agoric\/swingstore\.sqlite" is a symlink -> \/etc\/passwd, not a regular file/);
  });

  it('a hard link named swingstore.sqlite is refused', async () => {
    const d = stage('hardlink');
    fs.mkdirSync(path.join(d, 'src', 'h'), { recursive: true });
    fs.writeFileSync(path.join(d, 'src', 'h', 'a'), 'x');
    fs.linkSync(path.join(d, 'src', 'h', 'a'), path.join(d, 'src', 'h', 'swingstore.sqlite'));
    const out = path.join(d, 'hard.tar.xz');
    tar(['-c', '-J', '-f', out, '-C', path.join(d, 'src'), '--no-recursion', 'h/a', 'h/swingstore.sqlite']);
    await expectRejected(out, /member "h\/swingstore\.sqlite" is a hard link -> h\/a/);
  });

  it('a member whose name is not UTF-8 and climbs out with .. refuses the archive', async () => {
    const d = stageWithDb('nonutf8');
    const out = path.join(d, 'nonutf8.tar');
    tar(['-c', '-f', out, '-C', path.join(d, 'src'), 'db']);
    // Append a hand-made ustar member named "\xff/../../evil" (the byte 0xFF is no UTF-8).
    const header = Buffer.alloc(512);
    Buffer.concat([Buffer.from([0xff]), Buffer.from('/../../evil')]).copy(header, 0);
    const field = (at: number, text: string) => header.write(text, at, 'ascii');
    field(100, '0000644\0');
    field(108, '0000000\0');
    field(116, '0000000\0');
    field(124, '00000000001\0');
    field(136, '00000000000\0');
    field(148, '        ');
    header[156] = 0x30; // '0': regular file
    field(257, 'ustar\0');
    field(263, '00');
    let sum = 0;
    for (const b of header) sum += b;
    field(148, `${sum.toString(8).padStart(6, '0')}\0 `);
    const data = Buffer.alloc(512);
    data[0] = 0x78;
    const archive = fs.readFileSync(out);
    // Drop the end-of-archive zero blocks, add the member, close the archive again.
    let end = archive.length;
    while (end >= 512 && archive.subarray(end - 512, end).every((b) => b === 0)) end -= 512;
    fs.writeFileSync(out, Buffer.concat([archive.subarray(0, end), header, data, Buffer.alloc(1024)]));
    const listing = execFileSync('tar', ['-t', '-v', '--quoting-style=escape', '-f', out], { env: { ...process.env, LC_ALL: 'C' } }).toString();
    expect(listing).toContain('\\377/../../evil');
    await expectRejected(out, /unsafe member path "\ufffd\/\.\.\/\.\.\/evil"/);
  });

  it('a -wal sibling that is a symlink is refused', async () => {
    const d = stageWithDb('walsym');
    fs.symlinkSync('/etc/passwd', path.join(d, 'src', 'db', 'swingstore.sqlite-wal'));
    const out = path.join(d, 'walsym.tar.xz');
    tar(['-c', '-J', '-f', out, '-C', path.join(d, 'src'), 'db']);
    await expectRejected(out, /member "db\/swingstore\.sqlite-wal" is a symlink/);
  });

  it('a duplicated swingstore.sqlite member (appended twice) is refused', async () => {
    const d = stageWithDb('dup');
    const plain = path.join(d, 'dup.tar');
    tar(['-c', '-f', plain, '-C', path.join(d, 'src'), 'db/swingstore.sqlite']);
    tar(['-r', '-f', plain, '-C', path.join(d, 'src'), 'db/swingstore.sqlite']);
    const out = xz(plain);
    const renamed = path.join(d, 'dup.tar.xz');
    expect(out).toBe(renamed);
    await expectRejected(renamed, /member "db\/swingstore\.sqlite" appears 2 times/);
  });

  it('a tar.xz without the member', async () => {
    const d = stage('nomember');
    fs.mkdirSync(path.join(d, 'src', 'data'), { recursive: true });
    fs.writeFileSync(path.join(d, 'src', 'data', 'readme.txt'), 'nothing here');
    const out = path.join(d, 'none.tar.xz');
    tar(['-c', '-J', '-f', out, '-C', path.join(d, 'src'), 'data']);
    const err = await expectRejected(out, /no swingstore\.sqlite member in archive$/);
    expect(err.message).toBe(`${out}: no swingstore.sqlite member in archive`);
  });

  it('an LMDB-era archive gets a hint', async () => {
    const d = stage('lmdb');
    fs.mkdirSync(path.join(d, 'src', 'ag-cosmos-chain-state'), { recursive: true });
    fs.writeFileSync(path.join(d, 'src', 'ag-cosmos-chain-state', 'data.mdb'), 'lmdb');
    const out = path.join(d, 'lmdb.tar.xz');
    tar(['-c', '-J', '-f', out, '-C', path.join(d, 'src'), 'ag-cosmos-chain-state']);
    await expectRejected(out, /no swingstore\.sqlite member in archive \(found LMDB data\.mdb/);
  });

  it('a plain text file named .tar.xz reports tar/xz first stderr line', async () => {
    const d = stage('text');
    const out = path.join(d, 'chain-stage-1-storage.tar.xz');
    fs.writeFileSync(out, 'this is not an archive\n');
    await expectRejected(out, /not a readable tar archive: xz: \(stdin\): File format not recognized/);
  });

  it('a truncated copy of a real fixture tar.xz', async () => {
    const d = stage('trunc');
    const out = path.join(d, 'chain-stage-3-storage.tar.xz');
    const src = fs.readFileSync(fixture('loadgen-weak', 'chain-stage-3-storage.tar.xz'));
    fs.writeFileSync(out, src.subarray(0, Math.floor(src.length / 3)));
    await expectRejected(out, /not a readable tar archive: xz: \(stdin\): Unexpected end of input/);
  });

  it('more members than limits.maxEntries', async () => {
    const d = stage('many');
    fs.mkdirSync(path.join(d, 'src', 'm'), { recursive: true });
    for (let i = 0; i < 6; i++) fs.writeFileSync(path.join(d, 'src', 'm', `f${i}`), `${i}`);
    const out = path.join(d, 'many.tar.xz');
    tar(['-c', '-J', '-f', out, '-C', path.join(d, 'src'), 'm']);
    await expectRejected(out, /more than 3 members \(limits\.maxEntries\)/, { limits: { ...DEFAULT_LIMITS, maxEntries: 3 } });
  });

  it('a member over limits.maxFileBytes is refused before extraction', async () => {
    const d = stageWithDb('big');
    const out = path.join(d, 'big.tar.xz');
    tar(['-c', '-J', '-f', out, '-C', path.join(d, 'src'), 'db']);
    await expectRejected(out, /over limits\.maxFileBytes 1000/, { limits: { ...DEFAULT_LIMITS, maxFileBytes: 1000 } });
  });

  it('a decompression bomb (ratio) is refused', async () => {
    const d = stage('bomb');
    fs.mkdirSync(path.join(d, 'src', 'db'), { recursive: true });
    fs.writeFileSync(path.join(d, 'src', 'db', 'swingstore.sqlite'), Buffer.alloc(4 * 1024 * 1024));
    const out = path.join(d, 'bomb.tar.xz');
    tar(['-c', '-J', '-f', out, '-C', path.join(d, 'src'), 'db']);
    await expectRejected(out, /refusing archive: its members total over \d+ bytes, more than 200 times the \d+-byte archive \(limits\.maxRatio\)/);
  });

  it('a bomb beside a small, good DB is refused too: every member counts, not only the DB', async () => {
    // Listing and extracting inflate the whole stream, so zeros in another member cost as much.
    const d = stageWithDb('bomb-beside');
    fs.writeFileSync(path.join(d, 'src', 'db', 'junk'), Buffer.alloc(64 * 1024 * 1024));
    const out = path.join(d, 'beside.tar.xz');
    tar(['-c', '-J', '-f', out, '-C', path.join(d, 'src'), 'db']);
    expect(fs.statSync(out).size).toBeLessThan(64 * 1024 * 1024 / 200);
    await expectRejected(out, /beside\.tar\.xz: refusing archive: its members total over \d+ bytes, more than 200 times the \d+-byte archive \(limits\.maxRatio\)/);
    // The same archive under a looser ratio opens; under a total cap below its size it does not.
    const snap = await openSnapshot(out, { tmpRoot, limits: { ...DEFAULT_LIMITS, maxRatio: 1e6 } });
    expect(censusSnapshot(snap.dbPath, { source: out }).height).toBe(77);
    await snap.cleanup();
    await expect(openSnapshot(out, { tmpRoot, limits: { ...DEFAULT_LIMITS, maxRatio: 1e6, maxTotalBytes: 32 * 1024 * 1024 } })).rejects.toThrow(/refusing archive: its members total over \d+ bytes \(limits\.maxTotalBytes 33554432\)/);
  });
});

describe('corrupt inputs', () => {
  it('random bytes named .sqlite → InputError naming the file (census)', async () => {
    const d = stage('rand');
    const f = path.join(d, 'swingstore.sqlite');
    fs.writeFileSync(f, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 251)));
    const snap = await openSnapshot(f, { tmpRoot });
    expect(snap.dbPath).toBe(f);
    expect(() => censusSnapshot(snap.dbPath, { source: f })).toThrow(InputError);
    expect(() => censusSnapshot(snap.dbPath, { source: f })).toThrow(new RegExp(`^${f}: not a SQLite database`));
    await snap.cleanup();
    expect(fs.existsSync(f)).toBe(true);
  });

  it('a valid header followed by garbage → InputError naming the file', () => {
    const d = stage('garbage');
    const f = path.join(d, 'swingstore.sqlite');
    const good = fs.readFileSync(goodDb);
    const bad = Buffer.alloc(good.length, 0xa5);
    good.copy(bad, 0, 0, 100);
    fs.writeFileSync(f, bad);
    expect(() => censusSnapshot(f, { source: f })).toThrow(InputError);
    expect(() => censusSnapshot(f, { source: f })).toThrow(f);
  });

  it('a truncated copy of a real fixture DB → InputError naming the file', async () => {
    const snap = await openSnapshot(fixture('loadgen-weak', 'chain-stage-1-storage.tar.xz'), { tmpRoot });
    const d = stage('truncdb');
    const f = path.join(d, 'swingstore.sqlite');
    try {
      const buf = fs.readFileSync(snap.dbPath);
      fs.writeFileSync(f, buf.subarray(0, Math.floor(buf.length / 2)));
    } finally {
      await snap.cleanup();
    }
    expect(() => censusSnapshot(f, { source: 'stage-1.tar.xz' })).toThrow(InputError);
    expect(() => censusSnapshot(f, { source: 'stage-1.tar.xz' })).toThrow(/stage-1\.tar\.xz \(.*swingstore\.sqlite\): SQLite file is truncated/);
  });

  it('a SQLite DB without kvStore', () => {
    const d = stage('nokv');
    const f = path.join(d, 'other.sqlite');
    const db = makeKvDb(f, {});
    db.exec('DROP TABLE kvStore; CREATE TABLE t (x)');
    db.close();
    expect(() => censusSnapshot(f, { source: f })).toThrow(`${f}: cannot read swing-store: no kvStore table`);
  });

  it('random bytes named .sqlite.gz → gunzip InputError, temp dir removed', async () => {
    const d = stage('badgz');
    const f = path.join(d, 'x.sqlite.gz');
    fs.writeFileSync(f, Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), Buffer.alloc(100, 0x33)]));
    await expectRejected(f, /cannot gunzip snapshot/);
  });

  it('a gzip bomb over limits.maxFileBytes → InputError, temp dir removed', async () => {
    await expectRejected(fixture('large', 'leak-xsnap.stage1.sqlite.gz'), /exceeds 1048576 bytes uncompressed/, {
      limits: { ...DEFAULT_LIMITS, maxFileBytes: 1024 * 1024 },
    });
  });

  it('an unknown file format', async () => {
    const d = stage('unknown');
    const f = path.join(d, 'notes.txt');
    fs.writeFileSync(f, 'hello');
    await expectRejected(f, /unrecognized snapshot format/);
  });

  it('a missing file', async () => {
    await expectRejected(path.join(base, 'missing.tar.xz'), /cannot read snapshot/);
  });
});

describe('benign variants', () => {
  it('odd member names (spaces, backslash) round-trip through the escaped listing', async () => {
    const d = stage('odd');
    const dir = path.join(d, 'src', 'we ird\\dir', 'data', 'agoric');
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(goodDb, path.join(dir, 'swingstore.sqlite'));
    const out = path.join(d, 'odd.tar.xz');
    tar(['-c', '-J', '-f', out, '-C', path.join(d, 'src'), 'we ird\\dir']);
    const snap = await openSnapshot(out, { tmpRoot });
    try {
      expect(snap.member).toBe('we ird\\dir/data/agoric/swingstore.sqlite');
      const c = censusSnapshot(snap.dbPath, { source: out });
      expect(c.height).toBe(77);
    } finally {
      await snap.cleanup();
    }
    expect(fs.readdirSync(tmpRoot)).toEqual([]);
  });

  it('prefers data/agoric/swingstore.sqlite over other copies; a symlink elsewhere is not extracted', async () => {
    const d = stage('prefer');
    const src = path.join(d, 'src', 'home');
    fs.mkdirSync(path.join(src, 'data', 'agoric'), { recursive: true });
    fs.mkdirSync(path.join(src, 'backup', 'old'), { recursive: true });
    fs.copyFileSync(goodDb, path.join(src, 'data', 'agoric', 'swingstore.sqlite'));
    fs.writeFileSync(path.join(src, 'swingstore.sqlite.txt'), 'not it');
    fs.symlinkSync('/etc/passwd', path.join(src, 'backup', 'old', 'swingstore.sqlite'));
    fs.symlinkSync('/etc', path.join(src, 'etc-link'));
    const out = path.join(d, 'home.tar.gz');
    tar(['-c', '-z', '-f', out, '-C', path.join(d, 'src'), 'home']);
    const snap = await openSnapshot(out, { tmpRoot });
    try {
      expect(snap.member).toBe('home/data/agoric/swingstore.sqlite');
      expect(tree(snap.tempDir!)).toEqual({
        home: 'dir',
        'home/data': 'dir',
        'home/data/agoric': 'dir',
        'home/data/agoric/swingstore.sqlite': `${fs.statSync(goodDb).size}`,
      });
    } finally {
      await snap.cleanup();
    }
  });

  it('a WAL DB without -shm inside a tar.xz opens and shows the WAL-only rows', async () => {
    const d = stage('wal');
    const live = path.join(d, 'live', 'swingstore.sqlite');
    const db = makeKvDb(live, SMALL_KV, { wal: true });
    db.prepare('INSERT INTO kvStore VALUES (?, ?)').run('v2.c.ko22', 'R o-52');
    const home = path.join(d, 'src', 'data', 'agoric');
    fs.mkdirSync(home, { recursive: true });
    fs.copyFileSync(live, path.join(home, 'swingstore.sqlite'));
    fs.copyFileSync(`${live}-wal`, path.join(home, 'swingstore.sqlite-wal'));
    db.close();
    expect(fs.statSync(path.join(home, 'swingstore.sqlite-wal')).size).toBeGreaterThan(0);
    const out = path.join(d, 'wal.tar.xz');
    tar(['-c', '-J', '-f', out, '-C', path.join(d, 'src'), 'data']);
    const snap = await openSnapshot(out, { tmpRoot });
    try {
      expect(fs.existsSync(`${snap.dbPath}-wal`)).toBe(true);
      expect(fs.existsSync(`${snap.dbPath}-shm`)).toBe(false);
      const c = censusSnapshot(snap.dbPath, { source: out });
      const v2 = c.vats.find((v) => v.vatID === 'v2')!;
      expect(v2.imports).toEqual({ reachable: 2, recognizableOnly: 1 });
    } finally {
      await snap.cleanup();
    }
  });

  it('a plain swingstore.sqlite with a -wal is read from a temp copy; the original is untouched', async () => {
    const d = stage('plainwal');
    const live = path.join(d, 'swingstore.sqlite');
    const db = makeKvDb(live, SMALL_KV, { wal: true });
    db.prepare('INSERT INTO kvStore VALUES (?, ?)').run('v2.c.ko22', 'R o-52');
    const home = stage('plainwal-copy');
    const f = path.join(home, 'swingstore.sqlite');
    fs.copyFileSync(live, f);
    fs.copyFileSync(`${live}-wal`, `${f}-wal`);
    db.close();
    const treeBefore = tree(home);
    const snap = await openSnapshot(f, { tmpRoot });
    try {
      expect(snap.tempDir).toBeDefined();
      expect(path.dirname(snap.dbPath)).toBe(snap.tempDir);
      const c = censusSnapshot(snap.dbPath, { source: f });
      expect(c.vats.find((v) => v.vatID === 'v2')!.imports.reachable).toBe(2);
    } finally {
      await snap.cleanup();
    }
    expect(tree(home)).toEqual(treeBefore);
    expect(fs.readdirSync(tmpRoot)).toEqual([]);
  });

  it('a WAL-mode swingstore.sqlite closed cleanly (no -wal beside it) is read in place and nothing is written next to it', async () => {
    // The normal state of a swing-store at rest: journal_mode=WAL in the header, no -wal file. Opened
    // plainly, SQLite creates -shm and -wal beside it even read-only (and in a read-only directory
    // cannot open it at all); opened immutable, it writes nothing.
    const home = stage('walclean');
    const f = path.join(home, 'chain-stage-1.sqlite');
    const db = makeKvDb(f, SMALL_KV, { wal: true });
    db.close();
    expect(fs.readFileSync(f).subarray(18, 20)).toEqual(Buffer.from([2, 2])); // WAL mode, per the file header
    const treeBefore = tree(home);
    expect(Object.keys(treeBefore)).toEqual(['chain-stage-1.sqlite']);
    const snap = await openSnapshot(f, { tmpRoot });
    try {
      expect(snap.tempDir).toBeUndefined();
      const c = censusSnapshot(snap.dbPath, { source: f });
      expect(c.vats.find((v) => v.vatID === 'v2')!.imports).toEqual({ reachable: 1, recognizableOnly: 1 });
      expect(c.height).toBe(77);
    } finally {
      await snap.cleanup();
    }
    expect(tree(home)).toEqual(treeBefore);
  });

  it('a chain-home directory is searched for data/agoric/swingstore.sqlite', async () => {
    const d = stage('homedir');
    fs.mkdirSync(path.join(d, 'data', 'agoric'), { recursive: true });
    fs.copyFileSync(goodDb, path.join(d, 'data', 'agoric', 'swingstore.sqlite'));
    const snap = await openSnapshot(d, { tmpRoot });
    expect(snap.dbPath).toBe(path.join(d, 'data', 'agoric', 'swingstore.sqlite'));
    expect(censusSnapshot(snap.dbPath, { source: d }).height).toBe(77);
    await snap.cleanup();
  });

  it('tar is always given an argument array (a file name with shell metacharacters is inert)', async () => {
    const d = stageWithDb('meta');
    const out = path.join(d, '$(touch pwned); x:y.tar.xz');
    execFileSync('tar', ['-c', '-J', '--force-local', '-f', out, '-C', path.join(d, 'src'), 'db']);
    const snap = await openSnapshot(out, { tmpRoot });
    await snap.cleanup();
    expect(fs.existsSync(path.join(process.cwd(), 'pwned'))).toBe(false);
    expect(fs.existsSync(path.join(d, 'pwned'))).toBe(false);
  });
});
