/**
 * Pre-inflation vetting of one central-directory entry: its name, its file type and its declared
 * sizes. Every check here runs before a byte of the member is decompressed.
 */
import type { ExtractionLimits } from '../../shared/limits.js';
import type { CentralEntry } from './central-directory.js';

/** Ratio checks only apply to members larger than this (tiny members compress absurdly well). */
export const RATIO_FLOOR_BYTES = 1024 * 1024;

export const REASON_ESCAPES = 'path escapes the extraction directory';

export type Vetted =
  | { ok: true; name: string; kind: 'file' | 'directory'; segments: string[] }
  | { ok: false; name: string; reason: string };

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
const HOST_UNIX = 3;
const HOST_OSX = 19;
const DOS_DIRECTORY = 0x10;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lossy = new TextDecoder('utf-8');

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const WINDOWS_FORBIDDEN = /[<>:"|?*]/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

function describeSpecial(type: number): string {
  switch (type) {
    case 0o020000:
      return 'character device';
    case 0o060000:
      return 'block device';
    case 0o010000:
      return 'named pipe (FIFO)';
    case 0o140000:
      return 'socket';
    default:
      return `unknown file type 0o${type.toString(8)}`;
  }
}

function fmtBytes(n: number): string {
  return `${n} bytes`;
}

export function vetMember(entry: CentralEntry, limits: ExtractionLimits, platform: NodeJS.Platform = process.platform): Vetted {
  let name: string;
  try {
    name = utf8.decode(entry.nameBytes);
  } catch {
    return { ok: false, name: utf8Lossy.decode(entry.nameBytes), reason: 'member name is not valid UTF-8' };
  }
  const reject = (reason: string): Vetted => ({ ok: false, name, reason });

  // --- name ---
  if (name.length === 0) return reject('empty member name');
  if (name.includes('\u0000')) return reject('member name contains a NUL byte');
  if (CONTROL.test(name)) return reject('member name contains control characters');
  if (name.startsWith('\\\\') || name.startsWith('//')) return reject('absolute path (UNC share)');
  if (name.startsWith('/')) return reject('absolute path');
  if (/^[A-Za-z]:/.test(name)) return reject('absolute path (drive letter)');
  if (name.includes('\\')) {
    // Every backslash is a separator to Windows tools; `a\..\..\x` must not sneak through.
    if (name.split('\\').some((s) => s === '..')) return reject(REASON_ESCAPES);
    return reject('member name uses backslash separators');
  }
  const endsWithSlash = name.endsWith('/');
  const segments = (endsWithSlash ? name.slice(0, -1) : name).split('/');
  if (segments.some((s) => s === '..')) return reject(REASON_ESCAPES);
  if (segments.some((s) => s === '' || s === '.')) return reject('non-canonical path (empty or "." segment)');
  if (platform === 'win32') {
    for (const s of segments) {
      if (WINDOWS_FORBIDDEN.test(s) || WINDOWS_RESERVED.test(s) || /[. ]$/.test(s)) {
        return reject('member name is not a valid Windows path');
      }
    }
  }

  // --- type ---
  let kind: 'file' | 'directory' = endsWithSlash ? 'directory' : 'file';
  if (entry.hostSystem === HOST_UNIX || entry.hostSystem === HOST_OSX) {
    const type = (entry.externalAttributes >>> 16) & S_IFMT;
    if (type === S_IFLNK) return reject('symbolic link');
    if (type === S_IFDIR) kind = 'directory';
    else if (type !== 0 && type !== S_IFREG) return reject(`special file (${describeSpecial(type)})`);
    else if (type === S_IFREG && endsWithSlash) return reject('regular file whose name ends with "/"');
  } else if ((entry.externalAttributes & DOS_DIRECTORY) !== 0) {
    kind = 'directory';
  }
  if (kind === 'directory') {
    if (entry.uncompressedSize !== 0) return reject('directory entry carries data');
    return { ok: true, name, kind, segments };
  }

  // --- encoding ---
  if ((entry.flags & 0x0001) !== 0) return reject('encrypted member');
  if (entry.method !== 0 && entry.method !== 8) return reject(`unsupported compression method ${entry.method}`);
  if (entry.method === 0 && entry.compressedSize !== entry.uncompressedSize) {
    return reject('stored member whose compressed and uncompressed sizes differ');
  }

  // --- declared sizes ---
  if (entry.uncompressedSize > limits.maxFileBytes) {
    return reject(`declared size ${fmtBytes(entry.uncompressedSize)} exceeds the per-file limit of ${fmtBytes(limits.maxFileBytes)}`);
  }
  if (entry.uncompressedSize > RATIO_FLOOR_BYTES) {
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (ratio > limits.maxRatio) {
      return reject(`declared compression ratio ${Math.round(ratio)}:1 exceeds the limit of ${limits.maxRatio}:1`);
    }
  }
  return { ok: true, name, kind, segments };
}

/**
 * Quotes an untrusted member name for a one-line error message: JSON string escaping plus escapes
 * for line/paragraph separators and bidi/zero-width characters, truncated to a sane length.
 */
export function quoteName(name: string, max = 120): string {
  const cps = Array.from(name);
  const cut = cps.length > max ? `${cps.slice(0, max).join('')}…` : name;
  return JSON.stringify(cut).replace(/[\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff\u0085]/g, (c) =>
    `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
