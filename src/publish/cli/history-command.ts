/**
 * `loadgen-gate history REPORT... [--out HISTORY] [--json FILE] [--config FILE] [--size N]`:
 * RunReport files (oldest first; a directory means its `.json` files in name order; a history
 * file given among them brings its runs) → the history (`--out`), the change points on stdout, and
 * as JSON (`--json`: `changePoints[]`). Also `readHistoryFile` for `analyze --history`.
 * Exit 0, or 2 on a usage error or an input that is neither a report nor a history.
 */
import { readdir, readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkReport } from '../../report/baseline-file.js';
import { InputError } from '../../shared/limits.js';
import { loadPolicy } from '../../shared/policy.js';
import { safeLine } from '../../shared/logger.js';
import { VERSION } from '../../shared/version.js';
import {
  changePointJson,
  changePointLine,
  entryFromReport,
  findChangePoints,
  historyOf,
  HISTORY_FORMAT,
  parseHistory,
  serializeHistory,
  type History,
  type HistoryEntry,
} from '../../history/index.js';

export const HISTORY_USAGE = `usage: loadgen-gate history <report.json | history.json | dir>... [options]

  --out FILE        write the history (the runs given, oldest first)
  --json FILE       write the change points as JSON (changePoints[])
  --config FILE     policy file (the history section: docs/policy.md)
  --size N          keep the newest N runs (default 200)

Reports are read in the order given, oldest first; a directory means its .json files in name order.`;

export const DEFAULT_HISTORY_SIZE = 200;

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export async function historyCommand(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string' }, json: { type: 'string' }, config: { type: 'string' }, size: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    io.stderr(`loadgen-gate: ${(e as Error).message}\n${HISTORY_USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${HISTORY_USAGE}\n`);
    return 0;
  }
  const size = values.size === undefined ? DEFAULT_HISTORY_SIZE : Number(values.size);
  if (!(Number.isInteger(size) && size >= 1 && size <= 10_000)) {
    io.stderr('loadgen-gate: --size must be a whole number from 1 to 10000\n');
    return 2;
  }
  if (!positionals.length) {
    io.stderr(`loadgen-gate: no reports given\n${HISTORY_USAGE}\n`);
    return 2;
  }
  try {
    const policy = await loadPolicy(values.config);
    const entries: HistoryEntry[] = [];
    for (const file of await expandInputs(positionals)) entries.push(...(await readEntries(file, (m) => io.stderr(`warning: ${safeLine(m)}\n`))));
    const history = historyOf(entries, size);
    const found = findChangePoints(history, policy);
    if (values.out) await writeOut('out', values.out, serializeHistory(history, `loadgen-gate ${VERSION}`));
    if (values.json) {
      const doc = { runs: history.entries.length, tested: found.tested, level: found.level, changePoints: found.changePoints.map(changePointJson) };
      await writeOut('json', values.json, `${JSON.stringify(doc, null, 2)}\n`);
    }
    io.stdout(`${history.entries.length} run(s), ${found.tested} vat metric(s) tested: ${found.changePoints.length ? `${found.changePoints.length} change point(s)` : 'no change point'}\n`);
    for (const c of found.changePoints) io.stdout(`${safeLine(changePointLine(c))}\n`);
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`loadgen-gate: ${safeLine(e.message)}\n`);
      return 2;
    }
    throw e;
  }
}

/** Files in the order given; a directory's `.json` files in name order. */
async function expandInputs(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of inputs) {
    const st = await stat(p).catch(() => null);
    if (!st) throw new InputError(`${p}: no such file or directory`);
    if (!st.isDirectory()) {
      out.push(p);
      continue;
    }
    const names = (await readdir(p, { withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.json')).map((e) => e.name);
    names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (!names.length) throw new InputError(`${p}: no .json report in this directory`);
    out.push(...names.map((n) => path.join(p, n)));
  }
  return out;
}

/** A report's entry, or a history's entries; an input that is neither is an InputError. */
async function readEntries(file: string, warn: (m: string) => void): Promise<HistoryEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new InputError(`${file}: cannot read (${(e as Error).message.split('\n')[0]})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${file}: not JSON (${(e as Error).message.split('\n')[0]})`);
  }
  if (raw && typeof raw === 'object' && (raw as { format?: unknown }).format === HISTORY_FORMAT) {
    const h = parseHistory(text, file);
    for (const n of h.notes) warn(n);
    if (h.problem) throw new InputError(h.problem);
    return h.history.entries;
  }
  return [entryFromReport(checkReport(raw, file), path.basename(file))];
}

/** `analyze --history FILE`: the history, or null with a warning when it is missing or unreadable (the run is then judged without the band). */
export async function readHistoryFile(file: string, warn: (m: string) => void): Promise<History | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    warn(`--history ${file}: cannot read (${(e as Error).message.split('\n')[0]}); judged without the band`);
    return null;
  }
  const h = parseHistory(text, file);
  for (const n of h.notes) warn(n);
  if (h.problem) {
    warn(`${h.problem}; judged without the band`);
    return null;
  }
  return h.history;
}

async function writeOut(flag: string, file: string, text: string): Promise<void> {
  try {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await writeFile(file, text);
  } catch (e) {
    throw new InputError(`--${flag} ${file}: cannot write (${(e as Error).message.split('\n')[0]})`);
  }
}
