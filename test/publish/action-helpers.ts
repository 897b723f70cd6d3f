/**
 * Runs the BUILT action bundle (`dist/index.js`, or `LOADGEN_GATE_ACTION_BUNDLE`) as the runner
 * would: a child process with INPUT_* and GITHUB_* variables, an event payload file, and
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, against the fake GitHub API on loopback.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { zipFiles } from '../fake-github/server.js';
import { fixture, REPO_ROOT } from '../helpers/fixtures.js';
import { analyzeRun } from '../../src/engine/analyze-run.js';
import { DEFAULT_POLICY } from '../../src/shared/policy.js';
import { silentLogger } from '../../src/shared/logger.js';
import type { Provenance, RunReport } from '../../src/shared/report-schema.js';

export const BUNDLE = path.resolve(REPO_ROOT, process.env.LOADGEN_GATE_ACTION_BUNDLE ?? 'dist/index.js');
export const NODE = path.resolve(REPO_ROOT, 'node_modules/.bin/node');

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error…` / `::warning…` workflow-command lines on stdout. */
  errors: string[];
  warnings: string[];
  dir: string;
  /** Entries left in RUNNER_TEMP after the run (temp dirs must be removed). */
  leftInTemp: string[];
}

export interface RunOptions {
  apiUrl: string;
  inputs: Record<string, string>;
  event?: string;
  payload?: unknown;
  repository?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
  /** Another build of the action (default {@link BUNDLE}). */
  bundle?: string;
}

export async function runBundle(opts: RunOptions): Promise<ActionRun> {
  const bundle = opts.bundle ?? BUNDLE;
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run bundle\` first`);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lg-action-'));
  const temp = path.join(dir, 'runner-temp');
  await mkdir(temp);
  const eventPath = path.join(dir, 'event.json');
  await writeFile(eventPath, JSON.stringify(opts.payload ?? {}));
  const outputFile = path.join(dir, 'github-output');
  const summaryFile = path.join(dir, 'step-summary.md');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_REPOSITORY: opts.repository ?? 'agoric/agoric-sdk',
    GITHUB_EVENT_NAME: opts.event ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_RUN_ID: '9999',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW_REF: 'agoric/agoric-sdk/.github/workflows/report.yml@refs/heads/main',
    RUNNER_TEMP: temp,
    'INPUT_REPORT-PATH': path.join(dir, 'out', 'report.json'),
    ...opts.env,
  };
  for (const [k, v] of Object.entries(opts.inputs)) env[`INPUT_${k.toUpperCase()}`] = v;

  const child = spawn(NODE, [bundle], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const code = await new Promise<number | null>((resolve, reject) => {
    const t = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`action timed out\n${stdout}\n${stderr}`));
    }, opts.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (c) => {
      clearTimeout(t);
      resolve(c);
    });
  });
  const lines = stdout.split('\n');
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    errors: lines.filter((l) => l.startsWith('::error')),
    warnings: lines.filter((l) => l.startsWith('::warning')),
    dir,
    leftInTemp: await readdir(temp),
  };
}

export const cleanup = (r: ActionRun | undefined) => (r ? rm(r.dir, { recursive: true, force: true }) : Promise.resolve());

/** `name<<delimiter\nvalue\ndelimiter` blocks written by @actions/core. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

const zipCache = new Map<string, Uint8Array>();

/** A loadgen run nested under `loadgen-output/` like agoric-sdk's artifact, plus extra files. */
export async function loadgenZip(run: 'loadgen-leaky' | 'loadgen-clean', extra: Record<string, string> = {}): Promise<Uint8Array> {
  const key = `${run}:${JSON.stringify(extra)}`;
  const hit = zipCache.get(key);
  if (hit) return hit;
  const files: Record<string, Uint8Array | string> = { ...extra };
  for (const f of await readdir(fixture(run))) {
    if (f === 'truth.json') continue;
    files[`loadgen-output/${f}`] = new Uint8Array(await readFile(fixture(run, f)));
  }
  const zip = zipFiles(files);
  zipCache.set(key, zip);
  return zip;
}

let cleanReport: Promise<RunReport> | undefined;
/** The RunReport of loadgen-clean as a `main` run would have produced it (the baseline). */
export function cleanBaselineReport(provenance: Partial<Provenance> = {}): Promise<RunReport> {
  cleanReport ??= analyzeRun({ inputs: [fixture('loadgen-clean')], policy: DEFAULT_POLICY, log: silentLogger });
  return cleanReport.then((r) => ({
    ...r,
    provenance: { source: 'github-run', runId: 150, url: 'https://github.example/agoric/agoric-sdk/actions/runs/150', headSha: 'c'.repeat(40), branch: 'main', createdAt: hoursAgo(22), ...provenance },
  }));
}

export const hoursAgo = (h: number): string => new Date(Date.now() - h * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
