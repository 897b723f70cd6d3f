/** CLI publisher: report files and stdout. */
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { RunReport } from '../../report/schema.js';
import { renderMarkdown } from '../../render/markdown.js';

export async function writeReportFiles(report: RunReport, opts: { json?: string; markdown?: string }, stdout: (s: string) => void): Promise<void> {
  if (opts.json) {
    await mkdir(path.dirname(path.resolve(opts.json)), { recursive: true });
    await writeFile(opts.json, JSON.stringify(report, null, 2) + '\n');
  }
  const md = renderMarkdown(report);
  if (opts.markdown) {
    await mkdir(path.dirname(path.resolve(opts.markdown)), { recursive: true });
    await writeFile(opts.markdown, md);
  } else {
    stdout(md);
  }
}

/** CLI exit code: 0 pass/warn/neutral, 1 fail. (2 = usage or unreadable input, set by the entry.) */
export const exitCodeFor = (r: RunReport): number => (r.verdict === 'fail' ? 1 : 0);
