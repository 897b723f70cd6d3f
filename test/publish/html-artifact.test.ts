import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { artifactUrl, docsBaseUrl, htmlReportName, htmlUploadBlocker, uploadHtmlReport, type HtmlUploader } from '../../src/publish/github/html-artifact.js';
import type { ActionContext } from '../../src/publish/github/context.js';
import type { Logger } from '../../src/shared/logger.js';

const dir = mkdtempSync(path.join(tmpdir(), 'html-artifact-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ctx = { owner: 'o', repo: 'r', serverUrl: 'https://github.com', runId: '77', runAttempt: '1', sha: 'abcdef1234567' } as ActionContext;
const env = { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'https://results.example/', GITHUB_JOB: 'gate' };
function logger() {
  const lines: string[] = [];
  const log: Logger = { info: (m) => lines.push(`info ${m}`), warning: (m) => lines.push(`warning ${m}`), group: (_t, f) => f() };
  return { log, lines };
}

describe('HTML report artifact', () => {
  it('is named after the job, the step id and the attempt, in characters artifact names allow', () => {
    expect(htmlReportName(ctx, { GITHUB_JOB: 'gate' })).toBe('loadgen-gate-report-gate.html');
    expect(htmlReportName(ctx, { GITHUB_JOB: 'gate', GITHUB_ACTION: 'leaky' })).toBe('loadgen-gate-report-gate-leaky.html');
    expect(htmlReportName(ctx, { GITHUB_JOB: 'gate', GITHUB_ACTION: '__run_2' })).toBe('loadgen-gate-report-gate.html');
    expect(htmlReportName({ runAttempt: '3' }, { GITHUB_JOB: 'a/b c:"d"' })).toBe('loadgen-gate-report-a_b_c_d_-attempt-3.html');
    expect(htmlReportName({ runAttempt: undefined }, {})).toBe('loadgen-gate-report.html');
  });

  it('is uploaded only where the artifact service is', () => {
    expect(htmlUploadBlocker(ctx, env)).toBeNull();
    expect(htmlUploadBlocker(ctx, { ...env, ACTIONS_RUNTIME_TOKEN: undefined })).toMatch(/ACTIONS_RUNTIME_TOKEN is not set/);
    expect(htmlUploadBlocker({ serverUrl: 'https://ghes.corp.example' }, env)).toMatch(/no artifact service/);
  });

  it('is written under its artifact name, uploaded unzipped, and linked', async () => {
    const calls: Array<{ name: string; files: string[]; root: string; options: unknown }> = [];
    const uploader: HtmlUploader = { uploadArtifact: async (name, files, root, options) => (calls.push({ name, files, root, options }), { id: 4242, size: 100 }) };
    const { log, lines } = logger();
    const url = await uploadHtmlReport('<!doctype html><p>hi</p>', dir, ctx, async () => uploader, log, { timeoutSeconds: 5, env });
    expect(url).toBe('https://github.com/o/r/actions/runs/77/artifacts/4242');
    expect(calls).toEqual([{ name: 'loadgen-gate-report-gate.html', files: [path.join(dir, 'loadgen-gate-report-gate.html')], root: dir, options: { skipArchive: true } }]);
    expect(readFileSync(path.join(dir, 'loadgen-gate-report-gate.html'), 'utf8')).toBe('<!doctype html><p>hi</p>');
    expect(lines).toEqual([`info HTML report 'loadgen-gate-report-gate.html' uploaded: id 4242, 100 bytes, ${url}`]);
  });

  it('a failed, hung or id-less upload is one warning and no link', async () => {
    const cases: Array<[HtmlUploader['uploadArtifact'], RegExp]> = [
      [async () => { throw new Error('Create Artifact Container failed: (409) Conflict\nmore'); }, /not uploaded: Create Artifact Container failed: \(409\) Conflict more$/],
      [() => new Promise(() => {}), /no answer within 0\.05 s/],
      [async () => ({}), /returned no artifact id/],
    ];
    for (const [upload, want] of cases) {
      const { log, lines } = logger();
      expect(await uploadHtmlReport('x', dir, ctx, async () => ({ uploadArtifact: upload }), log, { timeoutSeconds: 0.05, env })).toBeUndefined();
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^warning HTML report/);
      expect(lines[0]).toMatch(want);
    }
    const { log, lines } = logger();
    expect(await uploadHtmlReport('x', dir, ctx, async () => { throw new Error('never loaded'); }, log, { timeoutSeconds: 1, env: {} })).toBeUndefined();
    expect(lines).toEqual(['info HTML report not uploaded: ACTIONS_RUNTIME_TOKEN is not set (outside GitHub Actions)']);
  });

  it('links the docs of the action version that ran, or of the checked-out repository', () => {
    expect(docsBaseUrl(ctx, { GITHUB_ACTION_REPOSITORY: 'acme/loadgen-gate', GITHUB_ACTION_REF: 'v1' })).toBe('https://github.com/acme/loadgen-gate/blob/v1/docs/');
    expect(docsBaseUrl(ctx, {})).toBe('https://github.com/o/r/blob/abcdef1234567/docs/');
    expect(docsBaseUrl(ctx, { GITHUB_ACTION_REPOSITORY: 'acme/x)[evil', GITHUB_ACTION_REF: 'v1' })).toBe('https://github.com/o/r/blob/abcdef1234567/docs/');
    expect(artifactUrl({ ...ctx, runId: undefined }, 1)).toBeUndefined();
  });
});
