/**
 * A RunReport written as JSON in pieces. `JSON.stringify(report, null, 2)` of a run with ~100,000
 * vats is longer than the longest string V8 can hold ("Invalid string length"), so the file is
 * written piece by piece: the containers near the top (the report object, its members, and every
 * array on the way) are walked here, and each value below them (one vat, one verdict, one edge) is
 * one `JSON.stringify` call, re-indented. The bytes are those of `JSON.stringify(value, null, 2)`:
 * same key order, `toJSON` applied, keys whose value is undefined, a function or a symbol left out
 * (`null` in arrays), empty containers as `[]` and `{}`.
 */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { RunReport } from '../shared/report-schema.js';

const INDENT = '  ';
/** Objects at this depth or deeper are one `JSON.stringify` call; arrays are walked at any depth. */
const OBJECT_DEPTH = 2;
/** Pieces are joined into chunks of about this many characters before they are written. */
export const CHUNK_CHARS = 1 << 20;

const isRawJson = (JSON as { isRawJSON?: (v: unknown) => boolean }).isRawJSON;

/** Whether JSON.stringify serializes `v` as an array or object (not a boxed or raw primitive). */
function isContainer(v: unknown): v is object {
  if (typeof v !== 'object' || v === null) return false;
  if (v instanceof Number || v instanceof String || v instanceof Boolean || v instanceof BigInt) return false;
  return !isRawJson?.(v);
}

/** `toJSON` as JSON.stringify calls it: with the member's key (array index as a string). */
function prepared(v: unknown, key: string): unknown {
  const f = (v as { toJSON?: unknown } | null | undefined)?.toJSON;
  return (typeof v === 'object' || typeof v === 'bigint') && v !== null && typeof f === 'function' ? (f as (k: string) => unknown).call(v, key) : v;
}

/**
 * The pieces of `JSON.stringify(value, null, 2)` at `indent` (the text of a member one level in
 * starts on a line indented by `indent` plus two spaces). Yields nothing for a value JSON leaves out.
 */
function* pieces(raw: unknown, key: string, indent: string, depth: number): Generator<string> {
  const v = prepared(raw, key);
  const walk = Array.isArray(v) || (depth < OBJECT_DEPTH && isContainer(v));
  if (!walk) {
    // Through a holder, so that JSON.stringify calls `toJSON` with this member's key, as it would.
    const s = JSON.stringify({ [key]: raw }, null, 2);
    if (s === '{}') return;
    yield s.slice(6 + JSON.stringify(key).length, -2).replaceAll('\n  ', '\n' + indent);
    return;
  }
  const inner = indent + INDENT;
  if (Array.isArray(v)) {
    if (v.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < v.length; i++) {
      yield (i === 0 ? '\n' : ',\n') + inner;
      let any = false;
      for (const p of pieces(v[i], String(i), inner, depth + 1)) {
        any = true;
        yield p;
      }
      if (!any) yield 'null';
    }
    yield '\n' + indent + ']';
    return;
  }
  let first = true;
  for (const k of Object.keys(v as object)) {
    let opened = false;
    for (const p of pieces((v as Record<string, unknown>)[k], k, inner, depth + 1)) {
      if (!opened) {
        yield (first ? '{\n' : ',\n') + inner + JSON.stringify(k) + ': ';
        first = false;
        opened = true;
      }
      yield p;
    }
  }
  yield first ? '{}' : '\n' + indent + '}';
}

/** `JSON.stringify(value, null, 2) + '\n'` as chunks of about `chunkChars` characters (one value may exceed it). */
export function* jsonChunks(value: unknown, chunkChars = CHUNK_CHARS): Generator<string> {
  let parts: string[] = [];
  let size = 0;
  for (const p of pieces(value, '', '', 0)) {
    parts.push(p);
    size += p.length;
    if (size >= chunkChars) {
      yield parts.join('');
      parts = [];
      size = 0;
    }
  }
  parts.push('\n');
  yield parts.join('');
}

/** Writes the report to `file` as `JSON.stringify(report, null, 2) + '\n'` would, never holding it whole. */
export async function writeReportJson(file: string, report: RunReport): Promise<void> {
  await pipeline(Readable.from(jsonChunks(report)), createWriteStream(file));
}
