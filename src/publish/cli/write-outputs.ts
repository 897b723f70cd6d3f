/** CLI publisher: report files and stdout. */
import { writeFile, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { RunReport } from '../../report/schema.js';
import { renderMarkdown } from '../../render/markdown.js';
import { InputError } from '../../sources/limits.js';

type Outputs = { json?: string; markdown?: string };

/**
 * Checked before the analysis, so that a long run does not end on a path it cannot write: an
 * output that is a directory, both outputs the same file, or an output that is one of the inputs
 * (which it would overwrite).
 */
export async function checkOutputPaths(opts: Outputs, inputs: string[]): Promise<void> {
  const given = (['json', 'markdown'] as const).filter((k) => opts[k] !== undefined);
  const abs = (p: string) => path.resolve(p);
  if (opts.json !== undefined && opts.markdown !== undefined && abs(opts.json) === abs(opts.markdown)) {
    throw new InputError(`--json and --markdown name the same file (${opts.json})`);
  }
  for (const k of given) {
    const p = opts[k]!;
    if (inputs.some((i) => abs(i) === abs(p))) throw new InputError(`--${k} ${p}: is one of the inputs (it would be overwritten)`);
    const st = await stat(p).catch(() => null);
    if (st?.isDirectory()) throw new InputError(`--${k} ${p}: is a directory (give a file name)`);
  }
}

export async function writeReportFiles(report: RunReport, opts: Outputs, stdout: (s: string) => void): Promise<void> {
  const write = async (flag: string, file: string, text: string) => {
    try {
      await mkdir(path.dirname(path.resolve(file)), { recursive: true });
      await writeFile(file, text);
    } catch (e) {
      throw new InputError(`--${flag} ${file}: cannot write (${(e as Error).message.split('\n')[0]})`);
    }
  };
  if (opts.json) await write('json', opts.json, JSON.stringify(report, null, 2) + '\n');
  const md = renderMarkdown(report);
  if (opts.markdown) await write('markdown', opts.markdown, md);
  else stdout(md);
}

/** CLI exit code: 0 pass/warn/neutral, 1 fail. (2 = usage or unreadable input, set by the entry.) */
export const exitCodeFor = (r: RunReport): number => (r.verdict === 'fail' ? 1 : 0);
