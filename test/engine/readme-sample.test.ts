/**
 * The README quotes the bundled sample (examples/sample-run, `npm run sample`): its attribution
 * example must be a sentence that run's report really holds.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeRun } from '../../src/engine/analyze-run.js';
import { DEFAULT_POLICY } from '../../src/shared/policy.js';
import { silentLogger } from '../../src/shared/logger.js';
import { REPO_ROOT } from '../helpers/fixtures.js';

describe('README', () => {
  it("quotes an attribution sentence the bundled sample's report holds", async () => {
    const readme = await readFile(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const m = /^- \*\*Attribution\*\*:[^"]*"([^"]+)"/m.exec(readme);
    expect(m, 'README: the **Attribution** bullet with a quoted example').not.toBeNull();
    const quoted = m![1]!.replace(/\s+/g, ' ');
    const report = await analyzeRun({ inputs: [path.join(REPO_ROOT, 'examples/sample-run')], policy: DEFAULT_POLICY, log: silentLogger });
    const sentences = report.vats.map((v) => v.clist?.attribution).filter((a): a is string => !!a);
    expect(sentences.map((s) => s.replace(/\.$/, ''))).toContain(quoted);
  });
});
