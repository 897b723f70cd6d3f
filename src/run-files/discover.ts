/**
 * Finds the files of one loadgen run: a directory in the runner's layout (searched at the top and
 * one level down, since the agoric-sdk CI artifact nests it under `loadgen-output/`), or explicit
 * files. Slogs are ordered by stage; client slogs are not chain slogs and are left out. A symbolic
 * link in a run directory counts as what it points to (a zip's links never get this far: the
 * extraction refuses them); one that points nowhere is listed in `skipped`.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../shared/limits.js';
import { stageOf } from './stage.js';

export interface RunFiles {
  root: string | null;
  slogs: Array<{ path: string; stage: number | null; bytes: number }>;
  snapshots: Array<{ path: string; stage: number | null; bytes: number }>;
  perf: string | null;
  zips: string[];
  /** Run files that could not be used (a dangling symbolic link): one warning each. */
  skipped: Array<{ path: string; why: string }>;
}

const SLOG_RE = /\.(slog|slog\.gz|jsonl|jsonl\.gz|json\.gz|log\.gz)$/i;
/** Kernel-DB snapshots: the loadgen's `chain-stage-N-storage.tar.xz` (or a tar of another compression, as openSnapshot reads) and plain DBs. */
const SNAP_RE = /(-storage\.(tar\.xz|tar\.gz|tgz|tar)|\.sqlite|\.sqlite\.gz)$/i;

/**
 * A file that run discovery reads from a run directory (a slog, a kernel-DB snapshot or perf.jsonl;
 * not a zip, which is read only when named as an input). The action's search for the run
 * directory inside a downloaded artifact (publish/github/source.ts) goes by this, so it finds
 * every run this reads.
 */
export function isRunFileName(name: string): boolean {
  const kind = classify(name);
  return kind !== null && kind !== 'zip';
}

function classify(name: string): 'slog' | 'snapshot' | 'perf' | 'zip' | null {
  const base = name.toLowerCase();
  if (base === 'perf.jsonl') return 'perf';
  if (base.endsWith('.zip')) return 'zip';
  if (base.startsWith('client-')) return null;
  if (SNAP_RE.test(base)) return 'snapshot';
  if (SLOG_RE.test(base)) return 'slog';
  return null;
}

export async function discoverRun(inputs: string[]): Promise<RunFiles> {
  const out: RunFiles = { root: null, slogs: [], snapshots: [], perf: null, zips: [], skipped: [] };
  for (const input of inputs) {
    let st;
    try {
      st = await stat(input);
    } catch {
      throw new InputError(`${input}: no such file or directory`);
    }
    if (st.isDirectory()) {
      out.root ??= input;
      await scanDir(input, out, 1);
    } else if (st.isFile()) {
      const kind = classify(path.basename(input)) ?? 'slog';
      add(out, kind, input, st.size);
    }
  }
  const byStage = (a: { stage: number | null }, b: { stage: number | null }) => (a.stage ?? Infinity) - (b.stage ?? Infinity);
  out.slogs.sort(byStage);
  out.snapshots.sort(byStage);
  return out;
}

function add(out: RunFiles, kind: string, p: string, bytes: number) {
  if (kind === 'perf') out.perf ??= p;
  else if (kind === 'zip') out.zips.push(p);
  else if (kind === 'snapshot') out.snapshots.push({ path: p, stage: stageOf(p), bytes });
  else if (kind === 'slog') out.slogs.push({ path: p, stage: stageOf(p), bytes });
}

async function scanDir(dir: string, out: RunFiles, depthLeft: number): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const subdirs: string[] = [];
  let found = false;
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      subdirs.push(p);
      continue;
    }
    const classified = classify(e.name);
    /** The kind of a run file (a zip is read only when named as an input), else null. */
    const kind = classified === 'zip' ? null : classified;
    const wanted = kind !== null;
    const link = e.isSymbolicLink();
    // A file is stat'ed once, for its size (a link's, for what it points to); others not at all.
    if (!link && !(e.isFile() && wanted)) continue;
    let st;
    try {
      st = await stat(p);
    } catch (err) {
      if (!link) throw err;
      if (wanted) out.skipped.push({ path: p, why: `symbolic link to a file that cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
      continue;
    }
    if (st.isDirectory()) subdirs.push(p);
    else if (st.isFile() && kind !== null) {
      add(out, kind, p, st.size);
      found = true;
    }
  }
  if (!found && depthLeft > 0) for (const d of subdirs) await scanDir(d, out, depthLeft - 1);
}
