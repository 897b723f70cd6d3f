/**
 * The CLI end to end through the BUILT bundle (dist/cli/index.js, which re-spawns itself as scan
 * worker threads), run with the repository's Node 24. Build first: `node_modules/.bin/node
 * scripts/bundle.mjs` (npm test does).
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/shared/report-schema.js';
import { SCHEMA_VERSION } from '../../src/shared/report-schema.js';
import { fixture } from '../helpers/fixtures.js';
import { CLI_BUNDLE, NODE24, requireBundle } from './helpers.js';

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(NODE24, [CLI_BUNDLE, ...args], { maxBuffer: 64 << 20, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as any).code === 'number' ? (err as any).code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const LEAKY = fixture('loadgen-leaky');
const CLEAN = fixture('loadgen-clean');
let tmp = '';
const out = (name: string) => path.join(tmp, name);

/** The four full analyses, started together in beforeAll (each spawn waits on I/O much of the time). */
const heavy: Record<'leaky' | 'clean' | 'lenient' | 'override', Promise<Ran>> = {} as any;

beforeAll(async () => {
  requireBundle(CLI_BUNDLE);
  tmp = await mkdtemp(path.join(os.tmpdir(), 'loadgen-gate-cli-'));
  // Raises clist.minGrowth to 5000 and ignores leaky.
  await writeFile(out('lenient.yaml'), ['clist:', '  minGrowth: 5000', 'ignore:', '  - leaky', ''].join('\n'));
  // holder: c-list fail and warn thresholds 5,000; v7 (leaky): BOYD slope floor 100 µs/block.
  await writeFile(
    out('override.yaml'),
    ['overrides:', '  - match: holder', '    clist: { minGrowth: 5000, warnGrowth: 5000 }', '  - match: v7', '    boyd: { slopeFloor: 0.0001 }', ''].join('\n'),
  );
  heavy.leaky = cli(['analyze', LEAKY, '--json', out('leaky.json'), '--markdown', out('leaky.md')]);
  heavy.clean = cli(['analyze', CLEAN, '--quiet']);
  heavy.lenient = cli(['analyze', LEAKY, '--config', out('lenient.yaml'), '--json', out('lenient.json'), '--quiet']);
  heavy.override = cli(['analyze', LEAKY, '--config', out('override.yaml'), '--json', out('override.json'), '--quiet']);
  await Promise.all(Object.values(heavy));
});
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const lastLine = (s: string) => s.trimEnd().split('\n').at(-1) ?? '';

describe('loadgen-gate analyze (built bundle)', () => {
  it('leaky run: exit 1, stderr names leaky, JSON and markdown files written', async () => {
    const r = await heavy.leaky;
    expect(r.code, r.stderr).toBe(1);
    expect(lastLine(r.stderr)).toMatch(/^loadgen-gate: FAIL: .*\bleaky\b/);
    expect(r.stdout).toBe(''); // markdown went to the file

    const report: RunReport = JSON.parse(await readFile(out('leaky.json'), 'utf8'));
    expect(report.schemaVersion).toBe(SCHEMA_VERSION);
    expect(report.run.xAxis).toBe('blockHeight');
    const leaky = report.vats.find((v) => v.vatID === 'v7')!;
    expect(leaky.boyd!.slopeCI).toHaveLength(2);
    expect(leaky.boyd!.slopeCI![0]).toBeLessThanOrEqual(leaky.boyd!.slopePerBlock!);
    expect(leaky.boyd!.slopeCI![1]).toBeGreaterThanOrEqual(leaky.boyd!.slopePerBlock!);
    expect(report.verdicts.length).toBeGreaterThan(0);
    expect(report.verdicts.every((v) => typeof v.metric === 'string' && v.metric.length > 0)).toBe(true);
    expect(report.verdicts.find((v) => v.vatID === 'v7' && v.metric === 'boyd-slope')?.level).toBe('fail');

    const md = await readFile(out('leaky.md'), 'utf8');
    expect(md.split('\n')[0]).toBe('## ❌ loadgen-gate: **FAIL**');
    expect(md).toMatch(/```mermaid\n%%\{init: .*\}%%\nxychart-beta\n {2}title "BOYD ms, leaky"/);
  });

  it('clean run: exit 0, markdown on stdout starts with the PASS verdict line', async () => {
    const r = await heavy.clean;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('## ✅ loadgen-gate: **PASS**');
    expect(lastLine(r.stderr)).toBe('loadgen-gate: PASS');
  });

  it('a nonexistent path: exit 2 with a one-line message naming it', async () => {
    const missing = out('no-such-run');
    const r = await cli(['analyze', missing]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([`loadgen-gate: ${missing}: no such file or directory`]);
    expect(r.stdout).toBe('');
  });

  it.each([
    [['analyze', LEAKY, '--bogus']],
    [['analyze', LEAKY, '--jobs', '0']],
    [['analyze', LEAKY, '--json']], // option without its value
    [['frobnicate', LEAKY]],
    [['analyze']],
  ])('bad usage %j: exit 2', async (args) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^loadgen-gate: /);
  });

  it('an output path it cannot or must not write: exit 2 before reading anything, one line', async () => {
    const slog = path.join(LEAKY, 'chain-stage-0.slog.gz');
    const cases: Array<[string[], string]> = [
      [['--json', tmp], `loadgen-gate: --json ${tmp}: is a directory (give a file name)`],
      [['--markdown', tmp], `loadgen-gate: --markdown ${tmp}: is a directory (give a file name)`],
      [['--json', out('same'), '--markdown', out('same')], `loadgen-gate: --json and --markdown name the same file (${out('same')})`],
      [['--json', slog], `loadgen-gate: --json ${slog}: is one of the inputs (it would be overwritten)`],
    ];
    for (const [opts, message] of cases) {
      const r = await cli(['analyze', slog, ...opts]);
      expect(r.code, opts.join(' ')).toBe(2);
      expect(r.stderr.trimEnd().split('\n')).toEqual([message]);
      expect(r.stdout).toBe('');
    }
    // Through a symbolic link, and a run file inside an input directory (a report next to it is fine).
    const run = out('run-copy');
    await mkdir(run);
    await copyFile(slog, path.join(run, 'chain-stage-0.slog.gz'));
    await writeFile(path.join(run, 'perf.jsonl'), '');
    await symlink(path.join(run, 'chain-stage-0.slog.gz'), out('link.slog.gz'));
    const more: Array<[string[], string[], string]> = [
      [[path.join(run, 'chain-stage-0.slog.gz')], ['--json', out('link.slog.gz')], `loadgen-gate: --json ${out('link.slog.gz')}: is one of the inputs (it would be overwritten)`],
      [[run], ['--json', path.join(run, 'perf.jsonl')], `loadgen-gate: --json ${path.join(run, 'perf.jsonl')}: is a run file of ${run} (it would be overwritten)`],
      [[run], ['--markdown', path.join(run, 'chain-stage-0.slog.gz')], `loadgen-gate: --markdown ${path.join(run, 'chain-stage-0.slog.gz')}: is a run file of ${run} (it would be overwritten)`],
    ];
    for (const [inputs, opts, message] of more) {
      const r = await cli(['analyze', ...inputs, ...opts]);
      expect(r.code, opts.join(' ')).toBe(2);
      expect(r.stderr.trimEnd().split('\n')).toEqual([message]);
      expect(r.stdout).toBe('');
    }
    const beside = await cli(['analyze', run, '--json', path.join(run, 'report.json'), '--quiet']);
    expect(beside.code).toBe(0);
  });

  it('a config with an unknown key: exit 2, one line naming the file and key', async () => {
    await writeFile(out('bad.yaml'), 'clist:\n  minGrowht: 5\n');
    const r = await cli(['analyze', LEAKY, '--config', out('bad.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('minGrowht');
  });

  it('--config raising clist.minGrowth to 5000 and ignoring leaky turns the leaky run into a warn (exit 0)', async () => {
    // Expected: leaky (v7) gets no verdict at all. holder's c-list imports grow by 1,200, below the
    // new fail threshold (5,000) but above warnGrowth (20): warn. holder's BOYD trend is a warn
    // already with the defaults (slope CI lower bound 1.15 < 2 µs/block). Nothing fails → warn, exit 0.
    const r = await heavy.lenient;
    expect(r.code, r.stderr).toBe(0);
    const report: RunReport = JSON.parse(await readFile(out('lenient.json'), 'utf8'));
    expect(report.verdict).toBe('warn');
    expect(report.verdicts.filter((v) => v.vatID === 'v7')).toEqual([]);
    expect(report.verdicts.find((v) => v.vatID === 'v6' && v.metric === 'clist-imports')).toMatchObject({ level: 'warn', value: 1200, threshold: 5000 });
    expect(report.verdicts.filter((v) => v.level === 'fail')).toEqual([]);
    expect(report.policy).toMatchObject({ clist: { minGrowth: 5000 }, ignore: ['leaky'] });
  });

  it('per-vat overrides (by name and by vatID) change only the matched vat', async () => {
    // holder: c-list fail and warn thresholds raised to 5,000 → its +1,200 imports pass.
    // v7 (leaky): BOYD slope floor raised to 100 µs/block → its 13.9 µs/block trend no longer
    // fails (it stays significant: warn). leaky's c-list exports still fail under the defaults,
    // so the run still fails (exit 1), now naming leaky only.
    const r = await heavy.override;
    expect(r.code, r.stderr).toBe(1);
    expect(lastLine(r.stderr)).toBe('loadgen-gate: FAIL: leaky');
    const report: RunReport = JSON.parse(await readFile(out('override.json'), 'utf8'));
    const level = (vatID: string, metric: string) => report.verdicts.find((v) => v.vatID === vatID && v.metric === metric)?.level;
    expect(level('v6', 'clist-imports')).toBe('pass');
    expect(level('v7', 'boyd-slope')).toBe('warn');
    expect(level('v7', 'clist-exports')).toBe('fail');
    // Defaults everywhere else: sink/tidy unchanged.
    expect(level('v8', 'boyd-slope')).toBe('pass');
    expect(level('v9', 'clist-exports')).toBe('pass');
  });
});
