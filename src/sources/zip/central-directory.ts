/**
 * Minimal, defensive ZIP container parser: end-of-central-directory (plain and Zip64), central
 * directory entries and local headers. Nothing here inflates data; it only reads the metadata we
 * need to vet every member *before* a single byte is decompressed.
 *
 * Why not fflate's `Unzip` stream: it only sees local headers, which carry neither the external
 * attributes (so symlinks / devices are invisible) nor, for streamed archives, the sizes. The
 * central directory is the authoritative index that real unzip tools use, so we parse it ourselves
 * and then read each member's bytes by offset.
 */
import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';

/** Random-access view of the archive bytes (a file on disk or an in-memory buffer). */
export interface ByteSource {
  readonly size: number;
  read(position: number, length: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

export function bufferSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    async read(position, length) {
      if (position < 0 || length < 0 || position + length > bytes.length) throw new RangeError('read past end of archive');
      return bytes.subarray(position, position + length);
    },
    async close() {},
  };
}

export async function fileSource(file: string): Promise<ByteSource> {
  const fh: FileHandle = await open(file, 'r');
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw new Error('not a regular file');
    const size = st.size;
    return {
      size,
      async read(position, length) {
        if (position < 0 || length < 0 || position + length > size) throw new RangeError('read past end of archive');
        const buf = Buffer.allocUnsafe(length);
        let done = 0;
        while (done < length) {
          const { bytesRead } = await fh.read(buf, done, length - done, position + done);
          if (bytesRead === 0) throw new RangeError('unexpected end of archive file');
          done += bytesRead;
        }
        return buf;
      },
      close: () => fh.close(),
    };
  } catch (err) {
    await fh.close();
    throw err;
  }
}

/** Thrown for container-level corruption; the caller turns it into an InputError. */
export class ZipFormatError extends Error {}

export interface CentralEntry {
  /** Index in central-directory order. */
  index: number;
  /** Raw name bytes (validated separately). */
  nameBytes: Uint8Array;
  /** General-purpose flags (bit 0: encrypted, bit 3: data descriptor, bit 11: UTF-8). */
  flags: number;
  /** Compression method (0 stored, 8 deflate). */
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Upper byte of "version made by": 0 MS-DOS, 3 Unix, 19 OS X, ... */
  hostSystem: number;
  externalAttributes: number;
  localHeaderOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

const EOCD_LEN = 22;
const EOCD64_LOCATOR_LEN = 20;
const EOCD64_MIN_LEN = 56;
const CENTRAL_LEN = 46;
const LOCAL_LEN = 30;
const MAX_COMMENT = 0xffff;

const u16 = (b: Uint8Array, o: number): number => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number): number => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
function u64(b: Uint8Array, o: number): number {
  const lo = u32(b, o);
  const hi = u32(b, o + 4);
  // 2^53 is far beyond any archive we would accept; reject rather than lose precision.
  if (hi >= 0x200000) throw new ZipFormatError('64-bit field out of range');
  return hi * 0x1_0000_0000 + lo;
}

export interface Directory {
  entries: CentralEntry[];
  /** Offset of the first central-directory byte: member data must end before it. */
  centralOffset: number;
}

interface EndRecord {
  entryCount: number;
  centralSize: number;
  centralOffset: number;
}

async function readEndRecord(src: ByteSource): Promise<EndRecord> {
  if (src.size < EOCD_LEN) throw new ZipFormatError('not a zip archive (too short)');
  const tailLen = Math.min(src.size, EOCD_LEN + MAX_COMMENT);
  const tailStart = src.size - tailLen;
  const tail = await src.read(tailStart, tailLen);
  let at = -1;
  // Prefer a record whose comment length reaches exactly the end of the file; fall back to the last
  // signature seen (some writers pad archives).
  let fallback = -1;
  for (let i = tail.length - EOCD_LEN; i >= 0; i--) {
    if (u32(tail, i) !== SIG_EOCD) continue;
    if (fallback < 0) fallback = i;
    if (i + EOCD_LEN + u16(tail, i + 20) === tail.length) {
      at = i;
      break;
    }
  }
  if (at < 0) at = fallback;
  if (at < 0) throw new ZipFormatError('not a zip archive (no end-of-central-directory record)');
  const disk = u16(tail, at + 4);
  const cdDisk = u16(tail, at + 6);
  const entriesHere = u16(tail, at + 8);
  let entryCount = u16(tail, at + 10);
  let centralSize = u32(tail, at + 12);
  let centralOffset = u32(tail, at + 16);
  if ((disk !== 0 && disk !== 0xffff) || (cdDisk !== 0 && cdDisk !== 0xffff) || entriesHere !== entryCount) {
    throw new ZipFormatError('multi-volume archives are not supported');
  }

  const eocdPos = tailStart + at;
  const locPos = eocdPos - EOCD64_LOCATOR_LEN;
  let zip64 = false;
  if (locPos >= 0) {
    const loc = await src.read(locPos, EOCD64_LOCATOR_LEN);
    if (u32(loc, 0) === SIG_EOCD64_LOCATOR) {
      zip64 = true;
      if (u32(loc, 4) !== 0 || u32(loc, 16) > 1) throw new ZipFormatError('multi-volume archives are not supported');
      const recPos = u64(loc, 8);
      if (recPos + EOCD64_MIN_LEN > locPos) throw new ZipFormatError('Zip64 end record out of range');
      const rec = await src.read(recPos, EOCD64_MIN_LEN);
      if (u32(rec, 0) !== SIG_EOCD64) throw new ZipFormatError('Zip64 end record signature mismatch');
      if (u32(rec, 16) !== 0 || u32(rec, 20) !== 0) throw new ZipFormatError('multi-volume archives are not supported');
      const here64 = u64(rec, 24);
      entryCount = u64(rec, 32);
      if (here64 !== entryCount) throw new ZipFormatError('multi-volume archives are not supported');
      centralSize = u64(rec, 40);
      centralOffset = u64(rec, 48);
    }
  }
  if (!zip64 && (entryCount === 0xffff || centralSize === 0xffffffff || centralOffset === 0xffffffff)) {
    throw new ZipFormatError('Zip64 end record missing');
  }
  if (centralOffset + centralSize > eocdPos) throw new ZipFormatError('central directory out of range');
  if (entryCount * CENTRAL_LEN > centralSize) throw new ZipFormatError('central directory shorter than its entry count');
  return { entryCount, centralSize, centralOffset };
}

/**
 * Locates and parses the central directory. The member-count cap is checked from the end record,
 * before any entry is parsed.
 */
export async function readDirectory(src: ByteSource, maxEntries: number): Promise<Directory> {
  const end = await readEndRecord(src);
  if (end.entryCount > maxEntries) {
    throw new ZipFormatError(`archive has ${end.entryCount} members, more than the limit of ${maxEntries}`);
  }
  const cd = await src.read(end.centralOffset, end.centralSize);
  const entries: CentralEntry[] = [];
  let p = 0;
  for (let index = 0; index < end.entryCount; index++) {
    if (p + CENTRAL_LEN > cd.length || u32(cd, p) !== SIG_CENTRAL) {
      throw new ZipFormatError(`central directory entry ${index} is corrupt`);
    }
    const nameLen = u16(cd, p + 28);
    const extraLen = u16(cd, p + 30);
    const commentLen = u16(cd, p + 32);
    const next = p + CENTRAL_LEN + nameLen + extraLen + commentLen;
    if (next > cd.length) throw new ZipFormatError(`central directory entry ${index} is truncated`);
    let compressedSize = u32(cd, p + 20);
    let uncompressedSize = u32(cd, p + 24);
    let localHeaderOffset = u32(cd, p + 42);
    const diskStart = u16(cd, p + 34);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      const z = findZip64Extra(cd.subarray(p + CENTRAL_LEN + nameLen, p + CENTRAL_LEN + nameLen + extraLen));
      if (!z) throw new ZipFormatError(`central directory entry ${index} lacks its Zip64 field`);
      let q = 0;
      const take = (): number => {
        if (q + 8 > z.length) throw new ZipFormatError(`central directory entry ${index} has a short Zip64 field`);
        const v = u64(z, q);
        q += 8;
        return v;
      };
      if (uncompressedSize === 0xffffffff) uncompressedSize = take();
      if (compressedSize === 0xffffffff) compressedSize = take();
      if (localHeaderOffset === 0xffffffff) localHeaderOffset = take();
    }
    if (diskStart !== 0 && diskStart !== 0xffff) throw new ZipFormatError('multi-volume archives are not supported');
    entries.push({
      index,
      nameBytes: new Uint8Array(cd.subarray(p + CENTRAL_LEN, p + CENTRAL_LEN + nameLen)),
      flags: u16(cd, p + 8),
      method: u16(cd, p + 10),
      crc32: u32(cd, p + 16),
      compressedSize,
      uncompressedSize,
      hostSystem: cd[p + 5]!,
      externalAttributes: u32(cd, p + 38),
      localHeaderOffset,
    });
    p = next;
  }
  return { entries, centralOffset: end.centralOffset };
}

function findZip64Extra(extra: Uint8Array): Uint8Array | undefined {
  let p = 0;
  while (p + 4 <= extra.length) {
    const id = u16(extra, p);
    const len = u16(extra, p + 2);
    if (p + 4 + len > extra.length) return undefined;
    if (id === 0x0001) return extra.subarray(p + 4, p + 4 + len);
    p += 4 + len;
  }
  return undefined;
}

/** Byte range of a member: its local header start and where its compressed data lies. */
export interface MemberSpan {
  headerOffset: number;
  dataOffset: number;
  dataEnd: number;
}

export async function readLocalHeader(src: ByteSource, entry: CentralEntry, limit: number): Promise<MemberSpan> {
  const off = entry.localHeaderOffset;
  if (off + LOCAL_LEN > limit) throw new ZipFormatError('local header out of range');
  const h = await src.read(off, LOCAL_LEN);
  if (u32(h, 0) !== SIG_LOCAL) throw new ZipFormatError('local header signature mismatch');
  const dataOffset = off + LOCAL_LEN + u16(h, 26) + u16(h, 28);
  const dataEnd = dataOffset + entry.compressedSize;
  if (dataEnd > limit) throw new ZipFormatError('member data runs past the central directory');
  return { headerOffset: off, dataOffset, dataEnd };
}
