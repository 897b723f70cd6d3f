/**
 * Fit the job summary under GitHub's 1 MiB per-step limit (an oversize summary is silently not
 * uploaded). Drops the lowest-priority sections first and always says what it dropped. Pure.
 */

export interface SummarySection {
  id: string;
  markdown: string;
  /** Lower = dropped first. Ties: the later section goes first. */
  priority: number;
}

export interface FitResult {
  markdown: string;
  /** Ids of dropped sections, in drop order; a section cut short instead is listed as `id (truncated)`. */
  dropped: string[];
}

export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

const byteLength = (s: string): number => Buffer.byteLength(s, 'utf8');

function note(dropped: string[]): string {
  return `\n\n> [!WARNING]\n> Omitted to fit GitHub's 1 MiB job-summary limit: ${dropped.map((d) => `\`${d.replace(/`/g, "'")}\``).join(', ')}.\n`;
}

function join(sections: SummarySection[], dropped: string[]): string {
  const body = sections.map((s) => s.markdown).join('\n\n');
  return dropped.length ? body + note(dropped) : body;
}

export function fitToBudget(sections: SummarySection[], maxBytes: number = SUMMARY_LIMIT_BYTES - 1024): FitResult {
  let kept = sections.map((s, index) => ({ ...s, index }));
  const dropped: string[] = [];
  let md = join(kept, dropped);
  if (byteLength(md) <= maxBytes) return { markdown: md, dropped };

  const order = [...kept].sort((a, b) => a.priority - b.priority || b.index - a.index);
  for (const victim of order) {
    if (kept.length <= 1) break;
    kept = kept.filter((s) => s.index !== victim.index);
    dropped.push(victim.id);
    md = join(kept, dropped);
    if (byteLength(md) <= maxBytes) return { markdown: md, dropped };
  }

  // One section left and still too big: cut it at a line boundary (never silently).
  const last = kept[0];
  if (!last) return { markdown: note(dropped).trimStart(), dropped };
  const marks = [...dropped, `${last.id} (truncated)`];
  const room = maxBytes - byteLength(note(marks));
  let text = last.markdown;
  if (room <= 0) return { markdown: note(marks).trimStart().slice(0, Math.max(0, maxBytes)), dropped: marks };
  // Binary-search the longest prefix (in UTF-16 units) whose UTF-8 size fits, then back up to a newline.
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (byteLength(text.slice(0, mid)) <= room) lo = mid;
    else hi = mid - 1;
  }
  let cut = text.lastIndexOf('\n', lo);
  if (cut < lo / 2) {
    cut = lo;
    const c = text.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--;
  }
  text = text.slice(0, cut);
  return { markdown: text + note(marks), dropped: marks };
}
