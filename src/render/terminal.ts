/**
 * Plain-text rendering of a report for a terminal: the same content as the summary's visible part
 * (verdict, who grew, what was checked, findings, what to do, BOYD time and c-lists per vat), as
 * aligned columns, with ANSI colour when the caller says the terminal supports it. No markdown
 * escapes: untrusted text goes through `plainText` (controls and bidi/invisible characters
 * replaced, length capped), which is what a terminal needs. Linear in vats; tables capped.
 */
import type { Level, RunReport } from '../shared/report-schema.js';
import { plainText } from './escape.js';
import { buildView, fmt, isFlaggedLevel, metricWords, RANK, reproduceCommand, shellWord, type Seg } from './view.js';

export interface TerminalOptions {
  color?: boolean;
  /** Rows of each table at most (default 40). */
  maxRows?: number;
}

const WORD: Record<Level, string> = { fail: 'FAIL', warn: 'warn', pass: 'ok', neutral: '-' };
const SGR: Record<Level, string> = { fail: '31;1', warn: '33', pass: '32', neutral: '2' };

/** Display width: one column per code point except combining marks (our text has no wide characters). */
const width = (s: string) => [...s.replace(/\u001b\[[0-9;]*m/g, '')].filter((c) => !/\p{M}/u.test(c)).length;

export function renderTerminal(r: RunReport, opts: TerminalOptions = {}): string {
  const color = !!opts.color;
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lv = (l: Level) => paint(SGR[l], WORD[l]);
  const bold = (s: string) => paint('1', s);
  const max = opts.maxRows ?? 40;
  const view = buildView(r);
  const vat = (v: { vatID: string; name: string | null }) => (v.name ? `${plainText(v.name, 60)} (${plainText(v.vatID, 12)})` : plainText(v.vatID, 12));
  const segs = (s: Seg[]) => s.map((x) => (typeof x === 'string' ? x : vat(x.vat))).join('');
  const out: string[] = [];
  out.push(`${bold('loadgen-gate')}: ${paint(SGR[r.verdict], r.verdict.toUpperCase())}: ${view.count}.`);
  for (const g of view.grew.slice(0, max)) out.push(`  ${lv(g.level)} ${bold(vat(g.vat))}: ${segs(g.sentence)}.`);
  if (view.grew.length > max) out.push(`  … and ${view.grew.length - max} more vats.`);
  out.push('', view.checked);
  if (view.thin.length) out.push(`Too few BOYDs to judge${view.thinReason ? ` (${plainText(view.thinReason, 80)})` : ''}: ${view.thin.slice(0, max).map((t) => `${vat(t.vat)} ${t.boyds}`).join(', ')}${view.thin.length > max ? ` and ${view.thin.length - max} more` : ''}.`);
  out.push(r.baseline.used ? `Baseline: ${plainText(r.baseline.provenance?.runId ?? r.baseline.provenance?.path ?? 'file', 120)}.` : `Baseline: none (${plainText(r.baseline.reason, 200)}).`);

  const loud = view.rows.filter((x) => !x.quiet);
  if (loud.length) {
    out.push('', bold('Findings'));
    out.push(...columns(['', 'vat', 'metric', 'this run', 'baseline / band', 'Δ', 'limit'], loud.slice(0, max).map((x) => {
      const c = x.cells();
      return [lv(x.level), vat(x.vat), metricWords(x.metric), c.thisRun, c.reference, c.delta, c.limit];
    }), 'lllrrrr'));
    const quiet = view.rows.length - loud.length;
    if (loud.length > max) out.push(`  ${loud.length - max} more rows (--json has them all).`);
    if (quiet) out.push(`  ${quiet} more checks passed: c-lists that did not change.`);
  }
  if (view.grew.length) {
    out.push('', bold('What to do'), '  Reproduce:');
    for (const words of reproduceCommand(r)) out.push(`    ${plainText(words.map(shellWord).join(' '), 400)}`);
    for (const g of view.grew.slice(0, 20)) {
      const docs = g.docs.map((d) => `${d.file}#${d.anchor}`);
      if (docs.length) out.push(`  ${vat(g.vat)}: ${docs.join(', ')}`);
    }
    const who = r.vats.filter((v) => v.clist?.attribution && isFlaggedLevel(view.levels.get(v.vatID)?.get('*'))).slice(0, max);
    if (who.length) out.push('', bold('Who keeps the objects'), ...who.map((v) => `  ${plainText(v.clist!.attribution!, 600)}`));
  }
  const thin = new Set(view.thin.map((t) => t.vat.vatID));
  const busy = r.vats
    .map((v, i) => ({ v, i }))
    .filter(({ v }) => (v.boyd?.count ?? 0) > 0 && !thin.has(v.vatID))
    .sort((a, b) => RANK[view.levels.get(b.v.vatID)?.get('boyd') ?? 'neutral'] - RANK[view.levels.get(a.v.vatID)?.get('boyd') ?? 'neutral'] || a.i - b.i)
    .slice(0, max);
  if (busy.length) {
    out.push('', bold('BOYD time per vat'));
    out.push(...columns(['vat', '', 'BOYDs', 'ms first → last', 'change', 'µs/block', 'heap'], busy.map(({ v }) => [vat(v), lv(view.levels.get(v.vatID)?.get('boyd') ?? 'neutral'), fmt.num(v.boyd!.count), `${fmt.ms(v.boyd!.firstMean)} → ${fmt.ms(v.boyd!.lastMean)}`, fmt.pct(v.boyd!.growth !== null ? v.boyd!.growth - 1 : null), fmt.us(v.boyd!.slopePerBlock), fmt.ratio(v.heap?.growth)]), 'llrrrrr'));
  }
  const cl = r.vats.filter((v) => v.clist?.delta && (v.clist.delta.exports !== 0 || v.clist.delta.imports !== 0 || isFlaggedLevel(view.levels.get(v.vatID)?.get('clist')))).slice(0, max);
  if (cl.length) {
    const stages = [...new Set(cl.flatMap((v) => v.clist!.snapshots.map((s) => s.stage)))].sort((a, b) => a - b).slice(-4);
    out.push('', bold('C-list exports / imports per snapshot'));
    out.push(
      ...columns(
        ['vat', '', ...stages.map((s) => `stage ${s}`), 'per block'],
        cl.map((v) => {
          const by = new Map(v.clist!.snapshots.map((s) => [s.stage, s]));
          return [vat(v), lv(view.levels.get(v.vatID)?.get('clist') ?? 'neutral'), ...stages.map((st) => {
            const s = by.get(st);
            if (!s) return '—';
            const weak = s.exports.recognizableOnly + s.imports.recognizableOnly;
            return `${fmt.num(s.exports.reachable + s.exports.recognizableOnly)} / ${fmt.num(s.imports.reachable + s.imports.recognizableOnly)}${weak ? ` (${fmt.num(weak)} weak)` : ''}`;
          }), fmt.num(v.clist!.delta!.perBlock, 2)];
        }),
        'll' + stages.map(() => 'r').join('') + 'r',
      ),
    );
  }
  if (r.run.warnings.length) out.push('', bold('Input problems (counted, not fatal)'), ...r.run.warnings.slice(0, max).map((w) => `  ${plainText(w.code, 40)} ×${w.count}: ${plainText(w.message, 300)}`));
  return `${out.join('\n')}\n`;
}

/** Rows as aligned columns, two spaces apart, indented by two; `align` has one `l` or `r` per column. */
export function columns(head: string[], rows: string[][], align: string): string[] {
  const w = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (align[i] === 'r' ? ' '.repeat(w[i]! - width(c)) + c : c + ' '.repeat(w[i]! - width(c)))).join('  ').trimEnd()}`;
  return [line(head), line(w.map((n) => '─'.repeat(n))), ...rows.map(line)];
}
