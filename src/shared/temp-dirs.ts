/**
 * The temporary directories a run has made and not yet removed (unpacked zips, extracted kernel
 * DBs, downloaded artifacts), so that a signal (Ctrl-C, a CI cancel) can remove them before the
 * process exits: their `finally` blocks never run then. Each thread has its own list; an engine
 * worker mirrors its list to the main thread (`mirrorTempDirs`), where the signals arrive.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';

const dirs = new Set<string>();
/** Set on the way out (a signal): no new directory is made. */
let closed = false;
/** Directories being made. */
const pending = new Set<Promise<string>>();
let mirror: ((op: 'add' | 'remove', dir: string) => void) | null = null;

export function trackTempDir(dir: string): void {
  dirs.add(dir);
  mirror?.('add', dir);
}

export function untrackTempDir(dir: string): void {
  dirs.delete(dir);
  mirror?.('remove', dir);
}

/** A fresh directory `root/<prefix>XXXXXX`, tracked. */
export function makeTempDir(root: string, prefix: string): Promise<string> {
  if (closed) return Promise.reject(new Error('stopping: no new temporary directory'));
  const made = (async () => {
    const dir = await mkdtemp(path.join(root, prefix));
    trackTempDir(dir);
    if (closed) {
      await removeTempDir(dir);
      throw new Error('stopping: no new temporary directory');
    }
    return dir;
  })();
  // Until it settles, the directory may exist without being tracked yet: `closeTempDirs` waits.
  pending.add(made);
  void made.catch(() => undefined).finally(() => pending.delete(made));
  return made;
}

/** Removes a directory made by `makeTempDir` (or tracked) and forgets it. */
export async function removeTempDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  untrackTempDir(dir);
}

/** Calls `f` on every later change of this thread's list (an engine worker reports to the main thread). */
export function mirrorTempDirs(f: (op: 'add' | 'remove', dir: string) => void): void {
  mirror = f;
}

/** The tracked directories, now. */
export const trackedTempDirs = (): string[] => [...dirs];

/**
 * On the way out: makes no new directory, waits for those being made (each removes itself once
 * made), and removes every tracked one.
 */
export async function closeTempDirs(): Promise<void> {
  closed = true;
  await Promise.allSettled([...pending]);
  removeTrackedTempDirsSync();
}

/** Removes every tracked directory, synchronously (from a signal handler, just before exiting). */
export function removeTrackedTempDirsSync(): void {
  for (const dir of dirs) {
    try {
      // Retried: a thread still writing into it makes a directory non-empty again for a moment.
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
    } catch {
      // Nothing more can be done on the way out.
    }
    dirs.delete(dir);
  }
}
