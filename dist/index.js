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
/* harmony export */   t6: () => (/* binding */ EXP_R)
/* harmony export */ });
/* unused harmony exports PROM, DEV, stateForVref */
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
const ENSURE = { ensure: true, exact: true };
const EXACT = { exact: true };
/** `assumedOld` marker: the operation creates the entry, so its old state is known to be absent. */
const CREATE = -1;
const STATE_MASK = 7;
/** Correction bucket of a vat termination. */
const WIPE = -1;
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
    set(v, kref, next, assumedOld, root = false, flags) {
        const m = v.known;
        const c = v.counts;
        const old = m.get(kref) ?? (assumedOld === CREATE ? 0 : undefined);
        if (old === undefined) {
            this.foreign.push({ vatID: v.vatID, kref, pointIndex: v.points.length, assumed: assumedOld, ...(root ? { root } : {}), ...flags });
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
    /**
     * Translations: the vat's c-list maps `kref` to `vref` (an object). When the entry is known in
     * this file, it only changes when `reach` is set and it is recognizable-only (the kernel sets the
     * reachable flag of imports it delivers and of exports the vat sends). An entry not known in this
     * file is recorded in its reachable state as an `ensure` op, resolved at merge.
     */
    ensure(vatID, kref, vref, reach) {
        const s = stateForVref(vref);
        if (s !== EXP_R && s !== IMP_R)
            return;
        const v = this.vat(vatID);
        const old = v.known.get(kref);
        if (old === undefined)
            this.set(v, kref, s, s, vref === 'o+0', ENSURE);
        else if ((old & STATE_MASK) === 0 || (reach && (old & STATE_MASK) === s + 1))
            this.set(v, kref, s, s);
    }
    /** Translations: a known object entry changes state (`next` 0 = deleted); `assumed` is its state before when not known. */
    translated(vatID, kref, vref, next, assumed) {
        if (vref.charCodeAt(0) !== 0x6f /* o */)
            return;
        this.set(this.vat(vatID), kref, next, assumed, vref === 'o+0', EXACT);
    }
    /** Translations: the vat was terminated; the kernel deletes its whole c-list. */
    wipe(vatID) {
        const v = this.vat(vatID);
        for (const [kref, s] of [...v.known])
            if (s & STATE_MASK)
                this.set(v, kref, 0, s & STATE_MASK);
        this.foreign.push({ vatID, kref: '', pointIndex: v.points.length, assumed: 0, wipe: true });
        if (!v.dirty) {
            v.dirty = true;
            this.dirty.push(v);
        }
        this.events++;
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
    finish(lastHeight, source) {
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
        return { points, finalDelta, foreign: this.foreign, touched, events: this.events, rootSeeds: this.seeds, ...(source ? { source } : {}) };
    }
    /** Operations recorded so far (0 = nothing seen that changes a c-list). */
    get size() {
        return this.events;
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
    /** Vats with points from files replayed from translations / from `clist` events. */
    const sources = new Set();
    const eventSources = new Set();
    const key = (v, k) => `${v} ${k}`;
    for (const f of files) {
        for (const vatID of f.rootSeeds ?? []) {
            if (seeded.has(vatID))
                continue;
            seeded.add(vatID);
            (f.source ? sources : eventSources).add(vatID);
            const b = base.get(vatID) ?? zero();
            b[EXP_R]++;
            base.set(vatID, b);
        }
        // Corrections: per vat, list of [pointIndex, bucket] to decrement from that point on
        // (bucket WIPE: from that point on the vat has no entries).
        const corr = new Map();
        const wiped = [];
        for (const op of f.foreign) {
            let list = corr.get(op.vatID);
            if (op.wipe) {
                if (!list)
                    corr.set(op.vatID, (list = []));
                list.push([op.pointIndex, WIPE]);
                wiped.push(op.vatID);
                continue;
            }
            let old = carried.get(key(op.vatID, op.kref)) ?? 0;
            if (old === 0) {
                // In a run that starts at genesis, the only unlogged entries are the vats' root exports:
                // the first unknown export a seeded vat touches is its root object (with translations,
                // where the vref is known: its `o+0`, once; after that an unknown `o+0` is a new entry).
                const isExport = op.assumed === EXP_R || op.assumed === EXP_U;
                const claim = op.exact ? op.root && !rootClaimed.has(op.vatID) : op.root || !rootClaimed.has(op.vatID);
                if (seeded.has(op.vatID) && isExport && claim) {
                    rootClaimed.add(op.vatID);
                    old = EXP_R;
                }
                else if (op.ensure) {
                    // Not in any earlier file: created here.
                    old = 0;
                }
                else {
                    unknownPrior++;
                    unknownExamples.push(`${op.vatID}:${op.kref}`);
                    old = op.assumed;
                }
            }
            if (!old)
                continue;
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
            const apply = (p) => {
                const [, bucket] = list[ci++];
                if (bucket !== WIPE)
                    acc[bucket]--;
                else
                    for (let s = 1; s <= 6; s++)
                        acc[s] = -(b[s] + p[s]);
            };
            const d = f.finalDelta[vatID] ?? zero();
            const out = (points[vatID] ??= []);
            (f.points[vatID] ?? []).forEach((p, i) => {
                while (ci < list.length && list[ci][0] <= i)
                    apply(p);
                const abs = [p[0]];
                for (let s = 1; s <= 6; s++)
                    abs.push(b[s] + p[s] + acc[s]);
                out.push(abs);
            });
            while (ci < list.length)
                apply(d);
            const next = zero();
            for (let s = 1; s <= 6; s++)
                next[s] = b[s] + d[s] + acc[s];
            base.set(vatID, next);
            if (f.source)
                sources.add(vatID);
            else
                eventSources.add(vatID);
        }
        for (const vatID of wiped) {
            const prefix = key(vatID, '');
            for (const k of [...carried.keys()])
                if (k.startsWith(prefix))
                    carried.delete(k);
        }
        for (const [vatID, kref, s] of f.touched) {
            if (s)
                carried.set(key(vatID, kref), s);
            else
                carried.delete(key(vatID, kref));
        }
    }
    const bySource = Object.create(null);
    for (const vatID of new Set([...eventSources, ...sources])) {
        bySource[vatID] = sources.has(vatID) ? (eventSources.has(vatID) ? 'mixed' : 'translations') : 'clist-events';
    }
    return {
        points, final: Object.assign(Object.create(null), Object.fromEntries(base)), unknownPrior, unknownExamples: unknownExamples.slice(0, 5),
        absolute: seeded.size > 0 && unknownPrior === 0, sources: bySource,
    };
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
    const { runAction } = await Promise.all(/* import() */[__nccwpck_require__.e(849), __nccwpck_require__.e(620)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6620));
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
/* harmony import */ var _slog_file_scan_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(282);
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
            out.push(await (0,_slog_file_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .scanSlogFile */ .Do)(files[i], { skipUpTo: skipUpTo[i], onProgress: progress, maxLineBytes: opts.maxLineBytes, translations: opts.translations }));
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
        const job = (i) => ({ file: files[i], options: { skipUpTo: skipUpTo[i], maxLineBytes: opts.maxLineBytes, translations: opts.translations } });
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

/***/ 282:
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
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs + 1 modules
var esm = __nccwpck_require__(1776);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
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
    // The stream's error (the Z_FINISH of a truncated gzip, a corrupt block) must not discard
    // decoded data still buffered: chunks go through a PassThrough that simply ends on an error, and
    // the error is kept aside. Pulling from it keeps inflation a few chunks ahead of the parsing.
    let error;
    const queue = new external_node_stream_.PassThrough({ readableHighWaterMark: 4 * CHUNK, writableHighWaterMark: 4 * CHUNK });
    stream.on('data', (chunk) => {
        if (!queue.write(chunk))
            stream.pause();
    });
    queue.on('drain', () => stream.resume());
    stream.on('end', () => queue.end());
    stream.on('error', (e) => {
        error ??= describeStreamError(e, gzip);
        queue.end();
    });
    try {
        for await (const chunk of queue)
            processChunk(chunk);
    }
    catch (e) {
        error ??= describeStreamError(e, gzip);
    }
    finally {
        stream.destroy();
    }
    if (gzip && error !== undefined && !error.startsWith('truncated')) {
        // On a corrupt block Node's gunzip drops the output of the step that failed (up to a chunk of
        // good text before the damage). Decode the file again with a second inflater and hand over
        // whatever it gets past the point the first one reached, until it fails too.
        await salvageGzip(file, bytesOut, processChunk);
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
/**
 * Re-inflates a damaged gzip file with fflate and passes on only the bytes after the first `skip`
 * decoded bytes, stopping quietly at the first error. Runs only after the native inflater failed.
 */
async function salvageGzip(file, skip, sink) {
    let seen = 0;
    const g = new esm/* Gunzip */.as((data) => {
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
 * - a `terminate` event deletes the vat's whole c-list.
 * Only object entries (`o±…` ↔ `koNN`) are kept; promises and device nodes are not counted.
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
/** Deeper values are not walked (capdata is shallow; hostile lines may not be). */
const clist_translations_MAX_DEPTH = 24;
/** Calls `f` for every kref/vref pair at the same place in the kernel and vat forms. */
function pairRefs(k, v, f, depth = 0) {
    if (typeof k === 'string') {
        if (typeof v === 'string' && k.startsWith('ko') && v.charCodeAt(0) === 0x6f /* o */) {
            const sign = v.charCodeAt(1);
            if (sign === 0x2b /* + */ || sign === 0x2d /* - */)
                f(k, v);
        }
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
    dropExports: { exp: [clist_replay/* EXP_U */.AX, clist_replay/* EXP_R */.t6] },
    retireExports: { exp: [0, clist_replay/* EXP_U */.AX] },
    retireImports: { imp: [0, clist_replay/* IMP_U */.HX] },
    // syscalls (retire*: same names, other side; told apart by the vref sign)
    dropImports: { imp: [clist_replay/* IMP_U */.HX, clist_replay/* IMP_R */.OO] },
    abandonExports: { exp: [0, clist_replay/* EXP_R */.t6] },
};
/** The translation replay of one file (a `ClistReplay` fed from translations). */
class TranslationReplay {
    replay = new clist_replay/* ClistReplay */.B4();
    /** Syscall, syscall-result and terminate lines that changed the replay (the scan counts deliveries itself). */
    lines = 0;
    /** A non-replay `deliver` event. */
    deliver(ev) {
        const { vatID, kd, vd } = ev;
        if (typeof vatID !== 'string' || !Array.isArray(kd) || !Array.isArray(vd) || kd[0] !== vd[0])
            return;
        const tag = vd[0];
        if (tag === 'bringOutYourDead')
            return;
        const f = (kref, vref) => this.replay.ensure(vatID, kref, vref, vref.charCodeAt(1) === 0x2d /* imports */);
        if (tag === 'dropExports' || tag === 'retireExports' || tag === 'retireImports')
            this.list(vatID, tag, kd[1], vd[1]);
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
        if (Object.hasOwn(LIST_OPS, tag) && ksc[0] === tag) {
            const n = this.list(vatID, tag, ksc[1], vsc[1]);
            // The scan counts dropImports syscalls itself.
            if (n && tag !== 'dropImports')
                this.lines++;
            return n > 0;
        }
        // The kernel form of resolve/exit/subscribe/vatstore* names the vat after the tag.
        const k = ksc.length === vsc.length + 1 && ksc[1] === vatID ? [ksc[0], ...ksc.slice(2)] : ksc;
        let n = 0;
        // `send` target and slots, `resolve` data slots, `exit` info slots, `callNow` args slots.
        pairRefs(k.slice(1), vsc.slice(1), (kref, vref) => {
            n++;
            this.replay.ensure(vatID, kref, vref, vref.charCodeAt(1) === 0x2b /* exports */);
        });
        if (n)
            this.lines++;
        return n > 0;
    }
    /** A `syscall-result`: the capdata a `callNow` returns maps krefs into the vat (imports, reachable). */
    syscallResult(ev) {
        const { vatID, ksr, vsr } = ev;
        if (typeof vatID !== 'string' || !Array.isArray(ksr) || !Array.isArray(vsr))
            return;
        let n = 0;
        pairRefs(ksr[1], vsr[1], (kref, vref) => {
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
 * The c-list replay of one slog file: `clist` events as `ClistReplay` does, plus a translation
 * replay that lives until the file's first `clist` event (see the module comment).
 */
class SlogClistReplay extends clist_replay/* ClistReplay */.B4 {
    shadow;
    constructor(translations = true) {
        super();
        this.shadow = translations ? new TranslationReplay() : null;
    }
    /** The translation replay still runs: feed it `deliver`/`syscall`/`syscall-result`/`terminate` lines. */
    get translating() {
        return this.shadow !== null;
    }
    /** Lines only the translation replay used (0 unless the file is replayed from translations). */
    get translatedLines() {
        return this.shadow?.lines ?? 0;
    }
    clist(mode, vatID, kref, vref) {
        this.shadow = null;
        super.clist(mode, vatID, kref, vref);
    }
    checkpoint(height) {
        super.checkpoint(height);
        this.shadow?.replay.checkpoint(height);
    }
    genesisVat(vatID) {
        super.genesisVat(vatID);
        this.shadow?.replay.genesisVat(vatID);
    }
    finish(lastHeight) {
        const s = this.shadow;
        if (s && s.replay.size > 0)
            return s.replay.finish(lastHeight, 'translations');
        return super.finish(lastHeight);
    }
    /** A `deliver` line the scan counted as a delivery (not a replay). */
    deliverLine(buf, start, end) {
        const ev = parseLine(buf, start, end);
        if (ev && this.shadow)
            this.shadow.deliver(ev);
    }
    /** A `syscall` line. */
    syscallLine(buf, start, end) {
        if (!this.shadow || prefixHas(buf, start, end, VATSTORE, PREFIX_WINDOW))
            return;
        const ev = parseLine(buf, start, end);
        if (ev && ev.replay !== true && ev.crankNum !== undefined)
            this.shadow.syscall(ev);
    }
    /** A `syscall-result` line. */
    syscallResultLine(buf, start, end) {
        if (!this.shadow || !prefixHas(buf, start, end, OK_CAPDATA, end - start))
            return;
        const ev = parseLine(buf, start, end);
        if (ev && ev.replay !== true && ev.crankNum !== undefined)
            this.shadow.syscallResult(ev);
    }
    /** A `terminate` line. */
    terminateLine(buf, start, end) {
        const ev = this.shadow && parseLine(buf, start, end);
        if (ev && this.shadow)
            this.shadow.terminate(ev);
    }
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
const typeCodes = new Map(TYPES.names.map((n, i) => [n, i]));
function stageOf(file) {
    const m = /(?:^|[^0-9])stage-?(\d+)(?:[^0-9]|$)/i.exec(external_node_path_default().basename(file));
    return m ? Number(m[1]) : null;
}
async function scanSlogFile(file, opts = {}) {
    const name = external_node_path_default().basename(file);
    const diag = new diagnostics/* Diagnostics */.r();
    const stats = new delivery_stats/* DeliveryStats */.yI();
    const clist = new SlogClistReplay(opts.translations !== false);
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
                if (clist.translating && dFields.hasCrankNum)
                    clist.deliverLine(buf, start, end);
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
                if (clist.translating)
                    clist.syscallLine(buf, start, end);
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
            case T_SYSCALL_RESULT:
                if (clist.translating)
                    clist.syscallResultLine(buf, start, end);
                return;
            case T_TERMINATE:
                if (clist.translating)
                    clist.terminateLine(buf, start, end);
                return;
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
        events: events + clist.translatedLines,
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

/***/ }),

/***/ 1776:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  as: () => (/* binding */ Gunzip),
  EL: () => (/* binding */ Inflate)
});

// UNUSED EXPORTS: AsyncCompress, AsyncDecompress, AsyncDeflate, AsyncGunzip, AsyncGzip, AsyncInflate, AsyncUnzipInflate, AsyncUnzlib, AsyncZipDeflate, AsyncZlib, Compress, DecodeUTF8, Decompress, Deflate, EncodeUTF8, FlateErrorCode, Gzip, Unzip, UnzipInflate, UnzipPassThrough, Unzlib, Zip, ZipDeflate, ZipPassThrough, Zlib, compress, compressSync, decompress, decompressSync, deflate, deflateSync, gunzip, gunzipSync, gzip, gzipSync, inflate, inflateSync, strFromU8, strToU8, unzip, unzipSync, unzlib, unzlibSync, zip, zipSync, zlib, zlibSync

;// CONCATENATED MODULE: external "module"
const external_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");
;// CONCATENATED MODULE: ./node_modules/fflate/esm/index.mjs

var esm_require = (0,external_module_namespaceObject.createRequire)('/');
// DEFLATE is a complex format; to read this code, you should probably check the RFC first:
// https://tools.ietf.org/html/rfc1951
// You may also wish to take a look at the guide I made about this program:
// https://gist.github.com/101arrowz/253f31eb5abc3d9275ab943003ffecad
// Some of the following code is similar to that of UZIP.js:
// https://github.com/photopea/UZIP.js
// However, the vast majority of the codebase has diverged from UZIP.js to increase performance and reduce bundle size.
// Sometimes 0 will appear where -1 would be more appropriate. This is because using a uint
// is better for memory in most engines (I *think*).
var _a;
// Mediocre shim
var Worker;
var isMarkedAsUntransferable;
var workerAdd = ";var __w=require('worker_threads');__w.parentPort.on('message',function(m){onmessage({data:m})}),postMessage=function(m,t){__w.parentPort.postMessage(m,t)},close=process.exit;self=global";
try {
    (_a = esm_require('worker_threads'), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable);
}
catch (e) {
}
var wk = (/* unused pure expression or super */ null && (Worker ? function (c, _, msg, transfer, cb) {
    var done = false;
    var w = new Worker(c + workerAdd, { eval: true })
        .on('error', function (e) { return cb(e, null); })
        .on('message', function (m) { return cb(null, m); })
        .on('exit', function (c) {
        if (c && !done)
            cb(new Error('exited with code ' + c), null);
    });
    if (isMarkedAsUntransferable)
        transfer = transfer.filter(function (t) { return !isMarkedAsUntransferable(t); });
    w.postMessage(msg, transfer);
    w.terminate = function () {
        done = true;
        return Worker.prototype.terminate.call(w);
    };
    return w;
} : function (_, __, ___, ____, cb) {
    setImmediate(function () { return cb(new Error('async operations unsupported - update to Node 12+ (or Node 10-11 with the --experimental-worker CLI flag)'), null); });
    var NOP = function () { };
    return {
        terminate: NOP,
        postMessage: NOP
    };
}));

// aliases for shorter compressed code (most minifers don't do this)
var u8 = Uint8Array, u16 = Uint16Array, i32 = Int32Array;
// fixed length extra bits
var fleb = new u8([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0, /* unused */ 0, 0, /* impossible */ 0]);
// fixed distance extra bits
var fdeb = new u8([0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, /* unused */ 0, 0]);
// code length index map
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
// get base, reverse index map from extra bits
var freb = function (eb, start) {
    var b = new u16(31);
    for (var i = 0; i < 31; ++i) {
        b[i] = start += 1 << eb[i - 1];
    }
    // numbers here are at max 18 bits
    var r = new i32(b[30]);
    for (var i = 1; i < 30; ++i) {
        for (var j = b[i]; j < b[i + 1]; ++j) {
            r[j] = ((j - b[i]) << 5) | i;
        }
    }
    return { b: b, r: r };
};
var _a = freb(fleb, 2), fl = _a.b, revfl = _a.r;
// we can ignore the fact that the other numbers are wrong; they never happen anyway
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0), fd = _b.b, revfd = _b.r;
// map of value to reverse (assuming 16 bits)
var rev = new u16(32768);
for (var i = 0; i < 32768; ++i) {
    // reverse table algorithm from SO
    var x = ((i & 0xAAAA) >> 1) | ((i & 0x5555) << 1);
    x = ((x & 0xCCCC) >> 2) | ((x & 0x3333) << 2);
    x = ((x & 0xF0F0) >> 4) | ((x & 0x0F0F) << 4);
    rev[i] = (((x & 0xFF00) >> 8) | ((x & 0x00FF) << 8)) >> 1;
}
// create huffman tree from u8 "map": index -> code length for code index
// mb (max bits) must be at most 15
// TODO: optimize/split up?
var hMap = (function (cd, mb, r) {
    var s = cd.length;
    // index
    var i = 0;
    // u16 "map": index -> # of codes with bit length = index
    var l = new u16(mb);
    // length of cd must be 288 (total # of codes)
    for (; i < s; ++i) {
        if (cd[i])
            ++l[cd[i] - 1];
    }
    // u16 "map": index -> minimum code for bit length = index
    var le = new u16(mb);
    for (i = 1; i < mb; ++i) {
        le[i] = (le[i - 1] + l[i - 1]) << 1;
    }
    var co;
    if (r) {
        // u16 "map": index -> number of actual bits, symbol for code
        co = new u16(1 << mb);
        // bits to remove for reverser
        var rvb = 15 - mb;
        for (i = 0; i < s; ++i) {
            // ignore 0 lengths
            if (cd[i]) {
                // num encoding both symbol and bits read
                var sv = (i << 4) | cd[i];
                // free bits
                var r_1 = mb - cd[i];
                // start value
                var v = le[cd[i] - 1]++ << r_1;
                // m is end value
                for (var m = v | ((1 << r_1) - 1); v <= m; ++v) {
                    // every 16 bit value starting with the code yields the same result
                    co[rev[v] >> rvb] = sv;
                }
            }
        }
    }
    else {
        co = new u16(s);
        for (i = 0; i < s; ++i) {
            if (cd[i]) {
                co[i] = rev[le[cd[i] - 1]++] >> (15 - cd[i]);
            }
        }
    }
    return co;
});
// fixed length tree
var flt = new u8(288);
for (var i = 0; i < 144; ++i)
    flt[i] = 8;
for (var i = 144; i < 256; ++i)
    flt[i] = 9;
for (var i = 256; i < 280; ++i)
    flt[i] = 7;
for (var i = 280; i < 288; ++i)
    flt[i] = 8;
// fixed distance tree
var fdt = new u8(32);
for (var i = 0; i < 32; ++i)
    fdt[i] = 5;
// fixed length map
var flm = /*#__PURE__*/ (/* unused pure expression or super */ null && (hMap(flt, 9, 0))), flrm = /*#__PURE__*/ hMap(flt, 9, 1);
// fixed distance map
var fdm = /*#__PURE__*/ (/* unused pure expression or super */ null && (hMap(fdt, 5, 0))), fdrm = /*#__PURE__*/ hMap(fdt, 5, 1);
// find max of array
var max = function (a) {
    var m = a[0];
    for (var i = 1; i < a.length; ++i) {
        if (a[i] > m)
            m = a[i];
    }
    return m;
};
// read d, starting at bit p and mask with m
var bits = function (d, p, m) {
    var o = (p / 8) | 0;
    return ((d[o] | (d[o + 1] << 8)) >> (p & 7)) & m;
};
// read d, starting at bit p continuing for at least 16 bits
var bits16 = function (d, p) {
    var o = (p / 8) | 0;
    return ((d[o] | (d[o + 1] << 8) | (d[o + 2] << 16)) >> (p & 7));
};
// get end of byte
var shft = function (p) { return ((p + 7) / 8) | 0; };
// typed array slice - allows garbage collector to free original reference,
// while being more compatible than .slice
var slc = function (v, s, e) {
    if (s == null || s < 0)
        s = 0;
    if (e == null || e > v.length)
        e = v.length;
    // can't use .constructor in case user-supplied
    return new u8(v.subarray(s, e));
};
/**
 * Codes for errors generated within this library
 */
var FlateErrorCode = {
    UnexpectedEOF: 0,
    InvalidBlockType: 1,
    InvalidLengthLiteral: 2,
    InvalidDistance: 3,
    StreamFinished: 4,
    NoStreamHandler: 5,
    InvalidHeader: 6,
    NoCallback: 7,
    InvalidUTF8: 8,
    ExtraFieldTooLong: 9,
    InvalidDate: 10,
    FilenameTooLong: 11,
    StreamFinishing: 12,
    InvalidZipData: 13,
    UnknownCompressionMethod: 14
};
// error codes
var ec = [
    'unexpected EOF',
    'invalid block type',
    'invalid length/literal',
    'invalid distance',
    'stream finished',
    'no stream handler',
    , // determined by compression function
    'no callback',
    'invalid UTF-8 data',
    'extra field too long',
    'date not in range 1980-2099',
    'filename too long',
    'stream finishing',
    'invalid zip data'
    // determined by unknown compression method
];
;
var err = function (ind, msg, nt) {
    var e = new Error(msg || ec[ind]);
    e.code = ind;
    if (Error.captureStackTrace)
        Error.captureStackTrace(e, err);
    if (!nt)
        throw e;
    return e;
};
// expands raw DEFLATE data
var inflt = function (dat, st, buf, dict) {
    // source length       dict length
    var sl = dat.length, dl = dict ? dict.length : 0;
    if (!sl || st.f && !st.l)
        return buf || new u8(0);
    var noBuf = !buf;
    // have to estimate size
    var resize = noBuf || st.i != 2;
    // no state
    var noSt = st.i;
    // Assumes roughly 33% compression ratio average
    if (noBuf)
        buf = new u8(sl * 3);
    // ensure buffer can fit at least l elements
    var cbuf = function (l) {
        var bl = buf.length;
        // need to increase size to fit
        if (l > bl) {
            // Double or set to necessary, whichever is greater
            var nbuf = new u8(Math.max(bl * 2, l));
            nbuf.set(buf);
            buf = nbuf;
        }
    };
    //  last chunk         bitpos           bytes
    var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
    // total bits
    var tbts = sl * 8;
    do {
        if (!lm) {
            // BFINAL - this is only 1 when last chunk is next
            final = bits(dat, pos, 1);
            // type: 0 = no compression, 1 = fixed huffman, 2 = dynamic huffman
            var type = bits(dat, pos + 1, 3);
            pos += 3;
            if (!type) {
                // go to end of byte boundary
                var s = shft(pos) + 4, l = dat[s - 4] | (dat[s - 3] << 8), t = s + l;
                if (t > sl) {
                    if (noSt)
                        err(0);
                    break;
                }
                // ensure size
                if (resize)
                    cbuf(bt + l);
                // Copy over uncompressed data
                buf.set(dat.subarray(s, t), bt);
                // Get new bitpos, update byte count
                st.b = bt += l, st.p = pos = t * 8, st.f = final;
                continue;
            }
            else if (type == 1)
                lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
            else if (type == 2) {
                //  literal                            lengths
                var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
                var tl = hLit + bits(dat, pos + 5, 31) + 1;
                pos += 14;
                // length+distance tree
                var ldt = new u8(tl);
                // code length tree
                var clt = new u8(19);
                for (var i = 0; i < hcLen; ++i) {
                    // use index map to get real code
                    clt[clim[i]] = bits(dat, pos + i * 3, 7);
                }
                pos += hcLen * 3;
                // code lengths bits
                var clb = max(clt), clbmsk = (1 << clb) - 1;
                // code lengths map
                var clm = hMap(clt, clb, 1);
                for (var i = 0; i < tl;) {
                    var r = clm[bits(dat, pos, clbmsk)];
                    // bits read
                    pos += r & 15;
                    // symbol
                    var s = r >> 4;
                    // code length to copy
                    if (s < 16) {
                        ldt[i++] = s;
                    }
                    else {
                        //  copy   count
                        var c = 0, n = 0;
                        if (s == 16)
                            n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i - 1];
                        else if (s == 17)
                            n = 3 + bits(dat, pos, 7), pos += 3;
                        else if (s == 18)
                            n = 11 + bits(dat, pos, 127), pos += 7;
                        while (n--)
                            ldt[i++] = c;
                    }
                }
                //    length tree                 distance tree
                var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
                // max length bits
                lbt = max(lt);
                // max dist bits
                dbt = max(dt);
                lm = hMap(lt, lbt, 1);
                dm = hMap(dt, dbt, 1);
            }
            else
                err(1);
            if (pos > tbts) {
                if (noSt)
                    err(0);
                break;
            }
        }
        // Make sure the buffer can hold this + the largest possible addition
        // Maximum chunk size (practically, theoretically infinite) is 2^17
        if (resize)
            cbuf(bt + 131072);
        var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
        var lpos = pos;
        for (;; lpos = pos) {
            // bits read, code
            var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
            pos += c & 15;
            if (pos > tbts) {
                if (noSt)
                    err(0);
                break;
            }
            if (!c)
                err(2);
            if (sym < 256)
                buf[bt++] = sym;
            else if (sym == 256) {
                lpos = pos, lm = null;
                break;
            }
            else {
                var add = sym - 254;
                // no extra bits needed if less
                if (sym > 264) {
                    // index
                    var i = sym - 257, b = fleb[i];
                    add = bits(dat, pos, (1 << b) - 1) + fl[i];
                    pos += b;
                }
                // dist
                var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
                if (!d)
                    err(3);
                pos += d & 15;
                var dt = fd[dsym];
                if (dsym > 3) {
                    var b = fdeb[dsym];
                    dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
                }
                if (pos > tbts) {
                    if (noSt)
                        err(0);
                    break;
                }
                if (resize)
                    cbuf(bt + 131072);
                var end = bt + add;
                if (bt < dt) {
                    var shift = dl - dt, dend = Math.min(dt, end);
                    if (shift + bt < 0)
                        err(3);
                    for (; bt < dend; ++bt)
                        buf[bt] = dict[shift + bt];
                }
                for (; bt < end; ++bt)
                    buf[bt] = buf[bt - dt];
            }
        }
        st.l = lm, st.p = lpos, st.b = bt, st.f = final;
        if (lm)
            final = 1, st.m = lbt, st.d = dm, st.n = dbt;
    } while (!final);
    // don't reallocate for streams or user buffers
    return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
// starting at p, write the minimum number of bits that can hold v to d
var wbits = function (d, p, v) {
    v <<= p & 7;
    var o = (p / 8) | 0;
    d[o] |= v;
    d[o + 1] |= v >> 8;
};
// starting at p, write the minimum number of bits (>8) that can hold v to d
var wbits16 = function (d, p, v) {
    v <<= p & 7;
    var o = (p / 8) | 0;
    d[o] |= v;
    d[o + 1] |= v >> 8;
    d[o + 2] |= v >> 16;
};
// creates code lengths from a frequency table
var hTree = function (d, mb) {
    // Need extra info to make a tree
    var t = [];
    for (var i = 0; i < d.length; ++i) {
        if (d[i])
            t.push({ s: i, f: d[i] });
    }
    var s = t.length;
    var t2 = t.slice();
    if (!s)
        return { t: et, l: 0 };
    if (s == 1) {
        var v = new u8(t[0].s + 1);
        v[t[0].s] = 1;
        return { t: v, l: 1 };
    }
    t.sort(function (a, b) { return a.f - b.f; });
    // after i2 reaches last ind, will be stopped
    // freq must be greater than largest possible number of symbols
    t.push({ s: -1, f: 25001 });
    var l = t[0], r = t[1], i0 = 0, i1 = 1, i2 = 2;
    t[0] = { s: -1, f: l.f + r.f, l: l, r: r };
    // efficient algorithm from UZIP.js
    // i0 is lookbehind, i2 is lookahead - after processing two low-freq
    // symbols that combined have high freq, will start processing i2 (high-freq,
    // non-composite) symbols instead
    // see https://reddit.com/r/photopea/comments/ikekht/uzipjs_questions/
    while (i1 != s - 1) {
        l = t[t[i0].f < t[i2].f ? i0++ : i2++];
        r = t[i0 != i1 && t[i0].f < t[i2].f ? i0++ : i2++];
        t[i1++] = { s: -1, f: l.f + r.f, l: l, r: r };
    }
    var maxSym = t2[0].s;
    for (var i = 1; i < s; ++i) {
        if (t2[i].s > maxSym)
            maxSym = t2[i].s;
    }
    // code lengths
    var tr = new u16(maxSym + 1);
    // max bits in tree
    var mbt = ln(t[i1 - 1], tr, 0);
    if (mbt > mb) {
        // more algorithms from UZIP.js
        // TODO: find out how this code works (debt)
        //  ind    debt
        var i = 0, dt = 0;
        //    left            cost
        var lft = mbt - mb, cst = 1 << lft;
        t2.sort(function (a, b) { return tr[b.s] - tr[a.s] || a.f - b.f; });
        for (; i < s; ++i) {
            var i2_1 = t2[i].s;
            if (tr[i2_1] > mb) {
                dt += cst - (1 << (mbt - tr[i2_1]));
                tr[i2_1] = mb;
            }
            else
                break;
        }
        dt >>= lft;
        while (dt > 0) {
            var i2_2 = t2[i].s;
            if (tr[i2_2] < mb)
                dt -= 1 << (mb - tr[i2_2]++ - 1);
            else
                ++i;
        }
        for (; i >= 0 && dt; --i) {
            var i2_3 = t2[i].s;
            if (tr[i2_3] == mb) {
                --tr[i2_3];
                ++dt;
            }
        }
        mbt = mb;
    }
    return { t: new u8(tr), l: mbt };
};
// get the max length and assign length codes
var ln = function (n, l, d) {
    return n.s == -1
        ? Math.max(ln(n.l, l, d + 1), ln(n.r, l, d + 1))
        : (l[n.s] = d);
};
// length codes generation
var lc = function (c) {
    var s = c.length;
    // Note that the semicolon was intentional
    while (s && !c[--s])
        ;
    var cl = new u16(++s);
    //  ind      num         streak
    var cli = 0, cln = c[0], cls = 1;
    var w = function (v) { cl[cli++] = v; };
    for (var i = 1; i <= s; ++i) {
        if (c[i] == cln && i != s)
            ++cls;
        else {
            if (!cln && cls > 2) {
                for (; cls > 138; cls -= 138)
                    w(32754);
                if (cls > 2) {
                    w(cls > 10 ? ((cls - 11) << 5) | 28690 : ((cls - 3) << 5) | 12305);
                    cls = 0;
                }
            }
            else if (cls > 3) {
                w(cln), --cls;
                for (; cls > 6; cls -= 6)
                    w(8304);
                if (cls > 2)
                    w(((cls - 3) << 5) | 8208), cls = 0;
            }
            while (cls--)
                w(cln);
            cls = 1;
            cln = c[i];
        }
    }
    return { c: cl.subarray(0, cli), n: s };
};
// calculate the length of output from tree, code lengths
var clen = function (cf, cl) {
    var l = 0;
    for (var i = 0; i < cl.length; ++i)
        l += cf[i] * cl[i];
    return l;
};
// writes a fixed block
// returns the new bit pos
var wfblk = function (out, pos, dat) {
    // no need to write 00 as type: TypedArray defaults to 0
    var s = dat.length;
    var o = shft(pos + 2);
    out[o] = s & 255;
    out[o + 1] = s >> 8;
    out[o + 2] = out[o] ^ 255;
    out[o + 3] = out[o + 1] ^ 255;
    for (var i = 0; i < s; ++i)
        out[o + i + 4] = dat[i];
    return (o + 4 + s) * 8;
};
// writes a block
var wblk = function (dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
    wbits(out, p++, final);
    ++lf[256];
    var _a = hTree(lf, 15), dlt = _a.t, mlb = _a.l;
    var _b = hTree(df, 15), ddt = _b.t, mdb = _b.l;
    var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
    var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
    var lcfreq = new u16(19);
    for (var i = 0; i < lclt.length; ++i)
        ++lcfreq[lclt[i] & 31];
    for (var i = 0; i < lcdt.length; ++i)
        ++lcfreq[lcdt[i] & 31];
    var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
    var nlcc = 19;
    for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc)
        ;
    var flen = (bl + 5) << 3;
    var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
    var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
    if (bs >= 0 && flen <= ftlen && flen <= dtlen)
        return wfblk(out, p, dat.subarray(bs, bs + bl));
    var lm, ll, dm, dl;
    wbits(out, p, 1 + (dtlen < ftlen)), p += 2;
    if (dtlen < ftlen) {
        lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
        var llm = hMap(lct, mlcb, 0);
        wbits(out, p, nlc - 257);
        wbits(out, p + 5, ndc - 1);
        wbits(out, p + 10, nlcc - 4);
        p += 14;
        for (var i = 0; i < nlcc; ++i)
            wbits(out, p + 3 * i, lct[clim[i]]);
        p += 3 * nlcc;
        var lcts = [lclt, lcdt];
        for (var it = 0; it < 2; ++it) {
            var clct = lcts[it];
            for (var i = 0; i < clct.length; ++i) {
                var len = clct[i] & 31;
                wbits(out, p, llm[len]), p += lct[len];
                if (len > 15)
                    wbits(out, p, (clct[i] >> 5) & 127), p += clct[i] >> 12;
            }
        }
    }
    else {
        lm = flm, ll = flt, dm = fdm, dl = fdt;
    }
    for (var i = 0; i < li; ++i) {
        var sym = syms[i];
        if (sym > 255) {
            var len = (sym >> 18) & 31;
            wbits16(out, p, lm[len + 257]), p += ll[len + 257];
            if (len > 7)
                wbits(out, p, (sym >> 23) & 31), p += fleb[len];
            var dst = sym & 31;
            wbits16(out, p, dm[dst]), p += dl[dst];
            if (dst > 3)
                wbits16(out, p, (sym >> 5) & 8191), p += fdeb[dst];
        }
        else {
            wbits16(out, p, lm[sym]), p += ll[sym];
        }
    }
    wbits16(out, p, lm[256]);
    return p + ll[256];
};
// deflate options (nice << 13) | chain
var deo = /*#__PURE__*/ new i32([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);
// empty
var et = /*#__PURE__*/ new u8(0);
// compresses data into a raw DEFLATE buffer
var dflt = function (dat, lvl, plvl, pre, post, st) {
    var s = st.z || dat.length;
    var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7000)) + post);
    // writing to this writes to the output buffer
    var w = o.subarray(pre, o.length - post);
    var lst = st.l;
    var pos = (st.r || 0) & 7;
    if (lvl) {
        if (pos)
            w[0] = st.r >> 3;
        var opt = deo[lvl - 1];
        var n = opt >> 13, c = opt & 8191;
        var msk_1 = (1 << plvl) - 1;
        //    prev 2-byte val map    curr 2-byte val map
        var prev = st.p || new u16(32768), head = st.h || new u16(msk_1 + 1);
        var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
        var hsh = function (i) { return (dat[i] ^ (dat[i + 1] << bs1_1) ^ (dat[i + 2] << bs2_1)) & msk_1; };
        // 24576 is an arbitrary number of maximum symbols per block
        // 424 buffer for last block
        var syms = new i32(25000);
        // length/literal freq   distance freq
        var lf = new u16(288), df = new u16(32);
        //  l/lcnt  exbits  index          l/lind  waitdx          blkpos
        var lc_1 = 0, eb = 0, i = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
        for (; i + 2 < s; ++i) {
            // hash value
            var hv = hsh(i);
            // index mod 32768    previous index mod
            var imod = i & 32767, pimod = head[hv];
            prev[imod] = pimod;
            head[hv] = imod;
            // We always should modify head and prev, but only add symbols if
            // this data is not yet processed ("wait" for wait index)
            if (wi <= i) {
                // bytes remaining
                var rem = s - i;
                if ((lc_1 > 7000 || li > 24576) && (rem > 423 || !lst)) {
                    pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i - bs, pos);
                    li = lc_1 = eb = 0, bs = i;
                    for (var j = 0; j < 286; ++j)
                        lf[j] = 0;
                    for (var j = 0; j < 30; ++j)
                        df[j] = 0;
                }
                //  len    dist   chain
                var l = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
                if (rem > 2 && hv == hsh(i - dif)) {
                    var maxn = Math.min(n, rem) - 1;
                    var maxd = Math.min(32767, i);
                    // max possible length
                    // not capped at dif because decompressors implement "rolling" index population
                    var ml = Math.min(258, rem);
                    while (dif <= maxd && --ch_1 && imod != pimod) {
                        if (dat[i + l] == dat[i + l - dif]) {
                            var nl = 0;
                            for (; nl < ml && dat[i + nl] == dat[i + nl - dif]; ++nl)
                                ;
                            if (nl > l) {
                                l = nl, d = dif;
                                // break out early when we reach "nice" (we are satisfied enough)
                                if (nl > maxn)
                                    break;
                                // now, find the rarest 2-byte sequence within this
                                // length of literals and search for that instead.
                                // Much faster than just using the start
                                var mmd = Math.min(dif, nl - 2);
                                var md = 0;
                                for (var j = 0; j < mmd; ++j) {
                                    var ti = i - dif + j & 32767;
                                    var pti = prev[ti];
                                    var cd = ti - pti & 32767;
                                    if (cd > md)
                                        md = cd, pimod = ti;
                                }
                            }
                        }
                        // check the previous match
                        imod = pimod, pimod = prev[imod];
                        dif += imod - pimod & 32767;
                    }
                }
                // d will be nonzero only when a match was found
                if (d) {
                    // store both dist and len data in one int32
                    // Make sure this is recognized as a len/dist with 28th bit (2^28)
                    syms[li++] = 268435456 | (revfl[l] << 18) | revfd[d];
                    var lin = revfl[l] & 31, din = revfd[d] & 31;
                    eb += fleb[lin] + fdeb[din];
                    ++lf[257 + lin];
                    ++df[din];
                    wi = i + l;
                    ++lc_1;
                }
                else {
                    syms[li++] = dat[i];
                    ++lf[dat[i]];
                }
            }
        }
        for (i = Math.max(i, wi); i < s; ++i) {
            syms[li++] = dat[i];
            ++lf[dat[i]];
        }
        pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i - bs, pos);
        if (!lst) {
            st.r = (pos & 7) | w[(pos / 8) | 0] << 3;
            // shft(pos) now 1 less if pos & 7 != 0
            pos -= 7;
            st.h = head, st.p = prev, st.i = i, st.w = wi;
        }
    }
    else {
        for (var i = st.w || 0; i < s + lst; i += 65535) {
            // end
            var e = i + 65535;
            if (e >= s) {
                // write final block
                w[(pos / 8) | 0] = lst;
                e = s;
            }
            pos = wfblk(w, pos + 1, dat.subarray(i, e));
        }
        st.i = s;
    }
    return slc(o, 0, pre + shft(pos) + post);
};
// CRC32 table
var crct = /*#__PURE__*/ (/* unused pure expression or super */ null && ((function () {
    var t = new Int32Array(256);
    for (var i = 0; i < 256; ++i) {
        var c = i, k = 9;
        while (--k)
            c = ((c & 1) && -306674912) ^ (c >>> 1);
        t[i] = c;
    }
    return t;
})()));
// CRC32
var crc = function () {
    var c = -1;
    return {
        p: function (d) {
            // closures have awful performance
            var cr = c;
            for (var i = 0; i < d.length; ++i)
                cr = crct[(cr & 255) ^ d[i]] ^ (cr >>> 8);
            c = cr;
        },
        d: function () { return ~c; }
    };
};
// Adler32
var adler = function () {
    var a = 1, b = 0;
    return {
        p: function (d) {
            // closures have awful performance
            var n = a, m = b;
            var l = d.length | 0;
            for (var i = 0; i != l;) {
                var e = Math.min(i + 2655, l);
                for (; i < e; ++i)
                    m += n += d[i];
                n = (n & 65535) + 15 * (n >> 16), m = (m & 65535) + 15 * (m >> 16);
            }
            a = n, b = m;
        },
        d: function () {
            a %= 65521, b %= 65521;
            return (a & 255) << 24 | (a & 0xFF00) << 8 | (b & 255) << 8 | (b >> 8);
        }
    };
};
;
// deflate with opts
var dopt = function (dat, opt, pre, post, st) {
    if (!st) {
        st = { l: 1 };
        if (opt.dictionary) {
            var dict = opt.dictionary.subarray(-32768);
            var newDat = new u8(dict.length + dat.length);
            newDat.set(dict);
            newDat.set(dat, dict.length);
            dat = newDat;
            st.w = dict.length;
        }
    }
    return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? (st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20) : (12 + opt.mem), pre, post, st);
};
// Walmart object spread
var mrg = function (a, b) {
    var o = {};
    for (var k in a)
        o[k] = a[k];
    for (var k in b)
        o[k] = b[k];
    return o;
};
// worker clone
// This is possibly the craziest part of the entire codebase, despite how simple it may seem.
// The only parameter to this function is a closure that returns an array of variables outside of the function scope.
// We're going to try to figure out the variable names used in the closure as strings because that is crucial for workerization.
// We will return an object mapping of true variable name to value (basically, the current scope as a JS object).
// The reason we can't just use the original variable names is minifiers mangling the toplevel scope.
// This took me three weeks to figure out how to do.
var wcln = function (fn, fnStr, td) {
    var dt = fn();
    var st = fn.toString();
    var ks = st.slice(st.indexOf('[') + 1, st.lastIndexOf(']')).replace(/\s+/g, '').split(',');
    for (var i = 0; i < dt.length; ++i) {
        var v = dt[i], k = ks[i];
        if (typeof v == 'function') {
            fnStr += ';' + k + '=';
            var st_1 = v.toString();
            if (v.prototype) {
                // for global objects
                if (st_1.indexOf('[native code]') != -1) {
                    var spInd = st_1.indexOf(' ', 8) + 1;
                    fnStr += st_1.slice(spInd, st_1.indexOf('(', spInd));
                }
                else {
                    fnStr += st_1;
                    for (var t in v.prototype)
                        fnStr += ';' + k + '.prototype.' + t + '=' + v.prototype[t].toString();
                }
            }
            else
                fnStr += st_1;
        }
        else
            td[k] = v;
    }
    return fnStr;
};
var ch = (/* unused pure expression or super */ null && ([]));
// clone bufs
var cbfs = function (v) {
    var tl = [];
    for (var k in v) {
        if (v[k].buffer) {
            tl.push((v[k] = new v[k].constructor(v[k])).buffer);
        }
    }
    return tl;
};
// use a worker to execute code
var wrkr = function (fns, init, id, cb) {
    if (!ch[id]) {
        var fnStr = '', td_1 = {}, m = fns.length - 1;
        for (var i = 0; i < m; ++i)
            fnStr = wcln(fns[i], fnStr, td_1);
        ch[id] = { c: wcln(fns[m], fnStr, td_1), e: td_1 };
    }
    var td = mrg({}, ch[id].e);
    return wk(ch[id].c + ';onmessage=function(e){for(var k in e.data)self[k]=e.data[k];onmessage=' + init.toString() + '}', id, td, cbfs(td), cb);
};
// base async inflate fn
var bInflt = function () { return [u8, u16, i32, fleb, fdeb, clim, fl, fd, flrm, fdrm, rev, ec, hMap, max, bits, bits16, shft, slc, err, inflt, inflateSync, pbf, gopt]; };
var bDflt = function () { return [u8, u16, i32, fleb, fdeb, clim, revfl, revfd, flm, flt, fdm, fdt, rev, deo, et, hMap, wbits, wbits16, hTree, ln, lc, clen, wfblk, wblk, shft, slc, dflt, dopt, deflateSync, pbf]; };
// gzip extra
var gze = function () { return [gzh, gzhl, wbytes, crc, crct]; };
// gunzip extra
var guze = function () { return [gzs, gzl]; };
// zlib extra
var zle = function () { return [zlh, wbytes, adler]; };
// unzlib extra
var zule = function () { return [zls]; };
// post buf
var pbf = function (msg) { return postMessage(msg, [msg.buffer]); };
// get opts
var gopt = function (o) { return o && {
    out: o.size && new u8(o.size),
    dictionary: o.dictionary
}; };
// async helper
var cbify = function (dat, opts, fns, init, id, cb) {
    var w = wrkr(fns, init, id, function (err, dat) {
        w.terminate();
        cb(err, dat);
    });
    w.postMessage([dat, opts], opts.consume ? [dat.buffer] : []);
    return function () { w.terminate(); };
};
// auto stream
var astrm = function (strm) {
    strm.ondata = function (dat, final) { return postMessage([dat, final], [dat.buffer]); };
    return function (ev) {
        if (ev.data[0]) {
            strm.push(ev.data[0], ev.data[1]);
            postMessage([ev.data[0].length]);
        }
        else
            strm.flush(ev.data[1]);
    };
};
// async stream attach
var astrmify = function (fns, strm, opts, init, id, flush, ext) {
    var t;
    var w = wrkr(fns, init, id, function (err, dat) {
        if (err)
            w.terminate(), strm.ondata.call(strm, err);
        else if (!Array.isArray(dat))
            ext(dat);
        else if (dat.length == 1) {
            strm.queuedSize -= dat[0];
            if (strm.ondrain)
                strm.ondrain(dat[0]);
        }
        else {
            if (dat[1])
                w.terminate();
            strm.ondata.call(strm, err, dat[0], dat[1]);
        }
    });
    w.postMessage(opts);
    strm.queuedSize = 0;
    strm.push = function (d, f) {
        if (!strm.ondata)
            err(5);
        if (t)
            strm.ondata(err(4, 0, 1), null, !!f);
        strm.queuedSize += d.length;
        // can fail for cross-realm Uint8Array, but ok - only a small performance penalty
        w.postMessage([d, t = f], d.buffer instanceof ArrayBuffer ? [d.buffer] : []);
    };
    strm.terminate = function () { w.terminate(); };
    if (flush) {
        strm.flush = function (sync) { w.postMessage([0, sync]); };
    }
};
// read 2 bytes
var b2 = function (d, b) { return d[b] | (d[b + 1] << 8); };
// read 4 bytes
var b4 = function (d, b) { return (d[b] | (d[b + 1] << 8) | (d[b + 2] << 16) | (d[b + 3] << 24)) >>> 0; };
// read 8 bytes
var b8 = function (d, b) { return b4(d, b) + (b4(d, b + 4) * 4294967296); };
// write bytes
var wbytes = function (d, b, v) {
    for (; v; ++b)
        d[b] = v, v >>>= 8;
};
// gzip header
var gzh = function (c, o) {
    var fn = o.filename;
    c[0] = 31, c[1] = 139, c[2] = 8, c[8] = o.level < 2 ? 4 : o.level == 9 ? 2 : 0, c[9] = 3; // assume Unix
    if (o.mtime != 0)
        wbytes(c, 4, Math.floor(new Date(o.mtime || Date.now()) / 1000));
    if (fn) {
        c[3] = 8;
        for (var i = 0; i <= fn.length; ++i)
            c[i + 10] = fn.charCodeAt(i);
    }
};
// gzip footer: -8 to -4 = CRC, -4 to -0 is length
// gzip start
var gzs = function (d) {
    if (d[0] != 31 || d[1] != 139 || d[2] != 8)
        err(6, 'invalid gzip data');
    var flg = d[3];
    var st = 10;
    if (flg & 4)
        st += (d[10] | d[11] << 8) + 2;
    for (var zs = (flg >> 3 & 1) + (flg >> 4 & 1); zs > 0; zs -= !d[st++])
        ;
    return st + (flg & 2);
};
// gzip length
var gzl = function (d) {
    var l = d.length;
    return (d[l - 4] | d[l - 3] << 8 | d[l - 2] << 16 | d[l - 1] << 24) >>> 0;
};
// gzip header length
var gzhl = function (o) { return 10 + (o.filename ? o.filename.length + 1 : 0); };
// zlib header
var zlh = function (c, o) {
    var lv = o.level, fl = lv == 0 ? 0 : lv < 6 ? 1 : lv == 9 ? 3 : 2;
    c[0] = 120, c[1] = (fl << 6) | (o.dictionary && 32);
    c[1] |= 31 - ((c[0] << 8) | c[1]) % 31;
    if (o.dictionary) {
        var h = adler();
        h.p(o.dictionary);
        wbytes(c, 2, h.d());
    }
};
// zlib start
var zls = function (d, dict) {
    if ((d[0] & 15) != 8 || (d[0] >> 4) > 7 || ((d[0] << 8 | d[1]) % 31))
        err(6, 'invalid zlib data');
    if ((d[1] >> 5 & 1) == +!dict)
        err(6, 'invalid zlib data: ' + (d[1] & 32 ? 'need' : 'unexpected') + ' dictionary');
    return (d[1] >> 3 & 4) + 2;
};
function StrmOpt(opts, cb) {
    if (typeof opts == 'function')
        cb = opts, opts = {};
    this.ondata = cb;
    return opts;
}
/**
 * Streaming DEFLATE compression
 */
var Deflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Deflate(opts, cb) {
        if (typeof opts == 'function')
            cb = opts, opts = {};
        this.ondata = cb;
        this.o = opts || {};
        this.s = { l: 0, i: 32768, w: 32768, z: 32768 };
        // Buffer length must always be 0 mod 32768 for index calculations to be correct when modifying head and prev
        // 98304 = 32768 (lookback) + 65536 (common chunk size)
        this.b = new u8(98304);
        if (this.o.dictionary) {
            var dict = this.o.dictionary.subarray(-32768);
            this.b.set(dict, 32768 - dict.length);
            this.s.i = 32768 - dict.length;
        }
    }
    Deflate.prototype.p = function (c, f) {
        this.ondata(dopt(c, this.o, 0, 0, this.s), f);
    };
    /**
     * Pushes a chunk to be deflated
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Deflate.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        if (this.s.l)
            err(4);
        var endLen = chunk.length + this.s.z;
        if (endLen > this.b.length) {
            if (endLen > 2 * this.b.length - 32768) {
                var newBuf = new u8(endLen & -32768);
                newBuf.set(this.b.subarray(0, this.s.z));
                this.b = newBuf;
            }
            var split = this.b.length - this.s.z;
            this.b.set(chunk.subarray(0, split), this.s.z);
            this.s.z = this.b.length;
            this.p(this.b, false);
            this.b.set(this.b.subarray(-32768));
            this.b.set(chunk.subarray(split), 32768);
            this.s.z = chunk.length - split + 32768;
            this.s.i = 32766, this.s.w = 32768;
        }
        else {
            this.b.set(chunk, this.s.z);
            this.s.z += chunk.length;
        }
        this.s.l = final & 1;
        if (this.s.z > this.s.w + 8191 || final) {
            this.p(this.b, final || false);
            this.s.w = this.s.i, this.s.i -= 2;
        }
        if (final) {
            // cleanup unneeded buffers/state to reduce memory usage
            this.s = this.o = {};
            this.b = et;
        }
    };
    /**
     * Flushes buffered uncompressed data. Useful to immediately retrieve the
     * deflated output for small inputs.
     * @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
     *             extra bytes, but guarantees all pushed data is immediately
     *             decompressible. A separate DEFLATE stream may be concatenated
     *             with the current output after a sync flush.
     */
    Deflate.prototype.flush = function (sync) {
        if (!this.ondata)
            err(5);
        if (this.s.l)
            err(4);
        this.p(this.b, false);
        this.s.w = this.s.i, this.s.i -= 2;
        // could technically skip writing the type-0 block for (this.s.r & 7) == 0,
        // but the deterministic trailer (00 00 FF FF) is useful in some situations
        if (sync) {
            var c = new u8(6);
            c[0] = this.s.r >> 3;
            // write empty, non-final type-0 block
            var ep = wfblk(c, this.s.r, et);
            this.s.r = 0;
            this.ondata(c.subarray(0, ep >> 3), false);
        }
    };
    return Deflate;
}())));

/**
 * Asynchronous streaming DEFLATE compression
 */
var AsyncDeflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncDeflate(opts, cb) {
        astrmify([
            bDflt,
            function () { return [astrm, Deflate]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Deflate(ev.data);
            onmessage = astrm(strm);
        }, 6, 1);
    }
    return AsyncDeflate;
}())));

function deflate(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bDflt,
    ], function (ev) { return pbf(deflateSync(ev.data[0], ev.data[1])); }, 0, cb);
}
/**
 * Compresses data with DEFLATE without any wrapper
 * @param data The data to compress
 * @param opts The compression options
 * @returns The deflated version of the data
 */
function deflateSync(data, opts) {
    return dopt(data, opts || {}, 0, 0);
}
/**
 * Streaming DEFLATE decompression
 */
var Inflate = /*#__PURE__*/ (function () {
    function Inflate(opts, cb) {
        // no StrmOpt here to avoid adding to workerizer
        if (typeof opts == 'function')
            cb = opts, opts = {};
        this.ondata = cb;
        var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
        this.s = { i: 0, b: dict ? dict.length : 0 };
        this.o = new u8(32768);
        this.p = new u8(0);
        if (dict)
            this.o.set(dict);
    }
    Inflate.prototype.e = function (c) {
        if (!this.ondata)
            err(5);
        if (this.d)
            err(4);
        if (!this.p.length)
            this.p = c;
        else if (c.length) {
            var n = new u8(this.p.length + c.length);
            n.set(this.p), n.set(c, this.p.length), this.p = n;
        }
    };
    Inflate.prototype.c = function (final) {
        this.s.i = +(this.d = final || false);
        var bts = this.s.b;
        var dt = inflt(this.p, this.s, this.o);
        this.ondata(slc(dt, bts, this.s.b), this.d);
        this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
        this.p = slc(this.p, (this.s.p / 8) | 0), this.s.p &= 7;
    };
    /**
     * Pushes a chunk to be inflated
     * @param chunk The chunk to push
     * @param final Whether this is the final chunk
     */
    Inflate.prototype.push = function (chunk, final) {
        this.e(chunk), this.c(final);
    };
    return Inflate;
}());

/**
 * Asynchronous streaming DEFLATE decompression
 */
var AsyncInflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncInflate(opts, cb) {
        astrmify([
            bInflt,
            function () { return [astrm, Inflate]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Inflate(ev.data);
            onmessage = astrm(strm);
        }, 7, 0);
    }
    return AsyncInflate;
}())));

function inflate(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bInflt
    ], function (ev) { return pbf(inflateSync(ev.data[0], gopt(ev.data[1]))); }, 1, cb);
}
function inflateSync(data, opts) {
    return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
// before you yell at me for not just using extends, my reason is that TS inheritance is hard to workerize.
/**
 * Streaming GZIP compression
 */
var Gzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Gzip(opts, cb) {
        this.c = crc();
        this.l = 0;
        this.v = 1;
        Deflate.call(this, opts, cb);
    }
    /**
     * Pushes a chunk to be GZIPped
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Gzip.prototype.push = function (chunk, final) {
        this.c.p(chunk);
        this.l += chunk.length;
        Deflate.prototype.push.call(this, chunk, final);
    };
    Gzip.prototype.p = function (c, f) {
        var raw = dopt(c, this.o, this.v && gzhl(this.o), f && 8, this.s);
        if (this.v)
            gzh(raw, this.o), this.v = 0;
        if (f)
            wbytes(raw, raw.length - 8, this.c.d()), wbytes(raw, raw.length - 4, this.l);
        this.ondata(raw, f);
    };
    /**
     * Flushes buffered uncompressed data. Useful to immediately retrieve the
     * GZIPped output for small inputs.
     * @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
     *             extra bytes, but guarantees all pushed data is immediately
     *             decompressible.
     */
    Gzip.prototype.flush = function (sync) {
        Deflate.prototype.flush.call(this, sync);
    };
    return Gzip;
}())));

/**
 * Asynchronous streaming GZIP compression
 */
var AsyncGzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncGzip(opts, cb) {
        astrmify([
            bDflt,
            gze,
            function () { return [astrm, Deflate, Gzip]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Gzip(ev.data);
            onmessage = astrm(strm);
        }, 8, 1);
    }
    return AsyncGzip;
}())));

function gzip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bDflt,
        gze,
        function () { return [gzipSync]; }
    ], function (ev) { return pbf(gzipSync(ev.data[0], ev.data[1])); }, 2, cb);
}
/**
 * Compresses data with GZIP
 * @param data The data to compress
 * @param opts The compression options
 * @returns The gzipped version of the data
 */
function gzipSync(data, opts) {
    if (!opts)
        opts = {};
    var c = crc(), l = data.length;
    c.p(data);
    var d = dopt(data, opts, gzhl(opts), 8), s = d.length;
    return gzh(d, opts), wbytes(d, s - 8, c.d()), wbytes(d, s - 4, l), d;
}
/**
 * Streaming single or multi-member GZIP decompression
 */
var Gunzip = /*#__PURE__*/ (function () {
    function Gunzip(opts, cb) {
        this.v = 1;
        this.r = 0;
        Inflate.call(this, opts, cb);
    }
    /**
     * Pushes a chunk to be GUNZIPped
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Gunzip.prototype.push = function (chunk, final) {
        Inflate.prototype.e.call(this, chunk);
        this.r += chunk.length;
        if (this.v) {
            var p = this.p.subarray(this.v - 1);
            var s = p.length > 3 ? gzs(p) : 4;
            if (s > p.length) {
                if (!final)
                    return;
            }
            else if (this.v > 1 && this.onmember) {
                this.onmember(this.r - p.length);
            }
            this.p = p.subarray(s), this.v = 0;
        }
        // necessary to prevent TS from using the closure value
        // This allows for workerization to function correctly
        Inflate.prototype.c.call(this, 0);
        // process concatenated GZIP
        if (this.s.f && !this.s.l) {
            this.v = shft(this.s.p) + 9;
            this.s = { i: 0 };
            this.o = new u8(0);
            this.push(new u8(0), final);
        }
        else if (final) {
            Inflate.prototype.c.call(this, final);
        }
    };
    return Gunzip;
}());

/**
 * Asynchronous streaming single or multi-member GZIP decompression
 */
var AsyncGunzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncGunzip(opts, cb) {
        var _this = this;
        astrmify([
            bInflt,
            guze,
            function () { return [astrm, Inflate, Gunzip]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Gunzip(ev.data);
            strm.onmember = function (offset) { return postMessage(offset); };
            onmessage = astrm(strm);
        }, 9, 0, function (offset) { return _this.onmember && _this.onmember(offset); });
    }
    return AsyncGunzip;
}())));

function gunzip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bInflt,
        guze,
        function () { return [gunzipSync]; }
    ], function (ev) { return pbf(gunzipSync(ev.data[0], ev.data[1])); }, 3, cb);
}
function gunzipSync(data, opts) {
    var st = gzs(data);
    if (st + 8 > data.length)
        err(6, 'invalid gzip data');
    return inflt(data.subarray(st, -8), { i: 2 }, opts && opts.out || new u8(gzl(data)), opts && opts.dictionary);
}
/**
 * Streaming Zlib compression
 */
var Zlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Zlib(opts, cb) {
        this.c = adler();
        this.v = 1;
        Deflate.call(this, opts, cb);
    }
    /**
     * Pushes a chunk to be zlibbed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Zlib.prototype.push = function (chunk, final) {
        this.c.p(chunk);
        Deflate.prototype.push.call(this, chunk, final);
    };
    Zlib.prototype.p = function (c, f) {
        var raw = dopt(c, this.o, this.v && (this.o.dictionary ? 6 : 2), f && 4, this.s);
        if (this.v)
            zlh(raw, this.o), this.v = 0;
        if (f)
            wbytes(raw, raw.length - 4, this.c.d());
        this.ondata(raw, f);
    };
    /**
     * Flushes buffered uncompressed data. Useful to immediately retrieve the
     * zlibbed output for small inputs.
     * @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
     *             extra bytes, but guarantees all pushed data is immediately
     *             decompressible.
     */
    Zlib.prototype.flush = function (sync) {
        Deflate.prototype.flush.call(this, sync);
    };
    return Zlib;
}())));

/**
 * Asynchronous streaming Zlib compression
 */
var AsyncZlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncZlib(opts, cb) {
        astrmify([
            bDflt,
            zle,
            function () { return [astrm, Deflate, Zlib]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Zlib(ev.data);
            onmessage = astrm(strm);
        }, 10, 1);
    }
    return AsyncZlib;
}())));

function zlib(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bDflt,
        zle,
        function () { return [zlibSync]; }
    ], function (ev) { return pbf(zlibSync(ev.data[0], ev.data[1])); }, 4, cb);
}
/**
 * Compress data with Zlib
 * @param data The data to compress
 * @param opts The compression options
 * @returns The zlib-compressed version of the data
 */
function zlibSync(data, opts) {
    if (!opts)
        opts = {};
    var a = adler();
    a.p(data);
    var d = dopt(data, opts, opts.dictionary ? 6 : 2, 4);
    return zlh(d, opts), wbytes(d, d.length - 4, a.d()), d;
}
/**
 * Streaming Zlib decompression
 */
var Unzlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Unzlib(opts, cb) {
        Inflate.call(this, opts, cb);
        this.v = opts && opts.dictionary ? 2 : 1;
    }
    /**
     * Pushes a chunk to be unzlibbed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Unzlib.prototype.push = function (chunk, final) {
        Inflate.prototype.e.call(this, chunk);
        if (this.v) {
            if (this.p.length < 6 && !final)
                return;
            this.p = this.p.subarray(zls(this.p, this.v - 1)), this.v = 0;
        }
        if (final) {
            if (this.p.length < 4)
                err(6, 'invalid zlib data');
            this.p = this.p.subarray(0, -4);
        }
        // necessary to prevent TS from using the closure value
        // This allows for workerization to function correctly
        Inflate.prototype.c.call(this, final);
    };
    return Unzlib;
}())));

/**
 * Asynchronous streaming Zlib decompression
 */
var AsyncUnzlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncUnzlib(opts, cb) {
        astrmify([
            bInflt,
            zule,
            function () { return [astrm, Inflate, Unzlib]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Unzlib(ev.data);
            onmessage = astrm(strm);
        }, 11, 0);
    }
    return AsyncUnzlib;
}())));

function unzlib(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bInflt,
        zule,
        function () { return [unzlibSync]; }
    ], function (ev) { return pbf(unzlibSync(ev.data[0], gopt(ev.data[1]))); }, 5, cb);
}
function unzlibSync(data, opts) {
    return inflt(data.subarray(zls(data, opts && opts.dictionary), -4), { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
// Default algorithm for compression (used because having a known output size allows faster decompression)


/**
 * Streaming GZIP, Zlib, or raw DEFLATE decompression
 */
var Decompress = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Decompress(opts, cb) {
        this.o = StrmOpt.call(this, opts, cb) || {};
        this.G = Gunzip;
        this.I = Inflate;
        this.Z = Unzlib;
    }
    // init substream
    // overriden by AsyncDecompress
    Decompress.prototype.i = function () {
        var _this = this;
        this.s.ondata = function (dat, final) {
            _this.ondata(dat, final);
        };
    };
    /**
     * Pushes a chunk to be decompressed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Decompress.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        if (!this.s) {
            if (this.p && this.p.length) {
                var n = new u8(this.p.length + chunk.length);
                n.set(this.p), n.set(chunk, this.p.length);
            }
            else
                this.p = chunk;
            if (this.p.length > 2) {
                this.s = (this.p[0] == 31 && this.p[1] == 139 && this.p[2] == 8)
                    ? new this.G(this.o)
                    : ((this.p[0] & 15) != 8 || (this.p[0] >> 4) > 7 || ((this.p[0] << 8 | this.p[1]) % 31))
                        ? new this.I(this.o)
                        : new this.Z(this.o);
                this.i();
                this.s.push(this.p, final);
                this.p = null;
            }
        }
        else
            this.s.push(chunk, final);
    };
    return Decompress;
}())));

/**
 * Asynchronous streaming GZIP, Zlib, or raw DEFLATE decompression
 */
var AsyncDecompress = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncDecompress(opts, cb) {
        Decompress.call(this, opts, cb);
        this.queuedSize = 0;
        this.G = AsyncGunzip;
        this.I = AsyncInflate;
        this.Z = AsyncUnzlib;
    }
    AsyncDecompress.prototype.i = function () {
        var _this = this;
        this.s.ondata = function (err, dat, final) {
            _this.ondata(err, dat, final);
        };
        this.s.ondrain = function (size) {
            _this.queuedSize -= size;
            if (_this.ondrain)
                _this.ondrain(size);
        };
    };
    /**
     * Pushes a chunk to be decompressed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    AsyncDecompress.prototype.push = function (chunk, final) {
        this.queuedSize += chunk.length;
        Decompress.prototype.push.call(this, chunk, final);
    };
    return AsyncDecompress;
}())));

function decompress(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return (data[0] == 31 && data[1] == 139 && data[2] == 8)
        ? gunzip(data, opts, cb)
        : ((data[0] & 15) != 8 || (data[0] >> 4) > 7 || ((data[0] << 8 | data[1]) % 31))
            ? inflate(data, opts, cb)
            : unzlib(data, opts, cb);
}
/**
 * Expands compressed GZIP, Zlib, or raw DEFLATE data, automatically detecting the format
 * @param data The data to decompress
 * @param opts The decompression options
 * @returns The decompressed version of the data
 */
function decompressSync(data, opts) {
    return (data[0] == 31 && data[1] == 139 && data[2] == 8)
        ? gunzipSync(data, opts)
        : ((data[0] & 15) != 8 || (data[0] >> 4) > 7 || ((data[0] << 8 | data[1]) % 31))
            ? inflateSync(data, opts)
            : unzlibSync(data, opts);
}
// flatten a directory structure
var fltn = function (d, p, t, o) {
    for (var k in d) {
        var val = d[k], n = p + k, op = o;
        if (Array.isArray(val))
            op = mrg(o, val[1]), val = val[0];
        if (ArrayBuffer.isView(val))
            t[n] = [val, op];
        else {
            t[n += '/'] = [new u8(0), op];
            fltn(val, n, t, o);
        }
    }
};
// text encoder
var te = typeof TextEncoder != 'undefined' && /*#__PURE__*/ new TextEncoder();
// text decoder
var td = typeof TextDecoder != 'undefined' && /*#__PURE__*/ new TextDecoder();
// text decoder stream
var tds = 0;
try {
    td.decode(et, { stream: true });
    tds = 1;
}
catch (e) { }
// decode UTF8
var dutf8 = function (d) {
    for (var r = '', i = 0;;) {
        var c = d[i++];
        var eb = (c > 127) + (c > 223) + (c > 239);
        if (i + eb > d.length)
            return { s: r, r: slc(d, i - 1) };
        if (!eb)
            r += String.fromCharCode(c);
        else if (eb == 3) {
            c = ((c & 15) << 18 | (d[i++] & 63) << 12 | (d[i++] & 63) << 6 | (d[i++] & 63)) - 65536,
                r += String.fromCharCode(55296 | (c >> 10), 56320 | (c & 1023));
        }
        else if (eb & 1)
            r += String.fromCharCode((c & 31) << 6 | (d[i++] & 63));
        else
            r += String.fromCharCode((c & 15) << 12 | (d[i++] & 63) << 6 | (d[i++] & 63));
    }
};
/**
 * Streaming UTF-8 decoding
 */
var DecodeUTF8 = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a UTF-8 decoding stream
     * @param cb The callback to call whenever data is decoded
     */
    function DecodeUTF8(cb) {
        this.ondata = cb;
        if (tds)
            this.t = new TextDecoder();
        else
            this.p = et;
    }
    /**
     * Pushes a chunk to be decoded from UTF-8 binary
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    DecodeUTF8.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        final = !!final;
        if (this.t) {
            this.ondata(this.t.decode(chunk, { stream: true }), final);
            if (final) {
                if (this.t.decode().length)
                    err(8);
                this.t = null;
            }
            return;
        }
        if (!this.p)
            err(4);
        var dat = new u8(this.p.length + chunk.length);
        dat.set(this.p);
        dat.set(chunk, this.p.length);
        var _a = dutf8(dat), s = _a.s, r = _a.r;
        if (final) {
            if (r.length)
                err(8);
            this.p = null;
        }
        else
            this.p = r;
        this.ondata(s, final);
    };
    return DecodeUTF8;
}())));

/**
 * Streaming UTF-8 encoding
 */
var EncodeUTF8 = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a UTF-8 decoding stream
     * @param cb The callback to call whenever data is encoded
     */
    function EncodeUTF8(cb) {
        this.ondata = cb;
    }
    /**
     * Pushes a chunk to be encoded to UTF-8
     * @param chunk The string data to push
     * @param final Whether this is the last chunk
     */
    EncodeUTF8.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        if (this.d)
            err(4);
        this.ondata(strToU8(chunk), this.d = final || false);
    };
    return EncodeUTF8;
}())));

/**
 * Converts a string into a Uint8Array for use with compression/decompression methods
 * @param str The string to encode
 * @param latin1 Whether or not to interpret the data as Latin-1. This should
 *               not need to be true unless decoding a binary string.
 * @returns The string encoded in UTF-8/Latin-1 binary
 */
function strToU8(str, latin1) {
    if (latin1) {
        var ar_1 = new u8(str.length);
        for (var i = 0; i < str.length; ++i)
            ar_1[i] = str.charCodeAt(i);
        return ar_1;
    }
    if (te)
        return te.encode(str);
    var l = str.length;
    var ar = new u8(str.length + (str.length >> 1));
    var ai = 0;
    var w = function (v) { ar[ai++] = v; };
    for (var i = 0; i < l; ++i) {
        if (ai + 5 > ar.length) {
            var n = new u8(ai + 8 + ((l - i) << 1));
            n.set(ar);
            ar = n;
        }
        var c = str.charCodeAt(i);
        if (c < 128 || latin1)
            w(c);
        else if (c < 2048)
            w(192 | (c >> 6)), w(128 | (c & 63));
        else if (c > 55295 && c < 57344)
            c = 65536 + (c & 1023 << 10) | (str.charCodeAt(++i) & 1023),
                w(240 | (c >> 18)), w(128 | ((c >> 12) & 63)), w(128 | ((c >> 6) & 63)), w(128 | (c & 63));
        else
            w(224 | (c >> 12)), w(128 | ((c >> 6) & 63)), w(128 | (c & 63));
    }
    return slc(ar, 0, ai);
}
/**
 * Converts a Uint8Array to a string
 * @param dat The data to decode to string
 * @param latin1 Whether or not to interpret the data as Latin-1. This should
 *               not need to be true unless encoding to binary string.
 * @returns The original UTF-8/Latin-1 string
 */
function strFromU8(dat, latin1) {
    if (latin1) {
        var r = '';
        for (var i = 0; i < dat.length; i += 16384)
            r += String.fromCharCode.apply(null, dat.subarray(i, i + 16384));
        return r;
    }
    else if (td) {
        return td.decode(dat);
    }
    else {
        var _a = dutf8(dat), s = _a.s, r = _a.r;
        if (r.length)
            err(8);
        return s;
    }
}
;
// deflate bit flag
var dbf = function (l) { return l == 1 ? 3 : l < 6 ? 2 : l == 9 ? 1 : 0; };
// skip local zip header
var slzh = function (d, b) { return b + 30 + b2(d, b + 26) + b2(d, b + 28); };
// read zip header
var zh = function (d, b, z) {
    var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
    var _a = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a[0], su = _a[1], off = _a[2];
    return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
};
// read zip64 header sizes
var z64hs = function (d, b, l, z, sc, su, off) {
    var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
    var nf = nsc + nsu + noff;
    if (z && nf) {
        for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
            if (b2(d, b) == 1) {
                return [
                    nsc ? b8(d, b + 4 + 8 * nsu) : sc,
                    nsu ? b8(d, b + 4) : su,
                    noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
                    1
                ];
            }
        }
        // z == 2 for unknown whether or not zip64
        if (z < 2)
            err(13);
    }
    return [sc, su, off, 0];
};
// extra field length
var exfl = function (ex) {
    var le = 0;
    if (ex) {
        for (var k in ex) {
            var l = ex[k].length;
            if (l > 65535)
                err(9);
            le += l + 4;
        }
    }
    return le;
};
// write zip header
var wzh = function (d, b, f, fn, u, c, ce, co) {
    var fl = fn.length, ex = f.extra, col = co && co.length;
    var exl = exfl(ex);
    wbytes(d, b, ce != null ? 0x2014B50 : 0x4034B50), b += 4;
    if (ce != null)
        d[b++] = 20, d[b++] = f.os;
    d[b] = 20, b += 2; // spec compliance? what's that?
    d[b++] = (f.flag << 1) | (c < 0 && 8), d[b++] = u && 8;
    d[b++] = f.compression & 255, d[b++] = f.compression >> 8;
    var dt = new Date(f.mtime == null ? Date.now() : f.mtime), y = dt.getFullYear() - 1980;
    if (y < 0 || y > 119)
        err(10);
    wbytes(d, b, (y << 25) | ((dt.getMonth() + 1) << 21) | (dt.getDate() << 16) | (dt.getHours() << 11) | (dt.getMinutes() << 5) | (dt.getSeconds() >> 1)), b += 4;
    if (c != -1) {
        wbytes(d, b, f.crc);
        wbytes(d, b + 4, c < 0 ? -c - 2 : c);
        wbytes(d, b + 8, f.size);
    }
    wbytes(d, b + 12, fl);
    wbytes(d, b + 14, exl), b += 16;
    if (ce != null) {
        wbytes(d, b, col);
        wbytes(d, b + 6, f.attrs);
        wbytes(d, b + 10, ce), b += 14;
    }
    d.set(fn, b);
    b += fl;
    if (exl) {
        for (var k in ex) {
            var exf = ex[k], l = exf.length;
            wbytes(d, b, +k);
            wbytes(d, b + 2, l);
            d.set(exf, b + 4), b += 4 + l;
        }
    }
    if (col)
        d.set(co, b), b += col;
    return b;
};
// write zip footer (end of central directory)
var wzf = function (o, b, c, d, e) {
    wbytes(o, b, 0x6054B50); // skip disk
    wbytes(o, b + 8, c);
    wbytes(o, b + 10, c);
    wbytes(o, b + 12, d);
    wbytes(o, b + 16, e);
};
/**
 * A pass-through stream to keep data uncompressed in a ZIP archive.
 */
var ZipPassThrough = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a pass-through stream that can be added to ZIP archives
     * @param filename The filename to associate with this data stream
     */
    function ZipPassThrough(filename) {
        this.filename = filename;
        this.c = crc();
        this.size = 0;
        this.compression = 0;
    }
    /**
     * Processes a chunk and pushes to the output stream. You can override this
     * method in a subclass for custom behavior, but by default this passes
     * the data through. You must call this.ondata(err, chunk, final) at some
     * point in this method.
     * @param chunk The chunk to process
     * @param final Whether this is the last chunk
     */
    ZipPassThrough.prototype.process = function (chunk, final) {
        this.ondata(null, chunk, final);
    };
    /**
     * Pushes a chunk to be added. If you are subclassing this with a custom
     * compression algorithm, note that you must push data from the source
     * file only, pre-compression.
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    ZipPassThrough.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        this.c.p(chunk);
        this.size += chunk.length;
        if (final)
            this.crc = this.c.d();
        // we shouldn't really do this cast, but properly handling ArrayBufferLike
        // makes the API unergonomic with Buffer
        this.process(chunk, final || false);
    };
    return ZipPassThrough;
}())));

// I don't extend because TypeScript extension adds 1kB of runtime bloat
/**
 * Streaming DEFLATE compression for ZIP archives. Prefer using AsyncZipDeflate
 * for better performance
 */
var ZipDeflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a DEFLATE stream that can be added to ZIP archives
     * @param filename The filename to associate with this data stream
     * @param opts The compression options
     */
    function ZipDeflate(filename, opts) {
        var _this = this;
        if (!opts)
            opts = {};
        ZipPassThrough.call(this, filename);
        this.d = new Deflate(opts, function (dat, final) {
            _this.ondata(null, dat, final);
        });
        this.compression = 8;
        this.flag = dbf(opts.level);
    }
    ZipDeflate.prototype.process = function (chunk, final) {
        try {
            this.d.push(chunk, final);
        }
        catch (e) {
            this.ondata(e, null, final);
        }
    };
    /**
     * Pushes a chunk to be deflated
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    ZipDeflate.prototype.push = function (chunk, final) {
        ZipPassThrough.prototype.push.call(this, chunk, final);
    };
    return ZipDeflate;
}())));

/**
 * Asynchronous streaming DEFLATE compression for ZIP archives
 */
var AsyncZipDeflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates an asynchronous DEFLATE stream that can be added to ZIP archives
     * @param filename The filename to associate with this data stream
     * @param opts The compression options
     */
    function AsyncZipDeflate(filename, opts) {
        var _this = this;
        if (!opts)
            opts = {};
        ZipPassThrough.call(this, filename);
        this.d = new AsyncDeflate(opts, function (err, dat, final) {
            _this.ondata(err, dat, final);
        });
        this.compression = 8;
        this.flag = dbf(opts.level);
        this.terminate = this.d.terminate;
    }
    AsyncZipDeflate.prototype.process = function (chunk, final) {
        this.d.push(chunk, final);
    };
    /**
     * Pushes a chunk to be deflated
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    AsyncZipDeflate.prototype.push = function (chunk, final) {
        ZipPassThrough.prototype.push.call(this, chunk, final);
    };
    return AsyncZipDeflate;
}())));

// TODO: Better tree shaking
/**
 * A zippable archive to which files can incrementally be added
 */
var Zip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates an empty ZIP archive to which files can be added
     * @param cb The callback to call whenever data for the generated ZIP archive
     *           is available
     */
    function Zip(cb) {
        this.ondata = cb;
        this.u = [];
        this.d = 1;
    }
    /**
     * Adds a file to the ZIP archive
     * @param file The file stream to add
     */
    Zip.prototype.add = function (file) {
        var _this = this;
        if (!this.ondata)
            err(5);
        // finishing or finished
        if (this.d & 2)
            this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, false);
        else {
            var f = strToU8(file.filename), fl_1 = f.length;
            var com = file.comment, o = com && strToU8(com);
            var u = fl_1 != file.filename.length || (o && (com.length != o.length));
            var hl_1 = fl_1 + exfl(file.extra) + 30;
            if (fl_1 > 65535)
                this.ondata(err(11, 0, 1), null, false);
            var header = new u8(hl_1);
            wzh(header, 0, file, f, u, -1);
            var chks_1 = [header];
            var pAll_1 = function () {
                for (var _i = 0, chks_2 = chks_1; _i < chks_2.length; _i++) {
                    var chk = chks_2[_i];
                    _this.ondata(null, chk, false);
                }
                chks_1 = [];
            };
            var tr_1 = this.d;
            this.d = 0;
            var ind_1 = this.u.length;
            var uf_1 = mrg(file, {
                f: f,
                u: u,
                o: o,
                t: function () {
                    if (file.terminate)
                        file.terminate();
                },
                r: function () {
                    pAll_1();
                    if (tr_1) {
                        var nxt = _this.u[ind_1 + 1];
                        if (nxt)
                            nxt.r();
                        else
                            _this.d = 1;
                    }
                    tr_1 = 1;
                }
            });
            var cl_1 = 0;
            file.ondata = function (err, dat, final) {
                if (err) {
                    _this.ondata(err, dat, final);
                    _this.terminate();
                }
                else {
                    cl_1 += dat.length;
                    chks_1.push(dat);
                    if (final) {
                        var dd = new u8(16);
                        wbytes(dd, 0, 0x8074B50);
                        wbytes(dd, 4, file.crc);
                        wbytes(dd, 8, cl_1);
                        wbytes(dd, 12, file.size);
                        chks_1.push(dd);
                        uf_1.c = cl_1, uf_1.b = hl_1 + cl_1 + 16, uf_1.crc = file.crc, uf_1.size = file.size;
                        if (tr_1)
                            uf_1.r();
                        tr_1 = 1;
                    }
                    else if (tr_1)
                        pAll_1();
                }
            };
            this.u.push(uf_1);
        }
    };
    /**
     * Ends the process of adding files and prepares to emit the final chunks.
     * This *must* be called after adding all desired files for the resulting
     * ZIP file to work properly.
     */
    Zip.prototype.end = function () {
        var _this = this;
        if (this.d & 2) {
            this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, true);
            return;
        }
        if (this.d)
            this.e();
        else
            this.u.push({
                r: function () {
                    if (!(_this.d & 1))
                        return;
                    _this.u.splice(-1, 1);
                    _this.e();
                },
                t: function () { }
            });
        this.d = 3;
    };
    Zip.prototype.e = function () {
        var bt = 0, l = 0, tl = 0;
        for (var _i = 0, _a = this.u; _i < _a.length; _i++) {
            var f = _a[_i];
            tl += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0);
        }
        var out = new u8(tl + 22);
        for (var _b = 0, _c = this.u; _b < _c.length; _b++) {
            var f = _c[_b];
            wzh(out, bt, f, f.f, f.u, -f.c - 2, l, f.o);
            bt += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0), l += f.b;
        }
        wzf(out, bt, this.u.length, tl, l);
        this.ondata(null, out, true);
        this.d = 2;
    };
    /**
     * A method to terminate any internal workers used by the stream. Subsequent
     * calls to add() will fail.
     */
    Zip.prototype.terminate = function () {
        for (var _i = 0, _a = this.u; _i < _a.length; _i++) {
            var f = _a[_i];
            f.t();
        }
        this.d = 2;
    };
    return Zip;
}())));

function zip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    var r = {};
    fltn(data, '', r, opts);
    var k = Object.keys(r);
    var lft = k.length, o = 0, tot = 0;
    var slft = lft, files = new Array(lft);
    var term = [];
    var tAll = function () {
        for (var i = 0; i < term.length; ++i)
            term[i]();
    };
    var cbd = function (a, b) {
        mt(function () { cb(a, b); });
    };
    mt(function () { cbd = cb; });
    var cbf = function () {
        var out = new u8(tot + 22), oe = o, cdl = tot - o;
        tot = 0;
        for (var i = 0; i < slft; ++i) {
            var f = files[i];
            try {
                var l = f.c.length;
                wzh(out, tot, f, f.f, f.u, l);
                var badd = 30 + f.f.length + exfl(f.extra);
                var loc = tot + badd;
                out.set(f.c, loc);
                wzh(out, o, f, f.f, f.u, l, tot, f.m), o += 16 + badd + (f.m ? f.m.length : 0), tot = loc + l;
            }
            catch (e) {
                return cbd(e, null);
            }
        }
        wzf(out, o, files.length, cdl, oe);
        cbd(null, out);
    };
    if (!lft)
        cbf();
    var _loop_1 = function (i) {
        var fn = k[i];
        var _a = r[fn], file = _a[0], p = _a[1];
        var c = crc(), size = file.length;
        c.p(file);
        var f = strToU8(fn), s = f.length;
        var com = p.comment, m = com && strToU8(com), ms = m && m.length;
        var exl = exfl(p.extra);
        var compression = p.level == 0 ? 0 : 8;
        var cbl = function (e, d) {
            if (e) {
                tAll();
                cbd(e, null);
            }
            else {
                var l = d.length;
                files[i] = mrg(p, {
                    size: size,
                    crc: c.d(),
                    c: d,
                    f: f,
                    m: m,
                    u: s != fn.length || (m && (com.length != ms)),
                    compression: compression
                });
                o += 30 + s + exl + l;
                tot += 76 + 2 * (s + exl) + (ms || 0) + l;
                if (!--lft)
                    cbf();
            }
        };
        if (s > 65535)
            cbl(err(11, 0, 1), null);
        if (!compression)
            cbl(null, file);
        else if (size < 160000) {
            try {
                cbl(null, deflateSync(file, p));
            }
            catch (e) {
                cbl(e, null);
            }
        }
        else
            term.push(deflate(file, p, cbl));
    };
    // Cannot use lft because it can decrease
    for (var i = 0; i < slft; ++i) {
        _loop_1(i);
    }
    return tAll;
}
/**
 * Synchronously creates a ZIP file. Prefer using `zip` for better performance
 * with more than one file.
 * @param data The directory structure for the ZIP archive
 * @param opts The main options, merged with per-file options
 * @returns The generated ZIP archive
 */
function zipSync(data, opts) {
    if (!opts)
        opts = {};
    var r = {};
    var files = [];
    fltn(data, '', r, opts);
    var o = 0;
    var tot = 0;
    for (var fn in r) {
        var _a = r[fn], file = _a[0], p = _a[1];
        var compression = p.level == 0 ? 0 : 8;
        var f = strToU8(fn), s = f.length;
        var com = p.comment, m = com && strToU8(com), ms = m && m.length;
        var exl = exfl(p.extra);
        if (s > 65535)
            err(11);
        var d = compression ? deflateSync(file, p) : file, l = d.length;
        var c = crc();
        c.p(file);
        files.push(mrg(p, {
            size: file.length,
            crc: c.d(),
            c: d,
            f: f,
            m: m,
            u: s != fn.length || (m && (com.length != ms)),
            o: o,
            compression: compression
        }));
        o += 30 + s + exl + l;
        tot += 76 + 2 * (s + exl) + (ms || 0) + l;
    }
    var out = new u8(tot + 22), oe = o, cdl = tot - o;
    for (var i = 0; i < files.length; ++i) {
        var f = files[i];
        wzh(out, f.o, f, f.f, f.u, f.c.length);
        var badd = 30 + f.f.length + exfl(f.extra);
        out.set(f.c, f.o + badd);
        wzh(out, o, f, f.f, f.u, f.c.length, f.o, f.m), o += 16 + badd + (f.m ? f.m.length : 0);
    }
    wzf(out, o, files.length, cdl, oe);
    return out;
}
/**
 * Streaming pass-through decompression for ZIP archives
 */
var UnzipPassThrough = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function UnzipPassThrough() {
    }
    UnzipPassThrough.prototype.push = function (chunk, final) {
        // same as ZipPassThrough: cast to retain Buffer ergonomics
        this.ondata(null, chunk, final);
    };
    UnzipPassThrough.compression = 0;
    return UnzipPassThrough;
}())));

/**
 * Streaming DEFLATE decompression for ZIP archives. Prefer AsyncZipInflate for
 * better performance.
 */
var UnzipInflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a DEFLATE decompression that can be used in ZIP archives
     */
    function UnzipInflate() {
        var _this = this;
        this.i = new Inflate(function (dat, final) {
            _this.ondata(null, dat, final);
        });
    }
    UnzipInflate.prototype.push = function (chunk, final) {
        try {
            this.i.push(chunk, final);
        }
        catch (e) {
            this.ondata(e, null, final);
        }
    };
    UnzipInflate.compression = 8;
    return UnzipInflate;
}())));

/**
 * Asynchronous streaming DEFLATE decompression for ZIP archives
 */
var AsyncUnzipInflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a DEFLATE decompression that can be used in ZIP archives
     */
    function AsyncUnzipInflate(_, sz) {
        var _this = this;
        if (sz < 320000) {
            this.i = new Inflate(function (dat, final) {
                _this.ondata(null, dat, final);
            });
        }
        else {
            this.i = new AsyncInflate(function (err, dat, final) {
                _this.ondata(err, dat, final);
            });
            this.terminate = this.i.terminate;
        }
    }
    AsyncUnzipInflate.prototype.push = function (chunk, final) {
        if (this.i.terminate)
            chunk = slc(chunk, 0);
        this.i.push(chunk, final);
    };
    AsyncUnzipInflate.compression = 8;
    return AsyncUnzipInflate;
}())));

/**
 * A ZIP archive decompression stream that emits files as they are discovered
 */
var Unzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a ZIP decompression stream
     * @param cb The callback to call whenever a file in the ZIP archive is found
     */
    function Unzip(cb) {
        this.onfile = cb;
        this.k = [];
        this.o = {
            0: UnzipPassThrough
        };
        this.p = et;
    }
    /**
     * Pushes a chunk to be unzipped
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Unzip.prototype.push = function (chunk, final) {
        var _this = this;
        if (!this.onfile)
            err(5);
        if (!this.p)
            err(4);
        if (this.c > 0) {
            var len = Math.min(this.c, chunk.length);
            var toAdd = chunk.subarray(0, len);
            this.c -= len;
            if (this.d)
                this.d.push(toAdd, !this.c);
            else
                this.k[0].push(toAdd);
            chunk = chunk.subarray(len);
            if (chunk.length)
                return this.push(chunk, final);
        }
        else {
            var f = 0, i = 0, is = void 0, buf = void 0;
            if (!this.p.length)
                buf = chunk;
            else if (!chunk.length)
                buf = this.p;
            else {
                buf = new u8(this.p.length + chunk.length);
                buf.set(this.p), buf.set(chunk, this.p.length);
            }
            var l = buf.length, oc = this.c, add = oc && this.d;
            var _loop_2 = function () {
                var sig = b4(buf, i);
                if (sig == 0x4034B50) {
                    f = 1, is = i;
                    this_1.d = null;
                    this_1.c = 0;
                    var bf = b2(buf, i + 6), cmp_1 = b2(buf, i + 8), u = bf & 2048, dd = bf & 8, fnl = b2(buf, i + 26), es = b2(buf, i + 28);
                    if (l > i + 30 + fnl + es) {
                        var chks_3 = [];
                        this_1.k.unshift(chks_3);
                        f = 2;
                        var lsc = b4(buf, i + 18), lsu = b4(buf, i + 22);
                        var fn_1 = strFromU8(buf.subarray(i + 30, i += 30 + fnl), !u);
                        var _a = z64hs(buf, i, es, 2, lsc, lsu, 0), sc_1 = _a[0], su_1 = _a[1], z64 = _a[3];
                        if (dd)
                            sc_1 = -1 - z64;
                        i += es;
                        this_1.c = sc_1;
                        var d_1;
                        var file_1 = {
                            name: fn_1,
                            compression: cmp_1,
                            start: function () {
                                if (!file_1.ondata)
                                    err(5);
                                if (!sc_1)
                                    file_1.ondata(null, et, true);
                                else {
                                    var ctr = _this.o[cmp_1];
                                    if (!ctr)
                                        file_1.ondata(err(14, 'unknown compression type ' + cmp_1, 1), null, false);
                                    d_1 = sc_1 < 0 ? new ctr(fn_1) : new ctr(fn_1, sc_1, su_1);
                                    d_1.ondata = function (err, dat, final) { file_1.ondata(err, dat, final); };
                                    for (var _i = 0, chks_4 = chks_3; _i < chks_4.length; _i++) {
                                        var dat = chks_4[_i];
                                        d_1.push(dat, false);
                                    }
                                    if (_this.k[0] == chks_3 && _this.c)
                                        _this.d = d_1;
                                    else
                                        d_1.push(et, true);
                                }
                            },
                            terminate: function () {
                                if (d_1 && d_1.terminate)
                                    d_1.terminate();
                            }
                        };
                        if (sc_1 >= 0)
                            file_1.size = sc_1, file_1.originalSize = su_1;
                        this_1.onfile(file_1);
                    }
                    return "break";
                }
                else if (oc) {
                    if (sig == 0x8074B50) {
                        is = i += 12 + (oc == -2 && 8), f = 3, this_1.c = 0;
                        return "break";
                    }
                    else if (sig == 0x2014B50) {
                        is = i -= 4, f = 3, this_1.c = 0;
                        return "break";
                    }
                }
            };
            var this_1 = this;
            for (; i < l - 4; ++i) {
                var state_1 = _loop_2();
                if (state_1 === "break")
                    break;
            }
            this.p = et;
            if (oc < 0) {
                var dat = f ? buf.subarray(0, is - 12 - (oc == -2 && 8) - (b4(buf, is - 16) == 0x8074B50 && 4)) : buf.subarray(0, i);
                if (add)
                    add.push(dat, !!f);
                else
                    this.k[+(f == 2)].push(dat);
            }
            if (f & 2)
                return this.push(buf.subarray(i), final);
            this.p = buf.subarray(i);
        }
        if (final) {
            if (this.c)
                err(13);
            this.p = null;
        }
    };
    /**
     * Registers a decoder with the stream, allowing for files compressed with
     * the compression type provided to be expanded correctly
     * @param decoder The decoder constructor
     */
    Unzip.prototype.register = function (decoder) {
        this.o[decoder.compression] = decoder;
    };
    return Unzip;
}())));

var mt = typeof queueMicrotask == 'function' ? queueMicrotask : typeof setTimeout == 'function' ? setTimeout : function (fn) { fn(); };
function unzip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    var term = [];
    var tAll = function () {
        for (var i = 0; i < term.length; ++i)
            term[i]();
    };
    var files = {};
    var cbd = function (a, b) {
        mt(function () { cb(a, b); });
    };
    mt(function () { cbd = cb; });
    var e = data.length - 22;
    for (; b4(data, e) != 0x6054B50; --e) {
        if (!e || data.length - e > 65558) {
            cbd(err(13, 0, 1), null);
            return tAll;
        }
    }
    ;
    var lft = b2(data, e + 8);
    if (lft) {
        var c = lft;
        var o = b4(data, e + 16);
        var z = b4(data, e - 20) == 0x7064B50;
        if (z) {
            var ze = b4(data, e - 12);
            z = b4(data, ze) == 0x6064B50;
            if (z) {
                c = lft = b4(data, ze + 32);
                o = b4(data, ze + 48);
            }
        }
        var fltr = opts && opts.filter;
        var _loop_3 = function (i) {
            var _a = zh(data, o, z), c_1 = _a[0], sc = _a[1], su = _a[2], fn = _a[3], no = _a[4], off = _a[5], b = slzh(data, off);
            o = no;
            var cbl = function (e, d) {
                if (e) {
                    tAll();
                    cbd(e, null);
                }
                else {
                    if (d)
                        files[fn] = d;
                    if (!--lft)
                        cbd(null, files);
                }
            };
            if (!fltr || fltr({
                name: fn,
                size: sc,
                originalSize: su,
                compression: c_1
            })) {
                if (!c_1)
                    cbl(null, slc(data, b, b + sc));
                else if (c_1 == 8) {
                    var infl = data.subarray(b, b + sc);
                    // Synchronously decompress under 512KB, or barely-compressed data
                    if (su < 524288 || sc > 0.8 * su) {
                        try {
                            cbl(null, inflateSync(infl, { out: new u8(su) }));
                        }
                        catch (e) {
                            cbl(e, null);
                        }
                    }
                    else
                        term.push(inflate(infl, { size: su }, cbl));
                }
                else
                    cbl(err(14, 'unknown compression type ' + c_1, 1), null);
            }
            else
                cbl(null, null);
        };
        for (var i = 0; i < c; ++i) {
            _loop_3(i);
        }
    }
    else
        cbd(null, {});
    return tAll;
}
/**
 * Synchronously decompresses a ZIP archive. Prefer using `unzip` for better
 * performance with more than one file.
 * @param data The raw compressed ZIP file
 * @param opts The ZIP extraction options
 * @returns The decompressed files
 */
function unzipSync(data, opts) {
    var files = {};
    var e = data.length - 22;
    for (; b4(data, e) != 0x6054B50; --e) {
        if (!e || data.length - e > 65558)
            err(13);
    }
    ;
    var c = b2(data, e + 8);
    if (!c)
        return {};
    var o = b4(data, e + 16);
    var z = b4(data, e - 20) == 0x7064B50;
    if (z) {
        var ze = b4(data, e - 12);
        z = b4(data, ze) == 0x6064B50;
        if (z) {
            c = b4(data, ze + 32);
            o = b4(data, ze + 48);
        }
    }
    var fltr = opts && opts.filter;
    for (var i = 0; i < c; ++i) {
        var _a = zh(data, o, z), c_2 = _a[0], sc = _a[1], su = _a[2], fn = _a[3], no = _a[4], off = _a[5], b = slzh(data, off);
        o = no;
        if (!fltr || fltr({
            name: fn,
            size: sc,
            originalSize: su,
            compression: c_2
        })) {
            if (!c_2)
                files[fn] = slc(data, b, b + sc);
            else if (c_2 == 8)
                files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
            else
                err(14, 'unknown compression type ' + c_2);
        }
    }
    return files;
}


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
