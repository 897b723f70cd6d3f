/**
 * Rendering a report of many vats is linear (or n log n) in vats: the work is counted, never
 * timed. Every read of an element of `vats`, `verdicts` and `importGraph` goes through a counting
 * proxy; at 25,000 and 50,000 vats the reads per vat must stay under a fixed bound and double (not
 * quadruple) with the vats. Before, `levelFor` filtered every verdict from a sort comparator:
 * ~n·log n·3n reads, 10^10 at 50,000 vats. The markdown lists a bounded number of rows; the JSON
 * report is the report itself and stays complete.
 */
import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderSections } from '../../src/render/markdown.js';
import { renderHtml } from '../../src/render/html.js';
import { renderTerminal } from '../../src/render/terminal.js';
import { manyVatsReport } from '../helpers/many-vats.js';
import type { RunReport } from '../../src/shared/report-schema.js';

/** The report with its big arrays behind proxies that count element reads. */
function counted(r: RunReport): { report: RunReport; reads: () => number } {
  let reads = 0;
  const wrap = <T extends object[]>(a: T): T =>
    new Proxy(a, {
      get(t, k, recv) {
        if (typeof k === 'string' && k.charCodeAt(0) >= 48 && k.charCodeAt(0) <= 57) reads++;
        return Reflect.get(t, k, recv);
      },
    });
  return { report: { ...r, vats: wrap(r.vats), verdicts: wrap(r.verdicts), importGraph: wrap(r.importGraph) }, reads: () => reads };
}

describe('rendering many vats', () => {
  const sizes = [25_000, 50_000];
  const work = new Map<number, { md: number; html: number; text: number; mdBytes: number; htmlBytes: number }>();

  it.each(sizes)('%i vats: reads per vat stay bounded in markdown, HTML and terminal text', (n) => {
    const base = manyVatsReport(n);
    const elements = base.vats.length + base.verdicts.length + base.importGraph.length;
    const one = (f: (r: RunReport) => string) => {
      const { report, reads } = counted(base);
      const out = f(report);
      return { reads: reads(), out };
    };
    const md = one((r) => renderMarkdown(r));
    const html = one((r) => renderHtml(r));
    const text = one((r) => renderTerminal(r));
    // A few passes over each array (filters, maps, one sort's comparisons of precomputed keys).
    for (const x of [md, html, text]) expect(x.reads / elements).toBeLessThan(40);
    work.set(n, { md: md.reads, html: html.reads, text: text.reads, mdBytes: md.out.length, htmlBytes: html.out.length });
    // The markdown lists at most 40 rows per table and says how many it left out.
    expect(md.out.length).toBeLessThan(400_000);
    expect(md.out).toContain(`**${(n / 50).toLocaleString('en-US')} of ${n.toLocaleString('en-US')} vats grew.**`);
    expect(md.out).toMatch(/\d+ more row\(s\) \(\d+ flagged\) in the HTML and JSON reports/);
    expect(renderSections(base).find((s) => s.id === 'verdicts')!.markdown.split('\n').filter((l) => l.startsWith('| ')).length).toBe(40 + 2);
  }, 400_000);

  it('doubling the vats doubles the work (no quadratic term)', () => {
    const [a, b] = sizes.map((n) => work.get(n)!);
    if (!a || !b) throw new Error('the sized runs did not run');
    for (const k of ['md', 'html', 'text'] as const) {
      expect(b[k] / a[k]).toBeGreaterThan(1.8);
      expect(b[k] / a[k]).toBeLessThan(2.3);
    }
    // Output is capped: the markdown does not grow with the vats beyond the capped lists.
    expect(b.mdBytes / a.mdBytes).toBeLessThan(1.2);
  });
});
