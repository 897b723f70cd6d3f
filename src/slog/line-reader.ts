import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import zlib from 'node:zlib';
import { PassThrough, type Readable } from 'node:stream';
import { DEFAULT_LIMITS } from '../shared/limits.js';
import { LineSplitter, type LineSink } from './line-splitter.js';

/**
 * Streams a slog file (plain or gzip, detected by magic bytes, not by name) and calls `onLine`
 * with each line as a byte range of a Buffer, without decoding it (line-splitter.ts). The callback
 * decides from the first bytes whether the line is worth decoding. Memory stays bounded: a line
 * longer than `maxLineBytes` is not accumulated; only its first `prefixBytes` are kept and handed
 * over with `oversized = true`.
 *
 * Broken input is survived: a truncated gzip tail or a corrupt deflate block ends the stream with
 * everything before it delivered, and the problem is returned in `ReadResult.error`.
 */
export type { LineSink } from './line-splitter.js';

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
  let gzip: boolean;
  try {
    gzip = await isGzipFile(file);
  } catch (e) {
    // Unreadable (permissions, removed since discovery): nothing read, the rest of the run goes on.
    return { bytesIn: 0, bytesOut: 0, lines: 0, gzip: false, error: `cannot open: ${(e as Error).message}`, partialLastLine: false };
  }
  const splitter = new LineSplitter(onLine, opts.maxLineBytes ?? DEFAULT_LIMITS.maxLineBytes, opts.prefixBytes ?? 64 * 1024);
  const source = openChunks(file, gzip, opts.highWaterMark ?? CHUNK);
  const progress = progressReporter(opts, () => source.state.bytesIn, () => splitter.lines);
  const push = (chunk: Buffer): void => {
    splitter.push(chunk);
    progress.maybe();
  };
  await drain(source, push);
  const error = source.state.error !== undefined ? describeStreamError(source.state.error, gzip) : undefined;
  if (gzip && error !== undefined && !error.startsWith('truncated')) {
    // On a corrupt block Node's gunzip drops the output of the step that failed (up to a chunk of
    // good text before the damage). Decode the file again with a second inflater and hand over
    // whatever it gets past the point the first one reached, until it fails too.
    await salvageGzip(file, splitter.bytes, push);
  }
  const partialLastLine = splitter.finish();
  progress.now();
  return { bytesIn: source.state.bytesIn, bytesOut: splitter.bytes, lines: splitter.lines, gzip, error, partialLastLine };
}

/** Calls `opts.onProgress` every `progressEveryBytes` of input (`maybe`), and when told (`now`). */
function progressReporter(opts: ReadOptions, bytesIn: () => number, lines: () => number) {
  const every = opts.progressEveryBytes ?? 64 * 1024 * 1024;
  let next = every;
  return {
    maybe() {
      if (!opts.onProgress || bytesIn() < next) return;
      next = bytesIn() + every;
      opts.onProgress(bytesIn(), lines());
    },
    now() {
      opts.onProgress?.(bytesIn(), lines());
    },
  };
}

/** Hands every chunk of the source to `push`, releasing each after; keeps a stream error aside. */
async function drain(source: ChunkSource, push: (chunk: Buffer) => void): Promise<void> {
  try {
    for await (const chunk of source.queue as AsyncIterable<Buffer>) {
      push(chunk);
      release(chunk);
    }
  } catch (e) {
    source.state.error ??= e;
  } finally {
    source.stream.destroy();
  }
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
    // more buffers alive: deeper buffers were no faster and cost peak RSS (docs/performance.md).
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
 * head of a line split across chunks is copied. Without this, a long read leaves tens of MB of
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
