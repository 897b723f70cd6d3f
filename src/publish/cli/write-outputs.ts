/** CLI publisher: report files and stdout. */
import { writeFile, mkdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { RunReport } from '../../shared/report-schema.js';
import { renderSections } from '../../render/markdown.js';
import { withBand } from '../../render/band-section.js';
import { renderTerminal } from '../../render/terminal.js';
import { renderHtml } from '../../render/html.js';
import { InputError } from '../../shared/limits.js';
import { isRunFileName } from '../../run-files/discover.js';
import { writeReportJson } from '../../report/report-json.js';

export type Outputs = { json?: string; markdown?: string; html?: string; format?: 'text' | 'markdown'; color?: boolean };
const FILE_OUTPUTS = ['json', 'markdown', 'html'] as const;

/**
 * Checked before the analysis, so that a long run does not end on a path it cannot write: an
 * output that is a directory, both outputs the same file, or an output that would overwrite an
 * input: one given (also through a symbolic link), or a run file the analysis reads inside an input
 * directory (a slog, a snapshot, perf.jsonl; where a report file next to the run is fine).
 */
export async function checkOutputPaths(opts: Outputs, inputs: string[]): Promise<void> {
  const given = FILE_OUTPUTS.filter((k) => opts[k] !== undefined);
  /** The file a path names, symbolic links resolved (the parent's, when it does not exist yet). */
  const real = async (p: string) => realpath(p).catch(async () => path.join(await realpath(path.dirname(path.resolve(p))).catch(() => path.dirname(path.resolve(p))), path.basename(p)));
  const reals = await Promise.all(given.map(async (k) => [k, await real(opts[k]!)] as const));
  for (let i = 0; i < reals.length; i++) {
    for (let j = i + 1; j < reals.length; j++) {
      if (reals[i]![1] === reals[j]![1]) throw new InputError(`--${reals[i]![0]} and --${reals[j]![0]} name the same file (${opts[reals[i]![0]]})`);
    }
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
  const write = async (flag: string, file: string, text: string | ((file: string) => Promise<void>)) => {
    try {
      await mkdir(path.dirname(path.resolve(file)), { recursive: true });
      await (typeof text === 'string' ? writeFile(file, text) : text(file));
    } catch (e) {
      throw new InputError(`--${flag} ${file}: cannot write (${(e as Error).message.split('\n')[0]})`);
    }
  };
  if (opts.json) await write('json', opts.json, (f) => writeReportJson(f, report));
  if (opts.html) await write('html', opts.html, renderHtml(report));
  const md = () => withBand(renderSections(report), report).map((s) => s.markdown).join('\n\n') + '\n';
  if (opts.markdown) await write('markdown', opts.markdown, md());
  else stdout(opts.format === 'text' ? renderTerminal(report, { color: opts.color }) : md());
}

/** CLI exit code: 0 pass/warn/neutral, 1 fail. (2 = usage or unreadable input, set by the entry.) */
export const exitCodeFor = (r: RunReport): number => (r.verdict === 'fail' ? 1 : 0);
