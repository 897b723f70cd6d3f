export const id = 996;
export const ids = [996];
export const modules = {

/***/ 52996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/engine-worker.ts + 67 modules
var engine_worker = __webpack_require__(84747);
// EXTERNAL MODULE: ./src/shared/policy.ts
var shared_policy = __webpack_require__(38411);
// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(735);
// EXTERNAL MODULE: ./src/shared/unsafe-chars.ts
var unsafe_chars = __webpack_require__(94295);
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
var number_format = __webpack_require__(70886);
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
        rows.length ? (0,markdown_table/* markdownTable */.Q)([['', 'vat', 'metric', 'this run', 'baseline / band', 'Δ', 'limit'], ...rows], { align: ['c', 'l', 'l', 'r', 'r', 'r', 'r'] }) : '',
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
        rows.length ? (0,markdown_table/* markdownTable */.Q)([['vat', '', 'BOYDs', 'ms, first → last', 'change', 'µs/block', 'heap'], ...rows], { align: ['l', 'c', 'r', 'r', 'r', 'r', 'r'] }) : 'No vat has enough BOYDs for a trend.',
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
        (0,markdown_table/* markdownTable */.Q)([head, ...rows], { align: ['l', 'c', ...stages.map(() => 'r'), 'r', 'r'] }),
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
        rows.length ? (0,markdown_table/* markdownTable */.Q)([['vat', 'BOYDs', 'µs/block (Sen)', ci, 'MK p', 'µs/block vs peers', 'heap'], ...rows], { align: ['l', 'r', 'r', 'r', 'r', 'r', 'r'] }) : '',
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
    lines.push((0,markdown_table/* markdownTable */.Q)([['kind', 'count', 'seconds', 'share'], ...u.byKind.map((k) => [mdCode(k.kind, 40), fmt.num(k.count), fmt.num(k.seconds, 2), `${fmt.num(k.share * 100, 1)}%`])], { align: ['l', 'r', 'r', 'r'] }));
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
        lines.push((0,markdown_table/* markdownTable */.Q)([['vat', 'delivery', 'count', 'total s', 'mean first → last 100', 'fitted first → last'], ...rows], { align: ['l', 'l', 'r', 'r', 'r', 'r'] }));
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
var src_history = __webpack_require__(44894);
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
        lines.push((0,markdown_table/* markdownTable */.Q)([['', 'vat', 'metric', 'this run', 'band (median ± spread)'], ...rows]), '');
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
var limits = __webpack_require__(67193);
;// CONCATENATED MODULE: ./src/sources/github/errors.ts
/**
 * Errors raised by the GitHub I/O layer. Every message is a single line, never contains the
 * token or a signed URL's query string, and ends with a hint when we can guess the cause
 * (request-errors.ts maps Octokit's RequestError to these).
 */

/** A non-2xx answer from GitHub (after retries), or a network failure (`status` 0). */
class GitHubApiError extends Error {
    status;
    method;
    path;
    githubMessage;
    hint;
    documentationUrl;
    requestId;
    rateLimited;
    attempts;
    constructor(details) {
        super(formatApiError(details));
        this.name = 'GitHubApiError';
        this.status = details.status;
        this.method = details.method;
        this.path = details.path;
        this.githubMessage = details.githubMessage;
        this.hint = details.hint;
        this.documentationUrl = details.documentationUrl;
        this.requestId = details.requestId;
        this.rateLimited = details.rateLimited ?? false;
        this.attempts = details.attempts ?? 1;
    }
}
function formatApiError(d) {
    const what = d.status === 0 ? 'request failed' : `${d.status}`;
    const msg = oneLine(d.githubMessage, 400);
    const hint = d.hint ? ` (hint: ${d.hint})` : '';
    return `GitHub API ${what} on ${d.method} ${d.path}: ${msg || 'no message'}${hint}`;
}
/**
 * A 403 that is a permission refusal (a read-only token, a missing `permissions:` entry), not a
 * rate limit: what the comment and the tracking issues report as "forbidden".
 */
function isForbidden(e) {
    return e instanceof GitHubApiError && e.status === 403 && !e.rateLimited;
}
/**
 * No usable source run/artifact. Extends {@link InputError}: callers usually degrade to a warning
 * ("no baseline") instead of failing.
 */
class SourceRunError extends limits/* InputError */.w {
    reason;
    constructor(reason, message) {
        super(oneLine(message, 2000));
        this.name = 'SourceRunError';
        this.reason = reason;
    }
}
/** The artifact is larger than the caller's byte cap, or is not a zip. */
class ArtifactDownloadError extends limits/* InputError */.w {
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
/** Query parameters that carry a signed URL's credentials. */
const SIGNED_QUERY_PARAM = /([?&](?:sig|signature|se|st|sp|sv|sr|spr|skoid|sktid|skt|ske|sks|skv|rscd|X-Amz-[A-Za-z-]+|token|access_token)=)[^&\s"'<>]+/gi;
/**
 * Removes the token, and the signature parts of signed blob URLs (Azure SAS, S3 presigned) that an
 * error body may quote, from text bound for a message or the log.
 */
function redactor(token) {
    return (s) => (token.length >= 4 ? s.split(token).join('***') : s).replace(SIGNED_QUERY_PARAM, '$1***');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
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
            throw new limits/* InputError */.w(`GITHUB_EVENT_PATH ${env.GITHUB_EVENT_PATH}: cannot read the event payload (${e.message.split('\n')[0]})`);
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
        ref: env.GITHUB_REF || undefined,
    };
}
/** `owner/repo` → [owner, repo]; `what` names the input or variable in the error. */
function splitRepository(slug, what) {
    const m = /^([A-Za-z0-9_.-]{1,100})\/([A-Za-z0-9_.-]{1,100})$/.exec(slug.trim());
    if (!m)
        throw new limits/* InputError */.w(`${what} must be 'owner/repo' (got '${slug.slice(0, 120)}')`);
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
/** Under a `workflow_run` event, the triggering run from the payload (an object), else undefined. */
function workflowRunOf(ctx) {
    const wr = ctx.eventName === 'workflow_run' ? ctx.payload.workflow_run : undefined;
    return wr !== null && typeof wr === 'object' ? wr : undefined;
}
/** The event that started the analysed work: the source run's event under `workflow_run`. */
function originEvent(ctx) {
    const event = workflowRunOf(ctx)?.event;
    return typeof event === 'string' ? event : ctx.eventName;
}

;// CONCATENATED MODULE: ./src/publish/github/report-artifact.ts
/**
 * The RunReport as a workflow artifact, so that later runs find it as their baseline
 * (baseline.ts looks for the newest artifact named `report-artifact` on the baseline branch).
 *
 * Pure: whether to upload (`upload-report`, the event and branch, the host, the runner's
 * variables) and one log line for each outcome. The upload goes through an {@link ArtifactUploader}
 * that the caller loads: run-action.ts imports @actions/artifact lazily, so the scan workers and
 * the CLI never load it. Nothing here throws: an upload that fails is a warning, never the verdict.
 * No @actions/* here.
 */



const UPLOAD_MODES = ['auto', 'always', 'never'];
/** Events whose default-branch runs upload under `auto`: the runs that make baselines. */
const BASELINE_EVENTS = ['push', 'schedule', 'workflow_dispatch'];
/** Characters @actions/artifact refuses in an artifact name (and the baseline lookup would never match). */
const ARTIFACT_NAME_FORBIDDEN = /[":<>|*?\\/\r\n]/;
/** Retention GitHub accepts at most (a repository's own limit may be lower; the upload then uses that). */
const MAX_RETENTION_DAYS = 400;
/** Default of `report-upload-timeout`: a report is a few hundred kB; two minutes is generous. */
const DEFAULT_UPLOAD_TIMEOUT_SECONDS = 120;
/** Longest `report-upload-timeout` accepted. */
const MAX_UPLOAD_TIMEOUT_SECONDS = 3600;
/** A refused upload because the run already holds an artifact of that name (HTTP 409). */
const isConflict = (msg) => /\(409\)|already exists/i.test(msg);
/**
 * Upload or not, and why. `never` and an `auto` run that makes no baseline are plain notes; a run
 * that should upload but cannot (not on a runner, GitHub Enterprise Server) is a warning.
 */
function planReportUpload(cfg, ctx, env = process.env, target = {}) {
    if (cfg.mode === 'never')
        return { upload: false, warn: false, why: "input 'upload-report' is 'never'" };
    let why = "input 'upload-report' is 'always'";
    if (cfg.mode === 'auto') {
        const e = baselineEligibility(ctx, target);
        const of = target.baselineBranch ? `of the baseline branch '${target.baselineBranch}'` : 'of the default branch';
        if (!e.ok)
            return { upload: false, warn: false, why: `${e.why} (upload-report: auto uploads only ${BASELINE_EVENTS.join(', ')} runs ${of})` };
        why = e.why;
    }
    for (const v of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL']) {
        if (!env[v])
            return { upload: false, warn: true, why: `${v} is not set (the runner sets it for actions; outside GitHub Actions use upload-report: never)` };
    }
    if (!artifactServiceAvailable(ctx.serverUrl)) {
        return { upload: false, warn: true, why: `${ctx.serverUrl} looks like GitHub Enterprise Server, where @actions/artifact cannot upload; upload report-path with the artifact action your server supports and set upload-report: never` };
    }
    return { upload: true, why };
}
/**
 * Does this run make a baseline? A push, scheduled or manual run of the baseline branch (by
 * default the default branch), or, under `workflow_run`, such a run of this repository (not of a
 * fork) that triggered it; and the report must describe a run of that branch, or the lookup
 * refuses it (a manual run on main that analysed a pull request's run makes no baseline).
 */
function baselineEligibility(ctx, target = {}) {
    const wr = workflowRunOf(ctx);
    const event = originEvent(ctx);
    const what = !event ? 'a run without GITHUB_EVENT_NAME (outside GitHub Actions)' : wr ? `the triggering '${event}' run` : `a '${event}' run`;
    if (!BASELINE_EVENTS.includes(event))
        return { ok: false, why: `${what} makes no baseline` };
    const defaultBranch = str(ctx.payload.repository?.default_branch);
    let branch;
    if (wr) {
        const head = str(wr.head_repository?.full_name);
        const base = str(wr.repository?.full_name) ?? str(ctx.payload.repository?.full_name);
        if (!head || !base || head !== base)
            return { ok: false, why: `${what} is from another repository (${head ?? 'unknown'})` };
        branch = str(wr.head_branch);
    }
    else {
        if (ctx.ref && !ctx.ref.startsWith('refs/heads/'))
            return { ok: false, why: `${what} is for ${ctx.ref}, not a branch` };
        branch = ctx.branch;
    }
    const analysed = (want) => target.analysedBranch !== undefined && want !== undefined && target.analysedBranch !== want
        ? { ok: false, why: `${what} analysed a run of branch '${target.analysedBranch}', not '${want}': the baseline lookup would refuse its report` }
        : undefined;
    if (target.baselineBranch) {
        const want = target.baselineBranch;
        if (!branch)
            return { ok: false, why: `${what}: cannot tell its branch` };
        if (branch !== want)
            return { ok: false, why: `${what} is on branch '${branch}', not the baseline branch '${want}'` };
        return analysed(want) ?? { ok: true, why: `${what} on the baseline branch '${want}'` };
    }
    if (!defaultBranch) {
        // Scheduled workflows always run on the default branch; other payloads name it.
        if (event === 'schedule' && !wr)
            return analysed(branch) ?? { ok: true, why: 'a scheduled run (always on the default branch)' };
        return { ok: false, why: `${what}: the event payload does not name the default branch` };
    }
    if (!branch)
        return { ok: false, why: `${what}: cannot tell its branch` };
    if (branch !== defaultBranch)
        return { ok: false, why: `${what} is on branch '${branch}', not the default branch '${defaultBranch}'` };
    return analysed(defaultBranch) ?? { ok: true, why: `${what} on the default branch '${defaultBranch}'` };
}
/** github.com and GHE.com data residency have the artifact (v4) service; GitHub Enterprise Server does not. */
function artifactServiceAvailable(serverUrl) {
    let host;
    try {
        host = new URL(serverUrl).hostname.toLowerCase();
    }
    catch {
        return false;
    }
    return host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost');
}
/**
 * Upload `reportPath` (alone, under its own file name) as artifact `cfg.name`. Returns the
 * artifact id, or undefined after one warning line when loading the client or the upload failed.
 */
async function uploadReportArtifact(cfg, reportPath, loadUploader, log, opts = {}) {
    let timer;
    const attempt = Number(opts.runAttempt);
    const reRun = Number.isSafeInteger(attempt) && attempt > 1;
    try {
        const uploader = await loadUploader();
        // The library has no overall deadline: a service that accepts the connection and never answers
        // would hold the step until the job's timeout. Race it (the deletion of an earlier attempt's
        // report and the upload together); the caller ends the process afterwards.
        const timedOut = new Promise((resolve) => {
            timer = setTimeout(() => resolve('timeout'), cfg.timeoutSeconds * 1000);
        });
        const giveUp = (pending) => {
            pending.catch(() => { });
            opts.onTimeout?.();
            log.warning(`report artifact '${cfg.name}' not uploaded: no answer within ${cfg.timeoutSeconds} s (input 'report-upload-timeout'). The verdict stands; later runs cannot use this report as their baseline`);
            return undefined;
        };
        if (reRun && uploader.listArtifacts && uploader.deleteArtifact) {
            const deletion = replaceEarlierAttempt(uploader, cfg.name, attempt, log);
            if ((await Promise.race([deletion, timedOut])) === 'timeout')
                return giveUp(deletion);
        }
        const upload = uploader.uploadArtifact(cfg.name, [reportPath], external_node_path_default().dirname(reportPath), cfg.retentionDays === undefined ? {} : { retentionDays: cfg.retentionDays });
        const res = await Promise.race([upload, timedOut]);
        if (res === 'timeout')
            return giveUp(upload);
        if (typeof res?.id !== 'number' || !Number.isSafeInteger(res.id) || res.id <= 0) {
            log.warning(`report artifact '${cfg.name}': the upload returned no artifact id`);
            return undefined;
        }
        const days = cfg.retentionDays === undefined ? "the repository's retention" : `${cfg.retentionDays} day(s)`;
        log.info(`report artifact '${cfg.name}' uploaded: id ${res.id}, ${res.size ?? '?'} bytes (zip), ${days}${res.digest ? `, sha256 ${res.digest}` : ''}`);
        return res.id;
    }
    catch (e) {
        const msg = errorText(e);
        const hint = isConflict(msg)
            ? reRun
                ? '. The run already holds a report of that name and the earlier attempt\'s could not be replaced'
                : ". The run already holds an artifact of that name, from another job or step: give each gate step of a workflow its own 'report-artifact' (and its baseline lookup the same name)"
            : '';
        log.warning(`report artifact '${cfg.name}' not uploaded: ${oneLine(msg, 600)}${hint}. The verdict stands; later runs cannot use this report as their baseline`);
        return undefined;
    }
    finally {
        clearTimeout(timer);
    }
}
/** Deletes the report an earlier attempt of this run uploaded, if any; never throws. */
async function replaceEarlierAttempt(uploader, name, attempt, log) {
    try {
        const { artifacts } = await uploader.listArtifacts();
        const earlier = artifacts.filter((a) => a.name === name);
        if (!earlier.length) {
            log.info(`report artifact '${name}': attempt ${attempt} of this run; no earlier attempt uploaded one`);
            return;
        }
        const { id } = await uploader.deleteArtifact(name);
        log.info(`report artifact '${name}': attempt ${attempt} of this run; deleted the report an earlier attempt uploaded (id ${id ?? earlier[0].id}) to put this one in its place`);
    }
    catch (e) {
        log.warning(`report artifact '${name}': could not replace the report an earlier attempt of this run uploaded (${oneLine(errorText(e), 300)}); uploading anyway`);
    }
}
const errorText = (e) => (e instanceof Error ? `${e.name && e.name !== 'Error' ? `${e.name}: ` : ''}${e.message}` : String(e));
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}

;// CONCATENATED MODULE: ./src/publish/github/html-artifact.ts
/**
 * The HTML report as an unzipped workflow artifact (`@actions/artifact` with `skipArchive`), which
 * GitHub serves as the file itself, so the comment and the job summary can link it and a click
 * opens the report in the browser. Uploaded on every run the artifact service can take it (pull
 * requests too: it is a view of this run, not a baseline). The artifact of an unzipped upload is
 * named after its file, so the file name carries the job, the step id and the run attempt (two
 * gate steps of one job without ids collide, and the second is a warning). Nothing here throws; a failed upload is one
 * warning line and the report is simply not linked. No @actions/* here: the caller loads the client.
 */




/**
 * `loadgen-gate-report-<job>[-<step id>].html`, `-attempt-N` added on a re-run: artifact names are
 * unique in a workflow run, and an unzipped artifact is named after its file. The step id
 * (`GITHUB_ACTION` when the step has an `id:`) tells two gate steps of one job apart.
 */
function htmlReportName(ctx, env = process.env) {
    const clean = (s) => (s ?? '').replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 60);
    const job = clean(env.GITHUB_JOB);
    const step = env.GITHUB_ACTION && !env.GITHUB_ACTION.startsWith('__') ? clean(env.GITHUB_ACTION) : '';
    const attempt = ctx.runAttempt && /^\d+$/.test(ctx.runAttempt) && ctx.runAttempt !== '1' ? `-attempt-${ctx.runAttempt}` : '';
    return `loadgen-gate-report${job ? `-${job}` : ''}${step ? `-${step}` : ''}${attempt}.html`;
}
/** Why the HTML report cannot be uploaded here, or null when it can. */
function htmlUploadBlocker(ctx, env = process.env) {
    for (const v of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'])
        if (!env[v])
            return `${v} is not set (outside GitHub Actions)`;
    if (!artifactServiceAvailable(ctx.serverUrl))
        return `${ctx.serverUrl} has no artifact service for unzipped uploads`;
    return null;
}
/** Where GitHub shows an artifact of this run. */
function artifactUrl(ctx, id) {
    if (!ctx.runId || !/^\d+$/.test(ctx.runId))
        return undefined;
    return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}/artifacts/${id}`;
}
/**
 * Writes `html` into `dir` under its artifact name and uploads it unzipped. Returns the link to
 * the artifact, or undefined (with one warning or note) when it was not uploaded.
 */
async function uploadHtmlReport(html, dir, ctx, loadUploader, log, 
/** `onTimeout`: the upload was given up; its request may still hold the event loop (the caller ends the process). */
opts) {
    const blocker = htmlUploadBlocker(ctx, opts.env);
    const name = htmlReportName(ctx, opts.env);
    if (blocker) {
        log.info(`HTML report not uploaded: ${blocker}`);
        return undefined;
    }
    let timer;
    try {
        const file = external_node_path_default().join(dir, name);
        await (0,promises_.mkdir)(dir, { recursive: true });
        await (0,promises_.writeFile)(file, html);
        const uploader = await loadUploader();
        const upload = uploader.uploadArtifact(name, [file], dir, { skipArchive: true, ...(opts.retentionDays !== undefined ? { retentionDays: opts.retentionDays } : {}) });
        const timedOut = new Promise((resolve) => {
            timer = setTimeout(() => resolve('timeout'), opts.timeoutSeconds * 1000);
        });
        const res = await Promise.race([upload, timedOut]);
        if (res === 'timeout') {
            upload.catch(() => { });
            opts.onTimeout?.();
            log.warning(`HTML report '${name}' not uploaded: no answer within ${opts.timeoutSeconds} s`);
            return undefined;
        }
        if (typeof res?.id !== 'number' || !Number.isSafeInteger(res.id) || res.id <= 0) {
            log.warning(`HTML report '${name}': the upload returned no artifact id`);
            return undefined;
        }
        const url = artifactUrl(ctx, res.id);
        log.info(`HTML report '${name}' uploaded: id ${res.id}, ${res.size ?? '?'} bytes${url ? `, ${url}` : ''}`);
        return url;
    }
    catch (e) {
        log.warning(`HTML report '${name}' not uploaded: ${oneLine(e instanceof Error ? e.message : String(e), 600)}`);
        return undefined;
    }
    finally {
        clearTimeout(timer);
    }
}
/** Base URL of this action's docs at the version that ran, for the links next to each finding. */
function docsBaseUrl(ctx, env = process.env) {
    const repo = env.GITHUB_ACTION_REPOSITORY;
    const ref = env.GITHUB_ACTION_REF;
    if (repo && /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo))
        return `${ctx.serverUrl}/${repo}/blob/${ref && /^[A-Za-z0-9_./-]+$/.test(ref) ? ref : 'HEAD'}/docs/`;
    // A local action (`uses: ./`): the docs of the checked-out repository.
    if (ctx.owner && ctx.repo)
        return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/blob/${ctx.sha && /^[0-9a-f]{7,40}$/.test(ctx.sha) ? ctx.sha : 'HEAD'}/docs/`;
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 19 modules
var utils = __webpack_require__(85555);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
var dist_src = __webpack_require__(31015);
;// CONCATENATED MODULE: ./src/sources/github/request-errors.ts
/**
 * Octokit's `RequestError` (and a failure before any answer) as one {@link GitHubApiError} line
 * with the project's hints: which permission is missing, that a fork PR has a read-only token,
 * that a rate limit is not a permission problem, whether a server error was retried. Pure.
 */


/** Anything thrown out of an Octokit request, as a GitHubApiError; other errors pass through. */
function toGitHubApiError(e, c) {
    if (e instanceof GitHubApiError)
        return e;
    if (!(e instanceof dist_src/* RequestError */.G))
        return e;
    const method = e.request.method;
    const path = c.redact(displayPath(e.request.url, c.apiPath));
    if (!e.response) {
        // @octokit/request answers a failed fetch with a RequestError of status 500 and no response.
        const cause = e.cause;
        return new GitHubApiError({
            status: 0,
            method,
            path,
            githubMessage: c.redact(oneLine(describeNetworkError(cause ?? e), 400)),
            hint: c.retried ? (c.attempts > 1 ? `gave up after ${c.attempts} attempts` : undefined) : 'not retried: a POST may already have been applied',
            attempts: c.attempts,
        });
    }
    const headers = e.response.headers;
    const { message, documentationUrl } = githubMessage(e.response.data, e.message);
    const limit = rateLimit(e.status, headers, message, c.now?.() ?? Date.now());
    return new GitHubApiError({
        status: e.status,
        method,
        path,
        githubMessage: c.redact(oneLine(message, 400)),
        hint: limit ? rateLimitHint(limit, c.maxRetryAfterMs) : hintFor(e.status, method, path, message, c),
        documentationUrl: documentationUrl === undefined ? undefined : c.redact(oneLine(documentationUrl, 300)),
        requestId: c.redact(oneLine(String(headers['x-github-request-id'] ?? ''), 100)) || undefined,
        rateLimited: limit !== undefined,
        attempts: c.attempts,
    });
}
/** The URL's path without the query and without the API URL's own path (GHES `/api/v3`). */
function displayPath(url, apiPath) {
    let p;
    try {
        p = new URL(url).pathname;
    }
    catch {
        p = url.split('?')[0] ?? url;
    }
    const base = apiPath.replace(/\/+$/, '');
    return base && p.startsWith(`${base}/`) ? p.slice(base.length) : p;
}
/** GitHub's `message` with its `errors` details, and its documentation link. */
function githubMessage(data, fallback) {
    if (typeof data === 'string')
        return { message: data && data.length < 300 && !/<html/i.test(data) ? data : fallback };
    if (!data || typeof data !== 'object')
        return { message: fallback };
    const j = data;
    let message = typeof j.message === 'string' && j.message ? j.message : fallback;
    if (Array.isArray(j.errors) && j.errors.length) {
        const details = j.errors
            .map((x) => (typeof x === 'string' ? x : typeof x?.message === 'string' ? x.message : typeof x?.code === 'string' ? `${x.field ?? ''} ${x.code}` : ''))
            .filter(Boolean)
            .join('; ');
        if (details)
            message += ` [${details}]`;
    }
    return { message, ...(typeof j.documentation_url === 'string' ? { documentationUrl: j.documentation_url } : {}) };
}
/**
 * A rate limit, from the answer alone: a 429, or a 403 with `retry-after`, `x-ratelimit-remaining: 0`
 * or a message naming a rate limit. Undefined for anything else (a 403 is then a permission problem).
 */
function rateLimit(status, headers, message, now) {
    const retryAfter = parseRetryAfter(headers['retry-after'] === undefined ? null : String(headers['retry-after']), now);
    const exhausted = String(headers['x-ratelimit-remaining'] ?? '') === '0';
    const said = /rate limit/i.test(message);
    if (status !== 429 && !(status === 403 && (retryAfter !== undefined || exhausted || said)))
        return undefined;
    const reset = Number(headers['x-ratelimit-reset']);
    if (exhausted && retryAfter === undefined && Number.isFinite(reset) && reset > 0) {
        return { kind: 'primary', resetAt: reset * 1000, waitMs: Math.max(0, reset * 1000 - now) };
    }
    return { kind: exhausted ? 'primary' : 'secondary', ...(retryAfter !== undefined ? { waitMs: retryAfter } : {}) };
}
function rateLimitHint(l, maxRetryAfterMs) {
    const what = l.kind === 'primary' ? 'rate limit exhausted' : 'secondary rate limit';
    const reset = l.resetAt !== undefined ? `; resets at ${new Date(l.resetAt).toISOString()}` : '';
    if (l.waitMs !== undefined && l.waitMs > maxRetryAfterMs) {
        return `${what}: GitHub asks to wait ${Math.round(l.waitMs / 1000)} s, longer than the ${Math.round(maxRetryAfterMs / 1000)} s this action waits${reset}; not a permission problem, try again later`;
    }
    return `${what}${reset}; not a permission problem, try again later`;
}
function hintFor(s, method, path, message, c) {
    const actions = /\/actions\//.test(path);
    if (s === 401)
        return 'bad or expired token (check the `github-token` input)';
    if ((s === 403 || s === 404) && actions)
        return 'needs `actions: read` permission (or the run/artifact does not exist)';
    if (s === 410)
        return actions ? 'artifact expired' : 'resource is gone';
    if (s === 403 && /\/issues\/\d+\/comments|\/issues\/comments\//.test(path))
        return 'needs `pull-requests: write` (or `issues: write`) permission; fork PRs get a read-only token';
    if (s === 403 && /\/issues(\/|$)/.test(path))
        return 'needs `issues: write` permission';
    if (s === 404 && /^\/repos\/[^/]+\/[^/]+$/.test(path))
        return 'repository not found, or the token cannot see it';
    if (s === 422 && /too long/i.test(message))
        return 'body over 65,536 characters';
    if (s >= 500) {
        if (!c.retried)
            return `GitHub server error; ${method} not retried: it may already have been applied`;
        return c.attempts > 1 ? `GitHub server error; gave up after ${c.attempts} attempts` : 'GitHub server error';
    }
    return undefined;
}
/** `retry-after` in ms (delta-seconds or HTTP date), or undefined. */
function parseRetryAfter(v, now = Date.now()) {
    if (v === null || v.trim() === '')
        return undefined;
    if (/^\d+(\.\d+)?$/.test(v.trim()))
        return Math.round(Number(v) * 1000);
    const t = Date.parse(v);
    return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}
/** A failed fetch in a few words: 'request timed out', or the message with the cause's code. */
function describeNetworkError(e) {
    if (e instanceof Error) {
        if (e.name === 'TimeoutError' || e.name === 'AbortError')
            return 'request timed out';
        const cause = e.cause;
        const code = typeof cause?.code === 'string' ? cause.code : undefined;
        const inner = typeof cause?.message === 'string' && e.message === 'fetch failed' ? cause.message : e.message;
        return code ? `${inner} (${code})` : inner;
    }
    return String(e);
}

;// CONCATENATED MODULE: ./src/sources/github/fetch.ts
/**
 * The fetch under Octokit. @octokit/request reads a response body after the headers, and when the
 * connection drops there it answers with whatever it read (an empty string for JSON) instead of
 * failing. This fetch reads the whole body first: a connection lost after the headers becomes a
 * failed request, which the retry plugin retries like any network error. It also bounds each
 * request's time.
 */

/** The connection dropped (or timed out) while the body was being read. */
class ConnectionLostError extends Error {
    constructor(cause) {
        super(`connection lost while reading the response: ${describeNetworkError(cause)}`, { cause });
        this.name = 'ConnectionLostError';
    }
}
/** Statuses whose Response has no body. */
const NULL_BODY = new Set([101, 204, 205, 304]);
/** `base` with a time limit per request, reading each body whole before returning it. */
function wholeBodyFetch(base, timeoutMs) {
    return async (input, init = {}) => {
        const res = await base(input, { ...init, signal: withTimeout(init.signal, timeoutMs) });
        let body;
        try {
            body = await res.arrayBuffer();
        }
        catch (e) {
            throw new ConnectionLostError(e);
        }
        const copy = new Response(NULL_BODY.has(res.status) ? null : body, { status: res.status, statusText: res.statusText, headers: res.headers });
        Object.defineProperty(copy, 'url', { value: res.url });
        return copy;
    };
}
/** `base` with a time limit per request; the body is the caller's to read. */
function timedFetch(base, timeoutMs) {
    return (input, init = {}) => base(input, { ...init, signal: withTimeout(init.signal, timeoutMs) });
}
function withTimeout(signal, ms) {
    const t = AbortSignal.timeout(ms);
    return signal ? AbortSignal.any([signal, t]) : t;
}

;// CONCATENATED MODULE: ./src/sources/github/client.ts
/**
 * The GitHub REST client: `@actions/github`'s Octokit (its proxy-aware fetch, pagination) with
 * `@octokit/plugin-retry` and `@octokit/plugin-throttling`, set up for this action:
 *
 * - retried: server errors (5xx) and failed requests, a connection lost after the headers included
 *   (fetch.ts), up to `retries` times with the retry plugin's growing waits; rate limits (429, a
 *   403 that says so, `x-ratelimit-remaining: 0`) as GitHub asks (`retry-after`, the reset time),
 *   when the wait is at most `maxRetryAfterMs`; else they fail at once, reported as a rate limit.
 * - not retried: a POST (creating a comment or an issue) on a server error or a lost connection:
 *   it may already have been applied, and a second copy is worse than a warning. Rate-limited
 *   POSTs are retried: GitHub refused them.
 * - every failure is one {@link GitHubApiError} line with a hint (request-errors.ts); the token
 *   and signed URLs' query strings never appear.
 *
 * Artifact downloads (download.ts) use the plain fetch in `client.gate` for the signed storage URL.
 */






const DEFAULT_API_URL = 'https://api.github.com';
/** Statuses the retry plugin leaves alone: client errors, and 429, which the throttling plugin handles. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
/**
 * First among the plugins, so its hooks sit inside the retry and throttling plugins' and see each
 * attempt: a POST gets no retries (see above), and every retry is counted and reported, whichever
 * plugin made it. It also hands the per-client settings to the instance (`client.gate`).
 */
function observe(octokit, options) {
    const g = options.gate;
    octokit.hook.before('request', (req) => {
        const r = req;
        if (r.method === 'POST' && r.request.retries === undefined)
            r.request.retries = 0;
        r.headers['x-github-api-version'] ??= '2022-11-28';
        // The hooks see the route's template; its URL is where the request goes.
        const url = octokit.request.endpoint.parse(req).url;
        // The token goes to the API's origin only, whatever a `Link` header names as the next page.
        if (new URL(url).origin !== g.apiOrigin)
            throw new Error(`refusing to send the token to ${new URL(url).origin} (not the API's origin ${g.apiOrigin})`);
        const a = g.attempts.get(req);
        if (!a)
            return void g.attempts.set(req, { n: 1, failedAt: 0, status: 0, reason: '' });
        a.n++;
        g.onRetry({ attempt: a.n - 1, delayMs: Date.now() - a.failedAt, method: r.method, path: g.pathOf(url), status: a.status, reason: a.reason });
    });
    octokit.hook.error('request', (error, req) => {
        const a = g.attempts.get(req);
        if (a) {
            const e = error;
            a.failedAt = Date.now();
            a.status = e.response && typeof e.status === 'number' ? e.status : 0;
            a.reason = a.status >= 500 ? `${a.status} server error` : a.status === 403 || a.status === 429 ? `${a.status} rate limit` : a.status ? `${a.status}` : g.redact(describeNetworkError(e.cause ?? error));
        }
        throw error;
    });
    return { gate: g };
}
const GateOctokit = utils/* GitHub */.gq.plugin(observe, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/** Stands in for the throttling plugin's write limiters (a Bottleneck group) when writes are not spaced. */
const UNSPACED = { key: () => ({ schedule: (_job, fn, ...args) => Promise.resolve().then(() => fn(...args)) }) };
function createGitHubClient(options) {
    const apiUrl = (options.apiUrl?.trim() || DEFAULT_API_URL).replace(/\/+$/, '');
    let apiPath;
    let apiOrigin;
    try {
        const u = new URL(apiUrl);
        if (u.protocol !== 'https:' && u.protocol !== 'http:')
            throw new Error('protocol');
        apiPath = u.pathname;
        apiOrigin = u.origin;
    }
    catch {
        throw new Error(`Invalid GitHub API URL '${oneLine(apiUrl, 200)}' (GITHUB_API_URL must be an http(s) URL)`);
    }
    const retries = Math.max(0, Math.floor(options.retries ?? 3));
    const unit = options.retryUnitMs ?? 1000;
    const maxRetryAfterMs = options.maxRetryAfterMs ?? 120_000;
    const redact = redactor(options.token ?? '');
    const baseFetch = options.fetch ?? utils/* defaults */.NT.request?.fetch ?? fetch;
    const onRetry = options.onRetry ?? (() => { });
    const attempts = new WeakMap();
    const pathOf = (url) => redact(displayPath(url, apiPath));
    // A rate limit is waited out when GitHub asks for at most `maxRetryAfterMs`; else it fails now
    // and is reported as a rate limit (request-errors.ts).
    const onLimit = (kind) => (retryAfter, req, o, retryCount) => {
        const ok = retryAfter * 1000 <= maxRetryAfterMs && retryCount < retries;
        const url = o.request.endpoint.parse(req).url;
        if (ok)
            onRetry({ attempt: retryCount + 1, delayMs: retryAfter * unit, method: req.method, path: pathOf(url), status: 0, reason: kind, waiting: true });
        return ok;
    };
    const client = new GateOctokit((0,utils/* getOctokitOptions */.EG)(options.token, {
        baseUrl: apiUrl,
        userAgent: options.userAgent,
        request: { fetch: wholeBodyFetch(baseFetch, options.timeoutMs ?? 30_000) },
        retry: { retries, retryAfterBaseValue: unit, doNotRetry: DO_NOT_RETRY },
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            retryAfterBaseValue: unit,
            // The plugin only calls `key(id).schedule(job, fn)` on these.
            ...(options.spaceWrites === false ? { write: UNSPACED, notifications: UNSPACED } : {}),
        },
        gate: { apiUrl, fetch: baseFetch, retries, retryUnitMs: unit, onRetry, redact, sleep: (ms) => new Promise((r) => setTimeout(r, ms)), attempts, pathOf, apiOrigin },
    }));
    // Outermost (registered after the plugins'): the final failure, after every retry, as one line.
    client.hook.error('request', (error, req) => {
        const r = req;
        throw toGitHubApiError(error, { apiPath, attempts: attempts.get(req)?.n ?? 1, retried: (r.request.retries ?? retries) > 0, maxRetryAfterMs, redact });
    });
    return client;
}

// EXTERNAL MODULE: ./src/shared/version.ts
var version = __webpack_require__(9189);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
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
/**
 * Input order is kept; each level's "and N more" item takes the place of its first overflow item.
 * `cap` is the number of annotations of each level still free in the step: one number for every
 * level, or one per level (a level not named gets 10). The caller subtracts what the step has
 * already shown (input-problem warnings) or will show after (the failure's own error); at 0 or
 * less a level shows nothing, as GitHub would drop it anyway.
 */
function planAnnotations(items, cap = 10) {
    const capOf = (level) => Math.floor(typeof cap === 'number' ? cap : (cap[level] ?? 10));
    if (typeof cap === 'number' && (!Number.isInteger(cap) || cap < 1))
        throw new Error(`annotation cap must be a positive integer (got ${cap})`);
    const totals = new Map();
    for (const i of items)
        totals.set(i.level, (totals.get(i.level) ?? 0) + 1);
    const seen = new Map();
    const out = [];
    for (const item of items) {
        const total = totals.get(item.level);
        const c = capOf(item.level);
        const n = (seen.get(item.level) ?? 0) + 1;
        seen.set(item.level, n);
        if (c < 1)
            continue;
        if (total <= c || n < c)
            out.push(item);
        else if (n === c) {
            const more = total - c + 1;
            const noun = item.level === 'error' ? 'errors' : item.level === 'warning' ? 'warnings' : 'notices';
            out.push({ level: item.level, title: `and ${more} more ${noun}`, message: `and ${more} more ${noun} … (see the job summary for all of them)` });
        }
    }
    return out;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/sources/github/rest.ts
/** One request; its JSON as `T`. */
async function requestJson(client, route, params = {}) {
    const res = await client.request(route, params);
    return res.data;
}
/** The pages of a list, as arrays, stopping after `maxPages`. */
async function* pagesOf(client, route, params, maxPages) {
    let n = 0;
    for await (const res of client.paginate.iterator(route, params)) {
        yield (Array.isArray(res.data) ? res.data : []);
        if (++n >= maxPages)
            return;
    }
}
/** The items of a list, stopping once `maxItems` are read. */
async function listUpTo(client, route, params, maxItems) {
    const out = [];
    for await (const page of pagesOf(client, route, params, Number.POSITIVE_INFINITY)) {
        for (const item of page) {
            out.push(item);
            if (out.length >= maxItems)
                return out;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/publish/github/text.ts
/**
 * Shared helpers for comment/issue bodies: hidden markers, bot-author checks, truncation below
 * GitHub's 65,536-character body limit, and comparison that ignores a volatile timestamp line
 * and the runs' ages.
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
/**
 * An age as the bodies print it: "30 min old", "5.0 h old", "3.3 days old" (the `Source:` line,
 * bodies.ts provenanceLine) or "22 h old" (the `Baseline:` line, render/markdown.ts). The same
 * source and baseline runs are older at each run, so {@link comparable} does not count ages.
 */
const AGE = /\b\d+(?:\.\d+)? (?:min|h|days) old\b/g;
/**
 * Normalise for comparison: CRLF, trailing spaces, volatile lines, and ages (whatever their value),
 * so that a body differing from the last only in the time stamp and in how old the runs are
 * counts as unchanged.
 */
function comparable(body, volatile = VOLATILE_LINE) {
    return body
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .filter((l) => !volatile.test(l))
        .map((l) => l.replace(AGE, '(age) old').replace(/\s+$/, ''))
        .join('\n')
        .trim();
}
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/publish/github/comment.ts
/**
 * Sticky PR comment: one comment per `key`, found by a hidden marker on its first line AND a bot
 * author (or `viewerLogin`), so a user pasting the marker cannot make us edit their comment.
 *
 * Plan, then apply: {@link planStickyComment} decides (create, update, leave, skip) from the
 * comment found, without any request; {@link applyCommentPlan} makes the one write the plan names.
 * A 403 (fork PR with a read-only token) is returned as `forbidden` for the caller to warn about;
 * a rate limit is not a 403 of that kind and is thrown like any other API error.
 */




const COMMENT_MODES = ['always', 'on-change', 'on-regression', 'never'];
function commentMarker(key) {
    assertKey(key, 'comment');
    return `<!-- loadgen-gate:${key} -->`;
}
const DIGEST_LINE = /^<!-- loadgen-gate:digest:[0-9a-f]{32} -->$/;
/** The digest line of a comment we wrote: its second line (the marker is the first). */
function storedDigest(body) {
    const second = body.trimStart().split(/\r?\n/, 2)[1];
    return second !== undefined && DIGEST_LINE.test(second) ? second : undefined;
}
/** The hidden line holding the digest of what a comment stands for, as 'on-change' compares it. */
function digestLine(content, volatile = VOLATILE_LINE) {
    const hex = (0,external_node_crypto_.createHash)('sha256').update(comparable(content, volatile)).digest('hex').slice(0, 32);
    return `<!-- loadgen-gate:digest:${hex} -->`;
}
/** Checks the options a plan relies on; throws on a bad key, number or mode. */
function checkOptions(opts) {
    commentMarker(opts.key);
    if (!Number.isSafeInteger(opts.issueNumber) || opts.issueNumber <= 0)
        throw new Error(`Invalid PR/issue number ${opts.issueNumber}`);
    if (!COMMENT_MODES.includes(opts.mode))
        throw new Error(`Invalid comment mode '${opts.mode}' (valid: ${COMMENT_MODES.join(', ')})`);
}
/** Our sticky comment in a page of comments: the marker first, by a bot or by us. */
function findOwnComment(page, key, viewerLogin) {
    const marker = commentMarker(key);
    return page.find((c) => (c.body ?? '').trimStart().startsWith(marker) && isOwnAuthor(c.user, viewerLogin));
}
/**
 * Pure: given our existing comment (or none), what to write. The body is the marker, the digest of
 * what the comment stands for, and the text, cut below GitHub's limit.
 */
function planStickyComment(existing, opts) {
    checkOptions(opts);
    if (opts.mode === 'never')
        return { kind: 'skip', reason: "comment mode is 'never'", truncated: false };
    const volatile = opts.volatileLine ?? VOLATILE_LINE;
    const digest = digestLine(opts.content ?? opts.body, volatile);
    const { body, truncated } = truncateBody(`${commentMarker(opts.key)}\n${digest}\n${opts.body}`, opts.maxChars ?? DEFAULT_BODY_MAX_CHARS, opts.summaryUrl);
    if (!existing) {
        if (opts.mode === 'on-regression' && !opts.regression)
            return { kind: 'skip', reason: 'no regression and no earlier comment', truncated };
        return { kind: 'create', body, truncated };
    }
    const ref = { id: existing.id, ...(existing.html_url ? { url: existing.html_url } : {}) };
    // A comment of an older version has no digest: then its text is compared.
    const had = storedDigest(existing.body ?? '');
    const same = had !== undefined ? had === digest : comparable(existing.body ?? '', volatile) === comparable(body, volatile);
    if (opts.mode !== 'always' && same)
        return { kind: 'unchanged', ...ref, truncated };
    return { kind: 'update', ...ref, body, truncated };
}
/** Our comment on the PR, read page by page until found. */
async function findStickyComment(client, opts) {
    for await (const page of pagesOf(client, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: opts.owner, repo: opts.repo, issue_number: opts.issueNumber, per_page: 100 }, 100)) {
        const own = findOwnComment(page, opts.key, opts.viewerLogin);
        if (own)
            return own;
    }
    return undefined;
}
/** Makes the write the plan names (none for skip/unchanged). */
async function applyCommentPlan(client, target, plan) {
    const { owner, repo } = target;
    const truncated = plan.truncated;
    switch (plan.kind) {
        case 'skip':
            return { action: 'skipped', truncated, message: plan.reason };
        case 'unchanged':
            return { action: 'unchanged', id: plan.id, ...(plan.url ? { url: plan.url } : {}), truncated };
        case 'create': {
            const data = await requestJson(client, 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: target.issueNumber, body: plan.body });
            return { action: 'created', id: data.id, ...(data.html_url ? { url: data.html_url } : {}), truncated };
        }
        case 'update': {
            const data = await requestJson(client, 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner, repo, comment_id: plan.id, body: plan.body });
            const url = data.html_url ?? plan.url;
            return { action: 'updated', id: data.id ?? plan.id, ...(url ? { url } : {}), truncated };
        }
    }
}
/** Find, plan, apply. A 403 on reading or writing is `forbidden`, for the caller to warn about. */
async function upsertStickyComment(client, opts) {
    let plan = planStickyComment(undefined, opts);
    if (opts.mode === 'never')
        return applyCommentPlan(client, opts, plan);
    try {
        plan = planStickyComment(await findStickyComment(client, opts), opts);
        return await applyCommentPlan(client, opts, plan);
    }
    catch (e) {
        if (isForbidden(e))
            return { action: 'forbidden', truncated: plan.truncated, message: e.message };
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
                const data = await requestJson(client, 'GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner: opts.owner, repo: opts.repo, pull_number: n });
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
    const data = await requestJson(client, 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
        owner: opts.owner,
        repo: opts.repo,
        commit_sha: headSha,
        per_page: 100,
    });
    const list = Array.isArray(data) ? data : [];
    const open = list.filter((p) => p.state === 'open');
    // Only a pull request whose head is this commit: another one that merely contains it (a stacked
    // branch, or this PR after newer pushes, whose own run will comment) is not this run's.
    const best = open.find((p) => p.head?.sha === headSha);
    const n = parsePrNumber(best?.number);
    return n ? { number: n, source: 'commits-api', notes } : none(`no open pull request has commit ${headSha.slice(0, 12)} as its head`);
}

;// CONCATENATED MODULE: ./src/publish/github/history-config.ts
const DEFAULT_HISTORY_ARTIFACT = 'loadgen-gate-history';
const DEFAULT_HISTORY_SIZE = 200;
const MAX_HISTORY_SIZE = 2000;

;// CONCATENATED MODULE: ./src/publish/github/inputs.ts
/**
 * Action inputs → a typed, validated config. Every error names the input and, for enumerations,
 * lists the valid values. Pure: the caller passes a getter (core.getInput in the action, a map in
 * tests) and the runner context; defaults live in action.yml and are repeated here for local runs.
 */









/** Every input the action reads (kept in step with action.yml by test/publish/inputs.test.ts). */
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
    'upload-report',
    'report-retention-days',
    'report-upload-timeout',
    'html-report',
    'config',
    'report-path',
    'comment',
    'comment-key',
    'pr-number',
    'tracking-issues',
    'tracking-label',
    'history',
    'history-artifact',
    'history-size',
    'band-runs',
]));
const DEFAULT_REPORT_ARTIFACT = 'loadgen-gate-report';
function parseInputs(get, ctx, cwd = process.cwd()) {
    const input = (name) => (get(name) ?? '').trim();
    const token = input('github-token');
    const reportArtifact = input('report-artifact') || DEFAULT_REPORT_ARTIFACT;
    if (ARTIFACT_NAME_FORBIDDEN.test(reportArtifact)) {
        throw new limits/* InputError */.w(`input 'report-artifact' must be a plain artifact name, not a glob, without " : < > | * ? \\ / or line breaks (got '${oneLine(reportArtifact, 120)}')`);
    }
    const uploadMode = (input('upload-report') || 'auto');
    if (!UPLOAD_MODES.includes(uploadMode))
        throw new limits/* InputError */.w(`input 'upload-report' must be one of ${UPLOAD_MODES.join(', ')} (got '${uploadMode.slice(0, 40)}')`);
    const uploadTimeout = wholeNumber('report-upload-timeout', input('report-upload-timeout'), MAX_UPLOAD_TIMEOUT_SECONDS, 'seconds') ?? DEFAULT_UPLOAD_TIMEOUT_SECONDS;
    const retentionDays = wholeNumber('report-retention-days', input('report-retention-days'), MAX_RETENTION_DAYS, 'days', ", or empty for the repository's default");
    const reportPath = external_node_path_default().resolve(cwd, input('report-path') || 'loadgen-gate-report.json');
    if (!reportPath.endsWith('.json'))
        throw new limits/* InputError */.w(`input 'report-path' must end with .json (got '${input('report-path')}')`);
    const summaryPath = reportPath.replace(/\.json$/, '.md');
    const comment = (input('comment') || 'always');
    if (!COMMENT_MODES.includes(comment))
        throw new limits/* InputError */.w(`input 'comment' must be one of ${COMMENT_MODES.join(', ')} (got '${comment}')`);
    const commentKey = input('comment-key') || 'loadgen-gate';
    try {
        assertKey(commentKey, 'comment');
    }
    catch {
        throw new limits/* InputError */.w(`input 'comment-key' must be 1–100 of [A-Za-z0-9._:/@+-] (got '${commentKey.slice(0, 120)}')`);
    }
    const prText = input('pr-number');
    const prNumber = prText ? parsePrNumber(prText) : undefined;
    if (prText && prNumber === undefined)
        throw new limits/* InputError */.w(`input 'pr-number' must be a positive integer (got '${prText.slice(0, 40)}')`);
    const html = input('html-report') || 'upload';
    if (html !== 'upload' && html !== 'never')
        throw new limits/* InputError */.w(`input 'html-report' must be upload or never (got '${html.slice(0, 40)}')`);
    const trackingLabel = input('tracking-label') || 'loadgen-gate';
    if (trackingLabel.length > 50 || /[,\n]/.test(trackingLabel))
        throw new limits/* InputError */.w(`input 'tracking-label' must be one label of at most 50 characters without commas (got '${trackingLabel.slice(0, 60)}')`);
    return {
        token,
        source: parseSource(input, ctx),
        baseline: parseBaseline(input, ctx, reportArtifact, cwd),
        config: input('config') || undefined,
        reportPath,
        summaryPath,
        upload: { mode: uploadMode, name: reportArtifact, retentionDays, timeoutSeconds: uploadTimeout },
        htmlReport: html === 'upload',
        comment,
        commentKey,
        prNumber,
        trackingIssues: parseBoolean('tracking-issues', input('tracking-issues'), false),
        trackingLabel,
        history: parseHistoryInputs(input, cwd),
    };
}
function parseHistoryInputs(input, cwd) {
    const h = input('history') || 'auto';
    const name = input('history-artifact') || DEFAULT_HISTORY_ARTIFACT;
    if (ARTIFACT_NAME_FORBIDDEN.test(name))
        throw new limits/* InputError */.w(`input 'history-artifact' must be a plain artifact name, without " : < > | * ? \\ / or line breaks (got '${oneLine(name, 120)}')`);
    const size = wholeNumber('history-size', input('history-size'), MAX_HISTORY_SIZE, 'runs') ?? DEFAULT_HISTORY_SIZE;
    const bandRuns = wholeNumber('band-runs', input('band-runs'), MAX_HISTORY_SIZE, 'runs');
    if (bandRuns !== undefined && bandRuns < 2)
        throw new limits/* InputError */.w(`input 'band-runs' must be a whole number of runs from 2 to ${MAX_HISTORY_SIZE} (got '${input('band-runs')}')`);
    const base = { name, size, bandRuns };
    if (h === 'auto' || h === 'never')
        return { ...base, mode: h };
    return { ...base, mode: 'file', file: external_node_path_default().resolve(cwd, h) };
}
/** A whole-number input from 1 to `max` (plain digits, no sign, point or exponent); undefined when empty. */
function wholeNumber(name, text, max, unit, emptyNote = '') {
    if (text === '')
        return undefined;
    const value = Number(text);
    if (!(new RegExp(`^\\d{1,${String(max).length}}$`).test(text) && value >= 1 && value <= max)) {
        throw new limits/* InputError */.w(`input '${name}' must be a whole number of ${unit} from 1 to ${max}${emptyNote} (got '${text.slice(0, 40)}')`);
    }
    return value;
}
function parseBoolean(name, value, dflt) {
    if (value === '')
        return dflt;
    if (/^(true|True|TRUE)$/.test(value))
        return true;
    if (/^(false|False|FALSE)$/.test(value))
        return false;
    throw new limits/* InputError */.w(`input '${name}' must be true or false (got '${value.slice(0, 40)}')`);
}
function parseSource(input, ctx) {
    const p = input('path');
    const runId = input('run-id');
    const workflow = input('workflow');
    const given = [p && 'path', runId && 'run-id', workflow && 'workflow'].filter(Boolean);
    if (given.length > 1)
        throw new limits/* InputError */.w(`inputs ${given.map((g) => `'${g}'`).join(' and ')} are exclusive: give one source (path, run-id or workflow)`);
    if (p)
        return { kind: 'path', path: p };
    const artifact = input('artifact');
    const needArtifact = (why) => {
        if (!artifact)
            throw new limits/* InputError */.w(`input 'artifact' (a name or glob such as 'loadgen-*') is required when reading ${why}`);
        return artifact;
    };
    const repoInput = input('repository');
    const repoOf = (fallback) => {
        if (repoInput)
            return splitRepository(repoInput, "input 'repository'");
        if (fallback)
            return splitRepository(fallback, 'the workflow_run payload repository');
        if (!ctx.owner)
            throw new limits/* InputError */.w("input 'repository' is required outside GitHub Actions (GITHUB_REPOSITORY is not set)");
        return [ctx.owner, ctx.repo];
    };
    if (runId) {
        if (!/^\d{1,20}$/.test(runId))
            throw new limits/* InputError */.w(`input 'run-id' must be a workflow run id (digits only; got '${runId.slice(0, 40)}')`);
        const [owner, repo] = repoOf();
        return { kind: 'run', owner, repo, runId, artifact: needArtifact(`workflow run ${runId}`), via: 'run-id' };
    }
    if (workflow) {
        const [owner, repo] = repoOf();
        return { kind: 'workflow', owner, repo, workflow, branch: input('branch') || undefined, artifact: needArtifact(`runs of workflow '${workflow}'`) };
    }
    const wr = workflowRunOf(ctx);
    if (wr && /^\d+$/.test(String(wr.id ?? ''))) {
        const [owner, repo] = repoOf(typeof wr.repository?.full_name === 'string' ? wr.repository.full_name : undefined);
        return { kind: 'run', owner, repo, runId: String(wr.id), artifact: needArtifact(`the triggering workflow run ${wr.id}`), via: 'workflow_run event' };
    }
    throw new limits/* InputError */.w("no source: set input 'path' (a local run directory or zip), 'run-id', or 'workflow' (with 'artifact'); under a workflow_run event the triggering run is used by default");
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



const ROUTE = 'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/zip';
async function downloadArtifactZip(client, opts) {
    if (!Number.isFinite(opts.maxBytes) || opts.maxBytes <= 0)
        throw new Error(`maxBytes must be a positive number (got ${opts.maxBytes})`);
    const buf = await downloadCapped(client, opts);
    // Local file header, or the end-of-central-directory record of an empty zip.
    const sig = buf.length >= 4 ? buf.readUInt32LE(0) : 0;
    if (sig !== 0x04034b50 && sig !== 0x06054b50) {
        throw new ArtifactDownloadError(`artifact ${opts.artifactId} of ${opts.owner}/${opts.repo} is not a zip file (${buf.length} bytes)`);
    }
    return buf;
}
/** A storage-side failure worth another attempt (a fresh signed URL). */
class StorageFailure extends Error {
    error;
    constructor(error) {
        super(error.message);
        this.error = error;
    }
}
async function downloadCapped(client, opts) {
    const g = client.gate;
    for (let attempt = 1;; attempt++) {
        try {
            return await downloadOnce(client, opts, attempt);
        }
        catch (e) {
            if (!(e instanceof StorageFailure))
                throw e;
            if (attempt > g.retries)
                throw e.error;
            const delayMs = attempt ** 2 * g.retryUnitMs;
            await g.sleep(delayMs);
            g.onRetry({ attempt, delayMs, method: 'GET', path: e.error.path, status: e.error.status, reason: e.error.status ? `${e.error.status} server error` : e.error.githubMessage });
        }
    }
}
async function downloadOnce(client, opts, attempt) {
    const g = client.gate;
    const fetch = timedFetch(g.fetch, opts.timeoutMs ?? 600_000);
    const path = `/repos/${opts.owner}/${opts.repo}/actions/artifacts/${opts.artifactId}/zip`;
    // No redirect followed by fetch: the token must not go to the storage host.
    const res = await client.request(ROUTE, {
        owner: opts.owner,
        repo: opts.repo,
        artifact_id: Number(opts.artifactId),
        request: { redirect: 'manual', fetch, parseSuccessResponseBody: false },
    });
    const body = res.data;
    const location = res.headers.location;
    if (res.status >= 300 && res.status < 400) {
        await body?.cancel().catch(() => undefined);
        if (!location)
            throw apiError(res.status, path, 'redirect without a location');
        return fetchStorage(g, fetch, location, opts.maxBytes, attempt);
    }
    return readCapped(body, Number(res.headers['content-length']), opts.maxBytes, path, (e) => download_transient(0, path, e, attempt, g.redact));
}
async function fetchStorage(g, fetch, location, maxBytes, attempt) {
    const api = new URL(g.apiUrl);
    const target = new URL(location, api);
    const shown = `${target.origin}${target.pathname}`;
    if (target.protocol !== 'https:' && target.protocol !== 'http:')
        throw apiError(302, shown, `refusing redirect to ${target.protocol} URL`);
    if (api.protocol === 'https:' && target.protocol === 'http:')
        throw apiError(302, shown, 'refusing https → http redirect');
    let res;
    try {
        res = await fetch(target, { redirect: 'follow' });
    }
    catch (e) {
        throw download_transient(0, shown, e, attempt, g.redact);
    }
    if (!res.ok) {
        const text = await res.text().catch(() => '');
        let message = res.statusText || `HTTP ${res.status}`;
        try {
            const j = JSON.parse(text);
            if (typeof j.message === 'string')
                message = j.message;
        }
        catch {
            if (text && text.length < 300 && !/<html/i.test(text))
                message = text;
        }
        const err = new GitHubApiError({ status: res.status, method: 'GET', path: shown, githubMessage: g.redact(message), attempts: attempt });
        if (res.status >= 500 || res.status === 429)
            throw new StorageFailure(err);
        throw err;
    }
    return readCapped(res.body, Number(res.headers.get('content-length')), maxBytes, shown, (e) => download_transient(0, shown, e, attempt, g.redact));
}
function download_transient(status, path, cause, attempt, redact) {
    const what = cause instanceof ConnectionLostError ? cause.message : `connection lost while reading the response: ${describeNetworkError(cause)}`;
    return new StorageFailure(new GitHubApiError({ status, method: 'GET', path, githubMessage: redact(what), hint: attempt > 1 ? `gave up after ${attempt} attempts` : undefined, attempts: attempt }));
}
function apiError(status, path, message) {
    return new GitHubApiError({ status, method: 'GET', path, githubMessage: message });
}
/** The body into one Buffer, failing once it exceeds `maxBytes` (by the declared length first). */
async function readCapped(body, declared, maxBytes, what, lost) {
    if (Number.isFinite(declared) && declared > maxBytes) {
        await body?.cancel().catch(() => undefined);
        throw new ArtifactDownloadError(`${what} is ${fmtBytes(declared)}, over the ${fmtBytes(maxBytes)} download limit`);
    }
    if (!body)
        return Buffer.alloc(0);
    const chunks = [];
    let total = 0;
    const reader = body.getReader();
    for (;;) {
        let chunk;
        try {
            chunk = await reader.read();
        }
        catch (e) {
            throw lost(e);
        }
        if (chunk.done)
            break;
        total += chunk.value.byteLength;
        if (total > maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw new ArtifactDownloadError(`${what} exceeded the ${fmtBytes(maxBytes)} download limit (stopped after ${fmtBytes(total)})`);
        }
        chunks.push(Buffer.from(chunk.value.buffer, chunk.value.byteOffset, chunk.value.byteLength));
    }
    return Buffer.concat(chunks, total);
}
function fmtBytes(n) {
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

;// CONCATENATED MODULE: ./src/sources/github/find-run.ts


/**
 * Runs looked up one by one, at most, from the repository's artifact list when the window of
 * newest runs held none with the artifact.
 */
const MAX_RUNS_BEYOND_WINDOW = 20;
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
    const listArtifacts = (runId) => listUpTo(client, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', { owner, repo, run_id: runId, per_page: 100, name: isGlob ? undefined : pattern }, 1000);
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
        const run = await requestJson(client, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: runId });
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
    // A run is this repository's only when its head repository says so: a pull request from a fork
    // that was deleted since has head_repository null, and its workflow ran the fork's code.
    const fromFork = (run) => {
        const head = run.head_repository?.full_name;
        return excludeForks && (!head || head.toLowerCase() !== slug.toLowerCase());
    };
    const maxRuns = Math.max(1, Math.floor(opts.maxRunsToScan ?? 30));
    let branch = opts.branch?.trim() || undefined;
    if (!branch) {
        const data = await requestJson(client, 'GET /repos/{owner}/{repo}', { owner, repo });
        branch = data.default_branch || 'main';
    }
    // `scanned` counts this repository's runs, which are what `maxRuns` bounds: fork runs on a branch
    // of the same name (a fork's `main`) must not push the real ones out of the window. Fork runs
    // are bounded by the pages read (up to 10 times the window).
    let scanned = 0;
    const runsScanned = new Set();
    let forks = 0;
    let withoutMatch = 0;
    const perPage = Math.min(100, maxRuns);
    const pages = pagesOf(client, 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', { owner, repo, workflow_id: workflow, branch, status: 'success', event: opts.event || undefined, per_page: perPage }, excludeForks ? 10 * Math.ceil(maxRuns / perPage) + 1 : Math.ceil(maxRuns / perPage) + 1);
    outer: for await (const runs of pages) {
        for (const run of runs) {
            if (scanned >= maxRuns)
                break outer;
            if (run.conclusion && run.conclusion !== 'success')
                continue;
            if (fromFork(run)) {
                forks++;
                continue;
            }
            scanned++;
            runsScanned.add(run.id);
            const art = pick(run.id, await listArtifacts(run.id));
            if (art)
                return result(run, art, now);
            withoutMatch++;
        }
    }
    // The window was full of runs without the artifact (in a busy repository most runs of a workflow
    // may upload none, e.g. report runs triggered by pull requests): look the artifact up by name
    // among the repository's artifacts, newest first, and check each one's run by the same rules.
    if (scanned >= maxRuns && !isGlob) {
        const arts = await listUpTo(client, 'GET /repos/{owner}/{repo}/actions/artifacts', { owner, repo, name: pattern, per_page: 100 }, 300);
        const tried = new Set(runsScanned);
        for (const a of arts) {
            const runId = a.workflow_run?.id;
            if (typeof runId !== 'number' || tried.has(runId) || a.workflow_run?.head_branch !== branch || a.name !== pattern)
                continue;
            tried.add(runId);
            if (isExpired(a, now)) {
                expired.push({ run: runId, a });
                continue;
            }
            if (tried.size - runsScanned.size > MAX_RUNS_BEYOND_WINDOW)
                break;
            const run = await requestJson(client, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: runId });
            if (!sameWorkflow(run, workflow) || run.head_branch !== branch || (run.conclusion ?? null) !== 'success')
                continue;
            if (opts.event && run.event !== opts.event)
                continue;
            if (fromFork(run))
                continue;
            return result(run, a, now);
        }
    }
    const where = `successful runs of workflow '${workflow}' on branch '${branch}'${opts.event ? ` (event ${opts.event})` : ''} in ${slug}`;
    const forkNote = forks ? `; skipped ${forks} fork run(s)` : '';
    if (scanned === 0) {
        throw new SourceRunError('no-runs', `No ${where}${forkNote}`);
    }
    throw noArtifactError(`the ${scanned} newest ${where}${forkNote}`, pattern, seen, expired);
}
/** The run is of the workflow given as a file name (`loadgen.yml`), a path, or a numeric id. */
function sameWorkflow(run, workflow) {
    if (/^\d+$/.test(workflow))
        return run.workflow_id === Number(workflow);
    const p = run.path?.split('@')[0];
    return p === workflow || p === `.github/workflows/${workflow}`;
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

// EXTERNAL MODULE: ./src/sources/zip/extract-zip.ts + 2 modules
var extract_zip = __webpack_require__(28866);
// EXTERNAL MODULE: ./src/shared/temp-dirs.ts
var temp_dirs = __webpack_require__(47704);
// EXTERNAL MODULE: ./src/run-files/discover.ts
var discover = __webpack_require__(31440);
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
        const d = await (0,temp_dirs/* makeTempDir */.mk)(this.root, `loadgen-gate-${prefix}-`);
        this.dirs.push(d);
        return d;
    }
    async cleanup() {
        for (const d of this.dirs.splice(0).reverse())
            await (0,temp_dirs/* removeTempDir */.CT)(d).catch(() => undefined);
    }
}
/** Zip downloads are held in memory; artifacts of a loadgen run are tens of MiB. */
const MAX_ZIP_BYTES = 2 * 1024 ** 3;
async function resolveSource(cfg, deps) {
    if (cfg.kind === 'path') {
        await (0,promises_.stat)(cfg.path).catch(() => {
            throw new limits/* InputError */.w(`input 'path': ${cfg.path}: no such file or directory`);
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
        throw new limits/* InputError */.w(`artifact '${found.artifact.name}' of run ${found.run.id} holds no loadgen run files (perf.jsonl, chain-stage-N.slog.gz, chain-stage-N-storage.tar.xz); it contains: ${listing || 'nothing'}`);
    }
    if (runDir !== dir)
        deps.log.info(`run directory inside the artifact: ${external_node_path_default().relative(dir, runDir)}/`);
    return { input: runDir, inputName: external_node_path_default().join(`${found.artifact.name}.zip`, external_node_path_default().relative(dir, runDir)), provenance, prText: await readPrText(dir) };
}
function needClient(client, what) {
    if (!client)
        throw new limits/* InputError */.w(`input 'github-token' is empty, so the action cannot ${what}`);
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
            throw new limits/* InputError */.w(`${what} has expired and can no longer be downloaded (${e.message})`);
        if (e instanceof GitHubApiError || e instanceof limits/* InputError */.w)
            throw new limits/* InputError */.w(`cannot download ${what}: ${e.message}`);
        throw e;
    }
    deps.log.info(`downloaded ${what}: ${fmtBytes(zip.length)}`);
    const dir = await deps.tmp.make(prefix);
    let res;
    try {
        res = await (0,extract_zip/* extractZipSafely */.zc)(zip, dir, deps.limits);
    }
    catch (e) {
        // A corrupt or truncated zip: say which artifact of which run, not the extractor's own label.
        if (e instanceof limits/* InputError */.w)
            throw new limits/* InputError */.w(`cannot unpack ${what} (${fmtBytes(zip.length)}): ${e.message.replace(/^in-memory zip: /, '')}`);
        throw e;
    }
    for (const s of res.skipped)
        deps.log.warning((0,extract_zip/* describeSkipped */.At)(found.artifact.name, s));
    deps.log.info(`extracted ${res.files.length} file(s), ${fmtBytes(res.totalBytes)}`);
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
        parts.push(`artifact '${p.artifact}'${found ? ` (${fmtBytes(found.artifact.size_in_bytes)})` : ''}`);
    if (p.ageHours !== undefined)
        parts.push(`${(0,number_format/* formatAge */.n)(p.ageHours)} old`);
    return parts.join(', ');
}
/**
 * The shallowest directory (breadth-first, depth ≤ 4) that directly holds loadgen run files: the
 * files run discovery reads (isRunFileName, the CLI's rule), so an artifact the CLI can analyse is
 * one the action finds.
 */
async function findRunDir(root, maxDepth = 4) {
    let level = [root];
    for (let depth = 0; depth <= maxDepth && level.length; depth++) {
        const next = [];
        for (const dir of level) {
            const entries = (await (0,promises_.readdir)(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
            if (entries.some((e) => e.isFile() && (0,discover/* isRunFileName */.f)(e.name)))
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

// EXTERNAL MODULE: ./src/shared/report-schema.ts
var report_schema = __webpack_require__(38103);
;// CONCATENATED MODULE: ./src/report/baseline-file.ts
/** Reads a baseline RunReport from disk, checking that it is one we understand. */



async function readBaseline(file) {
    let raw;
    try {
        raw = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (e) {
        throw new limits/* InputError */.w(`${file}: cannot read baseline report (${e.message.split('\n')[0]})`);
    }
    return checkReport(raw, file);
}
function checkReport(raw, where) {
    const r = raw;
    if (!r || typeof r !== 'object' || typeof r.schemaVersion !== 'number' || !Array.isArray(r.vats)) {
        throw new limits/* InputError */.w(`${where}: not a loadgen-gate RunReport`);
    }
    if (!Number.isInteger(r.schemaVersion) || r.schemaVersion < 1) {
        throw new limits/* InputError */.w(`${where}: report schema v${r.schemaVersion} is not a schema version (1 to ${report_schema/* SCHEMA_VERSION */.f$})`);
    }
    if (r.schemaVersion > report_schema/* SCHEMA_VERSION */.f$) {
        throw new limits/* InputError */.w(`${where}: report schema v${r.schemaVersion} is newer than this tool's v${report_schema/* SCHEMA_VERSION */.f$}`);
    }
    const bad = shapeProblem(r);
    if (bad)
        throw new limits/* InputError */.w(`${where}: not a loadgen-gate RunReport (${bad})`);
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
            if (e instanceof limits/* InputError */.w)
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
        if (e instanceof SourceRunError || e instanceof limits/* InputError */.w || e instanceof GitHubApiError)
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



const bodies_safeUrl = (u) => (u && /^https?:\/\/[^\s()<>\]]+$/.test(u) ? u : undefined);
/** "Source: [run 123](url) @ `abc123` on `main`, artifact `x`, 5.0 h old." (markdown, escaped). */
function provenanceLine(p) {
    const parts = [];
    if (p.runId !== undefined) {
        const url = bodies_safeUrl(p.url);
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
        tail.push(`${(0,number_format/* formatAge */.n)(p.ageHours)} old`);
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
    const stamp = `<sub>Updated ${(opts.updatedAt ?? new Date()).toISOString()}${opts.summaryUrl ? ` · [full report](${bodies_safeUrl(opts.summaryUrl) ?? ''})` : ''}</sub> ${VOLATILE_LINE_MARKER}`;
    let kept = sections.map((s, index) => ({ ...s, index }));
    const dropped = [];
    const build = () => {
        const note = dropped.length
            ? `\n\n> [!NOTE]\n> Left out of this comment to fit GitHub's comment limit: ${dropped.map((d) => `\`${d}\``).join(', ')}. ${opts.summaryUrl ? `The [job summary](${bodies_safeUrl(opts.summaryUrl) ?? ''}) has everything.` : 'The job summary has everything.'}`
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
    const m = metric.replace(/-vs-(band|baseline)$/, '');
    if (m.startsWith('boyd'))
        return 'boyd';
    if (m.startsWith('clist') || m === 'promise-entries')
        return 'clist';
    // History metrics (src/history/metrics.ts): heap growth, time per delivery kind.
    if (m === 'heap-growth')
        return 'heap';
    if (m.startsWith('time-'))
        return 'time';
    return metric;
}
/** The tracking-issue key of a verdict: its vat and metric family. */
function trackingKey(v) {
    const vat = (v.name ?? v.vatID).replace(KEY_CHARS, '_').slice(0, 60) || 'vat';
    return `${vat}:${metricFamily(v.metric)}`;
}
/** One tracking-issue regression per vat and metric family (boyd, clist), from the failing verdicts. */
function regressionsOf(report, opts = {}) {
    const groups = new Map();
    for (const v of report.verdicts) {
        if (v.level !== 'fail')
            continue;
        const key = trackingKey(v);
        groups.set(key, [...(groups.get(key) ?? []), v]);
    }
    return [...groups].map(([key, vs]) => {
        const v0 = vs[0];
        const label = v0.name ? `${v0.name} (${v0.vatID})` : v0.vatID;
        const family = metricFamily(v0.metric);
        const what = family === 'boyd' ? 'BOYD time growth' : family === 'clist' ? 'c-list growth' : family === 'heap' ? 'heap growth' : family === 'time' ? 'delivery time' : family;
        return {
            key,
            // A title is shown as it is: no escapes, but no bidi or invisible characters either.
            title: `loadgen-gate: ${what} in ${plainText(label, 120)}`,
            body: [
                `**${mdText(what, 40)}** in vat ${mdText(label, 80)} on the latest scheduled loadgen run.`,
                '',
                ...vs.map((v) => `- ${mdCode(v.metric, 40)}: ${mdText(v.message, 400)}`),
                '',
                provenanceLine(report.provenance),
                opts.summaryUrl ? `\nFull report: ${bodies_safeUrl(opts.summaryUrl) ?? ''}` : '',
                '',
                'loadgen-gate updates this issue on each scheduled run and closes it when the regression is gone.',
            ].join('\n'),
        };
    });
}

// EXTERNAL MODULE: ./src/shared/logger.ts
var logger = __webpack_require__(64381);
;// CONCATENATED MODULE: ./src/publish/github/action-io.ts
/**
 * What the action says and sets through the runner, for one run: the part of `@actions/core` it
 * uses (injected by entry/action.ts, so that nothing below imports `@actions/*`), the step's log
 * with every line made safe, the count of warning annotations shown, and the six outputs.
 */

/**
 * The step's log. `core.info` writes its text as it is, so every message goes through safeLine
 * first: a slog file named `x\n::error::…` must not issue a workflow command. `warningsShown`
 * counts the warning annotations: GitHub shows 10 per step, and the verdicts' warnings get what is
 * left (run-action.ts emitAnnotations).
 */
class ActionLog {
    logger;
    shown = 0;
    constructor(core) {
        this.logger = (0,logger/* oneLineLogger */.Bk)({
            info: (m) => core.info(m),
            warning: (m) => {
                this.shown++;
                core.warning(m);
            },
            group: (t, fn) => core.group(t, fn),
        });
    }
    /** For lines that may carry artifact or API text (names, paths, provenance, messages). */
    info = (m) => this.logger.info(m);
    warn = (m) => this.logger.warning(m);
    get warningsShown() {
        return this.shown;
    }
}
/**
 * The six outputs, each set once (empty when unknown): `flush()` the five report outputs,
 * `flushArtifact()` the report artifact id, which is known only after the upload.
 */
class Outputs {
    core;
    verdict = 'error';
    reportPath = '';
    regressions = '';
    summaryPath = '';
    baselineRunId = '';
    reportArtifactId = '';
    flushed = false;
    artifactFlushed = false;
    constructor(core) {
        this.core = core;
    }
    flush() {
        if (this.flushed)
            return;
        this.flushed = true;
        this.core.setOutput('verdict', this.verdict);
        this.core.setOutput('report-path', this.reportPath);
        this.core.setOutput('regressions', this.regressions);
        this.core.setOutput('summary-path', this.summaryPath);
        this.core.setOutput('baseline-run-id', this.baselineRunId);
    }
    flushArtifact() {
        if (this.artifactFlushed)
            return;
        this.artifactFlushed = true;
        this.core.setOutput('report-artifact-id', this.reportArtifactId);
    }
}

;// CONCATENATED MODULE: ./src/publish/github/tracking-issue.ts



const MARKER_RE = /^\s*<!-- loadgen-gate-issue:([A-Za-z0-9._:/@+-]{1,100}) -->/;
function issueMarker(key) {
    assertKey(key, 'issue');
    return `<!-- loadgen-gate-issue:${key} -->`;
}
/** Our open issues by key, oldest first: marked, written by a bot or by us, not pull requests. */
function ownIssuesByKey(open, viewerLogin) {
    const byKey = new Map();
    for (const i of open) {
        if (i.pull_request || !isOwnAuthor(i.user, viewerLogin))
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
    return byKey;
}
const tracking_issue_refOf = (key, i) => ({ key, number: i.number, ...(i.html_url ? { url: i.html_url } : {}) });
/**
 * Pure: the steps that bring the open issues in line with the regressions. For each regressing key
 * (first occurrence wins): create, update or leave its issue, then close its duplicates; then close
 * the issues of keys no longer regressing. At most `maxCreate` creations; the rest are skipped.
 */
function planTrackingIssues(open, opts) {
    const label = opts.label ?? 'loadgen-gate';
    const maxCreate = opts.maxCreate ?? 20;
    const closeComment = opts.closeComment ?? ((key) => `loadgen-gate: \`${key}\` is no longer regressing; closing.`);
    const wanted = new Map();
    for (const r of opts.regressions) {
        assertKey(r.key, 'issue');
        if (!wanted.has(r.key))
            wanted.set(r.key, r);
    }
    const byKey = ownIssuesByKey(open, opts.viewerLogin);
    const steps = [];
    let creates = 0;
    for (const [key, r] of wanted) {
        const body = truncateBody(`${issueMarker(key)}\n${r.body}`, DEFAULT_BODY_MAX_CHARS, opts.summaryUrl).body;
        const title = r.title.replace(/\s+/g, ' ').trim().slice(0, 256) || key;
        const [keep, ...dups] = byKey.get(key) ?? [];
        if (!keep) {
            if (creates >= maxCreate)
                steps.push({ kind: 'skip', key, reason: `more than ${maxCreate} new issues in one run` });
            else {
                creates++;
                steps.push({ kind: 'create', key, title, body, label });
            }
        }
        else if (keep.title === title && comparable(keep.body ?? '') === comparable(body)) {
            steps.push({ kind: 'unchanged', issue: tracking_issue_refOf(key, keep) });
        }
        else {
            steps.push({ kind: 'update', issue: tracking_issue_refOf(key, keep), title, body });
        }
        for (const d of dups)
            steps.push({ kind: 'close', issue: tracking_issue_refOf(key, d), why: 'duplicate', comment: `loadgen-gate: duplicate of #${keep?.number ?? '?'}; closing.` });
    }
    for (const [key, list] of byKey) {
        if (wanted.has(key))
            continue;
        for (const issue of list)
            steps.push({ kind: 'close', issue: tracking_issue_refOf(key, issue), why: 'resolved', comment: closeComment(key) });
    }
    return steps;
}
/** The open issues that carry the label, oldest first. */
async function listLabelledIssues(client, target, label) {
    return listUpTo(client, 'GET /repos/{owner}/{repo}/issues', { owner: target.owner, repo: target.repo, labels: label, state: 'open', per_page: 100, sort: 'created', direction: 'asc' }, 2000);
}
/** Makes the steps in order. A 403 stops it: what was done so far is returned, with `forbidden`. */
async function applyTrackingPlan(client, target, steps) {
    const { owner, repo } = target;
    const out = { created: [], updated: [], unchanged: [], closed: [], duplicatesClosed: [], skipped: [] };
    try {
        for (const s of steps) {
            switch (s.kind) {
                case 'skip':
                    out.skipped.push({ key: s.key, reason: s.reason });
                    break;
                case 'unchanged':
                    out.unchanged.push(s.issue);
                    break;
                case 'create': {
                    const data = await requestJson(client, 'POST /repos/{owner}/{repo}/issues', { owner, repo, title: s.title, body: s.body, labels: [s.label] });
                    out.created.push(tracking_issue_refOf(s.key, data));
                    break;
                }
                case 'update': {
                    const data = await requestJson(client, 'PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: s.issue.number, title: s.title, body: s.body });
                    out.updated.push({ ...s.issue, ...(data.html_url ? { url: data.html_url } : {}) });
                    break;
                }
                case 'close':
                    await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: s.issue.number, body: s.comment });
                    await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: s.issue.number, state: 'closed', state_reason: s.why === 'resolved' ? 'completed' : 'not_planned' });
                    (s.why === 'resolved' ? out.closed : out.duplicatesClosed).push(s.issue);
                    break;
            }
        }
    }
    catch (e) {
        if (!isForbidden(e))
            throw e;
        out.forbidden = e.message;
    }
    return out;
}
/** List, plan, apply. A 403 (listing or writing) is reported in `forbidden`, not thrown. */
async function syncTrackingIssues(client, opts) {
    for (const r of opts.regressions)
        assertKey(r.key, 'issue');
    let open;
    try {
        open = await listLabelledIssues(client, opts, opts.label ?? 'loadgen-gate');
    }
    catch (e) {
        if (!isForbidden(e))
            throw e;
        return { created: [], updated: [], unchanged: [], closed: [], duplicatesClosed: [], skipped: [], forbidden: e.message };
    }
    return applyTrackingPlan(client, opts, planTrackingIssues(open, opts));
}

;// CONCATENATED MODULE: ./src/publish/github/history-issues.ts




/** Runs shown in a chart. */
const CHART_RUNS = 60;
const history_issues_safeUrl = (u) => (u && /^https?:\/\/[^\s()<>\]]+$/.test(u) ? u : null);
function runLink(r) {
    const text = mdText((0,src_history/* runText */.le)(r), 120);
    const url = history_issues_safeUrl(r.url);
    return url ? `[${text}](${url})` : text;
}
function rangeLine(before, after, link) {
    const url = history_issues_safeUrl(link);
    return `last good ${runLink(before)}, first bad ${runLink(after)}${url ? ` ([commits](${url}))` : ''}`;
}
/** The runs since the metric has been above `upper`, the newest first run of that streak; null if the newest run is not above. */
function outsideSince(points, upper) {
    let i = points.length - 1;
    if (i < 0 || !(points[i].value > upper))
        return null;
    while (i > 0 && points[i - 1].value > upper)
        i--;
    return { first: points[i].entry, lastGood: i > 0 ? points[i - 1].entry : null };
}
/** Chart values in a readable unit (mermaid prints plain decimals). */
function scaled(unit) {
    if (unit === 's')
        return { factor: 1e3, label: 'ms' };
    if (unit === 's/block')
        return { factor: 1e6, label: 'µs per block' };
    return { factor: 1, label: unit };
}
function historySection(history, changePoints, vatID, name, family, verdicts) {
    const s = (0,src_history/* seriesOf */.Lf)(history).get((0,src_history/* vatKey */.jq)(vatID, name));
    if (!s)
        return '';
    const flagged = new Map();
    for (const v of verdicts)
        if ((v.level === 'fail' || v.level === 'warn') && v.metric.endsWith('-vs-band'))
            flagged.set(v.metric.replace(/-vs-band$/, ''), v);
    const metrics = [...s.metrics.keys()].filter((m) => (0,src_history/* metricInfo */.R)(m)?.judged && metricFamily(m) === family && (flagged.has(m) || changePoints.some((c) => c.metric === m)));
    const parts = [];
    for (const m of metrics) {
        const info = (0,src_history/* metricInfo */.R)(m);
        const pts = s.metrics.get(m).slice(-CHART_RUNS);
        const { factor, label } = scaled(info.unit);
        const lines = [`#### ${mdText(info.label, 60)} (${mdCode(m, 40)})`, ''];
        const cps = changePoints.filter((c) => c.metric === m);
        for (const c of cps) {
            const f = (v) => (0,src_history/* formatValue */.Fl)(v, info.unit);
            const what = c.reverts !== null ? `went back ${c.direction}` : c.direction === 'up' ? 'rose' : 'fell';
            const undone = c.revertedAt ? `; undone at ${runLink(c.revertedAt)}` : '';
            lines.push(`- ${what} from ${f(c.medianBefore)} to ${f(c.medianAfter)}: ${rangeLine(c.before, c.after, c.compareUrl)}${undone}.`);
        }
        const v = flagged.get(m);
        if (!cps.some((c) => c.regression && !c.revertedAt) && v && v.threshold !== null) {
            // A band verdict's threshold is the rise allowed above the band's median (its reference).
            const since = outsideSince(s.metrics.get(m), (v.reference?.value ?? 0) + v.threshold);
            if (since) {
                const first = (0,src_history/* runRef */.px)(history, since.first);
                lines.push(since.lastGood !== null
                    ? `- Above its band since ${runLink(first)}: ${rangeLine((0,src_history/* runRef */.px)(history, since.lastGood), first, (0,src_history/* compareUrl */.XH)((0,src_history/* runRef */.px)(history, since.lastGood), first))} (too few runs since to call it a change point).`
                    : `- Above its band in every run of the history.`);
            }
        }
        const chart = xyChart({
            title: `${name ?? vatID} ${info.label}`,
            xLabel: 'run (oldest first)',
            yLabel: label,
            series: [{ name: m, x: pts.map((p) => p.entry), y: pts.map((p) => p.value * factor) }],
        });
        if (chart)
            lines.push('', chart);
        parts.push(lines.join('\n'));
    }
    if (!parts.length)
        return '';
    return [`### Across runs of the default branch (${history.entries.length} in the history)`, '', ...parts].join('\n\n');
}
/** Each regression's body with its history section. */
function withHistory(regressions, report, history, changePoints) {
    return regressions.map((r) => {
        const verdicts = report.verdicts.filter((v) => trackingKey(v) === r.key);
        const v0 = verdicts[0];
        if (!v0)
            return r;
        const family = metricFamily(v0.metric);
        const cps = changePoints.filter((c) => (c.name ?? null) === (v0.name ?? null) && (v0.name !== null || c.vatID === v0.vatID));
        const section = historySection(history, cps, v0.vatID, v0.name, family, verdicts);
        return section ? { ...r, body: `${r.body}\n\n${section}` } : r;
    });
}

;// CONCATENATED MODULE: ./src/publish/github/notify.ts








/**
 * Events on which `tracking-issues: true` opens/updates/closes issues, on the baseline branch only
 * (the same test as the report upload's, baselineEligibility).
 */
const TRACKING_EVENTS = new Set(['schedule', 'workflow_dispatch']);
async function postComment(d, source, sections, report) {
    const { client, cfg, ctx, log } = d;
    if (cfg.comment === 'never')
        return;
    if (!ctx.owner)
        return log.info('no PR comment: GITHUB_REPOSITORY is not set');
    try {
        let pr = cfg.prNumber;
        if (pr === undefined) {
            const found = await findPrNumber(client, { owner: ctx.owner, repo: ctx.repo, eventName: ctx.eventName, payload: ctx.payload, artifactPrText: source.prText });
            for (const n of found.notes)
                log.info(`PR number: ${n}`);
            if (found.number === undefined)
                return log.info(`no PR comment: ${found.reason}`);
            pr = found.number;
            log.info(`PR #${pr} (from ${found.source})`);
        }
        const { body, dropped } = commentBody(sections, { summaryUrl: d.summaryUrl });
        if (dropped.length)
            log.info(`PR comment: left out ${dropped.join(', ')} to fit the comment limit`);
        const res = await upsertStickyComment(client, {
            owner: ctx.owner,
            repo: ctx.repo,
            issueNumber: pr,
            key: cfg.commentKey,
            body,
            // What 'on-change' compares: every section, also those left out of the body.
            content: sections.map((s) => s.markdown).join('\n\n'),
            mode: cfg.comment,
            regression: report.verdict === 'fail',
            viewerLogin: await d.viewerLogin(),
            summaryUrl: d.summaryUrl,
        });
        if (res.action === 'forbidden') {
            log.warn(`cannot comment on PR #${pr}: ${res.message ?? '403'}. Fork PRs get a read-only token: use the workflow_run pattern (docs/github.md)`);
        }
        else {
            log.info(`PR #${pr} comment ${res.action}${res.url ? `: ${res.url}` : ''}${res.message ? ` (${res.message})` : ''}${res.truncated ? ' (truncated)' : ''}`);
        }
    }
    catch (e) {
        log.warn(`PR comment failed: ${e.message}`);
    }
}
async function updateTrackingIssues(d, report, target, carried) {
    const { client, cfg, ctx, log } = d;
    if (!cfg.trackingIssues)
        return;
    const event = originEvent(ctx);
    if (!TRACKING_EVENTS.has(event))
        return log.info(`tracking issues: skipped on '${event}' events (only ${[...TRACKING_EVENTS].join(', ')})`);
    // The issues track the baseline branch's runs: a manual run of another branch (or one that
    // analysed another branch's run) must neither open issues for its leaks nor close main's.
    const branch = baselineEligibility(ctx, target);
    if (!branch.ok)
        return log.info(`tracking issues: skipped: ${branch.why} (they follow the runs of the baseline branch only)`);
    if (!ctx.owner)
        return log.info('tracking issues: GITHUB_REPOSITORY is not set');
    try {
        const res = await syncTrackingIssues(client, {
            owner: ctx.owner,
            repo: ctx.repo,
            // With the history carried by this run: each issue shows the vat's series and since when.
            regressions: carried ? withHistory(regressionsOf(report, { summaryUrl: d.summaryUrl }), report, carried.history, carried.changePoints) : regressionsOf(report, { summaryUrl: d.summaryUrl }),
            label: cfg.trackingLabel,
            viewerLogin: await d.viewerLogin(),
            summaryUrl: d.summaryUrl,
        });
        if (res.forbidden)
            return log.warn(`tracking issues: ${res.forbidden}`);
        const list = (refs) => refs.map((r) => `#${r.number}`).join(' ') || '-';
        log.info(`tracking issues: created ${list(res.created)}, updated ${list(res.updated)}, unchanged ${list(res.unchanged)}, closed ${list(res.closed)}, duplicates closed ${list(res.duplicatesClosed)}`);
        for (const s of res.skipped)
            log.warn(`tracking issue for ${s.key} not created: ${s.reason}`);
    }
    catch (e) {
        log.warn(`tracking issues failed: ${e.message}`);
    }
}
/**
 * The login of a PAT's user (its comments are not Bot-authored), asked at most once; a
 * GITHUB_TOKEN (`ghs_…`) needs none. Undefined when the lookup fails.
 */
function viewerLoginOnce(client, token) {
    let viewer;
    return () => {
        if (token.startsWith('ghs_'))
            return Promise.resolve(undefined);
        viewer ??= requestJson(client, 'GET /user')
            .then((u) => (typeof u?.login === 'string' ? u.login : undefined))
            .catch(() => undefined);
        return viewer;
    };
}

;// CONCATENATED MODULE: ./src/publish/github/history-artifact.ts
/**
 * The run history as a workflow artifact (`history-artifact`, default `loadgen-gate-history`),
 * carried from one default-branch run to the next: download the newest one, append this run,
 * keep the newest `history-size`, upload. With no history yet it is seeded from the report
 * artifacts earlier runs uploaded. Every run that reads it (pull requests too) judges against the
 * band of its last `band-runs` entries.
 *
 * Plan, then apply: {@link planHistory} (whether to read and whether to carry, from the inputs,
 * the event and the branch) and {@link nextHistory} (the history to upload, from what was found)
 * are pure; {@link fetchHistory}, {@link fetchSeedReports} and {@link uploadHistory} do the I/O.
 * Nothing here throws for a missing or broken history: it is a warning, and the history is
 * rebuilt. No @actions/* here.
 */











/**
 * Pure. Read on every run unless `never`; carry on the runs that make a baseline (push, schedule,
 * workflow_dispatch on the baseline branch, baselineEligibility) where the artifact service is
 * there; a file given as `history` is read only.
 */
function planHistory(cfg, ctx, env, target) {
    if (cfg.mode === 'never')
        return { read: false, carry: false, why: "input 'history' is 'never'" };
    if (cfg.mode === 'file')
        return { read: true, carry: false, why: `history file ${cfg.file}: read only` };
    const e = baselineEligibility(ctx, target);
    if (!e.ok)
        return { read: true, carry: false, why: `${e.why}: the history is read, not carried` };
    if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL)
        return { read: true, carry: false, why: 'ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set: the history cannot be uploaded' };
    if (!artifactServiceAvailable(ctx.serverUrl))
        return { read: true, carry: false, why: `${ctx.serverUrl} has no artifact service @actions/artifact can upload to` };
    return { read: true, carry: true, why: e.why };
}
/**
 * Pure: the history to carry forward: the one found (when it could be read), else one seeded from
 * earlier reports (oldest first); then this run appended and the newest `size` kept. `notes`:
 * what happened, `warnings`: what the caller shows as warnings (a broken history).
 */
function nextHistory(found, seeds, current, size, attempt) {
    const notes = [];
    const warnings = [];
    let base;
    if (found.parsed && !found.parsed.problem) {
        base = found.parsed.history;
        notes.push(`${found.note}: ${base.entries.length} run(s)`);
        warnings.push(...found.parsed.notes);
    }
    else {
        if (found.parsed?.problem)
            warnings.push(`${found.parsed.problem}; rebuilding the history`);
        base = (0,src_history/* emptyHistory */.s4)();
        for (const r of seeds)
            base = (0,src_history/* appendEntry */.D4)(base, (0,src_history/* entryFromReport */.R8)(r), size);
        notes.push(`no history to carry on (${found.note}): seeded from ${seeds.length} earlier report(s)`);
    }
    const entry = (0,src_history/* entryFromReport */.R8)(current);
    if (attempt !== undefined && entry.run.attempt === null)
        entry.run.attempt = attempt;
    const history = (0,src_history/* appendEntry */.D4)(base, entry, size);
    notes.push(`this run appended: ${history.entries.length} run(s) kept (history-size ${size})`);
    return { history, notes, warnings };
}
/** The newest history artifact of the baseline workflow's runs on the branch (not this run's). Never throws for a missing one. */
async function fetchHistory(client, where, name, deps, currentRunId) {
    try {
        const found = await findSourceRun(client, { ...where, artifact: name, maxRunsToScan: 50, now: deps.now });
        if (currentRunId !== undefined && found.run.id === currentRunId)
            return { parsed: null, note: `the newest '${name}' artifact is this run's` };
        const dir = await downloadAndExtract(client, where.owner, where.repo, found, deps, 'history');
        const file = await findHistoryFile(dir);
        const note = `history artifact '${name}' of run ${found.run.id}`;
        if (!file)
            return { parsed: { history: (0,src_history/* emptyHistory */.s4)(), problem: `${note} holds no ${src_history/* HISTORY_FILE */.CX}`, notes: [] }, note, runId: found.run.id };
        return { parsed: (0,src_history/* parseHistory */.i6)(await (0,promises_.readFile)(file, 'utf8'), note), note, runId: found.run.id };
    }
    catch (e) {
        if (e instanceof SourceRunError || e instanceof limits/* InputError */.w || e instanceof GitHubApiError)
            return { parsed: null, note: oneLine(e.message, 300) };
        throw e;
    }
}
/** A history file from the `history` input (a path). */
async function readHistoryInput(file) {
    const text = await (0,promises_.readFile)(file, 'utf8').catch((e) => e);
    if (text instanceof Error)
        return { parsed: null, note: `history file ${file}: ${oneLine(text.message, 200)}` };
    return { parsed: (0,src_history/* parseHistory */.i6)(text, `history file ${file}`), note: `history file ${file}` };
}
async function findHistoryFile(dir) {
    const direct = external_node_path_default().join(dir, src_history/* HISTORY_FILE */.CX);
    if (await (0,promises_.stat)(direct).catch(() => null))
        return direct;
    const json = (await (0,promises_.readdir)(dir)).filter((n) => n.endsWith('.json')).sort();
    return json.length ? external_node_path_default().join(dir, json[0]) : undefined;
}
/**
 * The reports earlier runs uploaded (`report-artifact`), oldest first, at most `limit` (the newest):
 * this repository's successful runs of the workflow on the branch, each one's newest live
 * artifact of that name. Unreadable ones are skipped with a note. Never throws for API errors.
 */
async function fetchSeedReports(client, where, reportArtifact, limit, deps, currentRunId) {
    const notes = [];
    const { owner, repo } = where;
    try {
        let branch = where.branch;
        if (!branch)
            branch = (await requestJson(client, 'GET /repos/{owner}/{repo}', { owner, repo })).default_branch || 'main';
        const runs = await listUpTo(client, 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', { owner, repo, workflow_id: where.workflow, branch, status: 'success', per_page: 100 }, Math.min(1000, limit * 3));
        const slug = `${owner}/${repo}`.toLowerCase();
        const mine = new Map(runs.filter((r) => r.id !== currentRunId && (r.conclusion ?? 'success') === 'success' && r.head_repository?.full_name?.toLowerCase() === slug).map((r) => [r.id, r]));
        const arts = await listUpTo(client, 'GET /repos/{owner}/{repo}/actions/artifacts', { owner, repo, name: reportArtifact, per_page: 100 }, Math.min(3000, limit * 5));
        const newestPerRun = new Map();
        for (const a of arts) {
            const runId = a.workflow_run?.id;
            if (a.name !== reportArtifact || a.expired || runId === undefined || !mine.has(runId))
                continue;
            const seen = newestPerRun.get(runId);
            if (!seen || Date.parse(a.created_at ?? '') > Date.parse(seen.created_at ?? ''))
                newestPerRun.set(runId, a);
        }
        const picked = [...newestPerRun]
            .sort((x, y) => Date.parse(mine.get(y[0]).created_at ?? '') - Date.parse(mine.get(x[0]).created_at ?? '') || y[0] - x[0])
            .slice(0, limit)
            .reverse();
        const reports = [];
        for (const [runId, a] of picked) {
            try {
                const run = mine.get(runId);
                const dir = await downloadAndExtract(client, owner, repo, { run: { id: runId, html_url: '', head_sha: a.workflow_run?.head_sha ?? '', head_branch: branch, created_at: run.created_at ?? '', event: '', head_repository: null }, artifact: { id: a.id, name: a.name, size_in_bytes: a.size_in_bytes, expired: false, created_at: a.created_at ?? '' }, ageHours: 0 }, deps, 'seed');
                const report = await readReportIn(dir);
                if (report)
                    reports.push(report);
                else
                    notes.push(`report artifact of run ${runId} holds no RunReport; skipped`);
            }
            catch (e) {
                notes.push(`report artifact of run ${runId}: ${oneLine(e.message, 200)}; skipped`);
            }
        }
        return { reports, notes };
    }
    catch (e) {
        if (e instanceof GitHubApiError || e instanceof limits/* InputError */.w)
            return { reports: [], notes: [`cannot list earlier reports: ${oneLine(e.message, 300)}`] };
        throw e;
    }
}
async function readReportIn(dir) {
    for (const n of (await (0,promises_.readdir)(dir)).filter((x) => x.endsWith('.json')).sort()) {
        try {
            return checkReport(JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dir, n), 'utf8')), n);
        }
        catch {
            /* not a report */
        }
    }
    return null;
}
/** Writes the history into `dir` and uploads it as `name`; the artifact id, or a warning line. Never throws. */
async function uploadHistory(history, dir, name, tool, loadUploader, timeoutSeconds, reRun = false) {
    const file = external_node_path_default().join(dir, src_history/* HISTORY_FILE */.CX);
    const text = (0,src_history/* serializeHistory */.ph)(history, tool);
    let timer;
    try {
        await (0,promises_.writeFile)(file, text);
        const uploader = await loadUploader();
        const timedOut = new Promise((resolve) => {
            timer = setTimeout(() => resolve('timeout'), timeoutSeconds * 1000);
        });
        // A re-run: an earlier attempt of this run may hold the name (names are unique in a run).
        if (reRun && uploader.listArtifacts && uploader.deleteArtifact) {
            const { artifacts } = await uploader.listArtifacts().catch(() => ({ artifacts: [] }));
            if (artifacts.some((a) => a.name === name))
                await uploader.deleteArtifact(name).catch(() => undefined);
        }
        const upload = uploader.uploadArtifact(name, [file], dir, {});
        upload.catch(() => { });
        const res = await Promise.race([upload, timedOut]);
        if (res === 'timeout')
            return { warning: `history artifact '${name}' not uploaded: no answer within ${timeoutSeconds} s`, bytes: text.length };
        if (typeof res?.id !== 'number')
            return { warning: `history artifact '${name}': the upload returned no artifact id`, bytes: text.length };
        return { id: res.id, bytes: text.length };
    }
    catch (e) {
        return { warning: `history artifact '${name}' not uploaded: ${oneLine(e.message, 400)}. The next run rebuilds it from the report artifacts`, bytes: text.length };
    }
    finally {
        clearTimeout(timer);
    }
}

;// CONCATENATED MODULE: ./src/publish/github/history-run.ts




/** The baseline workflow and branch: where the history and the earlier reports are looked up. */
function where(d) {
    const b = d.cfg.baseline;
    if (b.kind === 'workflow')
        return { owner: b.owner, repo: b.repo, workflow: b.workflow, branch: b.branch };
    const workflow = d.ctx.workflowFile;
    return workflow && d.ctx.owner ? { owner: d.ctx.owner, repo: d.ctx.repo, workflow, branch: undefined } : null;
}
/** Before the analysis: the history this run is judged against. */
async function readRunHistory(d, target, policy) {
    const plan = planHistory(d.cfg.history, d.ctx, d.env, target);
    if (d.cfg.history.bandRuns !== undefined)
        policy.history = { ...policy.history, bandRuns: d.cfg.history.bandRuns };
    if (!plan.read) {
        d.log.info(`history: ${plan.why}`);
        return { plan, found: { parsed: null, note: plan.why }, seeds: [], band: null };
    }
    let found;
    if (d.cfg.history.mode === 'file')
        found = await readHistoryInput(d.cfg.history.file);
    else {
        const w = where(d);
        const runId = runIdOf(d.ctx);
        found = !d.client ? { parsed: null, note: "input 'github-token' is empty" } : !w ? { parsed: null, note: "cannot tell which workflow's runs carry it: set input 'baseline-workflow'" } : await fetchHistory(d.client, w, d.cfg.history.name, d.sourceDeps, runId);
    }
    for (const n of found.parsed?.notes ?? [])
        d.log.warning(n);
    if (found.parsed?.problem)
        d.log.warning(`${found.parsed.problem}; the run is judged without the band${plan.carry ? ' and the history is rebuilt' : ''}`);
    let band = found.parsed && !found.parsed.problem ? found.parsed.history : null;
    d.log.info(`history: ${band ? `${found.note}, ${band.entries.length} run(s)` : `none (${found.note})`}; ${plan.carry ? 'carried on by this run' : plan.why}`);
    // No history on a run that carries it: rebuilt now from the reports earlier runs uploaded, so that
    // this run is judged against their band already.
    let seeds = [];
    const w = where(d);
    if (plan.carry && !band && d.client && w) {
        const got = await fetchSeedReports(d.client, w, d.cfg.upload.name, d.cfg.history.size - 1, d.sourceDeps, runIdOf(d.ctx));
        seeds = got.reports;
        for (const n of got.notes)
            d.log.info(`history: ${n}`);
        if (seeds.length)
            band = (0,src_history/* historyOf */.om)(seeds.map((r) => (0,src_history/* entryFromReport */.R8)(r)), d.cfg.history.size);
        d.log.info(`history: rebuilt from ${seeds.length} report artifact(s) of earlier runs`);
    }
    return { plan, found, seeds, band };
}
/**
 * After the analysis, on a run that carries the history: seed it when there was none, append this
 * run, find the change points (for the log and the tracking issues). Null on a run that does not
 * carry it, or when that failed (a warning).
 */
async function prepareCarry(d, rh, report, policy) {
    if (!rh.plan.carry)
        return null;
    try {
        const next = nextHistory(rh.found, rh.seeds, report, d.cfg.history.size, attemptOf(d.ctx));
        for (const n of next.notes)
            d.log.info(`history: ${n}`);
        for (const w2 of next.warnings)
            d.log.warning(w2);
        const found = (0,src_history/* findChangePoints */.ho)(next.history, policy);
        d.log.info(`history: ${found.tested} vat metric(s) tested, ${found.changePoints.length} change point(s)`);
        for (const c of found.changePoints)
            d.log.info(`  ${(0,src_history/* changePointLine */.fU)(c)}`);
        return { history: next.history, changePoints: found.changePoints };
    }
    catch (e) {
        d.log.warning(`history not carried on: ${oneLine(e.message, 400)}`);
        return null;
    }
}
/** Uploads the carried history; the artifact id, or undefined after a warning. Never throws. */
async function uploadCarried(d, carried, loadUploader) {
    try {
        const dir = await d.sourceDeps.tmp.make('history-out');
        const up = await uploadHistory(carried.history, dir, d.cfg.history.name, `loadgen-gate ${version/* VERSION */.x}`, loadUploader, d.cfg.upload.timeoutSeconds, (attemptOf(d.ctx) ?? 1) > 1);
        if (up.warning)
            d.log.warning(up.warning);
        else
            d.log.info(`history artifact '${d.cfg.history.name}' uploaded: id ${up.id}, ${up.bytes} bytes, ${carried.history.entries.length} run(s)`);
        return up.id;
    }
    catch (e) {
        d.log.warning(`history artifact '${d.cfg.history.name}' not uploaded: ${oneLine(e.message, 400)}`);
        return undefined;
    }
}
const runIdOf = (ctx) => (ctx.runId && /^\d+$/.test(ctx.runId) ? Number(ctx.runId) : undefined);
function attemptOf(ctx) {
    const a = Number(ctx.runAttempt);
    return Number.isSafeInteger(a) && a >= 1 ? a : undefined;
}

;// CONCATENATED MODULE: ./src/publish/github/run-action.ts
/**
 * The action, step by step:
 *   parse inputs → resolve source (local path | run id | latest workflow run: download + safe
 *   extract into a temp dir that is always removed) → resolve baseline (file | newest report
 *   artifact on the baseline branch | none, with the reason) → analyzeRun (in the engine worker) → report JSON + markdown
 *   file → job summary (1 MiB budget) → annotations → sticky PR comment → tracking issues
 *   (scheduled and manual runs of the baseline branch) → outputs → report artifact (default-branch runs) → fail on a `fail` verdict.
 * The run history (history-run.ts) is read before the analysis (the band), and on default-branch
 * runs carried on: this run appended before the tracking issues, uploaded after the report artifact.
 * Outputs are always set (verdict `error` when the action could not do its job) before
 * `setFailed`, so `if: always()` steps can read them. The report artifact is uploaded after the
 * outputs and files are written; its failure is a warning and never changes the verdict.
 * `@actions/core` and the loader of `@actions/artifact` are injected (entry/action.ts), and every
 * step takes plain values, a GitHubClient and the run's log: nothing here imports `@actions/*`,
 * and nothing lives at module level.
 */
























async function runAction(deps) {
    const { core } = deps;
    const env = deps.env ?? process.env;
    const log = new ActionLog(core);
    const out = new Outputs(core);
    let tmp;
    let uploadAbandoned = false;
    try {
        // 1. Inputs.
        const ctx = readContext(env);
        const cfg = parseInputs((name) => core.getInput(name), ctx);
        if (cfg.token)
            core.setSecret(cfg.token); // the runner masks github.token, but not a PAT read from elsewhere
        const client = cfg.token ? makeClient(cfg.token, ctx, log) : undefined;
        const policy = await (0,shared_policy/* loadPolicy */.tb)(cfg.config);
        tmp = new TempDirs(ctx.tempDir);
        const sourceDeps = { client, tmp, limits: policy.limits, log: log.logger };
        // 2. Source.
        const source = await core.group('Source', async () => addRunnerProvenance(await resolveSource(cfg.source, sourceDeps), ctx, log));
        // 3. Baseline.
        const baseline = await core.group('Baseline', () => resolveBaseline(cfg.baseline, sourceDeps, { runId: source.provenance.runId }));
        reportBaseline(baseline, cfg, log);
        if (baseline.runId !== undefined)
            out.baselineRunId = String(baseline.runId);
        // 3b. History: the band this run is judged against.
        const historyDeps = { client, cfg, ctx, env, sourceDeps, log: log.logger };
        const runHistory = await core.group('History', () => readRunHistory(historyDeps, baselineTarget(cfg, source.provenance), policy));
        // 4. Analysis.
        const report = await (0,engine_worker/* analyzeRunIsolated */.ZT)({
            history: runHistory.band,
            inputs: [source.input],
            policy,
            log: log.logger,
            provenance: source.provenance,
            baseline: baseline.report,
            baselineReason: baseline.report ? undefined : `thresholds only; ${baseline.reason}`,
            workerScript: deps.workerScript,
            tmpRoot: ctx.tempDir,
            // A downloaded artifact is unpacked into a temporary directory: its files are named by it.
            inputNames: source.inputName !== undefined ? { [source.input]: source.inputName } : undefined,
        });
        const failing = report.verdicts.filter((v) => v.level === 'fail');
        // 5. Report files; the HTML report is uploaded first so the summary and the comment can link it.
        const htmlUrl = cfg.htmlReport ? await publishHtmlReport(deps, report, cfg, ctx, log, env, () => (uploadAbandoned = true)) : undefined;
        const sections = withBand(withProvenance(renderSections(report, { htmlUrl, docsBase: docsBaseUrl(ctx, env) }), report), report);
        await writeReportFiles(report, sections, cfg, log);
        out.verdict = report.verdict;
        out.reportPath = cfg.reportPath;
        out.summaryPath = cfg.summaryPath;
        out.regressions = String(failing.length);
        // 6–9. Tell people (the history carried on by this run first: the tracking issues show it).
        const carried = await prepareCarry(historyDeps, runHistory, report, policy);
        const summaryUrl = runUrl(ctx);
        await writeJobSummary(core, sections, log, env);
        emitAnnotations(core, report, log.warningsShown);
        if (client) {
            const notify = { client, cfg, ctx, log, viewerLogin: viewerLoginOnce(client, cfg.token), summaryUrl };
            await postComment(notify, source, sections, report);
            await updateTrackingIssues(notify, report, baselineTarget(cfg, report.provenance), carried);
        }
        else if (cfg.comment !== 'never') {
            log.info("no PR comment: input 'github-token' is empty");
        }
        // 10. Outputs, the report artifact (never throws), then the verdict.
        out.flush();
        const upload = await publishReportArtifact(deps, cfg, ctx, report.provenance, log, env);
        out.reportArtifactId = upload.id;
        uploadAbandoned ||= upload.abandoned;
        out.flushArtifact();
        if (carried)
            await uploadCarried(historyDeps, carried, deps.loadArtifactClient);
        if (report.verdict === 'fail') {
            core.setFailed(`loadgen-gate: ${failing.length} regression(s) in ${[...new Set(failing.map((v) => v.name ?? v.vatID))].join(', ')}`);
        }
        else {
            log.info(`loadgen-gate: ${report.verdict}`);
        }
    }
    catch (e) {
        out.verdict = 'error';
        out.flush();
        out.flushArtifact();
        const msg = e instanceof Error ? e.message : String(e);
        if (!(e instanceof limits/* InputError */.w) && e instanceof Error && e.stack)
            core.debug(e.stack);
        core.setFailed(`loadgen-gate: ${oneLine(msg, 2000)}`);
    }
    finally {
        await tmp?.cleanup();
    }
    return { uploadAbandoned };
}
/**
 * Upload the report as `report-artifact` when `upload-report` says so: the artifact id (or ''), and
 * whether the upload was given up after `report-upload-timeout`. Never throws.
 */
async function publishReportArtifact(deps, cfg, ctx, analysed, log, env) {
    let abandoned = false;
    try {
        const plan = planReportUpload(cfg.upload, ctx, env, baselineTarget(cfg, analysed));
        if (!plan.upload) {
            const line = `report artifact '${cfg.upload.name}' not uploaded: ${plan.why}`;
            if (plan.warn)
                log.warn(line);
            else
                log.info(line);
            return { id: '', abandoned };
        }
        log.info(`report artifact '${cfg.upload.name}': uploading (${plan.why})`);
        const id = await deps.core.group(`Upload report artifact '${cfg.upload.name}'`, () => uploadReportArtifact(cfg.upload, cfg.reportPath, deps.loadArtifactClient, log.logger, {
            onTimeout: () => {
                abandoned = true;
            },
            runAttempt: ctx.runAttempt,
        }));
        return { id: id === undefined ? '' : String(id), abandoned };
    }
    catch (e) {
        // uploadReportArtifact already turns upload errors into a warning; this is the last guard.
        log.warn(`report artifact '${cfg.upload.name}' not uploaded: ${oneLine(e instanceof Error ? e.message : String(e), 600)}`);
        return { id: '', abandoned };
    }
}
/**
 * The baseline branch (`baseline-branch`, else the default branch) and the branch of the run the
 * report analysed: what decides whether this run makes a baseline (the report upload) and whether
 * it keeps the tracking issues.
 */
function baselineTarget(cfg, analysed) {
    return {
        baselineBranch: cfg.baseline.kind === 'workflow' ? cfg.baseline.branch : undefined,
        analysedBranch: analysed.source === 'github-run' ? analysed.branch : undefined,
    };
}
/** The HTML report next to the JSON report, uploaded unzipped; its link, or undefined. Never throws. */
async function publishHtmlReport(deps, report, cfg, ctx, log, env, onTimeout) {
    try {
        return await uploadHtmlReport(renderHtml(report), external_node_path_default().dirname(cfg.reportPath), ctx, deps.loadArtifactClient, log.logger, { timeoutSeconds: cfg.upload.timeoutSeconds, retentionDays: cfg.upload.retentionDays, onTimeout, env });
    }
    catch (e) {
        log.warn(`HTML report not uploaded: ${oneLine(e instanceof Error ? e.message : String(e), 600)}`);
        return undefined;
    }
}
function makeClient(token, ctx, log) {
    return createGitHubClient({
        token,
        apiUrl: ctx.apiUrl,
        userAgent: `loadgen-gate/${version/* VERSION */.x}`,
        onRetry: (r) => log.info(`GitHub API: ${r.reason} on ${r.method} ${r.path}${r.waiting ? `: waiting ${(r.delayMs / 1000).toFixed(1)} s as GitHub asks` : `; retry ${r.attempt} after ${(r.delayMs / 1000).toFixed(1)} s`}`),
    });
}
/** A local path analysed inside a workflow: this workflow run is the provenance. */
function addRunnerProvenance(source, ctx, log) {
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
    log.info(`source: ${describeProvenance(p)}`);
    return source;
}
function reportBaseline(b, cfg, log) {
    if (b.report)
        return;
    const line = `no baseline: ${b.reason}; judging on thresholds alone`;
    if (cfg.baseline.kind === 'none')
        log.info(line);
    else
        log.warn(line);
}
async function writeReportFiles(report, sections, cfg, log) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(cfg.reportPath), { recursive: true });
    await writeReportJson(cfg.reportPath, report);
    await (0,promises_.writeFile)(cfg.summaryPath, sections.map((s) => s.markdown).join('\n\n') + '\n');
    log.info(`report: ${cfg.reportPath}; summary: ${cfg.summaryPath}`);
}
/** `LOADGEN_GATE_SUMMARY_MAX_BYTES` lowers the budget (tests); it can never exceed GitHub's limit. */
function summaryBudget(env) {
    const dflt = SUMMARY_LIMIT_BYTES - 1024;
    const n = Number(env.LOADGEN_GATE_SUMMARY_MAX_BYTES);
    return Number.isInteger(n) && n > 0 ? Math.min(n, dflt) : dflt;
}
async function writeJobSummary(core, sections, log, env) {
    const { markdown, dropped } = fitToBudget(sections, summaryBudget(env));
    if (dropped.length)
        log.warn(`job summary over GitHub's 1 MiB limit: left out ${dropped.join(', ')} (the report files have everything)`);
    if (!env.GITHUB_STEP_SUMMARY) {
        log.info('GITHUB_STEP_SUMMARY is not set: no job summary');
        return;
    }
    try {
        await core.summary.addRaw(markdown, true).write();
    }
    catch (e) {
        log.warn(`cannot write the job summary: ${e.message}`);
    }
}
/** The verdicts' annotations, in what is left of the step's 10 per level after `warningsShown`. */
function emitAnnotations(core, report, warningsShown) {
    const flagged = report.verdicts.filter((v) => v.level === 'fail' || v.level === 'warn');
    // One error is kept for the failure itself (core.setFailed, after this).
    const cap = { warning: 10 - warningsShown, error: 10 - (report.verdict === 'fail' ? 1 : 0) };
    for (const a of planAnnotations(flagged.map((v) => ({
        level: v.level === 'fail' ? 'error' : 'warning',
        title: `loadgen-gate: ${v.name ?? v.vatID} ${v.metric}`,
        message: v.message,
    })), cap)) {
        core[a.level](a.message, { title: a.title });
    }
}


/***/ })

};
