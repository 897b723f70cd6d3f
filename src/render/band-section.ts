/**
 * The run against the band of recent main runs, for the job summary and the PR comment: one row
 * per vat metric outside its band (or warned about), and a count of those within it; or why there
 * was no band. Empty when the run was judged without a history.
 */
import { markdownTable } from 'markdown-table';
import type { RunReport } from '../shared/report-schema.js';
import { formatDelta, formatValue } from '../history/index.js';
import { mdCode, mdText } from './escape.js';
import { ICON, vatLabel, type Section } from './markdown.js';

export function bandSection(r: RunReport): Section | null {
  const band = r.band;
  if (!band) return null;
  if (!band.used) return { id: 'band', markdown: `### Against recent main runs\n\nNo band: ${mdText(band.reason, 200)}.`, priority: 85 };
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
        mdText(formatValue(v.value === null ? null : v.value + (ref?.value ?? 0), unit), 40),
        ref ? mdText(`${formatValue(ref.value, unit)} ± ${formatDelta(ref.spread ?? 0, unit)} (${ref.runs ?? '?'} runs)`, 60) : '—',
      ];
    });
    lines.push(markdownTable([['', 'vat', 'metric', 'this run', 'band (median ± spread)'], ...rows]), '');
  }
  lines.push(`${vs.length - out.length} of ${vs.length} vat metric(s) within their band.`);
  return { id: 'band', markdown: lines.join('\n'), priority: 85 };
}

/** `sections` with the band section after the findings (or after the verdict). */
export function withBand<S extends Section>(sections: S[], r: RunReport): Array<S | Section> {
  const s = bandSection(r);
  if (!s) return sections;
  const at = sections.findIndex((x) => x.id === 'verdicts');
  const i = at >= 0 ? at + 1 : Math.max(0, sections.findIndex((x) => x.id === 'verdict') + 1);
  return [...sections.slice(0, i), s, ...sections.slice(i)];
}
