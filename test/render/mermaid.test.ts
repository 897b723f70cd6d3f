import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mermaidLabel, xyChart } from '../../src/render/mermaid.js';

const NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/; // the xychart lexer's number token
const LABEL = /^"[A-Za-z0-9 _.,:/()%+-]*"$/;

/** Parses our own output back, asserting it only uses the statements we intend to emit. */
function parse(out: string) {
  const lines = out.split('\n');
  expect(lines[0]).toBe('```mermaid');
  expect(lines[1]).toBe('xychart-beta');
  expect(lines.at(-2)).toBe('```');
  expect(lines.at(-1)).toBe('');
  let title: string | undefined;
  let categories: string[] = [];
  let yRange: [number, number] | undefined;
  const series: Array<{ name?: string; values: number[] }> = [];
  for (const line of lines.slice(2, -2)) {
    let m: RegExpExecArray | null;
    if ((m = /^ {2}title ("[^"]*")$/.exec(line))) {
      expect(m[1]).toMatch(LABEL);
      title = m[1]!.slice(1, -1);
    } else if ((m = /^ {2}x-axis (?:("[^"]*") )?\[(.*)\]$/.exec(line))) {
      if (m[1]) expect(m[1]).toMatch(LABEL);
      categories = m[2]!.split(', ').map((c) => {
        expect(c).toMatch(/^"[^"]+"$/);
        expect(c.slice(1, -1)).toMatch(NUMBER);
        return c.slice(1, -1);
      });
    } else if ((m = /^ {2}y-axis (?:("[^"]*") )?(\S+) --> (\S+)$/.exec(line))) {
      if (m[1]) expect(m[1]).toMatch(LABEL);
      expect(m[2]).toMatch(NUMBER);
      expect(m[3]).toMatch(NUMBER);
      yRange = [Number(m[2]), Number(m[3])];
    } else if ((m = /^ {2}line (?:("[^"]*") )?\[(.*)\]$/.exec(line))) {
      if (m[1]) expect(m[1]).toMatch(LABEL);
      const values = m[2]!.split(', ').map((v) => {
        expect(v).toMatch(NUMBER);
        return Number(v);
      });
      series.push({ name: m[1]?.slice(1, -1), values });
    } else {
      throw new Error(`unexpected line ${JSON.stringify(line)}`);
    }
  }
  return { title, categories, yRange, series };
}

describe('xyChart', () => {
  it('renders series on shared categories with y headroom', () => {
    const out = xyChart({
      title: 'BOYD time per vat',
      xLabel: 'block',
      yLabel: 'seconds',
      series: [
        { name: 'v1', x: [1, 2, 3, 4, 5], y: [0.1, 0.2, 0.25, 0.3, 0.5] },
        { name: 'v9', x: [1, 3, 5], y: [1, 2, 3] },
      ],
    });
    expect(out).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '  title "BOYD time per vat"',
        '  x-axis "block" ["1", "2", "3", "4", "5"]',
        '  y-axis "seconds" 0 --> 3.15',
        '  line "v1" [0.1, 0.2, 0.25, 0.3, 0.5]',
        '  line "v9" [1, 1.5, 2, 2.5, 3]',
        '```',
        '',
      ].join('\n'),
    );
  });

  it('downsamples to maxPoints buckets labelled with the bucket-mean x', () => {
    const xs = Array.from({ length: 1000 }, (_, i) => i);
    const out = xyChart({ title: 't', xLabel: 'x', yLabel: 'y', maxPoints: 10, series: [{ name: 'sq', x: xs, y: xs.map((x) => 2 * x) }] });
    const { categories, series, yRange } = parse(out);
    // Bucket means are 49.5, 149.5, ...; labels are rounded to the precision the spacing needs.
    expect(categories).toEqual(['50', '150', '250', '350', '450', '550', '650', '750', '850', '950']);
    expect(series[0]!.values).toEqual([99, 299, 499, 699, 899, 1099, 1299, 1499, 1699, 1899]);
    expect(yRange![0]).toBeLessThanOrEqual(99);
    expect(yRange![1]).toBeGreaterThanOrEqual(1899);
  });

  it('keeps negative values and uses plain decimals for large/small magnitudes', () => {
    const { yRange, series } = parse(
      xyChart({ title: '', xLabel: '', yLabel: '', series: [{ name: '', x: [0, 1, 2], y: [-5e-7, 1e-6, 123456789012] }] }),
    );
    expect(yRange![0]).toBeLessThan(0);
    expect(series[0]!.values[2]).toBe(123456789012);
  });

  it('keeps category labels unique when rounding would merge them', () => {
    const xs = [...Array.from({ length: 50 }, (_, i) => i * 10), 495.01, 495.02];
    const { categories } = parse(xyChart({ title: '', xLabel: '', yLabel: '', series: [{ name: '', x: xs, y: xs }] }));
    expect(new Set(categories).size).toBe(categories.length);
  });

  it('returns an empty string for empty or degenerate input', () => {
    const base = { title: 't', xLabel: 'x', yLabel: 'y' };
    expect(xyChart({ ...base, series: [] })).toBe('');
    expect(xyChart({ ...base, series: [{ name: 'a', x: [], y: [] }] })).toBe('');
    expect(xyChart({ ...base, series: [{ name: 'a', x: [1, 1], y: [2, 3] }] })).toBe('');
    expect(xyChart({ ...base, series: [{ name: 'a', x: [NaN, Infinity], y: [1, 2] }] })).toBe('');
    expect(xyChart({ ...base, series: [{ name: 'a', x: [1, 2], y: [NaN, NaN] }] })).toBe('');
  });

  it('sanitises titles and labels', () => {
    expect(mermaidLabel('x"]\n```\n%%{init: {"theme":"dark"}}%%<b>')).toBe('x % init: theme : dark % b');
    expect(mermaidLabel('a'.repeat(500)).length).toBe(80);
    const out = xyChart({
      title: '"\n```\nline [1]\n',
      xLabel: ']; bar [9]',
      yLabel: '--> 5',
      series: [{ name: '" [1] "', x: [0, 1], y: [0, 1] }],
    });
    const parsed = parse(out);
    expect(parsed.title).toBe('line 1');
    expect(parsed.series).toHaveLength(1);
  });

  it('never leaves the fenced block, whatever the text (property)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: fc.constantFrom('`', '"', '\n', '\r', '%', '{', '}', '[', ']', ';', '#', 'a', ' ', '-->'), maxLength: 60 }),
    );
    fc.assert(
      fc.property(text, text, text, text, (title, xLabel, yLabel, name) => {
        const out = xyChart({ title, xLabel, yLabel, series: [{ name, x: [1, 2, 3], y: [3, 1, 2] }] });
        expect(out.split('```').length - 1).toBe(2);
        const titleLine = out.split('\n').find((l) => l.startsWith('  title '));
        if (titleLine !== undefined) expect(titleLine).toMatch(/^ {2}title "[A-Za-z0-9 _.,:/()%+-]*"$/);
        parse(out);
      }),
      { numRuns: 200 },
    );
  });

  it('produces well-formed numbers and equal-length lines for arbitrary data (property)', () => {
    const pts = fc.array(fc.tuple(fc.double(), fc.double()), { maxLength: 80 });
    fc.assert(
      fc.property(fc.array(pts, { minLength: 1, maxLength: 4 }), fc.integer({ min: 2, max: 70 }), (series, maxPoints) => {
        const out = xyChart({
          title: 't',
          xLabel: 'x',
          yLabel: 'y',
          maxPoints,
          series: series.map((p, i) => ({ name: `s${i}`, x: p.map((q) => q[0]), y: p.map((q) => q[1]) })),
        });
        if (out === '') return;
        const parsed = parse(out);
        expect(parsed.categories.length).toBeGreaterThanOrEqual(2);
        expect(parsed.categories.length).toBeLessThanOrEqual(maxPoints);
        for (const s of parsed.series) expect(s.values).toHaveLength(parsed.categories.length);
      }),
      { numRuns: 200 },
    );
  });
});
