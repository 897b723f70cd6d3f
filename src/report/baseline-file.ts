/** Reads a baseline RunReport from disk, checking that it is one we understand. */
import { readFile } from 'node:fs/promises';
import { InputError } from '../sources/limits.js';
import { SCHEMA_VERSION, type Provenance, type RunReport } from './schema.js';

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
  return { ...r, provenance: cleanProvenance(r.provenance) } as RunReport;
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
