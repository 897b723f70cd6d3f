import { readFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { INPUT_NAMES, parseInputs } from '../../src/publish/github/inputs.js';
import { workflowFileOf } from '../../src/publish/github/context.js';
import { commentBody, provenanceLine, regressionsOf } from '../../src/publish/github/bodies.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { actionContext } from '../helpers/action-context.js';
import type { RunReport } from '../../src/shared/report-schema.js';

const ctx = actionContext;
const parse = (inputs: Record<string, string>, c = ctx()) => parseInputs((n) => inputs[n] ?? '', c, '/work');

describe('parseInputs', () => {
  it('defaults: local path, auto baseline from this workflow, sticky comment', () => {
    const cfg = parse({ path: 'run' });
    expect(cfg.source).toEqual({ kind: 'path', path: 'run' });
    expect(cfg.baseline).toEqual({ kind: 'workflow', owner: 'agoric', repo: 'agoric-sdk', workflow: 'report.yml', branch: undefined, artifact: 'loadgen-gate-report' });
    expect(cfg).toMatchObject({ comment: 'always', commentKey: 'loadgen-gate', trackingIssues: false, reportPath: '/work/loadgen-gate-report.json', summaryPath: '/work/loadgen-gate-report.md' });
  });

  it('workflow source in another repository, baseline file, explicit PR', () => {
    const cfg = parse({ workflow: 'loadgen.yml', branch: 'release', repository: 'o/r', artifact: 'a3p-*', baseline: 'base.json', 'pr-number': '#12' });
    expect(cfg.source).toEqual({ kind: 'workflow', owner: 'o', repo: 'r', workflow: 'loadgen.yml', branch: 'release', artifact: 'a3p-*' });
    expect(cfg.baseline).toEqual({ kind: 'file', path: '/work/base.json' });
    expect(cfg.prNumber).toBe(12);
  });

  it('workflow_run: the triggering run is the default source', () => {
    const cfg = parse({ artifact: 'loadgen-output' }, ctx({ eventName: 'workflow_run', payload: { workflow_run: { id: 77, repository: { full_name: 'agoric/agoric-sdk' } } } }));
    expect(cfg.source).toMatchObject({ kind: 'run', runId: '77', via: 'workflow_run event' });
  });

  it.each([
    [{ path: 'a', 'run-id': '1' }, "inputs 'path' and 'run-id' are exclusive"],
    [{}, "no source: set input 'path'"],
    [{ 'run-id': '12x', artifact: 'a' }, "input 'run-id' must be a workflow run id"],
    [{ workflow: 'w.yml' }, "input 'artifact' (a name or glob such as 'loadgen-*') is required"],
    [{ workflow: 'w.yml', artifact: 'a', repository: 'nope' }, "input 'repository' must be 'owner/repo'"],
    [{ path: 'a', comment: 'loud' }, "input 'comment' must be one of always, on-change, on-regression, never (got 'loud')"],
    [{ path: 'a', 'comment-key': 'has space' }, "input 'comment-key' must be"],
    [{ path: 'a', 'tracking-issues': 'yes' }, "input 'tracking-issues' must be true or false (got 'yes')"],
    [{ path: 'a', 'pr-number': 'x' }, "input 'pr-number' must be a positive integer"],
    [{ path: 'a', 'report-path': 'r.txt' }, "input 'report-path' must end with .json"],
    [{ path: 'a', 'report-artifact': 'r-*' }, "input 'report-artifact' must be a plain artifact name"],
  ])('%j → error naming the input', (inputs, message) => {
    expect(() => parse(inputs as Record<string, string>)).toThrow(message);
  });

  it('baseline none, or no workflow to look in, gives the reason', () => {
    expect(parse({ path: 'a', baseline: 'none' }).baseline.kind).toBe('none');
    const b = parse({ path: 'a' }, ctx({ workflowFile: undefined })).baseline;
    expect(b).toMatchObject({ kind: 'none', reason: expect.stringContaining("set input 'baseline-workflow'") });
  });

  it('reads the workflow file from GITHUB_WORKFLOW_REF', () => {
    expect(workflowFileOf('agoric/agoric-sdk/.github/workflows/report.yml@refs/heads/main')).toBe('report.yml');
    expect(workflowFileOf(undefined)).toBeUndefined();
  });
});

describe('action.yml and docs list every input and output', async () => {
  const action = YAML.parse(await readFile(path.join(REPO_ROOT, 'action.yml'), 'utf8'));
  const docs = await readFile(path.join(REPO_ROOT, 'docs/github.md'), 'utf8');
  it('inputs', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort());
    for (const name of INPUT_NAMES) {
      expect(action.inputs[name].description, name).toBeTruthy();
      expect(docs, name).toContain(`\`${name}\``);
    }
  });
  it('outputs', () => {
    const outputs = ['verdict', 'report-path', 'regressions', 'summary-path', 'baseline-run-id', 'report-artifact-id'];
    expect(Object.keys(action.outputs).sort()).toEqual([...outputs].sort());
    for (const name of outputs) expect(docs, name).toContain(`\`${name}\``);
  });
});

describe('bodies', () => {
  const report = {
    provenance: { source: 'github-run', runId: 5, url: 'https://github.com/o/r/actions/runs/5', headSha: 'a'.repeat(40), branch: 'main', artifact: 'x', ageHours: 3 },
    verdicts: [
      { vatID: 'v7', name: 'leaky vat', metric: 'boyd-slope', level: 'fail', value: 1, threshold: 0, message: 'grows' },
      { vatID: 'v7', name: 'leaky vat', metric: 'boyd-slope-vs-baseline', level: 'fail', value: 1, threshold: 0, message: 'more than main' },
      { vatID: 'v8', name: null, metric: 'clist-exports', level: 'fail', value: 1, threshold: 0, message: 'exports grow' },
      { vatID: 'v9', name: 'ok', metric: 'boyd-slope', level: 'pass', value: 0, threshold: 0, message: 'flat' },
    ],
  } as unknown as RunReport;

  it('provenance line links the run', () => {
    expect(provenanceLine(report.provenance)).toBe('Source: [run 5](https://github.com/o/r/actions/runs/5) @ ` aaaaaaaaaaaa ` on ` main `, artifact ` x `, 3.0 h old.');
  });

  it('one regression per vat and metric family', () => {
    const r = regressionsOf(report);
    expect(r.map((x) => x.key)).toEqual(['leaky_vat:boyd', 'v8:clist']);
    expect(r[0]!.body).toContain('more than main');
  });

  it('an issue title shows the vat name as it is, without bidi, invisible or line-break characters', () => {
    const hostile = { ...report, verdicts: [{ vatID: 'v7', name: 'lea\u202eky @octocat\n#1\u200b', metric: 'boyd-slope', level: 'fail', value: 1, threshold: 0, message: 'grows' }] } as unknown as RunReport;
    expect(regressionsOf(hostile)[0]!.title).toBe('loadgen-gate: BOYD time growth in lea\ufffdky @octocat #1\ufffd (v7)');
    expect(regressionsOf(report)[0]!.title).toBe('loadgen-gate: BOYD time growth in leaky vat (v7)');
  });

  it('comment body drops low-priority sections first and says so', () => {
    const sections = [
      { id: 'verdict', markdown: 'V', priority: 100 },
      { id: 'charts', markdown: 'c'.repeat(5000), priority: 30 },
      { id: 'vats', markdown: 't'.repeat(500), priority: 80 },
    ];
    const { body, dropped } = commentBody(sections, { maxChars: 2000, summaryUrl: 'https://github.com/o/r/actions/runs/9' });
    expect(dropped).toEqual(['charts']);
    expect(body.length).toBeLessThanOrEqual(2000);
    expect(body).toContain('Left out of this comment');
    expect(body).toContain('[job summary](https://github.com/o/r/actions/runs/9)');
    expect(body).toContain('<!-- loadgen-gate:volatile -->');
  });
});
