/**
 * loadgen-weak without `clist` events: the holder's 1,800 recognizable-only imports (agoric-sdk
 * #4525's pattern) rebuilt from the translations alone: its `dropImports` syscalls with no
 * `retireImports`, leaky's `dropExports` deliveries. Also (c): a slog WITH `clist` events gives the
 * same scan and the same report whether the translation replay runs or not (it is dropped at the
 * file's first `clist` event).
 */
import { describe, expect, it } from 'vitest';
import { scanSlogFile } from '../../src/pipeline/file-scan.js';
import { analyzeRun } from '../../src/engine/analyze-run.js';
import { loadPolicy } from '../../src/shared/policy.js';
import { silentLogger } from '../../src/shared/logger.js';
import { fixture } from '../helpers/fixtures.js';
import { vatOf, verdictOf } from './helpers.js';
import { countsAt, defineOldEraSuite, slogName, STAGES, split } from './oldera-suite.js';

const s = defineOldEraSuite('loadgen-weak');

describe('loadgen-weak without clist events: the rebuilt numbers', () => {
  it('holder (v6): 600 / 1200 / 1800 recognizable-only imports and no reachable one; leaky (v7): as many recognizable-only exports', () => {
    const m = s.merged();
    expect([120, 240, 360].map((h) => countsAt(m, 'v6', h))).toEqual([split(1, 0, 0, 600), split(1, 0, 0, 1200), split(1, 0, 0, 1800)]);
    expect([120, 240, 360].map((h) => countsAt(m, 'v7', h))).toEqual([split(1, 600, 1, 0), split(1, 1200, 1, 0), split(1, 1800, 1, 0)]);
    expect(s.truth().expected.weak_imports).toEqual({ 'v6:holder': 1800 });
  });

  it('slog-only verdicts: holder fails on imports although none is reachable, leaky on exports', () => {
    const b = s.slogOnly();
    expect(vatOf(b, 'v6').clist!.series!.end).toEqual({ height: 360, imports: 1800, exports: 1, recognizableOnlyImports: 1800, recognizableOnlyExports: 0 });
    expect(vatOf(b, 'v7').clist!.series!.end).toEqual({ height: 360, imports: 1, exports: 1801, recognizableOnlyImports: 0, recognizableOnlyExports: 1800 });
    expect(verdictOf(b, 'v6', 'clist-imports')).toMatchObject({ level: 'fail', value: 1795 });
    expect(verdictOf(b, 'v7', 'clist-exports')).toMatchObject({ level: 'fail', value: 1795 });
    expect(b.verdicts.filter((v) => v.metric.startsWith('clist-') && v.level !== 'pass').map((v) => `${v.vatID} ${v.metric}`)).toEqual(['v6 clist-imports', 'v7 clist-exports']);
  });
});

describe('(c) slogs with clist events: the translation replay changes nothing', () => {
  it.each(STAGES.map((n) => [n]))('chain-stage-%i.slog.gz: the same FileScan with and without it', async (n) => {
    const file = fixture('loadgen-weak', slogName(n));
    const on = await scanSlogFile(file);
    const off = await scanSlogFile(file, { translations: false });
    expect(on.clist.source).toBeUndefined();
    expect(on).toEqual(off);
  });

  it('the whole run (slogs, perf.jsonl, archives): byte-identical JSON report apart from generatedAt', async () => {
    const policy = await loadPolicy();
    const run = (translations: boolean) => analyzeRun({ inputs: [fixture('loadgen-weak')], policy, log: silentLogger, translations });
    const [on, off] = [await run(true), await run(false)];
    const text = (r: object) => JSON.stringify({ ...r, generatedAt: '' });
    expect(text(on)).toBe(text(off));
    expect(on.vats.filter((v) => v.clist?.series).every((v) => v.clist!.series!.replayedFrom === 'clist-events')).toBe(true);
  });
});
