/**
 * A UTF-8 byte-order mark before line 1 is skipped by the line reader, also when the first chunks
 * it gets are shorter than the mark (test/hostile/lines.test.ts has the whole CLI on a real slog).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLines } from '../../src/slog/line-reader.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-line-bom-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a UTF-8 byte-order mark before line 1', () => {
  const body = '{"type":"a","n":1}\n{"type":"b","n":2}\n';
  // Chunks of 1, 2 and 64 KiB bytes: the mark whole in the first chunk, or split over the first two or three.
  it.each([1, 2, 65_536])('is skipped also when the first chunks are shorter than it (chunks of %i bytes)', async (highWaterMark) => {
    const f = path.join(dir, `bom-${highWaterMark}.slog`);
    fs.writeFileSync(f, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]));
    const got: string[] = [];
    const res = await readLines(f, (buf, start, end) => void got.push(buf.toString('utf8', start, end)), { highWaterMark });
    expect(got).toEqual(['{"type":"a","n":1}', '{"type":"b","n":2}']);
    expect(res.lines).toBe(2);
  });

  // Only a whole mark is dropped: a line that starts with a part of one is a damaged line, and
  // stays one (the CLI reports it as garbage).
  it.each([1, 2, 65_536])('the start of one is kept as line 1\'s first bytes (chunks of %i bytes)', async (highWaterMark) => {
    for (const head of [[0xef, 0xbb, 0x41], [0xef, 0x7b], [0xef, 0xbb]]) {
      const f = path.join(dir, `part-${highWaterMark}-${head.length}.slog`);
      fs.writeFileSync(f, Buffer.concat([Buffer.from(head), Buffer.from(body)]));
      const got: Buffer[] = [];
      const res = await readLines(f, (buf, start, end) => void got.push(Buffer.from(buf.subarray(start, end))), { highWaterMark });
      expect(got[0], JSON.stringify(head)).toEqual(Buffer.concat([Buffer.from(head), Buffer.from('{"type":"a","n":1}')]));
      expect(got).toHaveLength(2);
      expect(res.lines).toBe(2);
    }
  });

  it('a file of only the start of a mark is one line of those bytes, not nothing', async () => {
    const f = path.join(dir, 'only-part.slog');
    fs.writeFileSync(f, Buffer.from([0xef, 0xbb]));
    for (const highWaterMark of [1, 65_536]) {
      const got: Buffer[] = [];
      const res = await readLines(f, (buf, start, end) => void got.push(Buffer.from(buf.subarray(start, end))), { highWaterMark });
      expect(got).toEqual([Buffer.from([0xef, 0xbb])]);
      expect(res).toMatchObject({ lines: 1, partialLastLine: true });
    }
  });
});
