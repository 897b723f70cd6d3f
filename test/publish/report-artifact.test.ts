/**
 * The report-artifact decision and upload wrapper (pure; the upload itself is injected). The built
 * action against a fake artifact service is test/publish/upload.e2e.test.ts.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { artifactServiceAvailable, baselineEligibility, DEFAULT_UPLOAD_TIMEOUT_SECONDS, planReportUpload, uploadReportArtifact, type ArtifactUploader, type BaselineTarget, type ReportArtifactConfig } from '../../src/publish/github/report-artifact.js';
import { DEFAULT_REPORT_ARTIFACT, parseInputs } from '../../src/publish/github/inputs.js';
import { readContext, type ActionContext } from '../../src/publish/github/context.js';
import type { Logger } from '../../src/shared/logger.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { actionContext } from '../helpers/action-context.js';

const SLUG = 'agoric/agoric-sdk';
/** A push to the default branch, unless `o` says otherwise. */
const ctx = (o: Partial<ActionContext> = {}): ActionContext =>
  actionContext({ eventName: 'push', payload: { repository: { default_branch: 'main', full_name: SLUG } }, branch: 'main', ref: 'refs/heads/main', ...o });
const workflowRun = (wr: Record<string, unknown>): Partial<ActionContext> => ({
  eventName: 'workflow_run',
  branch: 'main',
  ref: 'refs/heads/main',
  payload: { repository: { default_branch: 'main', full_name: SLUG }, workflow_run: { event: 'push', head_branch: 'main', repository: { full_name: SLUG }, head_repository: { full_name: SLUG }, ...wr } },
});
const RUNNER_ENV = { ACTIONS_RUNTIME_TOKEN: 'jwt', ACTIONS_RESULTS_URL: 'https://results.example/' };
const cfg = (o: Partial<ReportArtifactConfig> = {}): ReportArtifactConfig => ({ mode: 'auto', name: 'loadgen-gate-report', retentionDays: undefined, timeoutSeconds: 120, ...o });

describe('baselineEligibility (upload-report: auto)', () => {
  it('reads GITHUB_REF from the runner', () => {
    expect(readContext({ GITHUB_REF: 'refs/tags/v1', GITHUB_REF_NAME: 'v1' })).toMatchObject({ ref: 'refs/tags/v1', branch: 'v1' });
    expect(readContext({}).ref).toBeUndefined();
  });

  it.each<[string, Partial<ActionContext>, boolean, RegExp]>([
    ['push to main', {}, true, /'push' run on the default branch 'main'/],
    ['manual run on main', { eventName: 'workflow_dispatch' }, true, /default branch/],
    ['scheduled run whose payload names no branch', { eventName: 'schedule', payload: { schedule: '17 3 * * *' } }, true, /scheduled run/],
    ['push to a feature branch', { branch: 'feature', ref: 'refs/heads/feature' }, false, /on branch 'feature', not the default branch 'main'/],
    ['manual run on a feature branch', { eventName: 'workflow_dispatch', branch: 'feature', ref: 'refs/heads/feature' }, false, /branch 'feature'/],
    ['push of a tag named like the default branch', { ref: 'refs/tags/main' }, false, /refs\/tags\/main, not a branch/],
    ['pull request', { eventName: 'pull_request', branch: 'main', ref: 'refs/pull/7/merge' }, false, /a 'pull_request' run makes no baseline/],
    ['pull_request_target', { eventName: 'pull_request_target' }, false, /makes no baseline/],
    ['push whose payload lacks the default branch', { payload: {} }, false, /does not name the default branch/],
    ['no event (outside GitHub Actions)', { eventName: '' }, false, /without GITHUB_EVENT_NAME/],
    ['workflow_run of a push on main', workflowRun({}), true, /the triggering 'push' run on the default branch/],
    ['workflow_run of a scheduled run', workflowRun({ event: 'schedule' }), true, /'schedule' run/],
    ['workflow_run of a pull request', workflowRun({ event: 'pull_request', head_branch: 'feature' }), false, /the triggering 'pull_request' run makes no baseline/],
    ['workflow_run of a PR whose branch is named main', workflowRun({ event: 'pull_request' }), false, /makes no baseline/],
    ['workflow_run of a push in a fork', workflowRun({ head_repository: { full_name: 'mallory/agoric-sdk' } }), false, /from another repository \(mallory\/agoric-sdk\)/],
    ['workflow_run of a push to another branch', workflowRun({ head_branch: 'release' }), false, /branch 'release'/],
  ])('%s → %s', (_name, c, ok, why) => {
    const e = baselineEligibility(ctx(c));
    expect(e.ok).toBe(ok);
    expect(e.why).toMatch(why);
  });
});

describe('baselineEligibility: the branch the baseline lookup searches and the run the report describes', () => {
  it.each<[string, Partial<ActionContext>, BaselineTarget, boolean, RegExp]>([
    ['push to the baseline branch', { branch: 'release', ref: 'refs/heads/release' }, { baselineBranch: 'release' }, true, /'push' run on the baseline branch 'release'/],
    ['push to the default branch when the baseline branch is another', {}, { baselineBranch: 'release' }, false, /on branch 'main', not the baseline branch 'release'/],
    ['workflow_run of a push to the baseline branch', workflowRun({ head_branch: 'release' }), { baselineBranch: 'release' }, true, /baseline branch 'release'/],
    ['manual run on main that analysed a pull request run', { eventName: 'workflow_dispatch' }, { analysedBranch: 'feature' }, false, /analysed a run of branch 'feature', not 'main': the baseline lookup would refuse its report/],
    ['manual run on main that analysed a run of main', { eventName: 'workflow_dispatch' }, { analysedBranch: 'main' }, true, /on the default branch 'main'/],
    ['run on the baseline branch that analysed a run of main', { branch: 'release', ref: 'refs/heads/release' }, { baselineBranch: 'release', analysedBranch: 'main' }, false, /analysed a run of branch 'main', not 'release'/],
    ['scheduled run (no default branch in the payload) that analysed another branch', { eventName: 'schedule', payload: { schedule: '17 3 * * *' } }, { analysedBranch: 'feature' }, false, /analysed a run of branch 'feature', not 'main'/],
  ])('%s → %s', (_name, c, target, ok, why) => {
    const e = baselineEligibility(ctx(c), target);
    expect(e.ok).toBe(ok);
    expect(e.why).toMatch(why);
  });

  it('planReportUpload names the baseline branch when it is not the default', () => {
    expect(planReportUpload(cfg(), ctx(), RUNNER_ENV, { baselineBranch: 'release' })).toEqual({
      upload: false,
      warn: false,
      why: "a 'push' run is on branch 'main', not the baseline branch 'release' (upload-report: auto uploads only push, schedule, workflow_dispatch runs of the baseline branch 'release')",
    });
  });
});

describe('planReportUpload', () => {
  it('never: no upload, no warning, whatever the event', () => {
    expect(planReportUpload(cfg({ mode: 'never' }), ctx(), RUNNER_ENV)).toEqual({ upload: false, warn: false, why: "input 'upload-report' is 'never'" });
  });

  it('auto uploads a default-branch push and skips a PR quietly', () => {
    expect(planReportUpload(cfg(), ctx(), RUNNER_ENV)).toMatchObject({ upload: true });
    const pr = planReportUpload(cfg(), ctx({ eventName: 'pull_request' }), RUNNER_ENV);
    expect(pr).toMatchObject({ upload: false, warn: false });
    expect(pr.why).toContain('upload-report: auto uploads only push, schedule, workflow_dispatch runs of the default branch');
  });

  it('always uploads a PR report too', () => {
    expect(planReportUpload(cfg({ mode: 'always' }), ctx({ eventName: 'pull_request' }), RUNNER_ENV)).toEqual({ upload: true, why: "input 'upload-report' is 'always'" });
  });

  it('warns when an upload is due but the runner variables are missing', () => {
    const noToken = planReportUpload(cfg(), ctx(), { ACTIONS_RESULTS_URL: 'https://r/' });
    expect(noToken).toMatchObject({ upload: false, warn: true });
    expect(noToken.why).toMatch(/^ACTIONS_RUNTIME_TOKEN is not set/);
    expect(planReportUpload(cfg({ mode: 'always' }), ctx(), { ACTIONS_RUNTIME_TOKEN: 'jwt' }).why).toMatch(/^ACTIONS_RESULTS_URL is not set/);
    // Not due: no warning even without the variables.
    expect(planReportUpload(cfg(), ctx({ eventName: 'pull_request' }), {})).toMatchObject({ upload: false, warn: false });
  });

  it('warns on GitHub Enterprise Server instead of calling the unsupported service', () => {
    const p = planReportUpload(cfg(), ctx({ serverUrl: 'https://github.corp.example' }), RUNNER_ENV);
    expect(p).toMatchObject({ upload: false, warn: true });
    expect(p.why).toContain('GitHub Enterprise Server');
  });

  it('knows which hosts have the artifact service', () => {
    expect(artifactServiceAvailable('https://github.com')).toBe(true);
    expect(artifactServiceAvailable('https://octo.ghe.com/')).toBe(true);
    expect(artifactServiceAvailable('http://github.localhost:8080')).toBe(true);
    expect(artifactServiceAvailable('https://github.example')).toBe(false);
    expect(artifactServiceAvailable('https://ghes.corp/')).toBe(false);
    expect(artifactServiceAvailable('not a url')).toBe(false);
  });
});

describe('uploadReportArtifact', () => {
  const logger = () => {
    const lines: Array<['info' | 'warning', string]> = [];
    const log: Logger = { info: (m) => lines.push(['info', m]), warning: (m) => lines.push(['warning', m]), group: (_t, fn) => fn() };
    return { lines, log };
  };

  it('uploads the report file alone, from its own directory, with the configured name and retention', async () => {
    const calls: unknown[][] = [];
    const uploader: ArtifactUploader = {
      async uploadArtifact(...args) {
        calls.push(args);
        return { id: 4242, size: 812, digest: 'ab'.repeat(32) };
      },
    };
    const { lines, log } = logger();
    const id = await uploadReportArtifact(cfg({ name: 'lg-main', retentionDays: 30 }), '/w/out/report.json', async () => uploader, log);
    expect(id).toBe(4242);
    expect(calls).toEqual([['lg-main', ['/w/out/report.json'], '/w/out', { retentionDays: 30 }]]);
    expect(lines).toEqual([['info', `report artifact 'lg-main' uploaded: id 4242, 812 bytes (zip), 30 day(s), sha256 ${'ab'.repeat(32)}`]]);
  });

  it('no retention input: sends none (the repository default applies)', async () => {
    const calls: unknown[][] = [];
    await uploadReportArtifact(cfg(), path.join('/w', 'r.json'), async () => ({ uploadArtifact: async (...a) => (calls.push(a), { id: 1 }) }), logger().log);
    expect(calls[0]![3]).toEqual({});
  });

  it('a failing upload, a client that cannot load, or a missing id: one warning line, no throw', async () => {
    for (const [load, re] of [
      [async () => ({ uploadArtifact: async () => Promise.reject(new Error('Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict\n  details')) }), /not uploaded: Failed to CreateArtifact: .*\(409\) Conflict details\. The run already holds an artifact of that name.*\. The verdict stands/],
      [async () => Promise.reject(new TypeError("Cannot find module 'dist/584.index.js'")), /not uploaded: TypeError: Cannot find module/],
      [async () => ({ uploadArtifact: async () => ({}) }), /the upload returned no artifact id/],
    ] as Array<[() => Promise<ArtifactUploader>, RegExp]>) {
      const { lines, log } = logger();
      await expect(uploadReportArtifact(cfg(), '/w/r.json', load, log)).resolves.toBeUndefined();
      expect(lines).toHaveLength(1);
      expect(lines[0]![0]).toBe('warning');
      expect(lines[0]![1]).toMatch(re);
      expect(lines[0]![1]).not.toContain('\n');
    }
  });
});

describe('uploadReportArtifact: a re-run (GITHUB_RUN_ATTEMPT > 1) replaces the report of an earlier attempt', () => {
  /** An uploader over one run's artifacts, recording every call. */
  const runWith = (names: string[], faults: { list?: Error; delete?: Error } = {}) => {
    const calls: string[] = [];
    let next = 500;
    const held = names.map((name) => ({ name, id: next++ }));
    const uploader: ArtifactUploader = {
      async listArtifacts() {
        calls.push('list');
        if (faults.list) throw faults.list;
        return { artifacts: held.map((a) => ({ ...a })) };
      },
      async deleteArtifact(name) {
        calls.push(`delete ${name}`);
        if (faults.delete) throw faults.delete;
        const i = held.findIndex((a) => a.name === name);
        return { id: held.splice(i, 1)[0]!.id };
      },
      async uploadArtifact(name) {
        calls.push(`upload ${name}`);
        if (held.some((a) => a.name === name)) throw new Error('Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run');
        held.push({ name, id: next });
        return { id: next++, size: 10 };
      },
    };
    return { calls, held, uploader };
  };
  const logger = () => {
    const lines: Array<['info' | 'warning', string]> = [];
    const log: Logger = { info: (m) => lines.push(['info', m]), warning: (m) => lines.push(['warning', m]), group: (_t, fn) => fn() };
    return { lines, log };
  };

  it('deletes the earlier attempt\'s report, then uploads this one: the run holds one report, this attempt\'s', async () => {
    const { calls, held, uploader } = runWith(['other-artifact', 'loadgen-gate-report']);
    const { lines, log } = logger();
    const id = await uploadReportArtifact(cfg(), '/w/r.json', async () => uploader, log, { runAttempt: '2' });
    expect(calls).toEqual(['list', 'delete loadgen-gate-report', 'upload loadgen-gate-report']);
    expect(id).toBe(502);
    expect(held).toEqual([{ name: 'other-artifact', id: 500 }, { name: 'loadgen-gate-report', id: 502 }]);
    expect(lines.map(([k]) => k)).toEqual(['info', 'info']);
    expect(lines[0]![1]).toBe("report artifact 'loadgen-gate-report': attempt 2 of this run; deleted the report an earlier attempt uploaded (id 501) to put this one in its place");
  });

  it('an earlier attempt that uploaded nothing: nothing deleted (the library would warn about a missing one)', async () => {
    const { calls, uploader } = runWith(['other-artifact']);
    const { lines, log } = logger();
    expect(await uploadReportArtifact(cfg(), '/w/r.json', async () => uploader, log, { runAttempt: '3' })).toBe(501);
    expect(calls).toEqual(['list', 'upload loadgen-gate-report']);
    expect(lines[0]).toEqual(['info', "report artifact 'loadgen-gate-report': attempt 3 of this run; no earlier attempt uploaded one"]);
  });

  it('the first attempt (or no GITHUB_RUN_ATTEMPT) neither lists nor deletes', async () => {
    for (const runAttempt of ['1', undefined, '', 'x', '2.5']) {
      const { calls, uploader } = runWith([]);
      await uploadReportArtifact(cfg(), '/w/r.json', async () => uploader, logger().log, { runAttempt });
      expect(calls, String(runAttempt)).toEqual(['upload loadgen-gate-report']);
    }
  });

  it('a listing or deletion that fails: one warning, the upload is still tried, and its conflict says why', async () => {
    for (const faults of [{ list: new Error('Failed to ListArtifacts: (500) Internal') }, { delete: new Error('Failed to DeleteArtifact: (503)\nUnavailable') }]) {
      const { calls, uploader } = runWith(['loadgen-gate-report'], faults);
      const { lines, log } = logger();
      expect(await uploadReportArtifact(cfg(), '/w/r.json', async () => uploader, log, { runAttempt: '2' })).toBeUndefined();
      expect(calls.at(-1)).toBe('upload loadgen-gate-report');
      expect(lines.map(([k]) => k)).toEqual(['warning', 'warning']);
      expect(lines[0]![1]).toMatch(/^report artifact 'loadgen-gate-report': could not replace the report an earlier attempt of this run uploaded \(Failed to (ListArtifacts|DeleteArtifact): .*\); uploading anyway$/);
      expect(lines[0]![1]).not.toContain('\n');
      expect(lines[1]![1]).toContain("(409) Conflict: an artifact with this name already exists on the workflow run. The run already holds a report of that name and the earlier attempt's could not be replaced. The verdict stands");
    }
  });

  it('a conflict on a first attempt names the cause: another job or step used the same report-artifact', async () => {
    const { uploader } = runWith(['loadgen-gate-report']);
    const { lines, log } = logger();
    await uploadReportArtifact(cfg(), '/w/r.json', async () => uploader, log, { runAttempt: '1' });
    expect(lines).toHaveLength(1);
    expect(lines[0]![1]).toContain("already exists on the workflow run. The run already holds an artifact of that name, from another job or step: give each gate step of a workflow its own 'report-artifact'");
  });

  it('the deadline covers the deletion too: a listing that never answers gives up after timeoutSeconds', async () => {
    vi.useFakeTimers();
    try {
      const { log, lines } = logger();
      let told = 0;
      let uploads = 0;
      const stalled: ArtifactUploader = { listArtifacts: () => new Promise(() => {}), deleteArtifact: async () => ({ id: 1 }), uploadArtifact: async () => (uploads++, { id: 1 }) };
      const pending = uploadReportArtifact(cfg({ timeoutSeconds: 2 }), '/w/r.json', async () => stalled, log, { runAttempt: '2', onTimeout: () => told++ });
      await vi.advanceTimersByTimeAsync(2000);
      await expect(pending).resolves.toBeUndefined();
      expect([told, uploads]).toEqual([1, 0]);
      expect(lines).toEqual([['warning', "report artifact 'loadgen-gate-report' not uploaded: no answer within 2 s (input 'report-upload-timeout'). The verdict stands; later runs cannot use this report as their baseline"]]);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('uploadReportArtifact: a stalled upload', () => {
  it('gives up after timeoutSeconds with one warning, tells the caller, and leaves no timer behind', async () => {
    vi.useFakeTimers();
    try {
      const warnings: string[] = [];
      const log = { info() {}, warning: (m: string) => warnings.push(m), group: <T>(_t: string, fn: () => Promise<T>) => fn() };
      let told = 0;
      const never: ArtifactUploader = { uploadArtifact: () => new Promise(() => {}) };
      let settled = false;
      const pending = uploadReportArtifact(cfg({ timeoutSeconds: 1 }), '/w/r.json', async () => never, log, { onTimeout: () => told++ }).finally(() => (settled = true));
      await vi.advanceTimersByTimeAsync(999);
      expect(settled).toBe(false); // not before the timeout
      await vi.advanceTimersByTimeAsync(1);
      await expect(pending).resolves.toBeUndefined();
      expect(told).toBe(1);
      expect(warnings).toEqual(["report artifact 'loadgen-gate-report' not uploaded: no answer within 1 s (input 'report-upload-timeout'). The verdict stands; later runs cannot use this report as their baseline"]);
      expect(vi.getTimerCount()).toBe(0);
      // A prompt upload is not affected, and clears its timer.
      const quick: ArtifactUploader = { uploadArtifact: async () => ({ id: 9, size: 1 }) };
      await expect(uploadReportArtifact(cfg({ timeoutSeconds: 1 }), '/w/r.json', async () => quick, log, { onTimeout: () => told++ })).resolves.toBe(9);
      expect(told).toBe(1);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('inputs: upload-report, report-artifact, report-retention-days', () => {
  const parse = (inputs: Record<string, string>) => parseInputs((n) => inputs[n] ?? '', ctx(), '/work');

  it('defaults: auto, the same name the baseline is looked up under, repository retention', () => {
    const c = parse({ path: 'run' });
    expect(c.upload).toEqual({ mode: 'auto', name: DEFAULT_REPORT_ARTIFACT, retentionDays: undefined, timeoutSeconds: 120 });
    expect(c.baseline).toMatchObject({ kind: 'workflow', artifact: DEFAULT_REPORT_ARTIFACT });
    const custom = parse({ path: 'run', 'report-artifact': 'lg-a3p', 'upload-report': 'always', 'report-retention-days': '30', 'report-upload-timeout': '600' });
    expect(custom.upload).toEqual({ mode: 'always', name: 'lg-a3p', retentionDays: 30, timeoutSeconds: 600 });
    expect(custom.baseline).toMatchObject({ artifact: 'lg-a3p' });
  });

  it('action.yml defaults agree with the code', async () => {
    const action = YAML.parse(await readFile(path.join(REPO_ROOT, 'action.yml'), 'utf8'));
    expect(action.inputs['report-artifact'].default).toBe(DEFAULT_REPORT_ARTIFACT);
    expect(action.inputs['upload-report'].default).toBe('auto');
    expect(action.inputs['report-retention-days'].default).toBe('');
    expect(Number(action.inputs['report-upload-timeout'].default)).toBe(DEFAULT_UPLOAD_TIMEOUT_SECONDS);
    expect(action.outputs['report-artifact-id'].description).toBeTruthy();
  });

  it.each([
    [{ 'upload-report': 'yes' }, "input 'upload-report' must be one of auto, always, never (got 'yes')"],
    [{ 'report-retention-days': '0' }, "input 'report-retention-days' must be a whole number of days from 1 to 400, or empty for the repository's default (got '0')"],
    [{ 'report-retention-days': '401' }, "input 'report-retention-days' must be a whole number of days from 1 to 400, or empty for the repository's default (got '401')"],
    [{ 'report-retention-days': '1.5' }, "input 'report-retention-days' must be a whole number of days from 1 to 400, or empty for the repository's default (got '1.5')"],
    [{ 'report-retention-days': '30d' }, "input 'report-retention-days' must be a whole number of days from 1 to 400, or empty for the repository's default (got '30d')"],
    [{ 'report-artifact': 'reports/main' }, "input 'report-artifact' must be a plain artifact name"],
    [{ 'report-artifact': 'a:b' }, "input 'report-artifact' must be a plain artifact name"],
    [{ 'report-artifact': 'rep\nort\r\n::error::x' }, `input 'report-artifact' must be a plain artifact name, not a glob, without " : < > | * ? \\ / or line breaks (got 'rep ort ::error::x')`],
    [{ 'report-upload-timeout': '0' }, "input 'report-upload-timeout' must be a whole number of seconds from 1 to 3600 (got '0')"],
    [{ 'report-upload-timeout': '2m' }, "input 'report-upload-timeout' must be a whole number of seconds from 1 to 3600 (got '2m')"],
    [{ 'report-upload-timeout': '3601' }, "input 'report-upload-timeout' must be a whole number of seconds from 1 to 3600 (got '3601')"],
    // Plain digits, at most as many as the bound has: no sign, exponent or padding past it.
    [{ 'report-upload-timeout': '1e3' }, "input 'report-upload-timeout' must be a whole number of seconds from 1 to 3600 (got '1e3')"],
    [{ 'report-upload-timeout': '+60' }, "input 'report-upload-timeout' must be a whole number of seconds from 1 to 3600 (got '+60')"],
    [{ 'report-retention-days': '0030' }, "input 'report-retention-days' must be a whole number of days from 1 to 400, or empty for the repository's default (got '0030')"],
  ])('%j → error naming the input', (inputs, message) => {
    expect(() => parse({ path: 'run', ...inputs })).toThrow(message);
  });
});
