/**
 * The bootstrap (genesis) block is no block: its run-start carries the init height, but the
 * deliveries inside it, BOYDs included, get no block height (docs/formats.md §2.1; truth.json counts
 * BOYDs inside end-block windows only). Lines follow the kernel's slog shapes (formats.md §1).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanSlogFile } from '../../src/pipeline/file-scan.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-bootstrap-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let crank = 0;
const boyd = (deliveryNum: number, seconds: number, time: number) => [
  { type: 'deliver', crankNum: ++crank, vatID: 'v1', deliveryNum, replay: false, kd: ['bringOutYourDead'], vd: ['bringOutYourDead'], time, monotime: time },
  { type: 'deliver-result', crankNum: crank, vatID: 'v1', deliveryNum, replay: false, dr: ['ok', null, { currentHeapCount: 1000 + deliveryNum }], time: time + seconds, monotime: time + seconds },
];
const block = (h: number, t: number, d: number) => [
  { type: 'cosmic-swingset-end-block-start', blockHeight: h, blockTime: t, time: t, monotime: t },
  ...boyd(d, 0.5, t + 0.1),
  { type: 'cosmic-swingset-end-block-finish', blockHeight: h, blockTime: t, time: t + 1, monotime: t + 1 },
];

describe('the bootstrap block', () => {
  it('gives its deliveries no block height, even when its run-start carries one', async () => {
    const lines = [
      { type: 'create-vat', vatID: 'v1', dynamic: false, description: 'static name=alice', name: 'alice', managerType: 'xsnap', time: 0, monotime: 0 },
      { type: 'cosmic-swingset-bootstrap-block-start', blockTime: 100, time: 1, monotime: 1 },
      { type: 'cosmic-swingset-run-start', blockHeight: 1, runNum: 0, time: 1.5, monotime: 1.5 },
      ...boyd(1, 9, 2),
      { type: 'cosmic-swingset-run-finish', blockHeight: 1, runNum: 0, time: 12, monotime: 12 },
      { type: 'cosmic-swingset-bootstrap-block-finish', blockTime: 100, time: 12, monotime: 12 },
      ...block(1, 20, 2),
      ...block(2, 30, 3),
    ];
    const f = path.join(dir, 'boot.slog');
    fs.writeFileSync(f, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const scan = await scanSlogFile(f);
    const b = scan.boyd.v1!;
    // The 9 s bootstrap BOYD is kept, but without a height (NaN): only the two in-block ones are on the axis.
    expect(b.height).toEqual([NaN, 1, 2]);
    expect(b.seconds.map((s) => Math.round(s * 10) / 10)).toEqual([9, 0.5, 0.5]);
    expect(scan.blockRuns).toEqual([[1, 2]]);
  });
});
