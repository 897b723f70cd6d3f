/**
 * Safe extraction of untrusted ZIP archives (GitHub artifact zips produced by PR code). yauzl
 * reads the container (central-directory.ts); the checks and caps are the project's.
 *
 * Order of operations, so nothing is inflated before it is vetted:
 *   1. end record -> member count cap (`maxEntries`), before the directory is parsed;
 *   2. every central-directory entry -> name, file type, encryption/method and *declared* size /
 *      ratio checks (`member-checks.ts`); rejected members are reported in `skipped`;
 *   3. local headers of the accepted members -> byte ranges must lie inside the file and must not
 *      overlap (overlapping members are the classic "quine"/overlap bomb);
 *   4. the sum of declared sizes must fit `maxTotalBytes`;
 *   5. each member is streamed from the archive through node:zlib's inflater to a file opened with
 *      `wx`, counting the *actual* bytes: a member that inflates past its declared size,
 *      `maxFileBytes` or `maxRatio` is aborted and its partial file deleted; CRC-32 and final size
 *      are verified. Memory stays bounded whatever the archive size: the streams hold a few
 *      1 MiB inflater chunks at a time, each written out before the next is made.
 *
 * Archive-level corruption (no end record, bad central directory, bad/overlapping local headers,
 * too many members, declared or actual total over `maxTotalBytes`) throws `InputError`, after
 * removing every file this call wrote. Member-level problems are reported in `skipped`.
 * Directories are created one component at a time with `lstat` + `mkdir`, refusing to traverse
 * anything that is not a real directory, so a pre-existing symlink inside `destDir` cannot redirect
 * writes outside it.
 */
import { crc32, createInflateRaw } from 'node:zlib';
import path from 'node:path';
import { lstat, mkdir, open, realpath, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { DEFAULT_LIMITS, InputError } from '../../shared/limits.js';
import type { ExtractionLimits } from '../../shared/limits.js';
import { openZip, ZipFormatError } from './central-directory.js';
import type { CentralEntry, MemberSpan, ZipArchive } from './central-directory.js';
import { quoteName, RATIO_FLOOR_BYTES, REASON_ESCAPES, vetMember } from './member-checks.js';

export interface ExtractZipResult {
  /** Extracted regular files, relative to `destDir`, `/`-separated, in archive order. */
  files: string[];
  /** Members that were not extracted. `name` is the raw (untrusted) member name. */
  skipped: Array<{ name: string; reason: string }>;
  /** Bytes written for the files in `files`. */
  totalBytes: number;
}

/** True when the bytes start like a ZIP archive (local header or empty-archive end record). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  return (bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06);
}

/** Inflater output chunk: 1 MiB, so a large member is written in few steps, each before the next. */
const INFLATE_CHUNK = 1024 * 1024;

class MemberAbort extends Error {}

interface Accepted {
  entry: CentralEntry;
  name: string;
  kind: 'file' | 'directory';
  segments: string[];
  span?: MemberSpan;
}

export async function extractZipSafely(
  zipFile: string | Uint8Array,
  destDir: string,
  limits: ExtractionLimits = DEFAULT_LIMITS,
): Promise<ExtractZipResult> {
  const label = typeof zipFile === 'string' ? path.basename(zipFile) : 'in-memory zip';
  let zip: ZipArchive;
  try {
    zip = await openZip(zipFile);
  } catch (err) {
    if (err instanceof ZipFormatError) throw new InputError(`${label}: ${err.message}`);
    throw new InputError(`${label}: cannot open archive: ${describeError(err)}`);
  }
  try {
    return await extractFrom(zip, label, destDir, limits);
  } finally {
    zip.close();
  }
}

function describeError(err: unknown): string {
  const e = err as { code?: unknown; message?: unknown } | undefined;
  const text = typeof e?.code === 'string' ? e.code : typeof e?.message === 'string' ? e.message : String(err);
  return text.replace(/\s+/g, ' ');
}

const memberMsg = (label: string, name: string, reason: string): string =>
  `${label}: member ${quoteName(name)} rejected: ${reason}`;

/**
 * One-line log/report message for a skipped member, e.g.
 * `artifact.zip: member "../x" rejected: path escapes the extraction directory`.
 * The name is JSON-quoted (control, bidi and zero-width characters escaped); the line is plain
 * text, so pass it through `mdText` before putting it into markdown.
 */
export function describeSkipped(archive: string, skipped: { name: string; reason: string }): string {
  return memberMsg(archive, skipped.name, skipped.reason);
}

async function extractFrom(zip: ZipArchive, label: string, destDir: string, limits: ExtractionLimits): Promise<ExtractZipResult> {
  // 1. Member-count cap (from the end record), then the directory.
  if (zip.entryCount > limits.maxEntries) {
    throw new InputError(`${label}: archive has ${zip.entryCount} members, more than the limit of ${limits.maxEntries}`);
  }
  const entries = await zip.entries().catch((err: unknown) => {
    if (err instanceof ZipFormatError) throw new InputError(`${label}: ${err.message}`);
    throw err;
  });

  // 2. Vet every entry before touching the disk.
  const skipped: ExtractZipResult['skipped'] = [];
  const accepted: Accepted[] = [];
  const seen = new Set<string>();
  const foldCase = process.platform === 'darwin' || process.platform === 'win32';
  for (const entry of entries) {
    const v = vetMember(entry, limits);
    if (!v.ok) {
      skipped.push({ name: v.name, reason: v.reason });
      continue;
    }
    const key = foldCase ? v.segments.join('/').toLowerCase() : v.segments.join('/');
    if (seen.has(key)) {
      if (v.kind === 'file') skipped.push({ name: v.name, reason: 'duplicate member name' });
      continue;
    }
    seen.add(key);
    accepted.push({ entry, name: v.name, kind: v.kind, segments: v.segments });
  }

  // 3. Local headers: ranges inside the data area and pairwise disjoint.
  const files = accepted.filter((a) => a.kind === 'file');
  for (const a of files) {
    try {
      a.span = await zip.span(a.entry);
    } catch (err) {
      if (err instanceof ZipFormatError) throw new InputError(memberMsg(label, a.name, err.message));
      throw err;
    }
  }
  const byOffset = [...files].sort((x, y) => x.span!.headerOffset - y.span!.headerOffset);
  for (let i = 1; i < byOffset.length; i++) {
    const prev = byOffset[i - 1]!;
    const cur = byOffset[i]!;
    if (prev.span!.dataEnd > cur.span!.headerOffset) {
      throw new InputError(memberMsg(label, cur.name, `its data overlaps member ${quoteName(prev.name)}`));
    }
  }

  // 4. Declared total.
  const declaredTotal = files.reduce((s, a) => s + a.entry.uncompressedSize, 0);
  if (declaredTotal > limits.maxTotalBytes) {
    throw new InputError(
      `${label}: members declare ${declaredTotal} bytes in total, more than the limit of ${limits.maxTotalBytes} bytes`,
    );
  }

  // 5. Extract.
  await mkdir(destDir, { recursive: true });
  const root = await realpath(destDir);
  const dirs = new DirMaker(root);
  const written: string[] = [];
  const result: ExtractZipResult = { files: [], skipped, totalBytes: 0 };
  try {
    for (const a of accepted) {
      const target = path.join(root, ...a.segments);
      const rel = path.relative(root, target);
      if (rel === '' || outside(rel)) {
        skipped.push({ name: a.name, reason: REASON_ESCAPES });
        continue;
      }
      if (a.kind === 'directory') {
        const problem = await dirs.ensure(a.segments);
        if (problem) skipped.push({ name: a.name, reason: problem });
        continue;
      }
      const problem = await dirs.ensure(a.segments.slice(0, -1));
      if (problem) {
        skipped.push({ name: a.name, reason: problem });
        continue;
      }
      let fh: FileHandle;
      try {
        fh = await open(target, 'wx', 0o644);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EEXIST' || code === 'EISDIR' || code === 'ENOTDIR' || code === 'ENAMETOOLONG' || code === 'EINVAL') {
          skipped.push({ name: a.name, reason: `cannot create file (${code})` });
          continue;
        }
        throw err;
      }
      written.push(target);
      let bytes: number;
      try {
        bytes = await copyMember(zip, a, fh, limits, result.totalBytes, label);
      } catch (err) {
        await fh.close().catch(() => {});
        await unlink(target).catch(() => {});
        written.pop();
        if (err instanceof MemberAbort) {
          skipped.push({ name: a.name, reason: err.message });
          continue;
        }
        throw err;
      }
      await fh.close();
      result.files.push(a.segments.join('/'));
      result.totalBytes += bytes;
    }
  } catch (err) {
    await Promise.all(written.map((f) => unlink(f).catch(() => {})));
    throw err;
  }
  return result;
}

/** True when a `path.relative(root, x)` result points outside `root` (`..foo` is a valid name). */
const outside = (rel: string): boolean => rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);

/** Creates directories one component at a time, never following or replacing non-directories. */
class DirMaker {
  private readonly ok = new Set<string>();
  constructor(private readonly root: string) {}

  /** Returns a skip reason, or undefined when `root/segments...` is a real directory. */
  async ensure(segments: string[]): Promise<string | undefined> {
    let cur = this.root;
    for (const seg of segments) {
      cur = path.join(cur, seg);
      if (this.ok.has(cur)) continue;
      let st;
      try {
        st = await lstat(cur);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') return `cannot create directory (${describeError(err)})`;
        try {
          await mkdir(cur);
        } catch (err2) {
          return `cannot create directory (${describeError(err2)})`;
        }
        this.ok.add(cur);
        continue;
      }
      if (st.isSymbolicLink()) return REASON_ESCAPES;
      if (!st.isDirectory()) return 'a parent path component is not a directory';
      this.ok.add(cur);
    }
    // Belt and braces: the real location must still be inside the root.
    if (segments.length > 0) {
      const real = await realpath(cur);
      const rel = path.relative(this.root, real);
      if (outside(rel)) return REASON_ESCAPES;
    }
    return undefined;
  }
}

async function writeAll(fh: FileHandle, chunk: Uint8Array): Promise<void> {
  let off = 0;
  while (off < chunk.length) {
    const { bytesWritten } = await fh.write(chunk, off, chunk.length - off);
    off += bytesWritten;
  }
}

/** Streams one member into `fh`, enforcing the caps on actual bytes. Returns bytes written. */
async function copyMember(
  zip: ZipArchive,
  a: Accepted,
  fh: FileHandle,
  limits: ExtractionLimits,
  totalSoFar: number,
  label: string,
): Promise<number> {
  const { entry } = a;
  let count = 0;
  let crc = 0;
  const emit = async (chunk: Uint8Array): Promise<void> => {
    const next = count + chunk.length;
    // Checked before writing, so nothing past a cap ever reaches the disk.
    if (next > entry.uncompressedSize) {
      throw new MemberAbort(`inflates past its declared size of ${entry.uncompressedSize} bytes`);
    }
    if (next > limits.maxFileBytes) {
      throw new MemberAbort(`inflates past the per-file limit of ${limits.maxFileBytes} bytes`);
    }
    if (next > RATIO_FLOOR_BYTES && next / Math.max(1, entry.compressedSize) > limits.maxRatio) {
      throw new MemberAbort(`compression ratio exceeds the limit of ${limits.maxRatio}:1`);
    }
    if (totalSoFar + next > limits.maxTotalBytes) {
      throw new InputError(memberMsg(label, a.name, `extraction exceeds the total limit of ${limits.maxTotalBytes} bytes`));
    }
    count = next;
    crc = crc32(chunk, crc);
    await writeAll(fh, chunk);
  };

  const raw = await zip.rawData(entry);
  const data = entry.method === 8 ? raw.pipe(createInflateRaw({ chunkSize: INFLATE_CHUNK })) : raw;
  if (data !== raw) raw.on('error', (err) => data.destroy(err));
  try {
    for await (const chunk of data) await emit(chunk as Buffer);
  } catch (err) {
    if (err instanceof MemberAbort || err instanceof InputError || entry.method !== 8) throw err;
    throw new MemberAbort(`corrupt deflate data (${describeError(err)})`);
  } finally {
    data.destroy();
    raw.destroy();
  }
  if (count !== entry.uncompressedSize) {
    throw new MemberAbort(`inflated to ${count} bytes, not the declared ${entry.uncompressedSize}`);
  }
  if (crc >>> 0 !== entry.crc32) throw new MemberAbort('CRC-32 mismatch');
  return count;
}
