/**
 * The HTML report and the markdown summary (GFM + mermaid 11) of the fixture runs, rendered in
 * headless Chromium by scripts/browser-check.mjs: no console or mermaid error, every chart with its
 * points, screenshots in browser-shots/. Where no Chromium is installed this one test is skipped,
 * with one line saying so; with LOADGEN_GATE_REQUIRE_BROWSER=1 (CI) a missing Chromium fails it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/fixtures.js';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'].filter((p): p is string => !!p);
const chromium = CANDIDATES.find((p) => existsSync(p));
const required = process.env.LOADGEN_GATE_REQUIRE_BROWSER === '1';
if (!chromium && !required) console.log(`browser test skipped: no Chromium (looked at ${CANDIDATES.join(', ')}; set CHROMIUM_PATH)`);

describe('the report in a real browser', () => {
  it.skipIf(!chromium && !required)('renders the HTML report and the summary with mermaid in headless Chromium, without an error', () => {
    const out = process.env.LOADGEN_GATE_SHOTS ?? path.join(REPO_ROOT, 'browser-shots');
    const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/browser-check.mjs'), '--out', out], { encoding: 'utf8', cwd: REPO_ROOT, timeout: 900_000 });
    const lines = `${r.stdout}${r.stderr}`.trim().split('\n');
    expect(r.status, lines.slice(-30).join('\n')).toBe(0);
    expect(lines.at(-1)).toMatch(/^browser check: \d+ run\(s\) passed/);
  }, 900_000);
});
