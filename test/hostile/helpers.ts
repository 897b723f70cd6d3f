/**
 * Shared helpers of the hostile-input corpus. Every broken input is built at test time from the
 * real fixture files in ../shared/fixtures (written by the SwingSet kernel), so nothing large is
 * committed. The CLI runs are the built bundle (`dist/cli/index.js`, rebuilt by `npm test`), spawned
 * with the project's own Node 24; set LOADGEN_GATE_CLI to try another bundle.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect } from 'vitest';
import { REPO_ROOT, fixture } from '../helpers/fixtures.js';

export const NODE = path.join(REPO_ROOT, 'node_modules/.bin/node');
export const CLI = process.env.LOADGEN_GATE_CLI ?? path.join(REPO_ROOT, 'dist/cli/index.js');
export const LEAKY = (...p: string[]): string => fixture('loadgen-leaky', ...p);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** The `--json` RunReport, or null when none was written. */
  report: any;
  /** The `--markdown` output, or null when none was written. */
  markdown: string | null;
  outDir: string;
}

/** Scratch directories made by this test file; removed by `cleanupScratch()`. */
const scratch: string[] = [];

export function scratchDir(tag: string, parent = os.tmpdir()): string {
  const d = fs.mkdtempSync(path.join(parent, `lg-hostile-${tag}-`));
  scratch.push(d);
  return d;
}

export function cleanupScratch(): void {
  for (const d of scratch.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

/**
 * `loadgen-gate analyze <inputs> --json out.json --markdown out.md [extra]`. `env` is merged into
 * the child's environment (e.g. TMPDIR to watch where extraction writes).
 */
export function runCli(inputs: string[], opts: { extra?: string[]; env?: Record<string, string>; cwd?: string; measureRss?: boolean } = {}): Promise<CliResult> {
  const outDir = scratchDir('out');
  const json = path.join(outDir, 'out.json');
  const md = path.join(outDir, 'out.md');
  const args = [CLI, 'analyze', ...inputs, '--json', json, '--markdown', md, ...(opts.extra ?? [])];
  // GNU time prints the peak resident set size (KiB) as the last stderr line.
  const timed = opts.measureRss && fs.existsSync('/usr/bin/time');
  return new Promise((resolve, reject) => {
    execFile(
      timed ? '/usr/bin/time' : NODE,
      timed ? ['-f', 'maxrss-kib=%M', NODE, ...args] : args,
      { cwd: opts.cwd ?? outDir, env: { ...process.env, ...opts.env }, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
      (err, stdout, stderr) => {
        const code = err ? (typeof (err as any).code === 'number' ? (err as any).code : -1) : 0;
        if (err && code === -1) return reject(err);
        resolve({
          code,
          stdout,
          stderr,
          report: fs.existsSync(json) ? JSON.parse(fs.readFileSync(json, 'utf8')) : null,
          markdown: fs.existsSync(md) ? fs.readFileSync(md, 'utf8') : null,
          outDir,
        });
      },
    );
  });
}

/** stderr never carries a stack trace or an "internal error". */
export function expectNoStack(r: { stderr: string }): void {
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).not.toMatch(/internal error/);
}

/** Exit 0 or 1: something usable was read. */
export function expectUsable(r: CliResult): void {
  expect([0, 1], r.stderr).toContain(r.code);
  expect(r.report, r.stderr).not.toBeNull();
  expectNoStack(r);
}

export function warning(report: any, code: string): { code: string; count: number; message: string; examples: string[] } | undefined {
  return report.run.warnings.find((w: any) => w.code === code);
}

export function warningCodes(report: any): Record<string, number> {
  return Object.fromEntries(report.run.warnings.map((w: any) => [w.code, w.count]));
}

/** The stderr lines of the CLI that mention `needle` (each must be one self-contained line). */
export function stderrLines(r: CliResult, needle: string | RegExp): string[] {
  return r.stderr.split('\n').filter((l) => (typeof needle === 'string' ? l.includes(needle) : needle.test(l)));
}

// ---------------------------------------------------------------------------------------------
// Fixture text

const cache = new Map<string, Buffer>();

/** The decompressed bytes of a fixture slog (cached per test file). */
export function slogBytes(run: string, stage: number): Buffer {
  const key = `${run}/${stage}`;
  let b = cache.get(key);
  if (!b) {
    b = zlib.gunzipSync(fs.readFileSync(fixture(run, `chain-stage-${stage}.slog.gz`)));
    cache.set(key, b);
  }
  return b;
}

/** The lines of a fixture slog, without newlines (Buffers, so invalid UTF-8 can be spliced in). */
export function slogLines(run: string, stage: number): Buffer[] {
  const b = slogBytes(run, stage);
  const out: Buffer[] = [];
  let p = 0;
  for (;;) {
    const nl = b.indexOf(10, p);
    if (nl < 0) {
      if (p < b.length) out.push(b.subarray(p));
      break;
    }
    out.push(b.subarray(p, nl));
    p = nl + 1;
  }
  return out;
}

export const joinLines = (lines: Array<Buffer | string>): Buffer =>
  Buffer.concat(lines.flatMap((l) => [typeof l === 'string' ? Buffer.from(l) : l, Buffer.from('\n')]));

export const gzip = (b: Buffer): Buffer => zlib.gzipSync(b, { level: 1 });

/** Event type of a real line (cheap; real lines start with `{"type":"`). */
export function typeOf(line: Buffer): string | null {
  const m = /^\{"type":"([^"]+)"/.exec(line.subarray(0, 80).toString('latin1'));
  return m ? m[1]! : null;
}

// ---------------------------------------------------------------------------------------------
// An independent reference for "what was kept"

export interface Counts {
  /** Non-replay, in-block BOYDs per vat (regular + pre-snapshot). */
  boyd: Record<string, number>;
  /** Non-replay deliveries per vat that have both a deliver and a deliver-result. */
  deliveries: Record<string, number>;
}

/**
 * Counts what a correct reader must find in `lines`, written independently of the scanner: a
 * deliver-result pairs with the deliver of the same crankNum and vatID; BOYDs count inside
 * end-block windows only. Lines that are not JSON objects are ignored.
 */
export function referenceCounts(lines: Array<Buffer | string>): Counts {
  const boyd: Record<string, number> = {};
  const deliveries: Record<string, number> = {};
  const open = new Map<number, any>();
  let inBlock = false;
  for (const l of lines) {
    let o: any;
    try {
      o = JSON.parse(l.toString());
    } catch {
      continue;
    }
    if (!o || typeof o !== 'object') continue;
    if (o.type === 'cosmic-swingset-end-block-start') inBlock = true;
    else if (o.type === 'cosmic-swingset-end-block-finish') inBlock = false;
    else if (o.type === 'deliver' && o.replay !== true && o.crankNum !== undefined) open.set(o.crankNum, o);
    else if (o.type === 'deliver-result' && o.replay !== true && o.crankNum !== undefined) {
      const d = open.get(o.crankNum);
      if (!d || d.vatID !== o.vatID) continue;
      open.delete(o.crankNum);
      deliveries[o.vatID] = (deliveries[o.vatID] ?? 0) + 1;
      if (o.dispatch === 'bringOutYourDead' && inBlock) boyd[o.vatID] = (boyd[o.vatID] ?? 0) + 1;
    }
  }
  return { boyd, deliveries };
}

/** The same counts, read from a RunReport. Vats with zero are left out, as in `referenceCounts`. */
export function reportCounts(report: any): Counts {
  const boyd: Record<string, number> = {};
  const deliveries: Record<string, number> = {};
  for (const v of report.vats) {
    const b = (v.boyd?.count ?? 0) + (v.boyd?.preSnapshotCount ?? 0);
    if (b) boyd[v.vatID] = b;
    if (v.deliveries) deliveries[v.vatID] = v.deliveries;
  }
  return { boyd, deliveries };
}

/** Deliveries of vats without a transcript (comms) are counted by the scanner but not paired by crankNum here. */
export function sortedEntries(r: Record<string, number>): Array<[string, number]> {
  return Object.entries(r).sort(([a], [b]) => a.localeCompare(b));
}

// ---------------------------------------------------------------------------------------------
// Markdown structure

/**
 * Replaces CommonMark code spans and fenced code blocks by a placeholder, returning the text
 * outside them and the contents inside. Backslash-escaped backticks do not open a span.
 */
export function splitCode(md: string): { outside: string; spans: string[]; fences: string[] } {
  const spans: string[] = [];
  const fences: string[] = [];
  const lines = md.split('\n');
  const kept: string[] = [];
  let fence: string | null = null;
  let buf: string[] = [];
  for (const line of lines) {
    if (fence !== null) {
      if (line.trim() === fence) {
        fences.push(buf.join('\n'));
        buf = [];
        fence = null;
        kept.push('⟦fence⟧');
      } else buf.push(line);
      continue;
    }
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (m && !/`/.test(line.slice(m[0].length))) {
      fence = m[1]!;
      continue;
    }
    kept.push(line);
  }
  let text = kept.join('\n');
  let out = '';
  for (let i = 0; i < text.length; ) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      out += text.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === '`') {
      let n = 0;
      while (text[i + n] === '`') n++;
      // Find a closing run of exactly n backticks.
      let j = i + n;
      let close = -1;
      while (j < text.length) {
        const k = text.indexOf('`', j);
        if (k < 0) break;
        let m = 0;
        while (text[k + m] === '`') m++;
        if (m === n) {
          close = k;
          break;
        }
        j = k + m;
      }
      if (close >= 0) {
        spans.push(text.slice(i + n, close));
        out += '⟦code⟧';
        i = close + n;
        continue;
      }
      out += '`'.repeat(n);
      i += n;
      continue;
    }
    out += c;
    i++;
  }
  text = out;
  return { outside: text, spans, fences };
}

/** GFM table cells of a row: split on `|` not escaped by a backslash (code spans already replaced). */
export function tableCells(row: string): number {
  let n = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') {
      i++;
      continue;
    }
    if (row[i] === '|') n++;
  }
  return n;
}

/** Every table (a run of lines starting with `|`) has the same number of separators in each row. */
export function expectTablesWellFormed(outside: string): number {
  const lines = outside.split('\n');
  let tables = 0;
  for (let i = 0; i < lines.length; ) {
    if (!lines[i]!.startsWith('|')) {
      i++;
      continue;
    }
    const start = i;
    while (i < lines.length && lines[i]!.startsWith('|')) i++;
    const rows = lines.slice(start, i);
    const want = tableCells(rows[0]!);
    expect(rows[1], 'delimiter row').toMatch(/^\|( *:?-+:? *\|)+$/);
    for (const row of rows) expect(tableCells(row), row).toBe(want);
    tables++;
  }
  return tables;
}

/** The only raw HTML the renderer itself writes. */
export const OWN_TAGS = /^<\/?(details|summary|sub)( open)?>$/;

/** The renderer's own links to the rule sections of docs/policy.md (relative, or on github.com), removed. */
export function withoutOwnLinks(md: string): string {
  return md.replace(/\[(BOYD time rule|c-list rule|baseline comparison|band of recent runs)\]\((?:https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/blob\/[\w./-]+\/)?(?:docs\/)?policy\.md(?:#[a-z0-9-]*)?\)/g, '⟦link⟧');
}

/** Mermaid fences (xychart) and the renderer's shell fences (the command that reproduces a verdict). */
export const isMermaidFence = (f: string): boolean => /^%%\{init: |^xychart-beta/.test(f);
/** A line of the mermaid output: the colour directive, or one xychart statement with label-safe strings. */
export const MERMAID_LINE = /^(%%\{init: \{"themeVariables":\{"xyChart":\{("[A-Za-z]+":"[#0-9a-fA-F, ]+",?)+\}\},"xyChart":\{"width":\d+,"height":\d+,"showLegend":true\}\}\}%%|xychart-beta|  title "[^"]*"|  x-axis "[^"]*" \[("[^"]*"(, )?)+\]|  x-axis "[^"]*" [-\d.]+ --> [-\d.]+|  y-axis "[^"]*" [-\d.]+ --> [-\d.]+|  line "[^"]*" \[[-\d., ]+\])$/;
/** A line of the shell fence: `gh run download` or `npx loadgen-gate analyze`, each word bare or single-quoted. */
export const SHELL_LINE = /^(gh run download|npx loadgen-gate analyze)( ([A-Za-z0-9_@%+=:,./-]+|'([^']|'\\'')*'))*$/;
