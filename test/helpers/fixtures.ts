import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (this file is test/helpers/fixtures.ts). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared, read-only fixtures written by the real SwingSet kernel. */
export const SHARED_FIXTURES = path.resolve(REPO_ROOT, '../shared/fixtures');
/** Frozen slices copied into this repository. */
export const LOCAL_FIXTURES = path.resolve(REPO_ROOT, 'test/fixtures');

export const fixture = (...parts: string[]): string => path.join(SHARED_FIXTURES, ...parts);
export const truth = async (run: 'loadgen-leaky' | 'loadgen-clean' | 'loadgen-weak'): Promise<any> => {
  const { readFile } = await import('node:fs/promises');
  return JSON.parse(await readFile(fixture(run, 'truth.json'), 'utf8'));
};
