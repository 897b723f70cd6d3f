import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3620:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ EXP_U),
/* harmony export */   B4: () => (/* binding */ ClistReplay),
/* harmony export */   HX: () => (/* binding */ IMP_U),
/* harmony export */   KS: () => (/* binding */ mergeClist),
/* harmony export */   OO: () => (/* binding */ IMP_R),
/* harmony export */   n: () => (/* binding */ PROM),
/* harmony export */   t6: () => (/* binding */ EXP_R)
/* harmony export */ });
/* unused harmony exports DEV, stateForVref, countsAt */
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
 * on such a "foreign" entry is recorded and its old state is resolved at merge time. Memory is bounded
 * by the live c-list size, never by the slog size: entries created and deleted in the same file leave
 * nothing behind.
 */
/** Entry states. 0 = absent. */
const EXP_R = 1;
const EXP_U = 2;
const IMP_R = 3;
const IMP_U = 4;
const PROM = 5;
const DEV = 6;
const FOREIGN = 8;
/** `assumedOld` marker: the operation creates the entry, so its old state is known to be absent. */
const CREATE = -1;
const STATE_MASK = 7;
const zero = () => [0, 0, 0, 0, 0, 0, 0];
function stateForVref(vref, reachable = true) {
    const c0 = vref.charCodeAt(0);
    const sign = vref.charCodeAt(1);
    if (c0 === 0x6f /* o */) {
        if (sign === 0x2b /* + */)
            return reachable ? EXP_R : EXP_U;
        return reachable ? IMP_R : IMP_U;
    }
    if (c0 === 0x70 /* p */)
        return PROM;
    if (c0 === 0x64 /* d */)
        return DEV;
    return 0;
}
class ClistReplay {
    vats = new Map();
    /** Vats changed since the last checkpoint, in order of first change. */
    dirty = [];
    foreign = [];
    /** One-entry cache: consecutive events are mostly for the same vat. */
    last = null;
    events = 0;
    vat(vatID) {
        const l = this.last;
        if (l !== null && l.vatID === vatID)
            return l;
        let v = this.vats.get(vatID);
        if (!v) {
            v = { vatID, known: new Map(), counts: zero(), points: [], dirty: false, weak: 0 };
            this.vats.set(vatID, v);
        }
        this.last = v;
        return v;
    }
    set(v, kref, next, assumedOld, root = false) {
        const m = v.known;
        const c = v.counts;
        const old = m.get(kref) ?? (assumedOld === CREATE ? 0 : undefined);
        if (old === undefined) {
            this.foreign.push({ vatID: v.vatID, kref, pointIndex: v.points.length, assumed: assumedOld, ...(root ? { root } : {}) });
            if (next)
                c[next]++;
            m.set(kref, next | FOREIGN);
        }
        else {
            const o = old & STATE_MASK;
            if (o === next)
                return;
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
        if (!v.dirty) {
            v.dirty = true;
            this.dirty.push(v);
        }
        this.events++;
    }
    /** `clist` event. */
    clist(mode, vatID, kref, vref) {
        if (mode === 'drop') {
            this.set(this.vat(vatID), kref, 0, stateForVref(vref), vref === 'o+0');
        }
        else if (mode === 'import' || mode === 'export') {
            const s = stateForVref(vref);
            if (s)
                this.set(this.vat(vatID), kref, s, CREATE);
        }
    }
    /** The vat's `dropImports` syscall (krefs from `ksc[1]`). */
    dropImports(vatID, krefs) {
        for (const k of krefs)
            if (k.startsWith('ko'))
                this.set(this.vat(vatID), k, IMP_U, IMP_R);
    }
    /** A `dropExports` delivery to the exporter (krefs from `kd[1]`). */
    dropExports(vatID, krefs) {
        for (const k of krefs)
            if (k.startsWith('ko'))
                this.set(this.vat(vatID), k, EXP_U, EXP_R);
    }
    /** Krefs delivered to a vat in a message/notify: recognizable-only imports become reachable. */
    delivered(vatID, krefs) {
        const v = this.vats.get(vatID);
        if (!v || v.weak <= 0)
            return;
        for (const k of krefs) {
            const s = v.known.get(k);
            if (s !== undefined && (s & STATE_MASK) === IMP_U)
                this.set(v, k, IMP_R, IMP_U);
        }
    }
    hasWeakImports(vatID) {
        const v = this.vats.get(vatID);
        return v !== undefined && v.weak > 0;
    }
    /** Record a point for every vat that changed since the last point. */
    checkpoint(height) {
        const h = height ?? NaN;
        for (const v of this.dirty) {
            const c = v.counts;
            v.points.push([h, c[1], c[2], c[3], c[4], c[5], c[6]]);
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
    finish(lastHeight) {
        this.checkpoint(lastHeight);
        const touched = [];
        const points = Object.create(null);
        const finalDelta = Object.create(null);
        for (const v of this.vats.values()) {
            for (const [kref, s] of v.known)
                touched.push([v.vatID, kref, s & STATE_MASK]);
            points[v.vatID] = v.points;
            finalDelta[v.vatID] = v.counts;
        }
        return { points, finalDelta, foreign: this.foreign, touched, events: this.events, rootSeeds: this.seeds };
    }
}
/** Merge per-file partials in stage order into absolute series. */
function mergeClist(files) {
    const carried = new Map();
    const base = new Map();
    const points = Object.create(null);
    let unknownPrior = 0;
    const seeded = new Set();
    const rootClaimed = new Set();
    const unknownExamples = [];
    const key = (v, k) => `${v} ${k}`;
    for (const f of files) {
        for (const vatID of f.rootSeeds ?? []) {
            if (seeded.has(vatID))
                continue;
            seeded.add(vatID);
            const b = base.get(vatID) ?? zero();
            b[EXP_R]++;
            base.set(vatID, b);
        }
        // Corrections: per vat, list of [pointIndex, bucket] to decrement from that point on.
        const corr = new Map();
        for (const op of f.foreign) {
            let old = carried.get(key(op.vatID, op.kref)) ?? 0;
            if (old === 0) {
                // In a run that starts at genesis, the only unlogged entries are the vats' root exports:
                // the first unknown export a seeded vat touches is its root object.
                const isExport = op.assumed === EXP_R || op.assumed === EXP_U;
                if (seeded.has(op.vatID) && isExport && (op.root || !rootClaimed.has(op.vatID))) {
                    rootClaimed.add(op.vatID);
                    old = EXP_R;
                }
                else {
                    unknownPrior++;
                    unknownExamples.push(`${op.vatID}:${op.kref}`);
                    old = op.assumed;
                }
            }
            if (!old)
                continue;
            let list = corr.get(op.vatID);
            if (!list)
                corr.set(op.vatID, (list = []));
            list.push([op.pointIndex, old]);
        }
        const vats = new Set([...Object.keys(f.points), ...Object.keys(f.finalDelta)]);
        for (const vatID of vats) {
            const b = base.get(vatID) ?? zero();
            const list = (corr.get(vatID) ?? []).sort((x, y) => x[0] - y[0]);
            const acc = zero();
            let ci = 0;
            const out = (points[vatID] ??= []);
            (f.points[vatID] ?? []).forEach((p, i) => {
                while (ci < list.length && list[ci][0] <= i)
                    acc[list[ci++][1]]--;
                const abs = [p[0]];
                for (let s = 1; s <= 6; s++)
                    abs.push(b[s] + p[s] + acc[s]);
                out.push(abs);
            });
            while (ci < list.length)
                acc[list[ci++][1]]--;
            const d = f.finalDelta[vatID] ?? zero();
            const next = zero();
            for (let s = 1; s <= 6; s++)
                next[s] = b[s] + d[s] + acc[s];
            base.set(vatID, next);
        }
        for (const [vatID, kref, s] of f.touched) {
            if (s)
                carried.set(key(vatID, kref), s);
            else
                carried.delete(key(vatID, kref));
        }
    }
    return { points, final: Object.assign(Object.create(null), Object.fromEntries(base)), unknownPrior, unknownExamples: unknownExamples.slice(0, 5), absolute: seeded.size > 0 && unknownPrior === 0 };
}
/** The absolute counts of a vat at the end of block `height` (the last point at or before it). */
function countsAt(series, vatID, height) {
    const pts = series.points[vatID];
    if (!pts)
        return null;
    let best = null;
    for (const p of pts) {
        if (Number.isNaN(p[0]) || p[0] <= height)
            best = p;
        else
            break;
    }
    return best ? [0, ...best.slice(1)] : null;
}


/***/ }),

/***/ 605:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   UK: () => (/* binding */ lastInOrder),
/* harmony export */   XM: () => (/* binding */ fittedEnds),
/* harmony export */   eh: () => (/* binding */ mergeDeliveryStats),
/* harmony export */   yI: () => (/* binding */ DeliveryStats)
/* harmony export */ });
/* unused harmony exports KEEP, emptySums, addSum, mergeSums, accKey */
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


/***/ }),

/***/ 668:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _pipeline_scan_files_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1339);
/**
 * GitHub Action entry (dist/index.js). Thin: it starts the scan worker when spawned as one, and
 * otherwise hands over to the action publisher.
 */


if (!node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.role === _pipeline_scan_files_js__WEBPACK_IMPORTED_MODULE_1__/* .WORKER_ROLE */ .MJ) {
    await (0,_pipeline_scan_files_js__WEBPACK_IMPORTED_MODULE_1__/* .runScanWorker */ .fR)(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData, (m) => node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage(m));
}
else {
    const { runAction } = await Promise.all(/* import() */[__nccwpck_require__.e(788), __nccwpck_require__.e(620)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6620));
    await runAction(new URL(import.meta.url));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7816:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   jO: () => (/* binding */ mib)
/* harmony export */ });
/* unused harmony exports silentLogger, stderrLogger */
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


/***/ }),

/***/ 1339:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MJ: () => (/* binding */ WORKER_ROLE),
/* harmony export */   Tu: () => (/* binding */ scanFiles),
/* harmony export */   fR: () => (/* binding */ runScanWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _slog_file_scan_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7646);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7816);
/**
 * Scans slog files, in worker threads when a worker script is given (up to the number of cores at a
 * time, a worker taking the next file when it is done), else in-process one after the other.
 * Results come back in input order, so the merge is deterministic whatever finishes first.
 *
 * A single small file is scanned in-process (starting a worker costs more than it saves). Workers
 * get a small young generation: a long scan keeps a few objects alive at every scavenge, and V8 then
 * grows the new space of an unconstrained isolate to its maximum (64 MiB on 64-bit Node), which
 * would make peak RSS grow with the slog's length.
 */





const WORKER_ROLE = 'loadgen-gate-scan';
/** A single file at least this big (on disk) is still scanned in a worker, for the memory cap. */
const WORKER_FOR_ONE_FILE_BYTES = 64 * 1024 * 1024;
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 };
async function scanFiles(files, opts, skipUpTo = []) {
    const progress = (file, bytes, lines) => opts.log.info(`  ${file}: ${(0,_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .mib */ .jO)(bytes)} read, ${thousands(lines)} lines`);
    const concurrency = Math.max(1, Math.min(opts.concurrency ?? node_os__WEBPACK_IMPORTED_MODULE_2___default().availableParallelism(), files.length));
    const bigOne = files.length === 1 && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(files[0]).then((st) => st.size >= WORKER_FOR_ONE_FILE_BYTES, () => false));
    if (!opts.workerScript || (files.length === 1 && !bigOne)) {
        const out = [];
        for (let i = 0; i < files.length; i++) {
            out.push(await (0,_slog_file_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .scanSlogFile */ .Do)(files[i], { skipUpTo: skipUpTo[i], onProgress: progress, maxLineBytes: opts.maxLineBytes }));
        }
        return out;
    }
    // One worker per lane, reused for the lane's next file (starting one costs a bundle load).
    const results = new Array(files.length);
    let next = 0;
    const lane = () => new Promise((resolve, reject) => {
        if (next >= files.length)
            return resolve();
        let current = next++;
        const job = (i) => ({ file: files[i], options: { skipUpTo: skipUpTo[i], maxLineBytes: opts.maxLineBytes } });
        const w = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(opts.workerScript, { workerData: { role: WORKER_ROLE, ...job(current) }, resourceLimits: WORKER_LIMITS });
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
    await Promise.all(Array.from({ length: concurrency }, lane));
    return results;
}
/** `1,234,567` (what toLocaleString('en-US') gives, without loading ICU locale data: ~20 ms). */
function thousands(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/**
 * Worker side: scan the file in `data`, post the result, then scan the files the main thread sends
 * (`{type: 'scan', file, options}`) until it sends `{type: 'close'}`.
 */
async function runScanWorker(data, post) {
    const scanOne = async (job) => {
        try {
            const scan = await (0,_slog_file_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .scanSlogFile */ .Do)(job.file, {
                ...job.options,
                onProgress: (file, bytes, lines) => post({ type: 'progress', file, bytes, lines }),
            });
            post({ type: 'done', scan });
        }
        catch (e) {
            post({ type: 'error', message: e.message });
        }
    };
    node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort?.on('message', (m) => {
        if (m?.type === 'scan')
            void scanOne(m);
        else if (m?.type === 'close')
            node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort?.close();
    });
    await scanOne(data);
}


/***/ }),

/***/ 9625:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ KNOWN_TYPES),
/* harmony export */   r: () => (/* binding */ Diagnostics)
/* harmony export */ });
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


/***/ }),

/***/ 7646:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Do: () => (/* binding */ scanSlogFile),
  gV: () => (/* binding */ stageOf)
});

// UNUSED EXPORTS: createVatFields, krefsOf

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__nccwpck_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./src/slog/line-reader.ts



const NL = 10;
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
    const maxLineBytes = opts.maxLineBytes ?? 64 * 1024 * 1024;
    const prefixBytes = opts.prefixBytes ?? 64 * 1024;
    const progressEvery = opts.progressEveryBytes ?? 64 * 1024 * 1024;
    const gzip = await isGzipFile(file);
    const raw = (0,external_node_fs_.createReadStream)(file, { highWaterMark: opts.highWaterMark ?? CHUNK });
    let bytesIn = 0;
    raw.on('data', (c) => {
        bytesIn += c.length;
    });
    let stream = raw;
    if (gzip) {
        // Z_SYNC_FLUSH lets a truncated tail yield everything decodable before it.
        // Inflation runs on the libuv thread pool while this thread splits and reads the previous
        // chunk. Big chunks keep the per-chunk overhead (callbacks, buffer allocation) low; a readable
        // buffer of a few chunks lets inflation run ahead instead of waiting for each read.
        // At the end of the input, a Z_SYNC_FLUSH first hands over everything decodable; only then does
        // end() finish the stream with Z_FINISH, which fails with "unexpected end of file" when the
        // gzip member has no trailer (a truncated file, a killed writer). So a cut stream is reported
        // as truncated and nothing before the cut is lost.
        const gunzip = external_node_zlib_default().createGunzip({
            chunkSize: CHUNK,
            readableHighWaterMark: 4 * CHUNK,
        });
        raw.on('error', (e) => gunzip.destroy(e));
        raw.on('end', () => gunzip.flush((external_node_zlib_default()).constants.Z_SYNC_FLUSH, () => gunzip.end()));
        stream = raw.pipe(gunzip, { end: false });
    }
    let lines = 0;
    let bytesOut = 0;
    let nextProgress = progressEvery;
    // Carry-over of a line split across chunks.
    let carry = [];
    let carryLen = 0;
    let carryOversized = false;
    const flushCarry = (tail, tailEnd) => {
        lines++;
        if (carryOversized) {
            const head = carry.length === 1 ? carry[0] : Buffer.concat(carry);
            onLine(head, 0, head.length, lines, true);
        }
        else {
            const parts = tail ? [...carry, tail.subarray(0, tailEnd)] : carry;
            const whole = parts.length === 1 ? parts[0] : Buffer.concat(parts);
            onLine(whole, 0, whole.length, lines, false);
        }
        carry = [];
        carryLen = 0;
        carryOversized = false;
    };
    const appendCarry = (chunk, from, to) => {
        if (carryOversized)
            return;
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
    const splitLines = (chunk, pos, n) => {
        let count = lines;
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
            lines = count;
        }
        return pos;
    };
    const processChunk = (chunk) => {
        bytesOut += chunk.length;
        let pos = 0;
        const n = chunk.length;
        if (carryLen > 0 || carryOversized) {
            const nl = chunk.indexOf(NL, 0);
            if (nl < 0) {
                appendCarry(chunk, 0, n);
                return;
            }
            if (carryOversized) {
                flushCarry(null, 0);
            }
            else if (carryLen + nl > maxLineBytes) {
                appendCarry(chunk, 0, nl);
                flushCarry(null, 0);
            }
            else {
                flushCarry(chunk, nl);
            }
            pos = nl + 1;
        }
        pos = splitLines(chunk, pos, n);
        if (pos < n)
            appendCarry(chunk, pos, n);
        if (opts.onProgress && bytesIn >= nextProgress) {
            nextProgress = bytesIn + progressEvery;
            opts.onProgress(bytesIn, lines);
        }
    };
    // Flowing mode, not an async iterator: a stream error (the Z_FINISH of a truncated gzip) must
    // not discard decoded data still buffered in the stream; 'data' events hand over every chunk
    // before 'error' is emitted.
    let error;
    await new Promise((resolve) => {
        let done = false;
        const finish = (e) => {
            if (done)
                return;
            done = true;
            if (e !== undefined)
                error = describeStreamError(e, gzip);
            resolve();
        };
        stream.on('data', (chunk) => {
            if (done)
                return;
            try {
                processChunk(chunk);
            }
            catch (e) {
                finish(e);
                stream.destroy();
            }
        });
        stream.on('end', () => finish());
        stream.on('error', (e) => finish(e));
        stream.on('close', () => finish());
    });
    const partialLastLine = carryLen > 0 || carryOversized;
    if (partialLastLine)
        flushCarry(null, 0);
    opts.onProgress?.(bytesIn, lines);
    return { bytesIn, bytesOut, lines, gzip, error, partialLastLine };
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

;// CONCATENATED MODULE: ./src/slog/classify.ts
const TYPE_KEY = Buffer.from('"type":"');
const SCAN_WINDOW = 256;
/** Byte bounds of the last type string found by `findType`. */
const span = { start: 0, end: 0 };
/**
 * Finds the `type` string of a line; returns false when the line is not a JSON object with a
 * leading `type` (or the type has escapes or control characters). Bounds land in `span`.
 */
function findType(buf, start, end) {
    if (end - start < 12 || buf[start] !== 0x7b /* { */)
        return false;
    let p = -1;
    // Fast path: `{"type":"` at offset 1.
    if (buf[start + 1] === 0x22 && buf[start + 2] === 0x74 && buf[start + 3] === 0x79 && buf[start + 7] === 0x3a && buf[start + 8] === 0x22) {
        p = start + 1;
    }
    else {
        const lim = Math.min(end, start + SCAN_WINDOW);
        p = buf.subarray(start, lim).indexOf(TYPE_KEY);
        if (p < 0)
            return false;
        p += start;
    }
    const s = p + TYPE_KEY.length;
    const lim = Math.min(end, s + 128);
    for (let i = s; i < lim; i++) {
        const c = buf[i];
        if (c === 0x22) {
            span.start = s;
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
/** `b[p]` starts a number: returns the index after it, or -1 when it is not a JSON number. */
function numberEnd(b, p, e) {
    if (p < e && b[p] === MINUS)
        p++;
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
const MAX_INTERNED = 32;
const interner = new Interner();
/** The shared string for ASCII bytes b[s..e) with hash h (h = h * 31 + byte, from 0). */
const interned = (b, s, e, h) => interner.get(b, s, e, h);
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
        const q = numberEnd(this.buf, this.pos, this.end);
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
        if (neg)
            p++;
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
            if (neg)
                v = -v;
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
                p = numberEnd(b, p, e);
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
            else if (c === 0x74 /* t */ && p + 3 < e && b[p + 1] === 0x72 && b[p + 2] === 0x75 && b[p + 3] === 0x65) {
                p += 4;
            }
            else if (c === 0x66 /* f */ && p + 4 < e && b[p + 1] === 0x61 && b[p + 2] === 0x6c && b[p + 3] === 0x73 && b[p + 4] === 0x65) {
                p += 5;
            }
            else if (c === 0x6e /* n */ && p + 3 < e && b[p + 1] === 0x75 && b[p + 2] === 0x6c && b[p + 3] === 0x6c) {
                p += 4;
            }
            else
                return this.fail();
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

// EXTERNAL MODULE: ./src/slog/diagnostics.ts
var diagnostics = __nccwpck_require__(9625);
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

;// CONCATENATED MODULE: ./src/slog/fields.ts
/**
 * The fields the scanner uses from the three frequent, big event kinds (`deliver`, `deliver-result`,
 * `clist`), read in one of two ways into reusable records:
 * - `fast*`: a validating byte-level walk over the line (`JsonBytes`) that decodes only these
 *   fields; returns false when the line is anything but plain, and the caller falls back to
 * - `*FromEvent`: the reference, from the `JSON.parse`d event object.
 * Both must agree on every line (test/perf-equivalence/ checks it on real slogs and random lines).
 * Values needed rarely (`kd` krefs, BOYD retention stats) are kept as byte ranges by the fast reader
 * and parsed only when used (`kdOf`, `retentionOf`).
 */


const newEventFields = () => ({
    vatID: undefined, replay: false, blockHeight: undefined, time: undefined, monotime: undefined, seconds: undefined, dropImports: null,
});
const newDeliverFields = () => ({
    vatID: undefined, deliveryNum: undefined, hasCrankNum: false, replay: false, kind: undefined, method: null,
    time: undefined, monotime: undefined, kd: undefined, kdStart: -1, kdEnd: -1,
});
const newResultFields = () => ({
    vatID: undefined, deliveryNum: undefined, hasCrankNum: false, replay: false, seconds: undefined, time: undefined,
    monotime: undefined, heap: undefined, retention: undefined, retStart: -1, retEnd: -1,
});
const newClistFields = () => ({ mode: undefined, vatID: undefined, kobj: undefined, vobj: undefined });
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v) => (typeof v === 'string' ? v : undefined);
// ---------------------------------------------------------------------------------------------
// Reference readers (from a parsed event object)
function deliverFromEvent(ev, f) {
    f.vatID = str(ev.vatID);
    f.deliveryNum = num(ev.deliveryNum);
    f.hasCrankNum = ev.crankNum !== undefined;
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
    f.kobj = str(ev.kobj);
    f.vobj = str(ev.vobj);
}
function eventFromObject(ev, f) {
    f.vatID = str(ev.vatID);
    f.replay = ev.replay === true;
    f.blockHeight = num(ev.blockHeight);
    f.time = num(ev.time);
    f.monotime = num(ev.monotime);
    f.seconds = num(ev.seconds);
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
// ---------------------------------------------------------------------------------------------
// Fast readers (byte-level; false = not read, use the reference reader)
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
function fastDeliver(buf, start, end, f) {
    f.vatID = f.deliveryNum = f.kind = f.time = f.monotime = f.kd = undefined;
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
                j.skip();
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
    if (f.seconds === undefined) {
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
function fastEvent(buf, start, end, f) {
    f.vatID = f.blockHeight = f.time = f.monotime = f.seconds = undefined;
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
    if (j.peek() !== fields_LBRACKET) {
        j.skip();
        return null;
    }
    j.pos++;
    let drop = false;
    let krefs = null;
    for (let first = true, i = 0; j.moreItems(first); first = false, i++) {
        if (i === 0)
            drop = j.string() === 'dropImports';
        else if (i === 1 && drop && j.peek() === fields_LBRACKET) {
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
    if (j.literal(CLIST_HEAD) && j.skipNumber() &&
        j.literal(CLIST_MODE) && (f.mode = j.stringOnly()) !== undefined &&
        j.literal(CLIST_VAT) && (f.vatID = j.stringOnly()) !== undefined &&
        j.literal(CLIST_KOBJ) && (f.kobj = j.stringOnly()) !== undefined &&
        j.literal(CLIST_VOBJ) && (f.vobj = j.stringOnly()) !== undefined &&
        j.literal(CLIST_TIME) && j.skipNumber() &&
        j.literal(CLIST_MONOTIME) && j.skipNumber() &&
        j.literal(RBRACE_BYTES) && j.atEnd()) {
        return true;
    }
    // Any other layout (key order, missing or extra keys, whitespace, other value types).
    f.mode = f.vatID = f.kobj = f.vobj = undefined;
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
                f.kobj = j.string();
                break;
            case K.vobj:
                f.vobj = j.string();
                break;
            default: j.skip();
        }
    }
    return j.atEnd();
}
// ---------------------------------------------------------------------------------------------
// Fast `krefsOf` over a validated `kd` byte range. Optional chaining and `??` on JSON values come
// down to: a member of a non-object is undefined, and `null` falls through `??`.
const fields_LBRACKET = 0x5b;
const fields_LBRACE = 0x7b;
const RBRACE_BYTES = Buffer.from('}');
const isNullAt = (pos) => j.buf[pos] === 0x6e; /* n */
/** Start of the last value of key `key` in the object at the cursor (-1 if none or not an object); the cursor moves past the value. */
function lastMember(key, key2 = -3) {
    last2 = -1;
    if (j.peek() !== fields_LBRACE) {
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
    if (slots >= 0 && j.buf[slots] === fields_LBRACKET) {
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
    if (j.peek() !== fields_LBRACKET)
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
        else if (tag === 'notify' && i === 1 && j.peek() === fields_LBRACKET) {
            j.pos++;
            for (let f2 = true; j.moreItems(f2); f2 = false) {
                if (j.peek() !== fields_LBRACKET) {
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

// EXTERNAL MODULE: ./src/analyzers/delivery-stats.ts
var delivery_stats = __nccwpck_require__(605);
// EXTERNAL MODULE: ./src/analyzers/clist-replay.ts
var clist_replay = __nccwpck_require__(3620);
;// CONCATENATED MODULE: ./src/slog/file-scan.ts
/**
 * One streaming pass over one slog file feeding every analyzer: delivery pairing, block
 * attribution, per-kind/method delivery times, BOYD and heap samples, vat names and the c-list
 * replay. The result is a plain, structured-cloneable `FileScan` (so it can come back from a worker
 * thread) that `merge-scans.ts` combines across stage files in stage order.
 */








const DROP_IMPORTS = Buffer.from('dropImports');
/** Every known event type gets a code; the scanner switches on the ones it reads. */
const TYPES = new KeyTable([...diagnostics/* KNOWN_TYPES */.E]);
const T = (type) => {
    const id = TYPES.names.indexOf(type);
    if (id < 0)
        throw new Error(`unknown slog type ${type}`);
    return id;
};
const T_DELIVER = T('deliver');
const T_RESULT = T('deliver-result');
const T_CLIST = T('clist');
const T_SYSCALL = T('syscall');
const T_CREATE_VAT = T('create-vat');
const T_SNAPSHOT_SAVE = T('heap-snapshot-save');
const T_BOOTSTRAP_START = T('cosmic-swingset-bootstrap-block-start');
const T_BOOTSTRAP_FINISH = T('cosmic-swingset-bootstrap-block-finish');
const T_END_BLOCK_START = T('cosmic-swingset-end-block-start');
const T_END_BLOCK_FINISH = T('cosmic-swingset-end-block-finish');
const T_RUN_START = T('cosmic-swingset-run-start');
const T_RUN_FINISH = T('cosmic-swingset-run-finish');
const typeCodes = new Map(TYPES.names.map((n, i) => [n, i]));
function stageOf(file) {
    const m = /(?:^|[^0-9])stage-?(\d+)(?:[^0-9]|$)/i.exec(external_node_path_default().basename(file));
    return m ? Number(m[1]) : null;
}
async function scanSlogFile(file, opts = {}) {
    const name = external_node_path_default().basename(file);
    const diag = new diagnostics/* Diagnostics */.r();
    const stats = new delivery_stats/* DeliveryStats */.yI();
    const clist = new clist_replay/* ClistReplay */.B4();
    // Null-prototype records: vatIDs come from untrusted lines ("__proto__", "constructor" …).
    const vats = Object.create(null);
    const boyd = Object.create(null);
    const lastBoydIdx = new Map();
    /** Per vat, the last BOYD's retention stats: JSON text (fast reader) or the parsed object. */
    const lastRetention = new Map();
    const skipUpTo = opts.skipUpTo ?? {};
    let events = 0;
    let sawEndBlock = false;
    let ebHeight = null;
    let runHeight = null;
    let ebStart = null;
    let heightMin = null;
    let heightMax = null;
    let lastHeight = null;
    const heightsSeen = new Set();
    let swingsetSeconds = 0;
    let firstBlockTime = null;
    let lastBlockTime = null;
    let ordinal = 0;
    let replaySkipped = 0;
    const od = { vatID: '', deliveryNum: 0, kind: '', method: null, time: NaN, monotime: NaN, line: 0, height: null };
    /** A deliver is waiting for its result (in `od`). */
    let open = false;
    /** Inside the chain's genesis (bootstrap) block, or before it in a file that has one. */
    let genesis = false;
    const vat = (vatID) => (vats[vatID] ??= { deliveries: 0, minDeliveryNum: Infinity, maxDeliveryNum: -Infinity });
    const where = (line) => `${name}:${line}`;
    const parse = (buf, start, end, line) => {
        try {
            const o = JSON.parse(buf.toString('utf8', start, end));
            if (o && typeof o === 'object' && !Array.isArray(o))
                return o;
            diag.add('wrong-shape', where(line), 'JSON value is not an event object; line skipped');
        }
        catch {
            diag.add('garbage-line', where(line), 'not valid JSON; line skipped');
        }
        return null;
    };
    const currentHeight = () => (ebHeight ?? (sawEndBlock ? null : runHeight));
    const onDeliver = (d, buf, line) => {
        const { vatID, deliveryNum, kind } = d;
        if (!vatID || deliveryNum === undefined || kind === undefined) {
            diag.add('wrong-shape', where(line), '`deliver` without vatID, deliveryNum or vd[0]; line skipped');
            return;
        }
        if (!d.hasCrankNum) {
            // Old slogs mark replayed deliveries only by the missing crankNum.
            replaySkipped++;
            return;
        }
        if (open)
            diag.add('unpaired-deliver', where(od.line), `deliver ${od.vatID}#${od.deliveryNum} has no deliver-result`);
        const method = kind === 'message' ? d.method ?? '(unknown method)' : null;
        od.vatID = vatID;
        od.deliveryNum = deliveryNum;
        od.kind = kind;
        od.method = method;
        od.time = d.time ?? NaN;
        od.monotime = d.monotime ?? NaN;
        od.line = line;
        od.height = currentHeight();
        open = true;
        if (kind !== 'bringOutYourDead')
            lastBoydIdx.delete(vatID);
        if (kind === 'dropExports') {
            const krefs = kdDrops(d, buf);
            if (krefs)
                clist.dropExports(vatID, krefs);
        }
        else if ((kind === 'message' || kind === 'notify') && clist.hasWeakImports(vatID)) {
            clist.delivered(vatID, kdKrefs(d, buf));
        }
    };
    const onResult = (r, buf, line) => {
        const { vatID, deliveryNum } = r;
        if (!r.hasCrankNum && !open) {
            replaySkipped++;
            return;
        }
        const o = od;
        if (!open || o.vatID !== vatID || o.deliveryNum !== deliveryNum) {
            diag.add('unpaired-result', where(line), `deliver-result ${vatID}#${deliveryNum} has no matching deliver`);
            return;
        }
        open = false;
        const v = vat(o.vatID);
        const skip = skipUpTo[o.vatID];
        // Vats without a transcript (comms, local workers) repeat deliveryNum; only a number that went
        // backwards within the file, or one at or below what an earlier file counted, is a duplicate.
        if (o.deliveryNum === v.maxDeliveryNum)
            v.stuckCounter = true;
        else if (o.deliveryNum < v.maxDeliveryNum || (skip !== undefined && o.deliveryNum <= skip)) {
            diag.add('duplicate-delivery', where(o.line), `delivery ${o.vatID}#${o.deliveryNum} seen before; counted once`);
            return;
        }
        let seconds = r.seconds;
        if (seconds === undefined) {
            const mt = r.monotime;
            seconds = mt !== undefined && !Number.isNaN(o.monotime) ? mt - o.monotime : (r.time ?? NaN) - o.time;
        }
        if (!Number.isFinite(seconds) || seconds < 0) {
            diag.add('bad-duration', where(line), `deliver-result ${o.vatID}#${o.deliveryNum} has no usable duration`);
            return;
        }
        v.deliveries++;
        v.minDeliveryNum = Math.min(v.minDeliveryNum, o.deliveryNum);
        v.maxDeliveryNum = Math.max(v.maxDeliveryNum, o.deliveryNum);
        ordinal++;
        stats.add(o.vatID, o.kind, o.method, seconds, o.height, ordinal);
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
        if (o.kind === 'bringOutYourDead') {
            const b = (boyd[o.vatID] ??= { height: [], ordinal: [], seconds: [], heap: [], deliveryNum: [], preSnapshot: [] });
            lastBoydIdx.set(o.vatID, b.seconds.length);
            b.height.push(x);
            b.ordinal.push(ordinal);
            b.seconds.push(seconds);
            b.heap.push(heap ?? NaN);
            b.deliveryNum.push(o.deliveryNum);
            b.preSnapshot.push(0);
            if (!v.retentionFirst) {
                const ret = retentionOf(r, buf);
                if (ret)
                    v.retentionFirst = numericRecord(ret);
            }
            if (r.retStart >= 0)
                lastRetention.set(o.vatID, buf.toString('utf8', r.retStart, r.retEnd));
            else if (r.retention)
                lastRetention.set(o.vatID, r.retention);
        }
    };
    // Reused for every line: the fields of the current event. The fast readers fill them from the
    // bytes; when one gives up (or in reference mode) JSON.parse and the *FromEvent readers do.
    const dFields = newDeliverFields();
    const rFields = newResultFields();
    const cFields = newClistFields();
    const eFields = newEventFields();
    const reference = opts.reference === true;
    const counters = opts.counters;
    /** The fields of another event (block, snapshot, syscall), or null for a garbage line (reported). */
    const readEvent = (buf, start, end, line) => {
        if (!reference) {
            if (fastEvent(buf, start, end, eFields)) {
                if (counters)
                    counters.fast++;
                return eFields;
            }
            if (counters)
                counters.fallback++;
        }
        const ev = parse(buf, start, end, line);
        if (!ev)
            return null;
        eventFromObject(ev, eFields);
        return eFields;
    };
    const onLineUnguarded = (buf, start, end, line, oversized) => {
        if (end <= start)
            return;
        const code = reference ? referenceTypeCode(buf, start, end) : typeCode(TYPES, buf, start, end);
        if (code === NO_TYPE) {
            if (isBlank(buf, start, end))
                return;
            if (oversized)
                diag.add('oversized-line', where(line), 'line too long and not a known event; skipped');
            else if (parse(buf, start, end, line))
                diag.add('wrong-shape', where(line), 'event without a `type`; line skipped');
            return;
        }
        if (oversized && code !== T_CREATE_VAT) {
            diag.add('oversized-line', where(line), `${lineType(buf, start, end)} line over the line-size cap; skipped`);
            return;
        }
        switch (code) {
            case T_DELIVER: {
                if (reference || !fastDeliver(buf, start, end, dFields)) {
                    if (counters && !reference)
                        counters.fallback++;
                    const ev = parse(buf, start, end, line);
                    if (!ev)
                        return;
                    deliverFromEvent(ev, dFields);
                }
                else if (counters)
                    counters.fast++;
                if (dFields.replay) {
                    replaySkipped++; // transcript replay: not new work
                    return;
                }
                events++;
                onDeliver(dFields, buf, line);
                return;
            }
            case T_RESULT: {
                if (reference || !fastResult(buf, start, end, rFields)) {
                    if (counters && !reference)
                        counters.fallback++;
                    const ev = parse(buf, start, end, line);
                    if (!ev)
                        return;
                    resultFromEvent(ev, rFields);
                }
                else if (counters)
                    counters.fast++;
                if (rFields.replay) {
                    replaySkipped++; // transcript replay: not new work
                    return;
                }
                events++;
                onResult(rFields, buf, line);
                return;
            }
            case T_CLIST: {
                if (reference || !fastClist(buf, start, end, cFields)) {
                    if (counters && !reference)
                        counters.fallback++;
                    const ev = parse(buf, start, end, line);
                    if (!ev)
                        return;
                    clistFromEvent(ev, cFields);
                }
                else if (counters)
                    counters.fast++;
                const { vatID, kobj, vobj, mode } = cFields;
                if (!vatID || !kobj || !vobj || !mode) {
                    diag.add('wrong-shape', where(line), '`clist` without vatID/kobj/vobj/mode; line skipped');
                    return;
                }
                events++;
                clist.clist(mode, vatID, kobj, vobj);
                return;
            }
            case T_SYSCALL: {
                // Cheap pre-filter: the syscall name comes early in the line (`syscall` field, `ksc[0]`).
                if (!prefixHas(buf, start, end, DROP_IMPORTS, 400))
                    return;
                const ev = readEvent(buf, start, end, line);
                if (!ev || ev.replay)
                    return;
                if (ev.vatID && ev.dropImports) {
                    events++;
                    clist.dropImports(ev.vatID, ev.dropImports);
                }
                return;
            }
            case T_CREATE_VAT: {
                const info = createVatFields(buf, start, end);
                if (!info.vatID) {
                    diag.add('wrong-shape', where(line), '`create-vat` without vatID');
                    return;
                }
                events++;
                const v = vat(info.vatID);
                if (info.name)
                    v.name = info.name;
                if (info.managerType)
                    v.managerType = info.managerType;
                if (info.description)
                    v.description = info.description;
                if (genesis)
                    clist.genesisVat(info.vatID);
                return;
            }
            case T_SNAPSHOT_SAVE: {
                const vatID = readEvent(buf, start, end, line)?.vatID;
                if (!vatID)
                    return;
                events++;
                const idx = lastBoydIdx.get(vatID);
                if (idx !== undefined)
                    boyd[vatID].preSnapshot[idx] = 1;
                lastBoydIdx.delete(vatID);
                return;
            }
            case T_BOOTSTRAP_START:
                // Genesis: the vats created so far in this file were initialized with this kernel.
                genesis = true;
                events++;
                for (const vatID of Object.keys(vats))
                    if (vats[vatID].name || vats[vatID].managerType)
                        clist.genesisVat(vatID);
                return;
            case T_BOOTSTRAP_FINISH:
                genesis = false;
                events++;
                return;
            case T_END_BLOCK_START: {
                const ev = readEvent(buf, start, end, line);
                const h = ev?.blockHeight;
                if (!ev)
                    return;
                if (h === undefined) {
                    // Its deliveries would silently get no height: say so.
                    diag.add('wrong-shape', where(line), '`cosmic-swingset-end-block-start` without a numeric blockHeight; its block is not attributed');
                    return;
                }
                events++;
                sawEndBlock = true;
                ebHeight = h;
                ebStart = { time: ev.time ?? NaN, monotime: ev.monotime };
                noteHeight(h, ebStart.time);
                return;
            }
            case T_END_BLOCK_FINISH: {
                const ev = readEvent(buf, start, end, line);
                if (!ev)
                    return;
                events++;
                const t = ev.time ?? NaN;
                if (ebStart) {
                    const mt = ev.monotime;
                    const secs = ev.seconds ?? (mt !== undefined && ebStart.monotime !== undefined ? mt - ebStart.monotime : t - ebStart.time);
                    if (Number.isFinite(secs))
                        swingsetSeconds += secs;
                }
                if (Number.isFinite(t))
                    lastBlockTime = t;
                clist.checkpoint(ebHeight);
                ebHeight = null;
                ebStart = null;
                return;
            }
            case T_RUN_START: {
                if (sawEndBlock)
                    return;
                const ev = readEvent(buf, start, end, line);
                const h = ev?.blockHeight;
                if (!ev || h === undefined)
                    return;
                events++;
                runHeight = h;
                noteHeight(h, ev.time ?? NaN);
                return;
            }
            case T_RUN_FINISH: {
                if (sawEndBlock || runHeight === null)
                    return;
                const t = readEvent(buf, start, end, line)?.time;
                if (t !== undefined)
                    lastBlockTime = t;
                clist.checkpoint(runHeight);
                runHeight = null;
                return;
            }
            case OTHER_TYPE: {
                const type = lineType(buf, start, end) ?? '';
                diag.add('unknown-event', where(line), `unknown event type "${type.slice(0, 60)}"; ignored`);
                return;
            }
            default:
            // A known event the analysis does not need.
        }
    };
    function noteHeight(h, time) {
        if (!heightsSeen.has(h))
            heightsSeen.add(h);
        heightMin = heightMin === null ? h : Math.min(heightMin, h);
        heightMax = heightMax === null ? h : Math.max(heightMax, h);
        lastHeight = h;
        if (firstBlockTime === null && Number.isFinite(time))
            firstBlockTime = time;
    }
    // One bad line never ends the file: anything a line makes the analyzers throw is reported with
    // its file:line and the scan goes on.
    const onLine = (buf, start, end, line, oversized) => {
        try {
            onLineUnguarded(buf, start, end, line, oversized);
        }
        catch (e) {
            diag.add('line-error', where(line), `line could not be analyzed (${String(e?.message ?? e).slice(0, 120)}); skipped`);
        }
    };
    const read = await readLines(file, onLine, {
        maxLineBytes: opts.maxLineBytes,
        onProgress: opts.onProgress ? (b, l) => opts.onProgress(file, b, l) : undefined,
    });
    if (open)
        diag.add('unpaired-deliver', where(od.line), `deliver ${od.vatID}#${od.deliveryNum} has no deliver-result (end of file)`);
    // Retention stats: only the first and last per vat are kept; the last is decoded once, here.
    for (const [vatID, raw] of lastRetention)
        vats[vatID].retentionLast = numericRecord(typeof raw === 'string' ? JSON.parse(raw) : raw);
    if (read.error)
        diag.add(read.error.startsWith('truncated') ? 'truncated-gzip' : 'read-error', `${name}:${read.lines}`, read.error);
    if (read.partialLastLine)
        diag.add('partial-last-line', `${name}:${read.lines}`, 'last line has no newline (file cut short?)');
    return {
        path: file,
        stage: stageOf(file),
        read,
        events,
        warnings: diag.list(),
        endBlockWindows: sawEndBlock,
        heightMin,
        heightMax,
        blocks: heightsSeen.size,
        swingsetSeconds,
        firstBlockTime,
        lastBlockTime,
        deliveries: ordinal,
        replaySkipped,
        vats,
        deliveryAccs: stats.list(),
        boyd,
        clist: clist.finish(lastHeight),
    };
}
/** Type code via the decoded type string (what the reference path does). */
function referenceTypeCode(buf, start, end) {
    const type = lineType(buf, start, end);
    return type === null ? NO_TYPE : typeCodes.get(type) ?? OTHER_TYPE;
}
function isBlank(buf, start, end) {
    for (let i = start; i < end; i++) {
        const c = buf[i];
        if (c !== 0x20 && c !== 0x09 && c !== 0x0d)
            return false;
    }
    return true;
}
function numericRecord(o) {
    const r = Object.create(null);
    for (const [k, v] of Object.entries(o))
        if (typeof v === 'number' && Number.isFinite(v))
            r[k] = v;
    return r;
}

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


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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
/******/ var __webpack_exports__ = __nccwpck_require__(668);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
