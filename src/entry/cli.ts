#!/usr/bin/env node
/**
 * CLI entry: `loadgen-gate analyze <run-dir|files...> [--json FILE] [--markdown FILE] [--html FILE] [--format text|markdown] [--config FILE]
 * [--baseline FILE] [--jobs N] [--quiet]`. Exit 0 pass/warn/neutral, 1 fail, 2 usage or unreadable input.
 */
import { parseArgs } from 'node:util';
import { analyzeRunIsolated, runAsWorker } from '../engine/engine-worker.js';
import { cleanUpOnSignals } from '../engine/signals.js';
import { loadPolicy } from '../shared/policy.js';
import { oneLineLogger as oneLine, safeLine, stderrLogger, silentLogger } from '../shared/logger.js';
import { writeReportFiles, checkOutputPaths, exitCodeFor, type Outputs } from '../publish/cli/write-outputs.js';
import { NEEDED_NODE, nodeSqlite } from '../shared/node-support.js';
import { readBaseline } from '../report/baseline-file.js';
import { InputError } from '../shared/limits.js';
import { VERSION } from '../shared/version.js';
import { historyCommand, readHistoryFile } from '../publish/cli/history-command.js';
import type { History } from '../history/index.js';

const USAGE = `usage: loadgen-gate analyze <run-dir | run.zip | slog files...> [options]
       loadgen-gate history <report.json | dir>... [--out HISTORY] [--json FILE] (see history --help)

  --json FILE       write the RunReport JSON
  --markdown FILE   write the markdown summary (default: print the summary to stdout)
  --html FILE       write the self-contained HTML report (charts, import graph, statistics)
  --format F        what goes to stdout without --markdown: text (default on a terminal) or
                    markdown (default when piped)
  --config FILE     policy file (JSON or YAML; see docs/policy.md)
  --baseline FILE   a RunReport JSON from an earlier run (e.g. main) to compare with
  --history FILE    a history of main runs (loadgen-gate history --out): judge against their band too
  --jobs N          slog files read in parallel (default: number of cores)
  --quiet           no progress on stderr
  --version, --help

exit status: 0 pass, warn or neutral, 1 fail (regression), 2 usage error or unreadable input`;

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'history') return historyCommand(argv.slice(1), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'string' },
        markdown: { type: 'string' },
        html: { type: 'string' },
        format: { type: 'string' },
        config: { type: 'string' },
        baseline: { type: 'string' },
        history: { type: 'string' },
        jobs: { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (e) {
    process.stderr.write(`loadgen-gate: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [cmd, ...inputs] = positionals;
  if (cmd !== 'analyze' || !inputs.length) {
    process.stderr.write(`loadgen-gate: ${cmd && cmd !== 'analyze' ? `unknown command "${cmd}"` : 'nothing to analyze'}\n${USAGE}\n`);
    return 2;
  }
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) {
    process.stderr.write(`loadgen-gate: --jobs must be a positive integer\n`);
    return 2;
  }
  const outputs = outputOptions(values);
  if (typeof outputs === 'string') {
    process.stderr.write(`loadgen-gate: ${outputs}\n`);
    return 2;
  }
  const log = values.quiet ? silentLogger : oneLine(stderrLogger);
  try {
    await checkOutputPaths(outputs, inputs);
    const policy = await loadPolicy(values.config);
    const baseline = values.baseline ? await readBaseline(values.baseline) : null;
    const report = await analyzeRunIsolated({
      inputs,
      policy,
      log,
      baseline,
      baselineReason: values.baseline ? undefined : 'no --baseline given: judged on thresholds alone',
      history: await historyOption(values.history),
      workerScript: new URL(import.meta.url),
      concurrency: jobs,
    });
    await writeReportFiles(report, outputs, (s) => process.stdout.write(s));
    const failing = report.verdicts.filter((v) => v.level === 'fail');
    process.stderr.write(`loadgen-gate: ${report.verdict.toUpperCase()}${failing.length ? `: ${safeLine([...new Set(failing.map((v) => v.name ?? v.vatID))].join(', '))}` : ''}\n`);
    return exitCodeFor(report);
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`loadgen-gate: ${safeLine(e.message)}\n`);
      return 2;
    }
    // One line; the stack only on request (it would end up in CI logs and bug reports otherwise).
    const err = e as Error;
    process.stderr.write(`loadgen-gate: internal error: ${safeLine(err?.message ?? String(e))}${process.env.LOADGEN_GATE_DEBUG ? `\n${err?.stack ?? ''}` : ' (set LOADGEN_GATE_DEBUG=1 for details)'}\n`);
    return 2;
  }
}

/** `--history FILE`: read it; a missing or broken one is a warning (also under --quiet) and the run is judged without the band. */
async function historyOption(file: string | undefined): Promise<History | null> {
  return file === undefined ? null : readHistoryFile(file, (m) => process.stderr.write(`warning: ${safeLine(m)}\n`));
}

/**
 * Where the report goes: files, and what stdout gets without `--markdown` (plain text on a
 * terminal, with colour when it has colours and NO_COLOR is unset; markdown when piped or asked).
 * A string is a usage error.
 */
function outputOptions(values: { json?: string; markdown?: string; html?: string; format?: string }): Outputs | string {
  const format = values.format ?? (process.stdout.isTTY ? 'text' : 'markdown');
  if (format !== 'text' && format !== 'markdown') return `--format must be text or markdown, not ${safeLine(format)}`;
  const color = format === 'text' && !!process.stdout.isTTY && !process.env.NO_COLOR && (process.stdout.hasColors?.() ?? false);
  return { json: values.json, markdown: values.markdown, html: values.html, format, color };
}

/** On a Node without `node:sqlite` the analysis cannot read snapshots: say which Node it needs. */
function nodeTooOld(): string | null {
  return nodeSqlite() ? null : `loadgen-gate needs ${NEEDED_NODE} (for node:sqlite); this is Node ${process.versions.node}. Install Node 24, or run it through npm scripts after \`npm ci\`, which installs Node 24 into node_modules/.bin.`;
}

const tooOld = nodeTooOld();
if (tooOld) {
  process.stderr.write(`${tooOld}\n`);
  process.exitCode = 2;
} else if (!(await runAsWorker())) {
  cleanUpOnSignals((line) => process.stderr.write(`loadgen-gate: ${line}\n`));
  process.exitCode = await main(process.argv.slice(2));
}
