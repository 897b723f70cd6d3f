/**
 * The census of one kernel-DB snapshot: per-vat c-lists, the import graph, the unresolved-promise
 * graph, the kernel object and promise tables and the kernel counters. Streams key ranges with
 * prepared statements; never loads the whole kvStore. Opens the DB read-only.
 */
import { InputError } from '../shared/limits.js';
import { isOwnedCopy } from './open-snapshot.js';
import { openDb } from './sqlite-open.js';
import { openKvReader, type KvDb, type KvReader } from './kv-reader.js';
import { ClistReader, readVatDirectory, readVatInfo } from './census-vats.js';
import { readKernelCounters, readKernelObjects, readKernelPromises, recognizableOnlyByOwner } from './census-kernel.js';
import type { ImportEdge, KernelCensus, PromiseEdge, VatCensus } from './types.js';

export { compareVatIDs, parseClistValue } from './census-vats.js';

export interface CensusOptions {
  /**
   * Allow opening the DB read-write if a read-only open fails (e.g. a WAL DB without `-shm` in a
   * read-only place). Default: only for temporary copies made by `openSnapshot`.
   */
  allowWriteFallback?: boolean;
}

export interface CensusLabel {
  stage?: number;
  source: string;
}

export function censusSnapshot(dbPath: string, label: CensusLabel, opts: CensusOptions = {}): KernelCensus {
  const where = label.source === dbPath || !label.source ? dbPath : `${label.source} (${dbPath})`;
  const allowWrite = opts.allowWriteFallback ?? isOwnedCopy(dbPath);
  const db = openDb(dbPath, where, allowWrite);
  try {
    return runCensus(db, label);
  } catch (err) {
    const msg = (err as Error).message;
    if (err instanceof InputError && msg.startsWith(where)) throw err;
    throw new InputError(`${where}: cannot read swing-store: ${msg}`);
  } finally {
    db.close();
  }
}

/** The census over an open connection (exported for tests that watch its statements). */
export function runCensus(db: KvDb, label: CensusLabel): KernelCensus {
  const kv = openKvReader(db);
  const { vats, importGraph, promiseGraph } = readVats(kv);
  const kernelObjects = readKernelObjects(kv);
  const census: KernelCensus = {
    source: label.source,
    vats,
    importGraph,
    recognizableOnlyObjectsByOwner: recognizableOnlyByOwner(kernelObjects),
    kernelObjects,
    kernelPromises: readKernelPromises(kv),
    promiseGraph,
    keyIndex: kv.keyIndex,
    kvRowsScanned: 0,
  };
  if (label.stage !== undefined) census.stage = label.stage;
  readKernelCounters(kv, census);
  census.kvRowsScanned = kv.rows;
  return census;
}

/** Every vat's c-list, with the import and unresolved-promise edges, in vat order. */
function readVats(kv: KvReader): { vats: VatCensus[]; importGraph: ImportEdge[]; promiseGraph: PromiseEdge[] } {
  const dir = readVatDirectory(kv);
  const clists = new ClistReader(kv);
  const vats: VatCensus[] = [];
  const importGraph: ImportEdge[] = [];
  const promiseGraph: PromiseEdge[] = [];
  for (const vatID of dir.vatIDs) {
    const vat = readVatInfo(kv, vatID, dir);
    const edges = clists.read(vat);
    importGraph.push(...edges.imports);
    promiseGraph.push(...edges.promises);
    vats.push(vat);
  }
  // Vats come in order and each vat's edges are sorted: the graphs are sorted by (importer, exporter).
  return { vats, importGraph, promiseGraph };
}
