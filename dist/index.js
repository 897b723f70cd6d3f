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
    known = new Map();
    counts = new Map();
    points = new Map();
    dirty = new Set();
    foreign = [];
    events = 0;
    /** Vats that currently hold recognizable-only imports (a cheap filter for re-reach checks). */
    vatsWithWeakImports = new Map();
    vat(vatID) {
        let m = this.known.get(vatID);
        if (!m) {
            m = new Map();
            this.known.set(vatID, m);
            this.counts.set(vatID, zero());
            this.points.set(vatID, []);
        }
        return m;
    }
    set(vatID, kref, next, assumedOld, root = false) {
        const m = this.vat(vatID);
        const c = this.counts.get(vatID);
        const old = m.get(kref) ?? (assumedOld === CREATE ? 0 : undefined);
        if (old === undefined) {
            this.foreign.push({ vatID, kref, pointIndex: this.points.get(vatID).length, assumed: assumedOld, ...(root ? { root } : {}) });
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
                this.bumpWeak(vatID, -1);
        }
        if (next === IMP_U)
            this.bumpWeak(vatID, 1);
        this.dirty.add(vatID);
        this.events++;
    }
    bumpWeak(vatID, d) {
        const n = (this.vatsWithWeakImports.get(vatID) ?? 0) + d;
        if (n > 0)
            this.vatsWithWeakImports.set(vatID, n);
        else
            this.vatsWithWeakImports.delete(vatID);
    }
    /** `clist` event. */
    clist(mode, vatID, kref, vref) {
        if (mode === 'drop') {
            this.set(vatID, kref, 0, stateForVref(vref), vref === 'o+0');
        }
        else if (mode === 'import' || mode === 'export') {
            const s = stateForVref(vref);
            if (s)
                this.set(vatID, kref, s, CREATE);
        }
    }
    /** The vat's `dropImports` syscall (krefs from `ksc[1]`). */
    dropImports(vatID, krefs) {
        for (const k of krefs)
            if (k.startsWith('ko'))
                this.set(vatID, k, IMP_U, IMP_R);
    }
    /** A `dropExports` delivery to the exporter (krefs from `kd[1]`). */
    dropExports(vatID, krefs) {
        for (const k of krefs)
            if (k.startsWith('ko'))
                this.set(vatID, k, EXP_U, EXP_R);
    }
    /** Krefs delivered to a vat in a message/notify: recognizable-only imports become reachable. */
    delivered(vatID, krefs) {
        if (!this.vatsWithWeakImports.has(vatID))
            return;
        const m = this.known.get(vatID);
        if (!m)
            return;
        for (const k of krefs) {
            const s = m.get(k);
            if (s !== undefined && (s & STATE_MASK) === IMP_U)
                this.set(vatID, k, IMP_R, IMP_U);
        }
    }
    hasWeakImports(vatID) {
        return this.vatsWithWeakImports.has(vatID);
    }
    /** Record a point for every vat that changed since the last point. */
    checkpoint(height) {
        for (const vatID of this.dirty) {
            this.points.get(vatID).push([height ?? NaN, ...this.counts.get(vatID).slice(1)]);
        }
        this.dirty.clear();
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
        for (const [vatID, m] of this.known)
            for (const [kref, s] of m)
                touched.push([vatID, kref, s & STATE_MASK]);
        return {
            points: Object.fromEntries(this.points),
            finalDelta: Object.fromEntries(this.counts),
            foreign: this.foreign,
            touched,
            events: this.events,
            rootSeeds: this.seeds,
        };
    }
}
/** Merge per-file partials in stage order into absolute series. */
function mergeClist(files) {
    const carried = new Map();
    const base = new Map();
    const points = {};
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
    return { points, final: Object.fromEntries(base), unknownPrior, unknownExamples: unknownExamples.slice(0, 5), absolute: seeded.size > 0 && unknownPrior === 0 };
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
    accs = new Map();
    add(vatID, kind, method, seconds, height, ordinal) {
        const key = accKey(vatID, kind, method);
        let a = this.accs.get(key);
        if (!a) {
            a = { vatID, kind, method, count: 0, total: 0, first: [], last: [], lastPos: 0, byHeight: emptySums(), byOrdinal: emptySums() };
            this.accs.set(key, a);
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
        return [...this.accs.values()];
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
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _slog_file_scan_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7646);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7816);
/**
 * Scans slog files, in parallel worker threads when a worker script is given (one file per worker,
 * up to the number of cores), else in-process one after the other. Results come back in input order,
 * so the merge is deterministic whatever finishes first.
 */




const WORKER_ROLE = 'loadgen-gate-scan';
async function scanFiles(files, opts, skipUpTo = []) {
    const progress = (file, bytes, lines) => opts.log.info(`  ${file}: ${(0,_logger_js__WEBPACK_IMPORTED_MODULE_3__/* .mib */ .jO)(bytes)} read, ${lines.toLocaleString('en-US')} lines`);
    const concurrency = Math.max(1, Math.min(opts.concurrency ?? node_os__WEBPACK_IMPORTED_MODULE_1___default().availableParallelism(), files.length));
    if (!opts.workerScript || concurrency === 1 || files.length === 1) {
        const out = [];
        for (let i = 0; i < files.length; i++) {
            out.push(await (0,_slog_file_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .scanSlogFile */ .Do)(files[i], { skipUpTo: skipUpTo[i], onProgress: progress, maxLineBytes: opts.maxLineBytes }));
        }
        return out;
    }
    const results = new Array(files.length);
    let next = 0;
    const runOne = (i) => new Promise((resolve, reject) => {
        const w = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(opts.workerScript, {
            workerData: { role: WORKER_ROLE, file: files[i], options: { skipUpTo: skipUpTo[i], maxLineBytes: opts.maxLineBytes } },
        });
        w.on('message', (m) => {
            if (m?.type === 'progress')
                progress(m.file, m.bytes, m.lines);
            else if (m?.type === 'done')
                results[i] = m.scan;
            else if (m?.type === 'error')
                reject(new Error(m.message));
        });
        w.on('error', reject);
        w.on('exit', (code) => (results[i] ? resolve() : reject(new Error(`scan worker for ${files[i]} exited with code ${code}`))));
    });
    const lanes = Array.from({ length: concurrency }, async () => {
        while (next < files.length)
            await runOne(next++);
    });
    await Promise.all(lanes);
    return results;
}
/** Worker side: scan one file and post the result. */
async function runScanWorker(data, post) {
    try {
        const scan = await (0,_slog_file_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .scanSlogFile */ .Do)(data.file, {
            ...data.options,
            onProgress: (file, bytes, lines) => post({ type: 'progress', file, bytes, lines }),
        });
        post({ type: 'done', scan });
    }
    catch (e) {
        post({ type: 'error', message: e.message });
    }
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
    const raw = (0,external_node_fs_.createReadStream)(file, { highWaterMark: opts.highWaterMark ?? 1024 * 1024 });
    let bytesIn = 0;
    raw.on('data', (c) => {
        bytesIn += c.length;
    });
    let stream = raw;
    if (gzip) {
        // Z_SYNC_FLUSH lets a truncated tail yield everything decodable before it.
        const chunkSize = Number(process.env.LG_CHUNK ?? 256 * 1024);
        const gunzip = external_node_zlib_default().createGunzip({ finishFlush: (external_node_zlib_default()).constants.Z_SYNC_FLUSH, chunkSize, readableHighWaterMark: Number(process.env.LG_HWM ?? chunkSize * 4) });
        raw.on('error', (e) => gunzip.destroy(e));
        stream = raw.pipe(gunzip);
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
    let error;
    try {
        for await (const chunk of stream) {
            bytesOut += chunk.length;
            let pos = 0;
            const n = chunk.length;
            if (carryLen > 0 || carryOversized) {
                const nl = chunk.indexOf(NL, 0);
                if (nl < 0) {
                    appendCarry(chunk, 0, n);
                    continue;
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
            while (pos < n) {
                const nl = chunk.indexOf(NL, pos);
                if (nl < 0) {
                    appendCarry(chunk, pos, n);
                    break;
                }
                lines++;
                if (nl - pos > maxLineBytes)
                    onLine(chunk, pos, pos + prefixBytes, lines, true);
                else
                    onLine(chunk, pos, nl, lines, false);
                pos = nl + 1;
            }
            if (opts.onProgress && bytesIn >= nextProgress) {
                nextProgress = bytesIn + progressEvery;
                opts.onProgress(bytesIn, lines);
            }
        }
    }
    catch (e) {
        error = describeStreamError(e, gzip);
    }
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
/**
 * Cheap line classification: read the event `type` from the first bytes of a slog line without
 * decoding or parsing it. Both key orders occur (`{"type":…` since 2022-06, `{"time":…,"type":…`
 * before), see docs/formats.md §1.2.
 */
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
    if (buf[start + 1] === 0x22 && buf[start + 2] === 0x74 && buf[start + 3] === 0x79 && buf[start + 7] === 0x3a) {
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
/**
 * An allocation-free lookup of short ASCII strings given as byte ranges: `find` returns the index of
 * the name in the constructor list, or -1.
 */
class ByteTable {
    names;
    slots;
    keys;
    constructor(names) {
        this.names = names;
        let size = 16;
        while (size < names.length * 4)
            size *= 2;
        this.slots = new Int32Array(size).fill(-1);
        this.keys = names.map((n) => Buffer.from(n, 'latin1'));
        this.keys.forEach((k, id) => {
            let h = ByteTable.hash(k, 0, k.length) & (size - 1);
            while (this.slots[h] !== -1)
                h = (h + 1) & (size - 1);
            this.slots[h] = id;
        });
    }
    static hash(buf, start, end) {
        let h = (end - start) | 0;
        for (let i = start; i < end; i++)
            h = (Math.imul(h, 31) + buf[i]) | 0;
        return h ^ (h >>> 15);
    }
    find(buf, start, end) {
        const mask = this.slots.length - 1;
        const n = end - start;
        for (let h = ByteTable.hash(buf, start, end) & mask;; h = (h + 1) & mask) {
            const id = this.slots[h];
            if (id === -1)
                return -1;
            const k = this.keys[id];
            if (k.length !== n)
                continue;
            let i = 0;
            while (i < n && k[i] === buf[start + i])
                i++;
            if (i === n)
                return id;
        }
    }
}
/** Result of `typeCode` for a line without a readable type. */
const NO_TYPE = -2;
/** Result of `typeCode` for a type not in the table (read it with `lineType`). */
const OTHER_TYPE = -1;
/** `table.find` of the line's type, or NO_TYPE / OTHER_TYPE; never allocates. */
function typeCode(table, buf, start, end) {
    if (!findType(buf, start, end))
        return NO_TYPE;
    return table.find(buf, span.start, span.end);
}
/** True when `needle` (ASCII) occurs in the first `window` bytes of the line. */
function prefixHas(buf, start, end, needle, window = 400) {
    const lim = Math.min(end, start + window);
    const first = needle[0];
    const n = needle.length;
    outer: for (let i = start, last = lim - n; i <= last; i++) {
        if (buf[i] !== first)
            continue;
        for (let j = 1; j < n; j++)
            if (buf[i + j] !== needle[j])
                continue outer;
        return true;
    }
    return false;
}

// EXTERNAL MODULE: ./src/slog/diagnostics.ts
var diagnostics = __nccwpck_require__(9625);
;// CONCATENATED MODULE: ./src/slog/json-bytes.ts
/**
 * A small validating JSON reader over a byte range of a Buffer, used to pick the few fields the
 * scanner needs out of big slog lines without `JSON.parse` building the whole object.
 *
 * It follows the JSON grammar (RFC 8259) strictly, so a line it reads is a line `JSON.parse` would
 * accept, and it reads values with `JSON.parse` semantics (last duplicate key wins, numbers correctly
 * rounded). Invalid UTF-8 is not an error (the reference decodes with `buf.toString('utf8')`, which
 * substitutes U+FFFD), and it is decoded the same way here. Anything unusual (a key with escapes,
 * nesting deeper than MAX_DEPTH) makes it give up: the caller then re-reads the line with
 * `JSON.parse`, which also decides whether the line is garbage.
 *
 * Usage: `reset(buf, start, end)`, then `objectStart()` and `for (let f = true; j.more(f); f = false)`
 * over members with `key()` and a value reader (`string()`, `number()`, `isTrue()`, `skip()`, ...).
 * Errors set `bad` and make every later call a no-op; check it (or `end()`) once at the end.
 */
const MAX_DEPTH = 64;
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
    /** Consumes `{`; false (and `bad`) if the next value is not an object. */
    objectStart() {
        if (this.peek() !== LBRACE)
            return this.fail();
        this.pos++;
        return true;
    }
    /** Consumes `[`; false (and `bad`) if the next value is not an array. */
    arrayStart() {
        if (this.peek() !== LBRACKET)
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
     * Reads a member key and its `:`. Returns true with the raw key bytes in strStart..strEnd; keys
     * with escapes are not handled (bad).
     */
    key() {
        if (this.peek() !== QUOTE || !this.scanString() || this.strEscaped)
            return this.fail();
        if (this.peek() !== COLON)
            return this.fail();
        this.pos++;
        return true;
    }
    /** The last key (or string) equals the ASCII bytes of `name`. */
    keyIs(name) {
        const n = name.length;
        const s = this.strStart;
        if (this.strEnd - s !== n)
            return false;
        const b = this.buf;
        for (let i = 0; i < n; i++)
            if (b[s + i] !== name[i])
                return false;
        return true;
    }
    /** Only whitespace is left: the line was exactly one JSON value. */
    atEnd() {
        if (this.bad)
            return false;
        return this.peek() === -1;
    }
    /** At `"`: scans the string, validating escapes and control characters. */
    scanString() {
        const b = this.buf;
        const e = this.end;
        let p = this.pos + 1;
        const s = p;
        let escaped = false;
        let nonAscii = false;
        while (p < e) {
            const c = b[p];
            if (c === QUOTE) {
                this.strStart = s;
                this.strEnd = p;
                this.strEscaped = escaped;
                this.strNonAscii = nonAscii;
                this.pos = p + 1;
                return true;
            }
            if (c === BACKSLASH) {
                escaped = true;
                const d = p + 1 < e ? b[p + 1] : -1;
                if (d === 0x75 /* u */) {
                    if (p + 5 >= e || !isHex(b[p + 2]) || !isHex(b[p + 3]) || !isHex(b[p + 4]) || !isHex(b[p + 5]))
                        return this.fail();
                    p += 6;
                }
                else if (d === QUOTE || d === BACKSLASH || d === 0x2f || d === 0x62 || d === 0x66 || d === 0x6e || d === 0x72 || d === 0x74) {
                    p += 2;
                }
                else {
                    return this.fail();
                }
                continue;
            }
            if (c < 0x20)
                return this.fail();
            if (c >= 0x80)
                nonAscii = true;
            p++;
        }
        return this.fail();
    }
    /** Decoded value of the last scanned string. */
    stringValue() {
        const { buf, strStart: s, strEnd: e } = this;
        if (this.strEscaped)
            return JSON.parse(buf.toString('utf8', s - 1, e + 1));
        return buf.toString(this.strNonAscii ? 'utf8' : 'latin1', s, e);
    }
    /** The next value as a string, or undefined when it is another kind of value (skipped). */
    string() {
        if (this.peek() === QUOTE)
            return this.scanString() ? this.stringValue() : undefined;
        this.skip();
        return undefined;
    }
    /** At a number: validates it; false (bad) if it is not a JSON number. */
    skipNumber() {
        const b = this.buf;
        const e = this.end;
        let p = this.pos;
        if (p < e && b[p] === MINUS)
            p++;
        if (p >= e)
            return this.fail();
        if (b[p] === ZERO)
            p++;
        else if (isDigit(b[p]))
            while (p < e && isDigit(b[p]))
                p++;
        else
            return this.fail();
        if (p < e && b[p] === DOT) {
            p++;
            if (p >= e || !isDigit(b[p]))
                return this.fail();
            while (p < e && isDigit(b[p]))
                p++;
        }
        if (p < e && (b[p] | 0x20) === 0x65 /* e E */) {
            p++;
            if (p < e && (b[p] === 0x2b || b[p] === MINUS))
                p++;
            if (p >= e || !isDigit(b[p]))
                return this.fail();
            while (p < e && isDigit(b[p]))
                p++;
        }
        this.pos = p;
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
        const s = this.pos;
        if (!this.skipNumber())
            return undefined;
        const b = this.buf;
        const e = this.pos;
        // Clinger's fast path: an integer mantissa below 2^53 divided by an exact power of ten is
        // correctly rounded, as JSON.parse is. Exponents and longer mantissas take the slow path.
        let m = 0;
        let frac = -1;
        let i = s;
        const neg = b[i] === MINUS;
        if (neg)
            i++;
        for (; i < e; i++) {
            const d = b[i];
            if (d === DOT)
                frac = 0;
            else if (d >= 0x30 && d <= 0x39) {
                m = m * 10 + (d - 0x30);
                if (frac >= 0)
                    frac++;
            }
            else {
                m = TWO_53; // exponent
                break;
            }
        }
        let v;
        if (m < TWO_53 && frac <= 22)
            v = frac > 0 ? m / POW10[frac] : m;
        else
            v = Number(b.toString('latin1', s, e));
        if (neg)
            v = -v;
        return Number.isFinite(v) ? v : undefined;
    }
    /** The next value is the literal `true` (consumed); any other value is skipped. */
    isTrue() {
        if (this.peek() === 0x74 && this.literal('true'))
            return true;
        this.skip();
        return false;
    }
    literal(word) {
        const b = this.buf;
        const p = this.pos;
        if (p + word.length > this.end)
            return this.fail();
        for (let i = 0; i < word.length; i++)
            if (b[p + i] !== word.charCodeAt(i))
                return this.fail();
        this.pos = p + word.length;
        return true;
    }
    /** Validates and skips the next value; false (bad) on a syntax error. */
    skip(depth = 0) {
        if (this.bad)
            return false;
        const c = this.peek();
        switch (c) {
            case QUOTE:
                return this.scanString();
            case LBRACE:
            case LBRACKET: {
                if (depth >= MAX_DEPTH)
                    return this.fail();
                const isObject = c === LBRACE;
                this.pos++;
                for (let f = true; this.more(f, isObject ? RBRACE : RBRACKET); f = false) {
                    if (isObject && !this.key())
                        return false;
                    if (!this.skip(depth + 1))
                        return false;
                }
                return !this.bad;
            }
            case 0x74:
                return this.literal('true');
            case 0x66:
                return this.literal('false');
            case 0x6e:
                return this.literal('null');
            default:
                if (c === MINUS || isDigit(c))
                    return this.skipNumber();
                return this.fail();
        }
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
/** The delivery's `kd` value (parsed from its byte range when read by the fast reader). */
function kdOf(f, buf) {
    return f.kdStart >= 0 ? JSON.parse(buf.toString('utf8', f.kdStart, f.kdEnd)) : f.kd;
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
];
const KEYS = new ByteTable(KEY_NAMES);
const K = Object.fromEntries(KEY_NAMES.map((n, i) => [n, i]));
/** Delivery kinds and c-list modes, returned as shared strings instead of new ones per line. */
const WORDS = new ByteTable([
    'message', 'notify', 'dropExports', 'retireExports', 'retireImports', 'bringOutYourDead', 'startVat', 'stopVat',
    'changeVatOptions', 'import', 'export', 'drop',
]);
const j = new JsonBytes();
/** A member key of the current object, as an index into KEY_NAMES (-1 for others). */
const keyId = () => (j.key() ? KEYS.find(j.buf, j.strStart, j.strEnd) : -2);
/** The next value as a string, shared when it is one of WORDS. */
function word() {
    if (j.peek() !== 0x22) {
        j.skip();
        return undefined;
    }
    if (!j.scanString())
        return undefined;
    if (!j.strEscaped) {
        const id = WORDS.find(j.buf, j.strStart, j.strEnd);
        if (id >= 0)
            return WORDS.names[id];
    }
    return j.stringValue();
}
function fastDeliver(buf, start, end, f) {
    f.vatID = f.deliveryNum = f.kind = f.time = f.monotime = f.kd = undefined;
    f.hasCrankNum = f.replay = false;
    f.method = null;
    f.kdStart = f.kdEnd = -1;
    j.reset(buf, start, end);
    if (!j.objectStart())
        return false;
    for (let first = true; j.more(first); first = false) {
        switch (keyId()) {
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
            kind = word();
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
    for (let first = true; j.more(first); first = false) {
        switch (keyId()) {
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
                for (let f2 = true; j.more(f2); f2 = false) {
                    const k = keyId();
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
        while (q < e && isIdent(buf[q]))
            q++;
        if (q + 1 < e && buf[q] === 0x5c && buf[q + 1] === 0x22)
            return buf.toString('latin1', n0, q);
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
    j.reset(buf, start, end);
    if (!j.objectStart())
        return false;
    for (let first = true; j.more(first); first = false) {
        switch (keyId()) {
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
                f.time = j.number();
                break;
            case K.monotime:
                f.monotime = j.number();
                break;
            case K.dr:
                readDr(f);
                break;
            default: j.skip();
        }
    }
    return j.atEnd();
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
            for (let f2 = true; j.more(f2); f2 = false) {
                const k = keyId();
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
function fastClist(buf, start, end, f) {
    f.mode = f.vatID = f.kobj = f.vobj = undefined;
    j.reset(buf, start, end);
    if (!j.objectStart())
        return false;
    for (let first = true; j.more(first); first = false) {
        switch (keyId()) {
            case -2: return false;
            case K.mode:
                f.mode = word();
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







const REPLAY_TRUE = Buffer.from('"replay":true');
const DROP_IMPORTS = Buffer.from('dropImports');
/** Every known event type gets a code; the scanner switches on the ones it reads. */
const TYPES = new ByteTable([...diagnostics/* KNOWN_TYPES */.E]);
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
const file_scan_num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const file_scan_str = (v) => (typeof v === 'string' ? v : undefined);
async function scanSlogFile(file, opts = {}) {
    const name = external_node_path_default().basename(file);
    const diag = new diagnostics/* Diagnostics */.r();
    const stats = new delivery_stats/* DeliveryStats */.yI();
    const clist = new clist_replay/* ClistReplay */.B4();
    const vats = {};
    const boyd = {};
    const lastBoydIdx = new Map();
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
    let open = null;
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
        if (d.replay || !d.hasCrankNum) {
            replaySkipped++;
            return;
        }
        if (open)
            diag.add('unpaired-deliver', where(open.line), `deliver ${open.vatID}#${open.deliveryNum} has no deliver-result`);
        const method = kind === 'message' ? d.method ?? '(unknown method)' : null;
        open = { vatID, deliveryNum, kind, method, time: d.time ?? NaN, monotime: d.monotime, line, height: currentHeight() };
        if (kind !== 'bringOutYourDead')
            lastBoydIdx.delete(vatID);
        const reReach = (kind === 'message' || kind === 'notify') && clist.hasWeakImports(vatID);
        if (kind === 'dropExports' || reReach) {
            const kd = kdOf(d, buf);
            if (Array.isArray(kd)) {
                if (kind === 'dropExports') {
                    if (Array.isArray(kd[1]))
                        clist.dropExports(vatID, kd[1].filter((k) => typeof k === 'string'));
                }
                else
                    clist.delivered(vatID, krefsOf(kd));
            }
        }
    };
    const onResult = (r, buf, line) => {
        const { vatID, deliveryNum } = r;
        if (r.replay || (!r.hasCrankNum && !open)) {
            replaySkipped++;
            return;
        }
        const o = open;
        if (!o || o.vatID !== vatID || o.deliveryNum !== deliveryNum) {
            diag.add('unpaired-result', where(line), `deliver-result ${vatID}#${deliveryNum} has no matching deliver`);
            return;
        }
        open = null;
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
            seconds = mt !== undefined && o.monotime !== undefined ? mt - o.monotime : (r.time ?? NaN) - o.time;
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
            const ret = retentionOf(r, buf);
            if (ret) {
                const rec = numericRecord(ret);
                if (!v.retentionFirst)
                    v.retentionFirst = rec;
                v.retentionLast = rec;
            }
        }
    };
    // Reused per line: the fields of the current deliver / deliver-result / clist event.
    const dFields = newDeliverFields();
    const rFields = newResultFields();
    const cFields = newClistFields();
    const reference = opts.reference === true;
    const onLine = (buf, start, end, line, oversized) => {
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
                if (prefixHas(buf, start, end, REPLAY_TRUE, 200)) {
                    replaySkipped++;
                    return;
                }
                if (reference || !fastDeliver(buf, start, end, dFields)) {
                    const ev = parse(buf, start, end, line);
                    if (!ev)
                        return;
                    deliverFromEvent(ev, dFields);
                }
                events++;
                onDeliver(dFields, buf, line);
                return;
            }
            case T_RESULT: {
                if (prefixHas(buf, start, end, REPLAY_TRUE, 200)) {
                    replaySkipped++;
                    return;
                }
                if (reference || !fastResult(buf, start, end, rFields)) {
                    const ev = parse(buf, start, end, line);
                    if (!ev)
                        return;
                    resultFromEvent(ev, rFields);
                }
                events++;
                onResult(rFields, buf, line);
                return;
            }
            case T_CLIST: {
                if (reference || !fastClist(buf, start, end, cFields)) {
                    const ev = parse(buf, start, end, line);
                    if (!ev)
                        return;
                    clistFromEvent(ev, cFields);
                }
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
                if (!prefixHas(buf, start, end, DROP_IMPORTS, 400) || prefixHas(buf, start, end, REPLAY_TRUE, 200))
                    return;
                const ev = parse(buf, start, end, line);
                if (!ev || ev.replay === true)
                    return;
                const ksc = ev.ksc;
                const vatID = file_scan_str(ev.vatID);
                if (vatID && Array.isArray(ksc) && ksc[0] === 'dropImports' && Array.isArray(ksc[1])) {
                    events++;
                    clist.dropImports(vatID, ksc[1].filter((k) => typeof k === 'string'));
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
                const ev = parse(buf, start, end, line);
                const vatID = ev && file_scan_str(ev.vatID);
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
                const ev = parse(buf, start, end, line);
                const h = ev && file_scan_num(ev.blockHeight);
                if (h === undefined)
                    return;
                events++;
                sawEndBlock = true;
                ebHeight = h;
                ebStart = { time: file_scan_num(ev.time) ?? NaN, monotime: file_scan_num(ev.monotime) };
                noteHeight(h, ebStart.time);
                return;
            }
            case T_END_BLOCK_FINISH: {
                const ev = parse(buf, start, end, line);
                if (!ev)
                    return;
                events++;
                const t = file_scan_num(ev.time) ?? NaN;
                if (ebStart) {
                    const mt = file_scan_num(ev.monotime);
                    const secs = file_scan_num(ev.seconds) ?? (mt !== undefined && ebStart.monotime !== undefined ? mt - ebStart.monotime : t - ebStart.time);
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
                const ev = parse(buf, start, end, line);
                const h = ev && file_scan_num(ev.blockHeight);
                if (h === undefined)
                    return;
                events++;
                runHeight = h;
                noteHeight(h, file_scan_num(ev.time) ?? NaN);
                return;
            }
            case T_RUN_FINISH: {
                if (sawEndBlock || runHeight === null)
                    return;
                const ev = parse(buf, start, end, line);
                const t = ev && file_scan_num(ev.time);
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
    const read = await readLines(file, onLine, {
        maxLineBytes: opts.maxLineBytes,
        onProgress: opts.onProgress ? (b, l) => opts.onProgress(file, b, l) : undefined,
    });
    if (open) {
        const o = open;
        diag.add('unpaired-deliver', where(o.line), `deliver ${o.vatID}#${o.deliveryNum} has no deliver-result (end of file)`);
    }
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
    const r = {};
    for (const [k, v] of Object.entries(o))
        if (typeof v === 'number' && Number.isFinite(v))
            r[k] = v;
    return r;
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
const CREATE_VAT_WINDOW = 16 * 1024;
const FIELD_RE = /"(vatID|name|managerType|description)":("(?:[^"\\]|\\.)*")/g;
/** `create-vat` lines carry the whole vat bundle; read the leading fields from a prefix only. */
function createVatFields(buf, start, end) {
    const head = buf.toString('utf8', start, Math.min(end, start + CREATE_VAT_WINDOW));
    const cut = head.indexOf('"vatSourceBundle"');
    const text = cut >= 0 ? head.slice(0, cut) : head;
    const out = {};
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
