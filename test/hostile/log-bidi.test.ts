/**
 * Bidi overrides and zero-width characters in vat names and file names never reach the log raw:
 * progress, warning and final lines show them as `\uXXXX`, as controls are (the markdown replaces
 * the same characters: one classification, shared/unsafe-chars.ts). Built CLI on the leaky run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupScratch, expectUsable, gzip, joinLines, LEAKY, runCli, scratchDir, slogLines } from './helpers.js';
import { charKind } from '../../src/shared/unsafe-chars.js';
import { safeLine } from '../../src/shared/logger.js';

afterAll(cleanupScratch);

const RLO = '\u202e';
const ZWSP = '\u200b';
const LRI = '\u2066';
/** Every character the log must not carry raw. */
const UNSAFE_RAW = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/u;

describe('bidi and zero-width characters in the log', () => {
  it('vat names and file names with U+202E, U+200B and U+2066 are escaped in every line', async () => {
    const dir = scratchDir('bidi');
    for (const stage of [0, 1, 2, 3]) {
      // The leaking vats renamed: `leaky` shows reversed ("leaky<RLO>gpj.exe"), `holder` with a zero-width space.
      const lines = slogLines('loadgen-leaky', stage).map((b) =>
        b.toString('utf8').replace('"name":"leaky"', `"name":"leaky${RLO}gpj.exe"`).replace('"name":"holder"', `"name":"hol${ZWSP}der${LRI}"`),
      );
      fs.writeFileSync(path.join(dir, `chain-stage-${stage}.slog.gz`), gzip(joinLines(lines)));
    }
    // No snapshot: its names (from the kernel DB) would take the place of the slog's.
    fs.copyFileSync(LEAKY('perf.jsonl'), path.join(dir, 'perf.jsonl'));
    // A file name with one (an empty slog: a warning names it).
    fs.writeFileSync(path.join(dir, `chain-stage-9${RLO}txt.slog`), '');
    const r = await runCli([dir]);
    expectUsable(r);
    for (const line of r.stderr.split('\n')) expect(line).not.toMatch(UNSAFE_RAW);
    expect(r.stderr).toContain(`leaky\\u202egpj.exe`);
    expect(r.stderr).toContain(`hol\\u200bder\\u2066`);
    expect(r.stderr).toMatch(/chain-stage-9\\u202etxt\.slog: empty file/);
    // The report keeps the names as they are (JSON escapes nothing the reader is shown).
    expect(r.report.vats.map((v: { name: string }) => v.name)).toContain(`leaky${RLO}gpj.exe`);
  }, 120_000);

  it('safeLine and the markdown escaper classify the same characters', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const raw = safeLine(ch) === ch;
      expect(raw, `U+${c.toString(16)}`).toBe(charKind(ch) === 'plain');
    }
    expect(safeLine('a\ud83d\ude00b')).toBe('a\ud83d\ude00b');
    expect(safeLine(`x${RLO}y\n`)).toBe('x\\u202ey\\u000a');
  });
});
