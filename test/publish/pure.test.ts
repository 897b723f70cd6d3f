import { describe, expect, it } from 'vitest';
import { fitToBudget } from '../../src/publish/github/summary-budget.js';
import { planAnnotations, type Annotation } from '../../src/publish/github/annotations.js';
import { truncateBody, comparable } from '../../src/publish/github/text.js';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('fitToBudget', () => {
  it('returns everything unchanged when it fits', () => {
    const r = fitToBudget([{ id: 'a', markdown: '# A', priority: 1 }, { id: 'b', markdown: 'B', priority: 0 }]);
    expect(r).toEqual({ markdown: '# A\n\nB', dropped: [] });
  });

  it('drops lowest priority first (later first on ties) and says so', () => {
    const big = (c: string) => `${c.repeat(400)}\n`;
    const sections = [
      { id: 'verdict', markdown: '## Verdict: regression', priority: 100 },
      { id: 'per-vat', markdown: big('é'), priority: 10 }, // 800 bytes
      { id: 'raw-a', markdown: big('a'), priority: 1 },
      { id: 'raw-b', markdown: big('b'), priority: 1 },
    ];
    const r = fitToBudget(sections, 1200);
    expect(r.dropped).toEqual(['raw-b', 'raw-a']);
    expect(bytes(r.markdown)).toBeLessThanOrEqual(1200);
    expect(r.markdown).toContain('Verdict');
    expect(r.markdown).toContain('é'.repeat(400));
    expect(r.markdown).toMatch(/Omitted to fit GitHub's 1 MiB job-summary limit: `raw-b`, `raw-a`\./);
  });

  it('truncates the last section when dropping is not enough (never silent)', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `line ${i} ✓`).join('\n');
    const r = fitToBudget([{ id: 'only', markdown: lines, priority: 5 }, { id: 'extra', markdown: 'x', priority: 0 }], 10_000);
    expect(bytes(r.markdown)).toBeLessThanOrEqual(10_000);
    expect(r.dropped).toEqual(['extra', 'only (truncated)']);
    expect(r.markdown).toMatch(/line \d+ ✓\n\n> \[!WARNING\]/);
  });

  it('default budget is 1 MiB − 1 KiB', () => {
    const r = fitToBudget([{ id: 'a', markdown: 'a'.repeat(1024 * 1024), priority: 1 }, { id: 'b', markdown: 'b', priority: 2 }]);
    expect(r.dropped).toEqual(['a']);
    expect(bytes(r.markdown)).toBeLessThanOrEqual(1024 * 1024 - 1024);
  });
});

describe('planAnnotations', () => {
  const mk = (level: Annotation['level'], n: number) => Array.from({ length: n }, (_, i) => ({ level, title: `${level} ${i}`, message: 'm' }));

  it('keeps at most cap per level, the last replaced by "and N more"', () => {
    const out = planAnnotations([...mk('error', 14), ...mk('warning', 10), ...mk('notice', 2)]);
    const errors = out.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(10);
    expect(errors.slice(0, 9).map((a) => a.title)).toEqual(mk('error', 9).map((a) => a.title));
    expect(errors[9]!.title).toBe('and 5 more errors');
    expect(errors[9]!.message).toMatch(/^and 5 more errors …/);
    expect(out.filter((a) => a.level === 'warning')).toHaveLength(10);
    expect(out.filter((a) => a.level === 'warning').every((a) => !a.title.startsWith('and'))).toBe(true);
    expect(out.filter((a) => a.level === 'notice')).toHaveLength(2);
  });

  it('respects a custom cap', () => {
    const out = planAnnotations(mk('warning', 4), 2);
    expect(out.map((a) => a.title)).toEqual(['warning 0', 'and 3 more warnings']);
    expect(() => planAnnotations([], 0)).toThrow();
  });

  it('per level, what the step has left: the failure\'s own error kept free, warnings already shown subtracted', () => {
    // 12 failing verdicts and the step's setFailed error to come: 9 slots, the 9th "and 4 more".
    const errors = planAnnotations(mk('error', 12), { error: 9 }).map((a) => a.title);
    expect(errors).toEqual([...mk('error', 8).map((a) => a.title), 'and 4 more errors']);
    // 3 input-problem warnings already shown: 7 left for 10 warn verdicts.
    const warnings = planAnnotations(mk('warning', 10), { warning: 7 });
    expect(warnings).toHaveLength(7);
    expect(warnings.at(-1)!.title).toBe('and 4 more warnings');
    // Nothing left: nothing shown (GitHub would drop it); other levels keep 10.
    expect(planAnnotations([...mk('warning', 3), ...mk('notice', 12)], { warning: 0 }).map((a) => a.level)).toEqual(Array(10).fill('notice'));
    expect(planAnnotations(mk('error', 2), { error: -3 })).toEqual([]);
  });
});

describe('truncateBody / comparable', () => {
  it('never exceeds the limit even for one huge line or surrogate pairs', () => {
    const r = truncateBody('😀'.repeat(40_000), 65_000);
    expect(r.truncated).toBe(true);
    expect(r.body.length).toBeLessThanOrEqual(65_000);
    expect(r.body).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(truncateBody('short').truncated).toBe(false);
    expect(truncateBody('x\n'.repeat(40_000), 10 ** 6).body.length).toBeLessThan(65_536);
  });

  it('ignores CRLF, trailing spaces and volatile lines', () => {
    expect(comparable('a  \r\nGenerated at 2026-01-01T00:00Z\r\nb')).toBe(comparable('a\nb\n'));
  });
});
