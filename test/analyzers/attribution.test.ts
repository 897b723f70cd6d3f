/**
 * The attribution sentence (src/analyzers/attribution.ts) states numbers a reader checks against the
 * report: each side's rate is its own count over the blocks, and a last stage that dropped more
 * imports than it took is said as such.
 */
import { describe, expect, it } from 'vitest';
import { attributionSentence } from '../../src/analyzers/attribution.js';
import type { VatReport } from '../../src/shared/report-schema.js';

type Delta = { exports: number; imports: number; blocks: number };
function vat(d: Delta, stage?: { imports: number; nextImportID: number }): VatReport {
  return {
    vatID: 'v10',
    name: 'amm',
    clist: {
      snapshots: [],
      series: null,
      delta: { fromStage: 1, toStage: 3, blocks: d.blocks, exports: d.exports, imports: d.imports, recognizableOnly: 0, promises: 0, perBlock: (d.exports + d.imports) / d.blocks, perCycle: null },
      stageDeltas: stage ? [{ fromStage: 2, toStage: 3, blocks: 120, exports: 0, imports: stage.imports, recognizableOnly: 0, promises: 0, nextImportID: stage.nextImportID, perBlock: null, perCycle: null }] : [],
    },
  } as unknown as VatReport;
}

describe('attributionSentence', () => {
  it('gives each side its own rate per block', () => {
    const v = vat({ exports: 100, imports: 140, blocks: 240 });
    expect(attributionSentence(v, [v], [])).toBe('amm (v10) gained 100 object exports over 240 blocks (0.42/block). amm (v10) gained 140 object imports (0.58/block) and keeps them itself.');
    const one = vat({ exports: 0, imports: 120, blocks: 240 });
    expect(attributionSentence(one, [one], [])).toBe('amm (v10) gained 120 object imports over 240 blocks (0.50/block) and keeps them itself.');
  });

  it('a last stage whose imports fell says so, rather than "kept" a negative number', () => {
    const fell = vat({ exports: 0, imports: 60, blocks: 240 }, { imports: -50, nextImportID: 30 });
    expect(attributionSentence(fell, [fell], [])).toBe('amm (v10) gained 60 object imports over 240 blocks (0.25/block) and keeps them itself; in stage 3 it imported 30 new objects and dropped 80, 50 fewer imports than it began the stage with.');
    const grew = vat({ exports: 0, imports: 60, blocks: 240 }, { imports: 20, nextImportID: 30 });
    expect(attributionSentence(grew, [grew], [])).toContain('; in stage 3 it imported 30 new objects, dropped 10 and kept 20.');
  });
});
