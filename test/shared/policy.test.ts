import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_POLICY, isIgnored, loadPolicy, parsePolicy, policyFor } from '../../src/shared/policy.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'lg-policy-'));
const file = (name: string, text: string) => {
  const p = path.join(tmp, name);
  writeFileSync(p, text);
  return p;
};

describe('policy', () => {
  it('defaults when no file is given', async () => {
    expect(await loadPolicy()).toEqual(DEFAULT_POLICY);
  });

  it('reads YAML and JSON, merging over the defaults', async () => {
    const y = await loadPolicy(file('p.yml', 'boyd:\n  slopeFloor: 5.0e-6\nclist:\n  minGrowth: 500\nignore: [comms]\n'));
    expect(y.boyd.slopeFloor).toBe(5e-6);
    expect(y.boyd.alpha).toBe(DEFAULT_POLICY.boyd.alpha);
    expect(y.clist.minGrowth).toBe(500);
    expect(y.ignore).toEqual(['comms']);
    const j = await loadPolicy(file('p.json', JSON.stringify({ clist: { maxPerStage: 700 } })));
    expect(j.clist.maxPerStage).toBe(700);
  });

  it('rejects unknown keys and wrong types with the file and key named', async () => {
    await expect(loadPolicy(file('bad1.yml', 'boyd:\n  slopefloor: 1\n'))).rejects.toThrow(/bad1\.yml: boyd: unknown key "slopefloor"/);
    await expect(loadPolicy(file('bad2.yml', 'bogus: 1\n'))).rejects.toThrow(/unknown key "bogus"/);
    await expect(loadPolicy(file('bad3.yml', 'boyd:\n  alpha: "0.01"\n'))).rejects.toThrow(/boyd\.alpha: expected a number/);
    await expect(loadPolicy(file('bad4.yml', 'boyd: [\n'))).rejects.toThrow(/bad4\.yml: not valid YAML/);
    await expect(loadPolicy(path.join(tmp, 'missing.yml'))).rejects.toThrow(/missing\.yml: cannot read config/);
  });

  it('refuses a number setting out of its range, and maxPerStage other than a number or null, so that no slip turns a rule off', () => {
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ boyd: { alpha: 0 } }, 'config: boyd.alpha: expected a probability between 0 and 1 (exclusive), got 0'],
      [{ boyd: { alpha: 5 } }, 'config: boyd.alpha: expected a probability between 0 and 1 (exclusive), got 5'],
      [{ boyd: { minSamples: 0 } }, 'config: boyd.minSamples: expected a whole number of BOYDs, 3 or more, got 0'],
      [{ boyd: { edgeSamples: 2.5 } }, 'config: boyd.edgeSamples: expected a whole number of samples, 1 or more, got 2.5'],
      [{ boyd: { minSpanFraction: 1.5 } }, 'config: boyd.minSpanFraction: expected a fraction from 0 to 1, got 1.5'],
      [{ clist: { minGrowth: -1 } }, 'config: clist.minGrowth: expected a number of entries, 0 or more, got -1'],
      [{ clist: { maxPerStage: {} } }, 'config: clist.maxPerStage: expected a number or null, got {}'],
      [{ clist: { maxPerStage: [500] } }, 'config: clist.maxPerStage: expected a number or null, got [500]'],
      [{ clist: { maxPerStage: '500' } }, 'config: clist.maxPerStage: expected a number or null, got "500"'],
      [{ baseline: { z: 0 } }, 'config: baseline.z: expected a z value above 0, got 0'],
      [{ overrides: [{ match: 'zoe', boyd: { alpha: 1 } }] }, 'config: overrides[0].boyd.alpha: expected a probability between 0 and 1 (exclusive), got 1'],
      [{ overrides: [{ match: 'zoe', clist: { maxPerStage: {} } }] }, 'config: overrides[0].clist.maxPerStage: expected a number or null, got {}'],
    ];
    for (const [raw, message] of bad) expect(() => parsePolicy(raw), JSON.stringify(raw)).toThrow(message);
    // The edges are allowed, and maxPerStage takes a number or null.
    const ok = parsePolicy({ boyd: { alpha: 0.5, minSamples: 3, minSpanFraction: 1, slopeFloor: 0 }, clist: { maxPerStage: 500, dropWarnFraction: 0 } });
    expect([ok.boyd.alpha, ok.boyd.minSamples, ok.clist.maxPerStage]).toEqual([0.5, 3, 500]);
    expect(parsePolicy({ clist: { maxPerStage: null } }).clist.maxPerStage).toBeNull();
  });

  it('checks the limits section: whole positive sizes and counts, a positive ratio, and a line cap that still fits a line head', async () => {
    expect((await loadPolicy(file('l1.yml', 'limits:\n  maxLineBytes: 1048576\n  maxRatio: 12.5\n'))).limits).toMatchObject({ maxLineBytes: 1048576, maxRatio: 12.5 });
    await expect(loadPolicy(file('l2.yml', 'limits:\n  maxLineBytes: 100\n'))).rejects.toThrow(
      "l2.yml: limits.maxLineBytes: expected a whole number of bytes, 4096 or more (a slog line's type and leading fields must fit), got 100",
    );
    await expect(loadPolicy(file('l3.yml', 'limits:\n  maxRatio: -1\n'))).rejects.toThrow('l3.yml: limits.maxRatio: expected a ratio above 0, got -1');
    // A count with a fraction was taken as a cap (2.5 members); now it is refused.
    await expect(loadPolicy(file('l4.yml', 'limits:\n  maxEntries: 2.5\n'))).rejects.toThrow('l4.yml: limits.maxEntries: expected a whole number of archive members, 1 or more, got 2.5');
    await expect(loadPolicy(file('l5.yml', 'limits:\n  maxFileBytes: 0\n'))).rejects.toThrow('l5.yml: limits.maxFileBytes: expected a whole number of bytes, 1 or more, got 0');
  });

  it('names a non-finite number as what it is: YAML .inf is Infinity, not the "null" JSON spells it', async () => {
    await expect(loadPolicy(file('inf.yml', 'boyd:\n  slopeFloor: .inf\n'))).rejects.toThrow('inf.yml: boyd.slopeFloor: expected a number, got Infinity');
    await expect(loadPolicy(file('nan.yml', 'limits:\n  maxRatio: .nan\n'))).rejects.toThrow('nan.yml: limits.maxRatio: expected a number, got NaN');
  });

  it('applies overrides by name or vatID, in order', () => {
    const p = parsePolicy({
      overrides: [
        { match: 'zoe', boyd: { slopeFloor: 1e-5 } },
        { match: 'v9', clist: { minGrowth: 7 } },
      ],
      ignore: ['v3', 'comms'],
    });
    expect(policyFor(p, 'v12', 'zoe').boyd.slopeFloor).toBe(1e-5);
    expect(policyFor(p, 'v12', 'zoe').clist.minGrowth).toBe(DEFAULT_POLICY.clist.minGrowth);
    expect(policyFor(p, 'v9', 'tidy').clist.minGrowth).toBe(7);
    expect(policyFor(p, 'v8', 'sink')).toEqual({ boyd: DEFAULT_POLICY.boyd, clist: DEFAULT_POLICY.clist });
    expect(isIgnored(p, 'v3', null)).toBe(true);
    expect(isIgnored(p, 'v4', 'comms')).toBe(true);
    expect(isIgnored(p, 'v4', 'vattp')).toBe(false);
    expect(() => parsePolicy({ overrides: [{ boyd: {} }] })).toThrow(/overrides\[0\]: needs a "match"/);
  });
});

describe('policy: the YAML parser cannot be loaded', () => {
  it('is an error of its own, not "not valid YAML" about the user\'s file', async () => {
    vi.resetModules();
    vi.doMock('yaml', () => {
      throw new Error("Cannot find module './306.index.js'");
    });
    try {
      const { loadPolicy: load } = await import('../../src/shared/policy.js');
      const err = await load(file('ok.yml', 'boyd:\n  slopeFloor: 5.0e-6\n')).then(() => null, (e: Error) => e);
      expect(err).not.toBeNull();
      // The loader's own failure comes through (vitest wraps the mock factory's error), not a
      // verdict on the user's file.
      expect(err!.message).not.toMatch(/not valid YAML/);
      expect(err!.message).not.toContain('ok.yml');
    } finally {
      vi.doUnmock('yaml');
      vi.resetModules();
    }
  });
});
