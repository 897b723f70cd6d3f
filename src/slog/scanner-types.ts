/** The event types the slog scanner (scanner.ts) tells apart, by code. */
import { lineType, NO_TYPE, OTHER_TYPE } from './classify.js';
import { KeyTable } from './json-bytes.js';
import { KNOWN_TYPES } from './diagnostics.js';

/** Every known event type gets a code; the scanner switches on the ones it reads. */
export const TYPES = new KeyTable([...KNOWN_TYPES]);
const T = (type: string): number => {
  const id = TYPES.byName.get(type);
  if (id === undefined) throw new Error(`unknown slog type ${type}`);
  return id;
};
export const T_DELIVER = T('deliver');
export const T_RESULT = T('deliver-result');
export const T_CLIST = T('clist');
export const T_SYSCALL = T('syscall');
export const T_SYSCALL_RESULT = T('syscall-result');
export const T_TERMINATE = T('terminate');
export const T_CREATE_VAT = T('create-vat');
export const T_SNAPSHOT_SAVE = T('heap-snapshot-save');
export const T_BOOTSTRAP_START = T('cosmic-swingset-bootstrap-block-start');
export const T_BOOTSTRAP_FINISH = T('cosmic-swingset-bootstrap-block-finish');
export const T_END_BLOCK_START = T('cosmic-swingset-end-block-start');
export const T_END_BLOCK_FINISH = T('cosmic-swingset-end-block-finish');
export const T_RUN_START = T('cosmic-swingset-run-start');
export const T_RUN_FINISH = T('cosmic-swingset-run-finish');
/** The types the scanner reads apart from the frequent ones (1 at their codes): a few lines per block. */
export const RARE_EVENTS = new Uint8Array(TYPES.names.length);
for (const t of [T_CREATE_VAT, T_SNAPSHOT_SAVE, T_BOOTSTRAP_START, T_BOOTSTRAP_FINISH, T_END_BLOCK_START, T_END_BLOCK_FINISH, T_RUN_START, T_RUN_FINISH]) RARE_EVENTS[t] = 1;

/** Type code via the decoded type string (what the reference path does). */
export function referenceTypeCode(buf: Buffer, start: number, end: number): number {
  const type = lineType(buf, start, end);
  return type === null ? NO_TYPE : TYPES.byName.get(type) ?? OTHER_TYPE;
}

export function isBlank(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}
