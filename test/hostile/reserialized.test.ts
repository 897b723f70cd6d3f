/**
 * A valid slog that another tool wrote again: keys sorted (`jq -S -c`), `", "` and `": "` spacing
 * and `\uXXXX` for non-ASCII (Python's `json.dumps`), or CRLF line ends (a Windows checkout). Each
 * line is the same event, so the report is the same: same verdicts, same numbers, and for a
 * layout other than the kernel's, one warning saying that such lines were read the slower way.
 * Built CLI on the leaky run (slogs re-written, snapshots and perf.jsonl as they are).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupScratch, expectUsable, LEAKY, runCli, scratchDir, slogLines } from './helpers.js';

afterAll(cleanupScratch);

/** `json.dumps(v)` with Python's defaults: `, ` and `: ` separators, non-ASCII escaped. */
function pythonStyle(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(pythonStyle).join(', ')}]`;
  if (v && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${pythonStyle(k)}: ${pythonStyle(x)}`).join(', ')}}`;
  if (typeof v === 'string') return JSON.stringify(v).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return JSON.stringify(v);
}

/** `jq -S -c .`: keys sorted at every level, compact. */
function sortedKeys(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(sortedKeys).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${sortedKeys((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

const STYLES = {
  python: (line: string) => `${pythonStyle(JSON.parse(line))}\n`,
  jq: (line: string) => `${sortedKeys(JSON.parse(line))}\n`,
  crlf: (line: string) => `${line}\r\n`,
};

function rewritten(style: keyof typeof STYLES): string {
  const dir = scratchDir(`reser-${style}`);
  for (const stage of [0, 1, 2, 3]) {
    const text = slogLines('loadgen-leaky', stage).map((b) => STYLES[style](b.toString('utf8'))).join('');
    fs.writeFileSync(path.join(dir, `chain-stage-${stage}.slog`), text);
  }
  for (const f of ['perf.jsonl', 'chain-stage-1-storage.tar.xz', 'chain-stage-2-storage.tar.xz', 'chain-stage-3-storage.tar.xz']) fs.copyFileSync(LEAKY(f), path.join(dir, f));
  return dir;
}

/** What must not change: verdicts, per-vat numbers, kernel counts, utilization, and the other warnings. */
function essence(report: any) {
  return {
    verdict: report.verdict,
    verdicts: report.verdicts,
    vats: report.vats,
    kernel: report.kernel,
    blockRange: report.run.blockRange,
    blocks: report.run.blocks,
    utilization: report.run.utilization,
    lines: report.run.files.filter((f: any) => f.kind === 'slog').map((f: any) => [path.basename(f.path).replace(/\.gz$/, ''), f.lines, f.events]),
    warnings: report.run.warnings.filter((w: any) => w.code !== 'other-json-layout'),
  };
}

describe('a slog re-serialized by another tool', () => {
  it('gives the same verdicts and numbers as the kernel’s own; one warning for another layout', async () => {
    const [orig, python, jq, crlf] = await Promise.all([runCli([LEAKY()]), runCli([rewritten('python')]), runCli([rewritten('jq')]), runCli([rewritten('crlf')])]);
    expectUsable(orig);
    expect(orig.report.verdicts.filter((v: any) => v.level === 'fail').map((v: any) => `${v.name}:${v.metric}`).sort()).toEqual(
      ['holder:clist-imports', 'leaky:boyd-slope', 'leaky:clist-exports'],
    );
    for (const [name, r] of Object.entries({ python, jq, crlf })) {
      expectUsable(r);
      expect(essence(r.report), name).toEqual(essence(orig.report));
      const slow = r.report.run.warnings.filter((w: any) => w.code === 'other-json-layout');
      const slowLines = r.stderr.split('\n').filter((l) => l.includes("not in the kernel's own JSON layout"));
      if (name === 'crlf') {
        expect(slow).toEqual([]);
        expect(slowLines).toEqual([]);
      } else {
        expect(slow).toHaveLength(1);
        expect(slow[0].count).toBeGreaterThan(100_000 - 1_000);
        expect(slowLines).toHaveLength(1);
      }
    }
  }, 240_000);
});
