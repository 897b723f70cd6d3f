/**
 * Broken and hostile kernel-DB snapshots, end to end through the CLI (test/kernel-db covers
 * `openSnapshot` itself). Each case puts the real stage-1 slog next to the snapshot, so the run
 * stays usable: the snapshot problem is one warning line naming the archive (and member), the
 * slog's BOYDs are all kept, and nothing is written outside the temporary directory (TMPDIR is
 * pointed at a directory the test watches).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LEAKY, cleanupScratch, expectNoStack, expectUsable, referenceCounts, reportCounts, runCli, scratchDir, slogLines,
  stderrLines, warning, warningCodes, type CliResult,
} from './helpers.js';
import { DB_MEMBER, buildTar, xzBytes, type TarMember } from './tar-builder.js';

const TAR = 'chain-stage-1-storage.tar.xz';
let realDb: Buffer;
let withRealTar: CliResult;
const stage1 = referenceCounts(slogLines('loadgen-leaky', 1));

beforeAll(async () => {
  realDb = execFileSync('tar', ['-xJOf', LEAKY(TAR), DB_MEMBER(1)], { maxBuffer: 64 * 1024 * 1024 });
  const dir = runDir('real');
  fs.copyFileSync(LEAKY(TAR), path.join(dir, TAR));
  withRealTar = await runCli([dir]);
});
afterAll(cleanupScratch);

/** A run directory holding the real stage-1 slog. */
function runDir(tag: string): string {
  const dir = scratchDir(tag);
  fs.copyFileSync(LEAKY('chain-stage-1.slog.gz'), path.join(dir, 'chain-stage-1.slog.gz'));
  return dir;
}

/** Runs the CLI with TMPDIR in a fresh watched directory; returns the result and what was left there. */
async function runWatched(dir: string, extra: string[] = []): Promise<CliResult & { leftInTmp: string[]; leftBeside: string[] }> {
  const watch = scratchDir('watch');
  const tmp = path.join(watch, 'tmp');
  fs.mkdirSync(tmp);
  const r = await runCli([dir], { env: { TMPDIR: tmp }, extra });
  return { ...r, leftInTmp: fs.readdirSync(tmp), leftBeside: fs.readdirSync(watch) };
}

/** One storage problem: usable run, one `snapshot-unreadable` warning matching `re`, slog fully kept. */
function expectSnapshotWarning(r: CliResult & { leftInTmp: string[]; leftBeside: string[] }, file: string, re: RegExp): void {
  expectUsable(r);
  expect(warningCodes(r.report)).toEqual({ 'snapshot-unreadable': 1 });
  const w = warning(r.report, 'snapshot-unreadable')!;
  expect(w.message).toContain(file);
  expect(w.message).toMatch(re);
  expect(w.message).not.toContain('\n');
  expect(stderrLines(r, 'warning:').filter((l) => l.includes(file))).toHaveLength(1);
  expect(reportCounts(r.report).boyd).toEqual(stage1.boyd);
  expect(r.report.run.files.filter((f: any) => f.kind === 'storage')).toEqual([]);
  expect(r.leftInTmp).toEqual([]);
  expect(r.leftBeside).toEqual(['tmp']);
}

const tarXz = (members: TarMember[]): Buffer => xzBytes(buildTar(members));

describe('the control', () => {
  it('the real storage tarball is read: c-list snapshot from the kernel DB', () => {
    expectUsable(withRealTar);
    expect(withRealTar.report.run.warnings).toEqual([]);
    expect(withRealTar.report.run.files.filter((f: any) => f.kind === 'storage')).toHaveLength(1);
    const holder = withRealTar.report.vats.find((v: any) => v.vatID === 'v6');
    expect(holder.clist.snapshots[0].imports.reachable).toBe(600);
  });
});

describe('corrupt or truncated swingstore.sqlite', () => {
  it('truncated to half inside the tar.xz', async () => {
    const dir = runDir('trunc-db');
    fs.writeFileSync(path.join(dir, TAR), tarXz([{ name: DB_MEMBER(1), data: realDb.subarray(0, realDb.length >> 1) }]));
    const r = await runWatched(dir);
    expectSnapshotWarning(r, TAR, /SQLite file is truncated \(\d+ bytes, header says \d+ pages of 4096 bytes\)/);
  });

  it('pages overwritten in the middle (same size): "malformed"', async () => {
    const dir = runDir('corrupt-db');
    const db = Buffer.from(realDb);
    for (let p = 2; p * 4096 < db.length; p += 3) db.fill(0xa5, p * 4096 + 8, p * 4096 + 4096);
    fs.writeFileSync(path.join(dir, TAR), tarXz([{ name: DB_MEMBER(1), data: db }]));
    const r = await runWatched(dir);
    expectSnapshotWarning(r, TAR, /cannot read swing-store: database disk image is malformed/);
  });

  it('random bytes named chain-stage-1.sqlite', async () => {
    const dir = runDir('random-db');
    fs.writeFileSync(path.join(dir, 'chain-stage-1.sqlite'), createHash('sha512').update('x').digest().toString('hex').repeat(20));
    const r = await runWatched(dir);
    expectSnapshotWarning(r, 'chain-stage-1.sqlite', /not a SQLite database/);
  });

  it('only broken snapshots and no slog: exit 2, nothing usable, one line', async () => {
    const dir = scratchDir('only-broken');
    fs.writeFileSync(path.join(dir, TAR), Buffer.from('not an archive'));
    const r = await runWatched(dir);
    expect(r.code).toBe(2);
    expectNoStack(r);
    expect(r.report).toBeNull();
    const last = r.stderr.trim().split('\n').at(-1)!;
    expect(last).toMatch(/^loadgen-gate: .*: nothing usable read \(.*chain-stage-1-storage\.tar\.xz: not a readable tar archive: /);
    expect(r.leftInTmp).toEqual([]);
  });
});

describe('a WAL database without -shm', () => {
  it('is read on a copy, with the rows that are only in the WAL; the inputs are untouched', async () => {
    const work = scratchDir('wal-work');
    const dbFile = path.join(work, 'swingstore.sqlite');
    fs.writeFileSync(dbFile, realDb);
    const db = new DatabaseSync(dbFile);
    db.exec('PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;');
    const ins = db.prepare('INSERT INTO kvStore (key, value) VALUES (?, ?)');
    for (let i = 0; i < 50; i++) {
      ins.run(`v9.c.ko${90000 + i}`, `R o-${9000 + i}`);
      ins.run(`v9.c.o-${9000 + i}`, `ko${90000 + i}`);
    }
    const dir = runDir('wal');
    // Copy while the writer is still open: the 100 rows exist only in the -wal file.
    fs.copyFileSync(dbFile, path.join(dir, 'swingstore.sqlite'));
    fs.copyFileSync(`${dbFile}-wal`, path.join(dir, 'swingstore.sqlite-wal'));
    db.close();
    expect(fs.statSync(path.join(dir, 'swingstore.sqlite-wal')).size).toBeGreaterThan(0);
    const hash = (f: string) => createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex');
    const before = { db: hash('swingstore.sqlite'), wal: hash('swingstore.sqlite-wal'), list: fs.readdirSync(dir).sort() };
    const r = await runWatched(dir);
    expectUsable(r);
    expect(r.report.run.warnings).toEqual([]);
    const tidy = r.report.vats.find((v: any) => v.vatID === 'v9');
    const tidyReal = withRealTar.report.vats.find((v: any) => v.vatID === 'v9');
    expect(tidy.clist.snapshots[0].imports.reachable).toBe(tidyReal.clist.snapshots[0].imports.reachable + 50);
    expect(tidy.clist.snapshots[0].exports).toEqual(tidyReal.clist.snapshots[0].exports);
    expect({ db: hash('swingstore.sqlite'), wal: hash('swingstore.sqlite-wal'), list: fs.readdirSync(dir).sort() }).toEqual(before);
    expect(r.leftInTmp).toEqual([]);
  });
});

describe('archives without the member, or not tar.xz at all', () => {
  it('a tar.xz without swingstore.sqlite', async () => {
    const dir = runDir('no-member');
    fs.writeFileSync(path.join(dir, TAR), tarXz([{ name: 'README', data: Buffer.from('hello\n') }, { name: 'data/agoric/', type: '5' }]));
    const r = await runWatched(dir);
    expectSnapshotWarning(r, TAR, /no swingstore\.sqlite member in archive$/);
  });

  it('a zip, a tar.gz and a text file named .tar.xz', async () => {
    const cases: Array<[string, Buffer, RegExp]> = [
      ['tgz', execFileSync('gzip', ['-c'], { input: buildTar([{ name: DB_MEMBER(1), data: realDb }]) }), /not a readable tar archive: xz: .*File format not recognized/],
      ['zip', Buffer.from('PK\u0003\u0004 not really a zip either'), /not a readable tar archive: xz: .*File format not recognized/],
      ['text', Buffer.from('<html>artifact expired</html>\n'), /not a readable tar archive: xz: .*File format not recognized/],
      ['truncated', fs.readFileSync(LEAKY(TAR)).subarray(0, 20_000), /not a readable tar archive: xz: .*Unexpected end of input/],
    ];
    for (const [tag, bytes, re] of cases) {
      const dir = runDir(`not-txz-${tag}`);
      fs.writeFileSync(path.join(dir, TAR), bytes);
      expectSnapshotWarning(await runWatched(dir), TAR, re);
    }
  });
});

describe('hostile tar members (CLI level; nothing is extracted)', () => {
  const good: TarMember = { name: DB_MEMBER(1), data: realDb };
  const cases: Array<[string, TarMember[], RegExp]> = [
    ['char device', [{ name: DB_MEMBER(1), type: '3' }], /member ".*swingstore\.sqlite" is a character device, not a regular file; refusing to extract/],
    ['block device', [{ name: DB_MEMBER(1), type: '4' }], /is a block device, not a regular file/],
    ['FIFO', [{ name: DB_MEMBER(1), type: '6' }], /is a FIFO, not a regular file/],
    ['symlink out', [{ name: DB_MEMBER(1), type: '2', linkname: '/etc/passwd' }], /is a symlink -> \/etc\/passwd, not a regular file/],
    ['hard link out', [{ name: DB_MEMBER(1), type: '1', linkname: '../../../../../../etc/passwd' }], /unsafe member path|is a hard link/],
    ['pax path with ..', [good, { name: 'harmless.txt', data: Buffer.from('x'), pax: { path: '../../../evil.txt' } }], /unsafe member path "\.\.\/\.\.\/\.\.\/evil\.txt"/],
    ['GNU long name with ..', [good, { name: `${'a/'.repeat(60)}../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../evil`, data: Buffer.from('x'), gnuLongName: true }], /unsafe member path/],
    ['absolute', [good, { name: '/tmp/lg-hostile-evil.txt', data: Buffer.from('x') }], /unsafe member path "\/tmp\/lg-hostile-evil\.txt"/],
    ['pax linkpath out', [{ name: DB_MEMBER(1), type: '2', linkname: 'x', pax: { linkpath: '/etc/shadow' } }], /is a symlink -> \/etc\/shadow/],
  ];
  for (const [tag, members, re] of cases) {
    it(`${tag}: refused with one line, nothing written`, async () => {
      const dir = runDir(`tar-${tag.replace(/\W+/g, '-')}`);
      fs.writeFileSync(path.join(dir, TAR), tarXz(members));
      const r = await runWatched(dir);
      expectSnapshotWarning(r, TAR, re);
      expect(fs.existsSync('/tmp/lg-hostile-evil.txt')).toBe(false);
      expect(fs.readdirSync(dir).sort()).toEqual([TAR, 'chain-stage-1.slog.gz']);
    });
  }
});

describe('decompression caps for storage tarballs are configurable (limits: in the policy file)', () => {
  const config = (dir: string, limits: object): string => {
    const f = path.join(dir, 'policy.json');
    fs.writeFileSync(f, JSON.stringify({ limits }));
    return f;
  };

  it('limits.maxFileBytes below the DB size: refused before extraction, by name', async () => {
    const dir = runDir('cap-file');
    fs.copyFileSync(LEAKY(TAR), path.join(dir, TAR));
    const r = await runWatched(dir, ['--config', config(scratchDir('cfg'), { maxFileBytes: 1_000_000 })]);
    expectSnapshotWarning(r, TAR, new RegExp(`member "${DB_MEMBER(1)}" is ${realDb.length} bytes, over limits.maxFileBytes 1000000`));
  });

  it('limits.maxRatio: the real 18:1 tarball passes the default 200 but not 5', async () => {
    const dir = runDir('cap-ratio');
    fs.copyFileSync(LEAKY(TAR), path.join(dir, TAR));
    const r = await runWatched(dir, ['--config', config(scratchDir('cfg'), { maxRatio: 5 })]);
    expectSnapshotWarning(r, TAR, /refusing archive: its members total over \d+ bytes, more than 5 times the \d+-byte archive \(limits\.maxRatio\)/);
  });

  it('limits.maxEntries: an archive with more members is refused', async () => {
    const dir = runDir('cap-entries');
    const many: TarMember[] = Array.from({ length: 20 }, (_, i) => ({ name: `f${i}`, data: Buffer.from('x') }));
    fs.writeFileSync(path.join(dir, TAR), tarXz([good1(), ...many]));
    const r = await runWatched(dir, ['--config', config(scratchDir('cfg'), { maxEntries: 10 })]);
    expectSnapshotWarning(r, TAR, /archive has more than 10 members \(limits\.maxEntries\)/);
  });

  it('a typo in limits: is an error (exit 2, one line), not a silently ignored cap', async () => {
    const dir = runDir('cap-typo');
    const r = await runWatched(dir, ['--config', config(scratchDir('cfg'), { maxFileByte: 1 })]);
    expect(r.code).toBe(2);
    expectNoStack(r);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/policy\.json: limits: unknown key "maxFileByte" \(expected one of maxTotalBytes, maxFileBytes, maxRatio, maxEntries, maxLineBytes\)/);
  });

  function good1(): TarMember {
    return { name: DB_MEMBER(1), data: realDb };
  }
});
