import { createGitHubClient, type GitHubClient, type GitHubClientOptions, type RetryInfo } from '../../src/sources/github/client.js';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { FakeGitHub, FakeRun, FakeArtifact } from '../fake-github/server.js';
import { startFakeGitHub, zipFiles } from '../fake-github/server.js';

export const TOKEN = 'ghs_fakeTokenValue1234567890';
export const OWNER = 'agoric';
export const REPO = 'agoric-sdk';
export const SLUG = `${OWNER}/${REPO}`;

export const hoursAgo = (h: number): string => new Date(Date.now() - h * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
export const hoursAhead = (h: number): string => hoursAgo(-h);

export interface TestClient {
  client: GitHubClient;
  /** Every retry, in order (what the action logs). */
  retries: RetryInfo[];
}

/** A client of the fake GitHub whose waits are in milliseconds instead of seconds, and writes not spaced. */
export function testClient(gh: FakeGitHub, extra: Partial<GitHubClientOptions> = {}): TestClient {
  const retries: RetryInfo[] = [];
  const client = createGitHubClient({
    token: TOKEN,
    apiUrl: gh.url,
    userAgent: 'loadgen-gate-test',
    retryUnitMs: 1,
    spaceWrites: false,
    onRetry: (r) => retries.push(r),
    ...extra,
  });
  return { client, retries };
}

let sha = 0;
export const nextSha = (): string => (++sha).toString(16).padStart(40, 'a');

export function run(id: number, partial: Partial<FakeRun> = {}): FakeRun {
  return { id, workflow: 'loadgen.yml', head_branch: 'main', head_sha: nextSha(), created_at: hoursAgo(100 - id / 1000), ...partial };
}

export const smallZip = (tag = 'x'): Uint8Array => zipFiles({ 'perf.jsonl': `{"tag":"${tag}"}\n` });

export function artifact(id: number, run_id: number, name: string, partial: Partial<FakeArtifact> = {}): FakeArtifact {
  return { id, run_id, name, zip: smallZip(name), created_at: hoursAgo(10), ...partial };
}

/** Requests to API routes only (drops /_blob). */
export const apiRequests = (gh: FakeGitHub, method?: string) =>
  gh.requests.filter((r) => !r.path.startsWith('/_blob/') && (!method || r.method === method));

/**
 * One fake GitHub for the test file: started before its tests, closed after them, and before each
 * test emptied of recorded requests and faults, then given its state by `reset` (repos, actor).
 * The handle is filled in when the server starts, so tests use it like the server itself.
 */
export function useFakeGitHub(reset: (gh: FakeGitHub) => void = () => {}): FakeGitHub {
  const gh = {} as FakeGitHub;
  beforeAll(async () => {
    Object.assign(gh, await startFakeGitHub({ token: TOKEN, repos: {} }));
  });
  afterAll(() => gh.close());
  beforeEach(() => {
    gh.requests.length = 0;
    gh.state.faults = [];
    reset(gh);
  });
  return gh;
}
