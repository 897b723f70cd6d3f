import { describe, expect, it } from 'vitest';
import { findPrNumber, parseArtifactPrText, parsePrNumber } from '../../src/publish/github/pr-number.js';
import { fakeRepo } from '../fake-github/server.js';
import { apiRequests, OWNER, REPO, SLUG, testClient, TOKEN, useFakeGitHub } from '../sources/github-helpers.js';

const HEAD = 'c'.repeat(40);
const gh = useFakeGitHub((g) => {
  g.state.repos = {
    [SLUG]: fakeRepo({
      pulls: [
        { number: 77, state: 'open', head_sha: HEAD, head_repo: 'mallory/agoric-sdk' },
        { number: 12, state: 'closed', head_sha: HEAD },
        { number: 5, state: 'open', head_sha: 'd'.repeat(40) },
      ],
    }),
  };
});

const wr = (extra: Record<string, unknown> = {}) => ({ workflow_run: { id: 1, event: 'pull_request', head_sha: HEAD, pull_requests: [], ...extra } });

describe('findPrNumber', () => {
  it('pull_request / pull_request_target events use the payload', async () => {
    expect(await findPrNumber(undefined, { owner: OWNER, repo: REPO, eventName: 'pull_request', payload: { pull_request: { number: 9 } } })).toMatchObject({ number: 9, source: 'pull_request' });
    expect(await findPrNumber(undefined, { owner: OWNER, repo: REPO, eventName: 'pull_request_target', payload: { number: 10, pull_request: { number: 10 } } })).toMatchObject({ number: 10 });
    const bad = await findPrNumber(undefined, { owner: OWNER, repo: REPO, eventName: 'pull_request', payload: { pull_request: { number: -3 } } });
    expect(bad.number).toBeUndefined();
  });

  it('workflow_run uses pull_requests[0] of this repo', async () => {
    const payload = wr({ pull_requests: [{ number: 3, base: { repo: { url: 'https://api.github.com/repos/someone/else' } } }, { number: 4, base: { repo: { url: `https://api.github.com/repos/${SLUG}` } } }] });
    const res = await findPrNumber(undefined, { owner: OWNER, repo: REPO, eventName: 'workflow_run', payload });
    expect(res).toMatchObject({ number: 4, source: 'workflow_run.pull_requests' });
  });

  it('workflow_run with empty pull_requests (fork) → commits API, open PR with matching head', async () => {
    const { client } = testClient(gh);
    const res = await findPrNumber(client, { owner: OWNER, repo: REPO, eventName: 'workflow_run', payload: wr() });
    expect(res).toMatchObject({ number: 77, source: 'commits-api' });
    expect(apiRequests(gh).map((r) => r.path)).toEqual([`/repos/${SLUG}/commits/${HEAD}/pulls?per_page=100`]);
  });

  it('an open PR that only contains the run\'s commit (not as its head) gets no comment', async () => {
    const older = 'f'.repeat(40);
    gh.state.repos[SLUG]!.pulls.push({ number: 31, state: 'open', head_sha: 'a1'.repeat(20), commits: [older] });
    const { client } = testClient(gh);
    const res = await findPrNumber(client, { owner: OWNER, repo: REPO, eventName: 'workflow_run', payload: wr({ head_sha: older }) });
    expect(res).toMatchObject({ number: undefined, reason: `no open pull request has commit ${older.slice(0, 12)} as its head` });
  });

  it('artifact number is used when it matches the run head, ignored otherwise', async () => {
    const { client } = testClient(gh);
    const ok = await findPrNumber(client, { owner: OWNER, repo: REPO, eventName: 'workflow_run', payload: wr(), artifactPrText: '{"number": 77}' });
    expect(ok).toMatchObject({ number: 77, source: 'artifact' });
    const spoof = await findPrNumber(client, { owner: OWNER, repo: REPO, eventName: 'workflow_run', payload: wr(), artifactPrText: '5\n' });
    expect(spoof).toMatchObject({ number: 77, source: 'commits-api' });
    expect(spoof.notes[0]).toMatch(/artifact says PR #5, but its head/);
    const junk = await findPrNumber(client, { owner: OWNER, repo: REPO, eventName: 'workflow_run', payload: wr(), artifactPrText: '1; rm -rf /' });
    expect(junk.notes[0]).toMatch(/not a positive integer/);
    const trusted = await findPrNumber(undefined, { owner: OWNER, repo: REPO, eventName: 'workflow_run', payload: wr(), artifactPrText: '5', verifyArtifactPr: false });
    expect(trusted).toMatchObject({ number: 5, source: 'artifact' });
  });

  it('push-triggered source runs and unrelated events have no PR', async () => {
    const { client } = testClient(gh);
    const push = await findPrNumber(client, { owner: OWNER, repo: REPO, eventName: 'workflow_run', payload: wr({ event: 'push' }) });
    expect(push.number).toBeUndefined();
    expect(gh.requests).toHaveLength(0);
    expect((await findPrNumber(client, { owner: OWNER, repo: REPO, eventName: 'schedule', payload: {} })).number).toBeUndefined();
    const none = await findPrNumber(client, { owner: OWNER, repo: REPO, eventName: 'workflow_run', payload: wr({ head_sha: 'e'.repeat(40) }) });
    expect(none).toMatchObject({ number: undefined, reason: expect.stringContaining('no open pull request') });
  });

  it('validates numbers', () => {
    expect(parsePrNumber(12)).toBe(12);
    expect(parsePrNumber('#12')).toBe(12);
    for (const v of [0, -1, 1.5, '12abc', '', null, undefined, 2 ** 40, '1e3']) expect(parsePrNumber(v)).toBeUndefined();
    expect(parseArtifactPrText('  42\n')).toBe(42);
    expect(parseArtifactPrText('{"pr_number":"43"}')).toBe(43);
    expect(parseArtifactPrText('{"pull_request":{"number":44}}')).toBe(44);
    expect(parseArtifactPrText('{"number":"x"}')).toBeUndefined();
  });
});
