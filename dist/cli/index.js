#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2679:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ZT: () => (/* binding */ analyzeRunIsolated),
  Mt: () => (/* binding */ runAsWorker),
  w6: () => (/* binding */ stopEngineWorkers)
});

// UNUSED EXPORTS: engineThread

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
// EXTERNAL MODULE: ./src/shared/temp-dirs.ts
var temp_dirs = __nccwpck_require__(7704);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/run-files/discover.ts
var discover = __nccwpck_require__(1440);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
var promises_default = /*#__PURE__*/__nccwpck_require__.n(promises_);
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
var external_node_zlib_default = /*#__PURE__*/__nccwpck_require__.n(external_node_zlib_namespaceObject);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: ./src/shared/limits.ts
var shared_limits = __nccwpck_require__(7193);
;// CONCATENATED MODULE: ./src/slog/line-splitter.ts
/**
 * Cuts a stream of byte chunks into lines and hands each to a {@link LineSink} as a byte range,
 * without decoding it. A line split across chunks is carried over (copied: the chunks are released
 * once read); a line longer than `maxLineBytes` is not accumulated: only its first `prefixBytes`
 * are kept and handed over with `oversized = true`. A leading UTF-8 byte-order mark is dropped.
 */
const NL = 10;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
class LineSplitter {
    onLine;
    maxLineBytes;
    prefixBytes;
    /** Lines delivered so far. */
    lines = 0;
    /** Bytes pushed so far. */
    bytes = 0;
    /** Bytes of a leading UTF-8 byte-order mark matched so far (its length: done looking). */
    bomSeen = 0;
    /** Carry-over of a line split across chunks. */
    carry = [];
    carryLen = 0;
    carryOversized = false;
    constructor(onLine, maxLineBytes, prefixBytes) {
        this.onLine = onLine;
        this.maxLineBytes = maxLineBytes;
        this.prefixBytes = prefixBytes;
    }
    /** Delivers every line that `chunk` completes; keeps its unterminated tail for the next one. */
    push(chunk) {
        this.bytes += chunk.length;
        const n = chunk.length;
        let pos = this.skipMark(chunk);
        if (pos < 0)
            return;
        if (this.carryLen > 0 || this.carryOversized) {
            const nl = chunk.indexOf(NL, pos);
            if (nl < 0) {
                this.appendCarry(chunk, pos, n);
                return;
            }
            if (this.carryOversized || this.carryLen + nl - pos > this.maxLineBytes) {
                this.appendCarry(chunk, pos, nl);
                this.flushCarry(null, 0, 0);
            }
            else {
                this.flushCarry(chunk, pos, nl);
            }
            pos = nl + 1;
        }
        pos = this.splitLines(chunk, pos, n);
        if (pos < n)
            this.appendCarry(chunk, pos, n);
    }
    /** The end of the input: delivers a last line that has no newline. Returns whether there was one. */
    finish() {
        // A file that ends within its first bytes, which looked like the start of a mark.
        if (this.bomSeen > 0 && this.bomSeen < UTF8_BOM.length)
            this.appendCarry(UTF8_BOM, 0, this.bomSeen);
        const partial = this.carryLen > 0 || this.carryOversized;
        if (partial)
            this.flushCarry(null, 0, 0);
        return partial;
    }
    /**
     * Where the text of `chunk` starts past a UTF-8 byte-order mark (a file written by a Windows
     * tool): no part of line 1. The first chunks can be shorter than it: its bytes are matched over
     * as many chunks as it takes, and only a whole mark is dropped; the start of one is line 1's (a
     * damaged line, reported). −1: all of the chunk may still be the mark.
     */
    skipMark(chunk) {
        if (this.bomSeen >= UTF8_BOM.length)
            return 0;
        const before = this.bomSeen;
        let pos = 0;
        while (this.bomSeen < UTF8_BOM.length && pos < chunk.length && chunk[pos] === UTF8_BOM[this.bomSeen]) {
            pos++;
            this.bomSeen++;
        }
        if (this.bomSeen === UTF8_BOM.length)
            return pos;
        if (pos === chunk.length)
            return -1;
        this.bomSeen = UTF8_BOM.length;
        if (before > 0)
            this.appendCarry(UTF8_BOM, 0, before);
        return 0;
    }
    /**
     * Delivers the complete lines of chunk[pos..n) and returns where the unterminated tail starts.
     * Its counter is a local, kept in a register through the hot loop.
     */
    splitLines(chunk, pos, n) {
        const { onLine, maxLineBytes, prefixBytes } = this;
        let count = this.lines;
        try {
            while (pos < n) {
                const nl = chunk.indexOf(NL, pos);
                if (nl < 0)
                    break;
                count++;
                if (nl - pos > maxLineBytes)
                    onLine(chunk, pos, Math.min(nl, pos + prefixBytes), count, true);
                else
                    onLine(chunk, pos, nl, count, false);
                pos = nl + 1;
            }
        }
        finally {
            this.lines = count;
        }
        return pos;
    }
    /** Delivers the carried line, completed by `tail[from..to)` when given. */
    flushCarry(tail, from, to) {
        this.lines++;
        const carry = this.carry;
        if (this.carryOversized) {
            const head = carry.length === 1 ? carry[0] : Buffer.concat(carry);
            this.onLine(head, 0, head.length, this.lines, true);
        }
        else {
            const parts = tail ? [...carry, tail.subarray(from, to)] : carry;
            const whole = parts.length === 1 ? parts[0] : Buffer.concat(parts);
            this.onLine(whole, 0, whole.length, this.lines, false);
        }
        this.carry = [];
        this.carryLen = 0;
        this.carryOversized = false;
    }
    appendCarry(chunk, from, to) {
        if (this.carryOversized) {
            // Past the cap only the prefix grows, up to `prefixBytes` (a cap below the prefix fills it
            // over later chunks, so the prefix does not depend on where the chunks were cut).
            const head = this.carry[0];
            if (head.length < this.prefixBytes) {
                this.carry = [Buffer.concat([head, chunk.subarray(from, Math.min(to, from + this.prefixBytes - head.length))])];
            }
            return;
        }
        const piece = chunk.subarray(from, to);
        if (this.carryLen + piece.length > this.maxLineBytes) {
            // Keep only a prefix, enough to classify the line and read its leading fields.
            const have = this.carry.length === 1 ? this.carry[0] : Buffer.concat(this.carry);
            const need = Math.max(0, this.prefixBytes - have.length);
            this.carry = [Buffer.concat([have.subarray(0, this.prefixBytes), piece.subarray(0, need)])];
            this.carryLen = this.carry[0].length;
            this.carryOversized = true;
            return;
        }
        // Copy: the chunk buffer may be reused by the stream.
        this.carry.push(Buffer.from(piece));
        this.carryLen += piece.length;
    }
}

;// CONCATENATED MODULE: ./src/slog/line-reader.ts






/** Read and inflate in 1 MiB pieces. */
const CHUNK = 1024 * 1024;
async function isGzipFile(file) {
    const fh = await (0,promises_.open)(file, 'r');
    try {
        const b = Buffer.alloc(2);
        const { bytesRead } = await fh.read(b, 0, 2, 0);
        return bytesRead === 2 && b[0] === 0x1f && b[1] === 0x8b;
    }
    finally {
        await fh.close();
    }
}
async function readLines(file, onLine, opts = {}) {
    let gzip;
    try {
        gzip = await isGzipFile(file);
    }
    catch (e) {
        // Unreadable (permissions, removed since discovery): nothing read, the rest of the run goes on.
        return { bytesIn: 0, bytesOut: 0, lines: 0, gzip: false, error: `cannot open: ${e.message}`, partialLastLine: false };
    }
    const splitter = new LineSplitter(onLine, opts.maxLineBytes ?? shared_limits/* DEFAULT_LIMITS */.d.maxLineBytes, opts.prefixBytes ?? 64 * 1024);
    const source = openChunks(file, gzip, opts.highWaterMark ?? CHUNK);
    const progress = progressReporter(opts, () => source.state.bytesIn, () => splitter.lines);
    const push = (chunk) => {
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
function progressReporter(opts, bytesIn, lines) {
    const every = opts.progressEveryBytes ?? 64 * 1024 * 1024;
    let next = every;
    return {
        maybe() {
            if (!opts.onProgress || bytesIn() < next)
                return;
            next = bytesIn() + every;
            opts.onProgress(bytesIn(), lines());
        },
        now() {
            opts.onProgress?.(bytesIn(), lines());
        },
    };
}
/** Hands every chunk of the source to `push`, releasing each after; keeps a stream error aside. */
async function drain(source, push) {
    try {
        for await (const chunk of source.queue) {
            push(chunk);
            release(chunk);
        }
    }
    catch (e) {
        source.state.error ??= e;
    }
    finally {
        source.stream.destroy();
    }
}
/**
 * Opens the file as a queue of (decompressed) chunks. A function of its own so that the streams'
 * listeners capture only the streams and `state`: a closure created in `readLines` would hold its
 * whole scope, and with it the caller's line callback and everything that callback reaches (a
 * scan's c-list replay and samples). The listeners outlive the read: the inflater's native handle
 * keeps its stream, and the stream its listeners, until the handle is closed some time later.
 */
function openChunks(file, gzip, highWaterMark) {
    const state = { bytesIn: 0 };
    const raw = (0,external_node_fs_.createReadStream)(file, { highWaterMark });
    raw.on('data', (c) => {
        state.bytesIn += c.length;
    });
    let stream = raw;
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
        const gunzip = external_node_zlib_default().createGunzip({
            chunkSize: CHUNK,
            readableHighWaterMark: CHUNK,
        });
        raw.on('error', (e) => gunzip.destroy(e));
        raw.on('end', () => gunzip.flush((external_node_zlib_default()).constants.Z_SYNC_FLUSH, () => gunzip.end()));
        stream = raw.pipe(gunzip, { end: false });
    }
    // The stream's error (the Z_FINISH of a truncated gzip, a corrupt block) must not discard
    // decoded data still buffered: chunks go through a PassThrough that simply ends on an error, and
    // the error is kept aside. Pulling from it keeps inflation a few chunks ahead of the parsing.
    const queue = new external_node_stream_.PassThrough({ readableHighWaterMark: CHUNK, writableHighWaterMark: CHUNK });
    const from = stream;
    from.on('data', (chunk) => {
        if (!queue.write(chunk))
            from.pause();
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
function release(chunk) {
    const ab = chunk.buffer;
    // `transfer` is ES2024 (Node ≥ 21): on an older Node the chunk is left to the collector, never a
    // TypeError that would end the read after the first chunk.
    if (chunk.byteOffset === 0 && chunk.byteLength === ab.byteLength && ab.byteLength >= 64 * 1024 && ab instanceof ArrayBuffer && typeof ab.transfer === 'function' && !ab.detached) {
        ab.transfer(0);
    }
}
function describeStreamError(e, gzip) {
    const err = e;
    const msg = err?.message ?? String(e);
    if (gzip && /unexpected end of file/i.test(msg))
        return 'truncated gzip stream (kept everything before the cut)';
    if (gzip && (err?.code === 'Z_DATA_ERROR' || /invalid|incorrect|unknown compression/i.test(msg))) {
        return `corrupt gzip data (${msg}); kept everything before it`;
    }
    return msg;
}
/**
 * Re-inflates a damaged gzip file with fflate and passes on only the bytes after the first `skip`
 * decoded bytes, stopping quietly at the first error. Runs only after the native inflater failed.
 */
async function salvageGzip(file, skip, sink) {
    let seen = 0;
    const { Gunzip } = await __nccwpck_require__.e(/* import() */ 306).then(__nccwpck_require__.bind(__nccwpck_require__, 1306)); // only for a damaged file: not compiled at every start
    const g = new Gunzip((data) => {
        const from = Math.max(skip, seen);
        const end = seen + data.length;
        if (end > from)
            sink(Buffer.from(data.buffer, data.byteOffset + (from - seen), end - from));
        seen = end;
    });
    try {
        // Small pushes: fflate drops the output of the push that fails, so keep that small.
        for await (const c of (0,external_node_fs_.createReadStream)(file, { highWaterMark: 256 * 1024 })) {
            const b = c;
            for (let i = 0; i < b.length; i += 1024)
                g.push(b.subarray(i, Math.min(b.length, i + 1024)));
        }
        g.push(new Uint8Array(0), true);
    }
    catch {
        /* the damage: everything before it has been handed over */
    }
}

;// CONCATENATED MODULE: ./src/slog/classify.ts
const TIME_KEY = Buffer.from('"time":');
const MONOTIME_KEY = Buffer.from('"monotime":');
/** Byte bounds of the last type string found by `findType`. */
const span = { start: 0, end: 0 };
/** `key` (a quoted name and its colon) at `p`. */
function keyAt(buf, p, end, key) {
    if (p + key.length > end)
        return false;
    for (let i = 0; i < key.length; i++)
        if (buf[p + i] !== key[i])
            return false;
    return true;
}
/** The index after a JSON number's bytes at `p` (digits, sign, point, exponent), or -1 when none. */
function numberEnd(buf, p, end) {
    const s = p;
    for (; p < end; p++) {
        const c = buf[p];
        if (!((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e || c === 0x65 || c === 0x45))
            break;
    }
    return p > s ? p : -1;
}
/**
 * Finds the `type` string of a line in the kernel's layout; returns false when the line is not a
 * JSON object starting with `"type":"` (after at most a `time` and a `monotime` number), or the
 * type has escapes or control characters. Bounds land in `span`.
 */
function findType(buf, start, end) {
    if (end - start < 12 || buf[start] !== 0x7b /* { */)
        return false;
    let p = start + 1;
    // `{"type":` first: a string there is the type; anything else is not a type, whatever a nested
    // object further on says (`{"type":123,"x":{"type":"deliver"}}` is no delivery). Compared byte by
    // byte, unrolled: this runs on every line.
    for (let lead = 0;; lead++) {
        if (p + 8 > end)
            return false;
        if (buf[p] === 0x22 /* " */ && buf[p + 1] === 0x74 /* t */ && buf[p + 2] === 0x79 /* y */ &&
            buf[p + 3] === 0x70 /* p */ && buf[p + 4] === 0x65 /* e */ && buf[p + 5] === 0x22 /* " */ && buf[p + 6] === 0x3a /* : */) {
            if (buf[p + 7] !== 0x22)
                return false;
            p += 8;
            break;
        }
        // An older kernel's `{"time":…,` (and `"monotime":…,`) before it.
        const key = lead < 2 ? (keyAt(buf, p, end, TIME_KEY) ? TIME_KEY : keyAt(buf, p, end, MONOTIME_KEY) ? MONOTIME_KEY : null) : null;
        if (!key)
            return false;
        p = numberEnd(buf, p + key.length, end);
        if (p < 0 || buf[p] !== 0x2c /* , */)
            return false;
        p++;
    }
    const lim = Math.min(end, p + 128);
    for (let i = p; i < lim; i++) {
        const c = buf[i];
        if (c === 0x22) {
            span.start = p;
            span.end = i;
            return true;
        }
        if (c === 0x5c || c < 0x20)
            return false; // escapes or control chars: not a type we know
    }
    return false;
}
/** Returns the event type, or null when the line is not a JSON object with a leading `type`. */
function lineType(buf, start, end) {
    return findType(buf, start, end) ? buf.toString('latin1', span.start, span.end) : null;
}
/** Result of `typeCode` for a line without a readable type. */
const NO_TYPE = -2;
/** Result of `typeCode` for a type not in the table (read it with `lineType`). */
const OTHER_TYPE = -1;
/** The index of the line's type in `table`, or NO_TYPE / OTHER_TYPE; never allocates. */
function typeCode(table, buf, start, end) {
    if (!findType(buf, start, end))
        return NO_TYPE;
    let h = 0;
    for (let i = span.start; i < span.end; i++)
        h = (Math.imul(h, 31) + buf[i]) | 0;
    return table.find(h, buf, span.start, span.end);
}
const shiftTables = new WeakMap();
/**
 * True when `needle` (ASCII) occurs in the first `window` bytes of the line. Horspool search: the
 * window is mostly skipped in needle-sized steps, without allocating a view of it.
 */
function prefixHas(buf, start, end, needle, window = 400) {
    const n = needle.length;
    if (n === 0)
        return true;
    const last = n - 1;
    let shift = shiftTables.get(needle);
    if (!shift) {
        shift = new Int32Array(256).fill(n);
        for (let i = 0; i < last; i++)
            shift[needle[i]] = last - i;
        shiftTables.set(needle, shift);
    }
    const lim = Math.min(end, start + window);
    const tail = needle[last];
    for (let i = start; i + n <= lim;) {
        const c = buf[i + last];
        if (c === tail) {
            let j = 0;
            while (j < last && buf[i + j] === needle[j])
                j++;
            if (j === last)
                return true;
        }
        i += shift[c];
    }
    return false;
}

;// CONCATENATED MODULE: ./src/run-files/perf.ts
/**
 * perf.jsonl (docs/formats.md §5.2): the runner's perf events. We read each stage's block range
 * and cycle count from the `perf-finish` stats, streaming, and tolerate a missing or broken file.
 */



const n = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
/** The one event read here (other perf events are not parsed at all). */
const PERF_FINISH = Buffer.from('"perf-finish"');
/**
 * Reads the `perf-finish` stats, streaming through the slog line reader: a line over
 * `maxLineBytes` is not accumulated (a perf.jsonl of one endless line cannot exhaust memory), and a
 * wanted line that cannot be read is counted in `badLines` and named in `problems`.
 */
async function readPerf(file, opts = {}) {
    const out = { stages: Object.create(null), cycles: null, totalBlockCount: null, sdkRevision: null, badLines: 0, problems: [], finished: false };
    const name = external_node_path_default().basename(file);
    const bad = (line, why) => {
        out.badLines++;
        if (out.problems.length < 5)
            out.problems.push({ where: `${name}:${line}`, why });
    };
    const res = await readLines(file, (buf, start, end, line, oversized) => {
        if (!prefixHas(buf, start, end, PERF_FINISH, end - start))
            return;
        if (oversized)
            return bad(line, 'perf event over the line-size cap; skipped');
        let ev;
        try {
            ev = JSON.parse(buf.toString('utf8', start, end));
        }
        catch {
            return bad(line, 'perf event line is not valid JSON; skipped');
        }
        if (ev?.type !== 'perf-finish')
            return;
        if (typeof ev.stats !== 'object' || !ev.stats || Array.isArray(ev.stats))
            return bad(line, '`perf-finish` without a stats object; skipped');
        out.finished = true;
        const st = ev.stats;
        out.totalBlockCount = n(st.totalBlockCount) ?? null;
        out.cycles = n(st.cyclesSummary?.cycleCount) ?? null;
        out.sdkRevision = typeof st.metadata?.testData?.sdkRevision === 'string' ? st.metadata.testData.sdkRevision : null;
        if (st.stages && typeof st.stages === 'object') {
            for (const [k, s] of Object.entries(st.stages)) {
                out.stages[k] = {
                    firstBlockHeight: n(s?.firstBlockHeight),
                    lastBlockHeight: n(s?.lastBlockHeight),
                    blockCount: n(s?.blockCount),
                    cycleCount: n(s?.cycleCount),
                };
            }
        }
    }, { maxLineBytes: opts.maxLineBytes });
    if (res.error)
        throw new Error(res.error);
    return out;
}

;// CONCATENATED MODULE: ./src/slog/diagnostics.ts
const MAX_EXAMPLES = 5;
/**
 * Counts problems in the input by code and keeps the first few `file:line` locations, so that a
 * broken slog is reported in one line per problem kind instead of failing the whole analysis.
 */
class Diagnostics {
    byCode = new Map();
    add(code, where, detail) {
        let w = this.byCode.get(code);
        if (!w) {
            w = { code, count: 0, message: `${where}: ${detail}`, examples: [] };
            this.byCode.set(code, w);
        }
        w.count++;
        if (w.examples.length < MAX_EXAMPLES)
            w.examples.push(where);
    }
    list() {
        return [...this.byCode.values()];
    }
    static merge(lists) {
        const out = new Map();
        for (const list of lists) {
            for (const w of list) {
                const have = out.get(w.code);
                if (!have) {
                    out.set(w.code, { ...w, examples: [...w.examples] });
                }
                else {
                    have.count += w.count;
                    for (const e of w.examples)
                        if (have.examples.length < MAX_EXAMPLES)
                            have.examples.push(e);
                }
            }
        }
        return [...out.values()];
    }
}
/** Known slog event types (docs/formats.md §1.3); anything else is counted as `unknown-event`. */
const KNOWN_TYPES = new Set([
    'deliver', 'deliver-result', 'syscall', 'syscall-result', 'crank-start', 'crank-finish', 'create-vat',
    'vat-startup-start', 'vat-startup-finish', 'start-replay', 'finish-replay', 'replay-transcript-start',
    'replay-transcript-finish', 'heap-snapshot-save', 'heap-snapshot-load', 'clist', 'terminate', 'console',
    'kernel-stats', 'kernel-init-start', 'kernel-init-finish', 'bundle-kernel-start', 'bundle-kernel-finish',
    'import-kernel-start', 'import-kernel-finish', 'vat-cleanup', 'vat-cleanup-complete', 'slogger-confused',
    'cosmic-swingset-bootstrap-block-start', 'cosmic-swingset-bootstrap-block-finish', 'cosmic-swingset-begin-block',
    'cosmic-swingset-end-block-start', 'cosmic-swingset-end-block-finish', 'cosmic-swingset-run-start',
    'cosmic-swingset-run-finish', 'cosmic-swingset-commit-block-start', 'cosmic-swingset-commit-block-finish',
    'cosmic-swingset-after-commit-stats', 'cosmic-swingset-timer-poll', 'cosmic-swingset-deliver-inbound',
    'cosmic-swingset-bridge-inbound', 'cosmic-swingset-install-bundle', 'cosmic-swingset-init',
    'cosmic-swingset-upgrade-start', 'cosmic-swingset-upgrade-finish', 'cosmic-swingset-inject-kernel-upgrade-events',
]);
/** The diagnostics of one file: a problem's location is `file:line`. */
class FileDiagnostics extends Diagnostics {
    file;
    constructor(file) {
        super();
        this.file = file;
    }
    /** A problem at line `line` of the file. */
    at(code, line, detail) {
        this.add(code, `${this.file}:${line}`, detail);
    }
}

;// CONCATENATED MODULE: ./src/slog/method-name.ts
/**
 * The method name of a `message` delivery, for every era (docs/formats.md §1.5):
 * - before 2022-04: `vd[2].method`
 * - 2022-04 → 2022-10: `JSON.parse(vd[2].methargs.body)[0]`
 * - since 2022-10: smallcaps, `body` starts with `#`; strings starting with one of
 *   ``!"#$%&'()*+,-`` carry a `!` prefix; `%name` is a symbol; `#undefined` is a function call.
 * Only the first array element is decoded, never the whole (possibly huge) body.
 */
function methodFromMessage(msg) {
    if (!msg || typeof msg !== 'object')
        return null;
    const m = msg;
    if (typeof m.method === 'string')
        return m.method;
    const body = m.methargs?.body;
    if (typeof body !== 'string')
        return null;
    return methodFromBody(body);
}
function methodFromBody(body) {
    let s = 0;
    const smallcaps = body.charCodeAt(0) === 0x23; /* # */
    if (smallcaps)
        s = 1;
    while (s < body.length && isSpace(body.charCodeAt(s)))
        s++;
    if (body.charCodeAt(s) !== 0x5b /* [ */) {
        if (smallcaps && body.startsWith('undefined', s))
            return '(function call)';
        return null;
    }
    s++;
    while (s < body.length && isSpace(body.charCodeAt(s)))
        s++;
    const c = body.charCodeAt(s);
    if (c !== 0x22 /* " */) {
        if (body.startsWith('null', s))
            return '(function call)';
        // legacy capdata: method could be an object ({"@qclass":"undefined"}) for function calls
        if (c === 0x7b && body.startsWith('"@qclass":"undefined"', s + 1))
            return '(function call)';
        return null;
    }
    // Find the end of the JSON string token.
    let i = s + 1;
    while (i < body.length) {
        const ch = body.charCodeAt(i);
        if (ch === 0x5c)
            i += 2;
        else if (ch === 0x22)
            break;
        else
            i++;
    }
    let name;
    try {
        name = JSON.parse(body.slice(s, i + 1));
    }
    catch {
        return null;
    }
    if (smallcaps) {
        if (name === '#undefined')
            return '(function call)';
        if (name.startsWith('!'))
            return name.slice(1);
        if (name.startsWith('%'))
            return `[${name.slice(1)}]`; // symbol, e.g. %@@asyncIterator
    }
    return name;
}
function isSpace(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

;// CONCATENATED MODULE: ./src/slog/kref.ts
const PREFIX = ['ko', 'kp', 'kd'];
/** N up to 15 digits: 4N + 3 stays an exact double. */
const MAX_DIGITS = 15;
/** Kind of `k` + the second byte of a kref (`o`, `p`, `d`), or -1. */
function kindOf(c) {
    return c === 0x6f ? 0 : c === 0x70 ? 1 : c === 0x64 ? 2 : -1;
}
/** The key of a kref given as text. */
function krefKey(kref) {
    const n = kref.length;
    if (n < 3 || n > 2 + MAX_DIGITS || kref.charCodeAt(0) !== 0x6b /* k */)
        return kref;
    const kind = kindOf(kref.charCodeAt(1));
    if (kind < 0 || (kref.charCodeAt(2) === 0x30 && n > 3))
        return kref;
    let v = 0;
    for (let i = 2; i < n; i++) {
        const d = kref.charCodeAt(i) - 0x30;
        if (d < 0 || d > 9)
            return kref;
        v = v * 10 + d;
    }
    return v * 4 + kind;
}
/** The key of the kref in bytes b[s..e) (plain ASCII, no escapes), or -1 when it is not canonical. */
function krefKeyAt(b, s, e) {
    const n = e - s;
    if (n < 3 || n > 2 + MAX_DIGITS || b[s] !== 0x6b)
        return -1;
    const kind = kindOf(b[s + 1]);
    if (kind < 0 || (b[s + 2] === 0x30 && n > 3))
        return -1;
    let v = 0;
    for (let i = s + 2; i < e; i++) {
        const d = b[i] - 0x30;
        if (d < 0 || d > 9)
            return -1;
        v = v * 10 + d;
    }
    return v * 4 + kind;
}
/** A line's `kobj` value as the c-list keys it: its key when it is a string, else undefined. */
function krefOfValue(v) {
    return typeof v === 'string' ? krefKey(v) : undefined;
}
/** The text of a key (for messages). */
function krefText(key) {
    return typeof key === 'string' ? key : `${PREFIX[key % 4]}${Math.floor(key / 4)}`;
}
/** Vref kinds, as the c-list replay tells entries apart (docs/formats.md §1.3). */
const VREF_OTHER = 0;
/** `o+…`: an object the vat exports. */
const VREF_EXPORT = 1;
/** `o…` otherwise (`o-…`): an object the vat imports. */
const VREF_IMPORT = 2;
const VREF_PROMISE = 3;
const VREF_DEVICE = 4;
/** Added to the kind of `o+0`, the vat's root object. */
const VREF_ROOT = 8;
/** Kind (+ VREF_ROOT for `o+0`) of a vref from its first bytes; `c1` is NaN or -1 when absent. */
function vrefKindOf(c0, c1, root) {
    if (c0 === 0x6f /* o */)
        return c1 === 0x2b /* + */ ? VREF_EXPORT + (root ? VREF_ROOT : 0) : VREF_IMPORT;
    if (c0 === 0x70 /* p */)
        return VREF_PROMISE;
    if (c0 === 0x64 /* d */)
        return VREF_DEVICE;
    return VREF_OTHER;
}
/** Kind of a vref given as text. */
function vrefKind(vref) {
    return vrefKindOf(vref.charCodeAt(0), vref.charCodeAt(1), vref === 'o+0');
}
/** A line's `vobj` value: its kind when it is a non-empty string, else undefined. */
function vrefOfValue(v) {
    return typeof v === 'string' && v !== '' ? vrefKind(v) : undefined;
}
/** Kind of the vref in bytes b[s..e) (plain ASCII, no escapes, at least one byte). */
function vrefKindAt(b, s, e) {
    const root = e - s === 3 && b[s] === 0x6f && b[s + 1] === 0x2b && b[s + 2] === 0x30;
    return vrefKindOf(b[s], s + 1 < e ? b[s + 1] : -1, root);
}

;// CONCATENATED MODULE: ./src/slog/json-scan.ts
/**
 * The JSON grammar (RFC 8259) at the byte level, for the validating reader (json-bytes.ts): where
 * a string, number or literal that starts at a position ends (or -1 when it is not valid), and the
 * whitespace between tokens. No allocation, no decoding.
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const isDigit = (c) => c >= 0x30 && c <= 0x39;
const isHex = (c) => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
/** Flags of the last string scanned by `stringEnd`. */
const STR_ESCAPED = 1;
const STR_NON_ASCII = 2;
let strFlags = 0;
/**
 * `b[p]` is the opening quote of a string: returns the index of its closing quote, or -1 when the
 * string is invalid (bad escape, raw control character, no closing quote before `e`). Sets strFlags.
 */
function stringEnd(b, p, e) {
    let flags = 0;
    for (p++; p < e; p++) {
        const c = b[p];
        if (c === QUOTE) {
            strFlags = flags;
            return p;
        }
        if (c < 0x20)
            return -1;
        if (c === BACKSLASH) {
            flags |= STR_ESCAPED;
            const d = p + 1 < e ? b[p + 1] : -1;
            if (d === 0x75 /* u */) {
                if (p + 5 >= e || !isHex(b[p + 2]) || !isHex(b[p + 3]) || !isHex(b[p + 4]) || !isHex(b[p + 5]))
                    return -1;
                p += 5;
            }
            else if (d === QUOTE || d === BACKSLASH || d === 0x2f || d === 0x62 || d === 0x66 || d === 0x6e || d === 0x72 || d === 0x74) {
                p++;
            }
            else
                return -1;
        }
        else if (c >= 0x80)
            flags |= STR_NON_ASCII;
    }
    return -1;
}
/**
 * Branches that most lines never take are written so that the arithmetic in them runs on every
 * call (`p += cond ? 1 : 0`, `literalEnd`): V8 gathers type feedback as code runs, and optimized
 * code that meets an operation it has no feedback for is discarded and compiled again (the first
 * negative number or `true` in a slog did that to the readers, `skip` included, in mid-file).
 */
/** `b[p]` starts a number: returns the index after it, or -1 when it is not a JSON number. */
function json_scan_numberEnd(b, p, e) {
    p += p < e && b[p] === MINUS ? 1 : 0;
    if (p >= e)
        return -1;
    let c = b[p];
    if (c === ZERO)
        p++;
    else if (c >= 0x31 && c <= 0x39) {
        do
            p++;
        while (p < e && (c = b[p]) >= 0x30 && c <= 0x39);
    }
    else
        return -1;
    if (p < e && b[p] === DOT) {
        p++;
        if (p >= e || !isDigit(b[p]))
            return -1;
        do
            p++;
        while (p < e && (c = b[p]) >= 0x30 && c <= 0x39);
    }
    if (p < e && (b[p] | 0x20) === 0x65 /* e E */) {
        p++;
        if (p < e && (b[p] === 0x2b || b[p] === MINUS))
            p++;
        if (p >= e || !isDigit(b[p]))
            return -1;
        do
            p++;
        while (p < e && (c = b[p]) >= 0x30 && c <= 0x39);
    }
    return p;
}
/** `b[p]` starts `true`, `false` or `null`: the index after it, else -1. */
function literalEnd(b, p, e) {
    const c = b[p];
    if (c === 0x74 /* t */)
        return p + 3 < e && b[p + 1] === 0x72 && b[p + 2] === 0x75 && b[p + 3] === 0x65 ? p + 4 : -1;
    if (c === 0x66 /* f */)
        return p + 4 < e && b[p + 1] === 0x61 && b[p + 2] === 0x6c && b[p + 3] === 0x73 && b[p + 4] === 0x65 ? p + 5 : -1;
    if (c === 0x6e /* n */)
        return p + 3 < e && b[p + 1] === 0x75 && b[p + 2] === 0x6c && b[p + 3] === 0x6c ? p + 4 : -1;
    return -1;
}
/** Index of the first non-whitespace byte at or after p (or e). */
function skipWs(b, p, e) {
    while (p < e) {
        const c = b[p];
        if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09)
            break;
        p++;
    }
    return p;
}

;// CONCATENATED MODULE: ./src/slog/interner.ts
/**
 * Short ASCII strings (vat IDs, krefs, vrefs, method names) repeat a lot: a direct-mapped cache
 * returns the same string for the same bytes instead of allocating one per line.
 */
class Interner {
    table;
    mask;
    constructor(size = 4096) {
        this.table = new Array(size).fill(undefined);
        this.mask = size - 1;
    }
    /** The string of ASCII bytes b[s..e), whose hash (h = h * 31 + byte, from 0) is `h`. */
    get(b, s, e, h) {
        const n = e - s;
        const slot = (h ^ (h >>> 13)) & this.mask;
        const cand = this.table[slot];
        if (cand !== undefined && cand.length === n) {
            let i = 0;
            while (i < n && cand.charCodeAt(i) === b[s + i])
                i++;
            if (i === n)
                return cand;
        }
        const str = asciiString(b, s, e);
        this.table[slot] = str;
        return str;
    }
}
/** A string from ASCII bytes; String.fromCharCode is much cheaper than Buffer#toString for short ones. */
function asciiString(b, s, e) {
    switch (e - s) {
        case 0: return '';
        case 1: return String.fromCharCode(b[s]);
        case 2: return String.fromCharCode(b[s], b[s + 1]);
        case 3: return String.fromCharCode(b[s], b[s + 1], b[s + 2]);
        case 4: return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3]);
        case 5: return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4]);
        case 6: return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5]);
        case 7: return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6]);
        case 8: return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7]);
        default: return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1', s, e);
    }
}
/** Strings longer than this are not interned (`JsonBytes.string` scans at most this far for one). */
const MAX_INTERNED = 32;
const interner = new Interner();
/** The shared string for ASCII bytes b[s..e) with hash h (h = h * 31 + byte, from 0). */
const interned = (b, s, e, h) => interner.get(b, s, e, h);

;// CONCATENATED MODULE: ./src/slog/key-table.ts
/**
 * Short ASCII names (member keys, event types) looked up from bytes without allocating: `find`
 * takes the hash `h = h * 31 + byte` (from 0) of the bytes. For keys, slog lines of one type have
 * them in the same order, so the table also remembers which key followed which (`after`):
 * `JsonBytes.key` first checks that guess with one byte comparison and hashes only when it is wrong.
 */
class KeyTable {
    names;
    slots;
    keys;
    byName;
    /** The keys followed by `":`, for matching a guess in one loop. */
    quoted;
    /** after[prev + 1] = the key that followed key `prev` last time (prev = -1: the first key). */
    after;
    constructor(names) {
        this.names = names;
        let size = 64;
        while (size < names.length * 4)
            size *= 2;
        this.slots = new Int32Array(size).fill(-1);
        this.after = new Int32Array(names.length + 1).fill(-1);
        this.keys = names.map((n) => Buffer.from(n, 'latin1'));
        this.quoted = names.map((n) => Buffer.from(`${n}":`, 'latin1'));
        this.byName = new Map(names.map((n, i) => [n, i]));
        this.keys.forEach((k, id) => {
            let h = 0;
            for (const c of k)
                h = (Math.imul(h, 31) + c) | 0;
            let i = KeyTable.slot(h, size);
            while (this.slots[i] !== -1)
                i = (i + 1) & (size - 1);
            this.slots[i] = id;
        });
    }
    static slot(h, size) {
        return (h ^ (h >>> 11)) & (size - 1);
    }
    /** Index of the name with bytes b[s..e) and hash h, or -1. */
    find(h, b, s, e) {
        const size = this.slots.length;
        const n = e - s;
        for (let i = KeyTable.slot(h, size);; i = (i + 1) & (size - 1)) {
            const id = this.slots[i];
            if (id === -1)
                return -1;
            const k = this.keys[id];
            if (k.length !== n)
                continue;
            let j = 0;
            while (j < n && k[j] === b[s + j])
                j++;
            if (j === n)
                return id;
        }
    }
}

;// CONCATENATED MODULE: ./src/slog/json-bytes.ts
/**
 * A small validating JSON reader over a byte range of a Buffer, used to pick the few fields the
 * scanner needs out of big slog lines without `JSON.parse` building the whole object.
 *
 * It follows the JSON grammar (RFC 8259) strictly, so a line it reads is a line `JSON.parse` would
 * accept, and it reads values with `JSON.parse` semantics (last duplicate key wins, numbers correctly
 * rounded). Invalid UTF-8 is not an error (the reference decodes with `buf.toString('utf8')`, which
 * substitutes U+FFFD), and it is decoded the same way here. A syntax error, or nesting deeper than
 * MAX_DEPTH, makes it give up: the caller then re-reads the line with `JSON.parse`, which decides
 * whether the line is garbage.
 *
 * Usage: `reset(buf, start, end)`, then `objectStart()` and `for (let f = true; j.more(f); f = false)`
 * over members with `key()` and a value reader (`string()`, `number()`, `isTrue()`, `skip()`, ...).
 * Errors set `bad` and make every later call a no-op; check it (or `end()`) once at the end.
 */




/** Deeper values are left to JSON.parse (the container stack is kept in the bits of an int32). */
const MAX_DEPTH = 30;
/** Exact powers of ten (10^0..10^22 are exactly representable as doubles). */
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
const TWO_53 = 2 ** 53;
class JsonBytes {
    buf = Buffer.alloc(0);
    pos = 0;
    end = 0;
    /** A syntax error (or something this reader does not handle) was met. */
    bad = false;
    /** Raw bounds (between the quotes) and flags of the last string scanned. */
    strStart = 0;
    strEnd = 0;
    strEscaped = false;
    strNonAscii = false;
    reset(buf, start, end) {
        this.buf = buf;
        this.pos = start;
        this.end = end;
        this.bad = false;
        return this;
    }
    fail() {
        this.bad = true;
        this.pos = this.end;
        return false;
    }
    /** Skips JSON whitespace and returns the next byte, or -1 at the end. */
    peek() {
        const b = this.buf;
        let p = this.pos;
        const e = this.end;
        if (p < e && b[p] > 0x20)
            return b[p];
        while (p < e) {
            const c = b[p];
            if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
                p++;
            else {
                this.pos = p;
                return c;
            }
        }
        this.pos = p;
        return -1;
    }
    /** Position of the next value (after whitespace). */
    peekPos() {
        this.peek();
        return this.pos;
    }
    /** Consumes `{`; false (and `bad`) if the next value is not an object. */
    objectStart() {
        if (this.peek() !== LBRACE)
            return this.fail();
        this.pos++;
        return true;
    }
    /**
     * Object members / array elements: true when another one follows (the `,` is consumed), false at
     * the closing bracket (consumed) or on a syntax error.
     */
    more(first, close = RBRACE) {
        if (this.bad)
            return false;
        const c = this.peek();
        if (c === close) {
            this.pos++;
            return false;
        }
        if (first) {
            if (c === -1)
                return this.fail();
            return true;
        }
        if (c !== COMMA)
            return this.fail();
        this.pos++;
        return true;
    }
    /** Array elements: like `more` with `]`. */
    moreItems(first) {
        return this.more(first, RBRACKET);
    }
    /**
     * Reads a member key and its `:`, returning its index in `table` (-1 for other keys), or -2 on a
     * syntax error. `prev` is the previous key of this object (-1 for the first), for the guess.
     * Keys with escapes are decoded and looked up by name.
     */
    key(table, prev) {
        if (this.peek() !== QUOTE)
            return this.fail(), -2;
        const b = this.buf;
        const e = this.end;
        const s = this.pos + 1;
        let p = s;
        let id = table.after[prev + 1];
        if (id >= 0) {
            // The guess, as `name":` (the key, its closing quote and a colon right after it).
            const k = table.quoted[id];
            const n = k.length;
            if (s + n <= e) {
                let i = 0;
                while (i < n && k[i] === b[s + i])
                    i++;
                if (i === n) {
                    this.strStart = s;
                    this.strEnd = s + n - 2;
                    this.pos = s + n;
                    return id;
                }
            }
        }
        let h = 0;
        for (; p < e; p++) {
            const c = b[p];
            if (c === QUOTE || c === BACKSLASH || c < 0x20)
                break;
            h = (Math.imul(h, 31) + c) | 0;
        }
        if (p < e && b[p] === QUOTE) {
            id = table.find(h, b, s, p);
            this.strStart = s;
            this.strEnd = p;
            this.pos = p + 1;
        }
        else {
            // Escapes (or an error): validate and decode the key, then look it up by name.
            if (!this.scanString())
                return -2;
            id = table.byName.get(this.stringValue()) ?? -1;
        }
        if (id >= 0)
            table.after[prev + 1] = id;
        if (this.peek() !== COLON)
            return this.fail(), -2;
        this.pos++;
        return id;
    }
    /** Only whitespace is left: the line was exactly one JSON value. */
    atEnd() {
        if (this.bad)
            return false;
        return this.peek() === -1;
    }
    /** At `"`: scans the string, validating escapes and control characters. */
    scanString() {
        const q = stringEnd(this.buf, this.pos, this.end);
        if (q < 0)
            return this.fail();
        this.strStart = this.pos + 1;
        this.strEnd = q;
        this.strEscaped = (strFlags & STR_ESCAPED) !== 0;
        this.strNonAscii = (strFlags & STR_NON_ASCII) !== 0;
        this.pos = q + 1;
        return true;
    }
    /** Decoded value of the last scanned string. */
    stringValue() {
        const { buf, strStart: s, strEnd: e } = this;
        if (this.strEscaped)
            return JSON.parse(buf.toString('utf8', s - 1, e + 1));
        return buf.toString(this.strNonAscii ? 'utf8' : 'latin1', s, e);
    }
    /** The exact bytes `lit` come next (no whitespace skipped); consumes them. Never sets `bad`. */
    literal(lit) {
        const b = this.buf;
        const p = this.pos;
        const n = lit.length;
        if (p + n > this.end)
            return false;
        for (let i = 0; i < n; i++)
            if (b[p + i] !== lit[i])
                return false;
        this.pos = p + n;
        return true;
    }
    /** The next value if it is a string (at the cursor, no whitespace); else undefined, nothing consumed. */
    stringOnly() {
        if (this.pos >= this.end || this.buf[this.pos] !== QUOTE)
            return undefined;
        return this.string();
    }
    /** The next value as a string, or undefined when it is another kind of value (skipped). */
    string() {
        if (this.peek() !== QUOTE) {
            this.skip();
            return undefined;
        }
        // Short plain ASCII strings: scan and hash in one pass, then intern.
        const b = this.buf;
        const s = this.pos + 1;
        const lim = Math.min(this.end, s + MAX_INTERNED + 1);
        let h = 0;
        for (let p = s; p < lim; p++) {
            const c = b[p];
            if (c === QUOTE) {
                this.pos = p + 1;
                return interner.get(b, s, p, h);
            }
            if (c === BACKSLASH || c < 0x20 || c >= 0x80)
                break;
            h = (Math.imul(h, 31) + c) | 0;
        }
        if (!this.scanString())
            return undefined;
        return this.stringValue();
    }
    /** At a number: validates it; false (bad) if it is not a JSON number. */
    skipNumber() {
        const q = json_scan_numberEnd(this.buf, this.pos, this.end);
        if (q < 0)
            return this.fail();
        this.pos = q;
        return true;
    }
    /**
     * The next value as a finite number (what `Number.isFinite(JSON.parse(...))` would give), or
     * undefined when it is another kind of value (skipped) or overflows.
     */
    number() {
        const c = this.peek();
        if (c !== MINUS && !isDigit(c)) {
            this.skip();
            return undefined;
        }
        // Validates while accumulating the digits as an integer mantissa `m` with `frac` digits after
        // the point. Clinger's fast path: m < 2^53 divided by an exact power of ten is correctly
        // rounded, as JSON.parse is; exponents and longer mantissas take the slow path.
        const b = this.buf;
        const e = this.end;
        const s = this.pos;
        let p = s;
        const neg = c === MINUS;
        p += neg ? 1 : 0;
        let m = 0;
        let d = p < e ? b[p] : -1;
        if (d === ZERO)
            p++;
        else if (isDigit(d)) {
            do {
                m = m * 10 + (d - 0x30);
                d = ++p < e ? b[p] : -1;
            } while (isDigit(d));
        }
        else
            return this.fail(), undefined;
        let frac = 0;
        if (p < e && b[p] === DOT) {
            const f0 = ++p;
            while (p < e && isDigit((d = b[p]))) {
                m = m * 10 + (d - 0x30);
                p++;
            }
            frac = p - f0;
            if (frac === 0)
                return this.fail(), undefined;
        }
        let exact = m < TWO_53 && frac <= 22;
        if (p < e && (b[p] | 0x20) === 0x65 /* e E */) {
            exact = false;
            p++;
            if (p < e && (b[p] === 0x2b || b[p] === MINUS))
                p++;
            if (p >= e || !isDigit(b[p]))
                return this.fail(), undefined;
            while (p < e && isDigit(b[p]))
                p++;
        }
        this.pos = p;
        let v;
        if (exact) {
            v = frac > 0 ? m / POW10[frac] : m;
            v *= neg ? -1 : 1;
        }
        else
            v = Number(b.toString('latin1', s, p));
        return Number.isFinite(v) ? v : undefined;
    }
    /** The next value is the literal `true` (consumed); any other value is skipped. */
    isTrue() {
        if (this.peek() === 0x74 && this.word('true'))
            return true;
        this.skip();
        return false;
    }
    word(w) {
        const b = this.buf;
        const p = this.pos;
        if (p + w.length > this.end)
            return this.fail();
        for (let i = 0; i < w.length; i++)
            if (b[p + i] !== w.charCodeAt(i))
                return this.fail();
        this.pos = p + w.length;
        return true;
    }
    /**
     * Validates and skips the next value; false (bad) on a syntax error. One loop with an explicit
     * container stack (a bit per level: 1 = object), as values to skip can be big and nested.
     */
    skip() {
        if (this.bad)
            return false;
        const b = this.buf;
        const e = this.end;
        let p = skipWs(b, this.pos, e);
        let depth = 0;
        let objects = 0;
        value: for (;;) {
            if (p >= e)
                return this.fail();
            let c = b[p];
            if (c === QUOTE) {
                p = stringEnd(b, p, e);
                if (p < 0)
                    return this.fail();
                p++;
            }
            else if (c === MINUS || (c >= 0x30 && c <= 0x39)) {
                p = json_scan_numberEnd(b, p, e);
                if (p < 0)
                    return this.fail();
            }
            else if (c === LBRACE || c === LBRACKET) {
                if (depth >= MAX_DEPTH)
                    return this.fail();
                depth++;
                objects = (objects << 1) | (c === LBRACE ? 1 : 0);
                p = skipWs(b, p + 1, e);
                if (p >= e)
                    return this.fail();
                c = b[p];
                if (c === (objects & 1 ? RBRACE : RBRACKET)) {
                    p++;
                    depth--;
                    objects >>>= 1;
                }
                else {
                    if (objects & 1) {
                        p = this.keyEnd(p);
                        if (p < 0)
                            return false;
                    }
                    continue value;
                }
            }
            else {
                p = literalEnd(b, p, e);
                if (p < 0)
                    return this.fail();
            }
            // After a value: the end of the skipped value, a separator, or closing brackets.
            for (;;) {
                if (depth === 0) {
                    this.pos = p;
                    return true;
                }
                p = skipWs(b, p, e);
                if (p >= e)
                    return this.fail();
                c = b[p];
                if (c === COMMA) {
                    p = skipWs(b, p + 1, e);
                    if (objects & 1) {
                        p = this.keyEnd(p);
                        if (p < 0)
                            return false;
                    }
                    continue value;
                }
                if (c !== (objects & 1 ? RBRACE : RBRACKET))
                    return this.fail();
                p++;
                depth--;
                objects >>>= 1;
            }
        }
    }
    /** At a member key: returns the index after its `:` and any whitespace (-1 and bad on error). */
    keyEnd(p) {
        const b = this.buf;
        const e = this.end;
        if (p >= e || b[p] !== QUOTE)
            return this.fail(), -1;
        p = stringEnd(b, p, e);
        if (p < 0)
            return this.fail(), -1;
        p = skipWs(b, p + 1, e);
        if (p >= e || b[p] !== COLON)
            return this.fail(), -1;
        return skipWs(b, p + 1, e);
    }
}

;// CONCATENATED MODULE: ./src/slog/field-keys.ts
/**
 * What the byte-level field readers (fast-*.ts) share: the member names they look up, and one
 * reader over the current line (they never nest).
 */

const KEY_NAMES = [
    'vatID', 'deliveryNum', 'crankNum', 'replay', 'time', 'monotime', 'seconds', 'vd', 'kd', 'dr',
    'mode', 'kobj', 'vobj', 'method', 'methargs', 'body', 'currentHeapCount',
    // Not read, but listed so that the key-order guess works for whole lines.
    'blockHeight', 'ksc',
    'type', 'dispatch', 'slots', 'result', 'meterType', 'compute', 'allocate', 'timestamps', 'args', 'data', 'state',
    'blockTime', 'runNum', 'syscallNum', 'syscall', 'vsc', 'snapshotID', 'endPosition',
];
const KEYS = new KeyTable(KEY_NAMES);
const K = Object.fromEntries(KEY_NAMES.map((n, i) => [n, i]));
/** The reader shared by the fast readers (they never nest). */
const j = new JsonBytes();
const field_keys_LBRACKET = 0x5b;
const field_keys_LBRACE = 0x7b;
const RBRACE_BYTES = Buffer.from('}');

;// CONCATENATED MODULE: ./src/slog/fast-krefs.ts
/**
 * The krefs a message or notify carries (`krefsOf` in fields.ts), read from the validated byte
 * range of a `deliver` line's `kd` without parsing it.
 */

// Fast `krefsOf` over a validated `kd` byte range. Optional chaining and `??` on JSON values come
// down to: a member of a non-object is undefined, and `null` falls through `??`.
const isNullAt = (pos) => j.buf[pos] === 0x6e; /* n */
/** Start of the last value of key `key` in the object at the cursor (-1 if none or not an object); the cursor moves past the value. */
function lastMember(key, key2 = -3) {
    last2 = -1;
    if (j.peek() !== field_keys_LBRACE) {
        j.skip();
        return -1;
    }
    j.pos++;
    let at = -1;
    for (let first = true, k = -1; j.more(first); first = false) {
        k = j.key(KEYS, k);
        if (k === key)
            at = j.peekPos();
        else if (k === key2)
            last2 = j.peekPos();
        j.skip();
    }
    return at;
}
/** The second key's position from the last `lastMember` call. */
let last2 = -1;
/** `pushSlots(capdata)` for the value at `pos` (-1: undefined); the cursor is restored. */
function pushSlotsAt(pos, out) {
    if (pos < 0)
        return;
    const save = j.pos;
    j.pos = pos;
    const slots = lastMember(K.slots);
    if (slots >= 0 && j.buf[slots] === field_keys_LBRACKET) {
        j.pos = slots + 1;
        for (let first = true; j.moreItems(first); first = false) {
            const s = j.peek() === 0x22 ? j.string() : (j.skip(), undefined);
            if (s !== undefined)
                out.push(s);
        }
    }
    j.pos = save;
}
function fastKrefs(buf, start, end) {
    const out = [];
    j.reset(buf, start, end);
    if (j.peek() !== field_keys_LBRACKET)
        return out;
    j.pos++;
    let tag;
    let i = 0;
    for (let first = true; j.moreItems(first); first = false, i++) {
        if (i === 0)
            tag = j.string();
        else if (tag === 'message' && i === 1) {
            const target = j.string();
            if (target !== undefined)
                out.push(target);
        }
        else if (tag === 'message' && i === 2) {
            // msg?.methargs ?? msg?.args
            const methargs = lastMember(K.methargs, K.args);
            const args = last2;
            pushSlotsAt(methargs >= 0 && !isNullAt(methargs) ? methargs : args, out);
        }
        else if (tag === 'notify' && i === 1 && j.peek() === field_keys_LBRACKET) {
            j.pos++;
            for (let f2 = true; j.moreItems(f2); f2 = false) {
                if (j.peek() !== field_keys_LBRACKET) {
                    j.skip();
                    continue;
                }
                // r[1]?.data ?? r[2]
                j.pos++;
                let data = -1;
                let r2 = -1;
                for (let f3 = true, n = 0; j.moreItems(f3); f3 = false, n++) {
                    if (n === 1)
                        data = lastMember(K.data);
                    else {
                        if (n === 2)
                            r2 = j.peekPos();
                        j.skip();
                    }
                }
                pushSlotsAt(data >= 0 && !isNullAt(data) ? data : r2, out);
            }
        }
        else
            j.skip();
    }
    return out;
}

;// CONCATENATED MODULE: ./src/slog/field-types.ts
const newEventFields = () => ({
    vatID: undefined, replay: false, blockHeight: undefined, time: undefined, monotime: undefined, seconds: undefined, dropImports: null, crankNum: undefined,
});
const newDeliverFields = () => ({
    vatID: undefined, deliveryNum: undefined, hasCrankNum: false, crankNum: undefined, replay: false, kind: undefined, method: null,
    time: undefined, monotime: undefined, kd: undefined, kdStart: -1, kdEnd: -1,
});
const newResultFields = () => ({
    vatID: undefined, deliveryNum: undefined, hasCrankNum: false, replay: false, seconds: undefined, time: undefined,
    monotime: undefined, heap: undefined, retention: undefined, retStart: -1, retEnd: -1,
});
const newClistFields = () => ({ mode: undefined, vatID: undefined, kref: undefined, vref: undefined, crankNum: undefined });

;// CONCATENATED MODULE: ./src/slog/fast-deliver.ts
/**
 * The byte-level reader of `deliver` lines: vatID, numbers, replay flag, `vd`'s kind and a
 * message's method, and `kd` as a byte range (read only when needed). False when the line is
 * anything but plain JSON this reader handles: the caller then parses it (fields.ts).
 */



function fastDeliver(buf, start, end, f) {
    f.vatID = f.deliveryNum = f.crankNum = f.kind = f.time = f.monotime = f.kd = undefined;
    f.hasCrankNum = f.replay = false;
    f.method = null;
    f.kdStart = f.kdEnd = -1;
    j.reset(buf, start, end);
    if (!j.objectStart())
        return false;
    for (let first = true, k = -1; j.more(first); first = false) {
        switch ((k = j.key(KEYS, k))) {
            case -2: return false;
            case K.vatID:
                f.vatID = j.string();
                break;
            case K.deliveryNum:
                f.deliveryNum = j.number();
                break;
            case K.crankNum:
                f.hasCrankNum = true;
                f.crankNum = j.number();
                break;
            case K.replay:
                f.replay = j.isTrue();
                break;
            case K.time:
                f.time = j.number();
                break;
            case K.monotime:
                f.monotime = j.number();
                break;
            case K.vd:
                readVd(f);
                break;
            case K.kd:
                j.peek();
                f.kdStart = j.pos;
                j.skip();
                f.kdEnd = j.pos;
                break;
            default: j.skip();
        }
    }
    return j.atEnd();
}
/** `vd`: kind = vd[0], and the method of a message from vd[2]. */
function readVd(f) {
    f.kind = undefined;
    f.method = null;
    if (j.peek() !== 0x5b) {
        j.skip();
        return;
    }
    j.pos++;
    let i = 0;
    let kind;
    for (let first = true; j.moreItems(first); first = false, i++) {
        if (i === 0)
            kind = j.string();
        else if (i === 2 && kind === 'message')
            f.method = messageMethod();
        else
            j.skip();
    }
    f.kind = kind;
}
/** `methodFromMessage(msg)` for the value at the cursor. */
function messageMethod() {
    if (j.peek() !== 0x7b) {
        j.skip();
        return null; // not an object (arrays have no .method / .methargs either)
    }
    j.pos++;
    let method;
    let bodyStart = -1;
    let bodyEnd = -1;
    let bodyEscaped = false;
    let bodyNonAscii = false;
    for (let first = true, k = -1; j.more(first); first = false) {
        switch ((k = j.key(KEYS, k))) {
            case -2: return null;
            case K.method:
                method = j.string();
                break;
            case K.methargs:
                bodyStart = -1;
                if (j.peek() !== 0x7b) {
                    j.skip();
                    break;
                }
                j.pos++;
                for (let f2 = true, k2 = -1; j.more(f2); f2 = false) {
                    const k = (k2 = j.key(KEYS, k2));
                    if (k === -2)
                        return null;
                    if (k === K.body) {
                        bodyStart = -1;
                        if (j.peek() === 0x22) {
                            if (!j.scanString())
                                return null;
                            bodyStart = j.strStart;
                            bodyEnd = j.strEnd;
                            bodyEscaped = j.strEscaped;
                            bodyNonAscii = j.strNonAscii;
                        }
                        else
                            j.skip();
                    }
                    else
                        j.skip();
                }
                break;
            default: j.skip();
        }
    }
    if (j.bad)
        return null;
    if (method !== undefined)
        return method;
    if (bodyStart < 0)
        return null;
    return methodFromRawBody(j.buf, bodyStart, bodyEnd, bodyEscaped, bodyNonAscii);
}
const BODY_PREFIX = 512;
/**
 * `methodFromBody` of a JSON string given raw (still escaped, between its quotes), decoding as
 * little of it as possible: the common `#["name",…` form is read directly, else a prefix is decoded
 * (a result found in a prefix is the result for the whole body), else the whole body.
 */
function methodFromRawBody(buf, s, e, escaped, nonAscii) {
    // `#[\"name\"` or `[\"name\"` with a plain identifier.
    let p = s;
    if (p < e && buf[p] === 0x23 /* # */)
        p++;
    if (p + 2 < e && buf[p] === 0x5b && buf[p + 1] === 0x5c && buf[p + 2] === 0x22) {
        const n0 = p + 3;
        let q = n0;
        let h = 0;
        for (let c = buf[q]; q < e && isIdent(c); c = buf[++q])
            h = (Math.imul(h, 31) + c) | 0;
        if (q + 1 < e && buf[q] === 0x5c && buf[q + 1] === 0x22)
            return q - n0 <= 32 ? interned(buf, n0, q, h) : buf.toString('latin1', n0, q);
    }
    const decode = (to) => escaped ? JSON.parse(`"${buf.toString('utf8', s, to)}"`) : buf.toString(nonAscii ? 'utf8' : 'latin1', s, to);
    if (e - s > BODY_PREFIX) {
        // Cut before any escape sequence that would straddle the prefix end.
        let cut = s + BODY_PREFIX;
        for (let i = s; i < cut; i++) {
            if (buf[i] !== 0x5c)
                continue;
            const len = buf[i + 1] === 0x75 ? 6 : 2;
            if (i + len > cut)
                cut = i;
            i += len - 1;
        }
        const m = methodFromBody(decode(cut));
        if (m !== null)
            return m;
    }
    return methodFromBody(decode(e));
}
function isIdent(c) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x24;
}
/**
 * A delivery's `seconds` above this is checked against the time between its deliver and
 * deliver-result lines (so `fastResult` reads their `time`/`monotime` too): a damaged value would
 * otherwise dwarf every other delivery's time.
 */

;// CONCATENATED MODULE: ./src/slog/fast-result.ts

const SUSPECT_SECONDS = 1;
function fastResult(buf, start, end, f) {
    f.vatID = f.deliveryNum = f.seconds = f.time = f.monotime = f.heap = f.retention = undefined;
    f.hasCrankNum = f.replay = false;
    f.retStart = f.retEnd = -1;
    let timeAt = -1;
    let monotimeAt = -1;
    j.reset(buf, start, end);
    if (!j.objectStart())
        return false;
    for (let first = true, k = -1; j.more(first); first = false) {
        switch ((k = j.key(KEYS, k))) {
            case -2: return false;
            case K.vatID:
                f.vatID = j.string();
                break;
            case K.deliveryNum:
                f.deliveryNum = j.number();
                break;
            case K.crankNum:
                f.hasCrankNum = true;
                j.skip();
                break;
            case K.replay:
                f.replay = j.isTrue();
                break;
            case K.seconds:
                f.seconds = j.number();
                break;
            case K.time:
                timeAt = j.peekPos();
                j.skip();
                break;
            case K.monotime:
                monotimeAt = j.peekPos();
                j.skip();
                break;
            case K.dr:
                readDr(f);
                break;
            default: j.skip();
        }
    }
    if (!j.atEnd())
        return false;
    if (f.seconds === undefined || f.seconds > SUSPECT_SECONDS) {
        f.time = numberAt(timeAt);
        f.monotime = numberAt(monotimeAt);
    }
    return true;
}
/** The number at `pos` of the current (validated) line, as `num()` would read it. */
function numberAt(pos) {
    if (pos < 0)
        return undefined;
    j.pos = pos;
    return j.number();
}
/** `dr`: retention stats range from dr[1], heap count from dr[2]. */
function readDr(f) {
    f.heap = undefined;
    f.retStart = f.retEnd = -1;
    if (j.peek() !== 0x5b) {
        j.skip();
        return;
    }
    j.pos++;
    let i = 0;
    for (let first = true; j.moreItems(first); first = false, i++) {
        const c = j.peek();
        if (i === 1 && c === 0x7b) {
            f.retStart = j.pos;
            j.skip();
            f.retEnd = j.pos;
        }
        else if (i === 2 && c === 0x7b) {
            j.pos++;
            for (let f2 = true, k2 = -1; j.more(f2); f2 = false) {
                const k = (k2 = j.key(KEYS, k2));
                if (k === -2)
                    return;
                if (k === K.currentHeapCount)
                    f.heap = j.number();
                else
                    j.skip();
            }
        }
        else
            j.skip();
    }
}

;// CONCATENATED MODULE: ./src/slog/fast-event.ts

function fastEvent(buf, start, end, f) {
    f.vatID = f.blockHeight = f.time = f.monotime = f.seconds = f.crankNum = undefined;
    f.replay = false;
    f.dropImports = null;
    j.reset(buf, start, end);
    if (!j.objectStart())
        return false;
    for (let first = true, k = -1; j.more(first); first = false) {
        switch ((k = j.key(KEYS, k))) {
            case -2: return false;
            case K.vatID:
                f.vatID = j.string();
                break;
            case K.replay:
                f.replay = j.isTrue();
                break;
            case K.blockHeight:
                f.blockHeight = j.number();
                break;
            case K.time:
                f.time = j.number();
                break;
            case K.monotime:
                f.monotime = j.number();
                break;
            case K.seconds:
                f.seconds = j.number();
                break;
            case K.crankNum:
                f.crankNum = j.number();
                break;
            case K.ksc:
                f.dropImports = readDropImports();
                break;
            default: j.skip();
        }
    }
    return j.atEnd();
}
/** `ksc` of a `dropImports` syscall: the strings of ksc[1]; null for any other value. */
function readDropImports() {
    if (j.peek() !== field_keys_LBRACKET) {
        j.skip();
        return null;
    }
    j.pos++;
    let drop = false;
    let krefs = null;
    for (let first = true, i = 0; j.moreItems(first); first = false, i++) {
        if (i === 0)
            drop = j.string() === 'dropImports';
        else if (i === 1 && drop && j.peek() === field_keys_LBRACKET) {
            j.pos++;
            krefs = [];
            for (let f2 = true; j.moreItems(f2); f2 = false) {
                const k = j.peek() === 0x22 ? j.string() : (j.skip(), undefined);
                if (k !== undefined)
                    krefs.push(k);
            }
        }
        else
            j.skip();
    }
    return krefs;
}
/** `clist` lines as the kernel writes them (slogger.js `changeCList` + `writeSlogObject`). */

;// CONCATENATED MODULE: ./src/slog/fast-clist.ts
/**
 * The byte-level reader of `clist` lines: the kernel's exact layout checked literally first, any
 * other layout walked key by key. False when the line is anything but plain JSON this reader
 * handles.
 */


const CLIST_HEAD = Buffer.from('{"type":"clist","crankNum":');
const CLIST_MODE = Buffer.from(',"mode":');
const CLIST_VAT = Buffer.from(',"vatID":');
const CLIST_KOBJ = Buffer.from(',"kobj":');
const CLIST_VOBJ = Buffer.from(',"vobj":');
const CLIST_TIME = Buffer.from(',"time":');
const CLIST_MONOTIME = Buffer.from(',"monotime":');
function fastClist(buf, start, end, f) {
    // Most lines have exactly the kernel's layout: check it literally, without looking keys up.
    j.reset(buf, start, end);
    if (j.literal(CLIST_HEAD) && (f.crankNum = j.number()) !== undefined &&
        j.literal(CLIST_MODE) && (f.mode = j.stringOnly()) !== undefined &&
        j.literal(CLIST_VAT) && (f.vatID = j.stringOnly()) !== undefined &&
        j.literal(CLIST_KOBJ) && (f.kref = krefOnly()) !== undefined &&
        j.literal(CLIST_VOBJ) && (f.vref = vrefOnly()) !== undefined &&
        j.literal(CLIST_TIME) && j.skipNumber() &&
        j.literal(CLIST_MONOTIME) && j.skipNumber() &&
        j.literal(RBRACE_BYTES) && j.atEnd()) {
        return true;
    }
    // Any other layout (key order, missing or extra keys, whitespace, other value types).
    f.mode = f.vatID = f.kref = f.vref = f.crankNum = undefined;
    j.reset(buf, start, end);
    if (!j.objectStart())
        return false;
    for (let first = true, k = -1; j.more(first); first = false) {
        switch ((k = j.key(KEYS, k))) {
            case -2: return false;
            case K.mode:
                f.mode = j.string();
                break;
            case K.vatID:
                f.vatID = j.string();
                break;
            case K.kobj:
                f.kref = krefOfValue(j.string());
                break;
            case K.vobj:
                f.vref = vrefOfValue(j.string());
                break;
            case K.crankNum:
                f.crankNum = j.number();
                break;
            default: j.skip();
        }
    }
    return j.atEnd();
}
/**
 * The string at the cursor, scanned once: true when it is a plain one (ASCII, no escapes) whose
 * bytes are j.buf[j.strStart, j.strEnd); false when it needs decoding (then j.stringValue()).
 * Undefined when the value is no string or an invalid one (as `j.stringOnly()` gives).
 */
function scanPlain() {
    if (j.pos >= j.end || j.buf[j.pos] !== 0x22 || !j.scanString())
        return undefined;
    return !j.strEscaped && !j.strNonAscii;
}
/** The string at the cursor as a c-list key, without making a string for a canonical kref. */
function krefOnly() {
    const plain = scanPlain();
    if (plain === undefined)
        return undefined;
    const k = plain ? krefKeyAt(j.buf, j.strStart, j.strEnd) : -1;
    return k >= 0 ? k : krefKey(j.stringValue());
}
/** The kind of the vref string at the cursor (undefined: not a string, or empty). */
function vrefOnly() {
    const plain = scanPlain();
    if (plain === undefined || j.strEnd === j.strStart)
        return undefined;
    return plain ? vrefKindAt(j.buf, j.strStart, j.strEnd) : vrefKind(j.stringValue());
}
// ---------------------------------------------------------------------------------------------

;// CONCATENATED MODULE: ./src/slog/fields.ts
/**
 * The fields the scanner uses from the three frequent, big event kinds (`deliver`, `deliver-result`,
 * `clist`), read in one of two ways into reusable records:
 * - `fast*`: a validating byte-level walk over the line (`JsonBytes`) that decodes only these
 *   fields; returns false when the line is anything but plain, and the caller falls back to
 * - `*FromEvent`: the reference, from the `JSON.parse`d event object.
 * Both must agree on every line (test/slog/perf-equivalence-fields.test.ts and test/pipeline/perf-equivalence.test.ts check it on real slogs and random lines).
 * Values needed rarely (`kd` krefs, BOYD retention stats) are kept as byte ranges by the fast reader
 * and parsed only when used (`kdOf`, `retentionOf`).
 */








const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v) => (typeof v === 'string' ? v : undefined);
// ---------------------------------------------------------------------------------------------
// Reference readers (from a parsed event object)
function deliverFromEvent(ev, f) {
    f.vatID = str(ev.vatID);
    f.deliveryNum = num(ev.deliveryNum);
    f.hasCrankNum = ev.crankNum !== undefined;
    f.crankNum = num(ev.crankNum);
    f.replay = ev.replay === true;
    const vd = ev.vd;
    f.kind = Array.isArray(vd) && typeof vd[0] === 'string' ? vd[0] : undefined;
    f.method = f.kind === 'message' ? methodFromMessage(vd[2]) : null;
    f.time = num(ev.time);
    f.monotime = num(ev.monotime);
    f.kd = ev.kd;
    f.kdStart = f.kdEnd = -1;
}
function resultFromEvent(ev, f) {
    f.vatID = str(ev.vatID);
    f.deliveryNum = num(ev.deliveryNum);
    f.hasCrankNum = ev.crankNum !== undefined;
    f.replay = ev.replay === true;
    f.seconds = num(ev.seconds);
    f.time = num(ev.time);
    f.monotime = num(ev.monotime);
    const dr = Array.isArray(ev.dr) ? ev.dr : [];
    const usage = dr[2] && typeof dr[2] === 'object' ? dr[2] : null;
    f.heap = usage ? num(usage.currentHeapCount) : undefined;
    const ret = dr[1];
    f.retention = ret && typeof ret === 'object' && !Array.isArray(ret) ? ret : undefined;
    f.retStart = f.retEnd = -1;
}
function clistFromEvent(ev, f) {
    f.mode = str(ev.mode);
    f.vatID = str(ev.vatID);
    f.kref = krefOfValue(ev.kobj);
    f.vref = vrefOfValue(ev.vobj);
    f.crankNum = num(ev.crankNum);
}
function eventFromObject(ev, f) {
    f.vatID = str(ev.vatID);
    f.replay = ev.replay === true;
    f.blockHeight = num(ev.blockHeight);
    f.time = num(ev.time);
    f.monotime = num(ev.monotime);
    f.seconds = num(ev.seconds);
    f.crankNum = num(ev.crankNum);
    const ksc = ev.ksc;
    f.dropImports = Array.isArray(ksc) && ksc[0] === 'dropImports' && Array.isArray(ksc[1]) ? ksc[1].filter((k) => typeof k === 'string') : null;
}
/** `kd[1]`'s strings when `kd` and `kd[1]` are arrays (a dropExports delivery's krefs), else null. */
function kdDrops(f, buf) {
    const kd = f.kdStart >= 0 ? JSON.parse(buf.toString('utf8', f.kdStart, f.kdEnd)) : f.kd;
    return Array.isArray(kd) && Array.isArray(kd[1]) ? kd[1].filter((k) => typeof k === 'string') : null;
}
/** `krefsOf(kd)` when `kd` is an array, else none: the krefs a message or notify carries. */
function kdKrefs(f, buf) {
    if (f.kdStart >= 0)
        return fastKrefs(buf, f.kdStart, f.kdEnd);
    return Array.isArray(f.kd) ? krefsOf(f.kd) : [];
}
/** Krefs carried by a message or notify `kd` (target, argument slots, resolution data slots). */
function krefsOf(kd) {
    const out = [];
    const pushSlots = (capdata) => {
        const slots = capdata?.slots;
        if (Array.isArray(slots))
            for (const s of slots)
                if (typeof s === 'string')
                    out.push(s);
    };
    if (kd[0] === 'message') {
        if (typeof kd[1] === 'string')
            out.push(kd[1]);
        const msg = kd[2];
        pushSlots(msg?.methargs ?? msg?.args);
    }
    else if (kd[0] === 'notify' && Array.isArray(kd[1])) {
        for (const r of kd[1])
            if (Array.isArray(r))
                pushSlots(r[1]?.data ?? r[2]);
    }
    return out;
}
/** The result's `dr[1]` when it is a plain object. */
function retentionOf(f, buf) {
    return f.retStart >= 0 ? JSON.parse(buf.toString('utf8', f.retStart, f.retEnd)) : f.retention;
}

;// CONCATENATED MODULE: ./src/slog/scanner-fields.ts

class FieldReader {
    diag;
    reference;
    counters;
    // Reused for every line: the fields of the current event (sinks copy what they keep).
    dFields = newDeliverFields();
    rFields = newResultFields();
    cFields = newClistFields();
    eFields = newEventFields();
    /** The current line's event when it is in another layout than the kernel's (parsed once already). */
    parsed = null;
    /** `reference`: read every event with JSON.parse. `counters`: how lines were read (for tests). */
    constructor(diag, reference, counters) {
        this.diag = diag;
        this.reference = reference;
        this.counters = counters;
    }
    /** A `deliver` line's fields, or null for a garbage line (reported). */
    deliver(buf, start, end, line) {
        const d = this.dFields;
        if (this.reference || this.parsed !== null || !fastDeliver(buf, start, end, d)) {
            this.count(false);
            const ev = this.parse(buf, start, end, line);
            if (!ev)
                return null;
            deliverFromEvent(ev, d);
        }
        else
            this.count(true);
        return d;
    }
    /** A `deliver-result` line's fields, or null for a garbage line (reported). */
    result(buf, start, end, line) {
        const r = this.rFields;
        if (this.reference || this.parsed !== null || !fastResult(buf, start, end, r)) {
            this.count(false);
            const ev = this.parse(buf, start, end, line);
            if (!ev)
                return null;
            resultFromEvent(ev, r);
        }
        else
            this.count(true);
        return r;
    }
    /** A `clist` line's fields, or null for a garbage line (reported). */
    clist(buf, start, end, line) {
        const c = this.cFields;
        if (this.reference || this.parsed !== null || !fastClist(buf, start, end, c)) {
            this.count(false);
            const ev = this.parse(buf, start, end, line);
            if (!ev)
                return null;
            clistFromEvent(ev, c);
        }
        else
            this.count(true);
        return c;
    }
    /** The fields of another event (block, snapshot, syscall), or null for a garbage line (reported). */
    event(buf, start, end, line) {
        if (!this.reference && this.parsed === null) {
            if (fastEvent(buf, start, end, this.eFields)) {
                this.count(true);
                return this.eFields;
            }
            this.count(false);
        }
        const ev = this.parse(buf, start, end, line);
        if (!ev)
            return null;
        eventFromObject(ev, this.eFields);
        return this.eFields;
    }
    /** The line's event object, or null for a garbage or wrong-shape line (reported). */
    parse(buf, start, end, line) {
        if (this.parsed !== null)
            return this.parsed;
        try {
            const o = JSON.parse(buf.toString('utf8', start, end));
            if (o && typeof o === 'object' && !Array.isArray(o))
                return o;
            this.diag.at('wrong-shape', line, 'JSON value is not an event object; line skipped');
        }
        catch {
            this.diag.at('garbage-line', line, 'not valid JSON; line skipped');
        }
        return null;
    }
    /** Counts a line read by a byte-level reader (`fast`) or by JSON.parse after it gave up. */
    count(fast) {
        const c = this.counters;
        if (c && !this.reference)
            c[fast ? 'fast' : 'fallback']++;
    }
}

;// CONCATENATED MODULE: ./src/slog/create-vat.ts
/** The leading fields of a `create-vat` line (docs/formats.md §1.3). */
const CREATE_VAT_WINDOW = 16 * 1024;
const FIELD_RE = /"(vatID|name|managerType|description)":("(?:[^"\\]|\\.)*")/g;
/** `create-vat` lines carry the whole vat bundle; read the leading fields from a prefix only. */
function createVatFields(buf, start, end) {
    const head = buf.toString('utf8', start, Math.min(end, start + CREATE_VAT_WINDOW));
    const cut = head.indexOf('"vatSourceBundle"');
    const text = cut >= 0 ? head.slice(0, cut) : head;
    const out = Object.create(null);
    FIELD_RE.lastIndex = 0;
    for (let m = FIELD_RE.exec(text); m; m = FIELD_RE.exec(text)) {
        if (out[m[1]] !== undefined)
            continue;
        try {
            out[m[1]] = JSON.parse(m[2]);
        }
        catch {
            /* malformed string: ignore the field */
        }
    }
    return out;
}
/** `createVatFields` of a parsed `create-vat` event: its string fields. */
function createVatFromEvent(ev) {
    const out = Object.create(null);
    for (const k of ['vatID', 'name', 'managerType', 'description'])
        if (typeof ev[k] === 'string')
            out[k] = ev[k];
    return out;
}

;// CONCATENATED MODULE: ./src/slog/scanner-types.ts
/** The event types the slog scanner (scanner.ts) tells apart, by code. */



/** Every known event type gets a code; the scanner switches on the ones it reads. */
const TYPES = new KeyTable([...KNOWN_TYPES]);
const T = (type) => {
    const id = TYPES.byName.get(type);
    if (id === undefined)
        throw new Error(`unknown slog type ${type}`);
    return id;
};
const T_DELIVER = T('deliver');
const T_RESULT = T('deliver-result');
const T_CLIST = T('clist');
const T_SYSCALL = T('syscall');
const T_SYSCALL_RESULT = T('syscall-result');
const T_TERMINATE = T('terminate');
const T_CREATE_VAT = T('create-vat');
const T_SNAPSHOT_SAVE = T('heap-snapshot-save');
const T_BOOTSTRAP_START = T('cosmic-swingset-bootstrap-block-start');
const T_BOOTSTRAP_FINISH = T('cosmic-swingset-bootstrap-block-finish');
const T_END_BLOCK_START = T('cosmic-swingset-end-block-start');
const T_END_BLOCK_FINISH = T('cosmic-swingset-end-block-finish');
const T_RUN_START = T('cosmic-swingset-run-start');
const T_RUN_FINISH = T('cosmic-swingset-run-finish');
/** The types the scanner reads apart from the frequent ones (1 at their codes): a few lines per block. */
const RARE_EVENTS = new Uint8Array(TYPES.names.length);
for (const t of [T_CREATE_VAT, T_SNAPSHOT_SAVE, T_BOOTSTRAP_START, T_BOOTSTRAP_FINISH, T_END_BLOCK_START, T_END_BLOCK_FINISH, T_RUN_START, T_RUN_FINISH])
    RARE_EVENTS[t] = 1;
/** Type code via the decoded type string (what the reference path does). */
function referenceTypeCode(buf, start, end) {
    const type = lineType(buf, start, end);
    return type === null ? NO_TYPE : TYPES.byName.get(type) ?? OTHER_TYPE;
}
function isBlank(buf, start, end) {
    for (let i = start; i < end; i++) {
        const c = buf[i];
        if (c !== 0x20 && c !== 0x09 && c !== 0x0d)
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/slog/scanner.ts
/**
 * One streaming pass over one slog file: reads each line (line-reader.ts), classifies it by its
 * type (classify.ts), reads the fields of the events the analysis uses (fields.ts: the byte-level
 * readers, or JSON.parse when they give up or in reference mode), reports the lines it cannot read
 * and hands each event to a sink (sink.ts). Transcript replays are left out here.
 */





const DROP_IMPORTS = Buffer.from('dropImports');
const EMPTY = Buffer.alloc(0);
class SlogScanner {
    sink;
    diag;
    /** Events handed to the sink and used by it. */
    events = 0;
    /** Transcript replays left out (`replay: true`, or a `deliver` without crankNum as old slogs mark them). */
    replaySkipped = 0;
    read;
    reference;
    /** The type of the current line when it is in another layout than the kernel's (`read.parsed`). */
    parsedType = null;
    // The current rare line, read on demand through `fields()` (EventLine).
    buf = EMPTY;
    start = 0;
    end = 0;
    /** The current rare line's number (EventLine). */
    line = 0;
    constructor(sink, diag, opts = {}) {
        this.sink = sink;
        this.diag = diag;
        this.reference = opts.reference === true;
        this.read = new FieldReader(diag, this.reference, opts.counters);
    }
    /** Scans `file` to its end (or to a read error, reported with the file's other problems). */
    async scan(file, opts = {}) {
        const read = await readLines(file, (buf, start, end, line, oversized) => this.onLine(buf, start, end, line, oversized), opts);
        this.sink.onEnd();
        const at = `${this.diag.file}:${read.lines}`;
        if (read.error)
            this.diag.add(read.error.startsWith('truncated') ? 'truncated-gzip' : 'read-error', at, read.error);
        if (read.partialLastLine)
            this.diag.add('partial-last-line', at, 'last line has no newline (file cut short?)');
        return read;
    }
    /**
     * One line. One bad line never ends the file: anything a line makes the sink throw is reported
     * with its file:line and the scan goes on.
     */
    onLine(buf, start, end, line, oversized) {
        try {
            if (end <= start)
                return;
            const code = this.reference ? referenceTypeCode(buf, start, end) : typeCode(TYPES, buf, start, end);
            this.onTyped(code, buf, start, end, line, oversized);
        }
        catch (e) {
            this.diag.at('line-error', line, `line could not be analyzed (${String(e?.message ?? e).slice(0, 120)}); skipped`);
        }
    }
    /**
     * A line of type `code`. The frequent events are handled here; block, vat and snapshot events, lines without a known
     * type and oversized lines by `onRare`, from one call site that the first block reaches. A rare
     * line then cannot make V8 discard this function's optimized code and compile it again (a call
     * it had not seen before, such as an unknown event in mid-file, did), and each compilation is
     * smaller: on 2 cores the compiler's threads share the second core with the inflater.
     */
    onTyped(code, buf, start, end, line, oversized) {
        if (code < 0 || oversized || RARE_EVENTS[code] === 1) {
            this.onRare(code, buf, start, end, line, oversized);
            return;
        }
        switch (code) {
            case T_DELIVER:
                this.onDeliver(buf, start, end, line);
                return;
            case T_RESULT:
                this.onResult(buf, start, end, line);
                return;
            case T_CLIST:
                this.onClist(buf, start, end, line);
                return;
            case T_SYSCALL:
                this.onSyscall(buf, start, end, line);
                return;
            case T_SYSCALL_RESULT:
                this.sink.onSyscallResultLine(buf, start, end);
                return;
            case T_TERMINATE:
                this.sink.onTerminateLine(buf, start, end);
                return;
            default:
            // A known event the analysis does not need.
        }
    }
    onDeliver(buf, start, end, line) {
        const d = this.read.deliver(buf, start, end, line);
        if (!d)
            return;
        if (d.replay) {
            this.replaySkipped++; // transcript replay: not new work
            return;
        }
        this.events++;
        if (!d.vatID || d.deliveryNum === undefined || d.kind === undefined) {
            this.diag.at('wrong-shape', line, '`deliver` without vatID, deliveryNum or vd[0]; line skipped');
        }
        else if (!d.hasCrankNum) {
            // Old slogs mark replayed deliveries only by the missing crankNum.
            this.replaySkipped++;
            return;
        }
        else
            this.sink.onDeliver(d, buf, line);
        if (d.hasCrankNum)
            this.sink.onDeliverLine(d, buf, start, end);
    }
    onResult(buf, start, end, line) {
        const r = this.read.result(buf, start, end, line);
        if (!r)
            return;
        if (r.replay) {
            this.replaySkipped++; // transcript replay: not new work
            return;
        }
        this.events++;
        this.sink.onResult(r, buf, line);
    }
    onClist(buf, start, end, line) {
        const c = this.read.clist(buf, start, end, line);
        if (!c)
            return;
        if (!c.vatID || c.kref === undefined || c.kref === '' || c.vref === undefined || !c.mode) {
            this.diag.at('wrong-shape', line, '`clist` without vatID/kobj/vobj/mode; line skipped');
            return;
        }
        if (this.sink.onClist(c, line))
            this.events++;
    }
    onSyscall(buf, start, end, line) {
        this.sink.onSyscallLine(buf, start, end);
        // Cheap pre-filter: the syscall name comes early in the line (`syscall` field, `ksc[0]`).
        if (!prefixHas(buf, start, end, DROP_IMPORTS, 400))
            return;
        const ev = this.read.event(buf, start, end, line);
        if (!ev || ev.replay)
            return;
        if (ev.vatID && ev.dropImports && this.sink.onDropImports(ev.vatID, ev.dropImports, ev.crankNum))
            this.events++;
    }
    /** Block, vat and snapshot events (a few per block), lines without a known type, lines over the cap. */
    onRare(code, buf, start, end, line, oversized) {
        if (code === NO_TYPE) {
            this.onUntyped(buf, start, end, line, oversized);
            return;
        }
        if (oversized && code !== T_CREATE_VAT) {
            this.diag.at('oversized-line', line, `${lineType(buf, start, end)} line over the line-size cap; skipped`);
            return;
        }
        if (code === OTHER_TYPE) {
            const type = this.parsedType ?? lineType(buf, start, end) ?? '';
            this.diag.at('unknown-event', line, `unknown event type "${type.slice(0, 60)}"; ignored`);
            return;
        }
        this.buf = buf;
        this.start = start;
        this.end = end;
        this.line = line;
        try {
            this.onBlockEvent(code);
        }
        finally {
            this.buf = EMPTY;
        }
    }
    /** A known rare event (the current line). */
    onBlockEvent(code) {
        const { sink, line } = this;
        switch (code) {
            case T_CREATE_VAT: {
                const info = this.read.parsed !== null ? createVatFromEvent(this.read.parsed) : createVatFields(this.buf, this.start, this.end);
                if (!info.vatID) {
                    this.diag.at('wrong-shape', line, '`create-vat` without vatID');
                    return;
                }
                this.events++;
                sink.onCreateVat(info);
                return;
            }
            case T_SNAPSHOT_SAVE: {
                const vatID = this.fields()?.vatID;
                if (!vatID)
                    return;
                this.events++;
                sink.onSnapshotSave(vatID);
                return;
            }
            case T_BOOTSTRAP_START:
                this.events++;
                sink.onBootstrapStart();
                return;
            case T_BOOTSTRAP_FINISH:
                this.events++;
                sink.onBootstrapFinish();
                return;
            case T_END_BLOCK_START: {
                const ev = this.fields();
                if (!ev)
                    return;
                if (ev.blockHeight === undefined) {
                    // Its deliveries would silently get no height: say so.
                    this.diag.at('wrong-shape', line, '`cosmic-swingset-end-block-start` without a numeric blockHeight; its block is not attributed');
                    return;
                }
                this.events++;
                sink.onEndBlockStart(ev, line);
                return;
            }
            case T_END_BLOCK_FINISH: {
                const ev = this.fields();
                if (!ev)
                    return;
                this.events++;
                sink.onEndBlockFinish(ev);
                return;
            }
            case T_RUN_START:
                if (sink.onRunStart(this))
                    this.events++;
                return;
            case T_RUN_FINISH:
                sink.onRunFinish(this);
        }
    }
    /** The fields of the current rare line (EventLine), or null for a garbage line (reported). */
    fields() {
        return this.read.event(this.buf, this.start, this.end, this.line);
    }
    /**
     * A line whose type the bytes do not give: blank, over the cap, garbage, without a `type`, or
     * valid JSON in another layout than the kernel's (another tool re-wrote the slog: sorted keys,
     * `": "` spacing), read from its parsed event, with a warning counted per line.
     */
    onUntyped(buf, start, end, line, oversized) {
        if (isBlank(buf, start, end))
            return;
        if (oversized) {
            this.diag.at('oversized-line', line, 'line too long and not a known event; skipped');
            return;
        }
        const ev = this.read.parse(buf, start, end, line);
        if (!ev)
            return;
        if (typeof ev.type !== 'string') {
            this.diag.at('wrong-shape', line, 'event without a `type`; line skipped');
            return;
        }
        this.diag.at('other-json-layout', line, "not in the kernel's own JSON layout (keys sorted or spaced by another tool): such lines are read with JSON.parse, more slowly");
        this.read.parsed = ev;
        this.parsedType = ev.type;
        try {
            this.onTyped(TYPES.byName.get(ev.type) ?? OTHER_TYPE, buf, start, end, line, false);
        }
        finally {
            this.read.parsed = null;
            this.parsedType = null;
        }
    }
}

// EXTERNAL MODULE: ./src/run-files/stage.ts
var stage = __nccwpck_require__(7137);
;// CONCATENATED MODULE: ./src/analyzers/block-windows.ts
class BlockWindows {
    diag;
    /** Deliveries are attributed through end-block windows (true) or run-start heights only (false). */
    sawEndBlock = false;
    /** Inside the chain's genesis (bootstrap) block, or before it in a file that has one. */
    genesis = false;
    heightMin = null;
    heightMax = null;
    lastHeight = null;
    swingsetSeconds = 0;
    firstBlockTime = null;
    lastBlockTime = null;
    /** `monotime` of the same first and last block events (null: the slog has none): immune to wall-clock steps. */
    firstBlockMonotime = null;
    lastBlockMonotime = null;
    firstHeightSeen = true;
    ebHeight = null;
    runHeight = null;
    ebStart = null;
    heightsSeen = new Set();
    constructor(diag) {
        this.diag = diag;
    }
    /** The block a delivery now belongs to, or null outside any. */
    currentHeight() {
        return this.ebHeight ?? (this.sawEndBlock ? null : this.runHeight);
    }
    endBlockStart(ev, line) {
        const h = ev.blockHeight;
        this.sawEndBlock = true;
        this.ebHeight = h;
        this.ebStart = { time: ev.time ?? NaN, monotime: ev.monotime };
        this.noteHeight(h, this.ebStart.time, line, ev.monotime);
    }
    /** Closes the end-block window; returns its height (null: none was open). */
    endBlockFinish(ev) {
        const t = ev.time ?? NaN;
        const start = this.ebStart;
        if (start) {
            const mt = ev.monotime;
            const secs = ev.seconds ?? (mt !== undefined && start.monotime !== undefined ? mt - start.monotime : t - start.time);
            // A wall-clock step back between the two lines (no monotime) would subtract.
            if (Number.isFinite(secs) && secs >= 0)
                this.swingsetSeconds += secs;
        }
        if (Number.isFinite(t))
            this.lastBlockTime = t;
        this.lastBlockMonotime = ev.monotime ?? null;
        const h = this.ebHeight;
        this.ebHeight = null;
        this.ebStart = null;
        return h;
    }
    /**
     * A run-start: its height attributes deliveries in a slog without end-block events. The bootstrap
     * block's run carries the init height but is no block: its deliveries (and reaps) stay
     * unattributed, as between end-block windows. Returns whether the event was used.
     */
    runStart(line) {
        if (this.sawEndBlock || this.genesis)
            return false;
        const ev = line.fields();
        const h = ev?.blockHeight;
        if (!ev || h === undefined)
            return false;
        this.runHeight = h;
        this.noteHeight(h, ev.time ?? NaN, line.line, ev.monotime);
        return true;
    }
    /** A run-finish: returns the height of the run window it closes, or null (none open, or end-block windows). */
    runFinish(line) {
        const h = this.runHeight;
        if (this.sawEndBlock || h === null)
            return null;
        const ev = line.fields();
        if (ev?.time !== undefined)
            this.lastBlockTime = ev.time;
        if (ev)
            this.lastBlockMonotime = ev.monotime ?? null;
        this.runHeight = null;
        return h;
    }
    /** The block heights seen, as sorted runs [first, last] of consecutive heights. */
    blockRuns() {
        const runs = [];
        for (const h of [...this.heightsSeen].sort((a, b) => a - b)) {
            const last = runs[runs.length - 1];
            if (last && Number.isInteger(h) && Number.isInteger(last[1]) && h === last[1] + 1)
                last[1] = h;
            else
                runs.push([h, h]);
        }
        return runs;
    }
    noteHeight(h, time, line, monotime) {
        // Not silent: one damaged height moves the run's block range, so the BOYD coverage test and the
        // c-list rates per block.
        const last = this.lastHeight;
        if (!Number.isSafeInteger(h) || h < 0)
            this.diag.at('bad-height', line, `block height ${h} is not a whole number ≥ 0`);
        else if (last !== null && h !== last && h !== last + 1) {
            this.diag.at('height-jump', line, `block height ${h} after ${last} (a chain's heights go up by one): if damaged, it moves the run's block range and rates per block`);
        }
        this.heightsSeen.add(h);
        this.heightMin = this.heightMin === null ? h : Math.min(this.heightMin, h);
        this.heightMax = this.heightMax === null ? h : Math.max(this.heightMax, h);
        this.lastHeight = h;
        if (this.firstBlockTime === null && Number.isFinite(time))
            this.firstBlockTime = time;
        if (this.firstHeightSeen) {
            this.firstHeightSeen = false;
            this.firstBlockMonotime = monotime ?? null;
        }
    }
}

// EXTERNAL MODULE: ./src/stats/index.ts + 11 modules
var stats = __nccwpck_require__(5983);
;// CONCATENATED MODULE: ./src/analyzers/boyd-causes.ts
/**
 * The two causes of a BOYD in one vat's series. The kernel runs `bringOutYourDead` in a vat on its
 * reap schedule (every `reapInterval` deliveries, or when a host calls `reapAllVats`), and also
 * when the vat's pending GC work crosses a threshold: each `dropExports` / `retireExports` /
 * `retireImports` delivery adds its krefs to the vat's `gcKrefs` dirt, and at 20 (the kernel's
 * default) the vat is reaped. The two kinds cost differently (a BOYD that retires twenty exports
 * does work a scheduled one does not), and their mix changes when a leak starts: an importer that
 * stops releasing objects stops sending the drops that trigger the exporter's extra BOYDs.
 *
 * The scan records, for each BOYD, the krefs of the GC deliveries the vat received since its
 * previous BOYD ({@link GcDirt}); the report estimates what one such kref adds to a BOYD's time
 * from neighbouring BOYDs of the vat ({@link gcCost}) and judges every BOYD at the vat's usual GC
 * load ({@link atUsualGcLoad}), so that a change in the mix cannot hide or fake a trend.
 */

/** Deliveries whose krefs count as GC work (the kernel's `gcKrefs` reap dirt). */
const GC_KINDS = new Set(['dropExports', 'retireExports', 'retireImports']);
/** Whether a delivery of `kind` is GC work whose krefs the kernel counts towards a reap. */
const isGcDelivery = (kind) => GC_KINDS.has(kind);
/** Per vat, the GC krefs delivered since its last BOYD (one scan, one file). */
class GcDirt {
    dirt = new Map();
    /** A counted (non-replay, not duplicate) delivery of `kind` to `vatID` carrying `krefs` krefs. */
    delivered(vatID, kind, krefs) {
        if (krefs > 0 && GC_KINDS.has(kind))
            this.dirt.set(vatID, (this.dirt.get(vatID) ?? 0) + krefs);
    }
    /** A BOYD of `vatID`: the GC krefs it had to process, and the vat's count starts again. */
    boyd(vatID) {
        const g = this.dirt.get(vatID) ?? 0;
        this.dirt.delete(vatID);
        return g;
    }
}
/**
 * What one GC kref adds to a BOYD of this vat: the weighted median, over each pair of consecutive
 * BOYDs whose GC loads differ, of (Δ seconds / Δ krefs), weighted by |Δ krefs|. Consecutive BOYDs
 * are close in time, so a trend or a level shift between stages barely enters a pair, and the
 * median ignores the spikes BOYD times have. Null when no pair differs (one cause only).
 */
function gcCost(y, g, minPairs, minShare) {
    const n = Math.min(y.length, g.length);
    const ratios = [];
    for (let i = 1; i < n; i++) {
        const dg = g[i] - g[i - 1];
        if (dg === 0 || !Number.isFinite(dg))
            continue;
        ratios.push([(y[i] - y[i - 1]) / dg, Math.abs(dg)]);
    }
    if (!ratios.length)
        return null;
    const pairs = ratios.length;
    return {
        secondsPerKref: weightedMedian(ratios),
        pairs,
        reference: (0,stats/* median */.JZ)(Float64Array.from({ length: n }, (_, i) => g[i])),
        adjusted: pairs >= minPairs && pairs >= minShare * n,
    };
}
/** Each BOYD time as if the BOYD had processed the vat's usual number of GC krefs. */
function atUsualGcLoad(y, g, c) {
    const out = new Array(y.length);
    for (let i = 0; i < y.length; i++)
        out[i] = y[i] - c.secondsPerKref * (g[i] - c.reference);
    return out;
}
/** The value at half the total weight (the lower one on a tie). */
function weightedMedian(vw) {
    vw.sort((a, b) => a[0] - b[0]);
    let total = 0;
    for (const [, w] of vw)
        total += w;
    let acc = 0;
    for (const [v, w] of vw) {
        acc += w;
        if (acc >= total / 2)
            return v;
    }
    return vw[vw.length - 1][0];
}

;// CONCATENATED MODULE: ./src/analyzers/boyd-samples.ts
/**
 * The samples one slog file gives of each vat's memory: every `bringOutYourDead` (its time, block,
 * heap after it, GC load, whether a heap snapshot followed) and the vat's first and last heap
 * count and retention stats.
 */


class BoydSampler {
    /** Null-prototype record: vatIDs come from untrusted lines. */
    boyd = Object.create(null);
    /** Per vat, the index of its last BOYD while no other delivery followed it (for `preSnapshot`). */
    lastBoydIdx = new Map();
    gcDirt = new GcDirt();
    /** Per vat, the last BOYD's retention stats: JSON text (fast reader) or the parsed object. */
    lastRetention = new Map();
    /** A delivery (not yet paired) started in the vat. */
    delivering(vatID, kind) {
        if (kind !== 'bringOutYourDead')
            this.lastBoydIdx.delete(vatID);
    }
    /** A counted delivery `o` of vat `v` that took `seconds` (its result `r`, in `buf`), the `ordinal`th of the file. */
    delivered(o, v, seconds, ordinal, r, buf) {
        if (o.gcKrefs)
            this.gcDirt.delivered(o.vatID, o.kind, o.gcKrefs);
        const heap = r.heap;
        const x = o.height ?? NaN;
        if (heap !== undefined) {
            if (!v.heapFirst)
                v.heapFirst = [x, heap];
            // Updated in place: one array per vat, not one per delivery.
            if (v.heapLast) {
                v.heapLast[0] = x;
                v.heapLast[1] = heap;
            }
            else
                v.heapLast = [x, heap];
        }
        if (o.kind !== 'bringOutYourDead')
            return;
        const b = (this.boyd[o.vatID] ??= { height: [], ordinal: [], seconds: [], heap: [], deliveryNum: [], preSnapshot: [], gcKrefs: [] });
        this.lastBoydIdx.set(o.vatID, b.seconds.length);
        b.height.push(x);
        b.ordinal.push(ordinal);
        b.seconds.push(seconds);
        b.heap.push(heap ?? NaN);
        b.deliveryNum.push(o.deliveryNum);
        b.preSnapshot.push(0);
        b.gcKrefs.push(this.gcDirt.boyd(o.vatID));
        if (!v.retentionFirst) {
            const ret = retentionOf(r, buf);
            if (ret)
                v.retentionFirst = numericRecord(ret);
        }
        if (r.retStart >= 0)
            this.lastRetention.set(o.vatID, buf.toString('utf8', r.retStart, r.retEnd));
        else if (r.retention)
            this.lastRetention.set(o.vatID, r.retention);
    }
    /** A heap snapshot of the vat was saved: marks its last BOYD when nothing ran in between. */
    snapshotSave(vatID) {
        const idx = this.lastBoydIdx.get(vatID);
        if (idx !== undefined)
            this.boyd[vatID].preSnapshot[idx] = 1;
        this.lastBoydIdx.delete(vatID);
    }
    /** The end of the file: each vat's last retention stats, decoded once, here. */
    finish(vats) {
        for (const [vatID, raw] of this.lastRetention)
            vats[vatID].retentionLast = numericRecord(typeof raw === 'string' ? JSON.parse(raw) : raw);
    }
}
function numericRecord(o) {
    const r = Object.create(null);
    for (const [k, v] of Object.entries(o))
        if (typeof v === 'number' && Number.isFinite(v))
            r[k] = v;
    return r;
}

;// CONCATENATED MODULE: ./src/analyzers/clist-points.ts
/**
 * A vat's c-list series: one point per checkpoint at which its counts changed, each
 * [height, eR, eU, iR, iU, promises, devices] (height NaN outside blocks).
 *
 * Stored as rows of one Float64Array (56 bytes a point) rather than an array per point (~150 bytes
 * with its header, elements and boxed numbers): a long run has a point per block for every busy
 * vat, 10^5 points and more, and the points are the largest thing the scan keeps. A typed array
 * is also copied as one block when a scan worker posts its result.
 *
 * A plain object (not a class) so that it survives structured cloning between threads.
 */
const POINT_WIDTH = 7;
const emptyPoints = () => ({ length: 0, data: new Float64Array(0) });
/** Appends [height, ...counts[1..6]] (`counts[0]` is unused, as in the replay's counters). */
function pushPoint(p, height, counts) {
    let o = p.length * POINT_WIDTH;
    if (o + POINT_WIDTH > p.data.length) {
        const grown = new Float64Array(Math.max(16 * POINT_WIDTH, p.data.length * 2));
        grown.set(p.data);
        p.data = grown;
    }
    const d = p.data;
    d[o++] = height;
    for (let s = 1; s < POINT_WIDTH; s++)
        d[o++] = counts[s];
    p.length++;
}
/** Appends point `i` of `from` to `to`. */
function copyPoint(from, i, to) {
    pushPoint(to, from.data[i * POINT_WIDTH], from.data.subarray(i * POINT_WIDTH, (i + 1) * POINT_WIDTH));
}
/** Value `s` (0 = height, 1..6 = counts) of point `i`. */
const pointValue = (p, i, s) => p.data[i * POINT_WIDTH + s];
/** Point `i` as a new array [height, ...counts]. */
const pointAt = (p, i) => Array.from(p.data.subarray(i * POINT_WIDTH, (i + 1) * POINT_WIDTH));
/** The points with their spare capacity dropped (a posted typed array copies its whole buffer). */
function trimPoints(p) {
    const n = p.length * POINT_WIDTH;
    return n === p.data.length ? p : { length: p.length, data: p.data.slice(0, n) };
}

;// CONCATENATED MODULE: ./src/analyzers/kref-states.ts
const kref_states_EMPTY = 0;
const DELETED = 0xff;
const MIN_CAPACITY = 16;
class KrefStates {
    keys = new Uint32Array(MIN_CAPACITY);
    states = new Uint8Array(MIN_CAPACITY);
    /** Slots holding an entry or a tombstone. */
    used = 0;
    live = 0;
    /** Keys that are not numbers below 2^32. */
    other = null;
    get size() {
        return this.live + (this.other?.size ?? 0);
    }
    get(k) {
        if (!inTable(k))
            return this.other?.get(k);
        const i = this.find(k);
        return i >= 0 ? this.states[i] : undefined;
    }
    /** `state` must be 1..254. */
    set(k, state) {
        if (!inTable(k)) {
            (this.other ??= new Map()).set(k, state);
            return;
        }
        const i = this.find(k);
        if (i >= 0) {
            this.states[i] = state;
            return;
        }
        if ((this.used + 1) * 5 > this.keys.length * 3)
            this.rebuild(); // load ≤ 0.6
        const mask = this.keys.length - 1;
        let j = hash(k) & mask;
        for (;;) {
            const s = this.states[j];
            if (s === kref_states_EMPTY || s === DELETED) {
                if (s === kref_states_EMPTY)
                    this.used++;
                this.keys[j] = k;
                this.states[j] = state;
                this.live++;
                return;
            }
            j = (j + 1) & mask;
        }
    }
    delete(k) {
        if (!inTable(k)) {
            this.other?.delete(k);
            return;
        }
        const i = this.find(k);
        if (i >= 0) {
            this.states[i] = DELETED;
            this.live--;
        }
    }
    /** Every entry (table order, then the other keys); `f` may delete or rewrite entries. */
    forEach(f) {
        const { keys, states } = this;
        for (let i = 0; i < states.length; i++) {
            const s = states[i];
            if (s !== kref_states_EMPTY && s !== DELETED)
                f(keys[i], s);
        }
        if (this.other)
            for (const [k, s] of this.other)
                f(k, s);
    }
    /** Every entry, its state masked with `mask`, in `forEach` order. */
    list(mask) {
        const keys = new Uint32Array(this.live);
        const states = new Uint8Array(this.live);
        let n = 0;
        for (let i = 0; i < this.states.length; i++) {
            const s = this.states[i];
            if (s === kref_states_EMPTY || s === DELETED)
                continue;
            keys[n] = this.keys[i];
            states[n++] = s & mask;
        }
        const other = [];
        if (this.other)
            for (const [k, s] of this.other)
                other.push([k, s & mask]);
        return { keys, states, other };
    }
    /** Slot of `k`, or -1. */
    find(k) {
        const { keys, states } = this;
        const mask = keys.length - 1;
        let j = hash(k) & mask;
        for (;;) {
            const s = states[j];
            if (s === kref_states_EMPTY)
                return -1;
            if (s !== DELETED && keys[j] === k)
                return j;
            j = (j + 1) & mask;
        }
    }
    /** Re-inserts the live entries into a table sized for three times their number (tombstones go). */
    rebuild() {
        const { keys, states } = this;
        let cap = MIN_CAPACITY;
        while (cap < (this.live + 1) * 3)
            cap *= 2;
        this.keys = new Uint32Array(cap);
        this.states = new Uint8Array(cap);
        const mask = cap - 1;
        for (let i = 0; i < states.length; i++) {
            const s = states[i];
            if (s === kref_states_EMPTY || s === DELETED)
                continue;
            const k = keys[i];
            let j = hash(k) & mask;
            while (this.states[j] !== kref_states_EMPTY)
                j = (j + 1) & mask;
            this.keys[j] = k;
            this.states[j] = s;
        }
        this.used = this.live;
    }
}
/** A key the table holds: a whole number below 2^32. */
const inTable = (k) => typeof k === 'number' && k >>> 0 === k;
/** Mixes a 32-bit key. */
function hash(k) {
    let h = Math.imul(k, 0x85ebca6b);
    h ^= h >>> 15;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 13);
}

;// CONCATENATED MODULE: ./src/analyzers/foreign-ops.ts
/** Flag bits of an op. */
const OP_ROOT = 1;
const OP_ENSURE = 2;
const OP_EXACT = 4;
const OP_WIPE = 8;
const emptyOps = () => ({
    length: 0,
    vats: [],
    vat: new Uint32Array(0),
    kref: new Float64Array(0),
    pointIndex: new Uint32Array(0),
    assumed: new Int8Array(0),
    flags: new Uint8Array(0),
    textKrefs: Object.create(null),
});
function resized(a, n) {
    const b = new a.constructor(n);
    b.set(a.subarray(0, Math.min(a.length, n)));
    return b;
}
function setCapacity(ops, n) {
    ops.vat = resized(ops.vat, n);
    ops.kref = resized(ops.kref, n);
    ops.pointIndex = resized(ops.pointIndex, n);
    ops.assumed = resized(ops.assumed, n);
    ops.flags = resized(ops.flags, n);
}
/** Appends an op; `kref` null for a wipe. */
function pushOp(ops, vat, kref, pointIndex, assumed, flags) {
    const i = ops.length;
    if (i === ops.kref.length)
        setCapacity(ops, Math.max(64, i * 2));
    ops.vat[i] = vat;
    if (typeof kref === 'number')
        ops.kref[i] = kref;
    else {
        ops.kref[i] = NaN;
        if (kref !== null)
            ops.textKrefs[i] = kref;
    }
    ops.pointIndex[i] = pointIndex;
    ops.assumed[i] = assumed;
    ops.flags[i] = flags;
    ops.length = i + 1;
}
/** The kref of op `i` (a number key, or its text). */
function opKref(ops, i) {
    const k = ops.kref[i];
    return k === k ? k : (ops.textKrefs[i] ?? '');
}
/** The ops with their spare capacity dropped (a posted typed array copies its whole buffer). */
function trimOps(ops) {
    if (ops.kref.length !== ops.length)
        setCapacity(ops, ops.length);
    return ops;
}

;// CONCATENATED MODULE: ./src/analyzers/clist-replay.ts
/**
 * Replays the slog's c-list changes into per-vat c-list sizes per block.
 *
 * Sources (docs/formats.md §1.3, §3.3):
 * - `clist` events: `mode` `import` / `export` add an entry (reachable), `drop` deletes it;
 * - the importer's `dropImports` syscall turns its entries recognizable-only (`_`);
 * - a `dropExports` delivery turns the exporter's entries recognizable-only;
 * - a delivery that carries a kref the vat holds as a recognizable-only import makes it reachable again.
 * An exporter that re-sends a recognizable-only export also becomes reachable in the kernel; the slog
 * shows that only in syscall capdata, which this replay does not decode (a documented approximation).
 *
 * Files are replayed independently (so stage files can be scanned in parallel) and merged in stage
 * order. A file cannot know the state of an entry created in an earlier file, so the first operation
 * on such a "foreign" entry is recorded (foreign-ops.ts) and its old state is resolved at merge time.
 * From `clist` events, memory is bounded by the live c-list size, not by the slog size: entries
 * created and deleted in the same file leave nothing behind. From translations, which never show an
 * entry's creation, every kref the file sees leaves an op and a deleted-entry mark: memory grows
 * with the number of distinct krefs, 18 bytes an op (a 10x run of the large fixture: 700,000).
 *
 * Slogs without `clist` events are replayed from the delivery/syscall translations instead
 * (`clist-translations.ts`), through the same per-file partials. A translation only shows that an
 * entry exists, not whether it was just created, so those files use two more operations: `ensure`
 * (the entry is present in this state; if an earlier file already had it, it is the same entry, not
 * a new one) and `wipe` (vat termination: every entry of the vat is gone), both resolved at merge.
 */




/** Entry states. 0 = absent. */
const EXP_R = 1;
const EXP_U = 2;
const IMP_R = 3;
const IMP_U = 4;
const PROM = 5;
const DEV = 6;
const FOREIGN = 8;
/** Op flags of a translation's `ensure`, and of any op whose vref is known. */
const ENSURE = OP_ENSURE | OP_EXACT;
const EXACT = OP_EXACT;
/** `assumedOld` marker: the operation creates the entry, so its old state is known to be absent. */
const CREATE = -1;
const STATE_MASK = 7;
/** Correction bucket of a vat termination. */
const WIPE = -1;
const zero = () => [0, 0, 0, 0, 0, 0, 0];
/**
 * Per-vat object entry flows (indexes into a `Life`): entries created, dropped (turned
 * recognizable-only), retired (deleted), and retired by a `retireImports` / `retireExports`
 * delivery (the other side retired them), for imports and for exports.
 */
const LIFE_IMP_CREATED = 0;
const LIFE_IMP_DROPPED = 1;
const LIFE_IMP_RETIRED = 2;
const LIFE_IMP_RETIRED_BY_EXPORTER = 3;
const LIFE_EXP_CREATED = 4;
const LIFE_EXP_DROPPED = 5;
const LIFE_EXP_RETIRED = 6;
const LIFE_EXP_RETIRED_BY_KERNEL = 7;
const noLife = () => [0, 0, 0, 0, 0, 0, 0, 0];
/** The flow an entry's change from `old` to `next` (states 0..6) counts as, or -1. */
function lifeFlow(old, next) {
    if (old === 0)
        return next === IMP_R || next === IMP_U ? LIFE_IMP_CREATED : next === EXP_R || next === EXP_U ? LIFE_EXP_CREATED : -1;
    if (next === 0)
        return old === IMP_R || old === IMP_U ? LIFE_IMP_RETIRED : old === EXP_R || old === EXP_U ? LIFE_EXP_RETIRED : -1;
    if (old === IMP_R && next === IMP_U)
        return LIFE_IMP_DROPPED;
    if (old === EXP_R && next === EXP_U)
        return LIFE_EXP_DROPPED;
    return -1;
}
/** Reachable state of an entry for a vref of this kind (src/slog/kref.ts), 0 for other vrefs. */
function stateForVrefKind(kind) {
    switch (kind & ~VREF_ROOT) {
        case VREF_EXPORT: return EXP_R;
        case VREF_IMPORT: return IMP_R;
        case VREF_PROMISE: return PROM;
        case VREF_DEVICE: return DEV;
        default: return 0;
    }
}
class ClistReplay {
    vats = new Map();
    /** Vats changed since the last checkpoint, in order of first change. */
    dirty = [];
    foreign = emptyOps();
    /** One-entry cache: consecutive events are mostly for the same vat. */
    last = null;
    /** Operations recorded so far (0 = nothing seen that changes a c-list). */
    events = 0;
    vat(vatID) {
        const l = this.last;
        if (l !== null && l.vatID === vatID)
            return l;
        let v = this.vats.get(vatID);
        if (!v) {
            v = { vatID, index: this.vats.size, known: new KrefStates(), counts: zero(), points: emptyPoints(), dirty: false, weak: 0, life: noLife() };
            this.vats.set(vatID, v);
        }
        this.last = v;
        return v;
    }
    set(v, kref, next, assumedOld, root = false, flags = 0) {
        const m = v.known;
        const c = v.counts;
        const old = m.get(kref) ?? (assumedOld === CREATE ? 0 : undefined);
        if (old === undefined) {
            pushOp(this.foreign, v.index, kref, v.points.length, assumedOld, root ? flags | OP_ROOT : flags);
            if (next)
                c[next]++;
            m.set(kref, next | FOREIGN);
            // An `ensure` of an unseen entry is counted at merge (created here, or seen before).
            if (!(flags & OP_ENSURE))
                this.flow(v, assumedOld, next);
        }
        else {
            const o = old & STATE_MASK;
            if (o === next)
                return;
            this.flow(v, o, next);
            if (o)
                c[o]--;
            if (next)
                c[next]++;
            if (next === 0 && !(old & FOREIGN))
                m.delete(kref);
            else
                m.set(kref, next | (old & FOREIGN));
            if (o === IMP_U)
                v.weak--;
        }
        if (next === IMP_U)
            v.weak++;
        this.touch(v);
    }
    flow(v, old, next) {
        const f = lifeFlow(old, next);
        if (f >= 0)
            v.life[f]++;
    }
    /**
     * A `retireImports` (the exporter retired the objects) or `retireExports` (no importer
     * recognizes them any more) delivery to the vat: `n` object krefs.
     */
    retireDelivered(vatID, kind, n) {
        if (n > 0)
            this.vat(vatID).life[kind === 'retireImports' ? LIFE_IMP_RETIRED_BY_EXPORTER : LIFE_EXP_RETIRED_BY_KERNEL] += n;
    }
    /** The vat's counts changed: it gets a point at the next checkpoint. */
    touch(v) {
        if (!v.dirty) {
            v.dirty = true;
            this.dirty.push(v);
        }
        this.events++;
    }
    /** `clist` event, as the scan reads it: the kref's key and the vref's kind (src/slog/kref.ts). */
    clistKeyed(mode, vatID, kref, vrefKind) {
        if (mode === 'drop') {
            this.set(this.vat(vatID), kref, 0, stateForVrefKind(vrefKind), vrefKind === VREF_EXPORT + VREF_ROOT);
        }
        else if (mode === 'import' || mode === 'export') {
            const s = stateForVrefKind(vrefKind);
            if (s)
                this.set(this.vat(vatID), kref, s, CREATE);
        }
    }
    /** The vat's `dropImports` syscall (krefs from `ksc[1]`). */
    dropImports(vatID, krefs) {
        for (const k of krefs)
            if (k.startsWith('ko'))
                this.set(this.vat(vatID), krefKey(k), IMP_U, IMP_R);
    }
    /** A `dropExports` delivery to the exporter (krefs from `kd[1]`). */
    dropExports(vatID, krefs) {
        for (const k of krefs)
            if (k.startsWith('ko'))
                this.set(this.vat(vatID), krefKey(k), EXP_U, EXP_R);
    }
    /** Krefs delivered to a vat in a message/notify: recognizable-only imports become reachable. */
    delivered(vatID, krefs) {
        const v = this.vats.get(vatID);
        if (!v || v.weak <= 0)
            return;
        for (const kref of krefs) {
            const k = krefKey(kref);
            const s = v.known.get(k);
            if (s !== undefined && (s & STATE_MASK) === IMP_U)
                this.set(v, k, IMP_R, IMP_U);
        }
    }
    /**
     * Translations: the vat's c-list maps `kref` to `vref` (an object). When the entry is known in
     * this file, it only changes when `reach` is set and it is recognizable-only (the kernel sets the
     * reachable flag of imports it delivers and of exports the vat sends). An entry not known in this
     * file is recorded in its reachable state as an `ensure` op, resolved at merge.
     */
    ensure(vatID, kref, vref, reach) {
        const kind = vrefKind(vref);
        const s = stateForVrefKind(kind);
        if (s !== EXP_R && s !== IMP_R && s !== PROM)
            return;
        const v = this.vat(vatID);
        const k = krefKey(kref);
        const old = v.known.get(k);
        if (old === undefined)
            this.set(v, k, s, s, kind === VREF_EXPORT + VREF_ROOT, ENSURE);
        else if ((old & STATE_MASK) === 0 || (reach && (old & STATE_MASK) === s + 1))
            this.set(v, k, s, s);
    }
    /** Translations: a known object or promise entry changes state (`next` 0 = deleted); `assumed` is its state before when not known. */
    translated(vatID, kref, vref, next, assumed) {
        const c = vref.charCodeAt(0);
        if (c !== 0x6f /* o */ && c !== 0x70 /* p */)
            return;
        this.set(this.vat(vatID), krefKey(kref), next, assumed, vref === 'o+0', EXACT);
    }
    /** Translations: the vat was terminated; the kernel deletes its whole c-list. */
    wipe(vatID) {
        const v = this.vat(vatID);
        // set() only deletes or rewrites entries already there: safe while iterating the table.
        v.known.forEach((kref, s) => {
            if (s & STATE_MASK)
                this.set(v, kref, 0, s & STATE_MASK);
        });
        pushOp(this.foreign, v.index, null, v.points.length, 0, OP_WIPE);
        this.touch(v);
    }
    hasWeakImports(vatID) {
        const v = this.vats.get(vatID);
        return v !== undefined && v.weak > 0;
    }
    /** Record a point for every vat that changed since the last point. */
    checkpoint(height) {
        const h = height ?? NaN;
        for (const v of this.dirty) {
            pushPoint(v.points, h, v.counts);
            v.dirty = false;
        }
        this.dirty.length = 0;
    }
    seeds = [];
    /** A vat created in the genesis block (see `rootSeeds`). */
    genesisVat(vatID) {
        if (!this.seeds.includes(vatID))
            this.seeds.push(vatID);
    }
    finish(lastHeight, source) {
        this.checkpoint(lastHeight);
        const touched = Object.create(null);
        const points = Object.create(null);
        const finalDelta = Object.create(null);
        const life = Object.create(null);
        for (const v of this.vats.values()) {
            touched[v.vatID] = v.known.list(STATE_MASK);
            points[v.vatID] = trimPoints(v.points);
            finalDelta[v.vatID] = v.counts;
            life[v.vatID] = v.life;
        }
        this.foreign.vats = [...this.vats.keys()];
        return { points, finalDelta, foreign: trimOps(this.foreign), touched, events: this.events, rootSeeds: this.seeds, life, ...(source ? { source } : {}) };
    }
}
/** Merge per-file partials in stage order into absolute series. */
function mergeClist(files) {
    /** Per vat: the states of the entries earlier files left (by kref key). */
    const carried = new Map();
    const base = new Map();
    const points = Object.create(null);
    let unknownPrior = 0;
    const seeded = new Set();
    const rootClaimed = new Set();
    const unknownExamples = [];
    const bySource = Object.create(null);
    const life = Object.create(null);
    const lifeOf = (vatID) => (life[vatID] ??= noLife());
    /** A file replayed from translations (or from `clist` events) gave the vat points or a seed. */
    const noteSource = (vatID, fromTranslations) => {
        const s = fromTranslations ? 'translations' : 'clist-events';
        const had = bySource[vatID];
        bySource[vatID] = had === undefined || had === s ? s : 'mixed';
    };
    for (let fi = 0; fi < files.length; fi++) {
        const f = files[fi];
        for (const vatID of f.rootSeeds ?? []) {
            if (seeded.has(vatID))
                continue;
            seeded.add(vatID);
            noteSource(vatID, !!f.source);
            const b = base.get(vatID) ?? zero();
            b[EXP_R]++;
            base.set(vatID, b);
        }
        // Corrections: per vat, list of [pointIndex, bucket] to decrement from that point on
        // (bucket WIPE: from that point on the vat has no entries).
        const corr = new Map();
        const wiped = [];
        const ops = f.foreign;
        for (let i = 0; i < ops.length; i++) {
            const vatID = ops.vats[ops.vat[i]];
            const flags = ops.flags[i];
            const pointIndex = ops.pointIndex[i];
            const assumed = ops.assumed[i];
            let list = corr.get(vatID);
            if (flags & OP_WIPE) {
                if (!list)
                    corr.set(vatID, (list = []));
                list.push([pointIndex, WIPE]);
                wiped.push(vatID);
                continue;
            }
            const kref = opKref(ops, i);
            let old = carried.get(vatID)?.get(kref) ?? 0;
            if (old === 0) {
                // In a run that starts at genesis, the only unlogged entries are the vats' root exports:
                // the first unknown export a seeded vat touches is its root object (with translations,
                // where the vref is known: its `o+0`, once; after that an unknown `o+0` is a new entry).
                const isExport = assumed === EXP_R || assumed === EXP_U;
                const root = (flags & OP_ROOT) !== 0;
                const claim = flags & OP_EXACT ? root && !rootClaimed.has(vatID) : root || !rootClaimed.has(vatID);
                if (seeded.has(vatID) && isExport && claim) {
                    rootClaimed.add(vatID);
                    old = EXP_R;
                }
                else if (flags & OP_ENSURE) {
                    // Not in any earlier file: created here.
                    old = 0;
                    const f = lifeFlow(0, assumed);
                    if (f >= 0)
                        lifeOf(vatID)[f]++;
                }
                else {
                    unknownPrior++;
                    if (unknownExamples.length < 5)
                        unknownExamples.push(`${vatID}:${krefText(kref)}`);
                    old = assumed;
                }
            }
            if (!old)
                continue;
            if (!list)
                corr.set(vatID, (list = []));
            list.push([pointIndex, old]);
        }
        for (const [vatID, l] of Object.entries(f.life ?? {})) {
            const into = lifeOf(vatID);
            for (let i = 0; i < into.length; i++)
                into[i] += l[i] ?? 0;
        }
        const vats = new Set([...Object.keys(f.points), ...Object.keys(f.finalDelta)]);
        for (const vatID of vats) {
            const b = base.get(vatID) ?? zero();
            const list = (corr.get(vatID) ?? []).sort((x, y) => x[0] - y[0]);
            const acc = zero();
            let ci = 0;
            /** Applies the next correction at a point whose counts 1..6 are `p[o + 1..6]`. */
            const apply = (p, o) => {
                const [, bucket] = list[ci++];
                if (bucket !== WIPE)
                    acc[bucket]--;
                else
                    for (let s = 1; s <= 6; s++)
                        acc[s] = -(b[s] + p[o + s]);
            };
            const d = f.finalDelta[vatID] ?? zero();
            const out = (points[vatID] ??= emptyPoints());
            const own = f.points[vatID];
            const abs = zero();
            for (let i = 0; own && i < own.length; i++) {
                const rows = own.data;
                const o = i * POINT_WIDTH;
                while (ci < list.length && list[ci][0] <= i)
                    apply(rows, o);
                for (let s = 1; s <= 6; s++)
                    abs[s] = b[s] + rows[o + s] + acc[s];
                pushPoint(out, rows[o], abs);
            }
            while (ci < list.length)
                apply(d, 0);
            const next = zero();
            for (let s = 1; s <= 6; s++)
                next[s] = b[s] + d[s] + acc[s];
            base.set(vatID, next);
            noteSource(vatID, !!f.source);
        }
        // The entries carried into the next file (none after the last: on a long single-file run this
        // map would hold every live entry again).
        if (fi === files.length - 1)
            continue;
        for (const vatID of wiped)
            carried.delete(vatID);
        for (const [vatID, { keys, states, other }] of Object.entries(f.touched)) {
            let m = carried.get(vatID);
            if (!m)
                carried.set(vatID, (m = new KrefStates()));
            const carry = (k, s) => (s ? m.set(k, s) : m.delete(k));
            for (let i = 0; i < keys.length; i++)
                carry(keys[i], states[i]);
            for (const [k, s] of other)
                carry(k, s);
        }
    }
    for (const vatID of Object.keys(points))
        points[vatID] = trimPoints(points[vatID]);
    return {
        points, final: Object.assign(Object.create(null), Object.fromEntries(base)), unknownPrior, unknownExamples,
        absolute: seeded.size > 0 && unknownPrior === 0, sources: bySource, life,
    };
}

;// CONCATENATED MODULE: ./src/analyzers/clist-translations.ts
/**
 * C-list replay for slogs without `clist` events, from the kernel's delivery and syscall
 * translations (docs/formats.md §1.5; the idea of agoric-sdk `misc-tools/find-leaks.py`).
 *
 * Every `deliver` line carries the delivery in kernel form (`kd`, krefs) and vat form (`vd`, vrefs),
 * every `syscall` line the syscall in vat form (`vsc`) and kernel form (`ksc`). Walking the two forms
 * side by side pairs each kref with the vref the vat knows it by, which is a c-list entry of that
 * vat. What each translation does to the entry is the kernel's (vatTranslator.js, vatKeeper.js):
 * - `message`/`notify`/`startVat`/… deliveries and `send`/`resolve`/`exit`/`callNow` syscalls (and a
 *   `callNow` result) map their refs with the reachable flag set: an entry not seen before exists from
 *   now on; a delivered import, or a sent export, that was recognizable-only is reachable again;
 * - a `dropImports` syscall and a `dropExports` delivery make the entries recognizable-only;
 * - `retireImports`/`retireExports` (syscall or delivery) and `abandonExports` delete them;
 * - a `notify` delivery deletes the notified promises' entries of the vat, a `resolve` syscall the
 *   resolved promises' entries of their decider;
 * - a `terminate` event deletes the vat's whole c-list.
 * Object (`o±…` ↔ `koNN`) and promise (`p±…` ↔ `kpNN`) entries are kept; device nodes are not counted.
 *
 * The kernel has written `clist` events since slog files exist, so this only runs when a file has
 * none (a filtered or trimmed slog, or one from a kernel before them). `SlogClistReplay` is the
 * replay the file scan uses: it replays `clist` events as always and, until the first `clist` event
 * of the file, also runs this translation replay as a shadow; at the first `clist` event the shadow
 * is dropped, so a file with `clist` events gives exactly what it gave without the shadow. A file
 * that ends with the shadow still alive is replayed from its translations.
 */


/** Vatstore syscalls (the bulk of all syscalls) carry no refs: `["vatstore…` as `ksc[0]`/`vsc[0]`. */
const VATSTORE = Buffer.from('["vatstore');
/** A syscall result with capdata (`callNow`): `["ok",{`. Other results are `null` or a string. */
const OK_CAPDATA = Buffer.from('["ok",{');
const PREFIX_WINDOW = 400;
/** The start of an object or a promise kref string. */
const KREF_OBJECT = Buffer.from('"ko');
const KREF_PROMISE = Buffer.from('"kp');
/** Deeper values are not walked (capdata is shallow; hostile lines may not be). */
const clist_translations_MAX_DEPTH = 24;
/** A kref/vref pair of one c-list entry: `koN` ↔ `o±…`, or `kpN` ↔ `p±…`. */
function isEntryPair(k, v) {
    const kind = k.startsWith('ko') ? 0x6f /* o */ : k.startsWith('kp') ? 0x70 /* p */ : 0;
    if (kind === 0 || v.charCodeAt(0) !== kind)
        return false;
    const sign = v.charCodeAt(1);
    return sign === 0x2b /* + */ || sign === 0x2d /* - */;
}
/** Calls `f` for every kref/vref pair at the same place in the kernel and vat forms. */
function pairRefs(k, v, f, depth = 0) {
    if (typeof k === 'string') {
        if (typeof v === 'string' && isEntryPair(k, v))
            f(k, v);
        return;
    }
    if (depth >= clist_translations_MAX_DEPTH || k === null || typeof k !== 'object' || v === null || typeof v !== 'object')
        return;
    if (Array.isArray(k)) {
        if (!Array.isArray(v))
            return;
        const n = Math.min(k.length, v.length);
        for (let i = 0; i < n; i++)
            pairRefs(k[i], v[i], f, depth + 1);
        return;
    }
    if (Array.isArray(v))
        return;
    const vo = v;
    for (const key of Object.keys(k))
        if (Object.hasOwn(vo, key))
            pairRefs(k[key], vo[key], f, depth + 1);
}
/** The kref/vref pairs of two parallel lists (`[tag, [refs…]]` forms). */
function listPairs(k, v) {
    const out = [];
    if (!Array.isArray(k) || !Array.isArray(v) || k.length !== v.length)
        return out;
    for (let i = 0; i < k.length; i++) {
        const kref = k[i];
        const vref = v[i];
        if (typeof kref === 'string' && typeof vref === 'string' && kref.startsWith('ko'))
            out.push([kref, vref]);
    }
    return out;
}
/** What a list-valued translation does to the entries: [next state, assumed old state] by vref sign. */
const LIST_OPS = {
    // deliveries
    dropExports: { exp: [EXP_U, EXP_R] },
    retireExports: { exp: [0, EXP_U] },
    retireImports: { imp: [0, IMP_U] },
    // syscalls (retire*: same names, other side; told apart by the vref sign)
    dropImports: { imp: [IMP_U, IMP_R] },
    abandonExports: { exp: [0, EXP_R] },
};
/** The translation replay of one file (a `ClistReplay` fed from translations). */
class TranslationReplay {
    replay = new ClistReplay();
    /** Syscall, syscall-result and terminate lines that changed the replay (the scan counts deliveries itself). */
    lines = 0;
    /**
     * Operations after which a kernel that writes `clist` events has always written one: a message
     * delivered or sent with a result promise (the promise enters a c-list), a notify (the resolved
     * promise leaves it), a retire or an abandon (entries leave it). Not a first sight of an entry
     * that existed before the file, nor a drop, which only clears the reachable flag.
     */
    clistSigns = 0;
    /** A non-replay `deliver` event. */
    deliver(ev) {
        const { vatID, kd, vd } = ev;
        if (typeof vatID !== 'string' || !Array.isArray(kd) || !Array.isArray(vd) || kd[0] !== vd[0])
            return;
        const tag = vd[0];
        if (tag === 'bringOutYourDead')
            return;
        const f = (kref, vref) => this.replay.ensure(vatID, kref, vref, vref.charCodeAt(1) === 0x2d /* imports */);
        if (tag === 'notify' || tag === 'retireExports' || tag === 'retireImports' || (tag === 'message' && hasResult(kd[2])))
            this.clistSigns++;
        if (tag === 'dropExports' || tag === 'retireExports' || tag === 'retireImports') {
            const n = this.list(vatID, tag, kd[1], vd[1]);
            if (tag !== 'dropExports')
                this.replay.retireDelivered(vatID, tag, n);
        }
        else if (tag === 'notify') {
            // Resolutions: kernel form [kpid, {state, data}], vat form [vpid, isReject, data].
            const kr = kd[1];
            const vr = vd[1];
            if (!Array.isArray(kr) || !Array.isArray(vr))
                return;
            for (let i = 0; i < Math.min(kr.length, vr.length); i++) {
                const k = kr[i];
                const v = vr[i];
                if (Array.isArray(k) && Array.isArray(v) && k[1] !== null && typeof k[1] === 'object')
                    pairRefs(k[1].data, v[2], f);
            }
            // The kernel then deletes the vat's entries of the notified (resolved) promises.
            this.resolved(vatID, kr, vr);
        }
        else
            pairRefs(kd, vd, f);
    }
    /** A non-replay `syscall` event; false when it told nothing about the c-list. */
    syscall(ev) {
        const { vatID, ksc, vsc } = ev;
        if (typeof vatID !== 'string' || !Array.isArray(ksc) || !Array.isArray(vsc) || vsc.length === 0)
            return false;
        const tag = vsc[0];
        if (typeof tag !== 'string' || tag === 'subscribe' || tag.startsWith('vatstore'))
            return false;
        // The kernel form of resolve/exit/abandonExports/subscribe/vatstore* names the vat after the tag.
        const named = ksc.length === vsc.length + 1 && ksc[1] === vatID;
        if (tag === 'retireImports' || tag === 'retireExports' || tag === 'abandonExports' || (tag === 'send' && hasResult(vsc[2])))
            this.clistSigns++;
        if (Object.hasOwn(LIST_OPS, tag) && ksc[0] === tag) {
            const n = this.list(vatID, tag, ksc[named ? 2 : 1], vsc[1]);
            // The scan counts dropImports syscalls itself.
            if (n && tag !== 'dropImports')
                this.lines++;
            return n > 0;
        }
        const k = named ? [ksc[0], ...ksc.slice(2)] : ksc;
        let n = 0;
        // `send` target, slots and result, `resolve` promises and data slots, `exit` info slots, `callNow` args slots.
        pairRefs(k.slice(1), vsc.slice(1), (kref, vref) => {
            n++;
            this.replay.ensure(vatID, kref, vref, vref.charCodeAt(1) === 0x2b /* exports */);
        });
        // A resolve deletes the decider's entries of the promises it resolves.
        if (tag === 'resolve')
            n += this.resolved(vatID, k[1], vsc[1]);
        if (n)
            this.lines++;
        return n > 0;
    }
    /**
     * A `syscall-result`: the capdata a `callNow` returns maps object krefs into the vat (imports,
     * reachable). A device cannot hold a promise, so a promise pair there is not taken.
     */
    syscallResult(ev) {
        const { vatID, ksr, vsr } = ev;
        if (typeof vatID !== 'string' || !Array.isArray(ksr) || !Array.isArray(vsr))
            return;
        let n = 0;
        pairRefs(ksr[1], vsr[1], (kref, vref) => {
            if (!kref.startsWith('ko'))
                return;
            n++;
            this.replay.ensure(vatID, kref, vref, true);
        });
        if (n)
            this.lines++;
    }
    /** A `terminate` event: the kernel deletes the vat's c-list. */
    terminate(ev) {
        if (typeof ev.vatID !== 'string')
            return;
        this.replay.wipe(ev.vatID);
        this.lines++;
    }
    /**
     * Resolutions in kernel form `[[kpid, …], …]` and vat form `[[vpid, …], …]`: the vat's entries
     * of those promises are deleted. Returns how many.
     */
    resolved(vatID, kr, vr) {
        if (!Array.isArray(kr) || !Array.isArray(vr))
            return 0;
        let n = 0;
        for (let i = 0; i < Math.min(kr.length, vr.length); i++) {
            const kpid = Array.isArray(kr[i]) ? kr[i][0] : undefined;
            const vpid = Array.isArray(vr[i]) ? vr[i][0] : undefined;
            if (typeof kpid !== 'string' || typeof vpid !== 'string' || !kpid.startsWith('kp') || !isEntryPair(kpid, vpid))
                continue;
            this.replay.translated(vatID, kpid, vpid, 0, PROM);
            n++;
        }
        return n;
    }
    list(vatID, tag, krefs, vrefs) {
        const op = LIST_OPS[tag];
        let n = 0;
        for (const [kref, vref] of listPairs(krefs, vrefs)) {
            const s = vref.charCodeAt(1) === 0x2b ? op.exp : op.imp;
            if (!s)
                continue;
            this.replay.translated(vatID, kref, vref, s[0], s[1]);
            n++;
        }
        return n;
    }
}
/**
 * Operations (TranslationReplay.clistSigns) the translations may show, with no `clist` event, before
 * the file is taken to have none (a slog from a kernel before them): from then on only the
 * translation replay runs, and a `clist` event that still comes is ignored and reported. A kernel
 * that writes `clist` events writes one for each such operation (a result promise delivered or
 * sent, a notify, a retire), so a file that has them shows one with its first such operation;
 * idle blocks, first sights of older entries and drops do not count. Until then the replay of the
 * scan's own drops (dropImports, dropExports, re-reached imports) runs too, as a `clist` event
 * would need it; past it, it would only keep a second record of every entry a clist-less file
 * drops (a large share of the c-list state of a run without clist lines: docs/performance.md).
 */
const CLIST_GRACE_SIGNS = 1000;
/**
 * The c-list replay of one slog file: `clist` events as `ClistReplay` does, plus a translation
 * replay that lives until the file's first `clist` event (see the module comment), or, after
 * CLIST_GRACE_SIGNS operations without one, instead of them.
 */
class SlogClistReplay extends ClistReplay {
    graceSigns;
    crankSkip;
    shadow;
    /** The file is taken to have no `clist` events: only the translations count. */
    translationsOnly = false;
    /**
     * `graceSigns`: see CLIST_GRACE_SIGNS (at least 1). `crankSkip`: cranks numbered ≤ this were
     * replayed from an earlier file (`ScanOptions.skipCranksUpTo`); their c-list changes are left out.
     */
    constructor(translations = true, graceSigns = CLIST_GRACE_SIGNS, crankSkip = -Infinity) {
        super();
        this.graceSigns = graceSigns;
        this.crankSkip = crankSkip;
        this.shadow = translations ? new TranslationReplay() : null;
    }
    /** An earlier file replayed this crank's c-list changes (its events and translations are left out). */
    replayedCrank(crankNum) {
        return typeof crankNum === 'number' && crankNum <= this.crankSkip;
    }
    /** The translation replay still runs: feed it `deliver`/`syscall`/`syscall-result`/`terminate` lines. */
    get translating() {
        return this.shadow !== null;
    }
    /** Lines only the translation replay used (0 unless the file is replayed from translations). */
    get translatedLines() {
        return this.shadow?.lines ?? 0;
    }
    /** False when the event is ignored: it came after CLIST_GRACE_SIGNS operations without any. */
    clistKeyed(mode, vatID, kref, vrefKind) {
        if (this.translationsOnly)
            return false;
        this.shadow = null;
        super.clistKeyed(mode, vatID, kref, vrefKind);
        return true;
    }
    dropImports(vatID, krefs) {
        if (!this.translationsOnly)
            super.dropImports(vatID, krefs);
    }
    dropExports(vatID, krefs) {
        if (!this.translationsOnly)
            super.dropExports(vatID, krefs);
    }
    delivered(vatID, krefs) {
        if (!this.translationsOnly)
            super.delivered(vatID, krefs);
    }
    /** A `retireImports`/`retireExports` delivery (its translation, if the shadow runs, counts it there). */
    retireDelivered(vatID, kind, n) {
        if (!this.translationsOnly)
            super.retireDelivered(vatID, kind, n);
    }
    hasWeakImports(vatID) {
        return !this.translationsOnly && super.hasWeakImports(vatID);
    }
    checkpoint(height) {
        super.checkpoint(height);
        if (!this.shadow)
            return;
        this.shadow.replay.checkpoint(height);
        if (this.shadow.clistSigns >= Math.max(1, this.graceSigns))
            this.translationsOnly = true;
    }
    genesisVat(vatID) {
        super.genesisVat(vatID);
        this.shadow?.replay.genesisVat(vatID);
    }
    finish(lastHeight) {
        const s = this.shadow;
        if (s && s.replay.events > 0)
            return s.replay.finish(lastHeight, 'translations');
        return super.finish(lastHeight);
    }
    /**
     * The line may hold an object or promise kref: it has a `"ko` or a `"kp`. Only a kref starting
     * with `ko` or `kp` pairs with a vref (pairRefs, listPairs), so a line without one changes
     * nothing in the replay but the count of clistSigns, which stops mattering once the file is taken
     * to have no `clist` events: such `deliver` and non-vatstore `syscall` lines need no JSON.parse
     * from then on, nor does a `syscall-result` without an object kref (a `callNow` result carries no
     * promise). Like the vatstore and capdata filters, this reads the kernel's JSON.stringify
     * spelling, which escapes no letter (a `\u006b` would hide a kref from it).
     */
    mayNameKref(buf, start, end) {
        return prefixHas(buf, start, end, KREF_OBJECT, end - start) || prefixHas(buf, start, end, KREF_PROMISE, end - start);
    }
    /** The event of a line, unless it is garbage or of a crank an earlier file replayed already. */
    parseFresh(buf, start, end) {
        const ev = parseLine(buf, start, end);
        return ev && !this.replayedCrank(ev.crankNum) ? ev : null;
    }
    /** A `deliver` line the scan counted as a delivery (not a replay). */
    deliverLine(buf, start, end) {
        if (!this.shadow || (this.translationsOnly && !this.mayNameKref(buf, start, end)))
            return;
        const ev = this.parseFresh(buf, start, end);
        if (ev)
            this.shadow.deliver(ev);
    }
    /** A `syscall` line. */
    syscallLine(buf, start, end) {
        if (!this.shadow || prefixHas(buf, start, end, VATSTORE, PREFIX_WINDOW))
            return;
        if (this.translationsOnly && !this.mayNameKref(buf, start, end))
            return;
        const ev = this.parseFresh(buf, start, end);
        if (ev && ev.replay !== true && ev.crankNum !== undefined)
            this.shadow.syscall(ev);
    }
    /** A `syscall-result` line. */
    syscallResultLine(buf, start, end) {
        if (!this.shadow || !prefixHas(buf, start, end, OK_CAPDATA, end - start) || !prefixHas(buf, start, end, KREF_OBJECT, end - start))
            return;
        const ev = this.parseFresh(buf, start, end);
        if (ev && ev.replay !== true && ev.crankNum !== undefined)
            this.shadow.syscallResult(ev);
    }
    /** A `terminate` line. */
    terminateLine(buf, start, end) {
        if (!this.shadow)
            return;
        const ev = this.parseFresh(buf, start, end);
        if (ev)
            this.shadow.terminate(ev);
    }
}
/** A message (`methargs` or legacy form) with a result promise. */
function hasResult(msg) {
    return msg !== null && typeof msg === 'object' && typeof msg.result === 'string';
}
/** The event object of a line, or null (bad lines are reported by the scan's own readers, or ignored). */
function parseLine(buf, start, end) {
    try {
        const o = JSON.parse(buf.toString('utf8', start, end));
        return o !== null && typeof o === 'object' && !Array.isArray(o) ? o : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/analyzers/delivery-pairing.ts
/**
 * Pairs each `deliver` with its `deliver-result`, leaves out deliveries counted before (by an
 * earlier file, or a deliveryNum that went backwards) and finds each delivery's duration.
 */

class DeliveryPairing {
    diag;
    vats;
    skipUpTo;
    /** The open delivery, then the last one paired. */
    od = { vatID: '', deliveryNum: 0, kind: '', method: null, time: NaN, monotime: NaN, line: 0, height: null, replayed: false, gcKrefs: 0 };
    /** A deliver is waiting for its result (in `od`). */
    open = false;
    /** Deliveries counted: the last one's file-local ordinal. */
    ordinal = 0;
    /** Results of replayed deliveries (no crankNum, no open deliver) left out. */
    replaySkipped = 0;
    /** `skipUpTo`: per vat, deliveries with deliveryNum ≤ this were already counted from an earlier file. */
    constructor(diag, vats, skipUpTo) {
        this.diag = diag;
        this.vats = vats;
        this.skipUpTo = skipUpTo;
    }
    /** A new delivery (vatID, deliveryNum and kind present) at block `height`; `replayed`: see OpenDelivery. */
    deliver(d, line, height, replayed) {
        const od = this.od;
        if (this.open)
            this.diag.at('unpaired-deliver', od.line, `deliver ${od.vatID}#${od.deliveryNum} has no deliver-result`);
        const kind = d.kind;
        od.vatID = d.vatID;
        od.deliveryNum = d.deliveryNum;
        od.kind = kind;
        od.method = kind === 'message' ? d.method ?? '(unknown method)' : null;
        od.time = d.time ?? NaN;
        od.monotime = d.monotime ?? NaN;
        od.line = line;
        od.height = height;
        od.replayed = replayed;
        od.gcKrefs = 0;
        this.open = true;
    }
    /**
     * A `deliver-result`: the duration of the delivery it closes (`od`, counted in its vat's record),
     * or -1 when nothing is counted (replay, unpaired, duplicate, no usable duration; reported).
     */
    result(r, line) {
        const { vatID, deliveryNum } = r;
        if (!r.hasCrankNum && !this.open) {
            this.replaySkipped++;
            return -1;
        }
        const o = this.od;
        if (!this.open || o.vatID !== vatID || o.deliveryNum !== deliveryNum) {
            this.diag.at('unpaired-result', line, `deliver-result ${vatID}#${deliveryNum} has no matching deliver`);
            return -1;
        }
        this.open = false;
        const v = this.vats.vat(o.vatID);
        if (this.isDuplicate(v)) {
            this.diag.at('duplicate-delivery', o.line, `delivery ${o.vatID}#${o.deliveryNum} seen before; counted once`);
            return -1;
        }
        const seconds = this.duration(r, line);
        if (!Number.isFinite(seconds) || seconds < 0) {
            this.diag.at('bad-duration', line, `deliver-result ${o.vatID}#${o.deliveryNum} has no usable duration`);
            return -1;
        }
        v.deliveries++;
        v.minDeliveryNum = Math.min(v.minDeliveryNum, o.deliveryNum);
        v.maxDeliveryNum = Math.max(v.maxDeliveryNum, o.deliveryNum);
        this.ordinal++;
        return seconds;
    }
    /** The end of the file: a deliver still open has no result. */
    end() {
        const od = this.od;
        if (this.open)
            this.diag.at('unpaired-deliver', od.line, `deliver ${od.vatID}#${od.deliveryNum} has no deliver-result (end of file)`);
    }
    /**
     * Vats without a transcript (comms, local workers) repeat deliveryNum; only a number that went
     * backwards within the file, or one at or below what an earlier file counted, is a duplicate.
     * Such vats get no number from the earlier files (their numbers say nothing): in a re-read of an
     * overlapping file, a delivery of theirs in a crank an earlier file had is a duplicate.
     */
    isDuplicate(v) {
        const o = this.od;
        const skip = this.skipUpTo[o.vatID];
        if (o.deliveryNum === v.maxDeliveryNum) {
            v.stuckCounter = true;
            return false;
        }
        return o.deliveryNum < v.maxDeliveryNum || (skip !== undefined ? o.deliveryNum <= skip : o.replayed);
    }
    /** The delivery's `seconds`, or the time between its two lines when absent or damaged. */
    duration(r, line) {
        const o = this.od;
        const seconds = r.seconds;
        if (seconds === undefined)
            return this.elapsed(r);
        if (seconds > SUSPECT_SECONDS) {
            // The kernel times a delivery between those two lines: more than that is a damaged value.
            const between = this.elapsed(r);
            if (Number.isFinite(between) && between >= 0 && seconds > between * 1.01 + 0.01) {
                this.diag.at('bad-duration', line, `deliver-result ${o.vatID}#${o.deliveryNum}: \`seconds\` ${seconds} is more than the ${between.toFixed(6)} s from its deliver; that is used`);
                return between;
            }
        }
        return seconds;
    }
    /** The time from the deliver to its deliver-result line (the kernel's clock: monotime, else time). */
    elapsed(r) {
        const o = this.od;
        const mt = r.monotime;
        return mt !== undefined && !Number.isNaN(o.monotime) ? mt - o.monotime : (r.time ?? NaN) - o.time;
    }
}

;// CONCATENATED MODULE: ./src/analyzers/delivery-stats.ts
/**
 * Per (vat, delivery kind, method) time accumulators, mergeable across files in stage order:
 * count, total, the first and last 100 durations, and OLS sums against two x-axes (block height
 * where known, and the delivery ordinal) so fitted values at the first and last block need no
 * per-delivery storage.
 */
const KEEP = 100;
const emptySums = () => ({ n: 0, sx: 0, sy: 0, sxx: 0, sxy: 0, xMin: Infinity, xMax: -Infinity });
function addSum(s, x, y) {
    s.n++;
    s.sx += x;
    s.sy += y;
    s.sxx += x * x;
    s.sxy += x * y;
    if (x < s.xMin)
        s.xMin = x;
    if (x > s.xMax)
        s.xMax = x;
}
/** Merge `b` into `a`, with b's x shifted by `offset`. */
function mergeSums(a, b, offset = 0) {
    a.n += b.n;
    a.sx += b.sx + b.n * offset;
    a.sy += b.sy;
    a.sxx += b.sxx + 2 * offset * b.sx + b.n * offset * offset;
    a.sxy += b.sxy + offset * b.sy;
    if (b.n) {
        a.xMin = Math.min(a.xMin, b.xMin + offset);
        a.xMax = Math.max(a.xMax, b.xMax + offset);
    }
}
/** OLS fitted values at the smallest and largest x, or nulls when the fit is undefined. */
function fittedEnds(s) {
    if (s.n < 2)
        return [null, null];
    const den = s.n * s.sxx - s.sx * s.sx;
    if (!(Math.abs(den) > 1e-12 * Math.max(1, s.n * s.sxx)))
        return [null, null];
    const slope = (s.n * s.sxy - s.sx * s.sy) / den;
    const intercept = (s.sy - slope * s.sx) / s.n;
    return [intercept + slope * s.xMin, intercept + slope * s.xMax];
}
const accKey = (vatID, kind, method) => `${vatID}\u0000${kind}\u0000${method ?? ''}`;
class DeliveryStats {
    /** In order of first appearance. */
    all = [];
    /** vatID → kind → method ('' for none) → accumulator; no key string per delivery. */
    byVat = new Map();
    add(vatID, kind, method, seconds, height, ordinal) {
        let kinds = this.byVat.get(vatID);
        if (!kinds)
            this.byVat.set(vatID, (kinds = new Map()));
        let methods = kinds.get(kind);
        if (!methods)
            kinds.set(kind, (methods = new Map()));
        let a = methods.get(method ?? '');
        if (!a) {
            a = { vatID, kind, method, count: 0, total: 0, first: [], last: [], lastPos: 0, byHeight: emptySums(), byOrdinal: emptySums() };
            methods.set(method ?? '', a);
            this.all.push(a);
        }
        a.count++;
        a.total += seconds;
        if (a.first.length < KEEP)
            a.first.push(seconds);
        if (a.last.length < KEEP)
            a.last.push(seconds);
        else {
            a.last[a.lastPos] = seconds;
            a.lastPos = (a.lastPos + 1) % KEEP;
        }
        if (height !== null)
            addSum(a.byHeight, height, seconds);
        addSum(a.byOrdinal, ordinal, seconds);
    }
    list() {
        return [...this.all];
    }
}
/** Last-KEEP values in chronological order. */
function lastInOrder(a) {
    return a.last.length < KEEP ? a.last.slice() : [...a.last.slice(a.lastPos), ...a.last.slice(0, a.lastPos)];
}
/** Merge per-file accumulators in stage order; `ordinalOffsets[i]` shifts file i's ordinals. */
function mergeDeliveryStats(files, ordinalOffsets) {
    const out = new Map();
    files.forEach((list, i) => {
        for (const b of list) {
            const key = accKey(b.vatID, b.kind, b.method);
            let a = out.get(key);
            if (!a) {
                a = { ...b, first: [], last: [], lastPos: 0, count: 0, total: 0, byHeight: emptySums(), byOrdinal: emptySums() };
                out.set(key, a);
            }
            a.count += b.count;
            a.total += b.total;
            for (const v of b.first)
                if (a.first.length < KEEP)
                    a.first.push(v);
            const merged = [...lastInOrder(a), ...lastInOrder(b)].slice(-KEEP);
            a.last = merged;
            a.lastPos = 0;
            mergeSums(a.byHeight, b.byHeight);
            mergeSums(a.byOrdinal, b.byOrdinal, ordinalOffsets[i] ?? 0);
        }
    });
    return [...out.values()];
}

;// CONCATENATED MODULE: ./src/analyzers/vat-info.ts
/** The vats of one file, by vatID. */
class VatInfo {
    /** Null-prototype record: vatIDs come from untrusted lines ("__proto__", "constructor" …). */
    vats = Object.create(null);
    /** The vat's record (created on first use). */
    vat(vatID) {
        return (this.vats[vatID] ??= { deliveries: 0, minDeliveryNum: Infinity, maxDeliveryNum: -Infinity });
    }
    /** A `create-vat` event. */
    created(info) {
        const v = this.vat(info.vatID);
        if (info.name)
            v.name = info.name;
        if (info.managerType)
            v.managerType = info.managerType;
        if (info.description)
            v.description = info.description;
    }
    /** The vats a `create-vat` event named so far (with a name or a manager type). */
    namedVats() {
        return Object.keys(this.vats).filter((vatID) => this.vats[vatID].name || this.vats[vatID].managerType);
    }
}

;// CONCATENATED MODULE: ./src/analyzers/slog-analysis.ts
/**
 * The analysis of one slog file, fed by the scanner (slog/scanner.ts) as its sink: delivery pairing
 * (delivery-pairing.ts), block windows (block-windows.ts), delivery times per kind and method
 * (delivery-stats.ts), BOYD and heap samples (boyd-samples.ts), vat names (vat-info.ts) and the
 * c-list replay (clist-translations.ts). Each event goes to the units that need it, in the order
 * the results depend on.
 */








class SlogAnalysis {
    diag;
    vats = new VatInfo();
    blocks;
    pairing;
    stats = new DeliveryStats();
    boyd = new BoydSampler();
    clist;
    /** The highest crankNum of a (non-replay) delivery or `clist` event. */
    crankMax = -Infinity;
    constructor(diag, opts = {}) {
        this.diag = diag;
        this.blocks = new BlockWindows(diag);
        this.pairing = new DeliveryPairing(diag, this.vats, opts.skipUpTo ?? {});
        this.clist = new SlogClistReplay(opts.translations !== false, opts.clistGraceSigns, opts.skipCranksUpTo);
    }
    onDeliver(d, buf, line) {
        const { clist } = this;
        const replayed = clist.replayedCrank(d.crankNum);
        this.pairing.deliver(d, line, this.blocks.currentHeight(), replayed);
        this.boyd.delivering(d.vatID, d.kind);
        if (d.crankNum !== undefined && d.crankNum > this.crankMax)
            this.crankMax = d.crankNum;
        if (!replayed)
            this.pairing.od.gcKrefs = this.deliveredKrefs(d, buf);
    }
    /** The c-list changes a new delivery makes; returns the GC krefs it carries (0 unless a GC delivery). */
    deliveredKrefs(d, buf) {
        const vatID = d.vatID;
        const kind = d.kind;
        if (kind === 'dropExports') {
            const krefs = kdDrops(d, buf);
            if (!krefs)
                return 0;
            this.clist.dropExports(vatID, krefs);
            return krefs.length;
        }
        if (isGcDelivery(kind)) {
            const krefs = kdDrops(d, buf);
            // Who retired the entries a retire delivery deletes: the other side (c-list lifecycle counts).
            if (krefs && (kind === 'retireImports' || kind === 'retireExports'))
                this.clist.retireDelivered(vatID, kind, krefs.filter((k) => k.startsWith('ko')).length);
            return krefs?.length ?? 0;
        }
        if ((kind === 'message' || kind === 'notify') && this.clist.hasWeakImports(vatID))
            this.clist.delivered(vatID, kdKrefs(d, buf));
        return 0;
    }
    onDeliverLine(d, buf, start, end) {
        // Not for a crank an earlier file replayed: its line need not be parsed at all.
        if (this.clist.translating && !this.clist.replayedCrank(d.crankNum))
            this.clist.deliverLine(buf, start, end);
    }
    onResult(r, buf, line) {
        const p = this.pairing;
        const seconds = p.result(r, line);
        if (seconds < 0)
            return;
        const o = p.od;
        this.stats.add(o.vatID, o.kind, o.method, seconds, o.height, p.ordinal);
        this.boyd.delivered(o, this.vats.vat(o.vatID), seconds, p.ordinal, r, buf);
    }
    onClist(c, line) {
        const { crankNum } = c;
        if (crankNum !== undefined && crankNum > this.crankMax)
            this.crankMax = crankNum;
        const clist = this.clist;
        if (clist.replayedCrank(crankNum))
            return false;
        if (!clist.clistKeyed(c.mode, c.vatID, c.kref, c.vref)) {
            this.diag.at('late-clist-event', line, `\`clist\` event after ${clist.graceSigns.toLocaleString('en-US')} c-list operations without one: the c-list stays rebuilt from the translations; ignored`);
        }
        return true;
    }
    onSyscallLine(buf, start, end) {
        if (this.clist.translating)
            this.clist.syscallLine(buf, start, end);
    }
    onDropImports(vatID, krefs, crankNum) {
        if (this.clist.replayedCrank(crankNum))
            return false;
        this.clist.dropImports(vatID, krefs);
        return true;
    }
    onSyscallResultLine(buf, start, end) {
        if (this.clist.translating)
            this.clist.syscallResultLine(buf, start, end);
    }
    onTerminateLine(buf, start, end) {
        if (this.clist.translating)
            this.clist.terminateLine(buf, start, end);
    }
    onCreateVat(info) {
        this.vats.created(info);
        if (this.blocks.genesis)
            this.clist.genesisVat(info.vatID);
    }
    onSnapshotSave(vatID) {
        this.boyd.snapshotSave(vatID);
    }
    onBootstrapStart() {
        // Genesis: the vats created so far in this file were initialized with this kernel.
        this.blocks.genesis = true;
        for (const vatID of this.vats.namedVats())
            this.clist.genesisVat(vatID);
    }
    onBootstrapFinish() {
        this.blocks.genesis = false;
    }
    onEndBlockStart(ev, line) {
        this.blocks.endBlockStart(ev, line);
    }
    onEndBlockFinish(ev) {
        this.clist.checkpoint(this.blocks.endBlockFinish(ev));
    }
    onRunStart(ev) {
        return this.blocks.runStart(ev);
    }
    onRunFinish(ev) {
        const h = this.blocks.runFinish(ev);
        if (h !== null)
            this.clist.checkpoint(h);
    }
    onEnd() {
        this.pairing.end();
        this.boyd.finish(this.vats.vats);
    }
}

;// CONCATENATED MODULE: ./src/pipeline/file-scan.ts
/**
 * One streaming pass over one slog file: the scanner (slog/scanner.ts) reads it and feeds the
 * analysis (analyzers/slog-analysis.ts): delivery pairing, block attribution, per-kind/method
 * delivery times, BOYD and heap samples, vat names and the c-list replay. The result is a plain,
 * structured-cloneable `FileScan` (so it can come back from a worker thread) that
 * `merge-scans.ts` combines across stage files in stage order.
 */





async function scanSlogFile(file, opts = {}) {
    const diag = new FileDiagnostics(external_node_path_default().basename(file));
    const analysis = new SlogAnalysis(diag, opts);
    const scanner = new SlogScanner(analysis, diag, { reference: opts.reference, counters: opts.counters });
    const read = await scanner.scan(file, {
        maxLineBytes: opts.maxLineBytes,
        onProgress: opts.onProgress ? (b, l) => opts.onProgress(file, b, l) : undefined,
    });
    const { blocks, pairing, clist } = analysis;
    return {
        path: file,
        stage: (0,stage/* stageOf */.g)(file),
        read,
        events: scanner.events + clist.translatedLines,
        warnings: diag.list(),
        endBlockWindows: blocks.sawEndBlock,
        heightMin: blocks.heightMin,
        heightMax: blocks.heightMax,
        blockRuns: blocks.blockRuns(),
        crankMax: analysis.crankMax === -Infinity ? null : analysis.crankMax,
        swingsetSeconds: blocks.swingsetSeconds,
        firstBlockTime: blocks.firstBlockTime,
        lastBlockTime: blocks.lastBlockTime,
        firstBlockMonotime: blocks.firstBlockMonotime,
        lastBlockMonotime: blocks.lastBlockMonotime,
        deliveries: pairing.ordinal,
        replaySkipped: scanner.replaySkipped + pairing.replaySkipped,
        vats: analysis.vats.vats,
        deliveryAccs: analysis.stats.list(),
        boyd: analysis.boyd.boyd,
        clist: clist.finish(blocks.lastHeight),
    };
}

// EXTERNAL MODULE: ./src/shared/logger.ts
var logger = __nccwpck_require__(4381);
// EXTERNAL MODULE: ./src/shared/number-format.ts
var number_format = __nccwpck_require__(886);
;// CONCATENATED MODULE: ./src/pipeline/scan-files.ts
/**
 * Scans slog files, in worker threads when a worker script is given (up to the number of cores at a
 * time, a worker taking the next file when it is done), else in-process one after the other.
 * Results come back in input order, so the merge is deterministic whatever finishes first.
 *
 * A run of 64 MiB of slog or more is analyzed in the engine worker (engine-worker.ts), whose heap is
 * capped: a single file is scanned in-process there, and with several files the engine thread is one
 * of the lanes. A smaller run is analyzed on the main thread, which is then one of the lanes too
 * (`localLane`); otherwise, on the main thread (the engine called directly), every file goes to a
 * scan worker, whose heap is capped like the engine's. Scan
 * workers get the same small young generation as the engine: a long scan keeps a few objects alive
 * at every scavenge, and V8 then grows the new space of an unconstrained isolate to its maximum,
 * which would make peak RSS grow with the slog's length.
 */





const WORKER_ROLE = 'loadgen-gate-scan';
/**
 * Slog bytes on disk from which the main thread hands work to workers whose heap is capped: the
 * engine (engine-worker.ts) for a whole run this big, the scan of a single file this big. Below
 * it, the main heap stays as small as a worker's and the start of a worker is saved.
 */
const MAIN_THREAD_MAX_SLOG_BYTES = 64 * 1024 * 1024;
/**
 * The heap limits of the engine and scan workers. 4 MiB of young generation: scavenges stay
 * frequent and cheap, so the slog reader's dead objects are freed soon and RSS stays flat over the
 * run's length, and no slower (10x the large fixture at 16 and at 4 MiB: docs/performance.md).
 */
const CAPPED_HEAP_LIMITS = { maxYoungGenerationSizeMb: 4 };
async function scanFiles(files, opts, skips = []) {
    const progress = (file, bytes, lines) => opts.log.info(`  ${file}: ${(0,logger/* mib */.jO)(bytes)} read, ${(0,number_format/* groupDigits */.K)(lines)} lines`);
    const concurrency = Math.max(1, Math.min(opts.concurrency ?? external_node_os_default().availableParallelism(), files.length));
    const scanHere = (i) => scanSlogFile(files[i], { ...skips[i], onProgress: progress, maxLineBytes: opts.maxLineBytes, translations: opts.translations });
    // When this thread is a lane itself, the other lanes are scan workers (none for a single file).
    const local = (opts.localLane ?? !external_node_worker_threads_namespaceObject.isMainThread) ? 1 : 0;
    if (!opts.workerScript || concurrency - local < 1) {
        const out = [];
        for (let i = 0; i < files.length; i++)
            out.push(await scanHere(i));
        return out;
    }
    // One worker per lane, reused for the lane's next file (starting one costs a bundle load). When
    // this thread is a lane itself it does not just wait, and one isolate fewer is less RSS and time
    // (the 4 leaky stage files: docs/performance.md).
    const results = new Array(files.length);
    let next = 0;
    const localLane = async () => {
        while (next < files.length) {
            const i = next++;
            results[i] = await scanHere(i);
        }
    };
    const lane = () => new Promise((resolve, reject) => {
        if (next >= files.length)
            return resolve();
        let current = next++;
        const job = (i) => ({ file: files[i], options: { ...skips[i], maxLineBytes: opts.maxLineBytes, translations: opts.translations } });
        const w = new external_node_worker_threads_namespaceObject.Worker(opts.workerScript, { workerData: { role: WORKER_ROLE, ...job(current) }, resourceLimits: CAPPED_HEAP_LIMITS });
        let failed = false;
        const fail = (e) => {
            failed = true;
            void w.terminate();
            reject(e);
        };
        w.on('message', (m) => {
            if (m?.type === 'progress')
                progress(m.file, m.bytes, m.lines);
            else if (m?.type === 'error')
                fail(new Error(m.message));
            else if (m?.type === 'done') {
                results[current] = m.scan;
                if (next < files.length) {
                    current = next++;
                    w.postMessage({ type: 'scan', ...job(current) });
                }
                else
                    w.postMessage({ type: 'close' });
            }
        });
        w.on('error', (e) => fail(e));
        w.on('exit', (code) => {
            if (failed)
                return;
            if (results[current])
                resolve();
            else
                reject(new Error(`scan worker for ${files[current]} exited with code ${code}`));
        });
    });
    await Promise.all([...Array.from({ length: local }, localLane), ...Array.from({ length: concurrency - local }, lane)]);
    return results;
}
/**
 * Worker side: scan the file in `data`, post the result, then scan the files the main thread sends
 * (`{type: 'scan', file, options}`) until it sends `{type: 'close'}`.
 */
async function runScanWorker(data, post) {
    const scanOne = async (job) => {
        try {
            const scan = await scanSlogFile(job.file, {
                ...job.options,
                onProgress: (file, bytes, lines) => post({ type: 'progress', file, bytes, lines }),
            });
            post({ type: 'done', scan });
        }
        catch (e) {
            post({ type: 'error', message: e.message });
        }
    };
    external_node_worker_threads_namespaceObject.parentPort?.on('message', (m) => {
        if (m?.type === 'scan')
            void scanOne(m);
        else if (m?.type === 'close')
            external_node_worker_threads_namespaceObject.parentPort?.close();
    });
    await scanOne(data);
}

;// CONCATENATED MODULE: ./src/pipeline/merge-scans.ts



function mergeScans(scans) {
    const anyHeights = scans.some((s) => s.heightMax !== null && s.heightMax > 0);
    const allEndBlock = scans.filter((s) => s.heightMax !== null).every((s) => s.endBlockWindows);
    const xAxis = anyHeights ? (allEndBlock ? 'blockHeight' : 'runBlockHeight') : 'deliveryOrdinal';
    const offsets = [];
    let off = 0;
    for (const s of scans) {
        offsets.push(off);
        off += s.deliveries;
    }
    const vats = new Map();
    const get = (vatID) => {
        let v = vats.get(vatID);
        if (!v) {
            v = {
                vatID, name: null, managerType: null, deliveries: 0,
                boyd: { x: [], seconds: [], heap: [], preSnapshot: [], gcKrefs: [] },
                heapFirst: null, heapLast: null, retentionFirst: null, retentionLast: null,
            };
            vats.set(vatID, v);
        }
        return v;
    };
    scans.forEach((s, i) => {
        for (const [vatID, info] of Object.entries(s.vats)) {
            const v = get(vatID);
            if (info.name)
                v.name = info.name;
            if (info.managerType)
                v.managerType = info.managerType;
            v.deliveries += info.deliveries;
            const shift = (p) => (p ? [p[0], p[1]] : null);
            if (!v.heapFirst && info.heapFirst)
                v.heapFirst = shift(info.heapFirst);
            if (info.heapLast)
                v.heapLast = shift(info.heapLast);
            if (!v.retentionFirst && info.retentionFirst)
                v.retentionFirst = info.retentionFirst;
            if (info.retentionLast)
                v.retentionLast = info.retentionLast;
        }
        for (const [vatID, b] of Object.entries(s.boyd))
            appendBoyd(get(vatID), b, xAxis, offsets[i]);
    });
    let heightMin = null;
    let heightMax = null;
    let swingsetSeconds = 0;
    for (const s of scans) {
        if (s.heightMin !== null)
            heightMin = heightMin === null ? s.heightMin : Math.min(heightMin, s.heightMin);
        if (s.heightMax !== null)
            heightMax = heightMax === null ? s.heightMax : Math.max(heightMax, s.heightMax);
        swingsetSeconds += s.swingsetSeconds;
    }
    const blocks = countBlocks(scans);
    if (xAxis === 'deliveryOrdinal') {
        heightMin = scans.some((s) => s.deliveries > 0) ? 1 : null;
        heightMax = off || null;
    }
    return {
        xAxis,
        // Only the summaries: the merged series hold the data, and the bulk can be collected.
        files: scans.map(({ deliveryAccs: _a, boyd: _b, clist: _c, ...summary }) => summary),
        vats,
        deliveryAccs: mergeDeliveryStats(scans.map((s) => s.deliveryAccs), offsets),
        accsByHeight: xAxis !== 'deliveryOrdinal',
        clist: mergeClist(scans.map((s) => s.clist)),
        warnings: Diagnostics.merge(scans.map((s) => s.warnings)),
        heightMin,
        heightMax,
        blocks,
        swingsetSeconds,
        wallSeconds: wallSeconds(scans),
        deliveries: off,
    };
}
const isNum = (v) => typeof v === 'number' && Number.isFinite(v);
/**
 * Wall time from the run's first block to its last: each file's span on the kernel's monotonic
 * clock (`monotime`; it restarts near 0 in each stage file, a new process), else on the wall clock
 * (`time`), plus the wall-clock gaps between consecutive files (the restarts). A wall-clock step
 * back (NTP, a VM resumed) makes a span or gap negative: it counts as nothing, so the total is
 * never negative. Null when no file has a block with a time.
 */
function wallSeconds(scans) {
    let total = null;
    let prevEnd = null;
    for (const s of scans) {
        const span = isNum(s.firstBlockMonotime) && isNum(s.lastBlockMonotime)
            ? s.lastBlockMonotime - s.firstBlockMonotime
            : isNum(s.firstBlockTime) && isNum(s.lastBlockTime)
                ? s.lastBlockTime - s.firstBlockTime
                : NaN;
        if (!Number.isFinite(span))
            continue;
        total = (total ?? 0) + Math.max(0, span);
        if (prevEnd !== null && isNum(s.firstBlockTime))
            total += Math.max(0, s.firstBlockTime - prevEnd);
        if (isNum(s.lastBlockTime))
            prevEnd = s.lastBlockTime;
    }
    return total;
}
function appendBoyd(v, b, axis, ordinalOffset) {
    for (let i = 0; i < b.seconds.length; i++) {
        const x = axis === 'deliveryOrdinal' ? b.ordinal[i] + ordinalOffset : b.height[i];
        // Only in-block BOYDs count on a height axis (bootstrap and init-time reaps are not attributed).
        if (!Number.isFinite(x))
            continue;
        v.boyd.x.push(x);
        v.boyd.seconds.push(b.seconds[i]);
        v.boyd.heap.push(b.heap[i]);
        v.boyd.preSnapshot.push(b.preSnapshot[i]);
        v.boyd.gcKrefs.push(b.gcKrefs[i] ?? 0);
    }
}
/**
 * Cross-file de-duplication: when a later file repeats deliveries that an earlier file already
 * counted (overlapping or repeated stage files), returns, per affected file index, what to skip:
 * per vat, the deliveryNum up to which its deliveries were counted, and the crankNum up to which
 * the c-list changes were replayed (the highest of the earlier files). The caller re-scans only
 * those files.
 */
function overlaps(scans) {
    const maxSoFar = Object.create(null);
    let crankSoFar = -Infinity;
    const out = new Map();
    scans.forEach((s, i) => {
        for (const [vatID, info] of Object.entries(s.vats)) {
            if (!info.deliveries || info.stuckCounter)
                continue;
            const prev = maxSoFar[vatID];
            if (prev !== undefined && info.minDeliveryNum <= prev) {
                const rec = out.get(i) ?? { skipUpTo: Object.create(null), skipCranksUpTo: crankSoFar };
                rec.skipUpTo[vatID] = prev;
                out.set(i, rec);
            }
        }
        for (const [vatID, info] of Object.entries(s.vats)) {
            if (!info.deliveries || info.stuckCounter)
                continue;
            maxSoFar[vatID] = Math.max(maxSoFar[vatID] ?? -Infinity, info.maxDeliveryNum);
        }
        if (s.crankMax !== null)
            crankSoFar = Math.max(crankSoFar, s.crankMax);
    });
    return out;
}
/**
 * Distinct block heights over all files: a height two stage files share (the last block re-run
 * after a restart, docs/formats.md 2.1) is one block. Runs are whole heights [first, last], or a
 * single other height [h, h] (analyzers/block-windows.ts, `blockRuns`).
 */
function countBlocks(scans) {
    const runs = scans.flatMap((s) => s.blockRuns).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let count = 0;
    let end = -Infinity;
    for (const [a, b] of runs) {
        if (b <= end)
            continue;
        // The heights of this run past the last one counted.
        count += a === b ? 1 : b - Math.max(a, Math.floor(end) + 1) + 1;
        end = b;
    }
    return count;
}

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __nccwpck_require__(6466);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __nccwpck_require__(8382);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");
var external_node_readline_default = /*#__PURE__*/__nccwpck_require__.n(external_node_readline_namespaceObject);
;// CONCATENATED MODULE: ./src/kernel-db/tar.ts


// mode owner size date time name  (size may be "maj,min" for devices; date/time vary with --full-time)
const LINE_RE = /^(\S)\S*\s+\S+\s+(\S+)\s+(\d{4,}-\d\d-\d\d \d\d:\d\d(?::\d\d(?:\.\d+)?)?|-?\d+) (.*)$/s;
function unescapeTarName(s, lenient = false) {
    if (!s.includes('\\'))
        return s;
    const bytes = [];
    const simple = { n: 10, t: 9, r: 13, f: 12, v: 11, b: 8, a: 7, '\\': 92, ' ': 32, '"': 34, "'": 39, '?': 63 };
    for (let i = 0; i < s.length; i++) {
        const ch = s[i];
        if (ch !== '\\' || i === s.length - 1) {
            for (const b of Buffer.from(ch, 'utf8'))
                bytes.push(b);
            continue;
        }
        const next = s[i + 1];
        const oct = /^[0-7]{1,3}/.exec(s.slice(i + 1, i + 4));
        if (oct) {
            bytes.push(parseInt(oct[0], 8) & 0xff);
            i += oct[0].length;
        }
        else if (next in simple) {
            bytes.push(simple[next]);
            i += 1;
        }
        else {
            bytes.push(92);
        }
    }
    try {
        return new TextDecoder('utf-8', { fatal: !lenient }).decode(Uint8Array.from(bytes));
    }
    catch {
        return undefined;
    }
}
/** Parse one line of `LC_ALL=C tar -tv --quoting-style=escape` output; undefined if it does not parse. */
function parseTarVerboseLine(line) {
    const m = LINE_RE.exec(line);
    if (!m)
        return undefined;
    const type = m[1];
    const sizeField = m[2];
    let rest = m[4];
    let linkTarget;
    if (type === 'l') {
        const at = rest.indexOf(' -> ');
        if (at >= 0) {
            linkTarget = rest.slice(at + 4);
            rest = rest.slice(0, at);
        }
    }
    else if (type === 'h') {
        const at = rest.indexOf(' link to ');
        if (at >= 0) {
            linkTarget = rest.slice(at + 9);
            rest = rest.slice(0, at);
        }
    }
    // A name that is not UTF-8 is kept with U+FFFD for its bad bytes: its `..` and `/` are still
    // seen (an unsafe name refuses the archive), and it never equals a member we would extract.
    const name = unescapeTarName(rest, true);
    const size = /^\d+$/.test(sizeField) ? Number(sizeField) : 0;
    const entry = { type, name, size, line };
    if (linkTarget !== undefined)
        entry.linkTarget = unescapeTarName(linkTarget) ?? linkTarget;
    return entry;
}
/** True for absolute names or names with a `..` component (either separator). */
function isUnsafeMemberName(name) {
    if (name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name))
        return true;
    return name.split(/[\\/]+/).some((c) => c === '..');
}
/** Environment for tar: stable C locale, no TAR_OPTIONS injection. */
function tarEnv() {
    const env = { ...process.env, LC_ALL: 'C', LANG: 'C' };
    delete env.TAR_OPTIONS;
    return env;
}
const MAX_STDERR = 64 * 1024;
/**
 * Run `tar` with an argument array (never a shell). `onLine` receives each stdout line; it may
 * return `false` to stop early (tar is then killed and `stopped` is true).
 */
function runTar(args, onLine) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)('tar', args, { stdio: ['ignore', 'pipe', 'pipe'], env: tarEnv() });
        let stderr = '';
        let stopped = false;
        child.stderr.setEncoding('utf8');
        child.stderr.on('data', (chunk) => {
            if (stderr.length < MAX_STDERR)
                stderr += chunk.slice(0, MAX_STDERR - stderr.length);
        });
        let rl;
        if (onLine) {
            rl = external_node_readline_default().createInterface({ input: child.stdout, crlfDelay: Infinity });
            rl.on('line', (line) => {
                if (stopped)
                    return;
                if (onLine(line) === false) {
                    stopped = true;
                    rl?.close();
                    child.kill('SIGKILL');
                }
            });
        }
        else {
            child.stdout.resume();
        }
        child.on('error', (err) => reject(err));
        child.on('close', (code, signal) => {
            const firstLine = stderr
                .split('\n')
                .map((l) => l.trim())
                .find((l) => l.length > 0 && !/Removing leading/.test(l)) ?? '';
            resolve({ code, signal, stderr, stderrFirstLine: firstLine, stopped });
        });
    });
}

;// CONCATENATED MODULE: ./src/kernel-db/open-snapshot.ts











const DB_NAME = 'swingstore.sqlite';
const ONE_MIB = 1024 * 1024;
/**
 * Temporary copies made by {@link openSnapshot}. `censusSnapshot` may open these read-write as a
 * fallback (a WAL DB without `-shm`); the caller's own files are only ever opened read-only.
 */
const ownedCopies = new Set();
/** True when `dbPath` is a temporary copy made by {@link openSnapshot} (safe to open writable). */
function isOwnedCopy(dbPath) {
    return ownedCopies.has(external_node_path_default().resolve(dbPath));
}
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
const XZ_MAGIC = Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]);
async function detectFormat(file) {
    let st;
    try {
        st = await promises_default().stat(file);
    }
    catch (err) {
        throw new shared_limits/* InputError */.w(`${file}: cannot read snapshot: ${err.message}`);
    }
    if (st.isDirectory())
        return { kind: 'dir' };
    const lower = external_node_path_default().basename(file).toLowerCase();
    if (/\.(tar\.xz|txz)$/.test(lower))
        return { kind: 'tar', compression: '-J' };
    if (/\.(tar\.gz|tgz)$/.test(lower))
        return { kind: 'tar', compression: '-z' };
    if (lower.endsWith('.tar'))
        return { kind: 'tar', compression: undefined };
    const head = Buffer.alloc(16);
    const fh = await promises_default().open(file, 'r');
    let n = 0;
    try {
        ({ bytesRead: n } = await fh.read(head, 0, 16, 0));
    }
    finally {
        await fh.close();
    }
    const magic = head.subarray(0, n);
    if (magic.length >= 16 && magic.equals(SQLITE_MAGIC))
        return { kind: 'sqlite' };
    if (magic.subarray(0, 2).equals(GZIP_MAGIC) || lower.endsWith('.gz'))
        return { kind: 'gzip' };
    if (magic.subarray(0, 6).equals(XZ_MAGIC) || lower.endsWith('.xz'))
        return { kind: 'tar', compression: '-J' };
    if (/\.(sqlite|sqlite3|db)$/.test(lower))
        return { kind: 'sqlite' };
    throw new shared_limits/* InputError */.w(`${file}: unrecognized snapshot format (expected swingstore.sqlite, *.sqlite.gz or chain-stage-N-storage.tar.xz)`);
}
async function exists(p) {
    try {
        await promises_default().access(p);
        return true;
    }
    catch {
        return false;
    }
}
async function makeTempDir(tmpRoot) {
    const root = tmpRoot ?? external_node_os_default().tmpdir();
    await promises_default().mkdir(root, { recursive: true });
    return (0,temp_dirs/* makeTempDir */.mk)(root, 'loadgen-gate-kdb-');
}
function tempResult(dir, dbPath, member) {
    const abs = external_node_path_default().resolve(dbPath);
    ownedCopies.add(abs);
    let done = false;
    const result = {
        dbPath: abs,
        tempDir: dir,
        async cleanup() {
            if (done)
                return;
            done = true;
            ownedCopies.delete(abs);
            await (0,temp_dirs/* removeTempDir */.CT)(dir);
        },
    };
    if (member !== undefined)
        result.member = member;
    return result;
}
/**
 * Make a kernel-DB snapshot readable as a plain SQLite file.
 *
 * - `swingstore.sqlite` (or a directory holding it, e.g. a chain home): used in place; if a
 *   `-wal` sibling exists the DB (+ `-wal`/`-shm`) is copied to a temp dir first so that the
 *   caller's files are never touched.
 * - `*.sqlite.gz`: gunzipped (streaming, capped by `limits`) into a temp dir.
 * - `chain-stage-N-storage.tar.xz` (also `.tar.gz`, `.tar`): listed with the system tar, checked
 *   (no absolute / `..` names anywhere; the selected `swingstore.sqlite` and its `-wal`/`-shm`
 *   must be regular files, appear once, and fit the limits), then only those members are
 *   extracted into a fresh temp dir.
 *
 * Problems with the input throw {@link InputError}; the temp dir is removed on failure.
 */
async function openSnapshot(file, opts = {}) {
    const limits = opts.limits ?? shared_limits/* DEFAULT_LIMITS */.d;
    const format = await detectFormat(file);
    switch (format.kind) {
        case 'dir':
            return openDirectory(file, opts);
        case 'sqlite':
            return openPlain(file, opts);
        case 'gzip':
            return openGzip(file, limits, opts.tmpRoot);
        case 'tar':
            return openTar(file, format.compression, limits, opts.tmpRoot);
    }
}
async function openDirectory(dir, opts) {
    for (const rel of [DB_NAME, `data/agoric/${DB_NAME}`, `data/ag-cosmos-chain-state/${DB_NAME}`]) {
        const p = external_node_path_default().join(dir, rel);
        if (await exists(p))
            return openPlain(p, opts);
    }
    throw new shared_limits/* InputError */.w(`${dir}: no ${DB_NAME} in directory (looked in ., data/agoric, data/ag-cosmos-chain-state)`);
}
async function openPlain(file, opts) {
    if (!(await exists(`${file}-wal`))) {
        return { dbPath: external_node_path_default().resolve(file), async cleanup() { } };
    }
    // A WAL DB: reading it may need to create/write `-shm` (or checkpoint). Work on a copy.
    const dir = await makeTempDir(opts.tmpRoot);
    try {
        const dbPath = external_node_path_default().join(dir, DB_NAME);
        await promises_default().copyFile(file, dbPath);
        await promises_default().copyFile(`${file}-wal`, `${dbPath}-wal`);
        if (await exists(`${file}-shm`))
            await promises_default().copyFile(`${file}-shm`, `${dbPath}-shm`);
        return tempResult(dir, dbPath);
    }
    catch (err) {
        await (0,temp_dirs/* removeTempDir */.CT)(dir);
        throw new shared_limits/* InputError */.w(`${file}: cannot copy WAL database: ${err.message}`);
    }
}
class LimitExceeded extends Error {
}
/** Counts bytes flowing through; errors out when a cap is exceeded. */
function byteCap(maxBytes, compressedSize, maxRatio, what) {
    let total = 0;
    return new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            total += chunk.length;
            if (total > maxBytes) {
                cb(new LimitExceeded(`${what} exceeds ${maxBytes} bytes uncompressed (limits.maxFileBytes/maxTotalBytes)`));
                return;
            }
            if (total > ONE_MIB && compressedSize > 0 && total / compressedSize > maxRatio) {
                cb(new LimitExceeded(`${what} exceeds compression ratio ${maxRatio} (limits.maxRatio)`));
                return;
            }
            cb(null, chunk);
        },
    });
}
async function openGzip(file, limits, tmpRoot) {
    const { size } = await promises_default().stat(file);
    const dir = await makeTempDir(tmpRoot);
    const dbPath = external_node_path_default().join(dir, DB_NAME);
    try {
        await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(file), (0,external_node_zlib_namespaceObject.createGunzip)(), byteCap(Math.min(limits.maxFileBytes, limits.maxTotalBytes), size, limits.maxRatio, 'decompressed DB'), (0,external_node_fs_.createWriteStream)(dbPath, { flags: 'wx', mode: 0o600 }));
    }
    catch (err) {
        await (0,temp_dirs/* removeTempDir */.CT)(dir);
        const msg = err.message;
        throw new shared_limits/* InputError */.w(err instanceof LimitExceeded ? `${file}: ${msg}` : `${file}: cannot gunzip snapshot: ${msg}`);
    }
    return tempResult(dir, dbPath);
}
const TYPE_NAMES = {
    l: 'a symlink',
    h: 'a hard link',
    c: 'a character device',
    b: 'a block device',
    p: 'a FIFO',
    d: 'a directory',
    s: 'a socket',
};
function isDbName(name, suffix = '') {
    const want = DB_NAME + suffix;
    return name === want || name.endsWith(`/${want}`);
}
/** Rank candidates: regular files first, then `/data/agoric/`, then the shortest path, then archive order. */
function pickPrimary(cands) {
    const score = (e) => [
        e.type === '-' ? 0 : 1,
        /(^|\/)data\/agoric\/swingstore\.sqlite$/.test(e.name) ? 0 : 1,
        e.name.length,
    ];
    let best = cands[0];
    for (const c of cands.slice(1)) {
        const a = score(c);
        const b = score(best);
        if (a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2]))))
            best = c;
    }
    return best;
}
/**
 * Pass 1: lists the archive (verbose, escaped names, C locale) and vets every member as it is
 * listed: the member count, the listed sizes against the total and ratio caps (every member's, not
 * only the selected ones': listing and extracting both inflate the whole stream, so a small archive
 * of gigabytes of zeros beside the DB would cost hours), and no absolute or `..` name anywhere.
 * Keeps the members named like the DB or its WAL siblings.
 */
async function listTarMembers(file, common, archiveSize, limits) {
    let count = 0;
    let listedTotal = 0;
    /** The first reason to refuse the archive, found while listing (the listing then stops). */
    let refusal;
    let unparsedDbLine;
    let sawMdb = false;
    const cands = [];
    const onLine = (line) => {
        if (++count > limits.maxEntries) {
            refusal = `archive has more than ${limits.maxEntries} members (limits.maxEntries)`;
            return false;
        }
        const e = parseTarVerboseLine(line);
        if (!e) {
            if (line.includes(DB_NAME))
                unparsedDbLine = line;
            return true;
        }
        listedTotal += e.size;
        if (listedTotal > limits.maxTotalBytes) {
            refusal = `refusing archive: its members total over ${listedTotal} bytes (limits.maxTotalBytes ${limits.maxTotalBytes})`;
            return false;
        }
        if (listedTotal > ONE_MIB && archiveSize > 0 && listedTotal / archiveSize > limits.maxRatio) {
            refusal = `refusing archive: its members total over ${listedTotal} bytes, more than ${limits.maxRatio} times the ${archiveSize}-byte archive (limits.maxRatio)`;
            return false;
        }
        if (isUnsafeMemberName(e.name)) {
            refusal = `unsafe member path "${e.name}" (absolute or containing ".."); refusing archive`;
            return false;
        }
        if (isDbName(e.name) || isDbName(e.name, '-wal') || isDbName(e.name, '-shm') || isDbName(e.name.replace(/\/+$/, ''))) {
            cands.push(e);
        }
        if (/(^|\/)data\.mdb$/.test(e.name))
            sawMdb = true;
        return true;
    };
    let listing;
    try {
        listing = await runTar(['-t', '-v', ...common, '--quoting-style=escape', '--numeric-owner', '--utc'], onLine);
    }
    catch (err) {
        throw new errors/* SnapshotError */.J(file, `${file}: cannot run system tar: ${err.message}`);
    }
    if (refusal !== undefined)
        throw new shared_limits/* InputError */.w(`${file}: ${refusal}`);
    if (listing.code !== 0) {
        throw new shared_limits/* InputError */.w(`${file}: not a readable tar archive: ${listing.stderrFirstLine || `tar exited with ${listing.code ?? listing.signal}`}`);
    }
    if (unparsedDbLine !== undefined) {
        throw new shared_limits/* InputError */.w(`${file}: cannot parse tar listing line: ${JSON.stringify(unparsedDbLine)}`);
    }
    return { cands, sawMdb };
}
/**
 * Picks the DB member and its `-wal`/`-shm` siblings from the listed candidates: each must appear
 * once and be a regular file.
 */
function selectTarMembers(file, { cands, sawMdb }) {
    const mains = cands.filter((e) => isDbName(e.name.replace(/\/+$/, '')));
    if (mains.length === 0) {
        const hint = sawMdb ? ' (found LMDB data.mdb: pre-2022-10 swing-store is not supported)' : '';
        throw new shared_limits/* InputError */.w(`${file}: no ${DB_NAME} member in archive${hint}`);
    }
    const member = pickPrimary(mains).name;
    const selected = [];
    for (const name of [member, `${member}-wal`, `${member}-shm`]) {
        const hits = cands.filter((e) => e.name === name || e.name.replace(/\/+$/, '') === name);
        if (hits.length === 0)
            continue;
        if (hits.length > 1)
            throw new shared_limits/* InputError */.w(`${file}: member "${name}" appears ${hits.length} times; refusing archive`);
        const e = hits[0];
        if (e.type !== '-') {
            const what = TYPE_NAMES[e.type] ?? `of type '${e.type}'`;
            const target = e.linkTarget !== undefined ? ` -> ${e.linkTarget}` : '';
            throw new shared_limits/* InputError */.w(`${file}: member "${name}" is ${what}${target}, not a regular file; refusing to extract`);
        }
        selected.push(e);
    }
    return selected;
}
/**
 * Pass 2: extracts only the named members into `dir` and checks what landed: inside `dir`,
 * regular files, within the size caps. Returns nothing; throws InputError.
 */
async function extractTarMembers(file, common, dir, names, archiveSize, limits) {
    const res = await runTar([
        '-x',
        ...common,
        '-C',
        dir,
        '--no-same-owner',
        '--no-same-permissions',
        '--no-wildcards',
        '--no-unquote',
        '--no-recursion',
        // Stop reading once each named member is out (GNU tar), not at the end of the stream.
        '--occurrence=1',
        '--warning=no-timestamp',
        '--',
        ...names,
    ]);
    if (res.code !== 0) {
        throw new shared_limits/* InputError */.w(`${file}: extracting "${names[0]}" failed: ${res.stderrFirstLine || `tar exited with ${res.code ?? res.signal}`}`);
    }
    const onDisk = [];
    const root = external_node_path_default().resolve(dir) + (external_node_path_default()).sep;
    for (const name of names) {
        const p = external_node_path_default().resolve(dir, name);
        if (!p.startsWith(root))
            throw new shared_limits/* InputError */.w(`${file}: member "${name}" escapes the extraction directory`);
        const st = await promises_default().lstat(p).catch(() => undefined);
        if (!st)
            throw new shared_limits/* InputError */.w(`${file}: member "${name}" missing after extraction`);
        if (!st.isFile())
            throw new shared_limits/* InputError */.w(`${file}: member "${name}" is not a regular file after extraction`);
        onDisk.push([name, st.size]);
    }
    checkSizes(file, onDisk, archiveSize, limits);
}
/**
 * A storage tarball, with the system tar: list and vet every member, select the DB and its WAL
 * siblings, check their listed sizes, then extract only those into a fresh temp dir.
 */
async function openTar(file, compression, limits, tmpRoot) {
    const { size: archiveSize } = await promises_default().stat(file);
    const common = ['-f', file, '--force-local', ...(compression ? [compression] : [])];
    const selected = selectTarMembers(file, await listTarMembers(file, common, archiveSize, limits));
    // Size limits from the listing (checked again on disk after extraction).
    checkSizes(file, selected.map((e) => [e.name, e.size]), archiveSize, limits);
    const names = selected.map((e) => e.name);
    const dir = await makeTempDir(tmpRoot);
    try {
        await extractTarMembers(file, common, dir, names, archiveSize, limits);
        return tempResult(dir, external_node_path_default().resolve(dir, names[0]), names[0]);
    }
    catch (err) {
        await (0,temp_dirs/* removeTempDir */.CT)(dir);
        if (err instanceof shared_limits/* InputError */.w)
            throw err;
        throw new shared_limits/* InputError */.w(`${file}: extracting "${names[0]}" failed: ${err.message}`);
    }
}
function checkSizes(file, sizes, archiveSize, limits) {
    let total = 0;
    for (const [name, size] of sizes) {
        if (size > limits.maxFileBytes) {
            throw new shared_limits/* InputError */.w(`${file}: member "${name}" is ${size} bytes, over limits.maxFileBytes ${limits.maxFileBytes}`);
        }
        total += size;
    }
    if (total > limits.maxTotalBytes) {
        throw new shared_limits/* InputError */.w(`${file}: selected members total ${total} bytes, over limits.maxTotalBytes ${limits.maxTotalBytes}`);
    }
    if (total > ONE_MIB && archiveSize > 0 && total / archiveSize > limits.maxRatio) {
        throw new shared_limits/* InputError */.w(`${file}: selected members (${total} bytes) exceed compression ratio ${limits.maxRatio} of the ${archiveSize}-byte archive (limits.maxRatio)`);
    }
}

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
// EXTERNAL MODULE: ./src/shared/node-support.ts
var node_support = __nccwpck_require__(6031);
;// CONCATENATED MODULE: ./src/kernel-db/sqlite-open.ts
/**
 * Opening a swing-store SQLite file for the census: a cheap header check first (so a truncated or
 * foreign file gets a clear one-line error), then a read-only open that leaves nothing beside it.
 */





const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** Cheap sanity check of the 100-byte SQLite header: magic and "file shorter than the header says". */
function checkHeader(dbPath, where) {
    let fd;
    try {
        fd = external_node_fs_default().openSync(dbPath, 'r');
    }
    catch (err) {
        throw new shared_limits/* InputError */.w(`${where}: cannot open: ${err.message}`);
    }
    try {
        const head = Buffer.alloc(100);
        const n = external_node_fs_default().readSync(fd, head, 0, 100, 0);
        if (n < 100 || !head.subarray(0, 16).equals(SQLITE_HEADER)) {
            throw new shared_limits/* InputError */.w(`${where}: not a SQLite database (bad header)`);
        }
        const rawPage = head.readUInt16BE(16);
        const pageSize = rawPage === 1 ? 65536 : rawPage;
        const pageCount = head.readUInt32BE(28);
        const changeCounter = head.readUInt32BE(24);
        const validFor = head.readUInt32BE(92);
        const size = external_node_fs_default().fstatSync(fd).size;
        if (pageCount > 0 && changeCounter === validFor && size < pageCount * pageSize) {
            throw new shared_limits/* InputError */.w(`${where}: SQLite file is truncated (${size} bytes, header says ${pageCount} pages of ${pageSize} bytes)`);
        }
    }
    finally {
        external_node_fs_default().closeSync(fd);
    }
}
/**
 * How SQLite is to open `dbPath` read-only. A DB with no `-wal` or `-journal` file beside it has all
 * its content in the main file, and is opened `immutable`: SQLite then takes no locks and creates
 * nothing next to it. Opened plainly, a WAL-mode file (a swing-store closed cleanly is one) gets a
 * `-shm` and a `-wal` file beside it even read-only, and in a read-only directory cannot be opened
 * at all. A DB with a `-wal` or `-journal` (an owned copy: see openPlain) is opened as usual, so
 * that SQLite reads them.
 */
function readOnlyLocation(dbPath) {
    if (external_node_fs_default().existsSync(`${dbPath}-wal`) || external_node_fs_default().existsSync(`${dbPath}-journal`))
        return dbPath;
    const url = (0,external_node_url_namespaceObject.pathToFileURL)(external_node_path_default().resolve(dbPath));
    url.searchParams.set('immutable', '1');
    return url;
}
/**
 * Opens the DB read-only; with `allowWrite`, read-write when a read-only open fails (a WAL DB
 * without `-shm` in a read-only place). Throws an InputError naming `where`.
 */
function openDb(dbPath, where, allowWrite) {
    const Sqlite = (0,node_support/* requireSqlite */._2)(where).DatabaseSync;
    checkHeader(dbPath, where);
    let firstErr;
    try {
        const db = new Sqlite(readOnlyLocation(dbPath), { readOnly: true });
        try {
            db.prepare('SELECT 1 FROM sqlite_master LIMIT 1').get();
            return db;
        }
        catch (err) {
            db.close();
            throw err;
        }
    }
    catch (err) {
        firstErr = err;
    }
    if (allowWrite) {
        let db;
        try {
            db = new Sqlite(dbPath, { readOnly: false });
            db.prepare('SELECT 1 FROM sqlite_master LIMIT 1').get();
            return db;
        }
        catch {
            db?.close(); // report the read-only error below
        }
    }
    throw new shared_limits/* InputError */.w(`${where}: cannot open SQLite swing-store: ${firstErr.message}`);
}

;// CONCATENATED MODULE: ./src/kernel-db/kv-reader.ts

const TEMP_TABLE = 'temp.census_kv';
/** True when a point lookup on kvStore.key is an index seek (not a scan, not an automatic index). */
function hasKeyIndex(db) {
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT value FROM kvStore WHERE key = ?').all();
    return plan.some((r) => /^SEARCH\b/.test(String(r.detail)) && !/AUTOMATIC/.test(String(r.detail)));
}
function openKvReader(db) {
    const hasKv = db.prepare("SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = 'kvStore'").get();
    if (!hasKv)
        throw new shared_limits/* InputError */.w('no kvStore table (not a swing-store DB)');
    let table = 'kvStore';
    let keyIndex = 'table';
    if (!hasKeyIndex(db)) {
        // One scan of kvStore; the vatstore (`v<digits>.vs.…`) is never read by the census. A duplicate
        // key (possible without the PRIMARY KEY) keeps its first row.
        db.exec(`CREATE TEMP TABLE IF NOT EXISTS census_kv (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
             DELETE FROM ${TEMP_TABLE};
             INSERT OR IGNORE INTO ${TEMP_TABLE} (key, value)
               SELECT key, value FROM main.kvStore WHERE key IS NOT NULL AND key NOT GLOB 'v[0-9]*.vs.*'`);
        table = TEMP_TABLE;
        keyIndex = 'temporary';
    }
    const prepare = (sql) => db.prepare(sql.replace(/\bKV\b/g, table));
    const getStmt = prepare('SELECT value FROM KV WHERE key = ?');
    const rangeStmt = prepare('SELECT key, value FROM KV WHERE key >= ? AND key < ?');
    const reader = {
        table,
        keyIndex,
        rows: 0,
        prepare,
        get(key) {
            const r = getStmt.get(key);
            if (!r)
                return undefined;
            reader.rows++;
            return r.value == null ? undefined : String(r.value);
        },
        *range(lo, hi) {
            for (const r of rangeStmt.iterate(lo, hi)) {
                reader.rows++;
                yield [String(r.key), r.value == null ? '' : String(r.value)];
            }
        },
    };
    return reader;
}

;// CONCATENATED MODULE: ./src/kernel-db/census-vats.ts
const NO_OWNER = '?';
/** The decider of a promise without `kpN.decider`: a message's result still queued in the kernel. */
const KERNEL_DECIDER = 'kernel';
/** Numeric order for `v12` style IDs; anything else sorts after, lexically. */
function compareVatIDs(a, b) {
    const ma = /^v(\d+)$/.exec(a);
    const mb = /^v(\d+)$/.exec(b);
    if (ma && mb)
        return Number(ma[1]) - Number(mb[1]);
    if (ma)
        return -1;
    if (mb)
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Classify a c-list value `"<R|_> <vref>"` (legacy values without a flag count as reachable). */
function parseClistValue(value) {
    if (value.length >= 2 && value[1] === ' ' && (value[0] === 'R' || value[0] === '_')) {
        return { reachable: value[0] === 'R', vref: value.slice(2) };
    }
    return { reachable: true, vref: value };
}
function parseJson(v) {
    if (v === undefined)
        return undefined;
    try {
        return JSON.parse(v);
    }
    catch {
        return undefined;
    }
}
function toInt(v) {
    if (typeof v !== 'string' && typeof v !== 'number')
        return undefined;
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
}
const stringSet = (v) => new Set(Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
/** The vats: `vat.name.*` ∪ `vat.dynamicIDs` ∪ any `vNN` with a c-list. */
function readVatDirectory(kv) {
    const names = new Map();
    for (const [key, value] of kv.range('vat.name.', 'vat.name/')) {
        const vatID = value.trim();
        if (/^v\d+$/.test(vatID) && !names.has(vatID))
            names.set(vatID, key.slice('vat.name.'.length));
    }
    const dynamic = stringSet(parseJson(kv.get('vat.dynamicIDs')));
    const terminated = stringSet(parseJson(kv.get('vats.terminated')));
    const vatIDs = new Set([...names.keys(), ...dynamic]);
    // Skip-scan over `v<digits>.` prefixes: one index seek per distinct prefix.
    const nextGe = kv.prepare("SELECT key FROM KV WHERE key >= ? AND key < 'v:' ORDER BY key LIMIT 1");
    const nextGt = kv.prepare("SELECT key FROM KV WHERE key > ? AND key < 'v:' ORDER BY key LIMIT 1");
    const hasClist = kv.prepare('SELECT 1 AS x FROM KV WHERE key >= ? AND key < ? LIMIT 1');
    let r = nextGe.get('v0');
    while (r) {
        const key = String(r.key);
        const m = /^v(\d+)\./.exec(key);
        if (m) {
            const vatID = `v${m[1]}`;
            if (!vatIDs.has(vatID) && hasClist.get(`${vatID}.c.`, `${vatID}.c/`))
                vatIDs.add(vatID);
            r = nextGe.get(`${vatID}/`);
        }
        else {
            r = nextGt.get(key);
        }
    }
    return { vatIDs: [...vatIDs].sort(compareVatIDs), names, dynamic, terminated };
}
/** Name, worker type, import counter and dynamic/terminated marks of one vat. */
function readVatInfo(kv, vatID, dir) {
    const vat = {
        vatID,
        exports: { reachable: 0, recognizableOnly: 0 },
        imports: { reachable: 0, recognizableOnly: 0 },
        promises: 0,
        devices: 0,
    };
    const options = parseJson(kv.get(`${vatID}.options`));
    const name = dir.names.get(vatID) ?? (typeof options?.name === 'string' ? options.name : undefined);
    if (name !== undefined)
        vat.name = name;
    const mt = options?.workerOptions?.type ?? options?.managerType;
    if (typeof mt === 'string')
        vat.managerType = mt;
    const nextID = toInt(kv.get(`${vatID}.o.nextID`));
    if (nextID !== undefined)
        vat.nextImportID = nextID;
    if (dir.dynamic.has(vatID))
        vat.dynamic = true;
    if (dir.terminated.has(vatID))
        vat.terminated = true;
    return vat;
}
/** Keeps `(key, edge)` pairs for one vat, created on first use. */
function edgeFor(m, key, make) {
    let e = m.get(key);
    if (!e)
        m.set(key, (e = make()));
    return e;
}
const isSubscriber = (subscribers, vatID) => subscribers != null && String(subscribers).split(',').some((s) => s.trim() === vatID);
/**
 * Reads one vat's c-list into `vat`; returns its import edges (by exporter) and unresolved promise
 * edges (by decider). The c-list's kref keys are read in three kinds of key range, each joined only
 * with what it needs: objects (`vNN.c.ko…`) with `koN.owner`, promises (`vNN.c.kp…`) with
 * `kpN.state`, `.decider` and `.subscribers`, and the rest (devices, anything else) plain.
 */
class ClistReader {
    kv;
    objects;
    promises;
    plain;
    constructor(kv) {
        this.kv = kv;
        // ?1: 1-based offset of the kref in the key; ?2, ?3: the key range.
        this.objects = kv.prepare(`SELECT c.value, o.value FROM KV c
         LEFT JOIN KV o
           ON (substr(c.value, 3, 2) = 'o-' OR substr(c.value, 1, 2) = 'o-')
          AND o.key = (substr(c.key, ?1) || '.owner')
       WHERE c.key >= ?2 AND c.key < ?3`);
        this.promises = kv.prepare(`SELECT c.value, NULL, s.value, d.value, u.value FROM KV c
         LEFT JOIN KV s ON s.key = (substr(c.key, ?1) || '.state')
         LEFT JOIN KV d ON d.key = (substr(c.key, ?1) || '.decider')
         LEFT JOIN KV u ON u.key = (substr(c.key, ?1) || '.subscribers')
       WHERE c.key >= ?2 AND c.key < ?3`);
        this.plain = kv.prepare('SELECT value FROM KV WHERE key >= ? AND key < ?');
        for (const st of [this.objects, this.promises, this.plain])
            st.setReturnArrays(true);
    }
    read(vat) {
        const { vatID } = vat;
        const byExporter = new Map();
        const byDecider = new Map();
        const split = { exports: 0, imports: 0 };
        let entries = 0;
        let unresolved = 0;
        /** One c-list row: its value, and the joined owner / state / decider / subscribers (or null). */
        const take = (row) => {
            this.kv.rows++;
            entries++;
            for (let i = 1; i < row.length; i++)
                if (row[i] != null)
                    this.kv.rows++;
            const { reachable, vref } = parseClistValue(row[0] == null ? '' : String(row[0]));
            const t = vref[0];
            if (t === 'o') {
                const side = vref[1] === '+' ? vat.exports : vref[1] === '-' ? vat.imports : null;
                if (!side)
                    return;
                if (reachable)
                    side.reachable++;
                else
                    side.recognizableOnly++;
                if (side !== vat.imports)
                    return;
                const exporter = row[1] == null ? NO_OWNER : String(row[1]);
                const edge = edgeFor(byExporter, exporter, () => ({ importer: vatID, exporter, total: 0, reachable: 0 }));
                edge.total++;
                if (reachable)
                    edge.reachable++;
            }
            else if (t === 'p') {
                vat.promises++;
                if (vref[1] === '+')
                    split.exports++;
                else if (vref[1] === '-')
                    split.imports++;
                if (row[2] == null || String(row[2]) !== 'unresolved')
                    return;
                unresolved++;
                const decider = row[3] == null || String(row[3]) === '' ? KERNEL_DECIDER : String(row[3]);
                const edge = edgeFor(byDecider, decider, () => ({ holder: vatID, decider, unresolved: 0, subscribed: 0 }));
                edge.unresolved++;
                if (isSubscriber(row[4], vatID))
                    edge.subscribed++;
            }
            else if (t === 'd') {
                vat.devices++;
            }
        };
        const c = `${vatID}.c.`;
        const krefStart = c.length + 1;
        for (const row of this.objects.iterate(krefStart, `${c}ko`, `${c}kp`))
            take(row);
        for (const row of this.promises.iterate(krefStart, `${c}kp`, `${c}kq`))
            take(row);
        for (const [lo, hi] of [[`${c}k`, `${c}ko`], [`${c}kq`, `${c}l`]]) {
            for (const row of this.plain.iterate(lo, hi))
                take(row);
        }
        vat.clistEntries = entries;
        if (vat.promises > 0) {
            vat.promiseSplit = split;
            vat.unresolvedPromises = unresolved;
        }
        const byVat = (m, key) => [...m.values()].sort((a, b) => compareVatIDs(key(a), key(b)));
        return { imports: byVat(byExporter, (e) => e.exporter), promises: byVat(byDecider, (e) => e.decider) };
    }
}

;// CONCATENATED MODULE: ./src/kernel-db/census-kernel.ts

const emptyRef = () => ({ total: 0, reachable: 0, recognizableOnly: 0, unreferenced: 0 });
/** A record without a prototype (keys come from the DB and may be `__proto__`), keys in vat order. */
function sortedRecord(m) {
    const out = Object.create(null);
    for (const k of [...m.keys()].sort(compareVatIDs))
        out[k] = m.get(k);
    return out;
}
const add = (m, k, n) => m.set(k, (m.get(k) ?? 0) + n);
/** Every `koN` by (owner, refCount): totals split reachable / recognizable-only / unreferenced. */
function readKernelObjects(kv) {
    const all = { ...emptyRef(), byOwner: {} };
    const owners = new Map();
    const stmt = kv.prepare(`SELECT o.value, r.value, count(*), count(o.value) FROM KV r
       LEFT JOIN KV o ON o.key = (substr(r.key, 1, length(r.key) - 9) || '.owner')
     WHERE r.key >= 'ko' AND r.key < 'kp' AND substr(r.key, -9) = '.refCount'
     GROUP BY 1, 2`);
    stmt.setReturnArrays(true);
    for (const row of stmt.iterate()) {
        const n = Number(row[2]);
        kv.rows += n + Number(row[3]);
        const owner = row[0] == null ? NO_OWNER : String(row[0]);
        let per = owners.get(owner);
        if (!per)
            owners.set(owner, (per = emptyRef()));
        const m = /^\s*(\d+)\s*,\s*(\d+)\s*$/.exec(row[1] == null ? '' : String(row[1]));
        const reach = m ? Number(m[1]) : 0;
        const recog = m ? Number(m[2]) : 0;
        const bucket = reach > 0 ? 'reachable' : recog > 0 ? 'recognizableOnly' : 'unreferenced';
        for (const s of [all, per]) {
            s.total += n;
            s[bucket] += n;
        }
    }
    all.byOwner = sortedRecord(owners);
    return all;
}
/** Owner vat → kernel objects that are recognizable-only (only owners with > 0). */
function recognizableOnlyByOwner(objects) {
    const out = Object.create(null);
    for (const [owner, split] of Object.entries(objects.byOwner))
        if (split.recognizableOnly > 0)
            out[owner] = split.recognizableOnly;
    return out;
}
/** Every `kpN` by (state, decider, subscribers): the kernel promise table. */
function readKernelPromises(kv) {
    const stmt = kv.prepare(`SELECT s.value, d.value, u.value, count(*), count(d.value) + count(u.value) + count(r.value),
            sum(CAST(r.value AS INTEGER))
       FROM KV s
       LEFT JOIN KV d ON d.key = (substr(s.key, 1, length(s.key) - 6) || '.decider')
       LEFT JOIN KV u ON u.key = (substr(s.key, 1, length(s.key) - 6) || '.subscribers')
       LEFT JOIN KV r ON r.key = (substr(s.key, 1, length(s.key) - 6) || '.refCount')
     WHERE s.key >= 'kp' AND s.key < 'kq' AND substr(s.key, -6) = '.state'
     GROUP BY 1, 2, 3`);
    stmt.setReturnArrays(true);
    const byState = new Map();
    const byDecider = new Map();
    const bySubscriber = new Map();
    let total = 0;
    let refs = 0;
    for (const row of stmt.iterate()) {
        const n = Number(row[3]);
        kv.rows += n + Number(row[4]);
        total += n;
        const state = row[0] == null ? '' : String(row[0]);
        add(byState, state, n);
        if (state !== 'unresolved')
            continue;
        refs += Number(row[5] ?? 0) || 0;
        add(byDecider, row[1] == null || String(row[1]) === '' ? KERNEL_DECIDER : String(row[1]), n);
        const subs = row[2] == null ? [] : String(row[2]).split(',').map((s) => s.trim()).filter(Boolean);
        for (const s of new Set(subs))
            add(bySubscriber, s, n);
    }
    return {
        total,
        byState: sortedRecord(byState),
        unresolvedByDecider: sortedRecord(byDecider),
        unresolvedBySubscriber: sortedRecord(bySubscriber),
        unresolvedRefCount: refs,
    };
}
/** `host.height`, `ko.nextID`, `kp.nextID` and the numeric fields of `kernelStats`, into `census`. */
function readKernelCounters(kv, census) {
    const height = toInt(kv.get('host.height'));
    if (height !== undefined)
        census.height = height;
    const ko = toInt(kv.get('ko.nextID'));
    if (ko !== undefined)
        census.koNextID = ko;
    const kp = toInt(kv.get('kp.nextID'));
    if (kp !== undefined)
        census.kpNextID = kp;
    const stats = parseJson(kv.get('kernelStats'));
    if (stats && typeof stats === 'object' && !Array.isArray(stats)) {
        const out = Object.create(null);
        for (const [k, v] of Object.entries(stats)) {
            if (typeof v === 'number' && Number.isFinite(v))
                out[k] = v;
            else if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v))
                out[k] = Number(v);
        }
        census.kernelStats = out;
    }
}

;// CONCATENATED MODULE: ./src/kernel-db/census.ts
/**
 * The census of one kernel-DB snapshot: per-vat c-lists, the import graph, the unresolved-promise
 * graph, the kernel object and promise tables and the kernel counters. Streams key ranges with
 * prepared statements; never loads the whole kvStore. Opens the DB read-only.
 */







function censusSnapshot(dbPath, label, opts = {}) {
    const where = label.source === dbPath || !label.source ? dbPath : `${label.source} (${dbPath})`;
    const allowWrite = opts.allowWriteFallback ?? isOwnedCopy(dbPath);
    const db = openDb(dbPath, where, allowWrite);
    try {
        return runCensus(db, label);
    }
    catch (err) {
        const msg = err.message;
        if (err instanceof shared_limits/* InputError */.w && msg.startsWith(where))
            throw err;
        throw new shared_limits/* InputError */.w(`${where}: cannot read swing-store: ${msg}`);
    }
    finally {
        db.close();
    }
}
/** The census over an open connection (exported for tests that watch its statements). */
function runCensus(db, label) {
    const kv = openKvReader(db);
    const { vats, importGraph, promiseGraph } = readVats(kv);
    const kernelObjects = readKernelObjects(kv);
    const census = {
        source: label.source,
        vats,
        importGraph,
        recognizableOnlyObjectsByOwner: recognizableOnlyByOwner(kernelObjects),
        kernelObjects,
        kernelPromises: readKernelPromises(kv),
        promiseGraph,
        keyIndex: kv.keyIndex,
        kvRowsScanned: 0,
    };
    if (label.stage !== undefined)
        census.stage = label.stage;
    readKernelCounters(kv, census);
    census.kvRowsScanned = kv.rows;
    return census;
}
/** Every vat's c-list, with the import and unresolved-promise edges, in vat order. */
function readVats(kv) {
    const dir = readVatDirectory(kv);
    const clists = new ClistReader(kv);
    const vats = [];
    const importGraph = [];
    const promiseGraph = [];
    for (const vatID of dir.vatIDs) {
        const vat = readVatInfo(kv, vatID, dir);
        const edges = clists.read(vat);
        importGraph.push(...edges.imports);
        promiseGraph.push(...edges.promises);
        vats.push(vat);
    }
    // Vats come in order and each vat's edges are sorted: the graphs are sorted by (importer, exporter).
    return { vats, importGraph, promiseGraph };
}

;// CONCATENATED MODULE: ./src/kernel-db/height.ts
/**
 * Block height of a storage snapshot: `host.height` from the DB if present, else the perf.jsonl
 * stage's `lastBlockHeight` (the tarball is the state at the end of that stage). `stage` defaults
 * to `census.stage`.
 */
function snapshotHeight(census, perf, stage) {
    if (census.height !== undefined && Number.isFinite(census.height))
        return census.height;
    const s = stage ?? census.stage;
    if (s === undefined || !perf?.stages)
        return undefined;
    const h = perf.stages[String(s)]?.lastBlockHeight;
    return typeof h === 'number' && Number.isFinite(h) ? h : undefined;
}

;// CONCATENATED MODULE: ./src/kernel-db/delta.ts

/** Kernel-side import vrefs (`o-NN`) are allocated from 50 (vatKeeper.js). */
const IMPORT_ID_START = 50;
const zeroVat = (vatID) => ({
    vatID,
    exports: { reachable: 0, recognizableOnly: 0 },
    imports: { reachable: 0, recognizableOnly: 0 },
    promises: 0,
    devices: 0,
});
const sub = (b, a) => ({
    reachable: b.reachable - a.reachable,
    recognizableOnly: b.recognizableOnly - a.recognizableOnly,
});
/** Deltas between `a` and `b` (any two snapshots, `b` later). */
function censusDelta(a, b, fromIdx = 0, toIdx = 1) {
    const av = new Map(a.vats.map((v) => [v.vatID, v]));
    const bv = new Map(b.vats.map((v) => [v.vatID, v]));
    const ids = [...new Set([...av.keys(), ...bv.keys()])].sort(compareVatIDs);
    const from = a.stage ?? fromIdx;
    const to = b.stage ?? toIdx;
    const blocks = a.height !== undefined && b.height !== undefined ? b.height - a.height : undefined;
    return ids.map((vatID) => {
        const va = av.get(vatID);
        const vb = bv.get(vatID);
        const x = va ?? zeroVat(vatID);
        const y = vb ?? zeroVat(vatID);
        const d = {
            vatID,
            from,
            to,
            exports: sub(y.exports, x.exports),
            imports: sub(y.imports, x.imports),
            promises: y.promises - x.promises,
            presence: va && vb ? 'both' : va ? 'from-only' : 'to-only',
        };
        const name = vb?.name ?? va?.name;
        if (name !== undefined)
            d.name = name;
        if (a.height !== undefined)
            d.fromHeight = a.height;
        if (b.height !== undefined)
            d.toHeight = b.height;
        if (blocks !== undefined)
            d.blocks = blocks;
        if (va?.nextImportID !== undefined && vb?.nextImportID !== undefined) {
            d.nextImportID = vb.nextImportID - va.nextImportID;
        }
        else if (!va && vb?.nextImportID !== undefined) {
            d.nextImportID = vb.nextImportID - IMPORT_ID_START;
        }
        if (blocks !== undefined && blocks > 0) {
            d.perBlock = {
                exports: (d.exports.reachable + d.exports.recognizableOnly) / blocks,
                imports: (d.imports.reachable + d.imports.recognizableOnly) / blocks,
            };
        }
        return d;
    });
}
/**
 * Per-vat deltas between consecutive snapshots (given in stage order, heights set e.g. via
 * `snapshotHeight`). A vat present in only one snapshot of a pair is compared against zero.
 * For a first→last delta call `censusDeltas([first, last])`.
 */
function censusDeltas(snapshots) {
    const out = [];
    for (let i = 1; i < snapshots.length; i++)
        out.push(...censusDelta(snapshots[i - 1], snapshots[i], i - 1, i));
    return out;
}

;// CONCATENATED MODULE: ./src/kernel-db/index.ts






// EXTERNAL MODULE: ./src/stats/summary.ts
var summary = __nccwpck_require__(2303);
;// CONCATENATED MODULE: ./src/stats/onset.ts
/**
 * Where a series' growth begins: a broken-stick ("hinge") least-squares fit
 * y = a + b·(x − x₀) + c·(x − τ)₊ at each of a fixed set of candidate breakpoints τ. The candidates
 * are chosen before the data is looked at ({@link onsetCandidates}), so a test of the segment after
 * the chosen one is one of a known number of windows, which a Bonferroni count can cover.
 *
 * The fit is least squares on values whose spikes are clipped (to their running median ± 4 robust
 * standard deviations): a BOYD series has single spikes many times its level (a GC pause), and one
 * of them near a candidate would otherwise decide where the slope changes.
 */

/**
 * `count` candidate breakpoints evenly spaced over [x₀ + from·(x₁ − x₀), x₀ + to·(x₁ − x₀)], rounded
 * to whole x steps and de-duplicated (a short run has fewer distinct ones).
 */
function onsetCandidates(x0, x1, count, from = 0.1, to = 0.8) {
    if (!(count > 0) || !(x1 > x0))
        return [];
    const out = [];
    for (let k = 0; k < count; k++) {
        const f = count === 1 ? from : from + ((to - from) * k) / (count - 1);
        const tau = Math.round(x0 + f * (x1 - x0));
        if (tau > x0 && tau < x1 && out[out.length - 1] !== tau)
            out.push(tau);
    }
    return out;
}
/**
 * The best hinge fit over `candidates` among those where the slope increases (c > 0), or null when
 * there is none (the series does not bend upwards anywhere, or has fewer than 4 points on a side).
 * `x` must be ascending.
 */
function bestHinge(x, y, candidates, minSide = 4) {
    const n = Math.min(x.length, y.length);
    if (n < 2 * minSide)
        return null;
    const w = winsorized(y, n);
    const x0 = x[0];
    const sseLine = lineSse(x, w, n, x0);
    let best = null;
    let at = 0;
    for (const tau of candidates) {
        while (at < n && x[at] < tau)
            at++;
        if (at < minSide || n - at < minSide)
            continue;
        const fit = hinge(x, w, n, x0, tau);
        if (!fit || !(fit.slopeChange > 0))
            continue;
        if (!best || fit.sse < best.sse)
            best = { ...fit, sseLine };
    }
    return best;
}
/** Points on each side of a value in the running median its spikes are measured against. */
const HALF_WINDOW = 7;
/**
 * y with its spikes clipped: each value to its running median (15 points) ± 4 robust standard
 * deviations of the values around their running medians (1.4826 × MAD). The running median follows
 * a step or a rise, so only single spikes are clipped, never the series' shape. Unchanged when the
 * MAD is 0 (a series without noise).
 */
function winsorized(y, n) {
    const out = Float64Array.from({ length: n }, (_, i) => y[i]);
    const local = new Float64Array(n);
    const win = [];
    for (let i = 0; i < n; i++) {
        win.length = 0;
        for (let k = Math.max(0, i - HALF_WINDOW); k <= Math.min(n - 1, i + HALF_WINDOW); k++)
            win.push(out[k]);
        local[i] = (0,summary/* median */.JZ)(win);
    }
    const dev = Float64Array.from(out, (v, i) => Math.abs(v - local[i]));
    const s = 1.4826 * (0,summary/* median */.JZ)(dev);
    if (!(s > 0))
        return out;
    for (let i = 0; i < n; i++)
        out[i] = Math.min(local[i] + 4 * s, Math.max(local[i] - 4 * s, out[i]));
    return out;
}
function lineSse(x, y, n, x0) {
    let sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0;
    for (let i = 0; i < n; i++) {
        const u = x[i] - x0;
        const v = y[i];
        sx += u;
        sy += v;
        sxx += u * u;
        sxy += u * v;
        syy += v * v;
    }
    const vxx = sxx - (sx * sx) / n;
    const vxy = sxy - (sx * sy) / n;
    const vyy = syy - (sy * sy) / n;
    return vxx > 0 ? Math.max(0, vyy - (vxy * vxy) / vxx) : Math.max(0, vyy);
}
/** Least squares on [1, x − x₀, (x − τ)₊] by the normal equations (3 × 3, solved by Cramer's rule on centred sums). */
function hinge(x, y, n, x0, tau) {
    let s1 = 0, s2 = 0, sy = 0, s11 = 0, s12 = 0, s22 = 0, s1y = 0, s2y = 0, syy = 0;
    for (let i = 0; i < n; i++) {
        const u = x[i] - x0;
        const h = Math.max(0, x[i] - tau);
        const v = y[i];
        s1 += u;
        s2 += h;
        sy += v;
        s11 += u * u;
        s12 += u * h;
        s22 += h * h;
        s1y += u * v;
        s2y += h * v;
        syy += v * v;
    }
    // Centre: the intercept drops out, leaving a 2 × 2 system for (b, c).
    const a11 = s11 - (s1 * s1) / n;
    const a12 = s12 - (s1 * s2) / n;
    const a22 = s22 - (s2 * s2) / n;
    const b1 = s1y - (s1 * sy) / n;
    const b2 = s2y - (s2 * sy) / n;
    const vyy = syy - (sy * sy) / n;
    const det = a11 * a22 - a12 * a12;
    if (!(Math.abs(det) > 1e-12 * Math.max(1, a11 * a22)))
        return null;
    const b = (b1 * a22 - b2 * a12) / det;
    const c = (a11 * b2 - a12 * b1) / det;
    const sse = Math.max(0, vyy - b * b1 - c * b2);
    return { tau, slopeBefore: b, slopeChange: c, sse };
}

;// CONCATENATED MODULE: ./src/analyzers/common-mode.ts
/**
 * Common-mode correction of BOYD time: each vat's per-block means against the median, at that
 * height, of its peers' BOYD time (see {@link commonModes}).
 */
/**
 * Common-mode correction: each of the vat's per-block BOYD means against the median, at that
 * height, of its peers' BOYD time (every peer but the vat itself). A machine-wide slowdown (a
 * loaded CI host) moves every vat together and cancels out; a vat that retains objects keeps its
 * own rise. Two forms, because a slowdown can add time (diff cancels it, the ratio of a vat faster
 * than its peers then rises) or scale it (the ratio cancels it, the diff of a vat slower than its
 * peers then rises): the gate tests the form that cancels the run's drift (gate/boyd-rules.ts
 * driftForm).
 *
 * A peer's level at a height where it had no BOYD is interpolated linearly between its BOYDs
 * before and after (none outside its first and last): a chain reaps each vat every few blocks, not
 * in every block, and different vats in different blocks.
 *
 * For every vat of `vatIDs` (default: every vat of `series`) at once, in one sweep over the heights
 * where any of them had a BOYD: at each, the peers' levels are gathered and sorted once, and each
 * vat's median leaves its own level out by rank. Time O(H·P·log P + S) for H such heights, P peers
 * and S samples, memory O(P + S): linear in the vats for a given run length (a vat-by-vat walk over
 * all peers was quadratic in them).
 */
function commonModes(series, peerIDs, cache = new Map(), vatIDs = series.keys()) {
    const perBlock = (v) => {
        let m = cache.get(v);
        if (!m)
            cache.set(v, (m = blockMeans(series.get(v))));
        return m;
    };
    const out = new Map();
    const peerList = [...peerIDs];
    const peers = peerList.map(perBlock);
    const queried = [];
    let total = 0;
    for (const vatID of vatIDs) {
        if (!series.has(vatID) || out.has(vatID))
            continue;
        const peer = peerIDs.has(vatID);
        if (peerList.length - (peer ? 1 : 0) === 0) {
            out.set(vatID, null);
            continue;
        }
        const own = perBlock(vatID);
        const cm = { x: [], diff: [], ratio: [], ratioX: [] };
        queried.push({ vatID, own, peer, out: cm });
        out.set(vatID, cm);
        total += own.x.length;
    }
    // The distinct heights queried, and each query (vat, index) bucketed by its height's rank.
    const all = new Float64Array(total);
    let n = 0;
    for (const q of queried)
        for (const h of q.own.x)
            all[n++] = h;
    all.sort();
    let distinct = 0;
    for (let i = 0; i < n; i++)
        if (i === 0 || all[i] !== all[distinct - 1])
            all[distinct++] = all[i];
    const heights = all.subarray(0, distinct);
    const start = new Int32Array(distinct + 1);
    const rankOf = new Int32Array(total);
    n = 0;
    for (const q of queried) {
        let r = 0;
        for (const h of q.own.x) {
            while (heights[r] !== h)
                r++;
            rankOf[n++] = r;
            start[r + 1]++;
        }
    }
    for (let r = 0; r < distinct; r++)
        start[r + 1] += start[r];
    const fill = start.slice(0, distinct);
    const qVat = new Int32Array(total);
    const qIdx = new Int32Array(total);
    n = 0;
    queried.forEach((q, v) => {
        for (let i = 0; i < q.own.x.length; i++) {
            const at = fill[rankOf[n++]]++;
            qVat[at] = v;
            qIdx[at] = i;
        }
    });
    const at = new Int32Array(peers.length);
    const levels = new Float64Array(peers.length);
    for (let r = 0; r < distinct; r++) {
        const h = heights[r];
        let count = 0;
        for (let k = 0; k < peers.length; k++) {
            const o = peers[k];
            let p = at[k];
            while (p < o.x.length && o.x[p] < h)
                p++;
            at[k] = p;
            if (p >= o.x.length)
                continue;
            const x1 = o.x[p];
            if (x1 === h)
                levels[count++] = o.y[p];
            else if (p > 0) {
                const x0 = o.x[p - 1];
                const y0 = o.y[p - 1];
                levels[count++] = y0 + ((o.y[p] - y0) * (h - x0)) / (x1 - x0);
            }
        }
        const sorted = levels.subarray(0, count).sort();
        for (let j = start[r]; j < start[r + 1]; j++) {
            const q = queried[qVat[j]];
            const y = q.own.y[qIdx[j]];
            // A peer's own level at a height of its own is its mean there: left out of its median.
            const m = q.peer ? medianWithout(sorted, y) : medianOf(sorted);
            if (Number.isNaN(m))
                continue;
            q.out.x.push(h);
            q.out.diff.push(y - m);
            if (m > 0) {
                q.out.ratioX.push(h);
                q.out.ratio.push(y / m);
            }
        }
    }
    for (const q of queried)
        if (!q.out.x.length)
            out.set(q.vatID, null);
    return out;
}
/** {@link commonModes} of one vat. */
function commonMode(vatID, series, peerIDs, cache = new Map()) {
    return commonModes(series, peerIDs, cache, [vatID]).get(vatID) ?? null;
}
/**
 * The median of sorted values as the project's `median` (simple-statistics, numpy's linear
 * method) computes it: the middle value, or the lower middle plus half the gap to the upper.
 * `at(k)` is the k-th smallest of `n`; NaN when n is 0.
 */
function medianAt(n, at) {
    if (n === 0)
        return NaN;
    if (n % 2 === 1)
        return at((n - 1) / 2);
    const lo = at(n / 2 - 1);
    return lo + 0.5 * (at(n / 2) - lo);
}
const medianOf = (a) => medianAt(a.length, (k) => a[k]);
/** The median of sorted `a` with one value equal to `y` left out (`y` is one of them). */
function medianWithout(a, y) {
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (a[mid] < y)
            lo = mid + 1;
        else
            hi = mid;
    }
    const r = lo;
    return medianAt(a.length - 1, (k) => a[k < r ? k : k + 1]);
}
/**
 * Mean value per x (a vat can have more than one BOYD in a block), in ascending x; the samples of
 * one x are summed in the order they came.
 */
function blockMeans(s) {
    const n = s.x.length;
    let order = null;
    for (let i = 1; i < n; i++) {
        if (s.x[i] < s.x[i - 1]) {
            // Out of order (stage files given out of order): a stable sort keeps each block's own order.
            order = Array.from({ length: n }, (_, k) => k).sort((a, b) => s.x[a] - s.x[b] || a - b);
            break;
        }
    }
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    let m = 0;
    let sum = 0;
    let count = 0;
    for (let k = 0; k < n; k++) {
        const i = order ? order[k] : k;
        const xi = s.x[i];
        if (count && xi !== xs[m]) {
            ys[m++] = sum / count;
            sum = 0;
            count = 0;
        }
        xs[m] = xi;
        sum += s.y[i];
        count++;
    }
    if (count)
        ys[m++] = sum / count;
    return { x: xs.slice(0, m), y: ys.slice(0, m) };
}

;// CONCATENATED MODULE: ./src/analyzers/trend.ts
/**
 * Trend statistics for one series against block height: Theil–Sen slope with Sen's confidence
 * interval widened for autocorrelation (Hamed–Rao), one-sided Mann–Kendall p-value, OLS as a
 * secondary diagnostic, and first/last means; the common-mode series against the peers; and the
 * onset of growth that begins mid-run ({@link findOnset}).
 */


function trendStats(x, y, opts) {
    const n = x.length;
    const k = Math.max(1, Math.min(opts.edgeSamples, Math.floor(n / 3)));
    const firstMean = n ? (0,stats/* meanOfFirst */.lK)(y, k) : null;
    const lastMean = n ? (0,stats/* meanOfLast */.X3)(y, k) : null;
    const { theilSen: ts, mannKendall: mk } = fitTrend(x, y, opts.alpha);
    const o = n >= 3 ? (0,stats/* ols */.dN)(x, y, opts.alpha) : null;
    const xFirst = n ? x[0] : null;
    const xLast = n ? x[n - 1] : null;
    const base = firstMean !== null && firstMean !== 0 ? Math.abs(firstMean) : null;
    return {
        count: n,
        slopePerBlock: ts ? ts.slope : null,
        slopeCI: ts ? [ts.ciLow, ts.ciHigh] : null,
        pValue: mk ? mk.pIncreasing : null,
        olsSlope: o ? o.slope : null,
        olsT: o ? o.t : null,
        firstMean,
        lastMean,
        growth: base !== null && lastMean !== null ? lastMean / base : null,
        relativeRise: ts && base !== null && xFirst !== null && xLast !== null ? (ts.slope * (xLast - xFirst)) / base : null,
        xFirst,
        xLast,
    };
}
/** Downsampled [x, y] pairs for a chart. */
function chartPoints(x, y, maxPoints = 60) {
    if (!x.length)
        return [];
    const d = (0,stats/* downsample */.Jd)(x, y, maxPoints);
    return d.x.map((xv, i) => [Math.round(xv), round(d.y[i], 9)]);
}
const round = (v, digits) => Number(v.toFixed(digits));

/**
 * Series longer than this are fitted on this many consecutive-bucket means. Mann–Kendall and the
 * Hamed–Rao correction are O(n²) in time and Theil–Sen's pairwise slopes O(n²) in memory; a 12-hour
 * run has ~10^4 BOYDs per vat. Bucket means keep the trend and make the test, if anything, more
 * conservative (fewer points), so memory and time stay bounded whatever the run length.
 */
const MAX_FIT_POINTS = 2000;
/** Theil–Sen + Mann–Kendall sharing one set of pairwise slopes; the CI uses the corrected variance. */
function fitTrend(x, y, alpha) {
    if (x.length > MAX_FIT_POINTS) {
        const d = (0,stats/* downsample */.Jd)(x, y, MAX_FIT_POINTS);
        return (0,stats/* trend */.GW)(d.x, d.y, { ciAlpha: alpha });
    }
    return (0,stats/* trend */.GW)(x, y, { ciAlpha: alpha });
}
/**
 * The onset of growth in a series (ascending x), or null. The breakpoint is the candidate whose
 * broken-stick fit is best among those where the slope increases ({@link bestHinge}); it is an
 * onset when the BOYDs after it rise (Mann–Kendall p below `significance`, which counts the windows
 * tried, and Sen's lower bound > 0) and their slope's
 * interval lies wholly above the interval of the slope before it: a change in slope that the noise
 * cannot make. Whether that growth fails the gate is the BOYD rule's question (with the count of
 * windows in its Bonferroni correction); this only says where it begins.
 */
function findOnset(x, y, opts) {
    const fit = bestHinge(x, y, opts.candidates, Math.max(4, opts.minSamples));
    if (!fit)
        return null;
    let index = 0;
    while (index < x.length && x[index] < fit.tau)
        index++;
    const xs = Array.prototype.slice.call(x);
    const ys = Array.prototype.slice.call(y);
    // A screen in O(n) before the O(n²) rank statistics: the OLS slope after the breakpoint must be
    // 2 standard errors above 0 and above the slope before it. The rank tests that follow are
    // stricter (autocorrelation-corrected, at α over the windows): a segment this screen drops would
    // hardly pass them, and most vats (flat, or growing steadily from the start) stop here.
    const olsAfter = (0,stats/* ols */.dN)(xs.slice(index), ys.slice(index));
    const olsBefore = (0,stats/* ols */.dN)(xs.slice(0, index), ys.slice(0, index));
    if (!olsAfter || !(olsAfter.t > 2))
        return null;
    if (olsBefore && !((olsAfter.slope - olsBefore.slope) / Math.hypot(olsAfter.slopeSE, olsBefore.slopeSE) > 2))
        return null;
    const after = trendStats(xs.slice(index), ys.slice(index), opts);
    if (!(after.pValue !== null && after.pValue < opts.significance && (after.slopeCI?.[0] ?? -Infinity) > 0))
        return null;
    const before = trendStats(xs.slice(0, index), ys.slice(0, index), opts);
    if (!before.slopeCI || !after.slopeCI || !(after.slopeCI[0] > before.slopeCI[1]))
        return null;
    return { height: x[index], index, before, after };
}
/** The points of a series from x = `from` on (ascending x). */
function sliceFrom(x, y, from) {
    let i = 0;
    while (i < x.length && x[i] < from)
        i++;
    return { x: x.slice(i), y: y.slice(i) };
}

// EXTERNAL MODULE: ./src/shared/policy.ts
var shared_policy = __nccwpck_require__(8411);
;// CONCATENATED MODULE: ./src/report/boyd-stats.ts





/**
 * Common-mode peers: the vats with enough BOYDs to be judged themselves (minSamples blocks over
 * minSpanFraction of the run), and in at least busyFraction of the blocks.
 */
function boydRun(merged, policy) {
    const span = merged.heightMin !== null && merged.heightMax !== null ? merged.heightMax - merged.heightMin + 1 : 0;
    const series = new Map();
    const peers = new Set();
    const perBlockCache = new Map();
    const bp = policy.boyd;
    for (const v of merged.vats.values()) {
        const s = judgedSeries(v, (0,shared_policy/* policyFor */.KV)(policy, v.vatID, v.name).boyd);
        if (!s.x.length)
            continue;
        series.set(v.vatID, s);
        if (!span)
            continue;
        const perBlock = blockMeans(s);
        perBlockCache.set(v.vatID, perBlock);
        const blocks = perBlock.x.length;
        if (blocks && (0,shared_policy/* coversRun */.Ae)(blocks, perBlock.x[0], perBlock.x[blocks - 1], span, bp) && blocks >= bp.busyFraction * span)
            peers.add(v.vatID);
    }
    const byHeight = merged.xAxis !== 'deliveryOrdinal';
    const files = merged.files.filter((f) => f.stage !== null && f.heightMin !== null && f.heightMax !== null);
    const stageAt = (h) => (byHeight ? files.find((f) => h >= f.heightMin && h <= f.heightMax)?.stage ?? null : null);
    // Per-block means, shared with the common-mode correction; their length is the vat's BOYD blocks.
    const modes = commonModes(series, peers, perBlockCache);
    return { series, peers, modes, range: span ? [merged.heightMin, merged.heightMax] : null, stageAt };
}
/**
 * BOYD samples that are not pre-snapshot (the snapshot BOYD is scheduled differently), each at the
 * vat's usual GC load when its BOYDs have two causes (analyzers/boyd-causes.ts).
 */
function judgedSeries(v, p) {
    const x = [];
    const y = [];
    const g = [];
    const heap = [];
    for (const i of ascending(v.boyd.x)) {
        if (v.boyd.preSnapshot[i])
            continue;
        x.push(v.boyd.x[i]);
        y.push(v.boyd.seconds[i]);
        g.push(v.boyd.gcKrefs[i] ?? 0);
        heap.push(v.boyd.heap[i]);
    }
    const gc = gcCost(y, g, p.minSamples, p.gcMixShare);
    return { x, y: gc?.adjusted ? atUsualGcLoad(y, g, gc) : y, heap, gc };
}
/**
 * The sample indexes in ascending x, each block's own order kept (stage files given out of order
 * give a series that goes back: the onset's index and segments need it in order).
 */
function ascending(x) {
    const order = Array.from({ length: x.length }, (_, k) => k);
    for (let i = 1; i < x.length; i++) {
        if (x[i] < x[i - 1])
            return order.sort((a, b) => x[a] - x[b] || a - b);
    }
    return order;
}
function boydStats(v, run, p) {
    const s = run.series.get(v.vatID);
    if (!s)
        return null;
    const opts = { alpha: p.alpha, edgeSamples: p.edgeSamples };
    const t = trendStats(s.x, s.y, opts);
    const cm = run.modes.get(v.vatID) ?? null;
    const out = {
        ...t,
        preSnapshotCount: v.boyd.preSnapshot.reduce((a, b) => a + b, 0),
        commonModeCorrected: cm && cm.x.length >= 3 ? trendStats(cm.x, cm.diff, opts) : null,
        commonModeRatio: cm && cm.ratioX.length >= 3 ? trendStats(cm.ratioX, cm.ratio, opts) : null,
        chart: chartPoints(s.x, s.y),
        onset: null,
        afterOnset: null,
        afterOnsetCorrected: null,
        afterOnsetRatio: null,
        afterOnsetHeapGrowth: null,
        gcWork: s.gc,
    };
    const candidates = run.range && p.onsetCandidates > 0 ? onsetCandidates(run.range[0], run.range[1], p.onsetCandidates, 0.1, 1 - p.minSpanFraction) : [];
    // An onset's segment must rise significantly with the windows tried counted (not the vats: that
    // is the gate's count); the BOYD rule then judges it with both.
    const significance = p.alpha / (1 + candidates.length);
    const onset = candidates.length ? findOnset(s.x, s.y, { ...opts, candidates, minSamples: p.minSamples, significance }) : null;
    if (!onset)
        return out;
    const h = onset.height;
    out.onset = { height: h, stage: run.stageAt(h), index: onset.index };
    out.afterOnset = onset.after;
    if (cm) {
        const d = sliceFrom(cm.x, cm.diff, h);
        const q = sliceFrom(cm.ratioX, cm.ratio, h);
        out.afterOnsetCorrected = d.x.length >= 3 ? trendStats(d.x, d.y, opts) : null;
        out.afterOnsetRatio = q.x.length >= 3 ? trendStats(q.x, q.y, opts) : null;
    }
    out.afterOnsetHeapGrowth = heapGrowth(s.heap.slice(onset.index), p.edgeSamples);
    return out;
}
/** Mean of the last heap counts over the mean of the first (edge samples, at most a third each); null with fewer than 3. */
function heapGrowth(heap, edge) {
    const h = heap.filter((c) => Number.isFinite(c));
    if (h.length < 3)
        return null;
    const k = Math.max(1, Math.min(edge, Math.floor(h.length / 3)));
    const first = (0,stats/* meanOfFirst */.lK)(h, k);
    return first > 0 ? (0,stats/* meanOfLast */.X3)(h, k) / first : null;
}

;// CONCATENATED MODULE: ./src/analyzers/clist-facts.ts
/**
 * The facts behind the "who keeps the objects" sentence of a vat whose c-list grew: who keeps its
 * growing entries alive (`keptAliveBy`), the lifecycle of its object entries (created, dropped,
 * retired over the slog; reachable and recognizable-only at the end) and, for promise entries, the
 * deciders and holders of its unresolved promises (kernel promise table).
 *
 * The SwingSet GC rules the attribution rests on (docs/report-schema.md, "Who keeps the objects"):
 * - a reachable import (`R o-`) is kept by the importer's own references;
 * - a reachable export (`R o+`) is kept by the importers that hold it reachable (or, when none does,
 *   by the kernel: a queued message or promise data);
 * - a recognizable-only export (`_ o+`) is one the kernel dropped (no vat can reach it) that the
 *   exporter has not retired: the exporter itself still holds the object alive. It stays in the
 *   c-lists only while some importer still recognizes it; once none does, the kernel retires it;
 * - a recognizable-only import (`_ o-`) is one the importer dropped but still recognizes (a
 *   WeakMap/WeakStore key), so it does not retire it; it stays until its exporter retires the
 *   object, i.e. while the exporter still holds it alive;
 * - an unresolved promise stays in every c-list that holds it until its decider resolves it.
 */



/** The decider of a promise with no `kpN.decider` (census-vats.ts KERNEL_DECIDER). */
const KERNEL = 'kernel';
function group(edges, key) {
    const m = new Map();
    for (const e of edges) {
        const k = key(e);
        const list = m.get(k);
        if (list)
            list.push(e);
        else
            m.set(k, [e]);
    }
    return m;
}
function clistFactsIndex(censuses) {
    return censuses.map((census) => ({
        census,
        vats: new Map(census.vats.map((v) => [v.vatID, v])),
        byImporter: group(census.importGraph, (e) => e.importer),
        byExporter: group(census.importGraph, (e) => e.exporter),
        byHolder: group(census.promiseGraph ?? [], (e) => e.holder),
        byDecider: group(census.promiseGraph ?? [], (e) => e.decider),
    }));
}
/** The growth of the vat's object splits: first→last snapshot holding it, else the slog series. */
function splitGrowth(clist) {
    const snaps = clist.snapshots;
    if (snaps.length >= 2)
        return { from: snaps[0], to: snaps[snaps.length - 1] };
    const s = clist.series;
    if (!s?.start || !s.end)
        return null;
    const of = (p) => ({
        exports: { reachable: p.exports - p.recognizableOnlyExports, recognizableOnly: p.recognizableOnlyExports },
        imports: { reachable: p.imports - p.recognizableOnlyImports, recognizableOnly: p.recognizableOnlyImports },
    });
    return { from: of(s.start), to: of(s.end) };
}
const total = (r) => r.reachable + r.recognizableOnly;
/**
 * Per other vat: [total, reachable] of the vat's import edges in a census: its imports by exporter
 * (`side` imports) or its exports by importer (`side` exports).
 */
function edges(c, vatID, side) {
    const out = new Map();
    const list = c ? (side === 'imports' ? c.byImporter : c.byExporter).get(vatID) ?? [] : [];
    for (const e of list) {
        const other = side === 'imports' ? e.exporter : e.importer;
        const t = out.get(other) ?? [0, 0];
        t[0] += e.total;
        t[1] += e.reachable;
        out.set(other, t);
    }
    return out;
}
/** Other vats whose edge part (`pick`) grew from `first` to `last` (or is above 0 with no first). */
function grewIn(first, last, pick) {
    const out = [];
    for (const [other, t] of last) {
        const before = first?.get(other);
        if (pick(t) - (before ? pick(before) : 0) > 0)
            out.push(other);
    }
    return out;
}
function lifecycle(vatID, clist, life, last, run) {
    const v = last?.vats.get(vatID) ?? null;
    const end = clist.series?.end;
    const state = v
        ? { exports: v.exports, imports: v.imports }
        : end
            ? {
                exports: { reachable: end.exports - end.recognizableOnlyExports, recognizableOnly: end.recognizableOnlyExports },
                imports: { reachable: end.imports - end.recognizableOnlyImports, recognizableOnly: end.recognizableOnlyImports },
            }
            : { exports: { reachable: 0, recognizableOnly: 0 }, imports: { reachable: 0, recognizableOnly: 0 } };
    const side = (s, created, dropped, retired, byOther) => ({
        created, dropped, retired, retiredByOtherSide: byOther, recognizableOnly: s.recognizableOnly, reachable: s.reachable,
    });
    let imports;
    let exports;
    let flowsFrom = 'slog';
    // The slog's flows, when it saw this vat's c-list traffic at all; else what the kernel DB tells.
    const sawTraffic = life !== undefined && life.some((n) => n > 0);
    if (life && sawTraffic) {
        imports = side(state.imports, life[LIFE_IMP_CREATED], life[LIFE_IMP_DROPPED], life[LIFE_IMP_RETIRED], life[LIFE_IMP_RETIRED_BY_EXPORTER]);
        exports = side(state.exports, life[LIFE_EXP_CREATED], life[LIFE_EXP_DROPPED], life[LIFE_EXP_RETIRED], life[LIFE_EXP_RETIRED_BY_KERNEL]);
    }
    else {
        // Kernel DB only: `vNN.o.nextID` counts every import the vat ever got; those no longer in its
        // c-list were retired, and an entry is retired only after it was dropped.
        flowsFrom = 'kernel-db';
        const created = v?.nextImportID !== undefined ? v.nextImportID - IMPORT_ID_START : null;
        const retired = created !== null ? Math.max(0, created - total(state.imports)) : null;
        imports = side(state.imports, created, retired !== null ? retired + state.imports.recognizableOnly : null, retired, null);
        exports = side(state.exports, null, null, null, null);
    }
    const byOther = (m, key) => [...m].sort((a, b) => b[1][0] - a[1][0] || compareVatIDs(a[0], b[0])).map(([other, [t, r]]) => ({ [key]: other, total: t, reachable: r }));
    const onBlocks = run.xAxis !== 'deliveryOrdinal' && run.heightMin !== null && run.heightMax !== null;
    return {
        flowsFrom,
        statesFrom: v ? 'kernel-db' : 'slog',
        blocks: flowsFrom === 'slog' && onBlocks ? [run.heightMin, run.heightMax] : null,
        absolute: flowsFrom === 'kernel-db' ? true : run.absolute,
        imports,
        exports,
        importsFrom: byOther(edges(last, vatID, 'imports'), 'exporter'),
        exportsTo: byOther(edges(last, vatID, 'exports'), 'importer'),
    };
}
function promiseFacts(vatID, last) {
    const heldByDecider = Object.create(null);
    const decidedHeldBy = Object.create(null);
    let subscribed = 0;
    for (const e of last.byHolder.get(vatID) ?? []) {
        heldByDecider[e.decider] = (heldByDecider[e.decider] ?? 0) + e.unresolved;
        subscribed += e.subscribed;
    }
    for (const e of last.byDecider.get(vatID) ?? []) {
        if (e.holder !== vatID)
            decidedHeldBy[e.holder] = (decidedHeldBy[e.holder] ?? 0) + e.unresolved;
    }
    return { heldByDecider, subscribed, decides: last.census.kernelPromises?.unresolvedByDecider[vatID] ?? 0, decidedHeldBy };
}
/** Promise entries at the start and end: first→last snapshot, else the slog series. */
function promiseGrowth(clist) {
    const snaps = clist.snapshots;
    if (snaps.length >= 2)
        return snaps[snaps.length - 1].promises - snaps[0].promises;
    const s = clist.series;
    return s?.start && s.end ? (s.end.promises ?? 0) - (s.start.promises ?? 0) : 0;
}
/**
 * The facts of one vat (empty when neither its object nor its promise entries grew). `index`:
 * {@link clistFactsIndex} of the censuses in chain order; `life`: the vat's slog flows (undefined
 * without a slog replay of it).
 */
function clistFacts(vat, life, index, run) {
    const clist = vat.clist;
    if (!clist)
        return {};
    const { vatID } = vat;
    const withVat = index.filter((c) => c.vats.has(vatID));
    const first = withVat.length >= 2 ? withVat[0] : null;
    const last = withVat.at(-1) ?? null;
    const keep = new Set();
    const out = {};
    const g = splitGrowth(clist);
    const grewImports = g !== null && total(g.to.imports) > total(g.from.imports);
    const grewExports = g !== null && total(g.to.exports) > total(g.from.exports);
    if (g && (grewImports || grewExports)) {
        if (grewImports && g.to.imports.reachable > g.from.imports.reachable)
            keep.add(vatID);
        if (grewImports && g.to.imports.recognizableOnly > g.from.imports.recognizableOnly && last) {
            // Recognizable-only imports stay while their exporter holds the objects.
            const from = (c) => edges(c, vatID, 'imports');
            for (const exp of grewIn(first ? from(first) : null, from(last), ([t, r]) => t - r))
                if (exp !== '?')
                    keep.add(exp);
        }
        if (grewExports && g.to.exports.reachable > g.from.exports.reachable && last) {
            // Reachable exports are kept by the importers that hold them reachable.
            const to = (c) => edges(c, vatID, 'exports');
            for (const imp of grewIn(first ? to(first) : null, to(last), ([, r]) => r))
                keep.add(imp);
        }
        if (grewExports && g.to.exports.recognizableOnly > g.from.exports.recognizableOnly)
            keep.add(vatID);
        out.lifecycle = lifecycle(vatID, clist, life, last, run);
    }
    if (promiseGrowth(clist) > 0) {
        if (last) {
            out.promiseFacts = promiseFacts(vatID, last);
            for (const [decider, n] of Object.entries(out.promiseFacts.heldByDecider))
                if (n > 0 && decider !== KERNEL && decider !== '?')
                    keep.add(decider);
        }
    }
    if (out.lifecycle || out.promiseFacts || keep.size)
        out.keptAliveBy = [...keep].sort(compareVatIDs);
    return out;
}

;// CONCATENATED MODULE: ./src/analyzers/attribution.ts


const fmt = (n) => (0,number_format/* groupDigits */.K)(Math.round(n));
const label = (v) => (v.name ? `${v.name} (${v.vatID})` : v.vatID);
const plural = (n, one, many) => `${fmt(n)} ${n === 1 ? one : many}`;
/** "a, b and c". */
const and = (xs) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
/** "X's code" for one vat, "the code of X and Y" for more. */
const codeOf = (vats) => (vats.length === 1 ? `${vats[0]}'s code` : `the code of ${and(vats)}`);
/** `all`: the run's vats by vatID (a map, so that a sentence costs no scan of the other vats). */
function attributionSentence(vat, all) {
    const clist = vat.clist;
    const d = clist?.delta;
    if (!clist || !d)
        return null;
    const names = all;
    const ctx = {
        L: label(vat),
        who: (id) => (names.get(id) ? label(names.get(id)) : id),
        clist,
        span: (n) => (d.blocks ? ` over ${fmt(d.blocks)} blocks (${(n / d.blocks).toFixed(2)}/block)` : ''),
    };
    const parts = [];
    if (d.imports > 0)
        parts.push(importSentence(ctx, d.imports));
    if (d.exports > 0)
        parts.push(exportSentence(ctx, d.exports));
    if (d.promises > 0)
        parts.push(promiseSentence(ctx, d.promises));
    return parts.length ? parts.join(' ') : null;
}
/** " over blocks A–B" (or where the flows were counted from) for the lifecycle's flows. */
function flowWindow(l) {
    if (l.flowsFrom === 'kernel-db')
        return ' since it started (kernel DB)';
    const from = l.absolute ? '' : ' (from the first slog line on)';
    return l.blocks ? ` over blocks ${fmt(l.blocks[0])}–${fmt(l.blocks[1])}${from}` : ` over the slog${from}`;
}
/** " at block H (kernel DB, stage S)" for the end states. */
function stateWhere(c) {
    const snap = c.snapshots.at(-1);
    if (c.lifecycle?.statesFrom === 'kernel-db' && snap)
        return ` at block ${snap.height !== null ? fmt(snap.height) : '?'} (kernel DB, stage ${snap.stage})`;
    const end = c.series?.end;
    return end ? ` at the end of the slog` : '';
}
/** "retired N (M when …, K by itself)" for one side's flows. */
function retiredText(s, byOther, self) {
    const n = s.retired ?? 0;
    if (s.retiredByOtherSide === null || n === 0)
        return `retired ${fmt(n)}`;
    const other = Math.min(n, s.retiredByOtherSide);
    const parts = [other > 0 ? `${fmt(other)} ${byOther}` : '', n - other > 0 ? `${fmt(n - other)} ${self}` : ''].filter(Boolean);
    return `retired ${fmt(n)} (${parts.join(', ')})`;
}
function importSentence({ L, who, clist, span }, grew) {
    const l = clist.lifecycle;
    let s = `${L} gained ${plural(grew, 'object import', 'object imports')}${span(grew)}`;
    if (!l)
        return `${s}.`;
    const i = l.imports;
    if (i.created !== null) {
        s += `: it imported ${plural(i.created, 'object', 'objects')}${flowWindow(l)}, dropped ${fmt(i.dropped ?? 0)} and ${retiredText(i, 'when their exporter retired them', 'itself')}`;
    }
    s += `; it holds ${fmt(i.reachable)} reachable and ${fmt(i.recognizableOnly)} recognizable-only${stateWhere(clist)}.`;
    const g = splitGrowth(clist);
    if (g && g.to.imports.reachable > g.from.imports.reachable && i.reachable > 0) {
        const from = l.importsFrom.filter((e) => e.reachable > 0).slice(0, 3).map((e) => `${fmt(e.reachable)} from ${who(e.exporter)}`);
        s += ` ${L}'s own references keep the reachable ones alive${from.length ? ` (${and(from)})` : ''}: open ${codeOf([L])}.`;
    }
    if (g && g.to.imports.recognizableOnly > g.from.imports.recognizableOnly && i.recognizableOnly > 0) {
        const exporters = l.importsFrom.filter((e) => e.total > e.reachable && e.exporter !== '?');
        s += ` It dropped the ${fmt(i.recognizableOnly)} recognizable-only ones but still recognizes them (e.g. as WeakMap/WeakStore keys), so it does not retire them`;
        if (exporters.length) {
            const xs = exporters.slice(0, 3).map((e) => who(e.exporter));
            const counts = exporters.slice(0, 3).map((e) => `${fmt(e.total - e.reachable)} from ${who(e.exporter)}`);
            s += ` (${and(counts)}); they stay because their exporter has not retired them: ${and(xs)} still ${xs.length === 1 ? 'holds' : 'hold'} those objects alive. Open ${codeOf(xs)} for what holds them, and ${codeOf([L])} for what still recognizes them.`;
        }
        else {
            s += '; they stay while their exporter holds the objects (a kernel-DB snapshot names the exporter).';
        }
    }
    return s;
}
function exportSentence({ L, who, clist, span }, grew) {
    const l = clist.lifecycle;
    let s = `${L} gained ${plural(grew, 'object export', 'object exports')}${span(grew)}`;
    if (!l)
        return `${s}.`;
    const e = l.exports;
    if (e.created !== null) {
        s += `: it exported ${plural(e.created, 'object', 'objects')}${flowWindow(l)}; the kernel dropped ${fmt(e.dropped ?? 0)} of them (no importer could reach them) and ${retiredText(e, 'when no importer recognized them any more', `by ${L} itself letting them go`)}`;
    }
    s += `; ${fmt(e.reachable)} ${e.reachable === 1 ? 'is' : 'are'} reachable and ${fmt(e.recognizableOnly)} recognizable-only${stateWhere(clist)}.`;
    const g = splitGrowth(clist);
    if (g && g.to.exports.reachable > g.from.exports.reachable) {
        const holders = l.exportsTo.filter((x) => x.reachable > 0);
        if (holders.length) {
            const xs = holders.slice(0, 3).map((x) => who(x.importer));
            s += ` Importers hold the reachable ones: ${and(holders.slice(0, 3).map((x) => `${who(x.importer)} holds ${fmt(x.reachable)} reachable`))}; their references keep ${L}'s exports alive: open ${codeOf(xs)}.`;
        }
        else if (l.statesFrom === 'kernel-db') {
            s += ' No vat imports the reachable ones: the kernel holds them (queued messages or promise data).';
        }
    }
    if (g && g.to.exports.recognizableOnly > g.from.exports.recognizableOnly && e.recognizableOnly > 0) {
        const recognizers = l.exportsTo.filter((x) => x.total > x.reachable).slice(0, 3).map((x) => `${who(x.importer)} ${fmt(x.total - x.reachable)}`);
        s += ` The kernel dropped the ${fmt(e.recognizableOnly)} recognizable-only ones but ${L} has not retired them: ${L} itself still holds those objects alive${recognizers.length ? ` (importers still recognize them: ${and(recognizers)})` : ''}. Open ${codeOf([L])}.`;
    }
    return s;
}
function promiseSentence({ L, who, clist, span }, grew) {
    let s = `${L} gained ${plural(grew, 'promise entry', 'promise entries')}${span(grew)}`;
    const p = clist.promiseFacts;
    if (!p)
        return `${s}; a kernel-DB snapshot names who decides them.`;
    const held = Object.entries(p.heldByDecider).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
    const heldTotal = held.reduce((a, [, n]) => a + n, 0);
    const deciders = held.map(([dec]) => dec).filter((dec) => dec !== 'kernel' && dec !== '?');
    const byWhom = held.slice(0, 3).map(([dec, n]) => `${fmt(n)} decided by ${dec === 'kernel' ? 'the kernel (results of queued messages)' : whoOrSelf(dec, L, who)}`);
    s += `: it holds ${plural(heldTotal, 'unresolved promise', 'unresolved promises')}${byWhom.length ? ` (${and(byWhom)})` : ''}`;
    if (p.subscribed > 0)
        s += ` and subscribes to ${fmt(p.subscribed)} of them`;
    const resolvedEntries = (clist.snapshots.at(-1)?.promises ?? heldTotal) - heldTotal;
    if (resolvedEntries > 0)
        s += `; ${plural(resolvedEntries, 'other entry is of a promise', 'other entries are of promises')} already resolved`;
    const others = Object.entries(p.decidedHeldBy).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]).slice(0, 3);
    if (p.decides > 0)
        s += `; it decides ${plural(p.decides, 'unresolved promise', 'unresolved promises')}${others.length ? `, held by ${and(others.map(([h, n]) => `${who(h)} (${fmt(n)})`))}` : ''}`;
    s += '.';
    if (deciders.length) {
        const xs = deciders.slice(0, 3).map((dec) => who(dec));
        s += ` An unresolved promise stays in every c-list that holds it until its decider resolves it: open ${codeOf(xs)} for why ${xs.length === 1 ? 'it does' : 'they do'} not resolve them.`;
    }
    return s;
}
/** "itself" when the decider is the vat. */
function whoOrSelf(vatID, L, who) {
    const w = who(vatID);
    return w === L ? `${L} itself` : w;
}

// EXTERNAL MODULE: ./src/shared/report-schema.ts
var report_schema = __nccwpck_require__(8103);
// EXTERNAL MODULE: ./src/shared/version.ts
var version = __nccwpck_require__(9189);
;// CONCATENATED MODULE: ./src/report/build-report.ts












function buildReport(inp) {
    const { merged, policy } = inp;
    // The judged BOYD series of every vat, and the common-mode peers (report/boyd-stats.ts).
    const boyd = boydRun(merged, policy);
    // Every per-vat lookup below is by map, built once: the report stays linear in the vats.
    const accsOf = accsByVat(merged.deliveryAccs);
    const censusVats = inp.censuses.map((c) => new Map(c.vats.map((v) => [v.vatID, v])));
    const censusNames = new Map();
    for (const c of inp.censuses)
        for (const v of c.vats)
            censusNames.set(v.vatID, { name: v.name, managerType: v.managerType });
    const vatIDs = new Set([...merged.vats.keys(), ...censusNames.keys(), ...Object.keys(merged.clist.final)]);
    const vats = [];
    for (const vatID of [...vatIDs].sort(compareVatIDs)) {
        const v = merged.vats.get(vatID);
        const cn = censusNames.get(vatID);
        const name = cn?.name ?? v?.name ?? null;
        // A vat's overrides (alpha, edgeSamples) shape its statistics too, not only its verdicts.
        const vatBoyd = (0,shared_policy/* policyFor */.KV)(policy, vatID, name).boyd;
        const report = {
            vatID,
            name,
            managerType: cn?.managerType ?? v?.managerType ?? null,
            deliveries: v?.deliveries ?? 0,
            boyd: v ? boydStats(v, boyd, vatBoyd) : null,
            heap: v ? heapStats(v, vatBoyd) : null,
            deliveryKinds: deliveryKinds(accsOf.get(vatID) ?? [], merged.accsByHeight),
        };
        const clist = clistStats(vatID, merged, inp.censuses, censusVats, inp.perf);
        if (clist)
            report.clist = clist;
        vats.push(report);
    }
    const importGraph = [];
    for (const c of inp.censuses)
        for (const e of c.importGraph)
            importGraph.push({ ...e, stage: c.stage ?? -1 });
    const promiseGraph = [];
    for (const c of inp.censuses)
        for (const e of c.promiseGraph ?? [])
            promiseGraph.push({ ...e, stage: c.stage ?? -1 });
    const flowsRun = { heightMin: merged.heightMin, heightMax: merged.heightMax, xAxis: merged.xAxis, absolute: merged.clist.absolute };
    const factsIndex = clistFactsIndex(inp.censuses);
    const names = new Map(vats.map((v) => [v.vatID, v]));
    for (const vr of vats) {
        if (!vr.clist)
            continue;
        Object.assign(vr.clist, clistFacts(vr, merged.clist.life[vr.vatID], factsIndex, flowsRun));
        vr.clist.attribution = attributionSentence(vr, names) ?? undefined;
    }
    const files = merged.files.map((f) => ({
        path: f.path,
        kind: 'slog',
        stage: f.stage ?? undefined,
        bytes: f.read.bytesIn,
        lines: f.read.lines,
        events: f.events,
        truncated: Boolean(f.read.error) || undefined,
    }));
    const byKind = new Map();
    let deliverySeconds = 0;
    for (const a of merged.deliveryAccs) {
        const e = byKind.get(a.kind) ?? { count: 0, seconds: 0 };
        e.count += a.count;
        e.seconds += a.total;
        byKind.set(a.kind, e);
        deliverySeconds += a.total;
    }
    return {
        schemaVersion: report_schema/* SCHEMA_VERSION */.f$,
        tool: { name: 'loadgen-gate', version: version/* VERSION */.x },
        generatedAt: new Date().toISOString(),
        provenance: inp.provenance,
        run: {
            files: [...files, ...inp.extraFiles],
            xAxis: merged.xAxis,
            blockRange: merged.heightMin !== null && merged.heightMax !== null ? [merged.heightMin, merged.heightMax] : null,
            blocks: (0,report_schema/* blocksOnAxis */.hB)(merged.xAxis, merged.blocks),
            cycles: inp.perf?.cycles ?? null,
            warnings: [...merged.warnings, ...inp.extraWarnings],
            utilization: {
                deliverySeconds,
                swingsetSeconds: merged.swingsetSeconds || null,
                wallSeconds: merged.wallSeconds,
                byKind: [...byKind.entries()]
                    .map(([kind, e]) => ({ kind, count: e.count, seconds: e.seconds, share: deliverySeconds ? e.seconds / deliverySeconds : 0 }))
                    .sort((a, b) => b.seconds - a.seconds),
            },
        },
        vats,
        importGraph,
        ...(promiseGraph.length ? { promiseGraph } : {}),
        kernel: inp.censuses.map((c) => ({
            stage: c.stage ?? -1,
            height: c.height ?? null,
            koNextID: c.koNextID ?? null,
            kpNextID: c.kpNextID ?? null,
            kernelObjects: c.kernelObjects?.total ?? null,
            recognizableOnlyObjects: c.kernelObjects?.recognizableOnly ?? null,
            kernelPromises: c.kernelPromises?.total ?? null,
            unresolvedPromisesByDecider: c.kernelPromises ? { ...c.kernelPromises.unresolvedByDecider } : null,
        })),
        verdicts: [],
        verdict: 'pass',
        baseline: { used: false, reason: 'no baseline given' },
        policy: policy,
    };
}
function heapStats(v, p) {
    const x = [];
    const y = [];
    for (let i = 0; i < v.boyd.x.length; i++) {
        if (Number.isFinite(v.boyd.heap[i])) {
            x.push(v.boyd.x[i]);
            y.push(v.boyd.heap[i]);
        }
    }
    if (x.length < 3)
        return null;
    const k = Math.max(1, Math.min(p.edgeSamples, Math.floor(x.length / 3)));
    const { theilSen: ts, mannKendall: mk } = fitTrend(x, y, p.alpha);
    const first = (0,stats/* meanOfFirst */.lK)(y, k);
    const last = (0,stats/* meanOfLast */.X3)(y, k);
    return {
        count: x.length,
        slopePerBlock: ts?.slope ?? null,
        slopeCI: ts ? [ts.ciLow, ts.ciHigh] : null,
        pValue: mk?.pIncreasing ?? null,
        first,
        last,
        growth: first > 0 ? last / first : null,
        chart: chartPoints(x, y),
    };
}
/** The accumulators of each vat, in their order in `accs`. */
function accsByVat(accs) {
    const out = new Map();
    for (const a of accs) {
        const list = out.get(a.vatID);
        if (list)
            list.push(a);
        else
            out.set(a.vatID, [a]);
    }
    return out;
}
/** A vat's delivery kinds (its accumulators), by total time. */
function deliveryKinds(accs, byHeight) {
    const out = [];
    for (const a of accs) {
        const [f0, f1] = fittedEnds(byHeight ? a.byHeight : a.byOrdinal);
        const last = lastInOrder(a);
        out.push({
            kind: a.kind,
            ...(a.method !== null ? { method: a.method } : {}),
            count: a.count,
            totalSeconds: a.total,
            meanFirst100: a.first.length ? a.first.reduce((p, c) => p + c, 0) / a.first.length : null,
            meanLast100: last.length ? last.reduce((p, c) => p + c, 0) / last.length : null,
            fittedFirst: f0,
            fittedLast: f1,
        });
    }
    return out.sort((a, b) => b.totalSeconds - a.totalSeconds);
}
const objTotal = (p, i) => pointValue(p, i, EXP_R) + pointValue(p, i, EXP_U) + pointValue(p, i, IMP_R) + pointValue(p, i, IMP_U);
/** `censusVats[i]`: the vats of `censuses[i]` by vatID. */
function clistStats(vatID, merged, censuses, censusVats, perf) {
    const snapshots = [];
    /** The snapshots that hold this vat, each cut down to it: its deltas then cost nothing per other vat. */
    const withVat = [];
    for (const [i, c] of censuses.entries()) {
        const v = censusVats[i].get(vatID);
        if (!v)
            continue;
        withVat.push({ ...c, vats: [v] });
        snapshots.push({
            stage: c.stage ?? -1,
            height: c.height ?? null,
            exports: { ...v.exports },
            imports: { ...v.imports },
            promises: v.promises,
            nextImportID: v.nextImportID ?? null,
            ...(v.promiseSplit ? { promiseSplit: { ...v.promiseSplit } } : {}),
            ...(v.unresolvedPromises !== undefined ? { unresolvedPromises: v.unresolvedPromises } : {}),
        });
    }
    const pts = clistPoints(merged, vatID);
    let seriesStats = null;
    if (pts.length) {
        // Sample the step function at every block where it changed, plus the run's last block.
        const x = [];
        const y = [];
        for (let i = 0; i < pts.length; i++) {
            x.push(pointValue(pts, i, 0));
            y.push(objTotal(pts, i));
        }
        const lastH = merged.heightMax;
        if (lastH !== null && x[x.length - 1] < lastH) {
            x.push(lastH);
            y.push(y[y.length - 1]);
        }
        const { theilSen: ts, mannKendall: mk } = fitTrend(x, y, 0.05);
        const at = (i, h) => {
            const v = (s) => pointValue(pts, i, s);
            return { height: h, imports: v(IMP_R) + v(IMP_U), exports: v(EXP_R) + v(EXP_U), recognizableOnlyImports: v(IMP_U), recognizableOnlyExports: v(EXP_U), promises: v(PROM) };
        };
        const last = pts.length - 1;
        seriesStats = {
            source: 'slog',
            replayedFrom: merged.clist.sources[vatID] ?? 'clist-events',
            xAxis: merged.xAxis,
            absolute: merged.clist.absolute,
            slopePerBlock: ts?.slope ?? null,
            slopeCI: ts ? [ts.ciLow, ts.ciHigh] : null,
            pValue: mk?.pIncreasing ?? null,
            start: at(0, pointValue(pts, 0, 0)),
            end: at(last, lastH ?? pointValue(pts, last, 0)),
            chart: chartPoints(x, y),
        };
    }
    if (!snapshots.length && !seriesStats)
        return null;
    // Snapshot deltas come from the kernel-DB module, over the snapshots that hold this vat.
    const ofVat = (ds) => ds.map((d) => stageDelta(d, perf));
    let delta = null;
    if (withVat.length >= 2) {
        const { nextImportID: _unused, ...firstToLast } = ofVat(censusDelta(withVat[0], withVat[withVat.length - 1]))[0];
        delta = firstToLast;
    }
    else if (seriesStats?.start && seriesStats.end) {
        const s = seriesStats.start;
        const e = seriesStats.end;
        const blocks = (0,report_schema/* blocksOnAxis */.hB)(merged.xAxis, e.height - s.height);
        delta = {
            fromStage: null,
            toStage: null,
            blocks,
            exports: e.exports - s.exports,
            imports: e.imports - s.imports,
            recognizableOnly: e.recognizableOnlyImports + e.recognizableOnlyExports - s.recognizableOnlyImports - s.recognizableOnlyExports,
            promises: (e.promises ?? 0) - (s.promises ?? 0),
            perBlock: blocks > 0 ? (e.exports - s.exports + e.imports - s.imports) / blocks : null,
            perCycle: null,
        };
    }
    const stageDeltas = ofVat(censusDeltas(withVat));
    return { snapshots, series: seriesStats, delta, stageDeltas };
}
/** A kernel-DB delta in the report's shape: totals per side, rates per block and per cycle. */
function stageDelta(d, perf) {
    const exports = d.exports.reachable + d.exports.recognizableOnly;
    const imports = d.imports.reachable + d.imports.recognizableOnly;
    const blocks = d.blocks ?? null;
    const cycles = perfCycles(perf, d.from, d.to);
    return {
        fromStage: d.from,
        toStage: d.to,
        blocks,
        exports,
        imports,
        recognizableOnly: d.exports.recognizableOnly + d.imports.recognizableOnly,
        promises: d.promises,
        nextImportID: d.nextImportID ?? null,
        perBlock: blocks ? (exports + imports) / blocks : null,
        perCycle: cycles ? (exports + imports) / cycles : null,
    };
}
/** Loadgen cycles run after stage `from` up to and including stage `to`. */
function perfCycles(perf, from, to) {
    if (!perf)
        return null;
    let sum = 0;
    let any = false;
    for (let s = from + 1; s <= to; s++) {
        const c = perf.stages[String(s)]?.cycleCount;
        if (c !== undefined) {
            sum += c;
            any = true;
        }
    }
    return any ? sum : null;
}
/**
 * The vat's c-list points inside the run's block range, starting with its state before the first
 * block (from genesis-time points, or the final counts of a vat that never changed).
 */
function clistPoints(merged, vatID) {
    const all = merged.clist.points[vatID] ?? emptyPoints();
    const finalCounts = merged.clist.final[vatID];
    const h0 = merged.heightMin;
    const out = emptyPoints();
    const startWith = (values) => pushPoint(out, h0, values);
    if (merged.xAxis === 'deliveryOrdinal') {
        // No block events: no per-block series, but the replay still tells where the vat started
        // (its first recorded state) and ended (its final counts), on the delivery-ordinal range.
        if (!all.length || !finalCounts || h0 === null || merged.heightMax === null)
            return out;
        startWith(pointAt(all, 0));
        pushPoint(out, merged.heightMax, finalCounts);
        return out;
    }
    /** Index of the last point outside blocks (before the first block), and of the first inside. */
    let before = -1;
    let firstIn = -1;
    for (let i = 0; i < all.length; i++) {
        if (!Number.isFinite(pointValue(all, i, 0)))
            before = i;
        else if (firstIn < 0)
            firstIn = i;
    }
    if (h0 !== null) {
        const startVals = before >= 0 ? pointAt(all, before) : firstIn < 0 && finalCounts ? finalCounts : null;
        if (startVals && (firstIn < 0 || pointValue(all, firstIn, 0) > h0))
            startWith(startVals);
    }
    for (let i = 0; i < all.length; i++)
        if (Number.isFinite(pointValue(all, i, 0)))
            copyPoint(all, i, out);
    return out;
}

;// CONCATENATED MODULE: ./src/gate/boyd-rules.ts


/**
 * The run's drift form: the one in which the vats move least against their peers. Under an added
 * drift each vat minus its peers' median stays flat while its ratio to them moves (up for a vat
 * lighter than its peers, down for a heavier one); under a scaled drift the other way round. So
 * the form whose slopes, relative to the series' level, have the smaller median magnitude over the
 * vats is the one the drift cancels in; a leaking vat, one among several, moves the median little.
 * Only when that median is at most half the other's ({@link FORM_MARGIN}): the stage-to-stage level
 * moves of each vat (±10% at each restart) also move both forms, and a run whose drift is small
 * next to them cannot tell its form (a generated run with an added drift had medians 0.17 and 0.12
 * per mille per block: the ratio form, chosen on that, failed its lightest vat).
 * Only the vats the BOYD rule judges count (`vats`: enough BOYDs over enough of the run; a vat
 * reaped three times has wild slopes). With fewer than three of them having both forms (or a report
 * without the ratio form) the run cannot tell, and a vat must rise in both forms ('both'): neither
 * form alone may blame a vat for drift.
 */
function driftForm(vats) {
    const diffs = [];
    const ratios = [];
    for (const v of vats) {
        const b = v.boyd;
        const d = b?.commonModeCorrected;
        const q = b?.commonModeRatio;
        if (!b || !d || !q || d.slopePerBlock === null || q.slopePerBlock === null || !b.firstMean || !q.firstMean)
            continue;
        diffs.push(Math.abs(d.slopePerBlock / b.firstMean));
        ratios.push(Math.abs(q.slopePerBlock / q.firstMean));
    }
    if (diffs.length < 3)
        return 'both';
    const [d, r] = [(0,stats/* median */.JZ)(diffs), (0,stats/* median */.JZ)(ratios)];
    return r * FORM_MARGIN <= d ? 'ratio' : d * FORM_MARGIN <= r ? 'diff' : 'both';
}
/** A slope in µs per x unit: per block, or per delivery on a run without block events. */
const slopeText = (unit) => (s) => (s === null || s === undefined ? 'n/a' : `${(s * 1e6).toFixed(2)} µs/${unit}`);
const pct = (f) => (f === null || f === undefined ? 'n/a' : `${(f * 100).toFixed(0)}%`);
/** The blocks from a run's first to its last, the span `boydTestable` measures coverage against. */
const runSpan = (r) => (r.run.blockRange ? r.run.blockRange[1] - r.run.blockRange[0] + 1 : 0);
/** Whether the vat has enough BOYDs to be judged at all. */
function boydTestable(v, p, span) {
    const b = v.boyd;
    if (!b || b.xFirst === null || b.xLast === null)
        return false;
    return (0,shared_policy/* coversRun */.Ae)(b.count, b.xFirst, b.xLast, span, p);
}
/** The whole-run window of a vat. */
const wholeRun = (v) => ({
    trend: v.boyd,
    corrected: v.boyd.commonModeCorrected,
    ratio: v.boyd.commonModeRatio ?? null,
    heapGrowth: v.heap?.growth ?? null,
});
/** The window from the vat's onset on, when the report has one. */
function afterOnset(v) {
    const b = v.boyd;
    if (!b?.onset || !b.afterOnset)
        return null;
    return { trend: b.afterOnset, corrected: b.afterOnsetCorrected ?? null, ratio: b.afterOnsetRatio ?? null, heapGrowth: b.afterOnsetHeapGrowth ?? null };
}
function boydVerdict(v, p, ctx) {
    const base = { vatID: v.vatID, name: v.name, metric: 'boyd-slope' };
    const b = v.boyd;
    if (!b || !boydTestable(v, p, ctx.span)) {
        return { ...base, level: 'neutral', value: b?.slopePerBlock ?? null, threshold: p.slopeFloor, message: `too few BOYDs to judge (${b?.count ?? 0}; need ${p.minSamples} over ≥${pct(p.minSpanFraction)} of the run)` };
    }
    const alphaAdj = (0,stats/* bonferroni */.FR)(p.alpha, ctx.tested * Math.max(1, ctx.windows ?? 1));
    const floor = ctx.perBlock === false ? 0 : p.slopeFloor;
    const us = slopeText(ctx.perBlock === false ? 'delivery' : 'block');
    const axisNote = ctx.perBlock === false ? ' (x = delivery ordinal: no block events, floor not applied)' : '';
    const form = ctx.drift ?? 'both';
    const noPeers = p.commonMode && !b.commonModeCorrected ? '; no peer vats with enough BOYDs to tell machine drift apart' : '';
    // Without heap counts only the peers tell a vat's own growth from the others'. In one shared heap
    // (local workers: every vat in the kernel's process) every vat's BOYD collects all of it, so
    // every vat slows when any one retains: there BOYD time cannot blame a vat at all, and the
    // verdict stays at warn for the c-lists to decide.
    const sharedHeap = !v.heap && v.managerType === 'local';
    const noHeap = !v.heap
        ? sharedHeap
            ? '; no heap counts, and local workers share one heap (each BOYD collects all of it, so every vat slows down when any one retains): BOYD time cannot attribute a leak to a vat, the c-lists decide who leaks'
            : '; no heap counts: only its peers tell its own growth from machine drift'
        : '';
    const gc = b.gcWork?.adjusted ? `; judged at its usual GC load (${fmtNum(b.gcWork.reference)} GC krefs a BOYD, ${(b.gcWork.secondsPerKref * 1e6).toFixed(1)} µs each)` : '';
    const whole = wholeRun(v);
    const wholeFails = failures(whole, p, ctx, alphaAdj, form, floor, us);
    const onsetW = afterOnset(v);
    const onsetFails = onsetW ? failures(onsetW, p, ctx, alphaAdj, form, floor, us) : null;
    const where = b.onset ? `block ${b.onset.height}${b.onset.stage !== null ? ` (stage ${b.onset.stage})` : ''}` : '';
    const facts = (w, span) => `Sen slope ${us(w.trend.slopePerBlock)} (CI lower ${us(w.trend.slopeCI?.[0] ?? null)}), MK p=${fmtP(w.trend.pValue)} vs α=${fmtP(alphaAdj)}, rise ${pct(w.trend.relativeRise)} ${span}${axisNote}`;
    const guards = (w) => {
        const rv = riseAgainstPeers(w, form);
        return `${w.corrected ? `; corrected for common-mode drift ${us(w.corrected.slopePerBlock)}` : ''}${rv !== null ? `, ${pct(rv)} against its peers` : ''}${noPeers}${w.heapGrowth !== null ? `; heap ×${w.heapGrowth.toFixed(2)}` : ''}`;
    };
    const nominal = (w) => w.trend.pValue !== null && w.trend.pValue < p.alpha && (w.trend.slopePerBlock ?? 0) > 0;
    let level;
    let message;
    let value = b.slopePerBlock;
    if (sharedHeap && (!wholeFails.length || (onsetFails && !onsetFails.length))) {
        level = 'warn';
        message = `BOYD time grows, but cannot be attributed to this vat: ${facts(whole, 'over the run')}${guards(whole)}${where ? `; growth begins at ${where}` : ''}${gc}${noHeap}`;
    }
    else if (!wholeFails.length) {
        level = 'fail';
        message = `BOYD time grows: ${facts(whole, 'over the run')}${guards(whole)}${where ? `; growth begins at ${where}` : ''}${gc}${noHeap}`;
    }
    else if (onsetW && onsetFails && !onsetFails.length) {
        level = 'fail';
        value = onsetW.trend.slopePerBlock;
        message = `BOYD time grows from ${where} on: ${facts(onsetW, 'since then')}${guards(onsetW)}; the whole run shows no growth (${wholeFails[0]})${gc}${noHeap}`;
    }
    else if (nominal(whole) || (onsetW && nominal(onsetW))) {
        level = 'warn';
        const after = onsetW && onsetFails ? `; from ${where} on: ${facts(onsetW, 'since then')}; but ${onsetFails.join('; ')}` : '';
        message = `BOYD time may grow: ${facts(whole, 'over the run')}; but ${wholeFails.join('; ')}${after}${noPeers}${gc}${noHeap}`;
    }
    else {
        level = 'pass';
        message = `no BOYD growth: ${facts(whole, 'over the run')}${gc}`;
    }
    return { ...base, level, value, threshold: floor, message };
}
/** Why a window is not growth (empty: it is). */
function failures(w, p, ctx, alphaAdj, form, floor, us) {
    const t = w.trend;
    const out = [];
    if (!(t.pValue !== null && t.pValue < alphaAdj))
        out.push('trend not significant after correcting for the vats and windows tested');
    if (!((t.slopeCI?.[0] ?? -Infinity) > floor))
        out.push(ctx.perBlock === false ? 'slope lower bound not above 0' : `slope lower bound not above ${us(p.slopeFloor)}`);
    if (!(t.relativeRise !== null && t.relativeRise > p.minRelativeRise))
        out.push(`rise not above ${pct(p.minRelativeRise)}`);
    out.push(...windowDriftReasons(w, p, alphaAdj, form));
    return out;
}
/**
 * The window's rise against its peers, relative to its own level: in the 'diff' form the corrected
 * slope over the window divided by the vat's first mean, in the 'ratio' form the ratio's own rise;
 * in 'both' the smaller. Null without peers.
 */
function riseAgainstPeers(w, form) {
    const t = w.trend;
    const d = w.corrected;
    const q = w.ratio;
    const diffRise = d && d.slopePerBlock !== null && d.xFirst !== null && d.xLast !== null && t.firstMean ? (d.slopePerBlock * (d.xLast - d.xFirst)) / Math.abs(t.firstMean) : null;
    const ratioRise = q?.relativeRise ?? null;
    if (form === 'diff' || ratioRise === null)
        return diffRise;
    if (form === 'ratio' || diffRise === null)
        return ratioRise;
    return Math.min(diffRise, ratioRise);
}
/**
 * Why a vat's BOYD growth may be machine drift rather than its own (empty: no reason), over the
 * whole run. See {@link windowDriftReasons}.
 */
function driftReasons(v, p, alphaAdj, form) {
    return v.boyd ? windowDriftReasons(wholeRun(v), p, alphaAdj, form) : [];
}
/**
 * Why a window's growth may be machine drift (empty: no reason). With the common-mode test on, the
 * vat must rise significantly against its peers in the run's drift form ({@link driftForm}; in
 * both forms when the run cannot tell), and by more than the minimum rise: a vat that rises with
 * its peers plus a few percent (every vat of one shared heap does) is not growing on its own. A vat
 * without peers has only the heap test. A heap that did not grow means nothing was retained.
 */
function windowDriftReasons(w, p, alphaAdj, form) {
    const out = [];
    const risesAgainstPeers = (t) => t.pValue !== null && t.pValue < alphaAdj && (t.slopeCI?.[0] ?? -1) > 0;
    if (p.commonMode && w.corrected) {
        const ratio = w.ratio;
        // A vat without the ratio form (an older report; peers' median ≤ 0) is judged on the difference.
        if ((form !== 'ratio' || !ratio) && !risesAgainstPeers(w.corrected))
            out.push('not distinct from the other vats (machine-wide drift)');
        else if (form !== 'diff' && ratio && !risesAgainstPeers(ratio))
            out.push('not distinct from the other vats in proportion to their time (a machine-wide slowdown)');
        else {
            const rise = riseAgainstPeers(w, form);
            if (rise !== null && !(rise > p.minRelativeRise))
                out.push(`rise against its peers ${pct(rise)}, not above ${pct(p.minRelativeRise)}`);
        }
    }
    if (w.heapGrowth !== null && w.heapGrowth < p.heapVetoGrowth)
        out.push(`heap flat (×${w.heapGrowth.toFixed(2)}): likely machine drift`);
    return out;
}
/** How much less the vats must move in one drift form than in the other for the run to be judged in it. */
const FORM_MARGIN = 2;
const fmtNum = (n) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
function fmtP(p) {
    if (p === null || p === undefined)
        return 'n/a';
    if (p < 1e-4)
        return p.toExponential(1);
    return p.toPrecision(2);
}

;// CONCATENATED MODULE: ./src/gate/clist-rules.ts
/**
 * C-list growth verdicts. Counts are deterministic (no timing noise), so the thresholds are exact:
 * fail when a vat's object imports or exports, or its promise entries, grow by at least
 * `minGrowth` entries and `minPerBlock` per block (or any stage adds more than `maxPerStage`); warn
 * from `warnGrowth`; warn on a large unexplained drop of object entries (broken GC bookkeeping or
 * missing data; promise entries drop whenever pending promises resolve, so not for them).
 * The source is the kernel-DB snapshots when there are two or more, else the slog replay.
 */

/** How each count is named in messages. */
const NOUN = { exports: 'object exports', imports: 'object imports', promises: 'promise entries' };
const GREW = { exports: 'c-list exports', imports: 'c-list imports', promises: 'c-list promise entries' };
function clistVerdicts(v, p) {
    const c = v.clist;
    if (!c)
        return [];
    const out = [];
    for (const side of ['exports', 'imports', 'promises']) {
        const series = seriesFor(v, side);
        if (!series)
            continue;
        const { start, end, blocks, source, perStage } = series;
        const growth = end - start;
        const perBlock = blocks > 0 ? growth / blocks : null;
        const metric = `clist-${side}`;
        const base = { vatID: v.vatID, name: v.name, metric, value: growth, threshold: p.minGrowth };
        // Without block heights (no block events; snapshots whose heights neither the DB, perf.jsonl nor
        // the slogs give) there is no rate to hold against minPerBlock: the growth alone decides, and
        // the message says so.
        const rate = perBlock !== null ? ` (${perBlock.toFixed(2)}/block over ${blocks} blocks)` : growth >= p.minGrowth ? '; no block heights, so the per-block floor is not applied' : '';
        const stageJump = p.maxPerStage !== null ? perStage.find((s) => s.delta > p.maxPerStage) : undefined;
        let level = 'pass';
        let message = `${NOUN[side]} ${start} → ${end} (${signed(growth)})${rate}, from ${source}`;
        if ((growth >= p.minGrowth && (perBlock === null || perBlock >= p.minPerBlock)) || stageJump) {
            level = 'fail';
            message = `${GREW[side]} grow: ${start} → ${end} (${signed(growth)})${rate}, from ${source}${stageJump ? `; stage ${stageJump.stage} alone added ${stageJump.delta}` : ''}`;
        }
        else if (growth >= p.warnGrowth) {
            level = 'warn';
            message = `${GREW[side]} grew: ${start} → ${end} (${signed(growth)})${rate}, from ${source}`;
        }
        else if (side !== 'promises' && -growth >= p.dropWarnMin && start > 0 && -growth / start > p.dropWarnFraction) {
            level = 'warn';
            message = `${GREW[side]} dropped sharply: ${start} → ${end} (${signed(growth)}), from ${source}; check the data or the GC`;
        }
        out.push({ ...base, level, message });
    }
    return out;
}
function seriesFor(v, side) {
    const c = v.clist;
    const snaps = c.snapshots;
    if (snaps.length >= 2) {
        const total = (i) => (side === 'promises' ? snaps[i].promises : snaps[i][side].reachable + snaps[i][side].recognizableOnly);
        const a = snaps[0];
        const b = snaps[snaps.length - 1];
        const perStage = snaps.slice(1).map((s, i) => ({ stage: s.stage, delta: total(i + 1) - total(i) }));
        return {
            start: total(0),
            end: total(snaps.length - 1),
            blocks: a.height !== null && b.height !== null ? b.height - a.height : 0,
            source: `kernel DB, stage ${a.stage} → ${b.stage}`,
            perStage,
        };
    }
    const s = c.series;
    // A report written before the series counted promises has none to judge.
    if (s?.start && s.end && (side !== 'promises' || (s.start.promises !== undefined && s.end.promises !== undefined))) {
        const ordinal = s.xAxis === 'deliveryOrdinal';
        const replay = s.replayedFrom === 'translations' ? 'slog replay of delivery/syscall translations' : s.replayedFrom === 'mixed' ? 'slog replay (partly of translations)' : 'slog replay';
        return {
            start: s.start[side] ?? 0,
            end: s.end[side] ?? 0,
            // Without block events there is no per-block rate: judged on the growth alone.
            blocks: (0,report_schema/* blocksOnAxis */.hB)(s.xAxis, s.end.height - s.start.height),
            source: ordinal
                ? `${replay}, whole run (no block events)${s.absolute ? '' : ' (relative)'}`
                : `${replay}, block ${s.start.height} → ${s.end.height}${s.absolute ? '' : ' (relative)'}`,
            perStage: [],
        };
    }
    return null;
}
const signed = (n) => (n >= 0 ? `+${n}` : String(n));

;// CONCATENATED MODULE: ./src/gate/baseline-rules.ts
/**
 * Comparison with a baseline RunReport (the last run on main). Per vat:
 * - `boyd-slope-vs-baseline`: the BOYD slope difference, with both runs' uncertainty (each Sen
 *   CI half-width turned into a standard error and combined in quadrature): fail when the current
 *   slope exceeds the baseline's by more than z standard errors, is above the slope floor, and is
 *   at least `minRatio` times the baseline's, and the BOYD rule's drift guards find nothing (the vat
 *   rises against its peers in this run's drift form, its heap grew: a slower CI host steepens every
 *   vat's slope); warn when only significant, or when a drift guard objects.
 * - `clist-vs-baseline`: c-list growth per block now vs the baseline's, with an exact tolerance.
 * A vat that is new or absent in the baseline is reported as neutral, never compared with another:
 * vats are matched by name, and by vatID only when the names do not disagree (a dynamic vatID may
 * belong to another vat in another run). BOYD slopes are compared only when both runs measure
 * them per block (a slope per delivery, on a run without block events, is another quantity) and
 * when the BOYD rule could judge the vat in both runs (enough BOYDs, over enough of the run).
 */




/**
 * The α a report computed a vat's Sen interval at: its recorded policy's, through the same
 * override matching as the gate (`policyFor`), which need not be this run's. A recorded policy is
 * JSON from an artifact: anything but a probability falls back to the default.
 */
function ciAlpha(r, vatID, name) {
    const rec = (r.policy ?? {});
    const boyd = rec.boyd && typeof rec.boyd === 'object' ? { ...shared_policy/* DEFAULT_POLICY */.zj.boyd, ...rec.boyd } : shared_policy/* DEFAULT_POLICY */.zj.boyd;
    const overrides = Array.isArray(rec.overrides) ? rec.overrides.filter((o) => !!o && typeof o === 'object') : [];
    const a = (0,shared_policy/* policyFor */.KV)({ ...shared_policy/* DEFAULT_POLICY */.zj, boyd, overrides }, vatID, name).boyd.alpha;
    return typeof a === 'number' && a > 0 && a < 1 ? a : shared_policy/* DEFAULT_POLICY */.zj.boyd.alpha;
}
/** A baseline is JSON from a file or an artifact: a statistic of another type is no statistic. */
const finiteOrNull = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
/** The vat's BOYD slope and its interval, as numbers. */
const hasSlope = (b) => !!b && finiteOrNull(b.slopePerBlock) !== null && Array.isArray(b.slopeCI) && b.slopeCI.length === 2 && b.slopeCI.every((c) => finiteOrNull(c) !== null);
/** `tested`, `drift`: the BOYD rule's Bonferroni count and drift form in this run (for the drift guards). */
function baselineVerdicts(report, baseline, policy, vatIDs, tested, drift) {
    const out = [];
    const byKey = new Map();
    for (const v of baseline.vats) {
        byKey.set(`id:${v.vatID}`, v);
        if (v.name)
            byKey.set(`name:${v.name}`, v);
    }
    const unit = (0,report_schema/* slopeUnit */.OV)(report.run.xAxis);
    const sameAxis = unit === (0,report_schema/* slopeUnit */.OV)(baseline.run.xAxis);
    const us = slopeText(unit);
    const [span, baselineSpan] = [runSpan(report), runSpan(baseline)];
    const judged = new Set(vatIDs);
    for (const v of report.vats) {
        if (!judged.has(v.vatID))
            continue;
        // Match by name first: vatIDs of dynamic vats can differ between runs. The same vatID under
        // another name is another vat.
        const byID = byKey.get(`id:${v.vatID}`);
        const b = (v.name && byKey.get(`name:${v.name}`)) || (byID && (!v.name || !byID.name || byID.name === v.name) ? byID : undefined);
        const base = { vatID: v.vatID, name: v.name };
        const p = (0,shared_policy/* policyFor */.KV)(policy, v.vatID, v.name);
        const neutral = (message) => out.push({ ...base, metric: 'boyd-slope-vs-baseline', level: 'neutral', value: v.boyd.slopePerBlock, threshold: null, unit: `s/${unit}`, message });
        if (!b) {
            if (v.boyd?.slopePerBlock !== null && v.boyd) {
                neutral(byID ? `vat not in the baseline (its vatID belongs to ${byID.name} there): nothing to compare` : 'vat not in the baseline: nothing to compare');
            }
            continue;
        }
        const cur = v.boyd;
        const old = b.boyd;
        if (hasSlope(cur) && hasSlope(old)) {
            const testedHere = boydTestable(v, p.boyd, span);
            if (!sameAxis) {
                neutral(`BOYD slope per ${unit} here, per ${(0,report_schema/* slopeUnit */.OV)(baseline.run.xAxis)} in the baseline: not comparable`);
            }
            else if (!testedHere || !boydTestable(b, p.boyd, baselineSpan)) {
                neutral(`too few BOYDs ${testedHere ? 'in the baseline' : 'in this run'} to compare (need ${p.boyd.minSamples} over ≥${Math.round(p.boyd.minSpanFraction * 100)}% of the run)`);
            }
            else {
                // Each interval back to a standard error at the α it was computed with.
                const se = (ci, alpha) => (ci[1] - ci[0]) / (2 * (0,stats/* normalQuantile */.Zl)(1 - alpha / 2));
                const sd = Math.hypot(se(cur.slopeCI, ciAlpha(report, v.vatID, v.name)), se(old.slopeCI, ciAlpha(baseline, b.vatID, b.name)));
                const diff = cur.slopePerBlock - old.slopePerBlock;
                const z = sd > 0 ? diff / sd : diff > 0 ? Infinity : 0;
                const significant = z > policy.baseline.z;
                const big = cur.slopePerBlock > p.boyd.slopeFloor && cur.slopePerBlock >= policy.baseline.minRatio * Math.max(old.slopePerBlock, p.boyd.slopeFloor);
                const guards = significant && big ? driftReasons(v, p.boyd, (0,stats/* bonferroni */.FR)(p.boyd.alpha, tested), drift) : [];
                const level = significant && big && !guards.length ? 'fail' : significant ? 'warn' : 'pass';
                out.push({
                    ...base,
                    metric: 'boyd-slope-vs-baseline',
                    level,
                    value: diff,
                    threshold: policy.baseline.z,
                    // The threshold is a z score; value and reference are in seconds per x step.
                    reference: { kind: 'baseline', value: old.slopePerBlock, runs: 1 },
                    unit: `s/${unit}`,
                    message: `BOYD slope ${us(cur.slopePerBlock)} vs baseline ${us(old.slopePerBlock)} (difference ${us(diff)}, z=${Number.isFinite(z) ? z.toFixed(1) : '∞'})${guards.length ? `; but ${guards.join('; ')}` : ''}`,
                });
            }
        }
        const curRate = finiteOrNull(v.clist?.delta?.perBlock);
        const oldRate = finiteOrNull(b.clist?.delta?.perBlock);
        if (curRate !== null && oldRate !== null) {
            const diff = curRate - oldRate;
            const level = diff > policy.baseline.clistPerBlockTolerance && (v.clist?.delta?.exports ?? 0) + (v.clist?.delta?.imports ?? 0) >= p.clist.warnGrowth ? 'fail' : 'pass';
            out.push({
                ...base,
                metric: 'clist-vs-baseline',
                level,
                value: diff,
                threshold: policy.baseline.clistPerBlockTolerance,
                reference: { kind: 'baseline', value: oldRate, runs: 1 },
                unit: 'entries/block',
                message: `c-list growth ${curRate.toFixed(3)}/block vs baseline ${oldRate.toFixed(3)}/block`,
            });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/history/index.ts + 7 modules
var src_history = __nccwpck_require__(4894);
;// CONCATENATED MODULE: ./src/gate/band-rules.ts




/** `judged`: the vats the gate judges (not ignored); `tested`, `drift`: the BOYD rule's, for the slope's drift guards. */
function bandVerdicts(report, history, policy, judged, tested, drift) {
    const hp = policy.history ?? shared_policy/* DEFAULT_POLICY */.zj.history;
    const entry = (0,src_history/* entryFromReport */.R8)(report);
    const bands = (0,src_history/* bandsOf */.yL)(history, hp.bandRuns, entry.run);
    if (bands.runs < hp.bandMinRuns) {
        return { verdicts: [], info: { used: false, reason: `${bands.runs} main run(s) in the history; the band needs ${hp.bandMinRuns}`, runs: bands.runs } };
    }
    const byID = new Map(judged.map((v) => [v.vatID, v]));
    const comparisons = [];
    for (const [vatID, name, values] of entry.vats) {
        const vat = byID.get(vatID);
        if (!vat)
            continue;
        entry.metrics.forEach((metric, j) => {
            const value = values[j];
            const info = (0,src_history/* metricInfo */.R)(metric);
            if (value === null || value === undefined || !info?.judged)
                return;
            if (metric.startsWith('boyd-') && (vat.boyd?.count ?? 0) < (0,shared_policy/* policyFor */.KV)(policy, vatID, name).boyd.minSamples)
                return;
            const band = bands.get(vatID, name, metric);
            if (!band || band.runs < hp.bandMinRuns)
                return;
            comparisons.push({ vat, metric, value, band });
        });
    }
    const m = comparisons.length;
    const judgedAgainst = comparisons.map((c) => {
        const info = (0,src_history/* metricInfo */.R)(c.metric);
        const t = (0,stats/* studentTQuantile */.$J)(1 - (0,stats/* bonferroni */.FR)(hp.bandAlpha, m), c.band.runs - 1);
        const noise = t * c.band.spread * Math.sqrt(1 + Math.PI / (2 * c.band.runs));
        const floor = info.floor(policy, c.band.median);
        return { ...c, excess: c.value - c.band.median, noise, floor };
    });
    const above = (c) => c.excess > Math.max(c.noise, c.floor);
    // Machine-wide: a timing metric above the band in more than half of the vats that have it (≥ 3).
    const machineWide = new Set();
    const byMetric = new Map();
    for (const c of judgedAgainst)
        if ((0,src_history/* metricInfo */.R)(c.metric).timing)
            byMetric.set(c.metric, [...(byMetric.get(c.metric) ?? []), c]);
    for (const [metric, cs] of byMetric)
        if (cs.length >= 3 && cs.filter(above).length * 2 > cs.length)
            machineWide.add(metric);
    const verdicts = judgedAgainst.map((c) => {
        const info = (0,src_history/* metricInfo */.R)(c.metric);
        const f = (v) => (0,src_history/* formatValue */.Fl)(v, info.unit);
        const d = (v) => (0,src_history/* formatDelta */.CW)(v, info.unit);
        const over = above(c);
        const guards = [];
        if (over && machineWide.has(c.metric))
            guards.push(`most vats are above their band in ${info.label} (a slower machine)`);
        if (over && c.metric === 'boyd-slope') {
            const p = (0,shared_policy/* policyFor */.KV)(policy, c.vat.vatID, c.vat.name).boyd;
            guards.push(...driftReasons(c.vat, p, (0,stats/* bonferroni */.FR)(p.alpha, tested), drift));
        }
        if (over && !info.bandFails)
            guards.push(`${info.label} alone does not fail a run`);
        const level = over ? (guards.length ? 'warn' : 'fail') : 'pass';
        const threshold = Math.max(c.noise, c.floor);
        const where = over ? `above the band by ${d(c.excess)} (more than ${d(threshold)})` : c.excess < -threshold ? 'below the band' : 'within the band';
        return {
            vatID: c.vat.vatID,
            name: c.vat.name,
            metric: `${c.metric}-vs-band`,
            level,
            // Like every comparison verdict: the difference from the reference, and the difference allowed.
            value: c.value - c.band.median,
            threshold,
            message: `${info.label} ${f(c.value)} vs band ${f(c.band.median)} ± ${d(c.band.spread)} of ${c.band.runs} main run(s): ${where}${guards.length ? `; but ${guards.join('; ')}` : ''}`,
            reference: { kind: 'band', value: c.band.median, spread: c.band.spread, runs: c.band.runs },
            unit: info.unit,
        };
    });
    return { verdicts, info: { used: true, reason: `judged against the band of the last ${bands.runs} main run(s)`, runs: bands.runs } };
}

;// CONCATENATED MODULE: ./src/gate/gate.ts





const RANK = { neutral: 0, pass: 1, warn: 2, fail: 3 };
function worst(levels) {
    let w = 'neutral';
    for (const l of levels)
        if (RANK[l] > RANK[w])
            w = l;
    return w;
}
function gate(report, baseline, ...rest) {
    const withHistory = rest[0] === null || (typeof rest[0] === 'object' && 'entries' in rest[0]);
    const history = withHistory ? rest[0] : null;
    const policy = (withHistory ? rest[1] : rest[0]);
    const baselineReason = (withHistory ? rest[2] : rest[1]);
    const span = runSpan(report);
    const judged = report.vats.filter((v) => !(0,shared_policy/* isIgnored */.pi)(policy, v.vatID, v.name));
    const testable = judged.filter((v) => boydTestable(v, (0,shared_policy/* policyFor */.KV)(policy, v.vatID, v.name).boyd, span));
    const tested = testable.length;
    const drift = driftForm(testable);
    const verdicts = [];
    for (const v of judged) {
        const p = (0,shared_policy/* policyFor */.KV)(policy, v.vatID, v.name);
        // Each vat is judged over the whole run and from each candidate onset: all count as tests.
        const windows = 1 + p.boyd.onsetCandidates;
        if (v.boyd)
            verdicts.push(boydVerdict(v, p.boyd, { tested, span, perBlock: report.run.xAxis !== 'deliveryOrdinal', drift, windows }));
        verdicts.push(...clistVerdicts(v, p.clist));
    }
    let baselineInfo;
    if (baseline) {
        verdicts.push(...baselineVerdicts(report, baseline, policy, judged.map((v) => v.vatID), tested, drift));
        baselineInfo = { used: true, reason: 'compared with the baseline report', provenance: baseline.provenance, generatedAt: baseline.generatedAt };
    }
    else {
        baselineInfo = { used: false, reason: baselineReason ?? 'no baseline given: judged on thresholds alone' };
    }
    let band;
    if (history) {
        const res = bandVerdicts(report, history, policy, judged, tested, drift);
        verdicts.push(...res.verdicts);
        band = res.info;
    }
    const verdict = worst(verdicts.map((v) => v.level));
    return { ...report, verdicts, verdict: verdict === 'neutral' && verdicts.length === 0 ? 'neutral' : verdict, baseline: baselineInfo, ...(band ? { band } : {}) };
}

;// CONCATENATED MODULE: ./src/sources/zip/central-directory.ts
/** Thrown for container-level corruption; the caller turns it into an InputError. */
class ZipFormatError extends Error {
}
const OPTIONS = { lazyEntries: true, decodeStrings: false, validateEntrySizes: false, autoClose: false };
/** Opens a zip file, or zip bytes in memory. File-system errors (ENOENT, ...) are thrown as they are. */
async function openZip(source) {
    // Loaded for zips only: its own bundle chunk, not compiled at every start.
    const { default: yauzl } = await __nccwpck_require__.e(/* import() */ 663).then(__nccwpck_require__.t.bind(__nccwpck_require__, 663, 19));
    let zip;
    try {
        zip =
            typeof source === 'string'
                ? await yauzl.openPromise(source, OPTIONS)
                : await yauzl.fromBufferPromise(Buffer.from(source.buffer, source.byteOffset, source.byteLength), OPTIONS);
    }
    catch (err) {
        if (typeof err.code === 'string')
            throw err;
        throw new ZipFormatError(`not a readable zip archive (${err.message})`);
    }
    // The entries yauzl handed over, by index: reading a member's header or data takes its own object.
    const byIndex = [];
    return {
        entryCount: zip.entryCount,
        async entries() {
            const out = [];
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
            }
            catch (err) {
                throw new ZipFormatError(`central directory entry ${out.length} is corrupt (${err.message})`);
            }
            return out;
        },
        async span(entry) {
            try {
                const { fileDataStart } = await zip.readLocalFileHeaderPromise(byIndex[entry.index], { minimal: true });
                return { headerOffset: entry.localHeaderOffset, dataOffset: fileDataStart, dataEnd: fileDataStart + entry.compressedSize };
            }
            catch (err) {
                throw new ZipFormatError(`bad local header (${err.message})`);
            }
        },
        rawData(entry) {
            return zip.openReadStreamPromise(byIndex[entry.index], { decodeFileData: false });
        },
        close() {
            if (zip.isOpen)
                zip.close();
        },
    };
}

;// CONCATENATED MODULE: ./src/sources/zip/member-checks.ts
/** Ratio checks only apply to members larger than this (tiny members compress absurdly well). */
const RATIO_FLOOR_BYTES = 1024 * 1024;
const REASON_ESCAPES = 'path escapes the extraction directory';
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
const HOST_UNIX = 3;
const HOST_OSX = 19;
const DOS_DIRECTORY = 0x10;
const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lossy = new TextDecoder('utf-8');
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const WINDOWS_FORBIDDEN = /[<>:"|?*]/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
function describeSpecial(type) {
    switch (type) {
        case 0o020000:
            return 'character device';
        case 0o060000:
            return 'block device';
        case 0o010000:
            return 'named pipe (FIFO)';
        case 0o140000:
            return 'socket';
        default:
            return `unknown file type 0o${type.toString(8)}`;
    }
}
function fmtBytes(n) {
    return `${n} bytes`;
}
function vetMember(entry, limits, platform = process.platform) {
    let name;
    try {
        name = utf8.decode(entry.nameBytes);
    }
    catch {
        return { ok: false, name: utf8Lossy.decode(entry.nameBytes), reason: 'member name is not valid UTF-8' };
    }
    const reject = (reason) => ({ ok: false, name, reason });
    // --- name ---
    if (name.length === 0)
        return reject('empty member name');
    if (name.includes('\u0000'))
        return reject('member name contains a NUL byte');
    if (CONTROL.test(name))
        return reject('member name contains control characters');
    if (name.startsWith('\\\\') || name.startsWith('//'))
        return reject('absolute path (UNC share)');
    if (name.startsWith('/'))
        return reject('absolute path');
    if (/^[A-Za-z]:/.test(name))
        return reject('absolute path (drive letter)');
    if (name.includes('\\')) {
        // Every backslash is a separator to Windows tools; `a\..\..\x` must not sneak through.
        if (name.split('\\').some((s) => s === '..'))
            return reject(REASON_ESCAPES);
        return reject('member name uses backslash separators');
    }
    const endsWithSlash = name.endsWith('/');
    const segments = (endsWithSlash ? name.slice(0, -1) : name).split('/');
    if (segments.some((s) => s === '..'))
        return reject(REASON_ESCAPES);
    if (segments.some((s) => s === '' || s === '.'))
        return reject('non-canonical path (empty or "." segment)');
    if (platform === 'win32') {
        for (const s of segments) {
            if (WINDOWS_FORBIDDEN.test(s) || WINDOWS_RESERVED.test(s) || /[. ]$/.test(s)) {
                return reject('member name is not a valid Windows path');
            }
        }
    }
    // --- type ---
    let kind = endsWithSlash ? 'directory' : 'file';
    if (entry.hostSystem === HOST_UNIX || entry.hostSystem === HOST_OSX) {
        const type = (entry.externalAttributes >>> 16) & S_IFMT;
        if (type === S_IFLNK)
            return reject('symbolic link');
        if (type === S_IFDIR)
            kind = 'directory';
        else if (type !== 0 && type !== S_IFREG)
            return reject(`special file (${describeSpecial(type)})`);
        else if (type === S_IFREG && endsWithSlash)
            return reject('regular file whose name ends with "/"');
    }
    else if ((entry.externalAttributes & DOS_DIRECTORY) !== 0) {
        kind = 'directory';
    }
    if (kind === 'directory') {
        if (entry.uncompressedSize !== 0)
            return reject('directory entry carries data');
        return { ok: true, name, kind, segments };
    }
    // --- encoding ---
    if ((entry.flags & 0x0001) !== 0)
        return reject('encrypted member');
    if (entry.method !== 0 && entry.method !== 8)
        return reject(`unsupported compression method ${entry.method}`);
    if (entry.method === 0 && entry.compressedSize !== entry.uncompressedSize) {
        return reject('stored member whose compressed and uncompressed sizes differ');
    }
    // --- declared sizes ---
    if (entry.uncompressedSize > limits.maxFileBytes) {
        return reject(`declared size ${fmtBytes(entry.uncompressedSize)} exceeds the per-file limit of ${fmtBytes(limits.maxFileBytes)}`);
    }
    if (entry.uncompressedSize > RATIO_FLOOR_BYTES) {
        const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
        if (ratio > limits.maxRatio) {
            return reject(`declared compression ratio ${Math.round(ratio)}:1 exceeds the limit of ${limits.maxRatio}:1`);
        }
    }
    return { ok: true, name, kind, segments };
}
/**
 * Quotes an untrusted member name for a one-line error message: JSON string escaping plus escapes
 * for line/paragraph separators and bidi/zero-width characters, truncated to a sane length.
 */
function quoteName(name, max = 120) {
    const cps = Array.from(name);
    const cut = cps.length > max ? `${cps.slice(0, max).join('')}…` : name;
    return JSON.stringify(cut).replace(/[\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff\u0085]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

;// CONCATENATED MODULE: ./src/sources/zip/extract-zip.ts
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






/** True when the bytes start like a ZIP archive (local header or empty-archive end record). */
function looksLikeZip(bytes) {
    if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
        return false;
    return (bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06);
}
/** Inflater output chunk: 1 MiB, so a large member is written in few steps, each before the next. */
const INFLATE_CHUNK = 1024 * 1024;
class MemberAbort extends Error {
}
async function extractZipSafely(zipFile, destDir, limits = shared_limits/* DEFAULT_LIMITS */.d) {
    const label = typeof zipFile === 'string' ? external_node_path_default().basename(zipFile) : 'in-memory zip';
    let zip;
    try {
        zip = await openZip(zipFile);
    }
    catch (err) {
        if (err instanceof ZipFormatError)
            throw new shared_limits/* InputError */.w(`${label}: ${err.message}`);
        throw new shared_limits/* InputError */.w(`${label}: cannot open archive: ${describeError(err)}`);
    }
    try {
        return await extractFrom(zip, label, destDir, limits);
    }
    finally {
        zip.close();
    }
}
function describeError(err) {
    const e = err;
    const text = typeof e?.code === 'string' ? e.code : typeof e?.message === 'string' ? e.message : String(err);
    return text.replace(/\s+/g, ' ');
}
const memberMsg = (label, name, reason) => `${label}: member ${quoteName(name)} rejected: ${reason}`;
/**
 * One-line log/report message for a skipped member, e.g.
 * `artifact.zip: member "../x" rejected: path escapes the extraction directory`.
 * The name is JSON-quoted (control, bidi and zero-width characters escaped); the line is plain
 * text, so pass it through `mdText` before putting it into markdown.
 */
function describeSkipped(archive, skipped) {
    return memberMsg(archive, skipped.name, skipped.reason);
}
async function extractFrom(zip, label, destDir, limits) {
    // 1. Member-count cap (from the end record), then the directory.
    if (zip.entryCount > limits.maxEntries) {
        throw new shared_limits/* InputError */.w(`${label}: archive has ${zip.entryCount} members, more than the limit of ${limits.maxEntries}`);
    }
    const entries = await zip.entries().catch((err) => {
        if (err instanceof ZipFormatError)
            throw new shared_limits/* InputError */.w(`${label}: ${err.message}`);
        throw err;
    });
    // 2. Vet every entry before touching the disk.
    const skipped = [];
    const accepted = [];
    const seen = new Set();
    const foldCase = process.platform === 'darwin' || process.platform === 'win32';
    for (const entry of entries) {
        const v = vetMember(entry, limits);
        if (!v.ok) {
            skipped.push({ name: v.name, reason: v.reason });
            continue;
        }
        const key = foldCase ? v.segments.join('/').toLowerCase() : v.segments.join('/');
        if (seen.has(key)) {
            if (v.kind === 'file')
                skipped.push({ name: v.name, reason: 'duplicate member name' });
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
        }
        catch (err) {
            if (err instanceof ZipFormatError)
                throw new shared_limits/* InputError */.w(memberMsg(label, a.name, err.message));
            throw err;
        }
    }
    const byOffset = [...files].sort((x, y) => x.span.headerOffset - y.span.headerOffset);
    for (let i = 1; i < byOffset.length; i++) {
        const prev = byOffset[i - 1];
        const cur = byOffset[i];
        if (prev.span.dataEnd > cur.span.headerOffset) {
            throw new shared_limits/* InputError */.w(memberMsg(label, cur.name, `its data overlaps member ${quoteName(prev.name)}`));
        }
    }
    // 4. Declared total.
    const declaredTotal = files.reduce((s, a) => s + a.entry.uncompressedSize, 0);
    if (declaredTotal > limits.maxTotalBytes) {
        throw new shared_limits/* InputError */.w(`${label}: members declare ${declaredTotal} bytes in total, more than the limit of ${limits.maxTotalBytes} bytes`);
    }
    // 5. Extract.
    await (0,promises_.mkdir)(destDir, { recursive: true });
    const root = await (0,promises_.realpath)(destDir);
    const dirs = new DirMaker(root);
    const written = [];
    const result = { files: [], skipped, totalBytes: 0 };
    try {
        for (const a of accepted) {
            const target = external_node_path_default().join(root, ...a.segments);
            const rel = external_node_path_default().relative(root, target);
            if (rel === '' || outside(rel)) {
                skipped.push({ name: a.name, reason: REASON_ESCAPES });
                continue;
            }
            if (a.kind === 'directory') {
                const problem = await dirs.ensure(a.segments);
                if (problem)
                    skipped.push({ name: a.name, reason: problem });
                continue;
            }
            const problem = await dirs.ensure(a.segments.slice(0, -1));
            if (problem) {
                skipped.push({ name: a.name, reason: problem });
                continue;
            }
            let fh;
            try {
                fh = await (0,promises_.open)(target, 'wx', 0o644);
            }
            catch (err) {
                const code = err.code;
                if (code === 'EEXIST' || code === 'EISDIR' || code === 'ENOTDIR' || code === 'ENAMETOOLONG' || code === 'EINVAL') {
                    skipped.push({ name: a.name, reason: `cannot create file (${code})` });
                    continue;
                }
                throw err;
            }
            written.push(target);
            let bytes;
            try {
                bytes = await copyMember(zip, a, fh, limits, result.totalBytes, label);
            }
            catch (err) {
                await fh.close().catch(() => { });
                await (0,promises_.unlink)(target).catch(() => { });
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
    }
    catch (err) {
        await Promise.all(written.map((f) => (0,promises_.unlink)(f).catch(() => { })));
        throw err;
    }
    return result;
}
/** True when a `path.relative(root, x)` result points outside `root` (`..foo` is a valid name). */
const outside = (rel) => rel === '..' || rel.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(rel);
/** Creates directories one component at a time, never following or replacing non-directories. */
class DirMaker {
    root;
    ok = new Set();
    constructor(root) {
        this.root = root;
    }
    /** Returns a skip reason, or undefined when `root/segments...` is a real directory. */
    async ensure(segments) {
        let cur = this.root;
        for (const seg of segments) {
            cur = external_node_path_default().join(cur, seg);
            if (this.ok.has(cur))
                continue;
            let st;
            try {
                st = await (0,promises_.lstat)(cur);
            }
            catch (err) {
                if (err.code !== 'ENOENT')
                    return `cannot create directory (${describeError(err)})`;
                try {
                    await (0,promises_.mkdir)(cur);
                }
                catch (err2) {
                    return `cannot create directory (${describeError(err2)})`;
                }
                this.ok.add(cur);
                continue;
            }
            if (st.isSymbolicLink())
                return REASON_ESCAPES;
            if (!st.isDirectory())
                return 'a parent path component is not a directory';
            this.ok.add(cur);
        }
        // Belt and braces: the real location must still be inside the root.
        if (segments.length > 0) {
            const real = await (0,promises_.realpath)(cur);
            const rel = external_node_path_default().relative(this.root, real);
            if (outside(rel))
                return REASON_ESCAPES;
        }
        return undefined;
    }
}
async function writeAll(fh, chunk) {
    let off = 0;
    while (off < chunk.length) {
        const { bytesWritten } = await fh.write(chunk, off, chunk.length - off);
        off += bytesWritten;
    }
}
/** Streams one member into `fh`, enforcing the caps on actual bytes. Returns bytes written. */
async function copyMember(zip, a, fh, limits, totalSoFar, label) {
    const { entry } = a;
    let count = 0;
    let crc = 0;
    const emit = async (chunk) => {
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
            throw new shared_limits/* InputError */.w(memberMsg(label, a.name, `extraction exceeds the total limit of ${limits.maxTotalBytes} bytes`));
        }
        count = next;
        crc = (0,external_node_zlib_namespaceObject.crc32)(chunk, crc);
        await writeAll(fh, chunk);
    };
    const raw = await zip.rawData(entry);
    const data = entry.method === 8 ? raw.pipe((0,external_node_zlib_namespaceObject.createInflateRaw)({ chunkSize: INFLATE_CHUNK })) : raw;
    if (data !== raw)
        raw.on('error', (err) => data.destroy(err));
    try {
        for await (const chunk of data)
            await emit(chunk);
    }
    catch (err) {
        if (err instanceof MemberAbort || err instanceof shared_limits/* InputError */.w || entry.method !== 8)
            throw err;
        throw new MemberAbort(`corrupt deflate data (${describeError(err)})`);
    }
    finally {
        data.destroy();
        raw.destroy();
    }
    if (count !== entry.uncompressedSize) {
        throw new MemberAbort(`inflated to ${count} bytes, not the declared ${entry.uncompressedSize}`);
    }
    if (crc >>> 0 !== entry.crc32)
        throw new MemberAbort('CRC-32 mismatch');
    return count;
}

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
var external_node_v8_default = /*#__PURE__*/__nccwpck_require__.n(external_node_v8_namespaceObject);
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
;// CONCATENATED MODULE: ./src/engine/heap-probe.ts
/**
 * A diagnosis for the benchmark (`LOADGEN_GATE_HEAP_PROBE=1`): how much the engine keeps once the
 * slogs are read (the merged run the report is built from), measured after a full garbage
 * collection, so that it is data still referenced and not garbage the collector has yet to
 * reclaim. Peak RSS mixes the two with the heaps' spare room, the allocator's free lists, the
 * Node binary's pages and each thread's isolate; this line tells whether what the engine keeps
 * grows with a slog's length. Off by default: the collection costs milliseconds, and the flag it
 * needs (`--expose-gc`) stays set for the rest of the process.
 */


const HEAP_PROBE_ENV = 'LOADGEN_GATE_HEAP_PROBE';
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
/**
 * The probe's log line, or null when the probe is off. Measures the calling thread's heap (the
 * engine's: the main thread's or the engine worker's), where the merged run lives.
 */
async function heapProbe(env = process.env) {
    if (env[HEAP_PROBE_ENV] !== '1')
        return null;
    external_node_v8_default().setFlagsFromString('--expose-gc');
    const gc = (0,external_node_vm_namespaceObject.runInNewContext)('gc');
    // The inflaters' native handles close some time after their streams end, and only then let go of
    // their last output buffers: collect until two rounds 50 ms apart measure the same (at most 20).
    let m = process.memoryUsage();
    for (let round = 0; round < 20; round++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        gc();
        const next = process.memoryUsage();
        const same = next.heapUsed === m.heapUsed && next.arrayBuffers === m.arrayBuffers;
        m = next;
        if (same)
            break;
    }
    return `heap after the read (after a full GC): ${mb(m.heapUsed)} used, ${mb(m.arrayBuffers)} in array buffers`;
}

;// CONCATENATED MODULE: ./src/engine/analyze-run.ts
/**
 * The engine shared by the CLI and the action:
 * run files → one streaming pass per slog (parallel) → merge → kernel-DB census per snapshot →
 * RunReport → gate(report, baseline, policy).
 */

















async function analyzeRun(opts) {
    const { log, policy } = opts;
    const cleanups = [];
    /** Temporary directories → their names in the report (the caller's, and each zip's extraction directory → the zip). */
    const tempNames = new Map(Object.entries(opts.inputNames ?? {}));
    const named = (text) => namedPaths(text, tempNames);
    try {
        let files = await (0,discover/* discoverRun */.n)(opts.inputs);
        const extraWarnings = [];
        if (files.zips.length)
            files = await unpackZips(files, opts, cleanups, extraWarnings, tempNames);
        for (const s of files.skipped) {
            extraWarnings.push({ code: 'run-file-skipped', count: 1, message: `${s.path}: ${s.why}; not read`, examples: [external_node_path_default().basename(s.path)] });
        }
        if (!files.slogs.length && !files.snapshots.length) {
            throw new shared_limits/* InputError */.w(`${opts.inputs.join(', ')}: no slog (chain-stage-N.slog.gz, *.slog, *.jsonl) or kernel-DB snapshot found`);
        }
        const slogBytes = files.slogs.reduce((a, s) => a + s.bytes, 0);
        log.info(`run files: ${files.slogs.length} slog(s) (${(0,logger/* mib */.jO)(slogBytes)}), ${files.snapshots.length} snapshot(s)${files.perf ? ', perf.jsonl' : ''}; ` +
            `analysis ${external_node_worker_threads_namespaceObject.isMainThread ? 'on the main thread' : 'in an engine worker'}`);
        const perf = files.perf ? await readPerf(files.perf, { maxLineBytes: policy.limits.maxLineBytes }).catch((e) => {
            extraWarnings.push({ code: 'perf-unreadable', count: 1, message: `${files.perf}: ${e.message}`, examples: [files.perf] });
            return null;
        }) : null;
        if (perf?.badLines) {
            const first = perf.problems[0];
            extraWarnings.push({ code: 'perf-unreadable', count: perf.badLines, message: `${first.where}: ${first.why} (stage heights and cycle counts from it are missing)`, examples: perf.problems.map((p) => p.where) });
        }
        else if (perf && !perf.finished) {
            const name = external_node_path_default().basename(files.perf);
            extraWarnings.push({ code: 'perf-unreadable', count: 1, message: `${name}: no \`perf-finish\` event (a run cut short?): stage heights and cycle counts from it are missing`, examples: [name] });
        }
        // In a function of its own: the per-file scans (each a copy of what the merge keeps) must not
        // stay reachable from this frame while the report is built.
        const { merged, slogPaths } = await readSlogs(files.slogs.map((s) => s.path), slogBytes, opts, extraWarnings);
        const probed = await heapProbe();
        if (probed)
            log.info(probed);
        if (slogPaths.length && merged.deliveries === 0 && !files.snapshots.length) {
            const why = merged.warnings.map((w) => w.message).slice(0, 3).join('; ');
            throw new shared_limits/* InputError */.w(named(`${slogPaths.join(', ')}: no usable deliveries read${why ? ` (${why})` : ''}`));
        }
        if (merged.deliveries > 0 && ![...merged.vats.values()].some((v) => v.boyd.x.length > 0)) {
            extraWarnings.push({
                code: 'no-boyd',
                count: 1,
                message: `no bringOutYourDead delivery inside a block in ${slogPaths.length} slog file(s): BOYD time not judged`,
                examples: slogPaths.map((p) => external_node_path_default().basename(p)).slice(0, 5),
            });
        }
        const censuses = [];
        const extraFiles = [];
        if (files.snapshots.length) {
            await log.group(`Kernel-DB census of ${files.snapshots.length} snapshot(s)`, async () => {
                for (const s of files.snapshots) {
                    const t0 = Date.now();
                    try {
                        const opened = await openSnapshot(s.path, { limits: policy.limits, tmpRoot: opts.tmpRoot });
                        try {
                            const stage = s.stage ?? undefined;
                            const c = censusSnapshot(opened.dbPath, { stage, source: s.path });
                            c.height ??= snapshotHeight(c, perf ?? undefined, stage) ?? snapshotHeightFromSlog(merged.files, stage);
                            censuses.push(c);
                            log.info(`  ${external_node_path_default().basename(s.path)}: ${c.vats.length} vats, ${(0,number_format/* groupDigits */.K)(c.kvRowsScanned)} rows, height ${c.height ?? '?'} (${Date.now() - t0} ms)`);
                        }
                        finally {
                            await opened.cleanup();
                        }
                        extraFiles.push({ path: s.path, kind: 'storage', stage: s.stage ?? undefined, bytes: s.bytes });
                    }
                    catch (e) {
                        // A snapshot that cannot be read costs only its census (kernel-db throws InputError,
                        // SnapshotError for the archive and its tools); anything else is a fault of the tool.
                        if (!(e instanceof shared_limits/* InputError */.w))
                            throw e;
                        // Logged once with the other warnings below.
                        extraWarnings.push({ code: 'snapshot-unreadable', count: 1, message: e.message, examples: [s.path] });
                    }
                }
            });
        }
        if (merged.deliveries === 0 && !censuses.length) {
            const why = extraWarnings.map((w) => w.message).slice(0, 3).join('; ');
            throw new shared_limits/* InputError */.w(named(`${opts.inputs.join(', ')}: nothing usable read${why ? ` (${why})` : ''}`));
        }
        if (files.perf)
            extraFiles.push({ path: files.perf, kind: 'perf', bytes: 0 });
        const tReport = performance.now();
        const report = buildReport({
            merged,
            censuses: censuses.sort(chainOrder),
            perf,
            policy,
            provenance: opts.provenance ?? { source: 'local', path: opts.inputs.join(' ') },
            extraFiles,
            extraWarnings,
        });
        log.info(`statistics and report in ${((performance.now() - tReport) / 1000).toFixed(2)} s`);
        // A file read from a zip is named by the zip and its place in it: the directory it was read
        // from is removed when the run ends.
        for (const f of report.run.files)
            f.path = named(f.path);
        for (const w of report.run.warnings) {
            w.message = named(w.message);
            w.examples = w.examples.map(named);
        }
        for (const w of report.run.warnings)
            log.warning(`${w.message}${w.count > 1 ? ` (${w.count} times)` : ''}`);
        return gate(report, opts.baseline ?? null, opts.history ?? null, policy, opts.baselineReason);
    }
    finally {
        for (const c of cleanups.reverse())
            await c().catch(() => { });
    }
}
/**
 * One streaming pass per slog file (in parallel), then the merge in stage order. Files out of
 * block order are put in order and files that repeat earlier deliveries read again, each with a
 * warning in `warnings`. Returns the merged run and the paths in the order read.
 */
async function readSlogs(slogPaths, slogBytes, opts, warnings) {
    const { log, policy } = opts;
    const tScan = performance.now();
    const scanOpts = { log, maxLineBytes: policy.limits.maxLineBytes, translations: opts.translations };
    let scans = await log.group(`Reading ${slogPaths.length} slog file(s), ${(0,logger/* mib */.jO)(slogBytes)}`, () => scanFiles(slogPaths, {
        ...scanOpts,
        workerScript: opts.workerScript,
        concurrency: opts.concurrency,
        // A run this small is read on the main thread too; a bigger one only in capped heaps.
        localLane: !external_node_worker_threads_namespaceObject.isMainThread || slogBytes < MAIN_THREAD_MAX_SLOG_BYTES,
    }));
    if (slogPaths.length) {
        const secs = (performance.now() - tScan) / 1000;
        const raw = scans.reduce((a, s) => a + s.read.bytesOut, 0);
        log.info(`read ${slogPaths.length} slog file(s) in ${secs.toFixed(2)} s (${(0,logger/* mib */.jO)(raw)} decompressed, ${(raw / 1048576 / Math.max(secs, 1e-3)).toFixed(0)} MiB/s)`);
    }
    const reordered = blockOrder(scans);
    if (reordered) {
        warnings.push(reordered.warning);
        scans = reordered.order.map((i) => scans[i]);
        slogPaths.splice(0, slogPaths.length, ...reordered.order.map((i) => slogPaths[i]));
    }
    for (const s of scans) {
        if (s.read.lines === 0 && !s.read.error) {
            const name = external_node_path_default().basename(s.path);
            warnings.push({ code: 'empty-file', count: 1, message: `${name}: empty file (no lines); nothing read from it`, examples: [name] });
        }
    }
    const redo = overlaps(scans);
    if (redo.size) {
        log.info(`re-reading ${redo.size} file(s) that repeat deliveries of earlier files`);
        for (const [i, skip] of redo)
            scans[i] = (await scanFiles([slogPaths[i]], scanOpts, [skip]))[0];
        scans = [...scans];
    }
    return { merged: mergeScans(scans), slogPaths };
}
/**
 * Snapshots in chain order: by block height when both have one, else by stage, a snapshot without
 * a stage (a bare `swingstore.sqlite`) after those with one, as run discovery orders them; else as
 * given (the sort is stable). Sorting stage-less ones first made a later DB the first snapshot and
 * every delta run backwards.
 */
function chainOrder(a, b) {
    if (a.height !== undefined && b.height !== undefined && a.height !== b.height)
        return a.height - b.height;
    return (a.stage ?? Infinity) - (b.stage ?? Infinity) || 0;
}
/** Height of a snapshot taken at the end of a stage: the last block of that stage's slog. */
function snapshotHeightFromSlog(scans, stage) {
    if (stage === undefined)
        return undefined;
    const s = scans.find((f) => f.stage === stage);
    return s?.heightMax ?? undefined;
}
/** `text` with every path under a directory of `names` (`DIR/x`) written under its name (`NAME/x`). */
function namedPaths(text, names) {
    for (const [dir, name] of names)
        text = text.split(`${dir}${(external_node_path_default()).sep}`).join(`${name}${(external_node_path_default()).sep}`);
    return text;
}
async function unpackZips(files, opts, cleanups, warnings, tempNames) {
    const inputs = [];
    for (const zip of files.zips) {
        const dir = await (0,temp_dirs/* makeTempDir */.mk)(opts.tmpRoot ?? external_node_os_default().tmpdir(), 'loadgen-gate-zip-');
        cleanups.push(() => (0,temp_dirs/* removeTempDir */.CT)(dir));
        tempNames.set(dir, zip);
        const res = await extractZipSafely(zip, dir, opts.policy.limits);
        // One line each (the member name is quoted: it may hold newlines or control characters),
        // logged once with the other warnings.
        for (const s of res.skipped) {
            warnings.push({ code: 'zip-member-skipped', count: 1, message: describeSkipped(external_node_path_default().basename(zip), s), examples: [external_node_path_default().basename(zip)] });
        }
        inputs.push(dir);
    }
    const inner = await (0,discover/* discoverRun */.n)(inputs);
    for (const s of inner.slogs)
        s.stage ??= (0,stage/* stageOf */.g)(s.path);
    return {
        root: files.root,
        slogs: [...files.slogs, ...inner.slogs].sort((a, b) => (a.stage ?? Infinity) - (b.stage ?? Infinity)),
        snapshots: [...files.snapshots, ...inner.snapshots].sort((a, b) => (a.stage ?? Infinity) - (b.stage ?? Infinity)),
        perf: files.perf ?? inner.perf,
        zips: [],
        skipped: [...files.skipped, ...inner.skipped],
    };
}
/**
 * Stage files are read in name order; when their block heights say otherwise (a file named
 * stage-2 holding blocks 1–120 and stage-1 holding 121–240), the later blocks' deliveries would
 * look like repeats and be dropped. Returns the order that sorts the files with blocks by their
 * first block (stable; files without blocks, such as stage 0, keep their places) and a warning, or
 * null when the order is already right.
 */
function blockOrder(scans) {
    const slots = scans.map((s, i) => (s.heightMin !== null ? i : -1)).filter((i) => i >= 0);
    const sorted = [...slots].sort((a, b) => scans[a].heightMin - scans[b].heightMin || a - b);
    if (sorted.every((v, k) => v === slots[k]))
        return null;
    const order = scans.map((_, i) => i);
    slots.forEach((slot, k) => (order[slot] = sorted[k]));
    const moved = sorted.map((i) => scans[i]);
    const show = (s) => `${external_node_path_default().basename(s.path)} (blocks ${s.heightMin}–${s.heightMax})`;
    return {
        order,
        warning: {
            code: 'stage-order',
            count: 1,
            message: `stage files out of block order: read as ${moved.map(show).join(', ')}`,
            examples: moved.map((s) => external_node_path_default().basename(s.path)).slice(0, 5),
        },
    };
}

;// CONCATENATED MODULE: ./src/engine/engine-worker.ts
/**
 * Runs the engine (`analyzeRun`) in a worker thread whose young generation is capped, for runs big
 * enough to need it ({@link engineThread}); smaller runs are analyzed on the calling thread.
 *
 * Why: V8 lets the main isolate's new space grow to 128 MiB (Node 24, 64-bit) when a phase
 * allocates fast and keeps some of it, which merging the scans and fitting long series do; the
 * process's peak RSS then grows with the slog's length although the live data is a few tens of MB.
 * The main isolate's heap limits cannot be changed after start-up (there is no flag for an action's
 * `node` and `v8.setFlagsFromString` has no effect on an existing heap); a worker's can
 * (`resourceLimits`). The main thread keeps only the I/O of the entry point: it receives the
 * finished RunReport (a few hundred kB) and the log lines, which it prints through its own Logger,
 * groups included. A worker's start-up (docs/performance.md) is a cost a small run need not pay.
 */







const ENGINE_ROLE = 'loadgen-gate-engine';
/** The engine workers running now (a signal stops them before removing their directories). */
const engines = new Set();
/** How long a worker asked to stop has to remove its directories before it is terminated. */
const STOP_WAIT_MS = 1500;
/**
 * Stops every running engine worker: asks it to remove its temporary directories and make no
 * more (it answers `stopped`), then terminates it. One busy in a long synchronous step is
 * terminated after STOP_WAIT_MS; the main thread then removes the directories it was told of.
 */
async function stopEngineWorkers() {
    await Promise.all([...engines].map(async (w) => {
        await new Promise((resolve) => {
            const timer = setTimeout(resolve, STOP_WAIT_MS);
            const done = () => {
                clearTimeout(timer);
                resolve();
            };
            w.on('message', (m) => m.type === 'stopped' && done());
            w.once('exit', done);
            w.postMessage({ type: 'stop' });
        });
        await w.terminate();
    }));
    engines.clear();
}
/**
 * Where the engine runs: `LOADGEN_GATE_ENGINE=worker|main` forces it (tests, diagnosis); by
 * default, the main thread for a run with less than {@link MAIN_THREAD_MAX_SLOG_BYTES} of slogs
 * (and zips) on disk. An engine worker costs time before it reads a byte (an isolate and a load of
 * the bundle) and memory; a run that small leaves the main heap no bigger than the worker's (the
 * large fixture doubled, in docs/performance.md). From that size on, the worker keeps the peak flat
 * whatever the run's length.
 */
async function engineThread(inputs) {
    const forced = process.env.LOADGEN_GATE_ENGINE;
    if (forced === 'worker' || forced === 'main')
        return { where: forced, bytes: NaN };
    let bytes = NaN;
    try {
        const files = await (0,discover/* discoverRun */.n)(inputs);
        bytes = files.slogs.reduce((a, f) => a + f.bytes, 0);
        for (const z of files.zips)
            bytes += (await (0,promises_.stat)(z)).size;
    }
    catch {
        // Unreadable inputs: the engine reports them (on the main thread: no worker needed for that).
    }
    return { where: bytes >= MAIN_THREAD_MAX_SLOG_BYTES ? 'worker' : 'main', bytes };
}
/**
 * `analyzeRun` in an engine worker when `opts.workerScript` (the bundle) is given and the run is
 * big ({@link engineThread}), else in-process. Same result, same errors (InputError stays an
 * InputError).
 */
async function analyzeRunIsolated(opts) {
    if (!opts.workerScript)
        return analyzeRun(opts);
    // (The engine's first log line says which thread it runs on.)
    if ((await engineThread(opts.inputs)).where === 'main')
        return analyzeRun(opts);
    const { log, workerScript, ...rest } = opts;
    const worker = new external_node_worker_threads_namespaceObject.Worker(workerScript, {
        workerData: { role: ENGINE_ROLE, opts: { ...rest, workerScript: workerScript.href } },
        resourceLimits: CAPPED_HEAP_LIMITS,
    });
    const groups = [];
    engines.add(worker);
    return new Promise((resolve, reject) => {
        let settled = false;
        const settle = (f) => {
            if (settled)
                return;
            settled = true;
            engines.delete(worker);
            // Close any group the worker left open (it failed inside one).
            while (groups.length)
                groups.pop()();
            f();
        };
        worker.on('message', (m) => {
            switch (m.type) {
                case 'info':
                    log.info(m.msg);
                    break;
                case 'warning':
                    log.warning(m.msg);
                    break;
                case 'group-start':
                    void log.group(m.title, () => new Promise((res) => groups.push(res)));
                    break;
                case 'group-end':
                    groups.pop()?.();
                    break;
                case 'done':
                    settle(() => resolve(m.report));
                    break;
                case 'temp-dir':
                    // The worker's temporary directories, known here too, where a signal would remove them.
                    if (m.op === 'add')
                        (0,temp_dirs/* trackTempDir */.V2)(m.dir);
                    else
                        (0,temp_dirs/* untrackTempDir */.KJ)(m.dir);
                    break;
                case 'error': {
                    // By type, not by name: an InputError of any subclass stays one.
                    const e = m.input ? new shared_limits/* InputError */.w(m.message) : new Error(m.message);
                    if (m.stack)
                        e.stack = m.stack;
                    settle(() => reject(e));
                    break;
                }
            }
        });
        worker.on('error', (e) => settle(() => reject(e)));
        worker.on('exit', (code) => settle(() => reject(new Error(`analysis worker exited with code ${code} before finishing`))));
    });
}
/** Worker side of {@link analyzeRunIsolated}. */
async function runEngineWorker(data, post) {
    (0,temp_dirs/* mirrorTempDirs */.W6)((op, dir) => post({ type: 'temp-dir', op, dir }));
    // A signal on the main thread: remove this thread's directories now, make no more.
    const onStop = (m) => {
        if (m?.type !== 'stop')
            return;
        void (0,temp_dirs/* closeTempDirs */.bn)().then(() => post({ type: 'stopped' }));
    };
    external_node_worker_threads_namespaceObject.parentPort?.on('message', onStop);
    const log = {
        info: (msg) => post({ type: 'info', msg }),
        warning: (msg) => post({ type: 'warning', msg }),
        group: async (title, fn) => {
            post({ type: 'group-start', title });
            try {
                return await fn();
            }
            finally {
                post({ type: 'group-end' });
            }
        },
    };
    try {
        const report = await analyzeRun({ ...data.opts, workerScript: new URL(data.opts.workerScript), log });
        post({ type: 'done', report });
    }
    catch (e) {
        const err = e;
        post({ type: 'error', name: err?.name ?? 'Error', message: err?.message ?? String(e), stack: err?.stack, input: e instanceof shared_limits/* InputError */.w });
    }
    finally {
        // A listener would keep the worker alive.
        external_node_worker_threads_namespaceObject.parentPort?.off('message', onStop);
    }
}
/**
 * What a bundle does when it was started as one of its own workers (scan or engine); returns false
 * on the main thread, where the entry point goes on with its own job.
 */
async function runAsWorker() {
    if (external_node_worker_threads_namespaceObject.isMainThread || !external_node_worker_threads_namespaceObject.parentPort)
        return false;
    const port = external_node_worker_threads_namespaceObject.parentPort;
    if (external_node_worker_threads_namespaceObject.workerData?.role === WORKER_ROLE) {
        await runScanWorker(external_node_worker_threads_namespaceObject.workerData, (m) => port.postMessage(m));
        return true;
    }
    if (external_node_worker_threads_namespaceObject.workerData?.role === ENGINE_ROLE) {
        await runEngineWorker(external_node_worker_threads_namespaceObject.workerData, (m) => port.postMessage(m));
        return true;
    }
    return false;
}


/***/ }),

/***/ 5751:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ cleanUpOnSignals)
/* harmony export */ });
/* unused harmony export SIGNAL_EXIT_CODES */
/* harmony import */ var _shared_temp_dirs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7704);
/* harmony import */ var _engine_worker_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2679);
/**
 * Ctrl-C, or a CI cancel (SIGINT, then SIGTERM a few seconds later): the `finally` blocks that
 * remove a run's temporary directories never run when a signal ends the process. This handler
 * stops the engine worker (so nothing writes into them any more), removes every directory the
 * run made (shared/temp-dirs.ts: the main thread's and the engine worker's), and exits with the
 * conventional code, 128 + the signal's number: 130 for SIGINT, 143 for SIGTERM.
 */


const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
/** How long stopping the engine worker may take before the directories are removed anyway. */
const STOP_WAIT_MS = 2000;
/**
 * Installs the handlers; returns a function that removes them. `say` gets one line (the CLI's
 * stderr, the action's log); `exit` ends the process.
 */
function cleanUpOnSignals(say, exit = (code) => process.exit(code)) {
    let stopping = false;
    const handlers = new Map();
    for (const sig of Object.keys(SIGNAL_EXIT_CODES)) {
        const on = () => {
            // A SIGTERM after the SIGINT: already on the way out with the first one's code.
            if (stopping)
                return;
            stopping = true;
            void (async () => {
                await Promise.race([(0,_engine_worker_js__WEBPACK_IMPORTED_MODULE_1__/* .stopEngineWorkers */ .w6)().catch(() => undefined), new Promise((r) => setTimeout(r, STOP_WAIT_MS).unref())]);
                // Messages the worker posted before it stopped (a directory it had just made) arrive first.
                await new Promise((r) => setImmediate(r));
                // A directory being made when the signal came is waited for (briefly: it is one mkdtemp).
                await Promise.race([(0,_shared_temp_dirs_js__WEBPACK_IMPORTED_MODULE_0__/* .closeTempDirs */ .bn)(), new Promise((r) => setTimeout(r, STOP_WAIT_MS).unref())]);
                say(`${sig}: stopped; temporary files removed`);
                exit(SIGNAL_EXIT_CODES[sig]);
            })();
        };
        handlers.set(sig, on);
        process.on(sig, on);
    }
    return () => {
        for (const [sig, on] of handlers)
            process.off(sig, on);
    };
}


/***/ }),

/***/ 3546:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_engine_worker_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2679);
/* harmony import */ var _engine_signals_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5751);
/* harmony import */ var _shared_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8411);
/* harmony import */ var _shared_logger_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4381);
/* harmony import */ var _publish_cli_write_outputs_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4828);
/* harmony import */ var _shared_node_support_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(6031);
/* harmony import */ var _report_baseline_file_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(6066);
/* harmony import */ var _shared_limits_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(7193);
/* harmony import */ var _shared_version_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(9189);
/* harmony import */ var _publish_cli_history_command_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(8410);
/**
 * CLI entry: `loadgen-gate analyze <run-dir|files...> [--json FILE] [--markdown FILE] [--html FILE] [--format text|markdown] [--config FILE]
 * [--baseline FILE] [--jobs N] [--quiet]`. Exit 0 pass/warn/neutral, 1 fail, 2 usage or unreadable input.
 */











const USAGE = `usage: loadgen-gate analyze <run-dir | run.zip | slog files...> [options]
       loadgen-gate history <report.json | dir>... [--out HISTORY] [--json FILE] (see history --help)

  --json FILE       write the RunReport JSON
  --markdown FILE   write the markdown summary (default: print the summary to stdout)
  --html FILE       write the self-contained HTML report (charts, import graph, statistics)
  --format F        what goes to stdout without --markdown: text (default on a terminal) or
                    markdown (default when piped)
  --config FILE     policy file (JSON or YAML; see docs/policy.md)
  --baseline FILE   a RunReport JSON from an earlier run (e.g. main) to compare with
  --history FILE    a history of main runs (loadgen-gate history --out): judge against their band too
  --jobs N          slog files read in parallel (default: number of cores)
  --quiet           no progress on stderr
  --version, --help

exit status: 0 pass, warn or neutral, 1 fail (regression), 2 usage error or unreadable input`;
async function main(argv) {
    if (argv[0] === 'history')
        return (0,_publish_cli_history_command_js__WEBPACK_IMPORTED_MODULE_9__/* .historyCommand */ .aw)(argv.slice(1), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                json: { type: 'string' },
                markdown: { type: 'string' },
                html: { type: 'string' },
                format: { type: 'string' },
                config: { type: 'string' },
                baseline: { type: 'string' },
                history: { type: 'string' },
                jobs: { type: 'string' },
                quiet: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean' },
            },
        });
    }
    catch (e) {
        process.stderr.write(`loadgen-gate: ${e.message}\n${USAGE}\n`);
        return 2;
    }
    const { values, positionals } = parsed;
    if (values.version) {
        process.stdout.write(`${_shared_version_js__WEBPACK_IMPORTED_MODULE_10__/* .VERSION */ .x}\n`);
        return 0;
    }
    if (values.help) {
        process.stdout.write(`${USAGE}\n`);
        return 0;
    }
    const [cmd, ...inputs] = positionals;
    if (cmd !== 'analyze' || !inputs.length) {
        process.stderr.write(`loadgen-gate: ${cmd && cmd !== 'analyze' ? `unknown command "${cmd}"` : 'nothing to analyze'}\n${USAGE}\n`);
        return 2;
    }
    const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
    if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) {
        process.stderr.write(`loadgen-gate: --jobs must be a positive integer\n`);
        return 2;
    }
    const outputs = outputOptions(values);
    if (typeof outputs === 'string') {
        process.stderr.write(`loadgen-gate: ${outputs}\n`);
        return 2;
    }
    const log = values.quiet ? _shared_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .silentLogger */ .qq : (0,_shared_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLineLogger */ .Bk)(_shared_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .stderrLogger */ .D7);
    try {
        await (0,_publish_cli_write_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .checkOutputPaths */ .s0)(outputs, inputs);
        const policy = await (0,_shared_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .loadPolicy */ .tb)(values.config);
        const baseline = values.baseline ? await (0,_report_baseline_file_js__WEBPACK_IMPORTED_MODULE_7__/* .readBaseline */ .m)(values.baseline) : null;
        const report = await (0,_engine_engine_worker_js__WEBPACK_IMPORTED_MODULE_1__/* .analyzeRunIsolated */ .ZT)({
            inputs,
            policy,
            log,
            baseline,
            baselineReason: values.baseline ? undefined : 'no --baseline given: judged on thresholds alone',
            history: await historyOption(values.history),
            workerScript: new URL(import.meta.url),
            concurrency: jobs,
        });
        await (0,_publish_cli_write_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .writeReportFiles */ .t4)(report, outputs, (s) => process.stdout.write(s));
        const failing = report.verdicts.filter((v) => v.level === 'fail');
        process.stderr.write(`loadgen-gate: ${report.verdict.toUpperCase()}${failing.length ? `: ${(0,_shared_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .safeLine */ .om)([...new Set(failing.map((v) => v.name ?? v.vatID))].join(', '))}` : ''}\n`);
        return (0,_publish_cli_write_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .exitCodeFor */ .Rr)(report);
    }
    catch (e) {
        if (e instanceof _shared_limits_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .w) {
            process.stderr.write(`loadgen-gate: ${(0,_shared_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .safeLine */ .om)(e.message)}\n`);
            return 2;
        }
        // One line; the stack only on request (it would end up in CI logs and bug reports otherwise).
        const err = e;
        process.stderr.write(`loadgen-gate: internal error: ${(0,_shared_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .safeLine */ .om)(err?.message ?? String(e))}${process.env.LOADGEN_GATE_DEBUG ? `\n${err?.stack ?? ''}` : ' (set LOADGEN_GATE_DEBUG=1 for details)'}\n`);
        return 2;
    }
}
/** `--history FILE`: read it; a missing or broken one is a warning (also under --quiet) and the run is judged without the band. */
async function historyOption(file) {
    return file === undefined ? null : (0,_publish_cli_history_command_js__WEBPACK_IMPORTED_MODULE_9__/* .readHistoryFile */ .tG)(file, (m) => process.stderr.write(`warning: ${(0,_shared_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .safeLine */ .om)(m)}\n`));
}
/**
 * Where the report goes: files, and what stdout gets without `--markdown` (plain text on a
 * terminal, with colour when it has colours and NO_COLOR is unset; markdown when piped or asked).
 * A string is a usage error.
 */
function outputOptions(values) {
    const format = values.format ?? (process.stdout.isTTY ? 'text' : 'markdown');
    if (format !== 'text' && format !== 'markdown')
        return `--format must be text or markdown, not ${(0,_shared_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .safeLine */ .om)(format)}`;
    const color = format === 'text' && !!process.stdout.isTTY && !process.env.NO_COLOR && (process.stdout.hasColors?.() ?? false);
    return { json: values.json, markdown: values.markdown, html: values.html, format, color };
}
/** On a Node without `node:sqlite` the analysis cannot read snapshots: say which Node it needs. */
function nodeTooOld() {
    return (0,_shared_node_support_js__WEBPACK_IMPORTED_MODULE_6__/* .nodeSqlite */ .jn)() ? null : `loadgen-gate needs ${_shared_node_support_js__WEBPACK_IMPORTED_MODULE_6__/* .NEEDED_NODE */ .jt} (for node:sqlite); this is Node ${process.versions.node}. Install Node 24, or run it through npm scripts after \`npm ci\`, which installs Node 24 into node_modules/.bin.`;
}
const tooOld = nodeTooOld();
if (tooOld) {
    process.stderr.write(`${tooOld}\n`);
    process.exitCode = 2;
}
else if (!(await (0,_engine_engine_worker_js__WEBPACK_IMPORTED_MODULE_1__/* .runAsWorker */ .Mt)())) {
    (0,_engine_signals_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanUpOnSignals */ .B)((line) => process.stderr.write(`loadgen-gate: ${line}\n`));
    process.exitCode = await main(process.argv.slice(2));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4894:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  nA: () => (/* reexport */ HISTORY_FORMAT),
  yL: () => (/* reexport */ bandsOf),
  hD: () => (/* reexport */ changePointJson),
  fU: () => (/* reexport */ changePointLine),
  R8: () => (/* reexport */ entryFromReport),
  ho: () => (/* reexport */ findChangePoints),
  CW: () => (/* reexport */ formatDelta),
  Fl: () => (/* reexport */ formatValue),
  om: () => (/* reexport */ historyOf),
  R: () => (/* reexport */ metricInfo),
  i6: () => (/* reexport */ parseHistory),
  ph: () => (/* reexport */ serializeHistory)
});

// UNUSED EXPORTS: FIXED_METRICS, HISTORY_FILE, HISTORY_VERSION, MIN_KIND_COUNT, TIME_PREFIX, appendEntry, compactNumber, compareUrl, emptyHistory, medianAndSpread, runInfoOf, runJson, runKey, runRef, runText, seriesOf, vatIDAt, vatKey

;// CONCATENATED MODULE: ./src/history/format.ts
/**
 * The run history: one compact entry per run of the default branch, carried from run to run (the
 * action's `loadgen-gate-history` artifact, the CLI's `history --out` file). Documented field by
 * field in docs/history-schema.md.
 *
 * Each entry names its own metric columns (`metrics`) and gives each vat's values in that order,
 * so an entry written before a metric existed stays readable (the metric is missing there), and a
 * reader ignores the columns it does not know. `version` changes only when an old reader could no
 * longer read the file. Reading never throws: what cannot be read is dropped with a note, and a
 * file that is no history at all gives an empty history and one problem line (the caller warns
 * and rebuilds).
 */
const HISTORY_FORMAT = 'loadgen-gate-history';
const HISTORY_VERSION = 1;
/** File name of the history inside its artifact and by default on disk. */
const HISTORY_FILE = 'loadgen-gate-history.json';
const emptyHistory = () => ({ format: HISTORY_FORMAT, version: HISTORY_VERSION, tool: null, updatedAt: null, entries: [] });
/** A key that tells runs apart: the run id (and attempt), else the commit and time, else the label. */
function runKey(r) {
    if (r.id !== null)
        return `run:${r.id}`;
    return `at:${r.sha ?? ''}@${r.time ?? ''}#${r.label ?? ''}`;
}
/** Significant digits kept for each value: far below the run-to-run noise of every metric. */
const DIGITS = 4;
const POW10 = Array.from({ length: 617 }, (_, i) => 10 ** (i - 308));
/**
 * A value as stored: rounded to {@link DIGITS} significant digits; null for anything not finite.
 * By an integer rounding and one division or multiplication by a power of ten (exact for these
 * magnitudes, so the shortest decimal form is the rounded one): `toPrecision` took a third of
 * the time of reading and writing a 200-run history.
 */
function compactNumber(v) {
    if (typeof v !== 'number' || !Number.isFinite(v))
        return null;
    if (v === 0)
        return 0;
    const e = Math.floor(Math.log10(Math.abs(v)));
    const k = DIGITS - 1 - e;
    let r;
    if (k > 300 || k < -300)
        r = Number(v.toPrecision(DIGITS));
    else if (k >= 0)
        r = Math.round(v * POW10[k + 308]) / POW10[k + 308];
    else
        r = Math.round(v / POW10[-k + 308]) * POW10[-k + 308];
    return Object.is(r, -0) ? 0 : r;
}
/** The history as JSON text: one line per entry, so that a diff or `grep` of it stays readable. */
function serializeHistory(h, tool, now = new Date()) {
    const head = { format: HISTORY_FORMAT, version: HISTORY_VERSION, tool, updatedAt: now.toISOString() };
    const lines = h.entries.map((e) => JSON.stringify({ ...e, vats: e.vats.map(([id, name, values]) => [id, name, values.map(compactNumber)]) }));
    return `${JSON.stringify(head).slice(0, -1)},"entries":[\n${lines.join(',\n')}\n]}\n`;
}
const str = (v) => (typeof v === 'string' && v !== '' ? v : null);
const whole = (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : null);
/** Reads a history from JSON text; never throws. `where` names the file in messages. */
function parseHistory(text, where = 'history') {
    const notes = [];
    const none = (problem) => ({ history: emptyHistory(), problem: `${where}: ${problem}`, notes });
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (e) {
        return none(`not JSON (${e.message.split('\n')[0]})`);
    }
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        return none('not a loadgen-gate history (expected an object)');
    const r = raw;
    if (r.format !== HISTORY_FORMAT)
        return none(`not a loadgen-gate history (format ${JSON.stringify(r.format ?? null)?.slice(0, 40)})`);
    const version = whole(r.version);
    if (version === null || version < 1)
        return none(`history version ${JSON.stringify(r.version ?? null)?.slice(0, 20)} is not a version`);
    if (version > HISTORY_VERSION)
        notes.push(`${where}: written by a newer loadgen-gate (history version ${version}, this one reads ${HISTORY_VERSION}): reading what it knows`);
    if (!Array.isArray(r.entries))
        return none('no entries list');
    const entries = [];
    let dropped = 0;
    r.entries.forEach((e, i) => {
        const entry = parseEntry(e);
        if (entry)
            entries.push(entry);
        else if (dropped++ < 3)
            notes.push(`${where}: entry ${i} is unreadable; dropped`);
    });
    if (dropped > 3)
        notes.push(`${where}: ${dropped} unreadable entries dropped in all`);
    return { history: { format: HISTORY_FORMAT, version: HISTORY_VERSION, tool: str(r.tool), updatedAt: str(r.updatedAt), entries }, notes };
}
function parseEntry(e) {
    if (!e || typeof e !== 'object' || Array.isArray(e))
        return null;
    const o = e;
    const run = o.run && typeof o.run === 'object' && !Array.isArray(o.run) ? o.run : null;
    if (!run || !Array.isArray(o.metrics) || !Array.isArray(o.vats))
        return null;
    const metrics = o.metrics.map((m) => (typeof m === 'string' ? m : ''));
    const vats = [];
    for (const v of o.vats) {
        if (!Array.isArray(v) || typeof v[0] !== 'string' || !v[0] || !Array.isArray(v[2]))
            continue;
        const values = metrics.map((_, i) => compactNumber(v[2][i]));
        vats.push([v[0], str(v[1]), values]);
    }
    const time = str(run.time);
    return {
        run: {
            id: whole(run.id),
            attempt: whole(run.attempt),
            sha: str(run.sha) && /^[0-9a-f]{7,64}$/i.test(run.sha) ? run.sha : null,
            time: time && !Number.isNaN(Date.parse(time)) ? time : null,
            url: str(run.url) && /^https?:\/\/[^\s]+$/.test(run.url) ? run.url : null,
            branch: str(run.branch),
            label: str(run.label),
            verdict: str(run.verdict),
        },
        metrics,
        vats,
    };
}
/**
 * `entry` appended to `h` (an entry of the same run replaces the earlier one: a re-run attempt
 * replaces its first attempt), then only the newest `size` entries kept. Returns a new history.
 */
function appendEntry(h, entry, size) {
    const key = runKey(entry.run);
    const entries = h.entries.filter((e) => runKey(e.run) !== key);
    entries.push(entry);
    return { ...h, entries: entries.slice(Math.max(0, entries.length - Math.max(1, Math.floor(size)))) };
}
/** A history of `entries` (oldest first; a run given twice keeps its last entry), the newest `size` kept. */
function historyOf(entries, size) {
    return entries.reduce((h, e) => appendEntry(h, e, size), emptyHistory());
}

;// CONCATENATED MODULE: ./src/history/metrics.ts
const relative = (p, median) => p.history.minRelativeChange * Math.abs(median);
const FIXED = [
    { id: 'boyd-slope', bandFails: true, label: 'BOYD slope', unit: 's/block', judged: true, timing: true, floor: (p) => p.boyd.slopeFloor },
    { id: 'boyd-level', bandFails: true, label: 'BOYD time (median)', unit: 's', judged: true, timing: true, floor: relative },
    { id: 'boyd-count', bandFails: true, label: 'BOYDs', unit: 'BOYDs', judged: false, timing: false, floor: () => Infinity },
    { id: 'heap-growth', bandFails: true, label: 'heap growth', unit: '×', judged: true, timing: false, floor: (p) => Math.max(0, p.boyd.heapVetoGrowth - 1) },
    { id: 'clist-exports', bandFails: true, label: 'c-list exports growth', unit: 'entries/block', judged: true, timing: false, floor: (p) => p.baseline.clistPerBlockTolerance },
    { id: 'clist-imports', bandFails: true, label: 'c-list imports growth', unit: 'entries/block', judged: true, timing: false, floor: (p) => p.baseline.clistPerBlockTolerance },
    { id: 'clist-recognizable-only', bandFails: true, label: 'recognizable-only c-list growth', unit: 'entries/block', judged: true, timing: false, floor: (p) => p.baseline.clistPerBlockTolerance },
    { id: 'clist-promises', bandFails: true, label: 'c-list promises growth', unit: 'entries/block', judged: true, timing: false, floor: (p) => p.baseline.clistPerBlockTolerance },
    { id: 'promise-entries', bandFails: true, label: 'promise entries at the end', unit: 'entries', judged: true, timing: false, floor: (p) => p.clist.warnGrowth },
];
const BY_ID = new Map(FIXED.map((m) => [m.id, m]));
/** Prefix of the time-per-delivery metrics: `time-<kind>` (`time-message`, `time-bringOutYourDead`). */
const TIME_PREFIX = 'time-';
/** The metric's description; a `time-<kind>` metric for any kind; undefined for a column this version does not know. */
function metricInfo(id) {
    const known = BY_ID.get(id);
    if (known)
        return known;
    if (id.startsWith(TIME_PREFIX) && /^[A-Za-z0-9]{1,40}$/.test(id.slice(TIME_PREFIX.length))) {
        return { id, label: `time per ${id.slice(TIME_PREFIX.length)} delivery`, unit: 's', judged: true, timing: true, bandFails: false, floor: relative };
    }
    return undefined;
}
/** The fixed metrics in column order (time metrics follow, one per delivery kind). */
const FIXED_METRICS = FIXED.map((m) => m.id);
/** A spread or difference with its unit (no × sign on a difference of ratios). */
function formatDelta(v, unit) {
    return unit === '×' ? v.toFixed(2) : formatValue(v, unit);
}
/** A value with its unit, for messages. */
function formatValue(v, unit) {
    if (v === null || v === undefined || !Number.isFinite(v))
        return 'n/a';
    if (unit === 's/block')
        return `${(v * 1e6).toFixed(2)} µs/block`;
    if (unit === 's')
        return Math.abs(v) < 1 ? `${(v * 1e3).toFixed(2)} ms` : `${v.toFixed(2)} s`;
    if (unit === '×')
        return `×${v.toFixed(2)}`;
    if (unit === 'entries/block')
        return `${v.toFixed(3)}/block`;
    return `${Number(v.toPrecision(4))} ${unit}`;
}

;// CONCATENATED MODULE: ./src/history/entry.ts


/** Fewer deliveries of a kind than this in a run: no time for that kind (a mean of 3 is noise). */
const MIN_KIND_COUNT = 10;
/** At most this many delivery kinds per vat (the most frequent). */
const MAX_KINDS = 12;
const obj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : null);
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const entry_str = (v) => (typeof v === 'string' && v !== '' ? v : null);
/** What the report says about its run. `label` names a run without an id (e.g. its file name). */
function runInfoOf(report, label) {
    const p = obj(report.provenance) ?? {};
    const id = num(p.runId);
    const attempt = num(p.runAttempt);
    return {
        id: id !== null && Number.isSafeInteger(id) && id >= 0 ? id : null,
        attempt: attempt !== null && Number.isSafeInteger(attempt) && attempt >= 1 ? attempt : null,
        sha: entry_str(p.headSha) && /^[0-9a-f]{7,64}$/i.test(p.headSha) ? p.headSha : null,
        time: validTime(p.createdAt) ?? validTime(report.generatedAt),
        url: entry_str(p.url) && /^https?:\/\/[^\s]+$/.test(p.url) ? p.url : null,
        branch: entry_str(p.branch),
        label: label ?? null,
        verdict: entry_str(report.verdict),
    };
}
const validTime = (v) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(Date.parse(v)).toISOString() : null);
/** The entry for `report`. */
function entryFromReport(report, label) {
    const perBlock = obj(report.run)?.xAxis !== 'deliveryOrdinal';
    const rows = [];
    const kindsSeen = new Set();
    for (const raw of Array.isArray(report.vats) ? report.vats : []) {
        const v = obj(raw);
        const vatID = entry_str(v?.vatID);
        if (!v || !vatID)
            continue;
        const values = vatValues(v, perBlock);
        for (const k of values.keys())
            if (k.startsWith(TIME_PREFIX))
                kindsSeen.add(k);
        if ([...values.values()].some((x) => x !== null))
            rows.push({ vatID, name: entry_str(v.name), values });
    }
    const metrics = [...FIXED_METRICS, ...[...kindsSeen].sort()];
    const vats = rows.map((r) => [r.vatID, r.name, metrics.map((m) => compactNumber(r.values.get(m) ?? null))]);
    return { run: runInfoOf(report, label), metrics, vats };
}
function vatValues(v, perBlock) {
    const out = new Map();
    const boyd = obj(v.boyd);
    if (boyd) {
        out.set('boyd-slope', perBlock ? num(boyd.slopePerBlock) : null);
        out.set('boyd-level', boydLevel(boyd));
        out.set('boyd-count', num(boyd.count));
    }
    out.set('heap-growth', num(obj(v.heap)?.growth));
    for (const [k, x] of Object.entries(clistRates(obj(v.clist), perBlock)))
        out.set(k, x);
    for (const [kind, t] of kindTimes(v.deliveryKinds))
        out.set(`${TIME_PREFIX}${kind}`, t);
    return out;
}
/** Median of the BOYD chart's points (bucket means), else the mean of the first and last samples. */
function boydLevel(b) {
    const ys = (Array.isArray(b.chart) ? b.chart : []).map((p) => (Array.isArray(p) ? num(p[1]) : null)).filter((y) => y !== null);
    if (ys.length) {
        ys.sort((a, c) => a - c);
        const h = ys.length >> 1;
        return ys.length % 2 ? ys[h] : (ys[h - 1] + ys[h]) / 2;
    }
    const first = num(b.firstMean);
    const last = num(b.lastMean);
    return first !== null && last !== null ? (first + last) / 2 : (first ?? last);
}
const sum = (a, b) => (a === null || b === null ? null : a + b);
const split = (s) => {
    const o = obj(s);
    return o ? sum(num(o.reachable), num(o.recognizableOnly)) : null;
};
/** Growth per block of each c-list kind, and the promise entries at the end. */
function clistRates(c, perBlock) {
    const out = { 'clist-exports': null, 'clist-imports': null, 'clist-recognizable-only': null, 'clist-promises': null, 'promise-entries': null };
    if (!c)
        return out;
    const snaps = (Array.isArray(c.snapshots) ? c.snapshots : []).map((s) => {
        const o = obj(s) ?? {};
        const ro = sum(num(obj(o.exports)?.recognizableOnly), num(obj(o.imports)?.recognizableOnly));
        return { height: num(o.height), exports: split(o.exports), imports: split(o.imports), recognizableOnly: ro, promises: num(o.promises) };
    });
    const series = obj(c.series);
    const point = (p) => {
        const o = obj(p);
        if (!o)
            return null;
        return {
            height: num(o.height),
            exports: num(o.exports),
            imports: num(o.imports),
            recognizableOnly: sum(num(o.recognizableOnlyImports), num(o.recognizableOnlyExports)),
            // Written by newer reports (the promise c-list series); absent before.
            promises: num(o.promises),
        };
    };
    const last = snaps.length ? snaps[snaps.length - 1] : null;
    out['promise-entries'] = last?.promises ?? point(series?.end)?.promises ?? null;
    let a = null;
    let b = null;
    const withHeights = snaps.filter((s) => s.height !== null);
    if (withHeights.length >= 2 && withHeights[withHeights.length - 1].height > withHeights[0].height) {
        a = withHeights[0];
        b = withHeights[withHeights.length - 1];
    }
    else if (series && series.xAxis !== 'deliveryOrdinal') {
        a = point(series.start);
        b = point(series.end);
    }
    if (!perBlock || !a || !b || a.height === null || b.height === null || !(b.height > a.height))
        return out;
    const blocks = b.height - a.height;
    const rate = (x, y) => (x === null || y === null ? null : (y - x) / blocks);
    out['clist-exports'] = rate(a.exports, b.exports);
    out['clist-imports'] = rate(a.imports, b.imports);
    out['clist-recognizable-only'] = rate(a.recognizableOnly, b.recognizableOnly);
    out['clist-promises'] = rate(a.promises, b.promises);
    return out;
}
/** Mean seconds per delivery of each kind (all methods of `message` together). */
function kindTimes(list) {
    const by = new Map();
    for (const raw of Array.isArray(list) ? list : []) {
        const k = obj(raw);
        const kind = entry_str(k?.kind);
        const count = num(k?.count);
        const seconds = num(k?.totalSeconds);
        if (!kind || !/^[A-Za-z0-9]{1,40}$/.test(kind) || count === null || seconds === null || count <= 0)
            continue;
        const t = by.get(kind) ?? { count: 0, seconds: 0 };
        t.count += count;
        t.seconds += seconds;
        by.set(kind, t);
    }
    return [...by]
        .filter(([, t]) => t.count >= MIN_KIND_COUNT)
        .sort((x, y) => y[1].count - x[1].count)
        .slice(0, MAX_KINDS)
        .map(([kind, t]) => [kind, t.seconds / t.count]);
}

;// CONCATENATED MODULE: ./src/history/series.ts
/** The key of a vat across runs. */
const vatKey = (vatID, name) => (name ? `name:${name}` : `id:${vatID}`);
/** Every vat's series in `h` (entries in history order). */
function seriesOf(h) {
    const out = new Map();
    h.entries.forEach((e, i) => addEntry(out, e, i));
    return out;
}
function addEntry(out, e, entry) {
    const seen = new Set();
    for (const [vatID, name, values] of e.vats) {
        const key = vatKey(vatID, name);
        // Two rows for one vat in one run (an edited file): the first counts.
        if (seen.has(key))
            continue;
        seen.add(key);
        let s = out.get(key);
        if (!s)
            out.set(key, (s = { key, name, vatID, metrics: new Map() }));
        s.vatID = vatID;
        e.metrics.forEach((m, j) => {
            const v = values[j];
            if (!m || v === null || v === undefined || !Number.isFinite(v))
                return;
            let pts = s.metrics.get(m);
            if (!pts)
                s.metrics.set(m, (pts = []));
            pts.push({ entry, value: v });
        });
    }
}
/** The vat's id in history entry `entry` (a dynamic vat's may differ from run to run). */
function vatIDAt(h, entry, key) {
    return h.entries[entry]?.vats.find(([id, name]) => vatKey(id, name) === key)?.[0];
}
/** Median and the MAD scaled to a standard deviation (1.4826 × MAD) of `xs` (not empty). */
function medianAndSpread(xs) {
    const s = [...xs].sort((a, b) => a - b);
    const med = medianSorted(s);
    const dev = s.map((x) => Math.abs(x - med)).sort((a, b) => a - b);
    return { median: med, spread: 1.4826 * medianSorted(dev) };
}
function medianSorted(s) {
    const h = s.length >> 1;
    return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}

;// CONCATENATED MODULE: ./src/history/band.ts
/**
 * The band of recent main runs: per vat and metric, the median and the spread (1.4826 × MAD, a
 * standard deviation that one odd night cannot inflate) of the newest `runs` entries of a history
 * that have the metric. The run being judged is left out if the history already holds it.
 */


function bandsOf(h, runs, current) {
    const skip = current ? runKey(current) : undefined;
    const kept = h.entries.map((e, i) => ({ e, i })).filter(({ e }) => runKey(e.run) !== skip);
    const window = kept.slice(Math.max(0, kept.length - Math.max(1, Math.floor(runs))));
    const sub = { ...h, entries: window.map((w) => w.e) };
    const series = seriesOf(sub);
    const cache = new Map();
    return {
        runs: window.length,
        get(vatID, name, metric) {
            const key = `${vatKey(vatID, name)}\u0000${metric}`;
            if (cache.has(key))
                return cache.get(key);
            const pts = series.get(vatKey(vatID, name))?.metrics.get(metric);
            let band;
            if (pts?.length) {
                const { median, spread } = medianAndSpread(pts.map((p) => p.value));
                band = { median, spread, runs: pts.length, from: window[pts[0].entry].i, to: window[pts[pts.length - 1].entry].i };
            }
            cache.set(key, band);
            return band;
        },
    };
}

// EXTERNAL MODULE: ./src/stats/index.ts + 11 modules
var stats = __nccwpck_require__(5983);
// EXTERNAL MODULE: ./src/shared/policy.ts
var shared_policy = __nccwpck_require__(8411);
;// CONCATENATED MODULE: ./src/history/change-points.ts
/**
 * Change points of every vat and metric across the runs of a history (docs/policy.md, "Change
 * points"). Per series (one vat, one metric, the runs that have it), the rank split test of
 * src/stats/change-points.ts; false alarms are controlled over all series at once: the whole-series
 * tests go through Benjamini–Hochberg at `history.changeQ` (which under no change anywhere bounds
 * the chance of any change point at q), and a series found to change is searched further, each
 * part at the level its first test passed at. A change smaller than the metric's floor is not
 * reported. A change followed by one back to within the floor of where it started is marked as
 * reverted.
 */




function runRef(h, index) {
    const r = h.entries[index].run;
    return { index, id: r.id, attempt: r.attempt, sha: r.sha, time: r.time, url: r.url, label: r.label };
}
/** `https://github.com/o/r/compare/a...b` from two runs' links and shas; null unless both are on one repository. */
function compareUrl(a, b) {
    const repo = (u) => (u ? /^(https?:\/\/[^/\s]+\/[^/\s]+\/[^/\s]+)\/actions\/runs\/\d+/.exec(u)?.[1] : undefined);
    const ra = repo(a.url);
    const rb = repo(b.url);
    if (!ra || ra !== rb || !a.sha || !b.sha || a.sha === b.sha)
        return null;
    return `${ra}/compare/${a.sha}...${b.sha}`;
}
function findChangePoints(h, policy = shared_policy/* DEFAULT_POLICY */.zj) {
    const hp = policy.history ?? shared_policy/* DEFAULT_POLICY */.zj.history;
    const candidates = [];
    for (const s of seriesOf(h).values()) {
        if ((0,shared_policy/* isIgnored */.pi)(policy, s.vatID, s.name))
            continue;
        for (const [metric, points] of s.metrics) {
            if (!metricInfo(metric)?.judged || points.length < 2 * hp.minSegment)
                continue;
            candidates.push({ key: s.key, vatID: s.vatID, name: s.name, metric, points, first: null, seed: (0,stats/* stringSeed */.DF)(`${s.key}\u0000${metric}`) });
        }
    }
    // Permutations enough to resolve the smallest level Benjamini–Hochberg can use (q / m).
    const opts = {
        ...stats/* DEFAULT_SPLIT_TEST */.oC,
        minSegment: hp.minSegment,
        screenLevel: hp.changeQ,
        maxPermutations: Math.min(49_999, Math.max(999, Math.ceil(Math.max(1, candidates.length) / hp.changeQ))),
    };
    const values = (c) => c.points.map((p) => p.value);
    // A short round of permutations for every series, then a full one for those that may count:
    // Benjamini–Hochberg rejects none above q·K/m, K being the series whose short round is ≤ q (a
    // short-round p-value is noisy: those within 4× of that bound are refined).
    for (const c of candidates)
        c.first = (0,stats/* rankSplitTest */.VO)(values(c), { ...opts, screenOnly: true, seed: (0,stats/* segmentSeed */.HA)(c.seed, 0, c.points.length) });
    const screened = candidates.filter((c) => c.first);
    const passing = screened.filter((c) => c.first.p <= hp.changeQ).length;
    const refineBelow = Math.min(hp.changeQ, (4 * hp.changeQ * passing) / Math.max(1, screened.length));
    for (const c of screened) {
        if (c.first.permutations > 0 && c.first.p <= refineBelow) {
            c.first = (0,stats/* rankSplitTest */.VO)(values(c), { ...opts, screenLevel: undefined, seed: (0,stats/* segmentSeed */.HA)(c.seed ^ 0x9e3779b9, 0, c.points.length) });
        }
    }
    const tested = candidates.filter((c) => c.first);
    const pValues = tested.map((c) => c.first.p);
    const rejected = (0,stats/* benjaminiHochberg */.Uh)(pValues, hp.changeQ);
    const k = rejected.filter(Boolean).length;
    const level = k ? (k * hp.changeQ) / pValues.length : 0;
    const out = [];
    tested.forEach((c, i) => {
        if (!rejected[i])
            return;
        const splits = (0,stats/* segmentSeries */.Zp)(values(c), level, { ...opts, seed: c.seed }, c.first);
        out.push(...describe(h, c, splits, level, policy));
    });
    out.sort((a, b) => a.index - b.index || (a.name ?? a.vatID).localeCompare(b.name ?? b.vatID) || a.metric.localeCompare(b.metric));
    return { changePoints: out, tested: tested.length, level };
}
/** The kept splits of one series as change points: floors applied, directions and reverts set. */
function describe(h, c, splits, level, policy) {
    const info = metricInfo(c.metric);
    const xs = c.points.map((p) => p.value);
    const segMedian = (a, b) => (0,stats/* median */.JZ)(xs.slice(a, b));
    // Drop the smallest change below the floor, then look again (the segments merge), until all count.
    const pOf = new Map(splits.map((s) => [s.index, s.p]));
    let kept = splits.map((s) => s.index);
    for (;;) {
        const bounds = [0, ...kept, xs.length];
        let worst = -1;
        let worstRatio = Infinity;
        kept.forEach((s, i) => {
            const before = segMedian(bounds[i], s);
            const delta = Math.abs(segMedian(s, bounds[i + 2]) - before);
            const floor = info.floor(policy, before);
            const ratio = floor > 0 ? delta / floor : delta > 0 ? Infinity : 0;
            if (delta < floor && ratio < worstRatio) {
                worst = i;
                worstRatio = ratio;
            }
        });
        if (worst < 0)
            break;
        kept = kept.filter((_, i) => i !== worst);
    }
    const bounds = [0, ...kept, xs.length];
    const medians = bounds.slice(0, -1).map((a, i) => segMedian(a, bounds[i + 1]));
    const cps = kept.map((s, i) => {
        const before = runRef(h, c.points[s - 1].entry);
        const after = runRef(h, c.points[s].entry);
        const up = medians[i + 1] > medians[i];
        return {
            vatID: vatIDAt(h, c.points[s].entry, c.key) ?? c.vatID,
            name: c.name,
            metric: c.metric,
            index: after.index,
            direction: up ? 'up' : 'down',
            regression: up,
            before,
            after,
            medianBefore: medians[i],
            medianAfter: medians[i + 1],
            p: pOf.get(s),
            level,
            compareUrl: compareUrl(before, after),
            revertedAt: null,
            reverts: null,
        };
    });
    for (let i = 0; i + 1 < cps.length; i++) {
        const a = cps[i];
        const b = cps[i + 1];
        if (a.direction !== b.direction && Math.abs(b.medianAfter - a.medianBefore) < info.floor(policy, a.medianBefore)) {
            a.revertedAt = b.after;
            b.reverts = a.index;
            // Back up to where it was after a fall is no regression.
            if (b.direction === 'up')
                b.regression = false;
        }
    }
    return cps;
}

;// CONCATENATED MODULE: ./src/history/describe.ts

/** A run as the JSON output names it: id, attempt, sha, time, link and label when known. */
function runJson(r) {
    const out = { index: r.index };
    for (const k of ['id', 'attempt', 'sha', 'time', 'url', 'label'])
        if (r[k] !== null)
            out[k] = r[k];
    return out;
}
/** One change point for `--json` (docs/history-schema.md). */
function changePointJson(c) {
    return {
        vatID: c.vatID,
        name: c.name,
        metric: c.metric,
        index: c.index,
        direction: c.direction,
        regression: c.regression,
        before: runJson(c.before),
        after: runJson(c.after),
        medianBefore: c.medianBefore,
        medianAfter: c.medianAfter,
        unit: metricInfo(c.metric)?.unit ?? null,
        p: c.p,
        level: c.level,
        compareUrl: c.compareUrl,
        revertedAt: c.revertedAt ? runJson(c.revertedAt) : null,
        reverts: c.reverts,
    };
}
/** "run 123 @ abc1234 (2026-11-02)", or the label, or "run #4" (its position). */
function runText(r) {
    const id = r.id !== null ? `run ${r.id}${r.attempt && r.attempt > 1 ? ` (attempt ${r.attempt})` : ''}` : r.label ?? `run #${r.index}`;
    return `${id}${r.sha ? ` @ ${r.sha.slice(0, 12)}` : ''}${r.time ? ` (${r.time.slice(0, 10)})` : ''}`;
}
/** One line per change point. */
function changePointLine(c) {
    const info = metricInfo(c.metric);
    const f = (v) => formatValue(v, info?.unit ?? '');
    const what = c.regression ? 'rose' : 'fell';
    const vat = c.name ? `${c.name} (${c.vatID})` : c.vatID;
    const reverted = c.revertedAt ? `; reverted at ${runText(c.revertedAt)}` : c.reverts !== null ? `; undoes the change at #${c.reverts}` : '';
    return `${vat} ${c.metric} ${what} ${f(c.medianBefore)} → ${f(c.medianAfter)} between ${runText(c.before)} and ${runText(c.after)}${c.compareUrl ? ` ${c.compareUrl}` : ''}${reverted}`;
}

;// CONCATENATED MODULE: ./src/history/index.ts









/***/ }),

/***/ 8410:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   aw: () => (/* binding */ historyCommand),
/* harmony export */   tG: () => (/* binding */ readHistoryFile)
/* harmony export */ });
/* unused harmony exports HISTORY_USAGE, DEFAULT_HISTORY_SIZE */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _report_baseline_file_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6066);
/* harmony import */ var _shared_limits_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7193);
/* harmony import */ var _shared_policy_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(8411);
/* harmony import */ var _shared_logger_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(4381);
/* harmony import */ var _shared_version_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(9189);
/* harmony import */ var _history_index_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(4894);
/**
 * `loadgen-gate history REPORT... [--out HISTORY] [--json FILE] [--config FILE] [--size N]`:
 * RunReport files (oldest first; a directory means its `.json` files in name order; a history
 * file given among them brings its runs) → the history (`--out`), the change points on stdout, and
 * as JSON (`--json`: `changePoints[]`). Also `readHistoryFile` for `analyze --history`.
 * Exit 0, or 2 on a usage error or an input that is neither a report nor a history.
 */









const HISTORY_USAGE = `usage: loadgen-gate history <report.json | history.json | dir>... [options]

  --out FILE        write the history (the runs given, oldest first)
  --json FILE       write the change points as JSON (changePoints[])
  --config FILE     policy file (the history section: docs/policy.md)
  --size N          keep the newest N runs (default 200)

Reports are read in the order given, oldest first; a directory means its .json files in name order.`;
const DEFAULT_HISTORY_SIZE = 200;
async function historyCommand(argv, io) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: { out: { type: 'string' }, json: { type: 'string' }, config: { type: 'string' }, size: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
        });
    }
    catch (e) {
        io.stderr(`loadgen-gate: ${e.message}\n${HISTORY_USAGE}\n`);
        return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(`${HISTORY_USAGE}\n`);
        return 0;
    }
    const size = values.size === undefined ? DEFAULT_HISTORY_SIZE : Number(values.size);
    if (!(Number.isInteger(size) && size >= 1 && size <= 10_000)) {
        io.stderr('loadgen-gate: --size must be a whole number from 1 to 10000\n');
        return 2;
    }
    if (!positionals.length) {
        io.stderr(`loadgen-gate: no reports given\n${HISTORY_USAGE}\n`);
        return 2;
    }
    try {
        const policy = await (0,_shared_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .loadPolicy */ .tb)(values.config);
        const entries = [];
        for (const file of await expandInputs(positionals))
            entries.push(...(await readEntries(file, (m) => io.stderr(`warning: ${(0,_shared_logger_js__WEBPACK_IMPORTED_MODULE_6__/* .safeLine */ .om)(m)}\n`))));
        const history = (0,_history_index_js__WEBPACK_IMPORTED_MODULE_7__/* .historyOf */ .om)(entries, size);
        const found = (0,_history_index_js__WEBPACK_IMPORTED_MODULE_7__/* .findChangePoints */ .ho)(history, policy);
        if (values.out)
            await writeOut('out', values.out, (0,_history_index_js__WEBPACK_IMPORTED_MODULE_7__/* .serializeHistory */ .ph)(history, `loadgen-gate ${_shared_version_js__WEBPACK_IMPORTED_MODULE_8__/* .VERSION */ .x}`));
        if (values.json) {
            const doc = { runs: history.entries.length, tested: found.tested, level: found.level, changePoints: found.changePoints.map(_history_index_js__WEBPACK_IMPORTED_MODULE_7__/* .changePointJson */ .hD) };
            await writeOut('json', values.json, `${JSON.stringify(doc, null, 2)}\n`);
        }
        io.stdout(`${history.entries.length} run(s), ${found.tested} vat metric(s) tested: ${found.changePoints.length ? `${found.changePoints.length} change point(s)` : 'no change point'}\n`);
        for (const c of found.changePoints)
            io.stdout(`${(0,_shared_logger_js__WEBPACK_IMPORTED_MODULE_6__/* .safeLine */ .om)((0,_history_index_js__WEBPACK_IMPORTED_MODULE_7__/* .changePointLine */ .fU)(c))}\n`);
        return 0;
    }
    catch (e) {
        if (e instanceof _shared_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .w) {
            io.stderr(`loadgen-gate: ${(0,_shared_logger_js__WEBPACK_IMPORTED_MODULE_6__/* .safeLine */ .om)(e.message)}\n`);
            return 2;
        }
        throw e;
    }
}
/** Files in the order given; a directory's `.json` files in name order. */
async function expandInputs(inputs) {
    const out = [];
    for (const p of inputs) {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(p).catch(() => null);
        if (!st)
            throw new _shared_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .w(`${p}: no such file or directory`);
        if (!st.isDirectory()) {
            out.push(p);
            continue;
        }
        const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(p, { withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.json')).map((e) => e.name);
        names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        if (!names.length)
            throw new _shared_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .w(`${p}: no .json report in this directory`);
        out.push(...names.map((n) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(p, n)));
    }
    return out;
}
/** A report's entry, or a history's entries; an input that is neither is an InputError. */
async function readEntries(file, warn) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new _shared_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .w(`${file}: cannot read (${e.message.split('\n')[0]})`);
    }
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (e) {
        throw new _shared_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .w(`${file}: not JSON (${e.message.split('\n')[0]})`);
    }
    if (raw && typeof raw === 'object' && raw.format === _history_index_js__WEBPACK_IMPORTED_MODULE_7__/* .HISTORY_FORMAT */ .nA) {
        const h = (0,_history_index_js__WEBPACK_IMPORTED_MODULE_7__/* .parseHistory */ .i6)(text, file);
        for (const n of h.notes)
            warn(n);
        if (h.problem)
            throw new _shared_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .w(h.problem);
        return h.history.entries;
    }
    return [(0,_history_index_js__WEBPACK_IMPORTED_MODULE_7__/* .entryFromReport */ .R8)((0,_report_baseline_file_js__WEBPACK_IMPORTED_MODULE_3__/* .checkReport */ .p)(raw, file), node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file))];
}
/** `analyze --history FILE`: the history, or null with a warning when it is missing or unreadable (the run is then judged without the band). */
async function readHistoryFile(file, warn) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (e) {
        warn(`--history ${file}: cannot read (${e.message.split('\n')[0]}); judged without the band`);
        return null;
    }
    const h = (0,_history_index_js__WEBPACK_IMPORTED_MODULE_7__/* .parseHistory */ .i6)(text, file);
    for (const n of h.notes)
        warn(n);
    if (h.problem) {
        warn(`${h.problem}; judged without the band`);
        return null;
    }
    return h.history;
}
async function writeOut(flag, file, text) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(file)), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, text);
    }
    catch (e) {
        throw new _shared_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .w(`--${flag} ${file}: cannot write (${e.message.split('\n')[0]})`);
    }
}


/***/ }),

/***/ 4828:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  s0: () => (/* binding */ checkOutputPaths),
  Rr: () => (/* binding */ exitCodeFor),
  t4: () => (/* binding */ writeReportFiles)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./node_modules/markdown-table/index.js
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}

// EXTERNAL MODULE: ./src/shared/unsafe-chars.ts
var unsafe_chars = __nccwpck_require__(4295);
;// CONCATENATED MODULE: ./src/render/escape.ts
/**
 * Escaping for untrusted text (vat names, member names, error strings from PR-produced artifacts)
 * placed into GitHub-flavoured markdown: job summaries and PR comments.
 *
 * Threats handled: raw HTML (`<img onerror>`, `</details>` closing our collapsibles), markdown
 * structure (tables, links/images, emphasis, headings, lists, quotes, code, math), line breaks,
 * invisible/bidi characters that make the rendered text lie, GitHub @mentions and #123 issue
 * references (notification spam), and autolinked URLs.
 *
 * Notes on GitHub specifics (verified against cmark-gfm behaviour and its issue tracker):
 * - @mentions and #refs are linked by a post-processor that runs on the *rendered* HTML text, so
 *   an entity such as `&#64;` does NOT stop them (it is decoded first). What works is a
 *   zero-width space after the sigil; we emit it as the named entity `&ZeroWidthSpace;` so the
 *   markdown source stays ASCII and the output never contains `#` followed by a digit.
 * - URL/`www.` autolinks are recognised on the raw source characters `:` and `www.`, so writing
 *   the colon of `://` as `&colon;` (and the dot after `www` as `&period;`) prevents them.
 * - Every entity we emit is a *named* HTML5 entity, never a numeric one (numeric ones would put a
 *   `#digit` back into the source).
 */

const ELLIPSIS = '…';
const ZWSP = '&ZeroWidthSpace;';
/** Characters made literal with a backslash escape (all are ASCII punctuation, so CommonMark honours it). */
const BACKSLASH_ESCAPED = new Set(['\\', '`', '*', '_', '[', ']', '(', ')', '!', '~', '|', '$', '{', '}']);
function toText(s) {
    if (s === null || s === undefined)
        return '';
    if (typeof s === 'string')
        return s;
    if (typeof s === 'number' || typeof s === 'bigint' || typeof s === 'boolean')
        return String(s);
    try {
        if (s instanceof Error)
            return s.message;
        return String(s);
    }
    catch {
        return '';
    }
}
/** Splits into code points, replacing lone surrogates, controls and invisibles. */
function cleanCodePoints(s) {
    const out = [];
    // Controls become a plain space; invisible/bidi characters and lone surrogates U+FFFD, so that
    // tampering stays visible (the classification the log shares: shared/unsafe-chars.ts).
    for (const cp of s) {
        const kind = (0,unsafe_chars/* charKind */.Lk)(cp);
        out.push(kind === 'plain' ? cp : kind === 'control' ? ' ' : '\ufffd');
    }
    // Collapse whitespace runs and trim: leading spaces could start an indented code block and
    // trailing ones a hard line break.
    const collapsed = [];
    for (const cp of out) {
        if (cp === ' ' && (collapsed.length === 0 || collapsed[collapsed.length - 1] === ' '))
            continue;
        collapsed.push(cp);
    }
    while (collapsed.length > 0 && collapsed[collapsed.length - 1] === ' ')
        collapsed.pop();
    return collapsed;
}
/** Keeps whole tokens while the output stays within `maxLen` (ellipsis included). */
function fit(tokens, maxLen) {
    const limit = Number.isNaN(maxLen) ? 200 : Math.max(0, Math.floor(maxLen));
    let total = 0;
    for (const t of tokens)
        total += t.length;
    if (total <= limit)
        return tokens.join('');
    const budget = limit - ELLIPSIS.length;
    if (budget < 0)
        return '';
    let used = 0;
    let i = 0;
    for (; i < tokens.length && used + tokens[i].length <= budget; i++)
        used += tokens[i].length;
    return tokens.slice(0, i).join('') + ELLIPSIS;
}
/** `cps[i]` is the dot of `www.`, which GitHub autolinks. */
const wwwDot = (cps, i) => i >= 3 && cps.slice(i - 3, i).join('').toLowerCase() === 'www';
/** `cps[i]` is the dash of a `GH-123` issue reference. */
const ghRefDash = (cps, i) => /^[0-9]/.test(cps[i + 1] ?? '') && i >= 2 && cps.slice(i - 2, i).join('').toLowerCase() === 'gh';
/**
 * Inline markdown text, safe in a table cell, a list item, a heading or a paragraph (including at
 * the start of a line). Renders as the original characters except: line breaks/controls become a
 * space, whitespace runs are collapsed and trimmed, invisible/bidi characters become U+FFFD, and a
 * zero-width space follows `@` and `#` when they precede a word character.
 *
 * `maxLen` bounds the length of the *returned markdown source* (UTF-16 units, `…` included), not
 * of the rendered text: escapes count against the budget, so the cap on comment size holds
 * whatever the input. Truncation never splits a code point or an escape.
 */
function mdText(s, maxLen = 200) {
    const cps = cleanCodePoints(toText(s));
    const tokens = new Array(cps.length);
    // Index of the first non-digit at the start, for ordered-list markers ("1." / "1)").
    let lead = 0;
    while (lead < cps.length && cps[lead] >= '0' && cps[lead] <= '9')
        lead++;
    for (let i = 0; i < cps.length; i++) {
        const c = cps[i];
        const next = cps[i + 1] ?? '';
        const wordNext = /^[\p{L}\p{N}_]/u.test(next);
        let t;
        switch (c) {
            case '<':
                t = '&lt;';
                break;
            case '>':
                t = '&gt;';
                break;
            case '&':
                t = '&amp;';
                break;
            case '@':
                // `@&ZeroWidthSpace;user`: not a mention, not an e-mail autolink.
                t = wordNext ? `@${ZWSP}` : '@';
                break;
            case '#':
                // `&num;` kills ATX headings anywhere; the ZWSP kills `#123` / `GH#123` references.
                t = wordNext ? `&num;${ZWSP}` : '&num;';
                break;
            case ':':
                t = next === '/' ? '&colon;' : ':';
                break;
            case '.':
                if (i === lead && lead > 0)
                    t = '\\.';
                else if (wwwDot(cps, i))
                    t = '&period;';
                else
                    t = '.';
                break;
            case ')':
                t = '\\)';
                break;
            case '-':
                // `GH-123` is an issue reference too.
                if (i === 0)
                    t = '\\-';
                else if (ghRefDash(cps, i))
                    t = `-${ZWSP}`;
                else
                    t = '-';
                break;
            case '+':
            case '=':
                // List bullets, thematic breaks and setext underlines only matter at the start.
                t = i === 0 ? `\\${c}` : c;
                break;
            default:
                t = BACKSLASH_ESCAPED.has(c) ? `\\${c}` : c;
        }
        tokens[i] = t;
    }
    return fit(tokens, maxLen);
}
/**
 * Plain text for places that show text as it is (an issue title): cleaned like mdText (line breaks
 * and controls become a space, invisible and bidi characters U+FFFD, whitespace runs collapsed) and
 * cut to `maxLen` with `…`, nothing escaped.
 */
function plainText(s, maxLen = 200) {
    return fit(cleanCodePoints(toText(s)), maxLen);
}
/**
 * Text inside raw HTML that markdown does not process, such as a `<summary>` (a CommonMark HTML
 * block): there backslash escapes show as typed, so `mdText`'s `\_` and `\)` would appear in the
 * title. Cleaned like mdText (controls become a space, invisible/bidi characters U+FFFD, runs of
 * whitespace collapsed); then named entities for `& < > " '` and for the characters that mean something
 * to markdown or to GitHub's linking anywhere near (`` ` | [ ] ``, the `:` of `://`, the `.` of
 * `www.`), and a zero-width space after `@` and `#` and in `GH-1`, as mdText does. Displays as the
 * original characters. At most `maxLen` UTF-16 units, `…` included, never splitting an entity or a
 * code point.
 */
function htmlText(s, maxLen = 200) {
    const cps = cleanCodePoints(toText(s));
    const tokens = cps.map((c, i) => {
        const next = cps[i + 1] ?? '';
        const wordNext = /^[\p{L}\p{N}_]/u.test(next);
        switch (c) {
            case '&': return '&amp;';
            case '<': return '&lt;';
            case '>': return '&gt;';
            case '"': return '&quot;';
            case "'": return '&apos;';
            case '`': return '&grave;';
            case '|': return '&vert;';
            case '[': return '&lsqb;';
            case ']': return '&rsqb;';
            case ':': return next === '/' ? '&colon;' : ':';
            case '.': return wwwDot(cps, i) ? '&period;' : '.';
            case '-': return ghRefDash(cps, i) ? `-${ZWSP}` : '-';
            case '@': return wordNext ? `@${ZWSP}` : '@';
            case '#': return wordNext ? `#${ZWSP}` : '#';
            default: return c;
        }
    });
    return fit(tokens, maxLen);
}
/** Look-alike used for `|` inside code spans (see `mdCode`). */
const PIPE_SUBSTITUTE = '¦';
/**
 * An inline code span showing the text literally (no markdown, HTML, mention or link processing
 * happens inside code spans on GitHub).
 *
 * Trade-offs, because neither backslash escapes nor entities work inside a code span:
 * - `|` is replaced by `¦` (U+00A6). GFM splits table rows on `|` even inside code spans, and
 *   the only table-safe spelling, `\|`, would show its backslash when used in prose. The
 *   substitution renders identically in both contexts.
 * - Line breaks and controls become spaces; invisible/bidi characters become U+FFFD.
 * - Backticks are kept: the fence is one backtick longer than the longest run inside, and the
 *   content is padded with one space on each side (CommonMark strips exactly that padding).
 *   A fence of 3+ backticks cannot open a fenced block because its "info string" then contains
 *   backticks.
 * Returns '' for empty input. The returned source is at most `maxLen` long (fences included,
 * minimum 5), truncated on a code-point boundary with `…`.
 */
function mdCode(s, maxLen = 200) {
    const cps = cleanCodePoints(toText(s)).map((c) => (c === '|' ? PIPE_SUBSTITUTE : c));
    if (cps.length === 0)
        return '';
    const limit = Number.isNaN(maxLen) ? 200 : Math.max(5, Math.floor(maxLen));
    const longestRun = (list) => {
        let best = 0;
        let run = 0;
        for (const c of list) {
            run = c === '`' ? run + 1 : 0;
            if (run > best)
                best = run;
        }
        return best;
    };
    const wrap = (content, run) => {
        const fence = '`'.repeat(run + 1);
        return `${fence} ${content} ${fence}`;
    };
    const full = cps.join('');
    const fullRun = longestRun(cps);
    if (full.length + 2 * (fullRun + 2) <= limit)
        return wrap(full, fullRun);
    let len = 0;
    let best = 0;
    let run = 0;
    let i = 0;
    for (; i < cps.length; i++) {
        const c = cps[i];
        const nextRun = c === '`' ? run + 1 : 0;
        const nextBest = Math.max(best, nextRun);
        if (len + c.length + ELLIPSIS.length + 2 * (nextBest + 2) > limit)
            break;
        len += c.length;
        run = nextRun;
        best = nextBest;
    }
    return wrap(cps.slice(0, i).join('') + ELLIPSIS, best);
}
/**
 * A finite number formatted with at most `digits` decimals (trailing zeros dropped), or `—`.
 * Output only contains `[0-9.e+-]`, so it needs no further escaping. Bigints are accepted.
 */
function safeNumber(n, digits = 3) {
    if (typeof n === 'bigint')
        return n.toString();
    if (typeof n !== 'number' || !Number.isFinite(n))
        return '—';
    const d = Math.min(20, Math.max(0, Math.floor(digits)));
    const abs = Math.abs(n);
    if (abs >= 1e21)
        return n.toExponential(Math.max(0, d));
    if (d > 0 && abs !== 0 && abs < 0.5 * 10 ** -d) {
        // Would round to 0: keep the magnitude visible instead.
        return n.toExponential(d - 1).replace(/\.?0+e/, 'e');
    }
    let s = n.toFixed(d);
    if (s.includes('.'))
        s = s.replace(/0+$/, '').replace(/\.$/, '');
    if (s === '-0')
        s = '0';
    return s;
}

;// CONCATENATED MODULE: ./src/render/chart-data.ts
const median = (xs) => {
    if (!xs.length)
        return NaN;
    const s = Float64Array.from(xs).sort();
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** y at x by linear interpolation over points sorted by x (flat beyond the ends). */
function interpolate(pts, x, from) {
    if (!pts.length)
        return NaN;
    if (x <= pts[0][0])
        return pts[0][1];
    if (x >= pts[pts.length - 1][0])
        return pts[pts.length - 1][1];
    let i = from.i;
    while (i < pts.length - 2 && pts[i + 1][0] < x)
        i++;
    from.i = i;
    const [x0, y0] = pts[i];
    const [x1, y1] = pts[i + 1];
    return x1 > x0 ? y0 + ((x - x0) / (x1 - x0)) * (y1 - y0) : y0;
}
/** A vat's BOYD chart points in x order, sorted once per report (charts reuse peers). */
const sortedCharts = new WeakMap();
function sortedChart(v) {
    let pts = sortedCharts.get(v);
    if (!pts)
        sortedCharts.set(v, (pts = v.boyd.chart.slice().sort((s, t) => s[0] - t[0])));
    return pts;
}
/**
 * The busy vats whose BOYD series can serve as peers: at least `minPoints` chart points (a kernel
 * vat with 3 BOYDs early in the run would be held flat over the whole run), most BOYDs first, at
 * most `max`.
 */
function peerPool(r, max = 200, minPoints = 12) {
    return r.vats
        .filter((v) => (v.boyd?.chart.length ?? 0) >= minPoints)
        .sort((a, b) => (b.boyd.count ?? 0) - (a.boyd.count ?? 0))
        .slice(0, max);
}
function boydChart(v, pool, baseline) {
    const b = v.boyd;
    if (!b || b.chart.length < 3)
        return null;
    const points = b.chart.filter((p) => Number.isFinite(p[0]) && Number.isFinite(p[1])).slice().sort((p, q) => p[0] - q[0]);
    if (points.length < 3)
        return null;
    const x0 = points[0][0];
    const x1 = points[points.length - 1][0];
    const slope = typeof b.slopePerBlock === 'number' && Number.isFinite(b.slopePerBlock) ? b.slopePerBlock : null;
    const onsetRaw = b.onset;
    const onset = onsetRaw && Number.isFinite(onsetRaw.height) && onsetRaw.height > x0 && onsetRaw.height < x1 ? { x: onsetRaw.height, stage: onsetRaw.stage ?? null } : null;
    const after = b.afterOnset;
    let trend = [];
    let band = null;
    if (onset && after && typeof after.slopePerBlock === 'number' && Number.isFinite(after.slopePerBlock)) {
        const before = points.filter((p) => p[0] < onset.x);
        const later = points.filter((p) => p[0] >= onset.x);
        const flat = median(before.map((p) => p[1]));
        const s2 = after.slopePerBlock;
        const a2 = median(later.map((p) => p[1] - s2 * p[0]));
        // The flat part ends where the rising line starts, so the two meet at the onset.
        trend = [[x0, flat], [onset.x, flat], [onset.x, a2 + s2 * onset.x], [x1, a2 + s2 * x1]];
    }
    else if (slope !== null) {
        const a = median(points.map((p) => p[1] - slope * p[0]));
        trend = [[x0, a + slope * x0], [x1, a + slope * x1]];
        if (b.slopeCI && b.slopeCI.every((c) => Number.isFinite(c))) {
            const xm = median(points.map((p) => p[0]));
            const ym = a + slope * xm;
            const line = (s) => [[x0, ym + s * (x0 - xm)], [x1, ym + s * (x1 - xm)]];
            const [l0, l1] = line(b.slopeCI[0]);
            const [h0, h1] = line(b.slopeCI[1]);
            // The band is the region between the two lines: the lower one at each end.
            band = { lo: [[x0, Math.min(l0[1], h0[1])], [x1, Math.min(l1[1], h1[1])]], hi: [[x0, Math.max(l0[1], h0[1])], [x1, Math.max(l1[1], h1[1])]] };
        }
    }
    // Peers' median at each of this vat's points.
    const others = pool.filter((p) => p.vatID !== v.vatID).map((p) => ({ pts: sortedChart(p), cursor: { i: 0 } }));
    const peers = others.length ? points.map(([x]) => [x, median(others.map((o) => interpolate(o.pts, x, o.cursor)))]) : [];
    let base = [];
    const ref = baseline?.reference?.value;
    if (typeof ref === 'number' && Number.isFinite(ref) && trend.length) {
        const start = trend[0];
        base = [start, [x1, start[1] + ref * (x1 - start[0])]];
    }
    return { points, trend, band, peers, baseline: base, onset, slope };
}
function clistChart(v) {
    const s = v.clist?.snapshots ?? [];
    if (s.length < 2)
        return null;
    return {
        labels: s.map((x) => `stage ${x.stage}${x.height !== null ? ` (${x.height})` : ''}`),
        heights: s.map((x) => x.height),
        exports: s.map((x) => x.exports.reachable + x.exports.recognizableOnly),
        imports: s.map((x) => x.imports.reachable + x.imports.recognizableOnly),
        recognizableOnly: s.map((x) => x.exports.recognizableOnly + x.imports.recognizableOnly),
    };
}
/** [min, max] without spreading (large arrays would overflow the call stack). */
function extent(values) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of values) {
        if (v < lo)
            lo = v;
        if (v > hi)
            hi = v;
    }
    return [lo, hi];
}
/** Nice round tick values covering [lo, hi], about `count` of them. */
function niceTicks(lo, hi, count = 5) {
    if (!(hi > lo))
        return [lo];
    const raw = (hi - lo) / Math.max(1, count);
    const mag = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
    const out = [];
    for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step)
        out.push(Math.abs(t) < step * 1e-9 ? 0 : t);
    return out;
}

;// CONCATENATED MODULE: ./src/render/mermaid.ts
/**
 * Mermaid `xychart-beta` charts for GitHub markdown (mermaid 11).
 *
 * - `lineChart`: a numeric x-axis (`x-axis "block height" 1 --> 360`, which mermaid labels with a
 *   few round ticks) and up to a handful of lines. xychart spreads each line's values evenly over the
 *   axis, so every series is resampled onto the same `points` evenly spaced x values: the mean of its
 *   samples within half a step of each (a dense series), else linear interpolation between its
 *   neighbours (a fitted line given by its ends), held flat beyond its ends.
 * - `categoryChart`: a few labelled categories (the kernel-DB snapshots) and lines over them.
 * Colours are set explicitly (an `init` directive: a white plot with dark text and a fixed palette),
 * so a chart reads the same in GitHub's light and dark themes; each chart is followed by a key
 * naming the colours, since not every mermaid 11 release draws a legend.
 *
 * Untrusted text (titles, axis labels, series names) goes through `mermaidLabel`, which keeps only
 * `[A-Za-z0-9 _.,:/()%+-]` and is always emitted inside `"..."`, so it cannot close the string,
 * start a comment or directive, add a statement or leave the fenced block. Numbers are written in
 * plain decimal (the xychart lexer has no exponent syntax).
 */

const LABEL_MAX = 80;
/** Largest magnitude we print; beyond it plain-decimal output gets silly. */
const MAX_ABS = 1e15;
/** Colours people can tell apart on white, light or dark page around it. */
const PALETTE = { blue: '#0969da', red: '#cf222e', grey: '#8c959f', green: '#1a7f37', orange: '#bc4c00', purple: '#8250df' };
const INK = '#1f2328';
const AXIS = '#59636e';
/** Mermaid-safe label text: allowed characters only, single spaces, bounded length. */
function mermaidLabel(s, maxLen = LABEL_MAX) {
    const text = typeof s === 'string' ? s : s === null || s === undefined ? '' : String(s);
    const kept = text
        .replace(/[^A-Za-z0-9 _.,:/()%+-]/g, ' ')
        .replace(/%+/g, '%')
        .replace(/ +/g, ' ')
        .trim();
    return kept.length > maxLen ? kept.slice(0, maxLen).trimEnd() : kept;
}
/** Plain-decimal number with `decimals` places at most, trailing zeros dropped. */
function num(v, decimals) {
    let s = v.toFixed(Math.min(12, Math.max(0, decimals)));
    if (s.includes('.'))
        s = s.replace(/0+$/, '').replace(/\.$/, '');
    return s === '-0' ? '0' : s;
}
/** Decimals needed to tell apart values `step` apart, showing ~`sig` significant digits of it. */
function decimalsFor(step, sig = 2) {
    if (!(step > 0) || !Number.isFinite(step))
        return 0;
    return Math.max(0, Math.min(12, sig - 1 - Math.floor(Math.log10(step))));
}
const ok = (v) => Number.isFinite(v) && Math.abs(v) < MAX_ABS;
const q = (s) => `"${s}"`;
function directive(colors) {
    const palette = colors.filter((c) => /^#[0-9a-fA-F]{6}$/.test(c)).join(', ') || PALETTE.blue;
    const vars = {
        backgroundColor: '#ffffff',
        titleColor: INK,
        xAxisLabelColor: INK,
        xAxisTitleColor: INK,
        xAxisTickColor: AXIS,
        xAxisLineColor: AXIS,
        yAxisLabelColor: INK,
        yAxisTitleColor: INK,
        yAxisTickColor: AXIS,
        yAxisLineColor: AXIS,
        plotColorPalette: palette,
    };
    return `%%{init: ${JSON.stringify({ themeVariables: { xyChart: vars }, xyChart: { width: 860, height: 380, showLegend: true } })}}%%`;
}
/** y-axis bounds with 5% headroom, rounded to the values' precision; 0 when the data is near it. */
function yRange(values) {
    let [lo, hi] = extent(values);
    const span = hi - lo > 0 ? hi - lo : Math.abs(hi) > 0 ? Math.abs(hi) : 1;
    const dec = decimalsFor(span / 10, 2);
    const unit = 10 ** -dec;
    const l = lo >= 0 && lo - span * 0.15 < 0 ? 0 : lo - span * 0.05;
    lo = Math.floor(l / unit) * unit;
    hi = Math.ceil((hi + span * 0.05) / unit) * unit;
    if (!(hi > lo))
        hi = lo + unit;
    return { lo, hi, dec, vDec: decimalsFor((hi - lo) / 1000, 1) };
}
function render(opts) {
    const all = opts.lines.flatMap((l) => l.values);
    const y = yRange(all);
    const out = ['```mermaid', directive(opts.lines.map((l) => l.color)), 'xychart-beta'];
    const title = mermaidLabel(opts.title);
    if (title)
        out.push(`  title ${q(title)}`);
    out.push(`  x-axis ${opts.xAxis}`);
    const yl = mermaidLabel(opts.yLabel);
    out.push(`  y-axis ${yl ? `${q(yl)} ` : ''}${num(y.lo, y.dec)} --> ${num(y.hi, y.dec)}`);
    for (const l of opts.lines) {
        const name = mermaidLabel(l.name);
        out.push(`  line ${name ? `${q(name)} ` : ''}[${l.values.map((v) => num(v, y.vDec)).join(', ')}]`);
    }
    out.push('```');
    return `${out.join('\n')}\n`;
}
function lineChart(opts) {
    const k = Math.max(2, Math.floor(opts.points ?? 60));
    const series = opts.series.map((s) => ({ ...s, pts: (s.pts ?? []).filter((p) => ok(p[0]) && ok(p[1])).sort((a, b) => a[0] - b[0]) })).filter((s) => s.pts.length > 0);
    if (!series.length)
        return '';
    const [xMin, xMax] = extent(series.flatMap((s) => s.pts.map((p) => p[0])));
    if (!(xMax > xMin))
        return '';
    const step = (xMax - xMin) / (k - 1);
    const grid = Array.from({ length: k }, (_, i) => xMin + i * step);
    const lines = series.map((s) => ({ name: s.name, color: s.color, values: resample(s.pts, grid, step) }));
    // The axis ends, with as many decimals as it takes to tell them apart (none can: no chart).
    let xDec = decimalsFor(xMax - xMin, 3);
    while (xDec < 12 && num(xMin, xDec) === num(xMax, xDec))
        xDec++;
    if (!(Number(num(xMax, xDec)) > Number(num(xMin, xDec))))
        return '';
    const xl = mermaidLabel(opts.xLabel);
    return render({ title: opts.title, xAxis: `${xl ? `${q(xl)} ` : ''}${num(xMin, xDec)} --> ${num(xMax, xDec)}`, yLabel: opts.yLabel, lines });
}
function categoryChart(opts) {
    const n = opts.categories.length;
    if (n < 2)
        return '';
    const lines = opts.series.filter((s) => s.values.length === n && s.values.every(ok));
    if (!lines.length)
        return '';
    // Band axes need distinct labels.
    const labels = opts.categories.map((c, i) => mermaidLabel(c, 30) || String(i + 1));
    const seen = new Set();
    const uniq = labels.map((l, i) => (seen.has(l) ? `${l} ${i + 1}` : (seen.add(l), l)));
    const xl = mermaidLabel(opts.xLabel);
    return render({ title: opts.title, xAxis: `${xl ? `${q(xl)} ` : ''}[${uniq.map(q).join(', ')}]`, yLabel: opts.yLabel, lines });
}
/** Bucket means around each grid x, gaps filled by interpolation over the samples themselves. */
function resample(pts, grid, step) {
    const k = grid.length;
    const sums = new Float64Array(k);
    const counts = new Uint32Array(k);
    const x0 = grid[0];
    for (const [x, y] of pts) {
        const i = Math.min(k - 1, Math.max(0, Math.round((x - x0) / step)));
        sums[i] += y;
        counts[i] += 1;
    }
    // A series sparser than the grid (a fitted line's ends) is drawn through its samples.
    const dense = pts.length >= k / 2;
    let j = 0;
    return grid.map((x, i) => {
        if (dense && counts[i] > 0)
            return sums[i] / counts[i];
        while (j < pts.length - 2 && pts[j + 1][0] < x)
            j++;
        const a = pts[j];
        const b = pts[Math.min(j + 1, pts.length - 1)];
        if (x <= pts[0][0])
            return pts[0][1];
        if (x >= pts[pts.length - 1][0])
            return pts[pts.length - 1][1];
        return b[0] > a[0] ? a[1] + ((x - a[0]) / (b[0] - a[0])) * (b[1] - a[1]) : a[1];
    });
}
/** Lines given as x and y arrays, coloured in palette order (a thin wrapper of `lineChart`). */
function xyChart(opts) {
    const colors = Object.values(PALETTE);
    return lineChart({
        title: opts.title,
        xLabel: opts.xLabel,
        yLabel: opts.yLabel,
        points: opts.maxPoints,
        series: opts.series.map((s, i) => ({ name: s.name, color: colors[i % colors.length], pts: Array.from({ length: Math.min(s.x?.length ?? 0, s.y?.length ?? 0) }, (_, j) => [s.x[j], s.y[j]]) })),
    });
}

// EXTERNAL MODULE: ./src/shared/number-format.ts
var number_format = __nccwpck_require__(886);
;// CONCATENATED MODULE: ./src/render/view.ts


const RANK = { neutral: 0, pass: 1, warn: 2, fail: 3 };
const worse = (a, b) => (a === undefined || RANK[b] > RANK[a] ? b : a);
/** `boyd`, `clist`, or the metric's first word: the family a verdict's rule belongs to. */
function familyOf(metric) {
    if (metric.startsWith('boyd'))
        return 'boyd';
    if (metric.startsWith('clist'))
        return 'clist';
    if (metric.startsWith('heap'))
        return 'heap';
    return metric.split('-')[0] ?? metric;
}
/** The metric a comparison verdict compares: `boyd-slope-vs-baseline` → `boyd-slope`. */
const baseMetric = (metric) => (metric.endsWith('-vs-baseline') ? metric.slice(0, -12) : metric.endsWith('-vs-band') ? metric.slice(0, -8) : metric);
/** Per vat: the worst level of each metric family, and of all; one pass over the verdicts. */
function levelsByVat(r) {
    const out = new Map();
    for (const v of r.verdicts) {
        let m = out.get(v.vatID);
        if (!m)
            out.set(v.vatID, (m = new Map()));
        const f = familyOf(v.metric);
        m.set(f, worse(m.get(f), v.level));
        m.set('*', worse(m.get('*'), v.level));
    }
    return out;
}
const isFlaggedLevel = (l) => l === 'fail' || l === 'warn';
// ---- number formats (output only [0-9.,+−×→ µmsa-z/%—] and spaces) ----
const fin = (n) => typeof n === 'number' && Number.isFinite(n);
const fmt = {
    ms: (s) => (fin(s) ? (0,number_format/* groupDigits */.K)(s * 1e3, 2) : '—'),
    ms1: (s) => (fin(s) ? (0,number_format/* groupDigits */.K)(s * 1e3, s * 1e3 >= 10 ? 0 : 1) : '—'),
    us: (s) => (fin(s) ? (0,number_format/* groupDigits */.K)(s * 1e6, 2) : '—'),
    num: (n, d = 0) => (fin(n) ? (0,number_format/* groupDigits */.K)(n, d) : '—'),
    signed: (n, d = 0) => (fin(n) ? `${n > 0 ? '+' : n < 0 ? '−' : '±'}${(0,number_format/* groupDigits */.K)(Math.abs(n), d)}` : '—'),
    ratio: (n) => (fin(n) ? `×${n.toFixed(2)}` : '—'),
    p: (p) => (!fin(p) ? '—' : p < 1e-4 ? p.toExponential(1) : p.toPrecision(2)),
    pct: (n) => (fin(n) ? `${n > 0 ? '+' : n < 0 ? '−' : '±'}${(0,number_format/* groupDigits */.K)(Math.abs(n) * 100, Math.abs(n) >= 0.1 ? 0 : 1)}%` : '—'),
};
/** The unit a verdict's numbers are in: the verdict's own, else the one its metric implies. */
function unitOf(v, r) {
    if (v.unit)
        return v.unit;
    const per = r.run.xAxis === 'deliveryOrdinal' ? 'delivery' : 'block';
    if (v.metric.startsWith('boyd-slope'))
        return `s/${per}`;
    if (/^clist(-[a-z]+)?-vs-(baseline|band)$/.test(v.metric))
        return 'entries/block';
    if (v.metric.startsWith('clist'))
        return 'entries';
    return '';
}
/** A value in its unit, shown the way people read it (seconds per block as µs/block). */
function withUnit(n, unit, signed = false) {
    const sgn = (s) => (signed && fin(n) && n > 0 ? `+${s}` : signed && fin(n) && n < 0 ? `−${s.replace(/^-/, '')}` : s);
    if (!fin(n))
        return '—';
    let m;
    if ((m = /^s\/(block|delivery)$/.exec(unit)))
        return `${sgn(fmt.us(n))} µs/${m[1]}`;
    if (unit === 's')
        return `${sgn(fmt.ms(n))} ms`;
    if (unit === 'entries/block')
        return `${sgn((0,number_format/* groupDigits */.K)(n, 2))}/block`;
    if (unit === 'entries')
        return sgn((0,number_format/* groupDigits */.K)(n, 0));
    if (unit === 'ratio')
        return `×${n.toFixed(2)}`;
    return `${sgn((0,number_format/* groupDigits */.K)(n, Math.abs(n) >= 100 ? 0 : 2))}${unit ? ` ${unit}` : ''}`;
}
const METRIC_WORDS = {
    'boyd-slope': 'BOYD time slope',
    'clist-exports': 'c-list exports',
    'clist-imports': 'c-list imports',
    'clist-promises': 'c-list promises',
    clist: 'c-list growth rate',
    'clist-vs-baseline': 'c-list growth rate',
    'clist-vs-band': 'c-list growth rate',
    'heap-growth': 'heap growth',
};
const metricWords = (metric) => METRIC_WORDS[metric] ?? metric.replace(/-/g, ' ');
/** Side of a c-list metric, for start/end counts. */
function clistSpan(v, side) {
    const c = v?.clist;
    if (!c)
        return null;
    const s = c.snapshots;
    if (s.length >= 2) {
        const tot = (i) => s[i][side].reachable + s[i][side].recognizableOnly;
        return { start: tot(0), end: tot(s.length - 1) };
    }
    if (c.series?.start && c.series.end)
        return { start: c.series.start[side], end: c.series.end[side] };
    return null;
}
function thisRunText(v, vat, unit) {
    if (v.metric === 'boyd-slope') {
        const b = vat?.boyd;
        return `${withUnit(b?.slopePerBlock ?? v.value, unit)}${b && fin(b.firstMean) && fin(b.lastMean) ? ` (${fmt.ms(b.firstMean)} → ${fmt.ms(b.lastMean)} ms)` : ''}`;
    }
    const side = /^clist-(exports|imports)$/.exec(v.metric)?.[1];
    if (side) {
        const span = clistSpan(vat, side);
        return span ? `${fmt.num(span.start)} → ${fmt.num(span.end)} (${fmt.signed(span.end - span.start)})` : withUnit(v.value, unit, true);
    }
    return withUnit(v.value, unit, unit === 'entries');
}
function limitText(v, unit) {
    if (v.threshold === null || !fin(v.threshold))
        return '—';
    if (v.metric === 'boyd-slope-vs-baseline')
        return `Δ > ${fmt.num(v.threshold, 1)} σ`;
    if (/-vs-(baseline|band)$/.test(v.metric))
        return `Δ > ${withUnit(v.threshold, unit)}`;
    if (v.metric.startsWith('boyd-slope'))
        return `> ${withUnit(v.threshold, unit)}`;
    if (unit === 'entries')
        return `≥ +${fmt.num(v.threshold)}`;
    return `> ${withUnit(v.threshold, unit)}`;
}
function referenceText(v, unit) {
    const ref = v.reference;
    if (!ref)
        return '—';
    const val = withUnit(ref.value, unit);
    if (ref.kind === 'band')
        return `${val}${fin(ref.spread) ? ` ± ${withUnit(ref.spread, unit).replace(/^[+−]/, '')}` : ''} (band${ref.runs ? ` of ${ref.runs} runs` : ''})`;
    return `${val} (baseline)`;
}
function deltaText(v, unit) {
    const ref = v.reference;
    if (!ref || !fin(v.value))
        return '—';
    const rel = fin(ref.value) && Math.abs(ref.value) > 1e-12 ? ` (${fmt.pct(v.value / Math.abs(ref.value))})` : '';
    return `${withUnit(v.value, unit, true)}${rel}`;
}
/**
 * One row per vat and metric, most severe first, then by vat order; neutral verdicts (nothing to
 * judge) are not rows. A comparison verdict fills the reference and Δ of its metric's row; a
 * comparison without a row of its own metric is a row of its own. One pass over the verdicts and
 * one sort; the cells are formatted only for the rows a rendering shows.
 */
function verdictRows(r, vatByID) {
    const out = [];
    const byVat = new Map();
    for (const v of r.verdicts) {
        if (v.level === 'neutral')
            continue;
        const base = baseMetric(v.metric);
        const metric = base === 'clist' ? v.metric : base;
        let rows = byVat.get(v.vatID);
        if (!rows)
            byVat.set(v.vatID, (rows = new Map()));
        let row = rows.get(metric);
        if (!row) {
            rows.set(metric, (row = { vat: { vatID: v.vatID, name: v.name }, metric, level: v.level, quiet: true, order: out.length, verdicts: [] }));
            out.push(row);
        }
        row.level = worse(row.level, v.level);
        // A c-list check that passed with no change, against nothing or against a reference of no change.
        const still = v.level === 'pass' && v.metric.startsWith('clist') && v.value === 0 && (!v.reference || v.reference.value === 0);
        if (!still)
            row.quiet = false;
        row.verdicts.push(v);
    }
    out.sort((a, b) => RANK[b.level] - RANK[a.level] || a.order - b.order);
    return out.map((acc) => {
        let cells;
        return { vat: acc.vat, metric: acc.metric, level: acc.level, quiet: acc.quiet, cells: () => (cells ??= rowCells(r, acc.verdicts, vatByID.get(acc.vat.vatID))) };
    });
}
function rowCells(r, vs, vat) {
    let thisRun = '—';
    const refs = [];
    const deltas = [];
    const limits = [];
    for (const v of vs) {
        const base = baseMetric(v.metric);
        const unit = unitOf(v, r);
        if (base !== v.metric) {
            refs.push(referenceText(v, unit));
            deltas.push(deltaText(v, unit));
            if (thisRun === '—' && v.reference && fin(v.reference.value) && fin(v.value)) {
                thisRun = base === 'boyd-slope' && vat?.boyd ? thisRunText({ ...v, metric: 'boyd-slope' }, vat, unit) : withUnit(v.reference.value + v.value, unit);
            }
        }
        else {
            thisRun = thisRunText(v, vat, unit);
        }
        limits.push(limitText(v, unit));
    }
    return { thisRun, reference: refs.join('; ') || '—', delta: deltas.join('; ') || '—', limit: limits.filter((l) => l !== '—').join('; ') || '—' };
}
/** Importers of `vatID`'s objects (or exporters of what it imports) at the last stage of the graph. */
function edgesAtLastStage(graph) {
    let last = -Infinity;
    for (const e of graph)
        if (e.stage > last)
            last = e.stage;
    const byExporter = new Map();
    const byImporter = new Map();
    for (const e of graph) {
        if (e.stage !== last)
            continue;
        (byExporter.get(e.exporter) ?? byExporter.set(e.exporter, []).get(e.exporter)).push(e);
        (byImporter.get(e.importer) ?? byImporter.set(e.importer, []).get(e.importer)).push(e);
    }
    return { byExporter, byImporter };
}
const refOf = (v) => ({ vatID: v.vatID, name: v.name });
function buildView(r) {
    const vatByID = new Map(r.vats.map((v) => [v.vatID, v]));
    const levels = levelsByVat(r);
    const rows = verdictRows(r, vatByID);
    const graph = edgesAtLastStage(r.importGraph ?? []);
    const nameOf = (id) => refOf(vatByID.get(id) ?? { vatID: id, name: null });
    // Who grew: vats with a failing or warning verdict, failing ones first, each once.
    const flaggedVerdicts = new Map();
    for (const v of r.verdicts)
        if (isFlaggedLevel(v.level))
            (flaggedVerdicts.get(v.vatID) ?? flaggedVerdicts.set(v.vatID, []).get(v.vatID)).push(v);
    const grew = [];
    for (const [id, vs] of flaggedVerdicts) {
        const vat = vatByID.get(id);
        const level = levels.get(id)?.get('*') ?? 'warn';
        grew.push({ vat: vat ? refOf(vat) : refOf(vs[0]), level, sentence: sentenceFor(r, vat, vs, graph, nameOf), docs: docsFor(vs) });
    }
    grew.sort((a, b) => RANK[b.level] - RANK[a.level]);
    const thinVerdicts = r.verdicts.filter((v) => v.metric === 'boyd-slope' && v.level === 'neutral');
    const thin = thinVerdicts.map((v) => ({ vat: refOf(v), boyds: vatByID.get(v.vatID)?.boyd?.count ?? 0 }));
    const reason = thinVerdicts[0]?.message.match(/need [^)]*/)?.[0] ?? null;
    const failVats = grew.filter((g) => g.level === 'fail').length;
    const warnVats = grew.length - failVats;
    const n = r.vats.length;
    const count = failVats > 0
        ? `${fmt.num(failVats)} of ${fmt.num(n)} vat${n === 1 ? '' : 's'} grew${warnVats ? `, ${fmt.num(warnVats)} more may have` : ''}`
        : warnVats > 0
            ? `no vat fails; ${fmt.num(warnVats)} of ${fmt.num(n)} may grow`
            : `no growth in ${fmt.num(n)} vat${n === 1 ? '' : 's'}`;
    return { vatByID, levels, rows, grew, thin, thinReason: reason, checked: checkedLine(r, thin.length), count };
}
function sentenceFor(r, vat, vs, graph, nameOf) {
    const parts = [];
    const by = (m) => vs.find((v) => v.metric === m);
    const boyd = vat?.boyd;
    const boydV = vs.filter((v) => v.metric.startsWith('boyd'));
    if (boydV.length && boyd) {
        const blocks = fin(boyd.xFirst) && fin(boyd.xLast) ? boyd.xLast - boyd.xFirst + (r.run.xAxis === 'deliveryOrdinal' ? 0 : 1) : null;
        const per = r.run.xAxis === 'deliveryOrdinal' ? 'deliveries' : 'blocks';
        let s = `BOYD time ${fmt.ms1(boyd.firstMean)} → ${fmt.ms1(boyd.lastMean)} ms${blocks !== null ? ` over ${fmt.num(blocks)} ${per}` : ''}`;
        const onset = boyd.onset;
        if (onset && fin(onset.height))
            s += `, rising since block ${fmt.num(onset.height)}${onset.stage !== null && onset.stage !== undefined ? ` (stage ${onset.stage})` : ''}`;
        const cmp = boydV.find((v) => v.reference && fin(v.reference.value) && fin(v.value));
        if (cmp)
            s += `, slope ${withUnit(cmp.reference.value + cmp.value, unitOf(cmp, r))} against the ${cmp.reference.kind}'s ${withUnit(cmp.reference.value, unitOf(cmp, r))}`;
        if (boydV.every((v) => v.level !== 'fail'))
            s += ' (not certain)';
        parts.push([s]);
    }
    if (vat?.heap && fin(vat.heap.growth) && (boydV.length || vat.heap.growth >= 1.5))
        parts.push([`heap ×${vat.heap.growth.toFixed(1)}`]);
    for (const side of ['exports', 'imports']) {
        const v = by(`clist-${side}`);
        if (!v || !isFlaggedLevel(v.level))
            continue;
        const span = clistSpan(vat, side);
        const pb = vat?.clist?.delta?.perBlock;
        const seg = [`c-list ${side} ${span ? `${fmt.num(span.start)} → ${fmt.num(span.end)}` : fmt.signed(v.value)}${fin(pb) ? ` (${fmt.num(pb, 2)}/block)` : ''}`];
        const edges = (side === 'exports' ? graph.byExporter : graph.byImporter).get(vat?.vatID ?? '') ?? [];
        const top = [...edges].sort((a, b) => b.total - a.total).slice(0, 2);
        // Who keeps the growing entries alive is the report's finding (clist.keptAliveBy); the import
        // graph gives the counts on the other side, reachable or recognizable-only.
        const other = (e) => (side === 'exports' ? e.importer : e.exporter);
        const kept = vat?.clist?.keptAliveBy ?? [];
        if (kept.length) {
            seg.push('; kept alive by ');
            kept.slice(0, 2).forEach((id, i) => {
                if (i)
                    seg.push(' and ');
                const e = edges.find((x) => other(x) === id);
                if (id === vat.vatID)
                    seg.push('itself');
                else
                    seg.push({ vat: nameOf(id) }, e ? ` (${fmt.num(e.total)}${weakText(e)})` : '');
            });
        }
        const rest = top.filter((e) => !kept.includes(other(e)));
        if (rest.length) {
            seg.push(side === 'exports' ? (kept.length ? '; importers: ' : '; kept alive by ') : kept.length ? '; from ' : '; it keeps them itself, from ');
            rest.forEach((e, i) => {
                if (i)
                    seg.push(' and ');
                seg.push({ vat: nameOf(other(e)) }, ` (${fmt.num(e.total)}${weakText(e)})`);
            });
        }
        parts.push(seg);
    }
    for (const v of vs) {
        if (v.metric.startsWith('boyd') || /^clist-(exports|imports)$/.test(v.metric))
            continue;
        const unit = unitOf(v, r);
        parts.push([`${metricWords(baseMetric(v.metric))} ${v.reference ? `${withUnit(v.value, unit, true)} against the ${v.reference.kind}` : withUnit(v.value, unit, unit === 'entries')}`]);
    }
    const out = [];
    parts.forEach((p, i) => {
        if (i)
            out.push(', ');
        out.push(...p);
    });
    return out;
}
/** How many of an edge's imported objects are recognizable-only (WeakMap keys, or dropped but not retired). */
const weakText = (e) => (e.reachable >= e.total ? '' : e.reachable === 0 ? ', all recognizable-only' : `, ${fmt.num(e.total - e.reachable)} recognizable-only`);
function checkedLine(r, thin) {
    const busy = r.vats.filter((v) => (v.boyd?.count ?? 0) > 0).length;
    const snaps = r.run.files.filter((f) => f.kind === 'storage').length;
    let entries = 0;
    let withClist = 0;
    for (const v of r.vats) {
        const s = v.clist?.snapshots;
        if (s && s.length) {
            withClist++;
            const l = s[s.length - 1];
            entries += l.exports.reachable + l.exports.recognizableOnly + l.imports.reachable + l.imports.recognizableOnly;
        }
        else if (v.clist?.series)
            withClist++;
    }
    const blocks = r.run.blocks > 0 ? `${fmt.num(r.run.blocks)} blocks` : 'a run without block events';
    const judged = busy - thin;
    return (`Checked ${fmt.num(r.vats.length)} vats over ${blocks}: BOYD time of ${fmt.num(judged)} vat${judged === 1 ? '' : 's'} with enough BOYDs` +
        `, c-lists of ${fmt.num(withClist)} vat${withClist === 1 ? '' : 's'}${snaps ? ` in ${snaps} kernel-DB snapshot${snaps === 1 ? '' : 's'} (${fmt.num(entries)} object entries in the last)` : ' from the slog'}` +
        `${r.baseline.used ? ', against the baseline' : ''}.`);
}
/** GitHub anchors of the policy sections that explain each rule. */
const DOC_SECTIONS = {
    boyd: { file: 'docs/policy.md', anchor: 'boyd-time-boyd-slope', title: 'BOYD time rule' },
    clist: { file: 'docs/policy.md', anchor: 'c-list-growth-clist-exports-clist-imports', title: 'c-list rule' },
    baseline: { file: 'docs/policy.md', anchor: 'against-the-baseline-boyd-slope-vs-baseline-clist-vs-baseline', title: 'baseline comparison' },
    band: { file: 'docs/policy.md', anchor: '', title: 'band of recent runs' },
};
/** The rule sections a vat's flagged verdicts point to. */
function docsFor(flagged) {
    const keys = new Set();
    for (const v of flagged) {
        if (v.metric.endsWith('-vs-baseline'))
            keys.add('baseline');
        else if (v.metric.endsWith('-vs-band'))
            keys.add('band');
        else if (familyOf(v.metric) === 'boyd' || familyOf(v.metric) === 'clist')
            keys.add(familyOf(v.metric));
    }
    return [...keys].map((k) => DOC_SECTIONS[k]);
}
/**
 * The CLI command that reproduces this run's verdict locally, as argv words, cleaned of controls
 * and invisible characters (`plainText`); the renderer quotes them for the shell. From the report's provenance: the GitHub run's artifact through `gh run download`,
 * or the local path.
 */
function reproduceCommand(r) {
    return rawCommand(r).map((words) => words.map((w) => plainText(w, 300)));
}
function rawCommand(r) {
    const p = r.provenance;
    const analyze = (dir) => ['npx', 'loadgen-gate', 'analyze', dir, ...(r.baseline.used ? ['--baseline', 'baseline-report.json'] : []), '--html', 'report.html'];
    if (p?.source === 'github-run' && p.runId !== undefined) {
        const repo = /^https:\/\/github\.com\/([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)\/actions\/runs\//.exec(p.url ?? '')?.[1];
        const dl = ['gh', 'run', 'download', String(p.runId), ...(repo ? ['-R', repo] : []), ...(p.artifact ? ['-n', p.artifact] : []), '-D', 'loadgen-run'];
        return [dl, analyze('loadgen-run')];
    }
    return [analyze(p?.path ?? '<run-dir>')];
}
/** POSIX shell quoting of one word: bare when it is plainly safe, else single-quoted. */
const shellWord = (w) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`);

;// CONCATENATED MODULE: ./src/render/markdown.ts
/**
 * Markdown summary of a RunReport, for the job summary, the PR comment and the CLI. Read top down:
 * the verdict and who grew in plain words, what was checked, one row per vat and metric (this
 * run, baseline or band, Δ, limit), what to do next, who keeps the objects, BOYD time and c-lists
 * per snapshot, then charts, and the statistics in folded blocks.
 * Every string that came from an artifact goes through `mdText`/`mdCode`/`htmlText`.
 * Returned as prioritized sections so a size budget can drop detail first (never silently).
 * Linear (or n log n) in vats and verdicts; tables list at most `maxRows` rows (the JSON report and
 * the HTML report keep everything), and say how many they left out.
 */






const ICON = { fail: '❌', warn: '⚠️', pass: '✅', neutral: '➖' };
const vatLabel = (v) => (v.name ? `${mdText(v.name, 60)} (${mdText(v.vatID, 12)})` : mdText(v.vatID, 12));
/** The same label inside raw HTML (a `<summary>`), where markdown escapes would show. */
const vatLabelHtml = (v) => (v.name ? `${htmlText(v.name, 60)} (${htmlText(v.vatID, 12)})` : htmlText(v.vatID, 12));
const segs = (s) => s.map((x) => (typeof x === 'string' ? x : vatLabel(x.vat))).join('');
const safeUrl = (u) => (u && /^https?:\/\/[^\s()<>\]]+$/.test(u) ? u : undefined);
function renderSections(r, opts = {}) {
    const view = buildView(r);
    const maxRows = Math.max(1, opts.maxRows ?? 40);
    const sections = [];
    const title = opts.title ?? 'loadgen-gate';
    const head = [`## ${ICON[r.verdict]} ${mdText(title, 80)}: **${r.verdict.toUpperCase()}**`, '', `**${view.count[0].toUpperCase()}${view.count.slice(1)}.**`, ''];
    const shown = view.grew.slice(0, maxRows);
    for (const g of shown)
        head.push(`- ${ICON[g.level]} **${vatLabel(g.vat)}**: ${segs(g.sentence)}.`);
    if (view.grew.length > shown.length)
        head.push(`- … and ${view.grew.length - shown.length} more vats (all in the HTML and JSON reports).`);
    if (shown.length)
        head.push('');
    head.push(view.checked);
    const thin = thinLine(view, maxRows);
    if (thin)
        head.push('', thin);
    head.push('', runLine(r), baselineLine(r));
    const rebuilt = translationsLine(r);
    if (rebuilt)
        head.push(rebuilt);
    const html = safeUrl(opts.htmlUrl);
    if (html)
        head.push('', `📊 [Open the HTML report](${html}): every vat's charts, the import graph and the statistics.`);
    sections.push({ id: 'verdict', markdown: head.join('\n'), priority: 100 });
    const table = verdictTable(view, maxRows);
    if (table)
        sections.push({ id: 'verdicts', markdown: table, priority: 95 });
    const next = nextSteps(r, view, opts);
    if (next)
        sections.push({ id: 'next-steps', markdown: next, priority: 93 });
    const attributions = r.vats.filter((v) => v.clist?.attribution && isFlaggedLevel(view.levels.get(v.vatID)?.get('*'))).slice(0, maxRows);
    if (attributions.length) {
        sections.push({
            id: 'attribution',
            markdown: `### Who keeps the objects\n\n${attributions.map((v) => `- ${mdText(v.clist.attribution, 1500)}`).join('\n')}`,
            priority: 90,
        });
    }
    sections.push({ id: 'vats', markdown: vatTable(r, view, maxRows), priority: 80 });
    const clist = clistTable(r, view, maxRows);
    if (clist)
        sections.push({ id: 'clist', markdown: clist, priority: 70 });
    const stats = statistics(r, view, maxRows);
    if (stats)
        sections.push({ id: 'statistics', markdown: stats, priority: 35 });
    sections.push({ id: 'charts', markdown: charts(r, view, opts.maxCharts ?? 4), priority: 30 });
    sections.push({ id: 'deliveries', markdown: deliveryBreakdown(r, opts.maxMethodRows ?? 8, Math.min(maxRows, 20)), priority: 40 });
    const warn = warningsSection(r);
    if (warn)
        sections.push({ id: 'warnings', markdown: warn, priority: 60 });
    sections.push({ id: 'footer', markdown: footer(r), priority: 99 });
    return sections.filter((s) => s.markdown);
}
function renderMarkdown(r, opts = {}) {
    return renderSections(r, opts).map((s) => s.markdown).join('\n\n') + '\n';
}
function thinLine(view, max) {
    if (!view.thin.length)
        return null;
    const list = view.thin.slice(0, max).map((t) => `${vatLabel(t.vat)} ${fmt.num(t.boyds)}`).join(', ');
    return `➖ Too few BOYDs to judge${view.thinReason ? ` (${mdText(view.thinReason, 80)})` : ''}: ${list}${view.thin.length > max ? ` and ${view.thin.length - max} more` : ''}.`;
}
function runLine(r) {
    const br = r.run.blockRange;
    const axis = r.run.xAxis === 'blockHeight' ? 'block height' : r.run.xAxis === 'runBlockHeight' ? 'run block height' : 'delivery ordinal (no block events in the slog)';
    const slogs = r.run.files.filter((f) => f.kind === 'slog').length;
    const snaps = r.run.files.filter((f) => f.kind === 'storage').length;
    const range = br ? `${axis} ${fmt.num(br[0])}–${fmt.num(br[1])}` : `x-axis: ${axis}`;
    return `Run: ${slogs} slog file(s), ${snaps} kernel-DB snapshot(s), ${range}${r.run.cycles !== null ? `, ${fmt.num(r.run.cycles)} loadgen cycles` : ''}.`;
}
/** Says when slog c-list series were rebuilt from translations (slog files without `clist` events). */
function translationsLine(r) {
    const withSeries = r.vats.filter((v) => v.clist?.series);
    const rebuilt = withSeries.filter((v) => v.clist.series.replayedFrom === 'translations' || v.clist.series.replayedFrom === 'mixed');
    if (!rebuilt.length)
        return null;
    if (rebuilt.length === withSeries.length && rebuilt.every((v) => v.clist.series.replayedFrom === 'translations')) {
        return 'Slog c-list series rebuilt from the kernel’s delivery/syscall translations: the slog has no `clist` events.';
    }
    const names = rebuilt.slice(0, 8).map((v) => vatLabel(v)).join(', ');
    return `Slog c-list series of ${names}${rebuilt.length > 8 ? ` and ${rebuilt.length - 8} more` : ''} rebuilt (at least in part) from delivery/syscall translations: some slog files have no \`clist\` events.`;
}
function baselineLine(r) {
    const b = r.baseline;
    if (!b.used)
        return `Baseline: none (${mdText(b.reason, 200)}).`;
    const p = b.provenance;
    const where = p?.runId ? `run ${mdText(String(p.runId), 20)}${p.headSha ? ` @ ${mdCode(p.headSha.slice(0, 12), 20)}` : ''}${p.ageHours !== undefined ? `, ${(0,number_format/* formatAge */.n)(p.ageHours)} old` : ''}` : mdText(p?.path ?? 'file', 120);
    return `Baseline: ${where}.`;
}
function verdictTable(view, max) {
    if (!view.rows.length)
        return null;
    const loud = view.rows.filter((x) => !x.quiet);
    const quiet = view.rows.length - loud.length;
    const rows = loud.slice(0, max).map((row) => {
        const c = row.cells();
        return [ICON[row.level], vatLabel(row.vat), mdText(metricWords(row.metric), 40), c.thisRun, c.reference, c.delta, c.limit];
    });
    const more = loud.length - rows.length;
    return [
        '### Findings',
        '',
        rows.length ? markdownTable([['', 'vat', 'metric', 'this run', 'baseline / band', 'Δ', 'limit'], ...rows], { align: ['c', 'l', 'l', 'r', 'r', 'r', 'r'] }) : '',
        more > 0 ? `\n${more} more row(s) (${loud.slice(max).filter((x) => isFlaggedLevel(x.level)).length} flagged) in the HTML and JSON reports.` : '',
        quiet > 0 ? `\n✅ ${quiet} more check(s) passed with nothing to show: c-lists that did not change.` : '',
    ].join('\n');
}
function docLink(base, d) {
    const root = base && safeUrl(base) ? base.replace(/\/?$/, '/') : '';
    const file = root ? d.file.replace(/^docs\//, '') : d.file;
    return `[${d.title}](${root}${file}${d.anchor ? `#${d.anchor}` : ''})`;
}
function nextSteps(r, view, opts) {
    const flagged = view.grew;
    if (!flagged.length)
        return null;
    const cmd = reproduceCommand(r).map((words) => words.map(shellWord).join(' '));
    const lines = ['### What to do', '', 'Reproduce the verdict on your machine (Node 24):', '', '```sh', ...cmd, '```', ''];
    for (const g of flagged.slice(0, Math.min(20, opts.maxRows ?? 40))) {
        const docs = g.docs.map((d) => docLink(opts.docsBase, d));
        lines.push(`- ${ICON[g.level]} ${vatLabel(g.vat)}: ${docs.length ? `the rule: ${docs.join(', ')}` : 'see the findings above'}.`);
    }
    lines.push('', 'A leak shows as c-list entries that are never dropped (look at who keeps them, above) or BOYD time that rises with the heap. If the growth is intended, raise that vat\'s limit with an override in the policy file and say why in the PR; a ⚠️ warning never fails the build.');
    return lines.join('\n');
}
const ordered = (_r, view, vats) => vats
    .map((v, i) => ({ v, i, rank: RANK[view.levels.get(v.vatID)?.get('*') ?? 'neutral'] }))
    .sort((a, b) => b.rank - a.rank || a.i - b.i)
    .map((x) => x.v);
function vatTable(r, view, max) {
    const thin = new Set(view.thin.map((t) => t.vat.vatID));
    const busy = r.vats.filter((v) => (v.boyd?.count ?? 0) > 0 && !thin.has(v.vatID));
    const list = ordered(r, view, busy).slice(0, max);
    const edge = Number(r.policy.boyd?.edgeSamples ?? 50);
    const rows = list.map((v) => {
        const b = v.boyd;
        const lvl = view.levels.get(v.vatID)?.get('boyd');
        return [vatLabel(v), lvl ? ICON[lvl] : '', fmt.num(b.count), `${fmt.ms(b.firstMean)} → ${fmt.ms(b.lastMean)}`, fmt.pct(b.growth !== null ? b.growth - 1 : null), fmt.us(b.slopePerBlock), fmt.ratio(v.heap?.growth)];
    });
    const idle = r.vats.length - busy.length - thin.size;
    const pre = busy.reduce((s, v) => s + (v.boyd.preSnapshotCount ?? 0), 0);
    return [
        '### BOYD time per vat',
        '',
        rows.length ? markdownTable([['vat', '', 'BOYDs', 'ms, first → last', 'change', 'µs/block', 'heap'], ...rows], { align: ['l', 'c', 'r', 'r', 'r', 'r', 'r'] }) : 'No vat has enough BOYDs for a trend.',
        '',
        `<sub>BOYDs: in-block BOYDs of the vat${pre ? ` (${fmt.num(pre)} right before a heap snapshot left out: a snapshot makes them slow)` : ''}. First → last: mean of the first and last ${fmt.num(edge)}. µs/block: the fitted (Theil–Sen) slope. Heap: the xsnap worker's heap count, last ÷ first (a \`local\` worker has none).${busy.length > list.length ? ` ${busy.length - list.length} more vat(s) in the HTML report.` : ''}${idle > 0 ? ` ${idle} idle vat(s) without BOYDs not shown.` : ''}</sub>`,
    ].join('\n');
}
function clistTable(r, view, max) {
    const changed = (v) => !!v.clist?.delta && (v.clist.delta.exports !== 0 || v.clist.delta.imports !== 0 || v.clist.delta.recognizableOnly !== 0);
    const all = ordered(r, view, r.vats.filter((v) => v.clist && (changed(v) || isFlaggedLevel(view.levels.get(v.vatID)?.get('clist')))));
    if (!all.length)
        return null;
    const list = all.slice(0, max);
    const stages = [...new Set(list.flatMap((v) => v.clist.snapshots.map((s) => s.stage)))].sort((a, b) => a - b).slice(-4);
    const head = ['vat', '', ...stages.map((s) => `stage ${s}`), 'Δ', 'per block'];
    const rows = list.map((v) => {
        const c = v.clist;
        const byStage = new Map(c.snapshots.map((s) => [s.stage, s]));
        const cell = (st) => {
            const s = byStage.get(st);
            if (!s)
                return '—';
            const weak = s.exports.recognizableOnly + s.imports.recognizableOnly;
            return `${fmt.num(s.exports.reachable + s.exports.recognizableOnly)} / ${fmt.num(s.imports.reachable + s.imports.recognizableOnly)}${weak ? ` (${fmt.num(weak)} weak)` : ''}${s.promises ? ` +${fmt.num(s.promises)} p` : ''}`;
        };
        const d = c.delta;
        const lvl = view.levels.get(v.vatID)?.get('clist');
        return [vatLabel(v), lvl ? ICON[lvl] : '', ...stages.map(cell), d ? `${fmt.signed(d.exports)} / ${fmt.signed(d.imports)}` : '—', d ? fmt.num(d.perBlock, 2) : c.series ? fmt.num(c.series.slopePerBlock, 2) : '—'];
    });
    return [
        '### C-list per snapshot',
        '',
        markdownTable([head, ...rows], { align: ['l', 'c', ...stages.map(() => 'r'), 'r', 'r'] }),
        '',
        `<sub>Exports / imports: object entries in the vat's c-list at each kernel-DB snapshot; weak: recognizable-only entries (kept as WeakMap/WeakStore keys or dropped but not retired); p: promise entries.${all.length > list.length ? ` ${all.length - list.length} more vat(s) in the HTML report.` : ''}</sub>`,
    ].join('\n');
}
function statistics(r, view, max) {
    const busy = r.vats.filter((v) => (v.boyd?.count ?? 0) > 0);
    const list = ordered(r, view, busy).slice(0, max);
    const alpha = Number(r.policy.boyd?.alpha ?? 0.05);
    const ci = `${+(100 * (1 - alpha)).toFixed(1)}% CI`;
    const rows = list.map((v) => {
        const b = v.boyd;
        return [vatLabel(v), fmt.num(b.count), fmt.us(b.slopePerBlock), b.slopeCI ? `${fmt.us(b.slopeCI[0])} … ${fmt.us(b.slopeCI[1])}` : '—', fmt.p(b.pValue), fmt.us(b.commonModeCorrected?.slopePerBlock), fmt.ratio(v.heap?.growth)];
    });
    const flagged = r.verdicts.filter((v) => isFlaggedLevel(v.level)).slice(0, max);
    const why = flagged.map((v) => `- ${ICON[v.level]} ${vatLabel(v)} ${mdCode(v.metric, 40)}: ${mdText(v.message, 400)}`);
    if (!rows.length && !why.length)
        return null;
    return [
        '<details><summary>Statistics</summary>',
        '',
        rows.length ? markdownTable([['vat', 'BOYDs', 'µs/block (Sen)', ci, 'MK p', 'µs/block vs peers', 'heap'], ...rows], { align: ['l', 'r', 'r', 'r', 'r', 'r', 'r'] }) : '',
        '',
        why.length ? ['Why each finding was raised:', '', ...why].join('\n') : '',
        '',
        '</details>',
    ].join('\n');
}
function charts(r, view, max) {
    const lvl = (id, f) => view.levels.get(id)?.get(f) ?? 'neutral';
    const ranked = r.vats
        .filter((v) => (v.boyd?.chart.length ?? 0) >= 3)
        .map((v) => ({ v, rank: RANK[lvl(v.vatID, 'boyd')], rise: v.boyd.relativeRise ?? 0 }))
        .sort((a, b) => b.rank - a.rank || b.rise - a.rise)
        .slice(0, max)
        .map((x) => x.v);
    const clistVats = r.vats.filter((v) => isFlaggedLevel(lvl(v.vatID, 'clist')) && (v.clist?.snapshots.length ?? 0) >= 2).slice(0, max);
    if (!ranked.length && !clistVats.length)
        return '';
    const pool = peerPool(r);
    const baselineOf = new Map(r.verdicts.filter((v) => v.metric === 'boyd-slope-vs-baseline' && v.reference).map((v) => [v.vatID, v]));
    const xLabel = r.run.xAxis === 'deliveryOrdinal' ? 'delivery' : 'block height';
    const parts = ['### Charts', ''];
    for (const v of ranked) {
        const c = boydChart(v, pool, baselineOf.get(v.vatID));
        if (!c)
            continue;
        const ms = (pts) => pts.map(([x, y]) => [x, y * 1e3]);
        const series = [{ name: 'BOYD ms', pts: ms(c.points), color: PALETTE.blue }];
        const key = ['🟦 BOYD time (mean per step)'];
        if (c.trend.length)
            (series.push({ name: 'fitted trend', pts: ms(c.trend), color: PALETTE.red }), key.push(c.onset ? `🟥 fitted trend, rising from block ${fmt.num(c.onset.x)}` : '🟥 fitted trend'));
        if (c.peers.length)
            (series.push({ name: 'peers median', pts: ms(c.peers), color: PALETTE.grey }), key.push("⬜ median of the other busy vats"));
        if (c.baseline.length)
            (series.push({ name: 'baseline slope', pts: ms(c.baseline), color: PALETTE.green }), key.push("🟩 the baseline's slope"));
        const open = lvl(v.vatID, 'boyd') === 'fail' ? ' open' : '';
        parts.push(`<details${open}><summary>BOYD time: ${vatLabelHtml(v)}</summary>\n`);
        parts.push(lineChart({ title: `BOYD ms, ${v.name ?? v.vatID}${c.onset ? `, onset at ${c.onset.x}` : ''}`, xLabel, yLabel: 'ms', series }));
        parts.push(`<sub>${key.join(' · ')}</sub>\n\n</details>\n`);
    }
    for (const v of clistVats) {
        const c = clistChart(v);
        parts.push(`<details open><summary>C-list entries per snapshot: ${vatLabelHtml(v)}</summary>\n`);
        parts.push(categoryChart({
            title: `c-list entries, ${v.name ?? v.vatID}`,
            xLabel: 'snapshot (block height)',
            yLabel: 'entries',
            categories: c.labels,
            series: [
                { name: 'exports', values: c.exports, color: PALETTE.blue },
                { name: 'imports', values: c.imports, color: PALETTE.orange },
                { name: 'recognizable-only', values: c.recognizableOnly, color: PALETTE.purple },
            ],
        }));
        parts.push(`<sub>🟦 exports · 🟧 imports · 🟪 recognizable-only (both sides)</sub>\n\n</details>\n`);
    }
    return parts.join('\n');
}
function deliveryBreakdown(r, maxRows, maxVats) {
    const u = r.run.utilization;
    const total = u.deliverySeconds;
    const lines = ['<details><summary>Delivery time breakdown</summary>', ''];
    const util = u.swingsetSeconds !== null && u.wallSeconds && u.wallSeconds > 0 && u.swingsetSeconds >= 0 ? ` Swingset ran ${fmt.num(u.swingsetSeconds, 1)} s of ${fmt.num(u.wallSeconds, 1)} s wall time (${fmt.num((100 * u.swingsetSeconds) / u.wallSeconds, 0)}%).` : '';
    lines.push(`Deliveries took ${fmt.num(total, 1)} s in all.${util}`, '');
    lines.push(markdownTable([['kind', 'count', 'seconds', 'share'], ...u.byKind.map((k) => [mdCode(k.kind, 40), fmt.num(k.count), fmt.num(k.seconds, 2), `${fmt.num(k.share * 100, 1)}%`])], { align: ['l', 'r', 'r', 'r'] }));
    // The vats that took the most delivery time (n log n), each with its top rows.
    const busiest = r.vats
        .map((v) => ({ v, t: v.deliveryKinds.reduce((s, k) => s + (Number.isFinite(k.totalSeconds) ? k.totalSeconds : 0), 0) }))
        .filter((x) => x.v.deliveryKinds.length)
        .sort((a, b) => b.t - a.t);
    const rows = [];
    for (const { v } of busiest.slice(0, maxVats)) {
        for (const k of v.deliveryKinds.slice(0, maxRows)) {
            rows.push([vatLabel(v), k.method !== undefined ? `${mdCode(k.kind, 30)} ${mdCode(k.method, 60)}` : mdCode(k.kind, 30), fmt.num(k.count), fmt.num(k.totalSeconds, 3), `${fmt.ms(k.meanFirst100)} → ${fmt.ms(k.meanLast100)}`, `${fmt.ms(k.fittedFirst)} → ${fmt.ms(k.fittedLast)}`]);
        }
    }
    if (rows.length) {
        lines.push('', 'Per vat, kind and method (mean of the first and last 100; OLS fit at the first and last block), in ms:', '');
        lines.push(markdownTable([['vat', 'delivery', 'count', 'total s', 'mean first → last 100', 'fitted first → last'], ...rows], { align: ['l', 'l', 'r', 'r', 'r', 'r'] }));
        if (busiest.length > maxVats)
            lines.push('', `${busiest.length - maxVats} more vat(s) in the HTML report.`);
    }
    lines.push('', '</details>');
    return lines.join('\n');
}
function warningsSection(r) {
    const w = r.run.warnings;
    if (!w.length)
        return null;
    return ['### Input problems (counted, not fatal)', '', ...w.slice(0, 50).map((x) => `- ${mdCode(x.code, 40)} ×${fmt.num(x.count)}: ${mdText(x.message, 300)}`), w.length > 50 ? `- … ${w.length - 50} more kinds in the JSON report.` : ''].filter(Boolean).join('\n');
}
function footer(r) {
    return `<sub>loadgen-gate ${mdText(r.tool.version, 20)}, report schema v${r.schemaVersion}. Slopes are Theil–Sen with Sen's CI (Hamed–Rao corrected); p is a one-sided Mann–Kendall test; "vs peers" subtracts the per-block median of the other busy vats.</sub>`;
}

// EXTERNAL MODULE: ./src/history/index.ts + 7 modules
var src_history = __nccwpck_require__(4894);
;// CONCATENATED MODULE: ./src/render/band-section.ts
/**
 * The run against the band of recent main runs, for the job summary and the PR comment: one row
 * per vat metric outside its band (or warned about), and a count of those within it; or why there
 * was no band. Empty when the run was judged without a history.
 */




function bandSection(r) {
    const band = r.band;
    if (!band)
        return null;
    if (!band.used)
        return { id: 'band', markdown: `### Against recent main runs\n\nNo band: ${mdText(band.reason, 200)}.`, priority: 85 };
    const vs = r.verdicts.filter((v) => v.metric.endsWith('-vs-band'));
    const out = vs.filter((v) => v.level === 'fail' || v.level === 'warn');
    const lines = [`### Against the band of the last ${band.runs} main runs`, ''];
    if (out.length) {
        const rows = out.map((v) => {
            const unit = v.unit ?? '';
            const ref = v.reference;
            return [
                ICON[v.level],
                vatLabel(v),
                mdCode(v.metric.replace(/-vs-band$/, ''), 40),
                mdText((0,src_history/* formatValue */.Fl)(v.value === null ? null : v.value + (ref?.value ?? 0), unit), 40),
                ref ? mdText(`${(0,src_history/* formatValue */.Fl)(ref.value, unit)} ± ${(0,src_history/* formatDelta */.CW)(ref.spread ?? 0, unit)} (${ref.runs ?? '?'} runs)`, 60) : '—',
            ];
        });
        lines.push(markdownTable([['', 'vat', 'metric', 'this run', 'band (median ± spread)'], ...rows]), '');
    }
    lines.push(`${vs.length - out.length} of ${vs.length} vat metric(s) within their band.`);
    return { id: 'band', markdown: lines.join('\n'), priority: 85 };
}
/** `sections` with the band section after the findings (or after the verdict). */
function withBand(sections, r) {
    const s = bandSection(r);
    if (!s)
        return sections;
    const at = sections.findIndex((x) => x.id === 'verdicts');
    const i = at >= 0 ? at + 1 : Math.max(0, sections.findIndex((x) => x.id === 'verdict') + 1);
    return [...sections.slice(0, i), s, ...sections.slice(i)];
}

;// CONCATENATED MODULE: ./src/render/terminal.ts


const WORD = { fail: 'FAIL', warn: 'warn', pass: 'ok', neutral: '-' };
const SGR = { fail: '31;1', warn: '33', pass: '32', neutral: '2' };
/** Display width: one column per code point except combining marks (our text has no wide characters). */
const width = (s) => [...s.replace(/\u001b\[[0-9;]*m/g, '')].filter((c) => !/\p{M}/u.test(c)).length;
function renderTerminal(r, opts = {}) {
    const color = !!opts.color;
    const paint = (code, s) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
    const lv = (l) => paint(SGR[l], WORD[l]);
    const bold = (s) => paint('1', s);
    const max = opts.maxRows ?? 40;
    const view = buildView(r);
    const vat = (v) => (v.name ? `${plainText(v.name, 60)} (${plainText(v.vatID, 12)})` : plainText(v.vatID, 12));
    const segs = (s) => s.map((x) => (typeof x === 'string' ? x : vat(x.vat))).join('');
    const out = [];
    out.push(`${bold('loadgen-gate')}: ${paint(SGR[r.verdict], r.verdict.toUpperCase())}: ${view.count}.`);
    for (const g of view.grew.slice(0, max))
        out.push(`  ${lv(g.level)} ${bold(vat(g.vat))}: ${segs(g.sentence)}.`);
    if (view.grew.length > max)
        out.push(`  … and ${view.grew.length - max} more vats.`);
    out.push('', view.checked);
    if (view.thin.length)
        out.push(`Too few BOYDs to judge${view.thinReason ? ` (${plainText(view.thinReason, 80)})` : ''}: ${view.thin.slice(0, max).map((t) => `${vat(t.vat)} ${t.boyds}`).join(', ')}${view.thin.length > max ? ` and ${view.thin.length - max} more` : ''}.`);
    out.push(r.baseline.used ? `Baseline: ${plainText(r.baseline.provenance?.runId ?? r.baseline.provenance?.path ?? 'file', 120)}.` : `Baseline: none (${plainText(r.baseline.reason, 200)}).`);
    const loud = view.rows.filter((x) => !x.quiet);
    if (loud.length) {
        out.push('', bold('Findings'));
        out.push(...columns(['', 'vat', 'metric', 'this run', 'baseline / band', 'Δ', 'limit'], loud.slice(0, max).map((x) => {
            const c = x.cells();
            return [lv(x.level), vat(x.vat), metricWords(x.metric), c.thisRun, c.reference, c.delta, c.limit];
        }), 'lllrrrr'));
        const quiet = view.rows.length - loud.length;
        if (loud.length > max)
            out.push(`  ${loud.length - max} more rows (--json has them all).`);
        if (quiet)
            out.push(`  ${quiet} more checks passed: c-lists that did not change.`);
    }
    if (view.grew.length) {
        out.push('', bold('What to do'), '  Reproduce:');
        for (const words of reproduceCommand(r))
            out.push(`    ${plainText(words.map(shellWord).join(' '), 400)}`);
        for (const g of view.grew.slice(0, 20)) {
            const docs = g.docs.map((d) => `${d.file}#${d.anchor}`);
            if (docs.length)
                out.push(`  ${vat(g.vat)}: ${docs.join(', ')}`);
        }
        const who = r.vats.filter((v) => v.clist?.attribution && isFlaggedLevel(view.levels.get(v.vatID)?.get('*'))).slice(0, max);
        if (who.length)
            out.push('', bold('Who keeps the objects'), ...who.map((v) => `  ${plainText(v.clist.attribution, 600)}`));
    }
    const thin = new Set(view.thin.map((t) => t.vat.vatID));
    const busy = r.vats
        .map((v, i) => ({ v, i }))
        .filter(({ v }) => (v.boyd?.count ?? 0) > 0 && !thin.has(v.vatID))
        .sort((a, b) => RANK[view.levels.get(b.v.vatID)?.get('boyd') ?? 'neutral'] - RANK[view.levels.get(a.v.vatID)?.get('boyd') ?? 'neutral'] || a.i - b.i)
        .slice(0, max);
    if (busy.length) {
        out.push('', bold('BOYD time per vat'));
        out.push(...columns(['vat', '', 'BOYDs', 'ms first → last', 'change', 'µs/block', 'heap'], busy.map(({ v }) => [vat(v), lv(view.levels.get(v.vatID)?.get('boyd') ?? 'neutral'), fmt.num(v.boyd.count), `${fmt.ms(v.boyd.firstMean)} → ${fmt.ms(v.boyd.lastMean)}`, fmt.pct(v.boyd.growth !== null ? v.boyd.growth - 1 : null), fmt.us(v.boyd.slopePerBlock), fmt.ratio(v.heap?.growth)]), 'llrrrrr'));
    }
    const cl = r.vats.filter((v) => v.clist?.delta && (v.clist.delta.exports !== 0 || v.clist.delta.imports !== 0 || isFlaggedLevel(view.levels.get(v.vatID)?.get('clist')))).slice(0, max);
    if (cl.length) {
        const stages = [...new Set(cl.flatMap((v) => v.clist.snapshots.map((s) => s.stage)))].sort((a, b) => a - b).slice(-4);
        out.push('', bold('C-list exports / imports per snapshot'));
        out.push(...columns(['vat', '', ...stages.map((s) => `stage ${s}`), 'per block'], cl.map((v) => {
            const by = new Map(v.clist.snapshots.map((s) => [s.stage, s]));
            return [vat(v), lv(view.levels.get(v.vatID)?.get('clist') ?? 'neutral'), ...stages.map((st) => {
                    const s = by.get(st);
                    if (!s)
                        return '—';
                    const weak = s.exports.recognizableOnly + s.imports.recognizableOnly;
                    return `${fmt.num(s.exports.reachable + s.exports.recognizableOnly)} / ${fmt.num(s.imports.reachable + s.imports.recognizableOnly)}${weak ? ` (${fmt.num(weak)} weak)` : ''}`;
                }), fmt.num(v.clist.delta.perBlock, 2)];
        }), 'll' + stages.map(() => 'r').join('') + 'r'));
    }
    if (r.run.warnings.length)
        out.push('', bold('Input problems (counted, not fatal)'), ...r.run.warnings.slice(0, max).map((w) => `  ${plainText(w.code, 40)} ×${w.count}: ${plainText(w.message, 300)}`));
    return `${out.join('\n')}\n`;
}
/** Rows as aligned columns, two spaces apart, indented by two; `align` has one `l` or `r` per column. */
function columns(head, rows, align) {
    const w = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
    const line = (cells) => `  ${cells.map((c, i) => (align[i] === 'r' ? ' '.repeat(w[i] - width(c)) + c : c + ' '.repeat(w[i] - width(c)))).join('  ').trimEnd()}`;
    return [line(head), line(w.map((n) => '─'.repeat(n))), ...rows.map(line)];
}

;// CONCATENATED MODULE: ./src/render/svg.ts
/**
 * Inline SVG charts for the HTML report: a scatter of samples, lines, a shaded band, vertical
 * markers, round ticks on both axes and a legend. No script, no external resource. Text colours come
 * from the page's CSS (`currentColor`, `.grid`), so a chart follows the page's light or dark theme;
 * series colours are mid-tones that read on both.
 *
 * Each mark drawn for a data point has class `pt`, and the chart's `data-points` attribute says how
 * many there are, so a browser test can check that every point was drawn. All text goes through
 * `htmlText` (the callers pass raw names).
 */


const COLORS = { blue: '#3b82f6', red: '#e5484d', grey: '#8b949e', green: '#30a46c', orange: '#f76b15', purple: '#8e4ec6', teal: '#12a594' };
const svg_fin = (v) => Number.isFinite(v);
/** Shortest tick label that tells neighbouring ticks apart. */
function tickLabel(v, step) {
    const d = Math.max(0, Math.min(6, -Math.floor(Math.log10(step || 1)) + (step / 10 ** Math.floor(Math.log10(step || 1)) === 2.5 ? 1 : 0)));
    const s = Math.abs(v) >= 1e4 ? v.toFixed(0).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : v.toFixed(d);
    return s === '-0' ? '0' : s;
}
const r1 = (v) => Math.round(v * 10) / 10;
function svgChart(o) {
    const W = o.width ?? 760;
    const H = o.height ?? 300;
    const m = { l: 64, r: 16, t: 40, b: 44 };
    const scatter = (o.scatter ?? []).map((s) => ({ ...s, pts: s.pts.filter((p) => svg_fin(p[0]) && svg_fin(p[1])) }));
    const lines = (o.lines ?? []).map((s) => ({ ...s, pts: s.pts.filter((p) => svg_fin(p[0]) && svg_fin(p[1])) })).filter((s) => s.pts.length);
    const band = o.band && o.band.lo.length && o.band.hi.length ? o.band : undefined;
    const xs = [];
    const ys = [];
    for (const s of [...scatter, ...lines])
        for (const [x, y] of s.pts)
            (xs.push(x), ys.push(y));
    if (band)
        for (const [x, y] of [...band.lo, ...band.hi])
            (xs.push(x), ys.push(y));
    for (const mk of o.markers ?? [])
        if (svg_fin(mk.x))
            xs.push(mk.x);
    const points = scatter.reduce((n, s) => n + s.pts.length, 0) + lines.reduce((n, s) => n + (s.dots ? s.pts.length : 0), 0);
    const id = htmlText(o.id, 80);
    if (!xs.length)
        return `<svg class="chart" id="${id}" data-points="0" width="${W}" height="60" role="img" aria-label="${htmlText(o.title, 120)}: no data"><text x="8" y="30" fill="currentColor">${htmlText(o.title, 120)}: no data</text></svg>`;
    let [x0, x1] = extent(xs);
    let [y0, y1] = extent(ys);
    if (o.categories)
        [x0, x1] = [-0.5, o.categories.length - 0.5];
    if (!(x1 > x0))
        [x0, x1] = [x0 - 1, x1 + 1];
    const ySpan = y1 - y0 || Math.abs(y1) || 1;
    y0 = y0 >= 0 && y0 - ySpan * 0.15 < 0 ? 0 : y0 - ySpan * 0.05;
    y1 = y1 + ySpan * 0.08;
    const px = (x) => r1(m.l + ((x - x0) / (x1 - x0)) * (W - m.l - m.r));
    const py = (y) => r1(H - m.b - ((y - y0) / (y1 - y0)) * (H - m.t - m.b));
    const out = [];
    out.push(`<svg class="chart" id="${id}" data-points="${points}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${htmlText(o.title, 160)}">`);
    out.push(`<title>${htmlText(o.title, 160)}</title>`);
    // Axes, grid and ticks.
    const yt = niceTicks(y0, y1, 5);
    const ys2 = yt.length > 1 ? yt[1] - yt[0] : 1;
    for (const t of yt)
        out.push(`<line class="grid" x1="${m.l}" x2="${W - m.r}" y1="${py(t)}" y2="${py(t)}"/><text class="tick" x="${m.l - 6}" y="${py(t) + 4}" text-anchor="end">${tickLabel(t, ys2)}</text>`);
    if (o.categories) {
        o.categories.forEach((c, i) => out.push(`<text class="tick" x="${px(i)}" y="${H - m.b + 16}" text-anchor="middle">${htmlText(c, 30)}</text>`));
    }
    else {
        const xt = niceTicks(x0, x1, 6);
        const xs2 = xt.length > 1 ? xt[1] - xt[0] : 1;
        for (const t of xt)
            out.push(`<line class="axis" x1="${px(t)}" x2="${px(t)}" y1="${H - m.b}" y2="${H - m.b + 4}"/><text class="tick" x="${px(t)}" y="${H - m.b + 16}" text-anchor="middle">${tickLabel(t, xs2)}</text>`);
    }
    out.push(`<line class="axis" x1="${m.l}" x2="${W - m.r}" y1="${H - m.b}" y2="${H - m.b}"/><line class="axis" x1="${m.l}" x2="${m.l}" y1="${m.t}" y2="${H - m.b}"/>`);
    out.push(`<text class="label" x="${(m.l + W - m.r) / 2}" y="${H - 8}" text-anchor="middle">${htmlText(o.xLabel, 60)}</text>`);
    out.push(`<text class="label" transform="translate(14 ${(m.t + H - m.b) / 2}) rotate(-90)" text-anchor="middle">${htmlText(o.yLabel, 40)}</text>`);
    out.push(`<text class="title" x="${m.l}" y="16">${htmlText(o.title, 120)}</text>`);
    if (band) {
        const poly = [...band.lo.map(([x, y]) => `${px(x)},${py(y)}`), ...[...band.hi].reverse().map(([x, y]) => `${px(x)},${py(y)}`)].join(' ');
        out.push(`<polygon points="${poly}" fill="${band.color}" fill-opacity="0.18" stroke="none"/>`);
    }
    for (const mk of o.markers ?? []) {
        if (!svg_fin(mk.x))
            continue;
        out.push(`<line x1="${px(mk.x)}" x2="${px(mk.x)}" y1="${m.t}" y2="${H - m.b}" stroke="${COLORS.orange}" stroke-width="1.5" stroke-dasharray="5 4"/><text class="tick" x="${px(mk.x) + 4}" y="${m.t + 10}" fill="${COLORS.orange}">${htmlText(mk.label, 40)}</text>`);
    }
    for (const s of scatter) {
        out.push(`<g fill="${s.color}" fill-opacity="0.8">${s.pts.map(([x, y]) => `<circle class="pt" cx="${px(x)}" cy="${py(y)}" r="2.2"/>`).join('')}</g>`);
    }
    for (const s of lines) {
        const d = s.pts.map(([x, y], i) => `${i ? 'L' : 'M'}${px(x)} ${py(y)}`).join('');
        out.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="${s.width ?? 2}"${s.dash ? ' stroke-dasharray="6 4"' : ''}/>`);
        if (s.dots)
            out.push(`<g fill="${s.color}">${s.pts.map(([x, y]) => `<circle class="pt" cx="${px(x)}" cy="${py(y)}" r="3.5"/>`).join('')}</g>`);
    }
    // Legend, one row above the plot.
    const entries = [...scatter.map((s) => ({ name: s.name, color: s.color, dot: true })), ...lines.map((s) => ({ name: s.name, color: s.color, dot: false })), ...(band ? [{ name: band.name, color: band.color, dot: false }] : [])];
    let lx = W - m.r;
    const legend = [];
    for (const e of entries.reverse()) {
        const label = htmlText(e.name, 40);
        const w = 22 + Math.min(40, e.name.length) * 6.4;
        lx -= w;
        legend.push(e.dot ? `<circle cx="${r1(lx + 6)}" cy="28" r="4" fill="${e.color}"/>` : `<rect x="${r1(lx)}" y="26" width="14" height="4" fill="${e.color}"/>`, `<text class="legend" x="${r1(lx + 18)}" y="32">${label}</text>`);
    }
    out.push(...legend);
    out.push('</svg>');
    return out.join('');
}

;// CONCATENATED MODULE: ./src/render/graph-svg.ts



function importGraphSvg(edges, label, max = 40) {
    let last = -Infinity;
    for (const e of edges)
        if (e.stage > last)
            last = e.stage;
    const top = edges.filter((e) => e.stage === last && e.total > 0).sort((a, b) => b.total - a.total).slice(0, max);
    if (!top.length)
        return '';
    const left = [...new Set(top.map((e) => e.exporter))];
    const right = [...new Set(top.map((e) => e.importer))];
    const rowH = 34;
    const H = 50 + Math.max(left.length, right.length) * rowH;
    const W = 760;
    const lx = 190;
    const rx = W - 190;
    const ly = new Map(left.map((v, i) => [v, 46 + i * rowH + rowH / 2]));
    const ry = new Map(right.map((v, i) => [v, 46 + i * rowH + rowH / 2]));
    const maxTotal = top[0].total;
    const out = [`<svg class="chart" id="import-graph" data-points="${top.length}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="import graph">`];
    out.push('<title>Who imports whose objects (last snapshot)</title>');
    out.push(`<text class="title" x="8" y="16">Who imports whose objects (stage ${Number.isFinite(last) ? last : '—'})</text>`);
    out.push(`<text class="label" x="${lx}" y="36" text-anchor="end">exporter</text><text class="label" x="${rx}" y="36">importer</text>`);
    for (const e of top) {
        const y1 = ly.get(e.exporter);
        const y2 = ry.get(e.importer);
        const w = 1.5 + 8 * Math.sqrt(e.total / maxTotal);
        const weak = e.total - e.reachable;
        const color = weak > e.reachable ? COLORS.purple : COLORS.blue;
        const mx = (lx + rx) / 2;
        out.push(`<path class="pt" d="M${lx + 6} ${y1} C${mx} ${y1} ${mx} ${y2} ${rx - 6} ${y2}" fill="none" stroke="${color}" stroke-opacity="0.7" stroke-width="${w.toFixed(1)}"><title>${htmlText(label(e.importer), 80)} imports ${(0,number_format/* groupDigits */.K)(e.total)} of ${htmlText(label(e.exporter), 80)}'s objects (${(0,number_format/* groupDigits */.K)(e.reachable)} reachable)</title></path>`);
        out.push(`<text class="tick" x="${mx}" y="${((y1 + y2) / 2 - 4).toFixed(1)}" text-anchor="middle">${(0,number_format/* groupDigits */.K)(e.total)}${weak ? ` (${(0,number_format/* groupDigits */.K)(weak)} weak)` : ''}</text>`);
    }
    for (const [v, y] of ly)
        out.push(`<circle cx="${lx}" cy="${y}" r="5" fill="${COLORS.grey}"/><text class="legend" x="${lx - 10}" y="${y + 4}" text-anchor="end">${htmlText(label(v), 40)}</text>`);
    for (const [v, y] of ry)
        out.push(`<circle cx="${rx}" cy="${y}" r="5" fill="${COLORS.grey}"/><text class="legend" x="${rx + 10}" y="${y + 4}">${htmlText(label(v), 40)}</text>`);
    out.push('</svg>');
    return out.join('');
}

;// CONCATENATED MODULE: ./src/render/html.ts





const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const html_ICON = { fail: '❌', warn: '⚠️', pass: '✅', neutral: '➖' };
const label = (v) => (v.name ? `${htmlText(v.name, 60)} (${htmlText(v.vatID, 12)})` : htmlText(v.vatID, 12));
const html_segs = (s) => s.map((x) => (typeof x === 'string' ? esc(x) : `<b>${label(x.vat)}</b>`)).join('');
const table = (head, rows, cls = '') => `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
const html_safeUrl = (u) => (u && /^https?:\/\/[^\s()<>\]"']+$/.test(u) ? u : undefined);
const CSS = `
:root{--bg:#fff;--fg:#1f2328;--muted:#59636e;--border:#d1d9e0;--card:#f6f8fa;--grid:#e6e9ed;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--border:#3d444d;--card:#151b23;--grid:#262c36}}
body{background:var(--bg);color:var(--fg);font:14px/1.5 system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;margin:0 auto;max-width:1100px;padding:16px 24px}
h1{font-size:22px;margin:8px 0}h2{font-size:18px;border-bottom:1px solid var(--border);padding-bottom:4px;margin-top:28px}h3{font-size:15px;margin:18px 0 6px}
table{border-collapse:collapse;margin:8px 0;font-variant-numeric:tabular-nums}th,td{border:1px solid var(--border);padding:3px 8px;text-align:right;vertical-align:top}th{background:var(--card)}td:first-child,th:first-child,td.l{text-align:left}table.findings td:nth-child(-n+3),table.findings th:nth-child(-n+3){text-align:left}
.muted,.note{color:var(--muted)}.note{font-size:12px}code,pre{background:var(--card);border-radius:4px;font:12px ui-monospace,SFMono-Regular,Menlo,monospace}code{padding:1px 4px}pre{padding:8px 10px;overflow:auto}
.badge{display:inline-block;padding:2px 10px;border-radius:12px;font-weight:600;color:#fff}.fail{background:#cf222e}.warn{background:#9a6700}.pass{background:#1a7f37}.neutral{background:#59636e}
.vat{border:1px solid var(--border);border-radius:6px;padding:4px 14px 10px;margin:14px 0}svg.chart{max-width:100%;height:auto;display:block;margin:6px 0;color:var(--fg)}
svg .grid{stroke:var(--grid)}svg .axis{stroke:var(--muted)}svg text{fill:currentColor;font-size:11px}svg .title{font-size:13px;font-weight:600}svg .label{font-size:12px;fill:var(--muted)}svg .legend{font-size:11px}
details>summary{cursor:pointer;font-weight:600;margin:8px 0}a{color:#2f81f7}`;
function renderHtml(r, opts = {}) {
    const view = buildView(r);
    const maxRows = opts.maxRows ?? 500;
    const title = opts.title ?? 'loadgen-gate';
    const body = [];
    body.push(`<h1>${htmlText(title, 80)} <span class="badge ${r.verdict}">${r.verdict.toUpperCase()}</span></h1>`);
    body.push(`<p><b>${esc(view.count[0].toUpperCase() + view.count.slice(1))}.</b></p>`);
    if (view.grew.length)
        body.push(`<ul>${view.grew.slice(0, maxRows).map((g) => `<li>${html_ICON[g.level]} <b>${label(g.vat)}</b>: ${html_segs(g.sentence)}.</li>`).join('')}</ul>`);
    body.push(`<p>${esc(view.checked)}</p>`);
    if (view.thin.length)
        body.push(`<p class="muted">➖ Too few BOYDs to judge${view.thinReason ? ` (${htmlText(view.thinReason, 80)})` : ''}: ${view.thin.slice(0, maxRows).map((t) => `${label(t.vat)} ${fmt.num(t.boyds)}`).join(', ')}.</p>`);
    body.push(`<p class="muted">${html_runLine(r)}<br>${html_baselineLine(r)}</p>`);
    body.push('<h2>Findings</h2>');
    const loud = view.rows.filter((x) => !x.quiet);
    const rows = loud.slice(0, maxRows).map((x) => {
        const c = x.cells();
        return [html_ICON[x.level], label(x.vat), esc(metricWords(x.metric)), esc(c.thisRun), esc(c.reference), esc(c.delta), esc(c.limit)];
    });
    body.push(rows.length ? table(['', 'vat', 'metric', 'this run', 'baseline / band', 'Δ', 'limit'], rows, 'findings') : '<p>No verdicts.</p>');
    if (loud.length > rows.length)
        body.push(`<p class="note">${loud.length - rows.length} more rows in the JSON report.</p>`);
    if (view.rows.length > loud.length)
        body.push(`<p class="note">✅ ${view.rows.length - loud.length} more checks passed with nothing to show: c-lists that did not change.</p>`);
    if (view.grew.length) {
        body.push('<h2>What to do</h2><p>Reproduce the verdict on your machine (Node 24):</p>');
        body.push(`<pre>${reproduceCommand(r).map((w) => htmlText(w.map(shellWord).join(' '), 400)).join('\n')}</pre><ul>`);
        for (const g of view.grew.slice(0, 50)) {
            const docs = g.docs.map((d) => `<a href="${esc(html_docLink(opts.docsBase, d))}">${esc(d.title)}</a>`);
            body.push(`<li>${html_ICON[g.level]} ${label(g.vat)}: ${docs.join(', ') || 'see the findings'}</li>`);
        }
        body.push('</ul>');
        const who = r.vats.filter((v) => v.clist?.attribution && isFlaggedLevel(view.levels.get(v.vatID)?.get('*'))).slice(0, maxRows);
        if (who.length)
            body.push(`<h3>Who keeps the objects</h3><ul>${who.map((v) => `<li>${htmlText(v.clist.attribution, 600)}</li>`).join('')}</ul>`);
    }
    body.push(vatSections(r, view, opts.maxVats ?? 60));
    const graph = importGraphSvg(r.importGraph ?? [], (id) => {
        const v = view.vatByID.get(id);
        return v?.name ? `${v.name} (${id})` : id;
    });
    if (graph)
        body.push('<h2>Import graph</h2>', graph, importTable(r, view, maxRows));
    body.push(deliveries(r, maxRows));
    if (opts.history && opts.history.runs.length)
        body.push(html_history(opts.history, view));
    body.push(html_statistics(r, view, maxRows));
    if (r.run.warnings.length)
        body.push(`<h2>Input problems (counted, not fatal)</h2><ul>${r.run.warnings.slice(0, maxRows).map((w) => `<li><code>${htmlText(w.code, 40)}</code> ×${fmt.num(w.count)}: ${htmlText(w.message, 300)}</li>`).join('')}</ul>`);
    body.push(`<p class="note">loadgen-gate ${htmlText(r.tool.version, 20)}, report schema v${r.schemaVersion}, generated ${htmlText(r.generatedAt, 40)}. Slopes are Theil–Sen with Sen's confidence interval (Hamed–Rao corrected); p is a one-sided Mann–Kendall test.</p>`);
    return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"><title>${htmlText(title, 80)}: ${r.verdict.toUpperCase()}</title><style>${CSS}</style></head>\n<body>\n${body.join('\n')}\n</body></html>\n`;
}
function html_docLink(base, d) {
    const root = base && html_safeUrl(base) ? base.replace(/\/?$/, '/') : '';
    return `${root}${root ? d.file.replace(/^docs\//, '') : d.file}${d.anchor ? `#${d.anchor}` : ''}`;
}
function html_runLine(r) {
    const br = r.run.blockRange;
    const slogs = r.run.files.filter((f) => f.kind === 'slog').length;
    const snaps = r.run.files.filter((f) => f.kind === 'storage').length;
    return `Run: ${slogs} slog file(s), ${snaps} kernel-DB snapshot(s)${br ? `, blocks ${fmt.num(br[0])}–${fmt.num(br[1])}` : ''}${r.run.cycles !== null ? `, ${fmt.num(r.run.cycles)} loadgen cycles` : ''}.`;
}
function html_baselineLine(r) {
    const b = r.baseline;
    if (!b.used)
        return `Baseline: none (${htmlText(b.reason, 200)}).`;
    const p = b.provenance;
    return `Baseline: ${p?.runId ? `run ${htmlText(String(p.runId), 20)}${p.headSha ? ` @ <code>${htmlText(p.headSha.slice(0, 12), 20)}</code>` : ''}` : htmlText(p?.path ?? 'file', 120)}.`;
}
function vatSections(r, view, max) {
    const lvl = (id) => view.levels.get(id)?.get('*') ?? 'neutral';
    // Vats too thin to judge are listed in one line at the top; they get a section only when flagged.
    const thin = new Set(view.thin.map((t) => t.vat.vatID));
    const vats = r.vats
        .filter((v) => isFlaggedLevel(lvl(v.vatID)) || (!thin.has(v.vatID) && ((v.boyd?.chart.length ?? 0) >= 3 || clistChanged(v))))
        .map((v, i) => ({ v, i, rank: RANK[lvl(v.vatID)] }))
        .sort((a, b) => b.rank - a.rank || (b.v.boyd?.count ?? 0) - (a.v.boyd?.count ?? 0) || a.i - b.i);
    const pool = peerPool(r);
    const baselineOf = new Map(r.verdicts.filter((v) => v.metric === 'boyd-slope-vs-baseline' && v.reference).map((v) => [v.vatID, v]));
    const xLabel = r.run.xAxis === 'deliveryOrdinal' ? 'delivery' : 'block height';
    const out = ['<h2>Vats</h2>'];
    for (const { v } of vats.slice(0, max)) {
        const l = lvl(v.vatID);
        out.push(`<section class="vat" id="vat-${htmlText(v.vatID, 12)}"><h3>${html_ICON[l]} ${label(v)}</h3>`);
        const c = boydChart(v, pool, baselineOf.get(v.vatID));
        if (c) {
            const ms = (pts) => pts.map(([x, y]) => [x, y * 1e3]);
            const lines = [];
            if (c.peers.length)
                lines.push({ name: "peers' median", color: COLORS.grey, pts: ms(c.peers), width: 1.5 });
            if (c.baseline.length)
                lines.push({ name: "baseline's slope", color: COLORS.green, pts: ms(c.baseline), dash: true });
            if (c.trend.length)
                lines.push({ name: 'fitted trend', color: COLORS.red, pts: ms(c.trend), width: 2.5 });
            out.push(svgChart({
                id: `boyd-${v.vatID}`,
                title: `BOYD time, ${v.name ?? v.vatID}: ${fmt.us(c.slope)} µs/block`,
                xLabel,
                yLabel: 'ms',
                scatter: [{ name: 'BOYD (bucket mean)', color: COLORS.blue, pts: ms(c.points) }],
                lines,
                band: c.band ? { name: 'slope CI', color: COLORS.red, lo: ms(c.band.lo), hi: ms(c.band.hi) } : undefined,
                markers: c.onset ? [{ x: c.onset.x, label: `onset ${c.onset.x}${c.onset.stage !== null ? ` (stage ${c.onset.stage})` : ''}` }] : [],
            }));
        }
        const heap = v.heap?.chart;
        if (heap && heap.length >= 2)
            out.push(svgChart({ id: `heap-${v.vatID}`, title: `xsnap heap count, ${v.name ?? v.vatID}: ${fmt.ratio(v.heap.growth)}`, xLabel, yLabel: 'heap objects', lines: [{ name: 'heap count', color: COLORS.teal, pts: heap, dots: true, width: 1.5 }], height: 220 }));
        const cl = clistSvg(v, xLabel);
        if (cl)
            out.push(cl);
        out.push('</section>');
    }
    if (vats.length > max)
        out.push(`<p class="note">${vats.length - max} more vats with data in the JSON report.</p>`);
    return out.join('\n');
}
const clistChanged = (v) => !!v.clist?.delta && (v.clist.delta.exports !== 0 || v.clist.delta.imports !== 0 || v.clist.delta.recognizableOnly !== 0 || v.clist.delta.promises !== 0);
function clistSvg(v, xLabel) {
    const snaps = v.clist?.snapshots ?? [];
    const series = v.clist?.series?.chart ?? [];
    const withH = snaps.filter((s) => s.height !== null);
    const lines = [];
    if (withH.length >= 1 && (withH.length >= 2 || series.length >= 2)) {
        const at = (f) => withH.map((s) => [s.height, f(s)]);
        lines.push({ name: 'exports', color: COLORS.blue, pts: at((s) => s.exports.reachable + s.exports.recognizableOnly), dots: true });
        lines.push({ name: 'imports', color: COLORS.orange, pts: at((s) => s.imports.reachable + s.imports.recognizableOnly), dots: true });
        lines.push({ name: 'recognizable-only', color: COLORS.purple, pts: at((s) => s.exports.recognizableOnly + s.imports.recognizableOnly), dots: true });
        if (withH.some((s) => s.promises))
            lines.push({ name: 'promises', color: COLORS.teal, pts: at((s) => s.promises), dots: true });
    }
    if (series.length >= 2)
        lines.unshift({ name: 'slog: exports + imports', color: COLORS.grey, pts: series, dots: false, width: 1.5 });
    if (!lines.length)
        return null;
    return svgChart({ id: `clist-${v.vatID}`, title: `c-list entries, ${v.name ?? v.vatID} (dots: kernel-DB snapshots)`, xLabel, yLabel: 'entries', lines, height: 240 });
}
function importTable(r, view, max) {
    let last = -Infinity;
    for (const e of r.importGraph)
        if (e.stage > last)
            last = e.stage;
    const edges = r.importGraph.filter((e) => e.stage === last).sort((a, b) => b.total - a.total).slice(0, max);
    const name = (id) => label(view.vatByID.get(id) ?? { vatID: id, name: null });
    return `<details><summary>Import counts at each snapshot's last stage (${edges.length})</summary>${table(['importer', 'exporter', 'objects', 'reachable', 'recognizable-only'], edges.map((e) => [name(e.importer), name(e.exporter), fmt.num(e.total), fmt.num(e.reachable), fmt.num(e.total - e.reachable)]))}</details>`;
}
function deliveries(r, max) {
    const u = r.run.utilization;
    const out = ['<h2>Delivery time</h2>'];
    const util = u.swingsetSeconds !== null && u.wallSeconds && u.wallSeconds > 0 && u.swingsetSeconds >= 0 ? ` Swingset ran ${fmt.num(u.swingsetSeconds, 1)} s of ${fmt.num(u.wallSeconds, 1)} s wall time.` : '';
    out.push(`<p>Deliveries took ${fmt.num(u.deliverySeconds, 1)} s in all.${util}</p>`);
    const kinds = u.byKind.slice(0, 20);
    if (kinds.length) {
        const W = 760;
        const bar = (k, i) => `<rect class="pt" x="200" y="${30 + i * 22}" width="${Math.max(1, k.share * (W - 320)).toFixed(1)}" height="14" fill="${COLORS.blue}"/><text class="legend" x="192" y="${41 + i * 22}" text-anchor="end">${htmlText(k.kind, 40)}</text><text class="tick" x="${206 + k.share * (W - 320)}" y="${41 + i * 22}">${fmt.num(k.seconds, 2)} s (${fmt.num(k.share * 100, 1)}%)</text>`;
        out.push(`<svg class="chart" id="delivery-kinds" data-points="${kinds.length}" viewBox="0 0 ${W} ${40 + kinds.length * 22}" width="${W}" height="${40 + kinds.length * 22}" role="img" aria-label="delivery time by kind"><title>Delivery time by kind</title><text class="title" x="8" y="16">Delivery time by kind</text>${kinds.map(bar).join('')}</svg>`);
    }
    const busiest = r.vats
        .map((v) => ({ v, t: v.deliveryKinds.reduce((s, k) => s + (Number.isFinite(k.totalSeconds) ? k.totalSeconds : 0), 0) }))
        .filter((x) => x.v.deliveryKinds.length)
        .sort((a, b) => b.t - a.t);
    const rows = [];
    for (const { v } of busiest) {
        for (const k of v.deliveryKinds.slice(0, 8)) {
            if (rows.length >= max)
                break;
            rows.push([label(v), `<code>${htmlText(k.kind, 30)}</code>${k.method !== undefined ? ` <code>${htmlText(k.method, 60)}</code>` : ''}`, fmt.num(k.count), fmt.num(k.totalSeconds, 3), `${fmt.ms(k.meanFirst100)} → ${fmt.ms(k.meanLast100)}`, `${fmt.ms(k.fittedFirst)} → ${fmt.ms(k.fittedLast)}`]);
        }
    }
    if (rows.length)
        out.push(`<details><summary>Per vat, kind and method (ms)</summary>${table(['vat', 'delivery', 'count', 'total s', 'mean first → last 100', 'fitted first → last'], rows)}</details>`);
    return out.join('\n');
}
function html_history(h, view) {
    const out = ['<h2>History across runs</h2>', `<p class="muted">${h.runs.length} runs, oldest first${h.runs[0]?.time ? ` (from ${htmlText(h.runs[0].time, 30)})` : ''}.</p>`];
    const cps = h.changePoints ?? [];
    for (const s of h.series.slice(0, 40)) {
        const pts = s.values.flatMap((v, i) => (typeof v === 'number' && Number.isFinite(v) ? [[i, v]] : []));
        if (!pts.length)
            continue;
        const vat = view.vatByID.get(s.vatID) ?? { vatID: s.vatID, name: s.name };
        const markers = cps.filter((c) => c.vatID === s.vatID && c.metric === s.metric).map((c) => ({ x: c.index - 0.5, label: `change: ${h.runs[c.index]?.sha?.slice(0, 8) ?? `run ${c.index + 1}`}` }));
        out.push(svgChart({ id: `history-${s.vatID}-${s.metric}`, title: `${vat.name ?? vat.vatID}: ${metricWords(s.metric)}${s.unit ? ` (${s.unit})` : ''}`, xLabel: 'run (oldest first)', yLabel: s.unit ?? '', lines: [{ name: s.metric, color: COLORS.blue, pts, dots: true }], markers, height: 220 }));
    }
    return out.join('\n');
}
function html_statistics(r, _view, max) {
    const busy = r.vats.filter((v) => (v.boyd?.count ?? 0) > 0).slice(0, max);
    const rows = busy.map((v) => {
        const b = v.boyd;
        return [label(v), fmt.num(b.count), `${fmt.ms(b.firstMean)} → ${fmt.ms(b.lastMean)}`, fmt.us(b.slopePerBlock), b.slopeCI ? `${fmt.us(b.slopeCI[0])} … ${fmt.us(b.slopeCI[1])}` : '—', fmt.p(b.pValue), fmt.us(b.commonModeCorrected?.slopePerBlock), fmt.ratio(v.heap?.growth)];
    });
    const why = r.verdicts.filter((v) => v.level !== 'pass').slice(0, max);
    return `<h2>Statistics</h2>${table(['vat', 'BOYDs', 'ms first → last', 'µs/block (Sen)', 'slope CI', 'MK p', 'µs/block vs peers', 'heap'], rows)}${why.length ? `<h3>Why</h3><ul>${why.map((v) => `<li>${html_ICON[v.level]} ${label(v)} <code>${htmlText(v.metric, 40)}</code>: ${htmlText(v.message, 500)}</li>`).join('')}</ul>` : ''}`;
}

// EXTERNAL MODULE: ./src/shared/limits.ts
var limits = __nccwpck_require__(7193);
// EXTERNAL MODULE: ./src/run-files/discover.ts
var discover = __nccwpck_require__(1440);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __nccwpck_require__(6466);
;// CONCATENATED MODULE: ./src/report/report-json.ts
/**
 * A RunReport written as JSON in pieces. `JSON.stringify(report, null, 2)` of a run with ~100,000
 * vats is longer than the longest string V8 can hold ("Invalid string length"), so the file is
 * written piece by piece: the containers near the top (the report object, its members, and every
 * array on the way) are walked here, and each value below them (one vat, one verdict, one edge) is
 * one `JSON.stringify` call, re-indented. The bytes are those of `JSON.stringify(value, null, 2)`:
 * same key order, `toJSON` applied, keys whose value is undefined, a function or a symbol left out
 * (`null` in arrays), empty containers as `[]` and `{}`.
 */



const INDENT = '  ';
/** Objects at this depth or deeper are one `JSON.stringify` call; arrays are walked at any depth. */
const OBJECT_DEPTH = 2;
/** Pieces are joined into chunks of about this many characters before they are written. */
const CHUNK_CHARS = 1 << 20;
const isRawJson = JSON.isRawJSON;
/** Whether JSON.stringify serializes `v` as an array or object (not a boxed or raw primitive). */
function isContainer(v) {
    if (typeof v !== 'object' || v === null)
        return false;
    if (v instanceof Number || v instanceof String || v instanceof Boolean || v instanceof BigInt)
        return false;
    return !isRawJson?.(v);
}
/** `toJSON` as JSON.stringify calls it: with the member's key (array index as a string). */
function prepared(v, key) {
    const f = v?.toJSON;
    return (typeof v === 'object' || typeof v === 'bigint') && v !== null && typeof f === 'function' ? f.call(v, key) : v;
}
/**
 * The pieces of `JSON.stringify(value, null, 2)` at `indent` (the text of a member one level in
 * starts on a line indented by `indent` plus two spaces). Yields nothing for a value JSON leaves out.
 */
function* pieces(raw, key, indent, depth) {
    const v = prepared(raw, key);
    const walk = Array.isArray(v) || (depth < OBJECT_DEPTH && isContainer(v));
    if (!walk) {
        // Through a holder, so that JSON.stringify calls `toJSON` with this member's key, as it would.
        const s = JSON.stringify({ [key]: raw }, null, 2);
        if (s === '{}')
            return;
        yield s.slice(6 + JSON.stringify(key).length, -2).replaceAll('\n  ', '\n' + indent);
        return;
    }
    const inner = indent + INDENT;
    if (Array.isArray(v)) {
        if (v.length === 0) {
            yield '[]';
            return;
        }
        yield '[';
        for (let i = 0; i < v.length; i++) {
            yield (i === 0 ? '\n' : ',\n') + inner;
            let any = false;
            for (const p of pieces(v[i], String(i), inner, depth + 1)) {
                any = true;
                yield p;
            }
            if (!any)
                yield 'null';
        }
        yield '\n' + indent + ']';
        return;
    }
    let first = true;
    for (const k of Object.keys(v)) {
        let opened = false;
        for (const p of pieces(v[k], k, inner, depth + 1)) {
            if (!opened) {
                yield (first ? '{\n' : ',\n') + inner + JSON.stringify(k) + ': ';
                first = false;
                opened = true;
            }
            yield p;
        }
    }
    yield first ? '{}' : '\n' + indent + '}';
}
/** `JSON.stringify(value, null, 2) + '\n'` as chunks of about `chunkChars` characters (one value may exceed it). */
function* jsonChunks(value, chunkChars = CHUNK_CHARS) {
    let parts = [];
    let size = 0;
    for (const p of pieces(value, '', '', 0)) {
        parts.push(p);
        size += p.length;
        if (size >= chunkChars) {
            yield parts.join('');
            parts = [];
            size = 0;
        }
    }
    parts.push('\n');
    yield parts.join('');
}
/** Writes the report to `file` as `JSON.stringify(report, null, 2) + '\n'` would, never holding it whole. */
async function writeReportJson(file, report) {
    await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from(jsonChunks(report)), (0,external_node_fs_.createWriteStream)(file));
}

;// CONCATENATED MODULE: ./src/publish/cli/write-outputs.ts
/** CLI publisher: report files and stdout. */









const FILE_OUTPUTS = ['json', 'markdown', 'html'];
/**
 * Checked before the analysis, so that a long run does not end on a path it cannot write: an
 * output that is a directory, both outputs the same file, or an output that would overwrite an
 * input: one given (also through a symbolic link), or a run file the analysis reads inside an input
 * directory (a slog, a snapshot, perf.jsonl; where a report file next to the run is fine).
 */
async function checkOutputPaths(opts, inputs) {
    const given = FILE_OUTPUTS.filter((k) => opts[k] !== undefined);
    /** The file a path names, symbolic links resolved (the parent's, when it does not exist yet). */
    const real = async (p) => (0,promises_.realpath)(p).catch(async () => external_node_path_default().join(await (0,promises_.realpath)(external_node_path_default().dirname(external_node_path_default().resolve(p))).catch(() => external_node_path_default().dirname(external_node_path_default().resolve(p))), external_node_path_default().basename(p)));
    const reals = await Promise.all(given.map(async (k) => [k, await real(opts[k])]));
    for (let i = 0; i < reals.length; i++) {
        for (let j = i + 1; j < reals.length; j++) {
            if (reals[i][1] === reals[j][1])
                throw new limits/* InputError */.w(`--${reals[i][0]} and --${reals[j][0]} name the same file (${opts[reals[i][0]]})`);
        }
    }
    const ins = await Promise.all(inputs.map(async (i) => ({ path: i, real: await real(i), dir: (await (0,promises_.stat)(i).catch(() => null))?.isDirectory() ?? false })));
    for (const k of given) {
        const p = opts[k];
        const st = await (0,promises_.stat)(p).catch(() => null);
        if (st?.isDirectory())
            throw new limits/* InputError */.w(`--${k} ${p}: is a directory (give a file name)`);
        const r = await real(p);
        if (ins.some((i) => i.real === r))
            throw new limits/* InputError */.w(`--${k} ${p}: is one of the inputs (it would be overwritten)`);
        const inside = ins.find((i) => i.dir && r.startsWith(i.real + (external_node_path_default()).sep));
        if (inside && st && (0,discover/* isRunFileName */.f)(external_node_path_default().basename(r)))
            throw new limits/* InputError */.w(`--${k} ${p}: is a run file of ${inside.path} (it would be overwritten)`);
    }
}
async function writeReportFiles(report, opts, stdout) {
    const write = async (flag, file, text) => {
        try {
            await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().resolve(file)), { recursive: true });
            await (typeof text === 'string' ? (0,promises_.writeFile)(file, text) : text(file));
        }
        catch (e) {
            throw new limits/* InputError */.w(`--${flag} ${file}: cannot write (${e.message.split('\n')[0]})`);
        }
    };
    if (opts.json)
        await write('json', opts.json, (f) => writeReportJson(f, report));
    if (opts.html)
        await write('html', opts.html, renderHtml(report));
    const md = () => withBand(renderSections(report), report).map((s) => s.markdown).join('\n\n') + '\n';
    if (opts.markdown)
        await write('markdown', opts.markdown, md());
    else
        stdout(opts.format === 'text' ? renderTerminal(report, { color: opts.color }) : md());
}
/** CLI exit code: 0 pass/warn/neutral, 1 fail. (2 = usage or unreadable input, set by the entry.) */
const exitCodeFor = (r) => (r.verdict === 'fail' ? 1 : 0);


/***/ }),

/***/ 6066:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ readBaseline),
/* harmony export */   p: () => (/* binding */ checkReport)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7193);
/* harmony import */ var _shared_report_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8103);
/** Reads a baseline RunReport from disk, checking that it is one we understand. */



async function readBaseline(file) {
    let raw;
    try {
        raw = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch (e) {
        throw new _shared_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .w(`${file}: cannot read baseline report (${e.message.split('\n')[0]})`);
    }
    return checkReport(raw, file);
}
function checkReport(raw, where) {
    const r = raw;
    if (!r || typeof r !== 'object' || typeof r.schemaVersion !== 'number' || !Array.isArray(r.vats)) {
        throw new _shared_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .w(`${where}: not a loadgen-gate RunReport`);
    }
    if (!Number.isInteger(r.schemaVersion) || r.schemaVersion < 1) {
        throw new _shared_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .w(`${where}: report schema v${r.schemaVersion} is not a schema version (1 to ${_shared_report_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .SCHEMA_VERSION */ .f$})`);
    }
    if (r.schemaVersion > _shared_report_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .SCHEMA_VERSION */ .f$) {
        throw new _shared_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .w(`${where}: report schema v${r.schemaVersion} is newer than this tool's v${_shared_report_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .SCHEMA_VERSION */ .f$}`);
    }
    const bad = shapeProblem(r);
    if (bad)
        throw new _shared_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .w(`${where}: not a loadgen-gate RunReport (${bad})`);
    return { ...r, provenance: cleanProvenance(r.provenance) };
}
const isObject = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
const finite = (v) => typeof v === 'number' && Number.isFinite(v);
/**
 * What the comparison reads without further checks: the run's axis and block range, and each vat's
 * identity and statistics as objects. Null when the shape is right. (A statistic of another type
 * inside them is left out by the comparison itself: gate/baseline-rules.ts.)
 */
function shapeProblem(r) {
    const run = r.run;
    if (!isObject(run))
        return '`run` is not an object';
    if (typeof run.xAxis !== 'string')
        return '`run.xAxis` is not a string';
    const range = run.blockRange;
    if (range !== null && range !== undefined && !(Array.isArray(range) && range.length === 2 && range.every(finite)))
        return '`run.blockRange` is not null or two numbers';
    for (const [i, v] of r.vats.entries()) {
        if (!isObject(v))
            return `vats[${i}] is not an object`;
        if (typeof v.vatID !== 'string')
            return `vats[${i}].vatID is not a string`;
        if (v.name !== null && v.name !== undefined && typeof v.name !== 'string')
            return `vats[${i}].name is not a string or null`;
        for (const k of ['boyd', 'heap', 'clist']) {
            if (v[k] !== null && v[k] !== undefined && !isObject(v[k]))
                return `vats[${i}].${k} is not an object or null`;
        }
        const clist = v.clist;
        if (clist && clist.delta !== null && clist.delta !== undefined && !isObject(clist.delta))
            return `vats[${i}].clist.delta is not an object or null`;
    }
    return null;
}
/**
 * The provenance of a report read from a file or an artifact, with each field kept only when it has
 * its type (and a number is finite): the renderers and the log print these fields, and a field of
 * another type (an `ageHours` of null, a numeric `headSha`) must not end the run with an internal
 * error.
 */
function cleanProvenance(raw) {
    const p = (raw && typeof raw === 'object' ? raw : {});
    const out = { source: p.source === 'github-run' ? 'github-run' : 'local' };
    for (const k of ['path', 'url', 'headSha', 'branch', 'createdAt', 'artifact']) {
        if (typeof p[k] === 'string')
            out[k] = p[k];
    }
    for (const k of ['runId', 'ageHours']) {
        if (typeof p[k] === 'number' && Number.isFinite(p[k]))
            out[k] = p[k];
    }
    return out;
}


/***/ }),

/***/ 1440:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ isRunFileName),
/* harmony export */   n: () => (/* binding */ discoverRun)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shared_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7193);
/* harmony import */ var _stage_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7137);
/**
 * Finds the files of one loadgen run: a directory in the runner's layout (searched at the top and
 * one level down, since the agoric-sdk CI artifact nests it under `loadgen-output/`), or explicit
 * files. Slogs are ordered by stage; client slogs are not chain slogs and are left out. A symbolic
 * link in a run directory counts as what it points to (a zip's links never get this far: the
 * extraction refuses them); one that points nowhere is listed in `skipped`.
 */




const SLOG_RE = /\.(slog|slog\.gz|jsonl|jsonl\.gz|json\.gz|log\.gz)$/i;
/** Kernel-DB snapshots: the loadgen's `chain-stage-N-storage.tar.xz` (or a tar of another compression, as openSnapshot reads) and plain DBs. */
const SNAP_RE = /(-storage\.(tar\.xz|tar\.gz|tgz|tar)|\.sqlite|\.sqlite\.gz)$/i;
/**
 * A file that run discovery reads from a run directory (a slog, a kernel-DB snapshot or perf.jsonl;
 * not a zip, which is read only when named as an input). The action's search for the run
 * directory inside a downloaded artifact (publish/github/source.ts) goes by this, so it finds
 * every run this reads.
 */
function isRunFileName(name) {
    const kind = classify(name);
    return kind !== null && kind !== 'zip';
}
function classify(name) {
    const base = name.toLowerCase();
    if (base === 'perf.jsonl')
        return 'perf';
    if (base.endsWith('.zip'))
        return 'zip';
    if (base.startsWith('client-'))
        return null;
    if (SNAP_RE.test(base))
        return 'snapshot';
    if (SLOG_RE.test(base))
        return 'slog';
    return null;
}
async function discoverRun(inputs) {
    const out = { root: null, slogs: [], snapshots: [], perf: null, zips: [], skipped: [] };
    for (const input of inputs) {
        let st;
        try {
            st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(input);
        }
        catch {
            throw new _shared_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .w(`${input}: no such file or directory`);
        }
        if (st.isDirectory()) {
            out.root ??= input;
            await scanDir(input, out, 1);
        }
        else if (st.isFile()) {
            const kind = classify(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(input)) ?? 'slog';
            add(out, kind, input, st.size);
        }
    }
    const byStage = (a, b) => (a.stage ?? Infinity) - (b.stage ?? Infinity);
    out.slogs.sort(byStage);
    out.snapshots.sort(byStage);
    return out;
}
function add(out, kind, p, bytes) {
    if (kind === 'perf')
        out.perf ??= p;
    else if (kind === 'zip')
        out.zips.push(p);
    else if (kind === 'snapshot')
        out.snapshots.push({ path: p, stage: (0,_stage_js__WEBPACK_IMPORTED_MODULE_3__/* .stageOf */ .g)(p), bytes });
    else if (kind === 'slog')
        out.slogs.push({ path: p, stage: (0,_stage_js__WEBPACK_IMPORTED_MODULE_3__/* .stageOf */ .g)(p), bytes });
}
async function scanDir(dir, out, depthLeft) {
    const entries = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    const subdirs = [];
    let found = false;
    for (const e of entries) {
        const p = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, e.name);
        if (e.isDirectory()) {
            subdirs.push(p);
            continue;
        }
        const classified = classify(e.name);
        /** The kind of a run file (a zip is read only when named as an input), else null. */
        const kind = classified === 'zip' ? null : classified;
        const wanted = kind !== null;
        const link = e.isSymbolicLink();
        // A file is stat'ed once, for its size (a link's, for what it points to); others not at all.
        if (!link && !(e.isFile() && wanted))
            continue;
        let st;
        try {
            st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(p);
        }
        catch (err) {
            if (!link)
                throw err;
            if (wanted)
                out.skipped.push({ path: p, why: `symbolic link to a file that cannot be read (${err.code ?? 'error'})` });
            continue;
        }
        if (st.isDirectory())
            subdirs.push(p);
        else if (st.isFile() && kind !== null) {
            add(out, kind, p, st.size);
            found = true;
        }
    }
    if (!found && depthLeft > 0)
        for (const d of subdirs)
            await scanDir(d, out, depthLeft - 1);
}


/***/ }),

/***/ 7137:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ stageOf)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** The stage number in a run file's name (`chain-stage-3.slog.gz` -> 3); null when it has none. */
function stageOf(file) {
    const m = /(?:^|[^0-9])stage-?(\d+)(?:[^0-9]|$)/i.exec(node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(file));
    return m ? Number(m[1]) : null;
}


/***/ }),

/***/ 8382:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ SnapshotError),
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
/**
 * Error types that say what failed, so that a caller decides what to do by the type of an error,
 * never by the words of its message.
 */
/** A problem with the input (a file, an archive, a line) that is reported and survived. */
class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}
/**
 * A kernel-DB snapshot that cannot be read: a broken or refused archive, gzip stream or SQLite
 * file, or a system program (`tar`, `xz`) that could not be run for it. The run goes on without
 * its census, with a warning.
 */
class SnapshotError extends InputError {
    file;
    constructor(
    /** The snapshot as given (archive, `.sqlite.gz`, DB or directory). */
    file, message) {
        super(message);
        this.file = file;
        this.name = 'SnapshotError';
    }
}


/***/ }),

/***/ 7193:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   w: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.d)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8382);
const DEFAULT_LIMITS = {
    maxTotalBytes: 8 * 1024 ** 3,
    maxFileBytes: 4 * 1024 ** 3,
    maxRatio: 200,
    maxEntries: 10_000,
    maxLineBytes: 64 * 1024 * 1024,
};



/***/ }),

/***/ 4381:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bk: () => (/* binding */ oneLineLogger),
/* harmony export */   D7: () => (/* binding */ stderrLogger),
/* harmony export */   jO: () => (/* binding */ mib),
/* harmony export */   om: () => (/* binding */ safeLine),
/* harmony export */   qq: () => (/* binding */ silentLogger)
/* harmony export */ });
/* harmony import */ var _unsafe_chars_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4295);

const silentLogger = {
    info() { },
    warning() { },
    group: (_t, fn) => fn(),
};
const stderrLogger = {
    info: (m) => process.stderr.write(`${m}\n`),
    warning: (m) => process.stderr.write(`warning: ${m}\n`),
    group: async (t, fn) => {
        process.stderr.write(`── ${t}\n`);
        return fn();
    },
};
const mib = (b) => `${(b / 1024 / 1024).toFixed(1)} MiB`;
/**
 * Text from the artifacts (file and member names, vat names, a baseline report's provenance) can
 * hold newlines, ANSI escapes or a line starting `::`, which in a GitHub Actions step is a workflow
 * command (`::error::`, `::add-mask::`, …), and bidi overrides or zero-width characters that make a
 * terminal show other text than is there: keep each log message on one line and make every unsafe
 * character (shared/unsafe-chars.ts, the markdown's classification too) visible as `\uXXXX`.
 */
function safeLine(s) {
    return s.replace(_unsafe_chars_js__WEBPACK_IMPORTED_MODULE_0__/* .UNSAFE */ .Pk, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** `log` with every message and group title passed through {@link safeLine}. */
function oneLineLogger(log) {
    return { info: (m) => log.info(safeLine(m)), warning: (m) => log.warning(safeLine(m)), group: (t, fn) => log.group(safeLine(t), fn) };
}


/***/ }),

/***/ 6031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _2: () => (/* binding */ requireSqlite),
/* harmony export */   jn: () => (/* binding */ nodeSqlite),
/* harmony export */   jt: () => (/* binding */ NEEDED_NODE)
/* harmony export */ });
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7193);
/**
 * What this program needs from Node, checked where it is used so that a Node without it gets a
 * one-line answer instead of a stack trace. `node:sqlite` (reading kernel-DB snapshots) is in Node
 * 22.13+ without a flag, and in Node 24, the action's runtime.
 */

const NEEDED_NODE = 'Node 24 (or 22.13 and later)';
/** `node:sqlite`, or null on a Node without it (never throws). */
function nodeSqlite() {
    try {
        return process.getBuiltinModule?.('node:sqlite') ?? null;
    }
    catch {
        return null;
    }
}
/** `node:sqlite`, or an InputError that says which Node is needed. */
function requireSqlite(what) {
    const m = nodeSqlite();
    if (!m)
        throw new _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .w(`${what}: reading kernel-DB snapshots needs node:sqlite, in ${NEEDED_NODE}; this is Node ${process.versions.node}`);
    return m;
}


/***/ }),

/***/ 886:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ groupDigits),
/* harmony export */   n: () => (/* binding */ formatAge)
/* harmony export */ });
/**
 * `1,234,567.89`: what `n.toLocaleString('en-US', {minimumFractionDigits: d, maximumFractionDigits: d})`
 * gives, without loading ICU's locale data (the first toLocaleString call of a thread pays for loading
 * it: docs/performance.md). Like ICU it rounds the shortest decimal form of `n` (`String(n)`), half away from
 * zero: -559144812900264.1 → `-559,144,812,900,264.10` (toFixed would say .13, from the exact binary value).
 */
function groupDigits(n, fractionDigits = 0) {
    if (!Number.isFinite(n) || Math.abs(n) >= 1e21) {
        return n.toLocaleString('en-US', { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
    }
    const d = Math.max(0, Math.floor(fractionDigits));
    const shortest = String(Math.abs(n));
    const e = shortest.indexOf('e');
    const mantissa = e < 0 ? shortest : shortest.slice(0, e);
    const exponent = e < 0 ? 0 : Number(shortest.slice(e + 1));
    const dot = mantissa.indexOf('.');
    let digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
    // The decimal point sits after `point` digits of `digits`.
    let point = (dot < 0 ? mantissa.length : dot) + exponent;
    if (point < 0) {
        digits = '0'.repeat(-point) + digits;
        point = 0;
    }
    const keep = point + d;
    if (digits.length > keep) {
        const up = digits.charCodeAt(keep) >= 0x35; /* '5' */
        digits = digits.slice(0, keep);
        if (up) {
            // Add one unit in the last kept place, carrying left.
            const a = digits.split('');
            let i = a.length - 1;
            while (i >= 0 && a[i] === '9')
                a[i--] = '0';
            if (i >= 0)
                a[i] = String.fromCharCode(a[i].charCodeAt(0) + 1);
            else {
                a.unshift('1');
                point++;
            }
            digits = a.join('');
        }
    }
    digits = digits.padEnd(point + d, '0');
    const int = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
    const frac = d ? `.${digits.slice(point)}` : '';
    const neg = n < 0 || Object.is(n, -0);
    return `${neg ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac}`;
}
/**
 * How old a run is, in one unit wherever an age is shown (the log, the summary's Source and
 * Baseline lines, the comment): `30 min`, `5.0 h` (under two days), `3.3 days`.
 */
function formatAge(hours) {
    if (hours < 1)
        return `${Math.max(0, Math.round(hours * 60))} min`;
    if (hours < 48)
        return `${hours.toFixed(1)} h`;
    return `${(hours / 24).toFixed(1)} days`;
}


/***/ }),

/***/ 8411:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ coversRun),
/* harmony export */   KV: () => (/* binding */ policyFor),
/* harmony export */   pi: () => (/* binding */ isIgnored),
/* harmony export */   tb: () => (/* binding */ loadPolicy),
/* harmony export */   zj: () => (/* binding */ DEFAULT_POLICY)
/* harmony export */ });
/* unused harmony export parsePolicy */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7193);
/**
 * The gate policy: defaults, an optional config file (JSON or YAML), per-vat overrides by name or
 * vatID, and an ignore list. Every default is explained in docs/policy.md.
 */


const DEFAULT_POLICY = {
    boyd: {
        alpha: 0.01,
        slopeFloor: 2e-6,
        minRelativeRise: 0.25,
        minSamples: 12,
        minSpanFraction: 0.2,
        edgeSamples: 50,
        commonMode: true,
        heapVetoGrowth: 1.05,
        busyFraction: 0,
        onsetCandidates: 15,
        gcMixShare: 0.1,
    },
    clist: {
        minGrowth: 100,
        minPerBlock: 0.05,
        warnGrowth: 20,
        maxPerStage: null,
        dropWarnFraction: 0.5,
        dropWarnMin: 100,
    },
    baseline: {
        z: 2.58,
        minRatio: 1.5,
        clistPerBlockTolerance: 0.02,
    },
    history: {
        bandRuns: 10,
        bandMinRuns: 5,
        bandAlpha: 0.01,
        changeQ: 0.05,
        minSegment: 3,
        minRelativeChange: 0.1,
    },
    ignore: [],
    overrides: [],
    limits: _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_LIMITS */ .d,
};
const SECTIONS = ['boyd', 'clist', 'baseline', 'history', 'ignore', 'overrides', 'limits'];
async function loadPolicy(file) {
    if (!file)
        return structuredClone(DEFAULT_POLICY);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .w(`${file}: cannot read config (${e.message})`);
    }
    const json = /\.json$/i.test(file);
    // The YAML parser is a fifth of the bundle: loaded only for a YAML file (ncc puts it in a chunk
    // of its own), so that a run without one does not compile it at start-up. Loaded outside the
    // try below: a chunk that fails to load is no fault of the user's file.
    const yaml = json ? null : await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    let raw;
    try {
        raw = yaml ? yaml.parse(text) : JSON.parse(text);
    }
    catch (e) {
        throw new _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .w(`${file}: not valid ${json ? 'JSON' : 'YAML'}: ${e.message.split('\n')[0]}`);
    }
    return parsePolicy(raw ?? {}, file);
}
function parsePolicy(raw, where = 'config') {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        throw new _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .w(`${where}: expected a mapping at the top level`);
    const r = raw;
    for (const k of Object.keys(r)) {
        if (!SECTIONS.includes(k))
            throw new _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .w(`${where}: unknown key "${k}" (expected one of ${SECTIONS.join(', ')})`);
    }
    const p = structuredClone(DEFAULT_POLICY);
    p.boyd = mergeSection(p.boyd, r.boyd, `${where}: boyd`);
    p.clist = mergeSection(p.clist, r.clist, `${where}: clist`);
    p.baseline = mergeSection(p.baseline, r.baseline, `${where}: baseline`);
    p.history = mergeSection(p.history, r.history, `${where}: history`);
    p.limits = mergeSection(p.limits, r.limits, `${where}: limits`);
    if (r.ignore !== undefined) {
        if (!Array.isArray(r.ignore) || !r.ignore.every((s) => typeof s === 'string'))
            throw new _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .w(`${where}: ignore must be a list of vat names or vatIDs`);
        p.ignore = r.ignore;
    }
    if (r.overrides !== undefined) {
        if (!Array.isArray(r.overrides))
            throw new _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .w(`${where}: overrides must be a list`);
        p.overrides = r.overrides.map((o, i) => {
            const w = `${where}: overrides[${i}]`;
            if (!o || typeof o !== 'object' || typeof o.match !== 'string')
                throw new _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .w(`${w}: needs a "match" (vat name or vatID)`);
            const oo = o;
            for (const k of Object.keys(oo))
                if (!['match', 'boyd', 'clist'].includes(k))
                    throw new _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .w(`${w}: unknown key "${k}"`);
            // Which vats are peers for the common-mode correction is one choice for the whole run.
            if (oo.boyd && typeof oo.boyd === 'object' && 'busyFraction' in oo.boyd)
                throw new _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .w(`${w}.boyd.busyFraction: run-wide (it picks the peers of every vat's drift correction); set it under boyd, not in an override`);
            return {
                match: oo.match,
                boyd: oo.boyd === undefined ? undefined : mergeSection({}, oo.boyd, `${w}.boyd`, DEFAULT_POLICY.boyd),
                clist: oo.clist === undefined ? undefined : mergeSection({}, oo.clist, `${w}.clist`, DEFAULT_POLICY.clist),
            };
        });
    }
    return p;
}
/**
 * The values a number setting may take, so that a slip cannot turn a rule off or make it fire on
 * everything (`alpha: 0` passed a leak with p = 1.5e-40; `maxPerStage: {}` switched the per-stage
 * rule off). `whole`: a whole number. Settings not listed are any finite number.
 */
const RANGES = {
    alpha: { min: 0, max: 1, open: true, what: 'a probability between 0 and 1 (exclusive)' },
    slopeFloor: { min: 0, what: 'a slope of 0 or more (seconds per block)' },
    minRelativeRise: { min: 0, what: 'a fraction of 0 or more' },
    minSamples: { min: 3, whole: true, what: 'a whole number of BOYDs, 3 or more' },
    minSpanFraction: { min: 0, max: 1, what: 'a fraction from 0 to 1' },
    edgeSamples: { min: 1, whole: true, what: 'a whole number of samples, 1 or more' },
    heapVetoGrowth: { min: 0, what: 'a growth ratio of 0 or more' },
    busyFraction: { min: 0, max: 1, what: 'a fraction from 0 to 1' },
    onsetCandidates: { min: 0, max: 100, whole: true, what: 'a whole number of candidate onsets from 0 (off) to 100' },
    gcMixShare: { min: 0, max: 1, what: 'a fraction from 0 to 1' },
    minGrowth: { min: 0, what: 'a number of entries, 0 or more' },
    minPerBlock: { min: 0, what: 'entries per block, 0 or more' },
    warnGrowth: { min: 0, what: 'a number of entries, 0 or more' },
    maxPerStage: { min: 0, what: 'a number of entries, 0 or more, or null (off)' },
    dropWarnFraction: { min: 0, max: 1, what: 'a fraction from 0 to 1' },
    dropWarnMin: { min: 0, what: 'a number of entries, 0 or more' },
    z: { min: 0, open: true, what: 'a z value above 0' },
    minRatio: { min: 0, what: 'a ratio of 0 or more' },
    clistPerBlockTolerance: { min: 0, what: 'entries per block, 0 or more' },
    bandRuns: { min: 2, whole: true, what: 'a whole number of runs, 2 or more' },
    bandMinRuns: { min: 2, whole: true, what: 'a whole number of runs, 2 or more' },
    bandAlpha: { min: 0, max: 1, open: true, what: 'a probability between 0 and 1 (exclusive)' },
    changeQ: { min: 0, max: 1, open: true, what: 'a probability between 0 and 1 (exclusive)' },
    minSegment: { min: 2, whole: true, what: 'a whole number of runs, 2 or more' },
    minRelativeChange: { min: 0, what: 'a fraction of 0 or more' },
    // limits: sizes and counts are whole numbers (2.5 archive members is a slip, not a cap).
    maxTotalBytes: { min: 1, whole: true, what: 'a whole number of bytes, 1 or more' },
    maxFileBytes: { min: 1, whole: true, what: 'a whole number of bytes, 1 or more' },
    maxRatio: { min: 0, open: true, what: 'a ratio above 0' },
    maxEntries: { min: 1, whole: true, what: 'a whole number of archive members, 1 or more' },
    maxLineBytes: { min: 4096, whole: true, what: "a whole number of bytes, 4096 or more (a slog line's type and leading fields must fit)" },
};
/** A setting's value in a message: JSON, except numbers JSON cannot spell (YAML's `.inf` is Infinity, not "null"). */
const shown = (v) => (typeof v === 'number' ? String(v) : JSON.stringify(v));
function mergeSection(base, over, where, shape = base) {
    if (over === undefined || over === null)
        return base;
    if (typeof over !== 'object' || Array.isArray(over))
        throw new _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .w(`${where}: expected a mapping`);
    const out = { ...base };
    for (const [k, v] of Object.entries(over)) {
        if (!(k in shape))
            throw new _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .w(`${where}: unknown key "${k}" (expected one of ${Object.keys(shape).join(', ')})`);
        const dflt = shape[k];
        // A setting whose default is null (maxPerStage) takes a number or null; the others their default's type.
        const want = dflt === null ? 'number or null' : typeof dflt;
        const ok = dflt === null ? v === null || typeof v === 'number' : typeof v === want;
        if (!ok || (typeof v === 'number' && !Number.isFinite(v)))
            throw new _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .w(`${where}.${k}: expected a ${want}, got ${shown(v)}`);
        const range = RANGES[k];
        if (typeof v === 'number' && range) {
            const below = range.open ? v <= range.min : v < range.min;
            const above = range.max !== undefined && (range.open ? v >= range.max : v > range.max);
            if (below || above || (range.whole && !Number.isInteger(v)))
                throw new _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .w(`${where}.${k}: expected ${range.what}, got ${shown(v)}`);
        }
        out[k] = v;
    }
    return out;
}
/**
 * `count` BOYDs from block `first` to `last` are enough to judge a vat: minSamples of them, over
 * minSpanFraction of a run of `span` blocks (any, when the run has no blocks). The report's
 * common-mode peers are chosen by the same rule (boyd-rules.ts boydTestable, build-report.ts).
 */
function coversRun(count, first, last, span, p) {
    return count >= p.minSamples && (span <= 0 || (last - first + 1) / span >= p.minSpanFraction);
}
function isIgnored(policy, vatID, name) {
    return policy.ignore.some((m) => m === vatID || (name !== null && m === name));
}
/** The policy for one vat: defaults, then every override whose `match` is its vatID or name. */
function policyFor(policy, vatID, name) {
    let boyd = policy.boyd;
    let clist = policy.clist;
    for (const o of policy.overrides) {
        if (o.match !== vatID && o.match !== name)
            continue;
        if (o.boyd)
            boyd = { ...boyd, ...o.boyd };
        if (o.clist)
            clist = { ...clist, ...o.clist };
    }
    return { boyd, clist };
}


/***/ }),

/***/ 8103:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OV: () => (/* binding */ slopeUnit),
/* harmony export */   f$: () => (/* binding */ SCHEMA_VERSION),
/* harmony export */   hB: () => (/* binding */ blocksOnAxis)
/* harmony export */ });
/**
 * RunReport: the versioned JSON document the pipeline produces. It is the CLI's `--json` output,
 * the action's `report-path` output, and the baseline that a later run compares against.
 * Documented field by field in docs/report-schema.md; bump SCHEMA_VERSION on any breaking change.
 */
const SCHEMA_VERSION = 2;
/**
 * A number of blocks read on `axis` (a count, or a difference of x values): none on the
 * delivery-ordinal axis, where x counts deliveries and a run without block events has no blocks.
 * The report's block counts and the c-list rules' per-block rates all go through it.
 */
const blocksOnAxis = (axis, blocks) => (axis === 'deliveryOrdinal' ? 0 : blocks);
/** What a slope on `axis` is per: a block (either kind of block height), or a delivery. */
const slopeUnit = (axis) => (axis === 'deliveryOrdinal' ? 'delivery' : 'block');


/***/ }),

/***/ 7704:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ removeTempDir),
/* harmony export */   KJ: () => (/* binding */ untrackTempDir),
/* harmony export */   V2: () => (/* binding */ trackTempDir),
/* harmony export */   W6: () => (/* binding */ mirrorTempDirs),
/* harmony export */   bn: () => (/* binding */ closeTempDirs),
/* harmony export */   mk: () => (/* binding */ makeTempDir)
/* harmony export */ });
/* unused harmony exports trackedTempDirs, removeTrackedTempDirsSync */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The temporary directories a run has made and not yet removed (unpacked zips, extracted kernel
 * DBs, downloaded artifacts), so that a signal (Ctrl-C, a CI cancel) can remove them before the
 * process exits: their `finally` blocks never run then. Each thread has its own list; an engine
 * worker mirrors its list to the main thread (`mirrorTempDirs`), where the signals arrive.
 */



const dirs = new Set();
/** Set on the way out (a signal): no new directory is made. */
let closed = false;
/** Directories being made. */
const pending = new Set();
let mirror = null;
function trackTempDir(dir) {
    dirs.add(dir);
    mirror?.('add', dir);
}
function untrackTempDir(dir) {
    dirs.delete(dir);
    mirror?.('remove', dir);
}
/** A fresh directory `root/<prefix>XXXXXX`, tracked. */
function makeTempDir(root, prefix) {
    if (closed)
        return Promise.reject(new Error('stopping: no new temporary directory'));
    const made = (async () => {
        const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, prefix));
        trackTempDir(dir);
        if (closed) {
            await removeTempDir(dir);
            throw new Error('stopping: no new temporary directory');
        }
        return dir;
    })();
    // Until it settles, the directory may exist without being tracked yet: `closeTempDirs` waits.
    pending.add(made);
    void made.catch(() => undefined).finally(() => pending.delete(made));
    return made;
}
/** Removes a directory made by `makeTempDir` (or tracked) and forgets it. */
async function removeTempDir(dir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
    untrackTempDir(dir);
}
/** Calls `f` on every later change of this thread's list (an engine worker reports to the main thread). */
function mirrorTempDirs(f) {
    mirror = f;
}
/** The tracked directories, now. */
const trackedTempDirs = () => [...dirs];
/**
 * On the way out: makes no new directory, waits for those being made (each removes itself once
 * made), and removes every tracked one.
 */
async function closeTempDirs() {
    closed = true;
    await Promise.allSettled([...pending]);
    removeTrackedTempDirsSync();
}
/** Removes every tracked directory, synchronously (from a signal handler, just before exiting). */
function removeTrackedTempDirsSync() {
    for (const dir of dirs) {
        try {
            // Retried: a thread still writing into it makes a directory non-empty again for a moment.
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
        }
        catch {
            // Nothing more can be done on the way out.
        }
        dirs.delete(dir);
    }
}


/***/ }),

/***/ 4295:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lk: () => (/* binding */ charKind),
/* harmony export */   Pk: () => (/* binding */ UNSAFE)
/* harmony export */ });
/* unused harmony exports CONTROL, INVISIBLE */
/**
 * The characters that must never reach a reader raw, one classification for every output: the log
 * (shared/logger.ts `safeLine`) and the markdown and HTML (render/escape.ts).
 * - control: C0/C1 controls, DEL and the line/paragraph separators (they break lines, and ANSI
 *   escapes start with one);
 * - invisible: bidi embeddings, overrides and isolates, zero-width and other invisible formatting
 *   characters, which make the shown text lie (`U+202E` reverses what follows);
 * - surrogate: a lone UTF-16 surrogate (no character at all).
 */
const CONTROL_SET = '\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029';
const INVISIBLE_SET = '\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff\\ufff9-\\ufffb';
const CONTROL = new RegExp(`[${CONTROL_SET}]`, 'u');
const INVISIBLE = new RegExp(`[${INVISIBLE_SET}]`, 'u');
/** Every unsafe character of a string (global: for `replace`); a lone surrogate matches alone. */
const UNSAFE = new RegExp(`[${CONTROL_SET}${INVISIBLE_SET}\\ud800-\\udfff]`, 'gu');
/** The kind of one code point (a string of one code point, as `for…of` gives). */
function charKind(cp) {
    const c = cp.codePointAt(0);
    if (c >= 0xd800 && c <= 0xdfff)
        return 'surrogate';
    if (CONTROL.test(cp))
        return 'control';
    if (INVISIBLE.test(cp))
        return 'invisible';
    return 'plain';
}


/***/ }),

/***/ 9189:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept in step with package.json by test/version.test.ts. */
const VERSION = '0.1.0';


/***/ }),

/***/ 5983:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  oC: () => (/* reexport */ DEFAULT_SPLIT_TEST),
  Uh: () => (/* reexport */ benjaminiHochberg),
  FR: () => (/* reexport */ bonferroni),
  Jd: () => (/* reexport */ summary/* downsample */.Jd),
  lK: () => (/* reexport */ summary/* meanOfFirst */.lK),
  X3: () => (/* reexport */ summary/* meanOfLast */.X3),
  JZ: () => (/* reexport */ summary/* median */.JZ),
  Zl: () => (/* reexport */ normalQuantile),
  dN: () => (/* reexport */ ols),
  VO: () => (/* reexport */ rankSplitTest),
  HA: () => (/* reexport */ segmentSeed),
  Zp: () => (/* reexport */ segmentSeries),
  DF: () => (/* reexport */ stringSeed),
  $J: () => (/* reexport */ studentTQuantile),
  GW: () => (/* reexport */ trend)
});

// UNUSED EXPORTS: Mulberry32, SCREEN_HITS, THEIL_SEN_DEFAULT_SEED, benjaminiHochbergAdjusted, gaussian, hamedRaoFactor, hamedRaoRatio, mannKendall, mannKendallOfSeries, mulberry32, normalCdf, normalUpperTail, regularizedIncompleteBeta, senCore, studentTCdf, theilSen

// EXTERNAL MODULE: ./node_modules/simple-statistics/dist/simple-statistics.mjs
var simple_statistics = __nccwpck_require__(5521);
;// CONCATENATED MODULE: ./src/stats/distributions.ts
/**
 * Normal and Student-t distribution functions.
 *
 * simple-statistics supplies the building blocks (`errorFunction`: Numerical-Recipes erfc
 * approximation, fractional error < 1.2e-7; `probit`; `gammaln`), but its `probit` is only
 * accurate to ~3e-3 (1.9572 instead of 1.95996 at 0.975) and its normal CDF is a 4-digit table,
 * so the quantiles here polish those starting values with Newton/Halley steps.
 */

const normalPdf = (z) => Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
const clamp01 = (p) => (p < 0 ? 0 : p > 1 ? 1 : p);
/**
 * Φ(−z) for z ≥ 5 by Laplace's continued fraction φ(z)/(z + 1/(z + 2/(z + 3/(z + …)))), which
 * keeps full relative precision far into the tail where 1 + erf(·) cancels.
 */
function normalLowerTailFar(z) {
    let f = z;
    for (let k = 120; k >= 1; k--)
        f = z + k / f;
    return normalPdf(z) / f;
}
/**
 * Standard normal CDF Φ(z): simple-statistics' `errorFunction` (absolute error ≲ 1e-7) for
 * |z| < 5, a continued fraction beyond (relative error ~1e-15, no underflow to 0 until ~z = 38).
 */
function normalCdf(z) {
    if (Number.isNaN(z))
        return NaN;
    if (z === Infinity)
        return 1;
    if (z === -Infinity)
        return 0;
    if (z <= -5)
        return normalLowerTailFar(-z);
    if (z >= 5)
        return 1 - normalLowerTailFar(z);
    if (z === 0)
        return 0.5; // the erf approximation is 3e-8 off at 0
    return clamp01(0.5 * (1 + (0,simple_statistics/* errorFunction */.T7)(z / Math.SQRT2)));
}
/** Upper tail 1 − Φ(z), computed as Φ(−z) to keep precision for large z. */
function normalUpperTail(z) {
    return normalCdf(-z);
}
/** Standard normal quantile Φ⁻¹(p); absolute error ≲ 1e-7 (limited by the CDF), p in (0, 1). */
function normalQuantile(p) {
    if (Number.isNaN(p) || p < 0 || p > 1)
        return NaN;
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    if (p > 0.5)
        return -normalQuantile(1 - p);
    if (p === 0.5)
        return 0;
    // Lower half: start from simple-statistics' closed-form approximation, then Halley steps.
    let x = (0,simple_statistics/* probit */.ht)(p);
    if (!Number.isFinite(x) || x > 0)
        x = 0;
    for (let i = 0; i < 50; i++) {
        const pdf = normalPdf(x);
        if (pdf === 0)
            break;
        const e = normalCdf(x) - p;
        const d = e / pdf;
        const step = d / (1 + (x * d) / 2);
        x -= step;
        if (Math.abs(step) <= 1e-12 * Math.max(1, Math.abs(x)))
            break;
    }
    return x;
}
/** Continued fraction for the regularized incomplete beta function (modified Lentz). */
function betaContinuedFraction(a, b, x) {
    const TINY = 1e-300;
    const EPS = 1e-15;
    const qab = a + b;
    const qap = a + 1;
    const qam = a - 1;
    let c = 1;
    let d = 1 - (qab * x) / qap;
    if (Math.abs(d) < TINY)
        d = TINY;
    d = 1 / d;
    let h = d;
    for (let m = 1; m <= 1000; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + aa / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + aa / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const del = d * c;
        h *= del;
        if (Math.abs(del - 1) < EPS)
            break;
    }
    return h;
}
/** Regularized incomplete beta function I_x(a, b) for a, b > 0. */
function regularizedIncompleteBeta(x, a, b) {
    if (Number.isNaN(x) || !(a > 0) || !(b > 0))
        return NaN;
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const logFront = (0,simple_statistics/* gammaln */.SW)(a + b) - (0,simple_statistics/* gammaln */.SW)(a) - (0,simple_statistics/* gammaln */.SW)(b) + a * Math.log(x) + b * Math.log1p(-x);
    const front = Math.exp(logFront);
    if (x < (a + 1) / (a + b + 2))
        return (front * betaContinuedFraction(a, b, x)) / a;
    return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}
/** P(T > t) for t ≥ 0 (Student t with `df` degrees of freedom), accurate in the far tail. */
function studentTUpperTailNonNeg(t, df) {
    if (t === Infinity)
        return 0;
    return 0.5 * regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
}
/** Student-t CDF P(T ≤ t) with `df` > 0 degrees of freedom (df = Infinity gives the normal). */
function studentTCdf(t, df) {
    if (Number.isNaN(t) || !(df > 0))
        return NaN;
    if (df === Infinity || df > 1e10)
        return normalCdf(t);
    const upper = studentTUpperTailNonNeg(Math.abs(t), df);
    return t >= 0 ? 1 - upper : upper;
}
function studentTPdf(t, df) {
    return Math.exp((0,simple_statistics/* gammaln */.SW)((df + 1) / 2) - (0,simple_statistics/* gammaln */.SW)(df / 2) - 0.5 * Math.log(df * Math.PI) - ((df + 1) / 2) * Math.log1p((t * t) / df));
}
/**
 * Student-t quantile: the t with P(T ≤ t) = p. Closed forms for df = 1 and 2; otherwise a
 * Cornish–Fisher start refined by safeguarded Newton steps on the upper tail (bisection
 * fallback), converging to ~1e-10 relative.
 */
function studentTQuantile(p, df) {
    if (Number.isNaN(p) || p < 0 || p > 1 || !(df > 0))
        return NaN;
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    if (p === 0.5)
        return 0;
    if (df === Infinity || df > 1e10)
        return normalQuantile(p);
    if (p < 0.5)
        return -studentTQuantile(1 - p, df);
    const q = 1 - p; // target upper tail, in (0, 0.5)
    if (df === 1)
        return Math.tan(Math.PI * (p - 0.5));
    if (df === 2)
        return (2 * p - 1) / Math.sqrt(2 * p * q);
    // Cornish–Fisher expansion of t in terms of z.
    const z = normalQuantile(p);
    const z2 = z * z;
    let t = z +
        (z * (z2 + 1)) / (4 * df) +
        (z * (5 * z2 * z2 + 16 * z2 + 3)) / (96 * df * df) +
        (z * (3 * z2 * z2 * z2 + 19 * z2 * z2 + 17 * z2 - 15)) / (384 * df * df * df);
    if (!(t > 0) || !Number.isFinite(t))
        t = z > 0 ? z : 1;
    // Bracket [lo, hi] with upperTail(lo) ≥ q ≥ upperTail(hi).
    let lo = 0;
    let hi = Math.max(t, 1);
    while (studentTUpperTailNonNeg(hi, df) > q) {
        lo = hi;
        hi *= 2;
        if (hi > 1e300)
            return Infinity;
    }
    for (let i = 0; i < 200; i++) {
        const f = studentTUpperTailNonNeg(t, df) - q; // decreasing in t
        if (f === 0)
            return t;
        if (f > 0)
            lo = t;
        else
            hi = t;
        const pdf = studentTPdf(t, df);
        let next = pdf > 0 ? t + f / pdf : NaN;
        if (!(next > lo && next < hi))
            next = (lo + hi) / 2;
        if (Math.abs(next - t) <= 1e-13 * Math.max(1, Math.abs(t)))
            return next;
        t = next;
    }
    return t;
}

;// CONCATENATED MODULE: ./src/stats/internal.ts
/** Helpers shared by the estimators. Not re-exported from the package index. */
/**
 * Drops points where x or y is not finite, then orders the points by x (stable sort, so points
 * with equal x keep their input order). Throws when the inputs have different lengths.
 */
function internal_prepareSeries(x, y) {
    if (x.length !== y.length) {
        throw new RangeError(`x and y must have the same length (got ${x.length} and ${y.length})`);
    }
    const idx = [];
    for (let i = 0; i < x.length; i++) {
        if (Number.isFinite(x[i]) && Number.isFinite(y[i]))
            idx.push(i);
    }
    // Array.prototype.sort is stable (ES2019+).
    idx.sort((a, b) => x[a] - x[b]);
    const n = idx.length;
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    for (let k = 0; k < n; k++) {
        const i = idx[k];
        xs[k] = x[i];
        ys[k] = y[i];
    }
    return { x: xs, y: ys, n };
}
/**
 * Sizes of the groups of equal values (only groups of size ≥ 2). `sorted` must be ascending.
 */
function tieGroupsSorted(sorted) {
    const out = [];
    let run = 1;
    for (let i = 1; i <= sorted.length; i++) {
        if (i < sorted.length && sorted[i] === sorted[i - 1]) {
            run++;
        }
        else {
            if (run > 1)
                out.push(run);
            run = 1;
        }
    }
    return out;
}
/** Tie-group sizes of arbitrary (unsorted) values. */
function tieGroups(values) {
    const copy = Float64Array.from(values);
    copy.sort();
    return tieGroupsSorted(copy);
}
/** Median of an ascending-sorted typed array (NaN when empty). */
function medianOfSorted(sorted) {
    const n = sorted.length;
    if (n === 0)
        return NaN;
    const h = n >> 1;
    return n % 2 === 1 ? sorted[h] : (sorted[h - 1] + sorted[h]) / 2;
}
/**
 * Average ranks (1-based; ties get the mean of the ranks they span). `values` must not hold NaN.
 * By a native sort of the values and a binary search of each value's run of equals (the search's
 * comparisons take −0 and 0 as equal, as `===` does): a comparator sort of indices ran mostly
 * interpreted in a report's first fits (docs/performance.md).
 */
function averageRanks(values) {
    const n = values.length;
    const sorted = Float64Array.from(values);
    sorted.sort();
    const ranks = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        const v = values[i];
        // First index whose value is not below v, and first whose value is above it.
        let a = 0;
        let b = n;
        while (a < b) {
            const m = (a + b) >>> 1;
            if (sorted[m] < v)
                a = m + 1;
            else
                b = m;
        }
        let c = a;
        let d = n;
        while (c < d) {
            const m = (c + d) >>> 1;
            if (sorted[m] <= v)
                c = m + 1;
            else
                d = m;
        }
        ranks[i] = (a + 1 + c) / 2; // mean of ranks a+1..c
    }
    return ranks;
}
/**
 * Mann–Kendall S = Σ sign(yj − yi) over the pairs i < j with xi ≠ xj, for x sorted ascending, in
 * O(n log n) (Knight 1966) instead of a loop over the n(n−1)/2 pairs: S = N − T − 2Q, where N
 * counts the distinct-x pairs, T those among them with equal y, and Q those with yi > yj (the
 * inversions of y, less those inside a group of equal x). Exact: only comparisons and counts.
 */
function kendallS(xs, ys) {
    const n = xs.length;
    const sorted = Float64Array.from(ys);
    const scratch = new Float64Array(n);
    let pairs = (n * (n - 1)) / 2;
    let inversions = inversionsSort(sorted, scratch, 0, n);
    let ties = tiedPairs(sorted);
    // Pairs inside a group of equal x are not pairs of S: take out their count, inversions and y ties.
    for (let i = 0; i < n;) {
        let j = i + 1;
        while (j < n && xs[j] === xs[i])
            j++;
        if (j - i > 1) {
            const group = ys.slice(i, j);
            pairs -= ((j - i) * (j - i - 1)) / 2;
            inversions -= inversionsSort(group, scratch, 0, j - i);
            ties -= tiedPairs(group);
        }
        i = j;
    }
    return pairs - ties - 2 * inversions;
}
/** Pairs of equal values in an ascending array. */
function tiedPairs(sorted) {
    let ties = 0;
    for (const t of tieGroupsSorted(sorted))
        ties += (t * (t - 1)) / 2;
    return ties;
}
/** Sorts a[from, to) ascending (merge sort) and returns its number of pairs i < j with a[i] > a[j]. */
function inversionsSort(a, tmp, from, to) {
    const len = to - from;
    if (len < 2)
        return 0;
    if (len <= 16) {
        // Insertion sort: each shift is one inversion.
        let inv = 0;
        for (let i = from + 1; i < to; i++) {
            const v = a[i];
            let j = i - 1;
            while (j >= from && a[j] > v) {
                a[j + 1] = a[j];
                j--;
                inv++;
            }
            a[j + 1] = v;
        }
        return inv;
    }
    const mid = from + (len >> 1);
    let inv = inversionsSort(a, tmp, from, mid) + inversionsSort(a, tmp, mid, to);
    let i = from;
    let j = mid;
    let k = from;
    while (i < mid && j < to) {
        if (a[j] < a[i]) {
            inv += mid - i; // a[j] is below every value left in the first half
            tmp[k++] = a[j++];
        }
        else
            tmp[k++] = a[i++];
    }
    while (i < mid)
        tmp[k++] = a[i++];
    while (j < to)
        tmp[k++] = a[j++];
    a.set(tmp.subarray(from, to), from);
    return inv;
}
/**
 * Null-hypothesis variance of Kendall's S = Σ_{i<j} sign(xj−xi)·sign(yj−yi) with ties in
 * both variables (Kendall 1970, eq. 4.4):
 *
 *   Var(S) = [n(n−1)(2n+5) − Σt(t−1)(2t+5) − Σu(u−1)(2u+5)] / 18
 *          + [Σt(t−1)(t−2)]·[Σu(u−1)(u−2)] / [9n(n−1)(n−2)]
 *          + [Σt(t−1)]·[Σu(u−1)] / [2n(n−1)]
 *
 * where t runs over the x tie groups and u over the y tie groups. Without x ties this is the
 * usual tie-corrected Mann–Kendall variance.
 */
function kendallVarS(n, xTies, yTies) {
    if (n < 2)
        return 0;
    const a = (t) => t * (t - 1) * (2 * t + 5);
    const b = (t) => t * (t - 1) * (t - 2);
    const c = (t) => t * (t - 1);
    const sum = (ts, f) => ts.reduce((s, t) => s + f(t), 0);
    let v = (n * (n - 1) * (2 * n + 5) - sum(xTies, a) - sum(yTies, a)) / 18;
    if (n > 2)
        v += (sum(xTies, b) * sum(yTies, b)) / (9 * n * (n - 1) * (n - 2));
    v += (sum(xTies, c) * sum(yTies, c)) / (2 * n * (n - 1));
    return Math.max(v, 0);
}
/**
 * In-place quickselect (Hoare partition, pseudo-random median-of-three pivots): afterwards
 * a[k] holds the k-th smallest value (0-based), everything before it is ≤ a[k] and everything
 * after it is ≥ a[k]. Expected O(length). `a` must not contain NaN.
 */
function selectInPlace(a, k) {
    let left = 0;
    let right = a.length - 1;
    // xorshift32 (no closure: a new one per call was a new call target, as mulberry32's was): only
    // used to pick pivot positions, so quality barely matters.
    let seed = 0x2545f491;
    while (right > left) {
        const span = right - left + 1;
        const p1 = a[left + ((seed = xorshift32(seed)) >>> 0) % span];
        const p2 = a[left + ((seed = xorshift32(seed)) >>> 0) % span];
        const p3 = a[left + ((seed = xorshift32(seed)) >>> 0) % span];
        const pivot = p1 < p2 ? (p2 < p3 ? p2 : p1 < p3 ? p3 : p1) : p1 < p3 ? p1 : p2 < p3 ? p3 : p2;
        const j = partition(a, left, right, pivot);
        const i = partitionEnd;
        if (k <= j)
            right = j;
        else if (k >= i)
            left = i;
        else
            return;
    }
}
function xorshift32(s) {
    s ^= s << 13;
    s ^= s >>> 17;
    return s ^ (s << 5);
}
/** Where the upper part of the last {@link partition} starts. */
let partitionEnd = 0;
/**
 * Hoare partition of a[left..right] around `pivot`: returns the end j of the lower part (values
 * ≤ pivot) and sets `partitionEnd` to the start i of the upper one (values ≥ pivot); between them,
 * values equal to it. A function of its own: as loops nested in the selection loop, V8 compiled
 * them on the stack and discarded that code at every exit (each fit paid the compiler again).
 */
function partition(a, left, right, pivot) {
    let i = left;
    let j = right;
    while (i <= j) {
        while (a[i] < pivot)
            i++;
        while (a[j] > pivot)
            j--;
        if (i <= j) {
            const t = a[i];
            a[i] = a[j];
            a[j] = t;
            i++;
            j--;
        }
    }
    partitionEnd = i;
    return j;
}
/**
 * Value at a 1-based, possibly fractional, rank (clamped to [1, n]) of the multiset in `a`,
 * interpolating linearly between neighbouring order statistics. Reorders `a` (quickselect).
 */
function selectFractionalRank(a, rank) {
    const n = a.length;
    if (n === 0)
        return NaN;
    const r = Math.min(Math.max(rank, 1), n) - 1;
    const k = Math.floor(r);
    const f = r - k;
    selectInPlace(a, k);
    const v0 = a[k];
    if (f === 0 || k + 1 >= n)
        return v0;
    let v1 = Infinity;
    for (let i = k + 1; i < n; i++)
        if (a[i] < v1)
            v1 = a[i];
    return v0 + (v1 - v0) * f;
}
/** Median of the values in `a` (NaN when empty). Reorders `a`. */
function selectMedian(a) {
    return selectFractionalRank(a, (a.length + 1) / 2);
}

;// CONCATENATED MODULE: ./src/stats/ols.ts
/**
 * Ordinary least squares y = intercept + slope·x, with the slope's standard error, t statistic,
 * R² and a Student-t confidence interval (n − 2 df). A secondary diagnostic only: the slope is
 * dragged by outliers (compare it with {@link theilSen}).
 */


/**
 * Fits OLS on the finite points. Returns null when fewer than 3 finite points remain or when
 * x has zero variance. Uses centred sums (two passes) so large x offsets such as block heights
 * do not lose precision.
 */
function ols(x, y, alpha = 0.05) {
    if (!(alpha > 0 && alpha < 1))
        throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
    const { x: xs, y: ys, n } = internal_prepareSeries(x, y);
    if (n < 3)
        return null;
    let mx = 0;
    let my = 0;
    for (let i = 0; i < n; i++) {
        mx += xs[i];
        my += ys[i];
    }
    mx /= n;
    my /= n;
    let sxx = 0;
    let sxy = 0;
    let syy = 0;
    for (let i = 0; i < n; i++) {
        const dx = xs[i] - mx;
        const dy = ys[i] - my;
        sxx += dx * dx;
        sxy += dx * dy;
        syy += dy * dy;
    }
    if (!(sxx > 0))
        return null;
    const slope = sxy / sxx;
    const intercept = my - slope * mx;
    let sse = 0;
    for (let i = 0; i < n; i++) {
        const r = ys[i] - my - slope * (xs[i] - mx);
        sse += r * r;
    }
    const df = n - 2;
    const slopeSE = Math.sqrt(sse / df / sxx);
    const t = slopeSE > 0 ? slope / slopeSE : slope === 0 ? 0 : slope > 0 ? Infinity : -Infinity;
    const r2 = syy > 0 ? Math.min(1, Math.max(0, 1 - sse / syy)) : 0;
    const half = studentTQuantile(1 - alpha / 2, df) * slopeSE;
    return { n, slope, intercept, slopeSE, t, r2, ciLow: slope - half, ciHigh: slope + half };
}

;// CONCATENATED MODULE: ./src/stats/prng.ts
/**
 * Small deterministic pseudo-random generators. They exist so that results that depend on
 * random choices (Theil–Sen pair subsampling) and the test fixtures are reproducible.
 */
/**
 * mulberry32: a 32-bit state PRNG; `next()` returns floats uniform in [0, 1). A class rather than a
 * closure: a hot loop calling `next()` keeps one call target from fit to fit (a new closure per
 * fit made V8 throw away the loop's optimized code at every fit).
 */
class Mulberry32 {
    a;
    constructor(seed) {
        this.a = seed >>> 0;
    }
    next() {
        const a = (this.a = (this.a + 0x6d2b79f5) >>> 0);
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
}
/** {@link Mulberry32} as a function. */
function mulberry32(seed) {
    const g = new Mulberry32(seed);
    return () => g.next();
}
/** Standard-normal draws (Box–Muller) from a uniform generator such as {@link mulberry32}. */
function gaussian(rng) {
    let spare = null;
    return () => {
        if (spare !== null) {
            const s = spare;
            spare = null;
            return s;
        }
        let u = 0;
        while (u <= 0)
            u = rng();
        const v = rng();
        const r = Math.sqrt(-2 * Math.log(u));
        spare = r * Math.sin(2 * Math.PI * v);
        return r * Math.cos(2 * Math.PI * v);
    };
}

;// CONCATENATED MODULE: ./src/stats/slope-inversions.ts
/**
 * Largest share of all pairs the band between t1 and t2 may hold: listing a pair costs a few times
 * what the pass over every pair spends on it.
 */
const MAX_BAND_SHARE = 0.2;
/**
 * Distinct-x pairs with equal key, for `idx` sorted by key (ties by y, then index): a run of equal
 * key is sorted by y, and its points of equal x (whose y are then equal too: key = y − v·(x − x0))
 * are consecutive in it.
 */
function equalKeyPairs(idx, key, xs) {
    const n = idx.length;
    let pairs = 0;
    for (let g = 0; g < n;) {
        let e = g + 1;
        while (e < n && key[idx[e]] === key[idx[g]])
            e++;
        pairs += ((e - g) * (e - g - 1)) / 2;
        for (let k = g; k < e;) {
            let f = k + 1;
            while (f < e && xs[idx[f]] === xs[idx[k]])
                f++;
            pairs -= ((f - k) * (f - k - 1)) / 2; // pairs of equal x are not pairs of the slopes
            k = f;
        }
        g = e;
    }
    return pairs;
}
/** Work arrays for `series`, which has `pairs` distinct-x pairs (what the caller counted them as). */
function inversionScratch(series, pairs) {
    const { x: xs, y: ys, n } = series;
    const base = new Int32Array(n);
    for (let i = 0; i < n; i++)
        base[i] = i;
    let yMax = 0;
    let dxMin = Infinity;
    for (let i = 0; i < n; i++) {
        const a = Math.abs(ys[i]);
        if (a > yMax)
            yMax = a;
        if (i > 0) {
            const d = xs[i] - xs[i - 1];
            if (d > 0 && d < dxMin)
                dxMin = d;
        }
    }
    // Within a group of equal x, by y then index: u(t) keeps that order at every t (same x), so pairs
    // of one group never count as inverted.
    for (let g = 0; g < n;) {
        let e = g + 1;
        while (e < n && xs[e] === xs[g])
            e++;
        if (e - g > 1)
            base.subarray(g, e).sort((a, b) => ys[a] - ys[b] || a - b);
        g = e;
    }
    return {
        base,
        order: new Int32Array(n),
        tmp: new Int32Array(n),
        uT1: new Float64Array(n),
        uT2: new Float64Array(n),
        band: new Float64Array(4),
        pairs,
        negativeZero: ys.some((y) => Object.is(y, -0)),
        grid: gridOf(xs, ys),
        w: new Float64Array(n),
        byPivot: new Int32Array(n),
        yMax,
        xSpan: n > 0 ? xs[n - 1] - xs[0] : 0,
        dxMin,
    };
}
/** Largest k tried for {@link InversionScratch.grid}. */
const MAX_GRID = 4;
function gridOf(xs, ys) {
    for (let k = 0, scale = 1; k <= MAX_GRID; k++, scale *= 2) {
        let on = true;
        for (let i = 0; on && i < xs.length; i++)
            on = Number.isSafeInteger(xs[i] * scale) && Number.isSafeInteger(ys[i] * scale);
        if (on)
            return k;
    }
    return -1;
}
/**
 * The counts of bracket [lo, hi] (lo ≤ hi) among the distinct-x pairwise slopes of `series` (x
 * sorted), the slopes strictly inside written to `inside` (as many as fit); null when the bracket
 * cannot be certified this way (see the module comment), or when the pairs to list near it are more
 * than `maxBandShare` of all: the caller then visits every pair.
 */
function countBracketByInversions(series, lo, hi, inside, s, maxBandShare = MAX_BAND_SHARE, atom = NaN) {
    const { x: xs, y: ys, n } = series;
    if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi && s.dxMin < Infinity))
        return null;
    const EPS = Number.EPSILON;
    // Rounding of u = y − t·(x − x0) at |t| is at most a few EPS·(|y| + |t|·xSpan) per point, plus
    // half the least subnormal per operation; divided by the least x gap, it bounds how far from t a
    // misjudged pair's slope can be. The slope expression's own rounding adds a few EPS·|t|. 64 and 4
    // cover the few with room.
    const bound = (t) => 64 * EPS * ((s.yMax + t * s.xSpan) / s.dxMin + t) + (4 * Number.MIN_VALUE) / s.dxMin + 1e-290;
    const t0 = Math.abs(lo) + Math.abs(hi);
    const margin = bound(t0 + 2 * bound(t0));
    if (!Number.isFinite(margin))
        return null;
    const t1 = lo - Math.max(margin, Math.abs(lo) * EPS);
    const t2 = hi + Math.max(margin, Math.abs(hi) * EPS);
    if (!(t1 < lo && t2 > hi && Number.isFinite(t1) && Number.isFinite(t2)))
        return null;
    // The margin must also bound the rounding at t1 and t2 themselves, which it does not when it is
    // of the order of |lo|: x spread over ~10^13 of its least gaps and more (a review found such
    // series, with clusters of x far apart, miscounted by a margin taken at |lo| + |hi| only).
    if (!(bound(Math.max(-t1, t2, 0)) <= margin))
        return null;
    const x0 = xs[0];
    const { uT1, uT2, order, tmp } = s;
    let finite = true;
    for (let i = 0; i < n; i++) {
        const dx = xs[i] - x0;
        const a = (uT1[i] = ys[i] - t1 * dx);
        const b = (uT2[i] = ys[i] - t2 * dx);
        finite &&= Number.isFinite(a) && Number.isFinite(b);
    }
    if (!finite)
        return null;
    // A pivot inside (t1, t2) where u is exact for every point, and the pairs of equal u there (all of
    // slope exactly `pivot`): they are counted instead of listed (see the module comment).
    let pivotKey = null;
    let pivot = 0;
    // An atom strictly inside the bracket puts its pairs in the window as `v`: not 0 when some y is
    // −0, whose pairs of equal y have the slopes +0 and −0 (at an end they are only counted).
    const v = lo === hi ? lo : atom >= lo && atom <= hi && !(atom === 0 && s.negativeZero) ? atom : NaN;
    if (t1 < 0 && t2 > 0 && !s.negativeZero)
        pivotKey = ys;
    else if (s.grid >= 0 && Number.isSafeInteger(v) && (Math.abs(v) * s.xSpan + s.yMax) * 2 ** s.grid < 2 ** 53) {
        pivot = v;
        for (let i = 0; i < n; i++)
            s.w[i] = ys[i] - pivot * (xs[i] - x0);
        pivotKey = s.w;
    }
    let flat = 0;
    if (pivotKey) {
        s.byPivot.set(s.base);
        mergeCount(s.byPivot, tmp, pivotKey, ys);
        flat = equalKeyPairs(s.byPivot, pivotKey, xs);
        if (flat === 0)
            pivotKey = null;
    }
    // Pairs below t2, then below t1: the inversions of the base order in the u(t2) and u(t1) orders
    // (`order` then holds the latter). Their difference, less the pivot's pairs, is the band the
    // listing would go through; when it is a large part of all pairs (many equal slopes near the
    // bracket), the pass over every pair is cheaper.
    order.set(s.base);
    const belowT2 = mergeCount(order, tmp, uT2, ys);
    order.set(s.base);
    const below = mergeCount(order, tmp, uT1, ys);
    if (belowT2 - below - flat > s.pairs * maxBandShare)
        return null;
    // Pairs between t1 and t2: the inversions of the u(t1) order in the u(t2) order, each placed
    // against lo and hi by its slope computed as the full enumeration computes it.
    const band = s.band;
    band[0] = below;
    band[1] = band[2] = band[3] = 0;
    if (!pivotKey)
        mergeBand(order, tmp, uT2, xs, ys, lo, hi, inside, band, TIE_Y_THEN_INDEX);
    else {
        // t1 → pivot (ties by index: the pivot's pairs keep their x order), then the pivot's runs
        // reversed, then pivot → t2 (ties by y, then index descending): neither half lists those pairs.
        // At t1 and t2 a pivot lo = hi is a margin away, where its pairs cannot tie; the pivot 0 may be
        // nearer (a bracket ending within the margin below or above 0), but its pairs have equal y, so
        // their ties fall to the index: ascending at t1, as at the pivot, and descending at t2.
        mergeBand(order, tmp, pivotKey, xs, ys, lo, hi, inside, band, TIE_INDEX);
        for (let g = 0; g < n;) {
            let e = g + 1;
            while (e < n && pivotKey[order[e]] === pivotKey[order[g]])
                e++;
            order.subarray(g, e).reverse();
            g = e;
        }
        mergeBand(order, tmp, uT2, xs, ys, lo, hi, inside, band, TIE_Y_THEN_INDEX_DOWN);
        // The pivot's pairs: slope exactly `pivot` (+0 for 0: no y is −0).
        if (pivot < lo)
            band[0] = band[0] + flat;
        else if (pivot === lo)
            band[1] = band[1] + flat;
        else if (pivot < hi) {
            const count = band[2];
            if (count < inside.length)
                inside.fill(pivot, count, Math.min(inside.length, count + flat));
            band[2] = count + flat;
        }
        else if (pivot === hi)
            band[3] = band[3] + flat;
    }
    return { below: band[0], atLo: band[1], count: band[2], atHi: band[3] };
}
/** Ties of a sort by key: by y (ascending), then by index ascending or descending; or by index only. */
const TIE_Y_THEN_INDEX = 0;
const TIE_Y_THEN_INDEX_DOWN = 1;
const TIE_INDEX = 2;
/**
 * a before b in the order of key, ties broken by `tie`. By y first for the u orders (points of equal
 * x keep their order by y); by index only for the order at a pivot, where points of equal key and
 * distinct x must stay in x order whatever their y.
 */
function before(key, ys, a, b, tie = TIE_Y_THEN_INDEX) {
    const ka = key[a];
    const kb = key[b];
    if (ka !== kb)
        return ka < kb;
    if (tie !== TIE_INDEX) {
        const ya = ys[a];
        const yb = ys[b];
        if (ya !== yb)
            return ya < yb;
    }
    return tie === TIE_Y_THEN_INDEX_DOWN ? a > b : a < b;
}
/** Sorts `idx` by `key` (bottom-up merge sort, `tmp` as scratch); returns the number of inversions. */
function mergeCount(idx, tmp, key, ys) {
    const n = idx.length;
    let inversions = 0;
    let src = idx;
    let dst = tmp;
    for (let width = 1; width < n; width *= 2) {
        for (let lo = 0; lo < n; lo += 2 * width) {
            const mid = Math.min(lo + width, n);
            const hi = Math.min(lo + 2 * width, n);
            let i = lo;
            let j = mid;
            let k = lo;
            while (i < mid && j < hi) {
                if (before(key, ys, src[j], src[i])) {
                    inversions += mid - i;
                    dst[k++] = src[j++];
                }
                else
                    dst[k++] = src[i++];
            }
            while (i < mid)
                dst[k++] = src[i++];
            while (j < hi)
                dst[k++] = src[j++];
        }
        const t = src;
        src = dst;
        dst = t;
    }
    if (src !== idx)
        idx.set(src);
    return inversions;
}
/**
 * Sorts `idx` by `key` like {@link mergeCount} (ties broken by `tie`); every inversion it undoes is
 * a pair whose slope is placed against [lo, hi]: `counts` (below, atLo, inside, atHi) grows, the
 * inside slopes go to `inside` while they fit. The classification is inline in {@link mergeBandRuns}:
 * it runs for every pair listed (tens of thousands a bracket).
 */
function mergeBand(idx, tmp, key, xs, ys, lo, hi, inside, counts, tie) {
    const n = idx.length;
    let src = idx;
    let dst = tmp;
    for (let width = 1; width < n; width *= 2) {
        for (let start = 0; start < n; start += 2 * width) {
            mergeBandRuns(src, dst, start, Math.min(start + width, n), Math.min(start + 2 * width, n), key, xs, ys, lo, hi, inside, counts, tie);
        }
        const t = src;
        src = dst;
        dst = t;
    }
    if (src !== idx)
        idx.set(src);
}
/**
 * One merge of {@link mergeBand}: src[start..mid) and src[mid..end) into dst[start..end), placing the
 * slope of every pair it puts back in order. A function of its own, called for each pair of runs:
 * as loops nested in the widths' loop, V8 compiled them on the stack and discarded that code each
 * time the innermost loop ended (over a thousand times in one report).
 */
function mergeBandRuns(src, dst, start, mid, end, key, xs, ys, lo, hi, inside, counts, tie) {
    const cap = inside.length;
    let below = counts[0];
    let atLo = counts[1];
    let count = counts[2];
    let atHi = counts[3];
    let i = start;
    let j = mid;
    let k = start;
    while (i < mid && j < end) {
        const b = src[j];
        if (before(key, ys, b, src[i], tie)) {
            const xb = xs[b];
            const yb = ys[b];
            for (let r = i; r < mid; r++) {
                const a = src[r];
                // The enumeration's expression: the pair in x order (a pair that changes order has distinct x).
                const sl = a < b ? (yb - ys[a]) / (xb - xs[a]) : (ys[a] - yb) / (xs[a] - xb);
                if (sl < lo)
                    below++;
                else if (sl === lo)
                    atLo++;
                else if (sl < hi) {
                    if (count < cap)
                        inside[count] = sl;
                    count++;
                }
                else if (sl === hi)
                    atHi++;
            }
            dst[k++] = b;
            j++;
        }
        else
            dst[k++] = src[i++];
    }
    while (i < mid)
        dst[k++] = src[i++];
    while (j < end)
        dst[k++] = src[j++];
    counts[0] = below;
    counts[1] = atLo;
    counts[2] = count;
    counts[3] = atHi;
}

;// CONCATENATED MODULE: ./src/stats/pair-slopes.ts
/**
 * Order statistics of the pairwise slopes (yj − yi)/(xj − xi) of a series, over the pairs with
 * distinct x, without storing the n(n−1)/2 slopes.
 *
 * Materializing them costs 16 MB per fit at n = 2,000 and three quickselects over 2·10^6 values;
 * a report fits dozens of series. Instead (Floyd–Rivest style):
 *   1. draw a seeded uniform sample of the slopes and sort it;
 *   2. around the sample position of each wanted rank, take a bracket [lo, hi] wide enough
 *      (±6 binomial standard deviations) to hold the true order statistic;
 *   3. count the slopes below each bracket and at its ends, and keep only the (few) slopes strictly
 *      inside; the wanted ranks are then selected among those. Each bracket is counted by
 *      inversions in O(n log n + K) (slope-inversions.ts); when one cannot be (non-finite values,
 *      or a band near it holding a large share of the pairs, as the many equal slopes of a step
 *      series do), one pass over all pairs counts the brackets together.
 * Every slope is computed with the same expression as in a full enumeration, so the values
 * returned are exactly the order statistics of the full set. If a bracket misses (probability
 * ~10^-9) or would hold too many values, the caller falls back to the full enumeration.
 */



/** Below this many pairs, enumerating them into an array is cheap and simpler. */
const STREAMING_MIN_PAIRS = 1 << 16;
/** Most slopes a bracket may hold before the pass gives up (the fallback enumerates all). */
const WINDOW_CAP = 1 << 20;
/**
 * A seeded uniform sample (with replacement) of the distinct-x pairwise slopes, sorted: what the
 * brackets of {@link slopeOrderStatistics} are placed from. Drawn once per series and reused for
 * every pass. Null when x has too few distinct values to draw it.
 */
function drawSlopeSample(series, total, seed) {
    const { x: xs, y: ys, n } = series;
    const m = Math.min(65_536, Math.max(4_096, Math.ceil(8 * Math.sqrt(total))));
    const sample = new Float64Array(m);
    const rng = new Mulberry32(seed);
    let k = 0;
    for (let attempt = 0, max = 50 * m + 1000; k < m && attempt < max; attempt++) {
        const i = Math.floor(rng.next() * n);
        const j = Math.floor(rng.next() * n);
        if (i === j)
            continue;
        const a = i < j ? i : j;
        const b = i < j ? j : i;
        const dx = xs[b] - xs[a];
        if (dx === 0)
            continue;
        sample[k++] = (ys[b] - ys[a]) / dx;
    }
    if (k < m)
        return null;
    return sample.sort();
}
/**
 * Bracket windows, reused from fit to fit: each is up to a few MB, so without reuse every fit of a
 * long run leaves large-object garbage that only a full collection frees (a long run's report fits
 * dozens of series: docs/performance.md). A fit takes windows for its passes and gives them back when it is done.
 */
const windowPool = {
    free: [],
    /** A window of at least `size` values (a longer one only means a bracket may hold more). */
    take(size) {
        let best = -1;
        for (let i = 0; i < this.free.length; i++) {
            const len = this.free[i].length;
            if (len >= size && (best < 0 || len < this.free[best].length))
                best = i;
        }
        return best >= 0 ? this.free.splice(best, 1)[0] : new Float64Array(size);
    },
    /** Windows no bracket uses any more; the pool keeps the six largest. */
    give(windows) {
        this.free.push(...windows);
        this.free.sort((a, b) => b.length - a.length).splice(6);
    },
};
/**
 * Counting passes run so far in this thread, one per group of up to three brackets counted
 * together, by inversions or over all pairs (a diagnostic, read by tests).
 */
const countingPasses = { count: 0, allPairs: 0 };
/**
 * Counts brackets around the given 0-based ranks among the `total` distinct-x pairwise slopes of
 * `series` (x sorted ascending; `sample` from {@link drawSlopeSample}): one counting pass for up to
 * three brackets (a median and Sen's two interval bounds), each bracket by inversions, or all three
 * by one pass over all pairs when one of them cannot be. Ranks are then read with
 * {@link rankFromBrackets}, also ranks other than these when they fall inside a bracket.
 */
function countSlopeBrackets(series, total, ranks, sample, alloc = (size) => new Float64Array(size)) {
    const m = sample.length;
    // One bracket per distinct wanted rank (neighbouring ranks share one); brackets that overlap or
    // touch in value are merged, so that the pass can place every slope in at most one of them.
    const wanted = [...new Set(ranks)].sort((a, b) => a - b);
    const spans = [];
    const value = (idx) => (idx < 0 ? -Infinity : idx >= m ? Infinity : sample[idx]);
    for (const r of wanted) {
        // The number of sample slopes below rank r is Binomial(m, q), q = r/total: ±6 standard
        // deviations of it (narrower towards the tails, where Sen's interval bounds are).
        const q = (r + 0.5) / total;
        const delta = Math.ceil(6 * Math.sqrt(m * q * (1 - q))) + 2;
        const p = q * m;
        const loIdx = Math.floor(p) - delta;
        const hiIdx = Math.ceil(p) + delta;
        const prev = spans[spans.length - 1];
        if (prev && (loIdx <= prev.hiIdx || value(loIdx) <= value(prev.hiIdx)))
            prev.hiIdx = Math.max(prev.hiIdx, hiIdx);
        else
            spans.push({ loIdx, hiIdx });
    }
    const brackets = spans.map(({ loIdx, hiIdx }) => {
        const expected = Math.ceil(((hiIdx - loIdx + 1) / m) * total * 1.5) + 64;
        return {
            lo: value(loIdx), hi: value(hiIdx), below: 0, atLo: 0, atHi: 0, inside: alloc(Math.min(expected, WINDOW_CAP)), count: 0, overflow: false,
            atom: atomOf(sample, Math.max(0, loIdx), Math.min(m - 1, hiIdx)), placed: -1,
        };
    });
    const scratch = inversionScratch(series, total);
    for (let b = 0; b < brackets.length; b += 3) {
        countingPasses.count++;
        const group = brackets.slice(b, b + 3);
        // By inversions, O(n log n + K) a bracket; over every pair when one of them cannot be.
        if (!group.every((br) => countByInversions(series, br, scratch))) {
            countingPasses.allPairs++;
            countPass(series, group);
        }
    }
    return { brackets };
}
/**
 * The slope of 0-based rank `r` when a bracket holds it: [below][lo × atLo][inside][hi × atHi].
 * Undefined when none does (the caller counts again, around `r`).
 */
function rankFromBrackets(set, r) {
    for (const br of set.brackets) {
        if (br.overflow)
            continue;
        let at = r - br.below;
        if (at < 0)
            continue;
        if (at < br.atLo)
            return br.lo;
        at -= br.atLo;
        if (at < br.count)
            return placeAt(br, at);
        at -= br.count;
        if (at < br.atHi)
            return br.hi;
    }
    return undefined;
}
/**
 * The value of 0-based rank `at` among a bracket's inside values, put in its sorted place. Reads come
 * in pairs of neighbouring ranks (a fractional rank interpolates between two order statistics): the
 * second one is the least (or greatest) value on its side of the first, found by one scan.
 */
function placeAt(br, at) {
    const win = br.inside;
    const p = br.placed;
    if (at === p)
        return win[at];
    let from = 0;
    let to = br.count;
    if (p >= 0 && at > p)
        from = p + 1;
    else if (p >= 0)
        to = p;
    if (at === from || at === to - 1) {
        // The least (or greatest) value of the side: one scan, then swap it into place.
        const best = at === from ? leastAt(win, from, to) : greatestAt(win, from, to);
        const v = win[best];
        win[best] = win[at];
        win[at] = v;
    }
    else {
        selectInPlace(win.subarray(from, to), at - from);
    }
    br.placed = at;
    return win[at];
}
/** Index of the first least value of win[from..to). */
function leastAt(win, from, to) {
    let best = from;
    for (let i = from + 1; i < to; i++)
        if (win[i] < win[best])
            best = i;
    return best;
}
/** Index of the first greatest value of win[from..to). */
function greatestAt(win, from, to) {
    let best = from;
    for (let i = from + 1; i < to; i++)
        if (win[i] > win[best])
            best = i;
    return best;
}
/**
 * Values of the given 0-based ranks among the `total` distinct-x pairwise slopes of `series`,
 * or null when the bracketing failed and the caller should enumerate.
 */
function slopeOrderStatistics(series, total, ranks, sample) {
    const set = countSlopeBrackets(series, total, ranks, sample);
    const values = [];
    for (const r of ranks) {
        const v = rankFromBrackets(set, r);
        if (v === undefined)
            return null;
        values.push(v);
    }
    return { values };
}
/**
 * Value at a 1-based, possibly fractional, rank (clamped to [1, total]) of the pairwise slopes,
 * interpolating linearly between neighbouring order statistics, as `selectFractionalRank` does
 * on the enumerated slopes. `orderStats` maps 0-based ranks to values (null: it could not).
 */
function fractionalRanks(total, ranks, orderStats) {
    const plan = ranks.map((rank) => {
        const r = Math.min(Math.max(rank, 1), total) - 1;
        const k = Math.floor(r);
        const f = r - k;
        return { k, f, next: f !== 0 && k + 1 < total };
    });
    const ks = [];
    for (const p of plan) {
        ks.push(p.k);
        if (p.next)
            ks.push(p.k + 1);
    }
    const vals = orderStats(ks);
    if (!vals)
        return null;
    const at = new Map();
    ks.forEach((k, i) => at.set(k, vals[i]));
    return plan.map((p) => {
        const v0 = at.get(p.k);
        return p.next ? v0 + (at.get(p.k + 1) - v0) * p.f : v0;
    });
}
/** Counts `br` with {@link countBracketByInversions}; false when it cannot (nothing set). */
function countByInversions(series, br, scratch) {
    const c = countBracketByInversions(series, br.lo, br.hi, br.inside, scratch, undefined, br.atom);
    if (!c)
        return false;
    br.below = c.below;
    br.atLo = c.atLo;
    br.count = c.count;
    br.atHi = c.atHi;
    br.overflow = c.count > br.inside.length;
    return true;
}
/** A bracket no slope falls in (after the real ones: its bounds are +∞). */
const NO_BRACKET = () => ({ lo: Infinity, hi: Infinity, below: 0, atLo: 0, atHi: 0, inside: new Float64Array(0), count: 0, overflow: false, atom: NaN, placed: -1 });
/**
 * The value of the longest run in the sorted sample[from..to] when that run holds at least 1% of
 * the sample (many pairs of the series have exactly that slope: a counter growing by the same
 * whole number each block), else NaN.
 */
function atomOf(sample, from, to) {
    let best = NaN;
    let bestLen = Math.max(2, Math.ceil(sample.length / 100)) - 1;
    // Runs are counted whole, also where they reach past the bracket's ends (an atom at a bound).
    let i = from;
    while (i > 0 && sample[i - 1] === sample[from])
        i--;
    while (i <= to) {
        let j = i + 1;
        while (j < sample.length && sample[j] === sample[i])
            j++;
        if (j - i > bestLen) {
            bestLen = j - i;
            best = sample[i];
        }
        i = j;
    }
    return best;
}
/**
 * One pass over the pairs for up to three brackets, sorted and disjoint in value: counts the
 * slopes below each, at its ends and inside it, keeping those inside; the same slope expression and
 * pair order as the full enumeration in theil-sen.ts. Each slope is placed with a chain of
 * comparisons that starts at the middle bracket (the median's, when a fit asks for its median and
 * interval together): for Sen's interval bounds, near the 2.5% and 97.5% points, the branches are
 * almost always taken the same way, so a three-bracket pass costs little more than a one-bracket
 * pass. All state is in locals: a loop that updates objects runs several times slower.
 */
function countPass(series, real) {
    const [b1, b2, b3] = [real[0] ?? NO_BRACKET(), real[1] ?? NO_BRACKET(), real[2] ?? NO_BRACKET()];
    const { x: xs, y: ys, n } = series;
    const lo1 = b1.lo, hi1 = b1.hi, in1 = b1.inside, cap1 = in1.length;
    const lo2 = b2.lo, hi2 = b2.hi, in2 = b2.inside, cap2 = in2.length;
    const lo3 = b3.lo, hi3 = b3.hi, in3 = b3.inside, cap3 = in3.length;
    // below1 | atLo1 count1 atHi1 | between12 | atLo2 count2 atHi2 | between23 | atLo3 count3 atHi3 | (above)
    let below1 = 0, atLo1 = 0, count1 = 0, atHi1 = 0, between12 = 0;
    let atLo2 = 0, count2 = 0, atHi2 = 0, between23 = 0;
    let atLo3 = 0, count3 = 0, atHi3 = 0;
    let groupEnd = 0;
    for (let i = 0; i < n; i++) {
        if (groupEnd <= i) {
            groupEnd = i + 1;
            while (groupEnd < n && xs[groupEnd] === xs[i])
                groupEnd++;
        }
        const xi = xs[i];
        const yi = ys[i];
        for (let j = groupEnd; j < n; j++) {
            const s = (ys[j] - yi) / (xs[j] - xi);
            if (s < lo2) {
                if (s < lo1)
                    below1++;
                else if (s === lo1)
                    atLo1++;
                else if (s < hi1) {
                    if (count1 < cap1)
                        in1[count1] = s;
                    count1++;
                }
                else if (s === hi1)
                    atHi1++;
                else
                    between12++;
            }
            else if (s === lo2)
                atLo2++;
            else if (s < hi2) {
                if (count2 < cap2)
                    in2[count2] = s;
                count2++;
            }
            else if (s === hi2)
                atHi2++;
            else if (s < lo3)
                between23++;
            else if (s === lo3)
                atLo3++;
            else if (s < hi3) {
                if (count3 < cap3)
                    in3[count3] = s;
                count3++;
            }
            else if (s === hi3)
                atHi3++;
        }
    }
    const below2 = below1 + atLo1 + count1 + atHi1 + between12;
    const below3 = below2 + atLo2 + count2 + atHi2 + between23;
    Object.assign(b1, { below: below1, atLo: atLo1, atHi: atHi1, count: count1, overflow: count1 > cap1 });
    Object.assign(b2, { below: below2, atLo: atLo2, atHi: atHi2, count: count2, overflow: count2 > cap2 });
    Object.assign(b3, { below: below3, atLo: atLo3, atHi: atHi3, count: count3, overflow: count3 > cap3 });
    // Real brackets are disjoint in value; only a placeholder after one that ends at +∞ starts where
    // it ends, and the pass counted the slopes equal to +∞ there.
    if (hi1 === lo2)
        b1.atHi += atLo2;
    if (hi2 === lo3)
        b2.atHi += atLo3;
}

;// CONCATENATED MODULE: ./src/stats/theil-sen.ts
/**
 * Theil–Sen slope (median of pairwise slopes) with Sen's (1968) distribution-free confidence
 * interval derived from the Mann–Kendall variance of S.
 */




/** Default seed of the pair subsampler; fixed so that results are reproducible. */
const THEIL_SEN_DEFAULT_SEED = 0x5eed;
/** Sen's interval ranks (1-based, fractional) among `bigN` slopes for Var(S) and alpha. */
function intervalRanks(bigN, varS, alpha) {
    const c = normalQuantile(1 - alpha / 2) * Math.sqrt(Math.max(varS, 0));
    return [(bigN - c) / 2, (bigN + c) / 2 + 1];
}
/** @internal Computes the pairwise slopes once; shared by {@link theilSen} and `trend`. */
function senCore(series, maxPairs, seed, forecast) {
    if (!(maxPairs >= 1))
        throw new RangeError(`maxPairs must be ≥ 1, got ${maxPairs}`);
    const cap = Math.floor(maxPairs);
    const { x: xs, y: ys, n } = series;
    if (n < 3)
        return null;
    const xTies = tieGroupsSorted(xs);
    const totalDistinct = (n * (n - 1)) / 2 - xTies.reduce((s, t) => s + (t * (t - 1)) / 2, 0);
    if (totalDistinct <= 0)
        return null;
    // Exact mode: the slopes are enumerated into an array only when there are few of them; above
    // that, order statistics come from a counting pass (pair-slopes.ts) that gives the same values.
    let slopes = null;
    let sampled = false;
    const enumerate = () => {
        const out = new Float64Array(totalDistinct);
        // xs is sorted, so for each i the distinct-x partners j > i start at the next x group.
        let k = 0;
        let groupEnd = 0;
        for (let i = 0; i < n; i++) {
            if (groupEnd <= i) {
                groupEnd = i + 1;
                while (groupEnd < n && xs[groupEnd] === xs[i])
                    groupEnd++;
            }
            const xi = xs[i];
            const yi = ys[i];
            for (let j = groupEnd; j < n; j++) {
                out[k++] = (ys[j] - yi) / (xs[j] - xi);
            }
        }
        return out;
    };
    if (totalDistinct > cap) {
        // Uniform draws (with replacement) of ordered index pairs, rejecting equal x: uniform over
        // the distinct-x pairs. Deterministic for a given seed.
        sampled = true;
        const rng = new Mulberry32(seed);
        const buf = new Float64Array(cap);
        let k = 0;
        const maxAttempts = 50 * cap + 1000;
        for (let attempt = 0; k < cap && attempt < maxAttempts; attempt++) {
            const i = Math.floor(rng.next() * n);
            const j = Math.floor(rng.next() * n);
            const dx = xs[j] - xs[i];
            if (dx === 0)
                continue;
            buf[k++] = (ys[j] - ys[i]) / dx;
        }
        slopes = k === cap ? buf : buf.slice(0, k);
    }
    else if (totalDistinct < STREAMING_MIN_PAIRS) {
        slopes = enumerate();
    }
    const m = slopes ? slopes.length : totalDistinct;
    const varS = kendallVarS(n, xTies, tieGroups(ys));
    /** The slope sample the counting passes place their brackets from (drawn once, for the median). */
    let sample;
    /** Brackets counted so far: later ranks are read from them when they fall inside one. */
    const counted = [];
    /** Windows the brackets took from the pool (returned by `dispose`). */
    const lent = [];
    const alloc = (size) => {
        const w = windowPool.take(size);
        lent.push(w);
        return w;
    };
    /** 0-based ranks of the slopes, from the brackets counted so far or a new pass (null: bracketing failed). */
    const orderStats = (ks, alsoKs = []) => {
        const known = (k) => {
            for (const c of counted) {
                const v = rankFromBrackets(c, k);
                if (v !== undefined)
                    return v;
            }
            return undefined;
        };
        let vals = ks.map(known);
        if (vals.every((v) => v !== undefined))
            return vals;
        if (sample === undefined)
            sample = drawSlopeSample(series, totalDistinct, seed);
        if (!sample)
            return null;
        const set = countSlopeBrackets(series, totalDistinct, [...ks, ...alsoKs], sample, alloc);
        counted.push(set);
        vals = ks.map(known);
        return vals.every((v) => v !== undefined) ? vals : null;
    };
    /** Values at 1-based fractional ranks of the slopes (or of the sample, when sampled). */
    const atRanks = (ranks, alsoKs) => {
        if (!slopes) {
            const exact = fractionalRanks(totalDistinct, ranks, (ks) => orderStats(ks, alsoKs));
            if (exact)
                return exact;
            slopes = enumerate(); // the bracketing missed (very rare): enumerate after all
        }
        const a = slopes;
        return ranks.map((r) => selectFractionalRank(a, r));
    };
    // With a forecast of the interval, the median's pass also brackets the interval's ranks;
    // `interval` reads them from there when asked for that Var(S) and alpha, else it counts again.
    let alsoKs;
    if (!slopes && forecast) {
        alsoKs = intervalRanks(totalDistinct, forecast.varS ?? varS, forecast.alpha).flatMap((r) => {
            const k = Math.floor(Math.min(Math.max(r, 1), totalDistinct) - 1);
            return k + 1 < totalDistinct ? [k, k + 1] : [k];
        });
    }
    const [slope] = atRanks([(m + 1) / 2], alsoKs);
    const resid = new Float64Array(n);
    for (let i = 0; i < n; i++)
        resid[i] = ys[i] - slope * xs[i];
    resid.sort();
    const intercept = medianOfSorted(resid);
    const bigN = totalDistinct;
    const toSample = (r) => (sampled && bigN > 1 ? 1 + ((r - 1) * (m - 1)) / (bigN - 1) : r);
    const interval = (varS, alpha) => {
        if (!(alpha > 0 && alpha < 1))
            throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
        const [rLo, rHi] = intervalRanks(bigN, varS, alpha);
        const [lo, hi] = atRanks([toSample(rLo), toSample(rHi)]);
        return [lo, hi];
    };
    const dispose = () => {
        counted.length = 0; // a later `interval` counts again, in windows of its own
        windowPool.give(lent.splice(0));
    };
    return { n, slope, intercept, interval, varS, pairs: m, sampled, dispose };
}
/**
 * Theil–Sen fit of y on x. Non-finite points are dropped. Returns null when fewer than 3 points
 * remain or no two points have distinct x.
 *
 * CI: C = z_{1−alpha/2}·sqrt(Var(S)); the bounds are the pairwise slopes at 1-based ranks
 * (N − C)/2 and (N + C)/2 + 1 of their ascending order (linear interpolation between order
 * statistics for fractional ranks, clamped to [1, N]), N = number of distinct-x pairs.
 * When N > maxPairs, maxPairs pairs are drawn uniformly with replacement by a seeded PRNG
 * (deterministic) and the ranks are rescaled to the sample: rank r ↦ 1 + (r − 1)(M − 1)/(N − 1).
 * Order statistics come from quickselect (expected O(N)), not a full sort.
 */
function theilSen(x, y, alpha = 0.05, maxPairs = 2_000_000, opts = {}) {
    if (!(alpha > 0 && alpha < 1))
        throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
    const forecast = { alpha, varS: opts.varS };
    const core = senCore(internal_prepareSeries(x, y), maxPairs, opts.seed ?? THEIL_SEN_DEFAULT_SEED, forecast);
    if (!core)
        return null;
    const [ciLow, ciHigh] = core.interval(opts.varS ?? core.varS, alpha);
    core.dispose();
    return {
        n: core.n,
        slope: core.slope,
        intercept: core.intercept,
        ciLow,
        ciHigh,
        pairs: core.pairs,
        sampled: core.sampled,
    };
}

;// CONCATENATED MODULE: ./src/stats/mann-kendall.ts
/**
 * Mann–Kendall trend test of y against x, with the Hamed–Rao (1998) variance correction for
 * autocorrelation.
 */



/** Exact permutations are used below this n (when there are no ties). */
const EXACT_MAX_N = 9;
/**
 * Mahonian numbers: counts[k] = number of permutations of n items with k inversions.
 * Under H0 with no ties S = N − 2·inversions, N = n(n−1)/2.
 */
function inversionCounts(n) {
    let counts = [1];
    for (let m = 2; m <= n; m++) {
        const maxK = (m * (m - 1)) / 2;
        const next = new Array(maxK + 1).fill(0);
        for (let k = 0; k < counts.length; k++) {
            const c = counts[k];
            for (let add = 0; add < m; add++)
                next[k + add] = next[k + add] + c;
        }
        counts = next;
    }
    return counts;
}
/** Exact P(S' ≥ s) and P(|S'| ≥ |s|) under H0 (no ties). */
function exactPValues(n, s) {
    const counts = inversionCounts(n);
    const total = counts.reduce((a, b) => a + b, 0);
    const bigN = (n * (n - 1)) / 2;
    // S' ≥ s  ⇔  inversions' ≤ (N − s)/2
    const cdfInv = (d) => {
        let acc = 0;
        for (let k = 0; k <= Math.min(d, bigN); k++)
            acc += counts[k];
        return acc / total;
    };
    const pUp = cdfInv(Math.floor((bigN - s) / 2));
    const pTwo = Math.min(1, 2 * cdfInv(Math.floor((bigN - Math.abs(s)) / 2)));
    return { pUp, pTwo };
}
/**
 * Hamed–Rao n/n*: rank the detrended series, keep the lag-k rank autocorrelations that are
 * significant at `alpha` (|ρk| > z_{1−alpha/2}/√n), and return
 * 1 + 2/(n(n−1)(n−2)) Σ_{k=1}^{n−3} (n−k)(n−k−1)(n−k−2) ρk.
 * The raw factor may be < 1 (negative autocorrelation); the caller floors it at 1.
 */
function hamedRaoFactor(detrendedInOrder, alpha = 0.05, maxLag = Infinity) {
    const n = detrendedInOrder.length;
    if (n < 4)
        return 1;
    const r = averageRanks(detrendedInOrder);
    let mean = 0;
    for (let i = 0; i < n; i++)
        mean += r[i];
    mean /= n;
    for (let i = 0; i < n; i++)
        r[i] = r[i] - mean;
    let c0 = 0;
    for (let i = 0; i < n; i++)
        c0 += r[i] * r[i];
    if (!(c0 > 0))
        return 1;
    const bound = normalQuantile(1 - alpha / 2) / Math.sqrt(n);
    let sum = 0;
    const lastLag = Math.min(n - 3, Math.floor(maxLag));
    const keep = (k, ck) => {
        const rho = ck / c0;
        if (Math.abs(rho) > bound)
            sum += (n - k) * (n - k - 1) * (n - k - 2) * rho;
    };
    // Four lags per sweep: four independent sums instead of one chain of dependent additions (each
    // lag's terms are still added in the same order, so every ρk is bit-for-bit the one-lag loop's).
    const c = new Float64Array(4);
    let k = 1;
    for (; k + 3 <= lastLag; k += 4) {
        lagSums4(r, k, c);
        keep(k, c[0]);
        keep(k + 1, c[1]);
        keep(k + 2, c[2]);
        keep(k + 3, c[3]);
    }
    for (; k <= lastLag; k++)
        keep(k, lagSum(r, k));
    return 1 + (2 * sum) / (n * (n - 1) * (n - 2));
}
/**
 * Σ r[i]·r[i+k+d] for d = 0..3, into `out`. A function of its own, called once per sweep: as a loop
 * nested in the sweep, V8 compiled it on stack and threw that code away at each of its exits.
 */
function lagSums4(r, k, out) {
    const n = r.length;
    let c1 = 0, c2 = 0, c3 = 0, c4 = 0;
    let i = 0;
    for (; i + k + 3 < n; i++) {
        const ri = r[i];
        c1 += ri * r[i + k];
        c2 += ri * r[i + k + 1];
        c3 += ri * r[i + k + 2];
        c4 += ri * r[i + k + 3];
    }
    for (let j = i; j + k < n; j++)
        c1 += r[j] * r[j + k];
    for (let j = i; j + k + 1 < n; j++)
        c2 += r[j] * r[j + k + 1];
    for (let j = i; j + k + 2 < n; j++)
        c3 += r[j] * r[j + k + 2];
    out[0] = c1;
    out[1] = c2;
    out[2] = c3;
    out[3] = c4;
}
/** Σ r[i]·r[i+k]. */
function lagSum(r, k) {
    const n = r.length;
    let ck = 0;
    for (let i = 0; i + k < n; i++)
        ck += r[i] * r[i + k];
    return ck;
}
/**
 * The Hamed–Rao n/n* of a prepared series (x sorted) detrended by `slope`, floored at 1: what
 * {@link mannKendall} multiplies Var(S) by.
 */
function hamedRaoRatio(xs, ys, slope, alpha = 0.05, maxLag = Infinity) {
    const n = xs.length;
    // Centre x first: with raw block heights (10^6 and more) y − slope·x loses the digits that
    // decide the ranks, and the p-value would depend on where the heights start.
    const x0 = xs[0];
    const detrended = new Float64Array(n);
    for (let i = 0; i < n; i++)
        detrended[i] = ys[i] - slope * (xs[i] - x0);
    return Math.max(1, hamedRaoFactor(detrended, alpha, maxLag));
}
/**
 * Mann–Kendall test on y ordered by x (stable; pairs tied in x contribute 0 to S).
 * Non-finite points are dropped; returns null when fewer than 4 points remain.
 *
 * Hamed–Rao (default): detrend with the Sen slope (y − slope·x, in x order), then multiply
 * Var(S) by n/n*. The factor is floored at 1: negative autocorrelation would shrink the
 * variance and make the gate more trigger-happy, so we never let the correction do that
 * (conservative for a gate).
 *
 * p-values: normal approximation with continuity correction; for n < 10 with no ties in x or y
 * and no variance inflation, the exact permutation distribution of S is used instead.
 */
function mannKendall(x, y, opts = {}) {
    testAlpha(opts);
    return mannKendallOfSeries(prepareSeries(x, y), opts);
}
/** The significance level of the autocorrelation screen (RangeError outside (0, 1)). */
function testAlpha(opts) {
    const alpha = opts.alpha ?? 0.05;
    if (!(alpha > 0 && alpha < 1))
        throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
    return alpha;
}
/** @internal {@link mannKendall} of a series already prepared (finite points, x sorted), e.g. by `trend`. */
function mannKendallOfSeries(series, opts = {}) {
    const alpha = testAlpha(opts);
    const mode = opts.autocorrelation ?? 'hamed-rao';
    const { x: xs, y: ys, n } = series;
    if (n < 4)
        return null;
    const s = kendallS(xs, ys);
    const xTies = tieGroupsSorted(xs);
    const yTies = tieGroups(ys);
    const varS = kendallVarS(n, xTies, yTies);
    let nEffRatio = 1;
    if (mode === 'hamed-rao') {
        let slope = opts.senSlope;
        if (slope === undefined || !Number.isFinite(slope))
            slope = theilSen(xs, ys)?.slope ?? 0;
        nEffRatio = hamedRaoRatio(xs, ys, slope, alpha, opts.maxLag ?? Infinity);
    }
    const varSCorrected = varS * nEffRatio;
    const sd = Math.sqrt(varSCorrected);
    const z = s === 0 || !(sd > 0) ? 0 : (s - Math.sign(s)) / sd;
    let pIncreasing;
    let pTwoSided;
    let exact = false;
    if (n <= EXACT_MAX_N && xTies.length === 0 && yTies.length === 0 && nEffRatio === 1) {
        const p = exactPValues(n, s);
        pIncreasing = p.pUp;
        pTwoSided = p.pTwo;
        exact = true;
    }
    else {
        pIncreasing = normalUpperTail(z);
        pTwoSided = Math.min(1, 2 * normalCdf(-Math.abs(z)));
    }
    return { n, s, varS, varSCorrected, nEffRatio, z, pIncreasing, pTwoSided, exact };
}

;// CONCATENATED MODULE: ./src/stats/multiple-testing.ts
/** Multiple-testing corrections across vats. */
/** Per-test significance level for a family-wise error rate `alpha` over `m` tests (m < 1 is treated as 1). */
function bonferroni(alpha, m) {
    return alpha / Math.max(1, Math.floor(m));
}
/**
 * Benjamini–Hochberg step-up procedure at false-discovery rate `q`. Returns, in input order,
 * whether each hypothesis is rejected. NaN / non-finite p-values are never rejected but still
 * count towards m (conservative).
 */
function benjaminiHochberg(pValues, q) {
    const m = pValues.length;
    const rejected = new Array(m).fill(false);
    if (m === 0)
        return rejected;
    const order = pValues
        .map((p, i) => ({ p: Number.isFinite(p) ? p : Infinity, i }))
        .sort((a, b) => a.p - b.p || a.i - b.i);
    let kMax = -1;
    for (let k = 0; k < m; k++) {
        if (order[k].p <= ((k + 1) / m) * q)
            kMax = k;
    }
    for (let k = 0; k <= kMax; k++)
        rejected[order[k].i] = true;
    return rejected;
}
/**
 * Benjamini–Hochberg adjusted p-values (q-values), in input order: the smallest FDR level at
 * which each hypothesis would be rejected. Non-finite p-values map to 1.
 */
function benjaminiHochbergAdjusted(pValues) {
    const m = pValues.length;
    const out = new Array(m).fill(1);
    const order = pValues
        .map((p, i) => ({ p: Number.isFinite(p) ? p : Infinity, i }))
        .sort((a, b) => a.p - b.p || a.i - b.i);
    let running = 1;
    for (let k = m - 1; k >= 0; k--) {
        const { p, i } = order[k];
        running = Math.min(running, (p * m) / (k + 1));
        out[i] = Math.min(1, Math.max(p, running)); // max(): guard against rounding below p
    }
    return out;
}

// EXTERNAL MODULE: ./src/stats/summary.ts
var summary = __nccwpck_require__(2303);
;// CONCATENATED MODULE: ./src/stats/trend.ts
/**
 * One-call trend analysis: Theil–Sen slope + Mann–Kendall test (Hamed–Rao by default) sharing
 * one set of pairwise slopes, with Sen's interval widened by the autocorrelation-corrected
 * Var(S) so the CI and the test agree.
 */



function trend(x, y, opts = {}) {
    const ciAlpha = opts.ciAlpha ?? 0.05;
    const series = internal_prepareSeries(x, y);
    const autocorrelation = opts.autocorrelation ?? 'hamed-rao';
    const acfAlpha = opts.acfAlpha ?? 0.05;
    // The interval uses mannKendall's corrected Var(S), which detrends by the exact slope: the slope
    // comes first (one counting pass), then the test, then the interval (a second pass, over the
    // pairs near its ranks only: pair-slopes.ts). Forecasting the interval from the sample's slope
    // saved that pass but cost a second Hamed–Rao correction, the dearer of the two.
    const core = senCore(series, opts.maxPairs ?? 2_000_000, opts.seed ?? THEIL_SEN_DEFAULT_SEED);
    const mkOpts = { autocorrelation, alpha: acfAlpha };
    if (core)
        mkOpts.senSlope = core.slope;
    if (opts.maxLag !== undefined)
        mkOpts.maxLag = opts.maxLag;
    const mk = mannKendallOfSeries(series, mkOpts); // the series is prepared already
    let ts = null;
    if (core) {
        const [ciLow, ciHigh] = core.interval(mk ? mk.varSCorrected : core.varS, ciAlpha);
        core.dispose();
        ts = {
            n: core.n,
            slope: core.slope,
            intercept: core.intercept,
            ciLow,
            ciHigh,
            pairs: core.pairs,
            sampled: core.sampled,
        };
    }
    return { theilSen: ts, mannKendall: mk };
}

;// CONCATENATED MODULE: ./src/stats/change-points.ts
/**
 * Change points in a short, noisy series (one metric of one vat, one value per nightly run), by
 * divisive estimation as in E-Divisive (Matteson & James 2014; Hunter/Otava): find the split that
 * best separates the values before from those after, keep it when a permutation test says so,
 * and search both halves again. The divergence is the standardized rank sum of the values after a
 * split (a Mann–Whitney statistic, Pettitt 1979), so that one outlying night moves it by at most
 * one rank, a change in a ratio or a difference of the same data gives the same split, and ties
 * (c-list counts that stay at 0) are exact. docs/policy.md explains the choice and the defaults.
 *
 * The permutation test is exact under exchangeability (no change): the ranks are shuffled and
 * the largest statistic over the allowed splits recomputed, each permutation in O(n). It stops
 * early (Besag & Clifford 1991) once `stopAfter` permutations have reached the observed value, so
 * a series without a change costs a few dozen permutations. When the normal approximation,
 * Bonferroni-corrected over the splits (a conservative bound), is already below the resolution of
 * `maxPermutations` permutations, no permutation is drawn and that bound is the p-value.
 */



/** Hits that end the screening round. */
const SCREEN_HITS = 3;
const DEFAULT_SPLIT_TEST = { minSegment: 3, maxPermutations: 19_999, stopAfter: 20, seed: 0x5eed };
/**
 * The best split of `values` (finite numbers) and its p-value; null when no split is allowed
 * (fewer than 2 × minSegment values) or all values are equal. Two statistics of the centred
 * ranks' prefix sums P(k), each O(n): the step statistic max |P(k)| / sd(P(k)) (a change that
 * lasts; standardized, so a change in the last few runs counts as much as one in the middle), and
 * the interval statistic (max P − min P) scaled by the sd of a half split, which also finds a
 * change that was undone later (both ends of the interval at once, where the step statistic sees
 * only a bump). The test statistic is the larger of the two; the permutations calibrate it.
 */
function rankSplitTest(values, opts = DEFAULT_SPLIT_TEST) {
    const n = values.length;
    const minSeg = Math.max(1, Math.floor(opts.minSegment));
    if (n < 2 * minSeg)
        return null;
    const ranks = averageRanks(values);
    const centred = new Float64Array(n);
    const mid = (n + 1) / 2;
    let ss = 0;
    for (let i = 0; i < n; i++) {
        const c = ranks[i] - mid;
        centred[i] = c;
        ss += c * c;
    }
    if (ss <= 1e-12)
        return null;
    // Under no change, the sum of k of the n centred ranks (drawn without replacement) has mean 0
    // and variance k(n − k)/(n(n − 1)) · Σc² (exact, ties included).
    const inv = new Float64Array(n + 1);
    for (let k = minSeg; k <= n - minSeg; k++)
        inv[k] = 1 / Math.sqrt(((k * (n - k)) / (n * (n - 1))) * ss);
    const halfInv = 1 / Math.sqrt((n / (4 * (n - 1))) * ss);
    const stat = new Statistic(n, minSeg, inv, halfInv);
    const observed = stat.of(centred);
    const observedStepAt = stat.stepAt;
    const observedIntervalWins = stat.intervalWins;
    const splitsAllowed = n - 2 * minSeg + 1;
    // The step statistic's normal tail over its splits (Bonferroni), and the interval statistic's
    // asymptotic (Kuiper) tail: together a conservative bound on the statistic's tail.
    const bound = Math.min(1, splitsAllowed * 2 * normalUpperTail(observed) + kuiperTail(observed / 2));
    const maxPerm = Math.max(1, Math.floor(opts.maxPermutations));
    if (bound * (maxPerm + 1) <= 1)
        return { splits: stat.splits(centred, ss, observedIntervalWins, observedStepAt), z: observed, p: bound, permutations: 0 };
    const rng = new Mulberry32(opts.seed);
    const shuffled = Float64Array.from(centred);
    const target = observed * (1 - 1e-12);
    const stopAfter = Math.max(1, Math.floor(opts.stopAfter));
    const screen = opts.screenLevel ?? 1;
    let total = 0;
    let p;
    const first = screen < 1 && stopAfter > SCREEN_HITS ? permutationRound(shuffled, stat, rng, target, SCREEN_HITS, maxPerm) : null;
    if (first)
        total += first.drawn;
    if (first && (first.p > screen || opts.screenOnly))
        p = first.p;
    else {
        const full = permutationRound(shuffled, stat, rng, target, stopAfter, maxPerm);
        total += full.drawn;
        p = full.p;
    }
    // The exact ends of an interval only for a p-value that may count (they take O(n²)).
    const refine = p <= screen && !(opts.screenOnly && first);
    return { splits: refine ? stat.splits(centred, ss, observedIntervalWins, observedStepAt) : [observedStepAt], z: observed, p, permutations: total };
}
/**
 * Besag–Clifford: permute `c` in place until `hits` permutations reached `target` or `max` were
 * drawn; stopped after `hits` hits in `drawn` draws → hits/drawn, else (hits + 1)/(draws + 1).
 * A function of its own (not a closure per test): the loop keeps its optimized code across series.
 */
function permutationRound(c, stat, rng, target, hits, max) {
    const n = c.length;
    let reached = 0;
    let drawn = 0;
    while (drawn < max) {
        for (let i = n - 1; i > 0; i--) {
            const j = Math.floor(rng.next() * (i + 1));
            const t = c[i];
            c[i] = c[j];
            c[j] = t;
        }
        drawn++;
        if (stat.of(c) >= target && ++reached >= hits)
            break;
    }
    return { p: Math.min(1, reached >= hits ? reached / drawn : (reached + 1) / (drawn + 1)), drawn };
}
/** P(V > x) for the Kuiper statistic V (range of a Brownian bridge), x > 0. */
function kuiperTail(x) {
    if (!(x > 0.4))
        return 1;
    let s = 0;
    for (let k = 1; k <= 100; k++) {
        const t = 2 * (4 * k * k * x * x - 1) * Math.exp(-2 * k * k * x * x);
        s += t;
        if (Math.abs(t) < 1e-16)
            break;
    }
    return Math.min(1, Math.max(0, s));
}
/** The step and interval statistics of an order of the centred ranks; `splits()` after `of()` of the observed order. */
class Statistic {
    n;
    minSeg;
    inv;
    halfInv;
    stepAt = 0;
    intervalWins = false;
    constructor(n, minSeg, inv, halfInv) {
        this.n = n;
        this.minSeg = minSeg;
        this.inv = inv;
        this.halfInv = halfInv;
    }
    of(c) {
        const { n, minSeg, inv } = this;
        let prefix = 0;
        let best = -1;
        let bestAt = minSeg;
        // P(0) = P(n) = 0 bound the interval statistic too (an interval may start at 0 or end at n).
        let hi = 0;
        let lo = 0;
        for (let k = 1; k < n; k++) {
            prefix += c[k - 1];
            if (k < minSeg || k > n - minSeg)
                continue;
            const a = Math.abs(prefix) * inv[k];
            // Strictly greater: of equal statistics, the earliest split.
            if (a > best + 1e-12) {
                best = a;
                bestAt = k;
            }
            if (prefix > hi)
                hi = prefix;
            if (prefix < lo)
                lo = prefix;
        }
        const interval = (hi - lo) * this.halfInv;
        this.stepAt = bestAt;
        this.intervalWins = interval > best;
        return Math.max(best, interval);
    }
    /**
     * Where the observed order `c` changes (its step split `stepAt`, and whether the interval
     * statistic won, from its `of()`). When the interval statistic won, its ends are
     * placed by the standardized interval statistic (each run of L values scaled by the sd of a sum
     * of L centred ranks), once, over all pairs: the unscaled range that decides significance
     * drifts an end by a value or two.
     */
    splits(c, ss, intervalWins, stepAt) {
        if (!intervalWins)
            return [stepAt];
        const { n, minSeg } = this;
        const prefix = new Float64Array(n + 1);
        for (let i = 0; i < n; i++)
            prefix[i + 1] = prefix[i] + c[i];
        const invLen = new Float64Array(n);
        for (let len = 1; len < n; len++)
            invLen[len] = 1 / Math.sqrt(((len * (n - len)) / (n * (n - 1))) * ss);
        let best = -1;
        let at = [stepAt];
        for (let a = 0; a <= n - minSeg; a++) {
            if (a > 0 && a < minSeg)
                continue;
            for (let b = a + minSeg; b <= n; b++) {
                if ((b < n && b > n - minSeg) || (a === 0 && b === n))
                    continue;
                const z = Math.abs(prefix[b] - prefix[a]) * invLen[b - a];
                if (z > best + 1e-12) {
                    best = z;
                    at = [a, b].filter((k) => k > 0 && k < n);
                }
            }
        }
        return at;
    }
}
/**
 * Every change point of `values` by binary segmentation: a split is kept when its test's p-value
 * is at most `level`, and both sides are searched again with the same test. `first` is the test
 * of the whole series when the caller already has it (the family-wide step tests it first).
 * Returns the splits (index of the first value after each, and its test's p-value) in ascending order.
 */
function segmentSeries(values, level, opts = DEFAULT_SPLIT_TEST, first) {
    const out = [];
    const xs = Array.from(values);
    const visit = (a, b, given) => {
        const test = given !== undefined ? given : rankSplitTest(xs.slice(a, b), { ...opts, seed: segmentSeed(opts.seed, a, b) });
        if (!test || !(test.p <= level))
            return;
        const bounds = [a, ...test.splits.map((k) => a + k), b];
        for (let i = 0; i + 1 < bounds.length; i++) {
            if (i > 0)
                out.push({ index: bounds[i], p: test.p });
            visit(bounds[i], bounds[i + 1]);
        }
    };
    visit(0, xs.length, first);
    return out;
}
/** A seed per segment, so that a segment's p-value does not depend on the order of the search. */
function segmentSeed(seed, a, b) {
    let h = (seed ^ Math.imul(a + 1, 0x9e3779b1)) >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ Math.imul(b + 1, 0xc2b2ae35);
    return (h ^ (h >>> 13)) >>> 0;
}
/** A stable 32-bit seed from a string (a vat and metric), FNV-1a. */
function stringSeed(s) {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++)
        h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
}

;// CONCATENATED MODULE: ./src/stats/index.ts











/***/ }),

/***/ 2303:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   Jd: () => (/* binding */ downsample),
/* harmony export */   X3: () => (/* binding */ meanOfLast),
/* harmony export */   lK: () => (/* binding */ meanOfFirst)
/* harmony export */ });
/* harmony import */ var simple_statistics__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5521);
/** Small descriptive helpers for reports and charts. */

function meanOfRange(values, start, end) {
    if (end <= start)
        return NaN;
    let s = 0;
    for (let i = start; i < end; i++)
        s += values[i];
    return s / (end - start);
}
/** Mean of the first min(k, length) values; NaN when there are none. */
function meanOfFirst(values, k) {
    return meanOfRange(values, 0, Math.min(Math.max(0, Math.floor(k)), values.length));
}
/** Mean of the last min(k, length) values; NaN when there are none. */
function meanOfLast(values, k) {
    const len = values.length;
    return meanOfRange(values, Math.max(0, len - Math.max(0, Math.floor(k))), len);
}
/** Median (mean of the two middle values for even length); NaN when empty. */
function median(values) {
    if (values.length === 0)
        return NaN;
    return (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(Array.from(values));
}
/**
 * Reduces a series to at most `maxPoints` points for charts by splitting the points, in their
 * given order, into ≤ maxPoints consecutive buckets of near-equal size (sizes differ by at most
 * one) and taking each bucket's mean x and mean y. Series already short enough are copied.
 */
function downsample(xs, ys, maxPoints) {
    if (xs.length !== ys.length) {
        throw new RangeError(`xs and ys must have the same length (got ${xs.length} and ${ys.length})`);
    }
    const m = Math.floor(maxPoints);
    if (!(m >= 1))
        throw new RangeError(`maxPoints must be ≥ 1, got ${maxPoints}`);
    const n = xs.length;
    if (n <= m)
        return { x: Array.from(xs), y: Array.from(ys) };
    const x = [];
    const y = [];
    for (let b = 0; b < m; b++) {
        const start = Math.floor((b * n) / m);
        const end = Math.floor(((b + 1) * n) / m);
        x.push(meanOfRange(xs, start, end));
        y.push(meanOfRange(ys, start, end));
    }
    return { x, y };
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 5521:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   SW: () => (/* binding */ gammaln),
/* harmony export */   T7: () => (/* binding */ errorFunction),
/* harmony export */   ht: () => (/* binding */ probit)
/* harmony export */ });
/* unused harmony exports BayesianClassifier, PerceptronModel, addToMean, approxEqual, average, averageSimple, bayesian, bernoulliDistribution, binomialDistribution, bisect, chiSquaredDistributionTable, chiSquaredGoodnessOfFit, chunk, ckmeans, coefficientOfVariation, combinations, combinationsReplacement, combineMeans, combineVariances, cumulativeStdLogisticProbability, cumulativeStdNormalProbability, epsilon, equalIntervalBreaks, erf, extent, extentSorted, factorial, gamma, geometricMean, harmonicMean, interquartileRange, inverseErrorFunction, iqr, jenks, kMeansCluster, kde, kernelDensityEstimation, linearRegression, linearRegressionLine, logAverage, logit, mad, max, maxSorted, mean, meanSimple, medianAbsoluteDeviation, medianSorted, min, minSorted, mode, modeFast, modeSorted, normalDistribution, numericSort, perceptron, permutationTest, permutationsHeap, poissonDistribution, product, quantile, quantileRank, quantileRankSorted, quantileSorted, quickselect, rSquared, relativeError, rms, rootMeanSquare, sample, sampleCorrelation, sampleCovariance, sampleKurtosis, sampleRankCorrelation, sampleSkewness, sampleStandardDeviation, sampleVariance, sampleWithReplacement, scaledRootMeanSquare, shuffle, shuffleInPlace, sign, silhouette, silhouetteMetric, standardDeviation, standardNormalTable, subtractFromMean, sum, sumNthPowerDeviations, sumSimple, tTest, tTestTwoSample, uniqueCountSorted, variance, weightedLinearRegression, weightedMean, weightedQuantile, weightedStandardDeviation, weightedVariance, wilcoxonRankSum, zScore */
/**
 * When adding a new value to a list, one does not have to necessary
 * recompute the mean of the list in linear time. They can instead use
 * this function to compute the new mean by providing the current mean,
 * the number of elements in the list that produced it and the new
 * value to add.
 *
 * @since 2.5.0
 * @param {number} mean current mean
 * @param {number} n number of items in the list
 * @param {number} newValue the added value
 * @returns {number} the new mean
 *
 * @example
 * addToMean(14, 5, 53); // => 20.5
 */
function addToMean(mean, n, newValue) {
    return mean + (newValue - mean) / (n + 1);
}

/**
 * Split an array into chunks of a specified size. This function
 * has the same behavior as [PHP's array_chunk](http://php.net/manual/en/function.array-chunk.php)
 * function, and thus will insert smaller-sized chunks at the end if
 * the input size is not divisible by the chunk size.
 *
 * `x` is expected to be an array, and `chunkSize` a number.
 * The `x` array can contain any kind of data.
 *
 * @param {Array} x a sample
 * @param {number} chunkSize size of each output array. must be a positive integer
 * @returns {Array<Array>} a chunked array
 * @throws {Error} if chunk size is less than 1 or not an integer
 * @example
 * chunk([1, 2, 3, 4, 5, 6], 2);
 * // => [[1, 2], [3, 4], [5, 6]]
 */
function chunk(x, chunkSize) {
    // a list of result chunks, as arrays in an array
    var output = [];

    // `chunkSize` must be zero or higher - otherwise the loop below,
    // in which we call `start += chunkSize`, will loop infinitely.
    // So, we'll detect and throw in that case to indicate
    // invalid input.
    if (chunkSize < 1) {
        throw new Error("chunk size must be a positive number");
    }

    if (Math.floor(chunkSize) !== chunkSize) {
        throw new Error("chunk size must be an integer");
    }

    // `start` is the index at which `.slice` will start selecting
    // new array elements
    for (var start = 0; start < x.length; start += chunkSize) {
        // for each chunk, slice that part of the array and add it
        // to the output. The `.slice` function does not change
        // the original array.
        output.push(x.slice(start, start + chunkSize));
    }
    return output;
}

/**
 * Create a new column x row matrix.
 *
 * @private
 * @param {number} columns
 * @param {number} rows
 * @return {Array<Array<number>>} matrix
 * @example
 * makeMatrix(10, 10);
 */
function makeMatrix(columns, rows) {
    var matrix = [];
    for (var i = 0; i < columns; i++) {
        var column = [];
        for (var j = 0; j < rows; j++) {
            column.push(0);
        }
        matrix.push(column);
    }
    return matrix;
}

/**
 * Sort an array of numbers by their numeric value, ensuring that the
 * array is not changed in place.
 *
 * This is necessary because the default behavior of .sort
 * in JavaScript is to sort arrays as string values
 *
 *     [1, 10, 12, 102, 20].sort()
 *     // output
 *     [1, 10, 102, 12, 20]
 *
 * @param {Array<number>} x input array
 * @return {Array<number>} sorted array
 * @private
 * @example
 * numericSort([3, 2, 1]) // => [1, 2, 3]
 */
function numericSort(x) {
    return (
        x
            // ensure the array is not changed in-place
            .slice()
            // comparator function that treats input as numeric
            .sort(function (a, b) {
                return a - b;
            })
    );
}

/**
 * For a sorted input, counting the number of unique values
 * is possible in constant time and constant memory. This is
 * a simple implementation of the algorithm.
 *
 * Values are compared with `===`, so objects and non-primitive objects
 * are not handled in any special way.
 *
 * @param {Array<*>} x an array of any kind of value
 * @returns {number} count of unique values
 * @example
 * uniqueCountSorted([1, 2, 3]); // => 3
 * uniqueCountSorted([1, 1, 1]); // => 1
 */
function uniqueCountSorted(x) {
    var uniqueValueCount = 0;
    var lastSeenValue;
    for (var i = 0; i < x.length; i++) {
        if (i === 0 || x[i] !== lastSeenValue) {
            lastSeenValue = x[i];
            uniqueValueCount++;
        }
    }
    return uniqueValueCount;
}

/**
 * Generates incrementally computed values based on the sums and sums of
 * squares for the data array
 *
 * @private
 * @param {number} j
 * @param {number} i
 * @param {Array<number>} sums
 * @param {Array<number>} sumsOfSquares
 * @return {number}
 * @example
 * ssq(0, 1, [-1, 0, 2], [1, 1, 5]);
 */
function ssq(j, i, sums, sumsOfSquares) {
    var sji; // s(j, i)
    if (j > 0) {
        var muji = (sums[i] - sums[j - 1]) / (i - j + 1); // mu(j, i)
        sji =
            sumsOfSquares[i] - sumsOfSquares[j - 1] - (i - j + 1) * muji * muji;
    } else {
        sji = sumsOfSquares[i] - (sums[i] * sums[i]) / (i + 1);
    }
    if (sji < 0) {
        return 0;
    }
    return sji;
}

/**
 * Function that recursively divides and conquers computations
 * for cluster j
 *
 * @private
 * @param {number} iMin Minimum index in cluster to be computed
 * @param {number} iMax Maximum index in cluster to be computed
 * @param {number} cluster Index of the cluster currently being computed
 * @param {Array<Array<number>>} matrix
 * @param {Array<Array<number>>} backtrackMatrix
 * @param {Array<number>} sums
 * @param {Array<number>} sumsOfSquares
 */
function fillMatrixColumn(
    iMin,
    iMax,
    cluster,
    matrix,
    backtrackMatrix,
    sums,
    sumsOfSquares
) {
    if (iMin > iMax) {
        return;
    }

    // Start at midpoint between iMin and iMax
    var i = Math.floor((iMin + iMax) / 2);

    matrix[cluster][i] = matrix[cluster - 1][i - 1];
    backtrackMatrix[cluster][i] = i;

    var jlow = cluster; // the lower end for j

    if (iMin > cluster) {
        jlow = Math.max(jlow, backtrackMatrix[cluster][iMin - 1] || 0);
    }
    jlow = Math.max(jlow, backtrackMatrix[cluster - 1][i] || 0);

    var jhigh = i - 1; // the upper end for j
    if (iMax < matrix[0].length - 1) {
        /* c8 ignore start */
        jhigh = Math.min(jhigh, backtrackMatrix[cluster][iMax + 1] || 0);
        /* c8 ignore end */
    }

    var sji;
    var sjlowi;
    var ssqjlow;
    var ssqj;
    for (var j = jhigh; j >= jlow; --j) {
        sji = ssq(j, i, sums, sumsOfSquares);

        if (sji + matrix[cluster - 1][jlow - 1] >= matrix[cluster][i]) {
            break;
        }

        // Examine the lower bound of the cluster border
        sjlowi = ssq(jlow, i, sums, sumsOfSquares);

        ssqjlow = sjlowi + matrix[cluster - 1][jlow - 1];

        if (ssqjlow < matrix[cluster][i]) {
            // Shrink the lower bound
            matrix[cluster][i] = ssqjlow;
            backtrackMatrix[cluster][i] = jlow;
        }
        jlow++;

        ssqj = sji + matrix[cluster - 1][j - 1];
        if (ssqj < matrix[cluster][i]) {
            matrix[cluster][i] = ssqj;
            backtrackMatrix[cluster][i] = j;
        }
    }

    fillMatrixColumn(
        iMin,
        i - 1,
        cluster,
        matrix,
        backtrackMatrix,
        sums,
        sumsOfSquares
    );
    fillMatrixColumn(
        i + 1,
        iMax,
        cluster,
        matrix,
        backtrackMatrix,
        sums,
        sumsOfSquares
    );
}

/**
 * Initializes the main matrices used in Ckmeans and kicks
 * off the divide and conquer cluster computation strategy
 *
 * @private
 * @param {Array<number>} data sorted array of values
 * @param {Array<Array<number>>} matrix
 * @param {Array<Array<number>>} backtrackMatrix
 */
function fillMatrices(data, matrix, backtrackMatrix) {
    var nValues = matrix[0].length;

    // Shift values by the median to improve numeric stability
    var shift = data[Math.floor(nValues / 2)];

    // Cumulative sum and cumulative sum of squares for all values in data array
    var sums = [];
    var sumsOfSquares = [];

    // Initialize first column in matrix & backtrackMatrix
    for (var i = 0, shiftedValue = (void 0); i < nValues; ++i) {
        shiftedValue = data[i] - shift;
        if (i === 0) {
            sums.push(shiftedValue);
            sumsOfSquares.push(shiftedValue * shiftedValue);
        } else {
            sums.push(sums[i - 1] + shiftedValue);
            sumsOfSquares.push(
                sumsOfSquares[i - 1] + shiftedValue * shiftedValue
            );
        }

        // Initialize for cluster = 0
        matrix[0][i] = ssq(0, i, sums, sumsOfSquares);
        backtrackMatrix[0][i] = 0;
    }

    // Initialize the rest of the columns
    var iMin;
    for (var cluster = 1; cluster < matrix.length; ++cluster) {
        if (cluster < matrix.length - 1) {
            iMin = cluster;
        } else {
            // No need to compute matrix[K-1][0] ... matrix[K-1][N-2]
            iMin = nValues - 1;
        }

        fillMatrixColumn(
            iMin,
            nValues - 1,
            cluster,
            matrix,
            backtrackMatrix,
            sums,
            sumsOfSquares
        );
    }
}

/**
 * Ckmeans clustering is an improvement on heuristic-based clustering
 * approaches like Jenks. The algorithm was developed in
 * [Haizhou Wang and Mingzhou Song](http://journal.r-project.org/archive/2011-2/RJournal_2011-2_Wang+Song.pdf)
 * as a [dynamic programming](https://en.wikipedia.org/wiki/Dynamic_programming) approach
 * to the problem of clustering numeric data into groups with the least
 * within-group sum-of-squared-deviations.
 *
 * Minimizing the difference within groups - what Wang & Song refer to as
 * `withinss`, or within sum-of-squares, means that groups are optimally
 * homogenous within and the data is split into representative groups.
 * This is very useful for visualization, where you may want to represent
 * a continuous variable in discrete color or style groups. This function
 * can provide groups that emphasize differences between data.
 *
 * Being a dynamic approach, this algorithm is based on two matrices that
 * store incrementally-computed values for squared deviations and backtracking
 * indexes.
 *
 * This implementation is based on Ckmeans 3.4.6, which introduced a new divide
 * and conquer approach that improved runtime from O(kn^2) to O(kn log(n)).
 *
 * Unlike the [original implementation](https://cran.r-project.org/web/packages/Ckmeans.1d.dp/index.html),
 * this implementation does not include any code to automatically determine
 * the optimal number of clusters: this information needs to be explicitly
 * provided.
 *
 * ### References
 * _Ckmeans.1d.dp: Optimal k-means Clustering in One Dimension by Dynamic
 * Programming_ Haizhou Wang and Mingzhou Song ISSN 2073-4859
 *
 * from The R Journal Vol. 3/2, December 2011
 * @param {Array<number>} x input data, as an array of number values
 * @param {number} nClusters number of desired classes. This cannot be
 * greater than the number of values in the data array.
 * @returns {Array<Array<number>>} clustered input
 * @throws {Error} if the number of requested clusters is higher than the size of the data
 * @example
 * ckmeans([-1, 2, -1, 2, 4, 5, 6, -1, 2, -1], 3);
 * // The input, clustered into groups of similar numbers.
 * //= [[-1, -1, -1, -1], [2, 2, 2], [4, 5, 6]]);
 */
function ckmeans(x, nClusters) {
    if (nClusters > x.length) {
        throw new Error(
            "cannot generate more classes than there are data values"
        );
    }

    var sorted = numericSort(x);
    // we'll use this as the maximum number of clusters
    var uniqueCount = uniqueCountSorted(sorted);

    // if all of the input values are identical, there's one cluster
    // with all of the input in it.
    if (uniqueCount === 1) {
        return [sorted];
    }

    // named 'S' originally
    var matrix = makeMatrix(nClusters, sorted.length);
    // named 'J' originally
    var backtrackMatrix = makeMatrix(nClusters, sorted.length);

    // This is a dynamic programming way to solve the problem of minimizing
    // within-cluster sum of squares. It's similar to linear regression
    // in this way, and this calculation incrementally computes the
    // sum of squares that are later read.
    fillMatrices(sorted, matrix, backtrackMatrix);

    // The real work of Ckmeans clustering happens in the matrix generation:
    // the generated matrices encode all possible clustering combinations, and
    // once they're generated we can solve for the best clustering groups
    // very quickly.
    var clusters = [];
    var clusterRight = backtrackMatrix[0].length - 1;

    // Backtrack the clusters from the dynamic programming matrix. This
    // starts at the bottom-right corner of the matrix (if the top-left is 0, 0),
    // and moves the cluster target with the loop.
    for (var cluster = backtrackMatrix.length - 1; cluster >= 0; cluster--) {
        var clusterLeft = backtrackMatrix[cluster][clusterRight];

        // fill the cluster from the sorted input by taking a slice of the
        // array. the backtrack matrix makes this easy - it stores the
        // indexes where the cluster should start and end.
        clusters[cluster] = sorted.slice(clusterLeft, clusterRight + 1);

        if (cluster > 0) {
            clusterRight = clusterLeft - 1;
        }
    }

    return clusters;
}

/**
 * Our default sum is the [Kahan-Babuska algorithm](https://pdfs.semanticscholar.org/1760/7d467cda1d0277ad272deb2113533131dc09.pdf).
 * This method is an improvement over the classical
 * [Kahan summation algorithm](https://en.wikipedia.org/wiki/Kahan_summation_algorithm).
 * It aims at computing the sum of a list of numbers while correcting for
 * floating-point errors. Traditionally, sums are calculated as many
 * successive additions, each one with its own floating-point roundoff. These
 * losses in precision add up as the number of numbers increases. This alternative
 * algorithm is more accurate than the simple way of calculating sums by simple
 * addition.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x input
 * @return {number} sum of all input numbers
 * @example
 * sum([1, 2, 3]); // => 6
 */
function sum(x) {
    // If the array is empty, we needn't bother computing its sum
    if (x.length === 0) {
        return 0;
    }

    // Initializing the sum as the first number in the array
    var sum = x[0];

    // Keeping track of the floating-point error correction
    var correction = 0;

    var transition;

    if (typeof sum !== "number") {
        return Number.NaN;
    }

    for (var i = 1; i < x.length; i++) {
        if (typeof x[i] !== "number") {
            return Number.NaN;
        }
        transition = sum + x[i];

        // Here we need to update the correction in a different fashion
        // if the new absolute value is greater than the absolute sum
        if (Math.abs(sum) >= Math.abs(x[i])) {
            correction += sum - transition + x[i];
        } else {
            correction += x[i] - transition + sum;
        }

        sum = transition;
    }

    // Returning the corrected sum
    return sum + correction;
}

/**
 * The mean, _also known as average_,
 * is the sum of all values over the number of values.
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x sample of one or more data points
 * @throws {Error} if the length of x is less than one
 * @returns {number} mean
 * @example
 * mean([0, 10]); // => 5
 */
function mean(x) {
    if (x.length === 0) {
        throw new Error("mean requires at least one data point");
    }

    return sum(x) / x.length;
}

/**
 * The sum of deviations to the Nth power.
 * When n=2 it's the sum of squared deviations.
 * When n=3 it's the sum of cubed deviations.
 *
 * @param {Array<number>} x
 * @param {number} n power
 * @returns {number} sum of nth power deviations
 *
 * @example
 * var input = [1, 2, 3];
 * // since the variance of a set is the mean squared
 * // deviations, we can calculate that with sumNthPowerDeviations:
 * sumNthPowerDeviations(input, 2) / input.length;
 */
function sumNthPowerDeviations(x, n) {
    var meanValue = mean(x);
    var sum = 0;
    var tempValue;
    var i;

    // This is an optimization: when n is 2 (we're computing a number squared),
    // multiplying the number by itself is significantly faster than using
    // the Math.pow method.
    if (n === 2) {
        for (i = 0; i < x.length; i++) {
            tempValue = x[i] - meanValue;
            sum += tempValue * tempValue;
        }
    } else {
        for (i = 0; i < x.length; i++) {
            sum += Math.pow(x[i] - meanValue, n);
        }
    }

    return sum;
}

/**
 * The [sample variance](https://en.wikipedia.org/wiki/Variance#Sample_variance)
 * is the sum of squared deviations from the mean. The sample variance
 * is distinguished from the variance by the usage of [Bessel's Correction](https://en.wikipedia.org/wiki/Bessel's_correction):
 * instead of dividing the sum of squared deviations by the length of the input,
 * it is divided by the length minus one. This corrects the bias in estimating
 * a value from a set that you don't know if full.
 *
 * References:
 * * [Wolfram MathWorld on Sample Variance](http://mathworld.wolfram.com/SampleVariance.html)
 *
 * @param {Array<number>} x a sample of two or more data points
 * @throws {Error} if the length of x is less than 2
 * @return {number} sample variance
 * @example
 * sampleVariance([1, 2, 3, 4, 5]); // => 2.5
 */
function sampleVariance(x) {
    if (x.length < 2) {
        throw new Error("sampleVariance requires at least two data points");
    }

    var sumSquaredDeviationsValue = sumNthPowerDeviations(x, 2);

    // this is Bessels' Correction: an adjustment made to sample statistics
    // that allows for the reduced degree of freedom entailed in calculating
    // values from samples rather than complete populations.
    var besselsCorrection = x.length - 1;

    // Find the mean value of that list
    return sumSquaredDeviationsValue / besselsCorrection;
}

/**
 * The [sample standard deviation](http://en.wikipedia.org/wiki/Standard_deviation#Sample_standard_deviation)
 * is the square root of the sample variance.
 *
 * @param {Array<number>} x input array
 * @returns {number} sample standard deviation
 * @example
 * sampleStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9]).toFixed(2);
 * // => '2.14'
 */
function sampleStandardDeviation(x) {
    var sampleVarianceX = sampleVariance(x);
    return Math.sqrt(sampleVarianceX);
}

/**
 * The`coefficient of variation`_ is the ratio of the standard deviation to the mean.
 * .._`coefficient of variation`: https://en.wikipedia.org/wiki/Coefficient_of_variation
 *
 *
 * @param {Array} x input
 * @returns {number} coefficient of variation
 * @example
 * coefficientOfVariation([1, 2, 3, 4]).toFixed(3); // => 0.516
 * coefficientOfVariation([1, 2, 3, 4, 5]).toFixed(3); // => 0.527
 * coefficientOfVariation([-1, 0, 1, 2, 3, 4]).toFixed(3); // => 1.247
 */
function coefficientOfVariation(x) {
    return sampleStandardDeviation(x) / mean(x);
}

/**
 * Implementation of Combinations
 * Combinations are unique subsets of a collection - in this case, k x from a collection at a time.
 * https://en.wikipedia.org/wiki/Combination
 * @param {Array} x any type of data
 * @param {int} k the number of objects in each group (without replacement)
 * @returns {Array<Array>} array of permutations
 * @example
 * combinations([1, 2, 3], 2); // => [[1,2], [1,3], [2,3]]
 */

function combinations(x, k) {
    if (k === 0) {
        return [[]];
    }

    var i;
    var subI;
    var combinationList = [];
    var subsetCombinations;
    var next;

    for (i = 0; i < x.length; i++) {
        if (k === 1) {
            combinationList.push([x[i]]);
        } else {
            subsetCombinations = combinations(x.slice(i + 1, x.length), k - 1);
            for (subI = 0; subI < subsetCombinations.length; subI++) {
                next = subsetCombinations[subI];
                next.unshift(x[i]);
                combinationList.push(next);
            }
        }
    }
    return combinationList;
}

/**
 * Implementation of [Combinations](https://en.wikipedia.org/wiki/Combination) with replacement
 * Combinations are unique subsets of a collection - in this case, k x from a collection at a time.
 * 'With replacement' means that a given element can be chosen multiple times.
 * Unlike permutation, order doesn't matter for combinations.
 *
 * @param {Array} x any type of data
 * @param {int} k the number of objects in each group (without replacement)
 * @returns {Array<Array>} array of permutations
 * @example
 * combinationsReplacement([1, 2], 2); // => [[1, 1], [1, 2], [2, 2]]
 */
function combinationsReplacement(x, k) {
    if (k === 0) {
        return [[]];
    }

    var combinationList = [];

    for (var i = 0; i < x.length; i++) {
        if (k === 1) {
            // If we're requested to find only one element, we don't need
            // to recurse: just push `x[i]` onto the list of combinations.
            combinationList.push([x[i]]);
        } else {
            // Otherwise, recursively find combinations, given `k - 1`. Note that
            // we request `k - 1`, so if you were looking for k=3 combinations, we're
            // requesting k=2. This -1 gets reversed in the for loop right after this
            // code, since we concatenate `x[i]` onto the selected combinations,
            // bringing `k` back up to your requested level.
            // This recursion may go many levels deep, since it only stops once
            // k=1.
            var subsetCombinations = combinationsReplacement(
                x.slice(i, x.length),
                k - 1
            );

            for (var j = 0; j < subsetCombinations.length; j++) {
                combinationList.push([x[i]].concat(subsetCombinations[j]));
            }
        }
    }

    return combinationList;
}

/**
 * When combining two lists of values for which one already knows the means,
 * one does not have to necessary recompute the mean of the combined lists in
 * linear time. They can instead use this function to compute the combined
 * mean by providing the mean & number of values of the first list and the mean
 * & number of values of the second list.
 *
 * @since 3.0.0
 * @param {number} mean1 mean of the first list
 * @param {number} n1 number of items in the first list
 * @param {number} mean2 mean of the second list
 * @param {number} n2 number of items in the second list
 * @returns {number} the combined mean
 *
 * @example
 * combineMeans(5, 3, 4, 3); // => 4.5
 */
function combineMeans(mean1, n1, mean2, n2) {
    return (mean1 * n1 + mean2 * n2) / (n1 + n2);
}

/**
 * When combining two lists of values for which one already knows the variances,
 * one does not have to necessary recompute the variance of the combined lists
 * in linear time. They can instead use this function to compute the combined
 * variance by providing the variance, mean & number of values of the first list
 * and the variance, mean & number of values of the second list.
 *
 * @since 3.0.0
 * @param {number} variance1 variance of the first list
 * @param {number} mean1 mean of the first list
 * @param {number} n1 number of items in the first list
 * @param {number} variance2 variance of the second list
 * @param {number} mean2 mean of the second list
 * @param {number} n2 number of items in the second list
 * @returns {number} the combined mean
 *
 * @example
 * combineVariances(14 / 3, 5, 3, 8 / 3, 4, 3); // => 47 / 12
 */
function combineVariances(variance1, mean1, n1, variance2, mean2, n2) {
    var newMean = combineMeans(mean1, n1, mean2, n2);

    return (
        (n1 * (variance1 + Math.pow(mean1 - newMean, 2)) +
            n2 * (variance2 + Math.pow(mean2 - newMean, 2))) /
        (n1 + n2)
    );
}

/**
 * This computes the maximum number in an array.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x sample of one or more data points
 * @returns {number} maximum value
 * @throws {Error} if the length of x is less than one
 * @example
 * max([1, 2, 3, 4]);
 * // => 4
 */
function max(x) {
    if (x.length === 0) {
        throw new Error("max requires at least one data point");
    }

    var value = x[0];
    for (var i = 1; i < x.length; i++) {
        if (x[i] > value) {
            value = x[i];
        }
    }
    return value;
}

/**
 * The min is the lowest number in the array.
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x sample of one or more data points
 * @throws {Error} if the length of x is less than one
 * @returns {number} minimum value
 * @example
 * min([1, 5, -10, 100, 2]); // => -10
 */
function min(x) {
    if (x.length === 0) {
        throw new Error("min requires at least one data point");
    }

    var value = x[0];
    for (var i = 1; i < x.length; i++) {
        if (x[i] < value) {
            value = x[i];
        }
    }
    return value;
}

/**
 * Given an array of x, this will find the extent of the
 * x and return an array of breaks that can be used
 * to categorize the x into a number of classes. The
 * returned array will always be 1 longer than the number of
 * classes because it includes the minimum value.
 *
 * @param {Array<number>} x an array of number values
 * @param {number} nClasses number of desired classes
 * @returns {Array<number>} array of class break positions
 * @example
 * equalIntervalBreaks([1, 2, 3, 4, 5, 6], 4); // => [1, 2.25, 3.5, 4.75, 6]
 */
function equalIntervalBreaks(x, nClasses) {
    if (x.length < 2) {
        return x;
    }

    var theMin = min(x);
    var theMax = max(x);

    // the first break will always be the minimum value
    // in the xset
    var breaks = [theMin];

    // The size of each break is the full range of the x
    // divided by the number of classes requested
    var breakSize = (theMax - theMin) / nClasses;

    // In the case of nClasses = 1, this loop won't run
    // and the returned breaks will be [min, max]
    for (var i = 1; i < nClasses; i++) {
        breaks.push(breaks[0] + breakSize * i);
    }

    // the last break will always be the
    // maximum.
    breaks.push(theMax);

    return breaks;
}

/**
 * This computes the minimum & maximum number in an array.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x sample of one or more data points
 * @returns {Array<number>} minimum & maximum value
 * @throws {Error} if the length of x is less than one
 * @example
 * extent([1, 2, 3, 4]);
 * // => [1, 4]
 */
function extent(x) {
    if (x.length === 0) {
        throw new Error("extent requires at least one data point");
    }

    var min = x[0];
    var max = x[0];
    for (var i = 1; i < x.length; i++) {
        if (x[i] > max) {
            max = x[i];
        }
        if (x[i] < min) {
            min = x[i];
        }
    }
    return [min, max];
}

/**
 * The extent is the lowest & highest number in the array. With a sorted array,
 * the first element in the array is always the lowest while the last element is always the largest, so this calculation
 * can be done in one step, or constant time.
 *
 * @param {Array<number>} x input
 * @returns {Array<number>} minimum & maximum value
 * @example
 * extentSorted([-100, -10, 1, 2, 5]); // => [-100, 5]
 */
function extentSorted(x) {
    return [x[0], x[x.length - 1]];
}

/**
 * The [Geometric Mean](https://en.wikipedia.org/wiki/Geometric_mean) is
 * a mean function that is more useful for numbers in different
 * ranges.
 *
 * This is the nth root of the input numbers multiplied by each other.
 *
 * The geometric mean is often useful for
 * **[proportional growth](https://en.wikipedia.org/wiki/Geometric_mean#Proportional_growth)**: given
 * growth rates for multiple years, like _80%, 16.66% and 42.85%_, a simple
 * mean will incorrectly estimate an average growth rate, whereas a geometric
 * mean will correctly estimate a growth rate that, over those years,
 * will yield the same end value.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x sample of one or more data points
 * @returns {number} geometric mean
 * @throws {Error} if x is empty
 * @throws {Error} if x contains a negative number
 * @example
 * var growthRates = [1.80, 1.166666, 1.428571];
 * var averageGrowth = ss.geometricMean(growthRates);
 * var averageGrowthRates = [averageGrowth, averageGrowth, averageGrowth];
 * var startingValue = 10;
 * var startingValueMean = 10;
 * growthRates.forEach(function(rate) {
 *   startingValue *= rate;
 * });
 * averageGrowthRates.forEach(function(rate) {
 *   startingValueMean *= rate;
 * });
 * startingValueMean === startingValue;
 */
function geometricMean(x) {
    if (x.length === 0) {
        throw new Error("geometricMean requires at least one data point");
    }

    // the starting value.
    var value = 1;

    for (var i = 0; i < x.length; i++) {
        // the geometric mean is only valid for positive numbers
        if (x[i] < 0) {
            throw new Error(
                "geometricMean requires only non-negative numbers as input"
            );
        }

        // repeatedly multiply the value by each number
        value *= x[i];
    }

    return Math.pow(value, 1 / x.length);
}

/**
 * The [Harmonic Mean](https://en.wikipedia.org/wiki/Harmonic_mean) is
 * a mean function typically used to find the average of rates.
 * This mean is calculated by taking the reciprocal of the arithmetic mean
 * of the reciprocals of the input numbers.
 *
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x sample of one or more data points
 * @returns {number} harmonic mean
 * @throws {Error} if x is empty
 * @throws {Error} if x contains a negative number
 * @example
 * harmonicMean([2, 3]).toFixed(2) // => '2.40'
 */
function harmonicMean(x) {
    if (x.length === 0) {
        throw new Error("harmonicMean requires at least one data point");
    }

    var reciprocalSum = 0;

    for (var i = 0; i < x.length; i++) {
        // the harmonic mean is only valid for positive numbers
        if (x[i] <= 0) {
            throw new Error(
                "harmonicMean requires only positive numbers as input"
            );
        }

        reciprocalSum += 1 / x[i];
    }

    // divide n by the reciprocal sum
    return x.length / reciprocalSum;
}

/**
 * This is the internal implementation of quantiles: when you know
 * that the order is sorted, you don't need to re-sort it, and the computations
 * are faster.
 *
 * This implements the linear interpolation method (type=7 in R/numpy),
 * which is the default in numpy.percentile and R's quantile.
 *
 * @param {Array<number>} x sample of one or more data points
 * @param {number} p desired quantile: a number between 0 to 1, inclusive
 * @returns {number} quantile value
 * @throws {Error} if p ix outside of the range from 0 to 1
 * @throws {Error} if x is empty
 * @example
 * quantileSorted([3, 6, 7, 8, 8, 9, 10, 13, 15, 16, 20], 0.5); // => 9
 */
function quantileSorted(x, p) {
    // Use (n-1) * p for index, matching numpy's linear method (type=7)
    var idx = (x.length - 1) * p;
    if (x.length === 0) {
        throw new Error("quantile requires at least one data point.");
    } else if (p < 0 || p > 1) {
        throw new Error("quantiles must be between 0 and 1");
    } else if (p === 1) {
        // If p is 1, directly return the last element
        return x[x.length - 1];
    } else if (p === 0) {
        // If p is 0, directly return the first element
        return x[0];
    } else if (idx % 1 !== 0) {
        // If idx is not integer, interpolate linearly between floor and ceil
        var lower = Math.floor(idx);
        var upper = Math.ceil(idx);
        var fraction = idx - lower;
        return x[lower] + fraction * (x[upper] - x[lower]);
    } else {
        // If idx is integer, type=7 returns the value at that index
        return x[idx];
    }
}

/**
 * Rearrange items in `arr` so that all items in `[left, k]` range are the smallest.
 * The `k`-th element will have the `(k - left + 1)`-th smallest value in `[left, right]`.
 *
 * Implements Floyd-Rivest selection algorithm https://en.wikipedia.org/wiki/Floyd-Rivest_algorithm
 *
 * @param {Array<number>} arr input array
 * @param {number} k pivot index
 * @param {number} [left] left index
 * @param {number} [right] right index
 * @returns {void} mutates input array
 * @example
 * var arr = [65, 28, 59, 33, 21, 56, 22, 95, 50, 12, 90, 53, 28, 77, 39];
 * quickselect(arr, 8);
 * // = [39, 28, 28, 33, 21, 12, 22, 50, 53, 56, 59, 65, 90, 77, 95]
 */
function quickselect(arr, k, left, right) {
    left = left || 0;
    right = right || arr.length - 1;

    while (right > left) {
        // 600 and 0.5 are arbitrary constants chosen in the original paper to minimize execution time
        if (right - left > 600) {
            var n = right - left + 1;
            var m = k - left + 1;
            var z = Math.log(n);
            var s = 0.5 * Math.exp((2 * z) / 3);
            var sd = 0.5 * Math.sqrt((z * s * (n - s)) / n);
            if (m - n / 2 < 0) { sd *= -1; }
            var newLeft = Math.max(left, Math.floor(k - (m * s) / n + sd));
            var newRight = Math.min(
                right,
                Math.floor(k + ((n - m) * s) / n + sd)
            );
            quickselect(arr, k, newLeft, newRight);
        }

        var t = arr[k];
        var i = left;
        var j = right;

        swap(arr, left, k);
        if (arr[right] > t) { swap(arr, left, right); }

        while (i < j) {
            swap(arr, i, j);
            i++;
            j--;
            while (arr[i] < t) { i++; }
            while (arr[j] > t) { j--; }
        }

        if (arr[left] === t) { swap(arr, left, j); }
        else {
            j++;
            swap(arr, j, right);
        }

        if (j <= k) { left = j + 1; }
        if (k <= j) { right = j - 1; }
    }
}

function swap(arr, i, j) {
    var tmp = arr[i];
    arr[i] = arr[j];
    arr[j] = tmp;
}

/**
 * The [quantile](https://en.wikipedia.org/wiki/Quantile):
 * this is a population quantile, since we assume to know the entire
 * dataset in this library. This implementation uses linear interpolation,
 * equivalent to R's type=7 and numpy's default percentile method.
 *
 * Sample is a one-dimensional array of numbers,
 * and p is either a decimal number from 0 to 1 or an array of decimal
 * numbers from 0 to 1.
 * In terms of a k/q quantile, p = k/q - it's just dealing with fractions or dealing
 * with decimal values.
 * When p is an array, the result of the function is also an array containing the appropriate
 * quantiles in input order
 *
 * @param {Array<number>} x sample of one or more numbers
 * @param {Array<number> | number} p the desired quantile, as a number between 0 and 1
 * @returns {number} quantile
 * @example
 * quantile([3, 6, 7, 8, 8, 9, 10, 13, 15, 16, 20], 0.5); // => 9
 */
function quantile(x, p) {
    var copy = x.slice();

    if (Array.isArray(p)) {
        // rearrange elements so that each element corresponding to a requested
        // quantile is on a place it would be if the array was fully sorted
        multiQuantileSelect(copy, p);
        // Initialize the result array
        var results = [];
        // For each requested quantile
        for (var i = 0; i < p.length; i++) {
            results[i] = quantileSorted(copy, p[i]);
        }
        return results;
    } else {
        var idx = quantileIndex(copy.length, p);
        quantileSelect(copy, idx, 0, copy.length - 1);
        return quantileSorted(copy, p);
    }
}

function quantileSelect(arr, k, left, right) {
    if (k % 1 === 0) {
        quickselect(arr, k, left, right);
    } else {
        k = Math.floor(k);
        quickselect(arr, k, left, right);
        quickselect(arr, k + 1, k + 1, right);
    }
}

function multiQuantileSelect(arr, p) {
    // Collect every integer order statistic that the requested quantiles need.
    // Linear interpolation (type=7) reads x[floor(idx)] and x[ceil(idx)], so both
    // surrounding positions must be placed. Deduplicate to integer positions
    // so each is selected with an unambiguous index.
    var positions = new Set();
    for (var i = 0; i < p.length; i++) {
        var idx = quantileIndex(arr.length, p[i]);
        positions.add(Math.floor(idx));
        positions.add(Math.ceil(idx));
    }
    var indices = Array.from(positions).sort(compare);

    multiselect(arr, indices, 0, indices.length - 1, 0, arr.length - 1);
}

// Place every order statistic in `indices` by partitioning around the median
// requested position, then recursing into the two halves. The just-placed pivot
// is excluded from the child ranges (indices[mid] ± 1) so that a later, narrower
// quickselect cannot disturb an already-finalized position.
function multiselect(arr, indices, lo, hi, left, right) {
    if (lo > hi) { return; }
    var mid = (lo + hi) >> 1;
    quickselect(arr, indices[mid], left, right);
    multiselect(arr, indices, lo, mid - 1, left, indices[mid] - 1);
    multiselect(arr, indices, mid + 1, hi, indices[mid] + 1, right);
}

function compare(a, b) {
    return a - b;
}

function quantileIndex(len, p) {
    // Use (n-1) * p to match numpy's linear method (type=7)
    var idx = (len - 1) * p;
    if (p === 1) {
        // If p is 1, directly return the last index
        return len - 1;
    } else if (p === 0) {
        // If p is 0, directly return the first index
        return 0;
    } else if (idx % 1 !== 0) {
        // If index is not integer, keep the fractional position so we can
        // select both surrounding order statistics for interpolation.
        return idx;
    } else {
        // If index is integer, return that exact position.
        return idx;
    }
}

/**
 * The [Interquartile range](http://en.wikipedia.org/wiki/Interquartile_range) is
 * a measure of statistical dispersion, or how scattered, spread, or
 * concentrated a distribution is. It's computed as the difference between
 * the third quartile and first quartile.
 *
 * @param {Array<number>} x sample of one or more numbers
 * @returns {number} interquartile range: the span between lower and upper quartile,
 * 0.25 and 0.75
 * @example
 * interquartileRange([0, 1, 2, 3]); // => 1.5
 */
function interquartileRange(x) {
    // Interquartile range is the span between the upper quartile,
    // at `0.75`, and lower quartile, `0.25`
    var q1 = quantile(x, 0.75);
    var q2 = quantile(x, 0.25);

    if (typeof q1 === "number" && typeof q2 === "number") {
        return q1 - q2;
    }
}

/*
 * Pull Breaks Values for Jenks
 *
 * the second part of the jenks recipe: take the calculated matrices
 * and derive an array of n breaks.
 *
 * @private
 */
function jenksBreaks(data, lowerClassLimits, nClasses) {
    var k = data.length;
    var kclass = [];
    var countNum = nClasses;

    // the calculation of classes will never include the upper
    // bound, so we need to explicitly set it
    kclass[nClasses] = data[data.length - 1];

    // the lowerClassLimits matrix is used as indices into itself
    // here: the `k` variable is reused in each iteration.
    while (countNum > 0) {
        kclass[countNum - 1] = data[lowerClassLimits[k][countNum] - 1];
        k = lowerClassLimits[k][countNum] - 1;
        countNum--;
    }

    return kclass;
}

/*
 * Compute Matrices for Jenks
 *
 * Compute the matrices required for Jenks breaks. These matrices
 * can be used for any classing of data with `classes <= nClasses`
 *
 * @private
 */
function jenksMatrices(data, nClasses) {
    // in the original implementation, these matrices are referred to
    // as `LC` and `OP`
    //
    // * lowerClassLimits (LC): optimal lower class limits
    // * varianceCombinations (OP): optimal variance combinations for all classes
    var lowerClassLimits = [];
    var varianceCombinations = [];
    // loop counters
    var i;
    var j;
    // the variance, as computed at each step in the calculation
    var variance = 0;

    // Initialize and fill each matrix with zeroes
    for (i = 0; i < data.length + 1; i++) {
        var tmp1 = [];
        var tmp2 = [];
        // despite these arrays having the same values, we need
        // to keep them separate so that changing one does not change
        // the other
        for (j = 0; j < nClasses + 1; j++) {
            tmp1.push(0);
            tmp2.push(0);
        }
        lowerClassLimits.push(tmp1);
        varianceCombinations.push(tmp2);
    }

    for (i = 1; i < nClasses + 1; i++) {
        lowerClassLimits[1][i] = 1;
        varianceCombinations[1][i] = 0;
        // in the original implementation, 9999999 is used but
        // since Javascript has `Infinity`, we use that.
        for (j = 2; j < data.length + 1; j++) {
            varianceCombinations[j][i] = Number.POSITIVE_INFINITY;
        }
    }

    // Shift values by the median to improve numeric stability
    var shift = data[Math.floor(data.length / 2)];

    for (var l = 2; l < data.length + 1; l++) {
        // `SZ` originally. this is the sum of the values seen thus
        // far when calculating variance.
        var sum = 0;
        // `ZSQ` originally. the sum of squares of values seen
        // thus far
        var sumSquares = 0;
        // `WT` originally. This is the number of
        var w = 0;
        // `IV` originally
        var i4 = 0;

        // in several instances, you could say `Math.pow(x, 2)`
        // instead of `x * x`, but this is slower in some browsers
        // introduces an unnecessary concept.
        for (var m = 1; m < l + 1; m++) {
            // `III` originally
            var lowerClassLimit = l - m + 1;
            var val = data[lowerClassLimit - 1] - shift;

            // here we're estimating variance for each potential classing
            // of the data, for each potential number of classes. `w`
            // is the number of data points considered so far.
            w++;

            // increase the current sum and sum-of-squares
            sum += val;
            sumSquares += val * val;

            // the variance at this point in the sequence is the difference
            // between the sum of squares and the total x 2, over the number
            // of samples.
            variance = sumSquares - (sum * sum) / w;

            i4 = lowerClassLimit - 1;

            if (i4 !== 0) {
                for (j = 2; j < nClasses + 1; j++) {
                    // if adding this element to an existing class
                    // will increase its variance beyond the limit, break
                    // the class at this point, setting the `lowerClassLimit`
                    // at this point.
                    if (
                        varianceCombinations[l][j] >=
                        variance + varianceCombinations[i4][j - 1]
                    ) {
                        lowerClassLimits[l][j] = lowerClassLimit;
                        varianceCombinations[l][j] =
                            variance + varianceCombinations[i4][j - 1];
                    }
                }
            }
        }

        lowerClassLimits[l][1] = 1;
        varianceCombinations[l][1] = variance;
    }

    // return the two matrices. for just providing breaks, only
    // `lowerClassLimits` is needed, but variances can be useful to
    // evaluate goodness of fit.
    return {
        lowerClassLimits: lowerClassLimits,
        varianceCombinations: varianceCombinations
    };
}

/**
 * The **[jenks natural breaks optimization](http://en.wikipedia.org/wiki/Jenks_natural_breaks_optimization)**
 * is an algorithm commonly used in cartography and visualization to decide
 * upon groupings of data values that minimize variance within themselves
 * and maximize variation between themselves.
 *
 * For instance, cartographers often use jenks in order to choose which
 * values are assigned to which colors in a [choropleth](https://en.wikipedia.org/wiki/Choropleth_map)
 * map.
 *
 * @param {Array<number>} data input data, as an array of number values
 * @param {number} nClasses number of desired classes
 * @returns {Array<number> | null} array of class break positions, or null
 * when nClasses is greater than the number of data points
 * @example
 * // split data into 3 break points
 * jenks([1, 2, 4, 5, 7, 9, 10, 20], 3) // = [1, 7, 20, 20]
 */
function jenks(data, nClasses) {
    if (nClasses > data.length) {
        return null;
    }

    // sort data in numerical order, since this is expected
    // by the matrices function
    data = data.slice().sort(function (a, b) {
        return a - b;
    });

    // get our basic matrices
    var matrices = jenksMatrices(data, nClasses);
    // we only need lower class limits here
    var lowerClassLimits = matrices.lowerClassLimits;

    // extract nClasses out of the computed matrices
    return jenksBreaks(data, lowerClassLimits, nClasses);
}

/**
 * [Simple linear regression](http://en.wikipedia.org/wiki/Simple_linear_regression)
 * is a simple way to find a fitted line
 * between a set of coordinates. This algorithm finds the slope and y-intercept of a regression line
 * using the least sum of squares.
 *
 * @param {Array<Array<number>>} data an array of two-element of arrays,
 * like `[[0, 1], [2, 3]]`
 * @returns {Object} object containing slope and intersect of regression line
 * @example
 * linearRegression([[0, 0], [1, 1]]); // => { m: 1, b: 0 }
 */
function linearRegression(data) {
    var m;
    var b;

    // Store data length in a local variable to reduce
    // repeated object property lookups
    var dataLength = data.length;

    //if there's only one point, arbitrarily choose a slope of 0
    //and a y-intercept of whatever the y of the initial point is
    if (dataLength === 1) {
        m = 0;
        b = data[0][1];
    } else {
        // The means of x and y. Centering on them before accumulating the
        // cross products keeps the sums small when the coordinates are not,
        // which is what `weightedLinearRegression` already does.
        var sumX = 0;
        var sumY = 0;
        for (var i = 0; i < dataLength; i++) {
            sumX += data[i][0];
            sumY += data[i][1];
        }
        var meanX = sumX / dataLength;
        var meanY = sumY / dataLength;

        var sumXY = 0;
        var sumXX = 0;
        for (var i$1 = 0; i$1 < dataLength; i$1++) {
            var deviationX = data[i$1][0] - meanX;
            sumXY += deviationX * (data[i$1][1] - meanY);
            sumXX += deviationX * deviationX;
        }

        // `m` is the slope of the regression line, `b` its y-intercept.
        m = sumXY / sumXX;
        b = meanY - m * meanX;
    }

    // Return both values as an object.
    return {
        m: m,
        b: b
    };
}

/**
 * Given the output of `linearRegression`: an object
 * with `m` and `b` values indicating slope and intercept,
 * respectively, generate a line function that translates
 * x values into y values.
 *
 * @param {Object} mb object with `m` and `b` members, representing
 * slope and intersect of desired line
 * @returns {Function} method that computes y-value at any given
 * x-value on the line.
 * @example
 * var l = linearRegressionLine(linearRegression([[0, 0], [1, 1]]));
 * l(0) // = 0
 * l(2) // = 2
 * linearRegressionLine({ b: 0, m: 1 })(1); // => 1
 * linearRegressionLine({ b: 1, m: 1 })(1); // => 2
 */
function linearRegressionLine(mb /*: { b: number, m: number }*/) {
    // Return a function that computes a `y` value for each
    // x value it is given, based on the values of `b` and `a`
    // that we just computed.
    return function (x) {
        return mb.b + mb.m * x;
    };
}

/**
 * The [log average](https://en.wikipedia.org/wiki/https://en.wikipedia.org/wiki/Geometric_mean#Relationship_with_logarithms)
 * is an equivalent way of computing the geometric mean of an array suitable for large or small products.
 *
 * It's found by calculating the average logarithm of the elements and exponentiating.
 *
 * @param {Array<number>} x sample of one or more data points
 * @returns {number} geometric mean
 * @throws {Error} if x is empty
 * @throws {Error} if x contains a negative number
 */
function logAverage(x) {
    if (x.length === 0) {
        throw new Error("logAverage requires at least one data point");
    }

    var value = 0;
    for (var i = 0; i < x.length; i++) {
        if (x[i] < 0) {
            throw new Error(
                "logAverage requires only non-negative numbers as input"
            );
        }
        value += Math.log(x[i]);
    }

    return Math.exp(value / x.length);
}

/**
 * The maximum is the highest number in the array. With a sorted array,
 * the last element in the array is always the largest, so this calculation
 * can be done in one step, or constant time.
 *
 * @param {Array<number>} x input
 * @returns {number} maximum value
 * @example
 * maxSorted([-100, -10, 1, 2, 5]); // => 5
 */
function maxSorted(x) {
    return x[x.length - 1];
}

/**
 * The simple [sum](https://en.wikipedia.org/wiki/Summation) of an array
 * is the result of adding all numbers together, starting from zero.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x input
 * @return {number} sum of all input numbers
 * @example
 * sumSimple([1, 2, 3]); // => 6
 */
function sumSimple(x) {
    var value = 0;
    for (var i = 0; i < x.length; i++) {
        if (typeof x[i] !== "number") {
            return Number.NaN;
        }
        value += x[i];
    }
    return value;
}

/**
 * The mean, _also known as average_,
 * is the sum of all values over the number of values.
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * The simple mean uses the successive addition method internally
 * to calculate it's result. Errors in floating-point addition are
 * not accounted for, so if precision is required, the standard {@link mean}
 * method should be used instead.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 *
 * @param {Array<number>} x sample of one or more data points
 * @throws {Error} if the length of x is less than one
 * @returns {number} mean
 * @example
 * mean([0, 10]); // => 5
 */
function meanSimple(x) {
    if (x.length === 0) {
        throw new Error("meanSimple requires at least one data point");
    }

    return sumSimple(x) / x.length;
}

/**
 * The [median](http://en.wikipedia.org/wiki/Median) is
 * the middle number of a list. This is often a good indicator of 'the middle'
 * when there are outliers that skew the `mean()` value.
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * The median isn't necessarily one of the elements in the list: the value
 * can be the average of two elements if the list has an even length
 * and the two central values are different.
 *
 * @param {Array<number>} x input
 * @returns {number} median value
 * @example
 * median([10, 2, 5, 100, 2, 1]); // => 3.5
 */
function median(x) {
    return +quantile(x, 0.5);
}

/**
 * The [Median Absolute Deviation](http://en.wikipedia.org/wiki/Median_absolute_deviation) is
 * a robust measure of statistical
 * dispersion. It is more resilient to outliers than the standard deviation.
 *
 * @param {Array<number>} x input array
 * @returns {number} median absolute deviation
 * @example
 * medianAbsoluteDeviation([1, 1, 2, 2, 4, 6, 9]); // => 1
 */
function medianAbsoluteDeviation(x) {
    var medianValue = median(x);
    var medianAbsoluteDeviations = [];

    // Make a list of absolute deviations from the median
    for (var i = 0; i < x.length; i++) {
        medianAbsoluteDeviations.push(Math.abs(x[i] - medianValue));
    }

    // Find the median value of that list
    return median(medianAbsoluteDeviations);
}

/**
 * The [median](http://en.wikipedia.org/wiki/Median) is
 * the middle number of a list. This is often a good indicator of 'the middle'
 * when there are outliers that skew the `mean()` value.
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * The median isn't necessarily one of the elements in the list: the value
 * can be the average of two elements if the list has an even length
 * and the two central values are different.
 *
 * @param {Array<number>} sorted input
 * @returns {number} median value
 * @example
 * medianSorted([10, 2, 5, 100, 2, 1]); // => 52.5
 */
function medianSorted(sorted) {
    return quantileSorted(sorted, 0.5);
}

/**
 * The minimum is the lowest number in the array. With a sorted array,
 * the first element in the array is always the smallest, so this calculation
 * can be done in one step, or constant time.
 *
 * @param {Array<number>} x input
 * @returns {number} minimum value
 * @example
 * minSorted([-100, -10, 1, 2, 5]); // => -100
 */
function minSorted(x) {
    return x[0];
}

/**
 * The [mode](https://en.wikipedia.org/wiki/Mode_%28statistics%29) is the number
 * that appears in a list the highest number of times.
 * There can be multiple modes in a list. This algorithm expects sorted input,
 * so equal values are adjacent and a tie resolves to the smallest of the tied
 * values. `modeFast` breaks ties differently, returning whichever tied value
 * reaches the highest count first.
 *
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * This runs in `O(n)` because the input is sorted.
 *
 * @param {Array<number>} sorted a sample of one or more data points
 * @returns {number} mode
 * @throws {Error} if sorted is empty
 * @example
 * modeSorted([0, 0, 1]); // => 0
 */
function modeSorted(sorted) {
    // Handle edge cases:
    // The mode of an empty list is undefined
    if (sorted.length === 0) {
        throw new Error("mode requires at least one data point");
    }
    if (sorted.length === 1) {
        return sorted[0];
    }

    // This assumes it is dealing with an array of size > 1, since size
    // 0 and 1 are handled immediately. Hence it starts at index 1 in the
    // array.
    var last = sorted[0];
    // store the mode as we find new modes
    var value = Number.NaN;
    // store how many times we've seen the mode
    var maxSeen = 0;
    // how many times the current candidate for the mode
    // has been seen
    var seenThis = 1;

    // end at sorted.length + 1 to fix the case in which the mode is
    // the highest number that occurs in the sequence. the last iteration
    // compares sorted[i], which is undefined, to the highest number
    // in the series
    for (var i = 1; i < sorted.length + 1; i++) {
        // we're seeing a new number pass by
        if (sorted[i] !== last) {
            // the last number is the new mode since we saw it more
            // often than the old one
            if (seenThis > maxSeen) {
                maxSeen = seenThis;
                value = last;
            }
            seenThis = 1;
            last = sorted[i];
            // if this isn't a new number, it's one more occurrence of
            // the potential mode
        } else {
            seenThis++;
        }
    }
    return value;
}

/**
 * The [mode](https://en.wikipedia.org/wiki/Mode_%28statistics%29) is the number
 * that appears in a list the highest number of times.
 * There can be multiple modes in a list. This algorithm sorts its input, so a
 * tie resolves to the smallest of the tied values regardless of the order they
 * appeared in. `modeFast` breaks ties differently, returning whichever tied
 * value reaches the highest count first.
 *
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * This runs in `O(n log(n))` because it needs to sort the array internally
 * before running an `O(n)` search to find the mode.
 *
 * @param {Array<number>} x input
 * @returns {number} mode
 * @example
 * mode([0, 0, 1]); // => 0
 */
function mode(x) {
    // Sorting the array lets us iterate through it below and be sure
    // that every time we see a new number it's new and we'll never
    // see the same number twice
    return modeSorted(numericSort(x));
}

/* globals Map: false */

/**
 * The [mode](https://en.wikipedia.org/wiki/Mode_%28statistics%29) is the number
 * that appears in a list the highest number of times.
 * There can be multiple modes in a list. This algorithm walks the input in
 * order, so a tie resolves to whichever tied value reaches the highest count
 * first. `mode` and `modeSorted` break ties differently, returning the
 * smallest of the tied values.
 *
 * modeFast uses a Map object to keep track of the mode, instead of the approach
 * used with `mode`, a sorted array. As a result, it is faster
 * than `mode` and supports any data type that can be compared with `==`.
 * It also requires a
 * [JavaScript environment with support for Map](https://kangax.github.io/compat-table/es6/#test-Map),
 * and will throw an error if Map is not available.
 *
 * This is a [measure of central tendency](https://en.wikipedia.org/wiki/Central_tendency):
 * a method of finding a typical or central value of a set of numbers.
 *
 * @param {Array<*>} x a sample of one or more data points
 * @returns {?*} mode
 * @throws {ReferenceError} if the JavaScript environment doesn't support Map
 * @throws {Error} if x is empty
 * @example
 * modeFast(['rabbits', 'rabbits', 'squirrels']); // => 'rabbits'
 */
function modeFast(x) {
    // This index will reflect the incidence of different values, indexing
    // them like
    // { value: count }
    var index = new Map();

    // A running `mode` and the number of times it has been encountered.
    var mode;
    var modeCount = 0;

    for (var i = 0; i < x.length; i++) {
        var newCount = index.get(x[i]);
        if (newCount === undefined) {
            newCount = 1;
        } else {
            newCount++;
        }
        if (newCount > modeCount) {
            mode = x[i];
            modeCount = newCount;
        }
        index.set(x[i], newCount);
    }

    if (modeCount === 0) {
        throw new Error("mode requires at last one data point");
    }

    return mode;
}

/**
 * Implementation of [Heap's Algorithm](https://en.wikipedia.org/wiki/Heap%27s_algorithm)
 * for generating permutations.
 *
 * @param {Array} elements any type of data
 * @returns {Array<Array>} array of permutations
 */
function permutationsHeap(elements) {
    var indexes = new Array(elements.length);
    var permutations = [elements.slice()];

    for (var i = 0; i < elements.length; i++) {
        indexes[i] = 0;
    }

    for (var i$1 = 0; i$1 < elements.length; ) {
        if (indexes[i$1] < i$1) {
            // At odd indexes, swap from indexes[i] instead
            // of from the beginning of the array
            var swapFrom = 0;
            if (i$1 % 2 !== 0) {
                swapFrom = indexes[i$1];
            }

            // swap between swapFrom and i, using
            // a temporary variable as storage.
            var temp = elements[swapFrom];
            elements[swapFrom] = elements[i$1];
            elements[i$1] = temp;

            permutations.push(elements.slice());
            indexes[i$1]++;
            i$1 = 0;
        } else {
            indexes[i$1] = 0;
            i$1++;
        }
    }

    return permutations;
}

/**
 * The [product](https://en.wikipedia.org/wiki/Product_(mathematics)) of an array
 * is the result of multiplying all numbers together, starting using one as the multiplicative identity.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x input
 * @return {number} product of all input numbers
 * @example
 * product([1, 2, 3, 4]); // => 24
 */
function product(x) {
    var value = 1;
    for (var i = 0; i < x.length; i++) {
        value *= x[i];
    }
    return value;
}

/* eslint no-bitwise: 0 */

/**
 * This function returns the quantile in which one would find the given value in
 * the given array. With a sorted array, leveraging binary search, we can find
 * this information in logarithmic time.
 *
 * @param {Array<number>} x input
 * @param {number} value the value for which to find the quantile rank
 * @returns {number} the quantile rank
 * @example
 * quantileRankSorted([1, 2, 3, 4], 3); // => 0.75
 * quantileRankSorted([1, 2, 3, 3, 4], 3); // => 0.7
 * quantileRankSorted([1, 2, 3, 4], 6); // => 1
 * quantileRankSorted([1, 2, 3, 3, 5], 4); // => 0.8
 */
function quantileRankSorted(x, value) {
    // Value is lesser than any value in the array
    if (value < x[0]) {
        return 0;
    }

    // Value is greater than any value in the array
    if (value > x[x.length - 1]) {
        return 1;
    }

    var l = lowerBound(x, value);

    // Value is not in the array
    if (x[l] !== value) {
        return l / x.length;
    }

    l++;

    var u = upperBound(x, value);

    // The value exists only once in the array
    if (u === l) {
        return l / x.length;
    }

    // Here, we are basically computing the mean of the range of indices
    // containing our searched value. But, instead, of initializing an
    // array and looping over it, there is a dedicated math formula that
    // we apply below to get the result.
    var r = u - l + 1;
    var sum = (r * (u + l)) / 2;
    var mean = sum / r;

    return mean / x.length;
}

function lowerBound(x, value) {
    var mid = 0;
    var lo = 0;
    var hi = x.length;

    while (lo < hi) {
        mid = (lo + hi) >>> 1;

        if (value <= x[mid]) {
            hi = mid;
        } else {
            lo = -~mid;
        }
    }

    return lo;
}

function upperBound(x, value) {
    var mid = 0;
    var lo = 0;
    var hi = x.length;

    while (lo < hi) {
        mid = (lo + hi) >>> 1;

        if (value >= x[mid]) {
            lo = -~mid;
        } else {
            hi = mid;
        }
    }

    return lo;
}

/**
 * This function returns the quantile in which one would find the given value in
 * the given array. It will copy and sort your array before each run, so
 * if you know your array is already sorted, you should use `quantileRankSorted`
 * instead.
 *
 * @param {Array<number>} x input
 * @param {number} value the value for which to find the quantile rank
 * @returns {number} the quantile rank
 * @example
 * quantileRank([4, 3, 1, 2], 3); // => 0.75
 * quantileRank([4, 3, 2, 3, 1], 3); // => 0.7
 * quantileRank([2, 4, 1, 3], 6); // => 1
 * quantileRank([5, 3, 1, 2, 3], 4); // => 0.8
 */
function quantileRank(x, value) {
    // Cloning and sorting the array
    var sortedCopy = numericSort(x);

    return quantileRankSorted(sortedCopy, value);
}

/**
 * The [R Squared](http://en.wikipedia.org/wiki/Coefficient_of_determination)
 * value of data compared with a function `f`
 * is the sum of the squared differences between the prediction
 * and the actual value.
 *
 * @param {Array<Array<number>>} x input data: this should be doubly-nested
 * @param {Function} func function called on `[i][0]` values within the dataset
 * @returns {number} r-squared value
 * @example
 * var samples = [[0, 0], [1, 1]];
 * var regressionLine = linearRegressionLine(linearRegression(samples));
 * rSquared(samples, regressionLine); // = 1 this line is a perfect fit
 */
function rSquared(x, func) {
    if (x.length < 2) {
        return 1;
    }

    // Compute the average y value for the actual
    // data set in order to compute the
    // _total sum of squares_
    var sum = 0;
    for (var i = 0; i < x.length; i++) {
        sum += x[i][1];
    }
    var average = sum / x.length;

    // Compute the total sum of squares - the
    // squared difference between each point
    // and the average of all points.
    var sumOfSquares = 0;
    for (var j = 0; j < x.length; j++) {
        sumOfSquares += Math.pow(average - x[j][1], 2);
    }

    // Finally estimate the error: the squared
    // difference between the estimate and the actual data
    // value at each point.
    var err = 0;
    for (var k = 0; k < x.length; k++) {
        err += Math.pow(x[k][1] - func(x[k][0]), 2);
    }

    // As the error grows larger, its ratio to the
    // sum of squares increases and the r squared
    // value grows lower.
    return 1 - err / sumOfSquares;
}

/**
 * The Root Mean Square (RMS) is
 * a mean function used as a measure of the magnitude of a set
 * of numbers, regardless of their sign.
 * This is the square root of the mean of the squares of the
 * input numbers.
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x a sample of one or more data points
 * @returns {number} root mean square
 * @throws {Error} if x is empty
 * @example
 * rootMeanSquare([-1, 1, -1, 1]); // => 1
 */
function rootMeanSquare(x) {
    if (x.length === 0) {
        throw new Error("rootMeanSquare requires at least one data point");
    }

    var sumOfSquares = 0;
    for (var i = 0; i < x.length; i++) {
        sumOfSquares += Math.pow(x[i], 2);
    }

    return Math.sqrt(sumOfSquares / x.length);
}

/**
 * A [Fisher-Yates shuffle](http://en.wikipedia.org/wiki/Fisher%E2%80%93Yates_shuffle)
 * in-place - which means that it **will change the order of the original
 * array by reference**.
 *
 * This is an algorithm that generates a random [permutation](https://en.wikipedia.org/wiki/Permutation)
 * of a set.
 *
 * @param {Array} x sample of one or more numbers
 * @param {Function} [randomSource=Math.random] an optional entropy source that
 * returns numbers between 0 inclusive and 1 exclusive: the range [0, 1)
 * @returns {Array} x
 * @example
 * var x = [1, 2, 3, 4];
 * shuffleInPlace(x);
 * // x is shuffled to a value like [2, 1, 4, 3]
 */
function shuffleInPlace(x, randomSource) {
    // a custom random number source can be provided if you want to use
    // a fixed seed or another random number generator, like
    // [random-js](https://www.npmjs.org/package/random-js)
    randomSource = randomSource || Math.random;

    // store the current length of the x to determine
    // when no elements remain to shuffle.
    var length = x.length;

    // temporary is used to hold an item when it is being
    // swapped between indices.
    var temporary;

    // The index to swap at each stage.
    var index;

    // While there are still items to shuffle
    while (length > 0) {
        // choose a random index within the subset of the array
        // that is not yet shuffled
        index = Math.floor(randomSource() * length--);

        // store the value that we'll move temporarily
        temporary = x[length];

        // swap the value at `x[length]` with `x[index]`
        x[length] = x[index];
        x[index] = temporary;
    }

    return x;
}

/**
 * A [Fisher-Yates shuffle](http://en.wikipedia.org/wiki/Fisher%E2%80%93Yates_shuffle)
 * is a fast way to create a random permutation of a finite set. This is
 * a function around `shuffle_in_place` that adds the guarantee that
 * it will not modify its input.
 *
 * @param {Array} x sample of 0 or more numbers
 * @param {Function} [randomSource=Math.random] an optional entropy source that
 * returns numbers between 0 inclusive and 1 exclusive: the range [0, 1)
 * @return {Array} shuffled version of input
 * @example
 * var shuffled = shuffle([1, 2, 3, 4]);
 * shuffled; // = [2, 3, 1, 4] or any other random permutation
 */
function shuffle(x, randomSource) {
    // slice the original array so that it is not modified
    var sample = x.slice();

    // and then shuffle that shallow-copied array, in place
    return shuffleInPlace(sample, randomSource);
}

/**
 * Create a [simple random sample](http://en.wikipedia.org/wiki/Simple_random_sample)
 * from a given array of `n` elements.
 *
 * The sampled values will be in any order, not necessarily the order
 * they appear in the input.
 *
 * @param {Array<any>} x input array. can contain any type
 * @param {number} n count of how many elements to take
 * @param {Function} [randomSource=Math.random] an optional entropy source that
 * returns numbers between 0 inclusive and 1 exclusive: the range [0, 1)
 * @return {Array} subset of n elements in original array
 *
 * @example
 * var values = [1, 2, 4, 5, 6, 7, 8, 9];
 * sample(values, 3); // returns 3 random values, like [2, 5, 8];
 */
function sample(x, n, randomSource) {
    // shuffle the original array using a fisher-yates shuffle
    var shuffled = shuffle(x, randomSource);

    // and then return a subset of it - the first `n` elements.
    return shuffled.slice(0, n);
}

/**
 * [Sample covariance](https://en.wikipedia.org/wiki/Sample_mean_and_covariance) of two datasets:
 * how much do the two datasets move together?
 * x and y are two datasets, represented as arrays of numbers.
 *
 * @param {Array<number>} x a sample of two or more data points
 * @param {Array<number>} y a sample of two or more data points
 * @throws {Error} if x and y do not have equal lengths
 * @throws {Error} if x or y have length of one or less
 * @returns {number} sample covariance
 * @example
 * sampleCovariance([1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1]); // => -3.5
 */
function sampleCovariance(x, y) {
    // The two datasets must have the same length which must be more than 1
    if (x.length !== y.length) {
        throw new Error("sampleCovariance requires samples with equal lengths");
    }

    if (x.length < 2) {
        throw new Error(
            "sampleCovariance requires at least two data points in each sample"
        );
    }

    // determine the mean of each dataset so that we can judge each
    // value of the dataset fairly as the difference from the mean. this
    // way, if one dataset is [1, 2, 3] and [2, 3, 4], their covariance
    // does not suffer because of the difference in absolute values
    var xmean = mean(x);
    var ymean = mean(y);
    var sum = 0;

    // for each pair of values, the covariance increases when their
    // difference from the mean is associated - if both are well above
    // or if both are well below
    // the mean, the covariance increases significantly.
    for (var i = 0; i < x.length; i++) {
        sum += (x[i] - xmean) * (y[i] - ymean);
    }

    // this is Bessels' Correction: an adjustment made to sample statistics
    // that allows for the reduced degree of freedom entailed in calculating
    // values from samples rather than complete populations.
    var besselsCorrection = x.length - 1;

    // the covariance is weighted by the length of the datasets.
    return sum / besselsCorrection;
}

/**
 * The [correlation](http://en.wikipedia.org/wiki/Correlation_and_dependence) is
 * a measure of how correlated two datasets are, between -1 and 1
 *
 * @param {Array<number>} x first input
 * @param {Array<number>} y second input
 * @returns {number} sample correlation
 * @example
 * sampleCorrelation([1, 2, 3, 4, 5, 6], [2, 2, 3, 4, 5, 60]).toFixed(2);
 * // => '0.69'
 */
function sampleCorrelation(x, y) {
    var cov = sampleCovariance(x, y);
    var xstd = sampleStandardDeviation(x);
    var ystd = sampleStandardDeviation(y);

    return cov / xstd / ystd;
}

/**
 * [Kurtosis](http://en.wikipedia.org/wiki/Kurtosis) is
 * a measure of the heaviness of a distribution's tails relative to its
 * variance. The kurtosis value can be positive or negative, or even undefined.
 *
 * Implementation is based on Fisher's excess kurtosis definition and uses
 * unbiased moment estimators. This is the version found in Excel and available
 * in several statistical packages, including SAS and SciPy.
 *
 * @param {Array<number>} x a sample of 4 or more data points
 * @returns {number} sample kurtosis
 * @throws {Error} if x has length less than 4
 * @example
 * sampleKurtosis([1, 2, 2, 3, 5]); // => 1.4555765595463122
 */
function sampleKurtosis(x) {
    var n = x.length;

    if (n < 4) {
        throw new Error("sampleKurtosis requires at least four data points");
    }

    var meanValue = mean(x);
    var tempValue;
    var secondCentralMoment = 0;
    var fourthCentralMoment = 0;

    for (var i = 0; i < n; i++) {
        tempValue = x[i] - meanValue;
        secondCentralMoment += tempValue * tempValue;
        fourthCentralMoment += tempValue * tempValue * tempValue * tempValue;
    }

    return (
        ((n - 1) / ((n - 2) * (n - 3))) *
        ((n * (n + 1) * fourthCentralMoment) /
            (secondCentralMoment * secondCentralMoment) -
            3 * (n - 1))
    );
}

/**
 * Rank values, giving tied values the average of the ranks they span.
 *
 * Spearman's rho is defined on these midranks. Assigning tied values
 * distinct consecutive ranks instead would make the rank of a value depend
 * on where it happens to sit in the input array, and therefore make the
 * correlation depend on the order the pairs are listed in.
 *
 * @private
 * @param {Array<number>} values input
 * @returns {Array<number>} ranks, in the order of the input
 */
function midranks(values) {
    var order = values
        .map(function (value, index) { return [value, index]; })
        .sort(function (a, b) { return a[0] - b[0]; });

    var ranks = Array(values.length);
    var i = 0;
    while (i < order.length) {
        // Extend j across every value tied with the one at i.
        var j = i;
        while (j + 1 < order.length && order[j + 1][0] === order[i][0]) {
            j++;
        }
        var rank = (i + j) / 2;
        for (var k = i; k <= j; k++) {
            ranks[order[k][1]] = rank;
        }
        i = j + 1;
    }
    return ranks;
}

/**
 * The [rank correlation](https://en.wikipedia.org/wiki/Rank_correlation) is
 * a measure of the strength of monotonic relationship between two arrays
 *
 * Tied values share the average of the ranks they span, so the result
 * depends only on the paired data and not on the order the pairs are given
 * in. When either input has no rank variance the correlation is undefined
 * and the result is `NaN`.
 *
 * @param {Array<number>} x first input
 * @param {Array<number>} y second input
 * @returns {number} sample rank correlation
 * @example
 * sampleRankCorrelation([1, 2, 3, 4, 5], [1, 4, 9, 16, 25]);
 * // => 1
 */
function sampleRankCorrelation(x, y) {
    return sampleCorrelation(midranks(x), midranks(y));
}

/**
 * [Skewness](http://en.wikipedia.org/wiki/Skewness) is
 * a measure of the extent to which a probability distribution of a
 * real-valued random variable "leans" to one side of the mean.
 * The skewness value can be positive or negative, or even undefined.
 *
 * Implementation is based on the adjusted Fisher-Pearson standardized
 * moment coefficient, which is the version found in Excel and several
 * statistical packages including Minitab, SAS and SPSS.
 *
 * Pass `biased` to opt into the biased coefficient instead, which is the
 * population moment ratio `m3 / m2^(3/2)`. That is what R reports and what
 * scipy returns by default; the adjusted coefficient above is scipy's
 * `bias=False`. The two differ by a factor of `sqrt(n * (n - 1)) / (n - 2)`.
 *
 * @since 4.1.0
 * @param {Array<number>} x a sample of 3 or more data points
 * @param {boolean} [biased=false] if true, return the biased coefficient
 * @returns {number} sample skewness
 * @throws {Error} if x has length less than 3
 * @example
 * sampleSkewness([2, 4, 6, 3, 1]); // => 0.590128656384365
 * sampleSkewness([2, 4, 6, 3, 1], true); // => 0.3958703373438167
 */
function sampleSkewness(x, biased) {
    if ( biased === void 0 ) biased = false;

    if (x.length < 3) {
        throw new Error("sampleSkewness requires at least three data points");
    }

    var meanValue = mean(x);
    var tempValue;
    var sumSquaredDeviations = 0;
    var sumCubedDeviations = 0;

    for (var i = 0; i < x.length; i++) {
        tempValue = x[i] - meanValue;
        sumSquaredDeviations += tempValue * tempValue;
        sumCubedDeviations += tempValue * tempValue * tempValue;
    }

    var n = x.length;

    if (biased) {
        // The population moments, without Bessel's correction: the biased
        // coefficient is the third central moment over the second raised
        // to three halves.
        var secondCentralMoment = sumSquaredDeviations / n;
        var thirdCentralMoment = sumCubedDeviations / n;

        return thirdCentralMoment / Math.pow(secondCentralMoment, 3 / 2);
    }

    // this is Bessels' Correction: an adjustment made to sample statistics
    // that allows for the reduced degree of freedom entailed in calculating
    // values from samples rather than complete populations.
    var besselsCorrection = x.length - 1;

    // Find the mean value of that list
    var theSampleStandardDeviation = Math.sqrt(
        sumSquaredDeviations / besselsCorrection
    );

    var cubedS = Math.pow(theSampleStandardDeviation, 3);

    return (n * sumCubedDeviations) / ((n - 1) * (n - 2) * cubedS);
}

/**
 * Sampling with replacement is a type of sampling that allows the same
 * item to be picked out of a population more than once.
 *
 * @param {Array<*>} x an array of any kind of value
 * @param {number} n count of how many elements to take
 * @param {Function} [randomSource=Math.random] an optional entropy source that
 * returns numbers between 0 inclusive and 1 exclusive: the range [0, 1)
 * @return {Array} n sampled items from the population
 * @example
 * var values = [1, 2, 3, 4];
 * sampleWithReplacement(values, 2); // returns 2 random values, like [2, 4];
 */
function sampleWithReplacement(x, n, randomSource) {
    if (x.length === 0) {
        return [];
    }

    // a custom random number source can be provided if you want to use
    // a fixed seed or another random number generator, like
    // [random-js](https://www.npmjs.org/package/random-js)
    randomSource = randomSource || Math.random;

    var length = x.length;
    var sample = [];

    for (var i = 0; i < n; i++) {
        var index = Math.floor(randomSource() * length);

        sample.push(x[index]);
    }

    return sample;
}

/**
 * The [root mean square](https://en.wikipedia.org/wiki/Root_mean_square)
 * computed by scaling, which is an equivalent way of computing
 * `rootMeanSquare` suitable for values whose squares leave floating point
 * range.
 *
 * `rootMeanSquare` sums the squares directly, so it returns `Infinity` once
 * a value exceeds about 1e154 and `0` once every value falls below about
 * 1e-162. This function divides through by the largest magnitude first, so
 * the squares it sums are all at most one.
 *
 * It runs in `O(n)`, linear time, with respect to the length of the array,
 * in two passes rather than one.
 *
 * @param {Array<number>} x a sample of one or more data points
 * @returns {number} root mean square
 * @throws {Error} if x is empty
 * @example
 * scaledRootMeanSquare([-1, 1, -1, 1]); // => 1
 * scaledRootMeanSquare([1e200, 2e200, 3e200]); // => 2.1602468994692866e+200
 */
function scaledRootMeanSquare(x) {
    if (x.length === 0) {
        throw new Error(
            "scaledRootMeanSquare requires at least one data point"
        );
    }

    var max = 0;
    for (var i = 0; i < x.length; i++) {
        var magnitude = Math.abs(x[i]);
        max = Math.max(max, magnitude);
    }

    // Every value is zero, and the division below would be 0 / 0.
    if (max === 0) {
        return 0;
    }

    // An infinite or missing largest value cannot be scaled away, and
    // dividing by it would turn the result into NaN. Report it as
    // `rootMeanSquare` does.
    if (!Number.isFinite(max)) {
        return max;
    }

    var sumOfSquares = 0;
    for (var i$1 = 0; i$1 < x.length; i$1++) {
        var scaled = x[i$1] / max;
        sumOfSquares += scaled * scaled;
    }

    return max * Math.sqrt(sumOfSquares / x.length);
}

/**
 * The [variance](http://en.wikipedia.org/wiki/Variance)
 * is the sum of squared deviations from the mean.
 *
 * This is an implementation of variance, not sample variance:
 * see the `sampleVariance` method if you want a sample measure.
 *
 * @param {Array<number>} x a population of one or more data points
 * @returns {number} variance: a value greater than or equal to zero.
 * zero indicates that all values are identical.
 * @throws {Error} if x's length is 0
 * @example
 * variance([1, 2, 3, 4, 5, 6]); // => 2.9166666666666665
 */
function variance(x) {
    if (x.length === 0) {
        throw new Error("variance requires at least one data point");
    }

    // Find the mean of squared deviations between the
    // mean value and each value.
    return sumNthPowerDeviations(x, 2) / x.length;
}

/**
 * The [standard deviation](http://en.wikipedia.org/wiki/Standard_deviation)
 * is the square root of the variance. This is also known as the population
 * standard deviation. It's useful for measuring the amount
 * of variation or dispersion in a set of values.
 *
 * Standard deviation is only appropriate for full-population knowledge: for
 * samples of a population, {@link sampleStandardDeviation} is
 * more appropriate.
 *
 * @param {Array<number>} x input
 * @returns {number} standard deviation
 * @example
 * variance([2, 4, 4, 4, 5, 5, 7, 9]); // => 4
 * standardDeviation([2, 4, 4, 4, 5, 5, 7, 9]); // => 2
 */
function standardDeviation(x) {
    if (x.length === 1) {
        return 0;
    }
    var v = variance(x);
    return Math.sqrt(v);
}

/**
 * When removing a value from a list, one does not have to necessary
 * recompute the mean of the list in linear time. They can instead use
 * this function to compute the new mean by providing the current mean,
 * the number of elements in the list that produced it and the value to remove.
 *
 * @since 3.0.0
 * @param {number} mean current mean
 * @param {number} n number of items in the list
 * @param {number} value the value to remove
 * @returns {number} the new mean
 *
 * @example
 * subtractFromMean(20.5, 6, 53); // => 14
 */
function subtractFromMean(mean, n, value) {
    return (mean * n - value) / (n - 1);
}

/**
 * This is to compute [a one-sample t-test](https://en.wikipedia.org/wiki/Student%27s_t-test#One-sample_t-test), comparing the mean
 * of a sample to a known value, x.
 *
 * in this case, we're trying to determine whether the
 * population mean is equal to the value that we know, which is `x`
 * here. Usually the results here are used to look up a
 * [p-value](http://en.wikipedia.org/wiki/P-value), which, for
 * a certain level of significance, will let you determine that the
 * null hypothesis can or cannot be rejected.
 *
 * @param {Array<number>} x sample of one or more numbers
 * @param {number} expectedValue expected value of the population mean
 * @returns {number} value
 * @example
 * tTest([1, 2, 3, 4, 5, 6], 3.385).toFixed(2); // => '0.16'
 */
function tTest(x, expectedValue) {
    // The mean of the sample
    var sampleMean = mean(x);

    // The standard deviation of the sample
    var sd = standardDeviation(x);

    // Square root the length of the sample
    var rootN = Math.sqrt(x.length);

    // returning the t value
    return (sampleMean - expectedValue) / (sd / rootN);
}

/**
 * This is to compute [two sample t-test](http://en.wikipedia.org/wiki/Student's_t-test).
 * Tests whether "mean(X)-mean(Y) = difference", (
 * in the most common case, we often have `difference == 0` to test if two samples
 * are likely to be taken from populations with the same mean value) with
 * no prior knowledge on standard deviations of both samples
 * other than the fact that they have the same standard deviation.
 *
 * Usually the results here are used to look up a
 * [p-value](http://en.wikipedia.org/wiki/P-value), which, for
 * a certain level of significance, will let you determine that the
 * null hypothesis can or cannot be rejected.
 *
 * `diff` can be omitted if it equals 0.
 *
 * [This is used to reject](https://en.wikipedia.org/wiki/Exclusion_of_the_null_hypothesis)
 * a null hypothesis that the two populations that have been sampled into
 * `sampleX` and `sampleY` are equal to each other.
 *
 * @param {Array<number>} sampleX a sample as an array of numbers
 * @param {Array<number>} sampleY a sample as an array of numbers
 * @param {number} [difference=0]
 * @returns {number|null} test result
 *
 * @example
 * tTestTwoSample([1, 2, 3, 4], [3, 4, 5, 6], 0); // => -2.1908902300206643
 */
function tTestTwoSample(sampleX, sampleY, difference) {
    var n = sampleX.length;
    var m = sampleY.length;

    // If either sample doesn't actually have any values, we can't
    // compute this at all, so we return `null`.
    if (!n || !m) {
        return null;
    }

    // default difference (mu) is zero
    if (!difference) {
        difference = 0;
    }

    var meanX = mean(sampleX);
    var meanY = mean(sampleY);
    var sampleVarianceX = sampleVariance(sampleX);
    var sampleVarianceY = sampleVariance(sampleY);

    if (
        typeof meanX === "number" &&
        typeof meanY === "number" &&
        typeof sampleVarianceX === "number" &&
        typeof sampleVarianceY === "number"
    ) {
        var weightedVariance =
            ((n - 1) * sampleVarianceX + (m - 1) * sampleVarianceY) /
            (n + m - 2);

        return (
            (meanX - meanY - difference) /
            Math.sqrt(weightedVariance * (1 / n + 1 / m))
        );
    }
}

/**
 * Validate values and weights for weighted statistics and return the total
 * weight.
 *
 * @param {Array<number>} x input values
 * @param {Array<number>} weights weights for each input value
 * @param {string} name function name for error messages
 * @returns {number} total weight
 * @private
 */
function validateWeightedInput(x, weights, name) {
    if (x.length === 0) {
        throw new Error((name + " requires at least one data point"));
    }

    if (x.length !== weights.length) {
        throw new Error(
            (name + " requires values and weights to be the same length")
        );
    }

    var totalWeight = 0;

    for (var i = 0; i < weights.length; i++) {
        if (weights[i] < 0) {
            throw new Error((name + " requires weights to be non-negative"));
        }

        totalWeight += weights[i];
    }

    if (totalWeight === 0) {
        throw new Error((name + " requires at least one positive weight"));
    }

    return totalWeight;
}

/**
 * [Weighted least squares](https://en.wikipedia.org/wiki/Weighted_least_squares)
 * fits a line through a set of coordinates in which some observations count
 * for more than others, which is what R's `lm()` does when given a `weights`
 * argument. `linearRegression` is the special case where every weight is
 * equal.
 *
 * A weight of zero drops its observation from the fit. Weights are relative,
 * so scaling all of them by the same factor leaves the line unchanged.
 *
 * @param {Array<Array<number>>} data an array of two-element arrays,
 * like `[[0, 1], [2, 3]]`
 * @param {Array<number>} weights weight for each coordinate
 * @returns {Object} object containing slope and intersect of regression line
 * @throws {Error} if data is empty, weights is a different length than data,
 * all weights are zero, or a weight is negative
 * @example
 * weightedLinearRegression([[0, 0], [1, 1], [2, 2]], [1, 1, 1]); // => { m: 1, b: 0 }
 */
function weightedLinearRegression(data, weights) {
    var totalWeight = validateWeightedInput(
        data,
        weights,
        "weightedLinearRegression"
    );

    // With one point the slope is unconstrained, so match `linearRegression`
    // and take the horizontal line through it.
    if (data.length === 1) {
        return { m: 0, b: data[0][1] };
    }

    // The weighted means of x and y. Centering on them before accumulating
    // the cross products keeps the sums small when the coordinates are not.
    var sumWeightedX = 0;
    var sumWeightedY = 0;
    for (var i = 0; i < data.length; i++) {
        sumWeightedX += weights[i] * data[i][0];
        sumWeightedY += weights[i] * data[i][1];
    }
    var meanX = sumWeightedX / totalWeight;
    var meanY = sumWeightedY / totalWeight;

    var sumXY = 0;
    var sumXX = 0;
    for (var i$1 = 0; i$1 < data.length; i$1++) {
        var deviationX = data[i$1][0] - meanX;
        sumXY += weights[i$1] * deviationX * (data[i$1][1] - meanY);
        sumXX += weights[i$1] * deviationX * deviationX;
    }

    var m = sumXY / sumXX;

    return { m: m, b: meanY - m * meanX };
}

/**
 * The [weighted mean](https://en.wikipedia.org/wiki/Weighted_arithmetic_mean),
 * _also known as weighted average_, is the sum of each value multiplied by its
 * weight, divided by the total weight.
 *
 * The weighted values are accumulated with the same
 * [Kahan-Babuska](https://pdfs.semanticscholar.org/1760/7d467cda1d0277ad272deb2113533131dc09.pdf)
 * correction that {@link sum} uses, so that terms which cancel do not lose
 * precision. The correction is applied in a single pass, without building an
 * intermediate array.
 *
 * This runs in `O(n)`, linear time, with respect to the length of the array.
 *
 * @param {Array<number>} x sample of one or more data points
 * @param {Array<number>} weights non-negative weights for each data point
 * @throws {Error} if x is empty, weights is a different length than x, all weights are zero, or a weight is negative
 * @returns {number} weighted mean
 * @example
 * weightedMean([80, 90, 100], [1, 1, 2]); // => 92.5
 */
function weightedMean(x, weights) {
    var totalWeight = validateWeightedInput(x, weights, "weightedMean");

    var weightedSum = x[0] * weights[0];
    var correction = 0;
    var transition;
    var value;

    for (var i = 1; i < x.length; i++) {
        value = x[i] * weights[i];
        transition = weightedSum + value;

        if (Math.abs(weightedSum) >= Math.abs(value)) {
            correction += weightedSum - transition + value;
        } else {
            correction += value - transition + weightedSum;
        }

        weightedSum = transition;
    }

    return (weightedSum + correction) / totalWeight;
}

/**
 * The weighted quantile is the value whose cumulative weight reaches the
 * requested probability.
 *
 * This implementation sorts value/weight pairs by value, then returns the
 * first value where cumulative weight is greater than or equal to `p` times the
 * total weight. When p is an array, the result is also an array containing the
 * appropriate weighted quantiles in input order.
 *
 * @param {Array<number>} x sample of one or more data points
 * @param {Array<number>} weights non-negative weights for each data point
 * @param {Array<number> | number} p the desired quantile, as a number between 0 and 1
 * @throws {Error} if x is empty, weights is a different length than x, all weights are zero, a weight is negative, or p is outside of the range from 0 to 1
 * @returns {number} weighted quantile
 * @example
 * weightedQuantile([1, 2, 3], [1, 1, 2], 0.5); // => 2
 */
function weightedQuantile(x, weights, p) {
    var totalWeight = validateWeightedInput(x, weights, "weightedQuantile");
    var sorted = [];

    for (var i = 0; i < x.length; i++) {
        sorted.push([x[i], weights[i]]);
    }

    sorted.sort(compareValue);

    if (Array.isArray(p)) {
        var results = [];

        for (var i$1 = 0; i$1 < p.length; i$1++) {
            results[i$1] = weightedQuantileSorted(sorted, totalWeight, p[i$1]);
        }

        return results;
    }

    return weightedQuantileSorted(sorted, totalWeight, p);
}

function weightedQuantileSorted(sorted, totalWeight, p) {
    if (p < 0 || p > 1) {
        throw new Error("quantiles must be between 0 and 1");
    }

    if (p === 0) {
        return sorted[0][0];
    }

    var threshold = p * totalWeight;
    var cumulativeWeight = 0;

    for (var i = 0; i < sorted.length; i++) {
        cumulativeWeight += sorted[i][1];

        if (cumulativeWeight >= threshold) {
            return sorted[i][0];
        }
    }

    return sorted[sorted.length - 1][0];
}

function compareValue(a, b) {
    return a[0] - b[0];
}

/**
 * The [weighted variance](https://en.wikipedia.org/wiki/Weighted_arithmetic_mean#Weighted_sample_variance)
 * is the average weighted squared deviation from the weighted mean.
 *
 * This is a population weighted variance: see the `variance` method for the
 * unweighted population variance.
 *
 * @param {Array<number>} x population of one or more data points
 * @param {Array<number>} weights non-negative weights for each data point
 * @throws {Error} if x is empty, weights is a different length than x, all weights are zero, or a weight is negative
 * @returns {number} weighted variance
 * @example
 * weightedVariance([2, 4, 4, 4, 5, 5, 7, 9], [1, 1, 1, 1, 1, 1, 1, 1]); // => 4
 */
function weightedVariance(x, weights) {
    var totalWeight = validateWeightedInput(x, weights, "weightedVariance");
    var mean = weightedMean(x, weights);
    var weightedSumSquaredDeviations = 0;

    for (var i = 0; i < x.length; i++) {
        var deviation = x[i] - mean;
        weightedSumSquaredDeviations += weights[i] * deviation * deviation;
    }

    return weightedSumSquaredDeviations / totalWeight;
}

/**
 * The [weighted standard deviation](https://en.wikipedia.org/wiki/Standard_deviation)
 * is the square root of the weighted variance.
 *
 * This is a population weighted standard deviation.
 *
 * @param {Array<number>} x population of one or more data points
 * @param {Array<number>} weights non-negative weights for each data point
 * @throws {Error} if x is empty, weights is a different length than x, all weights are zero, or a weight is negative
 * @returns {number} weighted standard deviation
 * @example
 * weightedStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9], [1, 1, 1, 1, 1, 1, 1, 1]); // => 2
 */
function weightedStandardDeviation(x, weights) {
    return Math.sqrt(weightedVariance(x, weights));
}

/**
 * This function calculates the Wilcoxon rank sum statistic for the first sample
 * with respect to the second. The Wilcoxon rank sum test is a non-parametric
 * alternative to the t-test which is equivalent to the
 * [Mann-Whitney U test](https://en.wikipedia.org/wiki/Mann%E2%80%93Whitney_U_test).
 * The statistic is calculated by pooling all the observations together, ranking them,
 * and then summing the ranks associated with one of the samples. If this rank sum is
 * sufficiently large or small we reject the hypothesis that the two samples come
 * from the same distribution in favor of the alternative that one is shifted with
 * respect to the other.
 *
 * @param {Array<number>} sampleX a sample as an array of numbers
 * @param {Array<number>} sampleY a sample as an array of numbers
 * @returns {number} rank sum for sampleX
 *
 * @example
 * wilcoxonRankSum([1, 4, 8], [9, 12, 15]); // => 6
 */
function wilcoxonRankSum(sampleX, sampleY) {
    if (!sampleX.length || !sampleY.length) {
        throw new Error("Neither sample can be empty");
    }

    var pooledSamples = sampleX
        .map(function (x) { return ({ label: "x", value: x }); })
        .concat(sampleY.map(function (y) { return ({ label: "y", value: y }); }))
        .sort(function (a, b) { return a.value - b.value; });

    for (var rank = 0; rank < pooledSamples.length; rank++) {
        pooledSamples[rank].rank = rank;
    }

    var tiedRanks = [pooledSamples[0].rank];
    for (var i = 1; i < pooledSamples.length; i++) {
        if (pooledSamples[i].value === pooledSamples[i - 1].value) {
            tiedRanks.push(pooledSamples[i].rank);
            if (i === pooledSamples.length - 1) {
                replaceRanksInPlace(pooledSamples, tiedRanks);
            }
        } else {
            if (tiedRanks.length > 1) {
                replaceRanksInPlace(pooledSamples, tiedRanks);
            }
            tiedRanks = [pooledSamples[i].rank];
        }
    }

    function replaceRanksInPlace(pooledSamples, tiedRanks) {
        var average = (tiedRanks[0] + tiedRanks[tiedRanks.length - 1]) / 2;
        for (var i = 0; i < tiedRanks.length; i++) {
            pooledSamples[tiedRanks[i]].rank = average;
        }
    }

    var rankSum = 0;

    for (var i$1 = 0; i$1 < pooledSamples.length; i$1++) {
        var sample = pooledSamples[i$1];
        if (sample.label === "x") {
            rankSum += sample.rank + 1;
        }
    }

    return rankSum;
}

/**
 * We use `ε`, epsilon, as a stopping criterion when we want to iterate
 * until we're "close enough". Epsilon is a very small number: for
 * simple statistics, that number is **0.0001**
 *
 * This is used in calculations like the binomialDistribution, in which
 * the process of finding a value is [iterative](https://en.wikipedia.org/wiki/Iterative_method):
 * it progresses until it is close enough.
 *
 * Below is an example of using epsilon in [gradient descent](https://en.wikipedia.org/wiki/Gradient_descent),
 * where we're trying to find a local minimum of a function's derivative,
 * given by the `fDerivative` method.
 *
 * @example
 * // From calculation, we expect that the local minimum occurs at x=9/4
 * var x_old = 0;
 * // The algorithm starts at x=6
 * var x_new = 6;
 * var stepSize = 0.01;
 *
 * function fDerivative(x) {
 *   return 4 * Math.pow(x, 3) - 9 * Math.pow(x, 2);
 * }
 *
 * // The loop runs until the difference between the previous
 * // value and the current value is smaller than epsilon - a rough
 * // meaure of 'close enough'
 * while (Math.abs(x_new - x_old) > ss.epsilon) {
 *   x_old = x_new;
 *   x_new = x_old - stepSize * fDerivative(x_old);
 * }
 *
 * console.log('Local minimum occurs at', x_new);
 */
var epsilon = 0.0001;

/**
 * Relative error.
 *
 * This is more difficult to calculate than it first appears [1,2].  The usual
 * formula for the relative error between an actual value A and an expected
 * value E is `|(A-E)/E|`, but:
 *
 * 1. If the expected value is 0, any other value has infinite relative error,
 *    which is counter-intuitive: if the expected voltage is 0, getting 1/10th
 *    of a volt doesn't feel like an infinitely large error.
 *
 * 2. This formula does not satisfy the mathematical definition of a metric [3].
 *    [4] solved this problem by defining the relative error as `|ln(|A/E|)|`,
 *    but that formula only works if all values are positive: for example, it
 *    reports the relative error of -10 and 10 as 0.
 *
 * Our implementation sticks with convention and returns:
 *
 * - 0 if the actual and expected values are both zero
 * - Infinity if the actual value is non-zero and the expected value is zero
 * - `|(A-E)/E|` in all other cases
 *
 * [1] https://math.stackexchange.com/questions/677852/how-to-calculate-relative-error-when-true-value-is-zero
 * [2] https://en.wikipedia.org/wiki/Relative_change_and_difference
 * [3] https://en.wikipedia.org/wiki/Metric_(mathematics)#Definition
 * [4] F.W.J. Olver: "A New Approach to Error Arithmetic." SIAM Journal on
 *     Numerical Analysis, 15(2), 1978, 10.1137/0715024.
 *
 * @param {number} actual The actual value.
 * @param {number} expected The expected value.
 * @return {number} The relative error.
 */
function relativeError(actual, expected) {
    // These lines are actually covered by tests, but it seems
    // like c8 has a bug that marks them as not covered.
    /* c8 ignore start */
    if (actual === 0 && expected === 0) {
        return 0;
    }
    /* c8 ignore end */
    return Math.abs((actual - expected) / expected);
}

/**
 * Approximate equality.
 *
 * @param {number} actual The value to be tested.
 * @param {number} expected The reference value.
 * @param {number} [tolerance=epsilon] The acceptable relative difference.
 * @return {boolean} Whether numbers are within tolerance.
 */
function approxEqual(actual, expected, tolerance) {
    if ( tolerance === void 0 ) tolerance = epsilon;

    return relativeError(actual, expected) <= tolerance;
}

/**
 * [Bayesian Classifier](http://en.wikipedia.org/wiki/Naive_Bayes_classifier)
 *
 * This is a naïve bayesian classifier that takes
 * singly-nested objects.
 *
 * @class
 * @example
 * var bayes = new BayesianClassifier();
 * bayes.train({
 *   species: 'Cat'
 * }, 'animal');
 * var result = bayes.score({
 *   species: 'Cat'
 * })
 * // result
 * // {
 * //   animal: 1
 * // }
 */
var BayesianClassifier = function BayesianClassifier() {
    // The number of items that are currently
    // classified in the model
    this.totalCount = 0;
    // Every item classified in the model
    this.data = {};
};

/**
 * Train the classifier with a new item, which has a single
 * dimension of Javascript literal keys and values.
 *
 * @param {Object} item an object with singly-deep properties
 * @param {string} category the category this item belongs to
 * @return {undefined} adds the item to the classifier
 */
BayesianClassifier.prototype.train = function train (item, category) {
    // If the data object doesn't have any values
    // for this category, create a new object for it.
    if (!this.data[category]) {
        this.data[category] = {};
    }

    // Iterate through each key in the item.
    for (var k in item) {
        var v = item[k];
        // Initialize the nested object `data[category][k][item[k]]`
        // with an object of keys that equal 0.
        if (this.data[category][k] === undefined) {
            this.data[category][k] = {};
        }
        if (this.data[category][k][v] === undefined) {
            this.data[category][k][v] = 0;
        }

        // And increment the key for this key/value combination.
        this.data[category][k][v]++;
    }

    // Increment the number of items classified
    this.totalCount++;
};

/**
 * Generate a score of how well this item matches all
 * possible categories based on its attributes
 *
 * @param {Object} item an item in the same format as with train
 * @returns {Object} of probabilities that this item belongs to a
 * given category.
 */
BayesianClassifier.prototype.score = function score (item) {
    // Initialize an empty array of odds per category.
    var odds = {};
    var category;
    // Iterate through each key in the item,
    // then iterate through each category that has been used
    // in previous calls to `.train()`
    for (var k in item) {
        var v = item[k];
        for (category in this.data) {
            // Create an empty object for storing key - value combinations
            // for this category, keeping combinations already collected
            // from earlier properties of the same item.
            if (odds[category] === undefined) {
                odds[category] = {};
            }

            // If this item doesn't even have a property, it counts for nothing,
            // but if it does have the property that we're looking for from
            // the item to categorize, it counts based on how popular it is
            // versus the whole population.
            if (this.data[category][k]) {
                odds[category][k + "_" + v] =
                    (this.data[category][k][v] || 0) / this.totalCount;
            } else {
                odds[category][k + "_" + v] = 0;
            }
        }
    }

    // Set up a new object that will contain sums of these odds by category
    var oddsSums = {};

    for (category in odds) {
        // Tally all of the odds for each category-combination pair -
        // the non-existence of a category does not add anything to the
        // score.
        oddsSums[category] = 0;
        for (var combination in odds[category]) {
            oddsSums[category] += odds[category][combination];
        }
    }

    return oddsSums;
};

/**
 * The [Bernoulli distribution](http://en.wikipedia.org/wiki/Bernoulli_distribution)
 * is the probability discrete
 * distribution of a random variable which takes value 1 with success
 * probability `p` and value 0 with failure
 * probability `q` = 1 - `p`. It can be used, for example, to represent the
 * toss of a coin, where "1" is defined to mean "heads" and "0" is defined
 * to mean "tails" (or vice versa). It is
 * a special case of a Binomial Distribution
 * where `n` = 1.
 *
 * @param {number} p input value, between 0 and 1 inclusive
 * @returns {number[]} values of bernoulli distribution at this point
 * @throws {Error} if p is outside 0 and 1
 * @example
 * bernoulliDistribution(0.3); // => [0.7, 0.3]
 */
function bernoulliDistribution(p) /*: number[] */ {
    // Check that `p` is a valid probability (0 ≤ p ≤ 1)
    if (p < 0 || p > 1) {
        throw new Error(
            "bernoulliDistribution requires probability to be between 0 and 1 inclusive"
        );
    }

    return [1 - p, p];
}

// Define series coefficients
var COEFFICIENTS = [
    0.99999999999999709182, 57.156235665862923517, -59.59796035547549,
    14.136097974741747174, -0.4919138160976202, 0.33994649984811888699e-4,
    0.46523628927048575665e-4, -9837447530487956e-20,
    0.15808870322491248884e-3, -21026444172410488e-20,
    0.2174396181152126432e-3, -1643181065367639e-19,
    0.84418223983852743293e-4, -26190838401581408e-21,
    0.36899182659531622704e-5
];

var g = 607 / 128;
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));

/**
 * Compute the logarithm of the [gamma function](https://en.wikipedia.org/wiki/Gamma_function) of a value using Lanczos' approximation.
 * This function takes as input any real-value n greater than 0.
 * This function is useful for values of n too large for the normal gamma function (n > 165).
 * The code is based on Lanczo's Gamma approximation, defined [here](http://my.fit.edu/~gabdo/gamma.txt).
 *
 * @param {number} n Any real number greater than zero.
 * @returns {number} The logarithm of gamma of the input value.
 *
 * @example
 * gammaln(500); // 2605.1158503617335
 * gammaln(2.4); // 0.21685932244884043
 */
function gammaln(n) {
    // Return infinity if value not in domain
    if (n <= 0) {
        return Number.POSITIVE_INFINITY;
    }

    // Decrement n, because approximation is defined for n - 1
    n--;

    // Create series approximation
    var a = COEFFICIENTS[0];

    for (var i = 1; i < 15; i++) {
        a += COEFFICIENTS[i] / (n + i);
    }

    var tmp = g + 0.5 + n;

    // Return natural logarithm of gamma(n)
    return LOGSQRT2PI + Math.log(a) - tmp + (n + 0.5) * Math.log(tmp);
}

/**
 * Discrete distributions are tabulated cell by cell, and the Poisson
 * distribution has no upper bound at all, so their tables need a length we can
 * still allocate. Past this, `binomialDistribution` and `poissonDistribution`
 * report a distribution they cannot produce rather than a partial one.
 */
var maxDistributionCells = 1e6;

/**
 * The [Binomial Distribution](http://en.wikipedia.org/wiki/Binomial_distribution) is the discrete probability
 * distribution of the number of successes in a sequence of n independent yes/no experiments, each of which yields
 * success with probability `probability`. Such a success/failure experiment is also called a Bernoulli experiment or
 * Bernoulli trial; when trials = 1, the Binomial Distribution is a Bernoulli Distribution.
 *
 * Returns `undefined` when the distribution cannot be calculated: either
 * argument is outside its domain or is not a number, or when `trials` is large
 * enough that the table would run past a million cells.
 *
 * @param {number} trials number of trials to simulate
 * @param {number} probability
 * @returns {number[] | undefined} output
 */
function binomialDistribution(trials, probability) /*: ?number[] */ {
    // Check that `p` is a valid probability (0 ≤ p ≤ 1),
    // that `n` is an integer, strictly positive.
    if (probability < 0 || probability > 1 || trials <= 0 || trials % 1 !== 0) {
        return undefined;
    }

    // More successes than trials are impossible, and the table cannot outgrow
    // what we can allocate.
    var lastCell = Math.min(trials, maxDistributionCells - 1);

    // The logarithms below are undefined at the ends of the probability range,
    // where the outcome is certain anyway.
    if (probability === 0) {
        return [1];
    }
    if (probability === 1) {
        if (trials > lastCell) {
            return undefined;
        }
        var certain = new Array(trials + 1).fill(0);
        certain[trials] = 1;
        return certain;
    }

    // `x` is the random variable: the number of successes. We iterate until
    // the cumulative probability is within `epsilon` of 1.0, at which point we
    // have the useful range of the distribution.
    var x = 0;
    var cumulativeProbability = 0;
    var cells = [];

    // The terms of the mass function below that do not vary with `x`
    var logTrialsFactorial = gammaln(trials + 1);
    var logProbability = Math.log(probability);
    // `log1p` rather than `Math.log(1 - probability)`, which cancels away the
    // low digits of the complement as `probability` approaches 1.
    var log1mProbability = Math.log1p(-probability);

    // This algorithm iterates through each potential outcome,
    // until the `cumulativeProbability` is very close to 1, at
    // which point we've defined the vast majority of outcomes
    do {
        // A [probability mass function](https://en.wikipedia.org/wiki/Probability_mass_function),
        // taken through its logarithm: the binomial coefficient and the two
        // powers each leave floating-point range long before the product they
        // form does, so computing them separately loses cells the distribution
        // needs.
        cells[x] = Math.exp(
            logTrialsFactorial -
                gammaln(x + 1) -
                gammaln(trials - x + 1) +
                x * logProbability +
                (trials - x) * log1mProbability
        );
        cumulativeProbability += cells[x];
        x++;
        // When the `cumulativeProbability` is nearly 1, we've calculated
        // the useful range of this distribution
    } while (cumulativeProbability < 1 - epsilon && x <= lastCell);

    // Stopping for any other reason - a probability that is not a number, or
    // more trials than the table can hold - leaves cells that do not add up to
    // a distribution, so report that rather than returning them.
    if (
        Number.isNaN(cumulativeProbability) ||
        cumulativeProbability < 1 - epsilon
    ) {
        return undefined;
    }

    return cells;
}

/**
 * [Sign](https://en.wikipedia.org/wiki/Sign_function) is a function
 * that extracts the sign of a real number
 *
 * @param {number} x input value
 * @returns {number} sign value either 1, 0 or -1
 * @throws {TypeError} if the input argument x is not a number
 * @private
 *
 * @example
 * sign(2); // => 1
 */
function sign(x) {
    if (typeof x === "number") {
        if (x < 0) {
            return -1;
        } else if (x === 0) {
            return 0;
        } else {
            return 1;
        }
    } else {
        throw new TypeError("not a number");
    }
}

/**
 * [Bisection method](https://en.wikipedia.org/wiki/Bisection_method) is a root-finding
 * method that repeatedly bisects an interval to find the root.
 *
 * This function returns a numerical approximation to the exact value.
 *
 * @param {Function} func input function
 * @param {number} start - start of interval
 * @param {number} end - end of interval
 * @param {number} maxIterations - the maximum number of iterations
 * @param {number} errorTolerance - the error tolerance
 * @returns {number} estimated root value
 * @throws {TypeError} Argument func must be a function
 *
 * @example
 * bisect(Math.cos,0,4,100,0.003); // => 1.572265625
 */
function bisect(func, start, end, maxIterations, errorTolerance) {
    if (typeof func !== "function")
        { throw new TypeError("func must be a function"); }

    for (var i = 0; i < maxIterations; i++) {
        var output = (start + end) / 2;

        if (
            func(output) === 0 ||
            Math.abs((end - start) / 2) < errorTolerance
        ) {
            return output;
        }

        if (sign(func(output)) === sign(func(start))) {
            start = output;
        } else {
            end = output;
        }
    }

    throw new Error("maximum number of iterations exceeded");
}

/**
 * **Percentage Points of the χ2 (Chi-Squared) Distribution**
 *
 * The [χ2 (Chi-Squared) Distribution](http://en.wikipedia.org/wiki/Chi-squared_distribution) is used in the common
 * chi-squared tests for goodness of fit of an observed distribution to a theoretical one, the independence of two
 * criteria of classification of qualitative data, and in confidence interval estimation for a population standard
 * deviation of a normal distribution from a sample standard deviation.
 *
 * Values from Appendix 1, Table III of William W. Hines & Douglas C. Montgomery, "Probability and Statistics in
 * Engineering and Management Science", Wiley (1980).
 */
var chiSquaredDistributionTable = {
    1: {
        0.995: 0,
        0.99: 0,
        0.975: 0,
        0.95: 0,
        0.9: 0.02,
        0.5: 0.45,
        0.1: 2.71,
        0.05: 3.84,
        0.025: 5.02,
        0.01: 6.63,
        0.005: 7.88
    },
    2: {
        0.995: 0.01,
        0.99: 0.02,
        0.975: 0.05,
        0.95: 0.1,
        0.9: 0.21,
        0.5: 1.39,
        0.1: 4.61,
        0.05: 5.99,
        0.025: 7.38,
        0.01: 9.21,
        0.005: 10.6
    },
    3: {
        0.995: 0.07,
        0.99: 0.11,
        0.975: 0.22,
        0.95: 0.35,
        0.9: 0.58,
        0.5: 2.37,
        0.1: 6.25,
        0.05: 7.81,
        0.025: 9.35,
        0.01: 11.34,
        0.005: 12.84
    },
    4: {
        0.995: 0.21,
        0.99: 0.3,
        0.975: 0.48,
        0.95: 0.71,
        0.9: 1.06,
        0.5: 3.36,
        0.1: 7.78,
        0.05: 9.49,
        0.025: 11.14,
        0.01: 13.28,
        0.005: 14.86
    },
    5: {
        0.995: 0.41,
        0.99: 0.55,
        0.975: 0.83,
        0.95: 1.15,
        0.9: 1.61,
        0.5: 4.35,
        0.1: 9.24,
        0.05: 11.07,
        0.025: 12.83,
        0.01: 15.09,
        0.005: 16.75
    },
    6: {
        0.995: 0.68,
        0.99: 0.87,
        0.975: 1.24,
        0.95: 1.64,
        0.9: 2.2,
        0.5: 5.35,
        0.1: 10.65,
        0.05: 12.59,
        0.025: 14.45,
        0.01: 16.81,
        0.005: 18.55
    },
    7: {
        0.995: 0.99,
        0.99: 1.24,
        0.975: 1.69,
        0.95: 2.17,
        0.9: 2.83,
        0.5: 6.35,
        0.1: 12.02,
        0.05: 14.07,
        0.025: 16.01,
        0.01: 18.48,
        0.005: 20.28
    },
    8: {
        0.995: 1.34,
        0.99: 1.65,
        0.975: 2.18,
        0.95: 2.73,
        0.9: 3.49,
        0.5: 7.34,
        0.1: 13.36,
        0.05: 15.51,
        0.025: 17.53,
        0.01: 20.09,
        0.005: 21.96
    },
    9: {
        0.995: 1.73,
        0.99: 2.09,
        0.975: 2.7,
        0.95: 3.33,
        0.9: 4.17,
        0.5: 8.34,
        0.1: 14.68,
        0.05: 16.92,
        0.025: 19.02,
        0.01: 21.67,
        0.005: 23.59
    },
    10: {
        0.995: 2.16,
        0.99: 2.56,
        0.975: 3.25,
        0.95: 3.94,
        0.9: 4.87,
        0.5: 9.34,
        0.1: 15.99,
        0.05: 18.31,
        0.025: 20.48,
        0.01: 23.21,
        0.005: 25.19
    },
    11: {
        0.995: 2.6,
        0.99: 3.05,
        0.975: 3.82,
        0.95: 4.57,
        0.9: 5.58,
        0.5: 10.34,
        0.1: 17.28,
        0.05: 19.68,
        0.025: 21.92,
        0.01: 24.72,
        0.005: 26.76
    },
    12: {
        0.995: 3.07,
        0.99: 3.57,
        0.975: 4.4,
        0.95: 5.23,
        0.9: 6.3,
        0.5: 11.34,
        0.1: 18.55,
        0.05: 21.03,
        0.025: 23.34,
        0.01: 26.22,
        0.005: 28.3
    },
    13: {
        0.995: 3.57,
        0.99: 4.11,
        0.975: 5.01,
        0.95: 5.89,
        0.9: 7.04,
        0.5: 12.34,
        0.1: 19.81,
        0.05: 22.36,
        0.025: 24.74,
        0.01: 27.69,
        0.005: 29.82
    },
    14: {
        0.995: 4.07,
        0.99: 4.66,
        0.975: 5.63,
        0.95: 6.57,
        0.9: 7.79,
        0.5: 13.34,
        0.1: 21.06,
        0.05: 23.68,
        0.025: 26.12,
        0.01: 29.14,
        0.005: 31.32
    },
    15: {
        0.995: 4.6,
        0.99: 5.23,
        0.975: 6.27,
        0.95: 7.26,
        0.9: 8.55,
        0.5: 14.34,
        0.1: 22.31,
        0.05: 25,
        0.025: 27.49,
        0.01: 30.58,
        0.005: 32.8
    },
    16: {
        0.995: 5.14,
        0.99: 5.81,
        0.975: 6.91,
        0.95: 7.96,
        0.9: 9.31,
        0.5: 15.34,
        0.1: 23.54,
        0.05: 26.3,
        0.025: 28.85,
        0.01: 32,
        0.005: 34.27
    },
    17: {
        0.995: 5.7,
        0.99: 6.41,
        0.975: 7.56,
        0.95: 8.67,
        0.9: 10.09,
        0.5: 16.34,
        0.1: 24.77,
        0.05: 27.59,
        0.025: 30.19,
        0.01: 33.41,
        0.005: 35.72
    },
    18: {
        0.995: 6.26,
        0.99: 7.01,
        0.975: 8.23,
        0.95: 9.39,
        0.9: 10.87,
        0.5: 17.34,
        0.1: 25.99,
        0.05: 28.87,
        0.025: 31.53,
        0.01: 34.81,
        0.005: 37.16
    },
    19: {
        0.995: 6.84,
        0.99: 7.63,
        0.975: 8.91,
        0.95: 10.12,
        0.9: 11.65,
        0.5: 18.34,
        0.1: 27.2,
        0.05: 30.14,
        0.025: 32.85,
        0.01: 36.19,
        0.005: 38.58
    },
    20: {
        0.995: 7.43,
        0.99: 8.26,
        0.975: 9.59,
        0.95: 10.85,
        0.9: 12.44,
        0.5: 19.34,
        0.1: 28.41,
        0.05: 31.41,
        0.025: 34.17,
        0.01: 37.57,
        0.005: 40
    },
    21: {
        0.995: 8.03,
        0.99: 8.9,
        0.975: 10.28,
        0.95: 11.59,
        0.9: 13.24,
        0.5: 20.34,
        0.1: 29.62,
        0.05: 32.67,
        0.025: 35.48,
        0.01: 38.93,
        0.005: 41.4
    },
    22: {
        0.995: 8.64,
        0.99: 9.54,
        0.975: 10.98,
        0.95: 12.34,
        0.9: 14.04,
        0.5: 21.34,
        0.1: 30.81,
        0.05: 33.92,
        0.025: 36.78,
        0.01: 40.29,
        0.005: 42.8
    },
    23: {
        0.995: 9.26,
        0.99: 10.2,
        0.975: 11.69,
        0.95: 13.09,
        0.9: 14.85,
        0.5: 22.34,
        0.1: 32.01,
        0.05: 35.17,
        0.025: 38.08,
        0.01: 41.64,
        0.005: 44.18
    },
    24: {
        0.995: 9.89,
        0.99: 10.86,
        0.975: 12.4,
        0.95: 13.85,
        0.9: 15.66,
        0.5: 23.34,
        0.1: 33.2,
        0.05: 36.42,
        0.025: 39.36,
        0.01: 42.98,
        0.005: 45.56
    },
    25: {
        0.995: 10.52,
        0.99: 11.52,
        0.975: 13.12,
        0.95: 14.61,
        0.9: 16.47,
        0.5: 24.34,
        0.1: 34.38,
        0.05: 37.65,
        0.025: 40.65,
        0.01: 44.31,
        0.005: 46.93
    },
    26: {
        0.995: 11.16,
        0.99: 12.2,
        0.975: 13.84,
        0.95: 15.38,
        0.9: 17.29,
        0.5: 25.34,
        0.1: 35.56,
        0.05: 38.89,
        0.025: 41.92,
        0.01: 45.64,
        0.005: 48.29
    },
    27: {
        0.995: 11.81,
        0.99: 12.88,
        0.975: 14.57,
        0.95: 16.15,
        0.9: 18.11,
        0.5: 26.34,
        0.1: 36.74,
        0.05: 40.11,
        0.025: 43.19,
        0.01: 46.96,
        0.005: 49.65
    },
    28: {
        0.995: 12.46,
        0.99: 13.57,
        0.975: 15.31,
        0.95: 16.93,
        0.9: 18.94,
        0.5: 27.34,
        0.1: 37.92,
        0.05: 41.34,
        0.025: 44.46,
        0.01: 48.28,
        0.005: 50.99
    },
    29: {
        0.995: 13.12,
        0.99: 14.26,
        0.975: 16.05,
        0.95: 17.71,
        0.9: 19.77,
        0.5: 28.34,
        0.1: 39.09,
        0.05: 42.56,
        0.025: 45.72,
        0.01: 49.59,
        0.005: 52.34
    },
    30: {
        0.995: 13.79,
        0.99: 14.95,
        0.975: 16.79,
        0.95: 18.49,
        0.9: 20.6,
        0.5: 29.34,
        0.1: 40.26,
        0.05: 43.77,
        0.025: 46.98,
        0.01: 50.89,
        0.005: 53.67
    },
    40: {
        0.995: 20.71,
        0.99: 22.16,
        0.975: 24.43,
        0.95: 26.51,
        0.9: 29.05,
        0.5: 39.34,
        0.1: 51.81,
        0.05: 55.76,
        0.025: 59.34,
        0.01: 63.69,
        0.005: 66.77
    },
    50: {
        0.995: 27.99,
        0.99: 29.71,
        0.975: 32.36,
        0.95: 34.76,
        0.9: 37.69,
        0.5: 49.33,
        0.1: 63.17,
        0.05: 67.5,
        0.025: 71.42,
        0.01: 76.15,
        0.005: 79.49
    },
    60: {
        0.995: 35.53,
        0.99: 37.48,
        0.975: 40.48,
        0.95: 43.19,
        0.9: 46.46,
        0.5: 59.33,
        0.1: 74.4,
        0.05: 79.08,
        0.025: 83.3,
        0.01: 88.38,
        0.005: 91.95
    },
    70: {
        0.995: 43.28,
        0.99: 45.44,
        0.975: 48.76,
        0.95: 51.74,
        0.9: 55.33,
        0.5: 69.33,
        0.1: 85.53,
        0.05: 90.53,
        0.025: 95.02,
        0.01: 100.42,
        0.005: 104.22
    },
    80: {
        0.995: 51.17,
        0.99: 53.54,
        0.975: 57.15,
        0.95: 60.39,
        0.9: 64.28,
        0.5: 79.33,
        0.1: 96.58,
        0.05: 101.88,
        0.025: 106.63,
        0.01: 112.33,
        0.005: 116.32
    },
    90: {
        0.995: 59.2,
        0.99: 61.75,
        0.975: 65.65,
        0.95: 69.13,
        0.9: 73.29,
        0.5: 89.33,
        0.1: 107.57,
        0.05: 113.14,
        0.025: 118.14,
        0.01: 124.12,
        0.005: 128.3
    },
    100: {
        0.995: 67.33,
        0.99: 70.06,
        0.975: 74.22,
        0.95: 77.93,
        0.9: 82.36,
        0.5: 99.33,
        0.1: 118.5,
        0.05: 124.34,
        0.025: 129.56,
        0.01: 135.81,
        0.005: 140.17
    }
};

/**
 * The [χ2 (Chi-Squared) Goodness-of-Fit Test](http://en.wikipedia.org/wiki/Goodness_of_fit#Pearson.27s_chi-squared_test)
 * uses a measure of goodness of fit which is the sum of differences between observed and expected outcome frequencies
 * (that is, counts of observations), each squared and divided by the number of observations expected given the
 * hypothesized distribution. The resulting χ2 statistic, `chiSquared`, can be compared to the chi-squared distribution
 * to determine the goodness of fit. In order to determine the degrees of freedom of the chi-squared distribution, one
 * takes the total number of observed frequencies and subtracts the number of estimated parameters. The test statistic
 * follows, approximately, a chi-square distribution with (k − c) degrees of freedom where `k` is the number of non-empty
 * cells and `c` is the number of estimated parameters for the distribution.
 *
 * @param {Array<number>} data
 * @param {Function} distributionType a function that returns a point in a distribution:
 * for instance, binomial, bernoulli, or poisson
 * @param {number} significance
 * @returns {number} chi squared goodness of fit
 * @example
 * // Data from Poisson goodness-of-fit example 10-19 in William W. Hines & Douglas C. Montgomery,
 * // "Probability and Statistics in Engineering and Management Science", Wiley (1980).
 * var data1019 = [
 *     0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
 *     0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
 *     1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
 *     2, 2, 2, 2, 2, 2, 2, 2, 2,
 *     3, 3, 3, 3
 * ];
 * ss.chiSquaredGoodnessOfFit(data1019, ss.poissonDistribution, 0.05); //= false
 */
function chiSquaredGoodnessOfFit(data, distributionType, significance) {
    // Estimate from the sample data, a weighted mean.
    var inputMean = mean(data);
    // Calculated value of the χ2 statistic.
    var chiSquared = 0;
    // Number of hypothesized distribution parameters estimated, expected to be supplied in the distribution test.
    // Lose one degree of freedom for estimating `lambda` from the sample data.
    var c = 1;
    // The hypothesized distribution.
    // Generate the hypothesized distribution.
    var hypothesizedDistribution = distributionType(inputMean);
    var observedFrequencies = [];
    var expectedFrequencies = [];

    // Create an array holding a histogram from the sample data, of
    // the form `{ value: numberOfOcurrences }`
    for (var i = 0; i < data.length; i++) {
        if (observedFrequencies[data[i]] === undefined) {
            observedFrequencies[data[i]] = 0;
        }
        observedFrequencies[data[i]]++;
    }

    // The histogram we created might be sparse - there might be gaps
    // between values. So we iterate through the histogram, making
    // sure that instead of undefined, gaps have 0 values.
    for (var i$1 = 0; i$1 < observedFrequencies.length; i$1++) {
        if (observedFrequencies[i$1] === undefined) {
            observedFrequencies[i$1] = 0;
        }
    }

    // Create an array holding a histogram of expected data given the
    // sample size and hypothesized distribution.
    for (var k in hypothesizedDistribution) {
        if (k in observedFrequencies) {
            expectedFrequencies[+k] = hypothesizedDistribution[k] * data.length;
        }
    }

    if (expectedFrequencies.length === 0) {
        throw new Error(
            "chiSquaredGoodnessOfFit requires distributionType to return a distribution for the mean of the data"
        );
    }

    // The hypothesized distribution can stop short of the largest observation,
    // leaving those observations with no expected frequency to be compared
    // against. Fold them into the last class the distribution does cover, the
    // same treatment the collapse below gives to sparse classes, so that the
    // two histograms describe the same classes.
    var lastClass = expectedFrequencies.length - 1;
    for (var k$1 = observedFrequencies.length - 1; k$1 > lastClass; k$1--) {
        observedFrequencies[lastClass] += observedFrequencies[k$1];
        observedFrequencies.pop();
    }

    // Working backward through the expected frequencies, collapse classes
    // if less than three observations are expected for a class.
    // This transformation is applied to the observed frequencies as well.
    // The class that was merged is the one that has to go: popping instead
    // drops the last class, which is only the same thing until a class is
    // large enough to keep. The first class is left alone, since there is no
    // class before it to collapse it into.
    for (var k$2 = expectedFrequencies.length - 1; k$2 >= 1; k$2--) {
        if (expectedFrequencies[k$2] < 3) {
            expectedFrequencies[k$2 - 1] += expectedFrequencies[k$2];
            expectedFrequencies.splice(k$2, 1);

            observedFrequencies[k$2 - 1] += observedFrequencies[k$2];
            observedFrequencies.splice(k$2, 1);
        }
    }

    // Iterate through the squared differences between observed & expected
    // frequencies, accumulating the `chiSquared` statistic.
    for (var k$3 = 0; k$3 < observedFrequencies.length; k$3++) {
        chiSquared +=
            Math.pow(observedFrequencies[k$3] - expectedFrequencies[k$3], 2) /
            expectedFrequencies[k$3];
    }

    if (!Number.isFinite(chiSquared)) {
        throw new Error(
            "chiSquaredGoodnessOfFit could not compute a test statistic for this data and distribution"
        );
    }

    // Calculate degrees of freedom for this test and look it up in the
    // `chiSquaredDistributionTable` in order to
    // accept or reject the goodness-of-fit of the hypothesized distribution.
    // Degrees of freedom, calculated as (number of class intervals -
    // number of hypothesized distribution parameters estimated - 1)
    var degreesOfFreedom = observedFrequencies.length - c - 1;
    if (degreesOfFreedom < 1) {
        throw new Error(
            "chiSquaredGoodnessOfFit requires more data: the classes that survive collapsing leave no degrees of freedom"
        );
    }

    var criticalValues = chiSquaredDistributionTable[degreesOfFreedom];
    if (criticalValues === undefined) {
        throw new Error(
            ("chiSquaredGoodnessOfFit has no critical values tabulated for " + degreesOfFreedom + " degrees of freedom")
        );
    }
    if (criticalValues[significance] === undefined) {
        throw new Error(
            ("chiSquaredGoodnessOfFit has no critical value tabulated for a significance of " + significance)
        );
    }

    return criticalValues[significance] < chiSquared;
}

/**
 * **[Logistic Cumulative Distribution Function](https://en.wikipedia.org/wiki/Logistic_distribution)**
 *
 * @param {number} x
 * @returns {number} cumulative standard logistic probability
 */
function cumulativeStdLogisticProbability(x) {
    return 1 / (Math.exp(-x) + 1);
}

var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);

function cumulativeDistribution(z) {
    var sum = z;
    var tmp = z;

    // The series converges more slowly as z grows: 15 terms fall short of
    // 4-digit precision above z = 2.9. 30 terms converge across the whole
    // domain of the table below, which ends at z = 3.09.
    for (var i = 1; i < 30; i++) {
        tmp *= (z * z) / (2 * i + 1);
        sum += tmp;
    }
    return (
        Math.round((0.5 + (sum / SQRT_2PI$1) * Math.exp((-z * z) / 2)) * 1e4) /
        1e4
    );
}

/**
 * A standard normal table, also called the unit normal table or Z table,
 * is a mathematical table for the values of Φ (phi), which are the values of
 * the [cumulative distribution function](https://en.wikipedia.org/wiki/Normal_distribution#Cumulative_distribution_function)
 * of the normal distribution. It is used to find the probability that a
 * statistic is observed below, above, or between values on the standard
 * normal distribution, and by extension, any normal distribution.
 */
var standardNormalTable = [];

for (var z = 0; z <= 3.09; z += 0.01) {
    standardNormalTable.push(cumulativeDistribution(z));
}

/**
 * **[Cumulative Standard Normal Probability](http://en.wikipedia.org/wiki/Standard_normal_table)**
 *
 * Since probability tables cannot be
 * printed for every normal distribution, as there are an infinite variety
 * of normal distributions, it is common practice to convert a normal to a
 * standard normal and then use the standard normal table to find probabilities.
 *
 * You can use `.5 + .5 * errorFunction(x / Math.sqrt(2))` to calculate the probability
 * instead of looking it up in a table.
 *
 * @param {number} z
 * @returns {number} cumulative standard normal probability
 */
function cumulativeStdNormalProbability(z) {
    // Calculate the position of this value.
    var absZ = Math.abs(z);
    // Each row begins with a different
    // significant digit: 0.5, 0.6, 0.7, and so on. Each value in the table
    // corresponds to a range of 0.01 in the input values, so the value is
    // multiplied by 100.
    var index = Math.min(
        Math.round(absZ * 100),
        standardNormalTable.length - 1
    );

    // The index we calculate must be in the table as a positive value,
    // but we still pay attention to whether the input is positive
    // or negative, and flip the output value as a last step.
    if (z >= 0) {
        return standardNormalTable[index];
    } else {
        // due to floating-point arithmetic, values in the table with
        // 4 significant figures can nevertheless end up as repeating
        // fractions when they're computed here.
        return Math.round((1 - standardNormalTable[index]) * 1e4) / 1e4;
    }
}

/**
 * **[Gaussian error function](http://en.wikipedia.org/wiki/Error_function)**
 *
 * The `errorFunction(x/(sd * Math.sqrt(2)))` is the probability that a value in a
 * normal distribution with standard deviation sd is within x of the mean.
 *
 * This function returns a numerical approximation to the exact value.
 * It uses Horner's method to evaluate the polynomial of τ (tau).
 *
 * @param {number} x input
 * @return {number} error estimation
 * @example
 * errorFunction(1).toFixed(2); // => '0.84'
 */
function errorFunction(x) {
    var t = 1 / (1 + 0.5 * Math.abs(x));
    var tau =
        t *
        Math.exp(
            -x * x +
                ((((((((0.17087277 * t - 0.82215223) * t + 1.48851587) * t -
                    1.13520398) *
                    t +
                    0.27886807) *
                    t -
                    0.18628806) *
                    t +
                    0.09678418) *
                    t +
                    0.37409196) *
                    t +
                    1.00002368) *
                    t -
                1.26551223
        );
    if (x >= 0) {
        return 1 - tau;
    } else {
        return tau - 1;
    }
}

/**
 * A [Factorial](https://en.wikipedia.org/wiki/Factorial), usually written n!, is the product of all positive
 * integers less than or equal to n. Often factorial is implemented
 * recursively, but this iterative approach is significantly faster
 * and simpler.
 *
 * @param {number} n input, must be an integer number 1 or greater
 * @returns {number} factorial: n!
 * @throws {Error} if n is less than 0 or not an integer
 * @example
 * factorial(5); // => 120
 */
function factorial(n) {
    // factorial is mathematically undefined for negative numbers
    if (n < 0) {
        throw new Error("factorial requires a non-negative value");
    }

    if (Math.floor(n) !== n) {
        throw new Error("factorial requires an integer input");
    }

    // typically you'll expand the factorial function going down, like
    // 5! = 5 * 4 * 3 * 2 * 1. This is going in the opposite direction,
    // counting from 2 up to the number in question, and since anything
    // multiplied by 1 is itself, the loop only needs to start at 2.
    var accumulator = 1;
    for (var i = 2; i <= n; i++) {
        // for each number up to and including the number `n`, multiply
        // the accumulator my that number.
        accumulator *= i;
    }
    return accumulator;
}

/**
 * Compute the [gamma function](https://en.wikipedia.org/wiki/Gamma_function) of a value using Nemes' approximation.
 * The gamma of n is equivalent to (n-1)!, but unlike the factorial function, gamma is defined for all real n except zero
 * and negative integers (where NaN is returned). Note, the gamma function is also well-defined for complex numbers,
 * though this implementation currently does not handle complex numbers as input values.
 * Nemes' approximation is defined [here](https://arxiv.org/abs/1003.6020) as Theorem 2.2.
 * Negative values use [Euler's reflection formula](https://en.wikipedia.org/wiki/Gamma_function#Properties) for computation.
 *
 * @param {number} n Any real number except for zero and negative integers.
 * @returns {number} The gamma of the input value.
 *
 * @example
 * gamma(11.5); // 11899423.083964102
 * gamma(-11.5); // 2.2957581048237436e-8
 * gamma(5); // 24
 */
// The Nemes expansion is asymptotic, so it is only accurate for large
// arguments. Below this the recurrence lifts the argument first. At 20
// the worst relative error over (0, 30] is 1.9e-13, against 1.8 for the
// expansion applied directly.
var NEMES_MIN = 20;

function gamma(n) {
    if (Number.isInteger(n)) {
        if (n <= 0) {
            // gamma not defined for zero or negative integers
            return Number.NaN;
        } else {
            // use factorial for integer inputs
            return factorial(n - 1);
        }
    }

    if (n > 0 && n < NEMES_MIN) {
        // The Nemes expansion below divides its terms by powers of
        // `n - 3/4`, so they stop shrinking once the argument is small
        // and the series is worthless there: gamma(1.01) came back as
        // 1.8 times its true value. Arguments in (0, 1) additionally
        // recursed forever through the reflection branch, because the
        // reflected argument stayed in (0, 1) and never reached the
        // expansion at all.
        //
        // Lift into the range where the expansion converges, using the
        // recurrence gamma(n) = gamma(n + 1) / n.
        return gamma(n + 1) / n;
    }

    // Decrement n, because approximation is defined for n - 1
    n--;

    if (n < 0) {
        // Use Euler's reflection formula for negative inputs
        // see:  https://en.wikipedia.org/wiki/Gamma_function#Properties
        return Math.PI / (Math.sin(Math.PI * -n) * gamma(-n));
    } else {
        // Nemes' expansion approximation
        var seriesCoefficient =
            Math.pow(n / Math.E, n) * Math.sqrt(2 * Math.PI * (n + 1 / 6));

        var seriesDenom = n + 1 / 4;

        var seriesExpansion =
            1 +
            1 / 144 / Math.pow(seriesDenom, 2) -
            1 / 12960 / Math.pow(seriesDenom, 3) -
            257 / 207360 / Math.pow(seriesDenom, 4) -
            52 / 2612736 / Math.pow(seriesDenom, 5) +
            5741173 / 9405849600 / Math.pow(seriesDenom, 6) +
            37529 / 18811699200 / Math.pow(seriesDenom, 7);

        return seriesCoefficient * seriesExpansion;
    }
}

/**
 * The Inverse [Gaussian error function](http://en.wikipedia.org/wiki/Error_function)
 * returns a numerical approximation to the value that would have caused
 * `errorFunction()` to return x.
 *
 * @param {number} x value of error function
 * @returns {number} estimated inverted value
 */
function inverseErrorFunction(x) {
    var a = (8 * (Math.PI - 3)) / (3 * Math.PI * (4 - Math.PI));

    var inv = Math.sqrt(
        Math.sqrt(
            Math.pow(2 / (Math.PI * a) + Math.log(1 - x * x) / 2, 2) -
                Math.log(1 - x * x) / a
        ) -
            (2 / (Math.PI * a) + Math.log(1 - x * x) / 2)
    );

    if (x >= 0) {
        return inv;
    } else {
        return -inv;
    }
}

/**
 * Calculate Euclidean distance between two points.
 * @param {Array<number>} left First N-dimensional point.
 * @param {Array<number>} right Second N-dimensional point.
 * @returns {number} Distance.
 */
function euclideanDistance(left, right) {
    var sum = 0;
    for (var i = 0; i < left.length; i++) {
        var diff = left[i] - right[i];
        sum += diff * diff;
    }
    return Math.sqrt(sum);
}

/**
 * @typedef {Object} kMeansReturn
 * @property {Array<number>} labels The labels.
 * @property {Array<Array<number>>} centroids The cluster centroids.
 */

/**
 * Perform k-means clustering.
 *
 * @param {Array<Array<number>>} points N-dimensional coordinates of points to be clustered.
 * @param {number} numCluster How many clusters to create.
 * @param {Function} randomSource An optional entropy source that generates uniform values in [0, 1).
 * @return {kMeansReturn} Labels (same length as data) and centroids (same length as numCluster).
 * @throws {Error} If any centroids wind up friendless (i.e., without associated points).
 *
 * @example
 * kMeansCluster([[0.0, 0.5], [1.0, 0.5]], 2); // => {labels: [0, 1], centroids: [[0.0, 0.5], [1.0, 0.5]]}
 */
function kMeansCluster(points, numCluster, randomSource) {
    if ( randomSource === void 0 ) randomSource = Math.random;

    var oldCentroids = null;
    var newCentroids = sample(points, numCluster, randomSource);
    var labels = null;
    var change = Number.MAX_VALUE;
    while (change !== 0) {
        labels = labelPoints(points, newCentroids);
        oldCentroids = newCentroids;
        newCentroids = calculateCentroids(points, labels, numCluster);
        change = calculateChange(newCentroids, oldCentroids);
    }
    return {
        labels: labels,
        centroids: newCentroids
    };
}

/**
 * Label each point according to which centroid it is closest to.
 *
 * @private
 * @param {Array<Array<number>>} points Array of XY coordinates.
 * @param {Array<Array<number>>} centroids Current centroids.
 * @return {Array<number>} Group labels.
 */
function labelPoints(points, centroids) {
    return points.map(function (p) {
        var minDist = Number.MAX_VALUE;
        var label = -1;
        for (var i = 0; i < centroids.length; i++) {
            var dist = euclideanDistance(p, centroids[i]);
            if (dist < minDist) {
                minDist = dist;
                label = i;
            }
        }
        return label;
    });
}

/**
 * Calculate centroids for points given labels.
 *
 * @private
 * @param {Array<Array<number>>} points Array of XY coordinates.
 * @param {Array<number>} labels Which groups points belong to.
 * @param {number} numCluster Number of clusters being created.
 * @return {Array<Array<number>>} Centroid for each group.
 * @throws {Error} If any centroids wind up friendless (i.e., without associated points).
 */
function calculateCentroids(points, labels, numCluster) {
    // Initialize accumulators.
    var dimension = points[0].length;
    var centroids = makeMatrix(numCluster, dimension);
    var counts = Array(numCluster).fill(0);

    // Add points to centroids' accumulators and count points per centroid.
    var numPoints = points.length;
    for (var i = 0; i < numPoints; i++) {
        var point = points[i];
        var label = labels[i];
        var current = centroids[label];
        for (var j = 0; j < dimension; j++) {
            current[j] += point[j];
        }
        counts[label] += 1;
    }

    // Rescale centroids, checking for any that have no points.
    for (var i$1 = 0; i$1 < numCluster; i$1++) {
        if (counts[i$1] === 0) {
            throw new Error(("Centroid " + i$1 + " has no friends"));
        }
        var centroid = centroids[i$1];
        for (var j$1 = 0; j$1 < dimension; j$1++) {
            centroid[j$1] /= counts[i$1];
        }
    }

    return centroids;
}

/**
 * Calculate the difference between old centroids and new centroids.
 *
 * @private
 * @param {Array<Array<number>>} left One list of centroids.
 * @param {Array<Array<number>>} right Another list of centroids.
 * @return {number} Distance between centroids.
 */
function calculateChange(left, right) {
    var total = 0;
    for (var i = 0; i < left.length; i++) {
        total += euclideanDistance(left[i], right[i]);
    }
    return total;
}

var SQRT_2PI = Math.sqrt(2 * Math.PI);

/**
 * [Well-known kernels](https://en.wikipedia.org/wiki/Kernel_(statistics)#Kernel_functions_in_common_use)
 * @private
 */
var kernels = {
    /**
     * The gaussian kernel.
     * @private
     */
    gaussian: function (u) {
        return Math.exp(-0.5 * u * u) / SQRT_2PI;
    }
};

/**
 * Well known bandwidth selection methods
 * @private
 */
var bandwidthMethods = {
    /**
     * The ["normal reference distribution"
     * rule-of-thumb](https://stat.ethz.ch/R-manual/R-devel/library/MASS/html/bandwidth.nrd.html),
     * a commonly used version of [Silverman's
     * rule-of-thumb](https://en.wikipedia.org/wiki/Kernel_density_estimation#A_rule-of-thumb_bandwidth_estimator).
     * @private
     */
    nrd: function (x) {
        var s = sampleStandardDeviation(x);
        var iqr = interquartileRange(x);
        if (typeof iqr === "number") {
            s = Math.min(s, iqr / 1.34);
        }
        return 1.06 * s * Math.pow(x.length, -0.2);
    }
};

/**
 * [Kernel density estimation](https://en.wikipedia.org/wiki/Kernel_density_estimation)
 * is a useful tool for, among other things, estimating the shape of the
 * underlying probability distribution from a sample.
 *
 * @name kernelDensityEstimation
 * @param X sample values
 * @param kernel The kernel function to use. If a function is provided, it should return non-negative values and integrate to 1. Defaults to 'gaussian'.
 * @param bandwidthMethod The "bandwidth selection" method to use, or a fixed bandwidth value. Defaults to "nrd", the commonly-used ["normal reference distribution" rule-of-thumb](https://stat.ethz.ch/R-manual/R-devel/library/MASS/html/bandwidth.nrd.html).
 * @returns {Function} An estimated [probability density function](https://en.wikipedia.org/wiki/Probability_density_function) for the given sample. The returned function runs in `O(X.length)`.
 */
function kernelDensityEstimation(X, kernel, bandwidthMethod) {
    var kernelFn;
    if (kernel === undefined) {
        kernelFn = kernels.gaussian;
    } else if (typeof kernel === "string") {
        if (!kernels[kernel]) {
            throw new Error('Unknown kernel "' + kernel + '"');
        }
        kernelFn = kernels[kernel];
    } else {
        kernelFn = kernel;
    }

    var bandwidth;
    if (typeof bandwidthMethod === "undefined") {
        bandwidth = bandwidthMethods.nrd(X);
    } else if (typeof bandwidthMethod === "string") {
        if (!bandwidthMethods[bandwidthMethod]) {
            throw new Error(
                'Unknown bandwidth method "' + bandwidthMethod + '"'
            );
        }
        bandwidth = bandwidthMethods[bandwidthMethod](X);
    } else {
        bandwidth = bandwidthMethod;
    }

    return function (x) {
        var i = 0;
        var sum = 0;
        for (i = 0; i < X.length; i++) {
            sum += kernelFn((x - X[i]) / bandwidth);
        }
        return sum / bandwidth / X.length;
    };
}

/**
 * The [Logit](https://en.wikipedia.org/wiki/Logit)
 * is the inverse of cumulativeStdLogisticProbability,
 * and is also known as the logistic quantile function.
 *
 * @param {number} p
 * @returns {number} logit
 */
function logit(p) {
    if (p <= 0 || p >= 1) {
        throw new Error("p must be strictly between zero and one");
    }
    return Math.log(p / (1 - p));
}

/**
 * **[Normal distribution](https://en.wikipedia.org/wiki/Normal_distribution)**
 *
 * Returns either the probability density or the cumulative probability of a
 * normal distribution with the given mean and standard deviation, evaluated
 * at x. It is the equivalent of the NORM.DIST function found in spreadsheet
 * software.
 *
 * The cumulative form is computed with `errorFunction`, so it is more precise
 * than converting x to a z-score and looking it up in the four-decimal
 * `standardNormalTable` used by `cumulativeStdNormalProbability`.
 *
 * @param {number} x the value for which you want the distribution
 * @param {number} mean the mean of the distribution
 * @param {number} standardDeviation the standard deviation of the distribution
 * @param {boolean} [cumulative=false] if true, return the cumulative
 * distribution function; if false, return the probability density function
 * @returns {number} the probability density at x, or the probability of a
 * value at most x
 * @throws {Error} if standardDeviation is not greater than zero
 * @example
 * normalDistribution(42, 40, 1.5, true).toFixed(4); // => '0.9088'
 * normalDistribution(42, 40, 1.5, false).toFixed(4); // => '0.1093'
 */
function normalDistribution(x, mean, standardDeviation, cumulative) {
    if ( cumulative === void 0 ) cumulative = false;

    if (standardDeviation <= 0) {
        throw new Error(
            "normalDistribution requires a standard deviation greater than zero"
        );
    }

    var standardizedX = (x - mean) / standardDeviation;

    if (cumulative) {
        return 0.5 * (1 + errorFunction(standardizedX / Math.SQRT2));
    }
    return (
        Math.exp(-0.5 * standardizedX * standardizedX) /
        (standardDeviation * Math.sqrt(2 * Math.PI))
    );
}

/**
 * This is a single-layer [Perceptron Classifier](http://en.wikipedia.org/wiki/Perceptron) that takes
 * arrays of numbers and predicts whether they should be classified
 * as either 0 or 1 (negative or positive examples).
 * @class
 * @example
 * // Create the model
 * var p = new PerceptronModel();
 * // Train the model with input with a diagonal boundary.
 * for (var i = 0; i < 5; i++) {
 *     p.train([1, 1], 1);
 *     p.train([0, 1], 0);
 *     p.train([1, 0], 0);
 *     p.train([0, 0], 0);
 * }
 * p.predict([0, 0]); // 0
 * p.predict([0, 1]); // 0
 * p.predict([1, 0]); // 0
 * p.predict([1, 1]); // 1
 */
var PerceptronModel = function PerceptronModel() {
    // The weights, or coefficients of the model;
    // weights are only populated when training with data.
    this.weights = [];
    // The bias term, or intercept; it is also a weight but
    // it's stored separately for convenience as it is always
    // multiplied by one.
    this.bias = 0;
};
/**
 * **Predict**: Use an array of features with the weight array and bias
 * to predict whether an example is labeled 0 or 1.
 *
 * @param {Array<number>} features an array of features as numbers
 * @returns {number|null} 1 if the score is over 0, otherwise 0; null if
 * the model has not been trained on feature arrays of this length
 */
PerceptronModel.prototype.predict = function predict (features) {
    // Only predict if previously trained
    // on the same size feature array(s).
    if (features.length !== this.weights.length) {
        return null;
    }

    // Calculate the sum of features times weights,
    // with the bias added (implicitly times one).
    var score = 0;
    for (var i = 0; i < this.weights.length; i++) {
        score += this.weights[i] * features[i];
    }
    score += this.bias;

    // Classify as 1 if the score is over 0, otherwise 0.
    if (score > 0) {
        return 1;
    } else {
        return 0;
    }
};

/**
 * **Train** the classifier with a new example, which is
 * a numeric array of features and a 0 or 1 label.
 *
 * @param {Array<number>} features an array of features as numbers
 * @param {number} label either 0 or 1
 * @returns {PerceptronModel|null} this, or null if the label is not 0 or 1
 */
PerceptronModel.prototype.train = function train (features, label) {
    // Require that only labels of 0 or 1 are considered.
    if (label !== 0 && label !== 1) {
        return null;
    }
    // The length of the feature array determines
    // the length of the weight array.
    // The perceptron will continue learning as long as
    // it keeps seeing feature arrays of the same length.
    // When it sees a new data shape, it initializes.
    if (features.length !== this.weights.length) {
        this.weights = features.slice();
        this.bias = 1;
    }
    // Make a prediction based on current weights.
    var prediction = this.predict(features);
    // Update the weights if the prediction is wrong.
    if (typeof prediction === "number" && prediction !== label) {
        var gradient = label - prediction;
        for (var i = 0; i < this.weights.length; i++) {
            this.weights[i] += gradient * features[i];
        }
        this.bias += gradient;
    }
    return this;
};

/**
 * Conducts a [permutation test](https://en.wikipedia.org/wiki/Resampling_(statistics)#Permutation_tests)
 * to determine if two data sets are *significantly* different from each other, using
 * the difference of means between the groups as the test statistic.
 * The function allows for the following hypotheses:
 * - two_side = Null hypothesis: the two distributions are equal.
 * - greater = Null hypothesis: observations from sampleX tend to be smaller than those from sampleY.
 * - less = Null hypothesis: observations from sampleX tend to be greater than those from sampleY.
 * [Learn more about one-tail vs two-tail tests.](https://en.wikipedia.org/wiki/One-_and_two-tailed_tests)
 *
 * @param {Array<number>} sampleX first dataset (e.g. treatment data)
 * @param {Array<number>} sampleY second dataset (e.g. control data)
 * @param {'two_side'|'greater'|'less'} [alternative='two_side'] alternative hypothesis
 * @param {number} k number of values in permutation distribution.
 * @param {Function} [randomSource=Math.random] an optional entropy source
 * @returns {number} p-value The probability of observing the difference between groups (as or more extreme than what we did), assuming the null hypothesis.
 *
 * @example
 * var control = [2, 5, 3, 6, 7, 2, 5];
 * var treatment = [20, 5, 13, 12, 7, 2, 2];
 * permutationTest(control, treatment); // ~0.1324
 */
function permutationTest(sampleX, sampleY, alternative, k, randomSource) {
    // Set default arguments
    if (k === undefined) {
        k = 10000;
    }
    if (alternative === undefined) {
        alternative = "two_side";
    }
    if (
        alternative !== "two_side" &&
        alternative !== "greater" &&
        alternative !== "less"
    ) {
        throw new Error(
            "`alternative` must be either 'two_side', 'greater', or 'less'."
        );
    }

    // get means for each sample
    var meanX = mean(sampleX);
    var meanY = mean(sampleY);

    // calculate initial test statistic. This will be our point of comparison with
    // the generated test statistics.
    var testStatistic = meanX - meanY;

    // create test-statistic distribution
    var testStatDsn = new Array(k);

    // combine datsets so we can easily shuffle later
    var allData = sampleX.concat(sampleY);
    // Each permutation reassigns the pooled values into two groups that keep
    // the original sample sizes. Splitting at the midpoint only matches when
    // both samples are the same length; for unequal samples it built the
    // permutation distribution from the wrong group sizes.
    var splitIndex = sampleX.length;

    for (var i = 0; i < k; i++) {
        // 1. shuffle data assignments
        shuffleInPlace(allData, randomSource);
        var permLeft = allData.slice(0, splitIndex);
        var permRight = allData.slice(splitIndex, allData.length);

        // 2.re-calculate test statistic
        var permTestStatistic = mean(permLeft) - mean(permRight);

        // 3. store test statistic to build test statistic distribution
        testStatDsn[i] = permTestStatistic;
    }

    // Calculate p-value depending on alternative
    // For this test, we calculate the percentage of 'extreme' test statistics (subject to our hypothesis)
    // more info on permutation test p-value calculations: https://onlinecourses.science.psu.edu/stat464/node/35
    var numExtremeTStats = 0;
    if (alternative === "two_side") {
        for (var i$1 = 0; i$1 <= k; i$1++) {
            if (Math.abs(testStatDsn[i$1]) >= Math.abs(testStatistic)) {
                numExtremeTStats += 1;
            }
        }
    } else if (alternative === "greater") {
        for (var i$2 = 0; i$2 <= k; i$2++) {
            if (testStatDsn[i$2] >= testStatistic) {
                numExtremeTStats += 1;
            }
        }
    } else {
        // alternative === 'less'
        for (var i$3 = 0; i$3 <= k; i$3++) {
            /* c8 ignore start */
            if (testStatDsn[i$3] <= testStatistic) {
                numExtremeTStats += 1;
            }
            /* c8 ignore end */
        }
    }

    return numExtremeTStats / k;
}

/**
 * The [Poisson Distribution](http://en.wikipedia.org/wiki/Poisson_distribution)
 * is a discrete probability distribution that expresses the probability
 * of a given number of events occurring in a fixed interval of time
 * and/or space if these events occur with a known average rate and
 * independently of the time since the last event.
 *
 * The Poisson Distribution is characterized by the strictly positive
 * mean arrival or occurrence rate, `λ`.
 *
 * Returns `undefined` when the distribution cannot be calculated: when `lambda`
 * is not a strictly positive number, or when it is large enough that the table
 * would run past a million cells.
 *
 * @param {number} lambda location poisson distribution
 * @returns {number[] | undefined} values of poisson distribution at that point
 */
function poissonDistribution(lambda) /*: ?number[] */ {
    // Check that lambda is strictly positive
    if (lambda <= 0) {
        return undefined;
    }

    // The distribution peaks at `lambda`, so past the length of the table
    // there is nothing to tabulate and no reason to start.
    if (lambda >= maxDistributionCells) {
        return undefined;
    }

    // Our current place in the distribution
    var x = 0;
    // And we keep track of the current cumulative probability, in
    // order to know when to stop calculating chances.
    var cumulativeProbability = 0;
    // The calculated cells to be returned
    var cells = [];

    // The only term of the mass function below that does not vary with `x`
    var logLambda = Math.log(lambda);

    // This algorithm iterates through each potential outcome,
    // until the `cumulativeProbability` is very close to 1, at
    // which point we've defined the vast majority of outcomes
    do {
        // a [probability mass function](https://en.wikipedia.org/wiki/Probability_mass_function),
        // taken through its logarithm: `lambda` raised to `x` and the factorial
        // of `x` each leave floating-point range long before their ratio does,
        // so computing them separately loses cells the distribution needs.
        cells[x] = Math.exp(x * logLambda - lambda - gammaln(x + 1));
        cumulativeProbability += cells[x];
        x++;
        // When the `cumulativeProbability` is nearly 1, we've calculated
        // the useful range of this distribution
    } while (cumulativeProbability < 1 - epsilon && x < maxDistributionCells);

    // Stopping for any other reason - a lambda that is not a number, or a
    // distribution too wide for the table - leaves cells that do not add up to
    // a distribution, so report that rather than returning them.
    if (
        Number.isNaN(cumulativeProbability) ||
        cumulativeProbability < 1 - epsilon
    ) {
        return undefined;
    }

    return cells;
}

/**
 * The [Probit](http://en.wikipedia.org/wiki/Probit)
 * is the inverse of cumulativeStdNormalProbability(),
 * and is also known as the normal quantile function.
 *
 * It returns the number of standard deviations from the mean
 * where the p'th quantile of values can be found in a normal distribution.
 * So, for example, probit(0.5 + 0.6827/2) ≈ 1 because 68.27% of values are
 * normally found within 1 standard deviation above or below the mean.
 *
 * @param {number} p
 * @returns {number} probit
 */
function probit(p) {
    if (p === 0) {
        p = epsilon;
    } else if (p >= 1) {
        p = 1 - epsilon;
    }
    return Math.sqrt(2) * inverseErrorFunction(2 * p - 1);
}

/**
 * Calculate the [silhouette values](https://en.wikipedia.org/wiki/Silhouette_(clustering))
 * for clustered data.
 *
 * @param {Array<Array<number>>} points N-dimensional coordinates of points.
 * @param {Array<number>} labels Labels of points. This must be the same length as `points`,
 * and values must lie in [0..G-1], where G is the number of groups.
 * @return {Array<number>} The silhouette value for each point.
 *
 * @example
 * silhouette([[0.25], [0.75]], [0, 0]); // => [1.0, 1.0]
 */
function silhouette(points, labels) {
    if (points.length !== labels.length) {
        throw new Error("must have exactly as many labels as points");
    }
    var groupings = createGroups(labels);
    var distances = calculateAllDistances(points);
    var result = [];
    for (var i = 0; i < points.length; i++) {
        var s = 0;
        if (groupings[labels[i]].length > 1) {
            var a = meanDistanceFromPointToGroup(
                i,
                groupings[labels[i]],
                distances
            );
            var b = meanDistanceToNearestGroup(
                i,
                labels,
                groupings,
                distances
            );
            s = (b - a) / Math.max(a, b);
        }
        result.push(s);
    }
    return result;
}

/**
 * Create a lookup table mapping group IDs to point IDs.
 *
 * @private
 * @param {Array<number>} labels Labels of points. This must be the same length as `points`,
 * and values must lie in [0..G-1], where G is the number of groups.
 * @return {Array<Array<number>>} An array of length G, each of whose entries is an array
 * containing the indices of the points in that group.
 */
function createGroups(labels) {
    var numGroups = 1 + max(labels);
    var result = Array(numGroups);
    for (var i = 0; i < labels.length; i++) {
        var label = labels[i];
        if (result[label] === undefined) {
            result[label] = [];
        }
        result[label].push(i);
    }
    return result;
}

/**
 * Create a lookup table of all inter-point distances.
 *
 * @private
 * @param {Array<Array<number>>} points N-dimensional coordinates of points.
 * @return {Array<Array<number>>} A symmetric square array of inter-point distances
 * (zero on the diagonal).
 */
function calculateAllDistances(points) {
    var numPoints = points.length;
    var result = makeMatrix(numPoints, numPoints);
    for (var i = 0; i < numPoints; i++) {
        for (var j = 0; j < i; j++) {
            result[i][j] = euclideanDistance(points[i], points[j]);
            result[j][i] = result[i][j];
        }
    }
    return result;
}

/**
 * Calculate the mean distance between this point and all the points in the
 * nearest group (as determined by which point in another group is closest).
 *
 * @private
 * @param {number} which The index of this point.
 * @param {Array<number>} labels Labels of points.
 * @param {Array<Array<number>>} groupings An array whose entries are arrays
 * containing the indices of the points in that group.
 * @param {Array<Array<number>>} distances A symmetric square array of inter-point
 * distances.
 * @return {number} The mean distance from this point to others in the nearest
 * group.
 */
function meanDistanceToNearestGroup(which, labels, groupings, distances) {
    var label = labels[which];
    var result = Number.MAX_VALUE;
    for (var i = 0; i < groupings.length; i++) {
        if (i !== label) {
            var d = meanDistanceFromPointToGroup(
                which,
                groupings[i],
                distances
            );
            if (d < result) {
                result = d;
            }
        }
    }
    return result;
}

/**
 * Calculate the mean distance from a point to the other members of a group,
 * which may be the point's own group.
 *
 * @private
 * @param {number} which The index of this point.
 * @param {Array<number>} group The indices of all the points in the group in
 * question.
 * @param {Array<Array<number>>} distances A symmetric square array of inter-point
 * distances.
 * @return {number} The mean distance from this point to others in the
 * specified group.
 */
function meanDistanceFromPointToGroup(which, group, distances) {
    var total = 0;
    var count = 0;
    for (var i = 0; i < group.length; i++) {
        if (group[i] === which) {
            continue;
        }
        total += distances[which][group[i]];
        count++;
    }
    return total / count;
}

/**
 * Calculate the [silhouette metric](https://en.wikipedia.org/wiki/Silhouette_(clustering))
 * for a set of N-dimensional points arranged in groups. The metric is the largest
 * individual silhouette value for the data.
 *
 * @param {Array<Array<number>>} points N-dimensional coordinates of points.
 * @param {Array<number>} labels Labels of points. This must be the same length as `points`,
 * and values must lie in [0..G-1], where G is the number of groups.
 * @return {number} The silhouette metric for the groupings.
 *
 * @example
 * silhouetteMetric([[0.25], [0.75]], [0, 0]); // => 1.0
 */
function silhouetteMetric(points, labels) {
    var values = silhouette(points, labels);
    return max(values);
}

/**
 * The [Z-Score, or Standard Score](http://en.wikipedia.org/wiki/Standard_score).
 *
 * The standard score is the number of standard deviations an observation
 * or datum is above or below the mean. Thus, a positive standard score
 * represents a datum above the mean, while a negative standard score
 * represents a datum below the mean. It is a dimensionless quantity
 * obtained by subtracting the population mean from an individual raw
 * score and then dividing the difference by the population standard
 * deviation.
 *
 * The z-score is only defined if one knows the population parameters;
 * if one only has a sample set, then the analogous computation with
 * sample mean and sample standard deviation yields the
 * Student's t-statistic.
 *
 * @param {number} x
 * @param {number} mean
 * @param {number} standardDeviation
 * @return {number} z score
 * @example
 * zScore(78, 80, 5); // => -0.4
 */
function zScore(x, mean, standardDeviation) {
    return (x - mean) / standardDeviation;
}


//# sourceMappingURL=simple-statistics.mjs.map


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(3546);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
