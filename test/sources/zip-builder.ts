/**
 * Hand-rolled ZIP writer for tests: lets us produce archives no well-behaved tool would write
 * (symlinks, devices, `../` names, lying sizes, overlapping members, Zip64 records).
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface RawEntry {
  /** Member name (UTF-8 encoded) or raw name bytes. */
  name: string | Uint8Array;
  /** Bytes stored in the archive (already deflated when method is 8). */
  data?: Uint8Array;
  method?: number;
  crc?: number;
  compressedSize?: number;
  uncompressedSize?: number;
  /** Upper byte of "version made by": 3 = Unix (default), 0 = MS-DOS. */
  hostSystem?: number;
  /** Unix mode (type + permissions), placed in the high 16 bits of the external attributes. */
  mode?: number;
  externalAttributes?: number;
  flags?: number;
  /** Point the central entry at another member's local header (overlap tests). */
  sameLocalHeaderAs?: number;
  /** Write sizes and offset as 0xFFFFFFFF with a Zip64 extra field in the central directory. */
  zip64?: boolean;
}

export const S_IFREG = 0o100000;
export const S_IFDIR = 0o040000;
export const S_IFLNK = 0o120000;
export const S_IFIFO = 0o010000;
export const S_IFCHR = 0o020000;
export const S_IFBLK = 0o060000;

const enc = new TextEncoder();

export function stored(name: string, content: string | Uint8Array, extra: Partial<RawEntry> = {}): RawEntry {
  const data = typeof content === 'string' ? enc.encode(content) : content;
  return { name, data, method: 0, crc: crc32(data), uncompressedSize: data.length, ...extra };
}

export function deflated(name: string, content: string | Uint8Array, extra: Partial<RawEntry> = {}): RawEntry {
  const raw = typeof content === 'string' ? enc.encode(content) : content;
  const data = deflateRawSync(raw);
  return { name, data, method: 8, crc: crc32(raw), uncompressedSize: raw.length, ...extra };
}

/**
 * A deflate stream of `mib` MiB of zeros, built without ever materialising the zeros: one
 * full-flushed (byte-aligned, history-free) segment for 1 MiB repeated, then an empty final block.
 * Returns the stream and the CRC-32 of the uncompressed data.
 */
export function zeroBomb(mib: number): { data: Uint8Array; crc: number; size: number } {
  const mibZeros = new Uint8Array(1024 * 1024);
  const seg = deflateRawSync(mibZeros, { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const fin = deflateRawSync(new Uint8Array(0));
  const data = new Uint8Array(seg.length * mib + fin.length);
  let crc = 0;
  for (let i = 0; i < mib; i++) {
    data.set(seg, i * seg.length);
    crc = crc32(mibZeros, crc);
  }
  data.set(fin, seg.length * mib);
  return { data, crc, size: mib * 1024 * 1024 };
}

class Writer {
  private parts: Uint8Array[] = [];
  length = 0;
  bytes(b: Uint8Array): void {
    this.parts.push(b);
    this.length += b.length;
  }
  u16(v: number): void {
    const b = new Uint8Array(2);
    new DataView(b.buffer).setUint16(0, v, true);
    this.bytes(b);
  }
  u32(v: number): void {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, v >>> 0, true);
    this.bytes(b);
  }
  u64(v: number): void {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigUint64(0, BigInt(v), true);
    this.bytes(b);
  }
  concat(): Uint8Array {
    const out = new Uint8Array(this.length);
    let p = 0;
    for (const part of this.parts) {
      out.set(part, p);
      p += part.length;
    }
    return out;
  }
}

export function buildZip(entries: RawEntry[], opts: { zip64End?: boolean; comment?: string } = {}): Uint8Array {
  const w = new Writer();
  const offsets: number[] = [];
  const names = entries.map((e) => (typeof e.name === 'string' ? enc.encode(e.name) : e.name));
  entries.forEach((e, i) => {
    const data = e.data ?? new Uint8Array(0);
    const name = names[i]!;
    if (e.sameLocalHeaderAs !== undefined) {
      offsets.push(offsets[e.sameLocalHeaderAs]!);
      return;
    }
    offsets.push(w.length);
    w.u32(0x04034b50);
    w.u16(20);
    w.u16((e.flags ?? 0) | 0x0800);
    w.u16(e.method ?? 0);
    w.u16(0);
    w.u16(0x21);
    w.u32(e.crc ?? crc32(data));
    w.u32(e.compressedSize ?? data.length);
    w.u32(e.uncompressedSize ?? data.length);
    w.u16(name.length);
    w.u16(0);
    w.bytes(name);
    w.bytes(data);
  });
  const cdStart = w.length;
  entries.forEach((e, i) => {
    const data = e.data ?? new Uint8Array(0);
    const name = names[i]!;
    const compressedSize = e.compressedSize ?? data.length;
    const uncompressedSize = e.uncompressedSize ?? data.length;
    const host = e.hostSystem ?? 3;
    const ext = e.externalAttributes ?? (host === 3 ? ((e.mode ?? S_IFREG | 0o644) << 16) >>> 0 : 0);
    const extra = new Writer();
    if (e.zip64) {
      extra.u16(0x0001);
      extra.u16(24);
      extra.u64(uncompressedSize);
      extra.u64(compressedSize);
      extra.u64(offsets[i]!);
    }
    const extraBytes = extra.concat();
    w.u32(0x02014b50);
    w.u16((host << 8) | 45);
    w.u16(e.zip64 ? 45 : 20);
    w.u16((e.flags ?? 0) | 0x0800);
    w.u16(e.method ?? 0);
    w.u16(0);
    w.u16(0x21);
    w.u32(e.crc ?? crc32(data));
    w.u32(e.zip64 ? 0xffffffff : compressedSize);
    w.u32(e.zip64 ? 0xffffffff : uncompressedSize);
    w.u16(name.length);
    w.u16(extraBytes.length);
    w.u16(0);
    w.u16(0);
    w.u16(0);
    w.u32(ext);
    w.u32(e.zip64 ? 0xffffffff : offsets[i]!);
    w.bytes(name);
    w.bytes(extraBytes);
  });
  const cdSize = w.length - cdStart;
  if (opts.zip64End) {
    const rec = w.length;
    w.u32(0x06064b50);
    w.u64(44);
    w.u16(45);
    w.u16(45);
    w.u32(0);
    w.u32(0);
    w.u64(entries.length);
    w.u64(entries.length);
    w.u64(cdSize);
    w.u64(cdStart);
    w.u32(0x07064b50);
    w.u32(0);
    w.u64(rec);
    w.u32(1);
  }
  const comment = enc.encode(opts.comment ?? '');
  w.u32(0x06054b50);
  w.u16(0);
  w.u16(0);
  w.u16(opts.zip64End ? 0xffff : entries.length);
  w.u16(opts.zip64End ? 0xffff : entries.length);
  w.u32(opts.zip64End ? 0xffffffff : cdSize);
  w.u32(opts.zip64End ? 0xffffffff : cdStart);
  w.u16(comment.length);
  w.bytes(comment);
  return w.concat();
}
