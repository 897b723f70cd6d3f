/**
 * Blocks counted once across stage files: after a restart the next stage's slog may re-run the
 * last block of the previous one (docs/formats.md 2.1), and run.blocks must not count it twice.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanSlogFile } from '../../src/pipeline/file-scan.js';
import { mergeScans } from '../../src/pipeline/merge-scans.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-blocks-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const block = (h: number) => [
  { type: 'cosmic-swingset-end-block-start', blockHeight: h, blockTime: h, time: h, monotime: h },
  { type: 'cosmic-swingset-end-block-finish', blockHeight: h, blockTime: h, time: h + 0.5, monotime: h + 0.5 },
];
const write = (name: string, heights: number[]) => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, heights.flatMap(block).map((l) => JSON.stringify(l)).join('\n') + '\n');
  return f;
};

describe('run.blocks over stage files', () => {
  it('counts a height two files share once, and gaps as gaps', async () => {
    const a = await scanSlogFile(write('chain-stage-1.slog', [1, 2, 3, 7]));
    const b = await scanSlogFile(write('chain-stage-2.slog', [3, 4, 5]));
    expect(a.blockRuns).toEqual([[1, 3], [7, 7]]);
    expect(b.blockRuns).toEqual([[3, 5]]);
    const m = mergeScans([a, b]);
    expect(m.blocks).toBe(6); // 1–5 and 7
    expect([m.heightMin, m.heightMax]).toEqual([1, 7]);
  });
});
