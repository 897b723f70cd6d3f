/**
 * The history part of a tracking issue (scheduled runs of the default branch): for each metric of
 * the issue's vat and family that regresses in this run or changed in the history, the vat's
 * series across runs (a mermaid chart), its change points with the commit range (last good and
 * first bad run, their commits and the compare link; a change undone later is marked), or, before
 * a change point can be told (a few runs after it), since when the metric is outside the band.
 * Pure: the regressions of bodies.ts with a section appended to each body.
 */
import type { RunReport, Verdict } from '../../shared/report-schema.js';
import { xyChart } from '../../render/mermaid.js';
import { mdCode, mdText } from '../../render/escape.js';
import { compareUrl, formatValue, metricInfo, runRef, runText, seriesOf, vatKey, type ChangePoint, type History, type RunRef } from '../../history/index.js';
import { metricFamily, trackingKey } from './bodies.js';
import type { Regression } from './tracking-issue.js';

/** Runs shown in a chart. */
const CHART_RUNS = 60;

const safeUrl = (u: string | null): string | null => (u && /^https?:\/\/[^\s()<>\]]+$/.test(u) ? u : null);

function runLink(r: RunRef): string {
  const text = mdText(runText(r), 120);
  const url = safeUrl(r.url);
  return url ? `[${text}](${url})` : text;
}

function rangeLine(before: RunRef, after: RunRef, link: string | null): string {
  const url = safeUrl(link);
  return `last good ${runLink(before)}, first bad ${runLink(after)}${url ? ` ([commits](${url}))` : ''}`;
}

/** The runs since the metric has been above `upper`, the newest first run of that streak; null if the newest run is not above. */
function outsideSince(points: Array<{ entry: number; value: number }>, upper: number): { first: number; lastGood: number | null } | null {
  let i = points.length - 1;
  if (i < 0 || !(points[i]!.value > upper)) return null;
  while (i > 0 && points[i - 1]!.value > upper) i--;
  return { first: points[i]!.entry, lastGood: i > 0 ? points[i - 1]!.entry : null };
}

/** Chart values in a readable unit (mermaid prints plain decimals). */
function scaled(unit: string): { factor: number; label: string } {
  if (unit === 's') return { factor: 1e3, label: 'ms' };
  if (unit === 's/block') return { factor: 1e6, label: 'µs per block' };
  return { factor: 1, label: unit };
}

export function historySection(history: History, changePoints: ChangePoint[], vatID: string, name: string | null, family: string, verdicts: Verdict[]): string {
  const s = seriesOf(history).get(vatKey(vatID, name));
  if (!s) return '';
  const flagged = new Map<string, Verdict>();
  for (const v of verdicts) if ((v.level === 'fail' || v.level === 'warn') && v.metric.endsWith('-vs-band')) flagged.set(v.metric.replace(/-vs-band$/, ''), v);
  const metrics = [...s.metrics.keys()].filter((m) => metricInfo(m)?.judged && metricFamily(m) === family && (flagged.has(m) || changePoints.some((c) => c.metric === m)));
  const parts: string[] = [];
  for (const m of metrics) {
    const info = metricInfo(m)!;
    const pts = s.metrics.get(m)!.slice(-CHART_RUNS);
    const { factor, label } = scaled(info.unit);
    const lines = [`#### ${mdText(info.label, 60)} (${mdCode(m, 40)})`, ''];
    const cps = changePoints.filter((c) => c.metric === m);
    for (const c of cps) {
      const f = (v: number) => formatValue(v, info.unit);
      const what = c.reverts !== null ? `went back ${c.direction}` : c.direction === 'up' ? 'rose' : 'fell';
      const undone = c.revertedAt ? `; undone at ${runLink(c.revertedAt)}` : '';
      lines.push(`- ${what} from ${f(c.medianBefore)} to ${f(c.medianAfter)}: ${rangeLine(c.before, c.after, c.compareUrl)}${undone}.`);
    }
    const v = flagged.get(m);
    if (!cps.some((c) => c.regression && !c.revertedAt) && v && v.threshold !== null) {
      // A band verdict's threshold is the rise allowed above the band's median (its reference).
      const since = outsideSince(s.metrics.get(m)!, (v.reference?.value ?? 0) + v.threshold);
      if (since) {
        const first = runRef(history, since.first);
        lines.push(
          since.lastGood !== null
            ? `- Above its band since ${runLink(first)}: ${rangeLine(runRef(history, since.lastGood), first, compareUrl(runRef(history, since.lastGood), first))} (too few runs since to call it a change point).`
            : `- Above its band in every run of the history.`,
        );
      }
    }
    const chart = xyChart({
      title: `${name ?? vatID} ${info.label}`,
      xLabel: 'run (oldest first)',
      yLabel: label,
      series: [{ name: m, x: pts.map((p) => p.entry), y: pts.map((p) => p.value * factor) }],
    });
    if (chart) lines.push('', chart);
    parts.push(lines.join('\n'));
  }
  if (!parts.length) return '';
  return [`### Across runs of the default branch (${history.entries.length} in the history)`, '', ...parts].join('\n\n');
}

/** Each regression's body with its history section. */
export function withHistory(regressions: Regression[], report: RunReport, history: History, changePoints: ChangePoint[]): Regression[] {
  return regressions.map((r) => {
    const verdicts = report.verdicts.filter((v) => trackingKey(v) === r.key);
    const v0 = verdicts[0];
    if (!v0) return r;
    const family = metricFamily(v0.metric);
    const cps = changePoints.filter((c) => (c.name ?? null) === (v0.name ?? null) && (v0.name !== null || c.vatID === v0.vatID));
    const section = historySection(history, cps, v0.vatID, v0.name, family, verdicts);
    return section ? { ...r, body: `${r.body}\n\n${section}` } : r;
  });
}
