/**
 * Ctrl-C or a CI cancel (SIGINT, then SIGTERM) while a run is read: the temporary directories it
 * made (the unpacked artifact zip, an extracted kernel DB) are removed, on the main thread and in
 * the engine worker alike, and the process exits with the conventional code (130 for SIGINT, 143
 * for SIGTERM). Built CLI, spawned with its own TMPDIR, signalled once the directory exists.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, LEAKY, NODE } from '../hostile/helpers.js';
import { buildZip, deflated } from '../sources/zip-builder.js';
import { fixture } from '../helpers/fixtures.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-signals-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const RUN = ['perf.jsonl', 'chain-stage-1.slog.gz', 'chain-stage-2.slog.gz', 'chain-stage-3.slog.gz', 'chain-stage-3-storage.tar.xz'];
const zip = path.join(root, 'loadgen-output.zip');
fs.writeFileSync(zip, buildZip(RUN.map((f) => deflated(`loadgen-output/${f}`, fs.readFileSync(LEAKY(f))))));

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  left: string[];
  /** Whether the signal was sent while the watched directory existed. */
  caught: boolean;
}

/**
 * Runs the CLI on `input` with a fresh TMPDIR; sends `sig` as soon as a directory starting with
 * `prefix` exists there; returns how it ended and what is left in TMPDIR.
 */
function runAndSignal(input: string, sig: NodeJS.Signals, prefix: string, env: Record<string, string> = {}): Promise<Ended> {
  const tmp = fs.mkdtempSync(path.join(root, 'tmp-'));
  const out = fs.mkdtempSync(path.join(root, 'out-'));
  const child = spawn(NODE, [CLI, 'analyze', input, '--json', path.join(out, 'r.json'), '--markdown', path.join(out, 'r.md')], {
    env: { ...process.env, TMPDIR: tmp, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let caught = false;
  const poll = setInterval(() => {
    if (caught) return;
    if (fs.readdirSync(tmp).some((n) => n.startsWith(prefix))) {
      caught = true;
      child.kill(sig);
    }
  }, 2);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      resolve({ code, signal, stderr, left: fs.readdirSync(tmp), caught });
    });
  });
}

describe('a signal during a run', () => {
  it('SIGINT after the artifact zip was unpacked (engine on the main thread): the unpacked run is removed, exit 130', async () => {
    const r = await runAndSignal(zip, 'SIGINT', 'loadgen-gate-zip-', { LOADGEN_GATE_ENGINE: 'main' });
    expect(r.caught).toBe(true);
    expect(r.left).toEqual([]);
    expect([r.code, r.signal]).toEqual([130, null]);
    expect(r.stderr).toContain('loadgen-gate: SIGINT: stopped; temporary files removed');
  }, 60_000);

  it('SIGTERM with the engine in its worker thread: the directory the worker made is removed, exit 143', async () => {
    const r = await runAndSignal(zip, 'SIGTERM', 'loadgen-gate-zip-', { LOADGEN_GATE_ENGINE: 'worker' });
    expect(r.caught).toBe(true);
    expect(r.left).toEqual([]);
    expect([r.code, r.signal]).toEqual([143, null]);
  }, 60_000);

  it('SIGINT while a kernel DB is being unpacked: its temporary directory is removed too', async () => {
    for (const engine of ['main', 'worker']) {
      const r = await runAndSignal(fixture('large', 'leak-xsnap.stage2.sqlite.gz'), 'SIGINT', 'loadgen-gate-kdb-', { LOADGEN_GATE_ENGINE: engine });
      expect(r.caught, engine).toBe(true);
      expect(r.left, engine).toEqual([]);
      expect([r.code, r.signal], engine).toEqual([130, null]);
    }
  }, 60_000);
});
