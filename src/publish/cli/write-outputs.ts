/** CLI publisher: report files and stdout. */
import { writeFile, mkdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { RunReport } from '../../shared/report-schema.js';
import { renderMarkdown } from '../../render/markdown.js';
import { InputError } from '../../shared/limits.js';
import { isRunFileName } from '../../run-files/discover.js';

type Outputs = { json?: string; markdown?: string };

/**
 * Checked before the analysis, so that a long run does not end on a path it cannot write: an
 * output that is a directory, both outputs the same file, or an output that would overwrite an
 * input: one given (also through a symbolic link), or a run file the analysis reads inside an input
 * directory (a slog, a snapshot, perf.jsonl; where a report file next to the run is fine).
 */
export async function checkOutputPaths(opts: Outputs, inputs: string[]): Promise<void> {
  const given = (['json', 'markdown'] as const).filter((k) => opts[k] !== undefined);
  /** The file a path names, symbolic links resolved (the parent's, when it does not exist yet). */
  const real = async (p: string) => realpath(p).catch(async () => path.join(await realpath(path.dirname(path.resolve(p))).catch(() => path.dirname(path.resolve(p))), path.basename(p)));
  if (opts.json !== undefined && opts.markdown !== undefined && (await real(opts.json)) === (await real(opts.markdown))) {
    throw new InputError(`--json and --markdown name the same file (${opts.json})`);
  }
  const ins = await Promise.all(inputs.map(async (i) => ({ path: i, real: await real(i), dir: (await stat(i).catch(() => null))?.isDirectory() ?? false })));
  for (const k of given) {
    const p = opts[k]!;
    const st = await stat(p).catch(() => null);
    if (st?.isDirectory()) throw new InputError(`--${k} ${p}: is a directory (give a file name)`);
    const r = await real(p);
    if (ins.some((i) => i.real === r)) throw new InputError(`--${k} ${p}: is one of the inputs (it would be overwritten)`);
    const inside = ins.find((i) => i.dir && r.startsWith(i.real + path.sep));
    if (inside && st && isRunFileName(path.basename(r))) throw new InputError(`--${k} ${p}: is a run file of ${inside.path} (it would be overwritten)`);
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
