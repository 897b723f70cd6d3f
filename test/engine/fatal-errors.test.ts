/**
 * Which errors end a run is decided by their type, not by the words of their message: a snapshot
 * that cannot be read (InputError, SnapshotError from kernel-db) costs only its census, with a
 * warning; any other error is a fault of the tool and ends the run, even when its message says
 * "sqlite", "database", "tar" or "gzip" (it used to be taken for a broken snapshot).
 */
import { describe, expect, it, vi } from 'vitest';
import { InputError, SnapshotError } from '../../src/shared/errors.js';
import { DEFAULT_POLICY } from '../../src/shared/policy.js';
import { silentLogger } from '../../src/shared/logger.js';
import { fixture } from '../helpers/fixtures.js';

const failure: { error: Error | null } = { error: null };
vi.mock('../../src/kernel-db/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/kernel-db/index.js')>();
  return {
    ...real,
    censusSnapshot: (...args: Parameters<typeof real.censusSnapshot>) => {
      if (failure.error) throw failure.error;
      return real.censusSnapshot(...args);
    },
  };
});
const { analyzeRun } = await import('../../src/engine/analyze-run.js');

const inputs = [fixture('loadgen-leaky', 'chain-stage-1.slog.gz'), fixture('loadgen-leaky', 'chain-stage-1-storage.tar.xz')];
const run = () => analyzeRun({ inputs, policy: DEFAULT_POLICY, log: silentLogger });

describe('fatal or not, by type', () => {
  it('a snapshot error (InputError or SnapshotError) is a warning; the slog is still used', async () => {
    for (const e of [new InputError('s.tar.xz: not a SQLite database (bad header)'), new SnapshotError('s.tar.xz', 's.tar.xz: cannot run system tar: spawn tar ENOENT')]) {
      failure.error = e;
      const r = await run();
      const w = r.run.warnings.find((x) => x.code === 'snapshot-unreadable');
      expect(w?.message).toBe(e.message);
      expect(r.vats.find((v) => v.vatID === 'v7')?.boyd?.count).toBeGreaterThan(100);
      expect(r.kernel).toEqual([]);
    }
  }, 60_000);

  it('any other error ends the run, whatever its message says', async () => {
    for (const msg of ['database is locked', 'sqlite: out of memory', 'tar helper crashed', 'gzip state corrupt']) {
      failure.error = new TypeError(msg);
      await expect(run()).rejects.toThrow(new TypeError(msg));
    }
  }, 60_000);
});
