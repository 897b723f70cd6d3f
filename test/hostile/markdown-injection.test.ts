/**
 * Text from the artifacts that reaches the markdown summary / PR comment: vat names (create-vat),
 * method names (message bodies), delivery kinds, vatIDs, event types and file names. The real
 * stage-1 slog is rewritten so that each carries HTML, markdown structure, mentions, issue
 * references, links, images and newlines; the CLI's markdown must contain none of it as live
 * syntax, keep every table's column count, and the JSON report must keep the raw text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  OWN_TAGS, cleanupScratch, expectTablesWellFormed, expectUsable, joinLines, runCli, scratchDir, slogLines, splitCode,
  typeOf, type CliResult, withoutOwnLinks, isMermaidFence, MERMAID_LINE, SHELL_LINE,
} from './helpers.js';

afterAll(cleanupScratch);

const PAYLOADS = {
  img: '<img src=x onerror=alert(1)>',
  details: '</details><script>alert(1)</script><details open>',
  pipes: '| x | y |',
  ticks: 'a`b``c```d',
  mention: '@octocat',
  refs: '#123 GH-45 agoric/agoric-sdk#4525',
  link: '[x](https://evil.example/a)',
  image: '![i](https://evil.example/x.png)',
  newlines: 'line1\n# heading\n- item\n> quote\n\n<img src=y>',
  url: 'https://evil.example/p www.evil.example',
  entity: '&lt;b&gt; &#64;octocat &#35;1',
  bidi: '\u202eevil\u202c\u200b',
  emphasis: '**bold** _it_ ~~s~~ $x$',
};

/** Vat name per vat, and method name per vat's `message` deliveries. */
const NAMES: Record<string, string> = {
  v6: `${PAYLOADS.img} ${PAYLOADS.mention} ${PAYLOADS.bidi}`,
  v7: `${PAYLOADS.details} ${PAYLOADS.refs} ${PAYLOADS.newlines}`,
  v8: `${PAYLOADS.pipes} ${PAYLOADS.ticks} ${PAYLOADS.emphasis}`,
  v9: `${PAYLOADS.link} ${PAYLOADS.image} ${PAYLOADS.url} ${PAYLOADS.entity}`,
};
const METHODS: Record<string, string> = {
  v6: `${PAYLOADS.details}${PAYLOADS.mention}`,
  v7: `${PAYLOADS.img} ${PAYLOADS.pipes} ${PAYLOADS.refs}`,
  v8: `${PAYLOADS.ticks}${PAYLOADS.newlines}`,
  v9: `${PAYLOADS.image}${PAYLOADS.link}`,
};
const EVIL_KIND = `</details>${PAYLOADS.img}`;
const EVIL_VAT = `@octocat</details>`;
const EVIL_TYPE = '<img src=x onerror=alert(1)> @octocat #1 [x](https://evil)';
/** A file name cannot hold `/`, so no closing tag here. */
const EVIL_FILE = 'x<img src=x onerror=alert(1)> @octocat #12 [l](https:evil) ![i](x) | `y`.slog';

let r: CliResult;
let md: string;
let code: ReturnType<typeof splitCode>;

beforeAll(async () => {
  const lines = slogLines('loadgen-leaky', 1);
  let kindChanged = false;
  const out: Array<Buffer | string> = lines.map((l) => {
    const t = typeOf(l);
    if (t === 'create-vat') {
      const s = l.toString();
      const m = /"vatID":"(v\d+)"/.exec(s);
      const name = m && NAMES[m[1]!];
      // Rewrite only the leading `name` field (the line holds the whole vat bundle).
      return name ? s.replace(/"name":"[^"]*"/, `"name":${JSON.stringify(name)}`) : l;
    }
    if (t === 'deliver' && l.includes('"replay":false')) {
      const o = JSON.parse(l.toString());
      const method = METHODS[o.vatID];
      if (o.vd?.[0] === 'message' && method) {
        const body: string = o.vd[2].methargs.body;
        const args = JSON.parse(body.slice(1)).slice(1);
        // Smallcaps: a string starting with one of !"#$%&'()*+,- is written with a `!` prefix.
        const enc = /^[!-\-]/.test(method) ? `!${method}` : method;
        o.vd[2].methargs.body = `#${JSON.stringify([enc, ...args])}`;
        return JSON.stringify(o);
      }
      if (o.vd?.[0] === 'notify' && o.vatID === 'v9' && !kindChanged) {
        kindChanged = true;
        o.vd[0] = EVIL_KIND;
        return JSON.stringify(o);
      }
    }
    return l;
  });
  // A delivery of a vat whose ID is a payload, an unknown event type and an orphan result.
  const at = out.findIndex((l) => typeOf(Buffer.from(l)) === 'cosmic-swingset-end-block-start') + 1;
  out.splice(
    at,
    0,
    JSON.stringify({ type: 'deliver', crankNum: 1e6, vatID: EVIL_VAT, deliveryNum: 1, replay: false, dispatch: 'message', kd: [], vd: ['message', 'o+0', { methargs: { body: `#${JSON.stringify([PAYLOADS.img, []])}`, slots: [] } }], time: 1, monotime: 1 }),
    JSON.stringify({ type: 'deliver-result', crankNum: 1e6, vatID: EVIL_VAT, deliveryNum: 1, replay: false, dispatch: 'message', dr: ['ok', null, null], time: 1, monotime: 1.001, seconds: 0.001 }),
    `{"type":"${EVIL_TYPE}","time":1}`,
    JSON.stringify({ type: 'deliver-result', crankNum: 2e6, vatID: `${EVIL_VAT}\n::error::x`, deliveryNum: 7, replay: false, dr: ['ok'], seconds: 0.001 }),
  );
  expect(kindChanged).toBe(true);
  const dir = scratchDir('md');
  fs.writeFileSync(path.join(dir, 'chain-stage-1.slog'), joinLines(out));
  fs.writeFileSync(path.join(dir, EVIL_FILE), 'not json\n');
  r = await runCli([dir]);
  md = r.markdown!;
  code = splitCode(md);
  if (process.env.HOSTILE_DEBUG) fs.writeFileSync(process.env.HOSTILE_DEBUG, md);
});

describe('payloads in vat names, method names, kinds, vatIDs, event types and file names', () => {
  it('the run is analysed normally and the payloads are really in the report', () => {
    expectUsable(r);
    expect(r.code).toBe(1); // leaky (v7) and holder (v6) still fail
    for (const [vat, name] of Object.entries(NAMES)) expect(r.report.vats.find((v: any) => v.vatID === vat).name).toBe(name);
    const v7 = r.report.vats.find((v: any) => v.vatID === 'v7');
    expect(v7.deliveryKinds.map((k: any) => k.method)).toContain(METHODS.v7);
    expect(r.report.vats.some((v: any) => v.vatID === EVIL_VAT)).toBe(true);
    expect(r.report.run.utilization.byKind.map((k: any) => k.kind)).toContain(EVIL_KIND);
    // ...and they reach the markdown: each vat's row, the failing vats' charts, the warnings.
    expect(md).toContain('### Findings');
    expect(md).toContain('### Charts');
    expect(md).toContain('### Input problems');
    expect(code.spans.some((s) => s.trim().startsWith('</details><img src=x oner'))).toBe(true);
  });

  it('no raw HTML outside code: only the renderer\'s own tags, balanced', () => {
    const tags = code.outside.match(/<\/?[A-Za-z!?][^>]*>?/g) ?? [];
    for (const t of tags) expect(t, t).toMatch(OWN_TAGS);
    expect(code.outside).not.toMatch(/<img|<script|<\/?details (?!open>)/i);
    // <details> blocks nest properly: the payload cannot close ours.
    let depth = 0;
    for (const t of tags) {
      if (t.startsWith('<details')) depth++;
      if (t === '</details>') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it('no mention, issue reference, link, image or autolink outside code', () => {
    const o = code.outside;
    expect(o).not.toMatch(/@(?!&ZeroWidthSpace;)[A-Za-z0-9_]/);
    expect(o).not.toMatch(/#\d/);
    expect(o).not.toMatch(/GH-\d/i);
    expect(withoutOwnLinks(o)).not.toContain('](');
    expect(o).not.toMatch(/(?<!\\)!(?<!\\)\[/);
    expect(o).not.toMatch(/https?:\/\//i);
    expect(o).not.toMatch(/www\./i);
    expect(o).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b]/);
  });

  it('the markdown structure holds: every table keeps its column count, no injected heading/list/quote line', () => {
    expect(expectTablesWellFormed(code.outside)).toBeGreaterThanOrEqual(5);
    const headings = code.outside.split('\n').filter((l) => /^ {0,3}#/.test(l));
    for (const h of headings) expect(h, h).toMatch(/^(## (❌|⚠️|✅|➖) loadgen-gate: \*\*[A-Z]+\*\*|### [A-Z][A-Za-z (),-]+)$/);
    const lines = code.outside.split('\n');
    expect(lines.filter((l) => /^ {0,3}>/.test(l))).toEqual([]);
    // List items are the renderer's own: attribution sentences and warnings.
    // List items are the renderer's own: a level icon first, attribution sentences and warnings.
    expect(lines.filter((l) => /^ {0,3}[-*+] /.test(l) && !/^- ((❌|⚠️|✅|➖) |.* gained \d|⟦code⟧ ×\d+: )/.test(l))).toEqual([]);
    expect(lines.filter((l) => /item|heading|quote/.test(l) && !l.startsWith('|') && !l.startsWith('- ') && !l.startsWith('<details'))).toEqual([]);
  });

  it('code spans are single-line, pipe-free, and mermaid blocks carry only label-safe text', () => {
    for (const s of code.spans) {
      expect(s).not.toMatch(/[\n|]/);
    }
    const mermaid = code.fences.filter(isMermaidFence);
    expect(mermaid.length).toBeGreaterThan(0);
    for (const f of mermaid) {
      // Only the colour directive and xychart statements, with label-safe strings: the payload
      // cannot end the string, add a statement, or leave the block.
      for (const line of f.split('\n')) expect(line).toMatch(MERMAID_LINE);
      for (const m of f.replace(/^%%.*%%$/m, '').matchAll(/"([^"\n]*)"/g)) expect(m[1]).toMatch(/^[A-Za-z0-9 _.,:/()%+-]*$/);
      // (A URL may survive as plain title text: chart text is drawn in an SVG, never linked.)
      expect(f).not.toMatch(/<|>(?!\s*[-\d])|`|@/);
    }
    // The other fences are the command that reproduces the verdict: words quoted for the shell.
    for (const f of code.fences.filter((x) => !isMermaidFence(x))) for (const line of f.split('\n')) expect(line).toMatch(SHELL_LINE);
  });

  it('stderr stays one line per message: no injected line, no workflow command', () => {
    expect(r.stderr).not.toMatch(/^::/m);
    expect(r.stderr).not.toMatch(/^# heading/m);
    const last = r.stderr.trim().split('\n').at(-1)!;
    expect(last).toMatch(/^loadgen-gate: FAIL: /);
    expect(last).toContain('\\u000a# heading'); // the newline in v7's name is shown, not executed
  });
});
