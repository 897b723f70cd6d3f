import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import zlib from 'node:zlib';
import { PassThrough, type Readable } from 'node:stream';
import { DEFAULT_LIMITS } from '../shared/limits.js';

/**
 * Streams a slog file (plain or gzip, detected by magic bytes, not by name) and calls `onLine`
 * with each line as a byte range of a Buffer, without decoding it. The callback decides from the
 * first bytes whether the line is worth decoding. Memory stays bounded: a line longer than
 * `maxLineBytes` is not accumulated; only its first `prefixBytes` are kept and handed over with
 * `oversized = true`.
 *
 * Broken input is survived: a truncated gzip tail or a corrupt deflate block ends the stream with
 * everything before it delivered, and the problem is returned in `ReadResult.error`.
 */
export interface LineSink {
  /**
   * `buf[start..end)` is the line without its newline. `lineNo` is 1-based. `buf` is valid during
   * the call only (its memory is released once its chunk is read): keep copies, not views.
   */
  (buf: Buffer, start: number, end: number, lineNo: number, oversized: boolean): void;
}

export interface ReadResult {
  bytesIn: number;
  bytesOut: number;
  lines: number;
  gzip: boolean;
  /** Set when the stream ended early (truncated gzip, corrupt block, I/O error). */
  error?: string;
  /** The last line had no newline (kept and delivered anyway). */
  partialLastLine: boolean;
}

export interface ReadOptions {
  maxLineBytes?: number;
  prefixBytes?: number;
  onProgress?: (bytesIn: number, lines: number) => void;
  progressEveryBytes?: number;
  highWaterMark?: number;
}

const NL = 10;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** Read and inflate in 1 MiB pieces. */
const CHUNK = 1024 * 1024;

export async function isGzipFile(file: string): Promise<boolean> {
  const fh = await open(file, 'r');
  try {
    const b = Buffer.alloc(2);
    const { bytesRead } = await fh.read(b, 0, 2, 0);
    return bytesRead === 2 && b[0] === 0x1f && b[1] === 0x8b;
  } finally {
    await fh.close();
  }
}

export async function readLines(file: string, onLine: LineSink, opts: ReadOptions = {}): Promise<ReadResult> {
  const maxLineBytes = opts.maxLineBytes ?? DEFAULT_LIMITS.maxLineBytes;
  const prefixBytes = opts.prefixBytes ?? 64 * 1024;
  const progressEvery = opts.progressEveryBytes ?? 64 * 1024 * 1024;
  let gzip: boolean;
  try {
    gzip = await isGzipFile(file);
  } catch (e) {
    // Unreadable (permissions, removed since discovery): nothing read, the rest of the run goes on.
    return { bytesIn: 0, bytesOut: 0, lines: 0, gzip: false, error: `cannot open: ${(e as Error).message}`, partialLastLine: false };
  }
  const source = openChunks(file, gzip, opts.highWaterMark ?? CHUNK);

  let lines = 0;
  let bytesOut = 0;
  /** Bytes of a leading UTF-8 byte-order mark matched so far (its length: done looking). */
  let bomSeen = 0;
  let nextProgress = progressEvery;
  // Carry-over of a line split across chunks.
  let carry: Buffer[] = [];
  let carryLen = 0;
  let carryOversized = false;

  const flushCarry = (tail: Buffer | null, tailEnd: number) => {
    lines++;
    if (carryOversized) {
      const head = carry.length === 1 ? carry[0] : Buffer.concat(carry);
      onLine(head, 0, head.length, lines, true);
    } else {
      const parts = tail ? [...carry, tail.subarray(0, tailEnd)] : carry;
      const whole = parts.length === 1 ? parts[0] : Buffer.concat(parts);
      onLine(whole, 0, whole.length, lines, false);
    }
    carry = [];
    carryLen = 0;
    carryOversized = false;
  };

  const appendCarry = (chunk: Buffer, from: number, to: number) => {
    if (carryOversized) return;
    const piece = chunk.subarray(from, to);
    if (carryLen + piece.length > maxLineBytes) {
      // Keep only a prefix, enough to classify the line and read its leading fields.
      const have = carry.length === 1 ? carry[0] : Buffer.concat(carry);
      const need = Math.max(0, prefixBytes - have.length);
      carry = [Buffer.concat([have.subarray(0, prefixBytes), piece.subarray(0, need)])];
      carryLen = carry[0].length;
      carryOversized = true;
      return;
    }
    // Copy: the chunk buffer may be reused by the stream.
    carry.push(Buffer.from(piece));
    carryLen += piece.length;
  };

  /**
   * Delivers the complete lines of chunk[pos..n) and returns where the unterminated tail starts.
   * A plain function (not the async loop below), so that its hot loop keeps its counters in
   * registers instead of the async function's heap-allocated frame.
   */
  const splitLines = (chunk: Buffer, pos: number, n: number): number => {
    let count = lines;
    try {
      while (pos < n) {
        const nl = chunk.indexOf(NL, pos);
        if (nl < 0) break;
        count++;
        if (nl - pos > maxLineBytes) onLine(chunk, pos, Math.min(nl, pos + prefixBytes), count, true);
        else onLine(chunk, pos, nl, count, false);
        pos = nl + 1;
      }
    } finally {
      lines = count;
    }
    return pos;
  };

  const processChunk = (chunk: Buffer): void => {
    bytesOut += chunk.length;
    const n = chunk.length;
    let pos = 0;
    if (bomSeen < UTF8_BOM.length) {
      // A UTF-8 byte-order mark (a file written by a Windows tool) is no part of line 1. The first
      // chunks can be shorter than it: its bytes are matched over as many chunks as it takes, and
      // only a whole mark is dropped; the start of one is line 1's (a damaged line, reported).
      const before = bomSeen;
      while (bomSeen < UTF8_BOM.length && pos < n && chunk[pos] === UTF8_BOM[bomSeen]) {
        pos++;
        bomSeen++;
      }
      if (bomSeen < UTF8_BOM.length) {
        if (pos === n) return; // all of it may still be the mark
        bomSeen = UTF8_BOM.length;
        if (before > 0) appendCarry(UTF8_BOM, 0, before);
        pos = 0;
      }
    }
    if (carryLen > 0 || carryOversized) {
      const nl = chunk.indexOf(NL, 0);
      if (nl < 0) {
        appendCarry(chunk, 0, n);
        return;
      }
      if (carryOversized) {
        flushCarry(null, 0);
      } else if (carryLen + nl > maxLineBytes) {
        appendCarry(chunk, 0, nl);
        flushCarry(null, 0);
      } else {
        flushCarry(chunk, nl);
      }
      pos = nl + 1;
    }
    pos = splitLines(chunk, pos, n);
    if (pos < n) appendCarry(chunk, pos, n);
    const bytesIn = source.state.bytesIn;
    if (opts.onProgress && bytesIn >= nextProgress) {
      nextProgress = bytesIn + progressEvery;
      opts.onProgress(bytesIn, lines);
    }
  };

  try {
    for await (const chunk of source.queue as AsyncIterable<Buffer>) {
      processChunk(chunk);
      release(chunk);
    }
  } catch (e) {
    source.state.error ??= e;
  } finally {
    source.stream.destroy();
  }
  const error = source.state.error !== undefined ? describeStreamError(source.state.error, gzip) : undefined;
  if (gzip && error !== undefined && !error.startsWith('truncated')) {
    // On a corrupt block Node's gunzip drops the output of the step that failed (up to a chunk of
    // good text before the damage). Decode the file again with a second inflater and hand over
    // whatever it gets past the point the first one reached, until it fails too.
    await salvageGzip(file, bytesOut, processChunk);
  }
  // A file that ends within its first bytes, which looked like the start of a mark.
  if (bomSeen > 0 && bomSeen < UTF8_BOM.length) appendCarry(UTF8_BOM, 0, bomSeen);
  const partialLastLine = carryLen > 0 || carryOversized;
  if (partialLastLine) flushCarry(null, 0);
  const bytesIn = source.state.bytesIn;
  opts.onProgress?.(bytesIn, lines);
  return { bytesIn, bytesOut, lines, gzip, error, partialLastLine };
}

/** The decompressed chunks of a file, and what the streams have told so far. */
interface ChunkSource {
  queue: PassThrough;
  /** The file stream, or the inflater reading from it. */
  stream: Readable;
  state: { bytesIn: number; error?: unknown };
}

/**
 * Opens the file as a queue of (decompressed) chunks. A function of its own so that the streams'
 * listeners capture only the streams and `state`: a closure created in `readLines` would hold its
 * whole scope, and with it the caller's line callback and everything that callback reaches (a
 * scan's c-list replay and samples). The listeners outlive the read: the inflater's native handle
 * keeps its stream, and the stream its listeners, until the handle is closed some time later.
 */
function openChunks(file: string, gzip: boolean, highWaterMark: number): ChunkSource {
  const state: ChunkSource['state'] = { bytesIn: 0 };
  const raw = createReadStream(file, { highWaterMark });
  raw.on('data', (c: Buffer | string) => {
    state.bytesIn += c.length;
  });
  let stream: Readable = raw;
  if (gzip) {
    // Z_SYNC_FLUSH lets a truncated tail yield everything decodable before it.
    // Inflation runs on the libuv thread pool while this thread splits and reads the previous
    // chunk. Big chunks keep the per-chunk overhead (callbacks, buffer allocation) low; one chunk
    // of readable buffer (and one in the queue below) lets inflation run ahead without keeping
    // more buffers alive: deeper buffers were no faster and cost ~10 MB of peak RSS.
    // At the end of the input, a Z_SYNC_FLUSH first hands over everything decodable; only then does
    // end() finish the stream with Z_FINISH, which fails with "unexpected end of file" when the
    // gzip member has no trailer (a truncated file, a killed writer). So a cut stream is reported
    // as truncated and nothing before the cut is lost.
    const gunzip = zlib.createGunzip({
      chunkSize: CHUNK,
      readableHighWaterMark: CHUNK,
    } as zlib.ZlibOptions);
    raw.on('error', (e) => gunzip.destroy(e));
    raw.on('end', () => gunzip.flush(zlib.constants.Z_SYNC_FLUSH, () => gunzip.end()));
    stream = raw.pipe(gunzip, { end: false });
  }

  // The stream's error (the Z_FINISH of a truncated gzip, a corrupt block) must not discard
  // decoded data still buffered: chunks go through a PassThrough that simply ends on an error, and
  // the error is kept aside. Pulling from it keeps inflation a few chunks ahead of the parsing.
  const queue = new PassThrough({ readableHighWaterMark: CHUNK, writableHighWaterMark: CHUNK });
  const from = stream;
  from.on('data', (chunk: Buffer) => {
    if (!queue.write(chunk)) from.pause();
  });
  queue.on('drain', () => from.resume());
  from.on('end', () => queue.end());
  from.on('error', (e) => {
    state.error ??= e;
    queue.end();
  });
  return { queue, stream, state };
}

/**
 * Frees a chunk's memory now rather than at some later garbage collection. Once a chunk has been
 * read nothing refers to it: lines reach the callback as views valid during the call only, and the
 * head of a line split across chunks is copied. Without this, a long read leaves up to ~60 MB of
 * dead 1 MiB chunks for V8 to collect when its external-memory limit is reached.
 * Only a Buffer that is its whole ArrayBuffer is released (zlib's output buffer, once zlib filled
 * it and moved on to a new one; a read concatenated from several chunks), never a view of a shared
 * one (Node's 8 KiB pool, a zlib output buffer still being written).
 */
function release(chunk: Buffer): void {
  const ab = chunk.buffer;
  // `transfer` is ES2024 (Node ≥ 21): on an older Node the chunk is left to the collector, never a
  // TypeError that would end the read after the first chunk.
  if (chunk.byteOffset === 0 && chunk.byteLength === ab.byteLength && ab.byteLength >= 64 * 1024 && ab instanceof ArrayBuffer && typeof ab.transfer === 'function' && !ab.detached) {
    ab.transfer(0);
  }
}

function describeStreamError(e: unknown, gzip: boolean): string {
  const err = e as NodeJS.ErrnoException;
  const msg = err?.message ?? String(e);
  if (gzip && /unexpected end of file/i.test(msg)) return 'truncated gzip stream (kept everything before the cut)';
  if (gzip && (err?.code === 'Z_DATA_ERROR' || /invalid|incorrect|unknown compression/i.test(msg))) {
    return `corrupt gzip data (${msg}); kept everything before it`;
  }
  return msg;
}

/**
 * Re-inflates a damaged gzip file with fflate and passes on only the bytes after the first `skip`
 * decoded bytes, stopping quietly at the first error. Runs only after the native inflater failed.
 */
async function salvageGzip(file: string, skip: number, sink: (chunk: Buffer) => void): Promise<void> {
  let seen = 0;
  const { Gunzip } = await import('fflate'); // only for a damaged file: not compiled at every start
  const g = new Gunzip((data) => {
    const from = Math.max(skip, seen);
    const end = seen + data.length;
    if (end > from) sink(Buffer.from(data.buffer, data.byteOffset + (from - seen), end - from));
    seen = end;
  });
  try {
    // Small pushes: fflate drops the output of the push that fails, so keep that small.
    for await (const c of createReadStream(file, { highWaterMark: 256 * 1024 })) {
      const b = c as Buffer;
      for (let i = 0; i < b.length; i += 1024) g.push(b.subarray(i, Math.min(b.length, i + 1024)));
    }
    g.push(new Uint8Array(0), true);
  } catch {
    /* the damage: everything before it has been handed over */
  }
}
