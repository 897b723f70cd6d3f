/**
 * The kernel-wide half of a census: the kernel object table (`koN.refCount` by `koN.owner`), the
 * kernel promise table (`kpN.state`, `.decider`, `.subscribers`, `.refCount`) and the counters.
 * Each table is aggregated in SQLite over one key range: JS sees one row per distinct group.
 */
import type { KvReader } from './kv-reader.js';
import { compareVatIDs, KERNEL_DECIDER, NO_OWNER, parseJson, toInt } from './census-vats.js';
import type { KernelCensus, KernelObjectCensus, KernelPromiseCensus, RefCountSplit } from './types.js';

const emptyRef = (): RefCountSplit => ({ total: 0, reachable: 0, recognizableOnly: 0, unreferenced: 0 });

/** A record without a prototype (keys come from the DB and may be `__proto__`), keys in vat order. */
function sortedRecord<T>(m: Map<string, T>): Record<string, T> {
  const out: Record<string, T> = Object.create(null);
  for (const k of [...m.keys()].sort(compareVatIDs)) out[k] = m.get(k)!;
  return out;
}

const add = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);

/** Every `koN` by (owner, refCount): totals split reachable / recognizable-only / unreferenced. */
export function readKernelObjects(kv: KvReader): KernelObjectCensus {
  const all: KernelObjectCensus = { ...emptyRef(), byOwner: {} };
  const owners = new Map<string, RefCountSplit>();
  const stmt = kv.prepare(
    `SELECT o.value, r.value, count(*), count(o.value) FROM KV r
       LEFT JOIN KV o ON o.key = (substr(r.key, 1, length(r.key) - 9) || '.owner')
     WHERE r.key >= 'ko' AND r.key < 'kp' AND substr(r.key, -9) = '.refCount'
     GROUP BY 1, 2`,
  );
  stmt.setReturnArrays(true);
  for (const row of stmt.iterate() as Iterable<unknown[]>) {
    const n = Number(row[2]);
    kv.rows += n + Number(row[3]);
    const owner = row[0] == null ? NO_OWNER : String(row[0]);
    let per = owners.get(owner);
    if (!per) owners.set(owner, (per = emptyRef()));
    const m = /^\s*(\d+)\s*,\s*(\d+)\s*$/.exec(row[1] == null ? '' : String(row[1]));
    const reach = m ? Number(m[1]) : 0;
    const recog = m ? Number(m[2]) : 0;
    const bucket: Exclude<keyof RefCountSplit, 'total'> =
      reach > 0 ? 'reachable' : recog > 0 ? 'recognizableOnly' : 'unreferenced';
    for (const s of [all, per]) {
      s.total += n;
      s[bucket] += n;
    }
  }
  all.byOwner = sortedRecord(owners);
  return all;
}

/** Owner vat → kernel objects that are recognizable-only (only owners with > 0). */
export function recognizableOnlyByOwner(objects: KernelObjectCensus): Record<string, number> {
  const out: Record<string, number> = Object.create(null);
  for (const [owner, split] of Object.entries(objects.byOwner)) if (split.recognizableOnly > 0) out[owner] = split.recognizableOnly;
  return out;
}

/** Every `kpN` by (state, decider, subscribers): the kernel promise table. */
export function readKernelPromises(kv: KvReader): KernelPromiseCensus {
  const stmt = kv.prepare(
    `SELECT s.value, d.value, u.value, count(*), count(d.value) + count(u.value) + count(r.value),
            sum(CAST(r.value AS INTEGER))
       FROM KV s
       LEFT JOIN KV d ON d.key = (substr(s.key, 1, length(s.key) - 6) || '.decider')
       LEFT JOIN KV u ON u.key = (substr(s.key, 1, length(s.key) - 6) || '.subscribers')
       LEFT JOIN KV r ON r.key = (substr(s.key, 1, length(s.key) - 6) || '.refCount')
     WHERE s.key >= 'kp' AND s.key < 'kq' AND substr(s.key, -6) = '.state'
     GROUP BY 1, 2, 3`,
  );
  stmt.setReturnArrays(true);
  const byState = new Map<string, number>();
  const byDecider = new Map<string, number>();
  const bySubscriber = new Map<string, number>();
  let total = 0;
  let refs = 0;
  for (const row of stmt.iterate() as Iterable<unknown[]>) {
    const n = Number(row[3]);
    kv.rows += n + Number(row[4]);
    total += n;
    const state = row[0] == null ? '' : String(row[0]);
    add(byState, state, n);
    if (state !== 'unresolved') continue;
    refs += Number(row[5] ?? 0) || 0;
    add(byDecider, row[1] == null || String(row[1]) === '' ? KERNEL_DECIDER : String(row[1]), n);
    const subs = row[2] == null ? [] : String(row[2]).split(',').map((s) => s.trim()).filter(Boolean);
    for (const s of new Set(subs)) add(bySubscriber, s, n);
  }
  return {
    total,
    byState: sortedRecord(byState),
    unresolvedByDecider: sortedRecord(byDecider),
    unresolvedBySubscriber: sortedRecord(bySubscriber),
    unresolvedRefCount: refs,
  };
}

/** `host.height`, `ko.nextID`, `kp.nextID` and the numeric fields of `kernelStats`, into `census`. */
export function readKernelCounters(kv: KvReader, census: KernelCensus): void {
  const height = toInt(kv.get('host.height'));
  if (height !== undefined) census.height = height;
  const ko = toInt(kv.get('ko.nextID'));
  if (ko !== undefined) census.koNextID = ko;
  const kp = toInt(kv.get('kp.nextID'));
  if (kp !== undefined) census.kpNextID = kp;
  const stats = parseJson(kv.get('kernelStats'));
  if (stats && typeof stats === 'object' && !Array.isArray(stats)) {
    const out: Record<string, number> = Object.create(null);
    for (const [k, v] of Object.entries(stats as Record<string, unknown>)) {
      if (typeof v === 'number' && Number.isFinite(v)) out[k] = v;
      else if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) out[k] = Number(v);
    }
    census.kernelStats = out;
  }
}
