/**
 * Broken gzip streams, built from the real loadgen-leaky stage-1 slog. Each case runs the built
 * CLI and checks: exit code (0/1 when something was read, 2 only when nothing was), one stderr
 * line naming file and line, no stack trace, the warning codes and counts in `run.warnings`, and
 * what was kept, against an independent decoder (fflate) and an independent event counter.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Gunzip } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LEAKY, cleanupScratch, expectNoStack, expectUsable, gzip, joinLines, referenceCounts, reportCounts, runCli,
  scratchDir, slogBytes, slogLines, stderrLines, warning, warningCodes, type CliResult,
} from './helpers.js';

const ORIGINAL_GZ = fs.readFileSync(LEAKY('chain-stage-1.slog.gz'));
const NAME = 'chain-stage-1.slog.gz';

/** Decodes as much of a (possibly broken) gzip stream as fflate can, in small pushes. */
function decodablePrefix(gz: Buffer, step = 1024): { bytes: Buffer; error: string | null } {
  const chunks: Buffer[] = [];
  const g = new Gunzip((d) => chunks.push(Buffer.from(d)));
  let error: string | null = null;
  try {
    for (let p = 0; p < gz.length; p += step) g.push(gz.subarray(p, p + step), false);
  } catch (e) {
    error = (e as Error).message;
  }
  return { bytes: Buffer.concat(chunks), error };
}

/** Complete lines (newline-terminated) of the original that `decoded` reproduces byte for byte. */
function cleanCompleteLines(decoded: Buffer): number {
  const orig = slogBytes('loadgen-leaky', 1);
  let i = 0;
  const n = Math.min(decoded.length, orig.length);
  while (i < n && decoded[i] === orig[i]) i++;
  let lines = 0;
  for (let k = 0; k < i; k++) if (orig[k] === 10) lines++;
  return lines;
}

async function analyzeOne(tag: string, bytes: Buffer, name = NAME): Promise<CliResult> {
  const dir = scratchDir(tag);
  fs.writeFileSync(path.join(dir, name), bytes);
  return runCli([dir]);
}

let full: CliResult;
const lines = slogLines('loadgen-leaky', 1);

beforeAll(async () => {
  full = await analyzeOne('full', ORIGINAL_GZ);
});
afterAll(cleanupScratch);

describe('the untouched stage file (the control)', () => {
  it('is read completely, without warnings, and agrees with the independent counter', () => {
    expectUsable(full);
    expect(full.report.run.warnings).toEqual([]);
    expect(full.report.run.files[0].lines).toBe(lines.length);
    expect(reportCounts(full.report)).toEqual(referenceCounts(lines));
  });
});

describe('truncated tail', () => {
  it('cut at 60% of the compressed bytes: keeps every complete line before the cut', async () => {
    const cut = ORIGINAL_GZ.subarray(0, Math.floor(ORIGINAL_GZ.length * 0.6));
    const r = await analyzeOne('trunc60', cut);
    expectUsable(r);
    const kept = cleanCompleteLines(decodablePrefix(cut).bytes);
    expect(kept).toBeGreaterThan(4000); // the bundles take most of the first 60%
    // The partial line at the cut is reported once, naming file and line.
    expect(r.report.run.files[0].lines).toBe(kept + 1);
    const partial = warning(r.report, 'partial-last-line');
    expect(partial?.count).toBe(1);
    expect(partial?.message).toBe(`${NAME}:${kept + 1}: last line has no newline (file cut short?)`);
    expect(stderrLines(r, `${NAME}:${kept + 1}: last line has no newline`)).toHaveLength(1);
    // Everything before the cut counts, exactly as in the untruncated file up to that line.
    expect(reportCounts(r.report)).toEqual(referenceCounts(lines.slice(0, kept)));
    const fullBoyd = reportCounts(full.report).boyd;
    for (const [vat, n] of Object.entries(reportCounts(r.report).boyd)) expect(n).toBeLessThanOrEqual(fullBoyd[vat]!);
  });

  it('cut at 90%: same, and the trend is still computed from the blocks before the cut', async () => {
    const cut = ORIGINAL_GZ.subarray(0, Math.floor(ORIGINAL_GZ.length * 0.9));
    const r = await analyzeOne('trunc90', cut);
    expectUsable(r);
    const kept = cleanCompleteLines(decodablePrefix(cut).bytes);
    expect(reportCounts(r.report)).toEqual(referenceCounts(lines.slice(0, kept)));
    expect(r.report.run.blockRange[0]).toBe(1);
    expect(r.report.run.blockRange[1]).toBeGreaterThan(60);
    const leaky = r.report.vats.find((v: any) => v.vatID === 'v7');
    expect(leaky.boyd.count).toBeGreaterThan(60);
  });

  // Regression: at the end of the input the reader flushes (Z_SYNC_FLUSH) and then finishes with
  // Z_FINISH, so a stream that simply stops (no final block, no trailer) is reported as
  // `truncated-gzip`, even when the cut falls on a line boundary, and nothing before it is lost.
  it('a gzip stream that stops on a line boundary (no trailer) is reported as truncated', async () => {
    const k = Math.floor(lines.length / 2);
    const prefix = joinLines(lines.slice(0, k));
    const gz = zlib.gzipSync(prefix, { level: 1, finishFlush: zlib.constants.Z_SYNC_FLUSH });
    const r = await analyzeOne('syncflush', gz);
    expectUsable(r);
    expect(reportCounts(r.report)).toEqual(referenceCounts(lines.slice(0, k)));
    expect(warning(r.report, 'truncated-gzip')?.count).toBe(1);
    expect(r.report.run.files[0].truncated).toBe(true);
  });

  it('a gzip stream that stops on a line boundary still keeps every line', async () => {
    const k = Math.floor(lines.length / 2);
    const gz = zlib.gzipSync(joinLines(lines.slice(0, k)), { level: 1, finishFlush: zlib.constants.Z_SYNC_FLUSH });
    const r = await analyzeOne('syncflush-kept', gz);
    expectUsable(r);
    expect(r.report.run.files[0].lines).toBe(k);
    expect(reportCounts(r.report)).toEqual(referenceCounts(lines.slice(0, k)));
  });

  // Regression: a real truncation gets the one-line `truncated-gzip` message.
  it('cut at 60%: the report says the gzip stream is truncated', async () => {
    const r = await analyzeOne('trunc60-code', ORIGINAL_GZ.subarray(0, Math.floor(ORIGINAL_GZ.length * 0.6)));
    expect(warning(r.report, 'truncated-gzip')?.count).toBe(1);
    expect(r.report.run.files[0].truncated).toBe(true);
  });
});

describe('corrupt block in the middle', () => {
  /** 256 bytes of 0xff at 80% of the file: zlib fails with "invalid block type". */
  const hard = Buffer.from(ORIGINAL_GZ);
  hard.fill(0xff, Math.floor(hard.length * 0.8), Math.floor(hard.length * 0.8) + 256);
  /** 16 flipped bytes at 80%: decodes to garbage, caught only by the CRC at the end. */
  const soft = Buffer.from(ORIGINAL_GZ);
  for (let i = 0; i < 16; i++) soft[Math.floor(soft.length * 0.8) + i]! ^= 0xff;

  it('invalid block: one read-error line naming file and line, file marked truncated, nothing corrupt counted', async () => {
    const r = await analyzeOne('hard', hard);
    expectUsable(r);
    const read = r.report.run.files[0].lines as number;
    const err = warning(r.report, 'read-error');
    expect(err?.count).toBe(1);
    expect(err?.message).toBe(`${NAME}:${read}: corrupt gzip data (invalid block type); kept everything before it`);
    expect(stderrLines(r, 'corrupt gzip data')).toHaveLength(1);
    expect(r.report.run.files[0].truncated).toBe(true);
    // What was kept is exactly the original up to the last complete line read.
    expect(reportCounts(r.report)).toEqual(referenceCounts(lines.slice(0, read - 1)));
    expect(read).toBeGreaterThan(lines.length * 0.5);
  });

  // Regression: Node's gunzip drops the output of the step that hits a corrupt block (up to a
  // chunk of good text before it); the reader then re-inflates with fflate in small pushes and
  // hands over what lies past the point the native inflater reached.
  it('invalid block: every line decodable before the corrupt block is kept', async () => {
    const r = await analyzeOne('hard-kept', hard);
    const clean = cleanCompleteLines(decodablePrefix(hard).bytes);
    expect(r.report.run.files[0].lines - 1).toBeGreaterThanOrEqual(clean);
  });

  it('garbage that only the CRC catches: counted as garbage lines, the clean part is kept', async () => {
    const r = await analyzeOne('soft', soft);
    expectUsable(r);
    const codes = warningCodes(r.report);
    expect(codes['read-error']).toBe(1);
    expect(warning(r.report, 'read-error')?.message).toMatch(new RegExp(`^${NAME}:\\d+: corrupt gzip data \\(incorrect data check\\); kept everything before it$`));
    expect(codes['garbage-line']).toBeGreaterThan(1000);
    expect(r.report.run.files[0].truncated).toBe(true);
    // The lines before the corruption agree with the original.
    const clean = cleanCompleteLines(decodablePrefix(soft).bytes);
    const ref = referenceCounts(lines.slice(0, clean));
    const got = reportCounts(r.report);
    for (const [vat, n] of Object.entries(ref.boyd)) expect(got.boyd[vat]).toBeGreaterThanOrEqual(n - 1);
    for (const [vat, n] of Object.entries(got.boyd)) expect(n).toBeLessThanOrEqual(ref.boyd[vat] ?? 0);
    // Garbage is reported once per kind, with examples, not once per line.
    expect(stderrLines(r, 'not valid JSON')).toHaveLength(1);
    expect(stderrLines(r, 'not valid JSON')[0]).toMatch(/\(\d+ times\)$/);
  });

  // Regression: the same salvage keeps the whole of a complete, valid member that is followed by
  // bytes that are not a gzip header ("incorrect header check").
  it('a valid member followed by non-gzip bytes keeps the whole member', async () => {
    const r = await analyzeOne('trailing', Buffer.concat([ORIGINAL_GZ, Buffer.from('not gzip\n')]));
    expectUsable(r);
    expect(reportCounts(r.report)).toEqual(referenceCounts(lines));
  });

  it('a valid member followed by zero padding is read completely and silently', async () => {
    const r = await analyzeOne('zeros', Buffer.concat([ORIGINAL_GZ, Buffer.alloc(4096)]));
    expectUsable(r);
    expect(r.report.run.warnings).toEqual([]);
    expect(reportCounts(r.report)).toEqual(referenceCounts(lines));
  });
});

describe('not really gzip, or more than one member', () => {
  it('a plain slog named .gz is read by content (magic bytes), completely', async () => {
    const r = await analyzeOne('plain', slogBytes('loadgen-leaky', 1));
    expectUsable(r);
    expect(r.code).toBe(full.code);
    expect(r.report.run.warnings).toEqual([]);
    expect(reportCounts(r.report)).toEqual(reportCounts(full.report));
  });

  it('concatenated members (split on a line boundary and inside a line) read as one stream', async () => {
    const raw = slogBytes('loadgen-leaky', 1);
    const atLine = raw.indexOf(10, Math.floor(raw.length / 3)) + 1;
    const midLine = raw.indexOf(10, Math.floor((raw.length * 2) / 3)) - 20;
    const gz = Buffer.concat([gzip(raw.subarray(0, atLine)), gzip(raw.subarray(atLine, midLine)), gzip(raw.subarray(midLine))]);
    const r = await analyzeOne('members', gz);
    expectUsable(r);
    expect(r.report.run.warnings).toEqual([]);
    expect(r.report.run.files[0].lines).toBe(lines.length);
    expect(reportCounts(r.report)).toEqual(reportCounts(full.report));
  });

  it('an empty .gz (0 bytes) alone: exit 2, one line naming the file', async () => {
    const r = await analyzeOne('empty', Buffer.alloc(0));
    expect(r.code).toBe(2);
    expectNoStack(r);
    expect(r.report).toBeNull();
    const line = stderrLines(r, /^loadgen-gate: /);
    expect(line).toHaveLength(1);
    expect(line[0]).toMatch(new RegExp(`${NAME}: no usable deliveries read`));
  });

  it('a gzip of nothing, and a gzip of garbage: exit 2 naming the file and the problem', async () => {
    const r0 = await analyzeOne('gz-empty', gzip(Buffer.alloc(0)));
    expect(r0.code).toBe(2);
    expectNoStack(r0);
    expect(r0.stderr).toMatch(new RegExp(`${NAME}: no usable deliveries read`));
    const r1 = await analyzeOne('gz-garbage', gzip(Buffer.from('this is not a slog\n\u0000\u0001\u0002 nor this\n')));
    expect(r1.code).toBe(2);
    expectNoStack(r1);
    expect(stderrLines(r1, /^loadgen-gate: /)[0]).toMatch(new RegExp(`${NAME}: no usable deliveries read \\(${NAME}:1: not valid JSON; line skipped\\)`));
  });
});
