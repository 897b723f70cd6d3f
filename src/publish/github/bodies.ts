/**
 * Pure builders for what the action shows people: the provenance line added to the summary, the
 * sticky-comment body (fitted to a character budget by dropping detail first, with a pointer to
 * the full job summary), and the tracking-issue regressions (one per vat and metric family).
 */
import type { Provenance, RunReport, Verdict } from '../../shared/report-schema.js';
import { mdCode, mdText, plainText } from '../../render/escape.js';
import { formatAge } from '../../shared/number-format.js';
import type { SummarySection } from './summary-budget.js';
import { VOLATILE_LINE_MARKER } from './text.js';
import type { Regression } from './tracking-issue.js';

const safeUrl = (u: string | undefined): string | undefined => (u && /^https?:\/\/[^\s()<>\]]+$/.test(u) ? u : undefined);

/** "Source: [run 123](url) @ `abc123` on `main`, artifact `x`, 5.0 h old." (markdown, escaped). */
export function provenanceLine(p: Provenance): string {
  const parts: string[] = [];
  if (p.runId !== undefined) {
    const url = safeUrl(p.url);
    parts.push(url ? `[run ${mdText(String(p.runId), 20)}](${url})` : `run ${mdText(String(p.runId), 20)}`);
  }
  if (p.source === 'local' && p.path) parts.push(`local path ${mdCode(p.path, 120)}`);
  if (p.headSha) parts.push(`@ ${mdCode(p.headSha.slice(0, 12), 20)}`);
  if (p.branch) parts.push(`on ${mdCode(p.branch, 80)}`);
  const tail: string[] = [];
  if (p.artifact) tail.push(`artifact ${mdCode(p.artifact, 80)}`);
  if (p.ageHours !== undefined && Number.isFinite(p.ageHours)) tail.push(`${formatAge(p.ageHours)} old`);
  return `Source: ${[parts.join(' '), ...tail].filter(Boolean).join(', ') || 'unknown'}.`;
}

/** The report's sections with the source line placed right after the verdict. */
export function withProvenance(sections: SummarySection[], report: RunReport): SummarySection[] {
  const line: SummarySection = { id: 'provenance', markdown: provenanceLine(report.provenance), priority: 98 };
  const i = sections.findIndex((s) => s.id === 'verdict');
  return i < 0 ? [line, ...sections] : [...sections.slice(0, i + 1), line, ...sections.slice(i + 1)];
}

export interface CommentBody {
  body: string;
  dropped: string[];
}

/**
 * Sections joined, lowest priority dropped first until the body fits `maxChars` (UTF-16 units,
 * which GitHub's 65,536-character limit never undercounts), plus a note naming what was left out
 * and where the full report is. A single oversize section is cut later by `truncateBody`.
 */
export function commentBody(sections: SummarySection[], opts: { maxChars?: number; summaryUrl?: string; updatedAt?: Date } = {}): CommentBody {
  const maxChars = opts.maxChars ?? 60_000;
  const stamp = `<sub>Updated ${(opts.updatedAt ?? new Date()).toISOString()}${opts.summaryUrl ? ` · [full report](${safeUrl(opts.summaryUrl) ?? ''})` : ''}</sub> ${VOLATILE_LINE_MARKER}`;
  let kept = sections.map((s, index) => ({ ...s, index }));
  const dropped: string[] = [];
  const build = () => {
    const note = dropped.length
      ? `\n\n> [!NOTE]\n> Left out of this comment to fit GitHub's comment limit: ${dropped.map((d) => `\`${d}\``).join(', ')}. ${opts.summaryUrl ? `The [job summary](${safeUrl(opts.summaryUrl) ?? ''}) has everything.` : 'The job summary has everything.'}`
      : '';
    return `${kept.map((s) => s.markdown).join('\n\n')}${note}\n\n${stamp}\n`;
  };
  let body = build();
  const order = [...kept].sort((a, b) => a.priority - b.priority || b.index - a.index);
  for (const victim of order) {
    if (body.length <= maxChars || kept.length <= 1) break;
    kept = kept.filter((s) => s.index !== victim.index);
    dropped.push(victim.id);
    body = build();
  }
  return { body, dropped };
}

const KEY_CHARS = /[^A-Za-z0-9._:/@+-]/g;

export function metricFamily(metric: string): string {
  if (metric.startsWith('boyd')) return 'boyd';
  if (metric.startsWith('clist')) return 'clist';
  return metric;
}

/** One tracking-issue regression per vat and metric family (boyd, clist), from the failing verdicts. */
export function regressionsOf(report: RunReport, opts: { summaryUrl?: string } = {}): Regression[] {
  const groups = new Map<string, Verdict[]>();
  for (const v of report.verdicts) {
    if (v.level !== 'fail') continue;
    const vat = (v.name ?? v.vatID).replace(KEY_CHARS, '_').slice(0, 60) || 'vat';
    const key = `${vat}:${metricFamily(v.metric)}`;
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  return [...groups].map(([key, vs]) => {
    const v0 = vs[0]!;
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
