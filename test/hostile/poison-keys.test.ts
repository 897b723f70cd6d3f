/**
 * Identifiers from the slog used as object keys: `__proto__`, `constructor`, `toString` as a
 * vatID, a delivery kind, a method name or a kref. One such line must not stop the analysis,
 * lose the lines after it, or change what the other vats report.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupScratch, expectUsable, joinLines, referenceCounts, reportCounts, runCli, scratchDir, slogLines, typeOf, warningCodes, type Counts } from './helpers.js';

afterAll(cleanupScratch);

const NAME = 'chain-stage-1.slog';
const lines = slogLines('loadgen-leaky', 1);
const REAL = new Set(['v1', 'v2', 'v3', 'v4', 'v5', 'v6', 'v7', 'v8', 'v9']);
const real = (c: Counts): Counts => ({
  boyd: Object.fromEntries(Object.entries(c.boyd).filter(([v]) => REAL.has(v))),
  deliveries: Object.fromEntries(Object.entries(c.deliveries).filter(([v]) => REAL.has(v))),
});
const expected = real(referenceCounts(lines));

/** Inserts `extra` lines right after block 1 starts. */
async function analyzeWith(tag: string, extra: object[]) {
  const at = lines.findIndex((l) => typeOf(l) === 'cosmic-swingset-end-block-start') + 1;
  const out = [...lines.slice(0, at), ...extra.map((o) => JSON.stringify(o)), ...lines.slice(at)];
  const dir = scratchDir(tag);
  fs.writeFileSync(path.join(dir, NAME), joinLines(out));
  return runCli([dir]);
}

const createVat = (vatID: string) => ({ type: 'create-vat', vatID, name: 'pwned', managerType: 'xsnap', time: 1 });
const pair = (vatID: string, kind: string, method = 'produce', n = 1) => {
  const body = `#${JSON.stringify([method, []])}`;
  const vd = kind === 'message' ? [kind, 'o+0', { methargs: { body, slots: [] } }] : [kind];
  return [
    { type: 'deliver', crankNum: 1e6 + n, vatID, deliveryNum: n, replay: false, dispatch: kind, kd: vd, vd, time: 1, monotime: 1 },
    { type: 'deliver-result', crankNum: 1e6 + n, vatID, deliveryNum: n, replay: false, dispatch: kind, dr: ['ok', {}, { currentHeapCount: 5 }], time: 1, monotime: 1.1, seconds: 0.1 },
  ];
};

describe('hostile keys do not stop the scan', () => {
  it('__proto__ / constructor as a delivery kind, a method name, a kref: the real vats are all kept', async () => {
    const r = await analyzeWith('kind-method', [
      ...pair('v99', '__proto__', 'x', 1),
      ...pair('v99', 'constructor', 'x', 2),
      ...pair('v99', 'message', '__proto__', 3),
      ...pair('v99', 'message', 'constructor', 4),
      { type: 'clist', crankNum: 1, mode: 'export', vatID: 'v99', kobj: '__proto__', vobj: 'o+1' },
      { type: 'clist', crankNum: 1, mode: 'import', vatID: 'v99', kobj: 'constructor', vobj: '__proto__' },
      { type: 'syscall', crankNum: 1, vatID: 'v99', replay: false, ksc: ['dropImports', ['__proto__', 'constructor']], vsc: ['dropImports', ['o-1']] },
    ]);
    expectUsable(r);
    expect(warningCodes(r.report)).toEqual({});
    expect(real(reportCounts(r.report))).toEqual(expected);
    expect(r.report.vats.find((v: any) => v.vatID === 'v99').deliveries).toBe(4);
  });

  // Regression: records keyed by slog data are null-prototype objects or Maps, and an exception
  // in one line's analysis is counted as a `line-error` warning instead of ending the file. Before,
  // `"vatID":"constructor"` made `vats[vatID]` the inherited function, `v.name = …` threw, and
  // the rest of the file was never read: one line written by PR code disabled the gate.
  it('a create-vat with vatID "constructor": the scan goes on and every real vat is kept', async () => {
    const r = await analyzeWith('ctor', [createVat('constructor'), ...pair('constructor', 'message')]);
    expectUsable(r);
    expect(real(reportCounts(r.report))).toEqual(expected);
  });

  it('vatID "toString": the same', async () => {
    const r = await analyzeWith('tostring', [createVat('toString')]);
    expectUsable(r);
    expect(real(reportCounts(r.report))).toEqual(expected);
  });

  // Regression: with vatID "__proto__", `boyd[vatID] ??= {…}` used to yield Object.prototype
  // (prototype pollution in the scanning thread, then a crash that ended the file).
  it('a BOYD of vatID "__proto__": the scan goes on and every real vat is kept', async () => {
    const r = await analyzeWith('proto', [createVat('__proto__'), ...pair('__proto__', 'bringOutYourDead')]);
    expectUsable(r);
    expect(real(reportCounts(r.report))).toEqual(expected);
  });

  it('the poisoned line never crashes the CLI and prints no stack trace', async () => {
    const r = await analyzeWith('proto-now', [createVat('__proto__'), ...pair('__proto__', 'bringOutYourDead')]);
    expect([0, 1, 2]).toContain(r.code);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
