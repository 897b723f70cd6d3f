import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6146:
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

/***/ 4839:
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

/***/ 3858:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _pipeline_scan_files_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3441);
/**
 * GitHub Action entry (dist/index.js). Thin: it starts the scan worker when spawned as one, and
 * otherwise hands over to the action publisher.
 */


if (!node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.role === _pipeline_scan_files_js__WEBPACK_IMPORTED_MODULE_1__/* .WORKER_ROLE */ .MJ) {
    await (0,_pipeline_scan_files_js__WEBPACK_IMPORTED_MODULE_1__/* .runScanWorker */ .fR)(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData, (m) => node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage(m));
}
else {
    const { runAction } = await Promise.all(/* import() */[__nccwpck_require__.e(612), __nccwpck_require__.e(91)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6091));
    await runAction(new URL(import.meta.url));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9978:
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

/***/ 3441:
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
/* harmony import */ var _slog_file_scan_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1864);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9978);
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

/***/ 519:
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

/***/ 1864:
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
        const gunzip = external_node_zlib_default().createGunzip({ finishFlush: (external_node_zlib_default()).constants.Z_SYNC_FLUSH, chunkSize: 256 * 1024 });
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
/** Returns the event type, or null when the line is not a JSON object with a leading `type`. */
function lineType(buf, start, end) {
    if (end - start < 12 || buf[start] !== 0x7b /* { */)
        return null;
    let p = -1;
    // Fast path: `{"type":"` at offset 1.
    if (buf[start + 1] === 0x22 && buf[start + 2] === 0x74 && buf[start + 3] === 0x79 && buf[start + 7] === 0x3a) {
        p = start + 1;
    }
    else {
        const lim = Math.min(end, start + SCAN_WINDOW);
        p = buf.subarray(start, lim).indexOf(TYPE_KEY);
        if (p < 0)
            return null;
        p += start;
    }
    const s = p + TYPE_KEY.length;
    const lim = Math.min(end, s + 128);
    for (let i = s; i < lim; i++) {
        const c = buf[i];
        if (c === 0x22)
            return buf.toString("latin1", s, i);
        if (c === 0x5c || c < 0x20)
            return null; // escapes or control chars: not a type we know
    }
    return null;
}
/** True when `needle` (ASCII) occurs in the first `window` bytes of the line. */
function prefixHas(buf, start, end, needle, window = 400) {
    const lim = Math.min(end, start + window);
    return buf.subarray(start, lim).indexOf(needle) >= 0;
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

// EXTERNAL MODULE: ./src/slog/diagnostics.ts
var diagnostics = __nccwpck_require__(519);
// EXTERNAL MODULE: ./src/analyzers/delivery-stats.ts
var delivery_stats = __nccwpck_require__(4839);
// EXTERNAL MODULE: ./src/analyzers/clist-replay.ts
var clist_replay = __nccwpck_require__(6146);
;// CONCATENATED MODULE: ./src/slog/file-scan.ts
/**
 * One streaming pass over one slog file feeding every analyzer: delivery pairing, block
 * attribution, per-kind/method delivery times, BOYD and heap samples, vat names and the c-list
 * replay. The result is a plain, structured-cloneable `FileScan` (so it can come back from a worker
 * thread) that `merge-scans.ts` combines across stage files in stage order.
 */







const REPLAY_TRUE = Buffer.from('"replay":true');
const DROP_IMPORTS = Buffer.from('dropImports');
function stageOf(file) {
    const m = /(?:^|[^0-9])stage-?(\d+)(?:[^0-9]|$)/i.exec(external_node_path_default().basename(file));
    return m ? Number(m[1]) : null;
}
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v) => (typeof v === 'string' ? v : undefined);
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
    const onDeliver = (ev, line) => {
        const vatID = str(ev.vatID);
        const deliveryNum = num(ev.deliveryNum);
        const vd = ev.vd;
        if (!vatID || deliveryNum === undefined || !Array.isArray(vd) || typeof vd[0] !== 'string') {
            diag.add('wrong-shape', where(line), '`deliver` without vatID, deliveryNum or vd[0]; line skipped');
            return;
        }
        if (ev.replay === true || ev.crankNum === undefined) {
            replaySkipped++;
            return;
        }
        if (open)
            diag.add('unpaired-deliver', where(open.line), `deliver ${open.vatID}#${open.deliveryNum} has no deliver-result`);
        const kind = vd[0];
        const method = kind === 'message' ? methodFromMessage(vd[2]) ?? '(unknown method)' : null;
        const time = num(ev.time) ?? NaN;
        open = { vatID, deliveryNum, kind, method, time, monotime: num(ev.monotime), line, height: currentHeight() };
        if (kind !== 'bringOutYourDead')
            lastBoydIdx.delete(vatID);
        const kd = ev.kd;
        if (Array.isArray(kd)) {
            if (kind === 'dropExports' && Array.isArray(kd[1]))
                clist.dropExports(vatID, kd[1].filter((k) => typeof k === 'string'));
            else if ((kind === 'message' || kind === 'notify') && clist.hasWeakImports(vatID))
                clist.delivered(vatID, krefsOf(kd));
        }
    };
    const onResult = (ev, line) => {
        const vatID = str(ev.vatID);
        const deliveryNum = num(ev.deliveryNum);
        if (ev.replay === true || (ev.crankNum === undefined && !open)) {
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
        let seconds = num(ev.seconds);
        if (seconds === undefined) {
            const mt = num(ev.monotime);
            seconds = mt !== undefined && o.monotime !== undefined ? mt - o.monotime : (num(ev.time) ?? NaN) - o.time;
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
        const dr = Array.isArray(ev.dr) ? ev.dr : [];
        const usage = dr[2] && typeof dr[2] === 'object' ? dr[2] : null;
        const heap = usage ? num(usage.currentHeapCount) : undefined;
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
            const ret = dr[1];
            if (ret && typeof ret === 'object' && !Array.isArray(ret)) {
                const r = numericRecord(ret);
                if (!v.retentionFirst)
                    v.retentionFirst = r;
                v.retentionLast = r;
            }
        }
    };
    const onLine = (buf, start, end, line, oversized) => {
        if (end <= start)
            return;
        const type = lineType(buf, start, end);
        if (type === null) {
            if (isBlank(buf, start, end))
                return;
            if (oversized)
                diag.add('oversized-line', where(line), 'line too long and not a known event; skipped');
            else if (parse(buf, start, end, line))
                diag.add('wrong-shape', where(line), 'event without a `type`; line skipped');
            return;
        }
        if (oversized && type !== 'create-vat') {
            diag.add('oversized-line', where(line), `${type} line over the line-size cap; skipped`);
            return;
        }
        switch (type) {
            case 'deliver': {
                if (prefixHas(buf, start, end, REPLAY_TRUE, 200)) {
                    replaySkipped++;
                    return;
                }
                const ev = parse(buf, start, end, line);
                if (ev) {
                    events++;
                    onDeliver(ev, line);
                }
                return;
            }
            case 'deliver-result': {
                if (prefixHas(buf, start, end, REPLAY_TRUE, 200)) {
                    replaySkipped++;
                    return;
                }
                const ev = parse(buf, start, end, line);
                if (ev) {
                    events++;
                    onResult(ev, line);
                }
                return;
            }
            case 'clist': {
                const ev = parse(buf, start, end, line);
                if (!ev)
                    return;
                const vatID = str(ev.vatID);
                const kref = str(ev.kobj);
                const vref = str(ev.vobj);
                const mode = str(ev.mode);
                if (!vatID || !kref || !vref || !mode) {
                    diag.add('wrong-shape', where(line), '`clist` without vatID/kobj/vobj/mode; line skipped');
                    return;
                }
                events++;
                clist.clist(mode, vatID, kref, vref);
                return;
            }
            case 'syscall': {
                if (!prefixHas(buf, start, end, DROP_IMPORTS, 400) || prefixHas(buf, start, end, REPLAY_TRUE, 200))
                    return;
                const ev = parse(buf, start, end, line);
                if (!ev || ev.replay === true)
                    return;
                const ksc = ev.ksc;
                const vatID = str(ev.vatID);
                if (vatID && Array.isArray(ksc) && ksc[0] === 'dropImports' && Array.isArray(ksc[1])) {
                    events++;
                    clist.dropImports(vatID, ksc[1].filter((k) => typeof k === 'string'));
                }
                return;
            }
            case 'create-vat': {
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
            case 'heap-snapshot-save': {
                const ev = parse(buf, start, end, line);
                const vatID = ev && str(ev.vatID);
                if (!vatID)
                    return;
                events++;
                const idx = lastBoydIdx.get(vatID);
                if (idx !== undefined)
                    boyd[vatID].preSnapshot[idx] = 1;
                lastBoydIdx.delete(vatID);
                return;
            }
            case 'cosmic-swingset-bootstrap-block-start':
                // Genesis: the vats created so far in this file were initialized with this kernel.
                genesis = true;
                events++;
                for (const vatID of Object.keys(vats))
                    if (vats[vatID].name || vats[vatID].managerType)
                        clist.genesisVat(vatID);
                return;
            case 'cosmic-swingset-bootstrap-block-finish':
                genesis = false;
                events++;
                return;
            case 'cosmic-swingset-end-block-start': {
                const ev = parse(buf, start, end, line);
                const h = ev && num(ev.blockHeight);
                if (h === undefined)
                    return;
                events++;
                sawEndBlock = true;
                ebHeight = h;
                ebStart = { time: num(ev.time) ?? NaN, monotime: num(ev.monotime) };
                noteHeight(h, ebStart.time);
                return;
            }
            case 'cosmic-swingset-end-block-finish': {
                const ev = parse(buf, start, end, line);
                if (!ev)
                    return;
                events++;
                const t = num(ev.time) ?? NaN;
                if (ebStart) {
                    const mt = num(ev.monotime);
                    const secs = num(ev.seconds) ?? (mt !== undefined && ebStart.monotime !== undefined ? mt - ebStart.monotime : t - ebStart.time);
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
            case 'cosmic-swingset-run-start': {
                if (sawEndBlock)
                    return;
                const ev = parse(buf, start, end, line);
                const h = ev && num(ev.blockHeight);
                if (h === undefined)
                    return;
                events++;
                runHeight = h;
                noteHeight(h, num(ev.time) ?? NaN);
                return;
            }
            case 'cosmic-swingset-run-finish': {
                if (sawEndBlock || runHeight === null)
                    return;
                const ev = parse(buf, start, end, line);
                const t = ev && num(ev.time);
                if (t !== undefined)
                    lastBlockTime = t;
                clist.checkpoint(runHeight);
                runHeight = null;
                return;
            }
            default:
                if (!diagnostics/* KNOWN_TYPES */.E.has(type))
                    diag.add('unknown-event', where(line), `unknown event type "${type.slice(0, 60)}"; ignored`);
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
/******/ var __webpack_exports__ = __nccwpck_require__(3858);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
