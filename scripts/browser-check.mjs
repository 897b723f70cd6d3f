#!/usr/bin/env node
/**
 * Renders what people see of a report in a real browser (headless Chromium) and fails on anything
 * that reads badly to a machine: the self-contained HTML report, and the markdown summary as GitHub
 * shows it (GFM, mermaid 11 from the `mermaid` devDependency, loaded from disk).
 *
 *   node scripts/browser-check.mjs [--out DIR] [--fixtures DIR] [--only leaky,clean]
 *
 * For each fixture run it calls the built CLI (`dist/cli/index.js analyze RUN --json --markdown
 * --html`), then in Chromium:
 * - the HTML report: no console error, no page error, no request leaves the file (no network,
 *   no other file), every `svg.chart` has as many point marks as its `data-points` says;
 * - the markdown summary in a light and a dark page: mermaid renders every block without an
 *   error, and every chart's line has as many vertices as the block has values.
 * Screenshots go to DIR (default `browser-shots/`). Exit 0 when all passed, 1 on a failure,
 * 3 when no Chromium was found (the message says where it looked).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: path.join(root, 'browser-shots') },
    fixtures: { type: 'string', default: path.resolve(root, '../shared/fixtures') },
    only: { type: 'string' },
  },
});

export const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'].filter(Boolean);
const chromium = CHROMIUM_CANDIDATES.find((p) => existsSync(p));
if (!chromium) {
  console.log(`browser check: no Chromium (looked at ${CHROMIUM_CANDIDATES.join(', ')}; set CHROMIUM_PATH)`);
  process.exit(3);
}

const names = (values.only ?? 'clean,leaky,weak,late,promises,local').split(',').map((s) => s.trim()).filter(Boolean);
let runs = names.map((n) => ({ name: n, dir: path.join(values.fixtures, n.startsWith('loadgen-') ? n : `loadgen-${n}`) })).filter((r) => existsSync(r.dir));
// Without the shared fixtures (a fresh clone elsewhere), the sample run in the repository.
if (!runs.length) runs = [{ name: 'sample', dir: path.join(root, 'examples/sample-run') }];
// The leaky run against the clean run's report: the columns of a comparison with a baseline.
if (runs.some((r) => r.name === 'clean') && runs.some((r) => r.name === 'leaky')) runs.push({ name: 'leaky-vs-baseline', dir: runs.find((r) => r.name === 'leaky').dir, baseline: 'clean' });
mkdirSync(values.out, { recursive: true });
const work = mkdtempSync(path.join(tmpdir(), 'loadgen-gate-browser-'));
const problems = [];
const fail = (where, what) => problems.push(`${where}: ${what}`);

const { chromium: pw } = await import('playwright-core');
// A fresh profile (Playwright passes it to Chromium as --user-data-dir).
const browser = await pw.launchPersistentContext(path.join(work, 'profile'), {
  executablePath: chromium,
  headless: true,
  viewport: { width: 1100, height: 900 },
  deviceScaleFactor: 1,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const mermaidJs = path.join(root, 'node_modules/mermaid/dist/mermaid.min.js');
const { marked } = await import('marked');

/** A page whose every request other than the given file is refused and reported. */
async function openPage(where, colorScheme, allowed) {
  const page = await browser.newPage();
  await page.emulateMedia({ colorScheme });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (allowed(url)) return route.continue();
    fail(where, `request outside the page: ${url.slice(0, 200)}`);
    return route.abort();
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') fail(where, `console ${m.type()}: ${m.text().slice(0, 300)}`);
  });
  page.on('pageerror', (e) => fail(where, `page error: ${String(e.message ?? e).slice(0, 300)}`));
  return { context: page, page };
}

/** The summary as GitHub shows it: GFM, raw `<details>`/`<sub>` kept, mermaid blocks as diagrams. */
function summaryPage(markdown, dark) {
  const renderer = new marked.Renderer();
  const code = renderer.code.bind(renderer);
  renderer.code = (tok) => (tok.lang === 'mermaid' ? `<pre class="mermaid">${tok.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre>` : code(tok));
  const body = marked.parse(markdown, { gfm: true, renderer });
  const [bg, fg, border, link] = dark ? ['#0d1117', '#e6edf3', '#30363d', '#4493f8'] : ['#ffffff', '#1f2328', '#d1d9e0', '#0969da'];
  return `<!doctype html><html><head><meta charset="utf-8"><style>
body{background:${bg};color:${fg};font:14px/1.5 -apple-system,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif;max-width:1012px;margin:16px auto;padding:0 16px}
table{border-collapse:collapse;display:block;overflow:auto;margin:8px 0}th,td{border:1px solid ${border};padding:4px 10px}
code{background:${dark ? '#262c36' : '#eff1f3'};padding:.1em .3em;border-radius:4px}a{color:${link}}
pre.mermaid{background:none}blockquote{border-left:.25em solid ${border};margin:0;padding:0 1em;color:${dark ? '#9198a1' : '#59636e'}}
</style></head><body>${body}</body></html>`;
}

for (const run of runs) {
  const out = path.join(work, run.name);
  mkdirSync(out, { recursive: true });
  const files = { json: path.join(out, 'report.json'), md: path.join(out, 'summary.md'), html: path.join(out, 'report.html') };
  const baseline = run.baseline ? ['--baseline', path.join(work, run.baseline, 'report.json')] : [];
  const cli = spawnSync(process.execPath, [path.join(root, 'dist/cli/index.js'), 'analyze', run.dir, '--quiet', '--json', files.json, '--markdown', files.md, '--html', files.html, ...baseline], { encoding: 'utf8' });
  if (cli.status !== 0 && cli.status !== 1) {
    fail(run.name, `CLI exit ${cli.status}: ${cli.stderr.trim().split('\n').pop()}`);
    continue;
  }

  // The HTML report: self-contained, no errors, every chart with its points.
  const htmlUrl = pathToFileURL(files.html).href;
  for (const scheme of ['light', 'dark']) {
    const where = `${run.name} report.html (${scheme})`;
    const { context, page } = await openPage(where, scheme, (u) => u === htmlUrl || u.startsWith('data:'));
    await page.goto(htmlUrl, { waitUntil: 'load' });
    const charts = await page.$$eval('svg.chart', (svgs) => svgs.map((s) => ({ id: s.id, want: Number(s.dataset.points ?? -1), got: s.querySelectorAll('.pt').length, w: s.getBoundingClientRect().width })));
    if (!charts.length) fail(where, 'no chart');
    for (const c of charts) {
      if (c.want < 0) fail(where, `chart ${c.id} has no data-points`);
      else if (c.got !== c.want) fail(where, `chart ${c.id}: ${c.got} point marks, ${c.want} expected`);
      if (!(c.w > 100)) fail(where, `chart ${c.id} is ${c.w}px wide`);
    }
    await page.screenshot({ path: path.join(values.out, `${run.name}-report-${scheme}.png`), fullPage: true });
    await context.close();
  }

  // The markdown summary with mermaid, as GitHub shows it in both themes.
  const markdown = readFileSync(files.md, 'utf8');
  const blocks = [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]);
  for (const dark of [false, true]) {
    const where = `${run.name} summary.md (${dark ? 'dark' : 'light'})`;
    const pageFile = path.join(out, `summary-${dark ? 'dark' : 'light'}.html`);
    writeFileSync(pageFile, summaryPage(markdown, dark));
    const pageUrl = pathToFileURL(pageFile).href;
    const { context, page } = await openPage(where, dark ? 'dark' : 'light', (u) => u === pageUrl || u.startsWith('data:'));
    await page.goto(pageUrl, { waitUntil: 'load' });
    await page.addScriptTag({ path: mermaidJs });
    const error = await page.evaluate(async (theme) => {
      try {
        // GitHub picks the theme from the reader's colour mode; the charts set their own colours.
        globalThis.mermaid.initialize({ startOnLoad: false, theme, securityLevel: 'strict' });
        await globalThis.mermaid.run({ querySelector: 'pre.mermaid', suppressErrors: false });
        return null;
      } catch (e) {
        return String(e?.message ?? e);
      }
    }, dark ? 'dark' : 'default');
    if (error) fail(where, `mermaid: ${error.slice(0, 300)}`);
    const drawn = await page.$$eval('pre.mermaid', (pres) =>
      pres.map((p) => ({
        error: !!p.querySelector('.error-icon, .error-text'),
        // xychart draws each line as one path of straight segments: one vertex per value.
        lines: [...p.querySelectorAll('g.line-plot-0 path, g[class^="line-plot"] path')].map((l) => (l.getAttribute('d') ?? '').split(/[ML]/).filter((s) => s.trim()).length),
      })),
    );
    if (drawn.length !== blocks.length) fail(where, `${drawn.length} diagrams for ${blocks.length} mermaid blocks`);
    drawn.forEach((d, i) => {
      if (d.error) fail(where, `mermaid block ${i + 1} drew an error`);
      const want = [...(blocks[i] ?? '').matchAll(/^\s*line(?: "[^"]*")? \[([^\]]*)\]/gm)].map((m) => m[1].split(',').length);
      const got = [...new Set(d.lines.map(String))].length ? d.lines : [];
      if (got.length < want.length) fail(where, `mermaid block ${i + 1}: ${got.length} lines drawn, ${want.length} in the block`);
      want.forEach((n, j) => {
        if (got[j] !== undefined && got[j] !== n) fail(where, `mermaid block ${i + 1} line ${j + 1}: ${got[j]} vertices, ${n} values`);
      });
    });
    await page.screenshot({ path: path.join(values.out, `${run.name}-summary-${dark ? 'dark' : 'light'}.png`), fullPage: true });
    await context.close();
  }
  console.log(`browser check: ${run.name}: report.html and summary.md rendered`);
}
await browser.close();
rmSync(work, { recursive: true, force: true });
if (problems.length) {
  for (const p of problems) console.log(`browser check: FAIL ${p}`);
  process.exit(1);
}
console.log(`browser check: ${runs.length} run(s) passed; screenshots in ${path.relative(process.cwd(), values.out) || '.'}`);
