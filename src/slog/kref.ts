/**
 * Krefs and vrefs as the c-list replay keys and classifies them, read from bytes without making a
 * string per line: a long run's slog names 10^5–10^6 distinct krefs.
 *
 * A kref `koN`, `kpN` or `kdN` (N without leading zeros) is keyed by the number 4N + kind: a Map
 * with small-integer keys keeps no string per entry and hashes without reading one. Any other
 * text (a malformed or hostile kref) is its own key, so two krefs are the same key exactly when
 * they are the same text.
 */
export type KrefKey = number | string;

const PREFIX = ['ko', 'kp', 'kd'];
/** N up to 15 digits: 4N + 3 stays an exact double. */
const MAX_DIGITS = 15;

/** Kind of `k` + the second byte of a kref (`o`, `p`, `d`), or -1. */
function kindOf(c: number): number {
  return c === 0x6f ? 0 : c === 0x70 ? 1 : c === 0x64 ? 2 : -1;
}

/** The key of a kref given as text. */
export function krefKey(kref: string): KrefKey {
  const n = kref.length;
  if (n < 3 || n > 2 + MAX_DIGITS || kref.charCodeAt(0) !== 0x6b /* k */) return kref;
  const kind = kindOf(kref.charCodeAt(1));
  if (kind < 0 || (kref.charCodeAt(2) === 0x30 && n > 3)) return kref;
  let v = 0;
  for (let i = 2; i < n; i++) {
    const d = kref.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return kref;
    v = v * 10 + d;
  }
  return v * 4 + kind;
}

/** The key of the kref in bytes b[s..e) (plain ASCII, no escapes), or -1 when it is not canonical. */
export function krefKeyAt(b: Uint8Array, s: number, e: number): number {
  const n = e - s;
  if (n < 3 || n > 2 + MAX_DIGITS || b[s] !== 0x6b) return -1;
  const kind = kindOf(b[s + 1] as number);
  if (kind < 0 || (b[s + 2] === 0x30 && n > 3)) return -1;
  let v = 0;
  for (let i = s + 2; i < e; i++) {
    const d = (b[i] as number) - 0x30;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v * 4 + kind;
}

/** A line's `kobj` value as the c-list keys it: its key when it is a string, else undefined. */
export function krefOfValue(v: unknown): KrefKey | undefined {
  return typeof v === 'string' ? krefKey(v) : undefined;
}

/** The text of a key (for messages). */
export function krefText(key: KrefKey): string {
  return typeof key === 'string' ? key : `${PREFIX[key % 4]}${Math.floor(key / 4)}`;
}

/** Vref kinds, as the c-list replay tells entries apart (docs/formats.md §1.3). */
export const VREF_OTHER = 0;
/** `o+…`: an object the vat exports. */
export const VREF_EXPORT = 1;
/** `o…` otherwise (`o-…`): an object the vat imports. */
export const VREF_IMPORT = 2;
export const VREF_PROMISE = 3;
export const VREF_DEVICE = 4;
/** Added to the kind of `o+0`, the vat's root object. */
export const VREF_ROOT = 8;

/** Kind (+ VREF_ROOT for `o+0`) of a vref from its first bytes; `c1` is NaN or -1 when absent. */
function vrefKindOf(c0: number, c1: number, root: boolean): number {
  if (c0 === 0x6f /* o */) return c1 === 0x2b /* + */ ? VREF_EXPORT + (root ? VREF_ROOT : 0) : VREF_IMPORT;
  if (c0 === 0x70 /* p */) return VREF_PROMISE;
  if (c0 === 0x64 /* d */) return VREF_DEVICE;
  return VREF_OTHER;
}

/** Kind of a vref given as text. */
export function vrefKind(vref: string): number {
  return vrefKindOf(vref.charCodeAt(0), vref.charCodeAt(1), vref === 'o+0');
}

/** A line's `vobj` value: its kind when it is a non-empty string, else undefined. */
export function vrefOfValue(v: unknown): number | undefined {
  return typeof v === 'string' && v !== '' ? vrefKind(v) : undefined;
}

/** Kind of the vref in bytes b[s..e) (plain ASCII, no escapes, at least one byte). */
export function vrefKindAt(b: Uint8Array, s: number, e: number): number {
  const root = e - s === 3 && b[s] === 0x6f && b[s + 1] === 0x2b && b[s + 2] === 0x30;
  return vrefKindOf(b[s] as number, s + 1 < e ? (b[s + 1] as number) : -1, root);
}
