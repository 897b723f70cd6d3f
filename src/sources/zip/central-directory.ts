/**
 * The ZIP container, read with yauzl: the end record (plain and Zip64), every central-directory
 * entry (with its external attributes, so symlinks and devices are seen) and each member's local
 * header, then each member's bytes by offset. Nothing here decides whether a member is acceptable
 * (member-checks.ts does, before a byte is inflated) or enforces a cap on output (extract-zip.ts
 * counts the bytes as they come).
 *
 * yauzl runs with `decodeStrings: false` (names are vetted as raw bytes: a name that is not UTF-8
 * is refused, never read as CP437) and `validateEntrySizes: false`: a stored member whose two sizes
 * differ, or a member that inflates to more or less than it declares, is one member skipped with
 * its reason, not the whole archive refused; extract-zip.ts checks the actual bytes itself.
 */
import type { Readable } from 'node:stream';
import type { Entry, Options, ZipFile } from 'yauzl';

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

/** Byte range of a member: its local header start and where its compressed data lies. */
export interface MemberSpan {
  headerOffset: number;
  dataOffset: number;
  dataEnd: number;
}

/** An open archive: its member count (from the end record), its entries, and each member's data. */
export interface ZipArchive {
  /** Member count from the end record, known before any entry is read. */
  readonly entryCount: number;
  /** Reads the central directory (call once). */
  entries(): Promise<CentralEntry[]>;
  /** Reads the member's local header: where its data lies (inside the file, or ZipFormatError). */
  span(entry: CentralEntry): Promise<MemberSpan>;
  /** The member's bytes as stored (raw deflate for method 8); its local header is checked again. */
  rawData(entry: CentralEntry): Promise<Readable>;
  close(): void;
}

const OPTIONS: Options = { lazyEntries: true, decodeStrings: false, validateEntrySizes: false, autoClose: false };

/** Opens a zip file, or zip bytes in memory. File-system errors (ENOENT, ...) are thrown as they are. */
export async function openZip(source: string | Uint8Array): Promise<ZipArchive> {
  // Loaded for zips only: its own bundle chunk, not compiled at every start.
  const { default: yauzl } = await import('yauzl');
  let zip: ZipFile;
  try {
    zip =
      typeof source === 'string'
        ? await yauzl.openPromise(source, OPTIONS)
        : await yauzl.fromBufferPromise(Buffer.from(source.buffer, source.byteOffset, source.byteLength), OPTIONS);
  } catch (err) {
    if (typeof (err as NodeJS.ErrnoException).code === 'string') throw err;
    throw new ZipFormatError(`not a readable zip archive (${(err as Error).message})`);
  }
  // The entries yauzl handed over, by index: reading a member's header or data takes its own object.
  const byIndex: Entry[] = [];
  return {
    entryCount: zip.entryCount,
    async entries() {
      const out: CentralEntry[] = [];
      try {
        for await (const e of zip.eachEntry()) {
          byIndex.push(e);
          out.push({
            index: out.length,
            nameBytes: new Uint8Array(e.fileNameRaw),
            flags: e.generalPurposeBitFlag,
            method: e.compressionMethod,
            crc32: e.crc32,
            compressedSize: e.compressedSize,
            uncompressedSize: e.uncompressedSize,
            hostSystem: e.versionMadeBy >>> 8,
            externalAttributes: e.externalFileAttributes,
            localHeaderOffset: e.relativeOffsetOfLocalHeader,
          });
        }
      } catch (err) {
        throw new ZipFormatError(`central directory entry ${out.length} is corrupt (${(err as Error).message})`);
      }
      return out;
    },
    async span(entry) {
      try {
        const { fileDataStart } = await zip.readLocalFileHeaderPromise(byIndex[entry.index]!, { minimal: true });
        return { headerOffset: entry.localHeaderOffset, dataOffset: fileDataStart, dataEnd: fileDataStart + entry.compressedSize };
      } catch (err) {
        throw new ZipFormatError(`bad local header (${(err as Error).message})`);
      }
    },
    rawData(entry) {
      return zip.openReadStreamPromise(byIndex[entry.index]!, { decodeFileData: false });
    },
    close() {
      if (zip.isOpen) zip.close();
    },
  };
}
