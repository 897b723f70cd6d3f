/**
 * scanFiles from the main thread with the built bundle as worker script: the files go to scan
 * workers (one per lane, `--jobs`; with `localLane`, as the engine sets it for a small run, the main
 * thread is a lane too), and what comes back must equal an in-process scan of the same files, field
 * for field, whatever the lane count.
 */
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanFiles } from '../../src/pipeline/scan-files.js';
import { silentLogger } from '../../src/shared/logger.js';
import { fixture } from '../helpers/fixtures.js';
import { CLI_BUNDLE, requireBundle } from './helpers.js';

const files = [1, 2, 3].map((i) => `${fixture('loadgen-leaky')}/chain-stage-${i}.slog.gz`);
/** A scan as it crosses a thread boundary (null-prototype records become plain objects). */
const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('scan lanes (main thread, built bundle as the worker script)', () => {
  let reference: unknown;
  beforeAll(async () => {
    requireBundle(CLI_BUNDLE);
    const here = await scanFiles(files, { log: silentLogger });
    expect(Object.getPrototypeOf(here[0]!.vats)).toBeNull();
    reference = plain(here);
  });

  it.each([1, 2, 3])('%i worker lane(s) give the in-process result, in input order', async (lanes) => {
    const progress: string[] = [];
    const log = { ...silentLogger, info: (m: string) => progress.push(m) };
    const scans = await scanFiles(files, { log, workerScript: pathToFileURL(CLI_BUNDLE), concurrency: lanes });
    expect(scans.map((s) => s.path)).toEqual(files);
    expect(plain(scans)).toEqual(reference);
    // They were scanned in workers: an in-process scan keeps its null-prototype records, a scan that
    // crossed a thread boundary (structured clone) has ordinary objects.
    for (const s of scans) expect(Object.getPrototypeOf(s.vats)).toBe(Object.prototype);
    // Each file's progress came back from its worker.
    for (const f of files) expect(progress.some((l) => l.includes(f) && / lines$/.test(l))).toBe(true);
  });

  it.each([
    [1, 0],
    [2, 1],
    [3, 2],
  ])('a small run: %i lane(s), this thread one of them, give the in-process result (%i worker lane(s))', async (lanes, workers) => {
    const scans = await scanFiles(files, { log: silentLogger, workerScript: pathToFileURL(CLI_BUNDLE), concurrency: lanes, localLane: true });
    expect(scans.map((s) => s.path)).toEqual(files);
    expect(plain(scans)).toEqual(reference);
    const inWorker = scans.filter((s) => Object.getPrototypeOf(s.vats) === Object.prototype).length;
    // This thread took the first file; each worker lane at least one.
    expect(Object.getPrototypeOf(scans[0]!.vats)).toBeNull();
    if (workers === 0) expect(inWorker).toBe(0);
    else expect(inWorker).toBeGreaterThanOrEqual(workers);
  });
});
