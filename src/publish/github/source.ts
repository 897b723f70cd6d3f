/**
 * Resolve the loadgen run to analyse: a local path, or a workflow run's artifact (given run id,
 * the triggering `workflow_run`, or the newest successful run of a workflow on a branch, forks
 * excluded). Artifacts are downloaded through the REST API, unpacked with the safe extractor into
 * a temp dir the caller removes, and searched for the run directory. No @actions/* here.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { GitHubClient } from '../../sources/github/client.js';
import { fmtBytes } from '../../sources/github/download.js';
import { downloadArtifactZip } from '../../sources/github/download.js';
import { findSourceRun, type SourceRunResult } from '../../sources/github/find-run.js';
import { GitHubApiError } from '../../sources/github/errors.js';
import { extractZipSafely, describeSkipped } from '../../sources/zip/extract-zip.js';
import { InputError, type ExtractionLimits } from '../../shared/limits.js';
import type { Logger } from '../../shared/logger.js';
import { isRunFileName } from '../../run-files/discover.js';
import type { Provenance } from '../../shared/report-schema.js';
import { formatAge } from '../../shared/number-format.js';
import type { SourceConfig } from './inputs.js';

/** Temp dirs under one root, all removed by `cleanup()` (called in the action's `finally`). */
export class TempDirs {
  private readonly dirs: string[] = [];
  constructor(private readonly root: string) {}
  async make(prefix: string): Promise<string> {
    const d = await mkdtemp(path.join(this.root, `loadgen-gate-${prefix}-`));
    this.dirs.push(d);
    return d;
  }
  async cleanup(): Promise<void> {
    for (const d of this.dirs.splice(0).reverse()) await rm(d, { recursive: true, force: true }).catch(() => undefined);
  }
}

export interface SourceDeps {
  client: GitHubClient | undefined;
  tmp: TempDirs;
  limits: ExtractionLimits;
  log: Logger;
  now?: Date;
}

export interface ResolvedSource {
  /** Directory (or file) to hand to analyzeRun. */
  input: string;
  /** What to call `input` in the report when it is a temporary directory: the artifact, `NAME.zip/dir`. */
  inputName?: string;
  provenance: Provenance;
  /** Text of `pr-number.txt` / `pr.json` found next to the run (workflow_run fork-safe pattern). */
  prText: string | undefined;
}

/** Zip downloads are held in memory; artifacts of a loadgen run are tens of MiB. */
const MAX_ZIP_BYTES = 2 * 1024 ** 3;

export async function resolveSource(cfg: SourceConfig, deps: SourceDeps): Promise<ResolvedSource> {
  if (cfg.kind === 'path') {
    await stat(cfg.path).catch(() => {
      throw new InputError(`input 'path': ${cfg.path}: no such file or directory`);
    });
    const dir = (await stat(cfg.path)).isDirectory() ? cfg.path : undefined;
    return { input: cfg.path, provenance: { source: 'local', path: cfg.path }, prText: dir ? await readPrText(dir) : undefined };
  }
  const client = needClient(deps.client, 'download the loadgen artifact');
  const found = await findSourceRun(client, {
    owner: cfg.owner,
    repo: cfg.repo,
    artifact: cfg.artifact,
    ...(cfg.kind === 'run' ? { runId: cfg.runId } : { workflow: cfg.workflow, branch: cfg.branch }),
    now: deps.now,
  });
  const provenance = provenanceOf(found);
  deps.log.info(`source: ${describeProvenance(provenance, found)}`);
  const dir = await downloadAndExtract(client, cfg.owner, cfg.repo, found, deps, 'source');
  const runDir = await findRunDir(dir);
  if (!runDir) {
    const listing = (await listTree(dir, 2)).slice(0, 15).join(', ');
    throw new InputError(`artifact '${found.artifact.name}' of run ${found.run.id} holds no loadgen run files (perf.jsonl, chain-stage-N.slog.gz, chain-stage-N-storage.tar.xz); it contains: ${listing || 'nothing'}`);
  }
  if (runDir !== dir) deps.log.info(`run directory inside the artifact: ${path.relative(dir, runDir)}/`);
  return { input: runDir, inputName: path.join(`${found.artifact.name}.zip`, path.relative(dir, runDir)), provenance, prText: await readPrText(dir) };
}

export function needClient(client: GitHubClient | undefined, what: string): GitHubClient {
  if (!client) throw new InputError(`input 'github-token' is empty, so the action cannot ${what}`);
  return client;
}

/** Download an artifact zip and unpack it safely into a new temp dir; errors name the artifact and run. */
export async function downloadAndExtract(client: GitHubClient, owner: string, repo: string, found: SourceRunResult, deps: SourceDeps, prefix: string): Promise<string> {
  const what = `artifact '${found.artifact.name}' (id ${found.artifact.id}) of run ${found.run.id}`;
  let zip: Buffer;
  try {
    zip = await downloadArtifactZip(client, { owner, repo, artifactId: found.artifact.id, maxBytes: Math.min(MAX_ZIP_BYTES, deps.limits.maxTotalBytes) });
  } catch (e) {
    if (e instanceof GitHubApiError && e.status === 410) throw new InputError(`${what} has expired and can no longer be downloaded (${e.message})`);
    if (e instanceof GitHubApiError || e instanceof InputError) throw new InputError(`cannot download ${what}: ${e.message}`);
    throw e;
  }
  deps.log.info(`downloaded ${what}: ${fmtBytes(zip.length)}`);
  const dir = await deps.tmp.make(prefix);
  let res: Awaited<ReturnType<typeof extractZipSafely>>;
  try {
    res = await extractZipSafely(zip, dir, deps.limits);
  } catch (e) {
    // A corrupt or truncated zip: say which artifact of which run, not the extractor's own label.
    if (e instanceof InputError) throw new InputError(`cannot unpack ${what} (${fmtBytes(zip.length)}): ${e.message.replace(/^in-memory zip: /, '')}`);
    throw e;
  }
  for (const s of res.skipped) deps.log.warning(describeSkipped(found.artifact.name, s));
  deps.log.info(`extracted ${res.files.length} file(s), ${fmtBytes(res.totalBytes)}`);
  return dir;
}

export function provenanceOf(found: SourceRunResult): Provenance {
  return {
    source: 'github-run',
    runId: found.run.id,
    url: found.run.html_url,
    headSha: found.run.head_sha,
    ...(found.run.head_branch ? { branch: found.run.head_branch } : {}),
    createdAt: found.run.created_at,
    ageHours: found.ageHours,
    artifact: found.artifact.name,
  };
}

export function describeProvenance(p: Provenance, found?: SourceRunResult): string {
  const parts: string[] = [];
  if (p.source === 'local') parts.push(`local path ${p.path ?? '?'}`);
  if (p.runId !== undefined) parts.push(`${p.source === 'local' ? 'in ' : ''}run ${p.runId}`);
  if (p.url) parts.push(p.url);
  const head = [p.headSha ? `head ${p.headSha.slice(0, 12)}` : '', p.branch ? `on ${p.branch}` : '', found ? `(${found.run.event})` : ''].filter(Boolean).join(' ');
  if (head) parts.push(head);
  if (p.artifact) parts.push(`artifact '${p.artifact}'${found ? ` (${fmtBytes(found.artifact.size_in_bytes)})` : ''}`);
  if (p.ageHours !== undefined) parts.push(`${formatAge(p.ageHours)} old`);
  return parts.join(', ');
}


/**
 * The shallowest directory (breadth-first, depth ≤ 4) that directly holds loadgen run files: the
 * files run discovery reads (isRunFileName, the CLI's rule), so an artifact the CLI can analyse is
 * one the action finds.
 */
export async function findRunDir(root: string, maxDepth = 4): Promise<string | undefined> {
  let level = [root];
  for (let depth = 0; depth <= maxDepth && level.length; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
      if (entries.some((e) => e.isFile() && isRunFileName(e.name))) return dir;
      for (const e of entries) if (e.isDirectory()) next.push(path.join(dir, e.name));
    }
    level = next;
  }
  return undefined;
}

/** `pr-number.txt` or `pr.json` at the top of the artifact or one level down (≤ 10 kB). */
export async function readPrText(root: string): Promise<string | undefined> {
  for (const rel of ['pr-number.txt', 'pr.json']) {
    for (const dir of [root, ...(await subdirs(root))]) {
      const f = path.join(dir, rel);
      const st = await stat(f).catch(() => undefined);
      if (st?.isFile() && st.size <= 10_000) return readFile(f, 'utf8');
    }
  }
  return undefined;
}

async function subdirs(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory()).map((e) => path.join(dir, e.name)).sort();
}

async function listTree(dir: string, depth: number, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = `${prefix}${e.name}`;
    if (e.isDirectory()) {
      out.push(`${rel}/`);
      if (depth > 0) out.push(...(await listTree(path.join(dir, e.name), depth - 1, `${rel}/`)));
    } else out.push(JSON.stringify(rel).slice(1, -1).slice(0, 100));
  }
  return out;
}
