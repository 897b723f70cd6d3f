/**
 * The CLI's output options on the built bundle: plain text for a terminal (`--format text`, what a
 * TTY gets by default), markdown when piped, the HTML report with `--html`, a bad `--format` is a
 * usage error, and a Node without `node:sqlite` is told which Node to use (exit 2).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/fixtures.js';

const CLI = path.join(REPO_ROOT, 'dist/cli/index.js');
const SAMPLE = path.join(REPO_ROOT, 'examples/sample-run');
const dir = mkdtempSync(path.join(tmpdir(), 'cli-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (args: string[], node = process.execPath) => spawnSync(node, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('CLI output', () => {
  it('--format text: aligned plain text, no markdown; piped without it: markdown; --html: the HTML report', () => {
    const html = path.join(dir, 'report.html');
    const text = run(['analyze', SAMPLE, '--quiet', '--format', 'text', '--html', html]);
    expect(text.status).toBe(1);
    const lines = text.stdout.split('\n');
    expect(lines[0]).toBe('loadgen-gate: FAIL: 2 of 9 vats grew.');
    expect(text.stdout).toMatch(/^ {2}FAIL leaky \(v7\): BOYD time [\d.]+ → [\d.]+ ms over \d+ blocks/m);
    expect(text.stdout).not.toMatch(/\*\*|\\[()_]|^\|/m);
    // Columns line up: the header and the rule under it have the same width.
    const head = lines.findIndex((l) => /^ {2} {4}vat/.test(l) || /^ {2}vat /.test(l));
    expect(head).toBeGreaterThan(0);
    expect(lines[head + 1]!.trimEnd().length).toBe(lines[head]!.trimEnd().length);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>\n<html lang="en">/);

    const piped = run(['analyze', SAMPLE, '--quiet']);
    expect(piped.stdout.split('\n')[0]).toBe('## ❌ loadgen-gate: **FAIL**');
  }, 120_000);

  it('a bad --format is a usage error', () => {
    const r = run(['analyze', SAMPLE, '--format', 'pdf']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('loadgen-gate: --format must be text or markdown, not pdf\n');
  });

  const old = ['/usr/bin/node', '/usr/local/bin/node'].find((n) => existsSync(n) && Number(spawnSync(n, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).stdout.trim()) < 22);
  it.skipIf(!old)('on a Node without node:sqlite it says which Node it needs and exits 2', () => {
    const r = run(['analyze', SAMPLE], old);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^loadgen-gate needs Node 24 \(or 22\.13 and later\) \(for node:sqlite\); this is Node 2\d\.\d+\.\d+\./);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
