/**
 * Kernel-DB snapshots in chain order when one has no stage in its name (a bare swing-store copied
 * out of the last stage): it comes after the staged ones, as run discovery lists it, so the deltas
 * run forwards. The leaky fixture's stage-1 and stage-2 archives and its stage-3 DB as final.sqlite
 * must give the same first-to-last growth as the three archives.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/shared/report-schema.js';
import { fixture } from '../helpers/fixtures.js';
import { analyze, vatOf } from './helpers.js';

const MEMBER = '_agstate/agoric-servers/local-chain-26657-stage-3/data/agoric/swingstore.sqlite';
let dir = '';
let bare: RunReport;
let staged: RunReport;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-snap-order-'));
  execFileSync('tar', ['-x', '-J', '-f', fixture('loadgen-leaky', 'chain-stage-3-storage.tar.xz'), '-C', dir, MEMBER]);
  fs.renameSync(path.join(dir, MEMBER), path.join(dir, 'final.sqlite'));
  const tars = [1, 2].map((n) => fixture('loadgen-leaky', `chain-stage-${n}-storage.tar.xz`));
  bare = await analyze([path.join(dir, 'final.sqlite'), ...tars]);
  staged = await analyze([...tars, fixture('loadgen-leaky', 'chain-stage-3-storage.tar.xz')]);
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('snapshot order', () => {
  it('puts the stage-less snapshot last, so the growth has the same sign and size as with three archives', () => {
    const holder = (r: RunReport) => vatOf(r, 'v6').clist!;
    expect(holder(bare).snapshots.map((s) => s.stage)).toEqual([1, 2, -1]);
    const d = (r: RunReport) => ({ exports: holder(r).delta!.exports, imports: holder(r).delta!.imports });
    expect(d(bare)).toEqual(d(staged));
    expect(d(bare).imports).toBeGreaterThan(0);
    expect(holder(bare).stageDeltas.map((x) => x.imports)).toEqual(holder(staged).stageDeltas.map((x) => x.imports));
    expect(bare.verdict).toBe(staged.verdict);
  });
});
