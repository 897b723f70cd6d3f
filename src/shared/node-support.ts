/**
 * What this program needs from Node, checked where it is used so that a Node without it gets a
 * one-line answer instead of a stack trace. `node:sqlite` (reading kernel-DB snapshots) is in Node
 * 22.13+ without a flag, and in Node 24, the action's runtime.
 */
import { InputError } from './limits.js';

export const NEEDED_NODE = 'Node 24 (or 22.13 and later)';

/** `node:sqlite`, or null on a Node without it (never throws). */
export function nodeSqlite(): typeof import('node:sqlite') | null {
  try {
    return (process.getBuiltinModule?.('node:sqlite') as typeof import('node:sqlite') | undefined) ?? null;
  } catch {
    return null;
  }
}

/** `node:sqlite`, or an InputError that says which Node is needed. */
export function requireSqlite(what: string): typeof import('node:sqlite') {
  const m = nodeSqlite();
  if (!m) throw new InputError(`${what}: reading kernel-DB snapshots needs node:sqlite, in ${NEEDED_NODE}; this is Node ${process.versions.node}`);
  return m;
}
