/**
 * Broken lines inside a slog, spliced into the real loadgen-leaky stage-1 slog (and stage 2 where
 * two files are needed). Each case checks the exit code, the one-line stderr message naming file
 * and line, the warning code and count in `run.warnings`, and what was kept: the per-vat BOYD and
 * delivery counts against an independent counter run on the same (broken) lines.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  LEAKY, cleanupScratch, expectNoStack, expectUsable, gzip, joinLines, referenceCounts, reportCounts, runCli, scratchDir,
  slogLines, stderrLines, typeOf, warning, warningCodes, type CliResult, type Counts,
} from './helpers.js';

afterAll(cleanupScratch);

const NAME = 'chain-stage-1.slog';
const lines = slogLines('loadgen-leaky', 1);

async function analyzeLines(tag: string, ls: Array<Buffer | string>, name = NAME): Promise<CliResult> {
  const dir = scratchDir(tag);
  fs.writeFileSync(path.join(dir, name), joinLines(ls));
  return runCli([dir]);
}

/** Indexes of non-replay BOYD `deliver` lines of `vatID`. */
function boydDelivers(vatID: string): number[] {
  const out: number[] = [];
  lines.forEach((l, i) => {
    if (typeOf(l) !== 'deliver') return;
    const s = l.toString();
    if (s.includes('"dispatch":"bringOutYourDead"') && s.includes('"replay":false') && s.includes(`"vatID":"${vatID}"`)) out.push(i);
  });
  return out;
}

/** Index of the `deliver-result` answering the deliver at `i`. */
function resultOf(i: number): number {
  const d = JSON.parse(lines[i]!.toString());
  for (let j = i + 1; j < lines.length; j++) {
    if (typeOf(lines[j]!) !== 'deliver-result') continue;
    const r = JSON.parse(lines[j]!.toString());
    if (r.crankNum === d.crankNum) return j;
  }
  throw new Error('no result');
}

function findBlock(height: number): { start: number; finish: number } {
  const start = lines.findIndex((l) => typeOf(l) === 'cosmic-swingset-end-block-start' && l.toString().includes(`"blockHeight":${height},`));
  const finish = lines.findIndex((l, i) => i > start && typeOf(l) === 'cosmic-swingset-end-block-finish');
  return { start, finish };
}

const minus = (c: Counts, what: 'boyd' | 'deliveries', vat: string, n = 1): Counts => ({ ...c, [what]: { ...c[what], [vat]: c[what][vat]! - n } });

const rewrite = (i: number, f: (o: any) => any): Buffer => Buffer.from(JSON.stringify(f(JSON.parse(lines[i]!.toString()))));

describe('garbage and wrong-shape lines', () => {
  it('garbage lines anywhere (also between a deliver and its result) are counted and skipped; nothing else is lost', async () => {
    const garbage: Array<Buffer | string> = [
      'this is not json',
      Buffer.from([0x00, 0xff, 0xfe, 0x1b, 0x5b, 0x33, 0x31, 0x6d]),
      '{"type":"deliver","crankNum":1e9,"vatID":"v7",', // a deliver cut short
      '{"type":"deliver-result" garbage',
      '<html><body>502 Bad Gateway</body></html>',
      '}{',
    ];
    const wrongShape = ['null', '[1,2,3]', '"a string"', '42', '{}', '{"time":1.5}'];
    const out: Array<Buffer | string> = [];
    let g = 0;
    let w = 0;
    let blanks = 0;
    lines.forEach((l, i) => {
      out.push(l);
      if (i % 997 === 500) out.push(garbage[g++ % garbage.length]!);
      if (i % 1999 === 700) out.push(wrongShape[w++ % wrongShape.length]!);
      if (i % 2999 === 900) {
        out.push('   \r');
        blanks++;
      }
    });
    // Garbage right between a BOYD deliver and its deliver-result.
    const d = boydDelivers('v7')[50]!;
    const at = out.indexOf(lines[d]!) + 1;
    out.splice(at, 0, 'garbage between deliver and result');
    g++;
    const r = await analyzeLines('garbage', out);
    expectUsable(r);
    const codes = warningCodes(r.report);
    expect(codes['garbage-line']).toBe(g);
    expect(codes['wrong-shape']).toBe(w);
    expect(blanks).toBeGreaterThan(0); // blank lines are not reported
    expect(Object.keys(codes).sort()).toEqual(['garbage-line', 'wrong-shape']);
    expect(warning(r.report, 'garbage-line')!.message).toBe(`${NAME}:502: not valid JSON; line skipped`);
    expect(warning(r.report, 'garbage-line')!.examples).toHaveLength(5);
    expect(stderrLines(r, 'not valid JSON')).toEqual([`warning: ${NAME}:502: not valid JSON; line skipped (${g} times)`]);
    expect(reportCounts(r.report)).toEqual(referenceCounts(lines));
  });

  it('events of the wrong shape: missing vatID, vd not an array, numbers as strings', async () => {
    const [a] = boydDelivers('v6').slice(40);
    const [b] = boydDelivers('v8').slice(40);
    const [c] = boydDelivers('v9').slice(40);
    const [dd] = boydDelivers('v7').slice(40);
    const [e] = boydDelivers('v6').slice(60);
    const [f] = boydDelivers('v8').slice(60);
    const changed = new Map<number, Buffer>([
      [a!, rewrite(a!, ({ vatID: _, ...o }) => o)], // no vatID: unusable
      [b!, rewrite(b!, (o) => ({ ...o, vd: 'bringOutYourDead' }))], // vd not an array: unusable
      [c!, rewrite(c!, (o) => ({ ...o, deliveryNum: String(o.deliveryNum) }))], // deliveryNum as a string: unusable
      [resultOf(dd!), rewrite(resultOf(dd!), (o) => ({ ...o, seconds: String(o.seconds) }))], // seconds as a string: monotime still gives the duration
      [resultOf(e!), rewrite(resultOf(e!), (o) => ({ ...o, dr: { not: 'an array' } }))], // dr not an array: duration kept
      [f!, rewrite(f!, (o) => ({ ...o, crankNum: String(o.crankNum), time: 'yesterday' }))], // crankNum/time as strings: kept
    ]);
    const out: Array<Buffer | string> = lines.map((l, i) => changed.get(i) ?? l);
    out.splice(1000, 0, '["deliver",{"vatID":"v7"}]', '{"type":123}', '{"type":"deliver"}');
    const r = await analyzeLines('shape', out);
    expectUsable(r);
    const codes = warningCodes(r.report);
    expect(codes).toEqual({ 'wrong-shape': 6, 'unpaired-result': 3 });
    const ws = warning(r.report, 'wrong-shape')!;
    expect(ws.message).toBe(`${NAME}:1001: JSON value is not an event object; line skipped`);
    expect(ws.examples).toEqual([`${NAME}:1001`, `${NAME}:1002`, `${NAME}:1003`, `${NAME}:${a! + 4}`, `${NAME}:${b! + 4}`]);
    expect(warning(r.report, 'unpaired-result')!.message).toMatch(new RegExp(`^${NAME}:${resultOf(a!) + 4}: deliver-result v6#\\d+ has no matching deliver$`));
    // Exactly the three unusable deliveries are gone; the other three are kept.
    let want = referenceCounts(lines);
    for (const v of ['v6', 'v8', 'v9']) want = minus(minus(want, 'boyd', v), 'deliveries', v);
    expect(reportCounts(r.report)).toEqual(want);
  });

  // Regression: an end-block-start whose blockHeight is not a number (`"blockHeight":"61"`)
  // gets a `wrong-shape` warning naming the line instead of silently losing its block's BOYDs.
  it('a block event with blockHeight as a string is reported', async () => {
    const { start } = findBlock(61);
    const out = lines.map((l, i) => (i === start ? rewrite(i, (o) => ({ ...o, blockHeight: String(o.blockHeight) })) : l));
    const r = await analyzeLines('height-string', out);
    expectUsable(r);
    expect(warning(r.report, 'wrong-shape')?.examples ?? []).toContain(`${NAME}:${start + 1}`);
  });

  it('a block event with blockHeight as a string: the other blocks are kept', async () => {
    const { start } = findBlock(61);
    const out = lines.map((l, i) => (i === start ? rewrite(i, (o) => ({ ...o, blockHeight: String(o.blockHeight) })) : l));
    const r = await analyzeLines('height-string-kept', out);
    expectUsable(r);
    const ref = referenceCounts(lines).boyd;
    const got = reportCounts(r.report).boyd;
    // At most the BOYDs of block 61 (one per busy vat) are missing.
    for (const v of ['v6', 'v7', 'v8', 'v9']) expect(got[v]).toBeGreaterThanOrEqual(ref[v]! - 1);
  });
});

describe('damaged numbers that would move the verdict', () => {
  it('one block height out of sequence (61 -> 6100) is reported where it is', async () => {
    const { start } = findBlock(61);
    const out = lines.map((l, i) => (i === start ? rewrite(i, (o) => ({ ...o, blockHeight: 6100 })) : l));
    const r = await analyzeLines('height-jump', out);
    expectUsable(r);
    const w = warning(r.report, 'height-jump')!;
    // The damaged height, and the next block's, which goes back down from it.
    expect(w.count).toBe(2);
    expect(w.message).toBe(`${NAME}:${start + 1}: block height 6100 after 60 (a chain's heights go up by one): if damaged, it moves the run's block range and rates per block`);
    expect(warning(r.report, 'bad-height')).toBeUndefined();
    const neg = await analyzeLines('height-negative', lines.map((l, i) => (i === start ? rewrite(i, (o) => ({ ...o, blockHeight: 61.5 })) : l)));
    expect(warning(neg.report, 'bad-height')!.message).toBe(`${NAME}:${start + 1}: block height 61.5 is not a whole number ≥ 0`);
  });

  it('a BOYD `seconds` longer than the time between its deliver and deliver-result is replaced by that time', async () => {
    const at = resultOf(boydDelivers('v8')[10]!);
    const d = JSON.parse(lines[boydDelivers('v8')[10]!]!.toString());
    const res = JSON.parse(lines[at]!.toString());
    const between = res.monotime - d.monotime;
    const out = lines.map((l, i) => (i === at ? rewrite(i, (o) => ({ ...o, seconds: 1e6 })) : l));
    const r = await analyzeLines('huge-seconds', out);
    expectUsable(r);
    const w = warning(r.report, 'bad-duration')!;
    expect(w.message).toBe(`${NAME}:${at + 1}: deliver-result v8#${res.deliveryNum}: \`seconds\` 1000000 is more than the ${between.toFixed(6)} s from its deliver; that is used`);
    // Every BOYD is kept, and the stage's BOYD total stays in milliseconds, not a million seconds.
    expect(reportCounts(r.report)).toEqual(referenceCounts(lines));
    const boydTotal = (report: any) => report.vats.find((v: any) => v.vatID === 'v8').deliveryKinds.find((k: any) => k.kind === 'bringOutYourDead').totalSeconds;
    // Exactly the undamaged run's total with that delivery's time taken between its two lines.
    const clean = await analyzeLines('huge-seconds-clean', lines);
    expect(boydTotal(r.report)).toBeCloseTo(boydTotal(clean.report) - res.seconds + between, 9);
  });
});

describe('pairing problems', () => {
  it('a deliver-result with no deliver: counted as unpaired, exactly that delivery is lost', async () => {
    const drop = new Set(boydDelivers('v7').slice(10, 15));
    const out = lines.filter((_, i) => !drop.has(i));
    const r = await analyzeLines('orphan-result', out);
    expectUsable(r);
    expect(warningCodes(r.report)).toEqual({ 'unpaired-result': 5 });
    const first = [...drop][0]!;
    expect(warning(r.report, 'unpaired-result')!.message).toMatch(new RegExp(`^${NAME}:${resultOf(first)}: deliver-result v7#\\d+ has no matching deliver$`));
    expect(stderrLines(r, 'has no matching deliver')).toHaveLength(1);
    expect(reportCounts(r.report)).toEqual(minus(minus(referenceCounts(lines), 'boyd', 'v7', 5), 'deliveries', 'v7', 5));
    expect(reportCounts(r.report)).toEqual(referenceCounts(out));
  });

  it('a deliver with no deliver-result: counted as unpaired, the next delivery still pairs', async () => {
    const drop = new Set(boydDelivers('v9').slice(20, 23).map(resultOf));
    const out = lines.filter((_, i) => !drop.has(i));
    const r = await analyzeLines('orphan-deliver', out);
    expectUsable(r);
    expect(warningCodes(r.report)).toEqual({ 'unpaired-deliver': 3 });
    expect(warning(r.report, 'unpaired-deliver')!.message).toMatch(new RegExp(`^${NAME}:${boydDelivers('v9')[20]! + 1}: deliver v9#\\d+ has no deliver-result$`));
    expect(reportCounts(r.report)).toEqual(referenceCounts(out));
  });

  it('duplicate deliveries (a block repeated later in the file) are counted once', async () => {
    const { start, finish } = findBlock(50);
    const after = findBlock(60).finish;
    const copy = lines.slice(start, finish + 1);
    const out = [...lines.slice(0, after + 1), ...copy, ...lines.slice(after + 1)];
    const dupDelivers = copy.filter((l) => typeOf(l) === 'deliver' && l.includes('"replay":false')).length;
    expect(dupDelivers).toBeGreaterThan(10);
    const r = await analyzeLines('dup', out);
    expectUsable(r);
    // Block 50 after block 60, and block 61 after it: the heights out of sequence are said too.
    expect(warningCodes(r.report)).toEqual({ 'duplicate-delivery': dupDelivers, 'height-jump': 2 });
    const firstDup = after + 1 + copy.findIndex((l) => typeOf(l) === 'deliver' && l.includes('"replay":false'));
    expect(warning(r.report, 'duplicate-delivery')!.message).toMatch(new RegExp(`^${NAME}:${firstDup + 1}: delivery v\\d+#\\d+ seen before; counted once$`));
    expect(reportCounts(r.report)).toEqual(referenceCounts(lines));
  });

  it('the same stage file twice (a copy under another name) is counted once', async () => {
    const dir = scratchDir('twice');
    fs.copyFileSync(LEAKY('chain-stage-1.slog.gz'), path.join(dir, 'chain-stage-1.slog.gz'));
    fs.copyFileSync(LEAKY('chain-stage-1.slog.gz'), path.join(dir, 'chain-stage-1-copy.slog.gz'));
    const r = await runCli([dir]);
    expectUsable(r);
    const ref = referenceCounts(lines);
    const total = Object.values(ref.deliveries).reduce((a, b) => a + b, 0);
    // Every non-replay delivery of the copy is a repeat, also comms' (v3): a vat without a
    // transcript repeats its deliveryNum, and its deliveries are known again by their cranks.
    expect(warning(r.report, 'duplicate-delivery')!.count).toBe(total);
    // Both are stage 1; name order reads the copy first, so the original's deliveries are the repeats.
    expect(warning(r.report, 'duplicate-delivery')!.message).toMatch(/^chain-stage-1\.slog\.gz:\d+: delivery v\d+#\d+ seen before; counted once$/);
    expect(stderrLines(r, 'seen before')).toHaveLength(1);
    const got = reportCounts(r.report);
    expect(got).toEqual(ref);
  });
});

describe('files cut short, empty, out of order', () => {
  it('a partial last line (cut inside a BOYD deliver-result): earlier lines all kept', async () => {
    const d = boydDelivers('v7')[60]!;
    const res = resultOf(d);
    const cut = lines[res]!.subarray(0, Math.floor(lines[res]!.length / 2));
    const dir = scratchDir('partial');
    fs.writeFileSync(path.join(dir, NAME), Buffer.concat([joinLines(lines.slice(0, res)), cut]));
    const r = await runCli([dir]);
    expectUsable(r);
    expect(warningCodes(r.report)).toEqual({ 'garbage-line': 1, 'partial-last-line': 1, 'unpaired-deliver': 1 });
    expect(warning(r.report, 'partial-last-line')!.message).toBe(`${NAME}:${res + 1}: last line has no newline (file cut short?)`);
    expect(warning(r.report, 'unpaired-deliver')!.message).toMatch(new RegExp(`^${NAME}:${d + 1}: deliver v7#\\d+ has no deliver-result \\(end of file\\)$`));
    expect(stderrLines(r, `${NAME}:${res + 1}: last line has no newline`)).toHaveLength(1);
    expect(reportCounts(r.report)).toEqual(referenceCounts(lines.slice(0, res)));
  });

  it('an empty stage file next to a good one: warned about by name, the good one is used', async () => {
    const dir = scratchDir('empty-next');
    fs.copyFileSync(LEAKY('chain-stage-1.slog.gz'), path.join(dir, 'chain-stage-1.slog.gz'));
    fs.writeFileSync(path.join(dir, 'chain-stage-2.slog.gz'), '');
    const r = await runCli([dir]);
    expectUsable(r);
    expect(warningCodes(r.report)).toEqual({ 'empty-file': 1 });
    expect(warning(r.report, 'empty-file')!.message).toBe('chain-stage-2.slog.gz: empty file (no lines); nothing read from it');
    expect(stderrLines(r, 'empty file')).toEqual(['warning: chain-stage-2.slog.gz: empty file (no lines); nothing read from it']);
    expect(reportCounts(r.report)).toEqual(referenceCounts(lines));
  });

  it('an empty plain slog alone: exit 2, one line naming it', async () => {
    const r = await analyzeLines('empty-alone', []);
    expect(r.code).toBe(2);
    expectNoStack(r);
    expect(r.report).toBeNull();
    expect(r.stderr.trim().split('\n').at(-1)).toMatch(new RegExp(`^loadgen-gate: .*${NAME}: no usable deliveries read$`));
  });

  it('stage files whose names and blocks disagree are read in block order, nothing dropped', async () => {
    const dir = scratchDir('swapped');
    // stage-1's name on blocks 121–240 and stage-2's on blocks 1–120.
    fs.copyFileSync(LEAKY('chain-stage-2.slog.gz'), path.join(dir, 'chain-stage-1.slog.gz'));
    fs.copyFileSync(LEAKY('chain-stage-1.slog.gz'), path.join(dir, 'chain-stage-2.slog.gz'));
    const r = await runCli([dir]);
    expectUsable(r);
    expect(warningCodes(r.report)).toEqual({ 'stage-order': 1 });
    expect(warning(r.report, 'stage-order')!.message).toBe(
      'stage files out of block order: read as chain-stage-2.slog.gz (blocks 1–120), chain-stage-1.slog.gz (blocks 121–240)',
    );
    expect(r.report.run.blockRange).toEqual([1, 240]);
    // Same as reading the two files in their true order.
    const good = scratchDir('ordered');
    fs.copyFileSync(LEAKY('chain-stage-1.slog.gz'), path.join(good, 'chain-stage-1.slog.gz'));
    fs.copyFileSync(LEAKY('chain-stage-2.slog.gz'), path.join(good, 'chain-stage-2.slog.gz'));
    const ref = await runCli([good]);
    expect(ref.report.run.warnings).toEqual([]);
    expect(reportCounts(r.report)).toEqual(reportCounts(ref.report));
    const both = [referenceCounts(lines), referenceCounts(slogLines('loadgen-leaky', 2))];
    for (const [v, n] of Object.entries(reportCounts(r.report).boyd)) expect(n).toBe((both[0]!.boyd[v] ?? 0) + (both[1]!.boyd[v] ?? 0));
  });

  it('a run with no BOYD at all: c-list still judged, the missing BOYDs are a warning', async () => {
    const out = lines.filter((l) => !l.includes('"dispatch":"bringOutYourDead"'));
    const r = await analyzeLines('no-boyd', out);
    expectUsable(r);
    expect(warningCodes(r.report)).toEqual({ 'no-boyd': 1 });
    expect(warning(r.report, 'no-boyd')!.message).toBe(`no bringOutYourDead delivery inside a block in 1 slog file(s): BOYD time not judged`);
    expect(reportCounts(r.report).boyd).toEqual({});
    expect(reportCounts(r.report).deliveries).toEqual(referenceCounts(out).deliveries);
    expect(r.report.verdicts.some((v: any) => v.metric.startsWith('clist') && v.level === 'fail')).toBe(true);
    expect(r.report.verdicts.some((v: any) => v.metric.startsWith('boyd') && v.level !== 'neutral')).toBe(false);
    expect(r.markdown).toContain('no bringOutYourDead delivery inside a block');
  });
});

describe('bytes that are not what they claim', () => {
  it('a UTF-8 byte-order mark before line 1 (plain and gzip) is no part of it: nothing reported, nothing lost', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const out = [Buffer.concat([bom, lines[0]!]), ...lines.slice(1)];
    for (const [tag, name, bytes] of [
      ['bom', NAME, joinLines(out)],
      ['bom-gz', `${NAME}.gz`, gzip(joinLines(out))],
    ] as const) {
      const dir = scratchDir(tag);
      fs.writeFileSync(path.join(dir, name), bytes);
      const r = await runCli([dir]);
      expectUsable(r);
      // Line 1 was a garbage line before ("not valid JSON").
      expect(warningCodes(r.report), tag).toEqual({});
      expect(r.report.run.files[0].lines).toBe(lines.length);
      expect(reportCounts(r.report)).toEqual(referenceCounts(lines));
    }
  });

  it('invalid UTF-8 in a vat name, a method name, a field value and a whole line', async () => {
    const bad = Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]);
    const splice = (l: Buffer, needle: string): Buffer => {
      const at = l.indexOf(needle) + needle.length;
      return Buffer.concat([l.subarray(0, at), bad, l.subarray(at)]);
    };
    const cv = lines.findIndex((l) => typeOf(l) === 'create-vat' && l.includes('"name":"leaky"'));
    const msg = lines.findIndex((l) => typeOf(l) === 'deliver' && l.includes('"replay":false') && l.includes('"vatID":"v7"') && l.includes('produce'));
    const res = resultOf(boydDelivers('v6')[30]!);
    const out: Buffer[] = lines.map((l, i) =>
      i === cv ? splice(l, '"name":"leak') : i === msg ? splice(l, '"vd":["message","o+0",{"methargs":{"body":"#[\\"prod') : i === res ? splice(l, '"dispatch":"bringOut') : l,
    );
    out.splice(2000, 0, Buffer.concat([bad, bad, Buffer.from('{"type":"'), bad]));
    const r = await analyzeLines('utf8', out);
    expectUsable(r);
    expect(warningCodes(r.report)).toEqual({ 'garbage-line': 1 });
    expect(warning(r.report, 'garbage-line')!.message).toBe(`${NAME}:2001: not valid JSON; line skipped`);
    const leaky = r.report.vats.find((v: any) => v.vatID === 'v7');
    expect(leaky.name).toMatch(/^leak\ufffd+.*y$/u);
    expect(leaky.deliveryKinds.some((k: any) => /^prod\ufffd+.*uce$/u.test(k.method ?? ''))).toBe(true);
    // A mangled `dispatch` field does not matter: the kind comes from `vd`, the pairing from the numbers.
    expect(reportCounts(r.report)).toEqual(referenceCounts(lines));
    expect(r.markdown).toContain('leak\ufffd');
  });

  it('lines of 100+ MiB (a console event, a bare run of bytes, a deliver): skipped by name and line, memory bounded', async () => {
    const dir = scratchDir('huge');
    const file = path.join(dir, NAME);
    const fd = fs.openSync(file, 'w');
    const HUGE = 101 * 1024 * 1024;
    const block = Buffer.alloc(1024 * 1024, 0x61);
    const writeHuge = (head: string, tail: string) => {
      fs.writeSync(fd, head);
      for (let n = 0; n < HUGE; n += block.length) fs.writeSync(fd, block);
      fs.writeSync(fd, `${tail}\n`);
    };
    const at = [5000, 12000];
    const d = boydDelivers('v8')[70]!;
    let lineNo = 0;
    const marks: Record<string, number> = {};
    lines.forEach((l, i) => {
      if (i === at[0]) {
        writeHuge('{"type":"console","vatID":"v7","state":"log","args":["', '"],"time":1,"monotime":1}');
        marks.console = ++lineNo;
      }
      if (i === at[1]) {
        writeHuge('', '');
        marks.bare = ++lineNo;
      }
      if (i === d) {
        // The BOYD deliver itself is huge (an absurd `kd`): this delivery is lost, its result unpaired.
        const o = JSON.parse(l.toString());
        const s = JSON.stringify(o);
        writeHuge(`${s.slice(0, -1)},"pad":"`, '"}');
        marks.deliver = ++lineNo;
        return;
      }
      fs.writeSync(fd, l);
      fs.writeSync(fd, '\n');
      lineNo++;
    });
    fs.closeSync(fd);
    const r = await runCli([dir], { measureRss: true });
    expectUsable(r);
    // Memory is bounded by the line-size cap (64 MiB: a line is buffered up to the cap, then only
    // its prefix is kept), not by the line: ~95 MiB for the run plus ~3× the cap at worst; a 400 MiB
    // line peaks at the same ~270 MiB. The file here is over 300 MiB.
    const rss = /maxrss-kib=(\d+)/.exec(r.stderr);
    if (rss) expect(Number(rss[1]) * 1024).toBeLessThan(384 * 1024 * 1024);
    expect(warningCodes(r.report)).toEqual({ 'oversized-line': 3, 'unpaired-result': 1 });
    const ov = warning(r.report, 'oversized-line')!;
    expect(ov.message).toBe(`${NAME}:${marks.console}: console line over the line-size cap; skipped`);
    expect(ov.examples).toEqual([marks.console, marks.bare, marks.deliver].sort((a, b) => a! - b!).map((n) => `${NAME}:${n}`));
    expect(stderrLines(r, 'line-size cap')).toHaveLength(1);
    expect(reportCounts(r.report)).toEqual(minus(minus(referenceCounts(lines), 'boyd', 'v8'), 'deliveries', 'v8'));
    fs.rmSync(file);
  });
});
