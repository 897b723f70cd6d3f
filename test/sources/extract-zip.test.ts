import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import os from 'node:os';
import path from 'node:path';
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { strToU8, zipSync } from 'fflate';
import { describeSkipped, extractZipSafely, looksLikeZip } from '../../src/sources/zip/extract-zip.js';
import { DEFAULT_LIMITS, InputError } from '../../src/shared/limits.js';
import type { ExtractionLimits } from '../../src/shared/limits.js';
import {
  buildZip,
  deflated,
  S_IFBLK,
  S_IFCHR,
  S_IFDIR,
  S_IFIFO,
  S_IFLNK,
  S_IFREG,
  stored,
  zeroBomb,
} from './zip-builder.js';

const MiB = 1024 * 1024;

let base: string;
let dest: string;

beforeEach(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'lg-zip-'));
  dest = path.join(base, 'out');
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

/** Every path under `root` (not following symlinks), relative, `/`-separated. */
async function walk(root: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const d of await readdir(path.join(root, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${d.name}` : d.name;
    out.push(r);
    if (d.isDirectory()) out.push(...(await walk(root, r)));
  }
  return out.sort();
}

/** Writes `bytes` as `<base>/<name>` and returns the path. */
async function archive(bytes: Uint8Array, name = 'artifact.zip'): Promise<string> {
  const p = path.join(base, name);
  await writeFile(p, bytes);
  return p;
}

const limits = (over: Partial<ExtractionLimits>): ExtractionLimits => ({ ...DEFAULT_LIMITS, ...over });

async function rejection(p: Promise<unknown>): Promise<InputError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return err as InputError;
  }
  throw new Error('expected an InputError');
}

describe('looksLikeZip', () => {
  it('recognises local-header and empty-archive signatures only', () => {
    expect(looksLikeZip(zipSync({ 'a.txt': strToU8('x') }))).toBe(true);
    expect(looksLikeZip(zipSync({}))).toBe(true);
    expect(looksLikeZip(strToU8('PK'))).toBe(false);
    expect(looksLikeZip(strToU8('PK\x07\x08xxxx'))).toBe(false);
    expect(looksLikeZip(strToU8('\x1f\x8b\x08\x00'))).toBe(false);
    expect(looksLikeZip(new Uint8Array(0))).toBe(false);
  });
});

describe('extractZipSafely: well-formed archives', () => {
  const zip = zipSync(
    {
      'run/slog.json': [strToU8('{"type":"deliver"}\n'.repeat(1000)), { level: 6 }],
      'run/stored.txt': [strToU8('stored bytes'), { level: 0 }],
      'run/nested/deep/x.bin': new Uint8Array([0, 1, 2, 255]),
      'exec.sh': [strToU8('#!/bin/sh\n'), { os: 3, attrs: (S_IFREG | 0o755) << 16 }],
      'empty-dir/': new Uint8Array(0),
    },
    { mtime: new Date('2024-01-01T00:00:00Z') },
  );

  it('extracts from a file path', async () => {
    const res = await extractZipSafely(await archive(zip), dest);
    expect(res.skipped).toEqual([]);
    expect([...res.files].sort()).toEqual(['exec.sh', 'run/nested/deep/x.bin', 'run/slog.json', 'run/stored.txt']);
    expect(await readFile(path.join(dest, 'run/slog.json'), 'utf8')).toBe('{"type":"deliver"}\n'.repeat(1000));
    expect(await readFile(path.join(dest, 'run/stored.txt'), 'utf8')).toBe('stored bytes');
    expect([...(await readFile(path.join(dest, 'run/nested/deep/x.bin')))]).toEqual([0, 1, 2, 255]);
    expect(res.totalBytes).toBe(19 * 1000 + 12 + 4 + 10);
    expect((await stat(path.join(dest, 'empty-dir'))).isDirectory()).toBe(true);
    // Archive permissions are ignored: nothing becomes executable.
    expect((await stat(path.join(dest, 'exec.sh'))).mode & 0o111).toBe(0);
  });

  it('extracts from bytes, into a directory it creates', async () => {
    const res = await extractZipSafely(zip, path.join(dest, 'a', 'b'));
    expect(res.files).toHaveLength(4);
    expect(await readFile(path.join(dest, 'a/b/run/stored.txt'), 'utf8')).toBe('stored bytes');
  });

  it('handles Zip64 end records and Zip64 central-directory fields', async () => {
    const z = buildZip([stored('a.txt', 'alpha', { zip64: true }), deflated('b/c.txt', 'gamma'.repeat(50), { zip64: true })], {
      zip64End: true,
    });
    const res = await extractZipSafely(z, dest);
    expect(res.skipped).toEqual([]);
    expect(res.files).toEqual(['a.txt', 'b/c.txt']);
    expect(await readFile(path.join(dest, 'b/c.txt'), 'utf8')).toBe('gamma'.repeat(50));
  });

  it('accepts an archive comment and an empty archive', async () => {
    expect((await extractZipSafely(buildZip([stored('a', 'x')], { comment: 'PK\x05\x06 hi' }), dest)).files).toEqual(['a']);
    expect(await extractZipSafely(zipSync({}), path.join(base, 'empty'))).toEqual({ files: [], skipped: [], totalBytes: 0 });
  });

  it('streams a large member to disk without holding it in memory', async () => {
    const bomb = zeroBomb(192);
    const z = buildZip([{ name: 'big.bin', data: bomb.data, method: 8, crc: bomb.crc, uncompressedSize: bomb.size }]);
    // Sample live ArrayBuffer memory after forced collections, so garbage does not count.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    let peak = 0;
    const before = process.memoryUsage().arrayBuffers;
    const timer = setInterval(() => {
      gc();
      peak = Math.max(peak, process.memoryUsage().arrayBuffers - before);
    }, 5);
    const res = await extractZipSafely(await archive(z), dest, limits({ maxRatio: 5000 }));
    clearInterval(timer);
    expect(res.files).toEqual(['big.bin']);
    expect((await stat(path.join(dest, 'big.bin'))).size).toBe(192 * MiB);
    // The inflater's output comes in 1 MiB chunks, each written before the next is made; the
    // streams buffer a few of them. An extractor that held the member would need ≥ 192 MiB.
    expect(peak).toBeLessThan(16 * MiB);
  });
});

describe('extractZipSafely: hostile members are skipped', () => {
  it('rejects path tricks, special files and bad names; writes nothing outside destDir', async () => {
    await writeFile(path.join(base, 'victim.txt'), 'original');
    const cases: Array<[string | Uint8Array, string, Partial<Parameters<typeof stored>[2]>?]> = [
      ['../victim.txt', 'path escapes the extraction directory'],
      ['a/../../victim.txt', 'path escapes the extraction directory'],
      ['a/b/../../../x', 'path escapes the extraction directory'],
      ['/etc/passwd', 'absolute path'],
      ['/tmp/x', 'absolute path'],
      ['C:\\Windows\\evil.txt', 'absolute path (drive letter)'],
      ['C:/evil.txt', 'absolute path (drive letter)'],
      ['\\\\server\\share\\x', 'absolute path (UNC share)'],
      ['//server/share/x', 'absolute path (UNC share)'],
      ['a\\..\\..\\victim.txt', 'path escapes the extraction directory'],
      ['dir\\file.txt', 'member name uses backslash separators'],
      ['nul\u0000.txt', 'member name contains a NUL byte'],
      ['new\nline.txt', 'member name contains control characters'],
      ['./dot.txt', 'non-canonical path'],
      ['a//b.txt', 'non-canonical path'],
      ['', 'empty member name'],
      [new Uint8Array([0x66, 0xff, 0xfe, 0x2e]), 'member name is not valid UTF-8'],
      ['link', 'symbolic link', { mode: S_IFLNK | 0o777 }],
      ['link-dir/', 'symbolic link', { mode: S_IFLNK | 0o777 }],
      ['fifo', 'special file (named pipe (FIFO))', { mode: S_IFIFO | 0o644 }],
      ['tty', 'special file (character device)', { mode: S_IFCHR | 0o644 }],
      ['disk', 'special file (block device)', { mode: S_IFBLK | 0o644 }],
      ['secret.txt', 'encrypted member', { flags: 1 }],
      ['lzma.txt', 'unsupported compression method 14', { method: 14 }],
      ['odd/', 'regular file whose name ends with "/"', { mode: S_IFREG | 0o644 }],
    ];
    const entries = cases.map(([name, , extra]) => ({ ...stored('x', '../../victim.txt'), ...extra, name }));
    entries.push(stored('ok.txt', 'fine'));
    const res = await extractZipSafely(await archive(buildZip(entries)), dest);

    expect(res.files).toEqual(['ok.txt']);
    expect(res.skipped).toHaveLength(cases.length);
    res.skipped.forEach((s, i) => expect(s.reason, `case ${i}: ${JSON.stringify(s.name)}`).toContain(cases[i]![1]));
    expect(await walk(base)).toEqual(['artifact.zip', 'out', 'out/ok.txt', 'victim.txt']);
    expect(await readFile(path.join(base, 'victim.txt'), 'utf8')).toBe('original');
  });

  it('formats one-line messages naming the archive and member', () => {
    expect(describeSkipped('artifact.zip', { name: '../x', reason: 'path escapes the extraction directory' })).toBe(
      'artifact.zip: member "../x" rejected: path escapes the extraction directory',
    );
    const msg = describeSkipped('a.zip', { name: 'evil\n\u202Etxt.exe"', reason: 'symbolic link' });
    expect(msg).toBe('a.zip: member "evil\\n\\u202etxt.exe\\"" rejected: symbolic link');
  });

  it('treats MS-DOS directory attributes and unix directory modes as directories', async () => {
    const res = await extractZipSafely(
      buildZip([
        { name: 'dosdir', hostSystem: 0, externalAttributes: 0x10 },
        { name: 'unixdir', mode: S_IFDIR | 0o755 },
        stored('dosdir/f.txt', 'f'),
      ]),
      dest,
    );
    expect(res.files).toEqual(['dosdir/f.txt']);
    expect((await stat(path.join(dest, 'unixdir'))).isDirectory()).toBe(true);
  });

  it('accepts names that merely start with dots', async () => {
    const res = await extractZipSafely(buildZip([stored('..foo/..bar.txt', 'x'), stored('.hidden', 'y'), stored('a/...', 'z')]), dest);
    expect(res.skipped).toEqual([]);
    expect(res.files).toEqual(['..foo/..bar.txt', '.hidden', 'a/...']);
    expect(await walk(base)).toEqual(['out', 'out/..foo', 'out/..foo/..bar.txt', 'out/.hidden', 'out/a', 'out/a/...']);
  });

  it('skips duplicate names, keeping the first', async () => {
    const res = await extractZipSafely(buildZip([stored('a.txt', 'first'), stored('a.txt', 'second')]), dest);
    expect(res.files).toEqual(['a.txt']);
    expect(res.skipped).toEqual([{ name: 'a.txt', reason: 'duplicate member name' }]);
    expect(await readFile(path.join(dest, 'a.txt'), 'utf8')).toBe('first');
  });

  it('skips a member whose parent is a file extracted earlier', async () => {
    const res = await extractZipSafely(buildZip([stored('a', 'file'), stored('a/b.txt', 'x')]), dest);
    expect(res.files).toEqual(['a']);
    expect(res.skipped[0]!.reason).toBe('a parent path component is not a directory');
  });

  it('never follows symlinks already present in destDir', async () => {
    const outside = path.join(base, 'outside');
    await mkdir(outside);
    await writeFile(path.join(outside, 'target.txt'), 'untouched');
    await mkdir(dest);
    await symlink(outside, path.join(dest, 'dirlink'));
    await symlink(path.join(outside, 'target.txt'), path.join(dest, 'filelink'));
    const res = await extractZipSafely(
      buildZip([stored('dirlink/pwn.txt', 'x'), stored('dirlink/sub/pwn.txt', 'x'), stored('filelink', 'overwritten'), stored('ok', 'y')]),
      dest,
    );
    expect(res.files).toEqual(['ok']);
    expect(res.skipped.map((s) => s.reason)).toEqual([
      'path escapes the extraction directory',
      'path escapes the extraction directory',
      'cannot create file (EEXIST)',
    ]);
    expect(await readdir(outside)).toEqual(['target.txt']);
    expect(await readFile(path.join(outside, 'target.txt'), 'utf8')).toBe('untouched');
  });
});

describe('extractZipSafely: size limits', () => {
  const bomb200 = zeroBomb(200);
  const tenMiB = limits({ maxFileBytes: 10 * MiB, maxTotalBytes: 20 * MiB });

  it('rejects an honest 200 MB bomb by its declared ratio, before inflating', async () => {
    expect(bomb200.data.length).toBeLessThan(300 * 1024);
    const z = buildZip([{ name: 'bomb.bin', data: bomb200.data, method: 8, crc: bomb200.crc, uncompressedSize: bomb200.size }]);
    const res = await extractZipSafely(z, dest);
    expect(res.files).toEqual([]);
    expect(res.skipped).toEqual([{ name: 'bomb.bin', reason: expect.stringMatching(/^declared compression ratio \d+:1 exceeds the limit of 200:1$/) }]);
    expect(await walk(base)).toEqual(['out']);
    // Before inflating: the same declarations over bytes that are no deflate stream at all get the
    // same reason (inflating them would fail with a data error instead).
    const garbage = Buffer.alloc(bomb200.data.length, 0xff);
    const z2 = buildZip([{ name: 'bomb.bin', data: garbage, method: 8, crc: bomb200.crc, uncompressedSize: bomb200.size }]);
    expect((await extractZipSafely(z2, dest)).skipped).toEqual(res.skipped);
  });

  it('rejects it by declared size when maxFileBytes is lower', async () => {
    const z = buildZip([{ name: 'bomb.bin', data: bomb200.data, method: 8, crc: bomb200.crc, uncompressedSize: bomb200.size }]);
    const res = await extractZipSafely(z, dest, tenMiB);
    expect(res.skipped[0]!.reason).toBe('declared size 209715200 bytes exceeds the per-file limit of 10485760 bytes');
  });

  it('aborts a bomb that under-declares its size, and deletes the partial file', async () => {
    const z = buildZip([
      { name: 'liar.bin', data: bomb200.data, method: 8, crc: bomb200.crc, uncompressedSize: 1000 },
      stored('after.txt', 'still extracted'),
    ]);
    const res = await extractZipSafely(await archive(z), dest, tenMiB);
    expect(res.files).toEqual(['after.txt']);
    expect(res.skipped).toEqual([{ name: 'liar.bin', reason: 'inflates past its declared size of 1000 bytes' }]);
    expect(await walk(base)).toEqual(['artifact.zip', 'out', 'out/after.txt']);
    expect(res.totalBytes).toBe(15);
  });

  it('stops at the declared size even when it is within the caps (partial file removed)', async () => {
    const declared = 9 * MiB; // ratio ≈ 45:1, under both caps
    const z = buildZip([{ name: 'liar.bin', data: bomb200.data, method: 8, crc: bomb200.crc, uncompressedSize: declared }]);
    const res = await extractZipSafely(z, dest, tenMiB);
    expect(res.skipped[0]!.reason).toBe(`inflates past its declared size of ${declared} bytes`);
    expect(await walk(dest)).toEqual([]);
  });

  it('enforces the ratio cap on actual bytes as well', async () => {
    // 4 MiB of zeros (≈4 KiB compressed) declared honestly but with a cap of 100:1.
    const b = zeroBomb(4);
    const z = buildZip([{ name: 'r.bin', data: b.data, method: 8, crc: b.crc, uncompressedSize: b.size }]);
    const res = await extractZipSafely(z, dest, limits({ maxRatio: 100 }));
    expect(res.skipped[0]!.reason).toMatch(/^declared compression ratio/);
  });

  it('reports members that inflate short of their declared size or fail the CRC', async () => {
    const good = deflated('short.txt', 'hello world');
    const res = await extractZipSafely(
      buildZip([
        { ...good, uncompressedSize: 20 },
        { ...deflated('crc.txt', 'hello world'), crc: 0xdeadbeef },
        { ...deflated('corrupt.txt', 'x'.repeat(5000)), data: new Uint8Array([0xff, 0xff, 0xff, 0xff]), uncompressedSize: 5000 },
        { ...stored('stored-liar.txt', 'abc'), uncompressedSize: 4 },
        stored('fine.txt', 'fine'),
      ]),
      dest,
    );
    expect(res.files).toEqual(['fine.txt']);
    // Members rejected while vetting are reported before those that fail while inflating.
    expect(res.skipped.map((s) => [s.name, s.reason])).toEqual([
      ['stored-liar.txt', 'stored member whose compressed and uncompressed sizes differ'],
      ['short.txt', 'inflated to 11 bytes, not the declared 20'],
      ['crc.txt', 'CRC-32 mismatch'],
      ['corrupt.txt', expect.stringMatching(/^corrupt deflate data \(.+\)$/)],
    ]);
    expect(await walk(dest)).toEqual(['fine.txt']);
  });
});

describe('extractZipSafely: malformed archives throw InputError', () => {
  it('caps the member count before parsing entries', async () => {
    const z = buildZip(Array.from({ length: 5 }, (_, i) => stored(`f${i}`, 'x')));
    const err = await rejection(extractZipSafely(await archive(z), dest, limits({ maxEntries: 4 })));
    expect(err.message).toBe('artifact.zip: archive has 5 members, more than the limit of 4');
    await expect(stat(dest)).rejects.toThrow();
  });

  it('caps the declared total before writing anything', async () => {
    const b = zeroBomb(3);
    const entry = { data: b.data, method: 8, crc: b.crc, uncompressedSize: b.size };
    const z = buildZip([{ name: 'a', ...entry }, { name: 'b', ...entry }]);
    const err = await rejection(extractZipSafely(await archive(z), dest, limits({ maxTotalBytes: 5 * MiB, maxRatio: 10_000 })));
    expect(err.message).toBe('artifact.zip: members declare 6291456 bytes in total, more than the limit of 5242880 bytes');
    await expect(stat(dest)).rejects.toThrow();
  });

  it('rejects overlapping members (the overlap bomb)', async () => {
    const z = buildZip([stored('a.txt', 'shared'), { ...stored('b.txt', 'shared'), sameLocalHeaderAs: 0 }]);
    const err = await rejection(extractZipSafely(await archive(z), dest));
    expect(err.message).toMatch(/^artifact\.zip: member "(a|b)\.txt" rejected: its data overlaps member "(a|b)\.txt"$/);
  });

  it('rejects a broken local header, quoting the member on one line', async () => {
    const z = buildZip([stored('ok.txt', 'a'), stored('bad\nname.txt', 'b'.repeat(40))]);
    // Point the second central entry's local-header offset into the first member's data.
    const view = new DataView(z.buffer, z.byteOffset, z.byteLength);
    const eocd = z.length - 22;
    const cd = view.getUint32(eocd + 16, true);
    const second = cd + 46 + 'ok.txt'.length;
    view.setUint32(second + 42, 10, true);
    const res = extractZipSafely(await archive(z), dest);
    // The newline makes the second member fail name vetting, so it is skipped, not read:
    expect((await res).skipped[0]!.reason).toBe('member name contains control characters');

    const z2 = buildZip([stored('ok.txt', 'a'), stored('two.txt', 'b')]);
    const v2 = new DataView(z2.buffer, z2.byteOffset, z2.byteLength);
    const cd2 = v2.getUint32(z2.length - 22 + 16, true);
    v2.setUint32(cd2 + 46 + 'ok.txt'.length + 42, 10, true);
    const err = await rejection(extractZipSafely(await archive(z2, 'artifact2.zip'), path.join(base, 'o2')));
    expect(err.message).toMatch(/^artifact2\.zip: member "two\.txt" rejected: bad local header \(invalid local file header signature: 0x[0-9a-f]+\)$/);
    expect(err.message).not.toContain('\n');
  });

  it('rejects a member whose declared data runs past the end of the archive', async () => {
    const z = buildZip([stored('ok.txt', 'a'), { ...deflated('long.txt', 'b'.repeat(100)), compressedSize: 1_000_000 }]);
    const err = await rejection(extractZipSafely(await archive(z), dest));
    expect(err.message).toMatch(/^artifact\.zip: member "long\.txt" rejected: bad local header \(file data overflows file bounds: \d+ \+ 1000000 > \d+\)$/);
    await expect(stat(dest)).rejects.toThrow();
  });

  it('rejects data that is not a zip, truncated archives and missing files', async () => {
    const notZip = /^in-memory zip: not a readable zip archive \(End of central directory record signature not found\. .*\)$/;
    expect((await rejection(extractZipSafely(strToU8('definitely not a zip archive at all'), dest))).message).toMatch(notZip);
    const z = zipSync({ 'a.txt': strToU8('hello') });
    expect((await rejection(extractZipSafely(z.subarray(0, z.length - 10), dest))).message).toMatch(notZip);
    expect((await rejection(extractZipSafely(z.subarray(0, 10), dest))).message).toMatch(notZip);
    const cut = new Uint8Array(z);
    new DataView(cut.buffer).setUint32(cut.length - 22 + 16, 5, true); // central directory offset moved
    expect((await rejection(extractZipSafely(cut, dest))).message).toMatch(/^in-memory zip: central directory entry 0 is corrupt \(.+\)$/);
    expect((await rejection(extractZipSafely(path.join(base, 'missing.zip'), dest))).message).toBe(
      'missing.zip: cannot open archive: ENOENT',
    );
  });
});

describe('extractZipSafely: nothing lands outside destDir', () => {
  it('holds for a mixed hostile archive extracted into a nested destDir', async () => {
    const nested = path.join(base, 'deep', 'er', 'out');
    const z = buildZip([
      stored('../../escape1', 'x'),
      stored('..', 'x'),
      stored('a/../../../../escape2', 'x'),
      stored('a/b/c/../../../..', 'x'),
      stored('/abs', 'x'),
      { ...stored('sl', '../../../../etc'), mode: S_IFLNK | 0o777 },
      stored('sl/inside', 'x'),
      stored('fine/file.txt', 'x'),
    ]);
    const res = await extractZipSafely(z, nested);
    expect(res.files).toEqual(['sl/inside', 'fine/file.txt']);
    for (const p of await walk(base)) expect(p.startsWith('deep/er/out') || ['deep', 'deep/er'].includes(p), p).toBe(true);
    expect((await lstat(path.join(nested, 'sl'))).isDirectory()).toBe(true);
  });
});
