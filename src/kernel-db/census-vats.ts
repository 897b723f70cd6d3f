/**
 * The per-vat half of a census: which vats exist, and each one's c-list (one direction, keys
 * `vNN.c.k*`) split into object exports/imports by reachability, promises and devices, with the
 * exporter of each object import (`koN.owner`) and the state, decider and subscribers of each
 * promise (`kpN.*`) joined in SQLite, one index seek per row.
 */
import type { KvReader } from './kv-reader.js';
import type { ImportEdge, PromiseEdge, VatCensus } from './types.js';

export const NO_OWNER = '?';
/** The decider of a promise without `kpN.decider`: a message's result still queued in the kernel. */
export const KERNEL_DECIDER = 'kernel';

/** Numeric order for `v12` style IDs; anything else sorts after, lexically. */
export function compareVatIDs(a: string, b: string): number {
  const ma = /^v(\d+)$/.exec(a);
  const mb = /^v(\d+)$/.exec(b);
  if (ma && mb) return Number(ma[1]) - Number(mb[1]);
  if (ma) return -1;
  if (mb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Classify a c-list value `"<R|_> <vref>"` (legacy values without a flag count as reachable). */
export function parseClistValue(value: string): { reachable: boolean; vref: string } {
  if (value.length >= 2 && value[1] === ' ' && (value[0] === 'R' || value[0] === '_')) {
    return { reachable: value[0] === 'R', vref: value.slice(2) };
  }
  return { reachable: true, vref: value };
}

export function parseJson(v: string | undefined): unknown {
  if (v === undefined) return undefined;
  try {
    return JSON.parse(v);
  } catch {
    return undefined;
  }
}

export function toInt(v: unknown): number | undefined {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

const stringSet = (v: unknown): Set<string> => new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export interface VatDirectory {
  /** Sorted by numeric vat ID. */
  vatIDs: string[];
  /** `vat.name.<NAME>` → vatID, inverted. */
  names: Map<string, string>;
  dynamic: Set<string>;
  terminated: Set<string>;
}

/** The vats: `vat.name.*` ∪ `vat.dynamicIDs` ∪ any `vNN` with a c-list. */
export function readVatDirectory(kv: KvReader): VatDirectory {
  const names = new Map<string, string>();
  for (const [key, value] of kv.range('vat.name.', 'vat.name/')) {
    const vatID = value.trim();
    if (/^v\d+$/.test(vatID) && !names.has(vatID)) names.set(vatID, key.slice('vat.name.'.length));
  }
  const dynamic = stringSet(parseJson(kv.get('vat.dynamicIDs')));
  const terminated = stringSet(parseJson(kv.get('vats.terminated')));
  const vatIDs = new Set<string>([...names.keys(), ...dynamic]);
  // Skip-scan over `v<digits>.` prefixes: one index seek per distinct prefix.
  const nextGe = kv.prepare("SELECT key FROM KV WHERE key >= ? AND key < 'v:' ORDER BY key LIMIT 1");
  const nextGt = kv.prepare("SELECT key FROM KV WHERE key > ? AND key < 'v:' ORDER BY key LIMIT 1");
  const hasClist = kv.prepare('SELECT 1 AS x FROM KV WHERE key >= ? AND key < ? LIMIT 1');
  let r = nextGe.get('v0') as { key: unknown } | undefined;
  while (r) {
    const key = String(r.key);
    const m = /^v(\d+)\./.exec(key);
    if (m) {
      const vatID = `v${m[1]}`;
      if (!vatIDs.has(vatID) && hasClist.get(`${vatID}.c.`, `${vatID}.c/`)) vatIDs.add(vatID);
      r = nextGe.get(`${vatID}/`) as { key: unknown } | undefined;
    } else {
      r = nextGt.get(key) as { key: unknown } | undefined;
    }
  }
  return { vatIDs: [...vatIDs].sort(compareVatIDs), names, dynamic, terminated };
}

/** Name, worker type, import counter and dynamic/terminated marks of one vat. */
export function readVatInfo(kv: KvReader, vatID: string, dir: VatDirectory): VatCensus {
  const vat: VatCensus = {
    vatID,
    exports: { reachable: 0, recognizableOnly: 0 },
    imports: { reachable: 0, recognizableOnly: 0 },
    promises: 0,
    devices: 0,
  };
  const options = parseJson(kv.get(`${vatID}.options`)) as
    | { name?: unknown; managerType?: unknown; workerOptions?: { type?: unknown } }
    | undefined;
  const name = dir.names.get(vatID) ?? (typeof options?.name === 'string' ? options.name : undefined);
  if (name !== undefined) vat.name = name;
  const mt = options?.workerOptions?.type ?? options?.managerType;
  if (typeof mt === 'string') vat.managerType = mt;
  const nextID = toInt(kv.get(`${vatID}.o.nextID`));
  if (nextID !== undefined) vat.nextImportID = nextID;
  if (dir.dynamic.has(vatID)) vat.dynamic = true;
  if (dir.terminated.has(vatID)) vat.terminated = true;
  return vat;
}

/** Keeps `(key, edge)` pairs for one vat, created on first use. */
function edgeFor<E>(m: Map<string, E>, key: string, make: () => E): E {
  let e = m.get(key);
  if (!e) m.set(key, (e = make()));
  return e;
}

const isSubscriber = (subscribers: unknown, vatID: string): boolean =>
  subscribers != null && String(subscribers).split(',').some((s) => s.trim() === vatID);

/**
 * Reads one vat's c-list into `vat`; returns its import edges (by exporter) and unresolved promise
 * edges (by decider). The c-list's kref keys are read in three kinds of key range, each joined only
 * with what it needs: objects (`vNN.c.ko…`) with `koN.owner`, promises (`vNN.c.kp…`) with
 * `kpN.state`, `.decider` and `.subscribers`, and the rest (devices, anything else) plain.
 */
export class ClistReader {
  private readonly objects;
  private readonly promises;
  private readonly plain;

  constructor(private readonly kv: KvReader) {
    // ?1: 1-based offset of the kref in the key; ?2, ?3: the key range.
    this.objects = kv.prepare(
      `SELECT c.value, o.value FROM KV c
         LEFT JOIN KV o
           ON (substr(c.value, 3, 2) = 'o-' OR substr(c.value, 1, 2) = 'o-')
          AND o.key = (substr(c.key, ?1) || '.owner')
       WHERE c.key >= ?2 AND c.key < ?3`,
    );
    this.promises = kv.prepare(
      `SELECT c.value, NULL, s.value, d.value, u.value FROM KV c
         LEFT JOIN KV s ON s.key = (substr(c.key, ?1) || '.state')
         LEFT JOIN KV d ON d.key = (substr(c.key, ?1) || '.decider')
         LEFT JOIN KV u ON u.key = (substr(c.key, ?1) || '.subscribers')
       WHERE c.key >= ?2 AND c.key < ?3`,
    );
    this.plain = kv.prepare('SELECT value FROM KV WHERE key >= ? AND key < ?');
    for (const st of [this.objects, this.promises, this.plain]) st.setReturnArrays(true);
  }

  read(vat: VatCensus): { imports: ImportEdge[]; promises: PromiseEdge[] } {
    const { vatID } = vat;
    const byExporter = new Map<string, ImportEdge>();
    const byDecider = new Map<string, PromiseEdge>();
    const split = { exports: 0, imports: 0 };
    let entries = 0;
    let unresolved = 0;
    /** One c-list row: its value, and the joined owner / state / decider / subscribers (or null). */
    const take = (row: unknown[]) => {
      this.kv.rows++;
      entries++;
      for (let i = 1; i < row.length; i++) if (row[i] != null) this.kv.rows++;
      const { reachable, vref } = parseClistValue(row[0] == null ? '' : String(row[0]));
      const t = vref[0];
      if (t === 'o') {
        const side = vref[1] === '+' ? vat.exports : vref[1] === '-' ? vat.imports : null;
        if (!side) return;
        if (reachable) side.reachable++;
        else side.recognizableOnly++;
        if (side !== vat.imports) return;
        const exporter = row[1] == null ? NO_OWNER : String(row[1]);
        const edge = edgeFor(byExporter, exporter, () => ({ importer: vatID, exporter, total: 0, reachable: 0 }));
        edge.total++;
        if (reachable) edge.reachable++;
      } else if (t === 'p') {
        vat.promises++;
        if (vref[1] === '+') split.exports++;
        else if (vref[1] === '-') split.imports++;
        if (row[2] == null || String(row[2]) !== 'unresolved') return;
        unresolved++;
        const decider = row[3] == null || String(row[3]) === '' ? KERNEL_DECIDER : String(row[3]);
        const edge = edgeFor(byDecider, decider, () => ({ holder: vatID, decider, unresolved: 0, subscribed: 0 }));
        edge.unresolved++;
        if (isSubscriber(row[4], vatID)) edge.subscribed++;
      } else if (t === 'd') {
        vat.devices++;
      }
    };
    const c = `${vatID}.c.`;
    const krefStart = c.length + 1;
    for (const row of this.objects.iterate(krefStart, `${c}ko`, `${c}kp`) as Iterable<unknown[]>) take(row);
    for (const row of this.promises.iterate(krefStart, `${c}kp`, `${c}kq`) as Iterable<unknown[]>) take(row);
    for (const [lo, hi] of [[`${c}k`, `${c}ko`], [`${c}kq`, `${c}l`]] as const) {
      for (const row of this.plain.iterate(lo, hi) as Iterable<unknown[]>) take(row);
    }
    vat.clistEntries = entries;
    if (vat.promises > 0) {
      vat.promiseSplit = split;
      vat.unresolvedPromises = unresolved;
    }
    const byVat = <E>(m: Map<string, E>, key: (e: E) => string) => [...m.values()].sort((a, b) => compareVatIDs(key(a), key(b)));
    return { imports: byVat(byExporter, (e) => e.exporter), promises: byVat(byDecider, (e) => e.decider) };
  }
}
