/**
 * Caps applied to every archive we unpack (artifact zips, storage tarballs). Untrusted artifacts
 * come from PR code, so a decompression bomb must fail with a clear message instead of filling
 * the disk. All values can be changed through the policy file (`limits:`) or CLI flags.
 */
export interface ExtractionLimits {
  /** Total bytes written for one archive. */
  maxTotalBytes: number;
  /** Bytes written for one member. */
  maxFileBytes: number;
  /** Largest allowed uncompressed/compressed ratio for one member (only checked above 1 MiB). */
  maxRatio: number;
  /** Largest number of members. */
  maxEntries: number;
  /**
   * Slog line-size cap: a longer line is not buffered past this; only its first 64 KiB are kept
   * to classify it (and read a `create-vat`'s leading fields), and it is reported as oversized.
   */
  maxLineBytes: number;
}

export const DEFAULT_LIMITS: ExtractionLimits = {
  maxTotalBytes: 8 * 1024 ** 3,
  maxFileBytes: 4 * 1024 ** 3,
  maxRatio: 200,
  maxEntries: 10_000,
  maxLineBytes: 64 * 1024 * 1024,
};

export { InputError } from './errors.js';
