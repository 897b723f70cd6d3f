/**
 * Shared helpers for comment/issue bodies: hidden markers, bot-author checks, truncation below
 * GitHub's 65,536-character body limit, and comparison that ignores a volatile timestamp line
 * and the runs' ages.
 * Pure.
 */

/** GitHub rejects bodies over 65,536 characters; we stay a little below (server-side normalisation). */
export const GITHUB_BODY_LIMIT = 65_536;
export const DEFAULT_BODY_MAX_CHARS = 65_000;

/** Put this on a line to exclude it from the 'on-change' comparison (e.g. "Updated at …"). */
export const VOLATILE_LINE_MARKER = '<!-- loadgen-gate:volatile -->';

/** Lines ignored when comparing bodies: the marker above, or a "Generated/Updated … <ISO time>" line. */
export const VOLATILE_LINE = new RegExp(
  `${escapeRe(VOLATILE_LINE_MARKER)}|^\\s*[_*>]*\\s*(?:generated|updated|last updated|report generated|run at)\\b.*\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}`,
  'i',
);

const KEY_RE = /^[A-Za-z0-9._:/@+-]{1,100}$/;

export function assertKey(key: string, what: string): void {
  if (!KEY_RE.test(key)) throw new Error(`Invalid ${what} key '${key}': use 1–100 of [A-Za-z0-9._:/@+-]`);
}

export interface GitHubUser {
  login?: string;
  type?: string;
}

/** Written by a bot, or by the identity we run as. */
export function isOwnAuthor(user: GitHubUser | null | undefined, viewerLogin?: string): boolean {
  if (!user) return false;
  if (user.type === 'Bot') return true;
  return !!viewerLogin && !!user.login && user.login.toLowerCase() === viewerLogin.toLowerCase();
}

export function truncationNote(summaryUrl?: string): string {
  return summaryUrl
    ? `… truncated; the full report is in the job summary: ${summaryUrl}`
    : '… truncated; the full report is in the job summary.';
}

/**
 * Cut `text` at a line boundary so that the result (plus a closing code fence if one was left
 * open, plus the note) is at most `maxChars` UTF-16 units (≥ GitHub's character count).
 */
export function truncateBody(text: string, maxChars = DEFAULT_BODY_MAX_CHARS, summaryUrl?: string): { body: string; truncated: boolean } {
  if (maxChars >= GITHUB_BODY_LIMIT) maxChars = GITHUB_BODY_LIMIT - 1;
  if (text.length <= maxChars) return { body: text, truncated: false };
  const note = `\n\n${truncationNote(summaryUrl)}`;
  const fence = '\n```';
  const budget = Math.max(0, maxChars - note.length - fence.length);
  let cut = text.lastIndexOf('\n', budget);
  if (cut < budget / 2) {
    cut = budget; // one enormous line: hard cut, but never split a surrogate pair
    const c = text.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--;
  }
  let kept = text.slice(0, cut).replace(/\s+$/, '');
  const fences = kept.split('\n').filter((l) => /^\s*(```|~~~)/.test(l)).length;
  if (fences % 2 === 1) kept += fence;
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
export function comparable(body: string, volatile: RegExp = VOLATILE_LINE): string {
  return body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((l) => !volatile.test(l))
    .map((l) => l.replace(AGE, '(age) old').replace(/\s+$/, ''))
    .join('\n')
    .trim();
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
