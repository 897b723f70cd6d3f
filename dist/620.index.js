export const id = 620;
export const ids = [620];
export const modules = {

/***/ 6620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: coreLogger

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/sources/limits.ts
const DEFAULT_LIMITS = {
    maxTotalBytes: 8 * 1024 ** 3,
    maxFileBytes: 4 * 1024 ** 3,
    maxRatio: 200,
    maxEntries: 10_000,
    maxLineBytes: 64 * 1024 * 1024,
};
/** A problem with input that we report and survive. */
class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}

// EXTERNAL MODULE: ./src/slog/file-scan.ts + 6 modules
var file_scan = __webpack_require__(282);
;// CONCATENATED MODULE: ./src/run-files/discover.ts
/**
 * Finds the files of one loadgen run: a directory in the runner's layout (searched at the top and
 * one level down, since the agoric-sdk CI artifact nests it under `loadgen-output/`), or explicit
 * files. Slogs are ordered by stage; client slogs are not chain slogs and are left out.
 */




const SLOG_RE = /\.(slog|slog\.gz|jsonl|jsonl\.gz|json\.gz|log\.gz)$/i;
const SNAP_RE = /(-storage\.tar\.xz|\.sqlite|\.sqlite\.gz)$/i;
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
    const out = { root: null, slogs: [], snapshots: [], perf: null, zips: [] };
    for (const input of inputs) {
        let st;
        try {
            st = await (0,promises_.stat)(input);
        }
        catch {
            throw new InputError(`${input}: no such file or directory`);
        }
        if (st.isDirectory()) {
            out.root ??= input;
            await scanDir(input, out, 1);
        }
        else if (st.isFile()) {
            const kind = classify(external_node_path_default().basename(input)) ?? 'slog';
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
        out.snapshots.push({ path: p, stage: (0,file_scan/* stageOf */.gV)(p), bytes });
    else if (kind === 'slog')
        out.slogs.push({ path: p, stage: (0,file_scan/* stageOf */.gV)(p), bytes });
}
async function scanDir(dir, out, depthLeft) {
    const entries = (await (0,promises_.readdir)(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    const subdirs = [];
    let found = false;
    for (const e of entries) {
        const p = external_node_path_default().join(dir, e.name);
        if (e.isDirectory())
            subdirs.push(p);
        else if (e.isFile()) {
            const kind = classify(e.name);
            if (!kind || kind === 'zip')
                continue;
            add(out, kind, p, (await (0,promises_.stat)(p)).size);
            found = true;
        }
    }
    if (!found && depthLeft > 0)
        for (const d of subdirs)
            await scanDir(d, out, depthLeft - 1);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
var external_node_readline_default = /*#__PURE__*/__webpack_require__.n(external_node_readline_);
;// CONCATENATED MODULE: ./src/run-files/perf.ts
/**
 * perf.jsonl (docs/formats.md §5.2): the runner's perf events. We read each stage's block range
 * and cycle count from the `perf-finish` stats, streaming, and tolerate a missing or broken file.
 */


const n = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
async function readPerf(file) {
    const out = { stages: {}, cycles: null, totalBlockCount: null, sdkRevision: null, badLines: 0 };
    const rl = external_node_readline_default().createInterface({ input: (0,external_node_fs_.createReadStream)(file), crlfDelay: Infinity });
    for await (const line of rl) {
        if (!line.trim())
            continue;
        if (!line.includes('"perf-finish"') && !line.includes('"perf-stage-first-block"'))
            continue;
        let ev;
        try {
            ev = JSON.parse(line);
        }
        catch {
            out.badLines++;
            continue;
        }
        if (ev?.type !== 'perf-finish' || typeof ev.stats !== 'object' || !ev.stats)
            continue;
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
    }
    return out;
}

// EXTERNAL MODULE: ./src/pipeline/scan-files.ts
var scan_files = __webpack_require__(1339);
// EXTERNAL MODULE: ./src/slog/diagnostics.ts
var diagnostics = __webpack_require__(9625);
// EXTERNAL MODULE: ./src/analyzers/delivery-stats.ts
var delivery_stats = __webpack_require__(605);
// EXTERNAL MODULE: ./src/analyzers/clist-replay.ts
var clist_replay = __webpack_require__(3620);
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
                boyd: { x: [], seconds: [], heap: [], preSnapshot: [] },
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
    let blocks = 0;
    let swingsetSeconds = 0;
    let firstTime = null;
    let lastTime = null;
    for (const s of scans) {
        if (s.heightMin !== null)
            heightMin = heightMin === null ? s.heightMin : Math.min(heightMin, s.heightMin);
        if (s.heightMax !== null)
            heightMax = heightMax === null ? s.heightMax : Math.max(heightMax, s.heightMax);
        blocks += s.blocks;
        swingsetSeconds += s.swingsetSeconds;
        if (firstTime === null && s.firstBlockTime !== null)
            firstTime = s.firstBlockTime;
        if (s.lastBlockTime !== null)
            lastTime = s.lastBlockTime;
    }
    if (xAxis === 'deliveryOrdinal') {
        heightMin = scans.some((s) => s.deliveries > 0) ? 1 : null;
        heightMax = off || null;
    }
    return {
        xAxis,
        files: scans,
        vats,
        deliveryAccs: (0,delivery_stats/* mergeDeliveryStats */.eh)(scans.map((s) => s.deliveryAccs), offsets),
        accsByHeight: xAxis !== 'deliveryOrdinal',
        clist: (0,clist_replay/* mergeClist */.KS)(scans.map((s) => s.clist)),
        warnings: diagnostics/* Diagnostics */.r.merge(scans.map((s) => s.warnings)),
        heightMin,
        heightMax,
        blocks,
        swingsetSeconds,
        wallSeconds: firstTime !== null && lastTime !== null ? lastTime - firstTime : null,
        deliveries: off,
    };
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
    }
}
/**
 * Cross-file de-duplication: when a later file repeats deliveries that an earlier file already
 * counted (overlapping or repeated stage files), returns, per affected file index, the per-vat
 * deliveryNum to skip up to. The caller re-scans only those files.
 */
function overlaps(scans) {
    const maxSoFar = Object.create(null);
    const out = new Map();
    scans.forEach((s, i) => {
        for (const [vatID, info] of Object.entries(s.vats)) {
            if (!info.deliveries || info.stuckCounter)
                continue;
            const prev = maxSoFar[vatID];
            if (prev !== undefined && info.minDeliveryNum <= prev) {
                const rec = out.get(i) ?? Object.create(null);
                rec[vatID] = prev;
                out.set(i, rec);
            }
        }
        for (const [vatID, info] of Object.entries(s.vats)) {
            if (!info.deliveries || info.stuckCounter)
                continue;
            maxSoFar[vatID] = Math.max(maxSoFar[vatID] ?? -Infinity, info.maxDeliveryNum);
        }
    });
    return out;
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/kernel-db/tar.ts


// mode owner size date time name  (size may be "maj,min" for devices; date/time vary with --full-time)
const LINE_RE = /^(\S)\S*\s+\S+\s+(\S+)\s+(\d{4,}-\d\d-\d\d \d\d:\d\d(?::\d\d(?:\.\d+)?)?|-?\d+) (.*)$/s;
/**
 * Undo GNU tar's `escape` quoting style: `\\`, `\n`, `\t`, … and `\ooo` octal bytes. Returns
 * undefined if the result is not valid UTF-8 (we could not pass such a name back to tar).
 */
function unescapeTarName(s) {
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
        return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
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
    const name = unescapeTarName(rest);
    if (name === undefined)
        return undefined;
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
        const child = (0,external_node_child_process_.spawn)('tar', args, { stdio: ['ignore', 'pipe', 'pipe'], env: tarEnv() });
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
        throw new InputError(`${file}: cannot read snapshot: ${err.message}`);
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
    throw new InputError(`${file}: unrecognized snapshot format (expected swingstore.sqlite, *.sqlite.gz or chain-stage-N-storage.tar.xz)`);
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
    return promises_default().mkdtemp(external_node_path_default().join(root, 'loadgen-gate-kdb-'));
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
            await promises_default().rm(dir, { recursive: true, force: true });
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
    const limits = opts.limits ?? DEFAULT_LIMITS;
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
    throw new InputError(`${dir}: no ${DB_NAME} in directory (looked in ., data/agoric, data/ag-cosmos-chain-state)`);
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
        await promises_default().rm(dir, { recursive: true, force: true });
        throw new InputError(`${file}: cannot copy WAL database: ${err.message}`);
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
        await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(file), (0,external_node_zlib_.createGunzip)(), byteCap(Math.min(limits.maxFileBytes, limits.maxTotalBytes), size, limits.maxRatio, 'decompressed DB'), (0,external_node_fs_.createWriteStream)(dbPath, { flags: 'wx', mode: 0o600 }));
    }
    catch (err) {
        await promises_default().rm(dir, { recursive: true, force: true });
        const msg = err.message;
        throw new InputError(err instanceof LimitExceeded ? `${file}: ${msg}` : `${file}: cannot gunzip snapshot: ${msg}`);
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
async function openTar(file, compression, limits, tmpRoot) {
    const { size: archiveSize } = await promises_default().stat(file);
    const common = ['-f', file, '--force-local', ...(compression ? [compression] : [])];
    // 1. List (verbose, escaped names, C locale) and check every member name.
    let count = 0;
    let tooMany = false;
    let unsafe;
    let unparsedDbLine;
    let sawMdb = false;
    const cands = [];
    let listing;
    try {
        listing = await runTar(['-t', '-v', ...common, '--quoting-style=escape', '--numeric-owner', '--utc'], (line) => {
            count++;
            if (count > limits.maxEntries) {
                tooMany = true;
                return false;
            }
            const e = parseTarVerboseLine(line);
            if (!e) {
                if (line.includes(DB_NAME))
                    unparsedDbLine = line;
                return true;
            }
            if (isUnsafeMemberName(e.name)) {
                unsafe = e.name;
                return false;
            }
            if (isDbName(e.name) || isDbName(e.name, '-wal') || isDbName(e.name, '-shm') || isDbName(e.name.replace(/\/+$/, ''))) {
                cands.push(e);
            }
            if (/(^|\/)data\.mdb$/.test(e.name))
                sawMdb = true;
            return true;
        });
    }
    catch (err) {
        throw new Error(`cannot run system tar: ${err.message}`);
    }
    if (tooMany)
        throw new InputError(`${file}: archive has more than ${limits.maxEntries} members (limits.maxEntries)`);
    if (unsafe !== undefined) {
        throw new InputError(`${file}: unsafe member path "${unsafe}" (absolute or containing ".."); refusing archive`);
    }
    if (listing.code !== 0) {
        throw new InputError(`${file}: not a readable tar archive: ${listing.stderrFirstLine || `tar exited with ${listing.code ?? listing.signal}`}`);
    }
    if (unparsedDbLine !== undefined) {
        throw new InputError(`${file}: cannot parse tar listing line: ${JSON.stringify(unparsedDbLine)}`);
    }
    // 2. Select the DB member and its WAL siblings.
    const mains = cands.filter((e) => isDbName(e.name.replace(/\/+$/, '')));
    if (mains.length === 0) {
        const hint = sawMdb ? ' (found LMDB data.mdb: pre-2022-10 swing-store is not supported)' : '';
        throw new InputError(`${file}: no ${DB_NAME} member in archive${hint}`);
    }
    const primary = pickPrimary(mains);
    const member = primary.name;
    const wanted = [member, `${member}-wal`, `${member}-shm`];
    const selected = [];
    for (const name of wanted) {
        const hits = cands.filter((e) => e.name === name || e.name.replace(/\/+$/, '') === name);
        if (hits.length === 0)
            continue;
        if (hits.length > 1)
            throw new InputError(`${file}: member "${name}" appears ${hits.length} times; refusing archive`);
        const e = hits[0];
        if (e.type !== '-') {
            const what = TYPE_NAMES[e.type] ?? `of type '${e.type}'`;
            const target = e.linkTarget !== undefined ? ` -> ${e.linkTarget}` : '';
            throw new InputError(`${file}: member "${name}" is ${what}${target}, not a regular file; refusing to extract`);
        }
        selected.push(e);
    }
    // 3. Size limits from the listing (checked again on disk after extraction).
    checkSizes(file, selected.map((e) => [e.name, e.size]), archiveSize, limits);
    // 4. Extract only the selected members into a fresh temp dir.
    const dir = await makeTempDir(tmpRoot);
    try {
        const names = selected.map((e) => e.name);
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
            '--warning=no-timestamp',
            '--',
            ...names,
        ]);
        if (res.code !== 0) {
            throw new InputError(`${file}: extracting "${member}" failed: ${res.stderrFirstLine || `tar exited with ${res.code ?? res.signal}`}`);
        }
        const onDisk = [];
        const root = external_node_path_default().resolve(dir) + (external_node_path_default()).sep;
        for (const name of names) {
            const p = external_node_path_default().resolve(dir, name);
            if (!p.startsWith(root))
                throw new InputError(`${file}: member "${name}" escapes the extraction directory`);
            const st = await promises_default().lstat(p).catch(() => undefined);
            if (!st)
                throw new InputError(`${file}: member "${name}" missing after extraction`);
            if (!st.isFile())
                throw new InputError(`${file}: member "${name}" is not a regular file after extraction`);
            onDisk.push([name, st.size]);
        }
        checkSizes(file, onDisk, archiveSize, limits);
        return tempResult(dir, external_node_path_default().resolve(dir, member), member);
    }
    catch (err) {
        await promises_default().rm(dir, { recursive: true, force: true });
        if (err instanceof InputError)
            throw err;
        throw new InputError(`${file}: extracting "${member}" failed: ${err.message}`);
    }
}
function checkSizes(file, sizes, archiveSize, limits) {
    let total = 0;
    for (const [name, size] of sizes) {
        if (size > limits.maxFileBytes) {
            throw new InputError(`${file}: member "${name}" is ${size} bytes, over limits.maxFileBytes ${limits.maxFileBytes}`);
        }
        total += size;
    }
    if (total > limits.maxTotalBytes) {
        throw new InputError(`${file}: selected members total ${total} bytes, over limits.maxTotalBytes ${limits.maxTotalBytes}`);
    }
    if (total > ONE_MIB && archiveSize > 0 && total / archiveSize > limits.maxRatio) {
        throw new InputError(`${file}: selected members (${total} bytes) exceed compression ratio ${limits.maxRatio} of the ${archiveSize}-byte archive (limits.maxRatio)`);
    }
}

// EXTERNAL MODULE: external "node:sqlite"
var external_node_sqlite_ = __webpack_require__(99);
;// CONCATENATED MODULE: ./src/kernel-db/census.ts




const NO_OWNER = '?';
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
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** Cheap sanity check of the 100-byte SQLite header: magic and "file shorter than the header says". */
function checkHeader(dbPath, where) {
    let fd;
    try {
        fd = external_node_fs_default().openSync(dbPath, 'r');
    }
    catch (err) {
        throw new InputError(`${where}: cannot open: ${err.message}`);
    }
    try {
        const head = Buffer.alloc(100);
        const n = external_node_fs_default().readSync(fd, head, 0, 100, 0);
        if (n < 100 || !head.subarray(0, 16).equals(SQLITE_HEADER)) {
            throw new InputError(`${where}: not a SQLite database (bad header)`);
        }
        const rawPage = head.readUInt16BE(16);
        const pageSize = rawPage === 1 ? 65536 : rawPage;
        const pageCount = head.readUInt32BE(28);
        const changeCounter = head.readUInt32BE(24);
        const validFor = head.readUInt32BE(92);
        const size = external_node_fs_default().fstatSync(fd).size;
        if (pageCount > 0 && changeCounter === validFor && size < pageCount * pageSize) {
            throw new InputError(`${where}: SQLite file is truncated (${size} bytes, header says ${pageCount} pages of ${pageSize} bytes)`);
        }
    }
    finally {
        external_node_fs_default().closeSync(fd);
    }
}
function openDb(dbPath, where, allowWrite) {
    checkHeader(dbPath, where);
    let firstErr;
    try {
        const db = new external_node_sqlite_.DatabaseSync(dbPath, { readOnly: true });
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
        try {
            const db = new external_node_sqlite_.DatabaseSync(dbPath, { readOnly: false });
            db.prepare('SELECT 1 FROM sqlite_master LIMIT 1').get();
            return db;
        }
        catch {
            // report the read-only error below
        }
    }
    throw new InputError(`${where}: cannot open SQLite swing-store: ${firstErr.message}`);
}
function toInt(v) {
    if (typeof v !== 'string' && typeof v !== 'number')
        return undefined;
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
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
const emptyRef = () => ({ total: 0, reachable: 0, recognizableOnly: 0, unreferenced: 0 });
/**
 * Count one snapshot's kernel-DB state: per-vat c-lists (one direction, `vNN.c.k*`), the import
 * graph (importer → `koN.owner`), `koN.refCount` splits per owner, and kernel counters. Streams key
 * ranges with prepared statements; never loads the whole kvStore. Opens the DB read-only.
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
        if (err instanceof InputError && msg.startsWith(where))
            throw err;
        throw new InputError(`${where}: cannot read swing-store: ${msg}`);
    }
    finally {
        db.close();
    }
}
function runCensus(db, label) {
    const hasKv = db.prepare("SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = 'kvStore'").get();
    if (!hasKv)
        throw new InputError('no kvStore table (not a swing-store DB)');
    let rows = 0;
    const getStmt = db.prepare('SELECT value FROM kvStore WHERE key = ?');
    const get = (key) => {
        const r = getStmt.get(key);
        if (!r)
            return undefined;
        rows++;
        return r.value == null ? undefined : String(r.value);
    };
    const rangeStmt = db.prepare('SELECT key, value FROM kvStore WHERE key >= ? AND key < ?');
    function* range(stmt, lo, hi) {
        for (const r of stmt.iterate(lo, hi)) {
            rows++;
            yield [String(r.key), r.value == null ? '' : String(r.value)];
        }
    }
    // --- vat IDs: vat.name.* ∪ vat.dynamicIDs ∪ any vNN with a c-list ---
    const names = new Map();
    for (const [key, value] of range(rangeStmt, 'vat.name.', 'vat.name/')) {
        const vatID = value.trim();
        if (/^v\d+$/.test(vatID) && !names.has(vatID))
            names.set(vatID, key.slice('vat.name.'.length));
    }
    const dynamic = new Set();
    const dyn = parseJson(get('vat.dynamicIDs'));
    if (Array.isArray(dyn))
        for (const v of dyn)
            if (typeof v === 'string')
                dynamic.add(v);
    const terminated = new Set();
    const term = parseJson(get('vats.terminated'));
    if (Array.isArray(term))
        for (const v of term)
            if (typeof v === 'string')
                terminated.add(v);
    const vatIDs = new Set([...names.keys(), ...dynamic]);
    // Skip-scan over `v<digits>.` prefixes: one index seek per distinct prefix.
    const nextGe = db.prepare("SELECT key FROM kvStore WHERE key >= ? AND key < 'v:' ORDER BY key LIMIT 1");
    const nextGt = db.prepare("SELECT key FROM kvStore WHERE key > ? AND key < 'v:' ORDER BY key LIMIT 1");
    const hasClist = db.prepare('SELECT 1 AS x FROM kvStore WHERE key >= ? AND key < ? LIMIT 1');
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
    // --- per-vat c-lists (one direction) + import graph ---
    // One range scan per vat; the exporter of each object import is joined in SQLite (an index seek
    // on `<kref>.owner`), so JS only sees (key, value, owner) tuples.
    const clistStmt = db.prepare(`SELECT c.key, c.value, o.value FROM kvStore c
       LEFT JOIN kvStore o
         ON (substr(c.value, 3, 2) = 'o-' OR substr(c.value, 1, 2) = 'o-')
        AND o.key = (substr(c.key, ?) || '.owner')
     WHERE c.key >= ? AND c.key < ?`);
    clistStmt.setReturnArrays(true);
    const edges = new Map();
    const vats = [];
    for (const vatID of [...vatIDs].sort(compareVatIDs)) {
        const vat = {
            vatID,
            exports: { reachable: 0, recognizableOnly: 0 },
            imports: { reachable: 0, recognizableOnly: 0 },
            promises: 0,
            devices: 0,
        };
        const options = parseJson(get(`${vatID}.options`));
        const name = names.get(vatID) ?? (typeof options?.name === 'string' ? options.name : undefined);
        if (name !== undefined)
            vat.name = name;
        const mt = options?.workerOptions?.type ?? options?.managerType;
        if (typeof mt === 'string')
            vat.managerType = mt;
        const nextID = toInt(get(`${vatID}.o.nextID`));
        if (nextID !== undefined)
            vat.nextImportID = nextID;
        if (dynamic.has(vatID))
            vat.dynamic = true;
        if (terminated.has(vatID))
            vat.terminated = true;
        let entries = 0;
        const byExporter = new Map();
        const krefStart = `${vatID}.c.`.length + 1; // 1-based substr offset of the kref
        for (const row of clistStmt.iterate(krefStart, `${vatID}.c.k`, `${vatID}.c.l`)) {
            rows++;
            entries++;
            const value = row[1] == null ? '' : String(row[1]);
            const { reachable, vref } = parseClistValue(value);
            const t = vref[0];
            if (t === 'o') {
                const dir = vref[1];
                if (dir === '+') {
                    if (reachable)
                        vat.exports.reachable++;
                    else
                        vat.exports.recognizableOnly++;
                }
                else if (dir === '-') {
                    if (reachable)
                        vat.imports.reachable++;
                    else
                        vat.imports.recognizableOnly++;
                    if (row[2] != null)
                        rows++;
                    const exporter = row[2] == null ? NO_OWNER : String(row[2]);
                    let edge = byExporter.get(exporter);
                    if (!edge) {
                        edge = { importer: vatID, exporter, total: 0, reachable: 0 };
                        byExporter.set(exporter, edge);
                    }
                    edge.total++;
                    if (reachable)
                        edge.reachable++;
                }
            }
            else if (t === 'p') {
                vat.promises++;
            }
            else if (t === 'd') {
                vat.devices++;
            }
        }
        for (const [exporter, edge] of byExporter)
            edges.set(`${vatID}\u0000${exporter}`, edge);
        vat.clistEntries = entries;
        vats.push(vat);
    }
    const importGraph = [...edges.values()].sort((a, b) => compareVatIDs(a.importer, b.importer) || compareVatIDs(a.exporter, b.exporter));
    // --- kernel objects: every koN has `.refCount` ("<reachable>,<recognizable>") and `.owner`.
    // Aggregated in SQLite by (owner, refCount); JS sees one row per distinct pair.
    const kernelObjects = { ...emptyRef(), byOwner: {} };
    const refStmt = db.prepare(`SELECT o.value, r.value, count(*), count(o.value) FROM kvStore r
       LEFT JOIN kvStore o ON o.key = (substr(r.key, 1, length(r.key) - 9) || '.owner')
     WHERE r.key >= 'ko' AND r.key < 'kp' AND substr(r.key, -9) = '.refCount'
     GROUP BY 1, 2`);
    refStmt.setReturnArrays(true);
    for (const row of refStmt.iterate()) {
        const n = Number(row[2]);
        rows += n + Number(row[3]);
        const owner = row[0] == null ? NO_OWNER : String(row[0]);
        const per = (kernelObjects.byOwner[owner] ??= emptyRef());
        const m = /^\s*(\d+)\s*,\s*(\d+)\s*$/.exec(row[1] == null ? '' : String(row[1]));
        const reach = m ? Number(m[1]) : 0;
        const recog = m ? Number(m[2]) : 0;
        const bucket = reach > 0 ? 'reachable' : recog > 0 ? 'recognizableOnly' : 'unreferenced';
        for (const s of [kernelObjects, per]) {
            s.total += n;
            s[bucket] += n;
        }
    }
    const recognizableOnlyObjectsByOwner = {};
    const byOwner = {};
    for (const owner of Object.keys(kernelObjects.byOwner).sort(compareVatIDs)) {
        const split = kernelObjects.byOwner[owner];
        byOwner[owner] = split;
        if (split.recognizableOnly > 0)
            recognizableOnlyObjectsByOwner[owner] = split.recognizableOnly;
    }
    kernelObjects.byOwner = byOwner;
    // --- kernel-wide counters ---
    const census = {
        source: label.source,
        vats,
        importGraph,
        recognizableOnlyObjectsByOwner,
        kernelObjects,
        kvRowsScanned: 0,
    };
    if (label.stage !== undefined)
        census.stage = label.stage;
    const height = toInt(get('host.height'));
    if (height !== undefined)
        census.height = height;
    const ko = toInt(get('ko.nextID'));
    if (ko !== undefined)
        census.koNextID = ko;
    const kp = toInt(get('kp.nextID'));
    if (kp !== undefined)
        census.kpNextID = kp;
    const stats = parseJson(get('kernelStats'));
    if (stats && typeof stats === 'object' && !Array.isArray(stats)) {
        const out = {};
        for (const [k, v] of Object.entries(stats)) {
            if (typeof v === 'number' && Number.isFinite(v))
                out[k] = v;
            else if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v))
                out[k] = Number(v);
        }
        census.kernelStats = out;
    }
    census.kvRowsScanned = rows;
    return census;
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






// EXTERNAL MODULE: ./node_modules/simple-statistics/dist/simple-statistics.mjs
var simple_statistics = __webpack_require__(5521);
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
function prepareSeries(x, y) {
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
/** Average ranks (1-based; ties get the mean of the ranks they span). */
function averageRanks(values) {
    const n = values.length;
    const idx = Array.from({ length: n }, (_, i) => i);
    idx.sort((a, b) => values[a] - values[b]);
    const ranks = new Float64Array(n);
    let i = 0;
    while (i < n) {
        let j = i + 1;
        while (j < n && values[idx[j]] === values[idx[i]])
            j++;
        const r = (i + 1 + j) / 2; // mean of ranks i+1..j
        for (let k = i; k < j; k++)
            ranks[idx[k]] = r;
        i = j;
    }
    return ranks;
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
    let seed = 0x2545f491;
    const rand = (span) => {
        // xorshift32: only used to pick pivot positions, so quality barely matters.
        seed ^= seed << 13;
        seed ^= seed >>> 17;
        seed ^= seed << 5;
        return (seed >>> 0) % span;
    };
    while (right > left) {
        const span = right - left + 1;
        const p1 = a[left + rand(span)];
        const p2 = a[left + rand(span)];
        const p3 = a[left + rand(span)];
        const pivot = p1 < p2 ? (p2 < p3 ? p2 : p1 < p3 ? p3 : p1) : p1 < p3 ? p1 : p2 < p3 ? p3 : p2;
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
        if (k <= j)
            right = j;
        else if (k >= i)
            left = i;
        else
            return;
    }
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
    const { x: xs, y: ys, n } = prepareSeries(x, y);
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
/** mulberry32: a 32-bit state PRNG returning floats uniform in [0, 1). */
function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
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

;// CONCATENATED MODULE: ./src/stats/theil-sen.ts
/**
 * Theil–Sen slope (median of pairwise slopes) with Sen's (1968) distribution-free confidence
 * interval derived from the Mann–Kendall variance of S.
 */



/** Default seed of the pair subsampler; fixed so that results are reproducible. */
const THEIL_SEN_DEFAULT_SEED = 0x5eed;
/** @internal Computes the pairwise slopes once; shared by {@link theilSen} and `trend`. */
function senCore(series, maxPairs, seed) {
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
    let slopes;
    let sampled = false;
    if (totalDistinct <= cap) {
        slopes = new Float64Array(totalDistinct);
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
                slopes[k++] = (ys[j] - yi) / (xs[j] - xi);
            }
        }
    }
    else {
        // Uniform draws (with replacement) of ordered index pairs, rejecting equal x: uniform over
        // the distinct-x pairs. Deterministic for a given seed.
        sampled = true;
        const rng = mulberry32(seed);
        const buf = new Float64Array(cap);
        let k = 0;
        const maxAttempts = 50 * cap + 1000;
        for (let attempt = 0; k < cap && attempt < maxAttempts; attempt++) {
            const i = Math.floor(rng() * n);
            const j = Math.floor(rng() * n);
            const dx = xs[j] - xs[i];
            if (dx === 0)
                continue;
            buf[k++] = (ys[j] - ys[i]) / dx;
        }
        slopes = k === cap ? buf : buf.slice(0, k);
    }
    const m = slopes.length;
    const slope = selectMedian(slopes);
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
        const c = normalQuantile(1 - alpha / 2) * Math.sqrt(Math.max(varS, 0));
        const lo = selectFractionalRank(slopes, toSample((bigN - c) / 2));
        const hi = selectFractionalRank(slopes, toSample((bigN + c) / 2 + 1));
        return [lo, hi];
    };
    return { n, slope, intercept, interval, varS: kendallVarS(n, xTies, tieGroups(ys)), pairs: m, sampled };
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
    const core = senCore(prepareSeries(x, y), maxPairs, opts.seed ?? THEIL_SEN_DEFAULT_SEED);
    if (!core)
        return null;
    const [ciLow, ciHigh] = core.interval(opts.varS ?? core.varS, alpha);
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
    for (let k = 1; k <= lastLag; k++) {
        let ck = 0;
        for (let i = 0; i + k < n; i++)
            ck += r[i] * r[i + k];
        const rho = ck / c0;
        if (Math.abs(rho) > bound)
            sum += (n - k) * (n - k - 1) * (n - k - 2) * rho;
    }
    return 1 + (2 * sum) / (n * (n - 1) * (n - 2));
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
    const alpha = opts.alpha ?? 0.05;
    if (!(alpha > 0 && alpha < 1))
        throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
    const mode = opts.autocorrelation ?? 'hamed-rao';
    const { x: xs, y: ys, n } = prepareSeries(x, y);
    if (n < 4)
        return null;
    let s = 0;
    let groupEnd = 0;
    for (let i = 0; i < n; i++) {
        if (groupEnd <= i) {
            groupEnd = i + 1;
            while (groupEnd < n && xs[groupEnd] === xs[i])
                groupEnd++;
        }
        const yi = ys[i];
        for (let j = groupEnd; j < n; j++) {
            const d = ys[j] - yi;
            s += d > 0 ? 1 : d < 0 ? -1 : 0;
        }
    }
    const xTies = tieGroupsSorted(xs);
    const yTies = tieGroups(ys);
    const varS = kendallVarS(n, xTies, yTies);
    let nEffRatio = 1;
    if (mode === 'hamed-rao') {
        let slope = opts.senSlope;
        if (slope === undefined || !Number.isFinite(slope))
            slope = theilSen(xs, ys)?.slope ?? 0;
        // Centre x first: with raw block heights (10^6 and more) y − slope·x loses the digits that
        // decide the ranks, and the p-value would depend on where the heights start.
        const x0 = xs[0];
        const detrended = new Float64Array(n);
        for (let i = 0; i < n; i++)
            detrended[i] = ys[i] - slope * (xs[i] - x0);
        nEffRatio = Math.max(1, hamedRaoFactor(detrended, alpha, opts.maxLag ?? Infinity));
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

;// CONCATENATED MODULE: ./src/stats/summary.ts
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
    return (0,simple_statistics/* median */.JZ)(Array.from(values));
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

;// CONCATENATED MODULE: ./src/stats/trend.ts
/**
 * One-call trend analysis: Theil–Sen slope + Mann–Kendall test (Hamed–Rao by default) sharing
 * one set of pairwise slopes, with Sen's interval widened by the autocorrelation-corrected
 * Var(S) so the CI and the test agree.
 */



function trend(x, y, opts = {}) {
    const ciAlpha = opts.ciAlpha ?? 0.05;
    const series = prepareSeries(x, y);
    const core = senCore(series, opts.maxPairs ?? 2_000_000, opts.seed ?? THEIL_SEN_DEFAULT_SEED);
    const mkOpts = {
        autocorrelation: opts.autocorrelation ?? 'hamed-rao',
        alpha: opts.acfAlpha ?? 0.05,
    };
    if (core)
        mkOpts.senSlope = core.slope;
    if (opts.maxLag !== undefined)
        mkOpts.maxLag = opts.maxLag;
    const mk = mannKendall(series.x, series.y, mkOpts);
    let ts = null;
    if (core) {
        const [ciLow, ciHigh] = core.interval(mk ? mk.varSCorrected : core.varS, ciAlpha);
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

;// CONCATENATED MODULE: ./src/stats/index.ts









;// CONCATENATED MODULE: ./src/analyzers/trend.ts
/**
 * Trend statistics for one series against block height: Theil–Sen slope with Sen's confidence
 * interval widened for autocorrelation (Hamed–Rao), one-sided Mann–Kendall p-value, OLS as a
 * secondary diagnostic, and first/last means.
 */

function trendStats(x, y, opts) {
    const n = x.length;
    const k = Math.max(1, Math.min(opts.edgeSamples, Math.floor(n / 3)));
    const firstMean = n ? meanOfFirst(y, k) : null;
    const lastMean = n ? meanOfLast(y, k) : null;
    const { theilSen: ts, mannKendall: mk } = fitTrend(x, y, opts.alpha);
    const o = n >= 3 ? ols(x, y, opts.alpha) : null;
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
    const d = downsample(x, y, maxPoints);
    return d.x.map((xv, i) => [Math.round(xv), round(d.y[i], 9)]);
}
const round = (v, digits) => Number(v.toFixed(digits));
/**
 * Common-mode correction: each of the vat's samples minus the median, in the same block, of the
 * other busy vats' BOYD time. A machine-wide slowdown (a loaded CI host) moves every vat together
 * and cancels out; a vat that retains objects keeps its own rise.
 */
function commonModeCorrected(vatID, series, busy, cache = new Map()) {
    const own = series.get(vatID);
    if (!own)
        return null;
    const perBlock = (v) => {
        let m = cache.get(v);
        if (!m)
            cache.set(v, (m = byX(series.get(v))));
        return m;
    };
    const others = [...busy].filter((v) => v !== vatID).map(perBlock);
    if (!others.length)
        return null;
    const ownByX = perBlock(vatID);
    const x = [];
    const y = [];
    const peers = [];
    for (const [h, val] of [...ownByX.entries()].sort((a, b) => a[0] - b[0])) {
        peers.length = 0;
        for (const o of others) {
            const pv = o.get(h);
            if (pv !== undefined)
                peers.push(pv);
        }
        if (!peers.length)
            continue;
        x.push(h);
        y.push(val - median(peers));
    }
    return x.length ? { x, y } : null;
}
/** Mean value per x (a vat can have more than one BOYD in a block). */
function byX(s) {
    const sum = new Map();
    for (let i = 0; i < s.x.length; i++) {
        const e = sum.get(s.x[i]);
        if (e) {
            e[0] += s.y[i];
            e[1]++;
        }
        else
            sum.set(s.x[i], [s.y[i], 1]);
    }
    return new Map([...sum].map(([k, [t, c]]) => [k, t / c]));
}
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
        const d = downsample(x, y, MAX_FIT_POINTS);
        return trend(d.x, d.y, { ciAlpha: alpha });
    }
    return trend(x, y, { ciAlpha: alpha });
}

;// CONCATENATED MODULE: ./src/analyzers/attribution.ts
const fmt = (n) => Math.round(n).toLocaleString('en-US');
const label = (v) => (v.name ? `${v.name} (${v.vatID})` : v.vatID);
function attributionSentence(vat, all, censuses) {
    const d = vat.clist?.delta;
    if (!d)
        return null;
    const grewExports = d.exports > 0;
    const grewImports = d.imports > 0;
    if (!grewExports && !grewImports)
        return null;
    const last = censuses.length ? censuses[censuses.length - 1] : null;
    const names = new Map(all.map((v) => [v.vatID, v]));
    const who = (id) => (names.get(id) ? label(names.get(id)) : id);
    const span = d.blocks ? ` over ${fmt(d.blocks)} blocks (${(((d.exports > 0 ? d.exports : 0) + (d.imports > 0 ? d.imports : 0)) / d.blocks).toFixed(2)}/block)` : '';
    const parts = [];
    if (grewExports) {
        let s = `${label(vat)} gained ${fmt(d.exports)} object exports${span}`;
        if (last) {
            const holders = last.importGraph.filter((e) => e.exporter === vat.vatID).sort((a, b) => b.total - a.total).slice(0, 3);
            if (holders.length) {
                s += `; they are kept by importers: ${holders.map((e) => `${who(e.importer)} holds ${fmt(e.total)} (${fmt(e.reachable)} reachable)`).join(', ')}`;
            }
            else {
                s += '; no other vat imports them, so the vat itself keeps its exports alive';
            }
        }
        const snap = vat.clist?.snapshots.at(-1);
        if (snap && snap.exports.recognizableOnly > 0)
            s += `; ${fmt(snap.exports.recognizableOnly)} of its exports are recognizable-only (dropped by importers but never retired)`;
        parts.push(s);
    }
    if (grewImports) {
        let s = `${label(vat)} gained ${fmt(d.imports)} object imports${grewExports ? '' : span} and keeps them itself`;
        if (last) {
            const from = last.importGraph.filter((e) => e.importer === vat.vatID).sort((a, b) => b.total - a.total).slice(0, 3);
            if (from.length)
                s += ` (from ${from.map((e) => `${who(e.exporter)}: ${fmt(e.total)}, ${fmt(e.reachable)} reachable`).join('; ')})`;
        }
        const sd = vat.clist?.stageDeltas.at(-1);
        if (sd && sd.nextImportID !== null && sd.nextImportID > 0) {
            s += `; in stage ${sd.toStage} it imported ${fmt(sd.nextImportID)} new objects, dropped ${fmt(Math.max(0, sd.nextImportID - sd.imports))} and kept ${fmt(sd.imports)}`;
        }
        const snap = vat.clist?.snapshots.at(-1);
        const weak = snap ? snap.imports.recognizableOnly : vat.clist?.series?.end?.recognizableOnlyImports ?? 0;
        if (weak > 0)
            s += `; ${fmt(weak)} of its imports are recognizable but not reachable (kept as WeakMap/WeakStore keys, never retired)`;
        parts.push(s);
    }
    return parts.join('. ') + '.';
}

;// CONCATENATED MODULE: ./src/report/schema.ts
/**
 * RunReport: the versioned JSON document the pipeline produces. It is the CLI's `--json` output,
 * the action's `report-path` output, and the baseline that a later run compares against.
 * Documented field by field in docs/report-schema.md; bump SCHEMA_VERSION on any breaking change.
 */
const SCHEMA_VERSION = 1;

;// CONCATENATED MODULE: ./src/version.ts
/** Kept in step with package.json by test/version.test.ts. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/report/build-report.ts








function buildReport(inp) {
    const { merged, policy } = inp;
    const span = merged.heightMin !== null && merged.heightMax !== null ? merged.heightMax - merged.heightMin + 1 : 0;
    // Common-mode peers: vats with a BOYD in at least busyFraction of the blocks.
    const series = new Map();
    const busy = new Set();
    for (const v of merged.vats.values()) {
        const s = regularBoyd(v);
        if (!s.x.length)
            continue;
        series.set(v.vatID, s);
        if (span && new Set(s.x).size >= policy.boyd.busyFraction * span)
            busy.add(v.vatID);
    }
    const censusNames = new Map();
    for (const c of inp.censuses)
        for (const v of c.vats)
            censusNames.set(v.vatID, { name: v.name, managerType: v.managerType });
    const vatIDs = new Set([...merged.vats.keys(), ...censusNames.keys(), ...Object.keys(merged.clist.final)]);
    const vats = [];
    // Per-vat per-block BOYD means, shared by every vat's common-mode correction.
    const perBlockCache = new Map();
    for (const vatID of [...vatIDs].sort(compareVatIDs)) {
        const v = merged.vats.get(vatID);
        const cn = censusNames.get(vatID);
        const report = {
            vatID,
            name: cn?.name ?? v?.name ?? null,
            managerType: cn?.managerType ?? v?.managerType ?? null,
            deliveries: v?.deliveries ?? 0,
            boyd: v ? boydStats(v, series, busy, policy, perBlockCache) : null,
            heap: v ? heapStats(v, policy) : null,
            deliveryKinds: deliveryKinds(merged, vatID),
        };
        const clist = clistStats(vatID, merged, inp.censuses, inp.perf);
        if (clist)
            report.clist = clist;
        vats.push(report);
    }
    const importGraph = [];
    for (const c of inp.censuses)
        for (const e of c.importGraph)
            importGraph.push({ ...e, stage: c.stage ?? -1 });
    for (const vr of vats) {
        if (vr.clist)
            vr.clist.attribution = attributionSentence(vr, vats, inp.censuses) ?? undefined;
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
        schemaVersion: SCHEMA_VERSION,
        tool: { name: 'loadgen-gate', version: VERSION },
        generatedAt: new Date().toISOString(),
        provenance: inp.provenance,
        run: {
            files: [...files, ...inp.extraFiles],
            xAxis: merged.xAxis,
            blockRange: merged.heightMin !== null && merged.heightMax !== null ? [merged.heightMin, merged.heightMax] : null,
            blocks: merged.xAxis === 'deliveryOrdinal' ? 0 : merged.blocks,
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
        kernel: inp.censuses.map((c) => ({
            stage: c.stage ?? -1,
            height: c.height ?? null,
            koNextID: c.koNextID ?? null,
            kpNextID: c.kpNextID ?? null,
            kernelObjects: c.kernelObjects?.total ?? null,
            recognizableOnlyObjects: c.kernelObjects?.recognizableOnly ?? null,
        })),
        verdicts: [],
        verdict: 'pass',
        baseline: { used: false, reason: 'no baseline given' },
        policy: policy,
    };
}
/** BOYD samples that are not pre-snapshot (the snapshot BOYD is scheduled differently). */
function regularBoyd(v) {
    const x = [];
    const y = [];
    for (let i = 0; i < v.boyd.x.length; i++) {
        if (v.boyd.preSnapshot[i])
            continue;
        x.push(v.boyd.x[i]);
        y.push(v.boyd.seconds[i]);
    }
    return { x, y };
}
function boydStats(v, series, busy, policy, perBlockCache) {
    const s = series.get(v.vatID);
    if (!s)
        return null;
    const opts = { alpha: policy.boyd.alpha, edgeSamples: policy.boyd.edgeSamples };
    const t = trendStats(s.x, s.y, opts);
    const cm = commonModeCorrected(v.vatID, series, busy, perBlockCache);
    return {
        ...t,
        preSnapshotCount: v.boyd.preSnapshot.reduce((a, b) => a + b, 0),
        commonModeCorrected: cm && cm.x.length >= 3 ? trendStats(cm.x, cm.y, opts) : null,
        chart: chartPoints(s.x, s.y),
    };
}
function heapStats(v, policy) {
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
    const k = Math.max(1, Math.min(policy.boyd.edgeSamples, Math.floor(x.length / 3)));
    const { theilSen: ts, mannKendall: mk } = fitTrend(x, y, policy.boyd.alpha);
    const first = meanOfFirst(y, k);
    const last = meanOfLast(y, k);
    return {
        count: x.length,
        slopePerBlock: ts?.slope ?? null,
        slopeCI: ts ? [ts.ciLow, ts.ciHigh] : null,
        pValue: mk?.pIncreasing ?? null,
        first,
        last,
        growth: first > 0 ? last / first : null,
    };
}
function deliveryKinds(merged, vatID) {
    const out = [];
    for (const a of merged.deliveryAccs) {
        if (a.vatID !== vatID)
            continue;
        const [f0, f1] = (0,delivery_stats/* fittedEnds */.XM)(merged.accsByHeight ? a.byHeight : a.byOrdinal);
        const last = (0,delivery_stats/* lastInOrder */.UK)(a);
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
const objTotal = (p) => p[clist_replay/* EXP_R */.t6] + p[clist_replay/* EXP_U */.AX] + p[clist_replay/* IMP_R */.OO] + p[clist_replay/* IMP_U */.HX];
function clistStats(vatID, merged, censuses, perf) {
    const snapshots = [];
    for (const c of censuses) {
        const v = c.vats.find((x) => x.vatID === vatID);
        if (!v)
            continue;
        snapshots.push({
            stage: c.stage ?? -1,
            height: c.height ?? null,
            exports: { ...v.exports },
            imports: { ...v.imports },
            promises: v.promises,
            nextImportID: v.nextImportID ?? null,
        });
    }
    const pts = clistPoints(merged, vatID);
    let seriesStats = null;
    if (pts.length) {
        // Sample the step function at every block where it changed, plus the run's last block.
        const x = pts.map((p) => p[0]);
        const y = pts.map(objTotal);
        const lastH = merged.heightMax;
        if (lastH !== null && x[x.length - 1] < lastH) {
            x.push(lastH);
            y.push(y[y.length - 1]);
        }
        const { theilSen: ts, mannKendall: mk } = fitTrend(x, y, 0.05);
        const at = (p, h) => ({
            height: h, imports: p[clist_replay/* IMP_R */.OO] + p[clist_replay/* IMP_U */.HX], exports: p[clist_replay/* EXP_R */.t6] + p[clist_replay/* EXP_U */.AX], recognizableOnlyImports: p[clist_replay/* IMP_U */.HX], recognizableOnlyExports: p[clist_replay/* EXP_U */.AX],
        });
        seriesStats = {
            source: 'slog',
            replayedFrom: merged.clist.sources[vatID] ?? 'clist-events',
            xAxis: merged.xAxis,
            absolute: merged.clist.absolute,
            slopePerBlock: ts?.slope ?? null,
            slopeCI: ts ? [ts.ciLow, ts.ciHigh] : null,
            pValue: mk?.pIncreasing ?? null,
            start: at(pts[0], pts[0][0]),
            end: at(pts[pts.length - 1], lastH ?? pts[pts.length - 1][0]),
            chart: chartPoints(x, y),
        };
    }
    if (!snapshots.length && !seriesStats)
        return null;
    // Snapshot deltas come from the kernel-DB module, over the snapshots that hold this vat.
    const withVat = censuses.filter((c) => c.vats.some((v) => v.vatID === vatID));
    const ofVat = (ds) => ds.filter((d) => d.vatID === vatID).map((d) => stageDelta(d, perf));
    let delta = null;
    if (withVat.length >= 2) {
        const { nextImportID: _unused, ...firstToLast } = ofVat(censusDelta(withVat[0], withVat[withVat.length - 1]))[0];
        delta = firstToLast;
    }
    else if (seriesStats?.start && seriesStats.end) {
        const s = seriesStats.start;
        const e = seriesStats.end;
        const blocks = merged.xAxis === 'deliveryOrdinal' ? 0 : e.height - s.height;
        delta = {
            fromStage: null,
            toStage: null,
            blocks,
            exports: e.exports - s.exports,
            imports: e.imports - s.imports,
            recognizableOnly: e.recognizableOnlyImports + e.recognizableOnlyExports - s.recognizableOnlyImports - s.recognizableOnlyExports,
            promises: 0,
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
    const all = merged.clist.points[vatID] ?? [];
    const inBlocks = all.filter((p) => Number.isFinite(p[0]));
    const h0 = merged.heightMin;
    if (merged.xAxis === 'deliveryOrdinal') {
        // No block events: no per-block series, but the replay still tells where the vat started
        // (its first recorded state) and ended (its final counts), on the delivery-ordinal range.
        const finalCounts = merged.clist.final[vatID];
        if (!all.length || !finalCounts || h0 === null || merged.heightMax === null)
            return [];
        return [[h0, ...all[0].slice(1)], [merged.heightMax, ...finalCounts.slice(1)]];
    }
    if (h0 === null)
        return inBlocks;
    const before = all.filter((p) => !Number.isFinite(p[0])).at(-1);
    const finalCounts = merged.clist.final[vatID];
    let startVals = null;
    if (before)
        startVals = before.slice(1);
    else if (!inBlocks.length && finalCounts)
        startVals = finalCounts.slice(1);
    if (startVals && (!inBlocks.length || inBlocks[0][0] > h0))
        return [[h0, ...startVals], ...inBlocks];
    return inBlocks;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/gate/policy.ts
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
        busyFraction: 0.5,
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
    ignore: [],
    overrides: [],
    limits: DEFAULT_LIMITS,
};
const SECTIONS = ['boyd', 'clist', 'baseline', 'ignore', 'overrides', 'limits'];
async function loadPolicy(file) {
    if (!file)
        return structuredClone(DEFAULT_POLICY);
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new InputError(`${file}: cannot read config (${e.message})`);
    }
    let raw;
    try {
        raw = /\.json$/i.test(file) ? JSON.parse(text) : dist.parse(text);
    }
    catch (e) {
        throw new InputError(`${file}: not valid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'}: ${e.message.split('\n')[0]}`);
    }
    return parsePolicy(raw ?? {}, file);
}
function parsePolicy(raw, where = 'config') {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        throw new InputError(`${where}: expected a mapping at the top level`);
    const r = raw;
    for (const k of Object.keys(r)) {
        if (!SECTIONS.includes(k))
            throw new InputError(`${where}: unknown key "${k}" (expected one of ${SECTIONS.join(', ')})`);
    }
    const p = structuredClone(DEFAULT_POLICY);
    p.boyd = mergeSection(p.boyd, r.boyd, `${where}: boyd`);
    p.clist = mergeSection(p.clist, r.clist, `${where}: clist`);
    p.baseline = mergeSection(p.baseline, r.baseline, `${where}: baseline`);
    p.limits = mergeSection(p.limits, r.limits, `${where}: limits`);
    for (const [k, v] of Object.entries(p.limits)) {
        if (!(v > 0))
            throw new InputError(`${where}: limits.${k} must be a positive number, got ${JSON.stringify(v)}`);
    }
    if (p.limits.maxLineBytes < 4096)
        throw new InputError(`${where}: limits.maxLineBytes must be at least 4096 (a slog line's type and leading fields must fit)`);
    if (r.ignore !== undefined) {
        if (!Array.isArray(r.ignore) || !r.ignore.every((s) => typeof s === 'string'))
            throw new InputError(`${where}: ignore must be a list of vat names or vatIDs`);
        p.ignore = r.ignore;
    }
    if (r.overrides !== undefined) {
        if (!Array.isArray(r.overrides))
            throw new InputError(`${where}: overrides must be a list`);
        p.overrides = r.overrides.map((o, i) => {
            const w = `${where}: overrides[${i}]`;
            if (!o || typeof o !== 'object' || typeof o.match !== 'string')
                throw new InputError(`${w}: needs a "match" (vat name or vatID)`);
            const oo = o;
            for (const k of Object.keys(oo))
                if (!['match', 'boyd', 'clist'].includes(k))
                    throw new InputError(`${w}: unknown key "${k}"`);
            return {
                match: oo.match,
                boyd: oo.boyd === undefined ? undefined : mergeSection({}, oo.boyd, `${w}.boyd`, DEFAULT_POLICY.boyd),
                clist: oo.clist === undefined ? undefined : mergeSection({}, oo.clist, `${w}.clist`, DEFAULT_POLICY.clist),
            };
        });
    }
    return p;
}
function mergeSection(base, over, where, shape = base) {
    if (over === undefined || over === null)
        return base;
    if (typeof over !== 'object' || Array.isArray(over))
        throw new InputError(`${where}: expected a mapping`);
    const out = { ...base };
    for (const [k, v] of Object.entries(over)) {
        if (!(k in shape))
            throw new InputError(`${where}: unknown key "${k}" (expected one of ${Object.keys(shape).join(', ')})`);
        const want = typeof shape[k];
        const ok = v === null ? shape[k] === null || k === 'maxPerStage' : typeof v === want || (want === 'object' && typeof v === 'number');
        if (!ok || (typeof v === 'number' && !Number.isFinite(v)))
            throw new InputError(`${where}.${k}: expected a ${want === 'object' ? 'number or null' : want}, got ${JSON.stringify(v)}`);
        out[k] = v;
    }
    return out;
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

;// CONCATENATED MODULE: ./src/gate/boyd-rules.ts
const us = (s) => (s === null || s === undefined ? 'n/a' : `${(s * 1e6).toFixed(2)} µs/block`);
const pct = (f) => (f === null || f === undefined ? 'n/a' : `${(f * 100).toFixed(0)}%`);
/** Whether the vat has enough BOYDs to be judged at all. */
function boydTestable(v, p, span) {
    const b = v.boyd;
    if (!b || b.count < p.minSamples || b.xFirst === null || b.xLast === null)
        return false;
    return span <= 0 || (b.xLast - b.xFirst + 1) / span >= p.minSpanFraction;
}
function boydVerdict(v, p, ctx) {
    const base = { vatID: v.vatID, name: v.name, metric: 'boyd-slope' };
    const b = v.boyd;
    if (!b || !boydTestable(v, p, ctx.span)) {
        return { ...base, level: 'neutral', value: b?.slopePerBlock ?? null, threshold: p.slopeFloor, message: `too few BOYDs to judge (${b?.count ?? 0}; need ${p.minSamples} over ≥${pct(p.minSpanFraction)} of the run)` };
    }
    const alphaAdj = p.alpha / Math.max(1, ctx.tested);
    const significant = b.pValue !== null && b.pValue < alphaAdj;
    const nominal = b.pValue !== null && b.pValue < p.alpha;
    const lo = b.slopeCI?.[0] ?? null;
    const floor = ctx.perBlock === false ? 0 : p.slopeFloor;
    const aboveFloor = lo !== null && lo > floor;
    const rises = b.relativeRise !== null && b.relativeRise > p.minRelativeRise;
    const cm = b.commonModeCorrected;
    const cmOk = !p.commonMode || cm === null || (cm.pValue !== null && cm.pValue < alphaAdj && (cm.slopeCI?.[0] ?? -1) > 0);
    const heapGrowth = v.heap?.growth ?? null;
    const heapOk = heapGrowth === null || heapGrowth >= p.heapVetoGrowth;
    const axisNote = ctx.perBlock === false ? ' (x = delivery ordinal: no block events, floor not applied)' : '';
    const facts = `Sen slope ${us(b.slopePerBlock)} (CI lower ${us(lo)}), MK p=${fmtP(b.pValue)} vs α=${fmtP(alphaAdj)}, rise ${pct(b.relativeRise)} over the run${axisNote}`;
    const failing = [];
    if (!significant)
        failing.push('trend not significant after correcting for the vats tested');
    if (!aboveFloor)
        failing.push(ctx.perBlock === false ? 'slope lower bound not above 0' : `slope lower bound not above ${us(p.slopeFloor)}`);
    if (!rises)
        failing.push(`rise not above ${pct(p.minRelativeRise)}`);
    if (!cmOk)
        failing.push('not distinct from the other vats (machine-wide drift)');
    if (!heapOk)
        failing.push(`heap flat (×${heapGrowth?.toFixed(2)}): likely machine drift`);
    let level;
    if (!failing.length)
        level = 'fail';
    else if (nominal && (b.slopePerBlock ?? 0) > 0)
        level = 'warn';
    else
        level = 'pass';
    const message = level === 'fail'
        ? `BOYD time grows: ${facts}${cm ? `; corrected for common-mode drift ${us(cm.slopePerBlock)}` : ''}${heapGrowth !== null ? `; heap ×${heapGrowth.toFixed(2)}` : ''}`
        : level === 'warn'
            ? `BOYD time may grow: ${facts}; but ${failing.join('; ')}`
            : `no BOYD growth: ${facts}`;
    return { ...base, level, value: b.slopePerBlock, threshold: p.slopeFloor, message };
}
function fmtP(p) {
    if (p === null || p === undefined)
        return 'n/a';
    if (p < 1e-4)
        return p.toExponential(1);
    return p.toPrecision(2);
}

;// CONCATENATED MODULE: ./src/gate/clist-rules.ts
function clistVerdicts(v, p) {
    const c = v.clist;
    if (!c)
        return [];
    const out = [];
    for (const side of ['exports', 'imports']) {
        const series = seriesFor(v, side);
        if (!series)
            continue;
        const { start, end, blocks, source, perStage } = series;
        const growth = end - start;
        const perBlock = blocks > 0 ? growth / blocks : null;
        const metric = `clist-${side}`;
        const base = { vatID: v.vatID, name: v.name, metric, value: growth, threshold: p.minGrowth };
        const rate = perBlock !== null ? ` (${perBlock.toFixed(2)}/block over ${blocks} blocks)` : '';
        const stageJump = p.maxPerStage !== null ? perStage.find((s) => s.delta > p.maxPerStage) : undefined;
        let level = 'pass';
        let message = `object ${side} ${start} → ${end} (${signed(growth)})${rate}, from ${source}`;
        if ((growth >= p.minGrowth && (perBlock === null || perBlock >= p.minPerBlock)) || stageJump) {
            level = 'fail';
            message = `c-list ${side} grow: ${start} → ${end} (${signed(growth)})${rate}, from ${source}${stageJump ? `; stage ${stageJump.stage} alone added ${stageJump.delta}` : ''}`;
        }
        else if (growth >= p.warnGrowth) {
            level = 'warn';
            message = `c-list ${side} grew: ${start} → ${end} (${signed(growth)})${rate}, from ${source}`;
        }
        else if (-growth >= p.dropWarnMin && start > 0 && -growth / start > p.dropWarnFraction) {
            level = 'warn';
            message = `c-list ${side} dropped sharply: ${start} → ${end} (${signed(growth)}), from ${source}; check the data or the GC`;
        }
        out.push({ ...base, level, message });
    }
    return out;
}
function seriesFor(v, side) {
    const c = v.clist;
    const snaps = c.snapshots;
    if (snaps.length >= 2) {
        const total = (i) => snaps[i][side].reachable + snaps[i][side].recognizableOnly;
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
    if (s?.start && s.end) {
        const ordinal = s.xAxis === 'deliveryOrdinal';
        const replay = s.replayedFrom === 'translations' ? 'slog replay of delivery/syscall translations' : s.replayedFrom === 'mixed' ? 'slog replay (partly of translations)' : 'slog replay';
        return {
            start: s.start[side],
            end: s.end[side],
            // Without block events there is no per-block rate: judged on the growth alone.
            blocks: ordinal ? 0 : s.end.height - s.start.height,
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


const baseline_rules_us = (s) => `${(s * 1e6).toFixed(2)} µs/block`;
function baselineVerdicts(report, baseline, policy, vatIDs) {
    const out = [];
    const byKey = new Map();
    for (const v of baseline.vats) {
        byKey.set(`id:${v.vatID}`, v);
        if (v.name)
            byKey.set(`name:${v.name}`, v);
    }
    for (const v of report.vats) {
        if (!vatIDs.includes(v.vatID))
            continue;
        // Match by name first: vatIDs of dynamic vats can differ between runs.
        const b = (v.name && byKey.get(`name:${v.name}`)) || byKey.get(`id:${v.vatID}`);
        const base = { vatID: v.vatID, name: v.name };
        const p = policyFor(policy, v.vatID, v.name);
        if (!b) {
            if (v.boyd?.slopePerBlock !== null && v.boyd)
                out.push({ ...base, metric: 'boyd-slope-vs-baseline', level: 'neutral', value: v.boyd.slopePerBlock, threshold: null, message: 'vat not in the baseline: nothing to compare' });
            continue;
        }
        const cur = v.boyd;
        const old = b.boyd;
        if (cur && old && cur.slopePerBlock !== null && old.slopePerBlock !== null && cur.slopeCI && old.slopeCI) {
            const z95 = normalQuantile(1 - p.boyd.alpha / 2);
            const se = (ci) => (ci[1] - ci[0]) / (2 * z95);
            const sd = Math.hypot(se(cur.slopeCI), se(old.slopeCI));
            const diff = cur.slopePerBlock - old.slopePerBlock;
            const z = sd > 0 ? diff / sd : diff > 0 ? Infinity : 0;
            const significant = z > policy.baseline.z;
            const big = cur.slopePerBlock > p.boyd.slopeFloor && cur.slopePerBlock >= policy.baseline.minRatio * Math.max(old.slopePerBlock, p.boyd.slopeFloor);
            const level = significant && big ? 'fail' : significant ? 'warn' : 'pass';
            out.push({
                ...base,
                metric: 'boyd-slope-vs-baseline',
                level,
                value: diff,
                threshold: policy.baseline.z,
                message: `BOYD slope ${baseline_rules_us(cur.slopePerBlock)} vs baseline ${baseline_rules_us(old.slopePerBlock)} (difference ${baseline_rules_us(diff)}, z=${Number.isFinite(z) ? z.toFixed(1) : '∞'})`,
            });
        }
        const curRate = v.clist?.delta?.perBlock ?? null;
        const oldRate = b.clist?.delta?.perBlock ?? null;
        if (curRate !== null && oldRate !== null) {
            const diff = curRate - oldRate;
            const level = diff > policy.baseline.clistPerBlockTolerance && (v.clist?.delta?.exports ?? 0) + (v.clist?.delta?.imports ?? 0) >= p.clist.warnGrowth ? 'fail' : 'pass';
            out.push({
                ...base,
                metric: 'clist-vs-baseline',
                level,
                value: diff,
                threshold: policy.baseline.clistPerBlockTolerance,
                message: `c-list growth ${curRate.toFixed(3)}/block vs baseline ${oldRate.toFixed(3)}/block`,
            });
        }
    }
    return out;
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
function gate(report, baseline, policy, baselineReason) {
    const span = report.run.blockRange ? report.run.blockRange[1] - report.run.blockRange[0] + 1 : 0;
    const judged = report.vats.filter((v) => !isIgnored(policy, v.vatID, v.name));
    const tested = judged.filter((v) => boydTestable(v, policyFor(policy, v.vatID, v.name).boyd, span)).length;
    const verdicts = [];
    for (const v of judged) {
        const p = policyFor(policy, v.vatID, v.name);
        if (v.boyd)
            verdicts.push(boydVerdict(v, p.boyd, { tested, span, perBlock: report.run.xAxis !== 'deliveryOrdinal' }));
        verdicts.push(...clistVerdicts(v, p.clist));
    }
    let baselineInfo;
    if (baseline) {
        verdicts.push(...baselineVerdicts(report, baseline, policy, judged.map((v) => v.vatID)));
        baselineInfo = { used: true, reason: 'compared with the baseline report', provenance: baseline.provenance, generatedAt: baseline.generatedAt };
    }
    else {
        baselineInfo = { used: false, reason: baselineReason ?? 'no baseline given: judged on thresholds alone' };
    }
    const verdict = worst(verdicts.map((v) => v.level));
    return { ...report, verdicts, verdict: verdict === 'neutral' && verdicts.length === 0 ? 'neutral' : verdict, baseline: baselineInfo };
}

// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs + 1 modules
var esm = __webpack_require__(1776);
;// CONCATENATED MODULE: ./src/sources/zip/central-directory.ts

function bufferSource(bytes) {
    return {
        size: bytes.length,
        async read(position, length) {
            if (position < 0 || length < 0 || position + length > bytes.length)
                throw new RangeError('read past end of archive');
            return bytes.subarray(position, position + length);
        },
        async close() { },
    };
}
async function fileSource(file) {
    const fh = await (0,promises_.open)(file, 'r');
    try {
        const st = await fh.stat();
        if (!st.isFile())
            throw new Error('not a regular file');
        const size = st.size;
        return {
            size,
            async read(position, length) {
                if (position < 0 || length < 0 || position + length > size)
                    throw new RangeError('read past end of archive');
                const buf = Buffer.allocUnsafe(length);
                let done = 0;
                while (done < length) {
                    const { bytesRead } = await fh.read(buf, done, length - done, position + done);
                    if (bytesRead === 0)
                        throw new RangeError('unexpected end of archive file');
                    done += bytesRead;
                }
                return buf;
            },
            close: () => fh.close(),
        };
    }
    catch (err) {
        await fh.close();
        throw err;
    }
}
/** Thrown for container-level corruption; the caller turns it into an InputError. */
class ZipFormatError extends Error {
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
const u16 = (b, o) => b[o] | (b[o + 1] << 8);
const u32 = (b, o) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
function u64(b, o) {
    const lo = u32(b, o);
    const hi = u32(b, o + 4);
    // 2^53 is far beyond any archive we would accept; reject rather than lose precision.
    if (hi >= 0x200000)
        throw new ZipFormatError('64-bit field out of range');
    return hi * 0x1_0000_0000 + lo;
}
async function readEndRecord(src) {
    if (src.size < EOCD_LEN)
        throw new ZipFormatError('not a zip archive (too short)');
    const tailLen = Math.min(src.size, EOCD_LEN + MAX_COMMENT);
    const tailStart = src.size - tailLen;
    const tail = await src.read(tailStart, tailLen);
    let at = -1;
    // Prefer a record whose comment length reaches exactly the end of the file; fall back to the last
    // signature seen (some writers pad archives).
    let fallback = -1;
    for (let i = tail.length - EOCD_LEN; i >= 0; i--) {
        if (u32(tail, i) !== SIG_EOCD)
            continue;
        if (fallback < 0)
            fallback = i;
        if (i + EOCD_LEN + u16(tail, i + 20) === tail.length) {
            at = i;
            break;
        }
    }
    if (at < 0)
        at = fallback;
    if (at < 0)
        throw new ZipFormatError('not a zip archive (no end-of-central-directory record)');
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
            if (u32(loc, 4) !== 0 || u32(loc, 16) > 1)
                throw new ZipFormatError('multi-volume archives are not supported');
            const recPos = u64(loc, 8);
            if (recPos + EOCD64_MIN_LEN > locPos)
                throw new ZipFormatError('Zip64 end record out of range');
            const rec = await src.read(recPos, EOCD64_MIN_LEN);
            if (u32(rec, 0) !== SIG_EOCD64)
                throw new ZipFormatError('Zip64 end record signature mismatch');
            if (u32(rec, 16) !== 0 || u32(rec, 20) !== 0)
                throw new ZipFormatError('multi-volume archives are not supported');
            const here64 = u64(rec, 24);
            entryCount = u64(rec, 32);
            if (here64 !== entryCount)
                throw new ZipFormatError('multi-volume archives are not supported');
            centralSize = u64(rec, 40);
            centralOffset = u64(rec, 48);
        }
    }
    if (!zip64 && (entryCount === 0xffff || centralSize === 0xffffffff || centralOffset === 0xffffffff)) {
        throw new ZipFormatError('Zip64 end record missing');
    }
    if (centralOffset + centralSize > eocdPos)
        throw new ZipFormatError('central directory out of range');
    if (entryCount * CENTRAL_LEN > centralSize)
        throw new ZipFormatError('central directory shorter than its entry count');
    return { entryCount, centralSize, centralOffset };
}
/**
 * Locates and parses the central directory. The member-count cap is checked from the end record,
 * before any entry is parsed.
 */
async function readDirectory(src, maxEntries) {
    const end = await readEndRecord(src);
    if (end.entryCount > maxEntries) {
        throw new ZipFormatError(`archive has ${end.entryCount} members, more than the limit of ${maxEntries}`);
    }
    const cd = await src.read(end.centralOffset, end.centralSize);
    const entries = [];
    let p = 0;
    for (let index = 0; index < end.entryCount; index++) {
        if (p + CENTRAL_LEN > cd.length || u32(cd, p) !== SIG_CENTRAL) {
            throw new ZipFormatError(`central directory entry ${index} is corrupt`);
        }
        const nameLen = u16(cd, p + 28);
        const extraLen = u16(cd, p + 30);
        const commentLen = u16(cd, p + 32);
        const next = p + CENTRAL_LEN + nameLen + extraLen + commentLen;
        if (next > cd.length)
            throw new ZipFormatError(`central directory entry ${index} is truncated`);
        let compressedSize = u32(cd, p + 20);
        let uncompressedSize = u32(cd, p + 24);
        let localHeaderOffset = u32(cd, p + 42);
        const diskStart = u16(cd, p + 34);
        if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
            const z = findZip64Extra(cd.subarray(p + CENTRAL_LEN + nameLen, p + CENTRAL_LEN + nameLen + extraLen));
            if (!z)
                throw new ZipFormatError(`central directory entry ${index} lacks its Zip64 field`);
            let q = 0;
            const take = () => {
                if (q + 8 > z.length)
                    throw new ZipFormatError(`central directory entry ${index} has a short Zip64 field`);
                const v = u64(z, q);
                q += 8;
                return v;
            };
            if (uncompressedSize === 0xffffffff)
                uncompressedSize = take();
            if (compressedSize === 0xffffffff)
                compressedSize = take();
            if (localHeaderOffset === 0xffffffff)
                localHeaderOffset = take();
        }
        if (diskStart !== 0 && diskStart !== 0xffff)
            throw new ZipFormatError('multi-volume archives are not supported');
        entries.push({
            index,
            nameBytes: new Uint8Array(cd.subarray(p + CENTRAL_LEN, p + CENTRAL_LEN + nameLen)),
            flags: u16(cd, p + 8),
            method: u16(cd, p + 10),
            crc32: u32(cd, p + 16),
            compressedSize,
            uncompressedSize,
            hostSystem: cd[p + 5],
            externalAttributes: u32(cd, p + 38),
            localHeaderOffset,
        });
        p = next;
    }
    return { entries, centralOffset: end.centralOffset };
}
function findZip64Extra(extra) {
    let p = 0;
    while (p + 4 <= extra.length) {
        const id = u16(extra, p);
        const len = u16(extra, p + 2);
        if (p + 4 + len > extra.length)
            return undefined;
        if (id === 0x0001)
            return extra.subarray(p + 4, p + 4 + len);
        p += 4 + len;
    }
    return undefined;
}
async function readLocalHeader(src, entry, limit) {
    const off = entry.localHeaderOffset;
    if (off + LOCAL_LEN > limit)
        throw new ZipFormatError('local header out of range');
    const h = await src.read(off, LOCAL_LEN);
    if (u32(h, 0) !== SIG_LOCAL)
        throw new ZipFormatError('local header signature mismatch');
    const dataOffset = off + LOCAL_LEN + u16(h, 26) + u16(h, 28);
    const dataEnd = dataOffset + entry.compressedSize;
    if (dataEnd > limit)
        throw new ZipFormatError('member data runs past the central directory');
    return { headerOffset: off, dataOffset, dataEnd };
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
 * Safe extraction of untrusted ZIP archives (GitHub artifact zips produced by PR code).
 *
 * Order of operations, so nothing is inflated before it is vetted:
 *   1. end record -> member count cap (`maxEntries`), before the directory is parsed;
 *   2. every central-directory entry -> name, file type, encryption/method and *declared* size /
 *      ratio checks (`member-checks.ts`); rejected members are reported in `skipped`;
 *   3. local headers of the accepted members -> byte ranges must lie before the central directory
 *      and must not overlap (overlapping members are the classic "quine"/overlap bomb);
 *   4. the sum of declared sizes must fit `maxTotalBytes`;
 *   5. each member is streamed from the archive (1 MiB reads, 16 KiB inflate pushes) to a file
 *      opened with `wx`, counting the *actual* bytes: a member that inflates past its declared size,
 *      `maxFileBytes` or `maxRatio` is aborted and its partial file deleted; CRC-32 and final size
 *      are verified. Memory stays bounded whatever the archive size: ~1 MiB of compressed input
 *      plus one inflate push's output (≤ ~16.5 MiB at deflate's 1032:1 maximum; fflate briefly
 *      holds ~3× that while growing its output buffer), written out before the next push.
 *
 * Archive-level corruption (no end record, bad central directory, bad/overlapping local headers,
 * too many members, declared or actual total over `maxTotalBytes`) throws `InputError`, after
 * removing every file this call wrote. Member-level problems are reported in `skipped`.
 * Directories are created one component at a time with `lstat` + `mkdir`, refusing to traverse
 * anything that is not a real directory, so a pre-existing symlink inside `destDir` cannot redirect
 * writes outside it.
 */







const READ_CHUNK = 1024 * 1024;
const INFLATE_SLICE = 16 * 1024;
/** True when the bytes start like a ZIP archive (local header or empty-archive end record). */
function looksLikeZip(bytes) {
    if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
        return false;
    return (bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06);
}
class MemberAbort extends Error {
}
async function extractZipSafely(zipFile, destDir, limits = DEFAULT_LIMITS) {
    const label = typeof zipFile === 'string' ? external_node_path_default().basename(zipFile) : 'in-memory zip';
    let src;
    try {
        src = typeof zipFile === 'string' ? await fileSource(zipFile) : bufferSource(zipFile);
    }
    catch (err) {
        throw new InputError(`${label}: cannot open archive: ${describeError(err)}`);
    }
    try {
        return await extractFrom(src, label, destDir, limits);
    }
    finally {
        await src.close();
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
async function extractFrom(src, label, destDir, limits) {
    const fail = (err) => {
        if (err instanceof ZipFormatError)
            throw new InputError(`${label}: ${err.message}`);
        throw err;
    };
    // 1. Directory + member-count cap.
    const dir = await readDirectory(src, limits.maxEntries).catch(fail);
    // 2. Vet every entry before touching the disk.
    const skipped = [];
    const accepted = [];
    const seen = new Set();
    const foldCase = process.platform === 'darwin' || process.platform === 'win32';
    for (const entry of dir.entries) {
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
            a.span = await readLocalHeader(src, a.entry, dir.centralOffset);
        }
        catch (err) {
            if (err instanceof ZipFormatError)
                throw new InputError(memberMsg(label, a.name, err.message));
            throw err;
        }
    }
    const byOffset = [...files].sort((x, y) => x.span.headerOffset - y.span.headerOffset);
    for (let i = 1; i < byOffset.length; i++) {
        const prev = byOffset[i - 1];
        const cur = byOffset[i];
        if (prev.span.dataEnd > cur.span.headerOffset) {
            throw new InputError(memberMsg(label, cur.name, `its data overlaps member ${quoteName(prev.name)}`));
        }
    }
    // 4. Declared total.
    const declaredTotal = files.reduce((s, a) => s + a.entry.uncompressedSize, 0);
    if (declaredTotal > limits.maxTotalBytes) {
        throw new InputError(`${label}: members declare ${declaredTotal} bytes in total, more than the limit of ${limits.maxTotalBytes} bytes`);
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
                bytes = await copyMember(src, a, fh, limits, result.totalBytes, label);
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
async function copyMember(src, a, fh, limits, totalSoFar, label) {
    const { entry } = a;
    const span = a.span;
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
            throw new InputError(memberMsg(label, a.name, `extraction exceeds the total limit of ${limits.maxTotalBytes} bytes`));
        }
        count = next;
        crc = (0,external_node_zlib_.crc32)(chunk, crc);
        await writeAll(fh, chunk);
    };
    if (entry.method === 0) {
        for (let pos = span.dataOffset; pos < span.dataEnd; pos += READ_CHUNK) {
            await emit(await src.read(pos, Math.min(READ_CHUNK, span.dataEnd - pos)));
        }
    }
    else {
        let pending = [];
        const inflater = new esm/* Inflate */.EL((chunk) => {
            if (chunk.length > 0)
                pending.push(chunk);
        });
        const push = (chunk, final) => {
            try {
                inflater.push(chunk, final);
            }
            catch (err) {
                throw new MemberAbort(`corrupt deflate data (${describeError(err)})`);
            }
        };
        if (span.dataEnd === span.dataOffset)
            push(new Uint8Array(0), true);
        for (let pos = span.dataOffset; pos < span.dataEnd; pos += READ_CHUNK) {
            const buf = await src.read(pos, Math.min(READ_CHUNK, span.dataEnd - pos));
            for (let i = 0; i < buf.length; i += INFLATE_SLICE) {
                const slice = buf.subarray(i, i + INFLATE_SLICE);
                push(slice, pos + i + slice.length >= span.dataEnd);
                const out = pending;
                pending = [];
                for (const chunk of out)
                    await emit(chunk);
            }
        }
    }
    if (count !== entry.uncompressedSize) {
        throw new MemberAbort(`inflated to ${count} bytes, not the declared ${entry.uncompressedSize}`);
    }
    if (crc >>> 0 !== entry.crc32)
        throw new MemberAbort('CRC-32 mismatch');
    return count;
}

// EXTERNAL MODULE: ./src/pipeline/logger.ts
var logger = __webpack_require__(7816);
;// CONCATENATED MODULE: ./src/pipeline/analyze-run.ts
/**
 * The engine shared by the CLI and the action:
 * run files → one streaming pass per slog (parallel) → merge → kernel-DB census per snapshot →
 * RunReport → gate(report, baseline, policy).
 */














async function analyzeRun(opts) {
    const { log, policy } = opts;
    const cleanups = [];
    try {
        let files = await discoverRun(opts.inputs);
        const extraWarnings = [];
        if (files.zips.length)
            files = await unpackZips(files, opts, cleanups, extraWarnings);
        if (!files.slogs.length && !files.snapshots.length) {
            throw new InputError(`${opts.inputs.join(', ')}: no slog (chain-stage-N.slog.gz, *.slog, *.jsonl) or kernel-DB snapshot found`);
        }
        log.info(`run files: ${files.slogs.length} slog(s), ${files.snapshots.length} snapshot(s)${files.perf ? ', perf.jsonl' : ''}`);
        const perf = files.perf ? await readPerf(files.perf).catch((e) => {
            extraWarnings.push({ code: 'perf-unreadable', count: 1, message: `${files.perf}: ${e.message}`, examples: [files.perf] });
            return null;
        }) : null;
        const slogPaths = files.slogs.map((s) => s.path);
        let scans = await log.group(`Reading ${slogPaths.length} slog file(s), ${(0,logger/* mib */.jO)(files.slogs.reduce((a, s) => a + s.bytes, 0))}`, () => (0,scan_files/* scanFiles */.Tu)(slogPaths, { workerScript: opts.workerScript, concurrency: opts.concurrency, log, maxLineBytes: policy.limits.maxLineBytes, translations: opts.translations }));
        const reordered = blockOrder(scans);
        if (reordered) {
            extraWarnings.push(reordered.warning);
            scans = reordered.order.map((i) => scans[i]);
            slogPaths.splice(0, slogPaths.length, ...reordered.order.map((i) => slogPaths[i]));
        }
        for (const s of scans) {
            if (s.read.lines === 0 && !s.read.error) {
                const name = external_node_path_default().basename(s.path);
                extraWarnings.push({ code: 'empty-file', count: 1, message: `${name}: empty file (no lines); nothing read from it`, examples: [name] });
            }
        }
        const redo = overlaps(scans);
        if (redo.size) {
            log.info(`re-reading ${redo.size} file(s) that repeat deliveries of earlier files`);
            for (const [i, skip] of redo)
                scans[i] = (await (0,scan_files/* scanFiles */.Tu)([slogPaths[i]], { log, maxLineBytes: policy.limits.maxLineBytes, translations: opts.translations }, [skip]))[0];
            scans = [...scans];
        }
        const merged = mergeScans(scans);
        if (slogPaths.length && merged.deliveries === 0 && !files.snapshots.length) {
            const why = merged.warnings.map((w) => w.message).slice(0, 3).join('; ');
            throw new InputError(`${slogPaths.join(', ')}: no usable deliveries read${why ? ` (${why})` : ''}`);
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
                            log.info(`  ${external_node_path_default().basename(s.path)}: ${c.vats.length} vats, ${c.kvRowsScanned.toLocaleString('en-US')} rows, height ${c.height ?? '?'} (${Date.now() - t0} ms)`);
                        }
                        finally {
                            await opened.cleanup();
                        }
                        extraFiles.push({ path: s.path, kind: 'storage', stage: s.stage ?? undefined, bytes: s.bytes });
                    }
                    catch (e) {
                        if (!(e instanceof InputError) && !/sqlite|database|tar|gzip/i.test(e.message))
                            throw e;
                        // Logged once with the other warnings below.
                        extraWarnings.push({ code: 'snapshot-unreadable', count: 1, message: e.message, examples: [s.path] });
                    }
                }
            });
        }
        if (merged.deliveries === 0 && !censuses.length) {
            const why = extraWarnings.map((w) => w.message).slice(0, 3).join('; ');
            throw new InputError(`${opts.inputs.join(', ')}: nothing usable read${why ? ` (${why})` : ''}`);
        }
        if (files.perf)
            extraFiles.push({ path: files.perf, kind: 'perf', bytes: 0 });
        const report = buildReport({
            merged,
            censuses: censuses.sort((a, b) => (a.stage ?? 0) - (b.stage ?? 0)),
            perf,
            policy,
            provenance: opts.provenance ?? { source: 'local', path: opts.inputs.join(' ') },
            extraFiles,
            extraWarnings,
        });
        for (const w of report.run.warnings)
            log.warning(`${w.message}${w.count > 1 ? ` (${w.count} times)` : ''}`);
        return gate(report, opts.baseline ?? null, policy, opts.baselineReason);
    }
    finally {
        for (const c of cleanups.reverse())
            await c().catch(() => { });
    }
}
/** Height of a snapshot taken at the end of a stage: the last block of that stage's slog. */
function snapshotHeightFromSlog(scans, stage) {
    if (stage === undefined)
        return undefined;
    const s = scans.find((f) => f.stage === stage);
    return s?.heightMax ?? undefined;
}
async function unpackZips(files, opts, cleanups, warnings) {
    const inputs = [];
    for (const zip of files.zips) {
        const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(opts.tmpRoot ?? external_node_os_default().tmpdir(), 'loadgen-gate-zip-'));
        cleanups.push(() => (0,promises_.rm)(dir, { recursive: true, force: true }));
        const res = await extractZipSafely(zip, dir, opts.policy.limits);
        // One line each (the member name is quoted: it may hold newlines or control characters),
        // logged once with the other warnings.
        for (const s of res.skipped) {
            warnings.push({ code: 'zip-member-skipped', count: 1, message: describeSkipped(external_node_path_default().basename(zip), s), examples: [external_node_path_default().basename(zip)] });
        }
        inputs.push(dir);
    }
    const inner = await discoverRun(inputs);
    for (const s of inner.slogs)
        s.stage ??= (0,file_scan/* stageOf */.gV)(s.path);
    return {
        root: files.root,
        slogs: [...files.slogs, ...inner.slogs].sort((a, b) => (a.stage ?? Infinity) - (b.stage ?? Infinity)),
        snapshots: [...files.snapshots, ...inner.snapshots].sort((a, b) => (a.stage ?? Infinity) - (b.stage ?? Infinity)),
        perf: files.perf ?? inner.perf,
        zips: [],
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

// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(3116);
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
/**
 * Bidi embeddings/overrides/isolates, zero-width and other invisible formatting characters.
 * These are replaced with U+FFFD so tampering stays visible.
 */
const INVISIBLE = /[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/u;
/** C0/C1 controls, DEL and line/paragraph separators become a plain space. */
// eslint-disable-next-line no-control-regex
const escape_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
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
    for (const cp of s) {
        const c = cp.codePointAt(0);
        if (c >= 0xd800 && c <= 0xdfff)
            out.push('\ufffd');
        else if (escape_CONTROL.test(cp))
            out.push(' ');
        else if (INVISIBLE.test(cp))
            out.push('\ufffd');
        else
            out.push(cp);
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
                else if (i >= 3 && cps.slice(i - 3, i).join('').toLowerCase() === 'www')
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
                else if (/^[0-9]/.test(next) && i >= 2 && cps.slice(i - 2, i).join('').toLowerCase() === 'gh')
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

;// CONCATENATED MODULE: ./src/render/mermaid.ts
/**
 * Mermaid `xychart-beta` line charts for GitHub markdown.
 *
 * Every series is resampled onto one shared set of x categories (xychart draws each `line` entry
 * against the same x-axis by index), so series with different x samples still line up:
 * - if the distinct x values of all series fit in `maxPoints`, they become the categories;
 * - otherwise [min x, max x] is cut into `maxPoints` equal-width buckets, labelled with the mean
 *   x of the points they hold (the bucket centre when empty).
 * A series' value in a category is the mean of its y values there; categories where a series has
 * no samples are filled by linear interpolation between its neighbours (held flat at the ends).
 *
 * Untrusted text (title, axis labels, series names) goes through `mermaidLabel`, which keeps only
 * `[A-Za-z0-9 _.,:/()%+-]` and is always emitted inside `"..."`, so it cannot close the string,
 * start a comment/directive, add a statement or leave the fenced block. Numbers are written in
 * plain decimal (the xychart lexer has no exponent syntax).
 */
const LABEL_MAX = 80;
/** Largest magnitude we print; beyond it plain-decimal output gets silly. */
const MAX_ABS = 1e15;
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
function xyChart(opts) {
    const maxPoints = Math.max(2, Math.floor(opts.maxPoints ?? 60));
    // Finite (x, y) pairs per series; drop empty series.
    const series = opts.series
        .map((s) => {
        const pts = [];
        const n = Math.min(s.x?.length ?? 0, s.y?.length ?? 0);
        for (let i = 0; i < n; i++) {
            const x = s.x[i];
            const y = s.y[i];
            if (Number.isFinite(x) && Number.isFinite(y) && Math.abs(x) < MAX_ABS && Math.abs(y) < MAX_ABS)
                pts.push([x, y]);
        }
        return { name: s.name, pts };
    })
        .filter((s) => s.pts.length > 0);
    if (series.length === 0)
        return '';
    const allX = series.flatMap((s) => s.pts.map((p) => p[0]));
    const [xMin, xMax] = extent(allX);
    if (!(xMax > xMin))
        return '';
    // Shared categories and a mapping x -> category index.
    const distinct = [...new Set(allX)].sort((a, b) => a - b);
    let categories;
    let indexOf;
    if (distinct.length <= maxPoints) {
        categories = distinct.map((x) => ({ x }));
        const pos = new Map(distinct.map((x, i) => [x, i]));
        indexOf = (x) => pos.get(x);
    }
    else {
        const width = (xMax - xMin) / maxPoints;
        indexOf = (x) => Math.min(maxPoints - 1, Math.floor((x - xMin) / width));
        const sums = new Array(maxPoints).fill(0);
        const counts = new Array(maxPoints).fill(0);
        for (const x of allX) {
            const i = indexOf(x);
            sums[i] += x;
            counts[i] += 1;
        }
        categories = sums.map((sum, i) => ({ x: counts[i] > 0 ? sum / counts[i] : xMin + (i + 0.5) * width }));
    }
    const k = categories.length;
    // Bucket means per series, then fill gaps.
    const lines = series.map((s) => {
        const sums = new Array(k).fill(0);
        const counts = new Array(k).fill(0);
        for (const [x, y] of s.pts) {
            const i = indexOf(x);
            sums[i] += y;
            counts[i] += 1;
        }
        const vals = sums.map((sum, i) => (counts[i] > 0 ? sum / counts[i] : undefined));
        return { name: s.name, values: fillGaps(vals, categories) };
    });
    const allY = lines.flatMap((l) => l.values);
    let [yMin, yMax] = extent(allY);
    const span = yMax - yMin > 0 ? yMax - yMin : Math.abs(yMax) > 0 ? Math.abs(yMax) : 1;
    const yDec = decimalsFor(span / 10, 2);
    const lo = yMin >= 0 && yMin - span * 0.05 < 0 ? 0 : yMin - span * 0.05;
    const hi = yMax + span * 0.05;
    const unit = 10 ** -yDec;
    yMin = Math.floor(lo / unit) * unit;
    yMax = Math.ceil(hi / unit) * unit;
    if (!(yMax > yMin))
        yMax = yMin + unit;
    const steps = categories.slice(1).map((c, i) => c.x - categories[i].x).filter((d) => d > 0);
    const xDec = decimalsFor(steps.length > 0 ? extent(steps)[0] : xMax - xMin, 2);
    // Enough decimals for the values themselves to resolve ~1/1000 of the axis span.
    const vDec = decimalsFor((yMax - yMin) / 1000, 1);
    const q = (s) => `"${s}"`;
    const out = ['```mermaid', 'xychart-beta'];
    const title = mermaidLabel(opts.title);
    if (title)
        out.push(`  title ${q(title)}`);
    const xl = mermaidLabel(opts.xLabel);
    out.push(`  x-axis ${xl ? `${q(xl)} ` : ''}[${uniqueLabels(categories.map((c) => c.x), xDec).map(q).join(', ')}]`);
    const yl = mermaidLabel(opts.yLabel);
    out.push(`  y-axis ${yl ? `${q(yl)} ` : ''}${num(yMin, yDec)} --> ${num(yMax, yDec)}`);
    for (const l of lines) {
        const name = mermaidLabel(l.name);
        out.push(`  line ${name ? `${q(name)} ` : ''}[${l.values.map((v) => num(v, vDec)).join(', ')}]`);
    }
    out.push('```');
    return `${out.join('\n')}\n`;
}
/** Formats category positions, adding decimals until no two labels collide (band axes need unique labels). */
function uniqueLabels(xs, decimals) {
    let labels = xs.map((x) => num(x, decimals));
    for (let d = decimals + 1; d <= 12 && new Set(labels).size < labels.length; d++)
        labels = xs.map((x) => num(x, d));
    return labels;
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
/** Linear interpolation over the category x positions; flat extrapolation at both ends. */
function fillGaps(vals, cats) {
    const known = vals.flatMap((v, i) => (v === undefined ? [] : [i]));
    return vals.map((v, i) => {
        if (v !== undefined)
            return v;
        const after = known.findIndex((j) => j > i);
        if (after === -1)
            return vals[known[known.length - 1]];
        if (after === 0)
            return vals[known[0]];
        const j0 = known[after - 1];
        const j1 = known[after];
        const t = (cats[i].x - cats[j0].x) / (cats[j1].x - cats[j0].x);
        return vals[j0] + t * (vals[j1] - vals[j0]);
    });
}

;// CONCATENATED MODULE: ./src/render/markdown.ts
/**
 * Markdown summary of a RunReport: verdict first, then the per-vat table, the c-list table and
 * attribution sentences, charts for failing/top-growing vats, the delivery-time breakdown, and
 * input warnings. Every string that came from an artifact goes through `mdText`/`mdCode`.
 * Returned as prioritized sections so a size budget can drop detail first (never silently).
 */



const ICON = { fail: '❌', warn: '⚠️', pass: '✅', neutral: '➖' };
const markdown_us = (s) => (s === null || s === undefined || !Number.isFinite(s) ? '—' : (s * 1e6).toFixed(2));
const ms = (s) => (s === null || s === undefined || !Number.isFinite(s) ? '—' : (s * 1e3).toFixed(2));
const markdown_num = (n, d = 0) => (n === null || n === undefined || !Number.isFinite(n) ? '—' : n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }));
const ratio = (n) => (n === null || n === undefined || !Number.isFinite(n) ? '—' : `×${n.toFixed(2)}`);
const pval = (p) => (p === null || p === undefined ? '—' : p < 1e-4 ? p.toExponential(1) : p.toPrecision(2));
const vatLabel = (v) => (v.name ? `${mdText(v.name, 60)} (${mdText(v.vatID, 12)})` : mdText(v.vatID, 12));
function renderSections(r, opts = {}) {
    const sections = [];
    const title = opts.title ?? 'loadgen-gate';
    const failing = r.verdicts.filter((v) => v.level === 'fail');
    const warning = r.verdicts.filter((v) => v.level === 'warn');
    const names = [...new Set(failing.map((v) => vatLabel(v)))];
    const head = [
        `## ${ICON[r.verdict]} ${mdText(title, 80)}: **${r.verdict.toUpperCase()}**`,
        '',
        failing.length
            ? `${failing.length} regression(s) in ${names.join(', ')}.`
            : warning.length
                ? `No regression; ${warning.length} warning(s).`
                : 'No growth regression found.',
        '',
        runLine(r),
        baselineLine(r),
    ];
    const rebuilt = translationsLine(r);
    if (rebuilt)
        head.push(rebuilt);
    sections.push({ id: 'verdict', markdown: head.join('\n'), priority: 100 });
    const flagged = r.verdicts.filter((v) => v.level === 'fail' || v.level === 'warn');
    if (flagged.length) {
        const rows = flagged.map((v) => [ICON[v.level], vatLabel(v), mdCode(v.metric, 40), mdText(v.message, 400)]);
        sections.push({ id: 'verdicts', markdown: `### Findings\n\n${(0,markdown_table/* markdownTable */.Q)([['', 'vat', 'metric', 'why'], ...rows])}`, priority: 95 });
    }
    const attributions = r.vats.filter((v) => v.clist?.attribution && isFlagged(r, v.vatID));
    if (attributions.length) {
        sections.push({
            id: 'attribution',
            markdown: `### Who keeps the objects\n\n${attributions.map((v) => `- ${mdText(v.clist.attribution, 600)}`).join('\n')}`,
            priority: 90,
        });
    }
    sections.push({ id: 'vats', markdown: vatTable(r), priority: 80 });
    const clist = clistTable(r);
    if (clist)
        sections.push({ id: 'clist', markdown: clist, priority: 70 });
    sections.push({ id: 'charts', markdown: charts(r, opts.maxCharts ?? 4), priority: 30 });
    sections.push({ id: 'deliveries', markdown: deliveryBreakdown(r, opts.maxMethodRows ?? 8), priority: 40 });
    const warn = warningsSection(r);
    if (warn)
        sections.push({ id: 'warnings', markdown: warn, priority: 60 });
    sections.push({ id: 'footer', markdown: footer(r), priority: 99 });
    return sections.filter((s) => s.markdown);
}
function renderMarkdown(r, opts = {}) {
    return renderSections(r, opts).map((s) => s.markdown).join('\n\n') + '\n';
}
function isFlagged(r, vatID) {
    return r.verdicts.some((v) => v.vatID === vatID && (v.level === 'fail' || v.level === 'warn'));
}
function runLine(r) {
    const br = r.run.blockRange;
    const axis = r.run.xAxis === 'blockHeight' ? 'block height' : r.run.xAxis === 'runBlockHeight' ? 'run block height' : 'delivery ordinal (no block events in the slog)';
    const slogs = r.run.files.filter((f) => f.kind === 'slog').length;
    const snaps = r.run.files.filter((f) => f.kind === 'storage').length;
    const range = br ? `${axis} ${markdown_num(br[0])}–${markdown_num(br[1])}` : `x-axis: ${axis}`;
    return `Run: ${slogs} slog file(s), ${snaps} kernel-DB snapshot(s), ${range}${r.run.cycles !== null ? `, ${markdown_num(r.run.cycles)} loadgen cycles` : ''}.`;
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
    const where = p?.runId ? `run ${mdText(String(p.runId), 20)}${p.headSha ? ` @ ${mdCode(p.headSha.slice(0, 12), 20)}` : ''}${p.ageHours !== undefined ? `, ${p.ageHours.toFixed(0)} h old` : ''}` : mdText(p?.path ?? 'file', 120);
    return `Baseline: ${where}.`;
}
function levelFor(r, vatID, prefix) {
    const vs = r.verdicts.filter((v) => v.vatID === vatID && v.metric.startsWith(prefix));
    if (!vs.length)
        return null;
    return vs.reduce((w, v) => (rank(v.level) > rank(w) ? v.level : w), 'neutral');
}
const rank = (l) => ({ neutral: 0, pass: 1, warn: 2, fail: 3 })[l];
function interesting(v) {
    return (v.boyd?.count ?? 0) > 0 || (v.clist?.delta ? v.clist.delta.exports !== 0 || v.clist.delta.imports !== 0 : false);
}
function vatTable(r) {
    const vats = r.vats.filter(interesting);
    const rows = vats.map((v) => {
        const b = v.boyd;
        const boydLevel = levelFor(r, v.vatID, 'boyd');
        return [
            vatLabel(v),
            boydLevel ? ICON[boydLevel] : '',
            markdown_num(b?.count),
            `${ms(b?.firstMean)} → ${ms(b?.lastMean)}`,
            markdown_us(b?.slopePerBlock),
            b?.slopeCI ? `[${markdown_us(b.slopeCI[0])}, ${markdown_us(b.slopeCI[1])}]` : '—',
            pval(b?.pValue),
            markdown_us(b?.commonModeCorrected?.slopePerBlock),
            ratio(v.heap?.growth),
        ];
    });
    const hidden = r.vats.length - vats.length;
    const alpha = Number(r.policy.boyd?.alpha ?? 0.05);
    const ciLabel = `${+(100 * (1 - alpha)).toFixed(1)}% CI`;
    return [
        '### BOYD time per vat',
        '',
        (0,markdown_table/* markdownTable */.Q)([['vat', '', 'BOYDs', 'ms first → last', 'µs/block (Sen)', ciLabel, 'MK p', 'µs/block vs peers', 'heap'], ...rows], { align: ['l', 'c', 'r', 'r', 'r', 'r', 'r', 'r', 'r'] }),
        hidden > 0 ? `\n${hidden} idle vat(s) without BOYDs or c-list change not shown.` : '',
    ].join('\n');
}
function clistTable(r) {
    const vats = r.vats.filter((v) => v.clist?.delta && (v.clist.delta.exports !== 0 || v.clist.delta.imports !== 0 || isFlagged(r, v.vatID)));
    if (!vats.length)
        return null;
    const rows = vats.map((v) => {
        const c = v.clist;
        const snaps = c.snapshots;
        const first = snaps[0];
        const last = snaps[snaps.length - 1];
        const tot = (s) => s.exports.reachable + s.exports.recognizableOnly + s.imports.reachable + s.imports.recognizableOnly;
        const weak = (s) => s.exports.recognizableOnly + s.imports.recognizableOnly;
        const start = snaps.length >= 2 ? `${markdown_num(tot(first))} (stage ${first.stage})` : c.series?.start ? markdown_num(c.series.start.exports + c.series.start.imports) : '—';
        const end = snaps.length >= 2 ? `${markdown_num(tot(last))} (stage ${last.stage})` : c.series?.end ? markdown_num(c.series.end.exports + c.series.end.imports) : '—';
        const d = c.delta;
        const lvl = levelFor(r, v.vatID, 'clist');
        return [
            vatLabel(v),
            lvl ? ICON[lvl] : '',
            start,
            end,
            `${d.exports >= 0 ? '+' : ''}${markdown_num(d.exports)} / ${d.imports >= 0 ? '+' : ''}${markdown_num(d.imports)}`,
            markdown_num(d.perBlock, 2),
            d.perCycle !== null ? markdown_num(d.perCycle, 2) : '—',
            snaps.length ? markdown_num(weak(last)) : markdown_num((c.series?.end?.recognizableOnlyImports ?? 0) + (c.series?.end?.recognizableOnlyExports ?? 0)),
            c.series ? markdown_num(c.series.slopePerBlock, 2) : '—',
        ];
    });
    return [
        '### C-list (object table) growth',
        '',
        (0,markdown_table/* markdownTable */.Q)([['vat', '', 'start', 'end', 'Δ exports / imports', 'per block', 'per cycle', 'recognizable-only', 'slog slope /block'], ...rows], { align: ['l', 'c', 'r', 'r', 'r', 'r', 'r', 'r', 'r'] }),
    ].join('\n');
}
function charts(r, max) {
    const ranked = r.vats
        .filter((v) => (v.boyd?.chart.length ?? 0) >= 3)
        .sort((a, b) => rank(levelFor(r, b.vatID, 'boyd') ?? 'neutral') - rank(levelFor(r, a.vatID, 'boyd') ?? 'neutral') || (b.boyd.relativeRise ?? 0) - (a.boyd.relativeRise ?? 0))
        .slice(0, max);
    const clistVats = r.vats.filter((v) => (levelFor(r, v.vatID, 'clist') === 'fail' || levelFor(r, v.vatID, 'clist') === 'warn') && (v.clist?.series?.chart.length ?? 0) >= 2).slice(0, max);
    if (!ranked.length && !clistVats.length)
        return '';
    const parts = ['### Charts', ''];
    for (const v of ranked) {
        const pts = v.boyd.chart;
        parts.push(`<details${levelFor(r, v.vatID, 'boyd') === 'fail' ? ' open' : ''}><summary>BOYD ms vs block: ${vatLabel(v)}</summary>\n`);
        parts.push(xyChart({ title: `BOYD ms, ${v.name ?? v.vatID}`, xLabel: r.run.xAxis === 'deliveryOrdinal' ? 'delivery' : 'block height', yLabel: 'ms', series: [{ name: 'BOYD', x: pts.map((p) => p[0]), y: pts.map((p) => p[1] * 1e3) }] }));
        parts.push('\n</details>\n');
    }
    for (const v of clistVats) {
        const pts = v.clist.series.chart;
        parts.push(`<details><summary>c-list entries vs block: ${vatLabel(v)}</summary>\n`);
        parts.push(xyChart({ title: `c-list objects, ${v.name ?? v.vatID}`, xLabel: 'block height', yLabel: 'entries', series: [{ name: 'entries', x: pts.map((p) => p[0]), y: pts.map((p) => p[1]) }] }));
        parts.push('\n</details>\n');
    }
    return parts.join('\n');
}
function deliveryBreakdown(r, maxRows) {
    const u = r.run.utilization;
    const total = u.deliverySeconds;
    const lines = ['<details><summary>Delivery time breakdown</summary>', ''];
    const util = u.swingsetSeconds !== null && u.wallSeconds ? ` Swingset ran ${markdown_num(u.swingsetSeconds, 1)} s of ${markdown_num(u.wallSeconds, 1)} s wall time (${markdown_num((100 * u.swingsetSeconds) / u.wallSeconds, 0)}%).` : '';
    lines.push(`Deliveries took ${markdown_num(total, 1)} s in all.${util}`, '');
    lines.push((0,markdown_table/* markdownTable */.Q)([['kind', 'count', 'seconds', 'share'], ...u.byKind.map((k) => [mdCode(k.kind, 40), markdown_num(k.count), markdown_num(k.seconds, 2), `${markdown_num(k.share * 100, 1)}%`])], { align: ['l', 'r', 'r', 'r'] }));
    const rows = [];
    for (const v of r.vats) {
        for (const k of v.deliveryKinds.slice(0, maxRows)) {
            rows.push([vatLabel(v), k.method !== undefined ? `${mdCode(k.kind, 30)} ${mdCode(k.method, 60)}` : mdCode(k.kind, 30), markdown_num(k.count), markdown_num(k.totalSeconds, 3), `${ms(k.meanFirst100)} → ${ms(k.meanLast100)}`, `${ms(k.fittedFirst)} → ${ms(k.fittedLast)}`]);
        }
    }
    if (rows.length) {
        lines.push('', 'Per vat, kind and method (mean of the first and last 100; OLS fit at the first and last block), in ms:', '');
        lines.push((0,markdown_table/* markdownTable */.Q)([['vat', 'delivery', 'count', 'total s', 'mean first → last 100', 'fitted first → last'], ...rows], { align: ['l', 'l', 'r', 'r', 'r', 'r'] }));
    }
    lines.push('', '</details>');
    return lines.join('\n');
}
function warningsSection(r) {
    const w = r.run.warnings;
    if (!w.length)
        return null;
    return ['### Input problems (counted, not fatal)', '', ...w.map((x) => `- ${mdCode(x.code, 40)} ×${markdown_num(x.count)}: ${mdText(x.message, 300)}`)].join('\n');
}
function footer(r) {
    return `<sub>loadgen-gate ${mdText(r.tool.version, 20)}, report schema v${r.schemaVersion}. Slopes are Theil–Sen with Sen's CI (Hamed–Rao corrected); p is a one-sided Mann–Kendall test; "vs peers" subtracts the per-block median of the other busy vats.</sub>`;
}

;// CONCATENATED MODULE: ./src/sources/github/errors.ts
/**
 * Errors raised by the GitHub I/O layer. Every message is a single line, never contains the
 * token or a signed URL's query string, and ends with a hint when we can guess the cause.
 */

/** A non-2xx answer from GitHub (after retries), or a network failure (`status` 0). */
class GitHubApiError extends Error {
    status;
    method;
    route;
    path;
    githubMessage;
    hint;
    documentationUrl;
    requestId;
    constructor(details) {
        super(formatApiError(details));
        this.name = 'GitHubApiError';
        this.status = details.status;
        this.method = details.method;
        this.route = details.route;
        this.path = details.path;
        this.githubMessage = details.githubMessage;
        this.hint = details.hint;
        this.documentationUrl = details.documentationUrl;
        this.requestId = details.requestId;
    }
}
function formatApiError(d) {
    const what = d.status === 0 ? 'request failed' : `${d.status}`;
    const msg = oneLine(d.githubMessage, 400);
    const hint = d.hint ? ` (hint: ${d.hint})` : '';
    return `GitHub API ${what} on ${d.method} ${d.path}: ${msg || 'no message'}${hint}`;
}
/**
 * No usable source run/artifact. Extends {@link InputError}: callers usually degrade to a warning
 * ("no baseline") instead of failing.
 */
class SourceRunError extends InputError {
    reason;
    constructor(reason, message) {
        super(oneLine(message, 2000));
        this.name = 'SourceRunError';
        this.reason = reason;
    }
}
/** The artifact is larger than the caller's byte cap, or is not a zip. */
class ArtifactDownloadError extends InputError {
    constructor(message) {
        super(oneLine(message, 1000));
        this.name = 'ArtifactDownloadError';
    }
}
/** Collapse whitespace/newlines and cap the length. */
function oneLine(text, max) {
    const s = text.replace(/\s+/g, ' ').trim();
    return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

;// CONCATENATED MODULE: ./src/sources/github/client.ts
/**
 * A tiny GitHub REST client on top of global `fetch`.
 *
 * - Octokit-style routes: `request('GET /repos/{owner}/{repo}', { owner, repo, per_page: 100 })`.
 *   Placeholders are filled (URL-encoded) from params; other params become the query string
 *   (GET/DELETE) or the JSON body (POST/PATCH/PUT).
 * - Retries with exponential backoff + jitter on 5xx, 429, secondary rate limits (403 with
 *   `retry-after`, `x-ratelimit-remaining: 0`, or a "secondary rate limit" message) and network
 *   errors, honouring `retry-after` / `x-ratelimit-reset`. POST is only retried on rate limits
 *   (a 5xx may have created the comment/issue already).
 * - Failures become one-line {@link GitHubApiError}s with a hint. The token never appears in a
 *   message; signed URLs are reported without their query string.
 * - `download()` follows redirects by hand and drops `Authorization` when the target origin
 *   differs from the API origin (the signed blob URL), and enforces a byte cap while streaming.
 *
 * Pure logic elsewhere takes a {@link GitHubClient}; nothing here imports `@actions/*`.
 */

const DEFAULT_API_URL = 'https://api.github.com';
/** Query parameters that carry a signed URL's credentials. */
const SIGNED_QUERY_PARAM = /([?&](?:sig|signature|se|st|sp|sv|sr|spr|skoid|sktid|skt|ske|sks|skv|rscd|X-Amz-[A-Za-z-]+|token|access_token)=)[^&\s"'<>]+/gi;
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE']);
function createGitHubClient(options) {
    const apiUrl = (options.apiUrl?.trim() || DEFAULT_API_URL).replace(/\/+$/, '');
    let apiOrigin;
    try {
        const u = new URL(apiUrl);
        if (u.protocol !== 'https:' && u.protocol !== 'http:')
            throw new Error('protocol');
        apiOrigin = u.origin;
    }
    catch {
        throw new Error(`Invalid GitHub API URL '${oneLine(apiUrl, 200)}' (GITHUB_API_URL must be an http(s) URL)`);
    }
    const token = options.token ?? '';
    const retries = Math.max(0, Math.floor(options.retries ?? 3));
    const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const random = options.random ?? Math.random;
    const baseDelayMs = options.baseDelayMs ?? 1000;
    const maxDelayMs = options.maxDelayMs ?? 30_000;
    const maxRetryAfterMs = options.maxRetryAfterMs ?? 120_000;
    const timeoutMs = options.timeoutMs ?? 30_000;
    const fetchImpl = options.fetch ?? fetch;
    // The token, and the signature parts of signed blob URLs (Azure SAS, S3 presigned) that an error
    // body may quote, never reach a message, a field of an error, or the log.
    const redact = (s) => {
        const t = token.length >= 4 ? s.split(token).join('***') : s;
        return t.replace(SIGNED_QUERY_PARAM, '$1***');
    };
    function baseHeaders(withAuth) {
        const h = {
            accept: 'application/vnd.github+json',
            'user-agent': options.userAgent,
            'x-github-api-version': '2022-11-28',
        };
        if (withAuth && token)
            h.authorization = `Bearer ${token}`;
        return h;
    }
    function prepare(route, params = {}) {
        const m = /^(GET|POST|PATCH|PUT|DELETE)\s+(\/\S*)$/.exec(route.trim());
        if (!m)
            throw new Error(`Bad route '${route}' (expected 'METHOD /path')`);
        const method = m[1];
        const template = m[2];
        const rest = { ...params };
        const path = template.replace(/\{(\w+)\}/g, (_, name) => {
            const v = rest[name];
            if (v === undefined || v === null || v === '')
                throw new Error(`Missing parameter '${name}' for ${route}`);
            delete rest[name];
            return encodeURIComponent(String(v));
        });
        const url = new URL(apiUrl + path);
        let body;
        if (method === 'GET' || method === 'DELETE') {
            for (const [k, v] of Object.entries(rest)) {
                if (v === undefined || v === null)
                    continue;
                url.searchParams.set(k, Array.isArray(v) ? v.join(',') : String(v));
            }
        }
        else {
            const clean = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
            body = JSON.stringify(clean);
        }
        return { method, route: `${method} ${template}`, path, url, body };
    }
    function backoff(attempt) {
        const step = Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);
        return Math.round(step / 2 + random() * (step / 2));
    }
    /** Decide whether (and how long) to wait before retrying; undefined = don't retry. */
    async function retryDelay(res, attempt, idempotent) {
        if (!res)
            return idempotent ? { delayMs: backoff(attempt), reason: 'network error' } : undefined;
        const s = res.status;
        const retryAfter = parseRetryAfter(res.headers.get('retry-after'));
        const remaining = res.headers.get('x-ratelimit-remaining');
        const reset = Number(res.headers.get('x-ratelimit-reset'));
        let rateLimited = s === 429;
        if (s === 403) {
            if (retryAfter !== undefined || remaining === '0')
                rateLimited = true;
            else {
                const text = await res.clone().text().catch(() => '');
                if (/rate limit/i.test(text))
                    rateLimited = true;
            }
        }
        if (rateLimited) {
            let delayMs;
            if (retryAfter !== undefined)
                delayMs = retryAfter;
            else if (remaining === '0' && Number.isFinite(reset) && reset > 0)
                delayMs = Math.max(0, reset * 1000 - Date.now()) + 1000;
            else
                delayMs = Math.max(60_000, backoff(attempt)); // GitHub: wait at least a minute
            if (delayMs > maxRetryAfterMs)
                return { tooLong: `rate limited; GitHub asks to wait ${Math.round(delayMs / 1000)} s` };
            return { delayMs, reason: `${s} rate limit` };
        }
        if (s >= 500 && s <= 599 && idempotent)
            return { delayMs: backoff(attempt), reason: `${s} server error` };
        return undefined;
    }
    /** fetch with retries. Returns the last response (any status); throws on final network error. */
    async function send(p, init, timeout, display) {
        const idempotent = IDEMPOTENT.has(p.method);
        for (let attempt = 0;; attempt++) {
            let res;
            let netError;
            try {
                res = await fetchImpl(p.url, { ...init, method: p.method, signal: AbortSignal.timeout(timeout) });
            }
            catch (e) {
                netError = e;
            }
            const decision = attempt < retries ? await retryDelay(res, attempt, idempotent) : undefined;
            if (!decision || 'tooLong' in decision) {
                if (res)
                    return res;
                throw new GitHubApiError({
                    status: 0,
                    method: p.method,
                    route: display.route,
                    path: display.path,
                    githubMessage: redact(describeNetworkError(netError)),
                    hint: attempt > 0 ? `gave up after ${attempt + 1} attempts` : undefined,
                });
            }
            await res?.body?.cancel().catch(() => undefined);
            options.onRetry?.({ attempt: attempt + 1, delayMs: decision.delayMs, method: p.method, path: display.path, status: res?.status ?? 0, reason: decision.reason });
            await sleep(decision.delayMs);
        }
    }
    async function toError(res, p) {
        const text = await res.text().catch(() => '');
        let message = res.statusText || `HTTP ${res.status}`;
        let documentationUrl;
        try {
            const j = JSON.parse(text);
            if (typeof j.message === 'string' && j.message)
                message = j.message;
            if (typeof j.documentation_url === 'string')
                documentationUrl = j.documentation_url;
            if (Array.isArray(j.errors) && j.errors.length) {
                const details = j.errors
                    .map((e) => (typeof e === 'string' ? e : typeof e?.message === 'string' ? e.message : typeof e?.code === 'string' ? `${e.field ?? ''} ${e.code}` : ''))
                    .filter(Boolean)
                    .join('; ');
                if (details)
                    message += ` [${details}]`;
            }
        }
        catch {
            if (text && text.length < 300 && !/<html/i.test(text))
                message = text;
        }
        return new GitHubApiError({
            status: res.status,
            method: p.method,
            route: p.route,
            path: p.path,
            githubMessage: redact(oneLine(message, 400)),
            hint: hintFor(res, p.path, message),
            documentationUrl: documentationUrl === undefined ? undefined : redact(oneLine(documentationUrl, 300)),
            requestId: redact(oneLine(res.headers.get('x-github-request-id') ?? '', 100)) || undefined,
        });
    }
    async function request(route, params) {
        const p = prepare(route, params);
        return requestPrepared(p);
    }
    async function requestPrepared(p) {
        const headers = baseHeaders(true);
        if (p.body !== undefined)
            headers['content-type'] = 'application/json';
        const res = await send(p, { headers, body: p.body, redirect: 'follow' }, timeoutMs, p);
        if (!res.ok)
            throw await toError(res, p);
        const text = await res.text();
        let data = undefined;
        if (text) {
            try {
                data = JSON.parse(text);
            }
            catch {
                data = text;
            }
        }
        return { status: res.status, headers: res.headers, data: data, url: stripQuery(res.url || p.url.href) };
    }
    async function* pages(route, params = {}, opts = {}) {
        const maxPages = opts.maxPages ?? 50;
        let p = prepare(route, params);
        const perPage = Number(p.url.searchParams.get('per_page') ?? 30);
        for (let page = 1; p && page <= maxPages; page++) {
            const res = await requestPrepared(p);
            const raw = opts.itemsKey ? res.data?.[opts.itemsKey] : res.data;
            const items = Array.isArray(raw) ? raw : [];
            yield items;
            const next = nextLink(res.headers.get('link'));
            if (next) {
                const u = new URL(next, p.url);
                if (u.origin !== apiOrigin)
                    break; // never send the token elsewhere
                p = { ...p, url: u, path: u.pathname };
            }
            else if (res.headers.get('link') === null && items.length >= perPage && items.length > 0) {
                const u = new URL(p.url);
                u.searchParams.set('page', String(Number(u.searchParams.get('page') ?? 1) + 1));
                p = { ...p, url: u };
            }
            else {
                p = undefined;
            }
        }
    }
    async function paginate(route, params, opts = {}) {
        const maxItems = opts.maxItems ?? 10_000;
        const out = [];
        for await (const items of pages(route, params, opts)) {
            for (const it of items) {
                out.push(it);
                if (out.length >= maxItems)
                    return out;
            }
        }
        return out;
    }
    async function download(route, params, opts) {
        const maxRedirects = opts.maxRedirects ?? 5;
        const timeout = opts.timeoutMs ?? 600_000;
        const first = prepare(route, params);
        let current = first;
        let withAuth = true;
        for (let hop = 0;; hop++) {
            const display = withAuth ? first : { method: 'GET', route: `GET ${current.url.origin}`, path: stripQuery(current.url.href) };
            const res = await send(current, { headers: baseHeaders(withAuth), redirect: 'manual' }, timeout, display);
            if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
                await res.body?.cancel().catch(() => undefined);
                if (hop >= maxRedirects)
                    throw new GitHubApiError({ status: res.status, method: 'GET', route: display.route, path: display.path, githubMessage: `more than ${maxRedirects} redirects` });
                const target = new URL(res.headers.get('location'), current.url);
                if (target.protocol !== 'https:' && target.protocol !== 'http:')
                    throw new GitHubApiError({ status: res.status, method: 'GET', route: display.route, path: display.path, githubMessage: `refusing redirect to ${target.protocol} URL` });
                if (current.url.protocol === 'https:' && target.protocol === 'http:')
                    throw new GitHubApiError({ status: res.status, method: 'GET', route: display.route, path: display.path, githubMessage: 'refusing https → http redirect' });
                // Only keep the token while we stay on the API origin; signed storage URLs need none.
                withAuth = withAuth && target.origin === apiOrigin;
                current = { method: 'GET', route: `GET ${target.origin}`, path: target.pathname, url: target, body: undefined };
                continue;
            }
            if (!res.ok)
                throw await toError(res, display);
            return readCapped(res, opts.maxBytes, display.path);
        }
    }
    return { apiUrl, request, pages, paginate, download };
}
async function readCapped(res, maxBytes, what) {
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
        await res.body?.cancel().catch(() => undefined);
        throw new ArtifactDownloadError(`${what} is ${client_fmtBytes(declared)}, over the ${client_fmtBytes(maxBytes)} download limit`);
    }
    if (!res.body)
        return Buffer.alloc(0);
    const chunks = [];
    let total = 0;
    const reader = res.body.getReader();
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total > maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw new ArtifactDownloadError(`${what} exceeded the ${client_fmtBytes(maxBytes)} download limit (stopped after ${client_fmtBytes(total)})`);
        }
        chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
    }
    return Buffer.concat(chunks, total);
}
function client_fmtBytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let v = n / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}
/** `retry-after` in ms (delta-seconds or HTTP date), or undefined. */
function parseRetryAfter(v) {
    if (v === null || v.trim() === '')
        return undefined;
    if (/^\d+(\.\d+)?$/.test(v.trim()))
        return Math.round(Number(v) * 1000);
    const t = Date.parse(v);
    return Number.isNaN(t) ? undefined : Math.max(0, t - Date.now());
}
function nextLink(link) {
    if (!link)
        return undefined;
    for (const part of link.split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
        if (m)
            return m[1];
    }
    return undefined;
}
function stripQuery(href) {
    try {
        const u = new URL(href);
        return `${u.origin}${u.pathname}`;
    }
    catch {
        return href.split('?')[0] ?? href;
    }
}
function describeNetworkError(e) {
    if (e instanceof Error) {
        if (e.name === 'TimeoutError' || e.name === 'AbortError')
            return 'request timed out';
        const cause = e.cause;
        const code = typeof cause?.code === 'string' ? cause.code : undefined;
        return code ? `${e.message} (${code})` : e.message;
    }
    return String(e);
}
function hintFor(res, path, message) {
    const s = res.status;
    const actions = /\/actions\//.test(path);
    if (s === 401)
        return 'bad or expired token (check the `github-token` input)';
    if (s === 403 && (res.headers.get('x-ratelimit-remaining') === '0' || /rate limit/i.test(message))) {
        const reset = Number(res.headers.get('x-ratelimit-reset'));
        return Number.isFinite(reset) && reset > 0 ? `rate limit exhausted; resets at ${new Date(reset * 1000).toISOString()}` : 'rate limited; try again later';
    }
    if (s === 429)
        return 'rate limited; try again later';
    if ((s === 403 || s === 404) && actions)
        return 'needs `actions: read` permission (or the run/artifact does not exist)';
    if (s === 410)
        return actions ? 'artifact expired' : 'resource is gone';
    if (s === 403 && /\/issues\/\d+\/comments|\/issues\/comments\//.test(path))
        return 'needs `pull-requests: write` (or `issues: write`) permission; fork PRs get a read-only token';
    if (s === 403 && /\/issues(\/|$)/.test(path))
        return 'needs `issues: write` permission';
    if (s === 404 && /^\/repos\/[^/]+\/[^/]+$/.test(path.replace(/^\/api\/v3/, '')))
        return 'repository not found, or the token cannot see it';
    if (s === 422 && /too long/i.test(message))
        return 'body over 65,536 characters';
    if (s >= 500)
        return 'GitHub server error; retries exhausted';
    return undefined;
}

;// CONCATENATED MODULE: ./src/publish/github/summary-budget.ts
/**
 * Fit the job summary under GitHub's 1 MiB per-step limit (an oversize summary is silently not
 * uploaded). Drops the lowest-priority sections first and always says what it dropped. Pure.
 */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const byteLength = (s) => Buffer.byteLength(s, 'utf8');
function note(dropped) {
    return `\n\n> [!WARNING]\n> Omitted to fit GitHub's 1 MiB job-summary limit: ${dropped.map((d) => `\`${d.replace(/`/g, "'")}\``).join(', ')}.\n`;
}
function join(sections, dropped) {
    const body = sections.map((s) => s.markdown).join('\n\n');
    return dropped.length ? body + note(dropped) : body;
}
function fitToBudget(sections, maxBytes = SUMMARY_LIMIT_BYTES - 1024) {
    let kept = sections.map((s, index) => ({ ...s, index }));
    const dropped = [];
    let md = join(kept, dropped);
    if (byteLength(md) <= maxBytes)
        return { markdown: md, dropped };
    const order = [...kept].sort((a, b) => a.priority - b.priority || b.index - a.index);
    for (const victim of order) {
        if (kept.length <= 1)
            break;
        kept = kept.filter((s) => s.index !== victim.index);
        dropped.push(victim.id);
        md = join(kept, dropped);
        if (byteLength(md) <= maxBytes)
            return { markdown: md, dropped };
    }
    // One section left and still too big: cut it at a line boundary (never silently).
    const last = kept[0];
    if (!last)
        return { markdown: note(dropped).trimStart(), dropped };
    const marks = [...dropped, `${last.id} (truncated)`];
    const room = maxBytes - byteLength(note(marks));
    let text = last.markdown;
    if (room <= 0)
        return { markdown: note(marks).trimStart().slice(0, Math.max(0, maxBytes)), dropped: marks };
    // Binary-search the longest prefix (in UTF-16 units) whose UTF-8 size fits, then back up to a newline.
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (byteLength(text.slice(0, mid)) <= room)
            lo = mid;
        else
            hi = mid - 1;
    }
    let cut = text.lastIndexOf('\n', lo);
    if (cut < lo / 2) {
        cut = lo;
        const c = text.charCodeAt(cut - 1);
        if (c >= 0xd800 && c <= 0xdbff)
            cut--;
    }
    text = text.slice(0, cut);
    return { markdown: text + note(marks), dropped: marks };
}

;// CONCATENATED MODULE: ./src/publish/github/annotations.ts
/**
 * GitHub shows at most 10 error and 10 warning annotations per step. Keep the first `cap - 1`
 * per level and replace the rest with one "and N more …" annotation. Pure; the caller emits them
 * with core.error/warning/notice.
 */
/** Input order is kept; each level's "and N more" item takes the place of its first overflow item. */
function planAnnotations(items, cap = 10) {
    if (!Number.isInteger(cap) || cap < 1)
        throw new Error(`annotation cap must be a positive integer (got ${cap})`);
    const totals = new Map();
    for (const i of items)
        totals.set(i.level, (totals.get(i.level) ?? 0) + 1);
    const seen = new Map();
    const out = [];
    for (const item of items) {
        const total = totals.get(item.level);
        const n = (seen.get(item.level) ?? 0) + 1;
        seen.set(item.level, n);
        if (total <= cap || n < cap)
            out.push(item);
        else if (n === cap) {
            const more = total - cap + 1;
            const noun = item.level === 'error' ? 'errors' : item.level === 'warning' ? 'warnings' : 'notices';
            out.push({ level: item.level, title: `and ${more} more ${noun}`, message: `and ${more} more ${noun} … (see the job summary for all of them)` });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/publish/github/text.ts
/**
 * Shared helpers for comment/issue bodies: hidden markers, bot-author checks, truncation below
 * GitHub's 65,536-character body limit, and comparison that ignores a volatile timestamp line.
 * Pure.
 */
/** GitHub rejects bodies over 65,536 characters; we stay a little below (server-side normalisation). */
const GITHUB_BODY_LIMIT = 65_536;
const DEFAULT_BODY_MAX_CHARS = 65_000;
/** Put this on a line to exclude it from the 'on-change' comparison (e.g. "Updated at …"). */
const VOLATILE_LINE_MARKER = '<!-- loadgen-gate:volatile -->';
/** Lines ignored when comparing bodies: the marker above, or a "Generated/Updated … <ISO time>" line. */
const VOLATILE_LINE = new RegExp(`${escapeRe(VOLATILE_LINE_MARKER)}|^\\s*[_*>]*\\s*(?:generated|updated|last updated|report generated|run at)\\b.*\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}`, 'i');
const KEY_RE = /^[A-Za-z0-9._:/@+-]{1,100}$/;
function assertKey(key, what) {
    if (!KEY_RE.test(key))
        throw new Error(`Invalid ${what} key '${key}': use 1–100 of [A-Za-z0-9._:/@+-]`);
}
/** Written by a bot, or by the identity we run as. */
function isOwnAuthor(user, viewerLogin) {
    if (!user)
        return false;
    if (user.type === 'Bot')
        return true;
    return !!viewerLogin && !!user.login && user.login.toLowerCase() === viewerLogin.toLowerCase();
}
function truncationNote(summaryUrl) {
    return summaryUrl
        ? `… truncated; the full report is in the job summary: ${summaryUrl}`
        : '… truncated; the full report is in the job summary.';
}
/**
 * Cut `text` at a line boundary so that the result (plus a closing code fence if one was left
 * open, plus the note) is at most `maxChars` UTF-16 units (≥ GitHub's character count).
 */
function truncateBody(text, maxChars = DEFAULT_BODY_MAX_CHARS, summaryUrl) {
    if (maxChars >= GITHUB_BODY_LIMIT)
        maxChars = GITHUB_BODY_LIMIT - 1;
    if (text.length <= maxChars)
        return { body: text, truncated: false };
    const note = `\n\n${truncationNote(summaryUrl)}`;
    const fence = '\n```';
    const budget = Math.max(0, maxChars - note.length - fence.length);
    let cut = text.lastIndexOf('\n', budget);
    if (cut < budget / 2) {
        cut = budget; // one enormous line: hard cut, but never split a surrogate pair
        const c = text.charCodeAt(cut - 1);
        if (c >= 0xd800 && c <= 0xdbff)
            cut--;
    }
    let kept = text.slice(0, cut).replace(/\s+$/, '');
    const fences = kept.split('\n').filter((l) => /^\s*(```|~~~)/.test(l)).length;
    if (fences % 2 === 1)
        kept += fence;
    return { body: kept + note, truncated: true };
}
/** Normalise for comparison: CRLF, trailing spaces, and volatile lines. */
function comparable(body, volatile = VOLATILE_LINE) {
    return body
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .filter((l) => !volatile.test(l))
        .map((l) => l.replace(/\s+$/, ''))
        .join('\n')
        .trim();
}
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/publish/github/comment.ts


const COMMENT_MODES = ['always', 'on-change', 'on-regression', 'never'];
function commentMarker(key) {
    assertKey(key, 'comment');
    return `<!-- loadgen-gate:${key} -->`;
}
async function upsertStickyComment(client, opts) {
    const { owner, repo, mode } = opts;
    const marker = commentMarker(opts.key);
    if (!Number.isSafeInteger(opts.issueNumber) || opts.issueNumber <= 0)
        throw new Error(`Invalid PR/issue number ${opts.issueNumber}`);
    if (!['always', 'on-change', 'on-regression', 'never'].includes(mode))
        throw new Error(`Invalid comment mode '${mode}' (valid: ${COMMENT_MODES.join(', ')})`);
    if (mode === 'never')
        return { action: 'skipped', truncated: false, message: "comment mode is 'never'" };
    const { body, truncated } = truncateBody(`${marker}\n${opts.body}`, opts.maxChars ?? DEFAULT_BODY_MAX_CHARS, opts.summaryUrl);
    const forbidden = (e) => e instanceof GitHubApiError && e.status === 403 ? { action: 'forbidden', truncated, message: e.message } : undefined;
    let existing;
    try {
        for await (const page of client.pages('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: opts.issueNumber, per_page: 100 }, { maxPages: 100 })) {
            existing = page.find((c) => (c.body ?? '').trimStart().startsWith(marker) && isOwnAuthor(c.user, opts.viewerLogin));
            if (existing)
                break;
        }
    }
    catch (e) {
        const f = forbidden(e);
        if (f)
            return f;
        throw e;
    }
    try {
        if (!existing) {
            if (mode === 'on-regression' && !opts.regression)
                return { action: 'skipped', truncated, message: 'no regression and no earlier comment' };
            const { data } = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                owner,
                repo,
                issue_number: opts.issueNumber,
                body,
            });
            return { action: 'created', id: data.id, ...(data.html_url ? { url: data.html_url } : {}), truncated };
        }
        const ref = { id: existing.id, ...(existing.html_url ? { url: existing.html_url } : {}) };
        if (mode !== 'always' && comparable(existing.body ?? '', opts.volatileLine ?? VOLATILE_LINE) === comparable(body, opts.volatileLine ?? VOLATILE_LINE)) {
            return { action: 'unchanged', ...ref, truncated };
        }
        const { data } = await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            owner,
            repo,
            comment_id: existing.id,
            body,
        });
        return { action: 'updated', id: data.id ?? existing.id, ...((data.html_url ?? existing.html_url) ? { url: data.html_url ?? existing.html_url } : {}), truncated };
    }
    catch (e) {
        const f = forbidden(e);
        if (f)
            return f;
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/publish/github/pr-number.ts

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** A positive safe integer from a number or a decimal string, else undefined. */
function parsePrNumber(v) {
    let n;
    if (typeof v === 'number')
        n = v;
    else if (typeof v === 'string' && /^\s*#?\d{1,10}\s*$/.test(v))
        n = Number(v.trim().replace(/^#/, ''));
    else
        return undefined;
    return Number.isSafeInteger(n) && n > 0 && n < 2 ** 31 ? n : undefined;
}
/** `pr-number.txt` ("123") or `pr.json` (123, {"number":123}, {"pr_number":…}, {"pr":…}). */
function parseArtifactPrText(text) {
    const t = text.trim();
    if (t.length > 10_000)
        return undefined;
    const direct = parsePrNumber(t);
    if (direct !== undefined)
        return direct;
    try {
        const j = JSON.parse(t);
        if (typeof j === 'number' || typeof j === 'string')
            return parsePrNumber(j);
        if (j && typeof j === 'object') {
            const o = j;
            for (const k of ['number', 'pr_number', 'pr', 'pull_request']) {
                const v = o[k];
                const n = parsePrNumber(v) ?? (v && typeof v === 'object' ? parsePrNumber(v.number) : undefined);
                if (n !== undefined)
                    return n;
            }
        }
    }
    catch {
        /* not JSON */
    }
    return undefined;
}
async function findPrNumber(client, opts) {
    const notes = [];
    const payload = (opts.payload ?? {});
    const none = (reason) => ({ number: undefined, reason, notes });
    if (PR_EVENTS.has(opts.eventName) || (opts.eventName.startsWith('pull_request') && payload.pull_request)) {
        const n = parsePrNumber(payload.pull_request?.number ?? payload.number);
        return n ? { number: n, source: 'pull_request', notes } : none(`${opts.eventName} payload has no valid pull_request.number`);
    }
    if (opts.eventName !== 'workflow_run')
        return none(`event '${opts.eventName}' is not tied to a pull request`);
    const wr = payload.workflow_run;
    if (!wr)
        return none('workflow_run payload is missing');
    if (wr.event && !PR_EVENTS.has(wr.event))
        return none(`the source run was triggered by '${wr.event}', not a pull request`);
    const headSha = typeof wr.head_sha === 'string' && /^[0-9a-f]{7,64}$/i.test(wr.head_sha) ? wr.head_sha : undefined;
    const slug = `/repos/${opts.owner}/${opts.repo}`.toLowerCase();
    const prs = Array.isArray(wr.pull_requests) ? wr.pull_requests : [];
    const local = prs.filter((p) => {
        const url = p?.base?.repo?.url;
        return typeof url !== 'string' || url.toLowerCase().endsWith(slug);
    });
    const fromPayload = parsePrNumber(local[0]?.number);
    if (fromPayload)
        return { number: fromPayload, source: 'workflow_run.pull_requests', notes };
    if (opts.artifactPrText !== undefined) {
        const n = parseArtifactPrText(opts.artifactPrText);
        if (n === undefined)
            notes.push('the artifact PR number is not a positive integer; ignored');
        else if (opts.verifyArtifactPr === false)
            return { number: n, source: 'artifact', notes };
        else if (!client || !headSha)
            notes.push(`cannot verify artifact PR #${n} (no client or head SHA); ignored`);
        else {
            try {
                const { data } = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner: opts.owner, repo: opts.repo, pull_number: n });
                if (data.head?.sha === headSha)
                    return { number: n, source: 'artifact', notes };
                notes.push(`artifact says PR #${n}, but its head ${String(data.head?.sha).slice(0, 12)} ≠ run head ${headSha.slice(0, 12)}; ignored`);
            }
            catch (e) {
                if (!(e instanceof GitHubApiError) || e.status !== 404)
                    throw e;
                notes.push(`artifact says PR #${n}, which does not exist; ignored`);
            }
        }
    }
    if (!client)
        return none('workflow_run.pull_requests is empty and no client was given');
    if (!headSha)
        return none('workflow_run.head_sha is missing');
    const { data } = await client.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
        owner: opts.owner,
        repo: opts.repo,
        commit_sha: headSha,
        per_page: 100,
    });
    const list = Array.isArray(data) ? data : [];
    const open = list.filter((p) => p.state === 'open');
    const best = open.find((p) => p.head?.sha === headSha) ?? open[0];
    const n = parsePrNumber(best?.number);
    return n ? { number: n, source: 'commits-api', notes } : none(`no open pull request contains commit ${headSha.slice(0, 12)}`);
}

;// CONCATENATED MODULE: ./src/publish/github/tracking-issue.ts


const MARKER_RE = /^\s*<!-- loadgen-gate-issue:([A-Za-z0-9._:/@+-]{1,100}) -->/;
function issueMarker(key) {
    assertKey(key, 'issue');
    return `<!-- loadgen-gate-issue:${key} -->`;
}
async function syncTrackingIssues(client, opts) {
    const { owner, repo } = opts;
    const label = opts.label ?? 'loadgen-gate';
    const maxCreate = opts.maxCreate ?? 20;
    const closeComment = opts.closeComment ?? ((key) => `loadgen-gate: \`${key}\` is no longer regressing; closing.`);
    const out = { created: [], updated: [], unchanged: [], closed: [], duplicatesClosed: [], skipped: [] };
    const wanted = new Map();
    for (const r of opts.regressions) {
        assertKey(r.key, 'issue');
        if (!wanted.has(r.key))
            wanted.set(r.key, r);
    }
    const ref = (key, i) => ({ key, number: i.number, ...(i.html_url ? { url: i.html_url } : {}) });
    try {
        const open = await client.paginate('GET /repos/{owner}/{repo}/issues', { owner, repo, labels: label, state: 'open', per_page: 100, sort: 'created', direction: 'asc' }, { maxItems: 2000 });
        const byKey = new Map();
        for (const i of open) {
            if (i.pull_request || !isOwnAuthor(i.user, opts.viewerLogin))
                continue;
            const m = MARKER_RE.exec(i.body ?? '');
            if (!m)
                continue;
            const list = byKey.get(m[1]) ?? [];
            list.push(i);
            byKey.set(m[1], list);
        }
        for (const list of byKey.values())
            list.sort((a, b) => a.number - b.number);
        const close = async (key, issue, comment, reason) => {
            await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: issue.number, body: comment });
            await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: issue.number, state: 'closed', state_reason: reason });
            return ref(key, issue);
        };
        for (const [key, r] of wanted) {
            const body = truncateBody(`${issueMarker(key)}\n${r.body}`, DEFAULT_BODY_MAX_CHARS, opts.summaryUrl).body;
            const title = r.title.replace(/\s+/g, ' ').trim().slice(0, 256) || key;
            const [keep, ...dups] = byKey.get(key) ?? [];
            if (!keep) {
                if (out.created.length >= maxCreate) {
                    out.skipped.push({ key, reason: `more than ${maxCreate} new issues in one run` });
                    continue;
                }
                const { data } = await client.request('POST /repos/{owner}/{repo}/issues', { owner, repo, title, body, labels: [label] });
                out.created.push(ref(key, data));
            }
            else if (keep.title === title && comparable(keep.body ?? '') === comparable(body)) {
                out.unchanged.push(ref(key, keep));
            }
            else {
                const { data } = await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: keep.number, title, body });
                out.updated.push(ref(key, { ...keep, ...data }));
            }
            for (const d of dups)
                out.duplicatesClosed.push(await close(key, d, `loadgen-gate: duplicate of #${keep?.number ?? '?'}; closing.`, 'not_planned'));
        }
        for (const [key, list] of byKey) {
            if (wanted.has(key))
                continue;
            for (const issue of list)
                out.closed.push(await close(key, issue, closeComment(key), 'completed'));
        }
    }
    catch (e) {
        if (e instanceof GitHubApiError && e.status === 403) {
            out.forbidden = e.message;
            return out;
        }
        throw e;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/publish/github/context.ts
/**
 * What the runner tells the action through its environment: repository, event and payload, API
 * and server URLs, run id, temp dir. Read once, from `process.env`-shaped input; no @actions/*.
 */



function readContext(env = process.env) {
    const slug = env.GITHUB_REPOSITORY ?? '';
    // Empty outside GitHub (local runs on a path); required only by the steps that call the API.
    const [owner, repo] = slug ? splitRepository(slug, 'GITHUB_REPOSITORY') : ['', ''];
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            const parsed = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
            if (parsed && typeof parsed === 'object')
                payload = parsed;
        }
        catch (e) {
            throw new InputError(`GITHUB_EVENT_PATH ${env.GITHUB_EVENT_PATH}: cannot read the event payload (${e.message.split('\n')[0]})`);
        }
    }
    return {
        owner,
        repo,
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
        runId: env.GITHUB_RUN_ID || undefined,
        runAttempt: env.GITHUB_RUN_ATTEMPT || undefined,
        workflowFile: workflowFileOf(env.GITHUB_WORKFLOW_REF),
        tempDir: env.RUNNER_TEMP || external_node_os_default().tmpdir(),
        sha: env.GITHUB_SHA || undefined,
        branch: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || undefined,
    };
}
/** `owner/repo` → [owner, repo]; `what` names the input or variable in the error. */
function splitRepository(slug, what) {
    const m = /^([A-Za-z0-9_.-]{1,100})\/([A-Za-z0-9_.-]{1,100})$/.exec(slug.trim());
    if (!m)
        throw new InputError(`${what} must be 'owner/repo' (got '${slug.slice(0, 120)}')`);
    return [m[1], m[2]];
}
/** `octo/repo/.github/workflows/report.yml@refs/heads/main` → `report.yml`. */
function workflowFileOf(ref) {
    const m = /\/\.github\/workflows\/([^/@]+)@/.exec(ref ?? '');
    return m?.[1];
}
/** Link to this workflow run (the job summary lives there). */
function runUrl(ctx) {
    if (!ctx.runId)
        return undefined;
    const attempt = ctx.runAttempt && ctx.runAttempt !== '1' ? `/attempts/${ctx.runAttempt}` : '';
    return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}${attempt}`;
}
/** The event that started the analysed work: the source run's event under `workflow_run`. */
function originEvent(ctx) {
    if (ctx.eventName === 'workflow_run' && typeof ctx.payload.workflow_run?.event === 'string')
        return ctx.payload.workflow_run.event;
    return ctx.eventName;
}

;// CONCATENATED MODULE: ./src/publish/github/inputs.ts
/**
 * Action inputs → a typed, validated config. Every error names the input and, for enumerations,
 * lists the valid values. Pure: the caller passes a getter (core.getInput in the action, a map in
 * tests) and the runner context; defaults live in action.yml and are repeated here for local runs.
 */






/** Every input the action reads (kept in step with action.yml by test/action/inputs.test.ts). */
const INPUT_NAMES = (/* unused pure expression or super */ null && ([
    'github-token',
    'path',
    'run-id',
    'workflow',
    'branch',
    'repository',
    'artifact',
    'baseline',
    'baseline-workflow',
    'baseline-branch',
    'report-artifact',
    'config',
    'report-path',
    'comment',
    'comment-key',
    'pr-number',
    'tracking-issues',
    'tracking-label',
]));
const DEFAULT_REPORT_ARTIFACT = 'loadgen-gate-report';
function parseInputs(get, ctx, cwd = process.cwd()) {
    const input = (name) => (get(name) ?? '').trim();
    const token = input('github-token');
    const reportArtifact = input('report-artifact') || DEFAULT_REPORT_ARTIFACT;
    if (/[*?]/.test(reportArtifact))
        throw new InputError(`input 'report-artifact' must be a plain artifact name, not a glob (got '${reportArtifact}')`);
    const reportPath = external_node_path_default().resolve(cwd, input('report-path') || 'loadgen-gate-report.json');
    if (!reportPath.endsWith('.json'))
        throw new InputError(`input 'report-path' must end with .json (got '${input('report-path')}')`);
    const summaryPath = reportPath.replace(/\.json$/, '.md');
    const comment = (input('comment') || 'always');
    if (!COMMENT_MODES.includes(comment))
        throw new InputError(`input 'comment' must be one of ${COMMENT_MODES.join(', ')} (got '${comment}')`);
    const commentKey = input('comment-key') || 'loadgen-gate';
    try {
        assertKey(commentKey, 'comment');
    }
    catch {
        throw new InputError(`input 'comment-key' must be 1–100 of [A-Za-z0-9._:/@+-] (got '${commentKey.slice(0, 120)}')`);
    }
    const prText = input('pr-number');
    const prNumber = prText ? parsePrNumber(prText) : undefined;
    if (prText && prNumber === undefined)
        throw new InputError(`input 'pr-number' must be a positive integer (got '${prText.slice(0, 40)}')`);
    const trackingLabel = input('tracking-label') || 'loadgen-gate';
    if (trackingLabel.length > 50 || /[,\n]/.test(trackingLabel))
        throw new InputError(`input 'tracking-label' must be one label of at most 50 characters without commas (got '${trackingLabel.slice(0, 60)}')`);
    return {
        token,
        source: parseSource(input, ctx),
        baseline: parseBaseline(input, ctx, reportArtifact, cwd),
        config: input('config') || undefined,
        reportPath,
        summaryPath,
        reportArtifact,
        comment,
        commentKey,
        prNumber,
        trackingIssues: parseBoolean('tracking-issues', input('tracking-issues'), false),
        trackingLabel,
    };
}
function parseBoolean(name, value, dflt) {
    if (value === '')
        return dflt;
    if (/^(true|True|TRUE)$/.test(value))
        return true;
    if (/^(false|False|FALSE)$/.test(value))
        return false;
    throw new InputError(`input '${name}' must be true or false (got '${value.slice(0, 40)}')`);
}
function parseSource(input, ctx) {
    const p = input('path');
    const runId = input('run-id');
    const workflow = input('workflow');
    const given = [p && 'path', runId && 'run-id', workflow && 'workflow'].filter(Boolean);
    if (given.length > 1)
        throw new InputError(`inputs ${given.map((g) => `'${g}'`).join(' and ')} are exclusive: give one source (path, run-id or workflow)`);
    if (p)
        return { kind: 'path', path: p };
    const artifact = input('artifact');
    const needArtifact = (why) => {
        if (!artifact)
            throw new InputError(`input 'artifact' (a name or glob such as 'loadgen-*') is required when reading ${why}`);
        return artifact;
    };
    const repoInput = input('repository');
    const repoOf = (fallback) => {
        if (repoInput)
            return splitRepository(repoInput, "input 'repository'");
        if (fallback)
            return splitRepository(fallback, 'the workflow_run payload repository');
        if (!ctx.owner)
            throw new InputError("input 'repository' is required outside GitHub Actions (GITHUB_REPOSITORY is not set)");
        return [ctx.owner, ctx.repo];
    };
    if (runId) {
        if (!/^\d{1,20}$/.test(runId))
            throw new InputError(`input 'run-id' must be a workflow run id (digits only; got '${runId.slice(0, 40)}')`);
        const [owner, repo] = repoOf();
        return { kind: 'run', owner, repo, runId, artifact: needArtifact(`workflow run ${runId}`), via: 'run-id' };
    }
    if (workflow) {
        const [owner, repo] = repoOf();
        return { kind: 'workflow', owner, repo, workflow, branch: input('branch') || undefined, artifact: needArtifact(`runs of workflow '${workflow}'`) };
    }
    const wr = ctx.eventName === 'workflow_run' ? ctx.payload.workflow_run : undefined;
    if (wr && /^\d+$/.test(String(wr.id ?? ''))) {
        const [owner, repo] = repoOf(typeof wr.repository?.full_name === 'string' ? wr.repository.full_name : undefined);
        return { kind: 'run', owner, repo, runId: String(wr.id), artifact: needArtifact(`the triggering workflow run ${wr.id}`), via: 'workflow_run event' };
    }
    throw new InputError("no source: set input 'path' (a local run directory or zip), 'run-id', or 'workflow' (with 'artifact'); under a workflow_run event the triggering run is used by default");
}
function parseBaseline(input, ctx, reportArtifact, cwd) {
    const b = input('baseline');
    if (b === 'none')
        return { kind: 'none', reason: "input 'baseline' is 'none'" };
    if (b && b !== 'auto')
        return { kind: 'file', path: external_node_path_default().resolve(cwd, b) };
    const workflow = input('baseline-workflow') || ctx.workflowFile;
    if (!workflow)
        return { kind: 'none', reason: "cannot tell which workflow uploads the report artifact: set input 'baseline-workflow'" };
    if (!ctx.owner)
        return { kind: 'none', reason: 'GITHUB_REPOSITORY is not set, so there is no repository to fetch a baseline from' };
    return { kind: 'workflow', owner: ctx.owner, repo: ctx.repo, workflow, branch: input('baseline-branch') || undefined, artifact: reportArtifact };
}

;// CONCATENATED MODULE: ./src/sources/github/download.ts

async function downloadArtifactZip(client, opts) {
    if (!Number.isFinite(opts.maxBytes) || opts.maxBytes <= 0)
        throw new Error(`maxBytes must be a positive number (got ${opts.maxBytes})`);
    const buf = await client.download('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/zip', { owner: opts.owner, repo: opts.repo, artifact_id: opts.artifactId }, { maxBytes: opts.maxBytes, ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}) });
    // Local file header, or the end-of-central-directory record of an empty zip.
    const sig = buf.length >= 4 ? buf.readUInt32LE(0) : 0;
    if (sig !== 0x04034b50 && sig !== 0x06054b50) {
        throw new ArtifactDownloadError(`artifact ${opts.artifactId} of ${opts.owner}/${opts.repo} is not a zip file (${buf.length} bytes)`);
    }
    return buf;
}

;// CONCATENATED MODULE: ./src/sources/github/find-run.ts

/** `*` = any run of characters, `?` = one character; everything else literal. Case-sensitive. */
function artifactNameMatcher(pattern) {
    if (!/[*?]/.test(pattern))
        return (name) => name === pattern;
    const re = new RegExp(`^${pattern
        .split('')
        .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\/]/g, '\\$&')))
        .join('')}$`, 's');
    return (name) => re.test(name);
}
async function findSourceRun(client, opts) {
    const { owner, repo } = opts;
    const now = opts.now ?? new Date();
    const pattern = opts.artifact?.trim();
    if (!pattern)
        throw new SourceRunError('bad-query', 'An artifact name or glob is required');
    const matches = artifactNameMatcher(pattern);
    const isGlob = /[*?]/.test(pattern);
    const slug = `${owner}/${repo}`;
    const listArtifacts = (runId) => client.paginate('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', { owner, repo, run_id: runId, per_page: 100, name: isGlob ? undefined : pattern }, { itemsKey: 'artifacts', maxItems: 1000 });
    const seen = new Set();
    const expired = [];
    const pick = (runId, arts) => {
        const hits = arts.filter((a) => {
            seen.add(a.name);
            return matches(a.name);
        });
        const live = [];
        for (const a of hits)
            (isExpired(a, now) ? expired.push({ run: runId, a }) : live.push(a));
        live.sort((x, y) => Date.parse(y.created_at ?? '') - Date.parse(x.created_at ?? '') || y.id - x.id);
        return live[0];
    };
    if (opts.runId !== undefined && opts.runId !== '') {
        const runId = String(opts.runId).trim();
        if (!/^\d+$/.test(runId))
            throw new SourceRunError('bad-query', `run id '${runId}' is not a number`);
        const { data: run } = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: runId });
        const art = pick(run.id, await listArtifacts(runId));
        if (art)
            return result(run, art, now);
        throw noArtifactError(`run ${runId} of ${slug}`, pattern, seen, expired);
    }
    if (opts.workflow === undefined || String(opts.workflow).trim() === '') {
        throw new SourceRunError('bad-query', 'Either a run id or a workflow (file name or id) is required to find the source run');
    }
    const workflow = String(opts.workflow).trim();
    const excludeForks = opts.excludeForks ?? true;
    const maxRuns = Math.max(1, Math.floor(opts.maxRunsToScan ?? 30));
    let branch = opts.branch?.trim() || undefined;
    if (!branch) {
        const { data } = await client.request('GET /repos/{owner}/{repo}', { owner, repo });
        branch = data.default_branch || 'main';
    }
    let scanned = 0;
    let forks = 0;
    let withoutMatch = 0;
    const pages = client.pages('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', { owner, repo, workflow_id: workflow, branch, status: 'success', event: opts.event || undefined, per_page: Math.min(100, maxRuns) }, { itemsKey: 'workflow_runs', maxPages: Math.ceil(maxRuns / Math.min(100, maxRuns)) + 1 });
    outer: for await (const runs of pages) {
        for (const run of runs) {
            if (scanned >= maxRuns)
                break outer;
            scanned++;
            if (run.conclusion && run.conclusion !== 'success')
                continue;
            const head = run.head_repository?.full_name;
            if (excludeForks && head && head.toLowerCase() !== slug.toLowerCase()) {
                forks++;
                continue;
            }
            const art = pick(run.id, await listArtifacts(run.id));
            if (art)
                return result(run, art, now);
            withoutMatch++;
        }
    }
    const where = `successful runs of workflow '${workflow}' on branch '${branch}'${opts.event ? ` (event ${opts.event})` : ''} in ${slug}`;
    const forkNote = forks ? `; skipped ${forks} fork run(s)` : '';
    if (scanned - forks === 0) {
        throw new SourceRunError('no-runs', `No ${where}${scanned ? ` among the ${scanned} newest` : ''}${forkNote}`);
    }
    throw noArtifactError(`the ${scanned - forks} newest ${where}${forkNote}`, pattern, seen, expired);
}
function noArtifactError(where, pattern, seen, expired) {
    if (expired.length) {
        const newest = expired
            .map((e) => ({ ...e, t: Date.parse(e.a.expires_at ?? '') }))
            .sort((x, y) => (Number.isNaN(y.t) ? -Infinity : y.t) - (Number.isNaN(x.t) ? -Infinity : x.t))[0];
        const when = Number.isNaN(newest.t) ? '' : `, newest expired ${new Date(newest.t).toISOString()} (run ${newest.run})`;
        return new SourceRunError('expired', `Found ${expired.length} artifact(s) matching '${pattern}' in ${where}, but all have expired${when}. Re-run the workflow or raise its retention-days`);
    }
    const names = [...seen].sort();
    const list = names.length === 0 ? 'no artifacts at all' : `artifact names seen: ${names.slice(0, 20).join(', ')}${names.length > 20 ? `, … (${names.length - 20} more)` : ''}`;
    return new SourceRunError('no-match', `No artifact matching '${pattern}' in ${where}; ${list}`);
}
function isExpired(a, now) {
    if (a.expired)
        return true;
    const t = a.expires_at ? Date.parse(a.expires_at) : NaN;
    return !Number.isNaN(t) && t <= now.getTime();
}
function result(run, a, now) {
    const created = Date.parse(a.created_at ?? run.created_at);
    const ageHours = Number.isNaN(created) ? 0 : Math.round(((now.getTime() - created) / 3_600_000) * 100) / 100;
    return {
        run: {
            id: run.id,
            html_url: run.html_url,
            head_sha: run.head_sha,
            head_branch: run.head_branch ?? null,
            created_at: run.created_at,
            event: run.event,
            head_repository: run.head_repository?.full_name ? { full_name: run.head_repository.full_name } : null,
        },
        artifact: {
            id: a.id,
            name: a.name,
            size_in_bytes: a.size_in_bytes,
            expired: false,
            created_at: a.created_at ?? run.created_at,
            ...(a.expires_at ? { expires_at: a.expires_at } : {}),
            ...(a.digest ? { digest: a.digest } : {}),
        },
        ageHours,
    };
}

;// CONCATENATED MODULE: ./src/publish/github/source.ts
/**
 * Resolve the loadgen run to analyse: a local path, or a workflow run's artifact (given run id,
 * the triggering `workflow_run`, or the newest successful run of a workflow on a branch, forks
 * excluded). Artifacts are downloaded through the REST API, unpacked with the safe extractor into
 * a temp dir the caller removes, and searched for the run directory. No @actions/* here.
 */








/** Temp dirs under one root, all removed by `cleanup()` (called in the action's `finally`). */
class TempDirs {
    root;
    dirs = [];
    constructor(root) {
        this.root = root;
    }
    async make(prefix) {
        const d = await (0,promises_.mkdtemp)(external_node_path_default().join(this.root, `loadgen-gate-${prefix}-`));
        this.dirs.push(d);
        return d;
    }
    async cleanup() {
        for (const d of this.dirs.splice(0).reverse())
            await (0,promises_.rm)(d, { recursive: true, force: true }).catch(() => undefined);
    }
}
/** Zip downloads are held in memory; artifacts of a loadgen run are tens of MiB. */
const MAX_ZIP_BYTES = 2 * 1024 ** 3;
async function resolveSource(cfg, deps) {
    if (cfg.kind === 'path') {
        await (0,promises_.stat)(cfg.path).catch(() => {
            throw new InputError(`input 'path': ${cfg.path}: no such file or directory`);
        });
        const dir = (await (0,promises_.stat)(cfg.path)).isDirectory() ? cfg.path : undefined;
        return { input: cfg.path, provenance: { source: 'local', path: cfg.path }, prText: dir ? await readPrText(dir) : undefined };
    }
    const client = needClient(deps.client, 'download the loadgen artifact');
    const found = await findSourceRun(client, {
        owner: cfg.owner,
        repo: cfg.repo,
        artifact: cfg.artifact,
        ...(cfg.kind === 'run' ? { runId: cfg.runId } : { workflow: cfg.workflow, branch: cfg.branch }),
        now: deps.now,
    });
    const provenance = provenanceOf(found);
    deps.log.info(`source: ${describeProvenance(provenance, found)}`);
    const dir = await downloadAndExtract(client, cfg.owner, cfg.repo, found, deps, 'source');
    const runDir = await findRunDir(dir);
    if (!runDir) {
        const listing = (await listTree(dir, 2)).slice(0, 15).join(', ');
        throw new InputError(`artifact '${found.artifact.name}' of run ${found.run.id} holds no loadgen run files (perf.jsonl, chain-stage-N.slog.gz, chain-stage-N-storage.tar.xz); it contains: ${listing || 'nothing'}`);
    }
    if (runDir !== dir)
        deps.log.info(`run directory inside the artifact: ${external_node_path_default().relative(dir, runDir)}/`);
    return { input: runDir, provenance, prText: await readPrText(dir) };
}
function needClient(client, what) {
    if (!client)
        throw new InputError(`input 'github-token' is empty, so the action cannot ${what}`);
    return client;
}
/** Download an artifact zip and unpack it safely into a new temp dir; errors name the artifact and run. */
async function downloadAndExtract(client, owner, repo, found, deps, prefix) {
    const what = `artifact '${found.artifact.name}' (id ${found.artifact.id}) of run ${found.run.id}`;
    let zip;
    try {
        zip = await downloadArtifactZip(client, { owner, repo, artifactId: found.artifact.id, maxBytes: Math.min(MAX_ZIP_BYTES, deps.limits.maxTotalBytes) });
    }
    catch (e) {
        if (e instanceof GitHubApiError && e.status === 410)
            throw new InputError(`${what} has expired and can no longer be downloaded (${e.message})`);
        if (e instanceof GitHubApiError || e instanceof InputError)
            throw new InputError(`cannot download ${what}: ${e.message}`);
        throw e;
    }
    deps.log.info(`downloaded ${what}: ${client_fmtBytes(zip.length)}`);
    const dir = await deps.tmp.make(prefix);
    const res = await extractZipSafely(zip, dir, deps.limits);
    for (const s of res.skipped)
        deps.log.warning(describeSkipped(found.artifact.name, s));
    deps.log.info(`extracted ${res.files.length} file(s), ${client_fmtBytes(res.totalBytes)}`);
    return dir;
}
function provenanceOf(found) {
    return {
        source: 'github-run',
        runId: found.run.id,
        url: found.run.html_url,
        headSha: found.run.head_sha,
        ...(found.run.head_branch ? { branch: found.run.head_branch } : {}),
        createdAt: found.run.created_at,
        ageHours: found.ageHours,
        artifact: found.artifact.name,
    };
}
function describeProvenance(p, found) {
    const parts = [];
    if (p.source === 'local')
        parts.push(`local path ${p.path ?? '?'}`);
    if (p.runId !== undefined)
        parts.push(`${p.source === 'local' ? 'in ' : ''}run ${p.runId}`);
    if (p.url)
        parts.push(p.url);
    const head = [p.headSha ? `head ${p.headSha.slice(0, 12)}` : '', p.branch ? `on ${p.branch}` : '', found ? `(${found.run.event})` : ''].filter(Boolean).join(' ');
    if (head)
        parts.push(head);
    if (p.artifact)
        parts.push(`artifact '${p.artifact}'${found ? ` (${client_fmtBytes(found.artifact.size_in_bytes)})` : ''}`);
    if (p.ageHours !== undefined)
        parts.push(`${fmtAge(p.ageHours)} old`);
    return parts.join(', ');
}
function fmtAge(hours) {
    if (hours < 1)
        return `${Math.max(0, Math.round(hours * 60))} min`;
    if (hours < 48)
        return `${hours.toFixed(1)} h`;
    return `${(hours / 24).toFixed(1)} days`;
}
const RUN_FILE = /^(perf\.jsonl|chain-stage-\d+.*\.(slog|slog\.gz|jsonl|jsonl\.gz)|.*-storage\.tar\.xz|.*\.slog(\.gz)?|.*\.sqlite(\.gz)?)$/i;
/** The shallowest directory (breadth-first, depth ≤ 4) that directly holds loadgen run files. */
async function findRunDir(root, maxDepth = 4) {
    let level = [root];
    for (let depth = 0; depth <= maxDepth && level.length; depth++) {
        const next = [];
        for (const dir of level) {
            const entries = (await (0,promises_.readdir)(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
            if (entries.some((e) => e.isFile() && RUN_FILE.test(e.name) && !e.name.toLowerCase().startsWith('client-')))
                return dir;
            for (const e of entries)
                if (e.isDirectory())
                    next.push(external_node_path_default().join(dir, e.name));
        }
        level = next;
    }
    return undefined;
}
/** `pr-number.txt` or `pr.json` at the top of the artifact or one level down (≤ 10 kB). */
async function readPrText(root) {
    for (const rel of ['pr-number.txt', 'pr.json']) {
        for (const dir of [root, ...(await subdirs(root))]) {
            const f = external_node_path_default().join(dir, rel);
            const st = await (0,promises_.stat)(f).catch(() => undefined);
            if (st?.isFile() && st.size <= 10_000)
                return (0,promises_.readFile)(f, 'utf8');
        }
    }
    return undefined;
}
async function subdirs(dir) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    return entries.filter((e) => e.isDirectory()).map((e) => external_node_path_default().join(dir, e.name)).sort();
}
async function listTree(dir, depth, prefix = '') {
    const out = [];
    for (const e of (await (0,promises_.readdir)(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
        const rel = `${prefix}${e.name}`;
        if (e.isDirectory()) {
            out.push(`${rel}/`);
            if (depth > 0)
                out.push(...(await listTree(external_node_path_default().join(dir, e.name), depth - 1, `${rel}/`)));
        }
        else
            out.push(JSON.stringify(rel).slice(1, -1).slice(0, 100));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/report/baseline-file.ts
/** Reads a baseline RunReport from disk, checking that it is one we understand. */



async function readBaseline(file) {
    let raw;
    try {
        raw = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (e) {
        throw new InputError(`${file}: cannot read baseline report (${e.message.split('\n')[0]})`);
    }
    return checkReport(raw, file);
}
function checkReport(raw, where) {
    const r = raw;
    if (!r || typeof r !== 'object' || typeof r.schemaVersion !== 'number' || !Array.isArray(r.vats)) {
        throw new InputError(`${where}: not a loadgen-gate RunReport`);
    }
    if (r.schemaVersion > SCHEMA_VERSION) {
        throw new InputError(`${where}: report schema v${r.schemaVersion} is newer than this tool's v${SCHEMA_VERSION}`);
    }
    return r;
}

;// CONCATENATED MODULE: ./src/publish/github/baseline.ts
/**
 * Resolve the baseline RunReport: a file, or the report artifact of the newest successful run of
 * the baseline workflow on the baseline branch (same finder as the source, forks excluded).
 * Whatever goes wrong (no run, expired artifact, missing permission, API error, unreadable
 * report) becomes `{ report: null, reason }`: the caller says "no baseline: <reason>" and the gate
 * judges on thresholds alone. Never falls back to another run silently. No @actions/* here.
 */







/** Largest report JSON we read from a baseline artifact. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;
async function resolveBaseline(cfg, deps, current) {
    if (cfg.kind === 'none')
        return { report: null, reason: cfg.reason };
    if (cfg.kind === 'file') {
        const exists = await (0,promises_.stat)(cfg.path).catch(() => undefined);
        if (!exists)
            return { report: null, reason: `baseline file ${cfg.path} does not exist` };
        try {
            return { report: await readBaseline(cfg.path), reason: `baseline file ${cfg.path}` };
        }
        catch (e) {
            if (e instanceof InputError)
                return { report: null, reason: e.message };
            throw e;
        }
    }
    let found;
    try {
        const client = needClient(deps.client, 'fetch the baseline report');
        found = await findSourceRun(client, {
            owner: cfg.owner,
            repo: cfg.repo,
            workflow: cfg.workflow,
            branch: cfg.branch,
            artifact: cfg.artifact,
            maxRunsToScan: 50,
            now: deps.now,
        });
        const where = describeProvenance(provenanceOf(found), found);
        if (current.runId !== undefined && found.run.id === current.runId) {
            return { report: null, reason: `the newest '${cfg.artifact}' artifact is from the run being analysed (${found.run.id})` };
        }
        const dir = await downloadAndExtract(client, cfg.owner, cfg.repo, found, deps, 'baseline');
        const report = await findReport(dir);
        if (!report)
            return { report: null, reason: `artifact '${found.artifact.name}' of run ${found.run.id} holds no loadgen-gate RunReport JSON` };
        const p = report.provenance;
        if (p?.source === 'github-run' && p.runId !== undefined && p.runId === current.runId) {
            return { report: null, reason: `the baseline report of run ${found.run.id} describes the run being analysed (${p.runId})` };
        }
        if (p?.source === 'github-run' && p.branch && found.run.head_branch && p.branch !== found.run.head_branch) {
            return {
                report: null,
                reason: `the newest '${cfg.artifact}' artifact (run ${found.run.id}) analysed a run of branch '${p.branch}', not '${found.run.head_branch}'; upload the report only for ${found.run.head_branch} runs (docs/github.md)`,
            };
        }
        // The age shown is that of the baseline's loadgen run now, not when its report was made.
        const created = Date.parse(p?.createdAt ?? found.run.created_at);
        const now = (deps.now ?? new Date()).getTime();
        const ageHours = Number.isNaN(created) ? found.ageHours : Math.round(((now - created) / 3_600_000) * 100) / 100;
        const withAge = { ...report, provenance: { ...(p ?? { source: 'github-run' }), ageHours, ...(p?.runId === undefined ? { runId: found.run.id, url: found.run.html_url, headSha: found.run.head_sha } : {}) } };
        deps.log.info(`baseline: report of ${where}; it describes ${describeProvenance(withAge.provenance)}`);
        return { report: withAge, reason: `report artifact of run ${found.run.id}`, runId: found.run.id };
    }
    catch (e) {
        if (e instanceof SourceRunError || e instanceof InputError || e instanceof GitHubApiError)
            return { report: null, reason: e.message };
        throw e;
    }
}
/** The first file (depth ≤ 2; `*report*.json` first) that parses as a RunReport. */
async function findReport(dir) {
    const files = [];
    const walk = async (d, depth) => {
        for (const e of (await (0,promises_.readdir)(d, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
            const p = external_node_path_default().join(d, e.name);
            if (e.isFile() && e.name.endsWith('.json'))
                files.push(p);
            else if (e.isDirectory() && depth > 0)
                await walk(p, depth - 1);
        }
    };
    await walk(dir, 2);
    files.sort((a, b) => Number(!/report/i.test(external_node_path_default().basename(a))) - Number(!/report/i.test(external_node_path_default().basename(b))));
    for (const f of files) {
        if ((await (0,promises_.stat)(f)).size > MAX_REPORT_BYTES)
            continue;
        try {
            return checkReport(JSON.parse(await (0,promises_.readFile)(f, 'utf8')), f);
        }
        catch {
            /* not a report: try the next file */
        }
    }
    return null;
}

;// CONCATENATED MODULE: ./src/publish/github/bodies.ts


const safeUrl = (u) => (u && /^https?:\/\/[^\s()<>\]]+$/.test(u) ? u : undefined);
function age(hours) {
    if (hours < 1)
        return `${Math.max(0, Math.round(hours * 60))} min`;
    if (hours < 48)
        return `${hours.toFixed(1)} h`;
    return `${(hours / 24).toFixed(1)} days`;
}
/** "Source: [run 123](url) @ `abc123` on `main`, artifact `x`, 5.0 h old." (markdown, escaped). */
function provenanceLine(p) {
    const parts = [];
    if (p.runId !== undefined) {
        const url = safeUrl(p.url);
        parts.push(url ? `[run ${mdText(String(p.runId), 20)}](${url})` : `run ${mdText(String(p.runId), 20)}`);
    }
    if (p.source === 'local' && p.path)
        parts.push(`local path ${mdCode(p.path, 120)}`);
    if (p.headSha)
        parts.push(`@ ${mdCode(p.headSha.slice(0, 12), 20)}`);
    if (p.branch)
        parts.push(`on ${mdCode(p.branch, 80)}`);
    const tail = [];
    if (p.artifact)
        tail.push(`artifact ${mdCode(p.artifact, 80)}`);
    if (p.ageHours !== undefined && Number.isFinite(p.ageHours))
        tail.push(`${age(p.ageHours)} old`);
    return `Source: ${[parts.join(' '), ...tail].filter(Boolean).join(', ') || 'unknown'}.`;
}
/** The report's sections with the source line placed right after the verdict. */
function withProvenance(sections, report) {
    const line = { id: 'provenance', markdown: provenanceLine(report.provenance), priority: 98 };
    const i = sections.findIndex((s) => s.id === 'verdict');
    return i < 0 ? [line, ...sections] : [...sections.slice(0, i + 1), line, ...sections.slice(i + 1)];
}
/**
 * Sections joined, lowest priority dropped first until the body fits `maxChars` (UTF-16 units,
 * which GitHub's 65,536-character limit never undercounts), plus a note naming what was left out
 * and where the full report is. A single oversize section is cut later by `truncateBody`.
 */
function commentBody(sections, opts = {}) {
    const maxChars = opts.maxChars ?? 60_000;
    const stamp = `<sub>Updated ${(opts.updatedAt ?? new Date()).toISOString()}${opts.summaryUrl ? ` · [full report](${safeUrl(opts.summaryUrl) ?? ''})` : ''}</sub> ${VOLATILE_LINE_MARKER}`;
    let kept = sections.map((s, index) => ({ ...s, index }));
    const dropped = [];
    const build = () => {
        const note = dropped.length
            ? `\n\n> [!NOTE]\n> Left out of this comment to fit GitHub's comment limit: ${dropped.map((d) => `\`${d}\``).join(', ')}. ${opts.summaryUrl ? `The [job summary](${safeUrl(opts.summaryUrl) ?? ''}) has everything.` : 'The job summary has everything.'}`
            : '';
        return `${kept.map((s) => s.markdown).join('\n\n')}${note}\n\n${stamp}\n`;
    };
    let body = build();
    const order = [...kept].sort((a, b) => a.priority - b.priority || b.index - a.index);
    for (const victim of order) {
        if (body.length <= maxChars || kept.length <= 1)
            break;
        kept = kept.filter((s) => s.index !== victim.index);
        dropped.push(victim.id);
        body = build();
    }
    return { body, dropped };
}
const KEY_CHARS = /[^A-Za-z0-9._:/@+-]/g;
function metricFamily(metric) {
    if (metric.startsWith('boyd'))
        return 'boyd';
    if (metric.startsWith('clist'))
        return 'clist';
    return metric;
}
/** One tracking-issue regression per vat and metric family (boyd, clist), from the failing verdicts. */
function regressionsOf(report, opts = {}) {
    const groups = new Map();
    for (const v of report.verdicts) {
        if (v.level !== 'fail')
            continue;
        const vat = (v.name ?? v.vatID).replace(KEY_CHARS, '_').slice(0, 60) || 'vat';
        const key = `${vat}:${metricFamily(v.metric)}`;
        groups.set(key, [...(groups.get(key) ?? []), v]);
    }
    return [...groups].map(([key, vs]) => {
        const v0 = vs[0];
        const label = v0.name ? `${v0.name} (${v0.vatID})` : v0.vatID;
        const family = metricFamily(v0.metric);
        const what = family === 'boyd' ? 'BOYD time growth' : family === 'clist' ? 'c-list growth' : family;
        return {
            key,
            title: `loadgen-gate: ${what} in ${label}`,
            body: [
                `**${mdText(what, 40)}** in vat ${mdText(label, 80)} on the latest scheduled loadgen run.`,
                '',
                ...vs.map((v) => `- ${mdCode(v.metric, 40)}: ${mdText(v.message, 400)}`),
                '',
                provenanceLine(report.provenance),
                opts.summaryUrl ? `\nFull report: ${safeUrl(opts.summaryUrl) ?? ''}` : '',
                '',
                'loadgen-gate updates this issue on each scheduled run and closes it when the regression is gone.',
            ].join('\n'),
        };
    });
}

;// CONCATENATED MODULE: ./src/publish/github/run-action.ts
/**
 * The action, step by step:
 *   parse inputs → resolve source (local path | run id | latest workflow run: download + safe
 *   extract into a temp dir that is always removed) → resolve baseline (file | newest report
 *   artifact on the baseline branch | none, with the reason) → analyzeRun → report JSON + markdown
 *   file → job summary (1 MiB budget) → annotations → sticky PR comment → tracking issues
 *   (scheduled runs) → outputs → fail on a `fail` verdict.
 * Outputs are always set (verdict `error` when the action could not do its job) before
 * `setFailed`, so `if: always()` steps can read them. Only this file and entry/action.ts talk to
 * @actions/core; everything it calls takes plain values, a GitHubClient and a Logger.
 */




















const coreLogger = {
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    group: (t, fn) => core.group(t, fn),
};
/** The five outputs; `flush()` sets every one of them (empty when unknown). */
class Outputs {
    verdict = 'error';
    reportPath = '';
    regressions = '';
    summaryPath = '';
    baselineRunId = '';
    flush() {
        core.setOutput('verdict', this.verdict);
        core.setOutput('report-path', this.reportPath);
        core.setOutput('regressions', this.regressions);
        core.setOutput('summary-path', this.summaryPath);
        core.setOutput('baseline-run-id', this.baselineRunId);
    }
}
/** Events on which `tracking-issues: true` opens/updates/closes issues. */
const TRACKING_EVENTS = new Set(['schedule', 'workflow_dispatch']);
async function runAction(workerScript) {
    const out = new Outputs();
    let tmp;
    try {
        // 1. Inputs.
        const ctx = readContext();
        const cfg = parseInputs((name) => core.getInput(name), ctx);
        if (cfg.token)
            core.setSecret(cfg.token); // the runner masks github.token, but not a PAT read from elsewhere
        const client = cfg.token ? makeClient(cfg.token, ctx) : undefined;
        const policy = await loadPolicy(cfg.config);
        tmp = new TempDirs(ctx.tempDir);
        const deps = { client, tmp, limits: policy.limits, log: coreLogger };
        // 2. Source.
        const source = await core.group('Source', async () => addRunnerProvenance(await resolveSource(cfg.source, deps), ctx));
        // 3. Baseline.
        const baseline = await core.group('Baseline', () => resolveBaseline(cfg.baseline, deps, { runId: source.provenance.runId }));
        reportBaseline(baseline, cfg);
        if (baseline.runId !== undefined)
            out.baselineRunId = String(baseline.runId);
        // 4. Analysis.
        const report = await analyzeRun({
            inputs: [source.input],
            policy,
            log: coreLogger,
            provenance: source.provenance,
            baseline: baseline.report,
            baselineReason: baseline.report ? undefined : `thresholds only; ${baseline.reason}`,
            workerScript,
            tmpRoot: ctx.tempDir,
        });
        const failing = report.verdicts.filter((v) => v.level === 'fail');
        // 5. Report files.
        const sections = withProvenance(renderSections(report), report);
        await writeReportFiles(report, sections, cfg);
        out.verdict = report.verdict;
        out.reportPath = cfg.reportPath;
        out.summaryPath = cfg.summaryPath;
        out.regressions = String(failing.length);
        // 6–9. Tell people.
        const summaryUrl = runUrl(ctx);
        await writeJobSummary(sections);
        emitAnnotations(report);
        if (client) {
            await postComment(client, cfg, ctx, source, sections, report, summaryUrl);
            await updateTrackingIssues(client, cfg, ctx, report, summaryUrl);
        }
        else if (cfg.comment !== 'never') {
            core.info("no PR comment: input 'github-token' is empty");
        }
        // 10. Outputs, then the verdict.
        out.flush();
        if (report.verdict === 'fail') {
            core.setFailed(`loadgen-gate: ${failing.length} regression(s) in ${[...new Set(failing.map((v) => v.name ?? v.vatID))].join(', ')}`);
        }
        else {
            core.info(`loadgen-gate: ${report.verdict}`);
        }
    }
    catch (e) {
        out.verdict = 'error';
        out.flush();
        const msg = e instanceof Error ? e.message : String(e);
        if (!(e instanceof InputError) && e instanceof Error && e.stack)
            core.debug(e.stack);
        core.setFailed(`loadgen-gate: ${oneLine(msg, 2000)}`);
    }
    finally {
        await tmp?.cleanup();
    }
}
function makeClient(token, ctx) {
    return createGitHubClient({
        token,
        apiUrl: ctx.apiUrl,
        userAgent: `loadgen-gate/${VERSION}`,
        onRetry: (r) => core.info(`GitHub API: ${r.reason} on ${r.method} ${r.path}; retry ${r.attempt} in ${(r.delayMs / 1000).toFixed(1)} s`),
    });
}
/** A local path analysed inside a workflow: this workflow run is the provenance. */
function addRunnerProvenance(source, ctx) {
    const p = source.provenance;
    if (p.source !== 'local')
        return source;
    if (ctx.runId && /^\d+$/.test(ctx.runId)) {
        p.runId = Number(ctx.runId);
        p.url = runUrl(ctx);
        if (ctx.sha)
            p.headSha = ctx.sha;
        if (ctx.branch)
            p.branch = ctx.branch;
    }
    core.info(`source: ${describeProvenance(p)}`);
    return source;
}
function reportBaseline(b, cfg) {
    if (b.report)
        return;
    const line = `no baseline: ${b.reason}; judging on thresholds alone`;
    if (cfg.baseline.kind === 'none')
        core.info(line);
    else
        core.warning(line);
}
async function writeReportFiles(report, sections, cfg) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(cfg.reportPath), { recursive: true });
    await (0,promises_.writeFile)(cfg.reportPath, JSON.stringify(report, null, 2) + '\n');
    await (0,promises_.writeFile)(cfg.summaryPath, sections.map((s) => s.markdown).join('\n\n') + '\n');
    core.info(`report: ${cfg.reportPath}; summary: ${cfg.summaryPath}`);
}
/** `LOADGEN_GATE_SUMMARY_MAX_BYTES` lowers the budget (tests); it can never exceed GitHub's limit. */
function summaryBudget() {
    const dflt = SUMMARY_LIMIT_BYTES - 1024;
    const env = Number(process.env.LOADGEN_GATE_SUMMARY_MAX_BYTES);
    return Number.isInteger(env) && env > 0 ? Math.min(env, dflt) : dflt;
}
async function writeJobSummary(sections) {
    const { markdown, dropped } = fitToBudget(sections, summaryBudget());
    if (dropped.length)
        core.warning(`job summary over GitHub's 1 MiB limit: left out ${dropped.join(', ')} (the report files have everything)`);
    if (!process.env.GITHUB_STEP_SUMMARY) {
        core.info('GITHUB_STEP_SUMMARY is not set: no job summary');
        return;
    }
    try {
        await core.summary.addRaw(markdown, true).write();
    }
    catch (e) {
        core.warning(`cannot write the job summary: ${e.message}`);
    }
}
function emitAnnotations(report) {
    const flagged = report.verdicts.filter((v) => v.level === 'fail' || v.level === 'warn');
    for (const a of planAnnotations(flagged.map((v) => ({
        level: v.level === 'fail' ? 'error' : 'warning',
        title: `loadgen-gate: ${v.name ?? v.vatID} ${v.metric}`,
        message: v.message,
    })))) {
        core[a.level](a.message, { title: a.title });
    }
}
async function postComment(client, cfg, ctx, source, sections, report, summaryUrl) {
    if (cfg.comment === 'never')
        return;
    if (!ctx.owner)
        return core.info('no PR comment: GITHUB_REPOSITORY is not set');
    try {
        let pr = cfg.prNumber;
        if (pr === undefined) {
            const found = await findPrNumber(client, { owner: ctx.owner, repo: ctx.repo, eventName: ctx.eventName, payload: ctx.payload, artifactPrText: source.prText });
            for (const n of found.notes)
                core.info(`PR number: ${n}`);
            if (found.number === undefined)
                return core.info(`no PR comment: ${found.reason}`);
            pr = found.number;
            core.info(`PR #${pr} (from ${found.source})`);
        }
        const { body, dropped } = commentBody(sections, { summaryUrl });
        if (dropped.length)
            core.info(`PR comment: left out ${dropped.join(', ')} to fit the comment limit`);
        const res = await upsertStickyComment(client, {
            owner: ctx.owner,
            repo: ctx.repo,
            issueNumber: pr,
            key: cfg.commentKey,
            body,
            mode: cfg.comment,
            regression: report.verdict === 'fail',
            viewerLogin: await viewerLogin(client, cfg.token),
            summaryUrl,
        });
        if (res.action === 'forbidden') {
            core.warning(`cannot comment on PR #${pr}: ${res.message ?? '403'}. Fork PRs get a read-only token: use the workflow_run pattern (docs/github.md)`);
        }
        else {
            core.info(`PR #${pr} comment ${res.action}${res.url ? `: ${res.url}` : ''}${res.message ? ` (${res.message})` : ''}${res.truncated ? ' (truncated)' : ''}`);
        }
    }
    catch (e) {
        core.warning(`PR comment failed: ${e.message}`);
    }
}
async function updateTrackingIssues(client, cfg, ctx, report, summaryUrl) {
    if (!cfg.trackingIssues)
        return;
    const event = originEvent(ctx);
    if (!TRACKING_EVENTS.has(event))
        return core.info(`tracking issues: skipped on '${event}' events (only ${[...TRACKING_EVENTS].join(', ')})`);
    if (!ctx.owner)
        return core.info('tracking issues: GITHUB_REPOSITORY is not set');
    try {
        const res = await syncTrackingIssues(client, {
            owner: ctx.owner,
            repo: ctx.repo,
            regressions: regressionsOf(report, { summaryUrl }),
            label: cfg.trackingLabel,
            viewerLogin: await viewerLogin(client, cfg.token),
            summaryUrl,
        });
        if (res.forbidden)
            return core.warning(`tracking issues: ${res.forbidden}`);
        const list = (refs) => refs.map((r) => `#${r.number}`).join(' ') || '-';
        core.info(`tracking issues: created ${list(res.created)}, updated ${list(res.updated)}, unchanged ${list(res.unchanged)}, closed ${list(res.closed)}, duplicates closed ${list(res.duplicatesClosed)}`);
        for (const s of res.skipped)
            core.warning(`tracking issue for ${s.key} not created: ${s.reason}`);
    }
    catch (e) {
        core.warning(`tracking issues failed: ${e.message}`);
    }
}
let viewer;
/** Login of a PAT's user (its comments are not Bot-authored); GITHUB_TOKEN (`ghs_…`) needs none. */
function viewerLogin(client, token) {
    if (token.startsWith('ghs_'))
        return Promise.resolve(undefined);
    viewer ??= client
        .request('GET /user')
        .then((r) => (typeof r.data?.login === 'string' ? r.data.login : undefined))
        .catch(() => undefined);
    return viewer;
}


/***/ })

};
