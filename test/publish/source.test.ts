/**
 * The action's source from a workflow run's artifact (src/publish/github/source.ts): the run
 * directory inside the artifact is found by the same rule the CLI's run discovery reads
 * (src/run-files/discover.ts), so every artifact the CLI can analyse, the action can too.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveSource, TempDirs } from '../../src/publish/github/source.js';
import { discoverRun } from '../../src/run-files/discover.js';
import { DEFAULT_LIMITS } from '../../src/shared/limits.js';
import { silentLogger } from '../../src/shared/logger.js';
import { fakeRepo, zipFiles } from '../fake-github/server.js';
import { artifact, OWNER, REPO, run, SLUG, testClient, useFakeGitHub } from '../sources/github-helpers.js';

/** Run files the CLI reads from a run directory that the action's old pattern did not know. */
const NAMES = [
  'kernel.jsonl',
  'slog.jsonl.gz',
  'chain.json.gz',
  'chain.log.gz',
  'chain-stage-1-storage.tar.gz',
  'chain-stage-1-storage.tgz',
  'chain-stage-1-storage.tar',
];

const gh = useFakeGitHub((g) => {
  g.state.repos = {
    [SLUG]: fakeRepo({
      runs: [run(1)],
      artifacts: [
        ...NAMES.map((name, i) => artifact(100 + i, 1, `only-${name}`, { zip: zipFiles({ 'README.txt': 'notes', [`loadgen-output/${name}`]: 'x\n' }) })),
        // Not run files: a client slog and a zip (read only when named as an input).
        artifact(200, 1, 'not-a-run', { zip: zipFiles({ 'loadgen-output/client-stage-1.slog.gz': 'x', 'loadgen-output/inner.zip': 'x' }) }),
      ],
    }),
  };
});

let tmpRoot = '';
let tmp: TempDirs;
beforeAll(async () => {
  tmpRoot = await mkdtemp(path.join(os.tmpdir(), 'lg-source-'));
  tmp = new TempDirs(tmpRoot);
});
afterAll(async () => {
  await tmp.cleanup();
  await rm(tmpRoot, { recursive: true, force: true });
});

const resolve = (name: string) => {
  const { client } = testClient(gh);
  return resolveSource({ kind: 'run', owner: OWNER, repo: REPO, runId: '1', artifact: name, via: 'run-id' }, { client, tmp, limits: DEFAULT_LIMITS, log: silentLogger });
};

describe('resolveSource: the run directory inside an artifact', () => {
  it.each(NAMES)('finds a run directory holding only %s, which run discovery reads', async (name) => {
    const res = await resolve(`only-${name}`);
    expect(path.basename(res.input)).toBe('loadgen-output');
    const files = await discoverRun([res.input]);
    expect([...files.slogs, ...files.snapshots].map((f) => path.basename(f.path))).toEqual([name]);
  });

  it('does not take a client slog or a zip for a run', async () => {
    await expect(resolve('not-a-run')).rejects.toThrow(/artifact 'not-a-run' of run 1 holds no loadgen run files .*it contains: loadgen-output\/, loadgen-output\/client-stage-1\.slog\.gz, loadgen-output\/inner\.zip/);
  });
});
