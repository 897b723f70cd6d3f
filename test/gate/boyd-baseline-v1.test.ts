/**
 * A schema v1 report (written before the BOYD onset and GC-load fields) stays usable as a
 * baseline: it is read, and this run's BOYD slopes are compared with its slopes, with the fields it
 * lacks left absent rather than guessed.
 */
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../src/report/baseline-file.js';
import { gate } from '../../src/gate/gate.js';
import { DEFAULT_POLICY } from '../../src/shared/policy.js';
import { SCHEMA_VERSION, type RunReport } from '../../src/shared/report-schema.js';
import { analyze } from '../engine/helpers.js';
import { fixture } from '../helpers/fixtures.js';

/** The report as a v1 tool wrote it: schemaVersion 1, none of the v2 BOYD fields. */
function asV1(r: RunReport): unknown {
  const v1 = JSON.parse(JSON.stringify(r));
  v1.schemaVersion = 1;
  for (const v of v1.vats) {
    if (!v.boyd) continue;
    for (const k of ['onset', 'afterOnset', 'afterOnsetCorrected', 'afterOnsetRatio', 'afterOnsetHeapGrowth', 'gcWork']) delete v.boyd[k];
  }
  return v1;
}

describe('a v1 report as the baseline of a v2 run', () => {
  it('is read, and loadgen-late is compared with the clean run written as v1', async () => {
    expect(SCHEMA_VERSION).toBe(2);
    const base = checkReport(asV1(await analyze([fixture('loadgen-clean')])), 'clean-v1.json');
    expect(base.schemaVersion).toBe(1);
    expect(base.vats.every((v) => !v.boyd || !('onset' in v.boyd))).toBe(true);
    const late = await analyze([fixture('loadgen-late')]);
    const r = gate(late, base, DEFAULT_POLICY);
    expect(r.baseline.used).toBe(true);
    const vs = r.verdicts.filter((v) => v.metric === 'boyd-slope-vs-baseline');
    // The four busy vats are matched by vatID (the names differ: auction/board vs leaky/holder are
    // other vats, so v6 and v7 are "not in the baseline"); sink and tidy are compared.
    expect(vs.find((v) => v.vatID === 'v8')!.level).not.toBe('neutral');
    expect(vs.find((v) => v.vatID === 'v9')!.level).not.toBe('neutral');
    expect(vs.find((v) => v.vatID === 'v6')!.message).toMatch(/not in the baseline/);
    // The run's own verdicts are unchanged by the baseline: auction still fails after its onset.
    expect(r.verdicts.find((v) => v.vatID === 'v6' && v.metric === 'boyd-slope')!.level).toBe('fail');
  });
});
