/**
 * LineSplitter against a reference split of the whole input: the same lines, numbers and oversized
 * flags however the input is cut into chunks (a line across many chunks, a chunk that is one byte,
 * a byte-order mark cut in two, a line over the cap), and the last line without a newline.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LineSplitter } from '../../src/slog/line-splitter.js';

type Line = [lineNo: number, text: string, oversized: boolean];

/** Lines as the splitter should hand them over: a whole leading mark dropped, long ones cut to a prefix. */
function reference(input: Buffer, maxLineBytes: number, prefixBytes: number): { lines: Line[]; partial: boolean } {
  const bom = input.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]));
  const text = bom ? input.subarray(3) : input;
  const lines: Line[] = [];
  let start = 0;
  const add = (end: number) => {
    const len = end - start;
    const over = len > maxLineBytes;
    lines.push([lines.length + 1, text.subarray(start, over ? start + Math.min(len, prefixBytes) : end).toString('latin1'), over]);
  };
  for (let i = 0; i < text.length; i++) {
    if (text[i] === 10) {
      add(i);
      start = i + 1;
    }
  }
  const partial = start < text.length;
  if (partial) add(text.length);
  return { lines, partial };
}

function split(input: Buffer, cuts: number[], maxLineBytes: number, prefixBytes: number): { lines: Line[]; partial: boolean; bytes: number } {
  const lines: Line[] = [];
  const s = new LineSplitter((buf, a, b, n, over) => lines.push([n, buf.toString('latin1', a, b), over]), maxLineBytes, prefixBytes);
  let at = 0;
  for (const c of [...cuts.filter((x) => x > 0 && x < input.length)].sort((x, y) => x - y).concat(input.length)) {
    // A copy per chunk, as a stream's chunks are separate buffers.
    s.push(Buffer.from(input.subarray(at, c)));
    at = c;
  }
  const partial = s.finish();
  expect(s.lines).toBe(lines.length);
  return { lines, partial, bytes: s.bytes };
}

const byte = fc.constantFrom(10, 10, 0x41, 0x42, 0x7b, 0xef, 0xbb, 0xbf, 0x00);

describe('LineSplitter', () => {
  it('gives the reference lines however the input is chunked', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(byte, { maxLength: 200 }),
        fc.array(fc.nat(210), { maxLength: 30 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 20 }),
        (withMark, body, cuts, maxLineBytes, prefixBytes) => {
          const input = Buffer.from([...(withMark ? [0xef, 0xbb, 0xbf] : []), ...body]);
          const got = split(input, cuts, maxLineBytes, prefixBytes);
          const want = reference(input, maxLineBytes, prefixBytes);
          expect(got.lines).toEqual(want.lines);
          expect(got.partial).toBe(want.partial);
          expect(got.bytes).toBe(input.length);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('drops a mark cut over three one-byte chunks, and keeps the start of a mark that is not one', () => {
    const marked = split(Buffer.from('\xef\xbb\xbfa\nb', 'latin1'), [1, 2, 3, 4], 100, 10);
    expect(marked.lines).toEqual([[1, 'a', false], [2, 'b', false]]);
    expect(marked.partial).toBe(true);
    const broken = split(Buffer.from('\xef\xbbx\n', 'latin1'), [1, 2], 100, 10);
    expect(broken.lines).toEqual([[1, '\xef\xbbx', false]]);
    expect(broken.partial).toBe(false);
  });

  it('hands a line over the cap as its prefix, flagged, also when it spans chunks', () => {
    const input = Buffer.from(`${'x'.repeat(50)}\nok\n${'y'.repeat(30)}`);
    const got = split(input, [7, 13, 51, 60, 70], 20, 8);
    expect(got.lines).toEqual([[1, 'xxxxxxxx', true], [2, 'ok', false], [3, 'yyyyyyyy', true]]);
    expect(got.partial).toBe(true);
  });
});
