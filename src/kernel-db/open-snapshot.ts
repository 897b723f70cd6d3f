import { createReadStream, createWriteStream } from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { DEFAULT_LIMITS, InputError, type ExtractionLimits } from '../shared/limits.js';
import { SnapshotError } from '../shared/errors.js';
import { isUnsafeMemberName, parseTarVerboseLine, runTar, type TarEntry } from './tar.js';

export interface OpenSnapshotOptions {
  limits?: ExtractionLimits;
  /** Parent for the temporary directory (default `os.tmpdir()`). */
  tmpRoot?: string;
}

export interface OpenedSnapshot {
  /** Path of the SQLite file to read (the input itself, or a temporary copy). */
  dbPath: string;
  /** Archive member that was extracted (tar inputs only). */
  member?: string;
  /** Temporary directory holding `dbPath` (undefined when `dbPath` is the caller's own file). */
  tempDir?: string;
  /** Removes the temporary directory, if any. Idempotent. */
  cleanup(): Promise<void>;
}

const DB_NAME = 'swingstore.sqlite';
const ONE_MIB = 1024 * 1024;

/**
 * Temporary copies made by {@link openSnapshot}. `censusSnapshot` may open these read-write as a
 * fallback (a WAL DB without `-shm`); the caller's own files are only ever opened read-only.
 */
const ownedCopies = new Set<string>();

/** True when `dbPath` is a temporary copy made by {@link openSnapshot} (safe to open writable). */
export function isOwnedCopy(dbPath: string): boolean {
  return ownedCopies.has(path.resolve(dbPath));
}

type Format =
  | { kind: 'sqlite' }
  | { kind: 'gzip' }
  | { kind: 'tar'; compression: '-J' | '-z' | undefined }
  | { kind: 'dir' };

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
const XZ_MAGIC = Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]);

async function detectFormat(file: string): Promise<Format> {
  let st;
  try {
    st = await fsp.stat(file);
  } catch (err) {
    throw new InputError(`${file}: cannot read snapshot: ${(err as Error).message}`);
  }
  if (st.isDirectory()) return { kind: 'dir' };
  const lower = path.basename(file).toLowerCase();
  if (/\.(tar\.xz|txz)$/.test(lower)) return { kind: 'tar', compression: '-J' };
  if (/\.(tar\.gz|tgz)$/.test(lower)) return { kind: 'tar', compression: '-z' };
  if (lower.endsWith('.tar')) return { kind: 'tar', compression: undefined };
  const head = Buffer.alloc(16);
  const fh = await fsp.open(file, 'r');
  let n = 0;
  try {
    ({ bytesRead: n } = await fh.read(head, 0, 16, 0));
  } finally {
    await fh.close();
  }
  const magic = head.subarray(0, n);
  if (magic.length >= 16 && magic.equals(SQLITE_MAGIC)) return { kind: 'sqlite' };
  if (magic.subarray(0, 2).equals(GZIP_MAGIC) || lower.endsWith('.gz')) return { kind: 'gzip' };
  if (magic.subarray(0, 6).equals(XZ_MAGIC) || lower.endsWith('.xz')) return { kind: 'tar', compression: '-J' };
  if (/\.(sqlite|sqlite3|db)$/.test(lower)) return { kind: 'sqlite' };
  throw new InputError(
    `${file}: unrecognized snapshot format (expected swingstore.sqlite, *.sqlite.gz or chain-stage-N-storage.tar.xz)`,
  );
}

async function exists(p: string): Promise<boolean> {
  try {
    await fsp.access(p);
    return true;
  } catch {
    return false;
  }
}

async function makeTempDir(tmpRoot: string | undefined): Promise<string> {
  const root = tmpRoot ?? os.tmpdir();
  await fsp.mkdir(root, { recursive: true });
  return fsp.mkdtemp(path.join(root, 'loadgen-gate-kdb-'));
}

function tempResult(dir: string, dbPath: string, member?: string): OpenedSnapshot {
  const abs = path.resolve(dbPath);
  ownedCopies.add(abs);
  let done = false;
  const result: OpenedSnapshot = {
    dbPath: abs,
    tempDir: dir,
    async cleanup() {
      if (done) return;
      done = true;
      ownedCopies.delete(abs);
      await fsp.rm(dir, { recursive: true, force: true });
    },
  };
  if (member !== undefined) result.member = member;
  return result;
}

/**
 * Make a kernel-DB snapshot readable as a plain SQLite file.
 *
 * - `swingstore.sqlite` (or a directory holding it, e.g. a chain home): used in place; if a
 *   `-wal` sibling exists the DB (+ `-wal`/`-shm`) is copied to a temp dir first so that the
 *   caller's files are never touched.
 * - `*.sqlite.gz`: gunzipped (streaming, capped by `limits`) into a temp dir.
 * - `chain-stage-N-storage.tar.xz` (also `.tar.gz`, `.tar`): listed with the system tar, checked
 *   (no absolute / `..` names anywhere; the selected `swingstore.sqlite` and its `-wal`/`-shm`
 *   must be regular files, appear once, and fit the limits), then only those members are
 *   extracted into a fresh temp dir.
 *
 * Problems with the input throw {@link InputError}; the temp dir is removed on failure.
 */
export async function openSnapshot(file: string, opts: OpenSnapshotOptions = {}): Promise<OpenedSnapshot> {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const format = await detectFormat(file);
  switch (format.kind) {
    case 'dir':
      return openDirectory(file, opts);
    case 'sqlite':
      return openPlain(file, opts);
    case 'gzip':
      return openGzip(file, limits, opts.tmpRoot);
    case 'tar':
      return openTar(file, format.compression, limits, opts.tmpRoot);
  }
}

async function openDirectory(dir: string, opts: OpenSnapshotOptions): Promise<OpenedSnapshot> {
  for (const rel of [DB_NAME, `data/agoric/${DB_NAME}`, `data/ag-cosmos-chain-state/${DB_NAME}`]) {
    const p = path.join(dir, rel);
    if (await exists(p)) return openPlain(p, opts);
  }
  throw new InputError(`${dir}: no ${DB_NAME} in directory (looked in ., data/agoric, data/ag-cosmos-chain-state)`);
}

async function openPlain(file: string, opts: OpenSnapshotOptions): Promise<OpenedSnapshot> {
  if (!(await exists(`${file}-wal`))) {
    return { dbPath: path.resolve(file), async cleanup() {} };
  }
  // A WAL DB: reading it may need to create/write `-shm` (or checkpoint). Work on a copy.
  const dir = await makeTempDir(opts.tmpRoot);
  try {
    const dbPath = path.join(dir, DB_NAME);
    await fsp.copyFile(file, dbPath);
    await fsp.copyFile(`${file}-wal`, `${dbPath}-wal`);
    if (await exists(`${file}-shm`)) await fsp.copyFile(`${file}-shm`, `${dbPath}-shm`);
    return tempResult(dir, dbPath);
  } catch (err) {
    await fsp.rm(dir, { recursive: true, force: true });
    throw new InputError(`${file}: cannot copy WAL database: ${(err as Error).message}`);
  }
}

class LimitExceeded extends Error {}

/** Counts bytes flowing through; errors out when a cap is exceeded. */
function byteCap(maxBytes: number, compressedSize: number, maxRatio: number, what: string): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback) {
      total += chunk.length;
      if (total > maxBytes) {
        cb(new LimitExceeded(`${what} exceeds ${maxBytes} bytes uncompressed (limits.maxFileBytes/maxTotalBytes)`));
        return;
      }
      if (total > ONE_MIB && compressedSize > 0 && total / compressedSize > maxRatio) {
        cb(new LimitExceeded(`${what} exceeds compression ratio ${maxRatio} (limits.maxRatio)`));
        return;
      }
      cb(null, chunk);
    },
  });
}

async function openGzip(file: string, limits: ExtractionLimits, tmpRoot: string | undefined): Promise<OpenedSnapshot> {
  const { size } = await fsp.stat(file);
  const dir = await makeTempDir(tmpRoot);
  const dbPath = path.join(dir, DB_NAME);
  try {
    await pipeline(
      createReadStream(file),
      createGunzip(),
      byteCap(Math.min(limits.maxFileBytes, limits.maxTotalBytes), size, limits.maxRatio, 'decompressed DB'),
      createWriteStream(dbPath, { flags: 'wx', mode: 0o600 }),
    );
  } catch (err) {
    await fsp.rm(dir, { recursive: true, force: true });
    const msg = (err as Error).message;
    throw new InputError(
      err instanceof LimitExceeded ? `${file}: ${msg}` : `${file}: cannot gunzip snapshot: ${msg}`,
    );
  }
  return tempResult(dir, dbPath);
}

const TYPE_NAMES: Record<string, string> = {
  l: 'a symlink',
  h: 'a hard link',
  c: 'a character device',
  b: 'a block device',
  p: 'a FIFO',
  d: 'a directory',
  s: 'a socket',
};

function isDbName(name: string, suffix = ''): boolean {
  const want = DB_NAME + suffix;
  return name === want || name.endsWith(`/${want}`);
}

/** Rank candidates: regular files first, then `/data/agoric/`, then the shortest path, then archive order. */
function pickPrimary(cands: TarEntry[]): TarEntry {
  const score = (e: TarEntry): [number, number, number] => [
    e.type === '-' ? 0 : 1,
    /(^|\/)data\/agoric\/swingstore\.sqlite$/.test(e.name) ? 0 : 1,
    e.name.length,
  ];
  let best = cands[0]!;
  for (const c of cands.slice(1)) {
    const a = score(c);
    const b = score(best);
    if (a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])))) best = c;
  }
  return best;
}

/** What the listing pass found: the candidate DB members, and whether an LMDB store was seen. */
interface TarListing {
  cands: TarEntry[];
  sawMdb: boolean;
}

/**
 * Pass 1: lists the archive (verbose, escaped names, C locale) and vets every member as it is
 * listed: the member count, the listed sizes against the total and ratio caps (every member's, not
 * only the selected ones': listing and extracting both inflate the whole stream, so a small archive
 * of gigabytes of zeros beside the DB would cost hours), and no absolute or `..` name anywhere.
 * Keeps the members named like the DB or its WAL siblings.
 */
async function listTarMembers(file: string, common: string[], archiveSize: number, limits: ExtractionLimits): Promise<TarListing> {
  let count = 0;
  let listedTotal = 0;
  /** The first reason to refuse the archive, found while listing (the listing then stops). */
  let refusal: string | undefined;
  let unparsedDbLine: string | undefined;
  let sawMdb = false;
  const cands: TarEntry[] = [];
  const onLine = (line: string): boolean => {
    if (++count > limits.maxEntries) {
      refusal = `archive has more than ${limits.maxEntries} members (limits.maxEntries)`;
      return false;
    }
    const e = parseTarVerboseLine(line);
    if (!e) {
      if (line.includes(DB_NAME)) unparsedDbLine = line;
      return true;
    }
    listedTotal += e.size;
    if (listedTotal > limits.maxTotalBytes) {
      refusal = `refusing archive: its members total over ${listedTotal} bytes (limits.maxTotalBytes ${limits.maxTotalBytes})`;
      return false;
    }
    if (listedTotal > ONE_MIB && archiveSize > 0 && listedTotal / archiveSize > limits.maxRatio) {
      refusal = `refusing archive: its members total over ${listedTotal} bytes, more than ${limits.maxRatio} times the ${archiveSize}-byte archive (limits.maxRatio)`;
      return false;
    }
    if (isUnsafeMemberName(e.name)) {
      refusal = `unsafe member path "${e.name}" (absolute or containing ".."); refusing archive`;
      return false;
    }
    if (isDbName(e.name) || isDbName(e.name, '-wal') || isDbName(e.name, '-shm') || isDbName(e.name.replace(/\/+$/, ''))) {
      cands.push(e);
    }
    if (/(^|\/)data\.mdb$/.test(e.name)) sawMdb = true;
    return true;
  };
  let listing;
  try {
    listing = await runTar(['-t', '-v', ...common, '--quoting-style=escape', '--numeric-owner', '--utc'], onLine);
  } catch (err) {
    throw new SnapshotError(file, `${file}: cannot run system tar: ${(err as Error).message}`);
  }
  if (refusal !== undefined) throw new InputError(`${file}: ${refusal}`);
  if (listing.code !== 0) {
    throw new InputError(`${file}: not a readable tar archive: ${listing.stderrFirstLine || `tar exited with ${listing.code ?? listing.signal}`}`);
  }
  if (unparsedDbLine !== undefined) {
    throw new InputError(`${file}: cannot parse tar listing line: ${JSON.stringify(unparsedDbLine)}`);
  }
  return { cands, sawMdb };
}

/**
 * Picks the DB member and its `-wal`/`-shm` siblings from the listed candidates: each must appear
 * once and be a regular file.
 */
function selectTarMembers(file: string, { cands, sawMdb }: TarListing): TarEntry[] {
  const mains = cands.filter((e) => isDbName(e.name.replace(/\/+$/, '')));
  if (mains.length === 0) {
    const hint = sawMdb ? ' (found LMDB data.mdb: pre-2022-10 swing-store is not supported)' : '';
    throw new InputError(`${file}: no ${DB_NAME} member in archive${hint}`);
  }
  const member = pickPrimary(mains).name;
  const selected: TarEntry[] = [];
  for (const name of [member, `${member}-wal`, `${member}-shm`]) {
    const hits = cands.filter((e) => e.name === name || e.name.replace(/\/+$/, '') === name);
    if (hits.length === 0) continue;
    if (hits.length > 1) throw new InputError(`${file}: member "${name}" appears ${hits.length} times; refusing archive`);
    const e = hits[0]!;
    if (e.type !== '-') {
      const what = TYPE_NAMES[e.type] ?? `of type '${e.type}'`;
      const target = e.linkTarget !== undefined ? ` -> ${e.linkTarget}` : '';
      throw new InputError(`${file}: member "${name}" is ${what}${target}, not a regular file; refusing to extract`);
    }
    selected.push(e);
  }
  return selected;
}

/**
 * Pass 2: extracts only the named members into `dir` and checks what landed: inside `dir`,
 * regular files, within the size caps. Returns nothing; throws InputError.
 */
async function extractTarMembers(
  file: string,
  common: string[],
  dir: string,
  names: string[],
  archiveSize: number,
  limits: ExtractionLimits,
): Promise<void> {
  const res = await runTar([
    '-x',
    ...common,
    '-C',
    dir,
    '--no-same-owner',
    '--no-same-permissions',
    '--no-wildcards',
    '--no-unquote',
    '--no-recursion',
    // Stop reading once each named member is out (GNU tar), not at the end of the stream.
    '--occurrence=1',
    '--warning=no-timestamp',
    '--',
    ...names,
  ]);
  if (res.code !== 0) {
    throw new InputError(`${file}: extracting "${names[0]}" failed: ${res.stderrFirstLine || `tar exited with ${res.code ?? res.signal}`}`);
  }
  const onDisk: Array<readonly [string, number]> = [];
  const root = path.resolve(dir) + path.sep;
  for (const name of names) {
    const p = path.resolve(dir, name);
    if (!p.startsWith(root)) throw new InputError(`${file}: member "${name}" escapes the extraction directory`);
    const st = await fsp.lstat(p).catch(() => undefined);
    if (!st) throw new InputError(`${file}: member "${name}" missing after extraction`);
    if (!st.isFile()) throw new InputError(`${file}: member "${name}" is not a regular file after extraction`);
    onDisk.push([name, st.size]);
  }
  checkSizes(file, onDisk, archiveSize, limits);
}

/**
 * A storage tarball, with the system tar: list and vet every member, select the DB and its WAL
 * siblings, check their listed sizes, then extract only those into a fresh temp dir.
 */
async function openTar(
  file: string,
  compression: '-J' | '-z' | undefined,
  limits: ExtractionLimits,
  tmpRoot: string | undefined,
): Promise<OpenedSnapshot> {
  const { size: archiveSize } = await fsp.stat(file);
  const common = ['-f', file, '--force-local', ...(compression ? [compression] : [])];
  const selected = selectTarMembers(file, await listTarMembers(file, common, archiveSize, limits));
  // Size limits from the listing (checked again on disk after extraction).
  checkSizes(file, selected.map((e) => [e.name, e.size] as const), archiveSize, limits);
  const names = selected.map((e) => e.name);
  const dir = await makeTempDir(tmpRoot);
  try {
    await extractTarMembers(file, common, dir, names, archiveSize, limits);
    return tempResult(dir, path.resolve(dir, names[0]!), names[0]);
  } catch (err) {
    await fsp.rm(dir, { recursive: true, force: true });
    if (err instanceof InputError) throw err;
    throw new InputError(`${file}: extracting "${names[0]}" failed: ${(err as Error).message}`);
  }
}

function checkSizes(
  file: string,
  sizes: ReadonlyArray<readonly [string, number]>,
  archiveSize: number,
  limits: ExtractionLimits,
): void {
  let total = 0;
  for (const [name, size] of sizes) {
    if (size > limits.maxFileBytes) {
      throw new InputError(`${file}: member "${name}" is ${size} bytes, over limits.maxFileBytes ${limits.maxFileBytes}`);
    }
    total += size;
  }
  if (total > limits.maxTotalBytes) {
    throw new InputError(`${file}: selected members total ${total} bytes, over limits.maxTotalBytes ${limits.maxTotalBytes}`);
  }
  if (total > ONE_MIB && archiveSize > 0 && total / archiveSize > limits.maxRatio) {
    throw new InputError(
      `${file}: selected members (${total} bytes) exceed compression ratio ${limits.maxRatio} of the ${archiveSize}-byte archive (limits.maxRatio)`,
    );
  }
}
