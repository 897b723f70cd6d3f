/**
 * Per-vat overrides of boyd.alpha and boyd.edgeSamples shape that vat's statistics (its Sen interval,
 * its first/last means), not only its verdicts: the leaky run with an override for holder gives
 * holder exactly what the same values set run-wide give it, and leaves every other vat as it was.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/shared/policy.js';
import type { RunReport } from '../../src/shared/report-schema.js';
import { fixture } from '../helpers/fixtures.js';
import { analyze, analyzeFixture, vatOf } from './helpers.js';

let plain: RunReport;
let override: RunReport;
let global: RunReport;
beforeAll(async () => {
  plain = await analyzeFixture('loadgen-leaky');
  override = await analyze([fixture('loadgen-leaky')], parsePolicy({ overrides: [{ match: 'holder', boyd: { alpha: 0.2, edgeSamples: 5 } }] }));
  global = await analyze([fixture('loadgen-leaky')], parsePolicy({ boyd: { alpha: 0.2, edgeSamples: 5 } }));
}, 120_000);

describe('per-vat overrides of the statistics', () => {
  const stats = (r: RunReport, vatID: string) => {
    const b = vatOf(r, vatID).boyd!;
    return { slopeCI: b.slopeCI, firstMean: b.firstMean, lastMean: b.lastMean, heapCI: vatOf(r, vatID).heap?.slopeCI };
  };

  it('holder gets the overridden alpha and edgeSamples in its interval and means', () => {
    expect(stats(override, 'v6')).toEqual(stats(global, 'v6'));
    expect(stats(override, 'v6').slopeCI).not.toEqual(stats(plain, 'v6').slopeCI);
    expect(stats(override, 'v6').firstMean).not.toBe(stats(plain, 'v6').firstMean);
  });

  it('the other vats keep the run-wide values', () => {
    for (const v of ['v7', 'v8', 'v9']) expect(stats(override, v), v).toEqual(stats(plain, v));
  });

  it('busyFraction cannot be overridden per vat (it picks every vat\'s peers)', () => {
    expect(() => parsePolicy({ overrides: [{ match: 'holder', boyd: { busyFraction: 0.1 } }] })).toThrow("config: overrides[0].boyd.busyFraction: run-wide (it picks the peers of every vat's drift correction); set it under boyd, not in an override");
  });
});
