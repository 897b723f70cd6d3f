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

import { charKind } from '../shared/unsafe-chars.js';

const ELLIPSIS = '…';
const ZWSP = '&ZeroWidthSpace;';


/** Characters made literal with a backslash escape (all are ASCII punctuation, so CommonMark honours it). */
const BACKSLASH_ESCAPED = new Set(['\\', '`', '*', '_', '[', ']', '(', ')', '!', '~', '|', '$', '{', '}']);

function toText(s: unknown): string {
  if (s === null || s === undefined) return '';
  if (typeof s === 'string') return s;
  if (typeof s === 'number' || typeof s === 'bigint' || typeof s === 'boolean') return String(s);
  try {
    if (s instanceof Error) return s.message;
    return String(s);
  } catch {
    return '';
  }
}

/** Splits into code points, replacing lone surrogates, controls and invisibles. */
function cleanCodePoints(s: string): string[] {
  const out: string[] = [];
  // Controls become a plain space; invisible/bidi characters and lone surrogates U+FFFD, so that
  // tampering stays visible (the classification the log shares: shared/unsafe-chars.ts).
  for (const cp of s) {
    const kind = charKind(cp);
    out.push(kind === 'plain' ? cp : kind === 'control' ? ' ' : '\ufffd');
  }
  // Collapse whitespace runs and trim: leading spaces could start an indented code block and
  // trailing ones a hard line break.
  const collapsed: string[] = [];
  for (const cp of out) {
    if (cp === ' ' && (collapsed.length === 0 || collapsed[collapsed.length - 1] === ' ')) continue;
    collapsed.push(cp);
  }
  while (collapsed.length > 0 && collapsed[collapsed.length - 1] === ' ') collapsed.pop();
  return collapsed;
}

/** Keeps whole tokens while the output stays within `maxLen` (ellipsis included). */
function fit(tokens: string[], maxLen: number): string {
  const limit = Number.isNaN(maxLen) ? 200 : Math.max(0, Math.floor(maxLen));
  let total = 0;
  for (const t of tokens) total += t.length;
  if (total <= limit) return tokens.join('');
  const budget = limit - ELLIPSIS.length;
  if (budget < 0) return '';
  let used = 0;
  let i = 0;
  for (; i < tokens.length && used + tokens[i]!.length <= budget; i++) used += tokens[i]!.length;
  return tokens.slice(0, i).join('') + ELLIPSIS;
}

/** `cps[i]` is the dot of `www.`, which GitHub autolinks. */
const wwwDot = (cps: string[], i: number) => i >= 3 && cps.slice(i - 3, i).join('').toLowerCase() === 'www';

/** `cps[i]` is the dash of a `GH-123` issue reference. */
const ghRefDash = (cps: string[], i: number) => /^[0-9]/.test(cps[i + 1] ?? '') && i >= 2 && cps.slice(i - 2, i).join('').toLowerCase() === 'gh';

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
export function mdText(s: unknown, maxLen = 200): string {
  const cps = cleanCodePoints(toText(s));
  const tokens: string[] = new Array(cps.length);
  // Index of the first non-digit at the start, for ordered-list markers ("1." / "1)").
  let lead = 0;
  while (lead < cps.length && cps[lead]! >= '0' && cps[lead]! <= '9') lead++;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    const next = cps[i + 1] ?? '';
    const wordNext = /^[\p{L}\p{N}_]/u.test(next);
    let t: string;
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
        if (i === lead && lead > 0) t = '\\.';
        else if (wwwDot(cps, i)) t = '&period;';
        else t = '.';
        break;
      case ')':
        t = '\\)';
        break;
      case '-':
        // `GH-123` is an issue reference too.
        if (i === 0) t = '\\-';
        else if (ghRefDash(cps, i)) t = `-${ZWSP}`;
        else t = '-';
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
export function plainText(s: unknown, maxLen = 200): string {
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
export function htmlText(s: unknown, maxLen = 200): string {
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
export function mdCode(s: unknown, maxLen = 200): string {
  const cps = cleanCodePoints(toText(s)).map((c) => (c === '|' ? PIPE_SUBSTITUTE : c));
  if (cps.length === 0) return '';
  const limit = Number.isNaN(maxLen) ? 200 : Math.max(5, Math.floor(maxLen));
  const longestRun = (list: string[]): number => {
    let best = 0;
    let run = 0;
    for (const c of list) {
      run = c === '`' ? run + 1 : 0;
      if (run > best) best = run;
    }
    return best;
  };
  const wrap = (content: string, run: number): string => {
    const fence = '`'.repeat(run + 1);
    return `${fence} ${content} ${fence}`;
  };
  const full = cps.join('');
  const fullRun = longestRun(cps);
  if (full.length + 2 * (fullRun + 2) <= limit) return wrap(full, fullRun);

  let len = 0;
  let best = 0;
  let run = 0;
  let i = 0;
  for (; i < cps.length; i++) {
    const c = cps[i]!;
    const nextRun = c === '`' ? run + 1 : 0;
    const nextBest = Math.max(best, nextRun);
    if (len + c.length + ELLIPSIS.length + 2 * (nextBest + 2) > limit) break;
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
export function safeNumber(n: unknown, digits = 3): string {
  if (typeof n === 'bigint') return n.toString();
  if (typeof n !== 'number' || !Number.isFinite(n)) return '—';
  const d = Math.min(20, Math.max(0, Math.floor(digits)));
  const abs = Math.abs(n);
  if (abs >= 1e21) return n.toExponential(Math.max(0, d));
  if (d > 0 && abs !== 0 && abs < 0.5 * 10 ** -d) {
    // Would round to 0: keep the magnitude visible instead.
    return n.toExponential(d - 1).replace(/\.?0+e/, 'e');
  }
  let s = n.toFixed(d);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  if (s === '-0') s = '0';
  return s;
}
