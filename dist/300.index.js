export const id = 300;
export const ids = [300];
export const modules = {

/***/ 56300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: coreLogger

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/engine-worker.ts + 51 modules
var engine_worker = __webpack_require__(55330);
// EXTERNAL MODULE: ./src/shared/policy.ts
var shared_policy = __webpack_require__(38411);
// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(735);
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
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
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
        else if (CONTROL.test(cp))
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

// EXTERNAL MODULE: ./src/shared/number-format.ts
var number_format = __webpack_require__(70886);
;// CONCATENATED MODULE: ./src/render/markdown.ts
/**
 * Markdown summary of a RunReport: verdict first, then the per-vat table, the c-list table and
 * attribution sentences, charts for failing/top-growing vats, the delivery-time breakdown, and
 * input warnings. Every string that came from an artifact goes through `mdText`/`mdCode`.
 * Returned as prioritized sections so a size budget can drop detail first (never silently).
 */




const ICON = { fail: '❌', warn: '⚠️', pass: '✅', neutral: '➖' };
const us = (s) => (s === null || s === undefined || !Number.isFinite(s) ? '—' : (s * 1e6).toFixed(2));
const ms = (s) => (s === null || s === undefined || !Number.isFinite(s) ? '—' : (s * 1e3).toFixed(2));
const markdown_num = (n, d = 0) => (n === null || n === undefined || !Number.isFinite(n) ? '—' : (0,number_format/* groupDigits */.K)(n, d));
const ratio = (n) => (n === null || n === undefined || !Number.isFinite(n) ? '—' : `×${n.toFixed(2)}`);
const pval = (p) => (p === null || p === undefined ? '—' : p < 1e-4 ? p.toExponential(1) : p.toPrecision(2));
const vatLabel = (v) => (v.name ? `${mdText(v.name, 60)} (${mdText(v.vatID, 12)})` : mdText(v.vatID, 12));
/** The same label inside raw HTML (a `<summary>`), where markdown escapes would show. */
const vatLabelHtml = (v) => (v.name ? `${htmlText(v.name, 60)} (${htmlText(v.vatID, 12)})` : htmlText(v.vatID, 12));
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
            us(b?.slopePerBlock),
            b?.slopeCI ? `[${us(b.slopeCI[0])}, ${us(b.slopeCI[1])}]` : '—',
            pval(b?.pValue),
            us(b?.commonModeCorrected?.slopePerBlock),
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
        parts.push(`<details${levelFor(r, v.vatID, 'boyd') === 'fail' ? ' open' : ''}><summary>BOYD ms vs block: ${vatLabelHtml(v)}</summary>\n`);
        parts.push(xyChart({ title: `BOYD ms, ${v.name ?? v.vatID}`, xLabel: r.run.xAxis === 'deliveryOrdinal' ? 'delivery' : 'block height', yLabel: 'ms', series: [{ name: 'BOYD', x: pts.map((p) => p[0]), y: pts.map((p) => p[1] * 1e3) }] }));
        parts.push('\n</details>\n');
    }
    for (const v of clistVats) {
        const pts = v.clist.series.chart;
        parts.push(`<details><summary>c-list entries vs block: ${vatLabelHtml(v)}</summary>\n`);
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

// EXTERNAL MODULE: ./src/shared/limits.ts
var limits = __webpack_require__(67193);
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
        const text = await readBody(() => res.text(), p, redact);
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
            return readBody(() => readCapped(res, opts.maxBytes, display.path), display, redact);
        }
    }
    return { apiUrl, request, pages, paginate, download };
}
/**
 * A response body read after its headers: a connection that drops or times out then is an API
 * error (status 0) naming the request, like one that fails before the headers, so that callers
 * which degrade on API errors (no baseline, a warning) do so instead of ending the run with
 * undici's bare 'terminated'. The download's own limit errors pass through.
 */
async function readBody(read, what, redact) {
    try {
        return await read();
    }
    catch (e) {
        if (e instanceof GitHubApiError || e instanceof ArtifactDownloadError)
            throw e;
        throw new GitHubApiError({ status: 0, method: what.method, route: what.route, path: what.path, githubMessage: redact(`connection lost while reading the response: ${describeNetworkError(e)}`) });
    }
}
async function readCapped(res, maxBytes, what) {
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
        await res.body?.cancel().catch(() => undefined);
        throw new ArtifactDownloadError(`${what} is ${fmtBytes(declared)}, over the ${fmtBytes(maxBytes)} download limit`);
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
            throw new ArtifactDownloadError(`${what} exceeded the ${fmtBytes(maxBytes)} download limit (stopped after ${fmtBytes(total)})`);
        }
        chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
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

// EXTERNAL MODULE: ./src/shared/version.ts
var version = __webpack_require__(9189);
// EXTERNAL MODULE: ./src/shared/logger.ts
var logger = __webpack_require__(64381);
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
 * A 403 (fork PR with a read-only token) is returned as `forbidden` for the caller to warn about.
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
async function upsertStickyComment(client, opts) {
    const { owner, repo, mode } = opts;
    const marker = commentMarker(opts.key);
    if (!Number.isSafeInteger(opts.issueNumber) || opts.issueNumber <= 0)
        throw new Error(`Invalid PR/issue number ${opts.issueNumber}`);
    if (!['always', 'on-change', 'on-regression', 'never'].includes(mode))
        throw new Error(`Invalid comment mode '${mode}' (valid: ${COMMENT_MODES.join(', ')})`);
    if (mode === 'never')
        return { action: 'skipped', truncated: false, message: "comment mode is 'never'" };
    const volatile = opts.volatileLine ?? VOLATILE_LINE;
    const digest = digestLine(opts.content ?? opts.body, volatile);
    const { body, truncated } = truncateBody(`${marker}\n${digest}\n${opts.body}`, opts.maxChars ?? DEFAULT_BODY_MAX_CHARS, opts.summaryUrl);
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
        // A comment of an older version has no digest: then its text is compared.
        const had = storedDigest(existing.body ?? '');
        const same = had !== undefined ? had === digest : comparable(existing.body ?? '', volatile) === comparable(body, volatile);
        if (mode !== 'always' && same)
            return { action: 'unchanged', ...ref, truncated };
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
    // Only a pull request whose head is this commit: another one that merely contains it (a stacked
    // branch, or this PR after newer pushes, whose own run will comment) is not this run's.
    const best = open.find((p) => p.head?.sha === headSha);
    const n = parsePrNumber(best?.number);
    return n ? { number: n, source: 'commits-api', notes } : none(`no open pull request has commit ${headSha.slice(0, 12)} as its head`);
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
        comment,
        commentKey,
        prNumber,
        trackingIssues: parseBoolean('tracking-issues', input('tracking-issues'), false),
        trackingLabel,
    };
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
    // A run is this repository's only when its head repository says so: a pull request from a fork
    // that was deleted since has head_repository null, and its workflow ran the fork's code.
    const fromFork = (run) => {
        const head = run.head_repository?.full_name;
        return excludeForks && (!head || head.toLowerCase() !== slug.toLowerCase());
    };
    const maxRuns = Math.max(1, Math.floor(opts.maxRunsToScan ?? 30));
    let branch = opts.branch?.trim() || undefined;
    if (!branch) {
        const { data } = await client.request('GET /repos/{owner}/{repo}', { owner, repo });
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
    const pages = client.pages('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', { owner, repo, workflow_id: workflow, branch, status: 'success', event: opts.event || undefined, per_page: perPage }, { itemsKey: 'workflow_runs', maxPages: excludeForks ? 10 * Math.ceil(maxRuns / perPage) + 1 : Math.ceil(maxRuns / perPage) + 1 });
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
        const arts = await client.paginate('GET /repos/{owner}/{repo}/actions/artifacts', { owner, repo, name: pattern, per_page: 100 }, { itemsKey: 'artifacts', maxItems: 300 });
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
            const { data: run } = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: runId });
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
    const res = await (0,extract_zip/* extractZipSafely */.zc)(zip, dir, deps.limits);
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
            // A title is shown as it is: no escapes, but no bidi or invisible characters either.
            title: `loadgen-gate: ${what} in ${plainText(label, 120)}`,
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
 *   artifact on the baseline branch | none, with the reason) → analyzeRun (in the engine worker) → report JSON + markdown
 *   file → job summary (1 MiB budget) → annotations → sticky PR comment → tracking issues
 *   (scheduled and manual runs of the baseline branch) → outputs → report artifact (default-branch runs) → fail on a `fail` verdict.
 * Outputs are always set (verdict `error` when the action could not do its job) before
 * `setFailed`, so `if: always()` steps can read them. The report artifact is uploaded after the
 * outputs and files are written; its failure is a warning and never changes the verdict. Only
 * this file and entry/action.ts talk to @actions/core, and only this file loads @actions/artifact
 * (lazily, so that the scan workers and the CLI never do); everything it calls takes plain
 * values, a GitHubClient and a Logger.
 */






















/**
 * The pipeline's log in the step's output. `core.info` writes its text as it is, so every message
 * goes through safeLine first: a slog file named `x\n::error::…` must not issue a workflow command.
 */
const coreLogger = (0,logger/* oneLineLogger */.Bk)({
    info: (m) => core.info(m),
    warning: (m) => warn(m),
    group: (t, fn) => core.group(t, fn),
});
/**
 * Warning annotations this step has shown: GitHub shows 10 per step, so the verdicts' warnings get
 * what is left (emitAnnotations). No error annotation comes before them.
 */
let warningsShown = 0;
function warn(m) {
    warningsShown++;
    core.warning(m);
}
/** `core.info` for lines that may carry artifact or API text (names, paths, provenance, messages). */
const info = coreLogger.info;
/**
 * The six outputs, each set once (empty when unknown): `flush()` the five report outputs,
 * `flushArtifact()` the report artifact id, which is known only after the upload.
 */
class Outputs {
    verdict = 'error';
    reportPath = '';
    regressions = '';
    summaryPath = '';
    baselineRunId = '';
    reportArtifactId = '';
    flushed = false;
    artifactFlushed = false;
    flush() {
        if (this.flushed)
            return;
        this.flushed = true;
        core.setOutput('verdict', this.verdict);
        core.setOutput('report-path', this.reportPath);
        core.setOutput('regressions', this.regressions);
        core.setOutput('summary-path', this.summaryPath);
        core.setOutput('baseline-run-id', this.baselineRunId);
    }
    flushArtifact() {
        if (this.artifactFlushed)
            return;
        this.artifactFlushed = true;
        core.setOutput('report-artifact-id', this.reportArtifactId);
    }
}
/**
 * Events on which `tracking-issues: true` opens/updates/closes issues, on the baseline branch only
 * (the same test as the report upload's, baselineEligibility).
 */
const TRACKING_EVENTS = new Set(['schedule', 'workflow_dispatch']);
async function runAction(workerScript) {
    const out = new Outputs();
    let tmp;
    /** An upload given up after `report-upload-timeout`: its request may still hold the event loop open. */
    let uploadAbandoned = false;
    try {
        // 1. Inputs.
        const ctx = readContext();
        const cfg = parseInputs((name) => core.getInput(name), ctx);
        if (cfg.token)
            core.setSecret(cfg.token); // the runner masks github.token, but not a PAT read from elsewhere
        const client = cfg.token ? makeClient(cfg.token, ctx) : undefined;
        const policy = await (0,shared_policy/* loadPolicy */.tb)(cfg.config);
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
        const report = await (0,engine_worker/* analyzeRunIsolated */.ZT)({
            inputs: [source.input],
            policy,
            log: coreLogger,
            provenance: source.provenance,
            baseline: baseline.report,
            baselineReason: baseline.report ? undefined : `thresholds only; ${baseline.reason}`,
            workerScript,
            tmpRoot: ctx.tempDir,
            // A downloaded artifact is unpacked into a temporary directory: its files are named by it.
            inputNames: source.inputName !== undefined ? { [source.input]: source.inputName } : undefined,
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
            info("no PR comment: input 'github-token' is empty");
        }
        // 10. Outputs, the report artifact (never throws), then the verdict.
        out.flush();
        const upload = await publishReportArtifact(cfg, ctx, report.provenance);
        out.reportArtifactId = upload.id;
        uploadAbandoned = upload.abandoned;
        out.flushArtifact();
        if (report.verdict === 'fail') {
            core.setFailed(`loadgen-gate: ${failing.length} regression(s) in ${[...new Set(failing.map((v) => v.name ?? v.vatID))].join(', ')}`);
        }
        else {
            info(`loadgen-gate: ${report.verdict}`);
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
        // Outputs, summary and exit code are written: an abandoned upload must not keep the step alive.
        if (uploadAbandoned)
            process.exit();
    }
}
/**
 * Upload the report as `report-artifact` when `upload-report` says so: the artifact id (or ''), and
 * whether the upload was given up after `report-upload-timeout` (then the action ends the process
 * itself once everything else is written). Never throws.
 */
async function publishReportArtifact(cfg, ctx, analysed) {
    let abandoned = false;
    try {
        const plan = planReportUpload(cfg.upload, ctx, process.env, baselineTarget(cfg, analysed));
        if (!plan.upload) {
            const line = `report artifact '${cfg.upload.name}' not uploaded: ${plan.why}`;
            if (plan.warn)
                warn(line);
            else
                info(line);
            return { id: '', abandoned };
        }
        info(`report artifact '${cfg.upload.name}': uploading (${plan.why})`);
        const id = await core.group(`Upload report artifact '${cfg.upload.name}'`, () => uploadReportArtifact(cfg.upload, cfg.reportPath, loadArtifactClient, coreLogger, {
            onTimeout: () => {
                abandoned = true;
            },
            runAttempt: ctx.runAttempt,
        }));
        return { id: id === undefined ? '' : String(id), abandoned };
    }
    catch (e) {
        // uploadReportArtifact already turns upload errors into a warning; this is the last guard.
        warn(`report artifact '${cfg.upload.name}' not uploaded: ${oneLine(e instanceof Error ? e.message : String(e), 600)}`);
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
/** @actions/artifact is ESM-only and heavy (Azure storage, archiver, Octokit): loaded only to upload. */
async function loadArtifactClient() {
    const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 584).then(__webpack_require__.bind(__webpack_require__, 20584));
    return new DefaultArtifactClient();
}
function makeClient(token, ctx) {
    return createGitHubClient({
        token,
        apiUrl: ctx.apiUrl,
        userAgent: `loadgen-gate/${version/* VERSION */.x}`,
        onRetry: (r) => info(`GitHub API: ${r.reason} on ${r.method} ${r.path}; retry ${r.attempt} in ${(r.delayMs / 1000).toFixed(1)} s`),
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
    info(`source: ${describeProvenance(p)}`);
    return source;
}
function reportBaseline(b, cfg) {
    if (b.report)
        return;
    const line = `no baseline: ${b.reason}; judging on thresholds alone`;
    if (cfg.baseline.kind === 'none')
        info(line);
    else
        warn(line);
}
async function writeReportFiles(report, sections, cfg) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(cfg.reportPath), { recursive: true });
    await (0,promises_.writeFile)(cfg.reportPath, JSON.stringify(report, null, 2) + '\n');
    await (0,promises_.writeFile)(cfg.summaryPath, sections.map((s) => s.markdown).join('\n\n') + '\n');
    info(`report: ${cfg.reportPath}; summary: ${cfg.summaryPath}`);
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
        warn(`job summary over GitHub's 1 MiB limit: left out ${dropped.join(', ')} (the report files have everything)`);
    if (!process.env.GITHUB_STEP_SUMMARY) {
        info('GITHUB_STEP_SUMMARY is not set: no job summary');
        return;
    }
    try {
        await core.summary.addRaw(markdown, true).write();
    }
    catch (e) {
        warn(`cannot write the job summary: ${e.message}`);
    }
}
function emitAnnotations(report) {
    const flagged = report.verdicts.filter((v) => v.level === 'fail' || v.level === 'warn');
    // What is left of the step's 10 per level: the input-problem and other warnings already shown,
    // and one error kept for the failure itself (core.setFailed, after this).
    const cap = { warning: 10 - warningsShown, error: 10 - (report.verdict === 'fail' ? 1 : 0) };
    for (const a of planAnnotations(flagged.map((v) => ({
        level: v.level === 'fail' ? 'error' : 'warning',
        title: `loadgen-gate: ${v.name ?? v.vatID} ${v.metric}`,
        message: v.message,
    })), cap)) {
        core[a.level](a.message, { title: a.title });
    }
}
async function postComment(client, cfg, ctx, source, sections, report, summaryUrl) {
    if (cfg.comment === 'never')
        return;
    if (!ctx.owner)
        return info('no PR comment: GITHUB_REPOSITORY is not set');
    try {
        let pr = cfg.prNumber;
        if (pr === undefined) {
            const found = await findPrNumber(client, { owner: ctx.owner, repo: ctx.repo, eventName: ctx.eventName, payload: ctx.payload, artifactPrText: source.prText });
            for (const n of found.notes)
                info(`PR number: ${n}`);
            if (found.number === undefined)
                return info(`no PR comment: ${found.reason}`);
            pr = found.number;
            info(`PR #${pr} (from ${found.source})`);
        }
        const { body, dropped } = commentBody(sections, { summaryUrl });
        if (dropped.length)
            info(`PR comment: left out ${dropped.join(', ')} to fit the comment limit`);
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
            viewerLogin: await viewerLogin(client, cfg.token),
            summaryUrl,
        });
        if (res.action === 'forbidden') {
            warn(`cannot comment on PR #${pr}: ${res.message ?? '403'}. Fork PRs get a read-only token: use the workflow_run pattern (docs/github.md)`);
        }
        else {
            info(`PR #${pr} comment ${res.action}${res.url ? `: ${res.url}` : ''}${res.message ? ` (${res.message})` : ''}${res.truncated ? ' (truncated)' : ''}`);
        }
    }
    catch (e) {
        warn(`PR comment failed: ${e.message}`);
    }
}
async function updateTrackingIssues(client, cfg, ctx, report, summaryUrl) {
    if (!cfg.trackingIssues)
        return;
    const event = originEvent(ctx);
    if (!TRACKING_EVENTS.has(event))
        return info(`tracking issues: skipped on '${event}' events (only ${[...TRACKING_EVENTS].join(', ')})`);
    // The issues track the baseline branch's runs: a manual run of another branch (or one that
    // analysed another branch's run) must neither open issues for its leaks nor close main's.
    const branch = baselineEligibility(ctx, baselineTarget(cfg, report.provenance));
    if (!branch.ok)
        return info(`tracking issues: skipped: ${branch.why} (they follow the runs of the baseline branch only)`);
    if (!ctx.owner)
        return info('tracking issues: GITHUB_REPOSITORY is not set');
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
            return warn(`tracking issues: ${res.forbidden}`);
        const list = (refs) => refs.map((r) => `#${r.number}`).join(' ') || '-';
        info(`tracking issues: created ${list(res.created)}, updated ${list(res.updated)}, unchanged ${list(res.unchanged)}, closed ${list(res.closed)}, duplicates closed ${list(res.duplicatesClosed)}`);
        for (const s of res.skipped)
            warn(`tracking issue for ${s.key} not created: ${s.reason}`);
    }
    catch (e) {
        warn(`tracking issues failed: ${e.message}`);
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
