/**
 * runAction with an injected `@actions/core`: everything the action says and sets goes through the
 * core it is handed, and nothing carries over from one run to the next in the same process (the
 * warning annotations' budget, the PR comment's viewer lookup, the outputs).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionLog, type ActionCore } from '../../src/publish/github/action-io.js';
import { runAction } from '../../src/publish/github/run-action.js';
import { fixture } from '../helpers/fixtures.js';
import { BUNDLE } from './action-helpers.js';

type Call = [string, ...unknown[]];

function fakeCore(inputs: Record<string, string>): { core: ActionCore; calls: Call[] } {
  const calls: Call[] = [];
  const core: ActionCore = {
    getInput: (name) => inputs[name] ?? '',
    setOutput: (name, value) => void calls.push(['setOutput', name, value]),
    setSecret: () => void calls.push(['setSecret']),
    setFailed: (m) => void calls.push(['setFailed', m]),
    info: (m) => void calls.push(['info', m]),
    warning: (m, p) => void calls.push(['warning', m, p?.title]),
    error: (m, p) => void calls.push(['error', m, p?.title]),
    notice: (m, p) => void calls.push(['notice', m, p?.title]),
    debug: (m) => void calls.push(['debug', m]),
    group: async (name, fn) => {
      calls.push(['group', name]);
      return fn();
    },
    summary: {
      addRaw: (text) => ({
        write: async () => void calls.push(['summary', text.length]),
      }),
    },
  };
  return { core, calls };
}

let dir = '';
const engine = process.env.LOADGEN_GATE_ENGINE;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lg-run-action-'));
  process.env.LOADGEN_GATE_ENGINE = 'main';
});
afterAll(async () => {
  if (engine === undefined) delete process.env.LOADGEN_GATE_ENGINE;
  else process.env.LOADGEN_GATE_ENGINE = engine;
  await rm(dir, { recursive: true, force: true });
});

async function run(n: number) {
  const reportPath = path.join(dir, `run-${n}`, 'report.json');
  const { core, calls } = fakeCore({ path: fixture('loadgen-leaky'), baseline: 'none', comment: 'never', 'upload-report': 'never', 'report-path': reportPath });
  let loaded = 0;
  const res = await runAction({
    core,
    // The built bundle, as in the action: the scan workers it starts run it.
    workerScript: pathToFileURL(BUNDLE),
    loadArtifactClient: async () => {
      loaded++;
      throw new Error('not loaded on a run that uploads nothing');
    },
    // A summary budget small enough to drop sections: one warning before the verdicts' annotations.
    env: { GITHUB_EVENT_NAME: 'push', RUNNER_TEMP: dir, GITHUB_STEP_SUMMARY: path.join(dir, `summary-${n}.md`), LOADGEN_GATE_SUMMARY_MAX_BYTES: '4000' },
  });
  // Paths differ between the runs.
  const normal = calls.map((c) => JSON.parse(JSON.stringify(c).split(path.join(dir, `run-${n}`)).join('<run>')) as Call);
  const failed = calls.find((c) => c[0] === "setFailed");
  if (failed && !calls.some((c) => c[0] === "setOutput" && c[1] === "verdict" && c[2] === "fail")) throw new Error(String(failed[1]));
  return { res, calls: normal, loaded, report: JSON.parse(await readFile(reportPath, "utf8")) as { verdict: string } };
}

describe('runAction with an injected core', () => {
  it('sets the outputs, summary, annotations and failure through the core, and a second run in the process does the same', async () => {
    const first = await run(1);
    const second = await run(2);
    expect(first.report.verdict).toBe('fail');
    expect(first.res).toEqual({ uploadAbandoned: false });
    expect(first.loaded).toBe(0);

    const outputs = first.calls.filter((c) => c[0] === 'setOutput').map((c) => c[1]);
    expect(outputs).toEqual(['verdict', 'report-path', 'regressions', 'summary-path', 'baseline-run-id', 'report-artifact-id']);
    expect(first.calls.find((c) => c[0] === 'setOutput' && c[1] === 'verdict')).toEqual(['setOutput', 'verdict', 'fail']);
    expect(first.calls.filter((c) => c[0] === 'setFailed')).toHaveLength(1);
    expect(first.calls.some((c) => c[0] === 'summary')).toBe(true);

    // The summary-budget warning counts against the step's 10 warning annotations, in each run.
    const warnings = (calls: Call[]) => calls.filter((c) => c[0] === 'warning');
    expect(warnings(first.calls)[0]![1]).toMatch(/^job summary over GitHub's 1 MiB limit: left out /);
    expect(warnings(first.calls).length).toBeLessThanOrEqual(10);
    expect(first.calls.filter((c) => c[0] === 'error').length).toBeGreaterThan(0);

    // Timings and the order the scans finish in vary; what the step shows and sets does not.
    const shown = (calls: Call[]) => calls.filter((c) => c[0] !== 'info' && c[0] !== 'group');
    expect(shown(second.calls)).toEqual(shown(first.calls));
    expect(shown(first.calls).length).toBeGreaterThan(10);
  });
});

describe('ActionLog', () => {
  it('counts the warnings of its own run only, and writes every line made safe', () => {
    const a = fakeCore({});
    const b = fakeCore({});
    const first = new ActionLog(a.core);
    first.warn('one');
    first.warn('two\n::error::injected');
    const second = new ActionLog(b.core);
    second.info('x');
    expect(first.warningsShown).toBe(2);
    expect(second.warningsShown).toBe(0);
    expect(a.calls[1]![0]).toBe('warning');
    expect(a.calls[1]![1]).toMatch(/^two\S+::error::injected$/);
  });
});
