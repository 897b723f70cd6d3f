/**
 * A slog that cannot be opened when its turn comes (permissions, removed after discovery) is one
 * counted `read-error`, and the other files are read: it used to end the run with an internal error
 * (EACCES from the gzip sniffing open) and no report.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanFiles } from '../../src/pipeline/scan-files.js';
import { mergeScans } from '../../src/pipeline/merge-scans.js';
import { silentLogger } from '../../src/shared/logger.js';
import { fixture } from '../helpers/fixtures.js';

describe('an unreadable slog file', () => {
  it('is reported as a read-error; the other stage files are analyzed', async () => {
    const good = fixture('loadgen-leaky', 'chain-stage-1.slog.gz');
    const gone = path.join(path.dirname(good), 'chain-stage-2.slog.gz.vanished');
    const scans = await scanFiles([good, gone], { log: silentLogger });
    expect(scans[1]!.read.lines).toBe(0);
    expect(scans[1]!.warnings).toEqual([
      { code: 'read-error', count: 1, message: expect.stringMatching(/^chain-stage-2\.slog\.gz\.vanished:0: cannot open: ENOENT: no such file or directory/), examples: ['chain-stage-2.slog.gz.vanished:0'] },
    ]);
    const merged = mergeScans(scans);
    expect(merged.deliveries).toBe(scans[0]!.deliveries);
    expect(merged.deliveries).toBeGreaterThan(1000);
  });
});
