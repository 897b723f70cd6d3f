/** Reads a baseline RunReport from disk, checking that it is one we understand. */
import { readFile } from 'node:fs/promises';
import { InputError } from '../shared/limits.js';
import { SCHEMA_VERSION, type Provenance, type RunReport } from '../shared/report-schema.js';

export async function readBaseline(file: string): Promise<RunReport> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new InputError(`${file}: cannot read baseline report (${(e as Error).message.split('\n')[0]})`);
  }
  return checkReport(raw, file);
}

export function checkReport(raw: unknown, where: string): RunReport {
  const r = raw as Partial<RunReport>;
  if (!r || typeof r !== 'object' || typeof r.schemaVersion !== 'number' || !Array.isArray(r.vats)) {
    throw new InputError(`${where}: not a loadgen-gate RunReport`);
  }
  if (!Number.isInteger(r.schemaVersion) || r.schemaVersion < 1) {
    throw new InputError(`${where}: report schema v${r.schemaVersion} is not a schema version (1 to ${SCHEMA_VERSION})`);
  }
  if (r.schemaVersion > SCHEMA_VERSION) {
    throw new InputError(`${where}: report schema v${r.schemaVersion} is newer than this tool's v${SCHEMA_VERSION}`);
  }
  const bad = shapeProblem(r);
  if (bad) throw new InputError(`${where}: not a loadgen-gate RunReport (${bad})`);
  return { ...r, provenance: cleanProvenance(r.provenance) } as RunReport;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/**
 * What the comparison reads without further checks: the run's axis and block range, and each vat's
 * identity and statistics as objects. Null when the shape is right. (A statistic of another type
 * inside them is left out by the comparison itself: gate/baseline-rules.ts.)
 */
function shapeProblem(r: Partial<RunReport>): string | null {
  const run = r.run as unknown;
  if (!isObject(run)) return '`run` is not an object';
  if (typeof run.xAxis !== 'string') return '`run.xAxis` is not a string';
  const range = run.blockRange;
  if (range !== null && range !== undefined && !(Array.isArray(range) && range.length === 2 && range.every(finite))) return '`run.blockRange` is not null or two numbers';
  for (const [i, v] of (r.vats as unknown[]).entries()) {
    if (!isObject(v)) return `vats[${i}] is not an object`;
    if (typeof v.vatID !== 'string') return `vats[${i}].vatID is not a string`;
    if (v.name !== null && v.name !== undefined && typeof v.name !== 'string') return `vats[${i}].name is not a string or null`;
    for (const k of ['boyd', 'heap', 'clist'] as const) {
      if (v[k] !== null && v[k] !== undefined && !isObject(v[k])) return `vats[${i}].${k} is not an object or null`;
    }
    const clist = v.clist as Record<string, unknown> | undefined;
    if (clist && clist.delta !== null && clist.delta !== undefined && !isObject(clist.delta)) return `vats[${i}].clist.delta is not an object or null`;
  }
  return null;
}

/**
 * The provenance of a report read from a file or an artifact, with each field kept only when it has
 * its type (and a number is finite): the renderers and the log print these fields, and a field of
 * another type (an `ageHours` of null, a numeric `headSha`) must not end the run with an internal
 * error.
 */
function cleanProvenance(raw: unknown): Provenance {
  const p = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const out: Provenance = { source: p.source === 'github-run' ? 'github-run' : 'local' };
  for (const k of ['path', 'url', 'headSha', 'branch', 'createdAt', 'artifact'] as const) {
    if (typeof p[k] === 'string') out[k] = p[k];
  }
  for (const k of ['runId', 'ageHours'] as const) {
    if (typeof p[k] === 'number' && Number.isFinite(p[k])) out[k] = p[k];
  }
  return out;
}
