/**
 * The token never reaches a message, a log line or a serialized error, whatever the server or the
 * network says (test/sources/client.test.ts covers the well-behaved fake server; here a fake
 * `fetch` fails in every way it can and echoes the token back everywhere). Then a static check of
 * the action's code paths: no log call is handed the token, and the action masks it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createGitHubClient, type RetryInfo } from '../../src/sources/github/client.js';
import { downloadArtifactZip } from '../../src/sources/github/download.js';
import { REPO_ROOT } from '../helpers/fixtures.js';

const TOKEN = 'ghp_S3cretTok3nValue0123456789abcdefXYZ';
const DERIVED = [TOKEN, Buffer.from(`x-access-token:${TOKEN}`).toString('base64'), Buffer.from(TOKEN).toString('base64'), encodeURIComponent(TOKEN)];
const SIGNED_QUERY = 'sig=SIGNEDsecretQUERY123';

/** Everything an error could leak through when logged or reported. */
function exposures(err: unknown, extra: unknown[] = []): string {
  const e = err as Error;
  return [String(e), e?.message, e?.stack, JSON.stringify(e), inspect(e, { depth: 5, showHidden: true }), JSON.stringify(extra), inspect(extra, { depth: 5 })].join('\n');
}

function expectNoSecret(text: string): void {
  for (const d of DERIVED) expect(text).not.toContain(d);
  expect(text).not.toContain(SIGNED_QUERY);
}

type Handler = (url: URL, init: RequestInit) => Response | Promise<Response>;

function client(handler: Handler, extra: { retries?: number } = {}) {
  const retries: RetryInfo[] = [];
  const seen: Array<{ url: string; auth: string | null }> = [];
  // Like fetch: follows redirects itself when asked to, with the headers it was given.
  const fetchImpl = (async (input: string | URL | Request, init: RequestInit = {}) => {
    let url = new URL(String(input));
    const h = new Headers(init.headers);
    for (let hop = 0; ; hop++) {
      seen.push({ url: url.href, auth: h.get('authorization') });
      const res = await handler(url, init);
      const location = res.headers.get('location');
      if (init.redirect !== 'follow' || !location || res.status < 300 || res.status > 399 || hop >= 5) return res;
      url = new URL(location, url);
    }
  }) as typeof fetch;
  const c = createGitHubClient({
    token: TOKEN,
    apiUrl: 'https://api.github.test',
    userAgent: 'hostile-test',
    retries: extra.retries ?? 2,
    retryUnitMs: 0,
    onRetry: (r) => retries.push(r),
    fetch: fetchImpl,
  });
  return { c, retries, seen };
}

const ROUTE = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts';
const PARAMS = { owner: 'o', repo: 'r', run_id: 1 };

describe('the GitHub client never leaks the token (fake fetch that fails)', () => {
  it('a network error whose message, cause and code carry the token', async () => {
    const { c, retries } = client(() => {
      const cause = Object.assign(new Error(`connect ECONNREFUSED (Authorization: Bearer ${TOKEN})`), { code: `E_${TOKEN}` });
      throw new TypeError(`fetch failed for Bearer ${TOKEN}`, { cause });
    });
    const err = await c.request(ROUTE, PARAMS).catch((e) => e);
    expect(err.name).toBe('GitHubApiError');
    expect(err.message).toMatch(/^GitHub API request failed on GET \/repos\/o\/r\/actions\/runs\/1\/artifacts: /);
    expect(err.message).not.toContain('\n');
    expect(retries).toHaveLength(2);
    expectNoSecret(exposures(err, retries));
  });

  it('a thrown non-Error value carrying the token', async () => {
    const { c } = client(() => {
      throw `boom ${TOKEN}`;
    });
    const err = await c.request(ROUTE, PARAMS).catch((e) => e);
    expectNoSecret(exposures(err));
  });

  const echoing = (status: number) =>
    client(
      () =>
        new Response(
          JSON.stringify({
            message: `Bad credentials: ${TOKEN}\nsecond line`,
            errors: [{ message: `token ${TOKEN}` }, `raw ${TOKEN}`, { code: 'invalid', field: TOKEN }],
            documentation_url: `https://docs.github.test/?token=${TOKEN}`,
          }),
          { status, statusText: `Status ${TOKEN}`, headers: { 'x-github-request-id': `req-${TOKEN}`, 'content-type': 'application/json' } },
        ),
    );

  it('401/403/404/422/500 answers that echo the token in message, errors[] and status text: the logged text is clean', async () => {
    for (const status of [401, 403, 404, 422, 500]) {
      const { c, retries } = echoing(status);
      const err = await c.request(ROUTE, PARAMS).catch((e) => e);
      expect(err.status).toBe(status);
      expect(err.message).not.toContain('\n');
      expectNoSecret([String(err), err.message, err.stack, err.githubMessage, JSON.stringify(retries)].join('\n'));
    }
  });

  // Regression: `documentationUrl` (from the body's documentation_url) and `requestId` (the
  // x-github-request-id header) go through redact() too, so `JSON.stringify(err)` or
  // `util.inspect(err)` cannot show the token when the server echoes it there.
  it('... and so is the serialized error (every field)', async () => {
    const { c } = echoing(401);
    const err = await c.request(ROUTE, PARAMS).catch((e) => e);
    expectNoSecret(exposures(err));
  });

  it('a non-JSON error body (an HTML or text page) that contains the token', async () => {
    for (const body of [`token=${TOKEN}`, `<html>${TOKEN}</html>`]) {
      const { c } = client(() => new Response(body, { status: 400, statusText: '' }));
      const err = await c.request(ROUTE, PARAMS).catch((e) => e);
      expectNoSecret(exposures(err));
    }
  });

  const signedBlob = (body: string) =>
    client((url) => {
      if (url.hostname === 'api.github.test') {
        return new Response(null, { status: 302, headers: { location: `https://blob.storage.test/artifact.zip?${SIGNED_QUERY}` } });
      }
      return new Response(body, { status: 403 });
    });
  const ZIP = { owner: 'o', repo: 'r', artifactId: 5, maxBytes: 1000 };

  it('download: the token is not sent to another origin, and a failing signed URL is reported without its query', async () => {
    const { c, seen } = signedBlob('AuthenticationFailed');
    const err = (await downloadArtifactZip(c, ZIP).then(() => undefined, (e: unknown) => e)) as Error;
    expect(seen[0]!.auth).toBe(`token ${TOKEN}`);
    expect(seen.slice(1).map((s) => s.auth)).toEqual(seen.slice(1).map(() => null));
    expect(seen.some((s) => s.url.startsWith('https://blob.storage.test/'))).toBe(true);
    expect(err.message).toBe('GitHub API 403 on GET https://blob.storage.test/artifact.zip: AuthenticationFailed');
    expectNoSecret(exposures(err));
  });

  // Regression: a blob-store error body that quotes the signed request must not put the SAS
  // signature (`sig=`, `se=`, `sp=` …) into the message or the logs: redact() masks those parameters.
  it('download: a blob error body that quotes the signed query does not leak it', async () => {
    const { c } = signedBlob(`Signature mismatch for /artifact.zip?${SIGNED_QUERY}`);
    const err = await downloadArtifactZip(c, ZIP).catch((e: unknown) => e);
    expectNoSecret(exposures(err));
  });

  it('a redirect back to the API origin from elsewhere does not regain the token', async () => {
    const { c, seen } = client((url) => {
      if (url.pathname.endsWith('/zip')) return new Response(null, { status: 302, headers: { location: 'https://evil.test/x' } });
      if (url.hostname === 'evil.test') return new Response(null, { status: 302, headers: { location: 'https://api.github.test/steal' } });
      return new Response('ok', { status: 200 });
    });
    // 'ok' is no zip: the download fails after the hops, which are what this test is about.
    await downloadArtifactZip(c, ZIP).catch(() => undefined);
    expect(seen.map((s) => [new URL(s.url).hostname, s.auth !== null])).toEqual([
      ['api.github.test', true],
      ['evil.test', false],
      ['api.github.test', false],
    ]);
  });
});

describe('the action code paths never log the token and mask it', () => {
  const files = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
  const src = files(path.join(REPO_ROOT, 'src'));

  /** The code of a call's arguments with string-literal text blanked (template `${…}` kept). */
  function argsOf(text: string, at: number): string {
    let depth = 0;
    let out = '';
    let quote: string | null = null;
    const tmpl: number[] = [];
    for (let i = at; i < text.length; i++) {
      const ch = text[i]!;
      if (quote) {
        if (ch === '\\') {
          i++;
          continue;
        }
        if (quote === '`' && ch === '$' && text[i + 1] === '{') {
          tmpl.push(depth);
          quote = null;
          out += '${';
          i++;
          continue;
        }
        if (ch === quote) quote = null;
        continue;
      }
      if (ch === "'" || ch === '"' || ch === '`') {
        quote = ch;
        continue;
      }
      if (ch === '}' && tmpl.length && tmpl[tmpl.length - 1] === depth) {
        tmpl.pop();
        quote = '`';
        out += '}';
        continue;
      }
      if (ch === '(') depth++;
      if (ch === ')') {
        depth--;
        if (depth === 0) return out;
      }
      out += ch;
    }
    return out;
  }

  it('no log, annotation, output or failure message is given a token value', () => {
    const LOG = /\b(core\.(info|debug|warning|notice|error|setFailed|setOutput|exportVariable|saveState)|console\.\w+|(?:log|logger)\.(info|warning|debug|error)|process\.(stdout|stderr)\.write)\s*\(/g;
    const offenders: string[] = [];
    let calls = 0;
    for (const f of src) {
      const text = fs.readFileSync(f, 'utf8');
      for (const m of text.matchAll(LOG)) {
        calls++;
        const args = argsOf(text, m.index! + m[0].length - 1);
        if (/\b(token|githubToken|authorization|auth)\b(?!\s*[:?]?\s*\()/i.test(args.replace(/\btoken\.length\b/g, ''))) {
          offenders.push(`${path.relative(REPO_ROOT, f)}: ${m[0]}${args.slice(0, 120)}`);
        }
      }
    }
    expect(calls).toBeGreaterThan(10);
    expect(offenders).toEqual([]);
  });

  it('wherever the action reads the token input, it registers it as a secret', () => {
    const readers = src.filter((f) => /getInput\(\s*['"]github-token['"]|['"]github-token['"]/.test(fs.readFileSync(f, 'utf8')) && /publish|entry/.test(f));
    if (!readers.length) return; // the action does not take a token (yet)
    const masks = src.filter((f) => /core\.setSecret\(/.test(fs.readFileSync(f, 'utf8')));
    expect(masks.length, 'core.setSecret is called in the action').toBeGreaterThan(0);
  });

  it('the client redacts what it puts into errors', () => {
    let seen = 0;
    for (const f of ['request-errors.ts', 'download.ts']) {
      const text = fs.readFileSync(path.join(REPO_ROOT, 'src/sources/github', f), 'utf8');
      for (const m of text.matchAll(/githubMessage:\s*([^,\n]+)/g)) {
        const v = m[1]!.trim();
        seen++;
        // Either redacted, or a fixed text (apiError's messages are literals at each call).
        expect(v, `${f}: ${v}`).toMatch(/^(c\.redact\(|g\.redact\(|redact\(|message\b)/);
      }
    }
    expect(seen).toBeGreaterThan(3);
  });
});
