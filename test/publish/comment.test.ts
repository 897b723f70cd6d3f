import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentMarker, digestLine, upsertStickyComment, type UpsertCommentOptions } from '../../src/publish/github/comment.js';
import { commentBody, withProvenance } from '../../src/publish/github/bodies.js';
import { renderSections } from '../../src/render/markdown.js';
import { analyzeRun } from '../../src/engine/analyze-run.js';
import { DEFAULT_POLICY } from '../../src/shared/policy.js';
import { silentLogger } from '../../src/shared/logger.js';
import type { RunReport } from '../../src/shared/report-schema.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { BOT, fakeRepo, HUMAN } from '../fake-github/server.js';
import { apiRequests, OWNER, REPO, SLUG, testClient, TOKEN, useFakeGitHub } from '../sources/github-helpers.js';

const gh = useFakeGitHub((g) => {
  g.state.actor = BOT;
  g.state.repos = { [SLUG]: fakeRepo({ pulls: [{ number: 42, state: 'open', head_sha: 'b'.repeat(40) }] }) };
});

const opts = (o: Partial<UpsertCommentOptions> = {}): UpsertCommentOptions => ({
  owner: OWNER,
  repo: REPO,
  issueNumber: 42,
  key: 'a3p',
  body: '## loadgen-gate\n\nall good\n\n_Updated 2026-01-01T00:00:00Z_',
  mode: 'always',
  regression: false,
  ...o,
});
const comments = () => gh.state.repos[SLUG]!.comments.filter((c) => c.issue_number === 42);

describe('upsertStickyComment', () => {
  it('creates once, then updates in place (one comment after two runs)', async () => {
    const { client } = testClient(gh);
    const first = await upsertStickyComment(client, opts());
    expect(first.action).toBe('created');
    expect(first.url).toContain(`#issuecomment-${first.id}`);
    const second = await upsertStickyComment(client, opts({ body: 'second run' }));
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(comments()).toHaveLength(1);
    expect(comments()[0]!.body).toBe(`${commentMarker('a3p')}\n${digestLine('second run')}\nsecond run`);
    expect(apiRequests(gh, 'PATCH')[0]!.path).toBe(`/repos/${SLUG}/issues/comments/${first.id}`);
  });

  it('keeps separate comments per key', async () => {
    const { client } = testClient(gh);
    await upsertStickyComment(client, opts({ key: 'a3p' }));
    await upsertStickyComment(client, opts({ key: 'mainnet' }));
    expect(comments()).toHaveLength(2);
  });

  it('does not hijack a user-authored comment carrying the marker', async () => {
    gh.state.repos[SLUG]!.comments.push({ id: 1, issue_number: 42, body: `${commentMarker('a3p')}\nI pasted the marker`, user: HUMAN, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' });
    const { client } = testClient(gh);
    const res = await upsertStickyComment(client, opts());
    expect(res.action).toBe('created');
    expect(res.id).not.toBe(1);
    expect(comments().find((c) => c.id === 1)!.body).toContain('I pasted the marker');
    expect(apiRequests(gh, 'PATCH')).toHaveLength(0);
  });

  it('matches a non-bot author only when it is the viewer (PAT)', async () => {
    gh.state.actor = { login: 'perf-bot-user', type: 'User' };
    const { client } = testClient(gh);
    await upsertStickyComment(client, opts({ viewerLogin: 'perf-bot-user' }));
    const res = await upsertStickyComment(client, opts({ viewerLogin: 'perf-bot-user', body: 'v2' }));
    expect(res.action).toBe('updated');
    expect(comments()).toHaveLength(1);
  });

  it('finds the marker on a later page', async () => {
    const repo = gh.state.repos[SLUG]!;
    for (let i = 0; i < 150; i++) repo.comments.push({ id: 100 + i, issue_number: 42, body: `chatter ${i}`, user: HUMAN, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' });
    repo.comments.push({ id: 999, issue_number: 42, body: `${commentMarker('a3p')}\nold`, user: BOT, created_at: '2026-01-02T00:00:00Z', updated_at: '2026-01-02T00:00:00Z' });
    const { client } = testClient(gh);
    const res = await upsertStickyComment(client, opts());
    expect(res).toMatchObject({ action: 'updated', id: 999 });
    expect(apiRequests(gh, 'GET')).toHaveLength(2);
  });

  it('403 on create → forbidden, not a throw', async () => {
    gh.state.faults!.push({ method: 'POST', path: /\/issues\/\d+\/comments$/, responses: [403] });
    const { client } = testClient(gh);
    const res = await upsertStickyComment(client, opts());
    expect(res.action).toBe('forbidden');
    expect(res.message).toContain('Resource not accessible by integration');
    expect(res.message).toContain('pull-requests: write');
    expect(comments()).toHaveLength(0);
  });

  it("'on-change' skips identical bodies, ignoring the volatile timestamp line", async () => {
    const { client } = testClient(gh);
    await upsertStickyComment(client, opts({ mode: 'on-change' }));
    const same = await upsertStickyComment(client, opts({ mode: 'on-change', body: '## loadgen-gate\n\nall good\n\n_Updated 2026-02-03T04:05:06Z_' }));
    expect(same.action).toBe('unchanged');
    expect(apiRequests(gh, 'PATCH')).toHaveLength(0);
    const marked = await upsertStickyComment(client, opts({ mode: 'on-change', body: '## loadgen-gate\n\nall good\n\nrun 123 <!-- loadgen-gate:volatile -->' }));
    expect(marked.action).toBe('unchanged');
    const changed = await upsertStickyComment(client, opts({ mode: 'on-change', body: '## loadgen-gate\n\nREGRESSED' }));
    expect(changed.action).toBe('updated');
  });

  it("'on-regression' creates only on regression but keeps updating an existing comment", async () => {
    const { client } = testClient(gh);
    expect((await upsertStickyComment(client, opts({ mode: 'on-regression', regression: false }))).action).toBe('skipped');
    expect(comments()).toHaveLength(0);
    expect((await upsertStickyComment(client, opts({ mode: 'on-regression', regression: true, body: 'bad' }))).action).toBe('created');
    expect((await upsertStickyComment(client, opts({ mode: 'on-regression', regression: false, body: 'fixed' }))).action).toBe('updated');
    expect(comments()[0]!.body).toContain('fixed');
  });

  it("'never' makes no request", async () => {
    const { client } = testClient(gh);
    expect((await upsertStickyComment(client, opts({ mode: 'never' }))).action).toBe('skipped');
    expect(gh.requests).toHaveLength(0);
  });

  it('truncates below 65,536 chars at a line boundary with a note linking the summary', async () => {
    const line = `| row | ${'x'.repeat(90)} |\n`;
    const body = '```\n' + line.repeat(2000) + '```\n';
    const { client } = testClient(gh);
    const res = await upsertStickyComment(client, opts({ body, summaryUrl: 'https://github.com/o/r/actions/runs/1' }));
    expect(res).toMatchObject({ action: 'created', truncated: true });
    const stored = comments()[0]!.body;
    expect(stored.length).toBeLessThan(65_536);
    expect(stored.startsWith(commentMarker('a3p'))).toBe(true);
    expect(stored.endsWith('\n\n… truncated; the full report is in the job summary: https://github.com/o/r/actions/runs/1')).toBe(true);
    const kept = stored.split('\n\n… truncated')[0]!;
    expect(kept.endsWith('|\n```')).toBe(true); // whole lines, and the open fence closed
  });

  it("'on-change' on a report too long for one comment (sections left out, the note linking this run): what was left out counts, the link does not", async () => {
    // Three sections of ~25,000 characters: commentBody leaves one out, with a note naming this run.
    const sections = (tail = '') => ['a', 'b', 'c'].map((id, i) => ({ id, priority: 50 - i, markdown: `## ${id}\n\n${`${id} `.repeat(12_500)}${i === 2 ? tail : ''}` }));
    const { client } = testClient(gh);
    const post = (run: number, tail = '') => {
      const ss = sections(tail);
      const summaryUrl = `https://github.com/o/r/actions/runs/${run}`;
      const { body, dropped } = commentBody(ss, { summaryUrl });
      expect(dropped).toEqual(['c']);
      return upsertStickyComment(client, opts({ body, content: ss.map((x) => x.markdown).join('\n\n'), mode: 'on-change', summaryUrl }));
    };
    expect((await post(1)).action).toBe('created');
    // Run 2 differs in its links only: before, the note's link made every run an update.
    expect((await post(2)).action).toBe('unchanged');
    expect(comments()[0]!.body).toContain('actions/runs/1');
    // A change in the section left out is a change: the comment now links the run that has it.
    expect((await post(3, 'FAIL v99 new regression')).action).toBe('updated');
    expect(comments()[0]!.body).toContain('actions/runs/3');
    expect(comments()[0]!.body).not.toContain('FAIL v99');
    expect(comments()).toHaveLength(1);
  });

  it("the digest is read from the comment's second line only: a key that looks like a digest does not pass for one", async () => {
    const { client } = testClient(gh);
    const key = `digest:${'0'.repeat(32)}`;
    const o = (body: string) => opts({ key, body, mode: 'on-change' });
    expect((await upsertStickyComment(client, o('same'))).action).toBe('created');
    // The marker line itself matched the digest pattern: every run was an update.
    expect((await upsertStickyComment(client, o('same'))).action).toBe('unchanged');
    expect((await upsertStickyComment(client, o('other'))).action).toBe('updated');
  });

  it("'on-change' and a comment written before digests: updated once (its text is compared), then left alone", async () => {
    const { client } = testClient(gh);
    const body = '## loadgen-gate\n\nall good';
    const at = '2026-01-01T00:00:00Z';
    gh.state.repos[SLUG]!.comments.push({ id: 7, issue_number: 42, body: `${commentMarker('a3p')}\n${body}`, user: BOT, created_at: at, updated_at: at });
    expect((await upsertStickyComment(client, opts({ body, mode: 'on-change' }))).action).toBe('updated');
    expect((await upsertStickyComment(client, opts({ body, mode: 'on-change' }))).action).toBe('unchanged');
    expect(comments()).toHaveLength(1);
  });

  it("'on-change' leaves a truncated comment alone when only the summary link (this run's) differs", async () => {
    const line = `| row | ${'x'.repeat(90)} |\n`;
    const body = '```\n' + line.repeat(2000) + '```\n';
    const { client } = testClient(gh);
    const run = (id: number, b = body) => upsertStickyComment(client, opts({ body: b, mode: 'on-change', summaryUrl: `https://github.com/o/r/actions/runs/${id}` }));
    expect((await run(1)).action).toBe('created');
    // The next run's link differs and nothing else: before, the note made every run an update.
    expect((await run(2)).action).toBe('unchanged');
    expect(comments()[0]!.body).toContain('actions/runs/1');
    // A real change before the cut still updates it.
    expect((await run(3, body.replace('| row |', '| ROW |'))).action).toBe('updated');
    expect(comments()).toHaveLength(1);
  });

  it('rejects keys that could break out of the HTML comment', async () => {
    const { client } = testClient(gh);
    await expect(upsertStickyComment(client, opts({ key: 'x --> <b>' }))).rejects.toThrow(/Invalid comment key/);
  });
});

/**
 * The comment the action posts (bodies.ts and the markdown renderer) for the same analysed run
 * and baseline, rendered at two times: the source's and the baseline's ages and the time stamp
 * differ, nothing else does. A small synthetic run (scripts/synthetic-run.mjs), its own report as
 * the baseline.
 */
describe("'on-change' on the action's real comment body", () => {
  let dir = '';
  let report: RunReport;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lg-comment-'));
    execFileSync(path.join(REPO_ROOT, 'node_modules/.bin/node'), [path.join(REPO_ROOT, 'scripts/synthetic-run.mjs'), path.join(dir, 'run'), '--blocks', '60']);
    const analyse = (baseline: RunReport | null) => analyzeRun({ inputs: [path.join(dir, 'run')], policy: DEFAULT_POLICY, log: silentLogger, baseline });
    const base = await analyse(null);
    base.provenance = { source: 'github-run', runId: 150, headSha: 'c'.repeat(40), branch: 'main' };
    report = await analyse(base);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** The body when the source run is `sourceHours` old and the baseline `baselineHours`. */
  const bodyAt = (runId: number, sourceHours: number, baselineHours: number, at: string): string => {
    const r: RunReport = {
      ...report,
      provenance: { source: 'github-run', runId, url: `https://github.com/${SLUG}/actions/runs/${runId}`, headSha: 'a'.repeat(40), branch: 'main', artifact: 'loadgen-output', ageHours: sourceHours },
      baseline: { ...report.baseline, provenance: { ...report.baseline.provenance!, ageHours: baselineHours } },
    };
    return commentBody(withProvenance(renderSections(r), r), { summaryUrl: `https://github.com/${SLUG}/actions/runs/9999`, updatedAt: new Date(at) }).body;
  };

  it('ages of the source and the baseline and the time stamp are no change; another source run is', async () => {
    expect(report.baseline.used).toBe(true);
    const first = bodyAt(101, 0.5, 22, '2026-01-01T00:00:00Z');
    const later = bodyAt(101, 5.04, 47.6, '2026-01-01T05:00:00Z');
    const muchLater = bodyAt(101, 80, 101, '2026-01-04T08:00:00Z');
    expect(first).toMatch(/^Source: \[run 101\].*, 30 min old\.$/m);
    expect(later).toMatch(/^Source: \[run 101\].*, 5\.0 h old\.$/m);
    expect(muchLater).toMatch(/^Source: \[run 101\].*, 3\.3 days old\.$/m);
    expect(first).toMatch(/^Baseline: run 150 @ .*, 22\.0 h old\.$/m);
    expect(later).toMatch(/^Baseline: run 150 @ .*, 47\.6 h old\.$/m);

    const { client } = testClient(gh);
    const on = (body: string) => upsertStickyComment(client, opts({ mode: 'on-change', body }));
    expect((await on(first)).action).toBe('created');
    expect((await on(later)).action).toBe('unchanged');
    expect((await on(muchLater)).action).toBe('unchanged');
    expect(apiRequests(gh, 'PATCH')).toHaveLength(0);
    expect(comments()[0]!.body).toBe(`${commentMarker('a3p')}\n${digestLine(first)}\n${first}`);

    expect((await on(bodyAt(102, 0.5, 22, '2026-01-05T00:00:00Z'))).action).toBe('updated');
  });
});
