/**
 * Where the engine runs: the main thread for runs under MAIN_THREAD_MAX_SLOG_BYTES of slog on disk
 * (a worker's ~90 ms start-up is not worth it there), an engine worker with a capped young
 * generation from that size on; LOADGEN_GATE_ENGINE forces either.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, truncate, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { engineThread } from '../../src/engine/engine-worker.js';
import { MAIN_THREAD_MAX_SLOG_BYTES } from '../../src/pipeline/scan-files.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lg-engine-thread-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(() => {
  delete process.env.LOADGEN_GATE_ENGINE;
});

/** A run directory whose stage files have these sizes (sparse: nothing is written). */
async function run(name: string, sizes: number[]): Promise<string> {
  const d = path.join(dir, name);
  await mkdir(d);
  for (const [i, size] of sizes.entries()) {
    const f = path.join(d, `chain-stage-${i}.slog`);
    await writeFile(f, '');
    await truncate(f, size);
  }
  return d;
}

describe('engineThread', () => {
  it('keeps a small run on the main thread and sends a big one to the engine worker, by the sum of its slogs', async () => {
    const small = await run('small', [1000, MAIN_THREAD_MAX_SLOG_BYTES - 1001]);
    expect(await engineThread([small])).toEqual({ where: 'main', bytes: MAIN_THREAD_MAX_SLOG_BYTES - 1 });
    const big = await run('big', [1000, MAIN_THREAD_MAX_SLOG_BYTES - 1000]);
    expect(await engineThread([big])).toEqual({ where: 'worker', bytes: MAIN_THREAD_MAX_SLOG_BYTES });
    // Files given one by one count the same.
    expect(await engineThread([path.join(big, 'chain-stage-0.slog'), path.join(big, 'chain-stage-1.slog')])).toEqual({ where: 'worker', bytes: MAIN_THREAD_MAX_SLOG_BYTES });
    // Only slogs count: a big perf.jsonl beside a small run leaves it on the main thread.
    await writeFile(path.join(small, 'perf.jsonl'), '');
    await truncate(path.join(small, 'perf.jsonl'), MAIN_THREAD_MAX_SLOG_BYTES);
    expect(await engineThread([small])).toEqual({ where: 'main', bytes: MAIN_THREAD_MAX_SLOG_BYTES - 1 });
  });

  it('counts a zip (an artifact) by its size on disk', async () => {
    const zip = path.join(dir, 'loadgen-output.zip');
    await writeFile(zip, '');
    await truncate(zip, MAIN_THREAD_MAX_SLOG_BYTES);
    expect(await engineThread([zip])).toEqual({ where: 'worker', bytes: MAIN_THREAD_MAX_SLOG_BYTES });
  });

  it('LOADGEN_GATE_ENGINE forces the choice; unreadable inputs stay on the main thread, which reports them', async () => {
    const small = await run('forced', [1000]);
    process.env.LOADGEN_GATE_ENGINE = 'worker';
    expect((await engineThread([small])).where).toBe('worker');
    process.env.LOADGEN_GATE_ENGINE = 'main';
    const big = await run('forced-big', [MAIN_THREAD_MAX_SLOG_BYTES]);
    expect((await engineThread([big])).where).toBe('main');
    delete process.env.LOADGEN_GATE_ENGINE;
    const missing = await engineThread([path.join(dir, 'no-such-run')]);
    expect(missing.where).toBe('main');
    expect(missing.bytes).toBeNaN();
  });
});
