/**
 * Hand-rolled ustar writer: makes members no well-behaved `tar` would write for us without root
 * (character/block devices, FIFOs), plus pax `path`/`linkpath` overrides and GNU long names, so the
 * header name and the effective name can differ.
 */
import { execFileSync } from 'node:child_process';

export interface TarMember {
  name: string;
  /** '0' file, '1' hard link, '2' symlink, '3' char device, '4' block device, '5' directory, '6' FIFO. */
  type?: '0' | '1' | '2' | '3' | '4' | '5' | '6';
  data?: Buffer;
  linkname?: string;
  mode?: number;
  /** Extended header records placed before this member (e.g. `{ path: '../../x' }`). */
  pax?: Record<string, string>;
  /** Write the name through a GNU `././@LongLink` record. */
  gnuLongName?: boolean;
}

function octal(n: number, width: number): string {
  return n.toString(8).padStart(width - 1, '0') + '\0';
}

function header(name: string, type: string, size: number, opts: { linkname?: string; mode?: number } = {}): Buffer {
  const h = Buffer.alloc(512);
  h.write(name.slice(0, 100), 0, 'utf8');
  h.write(octal(opts.mode ?? 0o644, 8), 100, 'latin1');
  h.write(octal(0, 8), 108, 'latin1');
  h.write(octal(0, 8), 116, 'latin1');
  h.write(octal(size, 12), 124, 'latin1');
  h.write(octal(1_700_000_000, 12), 136, 'latin1');
  h.write('        ', 148, 'latin1');
  h.write(type, 156, 'latin1');
  if (opts.linkname) h.write(opts.linkname.slice(0, 100), 157, 'utf8');
  h.write('ustar\u000000', 257, 'latin1');
  h.write(octal(0, 8), 329, 'latin1');
  h.write(octal(0, 8), 337, 'latin1');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(octal(sum, 7) + ' ', 148, 'latin1');
  return h;
}

const pad = (b: Buffer): Buffer => Buffer.concat([b, Buffer.alloc((512 - (b.length % 512)) % 512)]);

function paxRecords(rec: Record<string, string>): Buffer {
  let out = '';
  for (const [k, v] of Object.entries(rec)) {
    const body = ` ${k}=${v}\n`;
    let len = body.length + 1;
    while (`${len}${body}`.length !== len) len = `${len}${body}`.length;
    out += `${len}${body}`;
  }
  return Buffer.from(out, 'utf8');
}

export function buildTar(members: TarMember[]): Buffer {
  const parts: Buffer[] = [];
  for (const m of members) {
    if (m.pax) {
      const rec = paxRecords(m.pax);
      parts.push(header('PaxHeader/x', 'x', rec.length), pad(rec));
    }
    if (m.gnuLongName) {
      const n = Buffer.from(`${m.name}\0`, 'utf8');
      parts.push(header('././@LongLink', 'L', n.length), pad(n));
    }
    const data = m.data ?? Buffer.alloc(0);
    const type = m.type ?? '0';
    parts.push(header(m.gnuLongName ? m.name.slice(0, 99) : m.name, type, type === '0' ? data.length : 0, { linkname: m.linkname, mode: m.mode }));
    if (type === '0') parts.push(pad(data));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

/** xz-compress bytes with the system `xz`. */
export function xzBytes(b: Buffer): Buffer {
  return execFileSync('xz', ['-z', '-c', '-1'], { input: b, maxBuffer: 256 * 1024 * 1024 });
}

/** The member path of the fixtures' storage tarballs. */
export const DB_MEMBER = (stage: number): string => `_agstate/agoric-servers/local-chain-26657-stage-${stage}/data/agoric/swingstore.sqlite`;
