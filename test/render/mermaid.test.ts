import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { categoryChart, lineChart, mermaidLabel, xyChart } from '../../src/render/mermaid.js';

const NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/; // the xychart lexer's number token
const LABEL = /^"[A-Za-z0-9 _.,:/()%+-]*"$/;

/** Parses our own output back, asserting it only uses the statements we intend to emit. */
function parse(out: string) {
  const lines = out.split('\n');
  expect(lines[0]).toBe('```mermaid');
  // The colours: a fixed init directive, JSON with hex colours only.
  const m0 = /^%%\{init: (.*)\}%%$/.exec(lines[1]!);
  expect(m0).not.toBeNull();
  const init = JSON.parse(m0![1]!);
  expect(lines[2]).toBe('xychart-beta');
  expect(lines.at(-2)).toBe('```');
  expect(lines.at(-1)).toBe('');
  let title: string | undefined;
  let categories: string[] = [];
  let xRange: [number, number] | undefined;
  let yRange: [number, number] | undefined;
  const series: Array<{ name?: string; values: number[] }> = [];
  for (const line of lines.slice(3, -2)) {
    let m: RegExpExecArray | null;
    if ((m = /^ {2}title ("[^"]*")$/.exec(line))) {
      expect(m[1]).toMatch(LABEL);
      title = m[1]!.slice(1, -1);
    } else if ((m = /^ {2}x-axis (?:("[^"]*") )?\[(.*)\]$/.exec(line))) {
      if (m[1]) expect(m[1]).toMatch(LABEL);
      categories = m[2]!.split(', ').map((c) => {
        expect(c).toMatch(LABEL);
        return c.slice(1, -1);
      });
    } else if ((m = /^ {2}x-axis (?:("[^"]*") )?(\S+) --> (\S+)$/.exec(line))) {
      if (m[1]) expect(m[1]).toMatch(LABEL);
      expect(m[2]).toMatch(NUMBER);
      expect(m[3]).toMatch(NUMBER);
      xRange = [Number(m[2]), Number(m[3])];
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
  return { init, title, categories, xRange, yRange, series };
}

describe('lineChart and categoryChart', () => {
  it('draws lines on a numeric x-axis, resampled onto evenly spaced points, in the given colours on white', () => {
    const out = lineChart({
      title: 'BOYD ms, leaky',
      xLabel: 'block height',
      yLabel: 'ms',
      points: 10,
      series: [
        { name: 'BOYD ms', color: '#0969da', pts: Array.from({ length: 1000 }, (_, i) => [i * 0.009, 2 * i * 0.009] as [number, number]) },
        { name: 'fitted trend', color: '#cf222e', pts: [[9, 9], [0, 0]] },
      ],
    });
    const p = parse(out);
    expect(p.xRange).toEqual([0, 9]);
    expect(p.init.themeVariables.xyChart.plotColorPalette).toBe('#0969da, #cf222e');
    expect(p.init.themeVariables.xyChart.backgroundColor).toBe('#ffffff');
    expect(p.series.map((s) => s.name)).toEqual(['BOYD ms', 'fitted trend']);
    // A dense series: the mean of its samples nearest each grid x (the ends hold half a step).
    const grid = Array.from({ length: 10 }, (_, i) => i);
    p.series[0]!.values.slice(1, -1).forEach((v, i) => expect(v).toBeCloseTo(2 * grid[i + 1]!, 1));
    // A sparse one (a fitted line given by its ends) is drawn through its samples.
    p.series[1]!.values.forEach((v, i) => expect(v).toBeCloseTo(grid[i]!, 2));
    expect(p.yRange![0]).toBe(0);
    expect(p.yRange![1]).toBeGreaterThanOrEqual(17.98);
  });

  it('draws c-list counts over snapshot categories', () => {
    const p = parse(categoryChart({ title: 'c-list', xLabel: 'snapshot', yLabel: 'entries', categories: ['stage 1 (120)', 'stage 2 (240)', 'stage 3 (360)'], series: [{ name: 'exports', values: [601, 1201, 1801], color: '#0969da' }, { name: 'imports', values: [1, 1, 1], color: '#bc4c00' }] }));
    expect(p.categories).toEqual(['stage 1 (120)', 'stage 2 (240)', 'stage 3 (360)']);
    expect(p.series.map((s) => s.values)).toEqual([[601, 1201, 1801], [1, 1, 1]]);
    expect(categoryChart({ title: '', xLabel: '', yLabel: '', categories: ['one'], series: [{ name: 'a', values: [1], color: '#000000' }] })).toBe('');
  });
});

describe('xyChart', () => {
  it('keeps negative values and uses plain decimals for large/small magnitudes', () => {
    const { yRange, series } = parse(
      xyChart({ title: '', xLabel: '', yLabel: '', series: [{ name: '', x: [0, 1, 2], y: [-5e-7, 1e-6, 123456789012] }] }),
    );
    expect(yRange![0]).toBeLessThan(0);
    expect(series[0]!.values.at(-1)).toBe(123456789012);
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
        expect(parsed.xRange![1]).toBeGreaterThan(parsed.xRange![0]);
        for (const s of parsed.series) expect(s.values).toHaveLength(maxPoints);
      }),
      { numRuns: 200 },
    );
  });
});
