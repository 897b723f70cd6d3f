/**
 * A file whose translations show many operations that a kernel writing `clist` events always logs
 * (CLIST_GRACE_SIGNS), and no `clist` event, is taken to have none: from then on only the
 * translation replay runs, and a `clist` event that still comes is ignored and reported as
 * `late-clist-event`. Before that point a `clist` event switches the file to the `clist`-event
 * replay, as before.
 *
 * Input: the leaky run's stage 1 without its `clist` lines, and the same with one of its `clist`
 * lines (its last) put back at the end of the file.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanSlogFile, type FileScan } from '../../src/pipeline/file-scan.js';
import { pointRows } from '../helpers/clist-rows.js';
import { fixture } from '../helpers/fixtures.js';

let dir = '';
let without = '';
let late = '';
let base: FileScan;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lg-late-clist-'));
  const lines = gunzipSync(await readFile(fixture('loadgen-leaky', 'chain-stage-1.slog.gz'))).toString('utf8').split('\n');
  const clist = lines.filter((l) => l.startsWith('{"type":"clist"'));
  const kept = lines.filter((l) => !l.startsWith('{"type":"clist"') && l !== '');
  without = path.join(dir, 'without.slog.gz');
  late = path.join(dir, 'late.slog.gz');
  await writeFile(without, gzipSync(`${kept.join('\n')}\n`, { level: 1 }));
  await writeFile(late, gzipSync(`${kept.join('\n')}\n${clist.at(-1)}\n`, { level: 1 }));
  base = await scanSlogFile(without);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const series = (s: FileScan) => Object.fromEntries(Object.entries(s.clist.points).map(([v, p]) => [v, pointRows(p)]));

describe('a clist event after the translations took over', () => {
  it('the file without clist lines is replayed from translations', () => {
    expect(base.clist.source).toBe('translations');
    expect(base.warnings.map((w) => w.code)).not.toContain('late-clist-event');
    expect(base.clist.events).toBe(12_028);
  });

  it('with the default grace, the late clist event is ignored', async () => {
    const s = await scanSlogFile(late);
    expect(s.warnings.find((x) => x.code === 'late-clist-event')?.count).toBe(1);
    expect(series(s)).toEqual(series(base));
  });

  it('past the grace, the late clist event is ignored and reported with its line', async () => {
    const s = await scanSlogFile(late, { clistGraceSigns: 10 });
    const w = s.warnings.find((x) => x.code === 'late-clist-event');
    expect(w?.count).toBe(1);
    expect(w?.message).toBe(`late.slog.gz:${s.read.lines}: \`clist\` event after 10 c-list operations without one: the c-list stays rebuilt from the translations; ignored`);
    expect(s.clist.source).toBe('translations');
    expect(series(s)).toEqual(series(base));
    expect(s.clist.touched).toEqual(base.clist.touched);
  });

  it('within the grace, the clist event switches the file to the clist-event replay, as a scan without translations reads it', async () => {
    const s = await scanSlogFile(late, { clistGraceSigns: 1e9 });
    expect(s.warnings.map((w) => w.code)).not.toContain('late-clist-event');
    expect(s.clist.source).toBeUndefined();
    const eventsOnly = await scanSlogFile(late, { translations: false });
    expect(series(s)).toEqual(series(eventsOnly));
    expect(s.clist.touched).toEqual(eventsOnly.clist.touched);
    expect(series(s)).not.toEqual(series(base));
  });
});
