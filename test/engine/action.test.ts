/**
 * The action bundle (dist/index.js) end to end, driven only by the runner's environment contract:
 * `INPUT_PATH`, and the `GITHUB_STEP_SUMMARY` / `GITHUB_OUTPUT` files. Kept minimal on purpose:
 * the action's other inputs are being extended elsewhere.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.js';
import { ACTION_BUNDLE, NODE24, requireBundle } from './helpers.js';

const dirs: string[] = [];
let leaky: Promise<Awaited<ReturnType<typeof runAction>>>;
let clean: Promise<Awaited<ReturnType<typeof runAction>>>;
beforeAll(async () => {
  requireBundle(ACTION_BUNDLE);
  // Both runs at once: each spawn waits on I/O much of the time.
  leaky = runAction(fixture('loadgen-leaky'));
  clean = runAction(fixture('loadgen-clean'));
  await Promise.all([leaky, clean]);
});
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

/** Parses a GITHUB_OUTPUT file (`name<<DELIM … DELIM` blocks, or `name=value` lines). */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) body.push(lines[i]);
      out[heredoc[1]] = body.join('\n');
    } else {
      const kv = /^([^=]+)=(.*)$/.exec(lines[i]);
      if (kv) out[kv[1]] = kv[2];
    }
  }
  return out;
}

async function runAction(runDir: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'loadgen-gate-action-'));
  dirs.push(dir);
  const summary = path.join(dir, 'summary.md');
  const outputs = path.join(dir, 'outputs.txt');
  await writeFile(summary, '');
  await writeFile(outputs, '');
  // A clean environment: no GITHUB_TOKEN / event, so nothing is fetched or posted.
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, INPUT_PATH: runDir, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: outputs };
  const code = await new Promise<number>((resolve) => {
    execFile(NODE24, [ACTION_BUNDLE], { cwd: dir, env, maxBuffer: 64 << 20, timeout: 60_000 }, (err) => {
      resolve(err ? (typeof (err as any).code === 'number' ? (err as any).code : -1) : 0);
    });
  });
  return { code, outputs: parseOutputs(await readFile(outputs, 'utf8')), summary: await readFile(summary, 'utf8') };
}

describe('action bundle (dist/index.js)', () => {
  it('leaky run: exit 1, verdict=fail and report-path outputs, summary starts with the verdict heading', async () => {
    const r = await leaky;
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.outputs['report-path']).toBeTruthy();
    const report = JSON.parse(await readFile(r.outputs['report-path'], 'utf8'));
    expect(report.verdict).toBe('fail');
    expect(r.summary.split('\n')[0]).toBe('## ❌ loadgen-gate: **FAIL**');
  });

  it('clean run: exit 0, verdict=pass', async () => {
    const r = await clean;
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect(r.summary.split('\n')[0]).toBe('## ✅ loadgen-gate: **PASS**');
  });
});
