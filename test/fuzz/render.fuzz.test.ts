/**
 * The whole markdown report with hostile text in every field that comes from an artifact (vat
 * names and IDs, delivery kinds and methods, warning codes and messages, verdict messages,
 * attribution, baseline reason and provenance, tool version). test/render checks mdText/mdCode
 * one string at a time; this checks the assembled document: tables keep their column count
 * (markdown-table's padding included), no raw HTML but the renderer's own balanced tags, no
 * mention/ref/link outside code, mermaid blocks hold only chart statements.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import { OWN_TAGS, expectTablesWellFormed, splitCode, withoutOwnLinks, isMermaidFence, MERMAID_LINE, SHELL_LINE } from '../hostile/helpers.js';
import { runs } from './runs.js';

const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...'<>&|`*_[]()!#~-+=.:/\\@$ \n\r\t1234567890abwhtpsGH"\''.split('')) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('</details>', '<details open>', '<img src=x onerror=alert(1)>', '<script>', '@octocat', '#123', 'GH-1', '](https://e/x)', '![i](x)', 'https://', 'www.', '```', '~~~', '\n# h\n', '\n- i\n', '\n> q\n', '\n| a | b |\n', '\u202e', '\u200b', '&#64;', '-->', '%%{init}%%', ']', '"'),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 2 }) },
);
const text = fc.string({ unit, maxLength: 80 });
const level = fc.constantFrom('fail', 'warn', 'pass', 'neutral') as fc.Arbitrary<'fail' | 'warn' | 'pass' | 'neutral'>;

function vat(i: number, name: string | null, vatID: string, kind: string, method: string, attribution: string) {
  const chart: Array<[number, number]> = Array.from({ length: 6 }, (_, k) => [k + 1, 0.001 * (k + i)]);
  const snap = (stage: number, n: number) => ({ stage, height: stage * 10, exports: { reachable: n, recognizableOnly: 1 }, imports: { reachable: 2 * n, recognizableOnly: 0 }, promises: 0, nextImportID: null });
  return {
    vatID,
    name,
    managerType: 'xsnap',
    deliveries: 10,
    boyd: { count: 6, slopePerBlock: 1e-6, slopeCI: [0, 2e-6], pValue: 0.001, olsSlope: 1e-6, olsT: 3, firstMean: 0.001, lastMean: 0.002, growth: 2, relativeRise: 0.5, xFirst: 1, xLast: 6, preSnapshotCount: 0, commonModeCorrected: null, chart },
    heap: { count: 6, slopePerBlock: 1, slopeCI: [0, 2], pValue: 0.01, first: 100, last: 200, growth: 2 },
    clist: {
      snapshots: [snap(1, 10), snap(2, 200)],
      series: { source: 'slog', absolute: true, slopePerBlock: 2, slopeCI: [1, 3], pValue: 0.001, start: null, end: null, chart },
      delta: { fromStage: 1, toStage: 2, blocks: 10, exports: 190, imports: 380, recognizableOnly: 0, promises: 0, perBlock: 57, perCycle: null },
      stageDeltas: [],
      attribution,
    },
    deliveryKinds: [
      { kind, method, count: 3, totalSeconds: 0.1, meanFirst100: 0.01, meanLast100: 0.02, fittedFirst: 0.01, fittedLast: 0.02 },
      { kind: 'bringOutYourDead', count: 6, totalSeconds: 0.01, meanFirst100: 0.001, meanLast100: 0.002, fittedFirst: null, fittedLast: null },
    ],
  };
}

const reportArb = fc
  .record({
    vats: fc.array(fc.tuple(fc.option(text, { nil: null }), text, text, text, text, level, level, text, text), { minLength: 1, maxLength: 4 }),
    warnings: fc.array(fc.tuple(text, fc.nat(), text, text), { maxLength: 3 }),
    reason: text,
    path: text,
    version: text,
    used: fc.boolean(),
    verdict: level,
  })
  .map((g) => ({
    schemaVersion: 1,
    tool: { name: 'loadgen-gate', version: g.version },
    generatedAt: '2026-01-01T00:00:00Z',
    provenance: { source: 'local', path: g.path },
    run: {
      files: [{ path: g.path, kind: 'slog', bytes: 1 }],
      xAxis: 'blockHeight',
      blockRange: [1, 6],
      blocks: 6,
      cycles: 12,
      warnings: g.warnings.map(([code, count, message, ex]) => ({ code, count, message, examples: [ex] })),
      utilization: { deliverySeconds: 1, swingsetSeconds: 2, wallSeconds: 3, byKind: g.vats.map(([, , kind]) => ({ kind, count: 1, seconds: 0.5, share: 0.5 })) },
    },
    vats: g.vats.map(([name, vatID, kind, method, attribution], i) => vat(i, name, vatID, kind, method, attribution)),
    importGraph: [],
    kernel: [],
    verdicts: g.vats.flatMap(([name, vatID, , , , l1, l2, m1, m2]) => [
      { vatID, name, metric: 'boyd-slope', level: l1, value: 1, threshold: 1, message: m1 },
      { vatID, name, metric: 'clist-exports', level: l2, value: 1, threshold: 1, message: m2 },
    ]),
    verdict: g.verdict,
    baseline: g.used ? { used: true, provenance: { source: 'github-run', runId: 5, headSha: 'a'.repeat(40), path: g.path, ageHours: 3 } } : { used: false, reason: g.reason },
    policy: {},
  }));

describe('renderMarkdown with hostile text everywhere', () => {
  it('keeps the document structure whatever the strings', () => {
    fc.assert(
      fc.property(reportArb, (report) => {
        const md = renderMarkdown(report as any);
        const { outside, spans, fences } = splitCode(md);
        // Tables: same column count in every row.
        expectTablesWellFormed(outside);
        // HTML: only ours, balanced.
        const tags = outside.match(/<\/?[A-Za-z!?][^>]*>?/g) ?? [];
        for (const t of tags) expect(t).toMatch(OWN_TAGS);
        let depth = 0;
        for (const t of tags) {
          if (t.startsWith('<details')) depth++;
          else if (t === '</details>') depth--;
          expect(depth).toBeGreaterThanOrEqual(0);
        }
        expect(depth).toBe(0);
        // GitHub linkification and links.
        expect(outside).not.toMatch(/@(?!&ZeroWidthSpace;)[A-Za-z0-9_]/);
        expect(outside).not.toMatch(/#\d|GH-\d/i);
        expect(withoutOwnLinks(outside)).not.toContain('](');
        expect(outside).not.toMatch(/https?:\/\/|www\./i);
        // Lines: headings and list items are the renderer's own.
        for (const line of outside.split('\n')) {
          if (/^ {0,3}#/.test(line)) expect(line).toMatch(/^#{2,3} /);
          expect(line).not.toMatch(/^ {0,3}>/);
          expect(line).not.toMatch(/^ {4,}\S/); // no indented code block
        }
        for (const s of spans) expect(s).not.toMatch(/[\n|]/);
        for (const f of fences) {
          for (const line of f.split('\n')) expect(line).toMatch(isMermaidFence(f) ? MERMAID_LINE : SHELL_LINE);
        }
      }),
      runs(300),
    );
  });
});
