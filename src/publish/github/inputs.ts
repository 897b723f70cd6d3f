/**
 * Action inputs → a typed, validated config. Every error names the input and, for enumerations,
 * lists the valid values. Pure: the caller passes a getter (core.getInput in the action, a map in
 * tests) and the runner context; defaults live in action.yml and are repeated here for local runs.
 */
import path from 'node:path';
import { InputError } from '../../shared/limits.js';
import { COMMENT_MODES, type CommentMode } from './comment.js';
import { assertKey } from './text.js';
import { parsePrNumber } from './pr-number.js';
import { splitRepository, workflowRunOf, type ActionContext } from './context.js';
import { oneLine } from '../../sources/github/errors.js';
import { DEFAULT_HISTORY_ARTIFACT, DEFAULT_HISTORY_SIZE, MAX_HISTORY_SIZE, type HistoryConfig } from './history-config.js';
import { ARTIFACT_NAME_FORBIDDEN, DEFAULT_UPLOAD_TIMEOUT_SECONDS, MAX_RETENTION_DAYS, MAX_UPLOAD_TIMEOUT_SECONDS, UPLOAD_MODES, type ReportArtifactConfig, type UploadMode } from './report-artifact.js';

export type InputGetter = (name: string) => string;

export type SourceConfig =
  | { kind: 'path'; path: string }
  | { kind: 'run'; owner: string; repo: string; runId: string; artifact: string; via: 'run-id' | 'workflow_run event' }
  | { kind: 'workflow'; owner: string; repo: string; workflow: string; branch: string | undefined; artifact: string };

export type BaselineConfig =
  | { kind: 'file'; path: string }
  | { kind: 'none'; reason: string }
  | { kind: 'workflow'; owner: string; repo: string; workflow: string; branch: string | undefined; artifact: string };

export interface ActionConfig {
  token: string;
  source: SourceConfig;
  baseline: BaselineConfig;
  /** Policy file, or undefined for the defaults. */
  config: string | undefined;
  /** Absolute. */
  reportPath: string;
  /** Absolute: the report path with `.md` instead of `.json`. */
  summaryPath: string;
  /** Uploading the report as artifact `upload.name`: the `report-artifact` input, the name the baseline is looked up under. */
  upload: ReportArtifactConfig;
  /** `html-report`: upload the HTML report unzipped and link it from the summary and the comment. */
  htmlReport: boolean;
  comment: CommentMode;
  commentKey: string;
  /** Explicit PR number (else found from the event). */
  prNumber: number | undefined;
  trackingIssues: boolean;
  trackingLabel: string;
  /** The run history (history-artifact.ts): `history`, `history-artifact`, `history-size`, `band-runs`. */
  history: HistoryConfig;
}

/** Every input the action reads (kept in step with action.yml by test/publish/inputs.test.ts). */
export const INPUT_NAMES = [
  'github-token',
  'path',
  'run-id',
  'workflow',
  'branch',
  'repository',
  'artifact',
  'baseline',
  'baseline-workflow',
  'baseline-branch',
  'report-artifact',
  'upload-report',
  'report-retention-days',
  'report-upload-timeout',
  'html-report',
  'config',
  'report-path',
  'comment',
  'comment-key',
  'pr-number',
  'tracking-issues',
  'tracking-label',
  'history',
  'history-artifact',
  'history-size',
  'band-runs',
] as const;

export const DEFAULT_REPORT_ARTIFACT = 'loadgen-gate-report';

export function parseInputs(get: InputGetter, ctx: ActionContext, cwd = process.cwd()): ActionConfig {
  const input = (name: (typeof INPUT_NAMES)[number]) => (get(name) ?? '').trim();
  const token = input('github-token');
  const reportArtifact = input('report-artifact') || DEFAULT_REPORT_ARTIFACT;
  if (ARTIFACT_NAME_FORBIDDEN.test(reportArtifact)) {
    throw new InputError(`input 'report-artifact' must be a plain artifact name, not a glob, without " : < > | * ? \\ / or line breaks (got '${oneLine(reportArtifact, 120)}')`);
  }
  const uploadMode = (input('upload-report') || 'auto') as UploadMode;
  if (!UPLOAD_MODES.includes(uploadMode)) throw new InputError(`input 'upload-report' must be one of ${UPLOAD_MODES.join(', ')} (got '${uploadMode.slice(0, 40)}')`);
  const uploadTimeout = wholeNumber('report-upload-timeout', input('report-upload-timeout'), MAX_UPLOAD_TIMEOUT_SECONDS, 'seconds') ?? DEFAULT_UPLOAD_TIMEOUT_SECONDS;
  const retentionDays = wholeNumber('report-retention-days', input('report-retention-days'), MAX_RETENTION_DAYS, 'days', ", or empty for the repository's default");

  const reportPath = path.resolve(cwd, input('report-path') || 'loadgen-gate-report.json');
  if (!reportPath.endsWith('.json')) throw new InputError(`input 'report-path' must end with .json (got '${input('report-path')}')`);
  const summaryPath = reportPath.replace(/\.json$/, '.md');

  const comment = (input('comment') || 'always') as CommentMode;
  if (!COMMENT_MODES.includes(comment)) throw new InputError(`input 'comment' must be one of ${COMMENT_MODES.join(', ')} (got '${comment}')`);
  const commentKey = input('comment-key') || 'loadgen-gate';
  try {
    assertKey(commentKey, 'comment');
  } catch {
    throw new InputError(`input 'comment-key' must be 1–100 of [A-Za-z0-9._:/@+-] (got '${commentKey.slice(0, 120)}')`);
  }
  const prText = input('pr-number');
  const prNumber = prText ? parsePrNumber(prText) : undefined;
  if (prText && prNumber === undefined) throw new InputError(`input 'pr-number' must be a positive integer (got '${prText.slice(0, 40)}')`);

  const html = input('html-report') || 'upload';
  if (html !== 'upload' && html !== 'never') throw new InputError(`input 'html-report' must be upload or never (got '${html.slice(0, 40)}')`);

  const trackingLabel = input('tracking-label') || 'loadgen-gate';
  if (trackingLabel.length > 50 || /[,\n]/.test(trackingLabel)) throw new InputError(`input 'tracking-label' must be one label of at most 50 characters without commas (got '${trackingLabel.slice(0, 60)}')`);

  return {
    token,
    source: parseSource(input, ctx),
    baseline: parseBaseline(input, ctx, reportArtifact, cwd),
    config: input('config') || undefined,
    reportPath,
    summaryPath,
    upload: { mode: uploadMode, name: reportArtifact, retentionDays, timeoutSeconds: uploadTimeout },
    htmlReport: html === 'upload',
    comment,
    commentKey,
    prNumber,
    trackingIssues: parseBoolean('tracking-issues', input('tracking-issues'), false),
    trackingLabel,
    history: parseHistoryInputs(input, cwd),
  };
}

function parseHistoryInputs(input: (n: (typeof INPUT_NAMES)[number]) => string, cwd: string): HistoryConfig {
  const h = input('history') || 'auto';
  const name = input('history-artifact') || DEFAULT_HISTORY_ARTIFACT;
  if (ARTIFACT_NAME_FORBIDDEN.test(name)) throw new InputError(`input 'history-artifact' must be a plain artifact name, without " : < > | * ? \\ / or line breaks (got '${oneLine(name, 120)}')`);
  const size = wholeNumber('history-size', input('history-size'), MAX_HISTORY_SIZE, 'runs') ?? DEFAULT_HISTORY_SIZE;
  const bandRuns = wholeNumber('band-runs', input('band-runs'), MAX_HISTORY_SIZE, 'runs');
  if (bandRuns !== undefined && bandRuns < 2) throw new InputError(`input 'band-runs' must be a whole number of runs from 2 to ${MAX_HISTORY_SIZE} (got '${input('band-runs')}')`);
  const base = { name, size, bandRuns };
  if (h === 'auto' || h === 'never') return { ...base, mode: h };
  return { ...base, mode: 'file', file: path.resolve(cwd, h) };
}

/** A whole-number input from 1 to `max` (plain digits, no sign, point or exponent); undefined when empty. */
function wholeNumber(name: string, text: string, max: number, unit: string, emptyNote = ''): number | undefined {
  if (text === '') return undefined;
  const value = Number(text);
  if (!(new RegExp(`^\\d{1,${String(max).length}}$`).test(text) && value >= 1 && value <= max)) {
    throw new InputError(`input '${name}' must be a whole number of ${unit} from 1 to ${max}${emptyNote} (got '${text.slice(0, 40)}')`);
  }
  return value;
}

export function parseBoolean(name: string, value: string, dflt: boolean): boolean {
  if (value === '') return dflt;
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new InputError(`input '${name}' must be true or false (got '${value.slice(0, 40)}')`);
}

function parseSource(input: (n: (typeof INPUT_NAMES)[number]) => string, ctx: ActionContext): SourceConfig {
  const p = input('path');
  const runId = input('run-id');
  const workflow = input('workflow');
  const given = [p && 'path', runId && 'run-id', workflow && 'workflow'].filter(Boolean);
  if (given.length > 1) throw new InputError(`inputs ${given.map((g) => `'${g}'`).join(' and ')} are exclusive: give one source (path, run-id or workflow)`);
  if (p) return { kind: 'path', path: p };

  const artifact = input('artifact');
  const needArtifact = (why: string) => {
    if (!artifact) throw new InputError(`input 'artifact' (a name or glob such as 'loadgen-*') is required when reading ${why}`);
    return artifact;
  };
  const repoInput = input('repository');
  const repoOf = (fallback?: string): [string, string] => {
    if (repoInput) return splitRepository(repoInput, "input 'repository'");
    if (fallback) return splitRepository(fallback, 'the workflow_run payload repository');
    if (!ctx.owner) throw new InputError("input 'repository' is required outside GitHub Actions (GITHUB_REPOSITORY is not set)");
    return [ctx.owner, ctx.repo];
  };

  if (runId) {
    if (!/^\d{1,20}$/.test(runId)) throw new InputError(`input 'run-id' must be a workflow run id (digits only; got '${runId.slice(0, 40)}')`);
    const [owner, repo] = repoOf();
    return { kind: 'run', owner, repo, runId, artifact: needArtifact(`workflow run ${runId}`), via: 'run-id' };
  }
  if (workflow) {
    const [owner, repo] = repoOf();
    return { kind: 'workflow', owner, repo, workflow, branch: input('branch') || undefined, artifact: needArtifact(`runs of workflow '${workflow}'`) };
  }
  const wr = workflowRunOf(ctx);
  if (wr && /^\d+$/.test(String(wr.id ?? ''))) {
    const [owner, repo] = repoOf(typeof wr.repository?.full_name === 'string' ? wr.repository.full_name : undefined);
    return { kind: 'run', owner, repo, runId: String(wr.id), artifact: needArtifact(`the triggering workflow run ${wr.id}`), via: 'workflow_run event' };
  }
  throw new InputError("no source: set input 'path' (a local run directory or zip), 'run-id', or 'workflow' (with 'artifact'); under a workflow_run event the triggering run is used by default");
}

function parseBaseline(input: (n: (typeof INPUT_NAMES)[number]) => string, ctx: ActionContext, reportArtifact: string, cwd: string): BaselineConfig {
  const b = input('baseline');
  if (b === 'none') return { kind: 'none', reason: "input 'baseline' is 'none'" };
  if (b && b !== 'auto') return { kind: 'file', path: path.resolve(cwd, b) };
  const workflow = input('baseline-workflow') || ctx.workflowFile;
  if (!workflow) return { kind: 'none', reason: "cannot tell which workflow uploads the report artifact: set input 'baseline-workflow'" };
  if (!ctx.owner) return { kind: 'none', reason: 'GITHUB_REPOSITORY is not set, so there is no repository to fetch a baseline from' };
  return { kind: 'workflow', owner: ctx.owner, repo: ctx.repo, workflow, branch: input('baseline-branch') || undefined, artifact: reportArtifact };
}
