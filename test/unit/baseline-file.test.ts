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
import { InputError } from '../../src/sources/limits.js';
import { fixture, REPO_ROOT } from '../helpers/fixtures.js';

const NODE = path.join(REPO_ROOT, 'node_modules/.bin/node');
const CLI = path.join(REPO_ROOT, 'dist/cli/index.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-baseline-file-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('checkReport', () => {
  it('refuses what is not a schema version this tool knows', () => {
    for (const v of [0, -3, 0.5, Number.NaN]) {
      expect(() => checkReport({ schemaVersion: v, vats: [] }, 'b.json'), String(v)).toThrow(new InputError(`b.json: report schema v${v} is not a schema version (1 to 1)`));
    }
    expect(() => checkReport({ schemaVersion: 2, vats: [] }, 'b.json')).toThrow("b.json: report schema v2 is newer than this tool's v1");
    expect(() => checkReport({ schemaVersion: 1 }, 'b.json')).toThrow('b.json: not a loadgen-gate RunReport');
  });

  it('keeps a provenance field only with its type', () => {
    const r = checkReport({ schemaVersion: 1, vats: [], provenance: { source: 'github-run', runId: 5, ageHours: null, headSha: 1234567, url: ['x'], branch: 'main', createdAt: {}, artifact: 'a3p', path: 7 } }, 'b.json');
    expect(r.provenance).toEqual({ source: 'github-run', runId: 5, branch: 'main', artifact: 'a3p' });
    expect(checkReport({ schemaVersion: 1, vats: [], provenance: 'x' }, 'b.json').provenance).toEqual({ source: 'local' });
    expect(checkReport({ schemaVersion: 1, vats: [], provenance: { source: 'local', runId: Infinity, ageHours: 3.5 } }, 'b.json').provenance).toEqual({ source: 'local', ageHours: 3.5 });
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
