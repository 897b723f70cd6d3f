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

  it('a file that only starts like one keeps its other bytes (its first line is no JSON either way)', async () => {
    const f = path.join(dir, 'not-bom.slog');
    fs.writeFileSync(f, Buffer.concat([Buffer.from([0xef, 0xbb, 0x41]), Buffer.from(body)]));
    const got: string[] = [];
    await readLines(f, (buf, start, end) => void got.push(buf.toString('latin1', start, end)), { highWaterMark: 1 });
    expect(got).toEqual(['A{"type":"a","n":1}', '{"type":"b","n":2}']);
  });
});
