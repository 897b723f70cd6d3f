/**
 * The fast scanner (byte-level field readers) against the reference (every event JSON.parse'd) on
 * the real slogs written by the SwingSet kernel: the FileScan results (BOYD samples, delivery
 * accumulators, c-list partials, warnings, ...) must be identical, and the fast path must really
 * have been taken (no line fell back to JSON.parse).
 */
import { describe, expect, it } from 'vitest';
import { scanSlogFile } from '../../src/pipeline/file-scan.js';
import { fixture } from '../helpers/fixtures.js';

const FILES = [
  ...[0, 1, 2, 3].map((i) => fixture('loadgen-leaky', `chain-stage-${i}.slog.gz`)),
  fixture('loadgen-weak', 'chain-stage-2.slog.gz'),
  fixture('large', 'leak-xsnap.slog.gz'),
];

describe('fast scan = JSON.parse reference scan', () => {
  for (const file of FILES) {
    it(file.split('/').slice(-2).join('/'), async () => {
      const counters = { fast: 0, fallback: 0 };
      const fast = await scanSlogFile(file, { counters });
      const ref = await scanSlogFile(file, { reference: true });
      expect(counters.fallback).toBe(0);
      expect(counters.fast).toBeGreaterThan(0);
      expect(fast.deliveries).toBeGreaterThan(0);
      expect(fast).toStrictEqual(ref);
    });
  }
});
