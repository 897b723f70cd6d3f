/**
 * Change points as plain values for JSON and as text lines, for the CLI and the action's log. The
 * text is plain (no markup); callers that print it to a log pass each line through safeLine.
 */
import type { ChangePoint, RunRef } from './change-points.js';
import { formatValue, metricInfo } from './metrics.js';

/** A run as the JSON output names it: id, attempt, sha, time, link and label when known. */
export function runJson(r: RunRef): Record<string, unknown> {
  const out: Record<string, unknown> = { index: r.index };
  for (const k of ['id', 'attempt', 'sha', 'time', 'url', 'label'] as const) if (r[k] !== null) out[k] = r[k];
  return out;
}

/** One change point for `--json` (docs/history-schema.md). */
export function changePointJson(c: ChangePoint): Record<string, unknown> {
  return {
    vatID: c.vatID,
    name: c.name,
    metric: c.metric,
    index: c.index,
    direction: c.direction,
    regression: c.regression,
    before: runJson(c.before),
    after: runJson(c.after),
    medianBefore: c.medianBefore,
    medianAfter: c.medianAfter,
    unit: metricInfo(c.metric)?.unit ?? null,
    p: c.p,
    level: c.level,
    compareUrl: c.compareUrl,
    revertedAt: c.revertedAt ? runJson(c.revertedAt) : null,
    reverts: c.reverts,
  };
}

/** "run 123 @ abc1234 (2026-11-02)", or the label, or "run #4" (its position). */
export function runText(r: RunRef): string {
  const id = r.id !== null ? `run ${r.id}${r.attempt && r.attempt > 1 ? ` (attempt ${r.attempt})` : ''}` : r.label ?? `run #${r.index}`;
  return `${id}${r.sha ? ` @ ${r.sha.slice(0, 12)}` : ''}${r.time ? ` (${r.time.slice(0, 10)})` : ''}`;
}

/** One line per change point. */
export function changePointLine(c: ChangePoint): string {
  const info = metricInfo(c.metric);
  const f = (v: number) => formatValue(v, info?.unit ?? '');
  const what = c.regression ? 'rose' : 'fell';
  const vat = c.name ? `${c.name} (${c.vatID})` : c.vatID;
  const reverted = c.revertedAt ? `; reverted at ${runText(c.revertedAt)}` : c.reverts !== null ? `; undoes the change at #${c.reverts}` : '';
  return `${vat} ${c.metric} ${what} ${f(c.medianBefore)} → ${f(c.medianAfter)} between ${runText(c.before)} and ${runText(c.after)}${c.compareUrl ? ` ${c.compareUrl}` : ''}${reverted}`;
}
