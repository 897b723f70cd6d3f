/**
 * The line reader frees each decompressed chunk with ArrayBuffer.prototype.transfer (ES2024). On a
 * runtime without it (Node < 21) a read must still deliver every line: the chunk is simply left to
 * the garbage collector.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readLines } from '../../src/slog/line-reader.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-line-release-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// 40,000 lines of 99 bytes + newline: 4 MB, several 1 MiB chunks.
const LINES = 40_000;
const text = Array.from({ length: LINES }, (_, i) => `{"type":"x","i":${String(i).padStart(6, '0')},"pad":"${'p'.repeat(70)}"}`).join('\n') + '\n';

describe('line reader without ArrayBuffer.prototype.transfer', () => {
  it.each([
    ['plain', 'r.slog', Buffer.from(text)],
    ['gzip', 'r.slog.gz', zlib.gzipSync(text, { level: 1 })],
  ])('%s file: every line, no read error', async (_kind, name, bytes) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, bytes);
    const proto = ArrayBuffer.prototype as { transfer?: unknown };
    const saved = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'transfer');
    delete proto.transfer; // Node ≥ 21 has it: the test takes it away
    expect(proto.transfer).toBeUndefined();
    try {
      let count = 0;
      let last = '';
      const res = await readLines(f, (buf, start, end) => {
        count++;
        last = buf.toString('latin1', start, end);
      });
      expect(res.error).toBeUndefined();
      expect(res.lines).toBe(LINES);
      expect(count).toBe(LINES);
      expect(last).toContain('"i":039999');
      expect(res.bytesOut).toBe(Buffer.byteLength(text));
    } finally {
      if (saved) Object.defineProperty(ArrayBuffer.prototype, 'transfer', saved);
    }
  });
});
