/**
 * Reading a baseline report (src/report/baseline-file.ts): what is refused, and a provenance whose
 * fields have other types than the schema's, which the renderers print.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkReport } from '../../src/report/baseline-file.js';
import { InputError } from '../../src/shared/limits.js';
import { fixture, REPO_ROOT } from '../helpers/fixtures.js';

const NODE = path.join(REPO_ROOT, 'node_modules/.bin/node');
const CLI = path.join(REPO_ROOT, 'dist/cli/index.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-baseline-file-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const RUN = { xAxis: 'blockHeight', blockRange: [1, 360] };

describe('checkReport', () => {
  it('refuses what is not a schema version this tool knows', () => {
    for (const v of [0, -3, 0.5, Number.NaN]) {
      expect(() => checkReport({ schemaVersion: v, vats: [] }, 'b.json'), String(v)).toThrow(new InputError(`b.json: report schema v${v} is not a schema version (1 to 1)`));
    }
    expect(() => checkReport({ schemaVersion: 2, vats: [] }, 'b.json')).toThrow("b.json: report schema v2 is newer than this tool's v1");
    expect(() => checkReport({ schemaVersion: 1 }, 'b.json')).toThrow('b.json: not a loadgen-gate RunReport');
  });

  it('refuses a report whose run or vats the comparison could not read (they ended in an internal error)', () => {
    const cases: Array<[unknown, string]> = [
      [{ schemaVersion: 1, vats: [] }, '`run` is not an object'],
      [{ schemaVersion: 1, run: null, vats: [] }, '`run` is not an object'],
      [{ schemaVersion: 1, run: { blockRange: null }, vats: [] }, '`run.xAxis` is not a string'],
      [{ schemaVersion: 1, run: { ...RUN, blockRange: [1] }, vats: [] }, '`run.blockRange` is not null or two numbers'],
      [{ schemaVersion: 1, run: RUN, vats: [null] }, 'vats[0] is not an object'],
      [{ schemaVersion: 1, run: RUN, vats: [{ vatID: 'v1' }, { name: 'zoe' }] }, 'vats[1].vatID is not a string'],
      [{ schemaVersion: 1, run: RUN, vats: [{ vatID: 'v1', name: 7 }] }, 'vats[0].name is not a string or null'],
      [{ schemaVersion: 1, run: RUN, vats: [{ vatID: 'v1', boyd: 'x' }] }, 'vats[0].boyd is not an object or null'],
      [{ schemaVersion: 1, run: RUN, vats: [{ vatID: 'v1', clist: { delta: [] } }] }, 'vats[0].clist.delta is not an object or null'],
    ];
    for (const [r, why] of cases) expect(() => checkReport(r, 'b.json'), why).toThrow(new InputError(`b.json: not a loadgen-gate RunReport (${why})`));
    expect(checkReport({ schemaVersion: 1, run: { xAxis: 'deliveryOrdinal', blockRange: null }, vats: [{ vatID: 'v1', name: null, boyd: null }] }, 'b.json').vats).toHaveLength(1);
  });

  it('keeps a provenance field only with its type', () => {
    const r = checkReport({ schemaVersion: 1, run: RUN, vats: [], provenance: { source: 'github-run', runId: 5, ageHours: null, headSha: 1234567, url: ['x'], branch: 'main', createdAt: {}, artifact: 'a3p', path: 7 } }, 'b.json');
    expect(r.provenance).toEqual({ source: 'github-run', runId: 5, branch: 'main', artifact: 'a3p' });
    expect(checkReport({ schemaVersion: 1, run: RUN, vats: [], provenance: 'x' }, 'b.json').provenance).toEqual({ source: 'local' });
    expect(checkReport({ schemaVersion: 1, run: RUN, vats: [], provenance: { source: 'local', runId: Infinity, ageHours: 3.5 } }, 'b.json').provenance).toEqual({ source: 'local', ageHours: 3.5 });
  });

  it('the CLI judges a run against such a baseline instead of stopping with an internal error', () => {
    const good = path.join(dir, 'clean.json');
    execFileSync(NODE, [CLI, 'analyze', fixture('loadgen-clean'), '--json', good, '--markdown', path.join(dir, 'clean.md'), '--quiet']);
    const bad = JSON.parse(fs.readFileSync(good, 'utf8'));
    bad.provenance = { source: 'github-run', runId: 5, ageHours: null, headSha: 1234567 };
    fs.writeFileSync(path.join(dir, 'bad.json'), JSON.stringify(bad));
    const md = path.join(dir, 'leaky.md');
    const r = spawnSync(NODE, [CLI, 'analyze', fixture('loadgen-leaky'), '--baseline', path.join(dir, 'bad.json'), '--markdown', md, '--quiet'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(1);
    expect(fs.readFileSync(md, 'utf8')).toContain('Baseline: run 5.');
  }, 120_000);
});
