/**
 * The numbers people read in the summary, the terminal text and the HTML report, checked against
 * each fixture's truth.json (written by an independent script from the same files): who grew, BOYD
 * first → last means per busy vat, c-list exports / imports / recognizable-only per snapshot, and
 * what was checked. Each fixture is analysed once, in process, with the default policy.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, beforeAll } from 'vitest';
import { analyze } from '../engine/helpers.js';
import { fixture } from '../helpers/fixtures.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderTerminal } from '../../src/render/terminal.js';
import { renderHtml } from '../../src/render/html.js';
import type { RunReport } from '../../src/shared/report-schema.js';

const RUNS = ['leaky', 'clean', 'weak', 'late', 'promises', 'local'] as const;

/** The rows of the markdown table under `heading`, as cells keyed by the header. */
function table(md: string, heading: string): Array<Record<string, string>> {
  const at = md.indexOf(`### ${heading}\n`);
  if (at < 0) return [];
  const lines = md.slice(at).split('\n').slice(2);
  const rows = lines.slice(0, lines.findIndex((l) => !l.startsWith('|'))).map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
  const [head, , ...body] = rows;
  return body.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]!])));
}
const num = (s: string) => Number(s.replace(/,/g, '').replace('−', '-'));
const label = (t: any, id: string) => `${t.vats[id].name} (${id})`;

describe.each(RUNS)('loadgen-%s: what the report shows matches truth.json', (run) => {
  let report: RunReport;
  let truth: any;
  let md: string;
  beforeAll(async () => {
    truth = JSON.parse(readFileSync(fixture(`loadgen-${run}`, 'truth.json'), 'utf8'));
    report = await analyze([fixture(`loadgen-${run}`)]);
    md = renderMarkdown(report);
  }, 120_000);

  it('the headline names every vat that must be flagged, and fails none that must not', () => {
    const e = truth.expected;
    const stages = Object.keys(truth.stages).filter((st) => truth.stages[st].lastBlockHeight !== null);
    const grew = (id: string) => truth.vats[id].clist.per_stage[stages.at(-1)!].total - truth.vats[id].clist.per_stage[stages[0]!].total;
    // truth's c-list rule: 100 or more object entries between the first and the last snapshot.
    const mustFlag = new Set([...e.clist_growth.must_flag.filter((k: string) => grew(k.split(':')[0]!) >= 100), ...e.boyd_growth.must_flag].map((k: string) => k.split(':')[0]));
    const mustNot = new Set([...e.clist_growth.must_not_flag].filter((k: string) => e.boyd_growth.must_not_flag.includes(k)).map((k: string) => k.split(':')[0]));
    const bullets = md.split('\n').filter((l) => /^- (❌|⚠️) \*\*/.test(l));
    for (const id of mustFlag) expect(bullets.some((b) => b.startsWith(`- ❌ **${label(truth, id)}**`)), `${run}: ${id} flagged`).toBe(true);
    for (const id of mustNot) expect(bullets.some((b) => b.startsWith(`- ❌ **${label(truth, id)}**`)), `${run}: ${id} not failed`).toBe(false);
    // One bullet per vat with a failing or warning verdict, failing ones marked ❌.
    const failing = new Set(report.verdicts.filter((v) => v.level === 'fail').map((v) => v.vatID));
    const flagged = new Set(report.verdicts.filter((v) => v.level === 'fail' || v.level === 'warn').map((v) => v.vatID));
    expect(bullets).toHaveLength(flagged.size);
    expect(bullets.filter((b) => b.startsWith('- ❌'))).toHaveLength(failing.size);
    const n = Object.keys(truth.vats).length;
    if (failing.size) expect(md).toContain(`**${failing.size} of ${n} vats grew`);
    else expect(md).toMatch(new RegExp(`\\*\\*(No growth in|No vat fails; \\d+ of) ${n}`));
  });

  it("each flagged vat's headline names who keeps its growing c-list entries alive, as the report found", () => {
    const bullets = md.split('\n').filter((l) => /^- (❌|⚠️) \*\*/.test(l));
    for (const v of report.vats) {
      const kept = v.clist?.keptAliveBy;
      const bullet = bullets.find((b) => b.includes(`**${label(truth, v.vatID)}**`));
      if (!kept?.length || !bullet || !/c-list (exports|imports) /.test(bullet)) continue;
      const first = kept[0] === v.vatID ? 'itself' : label(truth, kept[0]!);
      expect(bullet, `${run}: ${v.vatID}`).toContain(`kept alive by ${first}`);
    }
    if (run === 'weak') {
      // agoric-sdk#4525: the importer only recognizes the objects; the exporter keeps them alive.
      const holder = bullets.find((b) => b.includes('**holder (v6)**'))!;
      expect(holder).toContain(`kept alive by leaky (v7) (${truth.expected.weak_imports['v6:holder'].toLocaleString('en-US')}, all recognizable-only)`);
      expect(holder).not.toContain('keeps them itself');
      expect(bullets.find((b) => b.includes('**leaky (v7)**'))).toContain('kept alive by itself');
    }
  });

  it('BOYD first → last per busy vat: the means of the first and last 50 BOYDs', () => {
    const rows = table(md, 'BOYD time per vat');
    const busy = Object.keys(truth.vats).filter((id) => truth.vats[id].boyd.n >= 20);
    expect(busy.length).toBeGreaterThanOrEqual(4);
    for (const id of busy) {
      const row = rows.find((r) => r.vat === label(truth, id));
      expect(row, `${run} ${id}`).toBeDefined();
      const [first, last] = row!['ms, first → last']!.split(' → ').map(num);
      // The report leaves out the BOYDs right before a heap snapshot (slower); truth keeps them.
      expect(Math.abs(first! / (truth.vats[id].boyd.first50_mean_s * 1e3) - 1), `${run} ${id} first`).toBeLessThan(0.1);
      expect(Math.abs(last! / (truth.vats[id].boyd.last50_mean_s * 1e3) - 1), `${run} ${id} last`).toBeLessThan(0.1);
      // The one-line sentence of a flagged vat says the same, to one decimal.
      const bullet = md.split('\n').find((l) => l.startsWith(`- ❌ **${label(truth, id)}**`) && l.includes('BOYD time'));
      if (bullet) {
        const m = /BOYD time ([\d.]+) → ([\d.]+) ms over (\d+) blocks/.exec(bullet)!;
        // One decimal under 10 ms, whole milliseconds from 10 on.
        const tol = (x: number) => (x >= 10 ? 0.501 : 0.051);
        expect(Math.abs(num(m[1]!) - first!)).toBeLessThanOrEqual(tol(first!));
        expect(Math.abs(num(m[2]!) - last!)).toBeLessThanOrEqual(tol(last!));
        expect(num(m[3]!)).toBe(truth.vats[id].boyd.last_block - truth.vats[id].boyd.first_block + 1);
      }
    }
  });

  it('c-list exports / imports / recognizable-only per snapshot, exactly', () => {
    const rows = table(md, 'C-list per snapshot');
    // Every vat whose c-list verdict fails is in the table, marked so.
    const flagged = [...new Set(report.verdicts.filter((v) => v.metric.startsWith('clist') && v.level === 'fail').map((v) => v.vatID))];
    for (const id of flagged) expect(rows.some((r) => r.vat === label(truth, id) && r[''] === '❌'), `${run} ${id} in the c-list table`).toBe(true);
    let checked = 0;
    for (const r of rows) {
      const id = /\((v\d+)\)$/.exec(r.vat!)![1]!;
      for (const [stage, ps] of Object.entries<any>(truth.vats[id].clist.per_stage)) {
        const cell = r[`stage ${stage}`];
        if (cell === undefined) continue;
        const m = /^([\d,]+) \/ ([\d,]+)(?: \(([\d,]+) weak\))?/.exec(cell)!;
        expect([num(m[1]!), num(m[2]!), m[3] ? num(m[3]) : 0], `${run} ${id} stage ${stage}`).toEqual([ps.exports, ps.imports, ps.recognizable_only]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(flagged.length * 3);
  });

  it('says what was checked: vats, blocks, snapshots and object entries in the last', () => {
    const stages = Object.keys(truth.stages).filter((s) => truth.stages[s].lastBlockHeight !== null);
    const last = stages.at(-1)!;
    const entries = Object.values<any>(truth.vats).reduce((s, v) => s + (v.clist.per_stage[last]?.total ?? 0), 0);
    expect(md).toContain(`Checked ${Object.keys(truth.vats).length} vats over ${truth.total_blocks} blocks`);
    expect(md).toContain(`in ${stages.length} kernel-DB snapshots (${entries.toLocaleString('en-US')} object entries in the last)`);
  });

  it('the terminal text and the HTML report show the same numbers, without markdown escapes', () => {
    const text = renderTerminal(report);
    const html = renderHtml(report);
    for (const id of Object.keys(truth.vats).filter((v) => truth.vats[v].boyd.n >= 20)) {
      const b = report.vats.find((v) => v.vatID === id)!.boyd!;
      const cell = `${(b.firstMean! * 1e3).toFixed(2)} → ${(b.lastMean! * 1e3).toFixed(2)}`;
      expect(text).toContain(cell);
      expect(html).toContain(cell);
    }
    expect(text).not.toMatch(/\\[()_*[\]]|\| ---|&lt;|&amp;/);
    expect(text).not.toContain('\u001b['); // no colour unless asked
    // Each BOYD chart draws every point of the report's series.
    for (const v of report.vats.filter((x) => (x.boyd?.chart.length ?? 0) >= 12)) {
      const m = new RegExp(`<svg class="chart" id="boyd-${v.vatID}" data-points="(\\d+)"`).exec(html);
      if (m) expect(Number(m[1])).toBe(v.boyd!.chart.length);
    }
  });
});
