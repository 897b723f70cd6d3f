/**
 * `loadgen-gate analyze artifact.zip`: a downloaded GitHub artifact (deflated members under the
 * upload directory) is unpacked with the same `extractZipSafely` the action uses and the run is
 * found inside it. Hostile members (path traversal, absolute paths, symlinks pointing outside,
 * devices, control characters in names) and decompression bombs are skipped or refused with one
 * line each, and nothing is written outside the temporary work directory (TMPDIR, watched here).
 * test/sources/extract-zip.test.ts covers `extractZipSafely` itself; this is the CLI around it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LEAKY, cleanupScratch, expectNoStack, expectUsable, reportCounts, runCli, scratchDir, splitCode, stderrLines, warning,
  warningCodes, type CliResult,
} from './helpers.js';
import { S_IFCHR, S_IFIFO, S_IFLNK, buildZip, deflated, stored, zeroBomb, type RawEntry } from '../sources/zip-builder.js';

afterAll(cleanupScratch);

const RUN_FILES = ['perf.jsonl', 'chain-stage-1.slog.gz', 'chain-stage-2.slog.gz', 'chain-stage-1-storage.tar.xz', 'chain-stage-2-storage.tar.xz'];
const runMembers = (prefix = 'loadgen-output/'): RawEntry[] => RUN_FILES.map((f) => deflated(`${prefix}${f}`, fs.readFileSync(LEAKY(f))));

let fromDir: CliResult;
beforeAll(async () => {
  const dir = scratchDir('dir');
  for (const f of RUN_FILES) fs.copyFileSync(LEAKY(f), path.join(dir, f));
  fromDir = await runCli([dir]);
});

interface Watched extends CliResult {
  /** Entries left in TMPDIR after the run (the extraction directory must be gone). */
  leftInTmp: string[];
  /** Entries beside TMPDIR and beside the zip (nothing may appear there). */
  leftBeside: string[];
  leftNextToZip: string[];
  /** The zip analysed. */
  zip: string;
}

async function analyzeZip(tag: string, entries: RawEntry[], extra: string[] = []): Promise<Watched> {
  const root = scratchDir(tag);
  const tmp = path.join(root, 'tmp');
  const inDir = path.join(root, 'in');
  fs.mkdirSync(tmp);
  fs.mkdirSync(inDir);
  const zip = path.join(inDir, 'loadgen-output.zip');
  fs.writeFileSync(zip, buildZip(entries));
  const r = await runCli([zip], { env: { TMPDIR: tmp }, extra });
  return { ...r, zip, leftInTmp: fs.readdirSync(tmp), leftBeside: fs.readdirSync(root).sort(), leftNextToZip: fs.readdirSync(inDir) };
}

const same = (a: any, b: any) => {
  const key = (r: any) => r.verdicts.map((v: any) => `${v.vatID} ${v.metric} ${v.level}`).sort();
  expect(key(a)).toEqual(key(b));
  expect(reportCounts(a)).toEqual(reportCounts(b));
  expect(a.vats.map((v: any) => v.clist?.snapshots)).toEqual(b.vats.map((v: any) => v.clist?.snapshots));
  expect(a.run.blockRange).toEqual(b.run.blockRange);
};

const expectClean = (r: Watched) => {
  expect(r.leftInTmp).toEqual([]);
  expect(r.leftBeside).toEqual(['in', 'tmp']);
  expect(r.leftNextToZip).toEqual(['loadgen-output.zip']);
};

describe('an artifact zip as GitHub serves it', () => {
  it('finds the run one directory down and reads it exactly like the unpacked directory', async () => {
    const r = await analyzeZip('artifact', runMembers());
    expectUsable(r);
    expect(r.code).toBe(fromDir.code);
    expect(r.report.run.warnings).toEqual([]);
    same(r.report, fromDir.report);
    expect(r.report.run.files.filter((f: any) => f.kind === 'storage')).toHaveLength(2);
    expect(r.report.run.cycles).toBe(fromDir.report.run.cycles);
    // Files are named by the zip and their place in it, not by the extraction directory that is
    // gone once the run ends.
    expect(r.report.run.files.map((f: any) => f.path).sort()).toEqual(RUN_FILES.map((f) => path.join(r.zip, 'loadgen-output', f)).sort());
    expectClean(r);
  });

  it('messages name files by the zip too, also in a folder whose name starts with two dots', async () => {
    const members = runMembers('..run/').map((m) => (String(m.name).endsWith('chain-stage-2-storage.tar.xz') ? deflated(String(m.name), Buffer.from('not a tar archive')) : m));
    const r = await analyzeZip('artifact-names', members);
    expectUsable(r);
    const inZip = (f: string) => path.join(r.zip, '..run', f);
    // The unreadable tarball is no file read: it is the warning's.
    expect(r.report.run.files.map((f: any) => f.path).sort()).toEqual(RUN_FILES.filter((f) => f !== 'chain-stage-2-storage.tar.xz').map(inZip).sort());
    const w = warning(r.report, 'snapshot-unreadable')!;
    expect(w.examples).toEqual([inZip('chain-stage-2-storage.tar.xz')]);
    expect(w.message.startsWith(`${inZip('chain-stage-2-storage.tar.xz')}: `)).toBe(true);
    // Nothing in the report or the markdown names the extraction directory, removed by now.
    expect(JSON.stringify(r.report)).not.toContain('loadgen-gate-zip-');
    expect(r.markdown).not.toContain('loadgen-gate-zip-');
    expectClean(r);
  });

  it('also at the top level of the zip', async () => {
    const r = await analyzeZip('artifact-flat', runMembers(''));
    expectUsable(r);
    same(r.report, fromDir.report);
    expectClean(r);
  });

  it('a zip with no run in it: exit 2, one line', async () => {
    const r = await analyzeZip('artifact-empty', [stored('README.md', 'nothing here\n')]);
    expect(r.code).toBe(2);
    expectNoStack(r);
    expect(stderrLines(r, /^loadgen-gate: /)).toEqual([expect.stringMatching(/loadgen-output\.zip: no slog \(chain-stage-N\.slog\.gz, \*\.slog, \*\.jsonl\) or kernel-DB snapshot found$/)]);
    expectClean(r);
  });

  it('a zip whose slog holds no delivery: exit 2, one line naming the slog inside the zip', async () => {
    const r = await analyzeZip('artifact-no-deliveries', [stored('loadgen-output/chain-stage-1.slog', '{"type":"kernel-init-start","time":1,"monotime":1}\n')]);
    expect(r.code).toBe(2);
    expectNoStack(r);
    expect(stderrLines(r, /^loadgen-gate: /)).toEqual([`loadgen-gate: ${path.join(r.zip, 'loadgen-output', 'chain-stage-1.slog')}: no usable deliveries read`]);
    expectClean(r);
  });

  it('not a zip at all (an HTML error page saved as .zip): exit 2, one line naming it', async () => {
    const root = scratchDir('not-zip');
    const zip = path.join(root, 'artifact.zip');
    fs.writeFileSync(zip, '<html><body>Artifact has expired</body></html>');
    const r = await runCli([zip]);
    expect(r.code).toBe(2);
    expectNoStack(r);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^loadgen-gate: artifact\.zip: /);
  });
});

describe('hostile members are skipped, one line each, and nothing lands outside the work directory', () => {
  const target = LEAKY('chain-stage-3.slog.gz');
  const hostile: Array<[RawEntry, RegExp]> = [
    [stored('../evil.txt', 'x'), /member "\.\.\/evil\.txt" rejected: path escapes the extraction directory/],
    [stored('loadgen-output/../../evil2.txt', 'x'), /path escapes the extraction directory/],
    [stored('/tmp/lg-hostile-abs.txt', 'x'), /member "\/tmp\/lg-hostile-abs\.txt" rejected: absolute path/],
    [stored('C:/evil.txt', 'x'), /absolute path \(drive letter\)/],
    [stored('..\\..\\evil3.txt', 'x'), /path escapes the extraction directory/],
    // A symlink that, if followed, would add stage 3 to the run.
    [stored('loadgen-output/chain-stage-3.slog.gz', target, { mode: S_IFLNK | 0o777 }), /member "loadgen-output\/chain-stage-3\.slog\.gz" rejected: symbolic link/],
    [stored('loadgen-output/link-dir', '/etc', { mode: S_IFLNK | 0o777 }), /symbolic link/],
    [stored('loadgen-output/null', '', { mode: S_IFCHR | 0o666 }), /special file \(character device\)/],
    [stored('loadgen-output/fifo', '', { mode: S_IFIFO | 0o666 }), /special file \(named pipe \(FIFO\)\)/],
    [stored('loadgen-output/x\n::error::pwned.slog', 'x'), /member "loadgen-output\/x\\n::error::pwned\.slog" rejected: member name contains control characters/],
  ];

  it('every hostile member is reported; the real run inside is read as usual', async () => {
    const r = await analyzeZip('hostile', [...runMembers(), ...hostile.map(([e]) => e)]);
    expectUsable(r);
    // One warning entry per member (each names a different member), one stderr line each.
    const skipped = r.report.run.warnings.filter((w: any) => w.code === 'zip-member-skipped');
    expect(skipped).toHaveLength(hostile.length);
    expect(r.report.run.warnings).toHaveLength(hostile.length);
    for (const w of skipped) expect(w.count).toBe(1);
    const lines = stderrLines(r, 'rejected:');
    expect(lines).toHaveLength(hostile.length);
    for (const [, re] of hostile) expect(lines.some((l) => re.test(l)), String(re)).toBe(true);
    for (const l of lines) expect(l).toMatch(/^warning: loadgen-output\.zip: member ".*" rejected: /);
    // The stage-3 symlink was not followed: the run is still blocks 1–240.
    same(r.report, fromDir.report);
    expect(r.report.run.blockRange).toEqual([1, 240]);
    expectClean(r);
    for (const f of ['/tmp/lg-hostile-abs.txt', '/tmp/evil.txt', path.join(path.dirname(r.outDir), 'evil.txt')]) expect(fs.existsSync(f)).toBe(false);
    // The member with a newline stays on one line, and no workflow command starts a line.
    expect(r.stderr).not.toMatch(/^::/m);
    // In the markdown the names are inert text.
    const { outside } = splitCode(r.markdown!);
    expect(outside).not.toMatch(/^::/m);
    expect(outside).toContain('rejected');
  });
});

describe('decompression bombs: caps on total bytes, per-file bytes and ratio (limits: in the policy file)', () => {
  const cfg = (limits: object): string[] => {
    const f = path.join(scratchDir('cfg'), 'policy.yml');
    fs.writeFileSync(f, `limits:\n${Object.entries(limits).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`);
    return ['--config', f];
  };
  const bomb = (name: string, declared?: number): RawEntry => {
    const z = zeroBomb(64);
    return { name, data: z.data, method: 8, crc: z.crc, uncompressedSize: declared ?? z.size };
  };

  it('an honest 64 MiB bomb is refused by its declared ratio (default maxRatio 200), the run is kept', async () => {
    const r = await analyzeZip('bomb-ratio', [...runMembers(), bomb('loadgen-output/chain-stage-9.slog')]);
    expectUsable(r);
    expect(warningCodes(r.report)).toEqual({ 'zip-member-skipped': 1 });
    expect(warning(r.report, 'zip-member-skipped')!.message).toMatch(
      /^loadgen-output\.zip: member "loadgen-output\/chain-stage-9\.slog" rejected: declared compression ratio \d+:1 exceeds the limit of 200:1$/,
    );
    same(r.report, fromDir.report);
    expectClean(r);
  });

  it('a bomb that lies about its size is stopped at the declared size; its partial file is removed', async () => {
    const r = await analyzeZip('bomb-lie', [...runMembers(), bomb('loadgen-output/chain-stage-9.slog', 1000)]);
    expectUsable(r);
    expect(warning(r.report, 'zip-member-skipped')!.message).toMatch(/rejected: inflates past its declared size of 1000 bytes$/);
    same(r.report, fromDir.report);
    expectClean(r);
  });

  it('maxRatio raised and maxFileBytes lowered: the per-file cap refuses the same bomb', async () => {
    const r = await analyzeZip('bomb-file', [...runMembers(), bomb('loadgen-output/chain-stage-9.slog')], cfg({ maxRatio: 100000, maxFileBytes: 16 * 1024 * 1024 }));
    expectUsable(r);
    expect(warning(r.report, 'zip-member-skipped')!.message).toMatch(/rejected: declared size 67108864 bytes exceeds the per-file limit of 16777216 bytes$/);
    expectClean(r);
  });

  it('maxTotalBytes below the artifact: the whole zip is refused, exit 2, one line', async () => {
    const r = await analyzeZip('bomb-total', runMembers(), cfg({ maxTotalBytes: 4 * 1024 * 1024 }));
    expect(r.code).toBe(2);
    expectNoStack(r);
    expect(r.report).toBeNull();
    expect(stderrLines(r, /^loadgen-gate: /)).toEqual([
      expect.stringMatching(/^loadgen-gate: loadgen-output\.zip: members declare \d+ bytes in total, more than the limit of 4194304 bytes$/),
    ]);
    expectClean(r);
  });

  it('maxEntries below the member count: refused before the directory is parsed', async () => {
    const r = await analyzeZip('bomb-entries', runMembers(), cfg({ maxEntries: 3 }));
    expect(r.code).toBe(2);
    expectNoStack(r);
    expect(r.stderr).toMatch(/loadgen-output\.zip: .*3/);
    expectClean(r);
  });
});
