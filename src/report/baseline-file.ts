/** Reads a baseline RunReport from disk, checking that it is one we understand. */
import { readFile } from 'node:fs/promises';
import { InputError } from '../sources/limits.js';
import { SCHEMA_VERSION, type RunReport } from './schema.js';

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
  if (r.schemaVersion > SCHEMA_VERSION) {
    throw new InputError(`${where}: report schema v${r.schemaVersion} is newer than this tool's v${SCHEMA_VERSION}`);
  }
  return r as RunReport;
}
