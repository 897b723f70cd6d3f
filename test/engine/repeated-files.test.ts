/**
 * A slog file given twice (a stage file copied into the artifact, or a run directory passed
 * twice): its deliveries are counted once, and so are its c-list changes, whether replayed from
 * `clist` events or from the delivery/syscall translations of an older kernel. The numbers are the
 * leaky fixture's (truth.json: holder imports and leaky exports grow by 600 a stage over stages
 * 1-3, 5.00 a block), from the slogs alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fixture } from '../helpers/fixtures.js';
import { analyze, vatOf } from './helpers.js';
import { deriveOldEra, slogName, STAGES } from './oldera-suite.js';
import type { RunReport } from '../../src/shared/report-schema.js';

const leaky = STAGES.map((n) => fixture('loadgen-leaky', slogName(n)));
const imports = (r: RunReport, vatID: string) => r.vats.find((v) => v.vatID === vatID)!.clist!.series!.end!.imports;
const exports = (r: RunReport, vatID: string) => r.vats.find((v) => v.vatID === vatID)!.clist!.series!.end!.exports;
const duplicates = (r: RunReport) => r.run.warnings.find((w) => w.code === 'duplicate-delivery')?.count ?? 0;

describe('a slog file given twice is counted once', () => {
  let oldEra: string;
  beforeAll(async () => {
    oldEra = (await deriveOldEra('loadgen-leaky')).dir;
  });
  afterAll(async () => {
    await rm(oldEra, { recursive: true, force: true });
  });

  it('from clist events: stage 3 twice, and every stage twice', async () => {
    const once = await analyze(leaky);
    expect([imports(once, 'v6'), exports(once, 'v7')]).toEqual([1800, 1801]);
    const stage3Twice = await analyze([...leaky, leaky[3]!]);
    const allTwice = await analyze([...leaky, ...leaky]);
    const deliveriesOf = (r: RunReport) => r.vats.reduce((a, v) => a + v.deliveries, 0);
    // Every delivery of the repeated files is a duplicate, counted once: also those of v3, a vat
    // whose deliveryNum does not advance (no transcript), whose 2 deliveries in stage 0 were
    // counted twice when every stage was given twice (5108 deliveries, not 5106).
    expect(duplicates(stage3Twice)).toBe(deliveriesOf(await analyze([leaky[3]!])));
    expect(duplicates(allTwice)).toBe(deliveriesOf(once));
    expect(deliveriesOf(once)).toBe(5106);
    for (const r of [stage3Twice, allTwice]) {
      expect(r.vats.map((v) => [v.vatID, v.deliveries])).toEqual(once.vats.map((v) => [v.vatID, v.deliveries]));
      expect([imports(r, 'v6'), exports(r, 'v7')]).toEqual([1800, 1801]);
      expect(vatOf(r, 'v6').clist!.series!.slopePerBlock).toBe(vatOf(once, 'v6').clist!.series!.slopePerBlock);
      expect(r.vats.map((v) => v.clist?.series?.end)).toEqual(once.vats.map((v) => v.clist?.series?.end));
    }
  });

  it('from translations (no clist events): stage 3 twice', async () => {
    const files = STAGES.map((n) => path.join(oldEra, slogName(n)));
    const once = await analyze(files);
    const twice = await analyze([...files, files[3]!]);
    expect(vatOf(once, 'v6').clist!.series!.replayedFrom).toBe('translations');
    expect(duplicates(twice)).toBe((await analyze([files[3]!])).vats.reduce((a, v) => a + v.deliveries, 0));
    expect(twice.vats.map((v) => [v.vatID, v.deliveries])).toEqual(once.vats.map((v) => [v.vatID, v.deliveries]));
    expect([imports(twice, 'v6'), exports(twice, 'v7')]).toEqual([imports(once, 'v6'), exports(once, 'v7')]);
    expect(twice.vats.map((v) => v.clist?.series?.end)).toEqual(once.vats.map((v) => v.clist?.series?.end));
  });
});
