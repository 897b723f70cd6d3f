/**
 * What the byte-level field readers (fast-*.ts) share: the member names they look up, and one
 * reader over the current line (they never nest).
 */
import { JsonBytes, KeyTable } from './json-bytes.js';

export const KEY_NAMES = [
  'vatID', 'deliveryNum', 'crankNum', 'replay', 'time', 'monotime', 'seconds', 'vd', 'kd', 'dr',
  'mode', 'kobj', 'vobj', 'method', 'methargs', 'body', 'currentHeapCount',
  // Not read, but listed so that the key-order guess works for whole lines.
  'blockHeight', 'ksc',
  'type', 'dispatch', 'slots', 'result', 'meterType', 'compute', 'allocate', 'timestamps', 'args', 'data', 'state',
  'blockTime', 'runNum', 'syscallNum', 'syscall', 'vsc', 'snapshotID', 'endPosition',
] as const;
export const KEYS = new KeyTable(KEY_NAMES);
export const K = Object.fromEntries(KEY_NAMES.map((n, i) => [n, i])) as Record<(typeof KEY_NAMES)[number], number>;

/** The reader shared by the fast readers (they never nest). */
export const j = new JsonBytes();

export const LBRACKET = 0x5b;
export const LBRACE = 0x7b;
export const RBRACE_BYTES = Buffer.from('}');
