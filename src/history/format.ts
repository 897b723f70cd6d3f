/**
 * The run history: one compact entry per run of the default branch, carried from run to run (the
 * action's `loadgen-gate-history` artifact, the CLI's `history --out` file). Documented field by
 * field in docs/history-schema.md.
 *
 * Each entry names its own metric columns (`metrics`) and gives each vat's values in that order,
 * so an entry written before a metric existed stays readable (the metric is missing there), and a
 * reader ignores the columns it does not know. `version` changes only when an old reader could no
 * longer read the file. Reading never throws: what cannot be read is dropped with a note, and a
 * file that is no history at all gives an empty history and one problem line (the caller warns
 * and rebuilds).
 */

export const HISTORY_FORMAT = 'loadgen-gate-history';
export const HISTORY_VERSION = 1;
/** File name of the history inside its artifact and by default on disk. */
export const HISTORY_FILE = 'loadgen-gate-history.json';

/** The run an entry describes. Everything but `key` may be unknown. */
export interface HistoryRunInfo {
  /** Workflow run id (of the loadgen run the report analysed), when known. */
  id: number | null;
  /** Run attempt, when known. */
  attempt: number | null;
  /** Commit the run tested. */
  sha: string | null;
  /** When the run was made (ISO 8601): the loadgen run's creation, else the report's. */
  time: string | null;
  /** Link to the run. */
  url: string | null;
  branch: string | null;
  /** What else names the run when it has no id (a report file's name). */
  label: string | null;
  /** The run's own verdict. */
  verdict: string | null;
}

/** One vat in one run: [vatID, name, values in the order of the entry's `metrics`]. */
export type HistoryVatRow = [vatID: string, name: string | null, values: Array<number | null>];

export interface HistoryEntry {
  run: HistoryRunInfo;
  /** Column names of `vats[i][2]`. */
  metrics: string[];
  vats: HistoryVatRow[];
}

export interface History {
  format: typeof HISTORY_FORMAT;
  version: number;
  /** Tool version that last wrote it. */
  tool: string | null;
  updatedAt: string | null;
  /** Oldest first. */
  entries: HistoryEntry[];
}

export const emptyHistory = (): History => ({ format: HISTORY_FORMAT, version: HISTORY_VERSION, tool: null, updatedAt: null, entries: [] });

/** A key that tells runs apart: the run id (and attempt), else the commit and time, else the label. */
export function runKey(r: HistoryRunInfo): string {
  if (r.id !== null) return `run:${r.id}`;
  return `at:${r.sha ?? ''}@${r.time ?? ''}#${r.label ?? ''}`;
}

/** Significant digits kept for each value: far below the run-to-run noise of every metric. */
const DIGITS = 4;

const POW10 = Array.from({ length: 617 }, (_, i) => 10 ** (i - 308));

/**
 * A value as stored: rounded to {@link DIGITS} significant digits; null for anything not finite.
 * By an integer rounding and one division or multiplication by a power of ten (exact for these
 * magnitudes, so the shortest decimal form is the rounded one): `toPrecision` took a third of
 * the time of reading and writing a 200-run history.
 */
export function compactNumber(v: unknown): number | null {
  if (typeof v !== 'number' || !Number.isFinite(v)) return null;
  if (v === 0) return 0;
  const e = Math.floor(Math.log10(Math.abs(v)));
  const k = DIGITS - 1 - e;
  let r: number;
  if (k > 300 || k < -300) r = Number(v.toPrecision(DIGITS));
  else if (k >= 0) r = Math.round(v * POW10[k + 308]!) / POW10[k + 308]!;
  else r = Math.round(v / POW10[-k + 308]!) * POW10[-k + 308]!;
  return Object.is(r, -0) ? 0 : r;
}

/** The history as JSON text: one line per entry, so that a diff or `grep` of it stays readable. */
export function serializeHistory(h: History, tool: string, now = new Date()): string {
  const head = { format: HISTORY_FORMAT, version: HISTORY_VERSION, tool, updatedAt: now.toISOString() };
  const lines = h.entries.map((e) => JSON.stringify({ ...e, vats: e.vats.map(([id, name, values]) => [id, name, values.map(compactNumber)]) }));
  return `${JSON.stringify(head).slice(0, -1)},"entries":[\n${lines.join(',\n')}\n]}\n`;
}

export interface ParsedHistory {
  history: History;
  /** Why nothing could be read (not JSON, not a history); the caller warns and rebuilds. */
  problem?: string;
  /** Entries or vats dropped, one line each (at most a few). */
  notes: string[];
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const whole = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : null);

/** Reads a history from JSON text; never throws. `where` names the file in messages. */
export function parseHistory(text: string, where = 'history'): ParsedHistory {
  const notes: string[] = [];
  const none = (problem: string): ParsedHistory => ({ history: emptyHistory(), problem: `${where}: ${problem}`, notes });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return none(`not JSON (${(e as Error).message.split('\n')[0]})`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return none('not a loadgen-gate history (expected an object)');
  const r = raw as Record<string, unknown>;
  if (r.format !== HISTORY_FORMAT) return none(`not a loadgen-gate history (format ${JSON.stringify(r.format ?? null)?.slice(0, 40)})`);
  const version = whole(r.version);
  if (version === null || version < 1) return none(`history version ${JSON.stringify(r.version ?? null)?.slice(0, 20)} is not a version`);
  if (version > HISTORY_VERSION) notes.push(`${where}: written by a newer loadgen-gate (history version ${version}, this one reads ${HISTORY_VERSION}): reading what it knows`);
  if (!Array.isArray(r.entries)) return none('no entries list');
  const entries: HistoryEntry[] = [];
  let dropped = 0;
  r.entries.forEach((e, i) => {
    const entry = parseEntry(e);
    if (entry) entries.push(entry);
    else if (dropped++ < 3) notes.push(`${where}: entry ${i} is unreadable; dropped`);
  });
  if (dropped > 3) notes.push(`${where}: ${dropped} unreadable entries dropped in all`);
  return { history: { format: HISTORY_FORMAT, version: HISTORY_VERSION, tool: str(r.tool), updatedAt: str(r.updatedAt), entries }, notes };
}

function parseEntry(e: unknown): HistoryEntry | null {
  if (!e || typeof e !== 'object' || Array.isArray(e)) return null;
  const o = e as Record<string, unknown>;
  const run = o.run && typeof o.run === 'object' && !Array.isArray(o.run) ? (o.run as Record<string, unknown>) : null;
  if (!run || !Array.isArray(o.metrics) || !Array.isArray(o.vats)) return null;
  const metrics = o.metrics.map((m) => (typeof m === 'string' ? m : ''));
  const vats: HistoryVatRow[] = [];
  for (const v of o.vats) {
    if (!Array.isArray(v) || typeof v[0] !== 'string' || !v[0] || !Array.isArray(v[2])) continue;
    const values = metrics.map((_, i) => compactNumber((v[2] as unknown[])[i]));
    vats.push([v[0], str(v[1]), values]);
  }
  const time = str(run.time);
  return {
    run: {
      id: whole(run.id),
      attempt: whole(run.attempt),
      sha: str(run.sha) && /^[0-9a-f]{7,64}$/i.test(run.sha as string) ? (run.sha as string) : null,
      time: time && !Number.isNaN(Date.parse(time)) ? time : null,
      url: str(run.url) && /^https?:\/\/[^\s]+$/.test(run.url as string) ? (run.url as string) : null,
      branch: str(run.branch),
      label: str(run.label),
      verdict: str(run.verdict),
    },
    metrics,
    vats,
  };
}

/**
 * `entry` appended to `h` (an entry of the same run replaces the earlier one: a re-run attempt
 * replaces its first attempt), then only the newest `size` entries kept. Returns a new history.
 */
export function appendEntry(h: History, entry: HistoryEntry, size: number): History {
  const key = runKey(entry.run);
  const entries = h.entries.filter((e) => runKey(e.run) !== key);
  entries.push(entry);
  return { ...h, entries: entries.slice(Math.max(0, entries.length - Math.max(1, Math.floor(size)))) };
}

/** A history of `entries` (oldest first; a run given twice keeps its last entry), the newest `size` kept. */
export function historyOf(entries: HistoryEntry[], size: number): History {
  return entries.reduce((h, e) => appendEntry(h, e, size), emptyHistory());
}
